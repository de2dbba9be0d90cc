/*
 * jsonl2scriptindex.c - turn dealsearch JSON lines into the record format of
 * Xapian's scriptindex (fields "name=value", continuation lines "=...",
 * records separated by a blank line), so both indexers read the same
 * stories.  Used by bench/index_bench.sh only.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void field(const char *name, const char *v)
{
	if (!v)
		return;
	printf("%s=", name);
	for (const char *p = v; *p; p++) {
		putchar(*p);
		if (*p == '\n')
			putchar('=');
	}
	putchar('\n');
}

int main(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, stdin)) > 0) {
		json_t *o = json_loadb(line, (size_t)n, 0, NULL);
		if (!json_is_object(o)) {
			json_decref(o);
			continue;
		}
		field("id", json_string_value(json_object_get(o, "id")));
		field("title", json_string_value(json_object_get(o, "title")));
		field("body", json_string_value(json_object_get(o, "body")));
		putchar('\n');
		json_decref(o);
	}
	free(line);
	return 0;
}
