#!/usr/bin/env bash
# deals_test.sh - deal records (indexer/write/link.h, searcher/deals.h):
# the stories of one deal from two outlets are one record with its status
# history and value; a competing bid by another buyer is another record,
# listed as related; the same story sent twice counts once; a story far
# outside the window opens a record of its own; `search --group deal`
# gives one hit per record while the facets count stories; `deals` and
# `deal` in text, JSON and CSV; coverage without a deal of its own and a
# bidder's vehicle join the bidder's record.
. "$(dirname "$0")/lib.sh"
need_jq

cat > "$T/a.jsonl" <<'JSON'
{"id":"w1","source":"Wire One","date":"2024-03-01T09:00:00Z","title":"Harlow Corp in talks to buy Pemberton Mills","body":"Harlow Corp said it is in talks to acquire Pemberton Mills Inc, a textile maker, for about 120 mln dlrs in cash."}
{"id":"w2","source":"Daily Ledger","date":"2024-03-09T09:00:00Z","title":"Harlow agrees to buy Pemberton Mills for $120 million","body":"Harlow Corp said it agreed to acquire Pemberton Mills Inc for 120 mln dlrs in cash, after the Pemberton board backed the offer."}
{"id":"w3","source":"Wire One","date":"2024-04-20T09:00:00Z","title":"Harlow completes Pemberton Mills purchase","body":"Harlow Corp said it completed its acquisition of Pemberton Mills Inc for 120 mln dlrs in cash, its largest purchase in ten years."}
{"id":"w4","source":"Wire One","date":"2024-03-12T09:00:00Z","title":"Corwen Industries bids for Pemberton Mills","body":"Corwen Industries Inc said it offered to buy Pemberton Mills Inc for 140 mln dlrs in cash, topping an agreed offer by Harlow Corp."}
{"id":"w5","source":"Daily Ledger","date":"2024-03-02T10:00:00Z","title":"Harlow in talks for Pemberton","body":"Harlow Corp said it is in talks to acquire Pemberton Mills Inc, a textile maker, for about 120 mln dlrs in cash."}
{"id":"w6","source":"Wire One","date":"2025-06-01T09:00:00Z","title":"Harlow to buy Pemberton Mills stake","body":"Harlow Corp said it agreed to acquire Pemberton Mills Inc for 300 mln dlrs in cash, more than a year after talks first began."}
{"id":"w7","source":"Wire One","date":"2024-03-03T09:00:00Z","title":"Textile prices rise","body":"Prices of cotton yarn rose for a third week, traders said."}
JSON
out=$("$DS" index -q --db "$T/db" "$T/a.jsonl" 2>&1); rc=$?
expect_eq "index exit" "$rc" 0

"$DS" deals --db "$T/db" --json --limit 100 > "$T/deals.json"; rc=$?
expect_eq "deals exit" "$rc" 0
rec() { jq -r --arg s "$1" '.deals[] | select(.stories | index($s)) | .id' "$T/deals.json"; }
# index file $2 into index $1, and its deal records into names.json
records() {
	"$DS" index -q --db "$1" "$2" >/dev/null 2>&1
	"$DS" deals --db "$1" --json > "$T/names.json"
}
r1=$(rec w1)
expect_match "a record for the talks" "$r1" '^d[0-9a-f]{12}$'
expect_eq "the agreement joins it" "$(rec w2)" "$r1"
expect_eq "the completion joins it" "$(rec w3)" "$r1"
expect_eq "the repeat joins it" "$(rec w5)" "$r1"
r4=$(rec w4)
expect_match "the competing bid has a record" "$r4" '^d[0-9a-f]{12}$'
[ "$r4" != "$r1" ] || fail "the competing bid joined the first buyer's record"
r6=$(rec w6)
[ -n "$r6" ] && [ "$r6" != "$r1" ] || fail "a story 15 months later joined the record ($r6)"
expect_eq "a story with no deal is in no record" "$(rec w7)" ""
expect_eq "records" "$(jq '.total' "$T/deals.json")" 3

"$DS" deal --db "$T/db" --json "$r1" > "$T/one.json"
expect_eq "parties" "$(jq -r '[.acquirer, .target] | join(" -> ")' "$T/one.json")" "Harlow -> Pemberton Mills"
expect_eq "stories, the repeat counted once" "$(jq '.nstories' "$T/one.json")" 3
expect_eq "outlets" "$(jq -r '.outlets | sort | join(",")' "$T/one.json")" "Daily Ledger,Wire One"
expect_eq "the repeat names what it repeats" \
	"$(jq -r '.stories[] | select(.id == "w5") | .dup_of' "$T/one.json")" "w1"
expect_eq "status history" "$(jq -r '[.history[] | .status + " " + .date[0:10]] | join(", ")' "$T/one.json")" \
	"in-talks 2024-03-01, agreed 2024-03-09, completed 2024-04-20"
expect_eq "status" "$(jq -r '.status' "$T/one.json")" completed
expect_eq "value" "$(jq -r '.value.usd' "$T/one.json")" 120000000
expect_eq "first and last" "$(jq -r '.first[0:10] + " " + .last[0:10]' "$T/one.json")" "2024-03-01 2024-04-20"
expect_eq "the rival bid is related" "$(jq -r '.related | index("'"$r4"'") != null' "$T/one.json")" true

txt=$("$DS" deal --db "$T/db" "$r1")
expect_match "text: the sides" "$txt" 'Harlow -> Pemberton Mills'
expect_match "text: the timeline" "$txt" '2024-04-20  completed'
expect_match "text: a repeat" "$txt" 'repeats w1'

csv=$("$DS" deals --db "$T/db" --csv --sort value)
expect_match "csv header" "$(printf '%s\n' "$csv" | head -1)" '^id,type,status,acquirer,'
expect_match "csv: the largest value first" "$(printf '%s\n' "$csv" | sed -n 2p)" '"300000000"'

