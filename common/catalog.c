/*
 * catalog.c - the SQLite catalog (include/catalog.h).
 *
 * Tables (docs/SCHEMA.md has the full description):
 *   meta(key, value)                       schema version, applied batch
 *   articles(id, hash, origin, batch, indexed_at)
 *   journal(batch, id, op, hash, origin)   the batch being written
 *   gazetteer(seq, file, line, origin)     gazetteer lines: bundled, user
 *   paragraphs(source, id, hashes)         an article's paragraph hashes
 *                                          (8 bytes each), for
 *                                          cross-article boilerplate
 *   para_counts(source, hash, n)           articles per paragraph
 *   para_undo(source, id, hashes)          what the journal's batch
 *                                          replaced in paragraphs
 *   saved(name, query, options, created, watermark, last_run)
 */
#include "catalog.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The catalog's layout: meta 'schema', compared as a number. */
#define CAT_SCHEMA_VERSION 3
#define CAT_STR_(x) #x
#define CAT_STR(x) CAT_STR_(x)

enum stmt {
	S_LOOKUP_JOURNAL,
	S_LOOKUP_ARTICLE,
	S_JOURNAL_ADD,
	S_JOURNAL_PENDING,
	S_BATCH,
	S_COUNT,
	S_PARA_ADD,
	S_PARA_GET,
	S_PARA_COUNT,
	S_PARA_INC,
	S_PARA_DEC,
	S_PARA_DEL,
	S_UNDO_ADD,
	S_GAZ_ADD,
	S_DATA_VERSION,
	S_COUNT_MAX
};

static const char *const stmt_sql[S_COUNT_MAX] = {
	[S_LOOKUP_JOURNAL] = "SELECT op, hash FROM journal WHERE id = ?1 "
			     "ORDER BY batch DESC LIMIT 1",
	[S_LOOKUP_ARTICLE] = "SELECT hash FROM articles WHERE id = ?1",
	[S_JOURNAL_ADD] = "INSERT OR REPLACE INTO journal(batch, id, op, hash, "
			  "origin) VALUES (?1, ?2, ?3, ?4, ?5)",
	[S_JOURNAL_PENDING] = "SELECT max(batch) FROM journal",
	[S_BATCH] = "SELECT value FROM meta WHERE key = 'batch'",
	[S_COUNT] = "SELECT count(*) FROM articles",
	[S_PARA_ADD] = "INSERT OR REPLACE INTO paragraphs(source, id, hashes) "
		       "VALUES (?1, ?2, ?3)",
	[S_PARA_GET] = "SELECT hashes FROM paragraphs WHERE source = ?1 "
			 "AND id = ?2",
	[S_PARA_COUNT] = "SELECT n FROM para_counts WHERE source = ?1 AND "
			 "hash = ?2",
	[S_PARA_INC] = "INSERT INTO para_counts(source, hash, n) VALUES "
		       "(?1, ?2, 1) ON CONFLICT(source, hash) DO UPDATE SET "
		       "n = n + 1",
	[S_PARA_DEC] = "UPDATE para_counts SET n = n - 1 WHERE source = ?1 "
		       "AND hash = ?2 AND n > 0",
	[S_PARA_DEL] = "DELETE FROM paragraphs WHERE source = ?1 AND id = ?2",
	/* the first change of an article in a batch keeps what it had */
	[S_UNDO_ADD] = "INSERT OR IGNORE INTO para_undo(source, id, hashes) "
		       "VALUES (?1, ?2, ?3)",
	[S_GAZ_ADD] = "INSERT INTO gazetteer(file, line, origin) "
		      "VALUES (?1, ?2, ?3)",
	[S_DATA_VERSION] = "PRAGMA data_version",
};

/*
 * Schema 1 kept one paragraphs row per paragraph; schema 2 one per
 * article; schema 3 adds each paragraph's count of articles
 * (para_counts), so that a count is one lookup and nothing of it is held
 * in memory.  The tables only serve boilerplate detection, so older ones
 * are dropped (the next index run refills them).
 */
