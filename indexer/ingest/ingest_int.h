/*
 * ingest_int.h - what the parts of ingest share: the pipeline (ingest.c:
 * opening, each article through tag and write, the counts), the walk over
 * inputs (walk.c: files, folders, pipes, URLs, standard input) and the
 * walk over the stored stories (retag.c).  The walks call the pipeline,
 * never the other way.  Private to indexer/ingest/.
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
};

/* ingest.c */
void ingest_report(struct ingest *ing, const char *level, const char *origin,
		   const char *msg);
void ingest_progress(struct ingest *ing);
/* Whether a signal asked the run to stop. */
int ingest_stopped(const struct ingest *ing);
/*
 * One article through the pipeline: finish it, skip it when the catalog
 * has its hash (unless ing->retag), tag, build and write it, and count it.
 * Returns 0 to go on (a bad article is reported and counted), DS_EINTR
 * when stopped, or a failure to write the index (kept in ing->fatal).
 */
int ingest_article(struct ingest *ing, struct article *a);
/*
 * Read one input from `s` with the reader its content asks for, each
 * article through the pipeline.  A problem of the input (its format, its
 * size, a read error, a failed fetch) is reported and counted, and the
 * run goes on; what is returned stops it: a failure to write the index
 * (kept in ing->fatal), or a signal (DS_EINTR).
 */
int ingest_read(struct ingest *ing, struct src *s, const char *origin,
		const char *url, const char *content_type);

#endif /* DS_INGEST_INT_H */