"$DS" deals --db "$T/db" --json --sort date > "$T/bydate.json"
expect_eq "by date: the latest story first" "$(jq -r '.deals[0].stories[0]' "$T/bydate.json")" w6

"$DS" search --db "$T/db" --json --group deal --facets type Pemberton > "$T/g.json"
expect_eq "grouped: one hit per record" "$(jq '.total' "$T/g.json")" 3
expect_eq "grouped: the stories matched" "$(jq '.stories' "$T/g.json")" 6
expect_eq "grouped: facets count stories" "$(jq '[.facets.type.values[].count] | add' "$T/g.json")" 6
expect_eq "grouped: each hit carries its record" \
	"$(jq -r '[.hits[].deal_record.nstories] | sort | join(",")' "$T/g.json")" "1,1,3"
"$DS" search --db "$T/db" --json --facets none Pemberton > "$T/u.json"
expect_eq "ungrouped: every story" "$(jq '.total' "$T/u.json")" 6
g=$("$DS" search --db "$T/db" --group deal Pemberton)
expect_match "text: a record line" "$g" 'deal: 3 stories from 2 outlets; in-talks 2024-03-01 -> agreed 2024-03-09 -> completed 2024-04-20'
out=$("$DS" search --db "$T/db" --group firm Pemberton 2>&1); rc=$?
expect_eq "--group: a bad value" "$rc" 2
expect_match "--group: the error" "$out" "^error: --group: 'firm' is not deal or story$"
out=$("$DS" deal --db "$T/db" dffffffffffff 2>&1); rc=$?
expect_eq "deal: an unknown id" "$rc" 2
expect_match "deal: the error" "$out" "^error: no deal 'dffffffffffff'$"

# the same stories indexed again keep their records
"$DS" index -q --db "$T/db" --retag >/dev/null 2>&1
"$DS" deals --db "$T/db" --json --limit 100 > "$T/deals2.json"
expect_eq "a retag keeps the grouping" \
	"$(jq -c '[.deals[] | .stories | sort] | sort' "$T/deals2.json")" \
	"$(jq -c '[.deals[] | .stories | sort] | sort' "$T/deals.json")"
# a headline in capitals names no party the tagger trusts: its words that
# are a record's parties place it (the target and the buyer both named)
cat > "$T/c.jsonl" <<'JSON'
{"id":"w12","source":"Wire One","date":"2024-03-10T09:00:00Z","title":"PEMBERTON MILLS <PMB> REJECTS TAKEOVER BID FROM CORWEN","body":""}
{"id":"w13","source":"Wire One","date":"2024-03-10T10:00:00Z","title":"PEMBERTON MILLS <PMB> SAYS TAKEOVER TALKS GO ON","body":""}
{"id":"w14","source":"Wire One","date":"2024-03-13T09:00:00Z","title":"Corwen to raise its offer","body":"Corwen Industries Inc said it will raise its cash offer, a spokesman said, without giving a figure. Pemberton Mills Inc had no comment."}
JSON
"$DS" index -q --db "$T/db" "$T/c.jsonl" >/dev/null 2>&1
"$DS" deals --db "$T/db" --json --limit 100 > "$T/deals3.json"
expect_eq "a capitals headline naming both sides joins their record" \
	"$(jq -r '.deals[] | select(.stories | index("w12")) | .id' "$T/deals3.json")" "$r4"
expect_eq "a bidder's story without its target joins its record" \
	"$(jq -r '.deals[] | select(.stories | index("w14")) | .id' "$T/deals3.json")" "$r4"
expect_eq "one naming the target of two bids joins neither" \
	"$(jq -r '.deals[] | select(.stories | index("w13")) | .id' "$T/deals3.json")" ""

# one buyer under two names: initials, a person with and without a first
# name; another company sharing a surname-like last word stays apart
cat > "$T/d.jsonl" <<'JSON'
{"id":"v1","source":"Wire One","date":"2024-06-01T09:00:00Z","title":"Trans World Airlines bids for Ostrava Air","body":"Trans World Airlines Inc said it offered to buy Ostrava Air Inc for 50 dlrs a share, or about 400 mln dlrs."}
{"id":"v2","source":"Wire One","date":"2024-06-05T09:00:00Z","title":"TWA raises Ostrava Air bid","body":"TWA said it raised its offer for Ostrava Air Inc to 55 dlrs a share, or about 440 mln dlrs."}
{"id":"v3","source":"Wire One","date":"2024-06-02T09:00:00Z","title":"Investor Martin Kessling bids for Talbot Stores","body":"New York investor Martin Kessling said he offered to buy Talbot Stores Inc for 30 dlrs a share."}
{"id":"v4","source":"Wire One","date":"2024-06-06T09:00:00Z","title":"Kessling raises Talbot Stores offer","body":"Kessling said he raised his offer for Talbot Stores Inc to 33 dlrs a share."}
{"id":"v5","source":"Wire One","date":"2024-06-07T09:00:00Z","title":"Avalon Air bids for Ostrava Air","body":"Avalon Air Corp said it offered to buy Ostrava Air Inc for 60 dlrs a share, topping the bid by TWA."}
JSON
records "$T/names" "$T/d.jsonl"
same() { jq -r --arg a "$1" --arg b "$2" \
	'[.deals[] | select((.stories | index($a)) and (.stories | index($b)))] | length' "$T/names.json"; }
expect_eq "TWA is Trans World Airlines" "$(same v1 v2)" 1
expect_eq "Kessling is Martin Kessling" "$(same v3 v4)" 1
expect_eq "Avalon Air is not Ostrava Air's first bidder" "$(same v1 v5)" 0

