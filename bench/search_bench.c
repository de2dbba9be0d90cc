/*
 * search_bench.c - query latency of `dealsearch search` on the Reuters
 * index, and beside SQLite FTS5 on the same stories for the text-only
 * queries, in the same run.  Prints p50, p95 and p99.  Not a test:
 * bench/search_bench.sh builds the index and runs this.
 *
 *     search_bench DBDIR REUTERS.jsonl [ROUNDS]
 *
 * Every query runs once to warm the caches, then ROUNDS times (default
 * 50); each run is timed alone.  Three measures:
 *   - the search as the command runs it: parse, compile, search with exact
 *     totals, the top 10 with their documents and snippets, and the eight
 *     facets with exact counts (all queries);
 *   - ranking alone, on the text-only queries: our top 10 and exact total
 *     (no documents, no facets) beside FTS5's bm25 top 10
 *     (`ORDER BY rank LIMIT 10`, which scores every match);
 *   - with snippets, on the text-only queries: our top 10 with documents
 *     and snippets (no facets) beside FTS5's top 10 with snippet();
 *   - grouped by deal (all queries): the first measure's search with
 *     --group deal (one hit per deal record, each hit's record read from
 *     its stories), beside that ungrouped search in the same rounds.
 */
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fts5load.h"
#include "search.h"

static const struct {
	const char *ours;
	const char *fts;      /* the same question in FTS5, or NULL */
} queries[] = {
	/* text only: words, phrases, booleans */
	{"acquisition", "acquisition"},
	{"oil AND prices", "oil AND prices"},
	{"company OR said", "company OR said"},
	{"\"stake in\"", "\"stake in\""},
	{"merger", "merger"},
	{"tender offer", "tender AND offer"},
	{"\"tender offer\"", "\"tender offer\""},
	{"bank AND interest AND rates", "bank AND interest AND rates"},
	{"coffee OR cocoa OR sugar", "coffee OR cocoa OR sugar"},
	{"takeover NOT hostile", "takeover NOT hostile"},
	{"(gold OR silver) AND mine", "(gold OR silver) AND mine"},
	{"\"definitive agreement\"", "\"definitive agreement\""},
	{"dividend", "dividend"},
	{"shareholders AND approve", "shareholders AND approve"},
	{"opec AND output", "opec AND output"},
	{"wheat AND export", "wheat AND export"},
	/* fields, names, amounts, dates, wildcards */
	{"type:acquisition", NULL},
	{"type:acquisition AND place:CA AND >$100M", NULL},
	{"region:europe AND type:merger", NULL},
	{"acquirer:Chrysler", NULL},
	{">$1B", NULL},
	{"$10M..$50M AND type:stake", NULL},
	{"amount:>€200m", NULL},
	{"date:1987-03 AND oil", NULL},
	{"after:1987-04-01 AND merger", NULL},
	{"Japan AND bank", NULL},
	{"West Germany AND chemicals", NULL},
	{"title:acquisition", NULL},
	{"acqui*", NULL},
	{"sector:energy AND status:completed", NULL},
	{"company:Texaco", NULL},
	{"grocery AND North America AND >$30M", NULL},
};

#define NQ (ARRAY_SIZE(queries))

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double pct(double *v, size_t n, double p)
{
	qsort(v, n, sizeof(*v), cmp);
	size_t i = (size_t)(p * (double)(n - 1) + 0.5);
	return v[i];
}

/* One FTS5 query, its rows read to the end. */
static double fts_run(sqlite3_stmt *st, const char *q)
{
	double t0 = now_ms();
	sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW)
		;
	sqlite3_reset(st);
	return now_ms() - t0;
}

