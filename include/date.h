/*
 * date.h - parsing the dates news sources write, normalised to UTC.
 *
 * Contract:
 *   - date_parse() understands ISO 8601 (with or without time, fractional
 *     seconds and offset), RFC 822/1123 as in RSS ("Tue, 10 Jun 2003
 *     04:00:00 GMT", named US zones included), and written dates ("March 3,
 *     2017", "3 March 2017", "Mar. 3, 2017").  The whole string must parse.
 *   - Results are seconds since the epoch, UTC.  A date without a zone is
 *     taken as UTC.
 *   - Pure functions of their input; no locale dependence beyond "C".
 */
#ifndef DS_DATE_H
#define DS_DATE_H

#include <stddef.h>
#include <time.h>

#include "err.h"

#define DATE_ISO_LEN 21       /* "2017-03-21T10:00:00Z" + NUL */
#define DATE_SORTABLE_LEN 15  /* "20170321100000" + NUL */

/* Parse s[0..len); DS_EFORMAT with a message when it is not a date. */
int date_parse(const char *s, size_t len, time_t *out, struct ds_err *err);
/* OUT: "YYYY-MM-DDTHH:MM:SSZ". */
void date_iso(time_t t, char out[DATE_ISO_LEN]);
/* OUT: "YYYYMMDDHHMMSS": sorts as a string, used in value slots. */
void date_sortable(time_t t, char out[DATE_SORTABLE_LEN]);

#endif /* DS_DATE_H */
