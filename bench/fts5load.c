/*
 * fts5load.c - SQLite FTS5 over the same JSON lines (fts5load.h).
 */
#include "fts5load.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

long fts5_load(sqlite3 *db, const char *path)
{
	FILE *fp = fopen(path, "r");
	if (!fp)
		return -1;
	sqlite3_stmt *st = NULL;
	if (sqlite3_exec(db, "CREATE VIRTUAL TABLE f USING fts5(title, body, "
			 "tokenize = 'porter unicode61'); BEGIN", NULL, NULL,
			 NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO f(title, body) VALUES (?1, ?2)",
			       -1, &st, NULL) != SQLITE_OK) {
		fclose(fp);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long stories = 0;
	while ((n = getline(&line, &cap, fp)) > 0) {
		json_t *o = json_loadb(line, (size_t)n, 0, NULL);
		const char *t = json_string_value(json_object_get(o, "title"));
		const char *b = json_string_value(json_object_get(o, "body"));
		sqlite3_bind_text(st, 1, t ? t : "", -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, b ? b : "", -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_DONE)
			stories++;
		sqlite3_reset(st);
		json_decref(o);
	}
	sqlite3_finalize(st);
	int ok = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
	free(line);
	fclose(fp);
	return ok ? stories : -1;
}
