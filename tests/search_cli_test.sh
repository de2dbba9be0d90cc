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
finish
