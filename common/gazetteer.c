/*
 * gazetteer.c - loading and looking up the gazetteers (gazetteer.h).
 *
 * Each data file is a table with a fixed number of tab-separated columns;
 * the last column may hold several names separated by '|'.  Every name
 * becomes a phrase key in one hash map (running text) or, for dateline
 * abbreviations, in a second one.  Strings are kept in owned arrays and
 * freed together.
 */
#include "gazetteer.h"

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "analyse.h"
#include "catalog.h"
#include "paths.h"
#include "smap.h"

const char *const gaz_files[] = {
	"rates", "yearly_rates", "currencies", "regions", "countries", "cities",
	"outlets", "companies", "company_countries", "people", "sectors", NULL,
};

struct gaz {
	struct ana *ana;           /* keys on the thread that made it */
	pthread_t owner;
	struct money_tab *money;
	struct smap *alias;        /* phrase key -> ent[] */
	struct smap *dateline;     /* dateline-only key -> ent[] */
	struct smap *sector_kw;    /* stem key -> sector */
	struct smap *country_code; /* "sg" -> country */
	struct smap *region_slug;  /* slug -> region */
	struct smap *sector_slug;  /* slug -> sector */
	struct smap *company_name; /* key -> company, to merge aliases */
	struct smap *outlet;       /* key -> an outlet's country */
	struct smap *first;        /* first words of running-text names */
	struct smap *sector_first; /* first stems of sector phrases */
	struct smap *sector_form;  /* the words of sector keywords as
				      written, and their plurals */
	struct gaz_entry *ent;
	size_t nent, capent;
	struct gaz_place *place;
	size_t nplace, capplace;
	struct gaz_country *country;
	size_t ncountry, capcountry;
	struct gaz_region region[GAZ_MAX_REGIONS];
	size_t nregion;
	struct gaz_sector *sector;
	size_t nsector, capsector;
	const char **company;
	int *company_country;      /* per company: gaz_country(), or -1 */
	size_t ncompany, capcompany;
	const char **person;
	size_t nperson, capperson;
	char **strings;            /* every owned string */
	size_t nstrings, capstrings;
	XXH64_state_t *hash;
	char hex[17];
	struct buf key;            /* scratch */
};

#define GROW(arr, n, cap)                                                 \
	do {                                                              \
		if ((n) == (cap)) {                                       \
			(cap) = (cap) ? (cap) * 2 : 32;                   \
			(arr) = xrealloc((arr), (cap) * sizeof(*(arr)));  \
		}                                                         \
	} while (0)

static const char *own(struct gaz *g, const char *s, size_t len)
{
	GROW(g->strings, g->nstrings, g->capstrings);
	char *p = xstrndup(s, len);
	g->strings[g->nstrings++] = p;
	return p;
}

/* gaz_hash()'s answer, kept current as lines are taken in. */
static void set_hex(struct gaz *g)
{
	snprintf(g->hex, sizeof(g->hex), "%016llx",
		 (unsigned long long)XXH64_digest(g->hash));
}

int gaz_new(struct gaz **out, struct ds_err *err)
{
	*out = NULL;
	struct gaz *g = xcalloc(1, sizeof(*g));
	g->owner = pthread_self();
	int rc = ana_new("english", &g->ana, err);
	if (rc) {
		free(g);
		return rc;
	}
	g->money = money_tab_new();
	g->alias = smap_new();
	g->dateline = smap_new();
	g->sector_kw = smap_new();
	g->country_code = smap_new();
	g->region_slug = smap_new();
	g->sector_slug = smap_new();
	g->company_name = smap_new();
	g->outlet = smap_new();
	g->first = smap_new();
	g->sector_first = smap_new();
	g->sector_form = smap_new();
	g->hash = XXH64_createState();
	XXH64_reset(g->hash, 0);
	set_hex(g);
	buf_init(&g->key, 64);
	*out = g;
	return 0;
}

