/*
 * query.c - the query language (query.h, docs/QUERY.md).
 *
 * Overview: the text is cut into tokens (words, "phrases", parentheses,
 * field:value pairs, a leading '-'), then a recursive-descent parser
 * builds the xdb_query directly:
 *
 *   query   := or
 *   or      := and ("OR" and)*
 *   and     := item (["AND"] item)*          side by side means AND
 *   item    := "NOT" item | "-" primary | primary   (NOT NOT x is x)
 *   primary := "(" or ")" | field ":" value | amount | "phrase"
 *            | prefix* | name | word
 *   amount  := [op] money | money ".." money | "between" money "and" money
 *
 * An amount's words are as many as the money recogniser reads as one
 * amount ("> 500 mln dlrs"): amount_words() tries the longest first.
 *
 * An `and` collects its positive and negative items: AND of the positive
 * ones, AND_NOT the OR of the negative ones (MatchAll when only negative).
 * Names typed without quotes ("Southeast Asia", "Jack Ma") are found by
 * looking ahead over plain words for the longest gazetteer name.
 */
#define _GNU_SOURCE
#include "query.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "money.h"
#include "schema.h"
#include "typo.h"

enum tk { T_WORD, T_PHRASE, T_LPAREN, T_RPAREN, T_AND, T_OR, T_NOT, T_END };

struct tok {
	enum tk type;
	size_t start, end;      /* span in the query text */
	size_t vs, ve;          /* the value: a word, a phrase's inside, or
				   what follows "field:" */
	int neg;                /* "-word" */
	int field;              /* index in fields[], or -1 */
};

enum field {
	F_TITLE, F_COMPANY, F_ACQUIRER, F_TARGET, F_INVESTOR, F_PERSON,
	F_PLACE, F_REGION, F_SECTOR, F_TYPE, F_STATUS, F_SOURCE, F_ID,
	F_AMOUNT, F_DATE, F_AFTER, F_BEFORE, F_ACQ_COUNTRY, F_TGT_COUNTRY,
	F_TGT_SECTOR,
};

#define FIELD_NAME_MAX 16   /* longer names are not field attempts */

static const char *const fields[] = {
	"title", "company", "acquirer", "target", "investor", "person",
	"place", "region", "sector", "type", "status", "source", "id",
	"amount", "date", "after", "before", "acquirer-country",
	"target-country", "target-sector",
};

struct parser {
	const struct qry_env *env;
	const char *text;
	size_t len;
	struct tok *t;
	size_t n, cap, i;
	int depth;
	unsigned leaves;
	unsigned weighed;       /* words that score, outside exclusions */
	struct qry_info *info;
	struct ds_err *err;
	int rc;
	struct buf key, scratch;
	const char *sector_slug;   /* the last sector_filter() named */
	unsigned char *amount_neg; /* per info->amounts: inside an odd
				      number of exclusions */
	unsigned char *boost_neg;  /* the same per info->boosts */
};

static xdb_query *fail(struct parser *p, size_t pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static xdb_query *fail(struct parser *p, size_t pos, const char *fmt, ...)
{
	if (!p->rc) {
		char msg[400];
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(msg, sizeof(msg), fmt, ap);
		va_end(ap);
		/* msg quotes the query: keep it one line of whole characters */
		size_t n = strlen(msg);
		for (size_t i = 0; i < n; i++)
			if ((unsigned char)msg[i] < 0x20)
				msg[i] = ' ';
		if (n == sizeof(msg) - 1) {   /* cut: drop the last character */
			while (n && ((unsigned char)msg[--n] & 0xC0) == 0x80)
				;
			msg[n] = '\0';
		}
		p->rc = ds_err_set(p->err, DS_EQUERY, "%s", msg);
		p->info->error_pos = pos;
	}
	return NULL;
}

/* ---- tokens ------------------------------------------------------------ */

static struct tok *push(struct parser *p, enum tk type, size_t s, size_t e)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
		p->t = xrealloc(p->t, p->cap * sizeof(*p->t));
	}
	struct tok *t = &p->t[p->n++];
	memset(t, 0, sizeof(*t));
	t->type = type;
	t->start = t->vs = s;
	t->end = t->ve = e;
	t->field = -1;
	return t;
}

/* Does s[i] end a word?  White space is the analyser's (ana_space): a
 * no-break space in "Southeast\u00a0Asia" separates as a space does. */
static int stop_at(const char *s, size_t n, size_t i)
{
	return s[i] == '(' || s[i] == ')' || s[i] == '"' ||
	       ana_space(s + i, n - i);
}

/* Names people may type for a field: the search page's facets. */
static const struct {
	const char *name, *field;
} field_aliases[] = {
	{"country", "place"},
	{"year", "date"},
};

/*
 * Is s[i..colon) before a value (s[colon + 1..e), or a '"' after it) an
 * attempt at a field that is not one?  The field meant, or NULL.  An
 * attempt is a name of ASCII letters within edit distance 1 of a field
 * (2 for names of five letters or more), or a facet's name (country:,
 * year:), before a value that does not start with '/': "10:30",
 * "http://x" and "re:merger" are words.
 */
static const char *field_typo(const char *s, size_t n, size_t i,
			      size_t colon, size_t e)
{
	size_t fl = colon - i;
	if (fl < 2 || fl > FIELD_NAME_MAX)
		return NULL;
	for (size_t k = i; k < colon; k++)
		if (!isalpha((unsigned char)s[k]) || (s[k] & 0x80))
			return NULL;
	int value = colon + 1 < e ? s[colon + 1] != '/' :
		    e < n && s[e] == '"';
	if (!value)
		return NULL;
	for (size_t a = 0; a < ARRAY_SIZE(field_aliases); a++)
		if (strlen(field_aliases[a].name) == fl &&
		    !strncasecmp(field_aliases[a].name, s + i, fl))
			return field_aliases[a].field;
	struct typo t;
	typo_init(&t, s + i, fl);
	for (size_t f = 0; f < ARRAY_SIZE(fields); f++)
		typo_try(&t, fields[f]);
	return t.near;
}

