/*
 * amounts.c - the amounts stage (stages.h): every amount of money the
 * article states outside boilerplate (money.h), and its kind: the
 * nearest cue word decides ("acquired ... for $1 billion" is a deal,
 * "raised $55 million" funding).
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"

static const struct {
	const char *stem;
	enum ex_amount_kind kind;
} cues[] = {
	{"acquir", AMOUNT_DEAL}, {"acquisit", AMOUNT_DEAL},
	{"buy", AMOUNT_DEAL}, {"bought", AMOUNT_DEAL},
	{"purchas", AMOUNT_DEAL}, {"takeov", AMOUNT_DEAL},
	{"merger", AMOUNT_DEAL}, {"merg", AMOUNT_DEAL}, {"deal", AMOUNT_DEAL},
	{"offer", AMOUNT_DEAL}, {"bid", AMOUNT_DEAL}, {"sell", AMOUNT_DEAL},
	{"sold", AMOUNT_DEAL}, {"stake", AMOUNT_DEAL},
	{"invest", AMOUNT_DEAL}, {"transact", AMOUNT_DEAL},
	{"paid", AMOUNT_DEAL}, {"pay", AMOUNT_DEAL}, {"price", AMOUNT_DEAL},
	{"worth", AMOUNT_DEAL}, {"valu", AMOUNT_DEAL},
	{"consider", AMOUNT_DEAL}, {"tender", AMOUNT_DEAL},
	{"rais", AMOUNT_FUNDING}, {"fund", AMOUNT_FUNDING},
	{"round", AMOUNT_FUNDING}, {"seri", AMOUNT_FUNDING},
	{"seed", AMOUNT_FUNDING}, {"ventur", AMOUNT_FUNDING},
	{"financ", AMOUNT_FUNDING}, {"backer", AMOUNT_FUNDING},
	{"valuat", AMOUNT_VALUATION}, {"capitalis", AMOUNT_VALUATION},
	{"capitaliz", AMOUNT_VALUATION}, {"unicorn", AMOUNT_VALUATION},
	{"economi", AMOUNT_MARKET}, {"vertic", AMOUNT_MARKET},
	{"market", AMOUNT_MARKET},
	{"revenu", AMOUNT_OTHER}, {"sale", AMOUNT_OTHER},
	{"profit", AMOUNT_OTHER}, {"loss", AMOUNT_OTHER},
	{"earn", AMOUNT_OTHER}, {"net", AMOUNT_OTHER},
	{"incom", AMOUNT_OTHER}, {"asset", AMOUNT_OTHER},
	{"debt", AMOUNT_OTHER}, {"bond", AMOUNT_OTHER},
	{"note", AMOUNT_OTHER}, {"loan", AMOUNT_OTHER},
	{"dividend", AMOUNT_OTHER}, {"expenditur", AMOUNT_OTHER},
	{"spend", AMOUNT_OTHER}, {"budget", AMOUNT_OTHER},
	{"cost", AMOUNT_OTHER}, {"fine", AMOUNT_OTHER},
	{"contract", AMOUNT_OTHER}, {"export", AMOUNT_OTHER},
	{"import", AMOUNT_OTHER}, {"charg", AMOUNT_OTHER},
	{"reserv", AMOUNT_OTHER}, {"salari", AMOUNT_OTHER},
	{"turnov", AMOUNT_OTHER},
	{"shr", AMOUNT_OTHER}, {"capit", AMOUNT_OTHER},
	{"damag", AMOUNT_OTHER}, {"tax", AMOUNT_OTHER},
	{"deficit", AMOUNT_OTHER}, {"surplus", AMOUNT_OTHER},
	{"credit", AMOUNT_OTHER}, {"subsidi", AMOUNT_OTHER},
	{"rebat", AMOUNT_OTHER}, {"receipt", AMOUNT_OTHER},
};

/* Words that can make an amount without a digit ("half a million"). */
static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
	"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
	"thousand", "million", "billion", "trillion", "half", "quarter",
	"lakh", "crore",
};

/* Whether paragraph p can hold an amount: a digit or a number word. */
static int may_hold_money(const struct doc *doc, const struct doc_para *p)
{
	for (size_t k = p->start; k < p->end; k++)
		if (isdigit((unsigned char)doc->text.buf[k]))
			return 1;
	for (uint32_t s = p->s0; s < p->s1; s++)
		for (uint32_t i = doc->sent[s].t0; i < doc->sent[s].t1; i++)
			if (doc->tok[i].wcls & DOC_W_NUMBER)
				return 1;
	return 0;
}

static int cue_of(const struct doc *doc, size_t i)
{
	return doc_amount_cue(doc->tok[i].scls);
}

