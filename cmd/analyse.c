/*
 * analyse.c - `dealsearch analyse`: show the tokens text analysis makes,
 * exactly as the indexer and the query parser see them.
 */
#include <getopt.h>
#include <string.h>
#include <unistd.h>

#include "analyse.h"
#include "cmd.h"

static const char usage[] =
"usage: dealsearch analyse [TEXT...]\n"
"\n"
"Print one line per token of TEXT (or of standard input): position, folded\n"
"word, stem, and flags (alpha, number, joined), as the indexer and the\n"
"query parser make them.\n"
"\n"
"options:\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    success\n"
"  2                    an error\n";

static void print_tokens(struct ana *a, const char *text, size_t len,
			 uint32_t *pos)
{
	struct ana_token t;
	ana_start(a, text, len, *pos);
	while (ana_next(a, &t))
		printf("%u\t%.*s\t%.*s\t%s%s%s\n", t.pos, (int)t.word_len, t.word,
		       (int)t.stem_len, t.stem,
		       t.flags & ANA_ALPHA ? "alpha" : "",
		       t.flags & ANA_NUMBER ? "number" : "",
		       t.flags & ANA_JOINED ? ",joined" : "");
	*pos = ana_pos(a);
}

int cmd_analyse(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "h", longopts)) != -1)
		return c == 'h' ? cmd_usage(usage, 1) : CMD_ERROR;

	struct ds_err err = DS_ERR_INIT;
	struct ana *a;
	if (ana_new("english", &a, &err))
		return cmd_fail(&err);
	uint32_t pos = 0;
	struct buf clean = BUF_INIT;
	if (optind < argc) {
		for (int i = optind; i < argc; i++) {
			buf_reset(&clean);
			ana_utf8_repair(argv[i], strlen(argv[i]), &clean);
			print_tokens(a, clean.buf, clean.len, &pos);
		}
	} else {
		struct buf in = BUF_INIT;
		char chunk[65536];
		ssize_t n;
		while ((n = read(STDIN_FILENO, chunk, sizeof(chunk))) > 0)
			buf_add(&in, chunk, (size_t)n);
		ana_utf8_repair(in.buf, in.len, &clean);
		print_tokens(a, clean.buf, clean.len, &pos);
		buf_release(&in);
	}
	buf_release(&clean);
	ana_free(a);
	return CMD_OK;
}
