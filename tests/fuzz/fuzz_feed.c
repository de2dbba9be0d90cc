/* fuzz_feed.c - the RSS and Atom reader (indexer/read/reader.h) on any bytes. */
#include "fuzz_reader.h"

static int read_input(struct rd_ctx *ctx, const char *data, size_t len,
		      struct ds_err *err)
{
	return rd_feed(ctx, "fuzz.xml", data, len, err);
}
