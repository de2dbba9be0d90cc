/*
 * render.c - search results as text, JSON and CSV (render.h).
 */
#include "render.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "money.h"
#include "plain.h"
#include "schema.h"

static const char *str(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* The deal summary of a stored document's tags. */
static json_t *deal_json(json_t *tags)
{
	json_t *d = json_object_get(tags, "deal");
	const char *type = str(d, "type");
	if (!type || !strcmp(type, "none"))
		return json_null();
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string(type));
	json_object_set_new(o, "status", json_string(str(d, "status") ?
						     str(d, "status") : "none"));
	json_object_set_new(o, "rejected",
			    json_boolean(json_is_true(json_object_get(d,
								"rejected"))));
	static const char *const roles[] = {"acquirer", "target", "seller"};
	for (size_t i = 0; i < 3; i++) {
		json_t *v = json_object_get(d, roles[i]);
		json_object_set_new(o, roles[i], v ? json_incref(v) :
				    json_null());
	}
	static const char *const lists[] = {"investors", "parties"};
	for (size_t i = 0; i < 2; i++) {
		json_t *v = json_object_get(d, lists[i]);
		json_object_set_new(o, lists[i], v ? json_incref(v) :
				    json_array());
	}
	json_t *a = json_object_get(d, "amount");
	json_object_set_new(o, "amount", a ? json_incref(a) : json_null());
	return o;
}

json_t *rnd_json_hit(const struct srch_hit *h)
{
	json_t *o = json_object(), *doc = h->doc;
	json_t *tags = json_object_get(doc, "tags");
	json_object_set_new(o, "rank", json_integer(h->rank));
	static const char *const keys[] = {"id", "title", "date", "source",
					   "url", "origin"};
	for (size_t i = 0; i < ARRAY_SIZE(keys); i++) {
		json_t *v = json_object_get(doc, keys[i]);
		json_object_set_new(o, keys[i], v ? json_incref(v) : json_null());
	}
	json_object_set_new(o, "score", json_real(h->score));
	json_object_set_new(o, "snippet", json_string(h->snippet));
	json_t *hl = json_array();
	for (size_t i = 0; i < h->nhl; i++)
		json_array_append_new(hl, json_pack("[I,I]",
						    (json_int_t)h->hl[i].off,
						    (json_int_t)h->hl[i].len));
	json_object_set_new(o, "highlights", hl);
	json_object_set_new(o, "deal", deal_json(tags));
	static const char *const lists[] = {"countries", "regions", "sectors",
					    "companies"};
	for (size_t i = 0; i < ARRAY_SIZE(lists); i++) {
		json_t *v = json_object_get(tags, lists[i]);
		json_object_set_new(o, lists[i], v ? json_incref(v) :
				    json_array());
	}
	return o;
}

/* The matched amount as JSON: {"text", "usd_low", "usd_high", "kind"}, or
 * null. */
static json_t *matched_json(const struct srch_amount *m)
{
	if (!m)
		return json_null();
	json_t *o = json_object();
	json_object_set_new(o, "text", m->text ? json_string(m->text) :
				       json_null());
	json_object_set_new(o, "usd_low", json_real(m->usd_low));
	json_object_set_new(o, "usd_high", json_real(m->usd_high));
	json_object_set_new(o, "kind", m->kind ? json_string(m->kind) :
				       json_null());
	return o;
}

/* Hit i of a result as JSON, with its matched amount when the query has
 * an amount condition (and only then: the key tells there is one). */
static json_t *result_hit(const struct srch_result *r, size_t i)
{
	json_t *h = rnd_json_hit(&r->hits[i]);
	if (r->amount_conditions)
		json_object_set_new(h, "matched_amount",
				    matched_json(r->hits[i].matched));
	/* only a saved query's --new run has the key */
	if (r->alerts && r->hits[i].alert)
		json_object_set(h, "alert", r->hits[i].alert);
	/* grouped by deal: the hit's record, its stories by id */
	if (r->grouped)
		json_object_set_new(h, "deal_record", r->hits[i].deal ?
				    deal_to_json(r->hits[i].deal, 1) :
				    json_null());
	return h;
}

