/*
 * compact.c - `dealsearch compact`: rewrite an index's shards with full
 * blocks, smaller and faster to search (docs/ARCHITECTURE.md,
 * "Compaction").
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd.h"
#include "shards.h"
#include "xdb.h"

static const char usage[] =
"usage: dealsearch compact [--db DIR] [-q]\n"
"\n"
"Rewrite each shard of the index with full blocks (Xapian's compaction):\n"
"the index written batch by batch keeps its blocks part empty, and a\n"
"compacted one is smaller and faster to search.  The stories, their\n"
"tags, the catalog and what saved queries have seen stay as they were.\n"
"Each shard is copied beside itself (it needs that much free space) while\n"
"its write lock is held, so no `index` may run meanwhile, and the copy\n"
"takes the shard's place in one step: a search sees the old shard or the\n"
"new one, whole.  A shard served from another host (host:port in a shard\n"
"list) is compacted there, with that host's index folder.\n"
"\n"
"options:\n"
"  --db DIR             index folder (default as for index)\n"
"  -q, --quiet          no line per shard, errors only\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    every shard compacted\n"
"  1                    some shards were not (each said why), the others\n"
"                       were\n"
"  2                    an error (no index, a bad option)\n";

/* "4108.3 MB", "812 KB" */
static void size_str(uint64_t n, char *out, size_t len)
{
	if (n >= 10000000)
		snprintf(out, len, "%.1f MB", (double)n / 1e6);
	else
		snprintf(out, len, "%.0f KB", (double)n / 1e3);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cmd_compact(int argc, char **argv)
{
	enum { O_DB = 256 };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL;
	int quiet = 0, c, rc;
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "qh", longopts)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case 'q': quiet = 1; break;
		case 'h': return cmd_usage(usage, 1);
		default: return CMD_ERROR;
		}
	}
	if (optind < argc)
		return cmd_error("'compact' takes no argument '%s'",
				 argv[optind]);
	struct shards sh;
	if ((rc = cmd_index_shards(db_opt, &sh)))
		return rc;
	struct ds_err err = DS_ERR_INIT;
	size_t failed = 0;
	uint64_t all_before = 0, all_after = 0;
	double t0 = now_s();
	for (size_t k = 0; k < sh.n; k++) {
		if (shards_is_remote(sh.spec[k])) {
			cmd_error("shard '%s' is served from another host: "
				  "compact it there", sh.spec[k]);
			failed++;
			continue;
		}
		uint64_t before, after;
		double t = now_s();
		ds_err_clear(&err);
		if (xdb_compact(sh.spec[k], &before, &after, &err)) {
			cmd_error("shard '%s' not compacted: %s", sh.spec[k],
				  err.msg);
			failed++;
			continue;
		}
		all_before += before;
		all_after += after;
		char b[32], a[32];
		size_str(before, b, sizeof(b));
		size_str(after, a, sizeof(a));
		if (!quiet)
			printf("%s: %s -> %s in %.2f s\n", sh.spec[k], b, a,
			       now_s() - t);
	}
	if (!quiet && sh.n > 1) {
		char b[32], a[32];
		size_str(all_before, b, sizeof(b));
		size_str(all_after, a, sizeof(a));
		if (failed)
			printf("%zu of %zu shards: %s -> %s in %.2f s\n",
			       sh.n - failed, sh.n, b, a, now_s() - t0);
		else
			printf("%zu shards: %s -> %s in %.2f s\n", sh.n, b, a,
			       now_s() - t0);
	}
	size_t n = sh.n;
	shards_release(&sh);
	return failed == 0 ? CMD_OK : failed < n ? CMD_PARTIAL : CMD_ERROR;
}
