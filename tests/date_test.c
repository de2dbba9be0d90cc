/* date_test.c - include/date.h: the date forms news sources write. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "buf.h"
#include "date.h"

static const struct {
	const char *in, *iso;  /* iso NULL: must be rejected */
} cases[] = {
	{"1987-02-26T15:01:01Z", "1987-02-26T15:01:01Z"},
	{"2017-03-21T10:00:00.123+08:00", "2017-03-21T02:00:00Z"},
	{"2017-03-21", "2017-03-21T00:00:00Z"},
	{"2017-03-21 09:30:00", "2017-03-21T09:30:00Z"},
	{"Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z"},
	{"Tue, 10 Jun 2003 04:00:00 EDT", "2003-06-10T08:00:00Z"},
	{"Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T02:00:00Z"},
	{"March 3, 2017", "2017-03-03T00:00:00Z"},
	{"3 March 2017", "2017-03-03T00:00:00Z"},
	{"  2016-12-01T00:00:00Z \n", "2016-12-01T00:00:00Z"},
	{"yesterday", NULL},
	{"2017-13-45", NULL},
	{"2017-03-21T10:00:00 Mars", NULL},
	{"", NULL},
};

static void test_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		time_t t;
		struct ds_err err = DS_ERR_INIT;
		int rc = date_parse(cases[i].in, strlen(cases[i].in), &t, &err);
		if (!cases[i].iso) {
			if (rc != DS_EFORMAT)
				fail_msg("'%s' parsed but should not", cases[i].in);
			assert_non_null(strstr(err.msg, "not a date"));
			continue;
		}
		if (rc)
			fail_msg("'%s': %s", cases[i].in, err.msg);
		char iso[DATE_ISO_LEN];
		date_iso(t, iso);
		assert_string_equal(iso, cases[i].iso);
	}
}

static void test_sortable(void **state)
{
	(void)state;
	time_t t;
	assert_int_equal(date_parse("2017-03-21T10:00:00Z", 20, &t, NULL), 0);
	char s[DATE_SORTABLE_LEN];
	date_sortable(t, s);
	assert_string_equal(s, "20170321100000");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_sortable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
