/*
 * catalog.h - the SQLite catalog beside the Xapian index.
 *
 * Contract:
 *   - The catalog records, for every indexed article, its id, content hash,
 *     origin and the batch that indexed it; a journal of the batch being
 *     written; and in `meta` its schema version and the last applied batch.
 *   - Commit protocol (driven by the indexer's writer, see
 *     docs/ARCHITECTURE.md): within one batch,
 *       1. cat_journal_add() each change, cat_journal_commit() (durable);
 *       2. the writer commits the Xapian transaction, which carries the
 *          batch number in its metadata;
 *       3. cat_journal_apply() moves the journal into `articles` and records
 *          the batch as applied, in one SQLite transaction.
 *     On start, a non-empty journal is applied if Xapian has its batch, and
 *     discarded if not.  Each step is atomic, so any crash leaves a state
 *     that one of these two repairs makes consistent.
 *   - It also keeps the gazetteers the index was tagged with (bundled and
 *     user lines), paragraph hashes for boilerplate detection, and the
 *     searcher's saved queries with their watermarks.
 *   - WAL mode: readers never block the writer; durable against process
 *     crashes (synchronous=NORMAL).
 *   - Strings returned through `struct buf` are copies (caller owns the buf).
 *   - Depends on buf.h, err.h and sqlite3 only.
 */
#ifndef DS_CATALOG_H
#define DS_CATALOG_H

#include <stdint.h>

#include "buf.h"
#include "err.h"

struct cat;

enum cat_op { CAT_PUT, CAT_DEL };

/* Open or create the catalog file at `path`, its tables made or brought
 * to this program's schema: the writer's (one at a time). */
int cat_open(const char *path, struct cat **out, struct ds_err *err);
/* Open the catalog file at `path` as a reader: never created, its tables
 * never changed (a search beside an indexer that is still creating the
 * index must not race it to make them); DS_ECATALOG if it is missing or
 * not yet made. */
int cat_open_reader(const char *path, struct cat **out, struct ds_err *err);
void cat_close(struct cat *c);

/*
 * OUT: the hash recorded for `id`, looking first at the open journal (so an
 * id seen twice in one batch is known) and then at `articles`.
 * Returns 0, or DS_ENOTFOUND when the id is unknown or journalled deleted.
 */
int cat_lookup(struct cat *c, const char *id, struct buf *hash,
	       struct ds_err *err);

/* Record a change for batch `batch`; opens the journal transaction. */
int cat_journal_add(struct cat *c, int64_t batch, enum cat_op op,
		    const char *id, const char *hash, const char *origin,
		    struct ds_err *err);
/* Step 1: make the journal durable. */
int cat_journal_commit(struct cat *c, struct ds_err *err);
/* Step 3: apply the journal of `batch` to `articles`, empty it. */
int cat_journal_apply(struct cat *c, int64_t batch, struct ds_err *err);
/* Roll back an open journal transaction, and empty the durable journal. */
int cat_journal_discard(struct cat *c, struct ds_err *err);
/* OUT: the batch number in the durable journal, 0 when it is empty. */
int cat_journal_pending(struct cat *c, int64_t *batch, struct ds_err *err);

/* OUT: the last applied batch (0 for a new catalog). */
int cat_batch(struct cat *c, int64_t *batch, struct ds_err *err);
/* OUT: the number of articles. */
int cat_count(struct cat *c, uint64_t *n, struct ds_err *err);

/* Forget every article (for a rebuild from the index). */
int cat_reset(struct cat *c, struct ds_err *err);

/*
 * Iterate over articles in id order:
 *     struct cat_iter *it;
 *     cat_iter_new(c, &it, err);
 *     while ((rc = cat_iter_next(it, &id, &hash, err)) > 0) ...
 *     cat_iter_free(it);
 * id and hash are borrowed until the next call.
 */
struct cat_iter;
int cat_iter_new(struct cat *c, struct cat_iter **out, struct ds_err *err);
int cat_iter_next(struct cat_iter *it, const char **id, const char **hash,
		  struct ds_err *err);
void cat_iter_free(struct cat_iter *it);

