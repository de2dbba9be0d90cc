/*
 * gazetteer.h - what dealsearch knows about the world: countries, cities,
 * regions, companies, people, sectors and currencies.
 *
 * Contract:
 *   - The knowledge is data, not code: tab-separated files in
 *     corpus/gazetteers/ (documented in the README there), one file per
 *     kind.  A gazetteer is filled line by line with gaz_add_line(), in
 *     the order of gaz_files[]; the indexer feeds it from the catalog (the
 *     bundled files plus what users added), `extract` without an index
 *     straight from the files.  Either way the same lines give the same
 *     gazetteer.
 *   - Names are looked up as phrases of folded words, produced by the
 *     analyser (analyse.h) exactly as the tagger and the query parser
 *     produce them: "U.S." -> "us", "S. Korea" -> "s korea".  The key of a
 *     phrase is its words joined by single spaces (gaz_key()).
 *   - Case matters for some names: an all-capital short form ("US", "UK",
 *     "SEA") only matches text written in capitals (GAZ_CAPS), and a
 *     capitalised name ("Turkey", "Jordan") only capitalised text
 *     (GAZ_PROPER).  The caller checks the text against these flags.
 *   - Later lines win: a name listed twice means what the last line says
 *     ("Georgia" is a US state in cities.tsv, after the country).
 *   - Every string handed out is borrowed from the gazetteer and lives as
 *     long as it does.  Not thread-safe while being filled; once filled,
 *     any number of threads may read it at once (gaz_key() gives each
 *     thread an analyser of its own).
 *   - Depends on analyse.h, money.h, smap.h, buf.h, err.h.
 */
#ifndef DS_GAZETTEER_H
#define DS_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "err.h"
#include "money.h"

enum gaz_kind {
	GAZ_PLACE = 1,    /* id: gaz_place() */
	GAZ_REGION,       /* id: gaz_region() */
	GAZ_COMPANY,      /* id: gaz_company() */
	GAZ_PERSON,       /* id: gaz_person() */
};

enum gaz_flags {
	GAZ_CAPS = 1,     /* match only text written in capitals */
	GAZ_PROPER = 2,   /* match only capitalised text */
};

struct gaz_entry {
	enum gaz_kind kind;
	int id;
	unsigned words;   /* phrase length in words */
	unsigned flags;   /* enum gaz_flags */
};

enum gaz_place_kind { GAZ_COUNTRY, GAZ_CITY, GAZ_STATE };

struct gaz_place {
	const char *name;         /* "Shanghai", "Singapore", "Ohio" */
	int country;              /* index for gaz_country() */
	enum gaz_place_kind kind;
	char sub[4];              /* its state or province, the ISO 3166-2
				     code without the country's ("TX" for
				     "Houston" and "Texas"), or "" */
};

struct gaz_country {
	char code[3];             /* ISO 3166-1 alpha-2, "SG" */
	const char *name;         /* "Singapore" */
	uint32_t regions;         /* bit r set: in gaz_region(r), parents too */
	int place;                /* its own gaz_place() */
};

struct gaz_region {
	const char *slug;         /* "southeast-asia" */
	const char *name;         /* "Southeast Asia" */
	int parent;               /* index, or -1 */
};

struct gaz_sector {
	const char *slug;         /* "grocery" */
	const char *name;         /* "Grocery and food retail" */
};

#define GAZ_MAX_REGIONS 32
#define GAZ_MAX_WORDS 6   /* longest phrase looked up */

/* The data files, in loading order (names without ".tsv"). */
extern const char *const gaz_files[];

struct gaz;

/* An empty gazetteer.  DS_EINTERNAL if the analyser cannot start. */
int gaz_new(struct gaz **out, struct ds_err *err);
void gaz_free(struct gaz *g);

/*
 * The folder of the bundled data files: "gazetteers" inside the data
 * folder (paths_data_dir(): $DEALSEARCH_DATA if set, else the source
 * tree's corpus/ for a program in its build tree, else the installed
 * <datadir>/dealsearch).  Borrowed, static.
 */
const char *gaz_data_dir(void);

/*
 * A rate (rates.tsv, `gazetteer add rate`) is USD per unit within these:
 * the dearest currency is worth a few dollars (KWD 3.26), the cheapest a
 * few millionths (VND 0.000039); a bound far outside both still lets
 * bitcoin and a redenominated currency in, and keeps "nan", "inf" and
 * "1e400" out of every amount.
 */
#define GAZ_RATE_MIN 1e-9
#define GAZ_RATE_MAX 1e6

/*
 * Add one line of data file `file` (a gaz_files[] name).  Comment lines
 * ("#") and blank lines are ignored.  DS_EFORMAT, naming `where` (as
 * "countries.tsv:12"), for a line with missing columns or an unknown
 * country code, region or number, or a rate outside [GAZ_RATE_MIN,
 * GAZ_RATE_MAX].
 */
