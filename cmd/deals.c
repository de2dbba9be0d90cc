/*
 * deals.c - `dealsearch deals`: the deal table; `dealsearch deal ID`: one
 * record with its timeline and coverage (searcher/deals.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ask.h"
#include "cmd.h"
#include "plain.h"
#include "schema.h"

static const char deals_usage[] =
"usage: dealsearch deals [options] [QUERY...]\n"
"\n"
"The deal table: one row per deal record whose stories match QUERY (the\n"
"query language of 'dealsearch search'), every record when there is no\n"
"QUERY.  A record gathers the stories of one deal from every outlet\n"
"(docs/QUERY.md, \"Deal records\"): its parties and their countries, type,\n"
"status, value in USD, first and last dates, stories and outlets.\n"
"\n"
"options:\n"
"  --db DIR             index folder (default as for index)\n"
"  --json               one JSON object: total and the records, each with\n"
"                       its id and its stories' ids\n"
"  --csv                CSV with a header row\n"
"  --sort KEY           relevance (default with a QUERY: the best story),\n"
"                       date (default without: latest story first) or\n"
"                       value (largest first)\n"
"  -n, --limit N        records to show (default 20; 0: the count alone)\n"
"  --offset N           skip the first N records\n"
"  --filter CLAUSE      keep only records with a story CLAUSE matches\n"
"  --allow-partial      an index of shards: leave out a shard that does not\n"
"                       answer and say so (the records lack its stories)\n"
"                       instead of failing\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    records found\n"
"  1                    none\n"
"  2                    an error\n";

static const char deal_usage[] =
"usage: dealsearch deal [options] ID\n"
"\n"
"One deal record (an id from 'dealsearch deals' or a grouped search): its\n"
"parties, value and the stories giving it, the status history with dates,\n"
"every story with its outlet, and the related records (other bids for the\n"
"same target).\n"
"\n"
"options:\n"
"  --db DIR             index folder (default as for index)\n"
"  --json               one JSON object\n"
"  --allow-partial      as for deals\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    shown\n"
"  2                    an error (no such deal)\n";

#define DEALS_MAX_LIMIT 1000000u

/*
 * What --allow-partial left out, said where the output says it: a JSON
 * object's "partial" and "missing_shards", the text's first line, or (CSV,
 * which has no place for it) a warning on stderr, as `search` does.
 */
static void partial_json(struct srch *s, json_t *j)
{
	struct buf m = BUF_INIT;
	srch_missing(s, &m);
	if (m.len) {
		json_object_set_new(j, "partial", json_true());
		json_object_set_new(j, "missing_shards", json_string(m.buf));
	}
	buf_release(&m);
}

static void partial_line(struct srch *s, FILE *out)
{
	struct buf m = BUF_INIT;
	srch_missing(s, &m);
	if (m.len) {
		fputs("partial: no answer from shard ", out);
		plain_puts(out, m.buf);
		fputs("; its stories are missing\n", out);
	}
	buf_release(&m);
}

static const char *or_dash(const char *s)
{
	return s && *s ? s : "-";
}

/*
 * "Dixons (GB) -> Cyclops (US)"; a merger's or a partnership's sides
 * "Alibaba + Kroger"; a round's company alone ("Oatside; investors ...");
 * never "? -> ?": a side nobody names is left out.
 */
static void sides_line(const struct deal_rec *d, struct buf *b)
{
	int buyer = d->acquirer || (d->target && d->type &&
				    schema_deal_has_buyer(d->type));
	if (!d->acquirer && !d->target) {
		for (size_t i = 0; i < d->ninvestors; i++)
			buf_addf(b, "%s%s", i ? " + " : "", d->investors[i]);
		if (!d->ninvestors)
			buf_addstr(b, "(no side named)");
		return;
	}
	if (buyer) {
		buf_addstr(b, d->acquirer ? d->acquirer : "?");
		if (d->acquirer_country)
			buf_addf(b, " (%s)", d->acquirer_country);
		buf_addstr(b, " -> ");
	}
	buf_addstr(b, d->target ? d->target : "?");
	if (d->target_country)
		buf_addf(b, " (%s)", d->target_country);
	if (d->seller)
		buf_addf(b, " from %s", d->seller);
	for (size_t i = 0; i < d->ninvestors; i++)
		buf_addf(b, "%s%s", i ? ", " : "; investors ", d->investors[i]);
}

static void value_cell(const struct deal_rec *d, struct buf *b)
{
	if (isnan(d->value_usd))
		buf_addstr(b, "-");
	else if (d->value_usd >= 1e9)
		buf_addf(b, "$%.2fB", d->value_usd / 1e9);
	else
		buf_addf(b, "$%.1fM", d->value_usd / 1e6);
}

