/*
 * writer_test.c - indexer/write/writer.h: the commit protocol and its repairs.
 * Each interrupted state is made by running the protocol's steps by hand
 * and stopping where a crash could.  Also the write room's alert state
 * (alert.h): the previous version the writer reads, and what a new one
 * makes of it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sys/wait.h>
#include <unistd.h>

#include "alert.h"
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
	assert_int_equal(ixw_open(dir, 2, 0, &w, &r, NULL), 0);
	assert_int_equal(r, IXW_CLEAN);
	put(w, "a", "ha");
	put(w, "b", "hb");          /* batch full: committed */
	put(w, "c", "hc");          /* open batch, lost on close */
	ixw_close(w);
	assert_int_equal(ixw_open(dir, 2, 0, &w, &r, NULL), 0);
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
		if (ixw_open(dir, 100, 0, &w, &r, NULL))
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
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
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
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
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
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
	put(w, "a", "ha");
	put(w, "b", "hb");
	assert_int_equal(ixw_flush(w, NULL), 0);
	ixw_close(w);
	snprintf(path, sizeof(path), "rm -f %s/%s*", dir, SCHEMA_CATALOG_FILE);
	assert_int_equal(system(path), 0);
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
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
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
	assert_int_equal(ixw_open(dir, 100, 0, &w2, &r, &err), DS_ELOCKED);
	assert_null(w2);
	ixw_close(w);
	tu_rmtree(dir);
}

static void mark_then_journal(struct ixw *w)
{
	ixw_set_mark(w, "m2");
	put(w, "b", "hb");
	if (cat_journal_commit(ixw_catalog(w), NULL))    /* step 1 only */
		_exit(5);
}

static void assert_mark(const char *dir, const char *want,
			enum ixw_repair want_repair)
{
	struct ixw *w;
	enum ixw_repair r;
	struct buf m = BUF_INIT;
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
	assert_int_equal(r, want_repair);
	assert_int_equal(ixw_mark(w, &m, NULL), 0);
	assert_string_equal(m.buf, want);
	buf_release(&m);
	ixw_close(w);
}

/* The retag mark commits with its batch, or alone, and never without it. */
static void test_mark(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	struct ixw *w;
	enum ixw_repair r;
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
	ixw_set_mark(w, "m1");
	put(w, "a", "ha");
	assert_int_equal(ixw_flush(w, NULL), 0);
	ixw_set_mark(w, "lost");   /* never flushed */
	ixw_close(w);
	assert_mark(dir, "m1", IXW_CLEAN);
	/* a crash before the batch's Xapian commit loses its mark too */
	crash_after(dir, mark_then_journal);
	assert_mark(dir, "m1", IXW_ROLLED_BACK);
	/* no batch open: the mark alone, the batch number unmoved */
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
	ixw_set_mark(w, "");
	assert_int_equal(ixw_flush(w, NULL), 0);
	assert_int_equal(ixw_next_batch(w), 2);
	assert_consistent(w, 1);
	ixw_close(w);
	assert_mark(dir, "", IXW_CLEAN);
	tu_rmtree(dir);
}

/* The previous version, as the writer sees it: its own open batch too. */
static void test_previous(void **state)
{
	(void)state;
	char dir[256], v[XDB_SORTABLE_MAX];
	tu_tmpdir(dir);
	struct ixw *w;
	enum ixw_repair r;
	assert_int_equal(ixw_open(dir, 100, 0, &w, &r, NULL), 0);
	assert_int_equal(ixw_next_batch(w), 1);
	xdb_doc *d = doc_for("ha");
	xdb_doc_set_value(d, SLOT_BATCH, v, xdb_sortable(1, v), NULL);
	assert_int_equal(ixw_put(w, "a", "ha", "test", d, NULL), 0);
	xdb_doc_free(d);
	struct buf data = BUF_INIT;
	int64_t batch = -1;
	assert_int_equal(ixw_previous(w, "a", &data, &batch, NULL), 0);
	assert_string_equal(data.buf, "{\"id\":\"a\"}");
	assert_int_equal(batch, 1);
	assert_int_equal(ixw_next_batch(w), 1);   /* still open */
	assert_int_equal(ixw_flush(w, NULL), 0);
	assert_int_equal(ixw_next_batch(w), 2);
	put(w, "a", "hb");                        /* no slot 5: batch 0 */
	assert_int_equal(ixw_previous(w, "a", &data, &batch, NULL), 0);
	assert_int_equal(batch, 0);
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(ixw_previous(w, "zz", &data, &batch, &err),
			 DS_ENOTFOUND);
	buf_release(&data);
	ixw_close(w);
	tu_rmtree(dir);
}

