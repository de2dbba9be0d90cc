/*
 * analyse.c - tokeniser, case folding and stemming (include/analyse.h).
 *
 * How it works: ana_next() scans one "chunk" at a time, a run of word
 * characters (Unicode letters, digits and marks) joined by the connectors
 * that may stand inside a word: '.' in numbers and dotted acronyms, ',' in
 * digit groups, apostrophes, and hyphens.  A chunk yields one token, or for a
 * hyphenated compound its parts plus the joined form; those wait in a small
 * queue.  Folding runs only on the bytes of a token, with an ASCII fast path
 * because most news text is ASCII.
 */
#include "analyse.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define ANA_MAX_PARTS 8

struct part {
	size_t start, end;     /* byte span in the text */
	struct buf raw;        /* bytes of the part, connectors removed */
};

/*
 * Stems of words seen lately.  A stem is a function of its word, and a few
 * thousand words make most of any text, so each word is stemmed once per
 * slot: a direct-mapped table by the word's hash, a slot holding one word
 * of up to STEM_WORD bytes and its stem (libstemmer was a sixth of the
 * tagger's instructions, most of it on words stemmed before).
 */
#define STEM_SLOTS 4096            /* a power of two */
#define STEM_WORD 23

struct stem_slot {
	uint8_t wl, sl;
	char w[STEM_WORD];
	char s[STEM_WORD + 1];     /* NUL-terminated, as a->stem is */
};

struct ana {
	struct sb_stemmer *stemmer;
	struct stem_slot *stems;   /* STEM_SLOTS */
	const char *text;          /* borrowed from ana_start() */
	size_t len, off;           /* text length, scan offset */
	uint32_t pos;              /* next position */
	struct part parts[ANA_MAX_PARTS];
	int nparts, next_part;     /* queue of parts of the current chunk */
	int joined_pending;        /* emit the joined form before part 1 */
	struct buf word, joined;   /* folded forms handed out */
	struct buf stem;
	int no_stem;               /* ana_set_stemming(a, 0) */
};

int ana_new(const char *lang, struct ana **out, struct ds_err *err)
{
	*out = NULL;
	struct sb_stemmer *st = sb_stemmer_new(lang, "UTF_8");
	if (!st)
		return ds_err_set(err, DS_EINVAL, "no stemmer for language '%s'",
				  lang);
	struct ana *a = xcalloc(1, sizeof(*a));
	a->stemmer = st;
	a->stems = xcalloc(STEM_SLOTS, sizeof(*a->stems));
	for (int i = 0; i < ANA_MAX_PARTS; i++)
		buf_init(&a->parts[i].raw, 0);
	buf_init(&a->word, 0);
	buf_init(&a->joined, 0);
	buf_init(&a->stem, 0);
	*out = a;
	return 0;
}

void ana_free(struct ana *a)
{
	if (!a)
		return;
	sb_stemmer_delete(a->stemmer);
	free(a->stems);
	for (int i = 0; i < ANA_MAX_PARTS; i++)
		buf_release(&a->parts[i].raw);
	buf_release(&a->word);
	buf_release(&a->joined);
	buf_release(&a->stem);
	free(a);
}

void ana_start(struct ana *a, const char *text, size_t len, uint32_t pos0)
{
	a->text = text;
	a->len = len;
	a->off = 0;
	a->pos = pos0;
	a->nparts = a->next_part = 0;
	a->joined_pending = 0;
}

uint32_t ana_pos(const struct ana *a)
{
	return a->pos;
}

/* Decode one code point at s[i]; returns its length, *cp = -1 if invalid. */
static size_t decode(const char *s, size_t len, size_t i, int32_t *cp)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
					      (utf8proc_ssize_t)(len - i), cp);
	if (n <= 0) {
		*cp = -1;
		return 1;
	}
	return (size_t)n;
}

int ana_upper(const char *s, size_t len)
{
	if (!len)
		return 0;
	int32_t cp;
	decode(s, len, 0, &cp);
	return cp >= 0 && (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
			   utf8proc_category(cp) == UTF8PROC_CATEGORY_LT);
}

static int is_cjk(int32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30ff) ||   /* kana */
	       (cp >= 0x3400 && cp <= 0x4dbf) ||   /* CJK ext A */
	       (cp >= 0x4e00 && cp <= 0x9fff) ||   /* CJK unified */
	       (cp >= 0xf900 && cp <= 0xfaff) ||   /* compatibility */
	       (cp >= 0x20000 && cp <= 0x2fa1f);
}

enum cls { C_SEP, C_LETTER, C_DIGIT, C_MARK, C_CJK };

static enum cls classify(int32_t cp)
{
	if (cp < 0)
		return C_SEP;
	if (cp < 0x80) {
		if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
			return C_LETTER;
		if (cp >= '0' && cp <= '9')
			return C_DIGIT;
		return C_SEP;
	}
	if (is_cjk(cp))
		return C_CJK;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return C_LETTER;
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return C_MARK;
	default:
		return C_SEP;
	}
}

static int is_word(enum cls c)
{
	return c == C_LETTER || c == C_DIGIT || c == C_MARK;
}

