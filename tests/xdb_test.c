/* xdb_test.c - include/xdb.h: documents, transactions, sets of shards
 * (local and served by xapian-tcpsrv), a writer's shards written on
 * threads (async_puts), and one test per mapped Xapian error. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"
#include "xdb.h"

static xdb_doc *make_doc(const char *word)
{
	xdb_doc *d = xdb_doc_new();
	assert_int_equal(xdb_doc_add_posting(d, word, strlen(word), 1, 1, NULL), 0);
	assert_int_equal(xdb_doc_add_boolean(d, "XSRCreuters", 11, NULL), 0);
	assert_int_equal(xdb_doc_set_value(d, 0, "20170321000000", 14, NULL), 0);
	assert_int_equal(xdb_doc_set_data(d, "{\"id\":1}", 8, NULL), 0);
	return d;
}

/* Whether fresh() writes each shard on a thread (xdb_set_opts.async_puts). */
static int async_puts;

/* A new writable index in a new folder (dir). */
static xdb *fresh(char dir[256])
{
	xdb *db;
	tu_tmpdir(dir);
	struct xdb_set_opts o = XDB_SET_OPTS_INIT;
	o.writable = 1;
	o.async_puts = async_puts;
	const char *spec = dir;
	assert_int_equal(xdb_open_set(&spec, 1, &o, &db, NULL), 0);
	return db;
}

