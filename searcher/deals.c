/*
 * deals.c - deal records from their stories (deals.h).
 */
#include "deals.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "schema.h"

/* Other records looked at for the related list. */
#define DEAL_RELATED_MAX 20

static char *dup_str(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static const char *str_at(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* One story's deal, as read. */
struct seen {
	json_t *doc;       /* owned */
	json_t *deal;      /* borrowed from doc */
	const char *date;  /* ISO, or NULL */
	int repeat;        /* repeats a story of this record */
	double usd;        /* its deal amount in USD, NAN when none */
	const char *usd_text;  /* as written (borrowed from doc) */
};

static int by_date(const void *a, const void *b)
{
	const struct seen *x = a, *y = b;
	if (!x->date || !y->date)
		return (x->date == NULL) - (y->date == NULL);
	int c = strcmp(x->date, y->date);
	return c ? c : strcmp(str_at(x->doc, "id"), str_at(y->doc, "id"));
}

/* A tally of names: the most named, the latest on a tie. */
struct vote {
	const char *name;
	unsigned n;
	size_t last;       /* index of the latest story naming it */
};

static void vote(struct vote *v, size_t *nv, const char *name, size_t at)
{
	if (!name || !*name)
		return;
	for (size_t i = 0; i < *nv; i++)
		if (!strcmp(v[i].name, name)) {
			v[i].n++;
			v[i].last = at;
			return;
		}
	v[*nv].name = name;
	v[*nv].n = 1;
	v[*nv].last = at;
	(*nv)++;
}

static int same_name(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* The most named other than `but` (NULL: any). */
static const struct vote *winner_but(const struct vote *v, size_t nv,
				     const char *but)
{
	const struct vote *best = NULL;
	for (size_t i = 0; i < nv; i++)
		if (!same_name(v[i].name, but) &&
		    (!best || v[i].n > best->n ||
		     (v[i].n == best->n && v[i].last > best->last)))
			best = &v[i];
	return best;
}

static const char *winner(const struct vote *v, size_t nv)
{
	const struct vote *best = winner_but(v, nv, NULL);
	return best ? best->name : NULL;
}

static unsigned votes_for(const struct vote *v, size_t nv, const char *name)
{
	for (size_t i = 0; i < nv; i++)
		if (same_name(v[i].name, name))
			return v[i].n;
	return 0;
}

/*
 * One party, one side: a name that wins two sides' votes (its stories
 * read it both ways: "AMC TAKES NO ACTION ON CHRYSLER BID" made Chrysler
 * a target) keeps the side more stories give it, and the other side takes
 * its next name, if any; on a tie neither side is known.  *a and *b point
 * at names in the votes.
 */
static void one_side(const struct vote *va, size_t na, const char **a,
		     const struct vote *vb, size_t nb, const char **b)
{
	if (!same_name(*a, *b))
		return;
	unsigned ka = votes_for(va, na, *a), kb = votes_for(vb, nb, *b);
	const char *name = *a;
	const struct vote *ra = winner_but(va, na, name),
			  *rb = winner_but(vb, nb, name);
	if (ka <= kb)
		*a = ra ? ra->name : NULL;
	if (kb <= ka)
		*b = rb ? rb->name : NULL;
}

static void push(char ***v, size_t *n, const char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = xstrdup(s);
}

static int has(char **v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i], s))
			return 1;
	return 0;
}

/* The country a story gives the party of `role`. */
static const char *role_country(json_t *deal, const char *role,
				const char *name)
{
	json_t *roles = json_object_get(deal, "roles");
	size_t i;
	json_t *r;
	json_array_foreach(roles, i, r) {
		const char *rn = str_at(r, "name");
		if (!strcmp(str_at(r, "role") ? str_at(r, "role") : "", role) &&
		    rn && name && !strcmp(rn, name))
			return str_at(r, "country");
	}
	return NULL;
}

/* The deal amount's USD (a range's midpoint), NAN when none. */
static double usd_of(json_t *deal, const char **text)
{
	json_t *a = json_object_get(deal, "amount");
	*text = str_at(a, "text");
	json_t *u = json_object_get(a, "usd");
	if (json_is_number(u))
		return json_number_value(u);
	json_t *lo = json_object_get(a, "usd_low"), *hi = json_object_get(a, "usd_high");
	if (json_is_number(lo) && json_is_number(hi))
		return (json_number_value(lo) + json_number_value(hi)) / 2;
	return NAN;
}