static const char migrate_sql[] =
	"DROP TABLE IF EXISTS paragraphs;"
	"DROP TABLE IF EXISTS para_counts;"
	"UPDATE meta SET value = '" CAT_STR(CAT_SCHEMA_VERSION) "' "
	"WHERE key = 'schema';";

static const char schema_sql[] =
	"PRAGMA journal_mode = WAL;"
	"PRAGMA synchronous = NORMAL;"
	"CREATE TABLE IF NOT EXISTS meta("
	"  key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS articles("
	"  id TEXT PRIMARY KEY,"
	"  hash TEXT NOT NULL,"
	"  origin TEXT,"
	"  batch INTEGER NOT NULL,"
	"  indexed_at TEXT NOT NULL) WITHOUT ROWID;"
	"CREATE INDEX IF NOT EXISTS articles_batch ON articles(batch);"
	"CREATE TABLE IF NOT EXISTS journal("
	"  batch INTEGER NOT NULL,"
	"  id TEXT NOT NULL,"
	"  op TEXT NOT NULL CHECK (op IN ('put', 'del')),"
	"  hash TEXT,"
	"  origin TEXT,"
	"  PRIMARY KEY (batch, id));"
	"CREATE INDEX IF NOT EXISTS journal_id ON journal(id);"
	"CREATE TABLE IF NOT EXISTS gazetteer("
	"  seq INTEGER PRIMARY KEY,"
	"  file TEXT NOT NULL,"
	"  line TEXT NOT NULL,"
	"  origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')));"
	"CREATE TABLE IF NOT EXISTS saved("
	"  name TEXT PRIMARY KEY,"
	"  query TEXT NOT NULL,"
	"  options TEXT NOT NULL DEFAULT '{}',"
	"  created TEXT NOT NULL,"
	"  watermark INTEGER NOT NULL DEFAULT 0,"
	"  last_run TEXT);"
	"CREATE TABLE IF NOT EXISTS paragraphs("
	"  source TEXT NOT NULL,"
	"  id TEXT NOT NULL,"
	"  hashes BLOB NOT NULL,"
	"  PRIMARY KEY (source, id)) WITHOUT ROWID;"
	"CREATE TABLE IF NOT EXISTS para_counts("
	"  source TEXT NOT NULL,"
	"  hash INTEGER NOT NULL,"
	"  n INTEGER NOT NULL,"
	"  PRIMARY KEY (source, hash)) WITHOUT ROWID;"
	"CREATE TABLE IF NOT EXISTS para_undo("
	"  source TEXT NOT NULL,"
	"  id TEXT NOT NULL,"
	"  hashes BLOB,"
	"  PRIMARY KEY (source, id)) WITHOUT ROWID;"
	"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', '"
	CAT_STR(CAT_SCHEMA_VERSION) "');"
	"INSERT OR IGNORE INTO meta(key, value) VALUES ('batch', '0');";

struct cat {
	sqlite3 *db;
	sqlite3_stmt *stmt[S_COUNT_MAX]; /* prepared once, reset after use */
	int in_txn;                      /* journal transaction open */
	char *path;                      /* for messages */
};

struct cat_iter {
	sqlite3_stmt *st;
	struct cat *c;
};

/* A full disk gets its own code: the user has space to free, not a bug. */
static int sql_code(struct cat *c)
{
	int sys = sqlite3_system_errno(c->db);
	return sqlite3_errcode(c->db) == SQLITE_FULL || sys == ENOSPC ||
	       sys == EDQUOT ? DS_ENOSPC : DS_ECATALOG;
}

static int sql_fail(struct cat *c, struct ds_err *err, const char *what)
{
	return ds_err_set(err, sql_code(c), "catalog '%s': %s: %s", c->path,
			  what, sqlite3_errmsg(c->db));
}

