/*
 * catalog_test.c - include/catalog.h: lookups and the journal, the ids by
 * page, gazetteer lines, paragraph hashes, saved queries and their
 * watermark.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "catalog.h"
#include "testutil.h"

static void test_journal_cycle(void **state)
{
	(void)state;
	char dir[256], path[300];
	tu_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/c.sqlite", dir);
	struct cat *c;
	struct ds_err err = DS_ERR_INIT;
	struct buf h = BUF_INIT;
	assert_int_equal(cat_open(path, &c, &err), 0);

	assert_int_equal(cat_lookup(c, "a", &h, &err), DS_ENOTFOUND);
	assert_int_equal(cat_journal_add(c, 1, CAT_PUT, "a", "h1", "o", &err), 0);
	/* the open journal answers lookups */
	assert_int_equal(cat_lookup(c, "a", &h, &err), 0);
	assert_string_equal(h.buf, "h1");
	assert_int_equal(cat_journal_commit(c, &err), 0);
	int64_t jb, b;
	assert_int_equal(cat_journal_pending(c, &jb, &err), 0);
	assert_int_equal(jb, 1);
	assert_int_equal(cat_journal_apply(c, 1, &err), 0);
	assert_int_equal(cat_journal_pending(c, &jb, &err), 0);
	assert_int_equal(jb, 0);
	assert_int_equal(cat_batch(c, &b, &err), 0);
	assert_int_equal(b, 1);

	/* deletion through the journal */
	assert_int_equal(cat_journal_add(c, 2, CAT_DEL, "a", NULL, NULL, &err), 0);
	assert_int_equal(cat_lookup(c, "a", &h, &err), DS_ENOTFOUND);
	assert_int_equal(cat_journal_discard(c, &err), 0);
	assert_int_equal(cat_lookup(c, "a", &h, &err), 0);   /* rolled back */
	assert_int_equal(cat_journal_add(c, 2, CAT_DEL, "a", NULL, NULL, &err), 0);
	assert_int_equal(cat_journal_commit(c, &err), 0);
	assert_int_equal(cat_journal_apply(c, 2, &err), 0);
	uint64_t n;
	assert_int_equal(cat_count(c, &n, &err), 0);
	assert_int_equal(n, 0);
	cat_close(c);

	/* reopening keeps the state */
	assert_int_equal(cat_open(path, &c, &err), 0);
	assert_int_equal(cat_batch(c, &b, &err), 0);
	assert_int_equal(b, 2);
	cat_close(c);
	buf_release(&h);
	tu_rmtree(dir);
}

static struct cat *fresh(char dir[256])
{
	char path[300];
	struct cat *c;
	struct ds_err err = DS_ERR_INIT;
	tu_tmpdir(dir);
	snprintf(path, 300, "%s/c.sqlite", dir);
	assert_int_equal(cat_open(path, &c, &err), 0);
	return c;
}

/* Every article once, in id order, by pages. */
static void test_ids_by_page(void **state)
{
	(void)state;
	char dir[256];
	struct cat *c = fresh(dir);
	struct ds_err err = DS_ERR_INIT;
	static const char *const ids[] = {"b", "a", "reuters-10", "reuters-9",
					  "c"};
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(cat_journal_add(c, 1, CAT_PUT, ids[i], "h",
						 "o", &err), 0);
	assert_int_equal(cat_journal_commit(c, &err), 0);
	assert_int_equal(cat_journal_apply(c, 1, &err), 0);
	struct buf page = BUF_INIT, seen = BUF_INIT, after = BUF_INIT;
	size_t n, pages = 0;
	do {
		buf_reset(&page);
		assert_int_equal(cat_ids_after(c, after.buf, 2, &page, &n,
					       &err), 0);
		const char *id = page.buf;
		for (size_t i = 0; i < n; i++, id += strlen(id) + 1) {
			buf_addf(&seen, "%s ", id);
			buf_reset(&after);
			buf_addstr(&after, id);
		}
		/* a write between pages, as --retag makes */
		assert_int_equal(cat_journal_add(c, 2, CAT_PUT, "a", "h2",
						 "o", &err), 0);
		assert_int_equal(cat_journal_commit(c, &err), 0);
		assert_int_equal(cat_journal_apply(c, 2, &err), 0);
		pages++;
	} while (n);
	assert_string_equal(seen.buf, "a b c reuters-10 reuters-9 ");
	assert_int_equal(pages, 4);   /* 2, 2, 1, then none */
	buf_release(&page);
	buf_release(&seen);
	buf_release(&after);
	cat_close(c);
	tu_rmtree(dir);
}

