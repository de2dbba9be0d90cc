/*
 * check.c - `dealsearch check`: is the catalog in step with the index?
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cmd.h"
#include "plain.h"
#include "schema.h"
#include "shards.h"
#include "writer.h"
#include "xdb.h"

static const char usage[] =
"usage: dealsearch check [--db DIR] [--list | --doc ID]\n"
"\n"
"Compare the catalog with the index: document counts, and every article's\n"
"id and content hash in both (docs/SCHEMA.md).\n"
"\n"
"options:\n"
"  --db DIR             index folder (default as for index)\n"
"  --list               also print one line per article: id, content hash\n"
"                       and document length (postings) as the index has\n"
"                       them\n"
"  --doc ID             print what the index holds for one article: its\n"
"                       document data (JSON, tags included), its terms (with\n"
"                       positions) and its values (amounts in USD)\n"
"  -h, --help           this help\n"
"\n"
"exit status:\n"
"  0                    consistent (--doc: the article was printed)\n"
"  1                    mismatches found\n"
"  2                    an error (no index, no such article)\n";

static int list(xdb *db, struct cat *c, struct ds_err *err)
{
	struct cat_iter *it;
	int rc = cat_iter_new(c, &it, err);
	if (rc)
		return rc;
	const char *id, *hash;
	struct buf term = BUF_INIT, val = BUF_INIT;
	while ((rc = cat_iter_next(it, &id, &hash, err)) > 0) {
		uint64_t len = 0;
		schema_idterm(id, &term);
		if (xdb_get_value(db, term.buf, term.len, SLOT_HASH, &val,
				  err) ||
		    xdb_get_doclen(db, term.buf, term.len, &len, err)) {
			rc = -1;
			break;
		}
		plain_puts(stdout, id);
		printf("\t%s\t%llu\n", val.buf, (unsigned long long)len);
	}
	cat_iter_free(it);
	buf_release(&term);
	buf_release(&val);
	return rc < 0 ? rc : 0;
}

static int show_doc(xdb *db, const char *id, struct ds_err *err)
{
	struct buf term = BUF_INIT, out = BUF_INIT;
	schema_idterm(id, &term);
	int rc = xdb_get_data(db, term.buf, term.len, &out, err);
	if (!rc) {
		const char *body = schema_data_body(out.buf);
		size_t head = body > out.buf ? (size_t)(body - out.buf) - 1 :
			      out.len;
		/* data is JSON (controls escaped); the body and the terms
		 * are text from the index: plain.h, tabs and newlines as
		 * spaces */
		printf("data\t%.*s\nbody\t", (int)head, out.buf);
		plain_puts(stdout, body);
		putchar('\n');
		rc = xdb_dump_terms(db, term.buf, term.len, &out, err);
	}
	if (!rc) {
		const char *p = out.buf;
		while (*p) {
			const char *nl = strchr(p, '\n');
			fputs("term\t", stdout);
			plain_write(stdout, p, (size_t)(nl - p));
			putchar('\n');
			p = nl + 1;
		}
	}
	for (unsigned slot = 0; !rc && slot <= SLOT_FACET_COMPANIES; slot++) {
		rc = xdb_get_value(db, term.buf, term.len, slot, &out, err);
		if (rc || !out.len)
			continue;
		if (slot == SLOT_DATE || slot == SLOT_HASH ||
		    slot >= SLOT_FACETS) {
			for (size_t i = 0; i < out.len; i++)
				if (out.buf[i] == SCHEMA_FACET_SEP)
					out.buf[i] = '|';
				else if (out.buf[i] == SCHEMA_FACET_FIELD_SEP)
					out.buf[i] = ';';
			printf("value\t%u\t%s\n", slot, out.buf);
		} else {
			printf("value\t%u\t%.17g\n", slot,
			       xdb_unsortable(out.buf, out.len));
		}
	}
	buf_release(&term);
	buf_release(&out);
	return rc;
}

int cmd_check(int argc, char **argv)
{
	enum { O_DB = 256, O_LIST, O_DOC };
	static const struct option longopts[] = {
		{"db", required_argument, NULL, O_DB},
		{"list", no_argument, NULL, O_LIST},
		{"doc", required_argument, NULL, O_DOC},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL, *doc = NULL;
	int do_list = 0, c;
	optind = 0;
	while ((c = cmd_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case O_DB: db_opt = optarg; break;
		case O_LIST: do_list = 1; break;
		case O_DOC: doc = optarg; break;
		case 'h': return cmd_usage(usage, 1);
		default: return CMD_ERROR;
		}
	}
	if (optind != argc)
		return cmd_usage(usage, 0);

	struct ds_err err = DS_ERR_INIT;
	struct buf dir = BUF_INIT, path = BUF_INIT, report = BUF_INIT;
	xdb *db = NULL;
	struct cat *cat = NULL;
	int rc = cmd_index_dir(db_opt, &dir);
	if (rc)
		goto done;
	rc = CMD_ERROR;
	struct shards sh;
	if (shards_read(dir.buf, &sh, &err))
		goto done;
	struct xdb_set_opts xo = XDB_SET_OPTS_INIT;
	int bad = xdb_open_set((const char *const *)sh.spec, sh.n, &xo, &db,
			       &err) || cat_open(sh.catalog, &cat, &err);
	shards_release(&sh);
	if (bad)
		goto done;
	if (doc) {
		rc = show_doc(db, doc, &err);
		if (rc == DS_ENOTFOUND) {
			/* the id as the user gave it, not its term */
			ds_err_clear(&err);
			cmd_error("no article '%s'", doc);
		}
		rc = rc ? CMD_ERROR : CMD_OK;
		goto done;
	}
	uint64_t ndocs = 0, nbad = 0;
	int64_t batch = 0;
	if (xdb_doc_count(db, &ndocs, &err) || cat_batch(cat, &batch, &err) ||
	    ixw_verify(db, cat, &nbad, &report, &err))
		goto done;
	if (do_list && list(db, cat, &err))
		goto done;
	fprintf(do_list ? stderr : stdout, "%llu documents, batch %lld, %s\n",
		(unsigned long long)ndocs, (long long)batch,
		nbad ? "INCONSISTENT" : "consistent");
	fputs(report.buf, stderr);
	int64_t pending = 0;
	if (nbad && !cat_journal_pending(cat, &pending, &err) && pending)
		fprintf(stderr, "note: '%s': batch %lld of an interrupted run "
			"is not yet in the catalog; the next 'dealsearch "
			"index' repairs it\n", dir.buf, (long long)pending);
	ds_err_clear(&err);
	rc = nbad ? CMD_PARTIAL : CMD_OK;
done:
	if (err.code)
		cmd_error("cannot check '%s': %s", dir.buf, err.msg);
	xdb_close(db);
	cat_close(cat);
	buf_release(&dir);
	buf_release(&path);
	buf_release(&report);
	return rc;
}