static int exec(struct cat *c, const char *sql, struct ds_err *err)
{
	char *msg = NULL;
	if (sqlite3_exec(c->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		int rc = ds_err_set(err, sql_code(c), "catalog '%s': %s",
				    c->path, msg ? msg : "error");
		sqlite3_free(msg);
		return rc;
	}
	return 0;
}

static int open_cat(const char *path, int writer, struct cat **out,
		    struct ds_err *err)
{
	*out = NULL;
	struct cat *c = xcalloc(1, sizeof(*c));
	c->path = xstrdup(path);
	/* a reader writes nothing, but WAL's shared memory needs write
	 * access to the folder's files */
	if (sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READWRITE |
			    (writer ? SQLITE_OPEN_CREATE : 0), NULL) !=
	    SQLITE_OK) {
		int rc = ds_err_set(err, DS_ECATALOG, "cannot open catalog "
				    "'%s': %s", path, c->db ?
				    sqlite3_errmsg(c->db) : "out of memory");
		cat_close(c);
		return rc;
	}
	sqlite3_busy_timeout(c->db, 10000);
	int rc = 0;
	sqlite3_stmt *v;
	if (sqlite3_prepare_v2(c->db, "SELECT value FROM meta WHERE key = "
			       "'schema'", -1, &v, NULL) == SQLITE_OK) {
		sqlite3_int64 version = sqlite3_step(v) == SQLITE_ROW ?
			sqlite3_column_int64(v, 0) : CAT_SCHEMA_VERSION;
		sqlite3_finalize(v);
		if (version > CAT_SCHEMA_VERSION)
			rc = ds_err_set(err, DS_ECATALOG, "catalog '%s' has "
					"schema %lld, newer than this program's "
					"%d: use a newer dealsearch", path,
					(long long)version, CAT_SCHEMA_VERSION);
		else if (version < CAT_SCHEMA_VERSION && writer)
			rc = exec(c, migrate_sql, err);
	} else if (!writer) {
		rc = ds_err_set(err, DS_ECATALOG, "catalog '%s' is not made "
				"yet: %s", path, sqlite3_errmsg(c->db));
	}
	if (!rc && writer)
		rc = exec(c, schema_sql, err);
	/* a reader of an older schema (the writer brings it up to date)
	 * keeps what it can prepare: a statement on a table it lacks stays
	 * NULL, and using it is an error (sqlite3_step() refuses NULL) */
	for (int i = 0; !rc && i < S_COUNT_MAX; i++)
		if (sqlite3_prepare_v3(c->db, stmt_sql[i], -1,
				       SQLITE_PREPARE_PERSISTENT, &c->stmt[i],
				       NULL) != SQLITE_OK && writer)
			rc = sql_fail(c, err, "prepare");
	if (rc) {
		cat_close(c);
		return rc;
	}
	*out = c;
	return 0;
}

int cat_open(const char *path, struct cat **out, struct ds_err *err)
{
	return open_cat(path, 1, out, err);
}

int cat_open_reader(const char *path, struct cat **out, struct ds_err *err)
{
	return open_cat(path, 0, out, err);
}

void cat_close(struct cat *c)
{
	if (!c)
		return;
	if (c->in_txn)
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
	for (int i = 0; i < S_COUNT_MAX; i++)
		sqlite3_finalize(c->stmt[i]);
	sqlite3_close(c->db);
	free(c->path);
	free(c);
}

/* Step a one-row statement; 1 with a row, 0 without, <0 on error. */
static int step_row(struct cat *c, sqlite3_stmt *st, struct ds_err *err)
{
	int s = sqlite3_step(st);
	if (s == SQLITE_ROW)
		return 1;
	if (s == SQLITE_DONE)
		return 0;
	return sql_fail(c, err, "query");
}