int gaz_add_line(struct gaz *g, const char *file, const char *line,
		 size_t len, const char *where, struct ds_err *err);

/*
 * Read every data file of `dir` into `out` as records "file\tline\n" (in
 * gaz_files[] order, comments dropped).  DS_EOPEN naming the file.
 */
int gaz_read_dir(const char *dir, struct buf *out, struct ds_err *err);

/*
 * OUT: a new gazetteer of the bundled data files (gaz_data_dir()): what a
 * program without an index tags with.  Errors as gaz_read_dir() and
 * gaz_add_line().
 */
int gaz_load_bundled(struct gaz **out, struct ds_err *err);

/*
 * OUT: the gazetteer an index tags with, the one loader every program
 * uses.  Its lines are kept in the index's catalog (catalog.h) so that
 * what the index was tagged with survives a change of the bundled files:
 *   GAZ_LOAD_READ  the lines the catalog `c` holds, users' lines
 *                  included; the bundled files when it holds none
 *                  (search, the page, `extract --db`);
 *   GAZ_LOAD_SYNC  the bundled files, copied into the catalog when they
 *                  changed, then the users' lines (the indexer).
 * `c` NULL: the bundled files alone.  Errors as gaz_load_bundled() and
 * the catalog's.
 */
struct cat;
enum gaz_load_mode { GAZ_LOAD_READ, GAZ_LOAD_SYNC };
int gaz_load(struct cat *c, enum gaz_load_mode mode, struct gaz **out,
	     struct ds_err *err);

/* Feed records as gaz_read_dir() writes them. */
int gaz_add_records(struct gaz *g, const char *rec, size_t len,
		    struct ds_err *err);

/* A content hash (16 hex digits) of everything added so far. */
const char *gaz_hash(const struct gaz *g);

/*
 * OUT: the lookup key of s[0..len): folded words joined by spaces.
 * Returns the number of words.  Uses the gazetteer's own analyser on the
 * thread that made it, one of the calling thread's own on any other.
 */
unsigned gaz_key(const struct gaz *g, const char *s, size_t len,
		 struct buf *out);

/* OUT: the key of s[0..len) made of stems, as sector keywords are. */
unsigned gaz_stem_key(const struct gaz *g, const char *s, size_t len,
		      struct buf *out);

/* The entry a phrase key names in running text, or NULL. */
const struct gaz_entry *gaz_lookup(const struct gaz *g, const char *key,
				   size_t len);

/* Whether some name of running text begins with this folded word. */
int gaz_may_start(const struct gaz *g, const char *word, size_t len);

/* As gaz_lookup(), also knowing datelines' abbreviations ("N.Y."). */
const struct gaz_entry *gaz_lookup_dateline(const struct gaz *g,
					    const char *key, size_t len);

/* Whether a sector keyword of several words begins with this stem. */
int gaz_sector_may_start(const struct gaz *g, const char *stem, size_t len);

/* The sector a stem-phrase key is a keyword of, or -1. */
int gaz_sector_of(const struct gaz *g, const char *key, size_t len);

/* Whether a word of a text (folded, not stemmed) is a word of a sector
 * keyword as written, or its plural: a text's word names a sector when
 * its stem is a keyword's and this holds ("hospitals", not
 * "hospitality"; "publisher", not "published"). */
int gaz_sector_form(const struct gaz *g, const char *word, size_t len);

const struct gaz_place *gaz_place(const struct gaz *g, int id);
const struct gaz_country *gaz_country(const struct gaz *g, int id);
const struct gaz_region *gaz_region(const struct gaz *g, int id);
const struct gaz_sector *gaz_sector(const struct gaz *g, int id);
const char *gaz_company(const struct gaz *g, int id);
/* The country a news outlet publishes from (outlets.tsv), its name's key
 * made by gaz_key() ("the australian financial review"): an index for
 * gaz_country(), or -1 when the outlet is not known. */
int gaz_outlet_country(const struct gaz *g, const char *key, size_t len);
/* A known company's home country (company_countries.tsv): an index for
 * gaz_country(), or -1 when none is known. */
int gaz_company_country(const struct gaz *g, int id);
const char *gaz_person(const struct gaz *g, int id);

size_t gaz_country_count(const struct gaz *g);
size_t gaz_region_count(const struct gaz *g);
size_t gaz_sector_count(const struct gaz *g);

/* Index of the country with code `code` (any case), or -1. */
int gaz_country_find(const struct gaz *g, const char *code);
/* Index of the region with slug `slug`, or -1. */
int gaz_region_find(const struct gaz *g, const char *slug);
/* Index of the sector with slug `slug`, or -1. */
int gaz_sector_find(const struct gaz *g, const char *slug);

/* The currency table (forms and rates), borrowed. */
const struct money_tab *gaz_money(const struct gaz *g);

#endif /* DS_GAZETTEER_H */