void rnd_deal_record_line(const struct deal_rec *d, struct buf *out)
{
	if (!d)
		return;
	buf_addf(out, "%zu stor%s from %zu outlet%s", d->unique,
		 d->unique == 1 ? "y" : "ies", d->noutlets,
		 d->noutlets == 1 ? "" : "s");
	char *tl = deal_timeline(d);
	if (*tl)
		buf_addf(out, "; %s", tl);
	free(tl);
	buf_addf(out, " [%s]", d->id);
}

json_t *rnd_json_result(const struct srch_result *r, const struct rnd_opts *o)
{
	json_t *j = json_object();
	json_object_set_new(j, "query", json_string(o->query ? o->query : ""));
	json_t *filters = json_array();
	for (size_t i = 0; i < o->nfilters; i++)
		json_array_append_new(filters, json_string(o->filters[i]));
	json_object_set_new(j, "filters", filters);
	json_object_set_new(j, "total", json_integer((json_int_t)r->total));
	if (r->missing) {
		/* some shards did not answer (--allow-partial) */
		json_object_set_new(j, "partial", json_true());
		json_object_set_new(j, "missing_shards",
				    json_string(r->missing));
	}
	if (r->grouped) {
		/* what total counts, and what the facets count */
		json_object_set_new(j, "grouped", json_string("deal"));
		json_object_set_new(j, "stories",
				    json_integer((json_int_t)r->stories));
	}
	json_object_set_new(j, "facets_count", json_string("stories"));
	if (r->counted < r->stories) {
		/* estimates: scaled from the first `counted` stories */
		json_object_set_new(j, "facets_estimated", json_true());
		json_object_set_new(j, "facets_counted",
				    json_integer((json_int_t)r->counted));
		json_object_set_new(j, "total_estimated", json_true());
	}
	json_object_set_new(j, "offset", json_integer(o->offset));
	json_object_set_new(j, "limit", json_integer(o->limit));
	json_object_set_new(j, "took_ms", json_real(round(r->ms * 1000) / 1000));
	json_t *hits = json_array();
	for (size_t i = 0; i < r->nhits; i++)
		json_array_append_new(hits, result_hit(r, i));
	json_object_set_new(j, "hits", hits);
	json_t *facets = json_object();
	for (size_t f = 0; f < r->nfacets; f++) {
		const struct srch_facet_result *fr = &r->facets[f];
		json_t *a = json_array();
		for (size_t k = 0; k < fr->n; k++)
			json_array_append_new(a, json_pack("{s:s,s:I}",
				"value", fr->v[k].value, "count",
				(json_int_t)fr->v[k].count));
		json_t *fo = json_object();
		json_object_set_new(fo, "values", a);
		json_object_set_new(fo, "none", json_integer(
					(json_int_t)fr->none));
		json_object_set_new(facets, srch_facet_name(fr->facet), fo);
	}
	json_object_set_new(j, "facets", facets);
	return j;
}

int rnd_json(const struct srch_result *r, const struct rnd_opts *o, FILE *out)
{
	json_t *j = rnd_json_result(r, o);
	int rc = json_dumpf(j, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
			    JSON_REAL_PRECISION(12));
	fputc('\n', out);
	json_decref(j);
	return rc;
}

int rnd_jsonl(const struct srch_result *r, FILE *out)
{
	int rc = 0;
	for (size_t i = 0; i < r->nhits && !rc; i++) {
		json_t *h = result_hit(r, i);
		rc = json_dumpf(h, out, JSON_COMPACT | JSON_PRESERVE_ORDER |
				JSON_REAL_PRECISION(12));
		fputc('\n', out);
		json_decref(h);
	}
	return rc || ferror(out) ? -1 : 0;
}

