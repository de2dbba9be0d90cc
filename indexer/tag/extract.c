/*
 * extract.c - deal extraction (extract.h): cutting an article into
 * paragraphs, sentences and tokens, finding its boilerplate, running the
 * taggers of entities.c and deal.c in order, and the JSON form of tags.
 */
#include "extract.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "extract_int.h"

#define EX_SLUG(name, slug) slug,
static const char *const amount_kinds[] = {EX_AMOUNT_KINDS(EX_SLUG)};
#undef EX_SLUG

const char *ex_deal_type_slug(enum ex_deal_type t)
{
	return schema_deal_type((unsigned)t);
}

const char *ex_status_slug(enum ex_status s)
{
	return schema_deal_status((unsigned)s);
}
const char *ex_amount_kind_slug(enum ex_amount_kind k)
{
	return amount_kinds[k];
}

int ex_deal_is_mna(enum ex_deal_type t)
{
	return t == DEAL_ACQUISITION || t == DEAL_MERGER || t == DEAL_STAKE ||
	       t == DEAL_TENDER || t == DEAL_DIVESTITURE;
}

void tags_init(struct tags *t)
{
	memset(t, 0, sizeof(*t));
	t->deal.amount = -1;
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void tags_release(struct tags *t)
{
	for (size_t i = 0; i < t->namounts; i++)
		free(t->amounts[i].text);
	free(t->amounts);
	free_strv(t->companies, t->ncompanies);
	free_strv(t->people, t->npeople);
	for (size_t i = 0; i < t->nplaces; i++)
		free(t->places[i].name);
	free(t->places);
	free(t->countries);
	free(t->regions);
	free(t->sectors);
	free(t->deal.acquirer);
	free(t->deal.target);
	free(t->deal.seller);
	free_strv(t->deal.investors, t->deal.ninvestors);
	free_strv(t->deal.parties, t->deal.nparties);
	tags_init(t);
}

int ex_new(const struct gaz *g, const struct dealmodel *model,
	   struct extractor **out, struct ds_err *err)
{
	*out = NULL;
	struct extractor *ex = xcalloc(1, sizeof(*ex));
	int rc = ana_new("english", &ex->ana, err);
	if (rc) {
		free(ex);
		return rc;
	}
	ex->g = g;
	ex->model = model;
	buf_init(&ex->text, 4096);
	buf_init(&ex->arena, 4096);
	buf_init(&ex->key, 64);
	buf_init(&ex->scratch, 64);
	ex->co_alias = smap_new();
	ex->pe_key = smap_new();
	ex->lex_word = smap_new();
	ex->lex_stem = smap_new();
	x_entities_lexicon(ex);
	x_deal_lexicon(ex);
	dm_vec_init(&ex->vec);
	*out = ex;
	return 0;
}

static void reset_names(struct xname *v, size_t *n)
{
	for (size_t i = 0; i < *n; i++) {
		free(v[i].name);
		free(v[i].key);
	}
	*n = 0;
}

void ex_free(struct extractor *ex)
{
	if (!ex)
		return;
	ana_free(ex->ana);
	buf_release(&ex->text);
	buf_release(&ex->arena);
	buf_release(&ex->key);
	buf_release(&ex->scratch);
	free(ex->tok);
	free(ex->sent);
	free(ex->para);
	free(ex->ment);
	reset_names(ex->co, &ex->nco);
	reset_names(ex->pe, &ex->npe);
	free(ex->co);
	free(ex->pe);
	smap_free(ex->co_alias);
	smap_free(ex->pe_key);
	smap_free(ex->lex_word);
	smap_free(ex->lex_stem);
	free(ex->in_name);
	free(ex->tok_co);
	free(ex->tok_place);
	free(ex->money);
	dm_vec_release(&ex->vec);
	free(ex);
}

/* ---- helpers shared with entities.c and deal.c ------------------------ */

static void lexicon(struct smap *m, const char *w, uint32_t bits)
{
	size_t n = strlen(w);
	int old = smap_get(m, w, n);
	smap_put(m, w, n, (int)(bits | (old < 0 ? 0u : (uint32_t)old)));
}

void x_lexicon_word(struct extractor *ex, const char *w, uint32_t bits)
{
	lexicon(ex->lex_word, w, bits);
}

void x_lexicon_stem(struct extractor *ex, const char *s, uint32_t bits)
{
	lexicon(ex->lex_stem, s, bits);
}

int x_word_is(const struct extractor *ex, size_t i, const char *w)
{
	return i < ex->ntok && ex->tok[i].wl == strlen(w) &&
	       !memcmp(x_word(ex, i), w, ex->tok[i].wl);
}

int x_stem_is(const struct extractor *ex, size_t i, const char *s)
{
	return i < ex->ntok && ex->tok[i].sl == strlen(s) &&
	       !memcmp(x_stem(ex, i), s, ex->tok[i].sl);
}

size_t x_tok_at(const struct extractor *ex, size_t off)
{
	size_t lo = 0, hi = ex->ntok;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ex->tok[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t x_next(const struct extractor *ex, size_t i)
{
	uint32_t s = ex->tok[i].sent;
	for (i++; i < ex->ntok && ex->tok[i].sent == s; i++)
		if (!(ex->tok[i].flags & ANA_JOINED))
			return i;
	return ex->ntok;
}

long x_prev(const struct extractor *ex, size_t i)
{
	uint32_t s = ex->tok[i].sent;
	for (long k = (long)i - 1; k >= 0 && ex->tok[k].sent == s; k--)
		if (!(ex->tok[k].flags & ANA_JOINED))
			return k;
	return -1;
}

/* `keys`: the name's key (and for companies, its aliases) -> index. */
static int add_name(struct extractor *ex, struct xname **v, size_t *n,
		    size_t *cap, const char *name, size_t len, uint32_t tok,
		    struct smap *keys)
{
	gaz_key(ex->g, name, len, &ex->key);
	if (!ex->key.len)
		return -1;
	int id = smap_get(keys, ex->key.buf, ex->key.len);
	if (id >= 0) {
		(*v)[id].mentions++;
		if (tok < (*v)[id].first)
			(*v)[id].first = tok;
		return id;
	}
	X_GROW(*v, *n, *cap);
	struct xname *x = &(*v)[*n];
	x->name = xstrndup(name, len);
	x->key = xstrdup(ex->key.buf);
	x->mentions = 1;
	x->first = tok;
	smap_put(keys, ex->key.buf, ex->key.len, (int)*n);
	return (int)(*n)++;
}

int x_company(struct extractor *ex, const char *name, size_t len,
	      uint32_t tok)
{
	return add_name(ex, &ex->co, &ex->nco, &ex->capco, name, len, tok,
			ex->co_alias);
}

int x_person(struct extractor *ex, const char *name, size_t len,
	     uint32_t tok)
{
	return add_name(ex, &ex->pe, &ex->npe, &ex->cappe, name, len, tok,
			ex->pe_key);
}

void x_mention(struct extractor *ex, enum xment_kind kind, int id,
	       uint32_t t0, uint32_t t1)
{
	X_GROW(ex->ment, ex->nment, ex->capment);
	struct xment *m = &ex->ment[ex->nment++];
	m->kind = kind;
	m->id = id;
	m->t0 = t0;
	m->t1 = t1;
	m->sent = ex->tok[t0].sent;
	if (kind == XM_COMPANY || kind == XM_PERSON)
		for (uint32_t k = t0; k < t1; k++)
			ex->in_name[k] = 1;
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
static int trim(const struct extractor *ex, size_t *start, size_t *end)
{
	const char *s = ex->text.buf;
	while (*start < *end && isspace((unsigned char)s[*start]))
		(*start)++;
	while (*end > *start && isspace((unsigned char)s[*end - 1]))
		(*end)--;
	return *start < *end;
}

static void add_sentence(struct extractor *ex, size_t start, size_t end,
			 uint32_t para)
{
	const char *s = ex->text.buf;
	if (!trim(ex, &start, &end))
		return;
	X_GROW(ex->sent, ex->nsent, ex->capsent);
	struct xsent *st = &ex->sent[ex->nsent];
	st->start = start;
	st->end = end;
	st->para = para;
	st->t0 = (uint32_t)ex->ntok;
	size_t letters = 0, upper = 0;
	for (size_t i = start; i < end; i++)
		if (isalpha((unsigned char)s[i])) {
			letters++;
			upper += isupper((unsigned char)s[i]) != 0;
		}
	st->caps = letters >= 4 && upper * 10 >= letters * 8;
	struct ana_token t;
	uint32_t base = ex->next_pos;
	ana_start(ex->ana, s + start, end - start, 0);
	while (ana_next(ex->ana, &t)) {
		X_GROW(ex->tok, ex->ntok, ex->captok);
		struct xtok *x = &ex->tok[ex->ntok++];
		x->w = (uint32_t)ex->arena.len;
		x->wl = (uint32_t)t.word_len;
		buf_add(&ex->arena, t.word, t.word_len);
		buf_addch(&ex->arena, '\0');
		x->s = (uint32_t)ex->arena.len;
		x->sl = (uint32_t)t.stem_len;
		buf_add(&ex->arena, t.stem, t.stem_len);
		buf_addch(&ex->arena, '\0');
		x->start = start + t.start;
		x->end = start + t.end;
		x->sent = (uint32_t)ex->nsent;
		x->pos = base + t.pos;
		x->flags = (uint8_t)t.flags;
		unsigned char c = (unsigned char)s[x->start];
		x->cap = isupper(c) || c >= 0x80;
		x->digit = isdigit(c) != 0;
		int w = smap_get(ex->lex_word, t.word, t.word_len);
		int st = smap_get(ex->lex_stem, t.stem, t.stem_len);
		x->wcls = w < 0 ? 0 : (uint32_t)w;
		x->scls = st < 0 ? 0 : (uint32_t)st;
	}
	st->t1 = (uint32_t)ex->ntok;
	ex->next_pos = base + ana_pos(ex->ana);
	ex->nsent++;
}

static void split_sentences(struct extractor *ex, uint32_t para)
{
	struct xpara *p = &ex->para[para];
	const char *s = ex->text.buf;
	size_t b = p->start;
	p->s0 = (uint32_t)ex->nsent;
	for (size_t i = p->start; i < p->end; i++) {
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
		add_sentence(ex, b, i + 1, para);
		b = j;
	}
	add_sentence(ex, b, p->end, para);
	p->s1 = (uint32_t)ex->nsent;
}

static void add_para(struct extractor *ex, size_t start, size_t end)
{
	if (!trim(ex, &start, &end))
		return;
	X_GROW(ex->para, ex->npara, ex->cappara);
	struct xpara *p = &ex->para[ex->npara];
	memset(p, 0, sizeof(*p));
	p->start = start;
	p->end = end;
	ex->npara++;
}

/*
 * Paragraphs of the body.  Hard-wrapped text (Reuters: lines of about 65
 * characters) breaks paragraphs at blank lines and indented lines only;
 * text whose lines run long (a line over 100 characters) has one
 * paragraph per line.
 */
static void split_paragraphs(struct extractor *ex, size_t from)
{
	const char *s = ex->text.buf;
	size_t len = ex->text.len, longest = 0, ls = from;
	for (size_t i = from; i <= len; i++)
		if (i == len || s[i] == '\n') {
			if (i - ls > longest)
				longest = i - ls;
			ls = i + 1;
		}
	int per_line = longest > 100;
	size_t start = from;
	for (size_t i = from; i < len; i++) {
		if (s[i] != '\n')
			continue;
		int brk = per_line || (i + 1 < len && (s[i + 1] == '\n' ||
				       s[i + 1] == ' ' || s[i + 1] == '\t'));
		if (brk) {
			add_para(ex, start, i);
			start = i + 1;
		}
	}
	add_para(ex, start, len);
}

/* "TOKYO, March 3 - Text..." at the start of the body: the dateline. */
static void find_dateline(struct extractor *ex, const struct article *a,
			  size_t body)
{
	ex->dateline = NULL;
	ex->dateline_len = 0;
	if (a->dateline && *a->dateline) {
		ex->dateline = a->dateline;
		ex->dateline_len = strlen(a->dateline);
		return;
	}
	const char *s = ex->text.buf + body;
	size_t n = ex->text.len - body, upper = 0, i;
	for (i = 0; i < n && i < 60 && s[i] != ',' && s[i] != '\n'; i++) {
		if (islower((unsigned char)s[i]))
			return;
		upper += isupper((unsigned char)s[i]) != 0;
	}
	if (upper < 3 || i >= n || s[i] != ',')
		return;
	const char *dash = NULL;
	for (size_t k = i; k < n && k < 60; k++)
		if (s[k] == '-' && k > 0 && s[k - 1] == ' ' && k + 1 < n &&
		    s[k + 1] == ' ') {
			dash = s + k;
			break;
		}
	if (!dash)
		return;
	ex->dateline = s;
	ex->dateline_len = (size_t)(dash - s - 1);
}

/* ---- boilerplate ------------------------------------------------------- */

uint64_t ex_paragraph_hash(const char *s, size_t len)
{
	/* whitespace-insensitive, case-sensitive: copies are byte copies */
	char stack[1024];
	struct buf b = BUF_INIT;
	char *out = len < sizeof(stack) ? stack :
		    (buf_grow(&b, len + 1), b.buf);
	/* each word followed by one space: at most len + 1 bytes */
	size_t n = 0, i = 0;
	while (i < len) {
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		size_t w = i;
		while (i < len && !isspace((unsigned char)s[i]))
			out[n++] = s[i++];
		if (i > w)
			out[n++] = ' ';
	}
	uint64_t h = XXH3_64bits(out, n);
	buf_release(&b);
	return h;
}

static const char *const related_heads[] = {
	"also read", "read also", "read more", "related", "related articles",
	"related stories", "related news", "related coverage", "more stories",
	"see also", "recommended", "you may also like", "also see",
	"more from", "further reading", "trending", "most read",
	"recommended for you", "more on this",
};

static int is_related_head(struct extractor *ex, const struct xpara *p)
{
	if (p->words > 5)
		return 0;
	gaz_key(ex->g, ex->text.buf + p->start, p->end - p->start, &ex->key);
	for (size_t i = 0; i < ARRAY_SIZE(related_heads);
	     i++)
		if (!strcmp(ex->key.buf, related_heads[i]))
			return 1;
	return 0;
}

struct para_ref {
	uint64_t hash;
	uint32_t para;
};

static int by_hash(const void *a, const void *b)
{
	const struct para_ref *x = a, *y = b;
	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->para < y->para ? -1 : x->para > y->para;
}

/*
 * Paragraphs repeated inside the article (the headline never counts): of
 * two copies, both are boilerplate when the first has two words or more.
 * Sorted by hash, so a page of many lines costs n log n, not n^2: in a
 * run of copies, one is marked when a later copy follows it and it has
 * the words, or when an earlier copy has them.
 */
static void mark_repeats(struct extractor *ex)
{
	size_t n = ex->npara > 1 ? ex->npara - 1 : 0;
	struct para_ref *r = xmalloc((n ? n : 1) * sizeof(*r));
	for (size_t i = 0; i < n; i++) {
		r[i].hash = ex->para[i + 1].hash;
		r[i].para = (uint32_t)(i + 1);
	}
	qsort(r, n, sizeof(*r), by_hash);
	for (size_t a = 0, b; a < n; a = b) {
		int earlier = 0;   /* an earlier copy has two words */
		for (b = a; b < n && r[b].hash == r[a].hash; b++) {
			struct xpara *p = &ex->para[r[b].para];
			int later = b + 1 < n && r[b + 1].hash == r[a].hash;
			if (earlier || (later && p->words >= 2))
				p->boiler = 1;
			earlier |= p->words >= 2;
		}
	}
	free(r);
}

static size_t mark_boilerplate(struct extractor *ex, const struct article *a,
			       const struct ex_common *common)
{
	const char *s = ex->text.buf;
	for (size_t i = 0; i < ex->npara; i++) {
		struct xpara *p = &ex->para[i];
		p->hash = ex_paragraph_hash(s + p->start, p->end - p->start);
		p->words = 0;
		for (uint32_t k = p->s0; k < p->s1; k++)
			p->words += ex->sent[k].t1 - ex->sent[k].t0;
	}
	mark_repeats(ex);
	/* an "Also read" list: the heading and the short lines after it
	 * (a heading inside the list ends where the list does: go on from
	 * there, not from the heading, or a list of headings is quadratic) */
	for (size_t i = 1; i < ex->npara; i++) {
		if (!is_related_head(ex, &ex->para[i]))
			continue;
		ex->para[i].boiler = 1;
		size_t j;
		for (j = i + 1; j < ex->npara; j++) {
			struct xpara *p = &ex->para[j];
			if (p->words > 25 || s[p->end - 1] == '.')
				break;
			p->boiler = 1;
		}
		i = j - 1;
	}
	/* printed by the source in many articles */
	if (common && a->source && *a->source)
		for (size_t i = 1; i < ex->npara; i++)
			if (ex->para[i].words >= 5 &&
			    common->count(common->user, a->source,
					  ex->para[i].hash) >= EX_COMMON_MIN)
				ex->para[i].boiler = 1;
	size_t n = 0;
	for (size_t i = 1; i < ex->npara; i++)
		n += ex->para[i].boiler;
	return n;
}

/* ---- running ------------------------------------------------------------ */

static void reset(struct extractor *ex)
{
	buf_reset(&ex->text);
	buf_reset(&ex->arena);
	ex->ntok = ex->nsent = ex->npara = ex->nment = 0;
	reset_names(ex->co, &ex->nco);
	reset_names(ex->pe, &ex->npe);
	smap_free(ex->co_alias);
	ex->co_alias = smap_new();
	smap_clear(ex->pe_key);
	dm_vec_clear(&ex->vec);
}

static int by_mentions(const void *a, const void *b)
{
	const struct xname *x = a, *y = b;
	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

static void names_out(struct xname *v, size_t n, char ***out, size_t *nout)
{
	struct xname *sorted = xmalloc((n ? n : 1) * sizeof(*sorted));
	if (n) {
		memcpy(sorted, v, n * sizeof(*v));
		qsort(sorted, n, sizeof(*sorted), by_mentions);
	}
	*out = xcalloc(n ? n : 1, sizeof(**out));
	*nout = 0;
	for (size_t i = 0; i < n; i++)
		if (sorted[i].mentions)
			(*out)[(*nout)++] = xstrdup(sorted[i].name);
	free(sorted);
}

/* Cut the article into paragraphs, sentences and tokens. */
static void segment(struct extractor *ex, const struct article *a)
{
	reset(ex);
	const char *title = a->title ? a->title : "";
	const char *body = a->body ? a->body : "";
	ex->title = title;
	ex->body = body;
	buf_addstr(&ex->text, title);
	buf_addstr(&ex->text, "\n\n");
	size_t body_at = ex->text.len;
	buf_addstr(&ex->text, body);
	add_para(ex, 0, strlen(title));
	if (!ex->npara) {   /* no headline: an empty paragraph 0 */
		X_GROW(ex->para, ex->npara, ex->cappara);
		memset(&ex->para[0], 0, sizeof(ex->para[0]));
		ex->npara = 1;
	}
	split_paragraphs(ex, body_at);
	find_dateline(ex, a, body_at);
	ex->next_pos = 0;
	for (size_t i = 0; i < ex->npara; i++) {
		split_sentences(ex, (uint32_t)i);
		if (i == 0)
			ex->title_pos = ex->next_pos;
	}
}

size_t ex_token_count(const struct extractor *ex)
{
	return ex->ntok;
}

void ex_token(const struct extractor *ex, size_t i, struct ex_token *out)
{
	const struct xtok *t = &ex->tok[i];
	out->stem = x_stem(ex, i);
	out->len = t->sl;
	out->pos = t->pos;
	out->in_title = ex->sent[t->sent].para == 0;
}

uint32_t ex_title_positions(const struct extractor *ex)
{
	return ex->title_pos;
}

void x_features(struct extractor *ex, struct dm_vec *v)
{
	for (size_t i = 0; i < ex->ntok; i++) {
		const struct xtok *t = &ex->tok[i];
		if ((t->flags & ANA_ALPHA) && !(t->flags & ANA_JOINED))
			dm_add_token(v, x_stem(ex, i), t->sl,
				     ex->sent[t->sent].para == 0);
	}
}

void ex_features(struct extractor *ex, const struct article *a,
		 struct dm_vec *v)
{
	segment(ex, a);
	x_features(ex, v);
}

size_t ex_article_bytes(const struct article *a)
{
	return (a->title ? strlen(a->title) : 0) +
	       (a->body ? strlen(a->body) : 0);
}

void ex_run(struct extractor *ex, const struct article *a,
	    const struct ex_common *common, struct tags *t,
	    uint64_t **hashes, size_t *nhashes)
{
	if (ex_article_bytes(a) > EX_MAX_BYTES) {
		/* too long to tag: no tags, no tokens, no paragraphs */
		reset(ex);
		ex->title_pos = 0;
		if (hashes) {
			*hashes = xmalloc(sizeof(**hashes));
			*nhashes = 0;
		}
		return;
	}
	segment(ex, a);
	if (ex->cap_in_name < ex->ntok + 1) {
		ex->cap_in_name = ex->ntok + 1;
		ex->in_name = xrealloc(ex->in_name, ex->cap_in_name);
	}
	memset(ex->in_name, 0, ex->ntok + 1);
	t->boilerplate = mark_boilerplate(ex, a, common);
	if (hashes) {
		*nhashes = 0;
		*hashes = xmalloc((ex->npara ? ex->npara : 1) * sizeof(**hashes));
		for (size_t i = 1; i < ex->npara; i++)
			if (ex->para[i].words >= 5)
				(*hashes)[(*nhashes)++] = ex->para[i].hash;
	}

	x_names(ex);
	x_amounts(ex, t);
	x_places(ex, t);
	x_sectors(ex, t);
	x_deal(ex, t);
	names_out(ex->co, ex->nco, &t->companies, &t->ncompanies);
	names_out(ex->pe, ex->npe, &t->people, &t->npeople);
}

/* ---- JSON --------------------------------------------------------------- */

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *strv(char **v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

/* Set key unless compact and the value is empty (an empty list, null). */
static void put(json_t *o, const char *key, json_t *v, int compact)
{
	if (compact && (json_is_null(v) ||
			(json_is_array(v) && !json_array_size(v)))) {
		json_decref(v);
		return;
	}
	json_object_set_new(o, key, v);
}

static json_t *amount_json(const struct ex_amount *x)
{
	json_t *o = json_object();
	const struct money *m = &x->m;
	json_object_set_new(o, "text", json_string(x->text));
	json_object_set_new(o, "value", json_real(m->value));
	if (m->flags & MONEY_RANGE) {
		json_object_set_new(o, "low", json_real(m->low));
		json_object_set_new(o, "high", json_real(m->high));
	}
	json_object_set_new(o, "currency",
			    *m->currency ? json_string(m->currency) :
					   json_null());
	if (m->flags & MONEY_RANGE) {
		json_object_set_new(o, "usd_low", num_or_null(m->usd_low));
		json_object_set_new(o, "usd_high", num_or_null(m->usd_high));
	} else {
		json_object_set_new(o, "usd", num_or_null(m->usd));
	}
	json_object_set_new(o, "kind",
			    json_string(ex_amount_kind_slug(x->kind)));
	if (m->flags & MONEY_USD_STATED)
		json_object_set_new(o, "usd_stated", json_true());
	return o;
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *tags_to_json(const struct tags *t, const struct gaz *g, int compact)
{
	json_t *o = json_object(), *a;
	/* stored tags keep the deal's amount only (in "deal"): the search
	 * results show that, and the values hold the rest */
	a = json_array();
	for (size_t i = 0; i < t->namounts && !compact; i++)
		json_array_append_new(a, amount_json(&t->amounts[i]));
	put(o, "amounts", a, compact);
	put(o, "companies", strv(t->companies, t->ncompanies), compact);
	put(o, "people", strv(t->people, t->npeople), compact);
	a = json_array();
	for (size_t i = 0; i < t->nplaces && !compact; i++) {
		json_t *p = json_object();
		json_object_set_new(p, "name", json_string(t->places[i].name));
		json_object_set_new(p, "country",
				    json_string(t->places[i].code));
		if (!compact)
			json_object_set_new(p, "mentions",
				json_integer(t->places[i].mentions));
		json_array_append_new(a, p);
	}
	put(o, "places", a, compact);
	a = json_array();
	for (size_t i = 0; i < t->ncountries; i++)
		json_array_append_new(a, json_string(t->countries[i]));
	put(o, "countries", a, compact);
	a = json_array();
	for (size_t i = 0; i < t->nregions; i++)
		json_array_append_new(a,
			json_string(gaz_region(g, t->regions[i])->slug));
	put(o, "regions", a, compact);
	a = json_array();
	for (size_t i = 0; i < t->nsectors; i++)
		json_array_append_new(a,
			json_string(gaz_sector(g, t->sectors[i])->slug));
	put(o, "sectors", a, compact);
	json_t *d = json_object();
	json_object_set_new(d, "type",
			    json_string(ex_deal_type_slug(t->deal.type)));
	json_object_set_new(d, "status",
			    json_string(ex_status_slug(t->deal.status)));
	put(d, "acquirer", str_or_null(t->deal.acquirer), compact);
	put(d, "target", str_or_null(t->deal.target), compact);
	put(d, "seller", str_or_null(t->deal.seller), compact);
	put(d, "investors", strv(t->deal.investors, t->deal.ninvestors),
	    compact);
	put(d, "parties", strv(t->deal.parties, t->deal.nparties), compact);
	put(d, "amount", t->deal.amount >= 0 ?
	    amount_json(&t->amounts[t->deal.amount]) : json_null(), compact);
	if (!compact)
		json_object_set_new(d, "score", json_real(t->deal.score));
	json_object_set_new(o, "deal", d);
	if (!compact)
		json_object_set_new(o, "boilerplate_paragraphs",
				    json_integer((json_int_t)t->boilerplate));
	return o;
}
