/*
 * schema.h - what an index holds: term prefixes, value slots, document data,
 * and where the pieces live on disk.  docs/SCHEMA.md is the long form.
 *
 *   prefix   meaning                                   kind
 *   (none)   stemmed words of headline and body        positional
 *   S        stemmed words of the headline (title:)    positional
 *   Q        unique id: "Q" + article id               boolean
 *   XSRC     source outlet, folded ("XSRCreuters")     boolean
 *   Y M D    year, year+month, day ("Y2017", "M201703", "D20170321")
 *   XCO      company, folded words joined by '-' ("XCOwhole-foods")
 *   XACQ XTGT XINV   the deal's acquirer, target, investors (same form)
 *   XPER     person ("XPERjack-ma")
 *   XCTY     story country, ISO 3166-1 alpha-2 lower case ("XCTYsg"),
 *            and a state or province of it, ISO 3166-2 ("XCTYus-tx")
 *   XREG     region slug, parents included ("XREGsoutheast-asia")
 *   XSEC     sector slug ("XSECgrocery")
 *   XTYPE XSTAT   deal type and status slugs ("XTYPEacquisition")
 *   XDEAL    the story's deal record ("XDEALd3f9a01c2b7e4"), link.h
 *   XDPT     every party of the story's deal, as XCO ("XDPTcyclops")
 *   XSHW     a quarter of the story's SimHash in its 120-day period:
 *            period, ":", band digit, 4 hex digits ("XSHW52:2f03a"), to
 *            find near-duplicates; XSH + band (no period) when undated
 *   XSMP     the story's sample bucket, 2 hex digits from the id's hash
 *            ("XSMP2a", one of SCHEMA_SAMPLE_BUCKETS): facet estimates
 *   XSMF     n, for each power of two n (2 to SCHEMA_SAMPLE_BUCKETS / 2)
 *            above the story's bucket: one term for the first n buckets
 *            ("XSMF16" in buckets 00 to 0f)
 *   XSMG     n, in bucket 00 only, for each power of two n (1 to
 *            SCHEMA_SAMPLE_FINE) above the story's place among the
 *            bucket's SCHEMA_SAMPLE_FINE parts (the hash's next 6 bits):
 *            the first n parts ("XSMG1", a 4,096th of the stories)
 *
 *   slot   value (amounts in USD, Xapian sortable_serialise)
 *   0      date, "YYYYMMDDHHMMSS" UTC (sorts as a string)
 *   1      content hash (32 hex digits)
 *   2      the deal's amount (a range's midpoint), for sorting
 *   3, 4   the deal's amount, low and high
 *   5      the batch of the story's last alert (sortable): the batch that
 *          first indexed it, or the last that changed its text or deal;
 *          what saved queries' --new asks for (indexer/write/alert.h)
 *   7      the deal record's id ("d" + 12 hex digits): the collapse key
 *          of results grouped by deal; empty without a deal
 *   8      the story's SimHash, 16 hex digits
 *   9      the deal's signature for linking (link.h): type, date and the
 *          parties' keys, separated by SCHEMA_FACET_SEP
 *   32     the first story of its near-duplicates: its own id, or the id
 *          of the earlier story it repeats (link.h)
 *   30     facets, one short string of codes: type, status, regions,
 *          countries, sectors, (an empty place for companies), year,
 *          amount bucket, in that order (enum schema_facet), separated by
 *          SCHEMA_FACET_FIELD_SEP (schema_facet_code() says how each is
 *          written).  One slot, so one match spy counts these facets at
 *          once; short, repeating combinations keep counting cheap.
 *   31     the company facet: the story's most named company (so the facet
 *          counts stories by their main company; counted only when asked)
 *   10+2i, 11+2i   low and high of the story's i-th deal or funding
 *          amount, i < SCHEMA_MAX_AMOUNTS: a range query ORs over them
 *
 * Document data: a compact JSON object (id, url, title, date (ISO 8601),
 * source, origin, tags: the object `extract --json` prints, compact;
 * alert: the story's alert state, alert.h), a newline, then the body as
 * plain text.  The object holds no raw newline,
 * so the first one ends it; readers parse the object with jansson's
 * JSON_DISABLE_EOF_CHECK and take the body from schema_data_body().
 *
 * Contract: the indexer writes and the searcher reads through these names
 * only; a change here is a change of index format (bump ARTICLE_VERSION).
 */
#ifndef DS_SCHEMA_H
#define DS_SCHEMA_H

#include "buf.h"
#include "err.h"