static int lex(struct parser *p)
{
	const char *s = p->text;
	size_t i = 0, n = p->len, sp;
	while (i < n) {
		if ((sp = ana_space(s + i, n - i))) {
			i += sp;
			continue;
		}
		size_t start = i;
		int neg = 0;
		if (s[i] == '-' && i + 1 < n && !ana_space(s + i + 1, n - i - 1)
		    && s[i + 1] != ')') {
			if (s[i + 1] == '(') {
				push(p, T_NOT, i, i + 1);
				i++;
				continue;
			}
			neg = 1;
			i++;
		}
		if (s[i] == '(' || s[i] == ')') {
			push(p, s[i] == '(' ? T_LPAREN : T_RPAREN, i, i + 1);
			i++;
			continue;
		}
		if (s[i] == '"') {
			const char *q = memchr(s + i + 1, '"', n - i - 1);
			if (!q) {
				fail(p, i, "missing closing quote");
				return -1;
			}
			struct tok *t = push(p, T_PHRASE, start, (size_t)(q - s) + 1);
			t->vs = i + 1;
			t->ve = (size_t)(q - s);
			t->neg = neg;
			i = t->end;
			continue;
		}
		size_t e = i;
		while (e < n && !stop_at(s, n, e))
			e++;
		struct tok *t = push(p, T_WORD, start, e);
		t->vs = i;
		t->ve = e;
		t->neg = neg;
		if (!neg && e - i == 3 && !memcmp(s + i, "AND", 3))
			t->type = T_AND;
		else if (!neg && e - i == 2 && !memcmp(s + i, "OR", 2))
			t->type = T_OR;
		else if (!neg && e - i == 3 && !memcmp(s + i, "NOT", 3))
			t->type = T_NOT;
		const char *colon = memchr(s + i, ':', e - i);
		if (t->type == T_WORD && colon) {
			size_t fl = (size_t)(colon - s) - i;
			for (size_t f = 0; f < ARRAY_SIZE(fields);
			     f++)
				if (strlen(fields[f]) == fl &&
				    !strncasecmp(fields[f], s + i, fl))
					t->field = (int)f;
			const char *near = t->field < 0 ?
				field_typo(s, n, i, (size_t)(colon - s), e) :
				NULL;
			if (near) {
				fail(p, i, "unknown field '%.*s'; did you mean "
				     "'%s'?", (int)fl, s + i, near);
				return -1;
			}
			if (t->field >= 0) {
				t->vs = (size_t)(colon - s) + 1;
				/* field:"a phrase" */
				if (t->vs == e && e < n && s[e] == '"') {
					const char *q = memchr(s + e + 1, '"',
							       n - e - 1);
					if (!q) {
						fail(p, e, "missing closing quote");
						return -1;
					}
					t->vs = e + 1;
					t->ve = (size_t)(q - s);
					t->end = t->ve + 1;
					e = t->end;
				}
				if (t->ve <= t->vs) {
					fail(p, t->start, "missing value after "
					     "'%.*s:'", (int)fl, s + i);
					return -1;
				}
			}
		}
		i = e;
	}
	push(p, T_END, n, n);
	return 0;
}

/* ---- leaves ------------------------------------------------------------- */

static xdb_query *leaf(struct parser *p, xdb_query *q, size_t pos)
{
	/* what the builder caught, Xapian's message included; NULL is out
	 * of memory */
	int rc = xdb_q_error(q, p->rc ? NULL : p->err);
	if (rc) {
		if (!p->rc)
			p->rc = rc;
		xdb_q_free(q);
		return NULL;
	}
	if (++p->leaves > QRY_MAX_LEAVES) {
		xdb_q_free(q);
		return fail(p, pos, "too many terms (at most %d)",
			    QRY_MAX_LEAVES);
	}
	return q;
}

static void highlight(struct parser *p, const char *stem, size_t len)
{
	struct qry_info *in = p->info;
	for (size_t i = 0; i < in->nhighlight; i++)
		if (strlen(in->highlight[i]) == len &&
		    !memcmp(in->highlight[i], stem, len))
			return;
	in->highlight = xrealloc(in->highlight,
				 (in->nhighlight + 1) * sizeof(char *));
	in->highlight[in->nhighlight++] = xstrndup(stem, len);
}

/* Highlight the words of s[0..len) in snippets. */
static void highlight_text(struct parser *p, const char *s, size_t len)
{
	struct ana_token t;
	ana_start(p->env->ana, s, len, 0);
	while (ana_next(p->env->ana, &t))
		if (!(t.flags & ANA_JOINED))
			highlight(p, t.stem, t.stem_len);
}

/*
 * The text s[0..len) as stems with `prefix`: one term, or a phrase of
 * several ("e-commerce" -> e commerce).  NULL with an error if no word.
 */
static xdb_query *text_query(struct parser *p, const char *s, size_t len,
			     const char *prefix, int hl, size_t pos)
{
	struct ana_token t;
	struct buf terms = BUF_INIT;
	size_t *offs = NULL, *lens = NULL, n = 0;
	ana_start(p->env->ana, s, len, 0);
	while (ana_next(p->env->ana, &t)) {
		if (t.flags & ANA_JOINED)
			continue;
		offs = xrealloc(offs, (n + 1) * sizeof(*offs));
		lens = xrealloc(lens, (n + 1) * sizeof(*lens));
		offs[n] = terms.len;
		buf_addstr(&terms, prefix);
		buf_add(&terms, t.stem, t.stem_len);
		lens[n] = terms.len - offs[n];
		buf_addch(&terms, '\0');
		if (hl)
			highlight(p, t.stem, t.stem_len);
		n++;
	}
	xdb_query *q = NULL;
	if (!n) {
		fail(p, pos, "'%.*s' has no word to search for", (int)len, s);
	} else if (n == 1) {
		p->weighed++;
		q = leaf(p, xdb_q_term(terms.buf, lens[0], 0), pos);
	} else {
		const char **v = xmalloc(n * sizeof(*v));
		for (size_t i = 0; i < n; i++)
			v[i] = terms.buf + offs[i];
		p->weighed++;
		q = leaf(p, xdb_q_phrase(v, lens, n), pos);
		free(v);
	}
	free(offs);
	free(lens);
	buf_release(&terms);
	return q;
}

/* A boolean filter term: prefix + value. */
static xdb_query *tag(struct parser *p, const char *prefix, const char *v,
		      size_t len, size_t pos)
{
	buf_reset(&p->scratch);
	buf_addstr(&p->scratch, prefix);
	buf_add(&p->scratch, v, len);
	return leaf(p, xdb_q_term(p->scratch.buf, p->scratch.len, 1), pos);
}

/* A name's term value: folded words joined by '-' (docbuild.c). */
static void name_value(struct parser *p, const char *s, size_t len)
{
	gaz_key(p->env->g, s, len, &p->key);
	for (size_t i = 0; i < p->key.len; i++)
		if (p->key.buf[i] == ' ')
			p->key.buf[i] = '-';
}

/* Does the index hold prefix + v?  0 too when it cannot say: the error
 * is in p->rc, which stops the parse. */
static int has_term(struct parser *p, const char *prefix, const char *v,
		    size_t len)
{
	if (!p->env->has_term || p->rc)
		return 0;
	buf_reset(&p->scratch);
	buf_addstr(&p->scratch, prefix);
	buf_add(&p->scratch, v, len);
	int found = 0;
	int rc = p->env->has_term(p->env->user, p->scratch.buf, p->scratch.len,
				  &found, p->err);
	if (rc) {
		p->rc = ds_err_set(p->err, rc, NULL);
		return 0;
	}
	return found;
}

/* company:, acquirer:, person: ...: a gazetteer alias names its canonical
 * form ("Alibaba Group Holding" -> alibaba). */
static xdb_query *name_filter(struct parser *p, const char *prefix,
			      enum gaz_kind kind, const char *s, size_t len,
			      size_t pos)
{
	gaz_key(p->env->g, s, len, &p->key);
	const struct gaz_entry *e = gaz_lookup(p->env->g, p->key.buf,
					       p->key.len);
	if (e && e->kind == kind) {
		const char *canon = kind == GAZ_COMPANY ?
			gaz_company(p->env->g, e->id) :
			gaz_person(p->env->g, e->id);
		name_value(p, canon, strlen(canon));
	} else {
		name_value(p, s, len);
	}
	if (!p->key.len)
		return fail(p, pos, "'%.*s' is not a name", (int)len, s);
	struct buf v = BUF_INIT;
	buf_add(&v, p->key.buf, p->key.len);
	xdb_query *q = tag(p, prefix, v.buf, v.len, pos);
	highlight_text(p, s, len);
	buf_release(&v);
	return q;
}

