/*
 * docbuild.c - article -> Xapian document (docbuild.h).  The term layout is
 * the one include/schema.h tabulates.
 */
#include "docbuild.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <xxhash.h>

#include "date.h"
#include "schema.h"

/* Sticky-rc helpers: each does nothing once *rc is set. */
static void posting(xdb_doc *doc, const char *pfx, const char *t, size_t n,
		    uint32_t pos, uint32_t wdf, struct buf *scratch, int *rc,
		    struct ds_err *err)
{
	if (*rc)
		return;
	if (!*pfx) {
		*rc = xdb_doc_add_posting(doc, t, n, pos, wdf, err);
		return;
	}
	buf_reset(scratch);
	buf_addstr(scratch, pfx);
	buf_add(scratch, t, n);
	*rc = xdb_doc_add_posting(doc, scratch->buf, scratch->len, pos, wdf, err);
}

static void boolean(xdb_doc *doc, struct buf *term, int *rc, struct ds_err *err)
{
	if (*rc || term->len > XDB_MAX_TERM)
		return;
	*rc = xdb_doc_add_boolean(doc, term->buf, term->len, err);
}

/* Index one field's text; returns the next free position. */
static uint32_t index_text(struct ana *a, xdb_doc *doc, const char *text,
			   uint32_t pos0, int is_title, struct buf *scratch,
			   int *rc, struct ds_err *err)
{
	struct ana_token t;
	ana_start(a, text, strlen(text), pos0);
	while (!*rc && ana_next(a, &t)) {
		posting(doc, "", t.stem, t.stem_len, t.pos,
			is_title ? SCHEMA_TITLE_WDF : 1, scratch, rc, err);
		if (is_title)
			posting(doc, PFX_TITLE, t.stem, t.stem_len, t.pos, 1,
				scratch, rc, err);
	}
	return ana_pos(a);
}

/* Postings from the extractor's tokens, laid out as index_text() does. */
static void index_tokens(const struct extractor *ex, xdb_doc *doc,
			 struct buf *scratch, int *rc, struct ds_err *err)
{
	uint32_t title = ex_title_positions(ex);
	size_t n = ex_token_count(ex);
	for (size_t i = 0; i < n && !*rc; i++) {
		struct ex_token t;
		ex_token(ex, i, &t);
		if (t.made)
			continue;
		if (t.in_title) {
			posting(doc, "", t.stem, t.len, 1 + t.pos,
				SCHEMA_TITLE_WDF, scratch, rc, err);
			posting(doc, PFX_TITLE, t.stem, t.len, 1 + t.pos, 1,
				scratch, rc, err);
		} else {
			posting(doc, "", t.stem, t.len, 1 + title +
				SCHEMA_BODY_GAP + (t.pos - title), 1, scratch,
				rc, err);
		}
	}
}

static void set_json(json_t *o, const char *key, const char *v)
{
	json_object_set_new(o, key, v ? json_string(v) : json_null());
}

/* A boolean term: prefix + the folded words of `name`, joined by '-'. */
static void name_term(const struct gaz *g, xdb_doc *doc, const char *pfx,
		      const char *name, struct buf *term, struct buf *scratch,
		      int *rc, struct ds_err *err)
{
	if (!name)
		return;
	gaz_key(g, name, strlen(name), scratch);
	if (!scratch->len)
		return;
	buf_reset(term);
	buf_addstr(term, pfx);
	/* "whole foods" -> "XCOwhole-foods": terms without spaces */
	for (size_t i = 0; i < scratch->len; i++)
		buf_addch(term, scratch->buf[i] == ' ' ? '-' : scratch->buf[i]);
	boolean(doc, term, rc, err);
}

static void slug_term(xdb_doc *doc, const char *pfx, const char *slug,
		      struct buf *term, int *rc, struct ds_err *err)
{
	buf_reset(term);
	buf_addstr(term, pfx);
	buf_addstr(term, slug);
	boolean(doc, term, rc, err);
}

static void amount_value(xdb_doc *doc, unsigned slot, double usd, int *rc,
			 struct ds_err *err)
{
	char v[XDB_SORTABLE_MAX];
	if (*rc || isnan(usd))
		return;
	*rc = xdb_doc_set_value(doc, slot, v, xdb_sortable(usd, v), err);
}

/*
 * The story's sample bucket term, and the keys the hits are sorted by
 * (schema.h): each order's own key, then
 * the hash of the story's id, so that no two stories tie.  A tie would be
 * broken by docid, and docids differ between one index and the same
 * stories in shards.  Fixed widths: an undated story's date and a missing
 * amount are zeros (last, newest and largest first).
 */
