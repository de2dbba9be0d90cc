/*
 * query_test.c - searcher/query.h: what queries compile to, and how bad
 * queries are refused (message and position).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "schema.h"

static struct gaz *g;
static struct ana *ana;

/* The index "knows" one company the gazetteer does not. */
static int has_term(void *user, const char *term, size_t len, int *found,
		    struct ds_err *err)
{
	(void)user;
	(void)err;
	*found = len == 10 && !memcmp(term, "XCOredmart", 10);
	return 0;
}

static struct qry_env env;

static char *describe(const char *text, struct qry_info *info, int *rc,
		      struct ds_err *err)
{
	xdb_query *q;
	struct buf d = BUF_INIT;
	*rc = qry_compile(&env, text, &q, info, err);
	if (!*rc)
		xdb_q_describe(q, &d);
	xdb_q_free(q);
	return buf_detach(&d, NULL);
}

static const struct {
	const char *query;
	const char *const *want;   /* substrings of the description */
} cases[] = {
	{"acquisitions", (const char *const[]){"acquisit", NULL}},
	{"\"stake in\"", (const char *const[]){"stake PHRASE 2 in", NULL}},
	{"grocery AND Southeast Asia AND >$30M",
	 (const char *const[]){"XSECgrocery", "groceri", "XREGsoutheast-asia",
			       "VALUE_GE 11", NULL}},
	{"Singapore", (const char *const[]){"XCTYsg", NULL}},
	{"US", (const char *const[]){"XCTYus", NULL}},
	{"us", (const char *const[]){"us", NULL}},
	{"Alibaba", (const char *const[]){"XCOalibaba", "alibaba", NULL}},
	{"Jack Ma", (const char *const[]){"XPERjack-ma", NULL}},
	{"Redmart", (const char *const[]){"XCOredmart", NULL}},
	{"company:\"Alibaba Group Holding\"",
	 (const char *const[]){"XCOalibaba", NULL}},
	{"acquirer:Lazada target:Redmart",
	 (const char *const[]){"XACQlazada", "XTGTredmart", NULL}},
	{"title:merger", (const char *const[]){"Smerger", NULL}},
	{"place:CA", (const char *const[]){"XCTYca", NULL}},
	{"place:Shanghai", (const char *const[]){"XCTYcn", NULL}},
	/* a state by its ISO 3166-2 code, or by a city in it */
	{"place:US-TX", (const char *const[]){"XCTYus-tx", NULL}},
	{"place:Texas", (const char *const[]){"XCTYus-tx", NULL}},
	{"place:Houston", (const char *const[]){"XCTYus-tx", NULL}},
	{"type:funding", (const char *const[]){"XTYPEfunding", NULL}},
	{"status:rumoured", (const char *const[]){"XSTATrumoured", NULL}},
	{"status:blocked", (const char *const[]){"XSTATblocked", NULL}},
	/* the parties' countries and the target's sector */
	{"acquirer-country:JP", (const char *const[]){"XACCjp", NULL}},
	{"target-country:Singapore", (const char *const[]){"XTGCsg", NULL}},
	{"target-sector:grocery", (const char *const[]){"XTGSgrocery", NULL}},
	{"region:southeast-asia", (const char *const[]){"XREGsoutheast-asia",
							NULL}},
	{"type:m&a", (const char *const[]){"XTYPEacquisition", "XTYPEmerger",
					   "XTYPEdivestiture", NULL}},
	{"status:talks", (const char *const[]){"XSTATin-talks", NULL}},
	{"source:Reuters", (const char *const[]){"XSRCreuters", NULL}},
	{"oil -gas", (const char *const[]){"oil AND_NOT gas", NULL}},
	{"oil NOT gas", (const char *const[]){"oil AND_NOT gas", NULL}},
	{"NOT gas", (const char *const[]){"<alldocuments> AND_NOT gas", NULL}},
	{"(oil OR gas) AND prices",
	 (const char *const[]){"oil OR gas", "price", NULL}},
	{"acq*", (const char *const[]){"WILDCARD", "acq", NULL}},
	{"date:2017", (const char *const[]){"Y2017", NULL}},
	{"date:2017-03-21", (const char *const[]){"D20170321", NULL}},
	{"date:2016-12..2017-06", (const char *const[]){
		"M201612 OR 0 * M201701", "M201706)", NULL}},
	/* a leap day; a year whole between months and days */
	{"date:2016-02-28..2016-03-01", (const char *const[]){
		"D20160228 OR 0 * D20160229) OR 0 * D20160301)", NULL}},
	{"date:2015-12-31..2017-01-01", (const char *const[]){
		"D20151231 OR 0 * Y2016) OR 0 * D20170101)", NULL}},
	/* too many terms: the date slot's range */
	{"date:1900..2100", (const char *const[]){
		"VALUE_RANGE 0 19000101000000 21001231235959", NULL}},
	{"after:2017-01-01", (const char *const[]){
		"VALUE_GE 0 20170101000000", NULL}},
	{"before:2018", (const char *const[]){"VALUE_LE 0 20171231235959",
					      NULL}},
	{"amount:>=30m", (const char *const[]){"VALUE_GE 11", NULL}},
	{"<US$1bn", (const char *const[]){"VALUE_LE 10", NULL}},
	{"$10M..$50M", (const char *const[]){"VALUE_LE 10", "VALUE_GE 11",
					     NULL}},
	{">S$1.2bn", (const char *const[]){"VALUE_GE 25", NULL}},
	{"oil and gas", (const char *const[]){"and", NULL}},
	/* "between" and numbers without a currency stay words */
	{"between friends", (const char *const[]){"between", "friend", NULL}},
	{"between 2016 and 2017",
	 (const char *const[]){"between", "2016", "2017", NULL}},
	{"30m", (const char *const[]){"30m", NULL}},
	/* words with a colon that are no field attempt */
	{"http://example.com", (const char *const[]){"http PHRASE", NULL}},
	{"10:30 merger", (const char *const[]){"10", "merger", NULL}},
	{"re:merger", (const char *const[]){"merger", NULL}},
	{"Update: merger", (const char *const[]){"updat", "merger", NULL}},
};

