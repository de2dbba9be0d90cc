/*
 * fuzz_query.c - the query parser (searcher/query.h): any text compiles to
 * a query or fails with DS_EQUERY, a one-line message (valid UTF-8 when
 * the query is) and a position inside the text.
 *
 * No index: the names come from the bundled gazetteer, and the "index"
 * holds a term when its length is a multiple of three, so both answers of
 * has_term are taken.
 */
#include <string.h>

#include "fuzz.h"
#include "query.h"

static struct qry_env env;

static int has_term(void *user, const char *term, size_t len, int *found,
		    struct ds_err *err)
{
	(void)user;
	(void)term;
	(void)err;
	*found = len % 3 == 0;
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	static struct ana *ana;
	struct ds_err err = DS_ERR_INIT;
	if (ana_new("english", &ana, &err))
		abort();
	env.g = fz_gazetteer();
	env.ana = ana;
	env.has_term = has_term;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fz_string(data, size);
	size_t len = strlen(text);
	xdb_query *q;
	struct qry_info info;
	struct ds_err err = DS_ERR_INIT;
	int rc = qry_compile(&env, text, &q, &info, &err);
	if (rc) {
		FZ_CHECK(q == NULL);
		FZ_CHECK(info.nhighlight == 0 && info.highlight == NULL);
		FZ_CHECK(rc == err.code);
		FZ_CHECK(err.msg[0] && !strpbrk(err.msg, "\r\n"));
		if (fz_valid_utf8(text, len))
			FZ_CHECK(fz_valid_utf8(err.msg, strlen(err.msg)));
		if (rc == DS_EQUERY)
			FZ_CHECK(info.error_pos <= len);
	} else {
		FZ_CHECK(q != NULL);
		struct buf d = BUF_INIT;
		xdb_q_describe(q, &d);
		buf_release(&d);
		for (size_t i = 0; i < info.nhighlight; i++)
			FZ_CHECK(info.highlight[i] && info.highlight[i][0]);
	}
	xdb_q_free(q);
	qry_info_release(&info);
	free(text);
	return 0;
}
