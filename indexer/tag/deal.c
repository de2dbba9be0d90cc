/*
 * deal.c - the deal stage (stages.h): the deal an article reports.
 *
 * Rules find the deal sentence: the headline first, then the lead
 * sentences, the first one whose deal verb ("to acquire", "in talks to
 * buy", "merger", "stake", "invest ... in", "cooperation") has a company
 * on either side.  Roles come from where the names stand:
 *
 *   X (in talks) to buy Y              acquirer X, target Y
 *   X acquired a controlling stake in Y
 *   Y was bought by X                  (passive)
 *   X's acquisition of Y, acquisition of Y by X
 *   X sells Y to Z                     seller X, target Y, acquirer Z
 *   X to invest $200m in Y             investors X, target Y
 *   X and Y in talks for cooperation   parties X, Y
 *
 * Whether the story is about M&A at all is also asked of a linear
 * classifier (dealmodel.h) trained on Reuters: rules alone mistake an
 * earnings report that mentions an old acquisition for a deal story.
 * The status comes from cue words of the deal sentence and headline.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dealmodel.h"
#include "stages.h"

/* Deal verbs and nouns, as stems; a second stem must follow the first. */
static const struct {
	const char *s1, *s2;
	enum ex_deal_type type;
} deal_cues[] = {
	{"acquir", NULL, DEAL_ACQUISITION}, {"acquisit", NULL, DEAL_ACQUISITION},
	{"buy", NULL, DEAL_ACQUISITION}, {"bought", NULL, DEAL_ACQUISITION},
	{"purchas", NULL, DEAL_ACQUISITION}, {"takeov", NULL, DEAL_ACQUISITION},
	{"take", "over", DEAL_ACQUISITION}, {"took", "over", DEAL_ACQUISITION},
	{"buyout", NULL, DEAL_ACQUISITION},
	{"merg", NULL, DEAL_MERGER}, {"merger", NULL, DEAL_MERGER},
	{"tender", "offer", DEAL_TENDER},
	{"stake", NULL, DEAL_STAKE},
	{"sell", NULL, DEAL_DIVESTITURE}, {"sold", NULL, DEAL_DIVESTITURE},
	{"divest", NULL, DEAL_DIVESTITURE}, {"dispos", NULL, DEAL_DIVESTITURE},
	{"spin", "off", DEAL_DIVESTITURE}, {"spinoff", NULL, DEAL_DIVESTITURE},
	{"invest", NULL, DEAL_INVESTMENT}, {"rais", NULL, DEAL_INVESTMENT},
	{"partnership", NULL, DEAL_PARTNERSHIP},
	{"partner", NULL, DEAL_PARTNERSHIP},
	{"joint", "ventur", DEAL_PARTNERSHIP}, {"team", "up", DEAL_PARTNERSHIP},
	{"cooper", NULL, DEAL_PARTNERSHIP}, {"allianc", NULL, DEAL_PARTNERSHIP},
	{"collabor", NULL, DEAL_PARTNERSHIP},
	{"work", "togeth", DEAL_PARTNERSHIP},
	{"ipo", NULL, DEAL_IPO}, {"initi", "public", DEAL_IPO},
};

/* Words between a name and its verb: "Lazada is in advanced talks to". */
static const char *const aux[] = {
	"to", "will", "would", "could", "may", "might", "has", "have", "had",
	"is", "are", "was", "were", "be", "been", "in", "talks", "talk",
	"advanced", "early", "final", "preliminary", "exclusive", "agreed",
	"agrees", "agree", "plans", "plan", "planned", "wants", "want",
	"seeks", "seek", "said", "says", "say", "offered", "offers", "offer",
	"proposed", "proposes", "propose", "intends", "intend", "expected",
	"set", "also", "already", "now", "completed", "completes",
	"complete", "made", "makes", "make", "a", "an", "the", "definitive",
	"agreement", "principle", "letter", "intent", "signed", "signs",
	"announced", "announces", "reached", "reaches", "confirmed",
	"considering", "discussions", "negotiations", "negotiating", "for",
	"potential", "possible", "on", "that", "which", "who", "recently",
	"formally", "officially", "finally", "successfully", "talking",
	"about", "holding", "held", "reportedly", "tentatively", "jointly",
	"move", "moves", "moved", "looking", "looks", "look", "aims", "aim",
	"trying", "tries", "try", "hopes", "hope", "reached", "struck",
};

/* Words between a verb and its object: "a controlling stake in". */
static const char *const filler[] = {
	"a", "an", "the", "its", "their", "his", "her", "all", "remaining",
	"outstanding", "majority", "minority", "controlling", "some",
	"shares", "share", "stake", "stakes", "interest", "of", "in", "pct",
	"percent", "rest", "part", "portion", "assets", "control", "with",
	"common", "stock", "equity", "substantially", "entire", "full",
	"further", "additional", "another", "up", "over", "certain", "most",
	"half", "one", "two", "three", "third", "quarter", "per", "cent",
};

