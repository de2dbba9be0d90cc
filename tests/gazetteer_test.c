/*
 * gazetteer_test.c - include/gazetteer.h: the bundled gazetteers load, and
 * names resolve as the tagger and the query parser need them to.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"

static struct gaz *g;

/* The country code a phrase names, "" when none. */
static const char *country_of(const char *phrase)
{
	struct buf key = BUF_INIT;
	gaz_key(g, phrase, strlen(phrase), &key);
	const struct gaz_entry *e = gaz_lookup(g, key.buf, key.len);
	buf_release(&key);
	if (!e || e->kind != GAZ_PLACE)
		return "";
	return gaz_country(g, gaz_place(g, e->id)->country)->code;
}

static void test_places(void **state)
{
	(void)state;
	static const struct {
		const char *phrase, *code;
	} cases[] = {
		{"Singapore", "SG"}, {"U.S.", "US"}, {"United States", "US"},
		{"U.K.", "GB"}, {"Britain", "GB"}, {"S. Korea", "KR"},
		{"West German", "DE"}, {"Shanghai", "CN"}, {"Peking", "CN"},
		{"Bengaluru", "IN"}, {"Bangalore", "IN"}, {"Chinese", "CN"},
		{"Singaporean", "SG"}, {"Timor-Leste", "TL"}, {"Soviet", "SU"},
		{"Georgia", "US"},   /* the US state: cities.tsv comes later */
		{"Kampuchea", "KH"}, {"Tokyo", "JP"},
		{"Alibaba", ""}, {"the", ""},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		if (strcmp(country_of(cases[i].phrase), cases[i].code))
			fail_msg("'%s' -> '%s', want '%s'", cases[i].phrase,
				 country_of(cases[i].phrase), cases[i].code);
	/* every ISO 3166-1 country is there */
	assert_true(gaz_country_count(g) >= 249);
	assert_true(gaz_country_find(g, "sg") >= 0);
	assert_int_equal(gaz_country_find(g, "ZZ"), -1);
}

/* A state's places carry its ISO 3166-2 code below the country's. */
static void test_states(void **state)
{
	(void)state;
	static const struct {
		const char *phrase, *country, *sub;
		int dateline;
	} cases[] = {
		{"Texas", "US", "TX", 0}, {"Houston", "US", "TX", 0},
		{"Tex.", "US", "TX", 1}, {"Va.", "US", "VA", 1},
		{"Chicago", "US", "IL", 0}, {"Toronto", "CA", "ON", 0},
		{"New England", "US", "", 0}, {"Singapore", "SG", "", 0},
		{"Bristol", "GB", "", 0},
	};
	struct buf key = BUF_INIT;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		gaz_key(g, cases[i].phrase, strlen(cases[i].phrase), &key);
		const struct gaz_entry *e = cases[i].dateline ?
			gaz_lookup_dateline(g, key.buf, key.len) :
			gaz_lookup(g, key.buf, key.len);
		assert_non_null(e);
		assert_int_equal(e->kind, GAZ_PLACE);
		const struct gaz_place *p = gaz_place(g, e->id);
		assert_string_equal(gaz_country(g, p->country)->code,
				    cases[i].country);
		if (strcmp(p->sub, cases[i].sub))
			fail_msg("'%s' in '%s', want '%s'", cases[i].phrase,
				 p->sub, cases[i].sub);
	}
	buf_release(&key);
	/* a malformed subdivision is refused with its line */
	struct gaz *h;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(gaz_new(&h, &err), 0);
	const char *bad = "US-T!\tcity\tNowhere";
	assert_int_not_equal(gaz_add_line(h, "cities", bad, strlen(bad),
					  "cities.tsv:1", &err), 0);
	gaz_free(h);
}

static void test_case_rules(void **state)
{
	(void)state;
	struct buf key = BUF_INIT;
	gaz_key(g, "US", 2, &key);
	const struct gaz_entry *e = gaz_lookup(g, key.buf, key.len);
	assert_non_null(e);
	assert_true(e->flags & GAZ_CAPS);     /* "us" the pronoun is not it */
	gaz_key(g, "Turkey", 6, &key);
	e = gaz_lookup(g, key.buf, key.len);
	assert_non_null(e);
	assert_true(e->flags & GAZ_PROPER);
	buf_release(&key);
}

