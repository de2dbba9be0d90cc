/*
 * places.c - the places stage (stages.h): the places an article names,
 * the story's countries and regions, weighed by where they are named.
 */
#include <stdlib.h>
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
/* A region named outright ("Southeast Asia") counts from this weight. */
#define REGION_MIN 2.0

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

/* The dateline's place: "CALGARY, Alberta, March 3" -> Alberta -> CA. */
static int dateline_place(struct doc *doc)
{
	if (!doc->dateline)
		return -1;
	const char *s = doc->dateline;
	size_t n = doc->dateline_len;
	int best = -1;
	size_t i = 0;
	while (i < n) {
		const char *comma = memchr(s + i, ',', n - i);
		size_t e = comma ? (size_t)(comma - s) : n;
		gaz_key(doc->g, s + i, e - i, &doc->scratch);
		const struct gaz_entry *g = doc->scratch.len ?
			gaz_lookup_dateline(doc->g, doc->scratch.buf,
					    doc->scratch.len) : NULL;
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
	int dl = dateline_place(doc);
	if (dl >= 0) {
		add_place(t, doc->g, dl, seen, &cap);
		cs[gaz_place(doc->g, dl)->country].score += DATELINE_WEIGHT;
	}
	for (size_t m = 0; m < doc->nment; m++) {
		const struct doc_ment *x = &doc->ment[m];
		double w = weight(doc, x->sent, lead);
		if (x->kind == DOC_PLACE) {
			add_place(t, doc->g, x->id, seen, &cap);
			cs[gaz_place(doc->g, x->id)->country].score += w;
		} else if (x->kind == DOC_REGION) {
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
		const struct gaz_country *c = gaz_country(doc->g, cs[i].country);
		memcpy(t->countries[t->ncountries++], c->code, 3);
		mask |= c->regions;
	}
	for (size_t r = 0; r < nr; r++)
		if (rs[r] >= REGION_MIN)
			for (int k = (int)r; k >= 0; k = gaz_region(doc->g, k)->parent)
				mask |= 1u << k;
	int other = gaz_region_find(doc->g, "other");
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
