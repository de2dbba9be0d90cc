/*
 * gazetteer.c - `dealsearch gazetteer`: the names and rates users add
 * to the bundled gazetteers, kept in the index's catalog.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cmd.h"
#include "gazetteer.h"
#include "plain.h"
#include "schema.h"
#include "shards.h"

static const char usage[] =
"usage: dealsearch gazetteer [--db DIR] list [KIND]\n"
"       dealsearch gazetteer [--db DIR] add company NAME [OTHER-NAME...]\n"
"       dealsearch gazetteer [--db DIR] add person NAME [OTHER-NAME...]\n"
"       dealsearch gazetteer [--db DIR] add rate CODE USD-PER-UNIT\n"
"       dealsearch gazetteer [--db DIR] add yearly-rate CODE YEAR USD-PER-UNIT\n"
"       dealsearch gazetteer [--db DIR] rm company|person|rate|yearly-rate NAME\n"
"\n"
"Extend what the tagger knows: companies and people it should recognise\n"
"(the first NAME is the canonical one), and currency rates that replace\n"
"the bundled ones: the latest (corpus/gazetteers/rates.tsv, for undated\n"
"stories and queries) and a year's average (yearly_rates.tsv, for the\n"
"stories of that year; `rm yearly-rate CODE` removes every year added).\n"
"`list` shows the lines users added (KIND: company, person, rate,\n"
"yearly-rate).  The next `dealsearch index` re-tags every article it reads\n"
"with the changed gazetteer; `dealsearch index --retag` re-tags every\n"
"article the index holds, without reading its input again.\n"
"\n"
"options:\n"
"  --db DIR             index folder (default as for index)\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    success\n"
"  1                    rm: no such line added by a user\n"
"  2                    an error\n";

static const struct {
	const char *kind, *file;
} kinds[] = {
	{"company", "companies"}, {"person", "people"}, {"rate", "rates"},
	{"yearly-rate", "yearly_rates"},
};

static const char *file_of(const char *kind)
{
	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++)
		if (!strcmp(kinds[i].kind, kind))
			return kinds[i].file;
	return NULL;
}

static int has_ctl(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == '|')
			return 1;
	return 0;
}

/* The data line for `add`, checked by a gazetteer of the bundled files. */
static int make_line(const char *file, int argc, char **argv,
		     struct buf *line, struct ds_err *err)
{
	for (int i = 0; i < argc; i++)
		if (!*argv[i] || has_ctl(argv[i]))
			return ds_err_set(err, DS_EINVAL, "'%s': a name may not "
					  "be empty or hold '|' or control "
					  "characters", argv[i]);
	if (!strcmp(file, "rates")) {
		if (argc != 2)
			return ds_err_set(err, DS_EINVAL, "add rate needs CODE "
					  "and USD-PER-UNIT");
		buf_addf(line, "%s\t%s\tadded by a user", argv[0], argv[1]);
	} else if (!strcmp(file, "yearly_rates")) {
		if (argc != 3)
			return ds_err_set(err, DS_EINVAL, "add yearly-rate needs "
					  "CODE, YEAR and USD-PER-UNIT");
		buf_addf(line, "%s\t%s\t%s", argv[0], argv[1], argv[2]);
	} else {
		buf_addstr(line, argv[0]);
		buf_addch(line, '\t');
		for (int i = 1; i < argc; i++)
			buf_addf(line, "%s%s", i > 1 ? "|" : "", argv[i]);
	}
	struct gaz *g;
	int rc = gaz_load_bundled(&g, err);
	if (!rc)
		rc = gaz_add_line(g, file, line->buf, line->len, argv[0], err);
	gaz_free(g);
	return rc;
}

/* A data line, its tab-separated fields made safe to print (plain.h). */
static void print_line(const char *s, size_t len)
{
	const char *end = s + len;
	for (;;) {
		const char *tab = memchr(s, '\t', (size_t)(end - s));
		plain_write(stdout, s, (size_t)((tab ? tab : end) - s));
		if (!tab)
			break;
		putchar('\t');
		s = tab + 1;
	}
	putchar('\n');
}

static int list(struct cat *c, const char *kind, struct ds_err *err)
{
	const char *file = kind ? file_of(kind) : NULL;
	if (kind && !file)
		return ds_err_set(err, DS_EINVAL, "unknown kind '%s'", kind);
	struct buf rec = BUF_INIT;
	int rc = cat_gaz_records(c, "user", &rec, err);
	size_t i = 0;
	while (!rc && i < rec.len) {
		char *nl = memchr(rec.buf + i, '\n', rec.len - i);
		size_t e = nl ? (size_t)(nl - rec.buf) : rec.len;
		char *tab = memchr(rec.buf + i, '\t', e - i);
		if (tab && (!file || ((size_t)(tab - rec.buf) - i ==
				      strlen(file) &&
				      !memcmp(rec.buf + i, file, strlen(file)))))
			print_line(rec.buf + i, e - i);
		i = e + 1;
	}
	buf_release(&rec);
	return rc;
}

int cmd_gazetteer(int argc, char **argv)
{
	enum { O_DB = 256 };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL;
	int c;
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "+h", longopts)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case 'h': return cmd_usage(usage, 1);
		default: return CMD_ERROR;
		}
	}
	if (optind == argc)
		return cmd_usage(usage, 0);
	const char *verb = argv[optind++];
	int nargs = argc - optind;
	char **args = argv + optind;
	static const char *const verbs[] = {"list", "add", "rm", NULL};
	if (strcmp(verb, "list") && strcmp(verb, "add") && strcmp(verb, "rm"))
		return cmd_unknown("gazetteer command", verb, verbs,
				   CMD_PROGRAM " gazetteer --help");
	if (!strcmp(verb, "list") ? nargs > 1 :
	    nargs < (strcmp(verb, "add") ? 2 : 2))
		return cmd_usage(usage, 0);
	const char *file = NULL;
	if (strcmp(verb, "list") && !(file = file_of(args[0])))
		return cmd_error("unknown kind '%s' (company, person, rate, "
				 "yearly-rate)",
				 args[0]);

	struct ds_err err = DS_ERR_INIT;
	struct buf dir = BUF_INIT, path = BUF_INIT, line = BUF_INIT;
	struct cat *cat = NULL;
	int rc = schema_db_dir(db_opt, &dir, &err);
	if (!rc && !strcmp(verb, "add"))
		rc = make_line(file, nargs - 1, args + 1, &line, &err);
	struct shards sh = {0};
	if (!rc && !shards_exist(dir.buf))
		rc = schema_make_dirs(dir.buf, &err);
	if (!rc)
		rc = shards_read(dir.buf, &sh, &err);
	if (!rc) {
		buf_addstr(&path, sh.catalog);
		shards_release(&sh);
		rc = cat_open(path.buf, &cat, &err);
	}
	int status = CMD_OK;
	if (!rc && !strcmp(verb, "list")) {
		rc = list(cat, nargs ? args[0] : NULL, &err);
	} else if (!rc && !strcmp(verb, "add")) {
		rc = cat_gaz_add(cat, file, line.buf, &err);
	} else if (!rc) {
		int removed = 0;
		rc = cat_gaz_remove(cat, file, args[1], &removed, &err);
		if (!rc && !removed) {
			cmd_error("no %s '%s' added by a user", args[0],
				  args[1]);
			status = CMD_PARTIAL;
		}
	}
	cat_close(cat);
	buf_release(&dir);
	buf_release(&path);
	buf_release(&line);
	return rc ? cmd_fail(&err) : status;
}
