#!/bin/sh
# run.sh - every suite, against a stack of its own; ends with "N passed, N failed".
# The test stack lives in var/test/ on a free port and is stopped however we end.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export LMS_STACK=test
export WORKERS=${WORKERS:-4}
# 127.0.0.2 stays outside, to prove /admin/ refuses it.
export ADMIN_ALLOW="127.0.0.1 ::1/128"
# Small enough that the over-size upload test is quick.
export UPLOAD_MAX=1048576
# Reminders and assignments run when a test says so; time-outs every minute.
export LMS_JOBS=exams-close
PORT=$(conf/stack.sh free-port)
export PORT
LOG=var/test-logs
PASS=0
FAIL=0

cleanup() { conf/stack.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs one suite; adds its "N passed, N failed" line, or counts one failure
# when it ends without one.
suite() {
	name=$1
	shift
	echo "== $name"
	"$@" >"$LOG/$name.out" 2>&1
	rc=$?
	# The whole output of a failing suite, the results of a passing one.
	if [ "$rc" -ne 0 ]; then
		cat "$LOG/$name.out"
	else
		grep -E ' \.\.\. |^[0-9]+ passed' "$LOG/$name.out" || echo "$name: ok"
	fi
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$LOG/$name.out" | tail -n 1)
	if [ -n "$line" ]; then
		p=${line%% passed*}
		f=${line#*passed, }
		f=${f%% failed*}
		[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	elif [ "$rc" -eq 0 ]; then
		p=1 f=0
	else
		p=0 f=1
	fi
	PASS=$((PASS + p))
	FAIL=$((FAIL + f))
}

cleanup
rm -rf var/test "$LOG"
mkdir -p "$LOG/corpus"

suite unit tests/unit/unit
suite fuzz tests/fuzz/fuzz_req -max_total_time="${FUZZ_SECONDS:-30}" \
	-artifact_prefix="$LOG/" "$LOG/corpus" tests/fuzz/corpus
mkdir -p "$LOG/corpus-csv"
suite fuzz-csv tests/fuzz/fuzz_csv -max_total_time="${FUZZ_SECONDS:-15}" \
	-artifact_prefix="$LOG/" "$LOG/corpus-csv"
mkdir -p "$LOG/corpus-sniff"
suite fuzz-sniff tests/fuzz/fuzz_sniff -max_total_time="${FUZZ_SECONDS:-15}" \
	-artifact_prefix="$LOG/" "$LOG/corpus-sniff" sql/demo/files
if conf/stack.sh start >"$LOG/stack.out" 2>&1; then
	suite http python3 tests/http/test_http.py
	suite browser tests/browser/run.sh
else
	cat "$LOG/stack.out"
	echo "the test stack did not start"
	FAIL=$((FAIL + 1))
fi
echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
