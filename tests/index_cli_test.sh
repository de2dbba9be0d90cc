#!/usr/bin/env bash
# index_cli_test.sh - `dealsearch index` over the bundled corpus: counts,
# re-runs, replacement, deletion, bad inputs (pages whose declared charset
# is wrong among them), analysis, and the database location rules.
. "$(dirname "$0")/lib.sh"
db="$T/db"

out=$("$DS" index -q --db "$db" "$SRCDIR/corpus/articles"); rc=$?
expect_eq "corpus exit" "$rc" 0
expect_match "corpus summary" "$out" '^added 12, replaced 0, unchanged 0, deleted 0, failed 0 in [0-9.]+ s$'
"$DS" check --db "$db" >/dev/null; expect_eq "check after corpus" "$?" 0

# what got indexed: titles, bodies without furniture, dates, sources
list=$("$DS" check --db "$db" --list 2>/dev/null)
expect_eq "listed articles" "$(printf '%s\n' "$list" | wc -l)" 12
expect_match "jsonl ids kept" "$list" '^wire-0003	'
expect_match "canonical URL as id" "$list" '^https://latin.example.com/2021/05/rota-sul-entrega-ja	'
expect_match "text header URL as id" "$list" '^https://tech.example.com/2016/10/28/marketplace-freshbasket	'
expect_match "content hash id" "$list" '^sha:[0-9a-f]{32}	'

# re-running is safe and cheap: everything unchanged
out=$("$DS" index -q --db "$db" "$SRCDIR/corpus/articles")
expect_match "rerun unchanged" "$out" '^added 0, replaced 0, unchanged 12, '

# a changed article with the same id is replaced, not duplicated
cp "$SRCDIR/corpus/articles/01-shopasia-freshbasket.txt" "$T/changed.txt"
echo "An added closing paragraph." >> "$T/changed.txt"
out=$("$DS" index -q --db "$db" "$T/changed.txt")
expect_match "replaced" "$out" '^added 0, replaced 1, unchanged 0, '
"$DS" check --db "$db" >/dev/null; expect_eq "check after replace" "$?" 0

# deletion
out=$("$DS" index -q --db "$db" --delete wire-0001); rc=$?
expect_eq "delete exit" "$rc" 0
expect_match "deleted" "$out" 'deleted 1, failed 0'
out=$("$DS" index -q --db "$db" --delete wire-0001 2>"$T/err"); rc=$?
expect_eq "delete unknown exit" "$rc" 1
expect_eq "delete unknown message" "$(cat "$T/err")" "error: 'wire-0001': no article with this id"
chk=$("$DS" check --db "$db"); rc=$?
expect_eq "check after delete" "$rc" 0
expect_match "count after delete" "$chk" '^11 documents, batch [0-9]+, consistent$'

# bad inputs: one clear line each, the good input still indexed, exit 1
mkdir "$T/bad"
# (a PNG's signature first: random bytes alone start with "{" one time in
# 256, which reads as the start of JSON lines)
printf '\211PNG\r\n\032\n\0' > "$T/bad/binary.dat"
head -c 3000 /dev/urandom >> "$T/bad/binary.dat"; printf '\0' >> "$T/bad/binary.dat"
: > "$T/bad/empty.txt"
printf '{"id": "ok-1", "title": "Good line", "body": "fine"}\n{"id": "trunc", "title": "Cut o\n' > "$T/bad/cut.jsonl"
printf '<html><body><nav>menu</nav><script>x()</script></body></html>' > "$T/bad/notext.html"
printf 'Latin-1 headline caf\xe9\n\nBody with a bad byte \xff here.\n' > "$T/bad/latin1.txt"
out=$("$DS" index -q --db "$db" "$T/bad" "$T/does-not-exist" 2>"$T/err"); rc=$?
expect_eq "bad inputs exit" "$rc" 1
expect_match "bad inputs summary" "$out" '^added 2, replaced 0, unchanged 0, deleted 0, failed 5 '
errs=$(cat "$T/err")
expect_match "binary named" "$errs" "^error: '$T/bad/binary.dat': binary data, not an article$"
expect_match "empty named" "$errs" "^error: '$T/bad/empty.txt': empty input$"
expect_match "truncated JSON line named" "$errs" "^error: '$T/bad/cut.jsonl:2': invalid JSON at column [0-9]+: "
expect_match "no-text HTML named" "$errs" "^error: '$T/bad/notext.html': no article text in HTML$"
expect_match "missing file named" "$errs" "^error: '$T/does-not-exist': cannot read: No such file or directory$"
expect_match "invalid UTF-8 repaired" "$errs" "^warning: '$T/bad/latin1.txt': replaced 2 invalid UTF-8 sequences$"
expect_eq "error lines" "$(grep -c '^error: ' "$T/err")" 5
chk=$("$DS" check --db "$db"); rc=$?
expect_eq "nothing lost after bad inputs" "$rc" 0
expect_match "count after bad inputs" "$chk" '^13 documents'

