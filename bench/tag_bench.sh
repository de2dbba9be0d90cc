#!/usr/bin/env bash
# tag_bench.sh - the deal tagger measured: both annotated dev sets
# (../shared/corpus/dev, scored by ../shared/tools/tagscore.py) field by
# field beside the targets, then Reuters' own acq label on the TEST split
# and the tagging speed (bench/reuters_eval).  Not a test: it prints.
#
# usage: bench/tag_bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
for f in "$shared/tools/tagscore.py" "$shared/corpus/dev/reuters-deals-dev.jsonl" \
	 "$shared/corpus/reuters21578.jsonl"; do
	[ -f "$f" ] || { echo "error: '$f' not found" >&2; exit 2; }
done
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null

score() {   # score FILE [--corpus C]: the summary line as key=value words
	python3 "$shared/tools/tagscore.py" build/dealsearch "$@" | tail -1
}
r=$(score "$shared/corpus/dev/reuters-deals-dev.jsonl" \
	--corpus "$shared/corpus/reuters21578.jsonl")
m=$(score "$shared/corpus/dev/modern-deals-dev.jsonl")

# field, target (>=)
targets="deal_p 0.95
deal_r 0.93
type 0.90
status 0.85
acquirer 0.85
target 0.85
investors 0.75
amt_r 0.95
amt_p 0.95
per_share 0.95
countries_f1 0.92
companies_p 0.95
seller -
kind -"

val() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

printf '%-13s %8s %8s %8s\n' field reuters modern target
printf '%s\n' "$targets" | while read -r f t; do
	a=$(val "$r" "$f"); b=$(val "$m" "$f")
	mark=""
	if [ "$t" != "-" ]; then
		for x in "$a" "$b"; do
			[ "$x" = nan ] && continue
			awk -v x="$x" -v t="$t" 'BEGIN { exit !(x < t) }' && mark=" (below)"
		done
	fi
	printf '%-13s %8s %8s %8s%s\n' "$f" "$a" "$b" "$t" "$mark"
done
echo
echo "Reuters TEST split, the M&A types against the acq label (target: P >= 0.95, R >= 0.93):"
build/bench/reuters_eval "$shared/corpus/reuters21578.jsonl" | sed -n '1,3p'