int cat_lookup(struct cat *c, const char *id, struct buf *hash,
	       struct ds_err *err)
{
	buf_reset(hash);
	sqlite3_stmt *st = c->stmt[S_LOOKUP_JOURNAL];
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int rc = step_row(c, st, err);
	if (rc > 0) {
		int del = !strcmp((const char *)sqlite3_column_text(st, 0), "del");
		if (!del)
			buf_addstr(hash, (const char *)sqlite3_column_text(st, 1));
		sqlite3_reset(st);
		return del ? DS_ENOTFOUND : 0;
	}
	sqlite3_reset(st);
	if (rc < 0)
		return rc;

	st = c->stmt[S_LOOKUP_ARTICLE];
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	rc = step_row(c, st, err);
	if (rc > 0)
		buf_addstr(hash, (const char *)sqlite3_column_text(st, 0));
	sqlite3_reset(st);
	if (rc < 0)
		return rc;
	return rc ? 0 : DS_ENOTFOUND;
}

/* The journal transaction, opened by the batch's first change. */
static int journal_begin(struct cat *c, struct ds_err *err)
{
	if (c->in_txn)
		return 0;
	int rc = exec(c, "BEGIN IMMEDIATE", err);
	if (!rc)
		c->in_txn = 1;
	return rc;
}

int cat_journal_add(struct cat *c, int64_t batch, enum cat_op op,
		    const char *id, const char *hash, const char *origin,
		    struct ds_err *err)
{
	int rc = journal_begin(c, err);
	if (rc)
		return rc;
	sqlite3_stmt *st = c->stmt[S_JOURNAL_ADD];
	sqlite3_bind_int64(st, 1, batch);
	sqlite3_bind_text(st, 2, id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, op == CAT_PUT ? "put" : "del", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, origin, -1, SQLITE_STATIC);
	rc = step_row(c, st, err);
	sqlite3_reset(st);
	return rc < 0 ? rc : 0;
}

int cat_journal_commit(struct cat *c, struct ds_err *err)
{
	if (!c->in_txn)
		return 0;
	c->in_txn = 0;
	return exec(c, "COMMIT", err);
}

