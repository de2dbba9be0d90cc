/*
 * testutil.h - a scratch folder per test, removed afterwards.
 */
#ifndef DS_TESTUTIL_H
#define DS_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* OUT: a new empty folder under $TMPDIR (or /tmp). */
static inline void tu_tmpdir(char out[256])
{
	const char *t = getenv("TMPDIR");
	snprintf(out, 256, "%s/dstest.XXXXXX", t && *t ? t : "/tmp");
	if (!mkdtemp(out)) {
		perror("mkdtemp");
		abort();
	}
}

static inline void tu_rmtree(const char *dir)
{
	char cmd[400];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "warning: could not remove '%s'\n", dir);
}

#endif /* DS_TESTUTIL_H */
