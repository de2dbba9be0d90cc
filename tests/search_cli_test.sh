#!/usr/bin/env bash
# search_cli_test.sh - `dealsearch search` and `dealsearch saved` over the
# bundled corpus and stories of the test's own: exit statuses, errors,
# text and CSV output of hostile stories, and `saved run --new` past the
# limit.  The seeds and the Reuters corpus of ../shared are
# search_shared_test.sh's.
. "$(dirname "$0")/lib.sh"
need_jq
db="$T/db"
"$DS" index -q --db "$db" "$SRCDIR/corpus/articles" >/dev/null
search() { "$DS" search --db "$db" "$@"; }

# short forms: -n is --limit; -q shows the hits alone (no summary line
# before them, no facets after), for search and saved run
expect_eq "-n is --limit" "$(search --json -n 2 grocery | jq -c '[.limit, (.hits | length)]')" '[2,2]'
out=$(search -q -n 2 --color never grocery); rc=$?
expect_eq "-q: exit" "$rc" 0
expect_eq "-q: the hits alone" "$(printf '%s\n' "$out" | grep -v '^   ')" "1. Marketplace giant in talks to buy Singapore online grocer FreshBasket

2. US supermarket chain Greenfield Markets held talks with Chinese internet group Lotus Cloud"
expect_eq "-q in a cluster" "$(search -qn1 --color never grocery | head -1)" "1. Marketplace giant in talks to buy Singapore online grocer FreshBasket"
"$DS" saved --db "$db" add grocery-q grocery -n 1 >/dev/null
expect_eq "saved add -n: stored" "$("$DS" saved --db "$db" show grocery-q | sed -n 's/^options *//p')" '{"limit":1}'
out=$("$DS" saved --db "$db" run grocery-q -q --color never)
expect_eq "saved run -q: the hits alone" "$(printf '%s\n' "$out" | grep -v '^   ')" "1. Marketplace giant in talks to buy Singapore online grocer FreshBasket"
expect_match "without -q: the summary line" "$(search --color never grocery | head -1)" '^2 results for grocery \('
expect_match "without -q: the facets" "$(search --color never grocery | tail -1)" '^company: '

# --jsonl: the hits alone, one object a line (each parses alone), each the
# object --json's "hits" holds; nothing else, so no hits is no line
search --jsonl grocery > "$T/hits.jsonl"; rc=$?
search --json grocery > "$T/hits.json"
expect_eq "--jsonl: exit" "$rc" 0
expect_eq "--jsonl: a line a hit, each the --json hit" "$(python3 -c '
import json, sys
lines = open(sys.argv[1]).read().split("\n")
assert lines[-1] == "", "no newline at the end"
hits = [json.loads(l) for l in lines[:-1]]
print(len(hits), hits == json.load(open(sys.argv[2]))["hits"])' "$T/hits.jsonl" "$T/hits.json")" "2 True"
out=$(search --jsonl zzyzx); rc=$?
expect_eq "--jsonl, no hits: nothing, exit 1" "$rc: $out" "1: "
out=$(search --jsonl --json grocery 2>&1); rc=$?
expect_eq "--jsonl --json" "$rc: $out" "2: error: --jsonl and --json cannot be used together"

# CSV: the columns an analyst filters on, read back with python's csv
# module (RFC 4180: quotes, commas, line ends), lists joined with "; "
csvcols() {  # csvcols ID COLUMN... < CSV: the row's cells, one a line
	python3 -c '
import csv, sys
rows = {r["id"]: r for r in csv.DictReader(sys.stdin)}
for c in sys.argv[2:]:
    print(rows[sys.argv[1]][c])' "$@"
}
search --csv --filter 'id:wire-0001 OR id:wire-0004' > "$T/deals.csv"
expect_eq "CSV: an investment's columns" "$(csvcols wire-0001 type acquirer target seller investors parties countries regions sectors companies < "$T/deals.csv")" "investment
Ojek Kita
MonNgon

