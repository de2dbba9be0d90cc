/*
 * money.h - finding money amounts in text and normalising them to USD.
 *
 * Contract:
 *   - One recogniser serves both halves: the indexer reads "30 mln dlrs"
 *     in a story and the searcher reads ">$30M" in a query with this same
 *     code, so the two cannot drift apart.
 *   - What it knows about currencies comes from a table (struct money_tab)
 *     filled from data: how a currency is written (symbols, ISO codes,
 *     names; before or after the number) and what a unit is worth in USD.
 *     The gazetteer module loads corpus/gazetteers/currencies.tsv and
 *     rates.tsv into one.  Nothing about rates is compiled in.
 *   - An amount needs a number and a currency: "600 million consumers",
 *     "5.93 mln bags", "55 pct" and years are never amounts; nor is "one
 *     dollar" naming the currency ("7.80 to one U.S. dollar", "One dollar
 *     straight dealer").
 *   - Recognised by example:
 *         $30m, US$1.2 bln, HK$22.4 billion, 30 mln dlrs, 1.5 billion stg,
 *         Rs 35 lakh, ₹1.6 lakh crore (1.6e12: a lakh or a thousand
 *         of crores), 12,34,567.89 rupees, EUR 125, 115USD, 30 MUSD,
 *         ₦104 billion (NGN), E£11.8 billion (EGP),
 *         five million yen, half a million, three quarters billion,
 *         3 dollars 50 cents (3.50), 50 cents (0.50 USD),
 *         $30-40 million, between $10m and $20m, six to seven billion
 *         baht, 1.5 billion to two billion dlrs, 21 or 22 dlrs (ranges,
 *         the high end at most 1,000 times the low; not "1987/88 to
 *         four billion stg", a fiscal year's tail; after a
 *         word of change, "rose by 9.4 mln francs to 33.12 billion" is two
 *         sums, the second in the first's currency),
 *         HK$22.4 billion ($2.87 billion USD)  (one amount; the stated USD
 *                                               wins over the rate table),
 *         $45 a share, 12.50 dlrs a share       (flagged MONEY_PER_SHARE),
 *         4,050 yen apiece, P2.9 each, 180p-a-share, 888 pence per
 *         Shaftesbury share (per share: "each" and "apiece" only after
 *         an amount without a scale word; "$5 million each" is not),
 *         P5.6 billion (PHP), Bt97.6 billion (THB), Dh1 billion (AED),
 *         N825 per litre (NGN: "N" needs a scale word, a unit's price
 *         after it or thousands grouped by commas, "N70,000", so "N95
 *         masks" is none),
 *         R7,2 billion (ZAR: a comma before 1 or 2 digits that end the
 *         number is a decimal point), $799.998.502 and 1.234.567,89
 *         (two stops or more between groups of three digits are
 *         thousands), Rp 3.118 (one stop before three digits, in a
 *         currency whose sums are whole in use: IDR, VND, CLP, COP, PYG,
 *         UGX, TZS, IRR, KRW, or before a scale word of a language that
 *         writes thousands so: US$1.500 millones, Rp 1.200 triliun),
 *         R$ 2,1 bilhões, R$ 2,17 bi, $ 1,1 miliar, 1,3
 *         miljarder (scale words of an outlet's own language: Portuguese,
 *         Spanish, Indonesian, Scandinavian, German "Mrd"), KSh 17 billion, $US132, $S210
 *         million, US$200-million and 4.4-billion-pound (a hyphenated
 *         scale), INR 913.7 Cr, 15-3/4 dlrs and 179½p (fractions),
 *         1.7733/38 marks (a dealer's two-way quote: its first figure),
 *         S$47.9 million (US$35.3 million), 12.9 billion baht, or about
 *         $400 million, and EUR925m ($1bn; £694m): one amount, the stated
 *         USD its usd, the other figures part of it (after a unit that
 *         names the U.S. dollar, a bracket's unit of no country too: "US$620
 *         million (about 12,600 million pesos)"); so are words about
 *         the rate inside the bracket ("$500 million (Rs 3,571 crore at
 *         current exchange rate)") and the other dollar in brackets
 *         ("$US23 billion ($29.6 billion)"; "$29.6 billion (US$23
 *         billion)" has usd 23 billion), and a sign typed twice
 *         ("S$$47.9 million").  After a rupee amount, a figure in lakh
 *         or crore with no currency that ends its phrase is rupees too
 *         ("Rs 14,000 more, with prices beginning at 10.86 lakh"; not
 *         "3.68 crore shares").
 *   - A scale after a currency written after the number counts ("75 USD
 *     million", "135 dlrs mln"), unless written in capitals after a
 *     currency in lower case: "4.20 dlrs BIL" is 4.20 dlrs (BIL being a
 *     company's initials).
 *   - A number is read with all its digits, never cut short; an amount
 *     too large for a double (some 309 digits, or 1e300 "billion") is not
 *     an amount.
 *   - usd, usd_low and usd_high are NAN when no rate is known for the
 *     currency (or the currency is ambiguous, like bare "pesos"): never a
 *     guess.  The one exception is the text's own figure: "4 dinars ($9)"
 *     has no currency but usd 9, flagged MONEY_USD_STATED.
 *   - Depends on buf.h only.  Not thread-safe per table while it is being
 *     filled; scanning only reads the table.
 */
