/*
 * read_feed.c - RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> articles, with
 * libxml2 (reader.h).
 *
 * An item that carries its full text (content:encoded, or Atom <content>)
 * is indexed from the feed.  Otherwise its link is fetched and the page read
 * as HTML; the feed's title and date fill what the page lacks.  A summary
 * alone (<description>, <summary>) is not indexed: it is not the article.
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
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

/*
 * The feed is read with libxml2's pull parser, an item at a time: each
 * <item>/<entry> is expanded into a small tree, read, emitted, and freed
 * when the parser moves past it, so a feed of any length costs one item's
 * memory.  Where things are, by depth below the root:
 *   RSS 2.0   rss(0) / channel(1) / title(2), item(2)
 *   RSS 1.0   rdf:RDF(0) / channel(1) / title(2);  rdf:RDF(0) / item(1)
 *   Atom      feed(0) / title(1), entry(1)
 */
enum feed_kind { FEED_UNKNOWN, FEED_RSS, FEED_RDF, FEED_ATOM };

struct feed_io {
	struct src *s;
	struct ds_err err;   /* why the source failed, if it did */
};

static int feed_io_read(void *user, char *dst, int n)
{
	struct feed_io *io = user;
	ssize_t k = src_read(io->s, dst, (size_t)n, &io->err);
	return k < 0 ? -1 : (int)k;
}

int rd_feed_src(struct rd_ctx *ctx, const char *origin, struct src *s,
		struct ds_err *err)
{
	struct feed_io io = { s, DS_ERR_INIT };
	xmlTextReaderPtr r = xmlReaderForIO(feed_io_read, NULL, &io, NULL,
			NULL, XML_PARSE_NONET | XML_PARSE_RECOVER |
			XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
			XML_PARSE_NOCDATA);
	if (!r)
		return ds_err_set(err, DS_ENOMEM, NULL);
	enum feed_kind kind = FEED_UNKNOWN;
	char *feed_title = NULL;
	int rc = 0, items = 0, channel = 0, more;
	more = xmlTextReaderRead(r);
	while (more == 1 && !rc) {
		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT) {
			more = xmlTextReaderRead(r);
			continue;
		}
		int depth = xmlTextReaderDepth(r);
		const char *name = (const char *)xmlTextReaderConstLocalName(r);
		if (depth == 0) {
			kind = !strcasecmp(name, "rss") ? FEED_RSS :
			       !strcasecmp(name, "RDF") ? FEED_RDF :
			       !strcasecmp(name, "feed") ? FEED_ATOM : FEED_UNKNOWN;
			if (kind == FEED_UNKNOWN) {
				rc = ds_err_set(err, DS_EFORMAT, "not an RSS or "
						"Atom feed (root element <%s>)",
						name);
				break;
			}
			more = xmlTextReaderRead(r);
			continue;
		}
		int atom = kind == FEED_ATOM;
		int item_depth = kind == FEED_RSS ? 2 : 1;
		int is_item = depth == item_depth &&
			      !strcasecmp(name, atom ? "entry" : "item") &&
			      (kind != FEED_RSS || channel);
		int is_title = !strcasecmp(name, "title") && !feed_title &&
			       (atom ? depth == 1 : depth == 2 && channel);
		if (depth == 1 && !strcasecmp(name, "channel"))
			channel = 1;
		if (!is_item && !is_title) {
			more = xmlTextReaderRead(r);
			continue;
		}
		if (ctx->stop && *ctx->stop) {
			rc = ds_err_set(err, DS_EINTR, NULL);
			break;
		}
		xmlNode *n = xmlTextReaderExpand(r);
		if (!n)
			break;
		if (is_title) {
			feed_title = content_of(n);
		} else {
			struct item it;
			memset(&it, 0, sizeof(it));
			items++;
			read_item(n, atom, &it);
			ctx->consumed = s->consumed;
			emit_item(ctx, origin, feed_title, &it, &rc);
			item_release(&it);
		}
		more = xmlTextReaderNext(r);   /* past the subtree, freeing it */
	}
	xmlFreeTextReader(r);
	free(feed_title);
	ctx->consumed = s->consumed;
	if (!rc && io.err.code)   /* the input itself failed (or a signal) */
		rc = ds_err_set(err, io.err.code, "%s", io.err.msg);
	if (!rc && kind == FEED_UNKNOWN)
		rc = ds_err_set(err, DS_EFORMAT, "not a well-formed feed");
	if (!rc && kind == FEED_RSS && !channel)
		rc = ds_err_set(err, DS_EFORMAT, "RSS feed without <channel>");
	if (!rc && !items)
		rc = ds_err_set(err, DS_EFORMAT, "feed has no items");
	return rc;
}

int rd_feed(struct rd_ctx *ctx, const char *origin, const char *data,
	    size_t len, struct ds_err *err)
{
	struct src s;
	src_init_mem(&s, data, len, origin);
	int rc = rd_feed_src(ctx, origin, &s, err);
	src_release(&s);
	return rc;
}