/* The stored deals of the cases below. */
#define TALKS "{\"type\":\"acquisition\",\"status\":\"in-talks\"," \
	"\"acquirer\":\"Harlow\",\"target\":\"Pennick\"," \
	"\"parties\":[\"Harlow\",\"Pennick\"]}"
#define AGREED "{\"type\":\"acquisition\",\"status\":\"agreed\"," \
	"\"acquirer\":\"Harlow\",\"target\":\"Pennick\"," \
	"\"parties\":[\"Harlow\",\"Pennick\"],\"amount\":{\"text\":" \
	"\"$50 million\",\"usd\":50000000.0}}"
#define MERGER "{\"type\":\"merger\",\"status\":\"agreed\"," \
	"\"investors\":[\"Vita\"],\"parties\":[\"Vita\",\"Zeta\"," \
	"\"Alfa\"]}"
#define DOC(deal) "{\"title\":\"T\",\"tags\":{\"deal\":" deal "}"
#define EIGHT "{\"batch\":2,\"field\":\"text\"},{\"batch\":3," \
	"\"field\":\"text\"},{\"batch\":4,\"field\":\"text\"}," \
	"{\"batch\":5,\"field\":\"text\"},{\"batch\":6,\"field\":" \
	"\"text\"},{\"batch\":7,\"field\":\"text\"},{\"batch\":8," \
	"\"field\":\"text\"},{\"batch\":9,\"field\":\"text\"}"

/*
 * A new version against the previous one: the previous document data
 * (head and body, or NULL) and slot 5, the new data object and body, the
 * batch written; the alert object it gets, slot 5, whether it is news and
 * whether its deal changed.  Hashes of texts are left out of the
 * comparison ("from"/"to" of "text" changes).
 */
