/*
 * names.c - the names stage (stages.h): companies and people, and the
 * gazetteer's places and regions as mentions.  Every rule reads only
 * sentences outside boilerplate.  By example:
 *
 *   companies   "Alibaba Group Holding Ltd" (a capitalised run ending in a
 *               corporate suffix; canonical: without suffixes, "Alibaba"),
 *               "Standard Oil Co <SRD>" and "<Cyclops Corp>" (Reuters'
 *               tickers and bracketed names), gazetteer names, and later
 *               short mentions ("Alibaba") of a name already seen
 *   people      "President Jack Ma", "co-founder Eduardo Saverin",
 *               "John Smith, chief executive", gazetteer names
 *   places      gazetteer names not inside a company name ("Bank of
 *               America" names no place), plus the dateline (places.c)
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "stages.h"


static int in_list(const char *w, size_t n, const char *const *list,
		   size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (doc_bytes_are(w, n, list[i]))
			return 1;
	return 0;
}

static const char *const suffixes[] = {
	"inc", "corp", "co", "ltd", "plc", "ag", "sa", "nv", "gmbh", "pte",
	"bhd", "berhad", "tbk", "group", "holding", "holdings", "llc", "lp",
	"spa", "ab", "asa", "oy", "oyj", "corporation", "company", "limited",
	"incorporated", "bancorp", "cos", "industries", "partners", "kk",
	"ltda", "bv", "bancshares", "companies", "se", "nl", "pjsc", "psc",
	"saog", "qsc", "jsc", "pt", "sarl", "srl", "sas", "asa", "pcl",
	"fsb",   /* a U.S. federal savings bank: "First Federal Bank FSB" */
	"sdn", "pty",   /* "Sdn Bhd", "Pty Ltd" */
	"pvt",   /* India's and Pakistan's private company: "Pvt Ltd", "Pvt." */
	"kgaa",  /* a German partnership limited by shares: "Henkel KGaA" */
	/* Hungary's: "Corvinus Zrt.", "Magyar Telekom Nyrt.", "Kft." */
	"zrt", "nyrt", "kft",
};

/* The most words a name after "PT" may have. */
#define PREFIXED_WORDS 6
/* The longest short form in brackets taken as a company's short name. */
#define ACRONYM_MAX 12

/* Capitalised words that start sentences or describe, never names. */
static const char *const stops[] = {
	"the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "or",
	"as", "by", "with", "from", "to", "it", "its", "this", "that",
	"these", "those", "he", "she", "they", "we", "i", "his", "her",
	"their", "our", "shares", "analysts", "officials", "sources", "said",
	"says", "when", "while", "after", "before", "under", "since", "if",
	"also", "both", "all", "some", "many", "most", "other", "another",
	"former", "unit", "units", "subsidiary", "parent", "rival", "company",
	"there", "here", "however", "meanwhile", "last", "next", "earlier",
	"today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october",
	"november", "december", "according", "despite", "although", "though",
	"because", "so", "than", "what", "which", "who", "how", "why", "where",
	"one", "two", "three", "first", "new", "mr", "mrs", "ms", "dr", "mou",
	"loi",
	"president", "chairman", "chief", "executive", "ceo", "spokesman",
	"spokeswoman", "minister", "reuter", "reuters", "no", "not", "will",
	"would", "could", "should", "can", "may", "might", "did", "does",
	"do", "has", "have", "had", "is", "are", "was", "were", "be", "been",
	"being", "shr", "net", "revs", "qtr", "avg", "shrs", "oper",
	"neither", "either", "im", "ive", "furthermore", "moreover",
	"nevertheless", "nonetheless", "therefore", "thus", "instead",
	"indeed", "overall", "besides", "otherwise", "hence", "separately",
	"additionally", "consequently", "accordingly", "similarly", "finally",
	"previously", "currently", "recently", "initially", "subsequently",
	"notably", "among", "amongst",
};

static const char *const connectors[] = {
	"of", "and", "de", "du", "des", "la", "le", "van", "der", "von", "y",
	"den", "del", "di", "et", "und",
	"n",   /* "Pick n Pay" */
};

/* Words a firm's name ends with: "Index Ventures", "Morgan Stanley
 * International". */
static const char *const firm_ends[] = {
	"ventures", "capital", "investments", "securities", "associates",
	"international", "bank", "fund", "funds", "equity",
	"management", "advisors", "advisers",
	/* "DST Global and Valor Capital Group", "Tiger Global" */
	"global", "partners",
	/* "Corning Glass Works and Hazleton Laboratories Corp" */
	"works", "laboratories", "industries", "mills",
};

/* Generic first words: "General Motors" is never just "General". */
static const char *const generic_first[] = {
	"general", "american", "first", "national", "united", "international",
	"standard", "new", "union", "british", "royal", "pacific", "central",
	"southern", "northern", "western", "eastern", "great", "chase",
	"bank", "banco", "banque", "credit", "world", "global", "north",
	"south", "east", "west", "continental", "federal", "city", "home",
	"security", "mutual", "public", "allied", "associated", "consolidated",
	"commonwealth", "capital", "financial", "investors", "china", "hong",
	"japan", "the", "big", "sun", "grand", "news",
};

/* A corporate suffix: capitalised, or "plc", which is written lower
 * case as often as not ("Dixons Group plc"). */
static int is_stop(const struct doc *doc, size_t i);

/* Whether token i is a half of the Danish and Norwegian "A/S" (written
 * with its slash, two tokens): "Novozymes A/S", "Orvel Shipping A/S". */
static int slash_suffix(const struct doc *doc, size_t i)
{
	const struct doc_tok *t = &doc->tok[i];
	const char *s = doc->text.buf;
	size_t n = doc->text.len;
	if (t->end - t->start != 1)
		return 0;
	if (s[t->start] == 'A')
		return t->end + 2 <= n && s[t->end] == '/' &&
		       s[t->end + 1] == 'S' &&
		       (t->end + 2 == n || !isalnum((unsigned char)s[t->end + 2]));
	if (s[t->start] == 'S')
		return t->start >= 2 && s[t->start - 1] == '/' &&
		       s[t->start - 2] == 'A' &&
		       (t->start == 2 || !isalnum((unsigned char)s[t->start - 3]));
	return 0;
}

static int is_suffix(const struct doc *doc, size_t i)
{
	if (slash_suffix(doc, i))
		return 1;
	/* "Pvt" and "Pte" are also a soldier's rank before a name ("Army
	 * Pvt. Bradley Manning", "British Army Pte. John Smith"), not a
	 * company's end; "Pvt Ltd" is one */
	if (!(doc->tok[i].wcls & DOC_W_SUFFIX))
		return 0;
	if (doc_word_is(doc, i, "pvt") || doc_word_is(doc, i, "pte")) {
		static const char *const forces[] = {
			"army", "marine", "marines", "navy", "corps", "guard",
			"soldier", "infantry",
		};
		/* (a person's two names after it, past a space or the
		 * rank's stop, where a sentence may end: "Pvt. Bradley
		 * Manning"; not "Orchid Petroleum Pte, Kestrel Oil Pte",
		 * "Larch Marine Pte. The deal") */
		size_t n = i + 1, n2 = i + 2;   /* (across a sentence's end) */
		long p = doc_prev(doc, i);
		const char *gap = doc->text.buf + doc->tok[i].end;
		size_t gl = n < doc->ntok ? doc->tok[n].start - doc->tok[i].end : 0;
		int plain = (gl == 1 && gap[0] == ' ') ||
			    (gl == 2 && gap[0] == '.' && gap[1] == ' ');
		/* (an armed force's word before "Pvt" only: "U.S. Marine Pvt.
		 * from Texas", not "Larch Marine Pte"; never before a suffix:
		 * "Army Pvt Ltd") */
		int suffix_next = n < doc->ntok &&
				  (doc->tok[n].wcls & DOC_W_SUFFIX);
		if (!suffix_next &&
		    ((plain && doc->tok[n].cap && !is_stop(doc, n) &&
		      n2 < doc->ntok && doc->tok[n2].cap &&
		      doc->tok[n2].sent == doc->tok[n].sent &&
		      !(doc->tok[n2].wcls & DOC_W_SUFFIX)) ||
		     (doc_word_is(doc, i, "pvt") && p >= 0 &&
		      doc_word_in(doc, (size_t)p, forces, ARRAY_SIZE(forces)))))
			return 0;
	}
	/* in lower case only the forms no sentence uses as a word: "plc",
	 * and "corp", "inc" as wire copy sometimes writes them ("First
	 * Financial Management corp said") */
	return (doc->tok[i].wcls & DOC_W_SUFFIX) &&
	       (doc->tok[i].cap || doc_word_is(doc, i, "plc") ||
		doc_word_is(doc, i, "corp") || doc_word_is(doc, i, "inc"));
}

static int is_stop(const struct doc *doc, size_t i)
{
	return (doc->tok[i].wcls & DOC_W_STOP) != 0;
}

static const struct gaz_entry *gaz_at(struct doc *doc, size_t i, size_t end);

/*
 * The last token of the canonical name of [first, last]: it ends before
 * its suffixes, unless one generic word would be left ("General Partners"
 * is not "General", "United Industries" not "United").
 */
/* Suffixes that say what the business is: with a place before them
 * they are the name ("U.S. Bancorp", "Texas Industries"). */
static const char *const business_suffixes[] = {
	"bancorp", "bancshares", "industries", "holdings", "holding",
	"partners",
};

static size_t canonical_end(struct doc *doc, size_t first, size_t last)
{
	size_t end = last;
	/* past its suffixes, and a foreign "and" they leave at its end
	 * ("F. Hoffmann-La Roche und Co AG", its "AG" on the next line;
	 * "and Co" has rules of its own) */
	while (end > first && (is_suffix(doc, end) ||
			       (end < last && (doc_word_is(doc, end, "und") ||
					       doc_word_is(doc, end, "et")))))
		end = (size_t)doc_prev(doc, end);
	/* ... nor a place alone ("Japan Inc" is a phrase, "U.S. Bancorp"
	 * a name) */
	size_t next = end < last ? doc_next(doc, end) : end;
	const struct gaz_entry *g = end == first && end < last ?
		gaz_at(doc, end, end + 1) : NULL;
	if (end == first && end < last &&
	    ((in_list(doc_word(doc, end), doc->tok[end].wl, generic_first,
		      ARRAY_SIZE(generic_first)) && !g) ||
	     (g && g->kind == GAZ_PLACE &&
	      in_list(doc_word(doc, next), doc->tok[next].wl,
		      business_suffixes, ARRAY_SIZE(business_suffixes)))))
		end = next;
	/* nor a place's noun alone ("County Bancorp", "City Holding Co"),
	 * nor a county ("Union County Bancorp"): without the suffix it
	 * names a place */
	static const char *const place_nouns[] = {"county", "city"};
	if (end < last && (doc_word_is(doc, end, "county") ||
			   (end == first &&
			    in_list(doc_word(doc, end), doc->tok[end].wl,
				    place_nouns, ARRAY_SIZE(place_nouns)))))
		end = next;
	/* nor initials alone: "J.P. Industries", "JP Industries", "SK
	 * Group" */
	int initials = end < last &&
		       (in_list(doc_word(doc, next), doc->tok[next].wl,
				business_suffixes,
				ARRAY_SIZE(business_suffixes)) ||
			doc_word_is(doc, next, "group"));
	for (size_t k = first; initials && k <= end; k++)
		initials = doc->tok[k].wl <= 2 && doc->tok[k].cap;
	if (initials)
		end = next;
	return end;
}

static int is_connector(const struct doc *doc, size_t i)
{
	/* "Moet et Chandon", not "Canadian Roxy et al" */
	if (doc_word_is(doc, i, "et") && i + 1 < doc->ntok &&
	    doc_word_is(doc, i + 1, "al"))
		return 0;
	/* "Pick n Pay", not "N W Ayer": a small "n" alone */
	if (doc_word_is(doc, i, "n") && doc->tok[i].cap)
		return 0;
	return (doc->tok[i].wcls & DOC_W_CONNECTOR) != 0;
}

/* "Amazon.com": a lower-case "com" glued after a dot. */
static int is_dotcom(const struct doc *doc, size_t i)
{
	const struct doc_tok *t = &doc->tok[i];
	return doc_word_is(doc, i, "com") && t->start > 0 &&
	       doc->text.buf[t->start - 1] == '.';
}

/* Only spaces, '&', '-' and '.' between tokens a and b of one name. */
static int name_gap(const struct doc *doc, size_t a, size_t b)
{
	const char *s = doc->text.buf;
	size_t e = doc->tok[a].end, f = doc->tok[b].start;
	for (size_t k = e; k < f; k++)
		if (!strchr(" \n&-.'\xE2\x80\x99", s[k]) &&
		    !(unsigned char)(s[k] & 0x80))
			return 0;
	/* a dash with spaces on both sides, or an en or em dash, parts two
	 * phrases ("MANILA -- Bank of Tokyo", "JAKARTA \u2014 Gojek"); a
	 * hyphen joins ("Hewlett-Packard", "Vereins- und Westbank") */
	for (size_t k = e; k < f; k++) {
		if (k + 2 < f && !memcmp(s + k, "\xE2\x80", 2) &&
		    (s[k + 2] == '\x93' || s[k + 2] == '\x94'))
			return 0;
		if (s[k] != '-' || k == e || (s[k - 1] != ' ' && s[k - 1] != '\n'))
			continue;
		size_t r = k;
		while (r < f && s[r] == '-')
			r++;
		/* spaced on both sides; not "Vereins- und", "Alfa -Laval" */
		if (r < f && (s[r] == ' ' || s[r] == '\n'))
			return 0;
	}
	for (size_t k = doc->tok[a].end; k < doc->tok[b].start; k++)
		if (doc->text.buf[k] == '\n' &&
		    k + 1 < doc->tok[b].start && doc->text.buf[k + 1] == '\n')
			return 0;
	return 1;
}

/* "d'Or" of "Cote d'Or SA", "d'Electricite", "l'Oreal": an elided
 * particle glued to a capital. */
static int elided_particle(const struct doc *doc, size_t i)
{
	const struct doc_tok *t = &doc->tok[i];
	const char *w = doc->text.buf + t->start;
	size_t n = t->end - t->start;
	if (n < 3 || (w[0] != 'd' && w[0] != 'l'))
		return 0;
	if (w[1] == '\'' && n > 2)
		return isupper((unsigned char)w[2]);
	/* the typographic apostrophe, U+2019 */
	return n > 4 && !memcmp(w + 1, "\xE2\x80\x99", 3) &&
	       isupper((unsigned char)w[4]);
}

/* Whether token i, written in capitals, is glued by a bare "&" to a
 * capital beside it: "AT&T", "S&P" (the "AT" no stop word there). */
static int glued_amp(const struct doc *doc, size_t i)
{
	const char *s = doc->text.buf;
	const struct doc_tok *t = &doc->tok[i];
	for (size_t k = t->start; k < t->end; k++)
		if (islower((unsigned char)s[k]))
			return 0;
	if (t->end + 1 < doc->text.len && s[t->end] == '&' &&
	    isupper((unsigned char)s[t->end + 1]))
		return 1;
	return t->start >= 2 && s[t->start - 1] == '&' &&
	       isupper((unsigned char)s[t->start - 2]);
}

/* Words in lower case that a hyphen joins after a name and that are no
 * part of it: "Abu Dhabi-based", "Temasek-backed". */
static const char *const hyphen_tails[] = {
	"based", "owned", "backed", "listed", "led", "run", "controlled",
	"born", "made", "funded", "linked", "related", "focused", "style",
	"like", "era", "bound", "wide", "level", "sized", "scale", "class",
	"term", "year", "old", "only", "free", "rich", "heavy", "friendly",
	"registered", "headquartered", "traded", "affiliated", "operated",
	"supported", "dominated", "centric", "specific", "up", "held",
	"managed", "sponsored", "oriented", "driven", "priced",
};

/* Whether token i, in lower case, ends a hyphened name's word: "ichi"
 * of "Dai-ichi Life" (a capital's word and a bare hyphen before it, a
 * capital after it). */
static int hyphened_name_tail(const struct doc *doc, size_t i)
{
	const struct doc_tok *t = &doc->tok[i];
	const char *s = doc->text.buf;
	if (t->cap || t->digit || t->start < 2 || s[t->start - 1] != '-' ||
	    !isalpha((unsigned char)s[t->start - 2]) ||
	    doc_word_in(doc, i, hyphen_tails, ARRAY_SIZE(hyphen_tails)))
		return 0;
	long p = doc_prev(doc, i);
	size_t n = doc_next(doc, i);
	return p >= 0 && doc->tok[p].cap && doc->tok[p].end + 1 == t->start &&
	       n < doc->ntok && doc->tok[n].sent == t->sent &&
	       doc->tok[n].cap && doc->tok[n].start == t->end + 1 &&
	       s[t->end] == ' ';
}

static int nameish(const struct doc *doc, size_t i)
{
	const struct doc_tok *t = &doc->tok[i];
	if (is_dotcom(doc, i) || elided_particle(doc, i) ||
	    hyphened_name_tail(doc, i))
		return 1;
	if (t->cap && (doc_word_is(doc, i, "new") ||
		       doc_word_is(doc, i, "first")) && !doc->in_name[i]) {
		/* "Bank of New England Corp", "First Boston Corp": "New"
		 * and "First" before a capital (not "First, Boston ...") */
		size_t nx = doc_next(doc, i);
		return nx < doc->ntok && doc->tok[nx].cap;
	}
	if (t->cap && doc_word_is(doc, i, "one") && !doc->in_name[i] &&
	    !doc->sent[t->sent].caps) {
		/* "Banc One Corp", "Capital One Bank", "Thana Power One Co":
		 * between two capitals of a name, the number is a word of
		 * it */
		long pv = doc_prev(doc, i);
		size_t nx = doc_next(doc, i);
		return pv >= 0 && nx < doc->ntok &&
		       doc->tok[pv].sent == t->sent &&
		       doc->tok[nx].sent == t->sent && doc->tok[pv].cap &&
		       doc->tok[nx].cap && !is_stop(doc, (size_t)pv) &&
		       !is_stop(doc, nx) && name_gap(doc, (size_t)pv, i) &&
		       name_gap(doc, i, nx);
	}
	if (t->cap && doc_word_is(doc, i, "may") && !doc->in_name[i] &&
	    !doc->sent[t->sent].caps) {
		/* "May Energy Partners Ltd", "May Department Stores Co": the
		 * month before a date or a year, the verb in lower case, a
		 * name before a capital (which no month is) */
		size_t nx = doc_next(doc, i);
		return nx < doc->ntok && doc->tok[nx].cap &&
		       doc->tok[nx].sent == t->sent &&
		       !(doc->tok[nx].wcls & DOC_W_STOP);
	}
	return (t->cap || t->digit) && (!is_stop(doc, i) || glued_amp(doc, i)) &&
	       !doc->in_name[i];
}

/* Nouns of a trade that open a sentence before a name and are no word of
 * it (not "Bank", "Giant" or "Unit", which open names: "Bank Leumi",
 * "Giant Food"). */
static const char *const opening_nouns[] = {
	"insurer", "reinsurer", "lender", "retailer", "grocer", "miner",
	"refiner", "brewer", "carmaker", "automaker", "drugmaker",
	"chipmaker", "steelmaker", "planemaker", "shipbuilder",
	"conglomerate", "supplier", "distributor", "manufacturer",
	"e-tailer", "marketplace", "startup", "start-up", "unicorn",
};

int names_opening_noun(const struct doc *doc, size_t k)
{
	const struct doc_sent *st = &doc->sent[doc->tok[k].sent];
	return k == st->t0 && doc_word_in(doc, k, opening_nouns,
					  ARRAY_SIZE(opening_nouns));
}

/*
 * Whether token k, before an "and", ends a firm's name of two words or
 * more ("Wellington Management and Providence Equity Partners" are two
 * firms; "Marine and General Insurance", "Puget Sound Power and Light"
 * one): the word one of firm_ends, capitalised, after a capitalised word.
 */
static int firm_named_before(const struct doc *doc, size_t k)
{
	if (!doc->tok[k].cap ||
	    !in_list(doc_word(doc, k), doc->tok[k].wl, firm_ends,
		     ARRAY_SIZE(firm_ends)))
		return 0;
	long b = doc_prev(doc, k);
	return b >= 0 && doc->tok[b].sent == doc->tok[k].sent &&
	       doc->tok[b].cap && name_gap(doc, (size_t)b, k) &&
	       !is_connector(doc, (size_t)b);
}

/* Words a company's name written without a suffix ends with, in a
 * sentence that is no headline ("Newcrest Mining", "ACWA Power", "Doral
 * Airlines"). */
static const char *const bare_firm_ends[] = {
	"airlines", "airways", "communications", "telecom", "energy",
	"petroleum", "oil", "power", "properties", "motors", "electric",
	"electronics", "insurance", "logistics", "pharmaceuticals", "pharma",
	"foods", "resources", "mining", "minerals", "steel", "chemicals",
	"technologies", "networks", "entertainment", "enterprises", "brands",
	"software", "healthcare", "shipping", "railways", "ventures",
	"investments", "securities", "semiconductor", "therapeutics",
	"biotech", "bank", "telecoms", "bioscience", "biosciences",
	"aerospace", "automotive", "semiconductors", "robotics",
	/* Portuguese and Spanish: "Liquigás Distribuidora", "Ultrapar
	 * Participações", "J&F Investimentos" */
	"distribuidora", "participações", "participacoes", "participaciones",
	"investimentos", "inversiones", "empreendimentos", "construtora",
	"constructora",
};

/* Whether token k is a generic or a business's word, with which the
 * second of two names joined by "and" does not open ("Prudential Capital
 * and Investment Services" is one firm). */
static int business_word(const struct doc *doc, size_t k)
{
	static const char *const more[] = {
		"investment", "finance", "trust",
		/* "American Capital Management and Research Inc" */
		"research", "development", "trading", "marketing",
		"engineering", "manufacturing", "exploration", "production",
		"distribution", "supply",
	};
	const char *w = doc_word(doc, k);
	size_t n = doc->tok[k].wl;
	return in_list(w, n, generic_first, ARRAY_SIZE(generic_first)) ||
	       in_list(w, n, firm_ends, ARRAY_SIZE(firm_ends)) ||
	       in_list(w, n, bare_firm_ends, ARRAY_SIZE(bare_firm_ends)) ||
	       in_list(w, n, more, ARRAY_SIZE(more));
}

/*
 * Walk back from token `last` over a capitalised name; returns the first
 * token of the name, or -1 when there is none.
 */
/* Whether place g is written in tokens [t0, t1) by its own name, not
 * "U.S.", "British" or another alias. */
static int own_place_name(const struct doc *doc, const struct gaz_entry *g,
			  size_t t0, size_t t1)
{
	const char *name = gaz_place(doc->g, g->id)->name;
	size_t from = doc->tok[t0].start, len = doc->tok[t1 - 1].end - from;
	return strlen(name) == len &&
	       !strncasecmp(name, doc->text.buf + from, len);
}

/* Whether a place the gazetteer knows, written by its own name (not an
 * adjective: "British and Commonwealth Shipping"), ends at token k right
 * after a preposition that places something else ("of Nova Scotia", "in
 * Texas"); not a place opening a name ("Chicago and North Western"). */
static int placed_before_and(struct doc *doc, size_t k)
{
	static const char *const preps[] = {"of", "in", "from", "at", "near"};
	long x = (long)k;
	for (int w = 0; x >= 0 && w < 3; w++, x = doc_prev(doc, (size_t)x)) {
		const struct gaz_entry *g = gaz_at(doc, (size_t)x, k + 1);
		long b = doc_prev(doc, (size_t)x);
		if (!g || g->kind != GAZ_PLACE || b < 0 ||
		    !doc_word_in(doc, (size_t)b, preps, ARRAY_SIZE(preps)))
			continue;
		return own_place_name(doc, g, (size_t)x, k + 1);
	}
	return 0;
}

/* Whether a place the gazetteer knows opens at token k: "Hong Kong and
 * Shanghai Banking", "Australia and New Zealand Banking" name one bank
 * after two places. */
static int place_opens(struct doc *doc, size_t k)
{
	size_t e = k;
	for (int w = 0; w < 3 && e < doc->ntok; w++) {
		e = doc_next(doc, e);
		const struct gaz_entry *g = gaz_at(doc, k, e);
		if (g && g->kind == GAZ_PLACE)
			return 1;
	}
	return 0;
}

/* Whether a company the gazetteer knows ends at token `end` (to == 1)
 * or starts at token `start` (to == 0), in at most 4 words. */
static int known_company_at(struct doc *doc, size_t at, int to)
{
	for (size_t w = 0; w < 4; w++) {
		if (to ? at < w : at + w + 1 > doc->ntok)
			break;
		const struct gaz_entry *g = to ? gaz_at(doc, at - w, at + 1) :
						 gaz_at(doc, at, at + w + 1);
		if (g && g->kind == GAZ_COMPANY)
			return 1;
	}
	return 0;
}

static int place_at(struct doc *doc, size_t i, size_t end);

/*
 * Whether the words ending at token e are a person's two names, before
 * an "of" that names the firm: two capitalised words, no suffix, after a
 * word of speech or of a post in lower case ("said Frank Korth of
 * Shearson Lehman Brothers Inc", "analyst John Smith of").  "said Bank
 * of America" is one word before "of": a name's.
 */
static int person_before_of(struct doc *doc, const struct doc_sent *st,
			    size_t e)
{
	static const char *const speech[] = {
		"said", "says", "say", "analyst", "analysts", "economist",
		"spokesman", "spokeswoman", "president", "chairman",
		"director", "official", "executive", "according", "told",
		"strategist", "trader", "dealer", "partner", "manager",
	};
	long a = doc_prev(doc, e);
	if (a < (long)st->t0 || !doc->tok[e].cap || !doc->tok[a].cap ||
	    is_suffix(doc, e) || is_suffix(doc, (size_t)a) ||
	    business_word(doc, e) || business_word(doc, (size_t)a) ||
	    !name_gap(doc, (size_t)a, e) || st->caps)
		return 0;
	/* "Richardson Greenshields of Canada": a firm of its country */
	size_t of = doc_next(doc, e), after = of < st->t1 ? doc_next(doc, of) :
							  st->t1;
	if (after < st->t1 && place_at(doc, after, doc_next(doc, after)))
		return 0;
	long b = doc_prev(doc, (size_t)a);
	return b >= (long)st->t0 && !doc->tok[b].cap &&
	       doc_word_in(doc, (size_t)b, speech, ARRAY_SIZE(speech));
}

/* Whether a place's possessive of at most three words opens at token k:
 * "Britain's", "West Germany's", "South Korea's". */
static int possessive_place_opens(struct doc *doc, size_t k)
{
	size_t j = k;
	for (int w = 0; w < 3 && j < doc->ntok; w++, j = doc_next(doc, j)) {
		if (doc_possessive(doc, j))
			return place_at(doc, k, j + 1);
		if (!doc->tok[j].cap)
			return 0;
	}
	return 0;
}

/*
 * Whether the word r after "and" (the word l before it) is written
 * capitalised somewhere else in the story on its own, not in the same
 * pair again: "Northern Star Resources and Saracen Mineral Holdings"
 * under the headline "Northern Star, Saracen to merge" are two
 * companies; "Cable and Wireless", "Johnson and Johnson", "Standard and
 * Poor's" never write their second word alone.  A word the analyser
 * counts as a stop word or a business's word ("Trust", "Loan") does not
 * tell.
 */
static int word_alone_elsewhere(struct doc *doc, size_t l, size_t r)
{
	if ((doc->tok[r].wcls & DOC_W_STOP) || business_word(doc, r) ||
	    doc->tok[r].wl < 3 || doc->tok[r].digit || place_opens(doc, r))
		return 0;
	for (size_t j = 0; j < doc->ntok; j++) {
		if (j == r || !doc->tok[j].cap ||
		    (doc->tok[j].flags & ANA_JOINED) || !doc_same_word(doc, j, r) ||
		    doc->sent[doc->tok[j].sent].caps)
			continue;
		long p = doc_prev(doc, j);
		size_t n = doc_next(doc, j);
		/* the pair again, its first word as the pair's, or the pair
		 * written with a slash or a comma ("Harper/Row") */
		if (p >= 0 && (is_connector(doc, (size_t)p) ||
			       doc_same_word(doc, (size_t)p, l)))
			continue;
		if (n < doc->ntok && is_connector(doc, n))
			continue;
		/* a longer name that goes on before it ("Mid-Saracen") or
		 * after it into other words than its own ("Wesson Oil" for
		 * the "Wesson" of "Smith and Wesson"; "Radiation System
		 * shares" is "Radiation Systems" again) */
		if (p >= 0 && doc->tok[p].cap &&
		    doc->tok[p].sent == doc->tok[j].sent &&
		    name_gap(doc, (size_t)p, j))
			continue;
		size_t rn = doc_next(doc, r);
		if (n < doc->ntok && doc->tok[n].cap &&
		    doc->tok[n].sent == doc->tok[j].sent &&
		    name_gap(doc, j, n) && !(doc->tok[n].wcls & DOC_W_SUFFIX) &&
		    !(rn < doc->ntok && doc_same_stem(doc, n, rn)))
			continue;
		return 1;
	}
	return 0;
}

/* Whether the m words from token a are written again from token j. */
static int same_run(const struct doc *doc, size_t a, size_t j, int m)
{
	for (int n = 0; n < m; n++, a = doc_next(doc, a), j = doc_next(doc, j))
		if (a >= doc->ntok || j >= doc->ntok || !doc_same_word(doc, a, j))
			return 0;
	return 1;
}

/*
 * The same for the name before "and" (its last word l, its first word
 * back to 4 capitalised words): its opening words are written somewhere
 * else on their own ("Northern Star" in the headline "Northern Star,
 * Saracen to merge"), not going on into "and" and not inside a longer
 * name.
 */
