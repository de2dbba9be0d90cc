#!/usr/bin/env bash
# signal_test.sh - stop the indexer at random moments, over and over, with
# SIGKILL (a crash) and with SIGTERM, SIGINT and SIGHUP (a user or a
# service manager), and require after every trial: the index consistent
# with its catalog, no story twice, a search that works, and after a
# signal the summary marked interrupted, counting exactly what the index
# holds, with exit status 128 + the signal.  At the end one more run
# completes the index, which must then hold every story once.
. "$(dirname "$0")/lib.sh"
need_jq

# 60 trials in the release build; under ASan, whose runs are slower, 24
# (the failure paths' memory checks, not the statistics, are its point).
# 1,200 stories (600 under ASan): six companies' deals over and over make
# every story link against many, so a full run takes about 4 s on this
# machine, long enough for the signals to land in every stage of it
# (reading, tagging, writing, committing) and short enough for the whole
# test to take a minute or two
trials=${SIGNAL_TRIALS:-60}
stories=1200
if under_asan; then
	trials=${SIGNAL_TRIALS:-24}
	stories=600
fi
# edition E of the stories: the same ids, each body carrying "edE", so
# every trial replaces every story and `search edE` counts what it stored
edition() {
	awk -v n="$stories" -v e="$1" 'BEGIN {
	split("Acme Corp,Widget Inc,Zephyr Holdings,Quill Ltd,Ember SA,Nordic Oy", co, ",")
	for (i = 0; i < n; i++)
		printf "{\"id\":\"t%d\",\"title\":\"%s to buy %s unit %d\",\"date\":\"2016-%02d-%02d\",\"body\":\"%s agreed to buy a unit of %s for %d million dlrs in cash, the companies said in story %d, ed%s.\"}\n", i, co[i % 6 + 1], co[(i + 1) % 6 + 1], i, i % 12 + 1, i % 28 + 1, co[i % 6 + 1], co[(i + 1) % 6 + 1], i % 900 + 1, i, e
	}' >"$T/stories.jsonl"
}
# how many stories of edition E the index holds
held_of() {
	"$DS" search --db "$db" --json --limit 1 --count-limit 0 "ed$1" 2>/dev/null |
		jq '.total'
}

db="$T/db"
sigs=(KILL TERM KILL INT KILL HUP)
declare -A codes=([TERM]=143 [INT]=130 [HUP]=129)
landed=0 done_early=0 prev=0
# how long one full run takes here: the signals land in its span, so a
# fast machine and a loaded one both see runs cut at every stage
edition base
t0=$(date +%s%N)
"$DS" index -q --batch 100 --db "$T/timing" "$T/stories.jsonl" >/dev/null
span=$((($(date +%s%N) - t0) / 1000000 * 9 / 10))
[ "$span" -ge 100 ] || span=100
echo "a full run takes about $((span * 10 / 9)) ms; signals within ${span} ms"
RANDOM=42   # the same moments on every run
for i in $(seq "$trials"); do
	sig=${sigs[$((i % ${#sigs[@]}))]}
	edition "$i"
	"$DS" index -q --batch 100 --db "$db" "$T/stories.jsonl" \
		>"$T/out" 2>"$T/err" &
	pid=$!
	ms=$((20 + (RANDOM * 32768 + RANDOM) % span))
	sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
	if kill -"$sig" "$pid" 2>/dev/null; then
		landed=$((landed + 1))
	else
		done_early=$((done_early + 1))
	fi
	wait "$pid"; rc=$?
	out=$(cat "$T/out")
	# a writer's open repairs what a crash left (writer.h); then verify:
	# catalog and index agree, ids unique
	"$DS" index -q --db "$db" --delete no-such-id >/dev/null 2>&1
	noindex=0
	if ! check=$("$DS" check --db "$db" 2>&1); then
		# stopped before the index was first created: nothing to check
		# or search (the one missing-index message: "no index at 'DIR'")
		if [ "$prev" -eq 0 ] && printf '%s' "$check" |
			grep -Eq "no database|no index at '$db'"; then
			check="0 documents"
			noindex=1
		else
			fail "trial $i ($sig): inconsistent: $check"
		fi
	fi
	held=$(printf '%s\n' "$check" | sed -n 's/^\([0-9]*\) documents.*/\1/p')
	[ "${held:-0}" -le "$stories" ] ||
		fail "trial $i ($sig): $held documents for $stories stories"
	if [ "$noindex" -eq 0 ]; then
		"$DS" search --db "$db" --limit 1 'agreed' >/dev/null 2>"$T/serr"
		src=$?
		[ "$src" -le 1 ] || fail "trial $i ($sig): search failed: $(cat "$T/serr")"
	fi
	before=$prev
	prev=${held:-0}
	[ "$rc" -eq 0 ] && continue   # it had finished before the signal
	if [ "$sig" = KILL ]; then
		[ "$rc" -eq 137 ] || fail "trial $i: SIGKILL gave exit $rc"
		continue
	fi
	[ "$rc" -eq "${codes[$sig]}" ] ||
		fail "trial $i: SIG$sig gave exit $rc, want ${codes[$sig]} ($(cat "$T/err"))"
	if [ -z "$out" ] && [ "$held" -eq "$before" ]; then
		# the signal came before the program set its handlers (its first
		# milliseconds): it ended as the signal's default, having done
		# nothing, which the index shows
		continue
	fi
	printf '%s\n' "$out" | grep -Eq "^added [0-9]+, .* \(interrupted by SIG$sig\)$" ||
		fail "trial $i: SIG$sig summary: '$out'"
	# what the summary says was stored is what the index holds
	added=$(summary_field added "$out")
	replaced=$(summary_field replaced "$out")
	[ "$((before + added))" -eq "$held" ] ||
		fail "trial $i: SIG$sig summary added $added to $before, index holds $held"
	stored=0
	[ "$noindex" -eq 1 ] || stored=$(held_of "$i")
	expect_eq "trial $i: SIG$sig stories stored" "$stored" \
		"$((added + replaced))"
done
echo "signals landed in $landed of $trials trials ($done_early after the run ended)"
[ "$landed" -ge $((trials * 2 / 3)) ] || fail "only $landed signals landed"

edition final
out=$("$DS" index -q --batch 100 --db "$db" "$T/stories.jsonl"); rc=$?
expect_eq "final run exit" "$rc" 0
check=$("$DS" check --db "$db" 2>&1)
expect_match "every story once, consistent" "$check" "^$stories documents, batch [0-9]+, consistent$"
expect_eq "every story of the last edition" "$(held_of final)" "$stories"

finish
