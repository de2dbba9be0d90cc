/*
 * shards.h - where an index's parts are: its shards and its catalog
 * (docs/DISTRIBUTED.md).
 *
 * Contract:
 *   - An index given to --db is one of:
 *       a folder without a SCHEMA_SHARDS_FILE: one shard, the folder's
 *         SCHEMA_XAPIAN_DIR (every index made before shards were);
 *       a folder with one: the shards it lists, in its order (written by
 *         `index --shards N`: "xapian", "xapian.1", ...);
 *       a shard list file: the same format anywhere, its shards local
 *         paths (relative ones from the file's folder) or "host:port"
 *         (a shard served by xapian-tcpsrv, read-only).
 *     The catalog (SQLite) is SCHEMA_CATALOG_FILE in the folder, or in the
 *     list file's folder: one per index, whatever its shards.
 *   - A list file: one shard a line; blank lines and lines starting with
 *     '#' are skipped; surrounding blanks are trimmed.  An empty list, a
 *     line over SHARDS_LINE_MAX bytes or the same shard twice is an error
 *     naming the file and the line.
 *   - The shard order is the index's: a writer puts a new story in the
 *     shard its id hashes to (xdb.h), so the list of a written index only
 *     grows (shards_make()).
 *   - Depends on buf.h, err.h.
 */
#ifndef DS_SHARDS_H
#define DS_SHARDS_H

#include <stddef.h>

#include "buf.h"
#include "err.h"

#define SCHEMA_SHARDS_FILE "shards"
#define SHARDS_LINE_MAX 1024
/* The most shards an index may have. */
#define SHARDS_MAX 256

struct shards {
	char **spec;          /* each shard: a path or "host:port" (owned) */
	size_t n;
	char *catalog;        /* the catalog's path (owned) */
	size_t nremote;       /* how many are "host:port" */
};

/* OUT: the parts of the index `db` (see the contract); DS_EFORMAT for a
 * bad list, DS_EIO for one that cannot be read.  Release with
 * shards_release(). */
int shards_read(const char *db, struct shards *out, struct ds_err *err);

/*
 * OUT: the parts of the index in folder `dir` for writing, with `n`
 * shards when n > 0: an index with fewer gets the new ones listed (its
 * stories stay where they are); DS_EINVAL for fewer than it has, more
 * than SHARDS_MAX, or a list naming a remote shard.
 */
int shards_make(const char *dir, unsigned n, struct shards *out,
		struct ds_err *err);

/* Whether `db` is an index: a folder with a shard, or a list file. */
int shards_exist(const char *db);

/* Whether spec is "host:port" (a remote shard). */
int shards_is_remote(const char *spec);

void shards_release(struct shards *s);

#endif /* DS_SHARDS_H */
