/*
 * plain_test.c - include/plain.h: text from the index or input, made safe
 * to print on a terminal.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plain.h"

#define FFFD "\xef\xbf\xbd"

static const struct {
	const char *in;
	size_t len;            /* 0: strlen(in) */
	const char *want;
} cases[] = {
	/* what a hostile headline carries */
	{"\x1b]0;pwned\x07" "Evil Corp", 0, FFFD "]0;pwned" FFFD "Evil Corp"},
	{"Victim\x1b[2J Inc", 0, "Victim" FFFD "[2J Inc"},
	{"link \x1b]8;;http://x\x1b\\here", 0,
	 "link " FFFD "]8;;http://x" FFFD "\\here"},
	/* C1 controls: U+009B is CSI, also as a lone byte */
	{"Wire\xc2\x9b" "31m", 0, "Wire" FFFD "31m"},
	{"Wire\x9b" "31m", 0, "Wire" FFFD "31m"},
	{"del\x7f", 0, "del" FFFD},
	/* white space: one line per field */
	{"a\tb\nc\r\nd\ve\ff", 0, "a b c  d e f"},
	{"line\xe2\x80\xa8sep", 0, "line sep"},
	/* bidi overrides and isolates reorder what follows */
	{"abc\xe2\x80\xaegnp.exe", 0, "abc" FFFD "gnp.exe"},
	{"\xe2\x81\xa6x\xe2\x81\xa9", 0, FFFD "x" FFFD},
	/* a NUL inside the span */
	{"a\0b", 3, "a" FFFD "b"},
	/* the rest is unchanged */
	{"Alibaba’s €200m deal, 阿里巴巴; Nestlé", 0,
	 "Alibaba’s €200m deal, 阿里巴巴; Nestlé"},
	{"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\x8f", 0,
	 "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xe2\x80\x8f"},
	{"", 0, ""},
};

static void test_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct buf out = BUF_INIT;
		size_t len = cases[i].len ? cases[i].len : strlen(cases[i].in);
		buf_addstr(&out, "> ");
		plain_add(&out, cases[i].in, len);
		/* appends, and keeps the buffer a string */
		assert_int_equal(out.buf[out.len], '\0');
		if (strcmp(out.buf + 2, cases[i].want))
			fail_msg("case %zu: got '%s', want '%s'", i,
				 out.buf + 2, cases[i].want);
		buf_release(&out);
	}
}

/* No control character comes out, whatever goes in. */
static void test_no_controls_out(void **state)
{
	(void)state;
	char all[256];
	for (int i = 0; i < 256; i++)
		all[i] = (char)i;
	struct buf out = BUF_INIT;
	plain_add(&out, all, sizeof(all));
	/* printable ASCII, and U+FFFD for everything else here (no byte
	 * of 0x80..0xff alone is valid UTF-8) */
	for (size_t i = 0; i < out.len; i++) {
		unsigned char c = (unsigned char)out.buf[i];
		if (c < 0x80) {
			assert_true(c >= 0x20 && c != 0x7f);
			continue;
		}
		assert_memory_equal(out.buf + i, FFFD, 3);
		i += 2;
	}
	buf_release(&out);
}

static void test_write(void **state)
{
	(void)state;
	char *mem = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&mem, &size);
	assert_non_null(fp);
	plain_puts(fp, "Evil\x1b[2J");
	plain_puts(fp, NULL);
	plain_write(fp, "\x07rest", 3);
	fclose(fp);
	assert_string_equal(mem, "Evil" FFFD "[2J" FFFD "re");
	free(mem);
}

/* The caret's column: characters, not bytes, before the position. */
static void test_column(void **state)
{
	(void)state;
	assert_int_equal(plain_column("oil AND", 4), 4);
	/* "Nestlé" is 7 bytes, 6 characters */
	assert_int_equal(plain_column("Nestl\xc3\xa9 AND (", 8), 7);
	assert_int_equal(plain_column("\xe4\xb8\xad\xe5\x9b\xbd x", 7), 3);
	/* an invalid byte shows as one U+FFFD */
	assert_int_equal(plain_column("a\xff b", 3), 3);
	/* past the end: the end */
	assert_int_equal(plain_column("ab", 10), 2);
	/* inside a character: after it */
	assert_int_equal(plain_column("\xc3\xa9x", 1), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_no_controls_out),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_column),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
