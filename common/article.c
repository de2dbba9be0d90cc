/*
 * article.c - article lifecycle, ids and content hashes (include/article.h).
 */
#include "article.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "analyse.h"
#include "date.h"

void article_init(struct article *a)
{
	memset(a, 0, sizeof(*a));
}

void article_release(struct article *a)
{
	free(a->id);
	free(a->url);
	free(a->title);
	free(a->body);
	free(a->source);
	free(a->date_raw);
	free(a->dateline);
	free(a->origin);
	article_init(a);
}

void article_set(char **field, const char *s, size_t len)
{
	free(*field);
	*field = s ? xstrndup(s, len) : NULL;
}

/* Replace invalid UTF-8 in a field; returns the number of repairs. */
static size_t repair(char **field)
{
	if (!*field)
		return 0;
	struct buf b = BUF_INIT;
	size_t bad = ana_utf8_repair(*field, strlen(*field), &b);
	if (bad) {
		free(*field);
		*field = buf_detach(&b, NULL);
	} else {
		buf_release(&b);
	}
	return bad;
}

static int lower_ascii(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int has_prefix_ci(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (lower_ascii((unsigned char)*s) != *prefix)
			return 0;
	return 1;
}

int article_canonical_url(const char *url, struct buf *out, struct ds_err *err)
{
	buf_reset(out);
	if (!has_prefix_ci(url, "http://") && !has_prefix_ci(url, "https://"))
		return ds_err_set(err, DS_EINVAL, "not an http(s) URL: '%s'", url);
	CURLU *u = curl_url();
	if (!u)
		return ds_err_set(err, DS_ENOMEM, NULL);
	int rc = 0;
	char *host = NULL, *query = NULL, *full = NULL;
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK) {
		rc = ds_err_set(err, DS_EINVAL, "malformed URL: '%s'", url);
		goto done;
	}
	curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0);
	if (curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
		for (char *p = host; *p; p++)
			*p = (char)lower_ascii((unsigned char)*p);
		curl_url_set(u, CURLUPART_HOST, host, 0);
	}
	if (curl_url_get(u, CURLUPART_QUERY, &query, 0) == CURLUE_OK) {
		struct buf q = BUF_INIT;
		char *save = NULL;
		for (char *kv = strtok_r(query, "&", &save); kv;
		     kv = strtok_r(NULL, "&", &save)) {
			if (!strncmp(kv, "utm_", 4))
				continue;
			if (q.len)
				buf_addch(&q, '&');
			buf_addstr(&q, kv);
		}
		curl_url_set(u, CURLUPART_QUERY, q.len ? q.buf : NULL, 0);
		buf_release(&q);
	}
	if (curl_url_get(u, CURLUPART_URL, &full, CURLU_NO_DEFAULT_PORT) !=
	    CURLUE_OK) {
		rc = ds_err_set(err, DS_EINVAL, "malformed URL: '%s'", url);
		goto done;
	}
	buf_addstr(out, full);
done:
	curl_free(host);
	curl_free(query);
	curl_free(full);
	curl_url_cleanup(u);
	return rc;
}

/* Feed one field into the hash, length-prefixed so fields cannot blur. */
static void hash_field(XXH3_state_t *st, const char *s)
{
	size_t n = s ? strlen(s) : (size_t)-1;
	XXH3_128bits_update(st, &n, sizeof(n));
	if (s)
		XXH3_128bits_update(st, s, strlen(s));
}

static int blank(const char *s)
{
	if (!s)
		return 1;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return 0;
	return 1;
}

int article_finish(struct article *a, struct ds_err *err)
{
	a->repaired += repair(&a->id) + repair(&a->url) + repair(&a->title) +
		      repair(&a->body) + repair(&a->source) +
		      repair(&a->date_raw) + repair(&a->dateline);
	if (!a->title)
		a->title = xstrdup("");
	if (!a->body)
		a->body = xstrdup("");
	/* A record with an id of its own is kept even when empty (Reuters has
	 * one such story); without an id, emptiness means a bad input. */
	if (blank(a->title) && blank(a->body) && (!a->id || !*a->id))
		return ds_err_set(err, DS_EFORMAT, "no article text");

	if (a->url && blank(a->url)) {   /* an empty link is no link, nor an id */
		free(a->url);
		a->url = NULL;
	}
	a->has_date = 0;
	if (a->date_raw && *a->date_raw) {
		struct ds_err ignore = DS_ERR_INIT;
		a->has_date = date_parse(a->date_raw, strlen(a->date_raw),
					 &a->date, &ignore) == 0;
	}
	if (a->url) {
		struct buf c = BUF_INIT;
		struct ds_err ignore = DS_ERR_INIT;
		if (article_canonical_url(a->url, &c, &ignore) == 0) {
			free(a->url);
			a->url = buf_detach(&c, NULL);
		}
		buf_release(&c);
	}

	XXH3_state_t *st = XXH3_createState();
	if (!st)
		return ds_err_set(err, DS_ENOMEM, NULL);
	XXH3_128bits_reset(st);
	hash_field(st, a->url);
	hash_field(st, a->title);
	hash_field(st, a->body);
	hash_field(st, a->source);
	hash_field(st, a->dateline);
	char iso[DATE_ISO_LEN] = "";
	if (a->has_date)
		date_iso(a->date, iso);
	hash_field(st, iso);
	XXH128_hash_t content = XXH3_128bits_digest(st);
	/* The stored hash also covers the analysis version; the id does not,
	 * so a new version replaces documents instead of duplicating them. */
	XXH3_128bits_reset(st);
	XXH3_128bits_update(st, &content, sizeof(content));
	hash_field(st, ARTICLE_VERSION);
	XXH128_hash_t h = XXH3_128bits_digest(st);
	XXH3_freeState(st);
	snprintf(a->hash, sizeof(a->hash), "%016llx%016llx",
		 (unsigned long long)h.high64, (unsigned long long)h.low64);

	if (a->id && !*a->id) {
		free(a->id);
		a->id = NULL;
	}
	if (!a->id) {
		if (a->url) {
			a->id = xstrdup(a->url);
		} else {
			struct buf b = BUF_INIT;
			buf_addf(&b, "sha:%016llx%016llx",
				 (unsigned long long)content.high64,
				 (unsigned long long)content.low64);
			a->id = buf_detach(&b, NULL);
		}
	}
	return 0;
}

void article_text_hash(const char *title, const char *body,
		       char out[ARTICLE_HASH_LEN])
{
	XXH3_state_t *st = XXH3_createState();
	if (!st)
		abort();
	XXH3_128bits_reset(st);
	hash_field(st, title);
	hash_field(st, body);
	XXH128_hash_t h = XXH3_128bits_digest(st);
	XXH3_freeState(st);
	snprintf(out, ARTICLE_HASH_LEN, "%016llx%016llx",
		 (unsigned long long)h.high64, (unsigned long long)h.low64);
}

void article_salt_hash(struct article *a, const char *salt)
{
	XXH3_state_t *st = XXH3_createState();
	if (!st)
		abort();
	XXH3_128bits_reset(st);
	hash_field(st, a->hash);
	hash_field(st, salt);
	XXH128_hash_t h = XXH3_128bits_digest(st);
	XXH3_freeState(st);
	snprintf(a->hash, sizeof(a->hash), "%016llx%016llx",
		 (unsigned long long)h.high64, (unsigned long long)h.low64);
}
