/*
 * money_test.c - include/money.h: amounts as news and queries write them.
 * The currency table is the bundled one (corpus/gazetteers), loaded through
 * the gazetteer, as the indexer and the searcher load it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "money.h"

static struct gaz *g;

#define NONE -1.0
#define NO_USD -2.0
#define USD_ANY -3.0   /* usd not checked (a rate of the table) */

static const struct {
	const char *in;
	const char *text;    /* the amount as written; NULL: no amount */
	const char *cur;
	double low, high;    /* in the currency */
	double usd_low;      /* NO_USD: usd must be NAN; USD_ANY: any */
	unsigned flags;
} cases[] = {
	{"a 30 mln dlrs deal", "30 mln dlrs", "USD", 30e6, 30e6, 30e6, 0},
	{"for 1.5 billion stg.", "1.5 billion stg", "GBP", 1.5e9, 1.5e9,
	 1.95e9, 0},
	{"200 mln yen", "200 mln yen", "JPY", 200e6, 200e6, 1.36e6, 0},
	{"an acquisition priced between $30-40 million could", "$30-40 million",
	 "USD", 30e6, 40e6, 30e6, MONEY_RANGE},
	{"between $10m and $20m", "$10m and $20m", "USD", 10e6, 20e6, 10e6,
	 MONEY_RANGE},
	{"30 to 40 mln dlrs", "30 to 40 mln dlrs", "USD", 30e6, 40e6, 30e6,
	 MONEY_RANGE},
	/* ranges in words, with both ends scaled, and with "or" */
	{"would cost six to seven billion dlrs", "six to seven billion dlrs",
	 "USD", 6e9, 7e9, 6e9, MONEY_RANGE},
	{"for 1.5 billion to two billion dlrs", "1.5 billion to two billion dlrs",
	 "USD", 1.5e9, 2e9, 1.5e9, MONEY_RANGE},
	{"bid 21 or 22 dlrs", "21 or 22 dlrs", "USD", 21, 22, 21, MONEY_RANGE},
	{"sold for 500,000 to one mln dlrs", "500,000 to one mln dlrs", "USD",
	 5e5, 1e6, 5e5, MONEY_RANGE},
	/* no range: a rate, a fiscal year's tail, two sums after a change */
	{"pegged at 7.80 to one dollar", NULL, NULL, 0, 0, 0, 0},
	{"the target for 1987/88 to four billion stg", "four billion stg",
	 "GBP", 4e9, 4e9, 5.2e9, 0},
	{"imports rose from 888 mln to 1.8 billion dlrs", "1.8 billion dlrs",
	 "USD", 1.8e9, 1.8e9, 1.8e9, 0},
	{"sweetened its offer from 1.5 billion to two billion dlrs",
	 "two billion dlrs", "USD", 2e9, 2e9, 2e9, 0},
	{"bids ranging from 1.5 billion to two billion dlrs",
	 "1.5 billion to two billion dlrs", "USD", 1.5e9, 2e9, 1.5e9,
	 MONEY_RANGE},
	/* stops between groups of three digits, two groups or more:
	 * thousands ("$799.998.502" in a Chilean story) */
	{"paid $799.998.502 for", "$799.998.502", "USD", 799998502.0,
	 799998502.0, 799998502.0, 0},
	{"sales of 1.234.567,89 dlrs", "1.234.567,89 dlrs", "USD",
	 1234567.89, 1234567.89, 1234567.89, 0},
	{"sell it for from 1.5 billion to two billion dlrs",
	 "1.5 billion to two billion dlrs", "USD", 1.5e9, 2e9, 1.5e9,
	 MONEY_RANGE},
	{"paid $1.250.000,5 in all", "$1.250.000,5", "USD", 1250000.5,
	 1250000.5, 1250000.5, 0},
	/* a whole currency's stop before three digits marks thousands */
	{"a tender price of Rp 3.118 per share", "Rp 3.118 per share", "IDR",
	 3118, 3118, USD_ANY, MONEY_PER_SHARE},
	/* a naira price per unit stands without a scale word */
	{"cut the price to N825 per litre", "N825", "NGN", 825, 825, USD_ANY,
	 0},
	{"demand for N95 masks", NULL, NULL, 0, 0, 0, 0},
	/* scale words of the outlet's own language */
	{"a oferta de US$ 430 milhões", "US$ 430 milhões", "USD", 430e6, 430e6,
	 430e6, 0},
	{"bentuk JV pabrik baterai US$ 1,1 miliar", "US$ 1,1 miliar", "USD",
	 1.1e9, 1.1e9, 1.1e9, 0},
	{"sales would rise in 2021 to 2,500 billion dlrs",
	 "2,500 billion dlrs", "USD", 2.5e12, 2.5e12, 2.5e12, 0},
	{"an HK$22.4 billion ($2.87 billion USD) investment",
	 "HK$22.4 billion ($2.87 billion USD)", "HKD", 22.4e9, 22.4e9, 2.87e9,
	 MONEY_USD_STATED},
	/* an ambiguous currency with its USD figure stated: the text's own
	 * figure, not a guess (found by fuzzing: tests/fuzz/crashes/money) */
	{"4 dinars ($9)", "4 dinars ($9)", "", 4, 4, 9, MONEY_USD_STATED},
	{"4 dinars", "4 dinars", "", 4, 4, NO_USD, 0},
	{"offered $45 a share", "$45 a share", "USD", 45, 45, 45,
	 MONEY_PER_SHARE},
	/* a dealer's two-way quote: the bid, not the offer's last digits */
	{"the dollar closed at 149.30/40 yen", "149.30/40 yen", "JPY", 149.3,
	 149.3, 1.01524, 0},
	{"12.50 dlrs a share", "12.50 dlrs a share", "USD", 12.5, 12.5, 12.5,
	 MONEY_PER_SHARE},
	{"50 cts a share", "50 cts a share", "USD", 0.5, 0.5, 0.5,
	 MONEY_PER_SHARE},
	{"US$1.2 bln", "US$1.2 bln", "USD", 1.2e9, 1.2e9, 1.2e9, 0},
	{"raised S$50m", "S$50m", "SGD", 50e6, 50e6, 38e6, 0},
	{"Rs 35 lakh", "Rs 35 lakh", "INR", 3.5e6, 3.5e6, 40950, 0},
	{"valued at about ₹1.6 lakh crore", "₹1.6 lakh crore", "INR", 1.6e12,
	 1.6e12, 18.72e9, 0},
	{"raised ₦104 billion", "₦104 billion", "NGN", 104e9, 104e9, 67.6e6, 0},
	{"a E£11.8 billion bond", "E£11.8 billion", "EGP", 11.8e9, 11.8e9,
	 236e6, 0},
	{"RM50 million", "RM50 million", "MYR", 50e6, 50e6, 11e6, 0},
	{"€200m", "€200m", "EUR", 200e6, 200e6, 220e6, 0},
	{">$30M", "$30M", "USD", 30e6, 30e6, 30e6, 0},
	{"C$16.4 million", "C$16.4 million", "CAD", 16.4e6, 16.4e6, 11.972e6, 0},
	{"won a $48.2 million contract", "$48.2 million", "USD", 48.2e6, 48.2e6,
	 48.2e6, 0},
	{"100 billion won", "100 billion won", "KRW", 100e9, 100e9, 73e6, 0},
	{"3.5 billion marks", "3.5 billion marks", "DEM", 3.5e9, 3.5e9,
	 1.9684e9, 0},
	{"1.2 billion Swiss francs", "1.2 billion Swiss francs", "CHF", 1.2e9,
	 1.2e9, 1.392e9, 0},
	{"600 mln Australian dlrs", "600 mln Australian dlrs", "AUD", 600e6,
	 600e6, 390e6, 0},
	{"two billion pesos", "two billion pesos", "", 2e9, 2e9, NO_USD, 0},
	{"half a million dollars", "half a million dollars", "USD", 5e5, 5e5,
	 5e5, 0},
	{"thirteen dollars and forty-five cents",
	 "thirteen dollars and forty-five cents", "USD", 13.45, 13.45, 13.45,
	 0},
	{"115USD", "115USD", "USD", 115, 115, 115, 0},
	/* a scale after a currency written after the number; not a word
	 * in capitals after one in lower case (a company's initials) */
	{"75 USD million", "75 USD million", "USD", 75e6, 75e6, 75e6, 0},
	{"a similar 135 dlrs mln deal", "135 dlrs mln", "USD", 135e6, 135e6,
	 135e6, 0},
	{"at 4.20 dlrs BIL said", "4.20 dlrs", "USD", 4.2, 4.2, 4.2, 0},
	{"30 MUSD", "30 MUSD", "USD", 30e6, 30e6, 30e6, 0},
	{"raise $100 millionto expand", "$100 millionto", "USD", 100e6, 100e6,
	 100e6, 0},
	/* local short forms (PHP, THB, AED, ZAR, KES; pence) */
	{"the utility paid P7.25 billion for it", "P7.25 billion", "PHP",
	 7.25e9, 7.25e9, 126.875e6, 0},
	{"a Bt42.5 billion bid", "Bt42.5 billion", "THB", 42.5e9, 42.5e9,
	 1.2325e9, 0},
	{"a Dh3 billion tower", "Dh3 billion", "AED", 3e9, 3e9, 816.9e6, 0},
	{"worth R12,4 billion", "R12,4 billion", "ZAR", 12.4e9, 12.4e9,
	 682e6, 0},
	{"raised KSh 2.5 billion", "KSh 2.5 billion", "KES", 2.5e9, 2.5e9,
	 19.25e6, 0},
	/* Morocco's dirham by its code or its name, and "DH" after a sum
	 * (the Gulf's until the story says otherwise: the amounts stage) */
	{"a holding worth MAD 54,55 billion", "MAD 54,55 billion", "MAD",
	 54.55e9, 54.55e9, 5.455e9, 0},
	{"for 2 billion Moroccan dirhams", "2 billion Moroccan dirhams", "MAD",
	 2e9, 2e9, 2e8, 0},
	{"sold at 500 DH each", "500 DH each", "AED", 500, 500, 136.15,
	 MONEY_PER_SHARE},
	/* Riyadh's "SR" and the Gulf's fils (a hundredth of a dirham) */
	{"an offer of SR3.78 billion", "SR3.78 billion", "SAR", 3.78e9,
	 3.78e9, 1.008126e9, 0},
	{"a dividend of 120 fils", "120 fils", "AED", 1.2, 1.2,
	 0.32676, 0},
	{"worth 900 mln riyal", "900 mln riyal", "SAR", 900e6, 900e6,
	 240.03e6, 0},
	{"shares fell to 245p", "245p", "GBP", 2.45, 2.45, 3.185, 0},
	{"closed at 312½p", "312½p", "GBP", 3.125, 3.125, 4.0625, 0},
	{"a fee of $US18 million", "$US18 million", "USD", 18e6, 18e6, 18e6,
	 0},
	{"for $S75 million", "$S75 million", "SGD", 75e6, 75e6, 57e6, 0},
	{"a US$450-million loan", "US$450-million", "USD", 450e6, 450e6,
	 450e6, 0},
	{"a 2.5-billion-euro plant", "2.5-billion-euro", "EUR", 2.5e9, 2.5e9,
	 2.75e9, 0},
	{"valued at INR 412.5 Cr", "INR 412.5 Cr", "INR", 4.125e9, 4.125e9,
	 48.2625e6, 0},
	{"rose 12-1/2 dlrs", "12-1/2 dlrs", "USD", 12.5, 12.5, 12.5, 0},
	{"c.R3,25 billion", "R3,25 billion", "ZAR", 3.25e9, 3.25e9,
	 178.75e6, 0},
	/* per share in every form */
	{"bought at 2,310 yen apiece", "2,310 yen apiece", "JPY", 2310, 2310,
	 15.708, MONEY_PER_SHARE},
	{"priced at P41.50 each", "P41.50 each", "PHP", 41.5, 41.5, 0.72625,
	 MONEY_PER_SHARE},
	{"Rs 615 per share", "Rs 615 per share", "INR", 615, 615, 7.1955,
	 MONEY_PER_SHARE},
	{"offering 640 pence per Ocado share", "640 pence per Ocado share",
	 "GBP", 6.4, 6.4, 8.32, MONEY_PER_SHARE},
	{"a 95p-a-share offer", "95p-a-share", "GBP", 0.95, 0.95, 1.235,
	 MONEY_PER_SHARE},
	/* a sum per party is not a price per share */
	{"the two funds put in $20 million each", "$20 million", "USD", 20e6,
	 20e6, 20e6, 0},
	/* conversions: one amount, the stated USD its usd */
	{"paid S$64 million (US$48 million) for", "S$64 million (US$48 million)",
	 "SGD", 64e6, 64e6, 48e6, MONEY_USD_STATED},
	{"a 6.2 billion baht, or about $190 million, sale",
	 "6.2 billion baht, or about $190 million", "THB", 6.2e9, 6.2e9,
	 190e6, MONEY_USD_STATED},
	{"sold for €410m ($450m; £355m) to", "€410m ($450m; £355m)", "EUR",
	 410e6, 410e6, 450e6, MONEY_USD_STATED},
	/* a USD figure, then a hedged local one */
	{"to buy Oxiteno for US$1.3 billion, or about 43 billion baht, in",
	 "US$1.3 billion, or about 43 billion baht", "USD", 1.3e9, 1.3e9,
	 1.3e9, 0},
	/* ... or in square brackets */
	{"for up to ISK 171 billion [$1.3 billion; €1.2 billion], the",
	 "ISK 171 billion [$1.3 billion; €1.2 billion]", "ISK", 171e9, 171e9,
	 1.3e9, MONEY_USD_STATED},
	{"a $75 million (Rs 620 crore) round", "$75 million (Rs 620 crore)",
	 "USD", 75e6, 75e6, 75e6, 0},
	/* words about the rate inside the bracket are part of it */
	{"a $40 million (Rs 290 crore at today's exchange rate) round",
	 "$40 million (Rs 290 crore at today's exchange rate)", "USD", 40e6,
	 40e6, 40e6, 0},
	{"a $40 million (Rs 290 crore at current rates) round",
	 "$40 million (Rs 290 crore at current rates)", "USD", 40e6, 40e6,
	 40e6, 0},
	/* the other dollar in brackets: a local dollar and the US one */
	{"worth $US12 billion ($15.8 billion).", "$US12 billion ($15.8 billion)",
	 "USD", 12e9, 12e9, 12e9, 0},
	{"worth $15.8 billion (US$12 billion).",
	 "$15.8 billion (US$12 billion)", "USD", 15.8e9, 15.8e9, 12e9,
	 MONEY_USD_STATED},
	/* a sign typed twice */
	{"raised S$$21.5 million so far", "S$$21.5 million", "SGD", 21.5e6,
	 21.5e6, 16.34e6, 0},
	/* not money */
	{"in 1986 to 12.5 mln dlrs", "12.5 mln dlrs", "USD", 12.5e6, 12.5e6,
	 12.5e6, 0},
	{"the P 5 series", NULL, NULL, 0, 0, 0, 0},
	{"grades 1,2 and 3", NULL, NULL, 0, 0, 0, 0},
	{"600 million consumers", NULL, NULL, 0, 0, 0, 0},
	{"5.93 mln bags", NULL, NULL, 0, 0, 0, 0},
	{"55 pct of the shares", NULL, NULL, 0, 0, 0, 0},
	{"in 1987 and 2017", NULL, NULL, 0, 0, 0, 0},
	{"it marks the end", NULL, NULL, 0, 0, 0, 0},
	{"the dollar rose", NULL, NULL, 0, 0, 0, 0},
	{"series B round", NULL, NULL, 0, 0, 0, 0},
	/* "one dollar" naming the currency: a rate's other side, a market */
	{"held at 7.75 to one U.S. dollar", NULL, NULL, 0, 0, 0, 0},
	{"One dollar straight dealer said", NULL, NULL, 0, 0, 0, 0},
	{"sold the unit for one dollar to", "one dollar", "USD", 1, 1, 1, 0},
};

