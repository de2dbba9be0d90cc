/*
 * ingest.c - the pipeline's steps (ingest_int.h): opening the index and
 * what tagging needs; for each article: finished, skipped when unchanged,
 * tagged, built and written, and counted once durable.  pipeline.c runs
 * the steps, in line or with tagging on threads.
 */
#include "ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse.h"
#include "docbuild.h"
#include "gazetteer.h"
#include "ingest_int.h"
#include "reader.h"
#include "schema.h"
#include "shards.h"

void ingest_report(struct ingest *ing, const char *level, const char *origin,
		   const char *msg)
{
	if (ing->opts.report)
		ing->opts.report(ing->opts.user, level, origin, msg);
}

void ingest_progress(struct ingest *ing)
{
	if (ing->opts.progress)
		ing->opts.progress(ing->opts.user, &ing->st);
}

int ingest_core_open(const struct ingest_opts *opts, struct ingest **out,
		     enum ixw_repair *repair, struct ds_err *err)
{
	*out = NULL;
	struct ingest *ing = xcalloc(1, sizeof(*ing));
	ing->opts = *opts;
	buf_init(&ing->hash, 0);
	buf_init(&ing->prev, 0);
	link_out_init(&ing->link);
	buf_init(&ing->salt, 0);
	ing->seen = smap_new();
	int rc = 0;
	*repair = IXW_CLEAN;
	if (!opts->sink) {
		rc = ixw_open(opts->db_dir, opts->batch, opts->shards, &ing->w,
			      repair, err);
		if (!rc)
			ing->settled = ixw_last_batch(ing->w);
		if (!rc)
			rc = gaz_load(ixw_catalog(ing->w), GAZ_LOAD_SYNC,
				      &ing->gaz, err);
	} else if (opts->db_dir) {
		struct shards sh;
		rc = shards_read(opts->db_dir, &sh, err);
		if (!rc && access(sh.catalog, F_OK) == 0)
			rc = cat_open_reader(sh.catalog, &ing->ro_cat, err);
		if (!rc)
			shards_release(&sh);
		if (!rc)
			rc = gaz_load(ing->ro_cat, GAZ_LOAD_READ, &ing->gaz,
				      err);
	} else {
		rc = gaz_load(NULL, GAZ_LOAD_READ, &ing->gaz, err);
	}
	/* tags depend on the gazetteers and on the confidence from which
	 * deals are claimed: they salt the stored hash */
	if (!rc && opts->no_tags)
		buf_addstr(&ing->salt, "no tags");
	else if (!rc)
		buf_addf(&ing->salt, "%s/%.2f", gaz_hash(ing->gaz),
			 opts->min_confidence);
	if (!rc)
		rc = dm_load(dm_default_path(), &ing->model, err);
	if (!rc)
		rc = ex_new(ing->gaz, ing->model, &ing->ex, err);
	if (!rc)
		rc = ana_new("english", &ing->ana, err);
	struct fetch_opts fo = opts->fetch;
	fo.stop = opts->stop;
	if (!rc)
		rc = fetch_new(&fo, &ing->fetch, err);
	if (rc) {
		ingest_core_close(ing);
		return rc;
	}
	*out = ing;
	return 0;
}

void ingest_core_close(struct ingest *ing)
{
	if (!ing)
		return;
	free(ing->mark);
	free(ing->own);
	ixw_close(ing->w);
	cat_close(ing->ro_cat);
	smap_free(ing->seen);
	ex_free(ing->ex);
	dm_free(ing->model);
	gaz_free(ing->gaz);
	ana_free(ing->ana);
	fetch_free(ing->fetch);
	buf_release(&ing->hash);
	buf_release(&ing->prev);
	link_out_release(&ing->link);
	buf_release(&ing->salt);
	free(ing);
}

const struct ingest_stats *ingest_stats(const struct ingest *ing)
{
	return &ing->st;
}

const struct gaz *ingest_gazetteer(const struct ingest *ing)
{
	return ing->gaz;
}

static struct cat *counts_catalog(struct ingest *ing)
{
	return ing->w ? ixw_catalog(ing->w) : ing->ro_cat;
}

void ingest_para_own(struct ingest *ing, const struct article *a, int known)
{
	free(ing->own);
	ing->own = NULL;
	ing->nown = 0;
	struct cat *c = counts_catalog(ing);
	struct ds_err ignore = DS_ERR_INIT;
	/* a lookup that fails leaves none: counted as another's, as the
	 * paragraphs of a story sent twice under two ids are */
	if (known && c && a->source && *a->source &&
	    cat_para_get(c, a->source, a->id, &ing->own, &ing->nown, &ignore))
		ing->nown = 0;
}

/*
 * The boilerplate detector's question: the catalog's count, less the
 * article's own earlier version (extract.h: what other articles print;
 * else a story sent three times would find its own lead boilerplate when
 * tagged again).
 */
