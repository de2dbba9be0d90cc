/*
 * cgi.c - dealsearch.cgi: the search page through CGI (web.h renders it),
 * a story's page when the server ran it for a path ending in "/story", a
 * deal record's page for one ending in "/deal" (`dealsearch serve` and
 * docs/DEPLOY.md map /search, /story and /deal to it).  The search groups
 * its hits by deal unless the request says group=story.
 *
 * The index comes from the server's environment (DEALSEARCH_DB) or from
 * the file dealsearch.cgi.conf beside the program ("db = /path"), never
 * from the request.  GET and HEAD only.  Every answer is a page: a bad
 * request or query gets a friendly 400 page, a missing index a 503 page,
 * never a stack trace or a 500.
 */
#include <libxml/parser.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "render.h"
#include "search.h"
#include "web.h"

static const char security_headers[] =
	"Content-Security-Policy: default-src 'none'; style-src 'self'; "
	"script-src 'self'; img-src 'self'; form-action 'self'; "
	"base-uri 'none'; frame-ancestors 'none'\r\n"
	"X-Content-Type-Options: nosniff\r\n"
	"Referrer-Policy: no-referrer\r\n"
	"Cache-Control: no-store\r\n";

/* The index folder: $DEALSEARCH_DB, else the config file's "db = ". */
static int index_dir(struct buf *out)
{
	const char *env = getenv("DEALSEARCH_DB");
	if (env && *env) {
		buf_addstr(out, env);
		return 0;
	}
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return -1;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return -1;
	strcpy(slash + 1, "dealsearch.cgi.conf");
	FILE *fp = fopen(exe, "r");
	if (!fp)
		return -1;
	char line[PATH_MAX + 16];
	int rc = -1;
	while (fgets(line, sizeof(line), fp)) {
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncmp(p, "db", 2))
			continue;
		p += 2;
		while (*p == ' ' || *p == '\t' || *p == '=')
			p++;
		size_t len = strcspn(p, "\r\n");
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (len) {
			buf_add(out, p, len);
			rc = 0;
		}
		break;
	}
	fclose(fp);
	return rc;
}

static void head(int status, const char *reason, const char *type)
{
	printf("Status: %d %s\r\nContent-Type: %s\r\n%s\r\n", status, reason,
	       type, security_headers);
}

/* A whole page with a status; the body is left out for HEAD. */
static void page(int status, const char *reason, int body,
		 const struct web_req *req, const struct web_index *ix,
		 const char *query, const struct srch_result *res,
		 const char *error, size_t error_pos)
{
	head(status, reason, "text/html; charset=utf-8");
	if (body)
		web_page(stdout, req, ix, query, res, error, error_pos);
}

/*
 * What the page shows of the open index: its gazetteer's names and its
 * date range (the hints of the date boxes, which can do without it).
 */
static void index_info(struct srch *s, struct web_index *ix)
{
	struct ds_err err = DS_ERR_INIT;
	ix->g = srch_gazetteer(s);
	if (srch_date_range(s, ix->first, ix->last, &err))
		ix->first[0] = ix->last[0] = '\0';
}

enum page_kind { PAGE_SEARCH, PAGE_STORY, PAGE_DEAL };

/* Which page the request's path asks for: ".../story", ".../deal", or
 * anything else the search. */
static enum page_kind page_kind(void)
{
	const char *p = getenv("SCRIPT_NAME");
	const char *slash = p ? strrchr(p, '/') : NULL;
	if (slash && !strcmp(slash + 1, "story"))
		return PAGE_STORY;
	if (slash && !strcmp(slash + 1, "deal"))
		return PAGE_DEAL;
	return PAGE_SEARCH;
}

/* The story the request names, with its query's words marked; a 404
 * page for an id the index does not hold (or no id). */
static void story(int body, const struct web_req *req, struct srch *s,
		  const struct web_index *ix)
{
	struct srch_story st;
	struct ds_err err = DS_ERR_INIT;
	int rc = req->id ? srch_story(s, req->id, req->q, &st, &err) :
			   DS_ENOTFOUND;
	if (!rc) {
		head(200, "OK", "text/html; charset=utf-8");
		if (body)
			web_story(stdout, req, ix, &st);
		srch_story_release(&st);
	} else if (rc == DS_ENOTFOUND) {
		head(404, "Not Found", "text/html; charset=utf-8");
		if (body)
			web_story(stdout, req, ix, NULL);
	} else {
		page(503, "Service Unavailable", body, req, ix, "", NULL,
		     err.msg, 0);
	}
}

/* Related records read for their parties on a deal's page, at most: a
 * target fought over by more buyers is rare, and each costs a read. */
#define CGI_MAX_RELATED 20

/*
 * The deal record the request names, with its related records' parties;
 * a 404 page for an id that is not a deal's, or one the index does not
 * hold (or no id).  A related record that cannot be read shows its id.
 */
