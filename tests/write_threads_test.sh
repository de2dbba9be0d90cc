#!/usr/bin/env bash
# write_threads_test.sh - the writer's shards written on threads of their
# own (xdb_set_opts.async_puts, docs/ARCHITECTURE.md "Writing"): the index
# is the one writing in line leaves (DEALSEARCH_WRITE_INLINE=1), term for
# term, value for value and byte for byte in every document's data, on one
# shard and on three, through batches that commit in the middle of a deal's
# stories (its later stories link to earlier ones of the open batch),
# near-duplicates, replacements, deletions and a story put twice in one
# batch.  The deal stories are made here; the first 3,000 Reuters stories
# (1,500 under ASan) join them when the shared folder is there, else the
# bundled articles.
. "$(dirname "$0")/lib.sh"
need_jq
command -v xapian-delve >/dev/null ||
	{ echo "skipped: xapian-delve not installed (package xapian-tools)"; exit 77; }

# 40 deals, each told by 6 stories a few days apart (rumour, talks, agreed,
# approved, completed, and a wire's copy of the agreed one), interleaved so
# that a batch of 50 ends between a deal's stories
gen() {
	local d s day
	for s in 0 1 2 3 4 5; do
		for d in $(seq 1 40); do
			day=$(printf '%02d' $((1 + (d + 3 * s) % 27)))
			case $s in
			0) t="Buyer$d Group weighs bid for Target$d Inc"
			   b="Buyer$d Group is weighing a bid for Target$d Inc, people familiar with the matter said." ;;
			1) t="Buyer$d Group in talks to buy Target$d Inc"
			   b="Buyer$d Group said it was in talks to acquire Target$d Inc, a maker of pumps in Ohio, for about \$$((100 + d)) million." ;;
			2|5) t="Buyer$d Group agrees to buy Target$d Inc for \$$((100 + d)) million"
			   b="Buyer$d Group said on Monday it agreed to acquire Target$d Inc, a maker of pumps in Ohio, for \$$((100 + d)) million in cash, or \$$((20 + d)) a share." ;;
			3) t="Regulators clear Buyer$d purchase of Target$d"
			   b="Regulators cleared the acquisition of Target$d Inc by Buyer$d Group, the companies said." ;;
			4) t="Buyer$d Group completes acquisition of Target$d Inc"
			   b="Buyer$d Group said it completed its previously announced acquisition of Target$d Inc for \$$((100 + d)) million." ;;
			esac
			src=$([ $s = 5 ] && echo "Wire B" || echo "Wire A")
			printf '{"id": "d%d-%d", "source": "%s", "date": "2024-05-%s", "title": "%s", "body": "%s"}\n' \
				"$d" "$s" "$src" "$day" "$t" "$b"
		done
	done
}
gen > "$T/deals.jsonl"
some_stories 3000 "$T/more.jsonl"
M=$STORIES
# the second run: every third deal story and every seventh other story
# changed, one story twice in a row (put twice in one batch)
sed -E '0~3 s/ the companies said\./ the companies said on Tuesday./;
	0~3 s/people familiar with the matter said/two people said/' \
	"$T/deals.jsonl" > "$T/deals2.jsonl"
grep '"d7-2"' "$T/deals2.jsonl" | sed 's/in cash/in cash and stock/' >> "$T/deals2.jsonl"
if [ -f "$M" ]; then
	sed -E '0~7 s/"body": "/"body": "Revised. /' "$M" > "$T/more2.jsonl"
	M2="$T/more2.jsonl"
else
	M2="$M"
fi

# every shard's terms with their frequencies, every document's values,
# data and terms (in docid order)
dump() {
	local x n
	for x in "$1"/xapian*; do
		echo "== ${x##*/}"
		xapian-delve -a -v "$x"
		xapian-delve -V "$x"
		# the documents there are (delve stops at a deleted one)
		xapian-delve -1 -t '' "$x" | tail -n +2 | xargs -n 400 sh -c '
			db=$0; args=""
			for i in "$@"; do args="$args -r $i"; done
			xapian-delve -d -v $args "$db" 2>&1' "$x"
	done | grep -v '^UUID = '     # a database's own, made at its creation
}

for shards in 1 3; do
	for mode in inline threads; do
		db="$T/$mode$shards"
		inl=$([ $mode = inline ] && echo 1 || echo 0)
		export DEALSEARCH_WRITE_INLINE=$inl
		"$DS" index -q --batch 50 --shards $shards --db "$db" "$T/deals.jsonl" "$M" \
			> "$T/out-$mode$shards" 2>&1
		echo "first: $?" >> "$T/rc-$mode$shards"
		"$DS" index -q --batch 50 --db "$db" "$T/deals2.jsonl" "$M2" \
			>> "$T/out-$mode$shards" 2>&1
		echo "second: $?" >> "$T/rc-$mode$shards"
		"$DS" index -q --db "$db" --delete d3-1 --delete d3-4 --delete d9-0 \
			>> "$T/out-$mode$shards" 2>&1
		echo "deletions: $?" >> "$T/rc-$mode$shards"
		# after the deletions, more of the same deals: they link to
		# what is left
		grep -E '"d(3|9)-' "$T/deals.jsonl" | sed 's/"id": "d/"id": "e/' |
			"$DS" index -q --batch 4 --db "$db" - >> "$T/out-$mode$shards" 2>&1
		echo "third: $?" >> "$T/rc-$mode$shards"
		unset DEALSEARCH_WRITE_INLINE
		dump "$db" > "$T/dump-$mode$shards"
	done
	expect_eq "$shards shard(s): exit statuses as in line" \
		"$(cat "$T/rc-threads$shards")" "$(cat "$T/rc-inline$shards")"
	expect_match "$shards shard(s): the runs succeeded" \
		"$(cat "$T/rc-inline$shards" | tr '\n' ' ')" '^first: 0 second: 0 deletions: 0 third: 0 $'
	timeless() { sed -E 's/ in [0-9.]+ s$//' "$1"; }
	expect_eq "$shards shard(s): summaries as in line" \
		"$(timeless "$T/out-threads$shards")" "$(timeless "$T/out-inline$shards")"
	expect_match "$shards shard(s): the second run replaced stories" \
		"$(sed -n 2p "$T/out-inline$shards")" '^added 0, replaced [1-9][0-9]+, '
	docs=$(grep -c '^Data for record' "$T/dump-inline$shards")
	[ "$docs" -gt 200 ] || fail "$shards shard(s): the dump holds $docs documents"
	cmp -s "$T/dump-inline$shards" "$T/dump-threads$shards" &&
		echo "ok: $shards shard(s): written on threads, the index written in line ($docs documents)" ||
		fail "$shards shard(s): the index differs: $(diff "$T/dump-inline$shards" "$T/dump-threads$shards" | head -4 | cut -c1-200)"
	# the deals were linked: one record for a deal's stories
	expect_eq "$shards shard(s): Target12's stories in one record" \
		"$("$DS" deals --db "$T/threads$shards" --json --limit 1000 |
		   jq -c '[.deals[] | select(.target == "Target12") | .nstories >= 5]')" "[true]"

done
finish
