/*
 * xml.c - parsing with libxml2 for the HTML and feed readers
 * (reader.h): its diagnostics kept off stderr, and a second reading when
 * the encoding an input declares does not decode it.
 *
 * libxml2 prints some problems itself, whatever the parser options say:
 * a conversion error has no parser context ("encoding error : input
 * conversion failed", "I/O error : encoder error"), and the text after it
 * is lost.  A structured error handler, set for the length of one parse,
 * catches them; a page that declares <meta charset="UTF-32"> over ASCII
 * bytes is then read again as UTF-8.
 */
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <string.h>

#include "analyse.h"
#include "reader.h"

/* Parser errors are the readers' business (they parse with RECOVER); only
 * the input's decoding decides a second reading. */
static void on_error(void *user, xmlErrorPtr e)
{
	struct rd_xml_quiet *q = user;
	if (e->domain == XML_FROM_I18N || e->domain == XML_FROM_IO ||
	    e->code == XML_ERR_UNSUPPORTED_ENCODING)
		q->bad_encoding = 1;
}

/* The push parser under xmlTextReader reports some conversion failures
 * through the generic handler only ("xmlParseChunk: encoder error"). */
static void on_generic(void *user, const char *fmt, ...)
{
	struct rd_xml_quiet *q = user;
	(void)fmt;
	q->bad_encoding = 1;
}

void rd_xml_quiet_begin(struct rd_xml_quiet *q)
{
	q->bad_encoding = 0;
	q->saved = xmlStructuredError;
	q->saved_ctx = xmlStructuredErrorContext;
	q->saved_generic = xmlGenericError;
	q->saved_generic_ctx = xmlGenericErrorContext;
	xmlSetStructuredErrorFunc(q, on_error);
	xmlSetGenericErrorFunc(q, on_generic);
}

void rd_xml_quiet_end(struct rd_xml_quiet *q)
{
	xmlSetStructuredErrorFunc(q->saved_ctx, q->saved);
	xmlSetGenericErrorFunc(q->saved_generic_ctx, q->saved_generic);
}

xmlDocPtr rd_xml_read(rd_xml_parser parse, const char *data, size_t len,
		      const char *url, int options,
		      int (*empty)(xmlDocPtr doc), size_t *repaired)
{
	struct rd_xml_quiet d;
	*repaired = 0;
	rd_xml_quiet_begin(&d);
	xmlDocPtr doc = parse(data, (int)len, url, NULL, options);
	if (d.bad_encoding || (doc && empty && empty(doc))) {
		struct buf fixed = BUF_INIT;
		*repaired = ana_utf8_repair(data, len, &fixed);
		xmlFreeDoc(doc);
		doc = parse(fixed.buf, (int)fixed.len, url, "UTF-8",
			    options | XML_PARSE_IGNORE_ENC);
		buf_release(&fixed);
	}
	rd_xml_quiet_end(&d);
	return doc;
}
