/*
 * docbuild.h - turn a finished article into a Xapian document (schema.h).
 *
 * Contract: docb_build() fills an empty xdb_doc with the headline and body
 * postings, the boolean filter terms, the value slots and the document
 * data.  It reads the article and never changes it.  The analyser is the
 * caller's (one per thread).
 */
#ifndef DS_DOCBUILD_H
#define DS_DOCBUILD_H

#include "analyse.h"
#include "article.h"
#include "err.h"
#include "xdb.h"

int docb_build(struct ana *a, const struct article *art, xdb_doc *doc,
	       struct ds_err *err);

#endif /* DS_DOCBUILD_H */
