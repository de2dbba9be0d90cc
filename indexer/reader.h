/*
 * reader.h - input formats -> articles.
 *
 * Contract:
 *   - A reader parses one input held in memory and hands each article it
 *     finds to ctx->emit(), which takes the article's contents (the reader
 *     re-initialises its copy after the call).  A problem with one item (a
 *     bad JSON line, a feed item whose link cannot be fetched) is reported
 *     through ctx->fail() with the item's origin, and the reader goes on.
 *   - A reader returns 0 when it got through the input, or a DS_E* code
 *     with `err` set when the input as a whole is unusable (not HTML, no
 *     text, not a feed).
 *   - Before each emit, ctx->consumed is the number of input bytes read so
 *     far (for progress reporting).
 *   - Readers never touch the index; only fetch (for feed links) may reach
 *     the network, through ctx->fetch.
 */
#ifndef DS_READER_H
#define DS_READER_H

#include <libxml/tree.h>
#include <stddef.h>

#include "article.h"
#include "err.h"
#include "fetch.h"

enum rd_kind { RD_TEXT, RD_HTML, RD_JSONL, RD_FEED, RD_BINARY, RD_EMPTY };

struct rd_ctx {
	int (*emit)(struct rd_ctx *ctx, struct article *a);
	void (*fail)(struct rd_ctx *ctx, const char *origin, const char *msg);
	struct fetcher *fetch;  /* for feed items without content; may be NULL */
	size_t consumed;        /* bytes of the current input read so far */
	void *user;             /* the caller's */
};

/* Bracket the program's use of libxml2 (its parser keeps global state). */
void rd_global_init(void);
void rd_global_cleanup(void);

/*
 * Guess the format of an input from its bytes, helped by its file name or
 * Content-Type (either may be NULL).
 */
enum rd_kind rd_detect(const char *data, size_t len, const char *name,
		       const char *content_type);
const char *rd_kind_name(enum rd_kind k);

/* Plain text: optional "Key: value" header block, headline, body. */
int rd_text(struct rd_ctx *ctx, const char *origin, const char *data,
	    size_t len, struct ds_err *err);
/* One HTML page; `url` is where it came from (NULL for a file). */
int rd_html(struct rd_ctx *ctx, const char *origin, const char *url,
	    const char *data, size_t len, struct ds_err *err);
/* JSON lines, one article per line. */
int rd_jsonl(struct rd_ctx *ctx, const char *origin, const char *data,
	     size_t len, struct ds_err *err);
/* RSS 2.0 or Atom. */
int rd_feed(struct rd_ctx *ctx, const char *origin, const char *data,
	    size_t len, struct ds_err *err);

/*
 * Parse an HTML page into `a` (title, body, date, url, source from its
 * metadata; fields already set in `a` are kept when the page has none).
 * DS_EFORMAT when the page has no text.
 */
int rd_html_parse(const char *data, size_t len, struct article *a,
		  struct ds_err *err);

/* htmlReadMemory or xmlReadMemory */
typedef xmlDocPtr (*rd_xml_parser)(const char *data, int len, const char *url,
				   const char *encoding, int options);

/*
 * Parse data[0..len) with `parse` and `options` in the encoding the input
 * declares (or libxml2 detects).  When that encoding does not decode it
 * (libxml2 reports a conversion error, or `empty`, which may be NULL, says
 * the document has no text), parse again as UTF-8 with each invalid
 * sequence replaced by U+FFFD.  libxml2 prints nothing meanwhile.
 * OUT: *repaired, the number of sequences replaced.  Returns the document
 * (NULL when there is none); the caller frees it with xmlFreeDoc().
 */
xmlDocPtr rd_xml_read(rd_xml_parser parse, const char *data, size_t len,
		      const char *url, int options,
		      int (*empty)(xmlDocPtr doc), size_t *repaired);

#endif /* DS_READER_H */
