/*
 * link.c - deal records and near-duplicates (link.h).
 *
 * The signature in SLOT_DEAL_SIG holds what linking compares, so that the
 * candidates are read from their values alone (no document data):
 *
 *     type  date(YYYYMMDD)  acquirer  target  seller  investors  parties  usd
 *
 * separated by SCHEMA_FACET_SEP; names are their gazetteer keys with '-'
 * for spaces (as the XACQ... terms), lists joined by ','.
 */
#include "link.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>

#include "date.h"
#include "schema.h"

/* Candidate stories read for one story's deal, newest first. */
#define LINK_CANDIDATES 200
/* Near-duplicate candidates read (stories sharing a SimHash band). */
#define LINK_DUP_CANDIDATES 32
/* A key shorter than this is no prefix of another ("ge" of "general"). */
#define LINK_PREFIX_MIN 4
/* A surname that names a person with or without a first name. */
#define LINK_SURNAME_MIN 5
/* Words per shingle. */
#define LINK_SHINGLE 4
/* A deal naming no party: the companies the story names first, at most. */
#define LINK_SUBJECTS 2
/* An orphan's subjects: the companies it names first, at most. */
#define LINK_ORPHAN_COMPANIES 3
/* A story with a body shorter than this (words) is a flash: its
 * headline's words are its subjects. */
#define LINK_FLASH_WORDS 8
/* Words before a target's name looked at for a deal word. */
#define LINK_DEAL_WORDS 4
/* Keys of this many letters or more may differ by a slip, of twice as
 * many by two (slip_key()). */
#define LINK_SLIP_MIN 10
#define LINK_SLIP_TWO 15
/* Words before a ticker looked at for its name ("bid for caesars world
 * <CAW>"). */
#define LINK_TICKER_WORDS 6
/* Headline words looked at for a party's name. */
#define LINK_HEAD_WORDS 16

enum sig_field { SIG_TYPE, SIG_DATE, SIG_ACQ, SIG_TGT, SIG_SELLER, SIG_INV,
		 SIG_PARTIES, SIG_USD, SIG_FIELDS };

/* A signature taken apart: fields point into a copy the caller owns. */
struct sig {
	const char *f[SIG_FIELDS];
	double usd;           /* NAN when none */
	struct text *text;    /* the story's text; NULL for a candidate */
};

/* A story's words, folded as keys are, made when first asked for. */
struct text {
	const struct link_in *in;
	struct buf folded;    /* " word word ... " */
};

/*
 * A key may carry the ticker the story gives its company: "caesars-world|
 * $caw" (KEY_TICKER, then the ticker in lower case); a key that is a
 * ticker alone is "$caw" (a headline's "<CAW>").  The name part of k: k
 * itself, or its part before the ticker copied into buf.
 */
#define KEY_TICKER '|'
static const char *name_part(const char *k, char buf[XDB_MAX_TERM + 1])
{
	const char *bar = strchr(k, KEY_TICKER);
	if (!bar)
		return k;
	size_t n = (size_t)(bar - k) <= XDB_MAX_TERM ? (size_t)(bar - k) :
		XDB_MAX_TERM;
	memcpy(buf, k, n);
	buf[n] = 0;
	return buf;
}

/* The ticker of key k ("$caw"), or NULL. */
static const char *ticker_part(const char *k)
{
	const char *bar = strchr(k, KEY_TICKER);
	return bar ? bar + 1 : *k == '$' ? k : NULL;
}

/* Whether the story's headline or text names key k ("martin-sosnoff":
 * the words "martin sosnoff"). */
static const char *folded_text(struct text *t);

static int text_names(struct text *t, const char *k)
{
	char nb[XDB_MAX_TERM + 1];
	k = name_part(k, nb);
	if (!*k || *k == '$')
		return 0;
	const char *f = folded_text(t);
	struct buf q = BUF_INIT;
	buf_addch(&q, ' ');
	for (const char *p = k; *p; p++)
		buf_addch(&q, *p == '-' ? ' ' : *p);
	buf_addch(&q, ' ');
	int found = strstr(f, q.buf) != NULL;
	buf_release(&q);
	return found;
}

/* The story's headline and text folded as keys are, made once:
 * " word word ... ". */
static const char *folded_text(struct text *t)
{
	if (!t->folded.len) {
		struct buf w = BUF_INIT;
		const char *part[2] = {t->in->title, t->in->body};
		buf_addch(&t->folded, ' ');
		for (int i = 0; i < 2; i++)
			if (part[i] && *part[i]) {
				gaz_key(t->in->g, part[i], strlen(part[i]), &w);
				buf_add(&t->folded, w.buf, w.len);
				buf_addch(&t->folded, ' ');
			}
		buf_release(&w);
	}
	return t->folded.buf;
}

/* Whether the story names key k with its words' spaces put elsewhere:
 * "transworld-airlines" in "Trans World Airlines" (what slip_key() takes
 * for one company). */
static int text_names_joined(struct text *t, const char *k)
{
	char nb[XDB_MAX_TERM + 1];
	k = name_part(k, nb);
	if (!*k || *k == '$')
		return 0;
	const char *f = folded_text(t);
	for (const char *at = strchr(f, ' '); at && at[1]; at = strchr(at + 1, ' ')) {
		const char *p = at + 1, *q = k;
		while (*p && *q) {
			if (*q == '-') {
				q++;
				continue;
			}
			if (*p == ' ') {
				p++;
				continue;
			}
			if (*p != *q)
				break;
			p++;
			q++;
		}
		while (*q == '-')
			q++;
		if (!*q && *p == ' ')
			return 1;
	}
	return 0;
}

/* Whether word [w, w + n) is one of list's nlist words. */
static int word_in(const char *const *list, size_t nlist, const char *w,
		   size_t n)
{
	for (size_t i = 0; i < nlist; i++)
		if (strlen(list[i]) == n && !memcmp(w, list[i], n))
			return 1;
	return 0;
}

/* Words that say which part of a company a deal buys ("the outstanding
 * common shares of"): [w, w + n). */
static int share_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"the", "outstanding", "common", "shares", "stock", "of", "all",
		"remaining",
	};
	return word_in(words, ARRAY_SIZE(words), w, n);
}

/* Whether the text names key k as what a deal word right before it is
 * about ("the financing of its acquisition of Auxton", "a takeover bid
 * for Y"): within LINK_DEAL_WORDS words before it. */
static int deal_names(struct text *t, const char *k)
{
	/* "offer" alone is as often a product's ("offers a service that
	 * delivers telex messages"): an offer's "for" makes it a bid */
	static const char *const stems[] = {
		"acqui", "purchas", "takeover", "merg", "buyout", "bid for",
		"offer for", "buy", "tender",
	};
	if (!text_names(t, k))
		return 0;
	char nb[XDB_MAX_TERM + 1];
	k = name_part(k, nb);
	struct buf q = BUF_INIT;
	buf_addch(&q, ' ');
	for (const char *p = k; *p; p++)
		buf_addch(&q, *p == '-' ? ' ' : *p);
	buf_addch(&q, ' ');
	int found = 0;
	const char *f = t->folded.buf;
	for (const char *at = strstr(f, q.buf); at && !found;
	     at = strstr(at + 1, q.buf)) {
		/* the words before it, nearest first; what is bought of it
		 * does not count ("to acquire the outstanding common shares
		 * of American Motors") */
		const char *e = at;
		for (int n = 0, w = 0; n < LINK_DEAL_WORDS &&
		     w < 2 * LINK_DEAL_WORDS && e > f && !found; w++) {
			const char *b = e;
			while (b > f && b[-1] != ' ')
				b--;
			n += !share_word(b, (size_t)(e - b));
			for (size_t i = 0; i < ARRAY_SIZE(stems) && !found; i++)
				found = !strncmp(b, stems[i], strlen(stems[i])) &&
					(!strchr(stems[i], ' ') ||
					 b + strlen(stems[i]) + 1 == at + 1);
			e = b > f ? b - 1 : f;
		}
	}
	buf_release(&q);
	return found;
}

/* Whether the text speaks of a bid for a company ("prompted by the
 * recent bid by investor Martin Sosnoff", "a takeover"). */
static int speaks_of_bid(struct text *t)
{
	static const char *const words[] = {
		" bid ", " bids ", " takeover ", " tender offer ", " buyout ",
		" offer to buy ", " offer for ",
	};
	const char *f = folded_text(t);
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (strstr(f, words[i]))
			return 1;
	return 0;
}

void link_out_init(struct link_out *o)
{
	memset(o, 0, sizeof(*o));
	buf_init(&o->dup_of, 0);
	buf_init(&o->sig, 0);
	buf_init(&o->parties, 0);
	buf_init(&o->subjects, 0);
	buf_init(&o->adopt, 0);
}

void link_out_release(struct link_out *o)
{
	buf_release(&o->dup_of);
	buf_release(&o->sig);
	buf_release(&o->parties);
	buf_release(&o->subjects);
	buf_release(&o->adopt);
	memset(o, 0, sizeof(*o));
}

int link_adoption(const char *id, const char *data, size_t len,
		  const char *deal, int64_t batch, struct link_adoption *a,
		  struct ds_err *err)
{
	memset(a, 0, sizeof(*a));
	json_error_t jerr;
	json_t *o = json_loadb(data, len, JSON_DISABLE_EOF_CHECK, &jerr);
	if (!json_is_object(o)) {
		json_decref(o);
		return ds_err_set(err, DS_EINTERNAL, "the stored data of '%s' "
				  "is not a JSON object: %s", id, jerr.text);
	}
	json_object_set_new(o, "deal_id", json_string(deal));
	json_object_set_new(o, "deal_since", json_integer((json_int_t)batch));
	schema_record(o, &a->record);
	char *head = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	if (!head)
		return ds_err_set(err, DS_EINTERNAL, "cannot encode the data "
				  "of '%s'", id);
	buf_addstr(&a->data, head);
	free(head);
	const char *body = memchr(data, '\n', len);
	if (body)
		buf_add(&a->data, body, len - (size_t)(body - data));
	buf_addstr(&a->term, PFX_DEAL);
	buf_addstr(&a->term, deal);
	a->slots[0] = SLOT_DEAL;
	a->values[0] = deal;
	a->slots[1] = SLOT_RECORD;
	a->values[1] = a->record.buf;
	a->edit = (struct xdb_edit){
		.slots = a->slots, .values = a->values, .nvalues = 2,
		.terms = (const char *const *)&a->term.buf, .nterms = 1,
		.drop_prefix = PFX_DEAL_ORPHAN,
		.data = a->data.buf, .data_len = a->data.len,
	};
	return 0;
}

void link_adoption_release(struct link_adoption *a)
{
	buf_release(&a->data);
	buf_release(&a->term);
	buf_release(&a->record);
	memset(a, 0, sizeof(*a));
}

