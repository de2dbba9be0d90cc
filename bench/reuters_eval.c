/*
 * reuters_eval.c - measure deal extraction against Reuters-21578's own
 * labels on the ModApte split, and print the table.
 *
 *     reuters_eval [--split test|train] [--min-deal-f1 F]
 *                  [--min-places-f1 F] [--show deal|places] REUTERS.jsonl
 *
 * Deal detection: a story counts as detected when its deal type is an
 * M&A type (acquisition, merger, stake, tender offer, divestiture); the
 * truth is the topic "acq".  A second row adds the split's stories the
 * editors judged and gave no topic at all (topics_attr YES, no topic:
 * left out of ModApte, and not "acq"); places and the floors are
 * ModApte's.  Places: micro precision and recall of the
 * per-story country sets against labels.places (mapped to ISO codes with
 * the gazetteer).  The extractor runs exactly as the indexer runs it: the
 * bundled gazetteers and corpus/models/deal.tsv.  With --min-*, exits 1
 * when a figure is below its floor (the test suite's regression check).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dealmodel.h"
#include "extract.h"
#include "gazetteer.h"
#include "reuters.h"

struct count {
	size_t tp, fp, fn;
};

static void row(const char *name, const struct count *c)
{
	double p = c->tp + c->fp ? (double)c->tp / (c->tp + c->fp) : 0;
	double r = c->tp + c->fn ? (double)c->tp / (c->tp + c->fn) : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("%-34s %6.3f %6.3f %6.3f   (tp %zu, fp %zu, fn %zu)\n", name, p,
	       r, f, c->tp, c->fp, c->fn);
}

static double f1(const struct count *c)
{
	double p = c->tp + c->fp ? (double)c->tp / (c->tp + c->fp) : 0;
	double r = c->tp + c->fn ? (double)c->tp / (c->tp + c->fn) : 0;
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static void tally(struct count *c, int guess, int truth)
{
	c->tp += guess && truth;
	c->fp += guess && !truth;
	c->fn += !guess && truth;
}

/* Reuters' own spellings of two Yemens and of Trinidad and Tobago. */
static const struct {
	const char *label, *code;
} odd_labels[] = {
	{"yemen-arab-republic", "YE"}, {"yemen-demo-republic", "YE"},
	{"trinidad-tobago", "TT"},
};

/*
 * "west-germany" -> "DE" via the gazetteer; "" when unknown.  The labels
 * say "ussr" where the gazetteer places Moscow in today's Russia: SU and
 * RU count as one (same_country()).
 */
static void label_code(const struct gaz *g, const char *label, char code[3],
		       struct buf *tmp, struct buf *key)
{
	for (size_t i = 0; i < ARRAY_SIZE(odd_labels); i++)
		if (!strcmp(label, odd_labels[i].label)) {
			memcpy(code, odd_labels[i].code, 3);
			return;
		}
	buf_reset(tmp);
	for (const char *p = label; *p; p++)
		buf_addch(tmp, *p == '-' ? ' ' : *p);
	gaz_key(g, tmp->buf, tmp->len, key);
	const struct gaz_entry *e = gaz_lookup(g, key->buf, key->len);
	code[0] = '\0';
	if (e && e->kind == GAZ_PLACE)
		memcpy(code, gaz_country(g, gaz_place(g, e->id)->country)->code,
		       3);
}

static int same_country(const char *a, const char *b)
{
	if (!strcmp(a, b))
		return 1;
	return (!strcmp(a, "SU") && !strcmp(b, "RU")) ||
	       (!strcmp(a, "RU") && !strcmp(b, "SU"));
}