static void test_regions(void **state)
{
	(void)state;
	int sea = gaz_region_find(g, "southeast-asia");
	int asia = gaz_region_find(g, "asia");
	assert_true(sea >= 0 && asia >= 0);
	assert_int_equal(gaz_region(g, sea)->parent, asia);
	const struct gaz_country *sg = gaz_country(g, gaz_country_find(g, "SG"));
	assert_true(sg->regions & (1u << sea));
	assert_true(sg->regions & (1u << asia));   /* parents too */
	const struct gaz_country *us = gaz_country(g, gaz_country_find(g, "US"));
	assert_false(us->regions & (1u << sea));
	/* all ten ASEAN members and Timor-Leste */
	static const char *const members[] = {"BN", "KH", "ID", "LA", "MY",
					      "MM", "PH", "SG", "TH", "VN",
					      "TL"};
	for (size_t i = 0; i < ARRAY_SIZE(members); i++)
		assert_true(gaz_country(g, gaz_country_find(g, members[i]))
			    ->regions & (1u << sea));
	struct buf key = BUF_INIT;
	gaz_key(g, "South-East Asia", 15, &key);
	const struct gaz_entry *e = gaz_lookup(g, key.buf, key.len);
	assert_non_null(e);
	assert_int_equal(e->kind, GAZ_REGION);
	assert_int_equal(e->id, sea);
	buf_release(&key);
}

static void test_companies_sectors(void **state)
{
	(void)state;
	struct buf key = BUF_INIT;
	gaz_key(g, "Alibaba Group Holding", 21, &key);
	const struct gaz_entry *e = gaz_lookup(g, key.buf, key.len);
	assert_non_null(e);
	assert_int_equal(e->kind, GAZ_COMPANY);
	assert_string_equal(gaz_company(g, e->id), "Alibaba");
	/* its home country (company_countries.tsv) */
	assert_true(gaz_company_country(g, e->id) >= 0);
	assert_string_equal(gaz_country(g, gaz_company_country(g, e->id))->code,
			    "CN");
	gaz_key(g, "Bank of America", 15, &key);
	e = gaz_lookup(g, key.buf, key.len);
	/* not in the bundled list: the tagger's suffix rules find it */
	assert_true(!e || e->kind != GAZ_PLACE);
	/* sector keywords match on stems: "grocers" finds grocery */
	int grocery = gaz_sector_find(g, "grocery");
	assert_true(grocery >= 0);
	static const char *const words[] = {"grocers", "Groceries",
					    "supermarkets", "e-grocery"};
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		gaz_stem_key(g, words[i], strlen(words[i]), &key);
		if (gaz_sector_of(g, key.buf, key.len) != grocery)
			fail_msg("'%s' (key '%s') is not grocery", words[i],
				 key.buf);
	}
	/* ... and a text's word counts in a keyword's own forms: its
	 * plural, a plural's singular; not another word of its stem */
	static const char *const forms[] = {"grocers", "grocery",
					    "groceries", "metal", "hospitals"};
	static const char *const others[] = {"hospitality", "published",
					     "development", "industry",
					     "house", "exploring"};
	for (size_t i = 0; i < ARRAY_SIZE(forms); i++)
		if (!gaz_sector_form(g, forms[i], strlen(forms[i])))
			fail_msg("'%s' is no sector keyword's form", forms[i]);
	for (size_t i = 0; i < ARRAY_SIZE(others); i++)
		if (gaz_sector_form(g, others[i], strlen(others[i])))
			fail_msg("'%s' is a sector keyword's form", others[i]);
	buf_release(&key);
	double usd;
	assert_true(money_tab_rate(gaz_money(g), "EUR", &usd) && usd > 0);
}

static int add(struct gaz *h, const char *file, const char *line,
	       const char *where, struct ds_err *err)
{
	return gaz_add_line(h, file, line, strlen(line), where, err);
}

