/*
 * ingest.c - walking inputs, dispatching readers, and writing articles
 * (ingest.h).
 */
#define _GNU_SOURCE
#include "ingest.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analyse.h"
#include "catalog.h"
#include "dealmodel.h"
#include "docbuild.h"
#include "gazetteer.h"
#include "reader.h"
#include "schema.h"
#include "smap.h"
#include "source.h"

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
	struct ingest_stats pend;  /* written to the open batch, not durable */
	int64_t settled;         /* the batch pend was last emptied at */
	struct smap *seen;       /* (device, inode) of what this input read */
	struct ds_err fatal;     /* why the index could not be written */
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
	ing->seen = smap_new();
	int rc = 0;
	*repair = IXW_CLEAN;
	if (!opts->sink) {
		rc = ixw_open(opts->db_dir, opts->batch, &ing->w, repair, err);
		if (!rc)
			ing->settled = ixw_last_batch(ing->w);
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
	smap_free(ing->para);
	smap_free(ing->para_src);
	smap_free(ing->seen);
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
	ing->pend.added = ing->pend.replaced = ing->pend.deleted = 0;
}

static int stopped(const struct ingest *ing)
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

/* The reader's sink: finish, skip if unchanged, tag, build, write. */
static int emit(struct rd_ctx *ctx, struct article *a)
{
	struct ingest *ing = ctx->user;
	struct ds_err err = DS_ERR_INIT;
	ing->st.done_bytes = ing->base_bytes + ctx->consumed;
	const char *origin = a->origin ? a->origin : "?";
	if (stopped(ing))
		return DS_EINTR;

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
		return fatal(ing, origin, rc, &err);
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
	/* counted first: a put that fills the batch commits it */
	if (known)
		ing->pend.replaced++;
	else
		ing->pend.added++;
	rc = ixw_put(ing->w, a->id, a->hash, origin, doc, &err);
	xdb_doc_free(doc);
	if (!rc)
		rc = para_record(ing, a, hashes, nhashes, &err);
	free(hashes);
	if (rc)
		return fatal(ing, origin, rc, &err);
	settle(ing);
	progress(ing);
	return 0;
}

static void fail(struct rd_ctx *ctx, const char *origin, const char *msg)
{
	struct ingest *ing = ctx->user;
	report(ing, "error", origin, msg);
	ing->st.failed++;
	progress(ing);
}

/*
 * Read one input from `s` with the reader its content asks for.  A problem
 * of the input (its format, its size, a read error, a failed fetch) is
 * reported and counted, and the run goes on; what is returned stops it: a
 * failure to write the index, or a signal (DS_EINTR).
 */
static int read_input(struct ingest *ing, struct src *s, const char *origin,
		      const char *url, const char *content_type)
{
	struct rd_ctx ctx = { emit, fail, ing->fetch, 0, ing,
			      ing->opts.fetch.max_bytes, ing->opts.stop };
	struct ds_err err = DS_ERR_INIT;
	ing->base_bytes = ing->st.done_bytes;
	int rc = rd_input(&ctx, s, origin, url, content_type, &err);
	if (rc == DS_EFORMAT || rc == DS_EFETCH || rc == DS_EIO) {
		report(ing, "error", origin, err.msg);
		ing->st.failed++;
		rc = 0;
	} else if (rc && rc != DS_EINTR && !ing->fatal.code) {
		fatal(ing, origin, rc, &err);
	}
	ing->st.done_bytes = ing->base_bytes + s->consumed;
	progress(ing);
	return rc;
}

static void input_error(struct ingest *ing, const char *path, const char *what,
			int errnum)
{
	char msg[DS_ERR_MSG_MAX + 64];
	if (errnum)
		snprintf(msg, sizeof(msg), "%s: %s", what, strerror(errnum));
	else
		snprintf(msg, sizeof(msg), "%s", what);
	report(ing, "error", path, msg);
	ing->st.failed++;
	progress(ing);
}

/*
 * A pipe may have no writer yet, and open() or read() would then wait for
 * ever while this process holds the index's write lock.  Wait for its first
 * bytes (or its end) at most --timeout seconds; once data flows, a slow
 * writer is waited for as long as it takes.
 */
static int wait_for_writer(struct ingest *ing, int fd)
{
	long secs = ing->opts.fetch.timeout_s ? ing->opts.fetch.timeout_s : 30;
	struct pollfd p = { fd, POLLIN, 0 };
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		int left = (int)(secs * 1000);
		clock_gettime(CLOCK_MONOTONIC, &t);
		left -= (int)((t.tv_sec - t0.tv_sec) * 1000 +
			      (t.tv_nsec - t0.tv_nsec) / 1000000);
		if (left <= 0)
			return ETIMEDOUT;
		int n = poll(&p, 1, left > 200 ? 200 : left);
		if (n > 0)
			break;
		if (stopped(ing))
			return EINTR;
		if (n < 0 && errno != EINTR)
			return errno;
	}
	int fl = fcntl(fd, F_GETFL);
	return fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) ? errno : 0;
}

