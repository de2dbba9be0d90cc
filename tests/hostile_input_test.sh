#!/usr/bin/env bash
# hostile_input_test.sh - inputs that once hung the indexer, grew its memory
# without bound or cost a whole file: symbolic link loops, devices, endless
# standard input, a pipe nobody writes to, an over-long JSON line, a NUL
# byte in one line, a large feed.  Each must end with one line per bad input
# and bounded memory, and lose nothing already indexed.
. "$(dirname "$0")/lib.sh"
db="$T/db"

# peak RSS (KiB) of a running process so far
hwm() { awk '/VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# 1. Link loops: two links to the folder itself, one to its parent.
mkdir -p "$T/L/sub"
cp "$SRCDIR"/corpus/articles/0[1-3]*.txt "$T/L/"
cp "$SRCDIR"/corpus/articles/04*.txt "$T/L/sub/"
ln -s . "$T/L/x"
ln -s . "$T/L/y"
ln -s .. "$T/L/sub/up"
out=$(timeout 60 "$DS" index -q --db "$db" "$T/L" 2>"$T/err"); rc=$?
expect_eq "link loops: exit" "$rc" 0
expect_match "link loops: each article once" "$out" '^added 4, replaced 0, unchanged 0, deleted 0, failed 0 '
expect_eq "link loops: one warning per link" \
	"$(grep -c "folder already read through another path" "$T/err")" 3

# 2. Devices: refused at once, by name.
out=$(timeout 20 "$DS" index -q --db "$db" /dev/zero /dev/urandom 2>"$T/err"); rc=$?
expect_eq "devices: exit" "$rc" 1
expect_eq "devices: one line each" \
	"$(grep -c "^error: '/dev/[a-z]*': a device, not a file, folder or pipe$" "$T/err")" 2
out=$(timeout 20 "$DS" index -q --db "$db" - </dev/zero 2>"$T/err"); rc=$?
expect_eq "device on stdin: exit" "$rc" 1
expect_eq "device on stdin: message" "$(cat "$T/err")" \
	"error: '-': standard input is a device, not a file or pipe"

# 3. Endless standard input.  Text: read up to the limit, then refused.
yes | timeout 60 "$DS" index -q --max-bytes 1000000 --db "$db" - \
	>"$T/out" 2>"$T/err"; rc=$?
expect_eq "endless text: exit" "$rc" 1
expect_eq "endless text: refused at the limit" "$(cat "$T/err")" \
	"error: 'stdin': larger than the limit of 1000000 bytes (--max-bytes)"

# JSON lines: streamed for as long as they come; memory stays flat; a
# SIGTERM commits what was read and says so.
gen() {
	awk 'BEGIN { for (i = 0; ; i++) printf "{\"id\":\"s%d\",\"title\":\"Story %d\",\"body\":\"Acme Corp agreed to buy Widget Inc for %d million dlrs in cash.\"}\n", i, i, i % 900 + 1 }'
}
mkfifo "$T/endless"
gen >"$T/endless" 2>/dev/null &
gen_pid=$!
"$DS" index -q --batch 500 --db "$T/sdb" "$T/endless" >"$T/out" 2>"$T/err" &
pid=$!
sleep 2
early=$(hwm "$pid")
sleep 4
late=$(hwm "$pid")
kill -TERM "$pid"
wait "$pid"; rc=$?
kill "$gen_pid" 2>/dev/null
wait "$gen_pid" 2>/dev/null
echo "endless JSON lines: peak RSS ${early} KiB after 2 s, ${late} KiB after 6 s"
expect_eq "endless JSON lines: SIGTERM exit status" "$rc" 143
out=$(cat "$T/out")
expect_match "endless JSON lines: summary marked interrupted" "$out" \
	'^added [1-9][0-9]*, .* \(interrupted by SIGTERM\)$'
if ! under_asan; then
	[ "$late" -gt 0 ] && [ "$late" -lt 131072 ] ||
		fail "endless JSON lines: peak RSS ${late} KiB, want under 128 MiB"
	[ "$early" -gt 0 ] && [ "$late" -lt $((early * 3 / 2 + 16384)) ] ||
		fail "endless JSON lines: memory grew from ${early} to ${late} KiB"
fi
# the summary counts what the index holds: every added story is there
added=$(summary_field added "$out")
check=$("$DS" check --db "$T/sdb" 2>&1)
expect_match "endless JSON lines: index holds what the summary says" \
	"$check" "^$added documents, batch [0-9]+, consistent$"

# a live pipe: its first story is in the index while the pipe is still open
( echo '{"id":"live-1","title":"Live one","body":"Vexor agreed to buy Lumo."}'
  sleep 4
  echo '{"id":"live-2","title":"Live two","body":"Lumo agreed to buy Vexor."}' ) |
	"$DS" index -q --batch 1 --db "$T/ldb" - >"$T/out" 2>&1 &
pid=$!
found=""
for _ in $(seq 30); do
	found=$("$DS" search --db "$T/ldb" --csv 'Vexor' 2>/dev/null | cut -d, -f2 | tr '\n' ' ')
	case $found in *live-1*) break ;; esac
	sleep 0.1
