/*
 * search.c - running queries (search.h): compile, search, facets,
 * snippets, saved queries.
 */
#include "search.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyse.h"
#include "query.h"
#include "schema.h"
#include "shards.h"
#include "smap.h"

struct srch {
	xdb *db;
	struct cat *cat;
	struct gaz *g;
	struct ana *ana;
	struct ana *words;   /* no stemming: snippets stem only candidates */
	int64_t cat_version; /* the catalog's data version when opened */
};

/* search.h's facets are schema.h's, in the same order */
_Static_assert((int)SF_COUNT == (int)FACET_COUNT, "facet lists differ");

const char *srch_facet_name(enum srch_facet f)
{
	return schema_facet_name((enum schema_facet)f);
}

int srch_facet_find(const char *name, size_t len)
{
	for (int f = 0; f < SF_COUNT; f++) {
		const char *n = schema_facet_name((enum schema_facet)f);
		if (strlen(n) == len && !strncmp(n, name, len))
			return f;
	}
	return -1;
}

int srch_open(const char *db_dir, struct srch **out, struct ds_err *err)
{
	return srch_open_set(db_dir, 0, out, err);
}

int srch_open_set(const char *db_dir, int allow_partial, struct srch **out,
		  struct ds_err *err)
{
	*out = NULL;
	struct srch *s = xcalloc(1, sizeof(*s));
	struct shards sh;
	int rc = shards_read(db_dir, &sh, err);
	if (!rc) {
		struct xdb_set_opts o = XDB_SET_OPTS_INIT;
		o.allow_partial = allow_partial;
		rc = xdb_open_set((const char *const *)sh.spec, sh.n, &o,
				  &s->db, err);
		if (rc == DS_EOPEN && sh.n == 1 && !sh.nremote) {
			ds_err_clear(err);
			rc = ds_err_set(err, DS_EOPEN, "no index at '%s'",
					db_dir);
		}
		if (!rc)
			rc = cat_open_reader(sh.catalog, &s->cat, err);
		if (!rc)
			rc = cat_data_version(s->cat, &s->cat_version, err);
		shards_release(&sh);
	}
	/* the knowledge the index was tagged with, users' lines included */
	if (!rc)
		rc = gaz_load(s->cat, GAZ_LOAD_READ, &s->g, err);
	if (!rc)
		rc = ana_new("english", &s->ana, err);
	if (!rc)
		rc = ana_new("english", &s->words, err);
	if (!rc)
		ana_set_stemming(s->words, 0);
	if (rc) {
		srch_close(s);
		return rc;
	}
	*out = s;
	return 0;
}

void srch_close(struct srch *s)
{
	if (!s)
		return;
	xdb_close(s->db);
	cat_close(s->cat);
	gaz_free(s->g);
	ana_free(s->ana);
	ana_free(s->words);
	free(s);
}

int srch_refresh(struct srch *s, int *reopen, struct ds_err *err)
{
	*reopen = 0;
	int64_t v;
	int rc = cat_data_version(s->cat, &v, err);
	if (rc)
		return rc;
	struct buf missing = BUF_INIT;
	xdb_missing(s->db, &missing);
	*reopen = v != s->cat_version || missing.len;
	buf_release(&missing);
	return *reopen ? 0 : xdb_reopen(s->db, err);
}

void srch_missing(const struct srch *s, struct buf *out)
{
	xdb_missing(s->db, out);
}

static void hit_release(struct srch_hit *h)
{
	json_decref(h->doc);
	json_decref(h->alert);
	free(h->snippet);
	free(h->hl);
	if (h->matched) {
		free(h->matched->text);
		free(h->matched->kind);
		free(h->matched);
	}
	if (h->deal) {
		deal_release(h->deal);
		free(h->deal);
	}
	memset(h, 0, sizeof(*h));
}

void srch_result_release(struct srch_result *r)
{
	for (size_t i = 0; i < r->nhits; i++)
		hit_release(&r->hits[i]);
	free(r->hits);
	for (size_t f = 0; f < r->nfacets; f++) {
		for (size_t k = 0; k < r->facets[f].n; k++)
			free(r->facets[f].v[k].value);
		free(r->facets[f].v);
	}
	free(r->missing);
	memset(r, 0, sizeof(*r));
}

/* qry_env's has_term: when the writer moved on twice under us, a new
 * snapshot, as srch_run() does for the search itself. */
static int has_term(void *user, const char *term, size_t len, int *found,
		    struct ds_err *err)
{
	xdb *db = user;
	for (int attempt = 0;; attempt++) {
		int rc = xdb_has_term(db, term, len, found, err);
		if (rc != DS_EMODIFIED || attempt == 2)
			return rc;
		ds_err_clear(err);
		if ((rc = xdb_reopen(db, err)))
			return rc;
	}
}

/* ---- snippets ------------------------------------------------------------- */

#define SNIPPET_WORDS 32
#define MARKUP_MAX 100   /* bytes between Reuters' '<' and '>', at most */
#define TICKER_MAX 12    /* "<HRB.N>", "<CMRK.O>": a ticker's length */

/*
 * Reuters marks company names in its text, "<Vortan Industries Inc> said",
 * and stock tickers, "Harbin Group <HRB.N>".  The marks are no words and
 * must not reach a snippet, half of one least of all ("Industries Inc>
 * said" when the window starts inside the name): a snippet drops a name's
 * marks and shows a ticker in brackets, "Harbin Group (HRB.N)".  A mark
 * is a '<' before a word and a '>' after one, on either side of text
 * without either.  Any other '<' or '>' is half a mark and dropped too,
 * but for a comparison before a number ("x > 5", "<$10M").
 */
static size_t markup_close(const char *body, size_t lt)
{
	unsigned char c = (unsigned char)body[lt + 1];
	if (body[lt] != '<' || !c || isspace(c) || c == '>')
		return 0;
	for (size_t k = lt + 1; body[k] && k <= lt + MARKUP_MAX; k++) {
		if (body[k] == '<')
			return 0;
		if (body[k] == '>')
			return isspace((unsigned char)body[k - 1]) ? 0 : k;
	}
	return 0;
}

static int ticker_char(char c)
{
	return isupper((unsigned char)c) || isdigit((unsigned char)c) ||
	       c == '.';
}