/*
 * OUT: a number that changes when another connection (another process: an
 * indexer) commits to the catalog, for a long-lived reader to know its
 * view is old (SQLite's data_version); the same while nothing changed.
 */
int cat_data_version(struct cat *c, int64_t *v, struct ds_err *err);

/*
 * OUT: the ids of up to `max` articles after `after` ("" for the first) in
 * id order (bytewise), appended to `out`, each followed by a NUL; *n says
 * how many.  A walk over every article by pages, for a caller that writes
 * the catalog between pages (`index --retag`): no statement stays open
 * across its writes.
 */
int cat_ids_after(struct cat *c, const char *after, size_t max,
		  struct buf *out, size_t *n, struct ds_err *err);

/*
 * Gazetteers (see gazetteer.h).  The bundled data files are copied in as
 * records "file\tline\n" (gaz_read_dir()); users add their own lines.
 *
 * cat_gaz_sync: replace the bundled lines with `rec` unless the stored
 * hash of them equals `hash`; *changed says whether they were replaced.
 */
int cat_gaz_sync(struct cat *c, const char *rec, size_t len,
		 const char *hash, int *changed, struct ds_err *err);
/* OUT: the lines of `origin` ("bundled", "user", or NULL for all: bundled
 * first), as records, appended to out. */
int cat_gaz_records(struct cat *c, const char *origin, struct buf *out,
		    struct ds_err *err);
/* Add a user line to gazetteer `file`. */
int cat_gaz_add(struct cat *c, const char *file, const char *line,
		struct ds_err *err);
/* Remove the user lines of `file` whose first column is `name`. */
int cat_gaz_remove(struct cat *c, const char *file, const char *name,
		   int *removed, struct ds_err *err);

/*
 * Paragraph hashes per source, to find what a source prints in many
 * articles.  cat_para_add records article `id`'s paragraphs, replacing
 * what its previous version had, in the journal transaction (opened if
 * none is: the batch's commit or discard takes them with its articles),
 * and keeps each paragraph's count of articles: +1 for a
 * paragraph new to the article, -1 for one its new version dropped (a
 * paragraph twice in one article counts once).  cat_para_count: OUT, how
 * many articles of `source` have the paragraph (0 when none): one indexed
 * lookup, so nothing of the counts is held in memory.  cat_para_get: OUT,
 * the hashes recorded for article `id` of `source` (*out: caller frees;
 * NULL and 0 when none).
 */
int cat_para_add(struct cat *c, const char *source, const char *id,
		 const uint64_t *hashes, size_t n, struct ds_err *err);
int cat_para_get(struct cat *c, const char *source, const char *id,
		 uint64_t **out, size_t *n, struct ds_err *err);
int cat_para_count(struct cat *c, const char *source, uint64_t hash,
		   unsigned *out, struct ds_err *err);

/*
 * Saved queries (the searcher's; search.h says what they mean).
 * Strings in struct cat_saved are owned; cat_saved_release frees them.
 */
struct cat_saved {
	char *name, *query, *options;
	char *created, *last_run;     /* ISO 8601; last_run NULL if never */
	int64_t watermark;            /* last batch a --new run reported */
};

void cat_saved_release(struct cat_saved *q);
/* DS_EINVAL when `name` exists and not `replace`. */
int cat_saved_put(struct cat *c, const char *name, const char *query,
		  const char *options, int replace, struct ds_err *err);
/* DS_ENOTFOUND for an unknown name. */
int cat_saved_get(struct cat *c, const char *name, struct cat_saved *q,
		  struct ds_err *err);
int cat_saved_remove(struct cat *c, const char *name, struct ds_err *err);
/* OUT: every saved query by name (caller releases each, frees *out). */
int cat_saved_list(struct cat *c, struct cat_saved **out, size_t *n,
		   struct ds_err *err);
/*
 * Move the watermark of `name` from `from` to `to` in one statement, only
 * if it is still `from` (compare-and-set); *moved says whether it did.
 */
int cat_saved_advance(struct cat *c, const char *name, int64_t from,
		      int64_t to, int *moved, struct ds_err *err);

#endif /* DS_CATALOG_H */