Ojek Kita
Ojek Kita; MonNgon
ID; VN
asia; southeast-asia
transport; technology; food
Ojek Kita; MonNgon"
expect_eq "CSV: a sale's seller" "$(csvcols wire-0004 acquirer seller parties < "$T/deals.csv")" "Liffey Capital
Thames Mutual
Liffey Capital; Thames Mutual"
search --csv grocery > "$T/grocery.csv"
search --json grocery | jq -r '.hits[0].snippet' > "$T/snippet"
expect_eq "CSV: the snippet, as JSON's" "$(csvcols https://tech.example.com/2016/10/28/marketplace-freshbasket snippet < "$T/grocery.csv")" "$(cat "$T/snippet")"
expect_eq "CSV: every row as wide as the header" "$(python3 -c '
import csv, sys
print(sorted({len(r) for r in csv.reader(sys.stdin)}))' < "$T/grocery.csv")" "[27]"

# one output format: two are a mistake, not the last one wins
out=$(search --json --csv grocery 2>&1); rc=$?
expect_eq "--json --csv" "$rc: $out" "2: error: --json and --csv cannot be used together"
out=$("$DS" saved --db "$db" run grocery-q --csv --json 2>&1); rc=$?
expect_eq "saved run --csv --json" "$rc: $out" "2: error: --csv and --json cannot be used together"
# --limit's real range: 0 (the counts alone) to 1000
out=$(search -n 1001 grocery 2>&1); rc=$?
expect_eq "--limit past its range" "$rc: $out" "2: error: option '--limit' wants a whole number from 0 to 1000, not '1001'"
expect_match "--limit's range in the help" "$("$DS" search --help)" '--limit N +hits to show, 0 to 1000 '
expect_eq "--limit 0: the counts alone" "$(search --json -n 0 grocery | jq -c '[.total, (.hits | length)]')" '[2,0]'

