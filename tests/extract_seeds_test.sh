#!/usr/bin/env bash
# extract_seeds_test.sh - `dealsearch extract` on the seed articles of
# ../shared, the product's acceptance case (skipped without ../shared).
. "$(dirname "$0")/lib.sh"
need_shared seeds/000_d8a67903d39ea91d.txt seeds/001_ae27e23ebd484b5b.txt

s=$("$DS" extract --json "$SHARED/seeds/000_d8a67903d39ea91d.txt")
expect_match "seed acquirer" "$s" '"acquirer":"Lazada"'
expect_match "seed target" "$s" '"target":"Redmart"'
expect_match "seed status" "$s" '"deal":\{"type":"acquisition","status":"in-talks"'
expect_match "seed amount" "$s" '"amount":\{"text":"\$30-40 million","value":35000000\.0,"low":30000000\.0,"high":40000000\.0,"currency":"USD","usd_low":30000000\.0,"usd_high":40000000\.0,"kind":"deal"'
expect_match "seed place" "$s" '"countries":\["SG"\]'
expect_match "seed region" "$s" '"regions":\[[^]]*"southeast-asia"'
expect_match "seed sector" "$s" '"sectors":\["grocery"'
k=$("$DS" extract --json "$SHARED/seeds/001_ae27e23ebd484b5b.txt")
expect_match "boilerplate seed countries" "$k" '"countries":\["US","CN"\]'
if printf '%s' "$k" | grep -q 'southeast-asia'; then
	fail "the recruitment notice made a Southeast Asia story"
else
	echo "ok: no Southeast Asia from boilerplate"
fi
finish