static const char *const pronouns[] = {
	"it", "its", "company", "firm", "group", "he", "she", "they", "we",
	"their",
};

#define IS(doc, i, bit) (((doc)->tok[i].wcls & (bit)) != 0)

/*
 * Bounds that keep the rules linear in a sentence of any length (a page
 * with no full stops reads as one sentence): the tokens right_name()
 * reads after a verb ("acquired a 51 pct controlling stake in ..." is 8),
 * and the deal verbs of one sentence tried for roles (a lead sentence has
 * one or two; each try may read every company mention).  The
 * tags of Reuters and of both dev sets are the same without them.
 */
#define RIGHT_WORDS 40
#define CUES_PER_SENTENCE 16

/*
 * How far after the deal word (in tokens) the linking word of each pattern
 * may stand: "was bought [by] X", "sells Y [to] Z", "raises $50m led [by]
 * Y" or "[from] Y", "to invest $200m [in] Y", "to merge [with] Y", "a joint
 * venture [with] Y", "acquisition of Y [by] X".
 */
#define NEAR_PASSIVE_BY 4
#define NEAR_SALE_TO 10
#define NEAR_ROUND_LEAD 14
#define NEAR_INVEST_IN 14
#define NEAR_MERGE_WITH 2
#define NEAR_PARTNER_WITH 4
#define NEAR_NOUN_BY 3
/* The parties a partnership sentence may name. */
#define PARTIES_MAX 4

struct cue {
	size_t t0, t1;             /* tokens of the cue */
	enum ex_deal_type type;
};

/* The first deal cue of sentence s at or after token `from`. */
static int find_cue(const struct doc *doc, const struct doc_sent *st,
		    size_t from, struct cue *c)
{
	for (size_t i = from; i < st->t1; i++) {
		int k = doc_deal_cue(doc->tok[i].scls);
		if (k < 0 || (doc->tok[i].flags & ANA_JOINED))
			continue;
		/* "Sakura Growth Partners" is a name, not a partnership */
		if ((doc->tok[i].wcls & DOC_W_SUFFIX) && doc->tok[i].cap && !st->caps)
			continue;
		size_t end = i + 1;
		if (deal_cues[k].s2) {
			size_t n = doc_next(doc, i);
			if (n >= st->t1 || !doc_stem_is(doc, n, deal_cues[k].s2))
				continue;
			end = n + 1;
		}
		c->t0 = i;
		c->t1 = end;
		c->type = deal_cues[k].type;
		return 1;
	}
	return 0;
}

/* A name: a company mention, or a capitalised run (any run in capitals). */
struct name {
	int company;               /* company index, or -1 */
	size_t t0, t1;             /* tokens */
};

/* A ticker: "<ACM>" (Reuters); it stands beside a name, it is not one. */
static int ticker(const struct doc *doc, size_t i)
{
	const struct doc_tok *t = &doc->tok[i];
	return t->start > 0 && doc->text.buf[t->start - 1] == '<' &&
	       t->end < doc->text.len && doc->text.buf[t->end] == '>';
}

static int name_token(const struct doc *doc, const struct doc_sent *st,
		      size_t i)
{
	const struct doc_tok *t = &doc->tok[i];
	if (ticker(doc, i))
		return 0;
	if (doc_company_at(doc, (uint32_t)i, (uint32_t)i + 1) >= 0)
		return 1;
	/* "plan" is a word, "Maple Pension Plan" a name */
	int proper = t->cap && !st->caps && i != st->t0;
	if (!proper && (IS(doc, i, DOC_W_AUX) || IS(doc, i, DOC_W_FILLER) ||
			IS(doc, i, DOC_W_PRONOUN)))
		return 0;
	return (st->caps || t->cap) && (t->flags & (ANA_ALPHA | ANA_NUMBER));
}

static int is_place(const struct doc *doc, size_t i)
{
	return doc->tok_place[i];
}

/* The first company mention (in ment[]) covering token k, or NULL. */
static const struct doc_ment *company_mention(const struct doc *doc,
					   size_t k)
{
	return doc->tok_co[k] < 0 ? NULL : &doc->ment[doc->tok_co[k]];
}

static void span_name(const struct doc *doc, size_t t0, size_t t1,
		      struct name *n)
{
	n->t0 = t0;
	n->t1 = t1;
	n->company = doc_company_at(doc, (uint32_t)t0, (uint32_t)t1);
}

