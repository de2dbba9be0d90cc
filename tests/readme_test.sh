#!/usr/bin/env bash
# readme_test.sh - the README's example output is what `./build.sh run`
# prints today: its main job (`./build.sh demo`, the same steps without
# installing or building) is run with this build, and both texts are
# compared once timings and paths are made alike.
. "$(dirname "$0")/lib.sh"

# the block between the README's demo markers, without its fence, its
# command line and the "..." that stands for the build's own output
want=$(sed -n '/^<!-- demo output:/,/^<!-- end demo output -->/p' "$SRCDIR/README.md" |
	sed -e '1,2d' -e '$d' | sed -e '$d' -e '/^\$ \.\/build\.sh run$/d' -e '/^\.\.\.$/d')
[ -n "$want" ] || fail "README.md has no demo output block"

build=$(dirname "$DS")
got=$("$SRCDIR/build.sh" demo "$build" "$T/demo-index" 2>&1); rc=$?
expect_eq "build.sh demo exit" "$rc" 0

# what differs from run to run: timings, and where the build and the
# index are (the README shows ./build and demo-index, as `run` uses)
normalise() {
	sed -E -e "s#$build/#./build/#g" -e "s#$T/demo-index#demo-index#g" \
		-e 's/ in [0-9.]+ s$/ in N s/' -e 's/\([0-9.]+ ms\)/(N ms)/'
}
got=$(printf '%s\n' "$got" | normalise)
want=$(printf '%s\n' "$want" | normalise)
if [ "$got" = "$want" ]; then
	echo "ok: the README's example output is what build.sh demo prints"
else
	fail "the README's example output differs from what build.sh demo prints"
	diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -40 >&2
fi
# it ends by saying how to search, open the page and index one's own files
last=$(printf '%s\n' "$got" | tail -n 3)
expect_match "next step: search" "$(printf '%s\n' "$last" | sed -n 1p)" "^search: +\./build/dealsearch search "
expect_match "next step: the page" "$(printf '%s\n' "$last" | sed -n 2p)" "serve .*http://127\.0\.0\.1:8080/"
expect_match "next step: own files" "$(printf '%s\n' "$last" | sed -n 3p)" "index --db demo-index FILE"
finish
