/*
 * xdb.h - the C face of Xapian: the project's only door to the index.
 *
 * Contract:
 *   - Everything behind this header is C++ (common/xdb.cc); nothing here is.
 *     Handles are opaque.  No C++ exception ever crosses this boundary:
 *     every function runs its body inside one guard that catches
 *     everything and maps it, by one classifier, to a DS_E* code plus
 *     message in `err` (DatabaseLockError -> DS_ELOCKED,
 *     DatabaseModifiedError -> DS_EMODIFIED, DatabaseCorruptError ->
 *     DS_ECORRUPT, DatabaseNotFoundError and DatabaseOpeningError ->
 *     DS_EOPEN, QueryParserError and WildcardError -> DS_EQUERY,
 *     InvalidArgumentError -> DS_EINVAL, DocNotFoundError -> DS_ENOTFOUND,
 *     any other Xapian::Error -> DS_ENOSPC when the disk or quota is full,
 *     else DS_EINTERNAL "xapian <type>: <message>"; bad_alloc -> DS_ENOMEM,
 *     any other exception -> DS_EINTERNAL).
 *   - No error is turned into an answer.  A function that answers a
 *     question returns a status and puts the answer in an out parameter
 *     (xdb_has_term, xdb_term_freq, xdb_doc_count ...): an index that
 *     cannot answer is an error, never a "no" or a 0.  The exceptions say
 *     so at their declaration (xdb_close, xdb_q_describe, xdb_unsortable).
 *   - Query builders cannot return a status: a query carries the error its
 *     builder caught, combining passes it on, and xdb_q_error() reports it
 *     (see "Queries" below).
 *   - Strings in: index content -- every term (id terms and prefixes
 *     included), slot value and document data -- is (pointer, length):
 *     any bytes, no NUL needed.  Only the names the program chooses are C
 *     strings: database paths and user-metadata keys and values.
 *   - Strings out are copied into caller-owned `struct buf`s, or are
 *     borrowed with the lifetime stated at the declaration; a search's
 *     result arrays are malloc'd and released with xdb_result_release().
 *     A function that fails leaks nothing, whatever Xapian threw, and what
 *     it would have handed out is not to be used (a failed search leaves
 *     its result empty, nothing to release).
 *   - Xapian never calls back into C: no MatchDecider, no callbacks.
 *   - A writable handle holds Xapian's write lock until xdb_close(); at most
 *     one writer per database, any number of readers.  Readers see the last
 *     committed snapshot; when the writer commits twice past them, a read
 *     fails with DS_EMODIFIED and the reader calls xdb_reopen() and retries.
 *   - Terms longer than XDB_MAX_TERM bytes are rejected with DS_EINVAL
 *     (Xapian's own limit is 245 bytes for the glass backend).
 */
#ifndef DS_XDB_H
#define DS_XDB_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "err.h"