int cat_journal_apply(struct cat *c, int64_t batch, struct ds_err *err)
{
	char sql[768];
	snprintf(sql, sizeof(sql),
		 "BEGIN IMMEDIATE;"
		 "DELETE FROM articles WHERE id IN "
		 "  (SELECT id FROM journal WHERE batch = %lld AND op = 'del');"
		 "INSERT OR REPLACE INTO articles(id, hash, origin, batch, "
		 "  indexed_at) SELECT id, hash, origin, batch, "
		 "  strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now') FROM journal "
		 "  WHERE batch = %lld AND op = 'put';"
		 "DELETE FROM journal;"
		 "DELETE FROM para_undo;"
		 "UPDATE meta SET value = '%lld' WHERE key = 'batch';"
		 "COMMIT;", (long long)batch, (long long)batch, (long long)batch);
	int rc = exec(c, sql, err);
	if (rc)
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int para_restore(struct cat *c, struct ds_err *err);

int cat_journal_discard(struct cat *c, struct ds_err *err)
{
	if (c->in_txn) {
		c->in_txn = 0;
		int rc = exec(c, "ROLLBACK", err);
		if (rc)
			return rc;
	}
	/* a durable journal's paragraphs were counted in its step 1: take
	 * them back with it, or its stories, indexed again, would each see
	 * the others' paragraphs as already printed */
	int rc = exec(c, "BEGIN IMMEDIATE", err);
	if (rc)
		return rc;
	rc = para_restore(c, err);
	if (!rc)
		rc = exec(c, "DELETE FROM para_undo; DELETE FROM journal; "
			  "COMMIT", err);
	if (rc)
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int one_int(struct cat *c, enum stmt s, int64_t *out, struct ds_err *err)
{
	sqlite3_stmt *st = c->stmt[s];
	*out = 0;
	int rc = step_row(c, st, err);
	if (rc > 0)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc < 0 ? rc : 0;
}

int cat_journal_pending(struct cat *c, int64_t *batch, struct ds_err *err)
{
	return one_int(c, S_JOURNAL_PENDING, batch, err);
}

int cat_batch(struct cat *c, int64_t *batch, struct ds_err *err)
{
	return one_int(c, S_BATCH, batch, err);
}

int cat_data_version(struct cat *c, int64_t *v, struct ds_err *err)
{
	return one_int(c, S_DATA_VERSION, v, err);
}

int cat_count(struct cat *c, uint64_t *n, struct ds_err *err)
{
	int64_t v;
	int rc = one_int(c, S_COUNT, &v, err);
	*n = (uint64_t)v;
	return rc;
}

int cat_reset(struct cat *c, struct ds_err *err)
{
	return exec(c, "DELETE FROM journal; DELETE FROM articles;"
		    "UPDATE meta SET value = '0' WHERE key = 'batch';", err);
}

int cat_iter_new(struct cat *c, struct cat_iter **out, struct ds_err *err)
{
	*out = NULL;
	struct cat_iter *it = xcalloc(1, sizeof(*it));
	it->c = c;
	if (sqlite3_prepare_v2(c->db, "SELECT id, hash FROM articles ORDER BY id",
			       -1, &it->st, NULL) != SQLITE_OK) {
		free(it);
		return sql_fail(c, err, "prepare");
	}
	*out = it;
	return 0;
}

int cat_iter_next(struct cat_iter *it, const char **id, const char **hash,
		  struct ds_err *err)
{
	int rc = step_row(it->c, it->st, err);
	if (rc > 0) {
		*id = (const char *)sqlite3_column_text(it->st, 0);
		*hash = (const char *)sqlite3_column_text(it->st, 1);
	}
	return rc;
}

void cat_iter_free(struct cat_iter *it)
{
	if (!it)
		return;
	sqlite3_finalize(it->st);
	free(it);
}

int cat_ids_after(struct cat *c, const char *after, size_t max,
		  struct buf *out, size_t *n, struct ds_err *err)
{
	sqlite3_stmt *st;
	*n = 0;
	if (sqlite3_prepare_v2(c->db, "SELECT id FROM articles WHERE id > ?1 "
			       "ORDER BY id LIMIT ?2", -1, &st, NULL) !=
	    SQLITE_OK)
		return sql_fail(c, err, "prepare");
	sqlite3_bind_text(st, 1, after, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)max);
	int rc;
	while ((rc = step_row(c, st, err)) > 0) {
		buf_add(out, sqlite3_column_text(st, 0),
			(size_t)sqlite3_column_bytes(st, 0));
		buf_addch(out, '\0');
		(*n)++;
	}
	sqlite3_finalize(st);
	return rc < 0 ? rc : 0;
}

/* ---- gazetteers ---------------------------------------------------------- */

static int gaz_insert(struct cat *c, const char *file, size_t flen,
		      const char *line, size_t llen, const char *origin,
		      struct ds_err *err)
{
	sqlite3_stmt *st = c->stmt[S_GAZ_ADD];
	sqlite3_bind_text(st, 1, file, (int)flen, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, line, (int)llen, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, origin, -1, SQLITE_STATIC);
	int rc = step_row(c, st, err);
	sqlite3_reset(st);
	return rc < 0 ? rc : 0;
}

int cat_gaz_sync(struct cat *c, const char *rec, size_t len,
		 const char *hash, int *changed, struct ds_err *err)
{
	*changed = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "SELECT value FROM meta WHERE key = "
			       "'gazetteer'", -1, &st, NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	int same = sqlite3_step(st) == SQLITE_ROW &&
		   !strcmp((const char *)sqlite3_column_text(st, 0), hash);
	sqlite3_finalize(st);
	if (same)
		return 0;
	int rc = exec(c, "BEGIN IMMEDIATE;"
		      "DELETE FROM gazetteer WHERE origin = 'bundled';", err);
	size_t i = 0;
	while (!rc && i < len) {
		const char *nl = memchr(rec + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - rec) : len;
		const char *tab = memchr(rec + i, '\t', e - i);
		if (tab)
			rc = gaz_insert(c, rec + i, (size_t)(tab - rec) - i,
					tab + 1, e - (size_t)(tab + 1 - rec),
					"bundled", err);
		i = e + 1;
	}
	if (!rc) {
		char sql[128];
		snprintf(sql, sizeof(sql), "INSERT OR REPLACE INTO meta(key, "
			 "value) VALUES ('gazetteer', '%.32s'); COMMIT;", hash);
		rc = exec(c, sql, err);
	}
	if (rc)
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
	else
		*changed = 1;
	return rc;
}

int cat_gaz_records(struct cat *c, const char *origin, struct buf *out,
		    struct ds_err *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "SELECT file, line FROM gazetteer "
			       "WHERE ?1 IS NULL OR origin = ?1 "
			       "ORDER BY origin = 'user', seq", -1, &st,
			       NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	sqlite3_bind_text(st, 1, origin, -1, SQLITE_STATIC);
	int rc;
	while ((rc = step_row(c, st, err)) > 0) {
		buf_addstr(out, (const char *)sqlite3_column_text(st, 0));
		buf_addch(out, '\t');
		buf_addstr(out, (const char *)sqlite3_column_text(st, 1));
		buf_addch(out, '\n');
	}
	sqlite3_finalize(st);
	return rc < 0 ? rc : 0;
}

int cat_gaz_add(struct cat *c, const char *file, const char *line,
		struct ds_err *err)
{
	return gaz_insert(c, file, strlen(file), line, strlen(line), "user",
			  err);
}

int cat_gaz_remove(struct cat *c, const char *file, const char *name,
		   int *removed, struct ds_err *err)
{
	sqlite3_stmt *st;
	*removed = 0;
	if (sqlite3_prepare_v2(c->db, "DELETE FROM gazetteer WHERE origin = "
			       "'user' AND file = ?1 AND (line = ?2 OR "
			       "substr(line, 1, length(?2) + 1) = ?2 || "
			       "char(9))", -1, &st, NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	int rc = step_row(c, st, err);
	if (rc >= 0)
		*removed = sqlite3_changes(c->db);
	sqlite3_finalize(st);
	return rc < 0 ? rc : 0;
}

/* ---- paragraphs ------------------------------------------------------------ */

/* Whether hashes[0..n) holds h. */
static int in_list(const uint64_t *hashes, size_t n, uint64_t h)
{
	for (size_t i = 0; i < n; i++)
		if (hashes[i] == h)
			return 1;
	return 0;
}

/* Count article-paragraph pairs up (+1) or down (-1). */
static int para_bump(struct cat *c, const char *source, uint64_t hash,
		     int up, struct ds_err *err)
{
	sqlite3_stmt *st = c->stmt[up ? S_PARA_INC : S_PARA_DEC];
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)hash);
	int rc = step_row(c, st, err);
	sqlite3_reset(st);
	return rc < 0 ? rc : 0;
}

/*
 * Make article `id`'s paragraphs hashes[0..n) where they were old[0..nold):
 * each paragraph counts once per article, new ones up, gone ones down;
 * n == 0 removes the article's row.
 */
static int para_set(struct cat *c, const char *source, const char *id,
		    const uint64_t *hashes, size_t n, const uint64_t *old,
		    size_t nold, struct ds_err *err)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < n; i++)
		if (!in_list(hashes, i, hashes[i]) &&
		    !in_list(old, nold, hashes[i]))
			rc = para_bump(c, source, hashes[i], 1, err);
	for (size_t i = 0; !rc && i < nold; i++)
		if (!in_list(old, i, old[i]) && !in_list(hashes, n, old[i]))
			rc = para_bump(c, source, old[i], 0, err);
	if (rc)
		return rc;
	sqlite3_stmt *st = c->stmt[n ? S_PARA_ADD : S_PARA_DEL];
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, id, -1, SQLITE_STATIC);
	if (n)
		sqlite3_bind_blob(st, 3, hashes, (int)(n * 8), SQLITE_STATIC);
	rc = step_row(c, st, err);
	sqlite3_reset(st);
	return rc < 0 ? rc : 0;
}