#define PFX_ID "Q"
#define PFX_TITLE "S"
#define PFX_SOURCE "XSRC"
#define PFX_YEAR "Y"
#define PFX_MONTH "M"
#define PFX_DAY "D"
#define PFX_COMPANY "XCO"
#define PFX_ACQUIRER "XACQ"
#define PFX_TARGET "XTGT"
#define PFX_INVESTOR "XINV"
#define PFX_PERSON "XPER"
#define PFX_COUNTRY "XCTY"
#define PFX_REGION "XREG"
#define PFX_SECTOR "XSEC"
#define PFX_TYPE "XTYPE"
#define PFX_STATUS "XSTAT"
#define PFX_ACQ_COUNTRY "XACC"   /* the acquirer's country, "XACCjp" */
#define PFX_TGT_COUNTRY "XTGC"   /* the target's country, "XTGCus" */
#define PFX_TGT_SECTOR "XTGS"    /* the target's sector, "XTGSgrocery" */
#define PFX_DEAL "XDEAL"         /* the deal record, "XDEALd3f9a01c2b7e4" */
#define PFX_DEAL_PARTY "XDPT"    /* any party of the deal, "XDPTcyclops" */
#define PFX_DEAL_PARTY_PERIOD "XDPW" /* the same in the story's 120-day
				      period since the epoch: "XDPW52:cyclops" */
#define PFX_DEAL_PARTY_INITIALS "XDPI" /* a party of three words or more
				      by its initials: "XDPItwa" */
#define PFX_DEAL_ORPHAN "XDPO"   /* a deal story no record has taken
				      yet: its companies' keys and headline
				      words in its 120-day period since the
				      epoch, "XDPO52:gencorp" */
#define PFX_SIMBAND "XSH"        /* a SimHash band of an undated story,
				    "XSH2f03a" */
#define PFX_SIMBAND_PERIOD "XSHW" /* a SimHash band in the story's 120-day
				    period since the epoch: "XSHW52:2f03a" */
#define PFX_SAMPLE "XSMP"        /* a sample bucket, "XSMP2a" */
#define PFX_SAMPLE_FIRST "XSMF"  /* in one of the first n sample buckets,
				    n a power of two below
				    SCHEMA_SAMPLE_BUCKETS: "XSMF16" */
#define PFX_SAMPLE_FINE "XSMG"   /* in bucket 00, in one of its first n
				    parts, n a power of two up to
				    SCHEMA_SAMPLE_FINE: "XSMG4" */
/* The sample buckets: a story is in bucket (XXH3 of its id) >> 58; a
 * story of bucket 0 is in its part (XXH3 of its id) >> 52 & 63. */
#define SCHEMA_SAMPLE_BUCKETS 64
#define SCHEMA_SAMPLE_FINE 64

enum schema_slot {
	SLOT_DATE = 0,
	SLOT_HASH = 1,
	/* 2, 3, 4: the deal's amount, low and high, in indexes written
	   before they were dropped (slot 34 and slots 10.. hold it; a
	   remote shard sends every value of a hit as a message of its
	   own) */
	SLOT_BATCH = 5,
	SLOT_RANK = 6,       /* filter-only order: deal confidence (a
				digit), date, id hash (docbuild.c) */
	SLOT_DEAL = 7,       /* the deal record's id: the collapse key */
	SLOT_SIMHASH = 8,    /* SimHash of the text, 16 hex digits */
	SLOT_DEAL_SIG = 9,   /* the deal's parties for linking (link.h) */
	SLOT_DUP_ROOT = 32,  /* the first story of its near-duplicates: the
				story's own id, or the one it repeats */
	SLOT_SORT_DATE = 33, /* --sort date and relevance ties: date, id
				hash (no two stories tie, docbuild.c) */
	SLOT_SORT_AMOUNT = 34, /* --sort amount: the deal's USD (sortable,
				  18 bytes), id hash */
	SLOT_RECORD = 35,    /* a story of a deal record: its part of the
				record (schema_record()) */
	SLOT_AMOUNTS = 10,   /* first of the low/high pairs */
	SLOT_FACETS = 30,
	SLOT_FACET_COMPANIES = 31,
};

/*
 * X(name, slug) lists of the deal types and statuses: the slugs are the
 * XTYPE/XSTAT terms, JSON values and query words; their order is their
 * code in the facet slot.
 */
#define SCHEMA_DEAL_TYPES(X)                                               \
	X(DEAL_NONE, "none")                                               \
	X(DEAL_ACQUISITION, "acquisition")                                 \
	X(DEAL_MERGER, "merger")                                           \
	X(DEAL_STAKE, "stake")                                             \
	X(DEAL_TENDER, "tender-offer")                                     \
	X(DEAL_DIVESTITURE, "divestiture")                                 \
	X(DEAL_INVESTMENT, "investment")                                   \
	X(DEAL_PARTNERSHIP, "partnership")                                 \
	X(DEAL_IPO, "ipo")                                                 \
	X(DEAL_FUNDING, "funding")

