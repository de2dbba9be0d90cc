/*
 * money.c - money amounts in text (money.h).
 *
 * Overview: the text is cut into small tokens (numbers, lower-cased words,
 * single symbols), each remembering whether the next one follows without a
 * space.  Currency forms from the table are tokenised the same way and
 * matched token by token, longest first.  An amount is then read left to
 * right by a small grammar:
 *
 *   amount  := PRE number [scale] [POST of the same currency]
 *            | number [scale] ["-"] POST [scale]
 *            | number [scale] ("-"|"to") number [scale] POST   (range)
 *   number  := digits ("1,234.5", "12,34,567") | number words ("forty-five",
 *              "a quarter", "three quarters", "half")
 *   then, after an amount: a range ("-"|"to"|"and" after "between"), a
 *   cents tail ("15 dollars 50", "thirteen dollars and forty-five cents"),
 *   a USD conversion in parentheses, and a per-share marker.
 *
 * A symbol glued to a following number belongs to that number: in
 * "1 $10 dollars" the amount is "$10 dollars", not "1 $".
 */
#include "money.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "smap.h"

#define MAX_WORD 24
#define MAX_FORM_TOKENS 4

enum tk { T_NUM, T_WORD, T_SYM };

struct tok {
	enum tk type;
	size_t start, end;     /* byte span */
	double num;            /* T_NUM: the value */
	int is_int;            /* T_NUM: no decimal part */
	int glued;             /* the next token follows without a space */
	char w[MAX_WORD];      /* T_WORD/T_SYM: folded text */
};

struct form {
	char code[4];
	double factor;
	enum money_where where;
	int tight;       /* written without spaces ("A$"): text must be too */
	int letter;      /* one letter ("P", "R", "p"): glued to the number,
			    and a capital before it */
	int scaled;      /* money only before a scale word (MONEY_SCALED) */
	unsigned char generic; /* enum money_generic */
};

struct rate {
	char code[4];
	double usd;            /* the latest rate (rates.tsv), when has_latest */
	int has_latest;
	int since;             /* the first year it holds in (money.h) */
	double *year;          /* [MONEY_YEAR_MAX - MONEY_YEAR_MIN + 1], 0 when
				  no figure for the year; NULL when none */
	int first, last;       /* the years with figures, when year != NULL */
};

struct money_tab {
	struct smap *forms;    /* form key -> index in form[] */
	struct form *form;
	size_t nform, capform;
	struct rate *rate;
	size_t nrate, caprate;
	unsigned max_tokens;   /* longest form, in tokens */
	struct smap *first;    /* first tokens of forms: where to look */
};

/* ---- lexer ------------------------------------------------------------ */

struct lex {
	struct tok *t;
	size_t n, cap;
};

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * The code point at s[0] and its length in bytes, with utf8proc; a byte
 * that starts no valid sequence is one code point of its own value.
 */
static size_t u8next(const char *s, size_t left, unsigned *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s,
					      (utf8proc_ssize_t)left, &c);
	if (n <= 0) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	*cp = (unsigned)c;
	return (size_t)n;
}

static int cp_space(unsigned cp)
{
	return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	       cp == 0x3000;
}

/* Currency signs and punctuation are symbols; other letters make words. */
static int cp_symbol(unsigned cp)
{
	return (cp >= 0xA1 && cp <= 0xBF) || (cp >= 0x2010 && cp <= 0x206F) ||
	       (cp >= 0x20A0 && cp <= 0x20CF) || cp == 0x0E3F ||
	       (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F);
}

static struct tok *push(struct lex *lx, enum tk type, size_t start)
{
	if (lx->n == lx->cap) {
		lx->cap = lx->cap ? lx->cap * 2 : 64;
		lx->t = xrealloc(lx->t, lx->cap * sizeof(*lx->t));
	}
	struct tok *t = &lx->t[lx->n++];
	memset(t, 0, sizeof(*t));
	t->type = type;
	t->start = start;
	return t;
}

/*
 * A fraction after a whole number: "15-3/4" (Reuters' prices), "179½".
 * Returns the index after it, or j with t unchanged.
 */
static size_t lex_fraction(const char *s, size_t len, size_t j,
			   struct tok *t)
{
	static const struct {
		const char *utf8;
		double v;
	} vulgar[] = {
		{"\xC2\xBD", 0.5}, {"\xC2\xBC", 0.25}, {"\xC2\xBE", 0.75},
	};
	for (size_t k = 0; k < ARRAY_SIZE(vulgar); k++)
		if (j + 2 <= len && !memcmp(s + j, vulgar[k].utf8, 2)) {
			t->num += vulgar[k].v;
			t->is_int = 0;
			return j + 2;
		}
	if (j + 3 >= len || s[j] != '-' || !is_digit(s[j + 1]))
		return j;
	size_t k = j + 1;
	unsigned num = 0, den = 0;
	while (k < len && is_digit(s[k]) && k - j <= 2)
		num = num * 10 + (unsigned)(s[k++] - '0');
	if (k >= len || s[k] != '/')
		return j;
	k++;
	size_t d0 = k;
	while (k < len && is_digit(s[k]) && k - d0 < 2)
		den = den * 10 + (unsigned)(s[k++] - '0');
	if (k == d0 || (k < len && (is_digit(s[k]) || s[k] == '/')) ||
	    !(den == 2 || den == 4 || den == 8 || den == 16 || den == 32) ||
	    num == 0 || num >= den)
		return j;
	t->num += (double)num / den;
	t->is_int = 0;
	return k;
}

/* How many ".ddd" groups of exactly three digits follow at j. */
static int dot_groups(const char *s, size_t len, size_t j)
{
	int n = 0;
	while (j + 4 <= len && s[j] == '.' && is_digit(s[j + 1]) &&
	       is_digit(s[j + 2]) && is_digit(s[j + 3]) &&
	       !(j + 4 < len && is_digit(s[j + 4]))) {
		n++;
		j += 4;
	}
	return n;
}

/*
 * Digits with thousands (or Indian lakh) grouping and a decimal part, read
 * exactly: every digit counts (strtod rounds the whole string), so a "1"
 * and 80 zeros is 1e80, never a number cut to its first digits.  Past
 * DBL_MAX the value is infinite, and money_scan() finds no amount there.
 */
static size_t lex_number(const char *s, size_t len, size_t i, struct tok *t)
{
	struct buf num = BUF_INIT;
	size_t j = i;
	while (j < len && is_digit(s[j]))
		buf_addch(&num, s[j++]);
	int groups = 0;
	for (;;) {
		size_t g = j + 1, d = 0;
		if (j >= len || s[j] != ',')
			break;
		while (g + d < len && is_digit(s[g + d]))
			d++;
		/* "R7,2 billion", "R5,78 billion": a decimal comma, the
		 * number's end (not "1,2,3", not "12,34,567") */
		/* (a sentence's comma or stop may follow: "the average
		 * price of DKK 169,60, the premium") */
		int punct = g + d < len && (s[g + d] == ',' || s[g + d] == '.') &&
			    !(g + d + 1 >= len || s[g + d + 1] == ' ' ||
			      s[g + d + 1] == '\n');
		if (!groups && (d == 1 || d == 2) && !punct) {
			buf_addch(&num, '.');
			buf_add(&num, s + g, d);
			t->num = strtod(num.buf, NULL);
			t->is_int = 0;
			buf_release(&num);
			return g + d;
		}
		if (d != 2 && d != 3)
			break;
		groups++;
		/* "12,34,567": 2-digit groups only before a 3-digit one */
		if (d == 2 && !(g + d < len && s[g + d] == ','))
			break;
		buf_add(&num, s + g, d);
		j = g + d;
	}
	t->is_int = 1;
	/* "$799.998.502", "Rp 1.234.567": two groups or more of three
	 * digits after stops are thousands, not a decimal part (and a
	 * decimal comma may end them: "1.234.567,89") */
	if (!groups && j - i <= 3 && dot_groups(s, len, j) >= 2) {
		while (j + 4 <= len && s[j] == '.' && is_digit(s[j + 1]) &&
		       is_digit(s[j + 2]) && is_digit(s[j + 3]) &&
		       !(j + 4 < len && is_digit(s[j + 4]))) {
			buf_add(&num, s + j + 1, 3);
			j += 4;
		}
		size_t d = 0;   /* a decimal comma's one or two digits */
		while (j + 1 + d < len && d < 3 && is_digit(s[j + 1 + d]))
			d++;
		if (j < len && s[j] == ',' && (d == 1 || d == 2)) {
			buf_addch(&num, '.');
			buf_add(&num, s + j + 1, d);
			j += 1 + d;
			t->is_int = 0;
		}
		t->num = strtod(num.buf, NULL);
		buf_release(&num);
		return j;
	}
	if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1])) {
		buf_addch(&num, '.');
		j++;
		while (j < len && is_digit(s[j]))
			buf_addch(&num, s[j++]);
		t->is_int = 0;
	}
	t->num = strtod(num.buf, NULL);
	buf_release(&num);
	if (t->is_int && j + 1 < len && s[j] == '/' && is_digit(s[j + 1]) &&
	    t->num >= 1 && t->num < 32 && j - i <= 2) {
		/* "rose 1/4 to 14 dlrs": a fraction alone, a price's change
		 * (not "4" of "1/4", the start of a range) */
		size_t k = j + 1;
		unsigned den = 0;
		while (k < len && is_digit(s[k]) && k - j <= 2)
			den = den * 10 + (unsigned)(s[k++] - '0');
		if (!(k < len && (is_digit(s[k]) || s[k] == '/')) &&
		    (den == 2 || den == 4 || den == 8 || den == 16 ||
		     den == 32) && t->num < den) {
			t->num /= den;
			t->is_int = 0;
			return k;
		}
	}
	if (t->is_int)
		j = lex_fraction(s, len, j, t);
	/* a dealer's two-way quote, "1.7733/38 marks": the bid is the
	 * figure, the offer's last digits after the slash are not another
	 * one */
	else if (j + 1 < len && s[j] == '/' && is_digit(s[j + 1])) {
		size_t k = j + 1;
		while (k < len && is_digit(s[k]) && k - j <= 4)
			k++;
		if (k - j <= 4 && !(k < len && (is_digit(s[k]) || s[k] == '/' ||
						  s[k] == '.')))
			j = k;
	}
	return j;
}

