/*
 * reuters.h - reading the Reuters-21578 JSON lines with their labels, for
 * the deal model's trainer and the extraction evaluation (bench/ only:
 * the product never reads labels).
 *
 * The ModApte split (../shared/corpus/README.md): training = lewissplit
 * TRAIN, topics_attr YES, at least one topic; test = the same with TEST.
 */
#ifndef DS_BENCH_REUTERS_H
#define DS_BENCH_REUTERS_H

#include <stddef.h>

#include "article.h"

struct rt_story {
	struct article a;   /* id, title, body, date, dateline, source */
	int acq;            /* topic "acq" */
	char **places;      /* labels.places, as written ("west-germany") */
	size_t nplaces;
};

enum rt_split { RT_TRAIN, RT_TEST };

/*
 * Read the stories of `split` from `path`.  Returns the number read, or
 * -1 with a message on stderr.  Free with rt_free().
 */
long rt_read(const char *path, enum rt_split split, struct rt_story **out);
void rt_free(struct rt_story *s, size_t n);

#endif /* DS_BENCH_REUTERS_H */
