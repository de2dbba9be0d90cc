/*
 * index.c - `dealsearch index`: add articles to the index.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "ingest.h"
#include "shards.h"
#include "schema.h"
#include "xdb.h"

static const char usage[] =
"usage: dealsearch index [options] INPUT...\n"
"       dealsearch index [options] --delete ID...\n"
"       dealsearch index [options] --retag\n"
"\n"
"Add articles to the index.  An INPUT is a file (plain text, HTML, JSON\n"
"lines, RSS or Atom), a folder (read recursively, each folder once however\n"
"many links lead to it), a pipe, an http(s) URL (a page or a feed), or -\n"
"for standard input.  Articles already indexed with the same content are\n"
"skipped; changed ones are replaced.\n"
"\n"
"options:\n"
"  --db DIR             index folder (default: $DEALSEARCH_DB, else\n"
"                       $XDG_DATA_HOME/dealsearch or ~/.local/share/dealsearch)\n"
"  --delete ID          remove the article with this id (repeatable)\n"
"  --retag              tag every indexed story again from its stored text,\n"
"                       after a gazetteer change (no inputs); a stopped\n"
"                       run resumes where it stopped; alerts see only the\n"
"                       deals that changed (exit 1: some stories failed)\n"
"  --batch N            articles per commit (default 10000; in between,\n"
"                       Xapian merges every 1000 changes, uncommitted)\n"
"  --jobs N             tag on N threads while reading and writing go on\n"
"                       (default: the number of cores, at most 64; 1 tags\n"
"                       in line); the index is the same for any N\n"
"  --shards N           keep the index as N shards in DIR (a new story goes\n"
"                       to the one its id hashes to; an index may gain\n"
"                       shards, never lose them: docs/DISTRIBUTED.md)\n"
"  --timeout S          give up a fetch, or a pipe that sends nothing,\n"
"                       after S seconds (default 30)\n"
"  --connect-timeout S  give up connecting after S seconds (default 10)\n"
"  --feed-timeout S     fetch a feed's links for S seconds in all, then\n"
"                       report the items left (default 10 x --timeout)\n"
"  --max-bytes N        refuse a document over N bytes: a fetched body, a\n"
"                       file, a JSON line (default 16 MiB)\n"
"  --no-tags            index the text only: no deal extraction (faster;\n"
"                       amount, entity and deal queries find nothing)\n"
"  --no-link            no deal records or near-duplicates: stories are\n"
"                       not grouped by deal (to measure what linking costs)\n"
"  --deal-confidence C  claim a story's deal (type:, status:, roles,\n"
"                       amounts, facets) from confidence C, 0 to 1\n"
"                       (default 0.5; docs/EXTRACTION.md); a new value\n"
"                       re-tags what the next run reads\n"
"  -q, --quiet          no progress bar\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    all inputs indexed\n"
"  1                    some inputs failed (each named on stderr)\n"
"  2                    an error: the index could not be written (the batch\n"
"                       being written is rolled back)\n"
"  128+N                stopped by signal N (SIGINT 130, SIGTERM 143, SIGHUP\n"
"                       129): what was read is committed first\n";

/* --jobs at most: each thread keeps an extractor (docs/ARCHITECTURE.md). */
#define INDEX_MAX_JOBS 64
/* --batch by default: the stories a commit makes durable; Xapian merges
 * what it holds into its tables every XDB_FLUSH_THRESHOLD changes in
 * between, uncommitted (docs/ARCHITECTURE.md). */
#define INDEX_BATCH 10000

struct ui {
	int bar;              /* draw a progress bar on stderr */
	int retag;            /* a --retag run: its own summary */
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
	cmd_report(level, origin, msg);
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

/*
 * SIGINT, SIGTERM and SIGHUP stop the run between two articles: the open
 * batch is committed, the summary printed (marked interrupted), and the
 * exit status is 128 + the signal, as a shell reports a killed command.
 * The handlers are one-shot: a second signal kills at once, which the
 * commit protocol makes as safe as any crash.
 */
static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
	stop_signal = sig;
}