static void deal(int body, const struct web_req *req, struct srch *s,
		 const struct web_index *ix)
{
	struct deal_rec d;
	struct ds_err err = DS_ERR_INIT;
	int rc = web_deal_id_ok(req->id) ? srch_deal(s, req->id, &d, &err) :
					   DS_ENOTFOUND;
	if (rc == DS_ENOTFOUND) {
		head(404, "Not Found", "text/html; charset=utf-8");
		if (body)
			web_deal(stdout, req, ix, NULL, NULL);
		return;
	}
	if (rc) {
		page(503, "Service Unavailable", body, req, ix, "", NULL,
		     err.msg, 0);
		return;
	}
	head(200, "OK", "text/html; charset=utf-8");
	if (body) {
		/* web_deal() takes one entry per related id; past
		 * CGI_MAX_RELATED they stay NULL: the ids alone */
		size_t n = d.nrelated < CGI_MAX_RELATED ? d.nrelated :
							  CGI_MAX_RELATED;
		struct deal_rec rel[CGI_MAX_RELATED];
		const struct deal_rec **relp = xcalloc(d.nrelated ? d.nrelated :
						       1, sizeof(*relp));
		for (size_t i = 0; i < n; i++) {
			struct ds_err e = DS_ERR_INIT;
			/* a failed read leaves rel[i] released */
			if (!srch_deal(s, d.related[i], &rel[i], &e))
				relp[i] = &rel[i];
		}
		web_deal(stdout, req, ix, &d, relp);
		for (size_t i = 0; i < n; i++)
			if (relp[i])
				deal_release(&rel[i]);
		free(relp);
	}
	deal_release(&d);
}

static int run(void)
{
	const char *method = getenv("REQUEST_METHOD");
	int body = 1;
	if (method && !strcmp(method, "HEAD"))
		body = 0;
	else if (method && strcmp(method, "GET")) {
		printf("Status: 405 Method Not Allowed\r\nAllow: GET, HEAD\r\n"
		       "Content-Type: text/plain; charset=utf-8\r\n%s\r\n"
		       "405: this page answers GET and HEAD only\n",
		       security_headers);
		return 0;
	}
	struct web_req req;
	struct ds_err err = DS_ERR_INIT;
	if (web_parse(getenv("QUERY_STRING"), &req, &err)) {
		page(400, "Bad Request", body, &req, NULL, "", NULL, err.msg,
		     0);
		web_req_release(&req);
		return 0;
	}
	struct buf dir = BUF_INIT;
	struct web_query query = {0};
	struct srch *s = NULL;
	struct web_index ix = {0};
	/* an index of shards: a shard that does not answer leaves the
	 * page partial, and says so, rather than empty */
	if (index_dir(&dir) || srch_open_set(dir.buf, 1, &s, &err)) {
		page(503, "Service Unavailable", body, &req, NULL, "", NULL,
		     "the search index is not available", 0);
		goto done;
	}
	index_info(s, &ix);
	enum page_kind kind = page_kind();
	if (kind == PAGE_STORY) {
		story(body, &req, s, &ix);
		goto done;
	}
	if (kind == PAGE_DEAL) {
		deal(body, &req, s, &ix);
		goto done;
	}
	struct cat_saved saved = {0};
	if (req.saved) {
		/* read-only: the watermark is the scripts' business */
		if (srch_saved_name_ok(req.saved, &err) ||
		    srch_saved_get(s, req.saved, &saved, &err)) {
			page(404, "Not Found", body, &req, &ix, "", NULL,
			     err.msg, 0);
			goto done;
		}
		free(req.q);
		req.q = xstrdup(saved.query);
		cat_saved_release(&saved);
	}
	web_query(&req, &query);
	if (!*query.text && !query.nfilter && !req.json) {
		page(200, "OK", body, &req, &ix, "", NULL, NULL, 0);
		goto done;
	}
	const char *const *filters = (const char *const *)query.filter;
	struct srch_opts o = {
		.query = query.text, .filters = filters,
		.nfilters = query.nfilter,
		.offset = (req.page - 1) * WEB_PAGE_SIZE,
		.limit = WEB_PAGE_SIZE, .sort = req.sort,
		.facets = SRCH_ALL_FACETS, .group_deal = !req.by_story,
	};
	struct srch_result res;
	if (srch_run(s, &o, &res, &err)) {
		int bad = err.code == DS_EQUERY;
		/* the malformed part: the text, or a filter's clause */
		const char *shown = res.error_filter ?
			filters[res.error_filter - 1] : query.text;
		if (req.json) {
			head(bad ? 400 : 503, bad ? "Bad Request" :
			     "Service Unavailable",
			     "application/json; charset=utf-8");
			if (body) {
				json_t *j = json_pack("{s:s,s:s,s:I}", "query",
					shown, "error", err.msg,
					"position", (json_int_t)res.error_pos);
				json_dumpf(j, stdout, JSON_COMPACT);
				json_decref(j);
				putchar('\n');
			}
		} else {
			page(bad ? 400 : 503, bad ? "Bad Request" :
			     "Service Unavailable", body, &req, &ix, shown,
			     NULL, err.msg, res.error_pos);
		}
		goto done;
	}
	if (req.json) {
		head(200, "OK", "application/json; charset=utf-8");
		struct rnd_opts ro = {.query = query.text, .filters = filters,
				      .nfilters = query.nfilter,
				      .offset = o.offset, .limit = o.limit};
		if (body)
			rnd_json(&res, &ro, stdout);
	} else {
		/* what a grouped total is made of (exact: search.h) */
		if (body && res.grouped) {
			ix.deals = res.deals;
			ix.stories = res.stories;
			ix.counted = 1;
		}
		page(200, "OK", body, &req, &ix, query.text, &res, NULL, 0);
	}
	srch_result_release(&res);
done:
	srch_close(s);
	web_query_release(&query);
	buf_release(&dir);
	web_req_release(&req);
	return 0;
}

int main(void)
{
	xmlInitParser();
	int rc = run();
	fflush(stdout);
	xmlCleanupParser();
	return rc;
}
