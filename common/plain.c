/*
 * plain.c - text made safe to print on a terminal (include/plain.h).
 * Used by every command that prints text from the index or from input.
 */
#include "plain.h"

#include <string.h>
#include <utf8proc.h>

#define REPLACEMENT "\xEF\xBF\xBD"   /* U+FFFD in UTF-8 */

/* Does code point cp reorder or control rather than show? */
static int hidden(int32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
	       (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

static int blank(int32_t cp)
{
	return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' ||
	       cp == '\f' || cp == 0x2028 || cp == 0x2029;
}

void plain_add(struct buf *out, const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		size_t run = i;
		/* printable ASCII, the common case, copied in runs */
		while (run < len && (unsigned char)s[run] >= 0x20 &&
		       (unsigned char)s[run] < 0x7F)
			run++;
		buf_add(out, s + i, run - i);
		if ((i = run) >= len)
			break;
		int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate(
			(const utf8proc_uint8_t *)s + i,
			(utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0) {
			buf_addstr(out, REPLACEMENT);
			i++;
			continue;
		}
		if (blank(cp))
			buf_addch(out, ' ');
		else if (hidden(cp))
			buf_addstr(out, REPLACEMENT);
		else
			buf_add(out, s + i, (size_t)n);
		i += (size_t)n;
	}
}

void plain_write(FILE *fp, const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	plain_add(&b, s, len);
	fwrite(b.buf, 1, b.len, fp);
	buf_release(&b);
}

void plain_puts(FILE *fp, const char *s)
{
	if (s)
		plain_write(fp, s, strlen(s));
}

size_t plain_column(const char *s, size_t pos)
{
	size_t col = 0, i = 0, len = strlen(s);
	if (pos > len)
		pos = len;
	while (i < pos) {
		utf8proc_int32_t c;
		utf8proc_ssize_t n = utf8proc_iterate(
			(const utf8proc_uint8_t *)s + i,
			(utf8proc_ssize_t)(len - i), &c);
		i += n > 0 ? (size_t)n : 1;
		col++;
	}
	return col;
}
