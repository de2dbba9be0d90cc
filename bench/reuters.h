/*
 * reuters.h - reading the Reuters-21578 JSON lines with their labels, for
 * the deal model's trainer and the extraction evaluation (bench/ only:
 * the product never reads labels).
 *
 * The ModApte split (../shared/corpus/README.md): training = lewissplit
 * TRAIN, topics_attr YES, at least one topic; test = the same with TEST.
 * rt_read() also returns the split's stories with topics_attr YES and no
 * topic at all (`notopic` set): the editors judged them and gave them
 * none, so for "acq" they are negatives; callers choose whether to count
 * them (ModApte leaves them out).
 */
#ifndef DS_BENCH_REUTERS_H
#define DS_BENCH_REUTERS_H

#include <stddef.h>

#include "article.h"

struct rt_story {
	struct article a;   /* id, title, body, date, dateline, source */
	int acq;            /* topic "acq" */
	int notopic;        /* topics_attr YES and no topic: not ModApte */
	char **places;      /* labels.places, as written ("west-germany") */
	size_t nplaces;
};

enum rt_split { RT_TRAIN, RT_TEST };

/*
 * Read the stories of `split` from `path`.  Returns the number read, or
 * -1 with a message on stderr.  Free with rt_free().
 */
long rt_read(const char *path, enum rt_split split, struct rt_story **out);
/* Keep ModApte's stories of s[0, n) (those with a topic) in order,
 * releasing the others; returns how many are kept. */
long rt_modapte(struct rt_story *s, long n);
void rt_free(struct rt_story *s, size_t n);

#endif /* DS_BENCH_REUTERS_H */
