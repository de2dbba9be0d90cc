/*
 * amounts.c - the amounts stage (stages.h): every amount of money the
 * article states outside boilerplate (money.h), once, and its kind: the
 * nearest cue word decides ("acquired ... for $1 billion" is a deal,
 * "raised $55 million" funding); a price without a scale word beside
 * "share" or "stock" is per-share ("offered 8,800 yen for each share").
 *
 * Once: a headline's amount repeated in the body (same currency, same
 * value) is one amount, where it first stands.  The currency of a unit
 * that names no country ("dlrs", "cents", "francs", "crowns") is the
 * dateline's when the dateline is in a country whose unit that is (a
 * Toronto story's "dlrs" are Canadian); a bare "$" only in Australia, New
 * Zealand and Canada, where news writes the local dollar so.  Else a
 * unit other than the dollar is the one the story named in full before
 * ("64.5 mln Swiss francs ... a dividend of 33 francs"), or that of the
 * country the story names most.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "stages.h"

static const struct {
	const char *stem;
	enum ex_amount_kind kind;
} cues[] = {
	{"acquir", AMOUNT_DEAL}, {"acquisit", AMOUNT_DEAL},
	{"buy", AMOUNT_DEAL}, {"bought", AMOUNT_DEAL},
	{"purchas", AMOUNT_DEAL}, {"takeov", AMOUNT_DEAL},
	{"merger", AMOUNT_DEAL}, {"merg", AMOUNT_DEAL}, {"deal", AMOUNT_DEAL},
	{"offer", AMOUNT_DEAL}, {"bid", AMOUNT_DEAL}, {"sell", AMOUNT_DEAL},
	{"sold", AMOUNT_DEAL}, {"stake", AMOUNT_DEAL},
	{"invest", AMOUNT_DEAL}, {"transact", AMOUNT_DEAL},
	{"paid", AMOUNT_DEAL}, {"pay", AMOUNT_DEAL}, {"price", AMOUNT_DEAL},
	{"worth", AMOUNT_DEAL}, {"valu", AMOUNT_DEAL},
	{"consider", AMOUNT_DEAL}, {"tender", AMOUNT_DEAL},
	{"rais", AMOUNT_FUNDING}, {"fund", AMOUNT_FUNDING},
	{"round", AMOUNT_FUNDING}, {"seri", AMOUNT_FUNDING},
	{"seed", AMOUNT_FUNDING}, {"ventur", AMOUNT_FUNDING},
	{"financ", AMOUNT_FUNDING}, {"backer", AMOUNT_FUNDING},
	{"valuat", AMOUNT_VALUATION}, {"capitalis", AMOUNT_VALUATION},
	{"capitaliz", AMOUNT_VALUATION}, {"unicorn", AMOUNT_VALUATION},
	{"economi", AMOUNT_MARKET}, {"vertic", AMOUNT_MARKET},
	{"market", AMOUNT_MARKET},
	/* an economy's gross merchandise value: "US$174 billion in GMV" */
	{"gmv", AMOUNT_MARKET},
	{"revenu", AMOUNT_OTHER}, {"sale", AMOUNT_OTHER},
	{"profit", AMOUNT_OTHER}, {"loss", AMOUNT_OTHER},
	{"earn", AMOUNT_OTHER}, {"net", AMOUNT_OTHER},
	{"incom", AMOUNT_OTHER}, {"asset", AMOUNT_OTHER},
	{"debt", AMOUNT_OTHER}, {"bond", AMOUNT_OTHER},
	{"note", AMOUNT_OTHER}, {"loan", AMOUNT_OTHER},
	{"dividend", AMOUNT_OTHER}, {"expenditur", AMOUNT_OTHER},
	{"spend", AMOUNT_OTHER}, {"budget", AMOUNT_OTHER},
	{"cost", AMOUNT_OTHER}, {"fine", AMOUNT_OTHER},
	{"contract", AMOUNT_OTHER}, {"export", AMOUNT_OTHER},
	{"import", AMOUNT_OTHER}, {"charg", AMOUNT_OTHER},
	{"reserv", AMOUNT_OTHER}, {"salari", AMOUNT_OTHER},
	{"turnov", AMOUNT_OTHER},
	{"shr", AMOUNT_PER_SHARE}, {"capit", AMOUNT_OTHER},
	{"damag", AMOUNT_OTHER}, {"tax", AMOUNT_OTHER},
	{"deficit", AMOUNT_OTHER}, {"surplus", AMOUNT_OTHER},
	{"credit", AMOUNT_OTHER}, {"subsidi", AMOUNT_OTHER},
	{"rebat", AMOUNT_OTHER}, {"receipt", AMOUNT_OTHER},
	{"div", AMOUNT_OTHER}, {"debentur", AMOUNT_OTHER},
	{"eurobond", AMOUNT_OTHER}, {"issu", AMOUNT_OTHER},
	{"expens", AMOUNT_OTHER}, {"order", AMOUNT_OTHER},
	{"deposit", AMOUNT_OTHER}, {"fortun", AMOUNT_OTHER},
	{"borrow", AMOUNT_OTHER},
	/* "an after tax gain of 250 mln dlrs from the sale of WOR TV", "a
	 * 1.6 billion dlr ... buyback" */
	{"gain", AMOUNT_OTHER}, {"buyback", AMOUNT_OTHER},
	/* "A one billion dlr lawsuit pushed Hughes Tool" */
	{"lawsuit", AMOUNT_OTHER}, {"suit", AMOUNT_OTHER},
	/* "110 to 130 mln dlrs in savings if the companies were
	 * combined", "synergies of around 600 million euros" */
	{"save", AMOUNT_OTHER}, {"synergi", AMOUNT_OTHER},
	/* "a break-up fee of 200 million euros", "a $300-million
	 * termination fee": what a deal's end costs, no price */
	{"fee", AMOUNT_OTHER},
	/* "to pay up to $10.9 billion to settle Roundup cancer claims", "a
	 * settlement of two to five billion dlrs": a court's or a claim's
	 * money */
	{"settl", AMOUNT_OTHER},
};

/* Words that can make an amount without a digit ("half a million"). */
static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
	"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
	"thousand", "million", "billion", "trillion", "half", "quarter",
	"lakh", "crore",
};

/* Whether paragraph p can hold an amount: a digit or a number word. */
static int may_hold_money(const struct doc *doc, const struct doc_para *p)
{
	for (size_t k = p->start; k < p->end; k++)
		if (isdigit((unsigned char)doc->text.buf[k]))
			return 1;
	for (uint32_t s = p->s0; s < p->s1; s++)
		for (uint32_t i = doc->sent[s].t0; i < doc->sent[s].t1; i++)
			if (doc->tok[i].wcls & DOC_W_NUMBER)
				return 1;
	return 0;
}

static int cue_of(const struct doc *doc, size_t i)
{
	return doc_amount_cue(doc->tok[i].scls);
}

void amounts_lexicon(struct doc *doc)
{
	for (size_t i = 0; i < ARRAY_SIZE(number_words); i++)
		doc_lexicon_word(doc, number_words[i], DOC_W_NUMBER);
	for (size_t c = 0; c < ARRAY_SIZE(cues); c++)
		doc_lexicon_stem(doc, cues[c].stem,
				 doc_cls_amount_cue(cues[c].kind));
}

/* How far a cue may stand from the amount, in words. */
#define CUE_BEFORE 20
#define CUE_AFTER 6
/* How far before an amount "buy back" or "buyback" makes it the price of
 * a company's own shares, in tokens. */
#define BUYBACK_WORDS 12

/* Deal cues among tokens [t0, t1), joined forms left out. */
static int cue_at(const struct doc *doc, const struct doc_sent *st,
		  size_t k);

static size_t deal_cues(const struct doc *doc, const struct doc_sent *st,
			size_t t0, size_t t1)
{
	size_t n = 0;
	for (size_t k = t0; k < t1; k++)
		n += !(doc->tok[k].flags & ANA_JOINED) &&
		     cue_at(doc, st, k) == AMOUNT_DEAL;
	return n;
}

/*
 * The kind of an amount: the nearest cue within CUE_BEFORE words before
 * or CUE_AFTER after; without one, "deal" when the sentence has a deal cue
 * anywhere outside the amount.  `cache` keeps the deal cues of the last
 * sentence counted (amounts come in text order), so a long sentence of
 * many amounts is read once, not once per amount.
 */
/* How far "share" may stand from a price, in words. */
#define PRICE_BEFORE 8
#define PRICE_AFTER 6
/* The most a share's price is, in USD (or in an unknown currency). */
#define PRICE_MAX_USD 5000.0
#define PRICE_MAX_UNITS 1e6

static int share_word(const char *w)
{
	return !strcmp(w, "share") || !strcmp(w, "shares") ||
	       !strcmp(w, "stock") || !strcmp(w, "shr") ||
	       !strcmp(w, "apiece") || !strcmp(w, "pershare");
}

/*
 * A share's price: no scale word, a small sum, and "share" or "stock"
 * within PRICE_BEFORE words before it or PRICE_AFTER after ("shares
 * closed at 3,460 yen", "2.19 dlrs cumulative preference shares"), not
 * across a number of shares ("sold 42,800 shares for 500,000 dlrs" has
 * the sum too big anyway).
 */
/* How far after a sum "for each ... share" may stand. */
#define PRICE_EACH_AFTER 16

static int word_in(const char *w, const char *const *list, size_t n);

static int is_price(const struct doc *doc, const struct money *m, size_t t0,
		    size_t t1)
{
	if (m->scale > 1 || (m->flags & MONEY_RANGE && m->high > m->low * 3))
		return 0;
	if (!isnan(m->usd) ? m->usd > PRICE_MAX_USD :
			     m->value > PRICE_MAX_UNITS)
		return 0;
	const struct doc_sent *st = &doc->sent[doc->tok[t0].sent];
	size_t d = 0;
	for (long k = (long)t0 - 1; k >= (long)st->t0 && d < PRICE_BEFORE;
	     k--, d++)
		if (share_word(doc_word(doc, (size_t)k)))
			return 1;
	d = 0;
	for (size_t k = t1; k < st->t1 && d < PRICE_AFTER; k++, d++)
		if (share_word(doc_word(doc, k)))
			return 1;
	/* "will receive $26.79 in cash and 0.0776 of a Salesforce share
	 * for each Slack share": what each share is paid */
	d = 0;
	for (size_t k = t1; k + 1 < st->t1 && d < PRICE_EACH_AFTER; k++, d++)
		if (!strcmp(doc_word(doc, k), "for") &&
		    !strcmp(doc_word(doc, k + 1), "each"))
			for (size_t j = k + 2; j < st->t1 && j < k + 5; j++)
				if (share_word(doc_word(doc, j)))
					return 1;
	/* a sentence about shares, the sum where they went ("Shares of
	 * Kestrel Electronics jumped 6.8 percent to close at 70,400 won",
	 * "Shares of Tata Motors had jumped as much as 7% earlier in the
	 * day to Rs 183.85") */
	/* (past "a record", "a high of", "an all-time high of": "jumped
	 * as much as 8.3 percent to a record HK$283.4") */
	size_t at = t0;
	static const char *const records[] = {"record", "high", "low", "of",
					      "a", "an", "all-time", "new"};
	for (int n = 0; n < 4 && at > st->t0 &&
	     word_in(doc_word(doc, at - 1), records, ARRAY_SIZE(records));
	     n++)
		at--;
	if (at > st->t0 && (!strcmp(doc_word(doc, at - 1), "at") ||
			    !strcmp(doc_word(doc, at - 1), "to")))
		for (size_t k = st->t0; k < st->t0 + 4 && k < at; k++)
			if (!strcmp(doc_word(doc, k), "shares") ||
			    !strcmp(doc_word(doc, k), "stock"))
				return 1;
	return 0;
}

struct cue_count {
	size_t sent;               /* sentence counted, or SIZE_MAX */
	size_t n;                  /* its deal cues */
	int shares;                /* story_has_shares(), or -1 not yet read */
};

/* A sum without a scale word small enough to be a price, not a deal's. */
static int small_sum(const struct money *m)
{
	if (m->scale > 1 || (m->flags & MONEY_RANGE && m->high > m->low * 3))
		return 0;
	return !isnan(m->usd) ? m->usd <= PRICE_MAX_USD :
				m->value <= PRICE_MAX_UNITS;
}

/* "div", "dividend", "dividends" */
static int dividend_word(const char *w)
{
	return !strcmp(w, "div") || !strcmp(w, "divs") ||
	       !strncmp(w, "dividend", 8);
}

/* What a price is for that is no share: "50 cts a barrel", "$90 a year". */
static int unit_word(const char *w)
{
	static const char *const units[] = {
		"barrel", "bbl", "pound", "lb", "tonne", "ton", "kilo",
		"kg", "kilogram", "gallon", "litre", "liter", "ounce", "oz",
		"bushel", "year", "month", "week", "day", "hour", "head",
		"unit", "seat", "car", "vehicle", "night", "carat", "annum",
		/* "2,180 francs per bond": a security's price, no share's */
		"bond", "debenture", "certificate", "btu", "mmbtu",
		"mcf", "acre", "hectare", "kwh",
	};
	size_t n = strlen(w);
	for (size_t i = 0; i < ARRAY_SIZE(units); i++) {
		size_t u = strlen(units[i]);
		if (!strncmp(w, units[i], u) &&
		    (n == u || (n == u + 1 && w[u] == 's')))
			return 1;
	}
	return 0;
}

