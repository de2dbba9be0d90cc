# lib.sh - helpers sourced by the shell tests.  Each test runs the built
# program the way a user does and asserts on its real output.
#
# Environment (set by tests/meson.build): DS (the dealsearch binary),
# SRCDIR (project root), HTTPD.  SHARED, the shared data folder, is taken
# from the caller's environment when set, else the folder beside the
# project ($SRCDIR/../shared): `SHARED=/nonexistent meson test -C build`
# shows what runs without it (the tests that need it report SKIP).
set -u
SRCDIR=${SRCDIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
SHARED=${SHARED:-$SRCDIR/../shared}
T=$(mktemp -d "${TMPDIR:-/tmp}/dstest.XXXXXX")
trap 'rm -rf "$T"' EXIT
failures=0

fail() {
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

# expect_eq WHAT GOT WANT
expect_eq() {
	if [ "$2" != "$3" ]; then
		fail "$1: got '$2', want '$3'"
	else
		echo "ok: $1"
	fi
}

# expect_match WHAT TEXT REGEX
expect_match() {
	if printf '%s\n' "$2" | grep -Eq -- "$3"; then
		echo "ok: $1"
	else
		fail "$1: '$2' does not match /$3/"
	fi
}

# need_shared [PATH...]: skip the test (exit 77, which meson counts as
# SKIP) unless the shared folder holds each PATH (default: the Reuters
# corpus).  A test calls it before its first check.
need_shared() {
	local p
	[ $# -gt 0 ] || set -- corpus/reuters21578.jsonl
	if [ ! -d "$SHARED" ]; then
		echo "skipped: shared data not found at '$SHARED' (clone it beside the project)"
		exit 77
	fi
	for p in "$@"; do
		if [ ! -e "$SHARED/$p" ]; then
			echo "skipped: shared data not found at '$SHARED' (clone it beside the project): no $p"
			exit 77
		fi
	done
}

# need_jq: the tests read the program's JSON with jq (Debian package jq)
need_jq() {
	command -v jq >/dev/null ||
		{ echo "skipped: jq not installed (package jq)"; exit 77; }
}

# The value of one field of the index command's summary line.
summary_field() {  # summary_field "added" "$summary"
	printf '%s\n' "$2" | sed -n "s/.*$1 \([0-9]*\).*/\1/p"
}

# start_server DB [PROGRAM]: `dealsearch serve` (or PROGRAM serve) on a free
# 127.0.0.1 port, with its temporary folder in $T and $SERVE_ARGS (say
# --cgi) if set; sets $base and $server_pid, and stops the server when the
# test ends.
start_server() {
	local p try
	base=""
	for try in 1 2 3 4 5 6 7 8; do
		p=$((20000 + RANDOM % 30000))
		# shellcheck disable=SC2086 # SERVE_ARGS: words
		TMPDIR="$T" "${2:-$DS}" serve ${SERVE_ARGS:-} --db "$1" --port "$p" > "$T/serve.log" 2>&1 &
		server_pid=$!
		for _ in $(seq 50); do
			curl -s -o /dev/null "http://127.0.0.1:$p/search" &&
				{ base="http://127.0.0.1:$p"; break; }
			kill -0 "$server_pid" 2>/dev/null || break
			sleep 0.1
		done
		[ -n "$base" ] && break
		kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null
	done
	if [ -z "$base" ]; then
		cat "$T/serve.log" >&2
		echo "FAIL: no server started" >&2
		exit 1
	fi
	trap 'kill "$server_pid" 2>/dev/null; rm -rf "$T"' EXIT
}

finish() {
	if [ "$failures" -ne 0 ]; then
		echo "$failures check(s) failed" >&2
		exit 1
	fi
	exit 0
}

# some_stories N FILE: the first N Reuters stories (N/2 under ASan, whose
# runs are slower) written to FILE, and STORIES set to FILE, when the
# shared folder is there; else STORIES is the bundled articles, with a
# note saying so.
some_stories() {
	local n=$1
	if [ -f "$SHARED/corpus/reuters21578.jsonl" ]; then
		under_asan && n=$((n / 2))
		head -n "$n" "$SHARED/corpus/reuters21578.jsonl" > "$2"
		STORIES=$2
	else
		echo "note: no shared folder: the bundled articles instead of Reuters stories"
		STORIES="$SRCDIR/corpus/articles"
	fi
}

# serve_shard DB K: DB's shard K served by `shard serve` (xapian-tcpsrv) on
# a free 127.0.0.1 port, tried until one serves; sets pids[K] and
# ports[K], its log $T/tcpsrvK.log.  The caller stops the servers (kill
# "${pids[@]}" in its EXIT trap).
pids=()
ports=()
serve_shard() {
	local db=$1 k=$2 p try pid
	for try in 1 2 3 4 5 6 7 8; do
		p=$((20000 + RANDOM % 30000))
		"$DS" shard --db "$db" serve --shard "$k" --port "$p" \
			> "$T/tcpsrv$k.log" 2>&1 &
		pid=$!
		for _ in $(seq 50); do
			grep -q Listening "$T/tcpsrv$k.log" && { pids[k]=$pid; ports[k]=$p; return 0; }
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
	done
	fail "shard $k: no server started: $(cat "$T/tcpsrv$k.log")"
	return 1
}

# Is $DS built with AddressSanitizer?  Its quarantine holds freed memory,
# so peak-memory bounds are checked in the release build only.
under_asan() {
	ldd "$DS" 2>/dev/null | grep -q libasan
}
