#!/usr/bin/env bash
# extract_seeds_test.sh - `dealsearch extract` on the seed articles of
# ../shared, the product's acceptance case (skipped without ../shared).
. "$(dirname "$0")/lib.sh"
need_shared seeds/000_d8a67903d39ea91d.txt seeds/001_ae27e23ebd484b5b.txt
need_jq

s=$("$DS" extract --json "$SHARED/seeds/000_d8a67903d39ea91d.txt")
q() { printf '%s\n' "$s" | jq -c "$@"; }
expect_eq "seed acquirer" "$(q '.deal.acquirer')" '"Lazada"'
expect_eq "seed target" "$(q '.deal.target')" '"Redmart"'
expect_eq "seed status" "$(q '[.deal.type, .deal.status]')" '["acquisition","in-talks"]'
expect_eq "seed amount" "$(q '.deal.amount | [.text, .value, .low, .high, .currency, .usd_low, .usd_high, .kind]')" \
	'["$30-40 million",35000000,30000000,40000000,"USD",30000000,40000000,"deal"]'
expect_eq "seed place" "$(q '.countries')" '["SG"]'
expect_eq "seed region" "$(q 'any(.regions[]; . == "southeast-asia")')" true
expect_eq "seed sector" "$(q '.sectors[0]')" '"grocery"'
k=$("$DS" extract --json "$SHARED/seeds/001_ae27e23ebd484b5b.txt")
expect_eq "boilerplate seed countries" "$(printf '%s\n' "$k" | jq -c '.countries')" '["US","CN"]'
if printf '%s\n' "$k" | jq -e '[.. | strings | select(contains("southeast-asia"))] | length > 0' >/dev/null; then
	fail "the recruitment notice made a Southeast Asia story"
else
	echo "ok: no Southeast Asia from boilerplate"
fi
finish