/* A file or a pipe: streamed through the reader its content asks for. */
static int ingest_file(struct ingest *ing, const char *path, int pipe)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | (pipe ? O_NONBLOCK : 0));
	if (fd < 0) {
		input_error(ing, path, "cannot open", errno);
		return 0;
	}
	int e = pipe ? wait_for_writer(ing, fd) : 0;
	if (e == EINTR) {
		close(fd);
		return DS_EINTR;
	}
	if (e) {
		char msg[128];
		snprintf(msg, sizeof(msg), "no data from the pipe after %ld s "
			 "(--timeout); is anything writing to it?",
			 ing->opts.fetch.timeout_s ? ing->opts.fetch.timeout_s
						   : 30L);
		close(fd);
		input_error(ing, path, e == ETIMEDOUT ? msg : strerror(e), 0);
		return 0;
	}
	struct src s;
	src_init_fd(&s, fd, path, ing->opts.stop);
	int rc = read_input(ing, &s, path, NULL, NULL);
	src_release(&s);
	close(fd);
	return rc;
}

/*
 * Have we read this file or folder already in this input?  Symbolic links
 * are followed, so a link to a folder read before, or a link loop (`ln -s
 * . x`), would read the same files again, without end for a loop: each
 * (device, inode) is read once.
 */
static int seen_before(struct ingest *ing, const struct stat *sb)
{
	char key[sizeof(sb->st_dev) + sizeof(sb->st_ino)];
	memcpy(key, &sb->st_dev, sizeof(sb->st_dev));
	memcpy(key + sizeof(sb->st_dev), &sb->st_ino, sizeof(sb->st_ino));
	return smap_put(ing->seen, key, sizeof(key), 1) >= 0;
}

static int walk(struct ingest *ing, const char *path, int depth, int plan)
{
	struct stat sb;
	if (stat(path, &sb)) {
		if (!plan)
			input_error(ing, path, "cannot read", errno);
		return 0;
	}
	if (S_ISREG(sb.st_mode)) {
		if (seen_before(ing, &sb))
			return 0;
		if (plan) {
			ing->st.total_bytes += (uint64_t)sb.st_size;
			return 0;
		}
		return ingest_file(ing, path, 0);
	}
	/* a pipe, as from `index <(zcat x.jsonl.gz)`: its size is unknown */
	if (S_ISFIFO(sb.st_mode))
		return plan ? 0 : ingest_file(ing, path, 1);
	if (!S_ISDIR(sb.st_mode)) {
		/* /dev/zero, /dev/urandom: endless, and not articles */
		if (!plan)
			input_error(ing, path, S_ISCHR(sb.st_mode) ||
				    S_ISBLK(sb.st_mode) ? "a device, not a file, "
				    "folder or pipe" : "not a regular file, "
				    "folder or pipe", 0);
		return 0;
	}
	if (seen_before(ing, &sb)) {
		if (!plan)
			report(ing, "warning", path, "folder already read "
			       "through another path (a symbolic link), "
			       "skipped");
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
		if (!plan)
			input_error(ing, path, "cannot list", errno);
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
			if (!rc && stopped(ing))
				rc = DS_EINTR;
		}
		free(names[i]);
	}
	free(names);
	buf_release(&child);
	return rc;
}

void ingest_plan(struct ingest *ing, const char *arg)
{
	if (strcmp(arg, "-") && !fetch_is_url(arg)) {
		smap_clear(ing->seen);
		walk(ing, arg, 0, 1);
	}
}

static int ingest_url(struct ingest *ing, const char *url)
{
	struct fetch_result r;
	struct ds_err err = DS_ERR_INIT;
	fetch_result_init(&r);
	int rc = 0;
	if (fetch_get(ing->fetch, url, &r, &err)) {
		if (err.code == DS_EINTR)
			rc = DS_EINTR;
		else
			input_error(ing, url, err.msg, 0);
	} else {
		struct src s;
		src_init_mem(&s, r.body.buf, r.body.len, url);
		uint64_t before = ing->st.done_bytes;
		rc = read_input(ing, &s, url, r.final_url.buf,
				r.content_type.buf);
		ing->st.done_bytes = before;   /* not part of the plan */
		src_release(&s);
	}
	fetch_result_release(&r);
	return rc;
}

static int ingest_stdin(struct ingest *ing)
{
	struct stat sb;
	if (fstat(STDIN_FILENO, &sb) == 0 && (S_ISBLK(sb.st_mode) ||
	    (S_ISCHR(sb.st_mode) && !isatty(STDIN_FILENO)))) {
		input_error(ing, "-", "standard input is a device, not a file "
			    "or pipe", 0);
		return 0;
	}
	struct src s;
	src_init_fd(&s, STDIN_FILENO, "stdin", ing->opts.stop);
	int rc = read_input(ing, &s, "stdin", NULL, NULL);
	src_release(&s);
	return rc;
}

int ingest_input(struct ingest *ing, const char *arg, struct ds_err *err)
{
	int rc;
	smap_clear(ing->seen);
	if (stopped(ing))
		rc = DS_EINTR;
	else if (!strcmp(arg, "-"))
		rc = ingest_stdin(ing);
	else if (fetch_is_url(arg))
		rc = ingest_url(ing, arg);
	else
		rc = walk(ing, arg, 0, 0);
	if (rc == DS_EINTR)
		ds_err_set(err, rc, "interrupted");
	else if (rc)
		ds_err_set(err, rc, "%s", ing->fatal.code ? ing->fatal.msg :
			   "cannot write the index");
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
		report(ing, "error", id, "no article with this id");
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
