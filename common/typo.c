/*
 * typo.c - the nearest known word to a mistyped one (include/typo.h).
 */
#include "typo.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

static int same(char a, char b)
{
	return tolower((unsigned char)a) == tolower((unsigned char)b);
}

size_t typo_distance(const char *a, size_t na, const char *b, size_t nb)
{
	if (na > TYPO_MAX_LEN || nb > TYPO_MAX_LEN)
		return SIZE_MAX;
	size_t d[TYPO_MAX_LEN + 1][TYPO_MAX_LEN + 1];
	for (size_t i = 0; i <= na; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= nb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= na; i++)
		for (size_t j = 1; j <= nb; j++) {
			size_t v = d[i - 1][j - 1] + !same(a[i - 1], b[j - 1]);
			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) &&
			    same(a[i - 2], b[j - 1]) && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[na][nb];
}

void typo_init(struct typo *t, const char *word, size_t len)
{
	t->word = word;
	t->len = len;
	t->best = len < TYPO_LONG ? 1 : 2;
	t->near = NULL;
}

void typo_try(struct typo *t, const char *known)
{
	size_t d = typo_distance(t->word, t->len, known, strlen(known));
	if (d <= t->best && (!t->near || d < t->best)) {
		t->best = d;
		t->near = known;
	}
}