# pages and feeds whose declared charset does not decode them: nothing
# from libxml2 on stderr; the text is read as UTF-8 (a replaced byte gets
# the usual warning), or one line says there is none
mkdir "$T/charset"
printf '<html><head><meta charset="UTF-32"></head><body><p>Quorvex Holdings agreed to buy Tallin Widgets for $5 million.</p></body></html>' > "$T/charset/utf32.html"
printf '<html><head><meta charset="ISO-2022-JP"></head><body><p>Brindle \xff Partners bought Oskmill.</p><p>Second paragraph.</p></body></html>' > "$T/charset/iso2022.html"
printf '<html><head><meta charset="UTF-32"></head><body><nav>menu</nav></body></html>' > "$T/charset/empty.html"
printf '<?xml version="1.0" encoding="UTF-32"?><rss version="2.0"><channel><title>W</title><item><title>Zentrix merger</title><link>https://w.example/z</link><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;Zentrix agreed to merge with Pollard.&lt;/p&gt;</content:encoded></item></channel></rss>' > "$T/charset/feed.rss"
out=$("$DS" index -q --db "$T/cdb" "$T/charset" 2>"$T/err"); rc=$?
expect_eq "wrong charsets exit" "$rc" 1
expect_match "wrong charsets summary" "$out" '^added 3, replaced 0, unchanged 0, deleted 0, failed 1 '
expect_eq "wrong charsets: our lines only" "$(cat "$T/err")" "error: '$T/charset/empty.html': no article text in HTML
warning: '$T/charset/iso2022.html': replaced 1 invalid UTF-8 sequence"
for word in quorvex oskmill paragraph zentrix; do
	"$DS" search --db "$T/cdb" "$word" >/dev/null; rc=$?
	expect_eq "wrong charsets: '$word' found" "$rc" 0
done

# standard input
out=$(printf '{"id": "stdin-1", "title": "From a pipe", "body": "x"}\n' | "$DS" index -q --db "$db" -)
expect_match "stdin" "$out" '^added 1, '

# the index holds headline-weighted, positional, stemmed terms
"$DS" analyse "Alibaba's e-commerce" > "$T/an"
expect_eq "analyse" "$(cut -f1,3 "$T/an" | tr '\t\n' ': ')" "0:alibaba 1:ecommerc 1:e 2:commerc "

# database location: --db, then $DEALSEARCH_DB
out=$(DEALSEARCH_DB="$T/envdb" "$DS" index -q "$SRCDIR/corpus/articles/wire.jsonl")
expect_match "DEALSEARCH_DB used" "$out" '^added 4, '
[ -f "$T/envdb/catalog.sqlite" ] && echo "ok: env db created" || fail "env db not created"
out=$(HOME="$T/home" DEALSEARCH_DB= XDG_DATA_HOME= "$DS" index -q "$SRCDIR/corpus/articles/wire.jsonl")
[ -d "$T/home/.local/share/dealsearch/xapian" ] && echo "ok: default location" || fail "default location not used"

# a folder without an index reads the same in every command that reads
# one, and is left as it was (not made an empty index)
none="$T/no-index"
no_index() {
	"$DS" "$@" >"$T/out" 2>&1; rc=$?
	expect_eq "no index: $*" "$rc: $(cat "$T/out")" \
		"2: error: no index at '$none' (run 'dealsearch index --db $none FILES' first)"
}
no_index search --db "$none" oil
no_index saved --db "$none" list
no_index saved --db "$none" run x
no_index check --db "$none"
no_index check --db "$none" --doc x
no_index serve --db "$none"
no_index index --db "$none" --delete x
no_index extract --db "$none" "$SRCDIR/corpus/articles/wire.jsonl"
DEALSEARCH_DB="$none" no_index search oil
[ -e "$none" ] && fail "no index: '$none' was made" || echo "ok: no index: nothing made"
# an article that is not there is named as the user named it
out=$("$DS" check --db "$db" --doc nope 2>&1); rc=$?
expect_eq "check --doc of no article" "$rc: $out" "2: error: no article 'nope'"

# a second writer is refused with a clear message while the first holds the
# lock.  The holder takes the lock, then opens its input, a FIFO: once our
# end of the FIFO is open, the holder certainly has the lock.
mkfifo "$T/fifo"
"$DS" index -q --db "$db" "$T/fifo" >/dev/null 2>&1 &
holder=$!
exec 3>"$T/fifo"
err=$("$DS" index -q --db "$db" --delete no-such-id 2>&1 >/dev/null); rc=$?
printf '{"id": "via-fifo", "title": "Piped", "body": "x"}\n' >&3
exec 3>&-
wait "$holder"; hrc=$?
expect_eq "locked exit" "$rc" 2
expect_match "locked message" "$err" "^error: cannot open index '$db': database is locked"
expect_eq "holder indexed from its FIFO" "$hrc" 0

# a creation a SIGKILL cut short: Xapian writes a new shard's tables
# before its version file, and such a folder holds no revision; the next
# run creates the shard afresh (a lock still held would keep it)
mkdir -p "$T/cut/xapian"
: >"$T/cut/xapian/postlist.glass"
: >"$T/cut/xapian/termlist.glass"
: >"$T/cut/xapian/v.tmp"
: >"$T/cut/xapian/flintlock"
out=$("$DS" index -q --db "$T/cut" "$SRCDIR/corpus/articles" 2>&1); rc=$?
expect_eq "interrupted creation: exit" "$rc" 0
expect_match "interrupted creation: indexed" "$out" '^added 12, '
expect_match "interrupted creation: consistent" "$("$DS" check --db "$T/cut")" ' consistent$'
finish