void gaz_free(struct gaz *g)
{
	if (!g)
		return;
	ana_free(g->ana);
	money_tab_free(g->money);
	smap_free(g->alias);
	smap_free(g->dateline);
	smap_free(g->sector_kw);
	smap_free(g->country_code);
	smap_free(g->region_slug);
	smap_free(g->sector_slug);
	smap_free(g->company_name);
	smap_free(g->outlet);
	smap_free(g->first);
	smap_free(g->sector_first);
	smap_free(g->sector_form);
	free(g->ent);
	free(g->place);
	free(g->country);
	free(g->sector);
	free(g->company);
	free(g->company_country);
	free(g->person);
	for (size_t i = 0; i < g->nstrings; i++)
		free(g->strings[i]);
	free(g->strings);
	XXH64_freeState(g->hash);
	buf_release(&g->key);
	free(g);
}

const char *gaz_data_dir(void)
{
	static char path[4096];
	snprintf(path, sizeof(path), "%s/gazetteers", paths_data_dir());
	return path;
}

/*
 * The analyser keys are made with: the gazetteer's own on the thread that
 * made it, else the calling thread's own (made at its first key, freed
 * when the thread ends), so that tagging threads share one gazetteer.
 */
static pthread_key_t thread_ana;
static pthread_once_t thread_ana_once = PTHREAD_ONCE_INIT;

static void thread_ana_free(void *a)
{
	ana_free(a);
}

static void thread_ana_init(void)
{
	if (pthread_key_create(&thread_ana, thread_ana_free))
		abort();
}

static struct ana *key_ana(const struct gaz *g)
{
	if (pthread_equal(pthread_self(), g->owner))
		return g->ana;
	pthread_once(&thread_ana_once, thread_ana_init);
	struct ana *a = pthread_getspecific(thread_ana);
	if (!a) {
		struct ds_err err = DS_ERR_INIT;
		/* the same call made g->ana: it cannot fail now but for
		 * memory */
		if (ana_new("english", &a, &err) ||
		    pthread_setspecific(thread_ana, a)) {
			fprintf(stderr, "fatal: %s\n", err.msg);
			abort();
		}
	}
	return a;
}

static unsigned make_key(const struct gaz *g, const char *s, size_t len,
			 struct buf *out, int stems)
{
	struct ana_token t;
	struct ana *a = key_ana(g);
	unsigned n = 0;
	buf_reset(out);
	ana_start(a, s, len, 0);   /* scratch state, see key_ana() */
	while (ana_next(a, &t)) {
		if (t.flags & ANA_JOINED)
			continue;
		if (n++)
			buf_addch(out, ' ');
		if (stems)
			buf_add(out, t.stem, t.stem_len);
		else
			buf_add(out, t.word, t.word_len);
	}
	return n;
}

unsigned gaz_key(const struct gaz *g, const char *s, size_t len,
		 struct buf *out)
{
	return make_key(g, s, len, out, 0);
}

unsigned gaz_stem_key(const struct gaz *g, const char *s, size_t len,
		      struct buf *out)
{
	return make_key(g, s, len, out, 1);
}

/* Case rule of a name as written in the data. */
static unsigned case_flags(const char *s, size_t len)
{
	size_t letters = 0, upper = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isalpha(c)) {
			letters++;
			upper += isupper(c) != 0;
		}
	}
	if (letters && letters == upper && letters <= 4)
		return GAZ_CAPS;
	if (len && isupper((unsigned char)s[0]))
		return GAZ_PROPER;
	return 0;
}

static void add_name(struct gaz *g, struct smap *map, const char *s,
		     size_t len, enum gaz_kind kind, int id)
{
	unsigned words = make_key(g, s, len, &g->key, 0);
	if (!words || words > GAZ_MAX_WORDS)
		return;
	GROW(g->ent, g->nent, g->capent);
	struct gaz_entry *e = &g->ent[g->nent];
	e->kind = kind;
	e->id = id;
	e->words = words;
	e->flags = case_flags(s, len);
	smap_put(map, g->key.buf, g->key.len, (int)g->nent++);
	if (map == g->alias) {
		const char *sp = memchr(g->key.buf, ' ', g->key.len);
		smap_put(g->first, g->key.buf,
			 sp ? (size_t)(sp - g->key.buf) : g->key.len, 1);
	}
}

/* Call add_name for each '|'-separated name of s[0..len). */
static void add_names(struct gaz *g, struct smap *map, const char *s,
		      size_t len, enum gaz_kind kind, int id)
{
	size_t i = 0;
	while (i < len) {
		const char *bar = memchr(s + i, '|', len - i);
		size_t e = bar ? (size_t)(bar - s) : len;
		if (e > i)
			add_name(g, map, s + i, e - i, kind, id);
		i = e + 1;
	}
}

