/*
 * cmd.c - helpers every subcommand uses (include/cmd.h).
 */
#include "cmd.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>

int cmd_error(const char *fmt, ...)
{
	va_list ap;
	fputs("error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return CMD_ERROR;
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
