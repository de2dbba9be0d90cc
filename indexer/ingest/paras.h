/*
 * paras.h - how many articles of a source print each paragraph: the
 * statistics behind cross-article boilerplate (extract.h, ex_common).
 *
 * Contract:
 *   - Counts live in the catalog (cat_para_*), one indexed lookup a
 *     paragraph: memory does not grow with the corpus.
 *   - A lookup that fails counts as 0 (the paragraph is then tagged, as it
 *     would be in a fresh index).
 *   - Private to indexer/ingest/.
 */
#ifndef DS_PARAS_H
#define DS_PARAS_H

#include <stdint.h>

#include "article.h"
#include "catalog.h"
#include "err.h"

/* Articles of `source` already recorded with this paragraph hash. */
unsigned paras_count(struct cat *c, const char *source, uint64_t hash);
/* Record the paragraphs of article `a`, just written (catalog errors). */
int paras_record(struct cat *c, const struct article *a,
		 const uint64_t *hashes, size_t n, struct ds_err *err);

#endif /* DS_PARAS_H */