static void test_gazetteer_lines(void **state)
{
	(void)state;
	char dir[256];
	struct cat *c = fresh(dir);
	struct ds_err err = DS_ERR_INIT;
	struct buf out = BUF_INIT;
	int changed;
	const char *rec = "rates\tEUR\t1.1\teuro\ncompanies\tAlibaba\t\n";
	assert_int_equal(cat_gaz_sync(c, rec, strlen(rec), "h1", &changed,
				      &err), 0);
	assert_true(changed);
	assert_int_equal(cat_gaz_sync(c, rec, strlen(rec), "h1", &changed,
				      &err), 0);
	assert_false(changed);   /* same hash: nothing to do */
	assert_int_equal(cat_gaz_add(c, "companies", "Zorblax\tZB", &err), 0);
	assert_int_equal(cat_gaz_records(c, NULL, &out, &err), 0);
	/* bundled lines first, then the users' */
	assert_string_equal(out.buf, "rates\tEUR\t1.1\teuro\ncompanies\t"
			    "Alibaba\t\ncompanies\tZorblax\tZB\n");
	/* a new bundled version keeps the users' lines */
	const char *rec2 = "rates\tEUR\t1.2\teuro\n";
	assert_int_equal(cat_gaz_sync(c, rec2, strlen(rec2), "h2", &changed,
				      &err), 0);
	buf_reset(&out);
	assert_int_equal(cat_gaz_records(c, NULL, &out, &err), 0);
	assert_string_equal(out.buf, "rates\tEUR\t1.2\teuro\ncompanies\t"
			    "Zorblax\tZB\n");
	int removed;
	assert_int_equal(cat_gaz_remove(c, "companies", "Zorblax", &removed,
					&err), 0);
	assert_int_equal(removed, 1);
	assert_int_equal(cat_gaz_remove(c, "companies", "Zorblax", &removed,
					&err), 0);
	assert_int_equal(removed, 0);
	buf_release(&out);
	cat_close(c);
	tu_rmtree(dir);
}

static unsigned para_n(struct cat *c, const char *source, uint64_t h)
{
	unsigned n = 99;
	assert_int_equal(cat_para_count(c, source, h, &n, NULL), 0);
	return n;
}

static void test_paragraphs(void **state)
{
	(void)state;
	char dir[256];
	struct cat *c = fresh(dir);
	struct ds_err err = DS_ERR_INIT;
	uint64_t a[] = {1, 2, 3}, b[] = {2, 3, 4}, twice[] = {5, 5, 5};
	assert_int_equal(cat_para_add(c, "src", "x", a, 3, &err), 0);
	assert_int_equal(cat_para_add(c, "src", "y", b, 3, &err), 0);
	assert_int_equal(para_n(c, "src", 1), 1);
	assert_int_equal(para_n(c, "src", 2), 2);
	assert_int_equal(para_n(c, "src", 4), 1);
	/* a new version of x: 1 gone, 4 new for it, 2 and 3 unchanged */
	assert_int_equal(cat_para_add(c, "src", "x", b, 3, &err), 0);
	assert_int_equal(cat_para_add(c, "other", "z", a, 3, &err), 0);
	/* x and y now both have 2, 3 and 4; nobody in "src" has 1 */
	assert_int_equal(para_n(c, "src", 1), 0);
	assert_int_equal(para_n(c, "src", 2), 2);
	assert_int_equal(para_n(c, "src", 3), 2);
	assert_int_equal(para_n(c, "src", 4), 2);
	assert_int_equal(para_n(c, "other", 1), 1);
	assert_int_equal(para_n(c, "nowhere", 2), 0);
	/* a paragraph printed three times in one article counts once */
	assert_int_equal(cat_para_add(c, "src", "w", twice, 3, &err), 0);
	assert_int_equal(para_n(c, "src", 5), 1);
	/* they belong to the batch: discarded with it, applied with it */
	assert_int_equal(cat_journal_commit(c, &err), 0);
	assert_int_equal(cat_journal_apply(c, 1, &err), 0);
	assert_int_equal(cat_para_add(c, "src", "v", a, 3, &err), 0);
	assert_int_equal(para_n(c, "src", 1), 1);
	assert_int_equal(cat_journal_discard(c, &err), 0);
	assert_int_equal(para_n(c, "src", 1), 0);
	assert_int_equal(cat_para_add(c, "src", "v", a, 3, &err), 0);
	assert_int_equal(cat_journal_commit(c, &err), 0);
	assert_int_equal(cat_journal_apply(c, 2, &err), 0);
	assert_int_equal(para_n(c, "src", 1), 1);
	/* and one not committed is gone when the process stops */
	assert_int_equal(cat_para_add(c, "src", "u", a, 3, &err), 0);
	assert_int_equal(para_n(c, "src", 1), 2);
	/* counts are stored, not held: a new handle reads the same */
	cat_close(c);
	char path[300];
	snprintf(path, sizeof(path), "%s/c.sqlite", dir);
	assert_int_equal(cat_open(path, &c, &err), 0);
	assert_int_equal(para_n(c, "src", 4), 2);
	assert_int_equal(para_n(c, "src", 1), 1);
	cat_close(c);
	tu_rmtree(dir);
}

