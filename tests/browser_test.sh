#!/usr/bin/env bash
# browser_test.sh - the search page in a real browser: Debian's Chromium,
# headless, driven by playwright-core (tests/browser/search.mjs), against
# lighttpd and the CGI started by `dealsearch serve`.  Screenshots go to
# the test's output folder ($OUTDIR).
. "$(dirname "$0")/lib.sh"
need_shared seeds
[ -x /usr/bin/chromium ] || { echo "skipped: /usr/bin/chromium not installed"; exit 77; }
command -v node >/dev/null || { echo "skipped: node not installed"; exit 77; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) < 20 ? 1 : 0)' ||
	{ echo "skipped: playwright-core needs Node.js 20 or later (have $(node --version))"; exit 77; }
[ -d "$SRCDIR/tests/browser/node_modules/playwright-core" ] ||
	{ echo "skipped: playwright-core not installed (npm ci --prefix tests/browser)"; exit 77; }
db="$T/db"
"$DS" index -q --db "$db" "$SHARED/seeds" "$SRCDIR/corpus/articles" >/dev/null
start_server "$db"
mkdir -p "$OUTDIR"
out=$(cd "$SRCDIR/tests/browser" && node search.mjs "$base" "$OUTDIR" 2>&1); rc=$?
printf '%s\n' "$out"
expect_eq "browser run" "$rc" 0
expect_match "the story found" "$out" 'Lazada in talks to buy'
for f in results-desktop.png story-desktop.png results-phone.png filters-phone.png no-results.png; do
	[ -s "$OUTDIR/$f" ] && echo "ok: screenshot $OUTDIR/$f" || fail "no screenshot $f"
done
finish
