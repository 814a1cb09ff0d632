#!/bin/sh
# stack.sh - the local stack: private MariaDB, lmsd workers and nginx, all under var/.
# usage: conf/stack.sh run|start|stop|status|db-stop|db-start|free-port
# LMS_STACK names the stack (dev by default; the tests use "test"), PORT its
# nginx port (8080 by default), WORKERS and ADMIN_ALLOW override lms.conf.
# Nothing outside the checkout is written.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STACK=${LMS_STACK:-dev}
PORT=${PORT:-8080}
VAR=$ROOT/var/$STACK
CONF=$VAR/lms.conf
MYCNF=$VAR/my.cnf
NGINX_CONF=$VAR/nginx.conf
cd "$ROOT"

say() { printf '%s\n' "$*"; }
die() { say "stack: $*" >&2; exit 1; }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits up to $2 seconds for the command in $1 to succeed.
wait_for() {
	n=0
	until eval "$1" >/dev/null 2>&1; do
		n=$((n + 1))
		[ "$n" -gt $(($2 * 10)) ] && return 1
		sleep 0.1
	done
}

# Ends the process in pid file $1 and waits for it to go.
stop_pid() {
	pid_alive "$1" || { rm -f "$1"; return 0; }
	pid=$(cat "$1")
	kill -TERM "$pid" 2>/dev/null || true
	wait_for "! kill -0 $pid" 30 || kill -KILL "$pid" 2>/dev/null || true
	rm -f "$1"
}

render() {
	sed -e "s|@ROOT@|$ROOT|g" -e "s|@VAR@|$VAR|g" -e "s|@PORT@|$PORT|g" \
	    -e "s|@SOCK@|$VAR/run/lmsd.sock|g" -e "s|@DBUSER@|$(id -un)|g" \
	    -e "s|@MAX_BODY@|$MAX_BODY|g" "$1"
}

conf_write() {
	mkdir -p "$VAR/db" "$VAR/run" "$VAR/log" "$VAR/tmp" "$VAR/files" "$VAR/nginx" \
	    "$VAR/bench"
	# The stack's lms.conf: the example with this stack's paths, and
	# self-registration on so it can be seen and tested.
	sed -e "s|^socket = .*|socket = $VAR/run/lmsd.sock|" \
	    -e "s|^pid_file = .*|pid_file = $VAR/run/lmsd.pid|" \
	    -e "s|^log_file = .*|log_file = $VAR/log/lmsd.log|" \
	    -e "s|^db_socket = .*|db_socket = $VAR/db/mysqld.sock|" \
	    -e "s|^xsl_dir = .*|xsl_dir = $ROOT/xsl|" \
	    -e "s|^sql_dir = .*|sql_dir = $ROOT/sql|" \
	    -e "s|^tmp_dir = .*|tmp_dir = $VAR/tmp|" \
	    -e "s|^files_dir = .*|files_dir = $VAR/files|" \
	    -e "s|^workers = .*|workers = ${WORKERS:-0}|" \
	    -e "s|^self_register = .*|self_register = 1|" \
	    conf/lms.conf.example >"$CONF"
	if [ -n "${ADMIN_ALLOW:-}" ]; then
		sed -i "s|^admin_allow = .*|admin_allow = $ADMIN_ALLOW|" "$CONF"
	fi
	# The test stack refuses large uploads at a size a test can send.
	if [ -n "${UPLOAD_MAX:-}" ]; then
		sed -i "s|^upload_max = .*|upload_max = $UPLOAD_MAX|" "$CONF"
	fi
	MAX_BODY=$(($(sed -n 's/^max_body = //p' "$CONF") + 65536))
	render conf/my.cnf.in >"$MYCNF"
	for a in $(sed -n 's/^admin_allow = //p' "$CONF"); do
		printf 'allow %s;\n' "$a"
	done >"$VAR/admin-allow.inc"
	user=""
	[ "$(id -u)" -eq 0 ] && user="user root;"
	render conf/nginx.conf.in | sed "s|^@USER@|$user|" >"$NGINX_CONF"
}