static void test_roundtrip(void **state)
{
	(void)state;
	char dir[256];
	xdb *db = fresh(dir);
	struct ds_err err = DS_ERR_INIT;
	xdb_doc *d = make_doc("merger");
	assert_int_equal(xdb_begin(db, &err), 0);
	assert_int_equal(xdb_replace(db, "Qa", 2, d, &err), 0);
	assert_int_equal(xdb_replace(db, "Qa", 2, d, &err), 0);  /* replaces */
	assert_int_equal(xdb_replace(db, "Qb", 2, d, &err), 0);
	assert_int_equal(xdb_set_metadata(db, "k", "v", &err), 0);
	assert_int_equal(xdb_commit(db, &err), 0);
	xdb_doc_free(d);

	uint64_t n;
	assert_int_equal(xdb_doc_count(db, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(xdb_term_freq(db, "merger", 6, &n, &err), 0);
	assert_int_equal(n, 2);
	struct buf b = BUF_INIT;
	assert_int_equal(xdb_get_data(db, "Qa", 2, &b, &err), 0);
	assert_string_equal(b.buf, "{\"id\":1}");
	assert_int_equal(xdb_get_value(db, "Qa", 2, 0, &b, &err), 0);
	assert_string_equal(b.buf, "20170321000000");
	assert_int_equal(xdb_get_metadata(db, "k", &b, &err), 0);
	assert_string_equal(b.buf, "v");
	assert_int_equal(xdb_dump_terms(db, "Qa", 2, &b, &err), 0);
	assert_string_equal(b.buf, "Qa\nXSRCreuters\nmerger 1\n");

	/* cancelled transactions leave nothing */
	assert_int_equal(xdb_begin(db, &err), 0);
	assert_int_equal(xdb_delete(db, "Qa", 2, &err), 0);
	assert_int_equal(xdb_cancel(db, &err), 0);
	assert_int_equal(xdb_doc_count(db, &n, &err), 0);
	assert_int_equal(n, 2);

	assert_int_equal(xdb_delete(db, "Qzz", 3, &err), DS_ENOTFOUND);
	ds_err_clear(&err);
	assert_int_equal(xdb_get_data(db, "Qzz", 3, &b, &err), DS_ENOTFOUND);
	assert_string_equal(err.msg, "no document 'Qzz'");

	/* terms by prefix */
	xdb_terms *it;
	assert_int_equal(xdb_terms_new(db, "Q", 1, &it, &err), 0);
	const char *t;
	size_t len;
	assert_int_equal(xdb_terms_next(it, &t, &len, &err), 1);
	assert_string_equal(t, "Qa");
	assert_int_equal(xdb_terms_next(it, &t, &len, &err), 1);
	assert_string_equal(t, "Qb");
	assert_int_equal(xdb_terms_next(it, &t, &len, &err), 0);
	xdb_terms_free(it);

	buf_release(&b);
	xdb_close(db);
	tu_rmtree(dir);
}

/* An edit in place: values set, terms added, a prefix's terms dropped,
 * the data replaced; the other terms and their positions kept; cancelled
 * with its transaction; a missing document named. */
static void test_edit(void **state)
{
	(void)state;
	char dir[256];
	xdb *db = fresh(dir);
	struct ds_err err = DS_ERR_INIT;
	xdb_doc *d = make_doc("merger");
	assert_int_equal(xdb_doc_add_boolean(d, "XDPO1:acme", 10, NULL), 0);
	assert_int_equal(xdb_doc_add_boolean(d, "XDPO1:acme-corp", 15, NULL), 0);
	assert_int_equal(xdb_begin(db, &err), 0);
	assert_int_equal(xdb_replace(db, "Qa", 2, d, &err), 0);
	assert_int_equal(xdb_commit(db, &err), 0);
	xdb_doc_free(d);

	const unsigned slots[] = {7};
	const char *values[] = {"d0123"};
	const char *terms[] = {"XDEALd0123"};
	struct xdb_edit e = {
		.slots = slots, .values = values, .nvalues = 1,
		.terms = terms, .nterms = 1, .drop_prefix = "XDPO",
		.data = "{\"id\":2}", .data_len = 8,
	};
	struct buf b = BUF_INIT;
	assert_int_equal(xdb_begin(db, &err), 0);
	assert_int_equal(xdb_edit_doc(db, "Qa", 2, &e, &err), 0);
	assert_int_equal(xdb_cancel(db, &err), 0);
	assert_int_equal(xdb_dump_terms(db, "Qa", 2, &b, &err), 0);
	assert_string_equal(b.buf, "Qa\nXDPO1:acme\nXDPO1:acme-corp\n"
				   "XSRCreuters\nmerger 1\n");

	assert_int_equal(xdb_begin(db, &err), 0);
	assert_int_equal(xdb_edit_doc(db, "Qa", 2, &e, &err), 0);
	assert_int_equal(xdb_commit(db, &err), 0);
	assert_int_equal(xdb_dump_terms(db, "Qa", 2, &b, &err), 0);
	assert_string_equal(b.buf, "Qa\nXDEALd0123\nXSRCreuters\nmerger 1\n");
	assert_int_equal(xdb_get_value(db, "Qa", 2, 7, &b, &err), 0);
	assert_string_equal(b.buf, "d0123");
	assert_int_equal(xdb_get_value(db, "Qa", 2, 0, &b, &err), 0);
	assert_string_equal(b.buf, "20170321000000");
	assert_int_equal(xdb_get_data(db, "Qa", 2, &b, &err), 0);
	assert_string_equal(b.buf, "{\"id\":2}");
	uint64_t n;
	assert_int_equal(xdb_doc_count(db, &n, &err), 0);
	assert_int_equal(n, 1);

	assert_int_equal(xdb_edit_doc(db, "Qzz", 3, &e, &err), DS_ENOTFOUND);
	assert_string_equal(err.msg, "no document 'Qzz'");
	buf_release(&b);
	xdb_close(db);
	tu_rmtree(dir);
}

/* A slot's bounds: the least and greatest values written, "" for none. */
/* One story for test_recent(): its id term, date (slot 0), a value in
 * slot 3 and a boolean term. */
static void put_dated(xdb *db, const char *idterm, const char *date,
		      const char *term)
{
	xdb_doc *d = xdb_doc_new();
	assert_int_equal(xdb_doc_add_boolean(d, idterm, strlen(idterm), NULL), 0);
	assert_int_equal(xdb_doc_add_boolean(d, term, strlen(term), NULL), 0);
	if (*date)
		assert_int_equal(xdb_doc_set_value(d, 0, date, strlen(date),
						   NULL), 0);
	assert_int_equal(xdb_doc_set_value(d, 3, idterm, strlen(idterm), NULL), 0);
	assert_int_equal(xdb_replace(db, idterm, strlen(idterm), d, NULL), 0);
	xdb_doc_free(d);
}

/* The writer's lookups: any of the terms, one document left out, a date
 * range, newest first, a limit; what the open transaction wrote is seen
 * as what was committed. */
static void test_recent(void **state)
{
	(void)state;
	char dir[256];
	xdb *db = fresh(dir);
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(xdb_begin(db, &err), 0);
	put_dated(db, "Qa", "19870301000000", "XPa");
	put_dated(db, "Qb", "19870305000000", "XPb");
	put_dated(db, "Qc", "19870303000000", "XPa");
	assert_int_equal(xdb_commit(db, &err), 0);
	assert_int_equal(xdb_begin(db, &err), 0);   /* left open */
	put_dated(db, "Qd", "19870305000000", "XPb");   /* Qb's date */
	put_dated(db, "Qe", "", "XPa");                 /* undated */
	put_dated(db, "Qf", "19870901000000", "XPa");   /* out of range */
	put_dated(db, "Qg", "19870304000000", "XPz");   /* no such term */

	const char *terms[] = {"XPa", "XPb", "XPnone", "XPa"};
	size_t lens[] = {3, 3, 6, 3};
	const unsigned slots[] = {3, 0};
	struct xdb_recent q = {
		.terms = terms, .lens = lens, .nterms = 4,
		.skip = "Qc", .skiplen = 2, .date_slot = 0,
		.lo = "19870301000000", .hi = "19870401000000",
		.slots = slots, .nslots = 2, .limit = 10,
	};
	struct xdb_result r;
	assert_int_equal(xdb_recent_docs(db, &q, &r, &err), 0);
	const char *want[] = {"Qb", "Qd", "Qa"};   /* equal dates by docid */
	assert_int_equal(r.total, 3);
	assert_int_equal(r.nhits, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(r.hits[i].values[0].v, want[i]);
		assert_non_null(r.hits[i].values[1].v);
	}
	xdb_result_release(&r);

	/* open ends: the undated last; the limit keeps the newest */
	q.lo = q.hi = NULL;
	q.skip = NULL;
	q.limit = 2;
	assert_int_equal(xdb_recent_docs(db, &q, &r, &err), 0);
	assert_int_equal(r.total, 6);
	assert_int_equal(r.nhits, 2);
	assert_string_equal(r.hits[0].values[0].v, "Qf");
	assert_string_equal(r.hits[1].values[0].v, "Qb");
	xdb_result_release(&r);
	q.limit = 10;
	assert_int_equal(xdb_recent_docs(db, &q, &r, &err), 0);
	assert_int_equal(r.nhits, 6);
	assert_string_equal(r.hits[5].values[0].v, "Qe");
	assert_null(r.hits[5].values[1].v);
	xdb_result_release(&r);

	/* no terms, or only one too long for Xapian: nothing */
	char longt[300];
	memset(longt, 'x', sizeof(longt));
	const char *lt[] = {longt};
	size_t ll[] = {sizeof(longt)};
	q.terms = lt;
	q.lens = ll;
	q.nterms = 1;
	assert_int_equal(xdb_recent_docs(db, &q, &r, &err), 0);
	assert_int_equal(r.total, 0);
	assert_int_equal(r.nhits, 0);
	xdb_result_release(&r);
	q.nterms = 0;
	assert_int_equal(xdb_recent_docs(db, &q, &r, &err), 0);
	assert_int_equal(r.nhits, 0);
	xdb_result_release(&r);

	assert_int_equal(xdb_cancel(db, &err), 0);
	xdb_close(db);
	tu_rmtree(dir);
}

/* Written on a thread: the same answers, the same documents. */
static void test_edit_async(void **state)
{
	async_puts = 1;
	test_edit(state);
	async_puts = 0;
}

static void test_recent_async(void **state)
{
	async_puts = 1;
	test_recent(state);
	async_puts = 0;
}

/* The ids of xdb_recent_docs()'s hits for one term (slot 3), ' ' after
 * each. */
static void recent_ids(xdb *db, const char *term, struct buf *out)
{
	const char *terms[] = {term};
	size_t lens[] = {strlen(term)};
	const unsigned slots[] = {3};
	struct xdb_recent q = {
		.terms = terms, .lens = lens, .nterms = 1, .date_slot = 0,
		.slots = slots, .nslots = 1, .limit = 10,
	};
	struct xdb_result r;
	assert_int_equal(xdb_recent_docs(db, &q, &r, NULL), 0);
	buf_reset(out);
	for (size_t i = 0; i < r.nhits; i++)
		buf_addf(out, "%s ", r.hits[i].values[0].v);
	xdb_result_release(&r);
}

/*
 * A writer with async_puts: lookups between puts answer as writing in
 * line would, whether they may read the last commit (no term of the open
 * batch) or must not (a document it put, replaced, edited or deleted).
 */
static void test_async_lookups(void **state)
{
	(void)state;
	char dir[256];
	async_puts = 1;
	xdb *db = fresh(dir);
	async_puts = 0;
	struct ds_err err = DS_ERR_INIT;
	struct buf b = BUF_INIT;
	uint64_t n;
	assert_int_equal(xdb_begin(db, &err), 0);
	put_dated(db, "Qa", "19870301000000", "XPa");
	put_dated(db, "Qb", "19870305000000", "XPb");
	put_dated(db, "Qc", "19870303000000", "XPa");
	/* not committed yet: seen all the same */
	recent_ids(db, "XPa", &b);
	assert_string_equal(b.buf, "Qc Qa ");
	assert_int_equal(xdb_commit(db, &err), 0);

	assert_int_equal(xdb_begin(db, &err), 0);
	/* a term of no document of the batch: read from the last commit */
	recent_ids(db, "XPb", &b);
	assert_string_equal(b.buf, "Qb ");
	/* Qc replaced by a version without XPa: gone from XPa's list,
	 * though XPa is no term of the batch */
	put_dated(db, "Qc", "19870303000000", "XPq");
	recent_ids(db, "XPa", &b);
	assert_string_equal(b.buf, "Qa ");
	assert_int_equal(xdb_term_freq(db, "XPa", 3, &n, &err), 0);
	assert_int_equal(n, 1);
	recent_ids(db, "XPq", &b);
	assert_string_equal(b.buf, "Qc ");
	/* a put of the batch, found by its id */
	put_dated(db, "Qd", "19870306000000", "XPb");
	assert_int_equal(xdb_get_value(db, "Qd", 2, 3, &b, &err), 0);
	assert_string_equal(b.buf, "Qd");
	recent_ids(db, "XPb", &b);
	assert_string_equal(b.buf, "Qd Qb ");
	/* a deletion: gone from its term's list and by its id */
	assert_int_equal(xdb_delete(db, "Qb", 2, &err), 0);
	recent_ids(db, "XPb", &b);
	assert_string_equal(b.buf, "Qd ");
	assert_int_equal(xdb_get_data(db, "Qb", 2, &b, &err), DS_ENOTFOUND);
	ds_err_clear(&err);
	/* an edit that adds a term: found by it */
	const char *terms[] = {"XDEALd1"};
	struct xdb_edit e = {.terms = terms, .nterms = 1};
	assert_int_equal(xdb_edit_doc(db, "Qa", 2, &e, &err), 0);
	recent_ids(db, "XDEALd1", &b);
	assert_string_equal(b.buf, "Qa ");
	/* by docid, as in line: a replaced document keeps its own, a new
	 * one comes last; values from the batch's version */
	put_dated(db, "Qc", "19870307000000", "XPb");
	put_dated(db, "Qe", "19870308000000", "XPb");
	const unsigned slot0[] = {0, 3};
	struct xdb_result r;
	assert_int_equal(xdb_term_docs(db, "XPb", 3, slot0, 2, 10, &r, &err), 0);
	assert_int_equal(r.total, 3);
	assert_int_equal(r.nhits, 3);
	assert_string_equal(r.hits[0].values[1].v, "Qc");
	assert_string_equal(r.hits[0].values[0].v, "19870307000000");
	assert_string_equal(r.hits[1].values[1].v, "Qd");
	assert_string_equal(r.hits[2].values[1].v, "Qe");
	xdb_result_release(&r);
	assert_int_equal(xdb_term_docs(db, "XPb", 3, slot0, 2, 1, &r, &err), 0);
	assert_int_equal(r.total, 3);
	assert_int_equal(r.nhits, 1);
	xdb_result_release(&r);
	int has;
	assert_int_equal(xdb_has_term(db, "XPq", 3, &has, &err), 0);
	assert_false(has);    /* Qc, replaced again, has it no more */
	/* cancelled: the last commit again, and lookups read it */
	assert_int_equal(xdb_cancel(db, &err), 0);
	recent_ids(db, "XPb", &b);
	assert_string_equal(b.buf, "Qb ");
	recent_ids(db, "XPa", &b);
	assert_string_equal(b.buf, "Qc Qa ");
	recent_ids(db, "XDEALd1", &b);
	assert_string_equal(b.buf, "");
	assert_int_equal(xdb_doc_count(db, &n, &err), 0);
	assert_int_equal(n, 3);
	buf_release(&b);
	xdb_close(db);
	tu_rmtree(dir);
}

/* ---- the same answers, written on threads or in line -------------- */

/* A deterministic stream of choices (a linear congruential generator). */
static unsigned lcg(unsigned *seed, unsigned n)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) % n;
}

