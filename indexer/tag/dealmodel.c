/*
 * dealmodel.c - features and the linear M&A classifier (dealmodel.h).
 */
#include "dealmodel.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "paths.h"
#include "smap.h"

struct dealmodel {
	struct smap *index;   /* feature -> slot */
	char **feat;
	double *idf, *w;
	size_t n, cap;
	double bias;
};

void dm_vec_init(struct dm_vec *v)
{
	memset(v, 0, sizeof(*v));
	v->index = smap_new();
	buf_init(&v->names, 1024);
}

void dm_vec_clear(struct dm_vec *v)
{
	v->n = 0;
	smap_clear(v->index);
	buf_reset(&v->names);
}

void dm_vec_release(struct dm_vec *v)
{
	free(v->off);
	free(v->val);
	free(v->slot);
	smap_free(v->index);
	buf_release(&v->names);
	memset(v, 0, sizeof(*v));
}

void dm_vec_add(struct dm_vec *v, const char *f, size_t len)
{
	int k = smap_get(v->index, f, len);
	if (k >= 0) {
		v->val[k] += 1;
		return;
	}
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 256;
		v->off = xrealloc(v->off, v->cap * sizeof(*v->off));
		v->val = xrealloc(v->val, v->cap * sizeof(*v->val));
		v->slot = xrealloc(v->slot, v->cap * sizeof(*v->slot));
	}
	v->off[v->n] = v->names.len;
	buf_add(&v->names, f, len);
	buf_addch(&v->names, '\0');
	v->val[v->n] = 1;
	v->slot[v->n] = -1;
	smap_put(v->index, f, len, (int)v->n++);
}

const char *dm_vec_feature(const struct dm_vec *v, size_t i)
{
	return v->names.buf + v->off[i];
}

void dm_add_token(struct dm_vec *v, const char *stem, size_t len,
		  int in_title)
{
	char f[ANA_MAX_TOKEN * 4 + 3];
	if (len > sizeof(f) - 3)
		return;
	f[0] = 'w';
	f[1] = ':';
	memcpy(f + 2, stem, len);
	dm_vec_add(v, f, len + 2);
	if (in_title) {
		f[0] = 't';
		dm_vec_add(v, f, len + 2);
	}
}

struct dealmodel *dm_new(void)
{
	struct dealmodel *m = xcalloc(1, sizeof(*m));
	m->index = smap_new();
	return m;
}

void dm_free(struct dealmodel *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++)
		free(m->feat[i]);
	free(m->feat);
	free(m->idf);
	free(m->w);
	smap_free(m->index);
	free(m);
}

void dm_set(struct dealmodel *m, const char *f, size_t len, double idf,
	    double w)
{
	int k = smap_get(m->index, f, len);
	if (k < 0) {
		if (m->n == m->cap) {
			m->cap = m->cap ? m->cap * 2 : 1024;
			m->feat = xrealloc(m->feat, m->cap * sizeof(*m->feat));
			m->idf = xrealloc(m->idf, m->cap * sizeof(*m->idf));
			m->w = xrealloc(m->w, m->cap * sizeof(*m->w));
		}
		k = (int)m->n++;
		m->feat[k] = xstrndup(f, len);
		smap_put(m->index, f, len, k);
	}
	m->idf[k] = idf;
	m->w[k] = w;
}

void dm_set_bias(struct dealmodel *m, double bias)
{
	m->bias = bias;
}

const char *dm_default_path(void)
{
	static char path[4096];
	snprintf(path, sizeof(path), "%s/models/deal.tsv", paths_data_dir());
	return path;
}

int dm_load(const char *path, struct dealmodel **out, struct ds_err *err)
{
	*out = NULL;
	FILE *fp = fopen(path, "r");
	if (!fp)
		return ds_err_set(err, DS_EOPEN, "cannot open '%s': %m", path);
	struct dealmodel *m = dm_new();
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t n;
	int rc = 0;
	while (!rc && (n = getline(&line, &cap, fp)) > 0) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char *t1 = strchr(line, '\t');
		char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (t1 && !t2 && !strncmp(line, "bias\t", 5)) {
			m->bias = strtod(t1 + 1, NULL);
			continue;
		}
		if (!t1 || !t2) {
			rc = ds_err_set(err, DS_EFORMAT, "'%s' line %zu: expected "
					"feature, idf, weight", path, lineno);
			break;
		}
		dm_set(m, line, (size_t)(t1 - line), strtod(t1 + 1, NULL),
		       strtod(t2 + 1, NULL));
	}
	free(line);
	fclose(fp);
	if (rc) {
		dm_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

int dm_save(const struct dealmodel *m, const char *path, const char *comment,
	    struct ds_err *err)
{
	FILE *fp = fopen(path, "w");
	if (!fp)
		return ds_err_set(err, DS_EOPEN, "cannot create '%s': %m", path);
	const char *c = comment;
	while (c && *c) {
		const char *nl = strchr(c, '\n');
		size_t len = nl ? (size_t)(nl - c) : strlen(c);
		fprintf(fp, "# %.*s\n", (int)len, c);
		c += len + (nl != NULL);
	}
	fprintf(fp, "bias\t%.9g\n", m->bias);
	/* every feature, weight 0 or not: all of them count in the norm */
	for (size_t i = 0; i < m->n; i++)
		fprintf(fp, "%s\t%.6g\t%.6g\n", m->feat[i], m->idf[i], m->w[i]);
	if (fclose(fp))
		return ds_err_set(err, DS_EIO, "cannot write '%s': %m", path);
	return 0;
}

void dm_weight(const struct dealmodel *m, struct dm_vec *v)
{
	double norm = 0;
	for (size_t i = 0; i < v->n; i++) {
		const char *f = dm_vec_feature(v, i);
		int k = smap_get(m->index, f, strlen(f));
		double x = k < 0 ? 0 : (1 + log(v->val[i])) * m->idf[k];
		v->slot[i] = k;
		v->val[i] = x;
		norm += x * x;
	}
	if (norm > 0) {
		norm = sqrt(norm);
		for (size_t i = 0; i < v->n; i++)
			v->val[i] /= norm;
	}
}

double dm_score(const struct dealmodel *m, const struct dm_vec *v)
{
	double s = m->bias;
	for (size_t i = 0; i < v->n; i++)
		if (v->slot[i] >= 0)
			s += v->val[i] * m->w[v->slot[i]];
	return s;
}
