/*
 * bigarticle.c - one very long article for the tagging-scale benchmark and
 * the oversize test: the bodies of Reuters' M&A stories (topic "acq"),
 * each with its whitespace squeezed, joined into one body of BYTES bytes,
 * printed as one JSON line.  It opens with the first story whose headline
 * says BUYS ("<COFAB INC> BUYS GULFEX ..."), under that headline, so the
 * deal step finds a deal with both sides and weighs every amount: the
 * worst case.  Real text, full of company names, places, deal words and
 * amounts; deterministic (the corpus is read in order, from the start
 * again when it runs out).
 *
 * Without -p the body is one line (one paragraph); with -p each paragraph
 * of a story is a line of its own, as on a long scraped page.
 *
 * usage: bigarticle [-p] CORPUS BYTES [ID]   (BYTES may end in k or m)
 *
 * Used by bench/tag_scale.sh and tests/oversize_test.sh only.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t parse_size(const char *s)
{
	char *end;
	double v = strtod(s, &end);
	if (*end == 'k' || *end == 'K')
		v *= 1024;
	else if (*end == 'm' || *end == 'M')
		v *= 1024 * 1024;
	return v > 0 ? (size_t)v : 0;
}

/* Reuters' labels: {"topics": ["acq", ...], ...} */
static int is_acq(json_t *o)
{
	json_t *topics = json_object_get(json_object_get(o, "labels"),
					 "topics");
	size_t i;
	json_t *v;
	json_array_foreach(topics, i, v)
		if (json_is_string(v) && !strcmp(json_string_value(v), "acq"))
			return 1;
	return 0;
}

struct out {
	char *buf;
	size_t len, want;
	char gap;          /* between paragraphs: ' ' or '\n' */
};

/*
 * Append body `b`: runs of white space become one space, a paragraph
 * break (Reuters: a line break before an indented or blank line) and the
 * story's end become `gap`.
 */
static void add_story(struct out *o, const char *b)
{
	int space = 0, brk = 0;
	for (const char *p = b; *p && o->len < o->want; p++) {
		if (isspace((unsigned char)*p)) {
			space = 1;
			brk |= p[0] == '\n' && (p[1] == ' ' || p[1] == '\t' ||
						p[1] == '\n');
			continue;
		}
		if (space && o->len)
			o->buf[o->len++] = brk ? o->gap : ' ';
		space = brk = 0;
		if (o->len < o->want)
			o->buf[o->len++] = *p;
	}
	if (o->len && o->len < o->want)
		o->buf[o->len++] = o->gap;
}

int main(int argc, char **argv)
{
	int paragraphs = argc > 1 && !strcmp(argv[1], "-p");
	argc -= paragraphs;
	argv += paragraphs;
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: bigarticle [-p] CORPUS BYTES [ID]\n");
		return 2;
	}
	struct out o = {NULL, 0, parse_size(argv[2]), paragraphs ? '\n' : ' '};
	const char *id = argc > 3 ? argv[3] : "big";
	FILE *f = fopen(argv[1], "r");
	if (!f || !o.want || !(o.buf = malloc(o.want + 1))) {
		fprintf(stderr, "error: cannot read '%s'\n", argv[1]);
		return 2;
	}
	char *line = NULL, title[256] = "";
	size_t cap = 0, stories = 0;
	ssize_t n;
	while (o.len < o.want) {
		n = getline(&line, &cap, f);
		if (n <= 0) {
			if (!stories) {
				fprintf(stderr, "error: no stories in '%s'\n",
					argv[1]);
				return 2;
			}
			rewind(f);
			continue;
		}
		json_t *j = json_loadb(line, (size_t)n, 0, NULL);
		const char *h = json_string_value(json_object_get(j, "title"));
		const char *b = json_string_value(json_object_get(j, "body"));
		if (!*title && h && is_acq(j) && strstr(h, " BUYS "))
			snprintf(title, sizeof(title), "%s", h);
		if (*title && b && *b && is_acq(j)) {
			add_story(&o, b);
			stories++;
		}
		json_decref(j);
	}
	/* do not end inside a UTF-8 sequence */
	while (o.len && ((unsigned char)o.buf[o.len - 1] & 0xC0) == 0x80)
		o.len--;
	if (o.len && (unsigned char)o.buf[o.len - 1] >= 0xC0)
		o.len--;
	fclose(f);
	free(line);
	json_t *j = json_object();
	json_object_set_new(j, "id", json_string(id));
	json_object_set_new(j, "source", json_string("Bench"));
	json_object_set_new(j, "title", json_string(title));
	json_object_set_new(j, "body", json_stringn(o.buf, o.len));
	free(o.buf);
	if (json_dumpf(j, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER))
		return 2;
	json_decref(j);
	putchar('\n');
	return fflush(stdout) ? 2 : 0;
}
