#!/usr/bin/env bash
# install_test.sh - `meson install` gives programs that run on their own.
#
# The layout: the build under test ($BUILDDIR) installed into a staging
# folder puts dealsearch in bin/, dealsearch.cgi in libexec/dealsearch/,
# the gazetteers, the deal model, the sample articles and the page's
# files in share/dealsearch/, and the manual pages in share/man/man1/.
#
# The lookup (include/paths.h): a copy of the source tree is configured
# with a prefix inside this test's folder, its two programs built and
# installed there; then the source copy is moved away and its build folder
# removed.  The installed program tags, indexes and searches the installed
# sample articles, which needs the installed gazetteers and model (without
# them every command stops with "cannot open"), and `serve` runs the
# installed CGI program with the installed page files (when lighttpd is
# there).
. "$(dirname "$0")/lib.sh"
for tool in meson ninja tar; do
	command -v "$tool" >/dev/null ||
		{ echo "skipped: $tool not installed (apt-get install meson ninja-build)"; exit 77; }
done
unset DEALSEARCH_DATA DEALSEARCH_WEB DEALSEARCH_DB
export HOME="$T/home"   # no index of the user's

# the build under test, staged: every file where the programs look for it
meson install -C "$BUILDDIR" --destdir "$T/stage" --no-rebuild --quiet \
	>"$T/stage.log" 2>&1; rc=$?
expect_eq "meson install into a staging folder" "$rc" 0
[ "$rc" -eq 0 ] || cat "$T/stage.log" >&2
prefix=$(meson introspect "$BUILDDIR" --buildoptions 2>/dev/null |
	python3 -c 'import json, sys
print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))' 2>/dev/null)
[ -n "$prefix" ] || prefix=/usr/local
(cd "$T/stage$prefix" 2>/dev/null && find . -type f | LC_ALL=C sort) > "$T/staged"
for f in bin/dealsearch libexec/dealsearch/dealsearch.cgi \
	share/dealsearch/gazetteers/companies.tsv share/dealsearch/gazetteers/rates.tsv \
	share/dealsearch/models/deal.tsv share/dealsearch/articles/01-shopasia-freshbasket.txt \
	share/dealsearch/web/static/style.css share/dealsearch/web/static/app.js; do
	expect_eq "installs $f" "$(grep -cx "./$f" "$T/staged")" 1
done
# the manual pages, where help2man made them (tests/man_test.sh)
if command -v help2man >/dev/null; then
	for f in share/man/man1/dealsearch.1 share/man/man1/dealsearch-search.1 \
		share/man/man1/dealsearch-index.1; do
		expect_eq "installs $f" "$(grep -cx "./$f" "$T/staged")" 1
	done
fi
expect_eq "installs no test or bench program" \
	"$(grep -c -e '_test$' -e '/httpd$' -e 'reuters_eval' "$T/staged")" 0

# a copy of the source tree (what git tracks or would, as it is now)
mkdir -p "$T/src" "$T/home"
if git -C "$SRCDIR" rev-parse --git-dir >/dev/null 2>&1; then
	(cd "$SRCDIR" && git ls-files -z --cached --others --exclude-standard |
		tar --null -T - --ignore-failed-read -cf - 2>/dev/null) |
		tar -C "$T/src" -xf -
else
	tar -C "$SRCDIR" --exclude='./build*' --exclude=node_modules \
		--exclude=./tests/out -cf - . | tar -C "$T/src" -xf -
fi
# tests/meson.build finds ../shared beside the tree; an absent one is fine
ln -s "$SHARED" "$T/shared" 2>/dev/null

P="$T/prefix"
meson setup "$T/build" "$T/src" --prefix "$P" --bindir bin \
	--libexecdir libexec --datadir share -Dman=disabled >"$T/setup.log" 2>&1 ||
	{ cat "$T/setup.log" >&2; echo "FAIL: meson setup of the copy" >&2; exit 1; }
ninja -C "$T/build" -j 2 dealsearch dealsearch.cgi >"$T/ninja.log" 2>&1 ||
	{ tail -40 "$T/ninja.log" >&2; echo "FAIL: building the copy" >&2; exit 1; }