# exit status like grep; malformed queries with a caret
search 'zzyzx' >/dev/null; expect_eq "no hits exit" "$?" 1
out=$(search 'grocery AND (Southeast Asia' 2>&1); rc=$?
expect_eq "malformed exit" "$rc" 2
expect_eq "malformed message" "$out" "error: missing ')' for this '('
  grocery AND (Southeast Asia
              ^"

# text output cannot be driven by what a story carries: escapes, C1 and
# bidi controls from the index are shown as U+FFFD, never sent
hdb="$T/hostile"
printf '%s\n' '{"id": "esc-1", "title": "\u001b]0;pwned\u0007Evil Corp to buy \u001b[2JVictim Inc\u202e", "source": "Wire\u009b31m", "body": "Evil Corp said it agreed to acquire Victim Inc\u001b[2J for $50 million.\tThe deal closes soon."}' \
 '{"id": "csv-1", "title": "=HYPERLINK(\"http://x\",\"click\") Evil Corp sells unit", "source": "@SUM(A1:A2)", "body": "Evil Corp agreed to sell its unit to Other Inc for $20 million."}' \
 '{"id": "-csv-2", "title": "+1 Evil Corp news", "source": "-2", "body": "Evil Corp news of no deal."}' > "$T/hostile.jsonl"
"$DS" index -q --db "$hdb" "$T/hostile.jsonl" >/dev/null
out=$("$DS" search --db "$hdb" --color never --facets none 'id:esc-1')
expect_eq "text output: no control character" "$(printf '%s' "$out" | tr -d '\n' | LC_ALL=C tr -d '[:print:]' | LC_ALL=C tr -d '\200-\377' | wc -c)" 0
expect_eq "text output: the escapes shown, not sent" "$(printf '%s\n' "$out" | sed -n 3p)" "1. �]0;pwned�Evil Corp to buy �[2JVictim Inc�"
expect_match "text output: C1 control shown" "$(printf '%s\n' "$out" | sed -n 4p)" '^   Wire�31m \| '
expect_match "text output: snippet" "$(printf '%s\n' "$out" | sed -n 6p)" 'Victim Inc�\[2J for \$50 million\. The deal'

# text output, and the snippets JSON and the page share: Reuters' marks
# ("<Vortan Industries Inc>", "<HRB.N>") never reach a snippet or a name,
# nor do halves of them; a name is one line; the snippet does not repeat
# the headline; no score for a query without a word that weighs; the URL
# once when it is the id (stories of tests/data/reuters-style.jsonl)
sdb="$T/styles"
styles="$SRCDIR/tests/data/reuters-style.jsonl"
"$DS" index -q --db "$sdb" "$styles" >/dev/null
ssearch() { "$DS" search --db "$sdb" --color never --facets none "$@"; }
snip() { ssearch "$@" | tail -1; }
expect_eq "marks: a name's dropped, a ticker in brackets" "$(snip Marlowe)" \
	"   Vortan Industries Inc said it agreed to acquire the frozen foods unit of Harbin Group (HRB.N) for 40 mln dlrs. Vortan chairman Joseph *Marlowe* said the purchase would close in June ..."
expect_eq "marks: a snippet that starts inside a ticker" "$(snip Zyxel)" \
	"   ... (DBC.N) one two three *Zyxel* said net income would rise"
expect_eq "marks: a snippet that ends inside a ticker" "$(snip Yarrow)" \
	"   *Yarrow* Foods said on Monday that its board met to review the results of the year and the outlook for its bakeries in Ohio and Texas and also a unit of (EFG.N) ..."
expect_eq "marks: halves of marks dropped" "$(snip Exxon)" \
	"   ... in June, and that *Exxon* Corp XON) and Sears Plc SEHL.L were not involved. Sales of the unit rose to more than \$5 mln last year"
expect_eq "marks: a comparison kept" "$(snip 'id:rs-3 pct')" "   ... would rise by > 5 *pct*"
expect_eq "marks: none in any snippet (JSON), but the comparison" "$(for q in Vortan HRB frozen June Exxon Sales Zyxel Yarrow Quarrell; do
	"$DS" search --db "$sdb" --json "$q" | jq -r '.hits[].snippet'; done | sed 's/ > 5 pct/ 5 pct/' | grep -c '[<>]')" 0
expect_eq "headline: not again at the snippet's start" "$(snip Pellmar)" \
	"   *Pellmar* Group said on Monday it agreed to buy Ostrava Tools, a Czech maker of drill bits, for 12 million euros"
expect_eq "headline: a first sentence that begins as it does is kept" "$(snip Kestrel)" \
	"   *Kestrel* sells stake in its port unit to a pension fund, the company said on Tuesday"
expect_eq "headline: the JSON snippet too" "$("$DS" search --db "$sdb" --json Pellmar | jq -r '.hits[0].snippet')" \
	"Pellmar Group said on Monday it agreed to buy Ostrava Tools, a Czech maker of drill bits, for 12 million euros"
expect_match "score: a query with a word" "$(ssearch Vortan | sed -n 4p)" \
	"^   1987-04-02 \| Reuters \| $styles:1  \[rs-1, score [0-9]+\.[0-9]{2}\]$"
expect_eq "score: none for a query of fields alone" "$(ssearch 'id:rs-1' | sed -n 4p)" \
	"   1987-04-02 | Reuters | $styles:1  [rs-1]"
expect_match "URL once: the id is the URL" "$(ssearch Pellmar | sed -n 4p)" \
	'^   2021-06-07 \| Example News \| https://news\.example\.com/pellmar-ostrava  \[score [0-9]+\.[0-9]{2}\]$'
expect_eq "URL once, no score: nothing in brackets" "$(ssearch --filter 'date:2021-06-07' | sed -n 4p)" \
	"   2021-06-07 | Example News | https://news.example.com/pellmar-ostrava"

