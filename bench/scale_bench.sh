#!/usr/bin/env bash
# scale_bench.sh - indexing and searching as the corpus grows, one run, the
# same stories for every engine: at each size N (default 21578 and 200000;
# 1000000 when asked), N stories made by bench/scale_corpus.py (seed 7)
# indexed by dealsearch (all tags) tagging in line (--jobs 1) and on every
# core (--jobs $(nproc)), by Xapian's scriptindex (Omega; words only) and
# by SQLite FTS5 (words only): stories/s, MB/s, index size, peak RSS, and
# dealsearch's cost per story against the smallest size's; then
# the search benchmark's 32 queries (bench/search_bench.c, all facets,
# grouped and not) on dealsearch's index: p50, p95, p99, as written and
# after `dealsearch compact` (its time and the index's size).
#
# usage: bench/scale_bench.sh [N...]
# Targets (issue 14): dealsearch on every core at least 2x scriptindex's
# stories/s; its per-story cost within 1.25x from the smallest size to the
# largest; peak RSS flat; search p99 <= 30 ms at 200k.
# Not a test: minutes at 200k, an hour at 1M.  Exits 2 when the corpus or a
# tool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(21578 200000)
corpus=${CORPUS:-../shared/corpus/reuters21578.jsonl}
[ -f "$corpus" ] || { echo "error: '$corpus' not found" >&2; exit 2; }
for t in scriptindex /usr/bin/time python3; do
	command -v "$t" >/dev/null ||
		{ echo "error: '$t' not found (packages xapian-omega, time, python3)" >&2; exit 2; }
done
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null
ds=./build/dealsearch
jobs=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run NAME N BYTES CMD...: one indexing run into $work/db, one line
run() {
	local name=$1 n=$2 bytes=$3
	shift 3
	rm -rf "$work/db" "$work/db.sqlite"*
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" ||
		{ cat "$work/err" >&2; exit 1; }
	read -r secs kb < "$work/time"
	local size
	# the index: a folder (dealsearch, scriptindex) or SQLite's files
	size=$(du -smc "$work"/db* | tail -1 | cut -f1)
	printf '%-12s %8d %9.1f s %9.0f stories/s %6.2f MB/s %6d MB peak %6d MB index\n' \
		"$name" "$n" "$secs" "$(awk -v n="$n" -v s="$secs" 'BEGIN { print n / s }')" \
		"$(awk -v b="$bytes" -v s="$secs" 'BEGIN { print b / 1048576 / s }')" \
		$((kb / 1024)) "$size"
	echo "$n $secs $((kb / 1024))" >> "$work/$name.runs"
}

for n in "${sizes[@]}"; do
	python3 bench/scale_corpus.py "$n" --seed 7 "$corpus" > "$work/stories.jsonl"
	bytes=$(stat -c %s "$work/stories.jsonl")
	echo "== $n stories, $((bytes / 1048576)) MB of JSON lines"
	./build/bench/jsonl2scriptindex < "$work/stories.jsonl" > "$work/stories.si"
	run dealsearch-1 "$n" "$bytes" "$ds" index -q --jobs 1 --db "$work/db" "$work/stories.jsonl"
	run "dealsearch-$jobs" "$n" "$bytes" "$ds" index -q --jobs "$jobs" --db "$work/db" "$work/stories.jsonl"
	# the index kept for the queries (the same whatever --jobs)
	rm -rf "$work/keep"
	mv "$work/db" "$work/keep"
	run scriptindex "$n" "$bytes" scriptindex "$work/db" bench/reuters.script "$work/stories.si"
	run fts5 "$n" "$bytes" ./build/bench/fts5_index "$work/db.sqlite" "$work/stories.jsonl"
	./build/bench/search_bench "$work/keep" "$work/stories.jsonl" 10 > "$work/search.out"
	sed -n '/^search, all queries/p; /^the same grouped/p' "$work/search.out"
	# the same index compacted (`dealsearch compact`), and the queries again
	/usr/bin/time -f "%e %M" -o "$work/time" "$ds" compact -q --db "$work/keep"
	read -r secs kb < "$work/time"
	printf 'compacted in %.1f s, peak %d MB: %d MB index\n' "$secs" $((kb / 1024)) \
		"$(du -smc "$work/keep" | tail -1 | cut -f1)"
	./build/bench/search_bench "$work/keep" "$work/stories.jsonl" 10 > "$work/search.out"
	sed -n '/^search, all queries/p; /^the same grouped/p' "$work/search.out" |
		sed 's/^/compacted: /'
	rm -rf "$work/keep" "$work/stories.si"
done

echo
# per-story cost and peak memory against the smallest size
for d in dealsearch-1 "dealsearch-$jobs"; do
	awk -v d="$d" 'NR == 1 { n0 = $1; c0 = $2 / $1; m0 = $3 }
	     { printf "%s at %d: %.3f ms a story (%.2fx the cost at %d), peak %d MB (%.2fx)\n",
	       d, $1, $2 / $1 * 1000, ($2 / $1) / c0, n0, $3, $3 / m0 }' "$work/$d.runs"
done
paste "$work/dealsearch-1.runs" "$work/dealsearch-$jobs.runs" "$work/scriptindex.runs" "$work/fts5.runs" |
	awk -v j="$jobs" '{ printf "at %d: dealsearch --jobs %d is %.2fx as fast as --jobs 1, %.2fx scriptindex'"'"'s stories/s, %.2fx FTS5'"'"'s\n",
	       $1, j, $2 / $5, $8 / $5, $11 / $5 }'
