/* homework_grade.c - grading one submission in the back office: its hand-ins, a score and feedback, or a return for rework. */
#include <string.h>

#include "audit.h"
#include "homework.h"
#include "learning.h"
#include "pages.h"
#include "xml.h"

const struct input submission_grade_inputs[] = {
	{ "score", IN_BODY, IN_INT, 1, 0, 1000, NULL },
	{ "feedback", IN_BODY, IN_TEXT, 0, 1, 2000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
/* The reason goes into the learner's message after the homework's title
 * (200): together within the message's 500 characters. */
const struct input submission_return_inputs[] = {
	{ "reason", IN_BODY, IN_TEXT, 1, 1, 280, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* A submission s of homework h of course c, in the caller's reach. */
#define SUB_FROM \
	"FROM homework_submission s JOIN homework h ON h.id = s.homework_id " \
	"JOIN course c ON c.id = h.course_id WHERE s.id = ? AND" HW_BUILT
#define SUB_JSON \
	"JSON_OBJECT('homework', s.homework_id, 'account', s.account_id, " \
	" 'state', s.state, 'version', s.version, 'score', s.score, " \
	" 'feedback', s.feedback) "
static struct stmt st_sub = { .sql =
	"SELECT s.id, s.state, s.version, s.late, s.score, h.id, c.id, c.name, "
	" h.max_score, a.id, a.name, a.login, d.name, g.name, "
	" DATE_FORMAT(s.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(h.due_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(h.published_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(s.graded_at, '%Y-%m-%d %H:%i:%s'), h.title, s.feedback "
	"FROM homework_submission s JOIN homework h ON h.id = s.homework_id "
	"JOIN course c ON c.id = h.course_id JOIN account a ON a.id = s.account_id "
	"JOIN dept d ON d.id = a.dept_id LEFT JOIN account g ON g.id = s.graded_by "
	"WHERE s.id = ? AND" HW_BUILT };
enum { S_SUBMITTED = 14, S_DUE, S_PUBLISHED, S_GRADED, S_TITLE, S_FEEDBACK };
static struct stmt st_lock = { .sql =
	"SELECT " SUB_JSON ", s.state, h.max_score, s.account_id, h.course_id, "
	" h.title, h.id, h.published_at IS NOT NULL " SUB_FROM "FOR UPDATE" };
enum { K_JSON, K_STATE, K_MAX, K_ACCOUNT, K_COURSE, K_TITLE, K_HOMEWORK,
	K_PUBLISHED };
static struct stmt st_json = { .sql =
	"SELECT " SUB_JSON "FROM homework_submission s WHERE s.id = ?" };
static struct stmt st_grade = { .sql =
	"UPDATE homework_submission SET state = 'graded', score = ?, "
	" feedback = ?, graded_by = ?, graded_at = UTC_TIMESTAMP() WHERE id = ?" };
/* Returned: the grade goes, the hand-in keeps who returned it and why. */
static struct stmt st_return = { .sql =
	"UPDATE homework_submission SET state = 'returned', score = NULL, "
	" feedback = NULL, graded_by = NULL, graded_at = NULL WHERE id = ?" };
static struct stmt st_why = { .sql =
	"UPDATE submission_version v JOIN homework_submission s "
	" ON s.id = v.submission_id AND s.version = v.version "
	"SET v.returned_at = UTC_TIMESTAMP(), v.returned_by = ?, v.reason = ? "
	"WHERE s.id = ?" };

/* Runs st for submission c->param[0] in c's reach (SUB_FROM's four ?)
 * and fetches its row; 0, 404 or a db status. */
static int
sub_fetch(struct ctx *c, struct stmt *st)
{
	struct db_param	p[4] = { DB_INT(c->param[0]) };
	int		rc;

	builder_params(c, &p[1]);
	if ((rc = db_exec(st, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(st)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	return 0;
}

int
submission_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", "state", "version", "late",
	    "score", "homework", "course", "course-name", "max-score",
	    "account", "learner", "login", "dept", "graded-by" };
	struct stmt	*st = &st_sub;
	xmlNodePtr	 n;
	unsigned int	 i;
	int		 rc;

	if ((rc = sub_fetch(c, st)) != 0)
		return rc;
	if (page_begin(c, "submission") != 0) {
		db_done(st);
		return 500;
	}
	n = xml_add(c->root, "submission", NULL);
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		xml_attr(n, attrs[i], db_col(st, i));
	xml_attr_time(n, "submitted", db_col(st, S_SUBMITTED));
	xml_attr_time(n, "due", db_col(st, S_DUE));
	xml_attr_time(n, "published", db_col(st, S_PUBLISHED));
	xml_attr_time(n, "graded", db_col(st, S_GRADED));
	xml_add(n, "title", db_col(st, S_TITLE));
	if (db_col(st, S_FEEDBACK) != NULL)
		xml_add(n, "feedback", db_col(st, S_FEEDBACK));
	db_done(st);
	return homework_versions_add(n, c->param[0]);
}

/* What st_lock read of the submission in reach. */
struct sub {
	const char	*before, *title;
	char		 returned, published;
	long long	 max, account, course, homework;
};

/* Begins a change of submission c->param[0] in c's reach: locks it and
 * reads it into *s. One back with its learner for rework is refused on
 * field. 0, or the status after rolling back. */
static int
sub_begin(struct ctx *c, struct sub *s, const char *field)
{
	struct stmt	*st = &st_lock;
	const char	*json, *title;
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = sub_fetch(c, st)) != 0) {
		db_rollback();
		return rc;
	}
	json = db_col(st, K_JSON);
	title = db_col(st, K_TITLE);
	s->before = arena_strndup(c->arena, json, strlen(json));
	s->title = arena_strndup(c->arena, title, strlen(title));
	s->returned = db_col(st, K_STATE)[0] == 'r';
	s->max = db_col_int(st, K_MAX);
	s->account = db_col_int(st, K_ACCOUNT);
	s->course = db_col_int(st, K_COURSE);
	s->homework = db_col_int(st, K_HOMEWORK);
	s->published = db_col_int(st, K_PUBLISHED) != 0;
	db_done(st);
	if (s->before == NULL || s->title == NULL) {
		db_rollback();
		return 500;
	}
	return s->returned ? form_refuse(c, field, "hw_returned", 409) : 0;
}

/* Audits the change, commits, and goes back to the homework's learners. */
static int
sub_end(struct ctx *c, const char *action, const struct sub *s,
    const char *done)
{
	return audit_commit(c, action, "submission", c->param[0], s->before,
	    db_text(c->arena, &st_json, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1), arena_printf(c->arena,
	    "/homework/%lld?done=%s", s->homework, done));
}

/* A score out of the homework's maximum and feedback, for a hand-in
 * waiting for it; a grade may be changed. Once the results are published
 * the learner sees it at once, and is told as publishing tells the rest. */
int
submission_grade(struct ctx *c)
{
	struct sub	s;
	int		rc;

	/* The learner's rework comes first. */
	if ((rc = sub_begin(c, &s, "score")) != 0)
		return rc;
	if (c->in[0].i > s.max)
		return form_refuse(c, "score", "hw_score_max", 400);
	if ((rc = db_exec(&st_grade, (struct db_param[4]){ DB_INT(c->in[0].i),
	    DB_OPT_TEXT(c->in[1].s), DB_INT(c->user.id),
	    DB_INT(c->param[0]) }, 4)) != DB_OK || (s.published &&
	    (rc = inbox_send(s.account, HW_TOLD, s.course, s.title)) != DB_OK)) {
		db_rollback();
		return db_http_status(rc);
	}
	return sub_end(c, "homework.grade", &s, "graded");
}

/* Back to the learner for rework, with the reason in their inbox. */
int
submission_return(struct ctx *c)
{
	struct sub	 s;
	const char	*note;
	int		 rc;

	if ((rc = sub_begin(c, &s, "reason")) != 0)
		return rc;
	note = arena_printf(c->arena, "%s — %s", s.title, c->in[0].s);
	if (note == NULL ||
	    (rc = db_exec(&st_return, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1)) != DB_OK ||
	    (rc = db_exec(&st_why, (struct db_param[3]){ DB_INT(c->user.id),
	    DB_TEXT(c->in[0].s), DB_INT(c->param[0]) }, 3)) != DB_OK ||
	    (rc = inbox_send(s.account, "hw_returned", s.course, note)) != DB_OK) {
		db_rollback();
		return db_http_status(note == NULL ? DB_ERR : rc);
	}
	return sub_end(c, "homework.return", &s, "returned");
}
