/* assign.h - assignment (指派) and learning plans: what their pages, the people hooks, My learning and lmsctl's jobs share. */
#ifndef ASSIGN_H
#define ASSIGN_H
#include <libxml/tree.h>

#include "ctx.h"
#include "db.h"

/* A reminder for work due within this many days. */
#define ASSIGN_SOON_DAYS	3
/* The onboarding exam is due this many days after the training ends. */
#define ASSIGN_EXAM_DAYS	7

/*
 * Where each person an assignment reached stands, one row per (assignment
 * ap.assignment_id, person ap.account_id) matching where (on ap, s, pl):
 * account_id, due_at, req_done, req_n, el_done, done_at, state,
 * assignment_id, exam_due_at. state is on_time or late once every
 * required course is completed and the plan's elective credits reached
 * (when the last course was completed against the deadline), else
 * overdue after the deadline, in_progress once a lesson is done (its
 * enrolment's started_at: one row per person and course, where every
 * lesson they ever did would be a lot of rows) or a course completed,
 * or not_started.
 */
#define AP_STATE(where) \
	"SELECT x.account_id, x.due_at, x.req_done, x.req_n, x.el_done, " \
	" x.done_at, CASE WHEN x.req_done = x.req_n AND x.el_done >= x.el_min " \
	"  THEN IF(x.done_at <= x.due_at, 'on_time', 'late') " \
	"  WHEN x.due_at < UTC_TIMESTAMP() THEN 'overdue' " \
	"  WHEN x.started THEN 'in_progress' ELSE 'not_started' END AS state, " \
	" x.assignment_id, x.exam_due_at " \
	"FROM (SELECT ap.assignment_id, ap.account_id, ap.due_at, " \
	"  ap.exam_due_at, SUM(ac.required) AS req_n, " \
	"  SUM(ac.required AND e.status <=> 'completed') AS req_done, " \
	"  SUM(IF(NOT ac.required AND e.status <=> 'completed', c.credits, 0)) " \
	"   AS el_done, COALESCE(MAX(pl.min_elective), 0) AS el_min, " \
	"  MAX(e.completed_at) AS done_at, " \
	"  MAX(e.status <=> 'completed' OR e.started_at IS NOT NULL) AS started " \
	" FROM assignment_person ap JOIN assignment s ON s.id = ap.assignment_id " \
	" LEFT JOIN plan pl ON pl.id = s.plan_id " \
	" JOIN assignment_course ac ON ac.assignment_id = ap.assignment_id " \
	" JOIN course c ON c.id = ac.course_id " \
	" LEFT JOIN enrolment e ON e.course_id = ac.course_id " \
	"  AND e.account_id = ap.account_id " \
	" WHERE " where " GROUP BY ap.assignment_id, ap.account_id) x "

/* Assignment s may be read by the one who made it, or by someone whose
 * governed subtree holds the reach it was made in: two ? (the user's id,
 * then their scope twice). */
#define ASSIGN_READER_SQL \
	" (s.assigner_id = ? OR (? <> '-' AND s.scope LIKE CONCAT(?, '%'))) "

/*
 * Resolves the live assignments' audiences to people again and enrols
 * each on the assignment's published courses (active, source assigned;
 * someone already enrolled keeps their enrolment, a pending or declined
 * request becomes active). Only assignment id when assignment > 0, only
 * person id when account > 0. Inside the caller's transaction; DB_OK or
 * the db error.
 */
int	 assign_resolve(long long assignment, long long account);
/* lmsctl assignments: assign_resolve for everyone, in its own
 * transaction; DB_OK or the db error. */
int	 assign_job(void);
/* lmsctl bench-assign N: n assignments for bench1, one for everyone, one
 * for a department of about 2,000 with some of its work done. */
int	 assign_bench(long long n);
/* Leaves assign_due_soon and assign_overdue messages, each at most once
 * per assignment and person, in its own transaction; the number left in
 * *sent. DB_OK or the db error. */
int	 assign_remind(long long *sent);
/* A date YYYY-MM-DD as the end of that day in the local time zone, as
 * UTC "YYYY-MM-DD HH:MM:SS" (arena-owned); NULL when malformed. */
char	*assign_day_end(struct arena *, const char *day);
/* The bounds of local month YYYY-MM in UTC, and the month's number. */
int	 assign_month_bounds(struct arena *, const char *month,
	    const char **from, const char **to, int *mon);
/* Adds <courses> (published) and <plans> (not deleted) for pickers. */
int	 assign_pickers_add(xmlNodePtr parent);
#endif
