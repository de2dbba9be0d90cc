/*
 * train_deal.c - train the M&A story classifier (indexer/tag/dealmodel.h) on
 * the Reuters-21578 ModApte training split, and write the model file.
 *
 *     train_deal REUTERS.jsonl OUT.tsv
 *
 * The model: a linear SVM with squared hinge loss and L2 regularisation,
 * trained by dual coordinate descent (Hsieh et al., ICML 2008, the method
 * LIBLINEAR uses), with the bias as one more feature of constant value 1.
 * Features: dealmodel.h's (sublinear tf-idf of stems, headline stems
 * apart, unit length), counted by the extractor itself, kept when at least MIN_DF training stories have
 * them.  The cost C is chosen by 5-fold cross-validation on the training
 * split alone; the test split is never read.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dealmodel.h"
#include "extract.h"
#include "gazetteer.h"
#include "reuters.h"
#include "smap.h"

#define MIN_DF 2
#define FOLDS 5
#define MAX_ITER 1000
#define EPS 0.01

struct sparse {
	int *idx;
	double *val;
	size_t n;
};

struct data {
	struct sparse *x;
	int *y;             /* +1 acq, -1 not */
	size_t n;
	size_t dim;         /* features, the bias is the last */
};

static double dot(const double *w, const struct sparse *x)
{
	double s = 0;
	for (size_t k = 0; k < x->n; k++)
		s += w[x->idx[k]] * x->val[k];
	return s;
}

/* Train on the stories with use[i]; w has dim entries. */
static void train(const struct data *d, const unsigned char *use, double C,
		  double *w)
{
	double *alpha = calloc(d->n, sizeof(double));
	double *qd = calloc(d->n, sizeof(double));
	size_t *order = malloc(d->n * sizeof(size_t));
	size_t m = 0;
	double diag = 0.5 / C;
	memset(w, 0, d->dim * sizeof(double));
	for (size_t i = 0; i < d->n; i++) {
		if (!use[i])
			continue;
		order[m++] = i;
		for (size_t k = 0; k < d->x[i].n; k++)
			qd[i] += d->x[i].val[k] * d->x[i].val[k];
		qd[i] += diag;
	}
	unsigned seed = 12345;
	for (int iter = 0; iter < MAX_ITER; iter++) {
		for (size_t k = m; k > 1; k--) {   /* shuffle, fixed seed */
			seed = seed * 1103515245u + 12345u;
			size_t j = (seed >> 8) % k;
			size_t t = order[k - 1];
			order[k - 1] = order[j];
			order[j] = t;
		}
		double maxpg = 0;
		for (size_t k = 0; k < m; k++) {
			size_t i = order[k];
			const struct sparse *x = &d->x[i];
			double g = d->y[i] * dot(w, x) - 1 + diag * alpha[i];
			double pg = alpha[i] > 0 ? g : fmin(g, 0);
			if (fabs(pg) > maxpg)
				maxpg = fabs(pg);
			if (pg == 0)
				continue;
			double old = alpha[i];
			alpha[i] = fmax(alpha[i] - g / qd[i], 0);
			double delta = (alpha[i] - old) * d->y[i];
			for (size_t q = 0; q < x->n; q++)
				w[x->idx[q]] += delta * x->val[q];
		}
		if (maxpg < EPS)
			break;
	}
	free(alpha);
	free(qd);
	free(order);
}

struct prf {
	double p, r, f;
};