static const char *const rx[] = {"XA", "XB", "XC", "XD"};

/* What the lookups between puts answer for every id and term, one line
 * each (appended to out); a term's count first when asked (the first
 * lookup after a commit or a cancel reads the new commit, whichever it
 * is). */
static void observe(xdb *db, int count_first, struct buf *out)
{
	struct buf v = BUF_INIT;
	struct ds_err e = DS_ERR_INIT;
	if (count_first) {
		uint64_t f = 0;
		xdb_term_freq(db, "XA", 2, &f, NULL);
		buf_addf(out, "XA first: %llu\n", (unsigned long long)f);
	}
	for (int d = 0; d < 8; d++) {
		char id[4];
		snprintf(id, sizeof(id), "Q%d", d);
		int rc = xdb_get_value(db, id, 2, 1, &v, &e);
		ds_err_clear(&e);
		uint64_t f = 0;
		xdb_term_freq(db, id, 2, &f, NULL);
		buf_addf(out, "%s: %d %s %llu\n", id, rc, rc ? "" : v.buf,
			 (unsigned long long)f);
	}
	const unsigned slots[] = {0, 1, 2};
	for (size_t t = 0; t < 4; t++) {
		struct xdb_result r;
		uint64_t f = 0;
		xdb_term_freq(db, rx[t], 2, &f, NULL);
		assert_int_equal(xdb_term_docs(db, rx[t], 2, slots, 3, 3, &r,
					       NULL), 0);
		buf_addf(out, "%s: %llu, %llu:", rx[t], (unsigned long long)f,
			 (unsigned long long)r.total);
		for (size_t h = 0; h < r.nhits; h++)
			for (size_t k = 0; k < 3; k++)
				buf_addf(out, " %s", r.hits[h].values[k].v ?
					 r.hits[h].values[k].v : "-");
		xdb_result_release(&r);
		const char *terms[] = {rx[t], rx[(t + 1) % 4]};
		size_t lens[] = {2, 2};
		struct xdb_recent q = {
			.terms = terms, .lens = lens, .nterms = 2,
			.skip = "Q3", .skiplen = 2, .date_slot = 0, .lo = "2",
			.slots = slots, .nslots = 3, .limit = 4,
		};
		assert_int_equal(xdb_recent_docs(db, &q, &r, NULL), 0);
		buf_addf(out, "; recent %llu:", (unsigned long long)r.total);
		for (size_t h = 0; h < r.nhits; h++)
			buf_addf(out, " %s", r.hits[h].values[1].v);
		xdb_result_release(&r);
		buf_addch(out, '\n');
	}
	buf_release(&v);
}