int cat_para_add(struct cat *c, const char *source, const char *id,
		 const uint64_t *hashes, size_t n, struct ds_err *err)
{
	/* in the batch's transaction: counted with the article or not
	 * at all, whenever the process stops */
	int rc = journal_begin(c, err);
	if (rc)
		return rc;
	/* what the article's previous version had: counted already */
	uint64_t *old;
	size_t nold;
	rc = cat_para_get(c, source, id, &old, &nold, err);
	if (!rc) {
		/* kept until the batch is applied, for a discard after
		 * step 1 (NULL: the article had no row) */
		sqlite3_stmt *st = c->stmt[S_UNDO_ADD];
		sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, id, -1, SQLITE_STATIC);
		if (nold)
			sqlite3_bind_blob(st, 3, old, (int)(nold * 8),
					  SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 3);
		rc = step_row(c, st, err);
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		rc = rc < 0 ? rc : 0;
	}
	if (!rc)
		rc = para_set(c, source, id, hashes, n, old, nold, err);
	free(old);
	return rc;
}

/* Put back what para_undo kept: the paragraphs before the journal's batch. */
static int para_restore(struct cat *c, struct ds_err *err)
{
	sqlite3_stmt *it;
	if (sqlite3_prepare_v2(c->db, "SELECT source, id, hashes FROM "
			       "para_undo", -1, &it, NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	int rc;
	while ((rc = step_row(c, it, err)) > 0) {
		const char *source = (const char *)sqlite3_column_text(it, 0);
		const char *id = (const char *)sqlite3_column_text(it, 1);
		size_t nwas = (size_t)sqlite3_column_bytes(it, 2) / 8;
		uint64_t *was = nwas ? xmalloc(nwas * sizeof(*was)) : NULL;
		if (nwas)
			memcpy(was, sqlite3_column_blob(it, 2), nwas * 8);
		uint64_t *now;
		size_t nnow;
		rc = cat_para_get(c, source, id, &now, &nnow, err);
		if (!rc)
			rc = para_set(c, source, id, was, nwas, now, nnow, err);
		free(was);
		free(now);
		if (rc)
			break;
	}
	sqlite3_finalize(it);
	return rc < 0 ? rc : 0;
}

int cat_para_get(struct cat *c, const char *source, const char *id,
		 uint64_t **out, size_t *n, struct ds_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = c->stmt[S_PARA_GET];
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, id, -1, SQLITE_STATIC);
	int rc = step_row(c, st, err);
	if (rc > 0 && sqlite3_column_bytes(st, 0) >= 8) {
		*n = (size_t)sqlite3_column_bytes(st, 0) / 8;
		*out = xmalloc(*n * sizeof(**out));
		memcpy(*out, sqlite3_column_blob(st, 0), *n * 8);
	}
	sqlite3_reset(st);
	return rc < 0 ? rc : 0;
}

int cat_para_count(struct cat *c, const char *source, uint64_t hash,
		   unsigned *out, struct ds_err *err)
{
	*out = 0;
	sqlite3_stmt *st = c->stmt[S_PARA_COUNT];
	sqlite3_bind_text(st, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)hash);
	int rc = step_row(c, st, err);
	if (rc > 0)
		*out = (unsigned)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc < 0 ? rc : 0;
}

