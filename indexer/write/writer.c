/*
 * writer.c - batches, the three-step commit and start-up repair (writer.h).
 *
 * A batch N is written as:
 *   1. journal rows (put/del, id, hash) committed to SQLite;
 *   2. the Xapian transaction committed, with metadata batch = N;
 *   3. the journal applied to `articles` and meta.batch = N, one SQLite
 *      transaction.
 * A crash before 1 completes loses the batch everywhere.  Between 1 and 2
 * the journal says N and Xapian says N-1: roll back.  Between 2 and 3 both
 * say N: roll forward.  Xapian's commit is atomic, so there is no state in
 * between.
 */
#include "writer.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "schema.h"
#include "shards.h"

struct ixw {
	xdb *db;
	struct cat *cat;
	unsigned batch_size;  /* changes per batch */
	int64_t batch;        /* number of the open batch, 0 if none */
	int64_t last;         /* last committed batch */
	unsigned pending;     /* changes in the open batch */
	struct buf idterm;    /* scratch */
	struct buf mark;      /* the mark to commit (ixw_set_mark) */
	int mark_set;         /* there is one */
};

/*
 * The batch the shards committed last: OUT lo, the oldest shard's, and hi,
 * the newest's (equal but after a crash between two shards' commits), and
 * the retag mark of the oldest.
 */
static int xapian_batch(xdb *db, int64_t *lo, int64_t *hi, struct buf *mark,
			struct ds_err *err)
{
	struct buf v = BUF_INIT;
	int rc = 0;
	*lo = *hi = 0;
	for (size_t k = 0; !rc && k < xdb_shard_count(db); k++) {
		rc = xdb_shard_metadata(db, k, SCHEMA_META_BATCH, &v, err);
		int64_t b = rc ? 0 : strtoll(v.buf, NULL, 10);
		if (!rc && (k == 0 || b < *lo)) {
			*lo = b;
			rc = xdb_shard_metadata(db, k, SCHEMA_META_MARK, mark,
						err);
		}
		if (k == 0 || b > *hi)
			*hi = b;
	}
	buf_release(&v);
	return rc;
}

/* Bring every shard to batch `b` with retag mark `mark` (committed). */
static int even_shards(struct ixw *w, int64_t b, const char *mark,
		       struct ds_err *err)
{
	char num[24];
	snprintf(num, sizeof(num), "%lld", (long long)b);
	int rc = xdb_set_metadata(w->db, SCHEMA_META_BATCH, num, err);
	if (!rc)
		rc = xdb_set_metadata(w->db, SCHEMA_META_MARK, mark, err);
	if (!rc)
		rc = xdb_commit(w->db, err);
	return rc;
}

/* Rebuild the catalog's article list from the index's documents. */
static int rebuild(struct ixw *w, int64_t batch, struct ds_err *err)
{
	int rc = cat_reset(w->cat, err);
	xdb_terms *it = NULL;
	if (!rc)
		rc = xdb_terms_new(w->db, PFX_ID, strlen(PFX_ID), &it, err);
	struct buf data = BUF_INIT, hash = BUF_INIT;
	const char *term;
	size_t len;
	while (!rc && (rc = xdb_terms_next(it, &term, &len, err)) > 0) {
		rc = xdb_get_data(w->db, term, len, &data, err);
		if (!rc)
			rc = xdb_get_value(w->db, term, len, SLOT_HASH, &hash,
					   err);
		if (rc)
			break;
		json_t *o = json_loadb(data.buf, data.len,
				       JSON_DISABLE_EOF_CHECK, NULL);
		const char *id = json_string_value(json_object_get(o, "id"));
		const char *origin = json_string_value(json_object_get(o, "origin"));
		if (id)
			rc = cat_journal_add(w->cat, batch, CAT_PUT, id, hash.buf,
					     origin, err);
		json_decref(o);
	}
	xdb_terms_free(it);
	buf_release(&data);
	buf_release(&hash);
	if (!rc)
		rc = cat_journal_commit(w->cat, err);
	if (!rc)
		rc = cat_journal_apply(w->cat, batch, err);
	return rc;
}

static int repair(struct ixw *w, enum ixw_repair *what, struct ds_err *err)
{
	int64_t xb, hi, cb, jb;
	struct buf mark = BUF_INIT;
	int rc = xapian_batch(w->db, &xb, &hi, &mark, err);
	if (!rc && xb != hi) {
		/* shards at different batches: what they hold is the truth;
		 * the catalog is rebuilt from it below */
		rc = even_shards(w, hi, mark.len ? mark.buf : "", err);
		xb = hi;
		if (!rc)
			rc = cat_journal_discard(w->cat, err);
		if (!rc)
			rc = cat_reset(w->cat, err);
	}
	buf_release(&mark);
	if (!rc)
		rc = cat_batch(w->cat, &cb, err);
	if (!rc)
		rc = cat_journal_pending(w->cat, &jb, err);
	if (rc)
		return rc;
	*what = IXW_CLEAN;
	if (jb && jb == xb) {
		*what = IXW_ROLLED_FORWARD;
		rc = cat_journal_apply(w->cat, jb, err);
		cb = jb;
	} else if (jb) {
		*what = IXW_ROLLED_BACK;
		rc = cat_journal_discard(w->cat, err);
	}
	if (!rc && cb != xb) {
		*what = IXW_REBUILT;
		rc = rebuild(w, xb, err);
	}
	w->last = xb;
	return rc;
}

