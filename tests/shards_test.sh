#!/usr/bin/env bash
# shards_test.sh - an index kept as shards (include/shards.h, xdb.h's sets,
# docs/DISTRIBUTED.md): `index --shards 3` answers as one index of the same
# stories (hits, scores, totals, facets, deal records, saved queries), and
# so do the same shards served by xapian-tcpsrv (`shard serve`) and named
# in a shard list; a shard stopped in the middle is an error naming it, or
# with --allow-partial results marked partial in text, JSON and on the
# page; facets estimated from a sample beyond --count-limit, alike on one
# index and its shards; an index gains shards but never loses them; a crash between two
# shards' commits and SIGKILLs of a sharded ingest are repaired to what an
# uninterrupted run leaves.  The first 4,000 Reuters stories (2,000 under
# ASan, whose runs are three times slower) when the shared folder is
# there, else the bundled articles.
. "$(dirname "$0")/lib.sh"
need_jq
command -v xapian-tcpsrv >/dev/null ||
	{ echo "skipped: xapian-tcpsrv not installed (package xapian-tools)"; exit 77; }

some_stories 4000 "$T/stories.jsonl"
C=$STORIES

"$DS" index -q --db "$T/one" "$C" >/dev/null 2>&1
expect_eq "one shard: exit" "$?" 0
out=$("$DS" index -q --db "$T/three" --shards 3 "$C" 2>&1)
expect_eq "three shards: exit" "$?" 0
expect_eq "three shards listed" "$("$DS" shard --db "$T/three" list | sed 's#.*/##' | tr '\n' ' ')" \
	"xapian xapian.1 xapian.2 "
expect_match "three shards: consistent" "$("$DS" check --db "$T/three")" ' consistent$'
n1=$("$DS" check --db "$T/one" | cut -d' ' -f1)
for k in 0 1 2; do
	c=$("$DS" shard --db "$T/three" list | sed -n "$((k + 1))p")
	[ -d "$c" ] || fail "shard $k is no folder"
done

# the query set: every order, grouped or not, with every facet
queries=('acquisition' 'type:acquisition' '>$10M' 'bank OR oil' 'said' 'company'
	'type:acquisition place:US')
answers() { # answers DB [OPTION...]: every query's JSON, times left out
	local q s g db=$1
	shift
	for q in "${queries[@]}"; do
		for s in relevance date amount; do
			for g in story deal; do
				"$DS" search --db "$db" "$@" --json --limit 25 \
					--sort "$s" --group "$g" "$q" | jq -cS 'del(.took_ms)'
			done
		done
	done
	"$DS" search --db "$db" "$@" --json --limit 5 --offset 7 said |
		jq -cS 'del(.took_ms)'
	"$DS" search --db "$db" "$@" --json --limit 5 --count-limit 300 \
		--group deal said | jq -cS 'del(.took_ms)'
	"$DS" deals --db "$db" --json --limit 100000 | jq -cS 'del(.took_ms)'
}
answers "$T/one" > "$T/one.out"
answers "$T/three" > "$T/three.out"
expect_eq "answers: as many" "$(wc -l < "$T/three.out")" "$(( ${#queries[@]} * 6 + 3 ))"
expect_eq "three shards answer as one index" "$(md5sum < "$T/three.out")" "$(md5sum < "$T/one.out")"
expect_match "the answers are not empty" "$(head -1 "$T/one.out" | jq '.total')" '^[1-9]'
# facets estimated from a sample beyond --count-limit (the sample buckets
# are the stories' own, so shards estimate as one index does)
if [ "$C" != "$SRCDIR/corpus/articles" ]; then
	exact=$("$DS" search --db "$T/one" --json -n 0 --count-limit 0 said)
	est=$("$DS" search --db "$T/one" --json -n 0 --count-limit 300 said)
	expect_eq "a sample: marked, of about 300" \
		"$(jq -c '[.facets_estimated, (.facets_counted > 150 and .facets_counted < 600)]' <<<"$est")" \
		"[true,true]"
	expect_eq "a sample: the total estimated, and marked" "$(jq -c '[.total_estimated, .facets_count]' <<<"$est")" '[true,"stories"]'
	expect_match "a sample: the total within 5% ($(jq .total <<<"$est") for $(jq .total <<<"$exact"))" \
		"$(jq --argjson e "$(jq .total <<<"$exact")" '.total > 0.95 * $e and .total < 1.05 * $e' <<<"$est")" '^true$'
	expect_eq "a sample: the same hits" "$("$DS" search --db "$T/one" --json -n 10 --count-limit 300 said | jq -c '[.hits[].id]')" \
		"$("$DS" search --db "$T/one" --json -n 10 said | jq -c '[.hits[].id]')"
	expect_eq "exact totals are not marked" "$(jq -c .total_estimated <<<"$exact")" null
	expect_eq "exact counts are not marked" "$(jq -c '[.facets_estimated, .facets_counted]' <<<"$exact")" "[null,null]"
	a=$(jq '.facets.type.values[] | select(.value == "acquisition") | .count' <<<"$exact")
	b=$(jq '.facets.type.values[] | select(.value == "acquisition") | .count' <<<"$est")
	expect_match "a sample: acquisitions within 30% ($b for $a)" \
		"$(awk -v a="$a" -v b="$b" 'BEGIN { print (b > 0.7 * a && b < 1.3 * a) ? "yes" : "no" }')" '^yes$'
	expect_match "a sample: the text says so" \
		"$("$DS" search --db "$T/one" -n 0 --count-limit 300 said)" \
		'^\(estimated from a sample of [0-9]+ of the [0-9]+ matching stories\)$'
	expect_match "a sample: the text's total is about" \
		"$("$DS" search --db "$T/one" -n 0 --count-limit 300 said | head -1)" '^about [0-9]+ results for said'
	# a little more than the limit: a sample of every bucket, exact
	t=$("$DS" search --db "$T/one" --json -n 0 'bank OR oil' | jq .total)
	for db in one three; do
		expect_eq "just above the limit ($db): all counted, exact" \
			"$("$DS" search --db "$T/$db" --json -n 0 --count-limit $((t * 9 / 10)) 'bank OR oil' | jq -c '[.total, .total_estimated, .facets_estimated]')" \
			"[$t,null,null]"
	done
	for db in one three; do
		expect_eq "a sample, no facets asked ($db): the same total" \
			"$("$DS" search --db "$T/$db" --json -n 0 --count-limit 300 --facets none said | jq -c '[.total, .total_estimated]')" \
			"$(jq -c '[.total, .total_estimated]' <<<"$est")"
	done
	expect_eq "a sample: one index and three shards estimate alike" \
		"$("$DS" search --db "$T/three" --json -n 5 --count-limit 300 said | jq -cS 'del(.took_ms)')" \
		"$("$DS" search --db "$T/one" --json -n 5 --count-limit 300 said | jq -cS 'del(.took_ms)')"
