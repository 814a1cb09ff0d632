#!/bin/sh
# run.sh - make bench: wrk against nginx's static file, the trivial FastCGI route and the
# home page, interleaved in one run, at 32 and 64 connections; prints rates, p50/p99,
# the ratios and the peak RSS of a worker. It reports; it never fails on a slow machine.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export LMS_STACK=bench
# The periodic assignment and reminder jobs stay out of the measurements.
export LMS_JOBS=exams-close
PORT=$(conf/stack.sh free-port)
export PORT
VAR=$ROOT/var/bench
SECONDS_EACH=${BENCH_SECONDS:-5}
ROUNDS=${BENCH_ROUNDS:-2}
trap 'conf/stack.sh stop >/dev/null 2>&1 || true' EXIT
# A fresh stack each time, so the demo data and the 10,000 accounts are known.
conf/stack.sh stop >/dev/null 2>&1 || true
rm -rf "$VAR"
conf/stack.sh start >/dev/null

URL=http://127.0.0.1:$PORT
COOKIE="Cookie: lms_csrf=0123456789abcdef0123456789abcdef"
# The same bytes three ways: a file nginx serves, a route that only writes, the page.
curl -fsS -H "$COOKIE" "$URL/" >"$VAR/bench/page.html"
SIZE=$(wc -c <"$VAR/bench/page.html")
echo "page: $SIZE bytes; $(nproc) cores; $(sed -n 's/^workers = //p' "$VAR/lms.conf") workers (0 = 2 per core)"

# The people list is measured at 10,000 accounts, signed in as the admin.
"$ROOT/cgi-bin/lmsctl" -c "$VAR/lms.conf" bench-people 10000 >/dev/null
SID=$(curl -fsS -o /dev/null -D - -H "$COOKIE" \
	--data "csrf=0123456789abcdef0123456789abcdef&username=admin&password=demo1234" \
	"$URL/login" | sed -n 's/^Set-Cookie: lms_sid=\([0-9a-f]*\);.*/\1/p')
ADMIN_COOKIE="$COOKIE; lms_sid=$SID"
PEOPLE_SIZE=$(curl -fsS -H "$ADMIN_COOKIE" "$URL/admin/people" | wc -c)
echo "people list: $PEOPLE_SIZE bytes, first page of $(mariadb -S "$VAR/db/mysqld.sock" -u root -N \
	-e 'SELECT COUNT(*) FROM account' lms) accounts"

# The catalogue and a course page at 2,000 courses, signed in as a learner.
"$ROOT/cgi-bin/lmsctl" -c "$VAR/lms.conf" bench-courses 1970 >/dev/null
LSID=$(curl -fsS -o /dev/null -D - -H "$COOKIE" \
	--data "csrf=0123456789abcdef0123456789abcdef&username=learner1&password=demo1234" \
	"$URL/login" | sed -n 's/^Set-Cookie: lms_sid=\([0-9a-f]*\);.*/\1/p')
LEARNER_COOKIE="$COOKIE; lms_sid=$LSID"
echo "catalogue: $(curl -fsS -H "$LEARNER_COOKIE" "$URL/courses" | wc -c) bytes, course page: \
$(curl -fsS -H "$LEARNER_COOKIE" "$URL/courses/1" | wc -c) bytes, of $(mariadb -S "$VAR/db/mysqld.sock" \
	-u root -N -e 'SELECT COUNT(*) FROM course' lms) courses"

# My learning with 200 assignments for one learner (bench1, who signs in with
# the demo password), and the progress pages of an assignment reaching everyone
# and of one to a department of about 2,000 (人力资源部 and its 培训组), the
# latest subtree targets bench-assign makes.
"$ROOT/cgi-bin/lmsctl" -c "$VAR/lms.conf" bench-assign 200 >/dev/null
mariadb -S "$VAR/db/mysqld.sock" -u root lms -e "UPDATE account SET pw_hash = \
	(SELECT h FROM (SELECT pw_hash AS h FROM account WHERE login = 'learner1') x) \
	WHERE login = 'bench1'"
