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
#include <fcgiapp.h>
#include <libxml/parser.h>
#include <limits.h>
#include <signal.h>
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

/* An index kept open between FastCGI requests, and the folder it is of. */
struct cgi_cache {
	struct srch *s;
	struct buf dir;
};

/* One request: where its answer goes and what the server said of it. */
struct cgi {
	FILE *out;
	FCGX_ParamArray envp;      /* FastCGI: the request's; NULL: CGI */
	struct cgi_cache *cache;   /* FastCGI: the open index; NULL: CGI */
};

/* A request's variable: FastCGI sends them with the request, CGI in the
 * environment. */
static const char *param(const struct cgi *c, const char *name)
{
	return c->envp ? FCGX_GetParam(name, c->envp) : getenv(name);
}

/* The index folder: DEALSEARCH_DB (the server's per-request parameter,
 * nginx's fastcgi_param, or the program's environment), else the config
 * file's "db = ". */
static int index_dir(const struct cgi *c, struct buf *out)
{
	const char *env = param(c, "DEALSEARCH_DB");
	if (!env || !*env)
		env = getenv("DEALSEARCH_DB");
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

static void head(const struct cgi *c, int status, const char *reason,
		 const char *type)
{
	fprintf(c->out, "Status: %d %s\r\nContent-Type: %s\r\n%s\r\n",
		status, reason, type, security_headers);
}

/* A whole page with a status; the body is left out for HEAD. */
static void page(const struct cgi *c, int status, const char *reason, int body,
		 const struct web_req *req, const struct web_index *ix,
		 const char *query, const struct srch_result *res,
		 const char *error, size_t error_pos)
{
	head(c, status, reason, "text/html; charset=utf-8");
	if (body)
		web_page(c->out, req, ix, query, res, error, error_pos);
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
 * anything else the search.  The path is the script's name and the path
 * after it: a FastCGI server mapping "/" names the page in PATH_INFO. */
static enum page_kind page_kind(const struct cgi *c)
{
	const char *info = param(c, "PATH_INFO");
	const char *p = info && *info ? info : param(c, "SCRIPT_NAME");
	const char *slash = p ? strrchr(p, '/') : NULL;
	if (slash && !strcmp(slash + 1, "story"))
		return PAGE_STORY;
	if (slash && !strcmp(slash + 1, "deal"))
		return PAGE_DEAL;
	return PAGE_SEARCH;
}

/* The story the request names, with its query's words marked; a 404
 * page for an id the index does not hold (or no id). */
static void story(const struct cgi *c, int body, const struct web_req *req, struct srch *s,
		  const struct web_index *ix)
{
	struct srch_story st;
	struct ds_err err = DS_ERR_INIT;
	int rc = req->id ? srch_story(s, req->id, req->q, &st, &err) :
			   DS_ENOTFOUND;
	if (!rc) {
		head(c, 200, "OK", "text/html; charset=utf-8");
		if (body)
			web_story(c->out, req, ix, &st);
		srch_story_release(&st);
	} else if (rc == DS_ENOTFOUND) {
		head(c, 404, "Not Found", "text/html; charset=utf-8");
		if (body)
			web_story(c->out, req, ix, NULL);
	} else {
		page(c, 503, "Service Unavailable", body, req, ix, "", NULL,
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
static void deal(const struct cgi *c, int body, const struct web_req *req, struct srch *s,
		 const struct web_index *ix)
{
	struct deal_rec d;
	struct ds_err err = DS_ERR_INIT;
	int rc = web_deal_id_ok(req->id) ? srch_deal(s, req->id, &d, &err) :
					   DS_ENOTFOUND;
	if (rc == DS_ENOTFOUND) {
		head(c, 404, "Not Found", "text/html; charset=utf-8");
		if (body)
			web_deal(c->out, req, ix, NULL, NULL);
		return;
	}
	if (rc) {
		page(c, 503, "Service Unavailable", body, req, ix, "", NULL,
		     err.msg, 0);
		return;
	}
	head(c, 200, "OK", "text/html; charset=utf-8");
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
		web_deal(c->out, req, ix, &d, relp);
		for (size_t i = 0; i < n; i++)
			if (relp[i])
				deal_release(&rel[i]);
		free(relp);
	}
	deal_release(&d);
}

/*
 * The request's index: opened for it (CGI), or the one kept open, caught
 * up with the index or opened anew (FastCGI).  NULL: not available.
 */
static struct srch *index_get(const struct cgi *c, const char *dir,
			      struct ds_err *err)
{
	struct srch *s = NULL;
	struct cgi_cache *k = c->cache;
	/* an index of shards: a shard that does not answer leaves the
	 * page partial, and says so, rather than empty */
	if (!k)
		return srch_open_set(dir, 1, &s, err) ? NULL : s;
	if (k->s && !strcmp(k->dir.buf, dir)) {
		int reopen = 0;
		struct ds_err e = DS_ERR_INIT;
		if (!srch_refresh(k->s, &reopen, &e) && !reopen)
			return k->s;
	}
	srch_close(k->s);
	k->s = NULL;
	buf_reset(&k->dir);
	if (srch_open_set(dir, 1, &k->s, err))
		return k->s = NULL;
	buf_addstr(&k->dir, dir);
	return k->s;
}

/* Answer one request into c->out. */
static void run(const struct cgi *c)
{
	const char *method = param(c, "REQUEST_METHOD");
	int body = 1;
	if (method && !strcmp(method, "HEAD"))
		body = 0;
	else if (method && strcmp(method, "GET")) {
		fprintf(c->out, "Status: 405 Method Not Allowed\r\n"
			"Allow: GET, HEAD\r\n"
			"Content-Type: text/plain; charset=utf-8\r\n%s\r\n"
			"405: this page answers GET and HEAD only\n",
			security_headers);
		return;
	}
	struct web_req req;
	struct ds_err err = DS_ERR_INIT;
	if (web_parse(param(c, "QUERY_STRING"), &req, &err)) {
		page(c, 400, "Bad Request", body, &req, NULL, "", NULL, err.msg,
		     0);
		web_req_release(&req);
		return;
	}
	struct buf dir = BUF_INIT;
	struct web_query query = {0};
	struct srch *s = NULL;
	struct web_index ix = {0};
	if (index_dir(c, &dir) || !(s = index_get(c, dir.buf, &err))) {
		page(c, 503, "Service Unavailable", body, &req, NULL, "", NULL,
		     "the search index is not available", 0);
		goto done;
	}
	index_info(s, &ix);
	enum page_kind kind = page_kind(c);
	if (kind == PAGE_STORY) {
		story(c, body, &req, s, &ix);
		goto done;
	}
	if (kind == PAGE_DEAL) {
		deal(c, body, &req, s, &ix);
		goto done;
	}
	struct cat_saved saved = {0};
	if (req.saved) {
		/* read-only: the watermark is the scripts' business */
		if (srch_saved_name_ok(req.saved, &err) ||
		    srch_saved_get(s, req.saved, &saved, &err)) {
			page(c, 404, "Not Found", body, &req, &ix, "", NULL,
			     err.msg, 0);
			goto done;
		}
		free(req.q);
		req.q = xstrdup(saved.query);
		cat_saved_release(&saved);
	}
	web_query(&req, &query);
	if (!*query.text && !query.nfilter && !req.json) {
		page(c, 200, "OK", body, &req, &ix, "", NULL, NULL, 0);
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
			head(c, bad ? 400 : 503, bad ? "Bad Request" :
			     "Service Unavailable",
			     "application/json; charset=utf-8");
			if (body) {
				json_t *j = json_pack("{s:s,s:s,s:I}", "query",
					shown, "error", err.msg,
					"position", (json_int_t)res.error_pos);
				json_dumpf(j, c->out, JSON_COMPACT);
				json_decref(j);
				fputc('\n', c->out);
			}
		} else {
			page(c, bad ? 400 : 503, bad ? "Bad Request" :
			     "Service Unavailable", body, &req, &ix, shown,
			     NULL, err.msg, res.error_pos);
		}
		goto done;
	}
	if (req.json) {
		head(c, 200, "OK", "application/json; charset=utf-8");
		struct rnd_opts ro = {.query = query.text, .filters = filters,
				      .nfilters = query.nfilter,
				      .offset = o.offset, .limit = o.limit};
		if (body)
			rnd_json(&res, &ro, c->out);
	} else {
		/* what a grouped total is made of (exact: search.h) */
		if (body && res.grouped) {
			ix.deals = res.deals;
			ix.stories = res.stories;
			ix.counted = 1;
		}
		page(c, 200, "OK", body, &req, &ix, query.text, &res, NULL, 0);
	}
	srch_result_release(&res);
done:
	if (!c->cache)
		srch_close(s);
	web_query_release(&query);
	buf_release(&dir);
	web_req_release(&req);
}

/* What a FastCGI request gets when its page cannot be made in memory. */
static const char no_memory[] =
	"Status: 503 Service Unavailable\r\n"
	"Content-Type: text/plain; charset=utf-8\r\n\r\n"
	"503: out of memory\n";

/* SIGTERM, SIGINT, SIGHUP: finish the request in hand, then stop. */
static void shutdown_pending(int sig)
{
	(void)sig;
	FCGX_ShutdownPending();
}

/*
 * FastCGI: answer requests until the server stops the process (SIGTERM:
 * the request in hand is answered, the index closed, and it exits 0).  A
 * client gone mid-answer is the server's business: SIGPIPE is ignored,
 * the write fails, the next request comes.
 */
static int run_fastcgi(void)
{
	if (FCGX_Init()) {
		fputs("dealsearch.cgi: cannot start FastCGI\n", stderr);
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	/* no SA_RESTART: the signal ends a wait for the next request */
	struct sigaction sa = { .sa_handler = shutdown_pending };
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	FCGX_Request r;
	if (FCGX_InitRequest(&r, 0, 0)) {
		fputs("dealsearch.cgi: cannot start FastCGI\n", stderr);
		return 1;
	}
	struct cgi_cache cache = {NULL, BUF_INIT};
	while (FCGX_Accept_r(&r) >= 0) {
		char *ans = NULL;
		size_t len = 0;
		FILE *out = open_memstream(&ans, &len);
		if (out) {
			struct cgi c = {out, r.envp, &cache};
			run(&c);
			fclose(out);
		}
		const char *p = out && ans ? ans : no_memory;
		size_t n = out && ans ? len : strlen(no_memory);
		/* FCGX_PutStr takes an int: a page over 1 GiB goes in parts */
		while (n) {
			int part = n > (1u << 30) ? 1 << 30 : (int)n;
			if (FCGX_PutStr(p, part, r.out) != part)
				break;
			p += part;
			n -= (size_t)part;
		}
		free(ans);
		FCGX_Finish_r(&r);
	}
	FCGX_Free(&r, 1);
	srch_close(cache.s);
	buf_release(&cache.dir);
	return 0;
}

int main(void)
{
	xmlInitParser();
	int rc = 0;
	if (FCGX_IsCGI()) {
		struct cgi c = {stdout, NULL, NULL};
		run(&c);
		fflush(stdout);
	} else {
		rc = run_fastcgi();
	}
	xmlCleanupParser();
	return rc;
}
