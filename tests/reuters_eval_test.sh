#!/usr/bin/env bash
# reuters_eval_test.sh - extraction quality on Reuters-21578's own labels
# (ModApte test split), with floors a little under the figures reached
# (docs/EXTRACTION.md), so that a regression fails.
. "$(dirname "$0")/lib.sh"
need_shared
out=$("$EVAL" --min-deal-f1 0.950 --min-places-f1 0.91 \
	"$SHARED/corpus/reuters21578.jsonl"); rc=$?
printf '%s\n' "$out"
expect_eq "floors met" "$rc" 0
expect_match "table printed" "$out" '^deal detected \(M&A type vs acq\) +0\.[0-9]{3} +0\.[0-9]{3} +0\.[0-9]{3}'
finish
