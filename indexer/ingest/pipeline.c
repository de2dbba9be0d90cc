/*
 * pipeline.c - the pipeline's entry points (ingest.h: open, each article,
 * delete, finish, close), running ingest.c's steps in line or with
 * tagging on several cores: `index --jobs N` tags up to N articles at
 * once, each on a worker thread with its own extractor, while the main
 * thread reads the inputs and writes, in input order, every article
 * tagged before it.
 *
 * Everything that reads or writes the index or the catalog stays on the
 * main thread: the lookup that skips unchanged articles (before tagging,
 * so that they cost no tagging), linking, building and the write.  The
 * one thing tagging asks of the catalog is the boilerplate count of a
 * paragraph (extract.h: how many earlier articles of the source have it),
 * which depends on the articles still on their way.  A worker answers it
 * from what the main thread has seen so far (a set of the paragraphs that
 * were boilerplate at their last count) and records each answer; before
 * the write the main thread asks the catalog the same questions, and
 * where any answer differs it tags the article again, with the catalog's
 * counts.  So the index is the one `--jobs 1` writes, byte for byte,
 * whatever the timing: the workers only guess, the main thread decides.
 *
 * There are PIPE_SLOTS_PER_JOB slots a worker, each with its own
 * extractor; a worker tags the oldest slot waiting for tags, so no worker
 * waits while the main thread writes.  An article goes to the slot after
 * the last one used; a slot still holding an article is first written
 * (waiting for its tags), so articles are written in the order they were
 * read, and the main thread uses the slot's extractor (its tokens feed
 * linking and the postings) while it writes the slot's article.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docbuild.h"
#include "ingest_int.h"

/*
 * The set of boilerplate paragraphs holds at most this many; full, it is
 * emptied and learnt again.  About 4 MB: a real corpus's sources print
 * far fewer, but a corpus of copies (bench/scale_corpus.py) makes every
 * paragraph boilerplate, and memory must not grow with the corpus.  A
 * forgotten paragraph only costs a guess: a tagging again on the main
 * thread, never another index.
 */
#define PIPE_BOILER_MAX 65536
/* Articles on their way a worker: with one, a worker whose article is
 * being written would wait for the main thread; with two, it tags the
 * next meanwhile; with eight, it keeps tagging while the main thread
 * waits for the shard's writer, which merges a flush now and then (a
 * core no longer idles then: docs/BENCHMARKS.md, "Deeper queues"). */
#define PIPE_SLOTS_PER_JOB 8

/* One boilerplate question a worker answered. */
struct bp_answer {
	uint64_t hash;
	int boiler;
};

struct slot {
	struct ingest_pipe *p;
	struct extractor *ex;     /* the slot's: its worker's while it tags,
				     the main thread's while it writes */
	/* set by the main thread while the worker waits */
	struct article a;
	int known, tag;
	char *mark;               /* retag's resume mark, set before the put */
	/* set by the worker while the main thread does not look */
	struct tags t;
	uint64_t *hashes;
	size_t nhashes;
	struct bp_answer *ans;
	size_t nans, cap;
	xdb_doc *doc;             /* its postings, from the worker's tokens */
	/* under p->mu */
	int busy;                 /* holds an article not yet written */
	int claimed;              /* a worker has taken it */
	int tagged;               /* the worker is done with it */
};

struct ingest_pipe {
	struct ingest *ing;
	struct slot *slot;
	size_t n, next;           /* slots made; the one the next article
				     takes */
	pthread_t *th;            /* the workers */
	size_t nth;               /* workers started */
	pthread_mutex_t mu;       /* busy, claimed, tagged, quit */
	pthread_cond_t work;      /* an article to tag, or quit */
	pthread_cond_t done;      /* a worker is done with its article */
	int quit;
	pthread_mutex_t bp_mu;    /* boiler */
	struct smap *boiler;      /* "hash\tsource" -> 1: boilerplate for the
				     next article at its last count on the
				     main thread (0: no longer); only such
				     paragraphs are kept, PIPE_BOILER_MAX
				     at most */
};

static void bp_key(char *key, size_t size, const char *source, uint64_t h)
{
	snprintf(key, size, "%016llx\t%s", (unsigned long long)h, source);
}

