/* archive.c - the learner archive (学员档案) and the lecturer archive (讲师档案), as pages and as CSV. */
#include <limits.h>
#include <string.h>

#include "courses.h"
#include "csv_page.h"
#include "pages.h"
#include "people.h"
#include "xml.h"

const struct input teaching_inputs[] = {
	{ "login", IN_QUERY, IN_LOGIN, 0, 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

enum { A_COURSE, A_NAME, A_STATUS, A_SINCE, A_DONE, A_SECONDS, A_SCORE,
	A_CREDITS, A_NUMBER, A_CERT, A__N };
/* Every course of one person with its time, score, credits and
 * certificate; theirs, or within the caller's scope (the first ? says
 * it is their own). */
static struct stmt st_learner = { .sql =
	"SELECT c.id, c.name, e.status, DATE_FORMAT(e.created_at, '%Y-%m-%d'), "
	" DATE_FORMAT(e.completed_at, '%Y-%m-%d'), "
	" (SELECT COALESCE(SUM(s.ms), 0) DIV 1000 FROM study_time s "
	"  JOIN lesson l ON l.id = s.lesson_id JOIN chapter h ON h.id = l.chapter_id "
	"  WHERE s.account_id = e.account_id AND h.course_id = c.id), "
	" t.score, k.credits, t.number, t.id "
	"FROM enrolment e JOIN course c ON c.id = e.course_id "
	"JOIN account a ON a.id = e.account_id JOIN dept d ON d.id = a.dept_id "
	"LEFT JOIN credit_ledger k ON k.account_id = e.account_id "
	" AND k.course_id = c.id "
	"LEFT JOIN certificate t ON t.account_id = e.account_id "
	" AND t.course_id = c.id "
	"WHERE e.account_id = ? AND (? OR" SCOPE_SQL ") "
	"ORDER BY e.created_at DESC, e.id DESC LIMIT 1000" };

enum { T_COURSE, T_NAME, T_STATUS, T_HOURS, T_CREDITS, T_LEARNERS,
	T_COMPLETED, T_RATING, T_RATINGS, T_SECONDS, T__N };
/* The courses one lecturer teaches (owns or lectures), with their
 * learners, completions, ratings and the time learners spent in them. */
static struct stmt st_teaching = { .sql =
	"SELECT c.id, c.name, c.status, c.hours, c.credits, "
	" COUNT(e.id), COUNT(e.completed_at), "
	" IF(c.rating_n > 0, ROUND(c.rating_sum / c.rating_n, 1), NULL), "
	" c.rating_n, "
	" (SELECT COALESCE(SUM(s.ms), 0) DIV 1000 FROM study_time s "
	"  JOIN lesson l ON l.id = s.lesson_id JOIN chapter h ON h.id = l.chapter_id "
	"  WHERE h.course_id = c.id) "
	"FROM course c LEFT JOIN enrolment e ON e.course_id = c.id "
	" AND e.status IN ('active', 'completed') "
	"WHERE c.deleted_at IS NULL AND (c.owner_id = ? OR EXISTS (SELECT 1 "
	" FROM course_lecturer x WHERE x.course_id = c.id AND x.account_id = ?)) "
	"GROUP BY c.id ORDER BY c.id DESC LIMIT 1000" };
static struct stmt st_lecturer = { .sql =
	"SELECT a.id, a.name FROM account a JOIN account_role r "
	"ON r.account_id = a.id AND r.role = 'lecturer' WHERE a.login = ?" };

static const char *const learner_attrs[A__N] = { "id", NULL, "status",
    "since", "completed", "seconds", "score", "credits", "number", "cert" };
static const char *const teaching_attrs[T__N] = { "id", NULL, "status",
    "hours", "credits", "learners", "completed", "rating", "ratings",
    "seconds" };

/* Rows of st (n columns, column 1 the course name) as <course> under l;
 * 200 or a db status. */
static int
rows_out(struct stmt *st, const char *const *attrs, unsigned int n,
    xmlNodePtr l)
{
	long long rc = xml_rows(l, "course", st, 1, attrs, n, LLONG_MAX);

	return rc < 0 ? db_http_status((int)rc) : 200;
}

/* Person id's archive, as a page or (csv) a download; own is 1 for one's
 * own, else the caller's scope decides (404 outside it). */
static int
learner_archive(struct ctx *c, long long id, int own, int csv)
{
	static const char *const head[A__N] = { "course_id", "course",
	    "status", "enrolled", "completed", "study_seconds", "score",
	    "credits", "certificate", "certificate_id" };
	struct db_param	p[4] = { DB_INT(id), DB_INT(own) };
	xmlNodePtr	l;
	int		rc;

	if (page_begin(c, "archive") != 0)
		return 500;
	l = xml_add(c->root, "archive", NULL);
	if ((rc = person_add(c, l, id, own ? "profile" : "person")) != 200)
		return rc;
	scope_params(c, &p[2]);
	if ((rc = db_exec(&st_learner, p, 4)) != DB_OK)
		return db_http_status(rc);
	if (!csv)
		return rows_out(&st_learner, learner_attrs, A__N, l);
	return csv_page(c, &st_learner, head, NULL, A__N,
	    arena_printf(c->arena, "archive-%lld.csv", id));
}

int
archive_mine(struct ctx *c)
{
	return learner_archive(c, c->user.id, 1, 0);
}

int
archive_mine_csv(struct ctx *c)
{
	return learner_archive(c, c->user.id, 1, 1);
}

int
archive_person(struct ctx *c)
{
	return learner_archive(c, c->param[0], 0, 0);
}

int
archive_person_csv(struct ctx *c)
{
	return learner_archive(c, c->param[0], 0, 1);
}

/* Whose teaching: the lecturer named by login (the admin only), else the
 * caller; 0 with *id, or 404. */
static int
lecturer_of(struct ctx *c, long long *id, xmlNodePtr l)
{
	const char	*login = c->in[0].s;
	int		 rc;

	*id = c->user.id;
	if (login == NULL || !(c->user.roles & ROLE_BIT(ROLE_ADMIN))) {
		xml_attr(l, "name", c->user.name);
		return 0;
	}
	if ((rc = db_exec(&st_lecturer, (struct db_param[1]){ DB_TEXT(login) },
	    1)) != DB_OK || (rc = db_fetch(&st_lecturer)) != 1)
		return rc == 0 ? 404 : db_http_status(rc < 0 ? rc : DB_ERR);
	*id = db_col_int(&st_lecturer, 0);
	xml_attr(l, "name", db_col(&st_lecturer, 1));
	xml_attr(l, "login", login);
	db_done(&st_lecturer);
	return 0;
}

static int
teaching(struct ctx *c, int csv)
{
	static const char *const head[T__N] = { "course_id", "course",
	    "status", "hours", "credits", "learners", "completed", "rating",
	    "ratings", "study_seconds" };
	struct db_param	p[2];
	xmlNodePtr	l;
	long long	id;
	int		rc;

	if (page_begin(c, "teaching") != 0)
		return 500;
	l = xml_add(c->root, "teaching", NULL);
	if ((rc = lecturer_of(c, &id, l)) != 0)
		return rc;
	p[0] = p[1] = DB_INT(id);
	if ((rc = db_exec(&st_teaching, p, 2)) != DB_OK)
		return db_http_status(rc);
	if (!csv)
		return rows_out(&st_teaching, teaching_attrs, T__N, l);
	return csv_page(c, &st_teaching, head, NULL, T__N,
	    arena_printf(c->arena, "teaching-%lld.csv", id));
}

int
teaching_show(struct ctx *c)
{
	return teaching(c, 0);
}

int
teaching_csv(struct ctx *c)
{
	return teaching(c, 1);
}
