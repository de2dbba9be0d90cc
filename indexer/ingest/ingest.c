/*
 * ingest.c - the pipeline (ingest.h): opening the index and what tagging
 * needs, then each article a reader finds: finished, skipped when
 * unchanged, tagged, built and written, and counted once durable.
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

int ingest_open(const struct ingest_opts *opts, struct ingest **out,
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
			rc = cat_open(sh.catalog, &ing->ro_cat, err);
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
		ingest_close(ing);
		return rc;
	}
	*out = ing;
	return 0;
}

void ingest_close(struct ingest *ing)
{
	if (!ing)
		return;
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

/* The boilerplate detector's question: the catalog's counts, if any. */
static unsigned para_count(void *user, const char *source, uint64_t hash)
{
	struct ingest *ing = user;
	struct cat *c = ing->w ? ixw_catalog(ing->w) : ing->ro_cat;
	unsigned n = 0;
	struct ds_err ignore = DS_ERR_INIT;
	/* a lookup that fails counts 0: the paragraph is tagged, as in a
	 * fresh index */
	if (c && cat_para_count(c, source, hash, &n, &ignore))
		n = 0;
	return n;
}

/* Tag `a`; paragraph hashes are left in *hashes (caller frees).  0: too
 * long to tag (extract.h), said once; its tags stay empty. */