const char *link_family(const char *type)
{
	static const struct {
		const char *type, *family;
	} fam[] = {
		{"acquisition", "mna"}, {"merger", "mna"}, {"stake", "mna"},
		{"tender-offer", "mna"}, {"divestiture", "mna"},
		{"investment", "money"}, {"funding", "money"},
		{"partnership", "partnership"}, {"ipo", "ipo"},
	};
	for (size_t i = 0; type && i < ARRAY_SIZE(fam); i++)
		if (!strcmp(type, fam[i].type))
			return fam[i].family;
	return NULL;
}

/* The key of a name as the XACQ... terms have it, appended to out. */
static void add_key(const struct gaz *g, const char *name, struct buf *out,
		    struct buf *scratch)
{
	if (!name)
		return;
	gaz_key(g, name, strlen(name), scratch);
	for (size_t i = 0; i < scratch->len; i++)
		buf_addch(out, scratch->buf[i] == ' ' ? '-' : scratch->buf[i]);
}

static void sep(struct buf *b)
{
	buf_addch(b, SCHEMA_FACET_SEP);
}

static void note_key(struct link_out *o, const struct buf *k);
static const char *key_ticker(const struct buf *tickers, const char *k);

/* A party's key into the list of keys (once), and its ticker's
 * (story_tickers()). */
static void note_party(struct link_out *o, const struct gaz *g,
		       const struct buf *tickers, const char *name,
		       struct buf *scratch)
{
	struct buf k = BUF_INIT;
	add_key(g, name, &k, scratch);
	const char *t = k.len && tickers->len ? key_ticker(tickers, k.buf) :
		NULL;
	note_key(o, &k);
	if (t) {
		buf_reset(&k);
		buf_addstr(&k, t);
		note_key(o, &k);
	}
	buf_release(&k);
}

/* Key k into the list of keys (once). */
static void note_key(struct link_out *o, const struct buf *kb)
{
	const struct buf k = *kb;
	if (k.len && !memchr(k.buf, KEY_TICKER, k.len)) {
		/* seen already? the list is short */
		const char *p = o->parties.buf;
		int seen = 0;
		while (p && *p && !seen) {
			const char *e = strchr(p, '\n');
			size_t n = e ? (size_t)(e - p) : strlen(p);
			seen = n == k.len && !memcmp(p, k.buf, n);
			p = e ? e + 1 : p + n;
		}
		if (!seen) {
			buf_add(&o->parties, k.buf, k.len);
			buf_addch(&o->parties, '\n');
		}
	}
}

/* Two words the same but for a typing slip: at most two letters changed,
 * added or dropped ("wold", "world"; "braodacasting", "broadcasting"),
 * and one letter for a word of five letters or fewer. */
/* The letters changed, added, dropped or swapped between two words of
 * 32 letters at most. */
static unsigned near_slips(const char *a, size_t la, const char *b,
			  size_t lb)
{
	unsigned d[33][33];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = (unsigned)i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = (unsigned)j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			unsigned x = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			unsigned y = d[i - 1][j] + 1, z = d[i][j - 1] + 1;
			x = x < y ? x : y;
			d[i][j] = x < z ? x : z;
			/* a swap of two letters is one slip */
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < d[i][j])
				d[i][j] = d[i - 2][j - 2] + 1;
		}
	return d[la][lb];
}

static int near_word(const char *a, size_t la, const char *b, size_t lb)
{
	if (la == lb && !memcmp(a, b, la))
		return 1;
	size_t m = la < lb ? la : lb;
	unsigned slips = m <= 5 ? 1 : 2;
	if (m < 4 || la > 32 || lb > 32 || (la > lb ? la - lb : lb - la) > slips)
		return 0;
	return near_slips(a, la, b, lb) <= slips;
}

static int generic_word(const char *w, size_t n);

/* Whether the folded words before a ticker (`run`: "bid for caesars
 * world") end with the name of key k ("ceasars-wold", "harwod-mils"): its
 * words or slips of them (near_word()), its second word as it is when the
 * first is generic, and at most one word more (a legal form). */
static int run_names(const char *run, const char *k)
{
	const char *rw[LINK_TICKER_WORDS], *kw[LINK_TICKER_WORDS];
	size_t rl[LINK_TICKER_WORDS], kl[LINK_TICKER_WORDS], nr = 0, nk = 0;
	for (const char *p = run; *p && nr < LINK_TICKER_WORDS;) {
		const char *e = strchr(p, ' ');
		rw[nr] = p;
		rl[nr++] = e ? (size_t)(e - p) : strlen(p);
		p = e ? e + 1 : p + strlen(p);
	}
	for (const char *p = k; *p && nk < LINK_TICKER_WORDS;) {
		const char *e = strchr(p, '-');
		kw[nk] = p;
		kl[nk++] = e ? (size_t)(e - p) : strlen(p);
		p = e ? e + 1 : p + strlen(p);
	}
	for (size_t j = 0; nk && j < nr; j++) {
		if (!near_word(rw[j], rl[j], kw[0], kl[0]) || nr - j > nk + 1)
			continue;
		if (generic_word(kw[0], kl[0]) &&
		    (nk < 2 || j + 1 >= nr || rl[j + 1] != kl[1] ||
		     memcmp(rw[j + 1], kw[1], kl[1])))
			continue;
		int same = 1;
		for (size_t i = 1; i < nk && j + i < nr && same; i++)
			same = near_word(rw[j + i], rl[j + i], kw[i], kl[i]);
		if (same)
			return 1;
	}
	return 0;
}

/* The length of the ticker "<CAW>" at lt (its '<'): up to ten letters,
 * digits and dots before a '>'; 0 when lt holds none. */
static size_t ticker_len(const char *lt)
{
	size_t n = 0;
	while (n < 10 && (isalnum((unsigned char)lt[1 + n]) || lt[1 + n] == '.'))
		n++;
	return n && lt[1 + n] == '>' ? n : 0;
}

/* The key of the ticker of length n at lt: "$caw". */
static void add_ticker(struct buf *out, const char *lt, size_t n)
{
	buf_addch(out, '$');
	for (size_t c = 0; c < n; c++)
		buf_addch(out, (char)tolower((unsigned char)lt[1 + c]));
}

/* The tickers a story gives names ("Caesars World Inc <CAW>", "CEASARS
 * WORLD <CAW> STUDYING"): each the folded words before it (at most
 * LINK_TICKER_WORDS, not across punctuation), a NUL, "$" and the ticker
 * in lower case, a NUL; made once a story. */
static void story_tickers(const struct link_in *in, struct buf *out)
{
	const char *part[2] = {in->title, in->body};
	struct buf seg = BUF_INIT, run = BUF_INIT;
	buf_reset(out);
	for (int i = 0; i < 2; i++) {
		const char *text = part[i];
		for (const char *lt = text ? strchr(text, '<') : NULL; lt;
		     lt = strchr(lt + 1, '<')) {
			size_t n = ticker_len(lt);
			if (!n)
				continue;
			const char *b = lt;
			for (unsigned words = 0; b > text &&
			     words < LINK_TICKER_WORDS; words++) {
				const char *q = b;
				while (q > text && isspace((unsigned char)q[-1]))
					q--;
				const char *w = q;
				while (w > text && !isspace((unsigned char)w[-1]) &&
				       !strchr(",;:()\"/<>", w[-1]))
					w--;
				if (w == q)
					break;
				b = w;
				if (w > text && strchr(",;:()\"/<>", w[-1]))
					break;
			}
			buf_reset(&seg);
			buf_add(&seg, b, (size_t)(lt - b));
			gaz_key(in->g, seg.buf, seg.len, &run);
			if (!run.len)
				continue;
			buf_add(out, run.buf, run.len + 1);
			add_ticker(out, lt, n);
			buf_add(out, "", 1);
		}
	}
	buf_release(&seg);
	buf_release(&run);
}

/* The ticker of the story's tickers (story_tickers()) whose words name
 * key k, or NULL when none or two do. */
static const char *key_ticker(const struct buf *tickers, const char *k)
{
	const char *found = NULL;
	for (size_t at = 0; at < tickers->len;) {
		const char *run = tickers->buf + at;
		const char *tkr = run + strlen(run) + 1;
		at = (size_t)(tkr - tickers->buf) + strlen(tkr) + 1;
		if (!run_names(run, k))
			continue;
		if (found && strcmp(found, tkr))
			return NULL;
		found = tkr;
	}
	return found;
}

/* A party's key into the signature (add_key()), with the ticker the
 * story gives it: "caesars-world|$caw". */
static void sig_key(const struct link_in *in, const struct buf *tickers,
		    const char *name, struct buf *s, struct buf *scratch)
{
	size_t at = s->len;
	add_key(in->g, name, s, scratch);
	if (s->len == at || !tickers->len)
		return;
	char *k = xstrndup(s->buf + at, s->len - at);
	const char *t = key_ticker(tickers, k);
	if (t) {
		buf_addch(s, KEY_TICKER);
		buf_addstr(s, t);
	}
	free(k);
}

/* The story's signature and party keys, from its claimed deal; `extra`
 * (','-separated keys, or NULL) goes into the parties field after the
 * deal's own parties (an orphan's subjects). */
static void make_sig(const struct link_in *in, struct link_out *o,
		     const char *extra)
{
	const struct tags *t = in->tags;
	struct buf scratch = BUF_INIT, tickers = BUF_INIT;
	struct buf *s = &o->sig;
	story_tickers(in, &tickers);
	buf_addstr(s, ex_deal_type_slug(t->deal.type));
	sep(s);
	if (in->has_date) {
		char d[DATE_SORTABLE_LEN];
		date_sortable((time_t)in->date, d);
		buf_add(s, d, 8);
	}
	sep(s);
	sig_key(in, &tickers, t->deal.acquirer, s, &scratch);
	sep(s);
	/* a business described in words is folded as a name is */
	if (t->deal.target_asset)
		add_key(in->g, t->deal.target, s, &scratch);
	else
		sig_key(in, &tickers, t->deal.target, s, &scratch);
	sep(s);
	sig_key(in, &tickers, t->deal.seller, s, &scratch);
	sep(s);
	for (size_t i = 0; i < t->deal.ninvestors; i++) {
		if (i)
			buf_addch(s, ',');
		sig_key(in, &tickers, t->deal.investors[i], s, &scratch);
	}
	sep(s);
	for (size_t i = 0; i < t->deal.nparties; i++) {
		if (i)
			buf_addch(s, ',');
		sig_key(in, &tickers, t->deal.parties[i], s, &scratch);
	}
	if (extra && *extra) {
		if (t->deal.nparties)
			buf_addch(s, ',');
		buf_addstr(s, extra);
	}
	sep(s);
	if (t->deal.amount >= 0 && (size_t)t->deal.amount < t->namounts) {
		const struct money *m = &t->amounts[t->deal.amount].m;
		if (!isnan(m->usd))
			buf_addf(s, "%.0f", m->usd);
	}
	/* the parties the XDPT terms name (not an asset's words), and
	 * their tickers */
	note_party(o, in->g, &tickers, t->deal.acquirer, &scratch);
	if (!t->deal.target_asset)
		note_party(o, in->g, &tickers, t->deal.target, &scratch);
	note_party(o, in->g, &tickers, t->deal.seller, &scratch);
	for (size_t i = 0; i < t->deal.ninvestors; i++)
		note_party(o, in->g, &tickers, t->deal.investors[i], &scratch);
	for (size_t i = 0; i < t->deal.nparties; i++)
		note_party(o, in->g, &tickers, t->deal.parties[i], &scratch);
	buf_release(&scratch);
	buf_release(&tickers);
}