/* Whether story j gives the figure x (within DEAL_SAME_VALUE). */
static int gives(const struct seen *s, double x)
{
	return !s->repeat && !isnan(s->usd) && s->usd > 0 &&
	       fmax(x, s->usd) / fmin(x, s->usd) <= DEAL_SAME_VALUE;
}

static void value(struct deal_rec *d, struct seen *s, size_t n)
{
	size_t best = n;
	unsigned best_n = 0;
	for (size_t i = 0; i < n; i++) {
		if (!gives(&s[i], s[i].usd))
			continue;
		unsigned k = 0;
		for (size_t j = 0; j < n; j++)
			k += gives(&s[j], s[i].usd);
		if (k >= best_n)   /* the latest on a tie */
			best = i, best_n = k;
	}
	d->value_usd = NAN;
	if (best == n)
		return;
	d->value_usd = s[best].usd;
	d->value_text = dup_str(s[best].usd_text);
	for (size_t j = 0; j < n; j++)
		if (gives(&s[j], d->value_usd))
			push(&d->value_stories, &d->nvalue_stories,
			     str_at(s[j].doc, "id"));
}

/* A status's stage: a deal's status only moves to a later stage; the
 * last stage has three ends (completed, terminated, blocked). */
static int stage(const char *status)
{
	static const struct {
		const char *status;
		int stage;
	} st[] = {
		{"rumoured", 1}, {"in-talks", 2}, {"proposed", 3},
		{"agreed", 4}, {"completed", 5}, {"terminated", 5},
		{"blocked", 5},
	};
	for (size_t i = 0; i < ARRAY_SIZE(st); i++)
		if (!strcmp(status, st[i].status))
			return st[i].stage;
	return 0;
}

/* The roles by vote, the type, the status and its history. */
static void sides(struct deal_rec *d, struct seen *s, size_t n)
{
	struct vote *acq = xcalloc(n + 1, sizeof(*acq));
	struct vote *tgt = xcalloc(n + 1, sizeof(*tgt));
	struct vote *sel = xcalloc(n + 1, sizeof(*sel));
	struct vote *typ = xcalloc(n + 1, sizeof(*typ));
	size_t na = 0, nt = 0, ns = 0, ny = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i].repeat)
			continue;
		vote(acq, &na, str_at(s[i].deal, "acquirer"), i);
		vote(tgt, &nt, str_at(s[i].deal, "target"), i);
		vote(sel, &ns, str_at(s[i].deal, "seller"), i);
		vote(typ, &ny, str_at(s[i].deal, "type"), i);
		json_t *inv = json_object_get(s[i].deal, "investors");
		size_t k;
		json_t *v;
		json_array_foreach(inv, k, v)
			if (json_string_value(v) &&
			    !has(d->investors, d->ninvestors, json_string_value(v)))
				push(&d->investors, &d->ninvestors,
				     json_string_value(v));
	}
	const char *a = winner(acq, na), *t = winner(tgt, nt),
		   *se = winner(sel, ns);
	one_side(acq, na, &a, tgt, nt, &t);
	/* the seller, named least often, yields to either side */
	if (same_name(se, a) || same_name(se, t)) {
		const struct vote *r = winner_but(sel, ns, se);
		se = r && !same_name(r->name, a) && !same_name(r->name, t) ?
		     r->name : NULL;
	}
	d->acquirer = dup_str(a);
	d->target = dup_str(t);
	d->seller = dup_str(se);
	d->type = dup_str(winner(typ, ny));
	/* an investor that is a side is that side */
	size_t keep = 0;
	for (size_t i = 0; i < d->ninvestors; i++)
		if (same_name(d->investors[i], d->acquirer) ||
		    same_name(d->investors[i], d->target) ||
		    same_name(d->investors[i], d->seller))
			free(d->investors[i]);
		else
			d->investors[keep++] = d->investors[i];
	d->ninvestors = keep;
	for (size_t i = n; i-- > 0;) {
		const char *c;
		if (!d->acquirer_country && d->acquirer &&
		    (c = role_country(s[i].deal, "acquirer", d->acquirer)))
			d->acquirer_country = xstrdup(c);
		if (!d->target_country && d->target &&
		    (c = role_country(s[i].deal, "target", d->target)))
			d->target_country = xstrdup(c);
	}
	/* a deal moves forward: a story telling of an earlier stage (a
	 * look back, or a tag read wrong) is no change of status */
	const char *last = NULL;
	for (size_t i = 0; i < n; i++) {
		const char *st = str_at(s[i].deal, "status");
		if (!st || s[i].repeat || stage(st) == 0)
			continue;
		if (!last || stage(st) > stage(last)) {
			d->history = xrealloc(d->history, (d->nhistory + 1) *
					      sizeof(*d->history));
			struct deal_change *c = &d->history[d->nhistory++];
			c->date = dup_str(s[i].date);
			c->status = xstrdup(st);
			c->story = xstrdup(str_at(s[i].doc, "id"));
			last = st;
		}
	}
	d->status = dup_str(last);
	free(acq);
	free(tgt);
	free(sel);
	free(typ);
}