#define SCHEMA_DEAL_STATUSES(X)                                            \
	X(STATUS_NONE, "none")                                             \
	X(STATUS_TALKS, "in-talks")                                        \
	X(STATUS_PROPOSED, "proposed")                                     \
	X(STATUS_AGREED, "agreed")                                         \
	X(STATUS_COMPLETED, "completed")                                   \
	X(STATUS_TERMINATED, "terminated")                                 \
	X(STATUS_RUMOURED, "rumoured")                                     \
	X(STATUS_BLOCKED, "blocked")

/* The slugs, by code; NULL past the end. */
const char *schema_deal_type(unsigned code);
const char *schema_deal_status(unsigned code);
/*
 * Whether a deal of this type (slug) has a buying side a reader expects
 * named: an acquisition's buyer, yes; a funding round, an investment or an
 * IPO, no (its side is the company raising; "? -> Paisa Bridge" would
 * read as an unknown buyer).  Deal lines show "A -> T" for the first kind
 * and the target alone for the second.
 */
int schema_deal_has_buyer(const char *type);

/* The facets, in the order slot SLOT_FACETS holds them. */
enum schema_facet {
	FACET_TYPE, FACET_STATUS, FACET_REGION, FACET_COUNTRY, FACET_SECTOR,
	FACET_COMPANY, FACET_YEAR, FACET_AMOUNT, FACET_COUNT
};
/* Between facets, and between the members of a set-valued facet
 * ("asia\x1fsoutheast-asia"). */
#define SCHEMA_FACET_FIELD_SEP '\x1e'
#define SCHEMA_FACET_SEP '\x1f'

/*
 * The amount buckets of the amount facet, by the deal's amount in USD:
 * "none" (no amount), "<10m", "10m-100m", "100m-1b", ">1b": codes 0..4.
 */
unsigned schema_amount_bucket(double usd);
const char *schema_amount_bucket_name(unsigned code);

/*
 * Facet codes in slot 30: type and status one letter each ('a' + code);
 * regions and sectors one letter per member ('A' + the gazetteer's
 * region or sector id); countries their two-letter codes, run together;
 * the year as four digits; the amount bucket one digit.
 */
#define SCHEMA_FACET_LETTER(code) ((char)('a' + (code)))
#define SCHEMA_FACET_MEMBER(id) ((char)('A' + (id)))

/* "type", "status", "region", ... */
const char *schema_facet_name(enum schema_facet f);

/* Deal and funding amounts kept per story in slots 10..25 */
#define SCHEMA_MAX_AMOUNTS 8
_Static_assert(SLOT_AMOUNTS + 2 * SCHEMA_MAX_AMOUNTS <= SLOT_FACETS,
	       "amount slots run into the facet slots");

/* Headline words count this many times the body's in BM25's wdf. */
#define SCHEMA_TITLE_WDF 3
/* Position gap between headline and body, so phrases do not span them. */
#define SCHEMA_BODY_GAP 100

/* Inside the index folder. */
#define SCHEMA_XAPIAN_DIR "xapian"
#define SCHEMA_CATALOG_FILE "catalog.sqlite"
/* Xapian metadata key holding the last committed batch number. */
#define SCHEMA_META_BATCH "dealsearch.batch"
/* Xapian metadata key: how far a pass of `index --retag` has come (writer.h). */
#define SCHEMA_META_MARK "dealsearch.retag"

/*
 * OUT: the index folder: `opt` (--db) if given, else $DEALSEARCH_DB, else
 * $XDG_DATA_HOME/dealsearch, else $HOME/.local/share/dealsearch.
 * DS_EINVAL when none of these can be found.
 */
int schema_db_dir(const char *opt, struct buf *out, struct ds_err *err);

/* The body in document data (after the object's line), or "" if none. */
const char *schema_data_body(const char *data);

/* Create folder `dir` and its parents as needed; DS_EIO naming it. */
int schema_make_dirs(const char *dir, struct ds_err *err);
/* Whether `dir` is an index: a folder with its SCHEMA_XAPIAN_DIR or a
 * shard list, or a shard list file (shards.h). */
int schema_has_index(const char *dir);

/*
 * OUT: the unique-id term for `id`: "Q" + id, or, for an id too long for a
 * Xapian term, a prefix of it followed by '#' and a hash of the whole id.
 */
void schema_idterm(const char *id, struct buf *out);

/*
 * OUT: a deal record's story's part of it (`out` reset): of its data's
 * object `head` (a jansson object), the members id, title, date, source,
 * dup_of, deal_id, deal_since, alert (its "first" alone) and tags (its
 * "deal" alone), as a compact JSON object, the same paths as in the data.
 * Written to SLOT_RECORD wherever the data of a story with a deal_id is
 * written; the records' search takes it as its collapse key, which comes
 * with the match: a record is built without reading its stories'
 * documents (searcher/deals.c).  0, or 1 (nothing written) for a story
 * with no deal_id.
 */
struct json_t;
int schema_record(struct json_t *head, struct buf *out);

#endif /* DS_SCHEMA_H */
