#!/bin/sh
# run.sh - make bench: wrk against nginx's static file, the trivial FastCGI route and the
# home page, interleaved in one run, at 32 and 64 connections; prints rates, p50/p99,
# the ratios and the peak RSS of a worker. It reports; it never fails on a slow machine.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export LMS_STACK=bench
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PORT
VAR=$ROOT/var/bench
SECONDS_EACH=${BENCH_SECONDS:-5}
ROUNDS=${BENCH_ROUNDS:-2}
trap 'conf/stack.sh stop >/dev/null 2>&1 || true' EXIT
conf/stack.sh start >/dev/null

URL=http://127.0.0.1:$PORT
COOKIE="Cookie: lms_csrf=0123456789abcdef0123456789abcdef"
# The same bytes three ways: a file nginx serves, a route that only writes, the page.
curl -fsS -H "$COOKIE" "$URL/" >"$VAR/bench/page.html"
SIZE=$(wc -c <"$VAR/bench/page.html")
echo "page: $SIZE bytes; $(nproc) cores; $(sed -n 's/^workers = //p' "$VAR/lms.conf") workers (0 = 2 per core)"

# Prints "rate p50_ms p99_ms" for one wrk run.
measure() {
	wrk -t2 -c"$1" -d"${SECONDS_EACH}s" --latency -H "$COOKIE" "$2" 2>/dev/null | awk '
		function ms(v) {
			if (v ~ /us$/) return v / 1000
			if (v ~ /ms$/) return v + 0
			return v * 1000
		}
		/Requests\/sec/ { rate = $2 }
		/^ +50%/ { p50 = ms($2) }
		/^ +99%/ { p99 = ms($2) }
		END { printf "%.0f %.2f %.2f\n", rate, p50, p99 }'
}

printf '%-6s %-8s %10s %9s %9s\n' conns target req/s p50_ms p99_ms
for c in 32 64; do
	for t in static trivial page; do eval "sum_$t=0 p50_$t=0 p99_$t=0"; done
	r=0
	while [ "$r" -lt "$ROUNDS" ]; do
		for t in static trivial page; do
			case $t in
			static) u="$URL/_bench/page.html" ;;
			trivial) u="$URL/bench/plain?size=$SIZE" ;;
			page) u="$URL/" ;;
			esac
			set -- $(measure "$c" "$u")
			eval "sum_$t=\$((sum_$t + $1))"
			# The worst p50/p99 of the rounds is the one reported.
			eval "p50_$t=\$(echo \"\$p50_$t $2\" | awk '{print (\$2 > \$1) ? \$2 : \$1}')"
			eval "p99_$t=\$(echo \"\$p99_$t $3\" | awk '{print (\$2 > \$1) ? \$2 : \$1}')"
		done
		r=$((r + 1))
	done
	for t in static trivial page; do
		eval "rate=\$((sum_$t / ROUNDS)) p50=\$p50_$t p99=\$p99_$t"
		printf '%-6s %-8s %10s %9s %9s\n' "$c" "$t" "$rate" "$p50" "$p99"
		eval "rate_$t=$rate"
	done
	awk -v p="$rate_page" -v t="$rate_trivial" -v s="$rate_static" -v c="$c" 'BEGIN {
		printf "%-6s ratios: page/trivial %.3f (target >= 0.35), page/static %.3f\n", c, p / t, p / s }'
done

# Peak resident set of any worker (VmHWM), the master's children.
peak=0
for pid in $(pgrep -P "$(cat "$VAR/run/lmsd.pid")"); do
	kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
	[ "$kb" -gt "$peak" ] && peak=$kb
done
echo "worker peak RSS: $((peak / 1024)).$(((peak % 1024) * 10 / 1024)) MB (target < 16 MB)"