struct cols {
	const char *p[6];
	size_t n[6];
	size_t count;
};

static void split(const char *line, size_t len, struct cols *c)
{
	size_t i = 0;
	c->count = 0;
	while (c->count < 6) {
		const char *tab = memchr(line + i, '\t', len - i);
		size_t e = tab ? (size_t)(tab - line) : len;
		c->p[c->count] = line + i;
		c->n[c->count++] = e - i;
		if (!tab)
			break;
		i = e + 1;
	}
}

static int bad(struct ds_err *err, const char *where, const char *why)
{
	return ds_err_set(err, DS_EFORMAT, "'%s': %s", where, why);
}

static int parse_double(const char *s, size_t n, double *v)
{
	char tmp[64];
	char *end;
	if (!n || n >= sizeof(tmp))
		return 0;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	*v = strtod(tmp, &end);
	return *end == '\0';
}

static int lower_get(const struct smap *m, const char *s, size_t n)
{
	char tmp[64];
	if (n >= sizeof(tmp))
		return -1;
	for (size_t i = 0; i < n; i++)
		tmp[i] = (char)tolower((unsigned char)s[i]);
	return smap_get(m, tmp, n);
}

static void lower_put(struct smap *m, const char *s, size_t n, int v)
{
	char tmp[64];
	if (n >= sizeof(tmp))
		return;
	for (size_t i = 0; i < n; i++)
		tmp[i] = (char)tolower((unsigned char)s[i]);
	smap_put(m, tmp, n, v);
}

static int add_place(struct gaz *g, const char *name, size_t n, int country,
		     enum gaz_place_kind kind)
{
	GROW(g->place, g->nplace, g->capplace);
	struct gaz_place *p = &g->place[g->nplace];
	p->name = own(g, name, n);
	p->country = country;
	p->kind = kind;
	p->sub[0] = '\0';
	return (int)g->nplace++;
}

/* A rate column: finite USD per unit within bounds, or an error. */
static int parse_rate(const char *p, size_t n, const char *where,
		      double *usd, struct ds_err *err)
{
	/* isnan: "nan" parses, and compares false with any bound */
	if (!parse_double(p, n, usd) || isnan(*usd) || *usd < GAZ_RATE_MIN ||
	    *usd > GAZ_RATE_MAX)
		return ds_err_set(err, DS_EFORMAT, "'%s': '%.*s' is not a rate "
				  "(USD per unit, from 0.000000001 to "
				  "1000000)", where, (int)n, p);
	return 0;
}

static int line_rates(struct gaz *g, struct cols *c, const char *where,
		      struct ds_err *err)
{
	double usd = 0;
	if (c->count < 2 || c->n[0] != 3)
		return bad(err, where, "expected code, usd_per_unit, name[, since]");
	if (parse_rate(c->p[1], c->n[1], where, &usd, err))
		return DS_EFORMAT;
	char code[4];
	memcpy(code, c->p[0], 3);
	code[3] = '\0';
	/* an optional fourth column: the year a peg holds from (without
	 * it, a peg set before keeps its year: a user's rate line) */
	double since;
	if (c->count < 4 || !c->n[3]) {
		money_tab_set_rate(g->money, code, usd);
		return 0;
	}
	if (!parse_double(c->p[3], c->n[3], &since) || since != floor(since) ||
	    since < MONEY_YEAR_MIN || since > MONEY_YEAR_MAX)
		return ds_err_set(err, DS_EFORMAT, "'%s': '%.*s' is not a year "
				  "(%d to %d)", where, (int)c->n[3], c->p[3],
				  MONEY_YEAR_MIN, MONEY_YEAR_MAX);
	money_tab_set_rate_since(g->money, code, usd, (int)since);
	return 0;
}

