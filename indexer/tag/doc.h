/*
 * doc.h - the document model every tagging stage reads: one article cut
 * into paragraphs, sentences and tokens, the word classes of each token,
 * and the names and mentions the stages find.  Private to indexer/tag/.
 *
 * Contract:
 *   - The article is one text: the headline, a blank line, the body.
 *     doc_segment() cuts it into paragraphs (the headline is paragraph 0),
 *     sentences and tokens; each token keeps its folded word, its stem,
 *     its byte span in the text and its word classes, looked up once in
 *     the lexicon the stages filled (doc_lexicon_*) before the first
 *     article.
 *   - The stages (stages.h) add to the model only through doc_company(),
 *     doc_person() and doc_mention(); every other field is the model's or
 *     scratch a stage may reuse (key, scratch, money).
 *   - A struct doc is reused from article to article (doc_segment()
 *     resets it); it owns all its memory; doc_release() frees it.  It
 *     borrows the gazetteer and, during one article, the article's text.
 *   - Depends on analyse.h, gazetteer.h, money.h, smap.h and the tags'
 *     vocabulary (tags.h); never on a stage.
 */
#ifndef DS_DOC_H
#define DS_DOC_H

#include <stdint.h>

#include "analyse.h"
#include "article.h"
#include "buf.h"
#include "err.h"
#include "gazetteer.h"
#include "money.h"
#include "smap.h"
#include "tags.h"

struct doc_tok {
	uint32_t w, wl;        /* folded word: offset, length in arena */
	uint32_t s, sl;        /* stem */
	size_t start, end;     /* span in the text */
	uint32_t sent;         /* sentence index */
	uint32_t pos;          /* position, counted through the whole text */
	uint8_t flags;         /* ANA_*, DOC_TOK_MADE */
	uint8_t cap;           /* starts with a capital letter */
	uint8_t digit;         /* starts with a digit */
	uint32_t wcls;         /* word classes (DOC_W_*), status from the word */
	uint32_t scls;         /* stem classes: amount cue, deal cue, status */
};

/* A token the tagger made, not the analyser: the "pct" of a one-word
 * percent ("45pc"); no posting and no classifier feature come from it. */
#define DOC_TOK_MADE 0x80

/*
 * Word classes, looked up once per token (the lists live in the stages,
 * which register them with doc_lexicon_word() before the first article).
 */
enum {
	DOC_W_SUFFIX = 1 << 0,     /* "Inc", "Ltd", "Group" */
	DOC_W_STOP = 1 << 1,       /* never part of a name */
	DOC_W_CONNECTOR = 1 << 2,  /* "of", "de" inside names */
	DOC_W_TITLE = 1 << 3,      /* "President", "CEO" before names */
	DOC_W_AUX = 1 << 4,        /* "is in talks to" before deal verbs */
	DOC_W_FILLER = 1 << 5,     /* "a controlling stake in" after them */
	DOC_W_PRONOUN = 1 << 6,    /* "it", "its" */
	DOC_W_NUMBER = 1 << 7,     /* "five", "million": money without digits */
	DOC_W_ORG = 1 << 13,       /* "company", "startup": a name's kind */
};
/*
 * Small numbers packed into the classes, each with its encoder (for the
 * lexicon) beside its decoder (for the rules):
 *   bits 0-2   stem: an amount cue, its kind + 1 (amounts.c)
 *   bits 3-9   stem: a deal cue, its index + 1 (deal.c)
 *   bits 10-12 stem or word: a status cue, its ex_status (deal.c)
 * The word classes above sit in the low bits of wcls, which the status
 * field shares: bits 0-7 stay below bit 10, DOC_W_ORG above bit 12.
 */
#define DOC_AMOUNT_CUE_MAX 6u    /* kinds that fit bits 0-2 */
#define DOC_DEAL_CUE_MAX 126u    /* cues that fit bits 3-9 */
#define DOC_STATUS_MAX 7u        /* statuses that fit bits 10-12 */

static inline uint32_t doc_cls_amount_cue(unsigned kind)
{
	return kind < DOC_AMOUNT_CUE_MAX ? (uint32_t)kind + 1 : 0;
}
static inline int doc_amount_cue(uint32_t scls)   /* kind, or -1 */
{
	return (int)(scls & 7u) - 1;
}

static inline uint32_t doc_cls_deal_cue(size_t index)
{
	return index < DOC_DEAL_CUE_MAX ? (uint32_t)(index + 1) << 3 : 0;
}
static inline int doc_deal_cue(uint32_t scls)     /* index, or -1 */
{
	return (int)((scls >> 3) & 127u) - 1;
}

