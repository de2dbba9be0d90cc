/*
 * web.c - the search page's request and HTML (web.h).
 */
#include "web.h"

#include <ctype.h>
#include <libxml/entities.h>
#include <math.h>
#include <stddef.h>
#include <libxml/uri.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse.h"
#include "gazetteer.h"
#include "plain.h"
#include "render.h"
#include "schema.h"

void web_req_release(struct web_req *r)
{
	free(r->q);
	for (size_t i = 0; i < r->nfilter; i++)
		free(r->filter[i]);
	free(r->amin);
	free(r->amax);
	free(r->from);
	free(r->to);
	free(r->saved);
	free(r->id);
	memset(r, 0, sizeof(*r));
}

/* Percent-decode (and '+' as space), then make valid UTF-8. */
static char *decode(const char *s, size_t len)
{
	struct buf plus = BUF_INIT, out = BUF_INIT;
	for (size_t i = 0; i < len; i++)
		buf_addch(&plus, s[i] == '+' ? ' ' : s[i]);
	char *raw = xmlURIUnescapeString(plus.buf, (int)plus.len, NULL);
	if (raw) {
		/* a "%00" ends the value: the rest is not text */
		ana_utf8_repair(raw, strlen(raw), &out);
		xmlFree(raw);
	}
	buf_release(&plus);
	return buf_detach(&out, NULL);
}

static const char *const facet_names[] = {
	"type", "status", "region", "country", "sector", "company", "year",
	"amount",
};

/* A filter "facet:value" the page offers; others are ignored. */
static int filter_ok(const char *f)
{
	const char *colon = strchr(f, ':');
	if (!colon || !colon[1] || strchr(colon + 1, '"'))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(facet_names); i++)
		if ((size_t)(colon - f) == strlen(facet_names[i]) &&
		    !strncmp(f, facet_names[i], (size_t)(colon - f)))
			return 1;
	return 0;
}

int web_parse(const char *qs, struct web_req *r, struct ds_err *err)
{
	memset(r, 0, sizeof(*r));
	r->page = 1;
	if (!qs)
		qs = "";
	if (strlen(qs) > WEB_MAX_QUERY_STRING)
		return ds_err_set(err, DS_EINVAL, "the request is longer than "
				  "%d characters", WEB_MAX_QUERY_STRING);
	const char *p = qs;
	while (*p) {
		const char *amp = strchr(p, '&');
		size_t n = amp ? (size_t)(amp - p) : strlen(p);
		const char *eq = memchr(p, '=', n);
		if (eq) {
			size_t kl = (size_t)(eq - p);
			char *v = decode(eq + 1, n - kl - 1);
			char **slot = NULL;
#define KEY(k) (kl == strlen(k) && !strncmp(p, k, kl))
			if (KEY("q"))
				slot = &r->q;
			else if (KEY("amin"))
				slot = &r->amin;
			else if (KEY("amax"))
				slot = &r->amax;
			else if (KEY("from"))
				slot = &r->from;
			else if (KEY("to"))
				slot = &r->to;
			else if (KEY("saved"))
				slot = &r->saved;
			else if (KEY("id"))
				slot = &r->id;
			else if (KEY("f") && filter_ok(v) &&
				 r->nfilter < WEB_MAX_FILTERS) {
				r->filter[r->nfilter++] = v;
				v = NULL;
			} else if (KEY("sort")) {
				r->sort = !strcmp(v, "date") ? XDB_SORT_DATE :
					  !strcmp(v, "amount") ? XDB_SORT_AMOUNT :
					  XDB_SORT_RELEVANCE;
			} else if (KEY("page")) {
				long pg = strtol(v, NULL, 10);
				r->page = pg < 1 ? 1 : pg > WEB_MAX_PAGE ?
					  WEB_MAX_PAGE : (unsigned)pg;
			} else if (KEY("format")) {
				r->json = !strcmp(v, "json");
			} else if (KEY("group")) {
				/* "deal", or anything else, is the default */
				r->by_story = !strcmp(v, "story");
			}
#undef KEY
			if (slot && v && *v) {
				free(*slot);
				*slot = v;
				v = NULL;
			}
			free(v);
		}
		p += n + (amp != NULL);
	}
	return 0;
}

/*
 * The request's bounds, in the order links and web_query() give them: the
 * parameter, the filter clause it asks (a printf format) and how it reads.
 */
static const struct {
	const char *key, *clause, *words;
	size_t field;                /* its char * in struct web_req */
} bounds[] = {
	{"amin", "amount:>=%s", "Amount from", offsetof(struct web_req, amin)},
	{"amax", "amount:<=%s", "Amount to", offsetof(struct web_req, amax)},
	{"from", "after:%s", "Date from", offsetof(struct web_req, from)},
	{"to", "before:%s", "Date to", offsetof(struct web_req, to)},
};

_Static_assert(WEB_MAX_CLAUSES == WEB_MAX_FILTERS + ARRAY_SIZE(bounds),
	       "web.h counts a clause per filter and bound");

/* Bound i of the request, or NULL. */
static const char *bound(const struct web_req *r, size_t i)
{
	return *(char *const *)(const void *)((const char *)r +
					      bounds[i].field);
}

/* The amount facet's buckets (schema.h): the clause a click on one
 * means, and the words it reads as. */
static const struct {
	const char *bucket, *clause, *label;
} buckets[] = {
	{"<10m", "amount:<$10M", "under $10M"},
	{"10m-100m", "$10M..$100M", "$10M\u2013$100M"},
	{"100m-1b", "$100M..$1B", "$100M\u2013$1B"},
	{">1b", "amount:>=$1B", "over $1B"},
};