/* The hashes recorded for article `id` of "src", as a count and a first. */
static size_t para_row(struct cat *c, const char *id, uint64_t *first)
{
	uint64_t *h;
	size_t n;
	assert_int_equal(cat_para_get(c, "src", id, &h, &n, NULL), 0);
	*first = n ? h[0] : 0;
	free(h);
	return n;
}

/*
 * A batch whose journal is durable (step 1) but whose index commit never
 * came (a SIGKILL between steps 1 and 2) is discarded when the catalog is
 * next opened: its paragraphs and their counts go with it, for a new
 * article and for a new version of an old one alike.  An applied batch
 * is not touched by a later discard.
 */
static void test_paragraphs_discard_after_step1(void **state)
{
	(void)state;
	char dir[256], path[300];
	struct cat *c = fresh(dir);
	snprintf(path, sizeof(path), "%s/c.sqlite", dir);
	struct ds_err err = DS_ERR_INIT;
	uint64_t a[] = {1, 2, 3}, b[] = {3, 4}, first;
	assert_int_equal(cat_journal_add(c, 1, CAT_PUT, "x", "h", "o", &err), 0);
	assert_int_equal(cat_para_add(c, "src", "x", a, 3, &err), 0);
	assert_int_equal(cat_journal_commit(c, &err), 0);
	assert_int_equal(cat_journal_apply(c, 1, &err), 0);

	/* batch 2: x changed twice, y new; step 1 only, then the kill */
	assert_int_equal(cat_journal_add(c, 2, CAT_PUT, "x", "h2", "o", &err), 0);
	assert_int_equal(cat_para_add(c, "src", "x", b, 2, &err), 0);
	assert_int_equal(cat_para_add(c, "src", "x", a + 2, 1, &err), 0);
	assert_int_equal(cat_journal_add(c, 2, CAT_PUT, "y", "h3", "o", &err), 0);
	assert_int_equal(cat_para_add(c, "src", "y", b, 2, &err), 0);
	assert_int_equal(cat_journal_commit(c, &err), 0);
	assert_int_equal(para_n(c, "src", 1), 0);
	assert_int_equal(para_n(c, "src", 3), 2);
	assert_int_equal(para_n(c, "src", 4), 1);
	cat_close(c);

	assert_int_equal(cat_open(path, &c, &err), 0);
	int64_t pending;
	assert_int_equal(cat_journal_pending(c, &pending, &err), 0);
	assert_int_equal(pending, 2);
	assert_int_equal(cat_journal_discard(c, &err), 0);
	/* as after batch 1: x has 1, 2, 3; y nothing */
	assert_int_equal(para_n(c, "src", 1), 1);
	assert_int_equal(para_n(c, "src", 2), 1);
	assert_int_equal(para_n(c, "src", 3), 1);
	assert_int_equal(para_n(c, "src", 4), 0);
	assert_int_equal(para_row(c, "x", &first), 3);
	assert_int_equal(first, 1);
	assert_int_equal(para_row(c, "y", &first), 0);

	/* batch 3 applied, then an empty discard: nothing moves */
	assert_int_equal(cat_journal_add(c, 3, CAT_PUT, "y", "h3", "o", &err), 0);
	assert_int_equal(cat_para_add(c, "src", "y", b, 2, &err), 0);
	assert_int_equal(cat_journal_commit(c, &err), 0);
	assert_int_equal(cat_journal_apply(c, 3, &err), 0);
	assert_int_equal(cat_journal_discard(c, &err), 0);
	assert_int_equal(para_n(c, "src", 4), 1);
	assert_int_equal(para_n(c, "src", 3), 2);
	assert_int_equal(para_row(c, "y", &first), 2);
	cat_close(c);
	tu_rmtree(dir);
}