static int sort_keys(xdb_doc *doc, const struct article *art, char digit,
		     double usd, struct buf *b, struct ds_err *err)
{
	char date[DATE_SORTABLE_LEN] = "00000000000000", id[17];
	if (art->has_date)
		date_sortable(art->date, date);
	uint64_t h = XXH3_64bits(art->id, strlen(art->id));
	snprintf(id, sizeof(id), "%016llx", (unsigned long long)h);
	/* its sample bucket (schema.h): facet estimates on big indexes */
	unsigned nth = (unsigned)(h >> 58);
	char bucket[16];
	snprintf(bucket, sizeof(bucket), "%s%02x", PFX_SAMPLE, nth);
	int rc = xdb_doc_add_boolean(doc, bucket, strlen(bucket), err);
	/* and the first n buckets it is in, one term each: a sample of n
	 * buckets is one posting list, not an OR of n (about one term a
	 * story: 2 + 4 + ... + 32 of every 64) */
	for (unsigned n = 2; !rc && n < SCHEMA_SAMPLE_BUCKETS; n *= 2)
		if (nth < n) {
			snprintf(bucket, sizeof(bucket), "%s%u",
				 PFX_SAMPLE_FIRST, n);
			rc = xdb_doc_add_boolean(doc, bucket, strlen(bucket),
						 err);
		}
	/* in bucket 0, the first n of its parts it is in: a sample of a
	 * 4,096th of the stories and up, for the broadest queries (about
	 * two terms for every 64 stories; n = 64 is the whole bucket,
	 * which tells the searcher that every story of it has them) */
	unsigned part = (unsigned)(h >> 52) & (SCHEMA_SAMPLE_FINE - 1);
	for (unsigned n = 1; !rc && nth == 0 && n <= SCHEMA_SAMPLE_FINE;
	     n *= 2)
		if (part < n) {
			snprintf(bucket, sizeof(bucket), "%s%u",
				 PFX_SAMPLE_FINE, n);
			rc = xdb_doc_add_boolean(doc, bucket, strlen(bucket),
						 err);
		}
	buf_reset(b);
	buf_addch(b, digit);
	buf_addstr(b, date);
	buf_addstr(b, id);
	if (!rc)
		rc = xdb_doc_set_value(doc, SLOT_RANK, b->buf, b->len, err);
	buf_reset(b);
	buf_addstr(b, date);
	buf_addstr(b, id);
	if (!rc)
		rc = xdb_doc_set_value(doc, SLOT_SORT_DATE, b->buf, b->len, err);
	char v[XDB_SORTABLE_MAX];
	memset(v, 0, sizeof(v));
	if (!isnan(usd))
		xdb_sortable(usd, v);
	buf_reset(b);
	buf_add(b, v, sizeof(v));
	buf_addstr(b, id);
	if (!rc)
		rc = xdb_doc_set_value(doc, SLOT_SORT_AMOUNT, b->buf, b->len,
				       err);
	return rc;
}

/*
 * OUT: the indexes in t->amounts of the amounts slots SLOT_AMOUNTS.. hold,
 * in slot order (schema.h): the deal and funding amounts with a USD
 * figure of a claimed deal, at most SCHEMA_MAX_AMOUNTS.  One choice for
 * the slots and for the list the searcher names them by.
 */
static size_t slot_amounts(const struct tags *t, int claim,
			   size_t idx[SCHEMA_MAX_AMOUNTS])
{
	size_t n = 0;
	for (size_t i = 0; claim && i < t->namounts && n < SCHEMA_MAX_AMOUNTS;
	     i++) {
		const struct ex_amount *x = &t->amounts[i];
		if ((x->kind == AMOUNT_DEAL || x->kind == AMOUNT_FUNDING) &&
		    !isnan(x->m.usd_low))
			idx[n++] = i;
	}
	return n;
}

/*
 * The amounts of slots SLOT_AMOUNTS.. in their order, as the searcher
 * names the one a query's amount matched: [[usd_low, usd_high, "text",
 * "kind"], ...]; NULL when there is none.
 */
