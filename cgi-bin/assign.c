/* assign.c - resolving assignments to people and enrolling them, reminders, and what the assignment pages share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "assign.h"
#include "clock.h"
#include "xml.h"

/* Courses enrolled per pass of assign_resolve. */
#define COURSE_BATCH	256

/* The deadline a person gets: the fixed one, or days from now. */
#define DUE "COALESCE(s.due_at, UTC_TIMESTAMP() + INTERVAL s.due_days DAY)"

/*
 * Everyone in a live assignment's audience not reached yet, within the
 * reach it was made in (the assigner's subtree or apprentices). Late
 * joiners get an assignment only while its deadline is ahead of them.
 * An onboarding plan's training ends at the deadline, its exam a week on.
 */
static struct stmt st_people = { .sql =
	"INSERT IGNORE INTO assignment_person (assignment_id, account_id, "
	" due_at, training_ends_at, exam_due_at) "
	"SELECT s.id, p.id, " DUE ", IF(pl.onboarding, " DUE ", NULL), "
	" IF(pl.onboarding, " DUE " + INTERVAL 7 DAY, NULL) "	/* ASSIGN_EXAM_DAYS */
	"FROM assignment s JOIN assignment_target t ON t.assignment_id = s.id "
	"LEFT JOIN plan pl ON pl.id = s.plan_id "
	"LEFT JOIN dept td ON t.kind = 'subtree' AND td.id = t.ref_id "
	"JOIN account p ON p.status = 'active' AND ("
	" (t.kind = 'person' AND p.id = t.ref_id) "
	" OR (t.kind = 'dept' AND p.dept_id = t.ref_id) "
	" OR (t.kind = 'post' AND p.post_id = t.ref_id) "
	" OR (t.kind = 'new_hire' AND p.created_at >= s.created_at) "
	" OR (t.kind = 'group' AND EXISTS (SELECT 1 FROM account_group g "
	"  WHERE g.account_id = p.id AND g.grp_id = t.ref_id)) "
	" OR (t.kind = 'subtree' AND EXISTS (SELECT 1 FROM dept pd "
	"  WHERE pd.id = p.dept_id AND pd.path LIKE CONCAT(td.path, '%')))) "
	"JOIN dept d ON d.id = p.dept_id "
	"WHERE s.ended_at IS NULL AND (s.due_at IS NULL OR s.due_at > UTC_TIMESTAMP()) "
	" AND NOT EXISTS (SELECT 1 FROM assignment_target x WHERE "
	"  x.assignment_id = s.id AND x.kind = 'excluded' AND x.ref_id = p.id) "
	" AND (? = 0 OR s.id = ?) AND (? = 0 OR p.id = ?) "
	" AND (d.path LIKE CONCAT(s.scope, '%') OR EXISTS (SELECT 1 FROM "
	"  mentorship m WHERE m.mentor_id = s.assigner_id AND m.apprentice_id = p.id))" };
/* The published courses the people concerned are owed, a batch at a time. */
static struct stmt st_courses = { .sql =
	"SELECT DISTINCT ac.course_id FROM assignment_course ac "
	"JOIN course c ON c.id = ac.course_id AND c.status = 'published' "
	" AND c.deleted_at IS NULL "
	"WHERE ac.course_id > ? AND (? = 0 OR ac.assignment_id = ?) "
	" AND (? = 0 OR EXISTS (SELECT 1 FROM assignment_person ap "
	"  WHERE ap.assignment_id = ac.assignment_id AND ap.account_id = ?)) "
	"ORDER BY ac.course_id LIMIT 256" };	/* COURSE_BATCH */
static struct stmt st_enrol = { .sql =
	"INSERT IGNORE INTO enrolment (course_id, account_id, status, source, "
	" dept_id, post_id) "
	"SELECT ac.course_id, p.id, 'active', 'assigned', p.dept_id, p.post_id "
	"FROM assignment_course ac JOIN assignment_person ap "
	" ON ap.assignment_id = ac.assignment_id "
	"JOIN account p ON p.id = ap.account_id "
	"WHERE ac.course_id = ? AND (? = 0 OR ac.assignment_id = ?) "
	" AND (? = 0 OR ap.account_id = ?)" };