static void test_compile(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct qry_info info;
		struct ds_err err = DS_ERR_INIT;
		int rc;
		char *d = describe(cases[i].query, &info, &rc, &err);
		if (rc)
			fail_msg("'%s': %s", cases[i].query, err.msg);
		for (const char *const *w = cases[i].want; *w; w++)
			if (!strstr(d, *w))
				fail_msg("'%s' -> %s: no '%s'", cases[i].query,
					 d, *w);
		free(d);
		qry_info_release(&info);
	}
}

static void test_amount_values(void **state)
{
	(void)state;
	/* >$30M compares with the serialised 30,000,000 in every high slot */
	struct qry_info info;
	struct ds_err err = DS_ERR_INIT;
	int rc;
	char *d = describe(">$30M", &info, &rc, &err);
	assert_int_equal(rc, 0);
	for (unsigned i = 0; i < SCHEMA_MAX_AMOUNTS; i++) {
		char slot[32];
		snprintf(slot, sizeof(slot), "VALUE_GE %u ",
			 SLOT_AMOUNTS + 2 * i + 1);
		assert_non_null(strstr(d, slot));
	}
	free(d);
	qry_info_release(&info);
	/* euros are converted with the rate table: not the same number */
	char *usd = describe("amount:>200m", &info, &rc, &err);
	qry_info_release(&info);
	char *eur = describe("amount:>€200m", &info, &rc, &err);
	qry_info_release(&info);
	assert_string_not_equal(usd, eur);
	free(usd);
	free(eur);
}

/* Queries that must compile to the same query as another. */
static const struct {
	const char *query, *same_as;
} same[] = {
	/* docs/QUERY.md: item := NOT item */
	{"NOT NOT oil", "oil"},
	{"NOT NOT NOT oil", "NOT oil"},
	{"gas NOT NOT oil", "gas oil"},
	{"gas AND NOT NOT oil", "gas AND oil"},
	{"NOT -oil", "oil"},
	{"NOT NOT (oil OR gas)", "oil OR gas"},
	/* Unicode space separators separate as spaces do */
	{"Southeast\u00a0Asia", "Southeast Asia"},
	{"grocery\u2009AND\u202fSoutheast\u3000Asia",
	 "grocery AND Southeast Asia"},
	{"oil\u00a0-gas\u2028OR\u00a0coal", "oil -gas OR coal"},
	{"\u00a0oil\u00a0", "oil"},
	/* an amount is as many words as the money parser reads as one */
	{">500 mln dlrs", ">$500M"},
	{">1.5 billion stg", ">1.5bn stg"},
	{"oil >30 mln dlrs", "oil >$30M"},
	{"> $30M", ">$30M"},
	{">$30 million deal", ">$30M deal"},
	{"amount:>EUR 200m", "amount:>EUR200m"},
	{"amount:>EUR200m", "amount:>\u20ac200m"},
	{"EUR 200m", "\u20ac200m"},
	{"HK$22.4 billion", "HK$22.4bn"},
	{"US$1bn", "$1bn"},
	{"amount:\"500 mln dlrs\"", "$500M"},
	{"$10 million..$50 million", "$10M..$50M"},
	{"$30-40 million", "$30M..$40M"},
	/* between A and B is A..B */
	{"between $10M and $50M", "$10M..$50M"},
	{"between $10M AND 50m", "$10M..$50M"},
	{"amount:between $10M and $50M", "$10M..$50M"},
	{"grocery between EUR 10m and EUR 50m", "grocery EUR10m..EUR50m"},
};