/* Is body[lt..gt] (a mark, markup_close()) a ticker? */
static int is_ticker(const char *body, size_t lt, size_t gt)
{
	if (gt - lt - 1 > TICKER_MAX)
		return 0;
	for (size_t k = lt + 1; k < gt; k++)
		if (!ticker_char(body[k]))
			return 0;
	return 1;
}

/* The mark body[i] opens or closes, as [*lt, *gt]; 0 when it is none. */
static int markup_at(const char *body, size_t i, size_t *lt, size_t *gt)
{
	if (body[i] == '<') {
		*lt = i;
		return (*gt = markup_close(body, i)) != 0;
	}
	if (body[i] != '>')
		return 0;
	for (size_t k = i; k > 0 && k + MARKUP_MAX >= i; k--) {
		if (body[k - 1] == '>')
			return 0;
		if (body[k - 1] == '<') {
			*lt = k - 1;
			*gt = markup_close(body, k - 1);
			return *gt == i;
		}
	}
	return 0;
}

/* A '<' or '>' that is no comparison ("< $10M", ">5%"): half a mark,
 * the other half lost by Reuters ("Exxon Corp <XON)", "Sears Plc <
 * SEHL.L"). */
static int stray_mark(const char *body, size_t i)
{
	size_t k = i + 1;
	while (body[k] == ' ')
		k++;
	return !isdigit((unsigned char)body[k]) && body[k] != '$';
}

/*
 * A window edge inside a ticker ("<HRB.N>" from "HRB" or to "N") moves to
 * take all of it, brackets included.  OUT: the ticker's [*lt, *gt].
 */
static int in_ticker(const char *body, size_t i, size_t *lt, size_t *gt)
{
	size_t k = i;
	while (k > 0 && i - k < TICKER_MAX && ticker_char(body[k - 1]))
		k--;
	if (k == 0 || body[k - 1] != '<')
		return 0;
	*lt = k - 1;
	*gt = markup_close(body, k - 1);
	return *gt >= i && is_ticker(body, *lt, *gt);
}

/*
 * Where the body goes on after its headline, or 0: a page's text often
 * starts with its <h1>, which the snippet would show under the headline
 * again.  The headline counts when it is the body's first line, word for
 * word (ASCII case and white space aside) and text follows it.
 */
static size_t after_headline(const char *body, const char *title)
{
	if (!title)
		return 0;
	size_t i = 0, j = 0, tn = strlen(title);
	while (tn && isspace((unsigned char)title[tn - 1]))
		tn--;
	while (isspace((unsigned char)body[i]))
		i++;
	while (j < tn && isspace((unsigned char)title[j]))
		j++;
	if (j == tn)
		return 0;
	while (j < tn) {
		if (isspace((unsigned char)title[j])) {
			/* a run of white space in one, a run in the other */
			if (!isspace((unsigned char)body[i]))
				return 0;
			while (isspace((unsigned char)title[j]))
				j++;
			while (isspace((unsigned char)body[i]))
				i++;
			continue;
		}
		if (tolower((unsigned char)body[i]) !=
		    tolower((unsigned char)title[j]))
			return 0;
		i++;
		j++;
	}
	int line_ends = 0;
	while (isspace((unsigned char)body[i]))
		line_ends |= body[i++] == '\n';
	return line_ends && body[i] ? i : 0;
}

struct stok {
	size_t start, end;
	int hit;          /* index of the highlight stem + 1, or 0 */
};

/*
 * OUT: the words of `body` (*n of them, caller frees the array), each
 * marked with the query word it is (qi's highlights), if any.
 */
static struct stok *mark_words(struct srch *s, const char *body,
			       const struct qry_info *qi, size_t *out_n)
{
	struct ana_token t;
	struct stok *tk = NULL;
	size_t n = 0, cap = 0;
	ana_start(s->words, body, strlen(body), 0);
	while (ana_next(s->words, &t)) {
		if (t.flags & ANA_JOINED)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			tk = xrealloc(tk, cap * sizeof(*tk));
		}
		tk[n].start = t.start;
		tk[n].end = t.end;
		tk[n].hit = 0;
		/*
		 * A stem is its word or the word cut short, give or take the
		 * last letter (grocer/groceries -> grocer/groceri): only words
		 * that begin like a query stem are worth stemming.
		 */
		int stemmed = 0;
		const char *st = t.word;
		size_t sl = t.word_len;
		for (size_t k = 0; k < qi->nhighlight && !tk[n].hit; k++) {
			const char *w = qi->highlight[k];
			size_t wl = strlen(w);
			if (wl && w[wl - 1] == '*') {
				if (wl - 1 <= t.word_len &&
				    !memcmp(w, t.word, wl - 1))
					tk[n].hit = (int)k + 1;
				continue;
			}
			size_t head = wl > 1 ? wl - 1 : wl;
			if (t.word_len < head || memcmp(w, t.word, head))
				continue;
			if (!stemmed && (t.flags & ANA_ALPHA)) {
				ana_stem(s->words, t.word, t.word_len, &st,
					 &sl);
				stemmed = 1;
			}
			if (sl == wl && !memcmp(w, st, wl))
				tk[n].hit = (int)k + 1;
		}
		n++;
	}
	*out_n = n;
	return tk;
}

/*
 * The best window of the body: the SNIPPET_WORDS words holding the most
 * distinct query words (then the most of them, then the earliest), the
 * headline left out when the body starts with it.  Its text with runs of
 * white space made one space, Reuters' marks dropped (tickers in
 * brackets), "..." where cut, and the byte spans of the query's words in
 * it.
 */
