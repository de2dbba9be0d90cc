/* smap_test.c - include/smap.h: put, get, replace, growth, iteration. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "smap.h"

static void test_basic(void **state)
{
	(void)state;
	struct smap *m = smap_new();
	assert_int_equal(smap_get(m, "us", 2), -1);
	assert_int_equal(smap_put(m, "us", 2, 7), -1);
	assert_int_equal(smap_put(m, "u", 1, 3), -1);
	assert_int_equal(smap_get(m, "us", 2), 7);
	assert_int_equal(smap_get(m, "u", 1), 3);
	assert_int_equal(smap_put(m, "us", 2, 9), 7);  /* last put wins */
	assert_int_equal(smap_get(m, "us", 2), 9);
	/* keys are byte strings: an embedded NUL is part of the key */
	assert_int_equal(smap_put(m, "a\0b", 3, 1), -1);
	assert_int_equal(smap_get(m, "a", 1), -1);
	assert_int_equal(smap_get(m, "a\0b", 3), 1);
	assert_int_equal(smap_count(m), 3);
	smap_free(m);
	smap_free(NULL);
}

static void test_growth_and_iteration(void **state)
{
	(void)state;
	struct smap *m = smap_new();
	char key[32];
	for (int i = 0; i < 10000; i++) {
		int n = snprintf(key, sizeof(key), "key-%d", i);
		assert_int_equal(smap_put(m, key, (size_t)n, i), -1);
	}
	assert_int_equal(smap_count(m), 10000);
	for (int i = 0; i < 10000; i++) {
		int n = snprintf(key, sizeof(key), "key-%d", i);
		assert_int_equal(smap_get(m, key, (size_t)n), i);
	}
	size_t it = 0, seen = 0, n;
	const char *k;
	int v;
	long sum = 0;
	while (smap_next(m, &it, &k, &n, &v)) {
		int len = snprintf(key, sizeof(key), "key-%d", v);
		assert_int_equal(n, (size_t)len);
		assert_memory_equal(k, key, n);
		sum += v;
		seen++;
	}
	assert_int_equal(seen, 10000);
	assert_int_equal(sum, 10000L * 9999 / 2);
	smap_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_growth_and_iteration),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
