/*
 * places.c - the places stage (stages.h): the places an article names,
 * the story's countries and regions, weighed by where they are named.
 */
#include <ctype.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#include "stages.h"


/*
 * Story countries: each mention adds its sentence's weight (headline 3,
 * lead paragraph 1.5, elsewhere 1) and the dateline adds 3.  The top
 * country is the story's, and so is any other reaching COUNTRY_MIN.
 * These figures were chosen on Reuters' training split (place F1 flat
 * within 0.005 around them, see docs/EXTRACTION.md).
 */
#define TITLE_W 3.0
#define LEAD_W 1.5
#define DATELINE_WEIGHT 3.0
#define COUNTRY_MIN 2.5
/* Without a dateline nothing anchors the story: a country named in the
 * headline or the lead paragraph (1.5) is enough. */
#define COUNTRY_MIN_UNDATED 1.5
/* A region named outright ("Southeast Asia") counts from this weight. */
#define REGION_MIN 2.0
/*
 * A country tied to a party ("Singapore-based X", "X of Japan",
 * "Indonesia's X", "Japanese X") adds TIE_W to its mention.  A
 * company's suffix or exchange code that only one
 * country uses ("Sdn Bhd", "Tbk", "(6806 JT)") adds PARTY_W, once per
 * company.
 */
#define TIE_W 1.0
#define TIE_SKIP 2
#define PARTY_W 1.5

/* The lead paragraph: the first of the body that is not boilerplate. */
static uint32_t lead_para(const struct doc *doc)
{
	for (uint32_t q = 1; q < doc->npara; q++)
		if (!doc->para[q].boiler)
			return q;
	return 0;
}

/* How much a mention in sentence s says about the story. */
static double weight(const struct doc *doc, uint32_t s, uint32_t lead)
{
	uint32_t p = doc->sent[s].para;
	if (p == 0)
		return TITLE_W;
	return p == lead ? LEAD_W : 1;
}

struct cscore {
	int country;
	double score;
	int up_front;   /* named in the headline or the lead paragraph */
};

static int by_score(const void *a, const void *b)
{
	const struct cscore *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->country - y->country;
}

/* `seen`: place name -> index in t->places. */
static void add_place(struct tags *t, const struct gaz *g, int place,
		      struct smap *seen, size_t *cap)
{
	const struct gaz_place *p = gaz_place(g, place);
	int i = smap_get(seen, p->name, strlen(p->name));
	if (i >= 0) {
		t->places[i].mentions++;
		return;
	}
	smap_put(seen, p->name, strlen(p->name), (int)t->nplaces);
	DOC_GROW(t->places, t->nplaces, *cap);
	struct ex_place *x = &t->places[t->nplaces++];
	x->name = xstrdup(p->name);
	memcpy(x->code, gaz_country(g, p->country)->code, 3);
	x->mentions = 1;
}

/* Suffixes and exchange codes that name a company's country. */
static const struct {
	const char *word;
	char code[3];
} party_codes[] = {
	{"bhd", "MY"}, {"berhad", "MY"}, {"sdn", "MY"}, {"tbk", "ID"},
	/* (not "Pvt", as much Pakistan's, Sri Lanka's and Nepal's as
	 * India's) */
	{"pte", "SG"}, {"kk", "JP"}, {"oyj", "FI"},
	{"saog", "OM"}, {"qsc", "QA"}, {"qpsc", "QA"}, {"ltda", "BR"},
	{"pcl", "TH"}, {"pjsc", "AE"},
	/* exchanges: "(SASE:4090)", "(NSE: INFY)", "(6806 JT)" */
	{"sase", "SA"}, {"tadawul", "SA"}, {"nse", "IN"}, {"bse", "IN"},
	{"sgx", "SG"}, {"hkex", "HK"}, {"asx", "AU"}, {"jse", "ZA"},
	{"klse", "MY"}, {"idx", "ID"}, {"krx", "KR"}, {"kosdaq", "KR"},
	{"pse", "PH"}, {"tase", "IL"}, {"jt", "JP"}, {"ij", "ID"},
	{"mk", "MY"}, {"sp", "SG"}, {"ks", "KR"}, {"tt", "TW"},
	{"adx", "AE"}, {"dfm", "AE"}, {"egx", "EG"}, {"bmv", "MX"},
};