BSID=$(curl -fsS -o /dev/null -D - -H "$COOKIE" \
	--data "csrf=0123456789abcdef0123456789abcdef&username=bench1&password=demo1234" \
	"$URL/login" | sed -n 's/^Set-Cookie: lms_sid=\([0-9a-f]*\);.*/\1/p')
BENCH_COOKIE="$COOKIE; lms_sid=$BSID"
ASSIGN=$(mariadb -S "$VAR/db/mysqld.sock" -u root -N -e "SELECT MAX(assignment_id) \
	FROM assignment_target WHERE kind = 'subtree' AND ref_id = 1" lms)
DEPT=$(mariadb -S "$VAR/db/mysqld.sock" -u root -N -e "SELECT MAX(assignment_id) \
	FROM assignment_target WHERE kind = 'subtree' AND ref_id = 4" lms)
echo "my learning: $(curl -fsS -H "$BENCH_COOKIE" "$URL/learning" | wc -c) bytes, \
$(mariadb -S "$VAR/db/mysqld.sock" -u root -N -e "SELECT COUNT(*) FROM assignment_person p \
	JOIN account a ON a.id = p.account_id WHERE a.login = 'bench1'" lms) assignments; progress page: \
$(curl -fsS -H "$ADMIN_COOKIE" "$URL/admin/assignments/$ASSIGN" | wc -c) bytes for \
$(mariadb -S "$VAR/db/mysqld.sock" -u root -N -e "SELECT COUNT(*) FROM assignment_person \
	WHERE assignment_id = $ASSIGN" lms) people; a department's: \
$(curl -fsS -H "$ADMIN_COOKIE" "$URL/admin/assignments/$DEPT" | wc -c) bytes for \
$(mariadb -S "$VAR/db/mysqld.sock" -u root -N -e "SELECT COUNT(*) FROM assignment_person \
	WHERE assignment_id = $DEPT" lms) people, those in progress: \
$(curl -fsS -H "$ADMIN_COOKIE" "$URL/admin/assignments/$DEPT?state=in_progress" | wc -c) bytes"

