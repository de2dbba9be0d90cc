/*
 * cmd_index.c - `dealsearch index`: add articles to the index.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "ingest.h"
#include "schema.h"

static const char usage[] =
"usage: dealsearch index [options] INPUT...\n"
"       dealsearch index [options] --delete ID...\n"
"\n"
"Add articles to the index.  An INPUT is a file (plain text, HTML, JSON\n"
"lines, RSS or Atom), a folder (read recursively), an http(s) URL (a page or\n"
"a feed), or - for JSON lines on standard input.  Articles already indexed\n"
"with the same content are skipped; changed ones are replaced.\n"
"\n"
"options:\n"
"  --db DIR             index folder (default: $DEALSEARCH_DB, else\n"
"                       $XDG_DATA_HOME/dealsearch or ~/.local/share/dealsearch)\n"
"  --delete ID          remove the article with this id (repeatable)\n"
"  --batch N            articles per commit (default 2000)\n"
"  --timeout S          give up a fetch after S seconds (default 30)\n"
"  --connect-timeout S  give up connecting after S seconds (default 10)\n"
"  --feed-timeout S     fetch a feed's links for S seconds in all, then\n"
"                       report the items left (default 10 x --timeout)\n"
"  --max-bytes N        refuse fetched bodies over N bytes (default 16 MiB)\n"
"  --no-tags            index the text only: no deal extraction (faster;\n"
"                       amount, entity and deal queries find nothing)\n"
"  -q, --quiet          no progress bar\n"
"  -h, --help           this help\n"
"\n"
"exit status: 0 all inputs indexed, 1 some inputs failed, 2 error\n";

struct ui {
	int bar;              /* draw a progress bar on stderr */
	int drawn;            /* a bar is on screen */
	struct timespec t0;
	double last_draw;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void clear_bar(struct ui *ui)
{
	if (ui->drawn) {
		fputs("\r\033[K", stderr);
		ui->drawn = 0;
	}
}

static void on_report(void *user, const char *level, const char *origin,
		      const char *msg)
{
	struct ui *ui = user;
	clear_bar(ui);
	fprintf(stderr, "%s: '%s': %s\n", level, origin, msg);
}

static void on_progress(void *user, const struct ingest_stats *st)
{
	struct ui *ui = user;
	if (!ui->bar)
		return;
	double t = now_s(), el = t - (ui->t0.tv_sec + ui->t0.tv_nsec / 1e9);
	if (t - ui->last_draw < 0.1)
		return;
	ui->last_draw = t;
	uint64_t n = st->added + st->replaced + st->unchanged + st->failed;
	double frac = st->total_bytes ? (double)st->done_bytes / st->total_bytes : 0;
	if (frac > 1)
		frac = 1;
	char bar[31];
	int fill = (int)(frac * 30);
	for (int i = 0; i < 30; i++)
		bar[i] = i < fill ? '#' : '-';
	bar[30] = '\0';
	double rate = el > 0 ? n / el : 0;
	fprintf(stderr, "\r[%s] %3.0f%% %llu articles  %.0f/s", bar, frac * 100,
		(unsigned long long)n, rate);
	if (frac > 0.01 && frac < 1)
		fprintf(stderr, "  ETA %.0f s", el / frac - el);
	fputs("\033[K", stderr);
	ui->drawn = 1;
}

static const char *repair_note(enum ixw_repair r)
{
	switch (r) {
	case IXW_ROLLED_FORWARD:
		return "finished the batch an interrupted run had committed";
	case IXW_ROLLED_BACK:
		return "discarded the batch an interrupted run left unfinished";
	case IXW_REBUILT:
		return "catalog disagreed with the index and was rebuilt from it";
	default:
		return NULL;
	}
}

