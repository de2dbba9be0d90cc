/*
 * fuzz_html.c - the HTML reader (indexer/read/reader.h) on any bytes, as a page
 * fetched from a URL (relative links and the canonical URL resolve).
 */
#include "fuzz_reader.h"

static int read_input(struct rd_ctx *ctx, const char *data, size_t len,
		      struct ds_err *err)
{
	return rd_html(ctx, "fuzz.html", "https://news.example/2017/deal.html",
		       data, len, err);
}