static int left_alone_elsewhere(struct doc *doc, size_t l)
{
	const struct doc_sent *st = &doc->sent[doc->tok[l].sent];
	size_t first = l;
	int m = 1;
	for (long p = doc_prev(doc, l); p >= (long)st->t0 && m < 4 &&
	     doc->tok[p].cap && name_gap(doc, (size_t)p, first);
	     p = doc_prev(doc, (size_t)p), m++)
		first = (size_t)p;
	if ((doc->tok[first].wcls & DOC_W_STOP) || doc->tok[first].wl < 3)
		return 0;
	for (size_t j = 0; j < doc->ntok; j++) {
		if (j == first || !doc->tok[j].cap ||
		    (doc->tok[j].flags & ANA_JOINED) ||
		    doc->sent[doc->tok[j].sent].caps ||
		    !doc_same_word(doc, j, first))
			continue;
		long p = doc_prev(doc, j);
		if (p >= 0 && doc->tok[p].cap &&
		    doc->tok[p].sent == doc->tok[j].sent &&
		    name_gap(doc, (size_t)p, j))
			continue;
		/* its first word, or more of it, then no "and" */
		for (int w = 1; w <= m; w++) {
			if (!same_run(doc, first, j, w))
				break;
			size_t e = j;
			for (int n = 1; n < w; n++)
				e = doc_next(doc, e);
			size_t nx = doc_next(doc, e);
			if (nx < doc->ntok && is_connector(doc, nx))
				break;
			/* (not running on into a longer name: "Smith Barney"
			 * for the "Smith" of "Smith and Wesson") */
			if (nx >= doc->ntok || !doc->tok[nx].cap ||
			    doc->tok[nx].sent != doc->tok[e].sent ||
			    !name_gap(doc, e, nx) ||
			    (doc->tok[nx].wcls & DOC_W_SUFFIX))
				return 1;
		}
	}
	return 0;
}

/* Whether both sides of "and" (l before it, r after it) are written on
 * their own somewhere else in the story: two companies, not one name. */
static int named_alone_elsewhere(struct doc *doc, size_t l, size_t r)
{
	return word_alone_elsewhere(doc, l, r) && left_alone_elsewhere(doc, l);
}

static int unit_place(struct doc *doc, size_t k, size_t end);

static long name_start(struct doc *doc, size_t last)
{
	long first = -1;
	size_t k = last;
	const struct doc_sent *st = &doc->sent[doc->tok[last].sent];
	/* "Wagner and Brown and AFG Industries": a second "and" makes the
	 * first one a list's, and the name starts after it */
	long after_and = -1;
	for (;;) {
		if (!nameish(doc, k) && !is_suffix(doc, k))
			break;
		/* a headline in title case capitalises its verbs too: "Agrees
		 * to Buy US Steel Corp" names US Steel */
		if (st->title && !st->caps && k != last &&
		    (doc_deal_cue(doc->tok[k].scls) >= 0 ||
		     (doc->tok[k].wcls & DOC_W_AUX)))
			break;
		if (!is_suffix(doc, k) || first >= 0)
			first = (long)k;
		long p = doc_prev(doc, k);
		if (p < 0 || !name_gap(doc, (size_t)p, k))
			break;
		if (is_connector(doc, (size_t)p)) {
			int and = doc_word_is(doc, (size_t)p, "and") ||
				  doc_word_is(doc, (size_t)p, "&");
			if (and && after_and >= 0) {
				first = after_and;
				break;
			}
			if (and)
				after_and = (long)k;
			long pp = doc_prev(doc, (size_t)p);
			/* "said Frank Korth of Shearson Lehman Brothers Inc":
			 * a person's two names before "of" */
			if (!and && doc_word_is(doc, (size_t)p, "of") &&
			    pp >= 0 && person_before_of(doc, st, (size_t)pp))
				break;
			/* "Salomon Brothers Inc and Shearson Lehman": a
			 * suffix before "and" ends another name; "the Sobey
			 * family of Nova Scotia and Empire Company Ltd": so
			 * does a place after "of", "in" or "from" */
			/* "Development Corp of America <DCA>", "Public
			 * Service Co of New Mexico": a suffix, "of" and a
			 * state or America are one name (not "Salomon
			 * Brothers Inc and", nor "Hitachi Ltd of Japan", the
			 * country it is from; unit_place()) */
			/* (a name's word before the suffix: not "Co of
			 * Canada" alone) */
			long p3 = pp >= 0 ? doc_prev(doc, (size_t)pp) : -1;
			int suffix_of_place = !and && p3 >= 0 &&
					      doc_word_is(doc, (size_t)p, "of") &&
					      is_suffix(doc, (size_t)pp) &&
					      name_gap(doc, (size_t)pp, (size_t)p) &&
					      nameish(doc, (size_t)p3) &&
					      !is_suffix(doc, (size_t)p3) &&
					      name_gap(doc, (size_t)p3, (size_t)pp) &&
					      unit_place(doc, k, last + 1);
			if (!suffix_of_place &&
			    (pp < 0 || !nameish(doc, (size_t)pp) ||
			    (and && placed_before_and(doc, (size_t)pp) &&
			     !place_opens(doc, k)) ||
			    /* "Italy's Gruppo Ferruzzi and Britain's Tate
			     * & Lyle Plc": a place's possessive after
			     * "and" opens another name */
			    (and && possessive_place_opens(doc, k)) ||
			    /* "GIC and Temasek Holdings": two companies
			     * the gazetteer knows, not one name */
			    (and && known_company_at(doc, (size_t)pp, 1) &&
			     known_company_at(doc, k, 0)) ||
			    (and && named_alone_elsewhere(doc, (size_t)pp, k)) ||
			    !name_gap(doc, (size_t)pp, (size_t)p) ||
			    is_suffix(doc, (size_t)pp) ||
			    /* (the second firm's suffix counts as its
			     * word: "Monsoon Ventures and Tangerine
			     * Partners") */
			    (and && (k < last ||
				     is_suffix(doc, doc_next(doc, k))) &&
			     firm_named_before(doc, (size_t)pp) &&
			     !business_word(doc, k)))) {
				/* "Du Pont Co", "De Beers", "La Roche": a
				 * capitalised particle opens the name */
				static const char *const particles[] = {
					"du", "de", "la", "van", "von",
				};
				if (!and && doc->tok[p].cap && !st->caps &&
				    doc_word_in(doc, (size_t)p, particles,
						ARRAY_SIZE(particles)))
					first = p;
				break;
			}
			k = (size_t)pp;
			continue;
		}
		/* "Mahindra & Mahindra and Ford Motor Co": a sign before the
		 * word "and" is a name's, so that "and" is a list's ("Tate &
		 * Lyle" keeps its sign) */
		if (after_and >= 0 && doc_gap_has(doc, (size_t)p, k, '&')) {
			first = after_and;
			break;
		}
		k = (size_t)p;
	}
	/* "Sequoia Capital, Index Ventures and Insight Partners": after a
	 * capitalised item and a comma, the "and" is the list's (the word
	 * only: "Procter & Gamble" keeps its sign) */
	if (after_and >= 0 && first >= 0 && first < after_and && !st->caps) {
		long p = doc_prev(doc, (size_t)first);
		long a = doc_prev(doc, (size_t)after_and);
		/* each side two words or more, the first ending as a
		 * firm's name does, the second not opening with a generic
		 * word ("Merrill Lynch, Pierce, Fenner and Smith", "A.G.
		 * Edwards and Sons", "Puget Sound Power and Light", "Marine
		 * and General Insurance" are one firm each) */
		long e = a >= 0 ? doc_prev(doc, (size_t)a) : -1;
		/* a fund's number ends it too: "SoftBank Vision Fund 2" */
		static const char *const romans[] = {"ii", "iii", "iv", "v",
						     "vi", "vii", "viii"};
		if (e > first && (doc->tok[e].digit ||
				  doc_word_in(doc, (size_t)e, romans,
					      ARRAY_SIZE(romans))))
			e = doc_prev(doc, (size_t)e);
		if (p >= (long)st->t0 && doc->tok[p].cap &&
		    doc_gap_has(doc, (size_t)p, (size_t)first, ',') &&
		    a >= 0 && doc_word_is(doc, (size_t)a, "and") &&
		    e > first &&
		    (is_suffix(doc, (size_t)e) ||
		     in_list(doc_word(doc, (size_t)e), doc->tok[e].wl,
			     firm_ends, ARRAY_SIZE(firm_ends))) &&
		    ((size_t)after_and < last ||
		     is_suffix(doc, doc_next(doc, (size_t)after_and))) &&
		    !in_list(doc_word(doc, (size_t)after_and),
			     doc->tok[after_and].wl, generic_first,
			     ARRAY_SIZE(generic_first)))
			first = after_and;
	}
	/* "Insurer Aachener und Muenchener Beteiligungs AG": the trade's
	 * noun says what the name after it is */
	if (first >= 0 && (size_t)first < last && names_opening_noun(doc, (size_t)first))
		first = (long)doc_next(doc, (size_t)first);
	/* a name does not begin with a connector or a suffix */
	return first;
}


static int place_at(struct doc *doc, size_t i, size_t end);
static const struct gaz_entry *gaz_at(struct doc *doc, size_t i, size_t end);

/* Whether the word at token k, its possessive left out, is the first
 * word of a company the story has named before ("Allied" after "Allied
 * Stores": "the sale of Allied's Blocks Inc unit"). */
static int opens_named_company(const struct doc *doc, size_t k)
{
	const char *w = doc->text.buf + doc->tok[k].start;
	size_t n = doc->tok[k].end - doc->tok[k].start;
	if (n > 2 && w[n - 2] == '\'')
		n -= 2;
	else if (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99", 3))
		n -= 4;
	if (n < 3)
		return 0;
	for (size_t c = 0; c < doc->nco; c++) {
		const char *key = doc->co[c].key;
		if (!strncasecmp(key, w, n) && key[n] == ' ')
			return 1;
	}
	/* or in the headline's brackets, read after the body: "FEDERATED
	 * TO BUY <ALLIED STORES CORP> UNIT" */
	for (size_t h = 0; h < doc->nsent && doc->sent[h].para == 0; h++) {
		const char *s = doc->text.buf;
		for (size_t i = doc->sent[h].start; i + n + 2 < doc->sent[h].end;
		     i++)
			if (s[i] == '<' && !strncasecmp(s + i + 1, w, n) &&
			    s[i + 1 + n] == ' ')
				return 1;
	}
	return 0;
}

/* Whether the possessive at token k, of a name opening at token first,
 * owns the name after it: its owner a person's or a company's name of
 * two words or more (a place before it not counted) or one ending in a
 * legal form ("Co Inc's Associates"), and what it owns two capitalised
 * words or more (a business's suffix counted, a legal form not:
 * "Mukesh Ambani's Reliance Industries", not "International King's
 * Table Inc") or a known company.  Not a letter's apostrophe ("Pay N'
 * Pak Stores") nor "Men's", "Women's". */
static int owner_before(struct doc *doc, size_t first, size_t k)
{
	static const char *const plural_owners[] = {
		"men", "women", "children", "ladies", "people", "farmers",
	};
	if (doc->tok[k].end - doc->tok[k].start < 3 ||
	    doc_word_in(doc, k, plural_owners, ARRAY_SIZE(plural_owners)))
		return 0;
	if (first < k && place_at(doc, first, doc_next(doc, first)))
		first = doc_next(doc, first);
	if (first == k && opens_named_company(doc, k)) {
		size_t n = doc_next(doc, k);
		return n < doc->ntok && doc->tok[n].sent == doc->tok[k].sent &&
		       doc->tok[n].cap && !(doc->tok[n].wcls & DOC_W_SUFFIX);
	}
	if (first >= k)
		return 0;
	if (doc->tok[k].wcls & DOC_W_SUFFIX)
		return 1;
	size_t n = doc_next(doc, k), words = 0;
	if (n < doc->ntok && gaz_at(doc, n, doc_next(doc, n)) &&
	    gaz_at(doc, n, doc_next(doc, n))->kind == GAZ_COMPANY)
		return 1;
	for (size_t j = k; n < doc->ntok && doc->tok[n].sent == doc->tok[k].sent &&
	     doc->tok[n].cap && words < 2; j = n, n = doc_next(doc, n)) {
		int space = 1;
		for (size_t b = doc->tok[j].end; b < doc->tok[n].start; b++)
			space &= doc->text.buf[b] == ' ' ||
				 (b == doc->tok[j].end && j == k);
		if (!space)
			break;
		/* ("Sajjan Jindal's JSW Group": a group's word counts, not
		 * after a generic word: "Simon and Schuster's International
		 * Group" is one name) */
		if (!(doc->tok[n].wcls & DOC_W_SUFFIX) ||
		    doc_word_in(doc, n, business_suffixes,
				ARRAY_SIZE(business_suffixes)) ||
		    (doc_word_is(doc, n, "group") && j != k &&
		     !in_list(doc_word(doc, j), doc->tok[j].wl, generic_first,
			      ARRAY_SIZE(generic_first))))
			words++;
	}
	return words >= 2;
}

/*
 * The first token of a name [first, last] after a place's possessive
 * that opens it ("France's Carrefour SA", "Netherlands' SHV Holdings"):
 * the place is the company's country, not a word of its name.
 */
static size_t after_possessive_place(struct doc *doc, size_t first,
				     size_t last)
{
	/* "U.S. Publisher Harcourt Brace Jovanovich Inc", "U.S. Firm
	 * Conoco": Reuters capitalises the word after "U.S."; a country,
	 * then what the company is, then its name */
	static const char *const kinds[] = {
		"publisher", "investor", "financier", "company", "firm",
		"retailer", "maker", "manufacturer", "producer", "insurer",
		"lender", "conglomerate", "distributor", "developer",
		"operator", "brokerage", "refiner", "miner", "grocer",
		"airline", "supplier", "businessman",
	};
	size_t kx = doc_next(doc, first);
	if (kx < last && doc->tok[kx].cap &&
	    !doc->sent[doc->tok[kx].sent].caps &&
	    doc_word_in(doc, kx, kinds, ARRAY_SIZE(kinds))) {
		const struct gaz_entry *c = gaz_at(doc, first, kx);
		if (c && c->kind == GAZ_PLACE &&
		    gaz_place(doc->g, c->id)->kind == GAZ_COUNTRY)
			return doc_next(doc, kx);
	}
	for (size_t k = first; k < last; k = doc_next(doc, k))
		if (doc_possessive(doc, k)) {
			if (place_at(doc, first, k + 1))
				return doc_next(doc, k);
			/* "the U.S. Shaw's Supermarkets Inc": a country
			 * before a name with a possessive of its own says
			 * where the company is (a state may open the name:
			 * "Arizona Appetito's Stores Inc") */
			size_t nx = doc_next(doc, first);
			const struct gaz_entry *c = k == nx ?
				gaz_at(doc, first, nx) : NULL;
			if (c && c->kind == GAZ_PLACE &&
			    gaz_place(doc->g, c->id)->kind == GAZ_COUNTRY)
				return nx;
			/* a person's or a company's name of two words or
			 * more before a name of its own ("Mukesh Ambani's
			 * Reliance Industries", "Yankee Cos Inc's Eskey");
			 * not one word's possessive, which may be the
			 * name's own ("McDonald's Corp"), nor one before a
			 * lone word ("International King's Table") */
			if (owner_before(doc, first, k))
				return doc_next(doc, k);
			break;
		}
	return first;
}

/* Whether the name s[0, n) at token t0 is in a headline in capitals,
 * to be written as a name is ("EMERY AIR FREIGHT", "ROSPATCH"): not an
 * acronym of one short word ("UAL", "AMR", "TWA"). */
static int caps_headline_name(const struct doc *doc, uint32_t t0,
			      const char *s, size_t n)
{
	if (!doc->sent[doc->tok[t0].sent].caps)
		return 0;
	return n > 4 || memchr(s, ' ', n) != NULL;
}

/*
 * A name from a headline in capitals as names are written: "EMERY AIR
 * FREIGHT" -> "Emery Air Freight", "ROHM AND HAAS" -> "Rohm and Haas",
 * "MOODY'S" -> "Moody's"; a short word without a vowel is an acronym
 * ("CMS ENERGY" -> "CMS Energy").
 */
static void headline_case(char *t)
{
	static const char *const small[] = {"of", "and", "the", "for"};
	for (char *w = t; *w;) {
		size_t n = 0, vowels = 0;
		while (w[n] && w[n] != ' ') {
			vowels += strchr("AEIOUYaeiouy", w[n]) != NULL;
			n++;
		}
		int acronym = n <= 4 && !vowels;
		for (size_t k = 1; k < n && !acronym; k++)
			if (isalpha((unsigned char)w[k]) &&
			    (isalpha((unsigned char)w[k - 1]) ||
			     (w[k - 1] == '\'' && k > 1 &&
			      isalpha((unsigned char)w[k - 2]))))
				w[k] = (char)tolower((unsigned char)w[k]);
		for (size_t i = 0; w != t && i < ARRAY_SIZE(small); i++)
			if (n == strlen(small[i]) && !strncasecmp(w, small[i], n))
				w[0] = (char)tolower((unsigned char)w[0]);
		w += n;
		while (*w == ' ')
			w++;
	}
}

/* Whether the word at text offset `off` names two companies' deal
 * ("the USAir-Piedmont Airlines merger"; of "merger-related", its first
 * part). */
static int pair_noun_at(const struct doc *doc, size_t off)
{
	static const char *const pair_nouns[] = {
		"merger", "deal", "talks", "combination", "agreement",
		"venture", "pact", "link", "alliance", "battle", "fight",
		"takeover", "transaction", "accord", "bid", "offer", "case",
		"dispute", "war",
	};
	size_t k = doc_tok_at(doc, off);
	while (k < doc->ntok && (doc->tok[k].flags & ANA_JOINED))
		k++;
	return doc_word_in(doc, k, pair_nouns, ARRAY_SIZE(pair_nouns));
}

/* Whether the name's word ending at text offset `end` (in "'s") is
 * followed, within tokens [t0, t1), by a corporate suffix: the "'s" is
 * the name's own ("Alexander's Inc"), no possessive. */
static int own_s_before_suffix(const struct doc *doc, size_t end,
			       uint32_t t0, uint32_t t1)
{
	for (uint32_t k = t0; k + 1 < t1 && k + 1 < doc->ntok; k++)
		if (doc->tok[k].end == end)
			return is_suffix(doc, doc_next(doc, k));
	return 0;
}

/*
 * The name to list for a known company whose mention is the text's bytes
 * [a, z): the story's own spelling when it writes the gazetteer's name nm
 * with its accents ("Société Générale" for "Societe Generale", "Crédit
 * Agricole"), the same words folded, copied to out[NAME_SPELLING_MAX];
 * else nm.
 */
#define NAME_SPELLING_MAX 128

static const char *accented_spelling(struct doc *doc, size_t a, size_t z,
				     const char *nm, char *out)
{
	const char *b = doc->text.buf;
	int accent = 0;
	for (size_t k = a; k < z; k++)
		accent |= (unsigned char)b[k] >= 0x80;
	for (const char *q = nm; *q && accent; q++)
		if ((unsigned char)*q >= 0x80)
			accent = 0;   /* the gazetteer's own has them */
	if (!accent || z - a >= NAME_SPELLING_MAX)
		return nm;
	struct buf k1, k2;
	buf_init(&k1, 64);
	buf_init(&k2, 64);
	gaz_key(doc->g, b + a, z - a, &k1);
	gaz_key(doc->g, nm, strlen(nm), &k2);
	int same = k1.len == k2.len && !memcmp(k1.buf, k2.buf, k1.len);
	buf_release(&k1);
	buf_release(&k2);
	if (!same)
		return nm;
	memcpy(out, b + a, z - a);
	out[z - a] = '\0';
	return out;
}

/* Add the company spelt by text [start, end): trims ".com", "'s", "The". */
static int company_span(struct doc *doc, size_t start, size_t end,
			uint32_t t0, uint32_t t1)
{
	const char *s = doc->text.buf;
	/* "Coca-Cola Enterprises", "Dai-Ichi Kangyo Bank", "Tel-A-Data
	 * L.P.": a span after a hyphen that joins it to a capital's or a
	 * digit's part is the end of one word, and the name starts with
	 * the word ("Cola Enterprises" is no company; "single-B" is no
	 * name's part); not two names' deal ("the USAir-Piedmont Airlines
	 * merger"), a rating ("from A-2 American Security Corp's paper")
	 * or a suffix glued to a name ("Orange-Co's") */
	if (start >= 2 && s[start - 1] == '-' &&
	    isalnum((unsigned char)s[start - 2]) &&
	    isalpha((unsigned char)s[start]) && !is_suffix(doc, t0) &&
	    !pair_noun_at(doc, end)) {
		/* back to the word's start, not over a dash ("said
		 * Monday--Coca-Cola") */
		size_t q = start - 1;
		while (q > 0 && (isalnum((unsigned char)s[q - 1]) ||
				 (s[q - 1] && strchr("-/&.", s[q - 1]))) &&
		       !(s[q - 1] == '-' && q >= 2 && s[q - 2] == '-'))
			q--;
		while (q < start && !isalnum((unsigned char)s[q]))
			q++;
		uint32_t nt = t0;
		while (nt > 0 && doc->tok[nt - 1].start >= q &&
		       doc->tok[nt - 1].sent == doc->tok[t0].sent)
			nt--;
		while (nt < t0 && (doc->tok[nt].flags & ANA_JOINED))
			nt++;
		if (q < start - 1 && (isupper((unsigned char)s[q]) ||
				      isdigit((unsigned char)s[q])) &&
		    nt < t0 && doc->tok[nt].start == q) {
			start = q;
			t0 = nt;
		}
	}
	if (end - start > 4 && !strncmp(s + start, "The ", 4))
		start += 4;
	/* "to Youngor-Led Group", "a Carlyle-backed consortium": the
	 * leader's name before the hyphen, the group no name of its own */
	for (size_t q = start + 1; q + 4 <= end; q++)
		if (s[q] == '-' && (!strncasecmp(s + q + 1, "led", 3) ||
				    !strncasecmp(s + q + 1, "backed", 6))) {
			size_t w = q + 1 + (tolower((unsigned char)s[q + 1]) == 'l' ?
					    3 : 6);
			if (w <= end && (w == end || s[w] == ' ')) {
				end = q;
				break;
			}
		}
	if (end - start > 4 && !strncasecmp(s + end - 4, ".com", 4))
		end -= 4;
	/* (not a name's own "'s" before its suffix: "Alexander's Inc",
	 * "Standard and Poor's Corp", "Lowe's Cos") */
	if (end - start > 2 && (s[end - 2] == '\'' ) && s[end - 1] == 's' &&
	    !own_s_before_suffix(doc, end, t0, t1))
		end -= 2;
	while (end > start && strchr(" &-.,", s[end - 1]))
		end--;
	if (end <= start)
		return -1;
	/* "International Business Machines Corp": the gazetteer's name
	 * ("IBM") when it knows the company */
	size_t te = doc_tok_at(doc, end);
	const struct gaz_entry *g = te > t0 ? gaz_at(doc, t0, te) : NULL;
	/* "Sea Ltd": a name the gazetteer knows with its suffix, whose
	 * words alone name something else (the region "SEA") */
	if ((!g || g->kind != GAZ_COMPANY) && t1 > te) {
		const struct gaz_entry *w = gaz_at(doc, t0, t1);
		if (w && w->kind == GAZ_COMPANY)
			g = w;
	}
	int id;
	if (g && g->kind == GAZ_COMPANY) {
		char spelled[NAME_SPELLING_MAX];
		const char *nm = accented_spelling(doc, start, end,
						   gaz_company(doc->g, g->id),
						   spelled);
		id = doc_company(doc, nm, strlen(nm), t0);
	} else if (caps_headline_name(doc, t0, s + start, end - start)) {
		/* a wire headline's capitals: "EMERY AIR FREIGHT" is
		 * "Emery Air Freight" */
		char *t = xstrndup(s + start, end - start);
		headline_case(t);
		id = doc_company(doc, t, end - start, t0);
		free(t);
	} else {
		id = doc_company(doc, s + start, end - start, t0);
	}
	if (id >= 0)
		doc_mention(doc, DOC_COMPANY, id, t0, t1);
	return id;
}

/* "Alibaba Group Holding Ltd", "Kroger Co", "Amazon.com Inc". */
/*
 * The last token of "of America" right after a suffix run ending at
 * token last ("Dynamics Corp of America"), or of "International" or
 * "Worldwide", or last when none follows.
 * Other places there say where the company is ("Bayer AG of West
 * Germany", "Pioneer Business Group Inc of Atlanta"), not its name.
 */
static size_t suffix_of_place(struct doc *doc, const struct doc_sent *st,
			      size_t last)
{
	size_t of = doc_next(doc, last);
	/* "Development Partners International": a suffix inside the name
	 * when "International" or "Worldwide" follows it */
	if (of < st->t1 && doc->tok[of].cap && name_gap(doc, last, of) &&
	    (doc_word_is(doc, of, "international") ||
	     doc_word_is(doc, of, "worldwide")))
		return of;
	if (of >= st->t1 || !doc_word_is(doc, of, "of") ||
	    !name_gap(doc, last, of))
		return last;
	size_t p = doc_next(doc, of);
	if (p < st->t1 && doc->tok[p].cap && doc_word_is(doc, p, "america"))
		return p;
	return last;
}

/*
 * "PT Berlian Inti Mekar (BIM)": Indonesia's legal form stands before the
 * name, written "PT"; the name is the capitalised run after it (a suffix
 * after the run, "PT Mahkota Group Tbk", is the other rules' too).
 */
/* Words that open a Latin firm's name and stay in it: "Grupo Televisa",
 * "Groupe SEB". */
static const char *const group_prefixes[] = {"grupo", "groupe", "grupa"};

static void prefix_names(struct doc *doc, const struct doc_sent *st)
{
	if (st->caps)
		return;
	for (size_t i = st->t0; i < st->t1; i++) {
		const struct doc_tok *t = &doc->tok[i];
		/* "PT Berlian Inti Mekar" is "Berlian Inti Mekar"; "Grupo
		 * Televisa" keeps its first word, and a connector ends it
		 * ("Grupo Televisa and Univision Holdings" are two) */
		int pt = t->end - t->start == 2 &&
			 !memcmp(doc->text.buf + t->start, "PT", 2);
		int grupo = !pt && t->cap &&
			    doc_word_in(doc, i, group_prefixes,
					ARRAY_SIZE(group_prefixes));
		if ((!pt && !grupo) || doc->in_name[i])
			continue;
		size_t n = doc_next(doc, i), last = n, k;
		if (n >= st->t1 || !nameish(doc, n) || !name_gap(doc, i, n) ||
		    is_suffix(doc, n) || (grupo && is_connector(doc, n)))
			continue;
		for (unsigned w = 1; w < PREFIXED_WORDS &&
				     (k = doc_next(doc, last)) < st->t1 &&
				     name_gap(doc, last, k) &&
				     (nameish(doc, k) || is_suffix(doc, k)) &&
				     !(grupo && is_connector(doc, k));
		     w++)
			last = k;
		size_t first = grupo ? i : n;
		size_t name_end = canonical_end(doc, first, last);
		company_span(doc, doc->tok[first].start, doc->tok[name_end].end,
			     (uint32_t)i, (uint32_t)last + 1);
		i = last;
	}
}

static int not_name_token(const struct doc *doc, size_t k);

/*
 * A story that is its headline alone (a wire's flash, "EMERY AIR FREIGHT
 * CORP TO OFFER 40 DLRS/SHR FOR PUROLATOR COURIER CORP", its body sent
 * later or never): no sentence of a body tells its names, so the
 * headline's runs before a suffix are its companies.
 */
static int flash(const struct doc *doc)
{
	for (size_t s = 0; s < doc->nsent; s++)
		if (!doc->sent[s].title)
			return 0;
	return doc->nsent > 0;
}

/*
 * A thrift's name ends in what it is, capitalised: "Western Ohio Savings
 * Bank", "Central Pennsylvania Savings Association", "Coast Savings and
 * Loan Association".  Such an ending is the name's own (kept, unlike a
 * suffix), and what comes before it up to the name's start is the name,
 * places included.
 */
static int thrift_end(const struct doc *doc, size_t i)
{
	if (!doc->tok[i].cap || !(doc_word_is(doc, i, "bank") ||
				  doc_word_is(doc, i, "association")))
		return 0;
	long p = doc_prev(doc, i);
	return p >= 0 && doc->tok[p].cap && name_gap(doc, (size_t)p, i) &&
	       (doc_word_is(doc, (size_t)p, "savings") ||
		doc_word_is(doc, (size_t)p, "loan"));
}

/*
 * "Bangkok Bank", "Saitama Bank": a capitalised "Bank" right after a
 * place named by its own name (not "Bank of ...") ends a bank's name,
 * the place its first word, as a thrift's ending does.
 */
static int place_bank(struct doc *doc, size_t i)
{
	if (!doc->tok[i].cap || !doc_word_is(doc, i, "bank"))
		return 0;
	size_t nx = doc_next(doc, i);
	if (nx < doc->ntok && doc->tok[nx].sent == doc->tok[i].sent &&
	    doc_word_is(doc, nx, "of"))
		return 0;
	long p = doc_prev(doc, i);
	if (p < 0 || !doc->tok[p].cap || !name_gap(doc, (size_t)p, i) ||
	    doc_possessive(doc, (size_t)p))
		return 0;
	/* the place opens the name: not "Chase Manhattan Bank", whose
	 * longer run the other rules read */
	long pp = doc_prev(doc, (size_t)p);
	if (pp >= 0 && doc->tok[pp].sent == doc->tok[i].sent &&
	    doc->tok[pp].cap && name_gap(doc, (size_t)pp, (size_t)p))
		return 0;
	/* the place by its own name, not "U.S.", "Norwegian" or another
	 * alias (Reuters capitalises the word after "U.S.") */
	const struct gaz_entry *g = gaz_at(doc, (size_t)p, (size_t)p + 1);
	if (!g || g->kind != GAZ_PLACE)
		return 0;
	return own_place_name(doc, g, (size_t)p, (size_t)p + 1);
}

static int key_at(struct doc *doc, size_t i, unsigned n, size_t *end);

/* First words of public bodies' names, no firm's ("Reserve Bank", "World
 * Bank", "Asian Development Bank", "Export-Import Bank"). */
static const char *const institution_words[] = {
	"central", "reserve", "monetary", "development", "european", "world",
	"asian", "african", "economic", "export", "import", "state",
	"international", "investment", "national", "federal",
};

/*
 * The first token of a company's name written without a suffix that token
 * i ends, or -1: i a word of bare_firm_ends, capitalised, the last of a run
 * of capitals in a sentence that is no headline, after a word of the name's own (not only
 * generic words, places and people: "Global Energy", "Texas Oil", "the
 * Reserve Bank" are no names found here).  The name is the run of
 * capitals alone: no "of" joins it to a person's or a share's words
 * ("Frederick Tsang of Mansion House Securities"), no hyphen glues an
 * initials' word to it ("CC-Bank"), and a name followed by its short form
 * in brackets is left to the rule of short forms.
 */
static long bare_firm_end(struct doc *doc, const struct doc_sent *st,
			  size_t i)
{
	if (st->caps || st->title || !doc->tok[i].cap || doc->in_name[i] ||
	    !doc_word_in(doc, i, bare_firm_ends, ARRAY_SIZE(bare_firm_ends)))
		return -1;
	size_t nx = doc_next(doc, i);
	if (nx < st->t1 && doc->tok[nx].cap && name_gap(doc, i, nx))
		return -1;   /* the run goes on: its end decides */
	/* "Bryson Oil and Gas Plc", "House Energy and Commerce Committee":
	 * a name may go on past "and" */
	size_t nn = doc_next(doc, nx);
	if (nx < st->t1 && nn < st->t1 && is_connector(doc, nx) &&
	    doc->tok[nn].cap)
		return -1;
	/* a name before its short form in brackets is the short forms'
	 * rule's, one before what it is ("Halcyon Investments, a New York
	 * risk arbitrage partnership") the rule of descriptions' */
	const char *after = doc->text.buf + doc->tok[i].end;
	if (!strncmp(after, " (", 2))
		return -1;
	if (*after == ',') {
		after++;
		while (*after == ' ' || *after == '\n')
			after++;
		if (!strncmp(after, "a ", 2) || !strncmp(after, "an ", 3) ||
		    !strncmp(after, "the ", 4))
			return -1;
	}
	int own = 0;
	long islamic = -1;
	size_t k = i;
	for (long b = doc_prev(doc, i); b >= (long)st->t0;
	     b = doc_prev(doc, (size_t)b)) {
		if (!doc->tok[b].cap || !name_gap(doc, (size_t)b, k) ||
		    doc_gap_has(doc, (size_t)b, k, '-') ||
		    !nameish(doc, (size_t)b) || names_opening_noun(doc, (size_t)b) ||
		    doc_possessive(doc, (size_t)b) ||
		    (doc->tok[b].wcls & DOC_W_TITLE))
			break;
		if (doc_word_in(doc, (size_t)b, institution_words,
				ARRAY_SIZE(institution_words)))
			return -1;
		/* "Islamic Development Bank" opens with it; "Dubai
		 * Islamic Bank", "Qatar Islamic Bank" are banks */
		if (doc_word_is(doc, (size_t)b, "islamic"))
			islamic = (long)b;
		const struct gaz_entry *g = gaz_at(doc, (size_t)b, k);
		if (!doc_word_in(doc, (size_t)b, generic_first,
				 ARRAY_SIZE(generic_first)) &&
		    !(g && g->kind != GAZ_COMPANY) &&
		    !gaz_at(doc, (size_t)b, (size_t)b + 1))
			own = 1;
		k = (size_t)b;
	}
	if (!own || islamic == (long)k)
		return -1;
	/* "Farmers and Merchants Bank": a name with "and" inside is
	 * another rule's */
	long b = doc_prev(doc, k);
	long bb = b >= 0 ? doc_prev(doc, (size_t)b) : -1;
	if (bb >= (long)st->t0 && (doc_word_is(doc, (size_t)b, "and") ||
				   doc_word_is(doc, (size_t)b, "&")) &&
	    doc->tok[bb].cap &&
	    /* ("Dubai Islamic Bank and Qatar Islamic Bank": a firm's end
	     * before "and" ends the first of two) */
	    !doc_word_is(doc, (size_t)bb, doc_word(doc, i)))
		return -1;
	/* "the amended Davis Mining offer": the first words of a name the
	 * story gave whole are that company's short name */
	unsigned n = 0;
	for (size_t j = k; j <= i; j = doc_next(doc, j))
		n++;
	size_t e;
	if (key_at(doc, k, n, &e))
		for (size_t c = 0; c < doc->nco; c++)
			if (!strncmp(doc->co[c].key, doc->key.buf,
				     doc->key.len) &&
			    doc->co[c].key[doc->key.len] == ' ')
				return -1;
	return (long)k;
}

/* Words that open a sentence before a comma, no partner of a firm. */
static const char *const openers[] = {
	"however", "meanwhile", "also", "moreover", "nevertheless", "instead",
	"today", "yesterday", "earlier", "later", "now", "still", "again",
	"but", "and", "so", "thus", "then", "besides", "furthermore",
};

/* The most partners a firm's name lists before "and Co". */
#define PARTNERS_MAX 5

/*
 * "Kidder, Peabody and Co", "Peat, Marwick, Mitchell and Co": the first
 * partner of a firm whose last one, before "and Co", is at `last`: one
 * capitalised word each, joined by commas, and none of them a suffix, a
 * place or a company of its own ("Ltd, Kidder, Peabody and Co" starts at
 * Kidder).  -1 when a partner is a longer run ("analyst John Smith,
 * Peabody and Co" is no firm of Smith's).
 */
static long partners_start(struct doc *doc, const struct doc_sent *st,
			   size_t last)
{
	size_t first = last;
	for (int n = 0; n < PARTNERS_MAX; n++) {
		long b = doc_prev(doc, first);
		if (b < (long)st->t0 ||
		    !doc_gap_has(doc, (size_t)b, first, ','))
			break;
		if (!doc->tok[b].cap || doc->in_name[b] ||
		    (doc->tok[b].flags & ANA_JOINED) ||
		    is_suffix(doc, (size_t)b) || doc->tok[b].digit)
			break;
		const struct gaz_entry *g = gaz_at(doc, (size_t)b, (size_t)b + 1);
		if (g && (g->kind == GAZ_PLACE || g->kind == GAZ_COMPANY))
			break;
		first = (size_t)b;
	}
	/* "However, Drexel, Burnham and Co said": a sentence's opening
	 * word before a comma is no partner */
	if (first != last && first == st->t0 &&
	    (doc->tok[first].wcls & (DOC_W_STOP | DOC_W_FILLER | DOC_W_AUX) ||
	     doc_word_in(doc, first, openers, ARRAY_SIZE(openers)) ||
	     (doc->tok[first].wl > 2 &&
	      !strncmp(doc_word(doc, first) + doc->tok[first].wl - 2, "ly", 2))))
		first = doc_next(doc, first);
	if (first == last)
		return -1;
	/* the first partner stands alone: no capitalised word right
	 * before it without a comma */
	long b = doc_prev(doc, first);
	if (b >= (long)st->t0 && doc->tok[b].cap &&
	    !doc_gap_has(doc, (size_t)b, first, ',') &&
	    !is_suffix(doc, (size_t)b))
		return -1;
	return (long)first;
}

/*
 * The firm before "and" when a name found opens at token first after it
 * and name_start() split the two ("Chemical Bank and Marine Midland Banks
 * Inc"): its name too, from where its run of capitals starts.
 */
static void firm_before_and(struct doc *doc, size_t first)
{
	long a = doc_prev(doc, first);
	if (a < 0 || !doc_word_is(doc, (size_t)a, "and"))
		return;
	long pp = doc_prev(doc, (size_t)a);
	if (pp < 0 || doc->sent[doc->tok[pp].sent].caps ||
	    !firm_named_before(doc, (size_t)pp) || business_word(doc, first))
		return;
	long b = name_start(doc, (size_t)pp);
	if (b < 0 || b >= pp)
		return;
	for (long k = b; k <= pp; k = (long)doc_next(doc, (size_t)k))
		if (doc->in_name[k])
			return;
	b = (long)after_possessive_place(doc, (size_t)b, (size_t)pp);
	company_span(doc, doc->tok[b].start, doc->tok[pp].end, (uint32_t)b,
		     (uint32_t)pp + 1);
}

static void suffix_names(struct doc *doc, const struct doc_sent *st)
{
	for (size_t i = st->t0; i < st->t1; i++) {
		long bare = is_suffix(doc, i) ? -1 : bare_firm_end(doc, st, i);
		if (!(is_suffix(doc, i) ||
		      (!st->caps && (thrift_end(doc, i) || place_bank(doc, i) ||
				     bare >= 0))) ||
		    doc->in_name[i] || (doc->tok[i].flags & ANA_JOINED))
			continue;
		/* the run of suffixes: "Group Holding Ltd" */
		size_t last = i, k;
		while ((k = doc_next(doc, last)) < st->t1 && is_suffix(doc, k) &&
		       name_gap(doc, last, k))
			last = k;
		long p = doc_prev(doc, i);
		if (p < 0 || !name_gap(doc, (size_t)p, i)) {
			i = last;
			continue;
		}
		/* "Tiffany and Co", "Spear, Leeds and Co", "F.
		 * Hoffmann-La Roche und Co": the name is before "and" */
		long pa = -1;
		if (doc_word_is(doc, (size_t)p, "and") ||
		    doc_word_is(doc, (size_t)p, "und") ||
		    doc_word_is(doc, (size_t)p, "&")) {
			pa = doc_prev(doc, (size_t)p);
			if (pa < 0 || !name_gap(doc, (size_t)pa, (size_t)p) ||
			    !(doc_word_is(doc, i, "co") ||
			      doc_word_is(doc, i, "company")))
				pa = -1;
		}
		long first = name_start(doc, pa >= 0 ? (size_t)pa : (size_t)p);
		if (bare >= 0 && first >= 0 && first < bare)
			first = bare;   /* the run of capitals alone */
		/* a thrift's name has no "and" but "Savings and Loan": "the
		 * affiliation of Amoskeag and Portsmouth Savings Bank" */
		for (long b = first; first >= 0 && !is_suffix(doc, i) &&
		     b >= 0 && b < (long)i; b = (long)doc_next(doc, (size_t)b))
			if (doc_word_is(doc, (size_t)b, "and") &&
			    !doc_word_is(doc, doc_next(doc, (size_t)b), "loan"))
				first = (long)doc_next(doc, (size_t)b);
		/* "Kidder, Peabody and Co", "Kohlberg, Kravis, Roberts and
		 * Co": a firm named after partners runs across commas, one
		 * capitalised word each (partners_start()); otherwise a name
		 * found here may not, and it is left to the other rules */
		if (pa >= 0 && first > 0) {
			long b = doc_prev(doc, (size_t)first);
			if (b >= 0 && doc_gap_has(doc, (size_t)b, (size_t)first,
						  ',') && doc->tok[b].cap)
				first = first == pa && !st->caps ?
					partners_start(doc, st, (size_t)pa) : -1;
		}
		/* "analyst Jack Kirnan of Kidder Peabody and Co", "Capital
		 * Markets and E.F. Hutton and Co", "Monsanto Co's G.D. Searle
		 * and Co": the firm starts after the last "of", "and",
		 * suffix or possessive */
		for (long b = first; pa >= 0 && first >= 0 && b < pa;
		     b = (long)doc_next(doc, (size_t)b))
			if (doc_word_is(doc, (size_t)b, "of") ||
			    doc_word_is(doc, (size_t)b, "and") ||
			    doc_word_is(doc, (size_t)b, "&") ||
			    is_suffix(doc, (size_t)b) ||
			    doc_possessive(doc, (size_t)b))
				first = (long)doc_next(doc, (size_t)b);
		/* "Morgan Stanley and Co": a company the gazetteer knows
		 * is its own */
		for (long b = pa, n = 0; pa >= 0 && first >= 0 && b >= 0 &&
		     n < 4; b = doc_prev(doc, (size_t)b), n++) {
			const struct gaz_entry *g = gaz_at(doc, (size_t)b,
							   (size_t)pa + 1);
			if (g && g->kind == GAZ_COMPANY)
				first = -1;
		}
		if (first < 0) {
			i = last;
			continue;
		}
		/* the canonical name ends before the first suffix */
		size_t name_end = canonical_end(doc, (size_t)first,
					       pa >= 0 ? (size_t)pa : last);
		/* unless a place follows it: "Dynamics Corp of America",
		 * "Ford Motor Co of Canada" keep the suffix inside */
		size_t of_place = suffix_of_place(doc, st, last);
		if (of_place > last && !st->caps) {
			name_end = of_place;
			last = of_place;
		}
		/* a flash's name starts after the headline's verbs and
		 * the names before them: "ACME WIDGETS CORP BUYS ROSPATCH
		 * CORP" */
		for (long b = first; st->caps && first >= 0 && b < (long)i;
		     b = (long)doc_next(doc, (size_t)b))
			if (not_name_token(doc, (size_t)b) ||
			    (is_suffix(doc, (size_t)b) && b < (long)i) ||
			    ((long)b == first && is_connector(doc, (size_t)b)) ||
			    doc_deal_cue(doc->tok[b].scls) >= 0 ||
			    (doc->tok[b].wcls & DOC_W_AUX) ||
			    doc_stem_is(doc, (size_t)b, "downgrad") ||
			    doc_stem_is(doc, (size_t)b, "upgrad"))
				first = (long)doc_next(doc, (size_t)b);
		if (first >= (long)i) {
			i = last;
			continue;
		}
		/* what is left may be one generic word before its suffix:
		 * "AGAINST GENERAL PARTNERS" is "General Partners" */
		if (st->caps && of_place <= last)
			name_end = canonical_end(doc, (size_t)first,
						 pa >= 0 ? (size_t)pa : last);
		if (st->caps && !flash(doc)) {
			/* a wire headline: where its name starts is a guess,
			 * so it only keeps its words from naming places
			 * ("BANK OF NEW ENGLAND CORP", "FRANCE FUND INC"); a
			 * headline sent alone names its companies itself */
			unsigned words = 0;
			for (size_t j = (size_t)p; (long)j >= first && words < 3;
			     j = (size_t)doc_prev(doc, j), words++) {
				doc->in_name[j] = 1;
				if ((long)j == first)
					break;
			}
			for (size_t j = i; j <= last; j++)
				doc->in_name[j] = 1;
		} else {
			first = (long)after_possessive_place(doc, (size_t)first,
							     name_end);
			company_span(doc, doc->tok[first].start,
				     doc->tok[name_end].end, (uint32_t)first,
				     (uint32_t)last + 1);
			firm_before_and(doc, (size_t)first);
		}
		i = last;
	}
}

/*
 * The company whose name ends at token t - 1 of sentence st, before its
 * ticker: "Standard Oil Co <SRD>", "Pfizer (NYSE: PFE)"; with not_place,
 * never a place.
 */
static void name_before(struct doc *doc, const struct doc_sent *st, size_t t,
			int not_place)
{
	if (t == 0 || t > st->t1 ||
	    doc->tok[t - 1].sent != (uint32_t)(st - doc->sent))
		return;
	size_t last = t - 1;
	if (doc->in_name[last])
		return;   /* "Kroger Co <KR>": seen already */
	long first = name_start(doc, last);
	if (first < 0)
		return;
	size_t name_end = canonical_end(doc, (size_t)first, last);
	/* a place before a listing is a dateline's, not the company:
	 * "LONDON/NEW YORK (Frankfurt: HX6.F - news)" */
	if (not_place && place_at(doc, (size_t)first, name_end + 1))
		return;
	first = (long)after_possessive_place(doc, (size_t)first, name_end);
	company_span(doc, doc->tok[first].start, doc->tok[name_end].end,
		     (uint32_t)first, (uint32_t)last + 1);
}

/* Keep the tokens of bytes [a, b) from naming anything else. */
static void shield(struct doc *doc, size_t a, size_t b)
{
	for (size_t k = doc_tok_at(doc, a);
	     k < doc->ntok && doc->tok[k].end <= b; k++)
		doc->in_name[k] = 1;
}

/* The longest "<Name Corp>" read, '<' to '>' in bytes. */
#define BRACKET_MAX 48

/*
 * The closing `close` of the bracket that opens at s[i], at most `max`
 * bytes on and before `end`; 0 when there is none.  A ticker or a name in
 * brackets is short: looking no further keeps a sentence of many '<' and
 * no '>' from being quadratic.
 */
static size_t closing(const char *s, size_t i, size_t end, char close,
		      size_t max)
{
	size_t look = end - i < max + 1 ? end - i : max + 1;
	const char *c = memchr(s + i, close, look);
	return c ? (size_t)(c - s) : 0;
}

/* Whether s[0, n) is a market code in lower case, an exchange's letters
 * after a dot: "eric.St.", "smbs.St", "bnpp.PA". */
static int lower_ric(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && isalnum((unsigned char)s[k]))
		k++;
	if (k == 0 || k > 6 || k >= n || s[k] != '.')
		return 0;
	size_t x = ++k;
	while (k < n && isalpha((unsigned char)s[k]))
		k++;
	if (k - x < 1 || k - x > 3)
		return 0;
	return k == n || (k + 1 == n && s[k] == '.');
}