/* One random step on both: a put, a deletion, an edit, a commit or a
 * cancel (each followed by a begin). */
static void step(xdb *db[2], unsigned *seed, int op)
{
	unsigned what = lcg(seed, 20);
	char id[4], date[4], tag[8];
	snprintf(id, sizeof(id), "Q%u", lcg(seed, 8));
	snprintf(tag, sizeof(tag), "v%d", op);
	int rc[2];
	if (what < 10) {
		unsigned mask = lcg(seed, 16);
		snprintf(date, sizeof(date), "%u", lcg(seed, 10));
		for (int i = 0; i < 2; i++) {
			xdb_doc *d = xdb_doc_new();
			for (int x = 0; x < 4; x++)
				if (mask & (1u << x))
					xdb_doc_add_boolean(d, rx[x], 2, NULL);
			xdb_doc_set_value(d, 0, date, strlen(date), NULL);
			xdb_doc_set_value(d, 1, id, strlen(id), NULL);
			xdb_doc_set_value(d, 2, tag, strlen(tag), NULL);
			rc[i] = xdb_replace(db[i], id, 2, d, NULL);
			xdb_doc_free(d);
		}
	} else if (what < 13) {
		for (int i = 0; i < 2; i++)
			rc[i] = xdb_delete(db[i], id, 2, NULL);
	} else if (what < 16) {
		const unsigned sl[] = {2};
		const char *vals[] = {tag};
		const char *terms[] = {"XD"};
		struct xdb_edit e = {
			.slots = sl, .values = vals, .nvalues = 1, .terms = terms,
			.nterms = lcg(seed, 2), .drop_prefix = lcg(seed, 2) ? "XB" : NULL,
		};
		for (int i = 0; i < 2; i++)
			rc[i] = xdb_edit_doc(db[i], id, 2, &e, NULL);
	} else {
		int commit = what < 18;
		for (int i = 0; i < 2; i++) {
			rc[i] = commit ? xdb_commit(db[i], NULL) :
					 xdb_cancel(db[i], NULL);
			assert_int_equal(xdb_begin(db[i], NULL), 0);
		}
	}
	assert_int_equal(rc[0], rc[1]);
}

/* Two shard sets of n shards, in line (db[0]) and on threads (db[1]). */
static void open_pair(char *const dir[2], unsigned n, xdb *db[2])
{
	for (int i = 0; i < 2; i++) {
		char spec[3][300];
		const char *specs[3];
		for (unsigned k = 0; k < n; k++) {
			snprintf(spec[k], sizeof(spec[k]), "%s/s%u", dir[i], k);
			specs[k] = spec[k];
		}
		struct xdb_set_opts o = XDB_SET_OPTS_INIT;
		o.writable = 1;
		o.async_puts = i;
		assert_int_equal(xdb_open_set(specs, n, &o, &db[i], NULL), 0);
	}
}

/*
 * Random puts (a document again in the same batch, new terms, old ones
 * dropped), deletions (then puts again), edits, commits and cancels on
 * one, two and three shards, some ids in a shard their hash does not
 * name (written before the third shard was added): after every step the
 * lookups between puts answer on threads as in line, ids, values, order,
 * totals.
 */
static void test_async_as_inline(void **state)
{
	(void)state;
	for (unsigned n = 1; n <= 3; n++)
		for (unsigned run = 0; run < 12; run++) {
			char d0[256], d1[256];
			char *const dir[2] = {d0, d1};
			xdb *db[2];
			unsigned seed = 1000 * n + run;
			tu_tmpdir(d0);
			tu_tmpdir(d1);
			if (n == 3 && run % 2) {
				/* eight stories on two shards first */
				open_pair(dir, 2, db);
				for (int i = 0; i < 2; i++)
					assert_int_equal(xdb_begin(db[i], NULL), 0);
				for (int op = 0; op < 8; op++) {
					unsigned s2 = seed;
					step(db, &s2, op);
				}
				for (int i = 0; i < 2; i++) {
					assert_int_equal(xdb_commit(db[i], NULL), 0);
					xdb_close(db[i]);
				}
			}
			open_pair(dir, n, db);
			for (int i = 0; i < 2; i++)
				assert_int_equal(xdb_begin(db[i], NULL), 0);
			struct buf a = BUF_INIT, b = BUF_INIT;
			for (int op = 0; op < 60; op++) {
				step(db, &seed, op);
				buf_reset(&a);
				buf_reset(&b);
				int count_first = op % 2;
				observe(db[0], count_first, &a);
				observe(db[1], count_first, &b);
				if (strcmp(a.buf, b.buf))
					fail_msg("%u shard(s), run %u, step %d: "
						 "in line\n%son threads\n%s", n,
						 run, op, a.buf, b.buf);
			}
			buf_release(&a);
			buf_release(&b);
			for (int i = 0; i < 2; i++)
				xdb_close(db[i]);
			tu_rmtree(d0);
			tu_rmtree(d1);
		}
}

