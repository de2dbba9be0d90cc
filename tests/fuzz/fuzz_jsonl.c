/* fuzz_jsonl.c - the JSON-lines reader (indexer/read/reader.h) on any bytes. */
#include "fuzz_reader.h"

static int read_input(struct rd_ctx *ctx, const char *data, size_t len,
		      struct ds_err *err)
{
	return rd_jsonl(ctx, "fuzz.jsonl", data, len, err);
}
