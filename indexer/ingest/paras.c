/*
 * paras.c - paragraph counts per source (paras.h).
 */
#include "paras.h"

#include <stdlib.h>
#include <string.h>

#include "smap.h"

struct paras {
	struct smap *count;    /* source NUL hash -> articles with it */
	struct smap *loaded;   /* sources whose counts are loaded */
	struct buf key;        /* scratch */
};

struct paras *paras_new(void)
{
	struct paras *p = xcalloc(1, sizeof(*p));
	p->count = smap_new();
	p->loaded = smap_new();
	buf_init(&p->key, 64);
	return p;
}

void paras_free(struct paras *p)
{
	if (!p)
		return;
	smap_free(p->count);
	smap_free(p->loaded);
	buf_release(&p->key);
	free(p);
}

static void set_key(struct paras *p, const char *source, uint64_t hash)
{
	buf_reset(&p->key);
	buf_addstr(&p->key, source);
	buf_add(&p->key, "", 1);
	buf_add(&p->key, &hash, sizeof(hash));
}

static void bump(struct paras *p, const char *source, uint64_t hash)
{
	set_key(p, source, hash);
	int v = smap_get(p->count, p->key.buf, p->key.len);
	smap_put(p->count, p->key.buf, p->key.len, v < 0 ? 1 : v + 1);
}

struct para_load {
	struct paras *p;
	const char *source;
};

static void loaded(void *user, uint64_t hash)
{
	struct para_load *pl = user;
	bump(pl->p, pl->source, hash);
}

unsigned paras_count(struct paras *p, struct cat *c, const char *source,
		     uint64_t hash)
{
	if (smap_get(p->loaded, source, strlen(source)) < 0) {
		struct para_load pl = {p, source};
		struct ds_err ignore = DS_ERR_INIT;
		cat_para_load(c, source, loaded, &pl, &ignore);
		smap_put(p->loaded, source, strlen(source), 1);
	}
	set_key(p, source, hash);
	int n = smap_get(p->count, p->key.buf, p->key.len);
	return n < 0 ? 0 : (unsigned)n;
}

int paras_record(struct paras *p, struct cat *c, const struct article *a,
		 const uint64_t *hashes, size_t n, struct ds_err *err)
{
	if (!a->source || !*a->source || !n)
		return 0;
	unsigned char *added = xmalloc(n);
	int rc = cat_para_add(c, a->source, a->id, hashes, n, added, err);
	/* counts of a source not loaded yet come with its load */
	if (!rc && smap_get(p->loaded, a->source, strlen(a->source)) >= 0)
		for (size_t i = 0; i < n; i++)
			if (added[i])
				bump(p, a->source, hashes[i]);
	free(added);
	return rc;
}
