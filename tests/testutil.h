/*
 * testutil.h - a scratch folder per test, removed afterwards; the shared
 * data folder, or a skip without it.
 */
#ifndef DS_TESTUTIL_H
#define DS_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The shared data folder: $SHARED, else the folder beside the project
 * (DS_SHARED_DIR, set by tests/meson.build). */
#ifndef DS_SHARED_DIR
#define DS_SHARED_DIR "../shared"
#endif

static inline const char *tu_shared_dir(void)
{
	const char *s = getenv("SHARED");
	return s && *s ? s : DS_SHARED_DIR;
}

/* OUT: REL's path in the shared folder.  When the folder or REL is
 * absent, say so in one line and exit 77, which meson counts as a skip:
 * call it before the first check. */
static inline void tu_need_shared(const char *rel, char *out, size_t n)
{
	const char *dir = tu_shared_dir();
	struct stat st;
	snprintf(out, n, "%s/%s", dir, rel);
	if (stat(dir, &st) || !S_ISDIR(st.st_mode)) {
		printf("skipped: shared data not found at '%s' (clone it "
		       "beside the project)\n", dir);
		exit(77);
	}
	if (stat(out, &st)) {
		printf("skipped: shared data not found at '%s' (clone it "
		       "beside the project): no %s\n", dir, rel);
		exit(77);
	}
}

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
