/*
 * doc.c - the document model (doc.h): the article cut into paragraphs,
 * sentences and tokens, the word classes, and the names and mentions the
 * stages record.
 */
#include "doc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
 * A sentence is written in capitals (a wire headline: its names are a
 * guess) when at least CAPS_PERCENT of its CAPS_MIN_LETTERS or more
 * letters are capitals.
 */
#define CAPS_MIN_LETTERS 4
#define CAPS_PERCENT 80
/*
 * Hard-wrapped text has lines of about 65 characters (Reuters); a line
 * longer than WRAPPED_LINE_MAX means one paragraph per line.
 */
#define WRAPPED_LINE_MAX 100
/*
 * A dateline ("TOKYO, March 3 -") starts the body within DATELINE_MAX
 * bytes, its place in capitals (DATELINE_MIN_CAPS letters at least).
 */
#define DATELINE_MAX 60
#define DATELINE_MIN_CAPS 3
/* A wire's name in brackets after the place, "(Reuters)", at most. */
#define DATELINE_AGENCY_MAX 24

int doc_init(struct doc *doc, const struct gaz *g, struct ds_err *err)
{
	memset(doc, 0, sizeof(*doc));
	int rc = ana_new("english", &doc->ana, err);
	if (rc)
		return rc;
	doc->g = g;
	buf_init(&doc->text, 4096);
	buf_init(&doc->arena, 4096);
	buf_init(&doc->key, 64);
	buf_init(&doc->scratch, 64);
	doc->co_alias = smap_new();
	doc->pe_key = smap_new();
	doc->lex_word = smap_new();
	doc->lex_stem = smap_new();
	return 0;
}

static void reset_names(struct doc_name *v, size_t *n)
{
	for (size_t i = 0; i < *n; i++) {
		free(v[i].name);
		free(v[i].key);
	}
	*n = 0;
}

void doc_release(struct doc *doc)
{
	ana_free(doc->ana);
	buf_release(&doc->text);
	buf_release(&doc->arena);
	buf_release(&doc->key);
	buf_release(&doc->scratch);
	free(doc->tok);
	free(doc->sent);
	free(doc->para);
	free(doc->ment);
	reset_names(doc->co, &doc->nco);
	reset_names(doc->pe, &doc->npe);
	free(doc->co);
	free(doc->pe);
	smap_free(doc->co_alias);
	smap_free(doc->pe_key);
	smap_free(doc->lex_word);
	smap_free(doc->lex_stem);
	free(doc->in_name);
	free(doc->tok_co);
	free(doc->tok_place);
	free(doc->tok_money);
	free(doc->money);
	memset(doc, 0, sizeof(*doc));
}

/* ---- word classes and tokens ------------------------------------------- */

static void lexicon(struct smap *m, const char *w, uint32_t bits)
{
	size_t n = strlen(w);
	int old = smap_get(m, w, n);
	smap_put(m, w, n, (int)(bits | (old < 0 ? 0u : (uint32_t)old)));
}

void doc_lexicon_word(struct doc *doc, const char *w, uint32_t bits)
{
	lexicon(doc->lex_word, w, bits);
}

void doc_lexicon_stem(struct doc *doc, const char *s, uint32_t bits)
{
	lexicon(doc->lex_stem, s, bits);
}

int doc_word_is(const struct doc *doc, size_t i, const char *w)
{
	return i < doc->ntok &&
	       doc_bytes_are(doc_word(doc, i), doc->tok[i].wl, w);
}

int doc_stem_is(const struct doc *doc, size_t i, const char *s)
{
	return i < doc->ntok &&
	       doc_bytes_are(doc_stem(doc, i), doc->tok[i].sl, s);
}

int doc_sector(const struct doc *doc, size_t i)
{
	if (i >= doc->ntok ||
	    !gaz_sector_form(doc->g, doc_word(doc, i), doc->tok[i].wl))
		return -1;
	return gaz_sector_of(doc->g, doc_stem(doc, i), doc->tok[i].sl);
}

