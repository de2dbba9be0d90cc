/*
 * extract.c - `dealsearch extract`: show what the tagger finds in
 * articles, for people (a readable summary) and scripts (--json).  Reads
 * inputs exactly as `index` does and writes nothing.
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "date.h"
#include "ingest.h"
#include "plain.h"
#include "schema.h"
#include "shards.h"

static const char usage[] =
"usage: dealsearch extract [options] INPUT...\n"
"\n"
"Print the tags dealsearch finds in each article of INPUT (a file, folder,\n"
"URL or - for standard input, as `dealsearch index` reads them): money\n"
"amounts, companies, people, places, countries, regions, sectors and the\n"
"deal.  Nothing is written.  The gazetteers are those of the index when\n"
"there is one (with the names users added), else the bundled ones.\n"
"\n"
"options:\n"
"  --json               one JSON object per article and line (docs/SCHEMA.md)\n"
"  --pretty             with --json: indented\n"
"  --db DIR             index whose gazetteers to use (default as for index)\n"
"  --timeout S          give up a fetch after S seconds (default 30)\n"
"  --max-bytes N        refuse a document over N bytes (default 16 MiB)\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    all inputs read\n"
"  1                    some inputs failed (each named on stderr)\n"
"  2                    an error\n";

struct out {
	int json, pretty;
	const struct gaz *g;
	unsigned long count;
};

static void on_report(void *user, const char *level, const char *origin,
		      const char *msg)
{
	(void)user;
	cmd_report(level, origin, msg);
}

static void put_json(json_t *o, const char *key, const char *v)
{
	json_object_set_new(o, key, v ? json_string(v) : json_null());
}

static int print_json(struct out *o, const struct article *a,
		      const struct tags *t)
{
	json_t *j = json_object();
	char iso[DATE_ISO_LEN];
	put_json(j, "id", a->id);
	put_json(j, "title", a->title);
	if (a->has_date)
		date_iso(a->date, iso);
	put_json(j, "date", a->has_date ? iso : NULL);
	put_json(j, "url", a->url);
	put_json(j, "source", a->source);
	put_json(j, "origin", a->origin);
	json_t *tj = tags_to_json(t, o->g, 0);
	json_object_update(j, tj);
	json_decref(tj);
	size_t flags = o->pretty ? JSON_INDENT(2) : JSON_COMPACT;
	int rc = json_dumpf(j, stdout, flags | JSON_PRESERVE_ORDER |
			    JSON_REAL_PRECISION(12));
	json_decref(j);
	putchar('\n');
	return rc ? -1 : 0;
}

static void print_amount(const struct ex_amount *x)
{
	struct buf b = BUF_INIT;
	const struct money *m = &x->m;
	plain_puts(stdout, x->text);
	if (m->flags & MONEY_RANGE) {
		if (!isnan(m->usd_low)) {
			money_format_usd(m->usd_low, &b);
			buf_addstr(&b, "-");
			money_format_usd(m->usd_high, &b);
		}
	} else if (!isnan(m->usd)) {
		money_format_usd(m->usd, &b);
	}
	printf(" = %s [%s]", b.len ? b.buf : "USD unknown",
	       ex_amount_kind_slug(x->kind));
	buf_release(&b);
}

static void print_list(const char *label, char **v, size_t n)
{
	if (!n)
		return;
	printf("  %-10s", label);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ", " : "", stdout);
		plain_puts(stdout, v[i]);
	}
	putchar('\n');
}

/* "  label     value", the value made safe to print (plain.h) */
static void print_field(const char *label, const char *v)
{
	printf("  %-10s", label);
	plain_puts(stdout, v);
	putchar('\n');
}