/* Only spaces (or joining punctuation) between two tokens. */
static int tight(const struct doc *doc, size_t a, size_t b)
{
	for (size_t k = doc->tok[a].end; k < doc->tok[b].start; k++)
		if (strchr(",;:()\"", doc->text.buf[k]))
			return 0;
	return 1;
}

/* The name ending at or before token i, walking left over aux words. */
static int left_name(const struct doc *doc, const struct doc_sent *st,
		     size_t i, struct name *n, int *pronoun)
{
	long k = doc_prev(doc, i);
	*pronoun = 0;
	int steps = 0;
	while (k >= (long)st->t0 && (IS(doc, (size_t)k, DOC_W_AUX) ||
				     ticker(doc, (size_t)k)) && steps++ < 8)
		k = doc_prev(doc, (size_t)k);
	if (k < (long)st->t0)
		return 0;
	if (IS(doc, (size_t)k, DOC_W_PRONOUN)) {
		*pronoun = 1;
		return 0;
	}
	if (is_place(doc, (size_t)k) ||
	    !name_token(doc, st, (size_t)k))
		return 0;
	const struct doc_ment *x = company_mention(doc, (size_t)k);
	if (x && x->id >= 0) {
		span_name(doc, x->t0, x->t1, n);
		return 1;
	}
	size_t end = (size_t)k + 1, start = (size_t)k;
	int words = 1;
	long p;
	while ((p = doc_prev(doc, start)) >= (long)st->t0 && words < 5 &&
	       name_token(doc, st, (size_t)p) && !is_place(doc, (size_t)p) &&
	       tight(doc, (size_t)p, start)) {
		start = (size_t)p;
		words++;
	}
	span_name(doc, start, end, n);
	return 1;
}

/* The name after token i, skipping fillers and descriptions. */
static int right_name(const struct doc *doc, const struct doc_sent *st,
		      size_t i, struct name *n)
{
	size_t k = i;
	int lower = 0;
	while (k < st->t1 && k < i + RIGHT_WORDS) {
		if (doc->tok[k].flags & ANA_JOINED) {
			k++;
			continue;
		}
		if (doc_word_is(doc, k, "for") || doc_word_is(doc, k, "from") ||
		    doc_word_is(doc, k, "by") || doc_word_is(doc, k, "at") ||
		    doc_word_is(doc, k, "said") || doc_word_is(doc, k, "to"))
			return 0;
		if (k > i && !tight(doc, doc_prev(doc, k) < 0 ? k :
				     (size_t)doc_prev(doc, k), k) &&
		    !doc->tok[k].cap)
			return 0;
		if (IS(doc, k, DOC_W_FILLER) || doc->tok[k].digit || is_place(doc, k)) {
			k++;
			continue;
		}
		if (name_token(doc, st, k))
			break;
		/* "grocery delivery startup Redmart" */
		if (st->caps || ++lower > 6)
			return 0;
		k++;
	}
	if (k >= st->t1 || k >= i + RIGHT_WORDS)
		return 0;
	const struct doc_ment *x = company_mention(doc, k);
	if (x) {
		span_name(doc, x->t0, x->t1, n);
		return 1;
	}
	size_t start = k, end = k + 1;
	int words = 1;
	size_t q;
	while ((q = doc_next(doc, end - 1)) < st->t1 && words < 5 &&
	       name_token(doc, st, q) && !is_place(doc, q) &&
	       tight(doc, end - 1, q)) {
		end = q + 1;
		words++;
	}
	span_name(doc, start, end, n);
	return 1;
}

/* "said it agreed to buy": the sentence's or article's leading company. */
static int subject(const struct doc *doc, const struct doc_sent *st,
		   size_t before, struct name *n)
{
	for (size_t m = 0; m < doc->nment; m++) {
		const struct doc_ment *x = &doc->ment[m];
		if (x->kind == DOC_COMPANY && x->t0 >= st->t0 && x->t1 <= before) {
			span_name(doc, x->t0, x->t1, n);
			return 1;
		}
	}
	for (size_t m = 0; m < doc->nment; m++) {
		const struct doc_ment *x = &doc->ment[m];
		if (x->kind == DOC_COMPANY && x->t1 <= before) {
			span_name(doc, x->t0, x->t1, n);
			return 1;
		}
	}
	return 0;
}

/*
 * A span in a capitals headline ("WIDGET INC") as a company the body named
 * ("Widget Inc" -> Widget): its words without suffixes, as a known key.
 */
static int known_company(struct doc *doc, const struct name *n)
{
	size_t end = n->t1;
	while (end > n->t0 + 1 && (doc->tok[end - 1].wcls & DOC_W_SUFFIX))
		end--;
	buf_reset(&doc->scratch);
	for (size_t k = n->t0; k < end; k++) {
		if (doc->tok[k].flags & ANA_JOINED)
			continue;
		if (doc->scratch.len)
			buf_addch(&doc->scratch, ' ');
		buf_add(&doc->scratch, doc_word(doc, k), doc->tok[k].wl);
	}
	return smap_get(doc->co_alias, doc->scratch.buf, doc->scratch.len);
}

