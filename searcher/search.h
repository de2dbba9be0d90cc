/*
 * search.h - running a query against an index: hits with snippets and deal
 * summaries, facet counts, and saved queries.
 *
 * Contract:
 *   - srch_open() opens an index read-only (a snapshot: whole batches only)
 *     with its catalog's gazetteers, the same knowledge the index was
 *     tagged with.  One srch per thread.
 *   - srch_run() compiles the query (query.h) and each filter apart,
 *     keeps the query's matches that every filter matches (the filters do
 *     not change scores), runs it, and fills a
 *     struct srch_result the caller releases: the exact total, the hits
 *     asked for (each with its stored document, a snippet and where the
 *     query's words are in it, and with amount conditions the amount it
 *     met them by) and the facets asked for, with exact counts over all
 *     matches.  A malformed query is DS_EQUERY with
 *     srch_result.error_pos set.
 *   - Saved queries live in the catalog; srch_saved_run() with `new_only`
 *     returns only stories whose last alert (new to the index, or text or
 *     deal changed: docs/SCHEMA.md, "Alerts") came in a batch after the
 *     query's watermark and up to this snapshot's batch, each with its
 *     alert as of the watermark, all of them whatever the offset and
 *     limit asked (the watermark passes them all, so an alert that showed
 *     a page would lose the rest), then moves the watermark there with
 *     a compare-and-set: two runs racing cannot both report the same
 *     stories (the loser gets DS_EMODIFIED and reports nothing), and a
 *     story committed after the snapshot belongs to the next run.  A
 *     partial result (srch_result.missing) leaves the watermark where it
 *     was: the next run reports again, the missing shard's stories too.
 *   - The searcher only reads the index; saved queries write the catalog.
 */
#ifndef DS_SEARCH_H
#define DS_SEARCH_H

#include <jansson.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "deals.h"
#include "err.h"
#include "gazetteer.h"
#include "xdb.h"

enum srch_facet {
	SF_TYPE, SF_STATUS, SF_REGION, SF_COUNTRY, SF_SECTOR, SF_COMPANY,
	SF_YEAR, SF_AMOUNT, SF_COUNT
};

/* "type", "status", ...: the facet's name in --facets and in JSON. */
const char *srch_facet_name(enum srch_facet f);
/* The facet of that name, or -1. */
int srch_facet_find(const char *name, size_t len);

#define SRCH_ALL_FACETS ((1u << SF_COUNT) - 1)
#define SRCH_TOP_COMPANIES 10

struct srch_opts {
	const char *query;           /* "" (or NULL) with filters: all that
					the filters select */
	const char *const *filters;  /* queries that select without
					weighing, each compiled alone and
					applied to the query as a whole:
					"oil OR gold" with filter
					type:acquisition, never "oil OR gold
					AND type:acquisition" */
	size_t nfilters;
	unsigned offset, limit;
	enum xdb_sort sort;
	unsigned facets;             /* bit f: facet f */
	int64_t after_batch;         /* > 0: only documents whose last
					alert (slot 5) came in a later
					batch */
	int64_t upto_batch;          /* with after_batch: up to this one */
	int alerts;                  /* give each hit its alert as of
					after_batch (srch_hit.alert) */
	int ranks_only;              /* hits without documents or snippets
					(doc NULL): ranking alone, for
					benchmarks and counts */
	int group_deal;              /* one hit per deal record (its best
					story by the order asked), each
					with its record (deals.h); stories
					without a deal stay hits of their
					own.  Facets still count stories */
	unsigned count_limit;        /* the facets (and grouped, the count
					of deals) are exact up to this many
					matching stories, estimated beyond
					from a uniform sample of about this
					many (the sample buckets, schema.h;
					srch_result.counted); 0:
					SRCH_COUNT_LIMIT; SRCH_COUNT_ALL:
					always exact.  Beyond it the totals
					are estimated too (from the same
					sample); the ranking is always
					exact */
};

/* The default count_limit: up to this many matching stories the totals
 * and every facet are counted exactly, beyond it estimated from a sample
 * of about as many, so a broad search costs the same on any index (at a
 * million stories counting 10,000 matches cost 45 of a broad query's 55
 * ms, 1,500 about 8: docs/BENCHMARKS.md; docs/QUERY.md, "Results"). */