int doc_phrase_sector(const struct doc *doc, size_t i, size_t end)
{
	if (i >= end || (doc->tok[i].flags & ANA_JOINED) ||
	    !gaz_sector_may_start(doc->g, doc_stem(doc, i), doc->tok[i].sl))
		return -1;
	char key[256];
	size_t len = 0, k = i;
	for (unsigned n = 1; n <= DOC_SECTOR_PHRASE_MAX && k < end; n++) {
		/* each word as the keyword writes it */
		if (!gaz_sector_form(doc->g, doc_word(doc, k), doc->tok[k].wl) ||
		    len + 1 + doc->tok[k].sl > sizeof(key))
			return -1;
		if (n > 1)
			key[len++] = ' ';
		memcpy(key + len, doc_stem(doc, k), doc->tok[k].sl);
		len += doc->tok[k].sl;
		if (n > 1) {
			int sec = gaz_sector_of(doc->g, key, len);
			if (sec >= 0)
				return sec;
		}
		k = doc_next(doc, k);
	}
	return -1;
}

int doc_name_sector(const struct doc *doc, size_t t0, size_t t1)
{
	static const char *const vague[] = {"develop", "hous", "industri"};
	if (t1 <= t0)
		return -1;
	size_t k = t1 - 1;
	for (size_t j = t0; j + 1 < t1; j = doc_next(doc, j))
		if (doc_word_is(doc, j, "of")) {
			long p = doc_prev(doc, j);
			if (p >= (long)t0)
				k = (size_t)p;
			break;
		}
	/* a suffix that is a trade's word says it: "Texas Bancshares Inc" */
	while (doc->tok[k].wcls & DOC_W_SUFFIX) {
		int sec = doc_sector(doc, k);
		if (sec >= 0)
			return sec;
		/* (the name's first token may not be a word of its own:
		 * "Co-operative" opens with the suffix "Co") */
		long p = doc_prev(doc, k);
		if (k == t0 || p < (long)t0)
			return -1;
		k = (size_t)p;
	}
	for (size_t i = 0; i < sizeof(vague) / sizeof(vague[0]); i++)
		if (doc_stem_is(doc, k, vague[i]))
			return -1;
	int sec = doc_sector(doc, k);
	/* else a trade's phrase the name holds: "Republic Savings and Loan
	 * Association" */
	for (size_t j = t0; sec < 0 && j < t1; j = doc_next(doc, j))
		sec = doc_phrase_sector(doc, j, t1);
	return sec;
}

