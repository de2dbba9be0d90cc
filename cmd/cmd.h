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

#include <getopt.h>
#include <stdio.h>

#include "buf.h"
#include "err.h"
#include "shards.h"

/* The program's name, as messages and help texts write it. */
#define CMD_PROGRAM "dealsearch"

#define CMD_OK 0
#define CMD_PARTIAL 1
#define CMD_ERROR 2

int cmd_index(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_compact(int argc, char **argv);
int cmd_analyse(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_gazetteer(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_deals(int argc, char **argv);
int cmd_deal(int argc, char **argv);
int cmd_saved(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_shard(int argc, char **argv);

/* Print "error: <fmt>" to stderr; returns CMD_ERROR. */
int cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * Print "<level>: '<origin>': <msg>" to stderr, origin and message made
 * safe to print (plain.h): an input's name or a line it holds is data.
 */
void cmd_report(const char *level, const char *origin, const char *msg);
/* Print "error: <err->msg>"; returns CMD_ERROR. */
int cmd_fail(const struct ds_err *err);
/*
 * getopt_long() for a command's options (argv[0]: the subcommand's name,
 * or CMD_PROGRAM for the program's own), with one line per mistake that
 * names the word and points at the help, never the whole help:
 *     error: unknown option '--limt'; did you mean '--limit'? (see
 *         'dealsearch search --help')
 *     error: option '--limit' needs a value (see ...)
 *     error: option '--json' takes no value (see ...)
 *     error: option '--f' is ambiguous: --facets, --filter (see ...)
 * `shortopts` as getopt_long's; a leading '+' stops at the first word that
 * is no option.  The caller sets optind = 0 before the first call (a full
 * reset: main() has read its own options with '+').  Returns what
 * getopt_long does, or '?' after printing the error (return CMD_ERROR).
 */
int cmd_getopt(int argc, char **argv, const char *shortopts,
	       const struct option *longopts);
/*
 * "error: unknown command 'serch'; did you mean 'search'? (see 'dealsearch
 * --help')", the hint from `known` (NULL-terminated) when one is near;
 * `what` names the kind ("command", "saved command").  Returns CMD_ERROR.
 */
int cmd_unknown(const char *what, const char *word, const char *const *known,
		const char *help);
/* Print `usage` to stdout (help asked) or stderr (misuse) and return 0/2. */
int cmd_usage(const char *usage, int asked);
/*
 * Parse option `opt`'s value `s`, a whole number from min to max; on
 * failure "error: option '--limit' wants a whole number from 0 to 1000,
 * not '5000'" and CMD_ERROR.  cmd_parse_uint: from 1.
 */
int cmd_parse_range(const char *opt, const char *s, unsigned long min,
		    unsigned long max, unsigned long *out);
int cmd_parse_uint(const char *opt, const char *s, unsigned long max,
		   unsigned long *out);
/*
 * The one message every command gives for a folder without an index:
 * "error: no index at 'DIR' (run 'dealsearch index --db DIR FILES' first)".
 */
void cmd_no_index(const char *dir);
/*
 * OUT: the index folder (--db's `db_opt`, else as schema_db_dir() finds
 * it) when it holds an index; else CMD_ERROR after cmd_no_index() (or the
 * reason there is no folder at all).  `dir` is the caller's to release.
 */
int cmd_index_dir(const char *db_opt, struct buf *dir);
/* OUT: the shards of that index (shards.h), the caller's to release; or
 * CMD_ERROR after saying why there are none. */
int cmd_index_shards(const char *db_opt, struct shards *sh);

#endif /* DS_CMD_H */
