/*
 * fetch.h - getting a URL over HTTP(S) with libcurl.
 *
 * Contract:
 *   - A fetcher keeps one libcurl handle (connections are reused).  It
 *     follows at most FETCH_MAX_REDIRECTS redirects, gives up after the
 *     connect and total timeouts, refuses bodies over `max_bytes`, sends the
 *     dealsearch user agent, and treats HTTP status >= 400 as a failure.
 *   - Response headers over FETCH_MAX_HEADER_BYTES in all are refused
 *     ("response header too large"), and a compressed body counts at its
 *     decompressed size: a gzip bomb stops at `max_bytes`.
 *   - Only http and https are fetched (also after redirects).
 *   - A budget bounds a series of fetches (a feed's links): between
 *     fetch_budget_start() and fetch_budget_stop(), each fetch gives up when
 *     `budget_s` have passed since the start, whatever its own timeout.
 *   - When *opts.stop becomes nonzero, a transfer in progress is aborted
 *     within a second (DS_EINTR).
 *   - fetch_global_init()/cleanup() bracket the program's use of libcurl.
 */
#ifndef DS_FETCH_H
#define DS_FETCH_H

#include <signal.h>
#include <stddef.h>

#include "buf.h"
#include "err.h"

#define FETCH_MAX_REDIRECTS 5
/* all response headers together; below libcurl's own limits (100 kB a
 * line, which it reports as "Out of memory", and 300 kB in all) */
#define FETCH_MAX_HEADER_BYTES (256 * 1024)
/* a feed's links get this many single-fetch timeouts in all: a feed of
 * stalling links costs minutes, not hours */
#define FETCH_BUDGET_FACTOR 10

struct fetch_opts {
	long connect_timeout_s;  /* default 10 */
	long timeout_s;          /* whole transfer; default 30 */
	long budget_s;           /* all of a feed's links; default
				    FETCH_BUDGET_FACTOR * timeout_s */
	size_t max_bytes;        /* default 16 MiB */
	volatile sig_atomic_t *stop;  /* set (by a signal): abort the transfer */
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

/*
 * DS_EFETCH with the reason ("http 404", "timed out after 30 s", "response
 * larger than 100 bytes", "response header too large" ...).
 */
int fetch_get(struct fetcher *f, const char *url, struct fetch_result *r,
	      struct ds_err *err);

/*
 * Start the budget clock; returns the budget in seconds.  Until
 * fetch_budget_stop(), fetch_budget_left() is 0 once the budget is spent.
 *
 *	fetch_budget_start(f);
 *	for (each link)
 *		if (fetch_budget_left(f)) fetch_get(f, link, ...); else skipped++;
 *	fetch_budget_stop(f);
 */
long fetch_budget_start(struct fetcher *f);
int fetch_budget_left(const struct fetcher *f);
void fetch_budget_stop(struct fetcher *f);

/* Is `s` an http:// or https:// URL? */
int fetch_is_url(const char *s);

#endif /* DS_FETCH_H */
