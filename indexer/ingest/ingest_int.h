/*
 * ingest_int.h - what the parts of ingest share: the pipeline (pipeline.c:
 * each article through ingest.c's steps, tag and write, in line or on
 * threads; the counts), the walk over inputs (walk.c: files, folders, pipes, URLs, standard input) and the
 * walk over the stored stories (retag.c).  The walks call the pipeline
 * (pipeline.c), which calls its steps (ingest.c); never the other way.
 * Private to indexer/ingest/.
 */
#ifndef DS_INGEST_INT_H
#define DS_INGEST_INT_H

#include "catalog.h"
#include "dealmodel.h"
#include "ingest.h"
#include "link.h"
#include "smap.h"
#include "source.h"

/* Folders nested deeper than this are skipped with a warning. */
#define INGEST_MAX_DEPTH 32

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
	struct buf hash;         /* scratch for lookups */
	struct buf prev;         /* scratch: a story's indexed version */
	struct link_out link;    /* scratch: the story's deal record */
	struct buf salt;         /* what tags depend on besides the text:
				    salts the stored hash */
	int retag;               /* tag known articles again, even with
				    their stored hash (retag.c) */
	uint64_t base_bytes;     /* done_bytes before the current input */
	struct ingest_stats pend;  /* written to the open batch, not durable */
	int64_t settled;         /* the batch pend was last emptied at */
	struct smap *seen;       /* (device, inode) of what this input read */
	struct ds_err fatal;     /* why the index could not be written */
	struct ingest_pipe *pipe;  /* --jobs above 1: the tagging threads
				      (pipeline.c); NULL: tag in line */
	char *mark;              /* retag's resume mark for the next article
				    submitted to the pipe */
	uint64_t pipe_retagged;  /* articles the pipe tagged again on the
				    main thread (pipeline.c) */
	uint64_t *own;           /* the paragraphs the catalog has for the
				    article the main thread tags or checks
				    (its indexed version's): not another
				    article's (ingest_para_own) */
	size_t nown;
};

/*
 * ingest.c: the steps.  core_open/close/delete/finish: ingest.h's
 * open/close/delete/finish without the tagging threads (pipeline.c adds
 * them).  Admit (main thread): finish `a` and report what is wrong with
 * it; 1 when it goes on, else 0 with *rc as ingest_article() returns.
 * News (main thread): skip `a` when the catalog has its hash (counted);
 * 1 when it goes on, with *known (the index has a version) and *tag (tag
 * it: not --no-tags, not over the limit, which it reports).  Tag (any
 * thread, with an extractor of its own): *t initialised and filled.
 * Write (main thread): link, build and write, count; takes `t` and
 * `hashes` (released, freed); `ex` is the extractor that tagged it, its
 * tokens still there; `doc`, when not NULL, is the document with its
 * postings made (docbuild.h's docb_postings(), from those tokens), also
 * taken.
 */
int ingest_core_open(const struct ingest_opts *opts, struct ingest **out,
		     enum ixw_repair *repair, struct ds_err *err);
void ingest_core_close(struct ingest *ing);
int ingest_core_delete(struct ingest *ing, const char *id,
		       struct ds_err *err);
int ingest_core_finish(struct ingest *ing, struct ds_err *err);
int ingest_admit(struct ingest *ing, struct article *a, int *rc);
int ingest_news(struct ingest *ing, struct article *a, int *known, int *tag,
		int *rc);
void ingest_tag(struct extractor *ex, const struct article *a,
		const struct ex_common *common, struct tags *t,
		uint64_t **hashes, size_t *nhashes);
int ingest_write(struct ingest *ing, struct article *a, int known,
		 struct extractor *ex, int tagged, struct tags *t,
		 uint64_t *hashes, size_t nhashes, xdb_doc *doc);
/* The catalog's count for the boilerplate detector (extract.h's
 * ex_common; user: the ingest): the other articles of the source that
 * have the paragraph, for the article ingest_para_own() last named. */
unsigned ingest_para_count(void *user, const char *source, uint64_t hash);
/* The article whose paragraphs the main thread counts next: its indexed
 * version's (when `known`) are its own, not counted. */
void ingest_para_own(struct ingest *ing, const struct article *a, int known);
void ingest_report(struct ingest *ing, const char *level, const char *origin,
		   const char *msg);
void ingest_progress(struct ingest *ing);
/* Whether a signal asked the run to stop. */
int ingest_stopped(const struct ingest *ing);
/* The index cannot be written: keep why in ing->fatal (with where it
 * stopped), for ingest_input()'s caller; returns rc. */
int ingest_fatal(struct ingest *ing, const char *origin, int rc,
		 const struct ds_err *err);

/*
 * pipeline.c: runs the steps (the rest of ingest.h), in line or, with
 * --jobs above 1, tagging on threads while the main thread reads and
 * writes in input order (see there).
 *
 * One article through the pipeline: finish it, skip it when the catalog
 * has its hash (unless ing->retag), tag, build and write it, and count
 * it.  With threads the article moves into the pipeline (`a` is left
 * empty for its reader to release) and is written later, in order.
 * Returns 0 to go on (a bad article is reported and counted), DS_EINTR
 * when stopped, or a failure to write the index (kept in ing->fatal).
 */
int ingest_article(struct ingest *ing, struct article *a);
/* Set retag's resume mark (writer.h) where the pipeline's articles are:
 * before the next article submitted is written. */
void ingest_mark(struct ingest *ing, const char *mark);
/* Write every article on its way, in order (dropped after a failure to
 * write the index); returns as ingest_article(). */
int ingest_pipe_drain(struct ingest *ing);

#endif /* DS_INGEST_INT_H */
