/*
 * err.h - error codes and the error record every module fills in.
 *
 * Contract:
 *   - Module functions return int: 0 on success, a negative DS_E* code on
 *     failure.  Details go into the caller's `struct ds_err` (last argument).
 *   - The first error wins: ds_err_set() does nothing when `err->code` is
 *     already set, so a cleanup path cannot overwrite the cause.
 *   - Modules never print and never exit; only cmd_* code turns an error into
 *     a message on stderr and an exit status.
 *   - `err` may be NULL where the caller does not want details.
 *   - Safe to include from C++ (xdb.cc): extern "C" guards below.
 */
#ifndef DS_ERR_H
#define DS_ERR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* X-macro: name, value, default message. */
#define DS_ERROR_TABLE(X)                                               \
	X(DS_OK, 0, "success")                                          \
	X(DS_EINVAL, -1, "invalid argument")                            \
	X(DS_EIO, -2, "input/output error")                             \
	X(DS_ENOTFOUND, -3, "not found")                                \
	X(DS_ELOCKED, -4, "database is locked by another writer")       \
	X(DS_EMODIFIED, -5, "database was modified, reopen and retry")  \
	X(DS_ECORRUPT, -6, "database is corrupt")                       \
	X(DS_EOPEN, -7, "cannot open database")                         \
	X(DS_EQUERY, -8, "malformed query")                             \
	X(DS_ENOMEM, -9, "out of memory")                               \
	X(DS_EFORMAT, -10, "malformed input")                           \
	X(DS_EFETCH, -11, "fetch failed")                               \
	X(DS_ECATALOG, -12, "catalog error")                            \
	X(DS_EINTERNAL, -13, "internal error")                          \
	X(DS_ENOSPC, -14, "no space left on device")                    \
	X(DS_EINTR, -15, "interrupted")

enum ds_code {
#define DS_ERR_ENUM(name, value, msg) name = value,
	DS_ERROR_TABLE(DS_ERR_ENUM)
#undef DS_ERR_ENUM
};

#define DS_ERR_MSG_MAX 512

struct ds_err {
	int code;                  /* 0 or the first DS_E* code set */
	char msg[DS_ERR_MSG_MAX];  /* NUL-terminated, lowercase, no period */
};

#define DS_ERR_INIT { 0, { 0 } }

/* Default message for a code ("unknown error" for an unknown one). */
const char *ds_strerror(int code);

/*
 * Record an error unless one is already recorded.  `fmt` may be NULL for the
 * code's default message.  Returns `code`, so callers can write
 * `return ds_err_set(err, DS_EIO, "cannot read '%s'", path);`.
 */
int ds_err_set(struct ds_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Forget any recorded error. */
void ds_err_clear(struct ds_err *err);

#ifdef __cplusplus
}
#endif

#endif /* DS_ERR_H */
