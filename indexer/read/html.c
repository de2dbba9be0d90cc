/*
 * html.c - HTML pages -> articles, with libxml2's HTML parser
 * (reader.h).
 *
 * The main text is taken from the first <article>, else <main> or an
 * element with role="main", else <body>; navigation, scripts, styles,
 * forms, headers, footers, asides and elements whose class or id names
 * such furniture ("nav", "menu", "share", "related" ...) are left out.
 * Block elements become paragraph breaks; runs of white space become one
 * space.  A page whose declared charset does not decode it is read again
 * as UTF-8 (rd_xml_read).
 */
#define _GNU_SOURCE
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>
#include <strings.h>

#include "reader.h"

static const char *const skip_tags[] = {
	"script", "style", "noscript", "nav", "footer", "header", "aside",
	"form", "iframe", "svg", "template", "button", "select", "textarea",
	"object", "embed", "canvas", "menu",
};

static const char *const block_tags[] = {
	"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
	"section", "article", "blockquote", "pre", "table", "tr", "dd", "dt",
	"dl", "figcaption", "main", "hr",
};

static const char *const skip_classes[] = {
	"nav", "menu", "footer", "sidebar", "share", "social", "related",
	"comment", "advert", "cookie", "newsletter", "breadcrumb", "promo",
};

static int in_list(const char *name, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcasecmp(name, list[i]))
			return 1;
	return 0;
}
#define IN_LIST(name, list) in_list(name, list, ARRAY_SIZE(list))

static int attr_has(xmlNode *n, const char *attr, const char *const *words,
		    size_t nwords)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	if (!v)
		return 0;
	int hit = 0;
	for (size_t i = 0; i < nwords && !hit; i++)
		hit = strcasestr((const char *)v, words[i]) != NULL;
	xmlFree(v);
	return hit;
}

static int is_furniture(xmlNode *n)
{
	const char *name = (const char *)n->name;
	if (IN_LIST(name, skip_tags))
		return 1;
	size_t nc = ARRAY_SIZE(skip_classes);
	return attr_has(n, "class", skip_classes, nc) ||
	       attr_has(n, "id", skip_classes, nc);
}

struct textout {
	struct buf *b;
	int space;   /* a space is pending */
	int para;    /* a paragraph break is pending */
};

static void out_text(struct textout *o, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			o->space = 1;
			continue;
		}
		/* U+00A0 no-break space counts as a space */
		if (c == 0xc2 && (unsigned char)s[1] == 0xa0) {
			s++;
			o->space = 1;
			continue;
		}
		if (o->b->len) {
			if (o->para)
				buf_addstr(o->b, "\n\n");
			else if (o->space)
				buf_addch(o->b, ' ');
		}
		o->space = o->para = 0;
		buf_addch(o->b, (char)c);
	}
}

static void collect(xmlNode *n, struct textout *o)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			out_text(o, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || is_furniture(n))
			continue;
		int block = IN_LIST((const char *)n->name, block_tags);
		if (block)
			o->para = 1;
		collect(n->children, o);
		if (block)
			o->para = 1;
	}
}

static void text_of(xmlNode *n, struct buf *b)
{
	struct textout o = { b, 0, 0 };
	buf_reset(b);
	collect(n->children, &o);
}

/* Depth-first search for the first element matching a predicate. */
static xmlNode *find(xmlNode *n, int (*match)(xmlNode *, const void *),
		     const void *arg)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (match(n, arg))
			return n;
		xmlNode *r = find(n->children, match, arg);
		if (r)
			return r;
	}
	return NULL;
}

static int match_name(xmlNode *n, const void *name)
{
	return !strcasecmp((const char *)n->name, name);
}

static int match_main(xmlNode *n, const void *unused)
{
	(void)unused;
	if (!strcasecmp((const char *)n->name, "main"))
		return 1;
	xmlChar *role = xmlGetProp(n, (const xmlChar *)"role");
	int hit = role && !strcasecmp((const char *)role, "main");
	xmlFree(role);
	return hit;
}

/* The value of the most preferred <meta property|name=key> present. */
static void meta_value(xmlNode *root, const char *const *keys, size_t nkeys,
		       char **out)
{
	for (size_t k = 0; k < nkeys && !*out; k++) {
		xmlNode *stack[64];
		int sp = 0;
		xmlNode *n = root;
		while (n || sp) {
			if (!n) {
				n = stack[--sp]->next;
				continue;
			}
			if (n->type == XML_ELEMENT_NODE &&
			    !strcasecmp((const char *)n->name, "meta")) {
				xmlChar *p = xmlGetProp(n, (const xmlChar *)"property");
				if (!p)
					p = xmlGetProp(n, (const xmlChar *)"name");
				xmlChar *c = p && !strcasecmp((const char *)p, keys[k]) ?
					xmlGetProp(n, (const xmlChar *)"content") : NULL;
				xmlFree(p);
				if (c && *c)
					*out = xstrdup((const char *)c);
				xmlFree(c);
				if (*out)
					return;
			}
			if (n->type == XML_ELEMENT_NODE && n->children && sp < 64) {
				stack[sp++] = n;
				n = n->children;
				continue;
			}
			n = n->next;
		}
	}
}

