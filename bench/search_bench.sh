#!/usr/bin/env bash
# search_bench.sh - query latency on the Reuters index (with facets), beside
# SQLite FTS5 on the same stories for the text-only queries, in one run.
# Builds the index first (in a temporary folder).  Not a test.
#
# usage: bench/search_bench.sh [ROUNDS]      (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-50}
corpus=../shared/corpus/reuters21578.jsonl
[ -f "$corpus" ] || { echo "error: '$corpus' not found" >&2; exit 2; }
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./build/dealsearch index -q --db "$work/db" "$corpus" ../shared/seeds
./build/bench/search_bench "$work/db" "$corpus" "$rounds"
