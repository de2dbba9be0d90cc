/*
 * ingest.c - walking inputs, dispatching readers, and writing articles
 * (ingest.h).
 */
#define _GNU_SOURCE
#include "ingest.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyse.h"
#include "catalog.h"
#include "dealmodel.h"
#include "docbuild.h"
#include "gazetteer.h"
#include "reader.h"
#include "schema.h"
#include "smap.h"

#define MAX_DEPTH 32

struct ingest {
	struct ingest_opts opts;
	struct ixw *w;
	struct ana *ana;
	struct fetcher *fetch;
	struct ingest_stats st;
	struct gaz *gaz;         /* what tagging knows */
	struct dealmodel *model;
	struct extractor *ex;
	struct cat *ro_cat;      /* sink mode with an index: its catalog */
	const char *cur_id;      /* the article being tagged */
	struct smap *para;       /* source NUL hash -> articles with it */
	struct smap *para_src;   /* sources whose counts are loaded */
	struct buf para_key;     /* scratch */
	struct buf hash;         /* scratch for lookups */
	uint64_t base_bytes;     /* done_bytes before the current input */
};

static void report(struct ingest *ing, const char *level, const char *origin,
		   const char *msg)
{
	if (ing->opts.report)
		ing->opts.report(ing->opts.user, level, origin, msg);
}

static void progress(struct ingest *ing)
{
	if (ing->opts.progress)
		ing->opts.progress(ing->opts.user, &ing->st);
}

/*
 * The gazetteers.  The indexer (sync) copies the bundled files into the
 * catalog when they changed and tags with them plus the users' lines;
 * `extract` over an index tags with what the catalog holds (the knowledge
 * the index was tagged with); without a catalog, the bundled files alone.
 */
static int load_gazetteer(struct ingest *ing, struct cat *c, int sync,
			  struct ds_err *err)
{
	struct buf rec = BUF_INIT;
	int rc = 0;
	if (c && !sync) {
		rc = cat_gaz_records(c, NULL, &rec, err);
		if (!rc && rec.len) {
			rc = gaz_new(&ing->gaz, err);
			if (!rc)
				rc = gaz_add_records(ing->gaz, rec.buf, rec.len,
						     err);
			buf_release(&rec);
			return rc;
		}
	}
	/* the bundled files, read once */
	if (!rc)
		rc = gaz_read_dir(gaz_data_dir(), &rec, err);
	if (!rc)
		rc = gaz_new(&ing->gaz, err);
	if (!rc)
		rc = gaz_add_records(ing->gaz, rec.buf, rec.len, err);
	if (!rc && c && sync) {
		int changed;
		rc = cat_gaz_sync(c, rec.buf, rec.len, gaz_hash(ing->gaz),
				  &changed, err);
		/* then the users' lines, after the bundled ones they amend */
		buf_reset(&rec);
		if (!rc)
			rc = cat_gaz_records(c, "user", &rec, err);
		if (!rc && rec.len)
			rc = gaz_add_records(ing->gaz, rec.buf, rec.len, err);
	}
	buf_release(&rec);
	return rc;
}

/*
 * Paragraph counts per source, for cross-article boilerplate: loaded from
 * the catalog once per source, then kept up to date in memory as articles
 * are added (one query per source instead of one per paragraph).
 */
static void para_key(struct ingest *ing, const char *source, uint64_t hash)
{
	buf_reset(&ing->para_key);
	buf_addstr(&ing->para_key, source);
	buf_add(&ing->para_key, "", 1);
	buf_add(&ing->para_key, &hash, sizeof(hash));
}

struct para_load {
	struct ingest *ing;
	const char *source;
};

static void para_loaded(void *user, uint64_t hash)
{
	struct para_load *pl = user;
	para_key(pl->ing, pl->source, hash);
	int v = smap_get(pl->ing->para, pl->ing->para_key.buf,
			 pl->ing->para_key.len);
	smap_put(pl->ing->para, pl->ing->para_key.buf, pl->ing->para_key.len,
		 v < 0 ? 1 : v + 1);
}

static unsigned para_count(void *user, const char *source, uint64_t hash)
{
	struct ingest *ing = user;
	struct cat *c = ing->w ? ixw_catalog(ing->w) : ing->ro_cat;
	if (!c)
		return 0;
	if (smap_get(ing->para_src, source, strlen(source)) < 0) {
		struct para_load pl = {ing, source};
		struct ds_err ignore = DS_ERR_INIT;
		cat_para_load(c, source, para_loaded, &pl, &ignore);
		smap_put(ing->para_src, source, strlen(source), 1);
	}
	para_key(ing, source, hash);
	int n = smap_get(ing->para, ing->para_key.buf, ing->para_key.len);
	return n < 0 ? 0 : (unsigned)n;
}

