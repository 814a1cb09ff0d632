#!/bin/sh
# run.sh - make bench: wrk against nginx's static file, the trivial FastCGI route and the
# home page, interleaved in one run, at 32 and 64 connections; prints rates, p50/p99,
# the ratios and the peak RSS of a worker. It reports; it never fails on a slow machine.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export LMS_STACK=bench
PORT=$(conf/stack.sh free-port)
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

# Every round of every target at every connection count, interleaved; then one
# summary per (connections, target): mean rate, worst p50 and p99 of the rounds.
RESULTS=$VAR/bench/results
: >"$RESULTS"
for c in 32 64; do
	r=0
	while [ "$r" -lt "$ROUNDS" ]; do
		echo "$c static $(measure "$c" "$URL/_bench/page.html")" >>"$RESULTS"
		echo "$c trivial $(measure "$c" "$URL/bench/plain?size=$SIZE")" >>"$RESULTS"
		echo "$c page $(measure "$c" "$URL/")" >>"$RESULTS"
		r=$((r + 1))
	done
done
awk '
	{ k = $1 " " $2; n[k]++; rate[k] += $3
	  if ($4 > p50[k]) p50[k] = $4
	  if ($5 > p99[k]) p99[k] = $5 }
	END {
		printf "%-6s %-8s %10s %9s %9s\n", "conns", "target", "req/s", "p50_ms", "p99_ms"
		split("32 64", cs, " "); split("static trivial page", ts, " ")
		for (i = 1; i <= 2; i++) {
			for (j = 1; j <= 3; j++) {
				k = cs[i] " " ts[j]; r[ts[j]] = rate[k] / n[k]
				printf "%-6s %-8s %10.0f %9.2f %9.2f\n", cs[i], ts[j], r[ts[j]], p50[k], p99[k]
			}
			printf "%-6s ratios: page/trivial %.3f (target >= 0.35), page/static %.3f\n",
			    cs[i], r["page"] / r["trivial"], r["page"] / r["static"]
		}
	}' "$RESULTS"

# Peak resident set of any worker (VmHWM), the master's children.
peak=0
for pid in $(pgrep -P "$(cat "$VAR/run/lmsd.pid")"); do
	kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
	[ "$kb" -gt "$peak" ] && peak=$kb
done
echo "worker peak RSS: $((peak / 1024)).$(((peak % 1024) * 10 / 1024)) MB (target < 16 MB)"
