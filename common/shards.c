/*
 * shards.c - where an index's parts are (include/shards.h).
 */
#include "shards.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "schema.h"
#include "xdb.h"
#include "buf.h"

int shards_is_remote(const char *spec)
{
	return xdb_is_remote(spec);
}

void shards_release(struct shards *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->spec[i]);
	free(s->spec);
	free(s->catalog);
	memset(s, 0, sizeof(*s));
}

static void add(struct shards *s, const char *spec)
{
	s->spec = xrealloc(s->spec, (s->n + 1) * sizeof(*s->spec));
	s->spec[s->n++] = xstrdup(spec);
	s->nremote += shards_is_remote(spec) != 0;
}

/* The folder part of a path ("." for none). */
static void folder_of(const char *path, struct buf *out)
{
	buf_reset(out);
	const char *slash = strrchr(path, '/');
	if (!slash)
		buf_addstr(out, ".");
	else if (slash == path)
		buf_addstr(out, "/");
	else
		buf_add(out, path, (size_t)(slash - path));
}

/* Read list file `path` (its folder `dir`) into s. */
static int read_list(const char *path, const char *dir, struct shards *s,
		     struct ds_err *err)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return ds_err_set(err, DS_EIO, "cannot read shard list '%s': %s",
				  path, strerror(errno));
	char line[SHARDS_LINE_MAX + 2];
	unsigned no = 0;
	int rc = 0;
	struct buf spec = BUF_INIT;
	while (!rc && fgets(line, sizeof(line), f)) {
		no++;
		size_t n = strlen(line);
		if (n > SHARDS_LINE_MAX && line[n - 1] != '\n') {
			rc = ds_err_set(err, DS_EFORMAT, "%s:%u: a line over %d "
					"bytes", path, no, SHARDS_LINE_MAX);
			break;
		}
		char *p = line, *e = line + n;
		while (*p == ' ' || *p == '\t')
			p++;
		while (e > p && (e[-1] == '\n' || e[-1] == '\r' ||
				 e[-1] == ' ' || e[-1] == '\t'))
			*--e = 0;
		if (!*p || *p == '#')
			continue;
		buf_reset(&spec);
		if (*p == '/' || shards_is_remote(p))
			buf_addstr(&spec, p);
		else
			buf_addf(&spec, "%s/%s", dir, p);
		for (size_t i = 0; i < s->n && !rc; i++)
			if (!strcmp(s->spec[i], spec.buf))
				rc = ds_err_set(err, DS_EFORMAT, "%s:%u: shard "
						"'%s' listed twice", path, no, p);
		if (!rc && s->n == SHARDS_MAX)
			rc = ds_err_set(err, DS_EFORMAT, "%s:%u: more than %d "
					"shards", path, no, SHARDS_MAX);
		if (!rc)
			add(s, spec.buf);
	}
	if (!rc && ferror(f))
		rc = ds_err_set(err, DS_EIO, "cannot read shard list '%s': %s",
				path, strerror(errno));
	if (!rc && !s->n)
		rc = ds_err_set(err, DS_EFORMAT, "shard list '%s' lists no "
				"shard", path);
	fclose(f);
	buf_release(&spec);
	return rc;
}

int shards_read(const char *db, struct shards *out, struct ds_err *err)
{
	memset(out, 0, sizeof(*out));
	struct buf dir = BUF_INIT, p = BUF_INIT;
	struct stat st;
	int rc = 0;
	if (stat(db, &st) == 0 && S_ISREG(st.st_mode)) {
		folder_of(db, &dir);
		rc = read_list(db, dir.buf, out, err);
	} else {
		buf_addstr(&dir, db);
		buf_addf(&p, "%s/%s", db, SCHEMA_SHARDS_FILE);
		if (stat(p.buf, &st) == 0) {
			rc = read_list(p.buf, db, out, err);
		} else {
			buf_reset(&p);
			buf_addf(&p, "%s/%s", db, SCHEMA_XAPIAN_DIR);
			add(out, p.buf);
		}
	}
	buf_reset(&p);
	buf_addf(&p, "%s/%s", dir.buf, SCHEMA_CATALOG_FILE);
	out->catalog = buf_detach(&p, NULL);
	buf_release(&dir);
	buf_release(&p);
	if (rc)
		shards_release(out);
	return rc;
}