/* The query clause of a facet filter: what clicking the value means. */
static void filter_clause(const char *f, struct buf *out)
{
	buf_reset(out);
	const char *colon = strchr(f, ':'), *v = colon + 1;
	size_t fl = (size_t)(colon - f);
	if (fl == 6 && !strncmp(f, "amount", 6)) {
		for (size_t i = 0; i < ARRAY_SIZE(buckets); i++)
			if (!strcmp(v, buckets[i].bucket)) {
				buf_addstr(out, buckets[i].clause);
				return;
			}
		return;   /* "none" is not a filter the page offers */
	}
	static const struct {
		const char *facet, *field;
	} map[] = {
		{"type", "type"}, {"status", "status"}, {"region", "region"},
		{"country", "place"}, {"sector", "sector"},
		{"company", "company"}, {"year", "date"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(map); i++)
		if (strlen(map[i].facet) == fl && !strncmp(f, map[i].facet, fl))
			buf_addf(out, "%s:\"%s\"", map[i].field, v);
}

void web_query(const struct web_req *r, struct web_query *q)
{
	memset(q, 0, sizeof(*q));
	q->text = r->q ? r->q : "";
	struct buf c = BUF_INIT;
	for (size_t i = 0; i < r->nfilter; i++) {
		filter_clause(r->filter[i], &c);
		if (c.len)
			q->filter[q->nfilter++] = xstrdup(c.buf);
	}
	buf_release(&c);
	for (size_t i = 0; i < ARRAY_SIZE(bounds); i++) {
		const char *v = bound(r, i);
		if (!v || strpbrk(v, " \t()\""))
			continue;
		struct buf b = BUF_INIT;
		buf_addf(&b, bounds[i].clause, v);
		q->filter[q->nfilter++] = buf_detach(&b, NULL);
	}
}

void web_query_release(struct web_query *q)
{
	for (size_t i = 0; i < q->nfilter; i++)
		free(q->filter[i]);
	memset(q, 0, sizeof(*q));
}

/* ---- output, escaped for where it goes ---------------------------------- */

/* HTML text or a double-quoted attribute value. */
static void esc(FILE *out, const char *s, size_t len)
{
	char *tmp = xstrndup(s, len);
	xmlChar *e = xmlEncodeSpecialChars(NULL, (const xmlChar *)tmp);
	fputs(e ? (const char *)e : "", out);
	xmlFree(e);
	free(tmp);
}

static void escs(FILE *out, const char *s)
{
	if (s)
		esc(out, s, strlen(s));
}

/* One query-string parameter, percent-encoded. */
static void param(struct buf *url, const char *key, const char *value)
{
	/* everything but letters, digits and -._~ percent-encoded */
	xmlChar *e = xmlURIEscapeStr((const xmlChar *)value,
				     (const xmlChar *)"");
	buf_addf(url, "%s%s=", url->len ? "&" : "", key);
	for (const xmlChar *c = e; c && *c; c++) {
		/* xmlURIEscapeStr leaves RFC 3986 "mark" characters as they
		 * are; in a query value these must be encoded too */
		if (strchr("!*'();:@&=+$,/?#[]", *c))
			buf_addf(url, "%%%02X", *c);
		else
			buf_addch(url, (char)*c);
	}
	xmlFree(e);
}

/*
 * The request's link with changes: `add` a filter, `drop` filter i, or
 * bound i - nfilter (bounds[]), or nothing (-1), `page` (0 keeps none:
 * back to page 1).  Percent-encoded, not yet HTML-escaped.  Grouping by
 * deal is the default, so only group=story is written.
 */
static void link_to(const struct web_req *r, const char *add, long drop,
		    unsigned page, struct buf *url)
{
	buf_reset(url);
	if (r->q)
		param(url, "q", r->q);
	for (size_t i = 0; i < r->nfilter; i++)
		if ((long)i != drop)
			param(url, "f", r->filter[i]);
	if (add)
		param(url, "f", add);
	for (size_t i = 0; i < ARRAY_SIZE(bounds); i++)
		if (bound(r, i) && (long)(r->nfilter + i) != drop)
			param(url, bounds[i].key, bound(r, i));
	if (r->sort == XDB_SORT_DATE)
		param(url, "sort", "date");
	else if (r->sort == XDB_SORT_AMOUNT)
		param(url, "sort", "amount");
	if (r->by_story)
		param(url, "group", "story");
	if (page > 1) {
		char n[16];
		snprintf(n, sizeof(n), "%u", page);
		param(url, "page", n);
	}
}

/* A link to the search (from the search page, "?..."; from the story
 * and deal pages, "search?...") or to a story or a deal ("story?...",
 * "deal?..."). */
static void href_to(FILE *out, const char *page, const struct buf *url)
{
	fprintf(out, "%s?", page);
	esc(out, url->buf, url->len);
}

static void href(FILE *out, const struct buf *url)
{
	href_to(out, "", url);
}

/*
 * OUT: the link to story or deal `id` from request r: the id, then the
 * search's own parameters, so that the story page marks the query's words
 * and the story and deal pages link back to the same results.  Shorter
 * when that would be a request too long to answer: the id and the query,
 * or the id alone.
 */
static void id_link(const struct web_req *r, const char *id,
		    struct buf *url)
{
	struct buf rest = BUF_INIT;
	link_to(r, NULL, -1, r->page, &rest);
	buf_reset(url);
	param(url, "id", id);
	size_t idlen = url->len;
	if (rest.len)
		buf_addf(url, "&%s", rest.buf);
	if (url->len > WEB_MAX_QUERY_STRING && r->q) {
		buf_setlen(url, idlen);
		param(url, "q", r->q);
	}
	if (url->len > WEB_MAX_QUERY_STRING)
		buf_setlen(url, idlen);
	buf_release(&rest);
}

static int http_url(const char *u)
{
	return u && (!strncasecmp(u, "http://", 7) ||
		     !strncasecmp(u, "https://", 8));
}

static const char *str(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void input(FILE *out, const char *id, const char *label,
		  const char *name, const char *value, const char *hint)
{
	fprintf(out, "<label for=\"%s\">%s</label>"
		"<input id=\"%s\" name=\"%s\" value=\"", id, label, id, name);
	escs(out, value);
	fputs("\" placeholder=\"", out);
	escs(out, hint);
	fputs("\">", out);
}

/* A day of the index for a date box's hint, or the form a date takes. */
static const char *day_hint(const struct web_index *ix, int last)
{
	const char *d = !ix ? "" : last ? ix->last : ix->first;
	return *d ? d : "YYYY-MM-DD";
}

static void form(FILE *out, const struct web_req *r,
		 const struct web_index *ix)
{
	/* relative: the story page's box searches too */
	fputs("<header><form method=\"get\" action=\"search\" role=\"search\" "
	      "class=\"search\">\n<div class=\"box\"><label for=\"q\" "
	      "class=\"visually-hidden\">Search deals</label>"
	      "<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"1024\" "
	      "placeholder=\"grocery AND Southeast Asia AND &gt;$30M\" value=\"",
	      out);
	escs(out, r->q);
	fputs("\"><button type=\"submit\">Search</button></div>\n", out);
	for (size_t i = 0; i < r->nfilter; i++) {
		fputs("<input type=\"hidden\" name=\"f\" value=\"", out);
		escs(out, r->filter[i]);
		fputs("\">", out);
	}
	fputs("<div class=\"refine\">", out);
	input(out, "amin", "Amount from", "amin", r->amin, "$30M");
	input(out, "amax", "to", "amax", r->amax, "$1B");
	input(out, "from", "Date from", "from", r->from, day_hint(ix, 0));
	input(out, "to", "to", "to", r->to, day_hint(ix, 1));
	fprintf(out, "<label for=\"sort\">Sort</label><select id=\"sort\" "
		"name=\"sort\"><option value=\"relevance\"%s>relevance</option>"
		"<option value=\"date\"%s>date</option><option value=\"amount\""
		"%s>amount</option></select>",
		r->sort == XDB_SORT_RELEVANCE ? " selected" : "",
		r->sort == XDB_SORT_DATE ? " selected" : "",
		r->sort == XDB_SORT_AMOUNT ? " selected" : "");
	/* in the form, so that a new search keeps the grouping chosen */
	fprintf(out, "<label for=\"group\">Show</label><select id=\"group\" "
		"name=\"group\"><option value=\"deal\"%s>by deal</option>"
		"<option value=\"story\"%s>by story</option></select></div>\n",
		r->by_story ? "" : " selected", r->by_story ? " selected" : "");
	fputs("<details class=\"help\"><summary>Query cheat sheet</summary>"
	      "<dl><dt>acquisition merger</dt><dd>both words</dd>"
	      "<dt>&quot;stake in&quot;</dt><dd>a phrase</dd>"
	      "<dt>acqui*</dt><dd>words starting so</dd>"
	      "<dt>oil OR gas, -hostile, ( )</dt><dd>either, without, grouping"
	      "</dd><dt>Southeast Asia, Singapore, Alibaba</dt><dd>regions, "
	      "places and companies by name</dd>"
	      "<dt>&gt;$30M, $10M..$50M, amount:&gt;&#8364;200m</dt><dd>deal "
	      "size, any currency</dd><dt>date:2017-03, after:2017-01-01</dt>"
	      "<dd>dates</dd><dt>type:acquisition status:in-talks</dt>"
	      "<dd>deal type and status</dd><dt>acquirer:Lazada "
	      "target:Redmart</dt><dd>roles</dd><dt>region:east-asia "
	      "place:CA sector:grocery</dt><dd>fields</dd></dl></details>\n"
	      "</form></header>\n", out);
}

/*
 * OUT: the words value `v` of facet `f` reads as; links keep the code.
 * Regions, countries and sectors by the gazetteer's names ("Southeast
 * Asia", "Singapore", "Grocery and food retail"), amount buckets as
 * amounts ("$10M-$100M"), types and statuses with spaces ("tender
 * offer", "in talks"); a code the gazetteer does not know, a company and
 * a year as they are.
 */
static void label(const struct web_index *ix, enum srch_facet f,
		  const char *v, struct buf *out)
{
	const struct gaz *g = ix ? ix->g : NULL;
	int id;
	buf_reset(out);
	if (f == SF_REGION && g && (id = gaz_region_find(g, v)) >= 0) {
		buf_addstr(out, gaz_region(g, id)->name);
	} else if (f == SF_COUNTRY && g && (id = gaz_country_find(g, v)) >= 0) {
		buf_addstr(out, gaz_country(g, id)->name);
	} else if (f == SF_SECTOR && g && (id = gaz_sector_find(g, v)) >= 0) {
		buf_addstr(out, gaz_sector(g, id)->name);
	} else if (f == SF_TYPE || f == SF_STATUS) {
		for (; *v; v++)
			buf_addch(out, *v == '-' ? ' ' : *v);
	} else {
		for (size_t i = 0; f == SF_AMOUNT && i < ARRAY_SIZE(buckets); i++)
			if (!strcmp(v, buckets[i].bucket)) {
				buf_addstr(out, buckets[i].label);
				return;
			}
		buf_addstr(out, v);
	}
}

/* OUT: a filter "region:southeast-asia" as words: "Region: Southeast
 * Asia". */
static void filter_label(const struct web_index *ix, const char *filter,
			 struct buf *out)
{
	const char *colon = strchr(filter, ':');
	int f = srch_facet_find(filter, (size_t)(colon - filter));
	struct buf v = BUF_INIT;
	label(ix, (enum srch_facet)f, colon + 1, &v);
	buf_reset(out);
	buf_addch(out, (char)toupper((unsigned char)filter[0]));
	buf_addf(out, "%.*s: %s", (int)(colon - filter - 1), filter + 1, v.buf);
	buf_release(&v);
}

/* Whether a facet offers a value to click ("none" is not one). */
static int offers(const struct srch_facet_result *fr)
{
	for (size_t k = 0; k < fr->n; k++)
		if (strcmp(fr->v[k].value, "none"))
			return 1;
	return 0;
}

/*
 * The facets, after a "Filters" control that a narrow screen shows in
 * their place, before the results: a checkbox and its label, so that it
 * opens and closes them without JavaScript (style.css hides both on a
 * wide screen, where the facets stand beside the results).
 */
static void facet_list(FILE *out, const struct web_req *r,
		       const struct web_index *ix,
		       const struct srch_result *res, struct buf *url)
{
	size_t any = 0;
	for (size_t f = 0; f < res->nfacets; f++)
		any += offers(&res->facets[f]);
	if (!any)
		return;
	struct buf words = BUF_INIT;
	fputs("<input type=\"checkbox\" id=\"filters-open\" "
	      "class=\"filters-open\" aria-controls=\"facets\">"
	      "<label for=\"filters-open\" class=\"filters-toggle\">Filters",
	      out);
	if (r->nfilter)
		fprintf(out, " <span class=\"count\">(%zu)</span>", r->nfilter);
	fputs("</label>\n<aside class=\"facets\" id=\"facets\" "
	      "aria-label=\"Refine\">\n", out);
	/* grouped, a hit stands for all the stories of its deal: the
	 * facets count those stories, not hits */
	fprintf(out, "<p class=\"facets-note\">The numbers count stories%s",
		res->grouped ? ", not deals" : "");
	if (res->counted < res->stories)
		fprintf(out, "; estimated from a sample of %llu of the %llu",
			(unsigned long long)res->counted,
			(unsigned long long)res->stories);
	fputs(".</p>\n", out);
	for (size_t f = 0; f < res->nfacets; f++) {
		const struct srch_facet_result *fr = &res->facets[f];
		const char *name = srch_facet_name(fr->facet);
		if (!offers(fr))
			continue;
		fprintf(out, "<section><h2>%s</h2><ul>", name);
		for (size_t k = 0; k < fr->n && k < 10; k++) {
			const char *v = fr->v[k].value;
			if (!strcmp(v, "none"))
				continue;
			struct buf filter = BUF_INIT;
			buf_addf(&filter, "%s:%s", name, v);
			link_to(r, filter.buf, -1, 0, url);
			fputs("<li><a href=\"", out);
			href(out, url);
			fputs("\">", out);
			label(ix, fr->facet, v, &words);
			escs(out, words.buf);
			fprintf(out, "</a> <span class=\"count\">%llu</span></li>",
				(unsigned long long)fr->v[k].count);
			buf_release(&filter);
		}
		fputs("</ul></section>\n", out);
	}
	fputs("</aside>\n", out);
	buf_release(&words);
}

static void chips(FILE *out, const struct web_req *r,
		  const struct web_index *ix, struct buf *url)
{
	if (!r->nfilter)
		return;
	struct buf words = BUF_INIT;
	fputs("<ul class=\"chips\" aria-label=\"Filters\">", out);
	for (size_t i = 0; i < r->nfilter; i++) {
		link_to(r, NULL, (long)i, 0, url);
		filter_label(ix, r->filter[i], &words);
		fputs("<li>", out);
		escs(out, words.buf);
		fputs(" <a href=\"", out);
		href(out, url);
		fputs("\" aria-label=\"Remove filter ", out);
		escs(out, words.buf);
		fputs("\">&#215;</a></li>", out);
	}
	fputs("</ul>\n", out);
	buf_release(&words);
}

/*
 * Text [s, s + n) of a story's body: a blank line (two line breaks with
 * only white space between) ends a paragraph, any other run of white
 * space is one space; a run ending the text (`last`) is dropped.
 */
static void body_run(FILE *out, const char *s, size_t n, int last,
		     struct buf *tmp)
{
	buf_reset(tmp);
	for (size_t i = 0; i < n;) {
		if (!isspace((unsigned char)s[i])) {
			buf_addch(tmp, s[i++]);
			continue;
		}
		size_t k = i, lines = 0;
		while (k < n && isspace((unsigned char)s[k]))
			lines += s[k++] == '\n';
		if (k == n && last)
			break;
		if (lines >= 2) {
			esc(out, tmp->buf, tmp->len);
			buf_reset(tmp);
			fputs("</p>\n<p>", out);
		} else {
			buf_addch(tmp, ' ');
		}
		i = k;
	}
	esc(out, tmp->buf, tmp->len);
}

/*
 * `text` with the spans `hl` (in order, within it) in <mark>: a snippet
 * as it is, or a story's body in paragraphs (inside an open <p>).
 */
static void marked(FILE *out, const char *text, const struct srch_span *hl,
		   size_t nhl, int paragraphs)
{
	struct buf tmp = BUF_INIT;
	size_t at = 0, len = strlen(text);
	while (paragraphs && at < len && (!nhl || at < hl[0].off) &&
	       isspace((unsigned char)text[at]))
		at++;   /* no empty paragraph first */
	for (size_t k = 0; k <= nhl; k++) {
		size_t end = k < nhl ? hl[k].off : len;
		if (paragraphs)
			body_run(out, text + at, end - at, k == nhl, &tmp);
		else
			esc(out, text + at, end - at);
		if (k == nhl)
			break;
		fputs("<mark>", out);
		esc(out, text + hl[k].off, hl[k].len);
		fputs("</mark>", out);
		at = hl[k].off + hl[k].len;
	}
	buf_release(&tmp);
}

/* Date, source, and the story's own link (an http(s) URL) or input. */
static void meta(FILE *out, json_t *doc)
{
	const char *date = str(doc, "date"), *src = str(doc, "source");
	const char *url = str(doc, "url");
	fputs("<p class=\"meta\">", out);
	if (date) {
		esc(out, date, strlen(date) < 10 ? strlen(date) : 10);
		fputs(" &#183; ", out);
	}
	if (src) {
		escs(out, src);
		fputs(" &#183; ", out);
	}
	if (http_url(url)) {
		fputs("<a class=\"source\" href=\"", out);
		escs(out, url);
		fputs("\" rel=\"noopener noreferrer\">", out);
		escs(out, url);
		fputs("</a>", out);
	} else {
		escs(out, url ? url : str(doc, "origin"));
	}
	fputs("</p>\n", out);
}

/*
 * A status timeline in one line, as the text output writes it but with
 * an arrow: "in-talks 1987-03-02 \u2192 agreed 1987-03-20".
 */
static void timeline_line(FILE *out, const struct deal_rec *d)
{
	for (size_t i = 0; i < d->nhistory; i++) {
		const struct deal_change *c = &d->history[i];
		fputs(i ? " &#8594; " : "", out);
		escs(out, c->status);
		if (c->date) {
			fputc(' ', out);
			esc(out, c->date, strlen(c->date) < 10 ?
			    strlen(c->date) : 10);
		}
	}
}

/*
 * A grouped hit's deal record in one line: "3 stories from 2 outlets
 * \u00b7 in-talks 2024-03-01 \u2192 agreed 2024-03-09 \u00b7 all 3
 * stories", the last linking to the record's page, where the other
 * stories are.
 */
static void record_line(FILE *out, const struct web_req *req,
			const struct deal_rec *d, struct buf *url)
{
	fprintf(out, "<p class=\"record\">%zu stor%s", d->unique,
		d->unique == 1 ? "y" : "ies");
	if (d->noutlets)   /* none: no story names its source */
		fprintf(out, " from %zu outlet%s", d->noutlets,
			d->noutlets == 1 ? "" : "s");
	if (d->nhistory) {
		fputs(" &#183; <span class=\"timeline\">", out);
		timeline_line(out, d);
		fputs("</span>", out);
	}
	id_link(req, d->id, url);
	fputs(" &#183; <a href=\"", out);
	href_to(out, "deal", url);
	if (d->unique > 1)
		fprintf(out, "\">all %zu stories</a></p>\n", d->unique);
	else
		fputs("\">the deal</a></p>\n", out);
}

/* A hit: its headline links to its story page (most stories have no URL
 * of their own; one that has keeps its link in the meta line); grouped,
 * its deal record adds a line. */
static void hit(FILE *out, const struct web_req *req, const struct srch_hit *h,
		struct buf *url, struct buf *scratch)
{
	json_t *doc = h->doc;
	const char *title = str(doc, "title"), *id = str(doc, "id");
	fputs("<li class=\"hit\"><h3>", out);
	if (id) {
		id_link(req, id, url);
		fputs("<a href=\"", out);
		href_to(out, "story", url);
		fputs("\">", out);
	}
	escs(out, title && *title ? title : "(no headline)");
	if (id)
		fputs("</a>", out);
	fputs("</h3>\n", out);
	meta(out, doc);
	buf_reset(scratch);
	rnd_deal_line(json_object_get(doc, "tags"), scratch);
	if (scratch->len) {
		fputs("<p class=\"deal\">", out);
		esc(out, scratch->buf, scratch->len);
		fputs("</p>\n", out);
	}
	if (h->deal)
		record_line(out, req, h->deal, url);
	buf_reset(scratch);
	rnd_matched_line(h->matched, scratch);
	if (scratch->len) {
		fputs("<p class=\"matched\">matched: ", out);
		esc(out, scratch->buf, scratch->len);
		fputs("</p>\n", out);
	}
	fputs("<p class=\"snippet\">", out);
	marked(out, h->snippet, h->hl, h->nhl, 0);
	fputs("</p></li>\n", out);
}

/*
 * No results: what was searched, and a link dropping each filter and
 * bound, that one alone.
 */
static void no_results(FILE *out, const struct web_req *req,
		       const struct web_index *ix, struct buf *url)
{
	/* what each filter and bound reads as, and link_to()'s number
	 * for dropping it */
	struct buf words[WEB_MAX_CLAUSES];
	long drop[WEB_MAX_CLAUSES];
	size_t n = 0, k;
	for (size_t i = 0; i < req->nfilter; i++, n++) {
		words[n] = (struct buf)BUF_INIT;
		filter_label(ix, req->filter[i], &words[n]);
		drop[n] = (long)i;
	}
	for (size_t i = 0; i < ARRAY_SIZE(bounds); i++)
		if (bound(req, i)) {
			words[n] = (struct buf)BUF_INIT;
			buf_addf(&words[n], "%s %s", bounds[i].words,
				 bound(req, i));
			drop[n++] = (long)(req->nfilter + i);
		}
	fputs("<section class=\"none\"><p>No results", out);
	if (req->q && *req->q) {
		fputs(" for <strong>", out);
		escs(out, req->q);
		fputs("</strong>", out);
	}
	for (k = 0; k < n; k++) {
		fputs(!k ? " with " : k + 1 < n ? ", " : " and ", out);
		esc(out, words[k].buf, words[k].len);
	}
	fputs(".</p>\n", out);
	if (n) {
		fputs("<p>Search again without one of them:</p>"
		      "<ul class=\"drop\">", out);
		for (k = 0; k < n; k++) {
			link_to(req, NULL, drop[k], 0, url);
			fputs("<li><a href=\"", out);
			href(out, url);
			fputs("\">without ", out);
			esc(out, words[k].buf, words[k].len);
			fputs("</a></li>", out);
		}
		fputs("</ul>\n", out);
	} else {
		fputs("<p>Try other or fewer words, or OR between them (the "
		      "query cheat sheet is above).</p>\n", out);
	}
	fputs("</section>\n", out);
	for (k = 0; k < n; k++)
		buf_release(&words[k]);
}

/*
 * The pages a result fills, WEB_MAX_PAGE at the most (a later page= asks
 * for that one): "page N of M" never offers one past them.
 */
static unsigned page_count(const struct srch_result *res)
{
	uint64_t n = (res->total + WEB_PAGE_SIZE - 1) / WEB_PAGE_SIZE;
	return n > WEB_MAX_PAGE ? WEB_MAX_PAGE : (unsigned)n;
}

/* Previous, "page N of M", next; or, past the last page, a way back. */
static void pages(FILE *out, const struct web_req *req,
		  const struct srch_result *res, struct buf *url)
{
	unsigned last = page_count(res);
	if (!last)
		return;
	if (req->page > last) {
		link_to(req, NULL, -1, last, url);
		fprintf(out, "<p class=\"past\">Page %u is past the end: %llu "
			"result%s fill%s %u page%s. <a href=\"", req->page,
			(unsigned long long)res->total,
			res->total == 1 ? "" : "s", res->total == 1 ? "s" : "",
			last, last == 1 ? "" : "s");
		href(out, url);
		fprintf(out, "\">Go to page %u</a></p>\n", last);
		return;
	}
	fputs("<nav class=\"pages\" aria-label=\"Pages\">", out);
	if (req->page > 1) {
		link_to(req, NULL, -1, req->page - 1, url);
		fputs("<a rel=\"prev\" href=\"", out);
		href(out, url);
		fputs("\">&#8592; Previous</a>", out);
	}
	fprintf(out, "<span class=\"at\">page %u of %u</span>", req->page,
		last);
	if (req->page < last) {
		link_to(req, NULL, -1, req->page + 1, url);
		fputs("<a rel=\"next\" href=\"", out);
		href(out, url);
		fputs("\">Next &#8594;</a>", out);
	}
	fputs("</nav>\n", out);
}

/*
 * What the total counts, which grouping makes hits of deal records and of
 * stories without one: "12 deals (30 matching stories)", "14 results: 12
 * deals and 2 stories without a deal (30 matching stories)", "25
 * stories"; then the time and a link to the other grouping (back to page
 * 1: the pages differ).  The matching stories count a near-duplicate as
 * often as it is sent, and none of a record's stories that the query
 * does not match, so they need not be the sum of the hits' "N stories".
 */
static void summary(FILE *out, const struct web_req *req,
		    const struct web_index *ix, const struct srch_result *res,
		    struct buf *url)
{
	uint64_t t = res->total;
	int counted = ix && ix->counted && ix->deals <= t;
	unsigned long long d = counted ? ix->deals : 0;
	unsigned long long n = counted ? ix->stories : 0;
	fprintf(out, "<p class=\"summary\">%s<strong>%llu</strong> ",
		res->counted < res->stories ? "about " : "",
		(unsigned long long)t);
	if (!t)
		fputs("results", out);
	else if (!res->grouped)
		fputs(t == 1 ? "story" : "stories", out);
	else if (!counted)
		fprintf(out, "result%s grouped by deal", t == 1 ? "" : "s");
	else if (d == t)
		fprintf(out, "deal%s (%llu matching stor%s)", t == 1 ? "" : "s",
			n, n == 1 ? "y" : "ies");
	else if (!d)
		fprintf(out, "stor%s (none part of a deal)",
			t == 1 ? "y" : "ies");
	else
		fprintf(out, "results: %llu deal%s and %llu stor%s without a "
			"deal (%llu matching stor%s)", d, d == 1 ? "" : "s",
			t - d, t - d == 1 ? "y" : "ies", n,
			n == 1 ? "y" : "ies");
	fprintf(out, " in %.1f ms", res->ms);
	if (res->missing) {
		/* a shard did not answer: say which, and what it means */
		fputs("</p>\n<p class=\"partial\" role=\"status\">Partial "
		      "results: no answer from shard ", out);
		escs(out, res->missing);
		fputs("; its stories are missing from the counts and the "
		      "list.</p>\n<p class=\"summary\">", out);
	}
	if (!t) {
		fputs("</p>\n", out);
		return;
	}
	struct web_req other = *req;
	other.by_story = !req->by_story;
	link_to(&other, NULL, -1, 0, url);
	fputs(" &#183; <a class=\"regroup\" href=\"", out);
	href(out, url);
	fputs(req->by_story ? "\">group by deal</a></p>\n" :
	      "\">show every story</a></p>\n", out);
}

/* The page up to its <main> (of `class`, or none), titled `title` (the
 * query or the headline, may be NULL) and the search form. */
static void page_start(FILE *out, const struct web_req *req,
		       const struct web_index *ix, const char *title,
		       const char *class)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	      "<meta name=\"viewport\" content=\"width=device-width, "
	      "initial-scale=1\"><title>", out);
	if (title && *title) {
		escs(out, title);
		fputs(" - ", out);
	}
	fputs("dealsearch</title><link rel=\"icon\" type=\"image/svg+xml\" "
	      "href=\"/static/favicon.svg\"><link rel=\"stylesheet\" "
	      "href=\"/static/style.css\"><script src=\"/static/app.js\" "
	      "defer></script></head>\n<body>\n", out);
	form(out, req, ix);
	fprintf(out, "<main%s%s%s>\n", class ? " class=\"" : "",
		class ? class : "", class ? "\"" : "");
}