fi
for db in one three; do
	"$DS" saved --db "$T/$db" add acq 'type:acquisition' >/dev/null
	"$DS" saved --db "$T/$db" run acq --new --json -n 1000 | jq -c '[.hits[].id]' > "$T/$db.new"
done
expect_eq "saved run --new: the same stories" "$(cat "$T/three.new")" "$(cat "$T/one.new")"

# the shards served by xapian-tcpsrv, named in a shard list with the
# catalog beside it
mkdir -p "$T/remote"
cp "$T/three/catalog.sqlite" "$T/remote/"
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$T"' EXIT
for k in 0 1 2; do serve_shard "$T/three" "$k"; done
printf '# three shards on this host\n127.0.0.1:%s\n\n127.0.0.1:%s\n  127.0.0.1:%s  \n' \
	"${ports[0]}" "${ports[1]}" "${ports[2]}" > "$T/remote/shards.list"
L="$T/remote/shards.list"
expect_match "served: on 127.0.0.1" "$(cat "$T/tcpsrv0.log")" "127\.0\.0\.1, port ${ports[0]}"
answers "$L" > "$T/remote.out"
expect_eq "shards over xapian-tcpsrv answer as one index" "$(md5sum < "$T/remote.out")" "$(md5sum < "$T/one.out")"
total=$("$DS" search --db "$L" --json -n 0 'said' | jq '.total')

# a shard stops in the middle
"$DS" saved --db "$L" add oil 'oil' >/dev/null
kill "${pids[2]}"; wait "${pids[2]}" 2>/dev/null
out=$("$DS" search --db "$L" 'said' 2>&1); rc=$?
expect_eq "a shard down: exit" "$rc" 2
expect_eq "a shard down: the error names it" "$out" \
	"error: shard '127.0.0.1:${ports[2]}': no answer (Couldn't connect: Connection refused)"
out=$("$DS" search --db "$L" --allow-partial -n 1 'said' 2>&1); rc=$?
expect_eq "--allow-partial: exit" "$rc" 0
expect_match "--allow-partial: text says partial" "$out" \
	"^partial: no answer from shard 127\.0\.0\.1:${ports[2]}; its stories are missing$"
j=$("$DS" search --db "$L" --allow-partial --json -n 0 'said')
expect_eq "--allow-partial: JSON says partial" "$(jq -c '[.partial, .missing_shards]' <<<"$j")" \
	"[true,\"127.0.0.1:${ports[2]}\"]"