db_start() {
	pid_alive "$VAR/db/mysqld.pid" && return 0
	if [ ! -d "$VAR/db/data/mysql" ]; then
		mariadb-install-db --defaults-file="$MYCNF" \
		    --auth-root-authentication-method=socket --skip-test-db \
		    >"$VAR/log/mariadb-install.log" 2>&1 ||
		    die "mariadb-install-db failed: see $VAR/log/mariadb-install.log"
	fi
	nohup mariadbd --defaults-file="$MYCNF" >>"$VAR/log/mariadb.log" 2>&1 &
	wait_for "mariadb-admin --defaults-file=$MYCNF ping" 60 ||
	    die "MariaDB did not start: see $VAR/log/mariadb.log"
	mariadb --defaults-file="$MYCNF" -e \
	    "CREATE DATABASE IF NOT EXISTS lms CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

db_stop() {
	stop_pid "$VAR/db/mysqld.pid"
}

# The periodic jobs run every minute while the stack runs, as cron or a
# systemd timer runs them in production: later joiners get assignments,
# reminders go out, exam attempts whose time ran out are handed in even
# when no one comes back to them. The test stack leaves the first two to
# the tests, which count what one run sends (LMS_JOBS).
jobs_start() {
	pid_alive "$VAR/run/jobs.pid" && return 0
	nohup sh -c "while sleep 60; do for j in ${LMS_JOBS:-assignments remind exams-close}; do
		cgi-bin/lmsctl -c '$CONF' \$j; done; done" >>"$VAR/log/jobs.log" 2>&1 &
	echo $! >"$VAR/run/jobs.pid"
}

app_start() {
	cgi-bin/lmsctl -c "$CONF" migrate >/dev/null
	cgi-bin/lmsctl -c "$CONF" demo >/dev/null
	# The periodic jobs, once at start (cron or a systemd timer in production).
	cgi-bin/lmsctl -c "$CONF" assignments >/dev/null
	cgi-bin/lmsctl -c "$CONF" remind >/dev/null
	cgi-bin/lmsctl -c "$CONF" exams-close >/dev/null
	jobs_start
	if ! pid_alive "$VAR/run/lmsd.pid"; then
		nohup cgi-bin/lmsd -c "$CONF" >>"$VAR/log/lmsd.log" 2>&1 &
		wait_for "[ -S $VAR/run/lmsd.sock ] && [ -f $VAR/run/lmsd.pid ]" 20 ||
		    die "lmsd did not start: see $VAR/log/lmsd.log"
	fi
	if ! pid_alive "$VAR/run/nginx.pid"; then
		nginx -t -q -c "$NGINX_CONF" -e "$VAR/log/nginx-error.log" ||
		    die "nginx configuration refused"
		nginx -c "$NGINX_CONF" -e "$VAR/log/nginx-error.log"
		wait_for "curl -fsS http://127.0.0.1:$PORT/healthz" 20 ||
		    die "nginx did not answer on port $PORT: see $VAR/log/nginx-error.log"
	fi
}

start() {
	conf_write
	db_start
	app_start
}

stop() {
	stop_pid "$VAR/run/jobs.pid"
	stop_pid "$VAR/run/nginx.pid"
	stop_pid "$VAR/run/lmsd.pid"
	db_stop
}

status() {
	for p in db/mysqld.pid:MariaDB run/lmsd.pid:lmsd run/nginx.pid:nginx \
	    run/jobs.pid:jobs; do
		if pid_alive "$VAR/${p%%:*}"; then
			say "${p#*:}: running (pid $(cat "$VAR/${p%%:*}"))"
		else
			say "${p#*:}: stopped"
		fi
	done
}

banner() {
	say ""
	say "学习平台 is running (stack '$STACK'):"
	say "  portal   http://127.0.0.1:$PORT/"
	say "  mobile   http://127.0.0.1:$PORT/m/"
	say "  admin    http://127.0.0.1:$PORT/admin/"
	say "Demo sign-in (password demo1234 for all):"
	say "  admin     platform admin"
	say "  head1     department head of 研发中心"
	say "  officer1  department officer of 研发中心"
	say "  mentor1   mentor of learner4, learner8, learner12"
	say "  teacher1  lecturer"
	say "  learner1 … learner40"
	say "Logs: $VAR/log/"
}

case "${1:-}" in
run)
	trap 'say ""; say "stopping…"; stop; exit 0' INT TERM
	start
	banner
	say "Press Ctrl-C to stop."
	while :; do sleep 1; done
	;;
start)	start; banner ;;
stop)	stop ;;
status)	status ;;
db-stop) db_stop ;;
db-start) conf_write; db_start ;;
# A port nobody listens on, for stacks that must not collide with others.
free-port)
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
	;;
*)	die "usage: stack.sh run|start|stop|status|db-stop|db-start|free-port" ;;
esac