static void test_value_bounds(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	xdb *db;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(xdb_open_writable(dir, &db, &err), 0);
	static const char *const dates[] = {"20170321000000", "19870226120000",
					    "20180101000000"};
	for (size_t i = 0; i < ARRAY_SIZE(dates); i++) {
		xdb_doc *d = make_doc("merger");
		assert_int_equal(xdb_doc_set_value(d, 0, dates[i], 14, &err), 0);
		char id[8];
		snprintf(id, sizeof(id), "Q%zu", i);
		assert_int_equal(xdb_replace(db, id, strlen(id), d, &err), 0);
		xdb_doc_free(d);
	}
	assert_int_equal(xdb_commit(db, &err), 0);
	struct buf lo = BUF_INIT, hi = BUF_INIT;
	assert_int_equal(xdb_value_bounds(db, 0, &lo, &hi, &err), 0);
	assert_string_equal(lo.buf, "19870226120000");
	assert_string_equal(hi.buf, "20180101000000");
	assert_int_equal(xdb_value_bounds(db, 7, &lo, &hi, &err), 0);
	assert_string_equal(lo.buf, "");
	assert_string_equal(hi.buf, "");
	buf_release(&lo);
	buf_release(&hi);
	xdb_close(db);
	tu_rmtree(dir);
}

static void test_locked(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	xdb *a, *b;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(xdb_open_writable(dir, &a, &err), 0);
	assert_int_equal(xdb_open_writable(dir, &b, &err), DS_ELOCKED);
	assert_null(b);
	assert_non_null(strstr(err.msg, "database is locked"));
	xdb_close(a);
	tu_rmtree(dir);
}

/* One commit adding document `id` with word w. */
static void commit_one(xdb *db, const char *id, const char *w)
{
	xdb_doc *d = make_doc(w);
	assert_int_equal(xdb_begin(db, NULL), 0);
	assert_int_equal(xdb_replace(db, id, strlen(id), d, NULL), 0);
	assert_int_equal(xdb_commit(db, NULL), 0);
	xdb_doc_free(d);
}

/* Compaction: smaller, the same documents and metadata; a reader open
 * across it moves to the compacted database and sees what is written
 * after; refused while a writer holds the lock. */
static void test_compact(void **state)
{
	(void)state;
	char dir[256];
	xdb *w = fresh(dir);
	char id[16];
	for (int i = 0; i < 40; i++) {
		snprintf(id, sizeof(id), "Q%d", i);
		commit_one(w, id, i % 2 ? "merger" : "stake");
	}
	assert_int_equal(xdb_begin(w, NULL), 0);
	assert_int_equal(xdb_set_metadata(w, "dealsearch.batch", "40", NULL), 0);
	assert_int_equal(xdb_commit(w, NULL), 0);
	uint64_t before, after;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(xdb_compact(dir, &before, &after, &err), DS_ELOCKED);
	xdb_close(w);

	xdb *r;
	assert_int_equal(xdb_open_readonly(dir, &r, NULL), 0);
	ds_err_clear(&err);
	assert_int_equal(xdb_compact(dir, &before, &after, &err), 0);
	assert_true(after > 0 && after < before);
	/* the copy's folder is gone */
	char copy[300];
	snprintf(copy, sizeof(copy), "%s%s", dir, XDB_COMPACT_SUFFIX);
	struct stat st;
	assert_int_equal(stat(copy, &st), -1);

	/* the reader still reads its snapshot, then the compacted one and
	 * a later commit */
	uint64_t n;
	assert_int_equal(xdb_doc_count(r, &n, NULL), 0);
	assert_int_equal(n, 40);
	assert_int_equal(xdb_open_writable(dir, &w, NULL), 0);
	commit_one(w, "Qnew", "merger");
	xdb_close(w);
	assert_int_equal(xdb_reopen(r, NULL), 0);
	assert_int_equal(xdb_doc_count(r, &n, NULL), 0);
	assert_int_equal(n, 41);
	assert_int_equal(xdb_term_freq(r, "merger", 6, &n, NULL), 0);
	assert_int_equal(n, 21);
	struct buf b = BUF_INIT;
	assert_int_equal(xdb_get_metadata(r, "dealsearch.batch", &b, NULL), 0);
	assert_string_equal(b.buf, "40");
	assert_int_equal(xdb_get_data(r, "Q7", 2, &b, NULL), 0);
	assert_string_equal(b.buf, "{\"id\":1}");
	buf_release(&b);
	xdb_close(r);
	tu_rmtree(dir);
}

static void test_missing(void **state)
{
	(void)state;
	xdb *db;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(xdb_open_readonly("/nonexistent/xapian", &db, &err),
			 DS_EOPEN);
	assert_null(db);
	assert_true(err.msg[0] != '\0');
}

static void test_corrupt(void **state)
{
	(void)state;
	char dir[256], path[300];
	tu_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/iamglass", dir);
	FILE *f = fopen(path, "w");
	fputs("this is not a xapian version file", f);
	fclose(f);
	xdb *db;
	struct ds_err err = DS_ERR_INIT;
	int rc = xdb_open_readonly(dir, &db, &err);
	assert_true(rc == DS_ECORRUPT || rc == DS_EOPEN);
	assert_null(db);
	tu_rmtree(dir);
}