static void line(const char *name, double *v, size_t n)
{
	double *c = malloc(n * sizeof(*c));
	memcpy(c, v, n * sizeof(*c));
	printf("%-40s p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  (%zu runs)\n",
	       name, pct(c, n, 0.5), pct(c, n, 0.95), pct(c, n, 0.99), n);
	free(c);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: search_bench DBDIR REUTERS.jsonl "
			"[ROUNDS]\n");
		return 2;
	}
	int rounds = argc > 3 ? atoi(argv[3]) : 50;
	if (rounds < 1 || rounds > 999)
		rounds = 50;
	struct ds_err err = DS_ERR_INIT;
	struct srch *s;
	if (srch_open(argv[1], &s, &err)) {
		fprintf(stderr, "error: %s\n", err.msg);
		return 2;
	}
	sqlite3 *db;
	sqlite3_open(":memory:", &db);
	double t0 = now_ms();
	if (fts5_load(db, argv[2]) < 0) {
		fprintf(stderr, "error: cannot read '%s'\n", argv[2]);
		return 2;
	}
	printf("FTS5 table of the same stories built in %.0f ms\n",
	       now_ms() - t0);
	sqlite3_stmt *st, *sn;
	sqlite3_prepare_v2(db, "SELECT rowid, bm25(f) FROM f WHERE f MATCH ?1 "
			   "ORDER BY rank LIMIT 10", -1, &st, NULL);
	sqlite3_prepare_v2(db, "SELECT rowid, bm25(f), snippet(f, 1, '[', ']', "
			   "'...', 32) FROM f WHERE f MATCH ?1 ORDER BY rank "
			   "LIMIT 10", -1, &sn, NULL);
	size_t cap = NQ * (size_t)rounds;
	double *all = malloc(cap * sizeof(double));
	double *rank = malloc(cap * sizeof(double));
	double *frank = malloc(cap * sizeof(double));
	double *snip = malloc(cap * sizeof(double));
	double *fsnip = malloc(cap * sizeof(double));
	double *grouped = malloc(cap * sizeof(double));
	size_t nall = 0, ntext = 0;
	printf("%-40s %8s %8s %8s %8s %9s %7s\n", "query (p50 in ms)", "search",
	       "ranking", "FTS5", "snippets", "FTS5+snip", "hits");
	for (size_t q = 0; q < NQ; q++) {
		struct srch_opts full = {
			.query = queries[q].ours, .limit = 10,
			.sort = XDB_SORT_RELEVANCE, .facets = SRCH_ALL_FACETS,
		};
		struct srch_opts ranks = full, snips = full, group = full;
		group.group_deal = 1;
		ranks.facets = snips.facets = 0;
		ranks.ranks_only = 1;
		int text = queries[q].fts != NULL;
		struct srch_result r;
		uint64_t total = 0;
		size_t k = 0;
		double m[1000], a[1000], b[1000], c[1000], d[1000];
		for (int i = 0; i <= rounds && k < 1000; i++) {
			double start = now_ms();
			if (srch_run(s, &full, &r, &err)) {
				fprintf(stderr, "error: '%s': %s\n",
					queries[q].ours, err.msg);
				return 2;
			}
			double took = now_ms() - start;
			total = r.total;
			srch_result_release(&r);
			start = now_ms();
			if (srch_run(s, &group, &r, &err)) {
				fprintf(stderr, "error: '%s' grouped: %s\n",
					queries[q].ours, err.msg);
				return 2;
			}
			double gt = now_ms() - start;
			srch_result_release(&r);
			double ra = 0, rs = 0, fa = 0, fs = 0;
			if (text) {
				start = now_ms();
				srch_run(s, &ranks, &r, &err);
				ra = now_ms() - start;
				srch_result_release(&r);
				start = now_ms();
				srch_run(s, &snips, &r, &err);
				rs = now_ms() - start;
				srch_result_release(&r);
				fa = fts_run(st, queries[q].fts);
				fs = fts_run(sn, queries[q].fts);
			}
			if (i == 0)
				continue;   /* warm-up */
			grouped[nall] = gt;
			m[k] = all[nall++] = took;
			a[k] = ra;
			b[k] = fa;
			c[k] = rs;
			d[k] = fs;
			k++;
			if (text) {
				rank[ntext] = ra;
				frank[ntext] = fa;
				snip[ntext] = rs;
				fsnip[ntext++] = fs;
			}
		}
		if (text)
			printf("%-40.40s %8.3f %8.3f %8.3f %8.3f %9.3f %7llu\n",
			       queries[q].ours, pct(m, k, 0.5), pct(a, k, 0.5),
			       pct(b, k, 0.5), pct(c, k, 0.5), pct(d, k, 0.5),
			       (unsigned long long)total);
		else
			printf("%-40.40s %8.3f %8s %8s %8s %9s %7llu\n",
			       queries[q].ours, pct(m, k, 0.5), "", "", "", "",
			       (unsigned long long)total);
	}
	printf("\n%zu queries (%zu text-only), %d runs each:\n", NQ,
	       ntext / (size_t)rounds, rounds);
	line("search, all queries (8 facets)", all, nall);
	line("the same grouped by deal", grouped, nall);
	line("ranking alone, text-only", rank, ntext);
	line("FTS5 ranking, text-only", frank, ntext);
	line("top 10 with snippets, text-only", snip, ntext);
	line("FTS5 top 10 with snippet(), text-only", fsnip, ntext);
	printf("p50 ratio to FTS5 on the text-only queries: ranking %.2fx, "
	       "with snippets %.2fx\n",
	       pct(rank, ntext, 0.5) / pct(frank, ntext, 0.5),
	       pct(snip, ntext, 0.5) / pct(fsnip, ntext, 0.5));
	printf("grouped by deal against ungrouped, all queries: p50 %.2fx "
	       "(target <= 1.5x), p99 %.2fx\n",
	       pct(grouped, nall, 0.5) / pct(all, nall, 0.5),
	       pct(grouped, nall, 0.99) / pct(all, nall, 0.99));
	sqlite3_finalize(st);
	sqlite3_finalize(sn);
	sqlite3_close(db);
	srch_close(s);
	free(all);
	free(rank);
	free(frank);
	free(snip);
	free(fsnip);
	free(grouped);
	return 0;
}
