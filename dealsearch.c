/*
 * dealsearch.c - the `dealsearch` program: a table of subcommands.
 *
 * To add a command:
 *   1. write `int cmd_NAME(int argc, char **argv)` in NAME's folder
 *      (indexer/cmd_NAME.c or searcher/cmd_NAME.c), usage text at the top;
 *   2. declare it in include/cmd.h and add it to `commands` below;
 *   3. list the source in that folder's meson.build;
 *   4. add it to tests/cli_help_test.sh and document it in README.md.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "fetch.h"
#include "reader.h"
#include "version.h"

static const struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
} commands[] = {
	{"index", cmd_index, "add articles (files, folders, URLs, feeds) to the index"},
	{"check", cmd_check, "verify that the catalog and the index agree"},
	{"search", cmd_search, "ask the index: words, names, amounts, dates, facets"},
	{"saved", cmd_saved, "saved queries for scripts and alerts (new hits since last run)"},
	{"serve", cmd_serve, "the search page on 127.0.0.1 (lighttpd)"},
	{"extract", cmd_extract, "show the deal, amounts, names and places of articles"},
	{"gazetteer", cmd_gazetteer, "add companies, people and rates the tagger knows"},
	{"analyse", cmd_analyse, "show how text is tokenised and stemmed"},
};

static int help(FILE *out)
{
	fprintf(out, "usage: dealsearch [--version] [--help] COMMAND [ARGS]\n\n"
		"Full-text search over news coverage of business deals.\n\n"
		"commands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\n'dealsearch COMMAND --help' tells more about one.\n");
	return out == stdout ? CMD_OK : CMD_ERROR;
}

/* A write error on stdout (full disk, closed pipe) must not pass silently. */
static int close_stdout(int rc)
{
	if (fflush(stdout) || ferror(stdout) || fclose(stdout)) {
		fprintf(stderr, "error: cannot write to standard output\n");
		return CMD_ERROR;
	}
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return help(stderr);
	const char *name = argv[1];
	if (!strcmp(name, "--help") || !strcmp(name, "-h") ||
	    !strcmp(name, "help"))
		return close_stdout(help(stdout));
	if (!strcmp(name, "--version")) {
		printf("dealsearch %s\n", DS_VERSION);
		return close_stdout(CMD_OK);
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(*commands); i++) {
		if (strcmp(name, commands[i].name))
			continue;
		fetch_global_init();
		rd_global_init();
		int rc = commands[i].fn(argc - 1, argv + 1);
		rd_global_cleanup();
		fetch_global_cleanup();
		return close_stdout(rc);
	}
	fprintf(stderr, "error: '%s' is not a dealsearch command; see "
		"'dealsearch --help'\n", name);
	return CMD_ERROR;
}