done
expect_match "live pipe: the first story before the pipe ends" "$found" 'live-1'
kill -0 "$pid" 2>/dev/null || fail "live pipe: the indexer had already ended"
wait "$pid"
expect_match "live pipe: both stories" "$(cat "$T/out")" '^added 2,'

# 4. A pipe nobody writes to: given up after --timeout, lock released.
mkfifo "$T/nowriter"
start=$SECONDS
out=$(timeout 60 "$DS" index -q --timeout 1 --db "$db" "$T/nowriter" 2>"$T/err"); rc=$?
expect_eq "silent pipe: exit" "$rc" 1
expect_match "silent pipe: message" "$(cat "$T/err")" \
	"^error: '.*/nowriter': no data from the pipe after 1 s \(--timeout\)"
[ $((SECONDS - start)) -lt 20 ] || fail "silent pipe: took $((SECONDS - start)) s"
out=$("$DS" index -q --db "$db" "$SRCDIR/corpus/articles/05-tender-offer.txt" 2>&1)
expect_match "silent pipe: the index is usable after" "$out" '^added 1,'

# 5. A NUL byte in one JSON line costs that line at most, not the file.
printf '%s\n' '{"id":"nul-1","title":"Zephyr buys Quill","body":"Zephyr agreed to buy Quill."}' >"$T/nul.jsonl"
printf '{"id":"nul-2","title":"Bad\000line","body":"x"}\n' >>"$T/nul.jsonl"
printf '%s\n' '{"id":"nul-3","title":"Quill buys Ember","body":"Quill agreed to buy Ember."}' >>"$T/nul.jsonl"
"$DS" index -q --db "$db" "$T/nul.jsonl" >"$T/out" 2>"$T/err"
expect_match "NUL byte: the valid lines are read" "$(cat "$T/out")" '^added [23],'
hits=$("$DS" search --db "$db" --csv 'Quill' | cut -d, -f2 | sort | tr '\n' ' ')
expect_match "NUL byte: both valid stories searchable" "$hits" 'nul-1 .*nul-3'

# 6. An over-long JSON line: refused by line number, its neighbours kept.
{
	echo '{"id":"long-1","title":"Before","body":"Kept before the long line."}'
	printf '{"id":"long-2","title":"Long","body":"'
	head -c 3000000 /dev/zero | tr '\0' a
	echo '"}'
	echo '{"id":"long-3","title":"After","body":"Kept after the long line."}'
} >"$T/long.jsonl"
out=$("$DS" index -q --max-bytes 1000000 --db "$db" "$T/long.jsonl" 2>"$T/err"); rc=$?
expect_eq "long line: exit" "$rc" 1
expect_eq "long line: message" "$(cat "$T/err")" \
	"error: '$T/long.jsonl:2': line of 3000040 bytes is over the limit of 1000000 bytes (--max-bytes)"
expect_match "long line: neighbours indexed" "$out" '^added 2, .* failed 1 '

# 7. A large feed is read an item at a time.
items=3000
under_asan && items=300
{
	echo '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>'
	awk 'BEGIN { pad = sprintf("%2000s", ""); gsub(/ /, "filler words ", pad);
		for (i = 0; i < '"$items"'; i++)
			printf "<item><title>Feed story %d</title><guid>feed-%d</guid><content:encoded><![CDATA[<p>Acme Corp agreed to buy Widget Inc for %d million dlrs. %s</p>]]></content:encoded></item>\n", i, i, i % 900 + 1, pad }'
	echo '</channel></rss>'
} >"$T/big.rss"
size=$(stat -c %s "$T/big.rss")
/usr/bin/time -f %M -o "$T/rss" "$DS" index -q --no-tags --db "$T/fdb" "$T/big.rss" >"$T/out" 2>"$T/err"
expect_match "large feed: every item" "$(cat "$T/out")" '^added '"$items"', replaced 0, unchanged 0, deleted 0, failed 0 '
rss=$(tail -n 1 "$T/rss")
echo "large feed: $size bytes, peak RSS $rss KiB"
under_asan || [ "$rss" -lt $((size / 1024)) ] ||
	fail "large feed: peak RSS $rss KiB is not below the feed's size"

finish
