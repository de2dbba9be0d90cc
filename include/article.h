/*
 * article.h - one news article, as every reader produces it and the indexer
 * consumes it.
 *
 * Contract:
 *   - Every string field is owned by the article (free with
 *     article_release) and is NULL or valid UTF-8 once article_finish() has
 *     succeeded.
 *   - article_finish() gives the article its stable id and its content hash:
 *       id   = the id the input gave, else the canonical URL, else
 *              "sha:" + content hash;
 *       hash = XXH3-128 over the normalised fields and ARTICLE_VERSION, so a
 *              change of analysis re-indexes everything once.
 *   - `origin` names where the article came from ("a.jsonl:12", a path, a
 *     URL) and is what error messages quote; it is not part of the hash.
 */
#ifndef DS_ARTICLE_H
#define DS_ARTICLE_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "err.h"

/* Bump when analysis or document building changes what an article indexes. */
#define ARTICLE_VERSION "11"  /* 10: XSMF; 11: XSMG */
#define ARTICLE_HASH_LEN 33  /* 32 hex digits + NUL */

struct article {
	char *id;         /* given id, or set by article_finish */
	char *url;        /* canonical URL, or NULL */
	char *title;      /* headline ("" if none) */
	char *body;       /* main text, paragraphs separated by blank lines */
	char *source;     /* outlet ("Reuters", "TechCrunch"), or NULL */
	char *date_raw;   /* the date as written, or NULL */
	char *dateline;   /* "TOKYO, March 3" when the source gives one */
	time_t date;      /* parsed date (UTC), valid when has_date */
	int has_date;
	char *origin;     /* input location for messages */
	char hash[ARTICLE_HASH_LEN]; /* content hash, set by article_finish */
	size_t repaired;  /* invalid UTF-8 sequences replaced (by the reader
			     or article_finish) */
};

void article_init(struct article *a);
void article_release(struct article *a);

/* Replace a string field: frees the old value, copies s[0..len). */
void article_set(char **field, const char *s, size_t len);

/*
 * Validate and complete an article: repair invalid UTF-8 in every field,
 * parse date_raw, canonicalise the URL, compute hash and id.
 * DS_EFORMAT when the article has neither title nor body nor an id of its
 * own.  An unparseable
 * date is dropped (has_date = 0), not an error.
 */
int article_finish(struct article *a, struct ds_err *err);

/*
 * Fold `salt` into a->hash (after article_finish): the indexer salts with
 * the gazetteers' hash, so that changed gazetteers or rates re-tag every
 * article on the next run instead of leaving old tags in place.
 */
void article_salt_hash(struct article *a, const char *salt);

/*
 * OUT: the hash of a story's text, its headline and body (32 hex digits):
 * what saved queries' alerts compare to tell an edited story from one
 * indexed again unchanged (writer's alert.h).
 */
void article_text_hash(const char *title, const char *body,
		       char out[ARTICLE_HASH_LEN]);

/*
 * OUT: the canonical form of an http(s) URL: scheme and host lower-cased,
 * default port, fragment and utm_* tracking parameters removed.
 * DS_EINVAL when `url` is not an absolute http(s) URL.
 */
int article_canonical_url(const char *url, struct buf *out, struct ds_err *err);

#endif /* DS_ARTICLE_H */