# Prints "rate p50_ms p99_ms" for one wrk run.
measure() {
	wrk -t2 -c"$1" -d"${SECONDS_EACH}s" --latency -H "${3:-$COOKIE}" "$2" 2>/dev/null | awk '
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

# "signed" is the trivial route with a session cookie: it only checks the
# session (one indexed query), the least any signed-in page must do.
# Every round of every target at every connection count, interleaved; then one
# summary per (connections, target): mean rate, worst p50 and p99 of the rounds.
RESULTS=$VAR/bench/results
: >"$RESULTS"
for c in 32 64; do
	r=0
	while [ "$r" -lt "$ROUNDS" ]; do
		echo "$c static $(measure "$c" "$URL/_bench/page.html")" >>"$RESULTS"
		echo "$c trivial $(measure "$c" "$URL/bench/plain?size=$SIZE")" >>"$RESULTS"
		echo "$c signed $(measure "$c" "$URL/bench/plain?size=$SIZE" "$ADMIN_COOKIE")" >>"$RESULTS"
		echo "$c page $(measure "$c" "$URL/")" >>"$RESULTS"
		echo "$c people $(measure "$c" "$URL/admin/people" "$ADMIN_COOKIE")" >>"$RESULTS"
		echo "$c catalogue $(measure "$c" "$URL/courses" "$LEARNER_COOKIE")" >>"$RESULTS"
		echo "$c course $(measure "$c" "$URL/courses/1" "$LEARNER_COOKIE")" >>"$RESULTS"
		r=$((r + 1))
	done
done
awk '
	{ k = $1 " " $2; n[k]++; rate[k] += $3
	  if ($4 > p50[k]) p50[k] = $4
	  if ($5 > p99[k]) p99[k] = $5 }
	END {
		printf "%-6s %-8s %10s %9s %9s\n", "conns", "target", "req/s", "p50_ms", "p99_ms"
		split("32 64", cs, " "); split("static trivial signed page people catalogue course", ts, " ")
		for (i = 1; i <= 2; i++) {
			for (j = 1; j <= 7; j++) {
				k = cs[i] " " ts[j]; r[ts[j]] = rate[k] / n[k]
				printf "%-6s %-8s %10.0f %9.2f %9.2f\n", cs[i], ts[j], r[ts[j]], p50[k], p99[k]
			}
			printf "%-6s ratios: page/trivial %.3f (target >= 0.35), page/static %.3f\n",
			    cs[i], r["page"] / r["trivial"], r["page"] / r["static"]
			printf "%-6s ratios: people/trivial %.3f, people/page %.3f\n",
			    cs[i], r["people"] / r["trivial"], r["people"] / r["page"]
			printf "%-6s ratios: catalogue/trivial %.3f, course/trivial %.3f\n",
			    cs[i], r["catalogue"] / r["trivial"], r["course"] / r["trivial"]
			printf "%-6s ratios: signed/trivial %.3f (the most any signed-in page can reach)\n",
			    cs[i], r["signed"] / r["trivial"]
		}
	}' "$RESULTS"

# The learning pages are heavier by far: measured last, at 8 connections, so
# their queue cannot spill into the figures above.
echo "8 connections, after the rest: trivial, My learning (200 assignments), progress page \
(everyone), a department's progress page and those of it in progress"
T8=$(measure 8 "$URL/bench/plain?size=$SIZE")
L8=$(measure 8 "$URL/learning" "$BENCH_COOKIE")
P8=$(measure 8 "$URL/admin/assignments/$ASSIGN" "$ADMIN_COOKIE")
D8=$(measure 8 "$URL/admin/assignments/$DEPT" "$ADMIN_COOKIE")
F8=$(measure 8 "$URL/admin/assignments/$DEPT?state=in_progress" "$ADMIN_COOKIE")
echo "$T8 $L8 $P8 $D8 $F8" | awk '{
	printf "8      trivial  %10.0f %9.2f %9.2f\n", $1, $2, $3
	printf "8      learning %10.0f %9.2f %9.2f  (%.3f of trivial)\n", $4, $5, $6, $1 ? $4 / $1 : 0
	printf "8      progress %10.0f %9.2f %9.2f  (%.3f of trivial)\n", $7, $8, $9, $1 ? $7 / $1 : 0
	printf "8      dept     %10.0f %9.2f %9.2f  (%.3f of trivial)\n", $10, $11, $12, $1 ? $10 / $1 : 0
	printf "8      dept/in  %10.0f %9.2f %9.2f  (%.3f of trivial)\n", $13, $14, $15, $1 ? $13 / $1 : 0 }'

# Resident set of the largest worker now (VmRSS) and at its peak (VmHWM): a
# sign-in hashes with argon2id, which borrows 64 MB for the moment it runs.
for k in VmRSS VmHWM; do
	top=0
	for pid in $(pgrep -P "$(cat "$VAR/run/lmsd.pid")"); do
		kb=$(awk -v k="$k:" '$1 == k { print $2 }' "/proc/$pid/status")
		[ "$kb" -gt "$top" ] && top=$kb
	done
	echo "worker $k: $((top / 1024)).$(((top % 1024) * 10 / 1024)) MB"
done
echo "(target: steady RSS < 16 MB)"

# The exam-day stampede (SPEC: a whole company starting at 09:00 sharp): 200 learners,
# signed in beforehand, start the same exam within one second; each must get its
# paper (303, then 200) with no error. The paper is drawn at random by rule, the
# heavier case. Reports the slowest start and the error count.
STAMPEDE=${BENCH_STAMPEDE:-200}
mariadb -S "$VAR/db/mysqld.sock" -u root lms -e "UPDATE account SET pw_hash = \
	(SELECT h FROM (SELECT pw_hash AS h FROM account WHERE login = 'learner1') x) \
	WHERE login REGEXP '^bench[0-9]+$' AND CAST(SUBSTRING(login, 6) AS UNSIGNED) <= $STAMPEDE"
