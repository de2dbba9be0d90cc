#!/usr/bin/env bash
# fetch_test.sh - URLs and feeds against a local HTTP server on 127.0.0.1:
# pages, redirects, RSS items fetched by link or taken from full content,
# Atom content, and the failures (404, timeout, redirect loop, size cap).
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

chk=$("$DS" check --db "$db"); rc=$?
expect_eq "consistent after failures" "$rc" 0
expect_match "count" "$chk" '^5 documents'
finish
