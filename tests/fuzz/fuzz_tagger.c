/*
 * fuzz_tagger.c - deal extraction (indexer/tag/extract.h) on an article made
 * from the input: the first line is the headline, the rest the body, with
 * the bundled gazetteer and deal model the indexer tags with, and an
 * index that has seen a quarter of the paragraphs in three other articles
 * (cross-article boilerplate).  The tags then go through both JSON forms.
 */
#include "dealmodel.h"
#include "extract.h"
#include "fuzz.h"

static struct gaz *g;
static struct extractor *ex;

/* How many indexed articles of `source` hold this paragraph. */
static unsigned count(void *user, const char *source, uint64_t hash)
{
	(void)user;
	(void)source;
	return hash % 4 == 0 ? EX_COMMON_MIN : 0;
}

static const struct ex_common common = {count, NULL};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	struct dealmodel *model;
	struct ds_err err = DS_ERR_INIT;
	g = fz_gazetteer();
	if (dm_load(dm_default_path(), &model, &err) ||
	    ex_new(g, model, &ex, &err)) {
		fprintf(stderr, "fuzz: %s\n", err.msg);
		exit(1);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	const char *nl = memchr(s, '\n', size);
	size_t tl = nl ? (size_t)(nl - s) : size;
	struct article a;
	article_init(&a);
	article_set(&a.title, s, tl);
	if (nl)
		article_set(&a.body, nl + 1, size - tl - 1);
	article_set(&a.source, "Fuzz Wire", 9);
	struct ds_err err = DS_ERR_INIT;
	if (article_finish(&a, &err)) {
		article_release(&a);
		return 0;
	}
	struct tags t;
	uint64_t *hashes = NULL;
	size_t nhashes = 0;
	tags_init(&t);
	ex_run(ex, &a, &common, &t, &hashes, &nhashes);
	FZ_CHECK(t.deal.amount < (int)t.namounts);
	for (size_t i = 0; i < t.namounts; i++)
		FZ_CHECK(t.amounts[i].text != NULL);
	for (size_t i = 0; i + 1 < ex_token_count(ex); i++) {
		struct ex_token x, y;
		ex_token(ex, i, &x);
		ex_token(ex, i + 1, &y);
		FZ_CHECK(x.pos <= y.pos);
	}
	for (int compact = 0; compact <= 1; compact++) {
		json_t *j = tags_to_json(&t, g, compact);
		FZ_CHECK(j != NULL);
		char *dump = json_dumps(j, JSON_COMPACT);
		FZ_CHECK(dump != NULL);
		free(dump);
		json_decref(j);
	}
	tags_release(&t);
	free(hashes);
	article_release(&a);
	return 0;
}