size_t doc_tok_at(const struct doc *doc, size_t off)
{
	size_t lo = 0, hi = doc->ntok;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->tok[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t doc_next(const struct doc *doc, size_t i)
{
	/* past the end stays there: a caller may step from an end it was
	 * given ("b = doc_next(doc, a)" with a at the end) */
	if (i >= doc->ntok)
		return doc->ntok;
	uint32_t s = doc->tok[i].sent;
	for (i++; i < doc->ntok && doc->tok[i].sent == s; i++)
		if (!(doc->tok[i].flags & ANA_JOINED))
			return i;
	return doc->ntok;
}

/* The token before i that is sentence s's and no joined part, or -1. */
static long doc_prev_in(const struct doc *doc, size_t i, uint32_t s)
{
	for (long k = (long)i - 1; k >= 0 && doc->tok[k].sent == s; k--)
		if (!(doc->tok[k].flags & ANA_JOINED))
			return k;
	return -1;
}

long doc_prev(const struct doc *doc, size_t i)
{
	if (i >= doc->ntok)   /* past the end: the last token's sentence */
		return doc->ntok ? doc_prev_in(doc, doc->ntok,
					       doc->tok[doc->ntok - 1].sent) : -1;
	return doc_prev_in(doc, i, doc->tok[i].sent);
}

/*
 * A name as one line: the white space between its words, a line break of
 * the source among it ("Joseph\nArsenio" in a Reuters story wrapped at 70
 * columns), is one space, so that no list, deal line or cell is cut.
 */
static char *one_line(const char *s, size_t len)
{
	char *c = xmalloc(len + 1);
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		int space = s[i] == ' ' || s[i] == '\n' || s[i] == '\r' ||
			    s[i] == '\t';
		if (!space)
			c[n++] = s[i];
		else if (n && c[n - 1] != ' ')
			c[n++] = ' ';
	}
	while (n && c[n - 1] == ' ')
		n--;
	c[n] = '\0';
	return c;
}

/* `keys`: the name's key (and for companies, its aliases) -> index. */
static int add_name(struct doc *doc, struct doc_name **v, size_t *n,
		    size_t *cap, const char *name, size_t len, uint32_t tok,
		    struct smap *keys)
{
	gaz_key(doc->g, name, len, &doc->key);
	if (!doc->key.len)
		return -1;
	int id = smap_get(keys, doc->key.buf, doc->key.len);
	if (id >= 0) {
		(*v)[id].mentions++;
		if (tok < (*v)[id].first)
			(*v)[id].first = tok;
		return id;
	}
	DOC_GROW(*v, *n, *cap);
	struct doc_name *x = &(*v)[*n];
	x->name = one_line(name, len);
	x->key = xstrdup(doc->key.buf);
	x->mentions = 1;
	x->first = tok;
	smap_put(keys, doc->key.buf, doc->key.len, (int)*n);
	return (int)(*n)++;
}

int doc_company(struct doc *doc, const char *name, size_t len,
	      uint32_t tok)
{
	return add_name(doc, &doc->co, &doc->nco, &doc->capco, name, len, tok,
			doc->co_alias);
}

int doc_person(struct doc *doc, const char *name, size_t len,
	     uint32_t tok)
{
	return add_name(doc, &doc->pe, &doc->npe, &doc->cappe, name, len, tok,
			doc->pe_key);
}

void doc_mention(struct doc *doc, enum doc_ment_kind kind, int id,
	       uint32_t t0, uint32_t t1)
{
	DOC_GROW(doc->ment, doc->nment, doc->capment);
	struct doc_ment *m = &doc->ment[doc->nment++];
	m->kind = kind;
	m->id = id;
	m->t0 = t0;
	m->t1 = t1;
	m->sent = doc->tok[t0].sent;
	if (kind == DOC_COMPANY || kind == DOC_PERSON)
		for (uint32_t k = t0; k < t1; k++)
			doc->in_name[k] = 1;
}

/* ---- segmenting -------------------------------------------------------- */

static const char *const abbrevs[] = {
	"inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "st", "jr",
	"sr", "no", "vs", "gen", "gov", "sen", "rep", "prof", "bros", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "mt", "ft", "cos", "plc", "nv", "sa", "ag", "approx", "est",
	"dept", "univ", "assn", "ave", "blvd", "calif", "conn", "mass",
	"fla", "ill", "va", "wash", "ore", "tenn", "ariz", "minn", "wis",
	"okla", "del", "ala", "colo", "mich", "pa", "ga", "mo", "md", "ky",
	"la", "kan", "neb", "nev", "tex", "vt", "wyo", "ont", "que", "alta",
	/* first names shortened inside firms' names ("Alex. Brown and
	 * Sons", "Wm. Wrigley"), and Europe's ("Chr. Hansen", "Wilh.
	 * Wilhelmsen", "Joh. Vaillant", "Gebr. Knauf": brothers) */
	"alex", "wm", "chas", "jas", "jos", "geo", "thos", "benj", "edw",
	"chr", "wilh", "joh", "gebr",
};

static int is_abbrev(const char *s, size_t start, size_t dot)
{
	size_t b = dot;
	while (b > start && isalpha((unsigned char)s[b - 1]))
		b--;
	size_t n = dot - b;
	if (n == 1)
		return 1;   /* an initial, or U.S. */
	if (n == 0 || n > 6)
		return 0;
	char w[8];
	for (size_t i = 0; i < n; i++)
		w[i] = (char)tolower((unsigned char)s[b + i]);
	w[n] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(abbrevs); i++)
		if (!strcmp(abbrevs[i], w))
			return 1;
	return 0;
}

/* Narrow [*start, *end) of the text to its non-blank part; 0 if empty. */
static int trim(const struct doc *doc, size_t *start, size_t *end)
{
	const char *s = doc->text.buf;
	while (*start < *end && isspace((unsigned char)s[*start]))
		(*start)++;
	while (*end > *start && isspace((unsigned char)s[*end - 1]))
		(*end)--;
	return *start < *end;
}

