/*
 * smap.c - string-to-integer hash map (smap.h).  Keys live in one arena;
 * slots hold the key's offset, length, hash and value.
 */
#include "smap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "buf.h"

/* 16 bytes, four to a cache line: a probe reads as little as it can */
struct slot {
	uint32_t hash;   /* the key's hash, low half: the home slot is in it */
	uint32_t off;    /* key offset in the arena */
	uint32_t len;    /* key length */
	int value;       /* -1: empty slot */
};

struct smap {
	struct slot *slots;
	size_t cap;      /* power of two */
	size_t count;
	struct buf keys; /* arena of keys, each NUL-terminated */
};

static void alloc_slots(struct smap *m, size_t cap)
{
	m->slots = xmalloc(cap * sizeof(*m->slots));
	for (size_t i = 0; i < cap; i++)
		m->slots[i].value = -1;
	m->cap = cap;
}

struct smap *smap_new(void)
{
	struct smap *m = xcalloc(1, sizeof(*m));
	buf_init(&m->keys, 256);
	alloc_slots(m, 64);
	return m;
}

void smap_free(struct smap *m)
{
	if (!m)
		return;
	free(m->slots);
	buf_release(&m->keys);
	free(m);
}

static size_t find(const struct smap *m, const char *key, size_t len,
		   uint32_t h)
{
	size_t mask = m->cap - 1, i = (size_t)h & mask;
	while (m->slots[i].value >= 0) {
		const struct slot *s = &m->slots[i];
		if (s->hash == h && s->len == len &&
		    !memcmp(m->keys.buf + s->off, key, len))
			return i;
		i = (i + 1) & mask;
	}
	return i;
}

static void grow(struct smap *m)
{
	struct slot *old = m->slots;
	size_t oldcap = m->cap;
	alloc_slots(m, oldcap * 2);
	for (size_t i = 0; i < oldcap; i++) {
		if (old[i].value < 0)
			continue;
		size_t mask = m->cap - 1, j = (size_t)old[i].hash & mask;
		while (m->slots[j].value >= 0)
			j = (j + 1) & mask;
		m->slots[j] = old[i];
	}
	free(old);
}

int smap_put(struct smap *m, const char *key, size_t len, int value)
{
	/* offsets are 32 bits: an arena past 4 GB fails as memory would */
	if (len >= UINT32_MAX - m->keys.len)
		xalloc_fail(m->keys.len + len + 1);
	uint32_t h = (uint32_t)XXH3_64bits(key, len);
	size_t i = find(m, key, len, h);
	if (m->slots[i].value >= 0) {
		int prev = m->slots[i].value;
		m->slots[i].value = value;
		return prev;
	}
	if ((m->count + 1) * 2 > m->cap) {
		grow(m);
		i = find(m, key, len, h);
	}
	struct slot *s = &m->slots[i];
	s->hash = h;
	s->off = (uint32_t)m->keys.len;
	s->len = (uint32_t)len;
	s->value = value;
	buf_add(&m->keys, key, len);
	buf_addch(&m->keys, '\0');
	m->count++;
	return -1;
}

int smap_get(const struct smap *m, const char *key, size_t len)
{
	return m->slots[find(m, key, len, (uint32_t)XXH3_64bits(key, len))]
		.value;
}

void smap_clear(struct smap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		m->slots[i].value = -1;
	m->count = 0;
	buf_reset(&m->keys);
}

size_t smap_count(const struct smap *m)
{
	return m->count;
}

int smap_next(const struct smap *m, size_t *iter, const char **key,
	      size_t *len, int *value)
{
	while (*iter < m->cap) {
		const struct slot *s = &m->slots[(*iter)++];
		if (s->value < 0)
			continue;
		*key = m->keys.buf + s->off;
		*len = s->len;
		*value = s->value;
		return 1;
	}
	return 0;
}
