/*
 * search.c - `dealsearch search`: ask the index a question.
 */
#include <stdlib.h>

#include "ask.h"
#include "cmd.h"

static const char search_usage[] =
"usage: dealsearch search [options] QUERY...\n"
"\n"
"Search the index.  The query language (docs/QUERY.md): words, \"phrases\",\n"
"prefix*, AND OR NOT -word ( ), fields (title: company: acquirer: target:\n"
"investor: person: place: region: sector: type: status: source: id:),\n"
"amounts (>$30M, $10M..$50M, amount:>EUR200m), dates (date:2017-03,\n"
"after:2017-01-01, before:2018), and names without quotes (Southeast Asia).\n"
"Example: dealsearch search 'grocery AND Southeast Asia AND >$30M'\n"
"\n"
"options:\n"
ASK_OPTIONS_HELP
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    hits found\n"
"  1                    no hits (as grep)\n"
"  2                    an error\n";

int cmd_search(int argc, char **argv)
{
	struct cli c = {0};
	int first, rc = ask_parse(argc, argv, &c, &first);
	if (rc < 0)
		return cmd_usage(search_usage, 1);
	if (rc)
		return rc;
	if (first == argc && !c.so.nfilters)
		return cmd_usage(search_usage, 0);
	if (c.replace || c.new_only)
		return cmd_error("--replace and --new belong to 'saved'");
	struct srch *s;
	if ((rc = ask_open(c.db, c.allow_partial, &s)))
		return rc;
	char *query = ask_join(argc, argv, first);
	struct ds_err err = DS_ERR_INIT;
	struct srch_result r;
	c.so.query = query;
	if (srch_run(s, &c.so, &r, &err))
		rc = ask_error(&err, &c, query, &r);
	else
		rc = ask_output(&c, &r, query);
	srch_result_release(&r);
	srch_close(s);
	free(query);
	return rc;
}

/* ---- saved ------------------------------------------------------------------ */