unsigned ingest_para_count(void *user, const char *source, uint64_t hash)
{
	struct ingest *ing = user;
	struct cat *c = counts_catalog(ing);
	unsigned n = 0;
	struct ds_err ignore = DS_ERR_INIT;
	/* a lookup that fails counts 0: the paragraph is tagged, as in a
	 * fresh index */
	if (c && cat_para_count(c, source, hash, &n, &ignore))
		n = 0;
	for (size_t i = 0; n && i < ing->nown; i++)
		if (ing->own[i] == hash) {
			n--;
			break;
		}
	return n;
}

/* Whether `a` is over the tagging limit (extract.h); said once. */
static int too_long(struct ingest *ing, const struct article *a)
{
	size_t n = ex_article_bytes(a);
	if (n <= EX_MAX_BYTES)
		return 0;
	char msg[160];
	snprintf(msg, sizeof(msg), "article of %zu bytes is over the tagging "
		 "limit of %u bytes; indexed without tags", n,
		 (unsigned)EX_MAX_BYTES);
	ingest_report(ing, "warning", a->origin ? a->origin : "?", msg);
	return 1;
}

void ingest_tag(struct extractor *ex, const struct article *a,
		const struct ex_common *common, struct tags *t,
		uint64_t **hashes, size_t *nhashes)
{
	tags_init(t);
	ex_run(ex, a, common, t, hashes, nhashes);
}

/*
 * Counts of what was written move from pending to done only when the batch
 * holding them is durable: after a fatal error the summary tells what the
 * index really has.
 */
static void settle(struct ingest *ing)
{
	if (!ing->w || ixw_last_batch(ing->w) == ing->settled)
		return;
	ing->settled = ixw_last_batch(ing->w);
	ing->st.added += ing->pend.added;
	ing->st.replaced += ing->pend.replaced;
	ing->st.deleted += ing->pend.deleted;
	ing->st.deals_changed += ing->pend.deals_changed;
	ing->pend.added = ing->pend.replaced = ing->pend.deleted = 0;
	ing->pend.deals_changed = 0;
}

int ingest_stopped(const struct ingest *ing)
{
	return ing->opts.stop && *ing->opts.stop;
}

int ingest_fatal(struct ingest *ing, const char *origin, int rc,
		 const struct ds_err *err)
{
	settle(ing);   /* a batch durable before the catalog failed counts */
	ds_err_set(&ing->fatal, rc, "%s; stopped at '%s'", err->msg, origin);
	return rc;
}

int ingest_admit(struct ingest *ing, struct article *a, int *rc)
{
	struct ds_err err = DS_ERR_INIT;
	const char *origin = a->origin ? a->origin : "?";
	*rc = 0;
	if (ingest_stopped(ing)) {
		*rc = DS_EINTR;
		return 0;
	}
	if (article_finish(a, &err)) {
		ingest_report(ing, "error", origin, err.msg);
		ing->st.failed++;
		ingest_progress(ing);
		return 0;
	}
	origin = a->origin ? a->origin : "?";
	if (a->repaired) {
		char msg[96];
		snprintf(msg, sizeof(msg), "replaced %zu invalid UTF-8 "
			 "sequence%s", a->repaired, a->repaired == 1 ? "" : "s");
		ingest_report(ing, "warning", origin, msg);
	}
	return 1;
}

int ingest_news(struct ingest *ing, struct article *a, int *known, int *tag,
		int *rc)
{
	struct ds_err err = DS_ERR_INIT;
	const char *origin = a->origin ? a->origin : "?";
	*rc = 0;
	if (ing->opts.sink) {
		*known = 0;
		*tag = !too_long(ing, a);
		return 1;
	}
	article_salt_hash(a, ing->salt.buf);
	int lrc = ixw_lookup(ing->w, a->id, &ing->hash, &err);
	*known = lrc == 0;
	if (lrc && lrc != DS_ENOTFOUND) {
		*rc = ingest_fatal(ing, origin, lrc, &err);
		return 0;
	}
	if (*known && !strcmp(ing->hash.buf, a->hash) && !ing->retag) {
		ing->st.unchanged++;
		ingest_progress(ing);
		return 0;
	}
	*tag = !ing->opts.no_tags && !too_long(ing, a);
	return 1;
}

/* Put the orphans the story's record adopts into it (link.h). */
static int adopt(struct ingest *ing, const struct link_out *link,
		 struct ds_err *err)
{
	struct buf data = BUF_INIT, id = BUF_INIT;
	int rc = 0;
	for (const char *p = link->adopt.buf; !rc && *p;) {
		const char *e = strchr(p, '\n');
		buf_reset(&id);
		buf_add(&id, p, (size_t)(e - p));
		p = e + 1;
		int64_t ab;
		rc = ixw_previous(ing->w, id.buf, &data, &ab, err);
		if (rc == DS_ENOTFOUND) {   /* gone meanwhile */
			ds_err_clear(err);
			rc = 0;
			continue;
		}
		struct link_adoption ad;
		if (!rc)
			rc = link_adoption(id.buf, data.buf, data.len, link->deal,
					   ixw_next_batch(ing->w), &ad, err);
		if (!rc) {
			rc = ixw_edit(ing->w, id.buf, &ad.edit, err);
			link_adoption_release(&ad);
		}
	}
	buf_release(&data);
	buf_release(&id);
	return rc;
}