/* ---- saved queries -------------------------------------------------------- */

static char *col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

static void saved_row(sqlite3_stmt *st, struct cat_saved *q)
{
	q->name = col_dup(st, 0);
	q->query = col_dup(st, 1);
	q->options = col_dup(st, 2);
	q->created = col_dup(st, 3);
	q->watermark = sqlite3_column_int64(st, 4);
	q->last_run = col_dup(st, 5);
}

void cat_saved_release(struct cat_saved *q)
{
	free(q->name);
	free(q->query);
	free(q->options);
	free(q->created);
	free(q->last_run);
	memset(q, 0, sizeof(*q));
}

int cat_saved_put(struct cat *c, const char *name, const char *query,
		  const char *options, int replace, struct ds_err *err)
{
	sqlite3_stmt *st;
	const char *sql = replace ?
		"INSERT INTO saved(name, query, options, created) VALUES "
		"(?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
		"ON CONFLICT(name) DO UPDATE SET query = ?2, options = ?3" :
		"INSERT INTO saved(name, query, options, created) VALUES "
		"(?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, query, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, options ? options : "{}", -1, SQLITE_STATIC);
	int s = sqlite3_step(st);
	sqlite3_finalize(st);
	if (s == SQLITE_CONSTRAINT)
		return ds_err_set(err, DS_EINVAL, "a saved query named '%s' "
				  "exists (use --replace)", name);
	if (s != SQLITE_DONE)
		return sql_fail(c, err, "save");
	return 0;
}