/* code, year, usd_per_unit: a year's average rate (money.h) */
static int line_yearly_rates(struct gaz *g, struct cols *c, const char *where,
			     struct ds_err *err)
{
	double usd = 0, year;
	if (c->count < 3 || c->n[0] != 3)
		return bad(err, where, "expected code, year, usd_per_unit");
	if (!parse_double(c->p[1], c->n[1], &year) || year != floor(year) ||
	    year < MONEY_YEAR_MIN || year > MONEY_YEAR_MAX)
		return ds_err_set(err, DS_EFORMAT, "'%s': '%.*s' is not a year "
				  "(%d to %d)", where, (int)c->n[1], c->p[1],
				  MONEY_YEAR_MIN, MONEY_YEAR_MAX);
	if (parse_rate(c->p[2], c->n[2], where, &usd, err))
		return DS_EFORMAT;
	char code[4];
	memcpy(code, c->p[0], 3);
	code[3] = '\0';
	money_tab_set_year_rate(g->money, code, (int)year, usd);
	return 0;
}

static int line_currencies(struct gaz *g, struct cols *c, const char *where,
			   struct ds_err *err)
{
	double factor;
	if (c->count < 4)
		return bad(err, where, "expected form, code, factor, where");
	if (!parse_double(c->p[2], c->n[2], &factor) || factor <= 0)
		return bad(err, where, "factor is not a positive number");
	enum money_where w;
	if (c->n[3] == 3 && !memcmp(c->p[3], "pre", 3))
		w = MONEY_PRE;
	else if (c->n[3] == 4 && !memcmp(c->p[3], "post", 4))
		w = MONEY_POST;
	else if (c->n[3] == 4 && !memcmp(c->p[3], "both", 4))
		w = MONEY_BOTH;
	else if (c->n[3] == 10 && !memcmp(c->p[3], "pre-scaled", 10))
		w = (enum money_where)(MONEY_PRE | MONEY_SCALED);
	else if (c->n[3] == 9 && !memcmp(c->p[3], "pre-glued", 9))
		w = (enum money_where)(MONEY_PRE | MONEY_GLUED);
	else
		return bad(err, where, "where is not pre, post, both, "
				       "pre-scaled or pre-glued");
	char code[4] = "";
	if (!(c->n[1] == 1 && c->p[1][0] == '-')) {
		if (c->n[1] != 3)
			return bad(err, where, "code is not 3 letters");
		memcpy(code, c->p[1], 3);
		code[3] = '\0';
	}
	money_tab_add_form(g->money, c->p[0], c->n[0], code, factor, w);
	return 0;
}

static int line_regions(struct gaz *g, struct cols *c, const char *where,
			struct ds_err *err)
{
	if (c->count < 3)
		return bad(err, where, "expected slug, name, parent, names");
	int parent = -1;
	if (!(c->n[2] == 1 && c->p[2][0] == '-')) {
		parent = smap_get(g->region_slug, c->p[2], c->n[2]);
		if (parent < 0)
			return bad(err, where, "unknown parent region");
	}
	int id = smap_get(g->region_slug, c->p[0], c->n[0]);
	if (id < 0) {
		if (g->nregion == GAZ_MAX_REGIONS)
			return bad(err, where, "too many regions");
		id = (int)g->nregion++;
		smap_put(g->region_slug, c->p[0], c->n[0], id);
	}
	struct gaz_region *r = &g->region[id];
	r->slug = own(g, c->p[0], c->n[0]);
	r->name = own(g, c->p[1], c->n[1]);
	r->parent = parent;
	add_name(g, g->alias, c->p[1], c->n[1], GAZ_REGION, id);
	if (c->count > 3)
		add_names(g, g->alias, c->p[3], c->n[3], GAZ_REGION, id);
	return 0;
}

static int line_countries(struct gaz *g, struct cols *c, const char *where,
			  struct ds_err *err)
{
	if (c->count < 3 || c->n[0] != 2)
		return bad(err, where, "expected code, name, regions, names");
	uint32_t mask = 0;
	size_t i = 0;
	while (i < c->n[2]) {
		const char *bar = memchr(c->p[2] + i, '|', c->n[2] - i);
		size_t e = bar ? (size_t)(bar - c->p[2]) : c->n[2];
		int r = smap_get(g->region_slug, c->p[2] + i, e - i);
		if (r < 0)
			return bad(err, where, "unknown region");
		for (; r >= 0; r = g->region[r].parent)
			mask |= 1u << r;
		i = e + 1;
	}
	int id = lower_get(g->country_code, c->p[0], 2);
	if (id < 0) {
		GROW(g->country, g->ncountry, g->capcountry);
		id = (int)g->ncountry++;
		lower_put(g->country_code, c->p[0], 2, id);
	}
	struct gaz_country *k = &g->country[id];
	k->code[0] = (char)toupper((unsigned char)c->p[0][0]);
	k->code[1] = (char)toupper((unsigned char)c->p[0][1]);
	k->code[2] = '\0';
	k->name = own(g, c->p[1], c->n[1]);
	k->regions = mask;
	k->place = add_place(g, c->p[1], c->n[1], id, GAZ_COUNTRY);
	add_name(g, g->alias, c->p[1], c->n[1], GAZ_PLACE, k->place);
	if (c->count > 3)
		add_names(g, g->alias, c->p[3], c->n[3], GAZ_PLACE, k->place);
	return 0;
}