# a record that knows the sides by shorter names is found by the longer
# ones ("Kessel" and "Pardee Marine" for "Kessel Life Assurance" and
# "Pardee Marine Brothers"); a company that only shares a generic first
# word does not find it
cat > "$T/p.jsonl" <<'JSON'
{"id":"p1","source":"Wire One","date":"2024-07-01T09:00:00Z","title":"Kessel to buy stake in Pardee Marine","body":"Kessel Co said it agreed to buy a 10 pct stake in Pardee Marine Inc from Halvorsen Corp."}
{"id":"p2","source":"Wire One","date":"2024-07-03T09:00:00Z","title":"Kessel Life takes Pardee Marine Brothers stake","body":"Kessel Life Assurance Co said it would take a 10 pct stake in Pardee Marine Brothers Inc."}
{"id":"p3","source":"Wire One","date":"2024-07-04T09:00:00Z","title":"General Kessel buys Pardee Marine stake","body":"General Dynamo Corp said it agreed to buy a 12 pct stake in Pardee Trawlers Inc."}
JSON
records "$T/prefix" "$T/p.jsonl"
expect_eq "longer names find the record of the shorter" "$(same p1 p2)" 1
expect_eq "another target sharing a first word does not" "$(same p1 p3)" 0

# a bidder's vehicle named by the first word of the bidder's name, even a
# generic one ("National Acquisition" of "National Partners"), is the
# bidder; a vehicle opening with another word is another bidder
cat > "$T/g.jsonl" <<'JSON'
{"id":"g1","source":"Wire One","date":"2024-08-01T09:00:00Z","title":"National Partners bids for Talbot Stores","body":"National Partners said it began a tender offer of 40 dlrs a share for Talbot Stores Inc."}
{"id":"g2","source":"Wire One","date":"2024-08-04T09:00:00Z","title":"Talbot Stores studies tender","body":"Talbot Stores Inc said it is continuing to evaluate National Acquisition Inc's tender offer for its shares."}
{"id":"g3","source":"Wire One","date":"2024-08-05T09:00:00Z","title":"Talbot Stores gets another tender","body":"Pacific Acquisition Inc, a Denver investment vehicle formed last month, launched a 44 dlrs a share cash tender offer for Talbot Stores Inc, the Ohio retailer, and said financing was arranged with three banks."}
JSON
records "$T/vehicle" "$T/g.jsonl"
expect_eq "National Acquisition is National Partners' vehicle" "$(same g1 g2)" 1
expect_eq "Pacific Acquisition is another bidder" "$(same g1 g3)" 0

# coverage and vehicles: a lawsuit with no deal of its own that names both
# sides joins the record; a results story naming them does not; a bidder's
# vehicle named with its bidder is the bidder
cat > "$T/e.jsonl" <<'JSON'
{"id":"c1","source":"Wire One","date":"2024-06-02T09:00:00Z","title":"Investor Martin Kessling bids for Talbot Stores","body":"New York investor Martin Kessling said he offered to buy Talbot Stores Inc for 30 dlrs a share."}
{"id":"c2","source":"Wire One","date":"2024-06-08T09:00:00Z","title":"TALBOT STORES <TLB> FILES SUIT AGAINST KESSLING","body":"Talbot Stores Inc said it filed suit in federal court in Boston against Martin Kessling, charging that statements he made about his offer for the company violated securities laws."}
{"id":"c3","source":"Wire One","date":"2024-06-09T09:00:00Z","title":"TALBOT STORES <TLB> 1ST QTR NET","body":"Talbot Stores Inc said first quarter net income rose to 4.2 mln dlrs from 3.1 mln dlrs a year earlier on sales of 88 mln dlrs. Martin Kessling holds a stake in the company."}
{"id":"c4","source":"Wire One","date":"2024-06-10T09:00:00Z","title":"Kessling unit starts Talbot Stores tender","body":"Kessling Acquisition Corp, formed by New York investor Martin Kessling, said it started a tender offer for all shares of Talbot Stores Inc at 33 dlrs a share."}
{"id":"c5","source":"Wire One","date":"2024-06-11T09:00:00Z","title":"Brandt Acquisition bids for Talbot Stores","body":"Brandt Acquisition Corp said it offered 36 dlrs a share for Talbot Stores Inc, topping an offer from another group."}
{"id":"c7","source":"Wire One","date":"2024-06-05T09:00:00Z","title":"Hardwick to buy Lindell Foods","body":"Hardwick Industries Inc said it agreed to acquire Lindell Foods Inc for 120 mln dlrs in cash."}
{"id":"c6","source":"Wire One","date":"2024-06-12T09:00:00Z","title":"HARDWICK <HWK> TO SELL 10-YEAR NOTES","body":"Hardwick Industries Inc said it will sell up to 90 mln dlrs of 10-year notes to complete the financing of its acquisition of Lindell Foods Inc."}
{"id":"c8","source":"Wire One","date":"2024-06-13T09:00:00Z","title":"HARDWICK <HWK> UNIT OFFERS NEW SERVICE","body":"Hardwick Industries Inc's Lindell Foods unit said it now offers Lindell Express, a service that delivers groceries to offices, at no extra cost."}
JSON
records "$T/cov" "$T/e.jsonl"
expect_eq "a suit naming both sides is the deal's coverage" "$(same c1 c2)" 1
expect_eq "a results story naming them is not" "$(same c1 c3)" 0
expect_eq "Kessling Acquisition, formed by Kessling, is Kessling" "$(same c1 c4)" 1
expect_eq "another vehicle not named with him is another bid" "$(same c1 c5)" 0
# the buyer's coverage: its headline names the buyer, its text the deal
# for the target ("the financing of its acquisition of Lindell"); a
# story naming the target only as the buyer's unit is not
expect_eq "the buyer's financing of the deal is its coverage" "$(same c7 c6)" 1
expect_eq "the buyer's unit's new service is not" "$(same c7 c8)" 0
expect_eq "coverage has no deal fields of its own" \
	"$("$DS" search --db "$T/cov" --json 'type:acquisition' | jq -r '[.hits[].id] | index("c2")')" null

