#!/usr/bin/env bash
# tag_scale.sh - time and peak memory of `dealsearch index` and
# `dealsearch extract --json` on one-line articles of growing size:
# Reuters' M&A stories joined into one line (bench/bigarticle.c), the worst
# case for the deal step.  Work should grow linearly with the size; past
# the tagging limit (docs/EXTRACTION.md, "Article size") an article is
# indexed as text only, which the last column says.  Not a test.
#
# usage: bench/tag_scale.sh [SIZE...]      (default 1m 4m 16m 64m)
#   DS=path/to/dealsearch   the binary to measure (default build/dealsearch)
#   TIMEOUT=S               give up a run after S seconds (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/reuters21578.jsonl
[ -f "$corpus" ] || { echo "error: '$corpus' not found" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time not found (package time)" >&2; exit 2; }
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null
ds=${DS:-build/dealsearch}
timeout=${TIMEOUT:-600}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1m 4m 16m 64m)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure CMD...: "WALL_S CPU_S PEAK_MB" of one run, or "timeout - -"
# (CPU time too: on a shared machine it is the steadier figure)
measure() {
	if timeout "$timeout" /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
		"$@" >/dev/null 2>"$work/err"; then
		awk '{ printf "%.2f %.2f %d", $1, $2 + $3, $4 / 1024 }' \
			"$work/time"
	else
		printf 'timeout - -'
	fi
}

printf '%-5s %9s | %-24s | %-24s | %s\n' "" "" "index" "extract --json" ""
printf '%-5s %9s | %7s %7s %8s | %7s %7s %8s | %s\n' size bytes wall cpu \
	"peak MB" wall cpu "peak MB" tagged
for size in "${sizes[@]}"; do
	art="$work/big-$size.jsonl"
	./build/bench/bigarticle "$corpus" "$size" "big-$size" > "$art"
	rm -rf "$work/db"
	read -r iw ic im <<< "$(measure "$ds" index -q --db "$work/db" "$art")"
	tagged=yes
	grep -q 'over the tagging limit' "$work/err" && tagged=no
	read -r ew ec em <<< "$(measure "$ds" extract --json "$art")"
	printf '%-5s %9d | %7s %7s %8s | %7s %7s %8s | %s\n' "$size" \
		"$(stat -c %s "$art")" "$iw" "$ic" "$im" "$ew" "$ec" "$em" \
		"$tagged"
	rm -f "$art"
done
