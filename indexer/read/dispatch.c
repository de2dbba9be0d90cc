/*
 * dispatch.c - format detection and the plain-text reader (reader.h).
 */
#include "reader.h"

#include <ctype.h>
#include <libxml/parser.h>
#include <string.h>
#include <strings.h>

/* How much of an input format detection looks at. */
#define RD_HEAD 4096

void rd_global_init(void)
{
	xmlInitParser();
}

void rd_global_cleanup(void)
{
	xmlCleanupParser();
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcasecmp(s + n - m, suffix);
}

/* Case-insensitive search for `needle` in the first `len` bytes. */
static int contains_ci(const char *s, size_t len, const char *needle)
{
	size_t m = strlen(needle);
	for (size_t i = 0; i + m <= len; i++)
		if (!strncasecmp(s + i, needle, m))
			return 1;
	return 0;
}

enum rd_kind rd_detect(const char *data, size_t len, const char *name,
		       const char *ct)
{
	size_t head = len < RD_HEAD ? len : RD_HEAD;
	/* JSON lines first: a NUL or a control byte in one line costs that
	 * line (reported by the reader), not the file's valid lines */
	size_t j = len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3) ? 3 : 0;
	while (j < head && isspace((unsigned char)data[j]))
		j++;
	if (j < head && data[j] == '{')
		return RD_JSONL;
	if (memchr(data, '\0', head))
		return RD_BINARY;
	/* control bytes other than white space mark binary data */
	size_t ctl = 0;
	for (size_t i = 0; i < head; i++) {
		unsigned char c = (unsigned char)data[i];
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
			ctl++;
	}
	if (ctl * 100 > head)
		return RD_BINARY;
	size_t i = 0;
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		i = 3;
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	if (i == len)
		return RD_EMPTY;
	const char *p = data + i;
	size_t n = head > i ? head - i : 0;
	if (*p == '{')
		return RD_JSONL;
	if (*p == '<') {
		if (contains_ci(p, n, "<rss") || contains_ci(p, n, "<feed") ||
		    contains_ci(p, n, "<rdf:rdf"))
			return RD_FEED;
		return RD_HTML;
	}
	if (ct && (contains_ci(ct, strlen(ct), "json")))
		return RD_JSONL;
	if (name && (ends_with(name, ".jsonl") || ends_with(name, ".ndjson")))
		return RD_JSONL;
	return RD_TEXT;
}

/* One "Key: value" header line; returns the key index or -1. */
static const char *const header_keys[] = {"date", "source", "url", "title",
					  "id", "dateline"};

static int header_line(const char *s, size_t len, size_t *vstart)
{
	for (size_t k = 0; k < ARRAY_SIZE(header_keys); k++) {
		size_t m = strlen(header_keys[k]);
		if (len > m && !strncasecmp(s, header_keys[k], m) && s[m] == ':') {
			size_t v = m + 1;
			while (v < len && (s[v] == ' ' || s[v] == '\t'))
				v++;
			*vstart = v;
			return (int)k;
		}
	}
	return -1;
}

static size_t line_end(const char *data, size_t len, size_t i)
{
	const char *nl = memchr(data + i, '\n', len - i);
	return nl ? (size_t)(nl - data) : len;
}

static size_t trim_len(const char *s, size_t len)
{
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	return len;
}

int rd_text(struct rd_ctx *ctx, const char *origin, const char *data,
	    size_t len, struct ds_err *err)
{
	struct article a;
	article_init(&a);
	size_t i = 0;
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		i = 3;

	/* optional header block */
	for (;;) {
		size_t e = line_end(data, len, i), v;
		int k = header_line(data + i, e - i, &v);
		if (k < 0)
			break;
		const char *val = data + i + v;
		size_t vlen = trim_len(val, e - i - v);
		char **field[] = {&a.date_raw, &a.source, &a.url, &a.title, &a.id,
				  &a.dateline};
		article_set(field[k], val, vlen);
		i = e < len ? e + 1 : len;
	}
	/* headline: first non-empty line, unless a Title: header gave it */
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	if (!a.title) {
		size_t e = line_end(data, len, i);
		article_set(&a.title, data + i, trim_len(data + i, e - i));
		i = e;
	}
	while (i < len && isspace((unsigned char)data[i]))
		i++;
	article_set(&a.body, data + i, trim_len(data + i, len - i));
	article_set(&a.origin, origin, strlen(origin));
	if (!*a.title && !*a.body) {
		article_release(&a);
		return ds_err_set(err, DS_EFORMAT, "no article text");
	}
	ctx->consumed = len;
	int rc = ctx->emit(ctx, &a);
	article_release(&a);
	return rc;
}

int rd_input(struct rd_ctx *ctx, struct src *s, const char *origin,
	     const char *url, const char *ct, struct ds_err *err)
{
	size_t max = ctx->max_bytes ? ctx->max_bytes : RD_MAX_BYTES_DEFAULT;
	const char *data;
	size_t len, want = 1;
	int rc;
	/* the head, one read at a time: a live pipe of JSON lines starts as
	 * soon as its first line is whole, not after 4 KiB */
	for (;;) {
		if ((rc = src_peek(s, want, &data, &len, err)))
			return rc;
		size_t j = len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3) ? 3 : 0;
		while (j < len && isspace((unsigned char)data[j]))
			j++;
		if (j < len && data[j] == '{' && memchr(data + j, '\n', len - j))
			break;
		if (len < want || len >= RD_HEAD)
			break;
		want = len + 1;
	}
	enum rd_kind k = rd_detect(data, len, origin, ct);
	if (k == RD_JSONL)
		return rd_jsonl_src(ctx, origin, s, err);
	if (k == RD_FEED)
		return rd_feed_src(ctx, origin, s, err);
	if (k == RD_BINARY)
		return ds_err_set(err, DS_EFORMAT, "binary data, not an article");
	/* one document: read it whole, within the limit */
	if ((rc = src_rest(s, max, &data, &len, err)))
		return rc;
	if (k == RD_EMPTY && len > RD_HEAD)   /* white space, then? */
		k = rd_detect(data, len, origin, ct);
	ctx->consumed = s->consumed;
	switch (k) {
	case RD_TEXT:
		return rd_text(ctx, origin, data, len, err);
	case RD_HTML:
		return rd_html(ctx, origin, url, data, len, err);
	case RD_JSONL:   /* after white space; all of it is in memory */
		return rd_jsonl(ctx, origin, data, len, err);
	case RD_FEED:
		return rd_feed(ctx, origin, data, len, err);
	case RD_EMPTY:
		return ds_err_set(err, DS_EFORMAT, "empty input");
	default:
		return ds_err_set(err, DS_EFORMAT, "binary data, not an article");
	}
}