/* ---- CSV ------------------------------------------------------------------ */

/*
 * One cell: quoted when it holds a separator or a quote (RFC 4180).  A
 * text cell that a spreadsheet would read as a formula ("=HYPERLINK(...)",
 * "@SUM(...)", "+1", "-1", or one starting with a tab or CR) gets a
 * leading ' and quotes, as OWASP advises; the numbers this program writes
 * itself (rank, score, amounts, never negative) are written as they are.
 */
static void csv_cell(FILE *out, const char *s, int text, int last)
{
	int formula = text && s && *s && strchr("=+-@\t\r", *s);
	if (s && (formula || strpbrk(s, ",\"\r\n"))) {
		fputs(formula ? "\"'" : "\"", out);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', out);
			fputc(*s, out);
		}
		fputc('"', out);
	} else if (s) {
		fputs(s, out);
	}
	fputs(last ? "\r\n" : ",", out);
}

static void csv_field(FILE *out, const char *s, int last)
{
	csv_cell(out, s, 1, last);
}

static void csv_num(FILE *out, json_t *v, int last)
{
	char tmp[64] = "";
	if (json_is_number(v))
		snprintf(tmp, sizeof(tmp), "%.15g", json_number_value(v));
	csv_cell(out, tmp, 0, last);
}

static void csv_usd(FILE *out, double v, int last)
{
	char tmp[64];
	snprintf(tmp, sizeof(tmp), "%.15g", v);
	csv_cell(out, tmp, 0, last);
}

/* A list's strings in one cell, joined with "; " (a name holds no ';'
 * that matters: the cell is quoted when it has one). */
static void csv_list(FILE *out, json_t *list, int last)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < json_array_size(list); i++) {
		const char *s = json_string_value(json_array_get(list, i));
		if (s)
			buf_addf(&b, "%s%s", b.len ? "; " : "", s);
	}
	csv_field(out, b.buf, last);
	buf_release(&b);
}

/*
 * The header: one for every query, so that the files of several queries
 * line up.  The first fifteen columns are those of older versions, in
 * their order; the matched_* cells are empty without an amount condition.
 */
static const char csv_header[] =
	"rank,id,date,title,source,url,score,type,status,acquirer,target,"
	"amount,amount_usd,amount_usd_low,amount_usd_high,matched_amount,"
	"matched_usd_low,matched_usd_high,matched_kind,seller,investors,"
	"parties,countries,regions,sectors,companies,snippet";