static void page_end(FILE *out)
{
	fputs("</main>\n</body></html>\n", out);
}

void web_page(FILE *out, const struct web_req *req,
	      const struct web_index *ix, const char *query,
	      const struct srch_result *res, const char *error,
	      size_t error_pos)
{
	struct buf url = BUF_INIT, scratch = BUF_INIT;
	page_start(out, req, ix, query, NULL);
	if (error) {
		fputs("<section class=\"error\" role=\"alert\"><h2>This query "
		      "cannot be read</h2><p>", out);
		escs(out, error);
		fputs("</p>", out);
		if (query && *query) {
			fputs("<pre>", out);
			escs(out, query);
			fputs("\n", out);
			size_t col = plain_column(query, error_pos);
			for (size_t i = 0; i < col; i++)
				fputc(' ', out);
			fputs("^</pre>", out);
		}
		fputs("<p>See the query cheat sheet above.</p></section>\n", out);
	} else if (res) {
		facet_list(out, req, ix, res, &url);
		fputs("<section class=\"results\" aria-live=\"polite\">\n", out);
		summary(out, req, ix, res, &url);
		chips(out, req, ix, &url);
		if (!res->total)
			no_results(out, req, ix, &url);
		if (res->nhits) {
			fprintf(out, "<ol class=\"hits\" start=\"%u\">\n",
				(req->page - 1) * WEB_PAGE_SIZE + 1);
			for (size_t i = 0; i < res->nhits; i++)
				hit(out, req, &res->hits[i], &url, &scratch);
			fputs("</ol>\n", out);
		}
		pages(out, req, res, &url);
		fputs("</section>\n", out);
	} else {
		fputs("<section class=\"intro\"><p>Search news of deals: "
		      "acquisitions, mergers, stakes, funding rounds and "
		      "partnerships, by words, names, places, regions, sectors, "
		      "amounts and dates.</p></section>\n", out);
	}
	page_end(out);
	buf_release(&url);
	buf_release(&scratch);
}