/* An assignment answers a request still waiting or declined. */
static struct stmt st_activate = { .sql =
	"UPDATE enrolment e JOIN assignment_person ap ON ap.account_id = e.account_id "
	"JOIN assignment_course ac ON ac.assignment_id = ap.assignment_id "
	" AND ac.course_id = e.course_id "
	"SET e.status = 'active', e.source = 'assigned', e.reason = NULL "
	"WHERE e.course_id = ? AND e.status IN ('pending', 'rejected') "
	" AND (? = 0 OR ap.assignment_id = ?) AND (? = 0 OR ap.account_id = ?)" };
static struct stmt st_learners = { .sql =
	"UPDATE course SET learners = learners + ? WHERE id = ?" };

/* Enrols the people concerned on course; DB_OK or the db error. */
static int
course_enrol(long long course, long long assignment, long long account)
{
	struct db_param	p[5] = { DB_INT(course), DB_INT(assignment),
	    DB_INT(assignment), DB_INT(account), DB_INT(account) };
	long long	n;
	int		rc;

	if ((rc = db_exec(&st_enrol, p, 5)) != DB_OK)
		return rc;
	n = (long long)db_affected(&st_enrol);
	if ((rc = db_exec(&st_activate, p, 5)) != DB_OK)
		return rc;
	n += (long long)db_affected(&st_activate);
	if (n == 0)
		return DB_OK;
	return db_exec(&st_learners, (struct db_param[2]){ DB_INT(n),
	    DB_INT(course) }, 2);
}

int
assign_resolve(long long assignment, long long account)
{
	struct db_param	p[5] = { DB_INT(assignment), DB_INT(assignment),
	    DB_INT(account), DB_INT(account) };
	long long	ids[COURSE_BATCH], last = 0;
	int		rc, n, i;

	if ((rc = db_exec(&st_people, p, 4)) != DB_OK)
		return rc;
	do {
		p[0] = DB_INT(last);
		p[1] = p[2] = DB_INT(assignment);
		p[3] = p[4] = DB_INT(account);
		if ((rc = db_exec(&st_courses, p, 5)) != DB_OK)
			return rc;
		for (n = 0; (rc = db_fetch(&st_courses)) == 1; n++)
			ids[n] = db_col_int(&st_courses, 0);
		if (rc != 0)
			return rc;
		for (i = 0; i < n; i++)
			if ((rc = course_enrol(ids[i], assignment, account)) != DB_OK)
				return rc;
		if (n > 0)
			last = ids[n - 1];
	} while (n == COURSE_BATCH);
	return DB_OK;
}

/*
 * Reminders. A run stamps the rows it reminds (the stamp is the run's own
 * microsecond), then leaves one message per stamped row: a second run
 * finds them stamped and sends nothing. Someone who has done the work
 * (every required course, the plan's elective credits) is not reminded.
 */
#define AP_UNDONE \
	" p.status = 'active' AND (EXISTS (SELECT 1 FROM assignment_course ac " \
	"  LEFT JOIN enrolment e ON e.course_id = ac.course_id " \
	"  AND e.account_id = ap.account_id AND e.status = 'completed' " \
	"  WHERE ac.assignment_id = ap.assignment_id AND ac.required " \
	"  AND e.id IS NULL) " \
	" OR (SELECT COALESCE(SUM(c.credits), 0) FROM assignment_course ac " \
	"  JOIN course c ON c.id = ac.course_id JOIN enrolment e " \
	"  ON e.course_id = ac.course_id AND e.account_id = ap.account_id " \
	"  AND e.status = 'completed' WHERE ac.assignment_id = ap.assignment_id " \
	"  AND NOT ac.required) < (SELECT COALESCE(MAX(pl.min_elective), 0) " \
	"  FROM assignment s JOIN plan pl ON pl.id = s.plan_id " \
	"  WHERE s.id = ap.assignment_id)) "
static struct stmt st_stamp = { .sql = "SELECT UTC_TIMESTAMP(6)" };
static struct stmt st_mark_soon = { .sql =
	"UPDATE assignment_person ap JOIN account p ON p.id = ap.account_id "
	"SET ap.soon_sent_at = ? "
	"WHERE ap.soon_sent_at IS NULL AND ap.overdue_sent_at IS NULL "
	" AND ap.due_at > ? AND ap.due_at <= ? + INTERVAL 3 DAY AND" AP_UNDONE };
static struct stmt st_mark_overdue = { .sql =
	"UPDATE assignment_person ap JOIN account p ON p.id = ap.account_id "
	"SET ap.overdue_sent_at = ? "
	"WHERE ap.overdue_sent_at IS NULL AND ap.due_at <= ? AND" AP_UNDONE };
