/*
 * web.h - the search page (dealsearch.cgi): the request, the query it
 * asks, and the HTML answer.
 *
 * Contract:
 *   - web_parse() reads a CGI query string into a struct web_req: the
 *     query text, facet filters (f=region:southeast-asia), amount and date
 *     bounds, sort, grouping (group=story; by deal otherwise), page,
 *     format, saved query name.  Values are
 *     percent-decoded with libxml2 and made valid UTF-8; unknown
 *     parameters are ignored; nothing in a request names a file.
 *   - web_query() says what the request asks in the query language
 *     (query.h): the text, and one clause per filter and bound, each a
 *     query of its own that search.h applies to the text as a whole
 *     (`oil OR gold` with f=type:acquisition keeps the acquisitions among
 *     all the stories about oil or gold).  Nothing is glued to the text.
 *   - web_page() writes the search page, web_story() a story's page and
 *     web_deal() a deal record's page (the CGI program answers
 *     ".../story" and ".../deal" with them, docs/DEPLOY.md); every
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
	char *id;                         /* the story or deal page's story
					     or record, owned */
	enum xdb_sort sort;
	int by_story;                     /* group=story: a hit per story;
					     otherwise a hit per deal record
					     (srch_opts.group_deal) */
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
 * What the page shows of the index beyond what srch_result tells; cgi.c
 * fills it from the open index (srch_gazetteer(), srch_date_range(), and
 * for a grouped search the counts of its records and stories, from the
 * result).  Any part
 * may be missing (the index could not be opened, or a count failed): the
 * page then shows codes as they are, generic hints, and a grouped total
 * as "results grouped by deal", without saying how many are deals.
 */
struct web_index {
	const struct gaz *g;              /* names of codes, borrowed; or
					     NULL */
	char first[SRCH_DAY_LEN];         /* the earliest story's day, or "" */
	char last[SRCH_DAY_LEN];          /* the latest story's day, or "" */
	int counted;                      /* `deals` and `stories` are known */
	uint64_t deals;                   /* of a grouped result's total, the
					     deal records (the rest are
					     stories without one) */
	uint64_t stories;                 /* the stories a grouped search
					     matches, exactly */
};

/*
 * The page: the form, the facet sidebar, the results (or `error` with the
 * query, or the malformed clause, and a caret under `error_pos`, when
 * error is not NULL).  `query` is the text searched for (the page's title);
 * the filters show as chips.  Facet values and chips read as words (the
 * gazetteer's names of regions, countries and sectors, amounts for the
 * amount buckets), their links keep the codes.  `res` may be NULL (no
 * search yet), and `ix`
 * NULL (nothing known of the index).  The summary says what the total
 * counts: "12 deals (30 stories)" grouped, "25 stories" not, and offers
 * the other grouping; a hit with a deal record adds "N stories from M
 * outlets", the status timeline and a link to the record's page; the
 * facets say that they count stories.  Paging reads "page N of M" and
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

/* Whether `id` has the form of a deal record's id: "d" and 12 hex digits
 * (lower case, as indexer/write/link.c makes them). */
int web_deal_id_ok(const char *id);

/*
 * A deal record's page (`deal?id=ID` and the search's other parameters,
 * as a grouped hit links to it): its parties and their countries, type,
 * status, value with its words and how many stories give it, first and
 * last dates, the status timeline (date, status, the story that said
 * so), the coverage (every story: date, outlet, status, headline linking
 * to its page, which earlier story a near-duplicate repeats) and the
 * related records (competing bids) linking to their pages.  `related`
 * holds d->nrelated records read for their parties (or NULL; an entry
 * NULL or without an id shows the id alone).  `d` NULL: a page saying
 * that no deal was asked for, that the id is not a deal's, or that the
 * index holds no record with it, for a 404.
 */
void web_deal(FILE *out, const struct web_req *req,
	      const struct web_index *ix, const struct deal_rec *d,
	      const struct deal_rec *const *related);

#endif /* DS_WEB_H */