/*
 * A headline in title case ("Nusa Pushes Ahead With Purchase"): of its
 * words of more than three letters, TITLE_PERCENT or more start with a
 * capital (short words, "to", "of", "in", may not), TITLE_MIN_WORDS at
 * least.
 */
#define TITLE_MIN_WORDS 3
#define TITLE_PERCENT 75

static int title_case(const char *s, size_t n)
{
	size_t words = 0, caps = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && !isalpha((unsigned char)s[i]))
			i++;
		size_t w = i;
		while (i < n && (isalpha((unsigned char)s[i]) || s[i] == '\''))
			i++;
		if (i - w > 3) {
			words++;
			caps += isupper((unsigned char)s[w]) != 0;
		}
	}
	return words >= TITLE_MIN_WORDS && caps * 100 >= words * TITLE_PERCENT;
}

/* The length of the figure in a percent written as one word ("45pc",
 * "19.9pc"), or 0. */
static size_t percent_figure(const char *w, size_t n)
{
	if (n < 3 || w[n - 2] != 'p' || w[n - 1] != 'c' ||
	    !isdigit((unsigned char)w[0]))
		return 0;
	for (size_t i = 0; i < n - 2; i++)
		if (!isdigit((unsigned char)w[i]) && w[i] != '.')
			return 0;
	return w[n - 3] == '.' ? 0 : n - 2;
}

/* Token *tp of the sentence starting at text offset `start` into the
 * document's tokens, its position counted from `base`. */
static void add_token(struct doc *doc, const struct ana_token *tp,
		      size_t start, uint32_t base)
{
	const char *s = doc->text.buf;
	const struct ana_token t = *tp;
	DOC_GROW(doc->tok, doc->ntok, doc->captok);
	struct doc_tok *x = &doc->tok[doc->ntok++];
	x->w = (uint32_t)doc->arena.len;
	x->wl = (uint32_t)t.word_len;
	buf_add(&doc->arena, t.word, t.word_len);
	buf_addch(&doc->arena, '\0');
	x->s = (uint32_t)doc->arena.len;
	x->sl = (uint32_t)t.stem_len;
	buf_add(&doc->arena, t.stem, t.stem_len);
	buf_addch(&doc->arena, '\0');
	x->start = start + t.start;
	x->end = start + t.end;
	x->sent = (uint32_t)doc->nsent;
	x->pos = base + t.pos;
	x->flags = (uint8_t)t.flags;
	unsigned char c = (unsigned char)s[x->start];
	/* a name written in camel case after one small letter is
	 * capitalised ("eFishery", "eBay", "bKash"), not a unit or
	 * an acronym ("kWh", "mRNA", "eVTOL") */
	x->cap = isupper(c) ||
		 (c >= 0x80 && ana_upper(s + x->start,
					 x->end - x->start)) ||
		 (islower(c) && t.end - t.start >= 4 &&
		  isupper((unsigned char)s[x->start + 1]) &&
		  islower((unsigned char)s[x->start + 2]));
	x->digit = isdigit(c) != 0;
	int w = smap_get(doc->lex_word, t.word, t.word_len);
	int scl = smap_get(doc->lex_stem, t.stem, t.stem_len);
	x->wcls = w < 0 ? 0 : (uint32_t)w;
	x->scls = scl < 0 ? 0 : (uint32_t)scl;
}

