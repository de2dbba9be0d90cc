/*
 * plain.h - text from the index or from input, made safe to print as
 * plain text on a terminal.
 *
 * Contract:
 *   - A story's title, a company name or a query is data: printed as it
 *     is, "ESC ] 0;title BEL" would set the terminal's title and "ESC [2J"
 *     clear its screen.  Every text output (`search`, `extract`, `saved`,
 *     error messages) prints such text through plain_*(), never raw.
 *   - What changes, by example:
 *         TAB LF CR VT FF, U+2028 U+2029  -> " "   (one line per field: no
 *                                                  layout keeps a newline)
 *         other C0 controls, DEL,          -> U+FFFD (visible, never run)
 *         C1 controls (U+0080..U+009F),
 *         invalid UTF-8 (a lone 0x9B is
 *         CSI to some terminals)
 *         bidi embeddings, overrides and   -> U+FFFD (they reorder what
 *         isolates (U+202A..U+202E,                   follows on the line)
 *         U+2066..U+2069)
 *     Everything else, and valid UTF-8 in any script, is unchanged.
 *   - Output for programs (JSON, CSV) keeps the data as it is: JSON
 *     escapes controls itself, and CSV has its own rules (render.h).
 *   - Depends on buf.h and utf8proc.
 */
#ifndef DS_PLAIN_H
#define DS_PLAIN_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"

/* OUT: s[0..len) made safe to print, appended to `out`. */
void plain_add(struct buf *out, const char *s, size_t len);

/* Write s[0..len), made safe, to `fp`. */
void plain_write(FILE *fp, const char *s, size_t len);

/* Write string s, made safe, to `fp`; NULL writes nothing. */
void plain_puts(FILE *fp, const char *s);

/*
 * The column at which byte `pos` of `s` shows, counted in characters from
 * 0 (as plain_add() prints them: one per code point, an invalid byte one
 * U+FFFD): where a caret goes under a query's error.
 */
size_t plain_column(const char *s, size_t pos);

#endif /* DS_PLAIN_H */