static json_t *amounts_usd_json(const struct tags *t, int claim)
{
	size_t idx[SCHEMA_MAX_AMOUNTS];
	size_t n = slot_amounts(t, claim, idx);
	json_t *a = n ? json_array() : NULL;
	for (size_t i = 0; i < n; i++) {
		const struct ex_amount *x = &t->amounts[idx[i]];
		json_t *e = json_array();
		json_array_append_new(e, json_real(x->m.usd_low));
		/* a high end the slots do not have either: null */
		json_array_append_new(e, isnan(x->m.usd_high) ? json_null() :
				      json_real(x->m.usd_high));
		json_array_append_new(e, json_string(x->text ? x->text : ""));
		json_array_append_new(e, json_string(
			ex_amount_kind_slug(x->kind)));
		json_array_append_new(a, e);
	}
	return a;
}

/* Companies per story in the company facet (schema.h, slot 31). */
#define COMPANY_FACET 1

/*
 * The facets (schema.h): one string of all of them, what one
 * ValueCountMatchSpy counts.  `year` is "" for an undated story.
 */
static void facets(const struct tags *t, int claimed, const char *year,
		   xdb_doc *doc, struct buf *v, int *rc, struct ds_err *err)
{
	buf_reset(v);
	buf_addch(v, SCHEMA_FACET_LETTER(claimed ? t->deal.type : DEAL_NONE));
	buf_addch(v, SCHEMA_FACET_FIELD_SEP);
	buf_addch(v, SCHEMA_FACET_LETTER(claimed ? t->deal.status :
					 STATUS_NONE));
	buf_addch(v, SCHEMA_FACET_FIELD_SEP);
	for (size_t i = 0; i < t->nregions; i++)
		buf_addch(v, SCHEMA_FACET_MEMBER(t->regions[i]));
	buf_addch(v, SCHEMA_FACET_FIELD_SEP);
	for (size_t i = 0; i < t->ncountries; i++)
		buf_add(v, t->countries[i], 2);
	buf_addch(v, SCHEMA_FACET_FIELD_SEP);
	for (size_t i = 0; i < t->nsectors; i++)
		buf_addch(v, SCHEMA_FACET_MEMBER(t->sectors[i]));
	buf_addch(v, SCHEMA_FACET_FIELD_SEP);   /* companies: slot 31 */
	buf_addch(v, SCHEMA_FACET_FIELD_SEP);
	buf_addstr(v, year);
	buf_addch(v, SCHEMA_FACET_FIELD_SEP);
	buf_addch(v, (char)('0' + schema_amount_bucket(
		claimed && t->deal.amount >= 0 ?
		t->amounts[t->deal.amount].m.usd : NAN)));
	if (!*rc)
		*rc = xdb_doc_set_value(doc, SLOT_FACETS, v->buf, v->len, err);
	buf_reset(v);
	/* the story's most named companies: what a "top companies" facet
	 * is about; few, so that values repeat and counting stays cheap */
	for (size_t i = 0; i < t->ncompanies && i < COMPANY_FACET; i++) {
		if (i)
			buf_addch(v, SCHEMA_FACET_SEP);
		buf_addstr(v, t->companies[i]);
	}
	if (!*rc && v->len)
		*rc = xdb_doc_set_value(doc, SLOT_FACET_COMPANIES, v->buf,
					v->len, err);
}

int docb_claimed(const struct tags *t, double min_confidence)
{
	return t->deal.type != DEAL_NONE &&
	       t->deal.confidence >= min_confidence;
}

