/* buf_test.c - include/buf.h: growth, formatting, detach, trim. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* The invariants buf.h promises, checked after every operation. */
static void assert_sane(const struct buf *b)
{
	assert_non_null(b->buf);
	assert_int_equal(b->buf[b->len], '\0');
	if (b->alloc)
		assert_true(b->len < b->alloc);
	else
		assert_int_equal(b->len, 0);
}

static void test_init_empty(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	assert_sane(&b);
	assert_string_equal(b.buf, "");
	buf_reset(&b);
	assert_sane(&b);
	buf_release(&b);
	assert_sane(&b);
}

static void test_add_and_grow(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	for (int i = 0; i < 1000; i++) {
		buf_addstr(&b, "ab");
		assert_sane(&b);
	}
	assert_int_equal(b.len, 2000);
	assert_memory_equal(b.buf + 1996, "abab", 4);
	buf_addch(&b, 'x');
	assert_int_equal(b.buf[2000], 'x');
	assert_sane(&b);
	buf_release(&b);
}

static void test_addf(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	buf_addf(&b, "%d %s", 42, "mln dlrs");
	assert_string_equal(b.buf, "42 mln dlrs");
	char big[300];
	memset(big, 'z', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	buf_addf(&b, "|%s|", big);
	assert_int_equal(b.len, 11 + 2 + 299);
	assert_sane(&b);
	buf_release(&b);
}

static void test_detach_and_trim(void **state)
{
	(void)state;
	struct buf b = BUF_INIT;
	char *s = buf_detach(&b, NULL);
	assert_string_equal(s, "");
	free(s);
	buf_addstr(&b, "  \n Lazada buys Redmart \t\n");
	buf_trim(&b);
	assert_string_equal(b.buf, "Lazada buys Redmart");
	size_t len;
	s = buf_detach(&b, &len);
	assert_int_equal(len, 19);
	assert_string_equal(s, "Lazada buys Redmart");
	assert_sane(&b);
	assert_int_equal(b.len, 0);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init_empty),
		cmocka_unit_test(test_add_and_grow),
		cmocka_unit_test(test_addf),
		cmocka_unit_test(test_detach_and_trim),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
