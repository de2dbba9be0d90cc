#!/usr/bin/env bash
# jobs_test.sh - `index --jobs N`: tagging on N threads writes the index
# tagging in line (--jobs 1) writes, term for term and byte for byte:
# boilerplate that becomes boilerplate while articles are on their way
# (the threads guess, the main thread checks and tags again), an id sent
# twice in a row, bad and repaired articles, deletions between inputs,
# a retag; the messages are the same; an unchanged run tags nothing.
. "$(dirname "$0")/lib.sh"
need_jq
command -v xapian-delve >/dev/null || { echo "skipped: xapian-delve not installed (Debian: xapian-tools)"; exit 77; }

# Wire A prints the same "About Zorblax" paragraph under every story from
# its third on (boilerplate from the fourth: extract.h's EX_COMMON_MIN);
# wire B repeats another; ids repeat, one line is bad, one has invalid
# UTF-8.
gen() {
	local i
	for i in $(seq 1 60); do
		src=$([ $((i % 3)) = 0 ] && echo "Wire B" || echo "Wire A")
		about=""
		[ "$i" -ge 3 ] && [ "$src" = "Wire A" ] &&
			about='\n\nAbout Zorblax: Zorblax Holdings of Toronto, Canada, publishes this wire for its clients in forty countries.'
		[ "$src" = "Wire B" ] &&
			about='\n\nDisclaimer: Quentor Capital of Singapore may hold positions in the companies named in this report.'
		printf '{"id": "s%d", "source": "%s", "date": "2024-03-%02d", "title": "Firm%d Corp agrees to buy Target%d Ltd", "body": "Firm%d Corp said on Monday it agreed to acquire Target%d Ltd, a logistics group in Ohio, for $%d million in cash.%s"}\n' \
			"$i" "$src" $((1 + i % 28)) "$i" "$i" "$i" "$i" $((10 + i)) "$about"
		# the same id again at once, edited: the second is news
		[ "$i" = 20 ] && printf '{"id": "s20", "source": "Wire A", "title": "Firm20 Corp completes purchase of Target20 Ltd", "body": "Firm20 Corp said it completed the acquisition of Target20 Ltd for $30 million."}\n'
	done
	printf '{"title": ""}\n'
	printf '{"id": "bad-utf8", "source": "Wire B", "title": "Caf\xc3\x28 merger", "body": "Omega Inc agreed to merge with Sigma Inc."}\n'
}
gen > "$T/a.jsonl"
for j in 1 4; do
	"$DS" index -q --jobs "$j" --db "$T/j$j" "$T/a.jsonl" "$SRCDIR/corpus/articles" >"$T/out$j" 2>"$T/err$j"
	echo "$?" > "$T/rc$j"
	"$DS" index -q --jobs "$j" --db "$T/j$j" --delete s7 >/dev/null 2>&1
	"$DS" index -q --jobs "$j" --db "$T/j$j" "$T/a.jsonl" >>"$T/out$j" 2>>"$T/err$j"
done
expect_eq "exit status as --jobs 1's" "$(cat "$T/rc4")" "$(cat "$T/rc1")"
expect_eq "one bad line: exit 1" "$(cat "$T/rc1")" 1
timeless() { sed -E 's/ in [0-9.]+ s$//' "$1"; }
expect_eq "summaries as --jobs 1's" "$(timeless "$T/out4")" "$(timeless "$T/out1")"
# (s20 twice: the first differs from the second, which the index holds)
expect_match "the second run: the deleted story back, s20 twice news" "$(tail -1 "$T/out1")" '^added 1, replaced 2, unchanged 59, deleted 0, failed 1 '
expect_eq "messages as --jobs 1's" "$(sort "$T/err4")" "$(sort "$T/err1")"
expect_match "the bad line said" "$(cat "$T/err4")" 'a\.jsonl:62'

# the index itself: every term with its frequency, every document's data,
# values and terms, in docid order
dump() {
	local db=$1/xapian n i
	n=$(xapian-delve "$db" | sed -n 's/^highest document id ever used = //p')
	xapian-delve -a -v "$db"
	# (one at a time: delve stops at a deleted document)
	for i in $(seq 1 "$n"); do
		xapian-delve -d -V -r "$i" "$db" 2>&1
		xapian-delve -r "$i" "$db" 2>&1
	done
}
dump "$T/j1" > "$T/dump1"
dump "$T/j4" > "$T/dump4"
expect_match "the dump has documents" "$(grep -c '^Data for record' "$T/dump1")" '^7[0-9]$'
cmp -s "$T/dump1" "$T/dump4" && echo "ok: --jobs 4 writes the index --jobs 1 writes" ||
	fail "--jobs 4 index differs: $(diff "$T/dump1" "$T/dump4" | head -5 | cut -c1-200)"
records() { "$DS" deals --db "$1" --json --limit 100000 | jq -S -c '[.deals[] | del(.score)]'; }
expect_eq "the same deal records" "$(records "$T/j4")" "$(records "$T/j1")"

# the boilerplate really is: the wire's paragraph names no company of the
# story from the fourth story on (in both)
companies() { "$DS" search --db "$1" --json "id:$2" | jq -r '.hits[0].companies | join(",")'; }
expect_match "story 2 (before the paragraph) names Firm2" "$(companies "$T/j4" s2)" 'Firm2'
expect_match "story 4: Zorblax counted once more, not yet boilerplate" "$(companies "$T/j1" s4)" 'Zorblax'
for s in s10 s40 s59; do
	expect_eq "$s: Zorblax is boilerplate (--jobs 4)" "$(companies "$T/j4" $s | grep -c Zorblax)" 0
	expect_eq "$s: as --jobs 1" "$(companies "$T/j4" $s)" "$(companies "$T/j1" $s)"
done

# retag on threads: as in line
for j in 1 4; do
	"$DS" gazetteer --db "$T/j$j" add company "Target30 Limited" Target30 >/dev/null
	"$DS" index -q --jobs "$j" --db "$T/j$j" --retag > "$T/retag$j" 2>&1
done
expect_eq "retag summaries as --jobs 1's" "$(timeless "$T/retag4")" "$(timeless "$T/retag1")"
dump "$T/j1" > "$T/dump1"
dump "$T/j4" > "$T/dump4"
cmp -s "$T/dump1" "$T/dump4" && echo "ok: --jobs 4 retags as --jobs 1" ||
	fail "--jobs 4 retag differs: $(diff "$T/dump1" "$T/dump4" | head -5 | cut -c1-200)"

# the option
"$DS" index -q --jobs 0 --db "$T/x" "$T/a.jsonl" 2>"$T/e"; rc=$?
expect_eq "--jobs 0: exit 2" "$rc" 2
expect_eq "--jobs 0: one line" "$(cat "$T/e")" "error: option '--jobs' wants a whole number from 1 to 64, not '0'"
"$DS" index -q --jobs 65 --db "$T/x" "$T/a.jsonl" 2>"$T/e"; rc=$?
expect_eq "--jobs 65: exit 2" "$rc" 2
expect_match "--jobs 65: names the limit" "$(cat "$T/e")" "^error: option '--jobs'.*65"
finish