#define SRCH_COUNT_LIMIT 1500
#define SRCH_COUNT_ALL UINT_MAX

struct srch_span {
	size_t off, len;             /* bytes in the snippet */
};

/*
 * The amount by which a hit met the query's amount conditions: the first
 * condition (the query's in its order, then each filter's) that one of
 * the story's deal or funding amounts meets, and the first such amount.
 */
struct srch_amount {
	double usd_low, usd_high;    /* equal for a single figure */
	char *text;                  /* as the story writes it ("$50
					million"), owned; NULL when the
					index does not tell */
	char *kind;                  /* "deal", "funding"; owned, or NULL */
};

struct srch_hit {
	unsigned rank;               /* 1-based, across pages */
	double score;
	json_t *doc;                 /* the stored document data, owned */
	uint64_t docid;              /* in the searcher's open view, for
					reading its deal record without its
					document again; never stored */
	char *snippet;               /* owned */
	struct srch_span *hl;        /* the query's words in the snippet */
	size_t nhl;
	struct srch_amount *matched; /* owned; NULL when the query has no
					amount condition, the story met
					none (it matched by another branch
					of an OR), or with ranks_only */
	struct deal_rec *deal;       /* owned; with group_deal, the hit's
					deal record (without its related
					records), NULL for a story without
					one */
	json_t *alert;               /* owned; with srch_opts.alerts, why
					the hit is news since after_batch:
					{"reason": "new"} or {"reason":
					"changed", "changes": [{"field",
					"from", "to"}, ...]}; else NULL */
};

struct srch_value {
	char *value;
	uint64_t count;
};

struct srch_facet_result {
	enum srch_facet facet;
	struct srch_value *v;        /* by count, then value */
	size_t n;
	uint64_t none;               /* matches with no value (single-valued
					facets: the counts add up to total) */
};

struct srch_result {
	uint64_t total;              /* matches: with group_deal, deals (and
					stories without one) */
	uint64_t stories;            /* matching stories (what facets
					count; = total unless grouped) */
	uint64_t deals;              /* grouped: the deal records among
					total (the rest are stories
					without one) */
	int grouped;                 /* srch_opts.group_deal */
	struct srch_hit *hits;
	size_t nhits;
	struct srch_facet_result facets[SF_COUNT];
	size_t nfacets;
	double ms;                   /* time taken */
	size_t error_pos;            /* with DS_EQUERY: in the query, or in
					filter error_filter - 1 */
	size_t error_filter;         /* with DS_EQUERY: 0, or which filter
					(1-based) is malformed */
	int64_t batch;               /* the snapshot's last batch (read
					for saved queries' --new; else 0) */
	int scored;                  /* the query has a word that weighs
					(qry_info.scored): without one every
					hit scores 0, and the text layout
					shows no score */
	size_t amount_conditions;    /* in the query and its filters, none
					inside an exclusion: with any, the
					renderers show each hit's matched
					amount */
	int alerts;                  /* srch_opts.alerts: the renderers
					show each hit's alert */
	uint64_t counted;            /* the matching stories the facets
					were counted on: = stories, or
					fewer when they, total and stories
					are estimates scaled from them
					(srch_opts.count_limit) */
	char *missing;               /* partial results: the shards that
					did not answer (allow_partial),
					", "-separated; NULL when whole */
};

void srch_result_release(struct srch_result *r);

struct srch;

int srch_open(const char *db_dir, struct srch **out, struct ds_err *err);
/* srch_open() of an index of shards (shards.h) where, with allow_partial,
 * a shard that does not answer is left out and the results say so
 * (srch_result.missing) instead of failing. */
int srch_open_set(const char *db_dir, int allow_partial, struct srch **out,
		  struct ds_err *err);
void srch_close(struct srch *s);
/*
 * Catch up with the index, for a reader that stays open between searches
 * (the page's FastCGI process).  *reopen is set when the caller should
 * close and open the index anew: the catalog changed since it was opened
 * (an indexer committed, and the gazetteers the index was tagged with may
 * have changed with it) or a shard was left out (it may answer now).
 * Otherwise the database moves to its newest commit.
 */