static void test_bad_lines(void **state)
{
	(void)state;
	struct gaz *h;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(gaz_new(&h, &err), 0);
	const char *hash0 = strdup(gaz_hash(h));
	/* lines refused change nothing, the hash included */
	assert_int_equal(add(h, "countries", "XX\tNowhere\tatlantis\t",
			     "countries.tsv:3", &err), DS_EFORMAT);
	assert_non_null(strstr(err.msg, "countries.tsv:3"));
	assert_non_null(strstr(err.msg, "unknown region"));
	ds_err_clear(&err);
	assert_int_equal(add(h, "rates", "EUR\tlots\teuro", "r", &err), DS_EFORMAT);
	ds_err_clear(&err);
	/* a rate must be a finite, sensible number of USD per unit */
	static const char *const bad_rates[] = {
		"EUR\tnan\teuro", "EUR\tinf\teuro", "EUR\t1e400\teuro",
		"EUR\t-1.1\teuro", "EUR\t0\teuro", "EUR\t2e6\teuro",
		"EUR\t1e-12\teuro",
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad_rates); i++) {
		if (add(h, "rates", bad_rates[i], "XYZ", &err) != DS_EFORMAT)
			fail_msg("rate line '%s' accepted", bad_rates[i]);
		assert_non_null(strstr(err.msg, "is not a rate (USD per unit"));
		ds_err_clear(&err);
	}
	/* a peg's first year, when given, is a whole year in range */
	static const char *const bad_since[] = {
		"SAR\t0.2667\triyal\t1986.5", "SAR\t0.2667\triyal\tlong ago",
		"SAR\t0.2667\triyal\t1066",
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad_since); i++) {
		if (add(h, "rates", bad_since[i], "S", &err) != DS_EFORMAT)
			fail_msg("rate line '%s' accepted", bad_since[i]);
		assert_non_null(strstr(err.msg, "is not a year"));
		ds_err_clear(&err);
	}
	/* a year's rate: a whole year in range, and a sensible rate */
	static const char *const bad_years[] = {
		"GBP\t1987.5\t1.6", "GBP\t1066\t1.6", "GBP\tlast\t1.6",
		"GBP\t1987\tnan", "GBP\t1987\t0", "GBP\t1987",
	};
	for (size_t i = 0; i < ARRAY_SIZE(bad_years); i++) {
		if (add(h, "yearly_rates", bad_years[i], "Y", &err) != DS_EFORMAT)
			fail_msg("yearly rate line '%s' accepted", bad_years[i]);
		assert_non_null(strstr(err.msg, "'Y'"));
		ds_err_clear(&err);
	}
	double usd;
	assert_false(money_tab_rate(gaz_money(h), "EUR", &usd));
	assert_false(money_tab_rate(gaz_money(h), "GBP", &usd));
	assert_int_equal(add(h, "nonsense", "a", "n", &err),
			 DS_EINVAL);
	ds_err_clear(&err);
	/* comments and blank lines are nothing; real lines change the hash */
	assert_string_equal(gaz_hash(h), hash0);
	assert_int_equal(add(h, "rates", "# note", "r", &err), 0);
	assert_string_equal(gaz_hash(h), hash0);
	assert_int_equal(add(h, "rates", "XYZ\t2\tzed", "r", &err),
			 0);
	assert_string_not_equal(gaz_hash(h), hash0);
	free((void *)hash0);
	/* a company's country: a company companies.tsv has, a known code;
	 * "-" says none (a gazetteer of its own: the hash above) */
	struct gaz *h2;
	assert_int_equal(gaz_new(&h2, &err), 0);
	assert_int_equal(add(h2, "company_countries", "Zorblax\tUS", "cc:1",
			     &err), DS_EFORMAT);
	assert_non_null(strstr(err.msg, "not a company of companies.tsv"));
	ds_err_clear(&err);
	assert_int_equal(add(h2, "regions", "americas\tAmericas\t-\t", "r",
			     &err), 0);
	assert_int_equal(add(h2, "countries", "US\tUnited States\tamericas\t",
			     "c", &err), 0);
	assert_int_equal(add(h2, "companies", "Zorblax\t", "co", &err), 0);
	assert_int_equal(add(h2, "company_countries", "Zorblax\tXQ", "cc:2",
			     &err), DS_EFORMAT);
	assert_non_null(strstr(err.msg, "unknown country code"));
	ds_err_clear(&err);
	assert_int_equal(add(h2, "company_countries", "Zorblax", "cc:3", &err),
			 DS_EFORMAT);
	ds_err_clear(&err);
	assert_int_equal(add(h2, "company_countries", "Zorblax\tUS", "cc:4",
			     &err), 0);
	struct buf zk = BUF_INIT;
	gaz_key(h2, "Zorblax", 7, &zk);
	const struct gaz_entry *ze = gaz_lookup(h2, zk.buf, zk.len);
	assert_non_null(ze);
	assert_string_equal(gaz_country(h2, gaz_company_country(h2, ze->id))->code,
			    "US");
	assert_int_equal(add(h2, "company_countries", "Zorblax\t-", "cc:5",
			     &err), 0);
	assert_int_equal(gaz_company_country(h2, ze->id), -1);
	buf_release(&zk);
	gaz_free(h2);
	gaz_free(h);
	gaz_free(NULL);
}

int main(void)
{
	struct ds_err err = DS_ERR_INIT;
	if (gaz_load_bundled(&g, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_states),
		cmocka_unit_test(test_case_rules),
		cmocka_unit_test(test_regions),
		cmocka_unit_test(test_companies_sectors),
		cmocka_unit_test(test_bad_lines),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	gaz_free(g);
	return rc;
}