# CSV: a cell a spreadsheet would run as a formula starts with ' (OWASP)
csv=$("$DS" search --db "$hdb" --csv --sort date 'Evil')
expect_match "CSV: =formula neutralised" "$csv" ',"'"'"'=HYPERLINK\(""http://x"",""click""\) Evil Corp sells unit","'"'"'@SUM\(A1:A2\)",'
expect_match "CSV: +, - neutralised" "$csv" '^[0-9],"'"'"'-csv-2",,"'"'"'\+1 Evil Corp news","'"'"'-2",'
expect_match "CSV: numbers as they are" "$csv" ',\$20 million,20000000,,'

# saved run --new reports every new story, however many: the watermark
# passes them all, so the limit (10 by default) does not apply
adb="$T/alerts"
for i in 1 2 3; do printf '{"id": "early-%d", "title": "Zorbex early %d", "body": "Zorbex news %d."}\n' $i $i $i; done > "$T/early.jsonl"
for i in $(seq 1 15); do printf '{"id": "late-%d", "title": "Zorbex late %d", "body": "Zorbex news %d."}\n' $i $i $i; done > "$T/late.jsonl"
"$DS" index -q --db "$adb" "$T/early.jsonl" >/dev/null
"$DS" saved --db "$adb" add zorbex zorbex >/dev/null
"$DS" saved --db "$adb" run zorbex --new >/dev/null
"$DS" index -q --db "$adb" "$T/late.jsonl" >/dev/null
out=$("$DS" saved --db "$adb" run zorbex --new --color never); rc=$?
expect_eq "--new past the limit: exit" "$rc" 0
expect_eq "--new past the limit: all 15 new stories" "$(printf '%s\n' "$out" | sed -n 's/^[0-9]*\. Zorbex late \([0-9]*\)$/\1/p' | sort -n | tr '\n' ' ')" "$(seq 1 15 | tr '\n' ' ')"
"$DS" saved --db "$adb" run zorbex --new >/dev/null; expect_eq "--new after: nothing new" "$?" 1
"$DS" index -q --db "$adb" "$T/late.jsonl" "$T/early.jsonl" >/dev/null
jq -c '.body |= sub("^Zorbex news"; "Zorbex changed")' "$T/late.jsonl" > "$T/late2.jsonl"
"$DS" index -q --db "$adb" "$T/late2.jsonl" >/dev/null
j=$("$DS" saved --db "$adb" run zorbex --new --json --limit 2 --offset 4)
expect_eq "--new --json: every changed story" "$(printf '%s\n' "$j" | jq '[.hits[].id | select(startswith("late-"))] | length')" 15
expect_eq "--new --json: from the first, all of them" "$(printf '%s\n' "$j" | jq -c '{offset, limit}')" '{"offset":0,"limit":15}'
# amounts of several words, as the stories write them, and between A and B
mdb="$T/amounts"
printf '%s\n' '{"id": "amt-1", "title": "Acme to buy Widget", "date": "2016-03-01", "body": "Acme Corp said it agreed to acquire Widget Inc for 500 mln dlrs."}' \
 '{"id": "amt-2", "title": "Foo buys Bar", "date": "2018-05-01", "body": "Foo plc said it agreed to buy Bar Ltd for 1.5 billion stg."}' \
 '{"id": "amt-3", "title": "Baz to acquire Qux", "date": "2017-07-01", "body": "Baz Corp said it agreed to acquire Qux Inc for $20 million."}' > "$T/amounts.jsonl"
"$DS" index -q --db "$mdb" "$T/amounts.jsonl" >/dev/null
ids() { "$DS" search --db "$mdb" --json "$@" | jq -r '[.hits[].id] | sort | join(" ")'; }
expect_eq "amount: >400 mln dlrs" "$(ids '>400 mln dlrs')" "amt-1 amt-2"
expect_eq "amount: >1 billion stg" "$(ids '>1 billion stg')" "amt-2"
expect_eq "amount: amount:>EUR 300m" "$(ids 'amount:>EUR 300m')" "amt-1 amt-2"
expect_eq "amount: between \$10M and \$50M" "$(ids 'between $10M and $50M')" "amt-3"
expect_eq "amount: \$10M..\$50M" "$(ids '$10M..$50M')" "amt-3"
expect_eq "amount: <\$1B" "$(ids '<$1B')" "amt-1 amt-3"
out=$("$DS" search --db "$mdb" 'between $10M and' 2>&1); rc=$?
expect_eq "amount: malformed exit" "$rc" 2
expect_eq "amount: malformed message" "$out" "error: missing amount after 'and'
  between \$10M and
                  ^"