/* The amount is a price of a unit of goods or time ("212 dlrs a tonne"). */
static int per_unit(const struct doc *doc, const struct money *m, size_t t1)
{
	const char *text = doc->text.buf;
	if (m->end < doc->text.len && text[m->end] == '/' &&
	    t1 < doc->ntok && doc->tok[t1].start == m->end + 1)
		return unit_word(doc_word(doc, t1));  /* "17.50 dlrs/bbl" */
	if (t1 + 1 >= doc->ntok ||
	    doc->tok[t1].sent != doc->tok[t1 + 1].sent)
		return 0;
	const char *w = doc_word(doc, t1);
	/* "1.60 euros a year earlier": a time, no rate */
	if (t1 + 2 < doc->ntok && doc->tok[t1 + 2].sent == doc->tok[t1].sent &&
	    (!strcmp(doc_word(doc, t1 + 2), "earlier") ||
	     !strcmp(doc_word(doc, t1 + 2), "ago") ||
	     !strcmp(doc_word(doc, t1 + 2), "before")))
		return 0;
	/* "650 dlrs per 1,000 dlr face value", "1.96 dlrs per mln Btu",
	 * "one Ecu per 100 kilos": a rate of a quantity */
	/* (a "quarter" or a "half" is a time: "25 cts per quarter") */
	if (!strcmp(w, "per") && (doc->tok[t1 + 1].digit ||
				  !strcmp(doc_word(doc, t1 + 1), "mln") ||
				  ((doc->tok[t1 + 1].wcls & DOC_W_NUMBER) &&
				   strcmp(doc_word(doc, t1 + 1), "quarter") &&
				   strcmp(doc_word(doc, t1 + 1), "half")))) {
		/* (not "363 dlrs per 4.75 dlrs convertible preferred
		 * share") */
		size_t k = t1 + 1;
		for (int n = 0; k < doc->ntok && n < 6 &&
		     doc->tok[k].sent == doc->tok[t1].sent; n++, k++)
			if (!strncmp(doc_word(doc, k), "share", 5))
				return 0;
		return 1;
	}
	if (!(!strcmp(w, "a") || !strcmp(w, "an") || !strcmp(w, "per")))
		return 0;
	/* "138.25 dlrs per long ton", "a metric tonne", "a troy ounce" */
	static const char *const measures[] = {"long", "short", "metric",
					       "troy", "square", "cubic"};
	size_t u = t1 + 1;
	if (u + 1 < doc->ntok && doc->tok[u + 1].sent == doc->tok[t1].sent &&
	    word_in(doc_word(doc, u), measures, ARRAY_SIZE(measures)))
		u++;
	return unit_word(doc_word(doc, u));
}

/* Whether the bid at token k is an auction's: "the lowest accepted bid",
 * "the average bid", "bids at 92.950". */
static int auction_bid(const struct doc *doc, const struct doc_sent *st,
		       size_t k)
{
	static const char *const kinds[] = {
		"accepted", "lowest", "highest", "average", "competitive",
		"noncompetitive", "non-competitive",
	};
	long p = doc_prev(doc, k);
	size_t n = doc_next(doc, k);
	return (p >= (long)st->t0 &&
		doc_word_in(doc, (size_t)p, kinds, ARRAY_SIZE(kinds))) ||
	       (n < st->t1 && (doc_word_is(doc, n, "at") ||
			       doc_word_is(doc, n, "price")));
}

/*
 * Whether sentence st prices debt securities and speaks of no shares:
 * "Tenders were accepted for 2.55 billion dlrs of 91-day bills at an
 * average price of 98.296 dlrs": its small sums are the securities'
 * prices, none a share's.
 */
static int securities_priced(const struct doc *doc, const struct doc_sent *st)
{
	static const char *const papers[] = {
		"bond", "bonds", "bill", "bills", "note", "notes", "debenture",
		"debentures", "certificate", "certificates", "eurobond",
		"eurobonds", "coupon", "paper",
	};
	static const char *const shares[] = {
		"share", "shares", "stock", "shr", "dividend", "apiece",
		"common", "preferred",
	};
	int paper = 0;
	for (size_t k = st->t0; k < st->t1; k = doc_next(doc, k)) {
		/* (a note's "face value of one dlr" for each share
		 * exchanged is face_value()'s to read) */
		if (doc_word_in(doc, k, shares, ARRAY_SIZE(shares)) ||
		    doc_word_is(doc, k, "face"))
			return 0;
		/* (not a name, "chairman Bill Smith", though a sentence may
		 * open with the word; nor a bid paid in notes, "raised its bid
		 * for Widget Inc to 25 dlrs, to be paid in cash and notes") */
		/* (a bid, not an auction's "lowest accepted bid at 92.950
		 * dlrs") */
		if (doc_stem_is(doc, k, "takeov") || doc_stem_is(doc, k, "merger") ||
		    (doc_stem_is(doc, k, "bid") && !auction_bid(doc, st, k)))
			return 0;
		/* (a sentence's first word capitalised: "Bonds due 1992",
		 * not "Bill Smith") */
		size_t nx = doc_next(doc, k);
		paper |= doc_word_in(doc, k, papers, ARRAY_SIZE(papers)) &&
			 (!doc->tok[k].cap || st->caps ||
			  (k == st->t0 && nx < st->t1 && !doc->tok[nx].cap));
	}
	return paper;
}

/*
 * Whether sentence st prices goods by their unit ("rose to LE17.25 per
 * liter from LE15.25, while 95-octane went up to LE19 from LE17") and
 * speaks of no shares: its small sums are the goods' prices, none a
 * share's.
 */
static int goods_priced(const struct doc *doc, const struct doc_sent *st)
{
	static const char *const goods[] = {
		"barrel", "barrels", "bbl", "tonne", "tonnes", "ton", "tons",
		"kilo", "kilos", "kg", "kilogram", "gallon", "gallons",
		"litre", "litres", "liter", "liters", "ounce", "oz", "bushel",
		"carat", "lb", "kwh", "kilowatt",
	};
	static const char *const shares[] = {
		"share", "shares", "stock", "shr", "dividend", "apiece",
	};
	int priced = 0;
	for (size_t k = st->t0; k < st->t1; k = doc_next(doc, k)) {
		if (doc_word_in(doc, k, shares, ARRAY_SIZE(shares)))
			return 0;
		size_t n = doc_next(doc, k);
		priced |= n < st->t1 && (doc_word_is(doc, k, "per") ||
					 doc_word_is(doc, k, "a")) &&
			  doc_word_in(doc, n, goods, ARRAY_SIZE(goods)) &&
			  k > st->t0 && (doc->tok_money[k - 1] ||
					 doc->tok[k - 1].digit);
	}
	return priced;
}

/* Words that make money in a sentence a loan's or a bond's, not a round's. */
static int debt_word(const char *w)
{
	static const char *const stems[] = {
		"loan", "credit", "bond", "eurobond", "debenture", "borrow",
		"lend", "lent", "facilit", "placement", "syndicat", "bank",
		"note", "debt", "mortgage", "coupon",
	};
	for (size_t i = 0; i < ARRAY_SIZE(stems); i++)
		if (!strncmp(w, stems[i], strlen(stems[i])))
			return 1;
	return 0;
}

/* Whether "raised" (or "raise", "raising") stands within three words
 * before token t0: money a company raises. */
static int raised_just_before(const struct doc *doc, const struct doc_sent *st,
			      size_t t0)
{
	for (long k = (long)t0 - 1, n = 0; k >= (long)st->t0 && n < 3; k--, n++)
		if (!strncmp(doc_word(doc, (size_t)k), "rais", 4))
			return 1;
	return 0;
}

/* "valuing the UK digital bank at $5bn": a single bank with no debt's
 * word after it is what the company is, where money is raised (not
 * "a syndicate of banks", "a bank loan"). */
static int bank_described(const struct doc *doc, const struct doc_sent *st,
			  size_t k)
{
	if (strcmp(doc_word(doc, k), "bank"))
		return 0;
	size_t n = k + 1;
	return n >= st->t1 || (!debt_word(doc_word(doc, n)) &&
			       strncmp(doc_word(doc, n), "financ", 6));
}

/* Whether the word at k names a line of business ("its payment and
 * lending services", "its credit card business"): what a company does,
 * no debt of its own. */
static int business_after(const struct doc *doc, const struct doc_sent *st,
			  size_t k)
{
	static const char *const lines[] = {
		"services", "service", "business", "businesses", "arm", "unit",
		"platform", "platforms", "app", "apps", "products", "operations",
	};
	for (size_t n = k + 1; n < st->t1 && n <= k + 2; n++)
		for (size_t i = 0; i < ARRAY_SIZE(lines); i++)
			if (!strcmp(doc_word(doc, n), lines[i]))
				return 1;
	return 0;
}

/* How far after a relative clause's verb its object's words may stand
 * ("which provides loans and digital banking tools"). */
#define DOES_WORDS 8

/* Whether the word at k is in a relative clause that tells what a
 * company does ("Konfio, which provides loans and digital banking tools
 * to small businesses"): no debt of the sentence's.  The clause runs from
 * "which" (or "that", "who") and its verb to the next comma. */
static int what_it_does(const struct doc *doc, const struct doc_sent *st,
			size_t k)
{
	static const char *const verbs[] = {
		"provides", "offers", "makes", "sells", "arranges", "extends",
		"specialises", "specializes", "focuses", "operates", "runs",
	};
	for (long v = (long)k - 1, n = 0; v > (long)st->t0 && n < DOES_WORDS;
	     v--, n++) {
		if (doc_gap_has(doc, (size_t)v, (size_t)v + 1, ','))
			return 0;
		const char *w = doc_word(doc, (size_t)v);
		for (size_t i = 0; i < ARRAY_SIZE(verbs); i++)
			if (!strcmp(w, verbs[i])) {
				const char *r = doc_word(doc, (size_t)v - 1);
				return !strcmp(r, "which") || !strcmp(r, "that") ||
				       !strcmp(r, "who");
			}
	}
	return 0;
}

static int has_debt_word(const struct doc *doc, const struct doc_sent *st,
			 int raised)
{
	/* not what a company is ("the online lender raised ... in its
	 * initial public offering"); a name's words only when the money is
	 * not raised by a company ("financing provided by Sanwa Business
	 * Credit Corp" is a loan, "Kakao Bank raised" no debt) */
	for (size_t k = st->t0; k < st->t1; k++)
		if (strcmp(doc_word(doc, k), "lender") &&
		    !(raised && doc->tok_co[k] >= 0) &&
		    !(raised && bank_described(doc, st, k)) &&
		    debt_word(doc_word(doc, k)) && !business_after(doc, st, k) &&
		    !what_it_does(doc, st, k))
			return 1;
	return 0;
}

/*
 * A cue word written inside a name ("Energy Ventures", "Rural Banking and
 * Finance Corp"): capitalised beside another capitalised word, in a
 * sentence that is no headline.  "Series B" stays a round's.
 */
static int in_name(const struct doc *doc, const struct doc_sent *st,
		   size_t k)
{
	if (!doc->tok[k].cap || st->caps || st->title || k == st->t0 ||
	    !strcmp(doc_word(doc, k), "series"))
		return 0;
	return doc->tok[k - 1].cap ||
	       (k + 1 < st->t1 && doc->tok[k + 1].cap &&
		!doc->tok[k + 1].digit);
}

/* How far before "market value" a deal's noun makes it the deal's ("the
 * proposed tax-free exchange would have a market value of about 20 mln
 * dlrs": the deal's worth, not a company's). */
#define DEAL_WORTH_WORDS 6

static enum ex_amount_kind cue_kind(const struct doc *doc,
				    const struct money *m, size_t t0,
				    size_t t1, const struct doc_sent *st,
				    struct cue_count *cache);

static int word_in(const char *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(w, list[i]))
			return 1;
	return 0;
}

/* A deal's nouns, as the amount cues of a deal's cost and worth read
 * them. */
static const char *const deal_nouns[] = {
	"offer", "deal", "acquisition", "purchase", "takeover", "bid",
	"transaction", "buyout", "merger", "exchange",
};

/* Whether a deal's noun stands within n words before token k of its
 * sentence. */
static int deal_noun_before(const struct doc *doc, const struct doc_sent *st,
			    size_t k, size_t n)
{
	size_t from = k > st->t0 + n ? k - n : st->t0;
	for (size_t j = from; j < k; j++)
		if (word_in(doc_word(doc, j), deal_nouns, ARRAY_SIZE(deal_nouns)))
			return 1;
	return 0;
}

/*
 * A company's size in what it holds: "with 30 billion dlrs in assets",
 * "with assets of 9.2 billion dlrs", "its net asset value rose 215,239
 * dlrs", "a 5.1 billion dlr holding company".  Not "total assets rose by"
 * (a result) nor "assets for" (a sale).
 */
static int holds_assets(const struct doc *doc, const struct doc_sent *st,
			size_t t0, size_t t1)
{
	if (t1 + 1 < st->t1 && !strcmp(doc_word(doc, t1), "in") &&
	    !strncmp(doc_word(doc, t1 + 1), "ass", 3))
		return 1;  /* "in assets" (and "in assests") */
	size_t k = t0;
	static const char *const hedge[] = {"about", "around", "nearly",
					    "some", "almost", "roughly"};
	while (k > st->t0 && word_in(doc_word(doc, k - 1), hedge,
				     ARRAY_SIZE(hedge)))
		k--;
	/* "with assets of", "which had assets at yearend of" */
	if (k >= st->t0 + 2 && !strcmp(doc_word(doc, k - 1), "of"))
		for (size_t j = k - 1; j > st->t0 && j + 4 > k; j--)
			if (!strcmp(doc_word(doc, j - 1), "assets"))
				return 1;
	/* "SouthTrust Corp, a 5.1 billion dlr multibank holding company",
	 * "a 1.2 billion dlr oilfield services company": a company's size */
	static const char *const org[] = {
		"company", "companies", "institution", "concern", "group",
		"firm", "bank", "thrift", "conglomerate", "corporation",
		"insurer", "producer", "maker", "operator", "retailer", "chain",
		"organization", "organisation",
	};
	if (k > st->t0 && (!strcmp(doc_word(doc, k - 1), "a") ||
			   !strcmp(doc_word(doc, k - 1), "an") ||
			   !strcmp(doc_word(doc, k - 1), "one")))
		for (size_t j = t1; j < st->t1 && j < t1 + 4; j++) {
			/* the noun phrase only: no comma, preposition, name
			 * ("a 40 mln dlr World Bank loan") or cue ("a 1.4
			 * billion dlr offer for USAir Group") before it */
			if (doc_gap_has(doc, j > t1 ? j - 1 : t1 - 1, j, ',') ||
			    doc->tok[j].cap)
				break;
			/* the noun the phrase ends in, not a modifier ("a
			 * 15.5 mln dlr bank credit agreement") */
			if (word_in(doc_word(doc, j), org, ARRAY_SIZE(org)))
				return j + 1 >= st->t1 || cue_of(doc, j + 1) < 0;
			if (cue_of(doc, j) >= 0 || (doc->tok[j].wcls & DOC_W_STOP))
				break;
		}
	for (size_t j = k; j > st->t0 && j + 4 > k; j--)
		if (!strcmp(doc_word(doc, j - 1), "value") && j >= st->t0 + 2 &&
		    !strcmp(doc_word(doc, j - 2), "asset"))
			return 1;
	return 0;
}

