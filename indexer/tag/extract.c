/*
 * extract.c - the tagger's orchestrator (extract.h): it owns the document
 * model and the classifier's scratch, and runs the stages (stages.h) in
 * order.  It knows no rule of its own.
 */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

#include "dealmodel.h"
#include "doc.h"
#include "stages.h"

struct extractor {
	struct doc doc;
	const struct dealmodel *model;
	struct dm_vec vec;      /* the classifier's features, reused */
};

int ex_new(const struct gaz *g, const struct dealmodel *model,
	   struct extractor **out, struct ds_err *err)
{
	*out = NULL;
	struct extractor *ex = xcalloc(1, sizeof(*ex));
	int rc = doc_init(&ex->doc, g, err);
	if (rc) {
		free(ex);
		return rc;
	}
	ex->model = model;
	names_lexicon(&ex->doc);
	amounts_lexicon(&ex->doc);
	deal_lexicon(&ex->doc);
	dm_vec_init(&ex->vec);
	*out = ex;
	return 0;
}

void ex_free(struct extractor *ex)
{
	if (!ex)
		return;
	doc_release(&ex->doc);
	dm_vec_release(&ex->vec);
	free(ex);
}

size_t ex_token_count(const struct extractor *ex)
{
	return ex->doc.ntok;
}

void ex_token(const struct extractor *ex, size_t i, struct ex_token *out)
{
	const struct doc *doc = &ex->doc;
	const struct doc_tok *t = &doc->tok[i];
	out->stem = doc_stem(doc, i);
	out->len = t->sl;
	out->pos = t->pos;
	out->in_title = doc->sent[t->sent].para == 0;
	out->made = (t->flags & DOC_TOK_MADE) != 0;
}

uint32_t ex_title_positions(const struct extractor *ex)
{
	return ex->doc.title_pos;
}

void ex_features(struct extractor *ex, const struct article *a,
		 struct dm_vec *v)
{
	doc_segment(&ex->doc, a);
	dm_vec_clear(&ex->vec);
	deal_features(&ex->doc, v);
}

size_t ex_article_bytes(const struct article *a)
{
	return (a->title ? strlen(a->title) : 0) +
	       (a->body ? strlen(a->body) : 0);
}

/* The hashes of the paragraphs worth counting across articles. */
static void paragraph_hashes(const struct doc *doc, uint64_t **hashes,
			     size_t *nhashes)
{
	*nhashes = 0;
	*hashes = xmalloc((doc->npara ? doc->npara : 1) * sizeof(**hashes));
	for (size_t i = 1; i < doc->npara; i++)
		if (doc->para[i].words >= EX_COMMON_WORDS)
			(*hashes)[(*nhashes)++] = doc->para[i].hash;
}

void ex_run(struct extractor *ex, const struct article *a,
	    const struct ex_common *common, struct tags *t,
	    uint64_t **hashes, size_t *nhashes)
{
	struct doc *doc = &ex->doc;
	dm_vec_clear(&ex->vec);
	if (ex_article_bytes(a) > EX_MAX_BYTES) {
		/* too long to tag: no tags, no tokens, no paragraphs */
		doc_reset(doc);
		doc->title_pos = 0;
		if (hashes) {
			*hashes = xmalloc(sizeof(**hashes));
			*nhashes = 0;
		}
		return;
	}
	doc_segment(doc, a);
	t->boilerplate = boiler_mark(doc, a, common);
	if (hashes)
		paragraph_hashes(doc, hashes, nhashes);
	names_find(doc);
	amounts_tag(doc, t);
	places_tag(doc, t);
	sectors_tag(doc, t);
	deal_tag(doc, ex->model, &ex->vec, t);
	places_deal_currency(doc, t);
	places_party_countries(doc, t);
	names_clean_deal(doc, t);
	names_out(doc, t);
}
