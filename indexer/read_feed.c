/*
 * read_feed.c - RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> articles, with
 * libxml2 (reader.h).
 *
 * An item that carries its full text (content:encoded, or Atom <content>)
 * is indexed from the feed.  Otherwise its link is fetched and the page read
 * as HTML; the feed's title and date fill what the page lacks.  All of a
 * feed's links share one time budget (fetch.h); the items left when it is
 * spent are reported in one line.  A summary
 * alone (<description>, <summary>) is not indexed: it is not the article.
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "reader.h"

static int is(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	       !strcasecmp((const char *)n->name, name);
}

static int in_ns(xmlNode *n, const char *uri_part)
{
	return n->ns && n->ns->href &&
	       strstr((const char *)n->ns->href, uri_part) != NULL;
}

static char *content_of(xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	char *s = xstrdup(c ? (const char *)c : "");
	xmlFree(c);
	return s;
}

struct item {
	char *title, *link, *guid, *date, *content, *source;
	int content_is_text;  /* Atom content type="text" */
};

static void item_release(struct item *it)
{
	free(it->title);
	free(it->link);
	free(it->guid);
	free(it->date);
	free(it->content);
	free(it->source);
	memset(it, 0, sizeof(*it));
}

static void keep(char **field, xmlNode *n)
{
	if (!*field)
		*field = content_of(n);
}

static void read_item(xmlNode *item, int atom, struct item *it)
{
	for (xmlNode *n = item->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is(n, "title")) {
			keep(&it->title, n);
		} else if (is(n, "link")) {
			if (!atom) {
				keep(&it->link, n);
				continue;
			}
			xmlChar *rel = xmlGetProp(n, (const xmlChar *)"rel");
			xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
			if (href && (!rel || !strcmp((const char *)rel, "alternate")) &&
			    !it->link)
				it->link = xstrdup((const char *)href);
			xmlFree(rel);
			xmlFree(href);
		} else if (is(n, "guid") || (atom && is(n, "id"))) {
			keep(&it->guid, n);
		} else if (is(n, "pubDate") || is(n, "published") ||
			   (is(n, "date") && in_ns(n, "purl.org/dc"))) {
			free(it->date);
			it->date = content_of(n);
		} else if (is(n, "updated")) {
			keep(&it->date, n);
		} else if (is(n, "encoded") && in_ns(n, "rss/1.0/modules/content")) {
			free(it->content);
			it->content = content_of(n);
			it->content_is_text = 0;
		} else if (atom && is(n, "content")) {
			xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
			if (type && !strcmp((const char *)type, "xhtml")) {
				/* inline XHTML: serialise the children */
				xmlBufferPtr xb = xmlBufferCreate();
				for (xmlNode *c = n->children; c; c = c->next)
					xmlNodeDump(xb, n->doc, c, 0, 0);
				free(it->content);
				it->content = xstrdup((const char *)xmlBufferContent(xb));
				xmlBufferFree(xb);
			} else if (!it->content) {
				it->content = content_of(n);
				it->content_is_text = !type ||
					!strcmp((const char *)type, "text");
			}
			xmlFree(type);
		} else if (is(n, "source")) {
			keep(&it->source, n);
		}
	}
}

