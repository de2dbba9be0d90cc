/*
 * cmd_search.c - `dealsearch search` and `dealsearch saved`: ask the index
 * questions, and keep the ones asked every hour.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "plain.h"
#include "render.h"
#include "schema.h"
#include "search.h"

static const char search_usage[] =
"usage: dealsearch search [options] QUERY...\n"
"\n"
"Search the index.  The query language (docs/QUERY.md): words, \"phrases\",\n"
"prefix*, AND OR NOT -word ( ), fields (title: company: acquirer: target:\n"
"investor: person: place: region: sector: type: status: source: id:),\n"
"amounts (>$30M, $10M..$50M, amount:>EUR200m), dates (date:2017-03,\n"
"after:2017-01-01, before:2018), and names without quotes (Southeast Asia).\n"
"Example: dealsearch search 'grocery AND Southeast Asia AND >$30M'\n"
"\n"
"options:\n"
"  --db DIR             index folder (as for index)\n"
"  --json | --csv       output for programs (docs/QUERY.md, \"Output\")\n"
"  --sort KEY           relevance (default), date (newest first) or amount\n"
"                       (largest deal first)\n"
"  --limit N            hits to show (default 10, at most 1000)\n"
"  --offset N           skip the first N hits (paging)\n"
"  --facets LIST        counts to show: all (default), none, or a list of\n"
"                       type,status,region,country,sector,company,year,amount\n"
"  --filter CLAUSE      keep only the hits CLAUSE (a query of its own, such\n"
"                       as 'type:\"acquisition\"' or amount:>=30m) matches;\n"
"                       it applies to QUERY as a whole and does not change\n"
"                       scores (repeat for more; QUERY may then be left out)\n"
"  --color WHEN         auto (default: on a terminal), always, never\n"
"  -h, --help           this help\n"
"\n"
"exit status: 0 hits found, 1 no hits, 2 error (like grep)\n";

static const char saved_usage[] =
"usage: dealsearch saved add NAME QUERY... [--sort KEY] [--limit N]\n"
"                            [--facets LIST] [--replace]\n"
"       dealsearch saved list | show NAME | rm NAME\n"
"       dealsearch saved run NAME [--new] [--json|--csv] [search options]\n"
"\n"
"Saved queries, kept in the index's catalog, for scripts and alerts.\n"
"`run --new` shows only stories indexed (or changed) since the last\n"
"`run --new` of that query, then moves its watermark: an hourly job never\n"
"misses or repeats a story, even while an ingest runs.  Names: 1 to 64\n"
"letters, digits, '.', '_', '-'.  Every command takes --db DIR.\n"
"\n"
"exit status: 0 success (run: hits found), 1 no hits, 2 error\n";

enum fmt { FMT_TEXT, FMT_JSON, FMT_CSV };

#define CLI_MAX_FILTERS 16   /* as many as the search page sends */

struct cli {
	const char *db;
	enum fmt fmt;
	struct srch_opts so;
	int color;            /* -1 auto */
	int replace, new_only;
	int set_sort, set_limit, set_facets;
	char *sort_name, *facets_text;
	const char *filter[CLI_MAX_FILTERS];   /* --filter, borrowed */
};

static int parse_facets(const char *s, unsigned *mask)
{
	if (!strcmp(s, "all")) {
		*mask = SRCH_ALL_FACETS;
		return 0;
	}
	*mask = 0;
	if (!strcmp(s, "none"))
		return 0;
	while (*s) {
		const char *c = strchr(s, ',');
		size_t n = c ? (size_t)(c - s) : strlen(s);
		int f = srch_facet_find(s, n);
		if (f < 0)
			return cmd_error("unknown facet '%.*s' (type, status, "
					 "region, country, sector, company, "
					 "year, amount)", (int)n, s);
		*mask |= 1u << f;
		s += n + (c != NULL);
	}
	return 0;
}

static int parse_sort(const char *s, enum xdb_sort *out)
{
	if (!strcmp(s, "relevance"))
		*out = XDB_SORT_RELEVANCE;
	else if (!strcmp(s, "date"))
		*out = XDB_SORT_DATE;
	else if (!strcmp(s, "amount"))
		*out = XDB_SORT_AMOUNT;
	else
		return cmd_error("unknown sort '%s' (relevance, date, amount)",
				 s);
	return 0;
}

