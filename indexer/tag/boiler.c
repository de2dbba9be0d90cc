/*
 * boiler.c - the boilerplate stage (stages.h): paragraphs that make no
 * tags because they are not the story: repeated inside the article, an
 * "Also read" list, or printed by the source in many articles.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "stages.h"

/*
 * The sizes that tell boilerplate, in words: an "Also read" heading has
 * at most RELATED_HEAD_WORDS, and the list under it runs while its lines
 * are short (at most RELATED_LINE_WORDS) and end without a full stop; a
 * paragraph repeated inside the article counts from REPEAT_WORDS (a lone
 * "Photo" or "Reuters" line may repeat in a real story).
 */
#define RELATED_HEAD_WORDS 5
#define RELATED_LINE_WORDS 25
#define REPEAT_WORDS 2

uint64_t ex_paragraph_hash(const char *s, size_t len)
{
	/* whitespace-insensitive, case-sensitive: copies are byte copies */
	char stack[1024];
	struct buf b = BUF_INIT;
	char *out = len < sizeof(stack) ? stack :
		    (buf_grow(&b, len + 1), b.buf);
	/* each word followed by one space: at most len + 1 bytes */
	size_t n = 0, i = 0;
	while (i < len) {
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		size_t w = i;
		while (i < len && !isspace((unsigned char)s[i]))
			out[n++] = s[i++];
		if (i > w)
			out[n++] = ' ';
	}
	uint64_t h = XXH3_64bits(out, n);
	buf_release(&b);
	return h;
}

static const char *const related_heads[] = {
	"also read", "read also", "read more", "related", "related articles",
	"related stories", "related news", "related coverage", "more stories",
	"see also", "recommended", "you may also like", "also see",
	"more from", "further reading", "trending", "most read",
	"recommended for you", "more on this",
};

static int is_related_head(struct doc *doc, const struct doc_para *p)
{
	if (p->words > RELATED_HEAD_WORDS)
		return 0;
	gaz_key(doc->g, doc->text.buf + p->start, p->end - p->start, &doc->key);
	for (size_t i = 0; i < ARRAY_SIZE(related_heads);
	     i++)
		if (!strcmp(doc->key.buf, related_heads[i]))
			return 1;
	return 0;
}

struct para_ref {
	uint64_t hash;
	uint32_t para;
};

static int by_hash(const void *a, const void *b)
{
	const struct para_ref *x = a, *y = b;
	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->para < y->para ? -1 : x->para > y->para;
}

/*
 * Paragraphs repeated inside the article (the headline never counts): of
 * two copies, both are boilerplate when the first has two words or more.
 * Sorted by hash, so a page of many lines costs n log n, not n^2: in a
 * run of copies, one is marked when a later copy follows it and it has
 * the words, or when an earlier copy has them.
 */
static void mark_repeats(struct doc *doc)
{
	size_t n = doc->npara > 1 ? doc->npara - 1 : 0;
	struct para_ref *r = xmalloc((n ? n : 1) * sizeof(*r));
	for (size_t i = 0; i < n; i++) {
		r[i].hash = doc->para[i + 1].hash;
		r[i].para = (uint32_t)(i + 1);
	}
	qsort(r, n, sizeof(*r), by_hash);
	for (size_t a = 0, b; a < n; a = b) {
		int earlier = 0;   /* an earlier copy has two words */
		for (b = a; b < n && r[b].hash == r[a].hash; b++) {
			struct doc_para *p = &doc->para[r[b].para];
			int later = b + 1 < n && r[b + 1].hash == r[a].hash;
			if (earlier || (later && p->words >= REPEAT_WORDS))
				p->boiler = 1;
			earlier |= p->words >= REPEAT_WORDS;
		}
	}
	free(r);
}

size_t boiler_mark(struct doc *doc, const struct article *a,
		   const struct ex_common *common)
{
	const char *s = doc->text.buf;
	for (size_t i = 0; i < doc->npara; i++) {
		struct doc_para *p = &doc->para[i];
		p->hash = ex_paragraph_hash(s + p->start, p->end - p->start);
		p->words = 0;
		for (uint32_t k = p->s0; k < p->s1; k++)
			p->words += doc->sent[k].t1 - doc->sent[k].t0;
	}
	mark_repeats(doc);
	/* an "Also read" list: the heading and the short lines after it
	 * (a heading inside the list ends where the list does: go on from
	 * there, not from the heading, or a list of headings is quadratic) */
	for (size_t i = 1; i < doc->npara; i++) {
		if (!is_related_head(doc, &doc->para[i]))
			continue;
		doc->para[i].boiler = 1;
		size_t j;
		for (j = i + 1; j < doc->npara; j++) {
			struct doc_para *p = &doc->para[j];
			if (p->words > RELATED_LINE_WORDS || s[p->end - 1] == '.')
				break;
			p->boiler = 1;
		}
		i = j - 1;
	}
	/* printed by the source in many articles */
	if (common && a->source && *a->source)
		for (size_t i = 1; i < doc->npara; i++)
			if (doc->para[i].words >= EX_COMMON_WORDS &&
			    common->count(common->user, a->source,
					  doc->para[i].hash) >= EX_COMMON_MIN)
				doc->para[i].boiler = 1;
	size_t n = 0;
	for (size_t i = 1; i < doc->npara; i++)
		n += doc->para[i].boiler;
	return n;
}