/*
 * "valuing the company at $2.5 billion", "would value it at almost $20
 * billion": a company's value, unless a deal is what is valued ("the offer
 * values the group at").  Plain "valued at" is left to the cues ("shares
 * valued at", "a deal valued at" are what is paid).  -1 when no such
 * words.
 */
/* How far back "that values" looks for the deal it stands for. */
#define RELATIVE_REACH 14
/* How far before the amount "valuing ... at" may stand: "valuing the
 * business-to-business retail platform at $625 million". */
#define VALUED_WORDS 10

/* Whether "valued" at token v says what a company is worth: a form of
 * "be" after a company's name or a word for one ("Gojek was valued at",
 * "the startup had last been valued at"); not a project, a market, an
 * offer or holdings "valued at" (then the cues decide). */
/* How long a clause between commas may be between a company and the
 * "was valued at" that is about it. */
#define CLAUSE_WORDS 30

static int been_valued(const struct doc *doc, const struct doc_sent *st,
		       size_t v)
{
	static const char *const be[] = {"is", "was", "were", "are", "been",
					 "be", "being"};
	static const char *const firms[] = {"it", "company", "startup",
					    "firm", "group", "business"};
	size_t j = v;
	int once = 0;
	if (j > st->t0 && (!strcmp(doc_word(doc, j - 1), "last") ||
			   !strcmp(doc_word(doc, j - 1), "previously") ||
			   !strcmp(doc_word(doc, j - 1), "once"))) {
		j--;
		once = !strcmp(doc_word(doc, j), "once");
	}
	/* "the office-sharing company once valued at $47 billion" */
	if (once && j > st->t0 &&
	    (doc->tok_co[j - 1] >= 0 ||
	     word_in(doc_word(doc, j - 1), firms, ARRAY_SIZE(firms))))
		return 1;
	if (j <= st->t0 || !word_in(doc_word(doc, j - 1), be, ARRAY_SIZE(be)))
		return 0;
	j--;
	/* "had been", "has been", "will be" */
	if (j > st->t0 && (!strcmp(doc_word(doc, j - 1), "had") ||
			   !strcmp(doc_word(doc, j - 1), "has") ||
			   !strcmp(doc_word(doc, j - 1), "have") ||
			   !strcmp(doc_word(doc, j - 1), "will") ||
			   !strcmp(doc_word(doc, j - 1), "would")))
		j--;
	/* "ByteDance, which was valued at" */
	if (j > st->t0 + 1 && (!strcmp(doc_word(doc, j - 1), "which") ||
			       !strcmp(doc_word(doc, j - 1), "that")))
		j--;
	/* "The company, which ships low-priced clothing ... and is now
	 * headquartered in Singapore, was valued at": past the clause
	 * between commas to the word it is about */
	else if (j > st->t0 + 1 && doc_gap_has(doc, j - 1, j, ',')) {
		for (size_t b = j - 1, e = 0; b > st->t0 + 1 && e < CLAUSE_WORDS;
		     b--, e++)
			if (doc_gap_has(doc, b - 1, b, ',') &&
			    (!strcmp(doc_word(doc, b), "which") ||
			     !strcmp(doc_word(doc, b), "who"))) {
				j = b;
				break;
			}
	}
	if (j <= st->t0 || (doc->tok_co[j - 1] < 0 &&
			    !word_in(doc_word(doc, j - 1), firms,
				     ARRAY_SIZE(firms))))
		return 0;
	/* "Chrysler's proposed acquisition of American Motors Corp is
	 * valued at", "Dome's stake in Encor would be valued at": what is
	 * paid for the company, not its worth */
	static const char *const paid[] = {
		"deal", "transaction", "offer", "bid", "acquisition",
		"purchase", "sale", "merger", "takeover", "stake", "shares",
		"assets", "consideration", "price", "buyout", "holding",
	};
	for (size_t b = j, e = 0; b > st->t0 && e < 8; b--, e++)
		if (word_in(doc_word(doc, b - 1), paid, ARRAY_SIZE(paid)))
			return 0;
	return 1;
}

/*
 * Whether sentence st, before token k, tells a takeover (a word of
 * buying a company) and no round or listing (whose values are a
 * company's valuation).
 */
static int takeover_before(const struct doc *doc, const struct doc_sent *st,
			   size_t k)
{
	static const char *const buys[] = {
		"takeov", "acquir", "acquisit", "buyout", "merger", "bid",
		"tender", "offer",
	};
	static const char *const raises[] = {
		"ipo", "listing", "listed", "float", "debut", "round",
		"raise", "raising", "funding", "series", "offering",
		"initial",
	};
	int buy = 0;
	for (size_t j = st->t0; j < st->t1; j++) {
		const char *w = doc_word(doc, j), *m = doc_stem(doc, j);
		for (size_t i = 0; i < ARRAY_SIZE(raises); i++)
			if (!strncmp(w, raises[i], strlen(raises[i])))
				return 0;
		for (size_t i = 0; j < k && i < ARRAY_SIZE(buys); i++)
			if (!strncmp(m, buys[i], strlen(buys[i])))
				buy = 1;
		/* "has agreed to buy X for 20.30 euros per share in cash,
		 * valuing it at" (not "buyback") */
		if (j < k && (!strcmp(m, "buy") || !strcmp(w, "bought") ||
			      !strncmp(m, "purchas", 7)))
			buy = 1;
	}
	return buy;
}

/* Whether the verb at token v opens a relative clause about a company
 * named right before it: "Byju's, which was valued at", "X, which has
 * been valued at". */
static int company_which(const struct doc *doc, const struct doc_sent *st,
			 size_t v)
{
	static const char *const aux[] = {"was", "is", "has", "had", "been",
					   "were"};
	size_t k = v;
	while (k > st->t0 && word_in(doc_word(doc, k - 1), aux,
				     ARRAY_SIZE(aux)))
		k--;
	if (k < st->t0 + 2 || strcmp(doc_word(doc, k - 1), "which"))
		return 0;
	size_t nm = k - 2;
	return (doc->tok_co[nm] >= 0 || (doc->tok[nm].cap && !st->caps &&
					 !st->title)) &&
	       doc_gap_has(doc, nm, k - 1, ',');
}

static int valued_at(const struct doc *doc, const struct doc_sent *st,
		     size_t t0)
{
	static const char *const verbs[] = {"valuing", "value", "values",
					    "valued", "valuation"};
	static const char *const deals[] = {
		"deal", "offer", "bid", "transaction", "acquisition",
		"purchase", "takeover", "merger", "sale", "buyout", "price",
		"enterprise", "privatisation", "privatization", "flotation",
	};
	static const char *const goods[] = {
		"orders", "order", "contract", "contracts", "jets", "aircraft",
		"planes", "prices",
	};
	int at = 0;
	for (size_t j = t0, d = 0; j > st->t0 && d < VALUED_WORDS; j--, d++) {
		const char *w = doc_word(doc, j - 1);
		if (!strcmp(w, "at"))
			at = 1;
		if (!word_in(w, verbs, ARRAY_SIZE(verbs)))
			continue;
		/* "shares valued at", "assets valued at": what is sold; but
		 * "Gojek was valued at", "had last been valued at": a
		 * company's value */
		if (!at)
			return -1;
		/* "Byju's, which was valued at about $12 billion in its most
		 * recent funding round": a company's own value */
		if (company_which(doc, st, j - 1))
			return AMOUNT_VALUATION;
		if (!strcmp(w, "valued") && !strcmp(doc_word(doc, j), "at") &&
		    !been_valued(doc, st, j - 1))
			return -1;
		/* "Chrysler valued its proposed buyout of American Motors
		 * at", "declined to value the deal, which analysts estimated
		 * at": a deal is what is valued */
		for (size_t b = j; b < t0; b++)
			if (word_in(doc_word(doc, b), deals, ARRAY_SIZE(deals)))
				return AMOUNT_DEAL;
		/* "a bid from KKR, the private equity firm from the U.S.,
		 * that values the maker at": what "that" or "which" stands
		 * for may be further back */
		size_t reach = 4;
		if (j >= st->t0 + 2 &&
		    (!strcmp(doc_word(doc, j - 2), "that") ||
		     !strcmp(doc_word(doc, j - 2), "which")))
			reach = RELATIVE_REACH;

		for (size_t b = j - 1, e = 0; b > st->t0 && e < reach;
		     b--, e++) {
			const char *v = doc_word(doc, b - 1);
			if (word_in(v, deals, ARRAY_SIZE(deals)))
				return AMOUNT_DEAL;
			if (word_in(v, goods, ARRAY_SIZE(goods)))
				return AMOUNT_OTHER;
		}
		/* "agreed to a takeover by KKR at 4,175 pence per share,
		 * valuing the company at about 4.1 billion pounds": the
		 * value a takeover puts on the company is the deal's (not a
		 * round's or a listing's: "priced at US132 per share, valuing
		 * the company at") */
		if (takeover_before(doc, st, j - 1))
			return AMOUNT_DEAL;
		return AMOUNT_VALUATION;
	}
	return -1;
}

/*
 * "500 mln dlrs of sinking fund debentures", "a 40 mln dlr offering of
 * bonds", "25 mln dlrs worth of mortgage-backed securities", "pay down
 * 350 mln dlrs of debt": what the sum is of is a loan or a security.
 */
/* How far after "of" the debt may be named: "20 mln dlrs worth of
 * outstanding 10 pct convertible subordinated debentures". */
#define OF_DEBT_WORDS 9

static int of_debt(const struct doc *doc, const struct doc_sent *st,
		   size_t t1)
{
	size_t k = t1;
	if (k < st->t1 && (!strcmp(doc_word(doc, k), "worth") ||
			   !strncmp(doc_word(doc, k), "offering", 8) ||
			   !strcmp(doc_word(doc, k), "issue")))
		k++;
	/* "sell 800 mln dlrs in debt to finance the payout" */
	if (k >= st->t1 || (strcmp(doc_word(doc, k), "of") &&
			    strcmp(doc_word(doc, k), "in")))
		return 0;
	/* (after "in", a debt's own word: not "for 1,090,000 dlrs in
	 * notes and preferred stock", a price paid in them) */
	if (!strcmp(doc_word(doc, k), "in")) {
		static const char *const owed[] = {
			"debt", "borrowings", "loans", "bonds", "credit",
		};
		size_t j = k + 1;
		if (j < st->t1 && !strcmp(doc_word(doc, j), "new"))
			j++;
		return j < st->t1 && word_in(doc_word(doc, j), owed,
					     ARRAY_SIZE(owed));
	}
	for (size_t j = k + 1; j < st->t1 && j < k + OF_DEBT_WORDS; j++) {
		/* shares named first: equity, whatever follows ("82 mln
		 * dlrs worth of Goodwood Park Hotel Ltd shares and loan
		 * stock") */
		if (!strncmp(doc_word(doc, j), "share", 5) ||
		    !strcmp(doc_word(doc, j), "stock") ||
		    !strcmp(doc_word(doc, j), "common"))
			return 0;
		if (debt_word(doc_word(doc, j)) ||
		    !strncmp(doc_word(doc, j), "securit", 7) ||
		    !strncmp(doc_word(doc, j), "debentur", 8))
			return 1;
	}
	return 0;
}

/* "valued at $1.4 billion at list prices": an order's worth */
static int list_price(const struct doc *doc, const struct doc_sent *st,
		      size_t t1)
{
	for (size_t k = t1; k + 1 < st->t1 && k < t1 + 3; k++)
		if (!strcmp(doc_word(doc, k), "list") &&
		    !strncmp(doc_word(doc, k + 1), "price", 5))
			return 1;
	return 0;
}

/*
 * The cue of token k: none inside a name; "prices" (of goods, a market's)
 * other, though "price" is a deal's.
 */
/*
 * "the proposed tax-free exchange would have a market value of about 20
 * mln dlrs": a deal that has a market value (its words before "has",
 * "had" or "have" before "a market value" at token m) is worth it.
 */
static int deal_has_value(const struct doc *doc, const struct doc_sent *st,
			  size_t m)
{
	static const char *const deals[] = {
		"deal", "transaction", "offer", "acquisition", "purchase",
		"merger", "exchange", "swap", "bid", "takeover",
	};
	long a = doc_prev(doc, m);
	if (a >= (long)st->t0 && !strcmp(doc_word(doc, (size_t)a), "a"))
		a = doc_prev(doc, (size_t)a);
	if (a < (long)st->t0 || (strcmp(doc_word(doc, (size_t)a), "has") &&
				 strcmp(doc_word(doc, (size_t)a), "had") &&
				 strcmp(doc_word(doc, (size_t)a), "have")))
		return 0;
	for (long q = doc_prev(doc, (size_t)a), n = 0;
	     q >= (long)st->t0 && n < 3; q = doc_prev(doc, (size_t)q), n++)
		if (word_in(doc_word(doc, (size_t)q), deals, ARRAY_SIZE(deals)))
			return 1;
	return 0;
}

/* How far before "cost" the deal that costs may be named. */
#define COST_SUBJECT_WORDS 30

/* Whether the "cost" at token k is a deal's: a deal's word (an offer,
 * a deal, an acquisition, a purchase, a takeover, a bid) stands in its
 * sentence within COST_SUBJECT_WORDS words before it, or follows it as
 * "of" its object. */
static int deal_costs(const struct doc *doc, const struct doc_sent *st,
		      size_t k)
{
	/* "cost savings of about 50 mln dlrs": a noun's first word */
	static const char *const compounds[] = {
		"savings", "saving", "cuts", "cutting", "reduction",
		"reductions", "synergies", "base", "overruns", "overrun",
		"controls", "structure", "increases",
	};
	size_t nx = doc_next(doc, k);
	if (nx < st->t1 && word_in(doc_word(doc, nx), compounds,
				   ARRAY_SIZE(compounds)))
		return 0;
	if (deal_noun_before(doc, st, k, COST_SUBJECT_WORDS))
		return 1;
	size_t of = doc_next(doc, k);
	for (size_t j = of < st->t1 ? doc_next(doc, of) : st->t1, n = 0;
	     of < st->t1 && !strcmp(doc_word(doc, of), "of") && j < st->t1 &&
	     n < 3; j = doc_next(doc, j), n++)
		if (word_in(doc_word(doc, j), deal_nouns, ARRAY_SIZE(deal_nouns)))
			return 1;
	return 0;
}

/* How far after "pay" its payee may stand: "to pay its bank lenders". */
#define PAYEE_WORDS 4