/* Options shared by search, saved add and saved run; 0 or an exit code. */
static int parse(int argc, char **argv, struct cli *c, int *first_arg)
{
	enum { O_DB = 256, O_JSON, O_CSV, O_SORT, O_LIMIT, O_OFFSET, O_FACETS,
	       O_COLOR, O_REPLACE, O_NEW, O_FILTER };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"json", no_argument, NULL, O_JSON},
		{"csv", no_argument, NULL, O_CSV},
		{"sort", required_argument, NULL, O_SORT},
		{"limit", required_argument, NULL, O_LIMIT},
		{"offset", required_argument, NULL, O_OFFSET},
		{"facets", required_argument, NULL, O_FACETS},
		{"color", required_argument, NULL, O_COLOR},
		{"replace", no_argument, NULL, O_REPLACE},
		{"new", no_argument, NULL, O_NEW},
		{"filter", required_argument, NULL, O_FILTER},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	unsigned long v;
	int o;
	c->so.limit = 10;
	c->so.facets = SRCH_ALL_FACETS;
	c->color = -1;
	optind = 1;
	while ((o = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (o) {
		case O_DB: c->db = optarg; break;
		case O_JSON: c->fmt = FMT_JSON; break;
		case O_CSV: c->fmt = FMT_CSV; break;
		case O_SORT:
			if (parse_sort(optarg, &c->so.sort))
				return CMD_ERROR;
			c->sort_name = optarg;
			c->set_sort = 1;
			break;
		case O_LIMIT:
			/* 0: the total and the facets only */
			if (!strcmp(optarg, "0"))
				v = 0;
			else if (cmd_parse_uint("--limit", optarg, 1000, &v))
				return CMD_ERROR;
			c->so.limit = (unsigned)v;
			c->set_limit = 1;
			break;
		case O_OFFSET:
			if (!strcmp(optarg, "0"))
				v = 0;
			else if (cmd_parse_uint("--offset", optarg, 1000000, &v))
				return CMD_ERROR;
			c->so.offset = (unsigned)v;
			break;
		case O_FACETS:
			if (parse_facets(optarg, &c->so.facets))
				return CMD_ERROR;
			c->facets_text = optarg;
			c->set_facets = 1;
			break;
		case O_COLOR:
			if (!strcmp(optarg, "always"))
				c->color = 1;
			else if (!strcmp(optarg, "never"))
				c->color = 0;
			else if (!strcmp(optarg, "auto"))
				c->color = -1;
			else
				return cmd_error("--color takes auto, always "
						 "or never");
			break;
		case O_REPLACE: c->replace = 1; break;
		case O_NEW: c->new_only = 1; break;
		case O_FILTER:
			if (c->so.nfilters == CLI_MAX_FILTERS)
				return cmd_error("too many --filter (at most "
						 "%d)", CLI_MAX_FILTERS);
			c->filter[c->so.nfilters++] = optarg;
			c->so.filters = c->filter;
			break;
		case 'h': return -1;
		default: return CMD_ERROR;
		}
	}
	*first_arg = optind;
	return 0;
}

/* QUERY... as one string. */
static char *join(int argc, char **argv, int from)
{
	struct buf b = BUF_INIT;
	for (int i = from; i < argc; i++) {
		if (b.len)
			buf_addch(&b, ' ');
		buf_addstr(&b, argv[i]);
	}
	return buf_detach(&b, NULL);
}

static int open_index(const char *db, struct srch **s)
{
	struct ds_err err = DS_ERR_INIT;
	struct buf dir = BUF_INIT;
	int rc = schema_db_dir(db, &dir, &err);
	if (!rc)
		rc = srch_open(dir.buf, s, &err);
	buf_release(&dir);
	return rc ? cmd_fail(&err) : 0;
}

/*
 * "error: ..." and, for a malformed query, the query (or the malformed
 * --filter) with a caret.
 */
static int query_error(const struct ds_err *err, const struct cli *c,
		       const char *query, const struct srch_result *r)
{
	size_t pos = r->error_pos;
	if (r->error_filter)
		query = c->filter[r->error_filter - 1];
	cmd_fail(err);
	if (err->code != DS_EQUERY || !query)
		return CMD_ERROR;
	size_t col = 0;
	for (size_t i = 0; i < pos && query[i]; i++)
		col += ((unsigned char)query[i] & 0xC0) != 0x80;
	fputs("  ", stderr);
	plain_puts(stderr, query);
	fprintf(stderr, "\n  %*s^\n", (int)col, "");
	return CMD_ERROR;
}

static int output(const struct cli *c, const struct srch_result *r,
		  const char *query)
{
	struct rnd_opts ro = {query, c->so.filters, c->so.nfilters,
			      c->so.offset, c->so.limit, 0};
	int rc;
	if (c->fmt == FMT_JSON) {
		rc = rnd_json(r, &ro, stdout);
	} else if (c->fmt == FMT_CSV) {
		rc = rnd_csv(r, stdout);
	} else {
		const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
		ro.color = c->color >= 0 ? c->color :
			   isatty(STDOUT_FILENO) && !(nc && *nc) &&
			   !(term && !strcmp(term, "dumb"));
		rc = rnd_text(r, &ro, stdout);
	}
	if (rc)
		return cmd_error("cannot write the results");
	return r->total ? CMD_OK : CMD_PARTIAL;
}

int cmd_search(int argc, char **argv)
{
	struct cli c = {0};
	int first, rc = parse(argc, argv, &c, &first);
	if (rc)
		return cmd_usage(search_usage, rc < 0);
	if (first == argc && !c.so.nfilters)
		return cmd_usage(search_usage, 0);
	if (c.replace || c.new_only)
		return cmd_error("--replace and --new belong to 'saved'");
	struct srch *s;
	if ((rc = open_index(c.db, &s)))
		return rc;
	char *query = join(argc, argv, first);
	struct ds_err err = DS_ERR_INIT;
	struct srch_result r;
	c.so.query = query;
	if (srch_run(s, &c.so, &r, &err))
		rc = query_error(&err, &c, query, &r);
	else
		rc = output(&c, &r, query);
	srch_result_release(&r);
	srch_close(s);
	free(query);
	return rc;
}

