/*
 * fetch.h - getting a URL over HTTP(S) with libcurl.
 *
 * Contract:
 *   - A fetcher keeps one libcurl handle (connections are reused).  It
 *     follows at most FETCH_MAX_REDIRECTS redirects, gives up after the
 *     connect and total timeouts, refuses bodies over `max_bytes`, sends the
 *     dealsearch user agent, and treats HTTP status >= 400 as a failure.
 *   - Only http and https are fetched (also after redirects).
 *   - fetch_global_init()/cleanup() bracket the program's use of libcurl.
 */
#ifndef DS_FETCH_H
#define DS_FETCH_H

#include <stddef.h>

#include "buf.h"
#include "err.h"

#define FETCH_MAX_REDIRECTS 5

struct fetch_opts {
	long connect_timeout_s;  /* default 10 */
	long timeout_s;          /* whole transfer; default 30 */
	size_t max_bytes;        /* default 16 MiB */
};

struct fetch_result {
	struct buf body;          /* the response body */
	struct buf content_type;  /* "" when the server sent none */
	struct buf final_url;     /* after redirects */
	long status;              /* HTTP status */
};

struct fetcher;

void fetch_global_init(void);
void fetch_global_cleanup(void);

int fetch_new(const struct fetch_opts *opts, struct fetcher **out,
	      struct ds_err *err);
void fetch_free(struct fetcher *f);

void fetch_result_init(struct fetch_result *r);
void fetch_result_release(struct fetch_result *r);

/* DS_EFETCH with the reason ("http 404", "timed out after 30 s" ...). */
int fetch_get(struct fetcher *f, const char *url, struct fetch_result *r,
	      struct ds_err *err);

/* Is `s` an http:// or https:// URL? */
int fetch_is_url(const char *s);

#endif /* DS_FETCH_H */