/*
 * "would use proceeds to pay its bank lenders approximately 28.6 mln dlrs",
 * "paid creditors": money paid to lenders or holders of debt is a debt's,
 * not a deal's price.
 */
static int pays_creditors(const struct doc *doc, const struct doc_sent *st,
			  size_t k)
{
	static const char *const payees[] = {
		"lenders", "lender", "creditors", "creditor", "bondholders",
		"noteholders", "debentureholders",
	};
	const char *w = doc_word(doc, k);
	if (strcmp(w, "pay") && strcmp(w, "pays") && strcmp(w, "paying") &&
	    strcmp(w, "paid") && strcmp(w, "repay"))
		return 0;
	size_t j = doc_next(doc, k);
	int found = 0;
	for (unsigned n = 0; j < st->t1 && n < PAYEE_WORDS && !found;
	     n++) {
		found = word_in(doc_word(doc, j), payees, ARRAY_SIZE(payees));
		if (!found)
			j = doc_next(doc, j);
	}
	if (!found)
		return 0;
	/* the sum follows the payee: "a further Rs 1,200 crore will be
	 * paid to operational creditors" is an insolvent company's price */
	size_t x = doc_next(doc, j);
	for (unsigned n = 0; x < st->t1 && n < PAYEE_WORDS;
	     x = doc_next(doc, x), n++)
		if (doc->tok_money[x])
			return 1;
	return 0;
}

/* How far before "worth" a market may be named: "a market that research
 * firm iResearch estimated was worth". */
#define MARKET_WORTH_WORDS 8

/* How far before "worth" or "value" the company worth it may be named. */
#define FIRM_WORTH_WORDS 8

/*
 * Whether the company a few words before "worth" or "value" (token k) is
 * what is worth it: a new, merged or combined "company" ("group",
 * "business") before any word of a deal, a contract, shares or assets,
 * which would be what is worth it.
 */
static int firm_worth(const struct doc *doc, const struct doc_sent *st,
		      size_t k)
{
	static const char *const firms[] = {
		"company", "group", "firm", "startup", "business", "entity",
	};
	/* (a company a deal forms: not "company sources said was worth",
	 * "the food and bakery group, is worth") */
	static const char *const formed[] = {
		"new", "merged", "combined", "enlarged", "resulting",
	};
	static const char *const things[] = {
		"deal", "deals", "transaction", "offer", "bid", "acquisition",
		"purchase", "sale", "merger", "takeover", "stake", "shares",
		"assets", "buyout", "price", "contract", "contracts", "order",
		"orders", "agreement", "project", "plant", "stock", "bonds",
		"debt", "loan", "package", "portfolio", "holding", "holdings",
		"of", "for",
	};
	long q = doc_prev(doc, k);
	for (int w = 0; q >= (long)st->t0 && w < FIRM_WORTH_WORDS;
	     w++, q = doc_prev(doc, (size_t)q)) {
		const char *x = doc_word(doc, (size_t)q);
		if (word_in(x, things, ARRAY_SIZE(things)) ||
		    doc->tok_money[q])
			return 0;
		if (word_in(x, firms, ARRAY_SIZE(firms)) && !doc->tok[q].cap) {
			long m = doc_prev(doc, (size_t)q);
			return m >= (long)st->t0 &&
			       word_in(doc_word(doc, (size_t)m), formed,
				       ARRAY_SIZE(formed));
		}
	}
	return 0;
}

/* How far after "valued" its "at its peak" may end. */
#define VALUED_AFTER_WORDS 10

/* Whether "valued" at token k tells a worth from before, not a deal's
 * value (see cue_at()). */
static int worth_before(const struct doc *doc, const struct doc_sent *st,
			size_t k)
{
	static const char *const befores[] = {
		"last", "recently", "previously", "once",
	};
	if (strcmp(doc_word(doc, k), "valued"))
		return 0;
	long p = doc_prev(doc, k);
	for (int n = 0; p >= (long)st->t0 && n < 3;
	     n++, p = doc_prev(doc, (size_t)p))
		if (word_in(doc_word(doc, (size_t)p), befores,
			    ARRAY_SIZE(befores)))
			return 1;
	/* "at its peak" (not "less than half its peak market value") */
	for (size_t j = k + 1, n = 0; j + 2 < st->t1 && n < VALUED_AFTER_WORDS;
	     j++, n++)
		if (!strcmp(doc_word(doc, j), "at") &&
		    !strcmp(doc_word(doc, j + 1), "its") &&
		    !strcmp(doc_word(doc, j + 2), "peak"))
			return 1;
	return 0;
}

/* How far after a programme's "invest" what it buys may be named. */
#define INVEST_BUYS_WORDS 12

static int cue_at(const struct doc *doc, const struct doc_sent *st, size_t k)
{
	int c = cue_of(doc, k);
	if (c < 0 || in_name(doc, st, k))
		return -1;
	if (c == AMOUNT_DEAL && pays_creditors(doc, st, k))
		return AMOUNT_OTHER;
	if (c == AMOUNT_DEAL && !strcmp(doc_word(doc, k), "prices"))
		return AMOUNT_OTHER;
	/* "130 mln dlrs in cash and marketable securities", "a marketing
	 * budget": the market's stem, no market's size */
	if (c == AMOUNT_MARKET &&
	    (!strncmp(doc_word(doc, k), "marketab", 8) ||
	     !strncmp(doc_word(doc, k), "marketing", 9)))
		return -1;
	/* "valued at about $15 billion, including net debt": the debt a
	 * value includes says what it counts, not what it is */
	static const char *const owed[] = {
		"debt", "borrowings", "liabilities", "leases", "cash",
	};
	int net_owed = !strcmp(doc_word(doc, k), "net") && k + 1 < st->t1 &&
		       word_in(doc_word(doc, k + 1), owed, ARRAY_SIZE(owed));
	if (c == AMOUNT_OTHER && k > st->t0 &&
	    (net_owed || word_in(doc_word(doc, k), owed, ARRAY_SIZE(owed)))) {
		size_t p = k - 1;
		if (p > st->t0 && (!strcmp(doc_word(doc, p), "net") ||
				   !strcmp(doc_word(doc, p), "its")))
			p--;
		if (!strcmp(doc_word(doc, p), "including") ||
		    !strcmp(doc_word(doc, p), "includes") ||
		    !strcmp(doc_word(doc, p), "excluding"))
			return -1;
	}
	/* "KWIK SAVE FOR 146.6 MLN STG": a capital's "save" may be a
	 * name's (Kwik Save), no savings */
	if (c == AMOUNT_OTHER && (doc->tok[k].cap || st->caps) &&
	    !strncmp(doc_word(doc, k), "sav", 3))
		return -1;
	/* "processes more than INR 1,000 Cr in annual transactions": a
	 * volume of trade, no deal */
	if (c == AMOUNT_DEAL && !strcmp(doc_word(doc, k), "transactions") &&
	    k > st->t0) {
		static const char *const periods[] = {
			"annual", "daily", "monthly", "yearly", "weekly",
			"quarterly", "payment", "card", "online",
		};
		if (word_in(doc_word(doc, k - 1), periods, ARRAY_SIZE(periods)))
			return AMOUNT_OTHER;
	}
	/* "could gain about 500 mln dlrs from the deal": the verb, no
	 * gain booked ("a pretax gain of", "gain on the sale" are) */
	if (!strcmp(doc_word(doc, k), "gain") && k > st->t0 &&
	    !(k + 1 < st->t1 && (!strcmp(doc_word(doc, k + 1), "of") ||
				 !strcmp(doc_word(doc, k + 1), "on"))) &&
	    (!strcmp(doc_word(doc, k - 1), "could") ||
	     !strcmp(doc_word(doc, k - 1), "would") ||
	     !strcmp(doc_word(doc, k - 1), "will") ||
	     !strcmp(doc_word(doc, k - 1), "to") ||
	     !strcmp(doc_word(doc, k - 1), "may") ||
	     !strcmp(doc_word(doc, k - 1), "might")))
		return -1;
	/* "received $900m from the sale of 70 per cent of its TowerCo
	 * unit": the sale of a thing is a deal (its "sales" of goods are
	 * revenue) */
	if (c == AMOUNT_OTHER && !strcmp(doc_word(doc, k), "sale") &&
	    k > st->t0 && k + 1 < st->t1 &&
	    !strcmp(doc_word(doc, k + 1), "of") &&
	    (!strcmp(doc_word(doc, k - 1), "the") ||
	     !strcmp(doc_word(doc, k - 1), "its") ||
	     !strcmp(doc_word(doc, k - 1), "planned") ||
	     !strcmp(doc_word(doc, k - 1), "proposed"))) {
		/* (not "the sale of 400 mln dlrs for residential
		 * mortgages": a sum sold is loans or paper, no business;
		 * but "the sale of 4.1 mln dlrs of stock to Citicorp
		 * Venture Capital" is a stake's price) */
		if (k + 2 < st->t1 && doc->tok_money[k + 2]) {
			size_t e = k + 2;
			while (e < st->t1 && doc->tok_money[e])
				e++;
			static const char *const equity[] = {
				"stock", "shares", "equity", "common",
			};
			return e + 1 < st->t1 &&
			       !strcmp(doc_word(doc, e), "of") &&
			       word_in(doc_word(doc, e + 1), equity,
				       ARRAY_SIZE(equity)) ? AMOUNT_DEAL :
						       AMOUNT_OTHER;
		}
		/* (not "the sale of a convertible note": a security's) */
		static const char *const securities[] = {
			"note", "notes", "bond", "bonds", "debenture",
			"debentures", "convertible", "paper", "certificates",
			"warrants", "preferred",
		};
		for (size_t q = k + 2; q < st->t1 && q < k + 6; q++)
			if (word_in(doc_word(doc, q), securities,
				    ARRAY_SIZE(securities)))
				return AMOUNT_OTHER;
		return AMOUNT_DEAL;
	}
	/* "joint ventures": a partnership, no round raised (the other
	 * words decide) */
	if (c == AMOUNT_FUNDING && k > st->t0 &&
	    !strncmp(doc_word(doc, k), "ventur", 6) &&
	    !strcmp(doc_word(doc, (size_t)doc_prev(doc, k)), "joint"))
		return -1;
	/* "market value", "market capitalisation": what a company's
	 * shares are worth, not a market's size nor a deal's price; "net
	 * worth": what someone owns */
	long p = doc_prev(doc, k);
	size_t n = doc_next(doc, k);
	if (c == AMOUNT_DEAL && p >= (long)st->t0 &&
	    !strncmp(doc_word(doc, (size_t)p), "market", 6) &&
	    !strncmp(doc_word(doc, k), "valu", 4))
		return deal_has_value(doc, st, (size_t)p) ? AMOUNT_DEAL :
							    AMOUNT_VALUATION;
	if (c == AMOUNT_MARKET && n < st->t1 &&
	    (!strncmp(doc_word(doc, n), "valu", 4) ||
	     !strcmp(doc_word(doc, n), "cap") ||
	     cue_of(doc, n) == AMOUNT_VALUATION))
		return AMOUNT_VALUATION;
	if (c == AMOUNT_DEAL && p >= (long)st->t0 &&
	    !strcmp(doc_word(doc, (size_t)p), "net") &&
	    !strcmp(doc_word(doc, k), "worth"))
		return AMOUNT_OTHER;
	/* "the book value of the unit is about 2.2 mln dlrs": what the
	 * books say it is worth, no price (assets "valued at" may be part
	 * of one: "contributed fibre assets valued at R4.2bn"); a price set
	 * by it stays one: "at its book value of", "for a price equal to
	 * book value", "1.5 times book value" */
	if (c == AMOUNT_DEAL && p >= (long)st->t0 &&
	    !strncmp(doc_word(doc, k), "valu", 4) &&
	    !strcmp(doc_word(doc, (size_t)p), "book")) {
		static const char *const priced[] = {
			"at", "for", "times", "equal", "to", "above", "below",
			"over", "under", "premium", "discount",
		};
		long b = p;
		for (int w = 0; w < 3 && (b = doc_prev(doc, (size_t)b)) >=
					 (long)st->t0; w++)
			if (word_in(doc_word(doc, (size_t)b), priced,
				    ARRAY_SIZE(priced)))
				return AMOUNT_DEAL;
		return AMOUNT_OTHER;
	}
	/* "launched last year with a strategy to invest SR142 billion in
	 * acquisitions, minority stakes and ...", "pledged to invest": a
	 * programme's budget, no deal's price */
	if (c == AMOUNT_DEAL && !strncmp(doc_word(doc, k), "invest", 6)) {
		static const char *const plans[] = {
			"strategy", "programme", "program", "pledged",
			"pledges", "pledge", "budget", "mandate",
			/* "which has committed to invest $5 billion in
			 * India", "had promised to invest $2.7 billion in
			 * U.S. Steel's mills" */
			"committed", "commits", "promised", "promises",
			"vowed", "vows",
		};
		/* (not a commitment that buys: "has committed to invest
		 * $500 million to acquire a 30% stake", "in the startup's
		 * Series C round", "in exchange for a 25% stake"; not "in
		 * exchange for state tax breaks") */
		static const char *const buys[] = {
			"acquire", "acquiring", "buy", "buying", "stake",
			"round", "shares", "equity", "series",
		};
		int buying = 0;
		for (size_t j = k + 1, w = 0; j < st->t1 && w < INVEST_BUYS_WORDS &&
		     !buying; j++, w++)
			buying = word_in(doc_word(doc, j), buys, ARRAY_SIZE(buys));
		long q = p;
		for (int w = 0; q >= (long)st->t0 && w < 3 && !buying;
		     w++, q = doc_prev(doc, (size_t)q))
			if (word_in(doc_word(doc, (size_t)q), plans,
				    ARRAY_SIZE(plans)))
				return AMOUNT_OTHER;
	}
	/* "processed more than 140 million transactions worth over $9
	 * billion", "orders worth": a volume of business, no deal's price */
	static const char *const volumes[] = {
		"transactions", "payments", "orders", "goods", "shipments",
		"trades", "sales", "transfers", "remittances",
	};
	if (c == AMOUNT_DEAL && !strcmp(doc_word(doc, k), "worth") &&
	    p >= (long)st->t0 &&
	    word_in(doc_word(doc, (size_t)p), volumes, ARRAY_SIZE(volumes)))
		return AMOUNT_OTHER;
	/* "a food-at-home market worth roughly $700 billion a year", "a
	 * market that iResearch estimated was worth more than 200 billion
	 * yuan": a market's size ("worth" right after the market or a form
	 * of "be", no deal's word between) */
	/* "a new company called Borouge Group International that will be
	 * worth more than $60 billion", "The merged company, with an
	 * estimated value of about $6 billion": what a company is worth */
	if (c == AMOUNT_DEAL && (!strcmp(doc_word(doc, k), "worth") ||
				 !strcmp(doc_word(doc, k), "value")) &&
	    firm_worth(doc, st, k))
		return AMOUNT_VALUATION;
	/* a worth told before: "had last been valued at about $2 billion by
	 * private investors", "was recently valued at $14 billion in a
	 * funding round", "valued at more than $23 billion at its peak" */
	if (c == AMOUNT_DEAL && !strcmp(doc_word(doc, k), "valued") &&
	    worth_before(doc, st, k))
		return AMOUNT_VALUATION;
	static const char *const be[] = {"is", "was", "be", "were", "are",
					 "been"};
	if (c == AMOUNT_DEAL && !strcmp(doc_word(doc, k), "worth") &&
	    p >= (long)st->t0 &&
	    (!strcmp(doc_word(doc, (size_t)p), "market") ||
	     word_in(doc_word(doc, (size_t)p), be, ARRAY_SIZE(be)))) {
		/* (a market for money or securities is no trade's: "U.K.
		 * MONEY MARKET GIVEN LATE HELP WORTH 15 MLN STG") */
		static const char *const finance[] = {
			"money", "stock", "stocks", "bond", "bonds", "share",
			"shares", "open", "capital", "credit", "currency",
			"exchange", "bill", "bills", "debt", "futures",
			"secondary", "primary", "interbank",
		};
		long q = p;
		for (int w = 0; q >= (long)st->t0 && w < MARKET_WORTH_WORDS;
		     w++, q = doc_prev(doc, (size_t)q)) {
			if (!strcmp(doc_word(doc, (size_t)q), "market")) {
				long f = doc_prev(doc, (size_t)q);
				if (f >= (long)st->t0 &&
				    word_in(doc_word(doc, (size_t)f), finance,
					    ARRAY_SIZE(finance)))
					break;
				return AMOUNT_MARKET;
			}
			if (cue_of(doc, (size_t)q) == AMOUNT_DEAL)
				break;
		}
	}
	/* "investors put its worth at $28 billion": a company's value */
	if (c == AMOUNT_DEAL && p >= (long)st->t0 &&
	    (!strcmp(doc_word(doc, (size_t)p), "its") ||
	     !strcmp(doc_word(doc, (size_t)p), "their")) &&
	    !strcmp(doc_word(doc, k), "worth"))
		return AMOUNT_VALUATION;
	/* what a deal costs is its price: "The offer for up to 1.67 crore
	 * shares will cost up to Rs 492.81 crore", "the cost of the
	 * acquisition" (not "costs": integration costs are other) */
	if (c == AMOUNT_OTHER && !strcmp(doc_word(doc, k), "cost") &&
	    deal_costs(doc, st, k))
		return AMOUNT_DEAL;
	return c;
}