/* mkdir -p */
int ixw_open(const char *dir, unsigned batch_size, unsigned nshards,
	     struct ixw **out, enum ixw_repair *what, struct ds_err *err)
{
	*out = NULL;
	*what = IXW_CLEAN;
	if (schema_make_dirs(dir, err))
		return DS_EIO;
	struct ixw *w = xcalloc(1, sizeof(*w));
	w->batch_size = batch_size ? batch_size : 1;
	buf_init(&w->idterm, 0);
	buf_init(&w->mark, 0);
	struct shards sh;
	int rc = shards_make(dir, nshards, &sh, err);
	if (!rc) {
		struct xdb_set_opts o = XDB_SET_OPTS_INIT;
		o.writable = 1;
		/* each shard written on a thread of its own, unless asked
		 * to write in line (the same index, slower: for comparing) */
		const char *inl = getenv("DEALSEARCH_WRITE_INLINE");
		o.async_puts = !(inl && *inl && strcmp(inl, "0"));
		rc = xdb_open_set((const char *const *)sh.spec, sh.n, &o,
				  &w->db, err);
		if (!rc)
			rc = cat_open(sh.catalog, &w->cat, err);
		shards_release(&sh);
	}
	if (!rc)
		rc = repair(w, what, err);
	if (rc) {
		ixw_close(w);
		return rc;
	}
	*out = w;
	return 0;
}

void ixw_close(struct ixw *w)
{
	if (!w)
		return;
	if (w->batch) {
		struct ds_err ignore = DS_ERR_INIT;
		xdb_cancel(w->db, &ignore);
		if (w->cat)
			cat_journal_discard(w->cat, &ignore);
	}
	cat_close(w->cat);
	xdb_close(w->db);
	buf_release(&w->idterm);
	buf_release(&w->mark);
	free(w);
}

int ixw_lookup(struct ixw *w, const char *id, struct buf *hash,
	       struct ds_err *err)
{
	return cat_lookup(w->cat, id, hash, err);
}

int ixw_previous(struct ixw *w, const char *id, struct buf *data,
		 int64_t *alert_batch, struct ds_err *err)
{
	struct buf v = BUF_INIT;
	*alert_batch = 0;
	schema_idterm(id, &w->idterm);
	int rc = xdb_get_data(w->db, w->idterm.buf, w->idterm.len, data, err);
	if (!rc)
		rc = xdb_get_value(w->db, w->idterm.buf, w->idterm.len,
				   SLOT_BATCH, &v, err);
	if (!rc && v.len)
		*alert_batch = (int64_t)xdb_unsortable(v.buf, v.len);
	buf_release(&v);
	return rc;
}

int64_t ixw_next_batch(const struct ixw *w)
{
	return w->batch ? w->batch : w->last + 1;
}

static int open_batch(struct ixw *w, struct ds_err *err)
{
	if (w->batch)
		return 0;
	int rc = xdb_begin(w->db, err);
	if (!rc)
		w->batch = w->last + 1;
	return rc;
}

static int change_done(struct ixw *w, struct ds_err *err)
{
	if (++w->pending >= w->batch_size)
		return ixw_flush(w, err);
	return 0;
}

int ixw_put(struct ixw *w, const char *id, const char *hash,
	    const char *origin, xdb_doc *doc, struct ds_err *err)
{
	int rc = open_batch(w, err);
	if (!rc)
		rc = cat_journal_add(w->cat, w->batch, CAT_PUT, id, hash, origin,
				     err);
	schema_idterm(id, &w->idterm);
	if (!rc)
		rc = xdb_replace(w->db, w->idterm.buf, w->idterm.len, doc,
				 err);
	return rc ? rc : change_done(w, err);
}

int ixw_edit(struct ixw *w, const char *id, const struct xdb_edit *e,
	     struct ds_err *err)
{
	int rc = open_batch(w, err);
	schema_idterm(id, &w->idterm);
	return rc ? rc : xdb_edit_doc(w->db, w->idterm.buf, w->idterm.len, e,
				      err);
}

