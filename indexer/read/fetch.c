/*
 * fetch.c - HTTP(S) with libcurl (fetch.h).
 */
#include "fetch.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "version.h"

struct fetcher {
	CURL *curl;
	struct fetch_opts opts;
	long long deadline_ms;        /* budget's end (monotonic); 0: none */
	char errbuf[CURL_ERROR_SIZE];
};

struct sink {
	struct buf *body;
	size_t max;
	int too_big;                  /* the body went over `max` */
	size_t header_bytes;          /* all response headers so far */
	int header_too_big;           /* they went over FETCH_MAX_HEADER_BYTES */
};

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

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

/*
 * The body arrives here decompressed: CURLOPT_MAXFILESIZE only checks the
 * size on the wire, so this check is what stops a gzip bomb.
 */
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

static size_t on_header(char *p, size_t size, size_t n, void *user)
{
	struct sink *s = user;
	(void)p;
	s->header_bytes += size * n;
	if (s->header_bytes > FETCH_MAX_HEADER_BYTES) {
		s->header_too_big = 1;
		return 0;
	}
	return size * n;
}

/* libcurl's codes that deserve a plainer reason than its own message */
static const struct {
	CURLcode code;
	const char *reason;
} reasons[] = {
	{CURLE_UNSUPPORTED_PROTOCOL, "only http and https URLs are fetched"},
	{CURLE_GOT_NOTHING, "the server closed the connection without "
			    "answering"},
	{CURLE_PARTIAL_FILE, "the response ended before its announced length"},
	{CURLE_RECV_ERROR, "the connection broke while receiving"},
	{CURLE_SEND_ERROR, "the connection broke while sending"},
	{CURLE_BAD_CONTENT_ENCODING, "the compressed response is corrupt"},
	{CURLE_WEIRD_SERVER_REPLY, "the server's answer is not HTTP"},
	/* libcurl 7.x says "out of memory" for a header line over 100 kB */
	{CURLE_OUT_OF_MEMORY, "response header too large"},
};

/* libcurl calls this at least once a second: a signal ends the transfer. */
static int on_progress(void *user, curl_off_t dltotal, curl_off_t dlnow,
		       curl_off_t ultotal, curl_off_t ulnow)
{
	volatile sig_atomic_t *stop = user;
	(void)dltotal, (void)dlnow, (void)ultotal, (void)ulnow;
	return stop && *stop;
}

/* The reason for a failed transfer, into `err`. */
static int fail(struct fetcher *f, CURLcode cc, const struct sink *s,
		int by_budget, struct ds_err *err)
{
	if (cc == CURLE_ABORTED_BY_CALLBACK && f->opts.stop && *f->opts.stop)
		return ds_err_set(err, DS_EINTR, NULL);
	if (s->too_big || cc == CURLE_FILESIZE_EXCEEDED)
		return ds_err_set(err, DS_EFETCH, "response larger than %zu "
				  "bytes", f->opts.max_bytes);
	if (s->header_too_big)
		return ds_err_set(err, DS_EFETCH, "response header too large");
	if (cc == CURLE_OPERATION_TIMEDOUT && by_budget)
		return ds_err_set(err, DS_EFETCH, "timed out: the %ld s for "
				  "all of the feed's links ran out",
				  f->opts.budget_s);
	if (cc == CURLE_OPERATION_TIMEDOUT)
		return ds_err_set(err, DS_EFETCH, "timed out after %ld s",
				  f->opts.timeout_s);
	if (cc == CURLE_TOO_MANY_REDIRECTS)
		return ds_err_set(err, DS_EFETCH, "more than %d redirects",
				  FETCH_MAX_REDIRECTS);
	for (size_t i = 0; i < ARRAY_SIZE(reasons); i++)
		if (reasons[i].code == cc)
			return ds_err_set(err, DS_EFETCH, "%s",
					  reasons[i].reason);
	return ds_err_set(err, DS_EFETCH, "%s", f->errbuf[0] ? f->errbuf :
			  curl_easy_strerror(cc));
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
	if (f->opts.budget_s <= 0)
		f->opts.budget_s = FETCH_BUDGET_FACTOR * f->opts.timeout_s;
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
	struct sink s = { &r->body, f->opts.max_bytes, 0, 0, 0 };
	buf_reset(&r->body);
	buf_reset(&r->content_type);
	buf_reset(&r->final_url);
	r->status = 0;
	long timeout_ms = f->opts.timeout_s * 1000;
	int by_budget = 0;
	if (f->deadline_ms) {
		long long left = f->deadline_ms - now_ms();
		if (left <= 0)
			return fail(f, CURLE_OPERATION_TIMEDOUT, &s, 1, err);
		if (left < timeout_ms) {
			timeout_ms = (long)left;
			by_budget = 1;
		}
	}

	curl_easy_reset(c);
	f->errbuf[0] = '\0';
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, f->opts.connect_timeout_s);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout_ms);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE,
			 (curl_off_t)f->opts.max_bytes);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "dealsearch/" DS_VERSION);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, f->errbuf);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, &s);
	curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c, CURLOPT_XFERINFODATA, f->opts.stop);

	CURLcode cc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &r->status);
	char *ct = NULL, *eff = NULL;
	curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
	curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
	if (ct)
		buf_addstr(&r->content_type, ct);
	buf_addstr(&r->final_url, eff ? eff : url);

	if (cc != CURLE_OK)
		return fail(f, cc, &s, by_budget, err);
	if (r->status >= 400)
		return ds_err_set(err, DS_EFETCH, "http %ld", r->status);
	return 0;
}

long fetch_budget_start(struct fetcher *f)
{
	f->deadline_ms = now_ms() + (long long)f->opts.budget_s * 1000;
	return f->opts.budget_s;
}

int fetch_budget_left(const struct fetcher *f)
{
	return !f->deadline_ms || now_ms() < f->deadline_ms;
}

void fetch_budget_stop(struct fetcher *f)
{
	f->deadline_ms = 0;
}
