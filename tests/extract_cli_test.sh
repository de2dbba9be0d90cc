#!/usr/bin/env bash
# extract_cli_test.sh - `dealsearch extract` and `dealsearch gazetteer` as
# users run them, and the tags the index carries afterwards.  The seed
# articles of ../shared are extract_seeds_test.sh's.
. "$(dirname "$0")/lib.sh"
need_jq
db="$T/db"
# the lines of standard input that are each a JSON object with an id and
# a deal type, such as `extract --json` prints
objects() { jq -cR 'fromjson? | select(type == "object" and has("id") and (.deal | type) == "object" and ((.deal.type // "x") | type) == "string")'; }
corpus="$SRCDIR/corpus/articles"

# every bundled article reads and tags; JSON is one object per line
out=$("$DS" extract --json "$corpus"); rc=$?
expect_eq "extract corpus exit" "$rc" 0
expect_eq "one line per article" "$(printf '%s\n' "$out" | wc -l)" 12
expect_eq "every line an object" "$(printf '%s\n' "$out" | objects | wc -l)" 12

# the readable form names the deal on one line
txt=$("$DS" extract "$corpus/01-shopasia-freshbasket.txt")
expect_match "text deal line" "$txt" '^  deal +acquisition, [a-z-]+: ShopAsia -> FreshBasket'

# bad inputs: one line each naming the input, the rest goes on
out=$("$DS" extract --json "$T/missing.txt" "$corpus/02-greenfield-lotus.txt" 2>"$T/err"); rc=$?
expect_eq "missing input exit" "$rc" 1
expect_eq "missing input message" "$(cat "$T/err")" "error: '$T/missing.txt': cannot read: No such file or directory"
expect_eq "good input still read" "$(printf '%s\n' "$out" | objects | wc -l)" 1
"$DS" extract --db "$T/nowhere" "$corpus" >/dev/null 2>"$T/err"; rc=$?
expect_eq "unknown index exit" "$rc" 2
expect_eq "unknown index message" "$(cat "$T/err")" "error: no index at '$T/nowhere' (run 'dealsearch index --db $T/nowhere FILES' first)"

# a company users teach the gazetteer, kept in the catalog
printf 'Zorblax to expand\n\nZorblax said it plans to open stores.\n' > "$T/z.txt"
"$DS" index -q --db "$db" "$corpus" >/dev/null
before=$("$DS" extract --json --db "$db" "$T/z.txt")
expect_eq "unknown company not tagged" "$(printf '%s\n' "$before" | jq -c '.companies')" '[]'
"$DS" gazetteer --db "$db" add company Zorblax "Zorblax Industries"; rc=$?
expect_eq "gazetteer add exit" "$rc" 0
expect_eq "gazetteer list" "$("$DS" gazetteer --db "$db" list company)" "companies	Zorblax	Zorblax Industries"
after=$("$DS" extract --json --db "$db" "$T/z.txt")
expect_eq "taught company tagged" "$(printf '%s\n' "$after" | jq -c '.companies')" '["Zorblax"]'
"$DS" gazetteer --db "$db" add rate EUR lots 2>"$T/err"; rc=$?
expect_eq "bad rate exit" "$rc" 2
expect_match "bad rate message" "$(cat "$T/err")" "^error: 'EUR': 'lots' is not a rate \(USD per unit, from 0.000000001 to 1000000\)$"
"$DS" gazetteer --db "$db" rm company Nobody 2>"$T/err"; rc=$?
expect_eq "rm unknown exit" "$rc" 1
# the changed gazetteer re-tags every article on the next run
out=$("$DS" index -q --db "$db" "$corpus")
expect_match "re-tag after gazetteer change" "$out" '^added 0, replaced 12, unchanged 0, '
"$DS" gazetteer --db "$db" rm company Zorblax; expect_eq "rm exit" "$?" 0
expect_eq "list empty after rm" "$("$DS" gazetteer --db "$db" list)" ""

# the index carries the tags: terms, amount values, data
doc=$("$DS" check --db "$db" --doc "https://tech.example.com/2016/10/28/marketplace-freshbasket")
expect_match "type term" "$doc" '^term	XTYPEacquisition$'
expect_match "company term" "$doc" '^term	XCOfreshbasket$'
expect_match "country term" "$doc" '^term	XCTY[a-z]{2}$'
expect_match "region term" "$doc" '^term	XREG[a-z-]+$'
expect_match "amount value" "$doc" '^value	10	[0-9.e+]+$'
expect_eq "tags in data" "$(printf '%s\n' "$doc" | grep '^data	' | cut -f2- | jq -r '.tags.deal.type')" acquisition