/* ---- a story's page ------------------------------------------------------ */

/*
 * OUT: an amount of the story as words: "$30-40 million ($30M-$40M,
 * deal)", from its USD figure (`usd`, or `lo` and `hi`), text and kind;
 * the text alone when no figure is known.  Appended.
 */
static void amount_words(json_t *usd, json_t *lo, json_t *hi,
			 const char *text, const char *kind, struct buf *out)
{
	if (!json_is_number(lo))
		lo = usd;
	if (!json_is_number(hi))
		hi = lo;
	if (!json_is_number(lo)) {
		buf_addf(out, "%s (USD unknown)", text ? text : "?");
		return;
	}
	struct srch_amount a = {json_number_value(lo), json_number_value(hi),
				(char *)text, (char *)kind};
	rnd_matched_line(&a, out);
}

/*
 * OUT: the deal in one line, in words: "acquisition, in talks: Lazada ->
 * Redmart; seller Y; investors A, B; $30-40 million ($30M-$40M, deal)";
 * "" without a deal.
 */
static void deal_line(const struct web_index *ix, json_t *d, struct buf *out)
{
	const char *type = str(d, "type"), *status = str(d, "status");
	struct buf w = BUF_INIT;
	buf_reset(out);
	if (!type || !strcmp(type, "none"))
		return;
	label(ix, SF_TYPE, type, &w);
	buf_add(out, w.buf, w.len);
	if (status && strcmp(status, "none")) {
		label(ix, SF_STATUS, status, &w);
		buf_addf(out, ", %s", w.buf);
	}
	if (json_is_true(json_object_get(d, "rejected")))
		buf_addstr(out, ", rejected");
	const char *acq = str(d, "acquirer"), *tgt = str(d, "target");
	json_t *parties = json_object_get(d, "parties");
	if (acq || (tgt && schema_deal_has_buyer(type)))
		buf_addf(out, ": %s \u2192 %s", acq ? acq : "?", tgt ? tgt : "?");
	else if (tgt)
		buf_addf(out, ": %s", tgt);
	for (size_t i = 0; !acq && !tgt && i < json_array_size(parties); i++)
		buf_addf(out, "%s%s", i ? " and " : ": ",
			 json_string_value(json_array_get(parties, i)));
	rnd_deal_others(d, out);
	json_t *a = json_object_get(d, "amount");
	if (json_is_object(a)) {
		buf_addstr(out, "; ");
		amount_words(json_object_get(a, "usd"),
			     json_object_get(a, "usd_low"),
			     json_object_get(a, "usd_high"), str(a, "text"),
			     str(a, "kind"), out);
	}
	buf_release(&w);
}