static int line_cities(struct gaz *g, struct cols *c, const char *where,
		       struct ds_err *err)
{
	/* "US" or, for a place in a subdivision, "US-TX" (ISO 3166-2) */
	size_t sub = c->n[0] > 3 ? c->n[0] - 3 : 0;
	if (c->count < 3 || (c->n[0] != 2 && (c->n[0] < 4 || c->n[0] > 6 ||
					      c->p[0][2] != '-')))
		return bad(err, where, "expected code, kind, names");
	for (size_t k = 0; k < sub; k++)
		if (!isalnum((unsigned char)c->p[0][3 + k]))
			return bad(err, where, "bad subdivision code");
	int country = lower_get(g->country_code, c->p[0], 2);
	if (country < 0)
		return bad(err, where, "unknown country code");
	enum gaz_place_kind kind;
	struct smap *map = g->alias;
	if (c->n[1] == 4 && !memcmp(c->p[1], "city", 4))
		kind = GAZ_CITY;
	else if (c->n[1] == 5 && !memcmp(c->p[1], "state", 5))
		kind = GAZ_STATE;
	else if (c->n[1] == 4 && !memcmp(c->p[1], "abbr", 4)) {
		kind = GAZ_STATE;
		map = g->dateline;
	} else
		return bad(err, where, "kind is not city, state or abbr");
	size_t i = 0;
	const char *s = c->p[2];
	while (i < c->n[2]) {
		const char *bar = memchr(s + i, '|', c->n[2] - i);
		size_t e = bar ? (size_t)(bar - s) : c->n[2];
		if (e > i) {
			int id = add_place(g, s + i, e - i, country, kind);
			struct gaz_place *pl = &g->place[id];
			for (size_t k = 0; k < sub; k++)
				pl->sub[k] = (char)toupper(
					(unsigned char)c->p[0][3 + k]);
			pl->sub[sub] = '\0';
			add_name(g, map, s + i, e - i, GAZ_PLACE, id);
		}
		i = e + 1;
	}
	return 0;
}

static int line_named(struct gaz *g, struct cols *c, const char **where,
		      enum gaz_kind kind, struct ds_err *err)
{
	if (!c->n[0])
		return bad(err, *where, "empty name");
	int id;
	if (kind == GAZ_COMPANY) {
		make_key(g, c->p[0], c->n[0], &g->key, 0);
		id = smap_get(g->company_name, g->key.buf, g->key.len);
		if (id < 0) {
			size_t cap = g->capcompany;
			GROW(g->company, g->ncompany, g->capcompany);
			if (g->capcompany != cap)
				g->company_country = xrealloc(
					g->company_country,
					g->capcompany *
					sizeof(*g->company_country));
			id = (int)g->ncompany;
			g->company_country[id] = -1;
			g->company[g->ncompany++] = own(g, c->p[0], c->n[0]);
			smap_put(g->company_name, g->key.buf, g->key.len, id);
		}
	} else {
		GROW(g->person, g->nperson, g->capperson);
		id = (int)g->nperson;
		g->person[g->nperson++] = own(g, c->p[0], c->n[0]);
	}
	add_name(g, g->alias, c->p[0], c->n[0], kind, id);
	if (c->count > 1)
		add_names(g, g->alias, c->p[1], c->n[1], kind, id);
	return 0;
}

/* outlets.tsv: a country's code, then the names of news outlets that
 * publish from it ("|" between). */
