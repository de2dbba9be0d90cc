/*
 * writer.h - the index writer: one Xapian database (of one or more shards,
 * include/shards.h) and its catalog, kept in step by the commit protocol of
 * include/catalog.h.
 *
 * Contract:
 *   - ixw_open() takes Xapian's write lock on every shard (DS_ELOCKED if
 *     another writer has one), creates the folder, the shards (`nshards`;
 *     0: as many as the index has) and the catalog if needed, and repairs
 *     what an interrupted run left: it applies or discards a pending
 *     journal, and rebuilds the catalog from the index if the two disagree
 *     any other way.  Shards left at different batches (a crash between
 *     two shards' commits) are such a disagreement: the catalog is rebuilt
 *     from what the shards hold, every shard is brought to the newest
 *     batch, and the retag mark kept is the oldest shard's.
 *   - Changes are grouped in batches of `batch_size`; a batch becomes durable
 *     in both stores at ixw_flush() (called automatically when a batch is
 *     full).  ixw_close() without a flush loses only the open batch, and
 *     leaves both stores consistent.
 *   - Documents passed to ixw_put stay owned by the caller, and carry
 *     their own value slot 5 (the batch of their last alert, alert.h):
 *     the writer reads the previous version for that (ixw_previous) and
 *     says which batch the next change goes into (ixw_next_batch).
 */
#ifndef DS_WRITER_H
#define DS_WRITER_H

#include <stdint.h>

#include "buf.h"

struct cat;
#include "catalog.h"
#include "err.h"
#include "xdb.h"

struct ixw;

enum ixw_repair {
	IXW_CLEAN = 0,        /* nothing to repair */
	IXW_ROLLED_FORWARD,   /* journal applied: Xapian had committed it */
	IXW_ROLLED_BACK,      /* journal discarded: Xapian had not */
	IXW_REBUILT,          /* catalog rebuilt from the index */
};

int ixw_open(const char *dir, unsigned batch_size, unsigned nshards,
	     struct ixw **out, enum ixw_repair *repair, struct ds_err *err);
/* Discards the open batch (see ixw_flush) and releases the lock. */
void ixw_close(struct ixw *w);

/* The writer's catalog, borrowed (gazetteers, paragraph counts). */
struct cat *ixw_catalog(struct ixw *w);

/* OUT: the hash the catalog has for `id` (DS_ENOTFOUND if none). */
int ixw_lookup(struct ixw *w, const char *id, struct buf *hash,
	       struct ds_err *err);
/*
 * OUT: what the index holds for `id` as the writer sees it (the open
 * batch's own changes included): its document data in `data`, and the
 * batch of its last alert (value slot 5, 0 if none) in *alert_batch.
 * DS_ENOTFOUND when the index has no such article.
 */
int ixw_previous(struct ixw *w, const char *id, struct buf *data,
		 int64_t *alert_batch, struct ds_err *err);
/* The number of the batch the next put or delete goes into. */
int64_t ixw_next_batch(const struct ixw *w);
/* Add or replace the article `id` (its id term is added to `doc`). */
int ixw_put(struct ixw *w, const char *id, const char *hash,
	    const char *origin, xdb_doc *doc, struct ds_err *err);
/* Delete the article `id`; DS_ENOTFOUND if it is not indexed. */
int ixw_delete(struct ixw *w, const char *id, struct ds_err *err);
/*
 * Change the stored document of article `id` in the open batch (xdb.h's
 * xdb_edit_doc(); one is opened if none is): it commits or is lost with
 * the batch's other changes.  The article's catalog row (its hash) does
 * not change: an edit changes what linking derived (its deal record),
 * never what the article says.  DS_ENOTFOUND when the index lacks it.
 */
int ixw_edit(struct ixw *w, const char *id, const struct xdb_edit *e,
	     struct ds_err *err);
/* Commit the open batch to both stores. */
int ixw_flush(struct ixw *w, struct ds_err *err);

/*
 * A mark in the index of how far a pass over every story has come (`index
 * --retag`), so that a stopped pass resumes where it stopped: the mark
 * set is committed with the next batch, in the same Xapian transaction as
 * its stories, so it never claims a story the index does not hold
 * (ixw_flush() commits a mark alone, in Xapian only, when no batch is
 * open; the catalog does not keep it, so the protocol's repairs are
 * untouched).  "" clears it.  ixw_mark() OUT: the committed mark, "" when
 * there is none.
 */
void ixw_set_mark(struct ixw *w, const char *mark);
int ixw_mark(struct ixw *w, struct buf *out, struct ds_err *err);
/*
 * The number of the last durable batch.  It moves when Xapian's commit
 * succeeds (step 2 of catalog.h's protocol), even if the catalog's step 3
 * then fails: the next open rolls that batch forward.
 */
int64_t ixw_last_batch(const struct ixw *w);

/* The database, for reads (borrowed until ixw_close). */
xdb *ixw_xdb(struct ixw *w);

/*
 * Compare catalog and index: counts, and every id and hash in both.
 * OUT: *mismatches, and up to a few lines describing them in `report`.
 */
int ixw_verify(xdb *db, struct cat *c, uint64_t *mismatches,
	       struct buf *report, struct ds_err *err);

#endif /* DS_WRITER_H */
