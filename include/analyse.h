/*
 * analyse.h - text analysis shared by the indexer and the searcher.
 *
 * Contract:
 *   - One analyser turns UTF-8 text into a stream of tokens: case-folded
 *     (Unicode NFKC case folding with marks stripped, via utf8proc), and
 *     stemmed with the Snowball stemmer of the analyser's language (via
 *     libstemmer).  The indexer and the query parser use this same code, so
 *     "Alibaba's" typed in a query finds "ALIBABA'S" in a headline.
 *   - Tokenising rules (by example):
 *         "U.S." "U.K."       -> "us", "uk"        (dotted acronyms)
 *         "Alibaba's"         -> "alibaba"         (possessive dropped)
 *         "O'Neill"           -> "oneill"          (inner apostrophe dropped)
 *         "e-commerce"        -> "e" "commerce" at positions p, p+1, and the
 *                                joined "ecommerce" also at p (ANA_JOINED)
 *         "HK$22.4"           -> "hk" "22.4"
 *         "$30-40"            -> "30" "40"         (numbers are never joined)
 *         "1,000,000"         -> "1000000"
 *         CJK ideographs and kana are one token each.
 *     Tokens longer than ANA_MAX_TOKEN bytes after folding are skipped.
 *   - Input must be valid UTF-8 (see ana_utf8_repair); an invalid byte is
 *     treated as a separator, never read past.
 *   - Positions count tokens from the `pos0` given to ana_start(); a joined
 *     form shares the position of its first part.
 *   - An analyser is not thread-safe: one per thread.  Token strings are
 *     borrowed from the analyser until the next ana_next() call.
 *   - Depends on buf.h, err.h, utf8proc and libstemmer only.
 *
 * Usage:
 *     struct ana *a; struct ana_token t;
 *     ana_new("english", &a, err);
 *     ana_start(a, text, len, 0);
 *     while (ana_next(a, &t))
 *         index(t.stem, t.stem_len, t.pos);
 *     ana_free(a);
 */
#ifndef DS_ANALYSE_H
#define DS_ANALYSE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "err.h"

#define ANA_MAX_TOKEN 64

enum ana_flags {
	ANA_ALPHA = 1,   /* has letters and no digits (stemmed) */
	ANA_NUMBER = 2,  /* digits, with at most a decimal point */
	ANA_JOINED = 4,  /* the joined form of a hyphenated compound */
};

struct ana_token {
	const char *word;   /* folded form (borrowed) */
	size_t word_len;
	const char *stem;   /* stemmed form; == word unless ANA_ALPHA */
	size_t stem_len;
	uint32_t pos;       /* token position */
	size_t start, end;  /* byte span in the input text */
	unsigned flags;     /* enum ana_flags */
};

struct ana;

/*
 * `lang` is a Snowball language name ("english"); DS_EINVAL if unknown.
 * An analyser is one thread's; it remembers the stems of the words it
 * stemmed lately (4,096 words of up to 23 bytes, about 200 KB), so a word
 * met again is not stemmed again.
 */
int ana_new(const char *lang, struct ana **out, struct ds_err *err);
void ana_free(struct ana *a);

/* Begin tokenising text[0..len) (borrowed until the last ana_next). */
void ana_start(struct ana *a, const char *text, size_t len, uint32_t pos0);
/* 1 with the next token in *t, 0 at the end of the text. */
int ana_next(struct ana *a, struct ana_token *t);
/* The position the next token would get (after the last one handed out). */
uint32_t ana_pos(const struct ana *a);

/*
 * Stemming on (the default) or off.  Off, a token's stem is its folded
 * word, and ana_stem() stems on demand: for callers that need few stems
 * (snippet highlighting).
 */
void ana_set_stemming(struct ana *a, int on);
/* OUT: the stem of folded word w[0..len) (borrowed until the next call). */
void ana_stem(struct ana *a, const char *w, size_t len, const char **stem,
	      size_t *stem_len);

/*
 * The length in bytes of the white space that starts s[0..len): ASCII
 * white space, or a Unicode space or line separator (U+00A0 no-break
 * space, U+2009 thin space, U+202F, U+3000, U+2028 ...); 0 when s does not
 * start with one.  The tokeniser separates words at these same characters,
 * so a query lexer that uses this splits where the index did.
 */
size_t ana_space(const char *s, size_t len);

/* Whether s[0..len) starts with an upper-case letter, in any script
 * ("Żabka", "Škoda", "Ørsted"; not "über", a digit or a mark). */
int ana_upper(const char *s, size_t len);

/* OUT: the folded form of s[0..len) appended to `out`. */
void ana_fold(const char *s, size_t len, struct buf *out);

/*
 * OUT: s[0..len) with every invalid UTF-8 sequence (and NUL byte) replaced
 * by U+FFFD, appended to `out`.  Returns the number of replacements.
 */
size_t ana_utf8_repair(const char *s, size_t len, struct buf *out);

#endif /* DS_ANALYSE_H */