/* Reuters: "Standard Oil Co <SRD>", "<Cyclops Corp>". */
static void bracket_names(struct doc *doc, const struct doc_sent *st)
{
	const char *s = doc->text.buf;
	for (size_t i = st->start; i < st->end; i++) {
		size_t b;
		if (s[i] != '<' || !(b = closing(s, i, st->end, '>',
						 BRACKET_MAX)))
			continue;
		size_t a = i + 1;
		int lower = 0;
		for (size_t k = a; k < b; k++)
			lower |= islower((unsigned char)s[k]);
		/* a capitals headline's "<ALLIED STORES CORP>": a name of
		 * words, as no ticker is */
		/* ("<eric.St.>" is Ericsson's code in Stockholm) */
		if (lower && lower_ric(s + a, b - a))
			lower = 0;
		if (lower || (st->caps && memchr(s + a, ' ', b - a))) {
			size_t t0 = doc_tok_at(doc, a), t1 = doc_tok_at(doc, b);
			/* drop trailing suffixes: "<Cyclops Corp>" */
			size_t end = canonical_end(doc, t0, t1 - 1);
			size_t e = end + 1 < t1 ? doc->tok[end].end : b;
			t1 = end + 1;
			if (t1 > t0 && !doc->in_name[t0])
				company_span(doc, a, e, (uint32_t)t0,
					     (uint32_t)doc_tok_at(doc, b));
		} else {
			/* the ticker itself names no place: "CARBIDE <UK>" */
			shield(doc, a, b);
			if (!st->caps)
				name_before(doc, st, doc_tok_at(doc, i), 0);
		}
		i = b;
	}
}

/* Stock exchanges as a listing in brackets names them ("NYSE: PFE"). */
static const char *const exchanges[] = {
	"nyse", "nasdaq", "amex", "nyse american", "nyse arca", "nyse mkt",
	"otc", "otcqx", "otcqb", "lse", "lon", "aim", "tsx", "tsxv", "tsx-v",
	"cse", "asx", "nzx", "nzse", "hkex", "hkg", "sehk", "sgx", "sgx-st",
	"tyo", "tse", "jpx", "krx", "kospi", "kosdaq", "sse", "szse", "sha",
	"she", "bse", "nse", "idx", "klse", "bursa", "myx", "set", "pse",
	"twse", "tpex", "fra", "frankfurt", "etr", "xetra", "eurex", "epa",
	"euronext", "ams", "ebr", "bit", "bme", "six", "swx", "sto", "omx",
	"hel", "cph", "osl", "wse", "moex", "jse", "bmv", "b3", "bovespa",
	"tase", "tadawul", "adx", "dfm", "qse", "egx",
};

/* The longest listing in brackets read, '(' to ')' in bytes. */
#define LISTING_MAX 40

static int ticker_char(int c)
{
	return isupper(c) || isdigit(c) || c == '.' || c == '-';
}

/*
 * Whether s[0..n) is a listing: an exchange and a ticker ("NYSE: PFE",
 * "Frankfurt: HX6.F - news", "SGX: C6L") or a Reuters code ("PFE.N",
 * "0700.HK", "GMEXICOB.MX").
 */
static int is_listing(const char *s, size_t n)
{
	/* Asia's codes alone: "MMG (1208)", "Yageo (2327)" (Hong Kong,
	 * Tokyo, Taipei), "(600519)" (Shanghai, Seoul); not a year of
	 * 1800 to 2099 ("October (1986)") */
	size_t digits = 0;
	while (digits < n && isdigit((unsigned char)s[digits]))
		digits++;
	if (digits == n && (n == 6 || (n == 4 && (atoi(s) < 1800 ||
						  atoi(s) > 2099))))
		return 1;
	const char *colon = memchr(s, ':', n);
	if (!colon) {   /* a code: 1-10 capitals or digits, '.', 1-3 capitals */
		const char *dot = memchr(s, '.', n);
		size_t a = dot ? (size_t)(dot - s) : 0;
		if (!dot || a < 1 || a > 10 || n - a - 1 < 1 || n - a - 1 > 3)
			return 0;
		for (size_t k = 0; k < n; k++)
			if (k != a && !(k < a ? isupper((unsigned char)s[k]) ||
						isdigit((unsigned char)s[k]) :
						isupper((unsigned char)s[k])))
				return 0;
		return 1;
	}
	size_t e = (size_t)(colon - s);
	while (e && s[e - 1] == ' ')
		e--;
	int known = 0;
	for (size_t k = 0; k < ARRAY_SIZE(exchanges) && !known; k++)
		known = strlen(exchanges[k]) == e &&
			!strncasecmp(exchanges[k], s, e);
	if (!known)
		return 0;
	size_t k = (size_t)(colon - s) + 1;
	while (k < n && s[k] == ' ')
		k++;
	size_t t0 = k;
	while (k < n && ticker_char((unsigned char)s[k]))
		k++;
	/* a ticker, then the end or what follows it: " - news", "; LSE.." */
	return k > t0 && k - t0 <= 12 &&
	       (k == n || s[k] == ' ' || s[k] == ';' || s[k] == ',');
}

/* Whether token i is written as a Reuters code ("GMEXICOB.MX"). */
static int ticker_at(const struct doc *doc, size_t i)
{
	const char *s = doc->text.buf;
	size_t a = doc->tok[i].start, b = a;
	while (b < doc->text.len && b - a <= 12 &&
	       ticker_char((unsigned char)s[b]))
		b++;
	return memchr(s + a, '.', b - a) && is_listing(s + a, b - a);
}

static int gap_is(const struct doc *doc, size_t a, size_t b, const char *set);

/* "Pfizer (NYSE: PFE - news)", "AstraZeneca (AZN.L)", "Planigrupo Latam
 * PLANI.MX". */
static void listing_names(struct doc *doc, const struct doc_sent *st)
{
	const char *s = doc->text.buf;
	if (!st->caps)
		for (size_t k = st->t0; k < st->t1; k++) {
			const struct doc_tok *t = &doc->tok[k];
			long p = doc_prev(doc, k);
			/* right after a name's word, not inside brackets
			 * ("(BAYZF.PK, BAYRY.PK)", "(EUREX: AZNF.EX)") */
			if (!ticker_at(doc, k) || doc->in_name[k] ||
			    p < (long)st->t0 || !gap_is(doc, (size_t)p, k, " ") ||
			    !nameish(doc, (size_t)p) || ticker_at(doc, (size_t)p))
				continue;
			size_t b = t->start;
			while (b < st->end && ticker_char((unsigned char)s[b]))
				b++;
			/* "U.S" written without its last dot is no code */
			if (s[t->start + 1] == '.')
				continue;
			shield(doc, t->start, b);
			name_before(doc, st, k, 1);
		}
	for (size_t i = st->start; i < st->end; i++) {
		size_t b;
		if (s[i] != '(' || !(b = closing(s, i, st->end, ')',
						 LISTING_MAX)))
			continue;
		size_t a = i + 1;
		if (!is_listing(s + a, b - a))
			continue;
		shield(doc, a, b);
		/* (not a word in brackets of its own: "Orient Overseas
		 * (International) (0316)") */
		size_t q = i;
		while (q > st->start && s[q - 1] == ' ')
			q--;
		if (!st->caps && !(q > st->start && s[q - 1] == ')'))
			name_before(doc, st, doc_tok_at(doc, i), 1);
		i = b;
	}
}

/*
 * Nouns that say a name is a company's: "plantation company Matang",
 * "payments startup Matchmove", "Nykaa, the online beauty platform,".
 */
static const char *const org_nouns[] = {
	"company", "firm", "startup", "start-up", "platform", "maker",
	"manufacturer", "producer", "retailer", "chain", "bank", "lender",
	"insurer", "developer", "provider", "conglomerate", "airline", "operator", "giant", "miner", "grocer", "subsidiary",
	"unit", "arm", "supplier", "distributor", "refiner", "utility",
	"brokerage", "e-tailer", "marketplace", "unicorn", "designer",
	"rival", "competitor", "bidder",
	/* "Perth-based shipbuilder Austal", "German carmaker Porsche": the
	 * trades' nouns that open sentences */
	"shipbuilder", "carmaker", "automaker", "drugmaker", "chipmaker",
	"steelmaker", "planemaker", "brewer", "reinsurer",
	/* "Spanish fragrance and fashion group Puig" */
	"group",
};
/* ... of which these also come before people and things ("real estate
 * developer Donald Trump", "Hollywood producer Burt Sugarman", "drilling
 * platform West Vision", "fashion designer Tom Ford"): before a name of
 * one word only ("British chip designer Arm", "rival Sayurbox").  "carrier" is not one: it names ships as often
 * ("aircraft carrier Kitty Hawk", "bulk carrier Envoy"). */
static const char *const org_nouns_one_word[] = {
	"developer", "operator", "producer", "platform", "designer",
	/* "rival Sayurbox", not "his rival Joe Biden" */
	"rival", "competitor", "bidder",
};
/* ... and in "X, the <adjectives> <noun>," the words that may end it */
static const char *const org_noun_after[] = {
	"that", "which", "based", "owned", "with", "in", "of", "and",
	"whose", "backed", "listed",
	/* "Liquigás Distribuidora, the bottled-gas distributor controlled
	 * by state-run oil company Petrobras" */
	"controlled", "held", "run", "operated",
	/* "Signify, the Dutch group formerly known as Philips Lighting",
	 * "the Swiss company best known for", "the drugmaker founded in
	 * Jordan" */
	"formerly", "known", "best", "once", "founded",
};

/* The longest "the online beauty" between a determiner and its noun. */
#define ORG_NOUN_GAP 5

static int is_org_noun(const struct doc *doc, size_t i)
{
	return !doc->tok[i].cap && (doc->tok[i].wcls & DOC_W_ORG) &&
	       !doc_possessive(doc, i);
}

/* Whether token k is a word no person's name ends with: a firm's
 * ("Capital", "Studio", "Labs") or a business's ("Mining", "Foods"). */
static int firm_word_last(const struct doc *doc, size_t k)
{
	static const char *const more[] = {
		"studio", "studios", "games", "labs", "lab", "systems",
		"solutions", "technology", "tech", "media", "digital",
		"group", "holdings",
	};
	const char *w = doc_word(doc, k);
	size_t n = doc->tok[k].wl;
	return is_suffix(doc, k) ||
	       in_list(w, n, firm_ends, ARRAY_SIZE(firm_ends)) ||
	       in_list(w, n, bare_firm_ends, ARRAY_SIZE(bare_firm_ends)) ||
	       in_list(w, n, more, ARRAY_SIZE(more));
}

/* Whether a lower-case noun of companies follows token k: "rival U.S.
 * Shipping companies" are a kind, no name. */
static int noun_follows(const struct doc *doc, const struct doc_sent *st,
			size_t k)
{
	static const char *const plurals[] = {
		"companies", "firms", "groups", "carriers", "lines", "banks",
		"makers", "producers", "operators", "developers", "studios",
	};
	size_t n = doc_next(doc, k);
	return n < st->t1 && !doc->tok[n].cap &&
	       ((doc->tok[n].wcls & DOC_W_ORG) ||
		doc_word_in(doc, n, plurals, ARRAY_SIZE(plurals)));
}

/* Whether the gap between tokens a and b is of bytes of `set` only; where
 * `set` has the space, a line break inside one sentence is one (a wrapped
 * line: "acquisition of West\nVirginia Power"). */
static int gap_is(const struct doc *doc, size_t a, size_t b, const char *set)
{
	int space = strchr(set, ' ') != NULL;
	for (size_t k = doc->tok[a].end; k < doc->tok[b].start; k++)
		if (!strchr(set, doc->text.buf[k]) &&
		    !(space && doc->text.buf[k] == '\n' &&
		      doc->tok[a].sent == doc->tok[b].sent))
			return 0;
	return doc->tok[a].end < doc->tok[b].start;
}

/*
 * Whether the one-word name at token i is elsewhere the start of a longer
 * one: "giant Brookfield" and later "Brookfield Asset Management".
 */
static int longer_elsewhere(const struct doc *doc, size_t i)
{
	const char *w = doc_word(doc, i);
	size_t wl = doc->tok[i].wl;
	for (size_t k = 0; k + 1 < doc->ntok; k++) {
		if (k == i || doc->tok[k].wl != wl || !doc->tok[k].cap ||
		    memcmp(doc_word(doc, k), w, wl))
			continue;
		size_t nx = doc_next(doc, k);
		/* (not an owner's possessive: "BPCE's Natixis Investment
		 * Managers" names BPCE's unit, no longer BPCE) */
		if (nx < doc->ntok && doc->tok[nx].sent == doc->tok[k].sent &&
		    doc->tok[nx].cap && !is_stop(doc, nx) &&
		    !doc_possessive(doc, k) &&
		    name_gap(doc, k, nx) && !doc->sent[doc->tok[k].sent].title)
			return 1;
	}
	return 0;
}