# the readable form cannot be driven by what an article carries: escapes,
# C1 and bidi controls are shown as U+FFFD, never sent to the terminal
printf '%s\n' '{"id": "esc-1", "title": "\u001b]0;pwned\u0007Evil Corp to buy \u001b[2JVictim Inc\u202e", "body": "Evil Corp said it agreed to acquire Victim Inc for $50 million."}' > "$T/esc.jsonl"
out=$("$DS" extract "$T/esc.jsonl")
expect_eq "extract text: no control character" "$(printf '%s' "$out" | tr -d '\n' | LC_ALL=C tr -d '[:print:]' | LC_ALL=C tr -d '\200-\377' | wc -c)" 0
expect_eq "extract text: the escapes shown, not sent" "$(printf '%s\n' "$out" | sed -n 1p)" "�]0;pwned�Evil Corp to buy �[2JVictim Inc�"

# a rate must be a number of USD per unit a currency can be worth
for r in nan inf 1e400 -2 0 5e6; do
	out=$("$DS" gazetteer --db "$db" add rate XTS "$r" 2>&1); rc=$?
	expect_eq "rate '$r' refused" "$rc: $out" "2: error: 'XTS': '$r' is not a rate (USD per unit, from 0.000000001 to 1000000)"
done
expect_eq "no refused rate kept" "$("$DS" gazetteer --db "$db" list rate | grep -c XTS)" 0

# names and file names are data too: their controls are shown, not sent
"$DS" extract "$T/esc$(printf '\033')[2J.txt" 2>"$T/err"
expect_eq "an input name's escape shown" "$(cat "$T/err")" "error: '$T/esc�[2J.txt': cannot read: No such file or directory"
"$DS" gazetteer --db "$db" add company "$(printf 'Evil\302\233Corp')" "$(printf 'Evil\342\200\256Corp')"
expect_eq "gazetteer list: controls shown" "$("$DS" gazetteer --db "$db" list company | grep Evil)" "companies	Evil�Corp	Evil�Corp"
"$DS" gazetteer --db "$db" rm company "$(printf 'Evil\302\233Corp')"
# money converts at the rate of the story's year (yearly_rates.tsv); an
# undated story at the latest rate (rates.tsv); users may add a year's rate
gz="$SRCDIR/corpus/gazetteers"
printf '%s\n' '{"id": "fx-1987", "date": "1987-03-02", "title": "Alpha Corp to buy Beta Ltd", "body": "Alpha Corp said it agreed to buy Beta Ltd for 100 mln stg."}' \
	'{"id": "fx-undated", "title": "Alpha Corp to buy Beta Ltd", "body": "Alpha Corp said it agreed to buy Beta Ltd for 100 mln stg."}' > "$T/fx.jsonl"
y1987=$(awk -F'\t' '$1 == "GBP" && $2 == 1987 { printf "%.0f", $3 * 1e8 }' "$gz/yearly_rates.tsv")
latest=$(awk -F'\t' '$1 == "GBP" { printf "%.0f", $2 * 1e8 }' "$gz/rates.tsv")
expect_eq "a 1987 pound has a 1987 rate" "$(test -n "$y1987" && test "$y1987" != "$latest" && echo yes)" yes
out=$("$DS" extract --json "$T/fx.jsonl" | jq -r '"\(.id) \(.amounts[0].usd + 0.5 | floor)"')
expect_eq "dated and undated stories' pounds" "$out" "fx-1987 $y1987
fx-undated $latest"
"$DS" gazetteer --db "$db" add yearly-rate GBP 1987 2; rc=$?
expect_eq "gazetteer add yearly-rate exit" "$rc" 0
expect_eq "gazetteer list yearly-rate" "$("$DS" gazetteer --db "$db" list yearly-rate)" "yearly_rates	GBP	1987	2"
out=$("$DS" extract --json --db "$db" "$T/fx.jsonl" | jq -r '"\(.id) \(.amounts[0].usd + 0.5 | floor)"')
expect_eq "a user's yearly rate wins for its year only" "$out" "fx-1987 200000000
fx-undated $latest"
out=$("$DS" gazetteer --db "$db" add yearly-rate GBP 1987.5 2 2>&1); rc=$?
expect_eq "a year that is not one" "$rc: $out" "2: error: 'GBP': '1987.5' is not a year (1900 to 2199)"
"$DS" gazetteer --db "$db" rm yearly-rate GBP; expect_eq "rm yearly-rate exit" "$?" 0
# a name is one line, with no Reuters marks, wherever the source broke its
# line ("Joseph\nMarlowe") or marked it ("<Vortan Industries Inc>")
expect_eq "names: one line, no marks" "$("$DS" extract --json "$SRCDIR/tests/data/reuters-style.jsonl" | jq -c '[.id, .people, ([.companies[], .people[], (.deal | .acquirer, .target, .seller, .investors[]?, .parties[]?)] | map(select(. != null and test("[<>\n\r\t]"))))] | select(.[0] == "rs-1")')" \
	'["rs-1",["Joseph Marlowe"],[]]'
finish