meson install -C "$T/build" --no-rebuild --quiet >"$T/install.log" 2>&1 ||
	{ cat "$T/install.log" >&2; echo "FAIL: meson install of the copy" >&2; exit 1; }

# the trees the programs were built from are gone
mv "$T/src" "$T/src-moved"
rm -rf "$T/build"
ds="$P/bin/dealsearch"
data="$P/share/dealsearch"
cd /

# tagging needs the gazetteers (companies, Singapore, its region) and the
# deal model (the type and the parties)
out=$("$ds" extract --json "$data/articles/01-shopasia-freshbasket.txt" 2>"$T/err"); rc=$?
expect_eq "installed extract exit" "$rc" 0
expect_eq "installed extract errors" "$(cat "$T/err")" ""
expect_match "installed gazetteers: companies" "$out" '"companies":\[("ShopAsia","FreshBasket"|"FreshBasket","ShopAsia")\]'
expect_match "installed gazetteers: country and region" "$out" '"countries":\["SG"\],"regions":\[[^]]*"southeast-asia"'
expect_match "installed model: the deal" "$out" '"deal":\{"type":"acquisition","status":"in-talks","acquirer":"ShopAsia","target":"FreshBasket"'

# $DEALSEARCH_DATA still overrides the installed folder
DEALSEARCH_DATA="$T/nowhere" "$ds" extract "$data/articles/01-shopasia-freshbasket.txt" >/dev/null 2>"$T/err"; rc=$?
expect_eq "DEALSEARCH_DATA elsewhere: exit" "$rc" 2
expect_eq "DEALSEARCH_DATA elsewhere: message" "$(cat "$T/err")" \
	"error: cannot open '$T/nowhere/gazetteers/rates.tsv': No such file or directory"

# a first run: index the installed samples, ask what keywords cannot
db="$T/db"
out=$("$ds" index -q --db "$db" "$data/articles" 2>&1); rc=$?
expect_eq "installed index exit" "$rc" 0
expect_match "installed index summary" "$out" '^added 12, replaced 0, unchanged 0, deleted 0, failed 0 '
out=$("$ds" search --db "$db" 'type:acquisition AND region:southeast-asia' 2>&1); rc=$?
expect_eq "installed search exit" "$rc" 0
expect_match "installed search: one hit" "$out" '^1 result for type:acquisition AND region:southeast-asia '
expect_match "installed search: the title" "$out" '^1\. Marketplace giant in talks to buy Singapore online grocer FreshBasket$'
expect_match "installed search: the deal line" "$out" '^   acquisition, in-talks: ShopAsia -> FreshBasket; '
"$ds" check --db "$db" >/dev/null 2>&1; rc=$?
expect_eq "installed check exit" "$rc" 0

# serve: the installed CGI program and page files
out=$("$ds" serve --help); rc=$?
expect_eq "installed serve --help exit" "$rc" 0
expect_match "installed serve --help" "$out" '^usage: dealsearch serve '
if command -v lighttpd >/dev/null || [ -x /usr/sbin/lighttpd ]; then
	start_server "$db" "$ds"
	conf=$(cat "$T"/dealsearch-serve.*/lighttpd.conf)
	real=$(realpath "$P")
	expect_match "serve runs the installed program (FastCGI)" "$conf" \
		"\"bin-path\" => \"$real/libexec/dealsearch/dealsearch.cgi\""
	expect_match "serve maps the installed page files" "$conf" \
		"\"/static/\" => \"$real/share/dealsearch/web/static/\""
	page=$(curl -s "$base/search?q=FreshBasket")
	expect_match "the page finds the sample" "$page" 'Marketplace giant in talks to buy Singapore online grocer FreshBasket'
	expect_eq "the stylesheet" "$(curl -s -o /dev/null -w '%{http_code}' "$base/static/style.css")" 200
	kill -TERM "$server_pid"
	wait "$server_pid"; rc=$?
	expect_eq "serve exit after SIGTERM" "$rc" 0
else
	echo "lighttpd not installed: the page under the installed serve not checked"
fi
finish