/* Add the company [first, last] if it is nothing else; its canonical
 * name ends before its suffixes. */
static void described_company(struct doc *doc, size_t first, size_t last,
			      int listed)
{
	if (first == last && longer_elsewhere(doc, first))
		return;
	for (size_t k = first; k <= last; k = doc_next(doc, k))
		if (doc->in_name[k] || (doc->tok[k].wcls & DOC_W_TITLE))
			return;
	/* the tail of a longer name, "Shearson Lehman Brothers", "Mafina
	 * BV of Voorburg": a name starts after no capital but a stop word */
	size_t at = first;
	long p = doc_prev(doc, at);
	if (!listed && p >= 0 && is_connector(doc, (size_t)p) &&
	    gap_is(doc, (size_t)p, at, " ")) {
		at = (size_t)p;
		p = doc_prev(doc, at);
	}
	/* (a company named before the word "and" is another: "Naver and
	 * Dunamu, the operator of ...") */
	if (!listed && p >= 0 && gap_is(doc, (size_t)p, at, " -") &&
	    !(doc->in_name[p] && doc_word_is(doc, at, "and")) &&
	    (doc->in_name[p] || (doc->tok[p].cap && !is_stop(doc, (size_t)p))))
		return;
	/* a name goes on after the words that say what it is ("National
	 * Can Corp" is not "National") */
	size_t nx = doc_next(doc, last);
	if (nx < doc->ntok && doc->tok[nx].sent == doc->tok[last].sent &&
	    doc->tok[nx].cap && gap_is(doc, last, nx, " "))
		return;
	size_t name_end = canonical_end(doc, first, last);
	if (is_connector(doc, name_end)) {   /* "Allen and Co Inc" */
		name_end = doc_next(doc, name_end);
		if (name_end > last)
			return;   /* a connector alone: "its unit Van" */
	}
	const struct gaz_entry *g = gaz_at(doc, first, name_end + 1);
	if (g && g->kind != GAZ_COMPANY)
		return;   /* a place, a region or a person */
	first = after_possessive_place(doc, first, name_end);
	company_span(doc, doc->tok[first].start, doc->tok[name_end].end,
		     (uint32_t)first, (uint32_t)last + 1);
}

/* The most words of a name after "shares in". */
#define SHARES_IN_WORDS 4

/* "Shares in Raspberry Pi jumped", "shares of Kestrel Larch fell": what
 * has shares is a company (not a class of them: "shares of Class A
 * common stock"). */
static void shares_in_names(struct doc *doc, const struct doc_sent *st)
{
	static const char *const classes[] = {
		"class", "series", "serie", "serier", "common", "preferred",
		"ordinary", "adr", "adrs", "gdr", "gdrs",
	};
	/* (an index's shares are its companies': "Dow Jones Industrial
	 * Average", "Hang Seng Index") */
	static const char *const indexes[] = {
		"index", "average", "composite", "indices", "etf", "etfs",
		"fund", "funds", "market", "stock", "crude",
	};
	/* (a product's maker: "Shares of iPhone maker Apple") */
	static const char *const makers[] = {
		"maker", "makers", "owner", "rival", "parent", "operator",
	};
	for (size_t k = st->t0; k < st->t1; k = doc_next(doc, k)) {
		size_t in = doc_next(doc, k), n = doc_next(doc, in);
		if (n >= st->t1 || !(doc_word_is(doc, k, "shares") ||
				     doc_word_is(doc, k, "stock")) ||
		    !(doc_word_is(doc, in, "in") || doc_word_is(doc, in, "of")) ||
		    !nameish(doc, n) || is_stop(doc, n) ||
		    doc_word_in(doc, n, classes, ARRAY_SIZE(classes)) ||
		    isdigit((unsigned char)doc->text.buf[doc->tok[n].start]))
			continue;
		size_t last = n, q;
		int words = 1;
		while ((q = doc_next(doc, last)) < st->t1 &&
		       words < SHARES_IN_WORDS && name_gap(doc, last, q) &&
		       (nameish(doc, q) || is_suffix(doc, q)) &&
		       !doc_possessive(doc, last)) {
			last = q;
			words++;
		}
		/* (a name that goes on: "shares of Kestrel Larch Finch Heron
		 * Ltd" is another's) */
		q = doc_next(doc, last);
		/* (nor a person's or a product's: "Shares of Sam Altman's
		 * startup", "Shares of iPhone maker Apple") */
		int other = doc_possessive(doc, last) ||
			    (q < st->t1 && !doc->tok[q].cap &&
			     ((doc->tok[q].wcls & DOC_W_ORG) ||
			      doc_word_in(doc, q, makers, ARRAY_SIZE(makers))));
		for (size_t r = n; r <= last && !other; r = doc_next(doc, r))
			other = doc_word_in(doc, r, indexes, ARRAY_SIZE(indexes)) ||
				(doc->tok[r].wl > 4 &&
				 !strncasecmp(doc_word(doc, r) + doc->tok[r].wl - 4,
					      "fund", 4));
		if (other)
			continue;
		if (q < st->t1 && doc->tok[q].cap && name_gap(doc, last, q))
			continue;
		/* ... or is a place's before its state ("Shares of
		 * Burlington, Massachusetts-based Nuance") */
		if (q < st->t1 && doc_gap_has(doc, last, q, ',') &&
		    doc->tok[q].cap)
			continue;
		/* ... or the first words of a longer name the story writes
		 * ("shares of Bank Building stock" beside "Bank Building
		 * and Equipment Corp of America") */
		const char *w0 = doc->text.buf + doc->tok[n].start;
		size_t wl = doc->tok[last].end - doc->tok[n].start;
		int longer = 0;
		for (size_t c = 0; c < doc->nco && !longer; c++)
			longer = strlen(doc->co[c].name) > wl &&
				 !strncmp(doc->co[c].name, w0, wl) &&
				 doc->co[c].name[wl] == ' ';
		if (longer)
			continue;
		/* ... or goes on past a connector: "shares in Banca Popolare
		 * di Milano", "Bank Building and Equipment Corp" */
		size_t q2 = q < st->t1 ? doc_next(doc, q) : st->t1;
		if (q2 < st->t1 && (is_connector(doc, q) ||
				    doc_word_is(doc, q, "and") ||
				    doc_word_is(doc, q, "&")) &&
		    doc->tok[q2].cap)
			continue;
		described_company(doc, n, last, 0);
	}
}

/* Whether noun i (or its plural) comes before people too. */
static int one_word_noun(const struct doc *doc, size_t i)
{
	size_t wl = doc->tok[i].wl;
	const char *w = doc_word(doc, i);
	for (size_t k = 0; k < ARRAY_SIZE(org_nouns_one_word); k++) {
		size_t n = strlen(org_nouns_one_word[k]);
		if ((wl == n || (wl == n + 1 && w[n] == 's')) &&
		    !memcmp(w, org_nouns_one_word[k], n))
			return 1;
	}
	return 0;
}

/* Groups that are no firms: "business group Bay Area Council", "rights
 * group Amnesty", "rock group U2". */
static const char *const not_firm_groups[] = {
	"business", "lobby", "industry", "trade", "advocacy", "pressure",
	"consumer", "campaign", "rights", "environmental", "militant",
	"rebel", "terror", "rock", "pop", "musical", "political", "research",
	"study", "working", "interest", "opposition", "activist",
	"shareholder", "investor",
};

/* How many words in lower case may stand between an adjective of
 * capitals and its trade's noun ("Anglo-Dutch oil company"). */
#define DESCRIBED_WORDS 3

/* Whether the capitalised word at token k opens another company's
 * description, its trade's noun a few words in lower case after it:
 * "group Cosan and Anglo-Dutch oil company Shell" (not "Pratt and
 * Whitney", "Marks and Spencer said"). */
static int described_next(const struct doc *doc, const struct doc_sent *st,
			  size_t k)
{
	size_t q = doc_next(doc, k);
	/* (past its own hyphened words: "Anglo-Dutch") */
	while (q < st->t1 && doc->tok[q].cap && gap_is(doc, k, q, "-")) {
		k = q;
		q = doc_next(doc, q);
	}
	for (unsigned w = 0; q < st->t1 && w < DESCRIBED_WORDS;
	     w++, q = doc_next(doc, q)) {
		if (doc->tok[q].cap || !(doc->tok[q].flags & ANA_ALPHA) ||
		    !gap_is(doc, doc_prev(doc, q) < 0 ? q :
			    (size_t)doc_prev(doc, q), q, " "))
			return 0;
		if (is_org_noun(doc, q))
			return 1;
	}
	return 0;
}

/* "plantation company Matang Bhd", "its unit Velmora Foods". */
static void noun_before_names(struct doc *doc, const struct doc_sent *st)
{
	for (size_t i = st->t0; i + 1 < st->t1; i++) {
		size_t n = doc_next(doc, i);
		/* (not a sum: "the rival 700p per share offer") */
		if (!is_org_noun(doc, i) || n >= st->t1 || !nameish(doc, n) ||
		    !gap_is(doc, i, n, " ") ||
		    isdigit((unsigned char)doc->text.buf[doc->tok[n].start]))
			continue;
		long gp = doc_prev(doc, i);
		if (doc_word_is(doc, i, "group") && gp >= (long)st->t0 &&
		    doc_word_in(doc, (size_t)gp, not_firm_groups,
				ARRAY_SIZE(not_firm_groups)))
			continue;
		size_t last = n, k;
		size_t wl = doc->tok[i].wl;
		int plural = wl > 2 && doc_word(doc, i)[wl - 1] == 's';
		while (!doc_possessive(doc, last) &&
		       (k = doc_next(doc, last)) < st->t1 &&
		       name_gap(doc, last, k)) {
			if (ticker_at(doc, k) || doc->tok[k].digit) {
				break;   /* "Grupo Mexico GMEXICOB.MX",
					    "company Petrobras 20 mln" */
			} else if (nameish(doc, k) || is_suffix(doc, k)) {
				last = k;
			} else if (is_connector(doc, k)) {
				/* "Pratt and Whitney", not "AGL Energy and
				 * Swedish private equity firm EQT", nor after
				 * a plural ("investment companies A and B") */
				size_t kk = doc_next(doc, k);
				if (kk >= st->t1 || !nameish(doc, kk) ||
				    !name_gap(doc, k, kk) ||
				    place_at(doc, kk, kk + 1) ||
				    (plural && doc_word_is(doc, k, "and")) ||
				    described_next(doc, st, kk))
					break;
				last = kk;
			} else {
				break;
			}
		}
		/* a plural names a list ("investment companies AGIC
		 * Capital and Guoxin International", "Soviet banks Gosbank
		 * and Vneshtorgbank"), never one name alone ("both companies
		 * Li Ka-shing said"), and not after the nouns people share */
		size_t a = doc_next(doc, last), b = doc_next(doc, a);
		int list = b < st->t1 && doc_word_is(doc, a, "and") &&
			   nameish(doc, b) && name_gap(doc, a, b);
		if (plural && (!list || one_word_noun(doc, i))) {
			i = last;
			continue;
		}
		/* "gas producer Santos", not "producer Burt Sugarman"; a
		 * firm's last word makes it a firm's ("game developer Agate
		 * Studio") */
		if (last == n || !one_word_noun(doc, i) ||
		    (firm_word_last(doc, last) && !noun_follows(doc, st, last)))
			described_company(doc, n, last, 0);
		if (plural) {
			size_t e = b, q;
			while ((q = doc_next(doc, e)) < st->t1 &&
			       name_gap(doc, e, q) &&
			       (nameish(doc, q) || is_suffix(doc, q)))
				e = q;
			described_company(doc, b, e, 1);
			last = e;
		}
		i = last;
	}
}

/* "Nykaa, the online beauty platform, ...", "AGL Energy, Australia's
 * biggest power company, ...". */
static void noun_after_names(struct doc *doc, const struct doc_sent *st)
{
	for (size_t i = st->t0; i + 2 < st->t1; i++) {
		size_t d = doc_next(doc, i);
		if (d >= st->t1 || !nameish(doc, i) ||
		    !gap_is(doc, i, d, ", ") || !doc_gap_has(doc, i, d, ','))
			continue;
		/* "among the biggest ... suppliers", "one of the largest
		 * ... banks": the determiner after them */
		int of_many = 0;   /* a plural noun only after these */
		if (doc_word_is(doc, d, "among") && doc_next(doc, d) < st->t1) {
			d = doc_next(doc, d);
			of_many = 1;
		} else if (doc_word_is(doc, d, "one") &&
			   doc_word_is(doc, doc_next(doc, d), "of") &&
			   doc_next(doc, doc_next(doc, d)) < st->t1) {
			d = doc_next(doc, doc_next(doc, d));
			of_many = 1;
		}
		/* "the", "a", "an", or a place's possessive */
		size_t k = d;
		if (!(doc_word_is(doc, d, "the") || doc_word_is(doc, d, "a") ||
		      doc_word_is(doc, d, "an") ||
		      (doc_possessive(doc, d) && place_at(doc, d, d + 1))))
			continue;
		int found = 0;
		for (unsigned w = 0; w <= ORG_NOUN_GAP; w++) {
			size_t nx = doc_next(doc, k);
			if (nx >= st->t1 || !gap_is(doc, k, nx, " -"))
				break;
			/* (not past a preposition: "Gibson Gayle, a
			 * Texaco attorney with the Houston firm of") */
			static const char *const preps[] = {
				"with", "of", "at", "for", "from", "by", "to",
				"in", "on",
			};
			if (doc_word_in(doc, nx, preps, ARRAY_SIZE(preps)))
				break;
			/* (a name of capitals counts once: "the Abu Dhabi
			 * state-backed clean energy company") */
			if (doc->tok[nx].cap && doc->tok[k].cap && w > 0)
				w--;
			k = nx;
			if (is_org_noun(doc, k)) {
				size_t kl = doc->tok[k].wl;
				/* "According to X, the creditor banks" is
				 * not X's kind */
				found = of_many ||
					doc_word(doc, k)[kl - 1] != 's';
				break;
			}
		}
		if (!found)
			continue;
		size_t nx = doc_next(doc, k);
		int ends = nx >= st->t1 || !gap_is(doc, k, nx, " ");
		for (size_t a = 0; !ends && a < ARRAY_SIZE(org_noun_after); a++)
			ends = doc_word_is(doc, nx, org_noun_after[a]);
		if (!ends)
			continue;
		long first = name_start(doc, i);
		if (first >= 0)
			described_company(doc, (size_t)first, i, 0);
	}
}

/* The key of non-joined tokens [i, ...) of one sentence, n words. */
static int key_at(struct doc *doc, size_t i, unsigned n, size_t *end)
{
	buf_reset(&doc->key);
	size_t k = i;
	for (unsigned w = 0; w < n; w++) {
		if (k >= doc->ntok || doc->tok[k].sent != doc->tok[i].sent)
			return 0;
		if (w)
			buf_addch(&doc->key, ' ');
		buf_add(&doc->key, doc_word(doc, k), doc->tok[k].wl);
		*end = k + 1;
		k = doc_next(doc, k);
	}
	return 1;
}

static int case_ok(const struct doc *doc, size_t t0, size_t t1,
		   unsigned flags, int caps_sentence)
{
	if (flags & GAZ_CAPS) {
		for (size_t k = doc->tok[t0].start; k < doc->tok[t1 - 1].end; k++)
			if (islower((unsigned char)doc->text.buf[k]))
				return 0;
		return 1;
	}
	if (flags & GAZ_PROPER)
		return doc->tok[t0].cap || caps_sentence;
	return 1;
}

/* Words after a place that make it a currency's: "Singapore dollars". */
static const char *const money_after[] = {
	"dollar", "dollars", "franc", "francs", "rupee", "rupees", "ringgit",
	"peso", "pesos", "pound", "pounds", "yen", "yuan", "renminbi", "won",
	"baht", "rupiah", "dong", "real", "reais", "rand", "dirham",
	"dirhams", "riyal", "riyals", "krona", "kronor", "krone", "kroner",
	"lira", "shekel", "shekels", "dinar", "dinars", "ruble", "rubles",
	"rouble", "roubles", "zloty", "forint", "koruna", "taka", "naira",
	"shilling", "shillings", "cedi", "kwacha", "sol", "soles",
};

/* Capitalised words after a place that make it a title's or a fund's:
 * "Bangkok Post", "New York Times", "Korea Fund", "Asia Pacific Fund",
 * and events: "Paris Air Show" ("Air" is a word of the show's name, not
 * looked at), "Dubai Airshow", "Singapore Summit". */
static const char *const title_after[] = {
	"post", "times", "herald", "journal", "tribune", "gazette",
	"chronicle", "daily", "telegraph", "inquirer", "examiner", "observer",
	"fund", "funds", "standard", "independent", "courier", "mercury",
	"sun", "economist", "show", "airshow", "summit", "forum", "expo",
	"conference",
};

/* Capitalised words after a city or a state that make it an investment
 * firm's name, no place of the story: "Wellington Management" (of
 * Boston), "Providence Equity", "Boston Partners".  A country's word
 * opening a firm's name says where the firm is from, and stays. */
static const char *const investor_after[] = {
	"management", "equity", "capital", "partners", "ventures",
	"investments", "advisors", "advisers", "associates", "asset",
};


/*
 * Whether the place or region at tokens [i, end) names no place: a
 * currency ("US$", "HK$", "Singapore dollars"), a newspaper or a fund
 * ("Bangkok Post", "Korea Fund", "Times of India"), an exchange of a
 * listing ("(Frankfurt: HX6.F)") or a ticker's ("0700.HK").
 */
static int not_a_place(const struct doc *doc, size_t i, size_t end,
		       const struct gaz_entry *g)
{
	const char *s = doc->text.buf;
	size_t e = doc->tok[end - 1].end;
	if (e < doc->text.len && s[e] == '$')
		return 1;
	/* "US $250 million": a currency's country before its sign */
	if (e + 2 < doc->text.len && s[e] == ' ' && s[e + 1] == '$' &&
	    isdigit((unsigned char)s[e + 2]))
		return 1;
	/* a news outlet's name with its "The", mid-sentence: "according to
	 * a report in The Australian" (not "in The Netherlands": no
	 * outlet's) */
	long th = doc_prev(doc, i);
	if (th > (long)doc->sent[doc->tok[i].sent].t0 &&
	    doc_word_is(doc, (size_t)th, "the") && doc->tok[th].cap &&
	    !doc->sent[doc->tok[i].sent].caps) {
		size_t q;
		if (key_at((struct doc *)doc, (size_t)th,
			   (unsigned)(end - (size_t)th), &q) &&
		    gaz_outlet_country(doc->g, doc->key.buf,
				       doc->key.len) >= 0)
			return 1;
	}
	/* an exchange's: "(Frankfurt: HX6.F)", a ticker's "0700.HK" */
	size_t b = doc->tok[i].start;
	if (e < doc->text.len && s[e] == ':' && b > 0 && s[b - 1] == '(')
		return 1;
	if (b > 1 && s[b - 1] == '.' && isalnum((unsigned char)s[b - 2]))
		return 1;
	/* a company's short name before its ticker, the first words of
	 * a company the story names: "GIBRALTAR <GFC> TO BUY THRIFT" of
	 * Gibraltar Financial Corp */
	size_t q = e;
	while (q < doc->text.len && s[q] == ' ')
		q++;
	if (q > e && q + 1 < doc->text.len && s[q] == '<' &&
	    isupper((unsigned char)s[q + 1]) && key_at((struct doc *)doc, i,
						      (unsigned)(end - i), &q)) {
		const char *k = doc->key.buf;
		size_t kl = doc->key.len;
		for (size_t c = 0; c < doc->nco; c++)
			if (!strncmp(doc->co[c].key, k, kl) &&
			    doc->co[c].key[kl] == ' ')
				return 1;
	}
	size_t nx = doc_next(doc, end - 1);
	if (nx < doc->ntok && !doc_gap_has(doc, end - 1, nx, ',')) {
		if (doc_word_in(doc, nx, money_after, ARRAY_SIZE(money_after)))
			return 1;
		if (doc->tok[nx].cap &&
		    doc_word_in(doc, nx, title_after, ARRAY_SIZE(title_after)))
			return 1;
		if (doc->tok[nx].cap && g->kind == GAZ_PLACE &&
		    gaz_place(doc->g, g->id)->kind != GAZ_COUNTRY &&
		    doc_word_in(doc, nx, investor_after,
				ARRAY_SIZE(investor_after)))
			return 1;
	}
	long p = doc_prev(doc, i);
	if (p >= 0 && doc_word_is(doc, (size_t)p, "of")) {
		long pp = doc_prev(doc, (size_t)p);
		if (pp >= 0 && doc->tok[pp].cap &&
		    doc_word_in(doc, (size_t)pp, title_after, ARRAY_SIZE(title_after)))
			return 1;
	}
	return 0;
}

/*
 * The gazetteer place of that kind (GAZ_STATE, GAZ_COUNTRY) whose name
 * opens at token k, up to three words, the longest first; the dateline's
 * lookup (abbreviations: "Va.") when asked.  *end: the token after it.
 */
static const struct gaz_entry *place_kind_at(struct doc *doc, size_t k,
					     enum gaz_place_kind kind,
					     int dateline, size_t *end)
{
	for (unsigned n = 3; n >= 1; n--) {
		size_t e;
		if (!key_at(doc, k, n, &e))
			continue;
		const struct gaz_entry *g =
			dateline ? gaz_lookup_dateline(doc->g, doc->key.buf,
						       doc->key.len) :
				   gaz_lookup(doc->g, doc->key.buf, doc->key.len);
		if (g && g->kind == GAZ_PLACE &&
		    gaz_place(doc->g, g->id)->kind == kind) {
			*end = e;
			return g;
		}
	}
	return NULL;
}

/* Whether tokens [k, end) are a place a company's local arm takes the
 * name of: a state or a province ("of New Mexico", "of Georgia"), or
 * "America" ("Development Corp of America"); not a country a company is
 * from ("of Japan", "of Canada", "of U.S."), nor a city where it is ("of
 * London", "of Houston"). */
static int unit_place(struct doc *doc, size_t k, size_t end)
{
	if (!place_at(doc, k, end))
		return 0;
	size_t e;
	if (place_kind_at(doc, k, GAZ_STATE, 0, &e) && e == end)
		return 1;
	return end == k + 1 && doc_word_is(doc, k, "america") &&
	       doc->tok[k].cap;
}

/*
 * The state or province written after a place and a comma ("Bristol,
 * Va.", "Richmond, British Columbia"): its gazetteer place, or -1; *end
 * the token after it.
 */
static int state_after(struct doc *doc, size_t end, size_t *out_end)
{
	size_t nx = doc_next(doc, end - 1);
	if (nx >= doc->ntok || !doc->tok[nx].cap ||
	    !doc_gap_has(doc, end - 1, nx, ','))
		return -1;
	const struct gaz_entry *g = place_kind_at(doc, nx, GAZ_STATE, 1,
						  out_end);
	return g ? g->id : -1;
}

/*
 * The end of a country's name written right after a known company's, at
 * token k, that makes the company's unit there ("Vodafone Egypt",
 * "Texaco Canada", "Unilever Indonesia"): the country as the gazetteer
 * names it (not "U.S.", "U.K.", which say too little), and no name
 * going on after it ("Shell Canada Ltd" goes on as its suffix says);
 * with `regions`, a region's own name as well ("Zain Africa").  k when
 * none; the country's or region's name in *name.
 */
static size_t country_unit_end(struct doc *doc, const struct doc_sent *st,
			       size_t k, int regions, const char **name)
{
	/* (not after its possessive: "Citi's India consumer business" is
	 * Citi's business in India) */
	if (k >= st->t1 || !name_gap(doc, k - 1, k) || !doc->tok[k].cap ||
	    doc->in_name[k] || doc_possessive(doc, k - 1))
		return k;
	size_t end;
	const struct gaz_entry *e = place_kind_at(doc, k, GAZ_COUNTRY, 0, &end);
	const char *own = NULL;
	if (e) {
		own = gaz_country(doc->g,
				  gaz_place(doc->g, e->id)->country)->name;
	} else if (regions) {
		/* or, when asked, a region by its own name: "Zain Africa"
		 * (not "Asian", "EMEA") */
		for (unsigned n = 2; n >= 1 && !own; n--) {
			if (!key_at(doc, k, n, &end))
				continue;
			const struct gaz_entry *r =
				gaz_lookup(doc->g, doc->key.buf, doc->key.len);
			if (r && r->kind == GAZ_REGION)
				own = gaz_region(doc->g, r->id)->name;
		}
	}
	if (!own)
		return k;
	/* (the unit's possessive: "Heinz India's factories") */
	size_t len = doc->tok[end - 1].end - doc->tok[k].start;
	const char *z = doc->text.buf + doc->tok[end - 1].end;
	int own_s = 0;
	if (len > 2 && z[-2] == '\'' && (z[-1] == 's' || z[-1] == 'S'))
		own_s = 2;
	else if (len > 4 && (z[-1] == 's' || z[-1] == 'S') &&
		 !memcmp(z - 4, "\xE2\x80\x99", 3))
		own_s = 4;
	len -= (size_t)own_s;
	/* (but the country's rank is no unit's: "makes Adani India's
	 * second-largest cement maker") */
	static const char *const ranks[] = {
		"second", "third", "fourth", "fifth", "top", "leading",
		"most", "first", "number", "no",
	};
	if (own_s && end < st->t1 &&
	    (doc_word_in(doc, end, ranks, ARRAY_SIZE(ranks)) ||
	     (doc->tok[end].wl > 4 &&
	      !memcmp(doc_word(doc, end) + doc->tok[end].wl - 3, "est", 3))))
		return k;
	if (strlen(own) != len ||
	    strncasecmp(own, doc->text.buf + doc->tok[k].start, len))
		return k;
	/* no capitalised word of a name right after: "BP Canada Energy"
	 * is another company, "Texaco Canada Inc" the same */
	if (end < st->t1 && doc->tok[end].cap && !is_suffix(doc, end) &&
	    name_gap(doc, end - 1, end) && !st->caps)
		return k;
	*name = own;
	return end;
}

/*
 * Whether a known company's name at tokens [i, end) is a word of another
 * name, in a sentence that is not all capitals: right after a capitalised
 * word that is none of a sentence's first, a stop word, a possessive or a
 * place or people's word ("the Albras Amazon aluminium project", "Joseph
 * Kroger", "Construction Bank of China" are no Amazon's, Kroger's or Bank
 * of China's; "Germany's Volkswagen", "Australian Westpac" are theirs).
 */
static int inside_other_name(struct doc *doc, const struct doc_sent *st,
			     size_t i)
{
	if (st->caps || i == st->t0)
		return 0;
	long p = doc_prev(doc, i);
	if (p <= (long)st->t0 || !doc->tok[p].cap || is_stop(doc, (size_t)p) ||
	    doc->in_name[p] || doc_possessive(doc, (size_t)p) ||
	    doc->tok[i].start != doc->tok[p].end + 1 ||
	    doc->text.buf[doc->tok[p].end] != ' ')
		return 0;
	const struct gaz_entry *g = gaz_at(doc, (size_t)p, i);
	return !g || (g->kind != GAZ_PLACE && g->kind != GAZ_REGION &&
		      g->kind != GAZ_COMPANY);
}

/* Words a firm's name spelled out before its acronym ends with. */
static const char *const acronym_firm_ends[] = {
	"bank", "group", "corporation", "company", "holdings", "holding", "finances",
	"airlines", "airways", "communication", "communications", "telecom",
	"energy", "petroleum", "oil", "gas", "power", "properties",
	"industries", "partners", "motors", "motor", "electric",
	"electronics", "insurance", "finance", "financial", "logistics",
	"pharmaceuticals", "pharmaceutical", "foods", "resources", "mining",
	"steel", "chemicals", "chemical", "systems", "technologies",
	"technology", "tech", "networks", "media", "entertainment", "sciences",
	"enterprises",
	"services", "retail", "brands", "software", "healthcare", "shipping",
	"lines", "railways", "ventures", "capital", "investments",
	"investment", "fund", "international",
};

/* The most capitalised words after a known company's name read as the
 * rest of another company's name. */
#define GROUP_MEMBER_WORDS 3

/*
 * The end of a company of a known company's group named by its name and
 * more capitalised words, in a sentence that is no headline ("Toyota
 * Fudosan", "HSBC Bank Canada", "Hitachi High-Technologies"; the known
 * name is at [i, end)), or end: words that say nothing of a name end it
 * (a title, "Chief Executive", a stop word, a person's name, an acronym
 * of two or three letters, "AI"), a place may only close it ("Bank
 * Canada"), and a longer run of capitals is some other phrase.  A
 * suffix right after the known name ("Toyota Group") leaves it as is.
 */