static void snippet(struct srch *s, const char *body,
		    const struct qry_info *qi, struct srch_hit *h)
{
	size_t n;
	body += after_headline(body, json_string_value(json_object_get(h->doc,
								       "title")));
	struct stok *tk = mark_words(s, body, qi, &n);
	size_t best = 0, best_distinct = 0, best_hits = 0;
	unsigned char *seen = xcalloc(qi->nhighlight + 1, 1);
	for (size_t w = 0; w < n; w++) {
		if (!tk[w].hit && w)
			continue;   /* windows worth trying start at a hit */
		memset(seen, 0, qi->nhighlight + 1);
		size_t distinct = 0, hits = 0;
		for (size_t k = w; k < n && k < w + SNIPPET_WORDS; k++)
			if (tk[k].hit) {
				hits++;
				if (!seen[tk[k].hit]) {
					seen[tk[k].hit] = 1;
					distinct++;
				}
			}
		if (distinct > best_distinct ||
		    (distinct == best_distinct && hits > best_hits)) {
			best = w;
			best_distinct = distinct;
			best_hits = hits;
		}
	}
	free(seen);
	/* start a little before the first hit, for context */
	if (best_hits)
		best = best > 4 ? best - 4 : 0;
	struct buf out = BUF_INIT;
	h->hl = NULL;
	h->nhl = 0;
	if (n) {
		size_t last = best + SNIPPET_WORDS < n ? best + SNIPPET_WORDS : n;
		if (best > 0)
			buf_addstr(&out, "... ");
		size_t from = tk[best].start, to = tk[last - 1].end, lt, gt;
		if (in_ticker(body, from, &lt, &gt))
			from = lt;
		if (in_ticker(body, to - 1, &lt, &gt))
			to = gt + 1;
		size_t k = best;
		for (size_t i = from; i < to; i++) {
			while (k < last && tk[k].end <= i)
				k++;
			if (k < last && i == tk[k].start && tk[k].hit) {
				h->hl = xrealloc(h->hl, (h->nhl + 1) *
						 sizeof(*h->hl));
				h->hl[h->nhl].off = out.len;
				h->hl[h->nhl].len = tk[k].end - tk[k].start;
				h->nhl++;
			}
			char c = body[i];
			if (c == '<' || c == '>') {
				if (markup_at(body, i, &lt, &gt)) {
					if (!is_ticker(body, lt, gt))
						continue;
					c = c == '<' ? '(' : ')';
				} else if (stray_mark(body, i)) {
					continue;
				}
			}
			if (isspace((unsigned char)c)) {
				if (out.len && out.buf[out.len - 1] == ' ')
					continue;
				c = ' ';
			}
			buf_addch(&out, c);
		}
		/* highlight spans were measured in the body; white space may
		 * have shrunk inside a word's span only if the word had none */
		if (last < n)
			buf_addstr(&out, " ...");
	}
	h->snippet = buf_detach(&out, NULL);
	free(tk);
}

/* ---- facets ------------------------------------------------------------------ */

static int by_count(const void *a, const void *b)
{
	const struct srch_value *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->value, y->value);
}

/*
 * The members of facet f's field [a, e) of a facet value, as names: the
 * field's codes decoded (schema.h); calls add() for each.
 */
static void members(const struct gaz *g, enum srch_facet f, const char *a,
		    const char *e, void (*add)(void *u, const char *s,
					       size_t n), void *u)
{
	const char *name;
	switch (f) {
	case SF_TYPE:
	case SF_STATUS:
		name = f == SF_TYPE ? schema_deal_type((unsigned)(*a - 'a')) :
				      schema_deal_status((unsigned)(*a - 'a'));
		if (name)
			add(u, name, strlen(name));
		break;
	case SF_REGION:
	case SF_SECTOR:
		for (; a < e; a++) {
			int id = *a - 'A';
			if (f == SF_REGION && id >= 0 &&
			    (size_t)id < gaz_region_count(g))
				name = gaz_region(g, id)->slug;
			else if (f == SF_SECTOR && id >= 0 &&
				 (size_t)id < gaz_sector_count(g))
				name = gaz_sector(g, id)->slug;
			else
				continue;
			add(u, name, strlen(name));
		}
		break;
	case SF_COUNTRY:
		for (; a + 1 < e; a += 2)
			add(u, a, 2);
		break;
	case SF_COMPANY:
		while (a < e) {
			const char *m = memchr(a, SCHEMA_FACET_SEP,
					       (size_t)(e - a));
			if (!m)
				m = e;
			add(u, a, (size_t)(m - a));
			a = m + 1;
		}
		break;
	case SF_AMOUNT:
		name = schema_amount_bucket_name((unsigned)(*a - '0'));
		if (name)
			add(u, name, strlen(name));
		break;
	default:   /* year */
		add(u, a, (size_t)(e - a));
		break;
	}
}

struct tally {
	struct smap *index;
	struct srch_facet_result *fr;
	uint64_t count;
};

static void tally_add(void *u, const char *s, size_t n)
{
	struct tally *t = u;
	struct srch_facet_result *fr = t->fr;
	int k = smap_get(t->index, s, n);
	if (k < 0) {
		fr->v = xrealloc(fr->v, (fr->n + 1) * sizeof(*fr->v));
		fr->v[fr->n].value = xstrndup(s, n);
		fr->v[fr->n].count = 0;
		k = (int)fr->n++;
		smap_put(t->index, s, n, k);
	}
	fr->v[k].count += t->count;
}

/*
 * Count the facets of `mask` from one slot's distinct values (one per
 * combination among the matches, with its count): split each into its
 * facets' fields, decode each field's members, add the count to each.
 */
