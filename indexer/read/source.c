/*
 * source.c - inputs read in pieces (source.h).
 *
 * A descriptor source keeps one buffer: buf.buf[pos..len) are the bytes
 * read but not yet handed out.  It grows only to the largest piece a reader
 * asks for (a line, a document) and is compacted before it grows, so a
 * stream of small lines of any length costs one block of memory.
 */
#include "source.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#define SRC_BLOCK 65536

void src_init_fd(struct src *s, int fd, const char *name,
		 volatile sig_atomic_t *stop)
{
	memset(s, 0, sizeof(*s));
	s->name = name;
	s->fd = fd;
	s->stop = stop;
	buf_init(&s->buf, 0);
}

void src_init_mem(struct src *s, const char *data, size_t len,
		  const char *name)
{
	memset(s, 0, sizeof(*s));
	s->name = name;
	s->fd = -1;
	s->mem = data;
	s->mem_len = len;
	s->eof = 1;
	buf_init(&s->buf, 0);
}

void src_release(struct src *s)
{
	buf_release(&s->buf);
}

/* Bytes available without reading. */
static size_t avail(const struct src *s)
{
	return s->fd < 0 ? s->mem_len - s->pos : s->buf.len - s->pos;
}

static const char *cur(const struct src *s)
{
	return s->fd < 0 ? s->mem + s->pos : s->buf.buf + s->pos;
}

static void consume(struct src *s, size_t n)
{
	s->pos += n;
	s->consumed += n;
}

/* Read one block more from the descriptor: 1, 0 at its end, or DS_E*. */
static int fill(struct src *s, struct ds_err *err)
{
	if (s->eof)
		return 0;
	if (s->pos && s->pos == s->buf.len) {
		buf_reset(&s->buf);
		s->pos = 0;
	} else if (s->pos > SRC_BLOCK && s->pos * 2 > s->buf.len) {
		/* compact: the consumed part is no longer needed */
		size_t left = s->buf.len - s->pos;
		memmove(s->buf.buf, s->buf.buf + s->pos, left);
		buf_setlen(&s->buf, left);
		s->pos = 0;
	}
	buf_grow(&s->buf, SRC_BLOCK);
	if (s->idle) {
		/* nothing to read yet: the caller's moment (source.h) */
		struct pollfd p = { s->fd, POLLIN, 0 };
		if (poll(&p, 1, 0) == 0)
			s->idle(s->idle_user);
	}
	for (;;) {
		ssize_t n = read(s->fd, s->buf.buf + s->buf.len, SRC_BLOCK);
		if (n > 0) {
			buf_setlen(&s->buf, s->buf.len + (size_t)n);
			return 1;
		}
		if (n == 0) {
			s->eof = 1;
			return 0;
		}
		if (errno == EINTR || errno == EAGAIN) {
			if (s->stop && *s->stop)
				return ds_err_set(err, DS_EINTR, NULL);
			continue;
		}
		return ds_err_set(err, DS_EIO, "cannot read: %s",
				  strerror(errno));
	}
}

int src_peek(struct src *s, size_t want, const char **data, size_t *len,
	     struct ds_err *err)
{
	int rc;
	while (avail(s) < want && (rc = fill(s, err)) != 0)
		if (rc < 0)
			return rc;
	*data = cur(s);
	*len = avail(s) < want ? avail(s) : want;
	return 0;
}

int src_line(struct src *s, size_t max, const char **line, size_t *len,
	     uint64_t *too_long, struct ds_err *err)
{
	size_t scanned = 0;    /* bytes of the line already searched */
	uint64_t dropped = 0;  /* bytes of an over-long line let go */
	*too_long = 0;
	for (;;) {
		const char *p = cur(s);
		size_t n = avail(s);
		const char *nl = memchr(p + scanned, '\n', n - scanned);
		if (nl || (s->eof && n)) {
			size_t l = nl ? (size_t)(nl - p) : n;
			consume(s, nl ? l + 1 : l);
			*line = p;
			*len = l;
			if (dropped || l > max) {
				*too_long = dropped + l;
				*len = 0;
			}
			return 1;
		}
		if (s->eof) {
			if (!dropped)
				return 0;
			*too_long = dropped;   /* an over-long last line */
			*line = p;
			*len = 0;
			return 1;
		}
		scanned = n;
		if (n > max) {
			/* over the limit: let the bytes go, keep counting */
			dropped += n;
			consume(s, n);
			scanned = 0;
		}
		int rc = fill(s, err);
		if (rc < 0)
			return rc;
	}
}

int src_rest(struct src *s, size_t max, const char **data, size_t *len,
	     struct ds_err *err)
{
	int rc;
	while (avail(s) <= max && (rc = fill(s, err)) != 0)
		if (rc < 0)
			return rc;
	if (avail(s) > max)
		return ds_err_set(err, DS_EFORMAT, "larger than the limit of "
				  "%zu bytes (--max-bytes)", max);
	*data = cur(s);
	*len = avail(s);
	consume(s, *len);
	return 0;
}

ssize_t src_read(struct src *s, char *dst, size_t n, struct ds_err *err)
{
	if (!avail(s)) {
		int rc = fill(s, err);
		if (rc <= 0)
			return rc;
	}
	size_t k = avail(s) < n ? avail(s) : n;
	memcpy(dst, cur(s), k);
	consume(s, k);
	return (ssize_t)k;
}

int src_rewind(struct src *s, struct ds_err *err)
{
	if (s->fd >= 0) {
		if (lseek(s->fd, 0, SEEK_SET) != 0)
			return ds_err_set(err, DS_EIO, "cannot read it again: "
					  "%s", strerror(errno));
		buf_reset(&s->buf);
		s->eof = 0;
	}
	s->pos = 0;
	s->consumed = 0;
	return 0;
}
