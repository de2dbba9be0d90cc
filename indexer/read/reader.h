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
 *   - Inputs are streamed (source.h): JSON lines a line at a time, feeds an
 *     item at a time, so memory does not grow with the input.  A single
 *     document (a text or HTML file, a JSON line, a feed item) over
 *     ctx->max_bytes is refused with a message naming it.
 *   - When *ctx->stop is set (a signal), a reader stops before the next
 *     item and returns DS_EINTR.
 */
#ifndef DS_READER_H
#define DS_READER_H

#include <jansson.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "err.h"
#include "fetch.h"
#include "source.h"

enum rd_kind { RD_TEXT, RD_HTML, RD_JSONL, RD_FEED, RD_BINARY, RD_EMPTY };

struct rd_ctx {
	int (*emit)(struct rd_ctx *ctx, struct article *a);
	void (*fail)(struct rd_ctx *ctx, const char *origin, const char *msg);
	struct fetcher *fetch;  /* for feed items without content; may be NULL */
	uint64_t consumed;      /* bytes of the current input read so far */
	void *user;             /* the caller's */
	size_t max_bytes;       /* the largest document accepted (0: 16 MiB) */
	volatile sig_atomic_t *stop;  /* set: stop before the next item */
};

#define RD_MAX_BYTES_DEFAULT (16u << 20)

/* Bracket the program's use of libxml2 (its parser keeps global state). */
void rd_global_init(void);
void rd_global_cleanup(void);

/*
 * Guess the format of an input from its bytes, helped by its file name or
 * Content-Type (either may be NULL).
 */
enum rd_kind rd_detect(const char *data, size_t len, const char *name,
		       const char *content_type);

/*
 * One input from `s`, whatever its format: detect it (from its first bytes,
 * its name `origin` and `content_type`, which may be NULL), then run its
 * reader.  `url` is where a fetched input came from (NULL otherwise).
 * DS_EFORMAT/DS_EIO for an input that is unusable as a whole (binary,
 * empty, too large, unreadable), DS_EINTR when stopped, else what emit
 * returned.
 */
int rd_input(struct rd_ctx *ctx, struct src *s, const char *origin,
	     const char *url, const char *content_type, struct ds_err *err);

/* Plain text: optional "Key: value" header block, headline, body. */
int rd_text(struct rd_ctx *ctx, const char *origin, const char *data,
	    size_t len, struct ds_err *err);
/* One HTML page; `url` is where it came from (NULL for a file). */
int rd_html(struct rd_ctx *ctx, const char *origin, const char *url,
	    const char *data, size_t len, struct ds_err *err);
/* JSON lines, one article per line; rd_jsonl reads them from memory. */
int rd_jsonl_src(struct rd_ctx *ctx, const char *origin, struct src *s,
		 struct ds_err *err);
int rd_jsonl(struct rd_ctx *ctx, const char *origin, const char *data,
	     size_t len, struct ds_err *err);
/*
 * The keys of a JSON line that are an article's fields (id, url, title,
 * date, dateline, source; a string, or a number for an id) from object
 * `o` into `a`; body and html are the caller's.  Also what `index
 * --retag` reads back from a document's data, which has the same keys.
 */
void rd_json_fields(json_t *o, struct article *a);
/* RSS 2.0, RSS 1.0 or Atom, an item at a time; rd_feed from memory. */
int rd_feed_src(struct rd_ctx *ctx, const char *origin, struct src *s,
		struct ds_err *err);
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

/*
 * The same quiet for a parse the caller drives (the feed reader's pull
 * parser): between begin and end, libxml2's diagnostics are caught, and
 * q->bad_encoding tells whether the input failed to decode.
 */
struct rd_xml_quiet {
	int bad_encoding;                /* the input did not decode */
	xmlStructuredErrorFunc saved;    /* the handlers to restore */
	void *saved_ctx;
	xmlGenericErrorFunc saved_generic;
	void *saved_generic_ctx;
};
void rd_xml_quiet_begin(struct rd_xml_quiet *q);
void rd_xml_quiet_end(struct rd_xml_quiet *q);

#endif /* DS_READER_H */