static int near(double a, double b)
{
	return fabs(a - b) <= 1e-6 * fmax(1, fabs(b));
}

static void test_table(void **state)
{
	(void)state;
	struct money *m = NULL;
	size_t cap = 0;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *in = cases[i].in;
		size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
		if (!cases[i].text) {
			if (n)
				fail_msg("'%s': found '%.*s'", in,
					 (int)(m[0].end - m[0].start),
					 in + m[0].start);
			continue;
		}
		if (n != 1)
			fail_msg("'%s': %zu amounts", in, n);
		int len = (int)(m[0].end - m[0].start);
		if ((size_t)len != strlen(cases[i].text) ||
		    memcmp(in + m[0].start, cases[i].text, (size_t)len))
			fail_msg("'%s': text '%.*s'", in, len, in + m[0].start);
		assert_string_equal(m[0].currency, cases[i].cur);
		if (!near(m[0].low, cases[i].low) ||
		    !near(m[0].high, cases[i].high))
			fail_msg("'%s': %g..%g", in, m[0].low, m[0].high);
		if (cases[i].usd_low == NO_USD)
			assert_true(isnan(m[0].usd_low));
		else if (cases[i].usd_low != USD_ANY &&
			 !near(m[0].usd_low, cases[i].usd_low))
			fail_msg("'%s': usd_low %g", in, m[0].usd_low);
		assert_int_equal(m[0].flags, cases[i].flags);
	}
	free(m);
}

