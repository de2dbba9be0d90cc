/*
 * reuters.c - Reuters-21578 JSON lines with labels (reuters.h).
 */
#define _GNU_SOURCE
#include "reuters.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void take(json_t *o, const char *key, char **field)
{
	json_t *v = json_object_get(o, key);
	if (json_is_string(v))
		article_set(field, json_string_value(v), json_string_length(v));
}

long rt_read(const char *path, enum rt_split split, struct rt_story **out)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		fprintf(stderr, "error: cannot open '%s'\n", path);
		return -1;
	}
	struct rt_story *v = NULL;
	size_t n = 0, cap = 0, linecap = 0;
	char *line = NULL;
	ssize_t len;
	const char *want = split == RT_TRAIN ? "TRAIN" : "TEST";
	while ((len = getline(&line, &linecap, fp)) > 0) {
		json_t *o = json_loadb(line, (size_t)len, 0, NULL);
		json_t *labels = o ? json_object_get(o, "labels") : NULL;
		json_t *topics = json_object_get(labels, "topics");
		const char *ls = json_string_value(
			json_object_get(labels, "lewissplit"));
		const char *ta = json_string_value(
			json_object_get(labels, "topics_attr"));
		if (!ls || !ta || strcmp(ls, want) || strcmp(ta, "YES")) {
			json_decref(o);
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			v = realloc(v, cap * sizeof(*v));
			if (!v)
				abort();
		}
		struct rt_story *s = &v[n++];
		memset(s, 0, sizeof(*s));
		article_init(&s->a);
		s->notopic = json_array_size(topics) == 0;
		take(o, "id", &s->a.id);
		take(o, "title", &s->a.title);
		take(o, "body", &s->a.body);
		take(o, "date", &s->a.date_raw);
		take(o, "dateline", &s->a.dateline);
		take(o, "source", &s->a.source);
		size_t i;
		json_t *x;
		json_array_foreach(topics, i, x)
			if (json_is_string(x) && !strcmp(json_string_value(x),
							 "acq"))
				s->acq = 1;
		json_t *places = json_object_get(labels, "places");
		s->nplaces = json_array_size(places);
		s->places = calloc(s->nplaces ? s->nplaces : 1, sizeof(char *));
		json_array_foreach(places, i, x)
			s->places[i] = strdup(json_string_value(x));
		struct ds_err err = DS_ERR_INIT;
		article_finish(&s->a, &err);
		json_decref(o);
	}
	free(line);
	fclose(fp);
	*out = v;
	return (long)n;
}

static void story_release(struct rt_story *s)
{
	article_release(&s->a);
	for (size_t k = 0; k < s->nplaces; k++)
		free(s->places[k]);
	free(s->places);
}

long rt_modapte(struct rt_story *s, long n)
{
	long keep = 0;
	for (long i = 0; i < n; i++) {
		if (s[i].notopic)
			story_release(&s[i]);
		else
			s[keep++] = s[i];
	}
	return keep;
}

void rt_free(struct rt_story *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		story_release(&s[i]);
	free(s);
}
