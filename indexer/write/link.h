/*
 * link.h - deal records and near-duplicates: which deal a story's deal is,
 * and which earlier story it repeats, decided when the story is written.
 *
 * Contract:
 *   - A deal record is the set of stories that carry its id: value slot
 *     SLOT_DEAL and the term XDEAL<id> (schema.h).  The record itself (its
 *     parties, status history, value, dates, outlets) is read from those
 *     stories when asked for (searcher/deals.h), so it lives in the
 *     stories' documents, commits in the same Xapian transaction as they
 *     do and is repaired with them by the commit protocol (writer.h).  An
 *     id is "d" + 12 hex digits of the XXH3 hash of the id of the story
 *     that opened the record; nothing depends on a docid.
 *   - link_story() reads the index as the writer sees it (the open batch
 *     included) and names the record the story's claimed deal belongs to:
 *     that of an earlier story, dated within LINK_WINDOW_DAYS of it, whose
 *     deal is of the same family (link_family()) with the same target and
 *     no other buyer (a competing bid is another record), or the same two
 *     sides the other way round, or, for a sale, the same seller and buyer,
 *     or, for a merger or a partnership without sides, the same parties;
 *     amounts, where both stories give one, within LINK_AMOUNT_RATIO of
 *     each other; a record with as many stories of a competing bid as
 *     agreeing ones is not joined, unless it holds one with the story's
 *     buyer and target.  Among several records it takes the one with
 *     most such stories (the newest on a tie), leaving out those with no
 *     buyer when the story's subjects name another record's buyer beside
 *     its target; a story that names only the target while the records
 *     for it have different buyers opens a record of its own, unless its text names one of those buyers and no other (its
 *     words' spaces may differ from the key's); a holder selling with no
 *     buyer named joins its own bid's record, the one whose buyer it is.
 *     Otherwise the story opens a new record.  A deal the index does not
 *     claim that names no side joins by the companies it names first only
 *     with a classifier margin of LINK_SUBJECT_SCORE; else it is a story
 *     without a deal (below).
 *   - Near-duplicates, among the stories with a deal (where they would be
 *     counted twice): the SimHash (64 bits) of the body's word 4-shingles
 *     (the headline's when the body is shorter than a shingle); within
 *     LINK_DUP_BITS bits of an earlier story's in its window (undated:
 *     of an undated story's), the story repeats it (dup_of: the first
 *     story of the group) and is in its deal record.
 *   - A story with no deal of its own joins a record as coverage when its
 *     headline names the record's target, its text the record's buyer
 *     (or a bid, when that buyer is a vehicle: "MTS Acquisition") (or
 *     its headline the buyer, its text the target right after a deal
 *     word: "financing of its acquisition of Y"),
 *     and the M&A classifier's margin is at least LINK_COVERAGE_SCORE
 *     ("TWA SUES USAIR OVER POISON PILL"); it gets no signature and no
 *     party terms, so it never draws another story in.  Other stories
 *     without a claimed deal get nothing: no record, no SimHash.
 *   - Orphans: a dated story with a deal that gets no record (the index
 *     does not claim it, or it names no party) keeps its signature, its
 *     subjects (its deal's parties, the companies it names first, and a
 *     flash's headline words and pairs of words) in the parties field,
 *     and XDPO terms for them in its LINK_WINDOW_DAYS-long period; so
 *     does coverage without a record (a flash, or a headline naming two
 *     of its first companies), with no type.  A later
 *     story that has a record adopts (link_out.adopt) the orphans in its
 *     window of the same family (coverage: any) whose amounts agree and
 *     that name, where they name a target, the same deal, else both of
 *     its companies (its buyer and target, or a merger's two parties),
 *     each by a key that is not the other's nor a generic word (found
 *     by either company's XDPO terms, so a slip in one name is no miss).  link_adoption() makes the edit the writer
 *     applies in the adopting story's batch.
 *   - A party the story gives a ticker ("Caesars World Inc <CAW>") is
 *     the same company as any other given that ticker, whatever the
 *     names say (a misspelt "Ceasars Wold"); its signature key carries
 *     it ("caesars-world|$caw") and its XDPT terms include "$caw".  Long
 *     keys a slip of the wire apart are one company too ("transworld-
 *     airlines", "trans-world-airlines"), and so are a key and the same
 *     with "us-" before it; two bidders are one when one's name opens
 *     with a word of the other's that says who ("redstone-and-mcv",
 *     "sumner-redstone").
 *   - Candidates are found by their parties' terms in the periods of the
 *     story's window (XDPW, bucketed by LINK_WINDOW_DAYS-long periods
 *     since the epoch: the window spans three), so the cost of linking a
 *     story does not grow with the years the index spans; an undated
 *     story looks at every period (XDPT).
 *   - link_apply() writes what link_story() decided into the document:
 *     the terms XDEAL, XDPT and XDPW (the deal's parties, and the same in
 *     the story's period), XDPI (a party of three words or more by its
 *     initials, which a headline's word may be) and XSHW (the SimHash's
 *     four bands in the story's period; XSH when undated), the slots SLOT_DEAL, SLOT_SIMHASH, SLOT_DEAL_SIG and
 *     SLOT_DUP_ROOT (the story's id, or the one it repeats); an orphan's
 *     SLOT_DEAL_SIG, SLOT_DUP_ROOT (its id) and XDPO terms; the
 *     document data's "deal_id" and "dup_of" keys are docbuild's.
 *   - Depends on xdb.h, tags and tokens (extract.h), gazetteer.h.
 */