void amounts_lexicon(struct doc *doc)
{
	for (size_t i = 0; i < ARRAY_SIZE(number_words); i++)
		doc_lexicon_word(doc, number_words[i], DOC_W_NUMBER);
	for (size_t c = 0; c < ARRAY_SIZE(cues); c++)
		doc_lexicon_stem(doc, cues[c].stem,
				 doc_cls_amount_cue(cues[c].kind));
}

/* How far a cue may stand from the amount, in words. */
#define CUE_BEFORE 20
#define CUE_AFTER 6

/* Deal cues among tokens [t0, t1), joined forms left out. */
static size_t deal_cues(const struct doc *doc, size_t t0, size_t t1)
{
	size_t n = 0;
	for (size_t k = t0; k < t1; k++)
		n += !(doc->tok[k].flags & ANA_JOINED) &&
		     cue_of(doc, k) == AMOUNT_DEAL;
	return n;
}

/*
 * The kind of an amount: the nearest cue within CUE_BEFORE words before
 * or CUE_AFTER after; without one, "deal" when the sentence has a deal cue
 * anywhere outside the amount.  `cache` keeps the deal cues of the last
 * sentence counted (amounts come in text order), so a long sentence of
 * many amounts is read once, not once per amount.
 */
struct cue_count {
	size_t sent;               /* sentence counted, or SIZE_MAX */
	size_t n;                  /* its deal cues */
};

static enum ex_amount_kind amount_kind(const struct doc *doc,
				       const struct money *m,
				       struct cue_count *cache)
{
	if (m->flags & MONEY_PER_SHARE)
		return AMOUNT_PER_SHARE;
	size_t t0 = doc_tok_at(doc, m->start), t1 = doc_tok_at(doc, m->end);
	if (t0 >= doc->ntok)
		return AMOUNT_OTHER;
	const struct doc_sent *st = &doc->sent[doc->tok[t0].sent];
	int best = -1;
	size_t bestd = (size_t)-1;
	/* before the amount, nearest first; joined forms do not count */
	size_t d = 0;
	for (long k = (long)t0 - 1; k >= (long)st->t0 && d < CUE_BEFORE; k--) {
		if (doc->tok[k].flags & ANA_JOINED)
			continue;
		int c = cue_of(doc, (size_t)k);
		d++;
		if (c >= 0 && d < bestd) {
			best = c;
			bestd = d;
		}
	}
	d = 0;
	for (size_t k = t1; k < st->t1 && d < CUE_AFTER; k++) {
		if (doc->tok[k].flags & ANA_JOINED)
			continue;
		int c = cue_of(doc, k);
		d++;
		if (c >= 0 && (d < bestd || (d == bestd && c < best))) {
			best = c;
			bestd = d;
		}
	}
	if (best >= 0)
		return (enum ex_amount_kind)best;
	if (cache->sent != doc->tok[t0].sent) {
		cache->sent = doc->tok[t0].sent;
		cache->n = deal_cues(doc, st->t0, st->t1);
	}
	/* the sentence's deal cues outside the amount's own words */
	size_t inside = deal_cues(doc, t0, t1 < st->t1 ? t1 : st->t1);
	return cache->n > inside ? AMOUNT_DEAL : AMOUNT_OTHER;
}

void amounts_tag(struct doc *doc, struct tags *t)
{
	struct cue_count cache = {SIZE_MAX, 0};
	for (size_t p = 0; p < doc->npara; p++) {
		const struct doc_para *pp = &doc->para[p];
		if (pp->boiler || pp->end <= pp->start ||
		    !may_hold_money(doc, pp))
			continue;
		size_t n = money_scan(gaz_money(doc->g), doc->text.buf + pp->start,
				      pp->end - pp->start, &doc->money, 0,
				      &doc->moneycap);
		if (!n)
			continue;
		t->amounts = xrealloc(t->amounts,
				      (t->namounts + n) * sizeof(*t->amounts));
		for (size_t i = 0; i < n; i++) {
			struct ex_amount *a = &t->amounts[t->namounts++];
			a->m = doc->money[i];
			a->m.start += pp->start;
			a->m.end += pp->start;
			/* as written, a line break read as a space */
			a->text = xmalloc(a->m.end - a->m.start + 1);
			size_t len = 0;
			for (size_t k = a->m.start; k < a->m.end; k++) {
				char c = doc->text.buf[k];
				if (isspace((unsigned char)c)) {
					if (len && a->text[len - 1] == ' ')
						continue;
					c = ' ';
				}
				a->text[len++] = c;
			}
			a->text[len] = '\0';
			a->kind = amount_kind(doc, &a->m, &cache);
		}
	}
}
