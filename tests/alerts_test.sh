#!/usr/bin/env bash
# alerts_test.sh - saved queries' alerts (`saved run --new`): a story is
# reported once when it is new, and again only when its text or its deal
# changes, saying which; re-tagging (a gazetteer change, `index --retag`)
# never makes an unchanged story new.  `index --retag` itself: what it
# says, and that it leaves what indexing the inputs would.  The README's
# cron lines, run as cron runs them.
. "$(dirname "$0")/lib.sh"
need_jq
db="$T/db"
cat > "$T/v1.jsonl" <<'JSON'
{"id": "al-1", "title": "Harlow Foods in talks to buy Pennick Dairy", "date": "2019-04-02", "body": "Harlow Foods Inc is in talks to acquire Pennick Dairy Co, people familiar with the matter said."}
{"id": "al-2", "title": "Brightwell raises $12 million", "date": "2019-05-10", "body": "Brightwell Labs, a Boston software startup, said it raised $12 million in a Series A round led by Oakmere Ventures."}
{"id": "al-3", "title": "Tessaly agrees to buy Corvane", "date": "2019-06-11", "body": "Tessaly Group agreed to buy Corvane Ltd for 300 million euros."}
JSON
"$DS" index -q --db "$db" "$T/v1.jsonl" >/dev/null
"$DS" saved --db "$db" add deals 'type:acquisition OR type:funding' >/dev/null
run_new() { "$DS" saved --db "$db" run deals --new "$@"; }
# twin runs less often than deals
"$DS" saved --db "$db" add twin 'type:acquisition OR type:funding' >/dev/null
"$DS" saved --db "$db" run twin --new >/dev/null
j=$(run_new --json)
expect_eq "first run: every story new" "$(printf '%s\n' "$j" | jq -c '[.hits[] | [.id, .alert.reason]] | sort')" '[["al-1","new"],["al-2","new"],["al-3","new"]]'

# a gazetteer change re-tags every story on the next index run: only the
# story whose deal the change touched is reported, as changed
"$DS" gazetteer --db "$db" add company "Oakmere Capital" "Oakmere Ventures"
out=$("$DS" index -q --db "$db" "$T/v1.jsonl")
expect_match "gazetteer change: every story re-tagged" "$out" '^added 0, replaced 3, unchanged 0, '
j=$(run_new --json)
expect_eq "re-tagged: unchanged stories are not new, the changed deal is" "$(printf '%s\n' "$j" | jq -c '[.hits[] | [.id, .alert]]')" '[["al-2",{"reason":"changed","changes":[{"field":"investors","from":"Oakmere Ventures","to":"Oakmere Capital"}]}]]'
# so does a new confidence threshold: nothing is news
out=$("$DS" index -q --db "$db" --deal-confidence 0.6 "$T/v1.jsonl")
expect_match "new threshold: every story re-tagged" "$out" '^added 0, replaced 3, '
run_new >/dev/null; expect_eq "new threshold: nothing new (exit 1)" "$?" 1

# an edited story whose deal moved, and a new story: each says why, in
# every format; a query that never ran sees every story as new
"$DS" saved --db "$db" add late 'type:acquisition OR type:funding' >/dev/null
cat > "$T/v2.jsonl" <<'JSON'
{"id": "al-1", "title": "Harlow Foods agrees to buy Pennick Dairy", "date": "2019-04-02", "body": "Harlow Foods Inc agreed to acquire Pennick Dairy Co for $50 million in cash, the companies said."}
{"id": "al-4", "title": "Quill Ltd to buy Ember SA", "date": "2019-07-01", "body": "Quill Ltd said it agreed to buy Ember SA for $30 million."}
JSON
"$DS" index -q --db "$db" "$T/v2.jsonl" >/dev/null
out=$(run_new --color never --facets none); rc=$?
expect_eq "changed: exit" "$rc" 0
expect_eq "text: a line per hit" "$(printf '%s\n' "$out" | grep '^   alert: ')" "   alert: new
   alert: changed: status in-talks -> agreed; amount none -> \$50 million; text edited"
expect_match "text: the alert after the deal line" "$(printf '%s\n' "$out" | sed -n '/^2\. /,$p' | sed -n 3,4p)" '^   acquisition, agreed: Harlow Foods -> Pennick Dairy; \$50 million \(\$50M\)
   alert: changed: '
