#!/usr/bin/env bash
# judged_bench.sh - precision in the top 10 of structured queries against
# plain keyword queries, on 20 analyst questions judged by reading.
#
# usage: bench/judged_bench.sh            (CORPUS=... to use another copy)
#
# What it does:
#   - builds dealsearch if needed;
#   - indexes the TRAIN split of Reuters-21578 (labels.lewissplit == "TRAIN",
#     14,668 stories) in a temporary folder;
#   - runs the two queries of every question in bench/questions/questions.tsv
#     (a structured one in the query language of docs/QUERY.md, and the
#     words an analyst would type into a keyword engine) with
#     `search --json --limit 10 --facets none`;
#   - scores each top 10 with bench/questions/judgments.tsv (question id,
#     story id, relevant 0/1, reason), one judgment per (question, story),
#     made by reading the story's headline and body.
#
# P@10 is relevant hits / 10: a list shorter than 10 loses the empty slots.
# A hit with no judgment for its question (the tagger changed since the
# judging) is listed as "unjudged" with its id and headline, counted apart,
# and scored two ways:
#   judged-only   relevant / (10 - unjudged)  (unjudged hits left out)
#   strict        relevant / 10               (unjudged counted as not relevant)
# With every hit judged the two agree.  To judge new hits, read the story
# (jq 'select(.id=="reuters-N")' on the corpus) and add a line to
# judgments.tsv with a one-line reason; never change an old judgment to
# move a figure.
#
# Deterministic (same checkout, same figures); about 15 s after a build.
# Exits 0 when it ran (2 when the corpus or a query is broken).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus/reuters21578.jsonl}
questions=bench/questions/questions.tsv
judgments=bench/questions/judgments.tsv
[ -f "$corpus" ] || { echo "error: '$corpus' not found" >&2; exit 2; }
command -v jq >/dev/null || { echo "error: jq is needed" >&2; exit 2; }
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null
ds=./build/dealsearch

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jq -c 'select(.labels.lewissplit == "TRAIN")' "$corpus" > "$work/train.jsonl"
"$ds" index -q --db "$work/db" "$work/train.jsonl" >/dev/null

# hits.tsv: question, side (S structured, K keyword), rank, id, headline
: > "$work/hits.tsv"
grep -v '^#' "$questions" | tail -n +2 > "$work/q.tsv"
while IFS=$'\t' read -r qid _question structured keyword; do
	for side in S K; do
		if [ $side = S ]; then q=$structured; else q=$keyword; fi
		rc=0
		"$ds" search --db "$work/db" --json --limit 10 --facets none \
			"$q" > "$work/out.json" || rc=$?
		if [ $rc -ge 2 ]; then
			echo "error: $qid query failed: $q" >&2
			exit 2
		fi
		jq -r --arg q "$qid" --arg s "$side" '.hits[] |
			[$q, $s, .rank, .id, (.title | gsub("[\t\r\n]+"; " "))] | @tsv' \
			"$work/out.json" >> "$work/hits.tsv"
	done
done < "$work/q.tsv"

awk -F'\t' -v QF="$work/q.tsv" '
FILENAME == ARGV[1] {		# judgments
	if ($0 ~ /^#/ || $1 == "question") next
	rel[$1 SUBSEP $2] = $3
	next
}
{				# hits
	k = $1 SUBSEP $4
	if (k in rel) {
		if (rel[k] == 1) good[$1, $2]++
	} else {
		unj[$1, $2]++
		unjlist = unjlist sprintf("  %s %s%-2d %-14s %s\n", $1, $2, $3, $4, $5)
		nunj++
	}
	nhits[$1, $2]++
}
END {
	n = 0
	while ((getline line < QF) > 0) {
		split(line, f, "\t")
		ids[++n] = f[1]
	}
	printf "%-4s  %-26s  %-26s\n", "", "structured", "keyword"
	printf "%-4s  %5s %6s %6s %6s  %5s %6s %6s %6s\n", "q", "hits", "rel", \
		"P@10", "strict", "hits", "rel", "P@10", "strict"
	for (i = 1; i <= n; i++) {
		q = ids[i]
		line = sprintf("%-4s", q)
		for (j = 1; j <= 2; j++) {
			s = (j == 1) ? "S" : "K"
			h = nhits[q, s] + 0; g = good[q, s] + 0; u = unj[q, s] + 0
			d = 10 - u
			jo = (d > 0) ? g / d : 0
			st = g / 10
			sumj[s] += jo; sums[s] += st; totu[s] += u
			line = line sprintf("  %5d %6s %6.2f %6.2f", h, \
				g (u ? "+" u "?" : ""), jo, st)
		}
		print line
	}
	printf "\n"
	mjS = sumj["S"] / n; mjK = sumj["K"] / n
	msS = sums["S"] / n; msK = sums["K"] / n
	printf "mean P@10, judged-only:                      structured %.3f  keyword %.3f  ratio %s\n", \
		mjS, mjK, (mjK > 0 ? sprintf("%.2f", mjS / mjK) : "inf")
	printf "mean P@10, unjudged counted as not relevant: structured %.3f  keyword %.3f  ratio %s\n", \
		msS, msK, (msK > 0 ? sprintf("%.2f", msS / msK) : "inf")
	printf "unjudged hits: structured %d, keyword %d\n", totu["S"], totu["K"]
	if (nunj) printf "%s", "unjudged (question, list and rank, id, headline):\n" unjlist
}' "$judgments" "$work/hits.tsv"
exit 0