int rnd_csv(const struct srch_result *r, FILE *out)
{
	/* a saved query's --new run adds the alert last */
	fputs(csv_header, out);
	if (r->alerts)
		fputs(",alert", out);
	/* grouped by deal: the record after all that */
	if (r->grouped)
		fputs(",deal_id,deal_stories,deal_outlets,deal_timeline", out);
	fputs("\r\n", out);
	struct buf alert = BUF_INIT;
	for (size_t i = 0; i < r->nhits; i++) {
		json_t *h = rnd_json_hit(&r->hits[i]);
		char num[32];
		snprintf(num, sizeof(num), "%u", r->hits[i].rank);
		csv_cell(out, num, 0, 0);
		csv_field(out, str(h, "id"), 0);
		csv_field(out, str(h, "date"), 0);
		csv_field(out, str(h, "title"), 0);
		csv_field(out, str(h, "source"), 0);
		csv_field(out, str(h, "url"), 0);
		snprintf(num, sizeof(num), "%.4f", r->hits[i].score);
		csv_cell(out, num, 0, 0);
		json_t *d = json_object_get(h, "deal");
		json_t *a = json_object_get(d, "amount");
		csv_field(out, str(d, "type"), 0);
		csv_field(out, str(d, "status"), 0);
		csv_field(out, str(d, "acquirer"), 0);
		csv_field(out, str(d, "target"), 0);
		csv_field(out, str(a, "text"), 0);
		csv_num(out, json_object_get(a, "usd"), 0);
		csv_num(out, json_object_get(a, "usd_low"), 0);
		csv_num(out, json_object_get(a, "usd_high"), 0);
		const struct srch_amount *m = r->hits[i].matched;
		csv_field(out, m ? m->text : NULL, 0);
		if (m) {
			csv_usd(out, m->usd_low, 0);
			csv_usd(out, m->usd_high, 0);
		} else {
			csv_cell(out, "", 0, 0);
			csv_cell(out, "", 0, 0);
		}
		csv_field(out, m ? m->kind : NULL, 0);
		csv_field(out, str(d, "seller"), 0);
		csv_list(out, json_object_get(d, "investors"), 0);
		csv_list(out, json_object_get(d, "parties"), 0);
		static const char *const lists[] = {"countries", "regions",
						    "sectors", "companies"};
		for (size_t k = 0; k < ARRAY_SIZE(lists); k++)
			csv_list(out, json_object_get(h, lists[k]), 0);
		csv_field(out, r->hits[i].snippet, !r->alerts && !r->grouped);
		if (r->alerts) {
			buf_reset(&alert);
			rnd_alert_line(r->hits[i].alert, &alert);
			csv_field(out, alert.buf, !r->grouped);
		}
		if (r->grouped) {
			const struct deal_rec *dr = r->hits[i].deal;
			csv_field(out, dr ? dr->id : NULL, 0);
			snprintf(num, sizeof(num), "%zu", dr ? dr->unique : 0);
			csv_cell(out, dr ? num : "", 0, 0);
			snprintf(num, sizeof(num), "%zu", dr ? dr->noutlets : 0);
			csv_cell(out, dr ? num : "", 0, 0);
			char *tl = dr ? deal_timeline(dr) : NULL;
			csv_field(out, tl, 1);
			free(tl);
		}
		json_decref(h);
	}
	buf_release(&alert);
	return ferror(out) ? -1 : 0;
}

/* ---- text ------------------------------------------------------------------- */

void rnd_deal_others(json_t *deal, struct buf *out)
{
	if (str(deal, "seller"))
		buf_addf(out, "; seller %s", str(deal, "seller"));
	json_t *inv = json_object_get(deal, "investors");
	for (size_t i = 0; i < json_array_size(inv); i++)
		buf_addf(out, "%s%s", i ? ", " : "; investors ",
			 json_string_value(json_array_get(inv, i)));
}

void rnd_deal_line(json_t *tags, struct buf *out)
{
	json_t *d = json_object_get(tags, "deal");
	const char *type = str(d, "type");
	if (!type || !strcmp(type, "none"))
		return;
	buf_addf(out, "%s, %s", type, str(d, "status") ? str(d, "status") :
		 "none");
	if (json_is_true(json_object_get(d, "rejected")))
		buf_addstr(out, ", rejected");
	const char *acq = str(d, "acquirer"), *tgt = str(d, "target");
	if (acq || (tgt && schema_deal_has_buyer(type))) {
		buf_addf(out, ": %s -> %s", acq ? acq : "?", tgt ? tgt : "?");
	} else if (tgt) {
		buf_addf(out, ": %s", tgt);
	} else {
		json_t *parties = json_object_get(d, "parties");
		for (size_t i = 0; i < json_array_size(parties); i++)
			buf_addf(out, "%s%s", i ? " and " : ": ",
				 json_string_value(json_array_get(parties, i)));
	}
	rnd_deal_others(d, out);
	json_t *a = json_object_get(d, "amount");
	if (a) {
		buf_addf(out, "; %s (", str(a, "text"));
		json_t *u = json_object_get(a, "usd"),
		       *lo = json_object_get(a, "usd_low"),
		       *hi = json_object_get(a, "usd_high");
		if (json_is_number(u)) {
			money_format_usd(json_number_value(u), out);
		} else if (json_is_number(lo) && json_is_number(hi)) {
			money_format_usd(json_number_value(lo), out);
			buf_addch(out, '-');
			money_format_usd(json_number_value(hi), out);
		} else {
			buf_addstr(out, "USD unknown");
		}
		buf_addch(out, ')');
	}
}