/*
 * "plans to buy back 54 pct of its stock for 1.6 billion dlrs", "a 500 mln
 * dlr share buyback": the sum a company pays for its own shares.  The
 * buyback's words stand in the few words before the amount with no other
 * deal word between, and no deal word follows the amount ("its buy back
 * was made to fend off the hostile 2.3 billion dlr tender offer").
 */
static int buys_back(const struct doc *doc, const struct doc_sent *st,
		     size_t t0, size_t t1)
{
	size_t from = t0 > st->t0 + BUYBACK_WORDS ? t0 - BUYBACK_WORDS : st->t0;
	int back = 0;
	for (size_t k = from; k < t0; k++) {
		const char *w = doc_word(doc, k);
		if (!strcmp(w, "buyback") || !strcmp(w, "buy-back") ||
		    !strcmp(w, "buybacks") ||
		    (k > st->t0 && !strcmp(w, "back") &&
		     (!strcmp(doc_word(doc, k - 1), "buy") ||
		      !strcmp(doc_word(doc, k - 1), "buying"))))
			back = 1;
		else if (back && cue_at(doc, st, k) == AMOUNT_DEAL &&
			 strcmp(w, "buy") && strcmp(w, "buying"))
			back = 0;
	}
	for (size_t k = t1, n = 0; back && k < st->t1 && n < CUE_AFTER; k++, n++)
		if (cue_at(doc, st, k) == AMOUNT_DEAL)
			return 0;
	return back;
}

/*
 * The kind from the cues (cue_kind), then what the sum says: a dividend's
 * figure without a scale word is per share ("Qtly div 45 cts", "a 13-cent
 * final dividend"); a price of goods or time is other ("212 dlrs a
 * tonne"); and a sum without a scale word is never a deal's, round's,
 * valuation's or market's size: in a deal's words it is a price per share
 * ("for either 16.50 dlrs in cash or ..."), elsewhere other ("a one-way
 * economy fare of 944 dlrs").  A round needs no loan in its sentence
 * ("financing from a syndicate of banks" is a loan).
 */
/*
 * Whether small sum m in another currency than the dollar stands in a
 * sentence about the dollar: an exchange rate ("The Bank of Japan bought
 * a small amount of dollars ... at around 145.30 yen", "set at 146.40
 * yen to the dollar"), no price of a share.
 */
static int fx_rate(const struct doc *doc, const struct doc_sent *st,
		   const struct money *m)
{
	if (!m->currency[0] || !strcmp(m->currency, "USD"))
		return 0;
	for (size_t k = st->t0; k < st->t1; k++)
		if (!doc->tok_money[k] && (doc_word_is(doc, k, "dollar") ||
					   doc_word_is(doc, k, "dollars")))
			return 1;
	return 0;
}

/* Whether "face value" follows the sum ending before token t1: "each
 * 1,000 dlr face value of bonds", a bond's denomination (of at least
 * FACE_VALUE_MIN units). */
#define FACE_VALUE_MIN 100
static int face_value(const struct doc *doc, const struct doc_sent *st,
		      size_t t1)
{
	return t1 + 1 < st->t1 && doc_word_is(doc, t1, "face") &&
	       doc_word_is(doc, t1 + 1, "value");
}

/*
 * Whether the story speaks anywhere of shares or of securities priced one
 * by one: "shareholders", "stock", "$11 a security", a trust's
 * "unitholders", a convertible's "conversion price", a depositary
 * receipt (whole words: not "Stockholm", nor a business "unit").  A small sum a deal's cue stands by
 * in a story of none ("a seat on the exchange sold for 200 dlrs", "the
 * system, priced at 2,995 dlrs") is no price of a share, unless its
 * sentence speaks of a bid (bid_in_sentence()).
 */
static int story_has_shares(const struct doc *doc)
{
	static const char *const words[] = {
		"shr", "shrs", "security", "securities", "unitholders",
		"unitholder", "convertible", "conversion", "ipo", "stocks",
		"shareholder", "shareholders", "stockholder", "stockholders",
		"depositary", "adr", "adrs", "ads",
	};
	for (size_t k = 0; k < doc->ntok; k++) {
		const char *w = doc_word(doc, k);
		if (share_word(w) || word_in(w, words, ARRAY_SIZE(words)))
			return 1;
	}
	return 0;
}

/* Whether sentence st speaks of a bid for a company ("Acme Corp's offer
 * of 25 dlrs was inadequate"), whose small sum is a share's price though
 * no share is named. */
static int bid_in_sentence(const struct doc *doc, const struct doc_sent *st)
{
	static const char *const bids[] = {
		"bid", "bids", "offer", "offers", "offered", "tender",
		"takeover", "merger",
	};
	for (size_t k = st->t0; k < st->t1; k++)
		if (word_in(doc_word(doc, k), bids, ARRAY_SIZE(bids)))
			return 1;
	return 0;
}

static enum ex_amount_kind amount_kind(const struct doc *doc,
				       const struct money *m,
				       struct cue_count *cache)
{
	if (m->flags & MONEY_PER_SHARE)
		return AMOUNT_PER_SHARE;
	size_t t0 = doc_tok_at(doc, m->start), t1 = doc_tok_at(doc, m->end);
	if (t0 >= doc->ntok)
		return AMOUNT_OTHER;
	const struct doc_sent *st = &doc->sent[doc->tok[t0].sent];
	enum ex_amount_kind k = cue_kind(doc, m, t0, t1, st, cache);
	int small = small_sum(m);
	/* (a share's "1.50 dlrs face value of debentures" stays the
	 * offer's, per share) */
	if (small && (fx_rate(doc, st, m) ||
		      (m->value >= FACE_VALUE_MIN && face_value(doc, st, t1))))
		return AMOUNT_OTHER;
	if (small && t1 <= doc->ntok &&
	    (per_unit(doc, m, t1) || goods_priced(doc, st) ||
	     securities_priced(doc, st)))
		return AMOUNT_OTHER;
	if (small && k != AMOUNT_PER_SHARE) {
		/* a dividend named a few words before or just after */
		size_t d = 0;
		for (long j = (long)t0 - 1; j >= (long)st->t0 && d < 8;
		     j--, d++)
			if (dividend_word(doc_word(doc, (size_t)j)))
				return AMOUNT_PER_SHARE;
		for (size_t j = t1; j < st->t1 && j < t1 + 3; j++)
			if (dividend_word(doc_word(doc, j)))
				return AMOUNT_PER_SHARE;
	}
	if (k == AMOUNT_FUNDING &&
	    has_debt_word(doc, st, raised_just_before(doc, st, t0)))
		k = AMOUNT_OTHER;
	if (!small) {
		if (list_price(doc, st, t1) || of_debt(doc, st, t1))
			return AMOUNT_OTHER;
		if (k == AMOUNT_DEAL && buys_back(doc, st, t0, t1))
			return AMOUNT_OTHER;
		if (holds_assets(doc, st, t0, t1))
			return AMOUNT_VALUATION;
		/* "the $806 million at which Cred raised $81 million": the
		 * value a round was raised at */
		if (t1 + 1 < st->t1 && !strcmp(doc_word(doc, t1), "at") &&
		    !strcmp(doc_word(doc, t1 + 1), "which"))
			return AMOUNT_VALUATION;
		int v = valued_at(doc, st, t0);
		/* "the offer values the group at N ... including debt": the
		 * deal that values says more than a cue word beside it */
		if (v >= 0 && (k == AMOUNT_DEAL || k == AMOUNT_VALUATION ||
			       v == AMOUNT_DEAL))
			return (enum ex_amount_kind)v;
	}
	if (small && (k == AMOUNT_DEAL || k == AMOUNT_FUNDING ||
		      k == AMOUNT_VALUATION || k == AMOUNT_MARKET)) {
		if (k == AMOUNT_DEAL && cache->shares < 0)
			cache->shares = story_has_shares(doc);   /* once a story */
		return k == AMOUNT_DEAL && (cache->shares ||
					    bid_in_sentence(doc, st)) ?
			       AMOUNT_PER_SHARE : AMOUNT_OTHER;
	}
	return k;
}

/*
 * The kind the cue words around tokens [t0, t1) of sentence st say (the
 * caller found the span and handled a per-share amount).
 */
/* How far before "for N" a deal's verb may stand, in words. */
#define FOR_PRICE_WORDS 24
/* How far before ", or N" the price it restates may open ("for $45 a
 * share in cash"), in words. */
#define OR_PRICE_WORDS 8

/* Whether a verb or noun of buying or selling stands in the
 * FOR_PRICE_WORDS words before token k, with no sum between. */
static int deal_verb_before(const struct doc *doc, const struct doc_sent *st,
			    size_t k)
{
	static const char *const stems[] = {
		"buy", "bought", "acquir", "acquisit", "purchas", "sell",
		"sold", "sale", "takeov", "agre",
	};
	size_t n = 0;
	for (long q = (long)k - 1; q >= (long)st->t0 && n < FOR_PRICE_WORDS;
	     q--) {
		if (doc->tok[q].flags & ANA_JOINED)
			continue;
		n++;
		if (doc->tok_money[q])
			return 0;   /* "sold it for $50m, for a gain of $10m" */
		for (size_t i = 0; i < ARRAY_SIZE(stems); i++)
			if (!strncmp(doc_stem(doc, (size_t)q), stems[i],
				     strlen(stems[i])))
				return 1;
	}
	return 0;
}

/* Words that open a clause of its own after a comma. */
static const char *const clause_openers[] = {
	"the", "a", "an", "and", "or", "but", "while", "which", "plus",
	"its", "his", "her", "their", "this", "that", "these", "those",
};