static void add_sentence(struct doc *doc, size_t start, size_t end,
			 uint32_t para)
{
	const char *s = doc->text.buf;
	if (!trim(doc, &start, &end))
		return;
	DOC_GROW(doc->sent, doc->nsent, doc->capsent);
	struct doc_sent *st = &doc->sent[doc->nsent];
	st->start = start;
	st->end = end;
	st->para = para;
	st->t0 = (uint32_t)doc->ntok;
	size_t letters = 0, upper = 0;
	for (size_t i = start; i < end; i++)
		if (isalpha((unsigned char)s[i])) {
			letters++;
			upper += isupper((unsigned char)s[i]) != 0;
		}
	st->caps = letters >= CAPS_MIN_LETTERS &&
		   upper * 100 >= letters * CAPS_PERCENT;
	st->title = st->caps || (para == 0 && title_case(s + start,
							 end - start));
	struct ana_token t;
	uint32_t base = doc->next_pos;
	ana_start(doc->ana, s + start, end - start, 0);
	while (ana_next(doc->ana, &t)) {
		/* "45pc", "19.9pc": a figure and its percent, as "45 pct",
		 * for the rules; the figure keeps the analyser's stem, which
		 * is indexed, and the percent is made (DOC_TOK_MADE) */
		size_t pc = percent_figure(t.word, t.word_len);
		if (pc) {
			struct ana_token f = t, u = t;
			f.word_len = pc;
			f.end = t.start + pc;
			u.word = u.stem = "pct";
			u.word_len = u.stem_len = 3;
			u.start = f.end;
			u.flags = DOC_TOK_MADE;
			add_token(doc, &f, start, base);
			add_token(doc, &u, start, base);
			continue;
		}
		add_token(doc, &t, start, base);
	}
	st->t1 = (uint32_t)doc->ntok;
	doc->next_pos = base + ana_pos(doc->ana);
	doc->nsent++;
}



static void split_sentences(struct doc *doc, uint32_t para)
{
	struct doc_para *p = &doc->para[para];
	const char *s = doc->text.buf;
	size_t b = p->start;
	p->s0 = (uint32_t)doc->nsent;
	/* a dateline found in the body is a sentence of its own: the
	 * lead's first sentence opens with its subject ("DUBAI: Aramco
	 * said", "SEOUL, March 3 (Reuters) - Samsung Electronics said") */
	if (doc->dateline_cut > p->start && doc->dateline_cut < p->end &&
	    doc->dateline == s + p->start) {
		add_sentence(doc, p->start, doc->dateline_cut, para);
		b = doc->dateline_cut;
	}
	for (size_t i = b; i < p->end; i++) {
		if (s[i] != '.' && s[i] != '!' && s[i] != '?')
			continue;
		size_t j = i + 1;
		while (j < p->end && strchr("\"')", s[j]))
			j++;
		if (j >= p->end || !isspace((unsigned char)s[j]))
			continue;
		while (j < p->end && isspace((unsigned char)s[j]))
			j++;
		if (j >= p->end)
			break;
		unsigned char c = (unsigned char)s[j];
		if (!(isupper(c) || isdigit(c) || c == '"' || c >= 0x80))
			continue;
		if (s[i] == '.' && is_abbrev(s, p->start, i))
			continue;
		add_sentence(doc, b, i + 1, para);
		b = j;
	}
	add_sentence(doc, b, p->end, para);
	p->s1 = (uint32_t)doc->nsent;
}

static void add_para(struct doc *doc, size_t start, size_t end)
{
	if (!trim(doc, &start, &end))
		return;
	DOC_GROW(doc->para, doc->npara, doc->cappara);
	struct doc_para *p = &doc->para[doc->npara];
	memset(p, 0, sizeof(*p));
	p->start = start;
	p->end = end;
	doc->npara++;
}

/*
 * Paragraphs of the body.  Hard-wrapped text (Reuters: lines of about 65
 * characters) breaks paragraphs at blank lines and indented lines only;
 * text whose lines run long (a line over 100 characters) has one
 * paragraph per line.
 */
static void split_paragraphs(struct doc *doc, size_t from)
{
	const char *s = doc->text.buf;
	size_t len = doc->text.len, longest = 0, ls = from;
	for (size_t i = from; i <= len; i++)
		if (i == len || s[i] == '\n') {
			if (i - ls > longest)
				longest = i - ls;
			ls = i + 1;
		}
	int per_line = longest > WRAPPED_LINE_MAX;
	size_t start = from;
	for (size_t i = from; i < len; i++) {
		if (s[i] != '\n')
			continue;
		int brk = per_line || (i + 1 < len && (s[i + 1] == '\n' ||
				       s[i + 1] == ' ' || s[i + 1] == '\t'));
		if (brk) {
			add_para(doc, start, i);
			start = i + 1;
		}
	}
	add_para(doc, start, len);
}

/*
 * "JAKARTA - ", "PETALING JAYA: ", "SINGAPORE \u2013 " at the start of
 * the body: a place alone in capitals, then a spaced dash or a colon.
 * Returns the place's length, or 0.
 */
