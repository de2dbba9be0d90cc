#!/usr/bin/env bash
# deals_seeds_test.sh - the seed articles' deal records: the two stories of
# the Alibaba-Kroger talks (from two outlets, undated, the second opening
# with Amazon's earlier purchase of Whole Foods) are one record, the
# Lazada-Redmart story another.
. "$(dirname "$0")/lib.sh"
need_shared seeds
need_jq
"$DS" index -q --db "$T/db" "$SHARED/seeds" >/dev/null 2>&1
"$DS" deals --db "$T/db" --json > "$T/d.json"
expect_eq "two records" "$(jq '.total' "$T/d.json")" 2
expect_eq "Alibaba and Kroger: one record of two stories" \
	"$(jq -c '[.deals[] | select(.investors | index("Kroger")) | .nstories]' "$T/d.json")" '[2]'
expect_eq "Lazada and Redmart: a record of its own" \
	"$(jq -c '[.deals[] | select(.acquirer == "Lazada") | [.target, .nstories]]' "$T/d.json")" '[["Redmart",1]]'
finish