# repeats are looked for within the story's window: the same text two
# years on is a story of its own (here a record of its own), and an
# undated story repeats an undated one
cat > "$T/r.jsonl" <<'JSON'
{"id":"r1","source":"Wire One","date":"2024-09-01T09:00:00Z","title":"Marlowe to buy Ferris Bakeries","body":"Marlowe Foods Inc said it agreed to acquire Ferris Bakeries Inc, a maker of bread and rolls, for 75 mln dlrs in cash."}
{"id":"r2","source":"Daily Ledger","date":"2024-09-03T09:00:00Z","title":"Marlowe agrees Ferris deal","body":"Marlowe Foods Inc said it agreed to acquire Ferris Bakeries Inc, a maker of bread and rolls, for 75 mln dlrs in cash."}
{"id":"r3","source":"Wire One","date":"2026-09-01T09:00:00Z","title":"Marlowe to buy Ferris Bakeries","body":"Marlowe Foods Inc said it agreed to acquire Ferris Bakeries Inc, a maker of bread and rolls, for 75 mln dlrs in cash."}
{"id":"r4","source":"Wire One","title":"Dunmore to buy Keswick Paper","body":"Dunmore Holdings Inc said it agreed to acquire Keswick Paper Inc, a maker of packaging board, for 60 mln dlrs in cash."}
{"id":"r5","source":"Daily Ledger","title":"Dunmore agrees Keswick deal","body":"Dunmore Holdings Inc said it agreed to acquire Keswick Paper Inc, a maker of packaging board, for 60 mln dlrs in cash."}
JSON
"$DS" index -q --db "$T/rep" "$T/r.jsonl" >/dev/null 2>&1
dupof() { "$DS" deal --db "$T/rep" --json \
	"$("$DS" deals --db "$T/rep" --json | jq -r --arg s "$1" '.deals[] | select(.stories | index($s)) | .id')" |
	jq -r --arg s "$1" '.stories[] | select(.id == $s) | .dup_of // ""'; }
expect_eq "a repeat within days" "$(dupof r2)" r1
expect_eq "the same text two years on repeats nothing" "$(dupof r3)" ""
expect_eq "an undated repeat of an undated story" "$(dupof r5)" r4

# the table names the sides it knows: a merger's sides, never an unknown
# side as "?"
cat > "$T/p.jsonl" <<'JSON'
{"id":"p1","source":"Wire One","date":"2024-07-01T09:00:00Z","title":"Velmar Corp and Oskin Inc agree to merge","body":"Velmar Corp and Oskin Inc said they agreed to merge in a stock swap."}
JSON
"$DS" index -q --db "$T/jv" "$T/p.jsonl" >/dev/null 2>&1
expect_match "deals: a merger's sides" "$("$DS" deals --db "$T/jv")" \
	'merger, agreed  Velmar \+ Oskin'

# alerts per deal: a new deal once, then only a new status or value
"$DS" index -q --db "$T/al" "$T/a.jsonl" >/dev/null 2>&1
"$DS" saved --db "$T/al" add pem 'Pemberton OR Quimby' >/dev/null
news() { "$DS" saved --db "$T/al" run pem --new --by deal --json |
	jq -c '[.hits[] | [(.deal_record.id // .id), .alert.reason,
		([.alert.changes[]? | .field + ":" + (.to | tostring)] | join(","))]]'; }
first=$(news)
expect_eq "first run: three new deals" \
	"$(printf '%s' "$first" | jq -c '[.[][1]] | sort')" '["new deal","new deal","new deal"]'
expect_eq "nothing new, nothing reported" "$(news)" '[]'
cat > "$T/b.jsonl" <<'JSON'
{"id":"w8","source":"Trade Weekly","date":"2024-04-22T09:00:00Z","title":"Harlow closes Pemberton Mills deal","body":"Harlow Corp has completed its acquisition of Pemberton Mills Inc for 120 mln dlrs in cash, the companies said."}
{"id":"w9","source":"Wire One","date":"2024-03-14T09:00:00Z","title":"Corwen raises Pemberton Mills bid","body":"Corwen Industries Inc said it raised its offer for Pemberton Mills Inc to 165 mln dlrs in cash."}
{"id":"w10","source":"Wire One","date":"2024-05-02T09:00:00Z","title":"Quimby Foods agrees to buy Ostler Dairies","body":"Quimby Foods Inc said it agreed to acquire Ostler Dairies Inc for 45 mln dlrs in cash."}
JSON
"$DS" index -q --db "$T/al" "$T/b.jsonl" >/dev/null 2>&1
second=$(news)
expect_eq "a story that changes nothing of its deal is no news" \
	"$(printf '%s' "$second" | jq -c --arg d "$r1" '[.[] | select(.[0] == $d)] | length')" 0