int ixw_delete(struct ixw *w, const char *id, struct ds_err *err)
{
	struct buf hash = BUF_INIT;
	int rc = cat_lookup(w->cat, id, &hash, err);
	buf_release(&hash);
	if (rc == DS_ENOTFOUND) {
		ds_err_clear(err);
		return ds_err_set(err, DS_ENOTFOUND, "no article with id '%s'", id);
	}
	if (!rc)
		rc = open_batch(w, err);
	if (!rc)
		rc = cat_journal_add(w->cat, w->batch, CAT_DEL, id, NULL, NULL,
				     err);
	schema_idterm(id, &w->idterm);
	if (!rc) {
		rc = xdb_delete(w->db, w->idterm.buf, w->idterm.len, err);
		if (rc == DS_ENOTFOUND) {   /* catalog knew it, index did not */
			ds_err_clear(err);
			rc = 0;
		}
	}
	return rc ? rc : change_done(w, err);
}

void ixw_set_mark(struct ixw *w, const char *mark)
{
	buf_reset(&w->mark);
	buf_addstr(&w->mark, mark);
	w->mark_set = 1;
}

int ixw_mark(struct ixw *w, struct buf *out, struct ds_err *err)
{
	return xdb_get_metadata(w->db, SCHEMA_META_MARK, out, err);
}

/* A mark with no batch to carry it: a Xapian transaction of its own. */
static int commit_mark(struct ixw *w, struct ds_err *err)
{
	int rc = xdb_begin(w->db, err);
	if (!rc)
		rc = xdb_set_metadata(w->db, SCHEMA_META_MARK, w->mark.buf,
				      err);
	if (!rc)
		rc = xdb_commit(w->db, err);
	if (rc) {
		struct ds_err ignore = DS_ERR_INIT;
		xdb_cancel(w->db, &ignore);
		return rc;
	}
	w->mark_set = 0;
	return 0;
}

int ixw_flush(struct ixw *w, struct ds_err *err)
{
	if (!w->batch)
		return w->mark_set ? commit_mark(w, err) : 0;
	char num[24];
	snprintf(num, sizeof(num), "%lld", (long long)w->batch);
	int rc = cat_journal_commit(w->cat, err);                 /* step 1 */
	if (!rc)
		rc = xdb_set_metadata(w->db, SCHEMA_META_BATCH, num, err);
	if (!rc && w->mark_set)
		rc = xdb_set_metadata(w->db, SCHEMA_META_MARK, w->mark.buf,
				      err);
	if (!rc)
		rc = xdb_commit(w->db, err);                       /* step 2 */
	if (!rc)
		w->mark_set = 0;
	if (rc) {
		struct ds_err ignore = DS_ERR_INIT;
		xdb_cancel(w->db, &ignore);
		cat_journal_discard(w->cat, &ignore);
		w->batch = 0;
		w->pending = 0;
		return rc;
	}
	rc = cat_journal_apply(w->cat, w->batch, err);            /* step 3 */
	w->last = w->batch;
	w->batch = 0;
	w->pending = 0;
	return rc;
}

int64_t ixw_last_batch(const struct ixw *w)
{
	return w->last;
}

xdb *ixw_xdb(struct ixw *w)
{
	return w->db;
}

int ixw_verify(xdb *db, struct cat *c, uint64_t *mismatches,
	       struct buf *report, struct ds_err *err)
{
	uint64_t nx = 0, nc = 0, bad = 0;
	*mismatches = 0;
	int rc = xdb_doc_count(db, &nx, err);
	if (!rc)
		rc = cat_count(c, &nc, err);
	if (rc)
		return rc;
	if (nx != nc) {
		bad++;
		buf_addf(report, "index has %llu documents, catalog %llu\n",
			 (unsigned long long)nx, (unsigned long long)nc);
	}
	struct cat_iter *it;
	rc = cat_iter_new(c, &it, err);
	if (rc)
		return rc;
	const char *id, *hash;
	struct buf term = BUF_INIT, val = BUF_INIT;
	while ((rc = cat_iter_next(it, &id, &hash, err)) > 0) {
		schema_idterm(id, &term);
		uint64_t freq;
		rc = xdb_term_freq(db, term.buf, term.len, &freq, err);
		if (!rc && freq == 1)
			rc = xdb_get_value(db, term.buf, term.len, SLOT_HASH,
					   &val, err);
		if (rc)
			break;
		if (freq != 1 || strcmp(val.buf, hash)) {
			if (++bad <= 10)
				buf_addf(report, "'%s': %s\n", id, freq == 0 ?
					 "in catalog, not in index" : freq > 1 ?
					 "indexed more than once" :
					 "hash differs between catalog and index");
		}
	}
	cat_iter_free(it);
	buf_release(&term);
	buf_release(&val);
	*mismatches = bad;
	return rc < 0 ? rc : 0;
}

struct cat *ixw_catalog(struct ixw *w)
{
	return w->cat;
}
