#!/usr/bin/env bash
# search_shared_test.sh - `dealsearch search` and `dealsearch saved` over
# the seeds and the Reuters corpus of ../shared (skipped without it): the
# product's example questions, every hit checked against its stored tags,
# facets, sorting, paging, --filter, and saved queries' --new across
# ingests (one of them running at the same time).  Under ASan, whose runs
# are three times slower, every third Reuters story stands for the corpus.
. "$(dirname "$0")/lib.sh"
need_shared corpus/reuters21578.jsonl seeds
need_jq
R="$SHARED/corpus/reuters21578.jsonl"
if under_asan; then
	awk 'NR % 3 == 1' "$R" >"$T/reuters.jsonl"
	R="$T/reuters.jsonl"
fi
db="$T/db"
"$DS" index -q --db "$db" "$SHARED/seeds" >/dev/null
search() { "$DS" search --db "$db" "$@"; }
titles() { search --json --limit 1000 --facets none "$1" | jq -r '.hits[].title'; }
ids() { search --json --limit 1000 --facets none "$@" | jq -r '.hits[].id'; }
# the ids of the hits of `saved run NAME --new` (which moves its watermark)
new_ids() { "$DS" saved --db "$db" run "$1" --new --json --limit 1000 | jq -r '.hits[].id'; }

# the product's own questions, over the seeds
t=$(titles 'grocery AND Southeast Asia AND >$30M')
expect_match "SEA grocery >30M finds Lazada-Redmart" "$t" '^Alibaba-backed Lazada in talks to buy'
expect_eq "SEA grocery >30M: only that story" "$(printf '%s\n' "$t" | grep -c .)" 1
t=$(titles 'Alibaba AND Kroger')
expect_match "Alibaba AND Kroger: the Reuters-style story" "$t" 'Kroger in early talks'
expect_match "Alibaba AND Kroger: the CNBC story" "$t" '^Less than a year after Amazon'
expect_eq "Alibaba AND Kroger: both" "$(printf '%s\n' "$t" | grep -c .)" 2
t=$(titles 'region:east-asia AND >$1B')
expect_match "east Asia >1B: the Sun Art investment" "$t" '^Less than a year after Amazon'

# the whole Reuters corpus beside the seeds
"$DS" index -q --db "$db" "$R" >/dev/null
q='type:acquisition AND place:CA AND >$100M'
hits=$(ids "$q")
n=$(printf '%s\n' "$hits" | grep -c .)
expect_match "$q: some hits" "$n" '^[1-9][0-9]*$'
bad=0
for id in $hits; do
	doc=$("$DS" check --db "$db" --doc "$id")
	printf '%s\n' "$doc" | grep -qx 'term	XTYPEacquisition' || { bad=1; echo "not an acquisition: $id"; }
	printf '%s\n' "$doc" | grep -qx 'term	XCTYca' || { bad=1; echo "not a Canada story: $id"; }
	# some deal or funding amount's high end (odd slots 11..25) over $100M
	printf '%s\n' "$doc" | awk -F'\t' '$1 == "value" && $2 >= 11 && $2 <= 25 && $2 % 2 == 1 && $3 > 1e8 { ok = 1 } END { exit !ok }' ||
		{ bad=1; echo "no amount over \$100M: $id"; }
done
expect_eq "every hit of '$q' satisfies each clause" "$bad" 0