/* The name as a string: the company's canonical name, or the text. */
static char *name_str(struct doc *doc, const struct name *n)
{
	if (n->company >= 0)
		return xstrdup(doc->co[n->company].name);
	int co = known_company(doc, n);
	if (co >= 0)
		return xstrdup(doc->co[co].name);
	size_t a = doc->tok[n->t0].start, b = doc->tok[n->t1 - 1].end;
	const char *s = doc->text.buf;
	/* a wire headline's capitals: "WIDGET CORP" -> "Widget Corp" */
	int caps = 1;
	for (size_t k = a; k < b; k++)
		if (islower((unsigned char)s[k]))
			caps = 0;
	char *out = xstrndup(s + a, b - a);
	if (caps)
		for (size_t k = 1; out[k]; k++)
			if (isalpha((unsigned char)out[k]) &&
			    isalpha((unsigned char)out[k - 1]))
				out[k] = (char)tolower((unsigned char)out[k]);
	return out;
}

static void push_str(char ***v, size_t *n, char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*v)[i], s)) {
			free(s);
			return;
		}
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

static size_t find_word(const struct doc *doc, const struct doc_sent *st,
			size_t from, const char *w, int limit)
{
	for (size_t k = from; k < st->t1 && limit-- > 0; k++)
		if (doc_word_is(doc, k, w))
			return k;
	return st->t1;
}

struct found {
	enum ex_deal_type type;
	int has_acq, has_tgt, has_seller;
	struct name acq, tgt, seller;
	struct name party[PARTIES_MAX];   /* a joint venture's */
	size_t nparty;
	size_t sent;
	struct cue cue;
};

/* Parties in the order the text names them. */
static void sort_parties(struct found *f)
{
	for (size_t a = 1; a < f->nparty; a++)
		for (size_t b = a; b > 0 && f->party[b].t0 < f->party[b - 1].t0;
		     b--) {
			struct name tmp = f->party[b];
			f->party[b] = f->party[b - 1];
			f->party[b - 1] = tmp;
		}
}