/*
 * One row of the story's tags: `name`, then each string of `list`, read
 * as words of facet `f` and, for a facet the page filters by, linking to
 * the stories with that value (a new search of that filter alone, in the
 * grouping the request asked).
 */
static void tag_row(FILE *out, const struct web_req *req,
		    const struct web_index *ix, const char *name, json_t *list,
		    int f, struct buf *url)
{
	if (!json_array_size(list))
		return;
	struct buf w = BUF_INIT, filter = BUF_INIT;
	fprintf(out, "<dt>%s</dt><dd>", name);
	for (size_t i = 0; i < json_array_size(list); i++) {
		const char *v = json_string_value(json_array_get(list, i));
		if (!v)
			continue;
		fputs(i ? ", " : "", out);
		label(ix, (enum srch_facet)f, v, &w);
		buf_reset(&filter);
		if (f >= 0)
			buf_addf(&filter, "%s:%s",
				 srch_facet_name((enum srch_facet)f), v);
		buf_reset(url);
		if (f >= 0 && filter_ok(filter.buf)) {
			param(url, "f", filter.buf);
			if (req->by_story)
				param(url, "group", "story");
			fputs("<a href=\"", out);
			href_to(out, "search", url);
			fputs("\">", out);
			escs(out, w.buf);
			fputs("</a>", out);
		} else {
			escs(out, w.buf);
		}
	}
	fputs("</dd>", out);
	buf_release(&w);
	buf_release(&filter);
}