int cat_saved_get(struct cat *c, const char *name, struct cat_saved *q,
		  struct ds_err *err)
{
	sqlite3_stmt *st;
	memset(q, 0, sizeof(*q));
	if (sqlite3_prepare_v2(c->db, "SELECT name, query, options, created, "
			       "watermark, last_run FROM saved WHERE name = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	int rc = step_row(c, st, err);
	if (rc > 0)
		saved_row(st, q);
	sqlite3_finalize(st);
	if (rc == 0)
		return ds_err_set(err, DS_ENOTFOUND, "no saved query named "
				  "'%s'", name);
	return rc < 0 ? rc : 0;
}

int cat_saved_remove(struct cat *c, const char *name, struct ds_err *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "DELETE FROM saved WHERE name = ?1", -1,
			       &st, NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	int rc = step_row(c, st, err);
	int n = sqlite3_changes(c->db);
	sqlite3_finalize(st);
	if (rc < 0)
		return rc;
	return n ? 0 : ds_err_set(err, DS_ENOTFOUND, "no saved query named "
				  "'%s'", name);
}

int cat_saved_list(struct cat *c, struct cat_saved **out, size_t *n,
		   struct ds_err *err)
{
	sqlite3_stmt *st;
	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(c->db, "SELECT name, query, options, created, "
			       "watermark, last_run FROM saved ORDER BY name",
			       -1, &st, NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	int rc;
	while ((rc = step_row(c, st, err)) > 0) {
		*out = xrealloc(*out, (*n + 1) * sizeof(**out));
		saved_row(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	return rc < 0 ? rc : 0;
}

int cat_saved_advance(struct cat *c, const char *name, int64_t from,
		      int64_t to, int *moved, struct ds_err *err)
{
	sqlite3_stmt *st;
	*moved = 0;
	if (sqlite3_prepare_v2(c->db, "UPDATE saved SET watermark = ?3, "
			       "last_run = strftime('%Y-%m-%dT%H:%M:%SZ', "
			       "'now') WHERE name = ?1 AND watermark = ?2", -1,
			       &st, NULL) != SQLITE_OK)
		return sql_fail(c, err, "prepare");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, from);
	sqlite3_bind_int64(st, 3, to);
	int rc = step_row(c, st, err);
	*moved = sqlite3_changes(c->db) > 0;
	sqlite3_finalize(st);
	return rc < 0 ? rc : 0;
}
