#!/usr/bin/env bash
# index_bench.sh - indexing throughput on the Reuters corpus: dealsearch
# beside Xapian's own scriptindex (Omega) on the same stories, and beside
# itself without deal extraction (--no-tags), in the same run, alternating
# so drift hits all alike.  Prints wall time, articles/s, peak memory and
# index size for each, and the ratios.  Not a test.
#
# usage: bench/index_bench.sh [ROUNDS]      (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
corpus=../shared/corpus/reuters21578.jsonl
[ -f "$corpus" ] || { echo "error: '$corpus' not found" >&2; exit 2; }
for p in xapian-omega time; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || {
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq --no-install-recommends "$p" >/dev/null; }
done
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# scriptindex reads its own record format: same id, title and body
./build/bench/jsonl2scriptindex < "$corpus" > "$work/reuters.si"
stories=$(grep -c '' "$corpus")

# run NAME CMD...: time one indexing run into a fresh folder
run() {
	local name=$1
	shift
	rm -rf "$work/db"
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" ||
		{ cat "$work/err" >&2; exit 1; }
	read -r secs kb < "$work/time"
	size=$(du -sm "$work/db" | cut -f1)
	printf '%-12s %7.2f s %8.0f articles/s %6d MB peak %5d MB index\n' \
		"$name" "$secs" "$(awk -v n="$stories" -v s="$secs" 'BEGIN { print n / s }')" $((kb / 1024)) "$size"
	echo "$secs" >> "$work/$name.times"
}

echo "Reuters-21578: $stories stories, $rounds rounds"
for _ in $(seq "$rounds"); do
	run scriptindex scriptindex "$work/db" bench/reuters.script "$work/reuters.si"
	run dealsearch ./build/dealsearch index -q --db "$work/db" "$corpus"
	run no-tags ./build/dealsearch index -q --no-tags --db "$work/db" "$corpus"
done
./build/dealsearch index -q --db "$work/db" "$corpus" >/dev/null
# the unchanged re-run: every story skipped by its content hash
./build/dealsearch index -q --db "$work/db" "$corpus" > "$work/rerun"
echo "re-run over the same index: $(cat "$work/rerun")"

best() { sort -n "$1" | head -1; }
s=$(best "$work/scriptindex.times")
d=$(best "$work/dealsearch.times")
n=$(best "$work/no-tags.times")
printf 'best of %d: dealsearch %.2f s with tagging, %.2f s without; tagging makes indexing %.2fx slower\n' \
	"$rounds" "$d" "$n" "$(awk -v d="$d" -v n="$n" 'BEGIN { print d / n }')"
printf 'best of %d: scriptindex %.2f s, dealsearch %.2f s; dealsearch takes %.2fx scriptindex'"'"'s time\n' \
	"$rounds" "$s" "$d" "$(awk -v d="$d" -v s="$s" 'BEGIN { print d / s }')"
