/* catalog_test.c - include/catalog.h: lookups and the journal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_journal_cycle),
		cmocka_unit_test(test_open_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