static void test_many_in_order(void **state)
{
	(void)state;
	const char *in = "10 rmb 20 usd, then $ 20,000.00 $ 37,305.97";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 4);
	assert_string_equal(m[0].currency, "CNY");
	assert_string_equal(m[1].currency, "USD");
	assert_true(near(m[3].value, 37305.97));
	assert_true(m[0].start < m[1].start && m[2].start < m[3].start);
	free(m);
}

/* After a rupee amount, a figure in lakh or crore that ends its phrase is
 * rupees; one that counts something is not. */
static void test_lakh_after_rupees(void **state)
{
	(void)state;
	const char *in = "The hatchback now costs Rs 9,500 more, starting at "
			 "6.25 lakh, and the firm bought 2.1 crore shares.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 2);
	assert_string_equal(m[1].currency, "INR");
	assert_true(near(m[1].value, 625000));
	free(m);
	m = NULL;
	cap = 0;
	const char *alone = "prices start at 6.25 lakh.";
	n = money_scan(gaz_money(g), alone, strlen(alone), &m, 0, &cap);
	assert_int_equal(n, 0);
	free(m);
}

/* After a word of change, "X to Y" is where the change ended: two sums,
 * the level in the change's currency; without one, or when the first
 * figure has no currency of its own, a range. */
static void test_change_to_level(void **state)
{
	(void)state;
	const char *in = "Reserves rose by 9.4 mln francs to 33.12 billion. "
			 "Deposits fell 4.64 billion Swiss francs to 7.88 "
			 "billion. Hogs were up 0.50 to 1.00 dlr, and shares "
			 "ranged from $13.75 to $16.25.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 6);
	assert_true(near(m[0].value, 9.4e6) && !(m[0].flags & MONEY_RANGE));
	assert_true(near(m[1].value, 33.12e9));
	assert_string_equal(m[1].currency, m[0].currency);
	assert_true(near(m[2].value, 4.64e9));
	assert_true(near(m[3].value, 7.88e9));
	assert_string_equal(m[3].currency, "CHF");
	assert_true(m[4].flags & MONEY_RANGE);
	assert_true(near(m[4].low, 0.5) && near(m[4].high, 1.0));
	assert_true(m[5].flags & MONEY_RANGE);
	assert_true(near(m[5].low, 13.75) && near(m[5].high, 16.25));
	free(m);
}