/* Split a signature (in `copy`, modified) into its fields. */
static int parse_sig(char *copy, struct sig *s)
{
	size_t n = 0;
	char *p = copy;
	while (n < SIG_FIELDS) {
		s->f[n++] = p;
		char *e = strchr(p, SCHEMA_FACET_SEP);
		if (!e)
			break;
		*e = 0;
		p = e + 1;
	}
	if (n != SIG_FIELDS)
		return 0;
	s->text = NULL;
	s->usd = *s->f[SIG_USD] ? strtod(s->f[SIG_USD], NULL) : NAN;
	return 1;
}

static int initials(const char *one, const char *many);
static int surname(const char *a, const char *b);
static int prefix_key(const char *a, const char *b);

static int slip_key(const char *a, const char *b);

/* Two keys name the same company: equal, one the other's first words
 * ("dixons" and "dixons-group"), one the other's initials ("twa" and
 * "trans-world-airlines", "amc" and "american-motors" with its Corp), one
 * the other with "us-" before it, or long and a slip apart (slip_key()). */
static int same_key(const char *a, const char *b)
{
	/* the same ticker is the same company, whatever the names (a
	 * slip: "CEASARS WORLD <CAW>"); tickers that differ decide nothing
	 * (the wire slips there too: "ECOLAB <ECON>" for ECL) */
	const char *ta = ticker_part(a), *tb = ticker_part(b);
	if (ta && tb && !strcmp(ta, tb))
		return 1;
	char na[XDB_MAX_TERM + 1], nb[XDB_MAX_TERM + 1];
	a = name_part(a, na);
	b = name_part(b, nb);
	if (*a == '$' || *b == '$')
		return 0;
	/* "U.S. Allis-Chalmers" in "Boliden takes over U.S. Allis-Chalmers
	 * Corp" is Allis-Chalmers: a country before a name of its own */
	if (!strncmp(a, "us-", 3) != !strncmp(b, "us-", 3)) {
		const char *x = strncmp(a, "us-", 3) ? a : a + 3;
		const char *y = strncmp(b, "us-", 3) ? b : b + 3;
		if (strlen(x) >= LINK_SLIP_MIN && !strcmp(x, y))
			return 1;
	}
	return prefix_key(a, b) || initials(a, b) || initials(b, a) ||
	       slip_key(a, b);
}

/* Two long keys the same but for a slip of the wire: a space
 * ("transworld-airlines", "trans-world-airlines") or a letter or two
 * ("emery-air-frieght", "taft-braodacasting"): one slip from
 * LINK_SLIP_MIN letters, two from LINK_SLIP_TWO. */
static int slip_key(const char *a, const char *b)
{
	char x[XDB_MAX_TERM + 1], y[XDB_MAX_TERM + 1];
	size_t nx = 0, ny = 0;
	for (const char *p = a; *p && nx < XDB_MAX_TERM; p++)
		if (*p != '-')
			x[nx++] = *p;
	for (const char *p = b; *p && ny < XDB_MAX_TERM; p++)
		if (*p != '-')
			y[ny++] = *p;
	size_t m = nx < ny ? nx : ny;
	if (m < LINK_SLIP_MIN || nx > 32 || ny > 32)
		return 0;
	if (nx == ny && !memcmp(x, y, nx))
		return 1;
	unsigned slips = m >= LINK_SLIP_TWO ? 2 : 1;
	return (nx > ny ? nx - ny : ny - nx) <= slips &&
	       near_slips(x, nx, y, ny) <= slips;
}

static int prefix_key(const char *a, const char *b)
{
	if (!*a || !*b)
		return 0;
	size_t la = strlen(a), lb = strlen(b);
	if (la == lb)
		return !memcmp(a, b, la);
	const char *s = la < lb ? a : b, *l = la < lb ? b : a;
	size_t n = la < lb ? la : lb;
	return n >= LINK_PREFIX_MIN && !memcmp(s, l, n) && l[n] == '-';
}

/* The next key of a ','-separated list into one (cut to fit); 0 at the
 * end. */
static int next_key(const char **list, char one[XDB_MAX_TERM + 1])
{
	if (!**list)
		return 0;
	const char *e = strchr(*list, ',');
	size_t n = e ? (size_t)(e - *list) : strlen(*list);
	size_t m = n <= XDB_MAX_TERM ? n : XDB_MAX_TERM;
	memcpy(one, *list, m);
	one[m] = 0;
	*list += n + (e != NULL);
	return 1;
}

/* Whether key k is one of the ','-separated keys of list. */
static int in_keys(const char *k, const char *list)
{
	char one[XDB_MAX_TERM + 1];
	while (*k && next_key(&list, one))
		if (same_key(k, one))
			return 1;
	return 0;
}

/* How many keys two ','-lists share. */
static unsigned shared_keys(const char *a, const char *b)
{
	unsigned n = 0;
	char one[XDB_MAX_TERM + 1];
	while (next_key(&a, one))
		n += in_keys(one, b);
	return n;
}

/* A deal's two principal companies as a ','-list into out: its buyer and
 * target, else the first two companies it names (a merger's parties). */
static void pair_of(const struct sig *s, struct buf *out)
{
	buf_reset(out);
	if (*s->f[SIG_ACQ] && *s->f[SIG_TGT]) {
		buf_addstr(out, s->f[SIG_ACQ]);
		buf_addch(out, ',');
		buf_addstr(out, s->f[SIG_TGT]);
		return;
	}
	const char *p = s->f[SIG_PARTIES];
	const char *e = strchr(p, ',');
	if (e)
		e = strchr(e + 1, ',');
	buf_add(out, p, e ? (size_t)(e - p) : strlen(p));
}

/* Whether both companies of a pair (pair_of(): "a,b") are among the keys
 * of list, each by a key that is not also the other's ("taft" names
 * both Taft Broadcasting and Dudley Taft's group: it names neither), and
 * the two are not one company under two names. */
/* Words that open too many companies' names to name one alone ("FIRST
 * FEDERAL BUYS BACK NOTES" names no First Union; "BRITISH AIRPORTS" no
 * British Land). */
static const char *const generic_words[] = {
	"air", "allied", "american", "bank", "british", "canadian", "capital",
	"central", "citizens", "city", "commercial", "computer",
	"consolidated", "continental", "data", "east", "eastern", "energy",
	"federal", "financial", "first", "general", "global", "great",
	"group", "holdings", "home", "industries", "international",
	"investors", "mutual", "national", "new", "north", "northern", "oil",
	"pacific", "petroleum", "public", "resources", "royal", "savings",
	"security", "south", "southern", "standard", "state", "systems",
	"texas", "trust", "union", "united", "west", "western", "world",
};

static int generic_word(const char *w, size_t n)
{
	return word_in(generic_words, ARRAY_SIZE(generic_words), w, n);
}

/* Whether key one names key k as a subject of a story's text does: the
 * same key, or a word that is not generic_words[] (when `strict`). */
static int names_key(const char *k, const char *one, int strict)
{
	if (!same_key(k, one))
		return 0;
	if (!strict || strchr(one, '-') || !strcmp(k, one))
		return 1;
	return !generic_word(one, strlen(one));
}

static int pair_named(const char *pair, const char *list, int strict)
{
	char a[XDB_MAX_TERM + 1], b[XDB_MAX_TERM + 1], one[XDB_MAX_TERM + 1];
	if (!next_key(&pair, a) || !next_key(&pair, b) || same_key(a, b))
		return 0;
	int has_a = 0, has_b = 0;
	while (next_key(&list, one)) {
		int ma = names_key(a, one, strict), mb = names_key(b, one, strict);
		has_a |= ma && !mb;
		has_b |= mb && !ma;
	}
	return has_a && has_b;
}

/* Whether two deals have the same two principal companies (pair_of()),
 * each named once. */
static int same_pair(const struct sig *s, const struct sig *c)
{
	struct buf a = BUF_INIT, b = BUF_INIT;
	pair_of(s, &a);
	pair_of(c, &b);
	int same = a.len && b.len && pair_named(a.buf, b.buf, 0) &&
		   pair_named(b.buf, a.buf, 0);
	buf_release(&a);
	buf_release(&b);
	return same;
}

/* "twa" and "trans-world-airlines": a one-word key that is the other's
 * initials. */
static int initials(const char *one, const char *many)
{
	if (!*one || strchr(one, '-') || !strchr(many, '-') || strlen(one) < 2)
		return 0;
	size_t n = 0;
	for (const char *w = many; *w; n++) {
		if (one[n] != *w)
			return 0;
		const char *e = strchr(w, '-');
		w = e ? e + 1 : w + strlen(w);
	}
	/* "amc": American Motors Corp, the suffix the key left out */
	return one[n] == 0 || (one[n + 1] == 0 && strchr("cigl", one[n]));
}

/* The last word of a key, and its length. */
static const char *last_word(const char *k, size_t *n)
{
	const char *d = strrchr(k, '-');
	const char *w = d ? d + 1 : k;
	*n = strlen(w);
	return w;
}

/* "sosnoff", "martin-sosnoff", "martin-t-sosnoff": the same last word (a
 * surname, LINK_SURNAME_MIN letters or more), and the shorter key's other
 * words the longer's first ones or their initials. */
static int surname(const char *a, const char *b)
{
	char na[XDB_MAX_TERM + 1], nb[XDB_MAX_TERM + 1];
	a = name_part(a, na);
	b = name_part(b, nb);
	size_t la, lb;
	const char *wa = last_word(a, &la), *wb = last_word(b, &lb);
	if (la < LINK_SURNAME_MIN || la != lb || memcmp(wa, wb, la) ||
	    !strcmp(a, b))
		return 0;
	const char *s = strlen(a) < strlen(b) ? a : b;
	const char *l = s == a ? b : a;
	/* the shorter's first word (when it has one) opens the longer */
	if (!strchr(s, '-'))
		return 1;
	size_t n = (size_t)(strchr(s, '-') - s);
	return !strncmp(s, l, n) && l[n] == '-';
}

static int opening_word_in(const char *a, const char *b);

/* Words of a bidder's name that say what kind of bidder it is, not
 * which: two bidders sharing one are not one bidder by it. */
static const char *const bidder_words[] = {
	"acquisition", "acquisitions", "associates", "capital", "company",
	"equity", "financial", "fund", "group", "holding", "holdings",
	"investment", "investments", "investors", "management", "partners",
	"partnership", "venture", "ventures",
};