/* Past a wire's name in brackets after a dateline's place, "(Reuters) ",
 * from k (at the bracket); k itself when there is none. */
static size_t past_agency(const char *s, size_t n, size_t k)
{
	if (k + 1 >= n || s[k] != '(' || !isupper((unsigned char)s[k + 1]))
		return k;
	size_t r = k + 1;
	while (r < n && r < k + DATELINE_AGENCY_MAX && s[r] != ')' &&
	       s[r] != '\n')
		r++;
	if (r >= n || s[r] != ')')
		return k;
	r++;
	while (r < n && s[r] == ' ')
		r++;
	return r;
}

static size_t caps_dateline(const char *s, size_t n)
{
	size_t k = 0, upper = 0;
	while (k < n && k < DATELINE_MAX) {
		unsigned char c = (unsigned char)s[k];
		/* a capital of any script: "SÃO PAULO", "TROMSØ" */
		if (c >= 0x80) {
			size_t w = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
			if (k + w > n || !ana_upper(s + k, n - k))
				break;
			upper++;
			k += w;
			continue;
		}
		if (!(isupper(c) || c == ' ' || c == '.' || c == '\'' ||
		      (k > 0 && c == '/')))
			break;
		upper += isupper(c) != 0;
		k++;
	}
	size_t e = k;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (upper < DATELINE_MIN_CAPS || k >= n)
		return 0;
	if (s[k] == ':' && k == e && k + 1 < n && s[k + 1] == ' ')
		return e;
	/* "SEOUL (Reuters) - ", "SEOUL/TOKYO (Reuters) - " */
	size_t a = past_agency(s, n, k);
	int spaced = k > e || a > k;
	k = a;
	/* " - ", " -- " */
	size_t d = k;
	while (d < n && d < k + 2 && s[d] == '-')
		d++;
	if (spaced && d > k && d < n && s[d] == ' ')
		return e;
	if (spaced && k + 3 < n && !memcmp(s + k, "\xE2\x80", 2) &&
	    (s[k + 2] == '\x93' || s[k + 2] == '\x94') && s[k + 3] == ' ')
		return e;
	return 0;
}

/* The text offset past a dateline of len bytes at body's start, its
 * dash, colon or en or em dash and the spaces after it. */
static size_t dateline_cut(const struct doc *doc, size_t body, size_t len)
{
	const char *s = doc->text.buf;
	size_t k = body + len, n = doc->text.len;
	while (k < n && s[k] == ' ')
		k++;
	k = past_agency(s, n, k);
	if (k < n && (s[k] == ':' || s[k] == '-'))
		while (k < n && (s[k] == ':' || s[k] == '-'))
			k++;
	else if (k + 2 < n && !memcmp(s + k, "\xE2\x80", 2) &&
		 (s[k + 2] == '\x93' || s[k + 2] == '\x94'))
		k += 3;
	else
		return 0;
	while (k < n && (s[k] == ' ' || s[k] == '\n'))
		k++;
	return k;
}