static int line_outlets(struct gaz *g, struct cols *c, const char *where,
			struct ds_err *err)
{
	if (c->count < 2 || c->n[0] != 2)
		return bad(err, where, "expected country code, outlet names");
	int country = lower_get(g->country_code, c->p[0], 2);
	if (country < 0)
		return bad(err, where, "unknown country code");
	size_t i = 0;
	const char *s = c->p[1];
	while (i < c->n[1]) {
		const char *bar = memchr(s + i, '|', c->n[1] - i);
		size_t e = bar ? (size_t)(bar - s) : c->n[1];
		if (make_key(g, s + i, e - i, &g->key, 0))
			smap_put(g->outlet, g->key.buf, g->key.len, country);
		i = e + 1;
	}
	return 0;
}

/* company_countries.tsv: a known company's canonical name, then its
 * home country's code or "-" (none). */
static int line_company_country(struct gaz *g, struct cols *c,
				const char *where, struct ds_err *err)
{
	if (c->count < 2 || !c->n[0])
		return bad(err, where, "expected company, country code");
	make_key(g, c->p[0], c->n[0], &g->key, 0);
	int id = smap_get(g->company_name, g->key.buf, g->key.len);
	if (id < 0)
		return bad(err, where, "not a company of companies.tsv");
	if (c->n[1] == 1 && c->p[1][0] == '-') {
		g->company_country[id] = -1;
		return 0;
	}
	int country = c->n[1] == 2 ? lower_get(g->country_code, c->p[1], 2)
				   : -1;
	if (country < 0)
		return bad(err, where, "unknown country code");
	g->company_country[id] = country;
	return 0;
}

/*
 * The words of sector keyword kw as written, each with its plural ("-s",
 * "-es", "-y" -> "-ies") or, for a plural, its singular ("metals" ->
 * "metal", "groceries" -> "grocery"): the forms a text's word must have
 * to count (the stem alone would make "hospitality" a hospital's,
 * "published" a publisher's, "exploring alternatives" an exploration's).
 */
static void add_sector_forms(struct gaz *g, const char *kw, size_t len)
{
	struct buf w = BUF_INIT;
	make_key(g, kw, len, &g->key, 0);
	const char *p = g->key.buf, *end = g->key.buf + g->key.len;
	while (p < end) {
		const char *sp = memchr(p, ' ', (size_t)(end - p));
		size_t n = sp ? (size_t)(sp - p) : (size_t)(end - p);
		static const char *const plural[] = {"", "s", "es"};
		for (size_t k = 0; k < 3; k++) {
			buf_reset(&w);
			buf_add(&w, p, n);
			buf_addstr(&w, plural[k]);
			smap_put(g->sector_form, w.buf, w.len, 1);
		}
		if (n > 1 && p[n - 1] == 'y') {
			buf_reset(&w);
			buf_add(&w, p, n - 1);
			buf_addstr(&w, "ies");
			smap_put(g->sector_form, w.buf, w.len, 1);
		}
		if (n > 3 && !memcmp(p + n - 3, "ies", 3)) {
			buf_reset(&w);
			buf_add(&w, p, n - 3);
			buf_addch(&w, 'y');
			smap_put(g->sector_form, w.buf, w.len, 1);
		} else if (n > 2 && p[n - 1] == 's' && p[n - 2] != 's') {
			smap_put(g->sector_form, p, n - 1, 1);
		}
		p += n + 1;
	}
	buf_release(&w);
}

static int line_sectors(struct gaz *g, struct cols *c, const char *where,
			struct ds_err *err)
{
	if (c->count < 3)
		return bad(err, where, "expected slug, name, keywords");
	int id = smap_get(g->sector_slug, c->p[0], c->n[0]);
	if (id < 0) {
		GROW(g->sector, g->nsector, g->capsector);
		id = (int)g->nsector++;
		smap_put(g->sector_slug, c->p[0], c->n[0], id);
	}
	g->sector[id].slug = own(g, c->p[0], c->n[0]);
	g->sector[id].name = own(g, c->p[1], c->n[1]);
	size_t i = 0;
	const char *s = c->p[2];
	while (i < c->n[2]) {
		const char *bar = memchr(s + i, '|', c->n[2] - i);
		size_t e = bar ? (size_t)(bar - s) : c->n[2];
		unsigned words = make_key(g, s + i, e - i, &g->key, 1);
		if (words && words <= GAZ_MAX_WORDS)
			smap_put(g->sector_kw, g->key.buf, g->key.len, id);
		if (words > 1) {
			const char *sp = memchr(g->key.buf, ' ', g->key.len);
			smap_put(g->sector_first, g->key.buf,
				 (size_t)(sp - g->key.buf), 1);
		}
		if (words && words <= GAZ_MAX_WORDS)
			add_sector_forms(g, s + i, e - i);
		i = e + 1;
	}
	return 0;
}