static size_t group_member_end(struct doc *doc, const struct doc_sent *st,
			       size_t i, size_t end)
{
	if (st->caps || st->title || end >= st->t1)
		return end;
	/* "Nichols Community Bank" is no "Community Bank System"'s */
	long p = doc_prev(doc, i);
	if (p > (long)st->t0 && doc->tok[p].cap && !is_stop(doc, (size_t)p) &&
	    !doc->in_name[p] && !doc_possessive(doc, (size_t)p) &&
	    doc->tok[i].start == doc->tok[p].end + 1 &&
	    !gaz_at(doc, (size_t)p, i))
		return end;
	const char *s = doc->text.buf;
	size_t k = end, last = end, prev = end - 1;
	unsigned n = 0;
	int firm = 0;
	/* words apart, in mixed case: "Starbucks Coffee Korea", not
	 * "Shell-Esso Gannet North Sea" */
	int spaced = !(doc->tok[i].start > 0 && s[doc->tok[i].start - 1] == '-');
	while (k < st->t1 && (doc->tok[k].flags & ANA_JOINED))
		k++;
	while (k < st->t1) {
		const struct doc_tok *t = &doc->tok[k];
		if (!t->cap || !(t->flags & ANA_ALPHA) || doc->in_name[k] ||
		    is_stop(doc, k) || is_suffix(doc, k) ||
		    (t->wcls & DOC_W_TITLE) || doc_word_is(doc, k, "chief") ||
		    doc_possessive(doc, prev) ||
		    t->start != doc->tok[prev].end + 1 ||
		    (s[doc->tok[prev].end] != ' ' &&
		     s[doc->tok[prev].end] != '-'))
			break;
		int upper = 1;
		for (size_t c = t->start; c < t->end; c++)
			upper &= !((unsigned char)s[c] >= 'a' &&
				   (unsigned char)s[c] <= 'z');
		if (upper && t->end - t->start <= 3)
			break;
		spaced &= s[doc->tok[prev].end] == ' ' && !upper;
		const struct gaz_entry *g = gaz_at(doc, k, doc_next(doc, k));
		if (g && g->kind == GAZ_PERSON)
			break;
		/* "the Texas Commerce-Chemical merger": two companies */
		if ((g && g->kind == GAZ_COMPANY) ||
		    smap_get(doc->co_alias, doc_word(doc, k), t->wl) >= 0)
			return end;
		if (++n > GROUP_MEMBER_WORDS)
			return end;
		int place = g && (g->kind == GAZ_PLACE ||
				  g->kind == GAZ_REGION);
		/* a place closes a firm's word ("HSBC Bank Canada") or a
		 * word of what the unit does, written apart in mixed case
		 * ("Starbucks Coffee Korea", "BP North America"); it opens
		 * none ("Toyota Canada Plant") */
		if (place && !firm && (n < 2 || !spaced))
			return end;
		firm = place || in_list(doc_word(doc, k), t->wl,
					acronym_firm_ends,
					ARRAY_SIZE(acronym_firm_ends));
		last = k + 1;
		prev = k;
		k = doc_next(doc, k);
		if (place)
			break;
	}
	/* the run is a name only to a word a firm's name ends with
	 * ("Bank", "Technologies"; not a brand's "Airtel Thanks", "Carlton
	 * Draught", nor "Eastern European" or a founder's name), or after
	 * a unit's noun it names ("its mobile phone unit, Oi Movel,"), and
	 * whole: a longer run of capitals, or one a number ends ("Vision
	 * Fund 2"), is some other phrase */
	static const char *const units[] = {
		"unit", "subsidiary", "arm", "division", "affiliate",
	};
	if (p >= (long)st->t0 && doc_gap_has(doc, (size_t)p, i, ',') &&
	    doc_word_in(doc, (size_t)p, units, ARRAY_SIZE(units)) && n)
		firm = 1;
	/* (its initials in brackets after it go with it: "Coca-Cola
	 * Beverages Africa (CCBA)") */
	int bracketed = k < st->t1 && doc->tok[k].start > 0 &&
			s[doc->tok[k].start - 1] == '(';
	if (!firm || (k < st->t1 && doc->tok[k].digit &&
		      doc->tok[k].start == doc->tok[prev].end + 1) ||
	    (k < st->t1 && doc->tok[k].cap && !is_stop(doc, k) &&
	     !is_suffix(doc, k) && !(doc->tok[k].wcls & DOC_W_TITLE) &&
	     !bracketed))
		return end;
	return last;
}

/* Another company of a known one's group at tokens [i, ge). */
static void group_member(struct doc *doc, size_t i, size_t ge)
{
	company_span(doc, doc->tok[i].start, doc->tok[ge - 1].end,
		     (uint32_t)i, (uint32_t)ge);
}

/* The last full year the Democratic Republic of the Congo was Zaire
 * (renamed in May 1997; a story of 1997 reads today's names). */
#define ERA_ZAIRE_LAST 1996

/*
 * The place a mention of place `id` at tokens [i, end) names in the
 * story's time: a bare "Congo" or "Congolese" is the Democratic
 * Republic's now (the gazetteer's), but was the Republic of the Congo's
 * before 1997, when the other was Zaire ("CONOCO FINDS OIL OFFSHORE
 * CONGO", 1987), and is the Republic's in a story that names only it.
 */
static int era_place(struct doc *doc, int id, size_t i, size_t end)
{
	const struct gaz_place *p = gaz_place(doc->g, id);
	if (end != i + 1 || p->kind != GAZ_COUNTRY ||
	    strcmp(gaz_country(doc->g, p->country)->code, "CD") ||
	    !(doc_word_is(doc, i, "congo") || doc_word_is(doc, i, "congolese")))
		return id;
	/* (and in a story that names the Republic, or its capital, and
	 * never the Democratic Republic: "in Congo ..., the Brazzaville
	 * government said") */
	static const char *const republic[] = {
		"Brazzaville", "Congo Republic", "Republic of Congo",
		"Republic of the Congo", "Pointe-Noire",
	};
	static const char *const democratic[] = {
		"Democratic", "DRC", "DR Congo", "RD Congo", "Kinshasa",
		"Zaire", "démocratique",
	};
	int named = 0;
	for (size_t r = 0; r < ARRAY_SIZE(republic); r++)
		named |= strstr(doc->text.buf, republic[r]) != NULL;
	for (size_t r = 0; named && r < ARRAY_SIZE(democratic); r++)
		if (strstr(doc->text.buf, democratic[r]))
			named = 0;
	if (!named && (!doc->year || doc->year > ERA_ZAIRE_LAST))
		return id;
	int cg = gaz_country_find(doc->g, "CG");
	return cg >= 0 ? gaz_country(doc->g, cg)->place : id;
}

/* Gazetteer names: places, regions, known companies and people. */
static void gazetteer_names(struct doc *doc, const struct doc_sent *st)
{
	for (size_t i = st->t0; i < st->t1; i++) {
		const struct doc_tok *t = &doc->tok[i];
		if ((t->flags & ANA_JOINED) || doc->in_name[i] ||
		    !(t->cap || st->caps) ||
		    !gaz_may_start(doc->g, doc_word(doc, i), t->wl))
			continue;
		for (unsigned n = GAZ_MAX_WORDS; n >= 1; n--) {
			size_t end;
			if (!key_at(doc, i, n, &end))
				continue;
			const struct gaz_entry *e =
				gaz_lookup(doc->g, doc->key.buf, doc->key.len);
			if (!e || !case_ok(doc, i, end, e->flags, st->caps))
				continue;
			int clash = 0;
			for (size_t k = i; k < end; k++)
				clash |= doc->in_name[k];
			if (clash || (e->kind == GAZ_COMPANY &&
				      inside_other_name(doc, st, i)))
				continue;
			if (e->kind == GAZ_COMPANY) {
				char spelled[NAME_SPELLING_MAX];
				const char *nm = accented_spelling(doc,
					doc->tok[i].start, doc->tok[end - 1].end,
					gaz_company(doc->g, e->id), spelled);
				const char *cn = NULL;
				size_t ce = country_unit_end(doc, st, end, 0, &cn);
				size_t ge = ce > end ? end :
					    group_member_end(doc, st, i, end);
				int id;
				if (ge > end) {
					group_member(doc, i, ge);
					i = ge - 1;
					break;
				}
				if (ce > end) {
					/* its unit in that country */
					char unit[256];
					int ul = snprintf(unit, sizeof(unit),
							  "%s %s", nm, cn);
					id = ul > 0 && (size_t)ul < sizeof(unit) ?
					     doc_company(doc, unit, (size_t)ul,
							 (uint32_t)i) : -1;
					if (id >= 0)
						end = ce;
					else
						id = doc_company(doc, nm, strlen(nm),
								 (uint32_t)i);
				} else {
					id = doc_company(doc, nm, strlen(nm),
							 (uint32_t)i);
				}
				doc_mention(doc, DOC_COMPANY, id, (uint32_t)i,
					  (uint32_t)end);
			} else if (e->kind == GAZ_PERSON) {
				const char *nm = gaz_person(doc->g, e->id);
				int id = doc_person(doc, nm, strlen(nm),
						  (uint32_t)i);
				doc_mention(doc, DOC_PERSON, id, (uint32_t)i,
					  (uint32_t)end);
			} else if (not_a_place(doc, i, end, e)) {
				/* neither a place nor a name: skip its words */
			} else if (e->kind == GAZ_PLACE) {
				/* "Bristol, Va.": the state after it decides */
				size_t se = end;
				int st_id = state_after(doc, end, &se);
				if (st_id >= 0 && gaz_place(doc->g, st_id)->country !=
						  gaz_place(doc->g, e->id)->country) {
					doc_mention(doc, DOC_PLACE, st_id,
						  (uint32_t)i, (uint32_t)se);
					end = se;
				} else {
					doc_mention(doc, DOC_PLACE,
						  era_place(doc, e->id, i, end),
						  (uint32_t)i, (uint32_t)end);
				}
			} else {
				doc_mention(doc, e->kind == GAZ_PLACE ? DOC_PLACE :
					  DOC_REGION, e->id, (uint32_t)i,
					  (uint32_t)end);
			}
			i = end - 1;
			break;
		}
	}
}

/* Words before a town named with its state: "a Saddlebrook, N.J.,
 * carpet maker", "its Whitehall, Pa., office", "led by Far Hills, N.J.,
 * investors". */
static const char *const town_openers[] = {
	"a", "an", "its", "their", "the", "in", "of", "at", "from", "near",
	"by",
};

/*
 * A town the gazetteer does not know, named with its state or province
 * after a comma ("a Sarasota, Fla., plastic utensil maker"): one to three
 * capitalised words in no name, after one of town_openers, then the
 * state, then a comma, a lower-case word or the sentence's end.  The town
 * and its state become one mention of the state, as "Bristol, Va." does.
 */
static void town_names(struct doc *doc, const struct doc_sent *st)
{
	if (st->caps || st->title)
		return;
	for (size_t i = st->t0 + 1; i < st->t1; i++) {
		long p = doc_prev(doc, i);
		if (p < (long)st->t0 || doc->tok[p].cap ||
		    !doc_word_in(doc, (size_t)p, town_openers,
				 ARRAY_SIZE(town_openers)))
			continue;
		size_t end = i, n = 0;
		while (end < st->t1 && n < 3 && doc->tok[end].cap &&
		       (doc->tok[end].flags & ANA_ALPHA) &&
		       !(doc->tok[end].flags & ANA_JOINED) &&
		       !doc->in_name[end] && !is_stop(doc, end) &&
		       !is_suffix(doc, end) &&
		       !(doc->tok[end].wcls & (DOC_W_ORG | DOC_W_TITLE)) &&
		       (n == 0 || name_gap(doc, end - 1, end))) {
			end = doc_next(doc, end);
			n++;
		}
		if (!n || end >= st->t1)
			continue;
		size_t se;
		int state = state_after(doc, end, &se);
		if (state < 0 || doc->in_name[end])
			continue;
		size_t after = se < st->t1 ? se : st->t1;
		if (after < st->t1 && !doc_gap_has(doc, se - 1, after, ',') &&
		    doc->tok[after].cap)
			continue;
		doc_mention(doc, DOC_PLACE, state, (uint32_t)i, (uint32_t)se);
		i = se - 1;
	}
}

static const char *const titles1[] = {
	"president", "chairman", "chairwoman", "ceo", "cfo", "coo", "founder",
	"cofounder", "director", "minister", "secretary", "governor",
	"senator", "spokesman", "spokeswoman", "analyst", "economist", "mr",
	"mrs", "ms", "dr", "treasurer", "executive", "officer", "head",
	"partner", "chancellor", "premier", "investor", "billionaire",
	"financier", "businessman", "businesswoman", "oilman", "developer",
	"tycoon", "magnate", "industrialist", "entrepreneur",
	/* "Celebrities including rapper Drake, actor Ryan Reynolds" */
	"actor", "actress", "rapper", "singer", "musician", "footballer",
	/* "Crown Prince Mohammed bin Salman", "Sheikh Tahnoon bin Zayed" */
	"prince", "princess", "sheikh", "sheikha", "emir", "sultan",
};

/* Last words of a firm's name, never of a person's: "fintech investor
 * Ribbit Capital" is no person. */
static const char *const firm_last_words[] = {
	"capital", "ventures", "partners", "management", "holdings", "group",
	"investments", "investment", "fund", "funds", "advisors", "advisers",
	"equity", "securities", "bank", "trust", "associates",
};

/* Last words of a property firm's name: after "developer", a title of
 * persons and a trade of firms, such a name is the firm's ("property
 * developer London Square", "developer Kestrel Homes"). */
static const char *const property_last_words[] = {
	"homes", "properties", "estates", "developments", "realty", "square",
	"builders", "construction", "communities", "land",
};

/* 2 or 3 capitalised words at i, initials not counted ("David F. La
 * Roche"): a person's name; returns the end (i when none, or when its
 * last word is a firm's). */
/* Lower-case particles inside an Arabic name: "Mohammed bin Rashid". */
static const char *const name_particles[] = {"bin", "bint", "ibn"};

static size_t person_run(const struct doc *doc, size_t i)
{
	size_t k = i, n = 0, words = 0, end = i;
	unsigned most = 3;
	int after_particle = 0;   /* the gap before k was checked */
	while (k < doc->ntok && n < most && doc->tok[k].sent == doc->tok[i].sent) {
		const struct doc_tok *t = &doc->tok[k];
		/* "Mohammed bin Rashid Al Maktoum": a particle between
		 * capitalised words is the name's, and lets it run longer */
		if (words && doc_word_in(doc, k, name_particles,
					 ARRAY_SIZE(name_particles))) {
			size_t nx = doc_next(doc, k);
			if (nx >= doc->ntok || !doc->tok[nx].cap ||
			    doc->tok[nx].sent != t->sent ||
			    !name_gap(doc, end - 1, k) || !name_gap(doc, k, nx))
				break;
			most = 5;
			after_particle = 1;
			k = nx;
			continue;
		}
		if (!t->cap || !(t->flags & ANA_ALPHA) || is_stop(doc, k) ||
		    doc->in_name[k] || is_suffix(doc, k))
			break;
		if (n && !after_particle && !name_gap(doc, end - 1, k))
			break;
		after_particle = 0;
		n += t->wl > 1;
		words++;
		end = k + 1;
		k = doc_next(doc, k);
	}
	if (words >= 2 && doc_word_in(doc, end - 1, firm_last_words,
				      ARRAY_SIZE(firm_last_words)))
		return i;
	return words >= 2 && n >= 1 ? end : i;
}


/* The gazetteer's entry for exactly the tokens [i, end), or NULL. */
static const struct gaz_entry *gaz_at(struct doc *doc, size_t i, size_t end)
{
	unsigned n = 0;
	for (size_t k = i; k < end && k < doc->ntok; k = doc_next(doc, k))
		n++;
	size_t e;
	if (!key_at(doc, i, n, &e))
		return NULL;
	return gaz_lookup(doc->g, doc->key.buf, doc->key.len);
}

static int place_at(struct doc *doc, size_t i, size_t end)
{
	const struct gaz_entry *g = gaz_at(doc, i, end);
	return g && (g->kind == GAZ_PLACE || g->kind == GAZ_REGION);
}

/*
 * "A New Jersey investor, Joseph Falkenstein, told": a person's name
 * [s, end) between commas after a title at token `title` that an article
 * opens ("a", "an", "the", "its" within three words before it); not a
 * title or a body among its words ("Rep. Sam Gibbons", "State
 * Department"), nor a possessive.
 */
static int apposed_person(const struct doc *doc, const struct doc_sent *st,
			  size_t title, size_t s, size_t end)
{
	static const char *const articles[] = {"a", "an", "the", "its"};
	static const char *const bodies[] = {
		"department", "state", "house", "ministry", "committee",
		"office", "council", "rep", "sen", "senator", "lord", "sir",
		"gov", "governor",
	};
	if (end <= s || end >= st->t1 || !doc_gap_has(doc, end - 1, end, ',') ||
	    doc_word_is(doc, title, "partner") ||   /* a firm's role too */
	    place_at((struct doc *)doc, s, doc_next(doc, s)))
		return 0;
	int art = 0;
	long q = doc_prev(doc, title);
	for (int n = 0; q >= (long)st->t0 && n < 3 && !art;
	     n++, q = doc_prev(doc, (size_t)q))
		art = doc_word_in(doc, (size_t)q, articles, ARRAY_SIZE(articles));
	if (!art)
		return 0;
	for (size_t k = s; k < end; k++)
		if (doc_word_in(doc, k, bodies, ARRAY_SIZE(bodies)) ||
		    doc_possessive(doc, k))
			return 0;
	return 1;
}

/* How many lower-case words may stand before an apposition's title
 * ("a managing partner", "the group's senior vice president" not). */
#define TITLE_MODIFIERS 2

/* "President Jack Ma", "co-founder Eduardo Saverin", "John Smith, CEO". */
static void person_names(struct doc *doc, const struct doc_sent *st)
{
	if (st->caps)
		return;
	for (size_t i = st->t0; i < st->t1; i++) {
		if (doc->tok[i].flags & ANA_JOINED)
			continue;
		if (doc->tok[i].wcls & DOC_W_TITLE) {
			size_t s = doc_next(doc, i);
			if (s >= st->t1)
				continue;
			/* (between commas too: "A New Jersey investor,
			 * Joseph Falkenstein, told") */
			int comma = doc_gap_has(doc, i, s, ',');
			size_t end = person_run(doc, s);
			if (comma && !apposed_person(doc, st, i, s, end))
				continue;
			/* (not "Developer Tom Square has bought", a title
			 * that opens the sentence) */
			if (end > s && !doc->tok[i].cap &&
			    doc_word_is(doc, i, "developer") &&
			    doc_word_in(doc, end - 1, property_last_words,
					ARRAY_SIZE(property_last_words)))
				continue;
			/* "Prince Edward Island" is a place, title and all */
			if (end > s && !place_at(doc, s, end) &&
			    !place_at(doc, i, end)) {
				int id = doc_person(doc, doc->text.buf +
					doc->tok[s].start, doc->tok[end - 1].end -
					doc->tok[s].start, (uint32_t)s);
				doc_mention(doc, DOC_PERSON, id, (uint32_t)s,
					  (uint32_t)end);
				i = end - 1;
			}
			continue;
		}
		if (!doc->tok[i].cap)
			continue;
		size_t end = person_run(doc, i);
		if (end == i || end >= st->t1 || !doc_gap_has(doc, end - 1, end, ','))
			continue;
		size_t k = end;
		if (doc_word_is(doc, k, "the") || doc_word_is(doc, k, "a") ||
		    doc_word_is(doc, k, "its"))
			k = doc_next(doc, k);
		/* "Jeffrey Housenbold, a managing partner at": a title's
		 * words in lower case before it (not after a place's word:
		 * "the N.Z. Dollar, independent economist Len Bayliss") */
		int w = 0;
		for (; w < TITLE_MODIFIERS && k < st->t1 &&
		     !doc->tok[k].cap && (doc->tok[k].flags & ANA_ALPHA) &&
		     !(doc->tok[k].wcls & DOC_W_TITLE) && !is_stop(doc, k); w++)
			k = doc_next(doc, k);
		if (w && place_at(doc, i, doc_next(doc, i)))
			continue;
		/* "Japan's Export-Import Bank, a bank spokesman said": the
		 * title's phrase speaks, it describes no one before it */
		if (w && k < st->t1) {
			static const char *const spoke[] = {
				"said", "says", "told", "added",
			};
			static const char *const bodies[] = {
				"bank", "fund", "group", "exchange", "commission",
				"agency", "board", "ministry",
			};
			size_t after = doc_next(doc, k);
			if ((after < st->t1 && doc_word_in(doc, after, spoke,
							   ARRAY_SIZE(spoke))) ||
			    doc_word_in(doc, end - 1, bodies, ARRAY_SIZE(bodies)))
				continue;
		}
		if (k < st->t1 && (doc->tok[k].wcls & DOC_W_TITLE) &&
		    !place_at(doc, i, end)) {
			int id = doc_person(doc, doc->text.buf + doc->tok[i].start,
					  doc->tok[end - 1].end -
						  doc->tok[i].start,
					  (uint32_t)i);
			doc_mention(doc, DOC_PERSON, id, (uint32_t)i,
				  (uint32_t)end);
			i = end - 1;
		}
	}
}

/* Whether every word of the folded words w is a suffix. */
static int all_suffixes(const char *w)
{
	while (*w) {
		const char *sp = strchr(w, ' ');
		size_t n = sp ? (size_t)(sp - w) : strlen(w);
		if (!in_list(w, n, suffixes, ARRAY_SIZE(suffixes)))
			return 0;
		w += n + (sp != NULL);
	}
	return 1;
}

/*
 * "United Industrial Corp Ltd (UIC)": the capitals in brackets right
 * after a company's name name it later ("UIC is likely to take a
 * controlling stake").
 */
static void bracketed_acronym(struct doc *doc, const struct doc_ment *m)
{
	if (m->kind != DOC_COMPANY || m->t1 >= doc->ntok ||
	    doc->tok[m->t1].sent != m->sent)
		return;
	/* past a suffix the name left out after its comma: "Metro Pacific
	 * Holdings, Inc. (MPHI)" */
	size_t at = m->t1;
	while (at + 1 < doc->ntok && doc->tok[at + 1].sent == m->sent &&
	       is_suffix(doc, at) && doc->tok[at].cap)
		at++;
	const struct doc_tok *t = &doc->tok[at];
	const char *b = doc->text.buf;
	size_t n = t->end - t->start;
	if (n < 2 || n > ACRONYM_MAX || t->start == 0 ||
	    t->end >= doc->text.len ||
	    !((b[t->start - 1] == '(' && b[t->end] == ')') ||
	      (b[t->start - 1] == '[' && b[t->end] == ']')))
		return;
	int caps = 1;
	for (size_t i = t->start; i < t->end; i++)
		if (!isupper((unsigned char)b[i]))
			caps = 0;
	const char *w = doc_word(doc, at);
	size_t k = m->t0, got = 0;
	while (k < m->t1 && is_suffix(doc, k))
		k++;
	if (caps) {
		/* its letters are initials of the name's words, in order,
		 * the first one that of its first word past a suffix ("PT
		 * Berlian Inti Mekar (BIM)", "United Industrial Corp Ltd
		 * (UIC)") */
		size_t k0 = k;
		for (; k < at && got < t->wl; k++)
			if (!(doc->tok[k].flags & ANA_JOINED) &&
			    doc_word(doc, k)[0] == w[got])
				got++;
			else if (got == 0)
				return;
		/* ... or, of three letters or more, letters of its words in
		 * order from its first word's initial ("Indorama Ventures
		 * Plc (IVL)", "Singapore Exchange (SGX)") */
		if (got < t->wl && t->wl >= 3) {
			got = 0;
			for (k = k0; k < at && got < t->wl; k++) {
				const char *x = doc_word(doc, k);
				for (size_t c = 0; x[c] && got < t->wl; c++)
					if (x[c] == w[got])
						got++;
			}
		}
		if (got < t->wl)
			return;
	} else {
		/* a short form in one word, capitalised, of letters only,
		 * beginning as the name does: "Emirates District Cooling
		 * LLC [Emicool]", "China National Chemical Corp (ChemChina)";
		 * no word of the language ("(Reuters)" is boilerplate) */
		if (!isupper((unsigned char)b[t->start]) || k >= m->t1 ||
		    doc_word(doc, k)[0] != w[0] || doc->tok[at].wcls)
			return;
		for (size_t i = t->start; i < t->end; i++)
			if (!isalpha((unsigned char)b[i]))
				return;
	}
	if (gaz_lookup(doc->g, w, t->wl) ||
	    smap_get(doc->co_alias, w, t->wl) >= 0)
		return;
	smap_put(doc->co_alias, w, t->wl, m->id);
	doc->in_name[at] = 1;
}

static int initials_of(const char *a, const char *name);

/*
 * The company whose short name the first word of company c's key (len
 * bytes) is: c, unless it spells another company's initials ("NTT", the
 * first word of "NTT Docomo", beside "Nippon Telegraph and Telephone":
 * "NTT's tender offer for Docomo" is the parent's).
 */
static int first_word_owner(const struct doc *doc, size_t c, size_t len)
{
	char first[32];
	if (len >= sizeof(first))
		return (int)c;
	memcpy(first, doc->co[c].key, len);
	first[len] = '\0';
	for (size_t o = 0; o < doc->nco; o++)
		if (o != c && initials_of(first, doc->co[o].key))
			return (int)o;
	return (int)c;
}

/* Whether a place of the gazetteer opens at token i and ends past token
 * end - 1 (at most three words past it). */
static int place_longer(struct doc *doc, size_t i, size_t end)
{
	size_t e = end;
	for (int w = 0; w < 3 && e < doc->ntok &&
	     doc->tok[e].sent == doc->tok[i].sent; w++) {
		e = doc_next(doc, e - 1) + 1;
		const struct gaz_entry *g = gaz_at(doc, i, e);
		if (g && g->kind == GAZ_PLACE)
			return 1;
	}
	return 0;
}

static int acronym_skips(const char *w, size_t n);
static size_t first_word_len(const char *key);

/* The longest name in capitals taken as another company's initials. */
#define FOLD_ACRONYM_MAX 6

/*
 * Whether the capitals a (n letters) spell company y's name: the
 * initials of its words, split at spaces and hyphens, past "and", "of",
 * "the" and "&", with closing suffixes or "Bank" left out ("TD" for
 * "Toronto-Dominion Bank", "BP" for "British Petroleum Co Plc"); or, of
 * a name in one word, its capitals as written ("GSK" for
 * "GlaxoSmithKline").
 */
static int spells_initials(const char *a, size_t n, const struct doc_name *y)
{
	const char *q = y->key;
	if (!strchr(q, ' ') && !strchr(q, '-')) {
		size_t k = 0, lower = 0;
		for (const char *c = y->name; *c; c++) {
			lower += islower((unsigned char)*c) != 0;
			if (isupper((unsigned char)*c) &&
			    (k >= n || *c != a[k++]))
				return 0;
		}
		return k == n && lower > 0;
	}
	size_t k = 0, words = 0;
	while (*q) {
		while (*q == ' ' || *q == '-')
			q++;
		if (!*q)
			break;
		size_t wl = strcspn(q, " -");
		int small = acronym_skips(q, wl);
		if (k == n && !small &&
		    !in_list(q, wl, suffixes, ARRAY_SIZE(suffixes)) &&
		    !doc_bytes_are(q, wl, "bank"))
			return 0;
		if (k < n && !small) {
			if (toupper((unsigned char)*q) != a[k])
				return 0;
			k++;
			words++;
		}
		q += wl;
	}
	return k == n && words >= 2;
}

/*
 * Capitals the story writes alone that spell exactly one company it
 * names ("TD said it sold" below "Toronto-Dominion Bank has sold"): that
 * company's short name, an alias the later mentions are found by.  Not a
 * word of the language, a place or another known name, nor in a sentence
 * all in capitals.
 */
static void initials_aliases(struct doc *doc)
{
	const char *b = doc->text.buf;
	for (size_t s = 0; s < doc->nsent; s++) {
		const struct doc_sent *st = &doc->sent[s];
		if (st->caps || doc_boiler(doc, (uint32_t)s))
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			const struct doc_tok *t = &doc->tok[i];
			size_t n = t->end - t->start;
			if ((t->flags & ANA_JOINED) || doc->in_name[i] ||
			    t->wcls || n < 2 || n > FOLD_ACRONYM_MAX)
				continue;
			char a[FOLD_ACRONYM_MAX + 1];
			size_t k = 0;
			while (k < n && isupper((unsigned char)b[t->start + k])) {
				a[k] = b[t->start + k];
				k++;
			}
			a[k] = '\0';
			const char *w = doc_word(doc, i);
			if (k < n || gaz_lookup(doc->g, w, t->wl) ||
			    smap_get(doc->co_alias, w, t->wl) >= 0)
				continue;
			/* alone, no word of a longer run of capitals ("CP
			 * All" is no "Charoen Pokphand") */
			size_t nx = doc_next(doc, i);
			if (nx < st->t1 && doc->tok[nx].cap &&
			    name_gap(doc, i, nx))
				continue;
			long to = -1;
			for (size_t c = 0; c < doc->nco && to != -2; c++) {
				const char *key = doc->co[c].key;
				if (!doc->co[c].mentions)
					continue;
				if (first_word_len(key) == t->wl &&
				    !memcmp(key, w, t->wl))
					to = -2;   /* its own first word */
				else if (spells_initials(a, n, &doc->co[c]))
					to = to == -1 ? (long)c : -2;
			}
			if (to >= 0)
				smap_put(doc->co_alias, w, t->wl, (int)to);
		}
	}
}

/* Later short mentions of companies already named: "Alibaba". */
static void short_mentions(struct doc *doc)
{
	size_t nco = doc->nco;
	for (size_t c = 0; c < nco; c++) {
		const char *key = doc->co[c].key;
		const char *sp = strchr(key, ' ');
		/* a generic first word names the company only when the rest
		 * are suffixes ("Sun" for "Sun Co", not "General" for
		 * "General Motors") */
		if (!sp || sp - key < 3 ||
		    (in_list(key, (size_t)(sp - key), generic_first,
			     ARRAY_SIZE(generic_first)) &&
		     !all_suffixes(sp + 1)))
			continue;
		if (gaz_lookup(doc->g, key, (size_t)(sp - key)))
			continue;   /* a place or another known name */
		if (smap_get(doc->co_alias, key, (size_t)(sp - key)) < 0)
			smap_put(doc->co_alias, key, (size_t)(sp - key),
				 first_word_owner(doc, c, (size_t)(sp - key)));
	}
	for (size_t m = 0; m < doc->nment; m++)
		bracketed_acronym(doc, &doc->ment[m]);
	initials_aliases(doc);
	if (!smap_count(doc->co_alias))
		return;   /* no short name to look for */
	for (size_t s = 0; s < doc->nsent; s++) {
		const struct doc_sent *st = &doc->sent[s];
		if (doc_boiler(doc, (uint32_t)s))
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			if ((doc->tok[i].flags & ANA_JOINED) || doc->in_name[i] ||
			    !(doc->tok[i].cap || st->caps))
				continue;
			for (unsigned n = 4; n >= 1; n--) {
				size_t end;
				if (!key_at(doc, i, n, &end))
					continue;
				int id = smap_get(doc->co_alias, doc->key.buf,
						  doc->key.len);
				if (id < 0)
					continue;
				/* "KUALA LUMPUR (June 11):" is the city, not
				 * "Kuala Lumpur Kepong" short: a place longer
				 * than the short name opens there */
				if (place_longer(doc, i, end))
					break;
				/* "Vodafone Egypt" beside "Vodafone Group": its
				 * unit in that country, which the gazetteer's
				 * names make below */
				const char *cn;
				int known = gaz_lookup(doc->g, doc->key.buf,
						       doc->key.len) != NULL;
				size_t ce = country_unit_end(doc, st, end, !known,
								     &cn);
				if (known && ce > end)
					break;
				/* ... and beside "Telenor Group", "Telenor
				 * Pakistan" is its unit there, a name of its
				 * own */
				size_t ge = ce > end && !st->caps ? ce :
					    group_member_end(doc, st, i, end);
				if (ge > end) {
					group_member(doc, i, ge);
					i = ge - 1;
					break;
				}
				doc->co[id].mentions++;
				doc_mention(doc, DOC_COMPANY, id, (uint32_t)i,
					  (uint32_t)end);
				i = end - 1;
				break;
			}
		}
	}
}

