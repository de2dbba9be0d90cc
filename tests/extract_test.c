/*
 * extract_test.c - indexer/tag/extract.h: what the tagger finds in articles.
 * Inline articles cover the rules one by one; the seed articles in
 * ../shared/seeds are the product's own acceptance cases, run by
 * `extract_test seeds` (registered as the test extract_shared), which
 * skips where ../shared is absent.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dealmodel.h"
#include "doc.h"
#include "extract.h"
#include "gazetteer.h"
#include "testutil.h"

static struct gaz *g;
static struct dealmodel *model;
static struct extractor *ex;

/* The date run() gives the next article (ISO 8601), or NULL: none. */
static const char *run_date;

static void run(const char *title, const char *body, const char *dateline,
		const char *source, const struct ex_common *common,
		struct tags *t)
{
	struct article a;
	struct ds_err err = DS_ERR_INIT;
	article_init(&a);
	article_set(&a.title, title, strlen(title));
	article_set(&a.body, body, strlen(body));
	if (run_date)
		article_set(&a.date_raw, run_date, strlen(run_date));
	if (dateline)
		article_set(&a.dateline, dateline, strlen(dateline));
	if (source)
		article_set(&a.source, source, strlen(source));
	article_set(&a.id, "test", 4);
	assert_int_equal(article_finish(&a, &err), 0);
	tags_init(t);
	ex_run(ex, &a, common, t, NULL, NULL);
	article_release(&a);
}

/* The deal's type and its two sides (NULL: none). */
static void expect_sides(const struct tags *t, enum ex_deal_type type,
			 const char *acquirer, const char *target)
{
	assert_int_equal(t->deal.type, type);
	const char *got[] = {t->deal.acquirer, t->deal.target};
	const char *want[] = {acquirer, target};
	for (size_t i = 0; i < 2; i++) {
		if (!want[i]) {
			assert_null(got[i]);
			continue;
		}
		assert_non_null(got[i]);
		assert_string_equal(got[i], want[i]);
	}
}

/* A story and the deal type and sides it should get. */
struct sides_case {
	const char *title, *body;
	enum ex_deal_type type;
	const char *acquirer, *target;
};

static void check_sides(const struct sides_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct tags t;
		run(cases[i].title, cases[i].body, NULL, NULL, NULL, &t);
		expect_sides(&t, cases[i].type, cases[i].acquirer,
			     cases[i].target);
		tags_release(&t);
	}
}

static int has(char **v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i], s))
			return 1;
	return 0;
}

static int has_country(const struct tags *t, const char *code)
{
	for (size_t i = 0; i < t->ncountries; i++)
		if (!strcmp(t->countries[i], code))
			return 1;
	return 0;
}

static int has_region(const struct tags *t, const char *slug)
{
	for (size_t i = 0; i < t->nregions; i++)
		if (!strcmp(gaz_region(g, t->regions[i])->slug, slug))
			return 1;
	return 0;
}

static int has_sector(const struct tags *t, const char *slug)
{
	for (size_t i = 0; i < t->nsectors; i++)
		if (!strcmp(gaz_sector(g, t->sectors[i])->slug, slug))
			return 1;
	return 0;
}

static void test_wire_story(void **state)
{
	(void)state;
	struct tags t;
	run("ACME CORP <ACM> TO BUY WIDGET INC",
	    "Acme Corp said it agreed to acquire Widget Inc, a maker of\n"
	    "industrial pumps, for 50 mln dlrs in cash.\n"
	    "    Acme said the acquisition of Widget, which had sales of 120\n"
	    "mln dlrs last year, is expected to close in the second quarter.\n",
	    "NEW YORK, March 3", "Reuters", NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	assert_string_equal(t.deal.acquirer, "Acme");
	assert_string_equal(t.deal.target, "Widget");
	assert_true(t.deal.amount >= 0);
	const struct ex_amount *a = &t.amounts[t.deal.amount];
	assert_string_equal(a->text, "50 mln dlrs");
	assert_int_equal(a->kind, AMOUNT_DEAL);
	assert_true(fabs(a->m.usd - 50e6) < 1);
	/* the sales figure is money, not the deal */
	assert_int_equal(t.namounts, 2);
	assert_int_equal(t.amounts[1].kind, AMOUNT_OTHER);
	assert_true(has_country(&t, "US"));     /* from the dateline */
	assert_true(has(t.companies, t.ncompanies, "Acme"));
	assert_true(has(t.companies, t.ncompanies, "Widget"));
	tags_release(&t);
}

/* Each of n roles (acquirer, target, seller, or the one a test names)
 * as wanted, NULL for none; the message gives the role's index. */
static void expect_roles(const char *title, const char *const *want,
			 const char *const *got, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if ((want[k] == NULL) != (got[k] == NULL) ||
		    (want[k] && strcmp(want[k], got[k])))
			fail_msg("'%s': role %zu is '%s', want '%s'", title, k,
				 got[k] ? got[k] : "(none)",
				 want[k] ? want[k] : "(none)");
}

/* Tag title and body; the acquirer, target and seller must be want's
 * (NULL: none). */
static void expect_parties(const char *title, const char *body,
			   const char *acquirer, const char *target,
			   const char *seller)
{
	struct tags t;
	run(title, body, NULL, NULL, NULL, &t);
	const char *want[] = {acquirer, target, seller};
	const char *got[] = {t.deal.acquirer, t.deal.target, t.deal.seller};
	expect_roles(title, want, got, 3);
	tags_release(&t);
}

static void test_roles(void **state)
{
	(void)state;
	static const struct {
		const char *title;
		enum ex_deal_type type;
		const char *acquirer, *target, *seller, *investor;
	} cases[] = {
		{"Widget Inc was bought by Acme Corp", DEAL_ACQUISITION,
		 "Acme", "Widget", NULL, NULL},
		{"Acme Corp sells Widget Inc to Gadget Ltd", DEAL_DIVESTITURE,
		 "Gadget", "Widget", "Acme", NULL},
		/* an investment's lead buys into the target: its acquirer */
		{"Alibaba to invest $200m in India's online grocer Bigbasket",
		 DEAL_INVESTMENT, "Alibaba", "Bigbasket", NULL, "Alibaba"},
		{"Alibaba acquired a controlling stake in Lazada for $1 billion",
		 DEAL_ACQUISITION, "Alibaba", "Lazada", NULL, NULL},
		/* the company's unit in China */
		{"Tencent buys a 5 pct stake in Carrefour China",
		 DEAL_STAKE, "Tencent", "Carrefour China", NULL, NULL},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tags t;
		run(cases[i].title, "", NULL, NULL, NULL, &t);
		if (t.deal.type != cases[i].type)
			fail_msg("'%s': type %s", cases[i].title,
				 ex_deal_type_slug(t.deal.type));
		const char *want[] = {cases[i].acquirer, cases[i].target,
				      cases[i].seller};
		const char *got[] = {t.deal.acquirer, t.deal.target,
				     t.deal.seller};
		expect_roles(cases[i].title, want, got, 3);
		if (cases[i].investor &&
		    !has(t.deal.investors, t.deal.ninvestors, cases[i].investor))
			fail_msg("'%s': no investor %s", cases[i].title,
				 cases[i].investor);
		tags_release(&t);
	}
}

/*
 * The error classes the deal tagger was rebuilt for, each in a story of
 * our own wording: look-alikes of a deal carry none; bids, sales of a
 * company itself, stakes and funding rounds get their roles; statuses
 * come from the deal word's own clause.  type DEAL_NONE: no deal; status
 * -1: not checked.
 */
static void test_deal_classes(void **state)
{
	(void)state;
	static const struct {
		const char *title, *body;
		enum ex_deal_type type;
		int status;
		const char *acquirer, *target, *investor;
	} cases[] = {
		/* stakes bought in several companies are stakes; a share
		 * swap's value is money, not a number of shares */
		{"Varda Holding Completes Purchase of Orrin Port Stakes From "
		 "Keld",
		 "Varda Holding Co agreed to buy a 6.40% stake in Orrin Port "
		 "Co and a 5.07% stake in Orrin Port Developers Ltd from Keld "
		 "Group for about SAR 460 million.",
		 DEAL_STAKE, -1, "Varda", NULL, NULL},
		{"Tamber Bids for Kolo Foods in c.R4,1 billion Share Swap",
		 "Tamber Group has made a takeover offer for Kolo Foods through "
		 "a share swap valued at c.R4,1 billion.",
		 DEAL_ACQUISITION, STATUS_PROPOSED, "Tamber", "Kolo Foods", NULL},
		/* a merger agreement's clause names the buyer; "a takeover
		 * bid by X"; "X Corp's takeover bid" (the suffix bears 's) */
		{"LAWNCARE <LWN>, SHINEX <SHX> IN MERGER PACT",
		 "Lawncare Corp and Shinex Inc said they signed a definitive "
		 "merger agreement under which Shinex will buy all outstanding "
		 "Lawncare common stock for 36.50 dlrs a share in cash.",
		 DEAL_MERGER, -1, "Shinex", "Lawncare", NULL},
		{"TALLIS RESORTS <TLR> WEIGHS OPTIONS",
		 "Tallis Resorts Inc, in rejecting a 28 dlr a share takeover "
		 "bid by Corvo Holdings Corp, said it is weighing a "
		 "restructuring.", DEAL_ACQUISITION, -1, "Corvo", "Tallis Resorts",
		 NULL},
		{"MERIDIAN MILLS <MRM> HEARING TO CONTINUE",
		 "Meridian Mills Inc asked a court to stop Pellan Acquisition "
		 "Corp's takeover bid for the company.",
		 DEAL_ACQUISITION, -1, "Pellan Acquisition", "Meridian Mills",
		 NULL},
		/* a headline about borrowing, paying back, a contract or a
		 * board's news: a deal only when the lead names both sides */
		{"HALDANE FOODS <HLD> GETS 300 MLN DLR CREDIT LINE",
		 "Haldane Foods Inc said a group of banks gave it a 300 mln "
		 "dlr revolving credit line, part of which may pay for "
		 "acquisitions it expects to complete this year.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		{"ORTEGA SYSTEMS <ORS> WINS 40 MLN DLR NAVY CONTRACT",
		 "Ortega Systems Inc said it won a 40 mln dlr Navy contract. "
		 "Ortega was acquired by a group of investors last year for "
		 "60 mln dlrs.", DEAL_NONE, -1, NULL, NULL, NULL},
		{"MARLOW CARRIERS <MLC> SIGNS CREDIT PACT WITH BANKS",
		 "Marlow Carriers Inc said it signed a credit agreement with "
		 "four banks to finance its pending acquisition of Tetbury "
		 "Airlines Inc.",
		 DEAL_ACQUISITION, -1, "Marlow Carriers", "Tetbury Airlines",
		 NULL},
		{"TARVOS <TRV> WINS 12 MLN DLR ORDER",
		 "Tarvos Corp said it won a 12 mln dlr order for switching "
		 "gear. Tarvos was acquired by a group of investors last year "
		 "for 60 mln dlrs.", DEAL_NONE, -1, NULL, NULL, NULL},
		{"TARVOS <TRV> SETS 50 MLN DLR SHARE ISSUE",
		 "Tarvos Corp said it will issue 50 mln dlrs of new common "
		 "shares. Tarvos agreed last month to be acquired for 60 mln "
		 "dlrs.", DEAL_NONE, -1, NULL, NULL, NULL},
		/* a filing names its sides by their roles; a deal word inside
		 * a company's name in the headline is no look-alike */
		{"BRIEF-Tamsin Land Investment's unit signs HK$900 mln sale deal",
		 "Jan 24 (Reuters) - Tamsin Land Investment Co Ltd\n\n"
		 "* Agreement entered into by Harbour Crest as purchaser, unit "
		 "Brightvale as vendor and Tamsin as guarantor for the vendor\n\n"
		 "* Agreement sets consideration at about HK$900 million\n",
		 DEAL_DIVESTITURE, STATUS_AGREED, "Harbour Crest", NULL, NULL},
		/* an adviser "as the buyer's adviser" is no buyer; a holder
		 * whose members a sentence lists bids for nothing; "with
		 * its acquisition" keeps its owner */
		{"Company news",
		 "Tessaly Corp agreed to buy Brandt Inc from Zeta Inc for 50 "
		 "mln dlrs, with Corvo Partners as the buyer's adviser.",
		 DEAL_ACQUISITION, -1, "Tessaly", "Brandt", NULL},
		{"Company news",
		 "Orrin Corp said it would place debt on non-accrual status. "
		 "It also said it would issue one mln shares in connection with "
		 "its acquisition of Zeta Inc.",
		 DEAL_ACQUISITION, -1, "Orrin", "Zeta", NULL},
		/* two buyers named before the verb: the first leads */
		{"Corvo Holdings, Tessaly Corp to acquire Brandt for $900 "
		 "million", "The two companies will own 60 and 40 percent.",
		 DEAL_ACQUISITION, -1, "Corvo", "Brandt", "Corvo"},
		/* "acquisition proposal", "buyout offer" are bids */
		{"BRANDT <BRD> STUDYING KESTREL <KST> PROPOSAL",
		 "Brandt Corp said it has received Kestrel Inc's 38 dlrs a "
		 "share acquisition proposal and will study it.",
		 DEAL_ACQUISITION, STATUS_PROPOSED, "Kestrel", "Brandt", NULL},
		{"KESTREL <KST> EXTENDS OFFER",
		 "Kestrel Inc said it extended its 38 dlrs a share buyout "
		 "offer for Brandt Corp to May 1.",
		 DEAL_ACQUISITION, STATUS_PROPOSED, "Kestrel", "Brandt", NULL},
		/* an exchange offer for the company's own debentures is no
		 * bid */
		{"HARLAN MILLS <HML> EXTENDS EXCHANGE OFFER",
		 "Harlan Mills Corp said it has extended its exchange offer "
		 "for its 11-1/4 pct senior subordinated debentures due 1994 "
		 "until May 2.", DEAL_NONE, -1, NULL, NULL, NULL},
		/* a court's order in a takeover fight is no sale of goods */
		{"TARVOS <TRV> WINS COURT ORDER AGAINST SELBY",
		 "Tarvos Corp said a federal judge barred Selby Partners from "
		 "buying more of its shares while Selby pursues a 45 dlr a "
		 "share hostile takeover bid for the company.",
		 DEAL_ACQUISITION, -1, NULL, NULL, NULL},
		/* "savings and loan" is a bank; "its acquisition by" names
		 * what is bought */
		{"DELMAR SAVINGS AND LOAN <DSL> HOLDERS APPROVE",
		 "Delmar Savings and Loan Association said its shareholders "
		 "approved its acquisition by a bank holding company for 40 "
		 "mln dlrs.",
		 DEAL_ACQUISITION, -1, NULL,
		 "Delmar Savings and Loan Association", NULL},
		/* securities sold or offered, buybacks, prices, ratings,
		 * orders and plants bought: no deal */
		{"ZENITH WIDGETS <ZWG> SELLS 200 MLN DLRS OF NOTES",
		 "Zenith Widgets Corp said it sold 200 mln dlrs of 9-1/4 pct "
		 "notes due 1997 through a group of underwriters.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		/* goods are no company, unless the object is a name with
		 * its legal form ("<COMPUTER ACCESS CORP>") */
		{"QUILL <QLL> UNIT TO SELL TARNEX PRODUCTS",
		 "Tarnex Systems Inc said Quill Services Corp will sell "
		 "Tarnex's line of personal computer-based telephone call "
		 "accounting systems.", DEAL_NONE, -1, NULL, NULL, NULL},
		{"HELIX <HLX> TO ACQUIRE <COMPUTER ACCESS CORP>",
		 "Helix Development Corp said it has signed a letter of intent "
		 "to acquire substantially all of the assets of Computer "
		 "Access Corp for undisclosed terms.", DEAL_ACQUISITION, -1,
		 "Helix Development", "Computer Access", NULL},
		{"HALDEN SYSTEMS <HSY> JOINS VEXA <VXA> ON BID",
		 "Halden Systems Corp said it has joined Vexa Inc on a bid for "
		 "a 2.5-billion-dlr, ten-year contract to build a network.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		/* a business described in words is the target */
		{"QUANTA FOODS <QFD> TO BUY STORES",
		 "Quanta Foods Inc said it agreed to buy nine retail food "
		 "stores from Harrow Markets Inc for an undisclosed sum.",
		 DEAL_ACQUISITION, -1, "Quanta Foods", "nine retail food stores",
		 NULL},
		{"VELDT MEDIA <VDM> TO SELL UNIT",
		 "Veldt Media Corp said it agreed to sell its cable television "
		 "business for undisclosed terms.",
		 DEAL_DIVESTITURE, -1, NULL, "cable television business", NULL},
		{"HALVERN STEEL <HLV> SETS DEBT EXCHANGE OFFER",
		 "Halvern Steel Corp said it will commence an exchange offer "
		 "for any or all of its debentures and notes.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		/* a tender offer's bidder and target, from a headline */
		{"KESTOR LENGTHENS VALMONT SOFT TENDER OFFER PERIOD",
		 "Kestor, the U.S. investment firm, said it had prolonged its "
		 "tender offer for Valmont Soft Co by ten days.",
		 DEAL_TENDER, -1, "Kestor", "Valmont Soft", NULL},
		{"HARBOR MILLS <HML> FILES TO OFFER 2.5 MLN SHARES",
		 "Harbor Mills Inc said it filed with the Securities and "
		 "Exchange Commission for a public offering of 2.5 mln common "
		 "shares.", DEAL_NONE, -1, NULL, NULL, NULL},
		{"KESTREL FOODS TO BUY BACK UP TO FIVE PCT OF ITS STOCK",
		 "Kestrel Foods Inc said its board authorized the repurchase "
		 "of up to five pct of its common stock.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		{"NORTHSTAR REFINING RAISES HEATING OIL PRICES",
		 "Northstar Refining Co said it raised its posted prices for "
		 "heating oil by one cent a gallon.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		{"ORION AIRWAYS ORDERS SIX JETS",
		 "Orion Airways Inc said it ordered six jets for delivery in "
		 "1989, valued at 300 mln dlrs.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		{"LANDMARK TOOL <LTL> UNIT BUYS PLANT",
		 "Landmark Tool Corp said its unit bought a manufacturing plant "
		 "in Ohio for four mln dlrs.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		/* an offering, a bid for work, a wish: no deal */
		{"KESTREL RAIL INITIAL OFFER PRICED AT 18 DLRS A SHARE",
		 "Kestrel Rail Corp said its initial public offering of 20 "
		 "mln shares was priced at 18 dlrs a share.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		{"PLOVER SYSTEMS JOINS WREN CORP ON BID FOR NAVY CONTRACT",
		 "Plover Systems Inc said it joined Wren Corp in a bid for a "
		 "navy communications contract worth 300 mln dlrs.",
		 DEAL_NONE, -1, NULL, NULL, NULL},
		{"TEAL BANCORP SEEKS ACQUISITION",
		 "Teal Bancorp said it is seeking an acquisition and has 500 mln "
		 "dlrs available for it.", DEAL_NONE, -1, NULL, NULL, NULL},
		/* who bids for whom */
		{"Crane Holdings rejects Osprey Group's $40 a share offer",
		 "Crane Holdings Inc said its board rejected the offer.",
		 DEAL_ACQUISITION, -1, "Osprey", "Crane", NULL},
		{"VALDEZ CORP RAISES BID FOR HALCYON INDUSTRIES",
		 "Valdez Corp said it raised its offer for Halcyon Industries "
		 "Inc to 31 dlrs a share.",
		 DEAL_ACQUISITION, -1, "Valdez", "Halcyon", NULL},
		/* a company selling itself is the target */
		{"Tern Systems Inc in talks to sell the company", "",
		 DEAL_ACQUISITION, STATUS_TALKS, NULL, "Tern Systems", NULL},
		/* a part bought is a stake */
		{"Heron Capital Corp buys 12 pct of Wren Textiles Inc", "",
		 DEAL_STAKE, -1, "Heron Capital", "Wren Textiles", NULL},
		/* a funding round: the raiser, its investors lead first */
		{"Fernleaf raises $25 million in Series B round",
		 "Fernleaf, a Jakarta logistics startup, has raised $25 million "
		 "in a Series B round led by Ridgeline Ventures LLC. Other "
		 "investors include Bluewater Capital LLC and Kite Partners LP.",
		 DEAL_FUNDING, -1, NULL, "Fernleaf", "Ridgeline Ventures"},
		/* statuses from their own words */
		{"Marlin Foods Inc walks away from proposed Pike Dairies Inc "
		 "takeover", "", DEAL_ACQUISITION, STATUS_TERMINATED, NULL,
		 NULL, NULL},
		{"Quill Media Inc denies report it is in talks to buy Sable "
		 "Press Inc", "", DEAL_ACQUISITION, STATUS_RUMOURED, NULL, NULL,
		 NULL},
		{"Gannet Tools Inc has agreed in principle to acquire Plover "
		 "Metals Inc", "", DEAL_ACQUISITION, STATUS_AGREED, "Gannet Tools",
		 "Plover Metals", NULL},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tags t;
		run(cases[i].title, cases[i].body, NULL, NULL, NULL, &t);
		if (t.deal.type != cases[i].type)
			fail_msg("'%s': type %s, want %s", cases[i].title,
				 ex_deal_type_slug(t.deal.type),
				 ex_deal_type_slug(cases[i].type));
		if (cases[i].status >= 0 &&
		    t.deal.status != (enum ex_status)cases[i].status)
			fail_msg("'%s': status %s", cases[i].title,
				 ex_status_slug(t.deal.status));
		if (cases[i].acquirer && (!t.deal.acquirer ||
		    strcmp(t.deal.acquirer, cases[i].acquirer)))
			fail_msg("'%s': acquirer '%s'", cases[i].title,
				 t.deal.acquirer ? t.deal.acquirer : "(none)");
		if (cases[i].target && (!t.deal.target ||
		    strcmp(t.deal.target, cases[i].target)))
			fail_msg("'%s': target '%s'", cases[i].title,
				 t.deal.target ? t.deal.target : "(none)");
		if (cases[i].investor && (!t.deal.ninvestors ||
		    strcmp(t.deal.investors[0], cases[i].investor)))
			fail_msg("'%s': lead investor '%s'", cases[i].title,
				 t.deal.ninvestors ? t.deal.investors[0] :
						     "(none)");
		/* a deal claimed carries a confidence and its parties */
		if (t.deal.type != DEAL_NONE && (t.deal.confidence <= 0 ||
		    t.deal.confidence > 1))
			fail_msg("'%s': confidence %g", cases[i].title,
				 t.deal.confidence);
		tags_release(&t);
	}
}

/*
 * A headline in title or sentence case capitalises every word: its
 * "Bank" or "Investment" is a word of the body's name ("Kalaari Bank",
 * "Atinum Investment"), never a party alone; a name the body writes at
 * a sentence's start ("Zorgal Studios has raised") is the whole name;
 * and the lead's round gives the headline's raise its investors.
 */
static void test_headline_words_of_body_names(void **state)
{
	(void)state;
	struct tags t;
	run("Bank Buys Stake in Zorgal",
	    "Kalaari Bank has bought a 20% stake in Zorgal Ltd for $5 "
	    "million.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_STAKE, "Kalaari Bank", "Zorgal");
	tags_release(&t);

	const char *heads[] = {"Zorgal Studios raises $5 million",
			       "Zorgal Studios Raises $5 Million"};
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		run(heads[i], "Zorgal Studios has raised $5 million from "
		    "Kalaari Capital.", NULL, NULL, NULL, &t);
		expect_sides(&t, DEAL_FUNDING, NULL, "Zorgal Studios");
		assert_int_equal(t.deal.ninvestors, 1);
		assert_string_equal(t.deal.investors[0], "Kalaari Capital");
		assert_false(has(t.companies, t.ncompanies, "Studios"));
		tags_release(&t);
	}

	run("Kong Studios Defies Slump With VC Round Led by Atinum "
	    "Investment",
	    "Kong Studios has raised 50 billion won from domestic venture "
	    "capitalists (VCs).  The VC industry said on the 18th that Kong "
	    "Studios had run a fundraising.  Atinum Investment was the lead "
	    "investor.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_FUNDING, NULL, "Kong Studios");
	assert_int_equal(t.deal.ninvestors, 1);
	assert_string_equal(t.deal.investors[0], "Atinum Investment");
	assert_false(has(t.companies, t.ncompanies, "VC"));
	assert_false(has(t.companies, t.ncompanies, "Investment"));
	tags_release(&t);

	/* what a listed company raises by an issue is no round: the issue
	 * may stand before the verb, its size or a placing after it */
	const char *issues[][2] = {
		{"HARLOW CONVERTIBLE BOND RAISED TO 69 MLN STG",
		 "The stg convertible bond issue launched Monday for Harlow "
		 "PLC was raised to 69 mln stg from the original 60 mln, "
		 "lead manager Swiss Bank Corp said."},
		{"MERLE RAISES SIZE OF CMO TO 350 MLN DLRS",
		 "Merle Brothers Inc said it has raised the size of its "
		 "Collateralised Mortgage Obligation Trust 23 to 350 mln "
		 "dlrs."},
		{"DUNMORE RAISING 110 MLN STG IN SHARE PLACING",
		 "Dunmore Plc said it is raising 110 mln stg by a placing of "
		 "new shares with County Securities Ltd."},
		{"MERLE RAISES CATERPILLAR OPINION",
		 "Merle Brothers Inc said it raised its opinion on Caterpillar "
		 "Inc's stock to buy from hold."},
	};
	for (size_t i = 0; i < ARRAY_SIZE(issues); i++) {
		run(issues[i][0], issues[i][1], NULL, NULL, NULL, &t);
		if (t.deal.type != DEAL_NONE)
			fail_msg("'%s': type %s", issues[i][0],
				 ex_deal_type_slug(t.deal.type));
		tags_release(&t);
	}
}

/*
 * A headline of two clauses ("Backs Improved X Offer, Withdraws Support
 * for Y Bid"): the second clause's "for Y" is no target of the first's
 * bid; and the bid "that values the maker at" N, however far back, makes
 * N the deal's value, "including debt" or not.
 */
static void test_rival_bid_clause(void **state)
{
	(void)state;
	struct tags t;
	run("Tealmark Backs Improved Osprey Offer, Withdraws Support for "
	    "Heron Bid",
	    "Tealmark has agreed to an improved bid from Osprey, the private "
	    "equity firm from the U.S., that values the instruments maker at "
	    "about 4.7 billion pounds including debt, the companies said.\n\n"
	    "The bid is 6.3% above Heron's 37.63 pounds per share offer.\n",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Osprey", "Tealmark");
	assert_true(t.deal.amount >= 0);
	const struct ex_amount *a = &t.amounts[t.deal.amount];
	assert_string_equal(a->text, "4.7 billion pounds");
	assert_int_equal(a->kind, AMOUNT_DEAL);
	tags_release(&t);
}

/*
 * The lead gives the seller a headline's sale left unnamed, when the
 * lead is about the seller ("Tessaro Corp said it had called off the
 * sale of its chip unit"), not when another company opens it ("Halvard
 * is under pressure from its creditor X to sell").
 */
static void test_lead_seller_of_headline_sale(void **state)
{
	(void)state;
	struct tags t;
	run("Tessaro scraps $2 billion sale of chip unit",
	    "Tessaro Corp said on Wednesday it had called off the planned $2 "
	    "billion sale of its chip unit to a consortium led by Bain Capital "
	    "after failing to win regulatory approval in China.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tessaro");
	tags_release(&t);

	run("HALVARD SAID TO BE PRESSED TO SELL ENCORA",
	    "Halvard Petroleum Ltd is under pressure from one of its largest "
	    "creditors, <Canadian Imperial Bank of Commerce>, to sell its 42 "
	    "pct stake in <Encora Energy Corp Ltd>, analysts said.",
	    NULL, NULL, NULL, &t);
	if (t.deal.seller &&
	    !strcmp(t.deal.seller, "Canadian Imperial Bank of Commerce"))
		fail_msg("the creditor taken for the seller");
	tags_release(&t);
}

/*
 * Names a place opens ("Singapore Airlines", "Thai Beverage Pcl") are a
 * party's whole name, not an institution's ("U.S. Senate"); a round's
 * investors leave out a sentence's opening word ("Fashion marketplace
 * Zilingo") and a headline's short form of one of them ("Sequoia"), and
 * keep a name a letter opens ("Y Combinator").
 */
static void test_names_a_place_opens(void **state)
{
	(void)state;
	struct tags t;
	run("Airline buys stake",
	    "Singapore Airlines said it had bought a stake in Vistara Ltd.",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_STAKE, "Singapore Airlines", "Vistara");
	tags_release(&t);
	run("Brewer buys control",
	    "Thai Beverage Pcl has bought a 53.59% stake in Saigon Beer "
	    "Alcohol Beverage Corp for $4.8 billion.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Thai Beverage",
		     "Saigon Beer Alcohol Beverage");
	tags_release(&t);
	run("Vote on telecom bill",
	    "The U.S. Senate approved the bill on Monday, and Kestrel Mobile "
	    "Inc said it would buy a stake in Zorgal Ltd.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "U.S. Senate"));
	tags_release(&t);

	run("Sequoia leads $30 million round in fintech Xendal",
	    "Fashion marketplace Xendal said on Wednesday it had raised $30 "
	    "million in a Series D funding round led by Sequoia Capital, with "
	    "participation from Y Combinator.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Sequoia Capital");
	assert_string_equal(t.deal.investors[1], "Y Combinator");
	tags_release(&t);

	/* a listed company's bond sale is no round */
	run("Pertiwa raises $6 billion in bond sale",
	    "Malaysia's state oil firm Pertiwa has raised $6 billion from a "
	    "four-part dollar bond sale, its biggest ever.", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/*
 * Who answers another's deal is its target: "X SHAREHOLDERS APPROVE Y
 * TAKEOVER", "X REJECTS Y TAKEOVER"; not who gets money for its own deal
 * ("X GETS FINANCING FOR Y ACQUISITION").  Regulators that block a deal
 * block it; an attempt to block one ("seeking to block the renewal of
 * the licenses and block the sale") does not.
 */
static void test_answers_and_blocks(void **state)
{
	(void)state;
	struct tags t;
	run("Merrow shareholders approve Kestrel takeover",
	    "Shareholders of Merrow Group voted on Tuesday to approve the $3 "
	    "billion takeover by Kestrel Holdings.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Kestrel", "Merrow");
	tags_release(&t);
	run("HALDEN GROUP GETS FINANCING FOR SPECTRA ACQUISITION",
	    "Halden Group Inc said it received commitments for 300 mln dlrs "
	    "of financing for its acquisition of Spectra Inc.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Halden"));
	tags_release(&t);
	run("EU regulators block Kestrel's purchase of Merrow",
	    "European Union antitrust regulators on Tuesday blocked Kestrel "
	    "Holdings' proposed $3 billion acquisition of Merrow Group.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("FCC CLEARS WAY FOR SALE",
	    "Vantro Communications Corp said the FCC renewed the licences of "
	    "five of its stations, clearing the way for the sale of the "
	    "company to Hallmark Cards Inc.  Several parties had filed "
	    "applications with the FCC seeking to block the renewal of the "
	    "broadcast licenses and block the sale.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
}

/*
 * A participle before "by" is passive without its auxiliary, as a
 * headline writes it ("Zorgal acquired by Merrow"), unless a clause
 * between commas tells the subject's past ("Zorgal Ltd, acquired by
 * Merrow last year, said it would buy ..."); a relative clause between
 * the subject and its verb names no party ("Zorgal Ltd, which is backed
 * by Kestrel Capital, has been acquired by Merrow").
 */
static void test_passive_and_clauses(void **state)
{
	(void)state;
	struct tags t;
	run("Zorgal acquired by Merrow", "", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Merrow", "Zorgal");
	tags_release(&t);
	run("Deal news",
	    "Zorgal Ltd, acquired by Merrow Group last year, said it would buy "
	    "Kestrel Inc.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Zorgal", "Kestrel");
	tags_release(&t);
	run("Zorgal acquired by Merrow",
	    "Zorgal Ltd, which is backed by Kestrel Capital, has been acquired "
	    "by Merrow Group for an undisclosed sum.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Merrow", "Zorgal");
	tags_release(&t);
}

/*
 * "snaps up" and "picks up" buy ("picked up a 26% stake" is a stake
 * bought), not a "pick-up truck"; a merger the story calls one of equals
 * has no buyer, its sides are partners.
 */
static void test_snaps_and_equals(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel snaps up Zorgal in $300 million deal",
	    "Kestrel Holdings has snapped up Singapore-based Zorgal Pte Ltd in "
	    "a deal worth $300 million.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Kestrel", "Zorgal");
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Kestrel picks up 26% stake in Zorgal for Rs 450 crore",
	    "Kestrel Industries has picked up a 26% stake in Zorgal "
	    "Technologies for Rs 450 crore.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_STAKE, "Kestrel", "Zorgal Technologies");
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Truck makers talk",
	    "Kestrel Motor Co would agree to produce one tonne pick-up trucks "
	    "with Zorgal Motor Corp from 1988.", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.target);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Kestrel to merge with Zorgal in all-stock deal",
	    "Kestrel Inc and Zorgal Corp said on Thursday they would combine "
	    "in an all-stock merger of equals valued at $8 billion.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.target);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Zorgal"));
	tags_release(&t);
}

/*
 * Money a headline says a company lands, gets, nets, secures or bags from
 * investors is a round, as raised money is; not a contract, a profit, a
 * loan or a facility, nor the price of what it sells ("GETS 588 MLN DLRS
 * FOR UNIT").
 */
static void test_money_verbs(void **state)
{
	(void)state;
	const char *rounds[] = {
		"Zorgal lands $40 million from Kalaari Capital",
		"Zorgal gets $40 million from Kalaari Capital",
		"Zorgal nets $40 million in seed funding",
		"Zorgal secures $40 million in Series A funding",
		"Zorgal receives $40 million investment from Kalaari Capital",
	};
	struct tags t;
	for (size_t i = 0; i < ARRAY_SIZE(rounds); i++) {
		run(rounds[i], "", NULL, NULL, NULL, &t);
		if (t.deal.type != DEAL_FUNDING || !t.deal.target ||
		    strcmp(t.deal.target, "Zorgal"))
			fail_msg("'%s': type %s", rounds[i],
				 ex_deal_type_slug(t.deal.type));
		tags_release(&t);
	}
	const char *none[] = {
		"Zorgal gets $2 billion contract",
		"Zorgal nets $40 million profit",
		"Zorgal secures $1 billion loan",
		"ZORGAL GETS 100 MLN STG FACILITY",
		"ZORGAL TO GET 588 MLN DLRS FOR UNIT",
	};
	for (size_t i = 0; i < ARRAY_SIZE(none); i++) {
		run(none[i], "", NULL, NULL, NULL, &t);
		if (t.deal.type == DEAL_FUNDING || t.deal.type == DEAL_INVESTMENT)
			fail_msg("'%s': type %s", none[i],
				 ex_deal_type_slug(t.deal.type));
		tags_release(&t);
	}
}

/*
 * A venture two companies make is a partnership of both, whatever the
 * classifier says, made or agreed by its verb; a venture that is a party
 * ("its KTR Cable Co joint venture with X has signed ... to acquire") is
 * no partnership.  An IPO raises money as a listing, not as a round.
 */
static void test_ventures_and_listings(void **state)
{
	(void)state;
	struct tags t;
	run("Alcora, Mitsuwa form joint venture for power projects",
	    "Alcora Corp and Japan's Mitsuwa Corp have formed a joint venture "
	    "to develop renewable power projects in the Philippines, the "
	    "companies said on Wednesday.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Alcora");
	assert_string_equal(t.deal.investors[1], "Mitsuwa");
	tags_release(&t);
	run("Deal news", "Alcora Corp and Mitsuwa Corp agreed to form a joint "
	    "venture.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("KESTREL MEDIA UNIT TO BUY CABLE SYSTEMS",
	    "Kestrel Media Inc said its KTR Cable Co joint venture with Harrow "
	    "Communications Inc has signed a letter of intent to acquire cable "
	    "television systems from Harrow Communications for undisclosed "
	    "terms.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);

	run("Bukara raises $1.5 billion in Indonesia's biggest IPO",
	    "Indonesian e-commerce firm Bukara raised 21.9 trillion rupiah "
	    "($1.5 billion) in its initial public offering, the largest ever "
	    "on the Jakarta stock exchange.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_IPO, NULL, "Bukara");
	tags_release(&t);
}

/*
 * Where a party is written beside its name is no party: a backer joined
 * by a hyphen ("Kalaari-backed Zorgal"), a town and its state's
 * abbreviation before the name ("Englewood, Colo., homebuilder Winley
 * Inc", "Portland, Ore.-based Central Point"), unless they are the
 * words of an asset ("its Sunrise, Fla., branch").
 */
static void test_party_beside_its_place(void **state)
{
	(void)state;
	struct tags t;
	run("Kalaari-backed Zorgal buys stake in Merrow",
	    "Zorgal Ltd bought a 10% stake in Merrow Ltd on Thursday.",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_STAKE, "Zorgal", "Merrow");
	tags_release(&t);
	run("CONCORDE VENTURES IN MERGER AGREEMENT",
	    "Concorde Ventures Inc said it has signed a letter of intent to "
	    "acquire Englewood, Colo., homebuilder Winley Inc for 12 mln "
	    "common shares.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Winley");
	tags_release(&t);
	run("TRACE PRODUCTS MERGER AGREEMENT SUSPENDED",
	    "Trace Products Inc said its stock-swap merger agreement with "
	    "privately held Central Point Software has been suspended.\n"
	    "    Trace Products had earlier agreed to acquire Portland, "
	    "Ore.-based Central Point for 5.5 mln shares of its common "
	    "stock.\n", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Trace Products", "Central Point");
	tags_release(&t);
	run("SAVINGS BANK TO SELL BRANCH",
	    "Harrow Savings and Loan Association said it has agreed to sell "
	    "its Sunrise, Fla., branch to Fortune Financial Group Inc of "
	    "Clearwater, Fla.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_non_null(strstr(t.deal.target, "Sunrise"));
	tags_release(&t);
}

/*
 * A sector is the story's when the headline or the lead names it: the
 * bank that lends the money, named three times further down, is not; a
 * word of a keyword's stem that is not one of its forms names none.
 */
static void test_sector_up_front(void **state)
{
	(void)state;
	struct tags t;
	run("Corvid Stores to buy Finch Grocers",
	    "Corvid Stores Inc said it agreed to buy Finch Grocers Inc, a "
	    "supermarket chain, for 40 mln dlrs.\n\n"
	    "The purchase will be paid with a loan from a bank.\n\n"
	    "The bank, a regional bank, said its banking unit arranged it.\n",
	    NULL, NULL, NULL, &t);
	assert_false(has_sector(&t, "banking"));
	assert_true(has_sector(&t, "grocery") || has_sector(&t, "retail"));
	tags_release(&t);

	/* a filing story that names the business once, in the target's
	 * name: "Marlow Stores" is a retailer; "Banner Industries" says
	 * nothing of a sector */
	run("INVESTOR UPS MARLOW <MRL> STAKE TO 9.9 PCT",
	    "Investor Paul Kessler said he raised his stake in Marlow Stores "
	    "Inc to one mln shares, or 9.9 pct, in a filing with the "
	    "Securities and Exchange Commission.\n", NULL, NULL, NULL, &t);
	assert_true(has_sector(&t, "retail"));
	tags_release(&t);
	run("HALCYON UPS BANNER <BNR> STAKE",
	    "Halcyon Partners said it raised its stake in Banner Industries "
	    "Inc to 7.2 pct in a filing with the Securities and Exchange "
	    "Commission.\n", NULL, NULL, NULL, &t);
	assert_false(has_sector(&t, "industrials"));
	tags_release(&t);

	/* a word that only shares a keyword's stem names no sector:
	 * "Hospitality" is no hospital, "House" no housing, "development"
	 * no developer, "exploring" no exploration */
	run("ORLEY HOSPITALITY <ORH> EXPLORING ALTERNATIVES",
	    "Orley Hospitality Inc said it is exploring alternatives, "
	    "including a sale of its catering unit, after a House committee "
	    "questioned the development of its business in the industry.\n",
	    NULL, NULL, NULL, &t);
	assert_false(has_sector(&t, "healthcare"));
	assert_false(has_sector(&t, "energy"));
	assert_false(has_sector(&t, "realestate"));
	assert_false(has_sector(&t, "industrials"));
	tags_release(&t);
}

/*
 * A known company's name right after a capitalised word that is no place,
 * possessive or sentence start is a word of another name: a person ("said
 * Joseph Kroger"), a central bank ("the Central Bank of China"), a project;
 * "Germany's Volkswagen" and "Australian Westpac" stay the companies.
 */
static void test_known_company_inside_other_name(void **state)
{
	(void)state;
	struct tags t;
	run("Unisys shows new systems",
	    "The systems will ship in May, said Joseph Kroger, a Unisys vice "
	    "president. The Central Bank of China said reserves rose. "
	    "Meanwhile, Germany's Volkswagen and the Australian Westpac bank "
	    "said they would buy them.\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Kroger"));
	assert_false(has(t.companies, t.ncompanies, "Bank of China"));
	assert_true(has(t.companies, t.ncompanies, "Volkswagen"));
	assert_true(has(t.companies, t.ncompanies, "Westpac"));
	tags_release(&t);
}

/*
 * A known company's name and more capitalised words ending with a word a
 * firm's name ends with ("Bank", "Technologies") name another company of
 * its group, the deal's side; a brand after the name ("Hitachi Lumada
 * app"), a title ("Hitachi Chief Executive") or another capitalised word
 * before it ("Ferrand Hitachi Bank") leave the known company alone.
 */
static void test_known_company_group_member(void **state)
{
	(void)state;
	struct tags t;
	run("Deal news",
	    "Nomura said on Friday it had agreed to sell Nomura Trust "
	    "Bank to a rival for an undisclosed sum. Hitachi Chief Executive "
	    "Toshiaki Higashihara said Hitachi would buy Hitachi Zosen "
	    "Technologies from its holders.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Nomura"));
	assert_true(has(t.companies, t.ncompanies, "Nomura Trust Bank"));
	assert_true(has(t.companies, t.ncompanies, "Hitachi Zosen Technologies"));
	assert_false(has(t.companies, t.ncompanies, "Hitachi Chief"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Nomura Trust Bank");
	tags_release(&t);
	run("Deal news",
	    "Hitachi said the Hitachi Lumada app grew. The sale of HSBC Bank "
	    "Malta to a local lender closed, said analysts at Ferrand Hitachi "
	    "Bank.\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Hitachi Lumada"));
	assert_false(has(t.companies, t.ncompanies, "Hitachi Bank"));
	assert_true(has(t.companies, t.ncompanies, "HSBC Bank Malta"));
	tags_release(&t);
	/* after a unit's noun, the name it gives is the unit's whatever its
	 * last word */
	run("Deal news",
	    "Nomura said it would sell its trust banking unit, Nomura Shintaku, "
	    "to a consortium of rivals for 16.5 billion yen.\n", NULL, NULL,
	    NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Nomura Shintaku"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Nomura Shintaku");
	tags_release(&t);
}

/*
 * A name written without a suffix that ends with a trade's word ("Mining",
 * "Airlines") is a company's, its words a run of capitals of its own: not
 * generic words alone ("Global Energy"), a public body ("the Reserve
 * Bank") nor half of a name with "and" ("Farmers and Merchants Bank").
 */
static void test_bare_company_names(void **state)
{
	(void)state;
	struct tags t;
	run("Deal news",
	    "Doral Airlines agreed to buy Kestrel Mining for 40 mln dlrs, the "
	    "Reserve Bank said. Global Energy demand rose. Pell Bancorp will buy "
	    "Farmers and Merchants Bank. Shares of Yarrow Pharmaceuticals fell, "
	    "analysts at Venn Securities said.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Doral Airlines"));
	assert_true(has(t.companies, t.ncompanies, "Kestrel Mining"));
	assert_true(has(t.companies, t.ncompanies, "Yarrow Pharmaceuticals"));
	assert_true(has(t.companies, t.ncompanies, "Venn Securities"));
	assert_false(has(t.companies, t.ncompanies, "Reserve Bank"));
	assert_false(has(t.companies, t.ncompanies, "Global Energy"));
	assert_false(has(t.companies, t.ncompanies, "Merchants Bank"));
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Doral Airlines");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Mining");
	tags_release(&t);
}

/* A rival's bid in the lead does not make a deal its own sentence says
 * would be made a proposal. */
static void test_rival_bid_not_status(void **state)
{
	(void)state;
	struct tags t;
	run("Harrow to sell Asian stores to Pell Group",
	    "Harrow Plc said on Monday it would sell its stores in Vietnam to "
	    "Pell Group for $2.1 billion. Pell beat rival bids from Quill "
	    "Holdings and Ardent Group for the assets.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "to buy Y's 61% of Z": Z is bought, Y sells its holding; "the takeover
 * of Y's Z Corp": Z is bought. */
static void test_possessive_share_of(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy Ardent's 40% of Zorgal for $90 million",
	    "Kestrel Corp has agreed to acquire a 40% stake in Zorgal Inc from "
	    "Ardent Ltd for $90 million in cash.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorgal");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Ardent");
	tags_release(&t);
	run("Takeover withdrawn",
	    "Pellam Corp said it withdrew its takeover of Harlow Ltd's <HRL> "
	    "Quillon Semiconductor Corp.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon Semiconductor");
	tags_release(&t);
}

/* A mixed-case headline and a lead that both name a takeover's two sides
 * keep the deal though the rest of the story (a special dividend, a
 * listing, share prices) reads like results. */
static void test_headline_and_lead_sides(void **state)
{
	(void)state;
	struct tags t;
	run("Tarn agrees to $US9.1b takeover by Orvell after sweetened offer",
	    "Tarn Mining has agreed to be taken over by gold producer Orvell "
	    "in a deal worth $US9.1 billion.\n\n"
	    "Tarn may pay a franked special dividend of up to $US1.10 a share "
	    "before the deal closes. Tarn shareholders will own about 31 per "
	    "cent of the enlarged group, which will keep its primary listing on "
	    "the New York Stock Exchange and add a listing on the ASX. Tarn "
	    "shares closed up 1.3 per cent at $29.10. Orvell shares fell 2 per "
	    "cent. Tarn reported a half-year profit of $US412 million and "
	    "raised its interim dividend. Orvell said its quarterly earnings "
	    "would be released on Thursday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvell");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tarn Mining");
	tags_release(&t);
}

/* "X & X and Y Co": the sign is the first name's, the word "and" the
 * list's; two partners calling off "their proposed joint venture" are its
 * partners, not those of one they run. */
static void test_ampersand_list_and_their_venture(void **state)
{
	(void)state;
	struct tags t;
	run("Harrow, Pell call off auto joint venture",
	    "Harrow & Harrow and Pell Motor Company have decided not to go "
	    "ahead with their proposed automotive joint venture in India.\n",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies,
			 "Harrow & Harrow and Pell Motor"));
	assert_true(has(t.companies, t.ncompanies, "Pell Motor"));
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Pell Motor"));
	tags_release(&t);
	run("Plant news",
	    "Harrow Corp and Pell Motor Co said the output of their West German "
	    "joint venture rose 4 pct.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
}

/* "X said it signed an agreement with Y for a joint venture": both are
 * its partners; "the U.S. Y's Z Inc" is Y's Z, the country says where. */
static void test_pact_with_partner_and_country_owner(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel in gold venture",
	    "Kestrel Resources Ltd said it signed an agreement in principle "
	    "with Zorgal Mining Co for an operating joint venture on a Nevada "
	    "gold deposit.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Kestrel Resources"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Zorgal Mining"));
	tags_release(&t);
	run("Deal news",
	    "Harrow Plc said it agreed to take control of the U.S. Pell's "
	    "Markets Inc through share purchases.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Pell's Markets"));
	assert_false(has(t.companies, t.ncompanies, "U.S. Pell's Markets"));
	tags_release(&t);
}

/* Below a headline in mixed case whose "Y bid" may be Y's or for Y, a
 * lead naming both sides the other way round has the roles. */
static void test_lead_reverses_mixed_headline(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Bank says it isn't weighing Zorgal Bank bid after report",
	    "Kestrel Bank PJSC said it is not currently evaluating an offer for "
	    "Zorgal Bank Plc, hours after a report that the lender had been "
	    "studying a takeover.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Bank");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorgal Bank");
	tags_release(&t);
}

/* An investor closing or setting up a fund of its own is no deal ("closes
 * oversubscribed US$541 million fund", "SETS UP FUND"); a fund's name
 * before a stake is the stake's target. */
static void test_fund_closing_not_deal(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Ventures closes oversubscribed US$541 million fund",
	    "Kestrel Ventures has closed its fifth fund at US$541 million, "
	    "surpassing its original target. The new fund will invest in "
	    "Series A and B rounds of companies in fintech and software.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("ZORGAL UNIT SETS UP FUND FOR MANAGEMENT BUY-OUTS",
	    "Zorgal Capital Investors Ltd said it has raised 61 mln dlrs which "
	    "will be invested in management buy-outs in Europe.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("GROUP RAISES KESTREL FUND <KSF> STAKE",
	    "A group led by Harlow Partners said it raised its stake in Kestrel "
	    "Fund Inc to 1,200,000 shares, or 14.2 pct.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
}

/* A body sentence naming its deal's object ("An investor group has agreed
 * to buy Kestrel Corp") under a headline naming that company: the object
 * is the target, no buyer is read from the headline for the unnamed
 * subject. */
static void test_object_beats_inferred_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("INVESTORS MAY TAKE KESTREL PUBLIC",
	    "The investor group that has agreed to buy <Kestrel Corp> will "
	    "likely take the retailer public, analysts said.\n", NULL, NULL,
	    NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* A subsidiary named by its parent's first word and a firm's last word
 * ("Kestrel Life Sciences" of "Kestrel Pharmaceuticals") is its own
 * company: the stake sold in it has it as the target. */
static void test_subsidiary_sharing_parent_word(void **state)
{
	(void)state;
	struct tags t;
	run("Deal news",
	    "Kestrel Pharmaceuticals said it would sell a 75% stake in its "
	    "subsidiary Kestrel Life Sciences to Zorgal for Rs 5,651.5 crore."
	    "\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Life Sciences");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel Pharmaceuticals");
	tags_release(&t);
}

/* The offer a purchase obliges its buyer to make ("triggering mandatory
 * offer") says nothing of the purchase's status. */
static void test_mandatory_offer_not_status(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy Ardent's 61% of Zorgal for RM3.5 bil, triggering "
	    "mandatory offer",
	    "Kestrel Bhd has agreed to acquire a 61% stake in Zorgal Holdings "
	    "Bhd from Ardent Bhd for RM3.5 billion cash.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* An agreement to explore a deal is talks about it ("sign MoU to explore
 * merger"); a company exploring one alone considers it. */
static void test_explore_agreement_talks(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel, Zorgal sign MoU to explore merger",
	    "Kestrel Group and Zorgal Group have signed a non-binding "
	    "memorandum of understanding to explore a merger of their mobile "
	    "operators.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	tags_release(&t);
	run("Kestrel explores sale of Zorgal unit",
	    "Kestrel Group is exploring a sale of its Zorgal Foods unit, it "
	    "said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* Citigroup (and "Citi") is today's company, Citicorp its 1987 parent's
 * name and Citibank the bank: each story names the one it writes; a
 * company's name keeps its accents. */
static void test_citigroup_not_citicorp(void **state)
{
	(void)state;
	struct tags t;
	run("Banks lead IPO",
	    "Citi and HSBC are the bookrunners; Citibank Korea will lend.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Citigroup"));
	assert_false(has(t.companies, t.ncompanies, "Citicorp"));
	tags_release(&t);
	run("CITICORP <CCI> RAISES PRIME RATE",
	    "Citicorp said its Citibank unit raised its prime rate.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Citicorp"));
	assert_false(has(t.companies, t.ncompanies, "Citigroup"));
	tags_release(&t);
	/* names as the companies write them, accents included */
	run("Stake news",
	    "Nestle said it had no plans to sell its L'Oreal stake.\n", NULL,
	    NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Nestlé"));
	assert_true(has(t.companies, t.ncompanies, "L'Oréal"));
	tags_release(&t);
}

/* The currency of the amount written exactly as `text`, or NULL. */
static const char *currency_of(const struct tags *t, const char *text)
{
	for (size_t i = 0; i < t->namounts; i++)
		if (!strcmp(t->amounts[i].text, text))
			return t->amounts[i].m.currency;
	return NULL;
}

/* The kind of the amount written as text, or -1 when there is none. */
static int kind_of(const struct tags *t, const char *text)
{
	for (size_t i = 0; i < t->namounts; i++)
		if (!strcmp(t->amounts[i].text, text))
			return (int)t->amounts[i].kind;
	return -1;
}

/*
 * With no dateline, a bare "$" is the dollar the story's other amounts
 * show: the local one when it also marks US dollars, or when the body
 * writes the headline's local figure bare; the country named most when it
 * marks only US dollars; US dollars beside a local price alone or after a
 * conversion into bare dollars.  Under a Singapore dateline, the
 * headline's local figure the body writes bare.
 */
static void test_bare_dollar_story_style(void **state)
{
	(void)state;
	struct tags t;
	run("Orvia offers S$1.4b for Kestrel at S$3.10 a share",
	    "Orvia Holdings will pay $3.10 per share in cash for Kestrel "
	    "Marine, valuing it at $1.4 billion.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$1.4 billion"), "SGD");
	tags_release(&t);
	run("Ferrow orders jets",
	    "Ferrow Air ordered 12 jets worth US$2.1 billion (S$2.8 billion). "
	    "Its shares closed at $4.12.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$4.12"), "SGD");
	tags_release(&t);
	run("Tarn agrees to $US4.2b takeover",
	    "The Perth-based miner Tarn Gold agreed to a $US4.2 billion offer "
	    "from a rival. Tarn shares closed at $11.40 in Sydney.\n", NULL,
	    NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$11.40"), "AUD");
	tags_release(&t);
	run("Quarn lists in Hong Kong",
	    "Quarn raised $2.2 billion in its listing, priced at HK$31 a share."
	    "\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$2.2 billion"), "USD");
	tags_release(&t);
	run("Lorne buys Verity",
	    "Lorne Bank will buy Verity for C$2.5 billion ($1.9 billion) and "
	    "pay $40 million in fees.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$40 million"), "USD");
	tags_release(&t);
	/* under a Singapore dateline, the headline's S$ the body echoes
	 * bare; a bare "$" alone stays the US dollar */
	run("Orvia offers S$4.1b for Kestrel at S$7.35 a share",
	    "SINGAPORE - Orvia Holdings has made an offer for 30 per cent of "
	    "Kestrel Corp at $7.35 per share, a deal worth $4.1 billion.\n",
	    NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$4.1 billion"), "SGD");
	tags_release(&t);
	run("Southeast Asia's digital economy to top $200 billion",
	    "SINGAPORE - Southeast Asia's internet economy is on track to "
	    "reach $200 billion this year, a report said.\n",
	    NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$200 billion"), "USD");
	tags_release(&t);
}

/* "privately owned" before a name says whose the company is: no buyback
 * of "its own shares". */
static void test_privately_owned_target(void **state)
{
	(void)state;
	struct tags t;
	run("HARLOW ACQUIRES STAKE",
	    "Harlow Technology Ltd said it acquired privately owned Quillon "
	    "Semiconductor Corp.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon Semiconductor");
	tags_release(&t);
}

/* "its" before a bid is its own clause's subject's: the company the
 * speaker reports on bids, the speaker is its target or a bystander. */
static void test_bid_its_clause_subject(void **state)
{
	(void)state;
	struct tags t;
	run("Deal news",
	    "Halvor Oil Corp said Brixton Petroleum Co has extended its tender "
	    "offer for Zorgal Inc.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Brixton Petroleum");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorgal");
	tags_release(&t);
	run("Deal news",
	    "Halvor Oil Corp said Brixton Petroleum Co has raised its bid for "
	    "Zorgal Inc to 30 dlrs a share.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Brixton Petroleum");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorgal");
	tags_release(&t);
	run("MERROW OIL SAYS BRIXTON EXTENDS TENDER",
	    "Merrow Oil Co said that Brixton Petroleum Co PLC has extended its "
	    "70 dlr per share tender offer until midnight May 4.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Brixton Petroleum");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Merrow Oil");
	tags_release(&t);
}

/* "to buy its X Inc unit": the name after "its" is the unit bought, not
 * its seller ("X BUYS Y UNIT" has Y sell). */
static void test_buy_its_named_unit(void **state)
{
	(void)state;
	struct tags t;
	run("HARLOW BUYS ZORGAL UNIT",
	    "Harlow Corp said it agreed with Zorgal Inc to buy its Brixton "
	    "Research Inc unit for about 10 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Brixton Research");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Zorgal");
	tags_release(&t);
}

/* A range of figures ("three to five pct") is no "to" that ends the
 * object: the company after it is bought into. */
static void test_object_past_figure_range(void **state)
{
	(void)state;
	struct tags t;
	run("Deal",
	    "Harlow Bank has bought a three to five pct share of Zorgal "
	    "Holding SA, a lender registered in Luxembourg.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorgal");
	tags_release(&t);
	/* a share bought in a company is a stake in it */
	run("HARLOW BANK CORP BUYS SHARE IN LUXEMBOURG COMPANY",
	    "Harlow Bank Corp has bought a three to five pct share of Zorgal "
	    "Holding SA, a lender registered in Luxembourg.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
}

/* A period's end ("at year end", "WAITING PERIOD ENDS") is a time, no
 * deal ended. */
static void test_period_end_no_termination(void **state)
{
	(void)state;
	struct tags t;
	run("HARLOW BANCORP TO ACQUIRE ZORGAL BANK",
	    "Harlow Bancorp said it will acquire Zorgal Bank in a stock swap. "
	    "The value of the agreement will be based on Zorgal's book value "
	    "at year end.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("WAITING PERIOD ENDS ON HARLOW <HRL> BID FOR ZORGAL",
	    "The waiting period under the Hart-Scott-Rodino act ended on "
	    "Harlow Corp's tender offer for Zorgal Inc, Harlow said.\n",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* A story about a company's offer for its own securities has no deal,
 * whatever the classifier makes of its later words. */
static void test_own_securities_story_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> EXTENDS EXCHANGE DEADLINE",
	    "Kestrel Restaurant Corp said it extended the deadline of its "
	    "exchange offer for its 13 pct convertible debentures due 1992 to "
	    "April 24.\n\nIt said investor response to the offer has been "
	    "favorable, but a higher exchange level is needed. On March 16 "
	    "Kestrel offered to exchange each 1,000 dlr face value of bonds "
	    "for 10 shares of preferred stock. Tendering investors will "
	    "receive the bonds' interest payment in common stock.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A status word inside a capitalised name says nothing of the deal: the
 * "Plan" of a pension plan's name is no plan. */
static void test_status_word_in_name(void **state)
{
	(void)state;
	struct tags t;
	run("Harlow to buy US software firm Quillon for $9.6bn",
	    "Harlow will acquire Quillon Inc, a provider of digital "
	    "engineering services, for $9.6 billion, Harlow said.\n\n"
	    "Harlow's U.S. subsidiary will buy Quillon from a group of "
	    "shareholders led by Zorgal Partners and the Maple Pension Plan "
	    "Investment Board.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* a decided deal: "will take a 4.94% stake", "said it would
	 * invest", "has clinched its takeover"; "Under the plan" is the
	 * deal's terms */
	static const char *const decided[][2] = {
		{"Harlow to take 4.94% of Quillon",
		 "TOKYO -- Harlow Motor Corp will take a 4.94% stake in Quillon "
		 "Motor Corp for about 96 billion yen, the two automakers "
		 "said.\n"},
		{"Harlow to invest $1 billion in Quillon",
		 "Harlow Corp said on Monday it would invest $1 billion in "
		 "Quillon Inc, a research company.\n"},
		{"Harlow wins Quillon as Zorgal bows out",
		 "Harlow Railway Ltd has clinched its takeover of Quillon "
		 "Southern after Zorgal Railway Co declined to raise its "
		 "offer.\n"},
		{"Harlow Air to take over Quillon Airlines",
		 "Harlow Air Lines will acquire rival Quillon Airlines in a "
		 "1.8 trillion won deal, the companies said.\n\nUnder the "
		 "plan, Harlow Air will buy 1.5 trillion won of new Quillon "
		 "shares.\n"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(decided); i++) {
		run(decided[i][0], decided[i][1], NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.status, STATUS_AGREED);
		tags_release(&t);
	}
}

/* A body's dateline in the forms wires write it ("SEOUL -- ", "SEOUL/TOKYO
 * (Reuters) - ", "(Bloomberg) -- ") is no part of the lead's first sentence, whose subjects
 * ("Japan's X and South Korea's Y") are a venture's partners. */
static void test_dateline_forms_and_partners(void **state)
{
	(void)state;
	static const char *const leads[] = {
		"SEOUL -- Harlow Motor Co and Quillon Energy Ltd will "
		"form a joint venture.\n",
		"SEOUL/TOKYO (Reuters) - Japan's Harlow Motor Co and South "
		"Korea's Quillon Energy Ltd said on Monday they would "
		"form a joint venture to build a plant.\n",
		"(Bloomberg) -- Harlow Motor Co and Quillon Energy Ltd will "
		"form a joint venture.\n",
		/* "it and Y": "it" is the speaker; a venture's partners
		 * before a partner named after "with" */
		"Harlow Motor Co said it and Quillon Energy Ltd signed an "
		"option and joint venture agreement with Zorgal Gold Inc.\n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(leads); i++) {
		struct tags t;
		run("News", leads[i], NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
		assert_true(t.deal.nparties >= 2);
		assert_true(has(t.deal.parties, t.deal.nparties, "Harlow Motor"));
		assert_true(has(t.deal.parties, t.deal.nparties, "Quillon Energy"));
		tags_release(&t);
	}
}

/* "on security grounds" is a nation's security, no securities bought. */
static void test_security_grounds_no_securities(void **state)
{
	(void)state;
	struct tags t;
	run("Minister blocks Harlow's $117 billion bid for Quillon on "
	    "security grounds",
	    "WASHINGTON (Reuters) - The minister on Monday blocked Harlow "
	    "Ltd's $117 billion hostile takeover of Quillon Inc, citing "
	    "national security concerns.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
}

/* A headline's "Y takeover" may be Y's bid: the lead's "takeover by Y"
 * says so. */
static void test_lead_names_headline_bidder(void **state)
{
	(void)state;
	struct tags t;
	run("Holders sink Quillon takeover",
	    "Harlow Energy Ltd's proposed A$18.7 billion takeover by a "
	    "consortium of Canada's Quillon Asset Management Inc and "
	    "US-based Zorgal Partners has been terminated.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_non_null(strstr(t.deal.acquirer, "Quillon"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Harlow Energy");
	tags_release(&t);
}

/* Founders named before any investor's word are no round's investors. */
static void test_founders_no_investors(void **state)
{
	(void)state;
	struct tags t;
	run("Harlow raises $153 million in Series B round",
	    "JAKARTA - Trading app Harlow has raised $153 million in a Series B "
	    "round led by Zorgal Global.\n\nFounded in 2018 by Anderson "
	    "Sumarli and Yada Piyajomkwan, Harlow lets first-time investors "
	    "buy shares.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Zorgal Global"));
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Anderson Sumarli"));
	assert_false(has(t.companies, t.ncompanies, "Anderson Sumarli"));
	tags_release(&t);
}

/* The sector the tags give the deal's target (ROLE_TARGET), or NULL. */
static const char *target_sector(const struct tags *t)
{
	for (size_t i = 0; i < t->deal.nroles; i++)
		if (t->deal.roles[i].role == ROLE_TARGET &&
		    t->deal.roles[i].sector >= 0)
			return gaz_sector(g, t->deal.roles[i].sector)->slug;
	return NULL;
}

/*
 * The target's sector: a word of another company's name beside it is that
 * company's ("Chemical" of the buyer Chemical Heights Corp is no chemicals
 * maker's); the target's own name states its trade by its head noun, by a
 * suffix that is a trade's word ("Bancshares") or by a trade's phrase
 * ("Savings and Loan Association"), at whichever mention says it.
 */
static void test_target_sector_own_name(void **state)
{
	(void)state;
	struct tags t;
	run("CHEMICAL HEIGHTS <CHH> TO BUY DUNMORE",
	    "Chemical Heights Corp agreed to buy Dunmore Bancshares Inc for "
	    "400 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dunmore");
	assert_non_null(target_sector(&t));
	assert_string_equal(target_sector(&t), "banking");
	tags_release(&t);

	run("HARLAN <HRL> TO ACQUIRE WESTBY",
	    "Harlan Corp said it agreed to acquire Westby Federal Savings and "
	    "Loan Association for 30 mln dlrs in cash.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_non_null(target_sector(&t));
	assert_string_equal(target_sector(&t), "banking");
	tags_release(&t);
}

/* A party's country where the text puts a place beside its name. */
/* A title-case headline's side that is no name the story confirms is
 * taken from the lead: "Packaging Group Tessaly" (a suffix opens no
 * name), a headline's short "Orvane" for the lead's "Orvane Consumer". */
static void test_headline_sides_from_lead(void **state)
{
	(void)state;
	struct tags t;
	run("Harlan Capital Agrees to Buy Packaging Group Tessaly",
	    "Harlan Capital, a private equity firm, has agreed to acquire "
	    "Tessaly Group plc, the European packaging maker, for $2 "
	    "billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Harlan Capital");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tessaly");
	tags_release(&t);

	run("Orvane Firms Make Open Offer for Further Stake in Calder Mills",
	    "Orvane Consumer Products Ltd and Orvane Retail Ltd have launched "
	    "an open offer for a further 26 per cent stake in Calder Mills.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Calder Mills");
	tags_release(&t);

	/* the lead tells the same deal as another M&A type: "Buy Majority
	 * of Y" and "take a majority stake in Y" (an acquisition too) */
	run("Keslo Group Signs Deal to Buy Majority of Veran Electronics",
	    "Keslo Group, a mid-size conglomerate, is set to become the "
	    "third-biggest maker of home appliances as it moves to take a "
	    "majority stake in Veran Electronics, sources said.\n",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Keslo", "Veran Electronics");
	tags_release(&t);
}

/* "they" are people as often as a company: only a company that opens
 * the sentence; a country's word opening a party's name is its
 * country. */
static void test_they_and_name_countries(void **state)
{
	(void)state;
	struct tags t;
	run("INVESTMENT ADVISORS HAVE 10 PCT OF DORRIT<DRT>",
	    "Two executives of a Memphis, Tenn., investment advisory firm "
	    "told the Securities and Exchange Commission they have acquired "
	    "132,000 shares of Dorrit Properties Inc, or 10.4 pct of the "
	    "total outstanding.\n", NULL, NULL, NULL, &t);
	if (t.deal.acquirer)
		assert_string_not_equal(t.deal.acquirer, "Dorrit Properties");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dorrit Properties");
	tags_release(&t);

	run("HALDEN <HLD> REFERRING BP <BP> BID TO GROUP",
	    "Halden Oil Co said British\n"
	    "Petroleum Co Plc's proposed offer of 70 dlrs a share for the 45\n"
	    "pct of Halden's stock not held by BP is being referred to a\n"
	    "special committee of the company's board.\n",
	    "CLEVELAND, April 9", NULL, NULL, &t);
	assert_true(has_country(&t, "GB"));
	tags_release(&t);
}

/* A merger's parties: "merger with Y" names the other one, not who
 * buys whom (both are its partners); a lead that says who buys whom
 * makes it an acquisition. */
static void test_merger_parties(void **state)
{
	(void)state;
	struct tags t;
	run("HALDEN <HLD> SEEKS QUICK MERGER WITH ORMSBY",
	    "Halden Trust Corp said it expects its proposed merger with "
	    "Ormsby Bancorp <ORM> to close by the end of the year, a "
	    "company official said.\n", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_MERGER, "Halden Trust", "Ormsby");
	/* the sides in the text's order are its partners too */
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Halden Trust");
	assert_string_equal(t.deal.investors[1], "Ormsby");
	tags_release(&t);

	run("<QUARRON CORP> SETS MERGER WITH TELLIS",
	    "Quarron Corp said it signed a letter of intent to acquire "
	    "Tellis Instruments Inc in a transaction that will leave "
	    "Tellis holders with most of the combined company.\n",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Quarron", "Tellis Instruments");
	for (size_t i = 0; i < t.deal.nroles; i++)
		assert_int_not_equal(t.deal.roles[i].role, ROLE_PARTY);
	tags_release(&t);

	/* the lead's "its merger agreement with Y" gives the sides in the
	 * text's order only: the next sentence's "agreed to acquire Y"
	 * says who buys and what the deal is */
	run("DELLMAR <DLM> MERGER AGREEMENT SUSPENDED",
	    "Dellmar Products Inc said its stock-swap merger agreement with "
	    "privately held Corvel Software has been suspended.\n    Dellmar "
	    "had earlier agreed to acquire Boise, Idaho-based Corvel for 3.5 "
	    "mln shares of its common stock.\n", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Dellmar Products",
		     "Corvel Software");
	tags_release(&t);

	/* "X said merger talks with Y have ended": the subject first */
	run("VORTA <VRT> ENDS MERGER TALKS",
	    "Vorta Systems Inc said preliminary merger talks with Kelvin Corp "
	    "have been terminated.\n", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_MERGER, "Vorta Systems", "Kelvin");
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	/* which side buys is the text's order only: half the confidence */
	for (size_t i = 0; i < t.deal.nroles; i++)
		assert_true(t.deal.roles[i].confidence < 0.5);
	tags_release(&t);

	/* a capitals headline that opens with the two names, a comma
	 * between them, names both (a flash, and one with tickers) */
	static const char *const comma[] = {
		"KESTON BANCORP, BRAMLEY FINANCIAL GROUP AGREE TO MERGE",
		"KESTON <KST>, BRAMLEY <BRM> TO MERGE",
	};
	for (size_t i = 0; i < ARRAY_SIZE(comma); i++) {
		run(comma[i], i ? "Keston Bancorp said that its board and the "
			    "board of Bramley Financial Group have approved a "
			    "definitive agreement to merge.\n" : "",
		    NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.type, DEAL_MERGER);
		assert_true(has(t.deal.parties, t.deal.nparties, "Keston"));
		assert_true(has(t.deal.parties, t.deal.nparties,
				"Bramley Financial"));
		tags_release(&t);
	}

	/* "X said that its board and the board of Y have agreed to
	 * merge": X is the other party; the holders paid say who is
	 * merged away */
	run("Bank boards agree merger",
	    "Keston Bancorp said that its board and the board of Bramley "
	    "Financial Group have agreed to merge the two bank holding "
	    "companies. Each Bramley shareholder will receive 1.2 Keston "
	    "shares.\n", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_MERGER, "Keston", "Bramley Financial");
	tags_release(&t);

	/* "X's merger agreement with Y following the British company's
	 * acquisition of 54 pct of X's stock": the clause's target is X,
	 * so its unnamed buyer is the other side */
	run("LORRIN <LRN> BOARD CHANGED",
	    "Lorrin Corp said its board was changed under the company's "
	    "merger agreement with <Wexham Holdings plc> following the "
	    "British company's acquisition of 54 pct of Lorrin's stock.\n",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_MERGER, "Wexham", "Lorrin");
	tags_release(&t);

	/* "Corp of America" is inside the name; "Inc of Atlanta" is not */
	run("KELBY <KLB> TO ACQUIRE ATLANTA FIRM",
	    "Kelby Systems Corp of America said it agreed to acquire "
	    "Dorran Business Group Inc of Atlanta for 12 mln dlrs.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kelby Systems Corp of America");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dorran");
	tags_release(&t);
}

/* A holder that cuts its stake sells it; a deal's two sides are never
 * one company. */
static void test_stake_cut(void **state)
{
	(void)state;
	struct tags t;
	run("HARLOW PARTNERS CUTS STAKE IN BELLMARK <BLK>",
	    "Harlow Partners Ltd said it lowered its stake in Bellmark Inc "
	    "to 4.1 pct of the common stock, from 6.3 pct.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Harlow");   /* canonical */
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Bellmark");
	tags_release(&t);

	/* "X, a Nevada investment partnership, said it": the apposition
	 * says what X is, no partnership deal */
	run("PARTNERSHIP CUTS STAKE IN BELLMARK <BLK>",
	    "Tarrow Partnership Ltd, a Nevada investment partnership, said "
	    "it lowered its stake in Bellmark Inc to 4.1 pct of the common "
	    "stock, from 6.3 pct.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tarrow Partnership");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Bellmark");
	tags_release(&t);

	/* "sell all of its shares in Y": a holding in Y, not the seller */
	run("Private Equity Firm Exits Capsule Maker",
	    "Carvell has agreed to sell all of its shares in Qualtex to "
	    "Mizuno Chemical Holdings.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Qualtex");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Carvell");
	tags_release(&t);

	run("INVESTMENT FIRMS CUT VESTA <VST> STAKE",
	    "A group of New York investment firms said they lowered their "
	    "stake in Vesta Corp to 260,500 shares, or 6.4 pct.",
	    NULL, NULL, NULL, &t);
	if (t.deal.acquirer && t.deal.target)
		assert_string_not_equal(t.deal.acquirer, t.deal.target);
	if (t.deal.seller && t.deal.target)
		assert_string_not_equal(t.deal.seller, t.deal.target);
	tags_release(&t);
}

/* The status of the deal a story is tagged with (it must have one). */
static enum ex_status deal_status_of(const char *title, const char *body)
{
	struct tags t;
	run(title, body, NULL, NULL, NULL, &t);
	assert_true(t.deal.type != DEAL_NONE);
	enum ex_status s = t.deal.status;
	tags_release(&t);
	return s;
}

/* A filing withdrawn ends no deal; a completion in progress is none. */
static void test_status_filings(void **state)
{
	(void)state;
	struct tags t;
	assert_int_equal(deal_status_of(
		"ORVIN <ORV> HOLDER WITHDRAWS TAKEOVER MOTION",
		"Daxon Group Plc, which is in a battle with Cyrix Corp for "
		"control of Orvin Corp, said an Orvin shareholder had agreed to "
		"withdraw a motion in court to prevent Daxon from completing "
		"its tender offer for Orvin, which expires today."),
		STATUS_PROPOSED);
	/* shares bought "for cancellation" end no deal: a normal course
	 * issuer bid is the company's buyback, no deal at all */
	run("KELSO <KLS> SETS ISSUER BID",
	    "Kelso Packaging Inc said it received regulatory approval for "
	    "a normal course issuer bid, allowing the company to acquire "
	    "for cancellation up to five pct of its common shares.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* an attempt to block, or a block on a condition, blocks nothing */
	assert_true(deal_status_of(
		"KELSO <KLS> HOLDERS SEEK TO BLOCK UNIT SALE",
		"Kelso Industries Inc said it would seek an alternative to "
		"its plans to sell its chemical operations if an affiliate "
		"tries to block the sale.") != STATUS_BLOCKED);
	/* "would end up with", "at the end of": no deal ended */
	assert_true(deal_status_of(
		"Harbour Group to Take Rest of Creekside Project",
		"Velmar Properties would acquire Harbour Holding's 50% stake in "
		"the Creekside project, paying half in cash and half in "
		"shares.  It was not clear how big a stake Harbour Holding "
		"would end up with at the end of the year.") !=
		STATUS_TERMINATED);
	/* a board backing one bid and no longer another: the deal is
	 * agreed, nothing ended */
	assert_int_equal(deal_status_of(
		"Calloway Backs Improved Northgate Offer, Withdraws Support "
		"for Rivet Bid",
		"Calloway Instruments said its board had dropped its support "
		"for Rivet Capital's 3.1 billion pound offer and would back the "
		"higher bid from Northgate Partners."),
		STATUS_AGREED);
	/* a business "offering" its service makes no bid */
	assert_int_equal(deal_status_of(
		"Zelta Operator Draws New Investment From Halden Capital",
		"SEOUL, AJU - The company behind Zelta, an online grocery "
		"service in South Korea offering one-day delivery, has raised "
		"90 billion won ($75 million) from investors in three "
		"countries."),
		STATUS_COMPLETED);
	/* a board that recommends rejecting a bid does not agree to it */
	{
		struct tags r;
		run("DORN <DRN> BOARD URGES HOLDERS TO SPURN PELHAM",
		    "Dorn Corp said its board recommends that shareholders "
		    "reject the 40 dlr a share tender offer by Pelham Group.",
		    NULL, NULL, NULL, &r);
		assert_true(r.deal.type != DEAL_NONE);
		assert_int_not_equal(r.deal.status, STATUS_AGREED);
		tags_release(&r);
	}
	assert_true(deal_status_of(
		"Dorn Withdraws Support for Pelham Bid",
		"Dorn Plc said its board withdrew its recommendation of "
		"Pelham Group's 900 mln pound offer for the company.") !=
		STATUS_TERMINATED);
	/* "has pulled in" money is raised, whatever talks came before */
	assert_int_equal(deal_status_of(
		"Delivery app Zelta gets $100m from Tiger Wing",
		"Zelta, the food ordering and delivery platform, has pulled in "
		"about $102 million from US investment firm Tiger Wing "
		"Management as part of its Series J round.  Reports that the "
		"two were discussing a funding deal first emerged in August."),
		STATUS_COMPLETED);

	/* a standstill ends the deal; a lender's "not to call the loan"
	 * ends nothing */
	run("MARLOW <MRL> SETTLES WITH GRANTHAM <GRH>",
	    "Marlow Holding Corp said Grantham Financial Corp has agreed not "
	    "to acquire or seek to acquire any voting securities of Marlow "
	    "for five years.", NULL, NULL, NULL, &t);
	if (t.deal.type != DEAL_NONE)
		assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("PELHAM <PLH> TO BUY TEXAS SPRINKLER",
	    "Pelham Inc said it agreed to acquire Texas Sprinkler Corp, "
	    "subject to Hill Bank agreeing not to call the loan.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);

	/* an approval governs a planned deal; a pending one is agreed; a
	 * block only considered is none yet */
	run("CARACAS MOVES CLOSER TO TELMAR PURCHASE",
	    "The cabinet approved Petroandes' planned purchase of a half "
	    "interest in the Telmar Refining Co plant, government sources "
	    "said.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("ORLAN AIR <ORL> LINES UP BANK LOANS",
	    "Orlan Air Group Inc said banks will lend it up to two billion "
	    "dlrs to finance its pending acquisition of Dunmore Aviation Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("JAPANESE PURCHASE OF U.S. CHIP MAKER OPPOSED",
	    "The commerce secretary has asked the White House to consider "
	    "blocking the planned acquisition of Halcyon Semiconductor Inc by "
	    "Tamura Ltd, officials said.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);

	/* "close to a venture" is talks, not a deal closed */
	run("BELMONT CLOSE TO JOINT VENTURE IN VIETNAM",
	    "Belmont Tobacco plc <BLM.L> aims to set up a joint venture with "
	    "a state cigarette factory in Hanoi, local newspapers said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Belmont Tobacco"));
	tags_release(&t);
}

/* An IPO is an offering: its headline may say so, its "offered" and
 * "filed for" propose nothing more than it; one of the past is
 * background; an offer taken up is done. */
static void test_offerings_and_offers(void **state)
{
	(void)state;
	struct tags t;
	run("VARNE OPTICS <VRNO> OFFERING SELLS OUT",
	    "Varne Optics Ltd said all two mln common shares it offered in its "
	    "initial public offering at four dlrs each have been sold.\n"
	    "    The underwriter was Hollis and Co Inc.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Varne Optics");
	tags_release(&t);

	run("<CORVANE AND CO> TO GO PUBLIC",
	    "Corvane and Co said it has filed for an initial public offering "
	    "of three mln shares, including one mln being sold by holders, at "
	    "an expected 14 to 16 dlrs a share.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);

	run("KESTON <KST> TO FILE REGISTRATION",
	    "Keston Staffing Inc said it will file a registration statement "
	    "for an offering of 90,000 shares issuable on exercise of warrants "
	    "which were issued at the time of Keston's initial public "
	    "offering.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);

	run("HALVERSON HAS 88 PCT OF DRAKE MILLS <DRK>",
	    "Halverson Group Plc said its tender offer for all shares of "
	    "Drake Mills Inc expired at midnight and that it had accepted "
	    "about 3.1 mln shares at 41 dlrs each.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* A company buying its own shares makes no deal; a firm named "X and
 * Co" is X; a month is no company. */
static void test_buybacks_and_firm_names(void **state)
{
	(void)state;
	struct tags t;
	run("HOLLIS FOODS <HLF> TO BUY 1.5 MLN SHARES",
	    "Hollis Foods Inc said its board approved a plan to buy up to 1.5 "
	    "mln shares of its common stock to offset dilution from its "
	    "convertible notes.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);

	run("<BRAXTON AND CO> TO GO PUBLIC",
	    "Braxton and Co said it has filed for an initial public offering "
	    "of four mln shares, said analyst Dan Ferris of Wexley Ross and "
	    "Co.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Braxton");
	assert_true(has(t.companies, t.ncompanies, "Wexley Ross"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Ferris"));
	tags_release(&t);

	/* a firm named after its partners runs across commas, one word
	 * each; a person's name before the comma is none of them */
	run("HARLOW <HRL> HIRES ADVISERS",
	    "Harlow Inc said it retained Pruett, Maddox, Quill and Co and "
	    "Ltd, Vance, Ashby and Co; analyst John Smith, Doyle and Co "
	    "declined comment.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Pruett, Maddox, Quill"));
	assert_true(has(t.companies, t.ncompanies, "Vance, Ashby"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Smith"));
	tags_release(&t);
	run("HARLOW <HRL> BID TOO LOW",
	    "However, Pruett, Maddox and Co said the offer for Harlow Inc "
	    "was too low.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Pruett, Maddox"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "However"));
	tags_release(&t);

	run("FENWAY CAPITAL UPS DORRIT <DRT> STAKE",
	    "Fenway Capital Corp said it raised its Dorrit Mills Inc stake to "
	    "9.5 pct and bought 201,800 shares between Feb 3 and March 2.",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_string_not_equal(t.companies[i], "Feb");
		assert_string_not_equal(t.companies[i], "March");
	}
	if (t.deal.target)
		assert_string_not_equal(t.deal.target, "Feb");
	tags_release(&t);
}

/* "X UPS Y <T> STAKE": the name before the stake (past its ticker) is
 * the company whose shares are held; a name opening the headline before
 * "ACQUISITION" may be either side. */
static void test_headline_stake_ticker(void **state)
{
	(void)state;
	struct tags t;
	run("FENWAY CAPITAL UPS DORRIT <DRT> STAKE",
	    "Fenway Capital Corp said it raised its holding in Dorrit Mills "
	    "Inc to 9.5 pct from 6.2 pct.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_STAKE, "Fenway Capital", "Dorrit Mills");
	tags_release(&t);

	run("INVESTMENT FIRM BOOSTS DORRIT <DRT> STAKE",
	    "A New York investment partnership said it raised its stake in "
	    "Dorrit Mills Inc to 9.5 pct.", NULL, NULL, NULL, &t);
	if (t.deal.acquirer)
		assert_string_not_equal(t.deal.acquirer, "Dorrit Mills");
	tags_release(&t);

	run("CALLOWAY BANCORP <CLB> ACQUISITION APPROVED",
	    "Calloway Bancorp said regulators approved its acquisition of "
	    "Pender Savings Bank for 40 mln dlrs.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Calloway");
	tags_release(&t);

	/* a ticker in parentheses, as some wire headlines write it */
	static const struct sides_case paren[] = {
		{"GROUP TO BOOST DORRIT INDUSTRIES (DRT) STAKE",
		 "An investor group said it was dissatisfied with Dorrit "
		 "Industries Inc management and was considering boosting its "
		 "holdings to as much as 49.9 pct of the company's stock.",
		 DEAL_STAKE, NULL, "Dorrit"},
	};
	check_sides(paren, ARRAY_SIZE(paren));
}

/* Who sells: the company a deal is made "with" whose "its" the object
 * is, and a possessive owner before the name bought; who bids: "the
 * offer made last week by X". */
/*
 * The seller a buyer buys "from", or who "previously owned" what is
 * bought; and the "from"s that name no seller: a lender, a regulator, a
 * source, a buyback's holder, another company's purchase.
 */
static void test_sellers_from(void **state)
{
	(void)state;
	static const struct {
		const char *title, *body, *seller;
	} cases[] = {
		/* the target's owner: "X, the owner of Y"; "its majority
		 * owner X" */
		{"Tamsin Agrees to Buy US Developer Brickworks for Up to $99.5m",
		 "Tamsin, the video games developer, said it had agreed a deal "
		 "to buy Brickworks, a US-based rival, for up to $99.5m.  An "
		 "upfront payment of $59.5m would go to Lake Harbor Holdings "
		 "Corp, the owner of Brickworks, funded with Tamsin's cash.",
		 "Lake Harbor"},
		{"Ferrano Unit Agrees to Buy Mall Firm Plaza Norte",
		 "Plaza Norte is to be acquired for 14.20 pesos per share by "
		 "Ferrano Corp, under an agreement the companies announced on "
		 "Friday.  According to Plaza Norte, the deal was struck with "
		 "affiliates of its majority owner Southern Ridge Group Ltd.",
		 "Southern Ridge"},
		{"ORLEY <ORL> TO BUY RADIO STATIONS",
		 "Orley Broadcasting Corp said it agreed to acquire radio "
		 "stations WQRT AM/FM from Dunmore Media Co for 40 mln dlrs.",
		 "Dunmore Media"},
		{"Keppler to take control of Lumo Energy",
		 "A state-owned power retailer said it would buy a controlling "
		 "62.5% stake in Lumo Energy from Harcastle Asia Holdings for "
		 "9.1 billion baht.", "Harcastle Asia"},
		{"TOWNE <TWN> COMPLETES PURCHASE",
		 "Towne Video Inc said it completed its acquisition of 220 video "
		 "stores previously owned by Brayfield Retail Inc.",
		 "Brayfield Retail"},
		{"Norveld Financial to buy control of Kessel Securities",
		 "Norveld Financial Group said it will pay 400 mln dlrs for "
		 "control of Kessel Securities Co. In a statement, Norveld "
		 "Financial said it would buy the 24 percent holding from "
		 "Yantai Shipping Co Ltd and other holders.",
		 "Yantai Shipping"},
		/* "Y, which X controls", "Y, which is owned by X" */
		{"Verdane in Advanced Talks to Buy Ostra in Chile, Paper Says",
		 "The Chilean arm of Verdane SA is in advanced negotiations to "
		 "acquire supermarket chain Ostra, which Belgium's Kolm "
		 "Holdings controls, a newspaper reported.",
		 "Kolm"},
		{"Hartwell to buy Pellan Foods",
		 "Hartwell Inc agreed to buy Pellan Foods, which is owned by "
		 "Mercia Capital Partners, for 55 mln dlrs.",
		 "Mercia Capital"},
		/* "pay X <amount> for Y": X is paid for Y */
		{"Sabai Telecom to buy Kanok Broadband",
		 "Sabai Telecom said it would buy Kanok Broadband.  Sabai "
		 "Telecom will pay Thana Power One Co 9.5 billion baht for "
		 "Kanok Broadband, its chief financial officer said.",
		 "Thana Power One"},
		/* no seller */
		{"GARRETT <GRT> TO BUY BELLWOOD",
		 "Garrett Corp said it agreed to buy Bellwood Inc for 30 mln "
		 "dlrs, with financing to come from Tarrant Bank.", NULL},
		{"CASTLE <CST> GETS APPROVAL FOR MERCER BUY",
		 "Castle Corp said it won approval from Dorran Bank to acquire "
		 "Mercer Inc, and will buy the company for 20 mln dlrs, "
		 "according to a notice from Pell Advisers.", NULL},
		{"LINDQVIST <LQV> TO BUY STEEL UNIT",
		 "Lindqvist Corp said it will buy Hadley Steel Co, subject to "
		 "its receipt of 50 mln dlrs from the proposed sale of its Orme "
		 "Tools Inc subsidiary.", NULL},
		{"Hartwell to buy Pellan Foods",
		 "Hartwell Inc agreed to buy Pellan Foods, which owns two "
		 "bakeries, for 55 mln dlrs; Pellan, which Mercia Capital "
		 "advised, said its board approved.", NULL},
		{"QUORN <QRN> BUYS FENWAY AFTER RIVAL DEAL",
		 "Quorn Inc said it bought Fenway Freight Co, two months after "
		 "Dalby Corp completed the acquisition of Tessel Transport Inc "
		 "from Marsh Holdings Inc.", NULL},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tags t;
		run(cases[i].title, cases[i].body, NULL, NULL, NULL, &t);
		if (!ex_deal_is_mna(t.deal.type))
			fail_msg("'%s': type %s", cases[i].title,
				 ex_deal_type_slug(t.deal.type));
		const char *want[] = {cases[i].seller};
		const char *got[] = {t.deal.seller};
		expect_roles(cases[i].title, want, got, 1);
		tags_release(&t);
	}
}

/*
 * A business sold whose description names goods ("products", "computer")
 * is a business, not a sale of goods; units of an offering are not.
 */
static void test_described_business_sold(void **state)
{
	(void)state;
	static const struct {
		const char *title, *body;
		const char *acquirer, *target, *seller;
		enum ex_deal_type type;
	} cases[] = {
		{"HALVERN <HVN> TO SELL UNIT FOR 90 MLN DLRS",
		 "Halvern Corp said it agreed to sell its industrial products "
		 "group to Tamsin Capital Inc for about 90 mln dlrs.",
		 "Tamsin Capital", "industrial products group", "Halvern",
		 DEAL_DIVESTITURE},
		/* what "its" owns is the nearest company's before the verb;
		 * a holding of at most half sold is a stake's deal */
		{"HALCOTT <HLC> SAYS MARBURY SALE WILL NOT AFFECT RESEARCH",
		 "Halcott Pharmaceutical Inc said it did not view Marbury "
		 "Co's <MBY> decision to sell its 2.3 pct share of Halcott's "
		 "common stock as having any effect on its research.", NULL,
		 "Halcott Pharmaceutical", "Marbury", DEAL_STAKE},
		/* (the headline's "arm" a part as its "unit" or "business"
		 * would be: the headline's description stands) */
		{"Corvel sells electronics arm",
		 "Corvel Systems Inc said it has agreed to sell its primary "
		 "computer electronics business to the Ostrander Group.",
		 "Ostrander", "electronics arm",
		 "Corvel Systems", DEAL_DIVESTITURE},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tags t;
		run(cases[i].title, cases[i].body, NULL, NULL, NULL, &t);
		if (t.deal.type != cases[i].type)
			fail_msg("'%s': type %s", cases[i].title,
				 ex_deal_type_slug(t.deal.type));
		const char *want[] = {cases[i].acquirer, cases[i].target,
				      cases[i].seller};
		const char *got[] = {t.deal.acquirer, t.deal.target,
				     t.deal.seller};
		expect_roles(cases[i].title, want, got, 3);
		tags_release(&t);
	}
	/* a headline's capitalised "From" or "For" ends the name before it */
	static const struct {
		const char *title, *body, *target;
	} heads[] = {
		{"Lindal Group Buys Further 7.7% of Norrsken Bank From KfW",
		 "Lindal Group said it had bought a further 7.7% of Norrsken "
		 "Bank (NB) from KfW.", "Norrsken Bank"},
		{"Arbor Takes 20% of Helmsley Mills For $10 Million",
		 "Arbor Corp said it had bought 20% of Helmsley Mills Inc.",
		 "Helmsley Mills"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		struct tags h;
		run(heads[i].title, heads[i].body, NULL, NULL, NULL, &h);
		const char *want[] = {heads[i].target};
		const char *got[] = {h.deal.target};
		expect_roles(heads[i].title, want, got, 1);
		tags_release(&h);
	}
	/* units of an offering sold: no business, no target */
	struct tags t;
	run("PELLOW <PLW> COMPLETES PRIVATE SALE",
	    "Pellow International Inc said it completed a private sale of "
	    "nine mln units of its securities for 20 cts per unit.",
	    NULL, NULL, NULL, &t);
	if (t.deal.target)
		fail_msg("units of an offering as a target: '%s'",
			 t.deal.target);
	tags_release(&t);
}

/*
 * A headline whose verb answers a bid names the target first and the
 * bidder after the verb, even when the verb is capitalised as the names
 * are ("GETS", "REJECTS", "Declines to Back").
 */
static void test_headline_answers_bid(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"Hollins Board Declines to Back Rand Capital Tender Offer",
		 "LONDON - A tender offer for a stake in the property trust "
		 "Hollins Estates, launched by Rand Capital earlier this month, "
		 "is not being recommended by the board, Hollins Estates PLC "
		 "said Tuesday.", DEAL_TENDER, "Rand Capital", "Hollins Estates"},
		{"KELSO <KLS> GETS MERGER OFFER",
		 "Kelso Inc said a group of its shareholders proposed a merger "
		 "with Denby Corp.", DEAL_ACQUISITION, NULL, "Kelso"},
		{"ARDEN <ARD> REJECTS MOXLEY <MOX> TAKEOVER BID",
		 "Arden Corp said its board rejected the offer from Moxley Inc as "
		 "inadequate.", DEAL_ACQUISITION, "Moxley", "Arden"},
		/* the bidder unnamed: the company that answers is bought,
		 * in the headline and in the body */
		{"Velmar gets buyout offer",
		 "Velmar Inc said it received an unsolicited takeover proposal "
		 "valued at $80 million.", DEAL_ACQUISITION, NULL, "Velmar"},
		{"Offer for board",
		 "Velmar Inc said its board rejected an unsolicited takeover "
		 "offer.", DEAL_ACQUISITION, NULL, "Velmar"},
		/* who comments on a bid is not its bidder; "an offer it
		 * received from X" names the bidder, the company the lead
		 * says it buys later is another deal */
		{"MORVEN <MRV> HAS NO COMMENT ON HALSTEAD <HAL> OFFER",
		 "Morven Group Inc said it had no comment on an offer it "
		 "received from Halstead Industries to buy Morven for 52 dlrs "
		 "cash per share.\n    Morven spokesman John Abbot also "
		 "declined comment on Tilney Corp <TIL>. Morven has offered 71 "
		 "dlrs cash per share for half of Tilney's stock.",
		 DEAL_ACQUISITION, "Halstead", "Morven"},
		{"Morven statement",
		 "Morven Group Inc said it had no comment on an offer it "
		 "received from Halstead Industries to buy Morven for 52 dlrs "
		 "cash per share.", DEAL_ACQUISITION, "Halstead", "Morven"},
		/* a company whose stock rises on a bid is its target */
		{"KELLWOOD <KLW> SOARS FOLLOWING BRAMLEY <BRM> BID",
		 "Shares of Kellwood Corp rose 5 dlrs to 31 in active trading "
		 "after Bramley Inc offered 32 dlrs a share for the company.",
		 DEAL_ACQUISITION, "Bramley", "Kellwood"},
		{"KELLWOOD <KLW> RISES ON HOPES FOR HIGHER BIDS",
		 "Kellwood Corp's stock rose 2 dlrs to 31 on hopes that other "
		 "bidders would top the offer now on the table.",
		 DEAL_ACQUISITION, NULL, "Kellwood"},
		/* a partner whose bid follows is the bidder's name */
		{"MARLOWE <MRL> TO STUDY HARROW PARTNER BID",
		 "Marlowe Inc chairman Paul Reade said the company's board "
		 "will study the unsolicited tender offer from <Harrow "
		 "Partners>.", DEAL_TENDER, "Harrow", "Marlowe"},
		/* a verb of its own between: the company's deal */
		{"KAUFHOF CONSIDERING TAKING STAKE IN HAPAG-LLOYD",
		 "West German retail group Kaufhof AG is considering taking a "
		 "stake in shipping group Hapag-Lloyd AG, a spokesman said.",
		 DEAL_STAKE, "Kaufhof", "Hapag-Lloyd"},
		/* "an investment by Y in its company": Y invests, in the
		 * subject */
		{"DARROW <DRW> GREETS HOLLAND CAPITAL STAKE",
		 "Darrow Industries Corp said it welcomed an investment by "
		 "Holland Capital Partners Inc in its company.",
		 DEAL_STAKE, "Holland Capital", "Darrow"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
}

/*
 * An offer for a company is a bid for it, also when called a merger
 * offer; a headline's bidder whose target the headline names but its
 * rules missed takes the lead's target, when the lead names that bidder
 * before it; a merger proposed "with" a company stays a merger.
 */
static void test_bid_for(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"Offer",
		 "Trans World Airlines Inc said it made a merger offer for USAir "
		 "Group Inc of 52 dlrs a share in cash.", DEAL_ACQUISITION,
		 "Trans World Airlines", "USAir"},
		{"Offer",
		 "Trans World Airlines Inc proposed a merger with USAir Group Inc "
		 "at 52 dlrs a share in cash.", DEAL_MERGER,
		 "Trans World Airlines", "USAir"},
		{"AFG <AFG>, WAGNER/BROWN BID FOR GENCORP <GY>",
		 "<General Partners>, controlled by privately-held Wagner and "
		 "Brown and by AFG Industries Inc, said it has started a tender "
		 "offer for all common shares of GenCorp Inc for 100 dlrs a "
		 "share.", DEAL_TENDER, "AFG", "GenCorp"},
		/* the bidder after the target's name; a quantifier that
		 * opens the sentence names nobody */
		/* what merges into another is bought by it, or by who formed
		 * the company it merges into */
		{"x", "Velmar Corp said it agreed to merge into Oskin Inc for "
		 "20 dlrs a share.", DEAL_ACQUISITION, "Oskin", "Velmar"},
		/* a federal savings bank's legal form */
		{"x", "First Federal Bank FSB said it has entered into a letter "
		 "of intent to merge into BankEast Corp for 60 dlrs a share.",
		 DEAL_ACQUISITION, "BankEast", "First Federal Bank"},
		{"x", "Comdata Network Inc said it has entered into a definitive "
		 "agreement to merge into a company formed by <Welsh, Carson, "
		 "Anderson and Stowe IV> for 16.50 dlrs in cash a share.",
		 DEAL_ACQUISITION, "Welsh, Carson, Anderson and Stowe IV",
		 "Comdata Network"},
		/* who asks for offers is for sale */
		{"Board acts",
		 "A special committee of the board of directors of Velmar "
		 "Corp stopped soliciting offers to buy all or part of the "
		 "company, it said.", DEAL_ACQUISITION, NULL, "Velmar"},
		{"ANALYSTS SEE NO OTHER BIDDER FOR PUROLATOR <PCC>",
		 "Several analysts said they do not believe another suitor will "
		 "top the 265 mln dlr bid for Purolator Courier Corp by E.F. "
		 "Hutton LBO Inc.", DEAL_ACQUISITION, "E.F. Hutton LBO",
		 "Purolator Courier"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
}

/*
 * A wire's flash, its headline sent alone: the runs before a suffix are
 * its companies, written as names are, and its deal has sides.
 */
static void test_flash_headlines(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"EMERY AIR FREIGHT CORP TO OFFER 40 DLRS/SHR FOR PUROLATOR "
		 "COURIER CORP", "", DEAL_ACQUISITION, "Emery Air Freight",
		 "Purolator Courier"},
		{"DIAGNOSTIC/RETRIEVAL SYSTEMS INC MAKES 53 MLN DLR BID FOR "
		 "ROSPATCH CORP", "", DEAL_ACQUISITION, "Retrieval Systems",
		 "Rospatch"},
		{"ROSPATCH CORP GETS BID", "", DEAL_ACQUISITION, NULL,
		 "Rospatch"},
		/* a bid rebuked is answered: its owner is the bidder */
		{"HALVERN <HLV> SHAREHOLDERS REBUKE TESSALY OFFER",
		 "Halvern Corp said holders at its annual meeting voted on a "
		 "resolution about Tessaly Inc.", DEAL_ACQUISITION, "Tessaly",
		 "Halvern"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	struct tags t;
	run("ROHM AND HAAS CO 3RD QTR SHR 57 CTS VS 54 CTS", "", NULL, NULL,
	    NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Rohm and Haas"));
	tags_release(&t);
	run("CMS ENERGY CORP 3RD QTR SHR 65 CTS VS 10 CTS", "", NULL, NULL,
	    NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "CMS Energy"));
	tags_release(&t);
	/* the verbs before a name are none of it */
	run("MOODY'S MAY DOWNGRADE IRVING BANK CORP, AFFECTS 950 MLN DLRS OF "
	    "DEBT", "", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Irving Bank"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Downgrade"));
	tags_release(&t);
	/* a dispute's verbs and prepositions are none of a name, and what
	 * is left keeps its suffix when one generic word would be left */
	run("HALVERN FILES SUIT AGAINST GENERAL PARTNERS OFFER", "", NULL,
	    NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "General Partners"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Suit"));
	tags_release(&t);
	run("TESSALY TAKES OVER U.S. WIDGET CORP", "", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Over"));
	tags_release(&t);
	/* with a body, the body names the companies */
	run("EMERY AIR FREIGHT CORP TO OFFER 40 DLRS/SHR FOR PUROLATOR "
	    "COURIER CORP", "Emery Air Freight Corp said it will offer 40 "
	    "dlrs a share for Purolator Courier Corp.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Emery Air Freight",
		     "Purolator Courier");
	tags_release(&t);
}

/*
 * A rating agency rates the deal's sides and is none of them ("said it
 * may downgrade X because of its offer for Y": "its" is X's); a story
 * whose headline is a rating carries no deal its body mentions.
 */
static void test_rating_agencies(void **state)
{
	(void)state;
	struct tags t;
	run("MOODY'S MAY LOWER HALVERN <HLV>, TESSALY <TSY>",
	    "Moody's Investors Service Inc said it may downgrade the debt "
	    "ratings of Halvern Corp because of its 1.2 billion dlr "
	    "acquisition offer for Tessaly Corp.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Halvern");
	for (size_t i = 0; i < t.deal.nparties; i++)
		assert_null(strstr(t.deal.parties[i], "Moody"));
	tags_release(&t);
	static const char *const heads[] = {
		"S/P AFFIRMS HALVERN <HLV>, LOWERS TESSALY <TSY>",
		"HALVERN <HLV> DEBT AFFIRMED BY S/P",
		"TESSALY <TSY> PLACED ON S/P CREDITWATCH",
	};
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		run(heads[i], "Standard and Poor's Corp said it affirmed "
		    "Halvern Corp's 135 mln dlrs of subordinated debt following "
		    "its purchase of Tessaly Corp.\n", NULL, NULL, NULL, &t);
		if (t.deal.type != DEAL_NONE)
			fail_msg("'%s': a %s deal", heads[i],
				 ex_deal_type_slug(t.deal.type));
		tags_release(&t);
	}
}

/*
 * A buyer known only as its group: the leader after "led by", or the
 * first member the next sentence lists ("Among them are ..."); and
 * "investors in X told the SEC" lists no member.
 */
static void test_group_buyers(void **state)
{
	(void)state;
	static const struct {
		const char *title, *body;
		const char *acquirer, *target, *investor;
	} cases[] = {
		{"Chinese Investors Buy Germany's Kessler Maschinen for €900m",
		 "Kessler Maschinen, among the biggest makers of printing "
		 "presses in Germany, has been bought for €900m by a group of "
		 "Chinese investors. Among them are the state-owned China "
		 "National Machinery Corp as well as investment companies Qilu "
		 "Capital and Dongfang International.",
		 "China National Machinery", "Kessler Maschinen", "Qilu Capital"},
		{"PIKE GROUP HAS STAKE IN KELTON <KLT>",
		 "An investor group led by Robert Pike of Tulsa, Okla., said it "
		 "owns 786,800 shares of Kelton Corp common stock, equal to 8.1 "
		 "pct.", "Robert Pike", "Kelton", "Robert Pike"},
		{"INVESTORS UP STAKE IN HARWELL <HRW>",
		 "One of a pair of private investors in Harwell Inc told the "
		 "Securities and Exchange Commission he increased his stake in "
		 "the firm to 15.4 pct.", NULL, "Harwell", NULL},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tags t;
		run(cases[i].title, cases[i].body, NULL, NULL, NULL, &t);
		const char *want[] = {cases[i].acquirer, cases[i].target};
		const char *got[] = {t.deal.acquirer, t.deal.target};
		expect_roles(cases[i].title, want, got, 2);
		if (cases[i].investor ?
		    !has(t.deal.investors, t.deal.ninvestors, cases[i].investor) :
		    t.deal.ninvestors != 0)
			fail_msg("'%s': investors %zu, want %s", cases[i].title,
				 t.deal.ninvestors,
				 cases[i].investor ? cases[i].investor : "none");
		tags_release(&t);
	}
}

/* "X Draws New Investment From Y": X raises; the company itself,
 * named short as it speaks ("Kelp said"), is no investor. */
/* The unit bought, named only by a later "the unit, Z". */
static void test_unit_named_later(void **state)
{
	(void)state;
	struct tags t;
	run("Harrow Securities to Buy Kowloon Pacific Unit Stake for HK$2.2 "
	    "billion",
	    "HONG KONG - Harrow Securities has agreed to acquire Kowloon "
	    "Pacific Holdings Ltd's 60 percent stake in its unit providing "
	    "insurance broking, the two firms said on Monday.  According to "
	    "Kowloon Pacific, the unit, Kowloon Pacific Brokers Ltd, is among "
	    "the city's largest brokers.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kowloon Pacific Brokers");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kowloon Pacific");
	tags_release(&t);
}

/* A title-case headline's verbs are no part of a name: "Backs" ends the
 * bidder's run; "Offers to Buy" is no sale "to" a buyer. */
static void test_headline_verbs(void **state)
{
	(void)state;
	static const struct {
		const char *title, *body, *acquirer;
	} cases[] = {
		{"Harlow Backs Improved Quillon Offer, Withdraws Support for "
		 "Denton Bid",
		 "(Reuters) - Harlow of Britain has agreed to an improved bid "
		 "from Quillon, the private equity firm from the U.S., that "
		 "values the instruments maker at about 2.1 billion pounds, the "
		 "companies announced on Wednesday.", "Quillon"},
		{"Mercer Group to Sell Tallow Fleet Stake as Orbis Capital Offers "
		 "to Buy Fleet Firm",
		 "Mercer Group, the majority shareholder, must obtain its "
		 "shareholders' approval for the proposed sale of its 51% stake "
		 "in Tallow Fleet, an Australian fleet manager. Orbis Capital, an "
		 "Australian private equity firm, has set out terms for "
		 "acquiring 100% of Tallow Fleet, paying cash of A$2.50 a share.",
		 "Orbis Capital"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tags t;
		run(cases[i].title, cases[i].body, NULL, NULL, NULL, &t);
		const char *want[] = {cases[i].acquirer};
		const char *got[] = {t.deal.acquirer};
		expect_roles(cases[i].title, want, got, 1);
		tags_release(&t);
	}
}

static void test_investment_from(void **state)
{
	(void)state;
	struct tags t;
	run("Kelp Market Operator Draws New Investment From Norfield Capital, "
	    "Brightwater",
	    "SEOUL, AJU - The company behind Kelp Market, an online grocery "
	    "service, has raised 100 billion won ($80 million) from investors "
	    "in several countries.\n\nThe new money came from Norfield "
	    "Capital, a private equity firm, as well as from Brightwater "
	    "Partners, Kelp said in a statement on Friday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kelp Market");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Norfield Capital"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Kelp Market"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Kelp"));
	tags_release(&t);
}

static void test_sellers_and_bidders(void **state)
{
	(void)state;
	struct tags t;
	run("RIBERA TO BUY GERMAN BANK",
	    "<Banco Ribera> signed a letter of intent with Hollings Bank <HBK> "
	    "to purchase its West German affiliate <Kessler Kreditbank AG>, "
	    "the bank said.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Banco Ribera", "Kessler Kreditbank");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Hollings Bank");
	tags_release(&t);

	/* "Y Inc's manufacturing unit, Z Inc": Z bought, Y sells */
	run("KESTON <KST> BUYS HALVERN UNIT",
	    "Keston Fitness Inc said it agreed to buy Halvern Inc's "
	    "manufacturing unit, Corvex International Inc, for 11 mln Keston "
	    "shares.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Corvex International");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Halvern");
	tags_release(&t);

	run("MARLOWE <MRL> BUYS DENTON <DNT> UNIT",
	    "Marlowe Corp said it has bought Denton Corp's Freight Audit "
	    "Services business for an undisclosed sum.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Freight Audit Services business");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Denton");
	tags_release(&t);

	run("TALLIS <TLS> PROPOSALS WITHDRAWN FROM MEETING",
	    "Tallis Inc said it withdrew from consideration at its annual "
	    "meeting proposals for a stock split so that it could respond to "
	    "the takeover offer made last week by a partnership of Orrin "
	    "Industries Inc <ORN> and Bayle Capital.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_non_null(strstr(t.deal.acquirer, "Orrin"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tallis");
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	/* the partnership's members, the bidder first; "Wagner and Brown"
	 * with nothing after it is one firm */
	assert_true(t.deal.ninvestors >= 2);
	assert_non_null(strstr(t.deal.investors[0], "Orrin"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Bayle Capital"));
	tags_release(&t);
	run("TALLIS <TLS> SETS MEETING",
	    "Tallis Inc said it would respond to the takeover offer made last "
	    "week by a partnership of Orrin Industries Inc <ORN> and Keller "
	    "and Dunn.", NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Keller and Dunn"));
	tags_release(&t);

	/* "Y's 49 percent stake in Z": Y sells, Z is bought into; a
	 * headline's short name and the lead's "Brazils X SA" are one */
	run("Brazil's Carvalho agrees to buy Petrosul stake in sugar unit",
	    "SAO PAULO, Dec 15 (Reuters) - Brazils Carvalho Acucar SA will buy "
	    "state-run Petrosul SAs 49 percent stake in sugar unit Nova Terra "
	    "Energia SA under an agreement disclosed on Thursday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Nova Terra Energia");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Petrosul");
	tags_release(&t);

	/* "to be acquired for 14.20 pesos per share by X"; a ticker with
	 * its exchange's code is no name; "Grupo" keeps its place */
	run("Mall firm to be sold",
	    "Ventura Centros Latinos VCLAT.MX is to be acquired for 14.20 "
	    "pesos per share by Grupo Mexico, under an agreement announced "
	    "on Friday.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Grupo Mexico");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Ventura Centros Latinos");
	tags_release(&t);
}

/* Which side of a merger is bought: the one whose shares are exchanged
 * or whose holders are paid, never the one that merely tells of "its
 * merger with Y"; a possessive buyer that opens the sentence, "Air"
 * before a place; a subject before its apposition; a capitalised
 * connector ending a name does not hang the names stage. */
static void test_merger_sides_and_subjects(void **state)
{
	(void)state;
	struct tags t;
	run("ORLAND <ORL> COMPLETES MERGER",
	    "Orland Inc said it completed its merger with Tessel Systems Inc. "
	    "Terms of the merger called for each share of Orland to be "
	    "exchanged for a share of Tessel, the company said.",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_MERGER, "Tessel Systems", "Orland");
	tags_release(&t);

	/* "X ... to merge with Y", then "holders of its common to
	 * receive": X is merged away */
	run("ALMONT <AMT>, FIRST HARBOR SET MERGER",
	    "Almont Industries Inc said it has entered into an agreement to "
	    "merge with Harborline Capital Corp in a transaction valued at "
	    "about 500 mln dlrs.\n    Almont said the agreement calls for "
	    "holders of its common to receive 24.60 dlrs a share.",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_MERGER, "Harborline Capital", "Almont");
	tags_release(&t);

	run("BRANDT <BRT> BOARD BACKS MERGER",
	    "Brandt Co said its board reaffirmed its support for a proposed "
	    "merger with Kilbourne Inc.", NULL, NULL, NULL, &t);
	/* (the company whose board backs a merger with another is the
	 * one bought) */
	expect_sides(&t, DEAL_MERGER, "Kilbourne", "Brandt");
	assert_int_equal(t.deal.nparties, 2);
	tags_release(&t);

	run("Courier deal alters industry",
	    "Air Canada's 54 mln dlr acquisition of Gelco Corp has altered the "
	    "courier industry, company officials said.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Air Canada", "Gelco");
	tags_release(&t);

	run("VERNON <VRN> UNIT SOLD",
	    "Carlton Corp said Rexford Logistics, a subsidiary of its Carlton "
	    "Bank unit, has bought Vernon Corp's Rate Audit business for an "
	    "undisclosed sum.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Rexford Logistics");
	tags_release(&t);

	/* an object before an apposition is no buyer */
	run("LOWRY <LWR> ENTERS PIPELINE AGREEMENT",
	    "Lowry Energy Corp said its board entered into agreements with "
	    "Pentland Corp, a private Tulsa-based company, to buy a 12-pct "
	    "interest in the Pentland East pipeline.", NULL, NULL, NULL, &t);
	if (t.deal.acquirer)
		assert_string_not_equal(t.deal.acquirer, "Pentland");
	tags_release(&t);

	run("Deal news", "The company said its unit Van", NULL, NULL, NULL, &t);
	tags_release(&t);
}

/* A deal compared ("BUYBACK BETTER THAN TAKEOVER") names no side; a
 * buyback's price is no deal value; a bidder named as a member of its
 * group makes the group the bidder; a generic word and its suffix are one
 * name ("General Partners", not "General"). */
static void test_buyback_beside_a_bid(void **state)
{
	(void)state;
	struct tags t;
	run("HALLORAN <HLN> SAYS BUYBACK BETTER THAN TAKEOVER",
	    "Halloran Inc said the decision by General Partners, comprised of "
	    "Pell Industries and Wagner and Brown, to end its hostile offer for "
	    "the company supports its view.\n"
	    "    Halloran said it would announce details of its plans to buy "
	    "back 54 pct of its stock for 1.6 billion dlrs later this week. "
	    "Halloran's buy back was made to fend off the hostile 2.3 billion "
	    "dlr tender offer by Pell and Wagner and Brown.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Halloran");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "General Partners");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Wagner and Brown"));
	for (size_t i = 0; i < t.namounts; i++)
		if (strstr(t.amounts[i].text, "1.6 billion"))
			assert_int_not_equal(t.amounts[i].kind, AMOUNT_DEAL);
	assert_true(t.deal.amount >= 0);
	assert_non_null(strstr(t.amounts[t.deal.amount].text, "2.3 billion"));
	tags_release(&t);
	/* a bidder the lead names by no name is the company that opens a
	 * later sentence with its members */
	run("INVESTOR GROUP PRESSES HALLORAN <HLN>",
	    "An investor partnership seeking to acquire Halloran Inc said it "
	    "would try to unseat the company's board if Halloran refuses to "
	    "discuss its takeover bid.\n"
	    "    Pelham Acquisition Co, comprising investors Wagner and Brown "
	    "and glass maker Pell Industries, said it remains willing to "
	    "negotiate.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Pelham Acquisition");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Wagner and Brown"));
	tags_release(&t);
}

/* A company's acronym in brackets names it later; an investment in
 * nothing named is spending, not a deal. */
static void test_acronyms_and_spending(void **state)
{
	(void)state;
	struct tags t;
	run("SINGAPORE'S KPL TO BUY INTO TAN HOCK COFFEE FIRM",
	    "Singapore's Kallang Properties Ltd (KPL) has agreed in principle "
	    "to inject 16 mln dlrs in convertible loan stock into <Tan Hock and "
	    "Co (Pte) Ltd>, a creditor bank official said.\n"
	    "    KPL is likely to take a controlling stake in the troubled "
	    "coffee trading firm.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kallang Properties");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tan Hock");
	tags_release(&t);

	/* "PT" before a name; the acronym's letters are initials of its
	 * words past the legal form */
	run("Sentosa Unit SAM Takes Up Shares in Plantation Firm KJL",
	    "JAKARTA - PT Sinar Abadi Makmur (SAM) has taken up 40,838 shares "
	    "issued by PT Kebun Jaya Lestari (KJL), with a combined value of "
	    "IDR 49 billion.\n\nThe disclosure said SAM bought into KJL to "
	    "expand its landbank in South Sumatra.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Sinar Abadi Makmur");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kebun Jaya Lestari");
	tags_release(&t);

	/* a name before its Reuters code is a company's, so a title-case
	 * headline may name it; a code inside brackets or "U.S" is not */
	run("Grupo Norte Unit Agrees to Buy Shopping Mall Firm Tiendavia Latam",
	    "MEXICO CITY, Sept 2 (Reuters) - Tiendavia Latam TIEND.MX is to be "
	    "acquired for 14.20 pesos per share by a unit of Mexican mining "
	    "company Grupo Norte GNORTEB.MX, under an agreement the companies "
	    "announced on Friday.\n\nGrupo Norte said the offer puts a value "
	    "of around 4.7 billion Mexican pesos on the shopping mall "
	    "operator.\n\nAccording to Tiendavia, the deal was struck with "
	    "affiliates of its majority owner Harbor Cross Group.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tiendavia Latam");
	assert_true(has(t.companies, t.ncompanies, "Tiendavia Latam"));
	tags_release(&t);
	run("Bayer Makes All-Cash Offer",
	    "Bayer AG (BAYZF.PK, BAYRY.PK, BYR.L), the German conglomerate, "
	    "said Total U.S demand rose.", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "BAYZF.PK"));
	assert_false(has(t.companies, t.ncompanies, "Total"));
	tags_release(&t);

	run("NIPPON DENKO FORECASTS PROFITS FALL",
	    "Nippon Denko Corp said it plans to make capital investments of "
	    "1,770 billion yen in 1987/88, against 1,600 billion this year.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A takeover proposal is a bid: "rejected a takeover proposal from Y"
 * names Y the bidder; a stake's holder is not whoever else bids for the
 * company. */
static void test_takeover_proposals(void **state)
{
	(void)state;
	struct tags t;
	run("Australian miner rejects A$1.8 billion takeover bid",
	    "Perth-based Ochre Hill Minerals Ltd rejected an unsolicited A$1.8 "
	    "billion takeover proposal from Canada's Borealis Ore Corp, saying "
	    "it undervalued the company.", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Borealis Ore", "Ochre Hill Minerals");
	tags_release(&t);

	run("INVESTOR HAS HARLAND <HRL> STAKE",
	    "Investor Miles Fenwick said he has an investment in Harland Co "
	    "amounting to less than five pct of the company's stock.\n"
	    "    Yesterday, Harland rebuffed a takeover proposal from Corvel "
	    "Inc.", NULL, NULL, NULL, &t);
	if (t.deal.acquirer)
		assert_string_not_equal(t.deal.acquirer, "Corvel");
	tags_release(&t);
}

/* A currency's word is no name ("Rs 350 crore"); nor is the word Reuters
 * capitalises after "U.S."; "the sale of Y unit Z to X" sells Z. */
static void test_money_and_country_codes(void **state)
{
	(void)state;
	struct tags t;
	run("Pune lender Kavach raises Rs 350 crore led by Japanese investor",
	    "Kavach Finserv, a Pune-based lender, said it raised Rs 350 crore "
	    "(about $48 million) in a Series C round led by Tokyo-based Hikari "
	    "Growth Partners.", NULL, NULL, NULL, &t);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Rs"));
	assert_false(has(t.companies, t.ncompanies, "Rs"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Hikari Growth"));
	tags_release(&t);

	run("TAIWAN PROPOSES TO INVEST ONE BILLION DLRS IN U.S.",
	    "Taiwan's 1986 investment in the U.S. Totalled 46 mln U.S. Dlrs, "
	    "official statistics show.", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Totalled"));
	if (t.deal.target)
		assert_string_not_equal(t.deal.target, "Totalled");
	tags_release(&t);

	run("JAPANESE PURCHASE OF U.S. CHIP MAKER OPPOSED",
	    "Officials said Baldrige had concerns about the sale of Corvan Ltd "
	    "<CVN> unit <Halden Semiconductor Inc> to Mitaka Ltd <MITK.T>.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Halden Semiconductor");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Corvan");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Mitaka");
	tags_release(&t);
}

/* "X said it has offered to acquire Y": the offer's verb reads the
 * roles; "corp" in lower case is a suffix; a place's word right before a
 * name it begins is part of it, a country's code or "County" not. */
static void test_offers_to_acquire(void **state)
{
	(void)state;
	struct tags t;
	run("FIRST FEDERATED <FFD> BIDS FOR TALMAR <TLM>",
	    "First Federated Management corp said it has offered to acquire "
	    "Talmar Network Inc for 18 dlrs per share in cash and stock.",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "First Federated Management",
		     "Talmar Network");
	tags_release(&t);

	run("KNELL TO BUY SAVINGS SHARES",
	    "The board said Knell International Holdings Inc has offered to "
	    "purchase 500,000 new shares of American Thrift for 10 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "American Thrift");
	tags_release(&t);
}

/* "X agreed with Y to buy Z": Y is who X agreed with, X buys; but "X
 * formed a venture with Y to sell" is the venture's. */
static void test_agreed_with_counterparty(void **state)
{
	(void)state;
	expect_parties("HOLLIS <HLS> TO BUY MARBURY MILLS",
		       "Hollis Textile Corp said it reached an agreement "
		       "in principle with Danish-owned Brennan Holdings Inc to "
		       "acquire Marbury Mills Inc for 40 mln dlrs.",
		       "Hollis Textile", "Marbury Mills", NULL);
	expect_parties("QUARRY <QRY>, TOLAND <TLD> SET PACT",
		       "Quarry Materials Inc said it signed a letter of "
		       "intent with Toland Corp to buy 50 pct of Toland "
		       "Aggregates Co.",
		       "Quarry Materials", "Toland Aggregates", NULL);
	/* "to sell Y its Z": Y buys, Z (a town's, described) is sold;
	 * "the sale of its X, its unit" not */
	expect_parties("CARVER <CVR> TO SELL RADIO STATION",
		       "Carver Media Co said it reached an agreement with "
		       "Lindell Broadcasting Inc to sell Lindell its Dayton, "
		       "Ohio, radio station for an undisclosed price.",
		       "Lindell Broadcasting", "Dayton, Ohio, radio station",
		       "Carver Media");
	/* an adviser taken on is no side: "has retained X to seek a buyer" */
	expect_parties("MARLOW SAVINGS <MRLW> SEEKS BUYER",
		       "Marlow Savings Bank said it has retained Keller "
		       "Brothers Inc to explore a possible sale of the "
		       "company.", NULL, "Marlow Savings Bank", NULL);
	/* a first name shortened in a firm's name ends no sentence: "Chas.
	 * Keller and Sons" is one adviser, not a sentence's end and a
	 * target */
	expect_parties("DUNMORE STORES SEEKS BUYER",
		       "Privately-held Dunmore Stores Inc said it has engaged "
		       "Chas. Keller and Sons Inc to explore a possible sale "
		       "of the company.", NULL, "Dunmore Stores", NULL);
	/* an answer's verb, then an infinitive or "in response to its":
	 * the bid is the subject's own */
	expect_parties("KESWICK GROUP WAGES GARRET <GRT> PROXY FIGHT",
		       "Keswick Group said Garret Corp has refused to provide "
		       "it with data it considers essential to formulate an "
		       "acquisition offer.", NULL, NULL, NULL);
	/* the bidder whose "its ... tender offer" the shares answered, and
	 * the company whose shares they are */
	expect_parties("DALMORE <DLM> HAS 40,000 ARNAUD SHARES",
		       "Dalmore Corp said it has received 40,000 shares of "
		       "Arnaud Industries Inc in response to its 12 dlr per "
		       "share tender offer for all shares.", "Dalmore",
		       "Arnaud", NULL);
	expect_parties("KBC'S ORRIN BAKERIES <ORB> BID OVERSUBSCRIBED",
		       "KBC Acquisition Corp said it received about 8,857,807 "
		       "Orrin Bakeries Corp shares in response to its tender "
		       "offer for up to 8,053,181 shares.", "KBC Acquisition",
		       "Orrin Bakeries", NULL);
	/* a capitals headline read the wrong way round, its lead in mixed
	 * case the right way: the lead's */
	expect_parties("QUILLAN SAYS DERBY TAKEOVER OFFER TOO LOW",
		       "<Quillan Mills Ltd> said it considered the proposed "
		       "2.20 dlrs a share cash takeover offer announced by "
		       "Derby Ltd on March 31 to be too low.",
		       "Derby", "Quillan Mills", NULL);
	/* a capitals headline's buyer alone ("Y BUY"), the lead's
	 * purchase of it: the lead's deal */
	expect_parties("MARDEN COMPLETES PART OF HOLTZ AFFINERIE BUY",
		       "Marden Holdings Ltd <MRDA.S> said it has issued 23.33 "
		       "mln shares to Preuss AG <PRSG.F> to complete the "
		       "previously announced purchase of 20 pct of <Holtz "
		       "Affinerie AG> from Preuss.",
		       NULL, "Holtz Affinerie", "Preuss");
	/* deals in the plural are a company's plans, not a bid it weighs */
	expect_parties("VANETTI SEES EXPANSION, ACQUISITIONS",
		       "<Vanetti SpA> of Italy expects to diversify into "
		       "financial services and is weighing possible "
		       "acquisitions, a Vanetti spokeswoman said.",
		       "Vanetti", NULL, NULL);
	/* a place and "Holding" make a name ("Qatar Holding"), whose stake
	 * in Z it sells */
	expect_parties("VELMAR TO TAKE REST OF CREEKSIDE PROJECT",
		       "Velmar Properties PJSC would acquire Qatar Holding's "
		       "50% stake in the Creekside Harbour project, paying "
		       "half in cash and half in shares.",
		       "Velmar Properties", "Creekside Harbour",
		       "Qatar Holding");
	/* a company's name with a country right after it, then its
	 * initials: its unit there, not the buyer itself */
	expect_parties("HALDEN BANK BUYS MORE OF GHANA UNIT",
		       "Halden Bank Group said it had bought a further 7.7% "
		       "of Halden Bank Ghana (HBG) from KfW, the German "
		       "development bank.",
		       "Halden Bank", "Halden Bank Ghana", "KfW");
	/* a bracket the name opens is closed ("<Kestler (Australia) Ltd>"
	 * cut before its suffix) */
	expect_parties("BTR NYLEX RAISES OFFER FOR KESTLER AUSTRALIA",
		       "<BTR Nylex Ltd> said it will increase its takeover "
		       "offer for Kestler Corp's listed unit, <Kestler "
		       "(Australia) Ltd> (KAL), to five dlrs each.",
		       "BTR Nylex", "Kestler (Australia)", NULL);
	/* a bidder accepting the shares tendered answers no bid */
	expect_parties("HOLLAND <HLD> TO ACCEPT MERRIT <MRT> SHARES",
		       "Holland Industries Inc said it plans to accept for "
		       "payment all the common shares of Merrit Inc that were "
		       "tendered under its 26.25 dlr per share tender offer.",
		       "Holland Industries", "Merrit", NULL);
	/* the headline's purchase, the lead's "with Y to purchase its Z":
	 * Y sells (the name without its "A/S", as without any suffix) */
	expect_parties("ROWAN TO BUY DENMARK'S NK-BANK",
		       "<Rowan Corp> signed a letter of intent with Benning "
		       "Group Inc <BNG> to purchase its Danish affiliate "
		       "<Nordmark Kredit A/S>, NK-Bank, the company said.",
		       "Rowan", "Nordmark Kredit", "Benning");
	/* a passive with no agent: the subject is the target, the buyer
	 * unknown ("is buying" is no passive) */
	expect_parties("TRELLIS BANCORP <TRB> AGREES TO BE ACQUIRED",
		       "Trellis Bancorp said its board approved a plan under "
		       "which it would be sold, and the talks continue.",
		       NULL, "Trellis", NULL);
	expect_parties("KINGSLEY <KGS> BUYS MARLON",
		       "Kingsley Corp said it is buying Marlon Paper Co for "
		       "12 mln dlrs.", "Kingsley", "Marlon Paper", NULL);
	/* one capitalised word the recogniser does not know, what kind of
	 * company follows, then the company: the company is bought */
	expect_parties("HALBERT TOOL <HLB> MAKES PURCHASE",
		       "Halbert Tool Co said it agreed to acquire "
		       "Westvale industrial valve maker Corran Fluid Controls "
		       "Inc for an undisclosed sum.",
		       "Halbert Tool", "Corran Fluid Controls", NULL);
	struct tags t;
	run("ORRIN <ORN>, PELL <PEL> SET VENTURE",
	    "Orrin Water Inc said it formed a venture with Pell Systems Inc "
	    "to sell a meter reading system to utilities.",
	    NULL, NULL, NULL, &t);
	if (t.deal.seller && !strcmp(t.deal.seller, "Orrin Water"))
		fail_msg("a venture's sale made Orrin Water its seller");
	tags_release(&t);
}

/* A group "led by" someone is that leader's ("A group led by Far Hills,
 * N.J., investor X said it raised its stake"); a headline's cut reads
 * past the ticker ("CUTS LUCKY STORES <LKS> STAKE"): its holder sells. */
static void test_group_leaders(void **state)
{
	(void)state;
	struct tags t;
	run("GROUP RAISES COMPUTER MEMORIES <CMIN> STAKE",
	    "A shareholder group led by Far Hills, N.J., investor Nadia "
	    "Kessler said it raised its stake in Compumem Inc to 573,300 "
	    "shares, or 5.1 pct of the total outstanding.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Nadia Kessler");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Compumem");
	tags_release(&t);
	/* "led by South Florida developer X": the compass word is the
	 * place's, no investor */
	run("DELMAR SAVINGS <DLM> TO BE ACQUIRED",
	    "Delmar Savings Bank said it signed a letter of intent for a "
	    "controlling interest to be acquired by an investor group led "
	    "by North Texas developer Roland Pike.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Roland Pike");
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_string_not_equal(t.deal.investors[i], "North");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Delmar Savings Bank");
	tags_release(&t);

	/* a round whose leader is not named: "a funding round in Y" */
	run("Grapevine: Tiger fund tipped to lead Playtoz round",
	    "The investor is also expected to lead a $500 million funding "
	    "round in Playtoz, the fantasy gaming platform, Mint reported.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Playtoz");
	/* the headline's label ("Grapevine:") is no investor */
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Grapevine"));
	assert_false(has(t.companies, t.ncompanies, "Grapevine"));
	tags_release(&t);

	run("HALVERSON CUTS LUCKY STORES <LKS> STAKE TO 4.8 PCT",
	    "A group led by New York investor Ira Halverson said he lowered "
	    "its stake in Lucky Stores Inc <LKS> to 1,827,734 shares, or 4.8 "
	    "pct of the total outstanding.", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Ira Halverson");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Lucky Stores");
	/* the holder who sells is no investor in the deal */
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Ira Halverson"));
	tags_release(&t);

	/* a headline's group whose leader only the lead names, the target
	 * written there in full: the leader buys, the target invests in
	 * nothing */
	run("GROUP TO BOOST WESTLAKE AVIONICS (WAV) STAKE",
	    "An investor group led by Boston investor Martin Quayle said it "
	    "was unhappy with Westlake Avionics Inc management and may raise "
	    "its holdings to as much as 49.9 pct of the company's stock.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Martin Quayle");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Westlake Avionics");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Martin Quayle"));
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Westlake Avionics"));
	tags_release(&t);
}

/* A deal whose deal word names no side, or that has no deal word: the
 * company whose holders are paid is the target, the company whose stock
 * pays them the buyer. */
static void test_holders_paid_sides(void **state)
{
	(void)state;
	struct tags t;
	run("REGULATORS APPROVE NORBANK <NBK> AFFILIATION",
	    "Norbank Corp said the Federal Reserve Board approved the "
	    "affiliation of First Tallapoosa Corp with Norbank.\n"
	    "    The approval was the last regulatory step, Norbank said.\n"
	    "    Under the terms, each First Tallapoosa shareholder will "
	    "receive 48 dlrs value of Norbank stock for each share held. The "
	    "total consideration is valued at 62.4 mln dlrs.",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Norbank", "First Tallapoosa");
	tags_release(&t);
	run("TRIDENT <TRD>, HALE AMEND MERGER AGREEMENT",
	    "Trident Foods Inc said it cut the number of Hale Bakeries Inc "
	    "common shares to be received in its previously announced "
	    "merger agreement.\n"
	    "    Under the amended deal, Trident shareholders will get one "
	    "Hale share for each six Trident shares.",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_MERGER, "Hale Bakeries", "Trident Foods");
	tags_release(&t);
	/* shares handed out in a spin-off pay for nothing */
	run("ORLAND STORES <ORS>, KESSLER IN STANDSTILL PACT",
	    "Orland Stores Inc said it and investor Dana Kessler agreed on a "
	    "settlement that limits the Kessler group's ownership of "
	    "Orland's stock to less than five pct.\n"
	    "    The standstill also applies to Penrose Fabrics after it is "
	    "spun off to Orland stockholders, the company said.",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.target);
	assert_null(t.deal.acquirer);
	tags_release(&t);
}

/* Deal words that share a first stem keep their own types: "tender"
 * and "tender offer", "take over" and "take control". */
static void test_cues_sharing_a_stem(void **state)
{
	(void)state;
	struct tags t;
	run("MOBLEY COMPLETES GRANTHAM INDUSTRIES <GTX> TENDER",
	    "Mobley Corp said it had accepted about 2.3 mln shares or 98 pct of "
	    "Grantham Industries Inc under a tender offer that expired "
	    "yesterday.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);

	run("INVESTOR TO TAKE CONTROL OF RIVERTON <RVT>",
	    "Riverton Oaks Inc said investor Carl Mandel agreed to take "
	    "control of the company by buying 60 pct of its shares.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* A person may buy or sell (never be bought), and is never a company. */
static void test_person_parties(void **state)
{
	(void)state;
	struct tags t;
	run("SETTON <STN> GETS BUYOUT OFFER FROM CHAIRMAN",
	    "Setton Co said its board received a proposal from chairman "
	    "Philip Kaltbach to acquire Setton for 15.75 dlrs per share.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Philip Kaltbach");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Setton");
	assert_false(has(t.companies, t.ncompanies, "Philip Kaltbach"));
	assert_true(has(t.people, t.npeople, "Philip Kaltbach"));
	tags_release(&t);
}

/*
 * Dates are no names: "approved the acquisition last November" names no
 * target, and a clause past a date and a comma ("its tender offer in
 * November 1986, SB Holding owns") is another's; a company that seeks
 * bids is for sale, not a buyer.
 */
static void test_dates_and_bid_seekers(void **state)
{
	(void)state;
	static const struct {
		const char *title, *body;
		const char *acquirer, *target;
	} cases[] = {
		{"x", "Dorset Corp said its merger with Avery Corp was completed "
		 "and its stock no longer existed. Dorset, whose board approved "
		 "the acquisition last November for 90 mln dlrs, said its stock "
		 "now represents the right to receive 15 dlrs a share.",
		 "Avery", "Dorset"},
		{"HALLAM <HLM> SEEKS BIDS BY APRIL 2",
		 "Hallam Corp said it has asked potential purchasers of the "
		 "company to submit their proposals by 1700 EST on April 2.",
		 NULL, "Hallam"},
		{"TRELL <TRL> SETS MERGER VOTE",
		 "Trell Corp said a special meeting will vote in June on a "
		 "proposed merger with Osgood Holding Corp. Following its tender "
		 "offer in November 1986, Osgood Holding owns 54.7 pct of Trell.",
		 "Osgood", "Trell"},   /* the majority holder buys the rest */
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		expect_parties(cases[i].title, cases[i].body,
			       cases[i].acquirer, cases[i].target, NULL);
}

/*
 * A deal told as the time of the sentence's own ("Less than a year after
 * X's acquisition of Y, Z and W may be teaming up") is background: the
 * main clause's deal is the story's.
 */
static void test_background_clause(void **state)
{
	(void)state;
	struct tags t;
	run("Less than a year after Harwick made headlines with its "
	    "acquisition of Tolland Markets, another grocer may be teaming up",
	    "Kellan Foods and Orsay Group have held early talks about working "
	    "together, a source said.", NULL, NULL, NULL, &t);
	if (t.deal.type != DEAL_PARTNERSHIP)
		fail_msg("type %s, want partnership",
			 ex_deal_type_slug(t.deal.type));
	if (t.deal.acquirer || t.deal.target)
		fail_msg("the background deal's sides: '%s' -> '%s'",
			 t.deal.acquirer ? t.deal.acquirer : "",
			 t.deal.target ? t.deal.target : "");
	tags_release(&t);
	/* reported speech opens no time clause */
	run("VELTA <VLT>, ORMAN END MERGER TALKS",
	    "Velta Corp and Orman Inc said they ended merger talks.  Orman said "
	    "that since it signed a letter of intent to merge with Velta, "
	    "credit unions committed to buy more Orman shares.",
	    NULL, NULL, NULL, &t);
	if (t.deal.type != DEAL_MERGER)
		fail_msg("type %s, want merger", ex_deal_type_slug(t.deal.type));
	tags_release(&t);
}

/*
 * A person named before "he raised his stake" is the buyer; an office
 * holder speaking of a deal is not; initials do not count as a name's
 * words ("David F. La Roche").
 */
static void test_person_buyers(void **state)
{
	(void)state;
	static const struct {
		const char *title, *body;
		const char *acquirer, *target, *seller;
	} cases[] = {
		{"INVESTOR RAISES HOLLOWAY <HLW> STAKE",
		 "Boston investor Martin Ekdahl said he raised his stake in "
		 "Holloway Mills Inc to 912,000 shares, or 9.1 pct of the total "
		 "outstanding.", "Martin Ekdahl", "Holloway Mills", NULL},
		{"Investor has Renwick stake",
		 "Investor Paul Sandler disclosed he holds a 7.2 pct stake in "
		 "Renwick Stores Inc and is considering seeking control.",
		 "Paul Sandler", "Renwick Stores", NULL},
		{"INVESTOR STARTS BID FOR TOLAND <TLD> SHARES",
		 "Investor David F. La Roche of Newport said he is offering to "
		 "purchase 170,000 common shares of Toland Enterprises Inc at "
		 "26 dlrs each.", "David F. La Roche", "Toland Enterprises", NULL},
		{"INVESTOR CUTS HOLLOWAY <HLW> STAKE",
		 "Boston investor Martin Ekdahl said he reduced his stake in "
		 "Holloway Mills Inc to 3.1 pct of the total outstanding.",
		 NULL, "Holloway Mills", "Martin Ekdahl"},
		{"Minister favours buyer for Telcom",
		 "Industry Minister Anton Berrigan said he favoured a European "
		 "buyer to take over Telcom Holdings SA.", NULL, "Telcom", NULL},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		expect_parties(cases[i].title, cases[i].body,
			       cases[i].acquirer, cases[i].target,
			       cases[i].seller);
}

/* The deal's investors where the lead names its buyer by description or
 * one member only, and its buyer where others' bids are only discussed. */
static void test_group_investors(void **state)
{
	(void)state;
	struct tags t;
	/* a group's members listed later in the story */
	run("GROUP RAISES TREMONT <TRM> STAKE",
	    "An investor group led by Chicago investor Walter Brandis said it "
	    "may raise its holdings in Tremont Castings Inc to 30 pct.\n"
	    "    The group already holds 9.5 pct of Tremont.\n"
	    "    The group includes Brandis and Calder Fund, a Bermuda "
	    "investment company advised by Brandis.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Walter Brandis");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Calder Fund"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Brandis"));
	tags_release(&t);
	/* a partner the buyer acts with */
	run("ORLAND TO RAISE PEMBERTON <PMB> STAKE",
	    "Orland Group Ltd, a New York investment firm, said it intends to "
	    "raise its 8 pct stake in Pemberton Tool Inc to 12 pct.\n"
	    "    Orland said it had agreed to act in concert with Fairley, "
	    "Gage and Co, an affiliated firm, to acquire Pemberton.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orland"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Fairley, Gage"));
	tags_release(&t);
	/* another buyer of the same shares, tied to the buyer */
	run("HALCYON <HAL> TO BUY SHARES OF MORIKAWA",
	    "Halcyon Corp said it agreed to buy three mln shares of <Morikawa "
	    "Textile Co Ltd> for 12 mln dlrs.\n"
	    "    In addition, it said <Sakai Trading Co Ltd>, an affiliate of "
	    "Halcyon, will buy two mln new shares, or an 8 pct stake, of "
	    "Morikawa for nine mln dlrs.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Sakai Trading"));
	tags_release(&t);
	/* ... or who subscribes for the target's shares */
	run("HALCYON <HAL> TO BUY SHARES OF MORIKAWA",
	    "Halcyon Corp said it agreed to buy three mln shares of <Morikawa "
	    "Textile Co Ltd> for 12 mln dlrs.\n"
	    "    Halcyon also said <Banque Rothier of Geneva>, on behalf of a "
	    "Halcyon director, intends to subscribe for one mln shares of "
	    "Morikawa Textile at the same price.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Banque Rothier of Geneva"));
	tags_release(&t);
	/* people who buy together, each with a title */
	run("TRANSCO <TRN> SELLING UNIT",
	    "Transco Entertainment Corp said it will sell its investment in "
	    "Vantek Corp to the company chairman, Ronald Pike, and president, "
	    "Gordon Hale.\n"
	    "    The company said Pike and Hale will form a new company.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Ronald Pike"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Gordon Hale"));
	tags_release(&t);
	/* a rival's offer is no co-buyer's */
	run("DRAKE <DRK> BIDS FOR VELLUM",
	    "Drake Corp said it offered 20 dlrs a share for Vellum Inc.\n"
	    "    Drake also said its bid was better for holders than an "
	    "acquisition of Vellum by Corwin Inc would be.\n",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Corwin"));
	tags_release(&t);
	/* a buyout firm buying with the unit's managers invests */
	run("KESWICK <KSW> TO SELL UNIT",
	    "Keswick Corp said it agreed to sell its valve products group to "
	    "<Harlan and Moss Inc> and senior management of the group for "
	    "about 90 mln dlrs.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Harlan and Moss");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Harlan and Moss"));
	tags_release(&t);
	/* a holder described, then named: "the firm of X" */
	run("BROKERAGE FIRM RAISES STAKE IN DUNMORE <DUN>",
	    "The Boston brokerage firm of Tate, Ruskin and Pell told the "
	    "Securities and Exchange Commission it had raised its stake in "
	    "Dunmore Mills Inc to 7.4 pct, from 6 pct.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tate, Ruskin and Pell");
	tags_release(&t);
	/* ... or named by the next sentences */
	run("ADVISERS HAVE 8 PCT OF GLENWOOD <GLW>",
	    "Two partners of a Denver investment advisory firm told the "
	    "Securities and Exchange Commission they have acquired 90,000 "
	    "shares of Glenwood Homes Inc, or 8.1 pct of the total.\n"
	    "    The partners, Harold K. Voss and Dennis Marr, said they "
	    "bought the stock as an investment.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Harold K. Voss");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Dennis Marr"));
	tags_release(&t);
	run("FUNDS RAISE STAKE IN CORLISS <CRL>",
	    "Two Boston investment firms told the Securities and Exchange "
	    "Commission they had raised their holdings in Corliss Freight "
	    "Corp to 8.2 pct, from 7 pct.\n"
	    "    Harbor Growth Corp and Harbor Income Fund Inc said they "
	    "bought the shares for investment.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Harbor Growth");
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Harbor Income Fund"));
	tags_release(&t);
	/* who is granted an option to buy shares buys them, of the
	 * grantor named by "its" or after "of" (no buyback of its own) */
	run("VARNEY <VRN> SETS PACT WITH ORCHARD",
	    "Varney Instruments Inc said it granted Orchard Supply Corp an "
	    "option to buy 15 pct of its shares at 9 dlrs a share.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orchard Supply");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Varney Instruments");
	tags_release(&t);
	/* others' proposals: the company that weighs them is bought */
	run("LINDEN <LND> BOARD TO MEET",
	    "Linden Instruments Inc said its board would meet to discuss all "
	    "proposals to acquire the company.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Linden Instruments");
	tags_release(&t);
	/* "offers" as a verb: its subject bids */
	run("HALVERSON OFFERS TO ACQUIRE KEMBLE FOR 11 DLRS A SHARE",
	    "Halverson Inc said it offers to acquire Kemble Corp for 11 dlrs "
	    "a share.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Halverson");
	tags_release(&t);
	/* "offers to buy shares from X": X offers, it sells nothing */
	run("FUNDS RAISE STAKE IN ARDEN <ARD>",
	    "Pelham Fund Inc said it raised its stake in Arden Courier Corp "
	    "to 7.2 pct and was weighing offers to buy Arden shares from "
	    "Vance Acquisition Inc for 35 dlrs a share.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* Businesses bought or sold by description. */
/* Who holds a stake or joins a venture when the words around the cue are
 * not the usual ones: the stake's size between the holder and the cue, a
 * person's pronoun, a title before a name, a securities house, a venture's
 * partner named in the lead. */
static void test_holders_and_partners(void **state)
{
	(void)state;
	struct tags t;
	/* the holder stands before the stake's size, in another sentence */
	run("ORMOND LIFE SEEKS BANKING TIE",
	    "Ormond Life Assurance Co said it had a record year.\n"
	    "    It would take a 12 pct stake in Kessel Brothers Inc, a "
	    "spokesman said.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Ormond Life Assurance");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kessel Brothers");
	tags_release(&t);
	/* "he" is the person, not the story's first company */
	run("TALBOT FURNITURE <TLB> REVIEWS OPTIONS",
	    "Talbot Furniture Inc said it will review its options.\n"
	    "    Last week investor Gerald Marsh reported that he holds a 6.4 "
	    "pct stake in Talbot and may seek control of the company.\n",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Talbot Furniture") != 0);
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Talbot Furniture"));
	tags_release(&t);
	/* a title before a person is not part of the name */
	run("MARSH HAS STAKE IN TALBOT <TLB>",
	    "Financier Gerald Marsh, who holds a 6.4 pct stake in Talbot "
	    "Furniture Inc, said he may seek control of it.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Gerald Marsh");
	tags_release(&t);
	/* a securities house is a firm, no issue of securities */
	run("ORMOND LIFE SEEKING TIE WITH U.S. SECURITIES HOUSE",
	    "<Ormond Life Assurance Co> is looking for a link with an "
	    "American securities house, a spokesman said.\n"
	    "    He declined to comment on rumours that the company would take a "
	    "10 pct stake in <Kessel Brothers>, a unit of Pardee Corp.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_int_equal(t.deal.status, STATUS_RUMOURED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Ormond Life Assurance");
	tags_release(&t);
	/* ... but a headline about securities dealers is still no deal */
	run("REGULATOR WARNS SECURITIES DEALERS ON FEES",
	    "The regulator warned securities dealers on Tuesday that "
	    "excessive fees would be punished.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* a venture's headline names one partner, the lead the other */
	run("HALVORSEN <HLV> FORMS JOINT VENTURE",
	    "Halvorsen Corp said it formed a joint venture with Tamura "
	    "Electric Co Ltd to make printed circuit boards in Ohio.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.parties, t.deal.nparties, "Halvorsen"));
	assert_true(has(t.deal.parties, t.deal.nparties, "Tamura Electric"));
	tags_release(&t);
	/* "the merger of X and Y": both are parties */
	run("COURT HALTS MERGER",
	    "A federal court blocked the 300 mln dlr merger of Halvorsen "
	    "Corp <HLV> and <Tamura Electric Co> hours before it closed.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_true(has(t.deal.parties, t.deal.nparties, "Halvorsen"));
	assert_true(has(t.deal.parties, t.deal.nparties, "Tamura Electric"));
	tags_release(&t);
	/* a bid's kind between its owner and the bid: "Y's amended
	 * offer" is Y's; "has amended its offer" is a verb */
	run("KESSEL SAYS PARDEE OFFER RESTATES TERMS",
	    "Kessel Corp said Pardee Inc's amended offer restates its "
	    "original conditions.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Pardee");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kessel");
	tags_release(&t);
	run("PARDEE REVISES OFFER FOR KESSEL",
	    "Kessel Corp said Pardee Inc has amended its offer for the "
	    "company.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Pardee");
	tags_release(&t);
	/* raising a bid is no money raised, its price in between */
	run("HALDANE MAY HAVE TO RAISE BID",
	    "Haldane Corp may have to raise its planned 40 dlrs a share "
	    "tender offer for the publicly traded shares of Talbot Stores "
	    "Inc, analysts said.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Haldane");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Talbot Stores");
	tags_release(&t);
	/* "its" right before the bid makes it the subject's own, whatever
	 * the verb ("received notice ... for its bid") */
	run("WAITING PERIOD ENDS ON HALDANE <HLD> BID",
	    "Haldane Corp said it received notice of early termination of the "
	    "waiting period for its 90 mln dlr takeover bid for Talbot Stores "
	    "Inc.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Haldane");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Talbot Stores");
	tags_release(&t);
	/* "agreed to be acquired ... by a company formed by X", and the
	 * headline's sides turned round by it (X named with initials) */
	run("TALBOT <TLB> IN BUYOUT WITH KESSEL <KSL>",
	    "Talbot Stores Inc said it has agreed to be acquired for about 90 "
	    "mln dlrs by a company formed by J.P. Kessel Partners Inc and "
	    "managers of Talbot.\n"
	    "    Kessel Partners, a unit of Pardee Corp, will own the company.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Talbot Stores");
	assert_non_null(t.deal.acquirer);
	assert_true(strstr(t.deal.acquirer, "Kessel") != NULL);
	tags_release(&t);
	/* a class of shares is no target; the person bids */
	run("MARSH BIDS FOR TALBOT <TLB>",
	    "Hotel owner and developer Gerald Marsh has offered to acquire "
	    "all Class A common shares of Talbot Furniture Inc, a spokesman "
	    "for Marsh said.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Talbot Furniture");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Gerald Marsh");
	tags_release(&t);
	/* an action on a bid is the target's */
	run("KESSEL <KSL> TAKES NO ACTION ON PARDEE <PRD> BID",
	    "Kessel Brothers Inc said its directors reviewed a Pardee Corp "
	    "merger proposal but took no action on it.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Pardee");
	assert_false(t.deal.target && !strcmp(t.deal.target, "Pardee"));
	tags_release(&t);
}

/* A fund of convertible securities is named so: the word that keeps
 * "Convertible Debentures" out of the company list stays in a fund's name. */
static void test_fund_names(void **state)
{
	(void)state;
	struct tags t;
	run("HALDANE <HLD> SHAREHOLDERS REBUKE KESSEL OFFER",
	    "Haldane Convertible Fund Inc, the target of an unfriendly cash "
	    "offer by <Kessel Holdings Inc>, said its shareholders approved "
	    "new voting rules.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Haldane Convertible Fund"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Haldane Convertible Fund");
	tags_release(&t);
	run("HALDANE <HLD> SELLS DEBENTURES",
	    "Haldane Corp said it sold 50 mln dlrs of Haldane Convertible "
	    "Debentures due 2011 to underwriters.\n",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies,
			 "Haldane Convertible Debentures"));
	tags_release(&t);
}

/* A hyphenated word is one word of a name: the name starts with it, not
 * after its hyphen; two names' deal, a rating and a suffix glued to a
 * name are no such word. */
static void test_hyphenated_names(void **state)
{
	(void)state;
	struct tags t;
	run("HALVORSEN <HLV> BUYS DIAL-A-LEDGER",
	    "Halvorsen Corp said it acquired the processing contracts of "
	    "Dial-A-Ledger L.P. for about 5.7 mln dlrs cash.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Dial-A-Ledger"));
	assert_false(has(t.companies, t.ncompanies, "Ledger"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dial-A-Ledger");
	tags_release(&t);
	run("KORVA-PELTO ENTERPRISES <KPE> TO SELL DEBT",
	    "Korva-Pelto Enterprises Inc said it filed for an offering of "
	    "debt, with Mork-Tallis Securities Inc as manager.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Korva-Pelto Enterprises"));
	assert_false(has(t.companies, t.ncompanies, "Pelto Enterprises"));
	assert_true(has(t.companies, t.ncompanies, "Mork-Tallis Securities"));
	assert_false(has(t.companies, t.ncompanies, "Tallis Securities"));
	tags_release(&t);
	run("SENATOR ASKS ABOUT AIRLINE MERGER",
	    "The senator said he was concerned about the pending "
	    "Halvair-Kestrel Airlines merger.\n",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Halvair-Kestrel Airlines"));
	assert_true(has(t.companies, t.ncompanies, "Kestrel Airlines"));
	tags_release(&t);
	run("RATING AGENCY RAISES PAPER",
	    "The agency said it raised to A-1 from A-2 Pardee Security "
	    "Corp's commercial paper.\n",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "A-2 Pardee Security"));
	tags_release(&t);
}

/* A count of goods after "buy" or "sale of" is an order, whoever makes
 * them: the maker's name is no target; a count of companies is a deal. */
static void test_counted_goods(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"BALDRIC AIR TO BUY FIVE U.S.-BUILT AIRLINERS",
		 "State-owned Baldric Air has signed a contract to buy five "
		 "Halvorsen Aerospace Corp <HAC.N> HA-11 wide-bodied airliners "
		 "for its longhaul routes, the agency reported.",
		 DEAL_NONE, NULL, NULL},
		{"ORTON AIRLINES TO BUY 16 KESTREL COMMUTER PLANES",
		 "Orton Airlines Inc said it agreed to buy 16 Kestrel "
		 "Aviation Ltd commuter planes for 90 mln dlrs.",
		 DEAL_NONE, NULL, NULL},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	struct tags t;
	run("PARDEE TO BUY TWO TEXAS BANKS",
	    "Pardee Corp said it agreed to buy two Texas banks, Kestrel "
	    "Bancorp and Orlo Bank Corp, for 90 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Pardee");
	tags_release(&t);
}

/* Money raised or invested "in recent years" or "over the past five
 * years" is a trend the story tells (a market's), not a round nor an
 * investment; a round of its own stays one, even in a story that tells
 * the trend too. */
static void test_years_trend(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"Online grocery market to reach $1.4 trillion by 2030, report says",
		 "The global online grocery market is expected to reach $1.4 "
		 "trillion by 2030, according to a report by Halvard Research. "
		 "Companies such as Basketly and Ocado have raised billions "
		 "of dollars in recent years.",
		 DEAL_NONE, NULL, NULL},
		{"Foreign money pours into Indonesian startups",
		 "Alibaba has invested more than $3 billion in Tokopedia and "
		 "Lazada over the past five years, a study showed.",
		 DEAL_NONE, NULL, NULL},
		{"Grocery apps boom",
		 "Grocery delivery apps have boomed.  Ocado has raised more "
		 "than $2 billion over the years, according to the study.",
		 DEAL_NONE, NULL, NULL},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	struct tags t;
	run("Freshcart raises $40 million in Series B round",
	    "Freshcart, an online grocer, said on Monday it raised $40 million "
	    "in a Series B round led by Kestrel Ventures.  The company has "
	    "raised $90 million over the past three years.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Freshcart");
	tags_release(&t);
	run("Online grocer news",
	    "Freshcart, an online grocer, said on Monday it raised $40 million "
	    "in a Series B round led by Kestrel Ventures.  Grocers such as "
	    "Basketly have raised billions in recent years.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
}

/* An authority that rules on deals (the FTC, the FHLBB) buys and is
 * bought in none; a deal word naming a rule about deals ("merger
 * limits", "takeover law") tells no deal; the parts of an owner said to
 * be privately held are bought from it, not it. */
static void test_regulators_and_rules(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"Vantor asks FTC to lift merger limits",
		 "Vantor Industries Inc asked the Federal Trade Commission to "
		 "lift a 2009 order that requires it to seek the agency's "
		 "approval before it buys pump makers.",
		 DEAL_NONE, NULL, NULL},
		{"Court upholds Ohio takeover law",
		 "A federal appeals court on Tuesday upheld Ohio's takeover "
		 "law, which lets a company's directors delay a vote of its "
		 "shareholders.",
		 DEAL_NONE, NULL, NULL},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	struct tags t;
	run("Failed thrift acquired",
	    "The FHLBB announced the acquisition of Lakeside Savings Bank of "
	    "Tacoma, a failed savings institution.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Lakeside Savings Bank");
	tags_release(&t);
	static const char *const heads[] = {
		"Corvane signs letter of intent",
		"CORVANE <CRV> TO BUY REALTY DIVISIONS",
	};
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		run(heads[i],
		    "Corvane Corp said it signed a letter of intent to buy two "
		    "subsidiaries of the privately held Halden Group Inc.",
		    NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.type, DEAL_ACQUISITION);
		assert_non_null(t.deal.acquirer);
		assert_string_equal(t.deal.acquirer, "Corvane");
		assert_non_null(t.deal.seller);
		assert_string_equal(t.deal.seller, "Halden");
		assert_true(!t.deal.target || !strstr(t.deal.target, "Halden"));
		tags_release(&t);
	}
}

/* A stake "offloaded" is sold: its seller the subject, its buyer after
 * "to"; a sovereign fund of the company list sells as any holder does;
 * a total after ", or" restates the price a share before it, the debt
 * it counts aside; two investors joined by "and", the second with a
 * suffix, are two; who "weighs a bid for" something described bids. */
static void test_offload_restated_price_and_bidders(void **state)
{
	(void)state;
	expect_parties("Pellar offloads lithium stake",
		       "Pellar Mining Ltd has agreed to offload its 35 percent "
		       "stake in the Cerro Azul project to Quintana Metales SA "
		       "for A$210 million.",
		       "Quintana Metales", "Cerro Azul", "Pellar Mining");
	expect_parties("Kuwait fund exits port operator",
		       "The Kuwait Investment Authority said it has sold its 6 "
		       "percent stake in Harlow Terminals to Ostrava Logistics "
		       "AG.",
		       "Ostrava Logistics", "Harlow Terminals",
		       "Kuwait Investment Authority");
	expect_parties("Sarto weighs bid for Czech furniture retailer, sources "
		       "say",
		       "Sarto Holdings is exploring an acquisition of Czech "
		       "furniture retailer Nabytek Dvorak, people familiar with "
		       "the matter said.",
		       "Sarto", "Nabytek Dvorak", NULL);
	struct tags t;
	run("Dunmore to buy Pelham Brands",
	    "Dunmore Foods Inc said it would buy biscuit maker Pelham Brands "
	    "Inc for $38 a share in cash, or about $1.6 billion including "
	    "debt.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.amount >= 0);
	assert_string_equal(t.amounts[t.deal.amount].text, "$1.6 billion");
	assert_int_equal(t.amounts[t.deal.amount].kind, AMOUNT_DEAL);
	tags_release(&t);
	run("Parcelo raises $30 million",
	    "Vietnamese parcel startup Parcelo said it had raised $30 million "
	    "in a Series B round led by Harbour Peak Capital, with "
	    "participation from Lotus Ventures and Ironwood Partners.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Lotus Ventures"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Ironwood"));
	tags_release(&t);
}

/* A target the headline only describes ("buys clinic chain") is the
 * name the lead writes right after the same words; a company selling "a
 * 40 percent stake to" a buyer sells a stake in itself (the target), not
 * "its stake" or a stake in another ("Orinda stake"), and a headline's
 * "stake sale" is a sale its subject makes; "peso" written as a
 * sum's adjective ("the 8.5 billion peso deal") is money. */
static void test_described_target_and_own_stake(void **state)
{
	(void)state;
	expect_parties("Marisol Health buys dental chain",
		       "Marisol Health SA has bought Spanish dental chain "
		       "Odontia for 120 million euros, the company said.",
		       "Marisol Health", "Odontia", NULL);
	expect_parties("Lotus Beverage in talks over stake sale",
		       "Lotus Beverage Corp is in advanced talks to sell a 40 "
		       "percent stake to Siam Breweries, two sources said.",
		       "Siam Breweries", "Lotus Beverage", NULL);
	expect_parties("Kelvin Telecom in talks to sell Orinda stake to Orbis",
		       "Kelvin Telecom said it remained in talks with Orbis "
		       "Holdings over the sale of its 55% stake in Orinda "
		       "Mobile.",
		       "Orbis", "Orinda", "Kelvin Telecom");
	expect_parties("Lotus Beverage in talks to sell stake",
		       "Lotus Beverage Corp is in advanced talks to sell a 40 "
		       "percent stake to Siam Breweries Co, two sources said.",
		       "Siam Breweries", "Lotus Beverage", NULL);
	struct tags t;
	run("Court halts Petronor unit sale",
	    "MEXICO CITY, May 30 - A Mexican court on Tuesday blocked the sale "
	    "of a Petronor fertilizer unit to Lonestar Refining Co, ruling "
	    "that the 8.5 billion peso deal needed approval.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.amount >= 0);
	assert_string_equal(t.amounts[t.deal.amount].text, "8.5 billion peso");
	assert_string_equal(t.amounts[t.deal.amount].m.currency, "MXN");
	tags_release(&t);
}

/* Goods' words that describe a business ("online car marketplace X",
 * "computer firm") are no goods bought; a "pre-IPO round" is a round;
 * "rival X" names a company; "it" a few verbs before the deal, another
 * company between, is the clause's subject ("X said it was not in talks
 * with Y, after reports said it was preparing to buy Y"). */
static void test_trades_pre_ipo_rivals_and_it(void **state)
{
	(void)state;
	expect_parties("Korvo unit buys car site",
		       "A unit of Korvo Group has agreed to buy online car "
		       "marketplace Autovia for R1.2 billion, the group said.",
		       "Korvo", "Autovia", NULL);
	struct tags t;
	run("Medira raises $150 million",
	    "Indian clinic chain Medira has raised $150 million in a pre-IPO "
	    "round from investors including Temasek.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Temasek"));
	tags_release(&t);
	run("Grocery startup Freshly pulls out of deal with Sayurbox after "
	    "regulator probe",
	    "JAKARTA, Aug 19 - Indonesian grocery startup Freshly has pulled "
	    "out of its planned merger with rival Sayurbox after the "
	    "competition watchdog opened an investigation, Freshly said on "
	    "Friday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	assert_true(has(t.companies, t.ncompanies, "Sayurbox"));
	tags_release(&t);
	expect_parties("Ridewell says not in talks with Tumpang",
		       "Ridewell Holdings said it was not in talks with "
		       "Tumpang Group, after media reports said it was "
		       "preparing to buy Tumpang.",
		       "Ridewell", "Tumpang", NULL);
}

/* "the merger of X into Y": Y buys X; "COMPUTER ASSETS", "X-RAY
 * PRODUCTS UNIT" are a business's parts, no goods; "game developer
 * Lumpini Studio" is a company; "a stake in Kestrel Agri" sold by
 * Kestrel Group is in the unit; "agrees 240p-a-share takeover by Y" and
 * "an offer of 1,189 pence per share from Y" name Y the bidder; "ended
 * talks" ends them; "SETS TENDER
 * FOR" launches an offer (proposed, not agreed). */
static void test_merger_into_parts_and_set_tender(void **state)
{
	(void)state;
	expect_parties("ALDEN <ALD> HOLDERS APPROVE MERGER",
		       "Alden Savings Bank said its shareholders approved the "
		       "merger of Alden into Harwich Bancorp Inc.",
		       "Harwich", "Alden Savings Bank", NULL);
	expect_parties("TELCOR <TLC> BUYS MAXTON <MXT> COMPUTER ASSETS",
		       "Telcor Systems Inc said it agreed to buy the computer "
		       "assets of Maxton Corp for an undisclosed sum.",
		       "Telcor Systems", "Maxton", NULL);
	/* a one-word-only noun ("developer") before a name ending as a
	 * firm's does ("Studio") */
	expect_parties("Tencent in Thai gaming deal",
		       "Tencent Holdings has invested $50 million in Thai game "
		       "developer Lumpini Studio in exchange for a 10 percent "
		       "stake.",
		       "Tencent", "Lumpini Studio", NULL);
	/* a unit named after its parent's short name is the target, not
	 * the parent that sells it */
	expect_parties("Kestrel to sell farm unit stake",
		       "Kestrel Group said on Monday it would sell a 20 percent "
		       "stake in Kestrel Agri to Salic Co for $1.24 billion.",
		       "Salic", "Kestrel Agri", "Kestrel");
	/* a price between the agreement and the takeover, or between the
	 * offer and its bidder */
	expect_parties("Harcourt agrees 240p-a-share takeover",
		       "Harcourt Group has agreed to a 240p-a-share takeover "
		       "by Tallis Partners.",
		       "Tallis", "Harcourt", NULL);
	expect_parties("Marlow Homes backs offer",
		       "Marlow Homes Plc said it would recommend a cash offer "
		       "of 1,189 pence per share from Redgrave Capital.",
		       "Redgrave Capital", "Marlow Homes", NULL);
	/* a headline that names no side, its business described again in
	 * the lead, which names the sides */
	expect_parties("Road builder sells toll assets for INR 900 Cr",
		       "MUMBAI, Aug 9 - Kaveri Infra Projects Ltd will sell "
		       "four toll assets to Sahyadri Road Trust for INR 913.7 "
		       "Cr, the company said.",
		       "Sahyadri Road Trust", "four toll assets",
		       "Kaveri Infra Projects");
	struct tags t;
	/* "ended talks" ends them; a relative clause's past does not */
	run("CORWITH SAYS IT ENDED TALKS ON BUYING DELMAR",
	    "Corwith Group Inc said it ended talks on buying Delmar Corp from "
	    "Halsey Industries Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("HALDANE <HLD> SETS TENDER FOR KIRBY <KRB>",
	    "Haldane Corp said it began a tender offer for all shares of "
	    "Kirby Industries Inc at 22 dlrs a share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* Money a company spends on what it builds ("to invest $5 billion in a
 * new EV plant") is no investment in another; an investment in a named
 * company stays one.  A company that "may be acquired" is not acquired
 * yet; an offer that lapsed is terminated.  A headline's company bought
 * is the seller of the part the lead says is bought; "the initial public
 * offering of X" lists X, its pricer sells; "form EV joint venture" has
 * no partner "EV"; "from Canada's X" names the seller X. */
static void test_capital_spending_and_may_be_acquired(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"Orvel Motors to invest $4 billion in new EV plant",
		 "Orvel Motors plans to invest $4 billion in a new electric "
		 "vehicle plant in Vietnam, the company said on Wednesday.",
		 DEAL_NONE, NULL, NULL},
		{"Orvel Motors invests $40 million in Lumo Cells",
		 "Orvel Motors said it had invested $40 million in battery "
		 "startup Lumo Cells.",
		 DEAL_INVESTMENT, "Orvel Motors", "Lumo Cells"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	/* a headline's company bought, the lead's part of it bought from
	 * it */
	expect_parties("Carrick completes purchase of Ardmore coal unit",
		       "Carrick Plc said on Thursday it had completed its "
		       "acquisition of a 77 percent stake in Ardmore "
		       "Resources' steelmaking coal business for $6.9 billion.",
		       "Carrick", "steelmaking coal business",
		       "Ardmore Resources");
	/* the IPO "of" a company its owner prices: the company goes
	 * public, the owner sells */
	expect_parties("Brandt prices Falke IPO",
		       "Brandt AG priced the initial public offering of Falke "
		       "Motoren AG at 41 euros per share, raising 3.2 billion "
		       "euros.",
		       NULL, "Falke Motoren", "Brandt");
	/* the seller after "from" and its country's possessive */
	expect_parties("x",
		       "Australia's Pilgrim Metals Ltd said it would buy a "
		       "lithium project in Quebec from Canada's Borealis "
		       "Lithium Corp for C$120 million.",
		       "Pilgrim Metals", NULL, "Borealis Lithium");
	struct tags t;
	/* the value a takeover puts on its target is the deal's; the value
	 * a listing's price puts on the company is a valuation */
	run("Halcrow agrees takeover by Kestrel",
	    "Halcrow Plc said it had agreed to a takeover by Kestrel Partners "
	    "at 520 pence per share, valuing the company at about 1.2 billion "
	    "pounds.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.amount >= 0);
	assert_string_equal(t.amounts[t.deal.amount].text,
			    "1.2 billion pounds");
	assert_int_equal(t.amounts[t.deal.amount].kind, AMOUNT_DEAL);
	tags_release(&t);
	run("Orrin prices IPO",
	    "Orrin Ltd priced its initial public offering at 32 dollars per "
	    "share, valuing the company at about 4 billion dollars.",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.namounts; i++)
		if (!strcmp(t.amounts[i].text, "4 billion dollars"))
			assert_int_equal(t.amounts[i].kind, AMOUNT_VALUATION);
	tags_release(&t);
	/* "to form EV joint venture": the acronym describes the venture */
	run("Kawaji, Sorin to form EV joint venture",
	    "Kawaji Motor Co and Sorin Electronics Corp said on Friday they "
	    "would set up a joint venture to build electric vehicles.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kawaji Motor"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Sorin Electronics"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "EV"));
	tags_release(&t);
	/* an offer that lapses ends; an MoU that lapses in talks does not */
	run("Brenton's $2 billion bid for Colwyn lapses",
	    "Brenton Holdings said its $2 billion hostile offer for Colwyn "
	    "Corp lapsed on Friday after it failed to win enough acceptances.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Dalby shares soar on report it may be acquired",
	    "Shares of Dalby Biotech Inc jumped 25 percent on Thursday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* Goods merged or offered are no deal ("systems previously offered by
 * X have been merged into a single family of products"); "A AND B
 * STAKES" names the first stake; "X-Y MERGER" names
 * both; a proposal "from" a company that the subject received is that
 * company's bid for the subject; "X said a group of investors has
 * acquired N shares" leaves the buyer unnamed; initials keep their
 * "Industries"; "its partner Y" beside a co-buyer is no partnership; a
 * debut "after" an IPO is the IPO's; a story marking no dollar about
 * Canadian companies writes Canadian ones. */
static void test_goods_merged_and_unnamed_buyers(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"NORVIK <NVK> MERGES COMPUTER SYSTEMS",
		 "Norvik Corp said the move would simplify its range.",
		 DEAL_NONE, NULL, NULL},
		{"Tessel gets takeover proposal",
		 "Tessel Industries Inc said it received a written proposal "
		 "from Marrow Holdings Inc seeking to buy all of its "
		 "outstanding shares for 11.25 dlrs a share.",
		 DEAL_ACQUISITION, "Marrow", "Tessel"},
		{"x",
		 "Dunmore Savings Co said a group of investors has acquired "
		 "310,000 common shares, or 18.5 pct, for 21 dlrs per share.",
		 DEAL_STAKE, NULL, "Dunmore Savings"},
		{"Kettering, Lowe clinch Ashby Stores for $2 billion",
		 "Kettering Group and its Dutch partner Lowe Holding have "
		 "agreed to buy Ashby Stores from the Pell family for about "
		 "$2 billion.",
		 DEAL_ACQUISITION, "Kettering", "Ashby Stores"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	struct tags t;
	/* no deal a filter would count, no side */
	run("Norvik updates its server range",
	    "Norvik Corp said that computer systems previously offered by "
	    "its Alder and Birch divisions have been merged into a single "
	    "family of products.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.type == DEAL_NONE ||
		    t.deal.confidence < EX_DEAL_CONFIDENCE_MIN);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.target);
	tags_release(&t);
	run("BRANDT LIFTS HALLOWAY AND MERCER STAKES",
	    "<Brandt Investments Ltd> said it has lifted its stakes in "
	    "British oil company Halloway Plc <HAL.L> and U.S. firm <Mercer "
	    "Co>.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Brandt Investments");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Halloway");
	tags_release(&t);
	run("JUSTICE OPPOSES QUICK ASHDOWN-BELLWEATHER MERGER",
	    "The Justice Department said it opposed quick approval of a bid "
	    "by Ashdown Lines Inc to take control of Bellweather Corp.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.parties, t.deal.nparties, "Ashdown Lines"));
	assert_true(has(t.deal.parties, t.deal.nparties, "Bellweather"));
	assert_false(has(t.deal.parties, t.deal.nparties, "Justice"));
	tags_release(&t);
	run("x", "K.R. Industries Inc said it bought Pemberton Corp.", NULL,
	    NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "K.R. Industries"));
	tags_release(&t);
	run("x", "PQ Group Inc said it raised its stake in Dorlan Corp.", NULL,
	    NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "PQ Group"));
	tags_release(&t);
	run("Qorvia soars 60% in Nasdaq debut after $240 million IPO",
	    "Qorvia Inc closed its first day of trading up 60 per cent after "
	    "pricing its initial public offering at $18 a share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
	run("Harlow Bank soars on market debut",
	    "Shares of Harlow Bank Corp. jumped 40 percent on their market "
	    "debut on Friday.  The lender raised 1.2 trillion won in the "
	    "offering.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
	run("Ridgeway tops rival with $1.2-billion offer for Tamsin Gold",
	    "Tamsin Gold Ltd. has agreed to be taken over by Ridgeway Mining "
	    "for $4 a share in cash, ending a hostile pursuit by "
	    "Toronto-based Carver Mining.  The Vancouver-based miner's board "
	    "backs the offer.",
	    NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "$4 a share"));
	assert_string_equal(currency_of(&t, "$4 a share"), "CAD");
	tags_release(&t);
	/* a later sentence's sum "equivalent to" the round in pesos, or
	 * in apposition to "the new money" in pounds, is the same amount */
	run("Tlaloc Pay raises US$250 million",
	    "MEXICO CITY -- Tlaloc Pay has raised US$250 million from Condor "
	    "Ventures in a round led by Condor.\n\nThe investment, "
	    "equivalent to about 5 billion pesos, will fund hiring.  The new "
	    "money, about 195 million pounds, will also pay for marketing.",
	    NULL, NULL, NULL, &t);
	assert_null(currency_of(&t, "5 billion pesos"));
	assert_null(currency_of(&t, "195 million pounds"));
	assert_non_null(currency_of(&t, "US$250 million"));
	tags_release(&t);
	/* ", or roughly" a sum in another currency than dollars */
	run("Siam Group buys Harrow's for 2 billion pounds",
	    "Siam Group has agreed to buy Harrow's from the Pell family for "
	    "about 2 billion pounds, or roughly 90 billion baht.",
	    NULL, NULL, NULL, &t);
	assert_null(currency_of(&t, "90 billion baht"));
	tags_release(&t);
	/* a round's size beside the bank the company is */
	run("Kestrel raises $300mn",
	    "Kestrel has raised $300mn in a funding round led by Arden "
	    "Ventures, valuing the digital bank at $3bn.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.amount >= 0);
	assert_string_equal(t.amounts[t.deal.amount].text, "$300mn");
	assert_int_equal(t.amounts[t.deal.amount].kind, AMOUNT_FUNDING);
	tags_release(&t);
	/* a part of the sayer's that an unnamed group offers for */
	expect_parties("HALVARD STEEL UPDATE",
		       "Halvard Steel Corp said a group of investors offered "
		       "to buy its Dunmore steel plate mill for six mln dlrs.",
		       NULL, "Dunmore", "Halvard Steel");
	/* a name's acquisitions are its own; the part of a named owner
	 * bought, however the sentence goes on */
	expect_parties("MORE HALBERT ACQUISITIONS SEEN",
		       "Halbert Brands Inc's 320 mln dlrs acquisition of "
		       "Corliss Chemical Corp's wine business is expected to "
		       "be one of several, analysts said.",
		       "Halbert Brands", "wine business", "Corliss Chemical");
	/* Australia named in passing, no more than Norway: US dollars */
	run("Corvin sells classifieds unit to Hallvard for $9.2 billion",
	    "Corvin Inc said it would sell its classifieds unit to Norway's "
	    "Hallvard ASA in a deal worth $9.2 billion.  The unit runs sites "
	    "in Britain and Australia.",
	    NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "$9.2 billion"));
	assert_string_equal(currency_of(&t, "$9.2 billion"), "USD");
	tags_release(&t);
}

/* "acquired a X branch": X's branch is bought, X sells it; "N shares of
 * Y were validly tendered": Y is the tender's target, the sentence's
 * company its bidder. */
static void test_branch_and_shares_tendered(void **state)
{
	(void)state;
	expect_parties("x",
		       "Garnet Financial Corp said its Garnet Savings Bank "
		       "acquired a Harbor Federal Savings Association branch "
		       "in Ocala, Fla.",
		       "Garnet Savings Bank",
		       "Harbor Federal Savings Association branch",
		       "Harbor Federal Savings Association");
	static const struct sides_case cases[] = {
		{"LINDEN <LND> TENDER EXPIRES",
		 "Crane Acquisition Corp, a unit of Bexley Partners Inc, said "
		 "21.4 mln shares of Linden Stores Corp were validly tendered "
		 "by the expiration of its offer.",
		 DEAL_TENDER, "Crane Acquisition", "Linden Stores"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
}

/* A hyphenated compound's "to" ("cigarettes-to-hotels") names no buyer;
 * the known names a story writes in full or short (British American
 * Tobacco, BAT; Anheuser-Busch InBev, AB InBev) are shown in full. */
static void test_compound_to_and_full_names(void **state)
{
	(void)state;
	struct tags t;
	run("x",
	    "Acme Holdings sold a 3.5% stake in Indian cigarettes-to-hotels "
	    "conglomerate Lotus for 1,200 crore rupees on Wednesday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_null(t.deal.acquirer);
	tags_release(&t);
	expect_parties("BAT sells 2% of Norland for $900 million",
		       "British American Tobacco sold a 2% stake in Norland "
		       "Foods for $900 million, BAT said.",
		       NULL, "Norland Foods", "British American Tobacco");
	expect_parties("Kirin to buy Danish brewer Skagen Bryggeri",
		       "Kirin Holdings has agreed to buy Skagen Bryggeri from "
		       "AB InBev for $2 billion.",
		       "Kirin", "Skagen Bryggeri", "Anheuser-Busch InBev");
}

/* A capitalised "Years" inside a suffixed name is the name's ("Magic
 * Years ... Inc"); a self-tender story's tender is a buyback even when a
 * rule names its company; an offer "for consumer healthcare arm" that a
 * company rejects is for the arm the lead names, its owner selling. */
static void test_self_tender_years_and_arm(void **state)
{
	(void)state;
	struct tags t;
	run("x",
	    "Happy Years Dental Care and Learning Centers Inc said it signed a "
	    "letter of intent to acquire three clinics for 400,000 dlrs.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies,
			"Happy Years Dental Care and Learning Centers"));
	assert_non_null(t.deal.acquirer);
	tags_release(&t);
	run("CORVAL GROUP <CRV> PLANS ISSUER TENDER",
	    "Corval Group Inc said it filed a registration statement with the "
	    "Securities and Exchange Commission covering two issuer tender "
	    "offers for its class A shares and its debentures.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* the buyer after a business described at length */
	expect_parties("CORLAND COMPLETES SALE",
		       "Corland Corp said it completed the sale of its water "
		       "properties serving 6,000 customers in three western "
		       "Iowa towns to Prairie Water Utility Co of Ames, Iowa.",
		       "Prairie Water Utility", "water properties", "Corland");
	/* a person named between commas after a title */
	run("x",
	    "A Nevada investor, Harold Brinkley, told the Securities and "
	    "Exchange Commission he holds 6.1 pct of the shares of Denholm "
	    "Corp.  Its partner, Western Silicon Designs, said nothing.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.people, t.npeople, "Harold Brinkley"));
	assert_false(has(t.people, t.npeople, "Western Silicon Designs"));
	tags_release(&t);
	expect_parties("Halsey rejects Omnia's 30 billion pound offer for "
		       "consumer healthcare arm",
		       "Halsey Plc has rejected three proposals from Omnia "
		       "Group for Halsey Consumer Healthcare, the latest valuing "
		       "the business at 30 billion pounds.",
		       "Omnia", "Halsey Consumer Healthcare", "Halsey");
}

/* The company a sentence opens with, past an apposition between
 * commas, raises; buyers that "have won the tender to buy" buy, the first
 * of two joined past a description ("and Israeli logistics company Y")
 * leading; "NIS" is the shekel. */
/*
 * The target's owner stated in a sentence of its own is the seller; a
 * company seeking a buyer sells; a town named with its state is a place
 * (never an investor) and opens a described asset; a number inside a
 * name is the name's, no amount.
 */
static void test_unit_owner_buyer_sought_and_towns(void **state)
{
	(void)state;
	struct tags t;
	run("Harlow Finance to buy leasing firm",
	    "Harlow Finance Corp said it agreed to acquire Tenby Leasing Corp "
	    "for 140 mln dlrs. Tenby Leasing Corp is a subsidiary of Maddox "
	    "Investment Corp, which is owned by Maddox Life Co.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Maddox Investment");
	tags_release(&t);
	/* no first half of a name as the owner */
	run("Orrin buys Pelham unit",
	    "Orrin Corp said it completed the acquisition of Pelham Oil Co's "
	    "resins business. Pelham is a subsidiary of Royal Dutch/Pelham "
	    "Group.",
	    NULL, NULL, NULL, &t);
	assert_true(!t.deal.seller || strcmp(t.deal.seller, "Royal"));
	tags_release(&t);
	run("CALDER SEEKS BUYER FOR VARNEY CHEMICAL",
	    "Calder Plc has issued a prospectus through its bankers seeking a "
	    "buyer for <Varney Chemical Co>, which it acquired last year with "
	    "the takeover of <Osgood Inc>, a spokesman said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Varney Chemical");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Calder");
	tags_release(&t);
	run("GROUP RAISES KESTREL STAKE",
	    "An investor group led by Ambler Container Corp, a Wickton, "
	    "Fla., plastic cup maker, told the Securities and Exchange "
	    "Commission it raised its stake in Kestrel Corp to 11.7 pct.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Wickton"));
	assert_false(has(t.companies, t.ncompanies, "Wickton"));
	tags_release(&t);
	run("GROUP LIFTS ORMOND STAKE",
	    "An investor group headed by Brayford, Minn., broker Jeffrey "
	    "Walden said it raised its stake in Ormond Corp to 7.1 pct.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Jeffrey Walden");
	tags_release(&t);
	run("HOLLIS SAVINGS TO SELL BRANCH",
	    "Hollis Savings and Loan Association said it has agreed to sell "
	    "its Marlow, Fla., branch to Tolland Financial Group Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Marlow, Fla., branch");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tolland Financial");
	tags_release(&t);
	run("TREMONT TO SELL SAWMILL",
	    "Tremont Corp said it plans to sell its sawmill in Ashby, Oregon "
	    "and 18,000 acres of timberland to Granger Construction Co.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Granger Construction");
	tags_release(&t);
	run("x",
	    "Salem Five Cents Savings Bank said it and Harbor Bank for "
	    "Savings have agreed to merge.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies,
			"Salem Five Cents Savings Bank"));
	assert_int_equal(t.namounts, 0);
	tags_release(&t);
}

/*
 * Who bids when the offer went to the subject ("received an offer ...
 * for X to acquire"), the prize of a takeover battle and who made the
 * bid in it; a thrift's name with its town; a place before a ticker that
 * opens a company's name.
 */
static void test_offer_for_battle_and_thrift(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"x",
		 "Radnor Video Corp said it has received an offer to enter "
		 "into negotiations for <Kelso Investment Corp> to acquire a "
		 "controlling interest through a tender offer.",
		 DEAL_TENDER, "Kelso Investment", "Radnor Video"},
		{"TAKEOVER BATTLE FOR HALVERSON OIL BEGINS",
		 "A takeover battle began today for debt-burdened Halverson "
		 "Oil Ltd as Marchmont Pipelines Ltd announced a 2.1 billion "
		 "dlr offer.",
		 DEAL_ACQUISITION, "Marchmont Pipelines", "Halverson Oil"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	struct tags t;
	/* talks with other buyers are no state of this bid */
	run("TAKEOVER BATTLE FOR HALVERSON OIL BEGINS",
	    "A takeover battle began today for Halverson Oil Ltd as Marchmont "
	    "Pipelines Ltd announced a 2.1 billion dlr offer and Halverson "
	    "said it is continuing talks with other possible buyers.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("LINDEN <LFC> TO BUY THRIFT FOR 12 MLN DLRS",
	    "Linden Financial Corp said its Linden Savings unit has agreed in "
	    "principle to buy <First Federal Savings and Loan of Ashcroft> "
	    "for about 12.1 mln dlrs cash.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target,
			    "First Federal Savings and Loan of Ashcroft");
	tags_release(&t);
	run("GIBRALTAR <GFC> TO BUY THRIFT",
	    "Gibraltar Financial Corp said its Gibraltar Savings unit agreed "
	    "to buy <Ashcroft Savings Bank> for 12 mln dlrs.",
	    "BEVERLY HILLS, Calif., June 29", NULL, NULL, &t);
	assert_false(has_country(&t, "GI"));
	tags_release(&t);
}

/*
 * A rights plan's triggers are no deal; a buyer's vehicle after
 * "through" is not what it buys; rights say what they are to; "talks
 * with X on the acquisition of Y": the subject buys Y.
 */
static void test_rights_plan_vehicle_and_talks_on(void **state)
{
	(void)state;
	struct tags t;
	run("HARWICK SAVINGS <HWS> ADOPTS RIGHTS PLAN",
	    "Harwick Savings F.A. said its board adopted a shareholder rights "
	    "plan designed to protect the company from coercive takeover "
	    "tactics. The rights become exercisable 20 days following the "
	    "acquisition of 20 pct or more of Harwick's common shares or the "
	    "commencement of a tender offer for 30 pct or more of them.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* a rights plan against a named bidder leaves its bid */
	run("CORVAL <CVL> AMENDS RIGHTS PLAN",
	    "Corval Corp, which earlier received a 96 mln dlr takeover offer "
	    "from Dunmore Industries Inc, said it amended its shareholder "
	    "rights plan.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Dunmore");
	tags_release(&t);
	run("FED ALLOWS HALLAM, PRESCOTT THRIFT DEAL",
	    "The Federal Reserve Board said it approved Hallam Corp's "
	    "application to purchase through its subsidiary, Hallam Savings "
	    "of Oakland, Calif., some assets and assume some liabilities of "
	    "Prescott Savings Bank of Glendale, Calif.",
	    NULL, NULL, NULL, &t);
	assert_true(!t.deal.target || strcmp(t.deal.target, "Hallam Savings"));
	assert_true(!t.deal.target ||
		    strcmp(t.deal.target, "through its subsidiary"));
	tags_release(&t);
	run("DORSET <DOR> UNIT BUYS TECHNOLOGY",
	    "Dorset Chemical Co said it has acquired exclusive worldwide "
	    "rights to the vinyl acetate technology of Trent Corp's Halden "
	    "affiliate for undisclosed terms.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target,
			    "exclusive worldwide rights to the vinyl acetate "
			    "technology");
	tags_release(&t);
	static const struct sides_case cases[] = {
		{"MERIDEN SAVINGS IN TALKS ON BUYING BANK",
		 "Meriden Savings and Loan Association said it is in talks "
		 "with Ashland Federal Corp on the acquisition of Central "
		 "Savings and Loan Association.",
		 DEAL_ACQUISITION, "Meriden Savings and Loan Association",
		 "Central Savings and Loan Association"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
}

/* "three of its industrial units": the parts sold, and the buyer past
 * them; a known city with its state opens a described part. */
static void test_parts_counted_and_cities(void **state)
{
	(void)state;
	struct tags t;
	run("WINSLOW <WIN> SELLS THREE INDUSTRIAL UNITS",
	    "Winslow International Inc said it sold three of its industrial "
	    "units which served the railroad industry to <Tarrant Railway "
	    "Products Inc>, a senior management group of Winslow.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "industrial units");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tarrant Railway Products");
	tags_release(&t);
	run("HALSEY UNIT SELLS STATIONS",
	    "Halsey Life Insurance Co said its Bluegill Broadcasting Co Inc "
	    "subsidiary has agreed to sell its Orlando, Fla., radio stations "
	    "to Kemper Communications Inc for 13.5 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orlando, Fla., radio stations");
	tags_release(&t);
}

/* Bare dollars after U.S. ones in a sentence of a Canadian story are
 * U.S. ones; not after an exchange rate, nor "dlrs Canadian". */
static void test_dollars_continued(void **state)
{
	(void)state;
	struct tags t;
	run("ALVAR CUTS COST OF PLANNED SMELTER",
	    "Alvar Aluminium Ltd said the estimated total cost of the planned "
	    "smelter will be held to 450 mln U.S. dlrs, while the cost of the "
	    "first phase was cut to 150 mln dlrs from the projected 175-225 "
	    "mln dlrs. Holders may buy one new share for every three held at "
	    "one dlr U.S. or 1.34 dlrs Canadian.",
	    "MONTREAL, June 2", NULL, NULL, &t);
	assert_non_null(currency_of(&t, "150 mln dlrs"));
	assert_string_equal(currency_of(&t, "150 mln dlrs"), "USD");
	assert_string_equal(currency_of(&t, "175-225 mln dlrs"), "USD");
	assert_string_equal(currency_of(&t, "1.34 dlrs"), "CAD");
	tags_release(&t);
	run("DOLLAR SEEN STEADY",
	    "The Australian dollar, which touched a high of 0.6900 U.S. dlrs "
	    "last week, should hold unless the deficit tops one billion dlrs.",
	    "SYDNEY, March 16", NULL, NULL, &t);
	assert_non_null(currency_of(&t, "one billion dlrs"));
	assert_string_equal(currency_of(&t, "one billion dlrs"), "AUD");
	tags_release(&t);
}

/* A proposal approved by a judge (not by the bidder's own board) is
 * agreed; the owner after "a unit of" may be described first. */
static void test_proposal_approved_and_owner_described(void **state)
{
	(void)state;
	struct tags t;
	run("HARLAN <HRL> TO BUY MEDICAL CENTER ASSETS",
	    "Harlan Inc said a Florida judge approved a previously announced "
	    "proposal for the company to buy certain assets of Coastal "
	    "Medical Centers, which had been declared insolvent.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("TOLAND <TOL> TO ACQUIRE REST OF CABLE NETWORK",
	    "Toland Co said its board has approved a proposal to acquire the "
	    "50 pct of Cable Home Network held by its cable industry "
	    "partners.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("HAVEN INSURER TAKES STAKE IN SWISS-OWNED INSURER",
	    "Dutch insurer Haven Verzekeringen N.V. said from July 1 it will "
	    "own 20 pct of the shares of <Brabantse Verzekering Maatschappij "
	    "N.V.>, a fully-owned unit of Swiss insurer <Alpen "
	    "Rueckversicherungs-Gesellschaft>.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Alpen Rueckversicherungs-Gesellschaft");
	tags_release(&t);
}

/* A company forming its own holding company makes no deal; a plan to
 * sell completed is a sale completed. */
static void test_holding_formed_and_plan_completed(void **state)
{
	(void)state;
	struct tags t;
	run("MERCER SAVINGS <MRSV.O> FORMS PARENT",
	    "Mercer Savings Bancorp Inc said it has completed its previously "
	    "announced plan of acquisition making a new Delaware-chartered "
	    "bank holding company the parent of Mercer Savings.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("TALLIS AIR <TAL> UNIT COMPLETES SYSTEM SALE",
	    "Tallis Air Corp's Western Airlines said it completed its "
	    "previously announced plan to sell its travel agency automation "
	    "system, Skyline Direct Access Inc, to Skyline Corp.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* "the tender offer of X for Y": X bids (an acquisition's "of" is what
 * is bought). */
static void test_offer_of(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"TALON <TLN> MAY SEEK OTHER PURCHASERS",
		 "Talon Corp said its board has directed management to "
		 "investigate possible alternatives to the tender offer of "
		 "Asher Elwood's TLN Partners for all Talon shares.",
		 DEAL_TENDER, "TLN", "Talon"},
		{"x",
		 "Kestrel Corp said it completed its acquisition of Frostline "
		 "Foods Inc for 20 mln dlrs.",
		 DEAL_ACQUISITION, "Kestrel", "Frostline Foods"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
}

/* What a company is worth, said past a clause, of a company a deal
 * forms, or of one "once valued at", is a valuation. */
static void test_company_worth(void **state)
{
	(void)state;
	struct tags t;
	run("Zarin fashion retailer said to weigh sale",
	    "The company, which ships low-priced clothing to shoppers in more "
	    "than 150 countries and is now headquartered in Singapore, was "
	    "valued at about $15 billion in a funding round in 2020.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$15 billion"), AMOUNT_VALUATION);
	tags_release(&t);
	run("Korvel and Nordane to merge polymer units",
	    "Korvel and Nordane have agreed to merge their polymer "
	    "businesses into a new company called Polaris Group International "
	    "that will be worth more than $60 billion.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$60 billion"), AMOUNT_VALUATION);
	tags_release(&t);
	run("x",
	    "The office-sharing company once valued at $47 billion has filed "
	    "for bankruptcy protection.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$47 billion"), AMOUNT_VALUATION);
	tags_release(&t);
	/* a plant, a bid or a business of orders is no company's worth */
	run("x",
	    "The official said a South Korean firm recently agreed to sell a "
	    "drilling platform worth 40 mln dlrs to the state-run company.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(kind_of(&t, "40 mln dlrs"), AMOUNT_VALUATION);
	tags_release(&t);
}

/* "US $250 million": the sign's country is no story country. */
static void test_us_dollar_spaced(void **state)
{
	(void)state;
	struct tags t;
	run("Cambio valued at $2.2 billion after $250 million Series C",
	    "Cambio, Mexico's largest cryptocurrency exchange, has raised US "
	    "$250 million in a Series C round that values the company at "
	    "$2.2 billion.",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "MX"));
	assert_false(has_country(&t, "US"));
	tags_release(&t);
}

/* A takeover tender's proration, its bidder and target in the lead, is
 * the tender's story. */
static void test_takeover_proration(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"ALDEN AIR <ALD> REPORTS FINAL PRORATION FACTOR",
		 "Alden Air Group Inc said, in announcing the final proration "
		 "factor for its tender offer for Corbin Aviation Inc <CRB>, "
		 "that 17.0 mln shares, or 90 pct of the shares were validly "
		 "tendered.",
		 DEAL_TENDER, "Alden Air", "Corbin Aviation"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
}

/* A controlling interest in the seller's own stock sold: the seller is
 * bought. */
static void test_own_stock_control_sold(void **state)
{
	(void)state;
	struct tags t;
	run("WR <WRBB.O> CLOSES STOCK SALE TO WR ACQUISITION",
	    "WR Business Brokers Inc said it closed the sale of a controlling "
	    "interest in its common and preferred stock to WR Acquisition "
	    "Corp, a Delaware corporation controlled by an investment group.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "WR Business Brokers");
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "X's wholly owned subsidiary Y": Y is bought, X sells. */
static void test_owner_subsidiary_named(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"x",
		 "Harrow Credit Corp said it agreed to buy Tanner Inc's wholly "
		 "owned subsidiary M and J Financial Corp.",
		 DEAL_ACQUISITION, "Harrow Credit", "M and J Financial"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
}

/* "X JOINS BID FOR Y": the verb ends the bidder's name. */
static void test_joins_bid(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"HARLOW-BECK JOINS BID FOR SAN LORENZO",
		 "Harlow-Beck Companies Inc has joined several other foreign "
		 "bidders for sequestered shares of the islands' largest food "
		 "maker San Lorenzo Corp, the head of a government panel said.",
		 DEAL_ACQUISITION, "Harlow-Beck", "San Lorenzo"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
}

/* "from Nasdaq-listed X": the seller past the word that describes it. */
static void test_seller_described(void **state)
{
	(void)state;
	struct tags t;
	run("Orlan Engineering to buy tolling firm Vantis for US$2.68 billion",
	    "Orlan Engineering has agreed to buy Vantis, a US provider of "
	    "electronic toll collection systems, from Nasdaq-listed Redmond "
	    "Technologies for US$2.68 billion in cash.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Redmond Technologies");
	tags_release(&t);
}

static void test_apposition_contest_and_shekel(void **state)
{
	(void)state;
	struct tags t;
	run("Tamarind Pay becomes Malaysia's first fintech unicorn",
	    "Tamarind Pay, the payments arm of Lotus Holdings Group that runs "
	    "the PayLotus e-wallet, has raised US$120 million from Harbour "
	    "Light Capital, lifting its valuation to $1.2 billion.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tamarind Pay");
	tags_release(&t);
	static const struct sides_case cases[] = {
		{"x",
		 "Arlow Holdings and Israeli logistics company Nesher Corp have "
		 "won the tender to buy Eilat Marine Co for $900 million.",
		 DEAL_ACQUISITION, "Arlow", "Eilat Marine"},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	/* "a combination with" is a merger; "in combination with" no
	 * deal */
	run("Halden drops Marlowe pursuit",
	    "Halden Stores Inc. has ended talks about a combination with "
	    "French grocer Marlowe SA, days after the finance minister "
	    "objected.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	assert_true(has(t.deal.parties, t.deal.nparties, "Marlowe"));
	tags_release(&t);
	run("x",
	    "Halden Pharma said its drug works best in combination with "
	    "exercise.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* the value a stake's deal puts on the unit, and a company's own
	 * value in a clause about it, are valuations */
	run("Tarn sells 10% of base metals unit for $2 billion",
	    "Tarn SA agreed to sell a 10% stake in its base metals unit to "
	    "Harith Minerals for $2 billion, in a deal that values the unit "
	    "at $20 billion including debt.",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.namounts; i++)
		if (!strcmp(t.amounts[i].text, "$20 billion"))
			assert_int_equal(t.amounts[i].kind, AMOUNT_VALUATION);
	tags_release(&t);
	run("Loomis in talks to buy Pemberly for $900 million",
	    "A deal would give Loomis Learning, which was valued at about $8 "
	    "billion in its most recent funding round, access to Pemberly "
	    "Tutoring's 200 centres.",
	    NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "$8 billion"));
	for (size_t i = 0; i < t.namounts; i++)
		if (!strcmp(t.amounts[i].text, "$8 billion"))
			assert_int_equal(t.amounts[i].kind, AMOUNT_VALUATION);
	tags_release(&t);
	/* "agreed to buy X ... valuing it at": the deal's value */
	run("Kessel to buy Drommen for 3 billion euros",
	    "Kessel NV has agreed to buy Dutch delivery company Drommen for "
	    "15.20 euros per share in cash, valuing it at about 3 billion "
	    "euros.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.amount >= 0);
	assert_int_equal(t.amounts[t.deal.amount].kind, AMOUNT_DEAL);
	assert_string_equal(t.amounts[t.deal.amount].text, "3 billion euros");
	tags_release(&t);
	/* a venture "owned 50-50" between commas is still the venture */
	run("x",
	    "Corvel and China's Huang Motor Group have signed an agreement to "
	    "set up a joint venture, owned 50-50, to develop engines.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Corvel"));
	tags_release(&t);
	/* "The shares are being sold by X": the seller, in a sentence
	 * that names neither side; "Finances" ends a name */
	expect_parties("Dalton to take full control of Rabat's Kasbah "
		       "Finances",
		       "Dalton Life has agreed to buy the remaining 60% of "
		       "Kasbah Finances for $900 million.  The shares are "
		       "being sold by Kasbah Group, a holding company.",
		       "Dalton Life", "Kasbah Finances", "Kasbah");
	/* "X UNIT'S Y OFFER": the unit's bid, no units offered; an
	 * offer that expired without a purchase ended */
	run("HALLAM <HLM> UNIT'S DORSET OFFER EXPIRES",
	    "Hallam Partners Inc said the tender offer by its unit Quarry "
	    "Acquisition Inc for Dorset Freight Corp <DFC> expired yesterday "
	    "without the purchase of any Dorset common stock.",
	    NULL, NULL, NULL, &t);
	assert_true(ex_deal_is_mna(t.deal.type));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dorset Freight");
	tags_release(&t);
	run("x",
	    "Hallam Partners Inc said the tender offer by its unit Quarry "
	    "Acquisition Inc for Dorset Freight Corp <DFC> expired yesterday "
	    "without the purchase of any Dorset common stock.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	/* an IPO's selling holder */
	expect_parties("Sahra prices Dubai IPO at Dh2.10 a share",
		       "Sahra Holding has priced its initial public offering "
		       "at Dh2.10 per share, raising about $1.5 billion.  Its "
		       "German parent Brandt Foods, which is selling all the "
		       "shares in the offering, raised the size of the sale "
		       "to 25 per cent.",
		       NULL, "Sahra", "Brandt Foods");
	run("Arlow wins Eilat Marine with NIS 3.2b bid",
	    "Arlow Holdings offered NIS 3.2 billion for Eilat Marine Co.",
	    NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "NIS 3.2 billion"));
	assert_string_equal(currency_of(&t, "NIS 3.2 billion"), "ILS");
	assert_false(has(t.deal.parties, t.deal.nparties, "NIS"));
	tags_release(&t);
}

/* The outlet a sale's news comes from is no buyer: "according to The
 * Wall Street Journal", "responding to a Bloomberg News report"; a
 * buyer after "to" still is one.  A headline that asks ("Shopee to be
 * acquired?") tells talk, not an agreement.  A round named with its
 * company and investors stands under a headline word of a loan's
 * look-alike that describes the company ("lender"). */
static void test_news_source_and_question(void **state)
{
	(void)state;
	static const char *const bodies[] = {
		"SINGAPORE: Sea Ltd is in talks to sell its e-commerce unit "
		"Shopee, according to The Wall Street Journal.",
		"SINGAPORE: Sea Ltd said on Wednesday it was not in talks to "
		"sell its e-commerce unit Shopee, responding to a Bloomberg "
		"News report.",
		"SINGAPORE: Sea Ltd said it was not in talks to sell its unit "
		"Shopee, in response to a Bloomberg News report.",
	};
	struct tags t;
	for (size_t i = 0; i < ARRAY_SIZE(bodies); i++) {
		run("Sea in talks on Shopee sale", bodies[i], NULL, NULL, NULL,
		    &t);
		assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
		assert_null(t.deal.acquirer);
		assert_non_null(t.deal.seller);
		assert_string_equal(t.deal.seller, "Sea Ltd");
		tags_release(&t);
	}
	run("Sea in talks on Shopee sale",
	    "SINGAPORE: Sea Ltd is in talks to sell its e-commerce unit "
	    "Shopee to Kestrel Partners, according to The Wall Street Journal.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	run("Sea's Shopee to be acquired? Company says no talks",
	    "SINGAPORE: Sea Ltd said on Wednesday it was not in talks to "
	    "sell its e-commerce unit Shopee.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_RUMOURED);
	tags_release(&t);
	/* a look-alike's headline word ("lender") that says what a named
	 * round's company is */
	run("Tencent leads $150m round in Indonesian lender Akulaku",
	    "JAKARTA: Indonesian digital lender Akulaku has raised $150 "
	    "million in a funding round led by Tencent Holdings, with Ant "
	    "Group also taking part, the company said.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Akulaku");
	assert_true(t.deal.ninvestors >= 1);
	assert_string_equal(t.deal.investors[0], "Tencent");
	tags_release(&t);
	run("Sea's Shopee to be acquired by Kestrel Partners",
	    "SINGAPORE: Kestrel Partners has agreed to acquire Shopee from "
	    "Sea Ltd.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* An exchange's seat bought or sold is a membership, no business: not a
 * deal, whether the story names the buyer or only the price. */
static void test_exchange_seats(void **state)
{
	(void)state;
	static const struct sides_case cases[] = {
		{"KFE SEAT SOLD FOR 200 DLRS",
		 "The Halvorsen Stock Exchange said a seat on the Kestrel "
		 "Futures Exchange sold for 200 dlrs, unchanged from the "
		 "previous sale.", DEAL_NONE, NULL, NULL},
		{"PARDEE SECURITIES BUYS ORTON EXCHANGE SEAT",
		 "Pardee Securities Inc said it bought a seat on the Orton "
		 "Stock Exchange from Kestrel Capital Ltd for 301,000 dlrs.",
		 DEAL_NONE, NULL, NULL},
	};
	check_sides(cases, ARRAY_SIZE(cases));
	/* a board's seats, and seats before a comma, sell nothing */
	struct tags t;
	run("PARDEE SELLS CHEMICALS UNIT",
	    "Pardee Corp, which holds two seats on the Orton Exchange "
	    "board, said its chemicals unit was sold for 50 mln dlrs to "
	    "Kestrel Corp.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
}

/* A company selling or tendering for its own securities makes no deal:
 * an offering of its shares, an offer for its own preferred; its shares
 * sold to a buyer the lead names are a stake sold. */
static void test_own_securities(void **state)
{
	(void)state;
	struct tags t;
	run("ORLO PETROLEUM <ORP> SELLS 33 MLN COMMON SHARES",
	    "Orlo Petroleum Corp said the size of its underwritten offering "
	    "of common stock was increased to 33 mln shares from 30 mln.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("PARDEE <PRD> MAKES EXCHANGE OFFER",
	    "Pardee Cos said it began a tender offer for the 500,000 "
	    "outstanding shares of its 1985 preferred stock.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* sold to the public: an offering still */
	run("DARLEY MINES <DMS> SELLS 7 MLN COMMON SHARES",
	    "Darley Mines Ltd said it sold seven mln common shares to the "
	    "public at 12 dlrs a share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("HALDEN TRUST <HLT> SELLS TWO MLN SHARES",
	    "Halden Trust Corp said it sold two mln shares of its common "
	    "stock to an investment group named Kestrel Partners.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.type != DEAL_NONE);
	tags_release(&t);
}

/* An owner's possessive before a company's name is not part of it: a legal
 * form, another company the story names (or a person it names). */
static void test_owner_possessive(void **state)
{
	(void)state;
	struct tags t;
	run("HALVORSEN <HLV> TO BUY KESSEL UNIT",
	    "Halvorsen Corp said it agreed to buy Pardee Corp's Kessel "
	    "Brothers unit for 40 mln dlrs.\n"
	    "    Pardee said Pardee's Talbot Furniture Inc would not bid.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kessel Brothers"));
	assert_false(has(t.companies, t.ncompanies, "Corp's Kessel Brothers"));
	assert_true(has(t.companies, t.ncompanies, "Talbot Furniture"));
	assert_false(has(t.companies, t.ncompanies,
			 "Pardee's Talbot Furniture"));
	tags_release(&t);
	/* ... but a name of its own keeps its possessive */
	run("HALVORSEN <HLV> BUYS STAKE IN WENDELL'S",
	    "Halvorsen Corp said it bought a 5 pct stake in Wendell's "
	    "Restaurants Inc.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Wendell's Restaurants"));
	tags_release(&t);
}

static void test_asset_objects(void **state)
{
	(void)state;
	struct tags t;
	/* a noun's object, ended by what describes it */
	run("REEL TIME <REL> GETS STORES",
	    "Reel Time Video Inc said it completed its acquisition of 240 "
	    "video stores previously owned by Marlow Retail Inc.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "240 video stores");
	assert_true(t.deal.target_asset);
	tags_release(&t);
	/* an interest in a business, hyphenated words inside it */
	run("PRAIRIE OIL TO SELL STAKE",
	    "Prairie Oil Ltd said it agreed to sell 60 pct of its working "
	    "interest in certain producing and non-producing oil properties "
	    "located in eastern Alberta.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target,
			    "producing and non-producing oil properties");
	tags_release(&t);
	/* past an owner's possessive */
	run("NAGANO SIGNS PURCHASE AGREEMENT",
	    "A state bank will fund Nagano Motor Corp's planned purchase of "
	    "its former local partner's assembly plants for 90 mln pesos.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "assembly plants");
	tags_release(&t);
	/* a past purchase by another buyer names no seller of this one */
	run("QUILLON BUYS BRADMORE <BRD> UNIT",
	    "Quillon Inc said it agreed to buy the games unit of Bradmore "
	    "Corp.\n"
	    "    Sales of the division, which had been purchased by Bradmore "
	    "from Ostrander Corp, were 10 mln dlrs.\n",
	    NULL, NULL, NULL, &t);
	if (t.deal.seller)
		assert_string_not_equal(t.deal.seller, "Ostrander");
	tags_release(&t);
}

/* A company the wire misspells: one company, spelt as the story spells
 * it most. */
static void test_name_slips(void **state)
{
	(void)state;
	struct tags t;
	run("WINDRUSH BUYS HALVERN <HLV> UNIT",
	    "<Windursh Inc> said it agreed to buy the software unit of "
	    "Halvern Corp for undisclosed terms.\n"
	    "    The unit had sales of 10 mln dlrs, Windrush said.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Windrush");
	assert_true(has(t.companies, t.ncompanies, "Windrush"));
	assert_false(has(t.companies, t.ncompanies, "Windursh"));
	tags_release(&t);
	/* a slip of a name that is also inside another's: either */
	run("NEVADA VALANTO'S <NVL> TO SELL FRANCHISE",
	    "Nevada Vallanto's Stores Inc said it has tentatively agreed to "
	    "sell its franchise operation to privately-held Vallanto's Inc.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Nevada Vallanto's Stores");
	tags_release(&t);
	/* a particle inside a name the recogniser does not know */
	run("HALVORSEN SELLS SPANISH STAKE",
	    "Halvorsen AG said it agreed to sell its 40 pct interest in "
	    "Sociedad Minera de Leon to a group of local investors.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Sociedad Minera de Leon");
	tags_release(&t);
	/* a place's adjective and a last letter more are other words */
	run("AUSTRALIAN MEAT BOARD SELLS STAKE",
	    "Australian Meat Holdings Ltd said it sold its stake in Corella "
	    "Foods Ltd to Bramble Corp.  Australia's exports rose, and "
	    "Australia's dollar fell.  Australia's banks were closed.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Australian Meat"));
	assert_false(has(t.companies, t.ncompanies, "Australia Meat"));
	tags_release(&t);
}

static void test_party_roles(void **state)
{
	(void)state;
	struct tags t;
	run("Japan's Kite Motors Corp to buy 30 pct of Lark Electric Inc",
	    "Kite Motors Corp, the Japanese carmaker, said it agreed to buy "
	    "30 pct of Lark Electric Inc, a battery maker based in Ohio.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	int found = 0;
	for (size_t i = 0; i < t.deal.nroles; i++)
		if (t.deal.roles[i].role == ROLE_ACQUIRER) {
			assert_string_equal(t.deal.roles[i].name, "Kite Motors");
			assert_string_equal(t.deal.roles[i].country, "JP");
			assert_true(t.deal.roles[i].confidence >= 0.5);
			found = 1;
		}
	assert_true(found);
	assert_true(t.deal.confidence >= EX_DEAL_CONFIDENCE_MIN);
	tags_release(&t);
	/* the company talked "with" is no buyer; two buyers joined by
	 * "and" are led by the first; an object ends where another clause
	 * starts ("and that Brandt was") */
	run("Halvern Denies Report of Talks With Kestrel, Brandt Over Asset "
	    "Sale",
	    "Halvern Ltd on Tuesday denied a report that drug makers Kestrel "
	    "Inc and Brandt Corp were in discussions with it about purchasing "
	    "some of its assets.\n\n"
	    "The report had said Kestrel was negotiating to acquire its home "
	    "business and that Brandt was also bidding for a plant.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	if (t.deal.target)
		assert_string_not_equal(t.deal.target, "Brandt");
	tags_release(&t);
	run("TALMONT <TLM> SELLS UNIT",
	    "Talmont Inc said it sold its Grayson Home division to an investor "
	    "group that includes some members of Grayson's management.",
	    NULL, NULL, NULL, &t);
	if (t.deal.acquirer)
		assert_null(strstr(t.deal.acquirer, "Grayson"));
	tags_release(&t);
	/* a holder whose members a sentence lists bids for nothing */
	run("ZETA <ZTA> HIRES ADVISERS",
	    "Zeta Inc said it has hired advisers to explore a sale of the "
	    "company.  Kestrel Partners, comprising investors Wagner and Brown "
	    "and Pell Industries, said it owns 9.8 pct of Zeta.",
	    NULL, NULL, NULL, &t);
	if (t.deal.acquirer)
		assert_null(strstr(t.deal.acquirer, "Kestrel"));
	tags_release(&t);
	/* a place after the verb is the target's, not the buyer's */
	run("Orrin Corp to acquire Austria's Velden for $1.3 billion",
	    "Orrin Corp said on Friday it agreed to acquire all of Austrian "
	    "lamp maker Velden Holding GmbH for $1.3 billion.",
	    NULL, NULL, NULL, &t);
	found = 0;
	for (size_t i = 0; i < t.deal.nroles; i++) {
		if (t.deal.roles[i].role == ROLE_ACQUIRER)
			assert_string_not_equal(t.deal.roles[i].country, "AT");
		if (t.deal.roles[i].role == ROLE_TARGET) {
			assert_string_equal(t.deal.roles[i].country, "AT");
			found = 1;
		}
	}
	assert_true(found);
	tags_release(&t);
}

/* The country of role r of t's deal, or "?" when no such role. */
static const char *role_country(const struct tags *t, enum ex_role r)
{
	for (size_t i = 0; i < t->deal.nroles; i++)
		if (t->deal.roles[i].role == r)
			return t->deal.roles[i].country;
	return "?";
}

/* A party's name that states its country: opening or ending with a
 * country of the story, or a suffix only one country uses; not a fund
 * named by what it buys, nor a firm of partners' names. */
static void test_party_country_from_name(void **state)
{
	(void)state;
	struct tags t;
	run("BRANTLEY RAISES OFFER FOR KESTREL-WARNER (AUSTRALIA)",
	    "Brantley Nylex Ltd said it raised its takeover offer for "
	    "Kestrel-Warner (Australia) Ltd to 2.60 dlrs a share.  The offer "
	    "values the Australian company at 90 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(role_country(&t, ROLE_TARGET), "AU");
	assert_string_equal(role_country(&t, ROLE_ACQUIRER), "");
	tags_release(&t);
	run("Canadian Orrin Mining to buy Velden Resources",
	    "Canadian Orrin Mining Ltd said it agreed to buy Velden Resources "
	    "Sdn Bhd, a tin miner, for 40 mln Canadian dlrs.  Canada's mining "
	    "output rose.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(role_country(&t, ROLE_ACQUIRER), "CA");
	assert_string_equal(role_country(&t, ROLE_TARGET), "MY");
	tags_release(&t);
	/* "Jordan" is no country of this story; a fund and a partnership */
	run("JORDAN HALE TO BUY THE KOREA FUND",
	    "Jordan Hale Inc of Boston said it agreed to buy The Korea Fund "
	    "Inc for 50 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_string_not_equal(role_country(&t, ROLE_TARGET), "KR");
	assert_string_not_equal(role_country(&t, ROLE_ACQUIRER), "JO");
	tags_release(&t);
	run("LARKIN AGREES TO BUYOUT",
	    "Larkin Corp said it agreed to merge into a company formed by "
	    "<Welsh, Carson, Anderson and Stowe IV> for 22 dlrs a share.  "
	    "Larkin also has plants in Britain.",
	    NULL, NULL, NULL, &t);
	assert_string_not_equal(role_country(&t, ROLE_ACQUIRER), "GB");
	tags_release(&t);
}

/* What stands beside a party's name says its country only when nothing
 * parts them: not a dateline before a colon, a regulator's country
 * before its verb, the next name's country past "and", nor a place after
 * the party's own possessive; nor, for a known company, a place that is
 * not its home (a unit's: "Walmart de México"); a story's dateline gives
 * the company its lead opens on a country when nothing else does. */
static void test_party_country_beside(void **state)
{
	(void)state;
	struct tags t;
	run("Amazon agrees to buy Souq.com",
	    "Dubai: Amazon has agreed to buy Souq.com, the Dubai-based online "
	    "retailer, for about $580 million.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(role_country(&t, ROLE_ACQUIRER), "US");
	assert_string_equal(role_country(&t, ROLE_TARGET), "AE");
	tags_release(&t);
	run("Mexico's Cofece blocks Walmart purchase of Cornershop",
	    "Mexico's competition regulator Cofece has blocked Walmart's "
	    "planned acquisition of Cornershop, a grocery delivery app, "
	    "Walmart de M\xc3\xa9xico (Walmex) said.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(role_country(&t, ROLE_ACQUIRER), "US");
	tags_release(&t);
	run("Orrin Motor, Velden form self-driving joint venture",
	    "Orrin Motor Group and US auto parts maker Velden Corp will set up "
	    "a joint venture to develop self-driving cars.",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.deal.nroles; i++)
		if (strstr(t.deal.roles[i].name, "Orrin"))
			assert_string_not_equal(t.deal.roles[i].country, "US");
	tags_release(&t);
	run("Orrin Motor, Velden form joint venture",
	    "Orrin Motor Ltd and Velden Corp formed a joint venture that will "
	    "run Velden's Indian operations.",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.deal.nroles; i++)
		assert_string_not_equal(t.deal.roles[i].country, "IN");
	tags_release(&t);
	run("Orrin Retail prices IPO at top of range",
	    "ABU DHABI (Reuters) - Orrin Retail Holdings has priced its initial "
	    "public offering at the top of its range, raising $1.7 billion.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(role_country(&t, ROLE_TARGET), "AE");
	tags_release(&t);
}

/* A headline that names the buyer alone: the lead's "N pct of" or
 * "shares of" names the target, a company, not the buyer itself. */
static void test_lead_holding_target(void **state)
{
	(void)state;
	struct tags t;
	run("ORRIN ACQUIRES SEMICONDUCTOR STAKE",
	    "Orrin Technology Ltd said it exchanged 4.5 mln common shares for "
	    "21 pct of privately owned <Velden Semiconductor Corp> of Santa "
	    "Clara, Calif.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Velden Semiconductor");
	tags_release(&t);
	run("KESTREL HAS 478,125 TARSIN SHARES",
	    "Kestrel Investments Inc said it is accepting and paying for "
	    "478,125 shares of Tarsin Industries Ltd in response to its 25 dlr "
	    "per share tender offer and it has extended the offer.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tarsin");
	tags_release(&t);
}

/* A look-alike's word in a headline's clause of circumstance after a
 * deal's news ("after lenders vote it down") makes no look-alike; before
 * any deal word, it still does. */
static void test_circumstance_clause(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel calls off deal for Orrin Group assets after lenders vote "
	    "it down",
	    "MUMBAI: Kestrel Industries on Saturday said its Rs 2,471-crore "
	    "deal to acquire the retail, wholesale, logistics and "
	    "warehousing businesses of Orrin Group cannot be implemented.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Velden shares plunge after it launches $9.4 billion rights issue",
	    "COPENHAGEN, Aug 11 (Reuters) - Danish wind farm developer Velden "
	    "said on Monday it would raise 60 billion Danish crowns ($9.4 "
	    "billion) through a rights issue to shore up its finances.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* An apposition's title after a name makes a person, past a title's
 * lower-case words ("a managing partner"); not a place's currency, nor a
 * body whose spokesman the title's phrase is. */
static void test_person_apposition(void **state)
{
	(void)state;
	struct tags t;
	run("Orvia raises $1 billion",
	    "Orvia raised $1 billion from Kestrel Capital Ltd. Jeffrey "
	    "Housenbold, a managing partner at Kestrel Capital Ltd, joined the "
	    "board. The deal will weigh on the N.Z. Dollar, independent "
	    "economist Len Bayliss said.  The loan came from Japan's "
	    "Export-Import Bank, a bank spokesman said.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.people, t.npeople, "Jeffrey Housenbold"));
	assert_false(has(t.companies, t.ncompanies, "Jeffrey Housenbold"));
	assert_false(has(t.people, t.npeople, "N.Z. Dollar"));
	assert_false(has(t.people, t.npeople, "Export-Import Bank"));
	tags_release(&t);
}

/* Investors whose names run figures or a lower-case word into a
 * capitalised one ("83North", "byFounders"); not a product's one letter
 * ("iPhones"). */
static void test_run_together_names(void **state)
{
	(void)state;
	struct tags t;
	run("Velden raises $20 million",
	    "Velden raised $20 million in a round led by Index Ventures, with "
	    "83North and byFounders also taking part. It sold 10 million "
	    "iPhones cases last year.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "83North"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "byFounders"));
	assert_false(has(t.companies, t.ncompanies, "iPhones"));
	tags_release(&t);
}

/* A round's investors: a firm after "investor" is no person ("fintech
 * investor Ribbit Capital"); no outlet that was told, nor the first word
 * after a dateline's dash or an opening quote, nor "the Gulf's"; no
 * later sentence's companies for its "leading". */
static void test_round_investor_names(void **state)
{
	(void)state;
	struct tags t;
	run("Velden raises R$1.6 billion in Orvia-led round",
	    "SAO PAULO -- Home rental platform Velden has raised R$1.6 billion "
	    "in a Series E round led by U.S. fintech investor Orvia Capital, "
	    "people with knowledge of the matter told Kestrel. 'Recent rumors "
	    "were wrong,' Velden said. Marlow Partners also joined the round, "
	    "making Velden one of the Gulf's first unicorns.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvia Capital"));
	assert_false(has(t.people, t.npeople, "Orvia Capital"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Home"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Recent"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Marlow"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Gulf"));
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	/* "leading" is no lead investor's word: a later sentence's rivals
	 * are no investors */
	run("Tarsin to invest up to $4B in Velden",
	    "Tarsin Corp will invest up to $4 billion in Velden, the AI "
	    "startup.\n\nThe deal escalates the race among cloud giants to tie "
	    "up with leading AI labs, following Marlow Corp, which has "
	    "committed $10 billion to Kestrel Labs.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Tarsin"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Marlow"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Kestrel Labs"));
	tags_release(&t);
}

/* doc_prev() past the text's end is the last sentence's last token (a
 * deal word closing the story asks for the token before its end), never
 * a read past the tokens; doc_next() there is the end. */
static void test_doc_prev_past_end(void **state)
{
	(void)state;
	struct doc doc;
	struct ds_err err = DS_ERR_INIT;
	assert_int_equal(doc_init(&doc, g, &err), 0);
	struct article a;
	article_init(&a);
	const char *title = "Orvia news";
	const char *body = "Orvia Corp said Kestrel Inc agreed to the acquisition";
	article_set(&a.title, title, strlen(title));
	article_set(&a.body, body, strlen(body));
	article_set(&a.id, "test", 4);
	assert_int_equal(article_finish(&a, &err), 0);
	doc_segment(&doc, &a);
	assert_true(doc.ntok > 2);
	assert_int_equal(doc_prev(&doc, doc.ntok), (long)doc.ntok - 1);
	assert_int_equal(doc_prev(&doc, doc.ntok + 5), (long)doc.ntok - 1);
	assert_int_equal(doc_next(&doc, doc.ntok), doc.ntok);
	assert_true(doc_word_is(&doc, doc.ntok - 1, "acquisition"));
	article_release(&a);
	doc_release(&doc);
	/* and the whole tagger on it */
	struct tags t;
	run(title, body, NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* A part of a named company bought: the part as described is the
 * target, the company its seller; not when a name follows the part. */
static void test_part_of_named(void **state)
{
	(void)state;
	struct tags t;
	run("ORRIN BUYS VELDEN UNIT",
	    "Orrin Corp said it completed the purchase of Velden Corp's "
	    "United States aluminum electrolytic capacitor business for an "
	    "undisclosed sum.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target,
			    "aluminum electrolytic capacitor business");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Velden");
	tags_release(&t);
	run("KESTREL BUYS TRUCK BODY BUSINESS",
	    "Kestrel Industries Inc said it purchased the utility truck body "
	    "business of (Tarsin Fibra-Steel, Inc) for cash.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tarsin Fibra-Steel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "utility truck body business");
	tags_release(&t);
	run("ORRIN TO BUY VELDEN UNIT",
	    "Orrin Credit Corp said it agreed to buy all of the capital stock "
	    "of Velden Inc's wholly owned subsidiary Marlow Leasing Corp.",
	    NULL, NULL, NULL, &t);
	assert_true(!t.deal.target ||
		    strcmp(t.deal.target, "wholly owned subsidiary"));
	tags_release(&t);
}

/* Holders and parts: an investment firm describes a holder; an owner
 * named in an apposition the wire left open is no buyer; a company's
 * stock bought with no "all" is a stake, a bid for it is not. */
static void test_holders_and_parts(void **state)
{
	(void)state;
	struct tags t;
	run("INVESTMENT FIRM HAS 5.3 PCT OF LARKIN <LRK>",
	    "Orrin Capital Ltd, a Bermuda-based investment advisory firm, said "
	    "it has acquired 208,000 shares of Larkin Industries Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larkin");
	tags_release(&t);
	run("KESTREL DISTILLERIES TO EXPAND IN CANADA",
	    "<Kestrel Distilleries Ltd>, 52 pct owned by Allied Zorgal Plc "
	    "<AZL.L> subsidiary <Hiram Velden> is to buy the spirits business "
	    "of <Brandt Distillers Ltd> of Toronto for 45 mln Canadian dlrs.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Distilleries");
	tags_release(&t);
	run("BRANTLEY <BRN> HAS PURCHASED VELDEN <VLD> STOCK",
	    "Brantley Corp said it purchased Velden Sporting Goods' common "
	    "stock in recent open market transactions.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("HALVERN TO REVIEW ALTERNATIVES",
	    "Halvern Broadcasting Co said its board continues to review a "
	    "Theta Corp offer of 150 dlrs per share for Halvern stock.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
}

/* A unit its parent names buys: "X said its Y subsidiary agreed to buy
 * Z" is Y's purchase of Z, past the headline's "X BUYS"; "its U.S.
 * subsidiary" names no unit. */
static void test_unit_buys(void **state)
{
	(void)state;
	struct tags t;
	run("HALVERN FOODS <HLV> BUYS SNACK MAKER",
	    "Halvern Foods Corp said its wholly-owned Royal Orrin Bakeries "
	    "subsidiary agreed to buy the assets of Kestrel Snack Products Inc "
	    "for 12 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Royal Orrin Bakeries");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Snack Products");
	tags_release(&t);
	run("VELDEN BROADCAST <VLB> BUYS THETA <THT> UNIT",
	    "Velden Broadcast Group Inc said its majority-owned Velden Credit "
	    "Corp subsidiary has agreed to purchase Brantley Realty Services "
	    "Inc from Theta Motor Co for 1,500,000 dlrs in cash.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Velden Credit");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Brantley Realty Services");
	tags_release(&t);
	run("ZORGAL UNIT TO BID FOR KESTREL",
	    "Zorgal Petroleum Plc said its U.S. subsidiary intends to tender for "
	    "the 45 pct of Kestrel Oil Co it does not already own.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Oil");
	tags_release(&t);
}

/* An IPO whose price range is set is proposed, one priced is done. */
static void test_ipo_status(void **state)
{
	(void)state;
	struct tags t;
	run("Zorgal sets IPO price range",
	    "Zorgal Holdings on Sunday set an indicative price range of 30 to "
	    "32 dollars per share for its initial public offering.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Kestrel prices IPO at top of range, raising $600 million",
	    "Kestrel Bank priced its initial public offering at $9 per share, "
	    "raising about $600 million from the sale of 66 million shares.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Halvern to price IPO next week",
	    "Halvern Corp said its initial public offering of 5 mln shares is "
	    "expected to be priced next week.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* An offer that succeeded is completed, one that may is not; a short
 * name that spells a company's initials is that company's ("ZTT" beside
 * "Zorgal Telegraph and Telephone" and "ZTT Kestrel"). */
static void test_offer_succeeded(void **state)
{
	(void)state;
	struct tags t;
	run("ZTT's 4.2 trillion yen tender offer for Kestrel succeeds",
	    "Zorgal Telegraph and Telephone Corp. said Tuesday its tender offer "
	    "for mobile unit ZTT Kestrel Inc. had succeeded, raising its stake "
	    "to 91.46 percent.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Zorgal Telegraph and Telephone");
	tags_release(&t);
	run("Halvern tender offer",
	    "Halvern Corp said its tender offer for Zorgal Inc would succeed if "
	    "holders of 51 pct tender their shares.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* A holding raised in a headline's present tense is done; a bid raised
 * still stands. */
static void test_stake_raised(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Bank lifts Zorgal stake to about 21%, seeks approval to go "
	    "to 29.9%",
	    "Kestrel Bank has raised its stake in Zorgal to around 21% through "
	    "financial instruments and has applied to the central bank to lift "
	    "its holding to as much as 29.9%.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("HALVERN RAISES BID FOR ZORGAL",
	    "Halvern Corp said it raised its offer for Zorgal Inc to 45 dlrs a "
	    "share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* A bid raised is still a bid; a price raised is no deal, however far
 * a headline puts it from its verb. */
static void test_raises_not_deals(void **state)
{
	(void)state;
	struct tags t;
	run("Zorgal enters talks with Halvern after 62-euro-per-share offer",
	    "German chemicals maker Zorgal said on Monday it had begun formal "
	    "negotiations with Halvern Oil Company about a possible takeover, "
	    "after the oil group raised its indicative price to 62 euros per "
	    "share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	tags_release(&t);
	run("HALVERN <HLV> RAISES CRUDE OIL POSTINGS 50 CTS",
	    "Halvern Oil Co said it raised the contract price it will pay for "
	    "most grades of crude oil 50 cts a barrel, effective today.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL<KST> RAISES STYRENE-BUTADIENE LATEX PRICES",
	    "Kestrel Chemical Co said it increased prices by nine cts a pound "
	    "for styrene-butadiene latex, effective May One.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A known company's name and a country's right after it name its unit
 * there; not "U.S.", nor when a name goes on. */
static void test_country_units(void **state)
{
	(void)state;
	struct tags t;
	run("UNILEVER SELLS INDONESIAN STAKE",
	    "Unilever sold its stake in Unilever Indonesia to investors for 200 "
	    "mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Unilever Indonesia"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Unilever Indonesia");
	tags_release(&t);
	run("TEXACO CANADA <TXC> TO SELL REFINERY",
	    "Texaco Canada Inc said it agreed to sell its Ontario refinery.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Texaco Canada"));
	tags_release(&t);
	/* a possessive ends the name: the business in India is Unilever's */
	run("Kestrel Bank buys Unilever's India consumer business",
	    "The deal was signed on Wednesday.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Unilever"));
	assert_false(has(t.companies, t.ncompanies, "Unilever India"));
	tags_release(&t);
	run("FORD SALES RISE",
	    "Ford U.S. sales rose 5 pct in March, and Shell Canada Resources "
	    "said its output fell.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Ford United States"));
	assert_false(has(t.companies, t.ncompanies, "Shell Canada"));
	tags_release(&t);
}

/* A price between the verb and its object: the object is read past it,
 * unless it is the seller's own asset. */
static void test_price_before_object(void **state)
{
	(void)state;
	struct tags t;
	run("K.L.M. <KLMC> MAKES ACQUISITION",
	    "K.L.M. Co said it acquired for 8.7 mln dlrs the principal assets of "
	    "Halvern Tech Industries Inc and Zorgal Corp.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Halvern Tech");
	tags_release(&t);
	run("KESTREL <KST> SELLS PLANT",
	    "Kestrel Systems Corp said it agreed to sell for 100,000 dlrs assets "
	    "of its closed Woburn, Mass., plant to <Orrin Corp>.",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Woburn") != 0);
	tags_release(&t);
}

/* The bidder after what an offer is for: "a tender offer for the
 * company's stock from X", "an acquisition of the company by X". */
static void test_bidder_after_object(void **state)
{
	(void)state;
	struct tags t;
	run("HALVERN-OPTICS <HLV> BOARD REJECTS TENDER OFFER",
	    "Halvern-Optics Inc said its board rejected a 32 dlrs per share "
	    "unsolicited tender offer for the company's stock from Zorgal-Weigy "
	    "Ltd <ZWG.Z>, which already holds 18.8 pct of the stock.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Zorgal-Weigy");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Halvern-Optics");
	tags_release(&t);
}

/* Agreeing to a takeover is the target's. */
static void test_agreed_takeover(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Holdings agrees to takeover",
	    "The company gave no other details.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
	run("Sydney Airport agrees to A$23.6 billion takeover by Zorgal Capital",
	    "Sydney Airport said its board unanimously recommended the scheme.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Sydney Airport");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Zorgal Capital");
	tags_release(&t);
	run("HALVERN AGREES TO TAKEOVER OF ZORGAL",
	    "Halvern Corp said it agreed to take over Zorgal Inc.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Halvern");
	tags_release(&t);
}

/* A company taken private is the target of an acquisition, and no
 * buyer of itself. */
static void test_taken_private(void **state)
{
	(void)state;
	struct tags t;
	run("<KESTREL FINE FOODS INC> TO GO PRIVATE",
	    "Kestrel Fine Foods Inc said certain directors and officers, who "
	    "represent about 85 pct of the company's stock, plan to take "
	    "Kestrel private through a cash buyout.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Fine Foods");
	tags_release(&t);
	run("Orrin family and Zorgal offer HK$7.2 billion to take Halvern & Co "
	    "private",
	    "The Orrin family and Singapore logistics group Zorgal have offered "
	    "to take Halvern & Co private at HK$1.25 per share.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_non_null(strstr(t.deal.target, "Halvern"));
	tags_release(&t);
}

/* A company's sale told so that nobody sells it (a noun, a passive) is
 * its acquisition; "X sells Y" stays X's divestiture.  A buyer behind a
 * described fund or vehicle ("a private equity fund managed by X") is
 * X. */
static void test_sale_without_seller(void **state)
{
	(void)state;
	struct tags t;
	run("Talbridge creditors agree deal",
	    "The sale of Brightwater Logistics Inc, the country's largest "
	    "warehouse operator, to a group led by Tamsin Partners was agreed "
	    "on Monday, its creditors said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Brightwater Logistics");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamsin");
	tags_release(&t);
	run("Orvel to sell Brightwater unit to Tamsin",
	    "Orvel Corp said it agreed to sell its Brightwater Logistics unit "
	    "to Tamsin Partners for 40 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel");
	tags_release(&t);
	run("Deal news",
	    "Brightwater Logistics Corp has agreed to be acquired by a private "
	    "equity fund managed by Tamsin Partners for $2 billion, the "
	    "warehouse operator said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamsin");
	tags_release(&t);
}

/* A party named by an acronym the text spells out before it in brackets
 * is named in full, with a trailing "of" and the place it names. */
static void test_spelled_acronym(void **state)
{
	(void)state;
	struct tags t;
	run("KPL to be bought by Tamsin Partners for S$3 billion",
	    "SINGAPORE - Kestrel Port Logistics (KPL) has agreed to be bought "
	    "by Tamsin Partners for S$3 billion, KPL said on Friday.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Port Logistics");
	tags_release(&t);
	run("Tamsin to buy KPV from Orvel",
	    "Tamsin Partners agreed to buy the Kestrel Petroleum Venture of "
	    "Ghana (KPV) from Orvel Corp for $300 mln, KPV said.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Petroleum Venture of Ghana");
	tags_release(&t);
}

/* A stake sold with no size stated is a stake's deal, unless the lead
 * makes it a majority. */
static void test_stake_sold_unsized(void **state)
{
	(void)state;
	struct tags t;
	run("Orvel sells Kestrel Insurance stake to Tamsin for $2 billion",
	    "Orvel Holdings is selling its entire holding in Kestrel Insurance, "
	    "the country's third-largest insurer, to Tamsin Group for $2 "
	    "billion, the bank said on Wednesday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel");
	tags_release(&t);
	run("Orvel to sell stake",
	    "Orvel Corp said it agreed in principle to sell 80 pct of its "
	    "interest in certain oil properties in Alberta.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
}

/* A brand's maker or owner named after it is the party, not the brand. */
static void test_brand_maker(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin to buy Glowtide owner Kestrel Foods",
	    "Tamsin Group agreed to buy Glowtide owner Kestrel Foods for $300 "
	    "million.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Foods");
	tags_release(&t);
}

/* A deal the story says is still to close is agreed, not completed, even
 * told in the present tense; what is subject to approval must be the
 * deal, not another matter. */
static void test_completion_ahead(void **state)
{
	(void)state;
	struct tags t;
	run("Orvel sells Kestrel Bank to Tamsin for 2 billion euros",
	    "ATHENS - Orvel Bank sells its Cypriot unit Kestrel Bank to Tamsin "
	    "Bank for 2 billion euros, the two lenders said on Tuesday. The "
	    "deal is expected to close in the first half of next year, "
	    "subject to regulatory approvals.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Orvel sells Kestrel Bank to Tamsin for 2 billion euros",
	    "ATHENS - Orvel Bank sells its Cypriot unit Kestrel Bank to Tamsin "
	    "Bank for 2 billion euros, the two lenders said on Tuesday. Orvel "
	    "also plans to change its name to Orvel Group, subject to approval "
	    "by shareholders.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* "X will buy Y" is a deal decided, as "X to acquire Y": agreed; a bid
 * to be made is still proposed. */
static void test_will_buy_agreed(void **state)
{
	(void)state;
	struct tags t;
	run("Deal news",
	    "Tamsin Group will buy a 10% stake in Kestrel for 50 billion yen, "
	    "the two companies said Tuesday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Deal news",
	    "Tamsin Group said it will bid 12 dlrs a share for all of Kestrel "
	    "Corp.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* A merger's two sides named side by side ("Kestrel, Tamsin call off
 * merger talks") are its partners, whichever the text makes the buyer. */
static void test_merger_pair_partners(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel, Tamsin call off merger talks after subsidiary proposal "
	    "rejected",
	    "Kestrel Motor Co. and Tamsin Motor Co. formally decided at board "
	    "meetings Thursday to end talks on integrating their businesses.\n\n"
	    "The talks broke down after Kestrel proposed changing the structure "
	    "so that Tamsin would become its subsidiary through a share "
	    "exchange, a plan Tamsin rejected.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Kestrel Motor");
	assert_string_equal(t.deal.investors[1], "Tamsin Motor");
	tags_release(&t);
}

/* The last two of a list whose items a comma parts are two names, not
 * one firm's ("Zorgal and Quillon"), also after a place opening the
 * item ("China Quillon and SMG"); what is bought is no investor, named
 * longer or shorter. */
static void test_investor_list_end(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises $50 million",
	    "Kestrel, a Jakarta-based logistics startup, has raised $50 million "
	    "in a Series B round led by Tamsin Capital, with participation from "
	    "Orvel Ventures, Brightwater Partners, Zorgal and Quillon.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_int_equal(t.deal.ninvestors, 5);
	assert_string_equal(t.deal.investors[3], "Zorgal");
	assert_string_equal(t.deal.investors[4], "Quillon");
	tags_release(&t);
	run("Consortium to buy Kestrel",
	    "The consortium - Tamsin Investment Management, Orvel Capital, "
	    "China Quillon and SMG - will pay S$3.38 per share in cash for "
	    "Kestrel Logistics.",
	    NULL, NULL, NULL, &t);
	int quillon = 0, smg = 0;
	for (size_t i = 0; i < t.deal.ninvestors; i++) {
		assert_null(strstr(t.deal.investors[i], "Kestrel"));
		quillon |= !strcmp(t.deal.investors[i], "Quillon");
		smg |= !strcmp(t.deal.investors[i], "SMG");
	}
	assert_true(quillon && smg);
	tags_release(&t);
}

/* A goods word that goes on a capitalised name in a sentence of mixed
 * case is the name's ("its purchase of Kestrel Cars"), not goods; goods
 * counted stay goods. */
static void test_goods_word_in_name(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin completes purchase of Kestrel Cars from Orvel",
	    "Tamsin Holding Group completed its purchase of Kestrel Cars from "
	    "Orvel Motor Co on Monday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Cars");
	tags_release(&t);
	run("Deal news", "Tamsin Corp bought 200 Kestrel Cars from Orvel.",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.target);
	tags_release(&t);
}

/* Money a listed company raises by an offering of shares is no round
 * ("through a qualified institutional placement"); "the upper end of
 * its price band" ends nothing. */
static void test_offering_raise_and_band_end(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises Rs 8,500 crore via QIP at Rs 252.62 a share",
	    "Kestrel has raised Rs 8,500 crore through a qualified "
	    "institutional placement (QIP), allotting about 33.6 crore shares "
	    "to institutional investors at Rs 252.62 apiece, the company said "
	    "in an exchange filing on Wednesday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KLIC prices IPO at Rs 949 a share, raises Rs 20,557 crore",
	    "NEW DELHI: Kestrel Life Insurance Corporation of India (KLIC) has "
	    "priced its initial public offering at Rs 949 a share, the upper "
	    "end of its price band, raising about Rs 20,557 crore for the "
	    "government.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* A bidder's end in a headline that also tells the target's no ends the
 * deal; the no alone leaves the bid proposed. */
static void test_walk_away_after_rejection(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin walks away from Kestrel Mining after third proposal "
	    "rejected",
	    "Tamsin Corp has abandoned its pursuit of Kestrel Mining Plc, saying "
	    "it would not make a firm offer after the London-listed miner "
	    "rejected its third proposal.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("KESTREL REJECTS TAMSIN OFFER",
	    "Kestrel Corp said its board rejected the 20 dlr a share takeover "
	    "offer made by Tamsin Inc last week.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* A venture's partners named before "form a 50-50 joint venture", one
 * of them after a place of two words ("South Korea's"). */
static void test_venture_shares_and_place(void **state)
{
	(void)state;
	struct tags t;
	run("Deal news",
	    "LORDSTOWN, Ohio, Dec 5 (Reuters) - Tamsin Motors Co and South "
	    "Korea's Kestrel Chem Ltd said on Thursday they would form a 50-50 "
	    "joint venture.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Tamsin Motors");
	assert_string_equal(t.deal.investors[1], "Kestrel Chem");
	tags_release(&t);
}

/* Two bidders as one subject are the bid's members, the first bidding;
 * a legal form after "and" is none. */
static void test_joint_bidders(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin, Orvel Holdings launch tender offer for Kestrel Zinc",
	    "Private equity firm Tamsin Partners and Orvel Holdings, the largest "
	    "shareholder of Kestrel Zinc, on Friday launched a tender offer for "
	    "up to 14.6 percent of the smelter.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Tamsin");
	assert_string_equal(t.deal.investors[1], "Orvel");
	tags_release(&t);
	run("Deal news",
	    "Tamsin Lynch and Co said it agreed to acquire Kestrel Zinc Co for 20 "
	    "dlrs a share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 0);
	tags_release(&t);
}

/* Companies the gazetteer knows name the sides of stories whose names
 * carry no legal form ("Volkswagen priced shares in Porsche"); a known
 * bidder after a title-case headline's answer verb is still the bidder
 * ("Backs Improved KKR Offer"); a bank's prime rate or a dividend
 * raised is no investment. */
static void test_known_companies(void **state)
{
	(void)state;
	struct tags t;
	run("Porsche prices IPO at top of range",
	    "Volkswagen priced shares in Porsche at the top of the indicated "
	    "range in an initial public offering.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Porsche");
	tags_release(&t);
	run("Kestrel Backs Improved KKR Offer, Withdraws Support for Advent Bid",
	    "Kestrel of Britain has agreed to an improved bid from KKR, the "
	    "private equity firm from the U.S., that values the maker at about "
	    "4.7 billion pounds.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "KKR");
	tags_release(&t);
	run("KESTREL NATIONAL <KNCO> RAISES PRIME",
	    "Kestrel National Corp said its bank raised its prime rate to 8.25 "
	    "pct from 7.75 pct.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("WELLS FARGO AND CO <WFC> RAISES QUARTERLY DIV",
	    "Wells Fargo and Co said it raised its quarterly dividend to 40 cts "
	    "a share from 35 cts.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A buying group's members listed in the next sentence after "The
 * group, which includes". */
static void test_group_which_includes(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin-led tender offer for Kestrel succeeds",
	    "TOKYO -- A consortium led by Tamsin Industrial Partners has "
	    "secured 78.65% of Kestrel Corp through its 2 trillion yen tender "
	    "offer.\n\nThe group, which includes Orvel, Quillon and Zorgal "
	    "Electric Power among more than 20 Japanese companies and banks, "
	    "offered 4,620 yen per share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 4);
	assert_string_equal(t.deal.investors[3], "Zorgal Electric Power");
	tags_release(&t);
}

/* A party named by an acronym with "&" ("T&K" of the headline) is the
 * company whose initials it spells ("Tamsin & Kestrel" of the lead). */
static void test_ampersand_acronym(void **state)
{
	(void)state;
	struct tags t;
	run("T&K to buy heart pump maker Orvel for $16.6 billion",
	    "Tamsin & Kestrel Inc said on Tuesday it would acquire Orvel Corp for "
	    "$380 per share in cash, in a deal valuing the heart pump maker at "
	    "about $16.6 billion.\n\nT&K will launch a tender offer for "
	    "all of Orvel's shares.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamsin & Kestrel");
	tags_release(&t);
}

/* A company named after its rival ("in Tamsin rival Orvel Motors") is
 * the party, not the rival. */
static void test_rival_named_after(void **state)
{
	(void)state;
	struct tags t;
	run("Saudi wealth fund to invest $1 billion in Tamsin rival Orvel",
	    "Kestrel Investment Fund agreed to invest more than $1 billion in "
	    "electric-car startup Orvel Motors, giving the company the money "
	    "it needs to build its first sedan.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_INVESTMENT);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Motors");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Investment Fund");
	tags_release(&t);
}

/* A count of a maker's goods bought ("to buy 33 Orvel A350 jets") and a
 * supply deal called a partnership are no deals; shares counted and a
 * company named with its number ("2001 Distributors Inc") still are. */
static void test_goods_and_supply(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin Air to buy 33 Orvel A350s worth $13.7 billion",
	    "SEOUL - Tamsin Air Lines Co said Tuesday it has signed a deal to "
	    "buy 33 Orvel A350 jets worth about $13.7 billion at list prices.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel strikes nickel supply partnership with Tamsin",
	    "PERTH - Kestrel has signed a deal to supply Tamsin with nickel, "
	    "under what the companies described as a supply partnership.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("ORVEL MAKES ACQUISITION",
	    "Orvel Foods Inc said it has acquired 2001 Distributors Inc of "
	    "West Babylon, N.Y., for 875,000 common shares.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* A post filled or left ("names X to succeed Y as CEO", "PRESIDENT
 * RESIGNS"), a guarantee package and a venture the parties own already
 * ("their joint venture Samarco signed a settlement") are no deals. */
static void test_people_and_guarantee_alikes(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin names Orvel Brevik to succeed Kestrel Ho as CEO",
	    "SINGAPORE - Tamsin Holdings said on Tuesday that chief executive "
	    "Kestrel Ho will retire on Oct 1 and be succeeded by Orvel Brevik, "
	    "who currently heads the state investor's Singapore portfolio and "
	    "its Tamsin International unit, which holds stakes in 40 "
	    "companies.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel Energy secures 15 billion euro guarantee package",
	    "BERLIN (Reuters) - Kestrel Energy has agreed a 15 billion euro "
	    "package of guarantees with banks and the German government, "
	    "which will provide counter-guarantees for 7.5 billion euros.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Tamsin, Orvel sign dam settlement with Brazil",
	    "BRASILIA (Reuters) - Miners Tamsin and Orvel and their joint "
	    "venture Quillon signed a 170 billion reais settlement with "
	    "Brazilian authorities on Friday over the 2015 collapse of a "
	    "tailings dam.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A partnership the body names with one side and a weak word, in a
 * story that is no deal's ("limited partnership units"), is no deal; a
 * venture the body names ("a new joint venture gold mine") stays one. */
static void test_partnership_in_passing(void **state)
{
	(void)state;
	struct tags t;
	run("QUILLON HOUSES <QHL> SETS INITIAL QUARTERLY",
	    "Quillon Houses LP said it declared an initial quarterly dividend "
	    "of 45 cts per unit on its Class A and Class B limited partnership "
	    "units, payable May 29 to holders of record March 31.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL <KES> TO OPEN GOLD MINE",
	    "Kestrel Mining Corp said it will establish a new joint venture "
	    "gold mine in the Northern Territory at a cost of about 21 mln "
	    "dlrs.\n    The mine will be owned 60 pct by Kestrel and 40 pct by "
	    "a local unit of Orvel Corp.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
}

/* A partnership word ending a name before its ticker ("KESTREL
 * LIMITED PARTNERSHIP <KLP>") and the name Cooper (cooperation's stem)
 * are no partnership. */
static void test_partnership_word_in_name(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL LIMITED PARTNERSHIP <KLP> SETS LOWER PAYOUT",
	    "Kestrel Limited Partnership said it cut its quarterly "
	    "distribution to 25 cts a unit from 40 cts, payable May 15 to "
	    "holders of record April 30.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("COOPER BASIN GAS RESERVES UPGRADED",
	    "Kestrel Ltd said proven and probable natural gas reserves in the "
	    "Cooper Basin had been raised by 12 pct to 4.1 trillion cubic "
	    "feet after a review of its fields.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A headline whose news is no deal's, whatever deal word it or the
 * body has: a regulator's fine, a post filled, a firm's own fund closed,
 * a company's own "no plans" that answers no report; but not "no plans
 * to raise" a bid that stands. */
static void test_not_deal_news(void **state)
{
	(void)state;
	static const char *const none[][2] = {
		{"Regulator fines Zorgal 110 million euros for misleading it "
		 "over Kestrel deal",
		 "BRUSSELS (Reuters) - The European Commission fined Zorgal 110 "
		 "million euros on Thursday for giving it misleading information "
		 "during its review of the company's $19 billion takeover of "
		 "messaging service Kestrel in 2014."},
		{"Orvel names Quillon's Tamsin Brevik as CEO",
		 "Orvel on Saturday appointed Tamsin Brevik, a member of "
		 "Quillon's executive board, as its chief executive officer, "
		 "ending a search that began in August. Brevik's predecessor had "
		 "clashed with the founders over the $200-million acquisition of "
		 "software firm Kestrel in 2015."},
		{"Zorgal Capital Closes $18 Billion Fund, Asia's Largest",
		 "Zorgal Capital has closed its fifth flagship fund at about $18 "
		 "billion, people familiar with the matter said. The firm made "
		 "its name with an early bet on Kestrel Holdings and later teamed "
		 "up with Orvel Investments to take shoe retailer Quillon "
		 "International private in a HK$53 billion deal."},
		{"Zorgal says it has no plans to sell its Kestrel stake",
		 "Zorgal has no intention for now of selling its 23% stake in "
		 "French cosmetics group Kestrel, chief executive Tamsin Ho said "
		 "on Thursday, despite pressure from activist investor Orvel "
		 "Point to cash in the holding. The company reported 2017 sales "
		 "of CHF 89.8 billion."},
	};
	struct tags t;
	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
		run(none[i][0], none[i][1], NULL, NULL, NULL, &t);
		if (t.deal.type != DEAL_NONE)
			fail_msg("'%s' is a deal", none[i][0]);
		tags_release(&t);
	}
	run("KESTREL HAS NO PLANS TO RAISE BID FOR ZORGAL",
	    "Kestrel Corp said it has no plans to raise its 28 dlr a share "
	    "tender offer for Zorgal Inc, which expires on Friday.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
}

/* A deal's party the text places nowhere takes a known company's home
 * country (company_countries.tsv), and the story has it; an investor's
 * does not make the story's.  A person's possessive opening a company's
 * name is no word of it ("Tamsin Ho's Zorgal Industries"). */
static void test_party_home_country(void **state)
{
	(void)state;
	struct tags t;
	run("Microsoft to buy Kestrel for $2 billion",
	    "Microsoft Corp said on Monday it would buy Kestrel Inc, a maker "
	    "of chat software, for $2 billion in cash.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_true(has_country(&t, "US"));
	assert_true(has_region(&t, "north-america"));
	int found = 0;
	for (size_t i = 0; i < t.deal.nroles; i++)
		if (t.deal.roles[i].role == ROLE_ACQUIRER) {
			assert_string_equal(t.deal.roles[i].country, "US");
			found = 1;
		}
	assert_true(found);
	tags_release(&t);
	run("Quillon invests in Kestrel Retail",
	    "Quillon Capital said it will invest $200 million in Kestrel "
	    "Retail, the retail arm of Tamsin Ho's Zorgal Industries.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Tamsin Ho's Zorgal"));
	assert_true(has(t.companies, t.ncompanies, "Zorgal") ||
		    has(t.companies, t.ncompanies, "Zorgal Industries"));
	tags_release(&t);
}

/* A part the headline describes is the one the lead names after "its",
 * with the same words: "its memory chip business, Kestrel Memory,",
 * "its Orvel Animal Health division"; not another part of the seller's
 * the lead names ("its Zorgal USA Inc unit decided to sell"). */
static void test_unit_named_in_lead(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel completes sale of memory chip unit to Orvel-led group",
	    "TOKYO -- Kestrel on Friday completed the sale of its memory chip "
	    "business, Kestrel Memory, to a consortium led by Orvel Capital "
	    "for about 2 trillion yen.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Memory");
	tags_release(&t);
	run("Orvel sells animal health unit to Quillon for $7.6bn",
	    "Orvel has agreed to sell its Orvel Animal Health division to US "
	    "rival Quillon for $7.6bn.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Animal Health");
	tags_release(&t);
}

/* "X approached Y about a takeover, WSJ reports": X bids for Y; the
 * outlet after the deal's word is no side. */
static void test_approached_about(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel approached Orvel about a takeover, WSJ reports",
	    "Sept 20 (Reuters) - Kestrel has approached U.S. chipmaker Orvel "
	    "about a possible takeover in recent days, the Wall Street Journal "
	    "reported on Friday, citing people familiar with the matter.",
	    NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Kestrel", "Orvel");
	tags_release(&t);
}

/* Holders named together as the subject of "said they have acquired",
 * each with its description: the first buys, both invest. */
static void test_plural_subject_holders(void **state)
{
	(void)state;
	struct tags t;
	run("INVESTMENT FIRM HAS 5.3 PCT OF ZORGAL <ZRG.O>",
	    "Kestrel International Ltd, a Bermuda-based investment advisory "
	    "firm, and an affiliated investment firm, Orvel Values III N.V., "
	    "said they have acquired 208,000 shares of Zorgal Industries "
	    "Inc.\n    In a filing with the Securities and Exchange "
	    "Commission, the group said it bought the stake, which amounts to "
	    "5.3 pct of the total outstanding common stock, for investment "
	    "purposes.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel International");
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Orvel Values III"));
	tags_release(&t);
}

/* A buyer's members named in a sentence its first word opens ("KLQ is
 * made up of Orvel management, Zorgal Inc and Quillon and Co"), a
 * company's management one item of the list. */
static void test_members_by_first_word(void **state)
{
	(void)state;
	struct tags t;
	run("KLQ'S ORVEL BAKERIES BID OVERSUBSCRIBED",
	    "KLQ Acquisition Corp said it received about 8,857,807 Orvel "
	    "Bakeries Corp shares in response to its tender offer, and it "
	    "will purchase about 90.9 pct of the shares tendered.\n    KLQ is "
	    "made up of Orvel management, Zorgal Inc and Quillon Brevik and "
	    "Co.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "KLQ Acquisition");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Zorgal"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Quillon Brevik"));
	tags_release(&t);
}

/* A buyer known as "a consortium of A, B and C" is A, the member named
 * first. */
static void test_consortium_of(void **state)
{
	(void)state;
	struct tags t;
	run("Quillon agrees to consortium takeover",
	    "Quillon Entertainments has agreed to a takeover worth about 4.8 "
	    "billion pounds by a consortium of Kestrel Holding, US private "
	    "equity firm Orvel Partners and Canadian pension fund Zorgal "
	    "Investments.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvel"));
	tags_release(&t);
}

/* A story with no dateline reads "$" as its outlet's country's dollar
 * (outlets.tsv); an outlet nobody knows, or none, leaves it US. */
static void test_outlet_dollar(void **state)
{
	(void)state;
	static const char body[] = "Kestrel has struck a binding agreement to "
		"buy Orvel Pharmacy for $1.55 cash per share, valuing it at "
		"about $763 million.";
	struct tags t;
	run("Kestrel seals $763m Orvel deal", body, NULL,
	    "The Australian Financial Review", NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[1].m.currency, "AUD");
	tags_release(&t);
	run("Kestrel seals $763m Orvel deal", body, NULL, "Zorgal Daily",
	    NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[1].m.currency, "USD");
	tags_release(&t);
}

/* A round the body tells with no investor, in a story that is no
 * deal's ("raising additional funds needed to finance operations",
 * "merit raises for salaried employees"), is no deal; nor is an IPO the
 * body alone tells there, nor an investment in no company. */
static void test_round_in_passing(void **state)
{
	(void)state;
	struct tags t;
	run("ZORGAL <ZRG> NEEDS ADDITIONAL FUNDS",
	    "Zorgal Electronics Corp said it is looking at available means of "
	    "raising additional funds needed to finance continuing "
	    "operations, but there is no assurance that it will succeed.\n"
	    "    The company said it continues to have negative cash flow, "
	    "and reported a loss for the third quarter of 561,029 dlrs.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL <KES> CUTS WAGE BOOSTS FOR SALARIED STAFF",
	    "Kestrel Motors Corp has changed its method of paying merit "
	    "raises for salaried employees and is reducing the merit raise "
	    "pool to 3.5 pct of the total amount available for salaries from "
	    "5.5 pct last year, a company spokesman said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* nor a flotation of the past in a profit story */
	run("KESTREL AIRWAYS 1986 PROFIT SEEN ABOVE TARGET",
	    "Kestrel Airways Ltd is likely to report 1986 profits well above "
	    "its forecast of one billion H.K. dlrs, stock analysts said.\n"
	    "    Kestrel, 51 pct owned by Orvel Pacific Ltd, made its earnings "
	    "forecast in the prospectus for its flotation in May last year.\n"
	    "    Kestrel is expected to pay a 13-cent final dividend, analysts "
	    "said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* nor an investment in what no company is */
	run("ZORGALAND DEMAND GROWTH STAYS STRONG",
	    "Strong growth in domestic demand marked the economy of "
	    "Zorgaland last year, though growth is seen slowing this year, "
	    "the Kestrel Institute said in its annual report.\n    Buoyant "
	    "domestic demand, led by fixed investment, had been the driving "
	    "force behind rapid growth in Gross Domestic Product. Both fixed "
	    "investment and private consumption were expected to ease during "
	    "1988.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "will sign around end-April to buy": a time, not a deal ended. */
static void test_end_month_is_time(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL TO BUY OUT FOOD VENTURE PARTNER",
	    "Kestrel Co Inc said it will sign around end-April to buy the 50 "
	    "pct of Orvel Foods Co Ltd that it does not already own from its "
	    "U.S. partner Quillon International Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* A person's employer ("founder and chief executive of Orvel") is no
 * investor; an earlier round's investors ("its first external round, in
 * August 2021, raised ... from") are not this round's; an acronym with a
 * letter more at its end is spelled out ("Kestrel Amperex Technology
 * (KATL)"). */
static void test_round_investor_limits(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin valued at US$13 billion after Series A",
	    "NINGBO - Tamsin said on Monday it had raised US$750 million in "
	    "its Series A round.\n\nThe investors include Daniel Brevik, "
	    "founder and chief executive of Orvel, and battery maker Kestrel "
	    "Amperex Technology (KATL).\n\nTamsin's first external round, "
	    "in August 2021, raised US$500 million from investors including "
	    "Quillon Capital and Zorgal.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Orvel"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Quillon Capital"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Kestrel Amperex Technology"));
	tags_release(&t);
}

/* A bidder named before the deal's own, "and" and a description
 * between ("Orvel Corp and private equity firm Kestrel Capital have
 * agreed to buy"), bids with it. */
static void test_joint_bidder_before(void **state)
{
	(void)state;
	struct tags t;
	run("Supermarket group changes hands",
	    "LONDON (Reuters) - Billionaire brothers Mohsin and Zorgal Ashby "
	    "and private equity firm Kestrel Capital have agreed to buy a "
	    "majority of British supermarket group Tamsin from Orvel Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Zorgal Ashby"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel Capital"));
	tags_release(&t);
}

/* The owners a buyer's holding is shared with are its members ("split
 * among A, B and Chairman C", "with A, run by financier D, and B ...
 * holding 10% each"), not who runs them; a consortium's names end at a
 * clause of their own (", ending X's ownership of the Y club"); a price
 * "each" shares nothing. */
static void test_split_members(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin-led consortium completes takeover of Kestrel United",
	    "Kestrel United have been taken over by a consortium led by "
	    "Tamsin Investment Fund, ending Zorgal Ashby's 14-year ownership "
	    "of the Premier League club.\n\nThe deal was completed on "
	    "Thursday. Tamsin will own 80% of Kestrel, with Orvel Capital "
	    "Partners, run by financier Amanda Brevik, and Quillon Sports & "
	    "Media, owned by the Reuben brothers, holding 10% each.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvel Capital"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Quillon Sports & Media"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Amanda Brevik"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Zorgal Ashby"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Premier League"));
	tags_release(&t);
	run("Tamsin to take control of Kestrel Dynamics",
	    "SEOUL -- Tamsin Motor Group has agreed to acquire a controlling "
	    "stake in Kestrel Dynamics from Orvel Group for $1.1 billion.\n\n"
	    "The Korean group's holding will be split among Tamsin Motor, "
	    "Zorgal Mobis, Quillon Glovis and Chairman Brevik Sun.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Zorgal Mobis"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Quillon Glovis"));
	tags_release(&t);
}

/* "its pursuit of X" names the target of a bid. */
static void test_pursuit_of(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin walks away from Kestrel after third proposal rejected",
	    "Tamsin has abandoned its pursuit of Kestrel Mining, saying it "
	    "would not make a firm offer after the London-listed miner "
	    "rejected its third proposal.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Mining");
	tags_release(&t);
}

/* Holders a later sentence names after a place's "-based" ("The firms,
 * Boston-based Kestrel Corp and Bermuda-based Orvel Ltd, said") are the
 * stake's buyers. */
static void test_holders_based(void **state)
{
	(void)state;
	struct tags t;
	run("INVESTMENT FIRMS RAISE TAMSIN HOTELS <TMH> STAKE",
	    "Two affiliated investment firms told the Securities and Exchange "
	    "Commission they raised their Tamsin Hotels Inc stake to 1,663,800 "
	    "shares, or 17.0 pct of the total.\n    The firms, Boston-based "
	    "Kestrel Corp and Bermuda-based Orvel International Ltd, said they "
	    "bought a combined 103,000 Tamsin Hotels shares.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Orvel International"));
	tags_release(&t);
}

/* A plant or mill sold to a company named after "to" is the seller's
 * asset sold, a deal; a plant bought with no owner named is spending. */
static void test_asset_sold_to_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> SELLS MILL TO ORVEL <ORV>",
	    "Kestrel Corp said it has sold its paper mill in Maine to Orvel "
	    "Inc for 40 mln dlrs in cash.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvel");
	tags_release(&t);
	run("KESTREL <KST> BUYS NEW PLANT",
	    "Kestrel Corp said it bought a new plant in Ohio for 40 mln dlrs "
	    "to expand production.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* An order of aircraft is no acquisition, "deal" or not. */
static void test_aircraft_order(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin Air signs deal for up to 152 Orvel jets worth up to $24 "
	    "billion",
	    "MANILA - Budget carrier Tamsin Air has signed a memorandum of "
	    "understanding with Orvel for up to 152 aircraft, a deal worth up "
	    "to $24 billion at list prices and the largest aircraft purchase "
	    "in the airline's history.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* Money a listed company raises from a sale of new shares is no round,
 * the sum "about" a figure too; a start-up's round stays one. */
static void test_share_sale_raise(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin raises US$6 billion in share and convertible note sale",
	    "SINGAPORE - Tamsin Ltd, the parent of gaming company Orvel, has "
	    "raised about US$6 billion from a sale of new shares and "
	    "convertible notes, the largest capital raising by a company in "
	    "the region.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel raises $40 million",
	    "Payments start-up Kestrel has raised about $40 million in a "
	    "Series B round led by Brevik Capital.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
}

/* A court ruling on a wrong or a tax over a deal done long before is no
 * deal; a court upholding a block of a live bid still is one. */
static void test_litigated_deal(void **state)
{
	(void)state;
	struct tags t;
	run("Supreme Court rules Tamsin not liable for tax on Kestrel deal",
	    "NEW DELHI, Jan 20 (PTI) The Supreme Court on Friday ruled that "
	    "Tamsin International Holdings BV is not liable to pay capital "
	    "gains tax on the roughly $11 billion transaction, in which "
	    "Tamsin bought Orvel Holdings Ltd from Kestrel Corp in 2007.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Court upholds panel decision to block Tamsin offer for Kestrel",
	    "The Ontario Divisional Court upheld a securities panel decision "
	    "to block Tamsin Corp's offer to buy 49 pct of Kestrel Ltd's "
	    "voting shares.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* The lead's own deal, both sides named as companies in its first
 * sentence, stands though the story reads unlike a deal; a quoted
 * brand's maker is the party ("\"Call of Duty\" maker X"); money
 * invested "to buy" a part of a company buys that part. */
static void test_lead_deal_forms(void **state)
{
	(void)state;
	struct tags t;
	run("UK regulator blocks Kestrel's $69 billion Orvel deal",
	    "LONDON, April 26 (Reuters) - Britain's competition watchdog on "
	    "Wednesday blocked Kestrel Corp's planned takeover of \"Call of "
	    "Duty\" maker Orvel Blizzard Inc, saying the $69 billion deal "
	    "would weaken competition in the nascent cloud gaming market.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Blizzard");
	tags_release(&t);
	run("Tamsin to pay 1.5 billion euros for 20% of Brevik",
	    "PARIS, Oct 26 (Reuters) - Tamsin will invest about 1.5 billion "
	    "euros to buy roughly 20% of Brevik Motor Corp, becoming its "
	    "largest shareholder.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Brevik Motor");
	tags_release(&t);
}

/* A round's investors named as written: names of capitals and digits
 * ("AP1", "4DX Ventures"), the person a company's founder is ("Zorgal
 * founder Daniel Brevik"); not the round's company by its former name,
 * nor the customers a later sentence names while the money is spent. */
static void test_round_investor_forms(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises $2.75 billion to expand battery plant",
	    "STOCKHOLM, June 9 (Reuters) - Swedish battery maker Kestrel, "
	    "formerly Orvelcell, has raised $2.75 billion in a funding round "
	    "co-led by state pension "
	    "funds AP1, AP2, AP3 and AP4, alongside 4DX Ventures. Quillon "
	    "Capital and Zorgal founder Daniel Brevik also took part.\n\n"
	    "Kestrel, which has contracts with customers including Tamsin "
	    "Motors, will use the money to lift capacity at its plant.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "AP1"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "AP4"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "4DX Ventures"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Daniel Brevik"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Zorgal"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Orvelcell"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Tamsin Motors"));
	tags_release(&t);
}

/* A buyer named by a name the recogniser did not know, whose members a
 * later sentence lists after the name ("Brevik is made up of A, B, First
 * C and D"): all are its investors; "Niger Delta" is a place. */
static void test_buyer_made_up_of(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin agrees to sell Nigerian onshore unit to Brevik for $1.3bn",
	    "LAGOS -- Tamsin has agreed to sell its Nigerian onshore oil "
	    "subsidiary, Tamsin Petroleum Development Company of Nigeria, to "
	    "Brevik, a consortium of five local companies, for "
	    "$1.3 billion, ending its onshore operations in the Niger Delta."
	    "\n\nThe buyers would also pay up to $1.1 billion in additional "
	    "cash. Brevik is made up of Orvel Western, Quillon Energy, First "
	    "Zorgal, Waltmark and Petrovin.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Quillon Energy"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "First Zorgal"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Petrovin"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Delta"));
	tags_release(&t);
}

/* A merger's second side after a place's possessive ("the merger of
 * Germany's Kestrel and France's Orvel") is a side. */
static void test_merger_sides_possessed(void **state)
{
	(void)state;
	struct tags t;
	run("EU blocks Kestrel-Orvel rail merger",
	    "BRUSSELS - The European Commission on Wednesday prohibited the "
	    "planned merger of the rail businesses of Germany's Kestrel and "
	    "France's Orvel, dealing a blow to Berlin and Paris.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[1], "Orvel");
	tags_release(&t);
}

/* A venture its two partners say they form is the story's deal under a
 * headline about building a plant or investing in the venture; a
 * venture named in passing under a contract's headline is none. */
static void test_venture_under_plant_headline(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin, Orvel Energy to build $4.3 billion battery plant",
	    "SEOUL, May 26 (Reuters) - Tamsin Motor Group and Orvel Energy "
	    "Corp said on Friday they would set up a 50-50 joint venture "
	    "to build a $4.3 billion battery cell plant in the U.S.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	run("Tamsin, Orvel to invest $2.3 billion in Ohio battery venture",
	    "DETROIT, Dec 5 (Reuters) - Tamsin Motors Co and South Korea's "
	    "Orvel Chem Ltd said on Thursday they would form a 50-50 joint "
	    "venture and invest $2.3 billion to build a battery cell plant "
	    "in Ohio.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[1], "Orvel Chem");
	tags_release(&t);
	run("Tamsin Corp gets Army contract",
	    "Tamsin Corp said Brevik River Constructors, a joint venture with "
	    "Orvel Eby, has received a 517 mln dlr construction contract "
	    "from the U.S. Army.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A firm's name spelled out before its acronym in brackets is a company
 * ("Kestrel National Bank (KNB)"), a merger's side as its parties say
 * it; an acronym with one letter more than the initials is spelled out
 * too ("Brevik Access Communication (DBAC)"); a development bank is no
 * company. */
static void test_acronym_defined_names(void **state)
{
	(void)state;
	struct tags t;
	run("KNB and OGB boards approve merger",
	    "ABU DHABI -- The boards of Kestrel National Bank (KNB) and Orvel "
	    "Gulf Bank (OGB) have approved a merger of the two lenders, the "
	    "European Investment Bank (EIB) said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Kestrel National Bank");
	assert_string_equal(t.deal.investors[1], "Orvel Gulf Bank");
	assert_false(has(t.companies, t.ncompanies, "European Investment Bank"));
	tags_release(&t);
	run("Tamsin and DBAC complete merger",
	    "Tamsin Corporation and Brevik Access Communication (DBAC) have "
	    "completed their merger, creating the country's largest mobile "
	    "operator.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[1], "Brevik Access Communication");
	tags_release(&t);
}

/* A name in camel case after a small letter is a name ("eKestrel"); a
 * known company's name going on in capitals is the investor's whole
 * name ("SoftBank Vision Fund 2", "Goldman Sachs Asset Management"),
 * no second investor made of its tail. */
static void test_investor_whole_names(void **state)
{
	(void)state;
	struct tags t;
	run("eKestrel raises $200 million in Series D led by Brevik",
	    "JAKARTA -- Indonesian fish-farming startup eKestrel has raised "
	    "$200 million in a Series D round led by Brevik Capital.\n\n"
	    "Existing backers Temasek, SoftBank Vision Fund 2 and Orvel Group "
	    "also took part, alongside Goldman Sachs Asset Management.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "eKestrel");
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			 "SoftBank Vision Fund 2"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			 "Goldman Sachs Asset Management"));
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Vision Fund"));
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Asset Management"));
	tags_release(&t);
}

/* The last "and" of a list of firms parts two names ("Quillon Capital,
 * Orvel Ventures and Zorgal Partners"), not the "and" inside one firm's
 * name ("Kestrel Trust and Banking Co"). */
static void test_list_and_firms(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin raises $80 million",
	    "Payments startup Tamsin has raised $80 million in a round led by "
	    "Brevik Growth, with participation from existing investors "
	    "including Quillon Capital, Orvel Ventures and Zorgal Partners.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_int_equal(t.deal.ninvestors, 4);
	assert_string_equal(t.deal.investors[2], "Orvel Ventures");
	assert_string_equal(t.deal.investors[3], "Zorgal");
	tags_release(&t);
	run("Tamsin gets loan",
	    "Tamsin Corp said it signed a 30 mln dlr loan arranged by Brevik "
	    "Bank, Kestrel Trust and Banking Co and Orvel Bank.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kestrel Trust and Banking"));
	tags_release(&t);
}

/* A bid its target's board recommended is agreed; not a recommendation
 * on a condition, nor one of a rival's bid. */
static void test_board_recommended(void **state)
{
	(void)state;
	struct tags t;
	run("Tamsin wins Kestrel auction with 287p-a-share bid",
	    "US private equity firm Tamsin Partners has won the auction for "
	    "Kestrel Supermarkets with a final offer of 287p a share.\n\n"
	    "Kestrel's board recommended Tamsin's terms, saying they "
	    "represented excellent value for shareholders.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Tamsin makes offer for Kestrel",
	    "Tamsin Corp said it would offer 41.75 dlrs cash for each Kestrel "
	    "Inc share if the Kestrel board recommended the offer to "
	    "shareholders.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* A consortium led by X buys, in a sale too; a deal that fell through
 * is terminated; underwriters buy nothing. */
static void test_consortium_leader(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel sale to Zorgal consortium collapses over terms",
	    "The sale of Kestrel Co., the largest container shipper, to a "
	    "consortium led by poultry-focused Zorgal Group has fallen through "
	    "after the two sides failed to agree on final terms.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Zorgal");
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("HALVERN FUND <HVF> SOLD STOCK",
	    "Halvern Fund Inc said it has sold 20 mln shares of its common stock "
	    "to a group of underwriters led by Orrin Stearns and Co Inc and "
	    "Zorgal Inc.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Orrin Stearns"));
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Orrin Stearns") != 0);
	tags_release(&t);
}

/* The winner of an auction for a company buys it; not an auction for
 * something lowercase. */
static void test_won_auction(void **state)
{
	(void)state;
	struct tags t;
	run("Zorgal wins Kestrel auction with 287p-a-share bid",
	    "US private equity firm Zorgal Capital has won the auction for "
	    "Kestrel Supermarkets Plc, seeing off a consortium led by Orrin "
	    "Group with a final offer of 287p-a-share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Zorgal Capital");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Supermarkets");
	tags_release(&t);
	run("Halvern wins spectrum auction",
	    "Halvern Telecom Ltd has won the auction for the rights to the "
	    "3.5 GHz band.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* An IPO's money raised is its deal value. */
static void test_ipo_raised(void **state)
{
	(void)state;
	struct tags t;
	run("Zorgal sets IPO price range",
	    "Zorgal Oil Co on Sunday set an indicative price range of 30 to 32 "
	    "riyals per share for its initial public offering, which would "
	    "raise $24-25.6 billion.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_true(t.deal.amount >= 0);
	assert_int_equal(t.amounts[t.deal.amount].kind, AMOUNT_DEAL);
	assert_string_equal(t.amounts[t.deal.amount].text, "$24-25.6 billion");
	tags_release(&t);
}

/* A round's deal that values the company gives its worth. */
static void test_round_values_company(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises 190 billion won from Zorgal",
	    "South Korean online fashion platform Kestrel Co has raised 190 "
	    "billion won from global investment firm Zorgal Capital, in a deal "
	    "that values the company at about 3.5 trillion won.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	int found = 0;
	for (size_t i = 0; i < t.namounts; i++)
		if (strstr(t.amounts[i].text, "3.5 trillion")) {
			assert_int_equal(t.amounts[i].kind, AMOUNT_VALUATION);
			found = 1;
		}
	assert_true(found);
	tags_release(&t);
}

/* A rescinded offer is terminated; an offer that expired with shares
 * received is completed, under a headline's bid too. */
static void test_offer_ends(void **state)
{
	(void)state;
	struct tags t;
	run("HALVERN <HLV> RECINDS OFFER FOR ZORGAL",
	    "Halvern Medical Systems Inc said it has withdrawn its May 27 offer "
	    "to acquire <Zorgal Community Healthcare Inc>.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("KST'S ZORGAL BAKERIES <ZBC> BID OVERSUBSCRIBED",
	    "KST Acquisition Corp said it received about 8,857,807 Zorgal "
	    "Bakeries Corp shares in response to its tender offer for up to "
	    "8,053,181 shares that expired October 16, and it will purchase "
	    "about 90.9 pct of the shares tendered.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* A ticker's exchange after its dot ("<HLG.TO>", "<HBOC.O>") is part of
 * the ticker, not a word of the headline. */
static void test_ticker_exchange(void **state)
{
	(void)state;
	struct tags t;
	run("HALVERN <HLV.TO> COMPLETES ZORGAL TAKEOVER",
	    "Halvern Inc said it completed the previously reported acquisition "
	    "of privately held Zorgal Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("PARTNERSHIP UPS KESTREL <KSTC.O> STAKE TO 8.7 PCT",
	    "A partnership said it raised its stake in Kestrel Inc to 8.7 pct "
	    "of the common shares.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* A company that expects to sell or buy has a plan, not a deal. */
static void test_expects_to(void **state)
{
	(void)state;
	struct tags t;
	run("HALVERN <HLV> TO SELL ZORGAL",
	    "Halvern Tire and Rubber Co said it expects to sell its Zorgal Corp "
	    "oil and gas subsidiary for about two billion dlrs in about two "
	    "months.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("KESTREL TO BUY ORRIN",
	    "Kestrel Corp said it agreed to buy Orrin Inc for 40 mln dlrs and "
	    "expects the deal to close in June.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* A headline's sale with both its sides named stands against a slightly
 * negative classifier margin, as one naming its target does. */
static void test_sale_sides_headline(void **state)
{
	(void)state;
	struct tags t;
	run("Zorgal sells tea business kestrela to Halvern for 4.5 billion euros",
	    "LONDON, Nov 18 (Reuters) - Zorgal has agreed to sell its tea "
	    "business kestrela, whose brands include Lipton, PG Tips and Pukka, "
	    "to private equity firm Halvern Capital Partners for 4.5 billion "
	    "euros ($5.1 billion) on a cash-free, debt-free basis, the consumer "
	    "goods group said on Thursday.\n\nZorgal will keep its tea "
	    "businesses in India and Indonesia and its ready-to-drink tea "
	    "partnerships with PepsiCo. Kestrela had revenue of about 2 billion "
	    "euros in 2020.\n\nThe sale, expected to close in the second half "
	    "of 2022, is part of Zorgal's push to focus on faster-growing "
	    "categories, after years of weak growth in the tea market in "
	    "developed countries.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Zorgal");
	tags_release(&t);
}

/* Who bids: "its proposal to acquire", the subject of the pronoun's own
 * clause, a possessive past a price, a name before "takeover of". */
static void test_bidder_forms(void **state)
{
	(void)state;
	struct tags t;
	run("Zorvex walks away from Kestrel proposal",
	    "Alimentation Zorvex has withdrawn its proposal to acquire Kestrel "
	    "Holdings, the owner of a convenience store chain.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Alimentation Zorvex");
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("HALVERN <HLV> REPURCHASES STAKE FROM ORRIN <ORR>",
	    "Halvern Corp said it has repurchased 381,050 of its shares from "
	    "Orrin Inc for 42 dlrs each, and Orrin has withdrawn its proposal "
	    "to acquire Halvern for 43 dlrs per share.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orrin");
	tags_release(&t);
	run("Regulator vetoes Kroton's R$5.5 billion takeover of Velden",
	    "Brazil's antitrust watchdog on Wednesday blocked Kroton "
	    "Educacional's planned acquisition of rival Velden Participacoes.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_non_null(strstr(t.deal.acquirer, "Kroton"));
	tags_release(&t);
	run("Regulator vetoes Kroton takeover of Velden",
	    "Brazil's antitrust watchdog on Wednesday blocked the deal.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kroton");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Velden");
	tags_release(&t);
}

/* A merger's partners: names the recogniser knew shorter, the
 * companies a sentence opens with, "integrating their businesses", and
 * both sides of a merger whose text says who buys. */
static void test_merger_partners(void **state)
{
	(void)state;
	struct tags t;
	run("Carmakers agree to merge",
	    "Honda Motor and Nissan Motor said they agreed to merge.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	run("Regulator blocks Kestrel-backed merger of game streamers Zorvex "
	    "and Halvern",
	    "The regulator said it acted on antitrust grounds.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	tags_release(&t);
	run("Carmakers to talk",
	    "Zorvex Motor Corp and Halvern Motor Corp on Monday signed a "
	    "memorandum of understanding to begin formal talks on integrating "
	    "their businesses under a joint holding company.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	/* both sides, though the text says who buys */
	run("ORVEL <ORVX.O> TO MERGE WITH KESTREL <KSTL.O>",
	    "Orvel Technologies Corp said it has agreed to merge with its "
	    "partly-owned subsidiary Kestrel Containment Services Inc in a deal "
	    "worth about 380 mln dlrs in cash and common stock to Orvel "
	    "shareholders.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvel Technologies"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Kestrel Containment Services"));
	tags_release(&t);
}

/* "X lifts Y stake" in mixed case makes Y the target; an institution
 * whose name opens with a deal word is no party. */
static void test_stake_noun_and_institutions(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Corp lifts Zorgal stake to about 21%",
	    "The bank said the move was part of its strategy.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorgal");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	run("Kestrel to sell 25% of Zorgal to billionaire Halvern Pardo",
	    "U.S. lender Kestrel Corp has agreed to sell a 25% stake in "
	    "Zorgal, its Mexican retail bank, to a company wholly owned by "
	    "billionaire Halvern Pardo for about 42 billion pesos.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("Halvern wins Brandt auction",
	    "The Takeover Panel said on Monday that the best bid in the "
	    "auction had been 286p.",
	    NULL, NULL, NULL, &t);
	if (t.deal.target)
		assert_null(strstr(t.deal.target, "Panel"));
	if (t.deal.acquirer)
		assert_null(strstr(t.deal.acquirer, "Panel"));
	tags_release(&t);
}

/* "X was valued at" is a company's worth; a deal valued, or what is
 * valued after the verb, is a price. */
static void test_valued_at(void **state)
{
	(void)state;
	struct tags t;
	run("Zorvex raises $100 million",
	    "Zorvex Inc said it raised $100 million in a Series D round led "
	    "by Kestrel Capital.  Zorvex Inc was last valued at $2 billion by "
	    "private investors.",
	    NULL, NULL, NULL, &t);
	int seen = 0;
	for (size_t i = 0; i < t.namounts; i++)
		if (strstr(t.amounts[i].text, "$2 billion")) {
			assert_int_equal(t.amounts[i].kind, AMOUNT_VALUATION);
			seen = 1;
		}
	assert_true(seen);
	tags_release(&t);
	run("KESTREL VALUES HALVERN BUYOUT AT 757 MLN DLRS",
	    "Kestrel Corp said it valued its proposed buyout of Halvern Corp "
	    "at 757 mln dlrs.  Kestrel Corp's proposed acquisition of Halvern "
	    "Corp is valued at about 1.55 billion dlrs including debt.",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.namounts; i++)
		assert_int_not_equal(t.amounts[i].kind, AMOUNT_VALUATION);
	tags_release(&t);
}

/* Denied talks and bids are rumoured; a change to a bid denied leaves
 * the bid standing. */
static void test_denials(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel says it is not in talks to buy Zorgal",
	    "LONDON, June 26 (Reuters) - Kestrel Plc said on Thursday it was "
	    "not in talks to buy rival Zorgal Plc, after a newspaper reported "
	    "that the two were in early discussions.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_RUMOURED);
	tags_release(&t);
	run("Kestrel rules out Zorgal bid",
	    "Kestrel Plc said it has no intention of making an offer for "
	    "Zorgal Plc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_RUMOURED);
	tags_release(&t);
	run("HALVERN <HLV> HAS NO PLANS TO RAISE BRANDT BID",
	    "Halvern Corp said it has no plans to raise its 60 dlr a share "
	    "tender offer for Brandt Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_RUMOURED);
	tags_release(&t);
}

/* A deal dated two years or more before the story is background; a
 * tender offer in the deal word's sentence, up to 12 words on, types it. */
static void test_dated_background_and_tender(void **state)
{
	(void)state;
	struct tags t;
	run_date = "1987-03-20T13:06:07Z";
	run("FTC EASES KESTREL <KST> UNIT RESTRICTIONS",
	    "The Federal Trade Commission said it eased a requirement that "
	    "Kestrel Corp get prior FTC approval before making certain "
	    "acquisitions in the acid market.  The restrictions stem from a "
	    "1983 order by the FTC settling charges that Kestrel's 1981 "
	    "acquisition of Zorgal Scientific Co reduced competition.",
	    NULL, NULL, NULL, &t);
	run_date = NULL;
	if (t.deal.target)
		assert_null(strstr(t.deal.target, "Zorgal"));
	tags_release(&t);
	run("Zorvex Energy bids Bt65 a share for Halvern in Bt169-billion "
	    "tender offer",
	    "Zorvex Energy Plc plans to make a tender offer for all the "
	    "Halvern Holdings shares it does not already own at Bt65 a share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
}

/* An investor filling its own fund, or its portfolio's investments, is
 * no company's round; money raised from funds is. */
static void test_own_fund(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises $2.85 billion for new India funds",
	    "Kestrel Capital India said it has raised $2.85 billion across four "
	    "new funds.  Kestrel, an early backer of design software company "
	    "Zorvex, has already made 18 investments from the new vehicle.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Zorvex raises $50 million",
	    "Zorvex Inc said it raised $50 million from funds managed by "
	    "Kestrel Capital.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
}

/* "Development Partners International": a suffix inside a name before
 * "International" is no end of it. */
static void test_suffix_then_international(void **state)
{
	(void)state;
	struct tags t;
	run("Zorvex raises $100 million",
	    "Zorvex Inc said it raised $100 million in a round led by "
	    "Development Partners International, the private equity firm.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies,
			"Development Partners International"));
	assert_false(has(t.companies, t.ncompanies, "Development"));
	tags_release(&t);
}

/* A round's investors: not an earlier round's, not a fund its owner
 * invests through; the raiser past an apposition holding a list. */
static void test_round_investors(void **state)
{
	(void)state;
	struct tags t;
	run("Fintech is raising $100M, led by Kestrel Partners International",
	    "Zorvex Ltd, the Nigerian fintech that provides payments, banking "
	    "and credit, is raising more than $100 million in a round that would "
	    "value it at over $1 billion, according to people familiar with "
	    "the deal.\n\n"
	    "The round is being led by Kestrel Partners International, the "
	    "private equity firm, through its ADP III fund, with Google's "
	    "Africa Investment Fund also taking part, the people said.  The "
	    "company last raised capital in 2022, when it closed a $50 "
	    "million Series B round led by Halvern Investors.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorvex");
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Kestrel Partners International"));
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Halvern Investors"));
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Investment Fund"));
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_null(strstr(t.deal.investors[i], "III"));
	tags_release(&t);
}

/* A spaced dash parts the dateline from the name ("MANILA -- Bank of
 * Tokyo"); a hyphen does not part a name; a short form in brackets
 * stands for the name written before it. */
static void test_dash_and_short_form(void **state)
{
	(void)state;
	struct tags t;
	const char *dashes[] = {"MANILA -- ", "MANILA \xE2\x80\x94 ",
				"MANILA - "};
	for (size_t i = 0; i < ARRAY_SIZE(dashes); i++) {
		char body[512];
		snprintf(body, sizeof(body), "%sBank of Kestrel-Zorgal UFJ "
			 "Ltd. (BKZU), the core banking unit of Japan's Zorgal "
			 "Financial Group, has agreed to acquire a 20 percent "
			 "stake in Halvern Bank Corp.", dashes[i]);
		run("BKZU to buy 20% of Halvern Bank", body, NULL, NULL, NULL,
		    &t);
		assert_non_null(t.deal.acquirer);
		assert_string_equal(t.deal.acquirer, "Bank of Kestrel-Zorgal UFJ");
		tags_release(&t);
	}
	run("GERMAN BANKS SAY HOLDINGS FALLING",
	    "The Bayerische Hypotheken- und Wechsel-Bank AG said its holdings "
	    "fell.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Wechsel-Bank"));
	tags_release(&t);
}

/* The company that is "the subject of takeover rumors" is the target;
 * a joint venture is no round raised, its size right before it a deal's. */
static void test_rumour_subject_and_ventures(void **state)
{
	(void)state;
	struct tags t;
	run("STATE MAY CONSIDER ANTI-TAKEOVER AMENDMENT",
	    "The governor's office said the possible action was triggered by a "
	    "proposal by Halvern-Brandt Corp <HB>, which has been the subject "
	    "of takeover rumors.",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	if (t.deal.target)
		assert_string_equal(t.deal.target, "Halvern-Brandt");
	tags_release(&t);
	run("KESTREL SAYS ITS SALE WILL NOT AFFECT OTHER INTERESTS",
	    "Kestrel sold Zorgal, which holds an average 25 pct in the "
	    "Orrin-led Cooper Basin onshore gas and liquids joint ventures, to "
	    "a Halvern Corp <HLV> unit for 985 mln dlrs on April 1.",
	    NULL, NULL, NULL, &t);
	assert_true(t.namounts >= 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_DEAL);
	tags_release(&t);
	run("STELCO IN VENTURE WITH ARMCO",
	    "Kestrel Inc said it formed a 15 mln U.S. dlr joint venture with "
	    "Zorgal Corp to make auto parts.",
	    NULL, NULL, NULL, &t);
	assert_true(t.namounts >= 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_DEAL);
	tags_release(&t);
}

/* A deal's debt is no deal told; a deal's financing is its story. */
static void test_deal_debt(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL PLANS OFFERING TO FINANCE MERGER DEBT",
	    "Kestrel Zorgal Corp, a recently formed subsidiary of Kestrel AG, "
	    "filed with the Securities and Exchange Commission for a 500 mln "
	    "dlr debt offering to repay part of its merger debt.  A group led "
	    "by Halvern Corp will underwrite the offering.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("ORRIN <ORR> COMPLETES ACQUISITION FINANCING",
	    "Orrin Inc said it closed on the financing portion of its "
	    "previously-announced acquisition of approximately 14,600 hotel "
	    "rooms from <Brandt Inc>.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* A headline's purchase whose lead buys "a 49 pct interest" is a stake;
 * "the 45 pct ... it does not already own" is the rest, an acquisition. */
static void test_lead_part(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> REACHES AGREEMENT TO BUY COMPANY",
	    "Kestrel Life and Casualty Co said it reached an agreement to "
	    "acquire a 49 pct interest in Zorgal General Insurance Sdn Bhd, a "
	    "Malaysian composite insurance company.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("HALVERN <HLV> STARTS BID FOR BRANDT <BRD> SHARES",
	    "Halvern Co PLC said it has started its previously announced 7.4 "
	    "billion dlr offer to purchase the 45 pct interest in Brandt Oil "
	    "Co that it does not already own for 70 dlrs per share.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
}

/* A dateline in the body is a sentence of its own: the lead opens with
 * its subject; an IPO's headline may speak of its price. */
static void test_body_dateline_and_ipo_price(void **state)
{
	(void)state;
	struct tags t;
	run("Zorvex sets IPO price range, valuing it at up to $1.71 trillion",
	    "DUBAI: Zorvex on Sunday set an indicative price range of 30 to 32 "
	    "riyals per share for its initial public offering.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorvex");
	tags_release(&t);
	run("Kestrel news",
	    "SEOUL, March 3 (Reuters) - Kestrel said it plans an initial "
	    "public offering next year.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* Who acts: a person's "his", a group "headed by" its leader, a group
 * in the reported clause; a company's offer for its own shares is none;
 * a class of shares is no investor. */
static void test_persons_and_groups(void **state)
{
	(void)state;
	struct tags t;
	run("HALVERN DROPS BID FOR KESTREL <KST>",
	    "Kestrel World Airlines Inc said chairman Carl C. Halvern has "
	    "withdrawn his proposal to acquire the Kestrel shares he does not "
	    "already own.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Carl C. Halvern");
	tags_release(&t);
	run("BROKER BOOSTS ZORGAL <ZRG> STAKE TO 7.1 PCT",
	    "An investor group headed by Minneapolis, Minn., broker Jeffrey "
	    "Wendel said it raised its stake in Zorgal Corp to 292,900 shares, "
	    "or 7.1 pct of the total outstanding.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Jeffrey Wendel");
	tags_release(&t);
	run("MANAGEMENT GROUP HAS ORRIN <ORR> MAJORITY",
	    "Orrin Associates Industries Inc said the management group led by "
	    "chairman Martin Brody and president Max Pine had received "
	    "1,796,727 Class A and 1,766,091 Class B shares in response to its "
	    "tender offer for all shares at 18 dlrs each.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Martin Brody");
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_null(strstr(t.deal.investors[i], "Class"));
	tags_release(&t);
	run("ZORGAL <ZRG> TALKS TO FOURTH BIDDER",
	    "Zorgal Western Inc said Kestrel Corp <KST> has renewed its offer "
	    "for Zorgal which was withdrawn last week.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("HALVERN WOULD NOT RENEW BID IF SUIT FAILS",
	    "Halvern Printing Plc would not renew its bid for Brandt Inc if the "
	    "lawsuit filed against Brandt fails.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("BRANDT AND VINING <BVN> STARTS BID FOR SHARES",
	    "Brandt and Vining Inc said it has started a tender offer for all of "
	    "its own shares at five dlrs per share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "completed his $250 million purchase": the person's, past the price;
 * a wire named in the dateline is no party. */
static void test_price_before_noun_and_wire(void **state)
{
	(void)state;
	struct tags t;
	run("Zorvex closes $250 million purchase of The Kestrel Post",
	    "Halvern.com founder Jeff Zorvex completed his $250 million "
	    "purchase of The Kestrel Post on Tuesday.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Jeff Zorvex");
	tags_release(&t);
	run("Orrin sale to Brandt consortium collapses over terms",
	    "SEOUL, Feb 7 (Yonhap) -- The sale of Orrin Co., South Korea's "
	    "largest container shipper, to a consortium led by Brandt Group "
	    "has fallen through, the company's state-run creditors said "
	    "Wednesday.",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.deal.nroles; i++)
		assert_null(strstr(t.deal.roles[i].name, "Yonhap"));
	tags_release(&t);
}

/* A vehicle formed by insiders buys; a management buyout's company buys
 * nothing; "the merger of the two companies" names the two. */
static void test_buyout_vehicles(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> AGREES TO BUYOUT",
	    "Kestrel Corp said it agreed to merge with ZRGL Inc, a "
	    "Florida-based company formed by the four top officers of the "
	    "company.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "ZRGL");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
	run("INVESTMENT FIRMS RAISE ORRIN STAKE",
	    "Two affiliated investment firms told the Securities and Exchange "
	    "Commission they raised their Orrin Hotels Inc stake to 1,663,800 "
	    "shares, or 17.0 pct of the total.\n"
	    "    The firms, Kestrel Corp and Zorgal International Ltd, said "
	    "they bought a combined 103,000 Orrin common shares.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Zorgal International"));
	tags_release(&t);
	run("KESTREL SYSTEMS INC <KST> BUYS ZORTEC",
	    "Kestrel Systems Inc said it bought Halvern Data Corp's <HDC> "
	    "ZorTec unit for an undisclosed sum.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "ZorTec");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Halvern Data");
	tags_release(&t);
	run("ORRIN SEEKS KESTREL GROUP <KST> ASSETS",
	    "Spanish property firm <Orrin Inmobiliaria SA> is negotiating to "
	    "buy the property assets of U.S. media company Kestrel Group Inc "
	    "<KST>, its finance director said.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orrin Inmobiliaria");
	tags_release(&t);
	run("HALVERN <HLV> COMPLETES MANAGEMENT BUYOUT",
	    "Halvern Corp said it completed the management buyout.",
	    NULL, NULL, NULL, &t);
	if (t.deal.acquirer)
		assert_null(strstr(t.deal.acquirer, "Halvern"));
	tags_release(&t);
	run("ORRIN <ORR> SHAREHOLDERS APPROVE MERGER",
	    "Orrin Inc said its shareholders and shareholders of the Brandt Co "
	    "<BRN> approved the merger of the two companies.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.parties, t.deal.nparties, "Orrin"));
	assert_true(has(t.deal.parties, t.deal.nparties, "Brandt"));
	tags_release(&t);
}

/* A story with no deal has no deal's price nor a round's size. */
static void test_no_deal_no_deal_amount(void **state)
{
	(void)state;
	struct tags t;
	run("FARM CREDIT BANKS SET 2.1 BILLION DLR OFFER",
	    "The Office of Finance of the Farm Credit Banks announced a debt "
	    "offering totalling 2.1 billion dlrs consisting of three issues.  "
	    "The issues are 1.2 billion dlrs maturing April 25, 1989, and "
	    "900 mln dlrs maturing April 27, 1992.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	assert_true(t.namounts >= 3);
	for (size_t i = 0; i < t.namounts; i++) {
		assert_int_not_equal(t.amounts[i].kind, AMOUNT_DEAL);
		assert_int_not_equal(t.amounts[i].kind, AMOUNT_FUNDING);
	}
	tags_release(&t);
}

/* An amount paid for another company, in a sentence that names neither
 * side of the story's deal, is another deal's price; paid for the target
 * it stays the deal's. */
static void test_amount_paid_for_other_company(void **state)
{
	(void)state;
	const char *head = "Acme Corp may have to raise its planned 40 dlrs "
		"a share tender offer for the public shares of Widget Inc, "
		"analysts said.  Analysts pointed to an earlier fight over "
		"minority shares.  ";
	struct buf body = BUF_INIT;
	buf_addf(&body, "%sIt ended up paying 2.4 billion dlrs for the "
		 "outstanding Gadget Corp stake, a premium to its first bid.",
		 head);
	struct tags t;
	run("ACME MAY HAVE TO RAISE BID FOR WIDGET", body.buf, NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_string_equal(t.deal.acquirer, "Acme");
	assert_string_equal(t.deal.target, "Widget");
	assert_int_equal(t.deal.amount, -1);
	tags_release(&t);
	buf_reset(&body);
	buf_addf(&body, "%sAcme said it would end up paying 2.4 billion "
		 "dlrs for all of the company.", head);
	run("ACME MAY HAVE TO RAISE BID FOR WIDGET", body.buf, NULL, NULL,
	    NULL, &t);
	assert_true(t.deal.amount >= 0);
	assert_string_equal(t.amounts[t.deal.amount].text, "2.4 billion dlrs");
	tags_release(&t);
	buf_release(&body);
}

/* A place's noun with a firm's suffix names the firm: "County Bancorp"
 * is bought, not a county. */
static void test_place_noun_firm_names(void **state)
{
	(void)state;
	static const char *const names[] = {"County Bancorp",
					    "Union County Bancorp"};
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		struct buf body = BUF_INIT;
		buf_addf(&body, "Midvale Corp said it agreed to acquire %s "
			 "for about 23 mln dlrs in cash.", names[i]);
		struct tags t;
		run("MIDVALE TO MAKE ACQUISITION", body.buf, NULL, NULL, NULL,
		    &t);
		assert_int_equal(t.deal.type, DEAL_ACQUISITION);
		assert_string_equal(t.deal.acquirer, "Midvale");
		assert_non_null(t.deal.target);
		assert_string_equal(t.deal.target, names[i]);
		tags_release(&t);
		buf_release(&body);
	}
}

/* "has taken over X", "took control of X" are acquisitions with both
 * sides; a bank that failed ends no deal, talks that failed do. */
static void test_taken_over_and_failed(void **state)
{
	(void)state;
	static const char *const verbs[] = {"has taken over",
					    "has taken control of",
					    "took control of"};
	for (size_t i = 0; i < ARRAY_SIZE(verbs); i++) {
		struct buf body = BUF_INIT;
		buf_addf(&body, "Dutch transport group Gravel NV said it %s "
			 "Tanker Holdings BV, a small gas container firm.",
			 verbs[i]);
		struct tags t;
		run("GRAVEL MAKES ACQUISITION", body.buf, NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.type, DEAL_ACQUISITION);
		assert_int_equal(t.deal.status, STATUS_COMPLETED);
		assert_string_equal(t.deal.acquirer, "Gravel");
		assert_non_null(t.deal.target);
		assert_string_equal(t.deal.target, "Tanker");
		tags_release(&t);
		buf_release(&body);
	}
	struct tags t;
	run("BANK FAILURE IS THIRD IN OHIO",
	    "The Federal Deposit Insurance Corp said the Elm Street Bank of "
	    "Dayton, Ohio, failed and its assets were taken over by Maple "
	    "Trust Co.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("ACME ENDS TALKS WITH WIDGET",
	    "Acme Corp said its talks to acquire Widget Inc failed and were "
	    "ended.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* A company that has attracted bids is their target, not a bidder. */
static void test_attracted_bids_target(void **state)
{
	(void)state;
	struct tags t;
	run("ACME WANTS TO STAY INDEPENDENT",
	    "Acme Holdings Plc, which has attracted takeover bids, is making "
	    "every effort to remain independent, its deputy chairman said.",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Acme");
	tags_release(&t);
}

/* People are no companies: a surname the headline uses alone for a
 * person the story names in full, a royal title's name with its
 * particles, the leader of a policy "led by" no investor. */
static void test_people_not_companies(void **state)
{
	(void)state;
	struct tags t;
	run("Harlow blocks foreign bids for Gridco",
	    "Treasurer Dana Harlow has blocked the lease of power network "
	    "Gridco to two foreign bidders, Tarn Power Corp and Lumen "
	    "Infrastructure Ltd, on security grounds.  Mr Harlow said his "
	    "decision was final.", NULL, NULL, NULL, &t);
	assert_true(has(t.people, t.npeople, "Dana Harlow"));
	assert_false(has(t.companies, t.ncompanies, "Harlow"));
	tags_release(&t);
	run("Fund invests $2bn in Rydex",
	    "The Gulf Investment Fund has invested $2 billion in Rydex "
	    "Technologies, the ride-hailing company.  The investment is part "
	    "of the economic reform plan led by Crown Prince Khalid bin "
	    "Faisal, the fund said.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_INVESTMENT);
	assert_true(has(t.people, t.npeople, "Khalid bin Faisal"));
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_null(strstr(t.companies[i], "Prince"));
		assert_null(strstr(t.companies[i], "Faisal"));
	}
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_null(strstr(t.deal.investors[i], "Khalid"));
	tags_release(&t);
}

/* A post taken over is no takeover; a deal dated years before the
 * story's news is background, not the story's deal. */
static void test_post_taken_and_deal_dated(void **state)
{
	(void)state;
	struct tags t;
	run("Ana Ruiz takes over as Shopwise CEO",
	    "Ana Ruiz has been appointed chief executive of online retailer "
	    "Shopwise Group, replacing its co-founder.", NULL, NULL, NULL,
	    &t);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.target);
	tags_release(&t);
	run("Shopwise names new chief executive",
	    "Ana Ruiz has been appointed chief executive of online retailer "
	    "Shopwise Group, replacing its co-founder.  The change comes "
	    "nearly two years after Tellar Holdings bought a controlling "
	    "stake in Shopwise for about $1 billion.", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.target);
	tags_release(&t);
	/* a deal's news told after an event is still the deal */
	run("Tellar buys Shopwise stake",
	    "Shares of Shopwise rose after Tellar Holdings bought a "
	    "controlling stake in the company for about $1 billion.", NULL,
	    NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tellar");
	tags_release(&t);
}

/* A company weighing options that include its sale is put up for sale:
 * its target, not a merger with no one. */
static void test_options_include_sale(void **state)
{
	(void)state;
	struct tags t;
	run("NORTHWOOD CABLE WEIGHS SALE",
	    "Northwood Cable Corp said it is considering several options to "
	    "maximize shareholder value, including a possible sale, merger, "
	    "corporate restructuring, or leveraged buyout.", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Northwood Cable");
	tags_release(&t);
}

/* A part described by where it is: a compass word before a place is
 * the place's, never a party's name; a place inside a body's description
 * belongs to it; cable systems are a business; "the assets of its X" is
 * X; a part named later as "Z, the Y unit" is Z. */
static void test_parts_by_place(void **state)
{
	(void)state;
	struct tags t;
	run("ORBIT CABLE TO SELL WEST TEXAS ASSETS",
	    "Orbit Cable L.P. said it signed a letter of intent to sell the "
	    "assets of its cable television systems in West Texas, which "
	    "serve about 4,600 subscribers.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "cable television systems");
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_string_not_equal(t.companies[i], "West");
	tags_release(&t);
	run("Deal news",
	    "Acme Corp agreed to sell its West Texas cable systems to Bolt "
	    "Corp for 30 mln dlrs.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "West Texas cable systems");
	assert_string_equal(t.deal.acquirer, "Bolt");
	tags_release(&t);
	run("MAPLE OIL TO SELL NORWEGIAN SUBSIDIARY",
	    "Maple Oil Ltd said it agreed to sell its wholly owned Norwegian "
	    "subsidiary to Fjord Energy Corp for 13 mln Canadian dlrs.  The "
	    "principal asset of the subsidiary, Maple Exploration Norge Inc, "
	    "is an interest in a gas field.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Maple Exploration Norge");
	tags_release(&t);
	run("Harbor sells US shale to Bolt",
	    "Harbor Corp has agreed to sell its US onshore oil and gas "
	    "business to Bolt Energy Corp for $10 billion.\n\nBolt will buy "
	    "Petrohawk Resources Inc, the Harbor unit holding the fields, "
	    "paying half the price upfront.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Petrohawk Resources");
	tags_release(&t);
}

/* What a purchase cost is its price; a price paid in parts (cash and
 * notes) is the deal's in each part. */
static void test_amount_cost_and_parts(void **state)
{
	(void)state;
	struct tags t;
	run("ORION HAS 5.2 PCT OF ACME",
	    "Orion Capital Corp said it holds a 5.2 pct stake in Acme Corp.  "
	    "The stake was purchased at a cost of 3.2 mln dlrs, Orion told "
	    "the Securities and Exchange Commission.", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "3.2 mln dlrs"), AMOUNT_DEAL);
	assert_true(t.deal.amount >= 0);
	assert_string_equal(t.amounts[t.deal.amount].text, "3.2 mln dlrs");
	tags_release(&t);
	run("ACME BUYS WIDGET",
	    "Acme Corp said it acquired Widget Inc.  It said the purchase "
	    "price was 12 mln dlrs in cash and 1.5 mln dlrs in five-year "
	    "notes plus warrants.", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "12 mln dlrs"), AMOUNT_DEAL);
	assert_int_equal(kind_of(&t, "1.5 mln dlrs"), AMOUNT_DEAL);
	tags_release(&t);
	/* a cost that is no purchase's stays what it is */
	run("ACME BUILDS PLANT",
	    "Acme Corp said it will build a plant at a cost of 30 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(kind_of(&t, "30 mln dlrs"), AMOUNT_DEAL);
	tags_release(&t);
}

/* "Dubai Islamic Bank" is a bank named after its city, not the city; the
 * "Islamic Development Bank" a public body. */
static void test_islamic_bank_names(void **state)
{
	(void)state;
	struct tags t;
	run("Indonesia sells sukuk",
	    "Indonesia sold $3 billion of sukuk.  Dubai Islamic Bank and "
	    "Qatar Islamic Bank arranged the deal with the Islamic "
	    "Development Bank.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Dubai Islamic Bank"));
	assert_true(has(t.companies, t.ncompanies, "Qatar Islamic Bank"));
	assert_false(has(t.companies, t.ncompanies,
			 "Islamic Development Bank"));
	for (size_t i = 0; i < t.nplaces; i++)
		assert_string_not_equal(t.places[i].code, "AE");
	tags_release(&t);
}

/* A family sells: "from the Holt family" names the seller, family and
 * all. */
static void test_family_seller(void **state)
{
	(void)state;
	struct tags t;
	run("Kimura to acquire Holt Foods",
	    "Kimura Foods Corp said it will buy a 70 percent stake in Holt "
	    "Foods Inc from the Holt family, which will keep the remaining 30 "
	    "percent.", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Kimura Foods");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Holt family");
	tags_release(&t);
}

/* A merger with one party: the one who proposed it, or whose unit the
 * party merges into, is the buyer. */
static void test_lone_merger_sides(void **state)
{
	(void)state;
	struct tags t;
	run("CANTOR FINANCIAL RECEIVES MERGER PROPOSAL",
	    "Cantor Financial Corp said it received an unsolicited merger "
	    "proposal from privately held Mellow Adams and Peck Inc for 15 "
	    "dlrs a share in cash.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Mellow Adams and Peck");
	assert_string_equal(t.deal.target, "Cantor Financial");
	tags_release(&t);
	run("BRENTON DIRECTORS APPROVE MERGER AGREEMENT",
	    "Brenton Co said its board approved an agreement providing for "
	    "the merger of Brenton with a unit of Quill Acquisition Corp.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Quill Acquisition");
	assert_string_equal(t.deal.target, "Brenton");
	tags_release(&t);
}

/* "the Roomba maker" describes a company by its product: no name. */
static void test_product_maker_no_name(void **state)
{
	(void)state;
	struct tags t;
	run("Zenmart and Sweepbot call off $1.4B acquisition",
	    "Zenmart Inc and Sweepbot Inc have agreed to terminate Zenmart's "
	    "planned acquisition of the Dustray maker, the companies said "
	    "Monday.\n\nZenmart first agreed to buy Sweepbot in August 2022 "
	    "for $61 a share.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Sweepbot");
	assert_false(has(t.companies, t.ncompanies, "Dustray"));
	tags_release(&t);
}

/* Initials glued by "&" are a name ("AT&T"), though "AT" alone is a
 * stop word. */
static void test_glued_initials_name(void **state)
{
	(void)state;
	struct tags t;
	run("AT&T completes sale of Streamix",
	    "AT&T has completed the sale of streaming service Streamix to "
	    "Kosei Group for $1.175 billion in cash, the companies said "
	    "Monday.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "AT&T"));
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "AT&T");
	tags_release(&t);
}

/* A headline's venture "to" be formed is agreed, as "X to acquire Y"
 * is. */
static void test_venture_to_form_agreed(void **state)
{
	(void)state;
	struct tags t;
	run("Hanul Electronics, Brook Parts to form electric powertrain joint "
	    "venture",
	    "Hanul Electronics Co will form a joint venture with Canadian auto "
	    "parts maker Brook Parts Inc, the companies said.  Hanul will spin "
	    "off part of its vehicle components business to create the "
	    "venture.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "the hoped-for challenge" hopes for no deal: no status word there. */
static void test_hoped_for_no_status(void **state)
{
	(void)state;
	struct tags t;
	run("Sports news",
	    "Stride AG is selling its Lumen brand to Arcadia Brands Group, "
	    "ending 15 years of ownership that never delivered the hoped-for "
	    "challenge to its rivals.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "DROPS <target> <ticker> TAKEOVER BID" ends the bid, whatever names
 * stand between; "DROPS CONDITION TO ... OFFER" drops a term only. */
static void test_drops_bid_past_names(void **state)
{
	(void)state;
	struct tags t;
	run("DART GROUP DROPS HOLLIS STORES <HS> TAKEOVER BID",
	    "A Dart Group Corp affiliate said that given market conditions "
	    "it has given up its efforts for Hollis Stores Corp.", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("LAROCHE DROPS CONDITION TO NECO <NPT> OFFER",
	    "David F. Laroche said he dropped a financing condition to his "
	    "offer for NECO Enterprises Inc.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* A tender offer's final proration factor says its shares were bought:
 * completed. */
static void test_final_proration_completed(void **state)
{
	(void)state;
	struct tags t;
	run("SKYWAY <SKY> REPORTS FINAL PRORATION FACTOR",
	    "Skyway Group Inc said, in announcing the final proration factor "
	    "for its tender offer for Coastal Aviation Inc, that 17.0 mln "
	    "shares, or 90 pct of the shares, were validly tendered.", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* An offer the lead calls a tender offer, or India's open offer, is a
 * tender offer. */
static void test_offer_called_tender(void **state)
{
	(void)state;
	struct tags t;
	run("Lumex offers Rs 600 a share to raise Lumex India stake to 75%",
	    "Lumex Plc on Tuesday announced a voluntary open offer to buy up to "
	    "487 million shares, or 22.52 per cent, of its Indian subsidiary "
	    "Lumex India Ltd at Rs 600 apiece.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	run("MARKHAM <MKH> STARTS BID FOR CONWAY <CNW>",
	    "Markham Corp said it started a tender offer for all shares of "
	    "Conway Inc at 25 dlrs a share.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
}

/* The countries of the parts sold are the deal's: "to sell its
 * subsidiaries in Angola, Cameroon and Sierra Leone", datelined
 * elsewhere; a subsidiary set up somewhere is no deal's country. */
static void test_parts_sold_countries(void **state)
{
	(void)state;
	struct tags t;
	run("Bank news",
	    "LAGOS - Harbor Chartered Bank has agreed to sell its subsidiaries "
	    "in Angola, Cameroon and Sierra Leone to Nigeria's Access Bank.",
	    NULL, NULL, NULL, &t);
	int ao = 0, cm = 0, sl = 0;
	for (size_t i = 0; i < t.ncountries; i++) {
		ao |= !strcmp(t.countries[i], "AO");
		cm |= !strcmp(t.countries[i], "CM");
		sl |= !strcmp(t.countries[i], "SL");
	}
	assert_true(ao && cm && sl);
	tags_release(&t);
	run("Bank news",
	    "LAGOS - Harbor Chartered Bank said it recently set up a merchant "
	    "banking subsidiary in Angola.", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncountries; i++)
		assert_string_not_equal(t.countries[i], "AO");
	tags_release(&t);
}

/* A small sum in yen in a sentence about the dollar is an exchange
 * rate, a bond's face value of 1,000 dlrs a denomination: neither is a
 * price per share. */
static void test_fx_rate_and_face_value(void **state)
{
	(void)state;
	struct tags t;
	run("BANK OF JAPAN BUYS DOLLARS IN TOKYO",
	    "The Bank of Japan bought a small amount of dollars shortly after "
	    "the opening at around 145.30 yen, dealers said.", NULL, NULL,
	    NULL, &t);
	assert_int_equal(kind_of(&t, "145.30 yen"), AMOUNT_OTHER);
	tags_release(&t);
	run("CONSUL OFFERS TO EXCHANGE BONDS",
	    "Consul Corp offered to exchange each 1,000 dlr face value of "
	    "bonds for 10 shares of preferred stock.", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "1,000 dlr"), AMOUNT_OTHER);
	tags_release(&t);
}

/* A bidder that "will not pursue" its tender offer ends it; it denies
 * no report. */
static void test_will_not_pursue_terminated(void **state)
{
	(void)state;
	struct tags t;
	run("STOCKHOLDERS WON'T PURSUE CARVER <CRV> BID",
	    "Carver Associates, a group of four shareholders who hold about "
	    "5.02 pct of Carver Materials Corp stock, said it will not "
	    "pursue a tender offer for all of its shares.", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "Temasek unit offers S$2.23 a share for Olam" is a bid by a company's
 * unit, no units offered; a Singapore general offer is a tender offer;
 * "GE UNIT OFFERS NEW SERVICE" stays goods. */
static void test_unit_offers_for(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel unit offers S$2.23 a share for Olam",
	    "Kestrel Holdings, through its wholly owned unit Breedens "
	    "Investments, has launched a voluntary general offer for all the "
	    "Olam International shares it does not already own, at S$2.23 "
	    "apiece in cash.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_non_null(t.deal.target);
	tags_release(&t);
	run("GENERAL ELECTRIC <GE> UNIT OFFERS NEW SERVICE",
	    "General Electric Co's information services unit said it offers "
	    "a new electronic mail service to business customers.", NULL, NULL,
	    NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
}

/* A deal "ending months of speculation" is no rumour. */
static void test_speculation_ended(void **state)
{
	(void)state;
	struct tags t;
	run("Kairo to become Lumio's top shareholder with 50 billion yen "
	    "investment",
	    "Kairo Corp will invest 50 billion yen in Lumio Corp to become "
	    "its largest shareholder, the two companies said Friday, ending "
	    "months of speculation over which suitor would help rebuild its "
	    "balance sheet.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_RUMOURED);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "Permira, Blackstone offer ... for Adevinta": two bidders, the second
 * no target of the first. */
static void test_co_bidders_headline(void **state)
{
	(void)state;
	static const char *const heads[] = {
		"Orwell, Blackmoor offer 115 crowns a share for Advento",
		"Orwell and Blackmoor offer 115 crowns a share for Advento",
	};
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		struct tags t;
		run(heads[i], "The offer from Orwell Capital Ltd and Blackmoor "
		    "Inc has been recommended by the board of Advento ASA.",
		    NULL, NULL, NULL, &t);
		assert_non_null(t.deal.target);
		assert_string_equal(t.deal.target, "Advento");
		assert_non_null(t.deal.acquirer);
		assert_string_equal(t.deal.acquirer, "Orwell Capital");
		tags_release(&t);
	}
}

/* "the Imaging Solutions Inc unit of Reliance Electric Co" names the
 * seller; a company that "DUMPS" a stake sells it (and "dumping" of goods
 * is no sale of a stake). */
static void test_unit_of_and_dumps(void **state)
{
	(void)state;
	struct tags t;
	run("DATAWORKS <DWK> TO BUY IMAGEWAY",
	    "Dataworks Corp said it signed a letter of intent to acquire the "
	    "Imageway Inc unit of Relay Electric Co under undisclosed terms.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Relay Electric");
	tags_release(&t);
	run("SERVAL CORP <SVL> DUMPS CAPITAL PLAINS STAKE",
	    "Serval Corp International said its Investment Capital Corp unit "
	    "sold its entire 14.8 pct stake in Capital Plains Corp common "
	    "stock.", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Serval Corp International");
	tags_release(&t);
	run("ZENWAY SEEKS HIGH COURT REVIEW ON DUMPING",
	    "Zenway Electronics Corp said it asked the Supreme Court to review "
	    "a ruling on the dumping of television sets.", NULL, NULL, NULL,
	    &t);
	assert_int_not_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
}

/* "SPI Holding Inc, a group consisting of A and B, said ... its proposed
 * acquisition": the group's members are the buyer's investors. */
static void test_group_consisting_of(void **state)
{
	(void)state;
	struct tags t;
	run("HOLT GROUP HAS SPECTRAVIEW FUNDS",
	    "QPI Holding Inc, a group consisting of Holt and Hays and Arcadia "
	    "Partners LP, said it has received commitments for the financing "
	    "needed to complete its proposed acquisition of Spectraview Inc "
	    "for 46 dlrs a share.", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.target, "Spectraview");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Arcadia"));
	tags_release(&t);
}

/* "X said Y made an offer for X": the one who makes the bid bids, the
 * one who reports it is bid for, not the other way */
static void test_made_offer_for_sayer(void **state)
{
	(void)state;
	struct tags t;
	run("Offer reported",
	    "Halvorsen Tools Inc said Brixham Group made a cash offer for "
	    "Halvorsen.", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Brixham");
	assert_string_equal(t.deal.target, "Halvorsen Tools");
	tags_release(&t);
	run("HALVORSEN <HLV> GETS OFFER FROM BRIXHAM",
	    "Halvorsen Tools Inc said Brixham Group made an unsolicited "
	    "request, asking the Halvorsen board to allow Brixham to make a "
	    "cash offer for all Halvorsen shares of at least 40 dlrs a share.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Brixham");
	assert_string_equal(t.deal.target, "Halvorsen Tools");
	tags_release(&t);
	/* "may lead to X making an offer for the Y shares" */
	run("Talks reported",
	    "Halvorsen Ltd said talks are taking place which may lead to "
	    "Britain's Brixham Plc making an offer for the Halvorsen shares it "
	    "does not already hold.", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Brixham");
	assert_string_equal(t.deal.target, "Halvorsen");
	tags_release(&t);
	/* the bare name before the bid is still what it is for */
	run("Offer rejected",
	    "Halvorsen Tools Inc said it rejected the Brixham offer.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Brixham");
	assert_string_equal(t.deal.target, "Halvorsen Tools");
	tags_release(&t);
}

/* "completed a merger into Y", "its merger into Y": what merges into
 * another is bought by it; a unit sold "to X president Y" goes to the
 * officer, not to his company */
static void test_merger_into_and_officer_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("Merger done",
	    "Kestrel Valve Inc said it has completed a previously announced "
	    "merger into Norland Industries Corp.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_string_equal(t.deal.acquirer, "Norland");
	assert_string_equal(t.deal.target, "Kestrel Valve");
	tags_release(&t);
	run("Meeting delayed",
	    "Kestrel Valve Inc said it has delayed the special meeting at "
	    "which shareholders will vote on its merger into Norland "
	    "Industries Corp.", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Norland");
	assert_string_equal(t.deal.target, "Kestrel Valve");
	tags_release(&t);
	run("Unit sold",
	    "Kestrel Valve Inc said its Orrin Video Inc subsidiary has agreed "
	    "to sell its training business to Orrin Video president Paul J. "
	    "Danvers for undisclosed terms.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_string_equal(t.deal.acquirer, "Paul J. Danvers");
	assert_string_equal(t.deal.seller, "Orrin Video");
	tags_release(&t);
}

/* "50 of Beta Corp's branches": a count of a firm's things leaves the
 * firm's name without the count's "of" */
static void test_count_of_firm(void **state)
{
	(void)state;
	struct tags t;
	run("Branches bought",
	    "Orrin Savings said it completed the acquisition of 50 of Kestrel "
	    "Corp's branches. It also bought 12 of Halvorsen Bank Corp.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kestrel"));
	assert_true(has(t.companies, t.ncompanies, "Halvorsen Bank"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_false(strncmp(t.companies[i], "of ", 3) == 0);
	tags_release(&t);
}

/* a headline's comma opens other news: the share issue it proposes is
 * not the purchase's status */
static void test_headline_second_clause_status(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL TO BUY ORRIN DIVISION, PROPOSES RIGHTS",
	    "Kestrel Group Plc said it had agreed to buy Orrin Plc's Halvorsen "
	    "Casino Division for 120 mln stg.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("KESTREL BUYS RADIO STATION, PLANS SHARE ISSUE",
	    "Kestrel Inc said it agreed to acquire 100 pct of radio station "
	    "CKRL-FM and will issue shares to cover part of the price.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* a bid that won, or was declared unconditional, is done; one to
 * become unconditional, or a contract won by bidding, is not; and a
 * price between "will" and the stake does not hide the "will" */
static void test_bid_won_unconditional(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel wins battle for Orrin",
	    "Kestrel Industries won its hostile 2 billion stg bid for Orrin "
	    "Plc on Thursday after securing acceptances from 52 percent of "
	    "shareholders.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("KESTREL DECLARES ORRIN BID UNCONDITIONAL",
	    "Kestrel Plc said its offer for Orrin Plc was declared "
	    "unconditional.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Offer update",
	    "Kestrel Plc said its offer for Orrin Plc is expected to become "
	    "unconditional next week.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Kestrel takes a quarter of Orrin",
	    "Kestrel Group will pay US$575 million (about Bt20.3 billion) "
	    "for a 25% stake in Orrin Holdings, the companies said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "a deal that ends a rivalry" ends no deal */
static void test_deal_that_ends(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel, Orrin to merge",
	    "Kestrel Corp and Orrin Inc said they would merge in an all-stock "
	    "deal that ends years of rivalry.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel, Orrin end merger",
	    "Kestrel Corp and Orrin Inc said they would end their merger "
	    "agreement.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* an IPO's shares that made their debut were offered: completed; one
 * still to debut is not */
static void test_ipo_debut(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel jumps in trading debut",
	    "Shares of Kestrel Retail Inc rose 20 percent in their trading "
	    "debut on Friday after the company's initial public offering.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Kestrel plans listing",
	    "Kestrel Retail Inc plans to debut on the Nasdaq next month in an "
	    "initial public offering.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* "Y, the London-based markets business of Z": Z sells Y */
static void test_business_of_seller(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel completes purchase",
	    "Kestrel Bank has completed its purchase of a 60% stake in Orrin "
	    "Markets Plc, the London-based global markets business of "
	    "Halvorsen Group, for $765m.", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.target, "Orrin Markets");
	assert_string_equal(t.deal.seller, "Halvorsen");
	tags_release(&t);
}

/* "the Sobey family of Nova Scotia and Empire Company Ltd": a place
 * after "of" ends what it places, the firm after "and" is its own; a
 * bank named after two places keeps both */
static void test_place_and_firm(void **state)
{
	(void)state;
	struct tags t;
	run("GROUP RAISES KESTREL STAKE",
	    "A group including members of the Orrin family of Nova Scotia and "
	    "Halvorsen Company Ltd said it raised its stake in Kestrel Co to "
	    "8.6 pct.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Halvorsen"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Nova Scotia"));
	tags_release(&t);
	run("Loan arranged",
	    "The loan was arranged by a unit of Hong Kong and Shanghai Banking "
	    "Corp.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies,
			"Hong Kong and Shanghai Banking"));
	tags_release(&t);
}

/* "does not want to be acquired" agrees to nothing; "is to be acquired"
 * and "hopes to complete" an agreed merger still do */
static void test_wish_to_be_acquired(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel letter",
	    "Kestrel Stores Corp said it told an aggressive buyer of its stock "
	    "that it does not want to be acquired.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Deal", "Kestrel Stores Corp said it is to be acquired by Orrin Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* a merger's two parties named in the lead, under a headline's merger
 * word, stand against a slightly negative classifier margin */
static void test_merger_pair_stands(void **state)
{
	(void)state;
	struct tags t;
	run("Rio Tinto and Glencore held merger talks last year, Bloomberg "
	    "reports",
	    "LONDON, Jan 16 (Reuters) - Rio Tinto and Glencore held "
	    "early-stage talks late last year about combining their "
	    "businesses, Bloomberg News reported on Thursday, citing people "
	    "familiar with the matter.\n\nThe discussions, which were "
	    "initiated by Glencore, are no longer active, the report said. "
	    "Rio Tinto and Glencore declined to comment.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Rio Tinto"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Glencore"));
	tags_release(&t);
}

/* "The fresh capital comes three months after X raised $192 million in
 * a Series F round led by A and B": A and B were the earlier round's;
 * "C and D also took part in the round, which comes a year after ..."
 * keeps this round's C and D */
static void test_earlier_round_after_span(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises $52 mn Series G",
	    "Bengaluru-based startup Kestrel has raised $52 million in a Series "
	    "G round led by Orrin Capital.\n\nThe fresh capital comes three "
	    "months after Kestrel raised $192 million in a Series F round led "
	    "by Halvorsen Partners and Brixham Ventures.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orrin Capital"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Halvorsen"));
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Brixham Ventures"));
	tags_release(&t);
	run("Kestrel raises $30 mn Series A",
	    "Lagos-based startup Kestrel has raised $30 million in a Series A "
	    "round led by Orrin Capital.\n\nHalvorsen Partners and Brixham "
	    "Ventures also participated in the round, which comes about a year "
	    "after Kestrel raised $6 million in seed funding.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Halvorsen"));
	tags_release(&t);
}

/* a sale weighed after a bid rejected: the bid's bidder is the buyer
 * the story names */
static void test_bid_later_in_sentence(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL MULLS SALE, RESTRUCTURE",
	    "Kestrel Optics Inc said it is considering recapitalizing, "
	    "restructuring, or seeking a buyer for the company following its "
	    "rejection of an unsolicited 32 dlr a share bid from Orrin Corp.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Orrin");
	assert_string_equal(t.deal.target, "Kestrel Optics");
	tags_release(&t);
}

/* "the previously announced merger of X with Y": both are its sides,
 * and the one whose holders are paid is bought */
static void test_merger_of_x_with_y(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL HOLDERS APPROVE ORRIN MERGER",
	    "Orrin Group Plc said shareholders at a special meeting of Kestrel "
	    "Corp approved the previously announced merger of Kestrel with "
	    "Orrin.\n\nUnder the terms of the merger, Orrin said the "
	    "remaining public Kestrel shareholders are to receive 95 dlrs a "
	    "share.", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Orrin");
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* "a buyout of the company", "a proposed acquisition of the company":
 * the company the sentence is about is bought */
static void test_acquisition_of_the_company(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL NOT HOLDING BUYOUT TALKS",
	    "Kestrel Financial Corp said it is not holding discussions with "
	    "anyone regarding a buyout of the company.", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_string_equal(t.deal.target, "Kestrel Financial");
	tags_release(&t);
	run("Talks ended",
	    "Kestrel Foods Inc said a proposed acquisition of the company was "
	    "terminated.", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_string_equal(t.deal.target, "Kestrel Foods");
	tags_release(&t);
	/* its own buying stays its own */
	run("Deal done",
	    "Kestrel Foods Inc said its acquisition of the company was "
	    "completed.", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Kestrel Foods");
	tags_release(&t);
}

/* "a group of U.S. Companies", "California Inc": a place and a suffix
 * name no firm */
static void test_place_alone_no_firm(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL TO BUY U.S. FIRMS",
	    "Kestrel Plc said it had agreed terms to acquire a group of U.S. "
	    "Companies known as the Orrin Companies.", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "U.S"));
	assert_true(t.deal.target == NULL || strcmp(t.deal.target, "U.S"));
	tags_release(&t);
}

/* "BUYOUT BID DROPPED", "the offer was dropped": the bid ended; "shares
 * dropped" end nothing */
static void test_bid_dropped(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL TOOLS <KTL> BUYOUT BID DROPPED",
	    "Kestrel Tools Inc said a management group has withdrawn a six dlr "
	    "per share leveraged buyout offer.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Offer news", "Kestrel Tools Inc said the offer was dropped.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	/* a headline's "drops Y purchase" over the lead's "terminated its
	 * plan to buy" */
	run("Kestrel drops Orvel purchase after US antitrust concerns",
	    "Kestrel Group has terminated its plan to buy US rival Orvel "
	    "Seafoods for US$1.51 billion after the US Department of Justice "
	    "raised concerns.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "Visa Inc and payments startup Plaid have abandoned their merger
 * agreement ..., weeks after the Justice Department sued to block the
 * deal": both are parties (a description between "and" and the name),
 * and a suit to block is no block */
static void test_described_partner_and_suit(void **state)
{
	(void)state;
	struct tags t;
	run("Visa and Plaid drop $5.3 billion deal",
	    "Visa Inc and payments startup Plaid have abandoned their $5.3 "
	    "billion merger agreement, Visa said on Tuesday, weeks after the "
	    "Justice Department sued to block the deal.\n\nVisa said a long "
	    "court fight lay ahead. The two companies will keep working "
	    "together.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Visa"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Plaid"));
	tags_release(&t);
	/* a headline's short name and the lead's long one are one side */
	run("Jollibee buys Korea's Compose Coffee for $340M",
	    "Jollibee Foods Corp. (JFC) is buying South Korean coffee chain "
	    "Compose Coffee for $340 million, its latest bet on coffee.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.target, "Compose Coffee");
	tags_release(&t);
}

/* "X is to pay N for a stake in Y": "is to" as "will": agreed */
static void test_is_to_pay(void **state)
{
	(void)state;
	struct tags t;
	run("News", "Kestrel Plc is to pay 750 mln stg for a stake in Orrin Plc.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "Bank of Ayudhya", "Bank of Montreal": a bank named by "Bank of" and
 * capitals; not a country's central bank, nor a longer name's end */
static void test_bank_of_names(void **state)
{
	(void)state;
	struct tags t;
	run("Tender done",
	    "Kestrel Financial Group has completed its tender offer for Bank of "
	    "Ayudhya (BAY), taking a 72% stake in the lender.",
	    NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.target, "Bank of Ayudhya");
	tags_release(&t);
	run("Markets",
	    "The Bank of Japan bought dollars, and First National Bank of "
	    "Minneapolis said it raised its prime rate.", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Bank of Japan"));
	assert_false(has(t.companies, t.ncompanies, "Bank of Minneapolis"));
	tags_release(&t);
}

/* the lead's "would buy", before "The offer is a premium", is agreed;
 * "would be interested in buying" and a board's proposal are not */
static void test_lead_would_buy(void **state)
{
	(void)state;
	struct tags t;
	run("Cisco to buy Splunk in $28 billion deal",
	    "Cisco Systems said on Thursday it would buy software maker Splunk "
	    "for $157 a share in cash.\n\nThe offer is a premium of about 31% "
	    "to Splunk's closing price on Wednesday.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("KESTREL INTERESTED IN BUYING ORRIN BREWING",
	    "Kestrel Foods Inc chairman John Halvorsen would be interested in "
	    "buying Orrin Plc's brewery division if it were for sale, a "
	    "spokesman said.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* terminals, both ends of a canal, prices that collapsed: no deal ended */
static void test_no_end_in_terminals_or_prices(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to sell ports, including canal terminals, to Orrin group",
	    "Kestrel Holdings has agreed in principle to sell most of its "
	    "global ports business, including terminals at both ends of the "
	    "canal, to a consortium led by Orrin for US$22.8 billion.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel, Orrin to combine",
	    "Kestrel Energy Inc. and Orrin Energy Inc. have agreed to merge in "
	    "an all-stock deal, as the industry struggles with the collapse in "
	    "crude prices.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Talks over",
	    "Kestrel Energy Inc said its merger talks with Orrin Energy Inc "
	    "collapsed.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* talks suspended end; a court that declines to block blocks nothing;
 * a person suspended, or trading in shares, ends no deal */
static void test_suspended_and_declined_block(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> SUSPENDS MERGER TALKS",
	    "Kestrel Communications Inc and Orrin Cable Corp said they have "
	    "indefinitely suspended negotiations on a proposed merger of their "
	    "companies.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("COURT DECLINES TO BLOCK KESTREL <KST> MERGER",
	    "Kestrel International Inc said the court denied the motion of "
	    "Halvorsen Co for a temporary injunction to block the proposed "
	    "merger of Kestrel with a subsidiary of Orrin Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("KESTREL <KST> SUSPENDS U.K. MERGER CHIEF",
	    "Kestrel Lynch and Co said it suspended the head of its merger "
	    "department in London.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* a company buying back its own shares buys no company */
static void test_own_buyback_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> TO BUY SHARES",
	    "Kestrel Systems Inc said its directors authorized the repurchase "
	    "of up to 200,000 of its total 5.2 mln common shares.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* another company's shares bought back stay a deal */
	run("Stake sold",
	    "Kestrel Systems Inc said it agreed to buy back the 20 pct stake "
	    "Orrin Corp holds in its unit Halvorsen Inc.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "a sale of 615,385 shares, or 18 pct, of its common stock to a group
 * of investors": the company sells a stake in itself */
static void test_pct_of_its_stock_sold(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL OPTICS <KSTO> CLOSES SALE",
	    "Kestrel Optics Inc said it completed a previously announced sale "
	    "of 615,385 shares, or 18 pct, of its common stock to a group of "
	    "investors for one mln dlrs.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_string_equal(t.deal.target, "Kestrel Optics");
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "dropped plans to float X and would instead sell it": the plan is
 * replaced, the sale does not end */
static void test_dropped_plan_instead(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL SELLS OIL/GAS INTERESTS, BIDS TO EXTEND SUGAR",
	    "Kestrel said it had dropped plans to float its oil and gas "
	    "interests held in the Orrin Fund and would instead sell them to "
	    "Halvorsen Corp unit Halvorsen Exploration for 985 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "X agreed to merge with Y" says not which of the two merges into the
 * other: both are partners; a deal that ends a search for a buyer ends
 * no deal; "X is being sold to Y" is Y's purchase, under way. */
static void test_merge_with_and_sold_to(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL, ORRIN RESOURCES TO MERGE",
	    "Kestrel Oil and Gas Ltd said it agreed to merge with Orrin "
	    "Resources Ltd. Terms were not disclosed.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Kestrel Oil and Gas");
	assert_string_equal(t.deal.investors[1], "Orrin Resources");
	tags_release(&t);
	run("Kestrel to hand Orvel battery unit to Tessaro",
	    "Kestrel Co. agreed to sell its Orvel battery business to Tessaro "
	    "Holdings in a share swap that ends Kestrel's search for a "
	    "buyer.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Orvel news",
	    "Orvel Group, a big food retailer, is being sold to Kestrel Foods "
	    "for 7.5 billion reais, the companies said.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Foods");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
}

/* A subject described at length ("X, the London-based start-up that
 * uses artificial intelligence to generate video presenters, has
 * raised") still raises; "AI" of "generative AI company" is no
 * investor. */
static void test_long_apposition_and_ai(void **state)
{
	(void)state;
	struct tags t;
	run("Zorgal valued at $2.1bn as Kestrel leads $180mn fundraising",
	    "Zorgal, the London-based start-up that uses artificial "
	    "intelligence to generate video presenters, has raised $180mn in "
	    "a round led by US venture capital firm Kestrel that values it at "
	    "$2.1bn, making it the UK's most valuable generative AI company.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zorgal");
	assert_int_equal(t.deal.ninvestors, 1);
	assert_string_equal(t.deal.investors[0], "Kestrel");
	tags_release(&t);
}

/* A sale to two buyers named together lists both; a group that holds
 * what is bought ("the 60 percent held by a group of investors led by
 * X") sells it, its leader no buyer's member; a group that owns the
 * buyer, or lends it money, is neither. */
static void test_two_buyers_and_holding_group(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel sells unit Orvel",
	    "Kestrel will sell 85% of its Orvel unit to Tessaro Capital and "
	    "Zorgal Holdings for 172.5 billion yen.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Tessaro Capital");
	tags_release(&t);
	run("Kestrel sells units",
	    "Kestrel said it has agreed to sell, in separate transactions, "
	    "its Orvel terminals and its Ohio plant to Tessaro Capital and "
	    "Zorgal Holdings, respectively, for 50.2 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 0);
	tags_release(&t);
	run("Kestrel completes Orvel Music takeover",
	    "Kestrel Corp. completed its purchase of a controlling stake in "
	    "Orvel Music.\n\nKestrel paid about $2.3 billion for the roughly "
	    "60 percent held by a group of investors led by Tessaro "
	    "Investment Co., in a transaction that valued Orvel Music at "
	    "$4.75 billion.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tessaro Investment");
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_string_not_equal(t.deal.investors[i], "Tessaro Investment");
	tags_release(&t);
	run("KESTREL SELLS AFRICAN UNIT",
	    "Kestrel Group Inc said it sold its South African subsidiary, "
	    "Orvel Insurance Co Ltd, to Tessaro Holdings Ltd, a holding "
	    "company owned by a consortium of shareholders led by Zorgal "
	    "Merchant Bank.", NULL, NULL, NULL, &t);
	assert_true(!t.deal.seller || strcmp(t.deal.seller, "Zorgal Merchant Bank"));
	tags_release(&t);
}

/* A decision in the deal's own clause ("will buy ... , the first step in
 * a plan to take control"; "will invest ... to buy") is agreed; not a
 * wish ("wants to buy"), nor "will give serious consideration to the
 * sale".  "customers in New York State" names no target. */
static void test_decided_clause_and_place_noun(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy 19.9% of Orvel Bank from Tessaro unit for $1.2 billion",
	    "TOKYO - Kestrel Financial Group will buy a 19.9% stake in "
	    "Indonesia's Orvel Bank for 15.9 trillion rupiah ($1.2 billion), "
	    "the first step in a plan to take control of the country's "
	    "sixth-largest lender by assets.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel to pay 1.5 billion euros for about 20% of Orvel",
	    "Kestrel will invest about 1.5 billion euros ($1.6 billion) to buy "
	    "roughly 20% of electric vehicle start-up Orvel Motors, becoming "
	    "its largest shareholder, as it seeks cheaper technology and "
	    "plans more deals.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("ZORGAL <ZRG> SEEKS KESTREL <KST> STEEL UNIT",
	    "Zorgal Capital Investors Ltd said it wants to buy Kestrel Corp's "
	    "steel assets from Orvel Group PLC and is willing to pay 124.4 mln "
	    "dlrs, more than had been offered by Tessaro Corp.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("ORVEL INDUSTRIES <ORV> MAY SELL AEROSPACE UNIT",
	    "Orvel Industries Inc said the company will give serious "
	    "consideration to the sale of its Kestrel Abex unit, its aerospace "
	    "company, if it can realize a price that suits its plan.",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("KESTREL <KST> TO ACQUIRE CABLE SYSTEMS",
	    "Kestrel Co Inc said it agreed to acquire cable television systems "
	    "serving about 7,000 customers in New York State from Orvel "
	    "Communications Inc for undisclosed terms.", NULL, NULL, NULL, &t);
	assert_true(!t.deal.target || strcmp(t.deal.target, "State"));
	tags_release(&t);
}

/* "X and Y agreed on Saturday to merge": the day between names no side;
 * a round one of them raised before is no merger's price. */
static void test_merge_on_a_day(void **state)
{
	(void)state;
	struct tags t;
	run("Two taxi apps to merge",
	    "Kestrel Dache and Orvel Dache agreed on Saturday to merge, ending "
	    "a costly battle.\n\nBoth raised large sums in recent weeks: "
	    "Kestrel $700 million in a round led by Tessaro.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Kestrel Dache");
	assert_string_equal(t.deal.investors[1], "Orvel Dache");
	assert_int_equal(t.deal.amount, -1);
	tags_release(&t);
}

/* A headline's "X completes S$11b Y buy": "buy" a noun after a verb of
 * doing the deal, X buys Y (not Y the buyer of something unnamed). */
static void test_completes_y_buy(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel completes S$11b Orvel-Tessaro buy, becoming Asia's biggest",
	    "SINGAPORE - Kestrel Land has completed its acquisition of "
	    "Orvel-Tessaro from Zorgal Holdings.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Land");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel-Tessaro");
	tags_release(&t);
}

/* A place inside a name ("National Australia Bank") is the name's; a
 * headline's seller the body never writes again ("NAB sells ...") is
 * named by the lead's same deal. */
static void test_seller_named_by_lead(void **state)
{
	(void)state;
	static const char *const titles[] = {
		"Bank sells wealth arm",
		"KAB sells its wealth arm Orvel to Tessaro for $1.44b",
	};
	for (size_t i = 0; i < 2; i++) {
		struct tags t;
		run(titles[i], "Kestrel Australia Bank has sold its Orvel "
		    "wealth management business to Tessaro Holdings for $1.44 "
		    "billion.", NULL, NULL, NULL, &t);
		assert_non_null(t.deal.seller);
		assert_string_equal(t.deal.seller, "Kestrel Australia Bank");
		tags_release(&t);
	}
}

/* "has signed a letter of intent to acquire": the "of" of the letter
 * stands between the buyer and its verb as an auxiliary does. */
static void test_letter_of_intent(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL BANCGROUP MAKES ACQUISITION",
	    "Kestrel BancGroup said it has signed a letter of intent to "
	    "acquire Orvel Bank and Trust of Hartselle, Ala., for undisclosed "
	    "terms.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel BancGroup");
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* A unit apposed to its owner's name ("selling the Orrin subsidiary,
 * Kestrel Building Centers Inc", after a headline's "SALE OF ORRIN
 * UNIT") is what is sold; a sale's "to" past a long list of what is sold
 * still names the buyer. */
static void test_unit_apposed_and_far_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("TESSARO EXPLORING SALE OF ORRIN <ORR> UNIT",
	    "Tessaro Group Plc said it is exploring the possibility of selling "
	    "the Orrin subsidiary, Kestrel Building Centers Inc.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Building Centers");
	tags_release(&t);
	run("ORVEL TO SELL SOME WIRELINE OPERATIONS",
	    "Orvel Industries Inc said it has agreed to sell its Wireline "
	    "Products Manufacturing Division in Fort Worth, Texas, Wireline "
	    "Services Division operations in several locations and Orvel "
	    "International Inc subsidiary to Kestrel Wood Group PLC for "
	    "undisclosed terms.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Wood");
	tags_release(&t);
	/* a company's own shares: a stake, which the near "to" reads */
	run("X",
	    "Orvel Mines Ltd said it agreed to sell 6.6 mln shares of a new "
	    "class of par value voting stock in the company and its units to "
	    "Kestrel Development Ltd for 37.1 mln dlrs.",
	    NULL, NULL, NULL, &t);
	assert_true(!t.deal.acquirer ||
		    strcmp(t.deal.acquirer, "Kestrel Development") != 0 ||
		    t.deal.type != DEAL_DIVESTITURE);
	tags_release(&t);
}

/* "CORONA FAVORS ROYEX OFFER": the one that favors a bid is its target;
 * "Royex on March 31 offered to buy": a day between subject and verb. */
static void test_favors_offer_and_dated_verb(void **state)
{
	(void)state;
	struct tags t;
	run("ORVEL <ORV.TO> FAVORS KESTREL <KES.TO> OFFER",
	    "Orvel Resources Ltd said its board of directors believes that "
	    "terms of Kestrel Gold Mining Corp's previously announced offer are "
	    "fair and reasonable.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Gold Mining");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Resources");
	tags_release(&t);
	run("X", "Kestrel on March 31 offered to buy four mln Orvel shares.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
}

/* "X said ... the proposed merger of X with Y": the subject named again
 * is the merger's object; the one that holds a majority of the other
 * buys it. */
static void test_merger_with_majority_holder(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KES> SETS RECORD DATE FOR MERGER VOTE",
	    "Kestrel Corp said it has set a new record date for shareholders "
	    "entitled to vote on the proposed merger of Kestrel Corp with "
	    "Orvel Holding Corp for July 10.\n\nKestrel said that Orvel "
	    "Holding holds 55.2 pct in Kestrel, resulting from a tender offer "
	    "in November 1986.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
	/* a minority holder says nothing of who buys */
	run("X", "Shareholders will vote on the proposed merger of Kestrel "
	    "Corp with Orvel Holding Corp.\n\nOrvel Holding holds 15.2 pct "
	    "in Kestrel.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
}

/* "Y is being sold by X to Z": who it is sold by sells, the one it is
 * sold to buys, and the sale is agreed. */
static void test_sold_by_to(void **state)
{
	(void)state;
	struct tags t;
	run("Orvel Tower to be sold to a Chinese insurer for $1.95 billion",
	    "The Orvel Tower, the Art Deco landmark on Park Avenue, is being "
	    "sold by Kestrel Worldwide Holdings to the Tessaro Insurance Group "
	    "of China for $1.95 billion.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel Worldwide");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tessaro Insurance");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Tower");
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* A headline's buyer that "also" buys ("as Tessaro and Zorgal also buy
 * in") joins the deal the lead tells whole; it does not displace its
 * buyer. */
static void test_companion_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Post to take 8.3% of Orvel as Tessaro and Zorgal also buy in",
	    "Kestrel Post Holdings will buy an 8.32% stake in Orvel Group for "
	    "about 150 billion yen, as part of a share sale that also brings in "
	    "Tessaro Holdings and Zorgal.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Post");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
}

/* The seller the lead names: "Y is owned by funds managed by X" (its
 * owner now); and a sentence after the lead's that sells the same
 * company's business when the lead's names no seller. */
static void test_present_owner_and_next_seller(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to acquire US-based Orvel for $2.58 billion",
	    "Kestrel Inc has signed a definitive agreement to acquire Orvel "
	    "Corporation, a US maker of rolled aluminium products, for $2.58 "
	    "billion.\n\nOrvel, based in Cleveland, Ohio, is owned by "
	    "investment funds managed by Tessaro Capital Management and other "
	    "private equity investors.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tessaro Capital Management");
	tags_release(&t);
	run("Treasurer blocks Zorgal's $600m bid for Orvel Dairy",
	    "Treasurer Josh Kestrel has blocked the $600 million sale of Orvel "
	    "Dairy & Drinks to dairy giant Zorgal Dairy.\n\nJapan's Tessaro "
	    "Holdings agreed in November to sell Orvel's milk, cheese and juice "
	    "business, whose brands include Dairy Farmers, to Zorgal.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tessaro");
	tags_release(&t);
	/* the buyer named again is no seller */
	run("KESTREL CUTS ORVEL CO STAKE",
	    "Eli Kestrel and Co said it cut its stake in Orvel Co Inc to 4.0 "
	    "pct.\n\nKestrel said it sold 400,000 Orvel common shares on "
	    "March 17 at eight dlrs each.", NULL, NULL, NULL, &t);
	assert_true(!t.deal.seller || strcmp(t.deal.seller, "Kestrel") != 0);
	tags_release(&t);
}

/* "buys Adani group shares": a company's shares bought are a stake in
 * it; a count before them ("the 31,781,461 Orvel Inc shares not
 * owned") leaves the rest to say how much. */
static void test_company_shares_bought(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Partners buys Orvel group shares worth Rs 15,446 crore",
	    "US-based Kestrel Partners has bought minority stakes in four Orvel "
	    "group companies for Rs 15,446 crore.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("X", "Tessaro Acquisition Corp said it will need about 907 mln dlrs "
	    "to acquire the 31,781,461 Orvel World Inc shares not owned by its "
	    "owner.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* A round's investors and status: the lead investor's parent in
 * apposition, a "Makkah-based" place and a plan with its year ("Vision
 * 2030") are no investors; an apposition's "set up" is not the round's
 * status; a round named by its words, with investors, stays a round. */
static void test_round_apposition(void **state)
{
	(void)state;
	struct tags t;
	run("Saudi platform Kestrel raises $130m in Orvel-led Series C",
	    "RIYADH: Kestrel, a Makkah-based platform that lets merchants set "
	    "up online stores, has raised $130 million in a Series C funding "
	    "round led by Orvel Investments, a wholly owned subsidiary of the "
	    "Tessaro Investment Fund.\n\nStartups have grown rapidly as the "
	    "government pushes to diversify the economy under Vision 2030, and "
	    "investors have been putting money into them.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_int_equal(t.deal.ninvestors, 1);
	assert_string_equal(t.deal.investors[0], "Orvel Investments");
	tags_release(&t);
	/* an unnamed unit's owner invests */
	run("X", "Kestrel has raised $50 million in a Series B round from a "
	    "group that includes a subsidiary of the Orvel Investment "
	    "Authority.", NULL, NULL, NULL, &t);
	assert_true(t.deal.ninvestors >= 1);
	tags_release(&t);
}

/* Look-alikes and a status: "raises X's planned investment in the US"
 * is no round; a buyback through a tender offer is no deal; "wraps up
 * Y offer" completes it, "wraps up mega fund" says nothing of a deal. */
static void test_wraps_up_and_lookalikes(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel wraps up Orvel offer with 97.5% stake",
	    "Kestrel Banking Corporation has completed its HK$38.4 billion "
	    "general offer for Hong Kong's Orvel Bank.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Kestrel pledges extra $100 billion for US chip plants",
	    "Kestrel Semiconductor Co will invest an additional $100 billion in "
	    "the United States over the next four years, the company said. The "
	    "announcement, made at the White House, raises Kestrel's planned "
	    "investment in the US to about $165 billion.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel to buy back shares worth Rs 10,000 crore via tender offer",
	    "Kestrel & Orvel on Tuesday said its board had approved a buyback "
	    "of up to 3.12 crore shares for Rs 10,000 crore through the tender "
	    "offer route, at Rs 3,200 a share.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "to form 50:50 JV": a joint venture by its initials, in a headline in
 * sentence case too. */
static void test_jv(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Financial, Orvel to form 50:50 JV for asset management "
	    "business", "MUMBAI: Kestrel Financial Services Ltd (KFSL), the "
	    "financial services company demerged from Tessaro Industries Ltd, "
	    "on Wednesday said it will form a 50:50 joint venture with Orvel "
	    "Inc., the world's largest asset manager.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
}

/* "AMOCO MAY BUY DOME, REPORT SAYS", "... BID - REPORT": a deal a
 * headline says a report tells is a rumour; talks stay talks. */
static void test_headline_report(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KES> MAY BUY ORVEL <ORV>, REPORT SAYS",
	    "Kestrel Corp is apparently the successful bidder for debt-laden "
	    "Orvel Petroleum Ltd, according to a published report.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_RUMOURED);
	tags_release(&t);
	run("Kestrel in advanced talks to buy Orvel's Asia business: report",
	    "Kestrel is in advanced talks to acquire Orvel Technologies' "
	    "ride-hailing operations in Southeast Asia, Bloomberg News "
	    "reported.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	tags_release(&t);
}

/* "it may support a buyout of Orvel Corp": a deal the subject answers
 * that names what it buys; the subject is neither side. */
static void test_supports_buyout_of(void **state)
{
	(void)state;
	struct tags t;
	run("GROUP MAY SUPPORT ORVEL CORP <ORV> BUYOUT",
	    "A group of companies controlled by Kestrel Partners Inc told "
	    "government authorities it may support a buyout of Orvel Corp as "
	    "a way to maximize the value of the company's stock.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
}

/* "Alphabet's AI drug discovery arm raises": the arm is funded (the
 * lead names it), not its owner; "Kestrel's raises" is a name's own
 * "'s"; Alphabet is its own name, not Google's. */
static void test_owner_of_raising_arm(void **state)
{
	(void)state;
	struct tags t;
	run("Orvel Labs: Alphabet's AI drug discovery arm raises $600 million",
	    "LONDON - Orvel Labs, the artificial intelligence drug discovery "
	    "company spun out of Alphabet's DeepMind, has raised $600 million "
	    "in its first external funding round, led by Kestrel Capital. "
	    "Alphabet itself also took part.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Labs");
	assert_true(has(t.companies, t.ncompanies, "Alphabet"));
	assert_false(has(t.companies, t.ncompanies, "Google"));
	tags_release(&t);
	run("Kestrel's raises $540 million in round led by Orvel",
	    "Think and Learn Pvt. Ltd, which runs the learning app Kestrel's, "
	    "has raised $540 million in a funding round led by Orvel Ventures.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	tags_release(&t);
}

/* "will take chip materials maker Orvel private": a buyout of the name
 * between; not a name after a comma ("take it, Orvel said, private"). */
static void test_take_private(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel Capital Partners will take Orvel Corp private in a "
	    "4.23 billion dlr transaction.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Capital");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
}

/* "X now owns 97.88% of Y after its tender offer ... closed": X made the
 * offer, for Y, and it is done. */
static void test_owns_after_offer(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel ends up with 97.9% of Orvel after tender offer",
	    "Kestrel All Plc, the operator of convenience stores in Thailand, "
	    "now owns 97.88% of Orvel Makro Plc after its tender offer for the "
	    "cash-and-carry operator's remaining shares closed.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_non_null(t.deal.acquirer);
	assert_non_null(strstr(t.deal.acquirer, "Kestrel All"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Makro");
	tags_release(&t);
	/* an offer that failed, past an apposition; a headline's "falls
	 * short" */
	run("X", "Kestrel Partners' tender offer for Orvel & Company, the "
	    "holding firm of Orvel Tire & Technology, has failed after drawing "
	    "too few shares.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Is the Orvel feud over? Kestrel's tender offer falls short",
	    "The offer drew too few shares.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* A lawsuit over a bid: the headline tells the suit, the lead's first
 * sentence the bid, whose "its" is the one sued's. */
static void test_suit_over_bid(void **state)
{
	(void)state;
	struct tags t;
	run("ORVEL GROUP <ORV> SUES KESTREL HOLDINGS PLC",
	    "Orvel Group Inc said it filed a suit against Kestrel Holdings Plc "
	    "to enjoin the company from continuing its tender offer.\n"
	    "    The company said the suit seeks to halt the misuse of "
	    "confidential information.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	run("ORVEL FUND <OVF> FILES SUIT AGAINST KESTREL",
	    "Orvel Convertible Fund Inc said it filed a lawsuit in federal "
	    "court seeking to block a hostile 30 dlr a share takeover offer by "
	    "Kestrel Investment Holdings Inc.", NULL, NULL, NULL, &t);
	assert_true(ex_deal_is_mna(t.deal.type));
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Investment");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Convertible Fund");
	tags_release(&t);
	/* a suit over something else, a bid only a later sentence names */
	run("KESTREL SUES ORVEL <ORV> OVER SHOW",
	    "Kestrel Co, producer of a television show, said it filed suit "
	    "against Orvel International Inc, seeking assurances that it will "
	    "receive its share of the show's revenues.\n"
	    "    It said the debt placed on Orvel by the 3.4 billion dlr buyout "
	    "proposal from Marlin Amusements Inc may prevent it from paying.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "a limited partnership" is a firm's legal form, no venture: the sale
 * its subject tells keeps its sides. */
static void test_limited_partnership_form(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel Capital L.P, a limited partnership led by Kestrel "
	    "Holdings Inc, said it completed its sale of Marlin Soya Co Inc to "
	    "Pelican Agricola Finanziaria of Italy.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Marlin Soya");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Pelican Agricola Finanziaria");
	tags_release(&t);
	run("<ORVEL FINANCIAL> CREATES LIMITED PARTNERSHIP",
	    "Orvel Financial Group said it will create its first master "
	    "limited partnership in the third quarter.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A ticker with its exchange ("<FOXT.O>") between an owner and "UNIT"
 * is no name: the unit the lead names is bought, its owner sells. */
static void test_exchange_ticker_unit(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KSTL.O> TO ACQUIRE ORVEL <ORVL.O> UNIT",
	    "Kestrel Communications Associates Inc <KSTL.O> said it has "
	    "entered into an agreement to acquire substantially all the "
	    "assets of Orvel Technology Inc's Orvel Research Inc subsidiary.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Research");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel Technology");
	tags_release(&t);
}

/* "negotiations for X to acquire ...": X is the infinitive's subject,
 * the buyer, not what the talks are for. */
static void test_for_x_to_acquire(void **state)
{
	(void)state;
	struct tags t;
	run("ORVEL VIDEO <ORVV.O> GETS OFFER ON TAKEOVER TALKS",
	    "Orvel Video Corp said it received an offer to enter into "
	    "negotiations for Kestrel Investment Corp of Vancouver, B.C., to "
	    "acquire a controlling interest in the company through a tender "
	    "offer.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Investment");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Video");
	tags_release(&t);
}

/* "decided not to sell": a sale given up; a board's "NOT TO TENDER" is
 * advice, the bid stands. */
static void test_decided_not_to_sell(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> UNIT NOT TO SELL SUBSIDIARY",
	    "Kestrel Cos Inc said its Orvel Inc <ORV> subsidiary has decided "
	    "not to sell its Marlin E. Key unit.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("X", "Kestrel Cos Inc said it has decided not to sell its Marlin "
	    "E. Key unit.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("ORVEL URGES HOLDERS NOT TO TENDER",
	    "Orvel Inc urged its shareholders not to tender their shares "
	    "under the 30 dlr a share tender offer by Kestrel Corp.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "put X up for sale", "on the block", "(back) on the market": its
 * owner offers X for sale, proposed whatever ended before; not a product
 * put on the market, nor a clause of time. */
static void test_put_up_for_sale(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Orvel Industries Inc said it has put its Orvel Foods unit up "
	    "for sale.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Foods");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel");
	tags_release(&t);
	run("X", "Orvel Industries Inc said it has put itself up for sale and "
	    "retained Goldman Sachs to find a buyer.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	run("X", "Orvel Pharmaceuticals Inc said it put its new arthritis drug "
	    "on the market in March.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("X", "Kestrel Technologies Inc said it bought the assets when Orvel "
	    "Corp put the division up for sale.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
}

/* A look-alike's word joined by a hyphen describes ("cut-price
 * rescue"); "the winning bidder for Y" buys Y, "a possible fourth bidder
 * for the company" is not one. */
static void test_cut_price_and_winning_bidder(void **state)
{
	(void)state;
	struct tags t;
	run("Orvel accepts Kestrel's cut-price 389bn yen rescue",
	    "OSAKA -- Orvel Corp's board on Wednesday approved a revised "
	    "takeover proposal from Kestrel Precision Industry Co, ending weeks "
	    "of uncertainty after the contract manufacturer lowered the amount "
	    "it was willing to pay for the struggling Japanese maker of liquid "
	    "crystal displays.\n\n"
	    "Under the new terms, Kestrel will take a 66% stake in Orvel by "
	    "subscribing to newly issued shares worth 388.8 billion yen. The "
	    "two companies plan to sign the agreement on Saturday. The deal "
	    "would be the first acquisition of a major Japanese electronics "
	    "company by a foreign buyer.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Precision Industry");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	run("X", "Kestrel Steel Ltd (KSL) has emerged as the winning bidder for "
	    "Orvel Ispat Ltd (OIL), the loss-making steel plant being "
	    "privatised by the Centre.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Steel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Ispat");
	tags_release(&t);
	run("X", "Orvel Western Inc said it is talking with a possible fourth "
	    "bidder for the company.", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
}

/* An acronym in brackets after a name's comma and suffix is that name's
 * ("Kestrel Pacific Holdings, Inc. (KPHI)"); a mixed-case headline's lone
 * buyer that the lead, naming both sides, says is bought is the target. */
static void test_acronym_past_suffix_and_headline_target(void **state)
{
	(void)state;
	struct tags t;
	run("KPIC consortium launches P5.20-a-share tender offer ahead of "
	    "delisting",
	    "A CONSORTIUM led by Kestrel Pacific Holdings, Inc. (KPHI) has "
	    "launched a tender offer for the shares of Kestrel Pacific "
	    "Investments Corp. (KPIC) that it does not yet own at P5.20 apiece, "
	    "the first step in a plan to take the infrastructure conglomerate "
	    "private.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_false(has(t.companies, t.ncompanies, "KPHI"));
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Pacific");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Pacific Investments");
	tags_release(&t);
}

/* "to buy from X the four Y Stores": X sells, Y is bought. */
static void test_bought_from_then(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel Department Stores Co said it terminated an agreement "
	    "with Orvel Stores Corp to buy from Orvel the four Marlin Brothers "
	    "Stores in Syracuse, N.Y.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Marlin Brothers Stores");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel Stores");
	tags_release(&t);
}

/* Shares of preferred stock "in" another company are a stake in it. */
static void test_preferred_stock_in_company(void **state)
{
	(void)state;
	struct tags t;
	run("INSURANCE FIRM HAS ORVEL <ORVL.O> PREFERRED STAKE",
	    "Kestrel Life Insurance Co, a West Chester, Pa., insurance firm, "
	    "told the Securities and Exchange Commission it has acquired "
	    "44,600 shares of preferred stock in Orvel Electric Products Inc, or "
	    "10.8 pct of the total.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Electric Products");
	tags_release(&t);
}

/* "how the shares should be sold", "could be sold": a modal before "be"
 * tells a possibility, no completion. */
static void test_modal_be_sold(void **state)
{
	(void)state;
	struct tags t;
	run("GOVERNMENT TO SELL 25 PCT OF KESTREL AIR",
	    "The New Zealand Government will sell 25 pct of state-owned "
	    "<Kestrel Air Ltd> to the public, Civil Aviation minister Richard "
	    "Prebble said.\n"
	    "    Prebble said in a statement the government would appoint an "
	    "adviser to help it decide how the shares should be sold, the "
	    "timing of any sales and the price.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* New shares a company places with a buyer named, even past a long
 * object ("to a U.S. subsidiary of Y"), are a stake in the company. */
static void test_own_shares_placed(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Orvel Proteins Corp said it has agreed to sell in a private "
	    "placement 330,000 common shares at 11.75 dlrs a share to a U.S. "
	    "subsidiary of Kestrel Trust Plc.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Trust");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Proteins");
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* How a venture is owned does not part its verb from it: "entered
 * into an equally owned joint venture with Y". */
static void test_equally_owned_venture(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel Corp said it has entered into an equally owned joint "
	    "venture with Orvel Synthetics.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvel Synthetics"));
	tags_release(&t);
}

/* "no agreement has yet been reached": a sale planned, not agreed. */
static void test_no_agreement_yet(void **state)
{
	(void)state;
	struct tags t;
	run("ORVEL MEDICAL CORP <OM> SELLS UNIT",
	    "Orvel Medical Corp said it will sell its Kestrel Treadmills Inc "
	    "unit.\n"
	    "    The company said the sale is in line with its strategy. It "
	    "said it had received interest from several parties, but no "
	    "agreement has yet been reached.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* The next sentence's "will buy the shares from private equity firm X"
 * names the seller the deal's own sentence left out. */
static void test_holding_seller_next(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to take control of Orvel Hospitals in US$2 billion deal",
	    "KESTREL Holdings has agreed to buy a further 41 per cent of Orvel "
	    "Health Enterprises, India's second-largest hospital chain, for "
	    "about US$2 billion, lifting its stake to 59 per cent from 18 per "
	    "cent.\n\n"
	    "The Singapore state investor will buy the shares from private "
	    "equity firm TPG and India's National Investment and "
	    "Infrastructure Fund (NIIF), which are exiting the company, people "
	    "familiar with the matter said.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Health Enterprises");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "TPG");
	tags_release(&t);
}

/* "Y is owned by London-based private equity firm X": past what the
 * owner is, X sells; Y opens the sentence, known or not. */
static void test_owned_by_described(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Union drops Bumble Orvel purchase after US antitrust "
	    "concerns",
	    "Kestrel Union Group has terminated its plan to buy US rival "
	    "Bumble Orvel Seafoods for US$1.51 billion after the US Department "
	    "of Justice raised concerns about competition.\n\n"
	    "Bumble Orvel is owned by London-based private equity firm Marlin "
	    "Capital.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Marlin Capital");
	tags_release(&t);
}

/* A rights plan's story whose lead names a live bid with its bidder
 * ("tender offer commenced on October 9 by a unit of Y") tells that bid,
 * for the company that adopts the plan. */
static void test_rights_plan_bid(void **state)
{
	(void)state;
	struct tags t;
	run("ORVEL <ORV> ADOPTS SHAREHOLDER RIGHTS PLAN",
	    "Orvel Corp said its board adopted a shareholder rights plan which "
	    "will allow shareholders to purchase one common share for two dlrs "
	    "if a hostile group acquires 15 pct or more of the company.\n"
	    "    However, the company said the plan will not be triggered by "
	    "purchases pursuant to the 65 dlrs a share tender offer commenced "
	    "on October 9 by a unit of Kestrel Partners, a group controlled by "
	    "New York financier John Marlin.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	/* a plan with no bid named stays no deal */
	run("ORVEL <ORV> ADOPTS SHAREHOLDER RIGHTS PLAN",
	    "Orvel Corp said its board adopted a shareholder rights plan which "
	    "will allow shareholders to purchase one common share for two dlrs "
	    "if a hostile group acquires 15 pct or more of the company.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "In a filing ..., the group, which includes X, an investment firm,
 * said": the members of a group that takes a stake, past an opening
 * phrase. */
static void test_group_includes_stake(void **state)
{
	(void)state;
	struct tags t;
	run("GROUP RAISES ORVEL MEMORIES <ORVM> STAKE",
	    "A shareholder group led by Far Hills, N.J., investor Natalie "
	    "Koether said it raised its stake in Orvel Memories Inc to 573,300 "
	    "shares, or 5.1 pct of the total outstanding, from 542,000 shares, "
	    "or 4.8 pct.\n"
	    "    In a filing with the Securities and Exchange Commission, the "
	    "group, which includes Kestrel Equities Corp, an investment firm, "
	    "said it bought a net 31,300 Orvel Memories common shares since "
	    "March 31.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel Equities"));
	tags_release(&t);
}

/* "X ... to merge with Y Inc's Z": merged into another's unit, X is
 * bought by Z's owner. */
static void test_merge_with_owners_unit(void **state)
{
	(void)state;
	struct tags t;
	run("ORVEL FEDERAL <ORVF.O> SETS SHAREHOLDER MEETING",
	    "Orvel Federal Bank of Florida F.S.B. <ORVF.O> said it has "
	    "scheduled a special shareholders meeting for July 26 to approve "
	    "proposed changes to the bank's charter and merge with Kestrel Bank "
	    "Inc's Kestrel Bank of Pinellas County, N.A.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Bank");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Federal Bank of Florida");
	tags_release(&t);
}

/* A listing's price "values the company at" its worth: a valuation,
 * not the offering's size. */
static void test_ipo_values_company(void **state)
{
	(void)state;
	struct tags t;
	run("Orvel BioLogics prices IPO at top of range, raising 2.25 tln won",
	    "SEOUL, Nov. 1 (Yonhap) -- Orvel BioLogics Co. has priced its "
	    "initial public offering at 136,000 won per share, raising 2.25 "
	    "trillion won ($1.97 billion), the company said Tuesday.\n\n"
	    "The price values the company at about 9 trillion won.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(kind_of(&t, "9 trillion won"), AMOUNT_VALUATION);
	tags_release(&t);
}

/* "A New Jersey investor, X Y, told the SEC he holds 5.2 pct of Z":
 * the person whose "he" holds buys; not "said he favoured a candidate
 * to take over Z". */
static void test_person_holder(void **state)
{
	(void)state;
	struct tags t;
	run("NEW JERSEY INVESTOR BUYS 5.2 PCT OF ORVEL <ORV>",
	    "A New Jersey investor, Joseph Kestrelstein, told the Securities "
	    "and Exchange Commission he holds 5.2 pct of the shares of Orvel "
	    "Corp.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Joseph Kestrelstein");
	tags_release(&t);
	run("DELORS QUOTED FAVOURING FRANCO-GERMAN BID FOR ORVEL",
	    "European Commission President Jacques Delors, quoted by Le Monde "
	    "newspaper, said he favoured a Franco-German candidate to take "
	    "over <Orvel Generale de Constructions Telephoniques>.",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
}

/* A deal word in an apposition that tells what the subject does ("a
 * platform that lets creators sell online courses") is no deal when the
 * main clause has its own. */
static void test_apposed_business(void **state)
{
	(void)state;
	struct tags t;
	run("Orvelmart becomes Brazil's newest unicorn with US$127 million "
	    "round led by TCV",
	    "Orvelmart, a Belo Horizonte-based platform that lets creators sell "
	    "online courses, e-books and other digital products, has raised "
	    "US$127 million (about R$720 million) in a round led by the "
	    "American growth investor TCV, lifting the company's valuation "
	    "above US$1 billion.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvelmart");
	tags_release(&t);
}

/* "fashion group X" names a company; "business group X", "rock group
 * X" do not. */
static void test_group_before_name(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Spanish fragrance and fashion group Orvel has priced its "
	    "initial public offering at 24.50 euros a share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	run("X", "The lobbying was led by business group Kestrel, which "
	    "opposes the tax.", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Kestrel"));
	tags_release(&t);
}

/* A headline's short form that leaves a word out ("Orvel General
 * Insurance") is the lead's full name: its buyer, seller and name. */
static void test_headline_short_form_words(void **state)
{
	(void)state;
	struct tags t;
	run("Zurich to acquire 70% of Orvel General Insurance for Rs 5,560 crore",
	    "Orvel Mahindra Bank on Thursday said it will sell a 70 per cent "
	    "stake in its general insurance arm, Orvel Mahindra General "
	    "Insurance Company, to Switzerland's Kestrel Insurance Group for "
	    "Rs 5,560 crore ($670 million).", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Insurance");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Mahindra General Insurance");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel Mahindra Bank");
	tags_release(&t);
}

/* "which will open for subscription on November 19 and close on
 * November 22": the "will" before "and" rules the second verb too. */
static void test_will_open_and_close(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Orvel Green Energy has set a price band of Rs 102-108 per share "
	    "for its Rs 10,000-crore initial public offering, which will open "
	    "for subscription on November 19 and close on November 22.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	/* the present's window: "which opens ... and closes on" */
	run("X", "Orvel Cards has fixed a price band of Rs 750-755 per share for "
	    "its initial public offering, which opens for subscription on "
	    "March 2 and closes on March 5.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* Lagos's "N137 billion" is naira; "N95 masks" and "N500 each" are no
 * money (the bundled currencies' pre-scaled form). */
static void test_naira_letter(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel Nigeria posted a loss of N137 billion for 2022, and "
	    "sold N95 masks at N500 each.", NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "N137 billion"));
	assert_string_equal(currency_of(&t, "N137 billion"), "NGN");
	assert_int_equal(t.namounts, 1);
	tags_release(&t);
}

/* A known company's unit in a country ("Vodafone Egypt") beside its
 * parent's longer name ("Vodafone Group"), and the parent selling it. */
static void test_country_unit_and_parent(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrelcom has agreed to acquire a 55% stake in Vodafone Egypt "
	    "from its UK parent, Vodafone Group, for 2.4 billion euros.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Vodafone Egypt");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Vodafone");
	tags_release(&t);
}

/* "Grupo Orvel" keeps its first word, and "and" ends it: "Grupo Orvel
 * and Kestrel Holdings" are two companies. */
static void test_grupo_names(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Grupo Orvel and Kestrel Holdings will combine their "
	    "businesses in a $4.8 billion deal.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Grupo Orvel"));
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Grupo Orvel"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	tags_release(&t);
}

/* "X, which backed the company's previous round, also took part": one
 * of this round's investors, the earlier round in its clause. */
static void test_previous_backer_also_joins(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Orvel Motors said it has completed a $500 million Series C+ "
	    "financing. The round was led by Aspex Management and Kestrel "
	    "Capital China, Orvel said Monday. Smartphone maker Marlin Corp., "
	    "which backed the company's previous round, also took part.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Marlin"));
	tags_release(&t);
	/* the earlier round's own investors stay out */
	run("X", "Orvel Motors said it has completed a $500 million Series C+ "
	    "financing led by Aspex Management. Its previous round was led by "
	    "Marlin Corp.", NULL, NULL, NULL, &t);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Marlin"));
	tags_release(&t);
}

/* "the attempted takeover of Y by X", "the purchase of Y by X": X
 * buys; not a holder's "by" ("Y's shares held by Z"). */
static void test_takeover_of_by(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Employees oppose the attempted takeover of Orvel Airlines by "
	    "the Kestrel Pilots Association.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Pilots Association");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Airlines");
	tags_release(&t);
	run("X", "Orvel Ltd said Marlin Gas Co Ltd completed its purchase of "
	    "Kestrel Energy's shares held by Rankin Holdings Ltd for "
	    "undisclosed terms.", NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Rankin") != 0);
	tags_release(&t);
}

/* "to buy X out of their equally-owned joint venture": X sells, the
 * venture is bought; the headline's seller and the lead's deal agree
 * though the headline reads a stake. */
static void test_bought_out_of(void **state)
{
	(void)state;
	struct tags t;
	run("ORVEL CORP <ORV> SELLS STAKE IN VENTURE",
	    "Kestrel Inn Corp said it has agreed to buy Orvel Corp out of their "
	    "equally-owned joint venture for 51.4 mln dlrs, with closing "
	    "expected within the next few weeks.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Inn");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "joint venture");
	tags_release(&t);
}

/* A sale "to German carmakers A, B and C": the first buys, all are its
 * members; not a list whose "and" opens a clause of its own. */
static void test_listed_buyers(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Orvel has agreed to sell its maps business to German carmakers "
	    "Kestrel AG, Marlin AG and Pelican AG for 2.8 billion euros.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Marlin"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Pelican"));
	tags_release(&t);
	run("X", "Orvel Bank Co said it has agreed to sell 80 pct of its "
	    "interests in Marlin Holding Corp to Kestrel Holdings PLC and Orvel "
	    "Bank expects to realize a substantial gain.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Orvel Bank"));
	tags_release(&t);
}

/* A title's person who speaks after a round's list ("chief executive
 * Olugbenga "GB" Agboola told TechCrunch") is no investor. */
static void test_speaker_after_list(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Orvelwave has raised $170 million in a Series C round. The "
	    "round was co-led by Avenir Growth Capital and Tiger Global, with "
	    "participation from DST Global, Greycroft, Fidelity and Early Bird "
	    "VC, chief executive Olugbenga \"GB\" Agboola told TechCrunch.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Early Bird VC"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Olugbenga"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "GB"));
	tags_release(&t);
}

/* Who formed the buyer are the deal's investors: "Harmon Acquisition
 * Corp, a partnership formed by X and Y", "Harmon is a newly-formed
 * corporation owned by an investors group organized by X and Y"; not
 * the owner of a buyer that nobody formed ("a company owned by"). */
static void test_buyer_formed_by(void **state)
{
	(void)state;
	struct tags t;
	run("TREMONT ACQUISITION BIDS FOR GALVIN <GLV>",
	    "Tremont Acquisition Corp said it began a tender offer for all "
	    "shares of Galvin Corp at 30 dlrs a share. Tremont Acquisition, "
	    "a partnership formed by Ashcombe Industries Inc and Wexley "
	    "Partners, said it holds 4.9 pct of Galvin.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Ashcombe"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Wexley"));
	tags_release(&t);
	run("HARMON COMPLETES SALE OF DELTA UNIT",
	    "Harmon Inc said it completed the sale of its Delta Corp unit to "
	    "Keene Acquisition Corp for 45 mln dlrs. Harmon said Keene "
	    "Acquisition is a newly-formed corporation owned by an investors "
	    "group organized by Calloway Capital Corp and Gerald T. Marsh.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Gerald T. Marsh"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Calloway Capital"));
	tags_release(&t);
	run("HARMON COMPLETES SALE OF DELTA UNIT",
	    "Harmon Inc said it completed the sale of its Delta Corp unit to "
	    "Keene Acquisition Corp for 45 mln dlrs. Harmon said Keene "
	    "Acquisition is a company owned by Calloway Capital Corp.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.deal.investors, t.deal.ninvestors,
			 "Calloway Capital"));
	tags_release(&t);
}

/* "Reports that X might bid for Y": the sentence's first word before
 * "that" is what the clause tells of, no bidder. */
static void test_reports_that(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Reports that Harcourt Brace Jovanovich Inc might bid for "
	    "Reed International pushed Reed shares up.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Harcourt Brace Jovanovich");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Reed International");
	assert_false(has(t.companies, t.ncompanies, "Reports"));
	tags_release(&t);
}

/* "it was the target of a takeover bid": the company that says so is
 * the bid's target, not its bidder. */
static void test_target_of_bid(void **state)
{
	(void)state;
	struct tags t;
	run("REED INTL DENIES BID APPROACH",
	    "Reed International Plc denied rumours on the stock market that "
	    "it was the target of a takeover bid and said it had received no "
	    "approach.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Reed International");
	assert_null(t.deal.acquirer);
	tags_release(&t);
}

/* "X has submitted a proposal to Y for the acquisition of the
 * company": Y, the proposal's receiver, is bought; X buys. */
static void test_proposal_to_receiver(void **state)
{
	(void)state;
	struct tags t;
	run("JP INDUSTRIES <JPI> CONFIRMS PROPOSAL",
	    "JP Industries Inc confirmed the announcement by Clevite "
	    "Industries Inc <CLEV> that JP Industries has submitted a "
	    "proposal to Clevite for the acquisition of the company at 13.50 "
	    "dlrs per share in cash.", "NEW YORK, April 9", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "JP Industries");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Clevite");
	tags_release(&t);
}

/* A name's own "'s" before its suffix stays: "Alexander's Inc" is
 * Alexander's, "Lowe's Cos" Lowe's; a possessive before anything else
 * is no part of the name ("Sosnoff's offer"). */
static void test_own_s_before_suffix(void **state)
{
	(void)state;
	struct tags t;
	run("COMPLAINTS SERVED",
	    "Alexander's Inc said it received a bid from Acme Corp.  Acme's "
	    "offer was not welcomed.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Alexander's"));
	assert_true(has(t.companies, t.ncompanies, "Acme"));
	assert_false(has(t.companies, t.ncompanies, "Acme's"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Alexander's");
	tags_release(&t);
	run("DURAKON TO BE SOLD",
	    "Lowe's Cos agreed to sell its Durakon unit to Widget Corp.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Lowe's"));
	tags_release(&t);
}

/* "the capacitor business and related assets of Emhart Corp": the
 * described business is bought, Emhart sells; "the business and assets
 * of Wallco Inc" is all of Wallco. */
static void test_business_and_related_assets(void **state)
{
	(void)state;
	struct tags t;
	run("RTE <RTE> BUYS SOME EMHART <EMH> ASSETS",
	    "RTE Corp said it completed the purchase of the U.S. aluminum "
	    "electrolytic capacitor business and related assets of Emhart "
	    "Corp, for undisclosed terms.", "BROOKFIELD, WISC, June 29", NULL,
	    NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target,
			    "U.S. aluminum electrolytic capacitor business");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Emhart");
	tags_release(&t);
	run("COLOROLL AGREES TO BUY U.S. WALLCOVERINGS COMPANY",
	    "Coloroll Group Plc said it has entered into a conditional "
	    "agreement to acquire the business and assets of Wallco Inc and "
	    "related companies for 14.5 mln dlrs.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Wallco");
	tags_release(&t);
}

/* A deal put to its holders' vote awaits their approval: agreed; not a
 * proxy fight's vote. */
static void test_holders_vote_agreed(void **state)
{
	(void)state;
	struct tags t;
	run("ACME PRECISION <ACL> SETS HOLDER VOTE ON BUYOUT",
	    "Acme Precision Products Inc said it set its annual meeting for "
	    "May 14 for shareholders to vote on the proposed management-led "
	    "leveraged buyout of the company.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("WIDGET SETS MEETING",
	    "Widget Inc said shareholders will vote on Acme Corp's proposed "
	    "acquisition of Widget in a proxy contest at its annual "
	    "meeting.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* "headed by" as "led by": a group that buys (or that a sale goes to)
 * takes its leader as buyer, a person after an apposition too; a company
 * whose executive leads is no member; a company's Group headed by its
 * manager is no buying group. */
static void test_group_headed_by(void **state)
{
	(void)state;
	struct tags t;
	run("MCKESSON <MCK> SELLS CULINARY ACADEMY",
	    "McKesson Corp said it sold the California Culinary Academy of San "
	    "Francisco to an investor group headed by the academy's "
	    "president, Fred Seymour, for undisclosed terms.",
	    "SAN FRANCISCO, April 2", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Fred Seymour");
	assert_string_equal(t.deal.seller, "McKesson");
	tags_release(&t);
	run("NETI TECHNOLOGIES SELLS SUBSIDIARY",
	    "Neti Technologies Inc said it has sold for over four mln dlrs U.S. "
	    "in cash, notes and the assumption of liabilities its Huron "
	    "Leasing Inc subsidiary to a group of investors headed by a "
	    "former Huron executive.", "VANCOUVER, June 2", NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_int_equal(t.deal.ninvestors, 0);
	tags_release(&t);
	run("BHP TO MERGE UNITS",
	    "BHP said it will merge BHP Minerals and Utah International.  The "
	    "new BHP-Utah Minerals International Group will be headed by Jim "
	    "Curry as chief executive officer.", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_string_not_equal(t.deal.investors[i], "Jim Curry");
	tags_release(&t);
}

/* "nearing a deal", "closing in on a deal": talks, not an agreement. */
static void test_nearing_deal_talks(void **state)
{
	(void)state;
	struct tags t;
	run("Smucker news",
	    "The Wall Street Journal reported that J.M. Smucker Co. was "
	    "nearing a deal to buy Hostess Brands Inc.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	tags_release(&t);
	run("Smucker news",
	    "J.M. Smucker Co. is closing in on a deal to buy Hostess Brands "
	    "Inc.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	tags_release(&t);
}

/* The trades' nouns that open a sentence also say a name after them is a
 * company's: "Perth-based shipbuilder Austal". */
static void test_trade_noun_before_name(void **state)
{
	(void)state;
	struct tags t;
	run("Shipbuilder news",
	    "Perth-based shipbuilder Austal has rejected a takeover proposal "
	    "from South Korea's Hanwha Ocean.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Austal"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Austal");
	tags_release(&t);
}

/* "the acquisition price under consideration by X and Y": who weighs the
 * deal buys, the company the sentence speaks of is bought. */
static void test_considered_by(void **state)
{
	(void)state;
	struct tags t;
	run("ALEXANDER'S <ALX> SERVED WITH COMPLAINTS",
	    "Alexander's Inc said that although no proposal has been received, "
	    "the company has been served with several shareholder complaints "
	    "challenging the 47-dlr-a-share acquisition price under "
	    "consideration by Donald Trump and Interstate Properties.",
	    "NEW YORK, April 24", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Donald Trump");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Alexander's");
	tags_release(&t);
}

/* "the proposed sale of Dome": what "sale of" names is sold itself; a
 * seller guessed as the same company gives way. */
static void test_sale_of_itself(void **state)
{
	(void)state;
	struct tags t;
	run("AVIA STOCKHOLDERS SEEK TO BLOCK SALE TO REEBOK",
	    "Avia Group International Inc stockholders filed a class action "
	    "suit seeking to halt the sale of Avia to Reebok International "
	    "Ltd.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Avia Group International");
	assert_null(t.deal.seller);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* "Shares of X posted their biggest gain ... as markets foresaw a
 * takeover": whose shares move on a deal is bought, no buyer. */
static void test_shares_of_target(void **state)
{
	(void)state;
	struct tags t;
	run("DOME <DMP> BENEFITS FROM TAKEOVER SPECULATION",
	    "Shares of Dome Petroleum Ltd posted their biggest gain in months "
	    "as stock markets foresaw a takeover tug-of-war beginning for the "
	    "debt-heavy company.", "Toronto, April 13", NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dome Petroleum");
	tags_release(&t);
}

/* A headline's "SHELL ... UNIT" over a lead's "Shell Oil Co's vinyl
 * chloride monomer business": the business is bought, Shell Oil sells; a
 * headline's "BORG-WARNER BID" keeps Borg-Warner. */
static void test_headline_unit_lead_part(void **state)
{
	(void)state;
	struct tags t;
	run("OCCIDENTAL <OXY> BUYS SHELL VINYL CHLORIDE UNIT",
	    "Occidental Petroleum Corp said it has completed the acquisition "
	    "of Shell Oil Co's vinyl chloride monomer business for undisclosed "
	    "terms.", "DARIEN, Conn., June 15", NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "vinyl chloride monomer business");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Shell Oil");
	tags_release(&t);
}

/* Brands sold are a business sold: "sold four of its smoking tobacco
 * brands to John Middleton Inc". */
static void test_brands_sold(void **state)
{
	(void)state;
	struct tags t;
	run("RJR <RJR> UNIT SELLS FOUR TOBACCO BRANDS",
	    "RJR Nabisco Inc's RJ Reynolds Tobacco USA unit said it sold four "
	    "of its smoking tobacco brands to John Middleton Inc for "
	    "undisclosed terms.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "smoking tobacco brands");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "John Middleton");
	tags_release(&t);
}

/* "Corning Glass Works and Hazleton Laboratories Corp" are two firms:
 * "Works", "Laboratories", "Industries", "Mills" end a firm's name before
 * "and". */
static void test_works_and_laboratories(void **state)
{
	(void)state;
	struct tags t;
	run("CORNING <GLW>, HAZLETON <HLC> COMPLETE MERGER",
	    "Corning Glass Works and Hazleton Laboratories Corp jointly said "
	    "they completed a merger of the two companies in a deal valued at "
	    "about 120 mln dlrs.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Corning Glass Works"));
	assert_true(has(t.companies, t.ncompanies, "Hazleton Laboratories"));
	tags_release(&t);
}

/* A bid accepted is agreed, not done; an option to buy bought is a deal
 * proposed. */
static void test_accepted_offer_option(void **state)
{
	(void)state;
	struct tags t;
	run("U.K. TO SELL ROYAL ORDNANCE TO BRITISH AEROSPACE",
	    "U.K. Defence Minister George Younger said he had accepted an offer "
	    "from British Aerospace Plc to buy state-owned armaments "
	    "manufacturer Royal Ordnance for 190 mln stg.", "LONDON, April 2",
	    NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("CITY RESOURCES UNIT ACQUIRES PHILIPPINE MINE OPTION",
	    "City Resources (Asia) Ltd said it acquired an 80-day option to buy "
	    "exploration, development and operating rights for mining property "
	    "on the island of Luzon in the Philippines.", "HONG KONG, April 21",
	    NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* "its attempted takeover", "a failed bid", "an unsuccessful offer":
 * the deal ended; "oppose the attempted takeover" goes on. */
static void test_failed_bid_ended(void **state)
{
	(void)state;
	struct tags t;
	run("INTERSTATE (I) SPENT 3.5 MLN ON TAKEOVER BID",
	    "First Interstate Bank Corp spent about 3.5 mln dlrs on its "
	    "attempted takeover of BankAmerica Corp, First Interstate Chairman "
	    "Joseph Pinola said.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("NEWS",
	    "A group of United Airlines employees oppose the attempted takeover "
	    "of United by the Airline Pilots Association.", NULL, NULL, NULL,
	    &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "The target, X, is being bought" names a target the lead only
 * described; "The vendor is an affiliate of US private equity firm X"
 * names the seller X. */
static void test_target_vendor_told(void **state)
{
	(void)state;
	struct tags t;
	run("SATS to buy Paris-based cargo handler for 1.19 billion euros",
	    "SATS will acquire a Paris-headquartered air cargo handler with "
	    "operations at more than 160 stations.\n\nThe target, Worldwide "
	    "Flight Services (WFS), is being bought at an enterprise value of "
	    "1.187 billion euros. The vendor is an affiliate of US private "
	    "equity firm Cerberus Capital Management, which will be paid in "
	    "cash on completion.\n\nSATS intends to fund the purchase with "
	    "debt and an equity fund raising.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Worldwide Flight Services");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Cerberus Capital Management");
	tags_release(&t);
}

/* "Globalia, the travel group controlled by the Hidalgo family that owns
 * Air Europa": the target's owner sells. */
static void test_target_owner_seller(void **state)
{
	(void)state;
	struct tags t;
	run("IAG abandons Air Europa takeover",
	    "IAG has abandoned its plan to take over Air Europa.  As part of "
	    "the termination, IAG will pay Globalia, the travel group "
	    "controlled by the Hidalgo family that owns Air Europa, a break "
	    "fee.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Globalia");
	tags_release(&t);
}

/* A sale the lead tells with its seller, its buyer and what is sold
 * stands against a classifier that leans no; not one told as what came
 * before ("after its $40 billion sale of Arm to Nvidia collapsed"). */
static void test_sale_pair_stands(void **state)
{
	(void)state;
	struct tags t;
	run("Kirin to unload Brazil unit to Heineken for 77bn yen",
	    "TOKYO -- Kirin Holdings will sell its loss-making Brazilian beer "
	    "business to Dutch brewer Heineken for about 77 billion yen (664 "
	    "million euros), the Japanese company said Monday, marking a "
	    "retreat from a market it entered with great fanfare six years "
	    "ago.\n\nKirin bought Schincariol, a family-run brewer later "
	    "renamed Brasil Kirin, in 2011 for around 300 billion yen including "
	    "debt, hoping to ride Brazil's economic boom. Instead, the business "
	    "was hit by a deep recession and fierce competition. Kirin booked "
	    "an impairment loss of about 114 billion yen on the unit in 2015.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Heineken");
	tags_release(&t);
	run("SoftBank taps $8.5 billion margin loan backed by Arm shares",
	    "TOKYO -- SoftBank Group has borrowed $8.5 billion through a margin "
	    "loan secured against its shares in British chip designer Arm, the "
	    "Japanese technology investor said, as it looks to raise cash after "
	    "its $40 billion sale of Arm to Nvidia collapsed.\n\nSoftBank now "
	    "plans to list Arm by the end of March 2023.", NULL, NULL, NULL,
	    &t);
	assert_int_not_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
}

/* "PPF Group, the Czech investment group ..., will keep the remaining
 * stake": the holder that keeps the rest sold the part bought. */
static void test_holder_keeps_rest(void **state)
{
	(void)state;
	struct tags t;
	run("e& to buy controlling stake in PPF Telecom assets",
	    "e&, the Abu Dhabi telecoms group, has agreed to acquire a "
	    "controlling stake in PPF Telecom Group's businesses at an "
	    "enterprise value of 2.15 billion euros.\n\nPPF Group, the Czech "
	    "investment group founded by the late Petr Kellner, will keep the "
	    "remaining stake.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "PPF");
	tags_release(&t);
}

/* "in (a) bid to become world leader": an effort, no bid; the deal
 * stays agreed. */
static void test_in_bid_to(void **state)
{
	(void)state;
	struct tags t;
	run("Acme to buy Widget for $1 billion in bid to become world leader",
	    "Acme Corp will acquire Widget Inc, the companies said.", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* Reuters capitalises the word after "U.S.": "U.S. Publisher Harcourt
 * Brace Jovanovich Inc" names Harcourt Brace Jovanovich, a U.S.
 * publisher. */
static void test_country_kind_before_name(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Analysts said U.S. Publisher Harcourt Brace Jovanovich Inc "
	    "<HBJ> might bid for Reed.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies,
			"Harcourt Brace Jovanovich"));
	assert_false(has(t.companies, t.ncompanies,
			 "U.S. Publisher Harcourt Brace Jovanovich"));
	tags_release(&t);
}

/* Quoted speech opens with a capital: '... their bid, and "Given the
 * lack of' names no company "Given". */
static void test_quote_opens_capital(void **state)
{
	(void)state;
	struct tags t;
	run("HOSPITAL CORP <HCA> BOARD AGAINST BUYOUT BID",
	    "Hospital Corp of America said the board considered their bid, "
	    "and \"Given the lack of any demonstrated ability, the board "
	    "decided it was not necessary to take any action.\"",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Given"));
	assert_true(!t.deal.target ||
		    strcmp(t.deal.target, "Given") != 0);
	tags_release(&t);
}

/* Bidders listed together, names the recogniser does not know as
 * companies: "the offer it received from A, B and C" makes A the buyer
 * and all three its investors; a list whose others are the buyer under
 * another name adds none. */
static void test_listed_bidders(void **state)
{
	(void)state;
	struct tags t;
	run("HOSPITAL CORP <HCA> BOARD AGAINST BUYOUT BID",
	    "Hospital Corp of America said its management believes the 47 "
	    "dlr per share acquisition offer it received from Charles R. "
	    "Miller, Richard E. Ragsdale and Richard L. Scott is not in the "
	    "best interest of shareholders.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Charles R. Miller");
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Richard E. Ragsdale"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Richard L. Scott"));
	tags_release(&t);
	run("BARCO <BRC> BOARD APPROVES LEVERAGED BUYOUT",
	    "Barco of California said its board approved an offer from its "
	    "chairman Kenneth Donner and President Michael Donner to purchase "
	    "all the outstanding Barco common shares at 5.05 dlrs per share.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 0);
	tags_release(&t);
}

/* A lead that buys "a Norwegian drafting machines company", then a
 * sentence naming the buyer before "purchased X, a division of Y": X is
 * the target, Y the seller. */
static void test_described_target_next(void **state)
{
	(void)state;
	struct tags t;
	run("(CLARK COPY) BUYS NORWEGIAN FIRM",
	    "Clark Copy International Corp said it bought a Norwegian "
	    "drafting machines company for three mln U.S. dlrs.\n"
	    "Clark Copy said its majority-owned Norwegian subsidiary, "
	    "Interactive Computer Aids Co of Norway, purchased Kongsberg "
	    "Drafting Systems, a division of Norwegian state-owned Kongsberg "
	    "Vappenfabrikk.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kongsberg Drafting Systems");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kongsberg Vappenfabrikk");
	tags_release(&t);
}

/* A tender offer its target agreed to, under a merger agreement, is
 * agreed though the headline tells the offer to come; not when the
 * agreement is another buyer's, nor a standstill agreement. */
static void test_tender_under_agreement(void **state)
{
	(void)state;
	struct tags t;
	run("CHRYSLER <C> TO TENDER FOR ELECTROSPACE <ELE>",
	    "Chrysler Corp said Electrospace Systems Inc agreed to be acquired "
	    "under a merger agreement in which Chrysler will tender 27 dlrs a "
	    "share for 100 pct of the defense electronics contractor.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("GILLETTE <GS> GETS OFFER FROM REVLON <REV>",
	    "Gillette Co said it received an offer from Revlon Group Inc to "
	    "buy the company. Gillette said consent for the bid is required "
	    "under a standstill agreement between Revlon and Gillette.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* Money invested to form a venture: the venture is the deal, not an
 * investment in nothing named ("will invest about 2.4 billion euros to
 * form a joint venture with Horizon Robotics"; a title-case headline's
 * "to Invest ... in Autonomous-Driving Venture With"), and the lead's
 * partners fill the headline's venture. */
static void test_invest_to_form_venture(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Volkswagen Group's software unit Cariad will invest about "
	    "2.4 billion euros ($2.3 billion) to form a joint venture with "
	    "Chinese chip designer Horizon Robotics.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Horizon Robotics"));
	assert_int_equal(kind_of(&t, "2.4 billion euros ($2.3 billion)"),
			 AMOUNT_DEAL);
	tags_release(&t);
	run("Cariad to Invest 2.4 Billion Euros in Autonomous-Driving Venture "
	    "With Horizon Robotics",
	    "Volkswagen Group's software unit Cariad will invest about 2.4 "
	    "billion euros ($2.3 billion) to form a joint venture with "
	    "Chinese chip designer Horizon Robotics.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	run("GM, LG Chem to invest $2.3 billion in Ohio battery cell venture",
	    "General Motors Co and South Korea's LG Chem Ltd said on Thursday "
	    "they would form a 50-50 joint venture and invest $2.3 billion to "
	    "build a battery cell plant in Ohio.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "General Motors"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "LG Chem"));
	tags_release(&t);
}

/* "as Pallotta era ends": an era, a season or a tenure that ends ends
 * no deal. */
static void test_era_ends(void **state)
{
	(void)state;
	struct tags t;
	run("Friedkin completes AS Roma takeover as Pallotta era ends",
	    "AS Roma officially changed hands on Monday as Texan billionaire "
	    "Dan Friedkin completed his takeover of the Serie A club from "
	    "American businessman James Pallotta.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* "after raising $US200 million", "after acquiring further shares": a
 * deal word's gerund after "after" tells a deal done. */
static void test_after_gerund_done(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Brisbane-founded workplace learning platform Go1 has become "
	    "Australia's newest tech unicorn after raising $US200 million in a "
	    "Series D round led by SoftBank Vision Fund 2.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* A seller told in so many words ("The seller is Emaar Malls"), or as
 * the target's owner in an apposition ("Kaola, the ... platform owned by
 * NetEase"). */
static void test_seller_told(void **state)
{
	(void)state;
	struct tags t;
	run("Noon to buy online fashion retailer Namshi in Dh1.23 billion deal",
	    "Noon, the e-commerce platform, has agreed to acquire regional "
	    "online fashion retailer Namshi for Dh1.23 billion in cash.\n\n"
	    "The seller is Emaar Malls, which has owned all of Namshi since "
	    "2019.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_true(strncmp(t.deal.seller, "Emaar", 5) == 0);
	tags_release(&t);
	run("X", "Alibaba Group Holding is poised to buy Kaola, the cross-border "
	    "e-commerce platform owned by NetEase, for about US$2 billion.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "NetEase");
	assert_string_equal(t.deal.target, "Kaola");
	tags_release(&t);
}

/* A known company's name, a word of what its unit does and a place
 * name the unit ("Starbucks Coffee Korea", "BP North America"), written
 * apart; not a name joined to another by a hyphen ("Shell-Esso Gannet
 * North Sea"). */
static void test_unit_word_and_place(void **state)
{
	(void)state;
	struct tags t;
	run("X", "E-mart will buy a stake in Starbucks Coffee Korea from "
	    "Starbucks Corp.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Starbucks Coffee Korea"));
	tags_release(&t);
	run("X", "Kittiwake is the only field in the Shell-Esso Gannet North "
	    "Sea oil and gas cluster still being considered.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies,
			 "Shell-Esso Gannet North Sea"));
	tags_release(&t);
}

/* "would raise the cost of living", "raised concerns": what is raised
 * is no money given, and no names come of it. */
static void test_raise_cost_concerns(void **state)
{
	(void)state;
	struct tags t;
	run("Orvelia unveils Sh3.68 trillion budget",
	    "The spending plan is anchored on the Finance Bill 2023.\n\n"
	    "Opposition leaders and business lobbies have criticised the tax "
	    "measures, warning that they would raise the cost of living for "
	    "households.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("X", "Analysts said the plan raised concerns about Orvel Corp's "
	    "debt.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "completed his takeover of Y from X": X sells, as after "purchase
 * of"; not a "takeover bid" whose sentence cites an opinion "from" an
 * adviser. */
static void test_takeover_of_from(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Friedkin Group completed its takeover of AS Roma from Raptor "
	    "Holdings.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Raptor");
	tags_release(&t);
	run("X", "The Orvel board voted to reject Kestrel Corp's takeover bid, "
	    "citing an opinion from its financial adviser, Morgan Stanley and "
	    "Co Inc, that it is inadequate.", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "genomics startup 54gene": figures then lower-case letters, after a
 * noun of what a company is, name it; not a figure elsewhere. */
static void test_figures_name(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Nigerian genomics startup 54gene has raised $25 million in a "
	    "Series B round led by Adjuvant Capital.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "54gene");
	tags_release(&t);
	run("X", "Orvel Corp sold 20kg of gold to Kestrel Ltd.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "20kg"));
	tags_release(&t);
}

/* A debt's word that names a line of business ("its payment and
 * lending services") makes no round's money a loan. */
static void test_lending_services(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Orvel Financial has completed a $14 billion Series C round, "
	    "as the company pushes to expand its payment and lending "
	    "services.", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$14 billion"), AMOUNT_FUNDING);
	tags_release(&t);
	run("X", "Orvel Financial said it arranged a $14 million loan from "
	    "its banks.", NULL, NULL, NULL, &t);
	assert_int_not_equal(kind_of(&t, "$14 million"), AMOUNT_FUNDING);
	tags_release(&t);
}

/* "GIC and Temasek Holdings": two companies the gazetteer knows, joined
 * by "and" before a suffix, are two names; "Procter and Gamble Co" and
 * "Donaldson Lufkin and Jenrette Securities Corp" stay one. */
static void test_two_known_and_suffix(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Investors in the round included Singapore's GIC and Temasek "
	    "Holdings.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "GIC"));
	assert_true(has(t.companies, t.ncompanies, "Temasek"));
	tags_release(&t);
	run("X", "Donaldson Lufkin and Jenrette Securities Corp said it sold "
	    "the unit.", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies,
			"Donaldson Lufkin and Jenrette Securities"));
	tags_release(&t);
}

/* "The buyers also include the Abu Dhabi Investment Authority": a
 * sentence that opens with "The buyers" (or "The consortium") and a verb
 * of membership names members, past an article. */
static void test_buyers_include(void **state)
{
	(void)state;
	struct tags t;
	run("Orvel sells skin health unit to EQT-led group for CHF10.2 billion",
	    "Orvel has agreed to sell its skin health business to a "
	    "consortium led by Swedish private equity firm EQT for CHF10.2 "
	    "billion.\n\nThe buyers also include the Abu Dhabi Investment "
	    "Authority, Orvel said on Thursday.", NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Abu Dhabi Investment Authority"));
	tags_release(&t);
}

/* "transactions worth over $9 billion", "orders worth": a volume of
 * business, no deal's price. */
static void test_volume_worth(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Orvelwave has raised $170 million in a Series C round. The "
	    "company says it has processed more than 140 million transactions "
	    "worth over $9 billion since launch.", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$9 billion"), AMOUNT_OTHER);
	tags_release(&t);
}

/* "a strategy to invest SR142 billion in acquisitions", "pledged to
 * invest": a programme's budget, no deal's price. */
static void test_invest_programme(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Games to acquire Orvel for $4.9bn",
	    "Kestrel Games Group has agreed to acquire US mobile games "
	    "developer Orvel for $4.9 billion.\n\n"
	    "Kestrel was launched last year with a strategy to invest SR142 "
	    "billion in acquisitions, minority stakes and the development of "
	    "game studios.", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$4.9 billion"), AMOUNT_DEAL);
	assert_int_equal(kind_of(&t, "SR142 billion"), AMOUNT_OTHER);
	tags_release(&t);
}

/* What a company owns, sold: "the X division of British group Y" and
 * "Y's steelmaking coal mines" name Y the seller, the part the target. */
static void test_owner_of_part_sells(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL TAKES OVER ORRIN AUDIO UNIT",
	    "Kestrel Electronique SA has taken over the audiovisual consumer "
	    "goods division of British group Orrin Industries Plc, Kestrel "
	    "said.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orrin");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "audiovisual consumer goods division");
	tags_release(&t);
	run("Kestrel walks away from Orrin coal deal",
	    "Kestrel Energy said on Tuesday it had terminated its agreement to "
	    "buy a package of Orrin Resources' steelmaking coal mines in "
	    "Australia for up to $3.78 billion.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orrin Resources");
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* A holder that sells or tenders its stake in the deal sells: after an
 * apposition ("X's largest shareholder, Y, is selling its entire
 * stake") or a relative clause; not one asked to sell, nor one that
 * will not.  A headline's tender offer that the lead says succeeded is
 * completed. */
static void test_holder_sells_its_stake(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy control of Orvel for $16 billion",
	    "Kestrel Inc agreed to buy a 77 percent stake in Orvel for $16 "
	    "billion.\n\nOrvel's largest shareholder, Tessaro Group, is "
	    "selling its entire stake of about 20 percent, its chief "
	    "executive said.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tessaro");
	tags_release(&t);
	run("Kestrel wins Orrin Chemical in tender offer",
	    "Kestrel Denko said on Tuesday that its tender offer for Orrin "
	    "Chemical had succeeded.\n\nTessaro, which owned 51% of Orrin "
	    "Chemical, tendered all of its shares.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tessaro");
	tags_release(&t);
	run("Kestrel in talks to buy Orvel",
	    "Kestrel Group is in advanced talks to acquire a controlling "
	    "stake in Orvel.\n\nTessaro Group, Orvel's largest shareholder "
	    "with close to 30%, is expected to sell its entire holding, the "
	    "people said.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tessaro");
	tags_release(&t);
	run("Kestrel in talks to buy Orvel",
	    "Kestrel Group is in advanced talks to acquire a controlling "
	    "stake in Orvel.\n\nTessaro Group said it would not sell its "
	    "shares in Orvel.", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("KESTREL AGREES TO BUY ORVEL",
	    "Kestrel Inc agreed to buy Orvel Corp for 50 mln dlrs.\n\n"
	    "Orvel said it asked a court to order Tessaro Group to sell its "
	    "Orvel shares.", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
}


static void test_names_and_places(void **state)
{
	(void)state;
	struct tags t;
	run("Bank of America Corp names new chief",
	    "Bank of America Corp said President Jack Ma would not join. "
	    "China Mobile Ltd and U.K. lenders were not involved.\n\n"
	    "The West German regulator declined to comment.\n",
	    NULL, NULL, NULL, &t);
	/* a country inside a company name is not a story place */
	assert_false(has_country(&t, "US"));
	assert_true(has(t.companies, t.ncompanies, "Bank of America"));
	assert_true(has(t.companies, t.ncompanies, "China Mobile"));
	assert_false(has_country(&t, "CN"));
	assert_true(has(t.people, t.npeople, "Jack Ma"));
	/* the lead's "U.K. lenders" makes an undated story British; the
	 * body's one "West German" does not, and the places list keeps
	 * the story's countries only */
	assert_true(has_country(&t, "GB"));
	assert_false(has_country(&t, "DE"));
	for (size_t i = 0; i < t.nplaces; i++)
		assert_true(has_country(&t, t.places[i].code));
	tags_release(&t);

	run("Rates steady", "Nothing else.", "TOKYO, March 3", NULL, NULL, &t);
	assert_true(has_country(&t, "JP"));
	assert_true(has_region(&t, "east-asia"));
	assert_true(has_region(&t, "asia"));
	tags_release(&t);

	/* a short mention resolves to the full name seen before */
	run("Deal news",
	    "Alibaba Group Holding Ltd said on Monday it was pleased. "
	    "Later, Alibaba added that talks went well.", NULL, NULL, NULL, &t);
	assert_int_equal(t.ncompanies, 1);
	assert_string_equal(t.companies[0], "Alibaba");
	tags_release(&t);
}

static unsigned common_count(void *user, const char *source, uint64_t hash)
{
	(void)source;
	return hash == *(uint64_t *)user ? EX_COMMON_MIN : 0;
}

static int has_place(const struct tags *t, const char *name)
{
	for (size_t i = 0; i < t->nplaces; i++)
		if (!strcmp(t->places[i].name, name))
			return 1;
	return 0;
}

/* What names no place of the story, and what weighs more than a mention. */
static void test_not_places(void **state)
{
	(void)state;
	struct tags t;
	/* currencies: symbols and names */
	run("Orchid Foods raises S$40 million",
	    "Orchid Foods Pte Ltd raised S$40 million (US$29.6 million) from "
	    "investors, and a further HK$12 million and A$3 million, paid "
	    "in Hong Kong dollars and Australian dollars.\n",
	    "SINGAPORE, May 4", NULL, NULL, &t);
	assert_true(has_country(&t, "SG"));
	assert_false(has_country(&t, "US"));
	assert_false(has_country(&t, "HK"));
	assert_false(has_country(&t, "AU"));
	tags_release(&t);

	/* newspapers, funds and "New England" */
	run("Harbour Trust weighs offer for Lanterne Mills",
	    "Harbour Trust Inc is weighing an offer for Lanterne Mills Corp, "
	    "the New York Post and the Bangkok Post reported, citing the "
	    "Korea Fund and the Asia Pacific Fund, which hold shares.  "
	    "Bank of New England Corp advised.\n",
	    "BOSTON, June 2", NULL, NULL, &t);
	assert_true(has_country(&t, "US"));
	assert_false(has_country(&t, "TH"));
	assert_false(has_country(&t, "KR"));
	assert_false(has_country(&t, "GB"));
	assert_true(has(t.companies, t.ncompanies, "Bank of New England"));
	assert_false(has(t.companies, t.ncompanies, "England"));
	tags_release(&t);

	/* an event's name is no place of the story */
	run("Kestrel Air orders 40 jets",
	    "Kestrel Air, the Indian startup airline, ordered 40 jets, the "
	    "companies announced at the Dubai Airshow on Tuesday.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "IN"));
	assert_false(has_country(&t, "AE"));
	tags_release(&t);

	/* a city opening an investment firm's name is no place of the
	 * story; a country's word opening one stays */
	run("Tamsin raises 80 billion won",
	    "Tamsin, a South Korean furniture chain, said it raised 80 "
	    "billion won from Wellington Management and Providence Equity "
	    "Partners, with Korea Investment Partners taking part.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "KR"));
	assert_false(has_country(&t, "NZ"));
	assert_false(has_country(&t, "US"));
	assert_true(has(t.companies, t.ncompanies, "Wellington Management"));
	assert_false(has(t.companies, t.ncompanies, "Management"));
	/* two firms' names joined by "and", each ending as a firm's does */
	assert_true(has(t.companies, t.ncompanies, "Providence Equity"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], " and "));
	tags_release(&t);

	run("Corvane Bank agrees merger",
	    "Corvane Bank and Halden Midland Banks Inc agreed to merge, "
	    "and Prudent Capital and Investment Services Corp advised.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Corvane Bank"));
	assert_true(has(t.companies, t.ncompanies, "Halden Midland Banks"));
	/* ... but not before a business's word: one firm */
	assert_false(has(t.companies, t.ncompanies, "Prudent Capital"));
	tags_release(&t);

	/* "Bristol, Va.": the state decides, in the dateline and the text */
	run("Piedmont Coal buys mine",
	    "Piedmont Coal Co said it bought a mine near Bristol, Va., from "
	    "Ridge Energy Inc.\n",
	    "BRISTOL, Va., March 3", NULL, NULL, &t);
	assert_true(has_country(&t, "US"));
	assert_false(has_country(&t, "GB"));
	tags_release(&t);

	/* a body dateline in capitals before a dash */
	run("Kencana unit takes up shares",
	    "JAKARTA - Kencana Agri Tbk said its unit bought new shares.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "ID"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "JAKARTA"));
	tags_release(&t);

	/* exchanges of listings and tickers' suffixes */
	run("Brightwater drops pursuit of Kestrel Pharma",
	    "Brightwater (Frankfurt: BW3.F) said it would not bid for Kestrel "
	    "Pharma (4471.HK), the Canadian drugmaker.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "CA"));
	assert_false(has_country(&t, "DE"));
	assert_false(has_country(&t, "HK"));
	tags_release(&t);

	/* undated: a city in the lead paragraph where a plant stands is
	 * not the story's country; an exchange a party files with is; the
	 * body's dateline, a wire's name in brackets after it or not, is
	 * (as the annotated sets count a dateline) */
	run("Marula Meats buys abattoir",
	    "DENVER (Wirefeed) - Marula Meats, the South African butcher, "
	    "will buy an abattoir near Wellington for R200 million, it said "
	    "in a filing to the Johannesburg Stock Exchange.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "ZA"));
	assert_false(has_country(&t, "NZ"));
	assert_true(has_country(&t, "US"));
	tags_release(&t);
	run("Rhein Pumpen sells majority to Hunan Crane",
	    "Hunan Crane Co will buy 80% of Rhein Pumpen GmbH, the German "
	    "pump maker, for 200 million euros, Hunan Crane said in a filing "
	    "to the Shenzhen Stock Exchange.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "DE"));
	assert_true(has_country(&t, "CN"));
	tags_release(&t);
}

/* The parties' countries weigh more than countries named in passing. */
static void test_party_countries(void **state)
{
	(void)state;
	struct tags t;
	run("Melati Logistics to buy cold-chain firm",
	    "Jakarta-based Melati Logistics agreed to buy Segar Dingin, a "
	    "cold-storage operator.\n\n"
	    "The market is growing faster than in Vietnam, Thailand or "
	    "the Philippines, analysts said.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "ID"));
	assert_false(has_country(&t, "VN"));
	assert_false(has_country(&t, "TH"));
	assert_false(has_country(&t, "PH"));
	tags_release(&t);

	/* an investment's investor is its buyer: its country is the
	 * story's */
	run("Microsoft to invest US$2.2 billion in Velden Data",
	    "KUALA LUMPUR: Microsoft will invest US$2.2 billion in Velden "
	    "Data Sdn Bhd, a Malaysian cloud operator, over four years.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_INVESTMENT);
	assert_true(has_country(&t, "MY"));
	assert_true(has_country(&t, "US"));
	tags_release(&t);

	/* a party told by its country and trade ("the US card company
	 * would pay"); not a noun it modifies ("the Swiss bank account"), a
	 * central bank, nor an apposition's company ("Valitor, the
	 * Icelandic payments company," of another deal) */
	run("Orvia to take 20% stake in Kestrel",
	    "Orvia Inc is set to acquire a minority stake in Kestrel, the "
	    "Lagos-based payments company said on Tuesday.\n\n"
	    "Kestrel did not disclose terms, but a source confirmed a report "
	    "that the US card company would pay $200 million for the stake, "
	    "arranged with the Japanese company's help. "
	    "The money went to the Swiss bank account of a founder, and the "
	    "U.K. central bank may have bought naira.  Kestrel bought "
	    "Valitor, the Icelandic payments company, last year.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "NG"));
	assert_true(has_country(&t, "US"));
	assert_true(has_country(&t, "JP"));
	assert_false(has_country(&t, "CH"));
	assert_false(has_country(&t, "GB"));
	assert_false(has_country(&t, "IS"));
	tags_release(&t);

	/* the parties' rivals are not the story's */
	run("Hanbit Holdings wins race for cable maker",
	    "Hanbit Holdings beat Italy's Fonti Group and Brazil's Cabos "
	    "Norte to buy a controlling stake in Seoul Wire, South Korea's "
	    "largest cable maker.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "KR"));
	assert_false(has_country(&t, "IT"));
	assert_false(has_country(&t, "BR"));
	tags_release(&t);

	/* no place named: the suffix of the parties, then the currency */
	run("Teguh Maju to dispose of warehouse",
	    "Teguh Maju Sdn Bhd will sell a warehouse to Bintang Kargo Sdn "
	    "Bhd for RM12 million.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "MY"));
	assert_true(has_place(&t, "Malaysia"));
	tags_release(&t);
	run("Kirin Paper lifts dividend",
	    "Kirin Paper (3941 JT) will pay 40 yen a share, it said.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "JP"));
	tags_release(&t);
	run("Varanasi Textiles sells spinning unit",
	    "Varanasi Textiles will sell its spinning unit for Rs 85 crore, "
	    "it told the exchange.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "IN"));
	tags_release(&t);

	/* the deal's own price in a country's currency is that country's
	 * deal, where the text names only the other side's */
	run("Kestrel Capital agrees to buy Halden Packaging",
	    "Kestrel Capital, an investment firm based in the U.S., agreed "
	    "to acquire Halden Packaging for £1.2 billion ($1.6 billion).\n\n"
	    "Halden's shareholders will receive 410p a share in cash.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "US"));
	assert_true(has_country(&t, "GB"));
	tags_release(&t);
	/* "US investment firm X": two words between the place and X */
	run("Delivery app Zelta gets $100m",
	    "Zelta, the food delivery platform in Pune, has pulled in about "
	    "$102 million from US investment firm Tiger Wing Management as "
	    "part of its Series J round.\n",
	    "MUMBAI, Oct 3", NULL, NULL, &t);
	assert_true(has_country(&t, "IN"));
	assert_true(has_country(&t, "US"));
	tags_release(&t);
	/* "X of the U.S." is tied to X as "X of Japan" is */
	run("Hartley buys control of Dunmore Steel",
	    "Hartley Group Plc said its tender offer for Dunmore Steel Corp "
	    "of the U.S. expired and it now holds 56 pct of the shares.\n",
	    "LONDON, March 18", NULL, NULL, &t);
	assert_true(has_country(&t, "GB"));
	assert_true(has_country(&t, "US"));
	tags_release(&t);
	/* an amount only mentioned keeps its currency to itself */
	run("Nordvik Bank sells yen bonds",
	    "LONDON, March 4 - Nordvik Bank is issuing 15 billion yen of "
	    "five-year bonds priced at 101-1/4, lead manager Daiwa Europe "
	    "said.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "GB"));
	assert_false(has_country(&t, "JP"));
	tags_release(&t);

	/* a possessive place before a name with a suffix is the party's
	 * country, not a word of its name */
	run("Lindqvist Foods nears deal for bakery chain",
	    "Chile's Panaderia Andes SA is close to buying a bakery chain "
	    "that Sweden’s Lindqvist Foods AB owns, a newspaper in Lima "
	    "reported.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "CL"));
	assert_true(has_country(&t, "SE"));
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_null(strstr(t.companies[i], "Chile"));
		assert_null(strstr(t.companies[i], "Sweden"));
	}
	tags_release(&t);
}

/* Company names are names: no headline words, suffixes, tickers. */
static void test_company_names(void **state)
{
	(void)state;
	struct tags t;
	/* a number between two words of a name is one of them; a number
	 * opening a phrase is not */
	run("BANC ONE TO BUY OHIO BANK",
	    "Meridian One Corp said it agreed to acquire Lakeview Savings "
	    "Bank from Stanmore One Holdings for 30 mln dlrs. One Lakeview "
	    "director voted against the sale.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Meridian One"));
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Meridian One");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Stanmore One");
	assert_false(has(t.companies, t.ncompanies, "One Lakeview"));
	tags_release(&t);
	/* a place and "Bank" open a bank's name; not "U.S. Bank" (the
	 * word after "U.S.") nor "Bank of ..." */
	run("Zelta raises funds",
	    "Halden Capital, Norvik Holdings and Osaka Bank also came in as "
	    "new backers of Zelta, which raised 40 mln dlrs.  U.S. Bank "
	    "shares fell, the Bank of Japan said.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Osaka Bank"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Osaka Bank"));
	assert_false(has(t.companies, t.ncompanies, "U.S. Bank"));
	tags_release(&t);
	/* particles inside a name: an elided "d'", "et" (not "et al") */
	run("VALMONT TAKES MAJORITY STAKE IN MAISON D'ARGENT",
	    "Valmont Holding AG said it acquired a majority interest in "
	    "Maison d'Argent SA, and Perrin et Fils SA sold its stake; "
	    "Rocca et al. advised.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Maison d'Argent"));
	assert_true(has(t.companies, t.ncompanies, "Perrin et Fils"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Maison d'Argent");
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "et al"));
	tags_release(&t);

	/* a thrift's name ends in what it is and may hold a place; "Savings
	 * and Loan" is its own "and" and "loan", no other */
	run("BRENTFORD FINANCIAL <BFC> UNIT IN PURCHASE",
	    "Eastern Iowa Savings Bank said it made a 25 pct investment in "
	    "<Halder Mortgage Co>.  Lakeshore Savings and Loan Association "
	    "said it would bid too, and Brentford Financial Corp also said "
	    "the merger of Cobb and Marston Savings Bank was approved.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Eastern Iowa Savings Bank");
	assert_true(has(t.companies, t.ncompanies,
			"Lakeshore Savings and Loan Association"));
	assert_true(has(t.companies, t.ncompanies, "Marston Savings Bank"));
	tags_release(&t);
	/* "May" opens a name before a capital; a county, a city, a generic
	 * word alone are none */
	run("ORRIN <ORN> COMPLETES MAY <MEP> BUY",
	    "Orrin Partners Ltd said it completed the acquisition of May "
	    "Oilfield Partners Ltd, which owns gas wells in Dale County, "
	    "and the gas system of the City of Halton for about 2 mln dlrs.  "
	    "Du Marre Co holds the rest, the World Bank said.\nNote: "
	    "figures are unaudited.",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "May Oilfield"));
	assert_true(has(t.companies, t.ncompanies, "Du Marre"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "May Oilfield");
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_string_not_equal(t.companies[i], "Oilfield");
		assert_string_not_equal(t.companies[i], "Dale County");
		assert_string_not_equal(t.companies[i], "City");
		assert_string_not_equal(t.companies[i], "Marre");
		assert_string_not_equal(t.companies[i], "World");
		assert_string_not_equal(t.companies[i], "Note");
	}
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_string_not_equal(t.companies[i], "Eastern");
		assert_null(strstr(t.companies[i], "Cobb and"));
	}
	tags_release(&t);
	/* a place before a suffix that says what the business is keeps it
	 * ("U.S. Bancorp", "Texas Industries"); "Japan Inc" is a phrase */
	run("U.S. BANCORP <USBC> TO BUY HARLAND BANK",
	    "U.S. Bancorp said it agreed to acquire Harland Bank Corp for 40 "
	    "mln dlrs. Texas Industries Inc, a cement maker, was not part of "
	    "the talks, and Japan Inc was not mentioned.", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "U.S. Bancorp");
	assert_true(has(t.companies, t.ncompanies, "Texas Industries"));
	assert_false(has(t.companies, t.ncompanies, "Texas"));
	assert_false(has(t.companies, t.ncompanies, "Japan Inc"));
	assert_false(has(t.companies, t.ncompanies, "Japan"));
	tags_release(&t);
	/* a wire story's line breaks are no name's end; two "and"s make a
	 * list; a suffix before "and" ends a name; the gazetteer's name
	 * wins ("IBM") */
	run("KESTREL <KST> BUYS STAKE",
	    "Kestrel Partners said it bought shares of Lindell\n"
	    "Properties Inc from Wagner and Brown and Orrin\n"
	    "Industries Inc through Salomon Brothers Inc and Dorsey\n"
	    "Lambert Inc, and sold others to International Business\n"
	    "Machines Corp.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Lindell Properties"));
	assert_true(has(t.companies, t.ncompanies, "Dorsey Lambert"));
	assert_true(has(t.companies, t.ncompanies, "IBM"));
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_string_not_equal(t.companies[i], "Properties");
		assert_null(strstr(t.companies[i], "Brown and Orrin"));
		assert_null(strstr(t.companies[i], "Brothers Inc and"));
	}
	tags_release(&t);

	run("CORAL BAY <CBAY> RECEIVED BID, TERMINATES TALKS",
	    "Coral Bay Corp <CBAY> said it received a bid from Halden "
	    "Industries Inc and terminated talks with Ltd holders.  "
	    "Canada's Norquay Mining Ltd and the Norquay unit of Japan's "
	    "Sato Shoji KK were not interested.  It sold 7-5/8 pct notes "
	    "at par, said spokesman John Weller.\n",
	    "TORONTO, April 2", NULL, NULL, &t);
	static const char *const bad_words[] = {
		"Received", "Terminates", "Talks", "Ltd", "Notes", "Not",
		"Interested", "Canada", "Japan", "<", "\n", "John Weller",
		"7-5/8",
	};
	for (size_t i = 0; i < t.ncompanies; i++) {
		for (size_t k = 0; k < ARRAY_SIZE(bad_words); k++)
			if (strstr(t.companies[i], bad_words[k]))
				fail_msg("company '%s' has '%s'",
					 t.companies[i], bad_words[k]);
		assert_true(strcmp(t.companies[i], "Unit") != 0);
	}
	assert_true(has(t.companies, t.ncompanies, "Coral Bay"));
	assert_true(has(t.companies, t.ncompanies, "Norquay Mining"));
	tags_release(&t);

	/* a generic word alone is no company, whatever the headline's
	 * capitals made of it: a bank's name cut to "Savings", a source's
	 * typo leaving "Poultry" */
	run("SOCIETY FOR SAVINGS <SOCS.O> FORMS PARENT",
	    "Society for Savings said its shareholders approved a plan to "
	    "form a holding company, and it agreed to acquire Norwell Trust "
	    "Co for 30 mln dlrs.", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_string_not_equal(t.companies[i], "Savings");
	if (t.deal.acquirer)
		assert_string_not_equal(t.deal.acquirer, "Savings");
	tags_release(&t);
	static const struct sides_case cut_name[] = {
		{"GOLDEN POULTRY <CHIK> TO MAKE ACQUISITION",
		 "golden Poultry Co Inc said it has signed a letter of intent "
		 "to purchase privately-held food distributor Don Lowe Foods "
		 "Inc.", DEAL_ACQUISITION, NULL, "Don Lowe Foods"},
	};
	check_sides(cut_name, ARRAY_SIZE(cut_name));

	/* an acronym in brackets repeats its company; a possessive place
	 * is not part of the name */
	run("Star Harbour Media eyes plantation stake",
	    "Star Harbour Media Group (SHM) will buy 13% of Matang Bhd.  "
	    "SHM said Vietnam's Song Hong Paper would not bid.\n",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_true(strcmp(t.companies[i], "SHM") != 0);
		assert_null(strstr(t.companies[i], "Vietnam"));
	}
	tags_release(&t);

	/* "First" starts a name before a capital ("First Boston Corp"),
	 * never across a comma; a deal's party keeps it */
	run("Harland Tool to be bought by First Kestrel",
	    "First Kestrel Corp said it agreed to acquire Harland Tool Co. "
	    "First, Harland Tool Co will sell its Ohio unit.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "First Kestrel"));
	assert_false(has(t.companies, t.ncompanies, "Kestrel"));
	assert_false(has(t.companies, t.ncompanies, "First Harland Tool"));
	assert_false(has(t.companies, t.ncompanies, "First, Harland Tool"));
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "First Kestrel");
	tags_release(&t);

	/* a listing in brackets names the company before it, never a
	 * dateline's place or a photo credit's word */
	run("Shares mixed in late trade",
	    "LONDON/NEW YORK (Frankfurt: ZX6.F - news) - Shares of Zantrex "
	    "(NYSE: ZTX - news) rose 3 pct while Velmora (VLM.L) fell.  "
	    "Reporting by Orla Quist (Photo: AFP).\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Zantrex"));
	assert_true(has(t.companies, t.ncompanies, "Velmora"));
	assert_false(has(t.companies, t.ncompanies, "NEW YORK"));
	assert_false(has(t.companies, t.ncompanies, "Orla Quist"));
	assert_false(has(t.companies, t.ncompanies, "ZTX"));
	tags_release(&t);
}

/* What the words around a name say it is: "payments startup X", "X, the
 * online furniture platform,"; never a person, a ship, a rig, an adverb
 * or a place. */
static void test_described_names(void **state)
{
	(void)state;
	struct tags t;
	run("Furniture seller lands new funds",
	    "Veloria, the online furniture platform, said it raised $20 "
	    "million from Kestrel Ventures.  Payments startup Quillpay and "
	    "gas producer Tarrant joined.  Furthermore, the company, which "
	    "is based in Jakarta, hired staff.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Veloria"));
	assert_true(has(t.companies, t.ncompanies, "Quillpay"));
	assert_true(has(t.companies, t.ncompanies, "Tarrant"));
	assert_false(has(t.companies, t.ncompanies, "Furthermore"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Veloria");
	tags_release(&t);

	run("Harbour news in brief",
	    "Real estate developer Dana Whitlock bought a house.  The "
	    "aircraft carrier Kitty Hawk sailed and the drilling platform "
	    "West Vision was towed.  \"If I were a bank I'm not sure,\" he "
	    "said.  Alpha said it is South Korea's biggest maker.  Power "
	    "supplier Keldon Energy and Swedish private equity firm Norvik "
	    "Partners left.  Fashion designer Lena Korvald joined British "
	    "chip designer Zorvex at a fair.\n",
	    NULL, NULL, NULL, &t);
	static const char *const not_companies[] = {
		"Dana Whitlock", "Kitty Hawk", "Kitty", "West Vision", "I'm",
		"Im", "South", "Keldon Energy and Swedish", "Lena Korvald",
	};
	for (size_t k = 0; k < ARRAY_SIZE(not_companies); k++)
		if (has(t.companies, t.ncompanies, not_companies[k]))
			fail_msg("'%s' taken for a company", not_companies[k]);
	assert_true(has(t.companies, t.ncompanies, "Keldon Energy"));
	assert_true(has(t.companies, t.ncompanies, "Zorvex"));
	tags_release(&t);

	/* plurals: "among the biggest suppliers", a list after a plural;
	 * never a person after one, nor a name before "the banks" */
	run("Machinery maker sold",
	    "Krausmeyer, among the biggest machinery suppliers in Germany, "
	    "has been bought by investors.  Among them are investment "
	    "companies Agira Capital and Guoxi International.  The chairman "
	    "of both companies Lin Kashan said so.  According to Farano, the "
	    "creditor banks agreed.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Krausmeyer"));
	assert_true(has(t.companies, t.ncompanies, "Agira Capital"));
	assert_true(has(t.companies, t.ncompanies, "Guoxi International"));
	assert_false(has(t.companies, t.ncompanies, "Lin Kashan"));
	assert_false(has(t.companies, t.ncompanies, "Farano"));
	assert_false(has(t.companies, t.ncompanies, "Among"));
	tags_release(&t);
}

/* A party named by its acronym keeps the text's spelling, and one
 * written in brackets after its name is listed once. */
static void test_party_acronyms(void **state)
{
	(void)state;
	struct tags t;
	run("Sentosa Group Unit KMP Takes Up Shares in Rubber Firm DRS",
	    "PT Karya Mitra Persada (KMP) has taken up new shares issued by "
	    "PT Damai Raya Sejahtera (DRS), worth IDR 20 billion.  KMP "
	    "bought into DRS to widen its rubber estates.\n",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_true(strcmp(t.companies[i], "Kmp") != 0);
		assert_true(strcmp(t.companies[i], "Drs") != 0);
		assert_true(strcmp(t.companies[i], "KMP") != 0);
		assert_true(strcmp(t.companies[i], "DRS") != 0);
	}
	tags_release(&t);
	/* a one-word short form in square brackets, not initials: the
	 * headline's "Harcool" is the company the lead names in full */
	run("Dunmore Buys Westgate Property's Harcool Stake for AED 300 million",
	    "Dunmore Holdings PJSC has bought a further 50% stake in Harbour "
	    "District Cooling LLC [Harcool] from Westgate Property PJSC for "
	    "AED 300 million, taking its ownership of Harcool to 100%.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Harbour District Cooling");
	assert_false(has(t.companies, t.ncompanies, "Harcool"));
	tags_release(&t);
	/* a side named by initials the story never writes in brackets:
	 * the company whose name (past its legal form) they are */
	run("Harto Group Buys 3.45 trillion rupiah of BCA Shares, Lifting "
	    "Stake Above 50%",
	    "Harto Group raised its stake in PT Bank Central Asia (BBCA.JK) "
	    "to 50.24 percent on Monday by buying 515 million shares worth "
	    "3.45 trillion rupiah.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "PT Bank Central Asia");
	assert_false(has(t.companies, t.ncompanies, "BCA"));
	tags_release(&t);
}

static void test_boilerplate(void **state)
{
	(void)state;
	const char *notice =
		"In Singapore, we are hiring reporters to cover deals in "
		"Southeast Asia. Apply now.";
	struct buf body = BUF_INIT;
	buf_addf(&body, "Kroger and Alibaba are in talks in the U.S. and "
		 "China.\n\n%s\n\n%s\n\nAlso read:\n\n"
		 "Tencent to invest $500m in Thailand's Central Group\n\n"
		 "Grab raises $2 billion in Indonesia\n", notice, notice);
	struct tags t;
	run("Kroger, Alibaba in talks", body.buf, NULL, NULL, NULL, &t);
	assert_false(has_country(&t, "SG"));
	assert_false(has_country(&t, "TH"));
	assert_false(has_region(&t, "southeast-asia"));
	assert_int_equal(t.namounts, 0);
	assert_true(t.boilerplate >= 5);
	tags_release(&t);

	/* a paragraph the source prints in many articles */
	uint64_t h = ex_paragraph_hash(notice, strlen(notice));
	struct ex_common common = {common_count, &h};
	buf_reset(&body);
	buf_addf(&body, "Kroger and Alibaba are in talks.\n\n%s\n", notice);
	run("Kroger, Alibaba in talks", body.buf, NULL, "TechNews", &common,
	    &t);
	assert_false(has_country(&t, "SG"));
	assert_int_equal(t.boilerplate, 1);
	tags_release(&t);
	/* ... but not for an article without a source */
	run("Kroger, Alibaba in talks", body.buf, NULL, NULL, &common, &t);
	assert_int_equal(t.boilerplate, 0);
	tags_release(&t);
	buf_release(&body);
}

/* Copies of a paragraph of two words or more are boilerplate, all of
 * them; a one-word line printed twice ("Reuters") is not. */
static void test_repeats(void **state)
{
	(void)state;
	const char *notice = "Subscribe to our deals newsletter today.";
	struct buf body = BUF_INIT;
	buf_addf(&body, "Acme Corp agreed to buy Widget Inc.\n\n%s\n\nReuters\n\n"
		 "%s\n\nThe deal needs approval.\n\nReuters\n\n%s\n", notice,
		 notice, notice);
	struct tags t;
	run("Acme to buy Widget", body.buf, NULL, NULL, NULL, &t);
	assert_int_equal(t.boilerplate, 3);
	tags_release(&t);
	buf_release(&body);
}

/* A deal word anywhere in the sentence, however far, makes an amount
 * without a cue nearby a deal amount; read once per sentence. */
static void test_amount_far_cue(void **state)
{
	(void)state;
	const char *far = "Acme Corp agreed to buy Widget Inc, a maker of "
		"blue and green garden tools in the north of the country "
		"with a long history of good work and loyal staff, at 5 mln "
		"dlrs.";
	const char *none = "Widget Inc, a maker of blue and green garden "
		"tools in the north of the country, has 300 workers and 7 "
		"mln dlrs in the bank.";
	struct buf body = BUF_INIT;
	buf_addf(&body, "%s %s\n", far, none);
	struct tags t;
	run("Acme to buy Widget", body.buf, NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_int_equal(t.amounts[0].kind, AMOUNT_DEAL);
	assert_int_equal(t.amounts[1].kind, AMOUNT_OTHER);
	tags_release(&t);
	buf_release(&body);
}

/* Prices per share in their many forms are per-share amounts; a sum
 * with a scale word beside "each" is not. */
static void test_amount_per_share(void **state)
{
	(void)state;
	const char *body = "Harbor Holdings offered 1,420 yen apiece for "
		"Kite Electric. Kite shares closed at 1,180 yen on Friday. "
		"Its preference holders get Rs 75 per share, and ordinary "
		"holders 212p-a-share. Two banks lent $40 million each.\n";
	struct tags t;
	run("Harbor bids for Kite", body, NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 5);
	for (size_t i = 0; i < 4; i++)
		if (t.amounts[i].kind != AMOUNT_PER_SHARE)
			fail_msg("'%s' is %s", t.amounts[i].text,
				 ex_amount_kind_slug(t.amounts[i].kind));
	assert_int_not_equal(t.amounts[4].kind, AMOUNT_PER_SHARE);
	tags_release(&t);
	/* what a deal costs is its price; cost savings are not */
	run("Kestrel makes open offer for 26% more of Orvel",
	    "Kestrel Group launched an open offer to buy an additional 26% "
	    "stake in Orvel at Rs 294 per share. The offer for up to 1.67 "
	    "crore shares will cost up to Rs 492.81 crore if fully accepted. "
	    "Kestrel expects cost savings of about Rs 50 crore a year.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 3);
	assert_int_equal(t.amounts[1].kind, AMOUNT_DEAL);
	assert_int_not_equal(t.amounts[2].kind, AMOUNT_DEAL);
	tags_release(&t);
	/* where shares went, in a sentence about them */
	run("Kestrel wins chip contract",
	    "Shares of Kestrel Electronics jumped 6.8 percent to close at "
	    "70,400 won in Seoul.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_PER_SHARE);
	tags_release(&t);
}

/* Kinds from what a sum without a scale word is: a dividend's per share,
 * a price of goods or time other, in a deal's words a price per share and
 * never a deal's size; a loan's sentence makes no round; a cue word inside
 * a name is no cue.  A company's assets and a value put on a company
 * are valuations, an order's worth at list prices other, a sum of debt
 * or securities other. */
static void check_kinds(const char *title, const char *body,
			const enum ex_amount_kind *want, size_t n)
{
	struct tags t;
	run(title, body, NULL, NULL, NULL, &t);
	if (t.namounts != n)
		fail_msg("%zu amounts in '%s', want %zu", t.namounts, body, n);
	for (size_t i = 0; i < n; i++)
		if (t.amounts[i].kind != want[i])
			fail_msg("'%s' is %s, want %s", t.amounts[i].text,
				 ex_amount_kind_slug(t.amounts[i].kind),
				 ex_amount_kind_slug(want[i]));
	tags_release(&t);
}

/*
 * What shares or a person are worth is no deal's price: "market value",
 * "market capitalisation", "net worth", "a fortune of"; unless a deal is
 * what has the market value ("the exchange would have a market value
 * of").  A round's amount is the round's, whatever word stands beside it.
 */
static void test_amount_worth_of_holders(void **state)
{
	(void)state;
	static const enum ex_amount_kind shares[] = {
		AMOUNT_DEAL, AMOUNT_VALUATION};
	check_kinds("Kestrel to buy stake in Harrow Securities",
		    "Kestrel Financial will pay 1.25 trillion won for the "
		    "stake; the deal is worth four times the market value of "
		    "the shares at Tuesday's close, which was about 361 billion "
		    "won.\n", shares, 2);
	static const enum ex_amount_kind people[] = {
		AMOUNT_OTHER, AMOUNT_OTHER, AMOUNT_VALUATION};
	check_kinds("Harrow family buys bank shares",
		    "The family, with a fortune of about $11 billion, and its "
		    "holding company, with a net worth of $2 billion, bought "
		    "shares of Lindale Bank, which has a market capitalisation "
		    "of $5 billion.\n", people, 3);
	static const enum ex_amount_kind exchange[] = {AMOUNT_DEAL};
	check_kinds("Norbury sets acquisition for stock",
		    "Norbury Bancorp agreed to acquire Callow Bank by "
		    "exchanging three shares for each Callow share. The "
		    "proposed exchange would have a market value of about 20 "
		    "mln dlrs.\n", exchange, 1);
	struct tags t;
	run("Zorgal raises $102 million",
	    "Zorgal Foods has pulled in about $102 million from US "
	    "investment firm Kalaari Capital as part of its Series J round.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(t.deal.amount >= 0);
	assert_int_equal(t.amounts[t.deal.amount].kind, AMOUNT_FUNDING);
	tags_release(&t);
}

/*
 * "said it is selling its unit to Y", "was buying": a deal agreed, not
 * yet closed, whatever the headline's present tense says; a sum raised by
 * a bond, and a bank raising its own lending rate, are no investments;
 * German "und" joins a name ("Kali und Salz"), and one its suffix leaves
 * at its end is none of it.
 */
static void test_progressive_and_raises(void **state)
{
	(void)state;
	struct tags t;
	run("HALLER SELLS HAMBURG FOODS SUBSIDIARY",
	    "Chemicals group Haller AG said it is selling its Hamburg foods "
	    "subsidiary Brandt und Kessel GmbH to Oelwerk Hamburg AG.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Brandt und Kessel");
	tags_release(&t);

	run("VELMAR FINANCE RAISES 300 MLN LUXEMBOURG FRANCS",
	    "Velmar Finance BV is raising 300 mln Luxembourg francs through a "
	    "five year, non-callable bullet bond carrying a 7-1/4 pct coupon "
	    "at par, the lead manager said.\n", NULL, NULL, NULL, &t);
	if (t.deal.type == DEAL_INVESTMENT || t.deal.type == DEAL_FUNDING)
		fail_msg("a bond's money is a %s",
			 ex_deal_type_slug(t.deal.type));
	tags_release(&t);

	run("Bank changes rate",
	    "Orland Bank of Canada said it is raising its U.S. base lending "
	    "rate by 1/4 pct to 8-1/4 pct, effective tomorrow.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);

	run("ROCHE INTRODUCES NEW DRUG",
	    "F. Hoffmann-La Roche und Co\nAG said it introduced a new drug on "
	    "the Swiss market.\n", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		if (strstr(t.companies[i], " und") &&
		    !strstr(t.companies[i], " und "))
			fail_msg("a name ends in 'und': '%s'", t.companies[i]);
	tags_release(&t);
}

/* A trade's noun opening the sentence says what the name after it is and
 * is no word of it: "Carmaker Zorvex Motors said", "Insurer Aachener und
 * Muenchener Beteiligungs AG said"; "Bank" still opens "Bank Hapoalim". */
static void test_opening_trade_noun(void **state)
{
	(void)state;
	struct tags t;
	run("Stake deal",
	    "Carmaker Zorvex Motors said on Monday it bought a 10% stake in "
	    "Kellan Batteries.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Zorvex Motors");
	tags_release(&t);
	run("Profit up",
	    "Insurer Aachener und Muenchener Beteiligungs AG said its profit "
	    "rose. Bank Hapoalim Ltd said it would open a branch.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies,
			"Aachener und Muenchener Beteiligungs"));
	assert_true(has(t.companies, t.ncompanies, "Bank Hapoalim"));
	for (size_t i = 0; i < t.ncompanies; i++)
		if (!strncmp(t.companies[i], "Insurer", 7))
			fail_msg("the trade's noun in a name: '%s'",
				 t.companies[i]);
	tags_release(&t);
}

/*
 * What a deal's verb is done "for" is its price, whatever noun stands
 * between ("bought car sales site X for R1.5 billion"); a company that is
 * a lender raises its IPO's money, not a loan; "dropped its bid" ends a
 * bid, "shares dropped" does not.
 */
static void test_amount_for_price(void **state)
{
	(void)state;
	static const enum ex_amount_kind bought[] = {AMOUNT_DEAL};
	check_kinds("Naspar unit buys classifieds firm",
		    "Naspar Ltd's classifieds unit OLXA has bought South African "
		    "car sales site AutoTrade for R1.5 billion, the company "
		    "said.\n", bought, 1);
	check_kinds("Unilan completes sale of spreads business",
		    "Unilan NV said on Monday it had completed the sale of its "
		    "spreads business, which includes brands such as Flora and "
		    "Becel, to private equity firm Kestrel for 6.8 billion "
		    "euros.\n", bought, 1);
	struct tags t;
	run("Kakara Bank shares soar on debut after $2.2 billion IPO",
	    "Shares of South Korea's Kakara Bank Corp soared 80% on their "
	    "trading debut on Friday after the online lender raised 2.55 "
	    "trillion won ($2.2 billion) in its initial public offering.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_true(t.deal.amount >= 0);
	tags_release(&t);
	run("Ridgeway drops bid for chipmaker Kioxa",
	    "Ridgeway Capital has dropped its $18 billion bid for Kioxa "
	    "Holdings Corp after failing to agree terms, the Nikkei "
	    "reported.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Ridgeway bids for chipmaker Kioxa",
	    "Ridgeway Capital made an $18 billion bid for Kioxa Holdings "
	    "Corp, and Kioxa's shares dropped 5 pct.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

static void test_amount_small_sums(void **state)
{
	(void)state;
	/* a company's size is no deal's: "a 5.1 billion dlr holding
	 * company", "which had assets at yearend of 7.1 billion dlrs"; a
	 * bank loan is other */
	static const enum ex_amount_kind size[] = {
		AMOUNT_VALUATION, AMOUNT_VALUATION, AMOUNT_DEAL};
	check_kinds("Eastbrook to buy Minnesota bank",
		    "Eastbrook Corp, a 5.1 billion dlr multibank holding "
		    "company, said it agreed to acquire Lindale Bancorp. "
		    "Eastbrook, which had assets at yearend of 7.1 billion "
		    "dlrs, will pay about 25 mln dlrs for Lindale.\n", size, 3);
	static const enum ex_amount_kind deposits[] = {AMOUNT_OTHER};
	check_kinds("Westmark unit buys branches",
		    "Westmark Savings said the purchase of 16 branches boosts "
		    "its deposits by about 550 mln dlrs.\n", deposits, 1);
	static const enum ex_amount_kind bank_loan[] = {AMOUNT_OTHER};
	check_kinds("Corvel arranges credit",
		    "Corvel Inc said it entered into a 15.5 mln dlr bank credit "
		    "agreement with First Midland Bank.\n", bank_loan, 1);
	static const enum ex_amount_kind div[] = {
		AMOUNT_PER_SHARE, AMOUNT_PER_SHARE, AMOUNT_PER_SHARE};
	check_kinds("Pinecrest sets payout",
		    "Pinecrest Mills said it declared a quarterly dividend of "
		    "7-1/2 cts. The board expects a 22-cent final dividend, "
		    "making 41 cents in all for the year.\n", div, 3);
	static const enum ex_amount_kind unit[] = {
		AMOUNT_OTHER, AMOUNT_OTHER, AMOUNT_OTHER};
	check_kinds("Harlow raises fuel oil prices",
		    "Harlow Refining said it raised posted prices by 40 cts a "
		    "barrel, bringing light fuel to 21.15 dlrs. Copper sold at "
		    "96 cts per pound.\n", unit, 3);
	static const enum ex_amount_kind deal[] = {
		AMOUNT_PER_SHARE, AMOUNT_PER_SHARE, AMOUNT_DEAL,
		AMOUNT_OTHER};
	check_kinds("Tarn to merge into buyout group",
		    "Tarn Systems agreed to merge into a company formed by "
		    "Bexley Partners for either 21.50 dlrs in cash or 14.00 "
		    "dlrs in cash and a unit of securities per Tarn share, a "
		    "deal worth 310 mln dlrs. A return flight costs 610 dlrs "
		    "in the economy cabin.\n", deal, 4);
	static const enum ex_amount_kind worth[] = {
		AMOUNT_VALUATION, AMOUNT_DEAL, AMOUNT_VALUATION,
		AMOUNT_VALUATION, AMOUNT_DEAL, AMOUNT_OTHER};
	check_kinds("Corella Bank to buy Dunmore Savings",
		    "Corella Bank, with 14 billion dlrs in assets, agreed to "
		    "buy Dunmore Savings for 210 mln dlrs. Dunmore has assets "
		    "of about 1.9 billion dlrs. Analysts said a listing would value "
		    "the combined group at 3.5 billion dlrs, while the "
		    "purchase was struck at an enterprise value of 260 mln "
		    "dlrs. Separately, Corella's aircraft orders are valued at "
		    "90 mln dlrs at list prices.\n", worth, 6);
	static const enum ex_amount_kind of_debt[] = {
		AMOUNT_DEAL, AMOUNT_OTHER, AMOUNT_OTHER, AMOUNT_OTHER};
	check_kinds("Brantley sells unit, pays down debt",
		    "Brantley Corp agreed to sell its pump unit for 80 mln "
		    "dlrs and will pay down 60 mln dlrs of bank debt. It also "
		    "sold 150 mln dlrs of subordinated debentures and plans a "
		    "45 mln dlr offering of notes.\n", of_debt, 4);
	/* money borrowed, a sum "in debt", are other; a price paid "in
	 * notes and preferred stock" stays the deal's */
	static const enum ex_amount_kind borrowed[] = {
		AMOUNT_PER_SHARE, AMOUNT_OTHER, AMOUNT_OTHER, AMOUNT_DEAL};
	check_kinds("Tarvel plans payout against Kestrel bid",
		    "Kestrel raised its offer for Tarvel to 32 dlrs a share. "
		    "Tarvel said it would borrow three billion dlrs and sell "
		    "800 mln dlrs in debt to pay holders a dividend. Separately, "
		    "Orrin bought land from Tarvel for 1,090,000 dlrs in notes "
		    "and preferred stock.\n", borrowed, 4);
	/* what the proceeds pay the lenders, and securities named a few
	 * words after "worth of", are debt; shares named first are not */
	static const enum ex_amount_kind proceeds[] = {
		AMOUNT_DEAL, AMOUNT_OTHER, AMOUNT_OTHER, AMOUNT_DEAL};
	check_kinds("Wexcom assets to be sold to Orrin",
		    "Wexcom Inc said a unit of Orrin Group will buy its assets "
		    "for 41.5 mln dlrs. Wexcom said it would use proceeds to "
		    "pay its bank lenders approximately 22.4 mln dlrs, about "
		    "87 pct of its bank debt. It would also propose to "
		    "acquire all of its 15 mln dlrs worth of outstanding 10 "
		    "pct convertible subordinated debentures. Separately, the "
		    "state took over 60 mln dlrs worth of Tarvel Hotel Ltd "
		    "shares and loan stock.\n", proceeds, 4);
	/* a company's value: "which was valued at", "put its worth at",
	 * "the $806 million at which X raised" */
	static const enum ex_amount_kind worths[] = {
		AMOUNT_VALUATION, AMOUNT_VALUATION, AMOUNT_VALUATION,
		AMOUNT_FUNDING};
	check_kinds("Zorgal raises funds",
		    "Orvel Inc, which was valued at more than $100 billion in "
		    "recent private share sales, is a rival. Investors put its "
		    "worth at "
		    "$28 billion. That is three times the $806 million at which "
		    "Zorgal raised $81 million in a Series C round.\n", worths, 4);
	/* a market's size: "a market worth", "the market was worth"; not a
	 * money market's help "worth" a sum */
	static const enum ex_amount_kind markets[] = {
		AMOUNT_MARKET, AMOUNT_MARKET, AMOUNT_OTHER};
	check_kinds("Kestrel sees boom",
		    "Kestrel dominates a food-at-home market worth roughly $700 "
		    "billion a year. Last year the display market was worth 683 "
		    "mln dlrs. The Bank of England said it provided the money "
		    "market with assistance worth 15 mln stg.\n", markets, 3);
	/* what each share gets, the stated sum far before "for each ...
	 * share"; a dividend "a year earlier" is no rate per year */
	static const enum ex_amount_kind each[] = {
		AMOUNT_PER_SHARE, AMOUNT_PER_SHARE, AMOUNT_PER_SHARE};
	check_kinds("Orvel holders to get cash and shares",
		    "Orvel shareholders will receive $26.79 in cash and 0.0776 "
		    "of a Kestrel share for each Orvel share. Orvel proposed a "
		    "dividend of 0.80 euros per share, down from 1.60 euros a "
		    "year earlier.\n", each, 3);
	static const enum ex_amount_kind loan[] = {
		AMOUNT_OTHER, AMOUNT_OTHER, AMOUNT_FUNDING};
	check_kinds("Corvan lines up bank money",
		    "Corvan Airlines said it got financing from a group of "
		    "banks for 300 mln dlrs. Kestrel Ventures added another "
		    "two mln dlrs. Separately, Lumo raised $12 million in a "
		    "Series A round.\n", loan, 3);
}

/* A figure stated twice in a paragraph is one amount, and a sum without a
 * scale word is one with or without "a share". */
static void test_amount_repeats(void **state)
{
	(void)state;
	struct tags t;
	run("Fenwick Trust payout",
	    "Fenwick Trust said net asset value rose 310,400 dlrs or three "
	    "cts per share in the quarter and 402,115 dlrs or three cts per "
	    "share in the year. It declared a dividend of 9-1/2 cts, having "
	    "paid 9-1/2 cts a share in each quarter, and lent 20 mln dlrs "
	    "to one unit and 20 mln dlrs to another.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 5);
	assert_string_equal(t.amounts[1].text, "three cts per share");
	assert_string_equal(t.amounts[3].text, "9-1/2 cts");
	assert_int_equal(t.amounts[3].kind, AMOUNT_PER_SHARE);
	assert_string_equal(t.amounts[4].text, "20 mln dlrs");
	tags_release(&t);
}

/* A local amount and its stated USD conversion are one amount; a
 * headline's figure the body states again is that amount too. */
static void test_amount_conversion_once(void **state)
{
	(void)state;
	const char *body = "Lumen Capital will pay S$92 million "
		"(US$68 million) for a stake in Orchard Foods. Orchard sold "
		"a plant for 12.4 billion baht, or about $380 million, to "
		"Siam Mills last year.\n";
	struct tags t;
	run("Lumen to buy Orchard stake for S$92 million", body, NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "SGD");
	assert_true(fabs(t.amounts[0].m.usd - 68e6) < 1);
	assert_true(t.amounts[0].m.start > strlen("Lumen to buy Orchard"));
	assert_string_equal(t.amounts[1].m.currency, "THB");
	assert_true(fabs(t.amounts[1].m.usd - 380e6) < 1);
	tags_release(&t);
}

/* "dlrs" in a Toronto story are Canadian dollars; "U.S. dlrs" are not. */
static void test_amount_dateline_dollars(void **state)
{
	(void)state;
	const char *body = "Maple Resources Ltd said it sold its pulp mill "
		"for 85 mln dlrs and repaid 20 mln U.S. dlrs of debt.\n";
	struct tags t;
	run("Maple sells mill", body, "TORONTO, March 4", NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "CAD");
	assert_string_equal(t.amounts[1].m.currency, "USD");
	tags_release(&t);
}

/* A headline's dollars the dateline would make local, and the body's
 * same figure in dollars it names: one amount, the body's. */
static void test_amount_headline_dollars_named_below(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL BANK MANDATES 150 MLN DLR LOAN",
	    "Kestrel Bank is launching its first borrowing by mandating four "
	    "banks for a 150 mln U.S. Dlr loan, a lead manager said.\n",
	    "HONG KONG, April 8", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "USD");
	tags_release(&t);
	/* kina: Papua New Guinea's */
	run("Gold venture set",
	    "City Resources would earn 66 pct of the field by spending 6.5 "
	    "mln kina, it said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "PGK");
	tags_release(&t);
}

/* A buyer taking more of its own unit in a country: the unit is the
 * target, not the buyer again. */
static void test_unit_in_country(void **state)
{
	(void)state;
	struct tags t;
	run("Harambee Bank Group Buys Further 9% of Harambee Bank Rwanda "
	    "From Proparco",
	    "Harambee Bank Group said it had bought a further 9% of its "
	    "Rwandan unit from Proparco, paying KSh 500 million.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Harambee Bank");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Harambee Bank Rwanda");
	tags_release(&t);
	/* a possessive is no unit's name */
	run("NORDBANK SAYS NORDBANK'S U.S. STAKE SALE DONE", "", NULL, NULL,
	    NULL, &t);
	if (t.deal.target)
		assert_null(strstr(t.deal.target, "U.S."));
	tags_release(&t);
}

/* "an offer for all shares X doesn't already own": X holds shares, it is
 * not what is bought. */
static void test_holder_not_target(void **state)
{
	(void)state;
	struct tags t;
	run("TALKING POINT/HARLAN HOTELS",
	    "Pinecrest Corp today began a tender offer, valued at 310 mln "
	    "dlrs, for all shares Brandt doesn't already own, it said.\n",
	    NULL, NULL, NULL, &t);
	assert_true(ex_deal_is_mna(t.deal.type));
	if (t.deal.target)
		assert_null(strstr(t.deal.target, "Brandt"));
	tags_release(&t);
}

/* "the tender offer made March 18 by X": the bidder past a date. */
static void test_bidder_after_date(void **state)
{
	(void)state;
	struct tags t;
	run("HARLAN HOTELS REJECTS UNSOLICITED TAKEOVER BID",
	    "Harlan Hotels Inc said its board urged shareholders to reject "
	    "the hostile 40 dlr a share tender offer made March 9 by "
	    "Pinecrest Acquisition Inc, an affiliate of Brandt Partners.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Pinecrest Acquisition");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Harlan Hotels");
	tags_release(&t);
}

/* A bare unit other than the dollar: the one the story named in full
 * before ("Swiss francs", then "francs"), else the dateline country's
 * ("rupees" in Colombo), else that of the country the story names most
 * ("lira" in a story of a Turkish bank). */
/* The 1980s' units named by their own words: Irish pounds and punts
 * (and pence), Peru's intis, the CFA franc, and "dls" for dollars. */
static void test_amount_more_units(void **state)
{
	(void)state;
	struct tags t;
	run("Irish bank buys stake",
	    "The bank paid 44.5 mln Irish pounds for the stake, or one Irish "
	    "penny a share, and 205,000 punts in fees.\n", "DUBLIN, May 4",
	    NULL, NULL, &t);
	assert_int_equal(t.namounts, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t.amounts[i].m.currency, "IEP");
	assert_true(t.amounts[1].m.value > 0.0099 &&
		    t.amounts[1].m.value < 0.0101);
	tags_release(&t);
	run("Peru sets price", "The price rose to 1.6 mln intis.\n",
	    "LIMA, May 4", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "PEI");
	tags_release(&t);
	/* "francs cfa" is no French franc */
	run("Ivory Coast debt",
	    "Foreign debt came to 800 billion francs cfa (2.67 billion dlrs) "
	    "and a sum of 7.5 billion CFA francs went to farmers.\n",
	    "ABIDJAN, May 4", NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "XOF");
	assert_string_equal(t.amounts[1].m.currency, "XOF");
	tags_release(&t);
	run("Acme prices printer",
	    "The entry model costs 21,250 dls.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "USD");
	tags_release(&t);
}

/* A cue after an amount past a comma that opens a clause of its own is
 * that clause's: a cue before the amount says what it is. */
static void test_amount_cue_past_clause(void **state)
{
	(void)state;
	struct tags t;
	run("Heinz interested in buying Guinness brewing",
	    "H.J. Heinz chairman Tony O'Reilly would be interested in buying "
	    "Guinness PLC's brewery division, a spokesman said.  He said "
	    "that if brewing profits were calculated to be in the region of "
	    "80 mln dlrs, the asking price would not be higher than 800 mln "
	    "dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	assert_int_equal(t.amounts[1].kind, AMOUNT_DEAL);
	tags_release(&t);
	run("Acme to merge with Widget",
	    "Acme Corp agreed to merge with Widget Inc.  They said the "
	    "revenues of the combined companies will be over 600 mln dlrs, "
	    "and Acme said the merger will not dilute its results.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
	/* a list after the comma goes on with the same sums */
	run("Dubai Investments buys stake",
	    "The transaction will lift EBITDA by AED 110 million, total "
	    "assets by AED 1.8 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
}

/* "a market value of (more than) 12 billion francs" is a company's worth;
 * a deal's market value is its price. */
static void test_amount_market_value(void **state)
{
	(void)state;
	struct tags t;
	run("Galderma soars on debut",
	    "The company priced its shares at 53 francs, giving it a market "
	    "value of more than 12 billion francs at the offer price.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_int_equal(t.amounts[1].kind, AMOUNT_VALUATION);
	tags_release(&t);
	run("Norstar to buy United National",
	    "Norstar Bancorp agreed to acquire United National Bank.  Based "
	    "on the recent price of Norstar's stock, it said, the proposed "
	    "tax-free exchange would have a market value of about 20 mln "
	    "dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_DEAL);
	tags_release(&t);
}

/* East Africa's shillings: "Sh42.66 billion", "Shs 500 billion",
 * "shillings", whose country the story's says (Kenya's by default). */
static void test_amount_shillings(void **state)
{
	(void)state;
	struct tags t;
	run("Safaricom profit",
	    "Safaricom posted net income of Sh42.66 billion and a dividend of "
	    "Sh1.20 per share.\n", "NAIROBI, May 4", NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "KES");
	assert_int_equal(t.amounts[1].kind, AMOUNT_PER_SHARE);
	tags_release(&t);
	run("CRDB profit", "CRDB posted profit of Sh550 billion.\n",
	    "DAR ES SALAAM, May 4", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "TZS");
	tags_release(&t);
	run("Uganda asks for money",
	    "The minister asked for 350 billion shillings (250 mln dlrs).\n",
	    "KAMPALA, April 9", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "UGX");
	tags_release(&t);
}

/* A headline's sum that the body gives as a bracketed conversion is that
 * amount, not another. */
static void test_amount_headline_bracket(void **state)
{
	(void)state;
	struct tags t;
	run("Twiga Foods raises Sh5.6 billion in round led by Creadev",
	    "Twiga Foods has raised $50 million (Sh5.6 billion) in a Series C "
	    "round led by Creadev.\n", "NAIROBI, May 4", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "USD");
	tags_release(&t);
}

/* A debt's word in a relative clause that tells what the company does
 * ("which provides loans and digital banking tools") makes no round's
 * money a loan. */
static void test_amount_what_it_does(void **state)
{
	(void)state;
	struct tags t;
	run("Konfio raises money",
	    "Mexican fintech Konfio, which provides loans and digital banking "
	    "tools to small and medium-sized businesses, raised US$110 million "
	    "in a funding round led by the SoftBank Latin America Fund.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_FUNDING);
	tags_release(&t);
	run("Acme gets loan",
	    "Acme Corp raised US$110 million in a loan from a syndicate of "
	    "banks.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
}

/* "Rs12.97tr": "tr" glued to a figure is trillions; "Rs" is the story's
 * country's rupee, as "rupees" is (Pakistan's in Islamabad). */
static void test_amount_rs_trillions(void **state)
{
	(void)state;
	struct tags t;
	run("Aurangzeb unveils budget",
	    "Finance Minister Muhammad Aurangzeb presented a Rs18.877 trillion "
	    "federal budget, setting a tax collection target of Rs12.97tr.\n",
	    "ISLAMABAD, June 12", NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "PKR");
	assert_string_equal(t.amounts[1].m.currency, "PKR");
	assert_true(t.amounts[1].m.value > 1.29e13 && t.amounts[1].m.value < 1.30e13);
	tags_release(&t);
	run("Reliance profit", "Reliance posted profit of Rs 15,000 crore.\n",
	    "MUMBAI, June 12", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "INR");
	tags_release(&t);
}

/* After a part's price, "the deal values X at an enterprise value of" a
 * sum is the whole's worth; after the whole's price, with its debt, the
 * deal's. */
static void test_amount_part_values_whole(void **state)
{
	(void)state;
	struct tags t;
	run("Dabur to acquire 51% in Badshah Masala",
	    "Dabur India said it would acquire a 51 per cent stake in spice "
	    "maker Badshah Masala for Rs 587.52 crore.  The deal values Badshah "
	    "at an enterprise value of Rs 1,152 crore.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.namounts, 2);
	assert_int_equal(t.amounts[0].kind, AMOUNT_DEAL);
	assert_int_equal(t.amounts[1].kind, AMOUNT_VALUATION);
	tags_release(&t);
	run("BCE to buy Ziply Fiber",
	    "BCE Inc. is buying Ziply Fiber for $5-billion in cash.  Including "
	    "debt, the deal values Ziply at $7-billion.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.namounts, 2);
	assert_int_equal(t.amounts[1].kind, AMOUNT_DEAL);
	tags_release(&t);
}

static void test_amount_bare_units(void **state)
{
	(void)state;
	struct tags t;
	run("ALPENTAL 1986 NET 52.1 MLN SWISS FRANCS, DIV 12 FRANCS", "",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "CHF");
	assert_string_equal(t.amounts[1].m.currency, "CHF");
	tags_release(&t);
	run("Lanka Tea Board sets price",
	    "The board said the floor price would rise to 42 rupees a kilo "
	    "from July.\n", "COLOMBO, June 3", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "LKR");
	tags_release(&t);
	/* nothing says whose: the table's (Indian rupees) */
	run("Tea price set", "The floor price will be 42 rupees a kilo.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "INR");
	tags_release(&t);
	/* "lira": Turkey's in a Turkish story, with no Italy among the
	 * story's countries; Italy's in Rome */
	run("Emirates NBD completes acquisition of Turkey's DenizBank",
	    "Emirates NBD has completed its acquisition of Turkish lender "
	    "DenizBank from Russia's Sberbank for 15.48 billion lira ($2.8 "
	    "billion), the bank said.\n", "DUBAI, July 31", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "TRY");
	assert_true(has_country(&t, "TR"));
	assert_false(has_country(&t, "IT"));
	tags_release(&t);
	run("Banca Orlo profit rises",
	    "Banca Orlo said its 1986 net profit rose to 120 billion lira.\n",
	    "ROME, March 3", NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "ITL");
	tags_release(&t);
}

/* "approved the merger of the bank with Y": the subject, named by its
 * noun, and Y are the merger's two sides, Y the buyer; a merger with a unit of X is
 * X's purchase. */
static void test_merger_of_the_company_with(void **state)
{
	(void)state;
	struct tags t;
	run("HARLOW BANCSHARES <HRB> HOLDERS APPROVE MERGER",
	    "Harlow Bancshares Inc said its shareholders approved the merger "
	    "of the bank with Keswick National Corp <KNC>, creating the "
	    "state's third largest bank.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	/* (the buyer first: the bank whose holders approve is bought) */
	assert_string_equal(t.deal.investors[0], "Keswick National");
	assert_string_equal(t.deal.investors[1], "Harlow");
	tags_release(&t);
	run("TORVAL <TRV> SEES MAY MERGER WITH BRENNOCK <BRK>",
	    "Torval Inc said it expects to merge with a wholly-owned "
	    "subsidiary of Brennock Industries Inc in early May.",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Brennock");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Torval");
	tags_release(&t);
}

/* A capitals headline's "<ALLIED STORES CORP>" names a company, as no
 * ticker has words; "Allied's Blocks Inc unit" after it is Allied's
 * unit, not a company "Allied's Blocks"; a capitalised word of a name
 * ("Blocks") is no status cue; KGaA is a legal form. */
static void test_headline_bracket_names_and_owners(void **state)
{
	(void)state;
	struct tags t;
	run("HALVERN <HLV> TO BUY <MARSTON STORES CORP> UNIT",
	    "Halvern Department Stores Inc and Marston Stores said they have "
	    "entered into a definitive agreement for the sale of Marston's "
	    "Blocks Inc unit to Halvern for 55 mln dlrs cash.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Halvern Department Stores");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Blocks");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Marston Stores");
	tags_release(&t);
	run("Halvern news",
	    "Halvern Department Stores Inc said it agreed to buy the Blocks "
	    "Inc unit of Marston Stores for 55 mln dlrs cash.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("ORVELL <ORV> SELLS UNIT TO <KESSLER KGAA>",
	    "Kessler KGaA of Dusseldorf, West Germany, said it has completed "
	    "the acquisition of the Process Coatings Division of Orvell "
	    "Petroleum Corp for undisclosed terms.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kessler");
	tags_release(&t);
}

/* "to raise 500 mln dlrs in U.S. capital markets": a listed company's
 * public market, no funding round. */
static void test_raise_in_capital_markets(void **state)
{
	(void)state;
	struct tags t;
	run("<KESTREL AG> UNIT TO RAISE 500 MLN DLRS",
	    "<Kestrel AG's> Kestrel Polymers Corp subsidiary said it plans to "
	    "raise about 500 mln dlrs in U.S. capital markets in three to four "
	    "months.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "has launched a bid to buy shares of X at 2,100 francs a share": a bid
 * for a company's shares, no number of them, is for the company; and
 * "launched" stands between the bidder, past its apposition, and its
 * verb, as "made" does. */
static void test_bid_to_buy_shares_of(void **state)
{
	(void)state;
	struct tags t;
	run("x",
	    "Kestrel Corp has launched a bid to buy shares of <Orvane et Fils> "
	    "at 2,100 francs a share.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane et Fils");
	tags_release(&t);
	run("x",
	    "Kestrel Canada Ltd, a unit of Kestrel Inc, has launched an offer to "
	    "buy Orvane Corp.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Canada");
	tags_release(&t);
}

/* A bare "$" with no dateline or outlet: the dollar of an Australian
 * story that marks only its conversion into another dollar ("about
 * C$1.29 billion"), or that names Australia twice and more than the
 * United States beside other countries ("between Australia and Dubai");
 * "a report in The Australian" names an outlet, no place; a frontrunner
 * to buy is in talks. */
static void test_bare_dollar_home_and_outlets(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Dairy agrees to sell to Orvane for $1.31 billion",
	    "Australia's largest dairy processor is set to pass into Canadian "
	    "hands, with the board of Kestrel Dairy agreeing to sell its "
	    "operating assets to Orvane for $1.31 billion. The price is "
	    "equivalent to about C$1.29 billion.\n", NULL, NULL, NULL, &t);
	assert_true(t.namounts >= 1);
	assert_string_equal(t.amounts[0].m.currency, "AUD");
	tags_release(&t);
	run("Kestrel Air turns to Orvane Airways in alliance",
	    "Kestrel Air will move its hub from Singapore to Dubai under a "
	    "partnership with Orvane Airways, with 98 weekly services between "
	    "Australia and Dubai. The deal requires authorisation from the "
	    "Australian Competition and Consumer Commission. Kestrel Air's "
	    "international arm lost $450 million in the year to June.\n",
	    NULL, NULL, NULL, &t);
	assert_true(t.namounts >= 1);
	assert_string_equal(t.amounts[t.namounts - 1].m.currency, "AUD");
	tags_release(&t);
	run("Kestrel emerges as frontrunner for Orvane's consumer business",
	    "French dairy giant Kestrel has emerged as the frontrunner to buy "
	    "Orvane's consumer business, which owns household brands such as "
	    "Anchor and Mainland, according to a report in The Australian.\n\n"
	    "The newspaper said the family-owned group was in pole position "
	    "ahead of other suitors.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	for (size_t i = 0; i < t.nplaces; i++)
		assert_string_not_equal(t.places[i].code, "AU");
	tags_release(&t);
}

/* Central and Eastern Europe's, the Gulf's and South Asia's units the
 * rates table had and no form read: zloty (zł), koruna, forint, lei,
 * hryvnia, taka (Tk), Qatari riyals (QR), Kuwaiti dinars (KD...mn),
 * escudos, drachmas. */
static void test_amount_more_local_units(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises 6.5 billion zloty in IPO",
	    "The offering raised 6.5 billion zloty ($1.6 billion), priced at "
	    "22.50 zloty a share.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "PLN");
	assert_string_equal(t.amounts[1].m.currency, "PLN");
	tags_release(&t);
	static const struct {
		const char *text, *code;
	} units[] = {
		{"zł5.1bn", "PLN"}, {"300 million forints", "HUF"},
		{"2 billion koruna", "CZK"}, {"40 million lei", "RON"},
		{"5 billion hryvnias", "UAH"}, {"Tk 1,000 crore", "BDT"},
		{"QR2 billion", "QAR"}, {"KD736mn", "KWD"},
		{"12 billion escudos", "PTE"}, {"90 billion drachmas", "GRD"},
	};
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		char body[128];
		snprintf(body, sizeof(body), "Kestrel paid %s for the plant.\n",
			 units[i].text);
		run("Kestrel buys plant", body, NULL, NULL, NULL, &t);
		assert_int_equal(t.namounts, 1);
		assert_string_equal(t.amounts[0].m.currency, units[i].code);
		tags_release(&t);
	}
}

/* "equivalent to" says an amount restates one before: its figure need
 * only be of the same size ("$4.7 billion ... equivalent to nearly Tk
 * 50,000 crore", at a rate years apart); a 1987 story's forints have no
 * USD worth today's rate could give. */
static void test_amount_stated_conversion(void **state)
{
	(void)state;
	struct tags t;
	run("IMF approves $4.7 billion loan for Kestrelia",
	    "The fund approved a $4.7 billion package for the country.\n\nThe "
	    "package, equivalent to nearly Tk 50,000 crore, will be paid over "
	    "42 months.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "USD");
	tags_release(&t);
	run_date = "1987-03-04T00:00:00Z";
	run("Kestrel sells plant", "Kestrel sold the plant for 800 mln "
	    "forints.\n", "BUDAPEST, March 4", NULL, NULL, &t);
	run_date = NULL;
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "HUF");
	assert_true(isnan(t.amounts[0].m.usd));
	tags_release(&t);
}

/* A name that opens with a capital outside ASCII ("Żabka", "Škoda") is
 * a name; a word that opens with a small one ("über") is not capitalised. */
static void test_non_ascii_capitals(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel Corp agreed to buy Żabka, Poland's largest "
	    "convenience-store chain.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Żabka");
	tags_release(&t);
	run("x", "Škoda Corp said it agreed to buy Orvane Corp.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Škoda");
	tags_release(&t);
	assert_true(ana_upper("Ż", strlen("Ż")));
	assert_false(ana_upper("über", strlen("über")));
	assert_false(ana_upper("€5", strlen("€5")));
}

/* "X's aircraft leasing business is being sold to Y": X's part is sold,
 * X sells; "to buy X's Hungarian business": a place in the description
 * keeps it a part, X its seller. */
static void test_owned_part_sold(void **state)
{
	(void)state;
	struct tags t;
	run("x",
	    "Kestrel Bank's aircraft leasing business is being sold to Orvane "
	    "Lease, the lessor owned by a state fund, in a deal valued at about "
	    "$3.6 billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvane Lease");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel Bank");
	assert_true(t.deal.target_asset);
	tags_release(&t);
	run("x", "Orvane Group agreed to buy Kestrel's Hungarian business.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	assert_true(t.deal.target_asset);
	tags_release(&t);
}

/* "The round also brings in (included) A, B and C": a round's later
 * sentence that names the round lists its investors; "includes" in a
 * sentence of no round lists none. */
static void test_round_also_included(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Bank raises £272m",
	    "Kestrel Bank has raised £272m in a funding round led by Orvane "
	    "Capital Partners, valuing it at about £1.1bn. The round also "
	    "brings in the Qatar Investment Authority, the hedge fund Millbrook "
	    "Management and Railpen.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_int_equal(t.deal.ninvestors, 4);
	assert_string_equal(t.deal.investors[1], "Qatar Investment Authority");
	tags_release(&t);
}

/* A commodity sold by its measure ("between 10 and 12 mln cubic feet of
 * gas per day", "50,000 barrels of oil a day") is trade, as a count of
 * airliners is: no deal claimed. */
static void test_commodity_by_measure(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel Energy Corp said it completed negotiations to sell "
	    "between 10 and 12 mln cubic feet of gas per day to a large "
	    "utility.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.type == DEAL_NONE ||
		    t.deal.confidence < EX_DEAL_CONFIDENCE_MIN);
	tags_release(&t);
	run("x", "Kestrel Corp said it agreed to sell 50,000 barrels of oil a "
	    "day to a refiner.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.type == DEAL_NONE ||
		    t.deal.confidence < EX_DEAL_CONFIDENCE_MIN);
	tags_release(&t);
}

/* A headline's raise the lead tells as a loan ("will receive a seven
 * mln dlrs Canadian line of credit from the Bank of Nova Scotia") is
 * borrowing, no investment. */
static void test_raise_told_as_loan(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL RESOURCES <KRS.V> RAISES SEVEN MLN",
	    "Kestrel Resources Ltd said it will receive a seven mln dlrs "
	    "Canadian line of credit from the Bank of Nova Scotia to develop a "
	    "salmon farming operation.\n", "VANCOUVER, April 24", NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A venture told after the lead's first paragraph, in a story the
 * classifier rejects outright (earnings), is background; one in the
 * lead's first sentence stands. */
static void test_venture_in_earnings_story(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> CITES LOSS OF ORVANE",
	    "Kestrel Corp said the decline in its first quarter net income "
	    "reflects a 121 mln dlr loss from its 50 pct share ownership of "
	    "Orvane's operations.\n    This loss is an increase from the 60 mln "
	    "dlrs loss reported on operations Kestrel owned a year ago quarter "
	    "and prior to entering a joint venture with Millbrook "
	    "Telecommunications <MT> in July 1986. Under the joint venture, "
	    "each company owns 50 pct of Orvane.\n    Earlier, the company "
	    "reported net income declined to 265.0 mln dlrs from 283.0 mln "
	    "dlrs in the first quarter a year ago.\n", "STAMFORD, Conn, April "
	    "13", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "a 1.2 billion crown contract", "one pfennig": the singular crown and
 * the pfennig are money; "June 24 – Crown Resorts" is a name. */
static void test_amount_crown_and_pfennig(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel wins order", "Kestrel Verft won a 1.2 billion crown "
	    "contract and the dollar ended one pfennig lower.\n",
	    "OSLO, Oct 19", NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "NOK");
	assert_string_equal(t.amounts[1].m.currency, "DEM");
	tags_release(&t);
	run("Kestrel takes over Crown Resorts",
	    "SYDNEY, June 24 – Crown Resorts has passed into the hands of "
	    "Kestrel.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 0);
	tags_release(&t);
}

/* Goods "sold to Kenyan households" (to consumers, customers,
 * retailers) are trade: no business sold. */
static void test_sold_to_customers(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel news",
	    "Kestrel Solar said it has sold solar home systems to Kenyan "
	    "households.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.type == DEAL_NONE ||
		    t.deal.confidence < EX_DEAL_CONFIDENCE_MIN);
	tags_release(&t);
	run("Kestrel Solar news",
	    "Kestrel Solar said it sold its lighting unit to Orvane Corp.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
}

/* "will ask investors for $800 million ... would raise the money through
 * an institutional placement and a pro-rata entitlement offer": a listed
 * company's issue of shares, no investment. */
static void test_raise_the_money_by_placement(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Entertainment to tap investors for $800 million",
	    "Troubled casino operator Kestrel Entertainment Group will ask "
	    "investors for $800 million to shore up its balance sheet.\n\nThe "
	    "company said it would raise the money through an institutional "
	    "placement and a pro-rata entitlement offer for existing "
	    "shareholders, both priced at $1.30 a share.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "said Frank Korth of Shearson Lehman Brothers Inc": a person's two
 * names before "of" after a word of speech are no words of the firm's
 * name; "Industrial Bank of Japan" and "Richardson Greenshields of
 * Canada" keep theirs. */
static void test_person_of_firm(void **state)
{
	(void)state;
	struct tags t;
	run("x", "The index will be more useful, said Frank Korth of Kestrel "
	    "Lehman Brothers Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.ncompanies, 1);
	assert_string_equal(t.companies[0], "Kestrel Lehman Brothers");
	tags_release(&t);
	run("x", "The bonds rose, said Orvane Greenshields of Canada Ltd.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.ncompanies, 1);
	assert_string_equal(t.companies[0], "Orvane Greenshields of Canada");
	tags_release(&t);
}

/* "a French water, waste treatment and disposal ... concern": waste
 * disposal is a trade's service, no divestiture. */
static void test_waste_disposal(void **state)
{
	(void)state;
	struct tags t;
	run("FRENCH FIRM HAS FIVE PCT OF KESTREL WATER <KWTR>",
	    "Compagnie Generale Des Orvanes <ORV.PA>, a French water, waste "
	    "treatment and disposal, heating, ventilation and air conditioning "
	    "concern said it has a 5.0 pct stake in Kestrel Water Service "
	    "Co.\n", "WASHINGTON, April 1", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Water Service");
	tags_release(&t);
}

/* "shareholders of X have approved a merger into Y": X merges into Y, Y
 * buys it. */
static void test_holders_approve_merger_into(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> ACQUISITION ADVANCES",
	    "Kestrel Corp said shareholders of Orvane Bancorp of Northport, "
	    "Fla., have approved a merger into Kestrel for 40 dlrs per share.\n",
	    "JACKSONVILLE, Fla., March 12", NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Kestrel", "Orvane");
	tags_release(&t);
}

/* "to buy X Corp's U.S. Transit Bus and Parts business": a business its
 * owner calls by a title in capitals is the part bought, X its seller;
 * "its Neptune International unit" stays a named unit. */
static void test_titled_business(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> BUYS ORVANE <ORV> BUS UNIT",
	    "Kestrel Corp said it has signed a definitive agreement to buy "
	    "Orvane Motors Corp's U.S. Transit Bus and Parts business for an "
	    "undisclosed sum.\n", "PHOENIX, Ariz., March 19", NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvane Motors");
	assert_true(t.deal.target_asset);
	assert_non_null(strstr(t.deal.target, "Transit Bus and Parts"));
	tags_release(&t);
}

/* "Diversified investment company, <Ariadne Australia Ltd>, has
 * offered": a sentence that opens with a description of a business,
 * then its name between commas, names that business; "Zinn and his
 * firm, which ..." still opens with Zinn. */
static void test_described_opening(void **state)
{
	(void)state;
	struct tags t;
	run("AUSTRALIAN OFFER FOR ORVANE SHARES",
	    "Diversified investment company, <Kestrel Australia Ltd>, has "
	    "offered 3.8 billion pesos for 38 mln shares in the Philippine "
	    "brewing firm <Orvane Corp>, a Manila newspaper reported.\n",
	    "MANILA, March 22", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Australia");
	tags_release(&t);
}

/* "SELLS SIGNET UNIT NOTES": a unit's securities sold are an issue, no
 * business sold. */
static void test_unit_notes(void **state)
{
	(void)state;
	struct tags t;
	run("GOLDMAN SACHS SELLS KESTREL <KST> UNIT NOTES",
	    "Goldman, Sachs and Co, acting as lead manager, said it is offering "
	    "100 mln dlrs of deposit notes due 1992 that it purchased from "
	    "Orvane Bank Co, a unit of Kestrel Banking Corp.\n",
	    "NEW YORK, March 24", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Pick n Pay": a small "n" joins a name's words ("N W Ayer" keeps its
 * capital N); "to Youngor-Led Group": the leader's name before "-led";
 * "66.5 billion liras" in a Turkish story are Turkish liras. */
static void test_pick_n_pay_and_led(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel Corp agreed to buy a 10% stake in Pick n Pay Stores "
	    "Ltd.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Pick n Pay Stores");
	tags_release(&t);
	run("Kestrel to Sell Orvane Stores to Youngor-Led Group for CNY7.4 "
	    "Billion",
	    "Kestrel Holding will sell its department store chain Orvane Retail "
	    "to a consortium led by Youngor Group for about CNY7.4 billion.\n",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Led"));
	tags_release(&t);
	run("Kestrelbank renews loan",
	    "Turkish private lender Kestrelbank reported a net profit of 66.5 "
	    "billion liras for last year.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "TRY");
	tags_release(&t);
}

/* "to acquire German HVAC firm FläktGroup": a place and an acronym, then
 * the kind of company, describe the company named after them. */
static void test_place_acronym_firm(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel Electronics agreed to acquire German HVAC firm "
	    "Orvanegroup for 1.5 billion euros.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvanegroup");
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_string_not_equal(t.companies[i], "German HVAC");
	tags_release(&t);
}

/* "to merge and end 55-year cross-shareholding": what ends after "and"
 * with no deal's noun is something the deal ends, not the deal. */
static void test_merge_and_end(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel, Orvane to merge and end 55-year cross-shareholding",
	    "Kestrel Corp and Orvane Ltd have agreed to merge, unwinding a "
	    "cross-shareholding that has bound the two companies together since "
	    "1969.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "The takeover of X by Y has failed", "Takeover of X fails": the deal
 * the sentence opens with failed. */
static void test_opening_deal_failed(void **state)
{
	(void)state;
	struct tags t;
	run("Takeover of Kestrel Bank fails as investors miss threshold",
	    "The takeover of the Wiesbaden-based property financier Kestrel "
	    "Bank by the financial investors Orvane and Millbrook has failed. "
	    "By the end of the acceptance period, less than half of the shares "
	    "had been tendered.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "Factorial joins a short list of Spanish unicorns that includes Glovo":
 * the round's own company joins something; no investors there. */
static void test_target_joins_list(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel becomes a unicorn after $120 million round",
	    "Barcelona-based software company Kestrel has raised $120 million "
	    "in a Series C round led by the US fund Orvane Global.\n\nKestrel "
	    "joins a short list of Spanish unicorns that includes Glovo, "
	    "Cabify and Wallbox.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_int_equal(t.deal.ninvestors, 1);
	assert_string_equal(t.deal.investors[0], "Orvane Global");
	tags_release(&t);
}

/* "the Maghreb", "Southern Africa", "the Horn of Africa" are Africa's
 * regions: no investor, no company. */
static void test_maghreb_region(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises $150 million Series B",
	    "Kestrel Corp has raised $150 million in a Series B round led by "
	    "Orvane, the largest round ever raised by a startup in the "
	    "Maghreb.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 1);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_string_not_equal(t.companies[i], "Maghreb");
	tags_release(&t);
}

/* A number word with a capital opens or ends a name of more words in
 * mixed case: "Nine Communications Pte Ltd", "Point Nine", "Six Flags";
 * "Boston Five Cents" kept its inside one before. */
static void test_number_word_names(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel Group has agreed to sell its Myanmar operations to "
	    "Singapore-based Nine Communications Pte Ltd for $576mn.\n", NULL,
	    NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Nine Communications");
	tags_release(&t);
	run("x", "Orvane has raised $120 million in a Series C round led by "
	    "Point Nine.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 1);
	assert_string_equal(t.deal.investors[0], "Point Nine");
	tags_release(&t);
}

/* "has taken majority (full) control of X": X bought. */
static void test_taken_majority_control(void **state)
{
	(void)state;
	struct tags t;
	run("x", "State-owned Kestrel Holding has officially taken majority "
	    "control of Orvane Mining after paying US$3.85 billion to "
	    "Millbrook Inc.\n", NULL, NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "Kestrel", "Orvane Mining");
	tags_release(&t);
}

/* "Existing shareholders DST Global and Valor Capital Group also put
 * money into the round": two firms ("Global" ends a firm's name, as
 * "Capital" does), and "put ... into the round" lists investors. */
static void test_put_money_into_round(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises US$150 million led by Orvane",
	    "Sao Paulo-based Kestrel has raised US$150 million in a round led "
	    "by American investor Orvane Management. Existing shareholders DST "
	    "Global and Valor Capital Group also put money into the round, the "
	    "company said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 3);
	assert_string_equal(t.deal.investors[1], "DST Global");
	assert_string_equal(t.deal.investors[2], "Valor Capital");
	tags_release(&t);
}

/* "Shares of X jumped ... to a record HK$283.4": the share's price, past
 * "a record" ("a high of", "an all-time high of"). */
static void test_amount_share_record(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel hits record high",
	    "Shares of Kestrel International jumped as much as 8.3 percent to "
	    "a record HK$283.4 on Monday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_PER_SHARE);
	tags_release(&t);
}

/* "$900m from the sale of its TowerCo unit": the sale of a thing is a
 * deal's price (sales of goods stay revenue); a "pretax gain of" a sum
 * and a buyback's sum are no price; "the sale of a convertible note" is
 * a security's. */
static void test_amount_sale_of(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel received $900m from the sale of its TowerCo unit.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_DEAL);
	tags_release(&t);
	run("x", "Kestrel Corp said it completed the sale of its industrial "
	    "products group and expects to recognize about a 3.0 mln dlr "
	    "pretax gain on the transaction.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
	run("x", "Kestrel said it received 100,000 dlrs from the sale of a "
	    "convertible note to Orvane Growth Fund.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
	/* a sum sold: loans or paper; of stock: a stake's price */
	run("x", "The Federal Home Mortgage Corp announced the sale of 400 mln "
	    "dlrs for residential mortgages to Kestrel Mortgage Corp.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
	run("x", "Kestrel said it completed the sale of 4.1 mln dlrs of stock "
	    "to Orvane Venture Capital Ltd.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_DEAL);
	tags_release(&t);
}

/* "processes more than INR 1,000 Cr in annual transactions": a volume of
 * trade, no deal's price. */
static void test_amount_annual_transactions(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel claims more than 50,000 partner restaurants and says it "
	    "processes more than INR 1,000 Cr in annual transactions.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
}

/* "a vote on its proposed merger into companies controlled by
 * Venezuelan businessman John Castellvi": the sentence's company merges
 * into a person's companies; he buys it. */
static void test_merger_into_persons_companies(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL INDUSTRIES <KST> MERGER NOT APPROVED",
	    "Kestrel Industries Inc said shareholders at a special meeting held "
	    "for a vote on its proposed merger into companies controlled by "
	    "Venezuelan businessman John Castellvi failed to provide a high "
	    "enough affirmative vote.\n", "HOUSTON, April 23", NULL, NULL, &t);
	expect_sides(&t, DEAL_ACQUISITION, "John Castellvi", "Kestrel");
	tags_release(&t);
}

/* "to acquire Dineout, the table reservation and restaurant tech platform
 * owned by Times Internet": the owner named in the target's apposition
 * sells it. */
static void test_apposed_owner_sells(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel Corp said it has signed definitive agreements to "
	    "acquire Orvane, the table reservation and restaurant tech platform "
	    "owned by Millbrook Internet.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Millbrook Internet");
	tags_release(&t);
}

/* "approved the sale, for about 240 mln dlrs, of its industrial products
 * division to X": the price between commas parts "sale" from its "of". */
static void test_sale_price_of(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> BOARD OKS SALE OF UNIT",
	    "Kestrel Corp said its directors approved the sale, for about 240 "
	    "mln dlrs, of its industrial products division to a New York-based "
	    "private investment firm, Orvane and Dubilier Inc.\n",
	    "CHICAGO, March 13", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvane and Dubilier");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	tags_release(&t);
}

/* "The round was led by Prosus, the Amsterdam-listed internet investor
 * controlled by South Africa's Naspers": the lead's owner, named in its
 * apposition, invests nothing. */
static void test_investor_owner_in_apposition(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises €300 million",
	    "Vienna-based tutoring platform Kestrel has raised €300 million in "
	    "a Series D financing round.\n\nThe round was led by Orvane, the "
	    "Amsterdam-listed internet investor controlled by South Africa's "
	    "Millbrook, with participation from Tencent and DST Global.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_string_not_equal(t.deal.investors[i], "Millbrook");
	tags_release(&t);
}

/* "Sajjan Jindal's JSW Group": a person's possessive before a name and
 * its "Group" owns that name; "Simon and Schuster's International Group"
 * stays one name. */
static void test_person_owns_group(void **state)
{
	(void)state;
	struct tags t;
	run("x", "It is the first new model since Ravi Kestrel's JSW Group took "
	    "a 35 percent stake in Orvane Motor India.\n",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Kestrel's"));
	tags_release(&t);
}

/* "fell 1/2 dlr", "3/4 cts": a fraction alone is its value, not the
 * number after its slash. */
static void test_amount_fraction_alone(void **state)
{
	(void)state;
	struct tags t;
	run("x", "Kestrel shares fell 1/2 dlr and Orvane's rose 3/4 cts.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_true(t.amounts[0].m.value > 0.49 && t.amounts[0].m.value < 0.51);
	assert_true(t.amounts[1].m.value > 0.0074 && t.amounts[1].m.value < 0.0076);
	tags_release(&t);
}

/* "A one billion dlr lawsuit", "110 to 130 mln dlrs in savings": a
 * suit's and a saving's sums are no deal's price; "KWIK SAVE FOR 146.6
 * MLN STG" names Kwik Save. */
static void test_amount_suit_and_savings(void **state)
{
	(void)state;
	struct tags t;
	run("x", "A one billion dlr lawsuit pushed Kestrel Tool Co into an "
	    "about-face on its rejection of a proposed merger with Orvane "
	    "International Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
	run("x", "Orvane had previously estimated 110 to 130 mln dlrs in "
	    "savings if the companies were combined.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_int_equal(t.amounts[0].kind, AMOUNT_OTHER);
	tags_release(&t);
}

/* "purchase of X Inc.'s controlling interest in Y": X sells its holding
 * in Y (past the "'s" a suffix's period parts, and what kind of holding
 * it is). */
static void test_controlling_interest_of(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel completes purchase",
	    "Kestrel Co has completed its $2.65 billion purchase of Orvane "
	    "Inc.'s controlling interest in Millbrook Mining.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Millbrook Mining");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvane");
	tags_release(&t);
}

/* "Orvane Pakistan" beside "Orvane Group", "Orvane Africa" beside it: a
 * known company's name and a country's (a region's) own name after it is
 * its unit there, a company of its own; not in a headline in capitals,
 * nor before the country's rank ("makes Orvane India's second-largest
 * maker"). */
static void test_unit_by_country_name(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy Orvane Pakistan",
	    "Norway's Orvane Group is leaving Pakistan. Kestrel Holdings said "
	    "on Thursday it had agreed to acquire Orvane Pakistan from Orvane "
	    "for an enterprise value of Rs108 billion.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Pakistan");
	assert_true(has(t.companies, t.ncompanies, "Orvane Pakistan"));
	tags_release(&t);
	run("Kestrel completes takeover",
	    "Kestrel Holdings on Tuesday completed its acquisition of Orvane "
	    "Africa, the African operations of Kuwait's Orvane Group, it "
	    "said.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Africa");
	tags_release(&t);
	run("Kestrel buys Orvane's cement arm",
	    "Orvane Group sold its cement arm to Kestrel Holdings. The purchase "
	    "makes Kestrel India's second-largest cement maker.\n",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Kestrel India"));
	tags_release(&t);
}

/* A headline's "Y's Hungarian business", a place and a business's noun
 * after the owner's possessive, is the part bought, its owner the seller
 * (not Y bought); "Y's U.S. business from Z" leaves Y the part; the part
 * gives way to its name where the story writes the owner's first word
 * and the place ("Orvane India's factories"), or names it by an
 * apposition ("Orvane Africa, the African operations of"). */
static void test_headline_part_by_place(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel buys Orvane's Hungarian business",
	    "The company said so on Monday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvane");
	assert_true(t.deal.target_asset);
	tags_release(&t);
	run("Kestrel to buy Orvane's U.S. business from Millbrook",
	    "The company said so on Monday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Millbrook");
	assert_false(t.deal.target_asset);
	tags_release(&t);
	run("Kestrel to buy Orvane's India business",
	    "Orvane Group has agreed to sell its Indian consumer business to "
	    "Kestrel Wellness for Rs 4,595 crore. The deal includes Orvane "
	    "India's factories at Aligarh.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane India");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvane");
	tags_release(&t);
	run("Kestrel completes buyout of Orvane's Africa business",
	    "Kestrel Holdings on Tuesday completed its acquisition of Orvane "
	    "Africa, the African operations of Kuwait's Orvane Group.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Africa");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvane");
	tags_release(&t);
	/* the part named by an apposition: "the Hungarian unit, X", "X,
	 * the African operations of" */
	run("Government blocks Kestrel's purchase of Orvane's Hungarian "
	    "business",
	    "The government has blocked Kestrel Holdings' planned takeover of "
	    "Orvane Group's Hungarian insurance operations. Kestrel agreed last "
	    "year to buy Orvane's businesses in Hungary and Poland, with the "
	    "Hungarian unit, Orvane Magyar Bank, making up the largest part.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Magyar Bank");
	tags_release(&t);
	run("Kestrel completes buyout of Orvane's Africa business",
	    "Kestrel Holdings on Tuesday completed its acquisition of Celtel "
	    "Communications Ltd, the African operations of Kuwait's Orvane "
	    "Group.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Celtel Communications");
	tags_release(&t);
}

/* "mergers and acquisitions" naming a trade's field, a department's or a
 * job's noun after it or a title before it, is no deal: "managing
 * director of the merger and acquisitions department", "head of mergers
 * and acquisitions at"; a merger the same sentence tells still is. */
static void test_deals_field(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Brothers names new managing director",
	    "Kestrel Brothers said John Stearns has joined the company as "
	    "managing director of its merger and acquisition department. "
	    "Stearns formerly was part of Orvane Bank's mergers and "
	    "acquisitions group.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.nroles, 0);
	tags_release(&t);
	run("", "Please read in item second para reference to position of "
	    "John Stearns as former managing director of the mergers and "
	    "acquisitions department of the London office of Kestrel Bank.\n",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.nroles, 0);
	tags_release(&t);
	run("Kestrel to merge with Millbrook",
	    "Kestrel Corp said it agreed to merge with Millbrook Corp, "
	    "advised by Orvane Bank's head of mergers and acquisitions.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
}

/* "X said the purchase of a 5.4 pct block of its stock was a violation":
 * X's own stock is bought, X the target, the buyer unnamed (X bought
 * before). */
static void test_purchase_of_its_stock(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> SAYS STAKE VIOLATES LAW",
	    "Kestrel International Inc said the purchase of a 5.4 pct block of "
	    "its stock was an apparent violation of the laws of Panama, its "
	    "country of incorporation.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_null(t.deal.acquirer);
	assert_int_equal(t.deal.ninvestors, 0);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel International");
	tags_release(&t);
}

/* A station by its call sign ("WOR-TV", "KHJ-TV", "WABC-FM") is a
 * business of its own name, bought and sold; not a word that only looks
 * like one ("AKHJ-TV", "WOR-TVX"). */
static void test_station_call_sign(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL UNIT COMPLETES WOR-TV SALE",
	    "Kestrel said its Orvane General Inc subsidiary completed the sale "
	    "of WOR-TV to MCA Inc for 387 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "WOR-TV");
	assert_true(has(t.companies, t.ncompanies, "WOR-TV"));
	tags_release(&t);
	run("Deal news",
	    "Kestrel Broadcasting Corp said it agreed to buy WABC-FM from "
	    "Orvane Corp. Millbrook said AKHJ-TV and WOR-TVX rose.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "WABC-FM");
	assert_false(has(t.companies, t.ncompanies, "AKHJ-TV"));
	assert_false(has(t.companies, t.ncompanies, "KHJ-TV"));
	assert_false(has(t.companies, t.ncompanies, "WOR-TVX"));
	tags_release(&t);
	run("Deal news", "The price of WPIX-TV's studio rose, Kestrel said.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "WPIX-TV"));
	tags_release(&t);
}

/* "the acquisition of X in Seattle, Washington, by Y": where X is, between
 * commas, stands before its buyer's "by"; "FAILING ... S/L IS ACQUIRED":
 * a failing company is bought, no deal failed ("talks failing" and
 * "failing to agree" still end one). */
static void test_acquisition_by_past_place(void **state)
{
	(void)state;
	struct tags t;
	run("FAILING WASHINGTON STATE S/L IS ACQUIRED",
	    "The Federal Home Loan Bank Board announced the acquisition of "
	    "Kestrel Savings and Loan Association in Seattle, Washington, by "
	    "Orvane Savings Bank of Oak Harbour, Washington.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvane Savings Bank");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Savings and Loan Association");
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("KESTREL SAYS MERGER TALKS FAILING",
	    "Kestrel Corp said its merger talks with Orvane Corp were failing "
	    "and would be ended.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* A fee's money ("a break-up fee of 200 million euros", "a $300-million
 * termination fee", "its yearly card fee to six dlrs") is other money,
 * no deal's price nor a share's. */
static void test_amount_fee(void **state)
{
	(void)state;
	struct tags t;
	run("EU blocks Kestrel's takeover of Orvane Express",
	    "The European Commission blocked Kestrel's purchase of Orvane "
	    "Express. Under the terms of their merger agreement, Kestrel must "
	    "now pay Orvane Express a break-up fee of 200 million euros.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "200 million euros"), AMOUNT_OTHER);
	tags_release(&t);
	run("Kestrel walks away from Orvane deal",
	    "Kestrel Mining said it would receive a $300-million termination "
	    "fee from Orvane Gold after Orvane accepted a rival offer.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$300-million"), AMOUNT_OTHER);
	assert_int_equal(t.deal.amount, -1);
	tags_release(&t);
}

/* Egypt's "LE17.25" (pre-glued: touching its number, a capital first;
 * "le 5 mai" is no money) and Vietnam's "VNĐ4 trillion" are money, the
 * bracketed USD its conversion; small sums in a sentence that prices
 * goods by their unit ("per liter ... from LE15.25") are the goods'
 * prices, no share's. */
static void test_pound_le_and_dong(void **state)
{
	(void)state;
	struct tags t;
	run("Egypt raises fuel prices",
	    "The price of 92-octane gasoline rose to LE17.25 per liter from "
	    "LE15.25, while 95-octane gasoline went up to LE19 from LE17. Le "
	    "Monde said le 5 mai.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 4);
	assert_string_equal(t.amounts[0].m.currency, "EGP");
	for (size_t i = 0; i < t.namounts; i++)
		assert_int_equal(t.amounts[i].kind, AMOUNT_OTHER);
	tags_release(&t);
	run("x", "Kestrel Corp, which sold petrol at $3.90 and diesel at $4.10 "
	    "a gallon, agreed to a deal.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$3.90"), AMOUNT_OTHER);
	assert_int_equal(kind_of(&t, "$4.10"), AMOUNT_OTHER);
	tags_release(&t);
	run("Kestrel Airlines gets VNĐ4 trillion loan",
	    "Kestrel Airlines has signed credit agreements for a VNĐ4 trillion "
	    "(US$172 million) loan.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "VND");
	assert_true(t.amounts[0].m.value == 4e12);
	tags_release(&t);
}

/* "<Kestrel Haskins and Sells>": a partners' name may end in a verb's
 * word after "and", capitalised in mixed case; under the capitals
 * headline "KESTREL HASKINS SELLS GETS STAKE IN COMPANY" the word before
 * the verb is the name's, and the nearer "GETS" makes the stake bought,
 * not cut. */
static void test_partners_name_and_sells(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL HASKINS SELLS GETS STAKE IN COMPANY",
	    "<Kestrel Haskins and Sells>, an accounting and consulting firm, "
	    "said it bought a stake in <Orvane Systems Corp>, a software and "
	    "services company.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kestrel Haskins and Sells"));
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Haskins and Sells");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Systems");
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "has taken over a small Dutch gas container firm", then "The firm, X
 * BV (LGT), employs 10 people": the company described with "a" and its
 * noun is named by the next sentence's "The <noun>, X,"; below a headline
 * too; a next sentence of something else names nothing. */
static void test_described_company_named_next(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL ACQUIRES DUTCH GAS CONTAINER UNIT",
	    "Dutch shipping group Kestrel Van Ommeren NV said it has taken over a "
	    "small Dutch gas container firm as a first step.\n    The firm, "
	    "Orvane Gas Transport BV (OGT), employs 10 people.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Gas Transport");
	tags_release(&t);
	run("Kestrel buys firm",
	    "Kestrel Corp said it has acquired a small Dutch gas container "
	    "company. The company, Orvane Transport BV, employs 10 people.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Transport");
	tags_release(&t);
	run("Kestrel buys firm",
	    "Kestrel Corp said it has acquired a small Dutch gas container "
	    "company. The market, Orvane Transport BV said, is growing.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.target);
	tags_release(&t);
}

/* "would consider an acquisition in Italy, Hunter said": past a comma, a
 * one-word name that speaks is the speaker, not the deal's target; a
 * company's short name that speaks may be its own target ("offers now
 * pending for the company's stock, Kestrel said", of Kestrel Western
 * Inc). */
static void test_speaker_after_comma(void **state)
{
	(void)state;
	struct tags t;
	run("ORVANE STUDYING ITALIAN EXPANSION",
	    "Robert D. Hunter, Orvane Manhattan area executive for Europe, said "
	    "plans have not been finalised. Asked if Orvane Manhattan would consider "
	    "an acquisition in Italy, Hunter said: \"We will look at any "
	    "opportunity.\"\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.target);
	tags_release(&t);
	run("KESTREL TO ADJOURN DELAYED HOLDERS MEETING",
	    "Kestrel Western Inc said no business will be transacted at the "
	    "shareholders meeting. If a definitive agreement results from any "
	    "of the offers now pending for the company's stock, Kestrel said, "
	    "a date for a new meeting will be set.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Western");
	tags_release(&t);
}

/* "taken private", "take-private": an acquisition's words; "X agrees to
 * a $1.7 billion take-private by Y-led group", "X taken private by Y",
 * "its agreement to be taken private": X bought. */
static void test_take_private_passive(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel agrees to $1.7 billion take-private by Orvane-led group",
	    "OSLO, July 11 (Reuters) - Norwegian games maker Kestrel has agreed "
	    "to be taken private by a consortium led by Orvane Asset Management, "
	    "the companies said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvane");
	tags_release(&t);
	run("Kestrel taken private by Orvane Holdings as $16.5 billion deal "
	    "closes",
	    "Drugmaker Kestrel has been acquired by Orvane Holdings, the "
	    "foundation-owned investor.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvane");
	tags_release(&t);
}

/* "buys 143 Comercial Mexicana stores": a count of a business's parts
 * (stores, branches, hotels, plants ...) after a buying verb is a deal,
 * not goods counted as "33 Airbus A350 jets" are; the named company's
 * stores are the part bought, the company its seller. */
static void test_count_of_stores(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel buys 143 Orvane Mexicana stores for 39,194 million pesos",
	    "Kestrel Soriana agreed to acquire 143 stores from Controladora "
	    "Orvane Mexicana for 39,194 million pesos (about US$2.67 billion), "
	    "in a deal that will strengthen its position.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_true(t.deal.target_asset);
	assert_non_null(t.deal.seller);
	assert_non_null(strstr(t.deal.seller, "Orvane Mexicana"));
	tags_release(&t);
	run("Kestrel to buy 33 Airbus A350 jets",
	    "Kestrel Airways said it would buy 33 Airbus A350 jets.\n",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.type == DEAL_NONE || t.deal.confidence < 0.5);
	tags_release(&t);
}

/* "Swedish Orkestrel Biovitrum (Sobi)": capitalised words right before a
 * short form in brackets of one word in mixed case that begins as they
 * do name a company, the short form its alias (a headline's "Sobi" is
 * it); not a public body, a bloc, a rate or a country's bank ("Caribbean
 * Community (Caricom)", "London Interbank Offered Rate (Libor)", "Bank of
 * Mexico (Banxico)"). */
static void test_defined_short_names(void **state)
{
	(void)state;
	struct tags t;
	run("Millbrook's SEK 69,6 billion bid for Sobi collapses",
	    "Millbrook International said on Monday that its offer for Swedish "
	    "Orkestrel Biovitrum (Sobi) had lapsed. The Caribbean Community "
	    "(Caricom), the London Interbank Offered Rate (Libor) and the Bank "
	    "of Mexico (Banxico) were not involved.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Swedish Orkestrel Biovitrum");
	assert_false(has(t.companies, t.ncompanies, "Caribbean Community"));
	assert_false(has(t.companies, t.ncompanies,
			 "London Interbank Offered Rate"));
	assert_false(has(t.companies, t.ncompanies, "Bank of Mexico"));
	tags_release(&t);
}

/* "JSE- and NYSE-listed Kestrel Fields", "ASX-listed": an exchange where a
 * company is listed is no side of its deal. */
static void test_exchange_listed_prefix(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel walks away from Orvane deal",
	    "JSE- and NYSE-listed Kestrel Fields has terminated its agreement to "
	    "acquire Canadian gold miner Orvane Gold after Orvane's board "
	    "accepted a rival proposal.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "JSE") != 0);
	assert_false(has(t.companies, t.ncompanies, "JSE"));
	assert_false(has(t.companies, t.ncompanies, "NYSE"));
	tags_release(&t);
}

/* A known company's group member may be followed by its initials in
 * brackets: "Orvane Beverages Africa (OBA)" beside "Orvane Group" is a
 * company of its own, as without the brackets. */
static void test_group_member_with_initials(void **state)
{
	(void)state;
	struct tags t;
	run("Deal news",
	    "Orvane Group owns most of Orvane Beverages Africa (OBA), the "
	    "continent's largest bottler, it said.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Orvane Beverages Africa"));
	tags_release(&t);
}

/* "WINCANTON BACKS GXO'S 605P-A-SHARE BID": a yes to a bid within four
 * words, a price's words not counted, is agreed. */
static void test_backs_priced_bid(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel backs Orvane's 605p-a-share bid, ditching French suitor",
	    "The company said so on Monday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel no longer backs Orvane's 605p-a-share bid",
	    "The company said so on Monday.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* The bundled table: "kroner" alone is a crown of the story's country
 * (Norway's here), "RON 46.8 billion" Romania's lei (only before a
 * scale: "RON 95" petrol is none), "45 sen a share" and "50 kobo" a
 * hundredth of a ringgit and of a naira ("5 Sen. Smith" is a title); a
 * decimal comma before a sentence's comma ("DKK 169,60, the premium"). */
static void test_more_currency_forms(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy Orvane for 1.1 billion kroner",
	    "Kestrel agreed to buy Orvane for 200 million kroner, E24 said.\n",
	    "OSLO, Dec 19", NULL, NULL, &t);
	assert_true(t.namounts >= 1);
	assert_string_equal(t.amounts[t.namounts - 1].m.currency, "NOK");
	tags_release(&t);
	run("x", "The IPO values the company at RON 46.8 billion. RON 95 petrol "
	    "costs RM2.05.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "RON");
	assert_string_equal(t.amounts[1].m.currency, "MYR");
	tags_release(&t);
	run("x", "Kestrel Bhd offered 45 sen a share, and shares rose 50 kobo. "
	    "Sen. Warren said 5 Sen. Smith agreed. Orvane paid 500 million "
	    "Euros. The deal closes in May.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 3);
	assert_true(t.amounts[0].m.value > 0.449 && t.amounts[0].m.value < 0.451);
	assert_string_equal(t.amounts[0].m.currency, "MYR");
	assert_string_equal(t.amounts[1].m.currency, "NGN");
	tags_release(&t);
	run("x", "Measured against the average price of DKK 169,60, the premium "
	    "is 37,4 percent.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_true(t.amounts[0].m.value > 169.59 && t.amounts[0].m.value < 169.61);
	tags_release(&t);
}

/* "X agrees to $3.3b Y takeover": the name between the price and the
 * takeover's word is the bidder, X the bought (it was read as X's
 * takeover of Y when the lead's later words held the headline's
 * deal). */
static void test_agrees_to_named_takeover(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel agrees to $3.3b KC Capital takeover at $4.80 a share",
	    "Kestrel Financial has agreed to be taken over by New York-based KC "
	    "Capital Partners for $3.3 billion, ending an almost eight-month "
	    "contest for the wealth manager behind the KLC brand at a price "
	    "below the bidder's peak offer.\n\nThe board unanimously recommended "
	    "that shareholders vote in favour of the $4.80-a-share cash scheme "
	    "of arrangement, in the absence of a superior proposal and subject "
	    "to an independent expert concluding it is in their best interests. "
	    "The price is below the $5 a share KC Capital offered in March to "
	    "match rival Millbrook Capital, but represents a 56.9 per cent "
	    "premium to Kestrel's undisturbed closing price of $3.06 on December "
	    "11, before Millbrook lodged its first proposal.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "KC Capital");
	assert_non_null(t.deal.target);
	assert_non_null(strstr(t.deal.target, "Kestrel"));
	tags_release(&t);
}

/* "KESTREL CONSORTIUM BID VALUES GROUP AT R23,3BN": a headline's verb
 * after the bid's word opens no description of a business bought. */
static void test_bid_values_group(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel consortium bid values group at R23,3bn",
	    "The company said so on Wednesday.\n", NULL, NULL, NULL, &t);
	assert_false(t.deal.target_asset);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "values group") != 0);
	tags_release(&t);
}

/* "PKP sells Millbrook's to Orvane Robina", the lead's "Pacific Kestrel
 * Partners has agreed to sell": an acronym spells the initials of a name
 * as first written, its legal form's word counted ("Partners"), though
 * the name is listed without it. */
static void test_acronym_of_written_name(void **state)
{
	(void)state;
	struct tags t;
	run("PKP sells Millbrook's to Philippines' Orvane Robina for $700m",
	    "July 21 (BusinessDesk) - Pacific Kestrel Partners has agreed "
	    "to sell Millbrook's Foods, the maker of Gingernuts, "
	    "MallowPuffs and Huntley & Palmers crackers, to Orvane Robina "
	    "Corp for $700 million, ending the Australian private equity "
	    "firm's eight-year ownership of New Zealand's biggest biscuit "
	    "maker.\n\nOrvane Robina, the food and beverage arm of the "
	    "Gokongwei family's JG Summit Holdings, is buying 100 percent "
	    "of holding company NZ Snack Food Holdings through its wholly "
	    "owned offshore unit URC International. It will pay $100 "
	    "million in cash immediately, with the balance due on "
	    "completion, which is subject to Overseas Investment Office "
	    "approval.\n\nPKP bought Millbrook's from France's Danone in "
	    "2006 for $385 million. Accounts for NZ Snack Food Holdings "
	    "show it made a capital return of $192 million last year, when "
	    "PKP refinanced the biscuit maker, and had interest-bearing "
	    "debt of $442.4 million as at Dec. 31. Profit slumped 75 "
	    "percent to $5.1 million in calendar 2013 on revenue of $280.8 "
	    "million.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Pacific Kestrel");
	tags_release(&t);
}

/* "Kestrel Development Finance Corporation (KDFC)": the body's short form
 * in brackets is read before the headline, so the headline's "KDFC" is
 * that company and "KDFC Bank" the other side of its merger. */
static void test_bracketed_short_form_before_headline(void **state)
{
	(void)state;
	struct tags t;
	run("KDFC to merge with KDFC Bank in $40-billion deal",
	    "MUMBAI: Kestrel Development Finance Corporation (KDFC), India's "
	    "largest mortgage lender, will merge with KDFC Bank, the country's "
	    "biggest private sector lender, in an all-stock deal valued at "
	    "about $40 billion, the two companies said on Monday.\n\nKDFC "
	    "shareholders will receive 42 shares of KDFC Bank for every 25 KDFC "
	    "shares they hold.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Kestrel Development Finance"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "KDFC Bank"));
	tags_release(&t);
}

/* "X and Y have agreed to combine in an all-share transaction": "combine
 * in" ("into") is a merger's words; "valued at approximately $15
 * billion, including net debt": the debt a value includes leaves it the
 * deal's, not other money. */
static void test_combine_in_including_debt(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel and Orvane to combine in $15-billion all-share deal",
	    "CALGARY - Kestrel Resources Inc. and Orvane Inc. have agreed to "
	    "combine in an all-share transaction valued at approximately $15 "
	    "billion, including net debt.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	assert_int_equal(kind_of(&t, "$15 billion"), AMOUNT_DEAL);
	tags_release(&t);
	/* (a charge a profit includes stays other: "includes charge
	 * 2,885,000 dlrs") */
	run("Kestrel Corp 1st qtr net",
	    "Net 52.2 mln vs 59.7 mln. NOTE: Current year net includes charge "
	    "2,885,000 dlrs or seven cts shr from early note retirement.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "2,885,000 dlrs"), AMOUNT_OTHER);
	tags_release(&t);
}

/* "Kestrel Innovation, the parent company of news aggregator Dailyhunt
 * and short-video app Josh, has raised $805 million in a funding round
 * led by Orvane Capital": what the round's company owns, in its
 * apposition, invests nothing. */
static void test_round_company_apposition(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Innovation raises $805M led by Orvane Capital",
	    "Bengaluru-based Kestrel Innovation, the parent company of news "
	    "aggregator Dailyhunt and short-video app Josh, has raised $805 "
	    "million in a funding round led by Orvane Capital, at a valuation "
	    "of $5 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvane Capital"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Dailyhunt"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Josh"));
	tags_release(&t);
	/* (investors named before the company stay: it opens no
	 * sentence) */
	run("Kestrel raises $50M",
	    "Orvane Capital and Millbrook Partners led the round in Kestrel, "
	    "the payments startup, with Tiger Global joining.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvane Capital"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Tiger Global"));
	tags_release(&t);
}

/* "KESTREL RAISES $50M LED BY ORVANE CAPITAL": a raise's leader after it
 * is no object of the raise ("Capital" is no capital raised, a
 * look-alike's word); "raises $3 billion from sukuk sale" and "gets €7
 * billion in state-backed loans" stay debt. */
static void test_raise_led_by(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises $50M led by Orvane Capital",
	    "Kestrel, a payments startup, has raised $50 million in a funding "
	    "round led by Orvane Capital.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvane Capital"));
	tags_release(&t);
	run("Kestrel gets €7 billion in state-backed loans to survive crisis",
	    "PARIS - Kestrel Airlines will receive €7 billion in loans from the "
	    "French state and banks.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.type == DEAL_NONE || t.deal.confidence < 0.5);
	tags_release(&t);
}

/* "Kestrel Oil Ltd said ... an agreement for Orvane Holdings Ltd to
 * acquire a 43 pct interest in the company": the lead's holding "in
 * (of) the company" is of the company that speaks. */
static void test_interest_in_the_company(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL SETS MEETING TO APPROVE MERGER",
	    "Kestrel Oil Ltd said the board called a special meeting for April "
	    "22 for shareholders to vote on its previously announced agreement "
	    "for Hong Kong-based Orvane Whampoa Ltd to acquire a 43 pct "
	    "interest in the company.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvane Whampoa");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Oil");
	tags_release(&t);
}

/* "X said it signed an agreement (a memorandum) with Y to establish a
 * joint venture": the pact's partner before its "to" of forming one, as
 * "an agreement with Y for a joint venture" was. */
static void test_pact_with_to_form(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL MICRO <KMDV.O> IN JOINT VENTURE",
	    "Kestrel Micro Devices Inc said it signed a memorandum of "
	    "understanding with Orvanica to establish a joint venture to make "
	    "integrated circuits for the Western European market.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Kestrel Micro Devices"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvanica"));
	tags_release(&t);
}

/* "TO GO PUBLIC", "GOES PUBLIC": an IPO's words; "Kestrel Goes Public
 * With $7.6 Billion Offer for Orvane" makes its bid known, no listing. */
static void test_go_public(void **state)
{
	(void)state;
	struct tags t;
	run("TAIWAN'S KESTREL LINE TO GO PUBLIC",
	    "Liner shipping specialist <Kestrel Marine Corp>, Taiwan's largest "
	    "private company, has applied to the Securities and Exchange "
	    "Commission to go public next month, a company spokeswoman told "
	    "Reuters.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Marine");
	tags_release(&t);
	run("Kestrel Goes Public With $7.6 Billion Offer for Orvane Instruments",
	    "Kestrel Electric Co made public its $7.6 billion offer for Orvane "
	    "Instruments Corp on Tuesday.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
}

/* "acquired minority stakes in four Egyptian companies listed on the
 * Egyptian Exchange": where the companies are listed is none of them. */
static void test_listed_on_exchange(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Investment Company acquires stakes in four firms for $1.3bn",
	    "The Kestrel Investment Company, a subsidiary of Orvane Holdings, has "
	    "acquired minority stakes in four Egyptian companies listed on the "
	    "Egyptian Exchange (EGX) for a total of $1.3bn.\n",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Egyptian Exchange") != 0);
	tags_release(&t);
}

/* "a 51 percent stake in Orvane Gas (OG), the gas unit of Orvane Group":
 * the target's short form in brackets before its apposition, the unit's
 * owner its seller, as without the brackets. */
static void test_unit_of_seller_bracketed(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy 51% of Orvane Gas",
	    "Kestrel Gas Negara has agreed to acquire a 51 percent stake in "
	    "Orvane Gas (Orgas), the gas unit of Orvane Group, for $1.22 "
	    "billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvane");
	tags_release(&t);
}

/* "would sell all of its businesses other than the Kestrel Air Filter
 * business": what "other than" keeps is no part sold. */
static void test_sell_all_other_than(void **state)
{
	(void)state;
	struct tags t;
	run("ORVANE-CHALMERS <AH> PROPOSES RESTRUCTURING",
	    "Orvane-Chalmers Corp said it asked lenders to approve a "
	    "restructuring plan.\n    The company said it would sell all of its "
	    "businesses other than the Kestrel Air Filter business and pay "
	    "part of its debt.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strstr(t.deal.target, "Kestrel") == NULL);
	tags_release(&t);
}

/* "talks on its possible purchase by a substantial U.S. company", "to
 * consider its proposed acquisition by an investor group": "its" deal
 * done "by" another is done to the sentence's subject, not by it. */
static void test_its_purchase_by(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL MICROWAVE <KMW> IN TALKS ON BUYOUT",
	    "Kestrel Microwave Inc said it is involved in talks on its possible "
	    "purchase by a substantial U.S. company it did not identify.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Microwave");
	tags_release(&t);
}

/* "it retained Orvane Anthony and R.L. Day Inc to seek purchasers of the
 * company or its units": the buyers sought are no one yet, the adviser
 * before them none of them; "the company" is the one that speaks. */
static void test_seek_purchasers(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL INDUSTRIES SEEKS BUYER FOR COMPANY",
	    "<Kestrel Industries Inc> said it retained Orvane Anthony and R.L. "
	    "Day Inc to seek purchasers of the company or its units.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* "made an all cash merger proposal to Borg-Warner Corp", "submitted a
 * merger proposal to the board of REPH Acquisition Co": the proposal's
 * maker bids for the company it is made to; a merger with no "to" keeps
 * its parties as they were. */
static void test_merger_proposal_to(void **state)
{
	(void)state;
	struct tags t;
	run("KORVEL SEEKS ALL OF DANBRIDGE",
	    "Korvel Corp said it has made an all cash merger proposal to "
	    "Danbridge Corp at 46 dlrs per share for all the company's "
	    "common stock.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Korvel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Danbridge");
	tags_release(&t);
	run("TALVEN UNIT MAKES PROPOSAL",
	    "Pell Health Systems Corp, a wholly-owned subsidiary of Talven "
	    "and Co, said it submitted a merger proposal to the board of "
	    "Ormond Acquisition Co, the parent company of Ridge Health "
	    "Corp.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Pell Health Systems");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Ormond Acquisition");
	tags_release(&t);
	run("KORVEL, DANBRIDGE AGREE TO MERGE",
	    "Korvel Corp said it agreed to a merger with Danbridge Corp.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Korvel");
	tags_release(&t);
}

/* "has repurchased 780,000 common shares from Putnam Mills Corp
 * principals" is a buyback of the company's own shares, no deal; "the
 * purchase price will be applied against the debt X owes" names no
 * company bought, so the lead's buyback stands and a later purchase is
 * the story's deal; "the purchase price for Bolt" still names it. */
static void test_repurchase_from_holders(void **state)
{
	(void)state;
	struct tags t;
	const char *lead =
	    "Harlow, Dent and Pryce Inc said it has repurchased 780,000 "
	    "common shares from Quarry Mills Corp principals Sidney and "
	    "Peter Kaplan for 2.25 dlrs per share.\n"
	    "    It said the purchase price will be applied against the "
	    "1,700,000 dlrs Quarry Mills currently owes Harlow Dent for "
	    "merchandise.\n";
	run("HARLOW DENT <HDP> REPURCHASES SHARES", lead, NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	char body[1024];
	snprintf(body, sizeof(body), "%s    The company also said it has "
		 "agreed in principle to acquire privately-held Vale "
		 "Fashions Industries Inc for 18 mln dlrs in cash.\n", lead);
	run("HARLOW DENT <HDP> REPURCHASES SHARES", body, NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Vale Fashions");
	tags_release(&t);
	run("ACME TO BUY BOLT",
	    "Acme Corp said it agreed to buy Bolt Inc. The purchase price "
	    "for Bolt Inc is 20 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Bolt");
	tags_release(&t);
	run("KESTREL BUYS ORVANE STOCK",
	    "Kestrel Corp said it has repurchased 500,000 shares of Orvane "
	    "Inc from Bolt Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane");
	tags_release(&t);
}

/* "FOUR SEASONS BUYING MARRIOTT <MHS> HOTEL": past the ticker that ends
 * the name, a hotel (a plant, stores) is the company's, which it sells;
 * the lead names what is bought; "UNIT" was read so before. */
static void test_headline_ticker_owned_thing(void **state)
{
	(void)state;
	struct tags t;
	const char *lead =
	    "<Larch Hotels Inc> and Tamber Realty Partners said they agreed "
	    "to acquire the Santa Barbara Wexley Hotel in California from "
	    "Quillon Corp, for undisclosed terms.\n";
	run("LARCH BUYING QUILLON <QLN> HOTEL", lead, NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Hotels");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Santa Barbara Wexley Hotel");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Quillon");
	tags_release(&t);
	run("LARCH BUYING QUILLON <QLN> PLANTS",
	    "Larch Corp said it agreed to buy two plants from Quillon Corp "
	    "for 40 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Quillon");
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Quillon") != 0);
	tags_release(&t);
}

/* "said it raised its Purolator Courier Corp stake to 9.5 pct": a
 * holding raised, however long the name before "stake", is the stake's
 * deal (the holder buys), not money the subject raised. */
static void test_raised_named_stake(void **state)
{
	(void)state;
	struct tags t;
	run("INVESTMENT FIRM BOOSTS ORVANE <ORV> STAKE",
	    "Tamber Investments, a New York investment partnership, said it "
	    "raised its Orvane Courier Corp stake to 726,700 shares, or 9.5 "
	    "pct, from 474,900, or 6.2 pct.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamber Investments");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Courier");
	tags_release(&t);
	run("X", "Kestrel Corp said it raised 20 mln dlrs from Tamber "
	    "Investments.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
}

/* An IPO's selling holder: "an offer for sale of 14.22 crore shares by
 * the South Korean parent Kestrel Motor Company"; "by the parent" is the
 * owner the lead names ("the housing finance arm of Orvane Finance");
 * "existing shares sold by Zorgal's owner, the private equity firm Tamber
 * Capital Partners" in a raise the story makes an IPO; "Quillon sold
 * about 34% of Dasko in the offer"; not underwriters ("through
 * underwriters led by Merrill Lynch") nor a list ("by existing
 * investors, including Prosus, Accel and Elevation Capital"). */
static void test_ipo_offer_for_sale_by(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Motor India sets price band for record IPO",
	    "Kestrel Motor India Ltd has fixed a price band of Rs 1,865-1,960 "
	    "per share for its initial public offering. The issue is entirely "
	    "an offer for sale of 14.22 crore shares by the South Korean "
	    "parent Kestrel Motor Company.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel Motor");
	tags_release(&t);
	run("Orvane Housing Finance sets price band for IPO",
	    "Orvane Housing Finance, the housing finance arm of Orvane "
	    "Finance, has fixed a price band of Rs 66-70 per share for its "
	    "initial public offering. The issue comprises a fresh issue of "
	    "shares worth Rs 3,560 crore and an offer for sale of Rs 3,000 "
	    "crore by the parent.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvane Finance");
	tags_release(&t);
	run("Zorgal raises 6.5 billion zloty in Warsaw's biggest IPO",
	    "Shares in Zorgal rose on their first day of trading after an "
	    "initial public offering that raised 6.5 billion zloty. The "
	    "offering consisted entirely of existing shares sold by Zorgal's "
	    "owner, the private equity firm Tamber Capital Partners, which "
	    "will remain the largest shareholder.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Tamber Capital");
	tags_release(&t);
	run("Dasko jumps on debut after record IPO",
	    "Shares of Dasko jumped on their debut on Wednesday after the "
	    "biggest initial public offering in the bourse's history. "
	    "Quillon Holdings sold about 34% of Dasko in the offer and "
	    "remains its controlling shareholder.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Quillon");
	tags_release(&t);
	run("<LARCH FSB> SEEKS TO GO PUBLIC",
	    "Larch FSB said it plans to go public. Any shares remaining "
	    "would be sold in a public offering through underwriters led by "
	    "Merrill Lynch and Co Inc <MER>.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Zorvo sets IPO price band at Rs 371-390 a share",
	    "Zorvo has set a price band of Rs 371-390 a share for its initial "
	    "public offering. The issue comprises a fresh sale of shares "
	    "worth Rs 4,499 crore and an offer for sale of 17.51 crore shares "
	    "by existing investors, including Prosus, Accel and Elevation "
	    "Capital.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "Kestrel Electronics India files DRHP for IPO": an IPO's papers (DRHP,
 * RHP, OFS) are no company, neither named nor the side of the IPO; the
 * subject files for it and goes public. */
static void test_ipo_papers_no_name(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Electronics India files DRHP for IPO; Korean parent to "
	    "sell 15% stake",
	    "Kestrel Electronics India, the local arm of the South Korean "
	    "consumer electronics maker, has filed its draft red herring "
	    "prospectus with the Securities and Exchange Board of India "
	    "(Sebi) for an initial public offering that could raise about "
	    "Rs 15,000 crore ($1.8 billion).\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "DRHP"));
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Electronics India");
	tags_release(&t);
}

/* "Advent International and Singapore's sovereign wealth fund GIC said
 * ... that their offer for X had lapsed": a description between "and"
 * and the second bidder's name keeps the two bidders (the second was
 * read as the bid's target), and "their" after "said" makes both its
 * investors. */
static void test_co_bidders_described(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Tamber International and Singapore's sovereign wealth fund "
	    "GIC said on Monday that their offer for Quillon Biovitrum had "
	    "lapsed.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamber International");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon Biovitrum");
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[1], "GIC");
	tags_release(&t);
}

/* "made a new non-binding offer for Quillon SA's controlling stake in
 * Dasko SA": a bid for an owner's holding is for the company held, which
 * the owner sells; a bid for a company written plainly keeps it. */
static void test_bid_for_owners_stake(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Tamber Oil Co. made a new non-binding offer for Quillon "
	    "SA's controlling stake in Dasko SA.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dasko");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Quillon");
	tags_release(&t);
	run("X", "Tamber Oil Co. made a new non-binding offer for Quillon "
	    "SA.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon");
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* Portuguese and Spanish firms' words end a name written bare
 * ("Ultrapar Participações", "Liquigas Distribuidora"), and a company's
 * description may go on with "controlled by" ("Liquigas Distribuidora,
 * the bottled-gas distributor controlled by state-run oil company
 * Petrobras"). */
static void test_iberian_firm_words(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Cade has rejected the sale of Vargas Distribuidora, the "
	    "bottled-gas distributor controlled by state-run oil company "
	    "Petrobras, to Ultragaz, a unit of Quintal Participações.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Vargas Distribuidora"));
	assert_true(has(t.companies, t.ncompanies, "Quintal Participações"));
	tags_release(&t);
}

/* "Cade vetoes Ultragaz purchase of Petrobras' Liquigas": after a deal's
 * noun, a name written as an owner's and then a name: the second is
 * bought, the owner sells it; "purchase of Petrobras" keeps its target. */
static void test_purchase_of_owners_named_part(void **state)
{
	(void)state;
	struct tags t;
	run("Regulator vetoes Tamber purchase of Orvane's Vargas",
	    "The regulator has rejected the sale of Vargas Distribuidora, the "
	    "distributor controlled by Orvane Corp, to Tamber Inc.\n", NULL,
	    NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Vargas Distribuidora");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvane");
	tags_release(&t);
	run("Regulator vetoes Tamber purchase of Orvane",
	    "The regulator voted 4-2 on Wednesday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane");
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "its board continues to explore alternatives in response to a Theta
 * Corp offer": a response to the bid itself is the target's answer; a
 * bid made "in response to" something else stays the subject's own. */
static void test_response_to_bid(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Larch Broadcasting Co said its board continues to explore "
	    "alternatives in response to a Quillon Corp offer of 150 dlrs per "
	    "share for Larch stock.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Quillon");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larch Broadcasting");
	tags_release(&t);
	run("X", "Larch Broadcasting Co said it received 2.3 mln shares in "
	    "response to its tender offer for Quillon Corp.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Broadcasting");
	tags_release(&t);
}

/* "MONTEDISON CONCLUDES TALKS WITH ANTIBIOTICOS" over a lead that tells
 * no deal: a later sentence whose acquirer and target are both named by
 * the headline tells the headline's deal; one naming another company
 * does not. */
static void test_late_headline_deal(void **state)
{
	(void)state;
	struct tags t;
	const char *lead =
	    "Tamber Spa <TAMB.MI> said it has concluded its negotiations with "
	    "Spanish pharmaceuticals company <Quillon SA>.\n"
	    "    A company spokesman told Reuters \"We have concluded the talks "
	    "and we are now awaiting authorization from Spanish "
	    "authorities.\" He declined to comment further.\n"
	    "    Earlier today the Italian company postponed a scheduled press "
	    "conference on its talks with Quillon. ";
	char body[1024];
	snprintf(body, sizeof(body), "%sAn Italian press report today said "
		 "Tamber has agreed to acquire Quillon for 500 billion lire.\n",
		 lead);
	run("TAMBER CONCLUDES TALKS WITH QUILLON", body, NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamber");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon");
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	snprintf(body, sizeof(body), "%sAn Italian press report today said "
		 "Tamber has agreed to acquire Orvane Corp for 500 billion "
		 "lire.\n", lead);
	run("TAMBER CONCLUDES TALKS WITH QUILLON", body, NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Orvane") != 0);
	tags_release(&t);
}

/* "said it signed a letter of intent with Shieldalloy Corp, a wholly-owned
 * subsidiary of <Metallurg Inc>, for the sale of its Cambridge, Ohio,
 * business": the one the pact is with buys (not its apposition's owner),
 * the subject sells what "its" owns. */
static void test_pact_with_for_sale_of_its(void **state)
{
	(void)state;
	struct tags t;
	run("LARCH MINERAL <LRM> SELLS CAMBRIDGE PLANT",
	    "Larch Mineral Co said it signed a letter of intent with Dasko "
	    "Corp, a wholly-owned subsidiary of <Quillon Inc>, for the sale "
	    "of its Cambridge, Ohio, business.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Dasko");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch Mineral");
	tags_release(&t);
	run("X", "Larch Mineral Co said it signed an agreement with Dasko Corp "
	    "for the sale of its chemicals business.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Dasko");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch Mineral");
	tags_release(&t);
}

/* "signed a letter of intent to acquire for about 3.5 mln dlrs, a
 * majority of the stock of SNP Inc": the price between the verb and its
 * object; a sale's asset after its price ("sell for 40 mln dlrs its
 * Network Services facility") names no company. */
static void test_price_between_verb_and_object(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Larch Industries Inc said it signed a letter of intent to "
	    "acquire for about 3.5 mln dlrs, a majority of the stock of Dasko "
	    "Inc, a Portland, Oregon-based company.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dasko");
	tags_release(&t);
	run("X", "Larch Industries Inc said it has agreed to sell for 40 mln "
	    "dlrs its Network Services facility and lease it back.\n", NULL,
	    NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Network Services") != 0);
	tags_release(&t);
}

/* A round's later sentences list investors by "took part" and "came
 * in", not by "took the helm" or "The announcement came hours after":
 * the people and bodies those sentences name are no investors, nor
 * companies. */
static void test_took_came_investors(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to invest $2 billion in Orvane",
	    "Kestrel Group has agreed to invest $2 billion in Orvane, buying "
	    "common stock at $23 per share.\n\n"
	    "Orvane CEO Lip-Bu Tan, who took the helm in March, said he and "
	    "Son had worked closely together for decades.\n\n"
	    "The announcement came hours after Bloomberg News reported that "
	    "the administration was in talks to take a stake in Orvane.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 1);
	assert_false(has(t.companies, t.ncompanies, "Son"));
	assert_false(has(t.companies, t.ncompanies, "Tan"));
	tags_release(&t);
	run("Zorgal raises $40 million",
	    "Zorgal has raised $40 million in a Series B round led by Tamber "
	    "Capital.\n\nLarch Ventures and Dasko Partners also took part in "
	    "the round.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 3);
	tags_release(&t);
}

/* A side's end is a noun, no ending: "a pharmacy opened in Montreal's
 * east end in 1969" ended no deal; "Larch ends buyout talks" still
 * does. */
static void test_east_end_no_termination(void **state)
{
	(void)state;
	struct tags t;
	run("Tamber seals $4.5-billion takeover of Larch pharmacy chain",
	    "The Larch Group, the Varennes-based drugstore chain that grew out "
	    "of a single discount pharmacy opened in Montreal's east end in "
	    "1969, is being acquired by grocer Tamber Inc. in a cash-and-share "
	    "deal valued at $4.5 billion.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Larch's ends buyout talks with Tamber",
	    "The department store chain said its board had voted to end "
	    "negotiations with Tamber Management.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "SET", the Stock Exchange of Thailand, in capitals in a mixed-case
 * headline, is no "set" of a price range: "slips below Bt16 IPO price on
 * SET debut" is a completed IPO; "Sets IPO Price Range" still proposes
 * one. */
static void test_set_exchange_acronym(void **state)
{
	(void)state;
	struct tags t;
	run("Larch Life Insurance slips below Bt16 IPO price on SET debut",
	    "Shares of Larch Life Insurance Plc closed slightly below their "
	    "offering price on their first day of trading.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Larch Life Insurance sets IPO price range",
	    "Larch Life Insurance Plc set a price range of Bt14 to Bt16 a "
	    "share for its initial public offering.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* Bahrain's "BD5.97 billion" (pre-glued: touching its number, a capital
 * first) is money; "bd 5" is none; piastres, a hundredth of the Egyptian,
 * Sudanese, Syrian or Lebanese pound, say no currency alone and are
 * none. */
static void test_bahraini_dinar_and_piastres(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Bank reports assets",
	    "Kestrel Bank reported total assets of BD5.97 billion ($15.8bn). "
	    "Sugar rose by 50 piastres a kilo, said bd 5.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "BHD");
	assert_true(t.amounts[0].m.value == 5.97e9);
	tags_release(&t);
}

/* A story whose bare "$" is another country's dollar writes its cents in
 * that dollar too: "70 cents a share" beside the Australian "$8.8
 * billion" is Australian; cents in a story of U.S. dollars stay U.S. */
static void test_cents_follow_story_dollar(void **state)
{
	(void)state;
	struct tags t;
	run("Larch Warehouse to list on ASX through $8.8 billion merger",
	    "Sydney-based Larch Warehouse will merge with Melbourne-listed "
	    "Kestrel Healthcare in a deal valuing the group at $8.8 billion. "
	    "Kestrel shareholders will receive 70 cents a share in cash. The "
	    "Australian companies expect the deal to close in February.\n",
	    NULL, NULL, NULL, &t);
	assert_string_equal(t.amounts[0].m.currency, "AUD");
	assert_string_equal(t.amounts[1].m.currency, "AUD");
	tags_release(&t);
	run("X", "Kestrel Inc of Ohio will pay $5 million, or 70 cents a "
	    "share.\n", NULL, NULL, NULL, &t);
	assert_string_equal(t.amounts[1].m.currency, "USD");
	tags_release(&t);
}

/* "Keysight trumps Viavi with £1.16bn offer for Spirent": the name a
 * rival's verb takes is the bidder beaten, the one after "for" is bid
 * for; "TOPS CRAZY EDDIE OFFER", with no "for", tops an offer for the
 * company it names. */
static void test_rival_verb_bid(void **state)
{
	(void)state;
	struct tags t;
	run("Larch trumps Quillon with £1.16bn offer for Dasko",
	    "Dasko Communications has ditched its agreed deal with Quillon "
	    "Solutions after US rival Larch Technologies tabled a higher "
	    "offer.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Dasko Communications");
	tags_release(&t);
	run("TAMBER MARKETING TOPS ORVANE EDDIE OFFER",
	    "The 8-dlr-a-share offer by Tamber Marketing Inc for Orvane Eddie "
	    "Inc comes two weeks after its founder announced a bid.\n", NULL,
	    NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvane Eddie");
	tags_release(&t);
}

/* A headline's comma opens another clause: "Larch weighing sale of real
 * estate unit, KKR and PAG among bidders" sells no KKR; "Kestrel agrees
 * to buy Quillon Realty Corp, shares jump" still names its object. */
static void test_headline_comma_ends_object(void **state)
{
	(void)state;
	struct tags t;
	run("Larch weighing sale of real estate unit, KKR and PAG among "
	    "bidders: sources", "Shares rose.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "KKR") != 0);
	tags_release(&t);
	run("Kestrel agrees to buy Quillon Realty Corp, shares jump",
	    "Kestrel Corp said it agreed to buy the company.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon Realty");
	tags_release(&t);
}

/* "is in talks to sell itself to private equity firm Tamber Partners":
 * the company sells itself, the one it sells itself to buys; "to sell
 * itself" alone names no buyer. */
static void test_sell_itself_to(void **state)
{
	(void)state;
	struct tags t;
	run("Larch Is in Talks to Sell Itself to Tamber Partners",
	    "Larch Boots Alliance Inc. is in talks to sell itself to private "
	    "equity firm Tamber Partners in a deal that would take the "
	    "struggling drugstore chain private.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamber");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larch Boots Alliance");
	tags_release(&t);
	run("X", "Larch Boots Alliance Inc. is in talks to sell itself.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
}

/* "Larch Uganda lists on USE after Shs800b IPO": the listing the IPO
 * ends in, done (not an IPO of the past told as background, which
 * "issued in 1984 at the time of its initial public offering" still
 * is). */
static void test_lists_after_ipo(void **state)
{
	(void)state;
	struct tags t;
	run("Larch Uganda lists on USE after Shs800b IPO falls short",
	    "Larch Uganda Ltd shares started trading on the Uganda Securities "
	    "Exchange yesterday, weeks after the telecom company's initial "
	    "public offering drew weaker demand than expected.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larch Uganda");
	tags_release(&t);
	run("LARCH CORP <LRC> REDEEMS DEBENTURES",
	    "Larch Corp said it will redeem the debentures it issued in 1984 "
	    "at the time of its initial public offering.\n", NULL, NULL,
	    NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
}

/* Hungary's legal forms end a name: "Corvinus Zrt.", "Larch Nyrt.",
 * "Quillon Kft.". */
static void test_hungarian_suffixes(void **state)
{
	(void)state;
	struct tags t;
	run("X", "State-owned asset manager Tamberin Zrt. and Larch Nyrt. "
	    "have completed their acquisition of Quillon Kft. from the UK's "
	    "Dasko Group.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Tamberin"));
	assert_true(has(t.companies, t.ncompanies, "Larch"));
	assert_true(has(t.companies, t.ncompanies, "Quillon"));
	tags_release(&t);
}

/* A story that is no deal keeps the price of a deal it tells in passing
 * ("since it bought US car electronics maker Larch for $8 billion in
 * 2017"); its other sums are no deal's ("a debt offering totalling 2.1
 * billion dlrs"). */
static void test_passing_deal_price_kind(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel profit rises on chip demand",
	    "Kestrel Electronics said quarterly profit rose 20 percent. "
	    "Kestrel has not made a major purchase since it bought US car "
	    "electronics maker Larch Inc for $8 billion in 2017. It also "
	    "completed a debt offering totalling $2.1 billion.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	assert_int_equal(kind_of(&t, "$8 billion"), AMOUNT_DEAL);
	assert_int_equal(kind_of(&t, "$2.1 billion"), AMOUNT_OTHER);
	tags_release(&t);
}

/* "GMV", an economy's gross merchandise value, is a market's size; "the
 * U.S. merchandise trade gap" is none. */
static void test_gmv_market(void **state)
{
	(void)state;
	struct tags t;
	run("Online shopping grows in the region",
	    "E-commerce remained the largest segment, with GMV projected at "
	    "US$159 billion this year.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "US$159 billion"), AMOUNT_MARKET);
	tags_release(&t);
	run("X", "The U.S. merchandise trade gap widened to 14.8 billion "
	    "dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "14.8 billion dlrs"), AMOUNT_OTHER);
	tags_release(&t);
}

/* "a temporary restraining order to prevent Larch Airlines Inc from
 * buying additional Quillon shares": who is kept from the deal would
 * make it; a company a deal comes "from" otherwise is no buyer. */
static void test_kept_from_buying(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Quillon Group Inc said a U.S. District Court in Pittsburgh "
	    "issued a temporary restraining order to prevent Larch Airlines "
	    "Inc from buying additional Quillon shares.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Airlines");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon");
	tags_release(&t);
}

/* The review of the round's change: sentences its new rules read wrong,
 * each now right. */
static void test_round26_review(void **state)
{
	(void)state;
	struct tags t;
	/* a described second bidder ends in what it is, not a verb */
	run("Hedge funds", "Tamber Management and other shareholders oppose "
	    "KKR offer for Quillon, sources said.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "KKR");
	tags_release(&t);
	/* a response to a bid with no bidder named answers nothing */
	run("FOO", "Larch Trust Plc said it has received acceptances for 60 "
	    "pct of Dasko Corp shares in response to the tender offer.\n",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Larch Trust") != 0);
	tags_release(&t);
	/* a merger proposal made on another's behalf, or to holders */
	run("FOO", "First Boston Corp said it delivered the merger offer to "
	    "Dasko Corp on behalf of its client Larch Corp.\n", NULL, NULL,
	    NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "First Boston") != 0);
	tags_release(&t);
	run("FOO", "Dasko Corp said it will submit the merger proposal to "
	    "Dasko shareholders at a special meeting.\n", NULL, NULL, NULL,
	    &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Dasko") != 0);
	tags_release(&t);
	/* a speaker after a comma buys nothing a company sells itself to */
	run("LARCH MAY SELL ITSELF", "Larch Group Inc could sell itself to a "
	    "white knight, Drexel Burnham Lambert Inc said in a report.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
	/* "lists" risks, no listing */
	run("Zorvo lists risks in IPO papers", "Food delivery firm Zorvo lists "
	    "competition and losses among risks in its draft IPO papers.\n",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	/* an IPO's seller sells shares, not goods; one's own IPO sells */
	run("Larch Tech prices IPO", "Larch Tech Ltd, whose beauty products "
	    "are sold by Walmart Inc, raised $424 million in its initial "
	    "public offering.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Larch prices IPO at $45 a share", "Larch Technologies Inc priced "
	    "its initial public offering at $45 a share on Thursday. Rival "
	    "Dasko Inc sold 32.5 million shares at $72 each in its IPO in "
	    "March.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* investors who "took stakes in the round" */
	run("Zorgal raises $50 mln", "Zorgal raised $50 million in a Series B "
	    "round led by Larch Capital. Tamber Vision Fund and Dasko Global "
	    "also took stakes in the round.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 3);
	tags_release(&t);
	/* a currency quoted in cents is quoted in U.S. cents */
	run("Australian dollar slides to 64 cents",
	    "The Australian dollar fell to 64 cents on Tuesday as Australia's "
	    "central bank signalled cuts.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "USD");
	tags_release(&t);
	/* an owner's part is a company, not "Call of Duty rights" */
	run("Watchdog probes Larch purchase of Dasko's Call of Duty rights",
	    "The regulator opened a probe on Tuesday.\n", NULL, NULL, NULL,
	    &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Call") != 0);
	tags_release(&t);
	/* a deal of the past is no headline's deal */
	run("LARCH, DASKO PLAN NEW MODEL AT CALIFORNIA PLANT",
	    "Larch Motors Corp and Dasko Motor Corp said they would build a "
	    "new model at their joint plant in Fremont, California.\n"
	    "    The plant employs 2,500 workers.\n"
	    "    It opened in 1984.\n"
	    "    Output will rise next year.\n"
	    "    Sales of the model begin in May.\n"
	    "    Larch agreed in 1983 to acquire a 50 pct stake in the venture "
	    "with Dasko.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.type != DEAL_STAKE);
	tags_release(&t);
}

/* "Kestrel takes 86.51% of Quillon after tender offers close": a share
 * of a company taken is a stake in it; "takes 10% of Larch-Dasko engine
 * venture Horse" names a part its owners describe, read by other rules;
 * "took a 51 pct stake" is the stake's own. */
static void test_takes_share_of(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel Corp took 51 pct of Quillon Corp.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon");
	tags_release(&t);
	run("Tamber takes 10% of Larch-Dasko engine venture Horse",
	    "Tamber has signed a binding agreement to buy a 10 percent stake "
	    "in Horse Powertrain, the engine company set up by Larch Group "
	    "and Dasko Holding.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Larch") != 0);
	tags_release(&t);
}

/* "Kestrel Inc said its shareholders approved the merger with Larch
 * Corp": the company whose holders or board back a merger with another
 * is the one bought; a merger its holders approve "of Kestrel with Larch"
 * in its own name is left as written. */
static void test_holders_back_merger(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KSTR> SHAREHOLDERS APPROVE MERGER",
	    "Kestrel Inc said its shareholders approved the previously "
	    "announced merger with Larch Corp, a unit of Dasko Corp.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
	run("QUILLON <QUIL> BOARD SUPPORTS TAMBER MERGER",
	    "Quillon Co said its board unanimously reaffirmed its support for "
	    "a proposed merger with Tamber Inc.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamber");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon");
	tags_release(&t);
	run("KESTREL HOLDERS APPROVE MERGER",
	    "Kestrel Corp said its shareholders approved the merger of "
	    "Kestrel with Larch Investments Inc, a private company.\n", NULL,
	    NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	/* a buyer's own board approving stays the buyer, as the sentence
	 * says who buys */
	run("LARCH UNION TO ACQUIRE KESTREL BANCORP",
	    "Larch Union Corp said its board approved the merger with Kestrel "
	    "Bancorp Inc, which Larch Union agreed last month to acquire for "
	    "300 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Union");
	tags_release(&t);
	run("X", "Larch Co said its shareholders approved the merger with "
	    "Quillon Corp, under which Larch will acquire Quillon for about 12 "
	    "billion dlrs in stock.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	tags_release(&t);
}

/* "X said a new company will begin a cash tender offer ... to acquire
 * all of X's common": the sayer is bought, not the buyer (an auxiliary
 * ends the unnamed buyer's words, and the cue may stand past a date);
 * "the new company, Y Corp" names the buyer. */
static void test_new_company_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KSTR.O> HOLDERS OFFERED 16 DLRS",
	    "Kestrel Services Inc said a new company will begin a cash tender "
	    "offer by October 26 to acquire all of Kestrel's outstanding "
	    "common for 16 dlrs a share.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Services");
	tags_release(&t);
	run("KESTREL <KSTR.O> HOLDERS OFFERED 16 DLRS",
	    "Kestrel Services Inc said a new company will begin a cash tender "
	    "offer by October 26 to acquire all of Kestrel's outstanding "
	    "common for 16 dlrs a share.\n"
	    "    The company said the offer is being made under an agreement "
	    "reached with the new company, Larch Acquisition Corp, formed by "
	    "Dasko Partners Ltd.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Acquisition");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Services");
	tags_release(&t);
	/* "a company official" is no unnamed buyer */
	run("X", "Kestrel Corp said a company official would sign the "
	    "agreement to acquire Larch Inc on Friday.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	/* the unit sold, called "the new company", is no buyer */
	run("KESTREL <KST> TO SELL LARCH UNIT",
	    "Kestrel Corp said it agreed to sell its Larch Industries unit to "
	    "an investor group for 50 mln dlrs.\n"
	    "    The new company, Quillon Holdings Inc, will be based in "
	    "Chicago, Kestrel said.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Quillon Holdings") != 0);
	tags_release(&t);
}

/* "Kestrel Corp said it and Larch Inc reached a definitive merger
 * agreement": "it and" before the other's name makes the sayer the
 * merger's other side. */
static void test_it_and_partner_merge(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel Corp said it and Larch Inc reached a definitive "
	    "merger agreement.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Kestrel");
	assert_string_equal(t.deal.investors[1], "Larch");
	tags_release(&t);
}

/* "sold X to a new company formed by A, B and X management": the company
 * is its founders', the first named right after "by" the buyer, the
 * firms its investors; founders past a description are left. */
static void test_sold_to_company_formed_by(void **state)
{
	(void)state;
	struct tags t;
	run("<KESTREL AND LARCH INC> SELLS QUILLON",
	    "Privately-held Kestrel and Larch Inc said it has sold Quillon Co "
	    "to a new company formed by Tamber Capital Corp, Dasko Trust Corp "
	    "and Quillon management for undisclosed terms.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Tamber Capital");
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[1], "Dasko Trust");
	tags_release(&t);
	run("KESTREL CORP <KST> SELLS TWO UNITS",
	    "Kestrel Corp said it has completed the sale of its Quillon Pump "
	    "Co subsidiary to a company formed by Los Angeles investment firm "
	    "Tamber, Rose Partners for about 27 mln dlrs in cash.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 0);
	tags_release(&t);
	/* a verb's "to buy the company formed by" is no sale to it */
	run("X", "Kestrel Corp agreed to buy the company formed by Larch Corp "
	    "and Tamber Inc in 1980 for 40 mln dlrs.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.ninvestors, 0);
	tags_release(&t);
}

/* "<KESTREL CORP> SELLS SHARES" and the lead's "said it sold 11.3 mln
 * shares, or 29.4 pct, of its common stock to <Larch Inc>": a company
 * selling its own shares sells a stake in itself to the buyer. */
static void test_own_shares_sold_headline(void **state)
{
	(void)state;
	struct tags t;
	run("<KESTREL PETROLEUM CORP> SELLS SHARES",
	    "Kestrel Petroleum Corp said it sold 11.3 mln shares, or 29.4 pct, "
	    "of its common stock to <Larch and Associates Inc>.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch and Associates");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Petroleum");
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "KESTREL BUYS U.S. GOVERNMENT SECURITIES BROKER": a firm that deals in
 * securities is a business bought, no securities bought; "SEC WARNS
 * SECURITIES DEALERS" tells no deal. */
static void test_securities_broker_bought(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL BUYS U.S. GOVERNMENT SECURITIES BROKER",
	    "<Kestrel International Plc>, a subsidiary of Larch Shipping Co "
	    "Plc <LRCH.L>, said it had agreed in principle to buy an 80 pct "
	    "stake in <Quillon Holdings Corp> for about 79 mln dlrs.\n", NULL,
	    NULL, NULL, &t);
	assert_true(t.deal.type == DEAL_ACQUISITION ||
		    t.deal.type == DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel International");
	tags_release(&t);
	run("SEC WARNS SECURITIES DEALERS ON HIGH MARK-UPS",
	    "The Securities and Exchange Commission reminded securities dealers "
	    "that its mark-up disclosure rules also apply to zero-coupon "
	    "securities.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* no verb of buying before the dealers: no deal */
	run("TAKEOVER BOOM ENRICHES U.S. SECURITIES DEALERS",
	    "Wall Street securities dealers earned record fees last year from "
	    "mergers and acquisitions, an industry survey said.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "rumors that it might be a takeover target", "is a likely takeover
 * target of Larch Corp": the company said to be one is bought, the one
 * after "of" buys; a buyer's "identify acquisition candidates" names no
 * target. */
static void test_takeover_target_candidate(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel International Inc declined to comment on vague "
	    "rumors by traders that it might be a takeover target.\n", NULL,
	    NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel International");
	tags_release(&t);
	run("X", "The stock of Quillon Marine Corp was rising on a rumor that "
	    "Quillon is a likely takeover target of Larch Chemical Corp "
	    "<LRC>.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Chemical");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon Marine");
	tags_release(&t);
	run("X", "Tamber Corp said it has named Dasko Inc financial advisor "
	    "to help it identify acquisition candidates.\n", NULL, NULL, NULL,
	    &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Tamber") != 0);
	tags_release(&t);
	/* a buyer looking for one names none */
	run("X", "Kestrel Corp said it is looking for an acquisition target in "
	    "the specialty retail field.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Kestrel") != 0);
	tags_release(&t);
}

/* "Kestrel to invest $1 billion in Larch to pursue artificial general
 * intelligence": a goal pursued says nothing of the deal's status;
 * "will pursue a tender offer" still proposes one. */
static void test_pursue_goal_no_status(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to invest $1 billion in Larch to pursue artificial "
	    "general intelligence",
	    "Kestrel Corp said on Monday it would invest $1 billion in Larch, "
	    "the San Francisco-based artificial intelligence research "
	    "company.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("X", "Kestrel Corp said it will pursue a tender offer for Larch "
	    "Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	/* "its goal" is no deal's pronoun */
	run("Kestrel to invest $1 billion in Larch to pursue its goal of "
	    "artificial general intelligence",
	    "Kestrel Corp said on Monday it would invest $1 billion in Larch, "
	    "the San Francisco-based artificial intelligence research "
	    "company.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "Kestrel Corp and Larch Inc are planning a 50-50 joint venture":
 * planned or proposed, a venture's partners are its sides, and the
 * M&A classifier's yes does not make it a buyout with no sides. */
static void test_planned_venture_partners(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL PLANS MEDICAL JOINT VENTURE WITH LARCH",
	    "Kestrel Corp and Larch Co Plc are planning a 50-50 joint venture "
	    "in the medical equipment field, Kestrel announced.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	run("X", "Kestrel Inc plans a joint venture with Larch.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
}

/* "Ramon Diaz ... told Reuters SMC had offered": the wire told is no
 * word of the name after it. */
static void test_told_wire_no_name(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Ramon Diaz, chairman of the commission, told Reuters KSC had "
	    "offered a price of 126 pesos per share for the block.\n", NULL,
	    NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Reuters KSC"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "KSC");
	tags_release(&t);
}

/* "Shares of Kestrel ... began trading on the Ho Chi Minh Stock Exchange
 * (HoSE)" under "Kestrel shares debut on HoSE after record IPO": the
 * exchange is no company listed. */
static void test_ipo_exchange_not_target(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrelbank shares debut on HoSE after record VND21 trillion IPO",
	    "Shares of Vietnam Kestrel and Commercial Joint Stock Bank "
	    "(Kestrelbank) began trading on the Ho Chi Minh Stock Exchange "
	    "(HoSE) on Monday, after the private lender raised VND21 trillion "
	    "(US$922 million) in an initial public offering.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_true(t.deal.target == NULL ||
		    strstr(t.deal.target, "Exchange") == NULL);
	tags_release(&t);
}

/* Oman's "RO620 million" is rials (touching its number, a capital
 * first); "Ro 5" and "the RO cell" are none. */
static void test_omani_rial_ro(void **state)
{
	(void)state;
	struct tags t;
	run("Oman approves 2025 budget with RO620 million deficit",
	    "The budget projects revenue of RO11.18 billion. Ro 5 is nothing, "
	    "nor is the RO cell.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	assert_string_equal(t.amounts[0].m.currency, "OMR");
	assert_string_equal(t.amounts[1].m.currency, "OMR");
	tags_release(&t);
	/* a thousandth of a rial: "priced at 140 baisas each" */
	run("X", "The shares were priced at 140 baisas each.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.namounts, 1);
	assert_string_equal(t.amounts[0].m.currency, "OMR");
	assert_true(t.amounts[0].m.value > 0.139 && t.amounts[0].m.value < 0.141);
	tags_release(&t);
}

/* "Kestrel Agrees to Invest Up to $2 Billion in Larch Rival Quillon": a
 * title-case headline capitalises "Rival"; the rival named after it is
 * the one invested in, as in running text. */
static void test_title_case_rival(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Agrees to Invest Up to $2 Billion in Larch Rival Quillon",
	    "Kestrel has agreed to invest up to $2 billion in the "
	    "artificial-intelligence company Quillon, deepening its ties to a "
	    "startup that is among the main challengers to Gizmo maker Larch, "
	    "according to people familiar with the matter.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon");
	tags_release(&t);
	/* only right after the name: "From Its Parent Larch" is the
	 * seller's, no target */
	run("Kestrel Agrees to Buy Quillon Healthcare From Its Parent Larch "
	    "Partners",
	    "Kestrel has agreed to buy the company, according to people "
	    "familiar with the matter.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Larch") != 0);
	tags_release(&t);
}

/* "a consortium of Saudi Arabia's Public Investment Fund, private
 * equity firm Silver Lake and Jared Kushner's Affinity Partners": the
 * owner whose possessive stands before a member is none itself. */
static void test_member_owner_possessive(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel has agreed to be taken private by a consortium of "
	    "Saudi Arabia's Public Investment Fund, private equity firm Larch "
	    "Lake and Jared Quillon's Tamber Partners.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.ninvestors, 3);
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_null(strstr(t.deal.investors[i], "Jared"));
	tags_release(&t);
}

/* "a deal valuing the \"Battlefield\" and \"EA Sports FC\" maker": a
 * title in quotes is a brand, no member of the buying group. */
static void test_quoted_brand_no_member(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel has agreed to be taken private by a consortium of "
	    "Saudi Arabia's Public Investment Fund and private equity firm "
	    "Larch Lake in a deal valuing the \"Battlefield\" and \"Zorgal "
	    "Sports FC\" maker at $55 billion.\n", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_null(strstr(t.deal.investors[i], "Sports"));
	tags_release(&t);
}

/* "US$1.3 billion, or about 43 billion baht" is one amount; "$5 million
 * or 20 million baht", without a hedge, two. */
static void test_usd_or_local_amount(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel has agreed to buy Larch for US$1.3 billion, or about "
	    "43 billion baht, in its biggest deal.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 1);
	tags_release(&t);
	run("X", "Kestrel paid $5 million or 20 million baht for the plant.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.namounts, 2);
	tags_release(&t);
}

/* "The Kestrel Investment Fund has signed an agreement with Italian tire
 * maker Larch to set up a joint venture": a known subject is the pact's
 * other partner; "Kestrel and China's Larch will invest up to 4.1
 * billion euros in a 50-50 joint venture" (and its headline "Kestrel,
 * Larch to invest ... in Spanish battery plant": two companies investing
 * together are no look-alike) names both partners. */
static void test_venture_known_subject_and_invest(void **state)
{
	(void)state;
	struct tags t;
	run("X", "The Public Investment Fund has signed an agreement with "
	    "Italian tire maker Larch to set up a joint venture that will "
	    "build a plant.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	run("Kestrel, Larch to invest up to 4.1 billion euros in Spanish "
	    "battery plant",
	    "Kestrel NV and China's Larch Ltd will invest up to 4.1 billion "
	    "euros ($4.3 billion) in a 50-50 joint venture to build a "
	    "lithium iron phosphate battery plant in Spain, the companies "
	    "said on Tuesday.\n", "MADRID, Dec 10", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	/* the company the sentence opens with, not any before the verb */
	run("X", "Shares of Quillon Corp rose after Tamber Inc signed an "
	    "agreement with Dasko Corp to set up a joint venture in China.\n",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_string_not_equal(t.deal.investors[i], "Quillon");
	tags_release(&t);
}

/* "Kestrel NV and Larch Ltd. will build a $5-billion battery plant in
 * Windsor", "New Delhi: Kestrel Ltd and Taiwan's Larch will set up a
 * plant": two companies building a plant together are a venture's
 * partners; one company building a plant tells no deal. */
static void test_joint_build_plant(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel and Larch pick Windsor for $5-billion battery plant",
	    "Kestrel NV and Larch Energy Solution Ltd. will build a $5-billion "
	    "electric-vehicle battery plant in Windsor, the companies said "
	    "Wednesday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	run("Kestrel, Larch pick Gujarat for chip plant",
	    "New Delhi: Kestrel Ltd and Taiwan's Larch Corp will set up a "
	    "semiconductor and display manufacturing plant in Gujarat.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	run("Kestrel picks Windsor for battery plant",
	    "Kestrel NV will build a $5-billion battery plant in Windsor, the "
	    "company said Wednesday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* a contractor and its client, trucks built at plants, a company
	 * and its parent in apposition: no venture */
	run("X", "Kestrel Corp and Larch Chemical Co have signed a construction "
	    "contract for a new refinery in Freeport, Texas.\n", NULL, NULL,
	    NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	run("X", "Kestrel Motor Co and Larch Motors Corp will build trucks at "
	    "their plants in Michigan.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	run("X", "Kestrel Corp, a unit of Larch SpA, will build a $500 million "
	    "battery plant in Windsor, Ontario.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
}

/* "Kestrel Partners is comprised of investors Larch and Brown and Tamber
 * Industries Inc": the buyer's members after "is comprised of" (or
 * "composed of"), past the word that says what they are. */
static void test_buyer_comprised_of(void **state)
{
	(void)state;
	struct tags t;
	run("QUILLON <QUI> NAMES FINANCIAL ADVISERS",
	    "Quillon Corp plans to use Dasko Corp as financial adviser on a "
	    "tender offer for the company by Kestrel Partners, a Quillon "
	    "spokesman said.\n"
	    "    The spokesman said the company has no comment yet on the 100 "
	    "dlr per share tender offer, launched by the partners today.\n"
	    "    Dasko has been an adviser to Quillon in the past, he said.\n"
	    "    Kestrel Partners is comprised of investors Larch and Brown and "
	    "Tamber Industries Inc, a glass manufacturer.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Tamber"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Larch and Brown"));
	tags_release(&t);
}

/* "INVESTORS MAY TAKE KESTREL PUBLIC" made the company bought its own
 * buyer; a later "agreed to be bought by an investor group led by Larch
 * Pincus and Co" names the buyer, the group's leader. */
static void test_group_leader_over_self_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("INVESTORS MAY TAKE KESTREL PUBLIC",
	    "The investor group that has agreed to buy <Kestrel Corp> will "
	    "likely take the retailer public or sell it to other investors, "
	    "industry analysts said.\n"
	    "    Earlier today, closely held Kestrel said it agreed to be bought "
	    "by an investor group led by Larch Pincus and Co, New York.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Pincus");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* "completed the acquisition of Larch Inc, following approval by Larch
 * shareholders": an approval's "by" names no buyer. */
static void test_approval_by_not_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Kestrel Plc said it completed the acquisition of Larch Inc, "
	    "following approval by Larch shareholders.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larch");
	tags_release(&t);
}

/* "X's purchase from Y of substantially all the business of Z": the
 * purchase's owner buys, "from" names the seller, the name after an
 * "of" past it is bought. */
static void test_purchase_from_of(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Tamber Plc said Kestrel Inc signed a letter of intent "
	    "covering Kestrel's purchase from Larch International Corp of "
	    "substantially all the business of Quillon Tool Co.\n", NULL,
	    NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quillon Tool");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch International");
	tags_release(&t);
}

/* "Lead underwriter Larch and Co Inc said an initial public offering of
 * 1,100,000 shares of Kestrel Systems Inc is underway": the shares'
 * company goes public, past their count; the underwriter sells
 * nothing. */
static void test_ipo_shares_of_company(void **state)
{
	(void)state;
	struct tags t;
	run("X", "Lead underwriter Larch and Co Inc said an initial public "
	    "offering of 1,100,000 shares of Kestrel Systems Inc is underway "
	    "at eight dlrs per share.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Systems");
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "KESTREL <KST> TO EVALUATE LARCH OFFER": the company that evaluates an
 * offer is its target, the one named before "offer" its bidder, as
 * "X REJECTS Y TAKEOVER" reads. */
static void test_evaluate_offer_headline(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> TO EVALUATE LARCH OFFER",
	    "Kestrel Corp said it plans to respond to an unsolicited "
	    "recapitalization plan proposed by Larch and Co Inc after the "
	    "company, its board and its investment bankers evaluate the "
	    "proposal.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* An undated story that names no country up front is anchored by its
 * own currency written in full: a Korean maker's won figures outweigh
 * "approval in the United States" named once in passing.  The dollar
 * anchors nothing, and a dateline still decides. */
static void test_currency_anchors_undated_story(void **state)
{
	(void)state;
	struct tags t;
	const char *body =
	    "Hanul Bio said Thursday its operating profit rose to 1.2 "
	    "trillion won in the third quarter.\n\n"
	    "Revenue rose 12 percent to 4.3 trillion won. Its new drug "
	    "recently won approval in the United States.";
	run("Hanul Bio profit jumps", body, NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "KR"));
	assert_false(has_country(&t, "US"));
	assert_string_equal(t.countries[0], "KR");
	tags_release(&t);
	run("Hanul Bio profit jumps",
	    "Hanul Bio said Thursday its operating profit rose to 1.2 "
	    "billion dlrs in the third quarter.\n\n"
	    "Its new drug recently won approval in the United States.",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "US"));
	tags_release(&t);
	run("Hanul Bio profit jumps", body, "NEW YORK", NULL, NULL, &t);
	assert_string_equal(t.countries[0], "US");
	tags_release(&t);
}

/* The exchange a company lists on names its country: "JSE-listed",
 * "JSE- and NYSE-listed" (its first), "shares rose on the Kospi"; New
 * York's exchanges, where foreign companies list receipts, name none,
 * and "SET" is Thailand's only before "-listed". */
static void test_listing_exchange_country(void **state)
{
	(void)state;
	struct tags t;
	run("Miner walks away from deal",
	    "JSE- and NYSE-listed Zanele Gold has terminated its agreement to "
	    "acquire Tarrow Mining for $300 million.\n\n"
	    "Zanele shares rose 7% after the announcement.",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "ZA"));
	assert_false(has_country(&t, "US"));
	tags_release(&t);
	run("Chip maker profit rises",
	    "Hanul Chips said its profit rose sharply in the third quarter.\n\n"
	    "Hanul shares rose 2.1 percent on the Kospi.",
	    NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "KR"));
	tags_release(&t);
	run("Chip maker profit rises",
	    "Hanul Chips said its profit rose sharply in the third quarter.\n\n"
	    "It plans to SET new records.",
	    NULL, NULL, NULL, &t);
	assert_false(has_country(&t, "TH"));
	tags_release(&t);
}

/* A headline's holder that cuts its stake ("ACCELERATION <ACLE> CUTS
 * STAKE IN UNITED COASTS") by a sale the lead names the buyer of ("said
 * it sold a 24.9 pct stake in the common stock of <United Coasts Corp>
 * to the <Sheet Metal Workers' National Pension Fund>"): the lead's sale
 * is the deal, the holder its seller; a cut in the market names no
 * buyer. */
static void test_stake_cut_sold_to_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("ACCELERATION <ACLE> CUTS STAKE IN UNITED COASTS",
	    "Acceleration Corp said it sold a 24.9 pct stake in the common "
	    "stock of <United Coasts Corp> to the <Sheet Metal Workers' "
	    "National Pension Fund>.", "DUBLIN, Ohio", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer,
			    "Sheet Metal Workers' National Pension Fund");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "United Coasts");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Acceleration");
	tags_release(&t);
	/* the sale in the lead's second sentence, its seller "the group" */
	run("BRINKMAN CUTS CENERGY <CRG> STAKE",
	    "LDBrinkman Corp said it cut its stake in Cenergy Corp to 0.4 pct "
	    "from 9.4 pct.\n    In a filing with the Securities and Exchange "
	    "Commission, the group said it sold 302,833 Cenergy common shares "
	    "to Snyder Oil Partners L.P. <SOI> for 2,725,500 dlrs.",
	    "WASHINGTON", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Snyder Oil");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "LDBrinkman");
	tags_release(&t);
	run("HOLDER CUTS STAKE IN UNITED COASTS",
	    "Harlow Capital Corp said it lowered its stake in United Coasts "
	    "Corp to 5.1 pct from 9.8 pct in open market sales.",
	    "NEW YORK", NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Harlow Capital");
	assert_null(t.deal.acquirer);
	tags_release(&t);
}

/* "X said it completed the purchase from Y of Z", no owner before the
 * noun: the one after "from" sells (it was read as the bidder), the name
 * after "of" is bought, and the sentence's subject buys. */
static void test_purchase_from_seller_of_target(void **state)
{
	(void)state;
	struct tags t;
	run("HARLOW COMPLETES PURCHASE",
	    "Harlow Capital Corp said it completed the 280 mln dlr purchase "
	    "from BankAmerica Corp of Finance One Inc.", "SAN FRANCISCO",
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Harlow Capital");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Finance One");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "BankAmerica");
	tags_release(&t);
}

/* A name's apposition wrapped over two lines ("Metrobanc, a federal\n
 * savings bank, said its shareholders approved the previously announced
 * merger with Comerica Inc") still says the name is a company's; the walk
 * to the noun stops at a preposition ("Gibson Gayle, a Texaco attorney
 * with the Houston firm of"). */
static void test_wrapped_apposition_company(void **state)
{
	(void)state;
	struct tags t;
	run("METROBANC <MTBC> SHAREHOLDERS APPROVE MERGER",
	    "Metrobanc, a federal\nsavings bank, said its shareholders "
	    "approved the previously\nannounced merger with Comerica Inc "
	    "<CMCA>, a bank holding\ncompany.", "GRAND RAPIDS, Mich.", NULL,
	    NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Metrobanc"));
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Metrobanc");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Comerica");
	tags_release(&t);
	run("TEXACO RULING",
	    "The ruling was wrong, according to Gibson Gayle, a Texaco "
	    "attorney with the\nHouston firm of Fulbright and Jaworski.",
	    "HOUSTON", NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Gibson Gayle"));
	tags_release(&t);
}

/* A name wrapped over two lines ("acquisition of West\nVirginia Power
 * from Dominion Resources Inc", "Scandinavian\nAirline System") is one
 * name: a line break inside a sentence is a space between its words. */
static void test_wrapped_name_one_company(void **state)
{
	(void)state;
	struct tags t;
	run("UTILICORP <UCU> ACQUIRES DOMINION <D> SUBSIDIARY",
	    "UtiliCorp United Inc said it\nhas closed the previously announced "
	    "acquisition of West\nVirginia Power from Dominion Resources Inc "
	    "for about 21 mln\ndlrs.", "KANSAS CITY", NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "West Virginia Power");
	tags_release(&t);
}

/* "the merger between X and Y", "the merger between it and Y": both are
 * the merger's sides, as "the merger of X and Y" made them. */
static void test_merger_between_sides(void **state)
{
	(void)state;
	struct tags t;
	run("SHAREHOLDERS TO VOTE",
	    "Shareholders will vote on the proposed merger between Universal "
	    "Resources Corp and Questar Corp <STR>.", "DALLAS", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Universal Resources"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Questar"));
	tags_release(&t);
	run("UNIVERSAL RESOURCES <UVR> TO VOTE ON MERGER",
	    "Universal Resources Corp said it is holding a special "
	    "shareholders meeting this morning to vote on the "
	    "previously-proposed merger between it and Questar Corp <STR>.",
	    "DALLAS", NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Universal Resources"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Questar"));
	tags_release(&t);
}

/* A deal a story without one tells in passing keeps its price (more
 * forms than test_passing_deal_price_kind's): "since Musk bought Twitter
 * for $44 billion" (a name not known as a company's), "its £6.2bn
 * takeover of Anglo-Dutch group Corus in 2007", "the $1.4 billion
 * acquisition of Nuvia"; "the $500 million acquisition of new equipment"
 * buys no company. */
static void test_passing_takeover_price(void **state)
{
	(void)state;
	static const struct {
		const char *title, *body;
		enum ex_amount_kind kind;
	} cases[] = {
		{"X unveils new logo", "The social network X unveiled a new "
		 "logo on Monday. The rebrand is the most visible change yet "
		 "since Musk bought Twitter for $44 billion in October 2022.",
		 AMOUNT_DEAL},
		{"Tata Steel to cut 3,000 UK jobs", "Tata Steel said on Monday "
		 "it would cut 3,000 jobs at its British plants. The business "
		 "is a legacy of its £6.2bn takeover of Anglo-Dutch group Corus "
		 "in 2007.", AMOUNT_DEAL},
		{"Qualcomm wins licensing trial", "A jury found on Friday that "
		 "Qualcomm did not breach its licence with Arm. Evidence at the "
		 "trial showed that Qualcomm executives expected the $1.4 "
		 "billion acquisition of Nuvia to save the company money.",
		 AMOUNT_DEAL},
		{"Qualcomm wins licensing trial", "A jury found on Friday that "
		 "Qualcomm did not breach its licence with Arm. Evidence at the "
		 "trial showed that Qualcomm executives expected the $500 "
		 "million acquisition of new equipment to save the company "
		 "money.", AMOUNT_OTHER},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tags t;
		run(cases[i].title, cases[i].body, NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.type, DEAL_NONE);
		assert_int_equal(t.namounts, 1);
		assert_int_equal(t.amounts[0].kind, cases[i].kind);
		tags_release(&t);
	}
}

/* A small sum in a sentence pricing debt securities and naming no share
 * is their price ("91-day bills at an average price of 98.296 dlrs",
 * "2,180 francs per bond"), as is a rate per a quantity ("1.96 dlrs per
 * mln Btu", "1,325 French francs per 100 kilos"); "363 dlrs per 4.75
 * dlrs convertible preferred share" and "25 cts per quarter" of a
 * dividend stay per share. */
static void test_security_and_quantity_prices(void **state)
{
	(void)state;
	static const struct {
		const char *body, *amount;
		enum ex_amount_kind kind;
	} cases[] = {
		{"Tenders were accepted for 2.55 billion dlrs of 91-day bills "
		 "at an average price of 98.296 dlrs against 98.310 dlrs last "
		 "week.", "98.296 dlrs", AMOUNT_OTHER},
		{"It launched an offer to repurchase its 1980 bond issue at a "
		 "price of 2,180 francs per bond.", "2,180 francs", AMOUNT_OTHER},
		{"It cut the average price paid for gas to 1.96 dlrs per mln "
		 "Btu in December.", "1.96 dlrs", AMOUNT_OTHER},
		{"Under terms of the agreement, OII paid 60.50 dlrs per common "
		 "share and 363 dlrs per 4.75 dlrs convertible preferred share.",
		 "363 dlrs", AMOUNT_PER_SHARE},
		{"Its board has approved in principle a quarterly dividend of 25 "
		 "cts per quarter for calendar 1987.", "25 cts",
		 AMOUNT_PER_SHARE},
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct tags t;
		run("Company news", cases[i].body, "NEW YORK", NULL, NULL, &t);
		assert_int_equal(kind_of(&t, cases[i].amount), cases[i].kind);
		tags_release(&t);
	}
}

/* A buyer the deal's sentence leaves unnamed ("to a company from the
 * United Arab Emirates") that the next sentence names: "The stake was
 * bought by Global Investment Holding, an Emirati firm"; "The unit was
 * sold to X" likewise. */
static void test_holding_buyer_next(void **state)
{
	(void)state;
	struct tags t;
	run("Egypt sells 30% of state tobacco giant",
	    "Egypt said Tuesday it had sold a 30% stake in state-owned Eastern "
	    "Company, the country's largest cigarette maker, to a company from "
	    "the United Arab Emirates for $625 million.\n\nThe stake was bought "
	    "by Global Investment Holding, an Emirati firm, the Cabinet said.",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Global Investment");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Eastern Company");
	tags_release(&t);
}

/* In an undated story, a country named up front is one the headline or
 * the lead paragraph names: a party's country tied to it further down
 * ("Webtoon Entertainment, the US-based webtoon unit of Naver") weighs as
 * any mention there and needs the usual weight to join. */
static void test_tied_country_up_front_only_in_lead(void **state)
{
	(void)state;
	struct tags t;
	run("Korea's webtoon industry tops 2 trillion won",
	    "South Korea's webtoon industry surpassed 2 trillion won in annual "
	    "sales for the first time last year.\n\nThe survey comes months "
	    "after Webtoon Entertainment, the US-based webtoon unit of Naver, "
	    "listed on the Nasdaq.", NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "KR"));
	assert_false(has_country(&t, "US"));
	tags_release(&t);
	run("Korea's webtoon industry tops 2 trillion won",
	    "Webtoon Entertainment, the US-based webtoon unit of Naver, said "
	    "its sales surpassed 2 trillion won last year.", NULL, NULL, NULL,
	    &t);
	assert_true(has_country(&t, "US"));
	tags_release(&t);
}

/* The company a buyer "reached agreement with" right before "to acquire"
 * sells what is bought, when it is neither side. */
static void test_agreement_with_seller(void **state)
{
	(void)state;
	struct tags t;
	run("SENIOR ENGINEERING MAKES 12.5 MLN DLR US PURCHASE",
	    "<Senior Engineering Group Plc> said it reached agreement with "
	    "<Cronus Industries Inc> to acquire the whole share capital of "
	    "<South Western Engineering Co> for 12.5 mln dlrs cash.",
	    "LONDON", NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Cronus");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "South Western Engineering");
	tags_release(&t);
	/* (the company agreed with and bought is no seller) */
	run("HARLOW TO BUY FINANCE ONE",
	    "Harlow Capital Corp said it reached agreement with Finance One "
	    "Inc to acquire Finance One for 12 mln dlrs.", "NEW YORK", NULL,
	    NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* A market code in lower case in Reuters' brackets ("Telefon AB L.M.
 * Ericsson <eric.St.>", "<smbs.St>") is a ticker, no company's name. */
static void test_lower_case_market_code(void **state)
{
	(void)state;
	struct tags t;
	run("WALLENBERG GROUP RAISES STAKE IN ERICSSON",
	    "Sweden's Wallenberg group said it raised its holding in "
	    "telecommunications maker Telefon AB L.M. Ericsson <eric.St.> to "
	    "37.5 of the voting rights, after its fight for Swedish Match AB "
	    "<smbs.St>.", "STOCKHOLM", NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "eric.St"));
	assert_false(has(t.companies, t.ncompanies, "smbs.St"));
	assert_true(has(t.companies, t.ncompanies, "Swedish Match"));
	tags_release(&t);
}

/* A place's possessive after "and" opens another name: "bids from
 * Italy's Gruppo Ferruzzi and Britain's Tate & Lyle Plc" are two
 * companies, not "Gruppo Ferruzzi and Britain's Tate & Lyle". */
static void test_and_place_possessive_splits_names(void **state)
{
	(void)state;
	struct tags t;
	run("BIDS BLOCKED",
	    "The government decided to block bids from Italy's Gruppo Ferruzzi "
	    "and Britain's Tate & Lyle Plc.", "LONDON", NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Tate & Lyle"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Britain"));
	tags_release(&t);
}

/* An apposition after the target that says who owns it names the
 * seller: "Dineout, the table reservation and restaurant tech platform
 * owned by Times Internet"; "Air U.K. Ltd, a subsidiary of British and
 * Commonwealth Shipping Plc" for a stake too; but one who controls a
 * company ("Minstar Inc, a corporation controlled by corporate raider
 * Irwin Jacobs") sells no stake bought in it. */
static void test_target_owner_apposed(void **state)
{
	(void)state;
	struct tags t;
	run("Swiggy to buy Dineout",
	    "Swiggy said on Friday it has signed definitive agreements to "
	    "acquire Dineout, the table reservation and restaurant tech "
	    "platform owned by Times Internet.", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Times Internet");
	tags_release(&t);
	run("KLM TO TAKE STAKE IN AIR U.K.",
	    "KLM Royal Dutch Airlines <KLM.A> said it agreed to take a 15 pct "
	    "stake in Air U.K. Ltd, a subsidiary of British and Commonwealth "
	    "Shipping Plc <BCOM.L>, in a transaction worth around two mln "
	    "stg.", "AMSTERDAM", NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller,
			    "British and Commonwealth Shipping");
	tags_release(&t);
	run("LEUCADIA <LUK> HAS MINSTAR <MNST> STAKE",
	    "Leucadia National Corp said two of its subsidiaries have "
	    "acquired a 7.2 pct stake in Minstar Inc, a corporation "
	    "controlled by corporate raider Irwin Jacobs.", "NEW YORK", NULL,
	    NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* A sale to a list of buyers: "to German carmakers Audi AG, BMW AG and
 * Daimler AG": the first buys, all are the deal's buyers. */
static void test_sold_to_buyer_list(void **state)
{
	(void)state;
	struct tags t;
	run("Nokia sells maps unit",
	    "Nokia has agreed to sell its maps unit to German carmakers Audi "
	    "AG, BMW AG and Daimler AG for 2.8 billion euros.", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Audi");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "BMW"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Daimler"));
	tags_release(&t);
}

/* A round's sentence whose subjects also joined it names investors:
 * "Existing shareholders Globe Telecom, Inc., Ayala Corp. and Ant Group
 * also put in money"; an actor or a rapper is a person, no company
 * ("actor Ryan Reynolds"). */
static void test_also_put_in_money(void **state)
{
	(void)state;
	struct tags t;
	run("GCash operator Mynt raises $300M",
	    "MYNT, the fintech firm behind mobile wallet GCash, has raised more "
	    "than $300 million in fresh capital that values the company at "
	    "over $2 billion.\n\nThe round was led by Warburg Pincus and "
	    "Insight Partners, with participation from Bow Wave Capital. "
	    "Existing shareholders Globe Telecom, Inc., Ayala Corp. and Ant "
	    "Group also put in money.", NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Globe Telecom"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Ant Group"));
	tags_release(&t);
	run("Wealthsimple raises $750-million",
	    "Toronto-based Wealthsimple has raised $750-million in a financing "
	    "led by Meritech Capital and Greylock Partners.\n\nCelebrities "
	    "including actor Ryan Reynolds also invested in the round.",
	    NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Ryan Reynolds"));
	tags_release(&t);
}

/* Look-alikes of this round's rules that must not fire (a review's
 * cases): an agreement with another company to buy something else or
 * jointly; a sale the target itself made; a second place's possessive of
 * two words; "Bill" and notes in a bid; a purchase of Treasury
 * securities; a unit's past owner; a purchase's buyer after "by"; a
 * passing won amount beside dollars; Nigeria's NSE. */
static void test_rules_hold_back_on_lookalikes(void **state)
{
	(void)state;
	struct tags t;
	run("ACME TO BUY GIZMO",
	    "Acme Corp said it agreed to acquire Gizmo Inc for 200 mln dlrs. "
	    "Last year Acme reached agreement with Zeta Corp to acquire its "
	    "Delta unit, but the deal collapsed.", "NEW YORK", NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("ACME TO BUY GIZMO",
	    "Acme Corp said it reached agreement with Zeta Corp to acquire "
	    "Gizmo Inc jointly for 200 mln dlrs.", "NEW YORK", NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("ACME CUTS STAKE IN GIZMO",
	    "Acme Corp said it cut its stake in Gizmo Inc to 5.1 pct from 9.8 "
	    "pct.\n    Gizmo said it sold 1.5 mln new common shares to Zeta "
	    "Corp last month.", "NEW YORK", NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Zeta"));
	tags_release(&t);
	run("BIDS BLOCKED",
	    "The government blocked bids from Italy's Gruppo Ferruzzi and West "
	    "Germany's Suedzucker AG.", "LONDON", NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Germany"));
	tags_release(&t);
	run("WIDGET REJECTS BID",
	    "Widget Inc chairman Bill Smith said Acme Corp's offer of 25 dlrs "
	    "was inadequate.", "NEW YORK", NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "25 dlrs"), AMOUNT_PER_SHARE);
	tags_release(&t);
	run("ACME RAISES BID FOR WIDGET",
	    "Acme Corp said it raised its bid for Widget Inc to 25 dlrs, to be "
	    "paid in cash and notes, from 22 dlrs.", "NEW YORK", NULL, NULL,
	    &t);
	assert_int_equal(kind_of(&t, "25 dlrs"), AMOUNT_PER_SHARE);
	tags_release(&t);
	run("Fed minutes show split on tapering",
	    "Officials at the Federal Reserve were divided on Wednesday. Some "
	    "said the Federal Reserve would soon slow its $120 billion purchase "
	    "of Treasury securities.", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	assert_int_equal(kind_of(&t, "$120 billion"), AMOUNT_OTHER);
	tags_release(&t);
	run("ACME TO SELL GIZMO UNIT",
	    "Acme Corp said it agreed to sell its Gizmo Inc unit for 200 mln "
	    "dlrs.\n    The unit was acquired by Zeta Corp in 1985.",
	    "NEW YORK", NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Zeta"));
	tags_release(&t);
	run("WIDGET TO CHALLENGE GIZMO SALE",
	    "Widget Inc said it will challenge in court the purchase from Acme "
	    "Corp of Gizmo Inc by Zeta Corp.", "NEW YORK", NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Widget"));
	tags_release(&t);
	run("Apple to buy Intel modem unit",
	    "Apple Inc agreed to buy Intel Corp's smartphone modem business for "
	    "$1 billion.\n\nRival Acme Electronics spent 2 trillion won on its "
	    "own chips, while modem sales in the United States rose.",
	    NULL, NULL, NULL, &t);
	assert_false(has_country(&t, "KR"));
	tags_release(&t);
	run("Zenith Bank shares rise",
	    "Zenith Bank Plc said its shares rose 3 percent on the NSE.",
	    NULL, NULL, NULL, &t);
	assert_false(has_country(&t, "IN"));
	tags_release(&t);
}

/* India's mandatory open offer told after a stake's purchase and a mark
 * ("to buy 74.76% of Akzo Nobel India for Rs 8,986 crore; open offer at
 * Rs 3,417.77") follows the purchase, which stays the deal; "a voluntary
 * open offer to buy up to 26 per cent" is the deal, a tender offer. */
static void test_open_offer_follows_purchase(void **state)
{
	(void)state;
	struct tags t;
	run("JSW Paints to buy 74.76% of Akzo Nobel India for Rs 8,986 crore; "
	    "open offer at Rs 3,417.77",
	    "JSW Paints on Friday said it had signed definitive agreements to "
	    "acquire up to 74.76% of Akzo Nobel India from Akzo Nobel for Rs "
	    "8,986 crore.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	run("JSW Paints makes open offer for Akzo Nobel India",
	    "JSW Paints on Friday launched a voluntary open offer to buy up to "
	    "26 per cent of Akzo Nobel India at Rs 3,417.77 a share.", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
}

/* A bid's maker after a time of day: "the 25-dlr-per-share tender offer
 * for all its shares launched this morning by Mark IV Industries Inc". */
static void test_bid_launched_this_morning_by(void **state)
{
	(void)state;
	struct tags t;
	run("CONRAC <CAX> URGES NO ACTION ON BID",
	    "Conrac Corp said it is asking shareholders to take no action on "
	    "the 25-dlr-per-share tender offer for all its shares launched this "
	    "morning by Mark IV Industries Inc <IV>.", "STAMFORD, Conn.", NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Mark IV");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Conrac");
	tags_release(&t);
}

/* A later sentence's "the sale to X" (or "to a subsidiary of X", whose
 * parent buys) names the buyer the deal's sentence left out. */
static void test_sale_to_buyer_next(void **state)
{
	(void)state;
	struct tags t;
	run("CRONUS INDUSTRIES INC <CRNS> SELLS UNIT",
	    "Cronus Industries Inc said it agreed to\nsell its heat transfer "
	    "equipment business, Southwestern\nEngineering Co, for a slight "
	    "premium over book value.\n    The company said the sale to a "
	    "subsidiary of Senior\nEngineering Group PLC, a British company, "
	    "will take place this\nmonth.", "DALLAS", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Senior Engineering");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Cronus");
	tags_release(&t);
}

/* "Penn." is Pennsylvania's abbreviation as Reuters' datelines write it
 * (20 of them): "its merger with Scranton, Penn.-based <Third National
 * Bank and Trust Co>" names the bank, not the town. */
static void test_penn_abbreviation(void **state)
{
	(void)state;
	struct tags t;
	run("INDEPENDENCE BANCORP <INBC> COMPLETES MERGER",
	    "Independence Bancorp Inc said it completed its merger with "
	    "Scranton, Penn.-based <Third National Bank and Trust Co>, with "
	    "assets of 316 mln dlrs.", "PERKASIE, Penn., March 19", NULL, NULL,
	    &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Third National Bank and Trust"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Scranton"));
	tags_release(&t);
}

/* A price between a bid's words and its maker counts as no word: "the
 * unsolicited and conditional tender offer for all its common shares at
 * 28 dlrs per share from Martin T. Sosnoff". */
static void test_bid_price_then_from(void **state)
{
	(void)state;
	struct tags t;
	run("CEASARS WORLD <CAW> STUDYING SOSNOFF OFFER",
	    "Ceasars Wold Inc said its board is studying the unsolicited and "
	    "conditional tender offer for all its common shares at 28 dlrs per "
	    "share from Martin T. Sosnoff.", "LOS ANGELES", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Martin T. Sosnoff");
	tags_release(&t);
}

/* More look-alikes a second review found: an owner named past a comma or
 * in the past; a sale of something else to the buyer named later; money
 * words missing from "also contributed"; an auction's bid and a sentence
 * that opens with "Bonds"; an open offer that is the means of buying; a
 * seller who "said on Friday it sold". */
static void test_rules_hold_back_on_lookalikes_2(void **state)
{
	(void)state;
	struct tags t;
	run("ZETA TO BUY GIZMO",
	    "Zeta Corp will acquire Gizmo Inc, a retailer owned by private "
	    "investors, the Wall Street Journal reported on Monday.",
	    "NEW YORK", NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("ZETA TO BUY GIZMO",
	    "Zeta Corp said it agreed to buy Gizmo Inc for 50 mln dlrs.\n    "
	    "Gizmo, a chain once controlled by Beta Corp, makes valves.",
	    "NEW YORK", NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("GIZMO TO SELL UNIT",
	    "Gizmo Inc said it agreed to sell its Delta Systems Inc defense "
	    "unit for 30 mln dlrs.\n    Delta's revenue rose 20 pct last year "
	    "on the sale to General Dynamics Corp of radar systems.",
	    "NEW YORK", NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "General Dynamics"));
	tags_release(&t);
	run("Fintech startup Zeta raises $50 million",
	    "Fintech startup Zeta has raised $50 million in a round led by "
	    "Sequoia Capital.\n\nDeals with Google and Amazon also contributed "
	    "to its growth last year.", NULL, NULL, NULL, &t);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Google"));
	tags_release(&t);
	run("TREASURY BILL AUCTION",
	    "The 500 mln dlrs of 364-day bills were priced at an average "
	    "92.969 dlrs, with the lowest accepted bid at 92.950 dlrs.",
	    "WASHINGTON", NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "92.969 dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	run("BOND PRICED",
	    "Bonds due 1992 were priced at 98.50 dlrs to yield 7.25 pct.",
	    "NEW YORK", NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "98.50 dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	run("Zeta Ltd to acquire 26% more in Gizmo Ltd, via open offer at Rs 294 "
	    "a share",
	    "Zeta Ltd will acquire 26% more in Gizmo Ltd from public "
	    "shareholders through an open offer at Rs 294 a share.", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	run("BRINKMAN CUTS CENERGY <CRG> STAKE",
	    "LDBrinkman Corp said it cut its stake in Cenergy Corp to 0.4 pct "
	    "from 9.4 pct.\n    Cenergy Corp said on Friday it sold 1.5 mln "
	    "new common shares to Snyder Oil Partners.", "WASHINGTON", NULL,
	    NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Snyder Oil"));
	tags_release(&t);
}

/* A bid for "its" stake in the target, answered by the sentence's
 * subject, names that subject the seller: "IJM Corp Bhd has accepted
 * Kuala Lumpur Kepong Bhd's (KLK) RM1.53 billion cash offer for its
 * entire 56.2% stake in IJM Plantations Bhd"; and "KUALA LUMPUR (June
 * 11):" there is the city, no short name of "Kuala Lumpur Kepong". */
static void test_own_stake_offered(void **state)
{
	(void)state;
	struct tags t;
	run("IJM Corp accepts KLK's RM1.53b offer for IJM Plantations stake",
	    "KUALA LUMPUR (June 11): IJM Corp Bhd has accepted Kuala Lumpur "
	    "Kepong Bhd's (KLK) RM1.53 billion cash offer for its entire 56.2% "
	    "stake in IJM Plantations Bhd (IJMP).", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kuala Lumpur Kepong");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "IJM");
	tags_release(&t);
}

/* Look-alikes a third review found: a bid paid "in cash and notes"; a
 * "Bill" opening a sentence; "launch of open offer"; an adviser before
 * an offer for "its" stake; a window without "in" or "of". */
static void test_rules_hold_back_on_lookalikes_3(void **state)
{
	(void)state;
	struct tags t;
	run("WIDGET REJECTS GAMMA BID",
	    "Widget Inc said its board rejected Gamma Corp's bid of 25 dlrs in "
	    "cash and notes.", "NEW YORK", NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "25 dlrs"), AMOUNT_PER_SHARE);
	tags_release(&t);
	run("GAMMA OFFERS FOR WIDGET UNITS",
	    "Bill Smith, chairman of Gamma Corp, said Gamma will offer 25 dlrs "
	    "in cash for each Widget Inc unit it does not own.", "NEW YORK",
	    NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "25 dlrs"), AMOUNT_PER_SHARE);
	tags_release(&t);
	run("JSW Paints to buy 74.76% of Akzo Nobel India for Rs 8,986 crore; "
	    "launch of open offer at Rs 3,417.77",
	    "JSW Paints on Friday said it had signed definitive agreements to "
	    "acquire up to 74.76% of Akzo Nobel India from Akzo Nobel for Rs "
	    "8,986 crore.", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	run("Gamma Corp offers $500 million for Widget stake",
	    "Morgan Stanley advised Gamma Corp on the 500 mln dlr offer for its "
	    "40 pct stake in Widget Inc, which Gamma made on Monday.", NULL,
	    NULL, NULL, &t);
	assert_true(t.deal.seller == NULL ||
		    strcmp(t.deal.seller, "Morgan Stanley"));
	tags_release(&t);
	run("BETA WELCOMES GAMMA OFFER",
	    "Beta Corp welcomed Gamma Corp's offer for its shares and warrants "
	    "on Monday and said Widget Inc would respond later.", "NEW YORK",
	    NULL, NULL, &t);
	assert_true(t.deal.seller == NULL || strcmp(t.deal.seller, "Beta"));
	tags_release(&t);
}

/* A price per unit of goods with a measure's word before the unit ("a
 * short ton", "per troy ounce", "per long ton") or per "mcf" or "acre"
 * is no price per share. */
static void test_unit_price_measure_word(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL STEEL RAISES PLATE PRICES",
	    "Kestrel Steel Corp said the base price for carbon plates will "
	    "be increased by 25 dlrs to 405 dlrs a short ton, effective July "
	    "one.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "405 dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	run("LARCH OIL SAYS GAS PRICE FELL",
	    "Larch Oil Corp said it sold its natural gas for an average price "
	    "of 2.17 dlrs per mcf in 1986, and its sulphur for 138.25 dlrs "
	    "per long ton.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "2.17 dlrs"), AMOUNT_OTHER);
	assert_int_equal(kind_of(&t, "138.25 dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	/* a share's price stays one */
	run("LARCH OIL TO BUY KESTREL",
	    "Larch Oil Corp said it agreed to buy Kestrel Gas Inc for 21 "
	    "dlrs a share.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "21 dlrs a share"), AMOUNT_PER_SHARE);
	tags_release(&t);
}

/* A small sum a deal's cue stands by in a story that speaks of no share,
 * stock, security or unit ("a seat ... sold for 1,500 dlrs", "priced at
 * 2,995 dlrs") is no price per share; where the story speaks of
 * securities ("offered $11 a security") it stays one. */
static void test_small_sum_story_without_shares(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL EXCHANGE SEAT SELLS FOR 1,500 DLRS",
	    "The Kestrel Futures Exchange said a seat on the exchange sold "
	    "for 1,500 dlrs, which is up 250 dlrs from the previous sale "
	    "yesterday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "1,500 dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	run("LARCH SYSTEMS SELLS NEW PLANNING PACKAGE",
	    "Larch Systems Inc said its new planning package, priced at "
	    "2,995 dlrs, will be sold through dealers.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(kind_of(&t, "2,995 dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	run("Kestrel blocks Larch bid for Quillon Pipelines",
	    "The government blocked the Larch consortium's takeover of "
	    "Quillon Pipelines. The consortium had offered $11 a security in "
	    "cash. Quillon securities fell 11 per cent to $8.83.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$11"), AMOUNT_PER_SHARE);
	tags_release(&t);
}

/* A party written with a two-character short form ("GN", "M1") that
 * opens exactly one company's name in the story ("GN Store Nord") is that
 * company, listed once; two such names ("SK Group", "SK Hynix") or a
 * short form the gazetteer knows as a company ("BP" beside "BP America")
 * leave it as written. */
static void test_two_letter_short_form(void **state)
{
	(void)state;
	struct tags t;
	run("GN buys gaming gear maker Kestrel for DKK 8,2 billion",
	    "Hearing aid and headset maker GN Store Nord is buying the Danish "
	    "gaming equipment company Kestrel from the private equity fund "
	    "Axcel for DKK 8,2 billion, the company announced on Monday.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "GN Store Nord");
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_string_not_equal(t.companies[i], "GN");
	tags_release(&t);
	run("Larch sells Myanmar unit to M1 Group for US$105 million",
	    "Larch Group has agreed to sell its Myanmar operation to M1 Group, "
	    "a Lebanese investment firm, for US$105 million. M1 Group is "
	    "controlled by a Lebanese family.\n", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_string_not_equal(t.companies[i], "M1");
	tags_release(&t);
	run("SK to buy stake in Kestrel",
	    "SK Group and SK Hynix said SK would buy a 10 percent stake in "
	    "Kestrel Corp for $1 billion.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    (strcmp(t.deal.acquirer, "SK Group") &&
		     strcmp(t.deal.acquirer, "SK Hynix")));
	tags_release(&t);
}

/* Capitals in brackets after a company's name whose letters are its
 * words' letters in order from its first word's initial, not only their
 * initials ("Kestrel Ventures Plc (KVL)"), name it later ("KVL will
 * pay"); two letters must still be initials. */
static void test_bracketed_acronym_letters(void **state)
{
	(void)state;
	struct tags t;
	run("KVL to buy Larch chemical units for US$2.08bn",
	    "Kestrel Ventures Plc (KVL), the listed petrochemical producer, "
	    "has agreed to buy the chemical businesses of Larch Corporation "
	    "for US$2.076 billion. KVL will take over plants in Texas.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Ventures");
	tags_release(&t);
}

/* An IPO's holder that "sold 5 per cent of" the business (a stake in per
 * cent, not shares), or whose existing shares, named several words
 * before, are "to be sold by" it, sells in the offering. */
static void test_ipo_seller_per_cent_and_held_far(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Gas shares jump on debut after Dh9.1bn IPO",
	    "Shares of Kestrel Gas jumped as much as 25 per cent on their "
	    "first day of trading on the Abu Dhabi Securities Exchange on "
	    "Monday, after the company raised Dh9.1 billion ($2.5bn) in the "
	    "biggest initial public offering in the emirate's history.\n\n"
	    "Parent Abu Dhabi National Oil Company (Adnoc) sold 5 per cent of "
	    "the gas processing business, or about 3.84 billion shares, at "
	    "Dh2.37 per share, the top of the marketed range.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "ADNOC");
	tags_release(&t);
	run("Quillon sets final IPO price at SAR 128 per share",
	    "Quillon Co., the digital services provider owned by Larch "
	    "Holdings, has set the final price for its initial public "
	    "offering at SAR 128 per share.\n\nThe offering comprises 24 "
	    "million existing shares, or 30% of Quillon's capital, to be sold "
	    "by Larch Holdings, raising SAR 3.07 billion.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch");
	tags_release(&t);
}

/* "marketable securities" and "marketing" share the market's stem but
 * say nothing of a market's size. */
static void test_marketable_not_market(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL SETS ASIDE FUNDS",
	    "Kestrel Corp said it holds 463 mln dlrs in marketable "
	    "securities.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "463 mln dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	run("LARCH RAISES SPENDING",
	    "Larch Inc said it will spend 30 mln dlrs on marketing this "
	    "year.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(kind_of(&t, "30 mln dlrs"), AMOUNT_MARKET);
	tags_release(&t);
}

/* A headline about charges brought ("SEC DETAILS CHARGES AGAINST
 * JEFFERIES", "EXECUTIVE CHARGED BY SEC", "INDICTED", "PLEADING GUILTY")
 * is about a look-alike: a deal its body tells (a stock-parking
 * "agreement" to buy) is none of the story's. */
static void test_charges_headline_lookalike(void **state)
{
	(void)state;
	struct tags t;
	run("SEC DETAILS CHARGES AGAINST KESTREL",
	    "Federal regulators said Bill Kestrel, who resigned as head of his "
	    "brokerage firm, took part in a stock parking plot.\n    The "
	    "Securities and Exchange Commission said Kestrel agreed with an "
	    "unidentified person to have his firm buy up a large chunk of "
	    "stock for 11.7 mln dlrs.\n", "WASHINGTON", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A headline about a defence against takeovers ("SETS DEFENSIVE
 * RIGHTS", "GRANTS GOLDEN PARACHUTES") or about takeover rules ("INSIDER
 * TRADING LEGISLATION") is about a look-alike: the acquisitions its body
 * speaks of in general are no deal of the story's; a rights plan's
 * headline is a weaker sign, its lead may name the bid it is against
 * (test_rights_plan_vehicle_and_talks_on). */
static void test_defence_and_rules_headline_lookalike(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> SETS DEFENSIVE RIGHTS",
	    "Kestrel Inc said its board has adopted a defensive shareholder "
	    "rights plan and said it has received \"friendly inquiries\" on "
	    "its acquisition.\n    The company said the rights would be "
	    "exercisable 20 business days after a party were to acquire 20 "
	    "pct or more of Kestrel common stock or announce a tender "
	    "offer.\n", "NEW YORK", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("LARCH OUTLINES INSIDER TRADING LEGISLATION",
	    "Senate Banking Committee Chairman Bill Larch said he planned to "
	    "introduce legislation shortly to require greater public "
	    "disclosure of corporate takeovers and fairer treatment for all "
	    "shareholders.\n    \"We are proposing legislation that would "
	    "insure that takeovers are properly financed,\" he said.\n",
	    "WASHINGTON", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* Look-alikes a review of this round's rules found: a parent's two
 * letters written before its affiliate's name ("LG will buy ... affiliate
 * LG Display"); an IPO's underwriter or a product's retailer after "sold
 * by"; "Stockholm" and a business "unit" in a story of no shares; a price
 * per depositary receipt. */
static void test_rules_hold_back_on_lookalikes_29(void **state)
{
	(void)state;
	struct tags t;
	run("LG to buy stake in Kestrel Robotics",
	    "LG will buy a 20 percent stake in Kestrel Robotics for 300 "
	    "billion won, it said on Monday.\n\nShares of affiliate LG Display "
	    "Co Ltd fell 2 percent.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "LG");
	tags_release(&t);
	run("Acme shares jump in Nasdaq debut",
	    "Acme Inc's shares jumped 35 percent in their Nasdaq debut after "
	    "its initial public offering.\n\nAcme Inc's 15 million shares, "
	    "priced at 20 dlrs each above the marketed range, were sold by "
	    "Goldman Sachs Group Inc to institutional investors in the "
	    "initial public offering.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Kestrel sells board seat to Larch for 200 crowns",
	    "Kestrel AB agreed to sell a seat on its board to Larch AB for 200 "
	    "crowns.\n", "STOCKHOLM", NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "200 crowns"), AMOUNT_OTHER);
	tags_release(&t);
	run("Acme to buy Beta",
	    "Acme Corp agreed to acquire Beta Inc for 9.50 dlrs per American "
	    "depositary receipt in cash.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "9.50 dlrs"), AMOUNT_PER_SHARE);
	tags_release(&t);
}

/* What a seller receives for what it sells is the deal's price ("will
 * receive gross proceeds of 350 mln dlrs for the subsidiary", "received
 * 99.3 mln dlrs cash"); a fee or a loan received is not ("received a $175
 * million break fee"). */
static void test_seller_receives_price(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL TO SELL LARCH PARKS UNIT",
	    "Kestrel Manufacturing Corp said it agreed to sell its Larch Parks "
	    "subsidiary to Quillon Capital Corp.\n    Kestrel said it will "
	    "receive gross proceeds of 350 mln dlrs for the Larch Parks "
	    "subsidiary.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "350 mln dlrs"), AMOUNT_DEAL);
	tags_release(&t);
	run("Kestrel to sell appliance business to Larch",
	    "Kestrel Corp agreed to sell its appliance business to Larch Group "
	    "for $5.4 billion.\n\nKestrel had agreed in 2014 to sell the unit "
	    "to Quillon for $3.3 billion, but called off that deal. Kestrel "
	    "received a $175 million break fee from Quillon.\n", NULL, NULL,
	    NULL, &t);
	assert_int_not_equal(kind_of(&t, "$175 million"), AMOUNT_DEAL);
	tags_release(&t);
}

/* A sum a company "has committed to invest" or "promised to invest" is
 * a programme's, no deal's price. */
static void test_committed_to_invest_other(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel buys stake in Larch Retail",
	    "Kestrel Inc has agreed to buy a 10% stake in Larch Retail for "
	    "$400 million.\n\nThe deal comes as Kestrel, which has committed "
	    "to invest $5 billion in India, looks to strengthen its offline "
	    "presence.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$5 billion"), AMOUNT_OTHER);
	assert_int_equal(kind_of(&t, "$400 million"), AMOUNT_DEAL);
	tags_release(&t);
}

/* A sum paid "to settle" claims or a "settlement" is a court's or a
 * claim's money, no deal's price. */
static void test_settlement_sum_other(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to pay up to $10.9 billion to settle claims",
	    "Kestrel Corp agreed to buy Larch Inc for $2 billion last year.\n\n"
	    "Kestrel agreed on Wednesday to pay up to $10.9 billion to settle "
	    "tens of thousands of lawsuits.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$10.9 billion"), AMOUNT_OTHER);
	tags_release(&t);
}

/* A company's buyback of its own shares by tender offer is no deal,
 * where the lead opens with a dateline of its own ("TOKYO, July 23
 * (Kyodo) --") as where it does not. */
static void test_own_buyback_after_dateline(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy back 806.8 billion yen of own shares via tender "
	    "offer",
	    "TOKYO, July 23 (Kyodo) -- Kestrel Motor Corp. said Tuesday it "
	    "will buy back 806.8 billion yen worth of its own shares through a "
	    "tender offer, as financial institutions unwind their "
	    "cross-shareholdings.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "from funds managed by X", "from a company owned by X": the owner
 * behind what sells is the seller. */
static void test_seller_behind_funds(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel agrees to buy 48% of Larch",
	    "Kestrel has agreed to buy a 48% stake in port operator Larch "
	    "from funds managed by Quillon for R$6.3 billion.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Quillon");
	tags_release(&t);
}

/* "Y, a vegetable seed producer from Romagna": where a company comes
 * from is no seller; "the cement maker from Larch" still sells. */
static void test_origin_from_not_seller(void **state)
{
	(void)state;
	struct tags t;
	run("Govt blocks Kestrel takeover of seed firm Verisem",
	    "The Italian government has blocked the acquisition of Verisem, a "
	    "vegetable seed producer from Romagna, by agrochemicals group "
	    "Kestrel, government sources said on Thursday.\n", NULL, NULL,
	    NULL, &t);
	assert_true(t.deal.seller == NULL || strcmp(t.deal.seller, "Romagna"));
	tags_release(&t);
	run("Quillon buys cement maker",
	    "Quillon Corp said it agreed to buy the cement maker from Larch "
	    "Industries Inc for 40 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch");
	tags_release(&t);
}

/* Look-alikes a second review of this round found: a deal's own headline
 * with a look-alike's word in another sense ("rules out job cuts",
 * "follows suit", "grants distribution rights"); a sum received that is
 * no price ("in insurance payments"); a commitment to invest that buys a
 * stake; a merger whose combined group will buy back shares, past a
 * dateline. */
static void test_rules_hold_back_on_lookalikes_29b(void **state)
{
	(void)state;
	struct tags t;
	const char *body = "Kestrel Corp said on Monday it agreed to acquire "
			   "Larch Inc for $5 billion in cash.\n";
	run("Kestrel to pay $5 billion for Larch, rules out job cuts", body,
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("KESTREL FOLLOWS SUIT WITH LARCH PACT", body, NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Larch gets $50 million from Kestrel, grants distribution rights",
	    "Larch Inc, a drug developer, said on Monday it raised $50 million "
	    "from Kestrel Corp, which gets distribution rights to its lead "
	    "drug.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
	run("Kestrel to sell Pine unit",
	    "Kestrel Corp said it agreed to sell its Pine Products unit to "
	    "Larch Inc. Terms were not disclosed. Kestrel received 300 mln dlrs "
	    "in insurance payments after a fire at the Pine plant last "
	    "year.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "300 mln dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	run("Kestrel to take 30% stake in Larch",
	    "Kestrel Corp has committed to invest $500 million to acquire a "
	    "30% stake in Larch Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$500 million"), AMOUNT_DEAL);
	tags_release(&t);
	run("Kestrel and Larch to merge",
	    "LONDON, June 2 (Reuters) - Kestrel Plc and Larch Plc agreed to "
	    "merge in an all-share deal worth $6 billion, and the combined "
	    "group will buy back up to $1 billion of its shares.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
}

/* What an "acquisition" is done for is its price, as a verb's is, past a
 * nearer "assets" ("completed its acquisition of the assets and
 * liabilities of Bogen ... for 9,200,000 dlrs in cash"). */
static void test_acquisition_noun_for_price(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL COMPLETES LARCH PURCHASE",
	    "Kestrel Devices Inc said it completed its acquisition of the "
	    "assets and liabilities of Bogen, a division of Larch Corp, for "
	    "9,200,000 dlrs in cash.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "9,200,000 dlrs"), AMOUNT_DEAL);
	tags_release(&t);
}

/* In a story with no deal of its own, a deal told in passing keeps its
 * price: after a noun of buying and its "of" ("its 2017 purchase of a
 * controlling stake in Sabeco for about US$4.8 billion"), past a hedge;
 * an order of goods does not ("agreed to purchase six Boeing 767 aircraft
 * for 1.6 billion Canadian dlrs"). */
static void test_passing_deal_noun_price(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel refinances debt",
	    "Kestrel Beverage has been refinancing debt taken on in recent "
	    "years, the largest being its 2017 purchase of a controlling stake "
	    "in Vietnamese brewer Larch Corp for about US$4.8 billion.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	assert_int_equal(kind_of(&t, "US$4.8 billion"), AMOUNT_DEAL);
	tags_release(&t);
	run("KESTREL AIRLINES ORDERS BOEING JETS",
	    "Kestrel Airlines International said it agreed to purchase six "
	    "Boeing Co 767-300ER aircraft for 1.6 billion Canadian dlrs.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "1.6 billion Canadian dlrs"),
			 AMOUNT_OTHER);
	tags_release(&t);
}

/* A worth told from before ("had last been valued at about $2 billion by
 * private investors", "valued at more than $23 billion at its peak") is
 * a valuation, not the deal's value. */
static void test_valued_before_valuation(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy Larch for $3.1 billion",
	    "Kestrel Corp agreed to buy ride-hailing firm Larch for $3.1 "
	    "billion.\n\nLarch had last been valued at about $2 billion by "
	    "private investors.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$2 billion"), AMOUNT_VALUATION);
	assert_int_equal(kind_of(&t, "$3.1 billion"), AMOUNT_DEAL);
	tags_release(&t);
}

/* "FILES FOR INITIAL OFFERING": a wire's IPO without "public"; a bid's
 * "initial offer" stays a bid's. */
static void test_initial_offering_ipo(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL TRANSPORTATION FILES FOR INITIAL OFFERING",
	    "<Kestrel Transportation Services Inc> said it has filed for an "
	    "initial public offering of 1,100,000 common shares at an expected "
	    "price of six to seven dlrs a share through underwriters led by "
	    "Larch Adams and Peck Inc.\n", "SPRINGDALE, Ark., March 6", NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
	run("KESTREL RAISES BID FOR LARCH",
	    "Kestrel Corp raised its bid for Larch Inc to 45 dlrs a share from "
	    "its initial offer of 40 dlrs a share.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* Look-alikes a third review of this round found: goods bought with a
 * noun of buying ("the purchase of 20 Airbus A320 jets"); a described
 * target bought from a named company ("a memory chip maker from Intel");
 * a shell led by someone described ("a fund led by former Goldman Sachs
 * banker"); "half its peak market value"; a court's ruling headline ("Judge
 * rules Kestrel misled investors"); a commitment "in exchange for" tax
 * breaks. */
static void test_rules_hold_back_on_lookalikes_29c(void **state)
{
	(void)state;
	struct tags t;
	run("Acme profit rises",
	    "Acme Airlines said profit rose. The carrier said the purchase of "
	    "20 Airbus A320 jets for about $500 million would lift capacity "
	    "next year.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$500 million"), AMOUNT_OTHER);
	tags_release(&t);
	run("Larch buys chip maker",
	    "Larch Corp agreed to buy a memory chip maker from Intel Corp for "
	    "$300 million, it said on Monday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Intel");
	tags_release(&t);
	run("Kestrel buys Larch",
	    "Kestrel Corp said on Monday it agreed to buy Larch Inc from a fund "
	    "led by former Goldman Sachs banker John Smith for $300 million.\n",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.seller == NULL ||
		    strcmp(t.deal.seller, "Goldman Sachs"));
	tags_release(&t);
	run("Kestrel buys Larch",
	    "Kestrel Corp agreed to buy Larch Inc in a deal valued at $2 "
	    "billion, less than half its peak market value in 2021.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$2 billion"), AMOUNT_DEAL);
	tags_release(&t);
	run("Judge rules Kestrel misled investors",
	    "A judge said on Monday that Kestrel Corp misled investors when it "
	    "bought Larch Inc for $2 billion in 2019. Kestrel said it would "
	    "appeal.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel buys Larch",
	    "Kestrel Corp agreed to buy Larch Inc, the companies said on "
	    "Monday. Kestrel has committed to invest $500 million in Larch "
	    "plants in Ohio in exchange for state tax breaks, the governor "
	    "said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "$500 million"), AMOUNT_OTHER);
	tags_release(&t);
}

/* "is nearing an agreement to acquire", "is close to an agreement": the
 * agreement is to come, talks; "has reached an agreement" is one. */
static void test_nearing_agreement_talks(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Is Said to Near Deal for Larch",
	    "Kestrel Group Inc. is nearing an agreement to acquire Larch "
	    "Technologies Ltd. for about $3 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	tags_release(&t);
	run("Kestrel to buy Larch",
	    "Kestrel Group Inc. has reached an agreement to acquire Larch "
	    "Technologies Ltd. for about $3 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "has wrapped up negotiations to sell", "completed negotiations": the
 * terms are agreed. */
static void test_wrapped_up_negotiations_agreed(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to sell refinery to Larch Capital for US$1.65bn",
	    "Brazil's oil company Kestrel has wrapped up negotiations to sell "
	    "the Landulpho Alves refinery (RLAM) in Bahia state to Larch "
	    "Capital, the investment arm of Larch Investment Company, for "
	    "US$1.65bn (about R$8.9bn).\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* A feature's or a speech's headline ("ECONOMIC SPOTLIGHT - TELECOM IS
 * KEY", "CHAIRMAN CRITICIZES CORPORATE RAIDS") is a look-alike's: the
 * takeover bids its body speaks of are no deal of the story's. */
static void test_speech_feature_headline_lookalike(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> CHAIRMAN CRITICIZES CORPORATE RAIDS",
	    "The chairman of Kestrel Tire and Rubber Co, a concern that "
	    "survived a recent hostile takeover bid, said raiders are "
	    "undermining the nation's industrial base.\n    He said the "
	    "company spent 37 mln dlrs defending itself against the bid by "
	    "Larch Holdings.\n", "MIAMI", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* An acronym the text spells out in lower case ("the fast-moving
 * consumer goods (FMCG) business") is a term, no party; one spelled out
 * in capitals ("Bolsas y Mercados Españoles (BME)") stays a name. */
static void test_term_acronym_no_party(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Consumer to acquire Larch's FMCG business for Rs 2,825 "
	    "crore",
	    "Kestrel Consumer Products Ltd (KCPL) on Thursday said it will "
	    "acquire the fast-moving consumer goods (FMCG) business of Larch "
	    "Consumer Care, including the Park Avenue and KamaSutra brands, "
	    "for Rs 2,825 crore in an all-cash deal.\n\nThe acquisition, "
	    "through a business transfer agreement, covers the deodorant and "
	    "personal care brands of Larch.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL || strcmp(t.deal.target, "FMCG"));
	for (size_t i = 0; i < t.deal.nparties; i++)
		assert_string_not_equal(t.deal.parties[i], "FMCG");
	tags_release(&t);
}

/* "X said Y has accepted its offer": no company accepts its own bid, so
 * "its" is the speaker's, who bids; the one accepting is bought. */
static void test_accepts_its_offer_speaker_bids(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> UPDATES LARCH HOUSING DEAL",
	    "Kestrel Corp said Larch Housing Corp has accepted its previously "
	    "announced acquisition offer.\n    Larch will operate as a "
	    "separate subsidiary.\n", "NEW YORK", NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_string_equal(t.deal.target, "Larch Housing");
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* its own clause's bid stays its own */
	run("HALVOR SAYS BRIXTON EXTENDS OFFER",
	    "Halvor Oil Corp said Brixton Petroleum Inc has extended its "
	    "tender offer for Zorgal Inc.\n", "DALLAS", NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Brixton Petroleum");
	assert_string_equal(t.deal.target, "Zorgal");
	tags_release(&t);
}

/* An end only threatened, possible or on a condition ("intends to
 * withdraw its proposal ... if", "threatened to walk away", "may
 * terminate") leaves the deal where it was; one told done ends it. */
static void test_threatened_end_not_terminated(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> SETS LARCH <LRC> DEADLINE",
	    "Kestrel Corp said it has told Larch Publishers Inc that it "
	    "intends to withdraw its proposal to acquire Larch for 50 dlrs "
	    "per share in cash if the parties have not made satisfactory "
	    "progress in discussions by March 30.\n", "ORLANDO, Fla.", NULL,
	    NULL, &t);
	assert_true(ex_deal_is_mna(t.deal.type));
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("KESTREL <KST> DROPS LARCH <LRC> BID",
	    "Kestrel Corp said it withdrew its proposal to acquire Larch "
	    "Publishers Inc for 50 dlrs per share in cash after Larch "
	    "rejected it.\n", "ORLANDO, Fla.", NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* A merger whose two sides the lead names may be told later as one
 * side's purchase of the other ("Ant Financial's planned acquisition of
 * MoneyGram", "Environmental, which was considering buying ChemClear"):
 * the buyer and the company bought are then its sides. */
static void test_merger_sides_from_later_purchase(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> TERMINATES MERGER TALKS",
	    "Kestrel Inc said it terminated merger talks with Larch Systems "
	    "Co <LSC>.\n    Kestrel said it was unable to reach agreement "
	    "with Larch, which was considering buying Kestrel.\n", "DALLAS",
	    NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Larch Systems");
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* A commercial bank named "<words> Bank of <place>" ("Co-operative Bank
 * of Kenya", "First Bank of Nigeria", "Commercial Bank of Kuwait") is one
 * company, and its place, once the story names it twice, one of the
 * story's countries; a country's authority ("Central Bank of Kenya",
 * "Reserve Bank of India") is no company. */
static void test_bank_of_place_name(void **state)
{
	(void)state;
	struct tags t;
	run("Co-op Bank completes KSh1 billion Jamii Bora takeover",
	    "Jamii Bora Bank has been acquired by the Co-operative Bank of "
	    "Kenya, which has taken a 90 percent stake in the struggling "
	    "lender for Sh1 billion after receiving the final approvals.\n\n"
	    "The Central Bank of Kenya signed off on the transaction, the "
	    "Co-operative Bank of Kenya said in a statement.\n", NULL, NULL,
	    NULL, &t);
	assert_string_equal(t.deal.acquirer, "Co-operative Bank of Kenya");
	assert_string_equal(t.deal.target, "Jamii Bora Bank");
	assert_true(has_country(&t, "KE"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "Central"));
	tags_release(&t);
}

/* A decimal comma inside a number ("25,19%") is no clause's comma: the
 * name after it is still the verb's object. */
static void test_decimal_comma_not_clause(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel buys 25,19% of Larch Bank from Zorgal Holding for PLN "
	    "1,63 bn",
	    "Poland's largest insurer Kestrel has agreed to buy a 25,19% "
	    "stake in mid-sized lender Larch Bank from Zorgal Holding for "
	    "PLN 1,63 bn.\n", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_string_equal(t.deal.target, "Larch Bank");
	tags_release(&t);
}

/* What a state body raises from an auction of licences or spectrum
 * ("raised Bt100.52 billion ... from Sunday's 5G spectrum auction") is
 * a seller's take, no funding round; a round raised from investors
 * stays one. */
static void test_raised_from_auction_no_round(void **state)
{
	(void)state;
	struct tags t;
	run("5G auction rakes in Bt100.5 billion for regulator",
	    "The National Broadcasting and Telecommunications Commission "
	    "(NBTC) raised Bt100.52 billion (about US$3.2 billion) from "
	    "Sunday's 5G spectrum auction, well above expectations, with "
	    "Kestrel Info Service (KIS) emerging as the biggest winner.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Larch raises $200 million",
	    "Larch raised $200 million from Nexus Venture Partners and "
	    "Glade Brook Capital in a Series E round.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
}

/* "First Round Capital" is a firm, no "first round" that makes its
 * sentence an earlier round's: the round's investors it names count. */
static void test_first_round_capital_investor(void **state)
{
	(void)state;
	struct tags t;
	run("Larch raises $85m in Pakistan's biggest startup round",
	    "Quick-commerce startup Larch has raised $85 million in a Series "
	    "B round, the company announced on Thursday.\n\nThe round was "
	    "co-led by US venture capital firms First Round Capital and Harbor "
	    "Pacific Capital, the company said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_true(t.deal.ninvestors >= 2);
	assert_string_equal(t.deal.investors[0], "First Round Capital");
	tags_release(&t);
}

/* A name whose first token is a corporate suffix glued by a hyphen to
 * its next word ("Co-operative") opens the text: the sector's reading of
 * the name walks back from its last word and must stop at the name's
 * start (it read before the token array once, which ASan caught). */
static void test_name_opening_with_suffix_hyphen(void **state)
{
	(void)state;
	struct tags t;
	run("News", "Co-operative Kestrel Capital The accepted for made an "
	    "offer.\n", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.nsectors; i++)
		assert_true(t.sectors[i] >= 0);
	tags_release(&t);
	run("Co-op deal", "Co-operative Bank of Kenya agreed to buy Larch "
	    "Bank.\n", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Co-operative Bank of Kenya");
	tags_release(&t);
}

/* A contract's name "(share) sale and purchase agreement" buys nothing:
 * the deal word after it says who sells and who buys. */
static void test_purchase_agreement_name_no_cue(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel signs deal to hand Kenyan oil assets to Larch",
	    "British explorer Kestrel Oil has signed a sale and purchase "
	    "agreement to offload its entire Kenyan business to Larch Energy "
	    "for $120 million.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_string_equal(t.deal.seller, "Kestrel Oil");
	assert_string_equal(t.deal.acquirer, "Larch Energy");
	tags_release(&t);
	run("Kestrel news",
	    "Kestrel Corp has signed a share purchase agreement to acquire "
	    "Larch Ltd from Zorgal for $120 million.\n", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_string_equal(t.deal.target, "Larch");
	tags_release(&t);
}

/* The round's rules held back where they must not fire (a review's
 * finds): an end told done ("on May 29 it terminated", "having
 * threatened legal action, terminated", an "if" in another clause or
 * of a question), shares accepted in an offer (done), "its chairman's
 * offer", a merger side's purchase of the other that is a third party's
 * or of a part, "-based" before a bank's name, a funding round from a
 * firm called Spectrum, a central bank written "the National Bank of". */
static void test_rules_hold_back_on_lookalikes_30(void **state)
{
	(void)state;
	struct tags t;
	static const char *const ended[] = {
		"Kestrel Corp said on May 29 it terminated its agreement to "
		"acquire Larch Inc for 50 dlrs a share.\n",
		"Kestrel Corp, having threatened legal action, terminated its "
		"agreement to acquire Larch Inc for 50 dlrs a share.\n",
		"Kestrel Corp said its board voted to terminate its agreement "
		"to acquire Larch Inc and that it will seek to determine if "
		"Larch owes it a break-up fee.\n",
		"Kestrel Corp said on Monday it withdraws its offer for Larch "
		"Inc, saying it could not see if the deal made sense.\n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(ended); i++) {
		run("KESTREL <KST> ON LARCH <LRC>", ended[i], "NEW YORK", NULL,
		    NULL, &t);
		assert_int_equal(t.deal.status, STATUS_TERMINATED);
		tags_release(&t);
	}
	run("KESTREL <KST> ON LARCH <LRC>",
	    "Kestrel Corp said it accepted shares tendered in its offer for "
	    "Larch Inc and now owns 95 pct of Larch.\n", "NEW YORK", NULL,
	    NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("KESTREL <KST> ON LARCH <LRC>",
	    "Kestrel Corp said Larch Inc has accepted its chairman's buyout "
	    "offer of 30 dlrs a share.\n", "NEW YORK", NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Kestrel"));
	tags_release(&t);
	static const char *const others[] = {
		"had opposed Zorgal Inc's acquisition of Kestrel last year.\n",
		"last year agreed to buy Kestrel's drilling unit.\n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(others); i++) {
		char body[512];
		snprintf(body, sizeof(body), "Kestrel Inc said it terminated "
			 "merger talks with Larch Systems Co <LSC>.\n    Kestrel "
			 "said it was unable to reach agreement with Larch, "
			 "which %s", others[i]);
		run("KESTREL <KST> TERMINATES MERGER TALKS", body, "DALLAS",
		    NULL, NULL, &t);
		assert_true(t.deal.acquirer == NULL ||
			    strcmp(t.deal.acquirer, "Larch Systems"));
		tags_release(&t);
	}
	run("Bank news", "Ecobank said it agreed to buy a stake in Larch, a "
	    "unit of Lagos-based First Bank of Nigeria.\n", NULL, NULL, NULL,
	    &t);
	assert_string_equal(t.deal.seller, "First Bank of Nigeria");
	tags_release(&t);
	run("Larch raises $40 million", "Larch Inc, a San Francisco-based "
	    "software startup, said on Tuesday it raised $40 million from "
	    "Spectrum Equity, bringing its total funding to $60 million.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
	run("Bank news", "Kestrel Bank agreed to buy Larch Bank from Zorgal "
	    "Holdings, pending approval from the National Bank of Belgium.\n",
	    NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], "National Bank"));
	tags_release(&t);
	run("Bank news", "Masraf Al Rayan, Barwa Bank and International Bank "
	    "of Qatar have begun talks on a three-way merger.\n", NULL, NULL,
	    NULL, &t);
	int ibq = 0;
	for (size_t i = 0; i < t.ncompanies; i++)
		ibq |= !strcmp(t.companies[i], "International Bank of Qatar");
	assert_true(ibq);
	tags_release(&t);
}

/* "with recommended 313p-a-share cash offer": a recommended bid is one
 * its target's board backs, an adjective, no answer of the headline's
 * subject to another's bid; a board that "recommended the offer" still
 * answers it. */
static void test_recommended_offer_adjective(void **state)
{
	(void)state;
	struct tags t;
	run("FirstRand lands Larch with recommended 313p-a-share cash offer",
	    "FirstRand has agreed to buy UK specialist lender Larch in a deal "
	    "that values the London-listed challenger bank at about "
	    "£1.1bn.\n", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "FirstRand");
	assert_string_equal(t.deal.target, "Larch");
	tags_release(&t);
	run("KESTREL BOARD RECOMMENDED LARCH OFFER",
	    "Kestrel Corp's board recommended the offer from Larch Corp.\n",
	    NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Larch");
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* "BUYS HARPER/ROW UNIT" over "bought <Medecines et Sciences
 * Internationales SA> ... from Harper and Row": the company the headline
 * names is the lead's seller, and the company the lead names is bought. */
static void test_headline_names_seller_of_lead_target(void **state)
{
	(void)state;
	struct tags t;
	run("MARLOWE <MRL> BUYS HALDANE/PRICE <HPC> UNIT",
	    "Marlowe Inc said it bought <Editions Vireo SA>, a French "
	    "medical publisher, from Haldane and Price Publishers Inc.\n"
	    "    Terms were not disclosed.\n", "NEW YORK", NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Marlowe");
	assert_string_equal(t.deal.target, "Editions Vireo");
	assert_string_equal(t.deal.seller, "Haldane and Price Publishers");
	tags_release(&t);
	/* the headline's company bought outright stays the target */
	run("MARLOWE <MRL> BUYS HALDANE AND PRICE",
	    "Marlowe Inc said it bought Haldane and Price Publishers Inc "
	    "from Vireo Holdings Inc.\n", "NEW YORK", NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Marlowe");
	assert_string_equal(t.deal.target, "Haldane and Price Publishers");
	tags_release(&t);
	/* a deal told in passing in the lead ("which last year bought
	 * Delta Corp from Beta Corp") is not the headline's */
	run("ACME TO BUY BETA CORP",
	    "Acme Inc, which last year bought Delta Corp from Beta Corp, said "
	    "it agreed to buy Beta for 50 mln dlrs.\n", "NEW YORK", NULL, NULL,
	    &t);
	assert_string_equal(t.deal.target, "Beta");
	tags_release(&t);
}

/* "DIXONS GETS ONLY 20 PCT OF CYCLOPS IN BID": a bidder that gets a
 * share of the company in its bid is no target answering a bid. */
static void test_gets_pct_in_bid_bidder(void **state)
{
	(void)state;
	struct tags t;
	run("HARLAN GETS ONLY 20 PCT OF TOLVEX <TLV> IN BID",
	    "<Harlan Group PLC> said only about 852,000 shares of Tolvex "
	    "Corp common stock, or 20 pct on a fully diluted basis, were "
	    "tendered under its bid.\n", "NEW YORK", NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Harlan");
	assert_string_equal(t.deal.target, "Tolvex");
	tags_release(&t);
	/* a company that gets a bid is still its target */
	run("TOLVEX <TLV> GETS BID FROM HARLAN",
	    "Tolvex Corp said it received a takeover bid from Harlan Group "
	    "PLC.\n", "NEW YORK", NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Harlan");
	assert_string_equal(t.deal.target, "Tolvex");
	tags_release(&t);
}

/* A company named by one word, with no suffix, no gazetteer entry and no
 * description ("Equinix has completed the purchase of ..."): the lead's
 * subject before its deal verb, or the word right after one, when the
 * headline writes it and the body writes it as a name elsewhere. */
static void test_lead_one_word_company(void **state)
{
	(void)state;
	struct tags t;
	run("Veltrix closes purchase of Corvan's data centres",
	    "SANTIAGO — Veltrix has completed the purchase of four data "
	    "centres in Chile from Empresa Corvan SA, the US company said.\n\n"
	    "The purchase takes Veltrix into five Latin American countries.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Veltrix");
	tags_release(&t);
	run("Halden agrees to buy Quorra in $2 billion deal",
	    "Halden Group said on Monday it had agreed to acquire Quorra "
	    "for $2 billion in cash.\n\nThe deal values Quorra at 30 times "
	    "its earnings.\n", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Halden");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quorra");
	tags_release(&t);
	/* a word the text writes in lower case too is no name; nor is
	 * one written only where a sentence opens */
	run("Regulators block Halden purchase",
	    "Regulators have blocked the purchase of Marlo Foods Inc by "
	    "Halden Group, the regulators said.\n", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_string_not_equal(t.companies[i], "Regulators");
	tags_release(&t);
	/* another's verb on the deal makes no company of its subject:
	 * "Zhao has approved the acquisition", nor is a thing invested in
	 * one ("invest in Velora output") */
	run("Zhao approves acquisition of Marlo",
	    "Zhao has approved the acquisition of Marlo AG by Kestrel Corp.\n\n"
	    "The approval by Zhao came after talks.\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Zhao"));
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	run("Halden to invest $6 billion in Velora production",
	    "Halden A/S said it would invest in Velora output.\n\nDemand for "
	    "Velora has soared.\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Velora"));
	tags_release(&t);
}

/* "Pushpay bidders lift offer" over "The private equity consortium trying
 * to buy Pushpay has sweetened its offer": the company whose bidders
 * raise their bid is bought, and what a consortium buys is none of its
 * members. */
static void test_bidders_subject_bought(void **state)
{
	(void)state;
	struct tags t;
	run("Quorra bidders lift offer",
	    "The private equity consortium trying to buy Quorra Ltd has "
	    "sweetened its offer, the company said.\n", NULL, NULL, NULL, &t);
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_string_not_equal(t.deal.investors[i], "Quorra");
	/* and the company whose bidders raise their bid is bought */
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Quorra");
	tags_release(&t);
	run("Kestrelcare buyer moves to walk away from $1.5b takeover",
	    "The private equity-backed buyer of retirement village operator "
	    "Kestrelcare Ltd is trying to walk away from its $1.5 billion "
	    "takeover.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrelcare");
	tags_release(&t);
	/* "Toshiba bidder Bain": the name after "bidder" bids */
	run("Tolvex bidder Marlowe raises offer to $20 billion", "", NULL,
	    NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Marlowe");
	assert_string_equal(t.deal.target, "Tolvex");
	tags_release(&t);
	/* a member whose name holds a buying word stays one, and members
	 * named after what the group bought count */
	run("Consortium to buy Quorra Corp",
	    "A consortium of Blackstone Inc, Gores Acquisition Corp and CPPIB "
	    "agreed to buy Quorra Corp for $2 billion.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Gores Acquisition"));
	tags_release(&t);
	run("Consortium buys Quorra",
	    "A consortium that bought Beta Corp last year, led by KKR & Co and "
	    "Bain Capital, agreed to buy Quorra Corp for $2 billion.\n", NULL,
	    NULL, NULL, &t);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "KKR"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Beta"));
	tags_release(&t);
}

/* A unit that names no country, in a country the unit table missed:
 * crowns under "PRAGUE", dinars under "AMMAN" and "KUWAIT", rupees under
 * "KATHMANDU", and "dong" alone; a crown named in the sentence of a
 * country that has one ("Denmark's catches ... 305 crowns") is that
 * country's, though the story names Iceland more; dinars of no country
 * the table knows stay unknown. */
static void test_local_units_by_country(void **state)
{
	(void)state;
	struct tags t;
	run("ALZA BUYS PRAHA MEDIA",
	    "Alza said it agreed to buy Praha Media for 4 billion crowns "
	    "($170 million).\n", "PRAGUE", NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "4 billion crowns ($170 million)"),
			    "CZK");
	tags_release(&t);
	run("JORDAN PHOSPHATE PROFIT",
	    "Jordan Phosphate Mines Co said profit rose to 12.6 mln dinars "
	    "from 3.1 mln dinars.\n", "AMMAN", NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "12.6 mln dinars"), "JOD");
	tags_release(&t);
	run("Nabil Bank deposits rise",
	    "KATHMANDU - Nabil Bank said deposits rose to Rs 23.57 billion "
	    "in Nepal.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "Rs 23.57 billion"), "NPR");
	tags_release(&t);
	run("Vinhomes revenue",
	    "HANOI - Vinhomes reported revenue of 304 trillion dong ($12.5 "
	    "billion) in Vietnam.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "304 trillion dong ($12.5 billion)"),
			    "VND");
	tags_release(&t);
	run("LITTLE DEMAND ON HAMBURG FISHMEAL MARKET",
	    "Denmark's catches improved, with offers unchanged at 305 crowns "
	    "per 100 kilos.\n    Iceland's season ended. Icelandic meal was "
	    "offered at 5.65 dlrs.\n", "HAMBURG", NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "305 crowns"), "DKK");
	tags_release(&t);
	run("YUGOSLAV TRADE DEFICIT",
	    "Yugoslavia's trade deficit was 57 billion dinars.\n", "BELGRADE",
	    NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "57 billion dinars"), "");
	tags_release(&t);
	/* a Belgrade story's dinars are none of the Arab states' it names */
	run("ENERGOPROJEKT BUYS HOTEL STAKE",
	    "Energoprojekt said it agreed to buy a 30 pct stake in a Belgrade "
	    "hotel for 500 mln dinars.\n    The company also builds roads in "
	    "Iraq and Libya.\n", "BELGRADE", NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "500 mln dinars"), "");
	tags_release(&t);
	/* two countries with crowns in the sentence: the story's */
	run("Ericsson to buy Acme",
	    "Ericsson AB of Sweden has agreed to buy Acme AS, a software maker "
	    "based in Norway, for 500 million crowns.\n\nEricsson is Sweden's "
	    "biggest company and is based in Sweden.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "500 million crowns"), "SEK");
	tags_release(&t);
}

/* "the book value of the unit is about 2.2 mln dlrs": what the books say
 * a business is worth is no price, though a sale is the story's deal;
 * assets "valued at" may be part of the price and keep the deal's kind. */
static void test_book_value_not_price(void **state)
{
	(void)state;
	struct tags t;
	run("TEVEL <TVL> SELLS PROMEX SUBSIDIARY",
	    "Tevel Pharmaceutical Industries Ltd said it sold its wholly "
	    "owned Promex subsidiary to foreign investors for four mln "
	    "dlrs.\n    It said the book value of the unit is about 2.2 mln "
	    "dlrs.\n", "NEW YORK", NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "four mln dlrs"), AMOUNT_DEAL);
	assert_int_equal(kind_of(&t, "2.2 mln dlrs"), AMOUNT_OTHER);
	tags_release(&t);
	run("Regulator blocks Volta's R13.2bn Mazra deal",
	    "Under the R13.2bn deal, Volta would have paid R6bn in cash and "
	    "contributed fibre assets valued at R4.2bn for 30% of Mazra.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(kind_of(&t, "R4.2bn"), AMOUNT_DEAL);
	tags_release(&t);
	/* a price set by the book value stays the deal's */
	run("ACME TO BUY GAMMA UNIT",
	    "Acme Corp said it agreed to buy the Gamma unit of Beta Inc at "
	    "its book value of about 40 mln dlrs.\n", "NEW YORK", NULL, NULL,
	    &t);
	assert_int_equal(kind_of(&t, "40 mln dlrs"), AMOUNT_DEAL);
	tags_release(&t);
}

/* "Australia blocks Singapore Exchange's A$8.4 billion ASX bid": the
 * owner's possessive before the bid's sum makes the bid, and the name
 * beside the bid is the company bid for, not its bidder. */
static void test_headline_owner_sum_bid(void **state)
{
	(void)state;
	struct tags t;
	run("Australia blocks Harbour Exchange's A$8.4 billion Kestrel bid",
	    "CANBERRA (Reuters) - Australia rejected Harbour Exchange's "
	    "A$8.4 billion bid for Kestrel Ltd on Friday.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	if (t.deal.acquirer)
		assert_string_not_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	/* a known bidder's possessive: both sides */
	run("Regulator blocks Marlowe Corp's $2 billion Kestrel bid",
	    "A regulator rejected Marlowe Corp's $2 billion bid for Kestrel "
	    "Ltd on Friday.\n", NULL, NULL, NULL, &t);
	assert_string_equal(t.deal.acquirer, "Marlowe");
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* "El Puerto de Liverpool and the Nordstrom family have completed their
 * acquisition of U.S. retailer Nordstrom": a family named after the
 * company it buys is no company; the company is bought. */
static void test_family_of_company_not_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("Harlow family completes takeover of Harlow",
	    "Grupo Vireo and the Harlow family have completed their "
	    "acquisition of U.S. retailer Harlow Inc, taking the chain "
	    "private.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Harlow");
	if (t.deal.acquirer)
		assert_string_not_equal(t.deal.acquirer, "Harlow");
	tags_release(&t);
}

/* "A consortium made up of ... the Danish state and Air France-KLM has won
 * the bidding ... out of Chapter 11 bankruptcy protection": Air France-KLM
 * is one company (not "Air" and "KLM" around a place), and "Chapter" of
 * "Chapter 11" is no name. */
static void test_air_france_klm_chapter_11(void **state)
{
	(void)state;
	struct tags t;
	run("Consortium wins bidding for Nordair",
	    "COPENHAGEN - A consortium made up of U.S. investor Castlelake, "
	    "Danish investment firm Lind Invest, the Danish state and Air "
	    "France-KLM has won the bidding to become the new owners of "
	    "Nordair, the airline said, as it works its way out of Chapter 11 "
	    "bankruptcy protection.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Air France-KLM"));
	assert_false(has(t.companies, t.ncompanies, "Air"));
	assert_false(has(t.companies, t.ncompanies, "KLM"));
	assert_false(has(t.companies, t.ncompanies, "Chapter"));
	for (size_t i = 0; i < t.deal.ninvestors; i++) {
		assert_string_not_equal(t.deal.investors[i], "Air");
		assert_string_not_equal(t.deal.investors[i], "Chapter");
	}
	tags_release(&t);
}

/* A state's refusal of a deal is a block: "The Reserve Bank of India has
 * turned down the proposed merger", "Canada has rejected Petronas'
 * proposed C$5.2bil takeover"; a board's or a court's rejection is not. */
static void test_state_refusal_blocks(void **state)
{
	(void)state;
	struct tags t;
	run("Central bank says no to Harlow Housing's merger into Kestrel Bank",
	    "The Reserve Bank of India has turned down the proposed merger of "
	    "Kestrel Bank Ltd with Harlow Housing Finance Ltd, dealing a blow "
	    "to the lender.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Ottawa rejects Marlowe's C$5.2bil bid for Tolvex Energy",
	    "KUALA LUMPUR: Canada has rejected Marlowe Bhd's proposed C$5.2bil "
	    "takeover of Calgary-based Tolvex Energy Resources Corp.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	assert_string_equal(t.deal.acquirer, "Marlowe");
	tags_release(&t);
	run("Tolvex rejects Marlowe bid",
	    "Tolvex Energy Corp's board has rejected the proposed takeover by "
	    "Marlowe Bhd.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
}

/* "had acquired 31 mln ordinary shares in Ranks Hovis McDougall": a count
 * of shares bought is a block of them, a stake; all of them is the
 * company. */
static void test_count_of_shares_is_stake(void **state)
{
	(void)state;
	struct tags t;
	run("HARLAN NEWS",
	    "Harlan Fielder Ltd said it had acquired 31 mln ordinary shares "
	    "in Tolvex Hovis Plc.\n", "SYDNEY", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_string_equal(t.deal.target, "Tolvex Hovis");
	tags_release(&t);
	run("HARLAN NEWS",
	    "Harlan Fielder Ltd said it had acquired all 31 mln ordinary "
	    "shares of Tolvex Hovis Plc.\n", "SYDNEY", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* "has raised €114 million ($133 million) through a convertible note" and
 * "The funding is led by private equity firm Searchlight Capital Partners.
 * Existing investors ... are also taking part": a start-up's round in the
 * form of a note; a listed company's note issue stays none. */
static void test_venture_convertible_note(void **state)
{
	(void)state;
	struct tags t;
	run("Tourly raises 114 million euros",
	    "BERLIN - Tourly, the Berlin-based platform for booking tours, has "
	    "raised €114 million ($133 million) through a convertible note.\n\n"
	    "The funding is led by private equity firm Harbour Capital "
	    "Partners. Existing investors Kestrel Ventures and Lakemoor are "
	    "also taking part.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tourly");
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Harbour Capital"));
	tags_release(&t);
	run("MARLOWE RAISES 200 MLN DLRS IN NOTES",
	    "Marlowe Corp said it raised 200 mln dlrs through an issue of "
	    "convertible notes led by Kestrel Securities.\n    The notes "
	    "mature in 1997, and investors will receive a coupon of 7 "
	    "pct.\n", "NEW YORK", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Harwood Minerals and Pellan Mining Holdings have agreed to combine"
 * under "Harwood, Pellan to merge": both sides are written alone
 * elsewhere, so they are two companies and the merger's two partners;
 * "Barrow and Finch Holdings", whose second word never stands alone, and
 * "HARWOOD/PELLAN", a headline's pair, stay one name. */
static void test_and_two_companies_named_alone(void **state)
{
	(void)state;
	struct tags t;
	run("Harwood, Pellan to merge in $4 billion gold deal",
	    "Gold producers Harwood Minerals and Pellan Mining Holdings have "
	    "agreed to combine in an all-share merger of equals.\n\n"
	    "Pellan shareholders will receive 0.8 Harwood share for each "
	    "share they hold.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_true(has(t.companies, t.ncompanies, "Harwood Minerals"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Harwood Minerals"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Pellan Mining"));
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_null(strstr(t.companies[i], " and "));
	tags_release(&t);
	run("KESTREL BUYS BARROW/FINCH UNIT",
	    "Kestrel Corp said it bought the packaging unit of Barrow and "
	    "Finch Holdings Inc for 40 mln dlrs.\n    Barrow said the sale "
	    "would close in May.\n", "NEW YORK", NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Barrow and Finch"));
	tags_release(&t);
	/* (nor a word alone that runs on into a longer name: "Smith
	 * Barney", "Wesson Oil") */
	run("Smith and Wesson buys Gamma Arms",
	    "Smith and Wesson Holding Corp said it agreed to buy Gamma Arms "
	    "Inc for 40 mln dlrs. The deal was advised by Smith Barney. "
	    "Wesson Oil said nothing.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Smith and Wesson");
	tags_release(&t);
}

/* "Comdata Network Inc said it is in active talks with other parties on
 * a possible acquisition or recapitalization of Comdata": the subject's
 * company named again as the deal word's object is bought, not the buyer;
 * "a Benetton spokeswoman said" after "possible acquisitions" is no
 * object, and "Coca-Cola's Vietnam bottler" is an owner's part. */
static void test_subject_named_again_is_target(void **state)
{
	(void)state;
	struct tags t;
	run("HARLOW SYSTEMS <HSY> IN NEW ACQUISITION TALKS",
	    "Harlow Systems Inc said it is in active talks with other "
	    "parties on a possible acquisition or recapitalization of "
	    "Harlow.\n    The company gave no further details.\n",
	    "DALLAS", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Harlow Systems");
	tags_release(&t);
	run("VERANO OF ITALY SEES EXPANSION, ACQUISITIONS",
	    "<Verano SpA> of Italy is weighing possible acquisitions, a "
	    "Verano spokeswoman here said.\n", "NEW YORK", NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Verano") != 0);
	tags_release(&t);
	/* the subject's own purchase ("said it acquired") of another
	 * company named by the subject's first word */
	run("Market report",
	    "United Technologies Corp said it acquired a 6 pct stake in "
	    "United, the airline unit of UAL Inc.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "United Technologies");
	tags_release(&t);
}

/* "OREGON STEEL BUYS KAISER'S NAPA VALLEY PLANT" (its buyer's words no
 * name the recognisers found) over the lead's "has been purchased by
 * Oregon Steel Mills": the lead's buyer, whose first words open the
 * headline; not the headline seller's own earlier purchase ("it acquired
 * the stock in late 1986"), and not turned round by the lead's merger
 * "of USAir Group with TWA" written in its own order. */
static void test_headline_opens_with_lead_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("NEVADA STEEL BUYS MARTEN'S SPARKS VALLEY PLANT",
	    "Marten Steel Corp's plant in Sparks, Nev., has been purchased "
	    "by Nevada Steel Mills for 12 mln dlrs, the privately owned Reno "
	    "company said.\n    James Hale, former vice president of sales "
	    "for Marten, has been named general manager for the plant, which "
	    "will be called Sparks Pipe Corp, Nevada Steel said.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Nevada Steel Mills");
	tags_release(&t);
	/* the lead's merger of two sides in its own order does not turn
	 * round the headline's offer */
	run("KWA <KWA> MAKES MERGER OFFER FOR PACAIR <PA>",
	    "Kestrel World Airlines said it has proposed a cash merger of "
	    "PacAir Group with KWA in which the holders of PacAir common "
	    "would receive 52 dlrs in cash in exchange for their stock.\n"
	    "    KWA said the offer was made in a letter to John Hale, "
	    "chairman of PacAir.\n", "NEW YORK", NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "KWA");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "PacAir");
	tags_release(&t);
	run("ORCHARD PICTURES <OPX> SELLS LARCH <LRC> STAKE",
	    "Orchard Pictures Ltd said it sold 400,000 shares or about five "
	    "pct of Larch Broadcasting Co common stock for a gain of 12 mln "
	    "dlrs.\n    The company said it acquired the stock in late "
	    "1986.\n", "NEW YORK", NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Orchard Pictures") != 0);
	tags_release(&t);
	/* a headline whose buyer is another than the one it opens with */
	run("FIRST BOSTON SAYS CLIENT TO BUY GAMMA",
	    "First Boston Corp said it has bought, for an unnamed client, "
	    "shares representing 9.9 pct of Gamma Corp.\n", "NEW YORK", NULL,
	    NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "First Boston") != 0);
	tags_release(&t);
}

/* "Michigan General Corp said it began an exchange offer for its 110 mln
 * dlrs outstanding principal amount of 10-3/4 pct senior subordinated
 * debentures": the words that describe a debt do not hide that the offer
 * is for the company's own debentures; no deal. */
static void test_exchange_offer_own_debt_described(void **state)
{
	(void)state;
	struct tags t;
	run("HARTLAND INDUSTRIES <HTL> BEGINS EXCHANGE OFFER",
	    "Hartland Industries Corp said it began an exchange offer for its "
	    "85 mln dlrs outstanding principal amount of 11-1/2 pct senior "
	    "subordinated debentures due 1999.\n    The offer will expire "
	    "May four.\n", "DENVER", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Hunterdon Pharmaceuticals Inc said it formed a joint venture with
 * <Chesapeake Biological Laboratories> and <E.B. Michaels Research
 * Associates>": every partner listed after "with", each after "and" or a
 * comma and a few words of description; not an apposition ("with
 * Petroles de Venezuela, PDVSA, to own"), nor a list after a lone first
 * partner ("will cooperate with major clearing agencies Cedel and
 * Euroclear"). */
static void test_venture_partners_listed(void **state)
{
	(void)state;
	struct tags t;
	run("Halden Semiconductor forms venture",
	    "Halden Semiconductor Co said it will form a joint venture with "
	    "German firms Varnholt and Kessler Technologies and Dutch "
	    "chipmaker Overdijk Semiconductors.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Varnholt"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Kessler Technologies"));
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Overdijk Semiconductors"));
	tags_release(&t);
	run("UNION GAS <UGS> IN PARTNERSHIP WITH PETROLVEN",
	    "Union Gas Corp said it will enter a 50-50 partnership with "
	    "Petroleos de Orinoco, PDO, to own and operate Union Gas's "
	    "refinery.\n", "HOUSTON", NULL, NULL, &t);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "PDO"));
	tags_release(&t);
	/* not a name after a verb, nor one opening a clause of its own */
	static const char *const tails[] = {
		"and sued Gamma Corp over a patent dispute.",
		"and rival Gamma Corp declined comment.",
		", and Gamma Corp, Beta's parent, will supply it.",
	};
	for (size_t i = 0; i < ARRAY_SIZE(tails); i++) {
		char body[200];
		snprintf(body, sizeof(body), "Acme Corp said it formed a joint "
			 "venture with Beta Inc %s\n", tails[i]);
		run("Acme venture", body, NULL, NULL, NULL, &t);
		assert_false(has(t.deal.investors, t.deal.ninvestors, "Gamma"));
		tags_release(&t);
	}
}

/* "CANADIAN PACIFIC <CP> SEEKS BUYER FOR UNIT" and the lead's "retained
 * Wood Gundy Inc to seek a buyer for Maple Leaf Mills Ltd of Toronto":
 * the unit the headline does not name is the one the lead's sale names
 * right after its deal word; not one of a headline's several ("ARCO
 * SELLS TWO AGRICULTURAL RESEARCH OPERATIONS"). */
static void test_headline_unit_named_by_lead(void **state)
{
	(void)state;
	struct tags t;
	run("NORTHERN RAIL <NRL> SEEKS BUYER FOR UNIT",
	    "Northern Rail Ltd said it retained Lorne Securities Inc to seek "
	    "a buyer for Birchwood Mills Ltd of Winnipeg.\n    The company "
	    "said Birchwood had 1986 sales of 419 mln dlrs.\n", "MONTREAL",
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Birchwood Mills");
	tags_release(&t);
	/* not a sale in a clause of its own, nor an owner's possessive */
	run("ACME SEEKS BUYER FOR UNIT",
	    "Acme Corp said it retained Wood Gundy Inc, which last year "
	    "handled the sale of Gamma Inc, to find a buyer.\n", "TORONTO",
	    NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Gamma") != 0);
	tags_release(&t);
	run("ACME SEEKS BUYER FOR UNIT",
	    "Acme Corp said it retained Wood Gundy Inc to seek a buyer for "
	    "Gamma Inc's Delta unit.\n", "TORONTO", NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Gamma") != 0);
	tags_release(&t);
}

/* "Nestlé sells skin health unit to EQT-led group" and later "Nestlé Skin
 * Health, which makes the Cetaphil skincare range": the part described by
 * its trade is the company the story names by the seller's name (or its
 * initials: "GE Appliances" for General Electric's "household appliance
 * business") and the description's last words; not the seller's own name
 * ("Napco International" for its "international business"). */
static void test_trade_unit_named(void **state)
{
	(void)state;
	struct tags t;
	run("Varholm sells water treatment unit to Kestrel-led group",
	    "Varholm has agreed to sell its water treatment unit to a "
	    "consortium led by Kestrel Partners for 2.1 billion euros.\n\n"
	    "Varholm Water Treatment, which makes filters for city utilities, "
	    "was put up for sale last year.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Varholm Water Treatment");
	tags_release(&t);
	run("Orrin to buy LM's appliance business for $2.4b",
	    "Orrin Group has agreed to buy Lindqvist Manufacturing Co's "
	    "household appliance business for $2.4 billion.\n\n"
	    "LM Appliances, based in Dayton, Ohio, makes ovens and "
	    "refrigerators.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "LM Appliances");
	tags_release(&t);
	run("NAPTON <NPT> SUSPENDS UNIT SALE",
	    "Napton International Inc said it has suspended its plan to sell "
	    "its international business to a group of that business' top "
	    "managers.\n", "NEW YORK", NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Napton International") != 0);
	tags_release(&t);
	/* not the buyer's name, nor a name that writes only the
	 * description's last word ("Bayer Health", "animal health") */
	run("Amex sells travel business",
	    "American Express Co agreed to sell its travel business to "
	    "American Travel Group for 200 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "American Travel") != 0);
	tags_release(&t);
	run("Bayer sells animal health business",
	    "Bayer AG agreed to sell its animal health business to Elanco. "
	    "Bayer Health is not part of the deal.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Bayer Health") != 0);
	tags_release(&t);
}

/* "Siebel Capital Management Inc ... told the SEC it bought 1.3 mln
 * CooperVision Inc common shares or 5.9 pct of the total outstanding":
 * the company's suffix between the count and "shares" does not hide a
 * stake; "it has acquired 7,521,643 American Aggregates Corp shares,
 * about 95 pct of those outstanding" is control, no stake. */
static void test_count_of_shares_past_suffix(void **state)
{
	(void)state;
	struct tags t;
	run("FIRM HAS LARKIN <LRK> STOCK, WILL BUY MORE",
	    "Halvard Capital Management Inc, a California investment "
	    "adviser, told the Securities and Exchange Commission it bought "
	    "1.1 mln Larkin Optics Inc common shares or 5.2 pct of the total "
	    "outstanding.\n", "WASHINGTON", NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("MOST BRANTLEY <BRNT> STOCK ACQUIRED",
	    "Marsden Holdings Corp said it has acquired 6,400,000 Brantley "
	    "Stone Corp shares, about 93 pct of those outstanding, as a "
	    "result of its offer which expired March 3.\n", "NEW YORK", NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* "Chilean state copper miner Kestrel and Anglo-Australian mining group
 * Larch have formed a joint venture" under a headline with no deal word:
 * what each partner is, said before its name, is no word between the
 * partners. */
static void test_venture_partners_described(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel y Larch sellan acuerdo en Atacama",
	    "Chilean state copper miner Kestrel Corp and Anglo-Australian mining "
	    "group Larch Holdings have formed a joint venture called Nuevo "
	    "Alfa to explore copper deposits in the Atacama region.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Larch"));
	tags_release(&t);
	run("Copper push in Atacama",
	    "State copper miner Kestrel and copper company Larch Holdings "
	    "have formed a joint venture.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	tags_release(&t);
	/* an owner's possessive: its unit named next is the partner */
	run("Copper push in Atacama",
	    "Kestrel Corp and copper miner Larch's unit Finch Ltd formed a "
	    "joint venture.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Finch"));
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Larch"));
	tags_release(&t);
}

/* "Kestrel Innovation Pvt., an Islamabad-based fintech startup": "Pvt"
 * ends a name as "Pte" and "Pty" do, and names no country of its own
 * (India's, Pakistan's, Sri Lanka's and Nepal's companies write it). */
static void test_pvt_suffix(void **state)
{
	(void)state;
	struct tags t;
	run("Digital bank Kestrel gets funds",
	    "ISLAMABAD (Bloomberg) -- Kestrel Innovation Pvt. raised about "
	    "$5.5 million in pre-seed funding.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kestrel Innovation"));
	assert_true(has_country(&t, "PK"));
	assert_false(has_country(&t, "IN"));
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Innovation");
	tags_release(&t);
	/* a soldier's rank, no company's end */
	run("X", "FORT MEADE, Maryland (Reuters) - Army Pvt. Bradley Manning, "
	    "the soldier accused of leaking files, will face a court-martial. "
	    "A U.S. Marine Pvt. from Texas was killed.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.ncompanies, 0);
	tags_release(&t);
	/* a company's "Pte" before a comma or a sentence; a rank before a
	 * person's two names */
	run("X", "Orchid Petroleum Pte, Kestrel Oil Pte and Larch Energy Pte "
	    "raised pump prices. Finch Holdings agreed to buy Heron Marine "
	    "Pte. The deal values the shipbuilder at S$50 million. British "
	    "Army Pte. John Smith was hurt.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Orchid Petroleum"));
	assert_true(has(t.companies, t.ncompanies, "Heron Marine"));
	assert_false(has(t.companies, t.ncompanies, "British Army"));
	tags_release(&t);
}

/* "Kestrel Raises $5.5 Million Ahead of Launch", the lead's raise told
 * after "after", then "The round was led by A, B and C": money raised
 * from investors named in a round is a round. */
static void test_raise_then_round_led_by(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Raises $5.5 Million Ahead of Launch",
	    "Kestrel Innovation, an Islamabad-based fintech startup, is set "
	    "to become Pakistan's first digital bank when it starts "
	    "operations this month, after raising about $5.5 million.\n\n"
	    "The round was led by Larch Capital Management, Finch City "
	    "Ventures and Heron Gobi Ventures, Chief Executive Officer Tom "
	    "Dale said in an interview.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_int_equal(t.deal.ninvestors, 3);
	assert_true(has(t.deal.investors, t.deal.ninvestors,
			"Larch Capital Management"));
	tags_release(&t);
	/* (not another round: "a second round of grants is planned") */
	run("Kestrel Raises $5.5 Million Ahead of Launch",
	    "Kestrel Innovation Inc., an Islamabad-based fintech startup, is "
	    "set to become a digital bank after raising $5.5 million. The "
	    "grant was backed by the Larch Development Bank and the Finch "
	    "Bank, and a second round of grants is planned.\n", NULL, NULL,
	    NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
	/* (nor "the round of layoffs") */
	run("Kestrel raises $5 million",
	    "Kestrel Inc raised $5 million in debt. The round of layoffs was "
	    "led by Chief Executive John Smith, and Larch Capital invested.\n",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
}

/* "Kestrel raises full-year operating profit forecast to record 4.5
 * trillion yen": a headline in sentence case raises what it names
 * further on, as one in capitals does; not what money it raises is for
 * ("Larch raises $6.5B at a $50B valuation, mostly to cover employee tax
 * bills"). */
static void test_sentence_case_raise_object(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Corp raises full-year operating profit forecast to "
	    "record 4.5 trillion yen",
	    "Kestrel Corp cited strong sales of hybrid vehicles, price "
	    "increases and the weak yen.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Larch raises $6.5B at a $50B valuation, mostly to cover "
	    "employee tax bills",
	    "Larch has raised more than $6.5 billion in a Series I round "
	    "that values the payments company at $50 billion.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
	/* (a preposition before any sum ends the object; not "up to") */
	run("Kestrel raises seed funding for its export credit platform",
	    "NAIROBI (Reuters) - Kenyan fintech Kestrel Inc said on Tuesday it "
	    "had raised $3 million in a seed round led by Larch Capital, with "
	    "Finch Ventures also taking part.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	tags_release(&t);
	run("Kestrel Airlines to raise up to $15b in rights issue backed by "
	    "Larch",
	    "Kestrel Airlines will raise up to $15 billion through a rights "
	    "issue of shares and convertible bonds, underwritten by its "
	    "majority shareholder Larch Holdings.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (hopes raised are no money) */
	run("Kestrel Corp raises hopes for profit recovery",
	    "Kestrel Corp said profit would recover.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "KESTREL SELLS U.K. UNIT" and the lead's "Larch, a unit of X, said it
 * bought U.K.-based Finch Ltd from Kestrel Corp's Heron Manufacturing
 * Cos Inc": the lead's purchase from the headline's seller is the sale,
 * its buyer and what it buys the sale's. */
static void test_headline_unit_sold_lead_bought_from(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> SELLS U.K. UNIT",
	    "Larch SA, a unit of Cie Generale d'Electricite of France, said "
	    "it bought U.K.-based Finch Ltd from Kestrel Corp's Heron\n"
	    "Manufacturing Cos Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Finch");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	tags_release(&t);
	/* (not a purchase of the past, nor one in a relative clause) */
	run("KESTREL <KST> SELLS UNIT",
	    "Larch Corp said it bought Finch Ltd from Kestrel PLC last year "
	    "and now plans to sell it. Kestrel said it sold its Gamma Inc "
	    "unit to Delta Corp for 50 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Larch") != 0);
	tags_release(&t);
	run("KESTREL <KST> SELLS UNIT",
	    "Larch Corp, which bought Finch Ltd from Kestrel PLC in 1985, said "
	    "Kestrel agreed to sell its Gamma Inc unit to Delta Corp.\n", NULL,
	    NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Larch") != 0);
	tags_release(&t);
}

/* "<Kestrel Hotels> said it and <Larch Realty Partners> of Chicago have
 * agreed to purchase the hotel": the company that said "it" buys first,
 * not the one after "and". */
static void test_said_it_and_buyer(void **state)
{
	(void)state;
	struct tags t;
	run("Hotel changes hands",
	    "<Kestrel Hotels> said it and <Larch Realty Partners> of Chicago "
	    "have agreed to purchase the Santa Barbara Heron Hotel from Finch "
	    "Corp for an undisclosed amount.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Hotels");
	tags_release(&t);
	/* the company that said "it", not the sentence's first; not a
	 * second company's own clause */
	run("Hotel changes hands",
	    "After talks with Delta Corp failed, <Kestrel Hotels> said it and "
	    "<Larch Realty Partners> of Chicago have agreed to purchase the "
	    "Santa Barbara Heron Hotel from Finch Corp.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Hotels");
	tags_release(&t);
	run("X", "Kestrel Corp said it and Larch Inc, which will buy Finch "
	    "Inc, have ended their talks.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Kestrel") != 0);
	tags_release(&t);
	/* (past the speaker's ticker) */
	run("Deal news", "Kestrel Corp <KST> said it and Delta Ltd have "
	    "agreed to purchase Larch Inc.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
}

/* "Kestrel rejects Larch's $10.3-billion hostile offer, backed by Finch":
 * "backed" is no "buy back" of the company's own shares; "Kestrel offers
 * to buy back shares" still is. */
static void test_offer_backed_by_no_buyback(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel rejects Larch's $10.3-billion hostile offer, backed by "
	    "Finch",
	    "Kestrel Inc. has rejected an unsolicited $10.3-billion offer from "
	    "U.S. cable operator Larch Corp, which planned to sell Kestrel's "
	    "Canadian operations to Finch Communications once the takeover was "
	    "complete.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
	run("Kestrel offers to buy back shares",
	    "Kestrel Corp said it will offer to buy back up to 10 pct of its "
	    "shares.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Shares in Kestrel Pi jumped ... after the Cambridge-based maker priced
 * its flotation": what has shares is a company; not a class of them, a
 * town before its state, nor the first words of a longer name. */
static void test_shares_in_name(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Pi soars on London debut",
	    "Shares in Kestrel Pi jumped by more than 30 per cent on their "
	    "first day of trading in London after the Cambridge-based maker of "
	    "low-cost computers priced its flotation at 280p a share.\n", NULL,
	    NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kestrel Pi"));
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Pi");
	tags_release(&t);
	run("X", "It holds 500,000 shares of Class A stock. Shares of "
	    "Larchford, Massachusetts-based Finch Corp rose. Heron Building "
	    "and Equipment Corp of America said holders tendered shares of "
	    "Heron Building stock.\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Class A"));
	assert_false(has(t.companies, t.ncompanies, "Larchford"));
	assert_false(has(t.companies, t.ncompanies, "Heron Building"));
	tags_release(&t);
	/* nor a product's maker, a person's possessive, an index, a fund */
	run("X", "Shares of iPhone maker Kestrel Corp rose. Shares of Sam "
	    "Altman's startup were sold. Shares of Dow Jones Industrial Average "
	    "companies fell. Investors bought shares in Fidelity Contrafund "
	    "K6.\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "iPhone"));
	assert_false(has(t.companies, t.ncompanies, "Sam Altman"));
	assert_false(has(t.companies, t.ncompanies,
			 "Dow Jones Industrial Average"));
	assert_false(has(t.companies, t.ncompanies, "Fidelity Contrafund K6"));
	tags_release(&t);
}

/* "Kestrel, the AI startup co-founded by French entrepreneur Tom Dale and
 * former GitHub chief technology officer Jon Lee, has raised $500
 * million": the company before a long apposition raises; "investors'
 * appetite" lists no investor. */
static void test_long_apposition_raiser(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel lève 500 millions de dollars",
	    "Kestrel, the artificial intelligence startup co-founded by French "
	    "entrepreneur Tom Dale and former GitHub chief technology officer "
	    "Jon Lee, has raised $500 million in a round led by Larch Capital "
	    "Ventures that values the company at $3 billion.\n\n"
	    "The round is one of the largest ever for a startup with French "
	    "roots, after the successive raises of Finch AI, and underlines "
	    "investors' appetite for companies building foundation models.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Finch AI"));
	tags_release(&t);
}

/* "Kestrel Poste has become the largest shareholder in Larch Italia after
 * buying a 15 per cent stake from Finch": the gerund's buyer is the
 * sentence's subject; the name before it, a holding's company, is what
 * the stake is in. */
static void test_gerund_after_holding(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel sale al 24,8% di Larch",
	    "Kestrel Poste has become the largest shareholder in Larch Italia SpA "
	    "after buying a 15 per cent stake from French media group Finch "
	    "for about 684 million euros.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Poste");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larch Italia");
	tags_release(&t);
	/* (not a sentence whose opener said who bought) */
	run("Larch Italia",
	    "Kestrel Poste said Finch Holding had become the largest "
	    "shareholder in Larch Italia SpA after buying a further 2 per "
	    "cent stake.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Kestrel Poste") != 0);
	tags_release(&t);
}

/* "KESTREL <KST> TO SELL 51 PCT STAKE" and "Kestrel Corp and <Larch
 * Reserve Inc> said they signed a definitive agreement under which Larch
 * will buy 81.9 mln shares, or 51 pct, of Kestrel's common stock": a
 * stake in the seller itself, bought by the lead's buyer. */
static void test_headline_stake_in_itself(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> TO SELL 51 PCT STAKE",
	    "Kestrel Corp and <Larch Reserve Inc> said they signed a "
	    "definitive agreement under which Larch will buy 81.9 mln shares, "
	    "or 51 pct, of Kestrel's common stock.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Reserve");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
	/* (not a stake in another company the lead names) */
	run("KESTREL <KST> TO SELL 51 PCT STAKE",
	    "Kestrel Corp said Larch Reserve Inc will buy 81.9 mln shares, or "
	    "51 pct, of Finch Corp's common stock from it.\n", NULL, NULL, NULL,
	    &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Kestrel") != 0);
	tags_release(&t);
	run("KESTREL <KST> TO SELL 20 PCT STAKE",
	    "Larch Holdings Inc said it will buy a 20 pct stake that Kestrel "
	    "Corp holds in Finch Ltd.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Kestrel") != 0);
	tags_release(&t);
}

/* "KESTREL CONSIDERING MAJORITY STAKE IN LARCH" read with the buyer as
 * the stake's company (the capitals' "LARCH" no name found), and the
 * lead's "Kestrel AG ... a possible majority stake in car parts company
 * <Larch und Finch AG>": the lead's sides, which the headline names. */
static void test_headline_stake_buyer_as_company(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL CONSIDERING MAJORITY STAKE IN LARCH",
	    "A Kestrel AG <KSTG.F> spokesman said the company has lodged an\n"
	    "application with the Federal Cartel Office for approval of a\n"
	    "possible majority stake in car parts company <Larch und Finch\n"
	    "AG>.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larch und Finch");
	tags_release(&t);
}

/* "KD sells chunk of Larch stake", "KD said ... it sold", and later
 * "Kestrel-Dominion Bank has sold": capitals the story writes alone that spell
 * one company's initials (its closing "Bank" left out) name it. */
static void test_initials_name_company(void **state)
{
	(void)state;
	struct tags t;
	run("KD sells US$2.5-billion chunk of Larch stake",
	    "KD said on Monday it sold 40.5 million Larch common shares, "
	    "raising about US$2.5 billion, as the lender shores up capital. "
	    "Kestrel-Dominion Bank has sold part of its stake in Larch Corp. "
	    "before.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel-Dominion Bank");
	for (size_t i = 0; i < t.ncompanies; i++)
		assert_string_not_equal(t.companies[i], "KD");
	tags_release(&t);
	/* (two companies it may spell: neither) */
	run("KD sells US$2.5-billion chunk of Larch stake",
	    "KD said on Monday it sold 40.5 million Larch common shares, "
	    "raising about US$2.5 billion. Kestrel-Dominion Bank and Kite "
	    "Drake Co have sold stakes in Larch Corp. before.\n", NULL, NULL,
	    NULL, &t);
	assert_true(t.deal.seller == NULL ||
		    strcmp(t.deal.seller, "Kestrel-Dominion Bank") != 0);
	tags_release(&t);
	/* (the first word of a longer run of capitals, another company's
	 * first word: "KP All" is no "Kestrel Pokphand") */
	run("KP All ends up with 97.9% of Finch Makro after tender offer",
	    "KP All Plc, the operator of convenience stores in Thailand, now "
	    "owns 97.88% of Finch Makro Plc after its tender offer closed. KP "
	    "All is controlled by Kestrel Pokphand Group.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "KP All Plc");
	tags_release(&t);
}

/* "MORAN SEES SHAREHOLDER SUPPORT IN KMI <KMI> BID" (the name right
 * before "bid" read as the bidder) and "Moran said he has discussed his
 * ... takeover bid for Kestrel Medical": the body's bid for the company
 * the headline names is the headline's. */
static void test_headline_bid_for_name(void **state)
{
	(void)state;
	struct tags t;
	run("MORAN SEES SHAREHOLDER SUPPORT IN KMI <KMI> BID",
	    "Chicago investor Leroy Moran said he has had discussions with "
	    "several Kestrel Medical International Inc shareholders. Moran "
	    "said he has discussed his sweetened, 1.91 billion dlr takeover bid "
	    "for Kestrel Medical with several large shareholders. Shareholders "
	    "of KMI really share, said Moran.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Moran");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Medical International");
	tags_release(&t);
	/* (a body that reads the headline's bidder as a target without
	 * "for": the headline's bidder stays) */
	run("IC GAS MAKES NO RECOMMENDATION ON LARCH OFFER",
	    "Imperial Finch Gas Association <ICGS.L>, IC Gas, said its board is "
	    "not making a recommendation on the partial tender offer at 710p "
	    "per share announced by <Larch SA>. Shareholders wondering whether "
	    "to tender either to the Larch consortium or to the rival 700p per "
	    "share partial offer from <Kestrel Holdings NV> should consult "
	    "advisers.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	tags_release(&t);
	/* (nor a bid for the headline company's unit, told separately) */
	run("LARCH DROPS BID",
	    "Larch Corp said it dropped its takeover offer. Separately, "
	    "Kestrel Inc said it made a bid for Larch's parts unit.\n", NULL,
	    NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	tags_release(&t);
}

/* "Dogan in talks to sell media arm to pro-Kestrel group": a capital
 * joined by a hyphen to a word in lower case is part of an adjective,
 * no buyer; the lead names the buyer. */
static void test_hyphen_adjective_no_name(void **state)
{
	(void)state;
	struct tags t;
	run("Turkey's Larch in talks to sell media arm to pro-Kestrel group",
	    "ISTANBUL (AFP) - Larch Holding, which controls Turkey's biggest "
	    "media group, said Thursday it had opened talks to sell its "
	    "newspapers and television channels to Finch Holding, a "
	    "conglomerate close to President Recep Kestrel.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Finch");
	tags_release(&t);
	/* (a name in capitals after a hyphen is still one: "to Larch
	 * Holding-owned Finch" is no adjective's) */
	run("Larch to sell media arm to Finch-Kestrel",
	    "Larch Holding said on Thursday it would sell its newspapers to "
	    "Finch-Kestrel.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_true(strstr(t.deal.acquirer, "Finch") != NULL);
	tags_release(&t);
	/* (nor a name in lower case before its hyphen: "ams-Osram") */
	run("Deal",
	    "Larch Corp agreed to sell its lighting arm to ams-Kestrel for 200 "
	    "million euros.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_true(strstr(t.deal.acquirer, "Kestrel") != NULL);
	tags_release(&t);
}

/* "Kestrel Bank puts US$300 million into Finch, lifting its stake to
 * almost 30%" (its buyer's own stake, no company read) and the lead's
 * "Kestrel Bank has agreed to invest about US$300 million in Finch": the
 * company the same buyer puts its money into. */
static void test_headline_stake_lead_investment(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Bank puts US$300 million into Finch, lifting its stake "
	    "to almost 30%",
	    "Spain's Kestrel Bank has agreed to invest about US$300 million "
	    "in Finch, the Sao Paulo-based digital bank, taking part in a "
	    "capital increase that will lift its holding to around 29.7%.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Finch");
	tags_release(&t);
	/* (another buyer's investment leaves the stake's company open) */
	run("Kestrel Bank puts US$300 million into Finch, lifting its stake "
	    "to almost 30%",
	    "Spain's Larch Corp has agreed to invest about US$300 million in "
	    "Bunting, the Sao Paulo-based digital bank.\n", NULL, NULL, NULL,
	    &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Bunting") != 0);
	tags_release(&t);
	/* (the same buyer's other investment, "also" told, is no company
	 * of the headline's stake) */
	run("Kestrel Bank raises its stake to 30%",
	    "Kestrel Bank has raised its stake to almost 30%, the bank said. "
	    "Spain's Kestrel Bank has also agreed to invest about US$50 "
	    "million in Finch, a Mexican fintech.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL ||
		    strcmp(t.deal.target, "Finch") != 0);
	tags_release(&t);
}

/* "retained an investment banker, Kestrel Schroeder and Co Inc", "its
 * investment banker, Kestrel and Finch Inc, received a preliminary
 * merger proposal": an investment banker is a trade, no investment made,
 * and a company written as another's adviser is no side of its deal. */
static void test_investment_banker_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("LARCH <LRC> SEEKS TO MAXIMIZE SHAREHOLDER VALUE",
	    "Larch Inc said it retained an investment banker, Kestrel "
	    "Schroeder and Co Inc, to explore possible means for the company "
	    "to maximize shareholder value.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.target);
	tags_release(&t);
	run("LARCH <LRC> RECEIVES MERGER PROPOSAL",
	    "Larch Laboratories said its investment banker, Kestrel and Finch "
	    "Inc, received a preliminary merger proposal from another company "
	    "in the healthcare field.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	for (size_t i = 0; i < t.deal.ninvestors; i++)
		assert_null(strstr(t.deal.investors[i], "Kestrel"));
	tags_release(&t);
	/* (the deal's sides named beside the adviser stay) */
	run("Larch gets merger proposal",
	    "Larch Corp said Kestrel Securities Inc, its financial adviser, had "
	    "received a merger proposal from Finch Corp.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Finch");
	tags_release(&t);
	/* (a bank the deal's own preposition names is its side, whatever
	 * else it is) */
	run("Deal",
	    "Finch Ltd agreed to be bought by Kestrel Stanley, its longtime "
	    "banker, for $2 billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Stanley");
	tags_release(&t);
}

/* "Larch would become a subsidiary of Kestrel", "agreed in principle to
 * become a wholly owned subsidiary of Kestrel Group Inc": the company
 * that becomes one is bought, the one after "of" buys. */
static void test_become_subsidiary_of(void **state)
{
	(void)state;
	struct tags t;
	run("FINCH <FGBI> AGREES TO BE ACQUIRED",
	    "Finch Bancorp Inc said it agreed in principle to become a wholly "
	    "owned subsidiary of Kestrel Group Inc <KSTG>.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Finch");
	tags_release(&t);
	/* (a relative clause's past, and a unit of no name, tell no deal) */
	run("Larch buys Finch",
	    "Larch Corp, which became a unit of Kestrel Inc in 1985, said it "
	    "would buy Finch Ltd.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	tags_release(&t);
	run("LARCH <AS> CHANGES EUROPEAN MARKETING UNIT",
	    "Larch Inc said its former European merchandising department has "
	    "become a unit of the parent's specialty steels division.\n", NULL,
	    NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.target);
	tags_release(&t);
	/* (nor "part of" another's team, nor a group's own reorganisation) */
	run("Deal",
	    "Larch Corp's chief executive John Smith will become part of "
	    "Kestrel Inc's leadership team next month.\n", NULL, NULL, NULL,
	    &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
	run("Deal",
	    "Larch Corp will become a wholly owned subsidiary of Larch Holdings "
	    "Inc under a reorganization approved by shareholders.\n", NULL,
	    NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.target);
	tags_release(&t);
}

/* "Larch Corp is considering acquiring Finch Ltd": a deal's verb in
 * "-ing" right after a verb that may answer a bid ("considering",
 * "weighing") is the subject's own deal, not a bid it answers. */
static void test_considering_acquiring(void **state)
{
	(void)state;
	struct tags t;
	run("Broker news", "Larch Corp is considering acquiring Finch Ltd.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Finch");
	tags_release(&t);
	/* (an offer it considers is still made for it) */
	run("Broker news",
	    "Larch Corp is considering an offer from Finch Ltd.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larch");
	tags_release(&t);
}

/* "C. ITOH TO BUY CRAY SUPERCOMPUTER": a supercomputer bought is goods,
 * as a computer is, no company. */
static void test_supercomputer_goods(void **state)
{
	(void)state;
	struct tags t;
	run("LARCH TO BUY KESTREL SUPERCOMPUTER",
	    "Larch and Co Ltd said in a statement it has agreed in principle to "
	    "buy a Kestrel Research Inc X-MP supercomputer worth 8.3 mln "
	    "dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "$2,4 billones (US$965 millones)": a bare "$" before a Spanish scale
 * is the peso sign of the Spanish-speaking press; whose peso, the one
 * whose rate comes nearest the USD figure stated (Colombia's, not
 * Chile's, in a story naming both), else the dateline's. */
static void test_peso_sign_spanish_scale(void **state)
{
	(void)state;
	struct tags t;
	run("Larch compra Aguas de Finch por $2,4 billones",
	    "Larch signed an agreement to buy Aguas de Finch, the water "
	    "utility serving Chile's main mining region, from Kestrel plc for "
	    "$2,4 billones (US$965 millones), the largest foreign acquisition "
	    "of the Colombian group. Chile's regulator and Chilean miners in "
	    "Chile's north must approve.\n", NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "$2,4 billones (US$965 millones)"));
	assert_string_equal(currency_of(&t, "$2,4 billones (US$965 millones)"),
			    "COP");
	tags_release(&t);
	run("Larch earns more",
	    "Larch, which earned $11,6 billones last year, is the country's "
	    "largest company.\n", "BOGOTA", NULL, NULL, &t);
	assert_non_null(currency_of(&t, "$11,6 billones"));
	assert_string_equal(currency_of(&t, "$11,6 billones"), "COP");
	tags_release(&t);
	/* (a bare "$" before an English scale stays a dollar) */
	run("Larch earns more",
	    "Larch, which earned $11.6 billion last year, is the country's "
	    "largest company.\n", "BOGOTA", NULL, NULL, &t);
	assert_non_null(currency_of(&t, "$11.6 billion"));
	assert_string_equal(currency_of(&t, "$11.6 billion"), "USD");
	tags_release(&t);
	/* (dollars named after it, the same figure in U.S. dollars in
	 * brackets, or another country's dateline: a dollar) */
	run("x", "Grupo Larch comprara la empresa Finch por $50 millones de "
	    "dolares.\n", "MEXICO CITY", NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$50 millones"), "USD");
	tags_release(&t);
	run("x", "Grupo Larch comprara la empresa Finch por $50 millones "
	    "(US$50 millones).\n", "MEXICO CITY", NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$50 millones (US$50 millones)"),
			    "USD");
	tags_release(&t);
	run("x", "Larch comprara Finch, con sede en Mexico, por $300 millones. "
	    "Finch opera en Mexico.\n", "MIAMI", NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$300 millones"), "USD");
	tags_release(&t);
}

/* "IsDB raises $2 billion from five-year sustainability sukuk", "secures
 * HK$88.2b refinancing from banks": Islamic bonds and a refinancing are
 * money borrowed, as bonds and notes are, no round. */
static void test_sukuk_refinancing_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("Larch Bank raises $2 billion from five-year sustainability sukuk",
	    "Larch Bank has raised $2 billion from a five-year sustainability "
	    "sukuk, it said on Tuesday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Larch Development secures HK$88.2b refinancing from banks",
	    "Larch Development said it had secured HK$88.2 billion of "
	    "refinancing from a group of banks.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Larch Mahindra board clears Rs 1,956-crore buyback via tender offer":
 * a tender for a company's own shares returns money, no deal; another's
 * offer that a buyback fends off is still one. */
static void test_buyback_tender_offer(void **state)
{
	(void)state;
	struct tags t;
	run("Larch Mahindra board clears Rs 1,956-crore buyback via tender "
	    "offer at Rs 950 a share",
	    "MUMBAI: The board of Larch Mahindra on Friday approved a proposal "
	    "to buy back up to about 2.06 crore shares at Rs 950 apiece "
	    "through the tender offer route, returning Rs 1,956 crore to "
	    "shareholders.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("LARCH SAYS BUYBACK BETTER THAN TAKEOVER",
	    "Larch's buy back was made to fend off the hostile 2.3 billion "
	    "dlr tender offer by Kestrel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
}

/* "completed the sale of its three foam products plants to Atlas Roofing
 * Corp": goods' word before a plant or a factory describes a business
 * sold, no goods. */
static void test_products_plants_sold(void **state)
{
	(void)state;
	struct tags t;
	run("LARCH <OCF> COMPLETES SALE OF PLANTS",
	    "Larch Fiberglas Corp said it has completed the "
	    "previously-announced sale of its three foam products plants to "
	    "Kestrel Roofing Corp for undisclosed terms.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Roofing");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch Fiberglas");
	tags_release(&t);
}

/* "agreed to buy Canadian ski stick and boot manufacturer <CFAS> from
 * <Warrington Inc>": capitals Reuters brackets after a word in lower case
 * are a private company's name, not a ticker; after a name, or "under
 * the symbol", they are still a ticker. */
static void test_bracketed_capitals_after_lower_word(void **state)
{
	(void)state;
	struct tags t;
	run("Deal",
	    "Larch Corp said it agreed to buy Canadian ski stick and boot "
	    "manufacturer <CFAS> from <Warrington Inc>.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "CFAS");
	tags_release(&t);
	run("LARCH <LRC> BUYS FINCH",
	    "Larch Corp <LRC> said it agreed to buy Finch Inc, whose shares "
	    "trade under the symbol <FNC>.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Finch");
	for (size_t i = 0; i < t.ncompanies; i++) {
		assert_string_not_equal(t.companies[i], "LRC");
		assert_string_not_equal(t.companies[i], "FNC");
	}
	tags_release(&t);
}

/* "Deutsche Post will charge 95 cents for a standard letter" under
 * "BONN": a eurozone dateline's cents are euro cents, once the euro had
 * coins; a 1987 Bonn story's cents are U.S. ones. */
static void test_eurozone_cents(void **state)
{
	(void)state;
	struct tags t;
	run("Porto wird teurer",
	    "Larch Post will charge 95 cents for a standard letter, up from 85 "
	    "cents, after the regulator approved its new prices.\n", "BONN",
	    NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "95 cents"), "EUR");
	tags_release(&t);
	run_date = "1987-03-20T13:06:07Z";
	run("LARCH RAISES PRICE",
	    "Larch AG said the fee will rise by 95 cents.\n", "BONN",
	    NULL, NULL, &t);
	run_date = NULL;
	assert_non_null(currency_of(&t, "95 cents"));
	assert_string_not_equal(currency_of(&t, "95 cents"), "EUR");
	tags_release(&t);
}

/* "Kestrel and Dunmar, the operator of the largest exchange, said": a
 * company named before "and" leaves the name after it to the noun that
 * follows; a place of two capitals counts once among the noun's words
 * ("Larch and Verdal, the Abu Dhabi state-backed clean energy company"). */
static void test_noun_after_second_of_pair(void **state)
{
	(void)state;
	struct tags t;
	run("Talks",
	    "Kestrel Holdings and Dunmar, the operator of the country's "
	    "largest exchange, said Thursday they are discussing a share "
	    "swap. Dunmar is not listed.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kestrel"));
	assert_true(has(t.companies, t.ncompanies, "Dunmar"));
	tags_release(&t);
	run("Alliance",
	    "Larch Energy Corp and Verdal, the Abu Dhabi state-backed clean "
	    "energy "
	    "company, have signed a strategic partnership to co-invest up to "
	    "15 billion euros in offshore wind.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Verdal"));
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	/* a person's title is no company: "Smith and Jones, the chairman
	 * of the company" names none */
	run("Board",
	    "Larch Energy said John Smith and Ann Verdal, the chairman of "
	    "the board, will step down.\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Ann Verdal"));
	assert_false(has(t.companies, t.ncompanies, "Verdal"));
	tags_release(&t);
}

/* "agreed to a $5.2 billion takeover by a consortium led by US private
 * equity giant Kestrel": the group's leader stands past a description
 * (a place and words in lower case) and buys for it; not past another
 * name or a list. */
static void test_group_leader_described(void **state)
{
	(void)state;
	struct tags t;
	run("Larch agrees to takeover",
	    "Larch Infrastructure Group has agreed to a $5.2 billion takeover "
	    "by a consortium led by US private equity giant Kestrel Partners, "
	    "ending a months-long pursuit.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Larch Infrastructure");
	tags_release(&t);
	run("Larch delisted",
	    "Larch Group has been removed from the ASX after it was acquired "
	    "by a consortium led by US agri-food investor Kestrel Partners in "
	    "a deal worth $1.5 billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
}

/* A story with no dateline that names the local exchange a company lists
 * on ("removed from the ASX", "NZX-listed") writes its readers' dollar
 * with a bare "$": Australian by the ASX, New Zealand's by the NZX (named
 * first, as such a story names a second listing in Sydney too), Canadian
 * by the TSX; a story that marks a local dollar beside bare ones ("A$")
 * keeps its bare ones American. */
static void test_exchange_dollar(void **state)
{
	(void)state;
	struct tags t;
	run("Larch delisted after $1.5b takeover",
	    "Fruit grower Larch Group has been removed from the ASX after it "
	    "was acquired by a consortium led by Kestrel Partners. The "
	    "consortium paid $3.20 a share in cash.\n", NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "$3.20 a share"));
	assert_string_equal(currency_of(&t, "$3.20 a share"), "AUD");
	tags_release(&t);
	run("Larch bidders lift offer",
	    "Larch, which is listed on the NZX and the ASX, said the bidders "
	    "had lifted their offer to $1.42 a share.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$1.42 a share"), "NZD");
	tags_release(&t);
	run("Larch buys Verdal",
	    "TSX-listed Larch Mining agreed to buy Verdal Gold for $40 "
	    "million.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$40 million"), "CAD");
	tags_release(&t);
	run("Larch buys Verdal",
	    "ASX-listed Larch Mining agreed to buy Verdal Gold for A$60 "
	    "million. Verdal's US rival earned $40 million last year.\n",
	    NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$40 million"), "USD");
	tags_release(&t);
}

/* "dirhams" and "DH" are the Gulf's dirham or Morocco's: under a
 * Casablanca dateline, or in a story naming Morocco most, Morocco's
 * (MAD); under Dubai's, or naming neither, the UAE's (AED). */
static void test_dirham_country(void **state)
{
	(void)state;
	struct tags t;
	run("Larch lists in Casablanca",
	    "CASABLANCA - Larch Clinics raised 1 billion dirhams in its "
	    "initial public offering. The shares were sold at 500 DH each.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "1 billion dirhams"));
	assert_string_equal(currency_of(&t, "1 billion dirhams"), "MAD");
	assert_string_equal(currency_of(&t, "500 DH each"), "MAD");
	tags_release(&t);
	run("Larch plans",
	    "Larch Phosphates, Morocco's state miner, plans to invest about "
	    "130 billion dirhams in Morocco and in new plants in Morocco's "
	    "south.\n", NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "130 billion dirhams"));
	assert_string_equal(currency_of(&t, "130 billion dirhams"), "MAD");
	tags_release(&t);
	run("Larch buys tower",
	    "DUBAI - Larch Properties said it would buy the tower for 1 "
	    "billion dirhams.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "1 billion dirhams"), "AED");
	assert_true(has_country(&t, "AE"));
	tags_release(&t);
	run("Larch buys tower",
	    "Larch Properties said it would buy the tower for Dh1 billion.\n",
	    NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "Dh1 billion"), "AED");
	tags_release(&t);
}

/* "X has agreed to pay Y $412 million for a 49.5% stake in Z": the one
 * paid, right after "pay" with the sum right after it, sells; the name
 * before the verb buys. */
static void test_payee_sells(void **state)
{
	(void)state;
	struct tags t;
	run("Larch pays $412 million for Verdal stake",
	    "Larch Mining has agreed to pay Kestrel Mines $412 million for a "
	    "49.5% stake in the Verdal copper project.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Mining");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel Mines");
	tags_release(&t);
}

/* "X and Y have agreed to combine their ethanol businesses in Brazil in a
 * joint venture": partners pooling their businesses in a venture form
 * one (no merger); what describes each may hold "and" ("sugar and
 * ethanol group Larch") or a place's adjective of two halves
 * ("Anglo-Dutch oil company Kestrel", no company "Anglo" nor "Larch and
 * Anglo-Dutch"); an owner's possessive before its unit's name ("Larch's
 * Verdal Investment Managers") leaves the owner a company. */
static void test_pooled_venture(void **state)
{
	(void)state;
	struct tags t;
	run("Larch e Kestrel criam joint venture",
	    "Brazilian sugar and ethanol group Larch and Anglo-Dutch oil "
	    "company Kestrel have agreed to combine their ethanol, sugar and "
	    "fuel distribution businesses in Brazil in a joint venture worth "
	    "about US$ 12 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Larch"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	assert_false(has(t.companies, t.ncompanies, "Anglo"));
	assert_false(has(t.companies, t.ncompanies, "Larch and Anglo-Dutch"));
	tags_release(&t);
	run("Larch, Kestrel to create asset management giant",
	    "Italian insurer Larch and French banking group KSTL on Tuesday "
	    "said they have signed a memorandum of understanding to combine "
	    "their asset management businesses in a 50-50 joint venture.\n\n"
	    "The venture will bring together Larch's fund arm and KSTL's "
	    "Verdal Investment Managers.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_true(has(t.companies, t.ncompanies, "KSTL"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Larch"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "KSTL"));
	tags_release(&t);
	/* a merger stays one without a venture named */
	run("Larch and Kestrel to merge",
	    "Larch Corp and Kestrel Inc have agreed to combine their "
	    "businesses in an all-share merger.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
}

/* An Asian exchange's code alone in brackets names the company before it
 * ("Larch (1208) has agreed to buy", "(600519)"), not a year ("October
 * (1986)") nor a word in brackets of its own ("Verdal Overseas
 * (International) (0316)"); and two merging partners the sentence opens
 * with after "the" and their descriptions ("The Dutch nutrition group
 * Larch and the Geneva-based flavour maker Kestrel agreed to merge") are
 * both the merger's, not the verb's subject alone. */
static void test_listing_code_and_merger_partners(void **state)
{
	(void)state;
	struct tags t;
	run("Larch to buy nickel unit",
	    "HONG KONG - Larch (1208) has agreed to buy Kestrel Mining's nickel "
	    "business.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Larch"));
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch");
	tags_release(&t);
	run("Results",
	    "Sales in October (1986) rose, and Verdal Overseas "
	    "(International) (0316) said it was pleased.\n", NULL, NULL, NULL,
	    &t);
	assert_false(has(t.companies, t.ncompanies, "October"));
	assert_false(has(t.companies, t.ncompanies, "International"));
	tags_release(&t);
	run("Larch und Kestrel fusionieren",
	    "The Dutch nutrition group Larch and the Geneva-based flavour maker "
	    "Kestrel agreed to merge.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Larch"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	tags_release(&t);
}

/* This round's rules held back where a review found them firing wrongly:
 * an exchange named in passing in a story of American cities keeps its
 * bare dollars American; a merger beside a venture the partners have (or
 * a relative clause's past one) stays a merger; a group's leader past
 * words that do not say what it is ("a former senior partner at") is no
 * buyer; one paid a fee for a deal ("for the acquisition") sells
 * nothing, and one paid for a stake in itself is the target. */
static void test_round35_held_back(void **state)
{
	(void)state;
	struct tags t;
	run("Larch buys",
	    "Larch Corp, which is listed in New York and on the ASX, agreed to "
	    "buy Kestrel Gold Inc of Houston for $2 billion in cash, the "
	    "Denver-based company said.\n", NULL, NULL, NULL, &t);
	assert_non_null(currency_of(&t, "$2 billion"));
	assert_string_equal(currency_of(&t, "$2 billion"), "USD");
	tags_release(&t);
	run("Markets",
	    "The TSX composite index fell 1% while the S&P 500 gained. Larch "
	    "Corp of New York agreed to buy Kestrel Inc of Dallas for $90 "
	    "million.\n", NULL, NULL, NULL, &t);
	assert_string_equal(currency_of(&t, "$90 million"), "USD");
	tags_release(&t);
	run("Deal",
	    "Larch Corp and Kestrel Inc will combine their businesses in an "
	    "all-share merger, ending the joint venture they formed in "
	    "2010.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	run("Deal",
	    "Larch Corp and Kestrel Inc, which combined their chip units in a "
	    "joint venture in 2015, agreed to merge.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	run("Deal",
	    "Larch Corp workers will combine their efforts with those of "
	    "Kestrel Inc in the joint venture, the union said.\n", NULL, NULL,
	    NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	run("Deal",
	    "Verdal Inc was acquired for $300 million by a consortium led by a "
	    "former senior partner at Apex Partners.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
	run("Deal",
	    "Orion Holdings agreed to pay Goldman Sachs $20 million for the "
	    "acquisition, a filing showed.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Deal",
	    "Larch Corp will pay Verdal Inc $50 million for a 10% stake in "
	    "Verdal.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Verdal");
	tags_release(&t);
}

/* "will pay 186 million euros for a 93 per cent stake in Verdal ... as
 * it seeks to scale up its data business": the wish of an "as" clause is
 * the buyer's motive, not the deal's status (agreed, as "will pay" says);
 * a wish that is the deal's own ("Larch seeks to buy Verdal") stays a
 * proposal. */
static void test_motive_clause_status(void **state)
{
	(void)state;
	struct tags t;
	run("Larch to buy 93% of Verdal",
	    "Larch Exchange will pay 186 million euros in cash for a 93 per "
	    "cent stake in Verdal Indices, in its biggest acquisition to date "
	    "as it seeks to scale up its data business.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Larch seeks Verdal",
	    "Larch Corp said it seeks to buy Verdal Inc for 40 dlrs a share.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* "has transferred the information systems division of its subsidiary,
 * Verdal Inc, to Kestrel Corp", "agreed to transfer its South American
 * service to Larch": a holding handed over is sold, its taker the buyer;
 * a transfer of money or of a listing is none. */
static void test_transfer_sold(void **state)
{
	(void)state;
	struct tags t;
	run("LARCH GIVES UNIT TO KESTREL",
	    "Larch Telecommunications PLC has transferred the information "
	    "systems division of its wholly owned subsidiary, Verdal Inc, to "
	    "51-pct-owned Kestrel Corp, Kestrel said.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch Telecommunications");
	tags_release(&t);
	run("Larch results",
	    "Larch Corp said it will transfer the funds to its pension plan "
	    "next year.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Larch sells regional papers and magazines to Kestrel", "UNIT ACQUIRES
 * WINNIPEG COMMUNITY PAPERS": the press's papers are newspapers, no
 * commercial paper, so the sale stands; and a headline naming a deal
 * before its lawsuit ("Larch scraps Kestrel deal, sues for damages")
 * keeps the deal the lead tells with both sides. */
static void test_papers_and_sued_deal(void **state)
{
	(void)state;
	struct tags t;
	run("Larch sells regional papers and magazines to Kestrel",
	    "German publisher Larch Verlag is selling some of its best-known "
	    "print titles to regional rival Kestrel Mediengruppe for 920 "
	    "million euros.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch");
	tags_release(&t);
	run("Larch Media scraps Kestrel deal, sues for damages",
	    "CHICAGO (AP) - Larch Media on Thursday pulled out of its $3.9 "
	    "billion agreement to be acquired by Kestrel Broadcast Group and "
	    "sued its would-be buyer.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Broadcast");
	tags_release(&t);
	/* a commercial paper programme sold is still no deal */
	run("Larch sells commercial paper",
	    "Larch Corp said it sold 200 mln dlrs of commercial paper to "
	    "investors.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Kestrel Holding, the investment vehicle of a family, owns about 67.7%
 * of Verdal Choo and has agreed to sell its shares": the holder the
 * sentence opens with sells into the takeover, not the target it holds
 * (whatever "of Verdal Choo" reads as there). */
static void test_target_holder_sells(void **state)
{
	(void)state;
	struct tags t;
	run("Larch buys Verdal Choo for £896m",
	    "The shoemaker Verdal Choo is to be bought by the fashion group "
	    "Larch Corp in a deal worth £896m.\n\n"
	    "Kestrel Holding, the investment vehicle of Germany's Reimann "
	    "family, owns about 67.7% of Verdal Choo and has agreed to sell "
	    "its shares, making the takeover a formality.\n", NULL, NULL, NULL,
	    &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Verdal Choo");
	tags_release(&t);
}

/* The rules of the round's second half held back where a review found
 * them firing wrongly: a holder of the target that will not sell, or
 * sells to another, sells nothing into the deal; "transfer the" a sum, a
 * listing or a duty is no sale; "as it plans to acquire" is the deal's
 * own wish (proposed); a headline's deal that is not the lead's ("Acme
 * scraps Beta deal, sues" over a supply deal, while Gamma buys Acme)
 * leaves the lawsuit no deal. */
static void test_round35_second_held_back(void **state)
{
	(void)state;
	struct tags t;
	run("Gamma to buy Beta for $5 billion",
	    "Gamma Inc agreed to buy Beta for $5 billion in cash.\n\n"
	    "Acme Corp owns 30% of Beta and will never sell its shares.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Gamma to buy Beta for $5 billion",
	    "Gamma Inc agreed to buy Beta for $5 billion in cash.\n\n"
	    "Acme Corp owns 30% of Beta and has agreed to sell its shares to "
	    "Delta Fund in a separate deal.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Deal",
	    "Acme Corp will transfer the $200 million to Beta Bank Inc to "
	    "settle the claim.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_null(t.deal.acquirer);
	tags_release(&t);
	run("Deal",
	    "Acme Corp will transfer the listing of its shares to Nasdaq from "
	    "the New York Stock Exchange.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
	run("Deal",
	    "Acme Corp shares rose 5% as the company plans to acquire rival "
	    "Beta Inc for $1.2 billion in cash.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Acme scraps Beta deal, sues",
	    "Acme Corp, which agreed last year to be acquired by Gamma Inc for "
	    "$2 billion, scrapped its supply deal with Beta Inc on Monday and "
	    "sued it for damages.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Larch to become top shareholder of Verdal Robotics with 267.5 bn won
 * stake buy", "has become the largest shareholder of Verdal": the one
 * that becomes a company's largest (top, controlling) holder takes a
 * stake in it; not a relative clause's background ("Larch, which became
 * the largest shareholder of Verdal in 2015, said ..."). */
static void test_become_top_holder(void **state)
{
	(void)state;
	struct tags t;
	run("Larch to become top shareholder of Verdal Robotics",
	    "Larch Electronics Co said on Monday it had become the largest "
	    "shareholder of Verdal Robotics, the country's biggest robot "
	    "maker.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Electronics");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Verdal Robotics");
	tags_release(&t);
	run("Results",
	    "Larch Corp, which became the largest shareholder of Verdal Inc in "
	    "2015, said profit rose 5 pct.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
}

/* "a vote on the proposed acquisition of the company by Paccar", "gave
 * final clearance to the proposed 225 mln dlr acquisition", "its proposed
 * merger with Norstar can be completed by the beginning of 1988": a plan
 * awaiting its votes and clearances is agreed; not "any proposed
 * merger", one to come. */
static void test_proposed_awaiting_approval(void **state)
{
	(void)state;
	struct tags t;
	run("TRELL SETS DATE FOR ACQUISITION VOTE",
	    "Trell Industries Inc said it set March 31 as the date for a "
	    "special shareholders meeting for a vote on the proposed "
	    "acquisition of the company by Pardo Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("U.S. APPROVES VESTA-AIRCO PACT",
	    "The U.S. Department of Transportation said it gave final "
	    "clearance to the proposed 225 mln dlr acquisition of Airco Inc "
	    "by Vesta Airlines Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("FLINT AIMS TO SPEED MERGER WITH NORWAL",
	    "Flint Financial Group hopes its proposed merger with Norwal "
	    "Bancorp can be completed by the beginning of 1988, according to "
	    "an executive of Flint.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("FLINT SEEKS MERGER WITH NORWAL",
	    "Flint Financial Group said it is considering a proposed merger "
	    "with Norwal Bancorp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* "CENTERRE ACQUIRES BENEFIT PLAN SERVICES", "SANTOS TO ACQUIRE TOTAL
 * EXPLORATION AUSTRALIA": in a headline in capitals, a word of a name the
 * body writes in mixed case ("Benefit Plan Services Inc") is the name's,
 * no plan's nor exploration's status word. */
static void test_caps_headline_name_word_no_status(void **state)
{
	(void)state;
	struct tags t;
	run("CENTRA ACQUIRES BENEFIT PLAN SERVICES",
	    "Centra Bancorp said it completed the acquisition of Benefit Plan "
	    "Services Inc, which administers pension plans.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("CENTRA PLANS TO BUY BENEFIT SERVICES",
	    "Centra Bancorp said it plans to acquire Benefit Services Inc.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/* "TO SELL PROPERTIES", "SELLS 13 PLANTS": a headline's sale of assets
 * it does not name is a weak look-alike, so a lead that names both the
 * buyer and what is sold ("its cable television properties to Westel
 * Cable Corp") tells a divestiture; real estate sold with no buyer named
 * stays none, and a building is real estate ("TO SELL BUILDING"). */
static void test_assets_sold_head_weak(void **state)
{
	(void)state;
	struct tags t;
	run("CENTRAL TELEPHONE TO SELL PROPERTIES",
	    "Central Telephone Enterprises Inc said it has agreed to sell its "
	    "cable television properties to Westel Cable Corp for 40 mln "
	    "dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Westel Cable");
	assert_string_equal(t.deal.seller, "Central Telephone Enterprises");
	tags_release(&t);
	run("CHAPMAN HOMES SELLS TWO PROPERTIES",
	    "Chapman Homes Inc said it sold the Meadows 600-site manufactured "
	    "housing community in Michigan for a pre-tax gain of about "
	    "900,000 dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("FIRST MERIDIAN TO SELL BUILDING FOR GAIN",
	    "First Meridian Corp said it has agreed to sell its First Meridian "
	    "Center in Milwaukee to Trammel Realty Co for 195 mln dlrs.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Shanghai Pudong Development Bank (SPDB)", "Yacimientos de Litio
 * Bolivianos (YLB)": capitalised words whose initials the capitals in
 * brackets after them spell name a company, past the small words between
 * ("de", "for", "and"); not a regulator's, a market's or a lender of
 * states' ("Competition Commission of India (CCI)", "Warsaw Stock
 * Exchange (WSE)", "Asian Development Bank (ADB)"), nor a central bank
 * ("Narodowy Bank Polski (NBP), Poland's central bank"). */
static void test_initials_in_brackets_name(void **state)
{
	(void)state;
	struct tags t;
	run("Jade Mobile to pay 39.8 billion yuan for 20% of Shanghai Lujia "
	    "Development Bank",
	    "Jade Mobile Ltd will pay 39.8 billion yuan ($5.8 billion) for a 20 "
	    "percent stake in Shanghai Lujia Development Bank (SLDB), in the "
	    "biggest tie-up yet between a telecom carrier and a lender.\n",
	    NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies,
			"Shanghai Lujia Development Bank"));
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Shanghai Lujia Development Bank");
	tags_release(&t);
	run("Lithium deal",
	    "Yacimientos de Litio Andinos (YLA) signed a contract with the "
	    "group. The Competition Commission of India (CCI) and the Warsaw "
	    "Stock Exchange (WSE) said nothing, nor did the Asian Development "
	    "Bank (ADB).\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Yacimientos de Litio Andinos"));
	assert_false(has(t.companies, t.ncompanies, "Competition Commission of India"));
	assert_false(has(t.companies, t.ncompanies, "Warsaw Stock Exchange"));
	assert_false(has(t.companies, t.ncompanies, "Asian Development Bank"));
	tags_release(&t);
	run("Central bank buys gold",
	    "Narodowy Bank Polski (NBP), Poland's central bank, was the "
	    "largest buyer of gold in 2024.\n", NULL, NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Narodowy Bank Polski"));
	tags_release(&t);
}

/* "Telefonica sells Argentine unit to Telecom Argentina": a part sold
 * described gives way to the company the lead names as the whole holding
 * sold or covered ("sold its entire holding in Telefonica Moviles
 * Argentina", "The deal covers 100 per cent of Retail Supermarkets
 * Nigeria Limited"); not one of two, nor the buyer. */
static void test_whole_unit_named(void **state)
{
	(void)state;
	struct tags t;
	run("Vodafone sells Argentine unit to Corvel for US$1.2 billion",
	    "Britain's Vodafone has sold its Argentine subsidiary to local rival "
	    "Corvel Group for US$1.2 billion, the group said on Monday.\n\n"
	    "TLH Holdco, a wholly owned Vodafone unit, sold its entire holding "
	    "in Vodafone Moviles Argentina, which operates under the Movistar "
	    "brand.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Vodafone Moviles Argentina");
	tags_release(&t);
	run("Shopwell sells Nigerian operations to Kestron",
	    "Kestron Investment Limited has completed its purchase of the "
	    "Nigerian operations of retailer Shopwell Holdings.\n\n"
	    "The deal covers 100 per cent of Retail Stores Nigeria Limited "
	    "and 100 per cent of Lekki Malls Limited.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Nigerian operations");
	tags_release(&t);
}

/* An IPO's selling holder named past "which" and its initials ("the
 * Hellenic Asset Fund (HAF), which sold its entire 30% stake"), as the
 * source of the shares ("with all the shares coming from its existing
 * shareholder Vespa Healthcare Holdings"), or as the one the existing
 * shares are sold by further on; not a relative clause's holder ("The
 * company, which is 50 percent owned by the Public Investment Fund
 * (PIF), sold 81.2 million new shares"). */
static void test_ipo_seller_named_further(void **state)
{
	(void)state;
	struct tags t;
	run("Athens airport prices IPO at top of range",
	    "The initial public offering of Athens International Airport "
	    "(AIA) was priced at 8.20 euros per share, raising 785 million "
	    "euros for the Hellenic Republic Asset Development Fund (HRADF), "
	    "which sold its entire 30% stake.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller,
			    "Hellenic Republic Asset Development Fund");
	tags_release(&t);
	run("Burjeel prices IPO",
	    "Burjeel Holdings has priced its initial public offering at Dh2 a "
	    "share. The company sold an 11 per cent stake in the offering, "
	    "with all the shares coming from its existing shareholder Vespa "
	    "Healthcare Holdings, it said on Monday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Vespa Healthcare");
	tags_release(&t);
	run("Marwa Power prices IPO",
	    "Marwa Power has priced its initial public offering at SR56 a "
	    "share. The company, which is 50 percent owned by the Public "
	    "Investment Fund (PIF), sold about 81.2 million new shares.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* The round's rules kept from what they must not read: a share price's
 * "to close" and a doubt ("unlikely to be completed") put no closing
 * ahead; a clearance refused or a vote down is no approval pending; an
 * earlier sale ("In 2019, ... its entire holding in") or a holder's
 * small stake ("last year bought a 10 per cent stake in") names no part
 * sold; real estate under "TO SELL PROPERTIES" stays none; a measure's
 * or a lender of states' initials name no company ("Gross Domestic
 * Product (GDP)", "Inter-American Development Bank (IADB)"). */
static void test_round_rules_not_misread(void **state)
{
	(void)state;
	struct tags t;
	static const char *const pending[] = {
		"Bexa Inc said it received the proposed acquisition offer from "
		"Arco Corp on Monday, and its shares rose 2 dlrs to close at 25 "
		"dlrs.\n",
		"Arco Corp said the proposed acquisition of Bexa Inc is "
		"unlikely to be completed because Bexa's board opposes it.\n",
		"The Federal Trade Commission refused clearance to the proposed "
		"acquisition of Bexa Inc by Arco Corp.\n",
		"Bexa Inc shareholders voted down the proposed merger with Arco "
		"Corp at a special meeting.\n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(pending); i++) {
		run("ARCO CORP, BEXA INC COMMENT", pending[i], NULL, NULL, NULL,
		    &t);
		assert_int_not_equal(t.deal.status, STATUS_AGREED);
		tags_release(&t);
	}
	run("ARCO SELLS ARGENTINE UNIT",
	    "Arco Corp said it agreed to sell its Argentine unit to Bexa SA "
	    "for 200 mln dlrs. In 2019, Arco sold its entire holding in Zeta "
	    "Telecom Ltd to Gamma Corp.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Argentine unit");
	tags_release(&t);
	run("ARCO SELLS NIGERIAN OPERATIONS",
	    "Arco Corp said it agreed to sell its Nigerian operations to Bexa "
	    "Ltd for 50 mln dlrs. Bexa last year bought a 10 per cent stake in "
	    "Delta Foods Plc.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Nigerian operations");
	tags_release(&t);
	run("ARCO TO SELL PROPERTIES",
	    "Arco Corp said it agreed to sell its apartment properties in "
	    "Texas to Bexa Realty Trust for 30 mln dlrs.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Lending rises",
	    "The Inter-American Development Bank (IADB) lent more as Gross "
	    "Domestic Product (GDP) rose and the Strategic Defense Initiative "
	    "(SDI) was cut.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.ncompanies, 0);
	tags_release(&t);
}

/* "the purchase of Fortune's microcomputer business assets", "buy EDF's
 * Polish assets": assets described after their owner's possessive are a
 * part bought, the owner its seller; not when bought from another
 * ("buy Cyclops Corp's steel assets from Dixons Group"). */
static void test_owner_assets_part(void **state)
{
	(void)state;
	struct tags t;
	run("SCX BUYS FORTAN COMPUTER ASSETS",
	    "Fortan Systems Corp and SCX Systems Inc said they signed a letter "
	    "of intent covering the purchase of Fortan's microcomputer "
	    "business assets for an unspecified amount of cash.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Fortan Systems");
	assert_string_equal(t.deal.target, "microcomputer business assets");
	tags_release(&t);
	run("CITIVEST SEEKS CYCLO STEEL UNIT",
	    "Citivest Capital Investors Ltd said it wants to buy Cyclo Corp's "
	    "steel assets from Dixam Group PLC and is willing to pay 124.4 mln "
	    "dlrs.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Dixam");
	tags_release(&t);
}

/* "Gaxel merges its two AI research labs", "Samlon merges consumer
 * electronics, mobile divisions": a company merging parts of its own is
 * no deal, nor a sponsorship ("Tovel becomes title partner of Africa Cup
 * of Nations", "signs Aramco as official sponsor"); two companies
 * merging their businesses are ("Bharta Airtel Confirms Talks With Tayo
 * Group To Merge DTH Businesses"). */
static void test_own_parts_and_sponsors_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("Gaxel Inc merges its two AI research labs into Gaxel Mind",
	    "Gaxel Inc said on Thursday it would combine its two artificial "
	    "intelligence research teams into a single unit.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Tovel Energies becomes title partner of Africa Cup of Nations",
	    "Tovel Energies on Thursday signed an eight-year partnership with "
	    "the Confederation of African Football, becoming the title "
	    "sponsor of the tournament.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Bharta Airtel Confirms Talks With Tayo Group To Merge DTH "
	    "Businesses",
	    "Bharta Airtel Ltd said it is in talks with Tayo Group Ltd to "
	    "merge their direct-to-home television businesses.\n", NULL, NULL,
	    NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "CVX Health sells $40bn of bonds to fund Aetra takeover": debt raised
 * for a deal is an offering's news, its deal told before; a loan raised
 * by the buyer in the body leaves a headline's deal alone ("Acme to buy
 * Widget; it will borrow $2 billion to fund the purchase"). */
static void test_debt_for_deal_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("CVX Health sells $40bn of bonds to fund Aetra takeover",
	    "CVX Health Corp has sold $40 billion of bonds to help pay for its "
	    "$69 billion acquisition of Aetra Inc, in one of the largest "
	    "corporate debt sales on record.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Acmex to buy Widgetco for $5 billion",
	    "Acmex Corp agreed to buy Widgetco Inc for $5 billion and will "
	    "borrow $2 billion in loans to fund the purchase.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* A headline's penalty, write-down, verdict, settled claim or post is no
 * deal's news though a deal word stands in it: "Qantex to pay $100
 * million penalty over 'ghost flights' in settlement", "Micron Soft
 * writes down $7.6 billion on Nokla phones", "Lee acquitted of fraud
 * over 2015 merger", "Baxer to pay up to $10.9 billion to settle Roundup
 * cancer claims", "Nestor replaces CEO Schneider"; a settlement between
 * the sides of a deal stays ("CITADEL SETTLES WITH GREAT WESTERN"). */
static void test_penalty_writedown_post_no_deal(void **state)
{
	(void)state;
	struct tags t;
	static const char *const heads[][2] = {
		{"Micron Soft writes down $7.6 billion on Nokla phones",
		 "Micron Soft Corp wrote down $7.6 billion on the Nokla phone "
		 "business it acquired last year.\n"},
		{"Baxer to pay up to $10.9 billion to settle Roundup cancer claims",
		 "Baxer AG, which bought Monsan Co in 2018, will pay up to $10.9 "
		 "billion to settle claims over the weedkiller.\n"},
		{"Nestor replaces CEO Schneider with company veteran",
		 "Nestor SA replaced its chief executive, who had pursued "
		 "acquisitions of several food makers.\n"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		run(heads[i][0], heads[i][1], NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.type, DEAL_NONE);
		tags_release(&t);
	}
	run("CITADA SETTLES WITH GREAT WESTON",
	    "Citada Holding Corp said it settled its litigation with Great "
	    "Weston Financial Corp and agreed to merge with it.\n", NULL, NULL,
	    NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "Dai-ichi Life Holdings Inc said it will acquire a 15 percent stake":
 * a word in lower case joined by a bare hyphen to a capital's word
 * before it and followed by a capital is the hyphened name's ("Dai-ichi
 * Life"), not a compound's tail ("Abu Dhabi-based Aldar", "Privately-held
 * Rapid-American"). */
static void test_hyphened_name_lower_tail(void **state)
{
	(void)state;
	struct tags t;
	run("Dai-ichi Life to take 15% stake in Capula",
	    "Dai-ichi Life Holdings Inc said Tuesday it will acquire a 15 "
	    "percent stake in Capula Investment Management LLP.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Dai-ichi Life");
	tags_release(&t);
	run("Results",
	    "The Abu Dhabi-based Aldar Properties said profit rose, and "
	    "Privately-held Rapid-American Corp said sales fell.\n", NULL,
	    NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Aldar Properties"));
	assert_false(has(t.companies, t.ncompanies,
			 "Privately-held Rapid-American"));
	tags_release(&t);
}

/* The headline rules of the round keep a deal the headline tells beside
 * their words: a write-down, a settlement, a chief replaced, a sponsor's
 * word, a company's own units merged, debt raised, each with a deal of
 * its own in the headline ("Arco settles lawsuit with Wixel, agrees to
 * buy it", "Arco ousts chairman, agrees $2 billion sale to Bexa",
 * "Blackstar-sponsored REIT to buy Wixel", "Arco to merge units with
 * Bexa's in joint venture", "Arco buys Wixel's loan book to back
 * expansion"); a former owner's assets name no seller ("Bexa to buy Arco
 * Corp's former steel assets"). */
static void test_headline_rules_keep_deals(void **state)
{
	(void)state;
	struct tags t;
	static const char *const heads[][2] = {
		{"Arco settles lawsuit with Wixel, agrees to buy it",
		 "Arco Corp said on Tuesday it had settled its patent lawsuit "
		 "with Wixel Inc and agreed to buy the company for $800 "
		 "million.\n"},
		{"Arco ousts chairman, agrees $2 billion sale to Bexa",
		 "Arco Corp ousted its chairman and agreed to be sold to Bexa "
		 "Group Inc for $2 billion.\n"},
		{"Blackstar-sponsored REIT to buy Wixel for $2 billion",
		 "Blackstar Real Estate Trust agreed to buy Wixel Inc for $2 "
		 "billion.\n"},
		{"Arco to merge units with Bexa's in joint venture",
		 "Arco Corp and Bexa Group Inc agreed to merge their chemicals "
		 "units in a 50-50 joint venture.\n"},
		{"Arco buys Wixel's loan book to back expansion",
		 "Arco Bank Plc agreed to buy the loan book of Wixel Bank Ltd "
		 "for $300 million.\n"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		run(heads[i][0], heads[i][1], NULL, NULL, NULL, &t);
		assert_int_not_equal(t.deal.type, DEAL_NONE);
		tags_release(&t);
	}
	run("Bexa to buy Arco Corp's former steel assets for $300 million",
	    "Bexa Inc agreed to buy Arco Corp's former steel assets from "
	    "Gamma Partners for $300 million.\n", NULL, NULL, NULL, &t);
	assert_false(t.deal.seller && !strcmp(t.deal.seller, "Arco"));
	tags_release(&t);
}

/* "Société Générale cède sa filiale marocaine": a known company the story
 * writes with its accents keeps the story's spelling ("Société
 * Générale", not the gazetteer's "Societe Generale") and its home
 * country; one written without them keeps the gazetteer's. */
static void test_accented_known_name(void **state)
{
	(void)state;
	struct tags t;
	run("Société Générale sells Moroccan unit to Saham",
	    "Société Générale said it would sell its Moroccan unit to Saham "
	    "for 745 million euros.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Société Générale");
	assert_true(has_country(&t, "FR"));
	tags_release(&t);
	run("Societe Generale sells Moroccan unit to Saham",
	    "Societe Generale said it would sell its Moroccan unit to Saham "
	    "for 745 million euros.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Societe Generale");
	tags_release(&t);
}

/*
 * A story with no deal's word stands as a deal on the classifier only
 * with a clear margin: a management change's vocabulary ("replaced by",
 * "owns about 40 pct of") is not a deal (margin 0.16 here).
 */
static void test_vocabulary_alone_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("HARBORVIEW <HBV> CHAIRMAN QUITS",
	    "Harborview Industries Inc said its chairman and chief executive "
	    "Walter Grune resigned. He was replaced by Alan Price, president "
	    "of Bellcourt Corp, which owns about 40 pct of Harborview. Grune "
	    "will stay on as a consultant to the company.\n", NULL, NULL,
	    NULL, &t);
	assert_true(t.deal.score > 0);
	assert_int_equal(t.deal.type, DEAL_NONE);
	assert_true(has(t.companies, t.ncompanies, "Bellcourt"));
	tags_release(&t);
	/* (a headline's deal word keeps the margin of 0: "absorbs") */
	run("HARBORVIEW ABSORBS BELLCOURT",
	    "Harborview Corp said it absorbed the aerospace unit of Bellcourt "
	    "Co after paying 300 mln dlrs to Bellcourt shareholders.\n", NULL,
	    NULL, NULL, &t);
	assert_true(t.deal.score > 0 && t.deal.score < 0.5);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/*
 * "to buy Larch Capital's 31.5% in Orvel Terminal": the holder's share
 * "in" a company, as its "stake in" one, is what is bought and the holder
 * sells; a number with a decimal point ("31.5") is no exchange's ticker
 * ("0700.HK" is), so the share is read past it.
 */
static void test_holder_share_in(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Ports to buy Larch Capital's 31.5% in Orvel Terminal",
	    "Kestrel Ports Ltd said on Wednesday it would buy Larch Capital's "
	    "31.5 per cent stake in Orvel Terminal Ltd for 120 million "
	    "dollars.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Terminal");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch Capital");
	tags_release(&t);
	/* (a holder's "stakes" in two companies, as its "stake") */
	run("Kestrel completes purchase of Larch's stakes in two smelters",
	    "Kestrel Mining Co said it has completed the acquisition of Larch "
	    "Corp's 25.1% stakes in Orvel Aluminium Co and Orvel Bauxite "
	    "Co.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Aluminium");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch");
	tags_release(&t);
	/* (past a web name's ".com": "Just Eat Takeaway.com's 33% stake") */
	run("Kestrel to take full control of Orvel Foods",
	    "Kestrel Group has agreed to buy Larch Takeaway.com's 33% stake in "
	    "Orvel Foods Ltd for 1.5 billion euros.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Foods");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch Takeaway");
	tags_release(&t);
	/* (a holder's "last 20%" of a company, as its "remaining 20%") */
	run("Kestrel buys Larch's last 20% of Orvel for $2 billion",
	    "The deal was announced on Monday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Larch");
	tags_release(&t);
}

/*
 * An offering priced is done: "set the final offer price for its initial
 * public offering" (its "offer price" no bid, so no buyer), one price set
 * "at" a figure, money it raised; a range set, or a price to come, is
 * still proposed.
 */
static void test_ipo_priced_completed(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Logistics sets final IPO price at SAR 48 per share",
	    "Kestrel Logistics Co. set the final offer price for its initial "
	    "public offering at SAR 48 per share, raising SAR 1.2 billion, its "
	    "advisers said on Sunday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	assert_null(t.deal.acquirer);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Logistics");
	tags_release(&t);
	run("Larch Foods raises R$2.1 billion in Sao Paulo IPO",
	    "Larch Foods priced its initial public offering at R$9.50 per "
	    "share on Tuesday, raising R$2.1 billion.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Orvel Energy sets IPO price range at 40-44 dirhams",
	    "Orvel Energy set the price range for its initial public offering "
	    "at 40 to 44 dirhams a share and aims to raise up to 2 billion "
	    "dirhams.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Orvel Energy to set IPO price at top of range",
	    "Orvel Energy will set the price of its initial public offering "
	    "at the top of its range next week.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	/* (a price not yet set, one set for later, an indicative one, a
	 * final range, money it expects to raise: still ahead) */
	static const char *const ahead[] = {
		"Orvel Energy has not yet set a final price for its initial "
		"public offering, which opens next week.\n",
		"Orvel Energy's initial public offering is set for final "
		"pricing on Thursday, the company said.\n",
		"Orvel Energy set the indicative price of its initial public "
		"offering at 40 dirhams a share, with final pricing due next "
		"week.\n",
		"Orvel Energy set a final price range of 40 to 44 dirhams a "
		"share for its initial public offering.\n",
		"Orvel Energy set the price of its initial public offering at "
		"between 40 and 44 dirhams a share.\n",
		"Orvel Energy expects to raise 500 mln dirhams in its initial "
		"public offering next month.\n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(ahead); i++) {
		run("Orvel Energy IPO", ahead[i], NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.type, DEAL_IPO);
		assert_int_equal(t.deal.status, STATUS_PROPOSED);
		tags_release(&t);
	}
	/* (a "no" or "not" in another clause says nothing of the price) */
	run("Orvel Energy IPO",
	    "Orvel Energy, with no debt, set the price of its initial public "
	    "offering at 40 dirhams a share.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/*
 * "Kestrel to buy 53% of Orvel Chemicals for Rs 820 crore; open offer to
 * follow": the headline's bid in a part of its own (past a semicolon or
 * a comma) is the step after the purchase; the lead's agreement is the
 * deal's status.
 */
static void test_headline_offer_part_not_status(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy 53% of Orvel Chemicals for Rs 820 crore; open "
	    "offer to follow",
	    "MUMBAI: Kestrel Industries has agreed to acquire a controlling 53 "
	    "per cent stake in Orvel Chemicals for about Rs 820 crore, the "
	    "companies said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Chemicals");
	tags_release(&t);
	/* (the bid the headline's own part tells stays proposed) */
	run("Kestrel makes Rs 820 crore open offer for Orvel Chemicals",
	    "MUMBAI: Kestrel Industries said it would offer Rs 300 a share to "
	    "the public shareholders of Orvel Chemicals.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
}

/*
 * A deal the lead's first sentence tells as agreed or done, with its
 * buyer, what is bought by name and the price paid "for" it, stands though
 * the names are unknown to the recogniser and the headline is in another
 * language; shares that rose by a sum in a sentence whose capitalised
 * "Acquired" names a disease are no such deal.
 */
static void test_lead_told_priced_deal(void **state)
{
	(void)state;
	struct tags t;
	run("Orvel Minera vende 60% de Terminal Kestrel a Larch Ports por "
	    "US$225 millones",
	    "LIMA - Orvel Minera agreed to sell a 60% stake in Terminal "
	    "Portuaria Kestrel, the company developing a new port north of "
	    "Lima, to China's Larch Ports for US$225 million, the miner said "
	    "in a filing.\nUnder the agreement, Larch Ports will subscribe new "
	    "shares in the port company.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Ports");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Terminal Portuaria Kestrel");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel Minera");
	tags_release(&t);
	run("SWEDISH DRUG FIRM ORVEL RISES ON AIDS HOPES",
	    "Swedish drug firm AB Orvel shares rose 48 crowns to 690 in the "
	    "first two hours of trading on the Stockholm Bourse, amid hopes "
	    "its research may have promising results in the treatment of "
	    "Acquired Immune Deficiency Syndrome (AIDS).\nBrokers said the "
	    "shares also rose on an optimistic annual report.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (not a player, a building or a painting sold, nor a sale the
	 * lead tells as what its subject did before) */
	static const char *const not_deals[] = {
		"Kestrel Rovers has sold striker John Smith to Orvel United for "
		"40 million pounds, the club said.\nThe player scored 20 goals "
		"in the league season.\n",
		"Orvel Properties has agreed to sell Kestrel Tower to Larch "
		"Capital for 300 million pounds, it said.\nOffice rents in "
		"London rose 3 pct in the quarter.\n",
		"Orvel Holdings has sold the painting Water Lilies to Larch "
		"Museum for 50 million dlrs at auction.\nThe sale set a record "
		"for the artist.\n",
		"Orvel Energy, which has sold Kestrel Mining to Stanmore for 1 "
		"billion dlrs, named John Brown as chief executive on "
		"Monday.\nBrown joins from Larch.\n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(not_deals); i++) {
		run("Orvel news", not_deals[i], NULL, NULL, NULL, &t);
		assert_int_equal(t.deal.type, DEAL_NONE);
		tags_release(&t);
	}
}

/*
 * "to buy 45pc of Orvel Bank", "to 19.9pc from 15pc": a percent written
 * as one word, as South Asian and Australian papers do, is a figure and
 * its percent, so a minority share bought is a stake, as "45%" is.
 */
static void test_percent_one_word(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy 45pc of Orvel Bank for $184.5m",
	    "Kestrel Group will buy a 45pc stake in Orvel Bank Ltd for $184.5 "
	    "million.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Bank");
	/* the tokens the index is written from stay the analyser's: the
	 * word "45pc", and the made "pct" marked as such */
	int whole = 0, made = 0;
	for (size_t i = 0; i < ex_token_count(ex); i++) {
		struct ex_token x;
		ex_token(ex, i, &x);
		if (!x.made && x.len == 4 && !memcmp(x.stem, "45pc", 4))
			whole++;
		if (x.len == 3 && !memcmp(x.stem, "pct", 3)) {
			assert_true(x.made);
			made++;
		}
	}
	assert_int_equal(whole, 2);
	assert_int_equal(made, 2);
	tags_release(&t);
}

/*
 * "UK watchdog orders JD Sports to sell rival Footasylum", "Nexperia
 * ordered to sell Newport Wafer Fab": a sale a state forces undoes the
 * purchase, an acquisition blocked whose buyer is the one told to sell
 * (not "in order to sell", nor orders placed "for" goods).
 */
static void test_forced_sale_blocked(void **state)
{
	(void)state;
	struct tags t;
	run("UK watchdog orders Kestrel Sports to sell rival Orvel",
	    "Britain's competition regulator on Thursday ordered Kestrel "
	    "Sports Fashion to sell Orvel Ltd, the rival trainer retailer it "
	    "bought for 90 million pounds, saying the deal hurt shoppers.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Sports");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	run("Kestrel to sell Orvel unit to Larch",
	    "Kestrel Corp said it agreed to sell its Orvel unit to Larch Inc "
	    "for 90 mln dlrs in order to sell down debt.\n", NULL, NULL, NULL,
	    &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
}

/*
 * "Barrick, Randgold agree all-share merger": a headline in sentence case
 * that opens with two names a comma joins names both partners, as one in
 * capitals does ("NORSTAR, FLEET TO MERGE"); not two names a verb's
 * object joins ("UAW backs Kestrel, Orvel merger").  The lead's longer
 * names of the two stand for them.
 */
static void test_merger_headline_comma_pair(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel, Orvel agree all-share merger",
	    "Toronto-based Kestrel Gold and Africa-focused Orvel Resources "
	    "have agreed on the terms of a recommended share-for-share merger, "
	    "the companies announced on Monday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Kestrel"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvel Resources"));
	tags_release(&t);
	/* and the lead's longer names of the headline's two: "Harwood
	 * Minerals" for "Harwood" */
	run("Harwood, Pellan to merge in $4 billion gold deal",
	    "Gold producers Harwood Minerals and Pellan Mining Holdings have "
	    "agreed to combine in an all-share merger of equals.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.ninvestors, 2);
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Harwood Minerals"));
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Pellan Mining"));
	tags_release(&t);
	run("UAW backs Kestrel, Orvel merger",
	    "Toronto-based Kestrel Gold and Africa-focused Orvel Resources "
	    "have agreed on the terms of a recommended share-for-share merger, "
	    "the companies announced on Monday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	assert_int_equal(t.deal.ninvestors, 1);
	tags_release(&t);
}

/*
 * "Aldar acquires UK property developer London Square": "developer" is a
 * person's title too ("developer Donald Trump"), and the name after it
 * was read as a person's, no company to buy; a name whose last word is
 * a property firm's ("Homes", "Properties", "Square", "Land") is a
 * firm's.
 */
static void test_developer_firm_not_person(void **state)
{
	(void)state;
	struct tags t;
	run("Acme buys housebuilder",
	    "Acme Corp has bought UK residential developer Kestrel Homes for "
	    "$10 million.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Homes");
	assert_false(has(t.people, t.npeople, "Kestrel Homes"));
	tags_release(&t);
	run("Acme holder",
	    "Acme Corp said property developer John Kestrel bought a 9.8 pct "
	    "stake in the company.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.people, t.npeople, "John Kestrel"));
	tags_release(&t);
	/* (only after "developer": "Polaroid founder Edwin Land" is a
	 * person; nor after a title that opens the sentence) */
	run("Acme holder",
	    "Polaroid founder Edwin Land said investor Richard Land bought a "
	    "9.8 pct stake in Acme Corp.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.people, t.npeople, "Edwin Land"));
	assert_true(has(t.people, t.npeople, "Richard Land"));
	tags_release(&t);
}

/*
 * "Transurban-led group wins WestConnex with $9.26 billion bid", "Tyson
 * wins Hillshire bidding war at $63 a share": a bid that won what it bid
 * for is accepted, agreed; not one still to win ("set to win"), nor a
 * win of something else ("wins Kestrel contract with bid"), nor Korea's
 * currency ("launch 2 trillion won tender offer").
 */
static void test_bid_won_agreed(void **state)
{
	(void)state;
	struct tags t;
	const char *body = "A consortium led by Acme Corp bid $9.26 billion "
			   "for a 51 per cent stake in Kestrel Ltd, the "
			   "government said on Friday.\n";
	run("Acme-led group wins Kestrel with $9.26 billion bid", body, NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Acme set to win Kestrel with $9.26 billion bid", body, NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Acme wins Kestrel contract with $9.26 billion bid", body, NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Acme, Orvel launch 2 trillion won tender offer for Kestrel",
	    "Acme Corp and Orvel Ltd launched a tender offer for shares of "
	    "Kestrel Ltd on Friday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	/* (nor a win that is not the bidder's verb, a win over the bid, a
	 * share won, nor one the lead says ended) */
	static const char *const not_won[] = {
		"Kestrel wins fight against Acme's hostile bid",
		"Acme eyes Kestrel win with $5 billion bid",
		"Acme can't win Kestrel with $5 billion bid, analysts say",
		"Acme chief wins praise for Kestrel bid",
		"Acme wins green light for Kestrel bid",
		"Acme wins 30% of Kestrel in tender offer",
		"Acme launches won-denominated tender offer for Kestrel",
	};
	for (size_t i = 0; i < ARRAY_SIZE(not_won); i++) {
		run(not_won[i], "Acme Corp has made a $5 billion offer for "
		    "Kestrel Ltd, the companies said on Friday.\n", NULL, NULL,
		    NULL, &t);
		if (t.deal.status == STATUS_AGREED)
			fail_msg("%s: agreed", not_won[i]);
		tags_release(&t);
	}
	run("Acme wins Kestrel with $5 billion bid",
	    "Acme Corp terminated its $5 billion offer for Kestrel Ltd on "
	    "Friday after regulators blocked the deal.\n", NULL, NULL, NULL,
	    &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/*
 * "Hoya to launch rival tender offer for Toshiba's NuFlare": a bid for
 * an owner's company named after its possessive is a bid for that
 * company, which the owner sells, as a purchase's noun already read it
 * ("Ultragaz purchase of Petrobras' Liquigás").
 */
static void test_bid_for_owners_company(void **state)
{
	(void)state;
	struct tags t;
	run("Hoya to launch rival tender offer for Toshiba's NuFlare",
	    "Hoya Corp said it plans to launch a tender offer for NuFlare "
	    "Technology Inc. Toshiba owns about half of NuFlare.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "NuFlare Technology");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Toshiba");
	tags_release(&t);
}

/*
 * "Canadian Tire to sell Helly Hansen to Wrangler owner for
 * US$900-million": a brand's owner or maker the sentence does not name
 * is unknown there, not the brand; the lead names it ("to Kontoor Brands
 * Inc., the owner of the Wrangler and Lee denim labels").
 */
static void test_brand_owner_unnamed(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to sell Orvel to Tessaro owner for $900 million",
	    "Kestrel Corp said Thursday it has agreed to sell Orvel to Larch "
	    "Brands Inc, the owner of the Tessaro and Lee denim labels, for "
	    "$900 million in cash.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Larch Brands");
	tags_release(&t);
	run("Kestrel to sell Orvel to Tessaro owner for $900 million",
	    "The deal is expected to close in the second quarter.\n", NULL,
	    NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
}

/*
 * "Singtel buys US cyber security firm Trustwave for US$810m": "security"
 * (and "securities", "paper") before a firm's noun names the firm's
 * trade, not an instrument bought; "buys securities" stays a look-alike.
 */
static void test_security_firm_bought(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel buys US cyber security firm Orvel for US$810m",
	    "The deal is expected to close in the second half.\n", NULL, NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	run("Kestrel buys Orvel securities for US$810m",
	    "The purchase is expected to close in the second half.\n", NULL,
	    NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (not past a comma, nor services bought) */
	run("Kestrel sells commercial paper, firm says",
	    "Prices rose on Friday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel buys security services from Orvel",
	    "Kestrel Corp bought security services from Orvel Inc for its "
	    "offices under a $5 million contract.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/*
 * "A foreign investment group told the Securities and Exchange
 * Commission it raised its stake in Scandinavia Fund Inc ... The group,
 * which includes Ingemar Rydin Industritillbehor AB, a Swedish firm, VBI
 * Corp ...": a group the lead opens with, no name of its own, buys; its
 * members, named in one of the next sentences, are the investors, the
 * first the buyer; not a group that sells ("said it lowered its stake").
 */
static void test_unnamed_group_members(void **state)
{
	(void)state;
	struct tags t;
	run("GROUP LIFTS STAKE IN KESTREL FUND <KFD>",
	    "A foreign investment group told the Securities and Exchange "
	    "Commission it raised its stake in Kestrel Fund Inc to 3,040,600 "
	    "shares, or 46.6 pct of the total outstanding.\n    The group, "
	    "which includes Orvel Industri AB, a Swedish firm, and Tessaro "
	    "Corp, a Bermuda investment firm, said it bought 211,300 Kestrel "
	    "common shares since April 30.\n", "NEW YORK, June 1", NULL,
	    NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvel Industri");
	assert_true(has(t.deal.investors, t.deal.ninvestors, "Orvel Industri"));
	tags_release(&t);
	run("INVESTOR GROUP CUTS KESTREL <KST> STAKE",
	    "A group of New York investors said it lowered its stake in "
	    "Kestrel Corp to 170,250 shares, or 7.0 pct of the total "
	    "outstanding common stock, from 202,108 shares, or 8.3 pct.\n"
	    "    The group includes Orvel Equities Inc, a brokerage firm, and "
	    "Tessaro Inc, an investment advisor.\n", "NEW YORK, June 1", NULL,
	    NULL, &t);
	assert_null(t.deal.acquirer);
	assert_false(has(t.deal.investors, t.deal.ninvestors, "Tessaro"));
	tags_release(&t);
}

/*
 * "Lennar Corp said it completed the previously announced acquisition of
 * Development Corp of America <DCA>": the name before a ticker stopped at
 * "of", so the company was "America", a place, and the deal had no
 * target; a suffix, "of" and a state, a province, America or Canada are
 * one name ("Public Service Co of New Mexico"), but not a country a
 * company is from ("Hitachi Ltd of Japan").
 */
static void test_suffix_of_place_name(void **state)
{
	(void)state;
	struct tags t;
	run("LENNAR <LEN> COMPLETES ACQUISITION",
	    "Lennar Corp said it completed the previously announced "
	    "acquisition of Kestrel Corp of America <KCA>.\n", "MIAMI, June 1",
	    NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Corp of America");
	tags_release(&t);
	run("ORVEL <ORV> IN TALKS",
	    "Orvel Corp said it held talks with Kestrel Ltd of Japan <KSTJ> "
	    "on a joint venture.\n", "NEW YORK, June 1", NULL, NULL, &t);
	assert_false(has(t.companies, t.ncompanies, "Kestrel Ltd of Japan"));
	tags_release(&t);
	/* (nor a city's, nor Canada's: "Kestrel Ltd of Canada" is a
	 * Canadian company, as far as the words go) */
	run("ORVEL <ORV> TO BUY KESTREL",
	    "Orvel Corp said it agreed to buy Kestrel Ltd of Canada <KSTL.TO> "
	    "for 40 mln dlrs.\n", "TORONTO, June 1", NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
	run("ORVEL <ORV> TO BUY KESTREL",
	    "Orvel Corp said it agreed to buy Kestrel Inc of London <KSTL> for "
	    "40 mln dlrs.\n", "NEW YORK, June 1", NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/*
 * "Equity closes Sh10.2bn purchase of Congo's oldest bank": a bare
 * "Congo" in today's deal news is the Democratic Republic (the
 * gazetteer's CD, with "DRC" and "Congolese"), the Republic of the Congo
 * being "Republic of Congo" or "Congo-Brazzaville"; before 1997, when the
 * other was Zaire, a bare "Congo" was the Republic's ("CONOCO FINDS OIL
 * OFFSHORE CONGO", 1987).
 */
static void test_congo_by_era(void **state)
{
	(void)state;
	struct tags t;
	const char *body = "Kenya's Kestrel Group has completed its purchase of "
			   "a 66.5% stake in Orvel Bank, the oldest bank in "
			   "Congo, for $95 million.\n";
	run_date = "2020-08-03T00:00:00Z";
	run("Kestrel closes purchase of Congo's oldest bank", body, NULL, NULL,
	    NULL, &t);
	assert_true(has_country(&t, "CD"));
	assert_false(has_country(&t, "CG"));
	tags_release(&t);
	run_date = "1987-03-02T00:00:00Z";
	run("KESTREL BUYS CONGO BANK", body, NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "CG"));
	assert_false(has_country(&t, "CD"));
	tags_release(&t);
	/* (and today, in a story that names only the Republic or its
	 * capital; "Congo Republic" is the Republic) */
	run_date = "2020-08-03T00:00:00Z";
	run("Kestrel buys stake in Congo oil block",
	    "Kestrel Energy has agreed to buy a 20% stake in an offshore oil "
	    "block in Congo from Orvel Oil for $50 million, the Brazzaville "
	    "government said.\n", NULL, NULL, NULL, &t);
	assert_true(has_country(&t, "CG"));
	assert_false(has_country(&t, "CD"));
	tags_release(&t);
	run("Kestrel buys stake in Congo Republic oil block",
	    "Kestrel Energy has agreed to buy a 20% stake in an offshore oil "
	    "block in Congo Republic from Orvel Oil for $50 million.\n", NULL,
	    NULL, NULL, &t);
	assert_true(has_country(&t, "CG"));
	assert_false(has_country(&t, "CD"));
	tags_release(&t);
	run_date = NULL;
}

/*
 * "SocGen agrees to sell Egyptian unit to QNB", the lead's "Societe
 * Generale has agreed to sell its 77.2 percent stake in National Societe
 * Generale Bank (NSGB) ... to Qatar National Bank": a headline's buyer
 * written as the initials of the lead's ("QNB" of "Qatar National Bank")
 * is the same company, so the lead's deal completes the headline's with
 * what it left out, the company sold and its seller.
 */
static void test_headline_initials_same_party(void **state)
{
	(void)state;
	struct tags t;
	run("SocOrv agrees to sell Egyptian unit to KNB for about $2 bln",
	    "Societe Orvel has agreed to sell its 77.2 percent stake in Tessaro "
	    "Bank (TSB), Egypt's second-largest private-sector bank, to "
	    "Kestrel National Bank for about $2 billion, the French bank said "
	    "on Sunday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tessaro Bank");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Societe Orvel");
	tags_release(&t);
	/* (a legal form after the name is no initial) */
	run("SocOrv agrees to sell Egyptian unit to KNB for about $2 bln",
	    "Societe Orvel has agreed to sell its 77.2 percent stake in Tessaro "
	    "Bank (TSB) to Kestrel National Bank PLC for about $2 billion, "
	    "the French bank said on Sunday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tessaro Bank");
	tags_release(&t);
}

/*
 * "Galiano completes purchase of Gold Fields' 45% Asanko stake": after
 * an owner's possessive, the share, then the company held, then the
 * holding's noun with no "in" after it: the owner sells its holding in
 * that company, as "Y's 45% stake in Z" already read.
 */
static void test_owner_share_name_stake(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy Orvel's 45% Tessaro stake for $100 million",
	    "Kestrel Corp agreed to buy Orvel Ltd's 45% Tessaro stake for $100 "
	    "million.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Tessaro");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel");
	tags_release(&t);
}

/*
 * "Hypera's board unanimously rejects EMS merger proposal", "Teck rejects
 * Glencore's unsolicited merger proposal": a company the sentence opens
 * with turns down a bid or a proposal written with the bidder's name; the
 * bidder buys, the subject is bid for (a merger proposal too); and an
 * Italian name's "dei" is a particle inside it ("Monte dei Paschi").
 */
static void test_rejected_bid_sides(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel's board unanimously rejects Orvel merger proposal",
	    "Kestrel Resources Ltd said on Monday its board had turned down the "
	    "approach, saying it undervalued the company. Orvel Plc said it "
	    "would consider its options.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Resources");
	tags_release(&t);
	run("Kestrel rejects Monte dei Orvel's takeover offer",
	    "Kestrel Resources Ltd said on Monday its board had turned down the "
	    "approach. Monte dei Orvel said it would consider its options.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Monte dei Orvel");
	tags_release(&t);
}

/* An IPO's exchange is where the shares trade, no party: the company the
 * headline speaks of goes public ("Debuts on IDX", "prices Nasdaq IPO"). */
static void test_ipo_venue_no_target(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Nickel Debuts on IDX After Rp10 Trillion IPO",
	    "PT Kestrel Nickel Tbk made its debut on the Indonesia Stock "
	    "Exchange (IDX) on Wednesday after raising Rp10 trillion (US$672 "
	    "million) in an initial public offering.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Nickel");
	tags_release(&t);
	run("Orvel prices Nasdaq IPO above range, raises $424m",
	    "Tel Aviv-based beauty company Orvel Tech priced its initial public "
	    "offering at $35 per share, raising $424 million. The shares began "
	    "trading on the Nasdaq on Wednesday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Tech");
	assert_false(has(t.companies, t.ncompanies, "Nasdaq"));
	tags_release(&t);
	/* (an exchange's own IPO: its name is no venue for ending in
	 * "Bourse") */
	run("Kestrel Bourse prices IPO at 50 dirhams",
	    "Kestrel Bourse priced its initial public offering at 50 dirhams "
	    "a share.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Bourse");
	tags_release(&t);
}

/* "X, the insurance arm of Y, priced its IPO": the sentence's subject is
 * the name it opens with, not the owner its apposition names; a dateline
 * whose place has a capital outside ASCII ("SÃO PAULO -") is cut from the
 * lead as any other. */
static void test_apposed_owner_not_subject(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Seguros prices IPO",
	    "Kestrel Seguros, the insurance arm of state-owned lender Banco "
	    "Orvel, priced its initial public offering at R$ 9.67 per share, "
	    "raising about R$ 5 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Seguros");
	tags_release(&t);
	run("Kestrel Seguros estreia na B3 após IPO de R$ 5 bilhões",
	    "SÃO PAULO - Kestrel Seguros, the insurance arm of state-owned "
	    "lender Banco Orvel, priced its initial public offering at R$ 9.67 "
	    "per share, raising about R$ 5 billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Seguros");
	assert_true(has(t.companies, t.ncompanies, "Kestrel Seguros"));
	tags_release(&t);
	/* (the opening name's own verb: "X, a unit of Y, agreed to buy") */
	run("Deal", "Orvel Ltd, a unit of Kestrel Group, agreed to buy Zenith "
	    "Corp for $500 million.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvel");
	tags_release(&t);
	/* (not a person's apposition: "it" is the company's) */
	run("Kestrel raises $50 mln",
	    "Jane Doe, the founder of Kestrel Inc, said it raised $50 million "
	    "in a round led by Orvel Ventures.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel");
	tags_release(&t);
}

/* A deal that reports no investors lists no investor's role, nor a
 * company from one: an IPO's "banker Joao Orvel, who sold Pactual to
 * Zenith Bank". */
static void test_ipo_no_investor_roles(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Pactual raises R$3.2 billion in São Paulo IPO",
	    "SÃO PAULO - Investment bank Kestrel Pactual priced its initial "
	    "public offering at R$30.50 per unit, raising about R$3.2 billion, "
	    "according to a securities filing on Wednesday.\n\n"
	    "Kestrel Pactual is controlled by banker Joao Orvel, who sold "
	    "Pactual to Zenith Bank in 2006 and then bought it back three years "
	    "later.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.ninvestors, 0);
	for (size_t i = 0; i < t.deal.nroles; i++)
		assert_int_not_equal(t.deal.roles[i].role, ROLE_INVESTOR);
	assert_false(has(t.companies, t.ncompanies, "Joao Orvel"));
	tags_release(&t);
}

/* "X completes purchase of Y's Polish assets", "Z to buy Y's delivery
 * arm": the owner of a part described by its place or called an arm
 * sells it, the part is bought. */
static void test_owner_place_assets_arm(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel completes purchase of Orvel's Polish assets for PLN 4.5 bln",
	    "The deal was announced on Monday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Polish assets");
	tags_release(&t);
	run("Kestrel to buy Orvel's grocery and food delivery arm for $700M",
	    "The deal was announced on Monday.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "grocery and food delivery arm");
	tags_release(&t);
}

/* "The Swiss company that makes ... Orvel's vaccine is selling its
 * chemicals arm": the company of a relative clause after a described
 * subject sells nothing; the next sentence, naming the sides of a sale,
 * tells the deal. */
static void test_described_subject_relative_clause(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel verkauft Spezialchemie an Zenith und Borel",
	    "BASEL - The Swiss company that makes the active ingredient of "
	    "Orvel's Covid-19 vaccine is selling its chemicals unit. Kestrel "
	    "Group has agreed to sell its Specialty Ingredients business to "
	    "private equity firms Zenith Capital and Borel for an enterprise "
	    "value of CHF 4.2 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Zenith Capital");
	tags_release(&t);
	/* the first sentence alone: no seller */
	run("Chemicals arm for sale",
	    "BASEL - The Swiss company that makes the active ingredient of "
	    "Orvel's Covid-19 vaccine is selling its chemicals unit.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* (the clause's company right before the verb) */
	run("Paint unit for sale",
	    "The Swiss company that owns Orvel is selling its paint unit.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* (not another deal the next sentence tells) */
	run("Kestrel sells unit",
	    "The Swiss company that makes the active ingredient of Orvel's "
	    "vaccine is selling its chemicals unit. Separately, Zenith Corp "
	    "agreed to sell its paint unit to Borel Inc for $1 billion.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "Singapore-based Kestrel said it ...": a describer the sentence opens
 * with ("X-based", "X-backed") is no name; the name after it, past words
 * in lower case, is the sentence's subject. */
static void test_describer_opening_subject(void **state)
{
	(void)state;
	struct tags t;
	run("Deal talks",
	    "Singapore-based Kestrel said it agreed to buy Orvel Corp.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_false(has(t.companies, t.ncompanies, "Singapore-based"));
	tags_release(&t);
	run("Orvel raises $100 mln",
	    "Sofia-based fintech Orvel said it has raised $100 million in a "
	    "round led by Kestrel Partners.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_FUNDING);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	assert_false(has(t.companies, t.ncompanies, "Sofia-based"));
	tags_release(&t);
}

/* "raises HK$31b in Hong Kong's biggest listing", "Kestrel float raises
 * $5.7bn": money raised in a listing or a float is an IPO, not an
 * investment by the story's other companies; a raise before a listing to
 * come is not. */
static void test_raise_in_listing_ipo(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel raises HK$31b in Hong Kong's biggest listing in three years",
	    "Kestrel Appliances Ltd raised HK$31 billion in its Hong Kong "
	    "listing after pricing its shares at HK$54.80 each. Cornerstone "
	    "investors included Orvel Capital.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Kestrel Appliances");
	assert_null(t.deal.acquirer);
	tags_release(&t);
	run("Kestrel float raises $5.7bn as institutions pay $2.15 a share",
	    "Kestrel Private Ltd raised $5.7 billion from its float after "
	    "institutions paid $2.15 a share. Orvel Corp sold shares too.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
	run("Kestrel raises $50m ahead of planned listing",
	    "Kestrel Labs Inc said it raised $50 million from Orvel Capital "
	    "ahead of a planned listing.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
	run("Kestrel raises $60m in private round after failed listing",
	    "Kestrel Labs Inc raised $60 million from Orvel Capital after its "
	    "failed listing.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
	run("Kestrel raises $50m in round led by Orvel; listing in two years",
	    "Kestrel Labs Inc raised $50 million in a round led by Orvel "
	    "Ventures and said it could seek a listing in two years.\n",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
}

/* "The stake was bought from Belgian businessman Joao Orvel", "It is
 * being sold by Orvel Holdings": a passive sentence after the deal's,
 * whose subject is what is bought, names the seller the deal's sentence
 * left out. */
static void test_passive_seller_next(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel closes purchase of Zenith Bank",
	    "Kestrel Group Ltd has completed its purchase of 66.5% of Zenith "
	    "Bank for $95 million. The stake was bought from Belgian "
	    "businessman Joao Orvel and his family.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Joao Orvel");
	tags_release(&t);
	run("Kestrel to buy Zenith Logistics for $1.2 billion",
	    "Kestrel Ports said on Sunday it agreed to buy Zenith Logistics "
	    "for $1.2 billion. The company will be bought from Orvel Capital, "
	    "a private credit firm.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel Capital");
	tags_release(&t);
	/* (not the buyer's own purchase told again) */
	run("Kestrel to buy Zenith Logistics for $1.2 billion",
	    "Kestrel Ports said on Sunday it agreed to buy Zenith Logistics "
	    "for $1.2 billion. The company was bought by Kestrel Ports after "
	    "a long auction.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* (an owner of the past: the sale's year and other party) */
	run("Kestrel to buy Zenith Logistics",
	    "Kestrel Ports agreed to buy Zenith Logistics for $1.2 billion. "
	    "It was sold by Orvel Group to Borel Capital in 2010.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* (the seller's own history after a comma is no past sale) */
	run("Kestrel closes purchase of Zenith Bank",
	    "Kestrel Group Ltd has completed its purchase of 66.5% of Zenith "
	    "Bank for $95 million. The shares were bought from Belgian "
	    "businessman Joao Orvel, whose family has controlled the bank "
	    "since 2009.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Joao Orvel");
	tags_release(&t);
}

/* A partnership told with no word of its state ("will form a new
 * partnership", "has launched ... as a joint venture with") is one its
 * partners agreed, not a proposal: no one bids for a partnership. */
static void test_partnership_default_agreed(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel and Orvel form shipping partnership",
	    "Kestrel Corp and Orvel Inc will form a new long-term operational "
	    "partnership on container routes.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel, Orvel launch electric vehicle venture",
	    "Kestrel Corp has launched an electric vehicle brand as a joint "
	    "venture with Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* (a venture still a plan stays proposed) */
	run("Kestrel, Orvel plan joint venture",
	    "Kestrel Corp and Orvel Inc plan to form a joint venture to make "
	    "batteries.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Kestrel, Orvel may team up on cloud gaming",
	    "Kestrel Corp and Orvel Inc may team up on cloud gaming, a report "
	    "said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Kestrel, Orvel dissolve partnership",
	    "Kestrel Corp and Orvel Inc said they dissolved their joint "
	    "venture.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "Treasurer Joe Kestrel has blocked the sale", then "Kestrel blocks
 * Chinese bids for Orvel": a state's official the story titles so rules
 * on a deal and takes no side in it. */
static void test_official_no_side(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel blocks Chinese bids for Orvel Grid on security grounds",
	    "Treasurer Joe Kestrel has blocked the $10 billion lease of power "
	    "network Orvel Grid to two Chinese bidders, citing national "
	    "security concerns.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.acquirer == NULL ||
		    strcmp(t.deal.acquirer, "Kestrel") != 0);
	assert_false(has(t.companies, t.ncompanies, "Kestrel"));
	tags_release(&t);
	/* (a company's president is no state's official) */
	run("Kestrel buys Orvel",
	    "President Joe Zenith said Kestrel Corp agreed to buy Orvel Inc "
	    "for $50 million.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	/* (a company named after an official's surname) */
	run("Johnson & Johnson to buy Orvel",
	    "Johnson & Johnson agreed to buy Orvel Inc for $2 billion, the "
	    "companies said. Senator Ron Johnson praised the deal.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Johnson & Johnson");
	tags_release(&t);
}

/* "Commerce Commission declines Kestrel-Orvel merger", "Court halts
 * Kestrel's takeover of Orvel", a treasurer's "says no to ... bid": an
 * authority that refuses a deal blocks it; not a company's board, not a
 * court the sentence names elsewhere, not a refusal of a refusal. */
static void test_authority_refusal_blocked(void **state)
{
	(void)state;
	struct tags t;
	run("Commerce Commission declines Kestrel-Orvel merger",
	    "New Zealand's Commerce Commission has declined to clear the "
	    "proposed merger of Kestrel Media and Orvel Corp.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Court halts Kestrel's Sh240 billion Orvel takeover",
	    "A court has suspended Kestrel Group's planned takeover of Orvel "
	    "Airport Holdings pending a hearing.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	/* (a company's board says no as a company) */
	run("Orvel board rejects Kestrel's unsolicited tender offer",
	    "Orvel Corp's board said it rejected the tender offer launched by "
	    "Kestrel Inc last week.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	/* (a refusal of a plea against the deal) */
	run("Court rejects appeal against Kestrel-Orvel merger",
	    "A court rejected an appeal by holders against the merger of "
	    "Kestrel Inc and Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	/* (not the deal the verb refuses: a comment, a trading halt) */
	run("Regulator declines comment on Kestrel takeover of Orvel",
	    "Kestrel Corp agreed to buy Orvel Inc for $500 million on "
	    "Monday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Court halts Kestrel shares trading after merger",
	    "Kestrel Corp completed its merger with Orvel Inc on Monday.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	/* (a business's "agency", and "says no" to something else) */
	run("Travel agency rejects Orvel's $200 million takeover bid",
	    "Kestrel Travel Inc said its board rejected the unsolicited offer "
	    "from Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Treasurer says no decision yet on Kestrel bid for Orvel",
	    "Treasurer Joe Walsh said no decision had been made on Kestrel "
	    "Corp's $2 billion bid for Orvel Ltd.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
}

/* "Kestrel buys into Orvel's offshore wind farms", "to buy half of
 * Orvel": a part short of control bought is a stake; not when the lead
 * gives a majority ("BUYS INTO ORVEL", then "acquired a 51 pct
 * interest"). */
static void test_buy_into_half_stake(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL BUYS INTO DANISH DAIRY PRODUCT FIRM",
	    "Kestrel Corp said it bought into Orvel Dairy Farms A/S, a Danish "
	    "maker of dairy products, for an undisclosed sum.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("Kestrel to buy half of Orvel Corner in P2.5-B deal",
	    "Kestrel Pizza Ventures Inc will buy half of Orvel Corner for "
	    "P2.5 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("KESTREL BUYS INTO HELICOPTER BUILDER",
	    "Kestrel Aircraft Corp said it has acquired a 51 pct interest in "
	    "privately-owned Orvel Helicopter Inc for an undisclosed amount "
	    "of stock.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	/* (not a market, a mood or a plan bought into; not control told
	 * in the lead; not a thing of the company's) */
	run("Kestrel buys into U.S. market with $2 billion Orvel deal",
	    "Kestrel Corp said on Monday it agreed to acquire all of Orvel Inc "
	    "for $2 billion in cash.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel buys into Orvel", "Kestrel Corp said it bought 65 per "
	    "cent of Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel buys half of Orvel",
	    "Kestrel Corp bought half of Orvel Ltd from Borel Group. It had "
	    "owned the other half since 2015.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel to buy half of Orvel's oil output",
	    "Kestrel Corp agreed to buy half of Orvel Energy's oil output for "
	    "ten years.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
}

/* "Chr. Hansen", "Wilh. Wilhelmsen": a European first name shortened
 * inside a firm's name ends no sentence, as "Wm." and "Jos." do not. */
static void test_shortened_first_name_firm(void **state)
{
	(void)state;
	struct tags t;
	run("Chr. Kestrel sells natural colours division to Orvel for €800m",
	    "Chr. Kestrel Holding A/S has agreed to sell its natural colours "
	    "division to private equity firm Orvel for €800 million.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Chr. Kestrel");
	tags_release(&t);
	run("Wilh. Kestrel buys Orvel",
	    "Wilh. Kestrel Holding ASA said it agreed to buy Orvel Shipping AS "
	    "for NOK 2 billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Wilh. Kestrel");
	tags_release(&t);
}

/* "Novozymes A/S and Kestrel Holding A/S", "Orvel A/S": the Danish and
 * Norwegian suffix written with its slash is a suffix, as "ASA" is, so
 * it ends a name and is left out of it. */
static void test_slash_suffix_as(void **state)
{
	(void)state;
	struct tags t;
	run("Deal", "Zenith A/S and Kestrel Holding A/S said they agreed to "
	    "merge.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Zenith"));
	assert_true(has(t.companies, t.ncompanies, "Kestrel"));
	assert_false(has(t.companies, t.ncompanies, "S and Kestrel"));
	tags_release(&t);
	run("Kestrel buys Orvel", "Kestrel A/S agreed to buy Orvel A/S for "
	    "DKK 2 billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
}

/* A headline's offer or motive ("in cash-and-share offer", "as chipmaker
 * seeks turnaround") is no bid when the lead's first sentence, past its
 * dateline, says the deal is agreed in so many words; a headline's bid
 * the lead tells as a bid stays proposed. */
static void test_lead_agreed_over_headline_offer(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy Orvel for EUR7.8 billion in cash-and-share offer",
	    "PARIS (Reuters) - French payments company Kestrel agreed on "
	    "Monday to buy rival Orvel in a cash-and-shares deal valuing it "
	    "at 7.8 billion euros.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel to invest $2 billion in Orvel as chipmaker seeks turnaround",
	    "Kestrel Group has agreed to invest $2 billion in Orvel Corp, "
	    "buying common stock in the struggling chipmaker at $23 per "
	    "share.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* (a bid the lead tells as a bid, or a condition, is proposed) */
	run("KESTREL HOLDINGS BIDS 542.2 MLN STG FOR ORVEL",
	    "Industrial holding company Kestrel Holdings Plc said it was "
	    "bidding 542.2 mln stg for the ordinary shares of packaging "
	    "group Orvel Plc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("KESTREL PREPARED TO TENDER FOR ORVEL <ORV>",
	    "Investor Paul Kestrel said if Orvel Stores Inc enters into a "
	    "merger accord with him he will immediately begin a tender offer "
	    "for 7.5 mln shares for 20 dlrs per share in cash.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	/* (an agreement denied, another deal's or a bid's is no agreement) */
	run("Kestrel makes $2 billion offer for Orvel",
	    "Orvel Inc's board has not agreed to a takeover by Kestrel "
	    "Corp, which offered $2 billion on Monday.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Kestrel bids $2 billion for Orvel",
	    "Kestrel Corp, which agreed last month to buy Zenith Inc, "
	    "said on Monday it offered $2 billion for Orvel Inc.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "Kestrel Corp has agreed to make a $2 billion offer for "
	    "Orvel Inc if Orvel's board backs it.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_PROPOSED);
	tags_release(&t);
	/* (a report of an agreement, one sought, of the past or conditional) */
	run("Kestrel bids $2 billion for Orvel",
	    "Orvel Inc rejected reports that its board agreed to a "
	    "takeover by Kestrel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel offers $2 billion for Orvel",
	    "Kestrel Corp is seeking an agreement to buy Orvel Inc for "
	    "$2 billion.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel offers $2 billion for Orvel",
	    "Kestrel Corp did not say if its board had already agreed "
	    "to buy Orvel Inc for $2 billion.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* (the commonest ways to say agreed) */
	run("Kestrel bids for Orvel",
	    "Kestrel Corp said it entered into an agreement to buy "
	    "Orvel Inc for $40 a share in cash.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "Kestrel Corp said its board and Orvel's board have agreed "
	    "to a deal to buy Orvel Inc for $40 a share.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
}

/* "to buy German car electronics maker BHTC": a goods word ("car", "jet")
 * with one more word of the trade before the maker's noun describes the
 * business bought, as "car maker" does; goods bought stay a look-alike. */
static void test_goods_trade_two_words(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy German car electronics maker Orvel for 600 million "
	    "euros",
	    "Taiwanese display panel maker Kestrel Corp said Tuesday it will "
	    "acquire Orvel GmbH, a German supplier of vehicle climate control "
	    "systems, for 600 million euros.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	/* (the cars themselves bought are goods) */
	run("Kestrel to buy 500 electric cars from Orvel",
	    "Kestrel Taxi Corp will buy 500 electric cars from Orvel Motors "
	    "for its fleet.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (goods counted are goods) */
	run("Kestrel Rental to buy 10,000 cars direct manufacturer says",
	    "Kestrel Rental will buy 10,000 cars from Orvel Motors, the "
	    "manufacturer said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* "to buy the 67 percent of Orvel held by Zenith Holdings": the holding
 * bought is "held", "owned" or "controlled" by its seller, in the deal's
 * sentence or one of the next two that tells the purchase; not an
 * apposition after a comma that says who owns the target. */
static void test_held_by_seller(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel walks away from Orvel deal",
	    "Kestrel Group Holdings said on Friday it had let its agreement to "
	    "buy a controlling stake in Orvel Bank lapse. Kestrel had agreed "
	    "in April last year to buy the 67 percent of Orvel held by Zenith "
	    "Financial Holdings, a unit of a state investor, for about $4.9 "
	    "billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Zenith Financial");
	tags_release(&t);
	run("Kestrel buys Orvel stake",
	    "Kestrel Ltd said it completed its purchase of Orvel Energy's "
	    "shares held by Zenith Holdings Ltd for undisclosed terms.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Zenith");
	tags_release(&t);
	/* (an apposition after a comma tells what the target is) */
	run("Kestrel to buy Orvel",
	    "Kestrel Corp agreed to buy Orvel Inc, 52 pct owned by Zenith "
	    "Corp, for 40 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* (a holding denied, a company described or the buyer's own unit names no seller) */
	run("Kestrel offers to buy rest of Orvel",
	    "Kestrel Corp offered to buy all Orvel Inc shares not "
	    "already owned by its subsidiary Zenith Holdings.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Kestrel takes 5% stake in Orvel Bank",
	    "Kestrel Group bought a 5 pct stake in Orvel Bank "
	    "controlled by Zenith Holdings on the open market.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Kestrel raises Orvel stake",
	    "Kestrel Corp bought more Orvel Inc shares to lift the "
	    "stake held by its unit Zenith Holdings to 30 pct.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* (a holder of the past or one left out) */
	run("Kestrel to buy Orvel stake",
	    "Kestrel Corp agreed to buy the 20 pct stake in Orvel Inc "
	    "formerly held by Zenith Ltd for $200 mln.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Kestrel to buy Orvel shares",
	    "Kestrel Corp agreed to buy all Orvel Inc shares other than "
	    "those held by Zenith Ltd for $20 each.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
}

/* "Kestrel's sale to Orvel dies as deadline passes", "The deal ... is
 * dead": a deal's death, when a deal's word is the clause's subject; not
 * a person's ("its founder died in 2010"). */
static void test_deal_dies(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel's sale to Orvel Capital dies as deadline passes",
	    "The $8.6 billion deal for broadcaster Kestrel to be acquired by "
	    "Orvel Capital is dead. Kestrel said Monday that the merger "
	    "agreement had lapsed.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel to buy Orvel for $40 million",
	    "Kestrel Corp has agreed to buy Orvel Inc, whose founder died in "
	    "2010, for $40 million.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* (a person's death, a deal's maker or a spree, talk dying down, a death denied) */
	run("Kestrel chairman who led Orvel takeover dies at 85",
	    "Joe Kestrel, who led Kestrel Corp's 1998 acquisition of "
	    "Orvel Inc, died on Sunday at 85.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel buys Orvel; takeover king Doe dies",
	    "Kestrel Corp completed its purchase of Orvel Inc for $40 "
	    "million on Friday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Kestrel agrees Orvel buyout as merger talk dies down",
	    "Kestrel Corp agreed to buy Orvel Inc for $40 million, "
	    "ending months of speculation.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Kestrel says Orvel deal not dead",
	    "Kestrel Corp said its agreed $2 billion takeover of Orvel "
	    "Inc is not dead despite regulatory delays.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* (a death past a colon, a dash or "as", or of a deal of a year past) */
	run("Kestrel takeover of Orvel: founder Doe dies at home",
	    "Orvel Inc founder John Doe, whose company Kestrel Corp "
	    "agreed to buy for $2 billion, has died.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel deal for Orvel stalls as chairman dies",
	    "Kestrel Corp's $2 billion deal to buy Orvel Inc has "
	    "stalled after Orvel's chairman died.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel reopens talks with Orvel",
	    "Kestrel Corp reopened talks to buy Orvel Inc. A 2019 deal "
	    "between the two died over price.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	/* (a deal of this year dies) */
	run("Kestrel's 2025 deal for Orvel dies as regulators balk",
	    "Kestrel Corp's 2025 deal to buy Orvel Inc died on Monday "
	    "after regulators refused to clear it.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/* "The Commerce Commission has declined to clear Kestrel's proposed
 * acquisition", "Commission says no to wool scouring merger": a refusal
 * whose "to" is its own ("declined to clear") or whose deal is described
 * by words in lower case is an authority's block; a refusal of another
 * object ("declines comment on merger") is not. */
static void test_authority_declines_to_clear(void **state)
{
	(void)state;
	struct tags t;
	run("Commerce Commission says no to wool scouring merger",
	    "The Commerce Commission has declined to clear Kestrel Wool "
	    "Holdings' proposed acquisition of the wool scouring business of "
	    "Orvel Wool Services.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel Wool to buy Orvel scouring business",
	    "Kestrel Wool Holdings has agreed to buy the wool scouring "
	    "business of Orvel Wool Services. The Commerce Commission "
	    "declined comment on the merger.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* (a refusal of a thing the deal's word describes, or of deals in general) */
	run("Court says no to shareholder merger challenge",
	    "A Delaware court rejected a shareholder lawsuit seeking to "
	    "stop Kestrel Corp's agreed $2 billion acquisition of Orvel "
	    "Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	run("Regulator says no to foreign bank mergers",
	    "The central bank said Kestrel Bank's agreed acquisition of "
	    "Orvel Bank would be reviewed under new rules.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* (the deal's own nouns after its word) */
	run("Regulator refuses to clear Kestrel's merger proposal",
	    "The Commerce Commission has declined to clear Kestrel "
	    "Corp's proposed merger with Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
}

/* "sells power under the Orvel brand", "will sell a version of the
 * copier under the Kestrel name": goods sold under a brand are trade, no
 * business sold. */
static void test_sold_under_brand(void **state)
{
	(void)state;
	struct tags t;
	run("ORVEL <ORV> SIGNS AGREEMENTS WITH KESTREL",
	    "Orvel Corp said it signed a product supply agreement with "
	    "<Kestrel Corp> under which Kestrel will be the exclusive "
	    "manufacturer of Orvel full color copiers.\n"
	    "    In addition, the company said it signed a licensing agreement "
	    "under which Kestrel will sell a version of the Orvel copier under "
	    "the Kestrel name.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_null(t.deal.target);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* (a business sold, then its brand named, is still a sale) */
	run("Kestrel to sell Orvel unit to Zenith",
	    "Kestrel Corp agreed to sell its Orvel Foods unit to Zenith Inc "
	    "for $40 million.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
	/* (a company sold, or a sale to a buyer, under a name) */
	run("KESTREL TO SELL FRANCHISES UNDER ORVEL NAME TO ZENITH",
	    "Kestrel Inc said it will sell its 40 franchised outlets "
	    "under the Orvel name to Zenith Corp for 12 mln dlrs.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
	/* (a business that trades under the brand) */
	run("Kestrel sells restaurants trading under the Orvel brand to a consortium",
	    "Kestrel Corp sold its 200 restaurants trading under the "
	    "Orvel brand to a consortium of investors for $300 mln.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
	/* (goods sold through a channel are still goods) */
	run("Orvel to sell jeans in stores under Zenith brand",
	    "Orvel Corp will sell its jeans in department stores under "
	    "the Zenith brand from next year.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* A holding sold in a listing is the listing: "selling part of its
 * holding in a $685 million initial public offering", "will sell 25 pct
 * of state-owned Orvel Air to the public", "sell to the public its 47.42
 * pct holding"; hotels sold to the public through a partnership are no
 * holding. */
static void test_holding_sold_in_listing(void **state)
{
	(void)state;
	struct tags t;
	run("GOVERNMENT TO SELL 25 PCT OF ORVEL AIR",
	    "The New Zealand Government will sell 25 pct of state-owned "
	    "<Orvel Air Ltd> to the public, the minister said.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Air");
	tags_release(&t);
	run("Orvel Airlines returns to ASX as Kestrel sells down in $685m float",
	    "Orvel Airlines has returned to the sharemarket, with private "
	    "equity owner Kestrel Capital selling part of its holding in a "
	    "$685 million initial public offering.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_IPO);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("KESTREL <KES> TO SELL CANADIAN HOTELS",
	    "Kestrel Corp said it has created a limited partnership to sell "
	    "selected hotels in Canada to the public.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
	/* (a buyer named, a relative clause's float, another's IPO) */
	run("Kestrel sells 20% of Orvel to Public Investment Fund",
	    "Kestrel Corp sold a 20 pct stake in Orvel Inc to the "
	    "Public Investment Fund for $2 billion.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
	run("Kestrel to sell Orvel unit to Zenith",
	    "Kestrel Corp, which sold 30 pct of itself in a float last "
	    "year, agreed to sell its Orvel unit to Zenith Inc for $50 "
	    "million.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	tags_release(&t);
	/* (a stake bought in a listing, sold now) */
	run("Kestrel sells Orvel stake acquired in 2019 IPO",
	    "Kestrel Corp sold the 10 pct stake in Orvel Inc it "
	    "acquired in the 2019 IPO, it said.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_IPO);
	tags_release(&t);
}

/* A bid the lead calls a "voluntary" or "partial" offer (up to two of
 * the offer's words between: "pre-conditional partial offer", "voluntary
 * conditional offer", "voluntary partial tender offer") is a tender
 * offer, for control or for a stake, and the lead is read past a
 * dateline of its own ("SINGAPORE -"). */
static void test_voluntary_partial_offer(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel offers S$4.1b for control of Orvel Corp",
	    "SINGAPORE - Kestrel Holdings has made a pre-conditional partial "
	    "offer for an additional 30.55 per cent of Orvel Corporation at "
	    "$7.35 per share, which would lift its stake to 51 per cent.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	run("Kestrel bids for a fifth of baby formula maker Orvel",
	    "Kestrel is launching a partial takeover offer for up to 20 per "
	    "cent of Orvel Baby Food, a Shenzhen-listed maker of formula.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	/* (an offer with no such word stays an acquisition) */
	run("Kestrel offers $40 a share for Orvel",
	    "Kestrel Corp has offered $40 a share in cash for Orvel Inc, "
	    "valuing it at $2 billion.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	/* (an offer denied or another's; a partial bid) */
	run("Kestrel bids $5 billion for Orvel",
	    "Kestrel Corp offered $5 billion in cash for all of Orvel "
	    "Inc, and ruled out a partial offer.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel makes full bid for Orvel",
	    "Kestrel Corp bid $5 billion for all of Orvel Inc. Orvel "
	    "rejected a partial takeover offer from Zenith Ltd last "
	    "year.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel launches partial bid for 22.7% of Orvel",
	    "Kestrel Partners launched a partial bid for 22.7 pct of "
	    "Orvel SA.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	/* (an offer dropped, or for assets at an auction) */
	run("Kestrel says partial offer for Orvel off the table",
	    "Kestrel Ltd said a partial offer for Orvel Ltd was off the "
	    "table and it would instead buy the whole company.\n",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	run("Kestrel submits partial bid for Orvel assets",
	    "Kestrel Corp submitted a partial bid for the bankrupt "
	    "Orvel Inc's assets in a court auction.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
}

/* "X in talks with Y over Z stake": the headline names the parties, the
 * lead says who sells ("is in advanced talks to sell part of its holding
 * in Z to a consortium of Y") or who buys ("about a possible investment
 * in Z"); with no such word the other party is no buyer. */
static void test_talks_with_stake(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel in advanced talks with Orvel over Zenith Towers stake",
	    "LONDON (Reuters) - Kestrel is in advanced talks to sell part of "
	    "its holding in masts business Zenith Towers to a consortium led "
	    "by investment firm Orvel, the British group said.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Orvel");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Zenith Towers");
	tags_release(&t);
	run("Kestrel in talks with Orvel Group for stake in Zenith Spirits",
	    "British spirits giant Kestrel has confirmed it is in discussions "
	    "with Orvel Group about a possible investment in Zenith Spirits, "
	    "the country's largest liquor company.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Orvel");
	tags_release(&t);
	/* (another clause's verb decides nothing) */
	run("Kestrel in talks with Orvel over Zenith Towers stake",
	    "Kestrel is in talks with Orvel after Orvel said it would "
	    "sell its stake in Zenith Towers.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	run("Kestrel in talks with Orvel over Zenith stake",
	    "Kestrel Corp is in talks with Orvel Ltd that could take "
	    "weeks over the sale of its 30 pct stake in Zenith Inc.\n",
	    NULL, NULL, NULL, &t);
	assert_null(t.deal.seller);
	tags_release(&t);
	/* (raising a stake is buying) */
	run("Kestrel in talks with Orvel Group for stake in Zenith Spirits",
	    "Kestrel Plc is in talks with Orvel Group on raising its "
	    "stake in Zenith Spirits Ltd.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	/* (raising capital by selling a stake is selling) */
	run("Orvel in talks with Kestrel over stake",
	    "Orvel Corp is in talks with Kestrel Capital about raising "
	    "new capital by selling it a 20 pct stake.\n",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.seller == NULL || strcmp(t.deal.seller, "Kestrel") != 0);
	tags_release(&t);
}

/* "has built a stake of about $1.9 billion in": a holding built is one
 * held, the deal done; not what else is built. */
static void test_built_stake_completed(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel takes $1.9 billion stake in Orvel Airlines",
	    "Activist investor Kestrel Investment Management has built a stake "
	    "of about $1.9 billion in Dallas-based Orvel Airlines and is "
	    "pushing for a shake-up at the top of the carrier.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	/* (a holding believed, of the past or reported) */
	run("Kestrel eyes stake in Orvel",
	    "Kestrel Corp could have built a stake of about $1 billion "
	    "in Orvel Inc by June, sources said.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Kestrel sells stake in Orvel",
	    "Kestrel Corp, which built its stake in Orvel Inc over a "
	    "decade, is in talks to sell it to Zenith Inc.\n",
	    NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	/* (a company's own statement, a relative clause about the target) */
	run("Kestrel builds stake in Orvel",
	    "Kestrel Capital said that it has built a 5.1 pct stake in "
	    "Orvel Corp, making it the largest shareholder.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Kestrel builds stake in Orvel",
	    "Kestrel Capital has built a 5.1 pct stake in Orvel Corp, "
	    "which sources most of its cobalt from Congo.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/* "TO SELL BOND'S DELIVERY SERVICE": a security's word written as a
 * name's possessive owns what is sold, no bond; and "Completion is
 * subject to ... approval" tells the sale agreed, its completion ahead. */
static void test_possessive_security_word(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KES> TO SELL BOND'S DELIVERY SERVICE",
	    "Kestrel Industries said contracts have been exchanged for the "
	    "sale of Bond's Delivery Service to Orvel Holdings PLC for about "
	    "6.0 mln dlrs in cash.\n"
	    "    Completion is subject to Orvel shareholder approval.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Bond's Delivery Service");
	assert_int_equal(t.deal.status, STATUS_AGREED);
	tags_release(&t);
	/* (the company's own bonds sold are still a look-alike) */
	run("KESTREL <KES> TO SELL BONDS",
	    "Kestrel Industries said it will sell 100 mln dlrs of ten-year "
	    "bonds.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (an instrument's own part or a plural's possessive is still a security) */
	run("KESTREL SELLS TREASURY'S BILLS",
	    "Kestrel Bank said it sold 2 billion dlrs of the Treasury's "
	    "bills to Zenith.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL TO SELL SECURITIES' PORTFOLIO",
	    "Kestrel Corp said it will sell its securities' portfolio "
	    "to Zenith Bank for 300 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/* Naming, broadcast or kit rights bought or sold are a sponsorship or a
 * broadcaster's contract, no business; product or technology rights
 * bought are a business's part. */
static void test_media_rights_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Bank buys naming rights to Orvel Centre in $800M deal",
	    "Orvel Sports and Entertainment announced Tuesday that Kestrel "
	    "Bank had acquired the naming rights to the downtown arena, which "
	    "will become Kestrel Arena.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL <KES> UNIT BUYS TECHNOLOGY",
	    "Kestrel Co said its Kestrel Chemical unit acquired the exclusive "
	    "worldwide rights to the methyl methacrylate technology of Orvel "
	    "Inc for 20 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	/* (a company named with the words, or a rights business, is a business) */
	run("Kestrel to buy Media Rights Capital",
	    "Kestrel Corp said it agreed to buy Media Rights Capital, "
	    "the Hollywood studio, for $500 mln.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel buys Orvel's TV rights business",
	    "Kestrel Corp said it bought the TV rights business of "
	    "Orvel Inc for $300 mln.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel acquires commercial rights to Orvel technology",
	    "Kestrel Corp acquired the worldwide commercial rights to "
	    "Orvel Inc's battery technology for $50 mln.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* A part the headline only describes ("Kestrel to buy Orvel's grocery
 * and food delivery arm") gives way to the name the lead gives it as its
 * deal's object, with an apposition that says it is a part ("Orvel Go,
 * the food and grocery delivery business of ..."); not the seller's own
 * name. */
static void test_part_apposed_named(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel to buy Orvel's grocery and food delivery arm for $700M",
	    "ISTANBUL - Kestrel Technologies has agreed to acquire Orvel Go, "
	    "the food and grocery delivery business of Turkey's largest "
	    "e-commerce platform Orvel, for $700 million in cash.\n",
	    NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Go");
	tags_release(&t);
	run("Kestrel completes purchase of 60% of Orvel Bank's London markets arm",
	    "Kestrel Bank has completed its purchase of a 60% stake in Orvel "
	    "Bank Plc, the London-based global markets business of Orvel "
	    "Bank Group, for $765m.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "markets arm");
	tags_release(&t);
	/* (another deal a relative clause tells, a person, a product, an owner) */
	run("Kestrel to buy Orvel's delivery arm",
	    "Kestrel, which last year acquired Zenith Foods, the snack "
	    "business of Tarrow Corp, said on Monday it would buy "
	    "Orvel's delivery arm for $400 million.\n", NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL || strcmp(t.deal.target, "Zenith Foods") != 0);
	tags_release(&t);
	run("Kestrel to buy Orvel's card business",
	    "Kestrel Financial agreed to buy the credit card business "
	    "from Zenith Holdings, the bank's parent, for $900 million.\n",
	    NULL, NULL, NULL, &t);
	assert_true(t.deal.target == NULL || strcmp(t.deal.target, "Zenith") != 0);
	tags_release(&t);
}

/* An M&A story that names no side at all, which the classifier takes
 * for one only by a hair, tells no deal. */
static void test_partyless_low_margin_no_deal(void **state)
{
	(void)state;
	struct tags t;
	run("OFFICIALS DISAGREE OVER COMPUTER SALES",
	    "Officials said the sale of the computers could be approved "
	    "within weeks, and a deal was near. The talks will continue next "
	    "week.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("REGULATOR SEES BENEFIT IN FUND MERGER",
	    "Officials said the sale of the computers could be approved "
	    "within weeks, and a deal was near.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (a deal with its sides stands) */
	run("KESTREL TO BUY ORVEL FOR 40 MLN DLRS",
	    "Kestrel Corp said it agreed to buy Orvel Inc for 40 mln dlrs.\n",
	    NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
}

/* The lead's first sentence that tells a headline's tender offer
 * succeeded is read past a dateline that stands as a sentence of its own
 * ("TOKYO --"): the deal is done. */
static void test_offer_succeeded_past_dateline(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel wins Orvel Chemical in $8.8bn tender offer",
	    "TOKYO -- Kestrel Denko said Tuesday that its tender offer for "
	    "Orvel Chemical had succeeded, giving the chemicals maker control "
	    "of a larger rival.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
}

/*
 * A product two companies launch together is no deal: "Airtel, Axis Bank
 * launch co-branded credit card in strategic tie-up"; a venture, a fund
 * or a deal beside it stands.
 */
static void test_product_launched(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel, Orvel Bank launch co-branded credit card in strategic tie-up",
	    "Kestrel Telecom and Orvel Bank launched a co-branded "
	    "credit card for Kestrel's 300 million mobile customers on "
	    "Monday, in a strategic partnership between the two "
	    "companies.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel launches 4G phone at $12 in partnership with Orvel",
	    "Kestrel Digital launched a 4G feature phone priced at $12 "
	    "in partnership with handset maker Orvel Ltd.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (a venture launched, a deal beside the product) */
	run("Kestrel, Orvel launch EV joint venture",
	    "Kestrel Corp and Orvel Ltd launched a 50-50 joint venture "
	    "to build electric vehicles in Thailand.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	run("Kestrel launches credit card, buys 20% of Orvel Bank",
	    "Kestrel Telecom bought a 20 pct stake in Orvel Bank for "
	    "$300 million and launched a credit card with it.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel Bank");
	tags_release(&t);
	/* (the review: a venture launched for a product, a product noun that describes another) */
	run("Kestrel, Orvel launch credit card joint venture",
	    "Kestrel Bank and Orvel Group said they will form a joint "
	    "venture to issue credit cards in India.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	run("Kestrel launches $500 million phone venture with Orvel",
	    "Kestrel Inc and Orvel Corp will set up a 50-50 joint "
	    "venture to make phones.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	run("Kestrel launches app store with Orvel partnership",
	    "Kestrel Inc and Orvel Corp said they formed a strategic "
	    "partnership to run an app store.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_PARTNERSHIP);
	tags_release(&t);
	/* (the second review: a product's kind after its noun ("wallet service", "phone plan")) */
	run("Kestrel launches digital wallet service in partnership with Orvel",
	    "Kestrel Inc said it had partnered with Orvel Bank on the "
	    "wallet.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel, Orvel launch phone plan in strategic partnership",
	    "Kestrel Telecom and Orvel Ltd said the plan costs 199 "
	    "rupees.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/*
 * Charities or universities that merge are no deal: "Two of the UK's
 * largest arthritis charities, Arthritis Research UK and Arthritis Care,
 * are to merge"; a bid for a nonprofit's control, a charity arm or a
 * university's endowment in a company's merger is one.
 */
static void test_nonbusiness_merger(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel Research and Orvel Care to merge",
	    "Two of the UK's largest arthritis charities, Kestrel "
	    "Research and Orvel Care, are to merge to create a single "
	    "organisation.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("Kestrel Tech, Orvel Medical complete merger",
	    "Kestrel Institute of Technology and Orvel Medical "
	    "University merged on Tuesday, combining two of the "
	    "country's leading national universities.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (a company's merger beside a charity arm) */
	run("Kestrel and Orvel to merge in $2 billion deal",
	    "Kestrel Corp and Orvel Inc agreed to merge in a $2 billion "
	    "all-share deal, and the combined company will keep Orvel's "
	    "charity arm.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	/* (a bid for a nonprofit's control) */
	run("Kestrel-led group offers $97 billion for control of Orvel",
	    "A group of investors led by Kestrel Capital offered $97 "
	    "billion to buy the nonprofit that controls Orvel, the "
	    "artificial intelligence company.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	/* (the review: the noun of whom the parties give to, serve or supply, or of their founder's posts) */
	run("Kestrel merges with Orvel, pledges $1m to charities",
	    "Kestrel Inc and Orvel Corp agreed to merge in an all-stock "
	    "deal, and said the combined company would donate $1 "
	    "million to charities.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	run("Kestrel, Orvel merge to form largest supplier to universities",
	    "Kestrel Supplies and Orvel Ltd agreed to merge, creating "
	    "the largest supplier to universities in Britain.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	run("Kestrel to merge with Orvel",
	    "Kestrel Inc, whose founder chairs several charities, "
	    "agreed to merge with Orvel Corp for $1.2 billion in stock.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	run("Kestrel to merge with Orvel",
	    "Kestrel Corp, a maker of equipment for universities, "
	    "agreed to merge with Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	/* (the second review: "operators of private colleges", a clause's verb before the noun) */
	run("Kestrel and Orvel to merge",
	    "Kestrel Inc and Orvel Corp, the two largest operators of "
	    "private colleges in Brazil, agreed to merge.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	run("Kestrel, Orvel agree $2 bln merger",
	    "Kestrel Inc and Orvel Corp agreed a $2 billion merger; "
	    "both firms sponsor universities.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	run("Kestrel and Orvel merge; combined group will support charities",
	    "Kestrel Inc and Orvel Corp agreed to merge in an all-stock "
	    "deal; the combined group will support charities.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	/* (the third review: a count as a verb's or a preposition's object) */
	run("Two universities' spinouts to merge",
	    "Kestrel Ltd and Orvel Ltd, spun out of two universities, "
	    "agreed to merge.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
	run("Kestrel, Orvel merge; combined firm to sponsor two universities",
	    "Kestrel Inc and Orvel Corp agreed to merge in a $2 billion "
	    "deal.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_MERGER);
	tags_release(&t);
}

/*
 * A body's quote is no bid: "trading at 29-1/2 bid, 29-7/8 bid"; a bid
 * for a company, or a headline's bid with its sum, is one.
 */
static void test_quote_bid(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL <KST> CAN'T EXPLAIN STOCK ACTION",
	    "Kestrel Inc said it can't account for the drop in its "
	    "stock price. The company's stock is currently trading at "
	    "29-1/2 bid, 29-7/8 bid. Yesterday it fell 4-1/4 to close "
	    "at 31.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (a bid for a company) */
	run("KESTREL <KST> MAKES BID FOR ORVEL",
	    "Kestrel Inc said it made a 45 bid for Orvel Corp, valuing "
	    "the company at about 300 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	/* (the review: a bid whose "for" follows past a comma) */
	run("ORVEL SAYS KESTREL APPROACHED IT",
	    "Orvel Inc said Kestrel Corp made a 42 bid, all in cash, "
	    "for each Orvel share.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	/* (the second review: a "for" with no name after it) */
	run("KESTREL TRADING",
	    "Kestrel Corp's stock closed at 7-1/4 bid, unchanged, for a "
	    "market value of 80 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL SHARES HALTED",
	    "Trading in Kestrel Corp shares was halted at 31 bid on the "
	    "American Stock Exchange, for reasons not disclosed.\n", NULL, NULL, NULL, &t);
	assert_null(t.deal.acquirer);
	tags_release(&t);
	/* (the third review: "for the company" makes a bid, a weekday does not) */
	run("ORVEL GETS NEW OFFER",
	    "Orvel Inc said Kestrel Corp made a 1987 bid for the "
	    "company that it rejected.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	run("KESTREL STOCK ACTIVE",
	    "Kestrel Corp's stock was quoted at 17 bid for Monday, the "
	    "Nasdaq said.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/*
 * A headline that names a post's holder, its verb right before the title
 * ("CUMMIN NAMED CHAIRMAN OF PHLCORP"), tells no deal, whatever stake
 * the body mentions as background; a headline with a deal word, a sum or
 * a share stands.
 */
static void test_named_post_headline(void **state)
{
	(void)state;
	struct tags t;
	run("DOE NAMED CHAIRMAN OF KESTREL <KST>",
	    "Kestrel Corp said its shareholders elected John Doe as "
	    "chairman. Doe is chairman of Orvel Corp, which bought a 39 "
	    "pct stake of Kestrel during its reorganization.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (a sum or a share, a deal word) */
	run("Kestrel to take 49% of Orvel for $14 billion, names CEO",
	    "Kestrel Inc will take a 49 pct stake in Orvel Corp for $14 "
	    "billion and named Orvel's founder to lead a new unit.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("Kestrel names chief executive, agrees to buy Orvel",
	    "Kestrel Inc named John Doe chief executive and agreed to "
	    "buy Orvel Corp for 40 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	/* (the review: a deal the lead tells with its sides stands) */
	run("Kestrel names director",
	    "Kestrel Inc said it named Ann Roe director. Kestrel agreed "
	    "on Monday to sell its Orvel unit to Basco Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	tags_release(&t);
	/* (the second review: the lead's deal of the past, or in a relative clause) */
	run("CUMMING NAMED CHAIRMAN OF PHLCORP",
	    "Ian Cumming was named chairman of PHLCorp Inc. Cumming is "
	    "also chairman of Leucadia National Corp. Leucadia bought a "
	    "39 pct stake in Baldwin-United Corp in 1986 during its "
	    "bankruptcy reorganization.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL NAMES CHAIRMAN",
	    "Kestrel Corp said it named John Doe chairman. Doe is "
	    "chairman of Basco Inc, which agreed last month to buy "
	    "Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (the third review: the lead's own deal of the company the headline names stands, whatever year it names) */
	run("KESTREL NAMES CHIEF EXECUTIVE",
	    "Kestrel Corp said on Monday it agreed to sell its Orvel "
	    "unit to Basco Inc, in a deal expected to close in 2026, "
	    "and named John Doe chief executive.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_DIVESTITURE);
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Kestrel");
	tags_release(&t);
}

/*
 * A headline about rules for deals in general tells no deal: a deal's
 * noun then a rule's ("SENATOR WANTS STRONGER AIR MERGER REGULATION"), or
 * a curbing verb then deals in the plural or foreign ones ("SEEKS TO BAR
 * FOREIGN TAKEOVERS"); one deal barred, a company named, is a deal.
 */
static void test_deal_rules_headline(void **state)
{
	(void)state;
	struct tags t;
	run("U.S. HOUSE PLAN SEEKS TO BAR FOREIGN TAKEOVERS",
	    "A House trade bill would let the president block foreign "
	    "takeovers of U.S. companies, such as Kestrel Corp's "
	    "proposed acquisition of Orvel Inc last month, on security "
	    "grounds.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("SENATOR WANTS STRONGER AIR MERGER REGULATION",
	    "Senator John Doe said the Transportation Department "
	    "approved too many airline mergers, such as Kestrel "
	    "Airlines' purchase of Orvel Air for 400 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (one deal barred) */
	run("REGULATOR MOVES TO BAR KESTREL'S TAKEOVER OF ORVEL",
	    "The Federal Trade Commission sued to block Kestrel Corp's "
	    "proposed 400 mln dlr acquisition of Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	/* (the review: a deal of its own beside the rule, a law firm, one foreign deal named) */
	run("ORVEL USES TAKEOVER LAW TO BLOCK KESTREL BID",
	    "Orvel Inc invoked the state's takeover law to block the 40 "
	    "dlr a share bid by Kestrel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("PANEL SAYS KESTREL BREACHED TAKEOVER CODE IN ORVEL BID",
	    "The Takeover Panel said Kestrel Plc breached the takeover "
	    "code in its 500 mln stg bid for Orvel Plc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel hires merger law firm for Orvel bid",
	    "Kestrel Inc hired a merger law firm to advise on its $1 "
	    "billion bid for Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("KESTREL TO BUY ORVEL DESPITE BAN ON FOREIGN TAKEOVERS",
	    "Kestrel Corp agreed to buy Orvel Inc for 300 mln dlrs.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("Kestrel raises borrowing limit for acquisitions, buys Orvel",
	    "Kestrel Inc raised its credit limit to fund acquisitions "
	    "and agreed to buy Orvel Corp for $300 million.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	tags_release(&t);
	run("CHINA BARS FOREIGN TAKEOVER OF ORVEL",
	    "China's regulator barred the planned takeover of Orvel Ltd "
	    "by Kestrel Corp of the United States.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
}

/*
 * A headline about a defence against takeovers ("SETS ANTI-TAKEOVER
 * PLAN") or a standstill ("FOOTHILL, SIERRITA IN STANDSTILL ACCORD": a
 * holder agrees not to buy more) tells no deal; one with a deal word of
 * its own beside it stands.
 */
static void test_deal_defence_headline(void **state)
{
	(void)state;
	struct tags t;
	run("KESTREL CHEMICAL <KST> SETS ANTI-TAKEOVER PLAN",
	    "Kestrel Chemicals Inc said its board adopted an "
	    "anti-takeover plan under which holders get rights to buy "
	    "stock if a person acquires 20 pct of the company.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL <KST>, ORVEL IN STANDSTILL ACCORD",
	    "Kestrel Group Inc said it reached a standstill agreement "
	    "with Orvel Resources Inc that bars Orvel from acquiring "
	    "more than a 30 pct interest in Kestrel. Orvel owns 24.7 "
	    "pct of Kestrel.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (a deal word of its own) */
	run("KESTREL <KST> AGREES TO BUY ORVEL, SETS STANDSTILL",
	    "Kestrel Inc said it agreed to buy Orvel Corp for 40 mln "
	    "dlrs and set a standstill with Orvel's largest holder.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	/* (the review: a tender or a stake beside the standstill or the defence) */
	run("KESTREL ENDS STANDSTILL, LAUNCHES TENDER FOR ORVEL",
	    "Kestrel Corp said it ended its standstill agreement with "
	    "Orvel Inc and launched a 30 dlr a share tender offer.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_TENDER);
	tags_release(&t);
	run("KESTREL TAKES 20 PCT OF ORVEL IN STANDSTILL PACT",
	    "Kestrel Corp said it acquired 20 pct of Orvel Inc under a "
	    "standstill pact.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_STAKE);
	tags_release(&t);
	run("ORVEL ADOPTS ANTI-TAKEOVER PLAN AGAINST KESTREL TENDER",
	    "Orvel Inc adopted a rights plan to fend off Kestrel Corp's "
	    "tender offer of 30 dlrs a share.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.type, DEAL_NONE);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	/* ("anti takeover" without its hyphen) */
	run("ORVEL HOLDERS REJECT ANTI TAKEOVER PLAN",
	    "Orvel Inc holders rejected an anti-takeover plan.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	/* (the second review: a share's figure alone keeps no deal) */
	run("ORVEL HOLDERS APPROVE ANTI-TAKEOVER PLAN WITH 60 PCT OF VOTE",
	    "Orvel Inc said holders approved the plan at the annual "
	    "meeting.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
	run("KESTREL IN STANDSTILL WITH ORVEL, HOLDS 9.9 PCT",
	    "Kestrel Corp said it agreed not to buy more Orvel Inc "
	    "shares for three years.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_NONE);
	tags_release(&t);
}

/*
 * A name followed by ", the <kind> formerly known as", "best known for",
 * "once" or "founded" is a company's: "Signify, the Dutch group formerly
 * known as Philips Lighting, said".
 */
static void test_apposed_formerly_known(void **state)
{
	(void)state;
	struct tags t;
	run("Lighting deal",
	    "Kestrelux, the Dutch group formerly known as Orvel "
	    "Lighting, said it had agreed to acquire Zenith Lamps Inc.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kestrelux"));
	tags_release(&t);
	run("Buyout deal",
	    "Orvex will be taken private by Kestrany, the investment "
	    "firm best known for its stake in Zenith Foods.\n", NULL, NULL, NULL, &t);
	assert_true(has(t.companies, t.ncompanies, "Kestrany"));
	tags_release(&t);
}

/*
 * The idioms of ending a deal: "Frontline pulls the plug on Euronav
 * merger", "ditches", "axes", "shelves" or "kills" a deal word, "backs
 * out of": terminated; not when denied or not yet done ("will not
 * ditch", "denies plan to pull plug on").
 */
static void test_ending_idioms(void **state)
{
	(void)state;
	struct tags t;
	run("Kestrel pulls the plug on Orvel merger",
	    "Kestrel Corp has walked away from its planned merger with "
	    "Orvel Inc, ending a six-month attempt to create the "
	    "largest tanker owner.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel ditches Orvel takeover",
	    "The companies said on Monday that Kestrel Corp would not "
	    "proceed with its planned $2 billion acquisition of Orvel "
	    "Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel backs out of Orvel deal",
	    "The companies said on Monday that Kestrel Corp would not "
	    "proceed with its planned $2 billion merger with Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	/* (denied, not yet done) */
	run("Kestrel says it will not ditch Orvel takeover",
	    "Kestrel Corp said on Monday it would hold talks about its "
	    "$2 billion acquisition of Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel denies plan to pull plug on Orvel merger",
	    "Kestrel Corp said on Monday it would hold talks about its "
	    "$2 billion merger with Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	/* (the review: no deal word after, a rival's exit, a denial or a wish, another clause, a plan or talk of a deal) */
	run("Kestrel buys Orvel, pulls plug on loss-making plant",
	    "Kestrel Inc completed its $500 million purchase of Orvel "
	    "Corp and said it would close Orvel's Ohio plant.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	assert_int_equal(t.deal.status, STATUS_COMPLETED);
	tags_release(&t);
	run("Kestrel agrees Orvel purchase as Basco backs out of rival bid",
	    "Kestrel Inc agreed to buy Orvel Corp for $400 million "
	    "after Basco Inc backed out of its rival bid.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel won't pull plug on Orvel deal",
	    "Kestrel Inc said it won't pull the plug on its $3 billion "
	    "deal to buy Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel says won't back out of Orvel deal",
	    "Kestrel Inc said it won't back out of its deal to buy "
	    "Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel refuses to ditch Orvel bid",
	    "Kestrel Inc refused to ditch its bid for Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Shareholders urge Orvel to ditch Kestrel deal",
	    "Orvel Corp's largest shareholders urged the board to ditch "
	    "its agreed merger with Kestrel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Activist calls on Orvel board to kill Kestrel merger",
	    "An activist investor urged Orvel Corp to kill its merger "
	    "with Kestrel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Orvel board set to axe Kestrel merger",
	    "Orvel Corp's board is set to axe its planned merger with "
	    "Kestrel Inc, people familiar said.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel axes jobs after Orvel takeover",
	    "Kestrel Inc will cut 500 jobs after completing its "
	    "takeover of Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel to buy Orvel for $2 bln, shelves expansion plan",
	    "Kestrel Inc agreed to buy Orvel Corp for $2 billion and "
	    "shelved its own expansion plan.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel kills deal talk, confirms Orvel purchase",
	    "Kestrel Inc denied it was in talks with Basco but "
	    "confirmed it had bought Orvel Corp for $60 million.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	/* (the second review: a preposition ends the object, a deal word that describes another; an ending told after "as" or "after", past an amount, under pressure) */
	run("Kestrel axes jobs in Orvel merger",
	    "Kestrel Inc will cut 500 jobs as part of its completed "
	    "merger with Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel ditches Orvel deal adviser",
	    "Kestrel Inc replaced Basco Partners as adviser on its $2 "
	    "billion offer for Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Orvel shares slump as Kestrel ditches takeover bid",
	    "Kestrel Inc said it had abandoned its $2 billion bid for "
	    "Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Orvel shares plunge after Kestrel pulls plug on merger",
	    "Kestrel Inc terminated its planned $2 billion merger with "
	    "Orvel Corp on Monday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel pulls plug on planned $5 billion Orvel acquisition",
	    "Kestrel Inc walked away from its $5 billion acquisition of "
	    "Orvel Corp on Monday.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Kestrel ditches Orvel bid after pressure from investors",
	    "Kestrel Inc dropped its $2 billion bid for Orvel Corp.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	/* (the third review: a prediction, a defence) */
	run("Kestrel expected to ditch Orvel bid",
	    "Kestrel Corp made a $2 billion offer for Orvel Inc in "
	    "March.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
	run("Orvel kills takeover defence",
	    "Orvel Inc scrapped its poison pill on Monday, a month "
	    "after Kestrel Corp bid $2 billion for it.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_TERMINATED);
	tags_release(&t);
}

/*
 * A public body that turns a bid down in the headline ("Tribunal shuts
 * door on AkzoNobel's bid for Plascon owner") is neither the target nor
 * the buyer; a lead that tells the deal prohibited or blocked makes the
 * headline's bid blocked, unless it denies it.
 */
static void test_authority_turns_down_bid(void **state)
{
	(void)state;
	struct tags t;
	run("Tribunal shuts door on Kestrel's bid for Orvel owner",
	    "The Competition Tribunal has prohibited Dutch paint group "
	    "Kestrel's proposed acquisition of Orvel Africa, ruling "
	    "that it would substantially lessen competition.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	tags_release(&t);
	/* (a company that turns the bid down is its target) */
	run("Orvel rejects Kestrel's bid",
	    "Orvel Inc's board rejected the $2 billion takeover bid "
	    "from Kestrel Corp as too low.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	/* (a block denied) */
	run("Tribunal hears Kestrel's bid for Orvel owner",
	    "The Competition Tribunal has not blocked Kestrel Corp's "
	    "proposed acquisition of Orvel Africa and will hear the "
	    "case next month.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	/* (the second review: a company whose name holds "Court" or "Government" answers for itself) */
	run("Court Atkins shuts door on Kestrel's bid",
	    "Court Atkins Group said the 120 mln stg approach "
	    "undervalued it.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Court Atkins");
	tags_release(&t);
	run("Government Properties shuts door on Select Income's bid",
	    "The trust said the proposal undervalued it.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Government Properties");
	tags_release(&t);
	/* (the second review: a block of the past, of another deal, wished, failed or by no authority) */
	run("Kestrel bids $2 bln for Orvel",
	    "Kestrel Corp, whose earlier bid for Basco Inc was blocked "
	    "by regulators in 2019, offered $2 billion for Orvel Inc on "
	    "Monday.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel makes $5 bln offer for Orvel",
	    "Kestrel Corp made the offer for Orvel Inc after a court "
	    "blocked Basco Inc's rival merger with the company.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "Analysts expect regulators to block Kestrel Corp's $3 "
	    "billion takeover bid for Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "The FTC failed to block Kestrel Corp's proposed $3 billion "
	    "acquisition of Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel renews bid for Orvel",
	    "Kestrel Corp renewed its $2 billion bid for Orvel Inc, a "
	    "year after regulators blocked its first takeover attempt.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "Orvel Inc shareholders blocked the sale of shares to "
	    "insiders, and Kestrel Corp offered $2 billion for the "
	    "company.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "Orvel Inc's board vetoed a share buyback and said it would "
	    "study Kestrel Corp's $2 billion takeover offer.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "Kestrel Corp, whose founder was once blocked from the "
	    "board, offered $2 billion for Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "The tribunal has blocked Kestrel Corp's proposed "
	    "acquisition of Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	/* (the third review: a court by its whole name; a block of a rival's deal, of the past, or of something else) */
	run("High Court shuts door on Kestrel's bid",
	    "The High Court on Monday prohibited Kestrel Corp's "
	    "proposed $2 billion takeover of Orvel Inc.\n", NULL, NULL, NULL, &t);
	assert_int_equal(t.deal.status, STATUS_BLOCKED);
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	run("Kestrel bids $2 bln for Orvel",
	    "The commission blocked Kestrel Corp's rival takeover of "
	    "Orvel Inc last year, and Basco Ltd now offers $2 billion.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
	run("Kestrel bids for Orvel",
	    "A court blocked Orvel Inc's defence against Kestrel Corp's "
	    "takeover bid.\n", NULL, NULL, NULL, &t);
	assert_int_not_equal(t.deal.status, STATUS_BLOCKED);
	tags_release(&t);
}

/*
 * Buyers a headline lists as its subject, each a company the story knows
 * ("PLDT, Globe complete P69.1-B purchase of San Miguel telco assets"):
 * the first buys, all are investors; not a possessive, nor a list that
 * does not open the headline.
 */
static void test_headline_buyers(void **state)
{
	(void)state;
	struct tags t;
	run("KTC, Orvel complete P69.1-B purchase of Zenith telco assets",
	    "Kestrel Telephone Co. (KTC) and Orvel Telecom, Inc. have "
	    "completed their joint acquisition of the telecommunications "
	    "business of Zenith Corp. (ZC) for P69.1 billion.\n", NULL, NULL,
	    NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel Telephone");
	assert_int_equal(t.deal.ninvestors, 2);
	assert_string_equal(t.deal.investors[0], "Kestrel Telephone");
	assert_string_equal(t.deal.investors[1], "Orvel");
	tags_release(&t);
	/* (a list that does not open the headline, a possessive) */
	run("Vanta jumps as Kestrel, Orvel buy Zenith",
	    "Kestrel Corp and Orvel Inc said on Monday they had bought "
	    "Zenith Group for $2 billion.\n", NULL, NULL, NULL, &t);
	assert_false(t.deal.acquirer && !strcmp(t.deal.acquirer, "Vanta"));
	assert_int_not_equal(t.deal.ninvestors, 3);
	tags_release(&t);
	run("Kestrel, Orvel's parent, buys Zenith",
	    "Kestrel Corp, the parent of Orvel Inc, said on Monday it "
	    "had bought Zenith Group for $2 billion.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_int_equal(t.deal.ninvestors, 0);
	tags_release(&t);
	/* (the third review: a list that holds the target or the seller is no list of buyers) */
	run("ORVEL, KESTREL COMPLETE ACQUISITION OF ORVEL",
	    "Orvel Inc holders approved the deal last week. Kestrel "
	    "Corp said it would keep the Orvel name.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.target);
	assert_string_equal(t.deal.target, "Orvel");
	tags_release(&t);
	run("Basco, Kestrel complete purchase of Basco's Zenith unit",
	    "Basco Inc will use the proceeds to cut debt. Kestrel Corp "
	    "said Zenith would add to earnings.\n", NULL, NULL, NULL, &t);
	assert_non_null(t.deal.acquirer);
	assert_string_equal(t.deal.acquirer, "Kestrel");
	assert_non_null(t.deal.seller);
	assert_string_equal(t.deal.seller, "Basco");
	tags_release(&t);
}

/* Up to EX_MAX_BYTES of headline and body an article is tagged; beyond,
 * it gets no tags and no tokens (the caller indexes its text). */
static void test_size_limit(void **state)
{
	(void)state;
	const char *title = "Acme to buy Widget";
	const char *story = "Acme Corp agreed to buy Widget Inc for 5 mln "
		"dlrs. ";
	struct buf body = BUF_INIT;
	while (body.len + strlen(story) <= EX_MAX_BYTES - strlen(title))
		buf_addstr(&body, story);
	while (body.len < EX_MAX_BYTES - strlen(title))
		buf_addch(&body, 'x');
	struct tags t;
	run(title, body.buf, NULL, NULL, NULL, &t);
	assert_int_equal(body.len + strlen(title), EX_MAX_BYTES);
	assert_true(has(t.companies, t.ncompanies, "Acme"));
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	/* one figure stated again and again is one amount */
	assert_int_equal(t.namounts, 1);
	assert_true(ex_token_count(ex) > 100000);
	tags_release(&t);

	buf_addch(&body, 'x');
	run(title, body.buf, NULL, NULL, NULL, &t);
	assert_int_equal(t.ncompanies, 0);
	assert_int_equal(t.namounts, 0);
	assert_int_equal(t.deal.type, DEAL_NONE);
	assert_int_equal(t.deal.amount, -1);
	assert_int_equal(ex_token_count(ex), 0);
	tags_release(&t);
	buf_release(&body);
}

/* An article of tens of thousands of different figures: a bounded count
 * of amounts, found in linear time (the test would crawl otherwise). */
static void test_many_amounts(void **state)
{
	(void)state;
	const char *title = "Auction results";
	struct buf body = BUF_INIT;
	for (size_t i = 1;; i++) {
		size_t len = body.len;
		buf_addf(&body, "Lot %zu fetched %zu.%02zu dlrs. ", i, i,
			 i % 100);
		if (body.len > EX_MAX_BYTES - strlen(title)) {
			body.len = len;
			body.buf[len] = '\0';
			break;
		}
	}
	struct tags t;
	run(title, body.buf, NULL, NULL, NULL, &t);
	assert_true(t.namounts > 100);
	assert_true(t.namounts <= 1000);
	tags_release(&t);
	buf_release(&body);
}

static void test_json(void **state)
{
	(void)state;
	struct tags t;
	run("Lazada in talks to buy Redmart for $30-40 million",
	    "Lazada, the Singapore e-commerce firm, is in talks.", NULL, NULL,
	    NULL, &t);
	json_t *full = tags_to_json(&t, g, 0), *compact = tags_to_json(&t, g, 1);
	json_t *d = json_object_get(full, "deal");
	assert_string_equal(json_string_value(json_object_get(d, "acquirer")),
			    "Lazada");
	json_t *amt = json_object_get(d, "amount");
	assert_true(fabs(json_real_value(json_object_get(amt, "usd_low")) -
			 30e6) < 1);
	assert_true(fabs(json_real_value(json_object_get(amt, "usd_high")) -
			 40e6) < 1);
	assert_string_equal(json_string_value(json_object_get(amt, "currency")),
			    "USD");
	/* compact leaves out empty lists and diagnostics */
	assert_non_null(json_object_get(full, "people"));
	assert_null(json_object_get(compact, "people"));
	assert_null(json_object_get(json_object_get(compact, "deal"), "score"));
	json_decref(full);
	json_decref(compact);
	tags_release(&t);
}

/* ---- the seed articles ---------------------------------------------------- */

/* main has made sure the seeds are there: a missing one is a failure */
static void seed(const char *name, struct tags *t)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/seeds/%s", tu_shared_dir(), name);
	FILE *fp = fopen(path, "r");
	if (!fp)
		fail_msg("cannot read '%s'", path);
	struct buf text = BUF_INIT;
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(&text, chunk, n);
	fclose(fp);
	char *nl = strchr(text.buf, '\n');
	*nl = '\0';
	run(text.buf, nl + 1, NULL, NULL, NULL, t);
	buf_release(&text);
}

static void test_seed_lazada(void **state)
{
	(void)state;
	struct tags t;
	seed("000_d8a67903d39ea91d.txt", &t);
	assert_int_equal(t.deal.type, DEAL_ACQUISITION);
	assert_int_equal(t.deal.status, STATUS_TALKS);
	assert_string_equal(t.deal.acquirer, "Lazada");
	assert_string_equal(t.deal.target, "Redmart");
	assert_true(t.deal.amount >= 0);
	const struct ex_amount *a = &t.amounts[t.deal.amount];
	assert_string_equal(a->text, "$30-40 million");
	assert_true(a->m.flags & MONEY_RANGE);
	assert_true(fabs(a->m.usd_low - 30e6) < 1 &&
		    fabs(a->m.usd_high - 40e6) < 1);
	assert_true(has_country(&t, "SG"));
	assert_true(has_region(&t, "southeast-asia"));
	assert_true(has_sector(&t, "grocery"));
	/* "600 million consumers" is not money */
	for (size_t i = 0; i < t.namounts; i++)
		assert_null(strstr(t.amounts[i].text, "600"));
	tags_release(&t);
}

static void test_seed_kroger(void **state)
{
	(void)state;
	struct tags t;
	seed("001_ae27e23ebd484b5b.txt", &t);
	/* Singapore and "SEA" appear only in the recruitment notice */
	assert_false(has_country(&t, "SG"));
	assert_false(has_region(&t, "southeast-asia"));
	assert_true(has_country(&t, "US"));
	assert_true(has_country(&t, "CN"));
	assert_int_equal(t.deal.status, STATUS_TALKS);
	assert_true(has(t.deal.parties, t.deal.nparties, "Alibaba"));
	assert_true(has(t.deal.parties, t.deal.nparties, "Kroger"));
	assert_false(ex_deal_is_mna(t.deal.type));
	/* the "Also read" list's $200m Bigbasket deal is not this story's */
	for (size_t i = 0; i < t.namounts; i++)
		assert_null(strstr(t.amounts[i].text, "200m"));
	assert_true(t.boilerplate > 0);
	tags_release(&t);
}

static void test_seed_sun_art(void **state)
{
	(void)state;
	struct tags t;
	seed("002_762e09b46520d8b8.txt", &t);
	assert_true(has_region(&t, "east-asia"));
	int found = 0;
	for (size_t i = 0; i < t.namounts; i++) {
		const struct ex_amount *a = &t.amounts[i];
		if (strstr(a->text, "HK$22.4 billion")) {
			found = 1;
			assert_string_equal(a->m.currency, "HKD");
			assert_true(a->m.flags & MONEY_USD_STATED);
			assert_true(fabs(a->m.usd - 2.87e9) < 1);
			assert_int_equal(a->kind, AMOUNT_DEAL);
		}
	}
	assert_true(found);
	tags_release(&t);
}

int main(int argc, char **argv)
{
	/* `extract_test seeds`: the seed articles only; else the rest */
	int seeds = argc > 1 && !strcmp(argv[1], "seeds");
	if (seeds) {
		char path[4096];
		tu_need_shared("seeds", path, sizeof(path));
	}
	struct ds_err err = DS_ERR_INIT;
	if (gaz_load_bundled(&g, &err) ||
	    dm_load(dm_default_path(), &model, &err) ||
	    ex_new(g, model, &ex, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wire_story),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_deal_classes),
		cmocka_unit_test(test_party_roles),
		cmocka_unit_test(test_party_country_from_name),
		cmocka_unit_test(test_party_country_beside),
		cmocka_unit_test(test_lead_holding_target),
		cmocka_unit_test(test_circumstance_clause),
		cmocka_unit_test(test_part_of_named),
		cmocka_unit_test(test_person_apposition),
		cmocka_unit_test(test_run_together_names),
		cmocka_unit_test(test_round_investor_names),
		cmocka_unit_test(test_doc_prev_past_end),
		cmocka_unit_test(test_no_deal_no_deal_amount),
		cmocka_unit_test(test_holders_and_parts),
		cmocka_unit_test(test_unit_buys),
		cmocka_unit_test(test_ipo_status),
		cmocka_unit_test(test_offer_succeeded),
		cmocka_unit_test(test_stake_raised),
		cmocka_unit_test(test_raises_not_deals),
		cmocka_unit_test(test_country_units),
		cmocka_unit_test(test_price_before_object),
		cmocka_unit_test(test_bidder_after_object),
		cmocka_unit_test(test_agreed_takeover),
		cmocka_unit_test(test_taken_private),
		cmocka_unit_test(test_sale_without_seller),
		cmocka_unit_test(test_spelled_acronym),
		cmocka_unit_test(test_stake_sold_unsized),
		cmocka_unit_test(test_brand_maker),
		cmocka_unit_test(test_completion_ahead),
		cmocka_unit_test(test_will_buy_agreed),
		cmocka_unit_test(test_merger_pair_partners),
		cmocka_unit_test(test_investor_list_end),
		cmocka_unit_test(test_goods_word_in_name),
		cmocka_unit_test(test_offering_raise_and_band_end),
		cmocka_unit_test(test_walk_away_after_rejection),
		cmocka_unit_test(test_venture_shares_and_place),
		cmocka_unit_test(test_joint_bidders),
		cmocka_unit_test(test_known_companies),
		cmocka_unit_test(test_group_which_includes),
		cmocka_unit_test(test_board_recommended),
		cmocka_unit_test(test_list_and_firms),
		cmocka_unit_test(test_investor_whole_names),
		cmocka_unit_test(test_acronym_defined_names),
		cmocka_unit_test(test_venture_under_plant_headline),
		cmocka_unit_test(test_merger_sides_possessed),
		cmocka_unit_test(test_buyer_made_up_of),
		cmocka_unit_test(test_round_investor_forms),
		cmocka_unit_test(test_lead_deal_forms),
		cmocka_unit_test(test_litigated_deal),
		cmocka_unit_test(test_share_sale_raise),
		cmocka_unit_test(test_aircraft_order),
		cmocka_unit_test(test_asset_sold_to_buyer),
		cmocka_unit_test(test_holders_based),
		cmocka_unit_test(test_pursuit_of),
		cmocka_unit_test(test_split_members),
		cmocka_unit_test(test_joint_bidder_before),
		cmocka_unit_test(test_round_investor_limits),
		cmocka_unit_test(test_people_and_guarantee_alikes),
		cmocka_unit_test(test_partnership_in_passing),
		cmocka_unit_test(test_round_in_passing),
		cmocka_unit_test(test_unit_named_in_lead),
		cmocka_unit_test(test_approached_about),
		cmocka_unit_test(test_plural_subject_holders),
		cmocka_unit_test(test_members_by_first_word),
		cmocka_unit_test(test_outlet_dollar),
		cmocka_unit_test(test_consortium_of),
		cmocka_unit_test(test_party_home_country),
		cmocka_unit_test(test_not_deal_news),
		cmocka_unit_test(test_partnership_word_in_name),
		cmocka_unit_test(test_end_month_is_time),
		cmocka_unit_test(test_goods_and_supply),
		cmocka_unit_test(test_rival_named_after),
		cmocka_unit_test(test_ampersand_acronym),
		cmocka_unit_test(test_consortium_leader),
		cmocka_unit_test(test_won_auction),
		cmocka_unit_test(test_ipo_raised),
		cmocka_unit_test(test_round_values_company),
		cmocka_unit_test(test_offer_ends),
		cmocka_unit_test(test_ticker_exchange),
		cmocka_unit_test(test_expects_to),
		cmocka_unit_test(test_sale_sides_headline),
		cmocka_unit_test(test_bidder_forms),
		cmocka_unit_test(test_merger_partners),
		cmocka_unit_test(test_stake_noun_and_institutions),
		cmocka_unit_test(test_valued_at),
		cmocka_unit_test(test_denials),
		cmocka_unit_test(test_dated_background_and_tender),
		cmocka_unit_test(test_own_fund),
		cmocka_unit_test(test_suffix_then_international),
		cmocka_unit_test(test_round_investors),
		cmocka_unit_test(test_dash_and_short_form),
		cmocka_unit_test(test_rumour_subject_and_ventures),
		cmocka_unit_test(test_deal_debt),
		cmocka_unit_test(test_lead_part),
		cmocka_unit_test(test_body_dateline_and_ipo_price),
		cmocka_unit_test(test_persons_and_groups),
		cmocka_unit_test(test_price_before_noun_and_wire),
		cmocka_unit_test(test_buyout_vehicles),
		cmocka_unit_test(test_merger_parties),
		cmocka_unit_test(test_rating_agencies),
		cmocka_unit_test(test_they_and_name_countries),
		cmocka_unit_test(test_offerings_and_offers),
		cmocka_unit_test(test_buybacks_and_firm_names),
		cmocka_unit_test(test_headline_stake_ticker),
		cmocka_unit_test(test_sellers_and_bidders),
		cmocka_unit_test(test_sellers_from),
		cmocka_unit_test(test_described_business_sold),
		cmocka_unit_test(test_headline_answers_bid),
		cmocka_unit_test(test_bid_for),
		cmocka_unit_test(test_flash_headlines),
		cmocka_unit_test(test_group_buyers),
		cmocka_unit_test(test_investment_from),
		cmocka_unit_test(test_headline_verbs),
		cmocka_unit_test(test_unit_named_later),
		cmocka_unit_test(test_merger_sides_and_subjects),
		cmocka_unit_test(test_buyback_beside_a_bid),
		cmocka_unit_test(test_acronyms_and_spending),
		cmocka_unit_test(test_takeover_proposals),
		cmocka_unit_test(test_money_and_country_codes),
		cmocka_unit_test(test_offers_to_acquire),
		cmocka_unit_test(test_agreed_with_counterparty),
		cmocka_unit_test(test_group_leaders),
		cmocka_unit_test(test_holders_paid_sides),
		cmocka_unit_test(test_cues_sharing_a_stem),
		cmocka_unit_test(test_headline_sides_from_lead),
		cmocka_unit_test(test_stake_cut),
		cmocka_unit_test(test_status_filings),
		cmocka_unit_test(test_person_parties),
		cmocka_unit_test(test_person_buyers),
		cmocka_unit_test(test_group_investors),
		cmocka_unit_test(test_name_slips),
		cmocka_unit_test(test_asset_objects),
		cmocka_unit_test(test_holders_and_partners),
		cmocka_unit_test(test_owner_possessive),
		cmocka_unit_test(test_fund_names),
		cmocka_unit_test(test_hyphenated_names),
		cmocka_unit_test(test_counted_goods),
		cmocka_unit_test(test_years_trend),
		cmocka_unit_test(test_news_source_and_question),
		cmocka_unit_test(test_regulators_and_rules),
		cmocka_unit_test(test_offload_restated_price_and_bidders),
		cmocka_unit_test(test_described_target_and_own_stake),
		cmocka_unit_test(test_trades_pre_ipo_rivals_and_it),
		cmocka_unit_test(test_merger_into_parts_and_set_tender),
		cmocka_unit_test(test_capital_spending_and_may_be_acquired),
		cmocka_unit_test(test_goods_merged_and_unnamed_buyers),
		cmocka_unit_test(test_branch_and_shares_tendered),
		cmocka_unit_test(test_compound_to_and_full_names),
		cmocka_unit_test(test_self_tender_years_and_arm),
		cmocka_unit_test(test_apposition_contest_and_shekel),
		cmocka_unit_test(test_unit_owner_buyer_sought_and_towns),
		cmocka_unit_test(test_offer_for_battle_and_thrift),
		cmocka_unit_test(test_rights_plan_vehicle_and_talks_on),
		cmocka_unit_test(test_parts_counted_and_cities),
		cmocka_unit_test(test_dollars_continued),
		cmocka_unit_test(test_proposal_approved_and_owner_described),
		cmocka_unit_test(test_holding_formed_and_plan_completed),
		cmocka_unit_test(test_offer_of),
		cmocka_unit_test(test_seller_described),
		cmocka_unit_test(test_company_worth),
		cmocka_unit_test(test_us_dollar_spaced),
		cmocka_unit_test(test_takeover_proration),
		cmocka_unit_test(test_own_stock_control_sold),
		cmocka_unit_test(test_owner_subsidiary_named),
		cmocka_unit_test(test_joins_bid),
		cmocka_unit_test(test_exchange_seats),
		cmocka_unit_test(test_own_securities),
		cmocka_unit_test(test_background_clause),
		cmocka_unit_test(test_dates_and_bid_seekers),
		cmocka_unit_test(test_sector_up_front),
		cmocka_unit_test(test_target_sector_own_name),
		cmocka_unit_test(test_known_company_inside_other_name),
		cmocka_unit_test(test_known_company_group_member),
		cmocka_unit_test(test_bare_dollar_story_style),
		cmocka_unit_test(test_bare_company_names),
		cmocka_unit_test(test_rival_bid_not_status),
		cmocka_unit_test(test_possessive_share_of),
		cmocka_unit_test(test_headline_and_lead_sides),
		cmocka_unit_test(test_ampersand_list_and_their_venture),
		cmocka_unit_test(test_pact_with_partner_and_country_owner),
		cmocka_unit_test(test_lead_reverses_mixed_headline),
		cmocka_unit_test(test_fund_closing_not_deal),
		cmocka_unit_test(test_object_beats_inferred_buyer),
		cmocka_unit_test(test_subsidiary_sharing_parent_word),
		cmocka_unit_test(test_mandatory_offer_not_status),
		cmocka_unit_test(test_explore_agreement_talks),
		cmocka_unit_test(test_citigroup_not_citicorp),
		cmocka_unit_test(test_privately_owned_target),
		cmocka_unit_test(test_bid_its_clause_subject),
		cmocka_unit_test(test_buy_its_named_unit),
		cmocka_unit_test(test_object_past_figure_range),
		cmocka_unit_test(test_period_end_no_termination),
		cmocka_unit_test(test_own_securities_story_no_deal),
		cmocka_unit_test(test_status_word_in_name),
		cmocka_unit_test(test_dateline_forms_and_partners),
		cmocka_unit_test(test_security_grounds_no_securities),
		cmocka_unit_test(test_lead_names_headline_bidder),
		cmocka_unit_test(test_founders_no_investors),
		cmocka_unit_test(test_place_noun_firm_names),
		cmocka_unit_test(test_taken_over_and_failed),
		cmocka_unit_test(test_attracted_bids_target),
		cmocka_unit_test(test_people_not_companies),
		cmocka_unit_test(test_post_taken_and_deal_dated),
		cmocka_unit_test(test_options_include_sale),
		cmocka_unit_test(test_parts_by_place),
		cmocka_unit_test(test_amount_cost_and_parts),
		cmocka_unit_test(test_islamic_bank_names),
		cmocka_unit_test(test_family_seller),
		cmocka_unit_test(test_lone_merger_sides),
		cmocka_unit_test(test_product_maker_no_name),
		cmocka_unit_test(test_glued_initials_name),
		cmocka_unit_test(test_venture_to_form_agreed),
		cmocka_unit_test(test_hoped_for_no_status),
		cmocka_unit_test(test_drops_bid_past_names),
		cmocka_unit_test(test_final_proration_completed),
		cmocka_unit_test(test_offer_called_tender),
		cmocka_unit_test(test_parts_sold_countries),
		cmocka_unit_test(test_fx_rate_and_face_value),
		cmocka_unit_test(test_will_not_pursue_terminated),
		cmocka_unit_test(test_unit_offers_for),
		cmocka_unit_test(test_speculation_ended),
		cmocka_unit_test(test_co_bidders_headline),
		cmocka_unit_test(test_unit_of_and_dumps),
		cmocka_unit_test(test_group_consisting_of),
	cmocka_unit_test(test_made_offer_for_sayer),
	cmocka_unit_test(test_merger_into_and_officer_buyer),
	cmocka_unit_test(test_count_of_firm),
	cmocka_unit_test(test_headline_second_clause_status),
	cmocka_unit_test(test_bid_won_unconditional),
	cmocka_unit_test(test_deal_that_ends),
	cmocka_unit_test(test_ipo_debut),
	cmocka_unit_test(test_business_of_seller),
	cmocka_unit_test(test_place_and_firm),
	cmocka_unit_test(test_wish_to_be_acquired),
	cmocka_unit_test(test_merger_pair_stands),
	cmocka_unit_test(test_earlier_round_after_span),
	cmocka_unit_test(test_bid_later_in_sentence),
	cmocka_unit_test(test_merger_of_x_with_y),
	cmocka_unit_test(test_acquisition_of_the_company),
	cmocka_unit_test(test_place_alone_no_firm),
	cmocka_unit_test(test_bid_dropped),
	cmocka_unit_test(test_described_partner_and_suit),
	cmocka_unit_test(test_is_to_pay),
	cmocka_unit_test(test_bank_of_names),
	cmocka_unit_test(test_lead_would_buy),
	cmocka_unit_test(test_no_end_in_terminals_or_prices),
	cmocka_unit_test(test_suspended_and_declined_block),
	cmocka_unit_test(test_own_buyback_no_deal),
	cmocka_unit_test(test_pct_of_its_stock_sold),
	cmocka_unit_test(test_dropped_plan_instead),
	cmocka_unit_test(test_owner_of_part_sells),
	cmocka_unit_test(test_seller_named_by_lead),
	cmocka_unit_test(test_letter_of_intent),
	cmocka_unit_test(test_unit_apposed_and_far_buyer),
	cmocka_unit_test(test_favors_offer_and_dated_verb),
	cmocka_unit_test(test_merger_with_majority_holder),
	cmocka_unit_test(test_sold_by_to),
	cmocka_unit_test(test_companion_buyer),
	cmocka_unit_test(test_present_owner_and_next_seller),
	cmocka_unit_test(test_company_shares_bought),
	cmocka_unit_test(test_round_apposition),
	cmocka_unit_test(test_wraps_up_and_lookalikes),
	cmocka_unit_test(test_jv),
	cmocka_unit_test(test_headline_report),
	cmocka_unit_test(test_supports_buyout_of),
	cmocka_unit_test(test_owner_of_raising_arm),
	cmocka_unit_test(test_take_private),
	cmocka_unit_test(test_owns_after_offer),
	cmocka_unit_test(test_suit_over_bid),
	cmocka_unit_test(test_limited_partnership_form),
	cmocka_unit_test(test_exchange_ticker_unit),
	cmocka_unit_test(test_for_x_to_acquire),
	cmocka_unit_test(test_decided_not_to_sell),
	cmocka_unit_test(test_put_up_for_sale),
	cmocka_unit_test(test_cut_price_and_winning_bidder),
	cmocka_unit_test(test_acronym_past_suffix_and_headline_target),
	cmocka_unit_test(test_bought_from_then),
	cmocka_unit_test(test_preferred_stock_in_company),
	cmocka_unit_test(test_modal_be_sold),
	cmocka_unit_test(test_own_shares_placed),
	cmocka_unit_test(test_equally_owned_venture),
	cmocka_unit_test(test_no_agreement_yet),
	cmocka_unit_test(test_holding_seller_next),
	cmocka_unit_test(test_owned_by_described),
	cmocka_unit_test(test_rights_plan_bid),
	cmocka_unit_test(test_group_includes_stake),
	cmocka_unit_test(test_merge_with_owners_unit),
	cmocka_unit_test(test_ipo_values_company),
	cmocka_unit_test(test_person_holder),
	cmocka_unit_test(test_apposed_business),
	cmocka_unit_test(test_group_before_name),
	cmocka_unit_test(test_headline_short_form_words),
	cmocka_unit_test(test_will_open_and_close),
	cmocka_unit_test(test_naira_letter),
	cmocka_unit_test(test_country_unit_and_parent),
	cmocka_unit_test(test_grupo_names),
	cmocka_unit_test(test_previous_backer_also_joins),
	cmocka_unit_test(test_takeover_of_by),
	cmocka_unit_test(test_bought_out_of),
	cmocka_unit_test(test_listed_buyers),
	cmocka_unit_test(test_speaker_after_list),
	cmocka_unit_test(test_buyer_formed_by),
	cmocka_unit_test(test_reports_that),
	cmocka_unit_test(test_target_of_bid),
	cmocka_unit_test(test_proposal_to_receiver),
	cmocka_unit_test(test_own_s_before_suffix),
	cmocka_unit_test(test_business_and_related_assets),
	cmocka_unit_test(test_holders_vote_agreed),
	cmocka_unit_test(test_group_headed_by),
	cmocka_unit_test(test_nearing_deal_talks),
	cmocka_unit_test(test_trade_noun_before_name),
	cmocka_unit_test(test_considered_by),
	cmocka_unit_test(test_sale_of_itself),
	cmocka_unit_test(test_shares_of_target),
	cmocka_unit_test(test_headline_unit_lead_part),
	cmocka_unit_test(test_brands_sold),
	cmocka_unit_test(test_works_and_laboratories),
	cmocka_unit_test(test_accepted_offer_option),
	cmocka_unit_test(test_failed_bid_ended),
	cmocka_unit_test(test_target_vendor_told),
	cmocka_unit_test(test_target_owner_seller),
	cmocka_unit_test(test_sale_pair_stands),
	cmocka_unit_test(test_holder_keeps_rest),
	cmocka_unit_test(test_in_bid_to),
	cmocka_unit_test(test_country_kind_before_name),
	cmocka_unit_test(test_quote_opens_capital),
	cmocka_unit_test(test_listed_bidders),
	cmocka_unit_test(test_described_target_next),
	cmocka_unit_test(test_tender_under_agreement),
	cmocka_unit_test(test_invest_to_form_venture),
	cmocka_unit_test(test_era_ends),
	cmocka_unit_test(test_after_gerund_done),
	cmocka_unit_test(test_seller_told),
	cmocka_unit_test(test_unit_word_and_place),
	cmocka_unit_test(test_raise_cost_concerns),
	cmocka_unit_test(test_takeover_of_from),
	cmocka_unit_test(test_figures_name),
	cmocka_unit_test(test_lending_services),
	cmocka_unit_test(test_two_known_and_suffix),
	cmocka_unit_test(test_buyers_include),
	cmocka_unit_test(test_volume_worth),
	cmocka_unit_test(test_invest_programme),
	cmocka_unit_test(test_completes_y_buy),
	cmocka_unit_test(test_merge_on_a_day),
	cmocka_unit_test(test_decided_clause_and_place_noun),
	cmocka_unit_test(test_two_buyers_and_holding_group),
	cmocka_unit_test(test_long_apposition_and_ai),
	cmocka_unit_test(test_merge_with_and_sold_to),
	cmocka_unit_test(test_holder_sells_its_stake),
		cmocka_unit_test(test_names_and_places),
		cmocka_unit_test(test_not_places),
		cmocka_unit_test(test_party_countries),
		cmocka_unit_test(test_company_names),
		cmocka_unit_test(test_described_names),
		cmocka_unit_test(test_party_acronyms),
		cmocka_unit_test(test_headline_words_of_body_names),
		cmocka_unit_test(test_rival_bid_clause),
		cmocka_unit_test(test_lead_seller_of_headline_sale),
		cmocka_unit_test(test_names_a_place_opens),
		cmocka_unit_test(test_answers_and_blocks),
		cmocka_unit_test(test_passive_and_clauses),
		cmocka_unit_test(test_snaps_and_equals),
		cmocka_unit_test(test_money_verbs),
		cmocka_unit_test(test_ventures_and_listings),
		cmocka_unit_test(test_party_beside_its_place),
		cmocka_unit_test(test_boilerplate),
		cmocka_unit_test(test_repeats),
		cmocka_unit_test(test_amount_far_cue),
		cmocka_unit_test(test_amount_paid_for_other_company),
		cmocka_unit_test(test_amount_per_share),
		cmocka_unit_test(test_amount_conversion_once),
		cmocka_unit_test(test_amount_dateline_dollars),
		cmocka_unit_test(test_amount_headline_dollars_named_below),
		cmocka_unit_test(test_amount_bare_units),
		cmocka_unit_test(test_amount_more_units),
		cmocka_unit_test(test_amount_cue_past_clause),
		cmocka_unit_test(test_amount_market_value),
		cmocka_unit_test(test_amount_shillings),
		cmocka_unit_test(test_amount_headline_bracket),
		cmocka_unit_test(test_amount_what_it_does),
		cmocka_unit_test(test_amount_rs_trillions),
		cmocka_unit_test(test_amount_part_values_whole),
		cmocka_unit_test(test_unit_in_country),
		cmocka_unit_test(test_holder_not_target),
		cmocka_unit_test(test_bidder_after_date),
		cmocka_unit_test(test_amount_small_sums),
		cmocka_unit_test(test_amount_worth_of_holders),
		cmocka_unit_test(test_amount_for_price),
		cmocka_unit_test(test_progressive_and_raises),
		cmocka_unit_test(test_opening_trade_noun),
		cmocka_unit_test(test_amount_repeats),
		cmocka_unit_test(test_merger_of_the_company_with),
		cmocka_unit_test(test_headline_bracket_names_and_owners),
		cmocka_unit_test(test_raise_in_capital_markets),
		cmocka_unit_test(test_bid_to_buy_shares_of),
		cmocka_unit_test(test_bare_dollar_home_and_outlets),
		cmocka_unit_test(test_amount_more_local_units),
		cmocka_unit_test(test_amount_stated_conversion),
		cmocka_unit_test(test_non_ascii_capitals),
		cmocka_unit_test(test_owned_part_sold),
		cmocka_unit_test(test_round_also_included),
		cmocka_unit_test(test_commodity_by_measure),
		cmocka_unit_test(test_raise_told_as_loan),
		cmocka_unit_test(test_venture_in_earnings_story),
		cmocka_unit_test(test_amount_crown_and_pfennig),
		cmocka_unit_test(test_sold_to_customers),
		cmocka_unit_test(test_raise_the_money_by_placement),
		cmocka_unit_test(test_person_of_firm),
		cmocka_unit_test(test_waste_disposal),
		cmocka_unit_test(test_holders_approve_merger_into),
		cmocka_unit_test(test_titled_business),
		cmocka_unit_test(test_described_opening),
		cmocka_unit_test(test_unit_notes),
		cmocka_unit_test(test_pick_n_pay_and_led),
		cmocka_unit_test(test_place_acronym_firm),
		cmocka_unit_test(test_merge_and_end),
		cmocka_unit_test(test_opening_deal_failed),
		cmocka_unit_test(test_target_joins_list),
		cmocka_unit_test(test_maghreb_region),
		cmocka_unit_test(test_number_word_names),
		cmocka_unit_test(test_taken_majority_control),
		cmocka_unit_test(test_put_money_into_round),
		cmocka_unit_test(test_amount_share_record),
		cmocka_unit_test(test_amount_sale_of),
		cmocka_unit_test(test_amount_annual_transactions),
		cmocka_unit_test(test_merger_into_persons_companies),
		cmocka_unit_test(test_apposed_owner_sells),
		cmocka_unit_test(test_sale_price_of),
		cmocka_unit_test(test_investor_owner_in_apposition),
		cmocka_unit_test(test_person_owns_group),
		cmocka_unit_test(test_amount_fraction_alone),
		cmocka_unit_test(test_amount_suit_and_savings),
		cmocka_unit_test(test_controlling_interest_of),
		cmocka_unit_test(test_unit_by_country_name),
		cmocka_unit_test(test_headline_part_by_place),
		cmocka_unit_test(test_deals_field),
		cmocka_unit_test(test_purchase_of_its_stock),
		cmocka_unit_test(test_station_call_sign),
		cmocka_unit_test(test_acquisition_by_past_place),
		cmocka_unit_test(test_amount_fee),
		cmocka_unit_test(test_pound_le_and_dong),
		cmocka_unit_test(test_partners_name_and_sells),
		cmocka_unit_test(test_described_company_named_next),
		cmocka_unit_test(test_speaker_after_comma),
		cmocka_unit_test(test_take_private_passive),
		cmocka_unit_test(test_count_of_stores),
		cmocka_unit_test(test_defined_short_names),
		cmocka_unit_test(test_exchange_listed_prefix),
		cmocka_unit_test(test_group_member_with_initials),
		cmocka_unit_test(test_backs_priced_bid),
		cmocka_unit_test(test_more_currency_forms),
		cmocka_unit_test(test_agrees_to_named_takeover),
		cmocka_unit_test(test_bid_values_group),
		cmocka_unit_test(test_acronym_of_written_name),
		cmocka_unit_test(test_bracketed_short_form_before_headline),
		cmocka_unit_test(test_combine_in_including_debt),
		cmocka_unit_test(test_round_company_apposition),
		cmocka_unit_test(test_raise_led_by),
		cmocka_unit_test(test_interest_in_the_company),
		cmocka_unit_test(test_pact_with_to_form),
		cmocka_unit_test(test_go_public),
		cmocka_unit_test(test_listed_on_exchange),
		cmocka_unit_test(test_unit_of_seller_bracketed),
		cmocka_unit_test(test_sell_all_other_than),
		cmocka_unit_test(test_its_purchase_by),
		cmocka_unit_test(test_seek_purchasers),
		cmocka_unit_test(test_merger_proposal_to),
		cmocka_unit_test(test_repurchase_from_holders),
		cmocka_unit_test(test_headline_ticker_owned_thing),
		cmocka_unit_test(test_raised_named_stake),
		cmocka_unit_test(test_ipo_offer_for_sale_by),
		cmocka_unit_test(test_ipo_papers_no_name),
		cmocka_unit_test(test_co_bidders_described),
		cmocka_unit_test(test_bid_for_owners_stake),
		cmocka_unit_test(test_iberian_firm_words),
		cmocka_unit_test(test_purchase_of_owners_named_part),
		cmocka_unit_test(test_response_to_bid),
		cmocka_unit_test(test_late_headline_deal),
		cmocka_unit_test(test_pact_with_for_sale_of_its),
		cmocka_unit_test(test_price_between_verb_and_object),
		cmocka_unit_test(test_took_came_investors),
		cmocka_unit_test(test_east_end_no_termination),
		cmocka_unit_test(test_set_exchange_acronym),
		cmocka_unit_test(test_bahraini_dinar_and_piastres),
		cmocka_unit_test(test_cents_follow_story_dollar),
		cmocka_unit_test(test_rival_verb_bid),
		cmocka_unit_test(test_headline_comma_ends_object),
		cmocka_unit_test(test_sell_itself_to),
		cmocka_unit_test(test_lists_after_ipo),
		cmocka_unit_test(test_hungarian_suffixes),
		cmocka_unit_test(test_passing_deal_price_kind),
		cmocka_unit_test(test_gmv_market),
		cmocka_unit_test(test_kept_from_buying),
		cmocka_unit_test(test_round26_review),
		cmocka_unit_test(test_takes_share_of),
		cmocka_unit_test(test_holders_back_merger),
		cmocka_unit_test(test_new_company_buyer),
		cmocka_unit_test(test_it_and_partner_merge),
		cmocka_unit_test(test_sold_to_company_formed_by),
		cmocka_unit_test(test_own_shares_sold_headline),
		cmocka_unit_test(test_securities_broker_bought),
		cmocka_unit_test(test_takeover_target_candidate),
		cmocka_unit_test(test_pursue_goal_no_status),
		cmocka_unit_test(test_planned_venture_partners),
		cmocka_unit_test(test_told_wire_no_name),
		cmocka_unit_test(test_ipo_exchange_not_target),
		cmocka_unit_test(test_omani_rial_ro),
		cmocka_unit_test(test_title_case_rival),
		cmocka_unit_test(test_member_owner_possessive),
		cmocka_unit_test(test_quoted_brand_no_member),
		cmocka_unit_test(test_usd_or_local_amount),
		cmocka_unit_test(test_venture_known_subject_and_invest),
		cmocka_unit_test(test_joint_build_plant),
		cmocka_unit_test(test_buyer_comprised_of),
		cmocka_unit_test(test_group_leader_over_self_buyer),
		cmocka_unit_test(test_approval_by_not_buyer),
		cmocka_unit_test(test_purchase_from_of),
		cmocka_unit_test(test_ipo_shares_of_company),
		cmocka_unit_test(test_evaluate_offer_headline),
		cmocka_unit_test(test_currency_anchors_undated_story),
		cmocka_unit_test(test_listing_exchange_country),
		cmocka_unit_test(test_stake_cut_sold_to_buyer),
		cmocka_unit_test(test_purchase_from_seller_of_target),
		cmocka_unit_test(test_wrapped_apposition_company),
		cmocka_unit_test(test_wrapped_name_one_company),
		cmocka_unit_test(test_merger_between_sides),
		cmocka_unit_test(test_passing_takeover_price),
		cmocka_unit_test(test_security_and_quantity_prices),
		cmocka_unit_test(test_holding_buyer_next),
		cmocka_unit_test(test_tied_country_up_front_only_in_lead),
		cmocka_unit_test(test_agreement_with_seller),
		cmocka_unit_test(test_lower_case_market_code),
		cmocka_unit_test(test_and_place_possessive_splits_names),
		cmocka_unit_test(test_target_owner_apposed),
		cmocka_unit_test(test_sold_to_buyer_list),
		cmocka_unit_test(test_also_put_in_money),
		cmocka_unit_test(test_rules_hold_back_on_lookalikes),
		cmocka_unit_test(test_open_offer_follows_purchase),
		cmocka_unit_test(test_bid_launched_this_morning_by),
		cmocka_unit_test(test_sale_to_buyer_next),
		cmocka_unit_test(test_penn_abbreviation),
		cmocka_unit_test(test_bid_price_then_from),
		cmocka_unit_test(test_rules_hold_back_on_lookalikes_2),
		cmocka_unit_test(test_own_stake_offered),
		cmocka_unit_test(test_rules_hold_back_on_lookalikes_3),
		cmocka_unit_test(test_unit_price_measure_word),
		cmocka_unit_test(test_small_sum_story_without_shares),
		cmocka_unit_test(test_two_letter_short_form),
		cmocka_unit_test(test_bracketed_acronym_letters),
		cmocka_unit_test(test_ipo_seller_per_cent_and_held_far),
		cmocka_unit_test(test_marketable_not_market),
		cmocka_unit_test(test_charges_headline_lookalike),
		cmocka_unit_test(test_defence_and_rules_headline_lookalike),
		cmocka_unit_test(test_rules_hold_back_on_lookalikes_29),
		cmocka_unit_test(test_seller_receives_price),
		cmocka_unit_test(test_committed_to_invest_other),
		cmocka_unit_test(test_settlement_sum_other),
		cmocka_unit_test(test_own_buyback_after_dateline),
		cmocka_unit_test(test_seller_behind_funds),
		cmocka_unit_test(test_origin_from_not_seller),
		cmocka_unit_test(test_rules_hold_back_on_lookalikes_29b),
		cmocka_unit_test(test_acquisition_noun_for_price),
		cmocka_unit_test(test_passing_deal_noun_price),
		cmocka_unit_test(test_valued_before_valuation),
		cmocka_unit_test(test_initial_offering_ipo),
		cmocka_unit_test(test_rules_hold_back_on_lookalikes_29c),
		cmocka_unit_test(test_nearing_agreement_talks),
		cmocka_unit_test(test_wrapped_up_negotiations_agreed),
		cmocka_unit_test(test_speech_feature_headline_lookalike),
		cmocka_unit_test(test_term_acronym_no_party),
		cmocka_unit_test(test_accepts_its_offer_speaker_bids),
		cmocka_unit_test(test_threatened_end_not_terminated),
		cmocka_unit_test(test_merger_sides_from_later_purchase),
		cmocka_unit_test(test_bank_of_place_name),
		cmocka_unit_test(test_decimal_comma_not_clause),
		cmocka_unit_test(test_raised_from_auction_no_round),
		cmocka_unit_test(test_first_round_capital_investor),
		cmocka_unit_test(test_name_opening_with_suffix_hyphen),
		cmocka_unit_test(test_purchase_agreement_name_no_cue),
		cmocka_unit_test(test_rules_hold_back_on_lookalikes_30),
		cmocka_unit_test(test_recommended_offer_adjective),
		cmocka_unit_test(test_headline_names_seller_of_lead_target),
		cmocka_unit_test(test_gets_pct_in_bid_bidder),
		cmocka_unit_test(test_lead_one_word_company),
		cmocka_unit_test(test_bidders_subject_bought),
		cmocka_unit_test(test_local_units_by_country),
		cmocka_unit_test(test_book_value_not_price),
		cmocka_unit_test(test_headline_owner_sum_bid),
		cmocka_unit_test(test_family_of_company_not_buyer),
		cmocka_unit_test(test_air_france_klm_chapter_11),
		cmocka_unit_test(test_state_refusal_blocks),
		cmocka_unit_test(test_count_of_shares_is_stake),
		cmocka_unit_test(test_venture_convertible_note),
		cmocka_unit_test(test_and_two_companies_named_alone),
		cmocka_unit_test(test_subject_named_again_is_target),
		cmocka_unit_test(test_headline_opens_with_lead_buyer),
		cmocka_unit_test(test_exchange_offer_own_debt_described),
		cmocka_unit_test(test_venture_partners_listed),
		cmocka_unit_test(test_headline_unit_named_by_lead),
		cmocka_unit_test(test_trade_unit_named),
		cmocka_unit_test(test_count_of_shares_past_suffix),
		cmocka_unit_test(test_venture_partners_described),
		cmocka_unit_test(test_pvt_suffix),
		cmocka_unit_test(test_raise_then_round_led_by),
		cmocka_unit_test(test_sentence_case_raise_object),
		cmocka_unit_test(test_headline_unit_sold_lead_bought_from),
		cmocka_unit_test(test_said_it_and_buyer),
		cmocka_unit_test(test_offer_backed_by_no_buyback),
		cmocka_unit_test(test_shares_in_name),
		cmocka_unit_test(test_long_apposition_raiser),
		cmocka_unit_test(test_gerund_after_holding),
		cmocka_unit_test(test_headline_stake_in_itself),
		cmocka_unit_test(test_headline_stake_buyer_as_company),
		cmocka_unit_test(test_initials_name_company),
		cmocka_unit_test(test_headline_bid_for_name),
		cmocka_unit_test(test_hyphen_adjective_no_name),
		cmocka_unit_test(test_headline_stake_lead_investment),
		cmocka_unit_test(test_investment_banker_no_deal),
		cmocka_unit_test(test_become_subsidiary_of),
		cmocka_unit_test(test_considering_acquiring),
		cmocka_unit_test(test_supercomputer_goods),
		cmocka_unit_test(test_peso_sign_spanish_scale),
		cmocka_unit_test(test_sukuk_refinancing_no_deal),
		cmocka_unit_test(test_buyback_tender_offer),
		cmocka_unit_test(test_products_plants_sold),
		cmocka_unit_test(test_bracketed_capitals_after_lower_word),
		cmocka_unit_test(test_eurozone_cents),
		cmocka_unit_test(test_noun_after_second_of_pair),
		cmocka_unit_test(test_group_leader_described),
		cmocka_unit_test(test_exchange_dollar),
		cmocka_unit_test(test_dirham_country),
		cmocka_unit_test(test_payee_sells),
		cmocka_unit_test(test_pooled_venture),
		cmocka_unit_test(test_listing_code_and_merger_partners),
		cmocka_unit_test(test_round35_held_back),
		cmocka_unit_test(test_motive_clause_status),
		cmocka_unit_test(test_transfer_sold),
		cmocka_unit_test(test_papers_and_sued_deal),
		cmocka_unit_test(test_target_holder_sells),
		cmocka_unit_test(test_round35_second_held_back),
		cmocka_unit_test(test_become_top_holder),
		cmocka_unit_test(test_proposed_awaiting_approval),
		cmocka_unit_test(test_caps_headline_name_word_no_status),
		cmocka_unit_test(test_assets_sold_head_weak),
		cmocka_unit_test(test_initials_in_brackets_name),
		cmocka_unit_test(test_whole_unit_named),
		cmocka_unit_test(test_ipo_seller_named_further),
		cmocka_unit_test(test_round_rules_not_misread),
		cmocka_unit_test(test_owner_assets_part),
		cmocka_unit_test(test_own_parts_and_sponsors_no_deal),
		cmocka_unit_test(test_debt_for_deal_no_deal),
		cmocka_unit_test(test_penalty_writedown_post_no_deal),
		cmocka_unit_test(test_hyphened_name_lower_tail),
		cmocka_unit_test(test_headline_rules_keep_deals),
		cmocka_unit_test(test_accented_known_name),
		cmocka_unit_test(test_vocabulary_alone_no_deal),
		cmocka_unit_test(test_holder_share_in),
		cmocka_unit_test(test_ipo_priced_completed),
		cmocka_unit_test(test_headline_offer_part_not_status),
		cmocka_unit_test(test_lead_told_priced_deal),
		cmocka_unit_test(test_percent_one_word),
		cmocka_unit_test(test_forced_sale_blocked),
		cmocka_unit_test(test_merger_headline_comma_pair),
		cmocka_unit_test(test_developer_firm_not_person),
		cmocka_unit_test(test_bid_won_agreed),
		cmocka_unit_test(test_bid_for_owners_company),
		cmocka_unit_test(test_brand_owner_unnamed),
		cmocka_unit_test(test_security_firm_bought),
		cmocka_unit_test(test_unnamed_group_members),
		cmocka_unit_test(test_suffix_of_place_name),
		cmocka_unit_test(test_congo_by_era),
		cmocka_unit_test(test_headline_initials_same_party),
		cmocka_unit_test(test_owner_share_name_stake),
		cmocka_unit_test(test_rejected_bid_sides),
		cmocka_unit_test(test_ipo_venue_no_target),
		cmocka_unit_test(test_apposed_owner_not_subject),
		cmocka_unit_test(test_ipo_no_investor_roles),
		cmocka_unit_test(test_owner_place_assets_arm),
		cmocka_unit_test(test_described_subject_relative_clause),
		cmocka_unit_test(test_describer_opening_subject),
		cmocka_unit_test(test_raise_in_listing_ipo),
		cmocka_unit_test(test_passive_seller_next),
		cmocka_unit_test(test_partnership_default_agreed),
		cmocka_unit_test(test_official_no_side),
		cmocka_unit_test(test_authority_refusal_blocked),
		cmocka_unit_test(test_buy_into_half_stake),
		cmocka_unit_test(test_shortened_first_name_firm),
		cmocka_unit_test(test_slash_suffix_as),
		cmocka_unit_test(test_lead_agreed_over_headline_offer),
		cmocka_unit_test(test_goods_trade_two_words),
		cmocka_unit_test(test_held_by_seller),
		cmocka_unit_test(test_deal_dies),
		cmocka_unit_test(test_authority_declines_to_clear),
		cmocka_unit_test(test_sold_under_brand),
		cmocka_unit_test(test_holding_sold_in_listing),
		cmocka_unit_test(test_voluntary_partial_offer),
		cmocka_unit_test(test_talks_with_stake),
		cmocka_unit_test(test_built_stake_completed),
		cmocka_unit_test(test_possessive_security_word),
		cmocka_unit_test(test_media_rights_no_deal),
		cmocka_unit_test(test_part_apposed_named),
		cmocka_unit_test(test_partyless_low_margin_no_deal),
		cmocka_unit_test(test_offer_succeeded_past_dateline),
		cmocka_unit_test(test_product_launched),
		cmocka_unit_test(test_nonbusiness_merger),
		cmocka_unit_test(test_quote_bid),
		cmocka_unit_test(test_named_post_headline),
		cmocka_unit_test(test_deal_rules_headline),
		cmocka_unit_test(test_deal_defence_headline),
		cmocka_unit_test(test_apposed_formerly_known),
		cmocka_unit_test(test_ending_idioms),
		cmocka_unit_test(test_authority_turns_down_bid),
		cmocka_unit_test(test_headline_buyers),
		cmocka_unit_test(test_size_limit),
		cmocka_unit_test(test_many_amounts),
		cmocka_unit_test(test_json),
	};
	const struct CMUnitTest seed_tests[] = {
		cmocka_unit_test(test_seed_lazada),
		cmocka_unit_test(test_seed_kroger),
		cmocka_unit_test(test_seed_sun_art),
	};
	int rc = seeds ? cmocka_run_group_tests(seed_tests, NULL, NULL)
		       : cmocka_run_group_tests(tests, NULL, NULL);
	ex_free(ex);
	dm_free(model);
	gaz_free(g);
	return rc;
}