/* Roles around the cue; returns the number of names found. */
static int roles(const struct doc *doc, size_t s, const struct cue *c,
		 struct found *f)
{
	const struct doc_sent *st = &doc->sent[s];
	struct name l, r;
	int pron, hl = left_name(doc, st, c->t0, &l, &pron);
	if (!hl && pron)
		hl = subject(doc, st, c->t0, &l);
	memset(f, 0, sizeof(*f));
	f->type = c->type;
	f->sent = s;
	f->cue = *c;
	size_t prev = doc_prev(doc, c->t0) < 0 ? c->t0 :
		      (size_t)doc_prev(doc, c->t0);
	int passive = doc_word_is(doc, prev, "was") || doc_word_is(doc, prev, "were") ||
		      doc_word_is(doc, prev, "be") || doc_word_is(doc, prev, "been") ||
		      doc_word_is(doc, prev, "being") || doc_word_is(doc, prev, "is");
	size_t by = find_word(doc, st, c->t1, "by", NEAR_PASSIVE_BY);
	if (passive && by < st->t1) {
		/* "Y was bought by X" */
		f->has_tgt = hl;
		f->tgt = l;
		f->has_acq = right_name(doc, st, by + 1, &f->acq);
		return f->has_acq + f->has_tgt;
	}
	int hr = right_name(doc, st, c->t1, &r);
	switch (c->type) {
	case DEAL_DIVESTITURE: {
		f->has_seller = hl;
		f->seller = l;
		f->has_tgt = hr;
		f->tgt = r;
		size_t to = find_word(doc, st, hr ? r.t1 : c->t1, "to",
				      NEAR_SALE_TO);
		if (to < st->t1)
			f->has_acq = right_name(doc, st, to + 1, &f->acq);
		break;
	}
	case DEAL_INVESTMENT: {
		if (doc_stem_is(doc, c->t0, "rais")) {
			/* "X raises $50m led by Y": X is funded */
			f->has_tgt = hl;
			f->tgt = l;
			size_t lead_by = find_word(doc, st, c->t1, "by",
						 NEAR_ROUND_LEAD);
			size_t from = find_word(doc, st, c->t1, "from",
					      NEAR_ROUND_LEAD);
			size_t k = lead_by < from ? lead_by : from;
			if (k < st->t1)
				f->has_acq = right_name(doc, st, k + 1, &f->acq);
			/* "raised its dividend": money needs a company */
			return f->has_tgt ? 1 + f->has_acq : 0;
		}
		f->has_acq = hl;   /* the investor */
		f->acq = l;
		size_t in = find_word(doc, st, c->t1, "in", NEAR_INVEST_IN);
		if (in < st->t1)
			f->has_tgt = right_name(doc, st, in + 1, &f->tgt);
		break;
	}
	case DEAL_MERGER:
		if (!passive && doc_stem_is(doc, c->t0, "merg") &&
		    find_word(doc, st, c->t1, "with", NEAR_MERGE_WITH) < st->t1) {
			/* "X to merge with Y" */
			size_t w = find_word(doc, st, c->t1, "with",
					     NEAR_MERGE_WITH);
			f->has_acq = hl;
			f->acq = l;
			f->has_tgt = right_name(doc, st, w + 1, &f->tgt);
			break;
		}
		/* "X and Y agree merger", "merger of X and Y": the parties */
		if (hl)
			f->party[f->nparty++] = l;
		if (hl) {
			/* "Stockholm's Vita Care and Oslo's Helse Nord" */
			long a = doc_prev(doc, l.t0);
			while (a >= (long)st->t0 && is_place(doc, (size_t)a))
				a = doc_prev(doc, (size_t)a);
			struct name l2;
			int p2;
			if (a >= (long)st->t0 && doc_word_is(doc, (size_t)a, "and") &&
			    left_name(doc, st, (size_t)a, &l2, &p2))
				f->party[f->nparty++] = l2;
		}
		if (!hl && hr)
			f->party[f->nparty++] = r;
		sort_parties(f);
		return (int)f->nparty;
	case DEAL_PARTNERSHIP: {
		if (hl) {
			f->party[f->nparty++] = l;
			/* "China's Alibaba, U.S. grocer Kroger in talks" */
			struct name l2;
			int p2;
			long k = (long)l.t0;
			for (int step = 0; step < 6; step++) {
				long p = doc_prev(doc, (size_t)k);
				if (p < (long)st->t0)
					break;
				k = p;
				if (name_token(doc, st, (size_t)k) &&
				    !is_place(doc, (size_t)k)) {
					if (left_name(doc, st, (size_t)k + 1,
						      &l2, &p2))
						f->party[f->nparty++] = l2;
					break;
				}
			}
		}
		size_t with = find_word(doc, st, c->t1, "with",
				     NEAR_PARTNER_WITH);
		if (with < st->t1 && f->nparty < PARTIES_MAX &&
		    right_name(doc, st, with + 1, &r))
			f->party[f->nparty++] = r;
		sort_parties(f);
		return (int)f->nparty;
	}
	default:
		f->has_acq = hl;
		f->acq = l;
		f->has_tgt = hr;
		f->tgt = r;
		/* "acquisition of Y by X" */
		if (hr && doc_stem_is(doc, c->t0, "acquisit")) {
			size_t b = find_word(doc, st, r.t1, "by", NEAR_NOUN_BY);
			if (b < st->t1)
				f->has_acq = right_name(doc, st, b + 1, &f->acq);
		}
		break;
	}
	if (f->has_acq && f->has_tgt && f->acq.t0 == f->tgt.t0)
		f->has_tgt = 0;
	return f->has_acq + f->has_tgt + f->has_seller;
}

/* Same company: the same mention's company, or the same words. */
static int same_name(struct doc *doc, const struct name *a,
		     const struct name *b)
{
	if (a->company >= 0 && a->company == b->company)
		return 1;
	char *x = name_str(doc, a), *y = name_str(doc, b);
	int same = !strcmp(x, y);
	free(x);
	free(y);
	return same;
}

/* Fill the roles `best` lacks from a later sentence about the same deal. */
static void complete(struct doc *doc, struct found *best,
		     const struct found *f)
{
	if (f->type != best->type)
		return;
	/* "X sells ... to a pension fund" + "X ... to Maple Pension Plan" */
	if (best->has_seller && f->has_seller &&
	    same_name(doc, &best->seller, &f->seller)) {
		if (!best->has_acq && f->has_acq) {
			best->acq = f->acq;
			best->has_acq = 1;
		}
		if (!best->has_tgt && f->has_tgt) {
			best->tgt = f->tgt;
			best->has_tgt = 1;
		}
		return;
	}
	if (!best->has_acq && f->has_acq && best->has_tgt && f->has_tgt &&
	    same_name(doc, &best->tgt, &f->tgt)) {
		best->acq = f->acq;
		best->has_acq = 1;
	}
	if (!best->has_tgt && f->has_tgt && best->has_acq && f->has_acq &&
	    same_name(doc, &best->acq, &f->acq)) {
		best->tgt = f->tgt;
		best->has_tgt = 1;
	}
}

