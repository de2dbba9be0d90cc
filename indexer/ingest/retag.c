/*
 * retag.c - `index --retag` (ingest.h): every story the index holds, read
 * back from its document data and run through the pipeline again, with
 * the gazetteers and the tagger of this run.
 *
 * The stories are walked in id order, a page of ids at a time from the
 * catalog.  Before each story the writer is given a mark, "SALT\nID"
 * (writer.h): committed with the batch that holds the story, it says
 * that every story up to ID was tagged with SALT (the gazetteers' hash
 * and the confidence threshold).  A pass stopped by a signal or a crash
 * resumes after the mark when the salt is still the same; the pass that
 * reaches the end clears it, so the next --retag starts from the first
 * story again.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "ingest_int.h"
#include "reader.h"
#include "schema.h"

/* Ids read from the catalog at a time: few enough that a page costs
 * nothing to hold, many enough that its query is rare. */
#define RETAG_PAGE 256

/*
 * OUT: the article the index holds as `id`, from its document data
 * (docs/SCHEMA.md): its fields as they were indexed, the stored date as
 * the date to parse.  0 with *old set when the data predates the
 * dateline's (ARTICLE_VERSION 5): its dateline is lost, and tagging it
 * again could lose the places it gave.
 */
static int stored(struct ingest *ing, const char *id, struct article *a,
		  int *old, struct ds_err *err)
{
	*old = 0;
	int64_t batch;
	int rc = ixw_previous(ing->w, id, &ing->prev, &batch, err);
	if (rc)
		return rc;
	json_t *o = json_loads(ing->prev.buf, JSON_DISABLE_EOF_CHECK, NULL);
	if (!json_is_object(o)) {
		json_decref(o);
		return ds_err_set(err, DS_EFORMAT, "stored document data "
				  "does not parse");
	}
	*old = !json_object_get(o, "dateline");
	/* the keys of a JSON line, and where the story was read from */
	rd_json_fields(o, a);
	article_set(&a->id, id, strlen(id));
	const char *origin = json_string_value(json_object_get(o, "origin"));
	if (origin)
		article_set(&a->origin, origin, strlen(origin));
	const char *body = schema_data_body(ing->prev.buf);
	article_set(&a->body, body, strlen(body));
	json_decref(o);
	return 0;
}

/* One story, read back and through the pipeline. */
static int retag_one(struct ingest *ing, const char *id)
{
	struct ds_err err = DS_ERR_INIT;
	struct article a;
	int old;
	article_init(&a);
	int rc = stored(ing, id, &a, &old, &err);
	if (rc == DS_ENOTFOUND || rc == DS_EFORMAT) {
		/* the catalog's alone (`check` tells), or unreadable */
		ingest_report(ing, "error", id, rc == DS_ENOTFOUND ?
			      "in the catalog, not in the index" : err.msg);
		ing->st.failed++;
		rc = 0;
	} else if (rc) {
		ds_err_set(&ing->fatal, rc, "%s; stopped at '%s'", err.msg, id);
	} else if (old) {
		ing->st.unchanged++;   /* left as it is: ingest.h */
	} else {
		rc = ingest_article(ing, &a);
	}
	article_release(&a);
	ing->st.done_bytes++;
	ingest_progress(ing);
	return rc;
}

int ingest_retag(struct ingest *ing, struct ds_err *err)
{
	if (!ing->w)
		return ds_err_set(err, DS_EINVAL, "no index to retag");
	struct buf mark = BUF_INIT, after = BUF_INIT, ids = BUF_INIT;
	struct ds_err e = DS_ERR_INIT;
	uint64_t total = 0;
	int rc = ixw_mark(ing->w, &mark, &e);
	if (!rc)
		rc = cat_count(ixw_catalog(ing->w), &total, &e);
	/* resume the pass a stop left, if it tagged with this salt */
	size_t sl = ing->salt.len;
	if (!rc && mark.len > sl && !memcmp(mark.buf, ing->salt.buf, sl) &&
	    mark.buf[sl] == '\n')
		buf_addstr(&after, mark.buf + sl + 1);
	ing->st.total_bytes = total;   /* progress counts stories */
	ing->retag = 1;
	size_t n = 1;
	while (!rc && n) {
		buf_reset(&ids);
		rc = cat_ids_after(ixw_catalog(ing->w), after.buf, RETAG_PAGE,
				   &ids, &n, &e);
		const char *id = ids.buf;
		for (size_t i = 0; !rc && i < n; i++, id += strlen(id) + 1) {
			if (ingest_stopped(ing)) {
				rc = DS_EINTR;
				break;
			}
			buf_reset(&mark);
			buf_addf(&mark, "%s\n%s", ing->salt.buf, id);
			ingest_mark(ing, mark.buf);
			rc = retag_one(ing, id);
			buf_reset(&after);
			buf_addstr(&after, id);
		}
	}
	/* the stories on their way are written as retagged ones */
	if (!rc)
		rc = ingest_pipe_drain(ing);
	ing->retag = 0;
	free(ing->mark);
	ing->mark = NULL;
	if (!rc)
		ixw_set_mark(ing->w, "");   /* done: ingest_finish commits */
	if (rc == DS_EINTR)
		ds_err_set(err, rc, "interrupted");
	else if (rc)
		ds_err_set(err, rc, "%s", ing->fatal.code ? ing->fatal.msg :
			   e.msg);
	buf_release(&mark);
	buf_release(&after);
	buf_release(&ids);
	return rc;
}
