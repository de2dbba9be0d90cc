/*
 * alert.h - when a story is news for saved queries (`saved run --new`):
 * when it is new to the index, and again only when its text or its deal
 * changes; never because it was tagged again.
 *
 * Contract:
 *   - The state lives in the story's own document (docs/SCHEMA.md,
 *     "Alerts"): value slot 5 holds the batch of its last alert, and the
 *     document data's "alert" object the batch it was first indexed in
 *     and its last ALERT_HISTORY changes, each with the batch that made
 *     it: {"first": 3, "changes": [{"batch": 7, "field": "status",
 *     "from": "in-talks", "to": "agreed"}]}.  A new version is compared
 *     with the version the index holds under the same id, so the state
 *     commits in the same Xapian transaction as the story itself and is
 *     exactly as durable (writer.h); no docid is involved.
 *   - A version whose text (headline and body) and deal equal the
 *     previous version's keeps its alert: slot 5 and the changes carry
 *     over, so a saved query that reported the story does not see it
 *     again.  A re-tag (a gazetteer change, `index --retag`, a new
 *     tagger) that changes nothing of the deal is therefore no news; one
 *     that changes it is a change like any other.
 *   - The deal compared is the stored one: its type; its status
 *     ("rejected" for a bid the target turned down); its amount as the
 *     story writes it; its acquirer, target and seller; its investors;
 *     its other parties (a merger's sides, a partnership's partners).  A
 *     deal below the index's confidence threshold is no deal.  A version
 *     without tags (--no-tags, over the tagging limit) has no deal to
 *     compare: only its text is.
 *   - Private to indexer/write/: docb_build() calls it.
 */
#ifndef DS_ALERT_H
#define DS_ALERT_H

#include <jansson.h>
#include <stdint.h>

/* Changes kept per story, the oldest dropped: a saved query that has not
 * run through more changes of one story than this sees the latest. */
#define ALERT_HISTORY 8

struct alert_ctx {
	const char *prev;     /* in: the previous version's document data
				 as the index holds it (NUL-terminated), or
				 NULL for a story new to the index */
	int64_t prev_batch;   /* in: the previous version's slot 5 */
	int64_t batch;        /* in: the batch this version is written in */
	int64_t slot_batch;   /* out: for slot 5: `batch` when this version
				 is news, else prev_batch */
	int fired;            /* out: new to the index, or its text or deal
				 changed */
	int deal_changed;     /* out: its deal changed */
};

/*
 * Add the "alert" object to `data`, the new version's document data
 * object (its "title" and, when tagged, "tags" already set; `body` its
 * text), and fill ctx's outputs.  Cannot fail: a previous version whose
 * data does not parse is taken as no previous version.
 */
void alert_update(json_t *data, const char *body, struct alert_ctx *ctx);

#endif /* DS_ALERT_H */
