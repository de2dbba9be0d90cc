/*
 * jsonl.c - JSON lines -> articles, with jansson (reader.h).
 *
 * One object per line with the keys id, url, title, date, dateline, source,
 * and body or html; other keys (Reuters' "labels") are ignored.  Invalid
 * UTF-8 in a line is repaired before parsing, so one bad byte costs one
 * character, not the story.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "analyse.h"
#include "reader.h"

static void take_string(json_t *o, const char *key, char **field)
{
	json_t *v = json_object_get(o, key);
	if (json_is_string(v))
		article_set(field, json_string_value(v), json_string_length(v));
	else if (json_is_integer(v)) {
		char num[32];
		snprintf(num, sizeof(num), "%lld", (long long)json_integer_value(v));
		article_set(field, num, strlen(num));
	}
}

void rd_json_fields(json_t *o, struct article *a)
{
	take_string(o, "id", &a->id);
	take_string(o, "url", &a->url);
	take_string(o, "title", &a->title);
	take_string(o, "date", &a->date_raw);
	take_string(o, "dateline", &a->dateline);
	take_string(o, "source", &a->source);
}

/* Parse one line into `a`; a message in `msg` on failure. */
static int parse_line(const char *line, size_t len, struct article *a,
		      struct buf *msg)
{
	json_error_t jerr;
	json_t *o = json_loadb(line, len, 0, &jerr);
	if (!o) {
		buf_addf(msg, "invalid JSON at column %d: %s", jerr.column,
			 jerr.text);
		return -1;
	}
	if (!json_is_object(o)) {
		json_decref(o);
		buf_addstr(msg, "JSON line is not an object");
		return -1;
	}
	rd_json_fields(o, a);
	take_string(o, "body", &a->body);
	int rc = 0;
	json_t *html = json_object_get(o, "html");
	if ((!a->body || !*a->body) && json_is_string(html)) {
		struct ds_err err = DS_ERR_INIT;
		if (rd_html_parse(json_string_value(html), json_string_length(html),
				  a, &err)) {
			buf_addstr(msg, err.msg);
			rc = -1;
		}
	}
	json_decref(o);
	return rc;
}

int rd_jsonl_src(struct rd_ctx *ctx, const char *origin, struct src *s,
		 struct ds_err *err)
{
	size_t max = ctx->max_bytes ? ctx->max_bytes : RD_MAX_BYTES_DEFAULT;
	struct buf line = BUF_INIT, where = BUF_INIT, msg = BUF_INIT;
	size_t lineno = 0;
	int rc = 0;
	for (;;) {
		const char *p;
		size_t n;
		uint64_t too_long;
		if (ctx->stop && *ctx->stop) {
			rc = ds_err_set(err, DS_EINTR, NULL);
			break;
		}
		rc = src_line(s, max, &p, &n, &too_long, err);
		if (rc <= 0)
			break;
		rc = 0;
		lineno++;
		buf_reset(&where);
		buf_addf(&where, "%s:%zu", origin, lineno);
		if (too_long) {
			buf_reset(&msg);
			buf_addf(&msg, "line of %llu bytes is over the limit of "
				 "%zu bytes (--max-bytes)",
				 (unsigned long long)too_long, max);
			ctx->fail(ctx, where.buf, msg.buf);
			continue;
		}
		while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' ||
			     p[n - 1] == '\t'))
			n--;
		if (!n)
			continue;
		buf_reset(&line);
		ana_utf8_repair(p, n, &line);
		buf_reset(&msg);

		struct article a;
		article_init(&a);
		if (parse_line(line.buf, line.len, &a, &msg)) {
			ctx->fail(ctx, where.buf, msg.buf);
		} else {
			article_set(&a.origin, where.buf, where.len);
			ctx->consumed = s->consumed;
			rc = ctx->emit(ctx, &a);
		}
		article_release(&a);
		if (rc)
			break;
	}
	ctx->consumed = s->consumed;
	buf_release(&line);
	buf_release(&where);
	buf_release(&msg);
	return rc;
}

int rd_jsonl(struct rd_ctx *ctx, const char *origin, const char *data,
	     size_t len, struct ds_err *err)
{
	struct src s;
	src_init_mem(&s, data, len, origin);
	int rc = rd_jsonl_src(ctx, origin, &s, err);
	src_release(&s);
	return rc;
}
