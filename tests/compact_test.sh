#!/usr/bin/env bash
# compact_test.sh - `dealsearch compact`: each shard rewritten smaller, the
# same answers (hits, scores, totals, facets, the deal table, the catalog's
# check, what a saved query has seen) before and after; writing goes on
# after it; a copy an interrupted compaction left is removed, a folder
# that is no database's is not; a shard whose writer is running, or that
# is remote, is refused with one line while the others are compacted.
. "$(dirname "$0")/lib.sh"
need_jq

data="$SRCDIR/tests/data/reuters-style.jsonl"
arts="$SRCDIR/corpus/articles"
# small batches: many commits, so the tables have room to save
"$DS" index -q --batch 2 --db "$T/db" "$data" "$arts" >/dev/null 2>&1
"$DS" saved --db "$T/db" add deals 'type:m&a' >/dev/null
"$DS" saved --db "$T/db" run deals --new >/dev/null

# answers: JSON of several queries with exact counts, the deal table, the
# catalog's check
answers() {
	local q
	for q in 'merger OR acquisition' 'type:acquisition' '>$1M' \
		 'bank AND NOT oil' 'acqui*'; do
		"$DS" search --db "$1" --json -n 50 --count-limit 0 --facets all \
			"$q" | jq -c 'del(.took_ms)'
		"$DS" search --db "$1" --json -n 50 --count-limit 0 --sort date \
			"$q" | jq -c '[.total, [.hits[] | [.id, .score]]]'
	done
	"$DS" deals --db "$1" --json | jq -c .
	"$DS" check --db "$1" --list
}
answers "$T/db" > "$T/before"
size() { du -sb "$1" | cut -f1; }
b=$(size "$T/db/xapian")
out=$("$DS" compact --db "$T/db")
expect_eq "compact: exit 0" "$?" 0
expect_match "compact: one line for the shard" "$out" \
	'^.*/db/xapian: [0-9]+ KB -> [0-9]+ KB in [0-9.]+ s$'
a=$(size "$T/db/xapian")
[ "$a" -lt "$b" ] && echo "ok: smaller: $b -> $a bytes" ||
	fail "not smaller: $b -> $a bytes"
answers "$T/db" > "$T/after"
expect_eq "the same answers after" "$(cmp "$T/before" "$T/after" && echo same)" same
expect_eq "no copy left" "$(ls "$T/db")" "$(printf 'catalog.sqlite\nxapian')"

# writing goes on: a new story is indexed and is new to the saved query
printf '{"id": "c-1", "date": "2024-05-02", "title": "Halvern Corp to acquire Zorgal Ltd", "body": "Halvern Corp said on Thursday it agreed to acquire Zorgal Ltd for $40 million in cash."}\n' > "$T/new.jsonl"
expect_match "indexing after compact" "$("$DS" index --db "$T/db" "$T/new.jsonl")" '^added 1, '
expect_eq "the saved query's news: the new story only" \
	"$("$DS" saved --db "$T/db" run deals --new --json | jq -c '[.hits[].id]')" '["c-1"]'
expect_match "check after" "$("$DS" check --db "$T/db")" ', consistent$'

# what an interrupted compaction left is removed; a folder that is no
# database's is left and said
mkdir "$T/db/xapian.compacting"
echo half > "$T/db/xapian.compacting/postlist.glass"
"$DS" compact -q --db "$T/db"
expect_eq "a leftover copy: exit 0" "$?" 0
expect_eq "the leftover removed" "$(ls "$T/db")" "$(printf 'catalog.sqlite\nxapian')"
mkdir -p "$T/db/xapian.compacting/keep"
err=$("$DS" compact -q --db "$T/db" 2>&1)
expect_eq "a folder not a database's: exit 2" "$?" 2
expect_match "  said in one line" "$err" \
	"^error: shard '.*/xapian' not compacted: '.*/xapian.compacting' is not a database's folder: left as it is$"
expect_eq "  left as it was" "$(ls "$T/db/xapian.compacting")" keep
rm -rf "$T/db/xapian.compacting"

# a running writer holds the shard: refused, and the writer's run whole
(sleep 3; cat "$T/new.jsonl") | "$DS" index -q --timeout 20 --db "$T/db" - > "$T/w.out" 2>&1 &
w=$!
for _ in $(seq 50); do
	ls -l /proc/[0-9]*/fd 2>/dev/null | grep -q "$T/db/xapian/flintlock" && break
	sleep 0.1
done
err=$("$DS" compact --db "$T/db" 2>&1)
expect_eq "while a writer runs: exit 2" "$?" 2
expect_match "  said in one line" "$err" "^error: shard '.*/xapian' not compacted: database is locked"
wait "$w"
expect_eq "  the writer's run ends well" "$?" 0
expect_match "  check" "$("$DS" check --db "$T/db")" ', consistent$'

# shards: each one compacted, the same answers
"$DS" index -q --batch 2 --shards 3 --db "$T/sh" "$data" "$arts" >/dev/null 2>&1
answers "$T/sh" > "$T/sh.before"
out=$("$DS" compact --db "$T/sh")
expect_eq "3 shards: exit 0" "$?" 0
expect_eq "  a line per shard and the sum" "$(printf '%s\n' "$out" | sed -E 's/[0-9.]+ (KB|MB)/N/g; s/ in [0-9.]+ s$//; s|.*/sh/||')" \
	"$(printf 'xapian: N -> N\nxapian.1: N -> N\nxapian.2: N -> N\n3 shards: N -> N')"
answers "$T/sh" > "$T/sh.after"
expect_eq "  the same answers" "$(cmp "$T/sh.before" "$T/sh.after" && echo same)" same

# a shard list naming a remote shard: that one refused, the others done
printf 'sh/xapian\n127.0.0.1:1\n' > "$T/list"
cp "$T/sh/catalog.sqlite" "$T/catalog.sqlite"
err=$("$DS" compact --db "$T/list" 2>&1 >/dev/null)
expect_eq "a remote shard in the list: exit 1" "$?" 1
expect_eq "  said in one line" "$err" \
	"error: shard '127.0.0.1:1' is served from another host: compact it there"

# no index
err=$("$DS" compact --db "$T/none" 2>&1)
expect_eq "no index: exit 2" "$?" 2
expect_match "  said" "$err" "^error: no index at '.*/none'"

[ "$failures" -eq 0 ]