/* The shortest word a slip of the wire is looked for in. */
#define SLIP_MIN 6

/*
 * Whether a and b (lengths la, lb) differ by one slip of a typist: a
 * letter left out or doubled, two letters swapped ("Avaition"), or, in a
 * word of 8 letters or more, one letter struck for another.
 */
static int one_slip(const char *a, size_t la, const char *b, size_t lb)
{
	if (la < SLIP_MIN || lb < SLIP_MIN)
		return 0;
	if (la == lb) {
		size_t i = 0;
		while (i < la && a[i] == b[i])
			i++;
		if (i == la)
			return 0;
		/* two swapped */
		if (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
		    !memcmp(a + i + 2, b + i + 2, la - i - 2))
			return 1;
		return la >= 8 && !memcmp(a + i + 1, b + i + 1, la - i - 1) &&
		       isalpha((unsigned char)a[i]) && isalpha((unsigned char)b[i]);
	}
	if (la + 1 != lb && lb + 1 != la)
		return 0;
	if (la > lb) {
		const char *t = a;
		a = b;
		b = t;
		size_t tl = la;
		la = lb;
		lb = tl;
	}
	size_t i = 0;
	while (i < la && a[i] == b[i])
		i++;
	/* a last letter more or less is another word's form: "Australian",
	 * "Williams", "Trailers" */
	return i < la && isalpha((unsigned char)b[i]) &&
	       !memcmp(a + i, b + i + 1, la - i);
}

/* Whether a company of doc other than b has b's name inside its own, at
 * word boundaries: "Appetito's" inside "Arizona Appetito's Stores", where
 * a slip of "Appetito's" may mean either. */
static int inside_other(const struct doc *doc, size_t b)
{
	const char *k = doc->co[b].key;
	size_t kl = strlen(k);
	for (size_t z = 0; z < doc->nco; z++) {
		if (z == b || !doc->co[z].mentions)
			continue;
		const char *zk = doc->co[z].key;
		for (const char *q = strstr(zk, k); q; q = strstr(q + 1, k))
			if ((q == zk || q[-1] == ' ') &&
			    (q[kl] == '\0' || q[kl] == ' '))
				return 1;
	}
	return 0;
}

/* The length of key's first word. */
static size_t first_word_len(const char *key)
{
	const char *sp = strchr(key, ' ');
	return sp ? (size_t)(sp - key) : strlen(key);
}

/* How the folded words key[0..len) misspell company y's name: 1 the
 * whole name by one slip, 2 its first word (key one word, the name more),
 * 0 not. */
static int slip_kind(const char *key, size_t len, const struct doc_name *y)
{
	if (one_slip(key, len, y->key, strlen(y->key)))
		return 1;
	return !memchr(key, ' ', len) && strchr(y->key, ' ') &&
	       one_slip(key, len, y->key, first_word_len(y->key)) ? 2 : 0;
}

/*
 * Companies the wire misspelt once: "Gurantee's definitive agreement"
 * beside "Guarantee Financial Corp", "Piedmont Avaition" beside "Piedmont
 * Aviation".  The spelling named less often is folded into the other, its
 * mentions with it (a one-word name is compared with the other's first
 * word).
 */
static void fold_slips(struct doc *doc)
{
	for (size_t a = 0; a < doc->nco; a++)
		for (size_t b = 0; b < doc->nco && doc->co[a].mentions; b++) {
			struct doc_name *x = &doc->co[a], *y = &doc->co[b];
			if (a == b || !y->mentions)
				continue;
			/* x folds into y: the same words but one slip, x
			 * named less often (or as often, and later); or x a
			 * word that misspells y's first */
			int kind = slip_kind(x->key, strlen(x->key), y);
			int fold = kind == 2 ||
				   (kind == 1 &&
				    (x->mentions < y->mentions ||
				     (x->mentions == y->mentions &&
				      x->first > y->first)));
			if (!fold || inside_other(doc, b))
				continue;
			for (size_t m = 0; m < doc->nment; m++)
				if (doc->ment[m].kind == DOC_COMPANY &&
				    doc->ment[m].id == (int)a)
					doc->ment[m].id = (int)b;
			y->mentions += x->mentions;
			x->mentions = 0;
		}
}

int names_slip_of(const struct doc *doc, const char *key, size_t len)
{
	int best = -1;
	for (size_t b = 0; b < doc->nco; b++) {
		if (!doc->co[b].mentions || !slip_kind(key, len, &doc->co[b]))
			continue;
		if (best >= 0)
			return -1;   /* two it may misspell: a guess */
		best = (int)b;
	}
	return best >= 0 && inside_other(doc, (size_t)best) ? -1 : best;
}

/* Whether token k is inside a mention of a place, a person or a company
 * other than co: "Trailers" of "Dorsey Trailers" spells no "Trailer
 * Acquisition". */
static int in_other(const struct doc *doc, size_t k, int co)
{
	for (size_t m = 0; m < doc->nment; m++)
		if ((doc->ment[m].kind != DOC_COMPANY || doc->ment[m].id != co) &&
		    doc->ment[m].t0 <= k && k < doc->ment[m].t1)
			return 1;
	return 0;
}

/*
 * A company whose first word the story spells otherwise more often: the
 * wire's "<Mindscsape Inc>" in a story that writes "Mindscape" twice is
 * Mindscape.  Its name takes the spelling the story uses most (the key
 * stays, so later lookups still find it).
 */
static void respell(struct doc *doc)
{
	for (size_t c = 0; c < doc->nco; c++) {
		struct doc_name *x = &doc->co[c];
		size_t fl = first_word_len(x->key);
		if (!x->mentions || fl < SLIP_MIN)
			continue;
		size_t self = 0, other = 0, at = 0;
		const char *w = NULL;
		size_t wl = 0;
		int two = 0;
		for (size_t k = 0; k < doc->ntok && !two; k++) {
			const struct doc_tok *t = &doc->tok[k];
			if (t->wl == fl && !memcmp(doc_word(doc, k), x->key, fl)) {
				self++;
				continue;
			}
			if (!t->cap || !one_slip(doc_word(doc, k), t->wl, x->key, fl) ||
			    in_other(doc, k, (int)c))
				continue;
			/* two other spellings: leave it */
			two = w && (t->wl != wl || memcmp(doc_word(doc, k), w, wl));
			w = doc_word(doc, k);
			wl = t->wl;
			/* a mixed-case occurrence gives the letters' case */
			if (!other++ || !doc->sent[t->sent].caps)
				at = k;
		}
		if (!w || two || other <= self)
			continue;
		const char *nm = x->name, *sp = strchr(nm, ' ');
		size_t rest = sp ? strlen(sp) : 0;
		const struct doc_tok *t = &doc->tok[at];
		size_t tl = t->end - t->start;
		char *out = xmalloc(tl + rest + 1);
		memcpy(out, doc->text.buf + t->start, tl);
		if (doc->sent[t->sent].caps)
			for (size_t i = 1; i < tl; i++)
				out[i] = (char)tolower((unsigned char)out[i]);
		memcpy(out + tl, sp ? sp : "", rest + 1);
		free(x->name);
		x->name = out;
	}
}

/* Words no firm's spelled-out name has: a central bank's, a state's. */
static const char *const acronym_not_firms[] = {
	"central", "reserve", "monetary", "development",
	"european", "world", "asian", "african", "economic", "cooperation",
	"statistics", "academy",
};

/*
 * "National Bank of Abu Dhabi (NBAD)", "First Gulf Bank (FGB)": a run of
 * capitalised words a firm's name ends with, whose initials are exactly
 * the capitals in brackets right after it, is a company's name.  Not a
 * central bank, a state lender or a development bank ("European
 * Investment Bank (EIB)"), nor a place.
 */
static void acronym_names(struct doc *doc, const struct doc_sent *st)
{
	if (st->caps || st->title)
		return;
	const char *b = doc->text.buf;
	for (size_t i = st->t0 + 1; i < st->t1; i++) {
		const struct doc_tok *t = &doc->tok[i];
		size_t n = t->end - t->start;
		if (n < 2 || n > 8 || t->start == 0 || b[t->start - 1] != '(' ||
		    t->end >= doc->text.len || b[t->end] != ')' ||
		    doc->in_name[i])
			continue;
		int caps = 1;
		for (size_t k = t->start; k < t->end; k++)
			caps &= isupper((unsigned char)b[k]) != 0;
		long last = doc_prev(doc, i);
		if (!caps || last < (long)st->t0 || doc->in_name[last] ||
		    !doc->tok[last].cap ||
		    !(is_suffix(doc, (size_t)last) ||
		      doc_word_in(doc, (size_t)last, acronym_firm_ends,
				  ARRAY_SIZE(acronym_firm_ends))))
			continue;
		/* back from the last word, initials matched from the end */
		size_t got = 0;
		long k = last, first = -1;
		while (k >= (long)st->t0 && got < n) {
			if (doc->tok[k].cap) {
				if (doc_word(doc, (size_t)k)[0] !=
				    tolower((unsigned char)b[t->end - 1 - got]))
					break;
				got++;
				first = k;
			} else if (!acronym_skips(doc_word(doc, (size_t)k),
						  doc->tok[k].wl)) {
				break;
			}
			long p = doc_prev(doc, (size_t)k);
			if (p < (long)st->t0 || !name_gap(doc, (size_t)p, (size_t)k))
				break;
			k = p;
		}
		if (got != n || first < 0)
			continue;
		int public_body = 0;
		for (size_t q = (size_t)first; q <= (size_t)last; q++)
			public_body |= doc_word_in(doc, q, acronym_not_firms,
						   ARRAY_SIZE(acronym_not_firms));
		if (!public_body)
			described_company(doc, (size_t)first, (size_t)last, 1);
	}
}

/* Whether the n bytes at s are a station's call sign: "WOR-TV". */
static int call_sign(const char *s, size_t n)
{
	if (n < 6 || n > 7 || (s[0] != 'K' && s[0] != 'W') || s[n - 3] != '-')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (i != n - 3 && !isupper((unsigned char)s[i]))
			return 0;
	return !strncmp(s + n - 2, "TV", 2) || !strncmp(s + n - 2, "FM", 2) ||
	       !strncmp(s + n - 2, "AM", 2);
}

/*
 * A North American broadcast station by its call sign: "WOR-TV",
 * "KHJ-TV", "WABC-FM" (K or W and two or three more capitals, a hyphen,
 * then TV, FM or AM), a business bought and sold under that name.
 */
static void station_names(struct doc *doc, const struct doc_sent *st)
{
	const char *s = doc->text.buf;
	for (size_t i = st->t0; i < st->t1; i++) {
		size_t j = doc_next(doc, i);
		if ((doc->tok[i].flags & ANA_JOINED) || j >= st->t1 ||
		    doc->in_name[i] || doc->in_name[j])
			continue;
		const struct doc_tok *t = &doc->tok[i], *b = &doc->tok[j];
		/* the sign and its band as written, past the band's
		 * possessive ("KHJ-TV's": the "'s" is in the part's span) */
		size_t n = b->end - t->start;
		if (b->end - b->start == 4 && s[b->start + 2] == '\'')
			n -= 2;
		/* (a word, not a part of one: not "AKHJ-TV", "WOR-TVX") */
		if (b->start != t->end + 1 || !call_sign(s + t->start, n) ||
		    (t->start > 0 && isalnum((unsigned char)s[t->start - 1])) ||
		    (b->end < doc->text.len && (isalnum((unsigned char)s[b->end]) ||
						s[b->end] == '-')))
			continue;
		company_span(doc, t->start, b->end, (uint32_t)i,
			     (uint32_t)(j + 1));
		i = j;
	}
}

/* The most capitalised words of a name defined by its short form. */
#define DEFINED_NAME_WORDS 5

/*
 * "Swedish Orphan Biovitrum (Sobi)", "Mexico's Fomento Economico
 * Mexicano (Femsa)", "Singapore Post (SingPost)": two to five capitalised
 * words (with "of", "and", "&" between) right before a short form in
 * brackets of one word in mixed case, letters only, that begins as the
 * first of them does, name a company the short form stands for (the
 * short form becomes its alias in bracketed_acronym()); not a public
 * body's name ("Commission", "Ministry", "Authority", ...).
 */
static void defined_short_names(struct doc *doc, const struct doc_sent *st)
{
	static const char *const bodies[] = {
		"commission", "ministry", "authority", "agency", "council",
		"court", "department", "board", "reserve", "union",
		"government", "parliament", "office", "bureau", "regulator",
		"university", "association", "federation", "organisation",
		"organization", "institute", "party",
		/* a bloc, a rate, an index, a trade bank: "Caribbean
		 * Community (Caricom)", "London Interbank Offered Rate
		 * (Libor)", "African Export-Import Bank (Afreximbank)" */
		"community", "rate", "rates", "index", "treaty", "import",
		"programme", "program", "initiative", "interbank",
	};
	const char *b = doc->text.buf;
	for (size_t i = st->t0 + 1; i < st->t1; i++) {
		const struct doc_tok *t = &doc->tok[i];
		size_t n = t->end - t->start;
		if ((t->flags & ANA_JOINED) || n < 3 || n > ACRONYM_MAX ||
		    t->start == 0 || t->end >= doc->text.len ||
		    b[t->start - 1] != '(' || b[t->end] != ')' ||
		    !isupper((unsigned char)b[t->start]) || doc->in_name[i])
			continue;
		int lower = 0, alpha = 1;
		for (size_t c = t->start; c < t->end; c++) {
			lower |= islower((unsigned char)b[c]) != 0;
			alpha &= isalpha((unsigned char)b[c]) != 0;
		}
		if (!lower || !alpha || doc->tok[i].wcls)
			continue;
		/* the words before it, back to a word that is no name's */
		size_t first = i, words = 0;
		long k = doc_prev(doc, i);
		if (k < (long)st->t0 || !doc->tok[k].cap ||
		    doc->tok[k].end + 2 != t->start)
			continue;
		while (k >= (long)st->t0 && words < DEFINED_NAME_WORDS &&
		       !doc->in_name[k] && !doc_possessive(doc, (size_t)k) &&
		       (doc->tok[k].cap || doc_word_is(doc, (size_t)k, "of") ||
			doc_word_is(doc, (size_t)k, "and") ||
			doc_word_is(doc, (size_t)k, "&")) &&
		       (doc->tok[k].cap || (size_t)k + 1 < first)) {
			if (doc->tok[k].cap && !is_stop(doc, (size_t)k)) {
				words++;
				if (tolower((unsigned char)b[doc->tok[k].start]) ==
				    tolower((unsigned char)b[t->start]))
					first = (size_t)k;
			} else if (doc->tok[k].cap) {
				break;
			}
			long p = doc_prev(doc, (size_t)k);
			if (p >= (long)st->t0 &&
			    doc_gap_has(doc, (size_t)p, (size_t)k, ','))
				break;
			k = p;
		}
		if (first == i || (k >= (long)st->t0 && (size_t)k + 1 == first &&
				   doc->tok[k].cap && !doc_possessive(doc, (size_t)k) &&
				   !is_stop(doc, (size_t)k)))
			continue;
		size_t capw = 0, body = 0;
		for (size_t q = first; q < i; q++) {
			capw += doc->tok[q].cap && !(doc->tok[q].flags & ANA_JOINED);
			body |= doc_word_in(doc, q, bodies, ARRAY_SIZE(bodies));
			/* "Bank of Mexico (Banxico)": a country's bank */
			body |= doc_word_is(doc, q, "of") && q + 1 < i &&
				place_at(doc, doc_next(doc, q),
					 doc_next(doc, doc_next(doc, q)));
		}
		if (capw < 2 || body)
			continue;
		size_t last = doc_prev(doc, i) >= 0 ? (size_t)doc_prev(doc, i) : i;
		int id = company_span(doc, doc->tok[first].start,
				      doc->tok[last].end, (uint32_t)first,
				      (uint32_t)(last + 1));
		/* the short form its alias now, before a headline's
		 * ("Femsa launches ... offer for Valora") is read */
		const char *w = doc_word(doc, i);
		if (id >= 0 && !gaz_lookup(doc->g, w, t->wl) &&
		    smap_get(doc->co_alias, w, t->wl) < 0) {
			smap_put(doc->co_alias, w, t->wl, id);
			doc->in_name[i] = 1;
		}
	}
}

/* First words of a country's bank that is its authority, no company:
 * "Central Bank of Kenya", "Reserve Bank of India", "State Bank of
 * Vietnam", "People's Bank of China". */
static const char *const authority_bank_words[] = {
	"central", "reserve", "state", "people's", "peoples",
	"development", "export", "import", "investment", "world", "asian",
	"african", "european", "islamic", "monetary", "federal",
};

/*
 * "Co-operative Bank of Kenya", "Commercial Bank of Kuwait", "First Bank
 * of Nigeria", "National Bank of Greece", "Al Ahli Bank of Kuwait": one to
 * three capitalised words, "Bank of" and a place the gazetteer knows
 * make one bank's name (a country's authority's first words excepted),
 * not a bank and a place; not in a headline in capitals.
 */
static void bank_of_place_names(struct doc *doc, const struct doc_sent *st)
{
	if (st->caps)
		return;
	for (size_t i = st->t0 + 1; i + 2 < st->t1; i++) {
		size_t of = doc_next(doc, i), x = doc_next(doc, of);
		if (!doc->tok[i].cap || !doc_word_is(doc, i, "bank") ||
		    doc->in_name[i] || of >= st->t1 || x >= st->t1 ||
		    !doc_word_is(doc, of, "of") || !doc->tok[x].cap ||
		    doc->in_name[x] || !name_gap(doc, i, of) ||
		    !name_gap(doc, of, x))
			continue;
		/* the place: its longest name from x, at most three words */
		size_t pe = 0;
		for (size_t q = x, w = 0; q < st->t1 && w < 3;
		     q = doc_next(doc, q), w++) {
			const struct gaz_entry *g = gaz_at(doc, x, q + 1);
			if (g && g->kind == GAZ_PLACE)
				pe = q + 1;
		}
		if (!pe)
			continue;
		/* (not "Bank of Nova Scotia's unit": a name goes on) */
		size_t after = doc_next(doc, pe - 1);
		if (after < st->t1 && doc->tok[after].cap &&
		    name_gap(doc, pe - 1, after))
			continue;
		size_t k0 = i;
		for (long p = doc_prev(doc, i), w = 0;
		     p >= (long)st->t0 && w < 3 && !doc->in_name[p] &&
		     !doc_possessive(doc, (size_t)p);
		     p = doc_prev(doc, (size_t)p), w++) {
			/* "Co-operative": a capitalised word and its
			 * hyphened tail */
			long pp = doc_prev(doc, (size_t)p);
			static const char *const describes[] = {
				"based", "owned", "backed", "listed",
				"controlled", "run", "led", "born",
			};
			if (!doc->tok[p].cap && pp >= (long)st->t0 &&
			    doc->tok[pp].cap &&
			    doc_gap_has(doc, (size_t)pp, (size_t)p, '-') &&
			    !doc_word_in(doc, (size_t)p, describes,
					 ARRAY_SIZE(describes)) &&
			    name_gap(doc, (size_t)p, k0)) {
				k0 = (size_t)pp;
				p = pp;
				continue;
			}
			/* ("First Bank of Nigeria": the stop word a bank's
			 * name may open with) */
			if (!doc->tok[p].cap || !name_gap(doc, (size_t)p, k0) ||
			    (is_stop(doc, (size_t)p) &&
			     !doc_word_is(doc, (size_t)p, "first")))
				break;
			k0 = (size_t)p;
		}
		int authority = k0 == i;
		for (size_t q = k0; q < i && !authority; q = doc_next(doc, q))
			authority = doc_word_in(doc, q, authority_bank_words,
						ARRAY_SIZE(authority_bank_words));
		/* "the National Bank of Belgium" is a central bank,
		 * "National Bank of Greece" a lender: the one word alone
		 * says neither, the article before it the first (the
		 * stories write a lender's name bare) */
		long before = doc_prev(doc, k0);
		if (!authority && doc_next(doc, k0) == i &&
		    doc_word_is(doc, k0, "national") &&
		    before >= (long)st->t0 &&
		    doc_word_is(doc, (size_t)before, "the"))
			authority = 1;
		/* "Industrial and Commercial Bank of China": a name that
		 * goes on before "and" is another rule's */
		long bk = doc_prev(doc, k0);
		long bb = bk >= (long)st->t0 ? doc_prev(doc, (size_t)bk) : -1;
		/* (not after a name's end: "Barwa Bank and International
		 * Bank of Qatar" are two) */
		if (bb >= (long)st->t0 && (doc_word_is(doc, (size_t)bk, "and") ||
					   doc_word_is(doc, (size_t)bk, "&")) &&
		    doc->tok[bb].cap && !doc_word_is(doc, (size_t)bb, "bank") &&
		    !(doc->tok[bb].wcls & DOC_W_SUFFIX))
			authority = 1;
		if (authority)
			continue;
		company_span(doc, doc->tok[k0].start, doc->tok[pe - 1].end,
			     (uint32_t)k0, (uint32_t)pe);
		i = pe - 1;
	}
}

/* Capitalised words after "Bank of" that make one bank's name. */
#define BANK_OF_WORDS 3

/*
 * "Bank of Ayudhya", "Bank of Montreal", "Bank of Baroda": a bank named
 * after "Bank of" and up to three capitalised words; not a country's
 * ("Bank of Japan", "Bank of England": the central bank, an authority,
 * or a name the gazetteer knows: "Bank of China"), nor in a headline in
 * capitals.
 */
static void bank_of_names(struct doc *doc, const struct doc_sent *st)
{
	if (st->caps)
		return;
	for (size_t i = st->t0; i + 2 < st->t1; i++) {
		size_t of = doc_next(doc, i), x = doc_next(doc, of);
		if (!doc->tok[i].cap || !doc_word_is(doc, i, "bank") ||
		    doc->in_name[i] || of >= st->t1 || x >= st->t1 ||
		    !doc_word_is(doc, of, "of") || !doc->tok[x].cap ||
		    doc->in_name[x] || is_stop(doc, x) ||
		    !name_gap(doc, i, of) || !name_gap(doc, of, x))
			continue;
		/* "Bank" opens the name: not "First National Bank of
		 * Minneapolis", "Royal Bank of Canada" */
		long pv = doc_prev(doc, i);
		if (pv >= (long)st->t0 && doc->tok[pv].cap &&
		    name_gap(doc, (size_t)pv, i))
			continue;
		size_t e = x;
		for (int w = 1; w < BANK_OF_WORDS; w++) {
			size_t n = doc_next(doc, e);
			if (n >= st->t1 || !doc->tok[n].cap || doc->in_name[n] ||
			    is_stop(doc, n) || !name_gap(doc, e, n) ||
			    (doc->tok[n].wcls & DOC_W_TITLE))
				break;
			e = n;
		}
		/* no country's ("Bank of Japan Governor ..."), nor a
		 * people's ("West African") */
		int country = 0;
		for (size_t q = x; q <= e && !country; q = doc_next(doc, q))
			for (size_t r = x; r <= q && !country; r++) {
				const struct gaz_entry *g = gaz_at(doc, r, q + 1);
				country = g && (g->kind == GAZ_REGION ||
						(g->kind == GAZ_PLACE &&
						 gaz_place(doc->g, g->id)->kind ==
						 GAZ_COUNTRY));
			}
		if (country)
			continue;
		company_span(doc, doc->tok[i].start, doc->tok[e].end,
			     (uint32_t)i, (uint32_t)e + 1);
		i = e;
	}
}

static void lead_one_word_names(struct doc *doc);

/* The words of a name its initials follow that say it is no company: a
 * regulator's, a court's, a union's, a party's, a law's, a programme's
 * ("Competition Commission of India (CCI)", "Unified Payments
 * Interface (UPI)"). */
static const char *const not_firm_initials[] = {
	"commission", "authority", "board", "bureau", "congress",
	"department", "directorate", "act", "interface", "union", "ministry",
	"court", "council", "agency", "office", "administration", "centre",
	"center", "regulator", "monetary", "institute", "association",
	"federation", "organisation", "organization", "party", "facility",
	"aircraft", "statistics", "programme", "program", "index", "scheme",
	"force", "committee", "tribunal", "parliament", "assembly", "senate",
	"police", "army", "navy", "government", "architecture",
	"community", "confederation", "central", "reserve", "intermediate",
	"requirement", "system", "social", "superintendencia", "comisión",
	"comision", "congressional", "producers", "reform", "exchange",
	"syndrome", "disease", "market",
	/* a measure, a tax, a plan, a programme, a pact, an instrument:
	 * "Gross Domestic Product (GDP)", "Value Added Tax (VAT)",
	 * "Strategic Defense Initiative (SDI)", "Special Drawing Rights
	 * (SDR)", "General Agreement of Tariffs and Trade (GATT)" */
	"product", "tax", "revenue", "initiative", "defense", "defence",
	"survey", "rights", "rate", "agreement", "arrangement", "strategy",
	"planning", "directive", "receipt", "safekeeping", "area",
	"network", "satellite", "missile", "vehicle", "fighter", "circuits",
	"complex", "countries", "country", "exporting", "stabilization",
	"conservation", "economic", "workers", "front", "academy",
	"sciences", "chamber", "establishment", "manager", "meeting",
	"depreciation", "earnings",
};

/* How far after a name's initials its apposition may call it a central
 * bank. */
#define CENTRAL_BANK_WORDS 4

/* A lender of states, not a company: "Asian Development Bank (ADB)",
 * "European Investment Bank (EIB)". */
static const char *const multilateral[] = {
	"asian", "european", "african", "islamic", "international", "world",
	"inter-american", "arab", "nordic", "caribbean",
};

/* The small words between the capitals of a name its initials spell:
 * "Bank for Investment and Development of Vietnam (BIDV)", "Caixa Geral
 * de Depósitos (CGD)". */
static const char *const initials_joins[] = {
	"for", "de", "do", "da", "del", "des", "di", "du", "la", "y", "e",
};

/* Whether the word at token k, whole past its hyphens, is a lender of
 * states' first word: "Inter-American Development Bank (IADB)". */
static int multilateral_word(const struct doc *doc, size_t k)
{
	const char *b = doc->text.buf;
	size_t a = doc->tok[k].start, e = a;
	while (e < doc->text.len && (isalpha((unsigned char)b[e]) || b[e] == '-'))
		e++;
	for (size_t i = 0; i < ARRAY_SIZE(multilateral); i++)
		if (strlen(multilateral[i]) == e - a &&
		    !strncasecmp(b + a, multilateral[i], e - a))
			return 1;
	return 0;
}

/*
 * "Shanghai Pudong Development Bank (SPDB)", "Yacimientos de Litio
 * Bolivianos (YLB)": a run of capitalised words whose initials, in order,
 * are the capitals in brackets after it names an organisation; a company
 * unless its words name a regulator, a court, a law, a programme or a
 * market (not_firm_initials: "Warsaw Stock Exchange (WSE)").
 */
static void initials_names(struct doc *doc, const struct doc_sent *st)
{
	const char *b = doc->text.buf;
	for (size_t k = st->t0; k < st->t1; k = doc_next(doc, k)) {
		const struct doc_tok *t = &doc->tok[k];
		size_t n = t->end - t->start;
		if (n < 2 || n > 6 || t->start == 0 || t->end >= doc->text.len ||
		    b[t->start - 1] != '(' || b[t->end] != ')')
			continue;
		int caps = 1;
		for (size_t i = t->start; i < t->end; i++)
			caps &= isupper((unsigned char)b[i]) != 0;
		long last = doc_prev(doc, k);
		if (!caps || last < (long)st->t0 || !doc->tok[last].cap)
			continue;
		/* the letters from the last, each a capitalised word's */
		long first = -1, j = last;
		size_t left = n;
		int bad = 0;
		while (j >= (long)st->t0 && left > 0 && !bad) {
			const struct doc_tok *u = &doc->tok[j];
			if (u->cap) {
				if (toupper((unsigned char)b[u->start]) !=
				    b[t->start + left - 1])
					break;
				left--;
				first = j;
				bad = doc_word_in(doc, (size_t)j, not_firm_initials,
						  ARRAY_SIZE(not_firm_initials));
			} else if (!(j < last &&
				     (is_connector(doc, (size_t)j) ||
				      doc_word_in(doc, (size_t)j, initials_joins,
						  ARRAY_SIZE(initials_joins))))) {
				break;
			}
			j = doc_prev(doc, (size_t)j);
		}
		if (bad || left > 0 || first < 0 || first == last ||
		    multilateral_word(doc, (size_t)first))
			continue;
		/* (a possessive inside is an owner's: "Ontario Teachers'
		 * Pension Plan (OTPP)" is cut there, so none) */
		for (size_t q = (size_t)first; q < (size_t)last && !bad;
		     q = doc_next(doc, q))
			bad = doc_possessive(doc, q);
		/* (nor a central bank: "Narodowy Bank Polski (NBP),
		 * Poland's central bank") */
		for (size_t q = doc_next(doc, k), w = 0; q + 1 < st->t1 &&
		     w < CENTRAL_BANK_WORDS && !bad; q = doc_next(doc, q), w++)
			bad = doc_word_is(doc, q, "central") &&
			      doc_word_is(doc, doc_next(doc, q), "bank");
		if (!bad)
			described_company(doc, (size_t)first, (size_t)last, 0);
	}
}

