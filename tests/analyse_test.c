/* analyse_test.c - include/analyse.h: tokens, folding, stems, UTF-8 repair. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "analyse.h"

/* Render the token stream as "pos:stem" separated by spaces. */
static void tokens(const char *text, struct buf *out)
{
	struct ana *a;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(ana_new("english", &a, &err), 0);
	struct ana_token t;
	buf_reset(out);
	ana_start(a, text, strlen(text), 0);
	while (ana_next(a, &t)) {
		if (out->len)
			buf_addch(out, ' ');
		buf_addf(out, "%u:%.*s", t.pos, (int)t.stem_len, t.stem);
		assert_true(t.start < t.end && t.end <= strlen(text));
	}
	ana_free(a);
}

static const struct {
	const char *in, *want;
} cases[] = {
	{"Alibaba's e-commerce arm", "0:alibaba 1:ecommerc 1:e 2:commerc 3:arm"},
	{"the U.S. and U.K. markets", "0:the 1:us 2:and 3:uk 4:market"},
	{"HK$22.4 billion", "0:hk 1:22.4 2:billion"},
	{"$30-40 million", "0:30 1:40 2:million"},
	{"1,000,000 shares", "0:1000000 1:share"},
	{"O'Neill acquired", "0:oneil 1:acquir"},
	{"Nestlé SA", "0:nestl 1:sa"},
	{"ALIBABA’S KROGER TALKS", "0:alibaba 1:kroger 2:talk"},
	{"阿里巴巴 buys", "0:阿 1:里 2:巴 3:巴 4:buy"},
	{"12.50 dlrs a share.", "0:12.50 1:dlrs 2:a 3:share"},
	{"", ""},
	{"  ,,, --- ", ""},
	/* Unicode space separators separate words as a space does */
	{"Southeast\u00a0Asia", "0:southeast 1:asia"},
	{"30\u2009mln\u202fdlrs\u3000deal", "0:30 1:mln 2:dlrs 3:deal"},
};

static void test_table(void **state)
{
	(void)state;
	struct buf out = BUF_INIT;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		tokens(cases[i].in, &out);
		if (strcmp(out.buf, cases[i].want))
			fail_msg("'%s': got '%s', want '%s'", cases[i].in,
				 out.buf, cases[i].want);
	}
	buf_release(&out);
}

/* ana_space: the white space the query lexer splits at */
static void test_space(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t len;
	} sp[] = {
		{" x", 1}, {"\tx", 1}, {"\nx", 1}, {"\u00a0x", 2},
		{"\u2009x", 3}, {"\u202fx", 3}, {"\u3000x", 3}, {"\u2028x", 3},
		{"x ", 0}, {"\u00e9", 0}, {"\u200bx", 0}, {"", 0},
		{"\xc2", 0},
	};
	for (size_t i = 0; i < ARRAY_SIZE(sp); i++)
		if (ana_space(sp[i].s, strlen(sp[i].s)) != sp[i].len)
			fail_msg("case %zu: %zu, want %zu", i,
				 ana_space(sp[i].s, strlen(sp[i].s)), sp[i].len);
}

static void test_fold(void **state)
{
	(void)state;
	struct buf out = BUF_INIT;
	ana_fold("STRASSE Straße ÉCOLE", strlen("STRASSE Straße ÉCOLE"), &out);
	assert_string_equal(out.buf, "strasse strasse ecole");
	buf_release(&out);
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	/* a lone continuation byte, a truncated sequence and a NUL */
	const char bad[] = "ab\x80 cd\xe2\x82 e\0f";
	struct buf out = BUF_INIT;
	size_t n = ana_utf8_repair(bad, sizeof(bad) - 1, &out);
	assert_int_equal(n, 3);
	assert_string_equal(out.buf, "ab\xef\xbf\xbd cd\xef\xbf\xbd e\xef\xbf\xbd" "f");
	/* the analyser never reads past invalid bytes either */
	struct buf t = BUF_INIT;
	tokens("caf\xc3", &t);
	assert_string_equal(t.buf, "0:caf");
	buf_release(&t);
	buf_release(&out);
}

static void test_unknown_language(void **state)
{
	(void)state;
	struct ana *a;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(ana_new("klingon", &a, &err), DS_EINVAL);
	assert_null(a);
	assert_string_equal(err.msg, "no stemmer for language 'klingon'");
}

static void test_long_token_skipped(void **state)
{
	(void)state;
	char text[200];
	memset(text, 'x', 100);
	strcpy(text + 100, " deal");
	struct buf out = BUF_INIT;
	tokens(text, &out);
	assert_string_equal(out.buf, "1:deal");
	buf_release(&out);
}

/* Stems are remembered per analyser: a word stemmed again (a hit, or a
 * slot another word took meanwhile) stems as a fresh analyser stems it,
 * words too long to remember too. */
static void test_stems_remembered(void **state)
{
	(void)state;
	static const char *const words[] = {
		"acquisitions", "acquired", "running", "generously", "ponies",
		"caresses", "relational", "conditional", "abcdefghijklmnopqrstuvw",
		"abcdefghijklmnopqrstuvwxyzing", "nationalisations",
	};
	struct ana *a, *fresh;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(ana_new("english", &a, &err), 0);
	char w[64], got[64];
	for (int round = 0; round < 2; round++)
		for (unsigned i = 0; i < 9000; i++) {
			const char *word = words[i % ARRAY_SIZE(words)];
			if (i % 3 == 0) {   /* many words: slots are reused */
				snprintf(w, sizeof(w), "trading%uings", i);
				word = w;
			}
			const char *s;
			size_t n;
			ana_stem(a, word, strlen(word), &s, &n);
			snprintf(got, sizeof(got), "%.*s", (int)n, s);
			assert_int_equal(ana_new("english", &fresh, &err), 0);
			ana_stem(fresh, word, strlen(word), &s, &n);
			if (strlen(got) != n || memcmp(got, s, n))
				fail_msg("'%s': got '%s', want '%.*s'", word, got,
					 (int)n, s);
			ana_free(fresh);
		}
	ana_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_stems_remembered),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_space),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_unknown_language),
		cmocka_unit_test(test_long_token_skipped),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