/* A worker's boilerplate answer: the main thread's last word, recorded. */
static unsigned worker_count(void *user, const char *source, uint64_t hash)
{
	struct slot *s = user;
	struct ingest_pipe *p = s->p;
	size_t len = strlen(source) + 18;
	char stack[256];
	char *key = len <= sizeof(stack) ? stack : xmalloc(len);
	bp_key(key, len, source, hash);
	pthread_mutex_lock(&p->bp_mu);
	int boiler = smap_get(p->boiler, key, strlen(key)) == 1;
	pthread_mutex_unlock(&p->bp_mu);
	if (key != stack)
		free(key);
	if (s->nans == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->ans = xrealloc(s->ans, s->cap * sizeof(*s->ans));
	}
	s->ans[s->nans++] = (struct bp_answer){hash, boiler};
	return boiler ? EX_COMMON_MIN : 0;
}

/* The oldest slot waiting for a worker, or NULL (under p->mu). */
static struct slot *next_to_tag(struct ingest_pipe *p)
{
	for (size_t i = 0; i < p->n; i++) {
		struct slot *s = &p->slot[(p->next + i) % p->n];
		if (s->busy && !s->claimed)
			return s;
	}
	return NULL;
}

static void *worker(void *arg)
{
	struct ingest_pipe *p = arg;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		struct slot *s;
		while (!p->quit && !(s = next_to_tag(p)))
			pthread_cond_wait(&p->work, &p->mu);
		if (p->quit)
			break;
		s->claimed = 1;
		pthread_mutex_unlock(&p->mu);
		s->nans = 0;
		s->hashes = NULL;
		s->nhashes = 0;
		struct ex_common common = {worker_count, s};
		s->doc = NULL;
		if (s->tag) {
			ingest_tag(s->ex, &s->a, &common, &s->t, &s->hashes,
				   &s->nhashes);
			/* the postings too: a failure is the main thread's
			 * to report, building the document again */
			struct ds_err e = DS_ERR_INIT;
			s->doc = xdb_doc_new();
			if (docb_postings(NULL, &s->a, s->ex, s->doc, &e)) {
				xdb_doc_free(s->doc);
				s->doc = NULL;
			}
		} else {
			tags_init(&s->t);
		}
		pthread_mutex_lock(&p->mu);
		s->tagged = 1;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static void pipe_free(struct ingest *ing);

static int pipe_new(struct ingest *ing, unsigned jobs, struct ds_err *err)
{
	struct ingest_pipe *p = xcalloc(1, sizeof(*p));
	p->ing = ing;
	p->boiler = smap_new();
	pthread_mutex_init(&p->mu, NULL);
	pthread_mutex_init(&p->bp_mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	size_t nslots = (size_t)jobs * PIPE_SLOTS_PER_JOB;
	p->slot = xcalloc(nslots, sizeof(*p->slot));
	p->th = xcalloc(jobs, sizeof(*p->th));
	int rc = 0;
	for (size_t k = 0; k < nslots && !rc; k++) {
		struct slot *s = &p->slot[k];
		s->p = p;
		article_init(&s->a);
		rc = ex_new(ing->gaz, ing->model, &s->ex, err);
		if (!rc)
			p->n++;
	}
	for (size_t k = 0; k < jobs && !rc; k++) {
		if (pthread_create(&p->th[k], NULL, worker, p))
			rc = ds_err_set(err, DS_EINTERNAL, "cannot start a "
					"tagging thread");
		else
			p->nth++;
	}
	ing->pipe = p;
	if (rc)
		pipe_free(ing);
	return rc;
}

/* Wait for slot s's tags (main thread). */
static void wait_tagged(struct ingest_pipe *p, struct slot *s)
{
	pthread_mutex_lock(&p->mu);
	while (!s->tagged)
		pthread_cond_wait(&p->done, &p->mu);
	pthread_mutex_unlock(&p->mu);
}

static void slot_clear(struct ingest_pipe *p, struct slot *s)
{
	article_release(&s->a);
	article_init(&s->a);
	free(s->mark);
	s->mark = NULL;
	pthread_mutex_lock(&p->mu);
	s->busy = s->claimed = s->tagged = 0;
	pthread_mutex_unlock(&p->mu);
}

/*
 * The catalog's answers to the worker's boilerplate questions, which the
 * set learns; 1 when one differs from the worker's.
 */
static int answers_differ(struct ingest_pipe *p, struct slot *s)
{
	int differ = 0;
	const char *source = s->a.source;
	if (!s->nans || !source)
		return 0;
	size_t len = strlen(source) + 18;
	char *key = xmalloc(len);
	for (size_t i = 0; i < s->nans; i++) {
		unsigned n = ingest_para_count(p->ing, source, s->ans[i].hash);
		int boiler = n >= EX_COMMON_MIN;
		/* the next article counts this one too */
		int next = n + 1 >= EX_COMMON_MIN;
		differ |= boiler != s->ans[i].boiler;
		bp_key(key, len, source, s->ans[i].hash);
		size_t klen = strlen(key);
		pthread_mutex_lock(&p->bp_mu);
		if (next && smap_count(p->boiler) >= PIPE_BOILER_MAX)
			smap_clear(p->boiler);
		if (next || smap_get(p->boiler, key, klen) == 1)
			smap_put(p->boiler, key, klen, next);
		pthread_mutex_unlock(&p->bp_mu);
	}
	free(key);
	return differ;
}

/* Write slot s's article (main thread): check, tag again if need be. */
static int slot_write(struct ingest_pipe *p, struct slot *s)
{
	struct ingest *ing = p->ing;
	wait_tagged(p, s);
	if (s->tag)
		ingest_para_own(ing, &s->a, s->known);
	if (s->tag && answers_differ(p, s)) {
		tags_release(&s->t);
		free(s->hashes);
		s->hashes = NULL;
		s->nhashes = 0;
		xdb_doc_free(s->doc);   /* built again from the new tokens */
		s->doc = NULL;
		struct ex_common common = {ingest_para_count, ing};
		ingest_tag(s->ex, &s->a, &common, &s->t, &s->hashes,
			   &s->nhashes);
		ing->pipe_retagged++;
	}
	if (s->mark)
		ixw_set_mark(ing->w, s->mark);
	int rc = ingest_write(ing, &s->a, s->known, s->ex, s->tag, &s->t,
			      s->hashes, s->nhashes, s->doc);
	s->hashes = NULL;
	s->doc = NULL;
	slot_clear(p, s);
	return rc;
}

/* Drop slot s's article unwritten (after a failure, or at close). */
static void slot_drop(struct ingest_pipe *p, struct slot *s)
{
	wait_tagged(p, s);
	if (s->tag)
		tags_release(&s->t);
	free(s->hashes);
	s->hashes = NULL;
	xdb_doc_free(s->doc);
	s->doc = NULL;
	slot_clear(p, s);
}

int ingest_pipe_drain(struct ingest *ing)
{
	struct ingest_pipe *p = ing->pipe;
	int rc = 0;
	if (!p)
		return 0;
	/* oldest first: the slots after `next`, round to it */
	for (size_t i = 0; i < p->n; i++) {
		struct slot *s = &p->slot[(p->next + i) % p->n];
		if (!s->busy)
			continue;
		if (!rc && !ing->fatal.code)
			rc = slot_write(p, s);
		else
			slot_drop(p, s);
	}
	return rc ? rc : ing->fatal.code;
}

static int pipe_holds(const struct ingest *ing, const char *id)
{
	const struct ingest_pipe *p = ing->pipe;
	for (size_t i = 0; p && i < p->n; i++)
		if (p->slot[i].busy && !strcmp(p->slot[i].a.id, id))
			return 1;
	return 0;
}

static int pipe_submit(struct ingest *ing, struct article *a)
{
	struct ingest_pipe *p = ing->pipe;
	struct slot *s = &p->slot[p->next];
	/* a write that failed while the input waited (ingest_pipe_drain()
	 * from the source's idle hook) stops the run here */
	if (ing->fatal.code)
		return ing->fatal.code;
	/* the oldest article on its way goes first: its slot is next */
	if (s->busy) {
		int rc = slot_write(p, s);
		if (rc)
			return rc;
	}
	int known = 0, tag = 0, rc = 0;
	if (!ingest_admit(ing, a, &rc))
		return rc;
	/* an earlier version still on its way: its write decides whether
	 * this one is news */
	if (pipe_holds(ing, a->id) && (rc = ingest_pipe_drain(ing)))
		return rc;
	if (!ingest_news(ing, a, &known, &tag, &rc))
		return rc;
	/* the article moves into the slot; the reader releases an empty
	 * one */
	s->a = *a;
	article_init(a);
	s->known = known;
	s->tag = tag;
	s->mark = ing->mark;
	ing->mark = NULL;
	pthread_mutex_lock(&p->mu);
	s->busy = 1;
	s->claimed = 0;
	s->tagged = 0;
	/* under the lock: the workers read it */
	p->next = (p->next + 1) % p->n;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
	return 0;
}

static void pipe_free(struct ingest *ing)
{
	struct ingest_pipe *p = ing->pipe;
	if (!p)
		return;
	/* with no worker, nothing is ever tagged: nothing to wait for */
	for (size_t i = 0; p->nth && i < p->n; i++)
		if (p->slot[i].busy)
			slot_drop(p, &p->slot[i]);
	pthread_mutex_lock(&p->mu);
	p->quit = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (size_t k = 0; k < p->nth; k++)
		pthread_join(p->th[k], NULL);
	for (size_t i = 0; i < p->n; i++) {
		ex_free(p->slot[i].ex);
		free(p->slot[i].ans);
		article_release(&p->slot[i].a);
	}
	free(p->th);
	free(p->slot);
	smap_free(p->boiler);
	pthread_mutex_destroy(&p->mu);
	pthread_mutex_destroy(&p->bp_mu);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	free(p);
	ing->pipe = NULL;
}

/* ---- the pipeline's entry points (ingest.h) ---------------------------- */

int ingest_open(const struct ingest_opts *opts, struct ingest **out,
		enum ixw_repair *repair, struct ds_err *err)
{
	int rc = ingest_core_open(opts, out, repair, err);
	/* the tagging threads: only when writing an index with tags */
	if (!rc && opts->jobs > 1 && !opts->sink && !opts->no_tags &&
	    (rc = pipe_new(*out, opts->jobs, err))) {
		ingest_core_close(*out);
		*out = NULL;
	}
	return rc;
}

void ingest_close(struct ingest *ing)
{
	if (!ing)
		return;
	pipe_free(ing);
	ingest_core_close(ing);
}

int ingest_article(struct ingest *ing, struct article *a)
{
	if (ing->pipe)
		return pipe_submit(ing, a);
	int known = 0, tag = 0, rc = 0;
	if (!ingest_admit(ing, a, &rc) ||
	    !ingest_news(ing, a, &known, &tag, &rc))
		return rc;
	struct tags t;
	uint64_t *hashes = NULL;
	size_t nhashes = 0;
	struct ex_common common = {ingest_para_count, ing};
	if (tag) {
		ingest_para_own(ing, a, known);
		ingest_tag(ing->ex, a, &common, &t, &hashes, &nhashes);
	}
	else
		tags_init(&t);
	return ingest_write(ing, a, known, ing->ex, tag, &t, hashes, nhashes,
			    NULL);
}

void ingest_mark(struct ingest *ing, const char *mark)
{
	if (!ing->pipe) {
		ixw_set_mark(ing->w, mark);
		return;
	}
	free(ing->mark);
	ing->mark = xstrdup(mark);
}

int ingest_delete(struct ingest *ing, const char *id, struct ds_err *err)
{
	/* after what was read before it */
	int rc = ingest_pipe_drain(ing);
	if (rc)
		return ds_err_set(err, rc, "%s", ing->fatal.msg);
	return ingest_core_delete(ing, id, err);
}

int ingest_finish(struct ingest *ing, struct ds_err *err)
{
	/* what is on its way is written first */
	int rc = ingest_pipe_drain(ing);
	if (rc)
		return ds_err_set(err, rc, "%s", ing->fatal.msg);
	return ingest_core_finish(ing, err);
}