static void test_same(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(same); i++) {
		struct qry_info info;
		struct ds_err err = DS_ERR_INIT;
		int rc;
		char *a = describe(same[i].query, &info, &rc, &err);
		if (rc)
			fail_msg("'%s': %s", same[i].query, err.msg);
		qry_info_release(&info);
		char *b = describe(same[i].same_as, &info, &rc, &err);
		qry_info_release(&info);
		if (strcmp(a, b))
			fail_msg("'%s' -> %s, but '%s' -> %s", same[i].query,
				 a, same[i].same_as, b);
		free(a);
		free(b);
	}
}

static const struct {
	const char *query;
	size_t pos;
	const char *msg;
} bad[] = {
	{"grocery AND (Southeast Asia", 12, "missing ')'"},
	{"AND foo", 0, "missing search term before AND"},
	{"foo AND", 7, "missing search term after AND"},
	{"foo OR", 6, "missing search term after OR"},
	{"a)", 1, "unexpected ')'"},
	{"\"open", 0, "missing closing quote"},
	{"amount:>xyz", 8, "not an amount"},
	{"date:2017-13", 5, "not a date"},
	{"date:2017-02-30", 5, "not a date"},
	{"region:mars", 7, "unknown region"},
	{"place:Atlantis", 6, "unknown place"},
	{"type:lunch", 5, "unknown deal type"},
	{"company:", 0, "missing value"},
	{"$50M..$10M", 0, "empty range"},
	{"NOT", 3, "missing search term after NOT"},
	{"NOT NOT", 7, "missing search term after NOT"},
	{"oil NOT NOT AND gas", 12, "missing search term after NOT"},
	{"", 0, "missing search term"},
	{"*", 0, "no word"},
	/* malformed amounts: the caret under the part that is not one */
	{">$", 1, "'$' is not an amount"},
	{"oil >", 5, "missing amount after '>'"},
	{"amount:>=", 9, "missing amount after '>='"},
	{"$10M..", 6, "missing amount after '..'"},
	{">$30M..$50M", 1, "not an amount"},
	{"$50 million..$10 million", 0, "empty range"},
	{"between $10M and", 16, "missing amount after 'and'"},
	{"between $10M", 12, "missing 'and'"},
	{"between $10M or $20M", 12, "missing 'and'"},
	{"between $10M and xyz", 17, "'xyz' is not an amount"},
	{"between $50M and $10M", 0, "empty range"},
	{"between $10M and >$50M", 17, "between takes two amounts"},
	{"amount:between", 14, "missing amount after 'between'"},
	/* a currency the rates table has no figure for cannot compare */
	{">100 mln kina", 0, "no rate from PGK to US dollars"},
	{"oil between 5 mln kina and 9 mln kina", 12,
	 "no rate from PGK to US dollars"},
	/* a field misspelt is no word: the field meant */
	{"acquier:Google", 0, "unknown field 'acquier'; did you mean "
	 "'acquirer'?"},
	{"plcae:SG", 0, "unknown field 'plcae'; did you mean 'place'?"},
	{"oil -acquier:Google", 5, "did you mean 'acquirer'?"},
	{"Typ:\"merger\"", 0, "unknown field 'Typ'; did you mean 'type'?"},
	{"ammount:>$30M", 0, "did you mean 'amount'?"},
	{"country:SG", 0, "unknown field 'country'; did you mean 'place'?"},
	{"year:2017", 0, "unknown field 'year'; did you mean 'date'?"},
};

static void test_errors(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
		struct qry_info info;
		struct ds_err err = DS_ERR_INIT;
		xdb_query *q;
		int rc = qry_compile(&env, bad[i].query, &q, &info, &err);
		if (rc != DS_EQUERY)
			fail_msg("'%s' compiled", bad[i].query);
		assert_null(q);
		if (!strstr(err.msg, bad[i].msg))
			fail_msg("'%s': message '%s'", bad[i].query, err.msg);
		if (info.error_pos != bad[i].pos)
			fail_msg("'%s': position %zu, want %zu", bad[i].query,
				 info.error_pos, bad[i].pos);
		qry_info_release(&info);
	}
}

