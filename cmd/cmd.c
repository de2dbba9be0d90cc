/*
 * cmd.c - helpers every subcommand uses (cmd.h).
 */
#include "cmd.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>

#include "plain.h"

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

int cmd_usage(const char *usage, int asked)
{
	fputs(usage, asked ? stdout : stderr);
	return asked ? CMD_OK : CMD_ERROR;
}

int cmd_parse_uint(const char *opt, const char *s, unsigned long max,
		   unsigned long *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || end == s || *end || *s == '-' || v == 0 || v > max)
		return cmd_error("option '%s' wants a whole number from 1 to %lu,"
				 " not '%s'", opt, max, s);
	*out = v;
	return CMD_OK;
}
