/*
 * tags.h - what the tagger says about an article: money amounts with
 * their kind, companies, people, places with their country, the story's
 * countries, regions and sectors, and the deal (type, status, roles,
 * amount).
 *
 * Contract:
 *   - Tags own their strings; tags_release() frees them and leaves empty
 *     tags (as tags_init()).
 *   - The deal types and statuses are index vocabulary (schema.h); the
 *     amount kinds are the JSON's.  docs/SCHEMA.md documents the JSON.
 *   - Made by the tagger (extract.h); read by the writer (docbuild.h) and
 *     the `extract` command.
 */
#ifndef DS_TAGS_H
#define DS_TAGS_H

#include <jansson.h>
#include <stddef.h>

#include "gazetteer.h"
#include "money.h"
#include "schema.h"

/* The deal types and statuses are index vocabulary: schema.h lists them. */
#define EX_DEAL_TYPES(X) SCHEMA_DEAL_TYPES(X)
#define EX_DEAL_STATUSES(X) SCHEMA_DEAL_STATUSES(X)

/* X(name, slug): the amount kinds (JSON values). */
#define EX_AMOUNT_KINDS(X)                                                 \
	X(AMOUNT_DEAL, "deal")                                             \
	X(AMOUNT_FUNDING, "funding")                                       \
	X(AMOUNT_VALUATION, "valuation")                                   \
	X(AMOUNT_MARKET, "market")                                         \
	X(AMOUNT_PER_SHARE, "per-share")                                   \
	X(AMOUNT_OTHER, "other")

#define EX_COUNT(name, slug) +1
enum { EX_DEAL_TYPE_COUNT = 0 EX_DEAL_TYPES(EX_COUNT),
       EX_STATUS_COUNT = 0 EX_DEAL_STATUSES(EX_COUNT) };
#undef EX_COUNT
#define EX_ENUM(name, slug) name,
enum ex_deal_type { EX_DEAL_TYPES(EX_ENUM) };
enum ex_status { EX_DEAL_STATUSES(EX_ENUM) };
enum ex_amount_kind { EX_AMOUNT_KINDS(EX_ENUM) };
#undef EX_ENUM

const char *ex_deal_type_slug(enum ex_deal_type t);
const char *ex_status_slug(enum ex_status s);
const char *ex_amount_kind_slug(enum ex_amount_kind k);

/* The M&A types: what Reuters' "acq" topic covers. */
int ex_deal_is_mna(enum ex_deal_type t);

struct ex_amount {
	struct money m;            /* value, currency, USD, span */
	char *text;                /* as written */
	enum ex_amount_kind kind;
};

struct ex_place {
	char *name;                /* as the gazetteer names it: "Shanghai" */
	char code[3];              /* its country, ISO 3166-1 alpha-2 */
	unsigned mentions;
};

/* A party's part in the deal (JSON "role"). */
#define EX_ROLES(X)                                                        \
	X(ROLE_ACQUIRER, "acquirer")                                       \
	X(ROLE_TARGET, "target")                                           \
	X(ROLE_SELLER, "seller")                                           \
	X(ROLE_INVESTOR, "investor")                                       \
	X(ROLE_PARTY, "party")
#define EX_ENUM_ROLE(name, slug) name,
enum ex_role { EX_ROLES(EX_ENUM_ROLE) };
#undef EX_ENUM_ROLE
const char *ex_role_slug(enum ex_role r);

/* A party of the deal, with what the text says of it. */
struct ex_party {
	char *name;
	enum ex_role role;
	char country[3];           /* "" when the text does not give it */
	int sector;                /* the target's gaz_sector() id, or -1 */
	double confidence;         /* 0..1: how the name was found */
};

/*
 * The confidence below which a deal is not claimed in the index: no type,
 * status, roles or amount filters find it, no facet counts it (the story
 * stays searchable by its words; `extract` still shows the deal and its
 * confidence).  docs/EXTRACTION.md says how a confidence is made.
 */
#define EX_DEAL_CONFIDENCE_MIN 0.5

struct tags {
	struct ex_amount *amounts;  /* in text order, boilerplate left out */
	size_t namounts;
	char **companies;           /* canonical short names, most named first */
	size_t ncompanies;
	char **people;
	size_t npeople;
	struct ex_place *places;    /* every place named, most named first */
	size_t nplaces;
	char (*countries)[3];       /* the story's countries, by weight */
	size_t ncountries;
	int *regions;               /* gaz_region() ids, with parents */
	size_t nregions;
	int *sectors;               /* gaz_sector() ids, strongest first */
	size_t nsectors;
	struct {
		enum ex_deal_type type;
		enum ex_status status;
		int rejected;       /* the target turned the bid down (the
				       status stays the bid's) */
		char *acquirer, *target, *seller;  /* NULL when unknown */
		int target_asset;   /* target is a business described in
				       words ("its cable television
				       business"), not a company's name */
		char **investors;
		size_t ninvestors;
		char **parties;     /* every company the deal names */
		size_t nparties;
		int amount;         /* index in amounts[], or -1 */
		double score;       /* the M&A classifier's margin */
		double confidence;  /* 0..1 that the story reports this deal */
		struct ex_party *roles;  /* every party, by role */
		size_t nroles;
	} deal;
	size_t boilerplate;         /* paragraphs left out of tagging */
};

void tags_init(struct tags *t);
void tags_release(struct tags *t);

/*
 * The tags as a JSON object with the keys `extract --json` documents
 * (docs/SCHEMA.md): amounts, companies, people, places, countries,
 * regions, sectors, deal.  `compact` (what the index stores) leaves out
 * empty lists, null roles, the lists of amounts (the deal's stays) and of
 * places (the countries stay), and diagnostics (the classifier's score,
 * the boilerplate count).  New reference, caller
 * decrefs.
 */
json_t *tags_to_json(const struct tags *t, const struct gaz *g, int compact);

#endif /* DS_TAGS_H */
