/*
 * fuzz_cgi.c - the search page's request handling (searcher/web.h) with
 * the input as QUERY_STRING: web_parse, web_query, the query compiled as
 * the search would compile it (bundled gazetteer, no index), and web_page
 * rendered into memory three ways: before a search, with the query's
 * error (or a made-up one) and with a result that echoes the request
 * (whose date bounds stand for the index's date range); web_story with a
 * story made of the request, and without one (the 404 page).
 */
#include <libxml/parser.h>
#include <strings.h>

#include "fuzz.h"
#include "query.h"
#include "web.h"

static struct qry_env env;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	static struct ana *ana;
	struct ds_err err = DS_ERR_INIT;
	xmlInitParser();
	if (ana_new("english", &ana, &err))
		abort();
	env.g = fz_gazetteer();
	env.ana = ana;
	return 0;
}

/* The elements web.c writes: any other is the request's text unescaped. */
static const char *const tags[] = {
	"!DOCTYPE", "a", "article", "aside", "body", "button", "dd", "details",
	"div", "dl", "dt", "form", "h1", "h2", "h3", "head", "header", "html",
	"input",
	"label", "li", "link", "main", "mark", "meta", "nav", "ol", "option",
	"p", "pre", "script", "section", "select", "span", "strong", "summary",
	"title", "ul",
};

