/*
 * snapshot_test.c - a reader running while the writer commits batches never
 * sees a broken index: every snapshot holds whole batches only, its counts
 * agree with each other, and every document in it is complete.  A read that
 * Xapian reports as outdated (DS_EMODIFIED) is retried after xdb_reopen.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "schema.h"
#include "testutil.h"
#include "writer.h"

#define BATCH 50
#define TOTAL 3000

static void writer(const char *dir)
{
	struct ixw *w;
	enum ixw_repair r;
	if (ixw_open(dir, BATCH, 0, &w, &r, NULL))
		_exit(3);
	char id[32], data[64];
	for (int i = 0; i < TOTAL; i++) {
		snprintf(id, sizeof(id), "doc-%05d", i);
		snprintf(data, sizeof(data), "{\"id\":\"%s\"}", id);
		xdb_doc *d = xdb_doc_new();
		xdb_doc_add_posting(d, "deal", 4, 1, 1, NULL);
		xdb_doc_add_posting(d, "merger", 6, 2, 1, NULL);
		xdb_doc_set_value(d, SLOT_HASH, "h", 1, NULL);
		xdb_doc_set_data(d, data, strlen(data), NULL);
		if (ixw_put(w, id, "h", "t", d, NULL))
			_exit(4);
		xdb_doc_free(d);
	}
	if (ixw_flush(w, NULL))
		_exit(5);
	ixw_close(w);
	_exit(0);
}

/* Check one snapshot; DS_EMODIFIED means "reopen and try again". */
static int check_snapshot(xdb *db, uint64_t *count)
{
	struct ds_err err = DS_ERR_INIT;
	uint64_t n, deal, merger;
	int rc = xdb_doc_count(db, &n, &err);
	if (!rc)
		rc = xdb_term_freq(db, "deal", 4, &deal, &err);
	if (!rc)
		rc = xdb_term_freq(db, "merger", 6, &merger, &err);
	struct buf data = BUF_INIT;
	if (!rc && n) {
		char term[40];
		snprintf(term, sizeof(term), "Qdoc-%05llu",
			 (unsigned long long)(n - 1));
		rc = xdb_get_data(db, term, strlen(term), &data, &err);
		if (!rc)
			assert_non_null(strstr(data.buf, term + 1));
	}
	buf_release(&data);
	if (rc == DS_EMODIFIED)
		return rc;
	if (rc)
		fail_msg("read failed: %s", err.msg);
	if (n % BATCH)
		fail_msg("snapshot holds %llu documents: a partial batch",
			 (unsigned long long)n);
	assert_int_equal(deal, n);
	assert_int_equal(merger, n);
	*count = n;
	return 0;
}

static void test_reader_during_commits(void **state)
{
	(void)state;
	char dir[256], xdir[300];
	tu_tmpdir(dir);
	snprintf(xdir, sizeof(xdir), "%s/%s", dir, SCHEMA_XAPIAN_DIR);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		writer(dir);

	xdb *db = NULL;
	uint64_t last = 0, snapshots = 0, retries = 0;
	int status = 0, done = 0;
	while (!done) {
		done = waitpid(pid, &status, WNOHANG) == pid;
		if (!db && xdb_open_readonly(xdir, &db, NULL))
			continue;   /* not created yet */
		uint64_t n;
		int rc = check_snapshot(db, &n);
		if (!rc) {
			assert_true(n >= last);   /* snapshots only move forward */
			if (n != last)
				snapshots++;
			last = n;
		} else {
			retries++;
		}
		struct ds_err err = DS_ERR_INIT;
		assert_int_equal(xdb_reopen(db, &err), 0);
	}
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	uint64_t n;
	assert_int_equal(check_snapshot(db, &n), 0);
	assert_int_equal(n, TOTAL);
	/* the reader really did watch the index grow */
	print_message("distinct snapshots seen: %llu, retried reads: %llu\n",
		      (unsigned long long)snapshots, (unsigned long long)retries);
	assert_true(snapshots >= 2);
	xdb_close(db);
	tu_rmtree(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reader_during_commits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