int gaz_add_line(struct gaz *g, const char *file, const char *line,
		 size_t len, const char *where, struct ds_err *err)
{
	while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
		len--;
	if (!len || line[0] == '#')
		return 0;
	struct cols c;
	int rc;
	split(line, len, &c);
	if (!strcmp(file, "rates"))
		rc = line_rates(g, &c, where, err);
	else if (!strcmp(file, "yearly_rates"))
		rc = line_yearly_rates(g, &c, where, err);
	else if (!strcmp(file, "currencies"))
		rc = line_currencies(g, &c, where, err);
	else if (!strcmp(file, "regions"))
		rc = line_regions(g, &c, where, err);
	else if (!strcmp(file, "countries"))
		rc = line_countries(g, &c, where, err);
	else if (!strcmp(file, "cities"))
		rc = line_cities(g, &c, where, err);
	else if (!strcmp(file, "outlets"))
		rc = line_outlets(g, &c, where, err);
	else if (!strcmp(file, "companies"))
		rc = line_named(g, &c, &where, GAZ_COMPANY, err);
	else if (!strcmp(file, "company_countries"))
		rc = line_company_country(g, &c, where, err);
	else if (!strcmp(file, "people"))
		rc = line_named(g, &c, &where, GAZ_PERSON, err);
	else if (!strcmp(file, "sectors"))
		rc = line_sectors(g, &c, where, err);
	else
		return ds_err_set(err, DS_EINVAL, "unknown gazetteer '%s'", file);
	if (!rc) {   /* the hash covers what was taken in */
		XXH64_update(g->hash, file, strlen(file) + 1);
		XXH64_update(g->hash, line, len);
		XXH64_update(g->hash, "\n", 1);
		set_hex(g);
	}
	return rc;
}

int gaz_read_dir(const char *dir, struct buf *out, struct ds_err *err)
{
	struct buf path = BUF_INIT;
	char *line = NULL;
	size_t cap = 0;
	int rc = 0;
	for (size_t f = 0; !rc && gaz_files[f]; f++) {
		buf_reset(&path);
		buf_addf(&path, "%s/%s.tsv", dir, gaz_files[f]);
		FILE *fp = fopen(path.buf, "r");
		if (!fp) {
			rc = ds_err_set(err, DS_EOPEN, "cannot open '%s': %m",
					path.buf);
			break;
		}
		ssize_t n;
		while ((n = getline(&line, &cap, fp)) > 0) {
			while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
				n--;
			if (!n || line[0] == '#')
				continue;
			buf_addf(out, "%s\t", gaz_files[f]);
			buf_add(out, line, (size_t)n);
			buf_addch(out, '\n');
		}
		fclose(fp);
	}
	free(line);
	buf_release(&path);
	return rc;
}

int gaz_add_records(struct gaz *g, const char *rec, size_t len,
		    struct ds_err *err)
{
	struct buf where = BUF_INIT;
	size_t i = 0, lineno = 0;
	int rc = 0;
	char file[32];
	while (!rc && i < len) {
		const char *nl = memchr(rec + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - rec) : len;
		const char *tab = memchr(rec + i, '\t', e - i);
		lineno++;
		if (tab && (size_t)(tab - rec - i) < sizeof(file)) {
			size_t fl = (size_t)(tab - rec) - i;
			memcpy(file, rec + i, fl);
			file[fl] = '\0';
			buf_reset(&where);
			buf_addf(&where, "%s record %zu", file, lineno);
			rc = gaz_add_line(g, file, tab + 1,
					  e - (size_t)(tab + 1 - rec),
					  where.buf, err);
		}
		i = e + 1;
	}
	buf_release(&where);
	return rc;
}

int gaz_load_bundled(struct gaz **out, struct ds_err *err)
{
	return gaz_load(NULL, GAZ_LOAD_READ, out, err);
}

