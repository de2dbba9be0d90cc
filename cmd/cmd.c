/*
 * cmd.c - helpers every subcommand uses (cmd.h).
 */
#include "cmd.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "plain.h"
#include "schema.h"
#include "typo.h"

int cmd_error(const char *fmt, ...)
{
	/* messages quote input (a query, a file name): printed safe */
	struct buf msg = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	fputs("error: ", stderr);
	plain_write(stderr, msg.buf, msg.len);
	fputc('\n', stderr);
	buf_release(&msg);
	return CMD_ERROR;
}

void cmd_report(const char *level, const char *origin, const char *msg)
{
	fprintf(stderr, "%s: '", level);
	plain_puts(stderr, origin);
	fputs("': ", stderr);
	plain_puts(stderr, msg);
	fputc('\n', stderr);
}

int cmd_fail(const struct ds_err *err)
{
	return cmd_error("%s", err->code ? err->msg : "unknown failure");
}

/* OUT: 'dealsearch search --help', the help a message points at. */
static void help_of(const char *cmd, struct buf *out)
{
	if (strcmp(cmd, CMD_PROGRAM))
		buf_addf(out, CMD_PROGRAM " %s --help", cmd);
	else
		buf_addstr(out, CMD_PROGRAM " --help");
}

/* "error: unknown <what> '<typed>'[; did you mean '<prefix><near>'?]
 * (see '<help>')" */
static int unknown(const char *what, const char *typed, const char *prefix,
		   const char *near, const char *help)
{
	if (near)
		return cmd_error("unknown %s '%s'; did you mean '%s%s'? (see "
				 "'%s')", what, typed, prefix, near, help);
	return cmd_error("unknown %s '%s' (see '%s')", what, typed, help);
}

int cmd_unknown(const char *what, const char *word, const char *const *known,
		const char *help)
{
	struct typo t;
	typo_init(&t, word, strlen(word));
	for (; *known; known++)
		typo_try(&t, *known);
	return unknown(what, word, "", t.near, help);
}

/*
 * The long option a word names ("--lim", "--limit=5": an exact name, else
 * the only one it begins), or NULL.
 */
static const struct option *long_named(const struct option *lo,
				       const char *word)
{
	size_t n = strcspn(word, "=");
	const struct option *found = NULL;
	int prefixes = 0;
	for (; lo->name; lo++) {
		if (strncmp(lo->name, word, n))
			continue;
		if (!lo->name[n])
			return lo;
		found = lo;
		prefixes++;
	}
	return prefixes == 1 ? found : NULL;
}

/*
 * One line for getopt_long's '?' or ':' (missing: a value is missing).
 * The word at fault: a long option is always the word before optind
 * (getopt_long has moved past it) and optopt is 0 (unknown, ambiguous)
 * or its value; otherwise optopt is the short option's letter, which may
 * sit inside a cluster ("-qx").
 */
static void option_error(char **argv, int missing,
			 const struct option *longopts)
{
	struct buf help = BUF_INIT, typed = BUF_INIT, list = BUF_INIT;
	help_of(argv[0], &help);
	const char *word = optind > 0 ? argv[optind - 1] : "";
	const struct option *lo = NULL;
	int is_long = !strncmp(word, "--", 2);
	if (is_long) {
		lo = long_named(longopts, word + 2);
		is_long = !optopt || (lo && lo->val == optopt);
	}
	if (is_long)
		buf_add(&typed, word, strcspn(word, "="));
	else
		buf_addf(&typed, "-%c", optopt);
	if (missing || (is_long && lo && optopt)) {
		/* a value missing, or one given to an option that takes none */
		const char *name = typed.buf;
		if (is_long) {
			buf_reset(&list);
			buf_addf(&list, "--%s", lo->name);
			name = list.buf;
		}
		cmd_error("option '%s' %s (see '%s')", name, missing ?
			  "needs a value" : "takes no value", help.buf);
	} else if (is_long && !lo) {
		/* unknown, or the beginning of more than one */
		struct typo t;
		typo_init(&t, typed.buf + 2, typed.len - 2);
		for (const struct option *o = longopts; o->name; o++) {
			if (typed.len > 2 &&
			    !strncmp(o->name, typed.buf + 2, typed.len - 2))
				buf_addf(&list, "%s--%s", list.len ? ", " : "",
					 o->name);
			typo_try(&t, o->name);
		}
		if (strchr(list.buf, ','))
			cmd_error("option '%s' is ambiguous: %s (see '%s')",
				  typed.buf, list.buf, help.buf);
		else
			unknown("option", typed.buf, "--", t.near, help.buf);
	} else {
		unknown("option", typed.buf, "", NULL, help.buf);
	}
	buf_release(&help);
	buf_release(&typed);
	buf_release(&list);
}

int cmd_getopt(int argc, char **argv, const char *shortopts,
	       const struct option *longopts)
{
	/* ':' first (after a '+'): a missing value is ':', not '?' */
	struct buf spec = BUF_INIT;
	int plus = shortopts[0] == '+';
	buf_addf(&spec, "%s:%s", plus ? "+" : "", shortopts + plus);
	opterr = 0;
	int c = getopt_long(argc, argv, spec.buf, longopts, NULL);
	buf_release(&spec);
	if (c != '?' && c != ':')
		return c;
	option_error(argv, c == ':', longopts);
	return '?';
}

int cmd_usage(const char *usage, int asked)
{
	fputs(usage, asked ? stdout : stderr);
	return asked ? CMD_OK : CMD_ERROR;
}

int cmd_parse_range(const char *opt, const char *s, unsigned long min,
		    unsigned long max, unsigned long *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || end == s || *end || *s == '-' || *s == '+' ||
	    isspace((unsigned char)*s) || v < min || v > max)
		return cmd_error("option '%s' wants a whole number from %lu to "
				 "%lu, not '%s'", opt, min, max, s);
	*out = v;
	return CMD_OK;
}

int cmd_parse_uint(const char *opt, const char *s, unsigned long max,
		   unsigned long *out)
{
	return cmd_parse_range(opt, s, 1, max, out);
}

void cmd_no_index(const char *dir)
{
	cmd_error("no index at '%s' (run '" CMD_PROGRAM " index --db %s FILES' "
		  "first)", dir, dir);
}

int cmd_index_shards(const char *db_opt, struct shards *sh)
{
	struct buf dir = BUF_INIT;
	int rc = cmd_index_dir(db_opt, &dir);
	struct ds_err err = DS_ERR_INIT;
	if (!rc && shards_read(dir.buf, sh, &err))
		rc = cmd_fail(&err);
	buf_release(&dir);
	return rc;
}

int cmd_index_dir(const char *db_opt, struct buf *dir)
{
	struct ds_err err = DS_ERR_INIT;
	if (schema_db_dir(db_opt, dir, &err))
		return cmd_fail(&err);
	if (!schema_has_index(dir->buf)) {
		cmd_no_index(dir->buf);
		return CMD_ERROR;
	}
	return CMD_OK;
}