static enum ex_amount_kind cue_kind(const struct doc *doc,
				    const struct money *m, size_t t0,
				    size_t t1, const struct doc_sent *st,
				    struct cue_count *cache)
{
	int best = -1;
	size_t bestd = (size_t)-1;
	/* before the amount, nearest first; joined forms do not count */
	size_t d = 0;
	for (long k = (long)t0 - 1; k >= (long)st->t0 && d < CUE_BEFORE; k--) {
		if (doc->tok[k].flags & ANA_JOINED)
			continue;
		int c = cue_at(doc, st, (size_t)k);
		d++;
		if (c >= 0 && d < bestd) {
			best = c;
			bestd = d;
		}
	}
	/* "a fortune of about $11 billion, bought", "net worth of": a
	 * cue's noun whose "of" owns the amount says what it is, whatever
	 * word follows */
	int owned = 0;
	{
		static const char *const hedges[] = {
			"about", "around", "nearly", "some", "approximately",
			"almost", "roughly", "over", "just", "estimated", "up",
			"to", "more", "less", "than",
		};
		long k = (long)t0 - 1;
		while (k >= (long)st->t0 &&
		       ((doc->tok[k].flags & ANA_JOINED) ||
			word_in(doc_word(doc, (size_t)k), hedges,
				ARRAY_SIZE(hedges))))
			k--;
		/* "has bought car sales site AutoTrader for R1.5 billion",
		 * "completed the sale of its spreads business ... to KKR
		 * for 6.8 billion euros": what a deal's verb is done for is
		 * its price, whatever noun stands between */
		if (k > (long)st->t0 &&
		    !strcmp(doc_word(doc, (size_t)k), "for") &&
		    deal_verb_before(doc, st, (size_t)k)) {
			best = AMOUNT_DEAL;
			owned = 1;
		}
		/* "for $45 a share in cash, or about $2.1 billion including
		 * debt": a sum after ", or" restates the price before it,
		 * the words after it (the debt it counts) aside */
		if (!owned && k > (long)st->t0 &&
		    !strcmp(doc_word(doc, (size_t)k), "or") &&
		    doc_gap_has(doc, (size_t)k - 1, (size_t)k, ',')) {
			size_t n = 0;
			for (long q = k - 1; q > (long)st->t0 &&
			     n < OR_PRICE_WORDS; q--) {
				if (doc->tok[q].flags & ANA_JOINED)
					continue;
				n++;
				if (!strcmp(doc_word(doc, (size_t)q), "for") &&
				    doc->tok_money[q + 1] &&
				    deal_verb_before(doc, st, (size_t)q)) {
					best = AMOUNT_DEAL;
					owned = 1;
					break;
				}
			}
		}
		if (!owned && k > (long)st->t0 &&
		    !strcmp(doc_word(doc, (size_t)k), "of")) {
			long q = k - 1;
			while (q >= (long)st->t0 &&
			       (doc->tok[q].flags & ANA_JOINED))
				q--;
			/* "The stake was purchased at a cost of 3.2 mln
			 * dlrs", "acquired ... for an aggregate cost of":
			 * what the purchase cost is its price */
			if (q > (long)st->t0 &&
			    !strcmp(doc_word(doc, (size_t)q), "cost") &&
			    deal_verb_before(doc, st, (size_t)q)) {
				best = AMOUNT_DEAL;
				owned = 1;
			}
			int c = q >= (long)st->t0 && !owned ?
				cue_at(doc, st, (size_t)q) : -1;
			/* "giving it a market value of more than 12 billion
			 * francs": a company's worth on the market */
			long mq = q > (long)st->t0 ? doc_prev(doc, (size_t)q) : -1;
			if (c >= 0 && mq >= (long)st->t0 &&
			    doc_word_is(doc, (size_t)q, "value") &&
			    doc_word_is(doc, (size_t)mq, "market") &&
			    !deal_noun_before(doc, st, (size_t)mq,
					      DEAL_WORTH_WORDS))
				c = AMOUNT_VALUATION;
			if (c >= 0) {
				best = c;
				owned = 1;
			}
		}
	}
	d = 0;
	for (size_t k = t1; !owned && k < st->t1 && d < CUE_AFTER; k++) {
		if (doc->tok[k].flags & ANA_JOINED)
			continue;
		/* "if brewing profits were ... in the region of 80 mln punts,
		 * the asking price would", "over 600 mln dlrs, and Dixie said
		 * the merger": a clause opened after a comma has cues of its
		 * own, and a cue before the amount says what it is */
		if (best >= 0 && doc_gap_has(doc, k - 1, k, ',') &&
		    word_in(doc_word(doc, k), clause_openers,
			    ARRAY_SIZE(clause_openers)))
			break;
		int c = cue_at(doc, st, k);
		d++;
		if (c >= 0 && (d < bestd || (d == bestd && c < best))) {
			best = c;
			bestd = d;
		}
	}
	if (best != AMOUNT_PER_SHARE && is_price(doc, m, t0, t1))
		return AMOUNT_PER_SHARE;
	/* "formed a 15 mln U.S. dlr joint venture": the venture's size is
	 * its deal's (a venture further off says nothing of the sum) */
	if (t1 + 1 < st->t1 && !strcmp(doc_word(doc, t1), "joint") &&
	    !strncmp(doc_word(doc, t1 + 1), "ventur", 6))
		return AMOUNT_DEAL;
	if (best >= 0)
		return (enum ex_amount_kind)best;
	if (cache->sent != doc->tok[t0].sent) {
		cache->sent = doc->tok[t0].sent;
		cache->n = deal_cues(doc, st, st->t0, st->t1);
	}
	/* the sentence's deal cues outside the amount's own words */
	size_t inside = deal_cues(doc, st, t0, t1 < st->t1 ? t1 : st->t1);
	return cache->n > inside ? AMOUNT_DEAL : AMOUNT_OTHER;
}

/* The code of the country the gazetteer's place `place` is in. */
static const char *place_country(const struct doc *doc, int place)
{
	return gaz_country(doc->g, gaz_place(doc->g, place)->country)->code;
}

/* The dateline's country ("CALGARY, Alberta, March 3" -> CA), else the
 * outlet's ("The Australian Financial Review" -> AU), or NULL. */
static const char *dateline_country(struct doc *doc)
{
	int p = doc_dateline_place(doc);
	if (p >= 0)
		return place_country(doc, p);
	return doc->source_country >= 0 ?
	       gaz_country(doc->g, doc->source_country)->code : NULL;
}

/* Whose unit a country's "dlrs", "francs" and "crowns" are. */
static const struct {
	char country[3];
	unsigned char generic;    /* enum money_generic */
	char code[4];
	int sign;                 /* a bare "$" too */
} local_units[] = {
	{"CA", MONEY_DOLLAR, "CAD", 1}, {"AU", MONEY_DOLLAR, "AUD", 1},
	{"NZ", MONEY_DOLLAR, "NZD", 1}, {"SG", MONEY_DOLLAR, "SGD", 0},
	{"HK", MONEY_DOLLAR, "HKD", 0}, {"MY", MONEY_DOLLAR, "MYR", 0},
	{"CH", MONEY_FRANC, "CHF", 0}, {"BE", MONEY_FRANC, "BEF", 0},
	{"LU", MONEY_FRANC, "LUF", 0}, {"FR", MONEY_FRANC, "FRF", 0},
	{"SE", MONEY_CROWN, "SEK", 0}, {"DK", MONEY_CROWN, "DKK", 0},
	{"NO", MONEY_CROWN, "NOK", 0}, {"MX", MONEY_PESO, "MXN", 0},
	{"PH", MONEY_PESO, "PHP", 0}, {"AR", MONEY_PESO, "ARS", 0},
	{"CL", MONEY_PESO, "CLP", 0}, {"CO", MONEY_PESO, "COP", 0},
	{"IN", MONEY_RUPEE, "INR", 0}, {"LK", MONEY_RUPEE, "LKR", 0},
	{"PK", MONEY_RUPEE, "PKR", 0}, {"IT", MONEY_LIRA, "ITL", 0},
	{"TR", MONEY_LIRA, "TRY", 0}, {"KE", MONEY_SHILLING, "KES", 0},
	{"TZ", MONEY_SHILLING, "TZS", 0}, {"UG", MONEY_SHILLING, "UGX", 0},
	{"CZ", MONEY_CROWN, "CZK", 0}, {"IS", MONEY_CROWN, "ISK", 0},
	{"NP", MONEY_RUPEE, "NPR", 0},
	{"JO", MONEY_DINAR, "JOD", 0}, {"KW", MONEY_DINAR, "KWD", 0},
	{"BH", MONEY_DINAR, "BHD", 0}, {"IQ", MONEY_DINAR, "IQD", 0},
	{"LY", MONEY_DINAR, "LYD", 0}, {"TN", MONEY_DINAR, "TND", 0},
	{"DZ", MONEY_DINAR, "DZD", 0},
	/* the Gulf's dirham and Morocco's */
	{"AE", MONEY_DIRHAM, "AED", 0}, {"MA", MONEY_DIRHAM, "MAD", 0},
	/* Serbia's and Yugoslavia's dinars are no unit the rate table
	 * holds (the 1987 stories' were Yugoslav): known as theirs, so
	 * no other country's dinar is taken, and left unknown */
	{"RS", MONEY_DINAR, "", 0}, {"YU", MONEY_DINAR, "", 0},
};

/* Whether `country` has a unit of kind `generic`. */
static int local_unit(const char *country, unsigned char generic)
{
	for (size_t i = 0; country && i < ARRAY_SIZE(local_units); i++)
		if (!strcmp(local_units[i].country, country) &&
		    local_units[i].generic == generic)
			return 1;
	return 0;
}

/* How many of the story's place mentions are in `country`; *first (when
 * not NULL) the first one's token, or SIZE_MAX. */
static size_t place_mentions_at(const struct doc *doc, const char *country,
				size_t *first)
{
	size_t n = 0;
	if (first)
		*first = SIZE_MAX;
	for (size_t k = 0; k < doc->nment; k++)
		if (doc->ment[k].kind == DOC_PLACE &&
		    !strcmp(place_country(doc, (int)doc->ment[k].id),
			    country)) {
			if (first && !n)
				*first = doc->ment[k].t0;
			n++;
		}
	return n;
}


/* Whether the story names `country` more often than any other (as often
 * as another: before it). */
static int named_most(const struct doc *doc, const char *country)
{
	size_t at, n = place_mentions_at(doc, country, &at);
	for (size_t k = 0; k < doc->nment; k++) {
		if (doc->ment[k].kind != DOC_PLACE)
			continue;
		const char *o = place_country(doc, (int)doc->ment[k].id);
		size_t oat, on = strcmp(o, country) ?
				 place_mentions_at(doc, o, &oat) : 0;
		if (on > n || (on && on == n && oat < at))
			return 0;
	}
	return n > 0;
}

static int named_over_us(const struct doc *doc, const char *c)
{
	size_t at, n = place_mentions_at(doc, c, &at);
	size_t uat, un = place_mentions_at(doc, "US", &uat);
	return n >= 2 && n > un;
}

/*
 * The country with a unit of kind `generic` the story names most among
 * its places, or NULL: for "crowns" a New York story about a Swedish bank
 * means Swedish crowns.
 */
static const char *named_country(const struct doc *doc,
				 unsigned char generic)
{
	const char *best = NULL;
	size_t bestn = 0, bestat = SIZE_MAX;
	for (size_t i = 0; i < ARRAY_SIZE(local_units); i++) {
		if (local_units[i].generic != generic)
			continue;
		size_t at, n = place_mentions_at(doc, local_units[i].country,
						 &at);
		/* (a tie: the one named first, "Australia's biggest power
		 * company" before "Canadian asset manager Brookfield") */
		if (n > bestn || (n && n == bestn && at < bestat)) {
			bestat = at;
			best = local_units[i].country;
			bestn = n;
		}
	}
	return best;
}

/*
 * The country with a unit of kind `generic` named in amount m's own
 * sentence before it, when it is the only such country the sentence
 * names, or NULL: "Denmark's catches improved ..., with offers ... at 305
 * crowns" in a story that names Iceland more (not "Ericsson AB of Sweden
 * has agreed to buy Acme AS, a software maker based in Norway, for 500
 * million crowns": two such countries).
 */
static const char *sentence_country(const struct doc *doc,
				    const struct money *m,
				    unsigned char generic)
{
	size_t k = doc_tok_at(doc, m->start);
	if (k >= doc->ntok)
		return NULL;
	uint32_t sent = doc->tok[k].sent;
	const char *only = NULL;
	int before = 0;
	for (size_t i = 0; i < doc->nment; i++) {
		const struct doc_ment *x = &doc->ment[i];
		if (x->kind != DOC_PLACE || doc->tok[x->t0].sent != sent)
			continue;
		const char *c = place_country(doc, (int)x->id);
		if (!local_unit(c, generic))
			continue;
		if (only && strcmp(only, c))
			return NULL;
		only = c;
		before |= x->t0 < k;
	}
	return before ? only : NULL;
}

/*
 * The country of the unit of kind `generic` the story named in full last
 * among its amounts before (t->amounts from `first`: "Swiss francs" for a
 * later "francs"), or NULL.
 */
static const char *stated_country(const struct tags *t, size_t first,
				  unsigned char generic)
{
	for (size_t a = t->namounts; a-- > first;) {   /* the nearest */
		const struct money *o = &t->amounts[a].m;
		if (o->generic != MONEY_NAMED)
			continue;
		for (size_t i = 0; i < ARRAY_SIZE(local_units); i++)
			if (local_units[i].generic == generic &&
			    !strcmp(local_units[i].code, o->currency))
				return local_units[i].country;
	}
	return NULL;
}

/* The local dollars' signs, and their countries. */
static const struct {
	const char *sign, *country;
} local_signs[] = {
	{"S$", "SG"}, {"A$", "AU"}, {"C$", "CA"}, {"HK$", "HK"}, {"NZ$", "NZ"},
};

/* The local dollar whose sign ends at the "$" at p (text s), or -1. */
static int local_sign_at(const char *s, const char *p)
{
	size_t at = (size_t)(p - s);
	for (size_t k = 0; k < ARRAY_SIZE(local_signs); k++) {
		size_t n = strlen(local_signs[k].sign) - 1;
		if (at >= n && !strncmp(p - n, local_signs[k].sign, n) &&
		    (at == n || !isalpha((unsigned char)p[-(long)n - 1])))
			return (int)k;
	}
	return -1;
}

/* Whether the "$" at p (text s) is marked as a US dollar's: "US$", "$US". */
static int us_sign_at(const char *s, const char *p)
{
	return (p - s >= 2 && !strncmp(p - 2, "US", 2)) ||
	       !strncmp(p + 1, "US", 2);
}

/* Whether the figure written at a (digits and points) is written at b. */
static int same_figure(const char *a, const char *b)
{
	size_t n = 0;
	while (isdigit((unsigned char)a[n]) || a[n] == '.' || a[n] == ',')
		n++;
	while (n && !isdigit((unsigned char)a[n - 1]))
		n--;
	return n && !strncmp(a, b, n) && !isdigit((unsigned char)b[n]);
}

/* The exchanges whose dollar the local press writes with a bare "$", and
 * their countries: New Zealand's first, as a story there names its
 * companies' second listing in Sydney too. */
static const struct {
	const char *exchange, *country;
} dollar_exchanges[] = {
	{"NZX", "NZ"}, {"ASX", "AU"}, {"TSX", "CA"},
};

/* The country of the first of dollar_exchanges the story names, written
 * in capitals as a word of its own ("delisted from the ASX",
 * "NZX-listed"), or NULL; *n how often the story names it. */
static const char *exchange_country(const struct doc *doc, size_t *n)
{
	for (size_t i = 0; i < ARRAY_SIZE(dollar_exchanges); i++) {
		*n = 0;
		for (size_t k = 0; k < doc->ntok; k++)
			*n += doc->tok[k].wl == 3 &&
			      !memcmp(doc->text.buf + doc->tok[k].start,
				      dollar_exchanges[i].exchange, 3);
		if (*n)
			return dollar_exchanges[i].country;
	}
	return NULL;
}

/* How many of the story's place mentions are American cities, states
 * and the like, not the country itself ("US agri-food investor" is
 * foreign press's word for an American firm; "Houston", "Denver-based"
 * place a story in the US). */
