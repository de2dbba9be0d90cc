#!/usr/bin/env bash
# cli_help_test.sh - every command answers -h; misuse exits 2 with a message.
. "$(dirname "$0")/lib.sh"

out=$("$DS" --help); rc=$?
expect_eq "dealsearch --help exit" "$rc" 0
for cmd in index check analyse; do
	expect_match "--help lists $cmd" "$out" "^  $cmd "
	h=$("$DS" "$cmd" -h); rc=$?
	expect_eq "$cmd -h exit" "$rc" 0
	expect_match "$cmd -h usage" "$h" "^usage: dealsearch $cmd"
	"$DS" "$cmd" --no-such-option >/dev/null 2>&1; rc=$?
	expect_eq "$cmd bad option exit" "$rc" 2
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