out=$("$DS" search --db "$mdb" 'oil >$' 2>&1)
expect_eq "amount: >\$ refused" "$out" "error: '\$' is not an amount (such as \$30M, US\$1.2bn, EUR 200m)
  oil >\$
       ^"
out=$("$DS" search --db "$mdb" 'acquier:Google' 2>&1); rc=$?
expect_eq "unknown field: exit" "$rc" 2
expect_eq "unknown field: did you mean" "$out" "error: unknown field 'acquier'; did you mean 'acquirer'?
  acquier:Google
  ^"
# a query of filters alone scores 0: newest first, unless sorted otherwise
order() { "$DS" search --db "$mdb" --json "$@" | jq -r '[.hits[].id] | join(" ")'; }
expect_eq "filter-only: newest first" "$(order '>=20m')" "amt-2 amt-3 amt-1"
expect_eq "filter-only: --filter alone, newest first" "$(order --filter 'amount:>=20m')" "amt-2 amt-3 amt-1"
expect_eq "filter-only: --sort amount kept" "$(order --sort amount '>=20m')" "amt-2 amt-1 amt-3"
# ... and a place or a sector a filter names ranks first the stories whose
# deal has it as a party's (the acquirer's or target's country), before
# newer ones that only name it (r-1: a Canadian buys in Boston, told
# from Tokyo); an excluded place ranks nothing
pdb="$T/parties"
printf '%s\n' '{"id": "r-1", "title": "Orrin to buy Velden", "date": "2019-01-05", "body": "TOKYO, Jan 5 - Orrin Holdings Inc of Canada agreed to buy Velden Corp of Boston, Massachusetts, for 40 mln dlrs, it said at a Tokyo news conference."}' \
 '{"id": "r-2", "title": "Kestrel to buy Tarsin", "date": "2017-03-01", "body": "Japan'"'"'s Kestrel Corp agreed to buy Tarsin Inc, a Texas maker of valves, for 30 mln dlrs."}' > "$T/parties.jsonl"
"$DS" index -q --db "$pdb" "$T/parties.jsonl" >/dev/null
porder() { "$DS" search --db "$pdb" --json "$@" | jq -r '[.hits[].id] | join(" ")'; }
expect_eq "filter-only: both name Japan" "$(porder 'place:JP')" "r-2 r-1"
expect_eq "filter-only: a party's country first" "$(porder 'type:acquisition place:JP')" "r-2 r-1"
expect_eq "filter-only: both parties' countries tie, newest first" "$(porder 'type:acquisition place:US')" "r-1 r-2"
expect_eq "filter-only: --filter ranks so too" "$(porder --filter 'place:JP' 'type:acquisition')" "r-2 r-1"
expect_eq "filter-only: a place named twice weighs once" "$("$DS" search --db "$pdb" --json --filter 'place:JP' 'type:acquisition place:JP' | jq -c '[.hits[].score]')" "[1,0]"
expect_eq "filter-only: an excluded place ranks nothing" "$(porder 'type:acquisition -place:CA')" "r-2"
expect_eq "filter-only: --sort date kept" "$(porder --sort date 'type:acquisition place:JP')" "r-1 r-2"