static void tag_terms(const struct tags *t, int claim, const struct gaz *g,
		      const char *year, xdb_doc *doc, struct buf *term, int *rc,
		      struct ds_err *err)
{
	struct buf key = BUF_INIT;
	for (size_t i = 0; i < t->ncompanies; i++)
		name_term(g, doc, PFX_COMPANY, t->companies[i], term, &key, rc,
			  err);
	for (size_t i = 0; i < t->npeople; i++)
		name_term(g, doc, PFX_PERSON, t->people[i], term, &key, rc, err);
	for (size_t i = 0; i < t->ncountries; i++) {
		char lc[3] = {(char)tolower((unsigned char)t->countries[i][0]),
			      (char)tolower((unsigned char)t->countries[i][1]),
			      '\0'};
		slug_term(doc, PFX_COUNTRY, lc, term, rc, err);
	}
	/* the states and provinces of the places ("Houston" -> us-tx), as
	 * the country's term with the ISO 3166-2 code */
	for (size_t i = 0; i < t->nplaces; i++) {
		gaz_key(g, t->places[i].name, strlen(t->places[i].name), &key);
		const struct gaz_entry *e = key.len ?
			gaz_lookup_dateline(g, key.buf, key.len) : NULL;
		if (!e || e->kind != GAZ_PLACE || !gaz_place(g, e->id)->sub[0])
			continue;
		const struct gaz_place *pl = gaz_place(g, e->id);
		char code[3 + sizeof(pl->sub)];
		const char *cc = gaz_country(g, pl->country)->code;
		size_t n = 0;
		code[n++] = (char)tolower((unsigned char)cc[0]);
		code[n++] = (char)tolower((unsigned char)cc[1]);
		code[n++] = '-';
		for (size_t k = 0; k < sizeof(pl->sub) && pl->sub[k]; k++)
			code[n++] = (char)tolower((unsigned char)pl->sub[k]);
		code[n] = '\0';
		slug_term(doc, PFX_COUNTRY, code, term, rc, err);
	}
	for (size_t i = 0; i < t->nregions; i++)
		slug_term(doc, PFX_REGION, gaz_region(g, t->regions[i])->slug,
			  term, rc, err);
	for (size_t i = 0; i < t->nsectors; i++)
		slug_term(doc, PFX_SECTOR, gaz_sector(g, t->sectors[i])->slug,
			  term, rc, err);
	if (claim) {
		slug_term(doc, PFX_TYPE, ex_deal_type_slug(t->deal.type), term,
			  rc, err);
		if (t->deal.status != STATUS_NONE)
			slug_term(doc, PFX_STATUS,
				  ex_status_slug(t->deal.status), term, rc,
				  err);
		/* a bid turned down: `status:rejected` */
		if (t->deal.rejected)
			slug_term(doc, PFX_STATUS, "rejected", term, rc, err);
		name_term(g, doc, PFX_ACQUIRER, t->deal.acquirer, term, &key,
			  rc, err);
		name_term(g, doc, PFX_TARGET, t->deal.target, term, &key, rc,
			  err);
		for (size_t i = 0; i < t->deal.ninvestors; i++)
			name_term(g, doc, PFX_INVESTOR, t->deal.investors[i],
				  term, &key, rc, err);
		/* the parties' countries and the target's sector, where the
		 * text gives them */
		for (size_t i = 0; i < t->deal.nroles; i++) {
			const struct ex_party *pt = &t->deal.roles[i];
			const char *pfx = pt->role == ROLE_ACQUIRER ?
				PFX_ACQ_COUNTRY : pt->role == ROLE_TARGET ?
				PFX_TGT_COUNTRY : NULL;
			if (pfx && pt->country[0]) {
				char lc[3] = {
					(char)tolower((unsigned char)pt->country[0]),
					(char)tolower((unsigned char)pt->country[1]),
					'\0'};
				slug_term(doc, pfx, lc, term, rc, err);
			}
			if (pt->role == ROLE_TARGET && pt->sector >= 0)
				slug_term(doc, PFX_TGT_SECTOR,
					  gaz_sector(g, pt->sector)->slug, term,
					  rc, err);
		}
	}
	facets(t, claim, year, doc, term, rc, err);
	size_t idx[SCHEMA_MAX_AMOUNTS];
	size_t n = slot_amounts(t, claim, idx);
	for (size_t i = 0; i < n; i++) {
		const struct money *m = &t->amounts[idx[i]].m;
		amount_value(doc, SLOT_AMOUNTS + 2 * (unsigned)i, m->usd_low, rc,
			     err);
		amount_value(doc, SLOT_AMOUNTS + 2 * (unsigned)i + 1,
			     m->usd_high, rc, err);
	}
	buf_release(&key);
}

int docb_postings(struct ana *a, const struct article *art,
		  const struct extractor *ex, xdb_doc *doc, struct ds_err *err)
{
	int rc = 0;
	struct buf term = BUF_INIT;
	if (ex) {
		index_tokens(ex, doc, &term, &rc, err);
	} else {
		uint32_t pos = index_text(a, doc, art->title, 1, 1, &term, &rc,
					  err);
		index_text(a, doc, art->body, pos + SCHEMA_BODY_GAP, 0, &term,
			   &rc, err);
	}
	buf_release(&term);
	return rc;
}

int docb_build(struct ana *a, const struct article *art,
	       const struct tags *tags, const struct gaz *g,
	       const struct extractor *ex, double min_confidence,
	       struct alert_ctx *alert, const struct link_out *link,
	       xdb_doc *doc, struct ds_err *err)
{
	int rc = docb_postings(a, art, ex, doc, err);
	return rc ? rc : docb_fields(art, tags, g, min_confidence, alert, link,
				     doc, err);
}

