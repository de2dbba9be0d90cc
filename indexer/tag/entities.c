/*
 * entities.c - names, places, sectors and the kind of each money amount,
 * for extract.c.  Every rule here reads only sentences outside
 * boilerplate.  The rules, by example:
 *
 *   companies   "Alibaba Group Holding Ltd" (a capitalised run ending in a
 *               corporate suffix; canonical: without suffixes, "Alibaba"),
 *               "Standard Oil Co <SRD>" and "<Cyclops Corp>" (Reuters'
 *               tickers and bracketed names), gazetteer names, and later
 *               short mentions ("Alibaba") of a name already seen
 *   people      "President Jack Ma", "co-founder Eduardo Saverin",
 *               "John Smith, chief executive", gazetteer names
 *   places      gazetteer names not inside a company name ("Bank of
 *               America" names no place), plus the dateline
 *   sectors     keyword stems from sectors.tsv
 *   amounts     the nearest cue word decides the kind: "acquired ... for
 *               $1 billion" is a deal, "raised $55 million" funding
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

static int in_list(const char *w, size_t n, const char *const *list,
		   size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && !memcmp(list[i], w, n))
			return 1;
	return 0;
}

static const char *const suffixes[] = {
	"inc", "corp", "co", "ltd", "plc", "ag", "sa", "nv", "gmbh", "pte",
	"bhd", "berhad", "tbk", "group", "holding", "holdings", "llc", "lp",
	"spa", "ab", "asa", "oy", "oyj", "corporation", "company", "limited",
	"incorporated", "bancorp", "cos", "industries", "partners", "kk",
	"ltda", "bv", "bancshares", "companies", "se", "nl", "pjsc", "psc",
	"saog", "qsc", "jsc", "pt", "sarl", "srl", "sas", "asa",
};

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
	"one", "two", "three", "first", "new", "mr", "mrs", "ms", "dr",
	"president", "chairman", "chief", "executive", "ceo", "spokesman",
	"spokeswoman", "minister", "reuter", "reuters", "no", "not", "will",
	"would", "could", "should", "can", "may", "might", "did", "does",
	"do", "has", "have", "had", "is", "are", "was", "were", "be", "been",
	"being", "shr", "net", "revs", "qtr", "avg", "shrs", "oper",
};

static const char *const connectors[] = {
	"of", "and", "de", "du", "des", "la", "le", "van", "der", "von", "y",
	"den", "del", "di",
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
	"japan", "the", "big", "sun", "grand",
};

static int is_suffix(const struct extractor *ex, size_t i)
{
	return ex->tok[i].cap && (ex->tok[i].wcls & X_W_SUFFIX);
}

static int is_stop(const struct extractor *ex, size_t i)
{
	return (ex->tok[i].wcls & X_W_STOP) != 0;
}

static int is_connector(const struct extractor *ex, size_t i)
{
	return (ex->tok[i].wcls & X_W_CONNECTOR) != 0;
}

/* "Amazon.com": a lower-case "com" glued after a dot. */
static int is_dotcom(const struct extractor *ex, size_t i)
{
	const struct xtok *t = &ex->tok[i];
	return x_word_is(ex, i, "com") && t->start > 0 &&
	       ex->text.buf[t->start - 1] == '.';
}

/* Only spaces, '&', '-' and '.' between tokens a and b of one name. */
static int name_gap(const struct extractor *ex, size_t a, size_t b)
{
	for (size_t k = ex->tok[a].end; k < ex->tok[b].start; k++)
		if (!strchr(" &-.'\xE2\x80\x99", ex->text.buf[k]) &&
		    !(unsigned char)(ex->text.buf[k] & 0x80))
			return 0;
	for (size_t k = ex->tok[a].end; k < ex->tok[b].start; k++)
		if (ex->text.buf[k] == '\n' &&
		    k + 1 < ex->tok[b].start && ex->text.buf[k + 1] == '\n')
			return 0;
	return 1;
}

static int nameish(const struct extractor *ex, size_t i)
{
	const struct xtok *t = &ex->tok[i];
	if (is_dotcom(ex, i))
		return 1;
	return (t->cap || t->digit) && !is_stop(ex, i) && !ex->in_name[i];
}