static struct prf score(size_t tp, size_t fp, size_t fn)
{
	struct prf s = {0, 0, 0};
	s.p = tp + fp ? (double)tp / (tp + fp) : 0;
	s.r = tp + fn ? (double)tp / (tp + fn) : 0;
	s.f = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
	return s;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: train_deal REUTERS.jsonl OUT.tsv\n");
		return 2;
	}
	struct rt_story *st;
	long n = rt_read(argv[1], RT_TRAIN, &st);
	if (n <= 0)
		return 2;
	n = rt_modapte(st, n);   /* the model learns from ModApte's stories */
	struct ds_err err = DS_ERR_INIT;
	struct gaz *g;
	struct extractor *ex;
	if (gaz_load_bundled(&g, &err) ||
	    ex_new(g, NULL, &ex, &err)) {
		fprintf(stderr, "error: %s\n", err.msg);
		return 2;
	}
	/* raw counts and document frequencies */
	struct dm_vec *raw = calloc((size_t)n, sizeof(*raw));
	struct smap *vocab = smap_new();
	int *df = NULL;
	size_t nvocab = 0, capvocab = 0;
	for (long i = 0; i < n; i++) {
		dm_vec_init(&raw[i]);
		ex_features(ex, &st[i].a, &raw[i]);
		for (size_t k = 0; k < raw[i].n; k++) {
			const char *f = dm_vec_feature(&raw[i], k);
			int id = smap_get(vocab, f, strlen(f));
			if (id < 0) {
				if (nvocab == capvocab) {
					capvocab = capvocab ? capvocab * 2 : 4096;
					df = realloc(df, capvocab * sizeof(int));
				}
				df[nvocab] = 0;
				id = (int)nvocab++;
				smap_put(vocab, f, strlen(f), id);
			}
			df[id]++;
		}
	}
	/* the model's features and idf */
	struct dealmodel *model = dm_new();
	struct smap *fid = smap_new();
	size_t dim = 0;
	{
		size_t it = 0, len;
		const char *k;
		int v;
		while (smap_next(vocab, &it, &k, &len, &v))
			if (df[v] >= MIN_DF) {
				double idf = log((1.0 + n) / (1.0 + df[v])) + 1;
				dm_set(model, k, len, idf, 0);
				smap_put(fid, k, len, (int)dim++);
			}
	}
	struct data d = {calloc((size_t)n, sizeof(struct sparse)),
			 calloc((size_t)n, sizeof(int)), (size_t)n, dim + 1};
	size_t pos = 0;
	for (long i = 0; i < n; i++) {
		dm_weight(model, &raw[i]);
		struct sparse *x = &d.x[i];
		x->idx = malloc((raw[i].n + 1) * sizeof(int));
		x->val = malloc((raw[i].n + 1) * sizeof(double));
		for (size_t k = 0; k < raw[i].n; k++) {
			const char *f = dm_vec_feature(&raw[i], k);
			int id = smap_get(fid, f, strlen(f));
			if (id < 0 || raw[i].val[k] == 0)
				continue;
			x->idx[x->n] = id;
			x->val[x->n++] = raw[i].val[k];
		}
		x->idx[x->n] = (int)dim;   /* bias */
		x->val[x->n++] = 1;
		d.y[i] = st[i].acq ? 1 : -1;
		pos += st[i].acq;
		dm_vec_release(&raw[i]);
	}
	printf("training split: %ld stories, %zu acq, %zu features\n", n, pos,
	       dim);

	/* cross-validation for C */
	static const double costs[] = {0.25, 0.5, 1, 2, 4};
	double *w = malloc(d.dim * sizeof(double));
	unsigned char *use = malloc(d.n);
	double best_c = 1, best_f = -1;
	for (size_t c = 0; c < ARRAY_SIZE(costs); c++) {
		size_t tp = 0, fp = 0, fn = 0;
		for (int f = 0; f < FOLDS; f++) {
			for (size_t i = 0; i < d.n; i++)
				use[i] = (int)(i % FOLDS) != f;
			train(&d, use, costs[c], w);
			for (size_t i = 0; i < d.n; i++) {
				if (use[i])
					continue;
				int guess = dot(w, &d.x[i]) > 0;
				tp += guess && d.y[i] > 0;
				fp += guess && d.y[i] < 0;
				fn += !guess && d.y[i] > 0;
			}
		}
		struct prf s = score(tp, fp, fn);
		printf("C=%-5g  %d-fold CV  P %.3f  R %.3f  F1 %.3f\n",
		       costs[c], FOLDS, s.p, s.r, s.f);
		if (s.f > best_f) {
			best_f = s.f;
			best_c = costs[c];
		}
	}
	memset(use, 1, d.n);
	train(&d, use, best_c, w);
	{
		size_t it = 0, len;
		const char *k;
		int v;
		while (smap_next(fid, &it, &k, &len, &v)) {
			int vid = smap_get(vocab, k, len);
			double idf = log((1.0 + n) / (1.0 + df[vid])) + 1;
			dm_set(model, k, len, idf, w[v]);
		}
	}
	dm_set_bias(model, w[dim]);
	char comment[512];
	snprintf(comment, sizeof(comment),
		 "deal.tsv - the M&A story classifier (indexer/tag/dealmodel.h).\n"
		 "Written by bench/train_deal.c from the Reuters-21578 ModApte "
		 "training split\n(%ld stories, %zu acq); linear SVM, squared "
		 "hinge, C=%g chosen by %d-fold CV (F1 %.3f).\n"
		 "Columns: feature, idf, weight.  Regenerate, do not edit.",
		 n, pos, best_c, FOLDS, best_f);
	if (dm_save(model, argv[2], comment, &err)) {
		fprintf(stderr, "error: %s\n", err.msg);
		return 2;
	}
	printf("C=%g chosen; model written to %s\n", best_c, argv[2]);
	for (size_t i = 0; i < d.n; i++) {
		free(d.x[i].idx);
		free(d.x[i].val);
	}
	free(d.x);
	free(d.y);
	free(w);
	free(use);
	free(raw);
	free(df);
	smap_free(vocab);
	smap_free(fid);
	dm_free(model);
	ex_free(ex);
	gaz_free(g);
	rt_free(st, (size_t)n);
	return 0;
}