/* Two bidders' keys of which one opens with a word of the other of
 * LINK_SURNAME_MIN letters or more that neither generic_words[] nor
 * bidder_words[] holds ("Hutton's PC Acquisition", "E.F. Hutton LBO";
 * "Redstone and MCV", "Sumner Redstone"): one bidder under the names the
 * stories give it.  Not a word in the middle of both ("Icahn's
 * Transworld Airlines", "Trans World Airlines": "airlines" says what,
 * not who). */
static int bidder_word(const char *a, const char *b)
{
	char na[XDB_MAX_TERM + 1], nb[XDB_MAX_TERM + 1];
	a = name_part(a, na);
	b = name_part(b, nb);
	if (*a == '$' || *b == '$')
		return 0;
	return opening_word_in(a, b) || opening_word_in(b, a);
}

/* Whether key a's first word is a word of key b, as bidder_word() wants
 * it. */
static int opening_word_in(const char *a, const char *b)
{
	const char *e = strchr(a, '-');
	size_t n = e ? (size_t)(e - a) : strlen(a);
	if (n < LINK_SURNAME_MIN || generic_word(a, n) ||
	    word_in(bidder_words, ARRAY_SIZE(bidder_words), a, n))
		return 0;
	for (const char *v = b; *v;) {
		const char *f = strchr(v, '-');
		size_t m = f ? (size_t)(f - v) : strlen(v);
		if (m == n && !memcmp(v, a, n))
			return 1;
		v += m + (f != NULL);
	}
	return 0;
}

/* Whether keys a and b open with the same word. */
static int same_first_word(const char *a, const char *b)
{
	char na[XDB_MAX_TERM + 1], nb[XDB_MAX_TERM + 1];
	a = name_part(a, na);
	b = name_part(b, nb);
	size_t la = strcspn(a, "-"), lb = strcspn(b, "-");
	return la == lb && la > 0 && *a != '$' && !memcmp(a, b, la);
}

/* A bidder's vehicle: "mts-acquisition", "general-acquisition-corp". */
static int vehicle(const char *k)
{
	char nb[XDB_MAX_TERM + 1];
	k = name_part(k, nb);
	for (const char *w = k; *w;) {
		const char *e = strchr(w, '-');
		size_t n = e ? (size_t)(e - w) : strlen(w);
		if (w != k && ((n == 11 && !memcmp(w, "acquisition", 11)) ||
			       (n == 12 && !memcmp(w, "acquisitions", 12))))
			return 1;
		w += n + (e != NULL);
	}
	return 0;
}

/* The same buyer: the same key, a person named with and without a first
 * name ("sosnoff", "martin-t-sosnoff": buyers are often people, targets
 * never), one a member of the other's consortium (its investors), or one
 * the other's vehicle ("MTS Acquisition", formed by Martin Sosnoff), when
 * the story names both. */
static int same_buyer(const struct sig *s, const struct sig *c)
{
	const char *a = s->f[SIG_ACQ], *b = c->f[SIG_ACQ];
	if (same_key(a, b) || surname(a, b) || bidder_word(a, b) ||
	    in_keys(a, c->f[SIG_INV]) || in_keys(b, s->f[SIG_INV]))
		return 1;
	/* "General Acquisition Inc's tender offer" for the target General
	 * Partners bids for: a vehicle named by the first word of the other
	 * bidder's name, even a generic one */
	if (*a && *b && (vehicle(a) || vehicle(b)) && same_first_word(a, b))
		return 1;
	return s->text && *a && *b && (vehicle(a) || vehicle(b)) &&
	       text_names(s->text, a) && text_names(s->text, b);
}

/* Whether candidate c's deal is story s's deal (link.h). */
static int same_deal(const struct sig *s, const struct sig *c)
{
	const char *fs = link_family(s->f[SIG_TYPE]);
	const char *fc = link_family(c->f[SIG_TYPE]);
	if (!fs || !fc || strcmp(fs, fc))
		return 0;
	const char *sa = s->f[SIG_ACQ], *st = s->f[SIG_TGT];
	const char *ca = c->f[SIG_ACQ], *ct = c->f[SIG_TGT];
	const char *ss = s->f[SIG_SELLER], *cs = c->f[SIG_SELLER];
	/* amounts tell deals apart where a side is unknown; with both sides
	 * the same, a stake bought on the way, a financing figure or a
	 * revised bid is the same deal */
	int both = *sa && *st && *ca && *ct && same_key(st, ct) &&
		   same_buyer(s, c) && !*ss == !*cs;
	if (!both && !isnan(s->usd) && !isnan(c->usd) && s->usd > 0 &&
	    c->usd > 0 && (s->usd / c->usd > LINK_AMOUNT_RATIO ||
			   c->usd / s->usd > LINK_AMOUNT_RATIO))
		return 0;
	/* the same two sides the other way round (a merger told from
	 * either side, roles read reversed in one story) */
	if (*sa && *st && *ca && *ct && same_key(sa, ct) && same_key(st, ca))
		return 1;
	if (*st && *ct && same_key(st, ct)) {
		/* another buyer for the same target: a competing bid */
		if (*sa && *ca && !same_buyer(s, c))
			return 0;
		/* a unit's sale: another seller is another deal */
		if (*ss && *cs && !same_key(ss, cs))
			return 0;
		/* a holder selling its stake, where the other story has a
		 * buyer: the holder's own deal, unless it sells to it, or
		 * is that buyer selling what its bid had bought ("TWA
		 * SELLS POSITION IN USAIR" after its bid) */
		if (*ss && !*sa && *ca && !*cs)
			return same_key(ss, ca);
		if (*cs && !*ca && *sa && !*ss)
			return same_key(cs, sa);
		return 1;
	}
	/* a sale: the same seller and the same buyer */
	if (*ss && *cs && *sa && *ca && same_key(ss, cs) && same_buyer(s, c) &&
	    (!*st || !*ct))
		return 1;
	/* a merger or a partnership without sides: the same two parties */
	if (!*sa && !*st && !*ca && !*ct &&
	    shared_keys(s->f[SIG_PARTIES], c->f[SIG_PARTIES]) >= 2)
		return 1;
	/* a merger told by its two parties in one story and by its sides in
	 * the other ("HUGHES TOOL DIRECTORS REJECT MERGER WITH BAKER",
	 * "HUGHES TOOL SAYS BAKER MERGER ALIVE") */
	if (((!*sa && !*st) || (!*ca && !*ct)) && same_pair(s, c))
		return 1;
	/* a round: the same company raising, and no other investors */
	if (!strcmp(fs, "money") && *st && *ct && same_key(st, ct))
		return 1;
	return 0;
}

/* The 64-bit SimHash of word shingles, fed one stem at a time. */
struct simhash {
	int32_t v[64];
	uint64_t ring[LINK_SHINGLE];   /* the last stems' hashes */
	size_t n;                      /* stems seen */
};

static void sh_add_hash(struct simhash *h, uint64_t x)
{
	/* branch-free, so the compiler vectorises it */
	for (int b = 0; b < 64; b++)
		h->v[b] += (int32_t)((x >> b) & 1) * 2 - 1;
}

static void sh_stem(struct simhash *h, const char *stem, size_t len)
{
	h->ring[h->n % LINK_SHINGLE] = XXH3_64bits(stem, len);
	h->n++;
	if (h->n < LINK_SHINGLE)
		return;
	uint64_t sh[LINK_SHINGLE];
	for (size_t i = 0; i < LINK_SHINGLE; i++)
		sh[i] = h->ring[(h->n + i) % LINK_SHINGLE];
	sh_add_hash(h, XXH3_64bits(sh, sizeof(sh)));
}

static uint64_t sh_done(struct simhash *h)
{
	/* a text shorter than a shingle: its words, each a feature */
	if (h->n && h->n < LINK_SHINGLE)
		for (size_t i = 0; i < h->n; i++)
			sh_add_hash(h, h->ring[i]);
	uint64_t x = 0;
	for (int b = 0; b < 64; b++)
		if (h->v[b] > 0)
			x |= (uint64_t)1 << b;
	return x;
}

/* The words of the story's body (its tokens outside the headline). */
static size_t body_words(const struct link_in *in)
{
	size_t words = 0;
	for (size_t i = 0, n = ex_token_count(in->ex); i < n; i++) {
		struct ex_token t;
		ex_token(in->ex, i, &t);
		words += !t.in_title && !t.made;
	}
	return words;
}

/*
 * The SimHash of the body, or of the headline when the body is shorter
 * than a shingle: a repeat often changes only its headline ("CORRECTED -").
 */
static uint64_t text_simhash(const struct link_in *in)
{
	struct simhash h;
	memset(&h, 0, sizeof(h));
	size_t n = ex_token_count(in->ex), body = body_words(in);
	for (size_t i = 0; i < n; i++) {
		struct ex_token t;
		ex_token(in->ex, i, &t);
		if (!t.made && t.in_title == (body < LINK_SHINGLE))
			sh_stem(&h, t.stem, t.len);
	}
	return sh_done(&h);
}

/* The LINK_WINDOW_DAYS-long period since the epoch of a time: the
 * buckets of party, orphan and SimHash band terms, so that a story's window
 * is within its own period and the two beside it. */
static long window_of(int64_t t)
{
	int64_t w = (int64_t)LINK_WINDOW_DAYS * 86400;
	return (long)(t >= 0 ? t / w : -((-t + w - 1) / w));
}

/* The band term of quarter q of a SimHash: in a period's bucket (period
 * >= 0: window_of()), XSHW + the period + ":" + the quarter's digit and
 * bits, else (an undated story) XSH + the same. */
static void band_term(long period, uint64_t x, unsigned q, struct buf *out)
{
	buf_reset(out);
	if (period >= 0)
		buf_addf(out, "%s%ld:", PFX_SIMBAND_PERIOD, period);
	else
		buf_addstr(out, PFX_SIMBAND);
	buf_addf(out, "%u%04x", q, (unsigned)((x >> (16 * q)) & 0xffff));
}

/* An earlier story whose SimHash is within LINK_DUP_BITS: the first of
 * them (by date) is the one repeated.  The posting lists of its four
 * bands hold every candidate (pigeonhole: 3 bits changed leave a band
 * unchanged): in the three periods around a dated story's date (its
 * window, as for deal candidates), and undated (the stories of an index
 * written before the bands had periods are there too); an undated story
 * looks only among the undated.  So the lists hold a window's stories,
 * not the whole index's. */