static void facets(const struct gaz *g, unsigned mask, unsigned slot,
		   const struct xdb_value_count *v, size_t n, uint64_t total,
		   uint64_t counted, struct srch_result *r)
{
	/* counts of a sample (xdb count_max) are scaled to all the
	 * matches once added up, each member's sum rounded once */
	double scale = counted && counted < total ?
		       (double)total / (double)counted : 1.0;
	struct tally t[SF_COUNT] = {{0}};
	uint64_t with[SF_COUNT] = {0};
	for (int f = 0; f < SF_COUNT; f++) {
		if (!(mask & (1u << f)))
			continue;
		struct srch_facet_result *fr = &r->facets[r->nfacets++];
		memset(fr, 0, sizeof(*fr));
		fr->facet = (enum srch_facet)f;
		t[f].fr = fr;
		t[f].index = smap_new();
	}
	/* the company slot holds that facet alone */
	int first = slot == SLOT_FACET_COMPANIES ? SF_COMPANY : 0;
	int last = slot == SLOT_FACET_COMPANIES ? SF_COMPANY + 1 : SF_COUNT;
	for (size_t i = 0; i < n; i++) {
		const char *s = v[i].value, *end = s + v[i].len;
		for (int f = first; f < last && s <= end; f++) {
			const char *fe = slot == SLOT_FACET_COMPANIES ? end :
				memchr(s, SCHEMA_FACET_FIELD_SEP,
				       (size_t)(end - s));
			if (!fe)
				fe = end;
			if (t[f].index && fe > s) {
				with[f] += v[i].count;
				t[f].count = v[i].count;
				members(g, (enum srch_facet)f, s, fe, tally_add,
					&t[f]);
			}
			s = fe + 1;
		}
	}
	for (int f = 0; f < SF_COUNT; f++) {
		if (!t[f].index)
			continue;
		smap_free(t[f].index);
		struct srch_facet_result *fr = t[f].fr;
		if (scale != 1.0) {
			for (size_t k = 0; k < fr->n; k++)
				fr->v[k].count = (uint64_t)llround(
					(double)fr->v[k].count * scale);
			with[f] = (uint64_t)llround((double)with[f] * scale);
		}
		if (fr->n)
			qsort(fr->v, fr->n, sizeof(*fr->v), by_count);
		if (f == SF_COMPANY && fr->n > SRCH_TOP_COMPANIES) {
			for (size_t k = SRCH_TOP_COMPANIES; k < fr->n; k++)
				free(fr->v[k].value);
			fr->n = SRCH_TOP_COMPANIES;
		}
		/* type, status and amount always have a value; "none"
		 * counts matches whose value is "none" or absent */
		fr->none = total > with[f] ? total - with[f] : 0;
	}
}

/* ---- matched amounts --------------------------------------------------------- */

/* The slots of the story's deal and funding amounts, low and high end of
 * each in turn (schema.h), as xdb_search() returns them per hit. */
static const unsigned amount_slots[2 * SCHEMA_MAX_AMOUNTS] = {
	SLOT_AMOUNTS + 0, SLOT_AMOUNTS + 1, SLOT_AMOUNTS + 2, SLOT_AMOUNTS + 3,
	SLOT_AMOUNTS + 4, SLOT_AMOUNTS + 5, SLOT_AMOUNTS + 6, SLOT_AMOUNTS + 7,
	SLOT_AMOUNTS + 8, SLOT_AMOUNTS + 9, SLOT_AMOUNTS + 10,
	SLOT_AMOUNTS + 11, SLOT_AMOUNTS + 12, SLOT_AMOUNTS + 13,
	SLOT_AMOUNTS + 14, SLOT_AMOUNTS + 15,
};
_Static_assert(SCHEMA_MAX_AMOUNTS == 8, "amount_slots lists 8 pairs");

/* The same USD figure (the index and the JSON both keep a double whole;
 * a hair of slack costs nothing). */
static int same_usd(json_t *v, double x)
{
	if (!json_is_number(v))
		return 0;
	double y = json_number_value(v);
	return fabs(x - y) <= 1e-9 * fmax(fabs(x), fabs(y));
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/*
 * What the story calls amount i of its slots, [lo, hi] in USD: the
 * document's "amounts_usd" entry i ([low, high, text, kind], schema.h),
 * or, in an index written before it, the deal's amount when it is the
 * same figure; else no text.
 */
static void amount_words_of(json_t *doc, size_t i, struct srch_amount *m)
{
	json_t *e = json_array_get(json_object_get(doc, "amounts_usd"), i);
	if (same_usd(json_array_get(e, 0), m->usd_low) &&
	    same_usd(json_array_get(e, 1), m->usd_high)) {
		m->text = dup_or_null(json_string_value(json_array_get(e, 2)));
		m->kind = dup_or_null(json_string_value(json_array_get(e, 3)));
		return;
	}
	json_t *a = json_object_get(json_object_get(json_object_get(doc,
		"tags"), "deal"), "amount");
	json_t *usd = json_object_get(a, "usd");
	json_t *lo = usd ? usd : json_object_get(a, "usd_low");
	json_t *hi = usd ? usd : json_object_get(a, "usd_high");
	if (same_usd(lo, m->usd_low) && same_usd(hi, m->usd_high)) {
		m->text = dup_or_null(json_string_value(json_object_get(a,
									"text")));
		m->kind = dup_or_null(json_string_value(json_object_get(a,
									"kind")));
	}
}

/*
 * The amount by which the hit met the first amount condition it meets:
 * its amounts' slot values (xh->values, in amount_slots' order) tried
 * against each condition in turn, as the compiled query compares them.
 * NULL when it meets none.
 */
static struct srch_amount *matched_amount(const struct qry_info *qi,
					  const struct xdb_hit *xh,
					  json_t *doc)
{
	for (size_t c = 0; c < qi->namounts; c++)
		for (size_t i = 0; i < SCHEMA_MAX_AMOUNTS; i++) {
			const struct xdb_hit_value *l = &xh->values[2 * i],
						   *h = &xh->values[2 * i + 1];
			if (!l->v || !h->v)
				continue;
			double lo = xdb_unsortable(l->v, l->len),
			       hi = xdb_unsortable(h->v, h->len);
			if (!qry_amount_match(&qi->amounts[c], lo, hi))
				continue;
			struct srch_amount *m = xcalloc(1, sizeof(*m));
			m->usd_low = lo;
			m->usd_high = hi;
			amount_words_of(doc, i, m);
			return m;
		}
	return NULL;
}

/* ---- alerts ------------------------------------------------------------- */

/*
 * Why a story is news to a saved query whose watermark is batch `w`
 * (docs/SCHEMA.md, "Alerts"): new when it was first indexed after w (or
 * its document predates alerts), else changed, by the changes it kept
 * from after w, oldest first.
 */
static json_t *alert_since(json_t *doc, int64_t w)
{
	json_t *a = json_object_get(doc, "alert");
	json_t *first = json_object_get(a, "first");
	if (!json_is_integer(first) || json_integer_value(first) > w)
		return json_pack("{s:s}", "reason", "new");
	json_t *changes = json_array();
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(a, "changes"), i, c) {
		if (json_integer_value(json_object_get(c, "batch")) <= w)
			continue;
		json_t *e = json_copy(c);
		const char *f = json_string_value(json_object_get(e, "field"));
		json_object_del(e, "batch");
		if (f && !strcmp(f, "text")) {
			/* an edit's from and to are hashes of the text */
			json_object_del(e, "from");
			json_object_del(e, "to");
		}
		json_array_append_new(changes, e);
	}
	return json_pack("{s:s,s:o}", "reason", "changed", "changes",
			 changes);
}

