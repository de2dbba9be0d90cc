/*
 * docbuild.h - turn a finished article into a Xapian document (schema.h).
 *
 * Contract: docb_build() fills an empty xdb_doc with the headline and body
 * postings, the boolean filter terms, the value slots and the document
 * data.  With tags (extract.h), it adds the entity and deal terms, the
 * amount values and the tags themselves to the data; `g` is the gazetteer
 * the tags name regions and sectors from.  It reads the article and the
 * tags and never changes them.  The analyser is the caller's (one per
 * thread).  With an alert context (alert.h) it also writes the story's
 * alert state: value slot 5 and the data's "alert" object; with what
 * linking decided (link.h), the story's deal record and SimHash terms and
 * values, and the data's "deal_id" and "dup_of".
 */
#ifndef DS_DOCBUILD_H
#define DS_DOCBUILD_H

#include "alert.h"
#include "link.h"
#include "analyse.h"
#include "article.h"
#include "err.h"
#include "extract.h"
#include "gazetteer.h"
#include "xdb.h"

/*
 * `tags`, `g` and `ex` may be NULL together: an untagged document, whose
 * text `a` analyses.  With them, the text's postings come from the tokens
 * the extractor `ex` made of this same article (one analysis, not two).
 * `alert` (its inputs set, its outputs filled) may be NULL: no alert
 * state, for documents no saved query will see.  `link` may be NULL: no
 * deal record (`index --no-link`).
 */
int docb_build(struct ana *a, const struct article *art,
	       const struct tags *tags, const struct gaz *g,
	       const struct extractor *ex, double min_confidence,
	       struct alert_ctx *alert, const struct link_out *link,
	       xdb_doc *doc, struct ds_err *err);

/*
 * docb_build() in two steps, which may run on two threads one after the
 * other: the headline and body postings (from the extractor's tokens, or
 * with `ex` NULL from the analyser's own reading of the text), then
 * everything else.
 */
int docb_postings(struct ana *a, const struct article *art,
		  const struct extractor *ex, xdb_doc *doc,
		  struct ds_err *err);
int docb_fields(const struct article *art, const struct tags *tags,
		const struct gaz *g, double min_confidence,
		struct alert_ctx *alert, const struct link_out *link,
		xdb_doc *doc, struct ds_err *err);

/* Whether the index claims the tags' deal: a type, and a confidence of at
 * least min_confidence (below it the index keeps only the confidence). */
int docb_claimed(const struct tags *t, double min_confidence);

#endif /* DS_DOCBUILD_H */
