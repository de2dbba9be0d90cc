/*
 * source.h - an input as a stream of bytes, read in pieces.
 *
 * Contract:
 *   - A source is either a file descriptor (a file, a pipe, standard input)
 *     or bytes already in memory (a fetched body).  Readers take what they
 *     need from it: a peek at the head (format detection), one line at a
 *     time (JSON lines), the rest as one document (text, HTML), or blocks
 *     (the feed reader's pull parser).  Memory stays bounded by the largest
 *     piece asked for, never by the size of the input: `yes | dealsearch
 *     index -` or a 1 GB JSON-lines file use a few MiB.
 *   - Every piece has a limit the caller passes (the largest document it
 *     accepts); a line over it is skipped to its end and reported as too
 *     long, the rest of a document over it is refused (DS_EFORMAT).
 *   - `stop`, when set by a signal handler, ends a read that is waiting
 *     (the read returns EINTR: handlers must not use SA_RESTART) with
 *     DS_EINTR; the source is then at an unspecified position.
 *   - Pointers handed out are borrowed: valid until the next call on the
 *     same source.  The source never closes the descriptor it was given.
 */
#ifndef DS_SOURCE_H
#define DS_SOURCE_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "buf.h"
#include "err.h"

struct src {
	const char *name;                 /* for messages (borrowed) */
	int fd;                           /* -1: all of it is in `mem` */
	const char *mem;                  /* the bytes of a memory source */
	size_t mem_len;
	struct buf buf;                   /* read from fd, not yet consumed */
	size_t pos;                       /* consumed part of buf (or mem) */
	uint64_t consumed;                /* bytes handed out so far */
	int eof;                          /* fd reached its end */
	volatile sig_atomic_t *stop;      /* set: waiting reads end */
	void (*idle)(void *user);         /* optional: called when a read
					     of fd is about to wait for
					     data (a live pipe, a slow
					     network), so that the caller
					     can finish what is pending */
	void *idle_user;
};

/* A source over `fd` (not closed by the source) or over memory (borrowed). */
void src_init_fd(struct src *s, int fd, const char *name,
		 volatile sig_atomic_t *stop);
void src_init_mem(struct src *s, const char *data, size_t len,
		  const char *name);
void src_release(struct src *s);

/*
 * OUT: the next `want` bytes (fewer at the end of the input), not
 * consumed.  DS_EIO on a read error, DS_EINTR when stopped.
 */
int src_peek(struct src *s, size_t want, const char **data, size_t *len,
	     struct ds_err *err);

/*
 * The next line, without its '\n'.  Returns 1 with *line and *len set, 0 at the
 * end of the input, or a DS_E* code.  A line longer than `max` is read to
 * its end and dropped: 1 with *len = 0 and *too_long = its length.
 */
int src_line(struct src *s, size_t max, const char **line, size_t *len,
	     uint64_t *too_long, struct ds_err *err);

/*
 * OUT: the rest of the input, consumed.  DS_EFORMAT ("larger than ...")
 * when it is over `max` bytes (nothing more is read then).
 */
int src_rest(struct src *s, size_t max, const char **data, size_t *len,
	     struct ds_err *err);

/*
 * Back to the first byte, for a second reading: a memory source or a file
 * can, a pipe cannot (DS_EIO).
 */
int src_rewind(struct src *s, struct ds_err *err);

/* Up to `n` bytes into `dst`: the count, 0 at the end, or a DS_E* code. */
ssize_t src_read(struct src *s, char *dst, size_t n, struct ds_err *err);

#endif /* DS_SOURCE_H */
