/*
 * buf.c - growable buffers and the aborting allocators (include/buf.h).
 */
#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char buf_empty[1];

void xalloc_fail(size_t n)
{
	fprintf(stderr, "fatal: out of memory allocating %zu bytes\n", n);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		xalloc_fail(n);
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		xalloc_fail(nmemb * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		xalloc_fail(n);
	return q;
}

char *xstrndup(const char *s, size_t len)
{
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void buf_init(struct buf *b, size_t hint)
{
	b->len = 0;
	b->alloc = 0;
	b->buf = buf_empty;
	if (hint)
		buf_grow(b, hint);
}

void buf_release(struct buf *b)
{
	if (b->alloc)
		free(b->buf);
	buf_init(b, 0);
}

char *buf_detach(struct buf *b, size_t *len_out)
{
	char *s;
	if (len_out)
		*len_out = b->len;
	if (b->alloc)
		s = b->buf;
	else
		s = xstrdup("");
	buf_init(b, 0);
	return s;
}

void buf_grow(struct buf *b, size_t extra)
{
	if (extra > SIZE_MAX - b->len - 1)
		xalloc_fail(SIZE_MAX);
	size_t need = b->len + extra + 1;
	if (need <= b->alloc)
		return;
	size_t n = b->alloc ? b->alloc : 64;
	while (n < need)
		n = n > SIZE_MAX / 2 ? need : n * 2;
	if (!b->alloc) {
		b->buf = xmalloc(n);
		b->buf[0] = '\0';
	} else {
		b->buf = xrealloc(b->buf, n);
	}
	b->alloc = n;
}

void buf_reset(struct buf *b)
{
	buf_setlen(b, 0);
}

void buf_setlen(struct buf *b, size_t len)
{
	if (!b->alloc)
		return; /* empty shared string stays empty */
	b->len = len;
	b->buf[len] = '\0';
}

void buf_addstr(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(b->buf + b->len, b->alloc ? b->alloc - b->len : 0,
			  fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	if ((size_t)n + 1 > (b->alloc ? b->alloc - b->len : 0)) {
		buf_grow(b, (size_t)n);
		vsnprintf(b->buf + b->len, b->alloc - b->len, fmt, ap);
	}
	b->len += (size_t)n;
}

void buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void buf_trim(struct buf *b)
{
	size_t start = 0, end = b->len;
	while (start < end && (b->buf[start] == ' ' || b->buf[start] == '\t' ||
			       b->buf[start] == '\n' || b->buf[start] == '\r'))
		start++;
	while (end > start && (b->buf[end - 1] == ' ' || b->buf[end - 1] == '\t' ||
			       b->buf[end - 1] == '\n' || b->buf[end - 1] == '\r'))
		end--;
	if (start)
		memmove(b->buf, b->buf + start, end - start);
	buf_setlen(b, end - start);
}