static void text_row(const struct deal_rec *d, FILE *out)
{
	struct buf b = BUF_INIT;
	sides_line(d, &b);
	fprintf(out, "%s  %s, %s  ", d->id, or_dash(d->type),
		or_dash(d->status));
	plain_write(out, b.buf, b.len);
	buf_reset(&b);
	value_cell(d, &b);
	fprintf(out, "\n    %s | %.10s .. %.10s | %zu stor%s from %zu outlet%s\n",
		b.buf, or_dash(d->first), or_dash(d->last), d->unique,
		d->unique == 1 ? "y" : "ies", d->noutlets,
		d->noutlets == 1 ? "" : "s");
	buf_release(&b);
}

/* A CSV cell: quoted, a formula defused (as search's CSV does). */
static void csv(FILE *out, const char *s, int last)
{
	s = s ? s : "";
	fputc('"', out);
	if (strchr("=+-@\t\r", *s) && *s)
		fputc('\'', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputs(last ? "\"\r\n" : "\",", out);
}

static void csv_row(const struct deal_rec *d, FILE *out)
{
	char num[64];
	struct buf inv = BUF_INIT, ids = BUF_INIT;
	for (size_t i = 0; i < d->ninvestors; i++)
		buf_addf(&inv, "%s%s", i ? "; " : "", d->investors[i]);
	for (size_t i = 0; i < d->nstories; i++)
		buf_addf(&ids, "%s%s", i ? " " : "", d->stories[i].id);
	csv(out, d->id, 0);
	csv(out, d->type, 0);
	csv(out, d->status, 0);
	csv(out, d->acquirer, 0);
	csv(out, d->acquirer_country, 0);
	csv(out, d->target, 0);
	csv(out, d->target_country, 0);
	csv(out, d->seller, 0);
	csv(out, inv.buf, 0);
	if (isnan(d->value_usd))
		num[0] = 0;
	else
		snprintf(num, sizeof(num), "%.0f", d->value_usd);
	csv(out, num, 0);
	csv(out, d->value_text, 0);
	csv(out, d->first, 0);
	csv(out, d->last, 0);
	snprintf(num, sizeof(num), "%zu", d->unique);
	csv(out, num, 0);
	snprintf(num, sizeof(num), "%zu", d->noutlets);
	csv(out, num, 0);
	csv(out, ids.buf, 1);
	buf_release(&inv);
	buf_release(&ids);
}

int cmd_deals(int argc, char **argv)
{
	enum { O_DB = 256, O_JSON, O_CSV, O_SORT, O_OFFSET, O_FILTER,
	       O_PARTIAL };
	static const struct option opts[] = {
		{"db", required_argument, NULL, O_DB},
		{"allow-partial", no_argument, NULL, O_PARTIAL},
		{"json", no_argument, NULL, O_JSON},
		{"csv", no_argument, NULL, O_CSV},
		{"sort", required_argument, NULL, O_SORT},
		{"limit", required_argument, NULL, 'n'},
		{"offset", required_argument, NULL, O_OFFSET},
		{"filter", required_argument, NULL, O_FILTER},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db = NULL, *sort = NULL;
	const char *filters[CLI_MAX_FILTERS];
	size_t nfilters = 0;
	int json = 0, as_csv = 0, partial = 0, o;
	unsigned long limit = 20, offset = 0;
	char *end;
	optind = 0;
	while ((o = cmd_getopt(argc, argv, "+n:h", opts)) != -1) {
		switch (o) {
		case O_DB: db = optarg; break;
		case O_JSON: json = 1; break;
		case O_CSV: as_csv = 1; break;
		case O_PARTIAL: partial = 1; break;
		case O_SORT: sort = optarg; break;
		case 'n':
		case O_OFFSET: {
			unsigned long v = strtoul(optarg, &end, 10);
			if (!*optarg || *end || v > DEALS_MAX_LIMIT)
				return cmd_error("--%s: '%s' is not a number "
						 "from 0 to %u", o == 'n' ?
						 "limit" : "offset", optarg,
						 DEALS_MAX_LIMIT);
			if (o == 'n')
				limit = v;
			else
				offset = v;
			break;
		}
		case O_FILTER:
			if (nfilters == CLI_MAX_FILTERS)
				return cmd_error("--filter: at most %d",
						 CLI_MAX_FILTERS);
			filters[nfilters++] = optarg;
			break;
		case 'h': return cmd_usage(deals_usage, 1);
		default: return CMD_ERROR;
		}
	}
	if (json && as_csv)
		return cmd_error("--json and --csv: choose one");
	char *query = ask_join(argc, argv, optind);
	enum srch_deal_sort by = *query ? SRCH_DEALS_RELEVANCE : SRCH_DEALS_DATE;
	if (sort && !strcmp(sort, "relevance"))
		by = SRCH_DEALS_RELEVANCE;
	else if (sort && !strcmp(sort, "date"))
		by = SRCH_DEALS_DATE;
	else if (sort && !strcmp(sort, "value"))
		by = SRCH_DEALS_VALUE;
	else if (sort) {
		free(query);
		return cmd_error("--sort: '%s' is not relevance, date or value",
				 sort);
	}
	struct srch *s;
	int rc = ask_open(db, partial, &s);
	if (rc) {
		free(query);
		return rc;
	}
	struct srch_opts so = {
		.query = query, .filters = filters, .nfilters = nfilters,
		.offset = (unsigned)offset, .limit = (unsigned)limit,
	};
	struct deal_rec *recs = NULL;
	size_t n = 0;
	uint64_t total = 0;
	struct srch_result r;
	struct ds_err err = DS_ERR_INIT;
	if (srch_deals(s, &so, by, &recs, &n, &total, &r, &err)) {
		struct cli c = {0};
		memcpy(c.filter, filters, nfilters * sizeof(*filters));
		rc = ask_error(&err, &c, query, &r);
	} else if (json) {
		json_t *j = json_object(), *a = json_array();
		json_object_set_new(j, "query", json_string(query));
		json_object_set_new(j, "total", json_integer((json_int_t)total));
		for (size_t i = 0; i < n; i++)
			json_array_append_new(a, deal_to_json(&recs[i], 0));
		json_object_set_new(j, "deals", a);
		partial_json(s, j);
		json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
			   JSON_REAL_PRECISION(12));
		fputc('\n', stdout);
		json_decref(j);
	} else if (as_csv) {
		partial_line(s, stderr);
		fputs("id,type,status,acquirer,acquirer_country,target,"
		      "target_country,seller,investors,value_usd,value_text,"
		      "first,last,stories,outlets,story_ids\r\n", stdout);
		for (size_t i = 0; i < n; i++)
			csv_row(&recs[i], stdout);
	} else {
		partial_line(s, stdout);
		printf("%llu deal%s\n", (unsigned long long)total,
		       total == 1 ? "" : "s");
		for (size_t i = 0; i < n; i++)
			text_row(&recs[i], stdout);
	}
	if (!rc && !total)
		rc = CMD_PARTIAL;
	for (size_t i = 0; i < n; i++)
		deal_release(&recs[i]);
	free(recs);
	srch_close(s);
	free(query);
	if (!rc && (fflush(stdout) || ferror(stdout)))
		rc = cmd_error("cannot write the output");
	return rc;
}

int cmd_deal(int argc, char **argv)
{
	enum { O_DB = 256, O_JSON, O_PARTIAL };
	static const struct option opts[] = {
		{"db", required_argument, NULL, O_DB},
		{"json", no_argument, NULL, O_JSON},
		{"allow-partial", no_argument, NULL, O_PARTIAL},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db = NULL;
	int json = 0, partial = 0, o;
	optind = 0;
	while ((o = cmd_getopt(argc, argv, "+h", opts)) != -1) {
		switch (o) {
		case O_DB: db = optarg; break;
		case O_JSON: json = 1; break;
		case O_PARTIAL: partial = 1; break;
		case 'h': return cmd_usage(deal_usage, 1);
		default: return CMD_ERROR;
		}
	}
	if (optind + 1 != argc)
		return cmd_usage(deal_usage, 0);
	struct srch *s;
	int rc = ask_open(db, partial, &s);
	if (rc)
		return rc;
	struct deal_rec d;
	struct ds_err err = DS_ERR_INIT;
	if (srch_deal(s, argv[optind], &d, &err)) {
		srch_close(s);
		return cmd_fail(&err);
	}
	if (json) {
		json_t *j = deal_to_json(&d, 1);
		partial_json(s, j);
		json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
			   JSON_REAL_PRECISION(12));
		fputc('\n', stdout);
		json_decref(j);
	} else {
		partial_line(s, stdout);
		text_row(&d, stdout);
		if (d.value_text) {
			printf("  value: ");
			plain_puts(stdout, d.value_text);
			printf(" (%zu stor%s)\n", d.nvalue_stories,
			       d.nvalue_stories == 1 ? "y" : "ies");
		}
		printf("  timeline:\n");
		for (size_t i = 0; i < d.nhistory; i++)
			printf("    %.10s  %-10s  %s\n",
			       or_dash(d.history[i].date), d.history[i].status,
			       d.history[i].story);
		printf("  stories:\n");
		for (size_t i = 0; i < d.nstories; i++) {
			const struct deal_story *st = &d.stories[i];
			printf("    %.10s  %-14s ", or_dash(st->date), st->id);
			plain_puts(stdout, st->source);
			fputs(" | ", stdout);
			plain_puts(stdout, st->title);
			if (st->dup_of)
				printf("  (repeats %s)", st->dup_of);
			fputc('\n', stdout);
		}
		if (d.nrelated) {
			printf("  related:");
			for (size_t i = 0; i < d.nrelated; i++)
				printf(" %s", d.related[i]);
			fputc('\n', stdout);
		}
	}
	deal_release(&d);
	srch_close(s);
	if (fflush(stdout) || ferror(stdout))
		return cmd_error("cannot write the output");
	return 0;
}