/* "acquired a controlling stake", "tender offer" anywhere near. */
static enum ex_deal_type refine(const struct doc *doc,
				const struct found *f)
{
	const struct doc_sent *st = &doc->sent[f->sent];
	if (f->type == DEAL_ACQUISITION || f->type == DEAL_STAKE) {
		for (size_t k = st->t0; k < st->t1; k++)
			if (doc_stem_is(doc, k, "tender") &&
			    doc_stem_is(doc, doc_next(doc, k), "offer"))
				return DEAL_TENDER;
	}
	if (f->type == DEAL_ACQUISITION || f->type == DEAL_INVESTMENT) {
		for (size_t k = f->cue.t1; k < st->t1 && k < f->cue.t1 + 6; k++)
			if (doc_word_is(doc, k, "stake")) {
				long p = doc_prev(doc, k);
				if (p >= 0 && (doc_word_is(doc, (size_t)p, "controlling") ||
					       doc_word_is(doc, (size_t)p, "majority")))
					return DEAL_ACQUISITION;
				return DEAL_STAKE;
			}
	}
	return f->type;
}

static const struct {
	const char *stem;
	enum ex_status status;
} status_cues[] = {
	{"terminat", STATUS_TERMINATED}, {"cancel", STATUS_TERMINATED},
	{"abandon", STATUS_TERMINATED}, {"scrap", STATUS_TERMINATED},
	{"reject", STATUS_TERMINATED}, {"withdrew", STATUS_TERMINATED},
	{"withdraw", STATUS_TERMINATED}, {"collaps", STATUS_TERMINATED},
	{"block", STATUS_TERMINATED}, {"fail", STATUS_TERMINATED},
	{"complet", STATUS_COMPLETED}, {"close", STATUS_COMPLETED},
	{"finalis", STATUS_COMPLETED}, {"finaliz", STATUS_COMPLETED},
	{"acquired", STATUS_COMPLETED}, {"bought", STATUS_COMPLETED},
	{"purchased", STATUS_COMPLETED}, {"sold", STATUS_COMPLETED},
	{"merged", STATUS_COMPLETED},
	{"agre", STATUS_AGREED}, {"agreement", STATUS_AGREED},
	{"definit", STATUS_AGREED}, {"sign", STATUS_AGREED},
	{"approv", STATUS_AGREED},
	{"talk", STATUS_TALKS}, {"discuss", STATUS_TALKS},
	{"negoti", STATUS_TALKS}, {"consid", STATUS_TALKS},
	{"explor", STATUS_TALKS}, {"rumor", STATUS_TALKS},
	{"rumour", STATUS_TALKS}, {"specul", STATUS_TALKS},
	{"potenti", STATUS_TALKS}, {"possibl", STATUS_TALKS},
	{"propos", STATUS_PROPOSED}, {"offer", STATUS_PROPOSED},
	{"bid", STATUS_PROPOSED}, {"seek", STATUS_PROPOSED},
	{"plan", STATUS_PROPOSED}, {"intend", STATUS_PROPOSED},
	{"tender", STATUS_PROPOSED}, {"hostil", STATUS_PROPOSED},
	{"unsolicit", STATUS_PROPOSED},
};

/* Which status wins when a sentence has several cues. */
static int status_rank(enum ex_status s)
{
	switch (s) {
	case STATUS_TERMINATED: return 5;
	case STATUS_COMPLETED: return 4;
	case STATUS_AGREED: return 3;
	case STATUS_TALKS: return 2;
	case STATUS_PROPOSED: return 1;
	default: return 0;
	}
}

static enum ex_status sentence_status(const struct doc *doc, size_t s)
{
	const struct doc_sent *st = &doc->sent[s];
	enum ex_status best = STATUS_NONE;
	for (size_t k = st->t0; k < st->t1; k++) {
		enum ex_status a = (enum ex_status)doc_status_of(doc->tok[k].scls);
		enum ex_status b = (enum ex_status)doc_status_of(doc->tok[k].wcls);
		if (status_rank(a) > status_rank(best))
			best = a;
		if (status_rank(b) > status_rank(best))
			best = b;
	}
	return best;
}

void deal_lexicon(struct doc *doc)
{
	for (size_t i = 0; i < ARRAY_SIZE(aux); i++)
		doc_lexicon_word(doc, aux[i], DOC_W_AUX);
	for (size_t i = 0; i < ARRAY_SIZE(filler); i++)
		doc_lexicon_word(doc, filler[i], DOC_W_FILLER);
	for (size_t i = 0; i < ARRAY_SIZE(pronouns); i++)
		doc_lexicon_word(doc, pronouns[i], DOC_W_PRONOUN);
	for (size_t i = 0; i < ARRAY_SIZE(deal_cues); i++)
		doc_lexicon_stem(doc, deal_cues[i].s1, doc_cls_deal_cue(i));
	/* a cue is a stem ("agre") or a whole word ("acquired") */
	for (size_t i = 0; i < ARRAY_SIZE(status_cues);
	     i++) {
		uint32_t bits = doc_cls_status(status_cues[i].status);
		doc_lexicon_stem(doc, status_cues[i].stem, bits);
		doc_lexicon_word(doc, status_cues[i].stem, bits);
	}
}