static size_t us_places_in(const struct doc *doc)
{
	size_t n = 0;
	for (size_t k = 0; k < doc->nment; k++) {
		if (doc->ment[k].kind != DOC_PLACE)
			continue;
		const struct gaz_place *p = gaz_place(doc->g, (int)doc->ment[k].id);
		const struct gaz_country *c = gaz_country(doc->g, p->country);
		n += !strcmp(c->code, "US") &&
		     (int)doc->ment[k].id != c->place;
	}
	return n;
}

/*
 * Whose a bare "$" is in a story with no dateline, from how the story
 * writes its other dollars, or NULL when it does not say:
 * - it writes one local dollar and marks US dollars too ("US$13.8 billion
 *   (S$19.6 billion)", then a share price "at $9.93"): that dollar;
 * - its headline writes a local dollar that the body writes bare ("S$2.06
 *   a share" and "$2.06 per share"): that dollar;
 * - it marks US dollars ("$US19.2b") and writes no local one: the dollar
 *   of the country it names most ("the Melbourne-based miner ... closed
 *   at $29.10").
 * A story that writes a local dollar and bare ones alone ("HK$80 a share"
 * beside "$34.5 billion"), or converts into bare dollars ("C$2.5 billion
 * ($1.9 billion)"), means US dollars by them.
 */
static const char *dollar_style_country(const struct doc *doc)
{
	const char *s = doc->text.buf;
	size_t title_end = doc->npara ? doc->para[0].end : 0;
	int us = 0, found = -1, echoed = 0;
	for (const char *p = strchr(s, '$'); p; p = strchr(p + 1, '$')) {
		const char *d = p + 1;
		while (*d == ' ')
			d++;
		if (p > s && p[-1] == '(' && isdigit((unsigned char)*d))
			return NULL;   /* "($1.9 billion)": bare is US */
		if (us_sign_at(s, p)) {
			us = 1;
			continue;
		}
		int k = local_sign_at(s, p);
		if (k < 0 || !isdigit((unsigned char)*d))
			continue;
		if (found >= 0 && found != k)
			return NULL;   /* two local dollars */
		found = k;
		if ((size_t)(p - s) >= title_end)
			continue;
		/* a headline's local dollar the body writes bare */
		for (const char *q = strchr(s + title_end, '$'); q && !echoed;
		     q = strchr(q + 1, '$'))
			echoed = local_sign_at(s, q) < 0 && !us_sign_at(s, q) &&
				 same_figure(d, q + 1);
	}
	if (found >= 0 && (us || echoed))
		return local_signs[found].country;
	if (us)
		return named_country(doc, MONEY_DOLLAR);
	/* no dollar marked at all: a story about Canadian, Australian or
	 * New Zealand companies more than American ones is the local
	 * press's, whose "$" is its own ("Vancouver-based Nevsun ... for
	 * $6 a share"); so is one that marks another country's dollar
	 * alone, a conversion for its readers abroad ("Australia's largest
	 * dairy processor ... for $1.31 billion ... equivalent to about
	 * C$1.29 billion") */
	/* nor one that names the local exchange a company lists on ("was
	 * removed from the ASX", "NZX-listed"): its readers' own dollar */
	/* (unless the story names American cities and states more than
	 * the exchange and its country: "Newmont Corp, which is listed in
	 * New York and on the ASX, agreed to buy Lone Star Gold Inc of
	 * Houston, the Denver-based company said") */
	size_t xn = 0;
	const char *x = found < 0 ? exchange_country(doc, &xn) : NULL;
	if (x && us_places_in(doc) <= place_mentions_at(doc, x, NULL) + xn)
		return x;
	const char *c = named_country(doc, MONEY_DOLLAR);
	if (found >= 0 && c && !strcmp(c, local_signs[found].country))
		return NULL;
	for (size_t i = 0; c && i < ARRAY_SIZE(local_units); i++)
		if (!strcmp(local_units[i].country, c) &&
		    local_units[i].generic == MONEY_DOLLAR)
			return local_units[i].sign && (named_most(doc, c) ||
				named_over_us(doc, c)) ? c : NULL;
	return NULL;
}

/*
 * Whose a bare "$" is under a dateline whose country's press writes its
 * own dollar with a sign ("S$", local_units[].sign 0), or NULL (the US
 * dollar, as wires write it): the local dollar when the story writes it
 * so and its bare dollars echo it (dollar_style_country(): "S$7.35 a
 * share" in the headline, "$7.35 per share" in the body).  A bare "$"
 * alone under "SINGAPORE -" says nothing: the city's press writes its
 * own dollar so, and US dollars too for a region's figures ("Southeast
 * Asia's digital economy to top $200 billion").
 */
static const char *local_press_dollar(const struct doc *doc,
				      const char *dateline)
{
	for (size_t i = 0; i < ARRAY_SIZE(local_units); i++) {
		if (strcmp(local_units[i].country, dateline) ||
		    local_units[i].generic != MONEY_DOLLAR ||
		    local_units[i].sign)
			continue;
		const char *style = dollar_style_country(doc);
		return style && !strcmp(style, dateline) ? style : NULL;
	}
	return NULL;
}

/* Whether the last amount before m in its sentence is in U.S. dollars,
 * named ("450 mln U.S. dlrs") or continuing named ones. */
static int usd_named_before(const struct doc *doc, const struct tags *t,
			    size_t first, const struct money *m)
{
	size_t k = doc_tok_at(doc, m->start);
	if (k >= doc->ntok)
		return 0;
	/* not "1.34 dlrs Canadian": a country's word after the sum */
	size_t e = doc_tok_at(doc, m->end);
	if (e < doc->ntok && doc->tok[e].start >= m->end && doc->tok[e].cap &&
	    doc->tok_place[e])
		return 0;
	/* the amount read last, in the same sentence */
	if (t->namounts <= first)
		return 0;
	const struct money *a = &t->amounts[t->namounts - 1].m;
	size_t ak = doc_tok_at(doc, a->start);
	if (ak >= doc->ntok || doc->tok[ak].sent != doc->tok[k].sent ||
	    a->start >= m->start)
		return 0;
	/* (or bare ones that continued them); not an exchange rate's
	 * quote, "a high of 0.6900 U.S. dlrs" for the Australian dollar */
	const char *dot = memchr(doc->text.buf + a->start, '.',
				 a->end - a->start);
	int quote = dot && a->value < 10 &&
		    (size_t)(doc->text.buf + a->end - dot) > 4 &&
		    isdigit((unsigned char)dot[1]) &&
		    isdigit((unsigned char)dot[2]) &&
		    isdigit((unsigned char)dot[3]);
	return !quote && (a->generic == MONEY_NAMED ||
			  a->generic == MONEY_DOLLAR) &&
	       !strcmp(a->currency, "USD");
}

/*
 * A unit that names no country, read as the dateline country's; francs,
 * crowns, pesos and rupees (never a US unit) also as the one the story
 * named in full before, else as the country the story names most.
 */
/* Whether amount m is written in cents ("70 cents", "45 cts") in a
 * sentence that quotes no currency ("the Australian dollar fell to 64
 * cents"). */
static int cents_written(const struct doc *doc, const struct money *m)
{
	size_t k = doc_tok_at(doc, m->start), e = m->end;
	if (k >= doc->ntok)
		return 0;
	const struct doc_sent *st = &doc->sent[doc->tok[k].sent];
	for (size_t q = st->t0; q < st->t1; q++)
		if (doc_word_is(doc, q, "dollar") || doc_word_is(doc, q, "currency"))
			return 0;
	for (; k < doc->ntok && doc->tok[k].start < e; k++)
		if (doc_word_is(doc, k, "cents") || doc_word_is(doc, k, "cent") ||
		    doc_word_is(doc, k, "cts") || doc_word_is(doc, k, "ct"))
			return 1;
	return 0;
}

/* The countries whose press writes its peso with a bare "$". */
static const char *const peso_sign_countries[] = {"MX", "CO", "CL", "AR"};

/* Whether country code c (may be NULL) is among list[0, n). */
static int country_listed(const char *c, const char *const *list, size_t n)
{
	for (size_t i = 0; c && i < n; i++)
		if (!strcmp(c, list[i]))
			return 1;
	return 0;
}

#define peso_sign_country(c) \
	country_listed(c, peso_sign_countries, ARRAY_SIZE(peso_sign_countries))

/* Whether amount m is a bare "$" before a Spanish scale ("$2,4
 * billones", "$11,6 billones", "$350 millones"): the peso sign of the
 * Spanish-speaking press, not a U.S. dollar. */
static int peso_sign(const struct doc *doc, const struct money *m)
{
	static const char *const scales[] = {
		"millones", "billones", "millón", "billón",
	};
	const char *s = doc->text.buf + m->start;
	size_t n = m->end - m->start;
	if (m->generic != MONEY_DOLLAR || *s != '$')
		return 0;
	/* (not "$50 millones (US$50 millones)": a bracket's U.S. dollars
	 * that no conversion took, the same figure) */
	if (!(m->flags & MONEY_USD_STATED))
		for (size_t k = 1; k + 3 <= n; k++)
			if (!memcmp(s + k, "US$", 3) || !memcmp(s + k, "USD", 3))
				return 0;
	/* (not "$50 millones de dólares": dollars named after it) */
	static const char *const dollars[] = {" de dólares", " de dolares"};
	for (size_t i = 0; i < ARRAY_SIZE(dollars); i++) {
		size_t w = strlen(dollars[i]);
		if (m->end + w <= doc->text.len &&
		    !strncasecmp(doc->text.buf + m->end, dollars[i], w))
			return 0;
	}
	for (size_t i = 0; i < ARRAY_SIZE(scales); i++) {
		size_t w = strlen(scales[i]);
		for (size_t k = 0; k + w <= n; k++)
			if (!memcmp(s + k, scales[i], w))
				return 1;
	}
	return 0;
}

/* How far, as a ratio either way, a peso's worth at its rate may stray
 * from the USD figure the story states for it. */
#define PESO_STATED_SPREAD 2.0

/*
 * Whose peso amount m is: the one whose rate comes nearest the USD
 * figure the story states for it ("$2,4 billones (US$965 millones)" is
 * Colombia's, Chile's would be worth three times as much), none when a
 * stated figure fits no peso; else the dateline's country (none under
 * another country's dateline), else the peso country the story names
 * most; NULL when none writes its peso "$".
 */
static const char *peso_country(const struct doc *doc, const char *dateline,
				const struct money *m)
{
	const char *best = NULL;
	double best_off = log(PESO_STATED_SPREAD), r;
	for (size_t i = 0; (m->flags & MONEY_USD_STATED) && m->usd > 0 &&
			   i < ARRAY_SIZE(peso_sign_countries); i++)
		for (size_t u = 0; u < ARRAY_SIZE(local_units); u++) {
			if (strcmp(local_units[u].country,
				   peso_sign_countries[i]) ||
			    local_units[u].generic != MONEY_PESO ||
			    !money_tab_rate_in(gaz_money(doc->g),
					       local_units[u].code, doc->year,
					       &r) ||
			    !(r > 0))
				continue;
			double off = fabs(log(m->value * r / m->usd));
			if (off < best_off) {
				best_off = off;
				best = peso_sign_countries[i];
			}
		}
	/* (a stated figure no peso fits is in dollars: "$50 millones
	 * (US$50 millones)") */
	if (best || ((m->flags & MONEY_USD_STATED) && m->usd > 0))
		return best;
	/* (under another country's dateline, "MIAMI", "QUITO", whose
	 * press means dollars by it, no peso) */
	if (dateline)
		return peso_sign_country(dateline) ? dateline : NULL;
	const char *c = named_country(doc, MONEY_PESO);
	return peso_sign_country(c) ? c : NULL;
}

/* The countries whose coins are the euro's. */
static const char *const euro_countries[] = {
	"DE", "FR", "IT", "ES", "NL", "BE", "AT", "IE", "PT", "FI", "GR",
	"LU", "SK", "SI", "EE", "LV", "LT", "MT", "CY", "HR",
};
/* The first year of the euro's coins. */
#define EURO_COINS_SINCE 2002

/* m is in currency `code`: its USD worth at the story's year's rate
 * (NAN when the table has none), unless the text stated it. */
static void take_unit(const struct doc *doc, struct money *m, const char *code)
{
	double r;
	memcpy(m->currency, code, 4);
	if (m->flags & MONEY_USD_STATED)
		return;
	if (money_tab_rate_in(gaz_money(doc->g), m->currency, doc->year, &r)) {
		m->usd = m->value * r;
		m->usd_low = m->low * r;
		m->usd_high = m->high * r;
	} else {
		m->usd = m->usd_low = m->usd_high = NAN;
	}
}

static void localise(const struct doc *doc, const struct tags *t,
		     size_t first, const char *dateline, const char *style,
		     struct money *m)
{
	if (m->generic == MONEY_NAMED)
		return;
	const char *country = dateline;
	int sign = doc->text.buf[m->start] == '$';
	const char *peso = peso_sign(doc, m) ? peso_country(doc, dateline, m) :
					       NULL;
	if (peso) {
		m->generic = MONEY_PESO;
		country = peso;
		sign = 0;
		style = NULL;
	}
	/* "Deutsche Post will charge 95 cents for a standard letter" under
	 * "BONN": a eurozone dateline's cents are euro cents, once the
	 * euro had coins (in 1987 a Bonn story's cents were U.S. ones) */
	if (m->generic == MONEY_DOLLAR && !sign &&
	    country_listed(dateline, euro_countries,
			   ARRAY_SIZE(euro_countries)) &&
	    (doc->year == 0 || doc->year >= EURO_COINS_SINCE) &&
	    cents_written(doc, m)) {
		take_unit(doc, m, "EUR");
		return;
	}
	/* ("70 cents a share" in a story whose "$" is the Australian
	 * dollar: its cents are that dollar's; not "the Australian dollar
	 * fell to 64 cents", a currency quoted in U.S. cents) */
	int styled = (sign || cents_written(doc, m)) && style &&
		     m->generic == MONEY_DOLLAR &&
		     (!dateline || !strcmp(style, dateline));
	if (styled)
		country = style;
	if (!peso && m->generic != MONEY_DOLLAR &&
	    !local_unit(dateline, m->generic))
		country = stated_country(t, first, m->generic);
	if (!peso && m->generic != MONEY_DOLLAR && !country)
		country = sentence_country(doc, m, m->generic);
	if (!peso && m->generic != MONEY_DOLLAR && !country)
		country = named_country(doc, m->generic);
	if (!country)
		return;
	/* "will be held to 450 mln U.S. dlrs ..., while the cost of the
	 * first phase was cut to 150 mln dlrs": bare dollars after U.S.
	 * ones named in the same sentence are U.S. ones too */
	if (m->generic == MONEY_DOLLAR && !sign && usd_named_before(doc, t, first, m))
		return;
	for (size_t i = 0; i < ARRAY_SIZE(local_units); i++) {
		if (strcmp(local_units[i].country, country) ||
		    local_units[i].generic != m->generic ||
		    (sign && !local_units[i].sign && !styled))
			continue;
		take_unit(doc, m, local_units[i].code);
		return;
	}
}