int main(int argc, char **argv)
{
	enum rt_split split = RT_TEST;
	double min_deal = 0, min_places = 0;
	const char *show = "", *path = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--split") && i + 1 < argc)
			split = strcmp(argv[++i], "train") ? RT_TEST : RT_TRAIN;
		else if (!strcmp(argv[i], "--min-deal-f1") && i + 1 < argc)
			min_deal = atof(argv[++i]);
		else if (!strcmp(argv[i], "--min-places-f1") && i + 1 < argc)
			min_places = atof(argv[++i]);
		else if (!strcmp(argv[i], "--show") && i + 1 < argc)
			show = argv[++i];
		else
			path = argv[i];
	}
	if (!path) {
		fprintf(stderr, "usage: reuters_eval [options] REUTERS.jsonl\n");
		return 2;
	}
	struct rt_story *st;
	long n = rt_read(path, split, &st);
	if (n <= 0)
		return 2;
	struct ds_err err = DS_ERR_INIT;
	struct gaz *g;
	struct dealmodel *model;
	struct extractor *ex;
	struct buf tmp = BUF_INIT, key = BUF_INIT;
	if (gaz_load_bundled(&g, &err) ||
	    dm_load(dm_default_path(), &model, &err) ||
	    ex_new(g, model, &ex, &err)) {
		fprintf(stderr, "error: %s\n", err.msg);
		return 2;
	}
	struct count deal = {0}, classifier = {0}, places = {0}, all = {0};
	size_t acq = 0, unmapped = 0, labels = 0, notopic = 0;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long i = 0; i < n; i++) {
		struct tags t;
		tags_init(&t);
		ex_run(ex, &st[i].a, NULL, &t, NULL, NULL);
		int guess = ex_deal_is_mna(t.deal.type);
		tally(&all, guess, st[i].acq);
		if (!strcmp(show, "deal") && guess != st[i].acq)
			printf("%s%s %s %+.2f %s: %s\n", guess ? "FP" : "FN",
			       st[i].notopic ? " (no topic)" : "",
			       ex_deal_type_slug(t.deal.type), t.deal.score,
			       st[i].a.id, st[i].a.title);
		if (st[i].notopic) {
			notopic++;
			tags_release(&t);
			continue;
		}
		tally(&deal, guess, st[i].acq);
		tally(&classifier, t.deal.score > 0, st[i].acq);
		acq += st[i].acq;
		/* places: sets of codes */
		char gold[64][3];
		size_t ng = 0;
		for (size_t k = 0; k < st[i].nplaces && ng < 64; k++) {
			labels++;
			label_code(g, st[i].places[k], gold[ng], &tmp, &key);
			if (!gold[ng][0]) {
				unmapped++;
				strcpy(gold[ng], "??");
			}
			ng++;
		}
		for (size_t k = 0; k < t.ncountries; k++) {
			int hit = 0;
			for (size_t q = 0; q < ng; q++)
				hit |= same_country(gold[q], t.countries[k]);
			places.tp += hit;
			places.fp += !hit;
			if (!hit && !strcmp(show, "places"))
				printf("FP %s %s: %s | %s\n", t.countries[k],
				       st[i].a.id, st[i].a.title,
				       st[i].a.dateline ? st[i].a.dateline : "");
		}
		for (size_t q = 0; q < ng; q++) {
			int hit = 0;
			for (size_t k = 0; k < t.ncountries; k++)
				hit |= same_country(gold[q], t.countries[k]);
			places.fn += !hit;
			if (!hit && !strcmp(show, "places"))
				printf("FN %s %s: %s | %s\n", gold[q],
				       st[i].a.id, st[i].a.title,
				       st[i].a.dateline ? st[i].a.dateline : "");
		}
		tags_release(&t);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("Reuters-21578 ModApte %s split: %ld stories, %zu acq "
	       "(and %zu judged with no topic); tagged in %.2f s "
	       "(%.0f stories/s)\n",
	       split == RT_TEST ? "test" : "training", n - (long)notopic, acq,
	       notopic, secs, n / secs);
	printf("%-34s %6s %6s %6s\n", "", "P", "R", "F1");
	row("deal detected (M&A type vs acq)", &deal);
	row("  classifier alone (score > 0)", &classifier);
	row("  with the no-topic stories", &all);
	row("places (micro, country sets)", &places);
	printf("place labels: %zu, of which %zu not in the gazetteer\n",
	       labels, unmapped);
	int rc = 0;
	if (min_deal > 0 && f1(&deal) < min_deal) {
		printf("FAIL: deal F1 %.3f below %.3f\n", f1(&deal), min_deal);
		rc = 1;
	}
	if (min_places > 0 && f1(&places) < min_places) {
		printf("FAIL: places F1 %.3f below %.3f\n", f1(&places),
		       min_places);
		rc = 1;
	}
	ex_free(ex);
	dm_free(model);
	gaz_free(g);
	buf_release(&tmp);
	buf_release(&key);
	rt_free(st, (size_t)n);
	return rc;
}