/* Share prices' words of change ("dipped", "slid", "tumbled", "firmed")
 * are words of change too: "dipped 33p to 3,275" is a fall and a level,
 * no range. */
static void test_price_move_words(void **state)
{
	(void)state;
	const char *in = "Unilever dipped 33p to 3,275 in a depressed market "
			 "and Reed slid 12p to 564p.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_true(n >= 1);
	for (size_t i = 0; i < n; i++)
		assert_false(m[i].flags & MONEY_RANGE);
	assert_true(near(m[0].value, 0.33));
	free(m);
}

/* "rose fivefold, from X to Y": a word of change a few words before
 * "from" makes the two figures two sums, as after "rose by". */
static void test_change_from_to(void **state)
{
	(void)state;
	const char *in = "Sales rose sharply, from 412 mln dlrs to 2.1 billion, "
			 "and costs grew from 90 mln dlrs to 1.2 billion. "
			 "Bids ranged from 40 mln dlrs to 60 mln dlrs.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 5);
	assert_true(near(m[0].value, 412e6) && !(m[0].flags & MONEY_RANGE));
	assert_true(near(m[1].value, 2.1e9));
	assert_true(near(m[2].value, 90e6) && !(m[2].flags & MONEY_RANGE));
	assert_true(near(m[3].value, 1.2e9));
	assert_true(m[4].flags & MONEY_RANGE);
	assert_true(near(m[4].low, 40e6) && near(m[4].high, 60e6));
	free(m);
}