/* "TOKYO, March 3 - Text..." at the start of the body: the dateline. */
static void find_dateline(struct doc *doc, const struct article *a,
			  size_t body)
{
	doc->dateline = NULL;
	doc->dateline_len = 0;
	doc->dateline_cut = 0;
	if (a->dateline && *a->dateline) {
		doc->dateline = a->dateline;
		doc->dateline_len = strlen(a->dateline);
		return;
	}
	const char *s = doc->text.buf + body;
	size_t n = doc->text.len - body, upper = 0, i;
	/* "(Bloomberg) -- The We Company": a wire's name alone, a dateline
	 * with no place */
	size_t a0 = past_agency(s, n, 0);
	if (a0 > 0 && a0 < n && s[a0] == '-') {
		size_t cut = dateline_cut(doc, body, 0);
		if (cut > body + a0) {
			doc->dateline = s;
			doc->dateline_len = 0;
			doc->dateline_cut = cut;
			return;
		}
	}
	size_t caps = caps_dateline(s, n);
	if (caps) {
		doc->dateline = s;
		doc->dateline_len = caps;
		doc->dateline_cut = dateline_cut(doc, body, caps);
		return;
	}
	for (i = 0; i < n && i < DATELINE_MAX && s[i] != ',' && s[i] != '\n';
	     i++) {
		if (islower((unsigned char)s[i]))
			return;
		upper += isupper((unsigned char)s[i]) != 0;
	}
	if (upper < DATELINE_MIN_CAPS || i >= n || s[i] != ',')
		return;
	const char *dash = NULL;
	for (size_t k = i; k < n && k < DATELINE_MAX; k++) {
		if (k == 0 || s[k - 1] != ' ')
			continue;
		/* " - ", " -- ", an en or em dash */
		size_t r = k;
		while (r < n && s[r] == '-')
			r++;
		if (r == k && k + 2 < n && !memcmp(s + k, "\xE2\x80", 2) &&
		    (s[k + 2] == '\x93' || s[k + 2] == '\x94'))
			r = k + 3;
		if (r > k && r < n && s[r] == ' ') {
			dash = s + k;
			break;
		}
	}
	if (!dash)
		return;
	doc->dateline = s;
	doc->dateline_len = (size_t)(dash - s - 1);
	doc->dateline_cut = dateline_cut(doc, body, doc->dateline_len);
}

/* ---- the model, whole ------------------------------------------------- */

void doc_reset(struct doc *doc)
{
	buf_reset(&doc->text);
	buf_reset(&doc->arena);
	doc->ntok = doc->nsent = doc->npara = doc->nment = 0;
	reset_names(doc->co, &doc->nco);
	reset_names(doc->pe, &doc->npe);
	smap_free(doc->co_alias);
	doc->co_alias = smap_new();
	smap_clear(doc->pe_key);
}
/* Cut the article into paragraphs, sentences and tokens. */
void doc_segment(struct doc *doc, const struct article *a)
{
	doc_reset(doc);
	const char *title = a->title ? a->title : "";
	const char *body = a->body ? a->body : "";
	doc->title = title;
	doc->body = body;
	buf_addstr(&doc->text, title);
	buf_addstr(&doc->text, "\n\n");
	size_t body_at = doc->text.len;
	buf_addstr(&doc->text, body);
	add_para(doc, 0, strlen(title));
	if (!doc->npara) {   /* no headline: an empty paragraph 0 */
		DOC_GROW(doc->para, doc->npara, doc->cappara);
		memset(&doc->para[0], 0, sizeof(doc->para[0]));
		doc->npara = 1;
	}
	split_paragraphs(doc, body_at);
	find_dateline(doc, a, body_at);
	doc->source_country = -1;
	if (a->source && *a->source) {
		gaz_key(doc->g, a->source, strlen(a->source), &doc->scratch);
		if (doc->scratch.len)
			doc->source_country = gaz_outlet_country(
				doc->g, doc->scratch.buf, doc->scratch.len);
	}
	doc->year = 0;
	struct tm tm;
	if (a->has_date && gmtime_r(&a->date, &tm))
		doc->year = tm.tm_year + 1900;
	doc->next_pos = 0;
	for (size_t i = 0; i < doc->npara; i++) {
		split_sentences(doc, (uint32_t)i);
		if (i == 0)
			doc->title_pos = doc->next_pos;
	}
	if (doc->cap_in_name < doc->ntok + 1) {
		doc->cap_in_name = doc->ntok + 1;
		doc->in_name = xrealloc(doc->in_name, doc->cap_in_name);
	}
	memset(doc->in_name, 0, doc->ntok + 1);
}

/*
 * Per token, the first company mention covering it and whether a place
 * covers it: what doc_company_at() and the deal rules ask, in O(1) instead
 * of a scan of every mention.
 */