int ingest_write(struct ingest *ing, struct article *a, int known,
		 struct extractor *ex, int tagged, struct tags *t,
		 uint64_t *hashes, size_t nhashes, xdb_doc *doc)
{
	struct ds_err err = DS_ERR_INIT;
	const char *origin = a->origin ? a->origin : "?";
	int rc;
	if (ing->opts.sink) {
		rc = ing->opts.sink(ing->opts.user, a, t);
		if (tagged)
			tags_release(t);
		free(hashes);
		xdb_doc_free(doc);
		ing->st.added++;
		ingest_progress(ing);
		return rc;
	}
	/* the version the index holds: is this one news (alert.h)? */
	struct alert_ctx al = { .batch = ixw_next_batch(ing->w) };
	if (known) {
		rc = ixw_previous(ing->w, a->id, &ing->prev, &al.prev_batch,
				  &err);
		if (!rc)
			al.prev = ing->prev.buf;
		else if (rc != DS_ENOTFOUND) {   /* (the catalog's alone: new) */
			if (tagged)
				tags_release(t);
			free(hashes);
			xdb_doc_free(doc);
			return ingest_fatal(ing, origin, rc, &err);
		}
		ds_err_clear(&err);
	}
	/* its deal record and the story it repeats, if any (link.h) */
	const struct link_out *link = NULL;
	if (!ing->opts.no_link) {
		struct link_in li = {
			.id = a->id, .title = a->title, .body = a->body,
			.has_date = a->has_date, .date = (int64_t)a->date,
			.tags = tagged ? t : NULL,
			.claimed = tagged && docb_claimed(t,
						ing->opts.min_confidence),
			.g = ing->gaz, .ex = tagged ? ex : NULL,
		};
		rc = link_story(ixw_xdb(ing->w), &li, &ing->link, &err);
		if (rc) {
			if (tagged)
				tags_release(t);
			free(hashes);
			xdb_doc_free(doc);
			return ingest_fatal(ing, origin, rc, &err);
		}
		link = &ing->link;
	}
	if (doc) {   /* tagged, its postings made on the tagging thread */
		rc = docb_fields(a, t, ing->gaz, ing->opts.min_confidence, &al,
				 link, doc, &err);
	} else {
		doc = xdb_doc_new();
		if (!tagged)
			rc = docb_build(ing->ana, a, NULL, NULL, NULL, 0, &al,
					link, doc, &err);
		else
			rc = docb_build(ing->ana, a, t, ing->gaz, ex,
					ing->opts.min_confidence, &al, link,
					doc, &err);
	}
	if (tagged)
		tags_release(t);
	if (rc) {
		/* a document that cannot be built is this article's problem */
		xdb_doc_free(doc);
		free(hashes);
		ingest_report(ing, "error", origin, err.msg);
		ing->st.failed++;
		ingest_progress(ing);
		return 0;
	}
	/* counted first: a put that fills the batch commits it */
	if (known)
		ing->pend.replaced++;
	else
		ing->pend.added++;
	ing->pend.deals_changed += al.deal_changed;
	/* its paragraphs before the put: a put that fills the batch
	 * commits it, and they are part of it (recorded after, a stop
	 * before the next commit lost them: the story unchanged when the
	 * run resumed, its paragraphs never counted) */
	rc = a->source && *a->source && nhashes ?
	     cat_para_add(ixw_catalog(ing->w), a->source, a->id, hashes,
			  nhashes, &err) : 0;
	free(hashes);
	/* the orphans its record adopts: in the same batch as it */
	if (!rc && link && link->adopt.len)
		rc = adopt(ing, link, &err);
	if (!rc)
		rc = ixw_put(ing->w, a->id, a->hash, origin, doc, &err);
	xdb_doc_free(doc);
	if (rc)
		return ingest_fatal(ing, origin, rc, &err);
	settle(ing);
	ingest_progress(ing);
	return 0;
}

int ingest_core_delete(struct ingest *ing, const char *id, struct ds_err *err)
{
	struct ds_err e = DS_ERR_INIT;
	if (!ing->w)
		return ds_err_set(err, DS_EINVAL, "no index to delete from");
	ing->pend.deleted++;   /* first: a delete that fills the batch commits */
	int rc = ixw_delete(ing->w, id, &e);
	if (rc == DS_ENOTFOUND) {
		ing->pend.deleted--;
		ingest_report(ing, "error", id, "no article with this id");
		ing->st.failed++;
		return 0;
	}
	settle(ing);
	if (rc)
		ds_err_set(err, rc, "%s", e.msg);
	return rc;
}

int ingest_core_finish(struct ingest *ing, struct ds_err *err)
{
	int rc = ing->w ? ixw_flush(ing->w, err) : 0;
	settle(ing);
	return rc;
}

uint64_t ingest_pending(const struct ingest *ing)
{
	return ing->pend.added + ing->pend.replaced + ing->pend.deleted;
}