/* The longest word of party_codes[] and listing_codes[]. */
#define PARTY_WORD_MAX 7

/*
 * Exchanges a company's listing names: "JSE-listed Gold Fields", "JSE-
 * and NYSE-listed", "listed on the BSE", "shares rose 2.1 percent on the
 * Kospi".  New York's are left out: foreign companies list their
 * receipts there, so a listing in New York says nothing of home.
 * "SET" is Thailand's only before "-listed".
 */
static const struct {
	const char *word;
	char code[3];
} listing_codes[] = {
	{"asx", "AU"}, {"jse", "ZA"}, {"bse", "IN"}, {"nse", "IN"},
	{"sgx", "SG"}, {"hkex", "HK"}, {"kospi", "KR"}, {"kosdaq", "KR"},
	{"krx", "KR"}, {"tsx", "CA"}, {"set", "TH"}, {"idx", "ID"},
	{"pse", "PH"}, {"tase", "IL"}, {"tadawul", "SA"}, {"adx", "AE"},
	{"dfm", "AE"}, {"egx", "EG"}, {"bmv", "MX"}, {"klse", "MY"},
	{"sase", "SA"}, {"nzx", "NZ"},
};

/* The country of the exchange token i names as a listing's, or -1. */
static int listing_country(const struct doc *doc, size_t i)
{
	if (!doc->tok[i].cap || doc->tok[i].wl > PARTY_WORD_MAX)
		return -1;
	const char *w = doc_word(doc, i);
	size_t k = 0;
	while (k < ARRAY_SIZE(listing_codes) &&
	       (w[0] != listing_codes[k].word[0] || strcmp(w, listing_codes[k].word)))
		k++;
	if (k == ARRAY_SIZE(listing_codes))
		return -1;
	const char *s = doc->text.buf;
	size_t e = doc->tok[i].end, n = doc->text.len;
	int listed = e + 7 <= n && !strncasecmp(s + e, "-listed", 7);
	/* "JSE- and NYSE-listed": the first of a pair */
	if (!listed && e + 6 <= n && !strncmp(s + e, "- and ", 6)) {
		const char *l = memchr(s + e + 6, '-', n - e - 6 < 12 ?
				       n - e - 6 : 12);
		listed = l && l + 7 <= s + n && !strncasecmp(l, "-listed", 7);
	}
	/* ("on the NSE" is Nigeria's exchange too, "on the PSE" the
	 * Pacific's: only their "-listed" says whose) */
	if (!listed && strcmp(w, "set") && strcmp(w, "nse") && strcmp(w, "pse")) {
		long t = doc_prev(doc, i);
		long o = t >= 0 ? doc_prev(doc, (size_t)t) : -1;
		listed = o >= 0 && doc_word_is(doc, (size_t)t, "the") &&
			 doc_word_is(doc, (size_t)o, "on");
	}
	return listed ? gaz_country_find(doc->g, listing_codes[k].code) : -1;
}


static int party_country(const struct doc *doc, size_t i)
{
	/* party_word() wants a capital: most tokens are spared the scan */
	if (!doc->tok[i].cap || doc->tok[i].wl > PARTY_WORD_MAX)
		return -1;
	const char *w = doc_word(doc, i);
	for (size_t k = 0; k < ARRAY_SIZE(party_codes); k++)
		if (w[0] == party_codes[k].word[0] &&
		    !strcmp(w, party_codes[k].word))
			return gaz_country_find(doc->g, party_codes[k].code);
	return -1;
}

/* Whether token i, a suffix or exchange word, speaks of a company: right
 * after a company's name or in a bracket with a ticker. */