void names_find(struct doc *doc)
{
	/* body first, so a mixed-case spelling names a company before a
	 * capitals headline does */
	for (size_t pass = 0; pass < 2; pass++) {
		/* the body's names' short forms in brackets before the
		 * headline is read: its "IVL" is "Indorama Ventures Plc
		 * (IVL)" */
		if (pass == 1)
			for (size_t m = 0; m < doc->nment; m++)
				bracketed_acronym(doc, &doc->ment[m]);
		for (size_t s = 0; s < doc->nsent; s++) {
			const struct doc_sent *st = &doc->sent[s];
			if ((st->para == 0) != (pass == 1) ||
			    doc_boiler(doc, (uint32_t)s))
				continue;
			bracket_names(doc, st);
			listing_names(doc, st);
			prefix_names(doc, st);
			suffix_names(doc, st);
			bank_of_place_names(doc, st);
			bank_of_names(doc, st);
			station_names(doc, st);
			defined_short_names(doc, st);
		}
	}
	/* names already seen win over places: "Bank of New England" */
	short_mentions(doc);
	for (size_t s = 0; s < doc->nsent; s++)
		if (!doc_boiler(doc, (uint32_t)s)) {
			gazetteer_names(doc, &doc->sent[s]);
			town_names(doc, &doc->sent[s]);
		}
	/* then what the words around a name say it is, and its later
	 * mentions ("Nykaa, the online beauty platform, ...") */
	size_t nco = doc->nco;
	for (size_t s = 0; s < doc->nsent; s++) {
		const struct doc_sent *st = &doc->sent[s];
		if (!doc_boiler(doc, (uint32_t)s) && !st->title) {
			noun_before_names(doc, st);
			noun_after_names(doc, st);
			shares_in_names(doc, st);
			acronym_names(doc, st);
			initials_names(doc, st);
		}
	}
	if (doc->nco > nco)
		short_mentions(doc);
	for (size_t s = 0; s < doc->nsent; s++)
		if (!doc_boiler(doc, (uint32_t)s))
			person_names(doc, &doc->sent[s]);
	nco = doc->nco;
	lead_one_word_names(doc);
	if (doc->nco > nco)
		short_mentions(doc);
	fold_slips(doc);
	respell(doc);
	doc_index_mentions(doc);
}

void names_lexicon(struct doc *doc)
{
#define EACH(list, bits)                                                   \
	for (size_t i = 0; i < ARRAY_SIZE(list); i++)                     \
		doc_lexicon_word(doc, list[i], bits)
	EACH(suffixes, DOC_W_SUFFIX);
	EACH(stops, DOC_W_STOP);
	EACH(connectors, DOC_W_CONNECTOR);
	EACH(titles1, DOC_W_TITLE);
	EACH(org_nouns, DOC_W_ORG);
	/* and their plurals: "among the biggest machinery suppliers" */
	for (size_t i = 0; i < ARRAY_SIZE(org_nouns); i++) {
		char pl[64];
		size_t n = strlen(org_nouns[i]);
		if (n + 3 >= sizeof(pl))
			continue;
		if (n > 1 && org_nouns[i][n - 1] == 'y')
			snprintf(pl, sizeof(pl), "%.*sies", (int)(n - 1),
				 org_nouns[i]);
		else
			snprintf(pl, sizeof(pl), "%ss", org_nouns[i]);
		doc_lexicon_word(doc, pl, DOC_W_ORG);
	}
#undef EACH
}

static int by_mentions(const void *a, const void *b)
{
	const struct doc_name *x = a, *y = b;
	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* Number words a name may hold between its other words. */
static const char *const number_words[] = {
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
};

/* Whether the folded word w (wl bytes) is written capitalised between
 * two words of the name as written, c: " Five " in "Boston Five Cents". */
static int capitalised_between(const char *c, const char *w, size_t wl)
{
	for (const char *q = strchr(c, ' '); q; q = strchr(q + 1, ' '))
		if (!strncasecmp(q + 1, w, wl) && q[1 + wl] == ' ' &&
		    isupper((unsigned char)q[1]))
			return 1;
	return 0;
}

/* Whether the folded word w (wl bytes) opens or ends the name as written,
 * c, capitalised in a name of mixed case: "Nine" of "Nine Communications"
 * and of "Point Nine", not of "NINE WEST". */
static int capitalised_edge(const char *c, const char *w, size_t wl)
{
	size_t n = strlen(c);
	int lower = 0;
	for (size_t k = 0; k < n; k++)
		lower |= islower((unsigned char)c[k]);
	if (!lower || n <= wl)
		return 0;
	if (!strncasecmp(c, w, wl) && c[wl] == ' ' && isupper((unsigned char)c[0]))
		return 1;
	return c[n - wl - 1] == ' ' && !strncasecmp(c + n - wl, w, wl) &&
	       isupper((unsigned char)c[n - wl]);
}

/*
 * What the list of companies leaves out: a name whose words the rules
 * took from a headline or a phrase rather than a name.
 */
/* never a word of a company's name: verbs, function words, numbers,
 * securities and months */
static const char *const not_name_words[] = {
	"buy", "buys", "bought", "sell", "sells", "sold", "take", "takes",
	"taking", "took", "push", "pushes", "ahead", "with", "from", "to",
	"at", "for", "by", "not", "interested", "received", "receives",
	"terminates", "terminated", "approves", "approved", "appeals",
	"withdraws", "cuts", "alters", "sharply", "than", "better", "says",
	"said", "mulls", "seeks", "agrees", "plans", "completes", "ends",
	"raises", "lifts", "sets", "gets", "makes", "offers", "rejects",
	"eyes", "wins", "acquires", "merges", "proposed", "mln", "billion",
	"million", "pct", "percent", "per", "cent", "year", "years", "being",
	"was", "is", "are", "will", "would", "may", "its", "their", "his",
	"her", "up", "talks", "offering", "ipo", "transaction", "motion",
	"shareholders", "loan", "loans", "notes", "bonds", "debt",
	"debentures", "convertible", "convertibles", "blocked", "completed",
	"rule", "change", "merger", "firm", "maker", "refiner", "january",
	"february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday",
	"thursday", "friday", "factory", "station", "tv", "commission",
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "scraps", "scrap", "slump", "slumps", "drops",
	"abandons", "falls", "jumps", "soars", "surges", "plunges", "rises",
	"slides", "tumbles", "climbs", "gains", "sinks", "dives", "rallies",
	"slips", "downgrades", "upgrades", "affirms", "launching", "cuts",
	/* a flash's verbs of a dispute and of an answer: "GENCORP FILES
	 * SUIT AGAINST GENERAL PARTNERS OFFER" */
	"files", "filed", "sues", "sued", "suit", "lawsuit", "against",
	"over", "into", "urges", "denies", "confirms", "declines",
	"considers", "weighs", "studies", "seeking", "forming", "off",
	"separate",
	/* a sentence's quantifiers and the people it quotes: "Several
	 * analysts said ... the bid for Purolator" */
	"several", "many", "some", "most", "few", "both", "analysts",
	"analyst", "sources", "officials", "traders", "dealers",
};

/* words after a name that are not of it: "AGL Energy Rejects" */
static const char *const tail_words[] = {
	"unit", "units", "stake", "stakes", "shares", "bid", "bids", "rejects",
	"deal", "sale", "offer", "says", "plans", "completes", "agrees",
	"business", "property",
};

/* Whether token k is a word no company name has (not_name_words). */
static int not_name_token(const struct doc *doc, size_t k)
{
	return doc_word_in(doc, k, not_name_words, ARRAY_SIZE(not_name_words));
}

/* a name is not one of these alone */
static const char *const not_one_word[] = {
	"unit", "units", "insurance", "housing", "investors", "plant",
	"station", "business", "subsidiary", "paper", "chemicals", "cable",
	"property", "food", "seeds", "stores", "homes", "out", "go", "ups",
	"being", "back", "up", "down", "stop", "further", "high tech", "bid",
	"buys", "takes", "approves", "appeals", "offering", "talks", "ipo",
	"holder", "partnership", "group", "bank", "fund", "company",
	"factory", "hmo", "exchange", "regulation", "covid", "coronavirus",
	"packaging", "priced", "sec", "treasury", "rights", "proceeds",
	"savings", "securities", "pharmacy", "process", "telephone",
	"energy", "petroleum", "city", "county", "note", "each", "world",
	"minerals",
	"regional", "poultry",
	/* "Chapter 11 bankruptcy protection" */
	"chapter",
	/* the trade's abbreviations: "VC Round Led by", "domestic VCs",
	 * "a PE firm", "the JV" */
	"vc", "vcs", "pe", "jv", "spac", "lbo", "mbo", "reit", "sme", "smes",
	"esg", "fdi", "gdp", "ceo", "cfo", "m&a", "ai", "ev", "evs", "saas",
	/* an IPO's papers: "files DRHP for IPO", "the RHP", "OFS" */
	"drhp", "rhp", "udrhp", "ofs", "fpo",
	/* and the nouns a title-case headline capitalises: "Startup Raises
	 * Money", "Led by Atinum Investment" of the body's name */
	"investment", "investments", "ventures", "capital", "studios",
	"money", "startup", "startups", "start-up", "firm", "firms",
	"lender", "investor", "fintech", "funding",
	/* a date's month ("between Feb 3 and March 2") */
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "january", "february", "march", "april", "june",
	"july", "august", "september", "october", "november", "december",
};

/* Whether text[q, q + n) is a whole word. */
static int whole_word(const char *s, size_t len, size_t q, size_t n)
{
	return (q == 0 || !isalnum((unsigned char)s[q - 1])) &&
	       (q + n >= len || !isalnum((unsigned char)s[q + n]));
}

/*
 * A one-word name as the text spells it: "BIM", not "Bim" re-cased by
 * a rule that read it in a headline, when the text never writes "Bim".
 */
static void one_word_spelling(const struct doc *doc, char *c)
{
	size_t n = strlen(c);
	const char *s = doc->text.buf;
	size_t len = doc->text.len;
	if (n < 2 || strchr(c, ' '))
		return;
	size_t caps_at = len;
	for (size_t q = 0; q + n <= len; q++) {
		if (strncasecmp(s + q, c, n) || !whole_word(s, len, q, n))
			continue;
		/* a headline in capitals spells no name: "ZAYRE CORP 4TH
		 * QTR SHR" sent alone is Zayre's */
		size_t tk = doc_tok_at(doc, q);
		if (tk < doc->ntok && doc->sent[doc->tok[tk].sent].caps)
			continue;
		if (!memcmp(s + q, c, n))
			return;
		int upper = 1;
		for (size_t k = 0; k < n; k++)
			upper &= !islower((unsigned char)s[q + k]);
		if (upper && caps_at == len)
			caps_at = q;
	}
	if (caps_at < len)
		memcpy(c, s + caps_at, n);
}

/* A company's name as the list gives it, cleaned, or NULL to leave it
 * out; `pe`: the article's people. */
/* "Borg-Warner (Australia" (of "Borg-Warner (Australia) Ltd", cut before
 * its suffix): a bracket the name opens is closed. */
static char *closed(char *c)
{
	int open = 0;
	for (const char *q = c; *q; q++)
		open += *q == '(' ? 1 : *q == ')' ? -1 : 0;
	if (open <= 0)
		return c;
	size_t n = strlen(c);
	char *r = xrealloc(c, n + (size_t)open + 1);
	memset(r + n, ')', (size_t)open);
	r[n + (size_t)open] = 0;
	return r;
}

/*
 * Whether the story writes word [w, w + n) (folded) by itself elsewhere: a
 * capitalised word with no possessive, between words that are no capitals
 * ("Icahn was unavailable for comment"), as a person or a company named
 * by one word is written ("Moody's" and "Wendy's" never are).
 */
static int alone_elsewhere(const struct doc *doc, const char *w, size_t n)
{
	for (size_t k = 0; k < doc->ntok; k++) {
		const struct doc_tok *t = &doc->tok[k];
		if (!t->cap || t->wl != n || memcmp(doc_word(doc, k), w, n) ||
		    doc->sent[t->sent].caps || doc_possessive(doc, k))
			continue;
		long p = doc_prev(doc, k);
		size_t nx = doc_next(doc, k);
		if ((p < 0 || doc->tok[p].sent != t->sent || !doc->tok[p].cap) &&
		    (nx >= doc->ntok || doc->tok[nx].sent != t->sent ||
		     !doc->tok[nx].cap))
			return 1;
	}
	return 0;
}

/*
 * Whether the words of key [key, key + n) before a possessive are an
 * owner's, not the first words of the name `rest` they stand before:
 * a legal form ("Textron Inc's Bell Helicopter Textron"), a person the
 * story names, a word it writes by itself elsewhere ("Icahn was
 * unavailable ... Icahn's Transworld Airlines") or another company it
 * names ("Nacco's North American Coal").
 */
static int owner_key(const struct doc *doc, const char *key, size_t n,
		     const char *rest)
{
	/* "Cyclops' Industrial", "Lear's Aerospace": one generic word
	 * left is no name (after a legal form it is: "Co's Entertainment") */
	static const char *const generic_rest[] = {
		"industrial", "industries", "holdings", "services", "systems",
		"products", "enterprises", "resources", "capital", "group",
		"aerospace", "entertainment", "electronics", "chemicals",
	};
	if (!memchr(key, ' ', n) && in_list(key, n, suffixes,
					     ARRAY_SIZE(suffixes)))
		return 1;
	/* "Hutton's PC Acquisition": a vehicle's name says whose it is only
	 * with its owner */
	size_t rl = strlen(rest);
	if ((rl >= 12 && !strcasecmp(rest + rl - 12, " Acquisition")) ||
	    (rl >= 13 && !strcasecmp(rest + rl - 13, " Acquisitions")))
		return 0;
	if (!strchr(rest, ' ')) {
		char low[32];
		size_t i = 0;
		for (; i < rl && i + 1 < sizeof(low); i++)
			low[i] = (char)tolower((unsigned char)rest[i]);
		low[i] = 0;
		if (in_list(low, i, generic_rest, ARRAY_SIZE(generic_rest)) ||
		    in_list(low, i, generic_first, ARRAY_SIZE(generic_first)))
			return 0;
	}
	for (size_t p = 0; p < doc->npe; p++) {
		const char *k = doc->pe[p].key, *sp = strrchr(k, ' ');
		const char *last = sp ? sp + 1 : k;
		if (doc->pe[p].mentions &&
		    ((strlen(k) == n && !memcmp(k, key, n)) ||
		     (strlen(last) == n && !memcmp(last, key, n))))
			return 1;
	}
	if (!memchr(key, ' ', n) && alone_elsewhere(doc, key, n))
		return 1;
	/* another company the story names (not the name itself) */
	for (size_t i = 0; i < doc->nco; i++) {
		const char *k = doc->co[i].key;
		if (doc->co[i].mentions && strlen(k) == n &&
		    !memcmp(k, key, n) && strncasecmp(doc->co[i].name, rest, rl))
			return 1;
	}
	return 0;
}

/* Words before a surname that make it the person's: "Mr Morrison". */
static const char *const courtesy_titles[] = {"mr", "mrs", "ms", "dr"};

/*
 * Whether the one word w (folded, n bytes) is the surname of a person the
 * story names in full ("Treasurer Scott Morrison") and the text never
 * uses it but in that name or after a courtesy title ("Mr Morrison"):
 * the headline's "Morrison blocks Chinese bids" names the person, not a
 * firm.  "Dell" beside "Michael Dell" stays a firm when the story also
 * writes it alone ("Dell said").
 */
static int person_surname(const struct doc *doc, const char *w, size_t n)
{
	int named = 0;
	for (size_t p = 0; !named && p < doc->npe; p++) {
		const char *k = doc->pe[p].key;
		size_t kl = strlen(k);
		named = doc->pe[p].mentions && kl > n + 1 &&
			k[kl - n - 1] == ' ' && !memcmp(k + kl - n, w, n);
	}
	if (!named)
		return 0;
	for (size_t k = 0; k < doc->ntok; k++) {
		if (doc->tok[k].wl != n || strncasecmp(doc_word(doc, k), w, n) ||
		    doc->sent[doc->tok[k].sent].para == 0)
			continue;
		int in_person = 0;
		for (size_t m = 0; !in_person && m < doc->nment; m++)
			in_person = doc->ment[m].kind == DOC_PERSON &&
				    doc->ment[m].t0 <= k && k < doc->ment[m].t1;
		long pv = doc_prev(doc, k);
		if (!in_person && !(pv >= 0 && doc_word_in(doc, (size_t)pv,
					courtesy_titles,
					ARRAY_SIZE(courtesy_titles))))
			return 0;
	}
	return 1;
}

/* Whether the text between tokens a and b holds a dash, "-" or an em
 * dash (a dateline's: "SANTIAGO — Equinix"). */
static int dash_gap(const struct doc *doc, size_t a, size_t b)
{
	const char *s = doc->text.buf;
	for (size_t q = doc->tok[a].end; q < doc->tok[b].start; q++)
		if (s[q] == '-' || (q + 3 <= doc->tok[b].start &&
				    !memcmp(s + q, "\xe2\x80\x94", 3)))
			return 1;
	return 0;
}

/* The deal verbs and nouns a one-word company stands beside in a lead:
 * "Equinix has completed the purchase of", "agreed to acquire Avito" (a
 * thing invested in may be a product: "invest in Ozempic output"). */
static const char *const lead_deal_stems[] = {
	"acquir", "acquisit", "buy", "bought", "purchas", "takeov", "sell",
	"sold", "merg", "merger", "invest", "stake",
};
static const char *const lead_object_stems[] = {
	"acquir", "acquisit", "buy", "bought", "purchas", "takeov", "merg",
	"merger", "stake",
};
/* The words a one-word company's own deal verb may follow it by: "has
 * completed the purchase", "agreed to buy" (not another's verb on the
 * deal: "Xi has approved the acquisition", "Brexit has hit investment",
 * "Biden has blocked the purchase"). */
static const char *const lead_verb_fillers[] = {
	"has", "have", "had", "will", "would", "is", "was", "to", "agreed",
	"agrees", "plans", "planned", "completed", "completes", "the", "a",
	"an", "said", "it", "set", "signed", "announced", "also", "be",
	"been", "finalised", "finalized", "closed", "closes", "made", "makes",
	"launched", "launches",
	/* its own plans: "Prada is moving closer to buying Versace" */
	"moving", "moves", "closer", "close", "nears", "nearing", "near",
	"in", "talks", "seeks", "seeking", "looking", "looks", "wants",
	"aims", "expected", "poised", "likely", "plan", "preparing",
	"considering", "weighing", "exploring", "offered", "offers",
};
/* The most words between a one-word subject and its deal verb ("has
 * agreed to buy"), all in lower case. */
#define LEAD_VERB_WORDS 4

/* Whether the one word at token i is written in the headline, capitalised
 * in a body sentence after a word in lower case, and never in lower case:
 * the way a company's one-word name is written. */
static int written_as_name(const struct doc *doc, size_t i)
{
	const char *w = doc_word(doc, i);
	size_t n = doc->tok[i].wl;
	int head = 0, mid = 0;
	for (size_t k = 0; k < doc->ntok; k++) {
		const struct doc_tok *t = &doc->tok[k];
		if (t->wl != n || strncasecmp(doc_word(doc, k), w, n))
			continue;
		if (!t->cap)
			return 0;
		const struct doc_sent *st = &doc->sent[t->sent];
		if (st->para == 0) {
			head = 1;
			continue;
		}
		long p = doc_prev(doc, k);
		/* (or after a clause's comma: "in March, Equinix had") */
		mid |= k != i && p >= (long)st->t0 &&
		       ((!doc->tok[p].cap && (doc->tok[p].flags & ANA_ALPHA) &&
			 gap_is(doc, (size_t)p, k, " \n")) ||
			(gap_is(doc, (size_t)p, k, ", \n") &&
			 doc_gap_has(doc, (size_t)p, k, ',')));
	}
	return head && mid;
}

/* Whether token i may be a company named by one word: a capital, no
 * stop, place, person or word no name is alone. */
static int one_word_candidate(struct doc *doc, size_t i)
{
	const struct doc_tok *t = &doc->tok[i];
	/* (a word in capitals is an acronym's, or a capitals lead's:
	 * "COMFORTDELGRO will acquire Addison Lee") */
	int lower = 0;
	for (size_t k = t->start; k < t->end; k++)
		lower |= islower((unsigned char)doc->text.buf[k]) ||
			 isdigit((unsigned char)doc->text.buf[k]);
	if (!lower || !t->cap || t->wl < 2 || doc->in_name[i] ||
	    is_stop(doc, i) ||
	    doc_word_in(doc, i, not_one_word, ARRAY_SIZE(not_one_word)) ||
	    gaz_at(doc, i, i + 1) || (t->wcls & (DOC_W_TITLE | DOC_W_ORG)) ||
	    doc_possessive(doc, i))
		return 0;
	for (size_t m = 0; m < doc->nment; m++)
		if (doc->ment[m].t0 <= i && i < doc->ment[m].t1)
			return 0;
	char w[64];
	size_t n = t->wl < sizeof(w) ? t->wl : sizeof(w) - 1;
	for (size_t k = 0; k < n; k++)
		w[k] = (char)tolower((unsigned char)doc_word(doc, i)[k]);
	return !person_surname(doc, w, n) && written_as_name(doc, i);
}

/*
 * The lead's one-word companies: "Equinix has completed the purchase of
 * four data centres" (the word before a deal verb, a few words in lower
 * case between) or "agreed to acquire Avito" (the word right after one,
 * or after its "of" or "in"), when the headline writes the word too and
 * the body writes it as a name elsewhere (capitalised after a word in
 * lower case, never in lower case itself).
 */
static void lead_one_word_names(struct doc *doc)
{
	size_t s = 0;
	/* (past a dateline read as a sentence of its own: "SANTIAGO —") */
	while (s < doc->nsent && (doc->sent[s].para == 0 ||
				  doc_boiler(doc, (uint32_t)s) ||
				  (doc->sent[s].caps &&
				   doc->sent[s].t1 - doc->sent[s].t0 <= 3)))
		s++;
	if (s >= doc->nsent)
		return;
	const struct doc_sent *st = &doc->sent[s];
	if (st->caps)
		return;
	for (size_t i = st->t0; i < st->t1; i = doc_next(doc, i)) {
		if (!doc->tok[i].cap || doc->tok[i].digit)
			continue;
		long p = doc_prev(doc, i);
		size_t nx = doc_next(doc, i);
		/* the word after a deal verb, or its "of" or "in" */
		int object = 0;
		if (p >= (long)st->t0 && gap_is(doc, (size_t)p, i, " \n")) {
			long v = p;
			if ((doc_word_is(doc, (size_t)p, "of") ||
			     doc_word_is(doc, (size_t)p, "in")) &&
			    doc_prev(doc, (size_t)p) >= (long)st->t0)
				v = doc_prev(doc, (size_t)p);
			/* (not a thing bought: "its newly acquired Silkworm
			 * anti-shipping missile") */
			static const char *const things[] = {
				"its", "the", "a", "newly", "recently", "their",
				"his", "her", "our",
			};
			long b = doc_prev(doc, (size_t)v);
			object = doc_stem_in(doc, (size_t)v, lead_object_stems,
					     ARRAY_SIZE(lead_object_stems)) &&
				 !(b >= (long)st->t0 &&
				   doc_word_in(doc, (size_t)b, things,
					       ARRAY_SIZE(things)));
		}
		/* (a name's first word: "Thai Oil") */
		if (object && nx < st->t1 && doc->tok[nx].cap &&
		    gap_is(doc, i, nx, " \n"))
			continue;
		/* (a word of a name written with a joiner: "San/Bar") */
		const char *tx = doc->text.buf;
		if ((doc->tok[i].end < doc->text.len && tx[doc->tok[i].end] &&
		     strchr("/&-", tx[doc->tok[i].end])) ||
		    (doc->tok[i].start > 0 && tx[doc->tok[i].start - 1] &&
		     strchr("/&-", tx[doc->tok[i].start - 1])))
			continue;
		/* the subject opens the lead, or follows its dateline */
		int subject = 0;
		if (!object && (p < (long)st->t0 || dash_gap(doc, (size_t)p, i))) {
			size_t k = nx;
			for (int w = 0; k < st->t1 && w <= LEAD_VERB_WORDS;
			     w++, k = doc_next(doc, k)) {
				if (doc->tok[k].cap || doc->tok[k].digit ||
				    !gap_is(doc, doc_prev(doc, k) < 0 ? k :
					    (size_t)doc_prev(doc, k), k, " \n"))
					break;
				if (doc_stem_in(doc, k, lead_deal_stems,
						ARRAY_SIZE(lead_deal_stems))) {
					subject = 1;
					break;
				}
				if (!doc_word_in(doc, k, lead_verb_fillers,
						 ARRAY_SIZE(lead_verb_fillers)))
					break;
			}
		}
		if ((object || subject) && one_word_candidate(doc, i))
			described_company(doc, i, i, 0);
	}
}

/* Whether the text writes the name n (len bytes, ending in "'s") right
 * before a corporate suffix: "Alexander's Inc", "Lowe's Cos". */
static int own_s_in_text(const struct doc *doc, const char *n, size_t len)
{
	static const char *const own_suffixes[] = {
		"Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "PLC", "LLC",
	};
	const char *s = doc->text.buf, *end = s + doc->text.len;
	for (const char *q = s; q + len < end; q++) {
		q = memchr(q, n[0], (size_t)(end - q) - len);
		if (!q)
			break;
		if (memcmp(q, n, len) || q[len] != ' ' ||
		    (q > s && isalnum((unsigned char)q[-1])))
			continue;
		const char *w = q + len + 1;
		for (size_t i = 0; i < ARRAY_SIZE(own_suffixes); i++) {
			size_t sl = strlen(own_suffixes[i]);
			if (w + sl <= end && !memcmp(w, own_suffixes[i], sl) &&
			    (w + sl == end ||
			     !isalnum((unsigned char)w[sl])))
				return 1;
		}
	}
	return 0;
}

static char *list_name_as(const struct doc *doc, const char *name,
			  int person_ok)
{
	const struct gaz *g = doc->g;
	size_t n = strlen(name);
	if (memchr(name, '<', n) || memchr(name, '>', n))
		return NULL;
	char *c = xstrndup(name, n);
	for (size_t i = 0; i < n; i++)
		if (c[i] == '\n' || c[i] == '\r' || c[i] == '\t')
			c[i] = ' ';
	size_t a = 0;
	/* "SINGAPORE - Acme": a dateline before the name */
	const char *dash = strstr(c, " - ");
	if (!dash)
		dash = strstr(c, " \xE2\x80\x93 ");
	if (dash) {
		int caps = 1;
		for (const char *q = c; q < dash; q++)
			caps &= !islower((unsigned char)*q);
		if (!caps)
			goto drop;
		a = (size_t)(dash - c) + (dash[1] == '-' ? 3 : 5);
	}
	/* "29 Wockhardt", "1,647,481 Fairchild": a number before it */
	while (a < n && (isdigit((unsigned char)c[a]) || c[a] == ',')) {
		size_t k = a;
		while (k < n && (isdigit((unsigned char)c[k]) || c[k] == ',' ||
				 c[k] == '.'))
			k++;
		if (k >= n || c[k] != ' ')
			break;
		a = k + 1;
		/* "50 of Sears Roebuck's branches": a count of the firm's */
		if (n > a + 3 && !memcmp(c + a, "of ", 3))
			a += 3;
	}
	/* "France's Carrefour", "Netherlands' SHV", "Brazils Sao Martinho":
	 * a place's possessive before it */
	for (size_t k = a; k < n; k++) {
		if (c[k] != ' ')
			continue;
		size_t e = k;
		if (e >= a + 2 && c[e - 2] == '\'' && c[e - 1] == 's')
			e -= 2;
		else if (e >= a + 4 && !memcmp(c + e - 4, "\xE2\x80\x99s", 4))
			e -= 4;
		else if (e >= a + 3 && !memcmp(c + e - 3, "\xE2\x80\x99", 3))
			e -= 3;
		else if (e >= a + 1 && c[e - 1] == '\'')
			e -= 1;
		else if (e >= a + 1 && c[e - 1] == 's')
			e -= 1;
		else
			continue;
		int apostrophe = e < k && c[e] != 's';
		struct buf key = {0};
		buf_init(&key, 32);
		gaz_key(g, c + a, e - a, &key);
		const struct gaz_entry *ge = key.len ?
			gaz_lookup(g, key.buf, key.len) : NULL;
		int owner = apostrophe && key.len &&
			    owner_key(doc, key.buf, key.len, c + k + 1);
		buf_release(&key);
		if (owner ||
		    (ge && (ge->kind == GAZ_PLACE || ge->kind == GAZ_REGION))) {
			a = k + 1;
			break;
		}
	}
	size_t e = n;
	while (e > a && c[e - 1] == ' ')
		e--;
	/* "Teck Hock and" (of "Teck Hock and Co"): a connector at the end */
	for (;;) {
		size_t w = e;
		while (w > a && c[w - 1] != ' ')
			w--;
		int conn = (e - w == 3 && !strncasecmp(c + w, "and", 3)) ||
			   (e - w == 2 && !strncasecmp(c + w, "of", 2)) ||
			   (e - w == 1 && c[w] == '&');
		if (w <= a || !conn)
			break;
		e = w;
		while (e > a && c[e - 1] == ' ')
			e--;
	}
	/* "Sosnoff's", not a name's own "'s" ("Alexander's Inc") */
	if (e >= a + 3 && c[e - 2] == '\'' && c[e - 1] == 's' &&
	    !own_s_in_text(doc, c + a, e - a))
		e -= 2;
	else if (e >= a + 5 && !memcmp(c + e - 4, "\xE2\x80\x99s", 4))
		e -= 4;
	if (e <= a)
		goto drop;
	memmove(c, c + a, e - a);
	c[e - a] = 0;
	one_word_spelling(doc, c);
	struct buf key = {0};
	buf_init(&key, 64);
	unsigned words = gaz_key(g, c, strlen(c), &key);
	/* "AGL Energy Rejects", "Krestmark Unit": the words after it */
	while (words > 1) {
		char *sp = strrchr(key.buf, ' ');
		char *csp = strrchr(c, ' ');
		if (!sp || !csp || !in_list(sp + 1, strlen(sp + 1), tail_words,
					    ARRAY_SIZE(tail_words)))
			break;
		*sp = 0;
		key.len = (size_t)(sp - key.buf);
		while (csp > c && csp[-1] == ' ')
			csp--;
		*csp = 0;
		words--;
	}
	if (in_list(key.buf, key.len, not_one_word, ARRAY_SIZE(not_one_word)))
		words = 0;
	/* one letter, or a word that never names ("The") */
	int stop = smap_get(doc->lex_word, key.buf, key.len);
	if (key.len < 2 || (stop >= 0 && ((uint32_t)stop & DOC_W_STOP)))
		words = 0;
	int bad = !key.len || words == 0;
	/* a place ("Canada"), a known or found person */
	const struct gaz_entry *ge = bad ? NULL :
		gaz_lookup(g, key.buf, key.len);
	if (ge && (ge->kind == GAZ_REGION ||
		   (ge->kind == GAZ_PERSON && !person_ok) ||
		   (ge->kind == GAZ_PLACE &&
		    gaz_place(g, ge->id)->kind == GAZ_COUNTRY)))
		bad = 1;   /* "Canada", "Asia", a known person */
	/* "JAKARTA", "Tenn": a place in capitals, a dateline's state */
	if (!bad && words == 1) {
		int lower = 0;
		for (const char *q = c; *q; q++)
			lower |= islower((unsigned char)*q);
		if ((ge && ge->kind == GAZ_PLACE && !lower) ||
		    (!ge && gaz_lookup_dateline(g, key.buf, key.len)))
			bad = 1;
	}
	for (size_t p = 0; !bad && !person_ok && p < doc->npe; p++)
		bad = doc->pe[p].mentions && !strcmp(doc->pe[p].key, key.buf);
	if (!bad && !person_ok && words == 1)
		bad = person_surname(doc, key.buf, key.len);
	/* word by word: no verb or phrase word, not suffixes alone ("AT&T",
	 * "S&P": initials glued by "&" are the name's, whatever words they
	 * spell) */
	const char *amp = strchr(c, '&');
	int glued = amp && amp > c && isalnum((unsigned char)amp[-1]) &&
		    isalnum((unsigned char)amp[1]);
	unsigned suffix_words = 0, alpha_words = 0;
	for (size_t i = 0; !bad && i < key.len;) {
		size_t j = i;
		while (j < key.len && key.buf[j] != ' ')
			j++;
		const char *w = key.buf + i;
		size_t wl = j - i;
		if (glued && wl <= 2) {
			alpha_words++;
			i = j + 1;
			continue;
		}
		/* "loan" is no name's word, but of a thrift's: "Coast
		 * Savings and Loan Association" */
		/* "Bancroft Convertible Fund": a fund of convertible
		 * securities, named so */
		int fund = wl == 11 && !memcmp(w, "convertible", 11) &&
			   key.len >= 5 &&
			   !memcmp(key.buf + key.len - 5, " fund", 5);
		/* "WOR-TV": a station's band, its name's */
		if (call_sign(c, strlen(c)))
			fund = 1;
		if (!fund &&
		    in_list(w, wl, not_name_words, ARRAY_SIZE(not_name_words)) &&
		    !(wl == 4 && !memcmp(w, "loan", 4) && i >= 12 &&
		      !memcmp(w - 12, "savings and ", 12) &&
		      (j == key.len || !strncmp(w + wl, " association", 12) ||
		       /* "First Federal Savings and Loan of Ridgecrest" */
		       (i > 12 && !strncmp(w + wl, " of ", 4)))) &&
		    /* "May Petroleum": a name's first word, capitalised */
		    !(wl == 3 && !memcmp(w, "may", 3) && i == 0 &&
		      j < key.len && !strncmp(c, "May ", 4)) &&
		    /* "Magic Years Child Care and Learning Centers Inc":
		     * after a name's word, capitalised */
		    !(wl == 5 && !memcmp(w, "years", 5) && i > 0 &&
		      strstr(c, " Years")) &&
		    /* "Deloitte Haskins and Sells": a partner's name, the
		     * last after "and", capitalised in mixed case */
		    !(j == key.len && i >= 5 && !memcmp(w - 5, " and ", 5) &&
		      capitalised_edge(c, w, wl)) &&
		    /* "Banc One", "Thana Power One": after a name's word */
		    !(wl == 3 && !memcmp(w, "one", 3) && i > 0 &&
		      (strstr(c, " One ") ||
		       (strlen(c) > 4 && !strcmp(c + strlen(c) - 4, " One"))))
		    /* "Boston Five Cents Savings Bank": a number between a
		     * name's words, capitalised; "Nine Communications",
		     * "Point Nine": at a name's edge too, in a name of more
		     * words in mixed case */
		    && !((i > 0 || j < key.len) &&
			 (capitalised_between(c, w, wl) ||
			  capitalised_edge(c, w, wl)) &&
			 in_list(w, wl, number_words, ARRAY_SIZE(number_words))))
			bad = 1;
		if (in_list(w, wl, suffixes, ARRAY_SIZE(suffixes)))
			suffix_words++;
		int alpha = 0, other = 0;
		for (size_t k = 0; k < wl; k++) {
			unsigned char ch = (unsigned char)w[k];
			alpha |= isalpha(ch) || ch >= 0x80;
			other |= !isalnum(ch) && ch < 0x80;
		}
		alpha_words += alpha;
		if (!alpha && other)
			bad = 1;   /* "7-5/8" */
		i = j + 1;
	}
	if (!bad && (suffix_words == words || alpha_words == 0))
		bad = 1;
	/* "Pike County", "Los Angeles County": a county is a place */
	if (!bad && words > 1 && key.len > 7 &&
	    !strcmp(key.buf + key.len - 7, " county"))
		bad = 1;
	/* "U.S" of "a group of U.S. Companies": a place alone names no
	 * firm (its last dot may have gone with the suffix) */
	if (!bad) {
		const struct gaz_entry *pl = gaz_lookup(g, key.buf, key.len);
		size_t cl = strlen(c);
		if (!pl && cl > 2 && c[cl - 2] == '.') {
			char *dotted = xmalloc(cl + 2);
			memcpy(dotted, c, cl);
			memcpy(dotted + cl, ".", 2);
			struct buf dk = {0};
			buf_init(&dk, 16);
			gaz_key(g, dotted, cl + 1, &dk);
			pl = gaz_lookup(g, dk.buf, dk.len);
			buf_release(&dk);
			free(dotted);
		}
		bad = pl && (pl->kind == GAZ_PLACE || pl->kind == GAZ_REGION);
	}
	/* "CRFB3", "6806": a ticker or a number, not a name (a fund's
	 * short name of two or three capitals and its number is one:
	 * "AP1", Sweden's first pension fund) */
	if (!bad && words == 1) {
		size_t k = 0, cl = strlen(c);
		while (k < cl && isupper((unsigned char)c[k]))
			k++;
		size_t d = k;
		while (d < cl && isdigit((unsigned char)c[d]))
			d++;
		bad = d == cl && d > k && (k == 0 || k >= 4);
	}
	/* "unp": a name has a capital ("Żabka" too) */
	int upper = 0;
	for (const char *q = c; *q; q++)
		upper |= isupper((unsigned char)*q) || isdigit((unsigned char)*q) ||
			 ((unsigned char)*q >= 0x80 && ana_upper(q, strlen(q)));
	bad |= !upper;
	buf_release(&key);
	if (!bad)
		return closed(c);
drop:
	free(c);
	return NULL;
}

/* A name fit for the company list: no person, place or phrase word. */
static char *list_name(const struct doc *doc, const char *name)
{
	return list_name_as(doc, name, 0);
}

static void names_list(struct doc_name *v, size_t n, char ***out, size_t *nout)
{
	struct doc_name *sorted = xmalloc((n ? n : 1) * sizeof(*sorted));
	if (n) {
		memcpy(sorted, v, n * sizeof(*v));
		qsort(sorted, n, sizeof(*sorted), by_mentions);
	}
	*out = xcalloc(n ? n : 1, sizeof(**out));
	*nout = 0;
	for (size_t i = 0; i < n; i++)
		if (sorted[i].mentions)
			(*out)[(*nout)++] = xstrdup(sorted[i].name);
	free(sorted);
}

/* Whether `a` spells the initials of `name`: "SMG", "Star Media Group". */
static int initials_of(const char *a, const char *name)
{
	size_t n = strlen(a), k = 0;
	if (n < 2)
		return 0;
	const char *q = name;
	while (*q) {
		while (*q == ' ' || *q == '-')
			q++;
		if (!*q)
			break;
		int skip = (!strncmp(q, "and ", 4) || !strncmp(q, "of ", 3) ||
			    !strncmp(q, "the ", 4) || !strncmp(q, "& ", 2));
		if (!skip) {
			if (k >= n || toupper((unsigned char)*q) !=
				      toupper((unsigned char)a[k]))
				return 0;
			k++;
		}
		while (*q && *q != ' ' && *q != '-')
			q++;
	}
	return k == n;
}

/* Whether company i of the list only repeats others: an acronym of
 * another ("SMG" beside "Star Media Group", or written in brackets
 * after a name: "Mega Sawit Sriwijaya (MSS)") or two of them joined
 * ("ZKW and LG"). */
/*
 * Whether c is a two-character short form ("GN", "SM", "M1": capitals or
 * digits, a letter among them) and names[0, n) (skipping index self)
 * holds exactly one name it opens as a word ("GN Store Nord", "SM
 * Entertainment"): that name's index, else -1.  Two such ("SK Group",
 * "SK Hynix") leave it open.
 */
static long two_letter_owner(const char *c, char *const *names, size_t n,
			     size_t self)
{
	if (strlen(c) != 2 || !(isupper((unsigned char)c[0]) ||
				isupper((unsigned char)c[1])))
		return -1;
	for (size_t i = 0; i < 2; i++)
		if (!isupper((unsigned char)c[i]) &&
		    !isdigit((unsigned char)c[i]))
			return -1;
	long found = -1;
	for (size_t k = 0; k < n; k++) {
		if (k == self || !names[k] || strncmp(names[k], c, 2) ||
		    names[k][2] != ' ')
			continue;
		if (found >= 0)
			return -1;
		found = (long)k;
	}
	return found;
}

/*
 * Whether the body writes the name `full` before it writes its short form
 * c alone: "GN Store Nord is buying ... GN will combine" (a short form
 * defined by use), not "LG will buy ... affiliate LG Display" (the
 * parent's name first, its affiliate's after).  A short form only the
 * headline writes counts as defined.
 */
static int full_name_first(const struct doc *doc, const char *c,
			   const char *full)
{
	size_t body = 0;
	for (size_t s = 0; s < doc->nsent; s++)
		if (doc->sent[s].para != 0) {
			body = doc->tok[doc->sent[s].t0].start;
			break;
		}
	const char *t = doc->text.buf;
	size_t n = doc->text.len, cl = strlen(c), fl = strlen(full);
	for (size_t p = body; p + cl <= n; p++) {
		if (memcmp(t + p, c, cl) ||
		    (p > 0 && isalnum((unsigned char)t[p - 1])) ||
		    (p + cl < n && isalnum((unsigned char)t[p + cl])))
			continue;
		return p + fl <= n && !memcmp(t + p, full, fl);
	}
	return 1;
}

/* Whether the two characters of c are a name the gazetteer knows. */
static int known_short(const struct doc *doc, const char *c)
{
	char low[3] = {(char)tolower((unsigned char)c[0]),
		       (char)tolower((unsigned char)c[1]), '\0'};
	return gaz_lookup(doc->g, low, 2) != NULL;
}

static int repeats_others(const struct doc *doc, const struct tags *t,
			  size_t i)
{
	const char *c = t->companies[i];
	size_t cl = strlen(c);
	/* "Berlian Inti Mekar (BIM)": an acronym in brackets after a name */
	if (cl >= 2 && cl <= 6 && !strchr(c, ' ')) {
		const char *s = doc->text.buf, *end = s + doc->text.len;
		for (const char *q = s; q + cl + 2 <= end &&
		     (q = memchr(q, '(', (size_t)(end - q) - cl - 1)) != NULL;
		     q++)
			if (q[cl + 1] == ')' && !strncasecmp(q + 1, c, cl) &&
			    q > s + 1 && isspace((unsigned char)q[-1]) &&
			    isalpha((unsigned char)q[-2]))
				return 1;
	}
	for (size_t k = 0; k < t->ncompanies; k++)
		if (k != i && t->companies[k] && !strchr(c, ' ') &&
		    strlen(c) <= 6 && initials_of(c, t->companies[k]))
			return 1;
	/* "GN" of a headline beside "GN Store Nord" (not "BP", a company
	 * the gazetteer knows, beside "BP America") */
	long longer = two_letter_owner(c, t->companies, t->ncompanies, i);
	if (longer >= 0 && !known_short(doc, c) &&
	    full_name_first(doc, c, t->companies[longer]))
		return 1;
	const char *and = strstr(c, " and ");
	if (!and)
		return 0;
	for (size_t k = 0; k < t->ncompanies; k++) {
		const char *o = t->companies[k];
		if (k == i || !o)
			continue;
		size_t ol = strlen(o);
		if ((!strncasecmp(c, o, ol) && c + ol == and) ||
		    !strcasecmp(and + 5, o))
			return 1;
	}
	return 0;
}

void names_out(const struct doc *doc, struct tags *t)
{
	names_list(doc->co, doc->nco, &t->companies, &t->ncompanies);
	size_t keep = 0;
	for (size_t i = 0; i < t->ncompanies; i++) {
		char *c = list_name(doc, t->companies[i]);
		free(t->companies[i]);
		if (!c)
			continue;
		int dup = 0;
		for (size_t k = 0; k < keep && !dup; k++)
			dup = !strcmp(t->companies[k], c);
		if (dup)
			free(c);
		else
			t->companies[keep++] = c;
	}
	t->ncompanies = keep;
	keep = 0;
	for (size_t i = 0; i < t->ncompanies; i++) {
		if (repeats_others(doc, t, i)) {
			free(t->companies[i]);
			t->companies[i] = NULL;
		}
	}
	for (size_t i = 0; i < t->ncompanies; i++)
		if (t->companies[i])
			t->companies[keep++] = t->companies[i];
	t->ncompanies = keep;
	/* the deal's parties (cleaned by names_clean_deal()), after the
	 * names the text repeats; a party named by its acronym in brackets
	 * after its name is listed once */
	size_t listed = t->ncompanies;
	for (size_t i = 0; i < t->deal.nroles; i++) {
		const char *n = t->deal.roles[i].name;
		char *as_company = list_name(doc, n);
		int company = as_company != NULL;
		free(as_company);
		if (!company)
			continue;   /* a person who buys is no company */
		int dup = 0;
		for (size_t k = 0; k < t->ncompanies && !dup; k++)
			dup = !strcmp(t->companies[k], n);
		if (dup)
			continue;
		t->companies = xrealloc(t->companies, (t->ncompanies + 1) *
					sizeof(*t->companies));
		t->companies[t->ncompanies++] = xstrdup(n);
	}
	keep = listed;
	for (size_t i = listed; i < t->ncompanies; i++) {
		if (repeats_others(doc, t, i)) {
			free(t->companies[i]);
			t->companies[i] = NULL;
		} else {
			t->companies[keep++] = t->companies[i];
		}
	}
	t->ncompanies = keep;
	names_list(doc->pe, doc->npe, &t->people, &t->npeople);
}

/* Clean one role's name in place; a name that is none becomes NULL. */
/* A party's name cleaned as the company list's; a person may be a party
 * that buys, sells or invests ("takeover bid by investor Martin
 * Sosnoff"), never one that is bought. */
static void clean_role(const struct doc *doc, char **name, int person_ok)
{
	if (!*name)
		return;
	char *c = list_name_as(doc, *name, person_ok);
	free(*name);
	*name = c;
}

char *names_clean(const struct doc *doc, const char *name)
{
	return list_name_as(doc, name, 1);
}

static void clean_list(const struct doc *doc, char **v, size_t *n)
{
	size_t keep = 0;
	for (size_t i = 0; i < *n; i++) {
		clean_role(doc, &v[i], 1);
		if (v[i])
			v[keep++] = v[i];
	}
	*n = keep;
}

/* v[0, *n) without repeats, the first kept. */
static void unique_list(char **v, size_t *n)
{
	size_t keep = 0;
	for (size_t i = 0; i < *n; i++) {
		int dup = 0;
		for (size_t k = 0; k < keep && !dup; k++)
			dup = !strcmp(v[k], v[i]);
		if (dup)
			free(v[i]);
		else
			v[keep++] = v[i];
	}
	*n = keep;
}

/* v[0, *n) without a name that opens another one word for word
 * ("Sequoia" of a headline beside the body's "Sequoia Capital"). */
static void short_forms_out(char **v, size_t *n)
{
	/* marked first, freed after: every name is compared with all the
	 * others as they were */
	unsigned char *shorter = xcalloc(*n ? *n : 1, 1);
	for (size_t i = 0; i < *n; i++) {
		size_t l = strlen(v[i]);
		for (size_t k = 0; k < *n && !shorter[i]; k++)
			shorter[i] = k != i && !strncmp(v[k], v[i], l) &&
				     v[k][l] == ' ';
	}
	size_t keep = 0;
	for (size_t i = 0; i < *n; i++) {
		if (shorter[i])
			free(v[i]);
		else
			v[keep++] = v[i];
	}
	free(shorter);
	*n = keep;
}

/* The most words a name spelled out before its acronym may have. */
#define DEFINED_WORDS 10

/* Whether w (n bytes) is a small word an acronym skips ("of", "and"). */
static int acronym_skips(const char *w, size_t n)
{
	static const char *const small[] = {"of", "and", "the", "for", "&"};
	for (size_t i = 0; i < ARRAY_SIZE(small); i++)
		if (doc_bytes_are(w, n, small[i]))
			return 1;
	return 0;
}

/*
 * The name the text spells out right before "(a)" ("Global Logistic
 * Properties (GLP)", "the Shell Petroleum Development Company of Nigeria
 * (SPDC)": its capitalised words, whose initials are a's, with a
 * trailing "of" and a capitalised word it names), newly allocated, or
 * NULL.
 */
static char *defined_acronym(const struct doc *doc, const char *a)
{
	size_t n = strlen(a);
	const char *s = doc->text.buf, *end = s + doc->text.len;
	for (const char *q = s; q + n + 2 <= end &&
	     (q = memchr(q, '(', (size_t)(end - q))) != NULL; q++) {
		if (q + n + 2 > end || q[n + 1] != ')' || memcmp(q + 1, a, n))
			continue;
		/* the words before it, last first, on the same line */
		const char *w0[DEFINED_WORDS], *p = q;
		size_t wl[DEFINED_WORDS], nw = 0;
		while (nw < DEFINED_WORDS && p > s && p[-1] == ' ') {
			const char *e = --p;
			while (p > s && (isalnum((unsigned char)p[-1]) ||
					 p[-1] == '-' || p[-1] == '&' ||
					 p[-1] == '\''))
				p--;
			if (p == e)
				break;
			w0[nw] = p;
			wl[nw++] = (size_t)(e - p);
		}
		/* a trailing "of X" is part of the name, not of its initials */
		for (size_t tail = 0; tail <= 2 && tail < nw; tail += 2) {
			if (tail && !(wl[1] == 2 && !memcmp(w0[1], "of", 2) &&
				      isupper((unsigned char)w0[0][0])))
				continue;
			/* initials from the first word on: words tail..k */
			for (size_t k = tail + 1; k < nw; k++) {
				size_t got = 0;
				int ok = isupper((unsigned char)w0[k][0]) &&
					 !acronym_skips(w0[k], wl[k]);
				for (size_t j = k + 1; ok && j-- > tail;) {
					if (acronym_skips(w0[j], wl[j]))
						continue;
					if (!isupper((unsigned char)w0[j][0]) ||
					    got >= n || w0[j][0] != a[got])
						ok = 0;
					else
						got++;
				}
				if (ok && got == n)
					return xstrndup(w0[k], (size_t)(w0[0] + wl[0] - w0[k]));
			}
		}
		/* one letter of the acronym more than the initials, the
		 * rest in order ("Total Access Communication (DTAC)",
		 * "Saudi Basic Industries Corp (SABIC)"): the longest run of
		 * capitalised words that spells it so */
		for (size_t k = nw; k-- > 1;) {
			size_t got = 0, words = 0;
			int ok = isupper((unsigned char)w0[k][0]) &&
				 !acronym_skips(w0[k], wl[k]);
			for (size_t j = k + 1; ok && j-- > 0;) {
				if (acronym_skips(w0[j], wl[j]))
					continue;
				words++;
				while (got < n && a[got] != w0[j][0])
					got++;
				if (!isupper((unsigned char)w0[j][0]) || got >= n)
					ok = 0;
				else
					got++;
			}
			if (ok && words >= 2 && words + 1 == n && got + 1 >= n)
				return xstrndup(w0[k], (size_t)(w0[0] + wl[0] - w0[k]));
		}
	}
	return NULL;
}

/*
 * A party named by an acronym that is the initials of exactly one
 * company the story names in full, past a legal form before it ("BCA" of
 * the headline, "PT Bank Central Asia" of the body): that company; else
 * the name the text spells out before it in brackets.
 */
/*
 * Whether a (2 to 6 capitals) is a term the text spells out in lower
 * case right before it in brackets: "fast-moving consumer goods (FMCG)",
 * "mergers and acquisitions (M&A)"; no company's name.
 */
static int term_acronym(const struct doc *doc, const char *a)
{
	size_t n = strlen(a);
	if (n < 2 || n > 6)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isupper((unsigned char)a[i]) && a[i] != '&')
			return 0;
	const char *s = doc->text.buf, *end = s + doc->text.len;
	for (const char *q = s; q + n + 2 <= end &&
	     (q = memchr(q, '(', (size_t)(end - q))) != NULL; q++) {
		if (q + n + 2 > end || q[n + 1] != ')' || memcmp(q + 1, a, n) ||
		    q < s + 2 || q[-1] != ' ')
			continue;
		/* the word before the bracket in lower case */
		const char *e = q - 1, *b = e;
		while (b > s && (isalpha((unsigned char)b[-1]) || b[-1] == '-' ||
				 (unsigned char)b[-1] >= 0x80))
			b--;   /* (a letter of UTF-8 too: "Españoles") */
		if (b < e && islower((unsigned char)*b))
			return 1;
	}
	return 0;
}