j=$("$DS" saved --db "$db" run twin --new --json)
expect_eq "JSON: reason and changes" "$(printf '%s\n' "$j" | jq -c '[.hits[] | [.id, .alert]]')" '[["al-4",{"reason":"new"}],["al-2",{"reason":"changed","changes":[{"field":"investors","from":"Oakmere Ventures","to":"Oakmere Capital"}]}],["al-1",{"reason":"changed","changes":[{"field":"status","from":"in-talks","to":"agreed"},{"field":"amount","from":null,"to":"$50 million"},{"field":"text"}]}]]'
csv=$("$DS" saved --db "$db" run late --new --csv | tr -d '\r')
expect_match "CSV: the alert column last" "$(printf '%s\n' "$csv" | head -1)" ',snippet,alert$'
expect_eq "CSV: a query that never ran: all new" "$(printf '%s\n' "$csv" | sed 1d | sed 's/.*,//' | sort | uniq -c | sed 's/^ *//')" "4 new"
expect_eq "search: no alert" "$("$DS" search --db "$db" --json 'id:al-1' | jq '.hits[0] | has("alert")')" false

# the same ingest again, and the two versions of al-1 in one ingest after
# a gazetteer change: whatever a batch does in between, a story that ends
# it as it began is no news
"$DS" index -q --db "$db" "$T/v1.jsonl" "$T/v2.jsonl" >/dev/null
"$DS" index -q --db "$db" "$T/v2.jsonl" >/dev/null
run_new >/dev/null; expect_eq "back as it was: nothing new (exit 1)" "$?" 1
"$DS" gazetteer --db "$db" rm company "Oakmere Capital"
"$DS" index -q --db "$db" "$T/v1.jsonl" "$T/v2.jsonl" >/dev/null
expect_eq "gazetteer change back: only its deal" "$(run_new --json | jq -c '[.hits[] | [.id, .alert.changes[].to]]')" '[["al-2","Oakmere Ventures"]]'
# a query that missed some changes gets all of them, oldest first; one
# that did not, the last
"$DS" index -q --db "$db" "$T/v1.jsonl" >/dev/null
expect_eq "edited back: deals" "$(run_new --json | jq -c '[.hits[] | [.id, .alert.changes[].to]]')" '[["al-1","in-talks",null,null]]'
"$DS" index -q --db "$db" "$T/v2.jsonl" >/dev/null
expect_eq "edited again: deals, the last change" "$(run_new --json | jq -c '[.hits[] | [.id, .alert.changes[].to]]')" '[["al-1","agreed","$50 million",null]]'
expect_eq "edited again: twin, every change since it ran" "$("$DS" saved --db "$db" run twin --new --json | jq -c '[.hits[] | [.id, [.alert.changes[] | [.field, .to]]]]')" '[["al-2",[["investors","Oakmere Ventures"]]],["al-1",[["status","in-talks"],["amount",null],["text",null],["status","agreed"],["amount","$50 million"],["text",null]]]]'
# index --retag: the stored texts tagged again, no input read
rdb="$T/retag"
"$DS" index -q --db "$rdb" "$T/v1.jsonl" >/dev/null
"$DS" saved --db "$rdb" add deals 'type:acquisition OR type:funding' >/dev/null
"$DS" saved --db "$rdb" run deals --new >/dev/null
"$DS" gazetteer --db "$rdb" add company "Oakmere Capital" "Oakmere Ventures"
out=$("$DS" index -q --db "$rdb" --retag); rc=$?
expect_eq "retag: exit" "$rc" 0
expect_match "retag: summary" "$out" '^retagged 3 stories \(1 deal changed\) in [0-9.]+ s$'
expect_eq "retag: the changed deal is news, as changed" "$("$DS" saved --db "$rdb" run deals --new --json | jq -c '[.hits[] | [.id, .alert]]')" '[["al-2",{"reason":"changed","changes":[{"field":"investors","from":"Oakmere Ventures","to":"Oakmere Capital"}]}]]'
expect_eq "retag: the new tags are searched" "$("$DS" search --db "$rdb" --json 'investor:"Oakmere Capital"' | jq -c '[.hits[].id]')" '["al-2"]'
out=$("$DS" index -q --db "$rdb" --retag)
expect_match "retag again: every story, no deal changed" "$out" '^retagged 3 stories \(0 deals changed\) in '
"$DS" saved --db "$rdb" run deals --new >/dev/null; expect_eq "retag again: nothing new (exit 1)" "$?" 1
out=$("$DS" index -q --db "$rdb" "$T/v1.jsonl")
expect_match "retag: the inputs indexed again are unchanged" "$out" '^added 0, replaced 0, unchanged 3, '
# a story the wire sent three times: each copy's lead is in two other
# articles, not boilerplate (three others make it so), when indexed and
# when tagged again (a copy's own row is not another article's)
tdb="$T/thrice"
for i in 1 2 3; do
	printf '{"id": "tri-%d", "source": "Wire C", "date": "2024-05-0%d", "title": "Alderway to buy Brightfield Tools", "body": "Alderway Industries Inc said it agreed to acquire Brightfield Tools Ltd from Corvane Holdings Plc for $40 million in cash.\\n\\nThe purchase is expected to close in the third quarter, Alderway said."}\n' "$i" "$i"