static int print_text(struct out *o, const struct article *a,
		      const struct tags *t)
{
	if (o->count)
		putchar('\n');
	/* everything from the article or the gazetteer is printed through
	 * plain_*(): a headline must not drive the terminal */
	plain_puts(stdout, *a->title ? a->title : "(no headline)");
	putchar('\n');
	print_field("id", a->id);
	if (a->has_date) {
		char iso[DATE_ISO_LEN];
		date_iso(a->date, iso);
		printf("  %-10s%s\n", "date", iso);
	}
	printf("  %-10s%s", "deal", ex_deal_type_slug(t->deal.type));
	if (t->deal.type != DEAL_NONE) {
		printf(", %s", ex_status_slug(t->deal.status));
		if (t->deal.rejected)
			fputs(", rejected", stdout);
		if (t->deal.acquirer ||
		    (t->deal.target && schema_deal_has_buyer(
				ex_deal_type_slug(t->deal.type)))) {
			fputs(": ", stdout);
			plain_puts(stdout, t->deal.acquirer ? t->deal.acquirer :
				   "?");
			fputs(" -> ", stdout);
			plain_puts(stdout, t->deal.target ? t->deal.target : "?");
		} else if (t->deal.target) {
			fputs(": ", stdout);
			plain_puts(stdout, t->deal.target);
		} else {
			for (size_t i = 0; i < t->deal.nparties; i++) {
				fputs(i ? " and " : ": ", stdout);
				plain_puts(stdout, t->deal.parties[i]);
			}
		}
		if (t->deal.seller) {
			fputs(" (from ", stdout);
			plain_puts(stdout, t->deal.seller);
			putchar(')');
		}
		for (size_t i = 0; i < t->deal.ninvestors; i++) {
			fputs(i ? ", " : "; investors ", stdout);
			plain_puts(stdout, t->deal.investors[i]);
		}
		if (t->deal.amount >= 0) {
			printf("; ");
			print_amount(&t->amounts[t->deal.amount]);
		}
	}
	putchar('\n');
	for (size_t i = 0; i < t->namounts; i++) {
		printf("  %-10s", i ? "" : "amounts");
		print_amount(&t->amounts[i]);
		putchar('\n');
	}
	print_list("companies", t->companies, t->ncompanies);
	print_list("people", t->people, t->npeople);
	if (t->nplaces) {
		printf("  %-10s", "places");
		for (size_t i = 0; i < t->nplaces; i++) {
			fputs(i ? ", " : "", stdout);
			plain_puts(stdout, t->places[i].name);
			fputs(" (", stdout);
			plain_puts(stdout, t->places[i].code);
			putchar(')');
		}
		putchar('\n');
	}
	if (t->ncountries) {
		printf("  %-10s", "countries");
		for (size_t i = 0; i < t->ncountries; i++)
			printf("%s%s", i ? ", " : "", t->countries[i]);
		putchar('\n');
	}
	if (t->nregions) {
		printf("  %-10s", "regions");
		for (size_t i = 0; i < t->nregions; i++) {
			fputs(i ? ", " : "", stdout);
			plain_puts(stdout, gaz_region(o->g,
						      t->regions[i])->name);
		}
		putchar('\n');
	}
	if (t->nsectors) {
		printf("  %-10s", "sectors");
		for (size_t i = 0; i < t->nsectors; i++) {
			fputs(i ? ", " : "", stdout);
			plain_puts(stdout, gaz_sector(o->g,
						      t->sectors[i])->name);
		}
		putchar('\n');
	}
	if (t->boilerplate)
		printf("  %-10s %zu paragraphs left out\n", "boilerplate",
		       t->boilerplate);
	return 0;
}

static int sink(void *user, const struct article *a, const struct tags *t)
{
	struct out *o = user;
	int rc = o->json ? print_json(o, a, t) : print_text(o, a, t);
	o->count++;
	return rc;
}

int cmd_extract(int argc, char **argv)
{
	enum { O_DB = 256, O_TIMEOUT, O_JSON, O_PRETTY, O_MAXB };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"timeout", required_argument, NULL, O_TIMEOUT},
		{"max-bytes", required_argument, NULL, O_MAXB},
		{"json", no_argument, NULL, O_JSON},
		{"pretty", no_argument, NULL, O_PRETTY},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct out o = {0};
	struct ingest_opts opts = { .batch = 1 };
	const char *db_opt = NULL;
	unsigned long v;
	int c;
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case O_JSON: o.json = 1; break;
		case O_PRETTY: o.pretty = 1; break;
		case O_TIMEOUT:
			if (cmd_parse_uint("--timeout", optarg, 86400, &v))
				return CMD_ERROR;
			opts.fetch.timeout_s = (long)v;
			break;
		case O_MAXB:
			if (cmd_parse_uint("--max-bytes", optarg, 1ul << 31, &v))
				return CMD_ERROR;
			opts.fetch.max_bytes = v;
			break;
		case 'h': return cmd_usage(usage, 1);
		default: return CMD_ERROR;
		}
	}
	if (optind == argc)
		return cmd_usage(usage, 0);

	struct ds_err err = DS_ERR_INIT;
	struct buf dir = BUF_INIT;
	if (schema_db_dir(db_opt, &dir, &err) == 0) {
		struct buf cat = BUF_INIT;
		struct shards sh;
		if (shards_read(dir.buf, &sh, &err) == 0) {
			buf_addstr(&cat, sh.catalog);
			shards_release(&sh);
		}
		if (access(cat.buf, F_OK) == 0)
			opts.db_dir = dir.buf;
		else if (db_opt) {
			cmd_no_index(dir.buf);
			buf_release(&cat);
			buf_release(&dir);
			return CMD_ERROR;
		}
		buf_release(&cat);
	}
	ds_err_clear(&err);
	opts.report = on_report;
	opts.sink = sink;
	opts.user = &o;
	struct ingest *ing;
	enum ixw_repair repair;
	if (ingest_open(&opts, &ing, &repair, &err)) {
		buf_release(&dir);
		return cmd_fail(&err);
	}
	o.g = ingest_gazetteer(ing);
	int rc = 0;
	for (int i = optind; i < argc && !rc; i++)
		rc = ingest_input(ing, argv[i], &err);
	const struct ingest_stats *st = ingest_stats(ing);
	int failed = st->failed > 0;
	ingest_close(ing);
	buf_release(&dir);
	if (rc)
		return cmd_fail(&err);
	return failed ? CMD_PARTIAL : CMD_OK;
}