/* Letters; "U.S." and "u.s" collapse to "us". */
static size_t lex_word(const char *s, size_t len, size_t i, struct tok *t)
{
	size_t j = i, k = 0;
	/* not "c.R5,78 billion": about R5.78 billion */
	if (j + 2 < len && is_alpha(s[j]) && s[j + 1] == '.' &&
	    is_alpha(s[j + 2]) &&
	    !(j + 3 < len && (is_alpha(s[j + 3]) || is_digit(s[j + 3])))) {
		while (j + 1 < len && is_alpha(s[j]) && s[j + 1] == '.' &&
		       j + 2 < len && is_alpha(s[j + 2])) {
			if (k < MAX_WORD - 1)
				t->w[k++] = (char)(s[j] | 0x20);
			j += 2;
		}
		if (k < MAX_WORD - 1)
			t->w[k++] = (char)(s[j] | 0x20);
		j++;
		if (j < len && s[j] == '.' &&
		    !(j + 1 < len && is_alpha(s[j + 1])))
			j++;
		t->w[k] = '\0';
		return j;
	}
	while (j < len) {
		unsigned char c = (unsigned char)s[j];
		if (is_alpha(c)) {
			if (k < MAX_WORD - 1)
				t->w[k++] = (char)(c | 0x20);
			j++;
			continue;
		}
		if (c < 0x80)
			break;
		unsigned cp;
		size_t n = u8next(s + j, len - j, &cp);
		if (cp_symbol(cp) || cp_space(cp))
			break;
		if (k + n < MAX_WORD)
			for (size_t x = 0; x < n; x++)
				t->w[k++] = s[j + x];
		j += n;
	}
	t->w[k] = '\0';
	return j;
}

static void lex(const char *s, size_t len, struct lex *lx)
{
	size_t i = 0;
	lx->n = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		size_t n = 1;
		unsigned cp = c;
		if (c >= 0x80) {
			n = u8next(s + i, len - i, &cp);
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\v' || cp_space(cp)) {
			i += n;
			continue;
		}
		if (lx->n && lx->t[lx->n - 1].end == i)
			lx->t[lx->n - 1].glued = 1;
		struct tok *t;
		if (is_digit(c)) {
			t = push(lx, T_NUM, i);
			i = lex_number(s, len, i, t);
		} else if (is_alpha(c) || (c >= 0x80 && !cp_symbol(cp))) {
			t = push(lx, T_WORD, i);
			i = lex_word(s, len, i, t);
		} else {
			t = push(lx, T_SYM, i);
			memcpy(t->w, s + i, n);
			t->w[n] = '\0';
			i += n;
		}
		t->end = i;
	}
}

/* ---- the table -------------------------------------------------------- */

static const char *const number_starts[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
	"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "a", "an",
	"half", "quarter",
};

struct money_tab *money_tab_new(void)
{
	struct money_tab *t = xcalloc(1, sizeof(*t));
	t->forms = smap_new();
	t->first = smap_new();
	for (size_t i = 0; i < ARRAY_SIZE(number_starts);
	     i++)
		smap_put(t->first, number_starts[i], strlen(number_starts[i]),
			 1);
	return t;
}

void money_tab_free(struct money_tab *t)
{
	if (!t)
		return;
	smap_free(t->forms);
	smap_free(t->first);
	free(t->form);
	for (size_t i = 0; i < t->nrate; i++)
		free(t->rate[i].year);
	free(t->rate);
	free(t);
}

/*
 * Units that do not say whose they are: "$", "dlrs" and "cents" are
 * dollars of some country, "francs" and "crowns" of some other; the
 * story's country may tell (the amounts stage).
 */
static unsigned char generic_of(const char *w)
{
	static const struct {
		const char *w;
		enum money_generic g;
	} units[] = {
		{"$", MONEY_DOLLAR}, {"dollar", MONEY_DOLLAR},
		{"dollars", MONEY_DOLLAR}, {"dlr", MONEY_DOLLAR},
		{"dlrs", MONEY_DOLLAR}, {"cent", MONEY_DOLLAR},
		{"cents", MONEY_DOLLAR}, {"ct", MONEY_DOLLAR},
		{"cts", MONEY_DOLLAR}, {"franc", MONEY_FRANC},
		{"francs", MONEY_FRANC}, {"crown", MONEY_CROWN},
		{"crowns", MONEY_CROWN}, {"kroner", MONEY_CROWN},
		{"krone", MONEY_CROWN}, {"peso", MONEY_PESO},
		{"pesos", MONEY_PESO}, {"rupee", MONEY_RUPEE},
		{"rupees", MONEY_RUPEE}, {"rs", MONEY_RUPEE},
		{"rs.", MONEY_RUPEE}, {"lira", MONEY_LIRA},
		{"lire", MONEY_LIRA}, {"liras", MONEY_LIRA},
		{"shilling", MONEY_SHILLING},
		{"shillings", MONEY_SHILLING}, {"sh", MONEY_SHILLING},
		{"shs", MONEY_SHILLING},
		{"dinar", MONEY_DINAR}, {"dinars", MONEY_DINAR},
		{"dirham", MONEY_DIRHAM}, {"dirhams", MONEY_DIRHAM},
		{"dh", MONEY_DIRHAM}, {"dhs", MONEY_DIRHAM},
	};
	for (size_t i = 0; i < ARRAY_SIZE(units); i++)
		if (!strcmp(units[i].w, w))
			return (unsigned char)units[i].g;
	return MONEY_NAMED;
}

/* The lookup key of tokens [i, i+n): their texts joined by spaces. */
static int key_of(const struct tok *t, size_t n, struct buf *key)
{
	buf_reset(key);
	for (size_t i = 0; i < n; i++) {
		if (t[i].type == T_NUM)
			return 0;
		if (i)
			buf_addch(key, ' ');
		buf_addstr(key, t[i].w);
	}
	return 1;
}

static void copy_code(char dst[4], const char *code)
{
	size_t i = 0;
	for (; code[i] && i < 3; i++)
		dst[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ?
				code[i] - 32 : code[i]);
	dst[i] = '\0';
}

void money_tab_add_form(struct money_tab *t, const char *form, size_t len,
			const char *code, double factor, enum money_where where)
{
	struct lex lx = {0};
	struct buf key = BUF_INIT;
	lex(form, len, &lx);
	if (lx.n && lx.n <= MAX_FORM_TOKENS && key_of(lx.t, lx.n, &key)) {
		if (t->nform == t->capform) {
			t->capform = t->capform ? t->capform * 2 : 64;
			t->form = xrealloc(t->form,
					   t->capform * sizeof(*t->form));
		}
		struct form *f = &t->form[t->nform];
		copy_code(f->code, code);
		f->factor = factor;
		f->scaled = (where & MONEY_SCALED) != 0;
		/* (a glued form is read as a one-letter form is: touching
		 * its number, a capital first) */
		f->letter = (where & MONEY_GLUED) != 0;
		where = (enum money_where)(where & MONEY_BOTH);
		f->where = where;
		f->tight = lx.n > 1 && !memchr(form, ' ', len);
		f->letter |= lx.n == 1 && lx.t[0].type == T_WORD &&
			     strlen(lx.t[0].w) == 1;
		f->generic = lx.n == 1 ? generic_of(lx.t[0].w) : MONEY_NAMED;
		/* one key per position: "P5" (pesos) and "5p" (pence) */
		for (int pos = MONEY_PRE; pos <= MONEY_POST; pos++) {
			if (!(where & pos))
				continue;
			struct buf pk = BUF_INIT;
			buf_addch(&pk, pos == MONEY_PRE ? '<' : '>');
			buf_add(&pk, key.buf, key.len);
			smap_put(t->forms, pk.buf, pk.len, (int)t->nform);
			buf_release(&pk);
		}
		t->nform++;
		smap_put(t->first, lx.t[0].w, strlen(lx.t[0].w), 1);
		if (lx.n > t->max_tokens)
			t->max_tokens = (unsigned)lx.n;
	}
	buf_release(&key);
	free(lx.t);
}

/* The row of `code`, made when `make`; NULL when absent. */
static struct rate *rate_row(struct money_tab *t, const char *code, int make)
{
	char c[4];
	copy_code(c, code);
	for (size_t i = 0; i < t->nrate; i++)
		if (!strcmp(t->rate[i].code, c))
			return &t->rate[i];
	if (!make)
		return NULL;
	if (t->nrate == t->caprate) {
		t->caprate = t->caprate ? t->caprate * 2 : 64;
		t->rate = xrealloc(t->rate, t->caprate * sizeof(*t->rate));
	}
	struct rate *r = &t->rate[t->nrate++];
	memset(r, 0, sizeof(*r));
	memcpy(r->code, c, 4);
	return r;
}

