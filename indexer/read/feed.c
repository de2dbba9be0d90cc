/*
 * feed.c - RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> articles, with
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
#include <libxml/xmlreader.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "analyse.h"
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
	else if (err.code == DS_EINTR)   /* a signal cut the fetch short */
		*rc = DS_EINTR;
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

/* What one reading of a feed found. */
struct feed_pass {
	enum feed_kind kind;
	int channel;          /* RSS: <channel> seen */
	int items;            /* items seen */
	int emitted;          /* items handed on (or failed) */
	int skipped;          /* link items left when the budget ran out */
	int bad_encoding;     /* the input did not decode */
};

/*
 * One reading of the feed in `s`, in `encoding` (NULL: as it declares).
 * Returns 0, DS_EFORMAT for a root that is no feed, or what emit or the
 * source returned.
 */
static int feed_read(struct rd_ctx *ctx, const char *origin, struct src *s,
		     const struct src *input, const char *encoding,
		     int options, struct feed_pass *fp, struct ds_err *err)
{
	struct feed_io io = { s, DS_ERR_INIT };
	struct rd_xml_quiet quiet;
	memset(fp, 0, sizeof(*fp));
	rd_xml_quiet_begin(&quiet);
	xmlTextReaderPtr r = xmlReaderForIO(feed_io_read, NULL, &io, NULL,
			encoding, options | XML_PARSE_NONET | XML_PARSE_RECOVER |
			XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
			XML_PARSE_NOCDATA);
	if (!r) {
		rd_xml_quiet_end(&quiet);
		return ds_err_set(err, DS_ENOMEM, NULL);
	}
	char *feed_title = NULL;
	int rc = 0, more = xmlTextReaderRead(r);
	while (more == 1 && !rc) {
		if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT) {
			more = xmlTextReaderRead(r);
			continue;
		}
		int depth = xmlTextReaderDepth(r);
		const char *name = (const char *)xmlTextReaderConstLocalName(r);
		if (depth == 0) {
			fp->kind = !strcasecmp(name, "rss") ? FEED_RSS :
				   !strcasecmp(name, "RDF") ? FEED_RDF :
				   !strcasecmp(name, "feed") ? FEED_ATOM :
				   FEED_UNKNOWN;
			if (fp->kind == FEED_UNKNOWN) {
				rc = ds_err_set(err, DS_EFORMAT, "not an RSS or "
						"Atom feed (root element <%s>)",
						name);
				break;
			}
			more = xmlTextReaderRead(r);
			continue;
		}
		int atom = fp->kind == FEED_ATOM;
		int item_depth = fp->kind == FEED_RSS ? 2 : 1;
		int is_item = depth == item_depth &&
			      !strcasecmp(name, atom ? "entry" : "item") &&
			      (fp->kind != FEED_RSS || fp->channel);
		int is_title = !strcasecmp(name, "title") && !feed_title &&
			       (atom ? depth == 1 : depth == 2 && fp->channel);
		if (depth == 1 && !strcasecmp(name, "channel"))
			fp->channel = 1;
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
			fp->items++;
			read_item(n, atom, &it);
			int fetches = it.link && !(it.content && *it.content);
			ctx->consumed = input->consumed;   /* progress */
			if (fetches && ctx->fetch && !fetch_budget_left(ctx->fetch)) {
				fp->skipped++;
			} else {
				fp->emitted++;
				emit_item(ctx, origin, feed_title, &it, &rc);
			}
			item_release(&it);
		}
		more = xmlTextReaderNext(r);   /* past the subtree, freeing it */
	}
	xmlFreeTextReader(r);
	rd_xml_quiet_end(&quiet);
	free(feed_title);
	fp->bad_encoding = quiet.bad_encoding;
	if (!rc && io.err.code)   /* the input itself failed (or a signal) */
		rc = ds_err_set(err, io.err.code, "%s", io.err.msg);
	return rc;
}

int rd_feed_src(struct rd_ctx *ctx, const char *origin, struct src *s,
		struct ds_err *err)
{
	struct feed_pass fp;
	/* the links share one budget: a feed of stalling links must not cost
	 * its item count times the fetch timeout */
	long budget_s = ctx->fetch ? fetch_budget_start(ctx->fetch) : 0;
	int rc = feed_read(ctx, origin, s, s, NULL, 0, &fp, err);
	if (!rc && fp.bad_encoding && !fp.emitted) {
		/* it declares an encoding that does not decode it: read it
		 * again as UTF-8, invalid bytes replaced (a file or a fetched
		 * feed; a pipe cannot be read twice) */
		size_t max = ctx->max_bytes ? ctx->max_bytes : RD_MAX_BYTES_DEFAULT;
		const char *data;
		size_t len;
		rc = src_rewind(s, err);
		if (!rc)
			rc = src_rest(s, max, &data, &len, err);
		if (!rc) {
			struct buf fixed = BUF_INIT;
			struct src m;
			ana_utf8_repair(data, len, &fixed);
			src_init_mem(&m, fixed.buf, fixed.len, origin);
			rc = feed_read(ctx, origin, &m, s, "UTF-8",
				       XML_PARSE_IGNORE_ENC, &fp, err);
			src_release(&m);
			buf_release(&fixed);
		}
	}
	if (ctx->fetch)
		fetch_budget_stop(ctx->fetch);
	if (fp.skipped) {
		char msg[160];
		snprintf(msg, sizeof(msg), "%d item%s not fetched: the feed's "
			 "links took over %ld s in all", fp.skipped,
			 fp.skipped == 1 ? "" : "s", budget_s);
		ctx->fail(ctx, origin, msg);
	}
	ctx->consumed = s->consumed;
	if (!rc && fp.kind == FEED_UNKNOWN)
		rc = ds_err_set(err, DS_EFORMAT, fp.bad_encoding ?
				"a feed whose encoding does not decode it" :
				"not a well-formed feed");
	if (!rc && fp.kind == FEED_RSS && !fp.channel)
		rc = ds_err_set(err, DS_EFORMAT, "RSS feed without <channel>");
	if (!rc && !fp.items)
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