static void test_limits(void **state)
{
	(void)state;
	struct qry_info info;
	struct ds_err err = DS_ERR_INIT;
	xdb_query *q;
	char long_query[QRY_MAX_LEN + 10];
	memset(long_query, 'a', sizeof(long_query) - 1);
	long_query[sizeof(long_query) - 1] = '\0';
	assert_int_equal(qry_compile(&env, long_query, &q, &info, &err),
			 DS_EQUERY);
	assert_non_null(strstr(err.msg, "longer than"));
	qry_info_release(&info);
	ds_err_clear(&err);
	char deep[200] = "";
	for (int i = 0; i < QRY_MAX_DEPTH + 1; i++)
		strcat(deep, "(");
	strcat(deep, "x");
	assert_int_equal(qry_compile(&env, deep, &q, &info, &err), DS_EQUERY);
	assert_non_null(strstr(err.msg, "nested too deep"));
	qry_info_release(&info);
	ds_err_clear(&err);
	struct buf many = BUF_INIT;
	for (int i = 0; i < QRY_MAX_LEAVES + 1; i++)
		buf_addf(&many, "w%d ", i);
	assert_int_equal(qry_compile(&env, many.buf, &q, &info, &err),
			 DS_EQUERY);
	assert_non_null(strstr(err.msg, "too many terms"));
	qry_info_release(&info);
	buf_release(&many);
}

static void test_highlights(void **state)
{
	(void)state;
	struct qry_info info;
	struct ds_err err = DS_ERR_INIT;
	xdb_query *q;
	assert_int_equal(qry_compile(&env, "grocers Southeast Asia -oil "
				     "\"stake in\"", &q, &info, &err), 0);
	xdb_q_free(q);
	const char *want[] = {"grocer", "southeast", "asia", "stake", "in"};
	assert_int_equal(info.nhighlight, 5);
	for (size_t i = 0; i < 5; i++)
		assert_string_equal(info.highlight[i], want[i]);
	qry_info_release(&info);
}

/* Does the query weigh a word?  A query of filters alone ranks apart. */
static const struct {
	const char *query;
	int scored;
} scored[] = {
	{"oil", 1}, {"\"stake in\"", 1}, {"acq*", 1}, {"title:merger", 1},
	{"Alibaba", 1}, {"grocery", 1}, {"oil -gas", 1}, {"oil OR >$1B", 1},
	{"NOT NOT oil", 1}, {"(oil OR gas) type:merger", 1},
	{">$30M", 0}, {"between $10M and $50M", 0}, {"type:merger", 0},
	{"Singapore", 0}, {"Southeast Asia date:2017", 0}, {"NOT gas", 0},
	{">$30M -(oil OR gas)", 0}, {"type:merger NOT title:oil", 0},
	{"acquirer:Lazada", 0},
};

static void test_scored(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(scored); i++) {
		struct qry_info info;
		struct ds_err err = DS_ERR_INIT;
		xdb_query *q;
		if (qry_compile(&env, scored[i].query, &q, &info, &err))
			fail_msg("'%s': %s", scored[i].query, err.msg);
		if (info.scored != scored[i].scored)
			fail_msg("'%s': scored %d", scored[i].query,
				 info.scored);
		xdb_q_free(q);
		qry_info_release(&info);
	}
}

/* The amount conditions a match may meet, in the query's order; none
 * inside an exclusion (an odd number of NOTs). */
static const struct {
	const char *query;
	size_t n;
	struct qry_amount want[2];
} amount_conditions[] = {
	{"oil", 0, {{0}}},
	{">$30M", 1, {{QRY_AMT_GT, 30e6, 0}}},
	{"amount:>=30m", 1, {{QRY_AMT_GE, 30e6, 0}}},
	{"amount:<=$5M", 1, {{QRY_AMT_LE, 5e6, 0}}},
	{"$10M..$50M", 1, {{QRY_AMT_OVERLAP, 10e6, 50e6}}},
	{"between $10M and $50M", 1, {{QRY_AMT_OVERLAP, 10e6, 50e6}}},
	{"$42M", 1, {{QRY_AMT_OVERLAP, 42e6, 42e6}}},
	{"<$5M OR grocery >$1B", 2, {{QRY_AMT_LT, 5e6, 0},
				     {QRY_AMT_GT, 1e9, 0}}},
	{"oil -amount:>$1B", 0, {{0}}},
	{"oil NOT >$1B", 0, {{0}}},
	{"NOT NOT >$1B", 1, {{QRY_AMT_GT, 1e9, 0}}},
	{"-(oil AND >$1B) <$2M", 1, {{QRY_AMT_LT, 2e6, 0}}},
	{"-(oil -(>$1B))", 1, {{QRY_AMT_GT, 1e9, 0}}},
};