static int find_dup(xdb *db, const struct link_in *in, struct link_out *out,
		    char dup_deal[LINK_ID_LEN], struct ds_err *err)
{
	static const unsigned slots[] = {SLOT_SIMHASH, SLOT_DEAL, SLOT_DATE,
					 SLOT_DUP_ROOT};
	struct buf term = BUF_INIT, date = BUF_INIT;
	int rc = 0, found = 0;
	/* the buckets: undated (-1), and the periods of a dated story's
	 * window (one before the epoch is not bucketed: undated) */
	long periods[4] = {-1}, np = 1;
	if (in->has_date)
		for (long p = window_of(in->date - LINK_WINDOW_DAYS * 86400LL);
		     p <= window_of(in->date + LINK_WINDOW_DAYS * 86400LL) &&
		     np < 4; p++)
			if (p >= 0)
				periods[np++] = p;
	for (long k = 0; !rc && k < np * 4; k++) {
		band_term(periods[k / 4], out->simhash, (unsigned)(k % 4),
			  &term);
		struct xdb_result r;
		rc = xdb_term_docs(db, term.buf, term.len, slots,
				   ARRAY_SIZE(slots), LINK_DUP_CANDIDATES, &r,
				   err);
		for (size_t i = 0; !rc && i < r.nhits; i++) {
			const struct xdb_hit *h = &r.hits[i];
			const struct xdb_hit_value *v = h->values;
			if (!v[0].v || v[0].len != 16 || !v[3].v)
				continue;
			uint64_t x = strtoull(v[0].v, NULL, 16);
			if (__builtin_popcountll(x ^ out->simhash) >
			    LINK_DUP_BITS)
				continue;
			/* an earlier version of this story repeats nothing */
			if (v[3].len == strlen(in->id) &&
			    !memcmp(v[3].v, in->id, v[3].len))
				continue;
			/* the earliest (undated first), as the record does */
			const char *d = v[2].v ? v[2].v : "";
			size_t dl = v[2].v ? v[2].len : 0;
			if (found && (dl > date.len ||
				      (dl == date.len &&
				       memcmp(d, date.buf, dl) >= 0)))
				continue;
			found = 1;
			buf_reset(&date);
			buf_add(&date, d, dl);
			buf_reset(&out->dup_of);
			buf_add(&out->dup_of, v[3].v, v[3].len);
			dup_deal[0] = 0;
			if (v[1].v && v[1].len < LINK_ID_LEN) {
				memcpy(dup_deal, v[1].v, v[1].len);
				dup_deal[v[1].len] = 0;
			}
		}
		xdb_result_release(&r);
	}
	buf_release(&term);
	buf_release(&date);
	return rc;
}

/* The boolean terms a lookup ORs (candidates()), each once. */
struct termset {
	struct buf terms;             /* each followed by a NUL */
	size_t n;
};

/* Add `term` unless it is there; 0 for a term too long for Xapian (no
 * story can have it), else 1. */
static int ts_add(struct termset *ts, const struct buf *term)
{
	if (term->len > XDB_MAX_TERM)
		return 0;
	for (size_t off = 0; off < ts->terms.len;) {
		const char *t = ts->terms.buf + off;
		size_t n = strlen(t);
		if (n == term->len && !memcmp(t, term->buf, n))
			return 1;
		off += n + 1;
	}
	buf_add(&ts->terms, term->buf, term->len);
	buf_addch(&ts->terms, 0);
	ts->n++;
	return 1;
}

/* The stories any term of ts indexes, the story itself (an earlier
 * version of it) left out, within its window when it is dated, newest
 * first: at most LINK_CANDIDATES, with the values of `slots`. */
static int candidates(xdb *db, const struct link_in *in,
		      const struct termset *ts, const unsigned *slots,
		      size_t nslots, struct xdb_result *r, struct ds_err *err)
{
	const char **terms = xcalloc(ts->n ? ts->n : 1, sizeof(*terms));
	size_t *lens = xcalloc(ts->n ? ts->n : 1, sizeof(*lens));
	size_t k = 0;
	for (size_t off = 0; k < ts->n; k++) {
		terms[k] = ts->terms.buf + off;
		lens[k] = strlen(terms[k]);
		off += lens[k] + 1;
	}
	struct buf self = BUF_INIT;
	schema_idterm(in->id, &self);
	char lo[DATE_SORTABLE_LEN], hi[DATE_SORTABLE_LEN];
	if (in->has_date) {
		date_sortable((time_t)(in->date - LINK_WINDOW_DAYS * 86400LL), lo);
		date_sortable((time_t)(in->date + LINK_WINDOW_DAYS * 86400LL), hi);
	}
	struct xdb_recent q = {
		.terms = terms, .lens = lens, .nterms = ts->n,
		.skip = self.buf, .skiplen = self.len,
		.date_slot = SLOT_DATE,
		.lo = in->has_date ? lo : NULL, .hi = in->has_date ? hi : NULL,
		.slots = slots, .nslots = nslots, .limit = LINK_CANDIDATES,
	};
	int rc = xdb_recent_docs(db, &q, r, err);
	buf_release(&self);
	free(terms);
	free(lens);
	return rc;
}

/* Whether c bids for s's target against s's buyer: a record holding c
 * is a competing bid's, whatever its other stories. */
static int competes(const struct sig *s, const struct sig *c)
{
	const char *sa = s->f[SIG_ACQ], *st = s->f[SIG_TGT];
	const char *ca = c->f[SIG_ACQ], *ct = c->f[SIG_TGT];
	return *st && *ct && *sa && *ca && same_key(st, ct) &&
	       !same_buyer(s, c);
}

/* Whether candidate c's buyer or seller, not its target, is among the
 * story's subjects (','-separated). */
static int other_side_named(const struct sig *c, const char *subjects)
{
	const char *ct = c->f[SIG_TGT];
	const char *side[] = {c->f[SIG_ACQ], c->f[SIG_SELLER]};
	for (size_t i = 0; i < ARRAY_SIZE(side); i++)
		if (*side[i] && !(*ct && same_key(side[i], ct)) &&
		    in_keys(side[i], subjects))
			return 1;
	return 0;
}

/* A record's tally among the candidates. */
struct tally {
	char id[LINK_ID_LEN];
	unsigned stories;
	unsigned against;               /* its stories bidding against */
	char newest[DATE_SORTABLE_LEN];
	char buyer[XDB_MAX_TERM + 1];   /* its stories' buyer, if one */
	unsigned named;                 /* its stories whose buyer or seller
					   the story's subjects name */
	unsigned sides;                 /* its stories with the story's
					   buyer and target */
};

/*
 * A story whose deal names no party ("GENCORP REJECTS UNSOLICITED TAKEOVER
 * BID"): its record is the one whose target is one of the companies the
 * story names first (`subjects`, ','-separated).
 */
static int subject_deal(const struct sig *s, const struct sig *c,
			const char *subjects, int coverage)
{
	const char *fs = link_family(s->f[SIG_TYPE]);
	const char *fc = link_family(c->f[SIG_TYPE]);
	const char *sa = s->f[SIG_ACQ], *ca = c->f[SIG_ACQ];
	/* coverage of the buyer ("S/P MAY DOWNGRADE CHRYSLER" over its
	 * planned purchase of AMC): its headline names the buyer, its text
	 * the target */
	if (coverage && *ca && *c->f[SIG_TGT] && in_keys(ca, subjects) &&
	    !same_key(ca, c->f[SIG_TGT]) && deal_names(s->text, c->f[SIG_TGT]))
		return 1;
	if (fs && (!fc || strcmp(fs, fc)))
		return 0;
	/* a deal story naming no side whose subjects are the record's two
	 * companies ("NORSTAR SHAREHOLDERS TO GET 1.2 FLEET FINANCIAL SHRS") */
	if (!coverage && !*sa) {
		struct buf pair = BUF_INIT;
		pair_of(c, &pair);
		int both = pair.len && pair_named(pair.buf, subjects, 0);
		buf_release(&pair);
		if (both)
			return 1;
	}
	if (!*c->f[SIG_TGT] || !in_keys(c->f[SIG_TGT], subjects))
		return 0;
	/* coverage (a story without a deal of its own, any family): the
	 * record's buyer is named too, or, where the buyer is a vehicle
	 * ("MTS Acquisition", which coverage calls "Martin Sosnoff"), the
	 * text speaks of a bid ("S/P MAY DOWNGRADE CAESARS WORLD" over
	 * "Martin Sosnoff's 725.2 mln dlr bid") */
	if (coverage)
		return *ca && !same_key(ca, c->f[SIG_TGT]) &&
		       (text_names(s->text, ca) ||
			(vehicle(ca) && speaks_of_bid(s->text)));
	/* the story's buyer: the record's, or the record's target read as
	 * the buyer (roles reversed) */
	if (*sa)
		return !*ca || same_buyer(s, c) || same_key(sa, c->f[SIG_TGT]);
	return !*ca || !strchr(subjects, ',') || in_keys(ca, subjects);
}

/* The initials of key [k, k + n) of three words or more
 * ("trans-world-airlines": "twa") into out; 0 when it has fewer words. */
static int key_initials(const char *k, size_t n, struct buf *out)
{
	size_t words = 1;
	for (size_t i = 0; i < n; i++)
		words += k[i] == '-';
	buf_reset(out);
	if (words < 3)
		return 0;
	buf_addch(out, k[0]);
	for (size_t i = 1; i < n; i++)
		if (k[i - 1] == '-')
			buf_addch(out, k[i]);
	return 1;
}

/* The term of a party key: XDPT + key, or, in a period's bucket (period
 * >= 0: window_of()), XDPW + the period + ":" + key. */
static void party_term(long period, const char *key, size_t len,
		       struct buf *out)
{
	buf_reset(out);
	if (period >= 0)
		buf_addf(out, "%s%ld:", PFX_DEAL_PARTY_PERIOD, period);
	else
		buf_addstr(out, PFX_DEAL_PARTY);
	buf_add(out, key, len);
}

/* The one buyer among the records' (tl) that the story names, NULL when
 * it names none or several. */
static const char *named_buyer(const struct tally *tl, size_t ntl,
			       struct text *text)
{
	const char *named = NULL;
	for (size_t k = 0; text && k < ntl; k++) {
		if (!tl[k].buyer[0] || !(text_names(text, tl[k].buyer) ||
					 text_names_joined(text, tl[k].buyer)))
			continue;
		if (named && !same_key(named, tl[k].buyer))
			return NULL;
		named = tl[k].buyer;
	}
	return named;
}

static int find_deal_by(xdb *db, const struct link_in *in,
			struct link_out *out, const char *keys,
			const char *subjects, int coverage, struct text *text,
			struct ds_err *err);

/* The record of the story's deal among the candidates that share one of
 * `keys` ('\n'-separated party keys); with `subjects`, as subject_deal().
 * `text`: the story's (struct sig).  The names' keys first; the tickers'
 * ("$caw") only when they find no record: most stories find it by name,
 * and each key is a term a period of the window to look up. */
static int find_deal(xdb *db, const struct link_in *in, struct link_out *out,
		     const char *keys, const char *subjects, int coverage,
		     struct text *text, struct ds_err *err)
{
	struct buf names = BUF_INIT, tickers = BUF_INIT;
	for (const char *p = keys ? keys : ""; *p;) {
		const char *e = strchr(p, '\n');
		struct buf *to = *p == '$' ? &tickers : &names;
		buf_add(to, p, (size_t)(e - p) + 1);
		p = e + 1;
	}
	int rc = names.len ? find_deal_by(db, in, out, names.buf, subjects,
					  coverage, text, err) : 0;
	if (!rc && !out->deal[0] && tickers.len)
		rc = find_deal_by(db, in, out, tickers.buf, subjects, coverage,
				  text, err);
	buf_release(&names);
	buf_release(&tickers);
	return rc;
}

