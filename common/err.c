/*
 * err.c - the error table and ds_err helpers (include/err.h).
 */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *ds_strerror(int code)
{
	switch (code) {
#define DS_ERR_CASE(name, value, msg) case value: return msg;
	DS_ERROR_TABLE(DS_ERR_CASE)
#undef DS_ERR_CASE
	}
	return "unknown error";
}

int ds_err_set(struct ds_err *err, int code, const char *fmt, ...)
{
	if (!err || err->code)
		return code;
	err->code = code;
	if (!fmt) {
		snprintf(err->msg, sizeof(err->msg), "%s", ds_strerror(code));
		return code;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return code;
}

void ds_err_clear(struct ds_err *err)
{
	if (!err)
		return;
	err->code = 0;
	err->msg[0] = '\0';
}
