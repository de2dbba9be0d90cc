/*
 * ingest.h - from inputs on the command line to articles in the index.
 *
 * Contract:
 *   - ingest_input() takes a file, a folder (read recursively, by content),
 *     an http(s) URL, or "-" (JSON lines on standard input); it reads,
 *     analyses and writes every article it finds.  A bad input or item is
 *     reported through opts->report and counted as failed; the run goes on.
 *     Only a failure of the index itself is returned as an error.
 *   - An article whose id the catalog knows with the same content hash is
 *     counted unchanged and costs no analysis.
 *   - Nothing is durable before ingest_finish() (or a full batch): see
 *     writer.h for what an interruption leaves.  The counts of
 *     ingest_stats() (added, replaced, deleted) are of durable changes
 *     only; ingest_pending() tells how many are waiting in the open batch.
 *   - Inputs are streamed (source.h): memory does not grow with an input's
 *     size; one document over opts->fetch.max_bytes is refused.  Folders
 *     are walked following symbolic links, each file and folder once per
 *     input (a link loop ends there).  Devices are refused; a pipe that
 *     gives nothing for opts->fetch.timeout_s is given up.
 *   - When *opts->stop becomes nonzero (a signal handler sets it), the
 *     current input stops before its next article and ingest_input()
 *     returns DS_EINTR; the caller then commits with ingest_finish().
 *   - The module never prints: messages and progress go to the callbacks.
 */
#ifndef DS_INGEST_H
#define DS_INGEST_H

#include <signal.h>
#include <stdint.h>

#include "err.h"
#include "extract.h"
#include "fetch.h"
#include "writer.h"

struct ingest_stats {
	uint64_t added, replaced, unchanged, deleted, failed;
	uint64_t deals_changed;            /* replaced stories whose deal
					      changed (alert.h) */
	uint64_t done_bytes, total_bytes;  /* of local inputs, for progress */
};

struct ingest_opts {
	const char *db_dir;          /* index folder */
	unsigned batch;              /* articles per commit */
	unsigned shards;             /* the index's shards (0: as it has;
					shards.h) */
	int no_tags;                 /* index text only, no extraction */
	double min_confidence;       /* deals claimed from it (docbuild.h) */
	int no_link;                 /* no deal records, no near-duplicates
					(link.h): for the benchmark */
	unsigned jobs;               /* tagging threads (0 or 1: tag on the
					reading thread); the index written is
					the same for any number */
	struct fetch_opts fetch;     /* for URLs and feed links */
	/* "error"/"warning", where ("a.jsonl:3", a URL), what */
	void (*report)(void *user, const char *level, const char *origin,
		       const char *msg);
	/* called after each article and input */
	void (*progress)(void *user, const struct ingest_stats *st);
	/*
	 * Instead of writing an index: hand each finished, tagged article to
	 * sink() (nonzero stops the run).  db_dir may then be NULL (tag with
	 * the bundled gazetteers) or an index whose catalog's gazetteers to
	 * use; nothing is locked or written.
	 */
	int (*sink)(void *user, const struct article *a, const struct tags *t);
	void *user;
	volatile sig_atomic_t *stop;  /* set by a signal: stop the run */
};

struct ingest;

/*
 * Open the index (repairing it if needed, see writer.h), load the
 * gazetteers into its catalog and the deal model, ready to tag.
 * DS_EOPEN/DS_EFORMAT when a gazetteer or the model cannot be read.
 */
int ingest_open(const struct ingest_opts *opts, struct ingest **out,
		enum ixw_repair *repair, struct ds_err *err);

/* The gazetteer articles are tagged with (borrowed). */
const struct gaz *ingest_gazetteer(const struct ingest *ing);
/* Commit nothing further; the open batch is lost (see writer.h). */
void ingest_close(struct ingest *ing);

/* Add the size of a local input to the progress total (URLs add nothing). */
void ingest_plan(struct ingest *ing, const char *arg);
/*
 * Read one input.  Returns 0 when the run may go on (bad inputs are
 * reported and counted), DS_EINTR when stopped, or the DS_E* code of a
 * failure to write the index, with `err` naming where it stopped.
 */
int ingest_input(struct ingest *ing, const char *arg, struct ds_err *err);
/* DS_ENOTFOUND, reported and counted as failed, when `id` is unknown. */
int ingest_delete(struct ingest *ing, const char *id, struct ds_err *err);
/*
 * Tag every story the index holds again, from the text its document data
 * keeps, with this run's gazetteers and options, and write each in
 * batches under the commit protocol (writer.h), counted as replaced (the
 * stories whose deal changed in deals_changed).  A story indexed before
 * the data kept its dateline (ARTICLE_VERSION < 5) is left as it is and
 * counted as unchanged: its input, indexed again, tags it fully.  Stopped
 * (DS_EINTR, as ingest_input) or killed, the pass resumes at the next
 * call where it stopped, as long as the gazetteers and options are the
 * same; a pass that ends clears that, so the next call tags every story
 * again.  Commit with ingest_finish() as after inputs.
 */
int ingest_retag(struct ingest *ing, struct ds_err *err);
/* Commit what is pending. */
int ingest_finish(struct ingest *ing, struct ds_err *err);

const struct ingest_stats *ingest_stats(const struct ingest *ing);
/* Changes written to the open batch, not yet durable. */
uint64_t ingest_pending(const struct ingest *ing);

#endif /* DS_INGEST_H */
