/*
 * dealmodel.h - the M&A story classifier: features and a linear model.
 *
 * Contract:
 *   - Features of an article are the Snowball stems of its headline and
 *     body ("w:" + stem) and of its headline alone ("t:" + stem), weighted
 *     by sublinear tf ((1 + ln tf) * idf) and scaled to unit length.  The
 *     extractor counts them from its own tokens (ex_features() in
 *     extract.h) both for training (bench/train_deal.c) and for tagging,
 *     so the two cannot drift apart.
 *   - The model is data: corpus/models/deal.tsv, written by
 *     bench/train_deal.c from the Reuters-21578 ModApte training split
 *     only (a linear SVM, L2-regularised, squared hinge loss).  Each line
 *     holds a feature, its idf and its weight; "bias" holds the bias.
 *   - dm_score() > 0 means "an M&A story" (Reuters topic "acq").
 *   - Depends on analyse.h, smap.h, buf.h, err.h.
 */
#ifndef DS_DEALMODEL_H
#define DS_DEALMODEL_H

#include <stddef.h>

#include "analyse.h"
#include "err.h"

/* A sparse feature vector: feature strings and their counts. */
struct dm_vec {
	struct smap *index;   /* feature -> entry */
	struct buf names;     /* feature strings, NUL-terminated, by off[] */
	size_t *off;
	double *val;          /* count, then weight after dm_weight() */
	int *slot;            /* the model's slot after dm_weight(), or -1 */
	size_t n, cap;
};

void dm_vec_init(struct dm_vec *v);
void dm_vec_clear(struct dm_vec *v);
void dm_vec_release(struct dm_vec *v);
/* Count one occurrence of feature f[0..len). */
void dm_vec_add(struct dm_vec *v, const char *f, size_t len);
/* The name of entry i (borrowed). */
const char *dm_vec_feature(const struct dm_vec *v, size_t i);

/* Count a token of the article: its stem, and whether in the headline. */
void dm_add_token(struct dm_vec *v, const char *stem, size_t len,
		  int in_title);

struct dealmodel;

/* An empty model, for training (bench/train_deal.c). */
struct dealmodel *dm_new(void);
/* Set a feature's idf and weight (adding the feature if new). */
void dm_set(struct dealmodel *m, const char *f, size_t len, double idf,
	    double w);
void dm_set_bias(struct dealmodel *m, double bias);
/* Write the model; `comment` lines go first, each prefixed "# ". */
int dm_save(const struct dealmodel *m, const char *path, const char *comment,
	    struct ds_err *err);

/* The default model file: models/deal.tsv in the data folder
 * (paths_data_dir(): the tree's corpus/, or the installed copy). */
const char *dm_default_path(void);

/* DS_EOPEN or DS_EFORMAT naming the file. */
int dm_load(const char *path, struct dealmodel **out, struct ds_err *err);
void dm_free(struct dealmodel *m);

/*
 * Weight the raw counts in v in place as the model was trained
 * (sublinear tf * idf, unit length; unknown features get weight 0).
 */
void dm_weight(const struct dealmodel *m, struct dm_vec *v);

/* The margin of a weighted vector: > 0 is an M&A story. */
double dm_score(const struct dealmodel *m, const struct dm_vec *v);

#endif /* DS_DEALMODEL_H */