expect_match "--allow-partial: fewer stories" "$(jq --argjson t "$total" '.total < $t and .total > 0' <<<"$j")" '^true$'
page=$(DEALSEARCH_DB="$L" REQUEST_METHOD=GET QUERY_STRING='q=said' "${DS}.cgi")
expect_match "the page says partial" "$page" \
	"<p class=\"partial\" role=\"status\">Partial results: no answer from shard 127\.0\.0\.1:${ports[2]};"
n=$("$DS" saved --db "$L" run oil --new --allow-partial --json | jq '[.partial, (.hits | length)]' | tr -d ' \n')
expect_match "saved run --new, partial: reported" "$n" '^\[true,[1-9][0-9]*\]$'
expect_eq "saved run --new, partial: the watermark stays" \
	"$("$DS" saved --db "$L" run oil --new --allow-partial --json | jq '[.partial, (.hits | length)]' | tr -d ' \n')" "$n"
expect_eq "deals: a shard down is an error" \
	"$("$DS" deals --db "$L" 2>&1 >/dev/null | head -1)" \
	"error: shard '127.0.0.1:${ports[2]}': no answer (Couldn't connect: Connection refused)"
out=$("$DS" deals --db "$L" --allow-partial -n 1 2>&1); rc=$?
expect_eq "deals --allow-partial: exit" "$rc" 0
expect_match "deals --allow-partial: text says partial" "$out" \
	"^partial: no answer from shard 127\.0\.0\.1:${ports[2]}; its stories are missing
[1-9][0-9]* deals"
j=$("$DS" deals --db "$L" --allow-partial --json -n 1)
expect_eq "deals --allow-partial: JSON says partial" "$(jq -c '[.partial, .missing_shards]' <<<"$j")" \
	"[true,\"127.0.0.1:${ports[2]}\"]"
"$DS" deals --db "$L" --allow-partial --csv -n 1 >"$T/csv" 2>"$T/csv.err"
expect_eq "deals --allow-partial --csv: a warning on stderr" "$(cat "$T/csv.err")" \
	"partial: no answer from shard 127.0.0.1:${ports[2]}; its stories are missing"
expect_match "deals --allow-partial --csv: the table" "$(head -1 "$T/csv")" '^id,type,status,'
id=$(jq -r '.deals[0].id' <<<"$j")
expect_eq "deal --allow-partial: JSON says partial" \
	"$("$DS" deal --db "$L" --allow-partial --json "$id" | jq -c '[.partial, .missing_shards, .id]')" \
	"[true,\"127.0.0.1:${ports[2]}\",\"$id\"]"
expect_eq "deal: a shard down is an error" "$("$DS" deal --db "$L" "$id" 2>&1 >/dev/null)" \
	"error: shard '127.0.0.1:${ports[2]}': no answer (Couldn't connect: Connection refused)"

# shards are only ever added; a story stays in its shard
out=$("$DS" index -q --db "$T/three" --shards 4 "$C" 2>&1)
expect_match "a fourth shard: nothing re-indexed" "$out" '^added 0, replaced 0, unchanged [1-9]'
expect_eq "a fourth shard: listed" "$("$DS" shard --db "$T/three" list | wc -l)" 4
answers "$T/three" > "$T/four.out"
expect_eq "four shards answer as one index" "$(md5sum < "$T/four.out")" "$(md5sum < "$T/one.out")"
out=$("$DS" index -q --db "$T/three" --shards 2 "$C" 2>&1); rc=$?
expect_eq "fewer shards: exit" "$rc" 2
expect_eq "fewer shards: why" "$out" \
	"error: cannot open index '$T/three': it has 4 shards: it cannot have fewer (index into a new folder)"
printf '%s\n' '{"id":"late-1","title":"Velmar buys Oskin","body":"Velmar Corp said it agreed to buy Oskin Inc for 20 mln dlrs."}' > "$T/late.jsonl"
"$DS" index -q --db "$T/three" "$T/late.jsonl" >/dev/null
printf '%s\n' '{"id":"late-1","title":"Velmar buys Oskin","body":"Velmar Corp said it agreed to buy Oskin Inc for 25 mln dlrs."}' > "$T/late.jsonl"
out=$("$DS" index -q --db "$T/three" "$T/late.jsonl")
expect_match "a changed story is replaced" "$out" '^added 0, replaced 1,'
expect_eq "it is once in the index" "$("$DS" check --db "$T/three" | cut -d' ' -f1)" "$((n1 + 1))"