/* Every tag is one of web.c's, and no attribute is an event handler. */
static void check_markup(const char *html)
{
	for (const char *p = strchr(html, '<'); p; p = strchr(p + 1, '<')) {
		const char *n = p + 1 + (p[1] == '/');
		size_t len = strspn(n, "!ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "abcdefghijklmnopqrstuvwxyz0123456789");
		int known = 0;
		for (size_t i = 0; i < ARRAY_SIZE(tags); i++)
			known |= strlen(tags[i]) == len &&
				 !strncmp(n, tags[i], len);
		FZ_CHECK(known);
		/* attributes: a quote closed early would let the request
		 * add its own, such as onmouseover= */
		const char *q = n + len;
		while (*q && *q != '>') {
			if (*q == ' ') {
				q++;
				FZ_CHECK(strncasecmp(q, "on", 2));
				continue;
			}
			if (*q == '"') {
				q = strchr(q + 1, '"');
				FZ_CHECK(q != NULL);
			}
			q++;
		}
		FZ_CHECK(*q == '>');
	}
}

/* What the page knows of the index: the gazetteer, and the request's
 * date bounds as its first and last days. */
static void index_of(const struct web_req *req, struct web_index *ix)
{
	memset(ix, 0, sizeof(*ix));
	ix->g = env.g;
	snprintf(ix->first, sizeof(ix->first), "%s", req->from ? req->from : "");
	snprintf(ix->last, sizeof(ix->last), "%s", req->to ? req->to : "");
}

/*
 * Render one page into memory, the search page or (`story`) a story's
 * page of `st`; the page is a whole document.
 */
static void render(const struct web_req *req, const char *query,
		   const struct srch_result *res, const char *error,
		   size_t error_pos, int story, const struct srch_story *st)
{
	char *mem = NULL;
	size_t len = 0;
	struct web_index ix;
	index_of(req, &ix);
	FILE *fp = open_memstream(&mem, &len);
	FZ_CHECK(fp != NULL);
	if (story)
		web_story(fp, req, &ix, st);
	else
		web_page(fp, req, &ix, query, res, error, error_pos);
	FZ_CHECK(fclose(fp) == 0);
	FZ_CHECK(len > 0 && strstr(mem, "</html>\n"));
	check_markup(mem);
	free(mem);
}

static void page(const struct web_req *req, const char *query,
		 const struct srch_result *res, const char *error,
		 size_t error_pos)
{
	render(req, query, res, error, error_pos, 0, NULL);
}

static const char *or(const char *s, const char *dflt)
{
	return s ? s : dflt;
}

/*
 * A story made of the request: the query is its headline, names and
 * text (twice, in two paragraphs, the first marked), the filters and
 * bounds its other tags and its deal.
 */
static void story_page(const struct web_req *req)
{
	const char *text = or(req->q, "");
	const char *f0 = req->nfilter ? strchr(req->filter[0], ':') + 1 :
					"southeast-asia";
	json_t *doc = json_pack(
		"{s:s,s:s,s:s,s:s,s:s,s:{s:[s,s],s:[s],s:[s],s:[s],s:[s],"
		"s:{s:s,s:s,s:b,s:s,s:s,s:s,s:[s],s:[s],s:{s:s,s:f}}},"
		"s:[[f,n,s,s]]}",
		"id", or(req->id, "x"), "title", text,
		"url", or(req->amin, "https://x.example/"),
		"date", or(req->from, "2017-03-01"), "source", or(req->saved, ""),
		"tags", "companies", text, or(req->saved, "Acme"),
		"people", text, "countries", or(req->to, "SG"),
		"regions", f0, "sectors", or(req->amax, "grocery"),
		"deal", "type", or(req->amax, "acquisition"),
		"status", or(req->to, "in-talks"), "rejected", 1,
		"acquirer", text, "target", f0, "seller", text,
		"investors", text, "parties", text,
		"amount", "text", text, "usd", 1e6,
		"amounts_usd", 2e6, text, f0);
	FZ_CHECK(doc != NULL);
	struct buf body = BUF_INIT;
	buf_addf(&body, "%s\n \n%s", text, text);
	struct srch_span hl = {0, strlen(text)};
	struct srch_story st = {doc, body.buf, &hl, 1};
	render(req, NULL, NULL, NULL, 0, 1, &st);
	render(req, NULL, NULL, NULL, 0, 1, NULL);
	buf_release(&body);
	json_decref(doc);
}

/* A result of one hit and one facet value, made of the request's text. */
static void result_page(const struct web_req *req, const char *query)
{
	const char *text = req->q ? req->q : "";
	struct srch_value v = {(char *)(req->nfilter ? req->filter[0] :
					"southeast-asia"), 3};
	struct srch_span hl = {0, strlen(text)};
	json_t *doc = json_pack("{s:s,s:s,s:s,s:s,s:s}", "id", or(req->id, "x"),
				"title", text,
				"url", req->amin ? req->amin : "https://x.example/",
				"date", req->from ? req->from : "2017-03-01",
				"source", req->saved ? req->saved : "Reuters");
	struct srch_hit hit = {.rank = 1, .score = 1.0, .doc = doc,
			       .snippet = (char *)text, .hl = &hl, .nhl = 1};
	struct srch_result res;
	memset(&res, 0, sizeof(res));
	res.total = 1000;
	res.hits = &hit;
	res.nhits = 1;
	res.nfacets = 1;
	res.facets[0].facet = SF_REGION;
	res.facets[0].v = &v;
	res.facets[0].n = 1;
	page(req, query, &res, NULL, 0);
	json_decref(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *qs = fz_string(data, size);
	struct web_req req;
	struct ds_err err = DS_ERR_INIT;
	if (web_parse(qs, &req, &err)) {
		page(&req, "", NULL, err.msg, 0);
		web_req_release(&req);
		free(qs);
		return 0;
	}
	FZ_CHECK(req.page >= 1 && req.nfilter <= WEB_MAX_FILTERS);
	/* every value decoded and valid UTF-8 */
	const char *values[] = {req.q, req.amin, req.amax, req.from, req.to,
				req.saved, req.id};
	for (size_t i = 0; i < ARRAY_SIZE(values); i++)
		FZ_CHECK(!values[i] || fz_valid_utf8(values[i],
						     strlen(values[i])));
	for (size_t i = 0; i < req.nfilter; i++)
		FZ_CHECK(fz_valid_utf8(req.filter[i], strlen(req.filter[i])));
	struct web_query wq;
	web_query(&req, &wq);
	page(&req, "", NULL, NULL, 0);

	/* the text and each filter clause compile on their own, as srch_run
	 * joins them (a filter never glued to the text) */
	for (size_t i = 0; i <= wq.nfilter; i++) {
		const char *clause = i ? wq.filter[i - 1] : wq.text;
		xdb_query *q;
		struct qry_info info;
		err = (struct ds_err)DS_ERR_INIT;
		if (qry_compile(&env, clause, &q, &info, &err))
			page(&req, clause, NULL, err.msg, info.error_pos);
		else
			page(&req, clause, NULL, "a made-up error",
			     strlen(clause) + 5);
		xdb_q_free(q);
		qry_info_release(&info);
	}
	if (req.saved)
		srch_saved_name_ok(req.saved, &err);
	result_page(&req, wq.text);
	story_page(&req);

	web_query_release(&wq);
	web_req_release(&req);
	free(qs);
	return 0;
}