/*
 * Walk back from token `last` over a capitalised name; returns the first
 * token of the name, or -1 when there is none.
 */
static long name_start(const struct extractor *ex, size_t last)
{
	long first = -1;
	size_t k = last;
	for (;;) {
		if (!nameish(ex, k) && !is_suffix(ex, k))
			break;
		if (!is_suffix(ex, k) || first >= 0)
			first = (long)k;
		long p = x_prev(ex, k);
		if (p < 0 || !name_gap(ex, (size_t)p, k))
			break;
		if (is_connector(ex, (size_t)p)) {
			long pp = x_prev(ex, (size_t)p);
			if (pp < 0 || !nameish(ex, (size_t)pp) ||
			    !name_gap(ex, (size_t)pp, (size_t)p))
				break;
			k = (size_t)pp;
			continue;
		}
		k = (size_t)p;
	}
	/* a name does not begin with a connector or a suffix */
	return first;
}

/* Add the company spelt by text [start, end): trims ".com", "'s", "The". */
static int company_span(struct extractor *ex, size_t start, size_t end,
			uint32_t t0, uint32_t t1)
{
	const char *s = ex->text.buf;
	if (end - start > 4 && !strncmp(s + start, "The ", 4))
		start += 4;
	if (end - start > 4 && !strncasecmp(s + end - 4, ".com", 4))
		end -= 4;
	if (end - start > 2 && (s[end - 2] == '\'' ) && s[end - 1] == 's')
		end -= 2;
	while (end > start && strchr(" &-.,", s[end - 1]))
		end--;
	if (end <= start)
		return -1;
	int id = x_company(ex, s + start, end - start, t0);
	if (id >= 0)
		x_mention(ex, XM_COMPANY, id, t0, t1);
	return id;
}

/* "Alibaba Group Holding Ltd", "Kroger Co", "Amazon.com Inc". */
static void suffix_names(struct extractor *ex, const struct xsent *st)
{
	for (size_t i = st->t0; i < st->t1; i++) {
		if (!is_suffix(ex, i) || ex->in_name[i] ||
		    (ex->tok[i].flags & ANA_JOINED))
			continue;
		/* the run of suffixes: "Group Holding Ltd" */
		size_t last = i, k;
		while ((k = x_next(ex, last)) < st->t1 && is_suffix(ex, k) &&
		       name_gap(ex, last, k))
			last = k;
		long p = x_prev(ex, i);
		if (p < 0 || !name_gap(ex, (size_t)p, i)) {
			i = last;
			continue;
		}
		long first = name_start(ex, (size_t)p);
		if (first < 0) {
			i = last;
			continue;
		}
		/* the canonical name ends before the first suffix */
		size_t name_end = (size_t)p;
		while ((long)name_end > first && is_suffix(ex, name_end))
			name_end = (size_t)x_prev(ex, name_end);
		if (st->caps) {
			/* a wire headline: where its name starts is a guess,
			 * so it only keeps its words from naming places
			 * ("BANK OF NEW ENGLAND CORP", "FRANCE FUND INC") */
			unsigned words = 0;
			for (size_t k = (size_t)p; (long)k >= first && words < 3;
			     k = (size_t)x_prev(ex, k), words++) {
				ex->in_name[k] = 1;
				if ((long)k == first)
					break;
			}
			for (size_t k = i; k <= last; k++)
				ex->in_name[k] = 1;
		} else {
			company_span(ex, ex->tok[first].start,
				     ex->tok[name_end].end, (uint32_t)first,
				     (uint32_t)last + 1);
		}
		i = last;
	}
}

/* The longest "<Name Corp>" read, '<' to '>' in bytes. */
#define BRACKET_MAX 48

