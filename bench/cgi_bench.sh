#!/usr/bin/env bash
# cgi_bench.sh - the search page under load: lighttpd and dealsearch.cgi
# (started by `dealsearch serve`) over the Reuters index, measured with
# ApacheBench (Debian's apache2-utils) on 127.0.0.1, the program run both
# ways: as FastCGI (serve's default: processes kept) and as plain CGI
# (`serve --cgi`: a process per request).  Prints requests per second and
# the p50/p99 latency of each query, and of all requests, for each way.
# Not a test.
#
# usage: bench/cgi_bench.sh [REQUESTS] [CONCURRENCY] [DB]
#        (default 500, 2; DB: an index to serve instead of the Reuters one)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
c=${2:-2}
corpus=../shared/corpus/reuters21578.jsonl
[ -f "$corpus" ] || { echo "error: '$corpus' not found" >&2; exit 2; }
command -v ab >/dev/null || {
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends apache2-utils >/dev/null; }
[ -f build/build.ninja ] || meson setup build -Dbuildtype=release >/dev/null
ninja -C build >/dev/null
work=$(mktemp -d)
db=${3:-}
if [ -z "$db" ]; then
	db="$work/db"
	./build/dealsearch index -q --db "$db" "$corpus" ../shared/seeds
fi
pid=""
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
run() {  # run MODE-NAME [SERVE-ARGS]
	local port; port=$((20000 + RANDOM % 30000))
	TMPDIR="$work" ./build/dealsearch serve "${@:2}" --db "$db" --port "$port" > "$work/serve.log" &
	pid=$!
	for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/search" && break; sleep 0.1; done
	rm -f "$work/all"
	echo "lighttpd + dealsearch.cgi as $1 on 127.0.0.1:$port; $n requests per query, $c at a time"
	printf '%-46s %9s %8s %8s\n' "query" "req/s" "p50 ms" "p99 ms"
	for q in 'acquisition' 'oil+AND+prices' 'type%3Aacquisition+AND+place%3ACA+AND+%3E%24100M' \
		 'region%3Aeurope+AND+type%3Amerger' '%22definitive+agreement%22' 'dividend&sort=date' \
		 'merger&f=region%3Anorth-america' 'company+OR+said'; do
		ab -q -l -n "$n" -c "$c" -g "$work/times" "http://127.0.0.1:$port/search?q=$q" > "$work/ab" 2>&1
		tail -n +2 "$work/times" | cut -f5 >> "$work/all"
		rps=$(awk '/^Requests per second/ { print $4 }' "$work/ab")
		p50=$(awk '$1 == "50%" { print $2 }' "$work/ab")
		p99=$(awk '$1 == "99%" { print $2 }' "$work/ab")
		fail=$(awk '/^Failed requests/ { print $3 }' "$work/ab")
		printf '%-46s %9s %8s %8s%s\n' "$(printf '%b' "${q//%/\\x}" | tr + ' ')" "$rps" "$p50" "$p99" \
			"$([ "$fail" = 0 ] || echo "  ($fail failed)")"
	done
	# every request of every query together (ab -g: total time in ms,
	# column 5)
	sort -n "$work/all" | awk -v m="$1" '{ v[NR] = $1 } END {
		printf "%s, all %d requests: p50 %d ms, p95 %d ms, p99 %d ms\n", m, NR,
			v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[int(NR * 0.99 + 0.5)] }'
	kill "$pid"; wait "$pid" 2>/dev/null || true
	echo
}
run FastCGI
run CGI --cgi