void doc_index_mentions(struct doc *doc)
{
	if (doc->cap_tok_index < doc->ntok + 1) {
		doc->cap_tok_index = doc->ntok + 1;
		doc->tok_co = xrealloc(doc->tok_co, doc->cap_tok_index *
				      sizeof(*doc->tok_co));
		doc->tok_place = xrealloc(doc->tok_place, doc->cap_tok_index);
		doc->tok_money = xrealloc(doc->tok_money, doc->cap_tok_index);
	}
	memset(doc->tok_money, 0, doc->ntok + 1);
	for (size_t k = 0; k <= doc->ntok; k++)
		doc->tok_co[k] = -1;
	memset(doc->tok_place, 0, doc->ntok + 1);
	for (size_t m = 0; m < doc->nment; m++) {
		const struct doc_ment *x = &doc->ment[m];
		for (uint32_t k = x->t0; k < x->t1 && k < doc->ntok; k++) {
			if (x->kind == DOC_COMPANY && doc->tok_co[k] < 0)
				doc->tok_co[k] = (int32_t)m;
			if (x->kind == DOC_PLACE || x->kind == DOC_REGION)
				doc->tok_place[k] = 1;
		}
	}
}

int doc_company_at(const struct doc *doc, uint32_t t0, uint32_t t1)
{
	/* the first mention in ment[] that overlaps [t0, t1) */
	int32_t best = -1;
	for (uint32_t k = t0; k < t1 && k < doc->ntok; k++)
		if (doc->tok_co[k] >= 0 && (best < 0 || doc->tok_co[k] < best))
			best = doc->tok_co[k];
	return best < 0 ? -1 : doc->ment[best].id;
}

/* The dateline's place: "CALGARY, Alberta, March 3" -> Alberta -> CA. */
int doc_dateline_place(struct doc *doc)
{
	if (!doc->dateline)
		return -1;
	const char *s = doc->dateline;
	size_t n = doc->dateline_len;
	int best = -1;
	size_t i = 0;
	while (i < n) {
		const char *comma = memchr(s + i, ',', n - i);
		size_t e = comma ? (size_t)(comma - s) : n;
		gaz_key(doc->g, s + i, e - i, &doc->scratch);
		const struct gaz_entry *g = doc->scratch.len ?
			gaz_lookup_dateline(doc->g, doc->scratch.buf,
					    doc->scratch.len) : NULL;
		if (g && g->kind == GAZ_PLACE)
			best = g->id;   /* the last part that is a place wins */
		i = e + 1;
	}
	return best;
}

int doc_possessive(const struct doc *doc, size_t k)
{
	const char *s = doc->text.buf;
	size_t e = doc->tok[k].end, n = doc->text.len;
	int ess = e >= 1 && (s[e - 1] == 's' || s[e - 1] == 'S');
	if (ess && e >= 2 && s[e - 2] == '\'')
		return 1;
	if (ess && e >= 4 && !memcmp(s + e - 4, "\xE2\x80\x99", 3))
		return 1;
	if (e < n && s[e] == '\'')
		return 1;
	return e + 3 <= n && !memcmp(s + e, "\xE2\x80\x99", 3);
}

int doc_word_in(const struct doc *doc, size_t i, const char *const *list,
		size_t n)
{
	for (size_t k = 0; i < doc->ntok && k < n; k++)
		if (doc_word_is(doc, i, list[k]))
			return 1;
	return 0;
}

int doc_stem_in(const struct doc *doc, size_t i, const char *const *list,
		size_t n)
{
	for (size_t k = 0; i < doc->ntok && k < n; k++)
		if (doc_stem_is(doc, i, list[k]))
			return 1;
	return 0;
}

int doc_same_word(const struct doc *doc, size_t a, size_t b)
{
	return doc->tok[a].wl == doc->tok[b].wl &&
	       !memcmp(doc_word(doc, a), doc_word(doc, b), doc->tok[a].wl);
}

int doc_same_stem(const struct doc *doc, size_t a, size_t b)
{
	return doc->tok[a].sl == doc->tok[b].sl &&
	       !memcmp(doc_stem(doc, a), doc_stem(doc, b), doc->tok[a].sl);
}

int doc_gap_has(const struct doc *doc, size_t a, size_t b, char c)
{
	/* none between tokens that overlap: a joined word's parts
	 * ("Midlan-d") lie inside it */
	if (a >= doc->ntok || b >= doc->ntok ||
	    doc->tok[b].start <= doc->tok[a].end)
		return 0;
	return memchr(doc->text.buf + doc->tok[a].end, c,
		      doc->tok[b].start - doc->tok[a].end) != NULL;
}
