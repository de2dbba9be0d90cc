/*
 * schema.c - index location, id terms, document data, facet codes and
 * the deal vocabulary (include/schema.h).
 */
#include "schema.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "shards.h"
#include "xdb.h"

int schema_db_dir(const char *opt, struct buf *out, struct ds_err *err)
{
	buf_reset(out);
	const char *env;
	if (opt && *opt) {
		buf_addstr(out, opt);
	} else if ((env = getenv("DEALSEARCH_DB")) && *env) {
		buf_addstr(out, env);
	} else if ((env = getenv("XDG_DATA_HOME")) && *env) {
		buf_addf(out, "%s/dealsearch", env);
	} else if ((env = getenv("HOME")) && *env) {
		buf_addf(out, "%s/.local/share/dealsearch", env);
	} else {
		return ds_err_set(err, DS_EINVAL, "no index folder: use --db DIR "
				  "or set DEALSEARCH_DB");
	}
	return 0;
}

void schema_idterm(const char *id, struct buf *out)
{
	size_t len = strlen(id);
	buf_reset(out);
	buf_addstr(out, PFX_ID);
	if (len + strlen(PFX_ID) <= XDB_MAX_TERM) {
		buf_add(out, id, len);
		return;
	}
	/* keep a readable head; the hash keeps distinct ids distinct */
	buf_add(out, id, XDB_MAX_TERM - 40);
	buf_addf(out, "#%016llx", (unsigned long long)XXH3_64bits(id, len));
}

int schema_make_dirs(const char *dir, struct ds_err *err)
{
	char *p = xstrdup(dir);
	int rc = 0;
	for (char *s = p + 1; ; s++) {
		if (*s && *s != '/')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0777) && errno != EEXIST) {
			rc = ds_err_set(err, DS_EIO, "cannot create '%s': %s", p,
					strerror(errno));
			break;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return rc;
}

int schema_has_index(const char *dir)
{
	return shards_exist(dir);
}

static const char *const buckets[] = {
	"none", "<10m", "10m-100m", "100m-1b", ">1b",
};

unsigned schema_amount_bucket(double usd)
{
	if (!(usd >= 0))   /* NAN too */
		return 0;
	if (usd < 10e6)
		return 1;
	if (usd < 100e6)
		return 2;
	if (usd < 1e9)
		return 3;
	return 4;
}

const char *schema_amount_bucket_name(unsigned code)
{
	return code < ARRAY_SIZE(buckets) ? buckets[code] : NULL;
}

#define SLUG(name, slug) slug,
static const char *const types[] = {SCHEMA_DEAL_TYPES(SLUG)};
static const char *const statuses[] = {SCHEMA_DEAL_STATUSES(SLUG)};
#undef SLUG

const char *schema_deal_type(unsigned code)
{
	return code < ARRAY_SIZE(types) ? types[code] : NULL;
}

int schema_deal_has_buyer(const char *type)
{
	return type && strcmp(type, "funding") && strcmp(type, "investment") &&
	       strcmp(type, "ipo");
}

const char *schema_deal_status(unsigned code)
{
	return code < ARRAY_SIZE(statuses) ? statuses[code] :
							       NULL;
}

static const struct {
	const char *name;
	int set;
} facets[FACET_COUNT] = {
	[FACET_TYPE] = {"type", 0}, [FACET_STATUS] = {"status", 0},
	[FACET_REGION] = {"region", 1}, [FACET_COUNTRY] = {"country", 1},
	[FACET_SECTOR] = {"sector", 1}, [FACET_COMPANY] = {"company", 1},
	[FACET_YEAR] = {"year", 0}, [FACET_AMOUNT] = {"amount", 0},
};

const char *schema_facet_name(enum schema_facet f)
{
	return facets[f].name;
}

const char *schema_data_body(const char *data)
{
	const char *nl = strchr(data, '\n');
	return nl ? nl + 1 : "";
}

int schema_record(json_t *head, struct buf *out)
{
	static const char *const members[] = {
		"id", "title", "date", "source", "dup_of", "deal_id",
		"deal_since",
	};
	buf_reset(out);
	if (!json_is_string(json_object_get(head, "deal_id")))
		return 1;
	json_t *r = json_object();
	for (size_t i = 0; i < ARRAY_SIZE(members); i++) {
		json_t *v = json_object_get(head, members[i]);
		if (v)
			json_object_set(r, members[i], v);
	}
	json_t *first = json_object_get(json_object_get(head, "alert"),
					"first");
	if (first)
		json_object_set_new(r, "alert", json_pack("{sO}", "first",
							   first));
	json_t *deal = json_object_get(json_object_get(head, "tags"), "deal");
	if (deal)
		json_object_set_new(r, "tags", json_pack("{sO}", "deal", deal));
	char *s = json_dumps(r, JSON_COMPACT);
	json_decref(r);
	buf_addstr(out, s ? s : "{}");
	free(s);
	return 0;
}
