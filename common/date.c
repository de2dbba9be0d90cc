/*
 * date.c - date parsing and formatting (include/date.h), on glibc strptime
 * and timegm.
 */
#define _GNU_SOURCE
#include "buf.h"
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Formats tried in order; the ones ending in %z take numeric offsets. */
static const char *const formats[] = {
	"%Y-%m-%dT%H:%M:%S%z",
	"%Y-%m-%dT%H:%M%z",
	"%Y-%m-%d %H:%M:%S%z",
	"%Y-%m-%d %H:%M:%S %z",
	"%a, %d %b %Y %H:%M:%S %z",
	"%d %b %Y %H:%M:%S %z",
	"%a, %d %b %Y %H:%M %z",
	"%Y-%m-%dT%H:%M:%S",
	"%Y-%m-%dT%H:%M",
	"%Y-%m-%d %H:%M:%S",
	"%Y-%m-%d %H:%M",
	"%Y-%m-%d",
	"%a, %d %b %Y %H:%M:%S",
	"%d %b %Y %H:%M:%S",
	"%a, %d %b %Y",
	"%B %d, %Y %H:%M",
	"%B %d, %Y",
	"%b. %d, %Y",
	"%d %B %Y",
	"%A, %B %d, %Y",
	"%Y/%m/%d",
};

/* RFC 822 zone names; US zones in hours east of UTC. */
static const struct {
	const char *name;
	int hours;
} zones[] = {
	{"GMT", 0}, {"UT", 0}, {"UTC", 0}, {"Z", 0},
	{"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},
	{"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7},
};

/* Length of s without trailing spaces after copying into `tmp`. */
static size_t normalise(const char *s, size_t len, char *tmp, size_t cap)
{
	while (len && isspace((unsigned char)*s))
		s++, len--;
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	if (len >= cap)
		return 0;
	/* drop fractional seconds: 10:00:00.123Z -> 10:00:00Z */
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '.' && i >= 3 && isdigit((unsigned char)s[i - 1]) &&
		    s[i - 3] == ':' && i + 1 < len &&
		    isdigit((unsigned char)s[i + 1])) {
			while (i + 1 < len && isdigit((unsigned char)s[i + 1]))
				i++;
			continue;
		}
		tmp[o++] = s[i];
	}
	tmp[o] = '\0';
	return o;
}

int date_parse(const char *s, size_t len, time_t *out, struct ds_err *err)
{
	char tmp[128];
	*out = 0;
	if (!normalise(s, len, tmp, sizeof(tmp)))
		return ds_err_set(err, DS_EFORMAT, "not a date: '%.*s'",
				  (int)(len > 60 ? 60 : len), s);
	for (size_t f = 0; f < ARRAY_SIZE(formats); f++) {
		struct tm tm;
		memset(&tm, 0, sizeof(tm));
		const char *rest = strptime(tmp, formats[f], &tm);
		if (!rest)
			continue;
		while (*rest == ' ')
			rest++;
		long off = tm.tm_gmtoff;
		if (*rest) {
			size_t z;
			for (z = 0; z < ARRAY_SIZE(zones); z++)
				if (!strcasecmp(rest, zones[z].name))
					break;
			if (z == ARRAY_SIZE(zones))
				continue;
			off = zones[z].hours * 3600L;
		}
		if (tm.tm_year < 0 || tm.tm_year > 8099)  /* years 1900..9999 */
			continue;
		tm.tm_isdst = 0;
		time_t t = timegm(&tm);
		*out = t - off;
		return 0;
	}
	return ds_err_set(err, DS_EFORMAT, "not a date: '%s'", tmp);
}

void date_iso(time_t t, char out[DATE_ISO_LEN])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, DATE_ISO_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void date_sortable(time_t t, char out[DATE_SORTABLE_LEN])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, DATE_SORTABLE_LEN, "%Y%m%d%H%M%S", &tm);
}
