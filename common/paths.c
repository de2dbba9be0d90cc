/*
 * paths.c - the tree's files or the installed ones (include/paths.h).
 *
 * paths_conf.h is written by common/meson.build: the source and build
 * roots, the prefix, and the install folders, as absolute paths.
 */
#include "paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths_conf.h"

/* 1 if `path` is `dir` or lies below it (both absolute, resolved). */
static int below(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	if (n == 1 && dir[0] == '/')
		return 1;
	return !strncmp(path, dir, n) && (path[n] == '/' || path[n] == '\0');
}

/* OUT: this program's path, resolved; -1 if /proc cannot tell. */
static int self(char exe[PATH_MAX])
{
	ssize_t n = readlink("/proc/self/exe", exe, PATH_MAX - 1);
	if (n <= 0)
		return -1;
	exe[n] = '\0';
	return 0;
}

/* 1 if this program runs from its build tree, 0 if not (paths.h). */
static int in_tree(void)
{
	char exe[PATH_MAX], build[PATH_MAX], prefix[PATH_MAX];
	if (self(exe) || !realpath(DS_BUILD_ROOT, build) || !below(exe, build))
		return 0;
	/* an install below the build folder is an install */
	if (realpath(DS_PREFIX, prefix) && below(exe, prefix) &&
	    strlen(prefix) > strlen(build))
		return 0;
	return 1;
}

static const char *pick(char *out, const char *env, const char *tree,
			const char *installed)
{
	const char *e = getenv(env), *p = installed;
	if (e && *e)
		p = e;
	else if (in_tree())
		p = tree;
	else if (access(installed, F_OK) && !access(tree, F_OK))
		p = tree;   /* a copy of the built programs, nothing installed */
	snprintf(out, PATH_MAX, "%s", p);
	return out;
}

const char *paths_data_dir(void)
{
	static char path[PATH_MAX];
	return pick(path, "DEALSEARCH_DATA", DS_SOURCE_ROOT "/corpus",
		    DS_INSTALL_DATA);
}

const char *paths_web_dir(void)
{
	static char path[PATH_MAX];
	return pick(path, "DEALSEARCH_WEB", DS_SOURCE_ROOT "/web",
		    DS_INSTALL_DATA "/web");
}

const char *paths_cgi(void)
{
	static char path[PATH_MAX];
	char *slash;
	if (!self(path) && (slash = strrchr(path, '/')) &&
	    (size_t)(slash - path) + sizeof("/dealsearch.cgi") <= PATH_MAX) {
		strcpy(slash, "/dealsearch.cgi");
		if (access(path, X_OK) == 0)
			return path;
	}
	snprintf(path, sizeof(path), "%s", DS_INSTALL_LIBEXEC "/dealsearch.cgi");
	return path;
}
