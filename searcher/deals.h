/*
 * deals.h - deal records, read from their stories.
 *
 * Contract:
 *   - A deal record is the set of stories whose documents carry its id
 *     (term XDEAL<id>, value slot SLOT_DEAL: indexer/write/link.h decides
 *     which); deal_read() gathers them and makes the record from what
 *     their deals say, so the record is always that of the snapshot read:
 *       parties   the acquirer, target and seller most of its stories
 *                 name (a near-duplicate counted once; the latest on a
 *                 tie); the investors of all of them, most named first;
 *                 each side's country where a story gives it;
 *       type      the type most of its stories give (the latest on a tie);
 *       status    its history: in date order, each story whose status is a
 *                 later stage than the record's so far (rumoured, in-talks,
 *                 proposed, agreed, then completed, terminated or blocked),
 *                 with the date and the story; the status is the last;
 *       value     the deal amount in USD that most stories give (amounts
 *                 within DEAL_SAME_VALUE of each other are one figure; the
 *                 latest on a tie), with its text and the stories giving it;
 *       dates     the first and the last story's;
 *       stories   every story in date order (undated last), its outlet
 *                 and whether it repeats an earlier one (dup_of); counts
 *                 of stories (near-duplicates once) and of outlets;
 *       related   the other records with the same target within
 *                 DEAL_RELATED_DAYS (competing bids).
 *   - Records are never stored twice: nothing to keep in step.
 *   - Depends on xdb.h, schema.h, jansson.
 */
#ifndef DS_DEALS_H
#define DS_DEALS_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "xdb.h"

/* Deal amounts within this ratio of each other are the same figure. */
#define DEAL_SAME_VALUE 1.05
/* Stories read for one record, at most. */
#define DEAL_MAX_STORIES 1000
/* Records for the same target this close are related (competing bids). */
#define DEAL_RELATED_DAYS 120

struct deal_story {
	char *id, *title, *date, *source, *status, *dup_of;   /* owned */
};

struct deal_change {
	char *date, *status, *story;                           /* owned */
};

struct deal_rec {
	char *id;
	char *type, *status;
	char *acquirer, *target, *seller;
	char *acquirer_country, *target_country;
	char **investors;
	size_t ninvestors;
	double value_usd;             /* NAN when no story gives one */
	char *value_text;
	char **value_stories;
	size_t nvalue_stories;
	char *first, *last;           /* ISO dates, NULL when undated */
	struct deal_story *stories;
	size_t nstories;
	size_t unique;                /* stories, a near-duplicate once */
	char **outlets;
	size_t noutlets;
	struct deal_change *history;
	size_t nhistory;
	char **related;
	size_t nrelated;
};

/* OUT: the record `id` (DS_ENOTFOUND: no story carries it), with the
 * related records when `with_related`.  Release with deal_release().
 * deal_read_many: out[0, n) the records ids[0, n) (without related), read
 * with one search (on remote shards a search is round trips: a page of
 * grouped hits pays them once); on failure none is kept.  A record is
 * built from its stories' parts (schema_record()), which come with the
 * search: no story's document is read. */
int deal_read_many(xdb *db, const char *const *ids, size_t n,
		   struct deal_rec *out, struct ds_err *err);
int deal_read(xdb *db, const char *id, int with_related,
	      struct deal_rec *out, struct ds_err *err);
/* The record as it stood when batch `batch` was the last: of its stories
 * first indexed then or before (their alert state, docs/SCHEMA.md,
 * "Alerts"), without related records; DS_ENOTFOUND when it had none. */
int deal_read_as_of(xdb *db, const char *id, int64_t batch,
		    struct deal_rec *out, struct ds_err *err);
void deal_release(struct deal_rec *d);

/* The record as JSON (docs/SCHEMA.md, "Deal records"); `stories` lists
 * the stories, else only their ids.  New reference. */
json_t *deal_to_json(const struct deal_rec *d, int stories);

/* "in-talks 1987-03-02 -> agreed 1987-03-20": the status history on one
 * line, owned. */
char *deal_timeline(const struct deal_rec *d);

#endif /* DS_DEALS_H */