/* Record the paragraphs of an article just written. */
static int para_record(struct ingest *ing, const struct article *a,
		       const uint64_t *hashes, size_t n, struct ds_err *err)
{
	if (!a->source || !*a->source || !n)
		return 0;
	unsigned char *added = xmalloc(n);
	int rc = cat_para_add(ixw_catalog(ing->w), a->source, a->id, hashes, n,
			      added, err);
	if (!rc && smap_get(ing->para_src, a->source,
			    strlen(a->source)) >= 0)
		for (size_t i = 0; i < n; i++) {
			if (!added[i])
				continue;
			para_key(ing, a->source, hashes[i]);
			int v = smap_get(ing->para, ing->para_key.buf,
					 ing->para_key.len);
			smap_put(ing->para, ing->para_key.buf,
				 ing->para_key.len, v < 0 ? 1 : v + 1);
		}
	free(added);
	return rc;
}

int ingest_open(const struct ingest_opts *opts, struct ingest **out,
		enum ixw_repair *repair, struct ds_err *err)
{
	*out = NULL;
	struct ingest *ing = xcalloc(1, sizeof(*ing));
	ing->opts = *opts;
	buf_init(&ing->hash, 0);
	buf_init(&ing->para_key, 64);
	ing->para = smap_new();
	ing->para_src = smap_new();
	int rc = 0;
	*repair = IXW_CLEAN;
	if (!opts->sink) {
		rc = ixw_open(opts->db_dir, opts->batch, &ing->w, repair, err);
		if (!rc)
			rc = load_gazetteer(ing, ixw_catalog(ing->w), 1, err);
	} else if (opts->db_dir) {
		struct buf path = BUF_INIT;
		buf_addf(&path, "%s/%s", opts->db_dir, SCHEMA_CATALOG_FILE);
		if (access(path.buf, F_OK) == 0)
			rc = cat_open(path.buf, &ing->ro_cat, err);
		buf_release(&path);
		if (!rc)
			rc = load_gazetteer(ing, ing->ro_cat, 0, err);
	} else {
		rc = load_gazetteer(ing, NULL, 0, err);
	}
	if (!rc)
		rc = dm_load(dm_default_path(), &ing->model, err);
	if (!rc)
		rc = ex_new(ing->gaz, ing->model, &ing->ex, err);
	if (!rc)
		rc = ana_new("english", &ing->ana, err);
	if (!rc)
		rc = fetch_new(&opts->fetch, &ing->fetch, err);
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
	smap_free(ing->para);
	smap_free(ing->para_src);
	buf_release(&ing->para_key);
	ex_free(ing->ex);
	dm_free(ing->model);
	gaz_free(ing->gaz);
	ana_free(ing->ana);
	fetch_free(ing->fetch);
	buf_release(&ing->hash);
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

/* Tag `a`; paragraph hashes are left in *hashes (caller frees).  0: too
 * long to tag (extract.h), said once; its tags stay empty. */
static int tag(struct ingest *ing, const struct article *a, struct tags *t,
	       uint64_t **hashes, size_t *nhashes)
{
	struct ex_common common = {para_count, ing};
	ing->cur_id = a->id;
	tags_init(t);
	size_t n = ex_article_bytes(a);
	if (n > EX_MAX_BYTES) {
		char msg[160];
		snprintf(msg, sizeof(msg), "article of %zu bytes is over the "
			 "tagging limit of %u bytes; indexed without tags", n,
			 (unsigned)EX_MAX_BYTES);
		report(ing, "warning", a->origin ? a->origin : "?", msg);
		return 0;
	}
	ex_run(ing->ex, a, &common, t, hashes, nhashes);
	return 1;
}

/* The reader's sink: finish, skip if unchanged, tag, build, write. */
static int emit(struct rd_ctx *ctx, struct article *a)
{
	struct ingest *ing = ctx->user;
	struct ds_err err = DS_ERR_INIT;
	ing->st.done_bytes = ing->base_bytes + ctx->consumed;
	const char *origin = a->origin ? a->origin : "?";

	if (article_finish(a, &err)) {
		report(ing, "error", origin, err.msg);
		ing->st.failed++;
		progress(ing);
		return 0;
	}
	if (a->repaired) {
		char msg[96];
		snprintf(msg, sizeof(msg), "replaced %zu invalid UTF-8 "
			 "sequence%s", a->repaired, a->repaired == 1 ? "" : "s");
		report(ing, "warning", origin, msg);
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
		progress(ing);
		return rc;
	}
	/* tags depend on the gazetteers too: they salt the hash */
	article_salt_hash(a, ing->opts.no_tags ? "no tags" : gaz_hash(ing->gaz));
	rc = ixw_lookup(ing->w, a->id, &ing->hash, &err);
	int known = rc == 0;
	if (rc && rc != DS_ENOTFOUND)
		goto fatal;
	ds_err_clear(&err);
	if (known && !strcmp(ing->hash.buf, a->hash)) {
		ing->st.unchanged++;
		progress(ing);
		return 0;
	}
	int tagged = !ing->opts.no_tags && tag(ing, a, &t, &hashes, &nhashes);
	xdb_doc *doc = xdb_doc_new();
	if (!tagged)
		rc = docb_build(ing->ana, a, NULL, NULL, NULL, doc, &err);
	else
		rc = docb_build(ing->ana, a, &t, ing->gaz, ing->ex, doc, &err);
	if (tagged)
		tags_release(&t);
	if (rc) {
		/* a document that cannot be built is this article's problem */
		xdb_doc_free(doc);
		free(hashes);
		report(ing, "error", origin, err.msg);
		ing->st.failed++;
		progress(ing);
		return 0;
	}
	rc = ixw_put(ing->w, a->id, a->hash, origin, doc, &err);
	xdb_doc_free(doc);
	if (!rc)
		rc = para_record(ing, a, hashes, nhashes, &err);
	free(hashes);
	if (rc)
		goto fatal;
	if (known)
		ing->st.replaced++;
	else
		ing->st.added++;
	progress(ing);
	return 0;
fatal:
	report(ing, "fatal", origin, err.msg);
	return rc;
}

static void fail(struct rd_ctx *ctx, const char *origin, const char *msg)
{
	struct ingest *ing = ctx->user;
	report(ing, "error", origin, msg);
	ing->st.failed++;
	progress(ing);
}

/* Run the reader for `kind`; per-input failures are reported here. */
static int dispatch(struct ingest *ing, enum rd_kind kind, const char *origin,
		    const char *url, const char *data, size_t len)
{
	struct rd_ctx ctx = { emit, fail, ing->fetch, 0, ing };
	struct ds_err err = DS_ERR_INIT;
	int rc;
	switch (kind) {
	case RD_TEXT:
		rc = rd_text(&ctx, origin, data, len, &err);
		break;
	case RD_HTML:
		rc = rd_html(&ctx, origin, url, data, len, &err);
		break;
	case RD_JSONL:
		rc = rd_jsonl(&ctx, origin, data, len, &err);
		break;
	case RD_FEED:
		rc = rd_feed(&ctx, origin, data, len, &err);
		break;
	case RD_EMPTY:
		rc = ds_err_set(&err, DS_EFORMAT, "empty input");
		break;
	default:
		rc = ds_err_set(&err, DS_EFORMAT, "binary data, not an article");
		break;
	}
	if (rc && (err.code == DS_EFORMAT || err.code == DS_EFETCH)) {
		report(ing, "error", origin, err.msg);
		ing->st.failed++;
		rc = 0;
	} else if (rc && err.code) {
		report(ing, "fatal", origin, err.msg);
	}
	return rc;
}

static int read_file(const char *path, struct buf *out, struct ds_err *err)
{
	buf_reset(out);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return ds_err_set(err, DS_EIO, "cannot open: %s", strerror(errno));
	struct stat sb;
	if (fstat(fd, &sb) == 0 && sb.st_size > 0)
		buf_grow(out, (size_t)sb.st_size);
	for (;;) {
		buf_grow(out, 65536);
		ssize_t n = read(fd, out->buf + out->len, out->alloc - out->len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			close(fd);
			return ds_err_set(err, DS_EIO, "cannot read: %s",
					  strerror(e));
		}
		if (n == 0)
			break;
		out->len += (size_t)n;
		out->buf[out->len] = '\0';
	}
	close(fd);
	return 0;
}

static int ingest_file(struct ingest *ing, const char *path, size_t size)
{
	struct buf data = BUF_INIT;
	struct ds_err err = DS_ERR_INIT;
	int rc = 0;
	ing->base_bytes = ing->st.done_bytes;
	if (read_file(path, &data, &err)) {
		report(ing, "error", path, err.msg);
		ing->st.failed++;
	} else {
		enum rd_kind k = rd_detect(data.buf, data.len, path, NULL);
		rc = dispatch(ing, k, path, NULL, data.buf, data.len);
	}
	buf_release(&data);
	ing->st.done_bytes = ing->base_bytes + size;
	progress(ing);
	return rc;
}

static int walk(struct ingest *ing, const char *path, int depth, int plan)
{
	struct stat sb;
	if (stat(path, &sb)) {
		if (!plan) {
			char msg[256];
			snprintf(msg, sizeof(msg), "cannot read: %s", strerror(errno));
			report(ing, "error", path, msg);
			ing->st.failed++;
		}
		return 0;
	}
	if (S_ISREG(sb.st_mode)) {
		if (plan) {
			ing->st.total_bytes += (uint64_t)sb.st_size;
			return 0;
		}
		return ingest_file(ing, path, (size_t)sb.st_size);
	}
	/* a pipe or character device, as from `index <(zcat x.jsonl.gz)`:
	 * read to its end; its size is unknown */
	if (S_ISFIFO(sb.st_mode) || S_ISCHR(sb.st_mode))
		return plan ? 0 : ingest_file(ing, path, 0);
	if (!S_ISDIR(sb.st_mode)) {
		if (!plan) {
			report(ing, "error", path, "not a regular file or folder");
			ing->st.failed++;
		}
		return 0;
	}
	if (depth >= MAX_DEPTH) {
		if (!plan)
			report(ing, "warning", path, "folder nested too deep, "
			       "skipped");
		return 0;
	}
	struct dirent **names = NULL;
	int n = scandir(path, &names, NULL, alphasort);
	if (n < 0) {
		if (!plan) {
			char msg[256];
			snprintf(msg, sizeof(msg), "cannot list: %s", strerror(errno));
			report(ing, "error", path, msg);
			ing->st.failed++;
		}
		return 0;
	}
	int rc = 0;
	struct buf child = BUF_INIT;
	for (int i = 0; i < n; i++) {
		if (!rc && names[i]->d_name[0] != '.') {
			buf_reset(&child);
			buf_addf(&child, "%s%s%s", path,
				 path[strlen(path) - 1] == '/' ? "" : "/",
				 names[i]->d_name);
			rc = walk(ing, child.buf, depth + 1, plan);
		}
		free(names[i]);
	}
	free(names);
	buf_release(&child);
	return rc;
}

void ingest_plan(struct ingest *ing, const char *arg)
{
	if (strcmp(arg, "-") && !fetch_is_url(arg))
		walk(ing, arg, 0, 1);
}

static int ingest_url(struct ingest *ing, const char *url)
{
	struct fetch_result r;
	struct ds_err err = DS_ERR_INIT;
	fetch_result_init(&r);
	int rc = 0;
	ing->base_bytes = ing->st.done_bytes;
	if (fetch_get(ing->fetch, url, &r, &err)) {
		report(ing, "error", url, err.msg);
		ing->st.failed++;
	} else {
		enum rd_kind k = rd_detect(r.body.buf, r.body.len, url,
					   r.content_type.buf);
		rc = dispatch(ing, k, url, r.final_url.buf, r.body.buf,
			      r.body.len);
	}
	fetch_result_release(&r);
	ing->st.done_bytes = ing->base_bytes;
	return rc;
}

int ingest_input(struct ingest *ing, const char *arg, struct ds_err *err)
{
	int rc;
	if (!strcmp(arg, "-")) {
		struct buf data = BUF_INIT;
		ing->base_bytes = ing->st.done_bytes;
		if (read_file("/dev/stdin", &data, err)) {
			report(ing, "error", "-", err->msg);
			ds_err_clear(err);
			ing->st.failed++;
			rc = 0;
		} else {
			rc = dispatch(ing, rd_detect(data.buf, data.len, NULL,
						     NULL), "stdin", NULL,
				      data.buf, data.len);
		}
		buf_release(&data);
	} else if (fetch_is_url(arg)) {
		rc = ingest_url(ing, arg);
	} else {
		rc = walk(ing, arg, 0, 0);
	}
	if (rc)
		ds_err_set(err, rc, "indexing stopped at '%s'", arg);
	return rc;
}

int ingest_delete(struct ingest *ing, const char *id, struct ds_err *err)
{
	struct ds_err e = DS_ERR_INIT;
	if (!ing->w)
		return ds_err_set(err, DS_EINVAL, "no index to delete from");
	int rc = ixw_delete(ing->w, id, &e);
	if (rc == DS_ENOTFOUND) {
		report(ing, "error", id, "no article with this id");
		ing->st.failed++;
		return 0;
	}
	if (rc) {
		ds_err_set(err, rc, "%s", e.msg);
		return rc;
	}
	ing->st.deleted++;
	return 0;
}

int ingest_finish(struct ingest *ing, struct ds_err *err)
{
	return ing->w ? ixw_flush(ing->w, err) : 0;
}