static int match_canonical(xmlNode *n, const void *unused)
{
	(void)unused;
	if (strcasecmp((const char *)n->name, "link"))
		return 0;
	xmlChar *rel = xmlGetProp(n, (const xmlChar *)"rel");
	int hit = rel && !strcasecmp((const char *)rel, "canonical");
	xmlFree(rel);
	return hit;
}

static void set_if_empty(char **field, struct buf *b)
{
	buf_trim(b);
	if (*field && **field)
		return;
	if (b->len)
		article_set(field, b->buf, b->len);
}

/* The element holding the article's text: <article>, else <main> or
 * role="main", else <body>, else the root. */
static xmlNode *main_of(xmlNode *root)
{
	xmlNode *main = find(root, match_name, "article");
	if (!main)
		main = find(root, match_main, NULL);
	if (!main)
		main = find(root, match_name, "body");
	return main ? main : root;
}

/* A page in an encoding other than UTF-8 without text may have declared
 * the wrong one: it is worth a second reading. */
static int empty_in_other_encoding(xmlDocPtr doc)
{
	if (!doc->encoding || !xmlStrcasecmp(doc->encoding,
					     (const xmlChar *)"UTF-8"))
		return 0;
	xmlNode *main = main_of(xmlDocGetRootElement(doc));
	struct buf b = BUF_INIT;
	if (main)
		text_of(main, &b);
	int empty = !b.len;
	buf_release(&b);
	return empty;
}

int rd_html_parse(const char *data, size_t len, struct article *a,
		  struct ds_err *err)
{
	size_t repaired;
	htmlDocPtr doc = rd_xml_read(htmlReadMemory, data, len, a->url,
			HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			HTML_PARSE_NOWARNING | HTML_PARSE_NONET,
			empty_in_other_encoding, &repaired);
	if (!doc)
		return ds_err_set(err, DS_EFORMAT, "not parseable as HTML");
	a->repaired += repaired;
	xmlNode *root = xmlDocGetRootElement(doc);
	struct buf b = BUF_INIT;
	char *v = NULL;

	static const char *const title_keys[] = {"og:title", "twitter:title"};
	meta_value(root, title_keys, 2, &v);
	if (!v) {
		/* the page's <h1> is the headline; <title> often adds the
		 * site's name ("Deal news | Example Review") */
		xmlNode *t = find(root, match_name, "h1");
		if (!t)
			t = find(root, match_name, "title");
		if (t) {
			text_of(t, &b);
			v = buf_detach(&b, NULL);
		}
	}
	if (v) {
		buf_reset(&b);
		buf_addstr(&b, v);
		set_if_empty(&a->title, &b);
		free(v);
		v = NULL;
	}

	static const char *const date_keys[] = {
		"article:published_time", "og:published_time", "date",
		"pubdate", "publishdate", "dc.date", "dc.date.issued",
		"parsely-pub-date", "sailthru.date"};
	meta_value(root, date_keys, ARRAY_SIZE(date_keys), &v);
	if (!v) {
		xmlNode *t = find(root, match_name, "time");
		xmlChar *dt = t ? xmlGetProp(t, (const xmlChar *)"datetime") : NULL;
		if (dt)
			v = xstrdup((const char *)dt);
		xmlFree(dt);
	}
	if (v && !a->date_raw)
		a->date_raw = v;
	else
		free(v);
	v = NULL;

	static const char *const site_keys[] = {"og:site_name",
						"application-name"};
	meta_value(root, site_keys, 2, &v);
	if (v && !a->source)
		a->source = v;
	else
		free(v);
	v = NULL;

	xmlNode *canon = find(root, match_canonical, NULL);
	xmlChar *href = canon ? xmlGetProp(canon, (const xmlChar *)"href") : NULL;
	if (!href) {
		static const char *const url_keys[] = {"og:url"};
		meta_value(root, url_keys, 1, &v);
	} else {
		v = xstrdup((const char *)href);
	}
	xmlFree(href);
	/* an absolute canonical URL names the article better than the address
	 * it was fetched from; a relative one is noise */
	if (v && fetch_is_url(v)) {
		free(a->url);
		a->url = v;
	} else {
		free(v);
	}

	xmlNode *main = main_of(root);
	if (main)
		text_of(main, &b);
	int rc = 0;
	if (!b.len || !main)
		rc = ds_err_set(err, DS_EFORMAT, "no article text in HTML");
	else if (!a->body || !*a->body)
		article_set(&a->body, b.buf, b.len);
	buf_release(&b);
	xmlFreeDoc(doc);
	return rc;
}

int rd_html(struct rd_ctx *ctx, const char *origin, const char *url,
	    const char *data, size_t len, struct ds_err *err)
{
	struct article a;
	article_init(&a);
	if (url)
		article_set(&a.url, url, strlen(url));
	article_set(&a.origin, origin, strlen(origin));
	int rc = rd_html_parse(data, len, &a, err);
	ctx->consumed = len;
	if (!rc)
		rc = ctx->emit(ctx, &a);
	article_release(&a);
	return rc;
}