#ifndef DS_MONEY_H
#define DS_MONEY_H

#include <stddef.h>

#include "buf.h"

enum money_where {
	MONEY_PRE = 1,   /* written before the number: "$5", "EUR 5" */
	MONEY_POST = 2,  /* after it: "5 dollars", "5 yen" */
	MONEY_BOTH = 3,
	/* with MONEY_PRE, a form that makes money only before a scale
	 * word: "N137 billion" (naira), not "N95 masks" */
	MONEY_SCALED = 4,
	/* with MONEY_PRE, a form that makes money only touching its number
	 * and written with a capital: "LE17.25" (Egyptian pounds), not
	 * "le 5 mai" */
	MONEY_GLUED = 8,
};

enum money_flags {
	MONEY_RANGE = 1,       /* low..high, as "$30-40 million" */
	MONEY_PER_SHARE = 2,   /* a price per share, not a deal size */
	MONEY_USD_STATED = 4,  /* the text gave the USD figure itself */
};

/*
 * Whether the unit written says whose it is: "US$", "yen", "Swiss francs"
 * do; "$", "dlrs", "cents" are the dollar of whichever country the story
 * is about, "francs", "crowns", "pesos", "rupees" ("Rs"), "lira", East
 * Africa's "shillings" ("Sh"), the Arab states' and the Balkans'
 * "dinars", and the Gulf's and Morocco's "dirhams" ("Dh", "DH")
 * likewise.  The currency given for them is
 * the table's (USD for "$"); a reader who knows the story's country may
 * know better (the amounts stage reads the dateline).
 */
enum money_generic {
	MONEY_NAMED = 0,
	MONEY_DOLLAR = 1,
	MONEY_FRANC = 2,
	MONEY_CROWN = 3,
	MONEY_PESO = 4,
	MONEY_RUPEE = 5,
	MONEY_LIRA = 6,
	MONEY_SHILLING = 7,
	MONEY_DINAR = 8,
	MONEY_DIRHAM = 9,
};

/* One amount found in text.  Values are in units of `currency`. */
struct money {
	size_t start, end;     /* byte span in the scanned text */
	double value;          /* the amount; a range's midpoint */
	double low, high;      /* == value unless MONEY_RANGE */
	char currency[4];      /* ISO 4217 code ("BTC" for bitcoin), or ""
				  when the currency is ambiguous */
	double usd, usd_low, usd_high; /* in US dollars, NAN when unknown */
	unsigned flags;        /* enum money_flags */
	double scale;          /* the scale word's worth ("million" 1e6), 1
				  when none: "4,050 yen" is a price, not a
				  deal size */
	unsigned char generic; /* enum money_generic of the unit written */
};