done > "$T/thrice.jsonl"
"$DS" index -q --db "$tdb" "$T/thrice.jsonl" >/dev/null
deal3() { "$DS" search --db "$tdb" --json 'id:tri-3' | jq -c '.hits[0].deal'; }
before=$(deal3)
expect_match "sent three times: the third copy's seller, in its lead" "$before" '"seller":"Corvane"'
out=$("$DS" index -q --db "$tdb" --retag)
expect_match "sent three times, tagged again: no deal changed" "$out" '^retagged 3 stories \(0 deals changed\) '
expect_eq "sent three times, tagged again: the same deal" "$(deal3)" "$before"
"$DS" check --db "$rdb" >/dev/null; expect_eq "retag: consistent" "$?" 0
out=$("$DS" index -q --db "$rdb" --retag "$T/v1.jsonl" 2>&1); rc=$?
expect_eq "retag with inputs: exit" "$rc" 2
expect_eq "retag with inputs: message" "$out" "error: --retag reads no inputs: it tags the stories the index holds"
expect_match "retag in index --help" "$("$DS" index --help)" '^  --retag  +tag every indexed story again from its stored text,$'

# the README's hourly jobs, as cron runs them (sh, a PATH of its own, the
# index in $DEALSEARCH_DB), with the README's saved query: exit 1 (nothing
# new) is no failure, 2 is; the mailed form prints nothing in a quiet hour
cdb="$T/cron"
mkdir -p "$T/bin" "$T/home"
ln -s "$DS" "$T/bin/dealsearch"
cron() { env -i HOME="$T/home" PATH="$T/bin:/usr/bin:/bin" DEALSEARCH_DB="${CRON_DB:-$cdb}" sh -ec "$1"; }
jobs=$(grep '^0 \* \* \* \* ' "$SRCDIR/README.md" | cut -d' ' -f6-)
expect_eq "README: two cron lines" "$(printf '%s\n' "$jobs" | grep -c .)" 2
file_job=$(printf '%s\n' "$jobs" | sed -n 1p)
mail_job=$(printf '%s\n' "$jobs" | sed -n 2p)
"$DS" index -q --db "$cdb" "$SRCDIR/corpus/articles/wire.jsonl" >/dev/null
cron "$(grep -m1 '^dealsearch saved add sea-grocery ' "$SRCDIR/README.md")"
expect_eq "README's saved query added" "$?" 0
cron 'dealsearch saved run sea-grocery --new --json > /dev/null'
expect_eq "quiet hour without the idiom: set -e stops" "$?" 1
cron "$file_job"; expect_eq "quiet hour: the file job succeeds" "$?" 0
expect_eq "quiet hour: an object without hits" "$(jq -c '[.total, .hits]' "$T/home/alerts.json")" '[0,[]]'
out=$(cron "$mail_job"); rc=$?
expect_eq "quiet hour: the mailed job succeeds" "$rc" 0
expect_eq "quiet hour: nothing to mail" "$out" ""
cp "$SRCDIR/corpus/articles/01-shopasia-freshbasket.txt" "$T/fresh.txt"
"$DS" index -q --db "$cdb" "$T/fresh.txt" >/dev/null
cron "$file_job"; expect_eq "news: the file job succeeds" "$?" 0
expect_eq "news: in the file" "$(jq -c '.hits[] | [.title, .alert.reason]' "$T/home/alerts.json")" '["Marketplace giant in talks to buy Singapore online grocer FreshBasket","new"]'
echo "An added closing paragraph." >> "$T/fresh.txt"
"$DS" index -q --db "$cdb" "$T/fresh.txt" >/dev/null
out=$(cron "$mail_job"); rc=$?
expect_eq "news: the mailed job succeeds" "$rc" 0
expect_match "news: mailed, with why" "$out" '^   alert: changed: text edited$'
out=$(CRON_DB="$T/nowhere" cron "$file_job" 2>&1); rc=$?
expect_match "error: the file job fails ($rc)" "$rc" '^[1-9]'
expect_match "error: said on stderr, for the mail" "$out" "^error: no index at '$T/nowhere'"
out=$(CRON_DB="$T/nowhere" cron "$mail_job" 2>&1); rc=$?
expect_match "error: the mailed job fails ($rc)" "$rc" '^[1-9]'
finish
