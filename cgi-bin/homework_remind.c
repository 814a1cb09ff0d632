/* homework_remind.c - lmsctl remind's homework part: due soon and overdue, each reminded once. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "homework.h"

/*
 * A run claims the (homework, learner, kind) rows it reminds with its own
 * stamp (INSERT IGNORE: a row claimed before stays as it was), then
 * leaves one message per row of that stamp, all in one transaction; a
 * second run finds every row claimed and sends nothing. Only learners
 * enrolled (active or completed) who have not handed the homework in are
 * reminded. An overdue reminder is for homework past its deadline in the
 * last 30 days: a new learner of a course is not told of years-old work.
 */
#define NOT_HANDED_IN \
	"FROM homework h JOIN course c ON c.id = h.course_id " \
	"JOIN enrolment e ON e.course_id = h.course_id " \
	" AND e.status IN ('active', 'completed') " \
	"JOIN account p ON p.id = e.account_id AND p.status = 'active' " \
	"WHERE h.deleted_at IS NULL AND c.deleted_at IS NULL " \
	" AND NOT EXISTS (SELECT 1 FROM homework_submission s " \
	"  WHERE s.homework_id = h.id AND s.account_id = e.account_id) AND "
static struct stmt st_claim_soon = { .sql =
	"INSERT IGNORE INTO homework_reminder (homework_id, account_id, kind, "
	" sent_at) SELECT h.id, e.account_id, 'due_soon', ? " NOT_HANDED_IN
	"h.due_at > UTC_TIMESTAMP() "
	" AND h.due_at <= UTC_TIMESTAMP() + INTERVAL 3 DAY" };
static struct stmt st_claim_overdue = { .sql =
	"INSERT IGNORE INTO homework_reminder (homework_id, account_id, kind, "
	" sent_at) SELECT h.id, e.account_id, 'overdue', ? " NOT_HANDED_IN
	"h.due_at <= UTC_TIMESTAMP() "
	" AND h.due_at > UTC_TIMESTAMP() - INTERVAL 30 DAY" };
/* The message names the course and, as its note, the homework. */
static struct stmt st_send = { .sql =
	"INSERT INTO message (account_id, kind, course_id, note) "
	"SELECT r.account_id, IF(r.kind = 'overdue', 'hw_overdue', 'hw_due_soon'), "
	" h.course_id, h.title FROM homework_reminder r "
	"JOIN homework h ON h.id = r.homework_id WHERE r.sent_at = ?" };

/* This run's stamp: now in UTC to the microsecond, as DATETIME(6) text. */
static void
run_stamp(char buf[32])
{
	struct timespec	ts;
	struct tm	tm;

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(buf, 20, "%Y-%m-%d %H:%M:%S", &tm);
	snprintf(buf + 19, 13, ".%06ld", ts.tv_nsec / 1000);
}

int
homework_remind(long long *sent)
{
	struct db_param	p[1];
	char		stamp[32];
	int		rc;

	*sent = 0;
	run_stamp(stamp);
	p[0] = DB_TEXT(stamp);
	if ((rc = db_begin()) != DB_OK)
		return rc;
	if ((rc = db_exec(&st_claim_overdue, p, 1)) != DB_OK ||
	    (rc = db_exec(&st_claim_soon, p, 1)) != DB_OK ||
	    (rc = db_exec(&st_send, p, 1)) != DB_OK)
		goto fail;
	*sent = (long long)db_affected(&st_send);
	if ((rc = db_commit()) == DB_OK)
		return DB_OK;
fail:
	db_rollback();
	return rc;
}