static void catch_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;   /* no SA_RESTART: reads are cut short */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* What the run stored: durable changes only. */
static void summary(const struct ui *ui, const struct ingest_stats *st,
		    double seconds, const char *note)
{
	if (ui->retag) {
		printf("retagged %llu stor%s (%llu deal%s changed) in %.2f "
		       "s%s\n", (unsigned long long)st->replaced,
		       st->replaced == 1 ? "y" : "ies",
		       (unsigned long long)st->deals_changed,
		       st->deals_changed == 1 ? "" : "s", seconds, note);
		fflush(stdout);
		return;
	}
	printf("added %llu, replaced %llu, unchanged %llu, deleted %llu, "
	       "failed %llu in %.2f s%s\n", (unsigned long long)st->added,
	       (unsigned long long)st->replaced,
	       (unsigned long long)st->unchanged,
	       (unsigned long long)st->deleted, (unsigned long long)st->failed,
	       seconds, note);
	fflush(stdout);
}

/* The index could not be written (a full disk, most often). */
static int write_failed(const char *dir, const struct ds_err *err,
			uint64_t lost)
{
	return cmd_error("cannot write the index '%s': %s; %llu change%s "
			 "not committed", dir, err->msg,
			 (unsigned long long)lost, lost == 1 ? "" : "s");
}

/* xdb's last resort (xdb.h): report as above and end like a crash. */
struct fatal_ctx {
	const char *dir;
	struct ingest *ing;
	struct ui *ui;
};

static void on_xapian_fatal(void *user, const struct ds_err *err)
{
	struct fatal_ctx *f = user;
	clear_bar(f->ui);
	write_failed(f->dir, err, ingest_pending(f->ing));
	summary(f->ui, ingest_stats(f->ing), now_s() - (f->ui->t0.tv_sec +
		f->ui->t0.tv_nsec / 1e9), "");
	_exit(CMD_ERROR);
}

/*
 * The last resort while the index is closed, the run reported: a write
 * that failed (a full disk) may leave Xapian to end in std::terminate as
 * it lets go of the database.  The error was told and the summary given
 * (rc, nonzero); a close that fails after a run that did not fail is told
 * here in one line.  Either way the run ends with its status, not with an
 * abort.
 */
struct close_ctx {
	const char *dir;
	int rc;
};

