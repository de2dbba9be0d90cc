/*
 * query.h - the query language (docs/QUERY.md): text in, one Xapian query
 * out.
 *
 * Contract:
 *   - qry_compile() parses a query and builds one xdb_query: words stemmed
 *     as the indexer stems them, phrases, prefix*, AND/OR/NOT/-word and
 *     parentheses, fields (title:, company:, acquirer:, target:, investor:,
 *     person:, place:, region:, sector:, type:, status:, source:, id:,
 *     amount:, date:, after:, before:), amounts in any currency the money
 *     recogniser knows, in as many words as it reads as one amount
 *     (`>$30M`, `>500 mln dlrs`, `$10M..$50M`, `between $10M and $50M`,
 *     `amount:>EUR 200m`), and names
 *     typed without quotes (`Southeast Asia`, `Singapore`, `Alibaba`, `Jack
 *     Ma`) recognised through the gazetteer and the index's own names.
 *   - The same analyser, gazetteer and money parser serve the indexer, so
 *     the query side cannot drift from what was indexed.
 *   - Filters (tags, amounts, dates) are boolean: they select without
 *     weighing; words are ranked by BM25.  No per-document callback: the
 *     query runs unchanged on remote shards.
 *   - A malformed query is DS_EQUERY with a one-line message and the byte
 *     offset of the problem in qry_error_pos; nothing is half-built.  Limits:
 *     QRY_MAX_LEN bytes, QRY_MAX_DEPTH nested parentheses, QRY_MAX_LEAVES
 *     terms, and a wildcard may match at most QRY_WILDCARD_LIMIT words.
 *   - Depends on analyse.h, gazetteer.h, money.h, schema.h, xdb.h.
 */
#ifndef DS_QUERY_H
#define DS_QUERY_H

#include <stddef.h>

#include "analyse.h"
#include "err.h"
#include "gazetteer.h"
#include "xdb.h"

#define QRY_MAX_LEN 1024
#define QRY_MAX_DEPTH 32
#define QRY_MAX_LEAVES 128
#define QRY_WILDCARD_LIMIT 500

struct qry_env {
	const struct gaz *g;          /* borrowed */
	struct ana *ana;              /* borrowed; one per thread */
	/* Does the index hold this term?  For names the gazetteer does not
	 * know ("Redmart" -> XCOredmart).  OUT: *found.  Returns 0, or a
	 * DS_E* code (details in `err`) that fails the compile with it.  May
	 * be NULL. */
	int (*has_term)(void *user, const char *term, size_t len, int *found,
			struct ds_err *err);
	void *user;
};

/*
 * An amount condition (`>$30M`, `amount:<=EUR 5m`, `$10M..$50M`, `$42M`):
 * a story matches it when one of its deal or funding amounts does, each a
 * USD range [low, high] (schema.h, SLOT_AMOUNTS).
 */
enum qry_amount_op {
	QRY_AMT_GT,                   /* high > a */
	QRY_AMT_GE,                   /* high >= a */
	QRY_AMT_LT,                   /* low < a */
	QRY_AMT_LE,                   /* low <= a */
	QRY_AMT_OVERLAP,              /* low <= b and high >= a */
};

struct qry_amount {
	enum qry_amount_op op;
	double a, b;                  /* USD; b only for QRY_AMT_OVERLAP */
};

/* Does the amount [low, high] (USD) meet condition c, as the compiled
 * query compares it?  1 or 0. */
int qry_amount_match(const struct qry_amount *c, double low, double high);

/* What the query looks for, besides the query itself. */
struct qry_info {
	char **highlight;             /* stems to highlight in snippets;
					 "acq*": a prefix of stems */
	size_t nhighlight;
	int scored;                   /* 1 when a word (or phrase, prefix*)
					 the hits must or may have weighs in
					 the score; 0 for a query of filters
					 and exclusions only, whose hits all
					 score 0 */
	struct qry_amount *amounts;   /* the amount conditions a match may
					 meet, in the query's order (those
					 inside an exclusion left out) */
	size_t namounts;
	char **boosts;                /* terms that rank a hit of a query
					 of filters first (search.c): the
					 deal parties' countries a place:
					 filter or a place's name typed
					 alone names (XACC, XTGC) and the
					 target's sector a sector: filter
					 names (XTGS), those inside an
					 exclusion left out */
	size_t nboosts;
	size_t error_pos;             /* with DS_EQUERY: byte offset */
};

void qry_info_release(struct qry_info *info);

/*
 * OUT: *out, the compiled query (caller frees with xdb_q_free), and
 * *info (caller releases).  DS_EQUERY on a malformed query; or the error a
 * query builder reported (xdb_q_error(): DS_ENOMEM, or what Xapian threw,
 * its message included).
 */
int qry_compile(const struct qry_env *env, const char *text,
		xdb_query **out, struct qry_info *info, struct ds_err *err);

#endif /* DS_QUERY_H */