/* The amounts the index keeps for the story (its deal and funding
 * amounts, docs/SCHEMA.md "amounts_usd"): "$12 million ($12M, funding)". */
static void amounts_row(FILE *out, json_t *doc, struct buf *scratch)
{
	json_t *list = json_object_get(doc, "amounts_usd");
	if (!json_array_size(list))
		return;
	fputs("<dt>Amounts</dt><dd>", out);
	for (size_t i = 0; i < json_array_size(list); i++) {
		json_t *e = json_array_get(list, i);
		buf_reset(scratch);
		amount_words(NULL, json_array_get(e, 0), json_array_get(e, 1),
			     json_string_value(json_array_get(e, 2)),
			     json_string_value(json_array_get(e, 3)), scratch);
		fputs(i ? "; " : "", out);
		esc(out, scratch->buf, scratch->len);
	}
	fputs("</dd>", out);
}

void web_story(FILE *out, const struct web_req *req,
	       const struct web_index *ix, const struct srch_story *st)
{
	struct buf url = BUF_INIT, scratch = BUF_INIT;
	json_t *doc = st ? st->doc : NULL, *tags = json_object_get(doc, "tags");
	const char *title = str(doc, "title");
	if (st && !(title && *title))
		title = "(no headline)";
	page_start(out, req, ix, st ? title : "No such story", "story");
	/* back to the search the story was found by, or to the page */
	link_to(req, NULL, -1, req->page, &url);
	fputs("<p class=\"back\"><a href=\"", out);
	href_to(out, "search", &url);
	fputs(url.len ? "\">&#8592; Back to the results</a></p>\n" :
	      "\">&#8592; Search</a></p>\n", out);
	if (!st) {
		fputs("<section class=\"error\" role=\"alert\"><h2>No such "
		      "story</h2><p>", out);
		if (req->id && *req->id) {
			fputs("This index holds no story with the id &#8216;",
			      out);
			escs(out, req->id);
			fputs("&#8217;: it may have been deleted, or the link "
			      "is not whole.</p>", out);
		} else {
			fputs("No story was asked for: a story&#8217;s page is "
			      "story?id= and its id, as the results link to "
			      "it.</p>", out);
		}
		fputs("</section>\n", out);
		page_end(out);
		buf_release(&url);
		return;
	}
	fputs("<article class=\"story\"><h1>", out);
	escs(out, title);
	fputs("</h1>\n", out);
	meta(out, doc);
	deal_line(ix, json_object_get(tags, "deal"), &scratch);
	if (scratch.len) {
		fputs("<p class=\"deal\">", out);
		esc(out, scratch.buf, scratch.len);
		fputs("</p>\n", out);
	}
	fputs("<dl class=\"tags\">", out);
	tag_row(out, req, ix, "Companies", json_object_get(tags, "companies"),
		SF_COMPANY, &url);
	tag_row(out, req, ix, "People", json_object_get(tags, "people"), -1,
		&url);
	tag_row(out, req, ix, "Places", json_object_get(tags, "countries"),
		SF_COUNTRY, &url);
	tag_row(out, req, ix, "Regions", json_object_get(tags, "regions"),
		SF_REGION, &url);
	tag_row(out, req, ix, "Sectors", json_object_get(tags, "sectors"),
		SF_SECTOR, &url);
	amounts_row(out, doc, &scratch);
	fputs("</dl>\n<div class=\"text\"><p>", out);
	marked(out, st->body, st->hl, st->nhl, 1);
	fputs("</p></div></article>\n", out);
	page_end(out);
	buf_release(&url);
	buf_release(&scratch);
}

