/*
 * paras.h - how many articles of a source print each paragraph: the
 * statistics behind cross-article boilerplate (extract.h, ex_common).
 *
 * Contract:
 *   - Counts live in the catalog (cat_para_*); a source's counts are
 *     loaded from it once, on the first question about that source, then
 *     kept current in memory as articles are recorded: one query per
 *     source instead of one per paragraph.
 *   - A lookup that fails to load counts as 0 (the paragraph is then
 *     tagged, as it would be in a fresh index).
 *   - Private to indexer/ingest/.
 */
#ifndef DS_PARAS_H
#define DS_PARAS_H

#include <stdint.h>

#include "article.h"
#include "catalog.h"
#include "err.h"

struct paras;

struct paras *paras_new(void);
void paras_free(struct paras *p);
/* Articles of `source` already recorded with this paragraph hash. */
unsigned paras_count(struct paras *p, struct cat *c, const char *source,
		     uint64_t hash);
/* Record the paragraphs of article `a`, just written (catalog errors). */
int paras_record(struct paras *p, struct cat *c, const struct article *a,
		 const uint64_t *hashes, size_t n, struct ds_err *err);

#endif /* DS_PARAS_H */
