/*
 * ingest_test.c - indexer/ingest/ingest.h's `index --retag`: a stopped
 * pass resumes after the last story it committed, a pass that ends starts
 * again from the first, and a story whose stored data lacks the dateline
 * is left as it is.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>

#include "ingest.h"
#include "testutil.h"

static volatile sig_atomic_t stop;
static uint64_t stop_after;   /* stories; 0: never */

/* The progress callback stops the run as a signal would. */
static void progress(void *user, const struct ingest_stats *st)
{
	(void)user;
	if (stop_after && st->done_bytes >= stop_after)
		stop = 1;
}

static struct ingest *open_ingest(const char *dir)
{
	struct ingest_opts o = { .db_dir = dir, .batch = 2,
				 .min_confidence = 0.5, .progress = progress,
				 .stop = &stop };
	struct ingest *ing;
	enum ixw_repair r;
	struct ds_err err = DS_ERR_INIT;
	stop = 0;
	if (ingest_open(&o, &ing, &r, &err))
		fail_msg("cannot open '%s': %s", dir, err.msg);
	return ing;
}

/* A retag pass (stopped after `after` stories, 0: not); OUT: its counts. */
static int retag(const char *dir, uint64_t after, struct ingest_stats *st)
{
	struct ingest *ing = open_ingest(dir);
	struct ds_err err = DS_ERR_INIT;
	stop_after = after;
	int rc = ingest_retag(ing, &err);
	struct ds_err ferr = DS_ERR_INIT;
	assert_int_equal(ingest_finish(ing, &ferr), 0);
	*st = *ingest_stats(ing);
	ingest_close(ing);
	stop_after = 0;
	return rc;
}

static void test_retag_resumes(void **state)
{
	(void)state;
	char dir[256], path[300];
	tu_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/in.jsonl", dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	for (int i = 1; i <= 5; i++)
		fprintf(f, "{\"id\": \"a-%d\", \"title\": \"Harlow Foods to buy "
			"Pennick unit %d\", \"dateline\": \"TORONTO, March %d\", "
			"\"body\": \"Harlow Foods Inc agreed to buy a unit of "
			"Pennick Dairy Co for %d mln dlrs.\"}\n", i, i, i, i);
	fclose(f);
	struct ingest *ing = open_ingest(dir);
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(ingest_input(ing, path, &err), 0);
	assert_int_equal(ingest_finish(ing, &err), 0);
	assert_int_equal(ingest_stats(ing)->added, 5);
	ingest_close(ing);

	/* a story as an older version stored it: no "dateline" key */
	struct ixw *w;
	enum ixw_repair r;
	assert_int_equal(ixw_open(dir, 10, 0, &w, &r, NULL), 0);
	xdb_doc *d = xdb_doc_new();
	static const char data[] = "{\"id\":\"old-1\",\"title\":\"Old\"}\nText.";
	xdb_doc_set_data(d, data, strlen(data), NULL);
	assert_int_equal(ixw_put(w, "old-1", "h", "o", d, NULL), 0);
	xdb_doc_free(d);
	assert_int_equal(ixw_flush(w, NULL), 0);
	ixw_close(w);

	/* stopped after 3 of the 6 (a-1..a-5, then old-1) */
	struct ingest_stats st;
	assert_int_equal(retag(dir, 3, &st), DS_EINTR);
	assert_int_equal(st.replaced, 3);
	/* resumed: the other 2, and old-1 left as it is */
	assert_int_equal(retag(dir, 0, &st), 0);
	assert_int_equal(st.replaced, 2);
	assert_int_equal(st.unchanged, 1);
	assert_int_equal(st.failed, 0);
	/* ended: the next pass is a whole one, and changes no deal */
	assert_int_equal(retag(dir, 0, &st), 0);
	assert_int_equal(st.replaced, 5);
	assert_int_equal(st.deals_changed, 0);

	/* what was tagged again keeps its dateline and its place */
	assert_int_equal(ixw_open(dir, 10, 0, &w, &r, NULL), 0);
	struct buf got = BUF_INIT;
	int64_t batch;
	assert_int_equal(ixw_previous(w, "a-2", &got, &batch, NULL), 0);
	assert_non_null(strstr(got.buf, "\"dateline\":\"TORONTO, March 2\""));
	assert_non_null(strstr(got.buf, "\"countries\":[\"CA\"]"));
	assert_int_equal(ixw_mark(w, &got, NULL), 0);
	assert_string_equal(got.buf, "");
	buf_release(&got);
	ixw_close(w);
	tu_rmtree(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_retag_resumes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