# a read replica kept current with xapian-replicate (docs/DISTRIBUTED.md):
# the index written with changesets, each shard pulled into a copy
if command -v xapian-replicate-server >/dev/null; then
	XAPIAN_MAX_CHANGESETS=10 "$DS" index -q --db "$T/master" --shards 2 "$C" >/dev/null
	mkdir -p "$T/replica"
	cp "$T/master/catalog.sqlite" "$T/replica/"
	printf 'xapian\nxapian.1\n' > "$T/replica/shards.list"
	rport=
	for try in 1 2 3 4 5 6 7 8; do
		p=$((20000 + RANDOM % 30000))
		# a session of its own: stopped, it signals its whole group
		setsid xapian-replicate-server -I 127.0.0.1 -p "$p" "$T/master" \
			> "$T/repl.log" 2>&1 &
		rpid=$!
		sleep 0.3
		kill -0 "$rpid" 2>/dev/null && { rport=$p; break; }
	done
	pids+=("$rpid")
	pull() { local k; for k in xapian xapian.1; do
		xapian-replicate -h 127.0.0.1 -p "$rport" -m "$k" -o -q "$T/replica/$k" || fail "replicate $k"; done; }
	pull
	expect_eq "a replica answers as its master" \
		"$("$DS" search --db "$T/replica/shards.list" --json -n 5 said | jq -cS 'del(.took_ms)')" \
		"$("$DS" search --db "$T/master" --json -n 5 said | jq -cS 'del(.took_ms)')"
	XAPIAN_MAX_CHANGESETS=10 "$DS" index -q --db "$T/master" "$T/late.jsonl" >/dev/null
	pull
	expect_eq "the replica has the new story" \
		"$("$DS" search --db "$T/replica/shards.list" --json -n 5 'Velmar Oskin' | jq -c '[.hits[].id]')" '["late-1"]'
	kill "$rpid" 2>/dev/null
else
	echo "note: xapian-replicate-server not installed: no replica"
fi

# bad shard lists
printf 'a\n\n# b\n a \n' > "$T/dup.list"
out=$("$DS" search --db "$T/dup.list" x 2>&1); rc=$?
expect_eq "a shard twice: exit" "$rc" 2
expect_eq "a shard twice: where" "$out" "error: $T/dup.list:4: shard 'a' listed twice"
printf '# nothing\n' > "$T/empty.list"
expect_eq "an empty list" "$("$DS" search --db "$T/empty.list" x 2>&1)" \
	"error: shard list '$T/empty.list' lists no shard"

# a crash between two shards' commits: shard 1 keeps the batch before
"$DS" index -q --db "$T/cut" --shards 3 --batch 1000000 "$T/late.jsonl" >/dev/null
cp -a "$T/cut/xapian.1" "$T/shard1.before"
"$DS" index -q --db "$T/cut" "$C" >/dev/null
rm -rf "$T/cut/xapian.1"
mv "$T/shard1.before" "$T/cut/xapian.1"
out=$("$DS" index --db "$T/cut" --delete no-such-story 2>&1)
expect_match "shards at two batches: rebuilt" "$out" "catalog disagreed with the index and was rebuilt from it"
expect_match "shards at two batches: consistent" "$("$DS" check --db "$T/cut")" ' consistent$'
out=$("$DS" index -q --db "$T/cut" "$C")
expect_match "the lost stories come back" "$out" '^added [1-9][0-9]*, replaced 0, unchanged [1-9]'
"$DS" index -q --db "$T/ref" --shards 3 "$T/late.jsonl" "$C" >/dev/null
"$DS" check --db "$T/ref" --list > "$T/ref.list" 2>/dev/null
"$DS" check --db "$T/cut" --list > "$T/cut.list" 2>/dev/null
expect_eq "then as an uninterrupted index" "$(md5sum < "$T/cut.list")" "$(md5sum < "$T/ref.list")"

# SIGKILLs of a sharded ingest, each run resuming (the bundled articles
# are indexed before a kill could land)
if [ "$C" = "$SRCDIR/corpus/articles" ]; then
	echo "note: no kills without the shared corpus"
	finish
fi
kills=0
for delay in 0.2 0.5 0.9; do
	"$DS" index -q --batch 300 --shards 3 --db "$T/kill" "$C" >/dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	kill -KILL "$pid" 2>/dev/null && kills=$((kills + 1))
	wait "$pid" 2>/dev/null
	"$DS" index -q --db "$T/kill" --delete no-such-story >/dev/null 2>&1
	# (a kill before the index's folder held anything leaves none: on
	# a loaded machine 0.2 s may come before the first write)
	out=$("$DS" check --db "$T/kill" 2>&1) ||
		case "$out" in
		*"no index at"*) echo "note: the kill at ${delay}s came before the index existed" ;;
		*) fail "inconsistent after a kill at ${delay}s: $out" ;;
		esac
done
echo "killed the sharded ingest $kills times"
[ "$kills" -ge 1 ] || fail "no kill landed: the ingest finished too fast"
"$DS" index -q --db "$T/kill" "$T/late.jsonl" "$C" >/dev/null
"$DS" check --db "$T/kill" --list > "$T/kill.list" 2>/dev/null
expect_eq "killed and resumed: as an uninterrupted index" "$(md5sum < "$T/kill.list")" \
	"$(md5sum < "$T/ref.list")"
finish