/* The message names the assignment and its first course. */
static struct stmt st_send = { .sql =
	"INSERT INTO message (account_id, kind, course_id, assignment_id) "
	"SELECT ap.account_id, IF(ap.overdue_sent_at = ?, 'assign_overdue', "
	" 'assign_due_soon'), (SELECT ac.course_id FROM assignment_course ac "
	"  WHERE ac.assignment_id = ap.assignment_id ORDER BY ac.pos LIMIT 1), "
	" ap.assignment_id FROM assignment_person ap "
	"WHERE ap.soon_sent_at = ? OR ap.overdue_sent_at = ?" };

int
assign_remind(long long *sent)
{
	struct db_param	p[3];
	char		stamp[32];
	const char	*s;
	int		rc;

	*sent = 0;
	if ((rc = db_begin()) != DB_OK)
		return rc;
	if ((rc = db_exec(&st_stamp, NULL, 0)) != DB_OK ||
	    (rc = db_fetch(&st_stamp)) != 1)
		goto fail;
	s = db_col(&st_stamp, 0);
	snprintf(stamp, sizeof(stamp), "%s", s ? s : "");
	db_done(&st_stamp);
	p[0] = p[1] = p[2] = DB_TEXT(stamp);
	if ((rc = db_exec(&st_mark_overdue, p, 2)) != DB_OK ||
	    (rc = db_exec(&st_mark_soon, p, 3)) != DB_OK ||
	    (rc = db_exec(&st_send, p, 3)) != DB_OK)
		goto fail;
	*sent = (long long)db_affected(&st_send);
	if ((rc = db_commit()) == DB_OK)
		return DB_OK;
fail:
	db_rollback();
	return rc < 0 ? rc : DB_ERR;
}

char *
assign_day_end(struct arena *a, const char *day)
{
	struct tm	tm;

	memset(&tm, 0, sizeof(tm));
	if (day == NULL || sscanf(day, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday) != 3)
		return NULL;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_hour = 23;
	tm.tm_min = 59;
	tm.tm_sec = 59;
	return clock_tm_utc(a, &tm, NULL);
}

int
assign_month_bounds(struct arena *a, const char *month, const char **from,
    const char **to, int *mon)
{
	int year;

	if (sscanf(month, "%4d-%2d", &year, mon) != 2 || *mon < 1 || *mon > 12)
		return -1;
	*from = clock_month_utc(a, year, *mon - 1);
	*to = clock_month_utc(a, year, *mon);
	return *from != NULL && *to != NULL ? 0 : -1;
}

static struct stmt st_pick = { .sql =
	"SELECT 'course', id, name, required, credits FROM course "
	"WHERE status = 'published' AND deleted_at IS NULL "
	"UNION ALL SELECT 'plan', id, name, onboarding, min_elective FROM plan "
	"WHERE deleted_at IS NULL ORDER BY 1, 3" };