# which amount a hit met the amount condition by: a story names several
xdb="$T/matched"
printf '%s\n' '{"id": "mx-1", "title": "Harlow Foods to buy Pennick Dairy for $50 million", "date": "2019-04-02", "body": "Harlow Foods Inc said it agreed to acquire Pennick Dairy Co for $50 million in cash. Harlow, which has $2 billion of assets, expects the deal to close in June."}' \
 '{"id": "mx-2", "title": "Brightwell raises $12 million", "date": "2019-05-10", "body": "Brightwell Labs, a Boston software startup, said it raised $12 million in a Series A round led by Oakmere Ventures. The company raised $3 million last year."}' \
 '{"id": "mx-3", "title": "Tessaly agrees to buy Corvane", "date": "2019-06-11", "body": "Tessaly Group agreed to buy Corvane Ltd for 300 million euros. Corvane had sales of $80 million last year."}' > "$T/matched.jsonl"
"$DS" index -q --db "$xdb" "$T/matched.jsonl" >/dev/null
msearch() { "$DS" search --db "$xdb" --color never --facets none "$@"; }
# the assets are no deal amount: whatever the tagger says of them, a hit
# of >$1B names the amount that met it
out=$(msearch '>$1B')
expect_eq "matched: >\$1B, a line per hit" "$(printf '%s\n' "$out" | grep -c '^[0-9]*\. ')" "$(printf '%s\n' "$out" | grep -c '^   matched: ')"
expect_eq "matched: >\$1B, never by the \$50 million" "$(printf '%s\n' "$out" | grep -c '^   matched: \$50 million')" 0
out=$(msearch 'id:mx-1 >$30M')
expect_eq "matched: text line after the deal line" "$(printf '%s\n' "$out" | sed -n 5,6p)" "   acquisition, agreed: Harlow Foods -> Pennick Dairy; \$50 million (\$50M)
   matched: \$50 million (\$50M, deal)"
