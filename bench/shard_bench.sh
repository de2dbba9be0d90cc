#!/usr/bin/env bash
# shard_bench.sh - the search benchmark's queries (bench/search_bench.c:
# 32 queries, all eight facets, grouped and not) on one index of the
# Reuters corpus, on the same stories as 3 shards in one folder, and on
# those 3 shards served by xapian-tcpsrv on 127.0.0.1 (docs/DISTRIBUTED.md),
# in one run; prints each one's p50/p95/p99 and the ratios to the single
# index.  Target: shards over loopback <= 2x the single index's p50.
#
# usage: bench/shard_bench.sh [ROUNDS]      (default 20)
# Not a test.  Exits 2 when the corpus or xapian-tcpsrv is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
corpus=${CORPUS:-../shared/corpus/reuters21578.jsonl}
seeds=${SEEDS:-../shared/seeds}
[ -f "$corpus" ] || { echo "error: '$corpus' not found" >&2; exit 2; }
command -v xapian-tcpsrv >/dev/null ||
	{ echo "error: xapian-tcpsrv not found (package xapian-tools)" >&2; exit 2; }
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null
ds=./build/dealsearch
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT

t() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'; }
echo "indexing: one index $(t "$ds" index -q --db "$work/one" "$corpus" "$seeds") s," \
	"3 shards $(t "$ds" index -q --db "$work/three" --shards 3 "$corpus" "$seeds") s"

# the shards served, each on a free port of 127.0.0.1
mkdir -p "$work/remote"
cp "$work/three/catalog.sqlite" "$work/remote/"
for k in 0 1 2; do
	for try in 1 2 3 4 5 6 7 8; do
		p=$((20000 + RANDOM % 30000))
		"$ds" shard --db "$work/three" serve --shard "$k" --port "$p" \
			> "$work/tcpsrv$k.log" 2>&1 &
		pid=$!
		for _ in $(seq 50); do
			grep -q Listening "$work/tcpsrv$k.log" && break
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		grep -q Listening "$work/tcpsrv$k.log" && break
		kill "$pid" 2>/dev/null || true
	done
	pids+=("$pid")
	echo "127.0.0.1:$p" >> "$work/remote/shards.list"
done

run() { # run NAME DB: the benchmark's summary lines, kept for the ratios
	echo
	echo "== $1"
	./build/bench/search_bench "$2" "$corpus" "$rounds" > "$work/$1.out"
	sed -n '/queries (.*text-only), /,$p' "$work/$1.out"
}
run one "$work/one"
run three "$work/three"
run remote "$work/remote/shards.list"

# the lines "search, all queries (8 facets)  p50 X ms ..." and "the same
# grouped by deal ..."
p50() { grep -F "$2" "$work/$1.out" | sed -n 's/.* p50 *\([0-9.]*\) ms.*/\1/p' | head -1; }
echo
for name in three remote; do
	for what in "search, all queries" "the same grouped by deal"; do
		a=$(p50 one "$what") b=$(p50 "$name" "$what")
		echo "$name / one, $what: p50 $b / $a ms = $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2fx", b / a }')"
	done
done
echo "(target: shards over loopback <= 2x the single index's p50)"