expect_match "a raised bid is the value's change" "$second" '"deal changed","value:165000000(\.0)?"'
expect_match "a new deal once" "$second" '"new deal",""'
expect_eq "two reports" "$(printf '%s' "$second" | jq length)" 2
txt=$("$DS" saved --db "$T/al" run pem --new --by deal)
expect_match "text run: nothing new" "$txt" '^0 deals'
# orphans: a flash naming both companies before any story with the deal's
# sides joins the record the later story opens (the record then groups
# it, and its alert is a new deal); one naming the target alone, or
# another bidder, does not
cat > "$T/o1.jsonl" <<'JSON'
{"id":"o1","source":"Wire One","date":"2024-08-01T09:00:00Z","title":"DELSWORTH SAYS IT RECEIVED UNSOLICITED BID FROM MARKHAM TOOLS","body":""}
{"id":"o2","source":"Wire One","date":"2024-08-02T09:00:00Z","title":"DELSWORTH GETS UNSOLICITED TAKEOVER BID","body":""}
{"id":"o3","source":"Wire One","date":"2024-08-02T12:00:00Z","title":"DELSWORTH SAYS IT REJECTED BID FROM ARNOTT GROUP","body":""}
JSON
cat > "$T/o2.jsonl" <<'JSON'
{"id":"o4","source":"Wire One","date":"2024-08-05T09:00:00Z","title":"Markham Tools bids for Delsworth","body":"Markham Tools Inc said it offered to buy Delsworth Corp for 40 dlrs a share, or about 220 mln dlrs."}
JSON
"$DS" index -q --db "$T/orph" "$T/o1.jsonl" >/dev/null 2>&1
"$DS" saved --db "$T/orph" add del 'Delsworth' >/dev/null
"$DS" saved --db "$T/orph" run del --new --by deal >/dev/null
records "$T/orph" "$T/o2.jsonl"
expect_eq "an earlier flash naming both sides joins the record" "$(same o1 o4)" 1
expect_eq "one naming the target alone does not" "$(same o2 o4)" 0
expect_eq "one naming another bidder does not" "$(same o3 o4)" 0
expect_eq "grouped, the flash is the record's" \
	"$("$DS" search --db "$T/orph" --json --group deal 'unsolicited bid markham' |
	   jq -c '[.hits[] | [.deal_record.id == ("'"$(jq -r '.deals[] | select(.stories | index("o4")) | .id' "$T/names.json")"'"), .deal_record.nstories]]')" '[[true,2]]'
# the adopted flash's part of the record (schema.h, SLOT_RECORD) is
# written with its adoption, so no record's search reads its document
if command -v xapian-delve >/dev/null; then
	expect_match "the adopted story's record part names its record" \
		"$(xapian-delve -V35 "$T/orph/xapian")" \
		'\{"id":"o1",[^}]*"deal_id":"'"$(jq -r '.deals[] | select(.stories | index("o4")) | .id' "$T/names.json")"'","deal_since":[0-9]'
	expect_eq "no story of a record is without its part" \
		"$(jq '[.deals[].stories[]] | length' "$T/names.json")" \
		"$(xapian-delve -V35 "$T/orph/xapian" | grep -o '{"id":' | wc -l)"
else
	echo "note: xapian-delve not installed (xapian-tools): record parts not read"
fi
expect_eq "the adopting story's deal is news: a new deal" \
	"$("$DS" saved --db "$T/orph" run del --new --by deal --json |
	   jq -c '[.hits[] | [.id, .alert.reason]]')" '[["o4","new deal"]]'
# a suit sent before any story names the bid's sides is its coverage once
# a record for them comes, if its headline names both; a story whose
# headline names one of them by a word many names open does not
cat > "$T/o3.jsonl" <<'JSON'
{"id":"s1","source":"Wire One","date":"2024-09-01T09:00:00Z","title":"HOLLIS <HLS> FILES SUIT AGAINST TREMAINE","body":"Hollis Corp said it filed suit in federal court against Tremaine Partners, charging that statements it made about a takeover of the company violated securities laws."}
{"id":"s2","source":"Wire One","date":"2024-09-01T10:00:00Z","title":"FIRST HOLLIS BANK SUES TREMAINE PARTNERS","body":"First Hollis Bank said it sued Tremaine Partners over a loan."}
{"id":"s3","source":"Wire One","date":"2024-09-03T09:00:00Z","title":"Tremaine Partners bids for Hollis Corp","body":"Tremaine Partners said it offered to buy Hollis Corp for 25 dlrs a share, or about 300 mln dlrs."}
JSON
records "$T/suit" "$T/o3.jsonl"
expect_eq "an earlier suit naming both sides is the record's coverage" "$(same s1 s3)" 1
expect_eq "a story naming another company that opens with a word of a side's name is not" "$(same s2 s3)" 0

# a ticker is the company's identity: a story that misspells the target
# but gives its ticker is of its deal ("CEASARS WORLD <CAW>" with "Ceasars
# Wold Inc"); a company with another name and another ticker is not
cat > "$T/t.jsonl" <<'JSON'
{"id":"k1","source":"Wire One","date":"2024-10-01T09:00:00Z","title":"LINDQVIST STARTS BID FOR HARWOOD MILLS <HWM>","body":"Investor Anders Lindqvist said he started a tender offer for all shares of Harwood Mills Inc <HWM> at 28 dlrs a share."}
{"id":"k2","source":"Wire One","date":"2024-10-03T09:00:00Z","title":"HARWOOD MILLS <HWM> STUDYING LINDQVIST OFFER","body":"Harwod Mils Inc said its board is studying the unsolicited tender offer for its shares at 28 dlrs a share from Anders Lindqvist."}
{"id":"k3","source":"Wire One","date":"2024-10-04T09:00:00Z","title":"HARWOOD TEXTILES <HWT> GETS BID","body":"Harwood Textiles Corp said it received an unsolicited offer at 12 dlrs a share."}
JSON
records "$T/tkr" "$T/t.jsonl"
expect_eq "a misspelt target with the same ticker is the same company" "$(same k1 k2)" 1
expect_eq "another company and ticker is another deal" "$(same k1 k3)" 0

