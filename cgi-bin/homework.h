/* homework.h - what the homework pages of learners and of the back office, and lmsctl's reminders, share (sql/014_homework.sql). */
#ifndef HOMEWORK_H
#define HOMEWORK_H
#include <libxml/tree.h>

#include "courses.h"

/* Homework h of course c, both live, that the signed-in user builds:
 * BUILDER_SQL's three ? (builder_params). */
#define HW_BUILT \
	" h.deleted_at IS NULL AND c.deleted_at IS NULL AND" BUILDER_SQL
/* Homework h of course c, both live, on which the learner ? is enrolled
 * (active or completed): the only homework they see or hand in. */
#define HW_ENROLLED \
	" h.deleted_at IS NULL AND c.deleted_at IS NULL AND EXISTS (SELECT 1 " \
	"  FROM enrolment e WHERE e.course_id = h.course_id " \
	"  AND e.account_id = ? AND e.status IN ('active', 'completed')) "

/*
 * A homework in the back office with its counts, one row per homework h
 * matching HW_BUILT and what follows the macro (which ends with GROUP BY
 * h.id): id, title, course, course name, late_allowed, max_score, how many
 * are enrolled, have handed in, late, wait for a grade, graded, returned;
 * due and published (UTC), then cols.
 */
#define HW_HEAD(cols) \
	"SELECT h.id, h.title, c.id, c.name, h.late_allowed, h.max_score, " \
	" (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = h.course_id " \
	"  AND e.status IN ('active', 'completed')), COUNT(s.id), " \
	" COALESCE(SUM(s.late), 0), COALESCE(SUM(s.state = 'submitted'), 0), " \
	" COALESCE(SUM(s.state = 'graded'), 0), " \
	" COALESCE(SUM(s.state = 'returned'), 0), " \
	" DATE_FORMAT(h.due_at, '%Y-%m-%d %H:%i:%s'), " \
	" DATE_FORMAT(h.published_at, '%Y-%m-%d %H:%i:%s')" cols " " \
	"FROM homework h JOIN course c ON c.id = h.course_id " \
	"LEFT JOIN homework_submission s ON s.homework_id = h.id WHERE" HW_BUILT
#define HW_HEAD_NCOLS	14

/* The learner's message when their result is out (msg.inbox.hw_published,
 * the homework's title its note): to those graded when the results are
 * published, and to each one graded or graded again after that. */
#define HW_TOLD	"hw_published"

struct stmt;
/* HW_HEAD's current row of st as <homework> under parent, its title the
 * text; returns the element. */
xmlNodePtr homework_head_add(xmlNodePtr parent, struct stmt *st);
/* Adds every hand-in of submission id under parent, the newest first, as
 * <version n submitted returned returned-by> with <reason>, <body> and a
 * <file id name size kind> each. The caller has checked who may read it.
 * 200 or an error status. */
int	 homework_versions_add(xmlNodePtr parent, long long id);
/* lmsctl remind: leaves hw_due_soon messages for homework due within
 * three days and hw_overdue ones for homework past its deadline in the
 * last 30 days, to each enrolled learner who has not handed it in, each
 * at most once per homework and learner; in its own transaction, the
 * number left in *sent. DB_OK or the db error. */
int	 homework_remind(long long *sent);
#endif