# a funding story's second round: the amount that met the range, not the
# deal's own
expect_eq "matched: the story's other amount" "$(msearch '$2M..$5M' | sed -n 's/^   matched: //p')" "\$3 million (\$3M, funding)"
expect_eq "matched: between A and B" "$(msearch 'between $10M and $15M' | sed -n 's/^   matched: //p')" "\$12 million (\$12M, funding)"
# (a 2019 story: its euros convert at 2019's average, yearly_rates.tsv)
expect_eq "matched: in the story's currency" "$(msearch 'amount:>=EUR 250m' | sed -n 's/^   matched: //p')" "300 million euros (\$336M, deal)"
# the first condition that a hit meets, and none inside an exclusion
# a round's deal line names who raises, never an unknown buyer ("? ->")
expect_match "deal line: a round" "$(msearch id:mx-2 | grep -E '^   (funding|investment), ')" '^   (funding|investment), completed: Brightwell Labs; investors Oakmere Ventures; '
expect_eq "matched: first condition met" "$(msearch 'id:mx-2 (>$100M OR <$5M OR >$10M)' | sed -n 's/^   matched: //p')" "\$3 million (\$3M, funding)"
expect_eq "matched: not an excluded one" "$(msearch 'Brightwell -amount:<$1M' | grep -c '^   matched:')" 0
expect_eq "matched: a --filter's" "$(msearch --filter '$2M..$5M' raised | sed -n 's/^   matched: //p')" "\$3 million (\$3M, funding)"
# JSON: matched_amount per hit with an amount condition, and only then
mj() { "$DS" search --db "$xdb" --json "$@"; }
expect_eq "matched JSON" "$(mj '>$30M' | jq -c '[.hits[] | [.id, .matched_amount]]')" '[["mx-3",{"text":"300 million euros","usd_low":335832000,"usd_high":335832000,"kind":"deal"}],["mx-1",{"text":"$50 million","usd_low":50000000,"usd_high":50000000,"kind":"deal"}]]'
expect_eq "matched JSON: null when met by another branch" "$(mj 'Harlow OR >$100M' | jq -c '[.hits[] | [.id, .matched_amount.text]] | sort')" '[["mx-1",null],["mx-3","300 million euros"]]'
expect_eq "matched JSON: no key without an amount condition" "$(mj 'Brightwell' | jq -c '[.hits[] | has("matched_amount")]')" '[false]'
expect_eq "matched JSON lines" "$("$DS" search --db "$xdb" --jsonl '>$30M' | jq -c '[.id, .matched_amount.text]')" '["mx-3","300 million euros"]
["mx-1","$50 million"]'
"$DS" saved --db "$xdb" add big '>$30M' >/dev/null
expect_eq "saved run --jsonl" "$("$DS" saved --db "$xdb" run big --jsonl | jq -r .id | tr '\n' ' ')" "mx-3 mx-1 "
"$DS" saved --db "$xdb" run big --new >/dev/null
out=$("$DS" saved --db "$xdb" run big --new --jsonl); rc=$?
expect_eq "saved run --new --jsonl, nothing new: nothing" "$rc: $out" "1: "
# CSV: one header for every query (docs/QUERY.md), the matched columns
# filled with an amount condition
header="rank,id,date,title,source,url,score,type,status,acquirer,target,amount,amount_usd,amount_usd_low,amount_usd_high,matched_amount,matched_usd_low,matched_usd_high,matched_kind,seller,investors,parties,countries,regions,sectors,companies,snippet"
csv=$("$DS" search --db "$xdb" --csv '$2M..$5M')
expect_eq "matched CSV: header" "$(printf '%s\n' "$csv" | head -1 | tr -d '\r')" "$header"
expect_match "matched CSV: row" "$(printf '%s\n' "$csv" | sed -n 2p | tr -d '\r')" '^1,mx-2,.*,\$12 million,12000000,,,\$3 million,3000000,3000000,funding,'
expect_eq "CSV: the same header without an amount condition" "$("$DS" search --db "$xdb" --csv Brightwell | head -1 | tr -d '\r')" "$header"
# the stored document keeps the slots' amounts, in the slots' order
expect_eq "stored amounts_usd" "$("$DS" check --db "$xdb" --doc mx-2 | sed -n 's/^data\t//p' | jq -c .amounts_usd)" '[[12000000,12000000,"$12 million","funding"],[3000000,3000000,"$3 million","funding"]]'
# a bid the target turned down: status:rejected; an end of talks is not one
rdb="$T/rejected"
printf '%s\n' '{"id": "rj-1", "date": "1987-03-02", "title": "TALLIS RESORTS <TLR> REJECTS CORVO OFFER", "body": "Tallis Resorts Inc said its board rejected a 28 dlr a share takeover offer by Corvo Holdings Corp."}' \
	'{"id": "rj-2", "date": "1987-03-03", "title": "MERIDIAN ENDS MERGER TALKS WITH PELLAN", "body": "Meridian Mills Inc said it terminated merger talks with Pellan Corp."}' \
	'{"id": "rj-3", "date": "1987-03-04", "title": "IROQUOIS REBUFFS LYON FOODS CLAIMS", "body": "Iroquois Brands Ltd said it has been sued by Lyon Food Cos Inc in connection with its 1986 purchase of a food unit.  Iroquois rejected the claims."}' > "$T/rejected.jsonl"
"$DS" index -q --db "$rdb" "$T/rejected.jsonl" >/dev/null
expect_eq "status:rejected" "$("$DS" search --db "$rdb" --json 'status:rejected' | jq -c '[.hits[].id]')" '["rj-1"]'
expect_eq "status:terminated" "$("$DS" search --db "$rdb" --json 'status:terminated' | jq -c '[.hits[].id]')" '["rj-2"]'
expect_eq "rejected in the deal summary" "$("$DS" search --db "$rdb" --json 'id:rj-1' | jq -c '.hits[0].deal | [.status, .rejected]')" '["proposed",true]'
expect_match "rejected in the text deal line" "$("$DS" search --db "$rdb" 'id:rj-1')" 'acquisition, proposed, rejected: Corvo -> Tallis Resorts'
finish
