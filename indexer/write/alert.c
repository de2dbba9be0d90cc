/*
 * alert.c - a story's alert state across its versions (alert.h).
 */
#include "alert.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "schema.h"

/* The deal's fields an alert compares, in the order changes are listed. */
static const char *const deal_fields[] = {
	"type", "status", "amount", "acquirer", "target", "seller",
	"investors", "parties",
};

static const char *str(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* Whether `name` is one of the deal's named roles. */
static int has_role(json_t *d, const char *name)
{
	static const char *const roles[] = {"acquirer", "target", "seller"};
	for (size_t i = 0; i < ARRAY_SIZE(roles); i++)
		if (str(d, roles[i]) && !strcmp(str(d, roles[i]), name))
			return 1;
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(d, "investors"), i, v)
		if (json_string_value(v) && !strcmp(json_string_value(v), name))
			return 1;
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * The parties of stored deal `d` that hold no named role, by name (the
 * tagger's order of them says nothing), joined by ", " into out.
 */
static void other_parties(json_t *d, struct buf *out)
{
	json_t *parties = json_object_get(d, "parties");
	size_t n = 0, i;
	json_t *v;
	const char **names = xcalloc(json_array_size(parties) + 1,
				     sizeof(*names));
	json_array_foreach(parties, i, v)
		if (json_string_value(v) && !has_role(d, json_string_value(v)))
			names[n++] = json_string_value(v);
	qsort(names, n, sizeof(*names), by_name);
	for (i = 0; i < n; i++)
		buf_addf(out, "%s%s", i ? ", " : "", names[i]);
	free(names);
}

/*
 * OUT: field f of stored deal `d` as an alert shows it, in out; returns 0
 * when it has none ("none" to people, null in JSON).  A deal without a
 * type (none, or one the index did not claim) has no field at all.
 */
static int deal_field(json_t *d, const char *f, struct buf *out)
{
	buf_reset(out);
	if (!str(d, "type"))
		return 0;
	if (!strcmp(f, "status")) {
		/* as `status:` asks: a bid turned down is "rejected" */
		buf_addstr(out, json_is_true(json_object_get(d, "rejected")) ?
			   "rejected" : str(d, "status") ? str(d, "status") :
			   "");
	} else if (!strcmp(f, "amount")) {
		/* as the story writes it: a new USD rate is no news */
		const char *t = str(json_object_get(d, "amount"), "text");
		buf_addstr(out, t ? t : "");
	} else if (!strcmp(f, "investors")) {
		size_t i;
		json_t *v;
		json_array_foreach(json_object_get(d, f), i, v)
			if (json_string_value(v))
				buf_addf(out, "%s%s", out->len ? ", " : "",
					 json_string_value(v));
	} else if (!strcmp(f, "parties")) {
		other_parties(d, out);
	} else {
		buf_addstr(out, str(d, f) ? str(d, f) : "");
	}
	return out->len > 0;
}

static json_t *change(int64_t batch, const char *field)
{
	json_t *c = json_object();
	json_object_set_new(c, "batch", json_integer((json_int_t)batch));
	json_object_set_new(c, "field", json_string(field));
	return c;
}

/* Append to `changes` what changed between the stored deals a and b. */
static void deal_changes(json_t *a, json_t *b, int64_t batch, json_t *changes)
{
	struct buf x = BUF_INIT, y = BUF_INIT;
	for (size_t i = 0; i < ARRAY_SIZE(deal_fields); i++) {
		int hx = deal_field(a, deal_fields[i], &x);
		int hy = deal_field(b, deal_fields[i], &y);
		if (hx == hy && !strcmp(x.buf, y.buf))
			continue;
		json_t *c = change(batch, deal_fields[i]);
		json_object_set_new(c, "from", hx ? json_string(x.buf) :
				    json_null());
		json_object_set_new(c, "to", hy ? json_string(y.buf) :
				    json_null());
		json_array_append_new(changes, c);
	}
	buf_release(&x);
	buf_release(&y);
}

static int same_str(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

/*
 * Add change c, of the batch being written, to the history.  A story
 * written twice in one batch (two versions in one ingest) is seen by no
 * reader in between (a snapshot holds whole batches), so a field changed
 * twice in it is one change, from its value before the batch, and none
 * when it is back to that value (the text's by its hash).
 */
static void record(json_t *changes, json_t *c, int64_t batch)
{
	const char *f = str(c, "field");
	size_t i;
	json_t *e;
	json_array_foreach(changes, i, e) {
		if (json_integer_value(json_object_get(e, "batch")) != batch ||
		    !str(e, "field") || strcmp(str(e, "field"), f))
			continue;
		json_object_set(e, "to", json_object_get(c, "to"));
		if (same_str(str(e, "from"), str(e, "to")))
			json_array_remove(changes, i);
		return;
	}
	json_array_append(changes, c);
}

/* The batch of the story's last alert: when it was first indexed, or
 * when it last changed. */
static int64_t last_alert(json_t *alert)
{
	int64_t last = json_integer_value(json_object_get(alert, "first"));
	size_t i;
	json_t *e;
	json_array_foreach(json_object_get(alert, "changes"), i, e) {
		int64_t b = json_integer_value(json_object_get(e, "batch"));
		if (b > last)
			last = b;
	}
	return last;
}

void alert_update(json_t *data, const char *body, struct alert_ctx *ctx)
{
	json_t *prev = ctx->prev ? json_loads(ctx->prev,
					      JSON_DISABLE_EOF_CHECK, NULL) :
				   NULL;
	json_t *alert = json_object();
	ctx->deal_changed = 0;
	if (!json_is_object(prev)) {   /* new to the index */
		json_object_set_new(alert, "first",
				    json_integer((json_int_t)ctx->batch));
	} else {
		json_t *old = json_object_get(prev, "alert");
		json_t *first = json_object_get(old, "first");
		/* a version written before alerts were kept: first indexed
		 * in the batch that wrote it */
		json_object_set_new(alert, "first", json_is_integer(first) ?
				    json_incref(first) : json_integer(
				    (json_int_t)ctx->prev_batch));
		json_t *now = json_array();
		json_t *ta = json_object_get(prev, "tags"),
		       *tb = json_object_get(data, "tags");
		if (ta && tb)
			deal_changes(json_object_get(ta, "deal"),
				     json_object_get(tb, "deal"), ctx->batch,
				     now);
		ctx->deal_changed = json_array_size(now) > 0;
		/* the text: from and to are its hashes, for record() */
		char hp[ARTICLE_HASH_LEN], hn[ARTICLE_HASH_LEN];
		article_text_hash(str(prev, "title"),
				  schema_data_body(ctx->prev), hp);
		article_text_hash(str(data, "title"), body, hn);
		if (strcmp(hp, hn)) {
			json_t *c = change(ctx->batch, "text");
			json_object_set_new(c, "from", json_string(hp));
			json_object_set_new(c, "to", json_string(hn));
			json_array_append_new(now, c);
		}
		/* kept, then this version's, the last ALERT_HISTORY; a story
		 * new in this very batch is new, whatever its versions */
		json_t *changes = json_copy(json_object_get(old, "changes"));
		if (!json_is_array(changes)) {
			json_decref(changes);
			changes = json_array();
		}
		size_t i;
		json_t *c;
		if (json_integer_value(json_object_get(alert, "first")) !=
		    ctx->batch)
			json_array_foreach(now, i, c)
				record(changes, c, ctx->batch);
		while (json_array_size(changes) > ALERT_HISTORY)
			json_array_remove(changes, 0);
		if (json_array_size(changes))
			json_object_set_new(alert, "changes", changes);
		else
			json_decref(changes);
		json_decref(now);
	}
	ctx->slot_batch = last_alert(alert);
	ctx->fired = ctx->slot_batch == ctx->batch;
	json_object_set_new(data, "alert", alert);
	json_decref(prev);
}