#ifndef DS_LINK_H
#define DS_LINK_H

#include <stdint.h>

#include "buf.h"
#include "err.h"
#include "extract.h"
#include "gazetteer.h"
#include "xdb.h"

/* Two stories of one deal are at most this far apart (each new story
 * within this of one story already in the record). */
#define LINK_WINDOW_DAYS 120
/* Amounts of one deal's stories differ by at most this factor (a revised
 * bid changes the price, a different deal by more). */
#define LINK_AMOUNT_RATIO 4.0
/* A story without a deal of its own joins a record as coverage only when
 * the M&A classifier's margin (tags.h) is at least this: a lawsuit or a
 * rating about a takeover (-0.02 .. 1.5 on Reuters), not a results story
 * that names the bidder (-0.6 and below). */
#define LINK_COVERAGE_SCORE (-0.3)
/* A deal the index does not claim and that names no side joins the
 * record whose target its headline names only when the M&A classifier's
 * margin is at least this ("GENCORP REJECTS UNSOLICITED TAKEOVER BID":
 * 0.99); below, it is a story about the company (car sales, plants on
 * overtime: 0.02 .. 0.35 on Reuters) and joins as coverage or not at all. */
#define LINK_SUBJECT_SCORE 0.5
/* Near-duplicates: SimHashes at most this many bits apart (of 64). */
#define LINK_DUP_BITS 3
/* "d" + 12 hex digits + NUL */
#define LINK_ID_LEN 14

struct link_in {
	const char *id;              /* the story's id */
	const char *title, *body;
	int has_date;
	int64_t date;                /* seconds since the epoch, UTC */
	const struct tags *tags;     /* NULL: untagged */
	int claimed;                 /* the deal is claimed (docbuild.h) */
	const struct gaz *g;         /* with tags */
	const struct extractor *ex;  /* with tags: its tokens are the text's */
};

struct link_out {
	char deal[LINK_ID_LEN];      /* "" when the story has no deal record */
	int orphan;                  /* no record: an orphan (the contract) */
	struct buf subjects;         /* an orphan's subject keys, '\n' after
					each */
	struct buf adopt;            /* the orphans the story's record
					adopts: their ids, '\n' after each */
	uint64_t simhash;
	struct buf dup_of;           /* id of the story it repeats, or empty */
	struct buf sig;              /* the deal's signature (SLOT_DEAL_SIG) */
	struct buf parties;          /* the parties' keys, '\n'-separated */
	long period;                 /* the story's period (its XDPW and
					XDPO terms' bucket), -1 undated */
};

void link_out_init(struct link_out *o);
void link_out_release(struct link_out *o);

/* Decide the story's record and duplicate; `db` is the writer's. */
int link_story(xdb *db, const struct link_in *in, struct link_out *out,
	       struct ds_err *err);

/* Add the terms and values of `o` to the document (see the contract). */
int link_apply(const struct link_out *o, const char *id, xdb_doc *doc,
	       struct ds_err *err);

/*
 * What puts orphan `id` into record `deal` (link_out.adopt) when its
 * adopter is written in batch `batch`: `data` (its stored data) with the
 * keys "deal_id" and "deal_since" (the batch: for the record's alerts it
 * joined then), the value SLOT_DEAL and the term XDEAL<deal>, its XDPO
 * terms dropped.  a->edit is for ixw_edit(); it points into `a`, and
 * `deal` must outlive it.  Release with link_adoption_release().
 */
struct link_adoption {
	struct buf data, term, record;
	unsigned slots[2];
	const char *values[2];
	struct xdb_edit edit;
};
int link_adoption(const char *id, const char *data, size_t len,
		  const char *deal, int64_t batch, struct link_adoption *a,
		  struct ds_err *err);
void link_adoption_release(struct link_adoption *a);

/* The family of a deal type (slug): "mna", "money", "partnership", "ipo";
 * NULL for none.  Stories link only within a family. */
const char *link_family(const char *type);

#endif /* DS_LINK_H */