/* A changed field's value: its text, a deal's value in USD ("$120.0M"),
 * or "none". */
static void alert_value(json_t *v, const char *text, struct buf *out)
{
	if (text)
		buf_addstr(out, text);
	else if (json_is_number(v))
		buf_addf(out, "$%.1fM", json_number_value(v) / 1e6);
	else
		buf_addstr(out, "none");
}

void rnd_alert_line(json_t *alert, struct buf *out)
{
	const char *reason = str(alert, "reason");
	if (!reason)
		return;
	buf_addstr(out, reason);
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(alert, "changes"), i, c) {
		const char *f = str(c, "field"), *from = str(c, "from"),
			   *to = str(c, "to");
		buf_addstr(out, i ? "; " : ": ");
		if (f && !strcmp(f, "text")) {
			buf_addstr(out, "text edited");
			continue;
		}
		buf_addf(out, "%s ", f ? f : "?");
		alert_value(json_object_get(c, "from"), from, out);
		buf_addstr(out, " -> ");
		alert_value(json_object_get(c, "to"), to, out);
	}
}

void rnd_matched_line(const struct srch_amount *m, struct buf *out)
{
	if (!m)
		return;
	struct buf usd = BUF_INIT;
	money_format_usd(m->usd_low, &usd);
	if (m->usd_high != m->usd_low) {
		buf_addch(&usd, '-');
		money_format_usd(m->usd_high, &usd);
	}
	if (m->text)
		buf_addf(out, "%s (%s%s%s)", m->text, usd.buf,
			 m->kind ? ", " : "", m->kind ? m->kind : "");
	else if (m->kind)
		buf_addf(out, "%s (%s)", usd.buf, m->kind);
	else
		buf_add(out, usd.buf, usd.len);
	buf_release(&usd);
}

/* A hit's line "   label: words", when there are words. */
static void labelled(FILE *out, const char *label, const struct buf *line)
{
	if (!line->len)
		return;
	fprintf(out, "   %s: ", label);
	plain_write(out, line->buf, line->len);
	fputc('\n', out);
}

/*
 * "2016-10-28 | Example Tech Daily | https://...  [sha:4e11..., score
 * 1.35]": the date, source, URL (else the input) and, in brackets, the id
 * unless it is that URL (a page's id is its canonical URL), and the score
 * when the query weighs words (`score`: NULL for a query of filters
 * alone, where every hit scores 0).
 */
static void where_line(json_t *doc, const double *score, FILE *out)
{
	const char *date = str(doc, "date"), *src = str(doc, "source");
	const char *url = str(doc, "url"), *id = str(doc, "id");
	const char *where = url ? url : str(doc, "origin");
	if (date)
		plain_write(out, date, strnlen(date, 10));
	fputs(date && src ? " | " : "", out);
	plain_puts(out, src);
	fputs((date || src) && where ? " | " : "", out);
	plain_puts(out, where);
	int show_id = id && !(url && !strcmp(id, url));
	if (show_id || score) {
		fputs(where || date || src ? "  [" : "[", out);
		plain_puts(out, show_id ? id : NULL);
		if (score)
			fprintf(out, "%sscore %.2f", show_id ? ", " : "", *score);
		fputc(']', out);
	}
	fputc('\n', out);
}

