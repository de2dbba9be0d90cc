/*
 * docbuild.c - article -> Xapian document (docbuild.h).  The term layout is
 * the one include/schema.h tabulates.
 */
#include "docbuild.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

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

static void set_json(json_t *o, const char *key, const char *v)
{
	json_object_set_new(o, key, v ? json_string(v) : json_null());
}

int docb_build(struct ana *a, const struct article *art, xdb_doc *doc,
	       struct ds_err *err)
{
	int rc = 0;
	struct buf term = BUF_INIT;

	uint32_t pos = index_text(a, doc, art->title, 1, 1, &term, &rc, err);
	index_text(a, doc, art->body, pos + SCHEMA_BODY_GAP, 0, &term, &rc, err);

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
		for (size_t i = 0; i < sizeof(parts) / sizeof(*parts); i++) {
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

	if (!rc) {
		json_t *o = json_object();
		set_json(o, "id", art->id);
		set_json(o, "url", art->url);
		set_json(o, "title", art->title);
		set_json(o, "date", *iso ? iso : NULL);
		set_json(o, "source", art->source);
		set_json(o, "origin", art->origin);
		set_json(o, "body", art->body);
		char *data = json_dumps(o, JSON_COMPACT);
		json_decref(o);
		if (!data)
			rc = ds_err_set(err, DS_EINTERNAL, "cannot encode "
					"document data for '%s'", art->id);
		else
			rc = xdb_doc_set_data(doc, data, strlen(data), err);
		free(data);
	}
	buf_release(&term);
	return rc;
}
