/*
 * extract_int.h - the extractor's working model of one article, shared by
 * extract.c (segmenting, boilerplate, orchestration, JSON), entities.c
 * (names, places, sectors, amount kinds) and deal.c (the deal).  Private
 * to indexer/.
 *
 * The article is one text: the headline, a blank line, the body.  It is cut
 * into paragraphs (the headline is paragraph 0), sentences and tokens; each
 * token keeps its folded word, its stem and its byte span in the text.
 */
#ifndef DS_EXTRACT_INT_H
#define DS_EXTRACT_INT_H

#include <stdint.h>

#include "analyse.h"
#include "dealmodel.h"
#include "extract.h"
#include "smap.h"

struct xtok {
	uint32_t w, wl;        /* folded word: offset, length in arena */
	uint32_t s, sl;        /* stem */
	size_t start, end;     /* span in the text */
	uint32_t sent;         /* sentence index */
	uint32_t pos;          /* position, counted through the whole text */
	uint8_t flags;         /* ANA_* */
	uint8_t cap;           /* starts with a capital letter */
	uint8_t digit;         /* starts with a digit */
	uint32_t wcls;         /* word classes (X_W_*), status from the word */
	uint32_t scls;         /* stem classes: amount cue, deal cue, status */
};

/*
 * Word classes, looked up once per token (the lists live in entities.c and
 * deal.c, which register them with x_lexicon_word()).
 */
enum {
	X_W_SUFFIX = 1 << 0,     /* "Inc", "Ltd", "Group" */
	X_W_STOP = 1 << 1,       /* never part of a name */
	X_W_CONNECTOR = 1 << 2,  /* "of", "de" inside names */
	X_W_TITLE = 1 << 3,      /* "President", "CEO" before names */
	X_W_AUX = 1 << 4,        /* "is in talks to" before deal verbs */
	X_W_FILLER = 1 << 5,     /* "a controlling stake in" after them */
	X_W_PRONOUN = 1 << 6,    /* "it", "its" */
	X_W_NUMBER = 1 << 7,     /* "five", "million": money without digits */
};
/* Stem and word classes packed with small numbers. */
#define X_AMOUNT_CUE(scls) ((int)((scls) & 7u) - 1)     /* kind or -1 */
#define X_DEAL_CUE(scls) ((int)(((scls) >> 3) & 63u) - 1) /* index or -1 */
#define X_STATUS(cls) ((int)(((cls) >> 9) & 7u))         /* ex_status */

struct xsent {
	size_t start, end;
	uint32_t t0, t1;       /* tokens [t0, t1) */
	uint32_t para;
	uint8_t caps;          /* written in capitals (a wire headline) */
};

struct xpara {
	size_t start, end;
	uint32_t s0, s1;       /* sentences [s0, s1) */
	uint8_t boiler;        /* left out of tagging */
	uint64_t hash;
	uint32_t words;
};

enum xment_kind { XM_PLACE, XM_REGION, XM_COMPANY, XM_PERSON };

struct xment {
	enum xment_kind kind;
	int id;                /* gazetteer id, or company/person index */
	uint32_t t0, t1;       /* tokens [t0, t1) */
	uint32_t sent;
};

/* A company or person of this article. */
struct xname {
	char *name;            /* canonical: "Alibaba" */
	char *key;             /* folded words: "alibaba" */
	unsigned mentions;
	uint32_t first;        /* first token */
};

struct extractor {
	const struct gaz *g;
	const struct dealmodel *model;
	struct ana *ana;
	struct buf text, arena, key, scratch;
	struct xtok *tok;
	size_t ntok, captok;
	struct xsent *sent;
	size_t nsent, capsent;
	struct xpara *para;
	size_t npara, cappara;
	struct xment *ment;
	size_t nment, capment;
	struct xname *co;      /* companies */
	size_t nco, capco;
	struct xname *pe;      /* people */
	size_t npe, cappe;
	struct smap *co_alias; /* local alias key -> company */
	struct smap *pe_key;   /* person key -> person */
	uint8_t *in_name;      /* per token: inside a company or person */
	size_t cap_in_name;
	/* per token, made from ment[] once the names are found (x_names):
	 * the deal rules ask about the words around a verb, and a scan of
	 * every mention per question is quadratic in the article */
	int32_t *tok_co;       /* first company mention covering it, or -1 */
	uint8_t *tok_place;    /* inside a place or region mention */
	size_t cap_tok_index;
	struct money *money;
	size_t moneycap;
	struct dm_vec vec;
	struct smap *lex_word;  /* folded word -> wcls */
	struct smap *lex_stem;  /* stem -> scls */
	const char *title, *body; /* the article's, borrowed during ex_run */
	uint32_t next_pos;     /* position of the next token */
	uint32_t title_pos;    /* positions the headline takes */
	const char *dateline;  /* from the article or found in the body */
	size_t dateline_len;
};

#define X_GROW(arr, n, cap)                                               \
	do {                                                              \
		if ((n) == (cap)) {                                       \
			(cap) = (cap) ? (cap) * 2 : 64;                   \
			(arr) = xrealloc((arr), (cap) * sizeof(*(arr)));  \
		}                                                         \
	} while (0)

static inline const char *x_word(const struct extractor *ex, size_t i)
{
	return ex->arena.buf + ex->tok[i].w;
}

static inline const char *x_stem(const struct extractor *ex, size_t i)
{
	return ex->arena.buf + ex->tok[i].s;
}

static inline int x_boiler(const struct extractor *ex, uint32_t sent)
{
	return ex->para[ex->sent[sent].para].boiler;
}

/* extract.c */
int x_word_is(const struct extractor *ex, size_t i, const char *w);
int x_stem_is(const struct extractor *ex, size_t i, const char *s);
/* The token containing or following byte offset `off`. */
size_t x_tok_at(const struct extractor *ex, size_t off);
/* Next/previous token of the same sentence that is not a joined form. */
size_t x_next(const struct extractor *ex, size_t i);
long x_prev(const struct extractor *ex, size_t i);
/* Count the deal classifier's features of the segmented article. */
void x_features(struct extractor *ex, struct dm_vec *v);
/* Add a company (or a mention of it); returns its index. */
int x_company(struct extractor *ex, const char *name, size_t len,
	      uint32_t tok);
int x_person(struct extractor *ex, const char *name, size_t len,
	     uint32_t tok);
void x_mention(struct extractor *ex, enum xment_kind kind, int id,
	       uint32_t t0, uint32_t t1);

/* Register word classes (OR-ed into what the word already has). */
void x_lexicon_word(struct extractor *ex, const char *w, uint32_t bits);
void x_lexicon_stem(struct extractor *ex, const char *s, uint32_t bits);
void x_entities_lexicon(struct extractor *ex);
void x_deal_lexicon(struct extractor *ex);

/* entities.c */
void x_names(struct extractor *ex);
void x_places(struct extractor *ex, struct tags *t);
void x_sectors(struct extractor *ex, struct tags *t);
void x_amounts(struct extractor *ex, struct tags *t);
/* The company named by tokens [t0, t1), or -1. */
int x_company_at(const struct extractor *ex, uint32_t t0, uint32_t t1);

/* deal.c */
void x_deal(struct extractor *ex, struct tags *t);

#endif /* DS_EXTRACT_INT_H */