/* ---- saved ------------------------------------------------------------------ */

/* The stored options: {"sort": ..., "limit": ..., "facets": ...}. */
static char *options_json(const struct cli *c)
{
	json_t *o = json_object();
	if (c->set_sort)
		json_object_set_new(o, "sort", json_string(c->sort_name));
	if (c->set_limit)
		json_object_set_new(o, "limit", json_integer(c->so.limit));
	if (c->set_facets)
		json_object_set_new(o, "facets", json_string(c->facets_text));
	char *s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	return s;
}

/* Stored options apply unless the command line says otherwise. */
static int apply_options(struct cli *c, const char *options)
{
	json_t *o = json_loads(options ? options : "{}", 0, NULL);
	const char *sort = json_string_value(json_object_get(o, "sort"));
	const char *facets = json_string_value(json_object_get(o, "facets"));
	json_t *limit = json_object_get(o, "limit");
	int rc = 0;
	if (sort && !c->set_sort)
		rc = parse_sort(sort, &c->so.sort);
	if (!rc && facets && !c->set_facets)
		rc = parse_facets(facets, &c->so.facets);
	if (!rc && json_is_integer(limit) && !c->set_limit)
		c->so.limit = (unsigned)json_integer_value(limit);
	json_decref(o);
	return rc;
}

static void show(const struct cat_saved *q, int verbose)
{
	/* the name is checked (srch_saved_name_ok); the query is text */
	if (!verbose) {
		printf("%s\t", q->name);
		plain_puts(stdout, q->query);
		putchar('\n');
		return;
	}
	printf("name       %s\nquery      ", q->name);
	plain_puts(stdout, q->query);
	printf("\noptions    %s\ncreated    %s\nlast run   %s\n"
	       "watermark  batch %lld\n", q->options, q->created,
	       q->last_run ? q->last_run : "never", (long long)q->watermark);
}

int cmd_saved(int argc, char **argv)
{
	struct cli c = {0};
	int first, rc = parse(argc, argv, &c, &first);
	if (rc)
		return cmd_usage(saved_usage, rc < 0);
	if (first == argc)
		return cmd_usage(saved_usage, 0);
	const char *verb = argv[first];
	int nargs = argc - first - 1;
	char **args = argv + first + 1;
	int is_add = !strcmp(verb, "add"), is_list = !strcmp(verb, "list");
	if (!is_add && !is_list && strcmp(verb, "show") && strcmp(verb, "rm") &&
	    strcmp(verb, "run"))
		return cmd_error("unknown saved command '%s' (add, list, show, "
				 "rm, run)", verb);
	if (is_add && c.so.nfilters)
		return cmd_error("--filter belongs to 'search' and 'saved run'");
	if ((is_add && nargs < 2) || (is_list && nargs) ||
	    (!is_add && !is_list && nargs != 1))
		return cmd_usage(saved_usage, 0);
	struct srch *s;
	if ((rc = open_index(c.db, &s)))
		return rc;
	struct ds_err err = DS_ERR_INIT;
	if (is_add) {
		char *query = join(argc, argv, first + 2);
		char *opts = options_json(&c);
		struct srch_result r = {0};
		if (srch_saved_add(s, args[0], query, opts, c.replace,
				   &r.error_pos, &err))
			rc = query_error(&err, &c, query, &r);
		free(opts);
		free(query);
	} else if (is_list) {
		struct cat_saved *v;
		size_t n;
		if (srch_saved_list(s, &v, &n, &err))
			rc = cmd_fail(&err);
		for (size_t i = 0; !rc && i < n; i++)
			show(&v[i], 0);
		for (size_t i = 0; !rc && i < n; i++)
			cat_saved_release(&v[i]);
		if (!rc)
			free(v);
	} else if (!strcmp(verb, "show")) {
		struct cat_saved q;
		if ((rc = srch_saved_get(s, args[0], &q, &err)))
			rc = cmd_fail(&err);
		else
			show(&q, 1);
		cat_saved_release(&q);
	} else if (!strcmp(verb, "rm")) {
		if ((rc = srch_saved_remove(s, args[0], &err)))
			rc = cmd_fail(&err);
	} else {
		struct cat_saved q;
		struct srch_result r = {0};
		if ((rc = srch_saved_get(s, args[0], &q, &err))) {
			rc = cmd_fail(&err);
		} else if (apply_options(&c, q.options)) {
			rc = CMD_ERROR;
		} else if (srch_saved_run(s, args[0], &c.so, c.new_only, &r,
					  &err)) {
			rc = query_error(&err, &c, q.query, &r);
		} else {
			rc = output(&c, &r, q.query);
		}
		srch_result_release(&r);
		cat_saved_release(&q);
	}
	srch_close(s);
	return rc;
}