/* The terms that rank a query of filters: the parties' countries a
 * place: names, the target's sector a sector: names; none from inside an
 * exclusion, none from a state, nor from target-sector: itself. */
static void test_rank_boosts(void **state)
{
	(void)state;
	static const struct {
		const char *query, *want;
	} boost_cases[] = {
		{"type:acquisition place:JP", "XACCjp XTGCjp"},
		{"sector:energy place:Japan", "XTGSenergy XACCjp XTGCjp"},
		{"place:JP -sector:banking", "XACCjp XTGCjp"},
		{"NOT (place:JP OR place:CA) oil", ""},
		{"place:US-TX target-sector:energy", ""},
	};
	for (size_t i = 0; i < ARRAY_SIZE(boost_cases); i++) {
		struct qry_info info;
		struct ds_err err = DS_ERR_INIT;
		xdb_query *q;
		if (qry_compile(&env, boost_cases[i].query, &q, &info, &err))
			fail_msg("'%s': %s", boost_cases[i].query, err.msg);
		xdb_q_free(q);
		char got[200] = "";
		for (size_t k = 0; k < info.nboosts; k++) {
			if (k)
				strcat(got, " ");
			strcat(got, info.boosts[k]);
		}
		if (strcmp(got, boost_cases[i].want))
			fail_msg("'%s': boosts '%s', not '%s'", boost_cases[i].query,
				 got, boost_cases[i].want);
		qry_info_release(&info);
	}
}

static void test_amount_conditions(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(amount_conditions); i++) {
		struct qry_info info;
		struct ds_err err = DS_ERR_INIT;
		xdb_query *q;
		const char *text = amount_conditions[i].query;
		if (qry_compile(&env, text, &q, &info, &err))
			fail_msg("'%s': %s", text, err.msg);
		xdb_q_free(q);
		if (info.namounts != amount_conditions[i].n)
			fail_msg("'%s': %zu amount conditions", text,
				 info.namounts);
		for (size_t k = 0; k < info.namounts; k++) {
			const struct qry_amount *w =
				&amount_conditions[i].want[k];
			const struct qry_amount *c = &info.amounts[k];
			if (c->op != w->op || c->a != w->a ||
			    (w->op == QRY_AMT_OVERLAP && c->b != w->b))
				fail_msg("'%s': condition %zu is %d %g %g",
					 text, k, (int)c->op, c->a, c->b);
		}
		qry_info_release(&info);
	}
	/* as the value ranges compare: > is strict, a range overlaps */
	struct qry_amount gt = {QRY_AMT_GT, 30e6, 0},
			  ge = {QRY_AMT_GE, 30e6, 0},
			  lt = {QRY_AMT_LT, 30e6, 0},
			  le = {QRY_AMT_LE, 30e6, 0},
			  in = {QRY_AMT_OVERLAP, 10e6, 50e6};
	assert_false(qry_amount_match(&gt, 30e6, 30e6));
	assert_true(qry_amount_match(&gt, 25e6, 35e6));
	assert_true(qry_amount_match(&ge, 30e6, 30e6));
	assert_false(qry_amount_match(&ge, 20e6, 29e6));
	assert_false(qry_amount_match(&lt, 30e6, 30e6));
	assert_true(qry_amount_match(&lt, 25e6, 35e6));
	assert_true(qry_amount_match(&le, 30e6, 40e6));
	assert_true(qry_amount_match(&in, 50e6, 60e6));
	assert_true(qry_amount_match(&in, 5e6, 10e6));
	assert_false(qry_amount_match(&in, 51e6, 60e6));
	assert_false(qry_amount_match(&in, 2e6, 9e6));
}

int main(void)
{
	struct ds_err err = DS_ERR_INIT;
	if (gaz_load_bundled(&g, &err) || ana_new("english", &ana, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return 1;
	}
	env.g = g;
	env.ana = ana;
	env.has_term = has_term;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_compile),
		cmocka_unit_test(test_same),
		cmocka_unit_test(test_amount_values),
		cmocka_unit_test(test_amount_conditions),
		cmocka_unit_test(test_rank_boosts),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_highlights),
		cmocka_unit_test(test_scored),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	ana_free(ana);
	gaz_free(g);
	return rc;
}