# a long name the wire misspells by a letter or a space, no ticker to
# tell: the same company; a short name a letter apart is another
cat > "$T/slip.jsonl" <<'JSON'
{"id":"m1","source":"Wire One","date":"2024-11-01T09:00:00Z","title":"Pellworth Air Freight bids for Corvane Courier","body":"Pellworth Air Freight Corp said it offered 40 dlrs a share for Corvane Courier Corp."}
{"id":"m2","source":"Wire One","date":"2024-11-04T09:00:00Z","title":"Pellworth raises Corvane offer","body":"Pellworth Air Frieght Corp said it raised its offer for Corvane Courier Corp to 42 dlrs a share."}
{"id":"m3","source":"Wire One","date":"2024-11-05T09:00:00Z","title":"Halde bids for Corvin Courier","body":"Halde Corp said it offered 12 dlrs a share for Corvin Inc."}
{"id":"m4","source":"Wire One","date":"2024-11-06T09:00:00Z","title":"Halde raises Corvan offer","body":"Halde Corp said it raised its offer for Corvan Inc to 13 dlrs a share."}
JSON
records "$T/slip" "$T/slip.jsonl"
expect_eq "a long buyer's name misspelt by a letter is the same buyer" "$(same m1 m2)" 1
expect_eq "a short target's name a letter apart is another target" "$(same m3 m4)" 0

"$DS" index -q --retag --db "$T/orph" >/dev/null 2>&1
"$DS" deals --db "$T/orph" --json > "$T/names.json"
expect_eq "tagged again: the same record" "$(same o1 o4)" 1

# a story naming the target alone, two bidders' records: it names one
# bidder in full, the record writes it with a space less (one of the
# wire's slips): that bidder's; the first bidder selling its stake in the
# target later is the end of its bid, its record's
cat > "$T/bid2.jsonl" <<'JSON'
{"id":"q1","source":"Wire One","date":"2024-03-01T09:00:00Z","title":"TRANS KESTREL <TKA> BIDS FOR STANMORE AIR <STA>","body":"Trans Kestrel Airlines Corp said it offered 52 dlrs a share for Stanmore Air Inc, a takeover valued at about 900 mln dlrs."}
{"id":"q2","source":"Wire One","date":"2024-03-02T09:00:00Z","title":"TRANSKESTREL <TKA> RAISES STANMORE AIR <STA> BID","body":"Transkestrel Airlines Corp said it raised its offer for Stanmore Air Inc to 54 dlrs a share."}
{"id":"q3","source":"Wire One","date":"2024-03-03T09:00:00Z","title":"HALDEN GROUP BIDS FOR STANMORE AIR <STA>","body":"Halden Group Inc said it offered 55 dlrs a share for Stanmore Air Inc, a rival bid."}
{"id":"q4","source":"Wire One","date":"2024-03-05T09:00:00Z","title":"STANMORE AIR <STA> STUDIES TAKEOVER OFFER","body":"Stanmore Air Inc said its board is studying the takeover offer of 54 dlrs a share. Trans Kestrel Airlines Corp made the offer last week."}
{"id":"q5","source":"Wire One","date":"2024-03-20T09:00:00Z","title":"HALDEN SELLS STANMORE AIR <STA> STAKE","body":"Halden Group Inc said it sold its 15 pct stake in Stanmore Air Inc to institutional investors for 180 mln dlrs."}
JSON
records "$T/bid2" "$T/bid2.jsonl"
expect_eq "the target alone, one bidder named with a space more: its record" "$(same q1 q4)" 1
expect_eq "... not the other bidder's" "$(same q3 q4)" 0
expect_eq "the rival bid stays apart" "$(same q1 q3)" 0
expect_eq "a bidder selling its stake in the target: its bid's record" "$(same q3 q5)" 1
expect_eq "... no other bidder's" "$(same q1 q5)" 0

# one name, one side: a story read Velmar as a target, two as a buyer
# (the same record: roles read the other way round); the buyer side wins,
# the target is not Velmar too; on a tie neither side is known
cat > "$T/side.jsonl" <<'JSON'
{"id":"v1","source":"Wire One","date":"2024-05-01T09:00:00Z","title":"Takeover bid for Velmar Inc","body":"A takeover bid for Velmar Inc valued at $80 million was disclosed on Monday."}
{"id":"v2","source":"Wire One","date":"2024-05-02T09:00:00Z","title":"Velmar Inc to make acquisition","body":"Velmar Inc said it agreed to make an acquisition for $80 million in cash."}
{"id":"v3","source":"Wire One","date":"2024-05-03T09:00:00Z","title":"Velmar Inc plans acquisition","body":"Velmar Inc said it plans to buy a company for $80 million in cash."}
JSON
"$DS" index -q --db "$T/side" "$T/side.jsonl" >/dev/null
expect_eq "one record of three stories" "$("$DS" deals --db "$T/side" --json | jq -c '[.deals[].nstories]')" '[3]'
expect_eq "a name on two sides: the side more stories give" \
	"$("$DS" deals --db "$T/side" --json | jq -c '.deals[0] | [.acquirer, .target]')" '["Velmar",null]'
expect_match "text: the buyer, the target unknown" "$("$DS" deals --db "$T/side")" 'Velmar -> \?'
head -2 "$T/side.jsonl" > "$T/side2.jsonl"
"$DS" index -q --db "$T/side2" "$T/side2.jsonl" >/dev/null
expect_eq "a name on two sides, a tie: neither side known" \
	"$("$DS" deals --db "$T/side2" --json | jq -c '.deals[0] | [.nstories, .acquirer, .target]')" '[2,null,null]'
# a story naming the target and a bidder joins that bidder's record, not
# a newer one of holders selling the target's shares (no buyer: the
# target alone is all they share with it)
cat > "$T/hold.jsonl" <<'JSON'
{"id":"h1","source":"Wire One","date":"2024-07-01T09:00:00Z","title":"GRANTON ACQUISITION BIDS FOR BEXLEY <BXL>","body":"Granton Acquisition Corp said it began a tender offer for all shares of Bexley Corp at 80 dlrs a share."}
{"id":"h2","source":"Wire One","date":"2024-07-03T09:00:00Z","title":"HARLOW PARTNERS CUTS BEXLEY <BXL> STAKE","body":"Harlow Partners said it lowered its stake in Bexley Corp to 5.0 pct from 6.4 pct, selling 60,000 shares since June 20."}
{"id":"h3","source":"Wire One","date":"2024-07-08T09:00:00Z","title":"GRANTON ACQUISITION RAISES OFFER FOR BEXLEY TO 92 DLRS/SHARE","body":""}
JSON
records "$T/hold" "$T/hold.jsonl"
expect_eq "the bidder named: its record" "$(same h1 h3)" 1
expect_eq "... not the holder's sale" "$(same h2 h3)" 0

