#!/usr/bin/env bash
# search_date_order_test.sh - `--sort date` over many matches reads the
# newest years first (common/xdb.cc, newest_years_first()): its pages are
# the pages of the whole order.  Stories spread over thirty years, some
# undated, a few deals told twice; every page of a date order with a
# count limit below the matches (the years read first) equals the same
# page counted whole (--count-limit 0: one pass, no years), grouped by
# deal or not, at offsets inside the newest year, across years and among
# the undated stories; and so do three shards, local and served by
# xapian-tcpsrv.  Needs no shared data.
. "$(dirname "$0")/lib.sh"
need_jq

# 1,200 stories: the year steps by 7 (mod 30) from one story to the next,
# so each year holds about 40 spread through the file; every 23rd is
# undated; every third pays a dividend; every fifth is one of 40 deals,
# each told by six stories (story 5k's deal is k mod 40), all in the
# years 1995, 2000, ..., 2020
jq -nc '
  range(0; 1200) as $i
  | (1995 + ($i * 7) % 30) as $y
  | (1 + ($i * 5) % 12) as $m
  | (1 + ($i * 11) % 28) as $d
  | (($i / 5 | floor) % 40) as $k
  | {id: "s\($i)",
     title: (if $i % 5 == 0 then "Acme\($k) Holdings to acquire Beta\($k) Corp"
             else "Company \($i) reports results" end),
     date: (if $i % 23 == 0 then null
            else "\($y)-\($m | tostring | if length < 2 then "0" + . else . end)-\($d | tostring | if length < 2 then "0" + . else . end)T\(10 + $i % 10):00:00Z" end),
     body: ((if $i % 5 == 0 then "Acme\($k) Holdings Inc said it agreed to acquire Beta\($k) Corp for \(10 + $k) million dollars in cash. "
             else "The company said sales rose in the quarter. " end)
            + (if $i % 3 == 0 then "The board declared a quarterly dividend. " else "" end)
            + "Shares were traded on Tuesday.")}' > "$T/stories.jsonl"
expect_eq "stories written" "$(wc -l < "$T/stories.jsonl")" 1200

"$DS" index -q --db "$T/one" "$T/stories.jsonl" >/dev/null 2>&1
expect_eq "one index: exit" "$?" 0
"$DS" index -q --db "$T/three" --shards 3 "$T/stories.jsonl" >/dev/null 2>&1
expect_eq "three shards: exit" "$?" 0
expect_eq "thirty years indexed" \
	"$("$DS" search --db "$T/one" --json -n 0 --count-limit 0 --facets year said | jq '.facets.year.values | length')" 30

# page DB QUERY OFFSET GROUP COUNT-LIMIT [LIMIT]: the page's ids and
# dates (a failed search fails the test: "no hits" exits 1)
page() {
	local rc=0
	"$DS" search --db "$1" --json --sort date --facets none \
		--limit "${6:-25}" --offset "$3" --group "$4" --count-limit "$5" \
		"$2" > "$T/page.json" 2> "$T/page.err" || rc=$?
	[ "$rc" -le 1 ] || fail "search '$2' on $1: exit $rc: $(cat "$T/page.err")"
	jq -r '.hits[] | "\(.id) \(.date)"' "$T/page.json"
}
# queries: every story, a third, the deals (grouped: 40 records), a word
# in a few stories, one in none
queries=('said' 'dividend' 'acquire' 'Company 7' 'zebra')
for q in "${queries[@]}"; do
	for g in story deal; do
		for off in 0 20 60 500 1150; do
			whole=$(page "$T/one" "$q" "$off" "$g" 0)
			[ -n "$whole" ] || [ "$q" = zebra ] || [ "$off" -gt 0 ] ||
				fail "'$q' grouped by $g from $off: no hits"
			years=$(page "$T/one" "$q" "$off" "$g" 100)
			expect_eq "'$q' grouped by $g from $off: the newest years' page is the whole order's" \
				"$years" "$whole"
			expect_eq "'$q' grouped by $g from $off: three shards" \
				"$(page "$T/three" "$q" "$off" "$g" 100)" "$whole"
			if [ "$q" = said ] && [ "$g" = story ]; then
				printf '%s\n' "$whole" > "$T/said.$off"
			fi
		done
	done
done
# small pages: a first pass of a few years that holds too few, then
# more years (the grouped deals and a word of few stories)
for q in acquire dividend 'Company 7'; do
	for g in story deal; do
		for off in 0 7 40; do
			expect_eq "'$q' grouped by $g, 3 from $off: the newest years' page is the whole order's" \
				"$(page "$T/one" "$q" "$off" "$g" 30 3)" "$(page "$T/one" "$q" "$off" "$g" 0 3)"
			expect_eq "'$q' grouped by $g, 3 from $off: three shards" \
				"$(page "$T/three" "$q" "$off" "$g" 30 3)" "$(page "$T/one" "$q" "$off" "$g" 0 3)"
		done
	done
done
expect_match "grouped deals: fewer records than stories" \
	"$("$DS" search --db "$T/one" --json -n 0 --count-limit 0 --group deal acquire | jq '.total < .stories')" '^true$'

# the pages hold what they should: newest first, the undated last
expect_eq "first page: 25 hits" "$(wc -l < "$T/said.0")" 25
expect_match "first page: the newest year" "$(head -n 1 "$T/said.0")" ' 2024-'
expect_eq "first page: newest first" "$(cut -d' ' -f2 "$T/said.0")" \
	"$(cut -d' ' -f2 "$T/said.0" | sort -r)"
expect_match "from 60: older years than the first page's" "$(head -n 1 "$T/said.60")" ' 202[0-3]-'
expect_eq "from 1150: the undated stories last" "$(cut -d' ' -f2 "$T/said.1150" | sort -u)" null

# the same shards served by xapian-tcpsrv
command -v xapian-tcpsrv >/dev/null || {
	echo "skipped: xapian-tcpsrv not installed (package xapian-tools): the local checks passed"
	[ "$failures" -eq 0 ] || exit 1
	exit 77
}
mkdir -p "$T/remote"
cp "$T/three/catalog.sqlite" "$T/remote/"
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$T"' EXIT
for k in 0 1 2; do serve_shard "$T/three" "$k"; done
printf '127.0.0.1:%s\n127.0.0.1:%s\n127.0.0.1:%s\n' \
	"${ports[0]}" "${ports[1]}" "${ports[2]}" > "$T/remote/shards.list"
for q in said acquire; do
	for g in story deal; do
		for off in 0 60 1150; do
			expect_eq "'$q' grouped by $g from $off: remote shards" \
				"$(page "$T/remote/shards.list" "$q" "$off" "$g" 100)" \
				"$(page "$T/one" "$q" "$off" "$g" 0)"
		done
	done
done

[ "$failures" -eq 0 ]