/* ---- running -------------------------------------------------------------- */

/* Each grouped hit's deal record, read together (deals.h). */
static int hit_records(struct srch *s, struct srch_result *r,
		       struct ds_err *err)
{
	const char **ids = xcalloc(r->nhits + 1, sizeof(*ids));
	size_t *at = xcalloc(r->nhits + 1, sizeof(*at));
	size_t n = 0;
	for (size_t i = 0; i < r->nhits; i++) {
		const char *deal = json_string_value(
			json_object_get(r->hits[i].doc, "deal_id"));
		if (deal) {
			at[n] = i;
			ids[n++] = deal;
		}
	}
	struct deal_rec *recs = xcalloc(n + 1, sizeof(*recs));
	int rc = deal_read_many(s->db, ids, n, recs, err);
	for (size_t k = 0; !rc && k < n; k++) {
		struct srch_hit *h = &r->hits[at[k]];
		h->deal = xcalloc(1, sizeof(*h->deal));
		*h->deal = recs[k];   /* moved */
	}
	free(recs);
	free(at);
	free(ids);
	return rc;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/*
 * OUT: the last batch of the snapshot being read (0 for an index never
 * written by batches).  An index error is an error, not batch 0: --new
 * would otherwise report nothing and move no watermark, silently.
 */
static int snapshot_batch(struct srch *s, int64_t *out, struct ds_err *err)
{
	struct buf v = BUF_INIT;
	int rc;
	for (int attempt = 0;; attempt++) {
		rc = xdb_get_metadata(s->db, SCHEMA_META_BATCH, &v, err);
		if (rc != DS_EMODIFIED || attempt == 2)
			break;
		/* the writer moved on while we read: a new snapshot */
		ds_err_clear(err);
		if ((rc = xdb_reopen(s->db, err)))
			break;
	}
	*out = !rc && v.len ? strtoll(v.buf, NULL, 10) : 0;
	buf_release(&v);
	return rc;
}

static int blank(const char *s)
{
	while (s && isspace((unsigned char)*s))
		s++;
	return !s || !*s;
}

/* dst's n items of `size` bytes, then src's m: the array (*n grown). */
static void *append_items(void *dst, size_t *n, const void *src, size_t m,
			  size_t size)
{
	if (!m)
		return dst;
	dst = xrealloc(dst, (*n + m) * size);
	memcpy((char *)dst + *n * size, src, m * size);
	*n += m;
	return dst;
}

/*
 * The query as a whole, filtered by each filter compiled alone: a filter
 * is never glued to the query's text, so it applies across the query's
 * ORs and cannot change its scores.  OUT: *out (caller frees), *qi with
 * the query's highlights (the filters' are not shown); a malformed query
 * or filter sets r->error_pos and r->error_filter.
 */
static int compile(struct srch *s, const struct srch_opts *o,
		   xdb_query **out, struct qry_info *qi,
		   struct srch_result *r, struct ds_err *err)
{
	struct qry_env env = {s->g, s->ana, has_term, s->db};
	xdb_query *q = NULL;
	int rc = 0;
	memset(qi, 0, sizeof(*qi));
	if (o->nfilters && blank(o->query))
		q = xdb_q_all();
	else
		rc = qry_compile(&env, o->query ? o->query : "", &q, qi, err);
	r->error_pos = qi->error_pos;
	for (size_t i = 0; !rc && i < o->nfilters; i++) {
		struct qry_info fi;
		xdb_query *f;
		rc = qry_compile(&env, o->filters[i], &f, &fi, err);
		if (rc) {
			r->error_pos = fi.error_pos;
			r->error_filter = i + 1;
			break;
		}
		/* a filter's amounts and boosts after the query's (the
		 * boosts' strings taken: fi keeps none) */
		qi->amounts = append_items(qi->amounts, &qi->namounts,
					   fi.amounts, fi.namounts,
					   sizeof(*fi.amounts));
		qi->boosts = append_items(qi->boosts, &qi->nboosts, fi.boosts,
					  fi.nboosts, sizeof(*fi.boosts));
		fi.nboosts = 0;
		qry_info_release(&fi);
		q = xdb_q_combine(XDB_FILTER, q, f);
	}
	if (!rc)
		rc = xdb_q_error(q, err);
	if (rc) {
		xdb_q_free(q);
		qry_info_release(qi);
		return rc;
	}
	*out = q;
	return 0;
}

/*
 * The order of the hits: the sort asked for, but a query that weighs no
 * word (fields, amounts, dates, places, exclusions, or --filter alone)
 * scores every hit 0, and "relevance" would be the index's order, the
 * oldest stories first: it is ranked newest first (the date slot, as
 * --sort date).  The one place that decides how a filter-only query
 * ranks (a deal's confidence may join the date here).
 */
static enum xdb_sort hit_order(const struct srch_opts *o,
			       const struct qry_info *qi)
{
	if (o->sort != XDB_SORT_RELEVANCE || qi->scored)
		return o->sort;
	return XDB_SORT_RANK;
}

/*
 * A query of filters that names a place or a sector ranks first the
 * stories whose deal has them as a party's attribute: the acquirer's or
 * the target's country, the target's sector (qry_info.boosts).  Each
 * such term a story has weighs 1 (xdb coord), and the rank slot orders
 * equal weights as before; the matches do not change.  For sort, the
 * order hit_order() chose.
 */
static void rank_by_parties(xdb_query **q, const struct qry_info *qi,
			    enum xdb_sort sort, struct xdb_search_opts *xo)
{
	if (sort != XDB_SORT_RANK || !qi->nboosts)
		return;
	xdb_query *b = NULL;
	for (size_t i = 0; i < qi->nboosts; i++) {
		/* each term once, so that each weighs 1 ("place:US" in the
		 * query and in a --filter) */
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = !strcmp(qi->boosts[i], qi->boosts[j]);
		if (seen)
			continue;
		xdb_query *t = xdb_q_term(qi->boosts[i],
					  strlen(qi->boosts[i]), 0);
		b = b ? xdb_q_combine(XDB_OR, b, t) : t;
	}
	*q = xdb_q_combine(XDB_AND_MAYBE, *q, b);
	xo->coord = 1;
}

/* The shards a partial result lacks (srch_result.missing), or NULL. */
static char *missing(xdb *db)
{
	struct buf b = BUF_INIT;
	xdb_missing(db, &b);
	if (!b.len) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

int srch_run(struct srch *s, const struct srch_opts *o,
	     struct srch_result *r, struct ds_err *err)
{
	memset(r, 0, sizeof(*r));
	double t0 = now_ms();
	struct qry_info qi;
	xdb_query *q;
	int rc = compile(s, o, &q, &qi, r, err);
	if (rc)
		return rc;
	/* one spy for the facets whose combinations repeat, one for the
	 * companies when they are asked for */
	unsigned slots[2];
	size_t nslots = 0;
	unsigned company = 1u << SF_COMPANY;
	if (o->facets & ~company)
		slots[nslots++] = SLOT_FACETS;
	if (o->facets & company)
		slots[nslots++] = SLOT_FACET_COMPANIES;
	/* with amount conditions, each hit's amounts: which one met them */
	int amounts = qi.namounts && !o->ranks_only;
	struct xdb_search_opts xo = {
		.offset = o->offset, .limit = o->limit,
		.sort = hit_order(o, &qi), .facet_slots = slots,
		.nfacets = nslots, .date_slot = SLOT_SORT_DATE,
		.amount_slot = SLOT_SORT_AMOUNT, .rank_slot = SLOT_RANK,
		.no_data = o->ranks_only,
		.value_slots = amounts ? amount_slots : NULL,
		.nvalues = amounts ? ARRAY_SIZE(amount_slots) : 0,
		.collapse = o->group_deal, .collapse_slot = SLOT_DEAL,
		.count_max = !o->count_limit ? SRCH_COUNT_LIMIT :
			     o->count_limit == SRCH_COUNT_ALL ? 0 :
			     o->count_limit,
		.sample_prefix = PFX_SAMPLE,
		.sample_buckets = SCHEMA_SAMPLE_BUCKETS,
		.sample_first_prefix = PFX_SAMPLE_FIRST,
		.sample_fine_prefix = PFX_SAMPLE_FINE,
		.sample_fine = SCHEMA_SAMPLE_FINE,
		.year_prefix = PFX_YEAR,
	};
	rank_by_parties(&q, &qi, xo.sort, &xo);
	r->amount_conditions = qi.namounts;
	r->scored = qi.scored;
	struct xdb_result xr;
	/* the snapshot's batch bounds saved queries' --new; a plain search
	 * does not ask (on remote shards it is a round trip) */
	if ((o->after_batch > 0 || o->upto_batch > 0) &&
	    (rc = snapshot_batch(s, &r->batch, err))) {
		xdb_q_free(q);
		qry_info_release(&qi);
		return rc;
	}
	if (o->after_batch > 0 || o->upto_batch > 0) {
		/* stories whose last alert came in batches (after, upto]:
		 * saved queries' --new; after == upto matches nothing */
		char lo[XDB_SORTABLE_MAX], hi[XDB_SORTABLE_MAX];
		int64_t upto = o->upto_batch > 0 ? o->upto_batch : r->batch;
		size_t nl = xdb_sortable((double)(o->after_batch + 1), lo);
		size_t nh = xdb_sortable((double)upto, hi);
		q = xdb_q_combine(XDB_FILTER, q, xdb_q_range(SLOT_BATCH, lo,
							      nl, hi, nh));
		r->batch = upto;
		if ((rc = xdb_q_error(q, err))) {
			xdb_q_free(q);
			qry_info_release(&qi);
			return rc;
		}
	}
	for (int attempt = 0;; attempt++) {
		rc = xdb_search(s->db, q, &xo, &xr, err);
		if (rc != DS_EMODIFIED || attempt == 2)
			break;
		/* the writer moved on twice while we read: a new snapshot */
		ds_err_clear(err);
		if ((rc = xdb_reopen(s->db, err)))
			break;
	}
	xdb_q_free(q);
	if (rc) {
		qry_info_release(&qi);
		return rc;
	}
	r->total = xr.total;
	r->stories = xr.uncollapsed;
	r->counted = xr.counted;
	r->missing = missing(s->db);
	r->grouped = o->group_deal;
	r->deals = o->group_deal ? xr.total - xr.keyless : 0;
	r->hits = xcalloc(xr.nhits ? xr.nhits : 1, sizeof(*r->hits));
	for (size_t i = 0; i < xr.nhits; i++) {
		struct srch_hit *h = &r->hits[r->nhits++];
		h->rank = o->offset + (unsigned)i + 1;
		h->score = xr.hits[i].score;
		h->docid = xr.hits[i].docid;
		if (o->ranks_only)
			continue;
		h->doc = json_loads(xr.hits[i].data, JSON_DISABLE_EOF_CHECK,
				    NULL);
		if (!h->doc)
			h->doc = json_object();
		snippet(s, schema_data_body(xr.hits[i].data), &qi, h);
		if (amounts)
			h->matched = matched_amount(&qi, &xr.hits[i], h->doc);
		if (o->alerts)
			h->alert = alert_since(h->doc, o->after_batch);
	}
	if (!rc && o->group_deal && !o->ranks_only)
		rc = hit_records(s, r, err);
	if (rc) {
		xdb_result_release(&xr);
		qry_info_release(&qi);
		srch_result_release(r);
		return rc;
	}
	r->alerts = o->alerts && !o->ranks_only;
	/* the spies see every matching story, grouped or not */
	if (o->facets & ~company)
		facets(s->g, o->facets & ~company, SLOT_FACETS, xr.facets[0],
		       xr.nfacet[0], xr.uncollapsed, xr.counted, r);
	if (o->facets & company)
		facets(s->g, company, SLOT_FACET_COMPANIES,
		       xr.facets[nslots - 1], xr.nfacet[nslots - 1],
		       xr.uncollapsed, xr.counted, r);
	xdb_result_release(&xr);
	qry_info_release(&qi);
	r->ms = now_ms() - t0;
	return 0;
}

int srch_deal(struct srch *s, const char *id, struct deal_rec *out,
	      struct ds_err *err)
{
	return deal_read(s->db, id, 1, out, err);
}

static int by_value(const void *a, const void *b)
{
	const struct deal_rec *x = a, *y = b;
	int nx = isnan(x->value_usd), ny = isnan(y->value_usd);
	if (nx || ny)
		return nx - ny;
	return (x->value_usd < y->value_usd) - (x->value_usd > y->value_usd);
}

int srch_deals(struct srch *s, const struct srch_opts *o,
	       enum srch_deal_sort sort, struct deal_rec **recs, size_t *n,
	       uint64_t *total, struct srch_result *r_err,
	       struct ds_err *err)
{
	*recs = NULL;
	*n = 0;
	*total = 0;
	memset(r_err, 0, sizeof(*r_err));
	struct qry_info qi;
	xdb_query *q;
	int rc;
	if (blank(o->query) && !o->nfilters) {
		memset(&qi, 0, sizeof(qi));
		q = xdb_q_all();
	} else if ((rc = compile(s, o, &q, &qi, r_err, err))) {
		return rc;
	}
	/* the stories with a deal record */
	q = xdb_q_combine(XDB_FILTER, q, xdb_q_range(SLOT_DEAL, "d", 1, NULL,
						     0));
	int all = sort == SRCH_DEALS_VALUE;
	uint64_t docs = 0;
	if ((rc = xdb_doc_count(s->db, &docs, err))) {
		xdb_q_free(q);
		qry_info_release(&qi);
		return rc;
	}
	struct xdb_search_opts xo = {
		.offset = all ? 0 : o->offset,
		.limit = all ? (unsigned)(docs ? docs : 1) : o->limit,
		.sort = sort == SRCH_DEALS_DATE ? XDB_SORT_DATE :
			qi.scored ? XDB_SORT_RELEVANCE : XDB_SORT_RANK,
		.date_slot = SLOT_SORT_DATE, .rank_slot = SLOT_RANK, .no_data = 1,
		.collapse = 1, .collapse_slot = SLOT_DEAL,   /* the ids: keys */
	};
	rank_by_parties(&q, &qi, xo.sort, &xo);
	struct xdb_result xr;
	rc = xdb_search(s->db, q, &xo, &xr, err);
	xdb_q_free(q);
	qry_info_release(&qi);
	if (rc)
		return rc;
	*total = xr.total;
	struct deal_rec *v = xcalloc(xr.nhits ? xr.nhits : 1, sizeof(*v));
	size_t k = 0;
	for (size_t i = 0; !rc && i < xr.nhits; i++) {
		if (!xr.hits[i].key)
			continue;
		char *d = xstrndup(xr.hits[i].key, xr.hits[i].keylen);
		rc = deal_read(s->db, d, 0, &v[k], err);
		free(d);
		if (!rc)
			k++;
	}
	xdb_result_release(&xr);
	if (rc) {
		for (size_t i = 0; i < k; i++)
			deal_release(&v[i]);
		free(v);
		return rc;
	}
	if (all) {
		qsort(v, k, sizeof(*v), by_value);
		size_t from = o->offset < k ? o->offset : k;
		size_t to = from + o->limit < k ? from + o->limit : k;
		for (size_t i = 0; i < from; i++)
			deal_release(&v[i]);
		for (size_t i = to; i < k; i++)
			deal_release(&v[i]);
		memmove(v, v + from, (to - from) * sizeof(*v));
		k = to - from;
	}
	*recs = v;
	*n = k;
	return 0;
}

const struct gaz *srch_gazetteer(const struct srch *s)
{
	return s->g;
}

/* "YYYY-MM-DD" of a date slot value "YYYYMMDDHHMMSS", or "". */
static void day_of(const struct buf *v, char out[SRCH_DAY_LEN])
{
	out[0] = '\0';
	if (v->len >= 8)
		snprintf(out, SRCH_DAY_LEN, "%.4s-%.2s-%.2s", v->buf,
			 v->buf + 4, v->buf + 6);
}

int srch_date_range(struct srch *s, char first[SRCH_DAY_LEN],
		    char last[SRCH_DAY_LEN], struct ds_err *err)
{
	struct buf lo = BUF_INIT, hi = BUF_INIT;
	int rc = xdb_value_bounds(s->db, SLOT_DATE, &lo, &hi, err);
	day_of(&lo, first);
	day_of(&hi, last);
	buf_release(&lo);
	buf_release(&hi);
	return rc;
}

/* ---- one story ------------------------------------------------------------- */

void srch_story_release(struct srch_story *st)
{
	json_decref(st->doc);
	free(st->body);
	free(st->hl);
	memset(st, 0, sizeof(*st));
}

int srch_story(struct srch *s, const char *id, const char *query,
	       struct srch_story *st, struct ds_err *err)
{
	memset(st, 0, sizeof(*st));
	struct buf term = BUF_INIT, data = BUF_INIT;
	schema_idterm(id, &term);
	int rc = xdb_get_data(s->db, term.buf, term.len, &data, err);
	buf_release(&term);
	if (rc == DS_ENOTFOUND) {
		ds_err_clear(err);
		rc = ds_err_set(err, DS_ENOTFOUND, "no story '%s'", id);
	}
	if (rc) {
		buf_release(&data);
		return rc;
	}
	st->doc = json_loads(data.buf, JSON_DISABLE_EOF_CHECK, NULL);
	if (!st->doc)
		st->doc = json_object();
	st->body = xstrdup(schema_data_body(data.buf));
	buf_release(&data);
	/* the query's words, as its snippets mark them; a query that does
	 * not compile marks none (the story is what was asked for) */
	struct qry_env env = {s->g, s->ana, has_term, s->db};
	struct qry_info qi;
	struct ds_err qerr = DS_ERR_INIT;
	xdb_query *q = NULL;
	if (query && !blank(query) &&
	    !qry_compile(&env, query, &q, &qi, &qerr)) {
		size_t n;
		struct stok *tk = mark_words(s, st->body, &qi, &n);
		for (size_t i = 0; i < n; i++) {
			if (!tk[i].hit)
				continue;
			st->hl = xrealloc(st->hl, (st->nhl + 1) *
					  sizeof(*st->hl));
			st->hl[st->nhl].off = tk[i].start;
			st->hl[st->nhl++].len = tk[i].end - tk[i].start;
		}
		free(tk);
		qry_info_release(&qi);
	}
	xdb_q_free(q);
	return 0;
}

/* ---- saved queries --------------------------------------------------------- */

int srch_saved_name_ok(const char *name, struct ds_err *err)
{
	size_t n = strlen(name);
	int ok = n >= 1 && n <= 64;
	for (size_t i = 0; ok && i < n; i++)
		ok = isalnum((unsigned char)name[i]) || strchr("._-", name[i]);
	return ok ? 0 : ds_err_set(err, DS_EINVAL, "'%s' is not a saved query "
				   "name (1 to 64 letters, digits, '.', '_', "
				   "'-')", name);
}

int srch_saved_add(struct srch *s, const char *name, const char *query,
		   const char *options, int replace, size_t *error_pos,
		   struct ds_err *err)
{
	int rc = srch_saved_name_ok(name, err);
	if (rc)
		return rc;
	/* a query that does not compile is refused now, not at 3 a.m. */
	struct qry_env env = {s->g, s->ana, has_term, s->db};
	struct qry_info qi;
	xdb_query *q;
	rc = qry_compile(&env, query, &q, &qi, err);
	*error_pos = qi.error_pos;
	xdb_q_free(q);
	qry_info_release(&qi);
	if (rc)
		return rc;
	return cat_saved_put(s->cat, name, query, options, replace, err);
}

int srch_saved_get(struct srch *s, const char *name, struct cat_saved *q,
		   struct ds_err *err)
{
	return cat_saved_get(s->cat, name, q, err);
}

int srch_saved_remove(struct srch *s, const char *name, struct ds_err *err)
{
	return cat_saved_remove(s->cat, name, err);
}

int srch_saved_list(struct srch *s, struct cat_saved **out, size_t *n,
		    struct ds_err *err)
{
	return cat_saved_list(s->cat, out, n, err);
}

/* A change of a record's field, for its alert. */
static void deal_change(json_t *changes, const char *field, json_t *from,
			json_t *to)
{
	json_t *c = json_object();
	json_object_set_new(c, "field", json_string(field));
	json_object_set_new(c, "from", from);
	json_object_set_new(c, "to", to);
	json_array_append_new(changes, c);
}

static json_t *usd_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

/*
 * `saved run --new --by deal`: each grouped hit's record as it stood at
 * the watermark w against now.  A record with no story then is a new
 * deal; one whose status or value moved is a changed deal; any other is
 * not news (its new stories told nothing new) and leaves the result.
 * Stories without a record stay as they are.
 */
static int deal_news(struct srch *s, int64_t w, struct srch_result *r,
		     struct ds_err *err)
{
	size_t keep = 0;
	int rc = 0;
	for (size_t i = 0; i < r->nhits; i++) {
		struct srch_hit *h = &r->hits[i];
		int drop = 0;
		if (h->deal && !rc) {
			struct deal_rec then;
			struct ds_err e = DS_ERR_INIT;
			int got = deal_read_as_of(s->db, h->deal->id, w, &then, &e);
			json_t *a = json_object();
			if (got == DS_ENOTFOUND) {
				json_object_set_new(a, "reason", json_string("new deal"));
			} else if (got) {
				ds_err_set(err, got, "%s", e.msg);
				rc = got;
			} else {
				json_t *ch = json_array();
				const char *was = then.status, *is = h->deal->status;
				if ((was || is) && (!was || !is || strcmp(was, is)))
					deal_change(ch, "status", was ? json_string(was) :
						    json_null(), is ? json_string(is) :
						    json_null());
				double v0 = then.value_usd, v1 = h->deal->value_usd;
				if (isnan(v0) != isnan(v1) ||
				    (!isnan(v0) && fabs(v0 - v1) > 0.5))
					deal_change(ch, "value", usd_or_null(v0),
						    usd_or_null(v1));
				drop = json_array_size(ch) == 0;
				json_object_set_new(a, "reason", json_string(
							    "deal changed"));
				json_object_set_new(a, "changes", ch);
				deal_release(&then);
			}
			json_decref(h->alert);
			h->alert = a;
		}
		if (drop) {
			hit_release(h);
			r->total--;
			continue;
		}
		if (keep != i)
			r->hits[keep] = *h;
		r->hits[keep].rank = (unsigned)keep + 1;
		keep++;
	}
	r->nhits = keep;
	return rc;
}

int srch_saved_run(struct srch *s, const char *name, struct srch_opts *o,
		   int new_only, struct srch_result *r, struct ds_err *err)
{
	struct cat_saved sq;
	memset(r, 0, sizeof(*r));
	int rc = cat_saved_get(s->cat, name, &sq, err);
	if (rc)
		return rc;
	o->query = sq.query;
	if (new_only) {
		/* stories whose last alert came in batches (watermark,
		 * this snapshot's last]; empty if none */
		o->after_batch = sq.watermark;
		o->alerts = 1;
		if ((rc = snapshot_batch(s, &o->upto_batch, err))) {
			cat_saved_release(&sq);
			return rc;
		}
		if (o->upto_batch < sq.watermark)
			o->upto_batch = sq.watermark;
		/* the watermark passes every story of those batches, so
		 * every one is reported: no page, no limit */
		o->offset = 0;
		o->limit = UINT_MAX;
	}
	rc = srch_run(s, o, r, err);
	if (!rc && new_only && o->group_deal)
		rc = deal_news(s, o->after_batch, r, err);
	/* partial results (a shard did not answer) do not move the
	 * watermark: the missing shard's stories are reported next time */
	if (!rc && new_only)
		o->limit = (unsigned)r->nhits;
	if (!rc && new_only && !r->missing) {
		int moved;
		rc = cat_saved_advance(s->cat, name, sq.watermark, r->batch,
				       &moved, err);
		if (!rc && !moved) {
			srch_result_release(r);
			rc = ds_err_set(err, DS_EMODIFIED, "saved query '%s' was "
					"run with --new at the same time; run it "
					"again", name);
		}
	}
	o->query = NULL;
	cat_saved_release(&sq);
	return rc;
}
