/*
 * web.h - the search page (dealsearch.cgi): the request, the query it
 * asks, and the HTML answer.
 *
 * Contract:
 *   - web_parse() reads a CGI query string into a struct web_req: the
 *     query text, facet filters (f=region:southeast-asia), amount and date
 *     bounds, sort, page, format, saved query name.  Values are
 *     percent-decoded with libxml2 and made valid UTF-8; unknown
 *     parameters are ignored; nothing in a request names a file.
 *   - web_query() composes the full query (query.h language) the request
 *     asks: the text, ANDed with a clause per filter and bound.
 *   - web_page() writes the page: every byte from the index or the request
 *     is escaped for where it goes (HTML text and attributes with libxml2's
 *     xmlEncodeSpecialChars, URLs with xmlURIEscapeStr); only http(s)
 *     article URLs become links.  The page works without JavaScript.
 *   - Depends on search.h, render.h, buf.h and libxml2 (not libcurl: the
 *     CGI starts for every request, and libcurl's thirty libraries would
 *     take most of its time to load).
 */
#ifndef DS_WEB_H
#define DS_WEB_H

#include <stdio.h>

#include "buf.h"
#include "search.h"

#define WEB_MAX_FILTERS 16
#define WEB_PAGE_SIZE 10
#define WEB_MAX_QUERY_STRING 4096

struct web_req {
	char *q;                          /* the query text, owned */
	char *filter[WEB_MAX_FILTERS];    /* "region:southeast-asia", owned */
	size_t nfilter;
	char *amin, *amax;                /* "30m", owned or NULL */
	char *from, *to;                  /* "2017-01-01", owned or NULL */
	char *saved;                      /* saved query name, owned */
	enum xdb_sort sort;
	unsigned page;                    /* 1-based */
	int json;                         /* format=json */
};

void web_req_release(struct web_req *r);

/* Parse a CGI QUERY_STRING; 0, or DS_EINVAL when it is too long. */
int web_parse(const char *qs, struct web_req *r, struct ds_err *err);

/* OUT: the query the request asks (empty when it asks nothing). */
void web_query(const struct web_req *r, struct buf *out);

/*
 * The page: the form, the facet sidebar, the results (or `error` with the
 * query and a caret under `error_pos`, when error is not NULL).  `res` may
 * be NULL (no search yet).
 */
void web_page(FILE *out, const struct web_req *req, const char *query,
	      const struct srch_result *res, const char *error,
	      size_t error_pos);

#endif /* DS_WEB_H */
