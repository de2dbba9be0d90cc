/*
 * smap.h - a string-to-integer hash map.
 *
 * Contract:
 *   - Keys are byte strings (any bytes, given with their length); the map
 *     keeps its own copy.  Values are non-negative ints, typically indexes
 *     into a caller's array.
 *   - smap_put() replaces the value of an existing key: the last put wins.
 *   - Open addressing with linear probing over xxHash3 hashes; the table
 *     doubles at half full, so a lookup probes few slots (16 bytes each).
 *     Keys take at most 4 GB in all.  No deletion: the
 *     gazetteers and vocabularies it holds only grow.
 *   - Depends on buf.h and xxhash only.
 */
#ifndef DS_SMAP_H
#define DS_SMAP_H

#include <stddef.h>

struct smap;

struct smap *smap_new(void);
void smap_free(struct smap *m);

/* Set key -> value (value >= 0).  Returns the previous value, or -1. */
int smap_put(struct smap *m, const char *key, size_t len, int value);

/* The value of key, or -1 when absent. */
int smap_get(const struct smap *m, const char *key, size_t len);

/* Forget every key, keeping the table's memory for reuse. */
void smap_clear(struct smap *m);

/* The number of keys. */
size_t smap_count(const struct smap *m);

/*
 * Iterate over all entries in no particular order:
 *     size_t i = 0; const char *k; size_t n; int v;
 *     while (smap_next(m, &i, &k, &n, &v)) ...
 * k is borrowed until the map changes.
 */
int smap_next(const struct smap *m, size_t *iter, const char **key,
	      size_t *len, int *value);

#endif /* DS_SMAP_H */