static int find_deal_by(xdb *db, const struct link_in *in,
			struct link_out *out, const char *keys,
			const char *subjects, int coverage, struct text *text,
			struct ds_err *err)
{
	struct termset ts = {BUF_INIT, 0};
	struct buf term = BUF_INIT;
	/* a dated story: its parties in the three periods its window
	 * spans (so the cost does not grow with the years the index spans;
	 * periods, not months: a third of the terms to look up, the same
	 * candidates once the date range has filtered them); undated: the
	 * parties whenever */
	long p0 = in->has_date ? window_of(in->date - LINK_WINDOW_DAYS * 86400LL) : 0;
	long p1 = in->has_date ? window_of(in->date + LINK_WINDOW_DAYS * 86400LL) : 0;
	for (const char *p = keys; p && *p;) {
		const char *e = strchr(p, '\n');
		/* the key, and its first words: a record that knows the
		 * company by a shorter name ("shearson-lehman" for
		 * "shearson-lehman-brothers", "nippon" for
		 * "nippon-life-insurance") is found as same_key() would
		 * take it; not a generic first word alone ("general") */
		for (size_t n = (size_t)(e - p);
		     n == (size_t)(e - p) || n >= LINK_PREFIX_MIN;) {
			if (n == (size_t)(e - p) || memchr(p, '-', n) ||
			    !generic_word(p, n))
				for (long w = p0; w <= p1; w++) {
					party_term(in->has_date ? w : -1, p,
						   n, &term);
					ts_add(&ts, &term);
				}
			if (*p == '$')
				break;
			while (n > 0 && p[n - 1] != '-')
				n--;
			if (n == 0)
				break;
			n--;   /* the '-' */
		}
		p = e + 1;
	}
	buf_release(&term);
	if (!ts.n)
		return 0;
	static const unsigned slots[] = {SLOT_DEAL, SLOT_DEAL_SIG, SLOT_DATE};
	struct xdb_result r;
	int rc = candidates(db, in, &ts, slots, ARRAY_SIZE(slots), &r, err);
	buf_release(&ts.terms);
	if (rc)
		return rc;
	char *mine = xstrndup(out->sig.buf, out->sig.len);
	struct sig s;
	struct tally *tl = xcalloc(r.nhits + 1, sizeof(*tl));
	size_t ntl = 0;
	int ambiguous = 0;
	const char *named = NULL;
	if (parse_sig(mine, &s)) {
		s.text = text;
		for (size_t i = 0; i < r.nhits; i++) {
			const struct xdb_hit *h = &r.hits[i];
			if (!h->values[0].v || !h->values[1].v ||
			    h->values[0].len >= LINK_ID_LEN)
				continue;
			char *cc = xstrndup(h->values[1].v, h->values[1].len);
			struct sig c;
			int same = 0, against = 0;
			if (parse_sig(cc, &c)) {
				same = subjects ? subject_deal(&s, &c, subjects,
							      coverage) :
					same_deal(&s, &c);
				against = competes(&s, &c);
			}
			if (same || against) {
				size_t k = 0;
				while (k < ntl && strncmp(tl[k].id, h->values[0].v,
							  h->values[0].len))
					k++;
				if (k == ntl) {
					memcpy(tl[k].id, h->values[0].v,
					       h->values[0].len);
					ntl++;
				}
				tl[k].against += against;
			}
			if (same) {
				size_t k = 0;
				while (strncmp(tl[k].id, h->values[0].v,
					       h->values[0].len))
					k++;
				tl[k].stories++;
				const char *d = h->values[2].v ? h->values[2].v : "";
				if (strncmp(d, tl[k].newest, DATE_SORTABLE_LEN - 1) > 0)
					snprintf(tl[k].newest, sizeof(tl[k].newest),
						 "%.*s", (int)h->values[2].len, d);
				/* a buyer that is the target read twice
				 * ("Shearson Lehman" buying "Shearson Lehman
				 * Brothers") is none */
				if (*c.f[SIG_ACQ] && !tl[k].buyer[0] &&
				    !(*c.f[SIG_TGT] &&
				      same_key(c.f[SIG_ACQ], c.f[SIG_TGT])))
					snprintf(tl[k].buyer, sizeof(tl[k].buyer),
						 "%s", c.f[SIG_ACQ]);
				if (subjects && other_side_named(&c, subjects))
					tl[k].named++;
				if (*s.f[SIG_ACQ] && *s.f[SIG_TGT] &&
				    *c.f[SIG_ACQ] && *c.f[SIG_TGT] &&
				    same_key(s.f[SIG_TGT], c.f[SIG_TGT]) &&
				    same_buyer(&s, &c))
					tl[k].sides++;
			}
			free(cc);
		}
		/* a story with the target alone, records with other buyers:
		 * which bid it is about is a guess, unless it names one of
		 * the buyers and no other ("UAW SAYS IT BACKS CHRYSLER, AMC
		 * MERGER" while one story misread another buyer) */
		if (!*s.f[SIG_ACQ] && (*s.f[SIG_TGT] || subjects))
			for (size_t a = 0; a < ntl; a++)
				for (size_t b = a + 1; b < ntl; b++)
					if (tl[a].buyer[0] && tl[b].buyer[0] &&
					    !same_key(tl[a].buyer, tl[b].buyer))
						ambiguous = 1;
		if (ambiguous)
			named = named_buyer(tl, ntl, text);
		if (named)
			ambiguous = 0;
		/* a holder selling with no buyer named: the record of its
		 * own bid, if it had one */
		if (!named && *s.f[SIG_SELLER] && !*s.f[SIG_ACQ])
			for (size_t k = 0; k < ntl && !named; k++)
				if (tl[k].buyer[0] && tl[k].stories &&
				    same_key(tl[k].buyer, s.f[SIG_SELLER])) {
					named = tl[k].buyer;
					ambiguous = 0;
				}
	}
	/* a record whose buyer the story names too ("CYACQ RAISES OFFER
	 * FOR CYCLOPS") comes before those with no buyer that share its
	 * target alone (holders' sales of Cyclops shares) */
	int by_two = 0;
	for (size_t k = 0; k < ntl; k++)
		by_two |= tl[k].named && tl[k].against < tl[k].stories &&
			  !(named && !same_key(tl[k].buyer, named));
	size_t best = ntl;
	for (size_t k = 0; !ambiguous && k < ntl; k++)
		/* a competing bid's record (one misread story among many
		 * agreeing ones does not make it one), unless the record
		 * has the story's buyer and target already (a bidder under
		 * several names: "AFG", "General Partners", "General
		 * Acquisition"); the named buyer's */
		if (!tl[k].stories ||
		    (tl[k].against >= tl[k].stories && !tl[k].sides) ||
		    (named && !same_key(tl[k].buyer, named)) ||
		    (by_two && !tl[k].named && !tl[k].buyer[0]))
			continue;
		else if (best == ntl || tl[k].stories > tl[best].stories ||
		    (tl[k].stories == tl[best].stories &&
		     strcmp(tl[k].newest, tl[best].newest) > 0))
			best = k;
	if (best < ntl) {
		memcpy(out->deal, tl[best].id, LINK_ID_LEN);
	}
	free(tl);
	free(mine);
	xdb_result_release(&r);
	return 0;
}

/*
 * A headline's words, and pairs of words, that are the key of a party of
 * some record ("GENCORP REJECTS UNSOLICITED TAKEOVER BID FROM AFG": gencorp,
 * afg), added to keys ('\n' after each) and list (',' between): what a
 * headline in capitals names, which the recogniser does not trust alone.
 */
/* Whether the title has word [w, w + n) as a ticker: "<SLB>". */
static int bracketed(const char *title, const char *w, size_t n)
{
	for (const char *p = strchr(title, '<'); p; p = strchr(p + 1, '<'))
		if (!strncasecmp(p + 1, w, n) && p[1 + n] == '>')
			return 1;
	return 0;
}

/* A headline's first LINK_HEAD_WORDS words, folded as keys are (into
 * `folded`, which they point into). */
struct head_words {
	const char *w[LINK_HEAD_WORDS];
	size_t wl[LINK_HEAD_WORDS];
	size_t n;
};

static void head_words(const struct link_in *in, struct buf *folded,
		       struct head_words *hw)
{
	gaz_key(in->g, in->title, strlen(in->title), folded);
	hw->n = 0;
	for (const char *p = folded->buf; p && *p && hw->n < LINK_HEAD_WORDS;) {
		const char *e = strchr(p, ' ');
		hw->w[hw->n] = p;
		hw->wl[hw->n++] = e ? (size_t)(e - p) : strlen(p);
		p = e ? e + 1 : p + strlen(p);
	}
}

/* Key [k, k + n) into keys ('\n' after each) and list (',' between). */
static void add_subject(struct buf *keys, struct buf *list, const char *k,
			size_t n)
{
	/* once: "GENCORP ... 9.8 PCT OF GENCORP COMMON" names one company */
	for (const char *p = list->len ? list->buf : NULL; p;) {
		const char *e = strchr(p, ',');
		size_t m = e ? (size_t)(e - p) : strlen(p);
		if (m == n && !memcmp(p, k, n))
			return;
		p = e ? e + 1 : NULL;
	}
	if (list->len)
		buf_addch(list, ',');
	buf_add(list, k, n);
	buf_add(keys, k, n);
	buf_addch(keys, '\n');
}

static int headline_parties(xdb *db, const struct link_in *in,
			    struct buf *keys, struct buf *list,
			    struct ds_err *err)
{
	if (!in->title || !*in->title)
		return 0;
	struct buf folded = BUF_INIT, term = BUF_INIT;
	struct head_words hw;
	head_words(in, &folded, &hw);
	const char *const *w = hw.w;
	const size_t *wl = hw.wl, n = hw.n;
	int rc = 0, found = 0;
	for (size_t i = 0; !rc && i < n && found < LINK_SUBJECTS; i++)
		for (size_t span = 2; span >= 1 && !rc; span--) {
			if (i + span > n || wl[i] < 3)
				continue;
			buf_reset(&term);
			buf_addstr(&term, PFX_DEAL_PARTY);
			size_t at = term.len;
			for (size_t k = i; k < i + span; k++) {
				if (k > i)
					buf_addch(&term, '-');
				buf_add(&term, w[k], wl[k]);
			}
			uint64_t f = 0;
			if (term.len > XDB_MAX_TERM)
				continue;
			rc = xdb_term_freq(db, term.buf, term.len, &f, err);
			/* a word that is the initials of a party of three
			 * words or more ("TWA SAID IT WILL REFILE": Trans World
			 * Airlines), not a ticker in brackets ("SCHLUMBERGER
			 * <SLB>"); as the key it stands for */
			if (!rc && !f && span == 1 &&
			    !bracketed(in->title, w[i], wl[i])) {
				struct buf alt = BUF_INIT;
				buf_addstr(&alt, PFX_DEAL_PARTY_INITIALS);
				buf_add(&alt, w[i], wl[i]);
				rc = xdb_term_freq(db, alt.buf, alt.len, &f, err);
				buf_release(&alt);
			}
			if (rc || !f)
				continue;
			add_subject(keys, list, term.buf + at, term.len - at);
			found++;
			i += span - 1;
			break;
		}
	/* its tickers: "CEASARS WORLD <CAW> STUDYING SOSNOFF OFFER" names
	 * the company another story gave that ticker */
	for (const char *lt = strchr(in->title, '<'); !rc && lt;
	     lt = strchr(lt + 1, '<')) {
		size_t tn = ticker_len(lt);
		if (!tn)
			continue;
		buf_reset(&term);
		buf_addstr(&term, PFX_DEAL_PARTY);
		size_t at = term.len;
		add_ticker(&term, lt, tn);
		uint64_t f = 0;
		rc = xdb_term_freq(db, term.buf, term.len, &f, err);
		if (!rc && f)
			add_subject(keys, list, term.buf + at, term.len - at);
	}
	buf_release(&folded);
	buf_release(&term);
	return rc;
}

