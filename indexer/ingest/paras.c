/*
 * paras.c - paragraph counts per source (paras.h).
 */
#include "paras.h"

unsigned paras_count(struct cat *c, const char *source, uint64_t hash)
{
	unsigned n;
	struct ds_err ignore = DS_ERR_INIT;
	return cat_para_count(c, source, hash, &n, &ignore) ? 0 : n;
}

int paras_record(struct cat *c, const struct article *a,
		 const uint64_t *hashes, size_t n, struct ds_err *err)
{
	if (!a->source || !*a->source || !n)
		return 0;
	return cat_para_add(c, a->source, a->id, hashes, n, err);
}