#ifdef __cplusplus
extern "C" {
#endif

#define XDB_MAX_TERM 240

typedef struct xdb xdb;          /* an open database, writable or read-only */
typedef struct xdb_doc xdb_doc;  /* a document being built */
typedef struct xdb_terms xdb_terms; /* an iterator over the terms of a prefix */

/*
 * A set of shards opened as one database (docs/DISTRIBUTED.md).  Each
 * spec is a local database's path or "host:port", a database served by
 * xapian-tcpsrv (read-only, opened with these timeouts).  Reading the set
 * is reading one index of all its documents: Xapian merges the shards'
 * statistics, so scores, totals and facet counts are those of one index;
 * docids interleave and are nobody's business.  A writable set (local
 * shards only) puts a new document in the shard its id term hashes to and
 * a replaced one where it already is; begin, commit and cancel act on
 * every shard, one after the other, and metadata is set on every shard.
 */
struct xdb_set_opts {
	int writable;
	int allow_partial;        /* reader: a shard that does not answer,
				     at the open or in a search, is left out
				     (xdb_missing() names it) instead of
				     failing */
	unsigned timeout_ms;      /* remote: each read */
	unsigned connect_ms;      /* remote: connecting */
	int async_puts;           /* writer: each shard's puts are written
				     by a thread of its own while the caller
				     goes on (see xdb_replace) */
};
#define XDB_REMOTE_TIMEOUT_MS 10000
#define XDB_REMOTE_CONNECT_MS 2000
#define XDB_SET_OPTS_INIT { 0, 0, XDB_REMOTE_TIMEOUT_MS, XDB_REMOTE_CONNECT_MS, 0 }
/* A shard that cannot be opened fails the open with its name ("shard
 * 'HOST:PORT': ..."), unless allow_partial leaves it out (DS_EOPEN when
 * none answers). */
int xdb_open_set(const char *const *specs, size_t n,
		 const struct xdb_set_opts *o, xdb **out, struct ds_err *err);
/* Whether spec is "host:port" (a remote shard): the one parser of it. */
int xdb_is_remote(const char *spec);
/* The shards of the set, answering or not. */
size_t xdb_shard_count(const xdb *db);
/* OUT: the shards left out (allow_partial), ", "-separated; "" if none. */
void xdb_missing(const xdb *db, struct buf *out);
/* OUT: shard k's own metadata value for `key` ("" when absent). */
int xdb_shard_metadata(xdb *db, size_t k, const char *key, struct buf *value,
		       struct ds_err *err);

/*
 * Xapian's flush threshold for writers: the changes (documents added,
 * replaced or deleted) whose postings it holds in memory before merging
 * them into its tables.  Inside a transaction the merged changes stay
 * uncommitted: the transaction still commits whole or not at all.  Set for
 * the process (XAPIAN_FLUSH_THRESHOLD, the only way Xapian 1.4 offers)
 * when a writer opens, unless the environment already sets it.  Xapian's
 * default, 10,000, holds maps that grow with the batch: on Reuters and
 * 100,000 scaled stories 1,000 indexed 1.2x as fast in 40% of the memory
 * (docs/BENCHMARKS.md, "Flush threshold").
 */
#define XDB_FLUSH_THRESHOLD "1000"

/* Open for writing, creating the database if it does not exist. */
int xdb_open_writable(const char *path, xdb **out, struct ds_err *err);
/* Open read-only; DS_EOPEN if there is no database at `path`. */
int xdb_open_readonly(const char *path, xdb **out, struct ds_err *err);
/* Close (a writer's uncommitted changes are discarded).  Accepts NULL.
 * Cannot report: an error while closing is dropped, and the write lock
 * goes with the handle all the same. */
void xdb_close(xdb *db);

/* Move a reader to the latest committed snapshot. */
int xdb_reopen(xdb *db, struct ds_err *err);

/*
 * Rewrite the database at `path` (one shard, not open here) with full
 * blocks: smaller, and faster to search (docs/ARCHITECTURE.md,
 * "Compaction").  It holds the write lock throughout (DS_ELOCKED while a
 * writer has it), writes the copy beside it (path + XDB_COMPACT_SUFFIX)
 * and swaps the two folders in one rename, so the path holds the old or
 * the new database whole; docids, metadata and every document stay as
 * they were.  A copy an interrupted compaction left is removed first.
 * OUT: the tables' bytes before and after.
 */
#define XDB_COMPACT_SUFFIX ".compacting"
int xdb_compact(const char *path, uint64_t *before, uint64_t *after,
		struct ds_err *err);

/*
 * Transactions (writer only).  Between begin and commit nothing reaches
 * disk, not even Xapian's automatic flushes; commit makes every change of
 * the transaction, metadata included, durable at once.  cancel discards.
 */
int xdb_begin(xdb *db, struct ds_err *err);
int xdb_commit(xdb *db, struct ds_err *err);
int xdb_cancel(xdb *db, struct ds_err *err);

/*
 * The last line of defence for a writer.  Xapian 1.4.22 can let an
 * exception cross one of its own noexcept frames when a write fails inside
 * commit (seen with a full disk: "terminate called after throwing an
 * instance of 'Xapian::DatabaseError'"), and C++ then calls std::terminate
 * where no catch can see it.  With a hook set, the terminate handler maps
 * the exception in flight as every catch here does and calls
 * hook(user, err); the hook reports and ends the process (_exit), the way a
 * crash would, which the commit protocol (writer.h) makes safe: the
 * interrupted batch is rolled back at the next open.  If the hook returns,
 * or for any terminate outside a write, the process aborts as before.
 */
typedef void (*xdb_fatal_fn)(void *user, const struct ds_err *err);
void xdb_set_fatal_hook(xdb_fatal_fn hook, void *user);

/* Number of documents. */
int xdb_doc_count(xdb *db, uint64_t *out, struct ds_err *err);
/* Number of documents indexed by `term` (0 if absent). */
int xdb_term_freq(xdb *db, const char *term, size_t len, uint64_t *out,
		  struct ds_err *err);

/* User metadata: a committed key/value store inside the index (of a set,
 * the first shard's value: xdb_shard_metadata() reads each). */
int xdb_set_metadata(xdb *db, const char *key, const char *value,
		     struct ds_err *err);
/* OUT: value ("" when the key is absent). */
int xdb_get_metadata(xdb *db, const char *key, struct buf *value,
		     struct ds_err *err);

/* Building a document.  Builders never fail except on a bad term. */
xdb_doc *xdb_doc_new(void);
void xdb_doc_free(xdb_doc *doc);
/* A term at a position (for phrase search); adds `wdf_inc` to its wdf. */
int xdb_doc_add_posting(xdb_doc *doc, const char *term, size_t len,
			uint32_t pos, uint32_t wdf_inc, struct ds_err *err);
/* A term without position. */
int xdb_doc_add_term(xdb_doc *doc, const char *term, size_t len,
		     uint32_t wdf_inc, struct ds_err *err);
/* A filter term: no position, no wdf, does not count in the length. */
int xdb_doc_add_boolean(xdb_doc *doc, const char *term, size_t len,
			struct ds_err *err);
int xdb_doc_set_value(xdb_doc *doc, unsigned slot, const char *v, size_t len,
		      struct ds_err *err);
/*
 * OUT: `v` encoded so that values compare as strings in numeric order
 * (Xapian's sortable_serialise), for value-range queries and sorting.
 * Returns the length written to out (at most XDB_SORTABLE_MAX bytes).
 */
#define XDB_SORTABLE_MAX 18
size_t xdb_sortable(double v, char out[XDB_SORTABLE_MAX]);
/* The number xdb_sortable() encoded (0 should decoding throw). */
double xdb_unsortable(const char *s, size_t len);
int xdb_doc_set_data(xdb_doc *doc, const char *data, size_t len,
		     struct ds_err *err);

/*
 * Store `doc` as the one document indexed by the unique term `idterm`
 * (replacing any it already indexes).  `idterm` is added to `doc` as a
 * boolean term, so the next replace finds this version.  `doc` stays owned
 * by the caller; on a writer with async_puts its contents move to the
 * shard's thread and it is left empty.
 *
 * async_puts: the put returns once the shard's thread has the document
 * (it waits while the thread has 64 waiting); every other call on the
 * database first waits for the threads to be done, except the lookups
 * xdb_get_data, xdb_get_value, xdb_term_freq, xdb_has_term, xdb_term_docs
 * and xdb_recent_docs of id terms ("Q...") and "X..." terms, which read
 * the last commit on handles of their own together with what the open
 * transaction did, kept in memory (the documents it put or edited, with
 * their docids, values and those terms; the committed ones it replaced,
 * edited or deleted, left out); they wait for the threads only to read a
 * document the transaction put, edited or deleted by its id.  Every
 * answer is the one writing in line gives.  A put that throws stops its
 * shard's writing; the next call that waits fails with its error
 * (Xapian's reason, then "(writing '<id term>' to shard '<path>')") until xdb_cancel().
 */
int xdb_replace(xdb *db, const char *idterm, size_t idlen, xdb_doc *doc,
		struct ds_err *err);
/*
 * Change the document indexed by `idterm` where it is stored (the writer's
 * view, the open transaction's changes included): set the `nvalues` value
 * slots, add the boolean terms, remove every term that starts with
 * `drop_prefix` (NULL: none), and replace its data when `data` is not
 * NULL.  Its other terms and their positions stay.  DS_ENOTFOUND when no
 * document has the term.
 */
struct xdb_edit {
	const unsigned *slots;
	const char *const *values;       /* NUL-terminated, one a slot */
	size_t nvalues;
	const char *const *terms;        /* NUL-terminated */
	size_t nterms;
	const char *drop_prefix;
	const char *data;
	size_t data_len;
};
int xdb_edit_doc(xdb *db, const char *idterm, size_t idlen,
		 const struct xdb_edit *e, struct ds_err *err);
/* Delete the documents indexed by `idterm`; DS_ENOTFOUND if none. */
int xdb_delete(xdb *db, const char *idterm, size_t idlen, struct ds_err *err);

/* Reading one document by its unique term; DS_ENOTFOUND if absent. */
int xdb_get_data(xdb *db, const char *idterm, size_t idlen, struct buf *out,
		 struct ds_err *err);
int xdb_get_value(xdb *db, const char *idterm, size_t idlen, unsigned slot,
		  struct buf *out, struct ds_err *err);
/*
 * OUT: bounds on the values in `slot` over all documents (Xapian's value
 * statistics: cheap, no document read); both "" when no document has a
 * value there.  Exact for an index only added to; after replacements and
 * deletions they may lie outside the values still there.
 */
int xdb_value_bounds(xdb *db, unsigned slot, struct buf *lo, struct buf *hi,
		     struct ds_err *err);
int xdb_get_doclen(xdb *db, const char *idterm, size_t idlen, uint64_t *out,
		   struct ds_err *err);
/* OUT: one line per posting "term pos" in term order, for debugging/tests. */
int xdb_dump_terms(xdb *db, const char *idterm, size_t idlen,
		   struct buf *out, struct ds_err *err);

/*
 * Iterate over every term starting with `prefix`, in byte order:
 *
 *     xdb_terms *it;
 *     if (xdb_terms_new(db, "Q", 1, &it, err) == 0) {
 *         const char *t; size_t n;
 *         while ((rc = xdb_terms_next(it, &t, &n, err)) > 0)
 *             use(t, n);        // t borrowed until the next call
 *         xdb_terms_free(it);
 *     }
 *
 * xdb_terms_next returns 1 with a term, 0 at the end, <0 on error.
 */
int xdb_terms_new(xdb *db, const char *prefix, size_t len, xdb_terms **out,
		  struct ds_err *err);
int xdb_terms_next(xdb_terms *it, const char **term, size_t *len,
		   struct ds_err *err);
void xdb_terms_free(xdb_terms *it);


/*
 * Queries.  A query is built bottom-up from leaves (terms, phrases,
 * wildcards, value ranges) and combined; a combining function takes
 * ownership of its arguments.  A constructor that catches an exception
 * does not lose it: it returns a query that carries the error (code and
 * Xapian's message, mapped as everywhere here), and a query combined from
 * one carries the first such error.  A constructor returns NULL only when
 * the query handle itself cannot be allocated (or an argument is NULL), and
 * a NULL argument makes the result NULL.  So a caller checks once, at the
 * end, with xdb_q_error(); xdb_search() refuses a query carrying an error
 * with that error.  Everything compiles to one Xapian::Query: no
 * callbacks, so the same query runs on remote shards.
 */
typedef struct xdb_query xdb_query;

/* XDB_FILTER: a's matches that b also matches, scored by a alone */
/* XDB_AND_MAYBE: a's matches, b's weight added where b matches too. */
enum xdb_qop { XDB_AND, XDB_OR, XDB_AND_NOT, XDB_FILTER, XDB_AND_MAYBE };

/* A term; `boolean` makes it a filter that does not weigh in ranking. */
xdb_query *xdb_q_term(const char *term, size_t len, int boolean);
/* Terms at consecutive positions. */
xdb_query *xdb_q_phrase(const char *const *terms, const size_t *lens,
			size_t n);
/* Every term starting with `prefix`; more than `limit` is an error at
 * search time (DS_EQUERY). */
xdb_query *xdb_q_wildcard(const char *prefix, size_t len, unsigned limit);
/* Documents whose value in `slot` is within [lo, hi]; a NULL end is open. */
xdb_query *xdb_q_range(unsigned slot, const char *lo, size_t lolen,
		       const char *hi, size_t hilen);
xdb_query *xdb_q_all(void);
/* An op outside enum xdb_qop makes a query carrying DS_EINVAL. */
xdb_query *xdb_q_combine(enum xdb_qop op, xdb_query *a, xdb_query *b);
/* The same matches, not weighing in ranking. */
xdb_query *xdb_q_filter(xdb_query *q);
void xdb_q_free(xdb_query *q);
/*
 * 0 if `q` is a query to run; otherwise the error it carries, copied into
 * `err`, or DS_ENOMEM ("out of memory") for a NULL `q`.
 */
int xdb_q_error(const xdb_query *q, struct ds_err *err);
/* OUT: Xapian's description of the query, for tests and fuzzing
 * ("error: ..." for a query carrying an error, "?" if describing throws). */
void xdb_q_describe(const xdb_query *q, struct buf *out);

enum xdb_sort { XDB_SORT_RELEVANCE, XDB_SORT_DATE, XDB_SORT_AMOUNT,
		XDB_SORT_RANK };

struct xdb_search_opts {
	unsigned offset, limit;
	enum xdb_sort sort;
	const unsigned *facet_slots;  /* count values in these slots */
	size_t nfacets;
	unsigned date_slot, amount_slot; /* for XDB_SORT_DATE / _AMOUNT */
	unsigned rank_slot;           /* for XDB_SORT_RANK, largest first */
	int coord;                    /* each term that weighs and matches
					 weighs 1 (Xapian's CoordWeight),
					 and XDB_SORT_RANK orders by that
					 weight first, then by rank_slot */
	int no_data;                  /* hits without their document data */
	const unsigned *value_slots;  /* each hit's values in these slots
					 (read from the hit's document, so
					 remote shards answer too) */
	size_t nvalues;
	unsigned count_max;           /* 0: the facets and the grouped
					 counts see every match; else, when
					 more match, they are estimated from
					 a sample of about count_max: the
					 matches in the first of
					 sample_buckets buckets (terms
					 sample_prefix + 2 hex digits, each
					 document in one): the facet counts
					 are the sample's (result.counted
					 says how many), and the totals are
					 estimated: the matching documents
					 (uncollapsed, and total without
					 collapse) are the sample's scaled
					 by its share of the buckets, so the
					 hits' pass need not check every
					 match; the ranking stays exact */
	const char *sample_prefix;
	unsigned sample_buckets;      /* a power of two */
	const char *sample_first_prefix; /* or NULL: terms prefix + n (in
					 decimal) for n = 2, 4, ...
					 sample_buckets / 2, each on the
					 documents of the first n buckets; a
					 sample of n buckets then reads one
					 posting list.  Used when the index
					 has them on every document (the
					 terms' frequencies say so), else an
					 OR of the n buckets' terms */
	const char *sample_fine_prefix; /* or NULL: terms prefix + n (in
					 decimal) for n = 1, 2, 4, ...
					 sample_fine, each on the documents
					 of the first bucket in the first n
					 of its sample_fine parts (prefix +
					 sample_fine: the whole bucket).
					 Where the first bucket alone holds
					 far more than count_max matches, the
					 sample is then the first n parts,
					 n from the exact count of the first
					 part (used when every document of
					 the first bucket has them) */
	unsigned sample_fine;         /* a power of two */
	const char *year_prefix;      /* or NULL: the terms prefix + the
					 year (`Y1987`) on every dated
					 document; with XDB_SORT_DATE the
					 hits are then read from the newest
					 years first, the fewest years that
					 hold the page (a page of the newest
					 of many matches sorts a year's
					 matches, not all); the same hits */
	int collapse;                 /* one hit per value of collapse_slot
					 (Xapian's collapse key: the best
					 by the order asked; documents with
					 no value there are never collapsed;
					 each hit carries its key, which
					 comes with the match, so a remote
					 shard sends it without a document
					 read) */
	unsigned collapse_slot;
	int no_count;                 /* the hits alone: no facets, no
					 counting pass (on remote shards a
					 match of its own); total and
					 uncollapsed are Xapian's estimates,
					 exact when fewer than offset + limit
					 match */
};

/* One slot's value of a hit; v NULL when the document has none there. */
struct xdb_hit_value {
	char *v;                      /* owned */
	size_t len;
};

struct xdb_hit {
	double score;
	uint64_t docid;               /* in the open handle's view: valid
					 only until it is reopened, and
					 never to be stored (docids change
					 with the shard list) */
	uint64_t collapsed;           /* with collapse: other matches with
					 its key (at least this many) */
	char *key;                    /* with collapse: its key, owned
					 (NULL for none) */
	size_t keylen;
	char *data;                   /* the document data, owned (NULL
					 with no_data) */
	struct xdb_hit_value *values; /* value_slots' values, in their
					 order (NULL without value_slots) */
};

struct xdb_value_count {
	char *value;                  /* owned */
	size_t len;
	uint64_t count;
};

struct xdb_result {
	uint64_t total;               /* number of matches (with collapse:
					 of collapsed hits, from a count of
					 the keys, as Xapian's own collapsed
					 counts are estimates); exact unless
					 counted < uncollapsed (count_max) */
	uint64_t uncollapsed;         /* number of matching documents (what
					 facets count); as exact as total */
	uint64_t keyless;             /* with collapse: matching documents
					 with no collapse key (each a hit
					 of its own in total) */
	uint64_t counted;             /* the matches the counts come from:
					 uncollapsed, or fewer when the
					 facets (and with collapse, total
					 and keyless) are estimates from a
					 sample (count_max) */
	struct xdb_hit *hits;
	size_t nhits;
	size_t nvalues;               /* of each hit's values */
	struct xdb_value_count **facets; /* per facet slot: distinct values */
	size_t *nfacet;
};

/*
 * Run `q`: hits [offset, offset + limit) in the order asked, the total
 * (exact, or beyond count_max estimated), and for each facet slot every distinct value among all matches
 * with its count (Xapian's ValueCountMatchSpy); with value_slots, each
 * hit's values in them (an empty value is no value).  DS_EQUERY for a wildcard
 * over its limit; DS_EMODIFIED when the index changed underneath (reopen
 * and retry).  Release the result with xdb_result_release().
 */
int xdb_search(xdb *db, const xdb_query *q, const struct xdb_search_opts *o,
	       struct xdb_result *r, struct ds_err *err);
void xdb_result_release(struct xdb_result *r);

/*
 * The documents indexed by `term`, at most `limit` of them in docid order,
 * each as a hit with its values in `o->value_slots` (no score, no data):
 * a posting list read without a search, for the writer's lookups of a
 * rare boolean term.  Release with xdb_result_release().
 */
int xdb_term_docs(xdb *db, const char *term, size_t len,
		  const unsigned *slots, size_t nslots, unsigned limit,
		  struct xdb_result *r, struct ds_err *err);
/*
 * The writer's lookups of rare boolean terms: the documents indexed by any
 * of `terms` (one longer than XDB_MAX_TERM is in none) and not by `skip`
 * (NULL: none left out), whose value in `date_slot` is within [lo, hi] (a
 * NULL end is open; with an end, a document with no date is out); newest
 * first (no date last, equal dates by docid), at most `limit` of them,
 * each as a hit with its values in `slots` (no score, no data); total is
 * how many were within the range.  Read from the posting lists and the
 * documents, without a search: on a writable index Xapian's matcher
 * weighs every term first, and a value range or a sort by value merges
 * every slot's pending values into its table, which done once a lookup
 * costs more than the lookup.  For small sets: every match's date is
 * read.  Release with xdb_result_release().
 */
struct xdb_recent {
	const char *const *terms;
	const size_t *lens;
	size_t nterms;
	const char *skip;
	size_t skiplen;
	unsigned date_slot;
	const char *lo, *hi;
	const unsigned *slots;
	size_t nslots;
	unsigned limit;
};
int xdb_recent_docs(xdb *db, const struct xdb_recent *q,
		    struct xdb_result *r, struct ds_err *err);
/* OUT: *out, whether any document has `term` (0 with an error: an index
 * that cannot answer is an error, never a "no"). */
int xdb_has_term(xdb *db, const char *term, size_t len, int *out,
		 struct ds_err *err);

#ifdef __cplusplus
}
#endif

#endif /* DS_XDB_H */