/* Reuters: "Standard Oil Co <SRD>", "<Cyclops Corp>". */
static void bracket_names(struct extractor *ex, const struct xsent *st)
{
	const char *s = ex->text.buf;
	for (size_t i = st->start; i < st->end; i++) {
		if (s[i] != '<')
			continue;
		/* a ticker or a name in brackets is short: look no further
		 * (a sentence of many '<' and no '>' would be quadratic) */
		size_t look = st->end - i < BRACKET_MAX + 1 ? st->end - i :
			      BRACKET_MAX + 1;
		const char *gt = memchr(s + i, '>', look);
		if (!gt || gt - (s + i) > BRACKET_MAX)
			continue;
		size_t a = i + 1, b = (size_t)(gt - s);
		int lower = 0;
		for (size_t k = a; k < b; k++)
			lower |= islower((unsigned char)s[k]);
		if (lower) {
			size_t t0 = x_tok_at(ex, a), t1 = x_tok_at(ex, b);
			size_t e = b;
			/* drop trailing suffixes: "<Cyclops Corp>" */
			while (t1 > t0 + 1 && is_suffix(ex, t1 - 1)) {
				t1--;
				e = ex->tok[t1 - 1].end;
			}
			if (t1 > t0 && !ex->in_name[t0])
				company_span(ex, a, e, (uint32_t)t0,
					     (uint32_t)x_tok_at(ex, b));
		} else {
			/* the ticker itself names no place: "CARBIDE <UK>" */
			for (size_t k = x_tok_at(ex, a);
			     k < ex->ntok && ex->tok[k].end <= b; k++)
				ex->in_name[k] = 1;
			if (st->caps) {
				i = b;
				continue;
			}
			size_t t = x_tok_at(ex, i);
			if (t == 0 || t > st->t1 || ex->tok[t - 1].sent !=
						   (uint32_t)(st - ex->sent))
				continue;
			size_t last = t - 1;
			if (ex->in_name[last]) {
				i = b;
				continue;   /* "Kroger Co <KR>": seen already */
			}
			long first = name_start(ex, last);
			if (first < 0)
				continue;
			size_t name_end = last;
			while ((long)name_end > first &&
			       is_suffix(ex, name_end))
				name_end = (size_t)x_prev(ex, name_end);
			company_span(ex, ex->tok[first].start,
				     ex->tok[name_end].end, (uint32_t)first,
				     (uint32_t)last + 1);
		}
		i = b;
	}
}

/* The key of non-joined tokens [i, ...) of one sentence, n words. */
static int key_at(struct extractor *ex, size_t i, unsigned n, size_t *end)
{
	buf_reset(&ex->key);
	size_t k = i;
	for (unsigned w = 0; w < n; w++) {
		if (k >= ex->ntok || ex->tok[k].sent != ex->tok[i].sent)
			return 0;
		if (w)
			buf_addch(&ex->key, ' ');
		buf_add(&ex->key, x_word(ex, k), ex->tok[k].wl);
		*end = k + 1;
		k = x_next(ex, k);
	}
	return 1;
}

static int case_ok(const struct extractor *ex, size_t t0, size_t t1,
		   unsigned flags, int caps_sentence)
{
	if (flags & GAZ_CAPS) {
		for (size_t k = ex->tok[t0].start; k < ex->tok[t1 - 1].end; k++)
			if (islower((unsigned char)ex->text.buf[k]))
				return 0;
		return 1;
	}
	if (flags & GAZ_PROPER)
		return ex->tok[t0].cap || caps_sentence;
	return 1;
}

/* Gazetteer names: places, regions, known companies and people. */
static void gazetteer_names(struct extractor *ex, const struct xsent *st)
{
	for (size_t i = st->t0; i < st->t1; i++) {
		const struct xtok *t = &ex->tok[i];
		if ((t->flags & ANA_JOINED) || ex->in_name[i] ||
		    !(t->cap || st->caps) ||
		    !gaz_may_start(ex->g, x_word(ex, i), t->wl))
			continue;
		for (unsigned n = GAZ_MAX_WORDS; n >= 1; n--) {
			size_t end;
			if (!key_at(ex, i, n, &end))
				continue;
			const struct gaz_entry *e =
				gaz_lookup(ex->g, ex->key.buf, ex->key.len);
			if (!e || !case_ok(ex, i, end, e->flags, st->caps))
				continue;
			int clash = 0;
			for (size_t k = i; k < end; k++)
				clash |= ex->in_name[k];
			if (clash)
				continue;
			if (e->kind == GAZ_COMPANY) {
				const char *nm = gaz_company(ex->g, e->id);
				int id = x_company(ex, nm, strlen(nm),
						   (uint32_t)i);
				x_mention(ex, XM_COMPANY, id, (uint32_t)i,
					  (uint32_t)end);
			} else if (e->kind == GAZ_PERSON) {
				const char *nm = gaz_person(ex->g, e->id);
				int id = x_person(ex, nm, strlen(nm),
						  (uint32_t)i);
				x_mention(ex, XM_PERSON, id, (uint32_t)i,
					  (uint32_t)end);
			} else {
				x_mention(ex, e->kind == GAZ_PLACE ? XM_PLACE :
					  XM_REGION, e->id, (uint32_t)i,
					  (uint32_t)end);
			}
			i = end - 1;
			break;
		}
	}
}