int
assign_pickers_add(xmlNodePtr parent)
{
	xmlNodePtr	l[2], n;
	int		rc, plan;

	l[0] = xml_add(parent, "courses", NULL);
	l[1] = xml_add(parent, "plans", NULL);
	if ((rc = db_exec(&st_pick, NULL, 0)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_pick)) == 1) {
		plan = db_col(&st_pick, 0)[0] == 'p';
		n = xml_add(l[plan], plan ? "plan" : "course",
		    db_col(&st_pick, 2));
		xml_attr(n, "id", db_col(&st_pick, 1));
		xml_attr(n, plan ? "onboarding" : "required", db_col(&st_pick, 3));
		xml_attr(n, plan ? "min-elective" : "credits", db_col(&st_pick, 4));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
assign_job(void)
{
	int rc;

	if ((rc = db_begin()) != DB_OK)
		return rc;
	if ((rc = assign_resolve(0, 0)) != DB_OK || (rc = db_commit()) != DB_OK)
		db_rollback();
	return rc;
}

/*
 * The benchmark's assignments (lmsctl bench-assign N, after bench-people
 * and bench-courses): N courses assigned to bench1 alone, due over the
 * coming month; then one course to the whole organisation (every bench
 * account: a company's progress page) and the same course to 人力资源部
 * (demo department 4) and its subtree (about 2,000 people: a
 * department's progress page), where a quarter of the bench people have
 * done its first lesson and a tenth the whole course.
 */
static struct stmt st_bench_mark = { .sql =
	"SELECT COALESCE(MAX(id), 0) FROM assignment" };
static struct stmt st_bench_one = { .sql =
	"INSERT INTO assignment (course_id, assigner_id, scope, required, due_at) "
	"SELECT c.id, 1, '/', c.id % 2, UTC_TIMESTAMP() + INTERVAL 1 + c.id % 30 DAY "
	"FROM course c WHERE c.status = 'published' AND c.deleted_at IS NULL "
	"ORDER BY c.id LIMIT ?" };
/* Run twice: the organisation's, then the department's. */
static struct stmt st_bench_all = { .sql =
	"INSERT INTO assignment (course_id, assigner_id, scope, required, due_at) "
	"SELECT MIN(id), 1, '/', 1, UTC_TIMESTAMP() + INTERVAL 10 DAY FROM course "
	"WHERE status = 'published' AND deleted_at IS NULL" };
static struct stmt st_bench_targets = { .sql =
	"INSERT INTO assignment_target (assignment_id, kind, ref_id) "
	"SELECT s.id, IF(s.id < m.top - 1, 'person', 'subtree'), "
	" CASE s.id WHEN m.top THEN 4 WHEN m.top - 1 THEN 1 "
	" ELSE (SELECT id FROM account WHERE login = 'bench1') END "
	"FROM assignment s JOIN (SELECT MAX(id) AS top FROM assignment) m "
	"WHERE s.id > ?" };
static struct stmt st_bench_courses = { .sql =
	"INSERT INTO assignment_course (assignment_id, course_id, pos, required) "
	"SELECT id, course_id, 1, 1 FROM assignment WHERE id > ?" };
/* Who of the department's bench people has done what (the same rule in
 * both statements): a tenth everything, a quarter the first lesson. */
#define BENCH_LEARNT \
	" JOIN assignment s ON s.id = (SELECT MAX(id) FROM assignment) " \
	" AND s.course_id = e.course_id " \
	"JOIN assignment_person ap ON ap.assignment_id = s.id " \
	" AND ap.account_id = e.account_id " \
	"JOIN account a ON a.id = ap.account_id AND a.login LIKE 'bench%' "
static struct stmt st_bench_progress = { .sql =
	"INSERT INTO lesson_progress (account_id, lesson_id) "
	"SELECT e.account_id, l.id FROM enrolment e" BENCH_LEARNT
	"JOIN chapter h ON h.course_id = e.course_id "
	"JOIN lesson l ON l.chapter_id = h.id "
	"WHERE a.id % 10 = 0 OR (a.id % 4 = 0 AND h.pos = 1 AND l.pos = 1)" };
static struct stmt st_bench_done = { .sql =
	"UPDATE enrolment e" BENCH_LEARNT
	"SET e.started_at = UTC_TIMESTAMP(), "
	" e.status = IF(a.id % 10 = 0, 'completed', e.status), "
	" e.completed_at = IF(a.id % 10 = 0, UTC_TIMESTAMP(), NULL) "
	"WHERE a.id % 10 = 0 OR a.id % 4 = 0" };

int
assign_bench(long long n)
{
	struct db_param	p[1];
	long long	mark;
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return rc;
	if ((rc = db_exec(&st_bench_mark, NULL, 0)) != DB_OK ||
	    (rc = db_fetch(&st_bench_mark)) != 1)
		goto fail;
	mark = db_col_int(&st_bench_mark, 0);
	db_done(&st_bench_mark);
	p[0] = DB_INT(n);
	if ((rc = db_exec(&st_bench_one, p, 1)) != DB_OK ||
	    (rc = db_exec(&st_bench_all, NULL, 0)) != DB_OK ||
	    (rc = db_exec(&st_bench_all, NULL, 0)) != DB_OK)
		goto fail;
	p[0] = DB_INT(mark);
	if ((rc = db_exec(&st_bench_targets, p, 1)) != DB_OK ||
	    (rc = db_exec(&st_bench_courses, p, 1)) != DB_OK ||
	    (rc = assign_resolve(0, 0)) != DB_OK ||
	    (rc = db_exec(&st_bench_progress, NULL, 0)) != DB_OK ||
	    (rc = db_exec(&st_bench_done, NULL, 0)) != DB_OK ||
	    (rc = db_commit()) != DB_OK)
		goto fail;
	return DB_OK;
fail:
	db_rollback();
	return rc < 0 ? rc : DB_ERR;
}
