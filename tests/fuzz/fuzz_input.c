/*
 * fuzz_input.c - any input as the indexer reads it (indexer/read/reader.h
 * rd_input): the head read one piece at a time, the format detected from
 * it, and the reader it names, over a source (indexer/read/source.h) within a
 * small --max-bytes so the limits are crossed too.
 */
#include "fuzz_reader.h"

static int read_input(struct rd_ctx *ctx, const char *data, size_t len,
		      struct ds_err *err)
{
	struct src s;
	src_init_mem(&s, data, len, "fuzz-input");
	ctx->max_bytes = 4096;
	int rc = rd_input(ctx, &s, "fuzz-input", NULL, NULL, err);
	FZ_CHECK(s.consumed <= len);
	src_release(&s);
	return rc;
}