/* A country's word after dollars says whose they are ("dlrs U.S.",
 * "dlrs (Canadian)"), unless it is the next noun's ("a 170 billion dlr U.S.
 * trade deficit"); the European currency unit is a currency. */
static void test_dollars_whose(void **state)
{
	(void)state;
	const char *in = "The line was cut to two billion dlrs U.S. from 2.5 "
			 "billion dlrs U.S. The offer is 28 dlrs (Canadian) a "
			 "share. A 90 billion dlr U.S. trade gap. The bank lent "
			 "45 mln European Currency Units and 12 mln Ecus.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 6);
	assert_string_equal(m[0].currency, "USD");
	assert_int_equal(m[0].generic, MONEY_NAMED);
	assert_int_equal(m[1].generic, MONEY_NAMED);
	assert_true(near(m[1].value, 2.5e9));
	assert_string_equal(m[2].currency, "CAD");
	assert_true(m[2].flags & MONEY_PER_SHARE);
	assert_int_equal(m[3].generic, MONEY_DOLLAR);
	assert_string_equal(m[4].currency, "XEU");
	assert_true(near(m[4].value, 45e6));
	assert_string_equal(m[5].currency, "XEU");
	free(m);
}

/* A "$" amount the words after it name: "$130 million USD", a bracket's
 * country ("$11.4 billion (U.S.)", "$65.50 (Cdn.)"); not a country word
 * with no bracket ("$5 billion U.S. deficit"); "zl" written for the
 * zloty's "zł" before a scaled sum (not a model's "ZL1"). */
static void test_sign_named_after(void **state)
{
	(void)state;
	const char *in = "A $130 million USD round. A deal worth $11.4 "
			 "billion (U.S.). Holders get $65.50 (Cdn.) a share. "
			 "A $5 billion U.S. deficit. A deal worth zl6.15bn. "
			 "Camaro ZL1 cars and the ZL 550 engine.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 5);
	assert_string_equal(m[0].currency, "USD");
	assert_int_equal(m[0].generic, MONEY_NAMED);
	assert_true(near(m[0].value, 130e6));
	assert_string_equal(m[1].currency, "USD");
	assert_int_equal(m[1].generic, MONEY_NAMED);
	assert_string_equal(m[2].currency, "CAD");
	assert_int_equal(m[2].generic, MONEY_NAMED);
	assert_true(m[2].flags & MONEY_PER_SHARE);
	assert_int_equal(m[3].generic, MONEY_DOLLAR);
	assert_string_equal(m[4].currency, "PLN");
	assert_true(near(m[4].value, 6.15e9));
	free(m);
}

/* Units the table had no form of: Jordan's "JD" before a scaled sum,
 * Peru's "S/", Ghana's "GH¢" and cedis, West Africa's "FCFA"; the French
 * "milliards" and the Spanish "billones" (a million millions). */
static void test_more_unit_forms(void **state)
{
	(void)state;
	const char *in = "It paid JD266 million. InRetail paid S/ 4,000 "
			 "millones. It is worth GH¢16 billion, or 12 million "
			 "cedis, and 500 milliards FCFA. The loan is €2,4 "
			 "billones. JD618 sales.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 6);
	assert_string_equal(m[0].currency, "JOD");
	assert_true(near(m[0].value, 266e6));
	assert_string_equal(m[1].currency, "PEN");
	assert_true(near(m[1].value, 4e9));
	assert_string_equal(m[2].currency, "GHS");
	assert_true(near(m[2].value, 16e9));
	assert_string_equal(m[3].currency, "GHS");
	assert_string_equal(m[4].currency, "XOF");
	assert_true(near(m[4].value, 500e9));
	assert_string_equal(m[5].currency, "EUR");
	assert_true(near(m[5].value, 2.4e12));
	free(m);
}

/* A scale word of a language that writes thousands with a stop: "US$1.500
 * millones" is 1,500 million, "Rp 1.200 triliun" 1,200 trillion; "$1.700
 * million" in English keeps its decimal stop. */