static const char *const titles1[] = {
	"president", "chairman", "chairwoman", "ceo", "cfo", "coo", "founder",
	"cofounder", "director", "minister", "secretary", "governor",
	"senator", "spokesman", "spokeswoman", "analyst", "economist", "mr",
	"mrs", "ms", "dr", "treasurer", "executive", "officer", "head",
	"partner", "chancellor", "premier", "investor", "billionaire",
};

/* 2 or 3 capitalised words at i: a person's name; returns the end. */
static size_t person_run(const struct extractor *ex, size_t i)
{
	size_t k = i, n = 0, end = i;
	while (k < ex->ntok && n < 3 && ex->tok[k].sent == ex->tok[i].sent) {
		const struct xtok *t = &ex->tok[k];
		if (!t->cap || !(t->flags & ANA_ALPHA) || is_stop(ex, k) ||
		    ex->in_name[k] || is_suffix(ex, k))
			break;
		if (n && !name_gap(ex, end - 1, k))
			break;
		n++;
		end = k + 1;
		k = x_next(ex, k);
	}
	return n >= 2 ? end : i;
}

static int gap_has(const struct extractor *ex, size_t a, size_t b, char c)
{
	return memchr(ex->text.buf + ex->tok[a].end, c,
		      ex->tok[b].start - ex->tok[a].end) != NULL;
}

static int place_at(struct extractor *ex, size_t i, size_t end)
{
	unsigned n = 0;
	for (size_t k = i; k < end; k = x_next(ex, k))
		n++;
	size_t e;
	if (!key_at(ex, i, n, &e))
		return 0;
	const struct gaz_entry *g = gaz_lookup(ex->g, ex->key.buf, ex->key.len);
	return g && (g->kind == GAZ_PLACE || g->kind == GAZ_REGION);
}

/* "President Jack Ma", "co-founder Eduardo Saverin", "John Smith, CEO". */
static void person_names(struct extractor *ex, const struct xsent *st)
{
	if (st->caps)
		return;
	for (size_t i = st->t0; i < st->t1; i++) {
		if (ex->tok[i].flags & ANA_JOINED)
			continue;
		if (ex->tok[i].wcls & X_W_TITLE) {
			size_t s = x_next(ex, i);
			if (s >= st->t1 || gap_has(ex, i, s, ','))
				continue;
			size_t end = person_run(ex, s);
			if (end > s && !place_at(ex, s, end)) {
				int id = x_person(ex, ex->text.buf +
					ex->tok[s].start, ex->tok[end - 1].end -
					ex->tok[s].start, (uint32_t)s);
				x_mention(ex, XM_PERSON, id, (uint32_t)s,
					  (uint32_t)end);
				i = end - 1;
			}
			continue;
		}
		if (!ex->tok[i].cap)
			continue;
		size_t end = person_run(ex, i);
		if (end == i || end >= st->t1 || !gap_has(ex, end - 1, end, ','))
			continue;
		size_t k = end;
		if (x_word_is(ex, k, "the") || x_word_is(ex, k, "a") ||
		    x_word_is(ex, k, "its"))
			k = x_next(ex, k);
		if (k < st->t1 && (ex->tok[k].wcls & X_W_TITLE) &&
		    !place_at(ex, i, end)) {
			int id = x_person(ex, ex->text.buf + ex->tok[i].start,
					  ex->tok[end - 1].end -
						  ex->tok[i].start,
					  (uint32_t)i);
			x_mention(ex, XM_PERSON, id, (uint32_t)i,
				  (uint32_t)end);
			i = end - 1;
		}
	}
}