void money_tab_set_rate(struct money_tab *t, const char *code, double usd)
{
	/* a new figure for a pegged currency keeps its peg's year (a
	 * user's `gazetteer add rate SAR ...`) */
	struct rate *r = rate_row(t, code, 1);
	money_tab_set_rate_since(t, code, usd,
				 r->has_latest ? r->since : MONEY_LATEST_SINCE);
}

void money_tab_set_rate_since(struct money_tab *t, const char *code,
			      double usd, int since)
{
	struct rate *r = rate_row(t, code, 1);
	r->usd = usd;
	r->has_latest = 1;
	r->since = since;
}

int money_tab_set_year_rate(struct money_tab *t, const char *code, int year,
			    double usd)
{
	if (year < MONEY_YEAR_MIN || year > MONEY_YEAR_MAX)
		return -1;
	struct rate *r = rate_row(t, code, 1);
	if (!r->year) {
		r->year = xcalloc(MONEY_YEAR_MAX - MONEY_YEAR_MIN + 1,
				  sizeof(*r->year));
		r->first = r->last = year;
	}
	r->year[year - MONEY_YEAR_MIN] = usd;
	if (year < r->first)
		r->first = year;
	if (year > r->last)
		r->last = year;
	return 0;
}

/* The figure of `year` or of the nearest earlier year that has one. */
static double year_figure(const struct rate *r, int year)
{
	for (int y = year; y >= r->first; y--)
		if (r->year[y - MONEY_YEAR_MIN] > 0)
			return r->year[y - MONEY_YEAR_MIN];
	return r->year[r->first - MONEY_YEAR_MIN];
}

int money_tab_rate_in(const struct money_tab *t, const char *code, int year,
		      double *usd)
{
	const struct rate *r = NULL;
	for (size_t i = 0; i < t->nrate && !r; i++)
		if (!strcmp(t->rate[i].code, code))
			r = &t->rate[i];
	if (!r)
		return 0;
	if (r->year && year > 0 && year <= r->last)
		*usd = year_figure(r, year < r->first ? r->first : year);
	else if (!r->year && year > 0 && r->has_latest && year < r->since &&
		 strcmp(code, "USD"))
		return 0;   /* no figure of that year: unknown */
	else if (r->has_latest)
		*usd = r->usd;
	else
		*usd = year_figure(r, r->last);
	return 1;
}

int money_tab_rate(const struct money_tab *t, const char *code, double *usd)
{
	return money_tab_rate_in(t, code, 0, usd);
}

int money_tab_knows(const struct money_tab *t, const char *code)
{
	double r;
	if (money_tab_rate(t, code, &r))
		return 1;
	for (size_t i = 0; i < t->nform; i++)
		if (!strcmp(t->form[i].code, code))
			return 1;
	return 0;
}

/* ---- the grammar ------------------------------------------------------ */

struct scan {
	const struct money_tab *tab;
	int year;              /* the rates' year, 0 for the latest */
	const char *s;         /* the text, for a letter's case */
	size_t len;            /* its length: no NUL need end it */
	struct tok *t;
	size_t n;
	struct buf key, key2;
};

/* A matched currency: its form (or an "M" + code word, a million units). */
struct cur {
	size_t ntok;
	char code[4];
	double factor;
	int is_post_word;     /* a name written after the number */
	unsigned char generic; /* enum money_generic */
	int scaled;           /* money only before a scale word */
};

static int word_is(const struct scan *sc, size_t i, const char *w)
{
	return i < sc->n && sc->t[i].type != T_NUM && !strcmp(sc->t[i].w, w);
}

static int is_num_start(const struct scan *sc, size_t i);
static int opens_amount(struct scan *sc, size_t i, const char *code);
static size_t number_scaled(const struct scan *sc, size_t i, double *v,
			    double *mult, int *is_int, int *in_words);

/* Tokens [i, i+n) follow each other without spaces. */
static int glued_run(const struct scan *sc, size_t i, size_t n)
{
	for (size_t k = i; k + 1 < i + n; k++)
		if (!sc->t[k].glued)
			return 0;
	return 1;
}

/* The form keyed `key` written at position `pos`, or -1. */
static int form_get(struct scan *sc, enum money_where pos, const char *key,
		    size_t len)
{
	struct buf *k = &sc->key2;
	buf_reset(k);
	buf_addch(k, pos == MONEY_PRE ? '<' : '>');
	buf_add(k, key, len);
	return smap_get(sc->tab->forms, k->buf, k->len);
}

/*
 * A one-letter form ("P5", "R7,2 billion", "190p") touches its number,
 * and written before it is a capital: "p 5" and "r5" are not money.
 */
static int letter_ok(const struct scan *sc, size_t i, enum money_where pos)
{
	if (pos == MONEY_PRE)
		return sc->t[i].glued && i + 1 < sc->n &&
		       sc->t[i + 1].type == T_NUM &&
		       sc->s[sc->t[i].start] >= 'A' &&
		       sc->s[sc->t[i].start] <= 'Z' &&
		       !(i > 0 && sc->t[i - 1].glued &&
			 sc->t[i - 1].type != T_SYM);
	return i > 0 && sc->t[i - 1].glued && sc->t[i - 1].type == T_NUM;
}

/* Whether the word at i is written as a name's is: a capital, then
 * small letters ("Crown", not "crown" nor "CROWN"). */
static int name_word_at(const struct scan *sc, size_t i)
{
	const char *w = sc->s + sc->t[i].start;
	size_t n = sc->t[i].end - sc->t[i].start;
	if (n < 2 || !isupper((unsigned char)w[0]))
		return 0;
	for (size_t k = 1; k < n; k++)
		if (!islower((unsigned char)w[k]))
			return 0;
	return 1;
}

/* Longest form at i usable in position `where`. */
static int match_cur(struct scan *sc, size_t i, enum money_where where,
		     struct cur *c)
{
	const struct money_tab *tab = sc->tab;
	for (size_t n = tab->max_tokens; n >= 1; n--) {
		if (i + n > sc->n || !key_of(sc->t + i, n, &sc->key))
			continue;
		for (int pos = MONEY_PRE; pos <= MONEY_POST; pos++) {
			if (!(where & pos))
				continue;
			int v = form_get(sc, (enum money_where)pos,
					 sc->key.buf, sc->key.len);
			if (v < 0)
				continue;
			if (tab->form[v].tight && !glued_run(sc, i, n))
				continue;  /* "a $5" is not "A$5" */
			if (tab->form[v].letter &&
			    !letter_ok(sc, i, (enum money_where)pos))
				continue;
			/* glued to a following number, a POST form belongs
			 * to it */
			if (where == MONEY_POST && sc->t[i + n - 1].glued &&
			    i + n < sc->n && sc->t[i + n].type == T_NUM)
				continue;
			/* "1 $ 10 dollars": the "$" opens the next amount */
			if (where == MONEY_POST && sc->t[i].type == T_SYM &&
			    opens_amount(sc, i + n, tab->form[v].code))
				continue;
			/* "June 24 - Crown Resorts": a word written as a
			 * name's, with a capitalised word after it */
			/* (and "5 Sen. Smith": a title's abbreviation, not a
			 * sentence's stop: "for 500 million Euros. The") */
			size_t nw = i + n;
			if (nw + 1 < sc->n && sc->t[nw].type == T_SYM &&
			    !strcmp(sc->t[nw].w, ".") && !strcmp(sc->t[i].w, "sen"))
				nw++;
			if (where == MONEY_POST && n == 1 &&
			    sc->t[i].type == T_WORD &&
			    name_word_at(sc, i) && nw < sc->n &&
			    sc->t[nw].type == T_WORD &&
			    isupper((unsigned char)sc->s[sc->t[nw].start]))
				continue;
			c->ntok = n;
			memcpy(c->code, tab->form[v].code, 4);
			c->factor = tab->form[v].factor;
			c->is_post_word = where == MONEY_POST &&
					  sc->t[i].type == T_WORD;
			c->generic = tab->form[v].generic;
			c->scaled = tab->form[v].scaled;
			return 1;
		}
	}
	/* "MUSD", "MEUR": millions of a code */
	const struct tok *t = &sc->t[i];
	if (i < sc->n && t->type == T_WORD && strlen(t->w) == 4 &&
	    t->w[0] == 'm') {
		int v = form_get(sc, MONEY_POST, t->w + 1, 3);
		char code[4];
		copy_code(code, t->w + 1);
		if (v >= 0 && !strcmp(tab->form[v].code, code)) {
			c->ntok = 1;
			memcpy(c->code, code, 4);
			c->factor = 1e6;
			c->is_post_word = 0;
			c->generic = MONEY_NAMED;
			return 1;
		}
	}
	return 0;
}

