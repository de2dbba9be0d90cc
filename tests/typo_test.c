/* typo_test.c - include/typo.h: the distance, and which known word is near. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "typo.h"

static void test_distance(void **state)
{
	(void)state;
	static const struct {
		const char *a, *b;
		size_t d;
	} cases[] = {
		{"limit", "limit", 0},
		{"limt", "limit", 1},      /* a letter left out */
		{"serch", "search", 1},
		{"saerch", "search", 1},   /* two neighbours swapped */
		{"LIMIT", "limit", 0},     /* any case */
		{"acquier", "acquirer", 1},
		{"json", "csv", 3},
		{"", "db", 2},
		{"ca", "abc", 3},          /* no substring edited twice */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(typo_distance(cases[i].a, strlen(cases[i].a),
					       cases[i].b, strlen(cases[i].b)),
				 cases[i].d);
	char longer[TYPO_MAX_LEN + 2];
	memset(longer, 'a', sizeof(longer) - 1);
	longer[sizeof(longer) - 1] = '\0';
	assert_int_equal(typo_distance(longer, strlen(longer), "a", 1),
			 SIZE_MAX);
}

static const char *nearest(const char *typed, const char *const *known)
{
	struct typo t;
	typo_init(&t, typed, strlen(typed));
	for (; *known; known++)
		typo_try(&t, *known);
	return t.near;
}

static void test_nearest(void **state)
{
	(void)state;
	static const char *const opts[] = {"db", "json", "jsonl", "csv",
					   "limit", "offset", "facets",
					   "filter", NULL};
	assert_string_equal(nearest("limt", opts), "limit");
	assert_string_equal(nearest("jsno", opts), "json");
	assert_string_equal(nearest("fliter", opts), "filter");
	/* two edits only from five letters on */
	assert_string_equal(nearest("ofset", opts), "offset");
	assert_null(nearest("lmt", opts));
	/* nothing near */
	assert_null(nearest("frobnicate", opts));
	/* the first of equally near words */
	assert_string_equal(nearest("facet", opts), "facets");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_nearest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