static int is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static int is_hyphen(int32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Class of the code point at s[i] (C_SEP past the end). */
static enum cls cls_at(const struct ana *a, size_t i, int32_t *cp, size_t *n)
{
	if (i >= a->len) {
		*cp = -1;
		*n = 0;
		return C_SEP;
	}
	*n = decode(a->text, a->len, i, cp);
	return classify(*cp);
}

size_t ana_space(const char *s, size_t len)
{
	if (!len)
		return 0;
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	int32_t cp;
	size_t n = decode(s, len, 0, &cp);
	if (cp < 0)
		return 0;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return n;
	default:
		return 0;
	}
}

void ana_fold(const char *s, size_t len, struct buf *out)
{
	size_t i;
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			break;
	if (i == len) {
		buf_grow(out, len);
		for (i = 0; i < len; i++) {
			char c = s[i];
			out->buf[out->len++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
		}
		out->buf[out->len] = '\0';
		return;
	}
	utf8proc_uint8_t *folded = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s,
			(utf8proc_ssize_t)len, &folded,
			UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
			UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
	if (n >= 0)
		buf_add(out, folded, (size_t)n);
	free(folded);
}

/*
 * Scan one chunk starting at a word character at a->off: fill a->parts.
 * A part ends at a hyphen that is followed by a word character; the chunk
 * ends at anything else that is not a word character or a connector.
 */
static void scan_chunk(struct ana *a)
{
	size_t i = a->off, n;
	int32_t cp;
	int np = 0;
	struct part *p = &a->parts[0];
	buf_reset(&p->raw);
	p->start = i;
	int letters = 0, digits = 0;   /* of the current part */

	for (;;) {
		enum cls c = cls_at(a, i, &cp, &n);
		if (is_word(c)) {
			buf_add(&p->raw, a->text + i, n);
			if (c == C_LETTER)
				letters++;
			else if (c == C_DIGIT)
				digits++;
			i += n;
			continue;
		}
		int32_t cp2;
		size_t n2;
		enum cls c2 = cls_at(a, i + n, &cp2, &n2);

		/* 22.4 and 1.5bn: a decimal point between digits */
		if (cp == '.' && digits && !letters && c2 == C_DIGIT) {
			buf_addch(&p->raw, '.');
			i += n;
			continue;
		}
		/* 1,000,000: a comma before exactly three digits */
		if (cp == ',' && digits && !letters && c2 == C_DIGIT) {
			size_t j = i + 1, k = 0;
			while (j < a->len && a->text[j] >= '0' && a->text[j] <= '9' && k < 4)
				j++, k++;
			if (k == 3) {
				i += n;
				continue;
			}
			break;
		}
		/* U.S., U.K., U.S.A.: single letters with periods */
		if (cp == '.' && letters == 1 && !digits && p->raw.len <= 4 &&
		    c2 == C_LETTER) {
			int32_t cp3;
			size_t n3;
			cls_at(a, i + n + n2, &cp3, &n3);
			if (cp3 == '.') {
				buf_add(&p->raw, a->text + i + n, n2);
				i += n + n2 + n3;  /* letter and its period */
				letters = 1;
				continue;
			}
		}
		if (cp == '.' && p->raw.len >= 2 && letters >= 2 && !digits &&
		    i > 0 && a->text[i - 2] == '.') {
			i += n;   /* the final period of "U.S." */
			break;
		}
		/* Alibaba's, O'Neill, don't */
		if (is_apostrophe(cp) && letters && c2 == C_LETTER) {
			int32_t cp3;
			size_t n3;
			enum cls c3 = cls_at(a, i + n + n2, &cp3, &n3);
			if ((cp2 == 's' || cp2 == 'S') && !is_word(c3)) {
				i += n + n2;   /* possessive: drop it */
				break;
			}
			i += n;
			continue;
		}
		/* e-commerce: start a new part */
		if (is_hyphen(cp) && is_word(c2) && np + 1 < ANA_MAX_PARTS) {
			p->end = i;
			np++;
			p = &a->parts[np];
			buf_reset(&p->raw);
			p->start = i + n;
			letters = digits = 0;
			i += n;
			continue;
		}
		break;
	}
	p->end = i;
	a->nparts = np + 1;
	a->next_part = 0;
	a->off = i;
	/* Join alphabetic compounds only: "30-40" is a range, not a word. */
	a->joined_pending = 0;
	if (a->nparts > 1) {
		int alpha = 1;
		for (int k = 0; k < a->nparts && alpha; k++) {
			struct buf *r = &a->parts[k].raw;
			for (size_t m = 0; m < r->len; m++)
				if (r->buf[m] >= '0' && r->buf[m] <= '9') {
					alpha = 0;
					break;
				}
		}
		a->joined_pending = alpha;
	}
}

static unsigned word_flags(const char *s, size_t len)
{
	int letters = 0, digits = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= '0' && c <= '9')
			digits++;
		else if (c != '.')
			letters++;
	}
	if (letters && !digits)
		return ANA_ALPHA;
	if (digits && !letters)
		return ANA_NUMBER;
	return 0;
}

/* The stem of w: from its slot, or libstemmer's (then kept there).  Valid
 * until the next call. */
