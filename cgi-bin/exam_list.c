/* exam_list.c - the learner's exams: My exams (upcoming, open now, finished with results) and an exam's own page with its rules, tries and the way in. */
#include "attempt.h"
#include "exam_office.h"
#include "pages.h"
#include "xml.h"

#define EXAMS_MAX	200

/* The exams the learner may sit that are not over, and those they sat:
 * EXAM_RULES_FROM's three ?, EXAM_SITTABLE's ?. */
static struct stmt st_list = { .sql =
	"SELECT e.id, e.title, c.name, "
	" DATE_FORMAT(e.opens_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(e.closes_at, '%Y-%m-%d %H:%i:%s'), e.minutes, "
	" IF(" EXAM_RELEASED ", s.best, NULL), "
	" IF(" EXAM_RELEASED ", s.passed_at IS NOT NULL, NULL), "
	" IF(s.flagged_at IS NULL, NULL, 1), "
	EXAM_RULES_COLS "FROM exam e LEFT JOIN course c ON c.id = e.course_id"
	EXAM_RULES_FROM "WHERE" EXAM_SITTABLE
	" AND (e.closes_at > UTC_TIMESTAMP() OR t.exam_id IS NOT NULL) "
	"ORDER BY e.closes_at DESC LIMIT 201" };	/* EXAMS_MAX + 1 */
static struct stmt st_exam = { .sql =
	"SELECT e.id, e.title, e.course_id, c.name, "
	" DATE_FORMAT(e.opens_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(e.closes_at, '%Y-%m-%d %H:%i:%s'), e.minutes, "
	" e.makeup_days, e.onboarding, e.results, p.pass_tenths,"
	PAPER_TOTAL("p") ", e.instructions,"
	EXAM_RULES_COLS "FROM exam e JOIN paper p ON p.id = e.paper_id "
	"LEFT JOIN course c ON c.id = e.course_id" EXAM_RULES_FROM
	"WHERE e.id = ? AND" EXAM_SITTABLE };
enum { X_ID, X_TITLE, X_COURSE, X_COURSE_NAME, X_OPENS, X_CLOSES, X_MINUTES,
	X_MAKEUP_DAYS, X_ONBOARDING, X_RESULTS, X_PASS, X_TOTAL, X_TEXT,
	X_RULES };
/* The learner's tries at it; score and pass only once results are out. */
static struct stmt st_attempts = { .sql =
	"SELECT a.id, a.seq, a.makeup, a.state, a.submitted_by, "
	" DATE_FORMAT(a.started_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(a.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	" IF(a.state = 'graded' AND" EXAM_RELEASED ", a.score, NULL), "
	" IF(a.state = 'graded' AND" EXAM_RELEASED ", a.passed, NULL) "
	"FROM attempt a JOIN exam e ON e.id = a.exam_id "
	"WHERE a.exam_id = ? AND a.account_id = ? ORDER BY a.seq" };
static struct stmt st_in_progress = { .sql =
	"SELECT a.id, a.exam_id, e.title FROM attempt a "
	"JOIN exam e ON e.id = a.exam_id WHERE a.account_id = ? AND a.open = 1" };

/* <in-progress attempt exam>title</in-progress>: the learner's attempt
 * in progress, the way back to it from anywhere. */
static int
in_progress_add(struct ctx *c, xmlNodePtr parent)
{
	static const char *const attrs[] = { "attempt", "exam" };
	long long rc;

	if ((rc = db_exec(&st_in_progress, (struct db_param[1]){
	    DB_INT(c->user.id) }, 1)) != DB_OK ||
	    (rc = xml_rows(parent, "in-progress", &st_in_progress, 2, attrs,
	    2, 1)) < 0)
		return db_http_status((int)rc);
	return 200;
}

/* Which part of My exams an exam belongs in. */
static const char *
exam_bucket(const struct exam_rules *r)
{
	const char *why;

	if (exam_rules_decide(r, &why) != START_NONE)
		return "open";
	return r->upcoming ? "upcoming" : "finished";
}

int
exams_list(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "course-name", NULL,
	    NULL, "minutes", "best", "passed", "flagged" };
	struct db_param	  p[4] = { DB_INT(c->user.id), DB_INT(c->user.id),
	    DB_INT(c->user.id), DB_INT(c->user.id) };
	struct exam_rules r;
	xmlNodePtr	  l, n;
	unsigned int	  i;
	int		  rc, rows = 0;

	if ((rc = attempt_expire_mine(c)) != 0)
		return rc;
	if (page_begin(c, "exams") != 0)
		return 500;
	l = xml_add(c->root, "exams", NULL);
	if ((rc = in_progress_add(c, l)) != 200)
		return rc;
	if ((rc = db_exec(&st_list, p, 4)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1) {
		if (++rows > EXAMS_MAX) {
			xml_attr(l, "more", "1");
			continue;
		}
		n = xml_add(l, "exam", db_col(&st_list, 1));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_list, i));
		xml_attr_time(n, "opens", db_col(&st_list, 3));
		xml_attr_time(n, "closes", db_col(&st_list, 4));
		exam_rules_read(&st_list, 9, &r);
		exam_rules_attrs(n, &r);
		xml_attr(n, "bucket", exam_bucket(&r));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

static int
attempts_add(struct ctx *c, xmlNodePtr exam, long long id)
{
	static const char *const attrs[] = { "id", "seq", "makeup", "state",
	    "by", NULL, NULL, "score", "passed" };
	xmlNodePtr	n;
	unsigned int	i;
	int		rc;

	if ((rc = db_exec(&st_attempts, (struct db_param[2]){ DB_INT(id),
	    DB_INT(c->user.id) }, 2)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_attempts)) == 1) {
		n = xml_add(exam, "attempt", NULL);
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_attempts, i));
		xml_attr_time(n, "started", db_col(&st_attempts, 5));
		xml_attr_time(n, "submitted", db_col(&st_attempts, 6));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
exam_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "course",
	    "course-name", NULL, NULL, "minutes", "makeup-days", "onboarding",
	    "results", "pass", "total" };
	struct db_param	  p[5] = { DB_INT(c->user.id), DB_INT(c->user.id),
	    DB_INT(c->user.id), DB_INT(c->param[0]), DB_INT(c->user.id) };
	struct exam_rules r;
	xmlNodePtr	  n;
	unsigned int	  i;
	int		  rc;

	if ((rc = attempt_expire_mine(c)) != 0)
		return rc;
	if ((rc = db_exec(&st_exam, p, 5)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_exam)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	if (page_begin(c, "exam") != 0) {
		db_done(&st_exam);
		return 500;
	}
	n = xml_add(c->root, "exam", db_col(&st_exam, X_TITLE));
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(&st_exam, i));
	xml_attr_time(n, "opens", db_col(&st_exam, X_OPENS));
	xml_attr_time(n, "closes", db_col(&st_exam, X_CLOSES));
	if (db_col(&st_exam, X_TEXT) != NULL)
		xml_add(n, "instructions", db_col(&st_exam, X_TEXT));
	exam_rules_read(&st_exam, X_RULES, &r);
	exam_rules_attrs(n, &r);
	db_done(&st_exam);
	if ((rc = in_progress_add(c, n)) != 200)
		return rc;
	return attempts_add(c, n, c->param[0]);
}
