/*
 * stages.h - the tagging stages, one file each, run in this order by the
 * orchestrator (extract.c).  Private to indexer/tag/.
 *
 * Contract:
 *   - Each stage reads the document model (doc.h) and writes its part of
 *     the tags (tags.h); the names stage alone adds names and mentions to
 *     the model, for the stages after it.  A stage never calls another
 *     stage: what one leaves for the next is in the model or the tags.
 *   - A stage's lexicon function registers its word lists in the model's
 *     lexicon (doc_lexicon_*), once, before the first article.
 *   - Every rule reads only sentences outside boilerplate.
 *   - The rules and their reasons are in docs/EXTRACTION.md.
 */
#ifndef DS_STAGES_H
#define DS_STAGES_H

#include "doc.h"
#include "extract.h"

/*
 * boiler.c: mark the paragraphs that make no tags (repeated, "Also read"
 * lists, a source's common paragraphs when `common` is given), after
 * hashing every paragraph (doc_para.hash); returns how many.
 */
size_t boiler_mark(struct doc *doc, const struct article *a,
		   const struct ex_common *common);

/* names.c: companies, people, and place and region mentions. */
void names_lexicon(struct doc *doc);
void names_find(struct doc *doc);
/* The companies and people found, most named first, into the tags. */
void names_out(const struct doc *doc, struct tags *t);
/*
 * The deal's party names cleaned as the company list's are (no dateline,
 * ticker, line break or headline word); a party that is no name is left
 * out.  After deal_tag().
 */
void names_clean_deal(const struct doc *doc, struct tags *t);
/* One name cleaned so ("Brazils Sao Martinho SA" -> "Sao Martinho"), or
 * NULL when it is no name; caller frees. */
char *names_clean(const struct doc *doc, const char *name);
/* Whether token k opens its sentence with a trade's noun that says what
 * the name after it is ("Carmaker Zorvex Motors said", "Insurer Aachener
 * und Muenchener"): no word of that name. */
int names_opening_noun(const struct doc *doc, size_t k);
/* The company of doc whose name (or, for a one-word key, whose name's
 * first word) the folded words key misspell by one slip of a typist
 * ("gurantee" for "Guarantee Financial"), or -1. */
int names_slip_of(const struct doc *doc, const char *key, size_t len);

/* amounts.c: the money amounts and their kinds. */
void amounts_lexicon(struct doc *doc);
void amounts_tag(struct doc *doc, struct tags *t);

/* places.c: places, the story's countries and regions. */
void places_tag(struct doc *doc, struct tags *t);
/* After the deal: the country of the currency its own price is in. */
void places_deal_currency(struct doc *doc, struct tags *t);
/* After the deal: its parties' countries (the text's, or a known
 * company's home country) among the story's. */
void places_party_countries(struct doc *doc, struct tags *t);
/* The country (gaz_country() index) a company's suffix or exchange code
 * at token i names when only one country uses it ("Bhd", "Tbk", "(6806
 * JT)"), and it speaks of a company there; else -1. */
int places_code_country(const struct doc *doc, size_t i);

/* sectors.c: the story's sectors. */
void sectors_tag(struct doc *doc, struct tags *t);

/*
 * deal.c: the deal (type, status, roles, amount), after the amounts; the
 * classifier's `model` may be NULL (rules alone); `vec` is its scratch.
 */
struct dealmodel;
struct dm_vec;
void deal_lexicon(struct doc *doc);
void deal_tag(struct doc *doc, const struct dealmodel *model,
	      struct dm_vec *vec, struct tags *t);
/* The classifier's features of the segmented article (dealmodel.h). */
void deal_features(const struct doc *doc, struct dm_vec *v);

#endif /* DS_STAGES_H */