/* Remove every v[i] equal to name from v[0, *n). */
static void drop_name(char **v, size_t *n, const char *name)
{
	size_t keep = 0;
	for (size_t i = 0; i < *n; i++) {
		if (!strcmp(v[i], name))
			free(v[i]);
		else
			v[keep++] = v[i];
	}
	*n = keep;
}

static void expand_acronym(const struct doc *doc, char **name)
{
	static const char *const forms[] = {"PT ", "PJSC ", "JSC ", "OAO "};
	const char *a0 = *name;
	size_t n0 = a0 ? strlen(a0) : 0;
	if (n0 < 2 || n0 > 7)
		return;
	/* "GN" of "GN buys SteelSeries", the one company "GN Store Nord" */
	char **names = xcalloc(doc->nco ? doc->nco : 1, sizeof(*names));
	for (size_t c = 0; c < doc->nco; c++)
		names[c] = doc->co[c].name;
	/* (not "BP", a company the gazetteer knows, beside "BP America",
	 * its unit) */
	long owner = n0 == 2 && !known_short(doc, a0) ?
			     two_letter_owner(a0, names, doc->nco, SIZE_MAX) :
			     -1;
	free(names);
	if (owner >= 0 && full_name_first(doc, a0, doc->co[owner].name)) {
		free(*name);
		*name = xstrdup(doc->co[owner].name);
		return;
	}
	/* its capitals, an "&" between them left out ("J&J", "P&G") */
	char letters[8];
	size_t n = 0;
	for (size_t i = 0; i < n0; i++) {
		if (a0[i] == '&' && i > 0 && i + 1 < n0)
			continue;
		if (!isupper((unsigned char)a0[i]))
			return;
		letters[n++] = a0[i];
	}
	letters[n] = '\0';
	if (n < 2 || n > 6)
		return;
	const char *a = letters;
	const char *found = NULL;
	for (size_t c = 0; c < doc->nco; c++) {
		const char *full = doc->co[c].name;
		if (!strchr(full, ' ') || !strcmp(full, a0))
			continue;
		int match = initials_of(a, full);
		for (size_t f = 0; !match && f < ARRAY_SIZE(forms); f++)
			if (!strncmp(full, forms[f], strlen(forms[f])))
				match = initials_of(a, full + strlen(forms[f]));
		/* ... or of the name as first written, its legal form's
		 * word counted: "PEP" of "Pacific Equity Partners" (listed
		 * "Pacific Equity") */
		for (size_t m = 0; !match && m < doc->nment; m++) {
			const struct doc_ment *x = &doc->ment[m];
			if (x->kind != DOC_COMPANY || x->id != (int)c ||
			    x->t1 <= x->t0 + 1)
				continue;
			size_t b = doc->tok[x->t0].start,
			       e = doc->tok[x->t1 - 1].end;
			/* (the written name the listed one opens, not a
			 * gazetteer's other name for it, nor one with
			 * brackets inside) */
			if (e - b < 64 && !strchr(full, '(')) {
				char w[64];
				memcpy(w, doc->text.buf + b, e - b);
				w[e - b] = '\0';
				match = !strncmp(w, full, strlen(full)) &&
					initials_of(a, w);
			}
			break;
		}
		if (!match)
			continue;
		if (found && strcmp(found, full))
			return;   /* two companies it could be */
		found = full;
	}
	if (found) {
		free(*name);
		*name = xstrdup(found);
		return;
	}
	char *spelled = defined_acronym(doc, a0);
	if (spelled) {
		free(*name);
		*name = spelled;
	}
}

void names_clean_deal(const struct doc *doc, struct tags *t)
{
	clean_role(doc, &t->deal.acquirer, 1);
	if (!t->deal.target_asset)   /* words, not a name to clean */
		clean_role(doc, &t->deal.target, 0);
	clean_role(doc, &t->deal.seller, 1);
	clean_list(doc, t->deal.investors, &t->deal.ninvestors);
	clean_list(doc, t->deal.parties, &t->deal.nparties);
	size_t keep = 0;
	for (size_t i = 0; i < t->deal.nroles; i++) {
		clean_role(doc, &t->deal.roles[i].name,
			   t->deal.roles[i].role != ROLE_TARGET);
		if (t->deal.roles[i].name)
			t->deal.roles[keep++] = t->deal.roles[i];
	}
	t->deal.nroles = keep;
	expand_acronym(doc, &t->deal.acquirer);
	if (!t->deal.target_asset)
		expand_acronym(doc, &t->deal.target);
	expand_acronym(doc, &t->deal.seller);
	for (size_t i = 0; i < t->deal.ninvestors; i++)
		expand_acronym(doc, &t->deal.investors[i]);
	for (size_t i = 0; i < t->deal.nparties; i++)
		expand_acronym(doc, &t->deal.parties[i]);
	for (size_t i = 0; i < t->deal.nroles; i++)
		expand_acronym(doc, &t->deal.roles[i].name);
	/* an acronym the text spells out in lower case is a term, no party:
	 * "the fast-moving consumer goods (FMCG) business" */
	char **sides[] = {&t->deal.acquirer, &t->deal.target, &t->deal.seller};
	for (size_t i = 0; i < ARRAY_SIZE(sides); i++)
		if (*sides[i] && term_acronym(doc, *sides[i])) {
			drop_name(t->deal.parties, &t->deal.nparties, *sides[i]);
			keep = 0;
			for (size_t r = 0; r < t->deal.nroles; r++) {
				if (!strcmp(t->deal.roles[r].name, *sides[i]))
					free(t->deal.roles[r].name);
				else
					t->deal.roles[keep++] = t->deal.roles[r];
			}
			t->deal.nroles = keep;
			free(*sides[i]);
			*sides[i] = NULL;
		}
	unique_list(t->deal.investors, &t->deal.ninvestors);
	unique_list(t->deal.parties, &t->deal.nparties);
	short_forms_out(t->deal.investors, &t->deal.ninvestors);
	/* a deal that reports no investors has no investor's role (an
	 * IPO's "André Esteves, who sold Pactual to UBS") */
	keep = 0;
	for (size_t i = 0; i < t->deal.nroles; i++) {
		struct ex_party *r = &t->deal.roles[i];
		if (r->role != ROLE_INVESTOR || t->deal.ninvestors)
			t->deal.roles[keep++] = *r;
		else
			free(r->name);
	}
	t->deal.nroles = keep;
	/* the acronym was the other side's ("TWA" bought by "Trans World
	 * Airlines"): one side is wrong and the text does not say which */
	if (t->deal.acquirer && t->deal.target &&
	    !strcmp(t->deal.acquirer, t->deal.target)) {
		keep = 0;
		for (size_t i = 0; i < t->deal.nroles; i++) {
			struct ex_party *r = &t->deal.roles[i];
			if ((r->role == ROLE_ACQUIRER || r->role == ROLE_TARGET) &&
			    !strcmp(r->name, t->deal.target))
				free(r->name);
			else
				t->deal.roles[keep++] = *r;
		}
		t->deal.nroles = keep;
		free(t->deal.acquirer);
		free(t->deal.target);
		t->deal.acquirer = t->deal.target = NULL;
	}
}