/* The other records for the same target around this one's dates. */
static int related(xdb *db, struct deal_rec *d, const char *target_key,
		   struct ds_err *err)
{
	if (!target_key || !*target_key)
		return 0;
	struct buf t = BUF_INIT;
	buf_addstr(&t, PFX_TARGET);
	buf_addstr(&t, target_key);
	xdb_query *q = xdb_q_term(t.buf, t.len, 1);
	buf_reset(&t);
	buf_addstr(&t, PFX_DEAL);
	buf_addstr(&t, d->id);
	q = xdb_q_combine(XDB_AND_NOT, q, xdb_q_term(t.buf, t.len, 1));
	buf_release(&t);
	time_t first, last;
	struct ds_err ignore = DS_ERR_INIT;
	if (d->first && d->last &&
	    !date_parse(d->first, strlen(d->first), &first, &ignore) &&
	    !date_parse(d->last, strlen(d->last), &last, &ignore)) {
		char lo[DATE_SORTABLE_LEN], hi[DATE_SORTABLE_LEN];
		date_sortable(first - DEAL_RELATED_DAYS * 86400L, lo);
		date_sortable(last + DEAL_RELATED_DAYS * 86400L, hi);
		q = xdb_q_combine(XDB_FILTER, q, xdb_q_range(SLOT_DATE, lo,
				  strlen(lo), hi, strlen(hi)));
	}
	/* the records' ids are the collapse keys: no document read */
	struct xdb_search_opts o = {
		.limit = DEAL_RELATED_MAX, .no_data = 1, .no_count = 1,
		.collapse = 1, .collapse_slot = SLOT_DEAL,
	};
	struct xdb_result r;
	int rc = xdb_search(db, q, &o, &r, err);
	xdb_q_free(q);
	if (rc)
		return rc;
	for (size_t i = 0; i < r.nhits; i++) {
		if (!r.hits[i].key)
			continue;
		char *id = xstrndup(r.hits[i].key, r.hits[i].keylen);
		if (!has(d->related, d->nrelated, id))
			push(&d->related, &d->nrelated, id);
		free(id);
	}
	xdb_result_release(&r);
	return 0;
}

/* The target's key as the XTGT terms have it: its stories' stored term
 * is read back from one of them rather than folded again here. */
static char *target_key(xdb *db, const char *deal_id)
{
	struct buf t = BUF_INIT;
	buf_addstr(&t, PFX_DEAL);
	buf_addstr(&t, deal_id);
	/* the signature is the collapse key: no document read */
	struct xdb_search_opts o = {
		.limit = 1, .no_data = 1, .no_count = 1, .collapse = 1,
		.collapse_slot = SLOT_DEAL_SIG,
	};
	xdb_query *q = xdb_q_term(t.buf, t.len, 1);
	buf_release(&t);
	struct xdb_result r;
	struct ds_err ignore = DS_ERR_INIT;
	char *key = NULL;
	if (!xdb_search(db, q, &o, &r, &ignore)) {
		if (r.nhits && r.hits[0].key) {
			/* the signature's fourth field: type, date, acquirer,
			 * target (indexer/write/link.c) */
			char *sig = xstrndup(r.hits[0].key, r.hits[0].keylen);
			char *p = sig;
			for (int f = 0; f < 3 && p; f++) {
				p = strchr(p, SCHEMA_FACET_SEP);
				if (p)
					p++;
			}
			if (p) {
				char *e = strchr(p, SCHEMA_FACET_SEP);
				key = e ? xstrndup(p, (size_t)(e - p)) : xstrdup(p);
			}
			free(sig);
		}
		xdb_result_release(&r);
	}
	xdb_q_free(q);
	return key;
}