/* ---- a deal record's page ------------------------------------------------ */

int web_deal_id_ok(const char *id)
{
	if (!id || id[0] != 'd' || strlen(id) != 13)
		return 0;
	for (size_t i = 1; i < 13; i++)
		if (!isdigit((unsigned char)id[i]) &&
		    (id[i] < 'a' || id[i] > 'f'))
			return 0;
	return 1;
}

/*
 * OUT: the record's sides as the deal line writes them: "Harlow \u2192
 * Pemberton Mills" (with `countries`, each side's country by name after
 * it), the company raising alone for a deal without a buyer (a funding
 * round), or "" when no side is known.
 */
static void rec_sides(const struct web_index *ix, const struct deal_rec *d,
		      int countries, struct buf *out)
{
	struct buf w = BUF_INIT;
	buf_reset(out);
	int buyer = d->acquirer || (d->target && d->type &&
				    schema_deal_has_buyer(d->type));
	if (buyer) {
		buf_addstr(out, d->acquirer ? d->acquirer : "?");
		if (countries && d->acquirer_country) {
			label(ix, SF_COUNTRY, d->acquirer_country, &w);
			buf_addf(out, " (%s)", w.buf);
		}
		buf_addstr(out, " \u2192 ");
	}
	if (buyer || d->target)
		buf_addstr(out, d->target ? d->target : "?");
	if (countries && d->target && d->target_country) {
		label(ix, SF_COUNTRY, d->target_country, &w);
		buf_addf(out, " (%s)", w.buf);
	}
	buf_release(&w);
}

/* OUT: the record's value: "120 mln dlrs ($120M)", the USD figure alone
 * when no story keeps its words; "" without one. */
static void rec_value(const struct deal_rec *d, struct buf *out)
{
	buf_reset(out);
	if (isnan(d->value_usd))
		return;
	struct srch_amount a = {d->value_usd, d->value_usd, d->value_text,
				NULL};
	rnd_matched_line(&a, out);
}

/* A row of the record's facts: `name` and the words `v` (none: no row). */
static void fact(FILE *out, const char *name, const char *v)
{
	if (!v || !*v)
		return;
	fprintf(out, "<dt>%s</dt><dd>", name);
	escs(out, v);
	fputs("</dd>", out);
}

/* A date of the record as a day: "2024-03-01", or "undated". */
static void day(FILE *out, const char *date)
{
	if (!date || !*date) {
		fputs("<span class=\"day\">undated</span>", out);
		return;
	}
	fputs("<time class=\"day\">", out);
	esc(out, date, strlen(date) < 10 ? strlen(date) : 10);
	fputs("</time>", out);
}

static const struct deal_story *rec_story(const struct deal_rec *d,
					  const char *id)
{
	for (size_t i = 0; id && i < d->nstories; i++)
		if (!strcmp(d->stories[i].id, id))
			return &d->stories[i];
	return NULL;
}

/* A link to the story `id` of the record, its headline the text (or the
 * id, for a story the record does not list). */
static void story_ref(FILE *out, const struct web_req *req,
		      const struct deal_rec *d, const char *id,
		      struct buf *url)
{
	const struct deal_story *st = rec_story(d, id);
	const char *title = st && st->title && *st->title ? st->title :
			    st ? "(no headline)" : id;
	id_link(req, id, url);
	fputs("<a href=\"", out);
	href_to(out, "story", url);
	fputs("\">", out);
	escs(out, title);
	fputs("</a>", out);
}

/* The 404 page's one line: no id, not a deal's id, or none the index
 * holds. */
