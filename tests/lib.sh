# lib.sh - helpers sourced by the shell tests.  Each test runs the built
# program the way a user does and asserts on its real output.
#
# Environment (set by tests/meson.build): DS (the dealsearch binary),
# SRCDIR (project root), SHARED (the shared data folder), HTTPD.
set -u
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

need_shared() {
	if [ ! -f "$SHARED/corpus/reuters21578.jsonl" ]; then
		echo "skipped: shared data not found at '$SHARED' (clone it beside the project)"
		exit 77
	fi
}

# The value of one field of the index command's summary line.
summary_field() {  # summary_field "added" "$summary"
	printf '%s\n' "$2" | sed -n "s/.*$1 \([0-9]*\).*/\1/p"
}

finish() {
	if [ "$failures" -ne 0 ]; then
		echo "$failures check(s) failed" >&2
		exit 1
	fi
	exit 0
}