# a flash naming both sides, the target misspelt, before any story with
# the deal's sides: the later record adopts it (its buyer's key finds
# it; the misspelt name is a slip of the record's)
cat > "$T/slipo.jsonl" <<'JSON'
{"id":"f1","source":"Wire One","date":"2024-12-02T09:00:00Z","title":"CALDERWODD WORLD FILES SUIT AGAINST OSMOND ACQUISITION ON TENDER OFFER","body":""}
{"id":"f2","source":"Wire One","date":"2024-12-04T09:00:00Z","title":"Osmond Acquisition bids for Calderwood World","body":"Osmond Acquisition Corp said it began a tender offer for all shares of Calderwood World Inc at 28 dlrs a share."}
JSON
records "$T/slipo" "$T/slipo.jsonl"
expect_eq "a flash with the target misspelt joins the later record" "$(same f1 f2)" 1
# a bidder under two names in one record (Ardent's bid, then Talbot
# Partners' tender for the same target joined it while its stories
# agreed): a later Talbot story joins the record that has Talbot's bid
# already, though Ardent's stories there now outnumber the others
cat > "$T/alias.jsonl" <<'JSON'
{"id": "g1", "source": "Wire One", "date": "2024-04-01T09:00:00Z", "title": "ARDENT HOLDINGS BIDS FOR KELVIN <KLV>", "body": "Ardent Holdings Inc said it offered 50 dlrs a share for Kelvin Corp, a takeover valued at about 500 mln dlrs."}
{"id": "g2", "source": "Wire One", "date": "2024-04-02T09:00:00Z", "title": "KELVIN <KLV> REJECTS UNSOLICITED TAKEOVER BID", "body": "Kelvin Corp said its board rejected an unsolicited takeover bid as inadequate."}
{"id": "g3", "source": "Wire One", "date": "2024-04-03T09:00:00Z", "title": "KELVIN <KLV> BOARD TO STUDY TENDER OFFER", "body": "Kelvin Corp said its board will study the unsolicited tender offer for its shares."}
{"id": "g3b", "source": "Wire One", "date": "2024-04-03T12:00:00Z", "title": "KELVIN <KLV> GETS SECOND LOOK AT TAKEOVER BID", "body": "Kelvin Corp said it received a revised unsolicited takeover proposal for the company."}
{"id": "g4", "source": "Wire One", "date": "2024-04-04T09:00:00Z", "title": "TALBOT PARTNERS STARTS TENDER FOR KELVIN <KLV>", "body": "Talbot Partners said it began a tender offer for all shares of Kelvin Corp at 50 dlrs a share."}
{"id": "g5", "source": "Wire One", "date": "2024-04-05T09:00:00Z", "title": "ARDENT HOLDINGS RAISES KELVIN <KLV> BID", "body": "Ardent Holdings Inc said it raised its offer for Kelvin Corp to 55 dlrs a share."}
{"id": "g6", "source": "Wire One", "date": "2024-04-06T09:00:00Z", "title": "ARDENT HOLDINGS EXTENDS KELVIN <KLV> OFFER", "body": "Ardent Holdings Inc said it extended its offer for Kelvin Corp to April 30."}
{"id": "g6b", "source": "Wire One", "date": "2024-04-07T09:00:00Z", "title": "ARDENT HOLDINGS HAS FINANCING FOR KELVIN <KLV> BID", "body": "Ardent Holdings Inc said banks had agreed to lend it the money for its offer for Kelvin Corp."}
{"id": "g7", "source": "Wire One", "date": "2024-04-08T09:00:00Z", "title": "TALBOT PARTNERS TO RAISE BID FOR KELVIN <KLV>", "body": "Talbot Partners said it would raise its offer for Kelvin Corp to 58 dlrs a share."}
JSON
records "$T/alias" "$T/alias.jsonl"
expect_eq "the record with the story's bidder and target already" "$(same g4 g7)" 1
expect_eq "... is the first bid's" "$(same g1 g7)" 1
# "U.S." before a name of its own is no part of it ("Sweden's Halvard
# takes over U.S. Brennan-Kessler"); a bidder whose other name opens with
# a word of its name is that bidder ("Sumner Wexford", "Wexford and BNC")
cat > "$T/names2.jsonl" <<'JSON'
{"id":"u1","source":"Wire One","date":"2024-02-01T09:00:00Z","title":"SWEDEN'S HALVARD AB TAKES OVER U.S. BRENNAN-KESSLER CORP","body":"Sweden's Halvard AB said it took over U.S. Brennan-Kessler Corp for 60 mln dlrs."}
{"id":"u2","source":"Wire One","date":"2024-02-03T09:00:00Z","title":"Halvard completes Brennan-Kessler purchase","body":"Halvard AB said it completed its purchase of Brennan-Kessler Corp for 60 mln dlrs."}
{"id":"w1","source":"Wire One","date":"2024-02-01T09:00:00Z","title":"Investor Sumner Wexford bids for Lantry Corp","body":"Investor Sumner Wexford said he offered 40 dlrs a share for Lantry Corp, about 300 mln dlrs."}
{"id":"w2","source":"Wire One","date":"2024-02-05T09:00:00Z","title":"Wexford and BNC raise Lantry bid","body":"Wexford and BNC Inc said they raised their offer for Lantry Corp to 42 dlrs a share."}
JSON
records "$T/names2" "$T/names2.jsonl"
expect_eq "U.S. Brennan-Kessler is Brennan-Kessler" "$(same u1 u2)" 1
expect_eq "Wexford and BNC is Sumner Wexford's bid" "$(same w1 w2)" 1
# a word inside both names says nothing: a rival
cat > "$T/names3.jsonl" <<'JSON'
{"id":"x1","source":"Wire One","date":"2024-02-01T09:00:00Z","title":"Baltic Northway Lines bids for Dunmore Corp","body":"Baltic Northway Lines Inc said it offered 20 dlrs a share for Dunmore Corp."}
{"id":"x2","source":"Wire One","date":"2024-02-02T09:00:00Z","title":"Ivers Northway Shipping bids for Dunmore Corp","body":"Ivers Northway Shipping Corp said it offered 21 dlrs a share for Dunmore Corp, a rival bid."}
JSON
records "$T/names3" "$T/names3.jsonl"
expect_eq "Ivers Northway Shipping is not Baltic Northway Lines" "$(same x1 x2)" 0
# a buyer that is the target read twice ("Talmadge Lehman" buying
# "Talmadge Lehman Brothers") is no buyer: a later story of the holder's
# sale with no buyer joins the record of the sale with one
cat > "$T/self.jsonl" <<'JSON'
{"id": "n1", "source": "Wire One", "date": "2024-03-01T09:00:00Z", "title": "CORBIN EXPRESS STUDIES OPTIONS FOR TALMADGE", "body": "Talmadge Lehman said it may buy the Talmadge Lehman Brothers stake from Corbin Express Co."}
{"id": "n2", "source": "Wire One", "date": "2024-03-10T09:00:00Z", "title": "Corbin Express to sell Talmadge Lehman stake to Kiyoshi Life", "body": "Corbin Express Co said it agreed to sell a 13 pct stake in Talmadge Lehman to Kiyoshi Life Insurance Co for 530 mln dlrs."}
{"id": "n3", "source": "Wire One", "date": "2024-03-12T09:00:00Z", "title": "Corbin Express board backs sale of Talmadge Lehman stake", "body": "Corbin Express Co said its board approved the sale of a 13 pct stake in Talmadge Lehman for 530 mln dlrs."}
JSON
records "$T/self" "$T/self.jsonl"
expect_eq "the sale's story joins the sale with a buyer" "$(same n2 n3)" 1
expect_eq "... not the target read as its own buyer" "$(same n1 n3)" 0
# coverage of a target whose record's buyer is a vehicle: a rating that
# speaks of the bid by the person behind it joins; one about room rates
# does not
cat > "$T/cov2.jsonl" <<'JSON'
{"id":"cv1","source":"Wire One","date":"2024-05-01T09:00:00Z","title":"OSRIC ACQUISITION BIDS FOR PELHAM HOTELS <PLH>","body":"Osric Acquisition Corp, a company formed by investor Henry Osric, said it began a tender offer for all shares of Pelham Hotels Inc at 30 dlrs a share."}
{"id":"cv2","source":"Wire One","date":"2024-05-02T09:00:00Z","title":"S/P MAY DOWNGRADE PELHAM HOTELS <PLH> DEBT","body":"Standard and Poor's Corp said it may downgrade the debt of Pelham Hotels Inc following investor Henry Osric's 300 mln dlr bid to buy the Pelham Hotels shares he does not own."}
{"id":"cv3","source":"Wire One","date":"2024-05-03T09:00:00Z","title":"S/P MAY DOWNGRADE PELHAM HOTELS <PLH> DEBT","body":"Standard and Poor's Corp said it may downgrade the debt of Pelham Hotels Inc because of lower room rates."}
JSON
records "$T/cov2" "$T/cov2.jsonl"
expect_eq "a rating over the bid joins the vehicle's record" "$(same cv1 cv2)" 1
expect_eq "... one that speaks of no bid does not" "$(same cv1 cv3)" 0
# coverage of the buyer: what is bought of the target between the deal
# word and its name does not count ("its plan to acquire the outstanding
# common shares of Ostrom Dairies")
cat > "$T/cov3.jsonl" <<'JSON'
{"id":"bc1","source":"Wire One","date":"2024-06-01T09:00:00Z","title":"Marlin Foods to buy Ostrom Dairies","body":"Marlin Foods Inc said it agreed to buy Ostrom Dairies Inc for 200 mln dlrs in cash."}
{"id":"bc2","source":"Wire One","date":"2024-06-03T09:00:00Z","title":"S/P MAY DOWNGRADE MARLIN FOODS <MRF>","body":"Standard and Poor's Corp said it placed 600 mln dlrs of Marlin Foods Inc debt on CreditWatch with negative implications because of its plan to acquire the outstanding common shares of Ostrom Dairies Inc."}
JSON
records "$T/cov3" "$T/cov3.jsonl"
expect_eq "a rating over the buyer's plan to acquire the target's shares joins" "$(same bc1 bc2)" 1
# a flash that names the target twice names one company: the record for
# it, as for any story naming the target alone
cat > "$T/twice.jsonl" <<'JSON'
{"id":"dd1","source":"Wire One","date":"2024-07-01T09:00:00Z","title":"ARDMORE PARTNERS BIDS FOR HOLTON <HLT>","body":"Ardmore Partners said it began a tender offer for all shares of Holton Corp at 100 dlrs a share, or about 2.2 billion dlrs."}
{"id":"dd2","source":"Wire One","date":"2024-07-01T12:00:00Z","title":"GROUP TENDERING FOR HOLTON SAYS IT HOLDS ABOUT 9.8 PCT OF HOLTON COMMON","body":""}
JSON
records "$T/twice" "$T/twice.jsonl"
expect_eq "a flash naming the target twice joins its record" "$(same dd1 dd2)" 1
finish