/* How far a headline's rounding may stray from the body's figure. */
#define HEADLINE_ROUNDING 0.05

static int near_value(double a, double b, double within)
{
	return fabs(a - b) <= within * fabs(b);
}

/*
 * A headline amount the body states again ("$100m" in the headline,
 * "$102 million (Rs760 crore)" in the body; "$262m" and "1.83 billion yuan
 * ($262 million)"): the same currency and value, headlines rounded, or
 * the body's stated USD figure.
 */
static int restates(const struct money *head, const struct money *body)
{
	if ((head->flags & MONEY_PER_SHARE) != (body->flags & MONEY_PER_SHARE))
		return 0;
	if (!strcmp(head->currency, body->currency) &&
	    near_value(head->low, body->low, HEADLINE_ROUNDING) &&
	    near_value(head->high, body->high, HEADLINE_ROUNDING))
		return 1;
	return !strcmp(head->currency, "USD") &&
	       (body->flags & MONEY_USD_STATED) &&
	       near_value(head->value, body->usd, HEADLINE_ROUNDING);
}

/*
 * An amount stated again: the same currency and value, both ranges or
 * neither, both per share or neither ("its 400 mln dlrs credit" in the
 * lead, "the 400 mln dlrs facility" further down, is one amount; so is
 * "two cts per share" twice in a sentence).  A sum without a scale word
 * is one amount with or without "a share" ("a dividend of 12-1/2 cts",
 * later "12-1/2 cts a share").  `para_start` is where m's paragraph
 * begins: before it, a title's amount counts as a repeat only there
 * (title_repeat()).
 */
static int repeated(const char *text, const struct tags *t, size_t first,
		    const struct money *m, size_t para_start)
{
	for (size_t i = first; i < t->namounts; i++) {
		const struct money *o = &t->amounts[i].m;
		unsigned mask = o->scale <= 1 && m->scale <= 1 ?
			MONEY_RANGE : MONEY_RANGE | MONEY_PER_SHARE;
		(void)text;
		if ((o->start < para_start || o->end <= m->start) &&
		    !strcmp(o->currency, m->currency) &&
		    (o->flags & mask) == (m->flags & mask) &&
		    near_value(o->low, m->low, 1e-9) &&
		    near_value(o->high, m->high, 1e-9))
			return 1;
	}
	return 0;
}

/* How far apart an amount and its conversion's USD values may be, as a
 * share of the first: stories convert at the day's rate, the table at
 * the year's average. */
#define CONVERSION_SLACK 0.1
/* The same after "equivalent to" or "equal to". */
#define CONVERSION_SLACK_STATED 0.25

/*
 * m restates an earlier amount of the story in another currency, apart
 * from it: "has raised US$250 million ... The investment, equivalent to
 * about 5 billion pesos, makes", "raised $430mn ... The new money, about
 * £340mn, will", "for about £4 billion, or roughly 180 billion baht":
 * after "equivalent to", "equal to" or ", or", or in apposition to a
 * word for the sum, and worth what that amount is worth.
 */
static int converted_before(const struct doc *doc, const struct tags *t,
			    size_t first, const struct money *m)
{
	static const char *const hedge[] = {
		"about", "around", "roughly", "approximately", "some",
		"nearly", "almost",
	};
	static const char *const sums[] = {
		"money", "investment", "sum", "amount", "funding", "round",
		"raise", "figure", "transaction", "proceeds", "consideration",
	};
	if (isnan(m->usd) || m->usd <= 0 || (m->flags & MONEY_PER_SHARE))
		return 0;
	size_t at = doc_tok_at(doc, m->start);
	long k = doc_prev(doc, at);
	while (k >= 0 && doc_word_in(doc, (size_t)k, hedge, ARRAY_SIZE(hedge)))
		k = doc_prev(doc, (size_t)k);
	if (k < 0)
		return 0;
	long w = doc_prev(doc, (size_t)k);
	int conv = doc_word_is(doc, (size_t)k, "to") && w >= 0 &&
		   (doc_word_is(doc, (size_t)w, "equivalent") ||
		    doc_word_is(doc, (size_t)w, "equal"));
	/* "for about £4 billion, or roughly 180 billion baht" (not into
	 * dollars: the wire's "183 mln crowns, or 26.9 mln dlrs" states
	 * the figure its readers count, which the annotated sets keep) */
	conv |= doc_word_is(doc, (size_t)k, "or") && w >= 0 &&
		doc_gap_has(doc, (size_t)w, (size_t)k, ',') &&
		strcmp(m->currency, "USD");
	/* "The new money, about £340mn," */
	size_t next = (size_t)k + 1 < doc->ntok ? doc_next(doc, (size_t)k) :
		      doc->ntok;
	conv |= doc_word_in(doc, (size_t)k, sums, ARRAY_SIZE(sums)) &&
		doc_gap_has(doc, (size_t)k, next, ',');
	if (!conv)
		return 0;
	/* "equivalent to" says so itself: the figures need only be of a
	 * size, the story's rate and the table's years apart ("$4.7
	 * billion ... equivalent to nearly Tk 50,000 crore") */
	double slack = doc_word_is(doc, (size_t)k, "to") ?
		       CONVERSION_SLACK_STATED : CONVERSION_SLACK;
	for (size_t i = first; i < t->namounts; i++) {
		const struct money *o = &t->amounts[i].m;
		double ou = o->usd;
		if (strcmp(o->currency, m->currency) && !isnan(ou) && ou > 0 &&
		    !(o->flags & MONEY_PER_SHARE) &&
		    fabs(ou - m->usd) <= slack * ou)
			return 1;
	}
	return 0;
}

/*
 * A headline's dollars, their country guessed from the dateline ("150 MLN
 * DLR LOAN" under HONG KONG), and the body's same figure in dollars it
 * names ("a 150 mln U.S. Dlr loan"): one amount, the body's.
 */
static int same_dollars(const struct money *head, const struct money *body)
{
	static const char *const dollars[] = {
		"USD", "HKD", "CAD", "AUD", "NZD", "SGD", "TWD",
	};
	if (head->generic != MONEY_DOLLAR ||
	    ((head->flags ^ body->flags) & (MONEY_RANGE | MONEY_PER_SHARE)) ||
	    !near_value(head->low, body->low, 1e-9) ||
	    !near_value(head->high, body->high, 1e-9))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(dollars); i++)
		if (!strcmp(body->currency, dollars[i]))
			return 1;
	return 0;
}

/*
 * m, in the body, repeats a headline amount: the headline's is dropped, so
 * that m (with the body's context) is the one.  0 when m repeats a body
 * amount.
 */
static int title_repeat(const struct doc *doc, struct tags *t, size_t first,
			const struct money *m)
{
	size_t title_end = doc->title ? strlen(doc->title) : 0;
	if (m->start < title_end)
		return 0;
	for (size_t i = first; i < t->namounts; i++) {
		struct ex_amount *a = &t->amounts[i];
		if (a->m.end <= title_end &&
		    (repeated(doc->text.buf, t, i, m, title_end) ||
		     same_dollars(&a->m, m)) &&
		    !repeated(doc->text.buf, t, i + 1, m, title_end)) {
			free(a->text);
			memmove(a, a + 1, (t->namounts - i - 1) * sizeof(*a));
			t->namounts--;
			return 1;
		}
	}
	return 0;
}

/* Whether `text`, a body amount as written, holds `head` in its brackets:
 * "Twiga Foods raises Sh5.6 billion" over "$50 million (Sh5.6 billion)",
 * a conversion the headline gave. */
static int in_brackets(const char *text, const char *head)
{
	const char *open = strchr(text, '(');
	return open && *head && strstr(open, head) != NULL;
}

/* Drop headline amounts the body restates: the body's context is richer. */
static void drop_restated(const struct doc *doc, struct tags *t,
			  size_t first)
{
	size_t title_end = doc->title ? strlen(doc->title) : 0, out = first;
	for (size_t i = first; i < t->namounts; i++) {
		struct ex_amount *a = &t->amounts[i];
		int dup = 0;
		if (a->m.end <= title_end)
			for (size_t k = i + 1; k < t->namounts && !dup; k++)
				dup = t->amounts[k].m.start >= title_end &&
				      (restates(&a->m, &t->amounts[k].m) ||
				       in_brackets(t->amounts[k].text, a->text));
		if (dup) {
			free(a->text);
			continue;
		}
		t->amounts[out++] = *a;
	}
	t->namounts = out;
}

/*
 * The most amounts one article gets: checking an amount against those
 * before it (repeated()) then costs a bounded time, so tagging stays
 * linear in the text however many figures it holds.
 */
#define AMOUNTS_MAX 500

/* Whether money m is words of a company's name: "Boston Five Cents
 * Savings Bank" (a mention covers every token of it). */
static int inside_name(const struct doc *doc, const struct money *m)
{
	size_t k = doc_tok_at(doc, m->start);
	if (k >= doc->ntok)
		return 0;
	for (; k < doc->ntok && doc->tok[k].start < m->end; k++)
		if (doc->tok_co[k] < 0)
			return 0;
	return 1;
}

/* Words between a price's two parts: "12 mln dlrs in cash and 1.5 mln
 * dlrs in notes", "six mln dlrs in cash, a 13,550,000 dlr note". */
static const char *const part_joins[] = {"in", "cash", "and", "plus", "a",
					 "an"};
/* What the second part is paid in. */
static const char *const paid_in[] = {
	"note", "notes", "promissory", "debenture", "debentures", "stock",
	"shares", "preferred", "common", "warrants", "securities",
};
/* How many words after the second part may say what it is paid in. */
#define PAID_IN_WORDS 4

/*
 * Whether amount b, in prev's sentence right after it, is a second part
 * of the price prev is: only joining words between them, and notes,
 * stock or shares it is paid in just after it.
 */
static int consideration_part(const struct doc *doc,
			      const struct ex_amount *prev,
			      const struct ex_amount *b)
{
	if (prev->kind != AMOUNT_DEAL || b->m.start <= prev->m.end)
		return 0;
	size_t p1 = doc_tok_at(doc, prev->m.end - 1),
	       b0 = doc_tok_at(doc, b->m.start), b1 = doc_tok_at(doc, b->m.end);
	if (p1 >= doc->ntok || b0 >= doc->ntok ||
	    doc->tok[p1].sent != doc->tok[b0].sent)
		return 0;
	const struct doc_sent *st = &doc->sent[doc->tok[b0].sent];
	int joined = 0;
	for (size_t k = p1 + 1; k < b0; k++) {
		if (doc->tok[k].flags & ANA_JOINED)
			continue;
		if (!word_in(doc_word(doc, k), part_joins,
			     ARRAY_SIZE(part_joins)))
			return 0;
		joined |= !strcmp(doc_word(doc, k), "and") ||
			  !strcmp(doc_word(doc, k), "plus") ||
			  !strcmp(doc_word(doc, k), "a");
	}
	if (!joined)
		return 0;
	size_t n = 0;
	for (size_t k = b1; k < st->t1 && n < PAID_IN_WORDS; k++) {
		if (doc->tok[k].flags & ANA_JOINED)
			continue;
		n++;
		if (word_in(doc_word(doc, k), paid_in, ARRAY_SIZE(paid_in)))
			return 1;
	}
	return 0;
}

void amounts_tag(struct doc *doc, struct tags *t)
{
	struct cue_count cache = {SIZE_MAX, 0, -1};
	const char *dateline = dateline_country(doc);
	const char *style = dateline ? local_press_dollar(doc, dateline) :
			    dollar_style_country(doc);
	size_t first = t->namounts;
	for (size_t p = 0; p < doc->npara; p++) {
		const struct doc_para *pp = &doc->para[p];
		if (t->namounts - first >= AMOUNTS_MAX)
			break;
		if (pp->boiler || pp->end <= pp->start ||
		    !may_hold_money(doc, pp))
			continue;
		size_t n = money_scan_in(gaz_money(doc->g), doc->year,
					 doc->text.buf + pp->start,
					 pp->end - pp->start, &doc->money, 0,
					 &doc->moneycap);
		if (!n)
			continue;
		t->amounts = xrealloc(t->amounts,
				      (t->namounts + n) * sizeof(*t->amounts));
		for (size_t i = 0; i < n; i++) {
			struct money m = doc->money[i];
			m.start += pp->start;
			m.end += pp->start;
			if (t->namounts - first >= AMOUNTS_MAX)
				break;
			if (inside_name(doc, &m))
				continue;
			for (size_t k = doc_tok_at(doc, m.start);
			     k < doc->ntok && doc->tok[k].start < m.end; k++)
				doc->tok_money[k] = 1;
			localise(doc, t, first, dateline, style, &m);
			if (converted_before(doc, t, first, &m))
				continue;
			if (repeated(doc->text.buf, t, first, &m, pp->start)) {
				if (!title_repeat(doc, t, first, &m))
					continue;
				/* the body's words tell its kind */
			} else {
				/* (a headline's guessed dollars: same_dollars) */
				(void)title_repeat(doc, t, first, &m);
			}
			struct ex_amount *a = &t->amounts[t->namounts++];
			a->m = m;
			/* as written, a line break read as a space */
			a->text = xmalloc(a->m.end - a->m.start + 1);
			size_t len = 0;
			for (size_t k = a->m.start; k < a->m.end; k++) {
				char c = doc->text.buf[k];
				if (isspace((unsigned char)c)) {
					if (len && a->text[len - 1] == ' ')
						continue;
					c = ' ';
				}
				a->text[len++] = c;
			}
			a->text[len] = '\0';
			a->kind = amount_kind(doc, &a->m, &cache);
			if (a->kind == AMOUNT_OTHER && t->namounts - first >= 2 &&
			    consideration_part(doc, &a[-1], a))
				a->kind = AMOUNT_DEAL;
		}
	}
	drop_restated(doc, t, first);
}
