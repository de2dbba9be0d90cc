/*
 * ask.h - what `search` and `saved` share: their options, opening the
 * index, reporting a malformed query, and writing results.
 *
 * Contract: every function returns 0 or an exit status (cmd.h) after
 * printing its one-line message; ask_parse() returns -1 when --help was
 * asked.
 */
#ifndef DS_ASK_H
#define DS_ASK_H

#include "search.h"

enum fmt { FMT_TEXT, FMT_JSON, FMT_JSONL, FMT_CSV };

#define CLI_MAX_FILTERS 16   /* as many as the search page sends */
#define ASK_MAX_LIMIT 1000   /* hits a page shows at most (--limit) */
#define ASK_MAX_OFFSET 1000000


struct cli {
	const char *db;
	enum fmt fmt;
	struct srch_opts so;
	int color;            /* -1 auto */
	int quiet;            /* -q: text shows the hits alone */
	int replace, new_only;
	int allow_partial;    /* --allow-partial */
	int set_sort, set_limit, set_facets;
	char *sort_name, *facets_text;
	const char *filter[CLI_MAX_FILTERS];   /* --filter, borrowed */
};

/*
 * The --help lines of the options search and saved share (cmd.h's layout:
 * the option at column 2, what it does at column 23).
 */
#define ASK_OPTIONS_HELP                                                    \
"  --db DIR             index folder (default as for index)\n"              \
"  --json               one JSON object (docs/QUERY.md, \"Output\")\n"      \
"  --jsonl              the hits alone, one JSON object a line\n"           \
"  --csv                CSV with a header row (docs/QUERY.md, \"Output\")\n" \
"  -q, --quiet          the hits alone: no summary line, no facets\n"       \
"  --sort KEY           relevance (default), date (newest first) or amount\n"\
"                       (largest deal first)\n"                             \
"  -n, --limit N        hits to show, 0 to 1000 (default 10; 0: the counts\n"\
"                       alone)\n"                                           \
"  --offset N           skip the first N hits (paging), 0 to 1000000\n"    \
"  --facets LIST        counts to show: all (default), none, or a list of\n"\
"                       type,status,region,country,sector,company,year,\n"  \
"                       amount\n"                                           \
"  --filter CLAUSE      keep only the hits CLAUSE (a query of its own, such\n"\
"                       as 'type:\"acquisition\"' or amount:>=30m) matches;\n"\
"                       it applies to QUERY as a whole and does not change\n"\
"                       scores (repeat for more; QUERY may then be left\n"   \
"                       out)\n"                                             \
"  --group deal|story   deal: one hit per deal record, with its stories\n"\
"                       and status history (facets still count stories);\n"\
"                       story (default): every story\n"                    \
"  --color WHEN         auto (default: on a terminal), always, never\n"\
"  --count-limit N      facets and total exact up to N matching stories\n"\
"                       (default 10000; 0: always), beyond estimated from\n"\
"                       a sample of about N (the ranking stays exact)\n"\
"  --allow-partial      an index of shards: a shard that does not answer\n"\
"                       is left out and the results say so (default: an\n"\
"                       error naming it)\n"

/* Options shared by search, saved add and saved run. */
int ask_parse(int argc, char **argv, struct cli *c, int *first_arg);
int ask_parse_sort(const char *s, enum xdb_sort *out);
int ask_parse_facets(const char *s, unsigned *mask);
/* QUERY... (argv[from..]) as one string; caller frees. */
char *ask_join(int argc, char **argv, int from);
/* Open the index that --db (or $DEALSEARCH_DB) names. */
int ask_open(const char *db, int allow_partial, struct srch **s);
/*
 * "error: ..." and, for a malformed query, the query (or the malformed
 * --filter) with a caret.
 */
int ask_error(const struct ds_err *err, const struct cli *c,
	      const char *query, const struct srch_result *r);
/* The results in c's format; 0 hits found, 1 none, 2 a write error. */
int ask_output(const struct cli *c, const struct srch_result *r,
	       const char *query);

#endif /* DS_ASK_H */