# --filter applies to the query as a whole, across its ORs, and keeps the
# ranking: `oil OR gold` filtered to acquisitions is (oil OR gold) AND ...
# (exact totals, whatever the default --count-limit)
n_or=$(search --limit 0 --facets none --count-limit 0 'oil OR gold' | sed -n 's/^\([0-9]*\) results.*/\1/p')
n_glued=$(search --limit 0 --facets none --count-limit 0 'oil OR gold AND type:acquisition' | sed -n 's/^\([0-9]*\) results.*/\1/p')
n_filter=$(search --limit 0 --facets none --count-limit 0 --filter 'type:"acquisition"' 'oil OR gold' | sed -n 's/^\([0-9]*\) results.*/\1/p')
n_paren=$(search --limit 0 --facets none --count-limit 0 '(oil OR gold) AND type:"acquisition"' | sed -n 's/^\([0-9]*\) results.*/\1/p')
expect_eq "--filter over OR: as parenthesised ($n_filter of $n_or; glued: $n_glued)" "$n_filter" "$n_paren"
expect_match "--filter narrows" "$((n_filter > 0 && n_filter < n_glued))" '^1$'
expect_eq "--filter: same hits, same order" "$(ids --filter 'type:"acquisition"' --filter 'amount:>=1m' 'oil OR gold')" "$(ids '(oil OR gold) AND type:"acquisition" AND amount:>=1m')"
out=$(search --limit 0 --facets none --filter 'type:"acquisition"' --filter 'place:CA' | sed -n 1p)
n=$(search --limit 0 --facets none 'type:"acquisition" AND place:CA' | sed -n 's/^\([0-9]*\) results.*/\1/p')
expect_match "--filter without a query" "$out" "^$n results filtered by type:\"acquisition\", place:CA \("
out=$(search --filter 'amount:>=zz' oil 2>&1); rc=$?
expect_eq "malformed --filter: exit" "$rc" 2
expect_eq "malformed --filter: caret under the filter" "$out" "error: 'zz' is not an amount (such as \$30M, US\$1.2bn, EUR 200m)
  amount:>=zz
           ^"

# facet counts over all matches: single-valued facets add up to the total
j=$(search --json --limit 0 --facets type,status,year,amount 'oil')
total=$(printf '%s\n' "$j" | jq '.total')
for f in type status year amount; do
	sum=$(printf '%s\n' "$j" | jq --arg f "$f" '.facets[$f] | [.values[].count, .none] | add')
	expect_eq "facet $f adds up to the total ($total)" "$sum" "$total"
done