/*
 * The record of a story whose deal has no target, or that has no deal of
 * its own (coverage: "S/P MAY DOWNGRADE GENCORP", "TWA SUES USAIR OVER
 * POISON PILL"): one whose target is among the companies the story names
 * first and the headline's words that name a party of some record
 * (subject_deal()).
 */
static int subjects_deal(xdb *db, const struct link_in *in,
			 struct link_out *out, struct text *text, int coverage,
			 struct ds_err *err)
{
	int rc;
	struct buf keys = BUF_INIT, list = BUF_INIT, scratch = BUF_INIT;
	if (out->parties.len)
		buf_addstr(&keys, out->parties.buf);
	const struct tags *t = in->tags;
	/* coverage: its headline's parties alone */
	for (size_t i = 0; !coverage && i < t->ncompanies && i < LINK_SUBJECTS;
	     i++) {
		size_t at = keys.len;
		add_key(in->g, t->companies[i], &keys, &scratch);
		if (keys.len == at)
			continue;
		if (list.len)
			buf_addch(&list, ',');
		buf_add(&list, keys.buf + at, keys.len - at);
		buf_addch(&keys, '\n');
	}
	rc = headline_parties(db, in, &keys, &list, err);
	if (!rc && keys.len)
		rc = find_deal(db, in, out, keys.buf, list.buf, coverage,
			       text, err);
	buf_release(&keys);
	buf_release(&list);
	buf_release(&scratch);
	return rc;
}

/* "d" + 12 hex digits of the hash of the story's id. */
static void own_id(const char *id, char out[LINK_ID_LEN])
{
	uint64_t h = XXH3_64bits(id, strlen(id));
	snprintf(out, LINK_ID_LEN, "d%012llx",
		 (unsigned long long)(h & 0xffffffffffffULL));
}

/*
 * A story without a deal of its own that is about a record's deal (a
 * lawsuit, a rating, a regulator's ruling): it joins the record when it
 * names both sides, the target in its headline (subjects_deal()), the
 * buyer anywhere, and the M&A classifier leans less than
 * LINK_COVERAGE_SCORE against a deal; as coverage, with its
 * SimHash (a repeat of it joins too), and no signature or party terms: it
 * is never a candidate itself.
 */
static int coverage(xdb *db, const struct link_in *in, struct link_out *out,
		    struct ds_err *err)
{
	make_sig(in, out, NULL);
	struct text text = {.in = in};
	int rc = subjects_deal(db, in, out, &text, 1, err);
	buf_release(&text.folded);
	buf_reset(&out->sig);
	buf_reset(&out->parties);
	if (!rc && out->deal[0])
		out->simhash = text_simhash(in);
	return rc;
}

/*
 * Orphans (link.h): a deal story no record took when it was written.  It
 * keeps its signature, with its subjects in the parties field, and XDPO
 * terms for them; a later story whose record names both its companies
 * adopts it.
 */

/* Key [k, k + n) into list ('\n' after each), once. */
static void add_unique(struct buf *list, const char *k, size_t n)
{
	for (const char *p = list->buf; p && *p;) {
		const char *e = strchr(p, '\n');
		if ((size_t)(e - p) == n && !memcmp(p, k, n))
			return;
		p = e + 1;
	}
	buf_add(list, k, n);
	buf_addch(list, '\n');
}

/* A headline word that may be a name's: three letters or more, not a
 * number. */
static int name_word(const char *w, size_t n)
{
	/* a headline's words that name no company: its function words
	 * and the wire's deal words (each a term on every orphan) */
	static const char *const plain[] = {
		"and", "are", "bid", "bids", "buy", "buys", "corp", "dlr",
		"dlrs", "for", "from", "has", "have", "inc", "its", "merger",
		"mln", "not", "offer", "offers", "pct", "said", "sale", "say",
		"says", "sell", "sells", "share", "shares", "shr", "stake",
		"talks", "that", "the", "to", "unit", "was", "will", "with",
	};
	if (n < 3)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(plain); i++)
		if (strlen(plain[i]) == n && !memcmp(w, plain[i], n))
			return 0;
	for (size_t i = 0; i < n; i++)
		if (w[i] >= 'a' && w[i] <= 'z')
			return 1;
	return 0;
}

/* An orphan's subjects into out->subjects ('\n' after each key): its
 * deal's parties, the companies it names first, and its headline's words
 * and pairs of words (a flash names its companies there, in capitals the
 * recogniser does not trust: "HARPER AND ROW GETS BID FROM HARCOURT"). */
static void orphan_subjects(const struct link_in *in, struct link_out *out,
			    int flash)
{
	struct buf *o = &out->subjects;
	struct buf k = BUF_INIT, scratch = BUF_INIT;
	buf_reset(o);
	for (const char *p = out->parties.buf; p && *p;) {
		const char *e = strchr(p, '\n');
		add_unique(o, p, (size_t)(e - p));
		p = e + 1;
	}
	const struct tags *t = in->tags;
	for (size_t i = 0; i < t->ncompanies && i < LINK_ORPHAN_COMPANIES; i++) {
		buf_reset(&k);
		add_key(in->g, t->companies[i], &k, &scratch);
		if (k.len)
			add_unique(o, k.buf, k.len);
	}
	/* a flash's headline words: a body names the companies ("FIRST
	 * HOLLIS BANK SUES TREMAINE" names no Hollis Corp, and its body
	 * says so) */
	if (flash && in->title && *in->title) {
		struct head_words hw;
		head_words(in, &scratch, &hw);
		const char *const *w = hw.w;
		const size_t *wl = hw.wl, n = hw.n;
		for (size_t i = 0; i < n; i++) {
			if (!name_word(w[i], wl[i]))
				continue;
			add_unique(o, w[i], wl[i]);
			if (i + 1 < n && name_word(w[i + 1], wl[i + 1])) {
				buf_reset(&k);
				buf_add(&k, w[i], wl[i]);
				buf_addch(&k, '-');
				buf_add(&k, w[i + 1], wl[i + 1]);
				add_unique(o, k.buf, k.len);
			}
		}
	}
	buf_release(&k);
	buf_release(&scratch);
}

/* Make the story an orphan: its subjects, and its signature with them. */
/* Whether the story is a flash: a body shorter than LINK_FLASH_WORDS. */
static int flash(const struct link_in *in)
{
	return body_words(in) < LINK_FLASH_WORDS;
}

/* Whether the headline names two of the companies the story names first
 * (by their first words: "CALNY <CLNY> SUES PEPSICO"). */
static int headline_names_two(const struct link_in *in)
{
	if (!in->title || !*in->title)
		return 0;
	struct buf folded = BUF_INIT, k = BUF_INIT, scratch = BUF_INIT;
	struct head_words hw;
	head_words(in, &folded, &hw);
	unsigned named = 0;
	const struct tags *t = in->tags;
	for (size_t i = 0; i < t->ncompanies && i < LINK_ORPHAN_COMPANIES; i++) {
		buf_reset(&k);
		add_key(in->g, t->companies[i], &k, &scratch);
		const char *d = k.len ? memchr(k.buf, '-', k.len) : NULL;
		size_t n = d ? (size_t)(d - k.buf) : k.len;
		for (size_t w = 0; n && w < hw.n; w++)
			if (hw.wl[w] == n && !memcmp(hw.w[w], k.buf, n)) {
				named++;
				break;
			}
	}
	buf_release(&folded);
	buf_release(&k);
	buf_release(&scratch);
	return named >= 2;
}

static void make_orphan(const struct link_in *in, struct link_out *out,
			int coverage)
{
	int fl = flash(in);
	/* coverage with a body: about a deal of two companies its headline
	 * names, as the coverage rule wants its headline to name one */
	if (coverage && !fl && !headline_names_two(in))
		return;
	orphan_subjects(in, out, fl);
	if (!out->subjects.len)
		return;
	struct buf extra = BUF_INIT;
	for (const char *p = out->subjects.buf; *p;) {
		const char *e = strchr(p, '\n');
		if (extra.len)
			buf_addch(&extra, ',');
		buf_add(&extra, p, (size_t)(e - p));
		p = e + 1;
	}
	buf_reset(&out->sig);
	make_sig(in, out, extra.buf);
	buf_release(&extra);
	/* coverage: no type (orphan_joins()) */
	if (coverage) {
		const char *e = memchr(out->sig.buf, SCHEMA_FACET_SEP,
				       out->sig.len);
		size_t n = e ? (size_t)(e - out->sig.buf) : out->sig.len;
		memmove(out->sig.buf, out->sig.buf + n, out->sig.len - n + 1);
		out->sig.len -= n;
	}
	out->orphan = 1;   /* dated: out->period is its XDPO bucket */
}

/* Whether orphan o's deal is story s's: the same family and amounts that
 * agree, and, where the orphan names a target, the same deal; else both
 * of s's companies (its buyer and target, or a merger's two parties) are
 * among the orphan's subjects. */
static int orphan_joins(const struct sig *o, const struct sig *s)
{
	const char *fo = link_family(o->f[SIG_TYPE]);
	const char *fs = link_family(s->f[SIG_TYPE]);
	int coverage = !*o->f[SIG_TYPE];
	if (!fs || (!coverage && (!fo || strcmp(fo, fs))))
		return 0;
	if (!coverage && *o->f[SIG_TGT])
		return same_deal(o, s);
	if (!isnan(s->usd) && !isnan(o->usd) && s->usd > 0 && o->usd > 0 &&
	    (s->usd / o->usd > LINK_AMOUNT_RATIO ||
	     o->usd / s->usd > LINK_AMOUNT_RATIO))
		return 0;
	struct buf pair = BUF_INIT;
	pair_of(s, &pair);
	int both = pair.len && pair_named(pair.buf, o->f[SIG_PARTIES], 1);
	buf_release(&pair);
	return both;
}

/* The XDPO terms a story's party key may match: the key, its first word
 * and first two words (a headline names "HARPER" of Harper and Row
 * Publishers), its initials ("TWA"), each once, into keys. */
