#!/usr/bin/env bash
# cli_help_test.sh - every command `dealsearch --help` lists answers -h,
# --help and `dealsearch help CMD` with its usage on stdout; a mistyped
# command or option, or a missing value, exits 2 with one line on stderr
# that names it and, when a known one is near, suggests it.
. "$(dirname "$0")/lib.sh"
export DEALSEARCH_DB="$T/db"   # a mistake must not reach the user's index

# layout WHAT: every help reads the same way: an "options:" section with
# -h, --help, then "exit status:" last; in those (and "commands:"), each
# item at column 2 and what it is at column 23 (a longer line goes on at
# column 23); no line over 79 characters.  Prints "ok" or the first fault.
layout() {
	awk '
	function bad(m) { if (!fault) fault = "line " NR ": " m }
	/^[a-z][a-z ]*:$/ { sect = $0; heads = heads "|" $0; next }
	length($0) > 79 { bad("over 79 characters") }
	/^$/ { if (sect == "exit status:") bad("a blank line after exit status"); sect = ""; next }
	sect == "options:" || sect == "exit status:" || sect == "commands:" {
		# (mawk has no {n}: 19 dots, 23 spaces)
		if ($0 !~ /^  [^ ]................... [^ ]/ &&
		    $0 !~ /^                       [^ ]/) bad("not in the two columns: " $0)
		if ($0 ~ /^  -h, --help  /) help = 1
	}
	END {
		if (heads !~ /\|options:/) bad("no options: section")
		if (heads !~ /\|exit status:$/) bad("exit status: is not the last section")
		if (!help) bad("no -h, --help")
		print fault ? fault : "ok"
	}'
}
out=$("$DS" --help); rc=$?
expect_eq "dealsearch --help exit" "$rc" 0
expect_eq "dealsearch --help layout" "$(printf '%s\n' "$out" | layout)" ok
for cmd in index check analyse; do
	expect_match "--help lists $cmd" "$out" "^  $cmd "
done
# every command --help lists (the lines between "commands:" and the blank
# line after them), so that a new one is covered without editing this test
cmds=$(printf '%s\n' "$out" | sed -n '/^commands:$/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p')
echo "commands: $(printf '%s' "$cmds" | tr '\n' ' ')"
expect_match "--help lists commands" "$(printf '%s\n' "$cmds" | grep -c .)" '^([4-9]|[1-9][0-9])$'
for cmd in $cmds; do
	for h in -h --help; do
		"$DS" "$cmd" "$h" >"$T/out" 2>"$T/err"; rc=$?
		expect_eq "$cmd $h exit" "$rc" 0
		expect_match "$cmd $h usage on stdout" "$(head -1 "$T/out")" "^usage: dealsearch $cmd( |$)"
		expect_eq "$cmd $h: nothing on stderr" "$(cat "$T/err")" ""
		cp "$T/out" "$T/out.h"
	done
	expect_eq "$cmd --help layout" "$(layout < "$T/out.h")" ok
	"$DS" "$cmd" --no-such-option >"$T/out" 2>"$T/err"; rc=$?
	expect_eq "$cmd bad option exit" "$rc" 2
	expect_eq "$cmd bad option: one line on stderr, not the help" "$(cat "$T/err")" \
		"error: unknown option '--no-such-option' (see 'dealsearch $cmd --help')"
	expect_eq "$cmd bad option: nothing on stdout" "$(cat "$T/out")" ""
	# `dealsearch help CMD` is `dealsearch CMD --help`
	"$DS" help "$cmd" >"$T/help" 2>"$T/err"; rc=$?
	expect_eq "help $cmd exit" "$rc" 0
	expect_eq "help $cmd: the command's help" "$(cat "$T/help")" "$(cat "$T/out.h")"
