/*
 * fetch.c - HTTP(S) with libcurl (fetch.h).
 */
#include "fetch.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "version.h"

struct fetcher {
	CURL *curl;
	struct fetch_opts opts;
	char errbuf[CURL_ERROR_SIZE];
};

struct sink {
	struct buf *body;
	size_t max;
	int too_big;
};

void fetch_global_init(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

void fetch_global_cleanup(void)
{
	curl_global_cleanup();
}

int fetch_is_url(const char *s)
{
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8);
}

static size_t on_data(char *p, size_t size, size_t n, void *user)
{
	struct sink *s = user;
	size_t len = size * n;
	if (s->body->len + len > s->max) {
		s->too_big = 1;
		return 0;  /* makes libcurl stop with CURLE_WRITE_ERROR */
	}
	buf_add(s->body, p, len);
	return len;
}

int fetch_new(const struct fetch_opts *opts, struct fetcher **out,
	      struct ds_err *err)
{
	*out = NULL;
	CURL *c = curl_easy_init();
	if (!c)
		return ds_err_set(err, DS_ENOMEM, "cannot start libcurl");
	struct fetcher *f = xcalloc(1, sizeof(*f));
	f->curl = c;
	if (opts)
		f->opts = *opts;
	if (f->opts.connect_timeout_s <= 0)
		f->opts.connect_timeout_s = 10;
	if (f->opts.timeout_s <= 0)
		f->opts.timeout_s = 30;
	if (!f->opts.max_bytes)
		f->opts.max_bytes = 16u << 20;
	*out = f;
	return 0;
}

void fetch_free(struct fetcher *f)
{
	if (!f)
		return;
	curl_easy_cleanup(f->curl);
	free(f);
}

void fetch_result_init(struct fetch_result *r)
{
	buf_init(&r->body, 0);
	buf_init(&r->content_type, 0);
	buf_init(&r->final_url, 0);
	r->status = 0;
}

void fetch_result_release(struct fetch_result *r)
{
	buf_release(&r->body);
	buf_release(&r->content_type);
	buf_release(&r->final_url);
	r->status = 0;
}

int fetch_get(struct fetcher *f, const char *url, struct fetch_result *r,
	      struct ds_err *err)
{
	CURL *c = f->curl;
	struct sink s = { &r->body, f->opts.max_bytes, 0 };
	buf_reset(&r->body);
	buf_reset(&r->content_type);
	buf_reset(&r->final_url);
	r->status = 0;

	curl_easy_reset(c);
	f->errbuf[0] = '\0';
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, f->opts.connect_timeout_s);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, f->opts.timeout_s);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE,
			 (curl_off_t)f->opts.max_bytes);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "dealsearch/" DS_VERSION);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, f->errbuf);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);

	CURLcode cc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
	char *ct = NULL, *eff = NULL;
	curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
	curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
	if (ct)
		buf_addstr(&r->content_type, ct);
	buf_addstr(&r->final_url, eff ? eff : url);

	if (s.too_big || cc == CURLE_FILESIZE_EXCEEDED)
		return ds_err_set(err, DS_EFETCH, "response larger than %zu "
				  "bytes", f->opts.max_bytes);
	if (cc == CURLE_OPERATION_TIMEDOUT)
		return ds_err_set(err, DS_EFETCH, "timed out after %ld s",
				  f->opts.timeout_s);
	if (cc == CURLE_TOO_MANY_REDIRECTS)
		return ds_err_set(err, DS_EFETCH, "more than %d redirects",
				  FETCH_MAX_REDIRECTS);
	if (cc != CURLE_OK)
		return ds_err_set(err, DS_EFETCH, "%s", f->errbuf[0] ?
				  f->errbuf : curl_easy_strerror(cc));
	if (r->status >= 400)
		return ds_err_set(err, DS_EFETCH, "http %ld", r->status);
	return 0;
}