/* "2 results for grocery, filtered by type:acquisition (0.9 ms)" */
static void summary(const struct srch_result *r, const struct rnd_opts *o,
		    FILE *out)
{
	int text = o->query && *o->query;
	if (r->grouped)
		fprintf(out, "%s%llu deal%s and stories without one (%llu "
			"stor%s)", r->counted < r->stories ? "about " : "",
			(unsigned long long)r->total,
			r->total == 1 ? "" : "s",
			(unsigned long long)r->stories,
			r->stories == 1 ? "y" : "ies");
	else
		fprintf(out, "%s%llu result%s", r->counted < r->stories ?
			"about " : "", (unsigned long long)r->total,
			r->total == 1 ? "" : "s");
	fputs(text ? " for " : "", out);
	plain_puts(out, o->query);
	for (size_t i = 0; i < o->nfilters; i++) {
		fputs(i ? ", " : text ? ", filtered by " : " filtered by ", out);
		plain_puts(out, o->filters[i]);
	}
	fprintf(out, " (%.1f ms)\n", r->ms);
	if (r->missing) {
		fputs("partial: no answer from shard ", out);
		plain_puts(out, r->missing);
		fputs("; its stories are missing\n", out);
	}
}

int rnd_text(const struct srch_result *r, const struct rnd_opts *o, FILE *out)
{
	/* every string from the index or the query goes through plain_*():
	 * a title must not drive the terminal (plain.h) */
	const char *b = o->color ? "\033[1m" : "", *e = o->color ? "\033[0m" : "";
	if (!o->quiet)
		summary(r, o, out);
	struct buf line = BUF_INIT;
	for (size_t i = 0; i < r->nhits; i++) {
		const struct srch_hit *h = &r->hits[i];
		json_t *doc = h->doc, *tags = json_object_get(doc, "tags");
		const char *title = str(doc, "title");
		fprintf(out, "%s%u. %s", i || !o->quiet ? "\n" : "", h->rank, b);
		plain_puts(out, title && *title ? title : "(no headline)");
		fprintf(out, "%s\n   ", e);
		where_line(doc, r->scored ? &h->score : NULL, out);
		buf_reset(&line);
		rnd_deal_line(tags, &line);
		if (line.len) {
			fputs("   ", out);
			plain_write(out, line.buf, line.len);
			fputc('\n', out);
		}
		buf_reset(&line);
		rnd_deal_record_line(h->deal, &line);
		labelled(out, "deal", &line);
		buf_reset(&line);
		rnd_matched_line(h->matched, &line);
		labelled(out, "matched", &line);
		buf_reset(&line);
		rnd_alert_line(h->alert, &line);
		labelled(out, "alert", &line);
		fputs("   ", out);
		size_t at = 0;
		for (size_t k = 0; k < h->nhl; k++) {
			plain_write(out, h->snippet + at, h->hl[k].off - at);
			fputs(o->color ? "\033[1m" : "*", out);
			plain_write(out, h->snippet + h->hl[k].off,
				    h->hl[k].len);
			fputs(o->color ? "\033[0m" : "*", out);
			at = h->hl[k].off + h->hl[k].len;
		}
		plain_puts(out, h->snippet + at);
		fputc('\n', out);
	}
	size_t nfacets = o->quiet ? 0 : r->nfacets;
	if (nfacets)
		fputc('\n', out);
	if (nfacets && r->counted < r->stories)
		fprintf(out, "(estimated from a sample of %llu of the %llu "
			"matching stories)\n", (unsigned long long)r->counted,
			(unsigned long long)r->stories);
	for (size_t f = 0; f < nfacets; f++) {
		const struct srch_facet_result *fr = &r->facets[f];
		fprintf(out, "%s%s:%s", b, srch_facet_name(fr->facet), e);
		for (size_t k = 0; k < fr->n && k < 12; k++) {
			fputs(k ? ", " : " ", out);
			plain_puts(out, fr->v[k].value);
			fprintf(out, " %llu", (unsigned long long)fr->v[k].count);
		}
		if (fr->none)
			fprintf(out, "%s (none) %llu", fr->n ? "," : "",
				(unsigned long long)fr->none);
		fputc('\n', out);
	}
	buf_release(&line);
	return ferror(out) ? -1 : 0;
}
