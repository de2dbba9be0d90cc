/*
 * extract.h - the tagger: what an article is about, as tags (tags.h).
 *
 * Contract:
 *   - ex_run() reads one finished article (article.h) and fills a
 *     struct tags: money amounts (money.h) with their kind, companies,
 *     people, places (with their country) and the story's countries and
 *     regions, sectors, and the deal (type, status, roles, amount).
 *   - Boilerplate makes no tags: paragraphs repeated inside the article (a
 *     recruitment notice printed twice), an "Also read" list, and
 *     paragraphs the source prints in many articles (when the caller gives
 *     ex_run() a struct ex_common to ask) stay out of tagging.  They remain
 *     searchable text; that is docbuild's business, not this module's.
 *   - Knowledge comes from the gazetteer (gazetteer.h), borrowed for the
 *     extractor's lifetime; the deal classifier's weights from a model
 *     file (dealmodel.h).  Rules and their reasons are in
 *     docs/EXTRACTION.md.
 *   - An extractor is not thread-safe: one per thread.
 *   - Inside: a document model (doc.h) that stages (stages.h) read in
 *     order; this module's ex_run() only runs them.
 *   - Pipeline position: ingest -> analyse -> **tag** -> write.  This module
 *     never writes the index; docbuild.c turns tags into terms and values.
 */
#ifndef DS_EXTRACT_H
#define DS_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "err.h"
#include "gazetteer.h"
#include "tags.h"

/*
 * Cross-article boilerplate: how many other articles of `source` already
 * indexed contain a paragraph with this hash (an earlier version of this
 * article is not another).  ex_run() asks for every paragraph; a
 * paragraph at least EX_COMMON_MIN articles share is boilerplate.
 */
#define EX_COMMON_MIN 3
/* Only paragraphs of this many words or more are counted across articles. */
#define EX_COMMON_WORDS 5
struct ex_common {
	unsigned (*count)(void *user, const char *source, uint64_t hash);
	void *user;
};

struct dealmodel;
struct extractor;

/* `model` may be NULL: deals then come from the rules alone. */
int ex_new(const struct gaz *g, const struct dealmodel *model,
	   struct extractor **out, struct ds_err *err);
void ex_free(struct extractor *ex);

/*
 * The longest article tagged, in bytes of headline and body: 1 MiB, ten
 * times a long feature story.  Tagging takes time and memory linear in the
 * text (about 0.2 s and 50 MB per MiB, docs/EXTRACTION.md), and an
 * article beyond this is a dump, a log or a book rather than news about
 * one deal: its tags would say little.  Indexers index such an article
 * as text alone and say so.
 */
#ifndef EX_MAX_BYTES   /* a build may set it: -Dc_args=-DEX_MAX_BYTES=... */
#define EX_MAX_BYTES (1u << 20)
#endif

/* What the limit is measured on: strlen of headline plus body. */
size_t ex_article_bytes(const struct article *a);

/*
 * Tag one article into *t (initialised by the caller, released by the
 * caller).  `common` may be NULL.  OUT (optional): `hashes` receives the
 * hashes of the article's paragraphs, for the caller to record (caller
 * frees).  An article over EX_MAX_BYTES (ex_article_bytes()) gets empty
 * tags and no tokens (ex_token_count() is 0): the caller should check
 * first and index its text itself.
 */
void ex_run(struct extractor *ex, const struct article *a,
	    const struct ex_common *common, struct tags *t,
	    uint64_t **hashes, size_t *nhashes);

/*
 * OUT: the deal classifier's raw features of `a` (dealmodel.h), counted
 * from the extractor's own tokens; the same call serves training.
 */
struct dm_vec;
void ex_features(struct extractor *ex, const struct article *a,
		 struct dm_vec *v);

/*
 * The tokens of the article ex_run() last read, as analyse.h makes them
 * (the extractor analyses the text once; the indexer reuses it): stems
 * borrowed until the next ex_run(), positions counted from 0 through the
 * headline and then the body.  A token marked `made` is the tagger's own
 * (the "pct" of "45pc", at the figure's position): a caller that wants
 * the analyser's tokens, to index or to hash the text, skips it.
 */
struct ex_token {
	const char *stem;
	size_t len;
	uint32_t pos;
	int in_title;
	int made;
};
size_t ex_token_count(const struct extractor *ex);
void ex_token(const struct extractor *ex, size_t i, struct ex_token *out);
/* The positions the headline takes (the body's first position). */
uint32_t ex_title_positions(const struct extractor *ex);

/* Hash of a paragraph as the boilerplate detector sees it. */
uint64_t ex_paragraph_hash(const char *s, size_t len);

#endif /* DS_EXTRACT_H */
