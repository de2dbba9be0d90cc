/*
 * typo.h - "did you mean": the known word nearest to a mistyped one, for
 * the query parser's fields (`acquier:`) and the command line's options
 * and commands (`--limt`, `serch`).
 *
 * Contract:
 *   - typo_distance() is the optimal string alignment distance (Damerau-
 *     Levenshtein where no substring is edited twice): an insertion, a
 *     deletion, a substitution and a swap of two neighbours count one each;
 *     ASCII letters compare in any case.
 *   - A word is near a known one within 1 edit, or 2 from five characters
 *     on (TYPO_LONG): "serch" is near "search", "lim" is near nothing
 *     longer than "limit" by one.  Words longer than TYPO_MAX_LEN are near
 *     nothing (no one mistypes that much).
 *   - Pure computation: no allocation, no I/O; depends on nothing.
 *
 * Usage:
 *     struct typo t;
 *     typo_init(&t, typed, strlen(typed));
 *     for (i = 0; i < n; i++)
 *             typo_try(&t, known[i]);
 *     if (t.near) ... "did you mean '%s'?", t.near
 */
#ifndef DS_TYPO_H
#define DS_TYPO_H

#include <stddef.h>

#define TYPO_MAX_LEN 32   /* longer words are compared with nothing */
#define TYPO_LONG 5       /* from this length a word may be 2 edits off */

/* The edit distance of a[0..na) and b[0..nb); SIZE_MAX past TYPO_MAX_LEN. */
size_t typo_distance(const char *a, size_t na, const char *b, size_t nb);

struct typo {
	const char *word;   /* the typed word, borrowed */
	size_t len;
	size_t best;        /* the distance of `near`, or the most allowed */
	const char *near;   /* the nearest known word so far (borrowed), or
			       NULL: none is near enough */
};

void typo_init(struct typo *t, const char *word, size_t len);
/* Keep `known` when it is nearer than every word tried before. */
void typo_try(struct typo *t, const char *known);

#endif /* DS_TYPO_H */
