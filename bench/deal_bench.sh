#!/usr/bin/env bash
# deal_bench.sh - how well stories are grouped into deal records: B-cubed
# precision, recall and F1 against bench/deals/links.jsonl (649 stories of
# 269 deals, labelled by reading; bench/deals/README.md), and what linking
# costs the indexer.
#
# usage: bench/deal_bench.sh            (CORPUS=..., SEEDS=... for other copies)
#        INSTRUCTIONS=N bench/deal_bench.sh   (also count linking's work)
#
# What it does:
#   - builds dealsearch if needed;
#   - indexes the TRAIN split of Reuters-21578 (labels.lewissplit ==
#     "TRAIN", 14,668 stories) and the seed articles, once with deal
#     records and once with --no-link, and prints both times;
#   - reads every record with `dealsearch deals --json` (each record's
#     story ids) and scores the grouping of the labelled stories:
#       B-cubed precision  mean over labelled stories of the share of its
#                          record's labelled stories that are of its deal
#       B-cubed recall     mean of the share of its deal's stories that are
#                          in its record
#     (a story without a record is a record of its own; unlabelled stories
#     are left out of both).  Targets: F1 >= 0.90 with precision >= 0.93.
#   - lists the worst merges and splits, to read;
#   - with INSTRUCTIONS=N (valgrind needed): the instructions of indexing
#     the first N TRAIN stories on one thread (--jobs 1) with and without
#     deal records, under callgrind, and the difference: what linking costs
#     measured by work done, which a shared machine's load does not move
#     (the times above moved by +5% to +27% from run to run on one day).
#
# Deterministic (same checkout, same figures) apart from the times.
# Exits 0 when it ran (2 when the corpus is missing or a step fails).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus/reuters21578.jsonl}
seeds=${SEEDS:-../shared/seeds}
links=bench/deals/links.jsonl
[ -f "$corpus" ] || { echo "error: '$corpus' not found" >&2; exit 2; }
[ -d "$seeds" ] || { echo "error: '$seeds' not found" >&2; exit 2; }
command -v jq >/dev/null || { echo "error: jq is needed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "error: python3 is needed" >&2; exit 2; }
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null
ds=./build/dealsearch

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jq -c 'select(.labels.lewissplit == "TRAIN")' "$corpus" > "$work/train.jsonl"

secs() { # seconds a command takes, best of two fresh indexes
	local best=
	for run in 1 2; do
		rm -rf "$work/$1"
		local t0 t1
		t0=$(date +%s.%N)
		"$ds" index -q --db "$work/$1" "${@:2}" "$work/train.jsonl" "$seeds" >/dev/null
		t1=$(date +%s.%N)
		best=$(awk -v a="$t0" -v b="$t1" -v c="$best" \
			'BEGIN { t = b - a; if (c == "" || t < c) c = t; printf "%.2f", c }')
	done
	echo "$best"
}
nolink=$(secs nolink --no-link)
linked=$(secs db)
echo "indexing TRAIN + seeds (best of two): ${linked} s with deal records, ${nolink} s without" \
	"($(awk -v a="$linked" -v b="$nolink" 'BEGIN { printf "%+.1f%%", (a / b - 1) * 100 }'); target <= +10%)"

if [ -n "${INSTRUCTIONS:-}" ]; then
	command -v valgrind >/dev/null || { echo "error: INSTRUCTIONS needs valgrind" >&2; exit 2; }
	head -n "$INSTRUCTIONS" "$work/train.jsonl" > "$work/part.jsonl"
	count() { # instructions of one index run of part.jsonl
		valgrind --tool=callgrind --callgrind-out-file=/dev/null \
			"$ds" index -q --jobs 1 --db "$work/i$1" "${@:2}" \
			"$work/part.jsonl" 2>&1 >/dev/null |
			awk '/I +refs:/ { gsub(",", "", $NF); print $NF }'
	}
	count nolink --no-link > "$work/i-nolink" &
	count db > "$work/i-db"
	wait
	awk -v a="$(cat "$work/i-db")" -v b="$(cat "$work/i-nolink")" -v n="$INSTRUCTIONS" \
		'BEGIN { printf "instructions, first %d TRAIN stories, --jobs 1: %.2f G with deal records, %.2f G without (%+.1f%%)\n", n, a / 1e9, b / 1e9, (a / b - 1) * 100 }'
fi

"$ds" deals --db "$work/db" --json --limit 1000000 > "$work/deals.json"
python3 - "$links" "$work/deals.json" <<'PY'
import collections, json, sys
gold = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    gold[o["id"]] = o["deal"]
pred = {}
for d in json.load(open(sys.argv[2]))["deals"]:
    for s in d["stories"]:
        pred[s] = d["id"]
# a labelled story with no record is a record of its own
for s in gold:
    pred.setdefault(s, "none:" + s)
gcl = collections.defaultdict(set)
pcl = collections.defaultdict(set)
for s in gold:
    gcl[gold[s]].add(s)
    pcl[pred[s]].add(s)
P = R = 0.0
for s in gold:
    both = len(gcl[gold[s]] & pcl[pred[s]])
    P += both / len(pcl[pred[s]])
    R += both / len(gcl[gold[s]])
n = len(gold)
P, R = P / n, R / n
F = 2 * P * R / (P + R) if P + R else 0.0
norec = sum(1 for s in gold if pred[s].startswith("none:"))
print("labelled stories %d in %d deals; %d of them in no record" %
      (n, len(gcl), norec))
print("B-cubed precision %.3f  recall %.3f  F1 %.3f   (target: F1 >= 0.90, P >= 0.93)" % (P, R, F))
# what to read: records that join deals, deals split the most
merges = []
for p, ss in pcl.items():
    deals = collections.Counter(gold[s] for s in ss)
    if len(deals) > 1:
        merges.append((len(ss), p, dict(deals)))
merges.sort(reverse=True)
print("records joining labelled deals: %d" % len(merges))
for k, p, d in merges[:8]:
    print("  %s (%d): %s" % (p, k, ", ".join("%s %d" % x for x in sorted(d.items(), key=lambda x: -x[1]))))
splits = sorted(((len({pred[s] for s in ss}), g, len(ss)) for g, ss in gcl.items()), reverse=True)
print("deals in the most records:")
for parts, g, k in splits[:8]:
    print("  %s: %d stories in %d records" % (g, k, parts))
PY