const char *gaz_hash(const struct gaz *g)
{
	return g->hex;
}

int gaz_load(struct cat *c, enum gaz_load_mode mode, struct gaz **out,
	     struct ds_err *err)
{
	struct buf rec = BUF_INIT;
	struct gaz *g = NULL;
	int rc = 0;
	*out = NULL;
	if (c && mode == GAZ_LOAD_READ) {
		rc = cat_gaz_records(c, NULL, &rec, err);
		if (!rc && rec.len) {
			rc = gaz_new(&g, err);
			if (!rc)
				rc = gaz_add_records(g, rec.buf, rec.len, err);
			goto out;
		}
	}
	/* the bundled files, read once */
	if (!rc)
		rc = gaz_read_dir(gaz_data_dir(), &rec, err);
	if (!rc)
		rc = gaz_new(&g, err);
	if (!rc)
		rc = gaz_add_records(g, rec.buf, rec.len, err);
	if (!rc && c && mode == GAZ_LOAD_SYNC) {
		int changed;
		rc = cat_gaz_sync(c, rec.buf, rec.len, gaz_hash(g), &changed,
				  err);
		/* then the users' lines, after the bundled ones they amend */
		buf_reset(&rec);
		if (!rc)
			rc = cat_gaz_records(c, "user", &rec, err);
		if (!rc && rec.len)
			rc = gaz_add_records(g, rec.buf, rec.len, err);
	}
out:
	buf_release(&rec);
	if (rc) {
		gaz_free(g);
		return rc;
	}
	*out = g;
	return 0;
}

const struct gaz_entry *gaz_lookup(const struct gaz *g, const char *key,
				   size_t len)
{
	int v = smap_get(g->alias, key, len);
	return v < 0 ? NULL : &g->ent[v];
}

int gaz_may_start(const struct gaz *g, const char *word, size_t len)
{
	return smap_get(g->first, word, len) >= 0;
}

const struct gaz_entry *gaz_lookup_dateline(const struct gaz *g,
					    const char *key, size_t len)
{
	int v = smap_get(g->dateline, key, len);
	return v < 0 ? gaz_lookup(g, key, len) : &g->ent[v];
}

int gaz_sector_may_start(const struct gaz *g, const char *stem, size_t len)
{
	return smap_get(g->sector_first, stem, len) >= 0;
}

int gaz_sector_of(const struct gaz *g, const char *key, size_t len)
{
	return smap_get(g->sector_kw, key, len);
}

int gaz_sector_form(const struct gaz *g, const char *word, size_t len)
{
	return smap_get(g->sector_form, word, len) >= 0;
}

const struct gaz_place *gaz_place(const struct gaz *g, int id)
{
	return &g->place[id];
}

const struct gaz_country *gaz_country(const struct gaz *g, int id)
{
	return &g->country[id];
}

const struct gaz_region *gaz_region(const struct gaz *g, int id)
{
	return &g->region[id];
}

const struct gaz_sector *gaz_sector(const struct gaz *g, int id)
{
	return &g->sector[id];
}

const char *gaz_company(const struct gaz *g, int id)
{
	return g->company[id];
}

int gaz_outlet_country(const struct gaz *g, const char *key, size_t len)
{
	return smap_get(g->outlet, key, len);
}

int gaz_company_country(const struct gaz *g, int id)
{
	return g->company_country[id];
}

const char *gaz_person(const struct gaz *g, int id)
{
	return g->person[id];
}

size_t gaz_country_count(const struct gaz *g) { return g->ncountry; }
size_t gaz_region_count(const struct gaz *g) { return g->nregion; }
size_t gaz_sector_count(const struct gaz *g) { return g->nsector; }

int gaz_country_find(const struct gaz *g, const char *code)
{
	return strlen(code) == 2 ? lower_get(g->country_code, code, 2) : -1;
}

int gaz_region_find(const struct gaz *g, const char *slug)
{
	return smap_get(g->region_slug, slug, strlen(slug));
}

int gaz_sector_find(const struct gaz *g, const char *slug)
{
	return smap_get(g->sector_slug, slug, strlen(slug));
}

const struct money_tab *gaz_money(const struct gaz *g)
{
	return g->money;
}
