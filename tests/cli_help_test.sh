#!/usr/bin/env bash
# cli_help_test.sh - every command `dealsearch --help` lists answers -h and
# --help with its usage on stdout; an unknown option exits 2 with an error
# on stderr.
. "$(dirname "$0")/lib.sh"

out=$("$DS" --help); rc=$?
expect_eq "dealsearch --help exit" "$rc" 0
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
	done
	"$DS" "$cmd" --no-such-option >"$T/out" 2>"$T/err"; rc=$?
	expect_eq "$cmd bad option exit" "$rc" 2
	expect_match "$cmd bad option: an error on stderr" "$(head -1 "$T/err")" \
		"unrecognized option '--no-such-option'"
	expect_eq "$cmd bad option: nothing on stdout" "$(cat "$T/out")" ""
done
v=$("$DS" --version)
expect_match "--version" "$v" '^dealsearch [0-9]+\.[0-9]+\.[0-9]+$'
err=$("$DS" frobnicate 2>&1); rc=$?
expect_eq "unknown command exit" "$rc" 2
expect_eq "unknown command message" "$err" \
	"error: 'frobnicate' is not a dealsearch command; see 'dealsearch --help'"
err=$("$DS" index --batch 0 x 2>&1); rc=$?
expect_eq "bad number exit" "$rc" 2
expect_match "bad number message" "$err" "option '--batch' wants a whole number"
# a write error on stdout is an error, not silence
if [ -w /dev/full ]; then
	"$DS" --help >/dev/full 2>/dev/null; rc=$?
	expect_eq "stdout write error exit" "$rc" 2
fi
finish