static void on_close_fatal(void *user, const struct ds_err *err)
{
	const struct close_ctx *c = user;
	if (!c->rc)
		cmd_error("cannot close the index '%s': %s", c->dir, err->msg);
	_exit(c->rc ? c->rc : CMD_ERROR);
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
	       O_MAXB, O_NOTAGS, O_CONF, O_RETAG, O_NOLINK, O_SHARDS,
	       O_JOBS };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"delete", required_argument, NULL, O_DELETE},
		{"batch", required_argument, NULL, O_BATCH},
		{"jobs", required_argument, NULL, O_JOBS},
		{"shards", required_argument, NULL, O_SHARDS},
		{"timeout", required_argument, NULL, O_TIMEOUT},
		{"connect-timeout", required_argument, NULL, O_CTIMEOUT},
		{"feed-timeout", required_argument, NULL, O_FTIMEOUT},
		{"max-bytes", required_argument, NULL, O_MAXB},
		{"no-tags", no_argument, NULL, O_NOTAGS},
		{"no-link", no_argument, NULL, O_NOLINK},
		{"deal-confidence", required_argument, NULL, O_CONF},
		{"retag", no_argument, NULL, O_RETAG},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	struct ingest_opts opts = {
		.batch = INDEX_BATCH, .min_confidence = EX_DEAL_CONFIDENCE_MIN,
		.jobs = cores < 1 ? 1 : cores > INDEX_MAX_JOBS ?
			INDEX_MAX_JOBS : (unsigned)cores,
	};
	const char *db_opt = NULL;
	char **deletes = xcalloc((size_t)argc, sizeof(char *));
	int ndel = 0, quiet = 0, retag = 0, c;
	unsigned long v;
	int rc = CMD_OK;

	catch_signals();   /* first: a signal from here on ends cleanly */
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "qh", longopts)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case O_DELETE: deletes[ndel++] = optarg; break;
		case O_BATCH:
			if ((rc = cmd_parse_uint("--batch", optarg, 1000000, &v)))
				goto out;
			opts.batch = (unsigned)v;
			break;
		case O_JOBS:
			if ((rc = cmd_parse_uint("--jobs", optarg, INDEX_MAX_JOBS,
						 &v)))
				goto out;
			opts.jobs = (unsigned)v;
			break;
		case O_SHARDS:
			if ((rc = cmd_parse_uint("--shards", optarg, SHARDS_MAX, &v)))
				goto out;
			if (!v) {
				rc = cmd_error("option '--shards' wants 1 to %d, "
					       "not '0'", SHARDS_MAX);
				goto out;
			}
			opts.shards = (unsigned)v;
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
		case O_NOLINK: opts.no_link = 1; break;
		case O_CONF: {
			char *end;
			double x = strtod(optarg, &end);
			if (end == optarg || *end || !(x >= 0 && x <= 1)) {
				rc = cmd_error("option '--deal-confidence' wants a "
					       "number from 0 to 1, not '%s'",
					       optarg);
				goto out;
			}
			opts.min_confidence = x;
			break;
		}
		case O_RETAG: retag = 1; break;
		case 'q': quiet = 1; break;
		case 'h': rc = cmd_usage(usage, 1); goto out;
		default: rc = CMD_ERROR; goto out;
		}
	}
	if (retag && (optind < argc || ndel)) {
		rc = cmd_error("--retag reads no inputs: it tags the stories "
			       "the index holds");
		goto out;
	}
	if (optind == argc && !ndel && !retag) {
		rc = cmd_usage(usage, 0);
		goto out;
	}

	struct ds_err err = DS_ERR_INIT;
	struct buf dir = BUF_INIT;
	if (optind == argc) {
		/* deletions alone: from an index that is there */
		if ((rc = cmd_index_dir(db_opt, &dir))) {
			buf_release(&dir);
			goto out;
		}
	} else if (schema_db_dir(db_opt, &dir, &err)) {
		rc = cmd_fail(&err);
		goto out;
	}
	struct ui ui = { .bar = !quiet && isatty(STDERR_FILENO),
			 .retag = retag };
	clock_gettime(CLOCK_MONOTONIC, &ui.t0);
	opts.db_dir = dir.buf;
	opts.report = on_report;
	opts.progress = on_progress;
	opts.user = &ui;
	opts.stop = &stop_signal;

	struct ingest *ing;
	enum ixw_repair repaired;
	if (ingest_open(&opts, &ing, &repaired, &err)) {
		rc = cmd_error("cannot open index '%s': %s", dir.buf, err.msg);
		buf_release(&dir);
		goto out;
	}
	if (repair_note(repaired))
		fprintf(stderr, "note: '%s': %s\n", dir.buf, repair_note(repaired));
	struct fatal_ctx fc = { dir.buf, ing, &ui };
	xdb_set_fatal_hook(on_xapian_fatal, &fc);
	for (int i = optind; i < argc; i++)
		ingest_plan(ing, argv[i]);
	int fatal = retag ? ingest_retag(ing, &err) : 0;
	for (int i = 0; i < ndel && !fatal; i++)
		fatal = ingest_delete(ing, deletes[i], &err);
	for (int i = optind; i < argc && !fatal; i++)
		fatal = ingest_input(ing, argv[i], &err);
	if (fatal == DS_EINTR) {   /* keep what was read: commit it */
		ds_err_clear(&err);
		fatal = ingest_finish(ing, &err);
		if (!fatal)
			fatal = DS_EINTR;
	} else if (!fatal) {
		fatal = ingest_finish(ing, &err);
	}
	clear_bar(&ui);
	const struct ingest_stats *st = ingest_stats(ing);
	double el = now_s() - (ui.t0.tv_sec + ui.t0.tv_nsec / 1e9);
	char note[48] = "";
	if (stop_signal)
		snprintf(note, sizeof(note), " (interrupted by SIG%s)",
			 sigabbrev_np(stop_signal));
	if (fatal && fatal != DS_EINTR)
		rc = write_failed(dir.buf, &err, ingest_pending(ing));
	else if (stop_signal)
		rc = 128 + stop_signal;
	else if (st->failed)
		rc = CMD_PARTIAL;
	if (retag && st->unchanged) {
		char msg[192];
		snprintf(msg, sizeof(msg), "%llu stories indexed by an older "
			 "version were left as they are (their stored text "
			 "lacks the dateline): index their inputs again",
			 (unsigned long long)st->unchanged);
		cmd_report("warning", dir.buf, msg);
	}
	summary(&ui, st, el, note);
	struct close_ctx cc = { dir.buf, rc };
	xdb_set_fatal_hook(on_close_fatal, &cc);
	ingest_close(ing);
	xdb_set_fatal_hook(NULL, NULL);
	buf_release(&dir);
out:
	free(deletes);
	return rc;
}
