#!/usr/bin/env bash
# serve_test.sh - `dealsearch serve` itself, before and around lighttpd: a
# port another program holds is one line naming it and exit 2, with a
# port to try instead that is free, and nothing left behind.
. "$(dirname "$0")/lib.sh"
command -v lighttpd >/dev/null || [ -x /usr/sbin/lighttpd ] || { echo "skipped: lighttpd not installed"; exit 77; }
db="$T/db"
"$DS" index -q --db "$db" "$SRCDIR/corpus/articles" >/dev/null 2>&1

# a busy port: the tests' own HTTP server holds it
"$HTTPD" "$SRCDIR/tests/data" "$T/port" &
httpd_pid=$!
trap 'kill "$httpd_pid" 2>/dev/null; rm -rf "$T"' EXIT
for _ in $(seq 50); do [ -s "$T/port" ] && break; sleep 0.1; done
port=$(cat "$T/port")
TMPDIR="$T" timeout 20 "$DS" serve --db "$db" --port "$port" >"$T/out" 2>"$T/err"; rc=$?
expect_eq "busy port: exit status" "$rc" 2
expect_eq "busy port: one line" "$(wc -l < "$T/err")" 1
expect_match "busy port: the line names the port" "$(cat "$T/err")" \
	"^error: port $port on 127\.0\.0\.1 is in use \(try --port [0-9]+\)$"
try=$(sed -n 's/.*try --port \([0-9]*\).*/\1/p' "$T/err")
expect_match "busy port: another port offered ($try)" "$try" "^[0-9]+$"
[ "$try" != "$port" ] || fail "busy port: the port offered is the busy one"
expect_eq "busy port: nothing on stdout" "$(cat "$T/out")" ""
expect_eq "busy port: no temporary folder left" "$(ls -d "$T"/dealsearch-serve.* 2>/dev/null | wc -l)" 0
kill "$httpd_pid"; wait "$httpd_pid" 2>/dev/null
finish
