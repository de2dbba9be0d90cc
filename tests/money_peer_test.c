/*
 * money_peer_test.c - the money recogniser against a peer's test suite:
 * Microsoft Recognizers-Text's English currency model (180 sentences,
 * ../shared/peers/recognizers-text/CurrencyModel.json).
 *
 * Recall: expected amounts found with the right value and currency.
 * Precision: amounts found that the suite expects.  Both must reach 95%.
 * Expected results without a value (a bare "dollar" with no number) are not
 * amounts to us and are left out of both counts, as are the exclusions
 * below.  Exit 77 (skip) when ../shared is absent; a suite that is there
 * but does not read is a failure.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "money.h"
#include "testutil.h"

/* Sentences whose expected answer we judge wrong or out of scope. */
static const struct {
	const char *input;   /* a prefix of the sentence */
	const char *why;
} excluded[] = {
	{"Do you think sen 100,000",
	 "'sen' is the cent of several currencies; the suite gives no currency"},
	{"It may need one kuai and five mao five",
	 "colloquial Mandarin units (kuai, mao) are not English news money"},
	{"dollar : 143.80 yen",
	 "'1 . 8500 marks' is an exchange rate in marks the suite leaves out"},
};

/* The suite's unit names -> accepted ISO codes and the unit's factor. */
static const struct {
	const char *unit;
	const char *codes;   /* space-separated */
	double factor;
} units[] = {
	{"Dollar", "USD CAD AUD NZD HKD SGD TWD", 1},
	{"United States dollar", "USD", 1},
	{"Euro", "EUR", 1},
	{"Chinese yuan", "CNY", 1},
	{"Pound", "GBP", 1},
	{"British pound", "GBP", 1},
	{"Cent", "USD", 0.01},
	{"Pence", "GBP", 0.01},
	{"Penny", "GBP", 0.01},
	{"Canadian dollar", "CAD", 1},
	{"Japanese yen", "JPY", 1},
	{"Franc", "FRF CHF BEF", 1},
	{"Swiss franc", "CHF", 1},
	{"Australian dollar", "AUD", 1},
	{"New Zealand dollar", "NZD", 1},
	{"Hong Kong dollar", "HKD", 1},
	{"Bitcoin", "BTC", 1},
	{"Satoshi", "BTC", 1e-8},
	{"Turkish lira", "TRY", 1},
	{"Rupee", "INR", 1},
	{"Sri Lankan rupee", "LKR", 1},
	{"Mexican peso", "MXN", 1},
	{"Finnish markka", "FIM", 1},
	{"Peseta", "ESP", 1},
	{"Netherlands guilder", "NLG", 1},
	{"Costa Rican colón", "CRC", 1},
	{"Georgian lari", "GEL", 1},
	{"Lao kip", "LAK", 1},
};

static int is_excluded(const char *input)
{
	for (size_t i = 0; i < ARRAY_SIZE(excluded); i++)
		if (!strncmp(input, excluded[i].input,
			     strlen(excluded[i].input)))
			return 1;
	return 0;
}

static int unit_matches(const char *unit, const char *code, double value,
			double expected)
{
	for (size_t i = 0; i < ARRAY_SIZE(units); i++) {
		if (strcmp(units[i].unit, unit))
			continue;
		if (!*code || !strstr(units[i].codes, code))
			return 0;
		double want = expected * units[i].factor;
		return fabs(value - want) <= 1e-9 * fmax(1, fabs(want));
	}
	return 0;
}

int main(void)
{
	char path[4096];
	tu_need_shared("peers/recognizers-text/CurrencyModel.json", path,
		       sizeof(path));
	json_error_t jerr;
	json_t *suite = json_load_file(path, 0, &jerr);
	if (!suite) {
		printf("FAIL: cannot read '%s': %s\n", path, jerr.text);
		return 1;
	}
	struct ds_err err = {0};
	struct gaz *g;
	if (gaz_load_bundled(&g, &err)) {
		printf("FAIL: %s\n", err.msg);
		return 1;
	}
	size_t expected = 0, found = 0, hit_e = 0, hit_f = 0, skipped = 0;
	struct money *m = NULL;
	size_t cap = 0;
	size_t i;
	json_t *c;
	json_array_foreach(suite, i, c) {
		const char *input = json_string_value(json_object_get(c, "Input"));
		if (is_excluded(input)) {
			skipped++;
			continue;
		}
		size_t n = money_scan(gaz_money(g), input, strlen(input), &m,
				      0, &cap);
		char used[64] = {0};
		json_t *results = json_object_get(c, "Results");
		size_t k;
		json_t *r;
		json_array_foreach(results, k, r) {
			json_t *res = json_object_get(r, "Resolution");
			const char *v = json_string_value(
				json_object_get(res, "value"));
			const char *unit = json_string_value(
				json_object_get(res, "unit"));
			if (!v || !unit) {
				skipped++;
				continue;
			}
			expected++;
			int ok = 0;
			for (size_t f = 0; f < n && f < 64 && !ok; f++)
				if (!used[f] && unit_matches(unit,
						m[f].currency, m[f].value,
						strtod(v, NULL)))
					used[f] = ok = 1;
			hit_e += ok;
			if (!ok)
				printf("missed: %s -> %s %s   in: %.90s\n",
				       json_string_value(json_object_get(r,
						"Text")), v, unit, input);
		}
		for (size_t f = 0; f < n; f++) {
			found++;
			if (f < 64 && used[f])
				hit_f++;
			else
				printf("extra: '%.*s' = %g %s   in: %.90s\n",
				       (int)(m[f].end - m[f].start),
				       input + m[f].start, m[f].value,
				       m[f].currency, input);
		}
	}
	double recall = expected ? (double)hit_e / expected : 0;
	double precision = found ? (double)hit_f / found : 0;
	printf("peer suite: %zu expected, %zu found, recall %.3f (%zu), "
	       "precision %.3f (%zu); %zu excluded or without a value\n",
	       expected, found, recall, hit_e, precision, hit_f, skipped);
	free(m);
	gaz_free(g);
	json_decref(suite);
	if (recall < 0.95 || precision < 0.95) {
		printf("FAIL: below 0.95\n");
		return 1;
	}
	return 0;
}
