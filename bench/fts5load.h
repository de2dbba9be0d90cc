/*
 * fts5load.h - SQLite FTS5 over the same JSON lines dealsearch reads (title
 * and body, Porter stemming), the peer of the benchmarks.  Not installed.
 */
#ifndef DS_FTS5LOAD_H
#define DS_FTS5LOAD_H

#include <sqlite3.h>

/* Create table f(title, body) in db and fill it from the JSON lines at
 * path, in one transaction; the number of stories, or -1. */
long fts5_load(sqlite3 *db, const char *path);

#endif