static void test_stop_thousands_scale(void **state)
{
	(void)state;
	const char *in = "It pays US$1.500 millones. The bank is worth "
			 "Rp 1.200 triliun. It paid $1.700 million and R$ 2,17 "
			 "bilhões.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 4);
	assert_true(near(m[0].value, 1.5e9));
	assert_string_equal(m[1].currency, "IDR");
	assert_true(near(m[1].value, 1.2e15));
	assert_true(near(m[2].value, 1.7e6));
	assert_string_equal(m[3].currency, "BRL");
	assert_true(near(m[3].value, 2.17e9));
	free(m);
}

/* The Brazilian press's short scales: "R$ 2,17 bi", "US$ 220 mi", "R$ 1
 * tri"; a distance in miles is no sum. */
static void test_brazilian_short_scales(void **state)
{
	(void)state;
	const char *in = "Negocio de R$ 2,17 bi. Capta US$ 220 mi. Plano de R$ "
			 "1 tri. It ran 5 mi.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 3);
	assert_string_equal(m[0].currency, "BRL");
	assert_true(near(m[0].value, 2.17e9));
	assert_string_equal(m[1].currency, "USD");
	assert_true(near(m[1].value, 220e6));
	assert_true(near(m[2].value, 1e12));
	free(m);
}

/* The largest scale the dong and the rupiah need: "VNĐ1.7 quadrillion" is
 * 1.7 million billion, not 1.7 dong. */
static void test_quadrillion_scale(void **state)
{
	(void)state;
	const char *in = "The line will cost VNĐ1.7 quadrillion. A plan of "
			 "Rp 2 quadrillion was shelved.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 2);
	assert_string_equal(m[0].currency, "VND");
	assert_true(near(m[0].value, 1.7e15));
	assert_string_equal(m[1].currency, "IDR");
	assert_true(near(m[1].value, 2e15));
	free(m);
}

/* A sum in U.S. dollars, then the same in a unit whose country the
 * story tells: "US$620 million (about 12,600 million pesos)" is one
 * amount; a bare "$" before it is not named and keeps the two apart. */
static void test_usd_then_local_unit(void **state)
{
	(void)state;
	const char *in = "It will pay US$620 million (about 12,600 million "
			 "pesos). It paid $5 million (80 million pesos).";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 3);
	assert_string_equal(m[0].currency, "USD");
	assert_true(near(m[0].value, 620e6));
	assert_int_equal((int)(m[0].end - m[0].start),
			 (int)strlen("US$620 million (about 12,600 million "
				     "pesos)"));
	free(m);
}

/* A form that needs a scale ("N137 billion", not "N95 masks") is money
 * without one when its thousands are grouped: "N70,000" a month. */
static void test_scaled_form_grouped_thousands(void **state)
{
	(void)state;
	const char *in = "Labour wants N70,000 a month. The N95 masks sold. "
			 "It cost N1,250,000 in all.";
	struct money *m = NULL;
	size_t cap = 0;
	size_t n = money_scan(gaz_money(g), in, strlen(in), &m, 0, &cap);
	assert_int_equal(n, 2);
	assert_string_equal(m[0].currency, "NGN");
	assert_true(near(m[0].value, 70000));
	assert_string_equal(m[1].currency, "NGN");
	assert_true(near(m[1].value, 1250000));
	free(m);
}