static void test_bad_terms(void **state)
{
	(void)state;
	xdb_doc *d = xdb_doc_new();
	struct ds_err err = DS_ERR_INIT;
	char big[300];
	memset(big, 'a', sizeof(big));
	assert_int_equal(xdb_doc_add_posting(d, big, sizeof(big), 1, 1, &err),
			 DS_EINVAL);
	assert_non_null(strstr(err.msg, "out of range"));
	ds_err_clear(&err);
	assert_int_equal(xdb_doc_add_term(d, "", 0, 1, &err), DS_EINVAL);
	xdb_doc_free(d);
	/* writing through a reader is refused, not thrown */
	char dir[256];
	tu_tmpdir(dir);
	xdb *w, *r;
	assert_int_equal(xdb_open_writable(dir, &w, NULL), 0);
	xdb_close(w);
	assert_int_equal(xdb_open_readonly(dir, &r, NULL), 0);
	ds_err_clear(&err);
	assert_int_equal(xdb_begin(r, &err), DS_EINVAL);
	assert_string_equal(err.msg, "database is not open for writing");
	xdb_close(r);
	tu_rmtree(dir);
}

/* A builder that catches an exception says what it caught, and the error
 * travels with the query to the end. */
static void test_query_error(void **state)
{
	(void)state;
	struct ds_err err = DS_ERR_INIT;
	/* an op xdb.h does not name: Xapian throws InvalidArgumentError */
	xdb_query *q = xdb_q_combine((enum xdb_qop)99, xdb_q_term("a", 1, 0),
				     xdb_q_term("b", 1, 0));
	assert_non_null(q);
	assert_int_equal(xdb_q_error(q, &err), DS_EINVAL);
	assert_string_equal(err.msg, "invalid argument: op not valid with a "
			    "list of subqueries");
	/* combined further, the query still carries the first error */
	q = xdb_q_filter(xdb_q_combine(XDB_AND, xdb_q_all(), q));
	assert_non_null(q);
	ds_err_clear(&err);
	assert_int_equal(xdb_q_error(q, &err), DS_EINVAL);
	assert_non_null(strstr(err.msg, "op not valid"));
	struct buf d = BUF_INIT;
	xdb_q_describe(q, &d);
	assert_non_null(strstr(d.buf, "op not valid"));
	buf_release(&d);

	/* and a search refuses it with that error */
	char dir[256];
	tu_tmpdir(dir);
	xdb *db;
	assert_int_equal(xdb_open_writable(dir, &db, &err), 0);
	struct xdb_search_opts o = {0};
	o.limit = 10;
	struct xdb_result r;
	ds_err_clear(&err);
	assert_int_equal(xdb_search(db, q, &o, &r, &err), DS_EINVAL);
	assert_non_null(strstr(err.msg, "op not valid"));
	assert_int_equal(r.nhits, 0);
	assert_null(r.hits);
	xdb_q_free(q);

	/* a good query is no error; no query at all is out of memory */
	q = xdb_q_term("a", 1, 0);
	ds_err_clear(&err);
	assert_int_equal(xdb_q_error(q, &err), 0);
	assert_int_equal(err.code, 0);
	xdb_q_free(q);
	assert_int_equal(xdb_q_error(NULL, &err), DS_ENOMEM);
	xdb_close(db);
	tu_rmtree(dir);
}

/*
 * A database of 300 documents, terms enough for tables of several blocks:
 * a reader opened on it reads blocks only when asked, so a table cut
 * short afterwards makes that read fail.  Documents hold data and a facet
 * value in slot 1.
 */
static void make_big(const char *dir)
{
	xdb *db;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(xdb_open_writable(dir, &db, &err), 0);
	assert_int_equal(xdb_begin(db, &err), 0);
	for (int i = 0; i < 300; i++) {
		char t[64], data[200];
		xdb_doc *d = xdb_doc_new();
		for (int k = 0; k < 10; k++) {
			int n = snprintf(t, sizeof(t), "term%05d", i * 10 + k);
			assert_int_equal(xdb_doc_add_term(d, t, (size_t)n, 1,
							  &err), 0);
		}
		int n = snprintf(t, sizeof(t), "v%d", i % 5);
		assert_int_equal(xdb_doc_set_value(d, 1, t, (size_t)n, &err), 0);
		n = snprintf(data, sizeof(data), "{\"id\":%d,\"body\":\"%0150d\"}",
			     i, i);
		assert_int_equal(xdb_doc_set_data(d, data, (size_t)n, &err), 0);
		n = snprintf(t, sizeof(t), "Qdoc%03d", i);
		assert_int_equal(xdb_replace(db, t, (size_t)n, d, &err), 0);
		xdb_doc_free(d);
	}
	assert_int_equal(xdb_commit(db, &err), 0);
	xdb_close(db);
}

static void cut_short(const char *dir, const char *table)
{
	char path[300];
	snprintf(path, sizeof(path), "%s/%s", dir, table);
	assert_int_equal(truncate(path, 0), 0);
}

/* An index that cannot answer is an error, not a "no". */
static void test_has_term_error(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	make_big(dir);
	struct ds_err err = DS_ERR_INIT;
	xdb *ok, *broken;
	assert_int_equal(xdb_open_readonly(dir, &ok, &err), 0);
	assert_int_equal(xdb_open_readonly(dir, &broken, &err), 0);
	int found = -1;
	assert_int_equal(xdb_has_term(ok, "term01234", 9, &found, &err), 0);
	assert_int_equal(found, 1);
	assert_int_equal(xdb_has_term(ok, "nosuchterm", 10, &found, &err), 0);
	assert_int_equal(found, 0);
	assert_int_equal(err.code, 0);
	xdb_close(ok);

	cut_short(dir, "postlist.glass");
	found = -1;
	int rc = xdb_has_term(broken, "term01234", 9, &found, &err);
	assert_true(rc < 0);
	assert_int_equal(err.code, rc);
	assert_true(err.msg[0] != '\0');
	assert_int_equal(found, 0);
	xdb_close(broken);
	tu_rmtree(dir);
}

/* Searches that throw halfway give nothing back and leak nothing (the
 * ASan build checks the second part). */
