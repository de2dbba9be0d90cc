#!/usr/bin/env bash
# build.sh - set up everything dealsearch needs, build it, and run it.
#
#   ./build.sh run    install packages, build, index the bundled corpus,
#                     ask it a question and say what to do next
#   ./build.sh demo BUILD INDEX   the same without installing or building:
#                     the program in BUILD, the index in INDEX
#   ./build.sh test   install packages, build, run every test twice: in the
#                     release build and in a debug build with AddressSanitizer,
#                     UndefinedBehaviorSanitizer and LeakSanitizer; then the
#                     fuzzing harnesses for a few seconds each (tests/fuzz)
#
# Needs Debian 12 (or a relative with the same packages); installs what is
# missing with apt-get (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
	gcc g++ meson ninja-build pkg-config ca-certificates
	libxapian-dev libstemmer-dev libsqlite3-dev libcurl4-openssl-dev
	libxml2-dev libjansson-dev libutf8proc-dev libxxhash-dev libfcgi-dev
	libjemalloc-dev
	lighttpd help2man xapian-tools
)
# what the tests need besides: unit tests, HTML checks, a real browser,
# peak memory (/usr/bin/time), clang and its libFuzzer for the fuzzing
# harnesses, groff to read the manual pages (help2man, above, makes them),
# spawn-fcgi and cgi-fcgi to run the page's program as FastCGI without a
# web server
TEST_PACKAGES=(libcmocka-dev libxml2-utils jq curl chromium time clang
	libclang-rt-14-dev groff-base spawn-fcgi libfcgi-bin)

install_packages() {
	local missing=() p sudo=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	[ "$(id -u)" -ne 0 ] && sudo=sudo
	echo "installing: ${missing[*]}"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
		--no-install-recommends "${missing[@]}" >/dev/null
}

# The project sets neither the build type nor -Werror (meson.build): every
# build here is warning-free, and the main one is optimised.
RELEASE=(-Dbuildtype=release -Dwerror=true)

# build DIR [meson options...]: configure (or apply the options to an
# existing configuration, which `run` may have made without the tests), then
# build
build() {
	local dir=$1
	shift
	if [ ! -f "$dir/build.ninja" ]; then
		meson setup "$dir" "$@" >"$dir.setup.log" 2>&1 ||
			{ cat "$dir.setup.log"; return 1; }
	elif [ $# -gt 0 ]; then
		meson configure "$dir" "$@" >"$dir.setup.log" 2>&1 ||
			{ cat "$dir.setup.log"; return 1; }
	fi
	# ninja reports compile errors on stdout: keep them, show them
	ninja -C "$dir" >"$dir.build.log" 2>&1 ||
		{ tail -n 60 "$dir.build.log"; echo "error: the build in '$dir' failed" >&2; return 1; }
}

# run_suite DIR: run meson's tests, print their log, add up the results
passed=0 failed=0 skipped=0
run_suite() {
	local dir=$1 log
	meson test -C "$dir" --no-rebuild --print-errorlogs || true
	log="$dir/meson-logs/testlog.json"
	[ -f "$log" ] || { failed=$((failed + 1)); return; }
	passed=$((passed + $(grep -c '"result": "OK"' "$log" || true)))
	skipped=$((skipped + $(grep -c '"result": "SKIP"' "$log" || true)))
	failed=$((failed + $(grep -Ec '"result": "(FAIL|TIMEOUT|ERROR|UNEXPECTEDPASS)"' "$log" || true)))
}

# The browser test's driver, playwright-core, from npm (Node.js from
# Debian if the machine has none); it drives Debian's Chromium.
browser_driver() {
	command -v npm >/dev/null || install_packages nodejs npm
	[ -d tests/browser/node_modules/playwright-core ] ||
		(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
}

# demo BUILD DB: the main job on the bundled corpus with the program built
# in BUILD, into the index DB (tests/readme_test.sh compares what it prints
# with the README's example); ends with three lines on what to do next
demo() {
	local ds=$1/dealsearch db=$2
	"$ds" index --db "$db" corpus/articles
	"$ds" check --db "$db"
	# the question keyword search cannot answer
	"$ds" search --db "$db" 'grocery AND Southeast Asia AND >$30M' || true
	echo
	echo "search:     $ds search --db $db 'type:acquisition AND >\$100M'"
	echo "the page:   $ds serve --db $db --port 8080, then open http://127.0.0.1:8080/"
	echo "your files: $ds index --db $db FILE|FOLDER|URL|FEED..."
}

case "${1:-}" in
run)
	install_packages "${PACKAGES[@]}"
	build build "${RELEASE[@]}"
	demo ./build demo-index
	;;
demo)
	[ $# -eq 3 ] || { echo "usage: ./build.sh demo BUILD-DIR INDEX-DIR" >&2; exit 2; }
	demo "$2" "$3"
	;;
test)
	install_packages "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
	browser_driver
	build build "${RELEASE[@]}" -Dtests=enabled
	build build-asan -Dbuildtype=debug -Dwerror=true -Dtests=enabled \
		-Db_sanitize=address,undefined -Db_lundef=false
	# the harnesses need clang's libFuzzer; without it their tests skip
	if command -v clang >/dev/null && command -v clang++ >/dev/null; then
		CC=clang CXX=clang++ build build-fuzz -Dfuzz=true \
			-Dbuildtype=debugoptimized -Dwerror=true -Db_lundef=false
	else
		build build-fuzz -Dfuzz=true "${RELEASE[@]}"
	fi
	run_suite build
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp":print_suppressions=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		run_suite build-asan
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 run_suite build-fuzz
	echo "$passed passed, $failed failed, $skipped skipped"
	[ "$failed" -eq 0 ]
	;;
*)
	echo "usage: ./build.sh run|test" >&2
	exit 2
	;;
esac
