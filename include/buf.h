/*
 * buf.h - growable byte buffer, and the allocation wrappers every module uses.
 *
 * Contract:
 *   - A `struct buf` is never NULL-backed: after BUF_INIT or buf_init(),
 *     `b.buf` points at a NUL-terminated string (a shared empty string until
 *     the first growth), so it can always be printed or compared.
 *   - `len` excludes the terminating NUL; `alloc` is 0 while the buffer
 *     borrows the shared empty string.
 *   - Growth is overflow-checked; allocation failure aborts the process
 *     (xmalloc policy: out-of-memory is not threaded through callers).
 *   - The buffer owns its memory.  buf_release() frees it and re-initialises;
 *     buf_detach() transfers it to the caller (free() it).
 *   - Depends on nothing but libc.
 *
 * Usage:
 *     struct buf b = BUF_INIT;
 *     buf_addf(&b, "%d articles", n);
 *     puts(b.buf);
 *     buf_release(&b);
 */
#ifndef DS_BUF_H
#define DS_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Allocation wrappers: never return NULL; abort with a message on failure. */
/*
 * The number of elements of an array (not a pointer: that fails to
 * compile in C, where the type check is available).
 */
#ifdef __cplusplus
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#else
#define ARRAY_SIZE(a)                                                     \
	(sizeof(a) / sizeof((a)[0]) +                                     \
	 0 * sizeof(struct { int array_size_wants_an_array :              \
		!__builtin_types_compatible_p(__typeof__(a),              \
					      __typeof__(&(a)[0])); }))
#endif

/* What the allocators below do when one fails: print "fatal: out of
 * memory allocating N bytes" and abort (for C++'s bad_alloc too). */
__attribute__((noreturn)) void xalloc_fail(size_t n);
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);

extern char buf_empty[];

struct buf {
	size_t len;    /* bytes in use, excluding the NUL */
	size_t alloc;  /* bytes allocated; 0 = borrowing buf_empty */
	char *buf;     /* always NUL-terminated */
};

#define BUF_INIT { 0, 0, buf_empty }

void buf_init(struct buf *b, size_t hint);
/* Free the memory and re-initialise to empty. */
void buf_release(struct buf *b);
/* Hand the string to the caller (owned: free()) and re-initialise. */
char *buf_detach(struct buf *b, size_t *len_out);
/* Ensure room for `extra` more bytes plus the NUL. */
void buf_grow(struct buf *b, size_t extra);
/* Set length to 0, keeping the allocation. */
void buf_reset(struct buf *b);
/* Shorten to `len` (must be <= b->len). */
void buf_setlen(struct buf *b, size_t len);

/* Append len bytes (buf_add) or one (buf_addch); inline, as the
 * tokeniser and the tagger append a byte or a word at a time, and only
 * the growing is a call. */
static inline void buf_add(struct buf *b, const void *data, size_t len)
{
	if (!len)
		return;
	if (b->alloc - b->len <= len)   /* also when borrowing buf_empty */
		buf_grow(b, len);
	memcpy(b->buf + b->len, data, len);
	b->len += len;
	b->buf[b->len] = '\0';
}

static inline void buf_addch(struct buf *b, char c)
{
	if (b->alloc - b->len <= 1)
		buf_grow(b, 1);
	b->buf[b->len++] = c;
	b->buf[b->len] = '\0';
}

void buf_addstr(struct buf *b, const char *s);
void buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap);

/* Remove leading and trailing ASCII white space. */
void buf_trim(struct buf *b);

#ifdef __cplusplus
}
#endif

#endif /* DS_BUF_H */