static int party_word(const struct doc *doc, size_t i)
{
	const char *s = doc->text.buf;
	if (!doc->tok[i].cap && !isupper((unsigned char)s[doc->tok[i].start]))
		return 0;
	if (doc->tok_co[i] >= 0)
		return 1;
	long p = doc_prev(doc, i);
	if (p >= 0 && doc->tok_co[p] >= 0)
		return 1;
	/* "(6806 JT)", "(SASE:4090)" */
	size_t a = doc->tok[i].start, b = doc->tok[i].end;
	size_t lo = a > 12 ? a - 12 : 0;
	const char *open = NULL;
	for (size_t k = a; k > lo; k--)
		if (s[k - 1] == '(') {
			open = s + k - 1;
			break;
		} else if (s[k - 1] == ')' || s[k - 1] == '\n') {
			break;
		}
	if (!open)
		return 0;
	for (size_t k = b; k < doc->text.len && k < b + 12; k++)
		if (s[k] == ')')
			return 1;
	return 0;
}

int places_code_country(const struct doc *doc, size_t i)
{
	int c = party_country(doc, i);
	return c >= 0 && party_word(doc, i) ? c : -1;
}

/* Words that go on after a party told by its country and trade ("the US
 * card company would pay"). */
static const char *const clause_after[] = {
	"would", "will", "said", "says", "has", "have", "had", "is", "was",
	"agreed", "plans", "which", "that", "and", "to", "for", "in", "with",
	"could", "may", "also", "did", "does", "paid", "pays", "bought",
	"buys", "offered", "made",
};

/*
 * Whether the place mention m tells a party by its country and trade
 * alone ("a report that the US card company would pay", "the US group's
 * offer"): "the", the place, at most TIE_SKIP lower-case words, then a
 * firm's noun in the singular that heads the phrase (a clause's word, a
 * possessive or a mark after it: not "the Swiss bank account"), in one
 * sentence; not a central bank, nor an apposition's ("Valitor, the
 * Icelandic payments company," is that company's, a party or not).
 */
static int trade_described(const struct doc *doc, const struct doc_ment *m)
{
	long d = doc_prev(doc, m->t0);
	if (d < 0 || !doc_word_is(doc, (size_t)d, "the"))
		return 0;
	long dd = doc_prev(doc, (size_t)d);
	if (dd >= 0 && doc_gap_has(doc, (size_t)dd, (size_t)d, ','))
		return 0;
	size_t q = doc_next(doc, m->t1 - 1), last = m->t1 - 1;
	for (unsigned n = 0; n <= TIE_SKIP && q < doc->ntok &&
	     !doc->tok[q].cap && ((doc->tok[q].flags & ANA_ALPHA) ||
				  doc_possessive(doc, q)) &&
	     doc->tok[q].start - doc->tok[last].end <= 1;
	     n++, last = q, q = doc_next(doc, q)) {
		if (!(doc->tok[q].wcls & DOC_W_ORG))
			continue;
		/* "group's" is one group, "banks" a trade */
		const char *w = doc_word(doc, q);
		size_t h = doc_next(doc, q);
		int heads = h >= doc->ntok || doc_possessive(doc, q) ||
			    doc_gap_has(doc, q, h, ',') ||
			    doc_gap_has(doc, q, h, '.') ||
			    doc_word_in(doc, h, clause_after,
					ARRAY_SIZE(clause_after));
		return heads && doc->tok[q].sent == m->sent &&
		       (w[doc->tok[q].wl - 1] != 's' || doc_possessive(doc, q) ||
			doc_word_is(doc, q, "business")) &&
		       !(q > m->t1 && doc_word_is(doc, (size_t)
						   doc_prev(doc, q), "central"));
	}
	return 0;
}

/* Is the place mention m tied to a party: "Singapore-based",
 * "Indonesia's Nusa", "Japanese Dydo", "Tokyo's", "X of (the) Japan", the
 * "Shanghai Stock Exchange" of a listing? */