static void orphan_keys(const char *k, size_t n, struct buf *keys)
{
	add_unique(keys, k, n);
	const char *d1 = memchr(k, '-', n);
	if (d1 && (size_t)(d1 - k) >= LINK_PREFIX_MIN)
		add_unique(keys, k, (size_t)(d1 - k));
	const char *d2 = d1 ? memchr(d1 + 1, '-', n - (size_t)(d1 + 1 - k)) :
		NULL;
	if (d2)
		add_unique(keys, k, (size_t)(d2 - k));
	struct buf ini = BUF_INIT;
	if (key_initials(k, n, &ini))
		add_unique(keys, ini.buf, ini.len);
	buf_release(&ini);
}

/* The orphans the story's record adopts (orphan_joins()), among those
 * within LINK_WINDOW_DAYS whose subjects its parties' keys match: their
 * ids into out->adopt. */
/* The orphans whose subjects may name key k (orphan_keys()) in the
 * buckets [w0, w1]: their XDPO terms into ts; whether there is one. */
static int orphans_naming(const char *k, long w0, long w1,
			  struct termset *ts)
{
	struct buf keys = BUF_INIT, term = BUF_INIT;
	char nb[XDB_MAX_TERM + 1];
	const char *name = name_part(k, nb), *tkr = ticker_part(k);
	if (*name != '$')
		orphan_keys(name, strlen(name), &keys);
	if (tkr)
		add_unique(&keys, tkr, strlen(tkr));
	int any = 0;
	for (const char *p = keys.buf; *p;) {
		const char *e = strchr(p, '\n');
		for (long w = w0; w <= w1; w++) {
			buf_reset(&term);
			buf_addf(&term, "%s%ld:", PFX_DEAL_ORPHAN, w);
			buf_add(&term, p, (size_t)(e - p));
			any |= ts_add(ts, &term);
		}
		p = e + 1;
	}
	buf_release(&keys);
	buf_release(&term);
	return any;
}

static int find_orphans(xdb *db, const struct link_in *in,
			struct link_out *out, struct ds_err *err)
{
	if (!in->has_date || !out->sig.len)
		return 0;
	/* orphans that may name either of its companies: two sets of
	 * terms, ORed (orphan_joins() wants both, each by same_key(), so a
	 * flash that misspells one is found by the other: "CEASARS WORLD
	 * FILES SUIT AGAINST ... MTS ACQUISITION") */
	char *mine = xstrndup(out->sig.buf, out->sig.len);
	struct sig s;
	struct buf pair = BUF_INIT;
	char a[XDB_MAX_TERM + 1], b[XDB_MAX_TERM + 1];
	const char *pp = NULL;
	int two = parse_sig(mine, &s);
	if (two) {
		pair_of(&s, &pair);
		pp = pair.buf ? pair.buf : "";
		two = next_key(&pp, a) && next_key(&pp, b);
	}
	buf_release(&pair);
	long w = out->period;
	struct termset ts = {BUF_INIT, 0};
	if (!two || !orphans_naming(a, w - 1, w + 1, &ts) ||
	    !orphans_naming(b, w - 1, w + 1, &ts)) {
		buf_release(&ts.terms);
		free(mine);
		return 0;
	}
	static const unsigned slots[] = {SLOT_DEAL, SLOT_DEAL_SIG,
					 SLOT_DUP_ROOT};
	struct xdb_result r;
	int rc = candidates(db, in, &ts, slots, ARRAY_SIZE(slots), &r, err);
	buf_release(&ts.terms);
	if (rc) {
		free(mine);
		return rc;
	}
	for (size_t i = 0; i < r.nhits; i++) {
		const struct xdb_hit_value *v = r.hits[i].values;
		/* one a record has taken meanwhile (this batch) */
		if (v[0].v || !v[1].v || !v[2].v)
			continue;
		char *cc = xstrndup(v[1].v, v[1].len);
		struct sig c;
		if (parse_sig(cc, &c) && orphan_joins(&c, &s)) {
			buf_add(&out->adopt, v[2].v, v[2].len);
			buf_addch(&out->adopt, '\n');
		}
		free(cc);
	}
	free(mine);
	xdb_result_release(&r);
	return 0;
}

/* Whether the story's deal names none of its sides. */
static int no_side(const struct tags *t)
{
	return !t->deal.acquirer && !t->deal.target && !t->deal.seller &&
	       !t->deal.ninvestors && t->deal.nparties < 2;
}

int link_story(xdb *db, const struct link_in *in, struct link_out *out,
	       struct ds_err *err)
{
	out->deal[0] = 0;
	out->orphan = 0;
	buf_reset(&out->dup_of);
	buf_reset(&out->sig);
	buf_reset(&out->parties);
	buf_reset(&out->subjects);
	buf_reset(&out->adopt);
	out->simhash = 0;
	out->period = in->has_date ? window_of(in->date) : -1;
	/* a deal the index does not claim (too unsure) joins a record, and
	 * never opens one */
	int has_deal = in->tags &&
		       link_family(ex_deal_type_slug(in->tags->deal.type));
	/* a deal the index does not claim, that names no side and that the
	 * M&A classifier barely leans to is no more than a story about the
	 * parties ("CHRYSLER EXTENDS SALES INCENTIVE PROGRAM"): coverage,
	 * at most */
	if (has_deal && !in->claimed && no_side(in->tags) &&
	    in->tags->deal.score < LINK_SUBJECT_SCORE)
		has_deal = 0;
	if (!has_deal) {
		if (!in->tags || in->tags->deal.score < LINK_COVERAGE_SCORE)
			return 0;
		int rc = coverage(db, in, out, err);
		/* a record for it may come later: an orphan, whose headline
		 * must name both of the record's companies */
		if (!rc && !out->deal[0] && in->has_date)
			make_orphan(in, out, 1);
		if (!out->orphan)
			buf_reset(&out->parties);
		return rc;
	}
	out->simhash = text_simhash(in);
	char dup_deal[LINK_ID_LEN] = "";
	int rc = find_dup(db, in, out, dup_deal, err);
	if (rc)
		return rc;
	make_sig(in, out, NULL);
	struct text text = {.in = in};
	/* a repeat is the story it repeats: same deal */
	if (*dup_deal) {
		memcpy(out->deal, dup_deal, LINK_ID_LEN);
	} else if (in->tags->deal.target) {
		rc = find_deal(db, in, out, out->parties.buf, NULL, 0, &text,
			       err);
	}
	/* a merger's or a partnership's two parties, else as a deal with
	 * no target */
	if (!rc && !*dup_deal && !in->tags->deal.target &&
	    !in->tags->deal.acquirer && in->tags->deal.nparties >= 2)
		rc = find_deal(db, in, out, out->parties.buf, NULL, 0, &text,
			       err);
	if (!rc && !*dup_deal && !in->tags->deal.target && !out->deal[0])
		rc = subjects_deal(db, in, out, &text, 0, err);
	buf_release(&text.folded);
	if (!rc && !out->deal[0] && in->claimed && out->parties.len)
		own_id(in->id, out->deal);
	/* earlier stories of its deal that no record took */
	if (!rc && out->deal[0])
		rc = find_orphans(db, in, out, err);
	if (!out->deal[0]) {
		/* no record: an orphan, or nothing of it goes into the
		 * document */
		buf_reset(&out->dup_of);
		if (!rc && in->has_date)
			make_orphan(in, out, 0);
		if (!out->orphan) {
			buf_reset(&out->sig);
			buf_reset(&out->parties);
		}
	}
	return rc;
}

/* An orphan's values and terms: its signature, its id (to be adopted
 * by), its subjects in its period's XDPO terms. */
static int apply_orphan(const struct link_out *o, const char *id,
			xdb_doc *doc, struct ds_err *err)
{
	int rc = xdb_doc_set_value(doc, SLOT_DEAL_SIG, o->sig.buf, o->sig.len,
				   err);
	if (!rc)
		rc = xdb_doc_set_value(doc, SLOT_DUP_ROOT, id, strlen(id), err);
	struct buf term = BUF_INIT;
	for (const char *p = o->subjects.buf; !rc && p && *p;) {
		const char *e = strchr(p, '\n');
		buf_reset(&term);
		buf_addf(&term, "%s%ld:", PFX_DEAL_ORPHAN, o->period);
		buf_add(&term, p, (size_t)(e - p));
		if (term.len <= XDB_MAX_TERM)
			rc = xdb_doc_add_boolean(doc, term.buf, term.len, err);
		p = e + 1;
	}
	buf_release(&term);
	return rc;
}

int link_apply(const struct link_out *o, const char *id, xdb_doc *doc,
	       struct ds_err *err)
{
	if (o->orphan)
		return apply_orphan(o, id, doc, err);
	if (!o->deal[0])
		return 0;
	int rc = 0;
	struct buf term = BUF_INIT, ini = BUF_INIT;
	char hex[17];
	snprintf(hex, sizeof(hex), "%016llx", (unsigned long long)o->simhash);
	rc = xdb_doc_set_value(doc, SLOT_SIMHASH, hex, 16, err);
	if (!rc) {
		const char *root = o->dup_of.len ? o->dup_of.buf : id;
		rc = xdb_doc_set_value(doc, SLOT_DUP_ROOT, root, strlen(root),
				       err);
	}
	for (unsigned b = 0; !rc && b < 4; b++) {
		band_term(o->period, o->simhash, b, &term);
		rc = xdb_doc_add_boolean(doc, term.buf, term.len, err);
	}
	if (!rc) {
		rc = xdb_doc_set_value(doc, SLOT_DEAL, o->deal, strlen(o->deal),
				       err);
		buf_reset(&term);
		buf_addstr(&term, PFX_DEAL);
		buf_addstr(&term, o->deal);
		if (!rc)
			rc = xdb_doc_add_boolean(doc, term.buf, term.len, err);
	}
	if (!rc && o->sig.len)
		rc = xdb_doc_set_value(doc, SLOT_DEAL_SIG, o->sig.buf,
				       o->sig.len, err);
	for (const char *p = o->parties.buf; !rc && p && *p;) {
		const char *e = strchr(p, '\n');
		party_term(-1, p, (size_t)(e - p), &term);
		if (term.len <= XDB_MAX_TERM)
			rc = xdb_doc_add_boolean(doc, term.buf, term.len, err);
		if (!rc && o->period >= 0) {
			party_term(o->period, p, (size_t)(e - p), &term);
			if (term.len <= XDB_MAX_TERM)
				rc = xdb_doc_add_boolean(doc, term.buf,
							 term.len, err);
		}
		if (!rc && key_initials(p, (size_t)(e - p), &ini)) {
			buf_reset(&term);
			buf_addstr(&term, PFX_DEAL_PARTY_INITIALS);
			buf_add(&term, ini.buf, ini.len);
			if (term.len <= XDB_MAX_TERM)
				rc = xdb_doc_add_boolean(doc, term.buf,
							 term.len, err);
		}
		p = e + 1;
	}
	buf_release(&ini);
	buf_release(&term);
	return rc;
}
