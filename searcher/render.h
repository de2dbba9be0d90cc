/*
 * render.h - search results for people and programs: a terminal layout,
 * one JSON object, CSV.
 *
 * Contract:
 *   - rnd_json_result() builds the JSON object `search --json` prints and
 *     the CGI's ?format=json returns (docs/QUERY.md, "Output"): query,
 *     filters, total, offset, limit, took_ms, hits, facets.  Field names are
 *     stable: scripts depend on them.  A query with an amount condition
 *     gives each hit "matched_amount"; any other query none.  A saved
 *     query's --new run gives each hit its "alert" (search.h), the text a
 *     line and CSV a last column, `alert`; any other run neither.
 *   - rnd_text() colours (bold headlines and matched words) only when told
 *     to; the caller decides (a terminal, and NO_COLOR unset).
 *   - rnd_jsonl() writes the hits alone, one compact object per line, each
 *     the object `hits` holds in rnd_json_result() (for logs and alerts:
 *     every line the same shape, no summary).
 *   - rnd_csv() writes RFC 4180 CSV with a header row, the same for every
 *     query (docs/QUERY.md): the deal, the matched amount (empty cells
 *     without an amount condition), the lists joined with "; ", the
 *     snippet.
 *   - Renderers only read the result; they never touch the index.
 */
#ifndef DS_RENDER_H
#define DS_RENDER_H

#include <jansson.h>
#include <stdio.h>

#include "search.h"

struct rnd_opts {
	const char *query;
	const char *const *filters;  /* srch_opts' filters */
	size_t nfilters;
	unsigned offset, limit;
	int color;
	int quiet;                   /* rnd_text: the hits alone, no summary
					line and no facets (`-q`) */
};

/* New reference; caller decrefs. */
json_t *rnd_json_result(const struct srch_result *r, const struct rnd_opts *o);
/* One hit as JSON (new reference): id, title, date, ..., deal summary. */
json_t *rnd_json_hit(const struct srch_hit *h);

int rnd_json(const struct srch_result *r, const struct rnd_opts *o, FILE *out);
int rnd_jsonl(const struct srch_result *r, FILE *out);
int rnd_csv(const struct srch_result *r, FILE *out);
int rnd_text(const struct srch_result *r, const struct rnd_opts *o, FILE *out);

/*
 * OUT: the deal in one line: "acquisition, in-talks: Lazada -> Redmart;
 * $30-40 million ($30M-$40M)", or "" without a deal.
 */
void rnd_deal_line(json_t *tags, struct buf *out);
/* "; seller Y; investors A, B" of a deal (the JSON "deal"), what a deal
 * line adds after its sides; nothing when it names neither. */
void rnd_deal_others(json_t *deal, struct buf *out);
/* "3 stories from 2 outlets; in-talks 1987-03-02 -> agreed 1987-03-20
 * [d3f9a01c2b7e4]": a grouped hit's deal record on one line (nothing for
 * NULL). */
void rnd_deal_record_line(const struct deal_rec *d, struct buf *out);

/*
 * OUT: the amount a hit met the query's amount conditions by, in one line:
 * "$50 million ($50M, deal)", "EUR 200 million ($216M-$220M, funding)",
 * or the USD figure alone ("$2B") when the index does not keep its
 * words; "" for NULL (no amount condition, or none met).
 */
void rnd_matched_line(const struct srch_amount *m, struct buf *out);

/*
 * OUT: a hit's alert (srch_hit.alert) in one line: "new", or "changed:
 * status in-talks -> agreed; amount none -> $50 million; text edited";
 * "" for NULL.
 */
void rnd_alert_line(json_t *alert, struct buf *out);

#endif /* DS_RENDER_H */