# a date range as year, month and day terms: the stories of the slot's range
for r in '1987-03' '1987-02-28..1987-03-03' '1987-03-30..1987-04-02'; do
	lo=${r%%..*} hi=${r##*..}
	[ "$lo" = "$hi" ] && lo=$r-01 && hi=$r-31
	want=$(search --json --limit 20 --count-limit 0 --facets none "oil AND after:$lo AND before:$(date -u -d "$hi + 1 day" +%F)" | jq -c '[.total, [.hits[].id]]')
	expect_eq "date:$r: the stories of its days" \
		"$(search --json --limit 20 --count-limit 0 --facets none "oil AND date:$r" | jq -c '[.total, [.hits[].id]]')" "$want"
	expect_match "date:$r: some" "$want" '^\[[1-9]'
done

# --sort date: newest first
dates=$(search --json --sort date --limit 50 --facets none 'oil prices' | jq -r '.hits[].date | strings')
expect_eq "sorted by date" "$(printf '%s\n' "$dates" | sort -r)" "$dates"
# the deal amount of each hit, in USD (a range by its midpoint), in order
amounts=$(search --json --sort amount --limit 20 --facets none 'type:acquisition' | jq -r '
	.hits[] | .deal.amount as $a |
	if ($a.usd_low | type) == "number" then ($a.usd_low + $a.usd_high) / 2
	else $a.usd // "" end')
expect_eq "sorted by amount" "$(printf '%s\n' "$amounts" | sort -g -r)" "$amounts"
# paging: the second page starts where the first ended
p1=$(ids --limit 5 'merger'); p2=$(ids --limit 5 --offset 5 'merger'); all=$(ids --limit 10 'merger')
expect_eq "paging" "$(printf '%s\n%s' "$p1" "$p2")" "$all"
# a wildcard over too many words is refused, clearly
out=$(search 'a*' 2>&1); rc=$?
expect_eq "wildcard limit exit" "$rc" 2
expect_match "wildcard limit message" "$out" '^error: a wildcard matches too many words'

# the broadest queries' sample: far more matches in the first sample
# bucket than --count-limit, the sample is the first parts of that bucket
# (XSMG, docs/QUERY.md "Results"), a few dozen stories here where the
# whole bucket holds hundreds; one index and three shards alike
"$DS" index -q --db "$T/one" "$R" >/dev/null
expect_eq "one index of Reuters: exit" "$?" 0
"$DS" index -q --db "$T/three" --shards 3 "$R" >/dev/null
expect_eq "three shards of Reuters: exit" "$?" 0
exact=$("$DS" search --db "$T/one" --json -n 0 --count-limit 0 said | jq .total)
bucket=$("$DS" search --db "$T/one" --json -n 0 --count-limit 300 said | jq .facets_counted)
fine=$("$DS" search --db "$T/one" --json -n 0 --count-limit 40 said)
expect_match "the first parts of a bucket: a sample of about 40 ($(jq .facets_counted <<<"$fine"), a bucket $bucket)" \
	"$(jq --argjson b "$bucket" '.facets_estimated and .facets_counted >= 20 and .facets_counted <= 120 and .facets_counted * 2 < $b' <<<"$fine")" '^true$'
expect_match "the first parts of a bucket: the total within 40% ($(jq .total <<<"$fine") for $exact)" \
	"$(jq --argjson e "$exact" '.total_estimated and .total > 0.6 * $e and .total < 1.4 * $e' <<<"$fine")" '^true$'
for g in story deal; do
	expect_eq "the first parts of a bucket, grouped by $g: one index and three shards alike" \
		"$("$DS" search --db "$T/three" --json -n 5 --group $g --count-limit 40 said | jq -cS 'del(.took_ms)')" \
		"$("$DS" search --db "$T/one" --json -n 5 --group $g --count-limit 40 said | jq -cS 'del(.took_ms)')"
done

# saved queries
"$DS" saved --db "$db" add canada 'type:acquisition AND place:CA' --sort date; expect_eq "saved add" "$?" 0
"$DS" saved --db "$db" add 'bad name' 'oil' 2>/dev/null; expect_eq "bad name refused" "$?" 2
out=$("$DS" saved --db "$db" add broken 'oil AND' 2>&1); rc=$?
expect_eq "bad saved query refused" "$rc" 2
expect_match "bad saved query message" "$out" 'missing search term after AND'
expect_eq "saved list" "$("$DS" saved --db "$db" list)" "canada	type:acquisition AND place:CA"
"$DS" saved --db "$db" run nosuch >/dev/null 2>"$T/err"; expect_eq "unknown saved exit" "$?" 2
expect_eq "unknown saved message" "$(cat "$T/err")" "error: no saved query named 'nosuch'"
first=$(new_ids canada)
expect_eq "first --new: every match" "$(printf '%s\n' "$first" | grep -c .)" "$(ids 'type:acquisition AND place:CA' | grep -c .)"
"$DS" saved --db "$db" run canada --new >/dev/null; expect_eq "second --new: nothing new" "$?" 1

# an ingest running while --new runs: no story missed, none repeated
jq -c '.id |= sub("^reuters-"; "again-")' "$R" > "$T/again.jsonl"
"$DS" index -q --batch 500 --db "$db" "$T/again.jsonl" > "$T/ingest.out" &
pid=$!
: > "$T/seen"
while kill -0 "$pid" 2>/dev/null; do
	new_ids canada >> "$T/seen"
	sleep 0.2
done
wait "$pid"; expect_eq "concurrent ingest exit" "$?" 0
new_ids canada >> "$T/seen"
expect_eq "no story reported twice" "$(sort "$T/seen" | uniq -d)" ""
want=$(ids 'type:acquisition AND place:CA' | grep '^again-' | sort)
expect_eq "every new story reported once" "$(sort "$T/seen")" "$want"
"$DS" saved --db "$db" rm canada; expect_eq "saved rm" "$?" 0
expect_eq "saved list empty" "$("$DS" saved --db "$db" list)" ""
finish