static void test_format(void **state)
{
	(void)state;
	static const struct {
		double usd;
		const char *out;
	} f[] = {
		{30e6, "$30M"}, {1.2e9, "$1.2B"}, {2.87e9, "$2.87B"},
		{950e3, "$950K"}, {12.5, "$12.50"}, {400, "$400"},
		{250e9, "$250B"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(f); i++) {
		struct buf b = BUF_INIT;
		money_format_usd(f[i].usd, &b);
		assert_string_equal(b.buf, f[i].out);
		buf_release(&b);
	}
}

/* "$" and `digits`, or "$" and digits then " billion" (with `scale`). */
static size_t scan_long(const char *digits, int scale, struct money **m,
			size_t *cap)
{
	struct buf b = BUF_INIT;
	buf_addf(&b, "paid $%s%s for it", digits, scale ? " billion" : "");
	size_t n = money_scan(gaz_money(g), b.buf, b.len, m, 0, cap);
	buf_release(&b);
	return n;
}

static void test_long_numbers(void **state)
{
	(void)state;
	struct money *m = NULL;
	size_t cap = 0;
	/* every digit counts: exactly what strtod reads, never cut short */
	struct buf d = BUF_INIT;
	buf_addch(&d, '1');
	for (int i = 0; i < 79; i++)
		buf_addch(&d, '0');
	assert_int_equal(scan_long(d.buf, 0, &m, &cap), 1);
	assert_true(m[0].value == 1e79);
	assert_true(m[0].usd == 1e79);
	buf_reset(&d);
	for (int i = 0; i < 10; i++)
		buf_addstr(&d, "123456789");
	buf_addstr(&d, ".5");
	assert_int_equal(scan_long(d.buf, 0, &m, &cap), 1);
	assert_true(m[0].value == strtod(d.buf, NULL));
	/* grouped: 1,000,...,000 with 30 groups is 1e90 */
	buf_reset(&d);
	buf_addch(&d, '1');
	for (int i = 0; i < 30; i++)
		buf_addstr(&d, ",000");
	assert_int_equal(scan_long(d.buf, 0, &m, &cap), 1);
	assert_true(m[0].value == 1e90);
	/* past what a double holds: no amount, not a smaller one */
	buf_reset(&d);
	for (int i = 0; i < 400; i++)
		buf_addch(&d, '9');
	assert_int_equal(scan_long(d.buf, 0, &m, &cap), 0);
	buf_reset(&d);
	buf_addch(&d, '1');
	for (int i = 0; i < 305; i++)
		buf_addch(&d, '0');
	assert_int_equal(scan_long(d.buf, 1, &m, &cap), 0);
	buf_release(&d);
	free(m);
}

static void test_table_api(void **state)
{
	(void)state;
	struct money_tab *t = money_tab_new();
	double r;
	assert_false(money_tab_rate(t, "XYZ", &r));
	money_tab_add_form(t, "zz", 2, "xyz", 1, MONEY_PRE);
	money_tab_set_rate(t, "xyz", 2);
	assert_true(money_tab_knows(t, "XYZ"));
	struct money *m = NULL;
	size_t cap = 0;
	assert_int_equal(money_scan(t, "ZZ 5 mln", 8, &m, 0, &cap), 1);
	assert_true(near(m[0].usd, 10e6));
	assert_int_equal(money_scan(t, "5 mln zz", 8, &m, 0, &cap), 0);
	free(m);
	money_tab_free(t);
}

/* A pre-scaled form makes money only before a scale word: "N137
 * billion", not "N95 masks" nor "N500 each". */
static void test_pre_scaled_form(void **state)
{
	(void)state;
	struct money_tab *t = money_tab_new();
	money_tab_add_form(t, "q", 1, "xyz", 1,
			   (enum money_where)(MONEY_PRE | MONEY_SCALED));
	money_tab_set_rate(t, "xyz", 2);
	struct money *m = NULL;
	size_t cap = 0;
	const char *a = "a loss of Q137 billion";
	assert_int_equal(money_scan(t, a, strlen(a), &m, 0, &cap), 1);
	assert_string_equal(m[0].currency, "XYZ");
	assert_true(near(m[0].value, 137e9));
	const char *b = "Q95 masks sold at Q500 each";
	assert_int_equal(money_scan(t, b, strlen(b), &m, 0, &cap), 0);
	free(m);
	money_tab_free(t);
}

/* A pre-glued form of two letters makes money only touching its number
 * and written with a capital: "QZ17.25", not "qz 5" nor "Qz 5". */
static void test_pre_glued_form(void **state)
{
	(void)state;
	struct money_tab *t = money_tab_new();
	money_tab_add_form(t, "qz", 2, "xyz", 1,
			   (enum money_where)(MONEY_PRE | MONEY_GLUED));
	money_tab_set_rate(t, "xyz", 2);
	struct money *m = NULL;
	size_t cap = 0;
	const char *a = "rose to QZ17.25 from Qz15";
	assert_int_equal(money_scan(t, a, strlen(a), &m, 0, &cap), 2);
	assert_string_equal(m[0].currency, "XYZ");
	assert_true(near(m[0].value, 17.25));
	const char *b = "qz 5 mai and Qz 6 and qz7";
	assert_int_equal(money_scan(t, b, strlen(b), &m, 0, &cap), 0);
	free(m);
	money_tab_free(t);
}

/* Not a range: a year before "to" ("raised at the start of 2024 to
 * 17,002 liras") and a change from one sum to another ("raise their
 * capital from Sh1 billion to Sh10 billion"); a raise of "6.5 to 7" and
 * "1,000 to 2,000" stay ranges. */
static void test_range_year_and_change(void **state)
{
	(void)state;
	struct money_tab *t = money_tab_new();
	money_tab_add_form(t, "zz", 2, "xyz", 1, MONEY_BOTH);
	money_tab_set_rate(t, "xyz", 2);
	struct money *m = NULL;
	size_t cap = 0;
	const char *a = "last raised at the start of 2024 to 17,002 zz";
	assert_int_equal(money_scan(t, a, strlen(a), &m, 0, &cap), 1);
	assert_false(m[0].flags & MONEY_RANGE);
	assert_true(near(m[0].value, 17002));
	const char *b = "must raise their minimum core capital from zz1 billion "
			"to zz10 billion";
	assert_int_equal(money_scan(t, b, strlen(b), &m, 0, &cap), 2);
	const char *c = "expected the sale to raise zz6.5 billion to zz7 billion";
	assert_int_equal(money_scan(t, c, strlen(c), &m, 0, &cap), 1);
	assert_true(m[0].flags & MONEY_RANGE);
	const char *d = "fees of 1,000 to 2,000 zz";
	assert_int_equal(money_scan(t, d, strlen(d), &m, 0, &cap), 1);
	assert_true(m[0].flags & MONEY_RANGE);
	/* (numbers of a year's size far apart only: "at a price of 1950
	 * to 2050 zz" is a range) */
	const char *e = "at a price of 1950 to 2050 zz per share";
	assert_int_equal(money_scan(t, e, strlen(e), &m, 0, &cap), 1);
	assert_true(m[0].flags & MONEY_RANGE);
	free(m);
	money_tab_free(t);
}

/* A story's year picks its rate; gaps, edges and undated stories. */
static void test_year_rates(void **state)
{
	(void)state;
	struct money_tab *t = money_tab_new();
	double r;
	money_tab_add_form(t, "zz", 2, "xyz", 1, MONEY_PRE);
	money_tab_set_rate(t, "xyz", 2);          /* the latest */
	assert_int_equal(money_tab_set_year_rate(t, "xyz", 1987, 3), 0);
	assert_int_equal(money_tab_set_year_rate(t, "xyz", 1990, 5), 0);
	assert_int_equal(money_tab_set_year_rate(t, "xyz", 1800, 5), -1);
	assert_true(money_tab_rate_in(t, "XYZ", 1987, &r) && r == 3);
	assert_true(money_tab_rate_in(t, "XYZ", 1989, &r) && r == 3); /* gap */
	assert_true(money_tab_rate_in(t, "XYZ", 1990, &r) && r == 5);
	assert_true(money_tab_rate_in(t, "XYZ", 1980, &r) && r == 3); /* before */
	assert_true(money_tab_rate_in(t, "XYZ", 2020, &r) && r == 2); /* after */
	assert_true(money_tab_rate_in(t, "XYZ", 0, &r) && r == 2);    /* undated */
	assert_true(money_tab_rate(t, "XYZ", &r) && r == 2);
	assert_false(money_tab_rate_in(t, "ABC", 1987, &r));
	/* yearly figures alone: the last year's is the latest */
	money_tab_set_year_rate(t, "abc", 1995, 7);
	money_tab_set_year_rate(t, "abc", 1998, 8);
	assert_true(money_tab_rate_in(t, "ABC", 0, &r) && r == 8);
	assert_true(money_tab_rate_in(t, "ABC", 2005, &r) && r == 8);
	assert_true(money_tab_rate_in(t, "ABC", 1996, &r) && r == 7);
	/* a latest rate alone holds from MONEY_LATEST_SINCE, or from its
	 * peg's first year; before it the sum has no USD worth; a US
	 * dollar is worth one in every year */
	money_tab_set_rate(t, "def", 0.5);
	assert_false(money_tab_rate_in(t, "DEF", 1987, &r));
	assert_true(money_tab_rate_in(t, "DEF", MONEY_LATEST_SINCE, &r) &&
		    r == 0.5);
	assert_true(money_tab_rate_in(t, "DEF", 0, &r) && r == 0.5);
	money_tab_set_rate_since(t, "ghi", 0.25, 1986);
	assert_false(money_tab_rate_in(t, "GHI", 1985, &r));
	assert_true(money_tab_rate_in(t, "GHI", 1987, &r) && r == 0.25);
	/* a new figure keeps the peg's year */
	money_tab_set_rate(t, "ghi", 0.3);
	assert_true(money_tab_rate_in(t, "GHI", 1987, &r) && r == 0.3);
	money_tab_set_rate(t, "usd", 1);
	assert_true(money_tab_rate_in(t, "USD", 1987, &r) && r == 1);
	/* the scanner converts at the year it is given, ranges too */
	struct money *m = NULL;
	size_t cap = 0;
	assert_int_equal(money_scan_in(t, 1987, "ZZ 5-6 mln", 10, &m, 0, &cap),
			 1);
	assert_true(near(m[0].usd, 16.5e6) && near(m[0].usd_low, 15e6) &&
		    near(m[0].usd_high, 18e6));
	assert_int_equal(money_scan_in(t, 0, "ZZ 5 mln", 8, &m, 0, &cap), 1);
	assert_true(near(m[0].usd, 10e6));
	free(m);
	money_tab_free(t);
}

int main(void)
{
	struct ds_err err = DS_ERR_INIT;
	if (gaz_load_bundled(&g, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_many_in_order),
		cmocka_unit_test(test_lakh_after_rupees),
		cmocka_unit_test(test_change_to_level),
		cmocka_unit_test(test_price_move_words),
		cmocka_unit_test(test_change_from_to),
		cmocka_unit_test(test_dollars_whose),
		cmocka_unit_test(test_sign_named_after),
		cmocka_unit_test(test_more_unit_forms),
		cmocka_unit_test(test_stop_thousands_scale),
		cmocka_unit_test(test_brazilian_short_scales),
		cmocka_unit_test(test_usd_then_local_unit),
		cmocka_unit_test(test_scaled_form_grouped_thousands),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_long_numbers),
		cmocka_unit_test(test_table_api),
		cmocka_unit_test(test_pre_scaled_form),
		cmocka_unit_test(test_pre_glued_form),
		cmocka_unit_test(test_range_year_and_change),
		cmocka_unit_test(test_year_rates),
		cmocka_unit_test(test_quadrillion_scale),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	gaz_free(g);
	return rc;
}
