/* article_test.c - include/article.h: ids, hashes, canonical URLs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "article.h"

static void fill(struct article *a, const char *id, const char *url,
		 const char *title, const char *body)
{
	article_init(a);
	if (id)
		article_set(&a->id, id, strlen(id));
	if (url)
		article_set(&a->url, url, strlen(url));
	article_set(&a->title, title, strlen(title));
	article_set(&a->body, body, strlen(body));
}

static void test_id_order(void **state)
{
	(void)state;
	struct article a;
	fill(&a, "reuters-7", "https://example.com/a", "T", "B");
	assert_int_equal(article_finish(&a, NULL), 0);
	assert_string_equal(a.id, "reuters-7");
	article_release(&a);

	fill(&a, NULL, "HTTPS://Example.COM:443/deal?utm_source=x&p=2#top", "T", "B");
	assert_int_equal(article_finish(&a, NULL), 0);
	assert_string_equal(a.id, "https://example.com/deal?p=2");
	assert_string_equal(a.url, a.id);
	article_release(&a);

	fill(&a, NULL, NULL, "T", "B");
	assert_int_equal(article_finish(&a, NULL), 0);
	assert_int_equal(strncmp(a.id, "sha:", 4), 0);
	assert_int_equal(strlen(a.id), 4 + 32);
	article_release(&a);

	/* an empty link (a feed's <link href=""/>) is no link, nor an id */
	fill(&a, NULL, " ", "T", "B");
	assert_int_equal(article_finish(&a, NULL), 0);
	assert_null(a.url);
	assert_int_equal(strncmp(a.id, "sha:", 4), 0);
	article_release(&a);
}

static void test_hash_tracks_content(void **state)
{
	(void)state;
	struct article a, b, c;
	fill(&a, "x", NULL, "Lazada to buy Redmart", "body");
	fill(&b, "x", NULL, "Lazada to buy Redmart", "body");
	fill(&c, "x", NULL, "Lazada to buy Redmart", "body changed");
	assert_int_equal(article_finish(&a, NULL), 0);
	assert_int_equal(article_finish(&b, NULL), 0);
	assert_int_equal(article_finish(&c, NULL), 0);
	assert_string_equal(a.hash, b.hash);
	assert_string_not_equal(a.hash, c.hash);
	assert_int_equal(strlen(a.hash), 32);
	article_release(&a);
	article_release(&b);
	article_release(&c);
}

static void test_dates_and_repair(void **state)
{
	(void)state;
	struct article a;
	fill(&a, NULL, NULL, "Bad \xff byte", "text");
	article_set(&a.date_raw, "March 3, 2017", 13);
	assert_int_equal(article_finish(&a, NULL), 0);
	assert_true(a.has_date);
	assert_int_equal(a.repaired, 1);
	assert_string_equal(a.title, "Bad \xef\xbf\xbd byte");
	article_release(&a);

	fill(&a, NULL, NULL, "T", "B");
	article_set(&a.date_raw, "someday", 7);
	assert_int_equal(article_finish(&a, NULL), 0);
	assert_false(a.has_date);
	article_release(&a);
}

static void test_empty(void **state)
{
	(void)state;
	struct article a;
	struct ds_err err = DS_ERR_INIT;
	fill(&a, NULL, NULL, " ", "\n\n");
	assert_int_equal(article_finish(&a, &err), DS_EFORMAT);
	assert_string_equal(err.msg, "no article text");
	article_release(&a);
	/* a record with its own id stays, even empty */
	fill(&a, "reuters-12793", NULL, "", "");
	assert_int_equal(article_finish(&a, NULL), 0);
	article_release(&a);
}

static void test_canonical_rejects(void **state)
{
	(void)state;
	struct buf out = BUF_INIT;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(article_canonical_url("ftp://x/y", &out, &err), DS_EINVAL);
	assert_string_equal(err.msg, "not an http(s) URL: 'ftp://x/y'");
	buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_id_order),
		cmocka_unit_test(test_hash_tracks_content),
		cmocka_unit_test(test_dates_and_repair),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_canonical_rejects),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