/* The batch from which a story is in its record: the one that first
 * indexed it (its alert state), or the one whose story adopted it into the
 * record ("deal_since", link.h); 0 when the document predates alerts (it
 * counts as there from the start). */
static int64_t joined_batch(json_t *doc)
{
	json_t *j = json_object_get(doc, "deal_since");
	if (json_is_integer(j))
		return (int64_t)json_integer_value(j);
	json_t *f = json_object_get(json_object_get(doc, "alert"), "first");
	return json_is_integer(f) ? (int64_t)json_integer_value(f) : 0;
}

/* as_of: -1 every story; else those in the record by batch as_of
 * (joined_batch()). */
static int read_rec(xdb *db, const char *id, int with_related,
		    int64_t as_of, struct deal_rec *d, struct ds_err *err);

int deal_read(xdb *db, const char *id, int with_related,
	      struct deal_rec *d, struct ds_err *err)
{
	return read_rec(db, id, with_related, -1, d, err);
}

int deal_read_as_of(xdb *db, const char *id, int64_t batch,
		    struct deal_rec *d, struct ds_err *err)
{
	return read_rec(db, id, 0, batch, d, err);
}

/* The story s of a record read: its document, as build() wants it. */
static void seen_of(json_t *doc, struct seen *s)
{
	memset(s, 0, sizeof(*s));
	s->doc = doc;
	s->deal = json_object_get(json_object_get(doc, "tags"), "deal");
	s->date = str_at(doc, "date");
	s->usd = usd_of(s->deal, &s->usd_text);
}

/* Record `id` made from its n stories s (taken: their documents are
 * released). */
static void build(const char *id, struct seen *s, size_t n,
		  struct deal_rec *d)
{
	memset(d, 0, sizeof(*d));
	d->value_usd = NAN;
	d->id = xstrdup(id);
	qsort(s, n, sizeof(*s), by_date);
	/* a near-duplicate of a story of the record counts once */
	for (size_t i = 0; i < n; i++) {
		const char *dup = str_at(s[i].doc, "dup_of");
		for (size_t j = 0; dup && j < n && !s[i].repeat; j++)
			s[i].repeat = j != i && !strcmp(dup, str_at(s[j].doc, "id"));
	}
	d->stories = xcalloc(n ? n : 1, sizeof(*d->stories));
	for (size_t i = 0; i < n; i++) {
		struct deal_story *ds = &d->stories[d->nstories++];
		ds->id = dup_str(str_at(s[i].doc, "id"));
		ds->title = dup_str(str_at(s[i].doc, "title"));
		ds->date = dup_str(s[i].date);
		ds->source = dup_str(str_at(s[i].doc, "source"));
		ds->status = dup_str(str_at(s[i].deal, "status"));
		ds->dup_of = dup_str(str_at(s[i].doc, "dup_of"));
		d->unique += !s[i].repeat;
		const char *src = str_at(s[i].doc, "source");
		if (src && *src && !has(d->outlets, d->noutlets, src))
			push(&d->outlets, &d->noutlets, src);
		if (s[i].date) {
			if (!d->first)
				d->first = xstrdup(s[i].date);
			free(d->last);
			d->last = xstrdup(s[i].date);
		}
	}
	sides(d, s, n);
	value(d, s, n);
	for (size_t i = 0; i < n; i++)
		json_decref(s[i].doc);
}

/* The query for the stories of records ids[0, n). */
static xdb_query *records_query(const char *const *ids, size_t n)
{
	xdb_query *q = NULL;
	struct buf t = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		buf_reset(&t);
		buf_addstr(&t, PFX_DEAL);
		buf_addstr(&t, ids[i]);
		xdb_query *one = xdb_q_term(t.buf, t.len, 1);
		q = q ? xdb_q_combine(XDB_OR, q, one) : one;
	}
	buf_release(&t);
	return q;
}

/*
 * OUT: the stories of records ids[0, n) (at most `limit`): each one's
 * part of its record (schema_record()), owned, in docs[0, *ndocs); *full
 * when they fill the limit.  Their parts are the records' search's
 * collapse keys, which come with the match: no document is read (on a
 * remote shard each read is a round trip).  A story of an index written
 * before the parts were (no key) has them read from the documents.
 */