static int tag(struct ingest *ing, const struct article *a, struct tags *t,
	       uint64_t **hashes, size_t *nhashes)
{
	struct ex_common common = {para_count, ing};
	tags_init(t);
	size_t n = ex_article_bytes(a);
	if (n > EX_MAX_BYTES) {
		char msg[160];
		snprintf(msg, sizeof(msg), "article of %zu bytes is over the "
			 "tagging limit of %u bytes; indexed without tags", n,
			 (unsigned)EX_MAX_BYTES);
		ingest_report(ing, "warning", a->origin ? a->origin : "?", msg);
		return 0;
	}
	ex_run(ing->ex, a, &common, t, hashes, nhashes);
	return 1;
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

/* The index cannot be written: remember why, for ingest_input's caller. */
static int fatal(struct ingest *ing, const char *origin, int rc,
		 const struct ds_err *err)
{
	settle(ing);   /* a batch durable before the catalog failed counts */
	ds_err_set(&ing->fatal, rc, "%s; stopped at '%s'", err->msg, origin);
	return rc;
}

/* Finish, skip if unchanged, tag, build, write (ingest_int.h). */
int ingest_article(struct ingest *ing, struct article *a)
{
	struct ds_err err = DS_ERR_INIT;
	const char *origin = a->origin ? a->origin : "?";
	if (ingest_stopped(ing))
		return DS_EINTR;

	if (article_finish(a, &err)) {
		ingest_report(ing, "error", origin, err.msg);
		ing->st.failed++;
		ingest_progress(ing);
		return 0;
	}
	if (a->repaired) {
		char msg[96];
		snprintf(msg, sizeof(msg), "replaced %zu invalid UTF-8 "
			 "sequence%s", a->repaired, a->repaired == 1 ? "" : "s");
		ingest_report(ing, "warning", origin, msg);
	}
	struct tags t;
	uint64_t *hashes = NULL;
	size_t nhashes = 0;
	int rc;
	if (ing->opts.sink) {
		tag(ing, a, &t, &hashes, &nhashes);
		rc = ing->opts.sink(ing->opts.user, a, &t);
		tags_release(&t);
		free(hashes);
		ing->st.added++;
		ingest_progress(ing);
		return rc;
	}
	article_salt_hash(a, ing->salt.buf);
	rc = ixw_lookup(ing->w, a->id, &ing->hash, &err);
	int known = rc == 0;
	if (rc && rc != DS_ENOTFOUND)
		return fatal(ing, origin, rc, &err);
	ds_err_clear(&err);
	if (known && !strcmp(ing->hash.buf, a->hash) && !ing->retag) {
		ing->st.unchanged++;
		ingest_progress(ing);
		return 0;
	}
	/* the version the index holds: is this one news (alert.h)? */
	struct alert_ctx al = { .batch = ixw_next_batch(ing->w) };
	if (known) {
		rc = ixw_previous(ing->w, a->id, &ing->prev, &al.prev_batch,
				  &err);
		if (!rc)
			al.prev = ing->prev.buf;
		else if (rc != DS_ENOTFOUND)   /* (the catalog's alone: new) */
			return fatal(ing, origin, rc, &err);
		ds_err_clear(&err);
	}
	int tagged = !ing->opts.no_tags && tag(ing, a, &t, &hashes, &nhashes);
	/* its deal record and the story it repeats, if any (link.h) */
	const struct link_out *link = NULL;
	if (!ing->opts.no_link) {
		struct link_in li = {
			.id = a->id, .title = a->title, .body = a->body,
			.has_date = a->has_date, .date = (int64_t)a->date,
			.tags = tagged ? &t : NULL,
			.claimed = tagged && docb_claimed(&t,
						ing->opts.min_confidence),
			.g = ing->gaz, .ex = tagged ? ing->ex : NULL,
		};
		rc = link_story(ixw_xdb(ing->w), &li, &ing->link, &err);
		if (rc) {
			if (tagged)
				tags_release(&t);
			free(hashes);
			return fatal(ing, origin, rc, &err);
		}
		link = &ing->link;
	}
	xdb_doc *doc = xdb_doc_new();
	if (!tagged)
		rc = docb_build(ing->ana, a, NULL, NULL, NULL, 0, &al, link,
				doc, &err);
	else
		rc = docb_build(ing->ana, a, &t, ing->gaz, ing->ex,
				 ing->opts.min_confidence, &al, link, doc,
				 &err);
	if (tagged)
		tags_release(&t);
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
	rc = ixw_put(ing->w, a->id, a->hash, origin, doc, &err);
	xdb_doc_free(doc);
	if (!rc)
		rc = a->source && *a->source && nhashes ?
		     cat_para_add(ixw_catalog(ing->w), a->source, a->id,
				  hashes, nhashes, &err) : 0;
	free(hashes);
	if (rc)
		return fatal(ing, origin, rc, &err);
	settle(ing);
	ingest_progress(ing);
	return 0;
}

/* The reader's sink. */
static int emit(struct rd_ctx *ctx, struct article *a)
{
	struct ingest *ing = ctx->user;
	ing->st.done_bytes = ing->base_bytes + ctx->consumed;
	return ingest_article(ing, a);
}

static void fail(struct rd_ctx *ctx, const char *origin, const char *msg)
{
	struct ingest *ing = ctx->user;
	ingest_report(ing, "error", origin, msg);
	ing->st.failed++;
	ingest_progress(ing);
}

/* Read one input through the pipeline (ingest_int.h). */
int ingest_read(struct ingest *ing, struct src *s, const char *origin,
		      const char *url, const char *content_type)
{
	struct rd_ctx ctx = { emit, fail, ing->fetch, 0, ing,
			      ing->opts.fetch.max_bytes, ing->opts.stop };
	struct ds_err err = DS_ERR_INIT;
	ing->base_bytes = ing->st.done_bytes;
	int rc = rd_input(&ctx, s, origin, url, content_type, &err);
	if (rc == DS_EFORMAT || rc == DS_EFETCH || rc == DS_EIO) {
		ingest_report(ing, "error", origin, err.msg);
		ing->st.failed++;
		rc = 0;
	} else if (rc && rc != DS_EINTR && !ing->fatal.code) {
		fatal(ing, origin, rc, &err);
	}
	ing->st.done_bytes = ing->base_bytes + s->consumed;
	ingest_progress(ing);
	return rc;
}

int ingest_delete(struct ingest *ing, const char *id, struct ds_err *err)
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

int ingest_finish(struct ingest *ing, struct ds_err *err)
{
	int rc = ing->w ? ixw_flush(ing->w, err) : 0;
	settle(ing);
	return rc;
}

uint64_t ingest_pending(const struct ingest *ing)
{
	return ing->pend.added + ing->pend.replaced + ing->pend.deleted;
}