static void test_search_throws(void **state)
{
	(void)state;
	char dir[256];
	tu_tmpdir(dir);
	make_big(dir);
	struct ds_err err = DS_ERR_INIT;
	xdb *db;
	assert_int_equal(xdb_open_readonly(dir, &db, &err), 0);
	unsigned slots[2] = {1, 1};
	struct xdb_search_opts o = {0};
	o.limit = 20;
	o.facet_slots = slots;
	o.nfacets = 2;
	struct xdb_result r;

	/* the whole way: hits with their data, both facets counted */
	xdb_query *q = xdb_q_all();
	assert_int_equal(xdb_search(db, q, &o, &r, &err), 0);
	assert_int_equal(r.total, 300);
	assert_int_equal(r.nhits, 20);
	assert_non_null(r.hits[0].data);
	assert_int_equal(r.nfacet[0], 5);
	assert_int_equal(r.nfacet[1], 5);
	xdb_result_release(&r);
	xdb_q_free(q);

	/* thrown inside get_mset, the spies already made */
	q = xdb_q_wildcard("term", 4, 10);
	assert_int_equal(xdb_search(db, q, &o, &r, &err), DS_EQUERY);
	assert_non_null(strstr(err.msg, "wildcard"));
	assert_null(r.hits);
	assert_null(r.facets);
	xdb_q_free(q);
	xdb_close(db);

	/* thrown while the hits' data are read, hits already allocated */
	assert_int_equal(xdb_open_readonly(dir, &db, &err), 0);
	cut_short(dir, "docdata.glass");
	ds_err_clear(&err);
	q = xdb_q_all();
	int rc = xdb_search(db, q, &o, &r, &err);
	assert_true(rc < 0);
	assert_int_equal(err.code, rc);
	assert_null(r.hits);
	assert_int_equal(r.nhits, 0);
	assert_null(r.facets);
	xdb_q_free(q);
	xdb_close(db);
	tu_rmtree(dir);
}

/* Three new writable shards in a new folder: their paths in p, the set
 * open in *db. */
static void three_shards(char p[3][300], xdb **db)
{
	char base[256];
	tu_tmpdir(base);
	const char *spec[3];
	for (int k = 0; k < 3; k++) {
		snprintf(p[k], sizeof(p[k]), "%s/s%d", base, k);
		spec[k] = p[k];
	}
	struct xdb_set_opts o = XDB_SET_OPTS_INIT;
	o.writable = 1;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(xdb_open_set(spec, 3, &o, db, &err), 0);
}

/* Documents with the word "merger" and ids prefix0..prefix(n-1), in one
 * commit. */
static void put_mergers(xdb *db, const char *prefix, int n)
{
	struct ds_err err = DS_ERR_INIT;
	char id[16];
	assert_int_equal(xdb_begin(db, &err), 0);
	for (int i = 0; i < n; i++) {
		/* a document of its own each: replace adds its id term */
		xdb_doc *d = make_doc("merger");
		snprintf(id, sizeof(id), "%s%d", prefix, i);
		assert_int_equal(xdb_replace(db, id, strlen(id), d, &err), 0);
		xdb_doc_free(d);
	}
	assert_int_equal(xdb_commit(db, &err), 0);
}

/* A set of three shards: each document in one shard, a replaced one where
 * it was, every shard's metadata set, and reads over all of them. */
static void test_shard_set(void **state)
{
	(void)state;
	char p[3][300];
	xdb *db;
	struct ds_err err = DS_ERR_INIT;
	three_shards(p, &db);
	assert_int_equal(xdb_shard_count(db), 3);
	put_mergers(db, "Qs", 30);
	assert_int_equal(xdb_begin(db, &err), 0);
	assert_int_equal(xdb_set_metadata(db, "k", "v", &err), 0);
	assert_int_equal(xdb_commit(db, &err), 0);
	/* a replacement stays in its shard: still 30 */
	assert_int_equal(xdb_begin(db, &err), 0);
	xdb_doc *d = make_doc("merger");
	assert_int_equal(xdb_replace(db, "Qs7", 3, d, &err), 0);
	assert_int_equal(xdb_commit(db, &err), 0);
	xdb_doc_free(d);
	uint64_t n;
	assert_int_equal(xdb_doc_count(db, &n, &err), 0);
	assert_int_equal(n, 30);
	struct buf b = BUF_INIT;
	for (size_t k = 0; k < 3; k++) {
		assert_int_equal(xdb_shard_metadata(db, k, "k", &b, &err), 0);
		assert_string_equal(b.buf, "v");
	}
	assert_int_equal(xdb_delete(db, "Qs7", 3, &err), 0);
	assert_int_equal(xdb_delete(db, "Qs7", 3, &err), DS_ENOTFOUND);
	xdb_close(db);
	/* each shard holds some, none all: they were spread */
	for (int k = 0; k < 3; k++) {
		xdb *one;
		assert_int_equal(xdb_open_readonly(p[k], &one, &err), 0);
		assert_int_equal(xdb_doc_count(one, &n, &err), 0);
		assert_true(n > 0 && n < 29);
		xdb_close(one);
	}
	buf_release(&b);
}

/* Collapsed hits carry their keys, read with the match: with no_data,
 * no_count and unique keys, every match is a hit with its own document's
 * value, over shards too; a document with no value has no key. */