static void test_saved(void **state)
{
	(void)state;
	char dir[256];
	struct cat *c = fresh(dir);
	struct ds_err err = DS_ERR_INIT;
	struct cat_saved q;
	assert_int_equal(cat_saved_put(c, "alerts", "oil", NULL, 0, &err), 0);
	assert_int_equal(cat_saved_put(c, "alerts", "gas", NULL, 0, &err),
			 DS_EINVAL);
	assert_non_null(strstr(err.msg, "exists"));
	ds_err_clear(&err);
	assert_int_equal(cat_saved_put(c, "alerts", "gas", "{\"limit\":5}", 1,
				       &err), 0);
	assert_int_equal(cat_saved_get(c, "alerts", &q, &err), 0);
	assert_string_equal(q.query, "gas");
	assert_string_equal(q.options, "{\"limit\":5}");
	assert_int_equal(q.watermark, 0);
	assert_null(q.last_run);
	cat_saved_release(&q);
	/* the watermark moves only from the value it is compared with */
	int moved;
	assert_int_equal(cat_saved_advance(c, "alerts", 0, 7, &moved, &err), 0);
	assert_true(moved);
	assert_int_equal(cat_saved_advance(c, "alerts", 0, 9, &moved, &err), 0);
	assert_false(moved);
	assert_int_equal(cat_saved_get(c, "alerts", &q, &err), 0);
	assert_int_equal(q.watermark, 7);
	assert_non_null(q.last_run);
	cat_saved_release(&q);
	struct cat_saved *all;
	size_t n;
	assert_int_equal(cat_saved_put(c, "a-first", "x", NULL, 0, &err), 0);
	assert_int_equal(cat_saved_list(c, &all, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(all[0].name, "a-first");
	for (size_t i = 0; i < n; i++)
		cat_saved_release(&all[i]);
	free(all);
	assert_int_equal(cat_saved_remove(c, "alerts", &err), 0);
	assert_int_equal(cat_saved_remove(c, "alerts", &err), DS_ENOTFOUND);
	assert_int_equal(cat_saved_get(c, "alerts", &q, &err), DS_ENOTFOUND);
	cat_close(c);
	tu_rmtree(dir);
}

static void test_open_failure(void **state)
{
	(void)state;
	struct cat *c;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(cat_open("/nonexistent/dir/c.sqlite", &c, &err),
			 DS_ECATALOG);
	assert_null(c);
	assert_non_null(strstr(err.msg, "cannot open catalog '/nonexistent/dir/c.sqlite'"));
}

/* A reader never creates the catalog nor changes its tables; beside the
 * writer it reads what the writer committed. */
static void test_reader(void **state)
{
	(void)state;
	char dir[256], path[300];
	tu_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/c.sqlite", dir);
	struct cat *r, *w;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(cat_open_reader(path, &r, &err), DS_ECATALOG);
	assert_null(r);
	assert_int_equal(access(path, F_OK), -1);   /* not created */
	ds_err_clear(&err);
	/* a file an indexer has only just created: not made yet */
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fclose(f);
	assert_int_equal(cat_open_reader(path, &r, &err), DS_ECATALOG);
	assert_non_null(strstr(err.msg, "not made yet"));
	ds_err_clear(&err);
	unlink(path);
	assert_int_equal(cat_open(path, &w, &err), 0);
	assert_int_equal(cat_journal_add(w, 1, CAT_PUT, "a1", "h1", "o1", &err),
			 0);
	assert_int_equal(cat_journal_commit(w, &err), 0);
	assert_int_equal(cat_journal_apply(w, 1, &err), 0);
	assert_int_equal(cat_open_reader(path, &r, &err), 0);
	struct buf h = BUF_INIT;
	assert_int_equal(cat_lookup(r, "a1", &h, &err), 0);
	assert_string_equal(h.buf, "h1");
	buf_release(&h);
	cat_close(r);
	cat_close(w);
	tu_rmtree(dir);
}

/* Set meta 'schema' behind the catalog's back. */
static void set_schema(const char *path, const char *version)
{
	sqlite3 *db;
	char sql[128];
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	snprintf(sql, sizeof(sql), "UPDATE meta SET value = '%s' WHERE key = "
		 "'schema'", version);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* The schema version is a number: 10 is newer than 2, not older. */
static void test_schema_version(void **state)
{
	(void)state;
	char dir[256], path[300];
	tu_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/c.sqlite", dir);
	struct cat *c;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(cat_open(path, &c, &err), 0);
	cat_close(c);

	set_schema(path, "10");
	assert_int_equal(cat_open(path, &c, &err), DS_ECATALOG);
	assert_null(c);
	assert_non_null(strstr(err.msg, "has schema 10, newer than this "
			       "program's 3"));

	/* an older one is brought up to date (2: no para_counts yet) */
	ds_err_clear(&err);
	set_schema(path, "2");
	assert_int_equal(cat_open(path, &c, &err), 0);
	cat_close(c);
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE "
					    "key = 'schema'", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "3");
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM "
					    "para_counts", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	sqlite3_finalize(st);
	sqlite3_close(db);
	tu_rmtree(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_journal_cycle),
		cmocka_unit_test(test_ids_by_page),
		cmocka_unit_test(test_gazetteer_lines),
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_paragraphs_discard_after_step1),
		cmocka_unit_test(test_saved),
		cmocka_unit_test(test_open_failure),
		cmocka_unit_test(test_reader),
		cmocka_unit_test(test_schema_version),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