static const struct {
	const char *w;
	double v;
} small_words[] = {
	{"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4},
	{"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9},
	{"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
	{"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
	{"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
}, tens_words[] = {
	{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
	{"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};

static int lookup_word(const char *w, const void *table, size_t n,
		       double *v)
{
	const struct { const char *w; double v; } *tb = table;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(tb[i].w, w)) {
			*v = tb[i].v;
			return 1;
		}
	return 0;
}

#define LOOKUP(w, tb, v) lookup_word(w, tb, ARRAY_SIZE(tb), v)

static const struct {
	const char *w;
	double v;
	int glued_only;  /* a single letter: only right after the number */
} scales[] = {
	{"thousand", 1e3, 0}, {"thousands", 1e3, 0}, {"k", 1e3, 1},
	{"million", 1e6, 0}, {"millions", 1e6, 0}, {"mln", 1e6, 0},
	{"mn", 1e6, 0}, {"mio", 1e6, 0}, {"mil", 1e6, 0}, {"m", 1e6, 1},
	{"billion", 1e9, 0}, {"billions", 1e9, 0}, {"bln", 1e9, 0},
	{"bn", 1e9, 0}, {"b", 1e9, 1}, {"trillion", 1e12, 0},
	{"tln", 1e12, 0}, {"trn", 1e12, 0}, {"tn", 1e12, 0},
	/* the dong's and the rupiah's largest sums: "VNĐ1.7 quadrillion" */
	{"quadrillion", 1e15, 0}, {"quadrillions", 1e15, 0},
	{"lakh", 1e5, 0}, {"lakhs", 1e5, 0}, {"lac", 1e5, 0},
	{"crore", 1e7, 0}, {"crores", 1e7, 0}, {"cr", 1e7, 0},
	{"bil", 1e9, 0}, {"tr", 1e12, 1},
	/* a headline in the outlet's own language: "R$ 2,1 bilhões",
	 * "$ 1,1 miliar", "1,3 miljarder", "2 Mrd. Euro" */
	{"milhão", 1e6, 0}, {"milhões", 1e6, 0}, {"milhao", 1e6, 0},
	{"milhoes", 1e6, 0}, {"bilhão", 1e9, 0}, {"bilhões", 1e9, 0},
	{"bilhao", 1e9, 0}, {"bilhoes", 1e9, 0}, {"trilhão", 1e12, 0},
	{"trilhões", 1e12, 0}, {"millón", 1e6, 0}, {"millones", 1e6, 0},
	{"juta", 1e6, 0}, {"miliar", 1e9, 0}, {"milyar", 1e9, 0},
	{"triliun", 1e12, 0}, {"miljon", 1e6, 0}, {"miljoner", 1e6, 0},
	{"millioner", 1e6, 0}, {"miljard", 1e9, 0}, {"miljarder", 1e9, 0},
	{"milliard", 1e9, 0}, {"milliarder", 1e9, 0}, {"milliarden", 1e9, 0},
	{"milliards", 1e9, 0}, {"mrd", 1e9, 0},
	/* the Brazilian press's short forms: "R$ 2,17 bi", "US$ 220 mi",
	 * "R$ 1 tri" */
	{"bi", 1e9, 0}, {"mi", 1e6, 0}, {"tri", 1e12, 0},
	/* the Spanish "billón" is a million millions: "$2,4 billones" */
	{"billón", 1e12, 0}, {"billones", 1e12, 0},
};

/* A scale word at i (after the token i-1); 1 with *mult set. */
static int match_scale(const struct scan *sc, size_t i, double *mult)
{
	if (i >= sc->n || sc->t[i].type != T_WORD)
		return 0;
	for (size_t k = 0; k < ARRAY_SIZE(scales); k++)
		if (!strcmp(sc->t[i].w, scales[k].w)) {
			if (scales[k].glued_only &&
			    !(i > 0 && sc->t[i - 1].glued))
				return 0;
			/* "5 m" is not "5 million" before another letter */
			if (scales[k].glued_only && sc->t[i].glued &&
			    i + 1 < sc->n && sc->t[i + 1].type != T_SYM)
				return 0;
			*mult = scales[k].v;
			return 1;
		}
	/* scraped text loses spaces: "$100 millionto expand" */
	for (size_t k = 0; k < ARRAY_SIZE(scales); k++) {
		size_t n = strlen(scales[k].w);
		if (n >= 7 && !strncmp(sc->t[i].w, scales[k].w, n)) {
			*mult = scales[k].v;
			return 1;
		}
	}
	return 0;
}

/*
 * A scale after a currency written after the number, at i: "75 USD
 * million", "135 dlrs mln" (a typist's order), but not a word in
 * capitals after a currency in lower case ("4.20 dlrs BIL": a price, then
 * a company's initials).
 */
static int scale_after_currency(const struct scan *sc, size_t i,
				double *mult)
{
	if (i == 0 || i >= sc->n || sc->t[i].type != T_WORD)
		return 0;
	int caps = 1, cur_caps = 1;
	for (size_t b = sc->t[i].start; b < sc->t[i].end; b++)
		caps &= !islower((unsigned char)sc->s[b]);
	for (size_t b = sc->t[i - 1].start; b < sc->t[i - 1].end; b++)
		cur_caps &= !islower((unsigned char)sc->s[b]);
	if (caps && !cur_caps)
		return 0;
	return match_scale(sc, i, mult);
}

/*
 * A number at i: digits, or words ("forty-five", "a quarter", "three
 * quarters", "half").  *is_int and *in_words describe it.  Returns the
 * index after it, or i when there is none.
 */
static size_t match_number(const struct scan *sc, size_t i, double *v,
			   int *is_int, int *in_words)
{
	*in_words = 0;
	if (i >= sc->n)
		return i;
	if (sc->t[i].type == T_NUM) {
		*v = sc->t[i].num;
		*is_int = sc->t[i].is_int;
		return i + 1;
	}
	if (sc->t[i].type != T_WORD)
		return i;
	size_t j = i;
	double cur = 0, w;
	int any = 0;
	double scale_probe;
	if ((word_is(sc, j, "a") || word_is(sc, j, "an")) && j + 1 < sc->n) {
		if (word_is(sc, j + 1, "quarter") || word_is(sc, j + 1, "half")) {
			*v = word_is(sc, j + 1, "half") ? 0.5 : 0.25;
			*is_int = 0;
			*in_words = 1;
			return j + 2;
		}
		if (match_scale(sc, j + 1, &scale_probe) &&
		    scale_probe >= 1e3) {
			*v = 1;
			*is_int = 1;
			*in_words = 1;
			return j + 1;
		}
		return i;
	}
	if (word_is(sc, j, "half") || word_is(sc, j, "quarter")) {
		*v = word_is(sc, j, "half") ? 0.5 : 0.25;
		j++;
		if (word_is(sc, j, "a") && match_scale(sc, j + 1, &scale_probe))
			j++;
		*is_int = 0;
		*in_words = 1;
		return j;
	}
	while (j < sc->n && sc->t[j].type == T_WORD) {
		if (LOOKUP(sc->t[j].w, tens_words, &w)) {
			cur += w;
			j++;
			any = 1;
			size_t k = j;
			if (k < sc->n && sc->t[k].type == T_SYM &&
			    !strcmp(sc->t[k].w, "-"))
				k++;
			double u;
			if (k < sc->n && sc->t[k].type == T_WORD &&
			    LOOKUP(sc->t[k].w, small_words, &u) && u < 10) {
				cur += u;
				j = k + 1;
			}
		} else if (LOOKUP(sc->t[j].w, small_words, &w)) {
			cur += w;
			j++;
			any = 1;
		} else if (any && word_is(sc, j, "hundred")) {
			cur = (cur ? cur : 1) * 100;
			j++;
			if (word_is(sc, j, "and") && j + 1 < sc->n &&
			    sc->t[j + 1].type == T_WORD &&
			    (LOOKUP(sc->t[j + 1].w, small_words, &w) ||
			     LOOKUP(sc->t[j + 1].w, tens_words, &w)))
				j++;
		} else {
			break;
		}
	}
	if (!any)
		return i;
	/* "three quarters" */
	if (word_is(sc, j, "quarters") || word_is(sc, j, "quarter")) {
		cur *= 0.25;
		j++;
		*is_int = 0;
	} else {
		*is_int = 1;
	}
	*v = cur;
	*in_words = 1;
	return j;
}

static int is_num_start(const struct scan *sc, size_t i)
{
	double v;
	int a, b;
	return match_number(sc, i, &v, &a, &b) > i;
}

/* A number at i followed by a word form of `code`: "10 dollars". */
static int opens_amount(struct scan *sc, size_t i, const char *code)
{
	double v, mult;
	int is_int, in_words;
	size_t e = number_scaled(sc, i, &v, &mult, &is_int, &in_words);
	struct cur c;
	return e > i && match_cur(sc, e, MONEY_POST, &c) && c.is_post_word &&
	       c.factor == 1 &&
	       !strcmp(c.code, code);
}

static int is_sym(const struct scan *sc, size_t i, const char *s)
{
	return i < sc->n && sc->t[i].type == T_SYM && !strcmp(sc->t[i].w, s);
}

static int is_dash(const struct scan *sc, size_t i)
{
	return is_sym(sc, i, "-") || is_sym(sc, i, "\xE2\x80\x93");
}

/*
 * number [scale] at i: *v the number as written, *mult its scale (1 when
 * none).  Returns the index after, or i.
 */
static size_t number_scaled(const struct scan *sc, size_t i, double *v,
			    double *mult, int *is_int, int *in_words)
{
	size_t j = match_number(sc, i, v, is_int, in_words);
	*mult = 1;
	if (j == i)
		return i;
	double m2;
	if (match_scale(sc, j, mult)) {
		j++;
		/* "1.6 lakh crore", "11,000 thousand crore" */
		if ((*mult == 1e5 || *mult == 1e3) && match_scale(sc, j, &m2) &&
		    m2 == 1e7) {
			*mult *= m2;
			j++;
		}
	} else if (is_dash(sc, j) && sc->t[j - 1].glued && sc->t[j].glued &&
		 j + 1 < sc->n && sc->t[j + 1].type == T_WORD &&
		 match_scale(sc, j + 1, mult) && *mult >= 1e6)
		j += 2;   /* "US$200-million", "4.4-billion-pound" */
	return j;
}

/*
 * A per-share marker at i: "a share", "per share", "- a - share", "per
 * Shaftesbury share", "per RFG share"; and after an amount without a scale
 * word, "each" and "apiece" ("4,050 yen apiece"; "$5 million each" is a
 * sum per party).
 */
static size_t per_share(const struct scan *sc, size_t i, int scaled)
{
	size_t j = i;
	if (!scaled && (word_is(sc, j, "apiece") || word_is(sc, j, "each")))
		return j + 1;
	if (is_dash(sc, j))
		j++;
	int per = word_is(sc, j, "per");
	if (!(word_is(sc, j, "a") || per || word_is(sc, j, "an")))
		return i;
	j++;
	if (is_dash(sc, j))
		j++;
	if (word_is(sc, j, "common") || word_is(sc, j, "ordinary") ||
	    word_is(sc, j, "class") || word_is(sc, j, "preferred"))
		j++;
	/* "per Premier share": a name or two before "share" */
	for (size_t skip = 0; per && skip <= 2; skip++) {
		size_t k = j + skip;
		if (word_is(sc, k, "share") || word_is(sc, k, "shr") ||
		    word_is(sc, k, "unit") || word_is(sc, k, "ads"))
			return k + 1;
		if (k >= sc->n || sc->t[k].type != T_WORD)
			return i;
	}
	if (word_is(sc, j, "share") || word_is(sc, j, "shr") ||
	    word_is(sc, j, "unit") || word_is(sc, j, "ads"))
		return j + 1;
	return i;
}

static void set_usd(const struct scan *sc, struct money *m)
{
	double r;
	if (m->flags & MONEY_USD_STATED)
		return;
	if (m->currency[0] &&
	    money_tab_rate_in(sc->tab, m->currency, sc->year, &r)) {
		m->usd = m->value * r;
		m->usd_low = m->low * r;
		m->usd_high = m->high * r;
	} else {
		m->usd = m->usd_low = m->usd_high = NAN;
	}
}

static size_t amount_at(struct scan *sc, size_t i, struct money *m,
			int allow_conversion);

/*
 * Can an amount start at token i?  A number, a symbol, a form's first
 * word, an "M"+code word or a number word.  Most words of a text are none
 * of these, and this check spares them the form lookups.
 */
static int may_start(const struct scan *sc, size_t i)
{
	const struct tok *t = &sc->t[i];
	if (t->type != T_WORD)
		return 1;
	size_t n = strlen(t->w);
	/* forms' first words and number words are in `first` */
	return smap_get(sc->tab->first, t->w, n) >= 0 ||
	       (n == 4 && t->w[0] == 'm');
}

/*
 * The cents tail of an integral amount: "15 dollars 50", "17 USD 25",
 * "thirteen dollars and forty-five cents", "c$ 100 and fifty".
 */
static size_t cents_tail(struct scan *sc, size_t j, const struct cur *c,
			 struct money *m)
{
	size_t k = j;
	if (word_is(sc, k, "and"))
		k++;
	double v;
	int is_int, in_words;
	size_t e = match_number(sc, k, &v, &is_int, &in_words);
	if (e == k || !is_int || v < 1 || v >= 100)
		return j;
	if (sc->t[e - 1].type == T_NUM && sc->t[e - 1].glued && e < sc->n &&
	    sc->t[e].type == T_WORD)
		return j;  /* "11a" */
	struct cur minor;
	int has_minor = 0;
	if (match_cur(sc, e, MONEY_POST, &minor) && minor.factor < 1) {
		has_minor = 1;
		e += minor.ntok;
	} else if (e < sc->n) {
		struct cur other;
		double mult;
		if (match_cur(sc, e, MONEY_BOTH, &other) ||
		    match_scale(sc, e, &mult))
			return j;
	}
	if (!has_minor && !in_words && !c->is_post_word)
		return j;
	m->value += v / 100;
	m->low = m->high = m->value;
	return e;
}

static const char *const hedges[] = {
	"about", "approximately", "around", "roughly", "some", "nearly",
	"almost", "or", "approx", "c", "ca", "est", "over", "more",
	"than", "just", "under",
};

/* Hedge words from k on ("about", "c.", "more than"): the index after. */
static size_t skip_hedges(const struct scan *sc, size_t k)
{
	for (int n = 0; n < 3; n++) {
		size_t h = 0;
		while (h < ARRAY_SIZE(hedges) && !word_is(sc, k, hedges[h]))
			h++;
		if (h == ARRAY_SIZE(hedges))
			break;
		k++;
		if (is_sym(sc, k, ".") || is_sym(sc, k, "~"))
			k++;
	}
	return k;
}

/* Take a stated USD figure into m ("S$5m (US$3.7m)"). */
static void take_usd(struct money *m, const struct money *inner)
{
	if (!strcmp(m->currency, "USD") || strcmp(inner->currency, "USD") ||
	    (m->flags & MONEY_USD_STATED) ||
	    (inner->flags & MONEY_RANGE) != (m->flags & MONEY_RANGE))
		return;
	m->usd = inner->value;
	m->usd_low = inner->low;
	m->usd_high = inner->high;
	m->flags |= MONEY_USD_STATED;
}

/*
 * Words that may follow a conversion inside its brackets: "(Rs 3,571 crore
 * at current exchange rate)", "(at today's rates)".  The index of the
 * bracket's end when they are such words, else e.
 */
static size_t rate_words(const struct scan *sc, size_t e, const char *close)
{
	int rate = 0;
	for (size_t k = e; k < sc->n && k < e + 8; k++) {
		if (is_sym(sc, k, close))
			return rate ? k : e;
		if (is_sym(sc, k, "'") || is_sym(sc, k, "\u2019"))
			continue;
		if (sc->t[k].type != T_WORD)
			return e;
		rate |= !strncmp(sc->t[k].w, "rate", 4) ||
			!strcmp(sc->t[k].w, "exchange");
	}
	return e;
}

/*
 * Two dollars, one named US and one not, of different values: "$US23
 * billion ($29.6 billion)" in an Australian story, "$29.6 billion (US$23
 * billion)".  The bracket is the other dollar's figure.
 */
static int other_dollars(const struct money *m, const struct money *inner)
{
	return !strcmp(m->currency, "USD") && !strcmp(inner->currency, "USD") &&
	       (m->generic == MONEY_DOLLAR) != (inner->generic == MONEY_DOLLAR) &&
	       fabs(inner->value - m->value) > 0.01 * fabs(m->value) &&
	       !((inner->flags ^ m->flags) & MONEY_RANGE);
}

/* m, a dollar that may be a local one, has its US figure in `inner`. */
static void take_stated_usd(struct money *m, const struct money *inner)
{
	if (m->flags & MONEY_USD_STATED)
		return;
	m->usd = inner->value;
	m->usd_low = inner->low;
	m->usd_high = inner->high;
	m->flags |= MONEY_USD_STATED;
}

/*
 * The same amount in other currencies, after an amount: in parentheses
 * "($2.87 billion USD)", "(about US$5 mln)", "($1bn; £694m)" or square
 * brackets ("[$1.3 billion; €1.2 billion]"), or in prose
 * ", or about $400 million" (a USD figure after another currency's).  A
 * stated USD figure is m's usd; the others are part of m.  Returns the
 * index after them, or j.
 */
static size_t conversion(struct scan *sc, size_t j, struct money *m)
{
	struct money inner;
	/* (or in square brackets: "ISK 171 billion [$1.3 billion; EUR1.2
	 * billion]") */
	const char *close = is_sym(sc, j, "(") ? ")" :
			    is_sym(sc, j, "[") ? "]" : NULL;
	if (close) {
		size_t k = j + 1, e;
		int any = 0;
		for (;;) {
			k = skip_hedges(sc, k);
			e = amount_at(sc, k, &inner, 0);
			/* (a unit whose country the story tells, after a
			 * sum in U.S. dollars: "US$620 million (about 12,600
			 * million pesos)") */
			int local = !inner.currency[0] &&
				    inner.generic != MONEY_NAMED &&
				    !strcmp(m->currency, "USD") &&
				    m->generic == MONEY_NAMED;
			if (e == k || (!inner.currency[0] && !local) ||
			    ((inner.flags ^ m->flags) & MONEY_PER_SHARE))
				return j;
			if (!strcmp(inner.currency, m->currency) &&
			    strcmp(m->currency, "USD"))
				return j;  /* "RM5m (RM2m in cash)" */
			int other_dollar = other_dollars(m, &inner) &&
					   is_sym(sc, rate_words(sc, e, close),
						  close);
			if (!strcmp(inner.currency, m->currency) &&
			    fabs(inner.value - m->value) >
				    0.01 * fabs(m->value) && !other_dollar)
				return j;  /* "$5m ($2m of it in cash)" */
			if (other_dollar && m->generic == MONEY_DOLLAR)
				take_stated_usd(m, &inner);
			else if (!other_dollar)
				take_usd(m, &inner);
			any = 1;
			if (is_sym(sc, e, ";") || is_sym(sc, e, ",") ||
			    word_is(sc, e, "or")) {
				k = e + 1;
				continue;
			}
			break;
		}
		e = rate_words(sc, e, close);
		if (!any || !is_sym(sc, e, close))
			return j;
		return e + 1;
	}
	/* "12.9 billion baht, or about $400 million" */
	size_t k = j;
	if (is_sym(sc, k, ","))
		k++;
	if (!word_is(sc, k, "or") || !m->currency[0])
		return j;
	size_t or = k;
	k = skip_hedges(sc, k);
	/* "US$1.3 billion, or about 43 billion baht": a USD figure, then
	 * a hedged local one, is one amount too */
	if (!strcmp(m->currency, "USD")) {
		if (k == or + 1)
			return j;   /* no hedge: "$5 million or 20 million" */
		size_t e = amount_at(sc, k, &inner, 0);
		if (e == k || !inner.currency[0] ||
		    !strcmp(inner.currency, "USD") ||
		    ((inner.flags ^ m->flags) & MONEY_PER_SHARE))
			return j;
		return e;
	}
	if (!is_sym(sc, k, "$") && !(k < sc->n && sc->t[k].type == T_NUM) &&
	    !word_is(sc, k, "us") && !word_is(sc, k, "usd"))
		return j;
	size_t e = amount_at(sc, k, &inner, 0);
	if (e == k || strcmp(inner.currency, "USD") ||
	    ((inner.flags ^ m->flags) & MONEY_PER_SHARE))
		return j;
	take_usd(m, &inner);
	return e;
}

/* The most tokens between a word of change and the "from" of its sums. */
#define CHANGE_FROM_WORDS 5

/*
 * "30 to 40": a range runs up; "800 mln dlrs to 200 mln" is a fall and
 * "from 1985 to 119.3 billion yuan" a year; with `to` (the first sum has
 * its currency, "9.4 mln francs to 33.12 billion") after a word of change,
 * "to" says where it ended ("rose by 9.4 mln francs to 33.12 billion",
 * "imports rose from 888 mln dlrs to 1.8 billion": two sums), where "up
 * 0.50 to 1.00 dlr" and "ranging from $13.75 to $16.25"
 * stay ranges.
 */
static int range_ok(const struct scan *sc, size_t i, double low, double high,
		    int to)
{
	static const char *const change[] = {
		"rose", "rise", "rises", "risen", "fell", "fall",
		"falls", "fallen", "increased", "increase", "increases",
		"decreased", "declined", "dropped", "climbed", "gained",
		"jumped", "slipped", "eased", "grew", "shrank", "plunged",
		"soared", "surged", "widened", "narrowed", "raised", "lowered",
		"cut", "up", "down", "lost", "added", "dipped", "dips",
		"slid", "slumped", "tumbled", "advanced", "firmed", "shed",
		"rallied", "retreated",
	};
	/* ... and before "from" only: "to raise their minimum core
	 * capital from Sh1 billion to Sh10 billion" (not "expected the
	 * sale to raise VND6.5 trillion to VND7 trillion") */
	static const char *const change_from[] = {
		"raise", "raises", "raising", "lift", "lifts", "lifted",
		"boost", "boosts", "boosted", "reduce", "reduces", "reduced",
		"increasing", "rising", "falling", "cutting", "lowering",
	};
	/* "last raised at the start of 2024 to 17,002 liras": a year, no
	 * range's low end */
	static const char *const years[] = {
		"of", "in", "since", "until", "during", "early", "late", "mid",
	};
	if (high < low)
		return 0;
	/* (a price's range of such numbers stays one: "at a price of 1950
	 * to 2050 yen per share") */
	if (sc->t[i].type == T_NUM && sc->t[i].is_int && low >= 1900 &&
	    low <= 2100 && high > 2 * low && i > 0 &&
	    sc->s[sc->t[i].start + 1] != ',')
		for (size_t k = 0; k < sizeof(years) / sizeof(*years); k++)
			if (word_is(sc, i - 1, years[k]))
				return 0;
	size_t w = i > 0 && word_is(sc, i - 1, "by") ? i - 1 : i;
	/* "rose fivefold, from 417 mln dlrs to 2.3 billion": a few words
	 * may part the word of change from "from" */
	size_t back = 1;
	if (i > 0 && word_is(sc, i - 1, "from"))
		back = CHANGE_FROM_WORDS + 1;
	for (size_t b = 1; to && b <= back && w >= b; b++) {
		for (size_t k = 0; k < sizeof(change) / sizeof(*change); k++)
			if (word_is(sc, w - b, change[k]))
				return 0;
		for (size_t k = 0; back > 1 &&
		     k < sizeof(change_from) / sizeof(*change_from); k++)
			if (word_is(sc, w - b, change_from[k]))
				return 0;
	}
	if (sc->t[i].type == T_NUM && sc->t[i].is_int && low >= 1900 &&
	    low <= 2100 && high >= 1e6)
		return 0;
	return 1;
}

/* The most a range's high end may be times its low end: "500,000 to one
 * mln dlrs" is a range, "88 to four billion stg" is not. */
#define RANGE_SPAN_MAX 1000

/*
 * Whether a range's first number takes the second's scale: "$30-40
 * million", "six to seven billion baht"; not "500,000 to one mln dlrs",
 * whose first number is whole.
 */
static int range_scaled(double mult, double v, double mult2, double v2)
{
	return mult == 1 && mult2 > 1 && v <= v2;
}

/* Whether "from" stands before the number at i and no "ranging",
 * "range", "of", "for", "in" or "at" before it: "sweetened its offer from
 * 1.5 billion to two billion dlrs" tells where a sum went, "ranging from",
 * "an acquisition of from two billion to eight billion dlrs" and "for
 * from 1.5 billion to two billion dlrs" a range. */
static int scaled_from(const struct scan *sc, size_t i)
{
	return i > 0 && word_is(sc, i - 1, "from") &&
	       !(i > 1 && (word_is(sc, i - 2, "ranging") ||
			   word_is(sc, i - 2, "range") ||
			   word_is(sc, i - 2, "ranges") ||
			   word_is(sc, i - 2, "of") ||
			   word_is(sc, i - 2, "for") ||
			   word_is(sc, i - 2, "in") ||
			   word_is(sc, i - 2, "at") ||
			   word_is(sc, i - 2, "anywhere")));
}

/* Whether the number at i ends a fiscal year's span: the "88" of
 * "1987/88 to four billion stg". */
static int year_tail(const struct scan *sc, size_t i)
{
	return i >= 2 && sc->t[i].glued && sc->t[i - 1].glued &&
	       is_sym(sc, i - 1, "/") && sc->t[i - 2].type == T_NUM;
}

/*
 * "one dollar" [i, j) naming a currency, not a sum: a rate's other side
 * ("pegged at 7.80 to one U.S. dollar", "per one dollar") or a market's
 * name ("One dollar straight dealer", "the one dollar bond sector").
 */
static int currency_named(const struct scan *sc, size_t i, size_t j,
			  double v, int in_words)
{
	static const char *const markets[] = {
		"straight", "straights", "bond", "bonds", "sector", "market",
		"markets", "deposit", "deposits", "zone", "rate", "rates",
		"dealer", "dealers",
	};
	if (!in_words || v != 1)
		return 0;
	if (i > 0 && (word_is(sc, i - 1, "to") || word_is(sc, i - 1, "per") ||
		      word_is(sc, i - 1, "against")))
		return 1;
	for (size_t k = 0; k < sizeof(markets) / sizeof(*markets); k++)
		if (word_is(sc, j, markets[k]))
			return 1;
	return 0;
}

/* A "$" glued after a form ending in "$", and a number glued after it. */
static int doubled_sign(const struct scan *sc, size_t k)
{
	return k > 0 && k + 1 < sc->n && is_sym(sc, k, "$") &&
	       sc->t[k - 1].glued && sc->t[k].glued &&
	       sc->s[sc->t[k - 1].end - 1] == '$' &&
	       is_num_start(sc, k + 1);
}

/* Whether the text [p, end) starts with w. */
static int text_starts(const char *p, const char *end, const char *w)
{
	size_t n = strlen(w);
	return (size_t)(end - p) >= n && !memcmp(p, w, n);
}

/* The byte at p, or NUL at the text's end. */
static char text_at(const char *p, const char *end)
{
	return p < end ? *p : '\0';
}

/* Whether the text at e (before end), after a country's word, leaves the
 * word to the sum before it: a sign (",", ";", ")"), a preposition, or a
 * word that opens the next sentence ("dlrs U.S. The maturity"). */
static int whose_ends(const char *e, const char *end)
{
	static const char *const after[] = {
		"from", "in", "at", "or", "and", "to", "for", "per", "a", "an",
		"on", "with", "by", "The", "It", "He", "She", "They", "This",
		"That", "A", "An", "In", "But", "And",
	};
	char c = text_at(e, end);
	if (c == ',' || c == ';' || c == ')' || c == '\0')
		return 1;
	if (c != ' ' && c != '\n')
		return 0;
	while (text_at(e, end) == ' ' || text_at(e, end) == '\n')
		e++;
	for (size_t k = 0; k < sizeof(after) / sizeof(*after); k++)
		if (text_starts(e, end, after[k]) &&
		    !isalnum((unsigned char)text_at(e + strlen(after[k]), end)))
			return 1;
	return 0;
}

/*
 * A country's word after a dollar amount that says whose dollars they are:
 * "three billion dlrs U.S.", "31 dlrs (Canadian) a share".  Reads the text
 * from the end of token j - 1; on a match sets *code and returns the index
 * of the first token after the word (and its bracket), else j.  Without
 * a bracket the word is often the next noun's ("a 170 billion dlr U.S.
 * trade deficit", "dlrs U.S. officials said"), so it needs after it a
 * sign, a preposition or a word that opens a sentence; with `bracketed`
 * (a "$" before the number) only the bracket counts: "$11.4 billion
 * (U.S.)".
 */
static size_t dollar_whose(const struct scan *sc, size_t j, char code[4],
			   int bracketed)
{
	static const struct {
		const char *w, *code;
	} whose[] = {
		{"U.S.", "USD"}, {"US", "USD"},
		{"Canadian", "CAD"}, {"Cdn", "CAD"}, {"Can.", "CAD"},
		{"Australian", "AUD"}, {"Aust", "AUD"}, {"NZ", "NZD"},
		{"HK", "HKD"}, {"Singapore", "SGD"},
	};
	if (j == 0 || j >= sc->n)
		return j;
	const char *end = sc->s + sc->len;
	const char *p = sc->s + sc->t[j - 1].end;
	while (text_at(p, end) == ' ' || text_at(p, end) == '\n')
		p++;
	int paren = text_at(p, end) == '(';
	if (paren)
		p++;
	else if (bracketed)
		return j;
	for (size_t k = 0; k < sizeof(whose) / sizeof(*whose); k++) {
		size_t n = strlen(whose[k].w);
		if (!text_starts(p, end, whose[k].w) ||
		    isalpha((unsigned char)text_at(p + n, end)) ||
		    (text_at(p + n, end) == '.' &&
		     isalpha((unsigned char)text_at(p + n + 1, end))))
			continue;
		const char *e = p + n;
		if (paren) {
			/* (an abbreviation's stop: "(Cdn.)") */
			if (text_at(e, end) == '.' && whose[k].w[n - 1] != '.')
				e++;
			if (text_at(e, end) != ')')
				continue;
			e++;
		} else if (!whose_ends(e, end)) {
			continue;
		}
		size_t stop = (size_t)(e - sc->s), t = j;
		while (t < sc->n && sc->t[t].start < stop)
			t++;
		memcpy(code, whose[k].code, 4);
		return t;
	}
	return j;
}

/* Whether "per" or "a" and a unit of goods or a share follow at j: "N825
 * per litre", "N200 a share". */
static int unit_price_after(const struct scan *sc, size_t j)
{
	static const char *const units[] = {
		"litre", "liter", "share", "kg", "kilogram", "barrel", "tonne",
		"ton", "unit", "bag", "gallon",
	};
	if (j + 1 >= sc->n || !(word_is(sc, j, "per") || word_is(sc, j, "a")))
		return 0;
	for (size_t k = 0; k < sizeof(units) / sizeof(*units); k++)
		if (word_is(sc, j + 1, units[k]))
			return 1;
	return 0;
}

/* Whether a currency's sums are whole in practice: its stop before three
 * digits marks thousands ("Rp 3.118"). */
static int whole_currency(const char *code)
{
	static const char *const codes[] = {
		"IDR", "VND", "CLP", "COP", "PYG", "UGX", "TZS", "IRR", "KRW",
	};
	for (size_t k = 0; k < sizeof(codes) / sizeof(*codes); k++)
		if (!strcmp(code, codes[k]))
			return 1;
	return 0;
}

/* Scale words of languages that write thousands with a stop: "US$1.500
 * millones" is 1,500 million, "Rp 1.200 triliun" 1,200 trillion. */
static const char *const stop_scales[] = {
	"millón", "millones", "billón", "billones", "milhão", "milhões",
	"milhao", "milhoes", "bilhão", "bilhões", "bilhao", "bilhoes",
	"trilhão", "trilhões", "juta", "miliar", "triliun", "milyar",
	"milliarden", "mrd",
};

/* Whether a word of stop_scales[] is among tokens [i, j). */
static int stop_scale_in(const struct scan *sc, size_t i, size_t j)
{
	for (size_t k = i; k < j && k < sc->n; k++)
		for (size_t w = 0; sc->t[k].type == T_WORD &&
				   w < sizeof(stop_scales) / sizeof(*stop_scales);
		     w++)
			if (!strcmp(sc->t[k].w, stop_scales[w]))
				return 1;
	return 0;
}

/* The count of 1 to 3 leading digits of the n bytes at a when `sep` and
 * three digits follow them ("3.118", "70,000"), else 0. */
static size_t first_group(const char *a, size_t n, char sep)
{
	size_t d = 0;
	while (d < n && a[d] >= '0' && a[d] <= '9')
		d++;
	return d >= 1 && d <= 3 && d + 4 <= n && a[d] == sep &&
	       a[d + 1] >= '0' && a[d + 1] <= '9' &&
	       a[d + 2] >= '0' && a[d + 2] <= '9' &&
	       a[d + 3] >= '0' && a[d + 3] <= '9' ? d : 0;
}

/* Whether the number among tokens [i, j) is written as 1 to 3 digits, a
 * stop and exactly 3 digits ("3.118"). */
static int thousands_stop(const struct scan *sc, size_t i, size_t j)
{
	for (size_t k = i; k < j && k < sc->n; k++) {
		if (sc->t[k].type != T_NUM)
			continue;
		const char *a = sc->s + sc->t[k].start;
		size_t n = sc->t[k].end - sc->t[k].start,
		       d = first_group(a, n, '.');
		return d && n == d + 4;
	}
	return 0;
}

/* Whether the number at token k is written with its thousands grouped
 * by commas ("70,000", "1,250,000"). */
static int grouped_thousands(const struct scan *sc, size_t k)
{
	if (k >= sc->n || sc->t[k].type != T_NUM)
		return 0;
	const char *a = sc->s + sc->t[k].start;
	size_t n = sc->t[k].end - sc->t[k].start,
	       d = first_group(a, n, ',');
	return d && (d + 4 == n || a[d + 4] == ',' || a[d + 4] == '.');
}

/*
 * Read one amount starting at token i.  Returns the index after it, or i
 * when no amount starts there.
 */
static size_t amount_at(struct scan *sc, size_t i, struct money *m,
			int allow_conversion)
{
	struct cur c = {0}, c2;
	double v, mult, v2, mult2, m3;
	int is_int, in_words, is_int2, in_words2;
	size_t j, k, e;
	int have_cur = 0, range = 0, pre = 0;

	memset(m, 0, sizeof(*m));
	if (i >= sc->n || !may_start(sc, i))
		return i;
	int have_pre = match_cur(sc, i, MONEY_PRE, &c);
	if (have_pre && doubled_sign(sc, i + c.ntok))
		c.ntok++;  /* "S$$47.9 million": a typed sign twice */
	if (have_pre && is_num_start(sc, i + c.ntok)) {
		pre = have_cur = 1;
		j = number_scaled(sc, i + c.ntok, &v, &mult, &is_int,
				  &in_words);
		/* "N137 billion", not "N95 masks"; a price per unit stands
		 * without a scale ("N825 per litre") */
		/* (nor without one when its thousands are grouped:
		 * "N70,000" a month, a wage in naira) */
		if (c.scaled && mult == 1 && !unit_price_after(sc, j) &&
		    !grouped_thousands(sc, i + c.ntok))
			return i;
	} else {
		j = number_scaled(sc, i, &v, &mult, &is_int, &in_words);
		if (j == i)
			return i;
		k = j;
		if (is_dash(sc, k))
			k++;
		if (match_cur(sc, k, MONEY_POST, &c)) {
			have_cur = 1;
			j = k + c.ntok;
			if (mult == 1 && scale_after_currency(sc, j, &m3)) {
				mult = m3;  /* "75 USD million" */
				j++;
			}
		} else if (is_dash(sc, j) || word_is(sc, j, "to") ||
			   word_is(sc, j, "or") ||
			   (word_is(sc, j, "and") && i > 0 &&
			    word_is(sc, i - 1, "between"))) {
			/* "30 to 40 mln dlrs", "six to seven billion baht",
			 * "1.5 billion to two billion dlrs", "21 or 22
			 * dlrs"; not "7.80 to one dollar", a rate, nor
			 * "rose from 888 mln to 1.8 billion dlrs", two sums
			 * (a first number with its own scale after a word
			 * of change or "from"); the years of range_ok() are
			 * the first number's as written ("rise in 2021 to
			 * 2,500 billion rupees") */
			int or = word_is(sc, j, "or");
			e = number_scaled(sc, j + 1, &v2, &mult2, &is_int2,
					  &in_words2);
			double lo = v * (range_scaled(mult, v, mult2, v2) ?
					 mult2 : mult);
			if (e > j + 1 && (!in_words2 || v2 * mult2 != 1) &&
			    (!or || v2 * mult2 > lo) && lo <= v2 * mult2 &&
			    lo * RANGE_SPAN_MAX >= v2 * mult2 &&
			    !year_tail(sc, i) &&
			    !(mult > 1 && scaled_from(sc, i)) &&
			    range_ok(sc, i, v * mult, v2 * mult2,
				     mult > 1 && word_is(sc, j, "to")) &&
			    match_cur(sc, e, MONEY_POST, &c)) {
				have_cur = range = 1;
				j = e + c.ntok;
			}
		}
	}
	if (!have_cur || currency_named(sc, i, j, v * mult, in_words))
		return i;
	/* "$130 million USD": a dollar the words after it name */
	int named_after = 0;
	if (pre) {
		/* "$ 10 dollars", "$2.87 billion USD": the same currency */
		struct cur post;
		if (match_cur(sc, j, MONEY_POST, &post) && post.is_post_word &&
		    !strcmp(post.code, c.code) && post.factor == 1) {
			j += post.ntok;
			named_after = post.generic == MONEY_NAMED;
			if (mult == 1 && match_scale(sc, j, &m3)) {
				mult = m3;
				j++;
			}
		}
	}
	/* a range: "$30-40 million", "between $10m and $20m" */
	if (!range && !in_words) {
		int between = i > 0 && word_is(sc, i - 1, "between");
		k = j;
		if (is_dash(sc, k) || word_is(sc, k, "to") ||
		    (between && word_is(sc, k, "and"))) {
			size_t s = k + 1;
			if (match_cur(sc, s, MONEY_PRE, &c2) &&
			    !strcmp(c2.code, c.code))
				s += c2.ntok;
			e = number_scaled(sc, s, &v2, &mult2, &is_int2,
					  &in_words2);
			if (e > s && !in_words2 && sc->t[s].type == T_NUM &&
			    range_ok(sc, i, v * mult,
				     v2 * (mult2 > 1 ? mult2 : mult),
				     word_is(sc, k, "to"))) {
				if (match_cur(sc, e, MONEY_POST, &c2) &&
				    !strcmp(c2.code, c.code) &&
				    c2.factor == c.factor) {
					e += c2.ntok;
					if (mult2 == 1 &&
					    match_scale(sc, e, &m3)) {
						mult2 = m3;
						e++;
					}
				}
				range = 1;
				j = e;
			}
		}
	}
	if (range) {
		if (range_scaled(mult, v, mult2, v2))
			mult = mult2;  /* "$30-40 million" */
		m->low = v * mult * c.factor;
		m->high = v2 * mult2 * c.factor;
		if (m->low > m->high) {
			double t = m->low;
			m->low = m->high;
			m->high = t;
		}
		m->value = (m->low + m->high) / 2;
		m->flags |= MONEY_RANGE;
	} else {
		/* "Rp 3.118 per share", "VND25.000": a currency that has no
		 * fractions in use writes its thousands with a stop */
		if (!is_int && mult == 1 && whole_currency(c.code) &&
		    thousands_stop(sc, i, j))
			v *= 1000;
		/* "A$1.700 millones": a scale of a language that writes
		 * thousands with a stop */
		else if (!is_int && mult > 1 && thousands_stop(sc, i, j) &&
			 stop_scale_in(sc, i, j))
			v *= 1000;
		m->value = m->low = m->high = v * mult * c.factor;
		if (is_int && mult == 1 && c.factor == 1)
			j = cents_tail(sc, j, &c, m);
	}
	memcpy(m->currency, c.code, 4);
	m->generic = named_after ? MONEY_NAMED : c.generic;
	/* "29 mln dlrs U.S.", and a "$" whose country a bracket after it
	 * names: "$11.4 billion (U.S.)", "$65.50 (Cdn.)" */
	if (m->generic == MONEY_DOLLAR && (c.is_post_word || pre)) {
		e = dollar_whose(sc, j, m->currency, !c.is_post_word);
		if (e > j) {
			m->generic = MONEY_NAMED;
			j = e;
		}
	}
	m->scale = range && mult2 > mult ? mult2 : mult;
	m->start = sc->t[i].start;
	m->end = sc->t[j - 1].end;
	set_usd(sc, m);
	e = per_share(sc, j, m->scale > 1);
	if (e > j) {
		m->flags |= MONEY_PER_SHARE;
		m->end = sc->t[e - 1].end;
		j = e;
	}
	if (allow_conversion) {
		e = conversion(sc, j, m);
		if (e > j) {
			m->end = sc->t[e - 1].end;
			j = e;
		}
	}
	return j;
}

/*
 * m: the figure v times mult in tokens [i, j), a sum in the currency
 * `code` its context gives (no word of its own names it).
 */
static void written_in(struct scan *sc, size_t i, size_t j, double v,
		       double mult, const char *code, unsigned char generic,
		       struct money *m)
{
	memset(m, 0, sizeof(*m));
	m->value = m->low = m->high = v * mult;
	memcpy(m->currency, code, 4);
	m->generic = generic;
	m->scale = mult;
	m->start = sc->t[i].start;
	m->end = sc->t[j - 1].end;
	set_usd(sc, m);
}

/*
 * A number in lakh or crore with no currency after a rupee amount in the
 * same text: "Rs 14,000 more, with prices beginning at 10.86 lakh" (the
 * Indian scale words only count rupees).  Returns the index after it, or
 * i.  `found` holds the amounts [first, n) found so far.
 */
static size_t indian_scaled(struct scan *sc, size_t i, struct money *m,
			    const struct money *found, size_t first, size_t n)
{
	double v, mult;
	int is_int, in_words;
	if (n == first || strcmp(found[n - 1].currency, "INR") ||
	    i >= sc->n || sc->t[i].type != T_NUM)
		return i;
	size_t j = number_scaled(sc, i, &v, &mult, &is_int, &in_words);
	if (j <= i + 1 || (mult != 1e5 && mult != 1e7) ||
	    sc->t[j - 1].type != T_WORD || sc->t[j - 1].w[0] == 'm')
		return i;
	/* "3.68 crore shares" counts shares: only a figure that ends its
	 * phrase is a sum */
	static const char *const ends[] = {"and", "or", "to", "in", "for",
					   "on", "from", "with", "against"};
	int ok = j >= sc->n || sc->t[j].type == T_SYM;
	for (size_t k = 0; !ok && k < ARRAY_SIZE(ends); k++)
		ok = word_is(sc, j, ends[k]);
	if (!ok)
		return i;
	written_in(sc, i, j, v, mult, "INR", MONEY_NAMED, m);
	return j;
}

/*
 * "fell 4.64 billion Swiss francs to 7.88 billion", "rose by 9.4 mln
 * francs to 33.12 billion": the level a change ended at, written with its
 * scale word and no currency right after "to" and the sum before it (no
 * range: range_ok()), is a sum in that sum's currency.
 */
static size_t changed_to(struct scan *sc, size_t i, struct money *m,
			 const struct money *found, size_t first, size_t n)
{
	double v, mult;
	int is_int, in_words;
	if (n == first || i < 2 || !word_is(sc, i - 1, "to") ||
	    sc->t[i].type != T_NUM || sc->t[i - 2].end != found[n - 1].end ||
	    (found[n - 1].flags & MONEY_RANGE) || !found[n - 1].currency[0])
		return i;
	size_t j = number_scaled(sc, i, &v, &mult, &is_int, &in_words);
	if (j <= i + 1 || mult < 1e6 || in_words)
		return i;
	written_in(sc, i, j, v, mult, found[n - 1].currency,
		   found[n - 1].generic, m);
	return j;
}

/* 400 digits, or 1e300 "billion": past what a double holds, no amount */
static int too_large(const struct money *m)
{
	return isinf(m->value) || isinf(m->low) || isinf(m->high) ||
	       isinf(m->usd) || isinf(m->usd_low) || isinf(m->usd_high);
}

size_t money_scan(const struct money_tab *t, const char *text, size_t len,
		  struct money **out, size_t n, size_t *cap)
{
	return money_scan_in(t, 0, text, len, out, n, cap);
}

size_t money_scan_in(const struct money_tab *t, int year, const char *text,
		     size_t len, struct money **out, size_t n, size_t *cap)
{
	struct lex lx = {0};
	struct scan sc = {t, year, text, len, NULL, 0, BUF_INIT, BUF_INIT};
	lex(text, len, &lx);
	sc.t = lx.t;
	sc.n = lx.n;
	size_t i = 0, first = n;
	while (i < sc.n) {
		struct money m;
		size_t e = amount_at(&sc, i, &m, 1);
		if (e == i)
			e = indian_scaled(&sc, i, &m, *out, first, n);
		if (e == i)
			e = changed_to(&sc, i, &m, *out, first, n);
		if (e == i) {
			i++;
			continue;
		}
		if (too_large(&m)) {
			i = e;
			continue;
		}
		if (n == *cap) {
			*cap = *cap ? *cap * 2 : 8;
			*out = xrealloc(*out, *cap * sizeof(**out));
		}
		(*out)[n++] = m;
		i = e;
	}
	buf_release(&sc.key);
	buf_release(&sc.key2);
	free(lx.t);
	return n;
}

void money_format_usd(double usd, struct buf *out)
{
	static const struct {
		double div;
		const char *suffix;
	} units[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
	if (isnan(usd)) {
		buf_addstr(out, "?");
		return;
	}
	for (size_t i = 0; i < ARRAY_SIZE(units); i++)
		if (usd >= units[i].div) {
			double x = usd / units[i].div;
			buf_addf(out, x >= 100 ? "$%.0f%s" : "$%.3g%s", x,
				 units[i].suffix);
			return;
		}
	buf_addf(out, usd == floor(usd) ? "$%.0f" : "$%.2f", usd);
}