static int record_parts(xdb *db, const char *const *ids, size_t n,
			unsigned limit, json_t ***docs, size_t *ndocs,
			int *full, struct ds_err *err)
{
	*docs = NULL;
	*ndocs = 0;
	xdb_query *q = records_query(ids, n);
	struct xdb_search_opts o = {.limit = limit, .no_data = 1,
				    .no_count = 1, .collapse = 1,
				    .collapse_slot = SLOT_RECORD};
	struct xdb_result r;
	int rc = xdb_search(db, q, &o, &r, err);
	int keyless = 0;
	for (size_t i = 0; !rc && i < r.nhits && !keyless; i++)
		keyless = !r.hits[i].key;
	if (!rc && keyless) {
		xdb_result_release(&r);
		o = (struct xdb_search_opts){.limit = limit, .no_count = 1};
		rc = xdb_search(db, q, &o, &r, err);
	}
	xdb_q_free(q);
	if (rc)
		return rc;
	*full = r.nhits >= limit;
	*docs = xcalloc(r.nhits ? r.nhits : 1, sizeof(**docs));
	for (size_t i = 0; i < r.nhits; i++) {
		const char *part = keyless ? r.hits[i].data : r.hits[i].key;
		size_t len = keyless ? strlen(part) : r.hits[i].keylen;
		json_t *doc = json_loadb(part, len, JSON_DISABLE_EOF_CHECK,
					 NULL);
		if (doc)
			(*docs)[(*ndocs)++] = doc;
	}
	xdb_result_release(&r);
	return 0;
}

static int read_rec(xdb *db, const char *id, int with_related,
		    int64_t as_of, struct deal_rec *d, struct ds_err *err)
{
	memset(d, 0, sizeof(*d));
	d->value_usd = NAN;
	json_t **docs;
	size_t ndocs;
	int full;
	int rc = record_parts(db, &id, 1, DEAL_MAX_STORIES, &docs, &ndocs,
			      &full, err);
	if (rc)
		return rc;
	if (!ndocs) {
		free(docs);
		return ds_err_set(err, DS_ENOTFOUND, "no deal '%s'", id);
	}
	struct seen *s = xcalloc(ndocs, sizeof(*s));
	size_t n = 0;
	for (size_t i = 0; i < ndocs; i++) {
		if (as_of >= 0 && joined_batch(docs[i]) > as_of)
			json_decref(docs[i]);
		else
			seen_of(docs[i], &s[n++]);
	}
	free(docs);
	if (!n) {
		free(s);
		return ds_err_set(err, DS_ENOTFOUND, "no deal '%s'%s", id,
				  as_of >= 0 ? " yet" : "");
	}
	build(id, s, n, d);
	free(s);
	if (with_related) {
		char *key = target_key(db, id);
		rc = related(db, d, key, err);
		free(key);
	}
	if (rc)
		deal_release(d);
	return rc;
}

