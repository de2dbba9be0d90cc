#!/usr/bin/env bash
# oversize_test.sh - articles far over the tagging limit (docs/EXTRACTION.md,
# "Article size"), made of Reuters' M&A stories (bench/bigarticle.c): a
# 16 MB article on one line (the fetch limit) and a 50 MB page of one
# paragraph per line.  Each is indexed within a generous bound of time and
# memory, with one warning line, as text only: searchable, no tags.
# `extract` says the same and prints empty tags.  Tagging used to be
# quadratic in the article (all amounts against all mentions, all
# paragraphs against each other): the 50 MB page never finished.
. "$(dirname "$0")/lib.sh"
need_shared
need_jq
[ -x /usr/bin/time ] || { echo "skipped: /usr/bin/time not installed (package time)"; exit 77; }

CPU_SECS=60             # generous: a few seconds, a sanitizer build ~20 s
WALL_SECS=600           # a stuck run is killed (a shared machine is slow)
MAX_KB=$((1024 * 1024)) # peak RSS: 1 GB
limit=1048576
warning="article of [0-9]+ bytes is over the tagging limit of $limit bytes; indexed without tags"

# run WHAT CMD...: run under the bounds; stdout in $T/out, stderr in $T/err
run() {
	local what=$1 rc cpu kb
	shift
	timeout "$WALL_SECS" /usr/bin/time -f "%U %S %M" -o "$T/time" \
		"$@" > "$T/out" 2> "$T/err"; rc=$?
	expect_eq "$what: exit (124: killed after $WALL_SECS s)" "$rc" 0
	read -r user sys kb < <(tail -1 "$T/time" 2>/dev/null) || true
	cpu=$(awk -v u="${user:-999}" -v s="${sys:-0}" 'BEGIN { printf "%d", u + s }')
	[ "$cpu" -lt "$CPU_SECS" ] && echo "ok: $what: ${cpu} s of CPU" ||
		fail "$what: ${cpu} s of CPU, want under $CPU_SECS s"
	[ "${kb:-0}" -gt 0 ] && [ "$kb" -lt "$MAX_KB" ] &&
		echo "ok: $what: peak RSS $((kb / 1024)) MB" ||
		fail "$what: peak RSS '${kb:-?}' KB, want under $MAX_KB KB"
}

specs=("16m one-line" "50m page")
# under ASan the 16 MB line alone: the same paths, a third of the time
under_asan && specs=("16m one-line")
for spec in "${specs[@]}"; do
	read -r size shape <<< "$spec"
	art="$T/big-$size.jsonl"
	opt=""
	[ "$shape" = page ] && opt=-p
	"$BIGARTICLE" $opt "$SHARED/corpus/reuters21578.jsonl" "$size" "big-$size" > "$art"
	db="$T/db-$size"

	# over the default --max-bytes (16 MiB) as one JSON line: let it in
	run "$size $shape: index" "$DS" index -q --max-bytes 67108864 --db "$db" "$art"
	expect_match "$size: added" "$(cat "$T/out")" '^added 1, replaced 0, unchanged 0, deleted 0, failed 0 '
	expect_match "$size: the warning" "$(cat "$T/err")" "^warning: '$art:1': $warning$"
	expect_eq "$size: said once, nothing else" "$(grep -c '' "$T/err")" 1

	# searchable by its words, with no tags
	hits=$("$DS" search --db "$db" --csv --facets none Gulfex 2>&1)
	expect_match "$size: found by a word" "$hits" "^1,big-$size,"
	"$DS" search --db "$db" --csv --facets none 'type:acquisition' > /dev/null 2>&1
	expect_eq "$size: no deal tag" "$?" 1
	"$DS" check --db "$db" > /dev/null; expect_eq "$size: check" "$?" 0
	rm -rf "$db"

	if [ "$shape" = one-line ]; then
		# extract: the same warning, empty tags
		run "$size: extract" "$DS" extract --json --max-bytes 67108864 "$art"
		expect_match "$size: extract warning" "$(cat "$T/err")" "^warning: '$art:1': $warning$"
		expect_eq "$size: extract empty tags" \
			"$(jq -c '[.amounts, .companies, .deal.type]' "$T/out")" '[[],[],null]'
	fi
	rm -f "$art"
done

# the limit counts the bytes of headline and body, as the warning says
art="$T/small.jsonl"
"$BIGARTICLE" "$SHARED/corpus/reuters21578.jsonl" 1100000 small > "$art"
"$DS" extract --json "$art" > /dev/null 2> "$T/err"
expect_match "bytes counted" "$(cat "$T/err")" "article of 1100046 bytes"
finish
