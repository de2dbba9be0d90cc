/*
 * main.c - the `dealsearch` program: a table of subcommands.
 *
 * To add a command:
 *   1. write `int cmd_NAME(int argc, char **argv)` in cmd/NAME.c, usage
 *      text at the top;
 *   2. declare it in cmd/cmd.h and add it to `commands` below, with the
 *      libraries it needs set up (CMD_NEEDS_*) and CMD_TAKES_DB when it
 *      takes --db; read its options with cmd_getopt() (one-line errors);
 *   3. list the source in cmd/meson.build, and the command in
 *      man/meson.build's pages (tests/man_test.sh finds a missing one);
 *   4. write its --help as the others' (tests/cli_help_test.sh checks the
 *      layout): "options:" with -h, --help, then "exit status:" last;
 *   5. document it in README.md (tests/cli_help_test.sh finds it itself).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "fetch.h"
#include "reader.h"
#include "version.h"

/* The libraries a command needs set up before it runs, and what it takes. */
enum {
	CMD_NEEDS_NET = 1 << 0,    /* libcurl: it fetches URLs */
	CMD_NEEDS_XML = 1 << 1,    /* libxml2: it reads HTML and feeds */
	CMD_NEEDS_READ = CMD_NEEDS_NET | CMD_NEEDS_XML,
	CMD_TAKES_DB = 1 << 2,     /* --db DIR, which may come before it */
};

static const struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	unsigned needs;
	const char *summary;
} commands[] = {
	{"index", cmd_index, CMD_NEEDS_READ | CMD_TAKES_DB,
	 "add articles (files, folders, URLs, feeds) to the index"},
	{"check", cmd_check, CMD_TAKES_DB,
	 "verify that the catalog and the index agree"},
	{"compact", cmd_compact, CMD_TAKES_DB,
	 "rewrite the index smaller and faster to search"},
	{"search", cmd_search, CMD_TAKES_DB,
	 "ask the index: words, names, amounts, dates, facets"},
	{"deals", cmd_deals, CMD_TAKES_DB,
	 "the deal table: one row per deal, with its coverage"},
	{"deal", cmd_deal, CMD_TAKES_DB,
	 "one deal: parties, value, status timeline, stories"},
	{"saved", cmd_saved, CMD_TAKES_DB,
	 "saved queries for scripts and alerts (what is new)"},
	{"serve", cmd_serve, CMD_TAKES_DB,
	 "the search page on 127.0.0.1 (lighttpd)"},
	{"extract", cmd_extract, CMD_NEEDS_READ | CMD_TAKES_DB,
	 "show the deal, amounts, names and places of articles"},
	{"shard", cmd_shard, CMD_TAKES_DB,
	 "an index's shards; serve one with xapian-tcpsrv"},
	{"gazetteer", cmd_gazetteer, CMD_TAKES_DB,
	 "add companies, people and rates the tagger knows"},
	{"analyse", cmd_analyse, 0,
	 "show how text is tokenised and stemmed"},
};

static int help(FILE *out)
{
	fprintf(out, "usage: dealsearch [--db DIR] COMMAND [ARGS]\n"
		"       dealsearch help COMMAND\n\n"
		"Full-text search over news coverage of business deals.\n"
		"'dealsearch help COMMAND' (or 'dealsearch COMMAND --help') "
		"tells more\nabout one.\n\n"
		"commands:\n");
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		fprintf(out, "  %-20s %s\n", commands[i].name,
			commands[i].summary);
	fprintf(out, "\n"
		"options:\n"
		"  --db DIR             the index folder of every command that "
		"uses one, as if\n"
		"                       given after the command\n"
		"  --version            the program's version\n"
		"  -h, --help           this help\n"
		"\n"
		"exit status:\n"
		"  0                    success; a command's own: 'dealsearch "
		"help COMMAND'\n"
		"  2                    an unknown command or option\n");
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

/* The command of that name, or NULL after saying it is none (with the
 * nearest name when one is near). */
static const struct command *command_named(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		if (!strcmp(name, commands[i].name))
			return &commands[i];
	const char *known[ARRAY_SIZE(commands) + 2];
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		known[i] = commands[i].name;
	known[ARRAY_SIZE(commands)] = "help";
	known[ARRAY_SIZE(commands) + 1] = NULL;
	cmd_unknown("command", name, known, CMD_PROGRAM " --help");
	return NULL;
}

static int run(const struct command *c, int argc, char **argv)
{
	if (c->needs & CMD_NEEDS_NET)
		fetch_global_init();
	if (c->needs & CMD_NEEDS_XML)
		rd_global_init();
	int rc = c->fn(argc, argv);
	if (c->needs & CMD_NEEDS_XML)
		rd_global_cleanup();
	if (c->needs & CMD_NEEDS_NET)
		fetch_global_cleanup();
	return rc;
}

int main(int argc, char **argv)
{
	enum { O_DB = 256, O_VERSION };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"version", no_argument, NULL, O_VERSION},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db = NULL;
	int o;
	argv[0] = (char *)CMD_PROGRAM;   /* messages name the program so */
	optind = 0;
	while ((o = cmd_getopt(argc, argv, "+h", longopts)) != -1) {
		switch (o) {
		case O_DB: db = optarg; break;
		case O_VERSION:
			printf("dealsearch %s\n", DS_VERSION);
			return close_stdout(CMD_OK);
		case 'h': return close_stdout(help(stdout));
		default: return CMD_ERROR;
		}
	}
	if (optind == argc)
		return help(stderr);
	argc -= optind;
	argv += optind;
	if (!strcmp(argv[0], "help")) {
		/* `dealsearch help search` is `dealsearch search --help` */
		if (argc == 1)
			return close_stdout(help(stdout));
		const struct command *c = command_named(argv[1]);
		char *args[] = {argv[1], (char *)"--help", NULL};
		return c ? close_stdout(run(c, 2, args)) : CMD_ERROR;
	}
	const struct command *c = command_named(argv[0]);
	if (!c)
		return CMD_ERROR;
	if (!db)
		return close_stdout(run(c, argc, argv));
	if (!(c->needs & CMD_TAKES_DB))
		return cmd_error("'%s' uses no index: --db does not apply (see "
				 "'dealsearch %s --help')", c->name, c->name);
	/* --db before the command: as if it came first after it */
	char **args = xcalloc((size_t)argc + 3, sizeof(*args));
	args[0] = argv[0];
	args[1] = (char *)"--db";
	args[2] = (char *)db;
	memcpy(args + 3, argv + 1, (size_t)(argc - 1) * sizeof(*args));
	int rc = run(c, argc + 2, args);
	free(args);
	return close_stdout(rc);
}
