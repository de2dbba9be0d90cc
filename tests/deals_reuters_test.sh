#!/usr/bin/env bash
# deals_reuters_test.sh - deal records on Reuters stories the tagger reads
# in part wrong, as real coverage is: a record's sides stay one name a
# side; stories about a company that the tagger only half takes for a deal
# (car sales, plants on overtime) join no record; a story naming the
# target and one of two buyers joins that buyer's record; a headline's
# initials are the party written in full.
. "$(dirname "$0")/lib.sh"
need_shared corpus/reuters21578.jsonl
need_jq
R="$SHARED/corpus/reuters21578.jsonl"
# stories: in the order given, which is the order they are indexed
pick() {
	local id
	for id in "$@"; do
		grep -F "\"id\": \"reuters-$id\"" "$R"
	done
}
rec_of() { jq -r --arg s "reuters-$2" '.deals[] | select(.stories | index($s)) | .id' "$1"; }

# "AMC TAKES NO ACTION ON CHRYSLER BID": an action on a bid is the
# target's, so Chrysler is the bidder ("CHRYSLER EXTENDS SALES INCENTIVE
# PROGRAM", read as a Chrysler purchase, is no record of its bid: it names
# no target); Chrysler's car sales, plants and bonuses stories that
# followed are not deals the index claims, name no side and barely lean
# to a deal
pick 7796 11367 8833 10164 11353 16842 > "$T/c.jsonl"
"$DS" index -q --db "$T/c" "$T/c.jsonl" >/dev/null
"$DS" deals --db "$T/c" --json > "$T/c.json"
expect_eq "AMC's answer to Chrysler's bid: Chrysler the bidder" \
	"$(jq -r '.deals[] | select(.stories | index("reuters-7796")) | .acquirer' "$T/c.json")" "Chrysler"
for s in 8833 10164 11353 16842; do
	expect_eq "reuters-$s (no deal of its own): in no record" "$(rec_of "$T/c.json" $s)" ""
done

# Chrysler agrees to buy AMC (3056); a story misreads Renault as AMC's
# buyer (3100), so a story naming AMC alone as target could be about
# either; the UAW's backing of the Chrysler-AMC merger names Chrysler
pick 3056 3100 3152 > "$T/a.jsonl"
"$DS" index -q --db "$T/a" "$T/a.jsonl" >/dev/null
"$DS" deals --db "$T/a" --json > "$T/a.json"
r=$(rec_of "$T/a.json" 3056)
expect_match "Chrysler-AMC: a record" "$r" '^d[0-9a-f]{12}$'
expect_eq "Chrysler-AMC: its sides" \
	"$(jq -r --arg r "$r" '.deals[] | select(.id == $r) | .acquirer + " -> " + .target' "$T/a.json")" "Chrysler -> American Motors"
expect_eq "the UAW story, naming Chrysler, joins Chrysler's record" "$(rec_of "$T/a.json" 3152)" "$r"

# TWA's bid for USAir and USAir's for Piedmont, as Reuters told them: a
# story names TWA's buyer in full ("Trans World Airlines", whose initials
# the headlines give), and the later stories whose headlines say "TWA"
# alone ("TWA SAID IT DOES NOT INTEND TO SEEK CONTROL OF USAIR") join its
# record: a headline's word that is a party's initials is that party
pick 1719 1735 1771 1836 1989 1996 2375 2450 2546 2794 2799 2909 2917 \
	2939 2940 2948 2949 2950 2951 3013 3039 3095 3153 3154 3298 3392 3711 \
	5652 5664 5671 5750 7637 7650 7773 7791 8205 9469 9487 9942 9971 > "$T/t.jsonl"
"$DS" index -q --db "$T/t" "$T/t.jsonl" >/dev/null
"$DS" deals --db "$T/t" --json > "$T/t.json"
r=$(rec_of "$T/t.json" 2799)
expect_eq "TWA's record: its buyer in full" \
	"$(jq -r --arg r "$r" '.deals[] | select(.id == $r) | .acquirer' "$T/t.json")" "Trans World Airlines"
for s in 2940 5652 7637; do
	expect_eq "reuters-$s: a headline's TWA is Trans World Airlines" "$(rec_of "$T/t.json" $s)" "$r"
done
finish
