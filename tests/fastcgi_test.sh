#!/usr/bin/env bash
# fastcgi_test.sh - the page's program as FastCGI (`dealsearch serve`, the
# default): the same answers as plain CGI (`serve --cgi`) and the command
# line; the same processes answer request after request; a running server
# sees what an indexing run adds, and an index that goes away and comes
# back; the sockets go with the server.
. "$(dirname "$0")/lib.sh"
command -v lighttpd >/dev/null || [ -x /usr/sbin/lighttpd ] || { echo "skipped: lighttpd not installed"; exit 77; }
command -v jq >/dev/null || { echo "skipped: jq not installed"; exit 77; }
db="$T/db"
"$DS" index -q --db "$db" "$SRCDIR/corpus/articles" >/dev/null 2>&1

start_server "$db"
fast=$base
fast_pid=$server_pid
# the plain-CGI server beside it, over the same index
SERVE_ARGS=--cgi start_server "$db"
plain=$base
plain_pid=$server_pid
trap 'kill "$fast_pid" "$plain_pid" 2>/dev/null; rm -rf "$T"' EXIT

timeless() { jq -S 'del(.took_ms)'; }
# the same answers: JSON (as the command line's), pages, a story, a deal,
# errors
for q in 'q=type%3Aacquisition&format=json' \
	 'q=acquisition&format=json&group=story' \
	 'q=merger+OR+acquire&f=type%3Aacquisition&format=json' \
	 'q=%28unclosed&format=json'; do
	a=$(curl -s "$fast/search?$q" | timeless)
	b=$(curl -s "$plain/search?$q" | timeless)
	expect_eq "FastCGI answers as CGI: $q" "$a" "$b"
done
cli=$("$DS" search --db "$db" --json --group deal 'type:acquisition' | timeless)
expect_eq "FastCGI JSON as the command line's" "$(curl -s "$fast/search?q=type%3Aacquisition&format=json" | timeless)" "$cli"
expect_match "FastCGI: hits in the JSON" "$(jq '.hits | length' <<<"$cli")" '^[1-9]'
# (the page says how long the search took: not compared)
untimed() { sed -E 's/ in [0-9.]+ ms/ in - ms/' "$1" > "$1.u" && mv "$1.u" "$1"; }
for path in 'search?q=acquisition' 'search' 'search?q=%28unclosed' 'story?id=nope' 'deal?id=nope'; do
	curl -s -D "$T/hf" -o "$T/bf" "$fast/$path"
	curl -s -D "$T/hp" -o "$T/bp" "$plain/$path"
	untimed "$T/bf"; untimed "$T/bp"
	expect_eq "FastCGI status as CGI: /$path" "$(head -1 "$T/hf")" "$(head -1 "$T/hp")"
	cmp -s "$T/bf" "$T/bp" || fail "FastCGI page differs from CGI's: /$path"
done
id=$("$DS" search --db "$db" --json --limit 1 acquisition | jq -r '.hits[0].id')
curl -s -o "$T/bf" -w '%{http_code}' "$fast/story?id=$id" > "$T/code"
expect_eq "FastCGI: a story's page" "$(cat "$T/code")" 200
curl -s -o "$T/bp" "$plain/story?id=$id"
cmp -s "$T/bf" "$T/bp" || fail "FastCGI story page differs from CGI's"
expect_eq "FastCGI: HEAD has no body" "$(curl -s -I "$fast/search?q=acquisition" | head -1 | tr -d '\r')" "HTTP/1.1 200 OK"
expect_eq "FastCGI: POST refused" "$(curl -s -o /dev/null -w '%{http_code}' -X POST -d 'q=x' "$fast/search")" 405

# the same processes answer: lighttpd's FastCGI children before and after
procs() { pgrep -P "$(pgrep -P "$fast_pid" -x lighttpd)" | sort | tr '\n' ' '; }
before=$(procs)
expect_match "FastCGI processes running ($before)" "$before" '^[0-9]+ '
for _ in $(seq 20); do curl -s -o /dev/null "$fast/search?q=acquisition"; done
expect_eq "the same processes after 20 requests" "$(procs)" "$before"