static int tied(const struct doc *doc, const struct doc_ment *m)
{
	const char *s = doc->text.buf;
	size_t e = doc->tok[m->t1 - 1].end;
	size_t nx = doc_next(doc, m->t1 - 1);
	if (e + 6 <= doc->text.len && !strncasecmp(s + e, "-based", 6))
		return 1;
	/* "a filing to the Shanghai Stock Exchange": a party's listing */
	if (nx < doc->ntok && (doc_word_is(doc, nx, "stock") ||
			       doc_word_is(doc, nx, "exchange") ||
			       doc_word_is(doc, nx, "bourse"))) {
		size_t k = doc_word_is(doc, nx, "stock") ?
			   doc_next(doc, nx) : nx;
		if (k < doc->ntok && (doc_word_is(doc, k, "exchange") ||
				      doc_word_is(doc, k, "bourse")))
			return 1;
	}
	if (nx < doc->ntok && doc->tok[nx].start - e <= 5) {
		/* "Indonesia's X", "Japanese X", "U.S. grocer Kroger", "US
		 * investment firm Tiger Global": a company after it and at
		 * most TIE_SKIP lower-case words */
		size_t k = nx;
		for (unsigned n = 0; n < TIE_SKIP && k < doc->ntok &&
		     doc->tok_co[k] < 0 && !doc->tok[k].cap &&
		     (doc->tok[k].flags & ANA_ALPHA) &&
		     !(doc->tok[k].wcls & DOC_W_STOP); n++)
			k = doc_next(doc, k);
		if (k < doc->ntok && doc->tok_co[k] >= 0)
			return 1;
		if (trade_described(doc, m))
			return 1;
	}
	/* "to sell its subsidiaries in Angola, Cameroon, The Gambia and
	 * Sierra Leone": where the parts bought or sold are */
	{
		static const char *const parts[] = {
			"subsidiaries", "subsidiary", "units", "unit",
			"operations", "businesses", "business", "branches",
			"assets", "stakes", "interests",
		};
		long q = doc_prev(doc, m->t0);
		while (q >= 0 && doc->tok[q].sent == m->sent &&
		       (doc->tok_place[q] || doc_word_is(doc, (size_t)q, "and") ||
			doc_word_is(doc, (size_t)q, "the")))
			q = doc_prev(doc, (size_t)q);
		long u = q >= 0 ? doc_prev(doc, (size_t)q) : -1;
		if (u >= 0 && doc->tok[u].sent == m->sent &&
		    doc_word_is(doc, (size_t)q, "in") &&
		    doc_word_in(doc, (size_t)u, parts, ARRAY_SIZE(parts))) {
			/* its own parts, after a verb or noun of a deal
			 * ("agreed to sell its grocery products operations
			 * in"), not a subsidiary it set up or kept */
			long o = doc_prev(doc, (size_t)u);
			for (int n = 0; o >= 0 && n < 4 &&
			     doc->tok[o].sent == m->sent &&
			     !doc_word_is(doc, (size_t)o, "its") &&
			     !doc_word_is(doc, (size_t)o, "their");
			     n++)
				o = doc_prev(doc, (size_t)o);
			if (o >= 0 && doc->tok[o].sent == m->sent &&
			    (doc_word_is(doc, (size_t)o, "its") ||
			     doc_word_is(doc, (size_t)o, "their")))
				for (long c = doc_prev(doc, (size_t)o);
				     c >= 0 && doc->tok[c].sent == m->sent;
				     c = doc_prev(doc, (size_t)c))
					if (doc_deal_cue(doc->tok[c].scls) >= 0)
						return 1;
		}
	}
	long p = doc_prev(doc, m->t0);
	/* "Cyclops Corp of the U.S.", "X of the Netherlands" */
	if (p >= 0 && doc_word_is(doc, (size_t)p, "the"))
		p = doc_prev(doc, (size_t)p);
	if (p >= 0 && doc_word_is(doc, (size_t)p, "of")) {
		long pp = doc_prev(doc, (size_t)p);
		if (pp >= 0 && doc->tok_co[pp] >= 0)
			return 1;
	}
	return 0;
}

/* Words before a party's rivals: "after fierce competition with
 * Turkey's Vestel and Iran's Entekhab", "it outbid Japan's Kao". */
static const char *const rival_words[] = {
	"competition", "competing", "compete", "competed", "rival", "rivals",
	"outbid", "outbidding", "beat", "beating", "against",
};