static inline uint32_t doc_cls_status(unsigned status)
{
	return status <= DOC_STATUS_MAX ? (uint32_t)status << 10 : 0;
}
static inline int doc_status_of(uint32_t cls)     /* ex_status */
{
	return (int)((cls >> 10) & 7u);
}

struct doc_sent {
	size_t start, end;
	uint32_t t0, t1;       /* tokens [t0, t1) */
	uint32_t para;
	uint8_t caps;          /* written in capitals (a wire headline) */
	uint8_t title;         /* a headline in capitals or title case:
				  its capitals tell no name from a verb */
};

struct doc_para {
	size_t start, end;
	uint32_t s0, s1;       /* sentences [s0, s1) */
	uint8_t boiler;        /* left out of tagging */
	uint64_t hash;
	uint32_t words;
};

enum doc_ment_kind { DOC_PLACE, DOC_REGION, DOC_COMPANY, DOC_PERSON };

struct doc_ment {
	enum doc_ment_kind kind;
	int id;                /* gazetteer id, or company/person index */
	uint32_t t0, t1;       /* tokens [t0, t1) */
	uint32_t sent;
};

/* A company or person of this article. */
struct doc_name {
	char *name;            /* canonical: "Alibaba" */
	char *key;             /* folded words: "alibaba" */
	unsigned mentions;
	uint32_t first;        /* first token */
};

struct doc {
	const struct gaz *g;
	struct ana *ana;
	struct buf text, arena, key, scratch;
	struct doc_tok *tok;
	size_t ntok, captok;
	struct doc_sent *sent;
	size_t nsent, capsent;
	struct doc_para *para;
	size_t npara, cappara;
	struct doc_ment *ment;
	size_t nment, capment;
	struct doc_name *co;      /* companies */
	size_t nco, capco;
	struct doc_name *pe;      /* people */
	size_t npe, cappe;
	struct smap *co_alias; /* local alias key -> company */
	struct smap *pe_key;   /* person key -> person */
	uint8_t *in_name;      /* per token: inside a company or person */
	size_t cap_in_name;
	/* per token, made from ment[] once the names are found (names_find):
	 * the deal rules ask about the words around a verb, and a scan of
	 * every mention per question is quadratic in the article */
	int32_t *tok_co;       /* first company mention covering it, or -1 */
	uint8_t *tok_place;    /* inside a place or region mention */
	uint8_t *tok_money;    /* inside a money amount (amounts_tag): "Rs"
				  of "Rs 350 crore" names no one */
	size_t cap_tok_index;
	struct money *money;
	size_t moneycap;
	struct smap *lex_word;  /* folded word -> wcls */
	struct smap *lex_stem;  /* stem -> scls */
	const char *title, *body; /* the article's, borrowed during ex_run */
	uint32_t next_pos;     /* position of the next token */
	uint32_t title_pos;    /* positions the headline takes */
	const char *dateline;  /* from the article or found in the body */
	size_t dateline_len;
	size_t dateline_cut;   /* found in the body: the text offset after
				  it and its dash or colon, where the lead's
				  first sentence starts; else 0 */
	int year;              /* the article's year (UTC), 0 when undated */
	int source_country;    /* the outlet's country (outlets.tsv), a
				  gaz_country() index, or -1 */
};

#define DOC_GROW(arr, n, cap)                                               \
	do {                                                              \
		if ((n) == (cap)) {                                       \
			(cap) = (cap) ? (cap) * 2 : 64;                   \
			(arr) = xrealloc((arr), (cap) * sizeof(*(arr)));  \
		}                                                         \
	} while (0)

static inline const char *doc_word(const struct doc *doc, size_t i)
{
	return doc->arena.buf + doc->tok[i].w;
}

static inline const char *doc_stem(const struct doc *doc, size_t i)
{
	return doc->arena.buf + doc->tok[i].s;
}

static inline int doc_boiler(const struct doc *doc, uint32_t sent)
{
	return doc->para[doc->sent[sent].para].boiler;
}

/* Set up an empty model (ana_new's errors); the gazetteer is borrowed. */
int doc_init(struct doc *doc, const struct gaz *g, struct ds_err *err);
void doc_release(struct doc *doc);

/* Register word classes (OR-ed into what the word already has). */
void doc_lexicon_word(struct doc *doc, const char *w, uint32_t bits);
void doc_lexicon_stem(struct doc *doc, const char *s, uint32_t bits);