/* Note a term that ranks a hit of a query of filters first
 * (info->boosts): prefix pfx and value v. */
static void note_boost(struct parser *p, const char *pfx, const char *v)
{
	struct qry_info *in = p->info;
	in->boosts = xrealloc(in->boosts, (in->nboosts + 1) *
			      sizeof(*in->boosts));
	p->boost_neg = xrealloc(p->boost_neg, in->nboosts + 1);
	p->boost_neg[in->nboosts] = 0;
	size_t a = strlen(pfx), b = strlen(v);
	char *t = xmalloc(a + b + 1);
	memcpy(t, pfx, a);
	memcpy(t + a, v, b + 1);
	in->boosts[in->nboosts++] = t;
}

/* place: a country: the story's, and, to rank a query of filters, the
 * deal's acquirer's or target's */
static xdb_query *country_filter(struct parser *p, int country, size_t pos)
{
	char lc[3];
	const char *code = gaz_country(p->env->g, country)->code;
	lc[0] = (char)tolower((unsigned char)code[0]);
	lc[1] = (char)tolower((unsigned char)code[1]);
	lc[2] = '\0';
	note_boost(p, PFX_ACQ_COUNTRY, lc);
	note_boost(p, PFX_TGT_COUNTRY, lc);
	return tag(p, PFX_COUNTRY, lc, 2, pos);
}

/* A state or province as its place term: "us-tx" (schema.h, XCTY). */
static xdb_query *state_filter(struct parser *p, const char *country,
			       const char *sub, size_t pos)
{
	char v[8];
	size_t n = 0;
	for (const char *q = country; *q && n < 2; q++)
		v[n++] = (char)tolower((unsigned char)*q);
	v[n++] = '-';
	for (const char *q = sub; *q && n < sizeof(v) - 1; q++)
		v[n++] = (char)tolower((unsigned char)*q);
	return tag(p, PFX_COUNTRY, v, n, pos);
}

static xdb_query *place_filter(struct parser *p, const char *s, size_t len,
			       size_t pos)
{
	char code[3] = {0};
	if (len == 2 && isalpha((unsigned char)s[0]) &&
	    isalpha((unsigned char)s[1])) {
		code[0] = s[0];
		code[1] = s[1];
		int c = gaz_country_find(p->env->g, code);
		if (c >= 0)
			return country_filter(p, c, pos);
	}
	/* "US-TX": a state or province by its ISO 3166-2 code */
	if (len >= 4 && len <= 6 && s[2] == '-' &&
	    isalpha((unsigned char)s[0]) && isalpha((unsigned char)s[1])) {
		code[0] = s[0];
		code[1] = s[1];
		int ok = gaz_country_find(p->env->g, code) >= 0;
		for (size_t i = 3; ok && i < len; i++)
			ok = isalnum((unsigned char)s[i]);
		if (ok) {
			char sub[4] = {0};
			memcpy(sub, s + 3, len - 3);
			return state_filter(p, code, sub, pos);
		}
	}
	gaz_key(p->env->g, s, len, &p->key);
	const struct gaz_entry *e = p->key.len ?
		gaz_lookup_dateline(p->env->g, p->key.buf, p->key.len) : NULL;
	if (!e || e->kind != GAZ_PLACE)
		return fail(p, pos, "unknown place '%.*s' (a country name or "
			    "ISO code, a state's code such as US-TX, or a "
			    "city)", (int)len, s);
	const struct gaz_place *pl = gaz_place(p->env->g, e->id);
	/* a state, or a city in one: that state's stories */
	if (pl->sub[0])
		return state_filter(p, gaz_country(p->env->g, pl->country)->code,
				    pl->sub, pos);
	return country_filter(p, pl->country, pos);
}

static xdb_query *region_filter(struct parser *p, const char *s, size_t len,
				size_t pos)
{
	buf_reset(&p->scratch);
	for (size_t i = 0; i < len; i++)
		buf_addch(&p->scratch, (char)tolower((unsigned char)s[i]));
	int r = gaz_region_find(p->env->g, p->scratch.buf);
	if (r < 0) {
		gaz_key(p->env->g, s, len, &p->key);
		const struct gaz_entry *e = p->key.len ?
			gaz_lookup(p->env->g, p->key.buf, p->key.len) : NULL;
		if (e && e->kind == GAZ_REGION)
			r = e->id;
	}
	if (r < 0)
		return fail(p, pos, "unknown region '%.*s' (such as "
			    "southeast-asia, east-asia, europe, "
			    "north-america)", (int)len, s);
	const char *slug = gaz_region(p->env->g, r)->slug;
	return tag(p, PFX_REGION, slug, strlen(slug), pos);
}

static xdb_query *sector_filter(struct parser *p, const char *s, size_t len,
				size_t pos)
{
	buf_reset(&p->scratch);
	for (size_t i = 0; i < len; i++)
		buf_addch(&p->scratch, (char)tolower((unsigned char)s[i]));
	int sec = gaz_sector_find(p->env->g, p->scratch.buf);
	if (sec < 0) {
		gaz_stem_key(p->env->g, s, len, &p->key);
		sec = gaz_sector_of(p->env->g, p->key.buf, p->key.len);
	}
	if (sec < 0)
		return fail(p, pos, "unknown sector '%.*s' (such as grocery, "
			    "ecommerce, banking, energy)", (int)len, s);
	const char *slug = gaz_sector(p->env->g, sec)->slug;
	p->sector_slug = slug;
	return tag(p, PFX_SECTOR, slug, strlen(slug), pos);
}

/* acquirer-country:, target-country:: a country's name or ISO code. */
static xdb_query *party_country_filter(struct parser *p, const char *pfx,
				       const char *s, size_t len, size_t pos)
{
	int c = -1;
	if (len == 2) {
		char code[3] = {s[0], s[1], 0};
		c = gaz_country_find(p->env->g, code);
	}
	if (c < 0) {
		gaz_key(p->env->g, s, len, &p->key);
		const struct gaz_entry *e = p->key.len ?
			gaz_lookup(p->env->g, p->key.buf, p->key.len) : NULL;
		if (e && e->kind == GAZ_PLACE)
			c = gaz_place(p->env->g, e->id)->country;
	}
	if (c < 0)
		return fail(p, pos, "unknown country '%.*s' (a country's name "
			    "or ISO code, such as JP or Japan)", (int)len, s);
	const char *code = gaz_country(p->env->g, c)->code;
	char lc[3] = {(char)tolower((unsigned char)code[0]),
		      (char)tolower((unsigned char)code[1]), '\0'};
	return tag(p, pfx, lc, 2, pos);
}

/* type: and status: values, with the synonyms analysts type. */
static const struct {
	const char *word, *slugs;   /* slugs: space-separated, ORed */
} types[] = {
	{"acquisition", "acquisition"}, {"acquisitions", "acquisition"},
	{"takeover", "acquisition"}, {"merger", "merger"},
	{"mergers", "merger"}, {"stake", "stake"},
	{"tender-offer", "tender-offer"}, {"tender", "tender-offer"},
	{"divestiture", "divestiture"}, {"sale", "divestiture"},
	{"investment", "investment"}, {"funding", "funding"},
	{"funding-round", "funding"}, {"round", "funding"},
	{"partnership", "partnership"}, {"jv", "partnership"},
	{"joint-venture", "partnership"}, {"ipo", "ipo"},
	{"m&a", "acquisition merger stake tender-offer divestiture"},
	{"mna", "acquisition merger stake tender-offer divestiture"},
}, statuses[] = {
	{"in-talks", "in-talks"}, {"talks", "in-talks"},
	{"rumoured", "rumoured"}, {"rumored", "rumoured"},
	{"blocked", "blocked"},
	{"proposed", "proposed"}, {"agreed", "agreed"},
	{"completed", "completed"}, {"closed", "completed"},
	{"terminated", "terminated"}, {"rejected", "rejected"},
	{"cancelled", "terminated"},
};

