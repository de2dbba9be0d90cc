/*
 * ask.c - the options and output `search` and `saved` share (ask.h).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ask.h"
#include "cmd.h"
#include "plain.h"
#include "render.h"
#include "schema.h"

int ask_parse_facets(const char *s, unsigned *mask)
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

int ask_parse_sort(const char *s, enum xdb_sort *out)
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

/* One output format: a second one is a mistake, not the last one wins. */
static int set_format(struct cli *c, enum fmt f)
{
	static const char *const names[] = {
		[FMT_TEXT] = "", [FMT_JSON] = "--json", [FMT_JSONL] = "--jsonl",
		[FMT_CSV] = "--csv",
	};
	if (c->fmt != FMT_TEXT && c->fmt != f)
		return cmd_error("%s and %s cannot be used together",
				 names[c->fmt], names[f]);
	c->fmt = f;
	return 0;
}

int ask_parse(int argc, char **argv, struct cli *c, int *first_arg)
{
	enum { O_DB = 256, O_JSON, O_JSONL, O_CSV, O_SORT, O_OFFSET, O_FACETS,
	       O_COLOR, O_REPLACE, O_NEW, O_FILTER, O_GROUP, O_PARTIAL,
	       O_COUNT };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"json", no_argument, NULL, O_JSON},
		{"jsonl", no_argument, NULL, O_JSONL},
		{"csv", no_argument, NULL, O_CSV},
		{"sort", required_argument, NULL, O_SORT},
		{"limit", required_argument, NULL, 'n'},
		{"offset", required_argument, NULL, O_OFFSET},
		{"facets", required_argument, NULL, O_FACETS},
		{"color", required_argument, NULL, O_COLOR},
		{"replace", no_argument, NULL, O_REPLACE},
		{"new", no_argument, NULL, O_NEW},
		{"filter", required_argument, NULL, O_FILTER},
		{"group", required_argument, NULL, O_GROUP},
		{"by", required_argument, NULL, O_GROUP},
		{"allow-partial", no_argument, NULL, O_PARTIAL},
		{"count-limit", required_argument, NULL, O_COUNT},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	unsigned long v;
	int o;
	c->so.limit = 10;
	c->so.facets = SRCH_ALL_FACETS;
	c->color = -1;
	optind = 0;
	while ((o = cmd_getopt(argc, argv, "hn:q", longopts)) != -1) {
		switch (o) {
		case O_DB: c->db = optarg; break;
		case O_JSON:
		case O_JSONL:
		case O_CSV:
			if (set_format(c, o == O_JSON ? FMT_JSON :
					  o == O_JSONL ? FMT_JSONL : FMT_CSV))
				return CMD_ERROR;
			break;
		case O_SORT:
			if (ask_parse_sort(optarg, &c->so.sort))
				return CMD_ERROR;
			c->sort_name = optarg;
			c->set_sort = 1;
			break;
		case 'n':
			/* 0: the total and the facets only */
			if (cmd_parse_range("--limit", optarg, 0, ASK_MAX_LIMIT,
					    &v))
				return CMD_ERROR;
			c->so.limit = (unsigned)v;
			c->set_limit = 1;
			break;
		case O_OFFSET:
			if (cmd_parse_range("--offset", optarg, 0,
					    ASK_MAX_OFFSET, &v))
				return CMD_ERROR;
			c->so.offset = (unsigned)v;
			break;
		case O_FACETS:
			if (ask_parse_facets(optarg, &c->so.facets))
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
		case 'q': c->quiet = 1; break;
		case O_GROUP:
			if (strcmp(optarg, "deal") && strcmp(optarg, "story"))
				return cmd_error("--group: '%s' is not deal "
						 "or story", optarg);
			c->so.group_deal = !strcmp(optarg, "deal");
			break;
		case O_REPLACE: c->replace = 1; break;
		case O_PARTIAL: c->allow_partial = 1; break;
		case O_COUNT:
			if (cmd_parse_range("--count-limit", optarg, 0,
					    100000000, &v))
				return CMD_ERROR;
			c->so.count_limit = v ? (unsigned)v : SRCH_COUNT_ALL;
			break;
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

char *ask_join(int argc, char **argv, int from)
{
	struct buf b = BUF_INIT;
	for (int i = from; i < argc; i++) {
		if (b.len)
			buf_addch(&b, ' ');
		buf_addstr(&b, argv[i]);
	}
	return buf_detach(&b, NULL);
}

int ask_open(const char *db, int allow_partial, struct srch **s)
{
	struct ds_err err = DS_ERR_INIT;
	struct buf dir = BUF_INIT;
	int rc = cmd_index_dir(db, &dir);
	if (!rc && srch_open_set(dir.buf, allow_partial, s, &err))
		rc = cmd_fail(&err);
	buf_release(&dir);
	return rc;
}

int ask_error(const struct ds_err *err, const struct cli *c,
		       const char *query, const struct srch_result *r)
{
	size_t pos = r->error_pos;
	if (r->error_filter)
		query = c->filter[r->error_filter - 1];
	cmd_fail(err);
	if (err->code != DS_EQUERY || !query)
		return CMD_ERROR;
	size_t col = plain_column(query, pos);
	fputs("  ", stderr);
	plain_puts(stderr, query);
	fprintf(stderr, "\n  %*s^\n", (int)col, "");
	return CMD_ERROR;
}

int ask_output(const struct cli *c, const struct srch_result *r,
		  const char *query)
{
	struct rnd_opts ro = {.query = query, .filters = c->so.filters,
			      .nfilters = c->so.nfilters,
			      .offset = c->so.offset, .limit = c->so.limit,
			      .quiet = c->quiet};
	int rc;
	if (c->fmt == FMT_JSON) {
		rc = rnd_json(r, &ro, stdout);
	} else if (c->fmt == FMT_JSONL) {
		rc = rnd_jsonl(r, stdout);
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
