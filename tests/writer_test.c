/*
 * writer_test.c - indexer/write/writer.h: the commit protocol and its repairs.
 * Each interrupted state is made by running the protocol's steps by hand
 * and stopping where a crash could.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/wait.h>
#include <unistd.h>

#include "schema.h"
#include "testutil.h"
#include "writer.h"

static xdb_doc *doc_for(const char *hash)
{
	xdb_doc *d = xdb_doc_new();
	xdb_doc_add_posting(d, "deal", 4, 1, 1, NULL);
	xdb_doc_set_value(d, SLOT_HASH, hash, strlen(hash), NULL);
	char data[64];
	snprintf(data, sizeof(data), "{\"id\":\"%s\"}", hash + 1);
	xdb_doc_set_data(d, data, strlen(data), NULL);
	return d;
}

static void put(struct ixw *w, const char *id, const char *hash)
{
	xdb_doc *d = doc_for(hash);
	assert_int_equal(ixw_put(w, id, hash, "test", d, NULL), 0);
	xdb_doc_free(d);
}

static void assert_consistent(struct ixw *w, uint64_t want_docs)
{
	uint64_t bad, n;
	struct buf report = BUF_INIT;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(ixw_verify(ixw_xdb(w), ixw_catalog(w), &bad, &report, &err), 0);
	if (bad)
		fail_msg("inconsistent: %s", report.buf);
	assert_int_equal(xdb_doc_count(ixw_xdb(w), &n, NULL), 0);
	assert_int_equal(n, want_docs);
	buf_release(&report);
}

static void test_batches(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	struct ixw *w;
	enum ixw_repair r;
	assert_int_equal(ixw_open(dir, 2, &w, &r, NULL), 0);
	assert_int_equal(r, IXW_CLEAN);
	put(w, "a", "ha");
	put(w, "b", "hb");          /* batch full: committed */
	put(w, "c", "hc");          /* open batch, lost on close */
	ixw_close(w);
	assert_int_equal(ixw_open(dir, 2, &w, &r, NULL), 0);
	assert_int_equal(r, IXW_CLEAN);
	assert_consistent(w, 2);
	assert_int_equal(ixw_delete(w, "a", NULL), 0);
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(ixw_delete(w, "zz", &err), DS_ENOTFOUND);
	assert_string_equal(err.msg, "no article with id 'zz'");
	assert_int_equal(ixw_flush(w, NULL), 0);
	assert_consistent(w, 1);
	ixw_close(w);
	tu_rmtree(dir);
}

/* Run `steps` in a child that then dies without any cleanup, as a crash. */
static void crash_after(const char *dir, void (*steps)(struct ixw *w))
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct ixw *w;
		enum ixw_repair r;
		if (ixw_open(dir, 100, &w, &r, NULL))
			_exit(3);
		steps(w);
		_exit(0);
	}
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static void one_batch_then_journal(struct ixw *w)
{
	put(w, "a", "ha");
	if (ixw_flush(w, NULL))
		_exit(4);
	put(w, "b", "hb");
	if (cat_journal_commit(ixw_catalog(w), NULL))    /* step 1 only */
		_exit(5);
}

static void journal_and_xapian(struct ixw *w)
{
	put(w, "a", "ha");
	put(w, "b", "hb");
	if (cat_journal_commit(ixw_catalog(w), NULL) ||  /* step 1 */
	    xdb_set_metadata(ixw_xdb(w), SCHEMA_META_BATCH, "1", NULL) ||
	    xdb_commit(ixw_xdb(w), NULL))            /* step 2 */
		_exit(6);
}

/* Crash after step 1: journal durable, Xapian not committed. */
static void test_roll_back(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	crash_after(dir, one_batch_then_journal);
	struct ixw *w;
	enum ixw_repair r;
	assert_int_equal(ixw_open(dir, 100, &w, &r, NULL), 0);
	assert_int_equal(r, IXW_ROLLED_BACK);
	assert_consistent(w, 1);
	struct buf h = BUF_INIT;
	assert_int_equal(ixw_lookup(w, "b", &h, NULL), DS_ENOTFOUND);
	buf_release(&h);
	ixw_close(w);
	tu_rmtree(dir);
}

/* Crash after step 2: Xapian committed, journal not applied. */
static void test_roll_forward(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	crash_after(dir, journal_and_xapian);
	struct ixw *w;
	enum ixw_repair r;
	assert_int_equal(ixw_open(dir, 100, &w, &r, NULL), 0);
	assert_int_equal(r, IXW_ROLLED_FORWARD);
	assert_consistent(w, 2);
	ixw_close(w);
	tu_rmtree(dir);
}

/* A lost catalog is rebuilt from the index. */
static void test_rebuild(void **state)
{
	(void)state;
	char dir[256], path[300];
	tu_tmpdir(dir);
	struct ixw *w;
	enum ixw_repair r;
	assert_int_equal(ixw_open(dir, 100, &w, &r, NULL), 0);
	put(w, "a", "ha");
	put(w, "b", "hb");
	assert_int_equal(ixw_flush(w, NULL), 0);
	ixw_close(w);
	snprintf(path, sizeof(path), "rm -f %s/%s*", dir, SCHEMA_CATALOG_FILE);
	assert_int_equal(system(path), 0);
	assert_int_equal(ixw_open(dir, 100, &w, &r, NULL), 0);
	assert_int_equal(r, IXW_REBUILT);
	assert_consistent(w, 2);
	struct buf h = BUF_INIT;
	assert_int_equal(ixw_lookup(w, "b", &h, NULL), 0);
	assert_string_equal(h.buf, "hb");
	buf_release(&h);
	ixw_close(w);
	tu_rmtree(dir);
}

static void test_second_writer_locked(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	struct ixw *w, *w2;
	enum ixw_repair r;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(ixw_open(dir, 100, &w, &r, NULL), 0);
	assert_int_equal(ixw_open(dir, 100, &w2, &r, &err), DS_ELOCKED);
	assert_null(w2);
	ixw_close(w);
	tu_rmtree(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_batches),
		cmocka_unit_test(test_roll_back),
		cmocka_unit_test(test_roll_forward),
		cmocka_unit_test(test_rebuild),
		cmocka_unit_test(test_second_writer_locked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