done
# --db before the command, as after it, for every command that takes it
gdb="$T/global"
out=$("$DS" --db "$gdb" index -q "$SRCDIR/corpus/articles/01-shopasia-freshbasket.txt"); rc=$?
expect_match "--db before index" "$rc: $out" '^0: added 1, '
expect_eq "--db before index: that folder" "$(ls "$gdb")" "$(printf 'catalog.sqlite\nxapian')"
"$DS" saved --db "$gdb" add grocer grocer >/dev/null
same_db() {  # same_db CMD ARGS...: `--db X CMD ARGS` is `CMD --db X ARGS`
	local cmd=$1
	shift
	"$DS" "$cmd" --db "$gdb" "$@" >"$T/after" 2>&1; rc1=$?
	"$DS" --db "$gdb" "$cmd" "$@" >"$T/before" 2>&1; rc2=$?
	expect_eq "--db before $cmd $*" "$rc2: $(cat "$T/before")" "$rc1: $(cat "$T/after")"
	"$DS" --db="$gdb" "$cmd" "$@" >"$T/before" 2>&1; rc2=$?
	expect_eq "--db= before $cmd $*" "$rc2: $(cat "$T/before")" "$rc1: $(cat "$T/after")"
}
same_db search --csv grocer
expect_match "--db before search: it was read" "$(cat "$T/before")" '^rank,id,'
same_db saved list
same_db saved run grocer --csv
same_db check
same_db gazetteer list
same_db extract --json "$SRCDIR/corpus/articles/01-shopasia-freshbasket.txt"
out=$("$DS" --db "$T/none" serve --port 1 2>&1); rc=$?
expect_match "--db before serve" "$rc: $out" "^2: error: no index at '$T/none'"
out=$("$DS" --db "$gdb" analyse x 2>&1); rc=$?
expect_eq "--db before a command that takes none" "$rc: $out" \
	"2: error: 'analyse' uses no index: --db does not apply (see 'dealsearch analyse --help')"

v=$("$DS" --version)
expect_match "--version" "$v" '^dealsearch [0-9]+\.[0-9]+\.[0-9]+$'
err=$("$DS" frobnicate 2>&1); rc=$?
expect_eq "unknown command exit" "$rc" 2
expect_eq "unknown command message" "$err" \
	"error: unknown command 'frobnicate' (see 'dealsearch --help')"

# a typo gets one line and the nearest word (an edit or two away), never
# the whole help
err=$("$DS" serch grocery 2>&1); rc=$?
expect_eq "mistyped command exit" "$rc" 2
expect_eq "mistyped command message" "$err" \
	"error: unknown command 'serch'; did you mean 'search'? (see 'dealsearch --help')"
err=$("$DS" help serch 2>&1); rc=$?
expect_eq "help of a mistyped command" "$rc: $err" \
	"2: error: unknown command 'serch'; did you mean 'search'? (see 'dealsearch --help')"
out=$("$DS" help); rc=$?
expect_eq "help alone: the program's help" "$rc: $out" "0: $("$DS" --help)"
# each mistake (an option unknown, mistyped, given no value or one it
# does not take, the beginning of several) in one line on stderr, exit 2
opt_err() {  # opt_err WHAT WANT ARGS...
	local what=$1 want=$2
	shift 2
	"$DS" "$@" >"$T/out" 2>"$T/err"; rc=$?
	expect_eq "$what" "$rc: $(cat "$T/out")$(cat "$T/err")" "2: $want"
}
opt_err "mistyped option" \
	"error: unknown option '--limt'; did you mean '--limit'? (see 'dealsearch search --help')" \
	search --limt 5 grocery
opt_err "mistyped option, =value" \
	"error: unknown option '--jsno'; did you mean '--json'? (see 'dealsearch saved --help')" \
	saved run x --jsno=1
opt_err "mistyped option of index" \
	"error: unknown option '--no-tgas'; did you mean '--no-tags'? (see 'dealsearch index --help')" \
	index --no-tgas x
opt_err "unknown short option" \
	"error: unknown option '-x' (see 'dealsearch check --help')" check -x
opt_err "option without its value" \
	"error: option '--limit' needs a value (see 'dealsearch search --help')" \
	search grocery --limit
opt_err "an abbreviation without its value" \
	"error: option '--limit' needs a value (see 'dealsearch search --help')" \
	search grocery --lim
opt_err "option given a value it does not take" \
	"error: option '--quiet' takes no value (see 'dealsearch index --help')" \
	index --quiet=yes x
opt_err "ambiguous abbreviation" \
	"error: option '--f' is ambiguous: --facets, --filter (see 'dealsearch search --help')" \
	search --f x grocery
opt_err "the program's own options" \
	"error: unknown option '--verison'; did you mean '--version'? (see 'dealsearch --help')" \
	--verison
opt_err "a subcommand's verb" \
	"error: unknown saved command 'lst'; did you mean 'list'? (see 'dealsearch saved --help')" \
	saved lst
opt_err "a bad value: no help after it" \
	"error: unknown sort 'newest' (relevance, date, amount)" \
	search --sort newest grocery
err=$("$DS" index --batch 0 x 2>&1); rc=$?
expect_eq "bad number exit" "$rc" 2
expect_match "bad number message" "$err" "option '--batch' wants a whole number"
# a write error on stdout is an error, not silence
if [ -w /dev/full ]; then
	"$DS" --help >/dev/full 2>/dev/null; rc=$?
	expect_eq "stdout write error exit" "$rc" 2
fi
finish