int deal_read_many(xdb *db, const char *const *ids, size_t n,
		   struct deal_rec *out, struct ds_err *err)
{
	memset(out, 0, n * sizeof(*out));
	if (!n)
		return 0;
	/* one search for all their stories; a set of records that fills
	 * its limit is read a record at a time, each with its own */
	json_t **docs;
	size_t ndocs;
	int full;
	int rc = record_parts(db, ids, n, (unsigned)(n * DEAL_MAX_STORIES),
			      &docs, &ndocs, &full, err);
	if (rc)
		return rc;
	struct seen *s = xcalloc(ndocs ? ndocs : 1, sizeof(*s));
	for (size_t k = 0; !rc && k < n; k++) {
		if (full) {
			rc = read_rec(db, ids[k], 0, -1, &out[k], err);
			continue;
		}
		size_t m = 0;
		for (size_t i = 0; i < ndocs; i++) {
			const char *deal = str_at(docs[i], "deal_id");
			if (deal && !strcmp(deal, ids[k])) {
				seen_of(docs[i], &s[m++]);
				docs[i] = NULL;   /* taken */
			}
		}
		if (!m)
			rc = ds_err_set(err, DS_ENOTFOUND, "no deal '%s'", ids[k]);
		else
			build(ids[k], s, m, &out[k]);
	}
	for (size_t i = 0; i < ndocs; i++)
		json_decref(docs[i]);
	free(docs);
	free(s);
	if (rc)
		for (size_t k = 0; k < n; k++)
			deal_release(&out[k]);
	return rc;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void deal_release(struct deal_rec *d)
{
	free(d->id);
	free(d->type);
	free(d->status);
	free(d->acquirer);
	free(d->target);
	free(d->seller);
	free(d->acquirer_country);
	free(d->target_country);
	free_list(d->investors, d->ninvestors);
	free(d->value_text);
	free_list(d->value_stories, d->nvalue_stories);
	free(d->first);
	free(d->last);
	for (size_t i = 0; i < d->nstories; i++) {
		struct deal_story *s = &d->stories[i];
		free(s->id);
		free(s->title);
		free(s->date);
		free(s->source);
		free(s->status);
		free(s->dup_of);
	}
	free(d->stories);
	free_list(d->outlets, d->noutlets);
	for (size_t i = 0; i < d->nhistory; i++) {
		free(d->history[i].date);
		free(d->history[i].status);
		free(d->history[i].story);
	}
	free(d->history);
	free_list(d->related, d->nrelated);
	memset(d, 0, sizeof(*d));
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *list(char **v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

json_t *deal_to_json(const struct deal_rec *d, int stories)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_string(d->id));
	json_object_set_new(o, "type", str_or_null(d->type));
	json_object_set_new(o, "status", str_or_null(d->status));
	json_object_set_new(o, "acquirer", str_or_null(d->acquirer));
	json_object_set_new(o, "acquirer_country",
			    str_or_null(d->acquirer_country));
	json_object_set_new(o, "target", str_or_null(d->target));
	json_object_set_new(o, "target_country", str_or_null(d->target_country));
	json_object_set_new(o, "seller", str_or_null(d->seller));
	json_object_set_new(o, "investors", list(d->investors, d->ninvestors));
	json_t *v = json_null();
	if (!isnan(d->value_usd)) {
		v = json_object();
		json_object_set_new(v, "usd", json_real(d->value_usd));
		json_object_set_new(v, "text", str_or_null(d->value_text));
		json_object_set_new(v, "stories",
				    list(d->value_stories, d->nvalue_stories));
	}
	json_object_set_new(o, "value", v);
	json_object_set_new(o, "first", str_or_null(d->first));
	json_object_set_new(o, "last", str_or_null(d->last));
	json_object_set_new(o, "nstories", json_integer((json_int_t)d->unique));
	json_object_set_new(o, "noutlets", json_integer((json_int_t)d->noutlets));
	json_object_set_new(o, "outlets", list(d->outlets, d->noutlets));
	json_t *h = json_array();
	for (size_t i = 0; i < d->nhistory; i++) {
		json_t *c = json_object();
		json_object_set_new(c, "date", str_or_null(d->history[i].date));
		json_object_set_new(c, "status", json_string(d->history[i].status));
		json_object_set_new(c, "story", json_string(d->history[i].story));
		json_array_append_new(h, c);
	}
	json_object_set_new(o, "history", h);
	json_t *st = json_array();
	for (size_t i = 0; i < d->nstories; i++) {
		const struct deal_story *s = &d->stories[i];
		if (!stories) {
			json_array_append_new(st, json_string(s->id));
			continue;
		}
		json_t *x = json_object();
		json_object_set_new(x, "id", json_string(s->id));
		json_object_set_new(x, "date", str_or_null(s->date));
		json_object_set_new(x, "title", str_or_null(s->title));
		json_object_set_new(x, "source", str_or_null(s->source));
		json_object_set_new(x, "status", str_or_null(s->status));
		json_object_set_new(x, "dup_of", str_or_null(s->dup_of));
		json_array_append_new(st, x);
	}
	json_object_set_new(o, "stories", st);
	json_object_set_new(o, "related", list(d->related, d->nrelated));
	return o;
}

char *deal_timeline(const struct deal_rec *d)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < d->nhistory; i++) {
		if (i)
			buf_addstr(&b, " -> ");
		buf_addstr(&b, d->history[i].status);
		if (d->history[i].date)
			buf_addf(&b, " %.10s", d->history[i].date);
	}
	char *s = xstrndup(b.buf ? b.buf : "", b.len);
	buf_release(&b);
	return s;
}
