/*
 * sectors.c - the sectors stage (stages.h): the gazetteer's sector
 * keywords and phrases (their words as written or plural, not any word
 * of the same stem: doc_sector()), weighed (headline 3, elsewhere 1); at most three
 * sectors, each with a weight of 3 or more and named in the headline or
 * the lead paragraph: a sector only the body names is a side word's (the
 * lender's bank, a supplier's trade), not the story's.
 */
#include <stdlib.h>

#include "stages.h"

/*
 * A keyword in the headline weighs SECTOR_TITLE_W, elsewhere 1; a sector
 * is the story's at SECTOR_MIN (one headline mention, or three in the
 * body), at most SECTOR_MAX of them, strongest first.
 */
#define SECTOR_TITLE_W 3.0
#define SECTOR_MIN 3.0
#define SECTOR_MAX 3

void sectors_tag(struct doc *doc, struct tags *t)
{
	size_t ns = gaz_sector_count(doc->g);
	double *score = xcalloc(ns ? ns : 1, sizeof(*score));
	uint8_t *lead = xcalloc(ns ? ns : 1, 1);   /* named up front */
	uint32_t first = 0;     /* the body's first paragraph not boilerplate */
	for (size_t q = 1; q < doc->npara && !first; q++)
		if (!doc->para[q].boiler)
			first = (uint32_t)q;
	for (size_t s = 0; s < doc->nsent; s++) {
		const struct doc_sent *st = &doc->sent[s];
		if (doc_boiler(doc, (uint32_t)s))
			continue;
		double w = st->para == 0 ? SECTOR_TITLE_W : 1;
		for (size_t i = st->t0; i < st->t1; i++) {
			int sec = doc_sector(doc, i);
			if (sec >= 0) {
				score[sec] += w;
				lead[sec] |= st->para == 0 || st->para == first;
				continue;
			}
			/* phrases: "food retail", "e grocery" */
			sec = doc_phrase_sector(doc, i, st->t1);
			if (sec >= 0) {
				score[sec] += w;
				lead[sec] |= st->para == 0 || st->para == first;
			}
		}
	}
	t->sectors = xmalloc((ns ? ns : 1) * sizeof(*t->sectors));
	for (;;) {
		int best = -1;
		for (size_t i = 0; i < ns; i++)
			if (score[i] >= SECTOR_MIN && lead[i] &&
			    (best < 0 || score[i] > score[best]))
				best = (int)i;
		if (best < 0 || t->nsectors == SECTOR_MAX)
			break;
		t->sectors[t->nsectors++] = best;
		score[best] = 0;
	}
	free(score);
	free(lead);
}