/* Whether a rival word comes at most RIVAL_SPAN tokens before mention m
 * in its sentence: the place is a rival's, no party's. */
#define RIVAL_SPAN 8
#define RIVAL_W 0.5
static int rivals(const struct doc *doc, const struct doc_ment *m)
{
	uint32_t sent = doc->tok[m->t0].sent;
	long k = (long)m->t0;
	for (unsigned n = 0; n < RIVAL_SPAN; n++) {
		k = doc_prev(doc, (size_t)k);
		if (k < 0 || doc->tok[k].sent != sent)
			return 0;
		for (size_t r = 0; r < ARRAY_SIZE(rival_words); r++)
			if (doc_word_is(doc, (size_t)k, rival_words[r]))
				return 1;
	}
	return 0;
}

/* Places by mentions, most first; equal counts keep their order. */
struct place_rank {
	struct ex_place place;
	size_t order;
};

static int by_place_mentions(const void *a, const void *b)
{
	const struct place_rank *x = a, *y = b;
	if (x->place.mentions != y->place.mentions)
		return x->place.mentions > y->place.mentions ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static void sort_places(struct tags *t)
{
	struct place_rank *r = xmalloc((t->nplaces ? t->nplaces : 1) *
				       sizeof(*r));
	for (size_t i = 0; i < t->nplaces; i++) {
		r[i].place = t->places[i];
		r[i].order = i;
	}
	qsort(r, t->nplaces, sizeof(*r), by_place_mentions);
	for (size_t i = 0; i < t->nplaces; i++)
		t->places[i] = r[i].place;
	free(r);
}

/* t->regions (room for every region): those of `mask` in id order, but
 * "other". */
static void set_regions(const struct gaz *g, struct tags *t, uint32_t mask)
{
	int other = gaz_region_find(g, "other");
	if (other >= 0)
		mask &= ~(1u << other);
	t->nregions = 0;
	for (size_t r = 0; r < gaz_region_count(g); r++)
		if (mask & (1u << r))
			t->regions[t->nregions++] = (int)r;
}

/* The country whose own currency ISO 4217 code `cur` is (its first two
 * letters: MYR -> MY), or -1: dollars (USD) and euros are written
 * everywhere, and X.. codes (gold, SDRs) and bitcoin are no country's. */
static int currency_country(const struct gaz *g, const char *cur)
{
	/* bitcoin's BTC is no Bhutanese currency */
	if (strlen(cur) != 3 || !strcmp(cur, "USD") || !strcmp(cur, "EUR") ||
	    cur[0] == 'X' || !strcmp(cur, "BTC"))
		return -1;
	char code[3] = {cur[0], cur[1], 0};
	return gaz_country_find(g, code);
}

/* Whether amount m's unit tells its country: written in full ("Rs",
 * "£", "Swiss francs"), or a dirham ("Dh4.41 billion", "1 billion
 * dirhams"), the Gulf's unless the story is Morocco's; not "francs",
 * "rupees" or "$", whose country may be a guess. */
static int unit_tells_country(const struct money *m)
{
	return m->generic == MONEY_NAMED || m->generic == MONEY_DIRHAM;
}

/* How many of the story's amounts are bare dollars read as US ones ("$1
 * billion", "50 mln dlrs"), as a story written for the US writes them. */
static size_t bare_dollars(const struct tags *t)
{
	size_t bare = 0;
	for (size_t a = 0; a < t->namounts; a++)
		bare += t->amounts[a].m.generic == MONEY_DOLLAR &&
			!strcmp(t->amounts[a].m.currency, "USD");
	return bare;
}

/*
 * An undated story that names no country up front (not in the headline,
 * not in the lead paragraph) is anchored by its own currency, written
 * in full ("10.44 trillion won", "260.3 billion yuan", "₹18,000 crore"):
 * the country most of those amounts are in, when it has two of them or
 * the story writes no bare "$", weighs as a dateline would,
 * so a country the body names once in passing ("approval in the United
 * States") no longer leads it.  The dollar and the euro anchor nothing.
 */
static void currency_anchor(const struct doc *doc, const struct tags *t,
			    struct cscore *cs, size_t nc)
{
	for (size_t i = 0; i < nc; i++)
		if (cs[i].up_front)
			return;
	int best = -1;
	unsigned best_n = 0;
	unsigned *n = xcalloc(nc ? nc : 1, sizeof(*n));
	for (size_t a = 0; a < t->namounts; a++) {
		if (!unit_tells_country(&t->amounts[a].m))
			continue;
		int c = currency_country(doc->g, t->amounts[a].m.currency);
		if (c >= 0 && ++n[c] > best_n)
			best = c, best_n = n[c];
	}
	free(n);
	/* (two such amounts, or a story that writes no bare "$": a passing
	 * "spent 2 trillion won" in a story of dollars anchors nothing,
	 * where "260.3 billion yuan (US$36.7 billion)" writes dollars as
	 * the press abroad does) */
	if (best >= 0 && (best_n >= 2 || !bare_dollars(t))) {
		cs[best].score += DATELINE_WEIGHT;
		cs[best].up_front = 1;
	}
}

void places_tag(struct doc *doc, struct tags *t)
{
	size_t nc = gaz_country_count(doc->g), nr = gaz_region_count(doc->g);
	struct cscore *cs = xcalloc(nc ? nc : 1, sizeof(*cs));
	double *rs = xcalloc(nr ? nr : 1, sizeof(*rs));
	struct smap *seen = smap_new();
	size_t cap = t->nplaces;
	uint32_t lead = lead_para(doc);
	for (size_t i = 0; i < nc; i++)
		cs[i].country = (int)i;
	int dl = doc_dateline_place(doc);
	if (dl >= 0) {
		add_place(t, doc->g, dl, seen, &cap);
		cs[gaz_place(doc->g, dl)->country].score += DATELINE_WEIGHT;
	}
	for (size_t m = 0; m < doc->nment; m++) {
		const struct doc_ment *x = &doc->ment[m];
		double w = weight(doc, x->sent, lead);
		if (x->kind == DOC_PLACE) {
			add_place(t, doc->g, x->id, seen, &cap);
			int tie = tied(doc, x);
			if (rivals(doc, x))
				w = RIVAL_W, tie = 0;
			else if (tie)
				w += TIE_W;
			const struct gaz_place *gp = gaz_place(doc->g, x->id);
			struct cscore *c = &cs[gp->country];
			c->score += w;
			/* a city in the lead paragraph is where something is
			 * ("an abattoir near Wellington"), or a wire's bureau
			 * ("CHICAGO (dpa-AFX) -"): up front only when the
			 * headline names it or it is a party's */
			/* further down, only a party told by its country
			 * and trade ("the US card company would pay"), not
			 * one a clause places ("the US-based webtoon unit
			 * of Naver") */
			uint32_t xp = doc->sent[x->sent].para;
			c->up_front |= w > 1 &&
				       (xp == 0 || xp == lead ?
					gp->kind == GAZ_COUNTRY || tie || xp == 0 :
					tie && trade_described(doc, x));
		} else if (x->kind == DOC_REGION) {
			rs[x->id] += w;
		}
	}
	/* the parties' suffixes and exchanges, once per company */
	int *co_seen = xcalloc(doc->nco ? doc->nco : 1, sizeof(*co_seen));
	for (size_t i = 0; i < doc->ntok; i++) {
		if (doc_boiler(doc, doc->tok[i].sent))
			continue;
		int c = party_country(doc, i);
		if (c < 0 || !party_word(doc, i))
			continue;
		int co = doc->tok_co[i] >= 0 ? doc->ment[doc->tok_co[i]].id : -1;
		long p = doc_prev(doc, i);
		if (co < 0 && p >= 0 && doc->tok_co[p] >= 0)
			co = doc->ment[doc->tok_co[p]].id;
		if (co >= 0 && co_seen[co])
			continue;
		if (co >= 0)
			co_seen[co] = 1;
		cs[c].score += PARTY_W;
	}
	free(co_seen);
	/* the exchanges the story's companies list on, once per country */
	uint8_t *listed = xcalloc(nc ? nc : 1, 1);
	for (size_t i = 0; i < doc->ntok; i++) {
		if (doc_boiler(doc, doc->tok[i].sent))
			continue;
		int c = listing_country(doc, i);
		if (c >= 0 && !listed[c]) {
			listed[c] = 1;
			cs[c].score += PARTY_W;
		}
	}
	free(listed);
	/* "British Petroleum Co Plc", "Canadian Pacific Ltd": a country's
	 * word opening (or, after "of", closing) the name of a company the
	 * story names more than once
	 * is tied to that party, as "Japan's X" is (once per company; the
	 * name shields it from the places) */
	uint8_t *co_named = xcalloc(doc->nco ? doc->nco : 1, 1);
	struct buf key = {0};
	buf_init(&key, 32);
	for (size_t m = 0; m < doc->nment; m++) {
		const struct doc_ment *x = &doc->ment[m];
		if (x->kind != DOC_COMPANY || x->id < 0 || co_named[x->id] ||
		    x->t1 <= x->t0 + 1 || doc_boiler(doc, x->sent) ||
		    doc->co[x->id].mentions < 2)
			continue;
		/* ... or closing it after "of": "National Bank of Egypt",
		 * "Commercial Bank of Kuwait" */
		size_t from = x->t0;
		for (size_t k = x->t0 + 1; k + 1 < x->t1; k++)
			if (doc_word_is(doc, k, "of"))
				from = k + 1;
		const struct doc_tok *tk = &doc->tok[from];
		size_t to = from == x->t0 ? tk->end : doc->tok[x->t1 - 1].end;
		buf_reset(&key);
		gaz_key(doc->g, doc->text.buf + tk->start, to - tk->start,
			&key);
		const struct gaz_entry *ge = key.len ?
			gaz_lookup(doc->g, key.buf, key.len) : NULL;
		if (!ge || ge->kind != GAZ_PLACE ||
		    gaz_place(doc->g, ge->id)->kind != GAZ_COUNTRY)
			continue;
		co_named[x->id] = 1;
		cs[gaz_place(doc->g, ge->id)->country].score +=
			weight(doc, x->sent, lead) + TIE_W;
	}
	buf_release(&key);
	free(co_named);
	/* nothing named: the local currency of the amounts ("RM8.84
	 * million" in a Malaysian story), never the dollar or the euro
	 * that stories everywhere are written in */
	int any = 0;
	for (size_t i = 0; i < nc; i++)
		any |= cs[i].score > 0;
	for (size_t a = 0; !any && a < t->namounts; a++) {
		int c = currency_country(doc->g, t->amounts[a].m.currency);
		if (c >= 0)
			cs[c].score += 1;
	}
	if (any && dl < 0)
		currency_anchor(doc, t, cs, nc);
	/* the countries named, by score */
	size_t named = 0;
	for (size_t i = 0; i < nc; i++)
		if (cs[i].score > 0)
			cs[named++] = cs[i];
	qsort(cs, named, sizeof(*cs), by_score);
	uint32_t mask = 0;
	t->countries = xmalloc((named ? named : 1) * sizeof(*t->countries));
	for (size_t i = 0; i < named; i++) {
		if (i > 0 && cs[i].score < (dl < 0 && cs[i].up_front ?
					    COUNTRY_MIN_UNDATED : COUNTRY_MIN))
			break;
		const struct gaz_country *c = gaz_country(doc->g, cs[i].country);
		memcpy(t->countries[t->ncountries++], c->code, 3);
		mask |= c->regions;
	}
	for (size_t r = 0; r < nr; r++)
		if (rs[r] >= REGION_MIN)
			for (int k = (int)r; k >= 0; k = gaz_region(doc->g, k)->parent)
				mask |= 1u << k;
	t->regions = xmalloc((nr ? nr : 1) * sizeof(*t->regions));
	set_regions(doc->g, t, mask);
	/* the places of the story's countries; a country found from its
	 * parties alone is named by its own place */
	size_t keep = 0;
	for (size_t i = 0; i < t->nplaces; i++) {
		int ok = 0;
		for (size_t k = 0; k < t->ncountries; k++)
			ok |= !memcmp(t->places[i].code, t->countries[k], 2);
		if (ok)
			t->places[keep++] = t->places[i];
		else
			free(t->places[i].name);
	}
	t->nplaces = keep;
	for (size_t k = 0; k < t->ncountries; k++) {
		int have = 0;
		for (size_t i = 0; i < t->nplaces; i++)
			have |= !memcmp(t->places[i].code, t->countries[k], 2);
		if (!have) {
			int c = gaz_country_find(doc->g, t->countries[k]);
			add_place(t, doc->g, gaz_country(doc->g, c)->place, seen,
				  &cap);
		}
	}
	sort_places(t);
	smap_free(seen);
	free(cs);
	free(rs);
}

/*
 * The deal's own price written in a country's currency ("raises Rs 100
 * crore", "to acquire RPC for £3.32 billion") makes that country one of
 * the deal's, however rarely the text names it.  The dollar and the euro
 * are written everywhere and say nothing; an amount only mentioned keeps
 * its currency to itself (a yen bond in London is no Japanese story).
 */
static void add_story_country(struct doc *doc, struct tags *t, int c);

void places_deal_currency(struct doc *doc, struct tags *t)
{
	/* a deal with a side; a unit written in full ("Rs", "£", "Swiss
	 * francs"), not "francs" or "rupees", whose country may be a guess */
	if (t->deal.type == DEAL_NONE || t->deal.amount < 0 ||
	    !t->deal.nroles)
		return;
	const struct money *m = &t->amounts[t->deal.amount].m;
	if (!unit_tells_country(m))
		return;
	int c = currency_country(doc->g, m->currency);
	if (c < 0)
		return;
	add_story_country(doc, t, c);
}

/* Country c (a gaz_country() index) among the story's, with its regions
 * and its place, unless it is there already. */
static void add_story_country(struct doc *doc, struct tags *t, int c)
{
	const struct gaz_country *gc = gaz_country(doc->g, c);
	for (size_t i = 0; i < t->ncountries; i++)
		if (!memcmp(t->countries[i], gc->code, 2))
			return;
	t->countries = xrealloc(t->countries,
				(t->ncountries + 1) * sizeof(*t->countries));
	memcpy(t->countries[t->ncountries++], gc->code, 3);
	/* its regions, and the country itself among the places (none of
	 * the story's places is in it) */
	uint32_t mask = gc->regions;
	for (size_t k = 0; k < t->nregions; k++)
		mask |= 1u << t->regions[k];
	set_regions(doc->g, t, mask);
	struct smap *seen = smap_new();
	size_t cap = t->nplaces;
	add_place(t, doc->g, gc->place, seen, &cap);
	smap_free(seen);
	sort_places(t);
}

/* A party's country counts among the story's when the party's name is
 * surer than this (a recognised or known company, not a run of
 * capitals: ex_party.confidence). */
#define PARTY_COUNTRY_MIN 0.6

void places_party_countries(struct doc *doc, struct tags *t)
{
	if (t->deal.type == DEAL_NONE ||
	    t->deal.confidence < EX_DEAL_CONFIDENCE_MIN)
		return;
	/* an investment's first investor is its buyer; a round's
	 * investors are not the story's (a Japanese fund in an Argentine
	 * start-up's round) */
	int lead = t->deal.type == DEAL_INVESTMENT || t->deal.type == DEAL_STAKE;
	for (size_t i = 0; i < t->deal.nroles; i++) {
		int inv = t->deal.roles[i].role == ROLE_INVESTOR;
		int c = t->deal.roles[i].country[0] &&
			(!inv || lead) &&
			t->deal.roles[i].confidence > PARTY_COUNTRY_MIN ?
			gaz_country_find(doc->g, t->deal.roles[i].country) : -1;
		if (c >= 0)
			add_story_country(doc, t, c);
		if (inv)
			lead = 0;
	}
}