static enum ex_status deal_status(const struct doc *doc,
				  const struct found *f)
{
	enum ex_status s = sentence_status(doc, f->sent);
	/* the headline speaks for the story when the sentence is silent */
	if (s == STATUS_NONE && f->sent != 0 && doc->nsent)
		s = sentence_status(doc, 0);
	if (s != STATUS_NONE)
		return s;
	long p = doc_prev(doc, f->cue.t0);
	if (p >= 0 && doc_word_is(doc, (size_t)p, "to"))
		return STATUS_AGREED;   /* "X TO ACQUIRE Y" */
	/* a headline's present tense reports a deal made: "X buys Y" */
	const struct doc_tok *t = &doc->tok[f->cue.t0];
	if (doc->sent[f->sent].para == 0 && t->wl > t->sl &&
	    doc_word(doc, f->cue.t0)[t->wl - 1] == 's')
		return STATUS_AGREED;
	return STATUS_PROPOSED;
}

/* The M&A type the words of the lead favour, for classifier-only deals. */
static enum ex_deal_type lead_type(const struct doc *doc)
{
	unsigned count[DEAL_IPO + 1] = {0};
	for (size_t s = 0; s < doc->nsent && s < 6; s++) {
		struct cue c;
		size_t from = doc->sent[s].t0;
		while (find_cue(doc, &doc->sent[s], from, &c)) {
			if (ex_deal_is_mna(c.type))
				count[c.type]++;
			from = c.t1;
		}
	}
	enum ex_deal_type best = DEAL_ACQUISITION;
	for (int t = DEAL_ACQUISITION; t <= DEAL_DIVESTITURE; t++)
		if (count[t] > count[best])
			best = (enum ex_deal_type)t;
	return best;
}

/* Sentence marks for deal_amount(): the target or the acquirer is named. */
enum { NAMES_TGT = 1, NAMES_ACQ = 2 };

/*
 * The sentences that name the deal's target or acquirer (a company
 * mention inside the sentence), marked once: asking each amount's
 * sentence about every mention would be amounts x mentions, quadratic in
 * a long article.  Caller frees.
 */
static uint8_t *mark_named(const struct doc *doc, const struct found *f)
{
	uint8_t *named = xcalloc(doc->nsent ? doc->nsent : 1, 1);
	for (size_t m = 0; m < doc->nment; m++) {
		const struct doc_ment *x = &doc->ment[m];
		if (x->kind != DOC_COMPANY || x->sent >= doc->nsent)
			continue;
		const struct doc_sent *st = &doc->sent[x->sent];
		if (x->t0 < st->t0 || x->t1 > st->t1)
			continue;
		if (f->has_tgt && f->tgt.company >= 0 && x->id == f->tgt.company)
			named[x->sent] |= NAMES_TGT;
		if (f->has_acq && f->acq.company >= 0 && x->id == f->acq.company)
			named[x->sent] |= NAMES_ACQ;
	}
	return named;
}

/* The deal's amount: a deal or funding amount near the target's name. */
static int deal_amount(const struct doc *doc, const struct tags *t,
		       const struct found *f, int have)
{
	int first = -1, in_sentence = -1, near_acq = -1, near_tgt = -1;
	uint8_t *named = have ? mark_named(doc, f) : NULL;
	for (size_t i = 0; i < t->namounts; i++) {
		const struct ex_amount *a = &t->amounts[i];
		if (a->kind != AMOUNT_DEAL && a->kind != AMOUNT_FUNDING)
			continue;
		if (first < 0)
			first = (int)i;
		if (!have)
			continue;
		size_t tok = doc_tok_at(doc, a->m.start);
		if (tok >= doc->ntok)
			continue;
		uint32_t s = doc->tok[tok].sent;
		if (s == f->sent && in_sentence < 0)
			in_sentence = (int)i;
		if ((named[s] & NAMES_TGT) && near_tgt < 0)
			near_tgt = (int)i;
		if ((named[s] & NAMES_ACQ) && near_acq < 0)
			near_acq = (int)i;
	}
	free(named);
	if (near_tgt >= 0)
		return near_tgt;
	if (in_sentence >= 0)
		return in_sentence;
	if (near_acq >= 0)
		return near_acq;
	return first;
}

/* A headline naming acquirer and target counts down to this margin. */
#define TITLE_MARGIN -0.25

