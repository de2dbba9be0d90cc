/*
 * saved.c - `dealsearch saved`: the questions asked every hour, kept in
 * the catalog, and what is new since their last run.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ask.h"
#include "cmd.h"
#include "plain.h"

static const char saved_usage[] =
"usage: dealsearch saved add NAME QUERY... [options]\n"
"       dealsearch saved run NAME [--new] [options]\n"
"       dealsearch saved list | show NAME | rm NAME\n"
"\n"
"Saved queries, kept in the index's catalog, for scripts and alerts.  `add`\n"
"keeps the query with its --sort, --limit and --facets, which `run` uses\n"
"unless told otherwise; `run` takes search's options.  `run --new` shows\n"
"only the stories new to the index, or whose text or deal changed, since\n"
"the last `run --new` of that query, all of them, each marked new or\n"
"changed (how), then moves its watermark: an hourly job never misses or\n"
"repeats a story, even while an ingest runs.  Names: 1 to 64 letters,\n"
"digits, '.', '_', '-'.\n"
"\n"
"options:\n"
"  --new                run: only the stories new since the last run --new\n"
"                       (--limit and --offset do not apply)\n"
"  --by deal            run --new: a deal once when it is new, then only\n"
"                       when its status or value changes, not for every\n"
"                       new story about it (as --group deal)\n"
"  --replace            add: replace the saved query of that name\n"
ASK_OPTIONS_HELP
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    success (run: hits found)\n"
"  1                    run: no hits\n"
"  2                    an error (two `run --new` of one query at once: the\n"
"                       one that lost; run it again)\n";

/* The stored options: {"sort": ..., "limit": ..., "facets": ...}. */
static char *options_json(const struct cli *c)
{
	json_t *o = json_object();
	if (c->set_sort)
		json_object_set_new(o, "sort", json_string(c->sort_name));
	if (c->set_limit)
		json_object_set_new(o, "limit", json_integer(c->so.limit));
	if (c->set_facets)
		json_object_set_new(o, "facets", json_string(c->facets_text));
	char *s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	return s;
}

/* Stored options apply unless the command line says otherwise. */
static int apply_options(struct cli *c, const char *options)
{
	json_t *o = json_loads(options ? options : "{}", 0, NULL);
	const char *sort = json_string_value(json_object_get(o, "sort"));
	const char *facets = json_string_value(json_object_get(o, "facets"));
	json_t *limit = json_object_get(o, "limit");
	int rc = 0;
	if (sort && !c->set_sort)
		rc = ask_parse_sort(sort, &c->so.sort);
	if (!rc && facets && !c->set_facets)
		rc = ask_parse_facets(facets, &c->so.facets);
	if (!rc && json_is_integer(limit) && !c->set_limit)
		c->so.limit = (unsigned)json_integer_value(limit);
	json_decref(o);
	return rc;
}

static void show(const struct cat_saved *q, int verbose)
{
	/* the name is checked (srch_saved_name_ok); the query is text */
	if (!verbose) {
		printf("%s\t", q->name);
		plain_puts(stdout, q->query);
		putchar('\n');
		return;
	}
	printf("name       %s\nquery      ", q->name);
	plain_puts(stdout, q->query);
	printf("\noptions    %s\ncreated    %s\nlast run   %s\n"
	       "watermark  batch %lld\n", q->options, q->created,
	       q->last_run ? q->last_run : "never", (long long)q->watermark);
}

int cmd_saved(int argc, char **argv)
{
	struct cli c = {0};
	int first, rc = ask_parse(argc, argv, &c, &first);
	if (rc < 0)
		return cmd_usage(saved_usage, 1);
	if (rc)
		return rc;
	if (first == argc)
		return cmd_usage(saved_usage, 0);
	const char *verb = argv[first];
	int nargs = argc - first - 1;
	char **args = argv + first + 1;
	static const char *const verbs[] = {"add", "list", "show", "rm", "run",
					    NULL};
	int is_add = !strcmp(verb, "add"), is_list = !strcmp(verb, "list");
	if (!is_add && !is_list && strcmp(verb, "show") && strcmp(verb, "rm") &&
	    strcmp(verb, "run"))
		return cmd_unknown("saved command", verb, verbs,
				   CMD_PROGRAM " saved --help");
	if (is_add && c.so.nfilters)
		return cmd_error("--filter belongs to 'search' and 'saved run'");
	if ((is_add && nargs < 2) || (is_list && nargs) ||
	    (!is_add && !is_list && nargs != 1))
		return cmd_usage(saved_usage, 0);
	struct srch *s;
	if ((rc = ask_open(c.db, c.allow_partial, &s)))
		return rc;
	struct ds_err err = DS_ERR_INIT;
	if (is_add) {
		char *query = ask_join(argc, argv, first + 2);
		char *opts = options_json(&c);
		struct srch_result r = {0};
		if (srch_saved_add(s, args[0], query, opts, c.replace,
				   &r.error_pos, &err))
			rc = ask_error(&err, &c, query, &r);
		free(opts);
		free(query);
	} else if (is_list) {
		struct cat_saved *v;
		size_t n;
		if (srch_saved_list(s, &v, &n, &err))
			rc = cmd_fail(&err);
		for (size_t i = 0; !rc && i < n; i++)
			show(&v[i], 0);
		for (size_t i = 0; !rc && i < n; i++)
			cat_saved_release(&v[i]);
		if (!rc)
			free(v);
	} else if (!strcmp(verb, "show")) {
		struct cat_saved q;
		if ((rc = srch_saved_get(s, args[0], &q, &err)))
			rc = cmd_fail(&err);
		else
			show(&q, 1);
		cat_saved_release(&q);
	} else if (!strcmp(verb, "rm")) {
		if ((rc = srch_saved_remove(s, args[0], &err)))
			rc = cmd_fail(&err);
	} else {
		struct cat_saved q;
		struct srch_result r = {0};
		if ((rc = srch_saved_get(s, args[0], &q, &err))) {
			rc = cmd_fail(&err);
		} else if (apply_options(&c, q.options)) {
			rc = CMD_ERROR;
		} else if (srch_saved_run(s, args[0], &c.so, c.new_only, &r,
					  &err)) {
			rc = ask_error(&err, &c, q.query, &r);
		} else {
			rc = ask_output(&c, &r, q.query);
		}
		srch_result_release(&r);
		cat_saved_release(&q);
	}
	srch_close(s);
	return rc;
}