/* Later short mentions of companies already named: "Alibaba". */
static void short_mentions(struct extractor *ex)
{
	size_t nco = ex->nco;
	for (size_t c = 0; c < nco; c++) {
		const char *key = ex->co[c].key;
		const char *sp = strchr(key, ' ');
		if (!sp || sp - key < 3 ||
		    in_list(key, (size_t)(sp - key), generic_first,
			    ARRAY_SIZE(generic_first)))
			continue;
		if (gaz_lookup(ex->g, key, (size_t)(sp - key)))
			continue;   /* a place or another known name */
		if (smap_get(ex->co_alias, key, (size_t)(sp - key)) < 0)
			smap_put(ex->co_alias, key, (size_t)(sp - key), (int)c);
	}
	for (size_t s = 0; s < ex->nsent; s++) {
		const struct xsent *st = &ex->sent[s];
		if (x_boiler(ex, (uint32_t)s))
			continue;
		for (size_t i = st->t0; i < st->t1; i++) {
			if ((ex->tok[i].flags & ANA_JOINED) || ex->in_name[i] ||
			    !(ex->tok[i].cap || st->caps))
				continue;
			for (unsigned n = 4; n >= 1; n--) {
				size_t end;
				if (!key_at(ex, i, n, &end))
					continue;
				int id = smap_get(ex->co_alias, ex->key.buf,
						  ex->key.len);
				if (id < 0)
					continue;
				ex->co[id].mentions++;
				x_mention(ex, XM_COMPANY, id, (uint32_t)i,
					  (uint32_t)end);
				i = end - 1;
				break;
			}
		}
	}
}

/*
 * Per token, the first company mention covering it and whether a place
 * covers it: what x_company_at() and the deal rules ask, in O(1) instead
 * of a scan of every mention.
 */
static void index_mentions(struct extractor *ex)
{
	if (ex->cap_tok_index < ex->ntok + 1) {
		ex->cap_tok_index = ex->ntok + 1;
		ex->tok_co = xrealloc(ex->tok_co, ex->cap_tok_index *
				      sizeof(*ex->tok_co));
		ex->tok_place = xrealloc(ex->tok_place, ex->cap_tok_index);
	}
	for (size_t k = 0; k <= ex->ntok; k++)
		ex->tok_co[k] = -1;
	memset(ex->tok_place, 0, ex->ntok + 1);
	for (size_t m = 0; m < ex->nment; m++) {
		const struct xment *x = &ex->ment[m];
		for (uint32_t k = x->t0; k < x->t1 && k < ex->ntok; k++) {
			if (x->kind == XM_COMPANY && ex->tok_co[k] < 0)
				ex->tok_co[k] = (int32_t)m;
			if (x->kind == XM_PLACE || x->kind == XM_REGION)
				ex->tok_place[k] = 1;
		}
	}
}

void x_names(struct extractor *ex)
{
	/* body first, so a mixed-case spelling names a company before a
	 * capitals headline does */
	for (size_t pass = 0; pass < 2; pass++)
		for (size_t s = 0; s < ex->nsent; s++) {
			const struct xsent *st = &ex->sent[s];
			if ((st->para == 0) != (pass == 1) ||
			    x_boiler(ex, (uint32_t)s))
				continue;
			bracket_names(ex, st);
			suffix_names(ex, st);
		}
	/* names already seen win over places: "Bank of New England" */
	short_mentions(ex);
	for (size_t s = 0; s < ex->nsent; s++)
		if (!x_boiler(ex, (uint32_t)s))
			gazetteer_names(ex, &ex->sent[s]);
	for (size_t s = 0; s < ex->nsent; s++)
		if (!x_boiler(ex, (uint32_t)s))
			person_names(ex, &ex->sent[s]);
	index_mentions(ex);
}

int x_company_at(const struct extractor *ex, uint32_t t0, uint32_t t1)
{
	/* the first mention in ment[] that overlaps [t0, t1) */
	int32_t best = -1;
	for (uint32_t k = t0; k < t1 && k < ex->ntok; k++)
		if (ex->tok_co[k] >= 0 && (best < 0 || ex->tok_co[k] < best))
			best = ex->tok_co[k];
	return best < 0 ? -1 : ex->ment[best].id;
}