void deal_tag(struct doc *doc, const struct dealmodel *model,
	      struct dm_vec *vec, struct tags *t)
{
	struct found f, best;
	int have = 0, have_cue = 0;
	memset(&best, 0, sizeof(best));
	struct cue first_cue = {0, 0, DEAL_NONE};
	size_t first_cue_sent = 0;
	size_t lead = 0;
	for (size_t s = 0; s < doc->nsent; s++) {
		const struct doc_sent *st = &doc->sent[s];
		if (doc_boiler(doc, (uint32_t)s))
			continue;
		if (st->para != 0 && ++lead > 4)
			break;
		struct cue c;
		size_t from = st->t0;
		unsigned tries = 0;
		while (tries++ < CUES_PER_SENTENCE &&
		       find_cue(doc, st, from, &c)) {
			if (!have_cue) {
				first_cue = c;
				first_cue_sent = s;
				have_cue = 1;
			}
			if (roles(doc, s, &c, &f) > 0) {
				if (!have) {
					best = f;
					have = 1;
				} else {
					complete(doc, &best, &f);
				}
				break;
			}
			from = c.t1;
		}
		/* "Marketplace giant in talks to buy FreshBasket": the lead
		 * may name the side the headline left out */
		if (have && (best.has_acq || best.type == DEAL_PARTNERSHIP) &&
		    (best.has_tgt || best.type == DEAL_PARTNERSHIP))
			break;
	}
	double score = 0;
	if (model) {
		dm_vec_clear(vec);
		deal_features(doc, vec);
		dm_weight(model, vec);
		score = dm_score(model, vec);
	}
	t->deal.score = score;
	enum ex_deal_type type = DEAL_NONE;
	if (have || have_cue) {
		if (!have) {
			memset(&best, 0, sizeof(best));
			best.type = first_cue.type;
			best.cue = first_cue;
			best.sent = first_cue_sent;
		}
		type = refine(doc, &best);
	}
	/*
	 * Is it an M&A story?  The classifier decides; a headline that names
	 * both sides of an M&A deal may overrule a slightly negative margin.
	 * A rule's other types (investment, partnership, IPO) stand when the
	 * classifier says no M&A.
	 */
	if (model) {
		int title_deal = have && doc->sent[best.sent].para == 0 &&
				 best.has_acq && best.has_tgt &&
				 score > TITLE_MARGIN;
		if (score > 0 || (title_deal && ex_deal_is_mna(type))) {
			if (!ex_deal_is_mna(type))
				type = lead_type(doc);
		} else if (ex_deal_is_mna(type)) {
			type = DEAL_NONE;
		}
	}
	t->deal.type = type;
	if (type == DEAL_NONE)
		return;
	if (!have && !have_cue) {
		t->deal.status = STATUS_NONE;
		t->deal.amount = deal_amount(doc, t, &best, 0);
		return;
	}
	t->deal.status = deal_status(doc, &best);
	if (have) {
		if (best.has_acq)
			t->deal.acquirer = name_str(doc, &best.acq);
		if (best.has_tgt)
			t->deal.target = name_str(doc, &best.tgt);
		if (best.has_seller)
			t->deal.seller = name_str(doc, &best.seller);
		if (type == DEAL_INVESTMENT && t->deal.acquirer) {
			push_str(&t->deal.investors, &t->deal.ninvestors,
				 t->deal.acquirer);
			t->deal.acquirer = NULL;
		}
		for (size_t i = 0; i < best.nparty; i++)
			push_str(&t->deal.parties, &t->deal.nparties,
				 name_str(doc, &best.party[i]));
		const char *roles_[] = {t->deal.acquirer, t->deal.target,
					t->deal.seller};
		for (size_t i = 0; i < 3; i++)
			if (roles_[i])
				push_str(&t->deal.parties, &t->deal.nparties,
					 xstrdup(roles_[i]));
		for (size_t i = 0; i < t->deal.ninvestors; i++)
			push_str(&t->deal.parties, &t->deal.nparties,
				 xstrdup(t->deal.investors[i]));
		/* names the rules found are companies of the story too */
		for (size_t i = 0; i < t->deal.nparties; i++)
			doc_company(doc, t->deal.parties[i],
				  strlen(t->deal.parties[i]),
				  (uint32_t)doc->sent[best.sent].t0);
	}
	t->deal.amount = deal_amount(doc, t, &best, have);
}

void deal_features(const struct doc *doc, struct dm_vec *v)
{
	for (size_t i = 0; i < doc->ntok; i++) {
		const struct doc_tok *t = &doc->tok[i];
		if ((t->flags & ANA_ALPHA) && !(t->flags & ANA_JOINED))
			dm_add_token(v, doc_stem(doc, i), t->sl,
				     doc->sent[t->sent].para == 0);
	}
}