# an indexing run while the server runs: the next search sees it
q='q=zyxwvut&format=json'
expect_eq "not there yet" "$(curl -s "$fast/search?$q" | jq '.total')" 0
printf '%s\n' '{"id": "late-1", "title": "Zyxwvut Corp agrees to buy Qwerty Ltd", "body": "Zyxwvut Corp said on Monday it agreed to acquire Qwerty Ltd for $40 million in cash."}' > "$T/late.jsonl"
"$DS" index -q --db "$db" "$T/late.jsonl" >/dev/null 2>&1
expect_eq "a story indexed while serving is found" "$(curl -s "$fast/search?$q" | jq -r '.hits[0].id')" late-1
expect_eq "... as plain CGI finds it" "$(curl -s "$fast/search?$q" | timeless)" "$(curl -s "$plain/search?$q" | timeless)"
"$DS" index -q --db "$db" --delete late-1 >/dev/null 2>&1
expect_eq "a story deleted while serving is gone" "$(curl -s "$fast/search?$q" | jq '.total')" 0

# the index goes away: a 503 page; it comes back: answers again
mv "$db" "$T/gone"
expect_eq "no index: 503" "$(curl -s -o /dev/null -w '%{http_code}' "$fast/search?q=acquisition")" 503
mv "$T/gone" "$db"
expect_eq "the index back: 200" "$(curl -s -o /dev/null -w '%{http_code}' "$fast/search?q=acquisition")" 200
expect_eq "the same processes throughout" "$(procs)" "$before"

# stopped: lighttpd, its FastCGI processes and their sockets are gone
kill "$fast_pid"; wait "$fast_pid" 2>/dev/null
alive() { for p in $before; do kill -0 "$p" 2>/dev/null && echo "$p"; done; }
for _ in $(seq 50); do [ -z "$(alive)" ] && break; sleep 0.1; done
left=$(alive)
expect_eq "FastCGI processes stopped with the server" "$left" ""
expect_eq "the FastCGI server's folder removed" "$(ls -d "$T"/dealsearch-serve.* 2>/dev/null | wc -l)" 1

# without a web server: spawn-fcgi starts it, cgi-fcgi asks as nginx
# would, the index named by the request (nginx's fastcgi_param)
if command -v spawn-fcgi >/dev/null && command -v cgi-fcgi >/dev/null; then
	sock="$T/s.sock"
	env -u DEALSEARCH_DB spawn-fcgi -s "$sock" -P "$T/spawn.pid" -- "$(dirname "$DS")/dealsearch.cgi" >/dev/null
	ask() { env -i PATH="$PATH" REQUEST_METHOD=GET SCRIPT_NAME=/search "$@" cgi-fcgi -bind -connect "$sock"; }
	ask QUERY_STRING='q=type%3Aacquisition&format=json' DEALSEARCH_DB="$db" > "$T/raw"
	expect_eq "spawn-fcgi: the index the request names" "$(sed '1,/^\r$/d' "$T/raw" | timeless)" "$cli"
	ask QUERY_STRING='q=acquisition' > "$T/raw"
	expect_eq "spawn-fcgi: no index named, a 503 page" "$(head -1 "$T/raw" | tr -d '\r')" "Status: 503 Service Unavailable"
	ask QUERY_STRING='q=type%3Aacquisition&format=json' DEALSEARCH_DB="$db" > "$T/raw"
	expect_eq "spawn-fcgi: and the next request answers" "$(sed '1,/^\r$/d' "$T/raw" | timeless)" "$cli"
	kill "$(cat "$T/spawn.pid")"
else
	echo "skipped part: spawn-fcgi or cgi-fcgi not installed (Debian: spawn-fcgi, libfcgi-bin)"
fi

# a TMPDIR too long for a socket's path: one line, and --cgi works there
long="$T/$(printf 'd%.0s' $(seq 90))"
mkdir -p "$long"
TMPDIR="$long" timeout 10 "$DS" serve --db "$db" --port $((20000 + RANDOM % 30000)) >/dev/null 2>"$T/err"; rc=$?
expect_eq "long TMPDIR: exit status" "$rc" 2
expect_match "long TMPDIR: one line" "$(cat "$T/err")" '^error: TMPDIR is too long for a socket.s path .*--cgi$'
finish