static void no_deal(FILE *out, const struct web_req *req)
{
	fputs("<section class=\"error\" role=\"alert\"><h2>No such deal</h2>"
	      "<p>", out);
	if (!req->id || !*req->id) {
		fputs("No deal was asked for: a deal&#8217;s page is deal?id= "
		      "and its id, as the results grouped by deal link to it.",
		      out);
	} else if (!web_deal_id_ok(req->id)) {
		fputs("&#8216;", out);
		escs(out, req->id);
		fputs("&#8217; is not a deal&#8217;s id: that is d and 12 "
		      "hexadecimal digits, as the results link to it.", out);
	} else {
		fputs("This index holds no deal with the id &#8216;", out);
		escs(out, req->id);
		fputs("&#8217;: its stories may have been deleted or linked "
		      "to another deal, or the link is not whole.", out);
	}
	fputs("</p></section>\n", out);
}

/* The status timeline: each stage the deal reached, when, and the story
 * that said so first. */
static void timeline(FILE *out, const struct web_req *req,
		     const struct web_index *ix, const struct deal_rec *d,
		     struct buf *url, struct buf *w)
{
	if (!d->nhistory)
		return;
	fputs("<section class=\"timeline\"><h2>Timeline</h2>"
	      "<ol class=\"timeline\">\n", out);
	for (size_t i = 0; i < d->nhistory; i++) {
		const struct deal_change *c = &d->history[i];
		fputs("<li>", out);
		day(out, c->date);
		label(ix, SF_STATUS, c->status ? c->status : "", w);
		fputs(" <span class=\"status\">", out);
		escs(out, w->buf);
		fputs("</span>", out);
		if (c->story) {
			fputs(": ", out);
			story_ref(out, req, d, c->story, url);
		}
		fputs("</li>\n", out);
	}
	fputs("</ol></section>\n", out);
}

/* Every story of the record, in date order, with its outlet, and for a
 * near-duplicate the earlier story it repeats. */
static void coverage(FILE *out, const struct web_req *req,
		     const struct deal_rec *d, struct buf *url)
{
	fprintf(out, "<section class=\"coverage\"><h2>Coverage: %zu stor%s",
		d->unique, d->unique == 1 ? "y" : "ies");
	if (d->noutlets)
		fprintf(out, " from %zu outlet%s", d->noutlets,
			d->noutlets == 1 ? "" : "s");
	fputs("</h2><ol class=\"coverage\">\n", out);
	for (size_t i = 0; i < d->nstories; i++) {
		const struct deal_story *st = &d->stories[i];
		fputs("<li>", out);
		day(out, st->date);
		if (st->source && *st->source) {
			fputs(" &#183; <span class=\"outlet\">", out);
			escs(out, st->source);
			fputs("</span>", out);
		}
		fputs(" &#183; ", out);
		story_ref(out, req, d, st->id, url);
		if (st->dup_of) {
			fputs(" <span class=\"repeat\">repeats ", out);
			story_ref(out, req, d, st->dup_of, url);
			fputs("</span>", out);
		}
		fputs("</li>\n", out);
	}
	fputs("</ol></section>\n", out);
}

/* The related records, each linking to its page: its sides, status,
 * value and first day when it could be read, else its id. */
static void related(FILE *out, const struct web_req *req,
		    const struct web_index *ix, const struct deal_rec *d,
		    const struct deal_rec *const *rel, struct buf *url,
		    struct buf *w)
{
	if (!d->nrelated)
		return;
	fprintf(out, "<section class=\"related\"><h2>Related deals</h2>"
		"<p>Other buyers for the same target within %d days: "
		"competing bids.</p><ul class=\"related\">\n",
		DEAL_RELATED_DAYS);
	for (size_t i = 0; i < d->nrelated; i++) {
		const struct deal_rec *r = rel && rel[i] && rel[i]->id ?
					   rel[i] : NULL;
		id_link(req, d->related[i], url);
		fputs("<li><a href=\"", out);
		href_to(out, "deal", url);
		fputs("\">", out);
		if (r)
			rec_sides(ix, r, 0, w);
		escs(out, r && w->len ? w->buf : d->related[i]);
		fputs("</a>", out);
		if (r && r->status) {
			label(ix, SF_STATUS, r->status, w);
			fputs(" &#183; ", out);
			escs(out, w->buf);
		}
		if (r) {
			rec_value(r, w);
			if (w->len) {
				fputs(" &#183; ", out);
				escs(out, w->buf);
			}
			fputs(" &#183; ", out);
			day(out, r->first);
		}
		fputs("</li>\n", out);
	}
	fputs("</ul></section>\n", out);
}

void web_deal(FILE *out, const struct web_req *req,
	      const struct web_index *ix, const struct deal_rec *d,
	      const struct deal_rec *const *rel)
{
	struct buf url = BUF_INIT, w = BUF_INIT, title = BUF_INIT;
	if (d) {
		rec_sides(ix, d, 0, &title);
		if (!title.len)
			buf_addf(&title, "Deal %s", d->id);
	}
	page_start(out, req, ix, d ? title.buf : "No such deal", "dealpage");
	link_to(req, NULL, -1, req->page, &url);
	fputs("<p class=\"back\"><a href=\"", out);
	href_to(out, "search", &url);
	fputs(url.len ? "\">&#8592; Back to the results</a></p>\n" :
	      "\">&#8592; Search</a></p>\n", out);
	if (!d) {
		no_deal(out, req);
		goto done;
	}
	fputs("<article class=\"deal-record\"><h1>", out);
	escs(out, title.buf);
	fputs("</h1>\n<dl class=\"tags facts\">", out);
	rec_sides(ix, d, 1, &w);
	fact(out, "Parties", w.buf);
	fact(out, "Seller", d->seller);
	buf_reset(&w);
	for (size_t i = 0; i < d->ninvestors; i++)
		buf_addf(&w, "%s%s", i ? ", " : "", d->investors[i]);
	fact(out, "Investors", w.buf);
	if (d->type) {
		label(ix, SF_TYPE, d->type, &w);
		fact(out, "Type", w.buf);
	}
	if (d->status) {
		label(ix, SF_STATUS, d->status, &w);
		fact(out, "Status", w.buf);
	}
	rec_value(d, &w);
	if (w.len) {
		/* how sure the figure is: how many stories give it */
		buf_addf(&w, ", given by %zu stor%s", d->nvalue_stories,
			 d->nvalue_stories == 1 ? "y" : "ies");
		fact(out, "Value", w.buf);
	}
	if (d->first) {
		fputs("<dt>First story</dt><dd>", out);
		day(out, d->first);
		fputs("</dd><dt>Last story</dt><dd>", out);
		day(out, d->last);
		fputs("</dd>", out);
	}
	fact(out, "Id", d->id);
	fputs("</dl>\n", out);
	timeline(out, req, ix, d, &url, &w);
	coverage(out, req, d, &url);
	related(out, req, ix, d, rel, &url, &w);
	fputs("</article>\n", out);
done:
	page_end(out);
	buf_release(&url);
	buf_release(&w);
	buf_release(&title);
}
