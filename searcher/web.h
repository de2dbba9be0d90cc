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
 *   - web_query() says what the request asks in the query language
 *     (query.h): the text, and one clause per filter and bound, each a
 *     query of its own that search.h applies to the text as a whole
 *     (`oil OR gold` with f=type:acquisition keeps the acquisitions among
 *     all the stories about oil or gold).  Nothing is glued to the text.
 *   - web_page() writes the search page, web_story() a story's page (the
 *     CGI program answers ".../story" with it, docs/DEPLOY.md); every
 *     byte from the index or the request
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
#define WEB_MAX_PAGE 1000   /* a later page= asks for this one */
#define WEB_MAX_QUERY_STRING 4096

struct web_req {
	char *q;                          /* the query text, owned */
	char *filter[WEB_MAX_FILTERS];    /* "region:southeast-asia", owned */
	size_t nfilter;
	char *amin, *amax;                /* "30m", owned or NULL */
	char *from, *to;                  /* "2017-01-01", owned or NULL */
	char *saved;                      /* saved query name, owned */
	char *id;                         /* the story page's story, owned */
	enum xdb_sort sort;
	unsigned page;                    /* 1-based, at most WEB_MAX_PAGE */
	int json;                         /* format=json */
};

void web_req_release(struct web_req *r);

/* Parse a CGI QUERY_STRING; 0, or DS_EINVAL when it is too long. */
int web_parse(const char *qs, struct web_req *r, struct ds_err *err);

#define WEB_MAX_CLAUSES (WEB_MAX_FILTERS + 4)   /* + amin amax from to */

/* The query a request asks: the search as srch_opts takes it. */
struct web_query {
	const char *text;                 /* the request's q, borrowed; ""
					     when none */
	char *filter[WEB_MAX_CLAUSES];    /* 'type:"acquisition"',
					     "amount:>=30m", owned */
	size_t nfilter;
};

/* OUT: *q (release with web_query_release); empty when r asks nothing. */
void web_query(const struct web_req *r, struct web_query *q);
void web_query_release(struct web_query *q);

/*
 * What the page shows of the index beyond one search; cgi.c fills it from
 * the open index (srch_gazetteer(), srch_date_range()).  Any part may be
 * missing (the index could not be opened): the page then shows codes as
 * they are and generic hints.
 */
struct web_index {
	const struct gaz *g;              /* names of codes, borrowed; or
					     NULL */
	char first[SRCH_DAY_LEN];         /* the earliest story's day, or "" */
	char last[SRCH_DAY_LEN];          /* the latest story's day, or "" */
};

/*
 * The page: the form, the facet sidebar, the results (or `error` with the
 * query, or the malformed clause, and a caret under `error_pos`, when
 * error is not NULL).  `query` is the text searched for (the page's title);
 * the filters show as chips.  Facet values and chips read as words (the
 * gazetteer's names of regions, countries and sectors, amounts for the
 * amount buckets), their links keep the codes.  `res` may be NULL (no
 * search yet), and `ix`
 * NULL (nothing known of the index).  Paging reads "page N of M" and
 * links to no page past the last; a page past it says so and links to
 * the last.  No results: what was searched, and a link without each
 * filter and bound, that one alone.
 */
void web_page(FILE *out, const struct web_req *req,
	      const struct web_index *ix, const char *query,
	      const struct srch_result *res, const char *error,
	      size_t error_pos);

/*
 * A story's page (`story?id=ID&q=...` and the search's other parameters,
 * as the hits link to it): its headline, date, source and link, the deal
 * in one line, its tags (companies, people, places, regions, sectors,
 * amounts; places, regions, sectors and companies linking to their
 * stories) and the whole stored text with the words of the request's
 * query marked, and a link back to the search.  `st` NULL: a page saying
 * that the index holds no story with the request's id (or that none was
 * asked for), for a 404.
 */
void web_story(FILE *out, const struct web_req *req,
	       const struct web_index *ix, const struct srch_story *st);

#endif /* DS_WEB_H */