int shards_exist(const char *db)
{
	struct stat st;
	if (stat(db, &st) != 0)
		return 0;
	if (S_ISREG(st.st_mode))
		return 1;
	struct buf p = BUF_INIT;
	buf_addf(&p, "%s/%s", db, SCHEMA_SHARDS_FILE);
	int ok = stat(p.buf, &st) == 0 && S_ISREG(st.st_mode);
	if (!ok) {
		buf_reset(&p);
		buf_addf(&p, "%s/%s", db, SCHEMA_XAPIAN_DIR);
		ok = stat(p.buf, &st) == 0 && S_ISDIR(st.st_mode);
	}
	buf_release(&p);
	return ok;
}

/* Write the list of n shards of folder dir (atomically). */
static int write_list(const char *dir, unsigned n, struct ds_err *err)
{
	struct buf path = BUF_INIT, tmp = BUF_INIT;
	buf_addf(&path, "%s/%s", dir, SCHEMA_SHARDS_FILE);
	buf_addf(&tmp, "%s.tmp", path.buf);
	FILE *f = fopen(tmp.buf, "w");
	int rc = 0;
	if (!f) {
		rc = ds_err_set(err, DS_EIO, "cannot write '%s': %s", tmp.buf,
				strerror(errno));
	} else {
		fprintf(f, "# the shards of this index, in order (docs/"
			"DISTRIBUTED.md); only ever appended to\n");
		for (unsigned k = 0; k < n; k++)
			fprintf(f, k ? "%s.%u\n" : "%s\n", SCHEMA_XAPIAN_DIR, k);
		if (fflush(f) || fsync(fileno(f)))
			rc = ds_err_set(err, DS_EIO, "cannot write '%s': %s",
					tmp.buf, strerror(errno));
		if (fclose(f) && !rc)
			rc = ds_err_set(err, DS_EIO, "cannot write '%s': %s",
					tmp.buf, strerror(errno));
		if (!rc && rename(tmp.buf, path.buf))
			rc = ds_err_set(err, DS_EIO, "cannot rename '%s': %s",
					tmp.buf, strerror(errno));
	}
	buf_release(&path);
	buf_release(&tmp);
	return rc;
}

int shards_make(const char *dir, unsigned n, struct shards *out,
		struct ds_err *err)
{
	if (n > SHARDS_MAX)
		return ds_err_set(err, DS_EINVAL, "--shards %u: at most %d", n,
				  SHARDS_MAX);
	int rc = shards_read(dir, out, err);
	if (rc)
		return rc;
	if (out->nremote)
		return shards_release(out),
		       ds_err_set(err, DS_EINVAL, "'%s' lists remote shards: "
				  "an index is written on the host that holds "
				  "its shards", dir);
	if (n == 0 || n == out->n)
		return 0;
	if (n < out->n) {
		size_t had = out->n;
		shards_release(out);
		return ds_err_set(err, DS_EINVAL, "it has %zu shards: it "
				  "cannot have fewer (index into a new folder)",
				  had);
	}
	/* more: the new ones are appended (shard 0 is the folder's
	 * SCHEMA_XAPIAN_DIR, as in an index of one shard); their databases
	 * first, then the list that names them, so that a crash between the
	 * two leaves the index as it was (and folders the next run lists),
	 * never a list naming a shard with no database */
	shards_release(out);
	struct buf path = BUF_INIT;
	for (unsigned k = 0; !rc && k < n; k++) {
		buf_reset(&path);
		buf_addf(&path, k ? "%s/%s.%u" : "%s/%s", dir, SCHEMA_XAPIAN_DIR,
			 k);
		xdb *db = NULL;
		rc = xdb_open_writable(path.buf, &db, err);
		xdb_close(db);
	}
	buf_release(&path);
	if (!rc)
		rc = write_list(dir, n, err);
	return rc ? rc : shards_read(dir, out, err);
}