static void stem_of(struct ana *a, const char *w, size_t len,
		    const char **stem, size_t *stem_len)
{
	struct stem_slot *e = NULL;
	if (len && len <= STEM_WORD) {
		uint32_t h = 2166136261u;   /* FNV-1a */
		for (size_t i = 0; i < len; i++)
			h = (h ^ (unsigned char)w[i]) * 16777619u;
		e = &a->stems[h & (STEM_SLOTS - 1)];
		if (e->wl == len && !memcmp(e->w, w, len)) {
			*stem = e->s;
			*stem_len = e->sl;
			return;
		}
	}
	const sb_symbol *s = sb_stemmer_stem(a->stemmer, (const sb_symbol *)w,
					     (int)len);
	if (!s) {   /* only on allocation failure inside libstemmer */
		*stem = w;
		*stem_len = len;
		return;
	}
	size_t sl = (size_t)sb_stemmer_length(a->stemmer);
	buf_reset(&a->stem);
	buf_add(&a->stem, s, sl);
	*stem = a->stem.buf;
	*stem_len = a->stem.len;
	if (e && sl <= STEM_WORD) {
		e->wl = (uint8_t)len;
		memcpy(e->w, w, len);
		e->sl = (uint8_t)sl;
		memcpy(e->s, s, sl);
		e->s[sl] = '\0';
	}
}

static void set_stem(struct ana *a, struct ana_token *t)
{
	if (!(t->flags & ANA_ALPHA) || a->no_stem) {
		t->stem = t->word;
		t->stem_len = t->word_len;
		return;
	}
	stem_of(a, t->word, t->word_len, &t->stem, &t->stem_len);
}

void ana_set_stemming(struct ana *a, int on)
{
	a->no_stem = !on;
}

void ana_stem(struct ana *a, const char *w, size_t len, const char **stem,
	      size_t *stem_len)
{
	stem_of(a, w, len, stem, stem_len);
}

int ana_next(struct ana *a, struct ana_token *t)
{
	for (;;) {
		if (a->joined_pending) {
			a->joined_pending = 0;
			buf_reset(&a->joined);
			for (int k = 0; k < a->nparts; k++)
				ana_fold(a->parts[k].raw.buf, a->parts[k].raw.len,
					 &a->joined);
			if (a->joined.len && a->joined.len <= ANA_MAX_TOKEN) {
				t->word = a->joined.buf;
				t->word_len = a->joined.len;
				t->pos = a->pos;
				t->start = a->parts[0].start;
				t->end = a->parts[a->nparts - 1].end;
				t->flags = word_flags(t->word, t->word_len) | ANA_JOINED;
				set_stem(a, t);
				return 1;
			}
		}
		if (a->next_part < a->nparts) {
			struct part *p = &a->parts[a->next_part++];
			buf_reset(&a->word);
			ana_fold(p->raw.buf, p->raw.len, &a->word);
			if (!a->word.len || a->word.len > ANA_MAX_TOKEN) {
				a->pos += a->word.len ? 1 : 0;
				continue;
			}
			t->word = a->word.buf;
			t->word_len = a->word.len;
			t->pos = a->pos++;
			t->start = p->start;
			t->end = p->end;
			t->flags = word_flags(t->word, t->word_len);
			set_stem(a, t);
			return 1;
		}
		/* Find the start of the next chunk. */
		while (a->off < a->len) {
			int32_t cp;
			size_t n;
			enum cls c = cls_at(a, a->off, &cp, &n);
			if (c == C_CJK) {
				struct part *p = &a->parts[0];
				buf_reset(&p->raw);
				buf_add(&p->raw, a->text + a->off, n);
				p->start = a->off;
				p->end = a->off + n;
				a->off += n;
				a->nparts = 1;
				a->next_part = 0;
				break;
			}
			if (c == C_LETTER || c == C_DIGIT) {
				scan_chunk(a);
				break;
			}
			a->off += n;
		}
		if (a->next_part >= a->nparts)
			return 0;
	}
}

size_t ana_utf8_repair(const char *s, size_t len, struct buf *out)
{
	static const char fffd[] = "\xef\xbf\xbd";
	size_t bad = 0, i = 0, run = 0;
	buf_grow(out, len);
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && c != 0) {
			i++;
			run++;
			continue;
		}
		int32_t cp;
		utf8proc_ssize_t n = c ? utf8proc_iterate(
				(const utf8proc_uint8_t *)s + i,
				(utf8proc_ssize_t)(len - i), &cp) : -1;
		if (n > 0) {
			i += (size_t)n;
			run += (size_t)n;
			continue;
		}
		buf_add(out, s + i - run, run);
		run = 0;
		buf_add(out, fffd, 3);
		bad++;
		/* one U+FFFD per maximal invalid subpart: a lead byte and the
		 * continuation bytes that follow it ("\xe2\x82 " is one) */
		int want = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 && c <= 0xef ? 2 :
			   c >= 0xc2 && c <= 0xdf ? 1 : 0;
		i++;
		while (want-- > 0 && i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
			i++;
	}
	buf_add(out, s + i - run, run);
	return bad;
}