int cmd_index(int argc, char **argv)
{
	enum { O_DB = 256, O_DELETE, O_BATCH, O_TIMEOUT, O_CTIMEOUT, O_FTIMEOUT,
	       O_MAXB, O_NOTAGS };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"delete", required_argument, NULL, O_DELETE},
		{"batch", required_argument, NULL, O_BATCH},
		{"timeout", required_argument, NULL, O_TIMEOUT},
		{"connect-timeout", required_argument, NULL, O_CTIMEOUT},
		{"feed-timeout", required_argument, NULL, O_FTIMEOUT},
		{"max-bytes", required_argument, NULL, O_MAXB},
		{"no-tags", no_argument, NULL, O_NOTAGS},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct ingest_opts opts = { .batch = 2000 };
	const char *db_opt = NULL;
	char **deletes = xcalloc((size_t)argc, sizeof(char *));
	int ndel = 0, quiet = 0, c;
	unsigned long v;
	int rc = CMD_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case O_DELETE: deletes[ndel++] = optarg; break;
		case O_BATCH:
			if ((rc = cmd_parse_uint("--batch", optarg, 1000000, &v)))
				goto out;
			opts.batch = (unsigned)v;
			break;
		case O_TIMEOUT:
			if ((rc = cmd_parse_uint("--timeout", optarg, 86400, &v)))
				goto out;
			opts.fetch.timeout_s = (long)v;
			break;
		case O_CTIMEOUT:
			if ((rc = cmd_parse_uint("--connect-timeout", optarg, 86400, &v)))
				goto out;
			opts.fetch.connect_timeout_s = (long)v;
			break;
		case O_FTIMEOUT:
			if ((rc = cmd_parse_uint("--feed-timeout", optarg, 86400 * 7, &v)))
				goto out;
			opts.fetch.budget_s = (long)v;
			break;
		case O_MAXB:
			if ((rc = cmd_parse_uint("--max-bytes", optarg, 1ul << 31, &v)))
				goto out;
			opts.fetch.max_bytes = v;
			break;
		case O_NOTAGS: opts.no_tags = 1; break;
		case 'q': quiet = 1; break;
		case 'h': rc = cmd_usage(usage, 1); goto out;
		default: rc = cmd_usage(usage, 0); goto out;
		}
	}
	if (optind == argc && !ndel) {
		rc = cmd_usage(usage, 0);
		goto out;
	}

	struct ds_err err = DS_ERR_INIT;
	struct buf dir = BUF_INIT;
	if (schema_db_dir(db_opt, &dir, &err)) {
		rc = cmd_fail(&err);
		goto out;
	}
	struct ui ui = { .bar = !quiet && isatty(STDERR_FILENO) };
	clock_gettime(CLOCK_MONOTONIC, &ui.t0);
	opts.db_dir = dir.buf;
	opts.report = on_report;
	opts.progress = on_progress;
	opts.user = &ui;

	struct ingest *ing;
	enum ixw_repair repaired;
	if (ingest_open(&opts, &ing, &repaired, &err)) {
		rc = cmd_error("cannot open index '%s': %s", dir.buf, err.msg);
		buf_release(&dir);
		goto out;
	}
	if (repair_note(repaired))
		fprintf(stderr, "note: '%s': %s\n", dir.buf, repair_note(repaired));
	for (int i = optind; i < argc; i++)
		ingest_plan(ing, argv[i]);
	int fatal = 0;
	for (int i = 0; i < ndel && !fatal; i++)
		fatal = ingest_delete(ing, deletes[i], &err);
	for (int i = optind; i < argc && !fatal; i++)
		fatal = ingest_input(ing, argv[i], &err);
	if (!fatal)
		fatal = ingest_finish(ing, &err);
	clear_bar(&ui);
	const struct ingest_stats *st = ingest_stats(ing);
	double el = now_s() - (ui.t0.tv_sec + ui.t0.tv_nsec / 1e9);
	printf("added %llu, replaced %llu, unchanged %llu, deleted %llu, "
	       "failed %llu in %.2f s\n", (unsigned long long)st->added,
	       (unsigned long long)st->replaced,
	       (unsigned long long)st->unchanged,
	       (unsigned long long)st->deleted, (unsigned long long)st->failed,
	       el);
	if (fatal)
		rc = cmd_fail(&err);
	else if (st->failed)
		rc = CMD_PARTIAL;
	ingest_close(ing);
	buf_release(&dir);
out:
	free(deletes);
	return rc;
}