EXAM=$(mariadb -S "$VAR/db/mysqld.sock" -u root -N lms -e "
	SET @t = (SELECT id FROM account WHERE login = 'teacher1');
	INSERT INTO paper (title, mode, pass_tenths, created_by) VALUES ('压测随机试卷', 'random', 600, @t);
	SET @p = LAST_INSERT_ID();
	INSERT INTO paper_rule (paper_id, position, kind, n, points) VALUES
	 (@p, 1, 'single', 10, 50), (@p, 2, 'multiple', 5, 60), (@p, 3, 'truefalse', 5, 40);
	INSERT INTO exam (paper_id, title, opens_at, closes_at, minutes, created_by) VALUES
	 (@p, '压测考试', UTC_TIMESTAMP() - INTERVAL 1 MINUTE, UTC_TIMESTAMP() + INTERVAL 1 DAY, 60, @t);
	SELECT LAST_INSERT_ID()")
SESSIONS=$VAR/bench/sessions
seq 1 "$STAMPEDE" | xargs -P 4 -I{} sh -c "curl -fsS -o /dev/null -D - -H '$COOKIE' \
	--data 'csrf=0123456789abcdef0123456789abcdef&username=bench{}&password=demo1234' \
	'$URL/login' | tr -d '\r' | sed -n 's/^Set-Cookie: \(lms_[a-z]*=[0-9a-f]*\);.*/\1/p' | paste -sd ' '" \
	>"$SESSIONS"
echo "exam start stampede: $(wc -l <"$SESSIONS") learners signed in, starting exam $EXAM at once"
python3 - "$URL" "$EXAM" "$SESSIONS" <<'PY'
import http.client, sys, threading, time
from urllib.parse import urlsplit
url, exam, path = sys.argv[1], sys.argv[2], sys.argv[3]
host = urlsplit(url)
people = [dict(kv.split("=", 1) for kv in line.split()) for line in open(path) if "lms_sid" in line]
gate = threading.Barrier(len(people))
out = []

def one(c):
    cookie = "lms_csrf=%s; lms_sid=%s" % (c["lms_csrf"], c["lms_sid"])
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=120)
    conn.connect()                 # connected before the gate: only the requests race
    gate.wait()
    t0 = time.monotonic()
    try:
        conn.request("POST", "/exams/%s/start" % exam, body="csrf=" + c["lms_csrf"],
                     headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
        r = conn.getresponse()
        r.read()
        start, loc = time.monotonic() - t0, r.getheader("Location")
        ok = r.status == 303 and loc and "/attempts/" in loc
        if ok:
            conn.request("GET", loc, headers={"Cookie": cookie})
            p = conn.getresponse()
            ok = p.status == 200 and b"<fieldset" in p.read()
        out.append((ok, start, time.monotonic() - t0, t0))
    except Exception:              # a refused or dropped connection is an error too
        out.append((False, time.monotonic() - t0, time.monotonic() - t0, t0))
    conn.close()

threads = [threading.Thread(target=one, args=(c,)) for c in people]
for t in threads:
    t.start()
for t in threads:
    t.join()
starts = sorted(o[1] for o in out)
print("stampede: %d starts sent within %.0f ms; errors %d; start p50 %.0f ms, slowest %.0f ms; "
      "start + paper slowest %.0f ms" % (len(out), 1000 * (max(o[3] for o in out) - min(o[3] for o in out)),
      sum(1 for o in out if not o[0]), 1000 * starts[len(starts) // 2], 1000 * starts[-1],
      1000 * max(o[2] for o in out)))
PY
echo "attempts opened: $(mariadb -S "$VAR/db/mysqld.sock" -u root -N -e \
	"SELECT COUNT(*), SUM((SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = a.id) = 20) \
	FROM attempt a WHERE exam_id = $EXAM" lms | tr '\t' ' ') (all, with 20 questions each)"