struct money_tab;

struct money_tab *money_tab_new(void);
void money_tab_free(struct money_tab *t);

/*
 * Teach the table a written form: `form` ("HK$", "mln dlrs" is not a form:
 * "dlrs" is; "swiss francs") means `factor` units of `code` ("" for an
 * ambiguous currency), written where `where` says.  Forms are matched
 * case-insensitively, token by token, so "US $" and "us$" are one form.
 * A later form replaces an earlier identical one.
 */
void money_tab_add_form(struct money_tab *t, const char *form, size_t len,
			const char *code, double factor, enum money_where where);

/*
 * Rates come in two kinds.  The latest rate of a currency (rates.tsv) is
 * what an undated amount and a query's amount are worth.  A year's
 * average rate (yearly_rates.tsv) is what an amount in a story of that
 * year is worth: a 1987 story's "100 mln stg" is 164 mln dlrs, not what
 * 100 mln stg buy today.  For a story's year the table answers with, in
 * order: that year's figure; the nearest earlier year's when the year
 * has none (a gap); the first year's when the year is before every
 * figure (a euro amount in a 1990 story); the latest rate when the year
 * is after every figure (or, with no latest rate, the last year's).  A
 * currency with a latest rate and no yearly figure is worth its latest
 * rate only in a story of MONEY_LATEST_SINCE or later, or of its peg's
 * first year or later (rates.tsv's `since`): an older story's sum in it
 * has no USD worth (a 1987 story's roubles or forints are not worth what
 * they are worth today, by factors of 8 to 150).  US dollars are worth
 * one in every year.
 */
#define MONEY_YEAR_MIN 1900
#define MONEY_LATEST_SINCE 2015
#define MONEY_YEAR_MAX 2199

/* Set the latest worth of one unit of `code` in USD (> 0), holding from
 * MONEY_LATEST_SINCE on, or from the year a rate set before held from. */
void money_tab_set_rate(struct money_tab *t, const char *code, double usd);

/* The same, holding from `since` on: a peg's first year ("SAR 0.2667
 * since 1987": the Saudi riyal's 3.75 to the dollar). */
void money_tab_set_rate_since(struct money_tab *t, const char *code,
			      double usd, int since);

/* Set its average worth in `year`; -1 when the year is out of range. */
int money_tab_set_year_rate(struct money_tab *t, const char *code, int year,
			    double usd);

/* 1 with the latest USD per unit of `code` in *usd, 0 when unknown. */
int money_tab_rate(const struct money_tab *t, const char *code, double *usd);

/* 1 with the USD per unit of `code` in `year` (0: the latest), as above. */
int money_tab_rate_in(const struct money_tab *t, const char *code, int year,
		      double *usd);

/* 1 when `code` is a currency the table knows a form or rate of. */
int money_tab_knows(const struct money_tab *t, const char *code);

/*
 * Find every amount in text[0..len), in order.  Appends to *out (an array
 * grown with xrealloc, *cap its capacity; caller frees) and returns how many
 * amounts *out holds after the call (`n` before it).
 */
size_t money_scan(const struct money_tab *t, const char *text, size_t len,
		  struct money **out, size_t n, size_t *cap);

/* The same, with USD at the rates of `year` (0: the latest rates). */
size_t money_scan_in(const struct money_tab *t, int year, const char *text,
		     size_t len, struct money **out, size_t n, size_t *cap);

/*
 * Format `usd` compactly for people ("$30M", "$1.2B", "$950K", "$12.50").
 * Appends to out.
 */
void money_format_usd(double usd, struct buf *out);

#endif /* DS_MONEY_H */