static const struct {
	const char *what, *prev;
	int64_t prev_batch;
	const char *data, *body;
	int64_t batch;
	const char *alert;
	int64_t slot;
	int fired, deal_changed;
} alert_cases[] = {
	{"new to the index", NULL, 0, DOC(TALKS) "}", "b", 3,
	 "{\"first\":3}", 3, 1, 0},
	{"unchanged: re-tagged is no news",
	 DOC(TALKS) ",\"alert\":{\"first\":1}}\nb", 1, DOC(TALKS) "}", "b", 4,
	 "{\"first\":1}", 1, 0, 0},
	{"written before alerts: first indexed when written",
	 DOC(TALKS) "}\nb", 2, DOC(TALKS) "}", "b", 5, "{\"first\":2}", 2, 0, 0},
	{"status moved, an amount appeared",
	 DOC(TALKS) ",\"alert\":{\"first\":1}}\nb", 1, DOC(AGREED) "}", "b", 4,
	 "{\"first\":1,\"changes\":[{\"batch\":4,\"field\":\"status\","
	 "\"from\":\"in-talks\",\"to\":\"agreed\"},{\"batch\":4,"
	 "\"field\":\"amount\",\"from\":null,\"to\":\"$50 million\"}]}",
	 4, 1, 1},
	{"a bid turned down is rejected",
	 DOC(TALKS) ",\"alert\":{\"first\":1}}\nb", 1,
	 "{\"title\":\"T\",\"tags\":{\"deal\":{\"type\":\"acquisition\","
	 "\"status\":\"in-talks\",\"rejected\":true,\"acquirer\":\"Harlow\","
	 "\"target\":\"Pennick\",\"parties\":[\"Harlow\",\"Pennick\"]}}}",
	 "b", 4, "{\"first\":1,\"changes\":[{\"batch\":4,\"field\":"
	 "\"status\",\"from\":\"in-talks\",\"to\":\"rejected\"}]}", 4, 1, 1},
	{"a deal gone: every field to none; other parties by name",
	 DOC(MERGER) ",\"alert\":{\"first\":1}}\nb", 1,
	 DOC("{\"confidence\":0.3}") "}", "b", 4,
	 "{\"first\":1,\"changes\":[{\"batch\":4,\"field\":\"type\","
	 "\"from\":\"merger\",\"to\":null},{\"batch\":4,\"field\":"
	 "\"status\",\"from\":\"agreed\",\"to\":null},{\"batch\":4,"
	 "\"field\":\"investors\",\"from\":\"Vita\",\"to\":null},"
	 "{\"batch\":4,\"field\":\"parties\",\"from\":\"Alfa, Zeta\","
	 "\"to\":null}]}", 4, 1, 1},
	{"no tags now: only the text compares",
	 DOC(TALKS) ",\"alert\":{\"first\":1}}\nb", 1, "{\"title\":\"T\"}",
	 "b", 4, "{\"first\":1}", 1, 0, 0},
	{"edited",
	 DOC(TALKS) ",\"alert\":{\"first\":1}}\nb", 1, DOC(TALKS) "}", "b2", 4,
	 "{\"first\":1,\"changes\":[{\"batch\":4,\"field\":\"text\"}]}",
	 4, 1, 0},
	{"changed and back in one batch: no news",
	 DOC(TALKS) ",\"alert\":{\"first\":1,\"changes\":[{\"batch\":4,"
	 "\"field\":\"status\",\"from\":\"agreed\",\"to\":\"in-talks\"},"
	 "{\"batch\":4,\"field\":\"amount\",\"from\":\"$50 million\","
	 "\"to\":null}]}}\nb", 4, DOC(AGREED) "}", "b", 4, "{\"first\":1}", 1,
	 0, 1},
	{"new in this batch, twice: new",
	 DOC(TALKS) ",\"alert\":{\"first\":4}}\nb", 4, DOC(AGREED) "}", "b2", 4,
	 "{\"first\":4}", 4, 1, 1},
	{"the last changes only",
	 DOC(TALKS) ",\"alert\":{\"first\":1,\"changes\":[" EIGHT "]}}\nb",
	 9, DOC(TALKS) "}", "b2", 10, "{\"first\":1,\"changes\":[{\"batch\":3,"
	 "\"field\":\"text\"},{\"batch\":4,\"field\":\"text\"},"
	 "{\"batch\":5,\"field\":\"text\"},{\"batch\":6,\"field\":"
	 "\"text\"},{\"batch\":7,\"field\":\"text\"},{\"batch\":8,"
	 "\"field\":\"text\"},{\"batch\":9,\"field\":\"text\"},"
	 "{\"batch\":10,\"field\":\"text\"}]}", 10, 1, 0},
};

static void test_alert_update(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(alert_cases) / sizeof(*alert_cases);
	     i++) {
		json_t *data = json_loads(alert_cases[i].data, 0, NULL);
		json_t *want = json_loads(alert_cases[i].alert, 0, NULL);
		if (!data || !want)
			fail_msg("%s: bad case", alert_cases[i].what);
		struct alert_ctx ctx = { alert_cases[i].prev,
					 alert_cases[i].prev_batch,
					 alert_cases[i].batch, 0, 0, 0 };
		alert_update(data, alert_cases[i].body, &ctx);
		json_t *got = json_object_get(data, "alert");
		size_t k;
		json_t *c;
		json_array_foreach(json_object_get(got, "changes"), k, c)
			if (!strcmp(json_string_value(json_object_get(c,
					"field")), "text")) {
				json_object_del(c, "from");
				json_object_del(c, "to");
			}
		if (!json_equal(got, want)) {
			char *g = json_dumps(got, JSON_COMPACT);
			print_error("%s: got %s\n", alert_cases[i].what, g);
			free(g);
			fail_msg("%s: wrong alert", alert_cases[i].what);
		}
		if (ctx.slot_batch != alert_cases[i].slot ||
		    ctx.fired != alert_cases[i].fired ||
		    ctx.deal_changed != alert_cases[i].deal_changed)
			fail_msg("%s: slot %lld fired %d deal %d",
				 alert_cases[i].what, (long long)ctx.slot_batch,
				 ctx.fired, ctx.deal_changed);
		json_decref(data);
		json_decref(want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_batches),
		cmocka_unit_test(test_roll_back),
		cmocka_unit_test(test_roll_forward),
		cmocka_unit_test(test_rebuild),
		cmocka_unit_test(test_second_writer_locked),
		cmocka_unit_test(test_mark),
		cmocka_unit_test(test_previous),
		cmocka_unit_test(test_alert_update),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
