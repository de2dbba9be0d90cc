/*
 * tags.c - the tags of an article (tags.h): their vocabulary, their
 * memory, and their JSON form.
 */
#include "tags.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EX_SLUG(name, slug) slug,
static const char *const amount_kinds[] = {EX_AMOUNT_KINDS(EX_SLUG)};
#undef EX_SLUG

const char *ex_role_slug(enum ex_role r)
{
#define EX_SLUG_ROLE(name, slug) slug,
	static const char *const slugs[] = {EX_ROLES(EX_SLUG_ROLE)};
#undef EX_SLUG_ROLE
	return slugs[r];
}

const char *ex_deal_type_slug(enum ex_deal_type t)
{
	return schema_deal_type((unsigned)t);
}

const char *ex_status_slug(enum ex_status s)
{
	return schema_deal_status((unsigned)s);
}
const char *ex_amount_kind_slug(enum ex_amount_kind k)
{
	return amount_kinds[k];
}

int ex_deal_is_mna(enum ex_deal_type t)
{
	return t == DEAL_ACQUISITION || t == DEAL_MERGER || t == DEAL_STAKE ||
	       t == DEAL_TENDER || t == DEAL_DIVESTITURE;
}

void tags_init(struct tags *t)
{
	memset(t, 0, sizeof(*t));
	t->deal.amount = -1;
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void tags_release(struct tags *t)
{
	for (size_t i = 0; i < t->namounts; i++)
		free(t->amounts[i].text);
	free(t->amounts);
	free_strv(t->companies, t->ncompanies);
	free_strv(t->people, t->npeople);
	for (size_t i = 0; i < t->nplaces; i++)
		free(t->places[i].name);
	free(t->places);
	free(t->countries);
	free(t->regions);
	free(t->sectors);
	free(t->deal.acquirer);
	free(t->deal.target);
	free(t->deal.seller);
	free_strv(t->deal.investors, t->deal.ninvestors);
	free_strv(t->deal.parties, t->deal.nparties);
	for (size_t i = 0; i < t->deal.nroles; i++)
		free(t->deal.roles[i].name);
	free(t->deal.roles);
	tags_init(t);
}

/* ---- JSON --------------------------------------------------------------- */

/* Two decimals: a confidence is a judgement, not a measurement. */
static double round2(double v)
{
	return round(v * 100.0) / 100.0;
}

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *strv(char **v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

/* Set key unless compact and the value is empty (an empty list, null). */
static void put(json_t *o, const char *key, json_t *v, int compact)
{
	if (compact && (json_is_null(v) ||
			(json_is_array(v) && !json_array_size(v)))) {
		json_decref(v);
		return;
	}
	json_object_set_new(o, key, v);
}

static json_t *amount_json(const struct ex_amount *x)
{
	json_t *o = json_object();
	const struct money *m = &x->m;
	json_object_set_new(o, "text", json_string(x->text));
	json_object_set_new(o, "value", json_real(m->value));
	if (m->flags & MONEY_RANGE) {
		json_object_set_new(o, "low", json_real(m->low));
		json_object_set_new(o, "high", json_real(m->high));
	}
	json_object_set_new(o, "currency",
			    *m->currency ? json_string(m->currency) :
					   json_null());
	if (m->flags & MONEY_RANGE) {
		json_object_set_new(o, "usd_low", num_or_null(m->usd_low));
		json_object_set_new(o, "usd_high", num_or_null(m->usd_high));
	} else {
		json_object_set_new(o, "usd", num_or_null(m->usd));
	}
	json_object_set_new(o, "kind",
			    json_string(ex_amount_kind_slug(x->kind)));
	if (m->flags & MONEY_USD_STATED)
		json_object_set_new(o, "usd_stated", json_true());
	return o;
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *tags_to_json(const struct tags *t, const struct gaz *g, int compact)
{
	json_t *o = json_object(), *a;
	/* stored tags keep the deal's amount only (in "deal"): the search
	 * results show that, and the values hold the rest */
	a = json_array();
	for (size_t i = 0; i < t->namounts && !compact; i++)
		json_array_append_new(a, amount_json(&t->amounts[i]));
	put(o, "amounts", a, compact);
	put(o, "companies", strv(t->companies, t->ncompanies), compact);
	put(o, "people", strv(t->people, t->npeople), compact);
	a = json_array();
	for (size_t i = 0; i < t->nplaces && !compact; i++) {
		json_t *p = json_object();
		json_object_set_new(p, "name", json_string(t->places[i].name));
		json_object_set_new(p, "country",
				    json_string(t->places[i].code));
		if (!compact)
			json_object_set_new(p, "mentions",
				json_integer(t->places[i].mentions));
		json_array_append_new(a, p);
	}
	put(o, "places", a, compact);
	a = json_array();
	for (size_t i = 0; i < t->ncountries; i++)
		json_array_append_new(a, json_string(t->countries[i]));
	put(o, "countries", a, compact);
	a = json_array();
	for (size_t i = 0; i < t->nregions; i++)
		json_array_append_new(a,
			json_string(gaz_region(g, t->regions[i])->slug));
	put(o, "regions", a, compact);
	a = json_array();
	for (size_t i = 0; i < t->nsectors; i++)
		json_array_append_new(a,
			json_string(gaz_sector(g, t->sectors[i])->slug));
	put(o, "sectors", a, compact);
	json_t *d = json_object();
	/* "none" is no value: the key is left out */
	if (t->deal.type != DEAL_NONE)
		json_object_set_new(d, "type",
				    json_string(ex_deal_type_slug(t->deal.type)));
	if (t->deal.type != DEAL_NONE && t->deal.status != STATUS_NONE)
		json_object_set_new(d, "status",
				    json_string(ex_status_slug(t->deal.status)));
	if (t->deal.type != DEAL_NONE && t->deal.rejected)
		json_object_set_new(d, "rejected", json_true());
	put(d, "acquirer", str_or_null(t->deal.acquirer), compact);
	put(d, "target", str_or_null(t->deal.target), compact);
	if (t->deal.target && t->deal.target_asset)
		json_object_set_new(d, "target_kind", json_string("asset"));
	put(d, "seller", str_or_null(t->deal.seller), compact);
	put(d, "investors", strv(t->deal.investors, t->deal.ninvestors),
	    compact);
	put(d, "parties", strv(t->deal.parties, t->deal.nparties), compact);
	put(d, "amount", t->deal.amount >= 0 ?
	    amount_json(&t->amounts[t->deal.amount]) : json_null(), compact);
	if (t->deal.type != DEAL_NONE)
		json_object_set_new(d, "confidence",
				    json_real(round2(t->deal.confidence)));
	json_t *roles = json_array();
	for (size_t i = 0; i < t->deal.nroles; i++) {
		const struct ex_party *p = &t->deal.roles[i];
		json_t *r = json_object();
		json_object_set_new(r, "role", json_string(ex_role_slug(p->role)));
		json_object_set_new(r, "name", json_string(p->name));
		if (p->country[0])
			json_object_set_new(r, "country", json_string(p->country));
		if (p->sector >= 0)
			json_object_set_new(r, "sector",
				json_string(gaz_sector(g, p->sector)->slug));
		json_object_set_new(r, "confidence",
				    json_real(round2(p->confidence)));
		json_array_append_new(roles, r);
	}
	put(d, "roles", roles, compact);
	if (!compact)
		json_object_set_new(d, "score", json_real(t->deal.score));
	json_object_set_new(o, "deal", d);
	if (!compact)
		json_object_set_new(o, "boilerplate_paragraphs",
				    json_integer((json_int_t)t->boilerplate));
	return o;
}
