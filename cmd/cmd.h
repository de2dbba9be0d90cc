/*
 * cmd.h - the subcommands of `dealsearch`, and what they share.
 *
 * Contract:
 *   - Each subcommand is `int cmd_NAME(int argc, char **argv)` in its own
 *     file, cmd/NAME.c, listed in main.c's table.  argv[0] is
 *     the subcommand's name.  It returns the exit status: 0 success (for
 *     search: hits), 1 a partial failure or no result, 2 an error.
 *   - Only cmd_* code prints messages and decides exit codes.  Messages go
 *     to stderr as "error: ..." lines, lowercase, with the subject quoted.
 */
#ifndef DS_CMD_H
#define DS_CMD_H

#include <stdio.h>

#include "err.h"

#define CMD_OK 0
#define CMD_PARTIAL 1
#define CMD_ERROR 2

int cmd_index(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_analyse(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_gazetteer(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_saved(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/* Print "error: <fmt>" to stderr; returns CMD_ERROR. */
int cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * Print "<level>: '<origin>': <msg>" to stderr, origin and message made
 * safe to print (plain.h): an input's name or a line it holds is data.
 */
void cmd_report(const char *level, const char *origin, const char *msg);
/* Print "error: <err->msg>"; returns CMD_ERROR. */
int cmd_fail(const struct ds_err *err);
/* Print `usage` to stdout (help asked) or stderr (misuse) and return 0/2. */
int cmd_usage(const char *usage, int asked);
/* Parse a positive integer option; CMD_ERROR message on failure. */
int cmd_parse_uint(const char *opt, const char *s, unsigned long max,
		   unsigned long *out);

#endif /* DS_CMD_H */
