/* progress.c - a learner's lessons done, the course completed, and its credits paid once. */
#include <string.h>

#include "courses.h"
#include "learning.h"
#include "pages.h"
#include "xml.h"

static struct stmt st_course_of = { .sql =
	"SELECT h.course_id, c.enrol_mode FROM lesson l "
	"JOIN chapter h ON h.id = l.chapter_id JOIN course c ON c.id = h.course_id "
	"WHERE l.id = ?" };
/* Locked: two requests completing the course at once take turns here. */
static struct stmt st_enrolment = { .sql =
	"SELECT status FROM enrolment WHERE course_id = ? AND account_id = ? "
	"FOR UPDATE" };
static struct stmt st_done = { .sql =
	"INSERT IGNORE INTO lesson_progress (account_id, lesson_id) VALUES (?, ?)" };
/* The first lesson done starts the enrolment: the assignment pages read
 * whether someone has started from it (sql/020_enrolment_started.sql). */
static struct stmt st_started = { .sql =
	"UPDATE enrolment SET started_at = UTC_TIMESTAMP() "
	"WHERE course_id = ? AND account_id = ? AND started_at IS NULL" };
/* What the course still requires of the learner: its required lessons
 * not done, plus one when it has an assessment exam and none of its
 * exams is passed. */
static struct stmt st_left = { .sql =
	"SELECT (SELECT COUNT(*) FROM lesson l JOIN chapter h ON h.id = l.chapter_id "
	" LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.account_id = ? "
	" WHERE h.course_id = ? AND l.required AND p.lesson_id IS NULL) "
	" + (EXISTS (SELECT 1 FROM exam x WHERE x.course_id = ? "
	"  AND x.deleted_at IS NULL) AND NOT EXISTS (SELECT 1 FROM exam x "
	"  JOIN exam_standing s ON s.exam_id = x.id AND s.account_id = ? "
	"  WHERE x.course_id = ? AND x.deleted_at IS NULL "
	"  AND s.passed_at IS NOT NULL))" };
static struct stmt st_complete = { .sql =
	"UPDATE enrolment SET status = 'completed', "
	" completed_at = UTC_TIMESTAMP() WHERE course_id = ? AND account_id = ? "
	" AND status = 'active'" };
static struct stmt st_credit = { .sql =
	"INSERT IGNORE INTO credit_ledger (account_id, course_id, credits, hours) "
	"SELECT ?, id, credits, hours FROM course WHERE id = ?" };

/* The learner's enrolment on course, locked and made now for open
 * enrolment; 0 with its status (arena-owned), 403 when not enrolled, or
 * a db status. */
static int
enrolment_get(struct ctx *c, long long course, const char *mode,
    const char **status)
{
	struct db_param	p[2] = { DB_INT(course), DB_INT(c->user.id) };
	int		rc, active;

	if ((rc = db_exec(&st_enrolment, p, 2)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_enrolment)) == 0) {
		if (strcmp(mode, "open") != 0)
			return 403;
		/* Starting an open course is joining it. */
		if ((rc = enrol_add(c, course, NULL, NULL, &active)) != 0 ||
		    (rc = inbox_send(c->user.id, "enrolled", course, NULL)) != 0)
			return rc < 0 ? db_http_status(rc) : rc;
		return enrolment_get(c, course, mode, status);
	}
	if (rc != 1)
		return db_http_status(rc);
	*status = arena_strndup(c->arena, db_col(&st_enrolment, 0),
	    strlen(db_col(&st_enrolment, 0)));
	db_done(&st_enrolment);
	return *status != NULL ? 0 : 500;
}

int
course_complete(long long account, long long course)
{
	struct db_param	p[5] = { DB_INT(account), DB_INT(course),
	    DB_INT(course), DB_INT(account), DB_INT(course) };
	int		rc;

	if ((rc = db_exec(&st_left, p, 5)) != DB_OK ||
	    (rc = db_fetch(&st_left)) != 1)
		return rc == 0 ? DB_ERR : rc;
	rc = db_col_int(&st_left, 0) != 0;
	db_done(&st_left);
	if (rc)
		return DB_OK;
	if ((rc = db_exec(&st_complete, &p[2], 2)) != DB_OK ||
	    db_affected(&st_complete) == 0)
		return rc;
	if ((rc = db_exec(&st_credit, p, 2)) != DB_OK)
		return rc;
	if ((rc = certificate_issue(account, course)) != DB_OK)
		return rc;
	return inbox_send(account, "completed", course, NULL);
}

int
progress_mark(struct ctx *c, long long lesson)
{
	long long	 course;
	const char	*mode, *status;
	int		 rc;

	if ((rc = db_exec(&st_course_of, (struct db_param[1]){ DB_INT(lesson) },
	    1)) != DB_OK || (rc = db_fetch(&st_course_of)) != 1)
		return rc == 0 ? 404 : db_http_status(rc < 0 ? rc : DB_ERR);
	course = db_col_int(&st_course_of, 0);
	mode = arena_strndup(c->arena, db_col(&st_course_of, 1),
	    strlen(db_col(&st_course_of, 1)));
	db_done(&st_course_of);
	if ((rc = course_visible(c, course)) != 0 ||
	    (rc = enrolment_get(c, course, mode, &status)) != 0)
		return rc;
	if (strcmp(status, "active") != 0 && strcmp(status, "completed") != 0)
		return 403;
	if ((rc = db_exec(&st_done, (struct db_param[2]){ DB_INT(c->user.id),
	    DB_INT(lesson) }, 2)) != DB_OK ||
	    (rc = db_exec(&st_started, (struct db_param[2]){ DB_INT(course),
	    DB_INT(c->user.id) }, 2)) != DB_OK ||
	    (rc = course_complete(c->user.id, course)) != DB_OK)
		return db_http_status(rc);
	return 0;
}

int
lesson_done(struct ctx *c)
{
	int rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = progress_mark(c, c->param[0])) != 0) {
		db_rollback();
		return rc == 403 ? form_refuse(c, "lesson", "not_enrolled", 403) :
		    rc;
	}
	if ((rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/lessons/%lld",
	    surface_bases[c->surface], c->param[0]);
	return 303;
}