int srch_refresh(struct srch *s, int *reopen, struct ds_err *err);
/* OUT: the shards left out so far (opened with allow_partial), ", "-
 * separated; "" when none. */
void srch_missing(const struct srch *s, struct buf *out);

int srch_run(struct srch *s, const struct srch_opts *o,
	     struct srch_result *r, struct ds_err *err);

/* ---- deal records ------------------------------------------------------- */

enum srch_deal_sort { SRCH_DEALS_RELEVANCE, SRCH_DEALS_DATE,
		      SRCH_DEALS_VALUE };

/*
 * The deal records whose stories match o->query and o->filters (every
 * record with query and filters empty): OUT *recs[0, *n), the page
 * [o->offset, o->offset + o->limit) of them in the order asked
 * (relevance: by their best story; date: the latest story first; value:
 * the largest value first, records without one last), and *total, how
 * many records match.  Release each record with deal_release() and free
 * the array.  DS_EQUERY as srch_run() (r_err holds the position).
 */
int srch_deals(struct srch *s, const struct srch_opts *o,
	       enum srch_deal_sort sort, struct deal_rec **recs, size_t *n,
	       uint64_t *total, struct srch_result *r_err,
	       struct ds_err *err);

/* One record, with its related records; DS_ENOTFOUND for an unknown id. */
int srch_deal(struct srch *s, const char *id, struct deal_rec *out,
	      struct ds_err *err);

/* ---- one story --------------------------------------------------------- */

struct srch_story {
	json_t *doc;                 /* the stored document data, owned */
	char *body;                  /* the text the index stores: the
					whole body, as plain text; owned */
	struct srch_span *hl;        /* the query's words in body, in
					order; owned */
	size_t nhl;
};

/*
 * OUT: *st, the story with id `id` (release with srch_story_release()),
 * with the words of `query` (NULL or "" for none) marked as snippets mark
 * them; a query that does not compile marks none.  DS_ENOTFOUND ("no
 * story 'ID'") when the index holds no such story.
 */
int srch_story(struct srch *s, const char *id, const char *query,
	       struct srch_story *st, struct ds_err *err);
void srch_story_release(struct srch_story *st);

/*
 * The gazetteer the index was tagged with (srch_open() loaded it): the
 * names of region, country and sector codes.  Borrowed; lives as long as
 * `s`.
 */
const struct gaz *srch_gazetteer(const struct srch *s);

#define SRCH_DAY_LEN 11   /* "YYYY-MM-DD" and its NUL */

/*
 * OUT: the earliest and latest story dates, "YYYY-MM-DD", both "" when no
 * story is dated.  From the date slot's bounds (xdb_value_bounds()): no
 * document is read, but after replacements and deletions the range may
 * be wider than the stories still there.
 */
int srch_date_range(struct srch *s, char first[SRCH_DAY_LEN],
		    char last[SRCH_DAY_LEN], struct ds_err *err);

/* ---- saved queries ------------------------------------------------------ */

/* Names: 1 to 64 of A-Z a-z 0-9 . _ - (DS_EINVAL otherwise). */
int srch_saved_name_ok(const char *name, struct ds_err *err);

/*
 * Saved queries live in the index's catalog.  add: DS_EINVAL for a bad
 * name, DS_EQUERY (with *error_pos) for a query that does not compile; an
 * existing name is replaced only with `replace`.
 * get/remove: DS_ENOTFOUND for an unknown name.
 */
int srch_saved_add(struct srch *s, const char *name, const char *query,
		   const char *options, int replace, size_t *error_pos,
		   struct ds_err *err);
int srch_saved_get(struct srch *s, const char *name, struct cat_saved *q,
		   struct ds_err *err);
int srch_saved_remove(struct srch *s, const char *name, struct ds_err *err);
/* OUT: every saved query, by name; free each and the array. */
int srch_saved_list(struct srch *s, struct cat_saved **out, size_t *n,
		    struct ds_err *err);
/*
 * Run saved query `name` with `o` (o->query is set from the saved one);
 * with `new_only`, as the header's contract says: o->offset becomes 0 and
 * o->limit the number of hits returned.
 */
int srch_saved_run(struct srch *s, const char *name, struct srch_opts *o,
		   int new_only, struct srch_result *r, struct ds_err *err);

#endif /* DS_SEARCH_H */