/* ---- places and regions ------------------------------------------------ */

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

/* The lead paragraph: the first of the body that is not boilerplate. */
static uint32_t lead_para(const struct extractor *ex)
{
	for (uint32_t q = 1; q < ex->npara; q++)
		if (!ex->para[q].boiler)
			return q;
	return 0;
}

/* How much a mention in sentence s says about the story. */
static double weight(const struct extractor *ex, uint32_t s, uint32_t lead)
{
	uint32_t p = ex->sent[s].para;
	if (p == 0)
		return TITLE_W;
	return p == lead ? LEAD_W : 1;
}

struct cscore {
	int country;
	double score;
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
	X_GROW(t->places, t->nplaces, *cap);
	struct ex_place *x = &t->places[t->nplaces++];
	x->name = xstrdup(p->name);
	memcpy(x->code, gaz_country(g, p->country)->code, 3);
	x->mentions = 1;
}

/* The dateline's place: "CALGARY, Alberta, March 3" -> Alberta -> CA. */
static int dateline_place(struct extractor *ex)
{
	if (!ex->dateline)
		return -1;
	const char *s = ex->dateline;
	size_t n = ex->dateline_len;
	int best = -1;
	size_t i = 0;
	while (i < n) {
		const char *comma = memchr(s + i, ',', n - i);
		size_t e = comma ? (size_t)(comma - s) : n;
		gaz_key(ex->g, s + i, e - i, &ex->scratch);
		const struct gaz_entry *g = ex->scratch.len ?
			gaz_lookup_dateline(ex->g, ex->scratch.buf,
					    ex->scratch.len) : NULL;
		if (g && g->kind == GAZ_PLACE)
			best = g->id;   /* the last part that is a place wins */
		i = e + 1;
	}
	return best;
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

void x_places(struct extractor *ex, struct tags *t)
{
	size_t nc = gaz_country_count(ex->g), nr = gaz_region_count(ex->g);
	struct cscore *cs = xcalloc(nc ? nc : 1, sizeof(*cs));
	double *rs = xcalloc(nr ? nr : 1, sizeof(*rs));
	struct smap *seen = smap_new();
	size_t cap = t->nplaces;
	uint32_t lead = lead_para(ex);
	for (size_t i = 0; i < nc; i++)
		cs[i].country = (int)i;
	int dl = dateline_place(ex);
	if (dl >= 0) {
		add_place(t, ex->g, dl, seen, &cap);
		cs[gaz_place(ex->g, dl)->country].score += DATELINE_WEIGHT;
	}
	for (size_t m = 0; m < ex->nment; m++) {
		const struct xment *x = &ex->ment[m];
		double w = weight(ex, x->sent, lead);
		if (x->kind == XM_PLACE) {
			add_place(t, ex->g, x->id, seen, &cap);
			cs[gaz_place(ex->g, x->id)->country].score += w;
		} else if (x->kind == XM_REGION) {
			rs[x->id] += w;
		}
	}
	/* the countries named, by score */
	size_t named = 0;
	for (size_t i = 0; i < nc; i++)
		if (cs[i].score > 0)
			cs[named++] = cs[i];
	qsort(cs, named, sizeof(*cs), by_score);
	uint32_t mask = 0;
	t->countries = xmalloc((named ? named : 1) * sizeof(*t->countries));
	for (size_t i = 0; i < named; i++) {
		if (i > 0 && cs[i].score < COUNTRY_MIN)
			break;
		const struct gaz_country *c = gaz_country(ex->g, cs[i].country);
		memcpy(t->countries[t->ncountries++], c->code, 3);
		mask |= c->regions;
	}
	for (size_t r = 0; r < nr; r++)
		if (rs[r] >= 2)
			for (int k = (int)r; k >= 0; k = gaz_region(ex->g, k)->parent)
				mask |= 1u << k;
	int other = gaz_region_find(ex->g, "other");
	if (other >= 0)
		mask &= ~(1u << other);
	t->regions = xmalloc((nr ? nr : 1) * sizeof(*t->regions));
	for (size_t r = 0; r < nr; r++)
		if (mask & (1u << r))
			t->regions[t->nregions++] = (int)r;
	sort_places(t);
	smap_free(seen);
	free(cs);
	free(rs);
}

/* ---- sectors ------------------------------------------------------------ */

void x_sectors(struct extractor *ex, struct tags *t)
{
	size_t ns = gaz_sector_count(ex->g);
	double *score = xcalloc(ns ? ns : 1, sizeof(*score));
	for (size_t s = 0; s < ex->nsent; s++) {
		const struct xsent *st = &ex->sent[s];
		if (x_boiler(ex, (uint32_t)s))
			continue;
		double w = st->para == 0 ? 3 : 1;
		for (size_t i = st->t0; i < st->t1; i++) {
			int sec = gaz_sector_of(ex->g, x_stem(ex, i),
						ex->tok[i].sl);
			if (sec >= 0) {
				score[sec] += w;
				continue;
			}
			if ((ex->tok[i].flags & ANA_JOINED) ||
			    !gaz_sector_may_start(ex->g, x_stem(ex, i),
						  ex->tok[i].sl))
				continue;
			/* phrases: "food retail", "e grocery" */
			buf_reset(&ex->key);
			size_t k = i;
			for (unsigned n = 1; n <= 3 && k < st->t1; n++) {
				if (n > 1)
					buf_addch(&ex->key, ' ');
				buf_add(&ex->key, x_stem(ex, k), ex->tok[k].sl);
				if (n > 1) {
					sec = gaz_sector_of(ex->g, ex->key.buf,
							    ex->key.len);
					if (sec >= 0) {
						score[sec] += w;
						break;
					}
				}
				k = x_next(ex, k);
			}
		}
	}
	t->sectors = xmalloc((ns ? ns : 1) * sizeof(*t->sectors));
	for (;;) {
		int best = -1;
		for (size_t i = 0; i < ns; i++)
			if (score[i] >= 3 && (best < 0 || score[i] > score[best]))
				best = (int)i;
		if (best < 0 || t->nsectors == 3)
			break;
		t->sectors[t->nsectors++] = best;
		score[best] = 0;
	}
	free(score);
}

/* ---- amounts ------------------------------------------------------------- */

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
	{"shr", AMOUNT_OTHER}, {"capit", AMOUNT_OTHER},
	{"damag", AMOUNT_OTHER}, {"tax", AMOUNT_OTHER},
	{"deficit", AMOUNT_OTHER}, {"surplus", AMOUNT_OTHER},
	{"credit", AMOUNT_OTHER}, {"subsidi", AMOUNT_OTHER},
	{"rebat", AMOUNT_OTHER}, {"receipt", AMOUNT_OTHER},
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
static int may_hold_money(const struct extractor *ex, const struct xpara *p)
{
	for (size_t k = p->start; k < p->end; k++)
		if (isdigit((unsigned char)ex->text.buf[k]))
			return 1;
	for (uint32_t s = p->s0; s < p->s1; s++)
		for (uint32_t i = ex->sent[s].t0; i < ex->sent[s].t1; i++)
			if (ex->tok[i].wcls & X_W_NUMBER)
				return 1;
	return 0;
}

static int cue_of(const struct extractor *ex, size_t i)
{
	return X_AMOUNT_CUE(ex->tok[i].scls);
}

void x_entities_lexicon(struct extractor *ex)
{
#define EACH(list, bits)                                                   \
	for (size_t i = 0; i < ARRAY_SIZE(list); i++)         \
		x_lexicon_word(ex, list[i], bits)
	EACH(suffixes, X_W_SUFFIX);
	EACH(stops, X_W_STOP);
	EACH(connectors, X_W_CONNECTOR);
	EACH(titles1, X_W_TITLE);
	EACH(number_words, X_W_NUMBER);
#undef EACH
	for (size_t c = 0; c < ARRAY_SIZE(cues); c++)
		x_lexicon_stem(ex, cues[c].stem, (uint32_t)cues[c].kind + 1);
}

/* How far a cue may stand from the amount, in words. */
#define CUE_BEFORE 20
#define CUE_AFTER 6

/* Deal cues among tokens [t0, t1), joined forms left out. */
static size_t deal_cues(const struct extractor *ex, size_t t0, size_t t1)
{
	size_t n = 0;
	for (size_t k = t0; k < t1; k++)
		n += !(ex->tok[k].flags & ANA_JOINED) &&
		     cue_of(ex, k) == AMOUNT_DEAL;
	return n;
}

/*
 * The kind of an amount: the nearest cue within CUE_BEFORE words before
 * or CUE_AFTER after; without one, "deal" when the sentence has a deal cue
 * anywhere outside the amount.  `cache` keeps the deal cues of the last
 * sentence counted (amounts come in text order), so a long sentence of
 * many amounts is read once, not once per amount.
 */
struct cue_count {
	size_t sent;               /* sentence counted, or SIZE_MAX */
	size_t n;                  /* its deal cues */
};

static enum ex_amount_kind amount_kind(const struct extractor *ex,
				       const struct money *m,
				       struct cue_count *cache)
{
	if (m->flags & MONEY_PER_SHARE)
		return AMOUNT_PER_SHARE;
	size_t t0 = x_tok_at(ex, m->start), t1 = x_tok_at(ex, m->end);
	if (t0 >= ex->ntok)
		return AMOUNT_OTHER;
	const struct xsent *st = &ex->sent[ex->tok[t0].sent];
	int best = -1;
	size_t bestd = (size_t)-1;
	/* before the amount, nearest first; joined forms do not count */
	size_t d = 0;
	for (long k = (long)t0 - 1; k >= (long)st->t0 && d < CUE_BEFORE; k--) {
		if (ex->tok[k].flags & ANA_JOINED)
			continue;
		int c = cue_of(ex, (size_t)k);
		d++;
		if (c >= 0 && d < bestd) {
			best = c;
			bestd = d;
		}
	}
	d = 0;
	for (size_t k = t1; k < st->t1 && d < CUE_AFTER; k++) {
		if (ex->tok[k].flags & ANA_JOINED)
			continue;
		int c = cue_of(ex, k);
		d++;
		if (c >= 0 && (d < bestd || (d == bestd && c < best))) {
			best = c;
			bestd = d;
		}
	}
	if (best >= 0)
		return (enum ex_amount_kind)best;
	if (cache->sent != ex->tok[t0].sent) {
		cache->sent = ex->tok[t0].sent;
		cache->n = deal_cues(ex, st->t0, st->t1);
	}
	/* the sentence's deal cues outside the amount's own words */
	size_t inside = deal_cues(ex, t0, t1 < st->t1 ? t1 : st->t1);
	return cache->n > inside ? AMOUNT_DEAL : AMOUNT_OTHER;
}

void x_amounts(struct extractor *ex, struct tags *t)
{
	struct cue_count cache = {SIZE_MAX, 0};
	for (size_t p = 0; p < ex->npara; p++) {
		const struct xpara *pp = &ex->para[p];
		if (pp->boiler || pp->end <= pp->start ||
		    !may_hold_money(ex, pp))
			continue;
		size_t n = money_scan(gaz_money(ex->g), ex->text.buf + pp->start,
				      pp->end - pp->start, &ex->money, 0,
				      &ex->moneycap);
		if (!n)
			continue;
		t->amounts = xrealloc(t->amounts,
				      (t->namounts + n) * sizeof(*t->amounts));
		for (size_t i = 0; i < n; i++) {
			struct ex_amount *a = &t->amounts[t->namounts++];
			a->m = ex->money[i];
			a->m.start += pp->start;
			a->m.end += pp->start;
			/* as written, a line break read as a space */
			a->text = xmalloc(a->m.end - a->m.start + 1);
			size_t n = 0;
			for (size_t k = a->m.start; k < a->m.end; k++) {
				char c = ex->text.buf[k];
				if (isspace((unsigned char)c)) {
					if (n && a->text[n - 1] == ' ')
						continue;
					c = ' ';
				}
				a->text[n++] = c;
			}
			a->text[n] = '\0';
			a->kind = amount_kind(ex, &a->m, &cache);
		}
	}
}
