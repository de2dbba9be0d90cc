/*
 * fts5_index.c - build an SQLite FTS5 index on disk from JSON lines, the
 * peer of `dealsearch index` in bench/scale_bench.sh.
 *
 *     fts5_index DB.sqlite STORIES.jsonl
 */
#include <stdio.h>

#include "fts5load.h"

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: fts5_index DB.sqlite STORIES.jsonl\n");
		return 2;
	}
	sqlite3 *db;
	if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
		fprintf(stderr, "error: cannot open '%s'\n", argv[1]);
		return 2;
	}
	sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = "
		     "NORMAL", NULL, NULL, NULL);
	long n = fts5_load(db, argv[2]);
	sqlite3_close(db);
	if (n < 0) {
		fprintf(stderr, "error: cannot index '%s'\n", argv[2]);
		return 2;
	}
	printf("%ld stories\n", n);
	return 0;
}