int docb_fields(const struct article *art, const struct tags *tags,
		const struct gaz *g, double min_confidence,
		struct alert_ctx *alert, const struct link_out *link,
		xdb_doc *doc, struct ds_err *err)
{
	int rc = 0;
	struct buf term = BUF_INIT;

	/* the id term is added by xdb_replace() */
	if (art->source && *art->source) {
		buf_reset(&term);
		buf_addstr(&term, PFX_SOURCE);
		ana_fold(art->source, strlen(art->source), &term);
		boolean(doc, &term, &rc, err);
	}
	char iso[DATE_ISO_LEN] = "";
	if (art->has_date) {
		char sortable[DATE_SORTABLE_LEN];
		date_sortable(art->date, sortable);
		date_iso(art->date, iso);
		static const struct {
			const char *pfx;
			int len;
		} parts[] = {{PFX_YEAR, 4}, {PFX_MONTH, 6}, {PFX_DAY, 8}};
		for (size_t i = 0; i < ARRAY_SIZE(parts); i++) {
			buf_reset(&term);
			buf_addf(&term, "%s%.*s", parts[i].pfx, parts[i].len,
				 sortable);
			boolean(doc, &term, &rc, err);
		}
		if (!rc)
			rc = xdb_doc_set_value(doc, SLOT_DATE, sortable,
					       strlen(sortable), err);
	}
	if (!rc)
		rc = xdb_doc_set_value(doc, SLOT_HASH, art->hash,
				       strlen(art->hash), err);
	int claim = tags && g && docb_claimed(tags, min_confidence);
	if (tags && g) {
		char year[5] = "";
		if (art->has_date)
			memcpy(year, iso, 4);
		tag_terms(tags, claim, g, year, doc, &term, &rc, err);
	}
	/* the order of a query of filters alone: claimed deals by their
	 * confidence (a digit), then the newest */
	if (!rc) {
		char digit = claim ? (char)('0' + (int)(tags->deal.confidence *
							 10 > 9 ? 9 :
							 tags->deal.confidence * 10))
				   : '0';
		double usd = claim && tags->deal.amount >= 0 ?
			     tags->amounts[tags->deal.amount].m.usd : NAN;
		rc = sort_keys(doc, art, digit, usd, &term, err);
	}

	if (!rc) {
		json_t *o = json_object();
		set_json(o, "id", art->id);
		set_json(o, "url", art->url);
		set_json(o, "title", art->title);
		set_json(o, "date", *iso ? iso : NULL);
		/* with the rest, what `index --retag` tags again */
		set_json(o, "dateline", art->dateline);
		set_json(o, "source", art->source);
		set_json(o, "origin", art->origin);
		if (tags && g) {
			json_t *tj = tags_to_json(tags, g, 1);
			if (!claim && tags->deal.type != DEAL_NONE) {
				/* not claimed: only how sure the tagger was */
				json_t *d = json_object();
				json_object_set_new(d, "confidence", json_incref(
					json_object_get(json_object_get(tj, "deal"),
							"confidence")));
				json_object_set_new(tj, "deal", d);
			}
			json_object_set_new(o, "tags", tj);
			json_t *au = amounts_usd_json(tags, claim);
			if (au)
				json_object_set_new(o, "amounts_usd", au);
		}
		if (link && link->deal[0])
			set_json(o, "deal_id", link->deal);
		if (link && link->dup_of.len)
			set_json(o, "dup_of", link->dup_of.buf);
		if (alert)
			alert_update(o, art->body, alert);
		/* the story's part of its deal record (schema.h) */
		int record = !schema_record(o, &term);
		char *head = json_dumps(o, JSON_COMPACT);
		json_decref(o);
		if (!head) {
			rc = ds_err_set(err, DS_EINTERNAL, "cannot encode "
					"document data for '%s'", art->id);
		} else {
			/* the body after the object: readers parse only the
			 * small part they need (schema.h) */
			struct buf data = BUF_INIT;
			buf_addstr(&data, head);
			buf_addch(&data, '\n');
			buf_addstr(&data, art->body);
			rc = xdb_doc_set_data(doc, data.buf, data.len, err);
			buf_release(&data);
		}
		free(head);
		if (!rc && record)
			rc = xdb_doc_set_value(doc, SLOT_RECORD, term.buf,
					       term.len, err);
	}
	if (!rc && link)
		rc = link_apply(link, art->id, doc, err);
	/* saved queries ask for stories by the batch of their last alert */
	if (!rc && alert) {
		char v[XDB_SORTABLE_MAX];
		rc = xdb_doc_set_value(doc, SLOT_BATCH, v, xdb_sortable(
			(double)alert->slot_batch, v), err);
	}
	buf_release(&term);
	return rc;
}