/* Forget the last article: no text, tokens or names. */
void doc_reset(struct doc *doc);
/* Cut the article into paragraphs, sentences and tokens (resets first). */
void doc_segment(struct doc *doc, const struct article *a);

/* Whether the n bytes at t are the string s.  The rules ask this of
 * every word they pass, mostly of words that differ from the first
 * byte: s is read only as far as it matches (no strlen), never past its
 * end. */
static inline int doc_bytes_are(const char *t, size_t n, const char *s)
{
	for (size_t k = 0; k < n; k++)
		if (s[k] != t[k] || !s[k])
			return 0;
	return !s[n];
}

int doc_word_is(const struct doc *doc, size_t i, const char *w);
/* Whether token k ends in a possessive: "France's", "Netherlands'". */
int doc_possessive(const struct doc *doc, size_t k);
/* Whether token i (if any) is one of the folded words of list[0..n). */
int doc_word_in(const struct doc *doc, size_t i, const char *const *list,
		size_t n);
/* Whether byte c stands in the text between tokens a and b (0 when b
 * does not start after a ends, or either is past the last token). */
int doc_gap_has(const struct doc *doc, size_t a, size_t b, char c);
int doc_stem_is(const struct doc *doc, size_t i, const char *s);
/* Whether token i's stem opens with one of the stems of list[0..n). */
int doc_stem_in(const struct doc *doc, size_t i, const char *const *list,
		size_t n);

/* Whether tokens a and b are the same folded word, or have the same
 * stem ("Appliances", "appliance"). */
int doc_same_word(const struct doc *doc, size_t a, size_t b);
int doc_same_stem(const struct doc *doc, size_t a, size_t b);
/* The sector token i names alone (its stem a keyword's, its word one of
 * the keyword's forms: gaz_sector_form()), or -1. */
int doc_sector(const struct doc *doc, size_t i);
/* The longest phrase a sector keyword may be ("online food retail"). */
#define DOC_SECTOR_PHRASE_MAX 3
/*
 * The sector of the keyword phrase of 2 to DOC_SECTOR_PHRASE_MAX words
 * that starts at token i and ends before token `end` ("food retail",
 * "savings and loan"), or -1.
 */
int doc_phrase_sector(const struct doc *doc, size_t i, size_t end);
/*
 * The sector the head noun of the name in tokens [t0, t1) states: "Lucky
 * Stores", "Sage Drilling", "Georgia International Life Insurance", "Bank
 * of Boston" (the word before "of"), a suffix that is a trade's word
 * ("Texas Bancshares"), else a keyword phrase in it ("Republic Savings
 * and Loan Association"); -1 for another suffix ("Banner Industries"),
 * a word that says too little of the business ("Developments", "House")
 * or a head that is no sector's ("Chemical New York", "Computer Memories":
 * their other words are names, not trades).
 */
int doc_name_sector(const struct doc *doc, size_t t0, size_t t1);
/* The token containing or following byte offset `off`. */
size_t doc_tok_at(const struct doc *doc, size_t off);
/* Next/previous token of the same sentence that is not a joined form;
 * doc_next returns doc->ntok when there is none, and for i at or past it;
 * doc_prev returns -1 when there is none, and for i at or past the end
 * the last sentence's last token (a word that closes the text, as
 * doc_next's end, stands before it). */
size_t doc_next(const struct doc *doc, size_t i);
long doc_prev(const struct doc *doc, size_t i);

/* Add a company (or a mention of it); returns its index, or -1. */
int doc_company(struct doc *doc, const char *name, size_t len,
		uint32_t tok);
int doc_person(struct doc *doc, const char *name, size_t len,
	       uint32_t tok);
void doc_mention(struct doc *doc, enum doc_ment_kind kind, int id,
		 uint32_t t0, uint32_t t1);
/*
 * Index the mentions per token (tok_co, tok_place); the names stage calls
 * it once all names are found.
 */
void doc_index_mentions(struct doc *doc);
/*
 * The dateline's place ("CALGARY, Alberta, March 3" -> Alberta): the last
 * of its comma-separated parts that is a place, or -1.  Uses `scratch`.
 */
int doc_dateline_place(struct doc *doc);
/* The company named by tokens [t0, t1), or -1 (after the index). */
int doc_company_at(const struct doc *doc, uint32_t t0, uint32_t t1);

#endif /* DS_DOC_H */
