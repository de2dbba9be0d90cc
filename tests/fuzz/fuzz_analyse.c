/*
 * fuzz_analyse.c - the analyser (include/analyse.h) on any bytes: raw (an
 * invalid byte is a separator), then repaired, folded and unstemmed.
 */
#include "analyse.h"
#include "fuzz.h"

static struct ana *ana;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	struct ds_err err = DS_ERR_INIT;
	if (ana_new("english", &ana, &err))
		abort();
	return 0;
}

/* Every token inside the text, positions never going back. */
static void tokens(const char *text, size_t len, uint32_t pos0)
{
	struct ana_token t;
	uint32_t last = pos0;
	ana_start(ana, text, len, pos0);
	while (ana_next(ana, &t)) {
		FZ_CHECK(t.start < t.end && t.end <= len);
		FZ_CHECK(t.word_len > 0 && t.word_len <= ANA_MAX_TOKEN);
		FZ_CHECK(t.pos >= last);
		last = t.pos;
	}
	FZ_CHECK(ana_pos(ana) >= last);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *raw = xmalloc(size ? size : 1);
	memcpy(raw, data, size);
	tokens(raw, size, 0);

	struct buf fixed = BUF_INIT, again = BUF_INIT, folded = BUF_INIT;
	ana_utf8_repair(raw, size, &fixed);
	/* repaired text is valid UTF-8: repairing it again changes nothing */
	FZ_CHECK(ana_utf8_repair(fixed.buf, fixed.len, &again) == 0);
	FZ_CHECK(again.len == fixed.len &&
		 !memcmp(again.buf, fixed.buf, fixed.len));
	tokens(fixed.buf, fixed.len, 7);

	ana_fold(fixed.buf, fixed.len, &folded);
	ana_set_stemming(ana, 0);
	struct ana_token t;
	ana_start(ana, folded.buf, folded.len, 0);
	while (ana_next(ana, &t)) {
		const char *stem;
		size_t stem_len;
		FZ_CHECK(t.stem_len == t.word_len);
		ana_stem(ana, t.word, t.word_len, &stem, &stem_len);
	}
	ana_set_stemming(ana, 1);

	buf_release(&fixed);
	buf_release(&again);
	buf_release(&folded);
	free(raw);
	return 0;
}