static xdb_query *slug_filter(struct parser *p, const char *prefix,
			      const void *table, size_t count,
			      const char *what, const char *s, size_t len,
			      size_t pos)
{
	const struct { const char *word, *slugs; } *tb = table;
	for (size_t i = 0; i < count; i++) {
		if (strlen(tb[i].word) != len || strncasecmp(tb[i].word, s, len))
			continue;
		xdb_query *q = NULL;
		const char *w = tb[i].slugs;
		while (*w) {
			const char *sp = strchr(w, ' ');
			size_t wl = sp ? (size_t)(sp - w) : strlen(w);
			xdb_query *t = tag(p, prefix, w, wl, pos);
			q = q ? xdb_q_combine(XDB_OR, q, t) : t;
			w += wl + (sp != NULL);
		}
		return q;
	}
	return fail(p, pos, "unknown %s '%.*s'", what, (int)len, s);
}

#define SLUGS(p, pfx, tb, what, s, len, pos)                               \
	slug_filter(p, pfx, tb, ARRAY_SIZE(tb), what, s, len, pos)

/* ---- amounts and dates --------------------------------------------------- */

/* Trim the analyser's spaces off both ends of s[0..*len): the offset of
 * what is left. */
static size_t trim(const char *s, size_t *len)
{
	size_t off = 0, sp;
	while (off < *len && (sp = ana_space(s + off, *len - off)))
		off += sp;
	for (;;) {   /* the last character, back over UTF-8 continuations */
		size_t k = *len;
		if (k <= off)
			break;
		k--;
		while (k > off && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		if (ana_space(s + k, *len - k) != *len - k)
			break;
		*len = k;
	}
	*len -= off;
	return off;
}

/*
 * s[0..len) as one amount in USD: "$30M", "€200m", "EUR 200m", "S$1.2bn",
 * "500 mln dlrs", "1.5 billion stg"; the money parser must read all of it
 * as one amount.  With `dollars` a number without a currency is in dollars
 * ("30m" is $30M); without, the currency must be written.  A range ("$30-40
 * million") only with `range`.  OUT: *lo, *hi.  Returns 1, 0 when s is no
 * amount, -1 when it is one in a currency with no rate to USD ("100 mln
 * ECU"; its code in *code).
 */
static int amount_usd(struct parser *p, const char *s, size_t len,
		      int dollars, int range, double *lo, double *hi,
		      char code[4])
{
	s += trim(s, &len);
	if (!len)
		return 0;
	struct money *m = NULL;
	size_t cap = 0, n;
	const struct money_tab *tab = gaz_money(p->env->g);
	n = money_scan(tab, s, len, &m, 0, &cap);
	if ((n != 1 || m[0].start != 0 || m[0].end != len) && dollars) {
		struct buf b = BUF_INIT;
		buf_addch(&b, '$');
		buf_add(&b, s, len);
		n = money_scan(tab, b.buf, b.len, &m, 0, &cap);
		if (n != 1 || m[0].start != 0 || m[0].end != b.len)
			n = 0;
		buf_release(&b);
	} else if (n != 1 || m[0].start != 0 || m[0].end != len) {
		n = 0;
	}
	int ok = n == 1 && (range || !(m[0].flags & MONEY_RANGE));
	if (ok && (isnan(m[0].usd_low) || isnan(m[0].usd_high))) {
		memcpy(code, m[0].currency, 4);
		ok = -1;
	} else if (ok) {
		*lo = m[0].usd_low;
		*hi = m[0].usd_high;
	}
	free(m);
	return ok;
}

static xdb_query *amount_slots(struct parser *p, int op, double a, double b,
			       size_t pos)
{
	/* op: '>' '}' (>=) '<' '{' (<=) or 'r' (overlaps [a, b]) */
	xdb_query *all = NULL;
	char lo[XDB_SORTABLE_MAX], hi[XDB_SORTABLE_MAX];
	for (unsigned i = 0; i < SCHEMA_MAX_AMOUNTS; i++) {
		unsigned sl = SLOT_AMOUNTS + 2 * i, sh = sl + 1;
		xdb_query *q = NULL;
		size_t n1, n2;
		switch (op) {
		case '>':
			n1 = xdb_sortable(nextafter(a, INFINITY), lo);
			q = xdb_q_range(sh, lo, n1, NULL, 0);
			break;
		case '}':
			n1 = xdb_sortable(a, lo);
			q = xdb_q_range(sh, lo, n1, NULL, 0);
			break;
		case '<':
			n1 = xdb_sortable(nextafter(a, -INFINITY), hi);
			q = xdb_q_range(sl, NULL, 0, hi, n1);
			break;
		case '{':
			n1 = xdb_sortable(a, hi);
			q = xdb_q_range(sl, NULL, 0, hi, n1);
			break;
		default:
			n1 = xdb_sortable(b, hi);
			n2 = xdb_sortable(a, lo);
			q = xdb_q_combine(XDB_AND,
					  xdb_q_range(sl, NULL, 0, hi, n1),
					  xdb_q_range(sh, lo, n2, NULL, 0));
			break;
		}
		all = all ? xdb_q_combine(XDB_OR, all, q) : q;
	}
	return leaf(p, xdb_q_filter(all), pos);
}

/* The first (end = 0) or last (end = 1) second of "2017", "2017-03",
 * "2017-03-21", as YYYYMMDDHHMMSS; -1 when not a date. */
static int date_bound(const char *s, size_t len, int end, char out[16])
{
	int y = 0, m = 0, d = 0;
	char tmp[16];
	if (len >= sizeof(tmp))
		return -1;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	int n = 0, got;
	if (len == 4)
		got = sscanf(tmp, "%4d%n", &y, &n) == 1;
	else if (len == 7)
		got = sscanf(tmp, "%4d-%2d%n", &y, &m, &n) == 2;
	else if (len == 10)
		got = sscanf(tmp, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3;
	else
		return -1;
	if (!got || (size_t)n != len || y < 1000 || m < 0 || m > 12 ||
	    d < 0 || d > 31)
		return -1;
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = m ? m - 1 : (end ? 11 : 0);
	tm.tm_mday = d ? d : 1;
	time_t t = timegm(&tm);
	struct tm chk;
	gmtime_r(&t, &chk);
	if (d && chk.tm_mday != d)
		return -1;   /* 2017-02-30 */
	if (end) {
		if (!m)
			tm.tm_mon = 12, tm.tm_mday = 1;       /* next year */
		else if (!d)
			tm.tm_mon = m, tm.tm_mday = 1;        /* next month */
		else
			tm.tm_mday = d + 1;                   /* next day */
		t = timegm(&tm) - 1;
	}
	gmtime_r(&t, &chk);
	strftime(out, 16, "%Y%m%d%H%M%S", &chk);
	return 0;
}

/* Most terms a closed date range is written with (date_cover()). */
#define DATE_TERMS_MAX 128

static int days_in(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return days[m - 1] + (m == 2 && leap);
}

/*
 * The days lo to hi ("YYYYMMDD...", UTC, lo <= hi) as the fewest year,
 * month and day terms (Y, M, D: docs/SCHEMA.md) ORed: the same stories
 * as the date slot's range, but a posting list to read where the range
 * would test every dated story's value (Xapian drives an AND from the
 * range when it estimates it narrow).  NULL with more than
 * DATE_TERMS_MAX terms (or out of memory): the caller keeps the range.
 */
static xdb_query *date_cover(const char *lo, const char *hi)
{
	int y, m, d, Y, M, D;
	if (sscanf(lo, "%4d%2d%2d", &y, &m, &d) != 3 ||
	    sscanf(hi, "%4d%2d%2d", &Y, &M, &D) != 3)
		return NULL;
	xdb_query *q = NULL;
	char t[16];
	for (int n = 0; y * 10000 + m * 100 + d <= Y * 10000 + M * 100 + D; n++) {
		if (n == DATE_TERMS_MAX) {
			xdb_q_free(q);
			return NULL;
		}
		int to_year_end = y < Y || (M == 12 && D == 31);
		int to_month_end = y < Y || m < M || D == days_in(Y, M);
		if (m == 1 && d == 1 && to_year_end) {
			snprintf(t, sizeof(t), "%s%04d", PFX_YEAR, y);
			y++;
		} else if (d == 1 && to_month_end) {
			snprintf(t, sizeof(t), "%s%04d%02d", PFX_MONTH, y, m);
			if (++m > 12)
				m = 1, y++;
		} else {
			snprintf(t, sizeof(t), "%s%04d%02d%02d", PFX_DAY, y, m, d);
			if (++d > days_in(y, m) && (d = 1) && ++m > 12)
				m = 1, y++;
		}
		xdb_query *a = xdb_q_term(t, strlen(t), 1);
		q = q ? xdb_q_combine(XDB_OR, q, a) : a;
	}
	return q;
}

static xdb_query *date_query(struct parser *p, int f, const char *s,
			     size_t len, size_t pos)
{
	char lo[16], hi[16];
	const char *dots = memmem(s, len, "..", 2);
	size_t l1 = dots ? (size_t)(dots - s) : len;
	const char *s2 = dots ? dots + 2 : s;
	size_t l2 = dots ? len - l1 - 2 : len;
	if (f != F_DATE && dots)
		return fail(p, pos, "%s: takes one date", fields[f]);
	if ((l1 && date_bound(s, l1, 0, lo)) ||
	    (l2 && date_bound(s2, l2, 1, hi)) || (!l1 && !l2))
		return fail(p, pos, "'%.*s' is not a date or range (such as "
			    "2017, 2017-03, 2017-03-21, 2016-12..2017-06)",
			    (int)len, s);
	xdb_query *q;
	if (f == F_AFTER) {   /* from that day on */
		q = xdb_q_range(SLOT_DATE, lo, 14, NULL, 0);
	} else if (f == F_BEFORE) {   /* strictly before that day */
		char b[16];
		date_bound(s, l1, 0, b);
		struct tm tm = {0};
		sscanf(b, "%4d%2d%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
		tm.tm_year -= 1900;
		tm.tm_mon -= 1;
		time_t t = timegm(&tm) - 1;
		gmtime_r(&t, &tm);
		strftime(hi, sizeof(hi), "%Y%m%d%H%M%S", &tm);
		q = xdb_q_range(SLOT_DATE, NULL, 0, hi, 14);
	} else {
		if (l1 && l2 && strcmp(lo, hi) > 0)
			return fail(p, pos, "empty range: %.*s", (int)len, s);
		/* a closed range: its days, months and years */
		q = l1 && l2 ? date_cover(lo, hi) : NULL;
		if (!q)
			q = xdb_q_range(SLOT_DATE, l1 ? lo : NULL, l1 ? 14 : 0,
					l2 ? hi : NULL, l2 ? 14 : 0);
	}
	return leaf(p, xdb_q_filter(q), pos);
}

/* ---- amounts over words ------------------------------------------------- */

/* An amount as the query gives it, or why it is not one. */
struct amt {
	int op;                 /* as amount_slots() */
	double a, b;
	size_t next;            /* the token after the amount's words */
	enum {
		AMT_OK, AMT_NO, AMT_EMPTY, AMT_NO_AND, AMT_NO_SECOND,
		AMT_NOT_PLAIN, AMT_NO_RATE,
	} err;
	size_t epos, elen;      /* with err: the span to name and point at */
	char code[4];           /* AMT_NO_RATE: the currency */
};

/*
 * s[0..len): ">X", ">=X", "<X", "<=X", "A..B" or "X", each amount as
 * amount_usd() reads it (a comparison's or a range's bound may leave out
 * the currency: dollars; a bare X only with `dollars`).  m->err AMT_NO
 * with m->epos/elen (relative to s) on the part that is not an amount.
 */
static int amount_parse(struct parser *p, const char *s, size_t len,
			int dollars, struct amt *m)
{
	size_t k = 0;
	m->op = 'r';
	if (len >= 2 && s[0] == '>' && s[1] == '=')
		m->op = '}', k = 2;
	else if (len >= 2 && s[0] == '<' && s[1] == '=')
		m->op = '{', k = 2;
	else if (len >= 1 && s[0] == '>')
		m->op = '>', k = 1;
	else if (len >= 1 && s[0] == '<')
		m->op = '<', k = 1;
	double x;
	size_t rest = len - k;
	const char *dots = memmem(s + k, len - k, "..", 2);
	m->err = AMT_NO;
	if (m->op == 'r' && dots) {
		size_t l1 = (size_t)(dots - s), s2 = l1 + 2, l2 = len - s2;
		int r1 = amount_usd(p, s, l1, 1, 0, &m->a, &x, m->code), r2 = 0;
		if (r1 <= 0) {
			m->epos = trim(s, &l1);
			m->elen = l1;
		} else if ((r2 = amount_usd(p, s + s2, l2, 1, 0, &x, &m->b,
					    m->code)) <= 0) {
			m->epos = s2 + trim(s + s2, &l2);
			m->elen = l2;
			if (!l2) {   /* "$10M.." */
				m->err = AMT_NO_SECOND;
				m->epos = l1;
				m->elen = 2;
			}
		} else {
			m->err = m->a > m->b ? AMT_EMPTY : AMT_OK;
		}
		if (r1 < 0 || r2 < 0)
			m->err = AMT_NO_RATE;
		return m->err;
	}
	size_t off = k + trim(s + k, &rest);
	if (!rest && k) {   /* ">" */
		m->err = AMT_NO_SECOND;
		m->epos = 0;
		m->elen = k;
	} else {
		int r = amount_usd(p, s + off, rest, dollars || m->op != 'r',
				   m->op == 'r', &m->a, &m->b, m->code);
		if (r > 0)
			m->err = AMT_OK;
		if (r < 0)
			m->err = AMT_NO_RATE;
		m->epos = off;
		m->elen = rest;
	}
	return m->err;
}

static int plain_word(const struct tok *t);

/* Is token t the word w (any case)? */
static int is_word(const struct parser *p, const struct tok *t,
		   const char *w)
{
	size_t n = strlen(w);
	return t->type == T_WORD && t->field < 0 && !t->neg &&
	       t->ve - t->vs == n && !strncasecmp(p->text + t->vs, w, n);
}

/* "EUR 200m", "500 mln dlrs", "3 dollars 50 cents", "HK$ 22.4 billion" */
#define AMT_MAX_WORDS 6

/*
 * The amount that starts at token i, its text at `vs` (after "amount:" or
 * a '-'), over as many of the plain words after it as make one amount
 * ("> 500 mln dlrs", "$10 million..$50 million"): the most words that do.
 * A comparison, a range "..", and with `must` (after amount:) anything,
 * must be an amount; a bare one must write its currency ("30m" is a word,
 * "$30M" and "30 mln dlrs" amounts).  1 with *m, 0 when not an amount,
 * -1 for a malformed amount (m->err, m->epos/elen in the query text).
 */
static int amount_words(struct parser *p, size_t i, size_t vs, int must,
			struct amt *m)
{
	const char *s = p->text;
	const struct tok *t = &p->t[i];
	size_t wl = t->ve - vs;
	if (t->type != T_WORD)
		return 0;
	must = must || (wl && (s[vs] == '>' || s[vs] == '<')) ||
	       memmem(s + vs, wl, "..", 2);
	size_t last = i;
	/* amount:"500 mln dlrs" is its value whole */
	if (t->end == t->ve)
		while (last + 1 < p->n && last + 1 - i < AMT_MAX_WORDS &&
		       plain_word(&p->t[last + 1]))
			last++;
	struct amt one = {0};
	for (size_t j = last + 1; j-- > i;) {
		int r = amount_parse(p, s + vs, p->t[j].ve - vs, must, m);
		if (r == AMT_OK) {
			m->next = j + 1;
			return 1;
		}
		if (r == AMT_EMPTY || r == AMT_NO_RATE) {
			m->epos = vs;
			m->elen = p->t[j].ve - vs;
			return -1;
		}
		if (j == i)
			one = *m;
	}
	if (!must)
		return 0;
	*m = one;
	m->epos += vs;
	return -1;
}

/*
 * "between A and B" (or AND): the range from A to B.  A must write its
 * currency ("between 2016 and 2017" are words); B may leave it out
 * (dollars).  Returns as amount_words().
 */
static int amount_between(struct parser *p, size_t i, int must,
			  struct amt *m)
{
	const struct tok *t = &p->t[i];
	struct amt b;
	int r = i + 1 < p->n && plain_word(&p->t[i + 1]) ?
		amount_words(p, i + 1, p->t[i + 1].vs, must, m) : 0;
	if (r < 0)
		return -1;
	if (r == 0) {
		if (!must)
			return 0;   /* "between friends" */
		m->err = AMT_NO_SECOND;
		m->epos = t->vs;
		m->elen = t->ve - t->vs;
		return -1;
	}
	if (m->op != 'r') {
		m->err = AMT_NOT_PLAIN;
		m->epos = p->t[i + 1].vs;
		m->elen = p->t[m->next - 1].ve - m->epos;
		return -1;
	}
	size_t k = m->next;
	const struct tok *and = &p->t[k];
	if (and->type != T_AND && !is_word(p, and, "and")) {
		m->err = AMT_NO_AND;
		m->epos = t->start;
		m->elen = p->t[k - 1].ve - t->start;
		return -1;
	}
	const struct tok *bt = &p->t[k + 1];
	if (!plain_word(bt)) {
		m->err = AMT_NO_SECOND;
		m->epos = and->start;
		m->elen = and->end - and->start;
		return -1;
	}
	r = amount_words(p, k + 1, bt->vs, 1, &b);
	if (r < 0) {
		*m = b;
		return -1;
	}
	if (b.op != 'r') {
		m->err = AMT_NOT_PLAIN;
		m->epos = bt->vs;
		m->elen = p->t[b.next - 1].ve - bt->vs;
		return -1;
	}
	m->b = b.b;
	m->next = b.next;
	if (m->a > m->b) {
		m->err = AMT_EMPTY;
		m->epos = t->vs;
		m->elen = p->t[b.next - 1].ve - t->vs;
		return -1;
	}
	return 1;
}

/* The error of a malformed amount (m from amount_words/_between). */
static xdb_query *amount_fail(struct parser *p, const struct amt *m)
{
	const char *s = p->text + m->epos;
	int n = (int)m->elen;
	switch (m->err) {
	case AMT_EMPTY:
		return fail(p, m->epos, "empty range: %.*s", n, s);
	case AMT_NO_AND:
		return fail(p, m->epos + m->elen, "missing 'and' and a second "
			    "amount after '%.*s'", n, s);
	case AMT_NO_SECOND:
		return fail(p, m->epos + m->elen, "missing amount after '%.*s'",
			    n, s);
	case AMT_NOT_PLAIN:
		return fail(p, m->epos, "'%.*s': between takes two amounts "
			    "(between $10M and $50M)", n, s);
	case AMT_NO_RATE:
		return fail(p, m->epos, "'%.*s': no rate from %s to US dollars "
			    "to compare it with", n, s, m->code);
	default:
		if (!n)
			return fail(p, m->epos, "missing amount here");
		return fail(p, m->epos, "'%.*s' is not an amount (such as "
			    "$30M, US$1.2bn, EUR 200m)", n, s);
	}
}

/* Does token i start an amount (1, *m), a malformed one (-1) or none (0)?
 * A bare amount, the value of amount:, or between A and B. */
static int amount_at(struct parser *p, size_t i, struct amt *m)
{
	const struct tok *t = &p->t[i];
	int must = t->field == F_AMOUNT;
	int between = t->type == T_WORD && t->end == t->ve &&
		      t->ve - t->vs == 7 &&
		      !strncasecmp(p->text + t->vs, "between", 7);
	return between ? amount_between(p, i, must, m) :
		amount_words(p, i, t->vs, must, m);
}

/* Note an amount condition in info->amounts (qry_amount_match() reads
 * it as amount_slots() compiles it). */
static void amount_record(struct parser *p, const struct amt *m)
{
	struct qry_info *in = p->info;
	struct qry_amount c = {QRY_AMT_OVERLAP, m->a, m->b};
	if (m->op == '>')
		c.op = QRY_AMT_GT;
	else if (m->op == '}')
		c.op = QRY_AMT_GE;
	else if (m->op == '<')
		c.op = QRY_AMT_LT;
	else if (m->op == '{')
		c.op = QRY_AMT_LE;
	in->amounts = xrealloc(in->amounts, (in->namounts + 1) *
			       sizeof(*in->amounts));
	p->amount_neg = xrealloc(p->amount_neg, in->namounts + 1);
	p->amount_neg[in->namounts] = 0;
	in->amounts[in->namounts++] = c;
}

int qry_amount_match(const struct qry_amount *c, double low, double high)
{
	/* amount_slots()'s value ranges, on the numbers they serialise */
	switch (c->op) {
	case QRY_AMT_GT:
		return high > c->a;
	case QRY_AMT_GE:
		return high >= c->a;
	case QRY_AMT_LT:
		return low < c->a;
	case QRY_AMT_LE:
		return low <= c->a;
	default:
		return low <= c->b && high >= c->a;
	}
}

/* The amount at token p->i, if there is one: 1 with *q its query (NULL
 * with p->rc when malformed) and p->i past its words; 0 when none. */
static int amount_item(struct parser *p, xdb_query **q)
{
	struct amt m;
	size_t pos = p->t[p->i].vs;
	int r = amount_at(p, p->i, &m);
	if (r == 0)
		return 0;
	*q = r < 0 ? amount_fail(p, &m) : amount_slots(p, m.op, m.a, m.b, pos);
	if (r > 0)
		p->i = m.next;
	if (*q)
		amount_record(p, &m);
	return 1;
}

/* ---- fields ------------------------------------------------------------ */

static xdb_query *field_query(struct parser *p, const struct tok *t)
{
	const char *s = p->text + t->vs;
	size_t len = t->ve - t->vs, pos = t->vs;
	switch ((enum field)t->field) {
	case F_TITLE:
		return text_query(p, s, len, PFX_TITLE, 1, pos);
	case F_COMPANY:
		return name_filter(p, PFX_COMPANY, GAZ_COMPANY, s, len, pos);
	case F_ACQUIRER:
		return name_filter(p, PFX_ACQUIRER, GAZ_COMPANY, s, len, pos);
	case F_TARGET:
		return name_filter(p, PFX_TARGET, GAZ_COMPANY, s, len, pos);
	case F_INVESTOR:
		return name_filter(p, PFX_INVESTOR, GAZ_COMPANY, s, len, pos);
	case F_PERSON:
		return name_filter(p, PFX_PERSON, GAZ_PERSON, s, len, pos);
	case F_PLACE:
		return place_filter(p, s, len, pos);
	case F_REGION:
		return region_filter(p, s, len, pos);
	case F_SECTOR: {
		/* the story's; to rank a query of filters, the target's */
		xdb_query *q = sector_filter(p, s, len, pos);
		if (q)
			note_boost(p, PFX_TGT_SECTOR, p->sector_slug);
		return q;
	}
	case F_TYPE:
		return SLUGS(p, PFX_TYPE, types, "deal type", s, len, pos);
	case F_STATUS:
		return SLUGS(p, PFX_STATUS, statuses, "deal status", s, len,
			     pos);
	case F_SOURCE:
		buf_reset(&p->key);
		ana_fold(s, len, &p->key);
		return tag(p, PFX_SOURCE, p->key.buf, p->key.len, pos);
	case F_ID: {
		char *id = xstrndup(s, len);
		schema_idterm(id, &p->key);
		free(id);
		return leaf(p, xdb_q_term(p->key.buf, p->key.len, 1), pos);
	}
	case F_ACQ_COUNTRY:
	case F_TGT_COUNTRY:
		return party_country_filter(p, t->field == F_ACQ_COUNTRY ?
					    PFX_ACQ_COUNTRY : PFX_TGT_COUNTRY,
					    s, len, pos);
	case F_TGT_SECTOR: {
		xdb_query *q = sector_filter(p, s, len, pos);
		if (!q)
			return NULL;
		xdb_q_free(q);   /* the slug is what sector_filter named */
		const char *slug = p->sector_slug;
		return tag(p, PFX_TGT_SECTOR, slug, strlen(slug), pos);
	}
	case F_AMOUNT:   /* amount_item(): its value may span words */
		break;
	case F_DATE:
	case F_AFTER:
	case F_BEFORE:
		return date_query(p, t->field, s, len, pos);
	}
	return fail(p, pos, "unknown field");
}

/* ---- names typed without quotes ---------------------------------------- */

static int plain_word(const struct tok *t)
{
	return t->type == T_WORD && t->field < 0 && !t->neg;
}

/*
 * Name or text: a known company or person matches its tag or its words;
 * a place or region only its tag (a story about Singapore, not one that
 * names it in passing).
 */
static xdb_query *entity(struct parser *p, size_t i, size_t *used)
{
	const char *s = p->text;
	size_t max = 0;
	struct amt m;
	while (i + max < p->n && max < GAZ_MAX_WORDS &&
	       plain_word(&p->t[i + max]) &&
	       (!max || !amount_at(p, i + max, &m)))
		max++;
	for (size_t n = max; n >= 1; n--) {
		size_t a = p->t[i].vs, b = p->t[i + n - 1].ve;
		gaz_key(p->env->g, s + a, b - a, &p->key);
		if (!p->key.len)
			continue;
		const struct gaz_entry *e = gaz_lookup(p->env->g, p->key.buf,
						       p->key.len);
		if (e && (e->flags & GAZ_CAPS)) {
			for (size_t k = a; k < b; k++)
				if (islower((unsigned char)s[k]))
					e = NULL;
		}
		xdb_query *q = NULL;
		if (e && e->kind == GAZ_PLACE) {
			highlight_text(p, s + a, b - a);
			q = country_filter(p, gaz_place(p->env->g,
							e->id)->country, a);
		} else if (e && e->kind == GAZ_REGION) {
			const char *slug = gaz_region(p->env->g, e->id)->slug;
			highlight_text(p, s + a, b - a);
			q = tag(p, PFX_REGION, slug, strlen(slug), a);
		} else if (e && (e->kind == GAZ_COMPANY ||
				 e->kind == GAZ_PERSON)) {
			const char *nm = e->kind == GAZ_COMPANY ?
				gaz_company(p->env->g, e->id) :
				gaz_person(p->env->g, e->id);
			name_value(p, nm, strlen(nm));
			struct buf v = BUF_INIT;
			buf_add(&v, p->key.buf, p->key.len);
			q = xdb_q_combine(XDB_OR,
				tag(p, e->kind == GAZ_COMPANY ? PFX_COMPANY :
				    PFX_PERSON, v.buf, v.len, a),
				text_query(p, s + a, b - a, "", 1, a));
			buf_release(&v);
		} else if (isupper((unsigned char)s[a])) {
			/* names the index knows, typed as names: Redmart,
			 * "Whole Foods" (a capital first: "said" is a word) */
			name_value(p, s + a, b - a);
			struct buf v = BUF_INIT;
			buf_add(&v, p->key.buf, p->key.len);
			const char *pfx = has_term(p, PFX_COMPANY, v.buf, v.len) ?
				PFX_COMPANY : has_term(p, PFX_PERSON, v.buf,
						       v.len) ? PFX_PERSON :
				NULL;
			if (pfx)
				q = xdb_q_combine(XDB_OR,
					tag(p, pfx, v.buf, v.len, a),
					text_query(p, s + a, b - a, "", 1, a));
			buf_release(&v);
		}
		if (q || p->rc) {
			*used = n;
			return q;
		}
	}
	/* a sector's own name: "grocery" is the sector or the word */
	const struct tok *t = &p->t[i];
	buf_reset(&p->scratch);
	for (size_t k = t->vs; k < t->ve; k++)
		buf_addch(&p->scratch, (char)tolower((unsigned char)s[k]));
	int sec = gaz_sector_find(p->env->g, p->scratch.buf);
	*used = 1;
	xdb_query *word = text_query(p, s + t->vs, t->ve - t->vs, "", 1,
				     t->vs);
	if (sec >= 0 && word) {
		const char *slug = gaz_sector(p->env->g, sec)->slug;
		return xdb_q_combine(XDB_OR, tag(p, PFX_SECTOR, slug,
					     strlen(slug), t->vs), word);
	}
	return word;
}

/* ---- the grammar ---------------------------------------------------------- */

static xdb_query *parse_or(struct parser *p);

static xdb_query *parse_primary(struct parser *p, int *negative)
{
	struct tok *t = &p->t[p->i];
	*negative = t->neg;
	const char *s = p->text;
	switch (t->type) {
	case T_LPAREN: {
		size_t open = t->start;
		if (++p->depth > QRY_MAX_DEPTH)
			return fail(p, open, "parentheses nested too deep (at "
				    "most %d)", QRY_MAX_DEPTH);
		p->i++;
		xdb_query *q = parse_or(p);
		if (!q)
			return NULL;
		if (p->t[p->i].type != T_RPAREN) {
			xdb_q_free(q);
			return fail(p, open, "missing ')' for this '('");
		}
		p->i++;
		p->depth--;
		return q;
	}
	case T_RPAREN:
		return fail(p, t->start, "unexpected ')'");
	case T_PHRASE:
		p->i++;
		return text_query(p, s + t->vs, t->ve - t->vs, "", 1, t->vs);
	case T_WORD:
		break;
	default:
		return fail(p, t->start, "missing search term here");
	}
	xdb_query *amount;
	if ((t->field < 0 || t->field == F_AMOUNT) && amount_item(p, &amount))
		return amount;
	if (t->field >= 0) {
		p->i++;
		return field_query(p, t);
	}
	const char *w = s + t->vs;
	size_t wl = t->ve - t->vs;
	if (wl > 1 && w[wl - 1] == '*') {
		buf_reset(&p->key);
		ana_fold(w, wl - 1, &p->key);
		p->i++;
		if (!p->key.len || strpbrk(p->key.buf, " *"))
			return fail(p, t->vs, "a wildcard needs a word before "
				    "'*'");
		/* highlighted as a prefix: "acq*" */
		buf_addch(&p->key, '*');
		highlight(p, p->key.buf, p->key.len);
		p->weighed++;
		return leaf(p, xdb_q_wildcard(p->key.buf, p->key.len - 1,
					      QRY_WILDCARD_LIMIT), t->vs);
	}
	if (!t->neg) {
		size_t used = 1;
		xdb_query *q = entity(p, p->i, &used);
		p->i += used;
		return q;
	}
	p->i++;
	return text_query(p, w, wl, "", 0, t->vs);
}

static int ends_and(const struct tok *t)
{
	return t->type == T_END || t->type == T_RPAREN || t->type == T_OR;
}

static xdb_query *parse_and(struct parser *p)
{
	xdb_query *pos = NULL, *neg = NULL;
	size_t start = p->t[p->i].start;
	while (!p->rc && !ends_and(&p->t[p->i])) {
		struct tok *t = &p->t[p->i];
		int negative = 0;
		if (t->type == T_AND) {
			if (!pos && !neg) {
				fail(p, t->start, "missing search term before "
				     "AND");
				break;
			}
			p->i++;
			if (ends_and(&p->t[p->i]) || p->t[p->i].type == T_AND) {
				fail(p, p->t[p->i].start, "missing search term "
				     "after AND");
				break;
			}
			continue;
		}
		/* item := NOT item: each NOT (and a '-') flips the item, so
		 * "NOT NOT oil" is oil and "NOT -oil" too */
		unsigned nots = 0;
		for (; p->t[p->i].type == T_NOT; p->i++)
			nots++;
		if (nots && (ends_and(&p->t[p->i]) ||
			     p->t[p->i].type == T_AND)) {
			fail(p, p->t[p->i].start, "missing search term after "
			     "NOT");
			break;
		}
		unsigned weighed = p->weighed;
		size_t amounts = p->info->namounts, boosts = p->info->nboosts;
		xdb_query *q = parse_primary(p, &negative);
		if (!q)
			break;
		if (negative ^ (int)(nots & 1)) {
			/* an exclusion's words select, they do not score;
			 * its amounts are none a match meets */
			p->weighed = weighed;
			for (size_t k = amounts; k < p->info->namounts; k++)
				p->amount_neg[k] ^= 1;
			for (size_t k = boosts; k < p->info->nboosts; k++)
				p->boost_neg[k] ^= 1;
			neg = neg ? xdb_q_combine(XDB_OR, neg, q) : q;
		} else
			pos = pos ? xdb_q_combine(XDB_AND, pos, q) : q;
	}
	if (p->rc) {
		xdb_q_free(pos);
		xdb_q_free(neg);
		return NULL;
	}
	if (!pos && !neg)
		return fail(p, start, "missing search term here");
	if (!pos)
		pos = xdb_q_all();
	return neg ? xdb_q_combine(XDB_AND_NOT, pos, neg) : pos;
}

static xdb_query *parse_or(struct parser *p)
{
	if (p->t[p->i].type == T_OR)
		return fail(p, p->t[p->i].start, "missing search term before "
			    "OR");
	xdb_query *q = parse_and(p);
	while (q && p->t[p->i].type == T_OR) {
		p->i++;
		if (ends_and(&p->t[p->i])) {
			xdb_q_free(q);
			return fail(p, p->t[p->i].start, "missing search term "
				    "after OR");
		}
		xdb_query *r = parse_and(p);
		if (!r) {
			xdb_q_free(q);
			return NULL;
		}
		q = xdb_q_combine(XDB_OR, q, r);
	}
	return q;
}

void qry_info_release(struct qry_info *info)
{
	for (size_t i = 0; i < info->nhighlight; i++)
		free(info->highlight[i]);
	free(info->highlight);
	free(info->amounts);
	for (size_t i = 0; i < info->nboosts; i++)
		free(info->boosts[i]);
	free(info->boosts);
	memset(info, 0, sizeof(*info));
}

int qry_compile(const struct qry_env *env, const char *text,
		xdb_query **out, struct qry_info *info, struct ds_err *err)
{
	*out = NULL;
	memset(info, 0, sizeof(*info));
	struct parser p = {0};
	p.env = env;
	p.text = text;
	p.len = strlen(text);
	p.info = info;
	p.err = err;
	buf_init(&p.key, 64);
	buf_init(&p.scratch, 64);
	xdb_query *q = NULL;
	if (p.len > QRY_MAX_LEN) {
		fail(&p, QRY_MAX_LEN, "query longer than %d characters",
		     QRY_MAX_LEN);
	} else if (lex(&p) == 0) {
		q = parse_or(&p);
		if (q && p.t[p.i].type == T_RPAREN) {
			xdb_q_free(q);
			q = fail(&p, p.t[p.i].start, "unexpected ')'");
		}
	}
	/* a query combined from one that failed carries its error */
	if (!p.rc)
		p.rc = xdb_q_error(q, err);
	free(p.t);
	/* only the amounts a match meets: none inside an exclusion */
	size_t kept = 0;
	for (size_t k = 0; k < info->namounts; k++)
		if (!p.amount_neg[k])
			info->amounts[kept++] = info->amounts[k];
	info->namounts = kept;
	free(p.amount_neg);
	kept = 0;
	for (size_t k = 0; k < info->nboosts; k++) {
		if (p.boost_neg[k])
			free(info->boosts[k]);
		else
			info->boosts[kept++] = info->boosts[k];
	}
	info->nboosts = kept;
	free(p.boost_neg);
	buf_release(&p.key);
	buf_release(&p.scratch);
	if (p.rc) {
		xdb_q_free(q);
		size_t pos = info->error_pos;
		qry_info_release(info);
		info->error_pos = pos;
		return p.rc;
	}
	info->scored = p.weighed > 0;
	*out = q;
	return 0;
}