static void emit_item(struct rd_ctx *ctx, const char *origin,
		      const char *feed_title, struct item *it, int *rc)
{
	struct article a;
	article_init(&a);
	struct ds_err err = DS_ERR_INIT;
	const char *where = it->link ? it->link : it->guid ? it->guid : origin;

	if (it->link)
		article_set(&a.url, it->link, strlen(it->link));
	if (it->guid && !it->link)
		article_set(&a.id, it->guid, strlen(it->guid));
	if (it->title)
		article_set(&a.title, it->title, strlen(it->title));
	if (it->date)
		article_set(&a.date_raw, it->date, strlen(it->date));
	const char *src = it->source ? it->source : feed_title;
	if (src && *src)
		article_set(&a.source, src, strlen(src));
	article_set(&a.origin, where, strlen(where));

	int ok = 0;
	if (it->content && *it->content) {
		if (it->content_is_text) {
			article_set(&a.body, it->content, strlen(it->content));
			ok = 1;
		} else {
			ok = rd_html_parse(it->content, strlen(it->content), &a,
					   &err) == 0;
		}
	} else if (!it->link) {
		ds_err_set(&err, DS_EFORMAT, "feed item has neither content "
			   "nor link");
	} else if (!ctx->fetch) {
		ds_err_set(&err, DS_EFETCH, "feed item has no content and "
			   "fetching is off");
	} else {
		struct fetch_result r;
		fetch_result_init(&r);
		if (fetch_get(ctx->fetch, it->link, &r, &err) == 0) {
			/* the page's own canonical URL, if any, wins */
			ok = rd_html_parse(r.body.buf, r.body.len, &a, &err) == 0;
		}
		fetch_result_release(&r);
	}
	if (ok)
		*rc = ctx->emit(ctx, &a);
	else
		ctx->fail(ctx, where, err.msg);
	article_release(&a);
}

int rd_feed(struct rd_ctx *ctx, const char *origin, const char *data,
	    size_t len, struct ds_err *err)
{
	size_t repaired;  /* the feed's, not an item's: not reported */
	xmlDocPtr doc = rd_xml_read(xmlReadMemory, data, len, NULL,
			XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR |
			XML_PARSE_NOWARNING | XML_PARSE_NOCDATA, NULL, &repaired);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		xmlFreeDoc(doc);
		return ds_err_set(err, DS_EFORMAT, "not a well-formed feed");
	}
	int atom = is(root, "feed");
	xmlNode *container = root;
	if (is(root, "rss")) {
		container = NULL;
		for (xmlNode *n = root->children; n; n = n->next)
			if (is(n, "channel"))
				container = n;
	} else if (!atom && !is(root, "RDF")) {
		int rc = ds_err_set(err, DS_EFORMAT, "not an RSS or Atom feed "
				    "(root element <%s>)", (const char *)root->name);
		xmlFreeDoc(doc);   /* root->name dies with the document */
		return rc;
	}
	if (!container) {
		xmlFreeDoc(doc);
		return ds_err_set(err, DS_EFORMAT, "RSS feed without <channel>");
	}

	char *feed_title = NULL;
	for (xmlNode *n = container->children; n; n = n->next)
		if (is(n, "title") && !feed_title)
			feed_title = content_of(n);
	/* RSS 1.0 keeps the channel title in <channel> beside the items */
	for (xmlNode *n = root->children; n && !feed_title && !atom; n = n->next)
		if (is(n, "channel"))
			for (xmlNode *c = n->children; c; c = c->next)
				if (is(c, "title") && !feed_title)
					feed_title = content_of(c);

	/* the links share one budget: a feed of stalling links must not cost
	 * its item count times the fetch timeout */
	int rc = 0, items = 0, skipped = 0;
	long budget_s = ctx->fetch ? fetch_budget_start(ctx->fetch) : 0;
	for (xmlNode *n = container->children; n && !rc; n = n->next) {
		if (!is(n, atom ? "entry" : "item"))
			continue;
		items++;
		struct item it;
		memset(&it, 0, sizeof(it));
		read_item(n, atom, &it);
		int fetches = it.link && !(it.content && *it.content);
		if (fetches && ctx->fetch && !fetch_budget_left(ctx->fetch))
			skipped++;
		else
			emit_item(ctx, origin, feed_title, &it, &rc);
		item_release(&it);
	}
	if (ctx->fetch)
		fetch_budget_stop(ctx->fetch);
	if (skipped) {
		char msg[160];
		snprintf(msg, sizeof(msg), "%d item%s not fetched: the feed's "
			 "links took over %ld s in all", skipped,
			 skipped == 1 ? "" : "s", budget_s);
		ctx->fail(ctx, origin, msg);
	}
	free(feed_title);
	xmlFreeDoc(doc);
	ctx->consumed = len;
	if (!rc && !items)
		return ds_err_set(err, DS_EFORMAT, "feed has no items");
	return rc;
}
