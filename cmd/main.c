/*
 * main.c - the `dealsearch` program: a table of subcommands.
 *
 * To add a command:
 *   1. write `int cmd_NAME(int argc, char **argv)` in cmd/NAME.c, usage
 *      text at the top;
 *   2. declare it in cmd/cmd.h and add it to `commands` below, with the
 *      libraries it needs set up (CMD_NEEDS_*);
 *   3. list the source in cmd/meson.build;
 *   4. document it in README.md (tests/cli_help_test.sh finds it itself).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "fetch.h"
#include "reader.h"
#include "version.h"

/* The libraries a command needs set up before it runs. */
enum {
	CMD_NEEDS_NET = 1 << 0,    /* libcurl: it fetches URLs */
	CMD_NEEDS_XML = 1 << 1,    /* libxml2: it reads HTML and feeds */
	CMD_NEEDS_READ = CMD_NEEDS_NET | CMD_NEEDS_XML,
};

static const struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	unsigned needs;
	const char *summary;
} commands[] = {
	{"index", cmd_index, CMD_NEEDS_READ,
	 "add articles (files, folders, URLs, feeds) to the index"},
	{"check", cmd_check, 0,
	 "verify that the catalog and the index agree"},
	{"search", cmd_search, 0,
	 "ask the index: words, names, amounts, dates, facets"},
	{"saved", cmd_saved, 0,
	 "saved queries for scripts and alerts (new hits since last run)"},
	{"serve", cmd_serve, 0,
	 "the search page on 127.0.0.1 (lighttpd)"},
	{"extract", cmd_extract, CMD_NEEDS_READ,
	 "show the deal, amounts, names and places of articles"},
	{"gazetteer", cmd_gazetteer, 0,
	 "add companies, people and rates the tagger knows"},
	{"analyse", cmd_analyse, 0,
	 "show how text is tokenised and stemmed"},
};

static int help(FILE *out)
{
	fprintf(out, "usage: dealsearch [--version] [--help] COMMAND [ARGS]\n\n"
		"Full-text search over news coverage of business deals.\n\n"
		"commands:\n");
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
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
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++) {
		if (strcmp(name, commands[i].name))
			continue;
		const struct command *c = &commands[i];
		if (c->needs & CMD_NEEDS_NET)
			fetch_global_init();
		if (c->needs & CMD_NEEDS_XML)
			rd_global_init();
		int rc = c->fn(argc - 1, argv + 1);
		if (c->needs & CMD_NEEDS_XML)
			rd_global_cleanup();
		if (c->needs & CMD_NEEDS_NET)
			fetch_global_cleanup();
		return close_stdout(rc);
	}
	fprintf(stderr, "error: '%s' is not a dealsearch command; see "
		"'dealsearch --help'\n", name);
	return CMD_ERROR;
}