static void test_hit_keys(void **state)
{
	(void)state;
	char p[3][300];
	xdb *db;
	struct ds_err err = DS_ERR_INIT;
	three_shards(p, &db);
	char id[16], v[32];
	assert_int_equal(xdb_begin(db, &err), 0);
	for (int i = 0; i < 12; i++) {
		xdb_doc *d = make_doc("merger");
		snprintf(v, sizeof(v), "{\"part\":%d}", i);
		if (i != 5)
			assert_int_equal(xdb_doc_set_value(d, 35, v, strlen(v),
							   &err), 0);
		snprintf(id, sizeof(id), "Qk%d", i);
		assert_int_equal(xdb_replace(db, id, strlen(id), d, &err), 0);
		xdb_doc_free(d);
	}
	assert_int_equal(xdb_commit(db, &err), 0);
	xdb_query *q = xdb_q_term("merger", 6, 0);
	struct xdb_search_opts o = {.limit = 20, .no_data = 1, .no_count = 1,
				    .collapse = 1, .collapse_slot = 35};
	struct xdb_result r;
	assert_int_equal(xdb_search(db, q, &o, &r, &err), 0);
	assert_int_equal(r.nhits, 12);
	assert_int_equal(r.total, 12);
	int seen[12] = {0}, keyless = 0;
	for (size_t i = 0; i < r.nhits; i++) {
		assert_null(r.hits[i].data);
		if (!r.hits[i].key) {
			keyless++;
			continue;
		}
		int k = -1;
		assert_int_equal(sscanf(r.hits[i].key, "{\"part\":%d}", &k), 1);
		assert_true(k >= 0 && k < 12 && k != 5);
		snprintf(v, sizeof(v), "{\"part\":%d}", k);
		assert_int_equal(r.hits[i].keylen, strlen(v));
		seen[k]++;
	}
	assert_int_equal(keyless, 1);
	for (int k = 0; k < 12; k++)
		assert_int_equal(seen[k], k != 5);
	xdb_result_release(&r);
	xdb_q_free(q);
	xdb_close(db);
}

/* xapian-tcpsrv serving `dir` on a free port of 127.0.0.1: its pid, or 0
 * when the program is missing (the test then skips). */
static pid_t serve(const char *dir, unsigned *port)
{
	if (system("command -v xapian-tcpsrv >/dev/null 2>&1") != 0)
		return 0;
	for (int attempt = 0; attempt < 20; attempt++) {
		*port = 20000 + (unsigned)(getpid() * 7 + attempt * 131) % 30000;
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			char pbuf[16];
			snprintf(pbuf, sizeof(pbuf), "%u", *port);
			setpgid(0, 0);   /* it signals its own group */
			if (!freopen("/dev/null", "w", stdout))
				_exit(127);
			execlp("xapian-tcpsrv", "xapian-tcpsrv", "--port", pbuf,
			       "--interface", "127.0.0.1", dir, (char *)NULL);
			_exit(127);
		}
		char spec[64];
		snprintf(spec, sizeof(spec), "127.0.0.1:%u", *port);
		const char *sp = spec;
		struct xdb_set_opts o = XDB_SET_OPTS_INIT;
		for (int i = 0; i < 50; i++) {
			xdb *r;
			if (xdb_open_set(&sp, 1, &o, &r, NULL) == 0) {
				xdb_close(r);
				return pid;
			}
			int st;
			if (waitpid(pid, &st, WNOHANG) == pid)
				break;   /* the port was taken: another */
			usleep(100000);
		}
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	fail_msg("xapian-tcpsrv did not start");
	return 0;
}

/* A remote shard that stops between the open and a search: an error
 * naming it, or with allow_partial the other shard's answer and its name
 * among the missing. */
static void test_remote_shard_stops(void **state)
{
	(void)state;
	char base[256], p[2][300];
	tu_tmpdir(base);
	for (int k = 0; k < 2; k++) {
		snprintf(p[k], sizeof(p[k]), "%s/s%d", base, k);
		xdb *w;
		assert_int_equal(xdb_open_writable(p[k], &w, NULL), 0);
		xdb_doc *d = make_doc("merger");
		assert_int_equal(xdb_replace(w, k ? "Qb" : "Qa", 2, d, NULL), 0);
		assert_int_equal(xdb_commit(w, NULL), 0);
		xdb_doc_free(d);
		xdb_close(w);
	}
	unsigned port;
	pid_t pid = serve(p[1], &port);
	if (!pid)
		skip();
	char spec[64];
	snprintf(spec, sizeof(spec), "127.0.0.1:%u", port);
	const char *specs[2] = {p[0], spec};
	struct ds_err err = DS_ERR_INIT;
	for (int partial = 0; partial < 2; partial++) {
		struct xdb_set_opts o = XDB_SET_OPTS_INIT;
		o.allow_partial = partial;
		xdb *db;
		assert_int_equal(xdb_open_set(specs, 2, &o, &db, &err), 0);
		xdb_query *q = xdb_q_term("merger", 6, 0);
		struct xdb_search_opts so = {.limit = 10};
		struct xdb_result r;
		assert_int_equal(xdb_search(db, q, &so, &r, &err), 0);
		assert_int_equal(r.total, 2);
		xdb_result_release(&r);
		if (partial) {
			kill(-pid, SIGTERM);
			waitpid(pid, NULL, 0);
		}
		struct buf miss = BUF_INIT;
		if (!partial) {
			/* stopped for the first pass only: restarted below */
			kill(-pid, SIGTERM);
			waitpid(pid, NULL, 0);
			ds_err_clear(&err);
			assert_int_equal(xdb_search(db, q, &so, &r, &err),
					 DS_EOPEN);
			char want[128];
			snprintf(want, sizeof(want), "shard '%s': no answer", spec);
			assert_non_null(strstr(err.msg, want));
			pid = serve(p[1], &port);
			snprintf(spec, sizeof(spec), "127.0.0.1:%u", port);
		} else {
			assert_int_equal(xdb_search(db, q, &so, &r, &err), 0);
			assert_int_equal(r.total, 1);
			xdb_result_release(&r);
			xdb_missing(db, &miss);
			assert_string_equal(miss.buf, spec);
		}
		buf_release(&miss);
		xdb_q_free(q);
		xdb_close(db);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_edit),
		cmocka_unit_test(test_shard_set),
		cmocka_unit_test(test_hit_keys),
		cmocka_unit_test(test_remote_shard_stops),
		cmocka_unit_test(test_recent),
		cmocka_unit_test(test_edit_async),
		cmocka_unit_test(test_recent_async),
		cmocka_unit_test(test_async_lookups),
		cmocka_unit_test(test_async_as_inline),
		cmocka_unit_test(test_value_bounds),
		cmocka_unit_test(test_locked),
		cmocka_unit_test(test_compact),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_corrupt),
		cmocka_unit_test(test_bad_terms),
		cmocka_unit_test(test_query_error),
		cmocka_unit_test(test_has_term_error),
		cmocka_unit_test(test_search_throws),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
