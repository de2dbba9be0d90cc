/*
 * fuzz_reader.h - the body the reader harnesses share (fuzz_input.c,
 * fuzz_jsonl.c, fuzz_html.c, fuzz_feed.c).  Each harness defines read_input(), the one
 * function that calls its reader, and includes this file: the readers
 * hand every article to an emit that finishes it (as the indexer does)
 * and frees it.  No fetcher: a feed item without content is a failure,
 * not a download.
 */
#ifndef DS_FUZZ_READER_H
#define DS_FUZZ_READER_H

#include "fuzz.h"
#include "reader.h"

static int read_input(struct rd_ctx *ctx, const char *data, size_t len,
		      struct ds_err *err);

struct seen {
	size_t len;        /* the input's length */
	size_t consumed;   /* ctx->consumed at the last emit */
};

static int emit(struct rd_ctx *ctx, struct article *a)
{
	struct seen *s = ctx->user;
	FZ_CHECK(ctx->consumed >= s->consumed && ctx->consumed <= s->len);
	s->consumed = ctx->consumed;
	struct article mine = *a;   /* emit takes the contents */
	article_init(a);
	struct ds_err err = DS_ERR_INIT;
	if (!article_finish(&mine, &err))
		FZ_CHECK(mine.id && mine.id[0] && mine.hash[0]);
	article_release(&mine);
	return 0;
}

static void fail(struct rd_ctx *ctx, const char *origin, const char *msg)
{
	(void)ctx;
	FZ_CHECK(origin && msg);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	rd_global_init();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct seen s = {size, 0};
	struct rd_ctx ctx = {.emit = emit, .fail = fail, .user = &s};
	struct ds_err err = DS_ERR_INIT;
	int rc = read_input(&ctx, (const char *)data, size, &err);
	if (rc)
		FZ_CHECK(err.code == rc && err.msg[0]);
	return 0;
}

#endif /* DS_FUZZ_READER_H */
