#!/usr/bin/env bash
# fetch_test.sh - URLs and feeds against a local HTTP server on 127.0.0.1:
# pages, redirects, RSS items fetched by link or taken from full content,
# Atom content, and the failures (404, timeout, redirect loop, size cap),
# hostile servers (a body dripped a byte a second, an endless body, a gzip
# bomb, huge headers: each one line naming the URL, exit 1, bounded memory)
# and a feed whose links all stall (one budget for all of them).
. "$(dirname "$0")/lib.sh"
db="$T/db"
"$HTTPD" "$SRCDIR/tests/data" "$T/port" &
srv=$!
trap 'kill $srv 2>/dev/null; rm -rf "$T"' EXIT
for _ in $(seq 50); do [ -s "$T/port" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$T/port")"

out=$("$DS" index -q --db "$db" "$base/files/article.html"); rc=$?
expect_eq "page exit" "$rc" 0
expect_match "page summary" "$out" '^added 1, '
list=$("$DS" check --db "$db" --list 2>/dev/null)
expect_match "page id is its URL" "$list" "^$base/files/article.html	"

out=$("$DS" index -q --db "$db" "$base/moved"); rc=$?
expect_match "redirect followed to the same article" "$out" '^added 0, replaced 0, unchanged 1, '

out=$("$DS" index -q --db "$db" "$base/files/feed.rss" 2>"$T/err"); rc=$?
expect_eq "feed exit (one item fails)" "$rc" 1
expect_match "feed summary" "$out" '^added 3, replaced 0, unchanged 0, deleted 0, failed 1 '
expect_eq "feed error line" "$(cat "$T/err")" "error: '$base/files/gone.html': http 404"
list=$("$DS" check --db "$db" --list 2>/dev/null)
expect_match "fetched item" "$list" "^$base/files/linked1.html	"
expect_match "canonical URL of fetched page" "$list" '^https://news.example.com/pampas-pay-raises	'
expect_match "full-content item not fetched" "$list" "^$base/files/not-fetched.html	"

out=$("$DS" index -q --db "$db" "$base/files/feed.atom"); rc=$?
expect_eq "atom exit" "$rc" 0
expect_match "atom summary" "$out" '^added 1, '

out=$("$DS" index -q --db "$db" "$base/nothing-here" "$base/redirect-loop" 2>"$T/err"); rc=$?
expect_eq "404 and loop exit" "$rc" 1
expect_match "404 line" "$(cat "$T/err")" "^error: '$base/nothing-here': http 404$"
expect_match "loop line" "$(cat "$T/err")" "^error: '$base/redirect-loop': more than 5 redirects$"

out=$("$DS" index -q --db "$db" --timeout 1 "$base/slow" 2>"$T/err"); rc=$?
expect_eq "timeout exit" "$rc" 1
expect_eq "timeout line" "$(cat "$T/err")" "error: '$base/slow': timed out after 1 s"

out=$("$DS" index -q --db "$db" --max-bytes 100 "$base/files/article.html" 2>"$T/err"); rc=$?
expect_eq "size cap exit" "$rc" 1
expect_eq "size cap line" "$(cat "$T/err")" "error: '$base/files/article.html': response larger than 100 bytes"

out=$("$DS" index -q --db "$db" "http://127.0.0.1:1/refused" 2>"$T/err"); rc=$?
expect_eq "refused exit" "$rc" 1
expect_match "refused line" "$(cat "$T/err")" "^error: 'http://127.0.0.1:1/refused': .*(onnect|refused)"

# hostile servers: each ends with one line naming the URL and exit 1, in
# bounded time and memory (peak resident set size, in kB, from time -f %M)
hostile() {  # hostile WHAT URL LINE [OPTION...]
	local what=$1 url=$2 line=$3 kb
	shift 3
	/usr/bin/time -f %M -o "$T/rss" "$DS" index -q --db "$db" "$@" "$url" \
		>/dev/null 2>"$T/err"; rc=$?
	expect_eq "$what exit" "$rc" 1
	expect_eq "$what line" "$(cat "$T/err")" "error: '$url': $line"
	kb=$(tail -1 "$T/rss")
	expect_match "$what memory bounded (${kb} kB)" "$((kb < 200 * 1024))" '^1$'
}
if [ -x /usr/bin/time ]; then
	t0=$(date +%s)
	hostile "drip-fed body" "$base/drip" "timed out after 2 s" --timeout 2
	expect_match "drip-fed body stopped at --timeout" "$(($(date +%s) - t0 <= 5))" '^1$'
	hostile "endless body" "$base/endless" "response larger than 1000000 bytes" \
		--max-bytes 1000000
	hostile "endless body, default cap" "$base/endless" \
		"response larger than 16777216 bytes"
	# 1 MB on the wire, 1 GiB inflated: stopped at the inflated size
	hostile "gzip bomb" "$base/gzip-bomb" "response larger than 1000000 bytes" \
		--max-bytes 1000000
	hostile "gzip bomb, default cap" "$base/gzip-bomb" \
		"response larger than 16777216 bytes"
	hostile "5 MB header line" "$base/huge-header" "response header too large"
	hostile "5 MB of headers" "$base/many-headers" "response header too large"
else
	echo "skipped: hostile servers (no /usr/bin/time)"
fi

# a feed of 8 links that stall 5 s each: with --timeout 1 and
# --feed-timeout 3, about 3 fetches time out and the rest are reported in
# one line, in about 3 s rather than 8
t0=$(date +%s)
out=$("$DS" index -q --db "$db" --timeout 1 --feed-timeout 3 "$base/files/stalling.rss" 2>"$T/err"); rc=$?
took=$(($(date +%s) - t0))
expect_eq "stalling feed exit" "$rc" 1
expect_match "stalling feed within its budget (${took} s)" "$((took <= 5))" '^1$'
timeouts=$(grep -c "^error: '$base/slow?[1-8]': timed out" "$T/err")
skipped=$(sed -n "s|^error: '$base/files/stalling.rss': \([0-9]*\) items not fetched: the feed's links took over 3 s in all\$|\1|p" "$T/err")
expect_match "stalling feed: each item timed out or reported ($timeouts + $skipped)" \
	"$((timeouts + skipped))" '^8$'
expect_match "stalling feed: most items skipped" "$skipped" '^[4-6]$'
expect_eq "stalling feed: nothing else on stderr" "$(wc -l < "$T/err")" "$((timeouts + 1))"

# a signal during a slow fetch ends it at once, with the summary
t0=$(date +%s)
"$DS" index -q --db "$db" --timeout 60 "$base/drip" >"$T/out" 2>"$T/err" &
pid=$!
sleep 1
kill -TERM "$pid"
wait "$pid"; rc=$?
expect_eq "SIGTERM during a fetch: exit" "$rc" 143
expect_match "SIGTERM during a fetch: summary" "$(cat "$T/out")" \
	'^added 0, .* \(interrupted by SIGTERM\)$'
expect_eq "SIGTERM during a fetch: nothing on stderr" "$(cat "$T/err")" ""
expect_match "SIGTERM during a fetch: within seconds" "$(($(date +%s) - t0 <= 5))" '^1$'

chk=$("$DS" check --db "$db"); rc=$?
expect_eq "consistent after failures" "$rc" 0
expect_match "count" "$chk" '^5 documents'
finish
