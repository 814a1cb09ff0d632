/* homework_view.c - one homework in the back office: its form, its counts, who has and has not handed in, and the results as CSV. */
#include <libxml/tree.h>

#include "csv_page.h"
#include "exam_office.h"
#include "homework.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE	100

static const char *const shows[] = { "missing", "submitted", "returned",
    "graded", "late", NULL };
static const char *const notes[] = { "created", "saved", "published",
    "graded", "returned", NULL };
const struct input homework_edit_inputs[] = {
	{ "show", IN_QUERY, IN_ENUM, 0, 0, 0, shows },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { E_SHOW, E_PAGE, E_DONE };

static struct stmt st_one = { .sql =
	HW_HEAD(", h.instructions") "AND h.id = ? GROUP BY h.id" };
/*
 * Everyone enrolled on the course (active or completed) with their
 * submission, if any: those waiting for a grade first, the oldest hand-in
 * first, then the returned, the graded, and who has not handed in. The
 * filter is a state, "missing" or "late"; times local, ? seconds from
 * UTC.
 */
#define LEARNERS \
	"SELECT a.id, a.name, a.login, d.name, s.id, " \
	" COALESCE(s.state, 'missing'), s.version, s.late, s.score, " \
	" DATE_FORMAT(s.submitted_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i'), " \
	" s.feedback, hw.max_score " \
	"FROM enrolment e JOIN account a ON a.id = e.account_id " \
	"JOIN dept d ON d.id = a.dept_id JOIN homework hw ON hw.id = ? " \
	"LEFT JOIN homework_submission s ON s.homework_id = hw.id " \
	" AND s.account_id = e.account_id " \
	"WHERE e.course_id = ? AND e.status IN ('active', 'completed') " \
	" AND (? IS NULL OR (? = 'late' AND s.late) " \
	"  OR COALESCE(s.state, 'missing') = ?) " \
	"ORDER BY FIELD(COALESCE(s.state, 'missing'), 'submitted', 'returned', " \
	" 'graded', 'missing'), s.submitted_at, a.id "
static struct stmt st_learners = { .sql =
	LEARNERS "LIMIT 101 OFFSET ?" };	/* PAGE_SIZE + 1 */
/* The CSV holds a whole course: the largest we plan for. */
static struct stmt st_csv = { .sql = LEARNERS "LIMIT 20000" };
enum { R_ID, R_NAME, R_LOGIN, R_DEPT, R_SUB, R_STATE, R_VERSION, R_LATE,
	R_SCORE, R_SUBMITTED, R_FEEDBACK, R_MAX };

/* <homework> in c's reach under parent (its instructions beside it), with
 * its course in *course; 200, 404 or a db status. */
static int
head_add(struct ctx *c, xmlNodePtr parent, long long *course,
    xmlNodePtr *out)
{
	struct db_param	p[4];
	int		rc;

	builder_params(c, p);
	p[3] = DB_INT(c->param[0]);
	if ((rc = db_exec(&st_one, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_one)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	*out = homework_head_add(parent, &st_one);
	*course = db_col_int(&st_one, 2);
	if (db_col(&st_one, HW_HEAD_NCOLS) != NULL)
		xml_add(parent, "instructions", db_col(&st_one, HW_HEAD_NCOLS));
	db_done(&st_one);
	return 200;
}

/* The parameters of LEARNERS for homework id of course, filtered by the
 * page's state when the page is asked for (not the CSV, not a refused
 * form's page). */
static void
learners_params(struct ctx *c, struct db_param p[6], long long course)
{
	p[0] = DB_INT(clock_utc_offset());
	p[1] = DB_INT(c->param[0]);
	p[2] = DB_INT(course);
	p[3] = p[4] = p[5] = c->route->inputs == homework_edit_inputs ?
	    in_param(&c->in[E_SHOW], 0) : DB_NULLP;
}

/* The homework's page, and the form of its changes (refused, it comes
 * back with what was typed and the list unfiltered). */
int
homework_edit(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "login", "dept",
	    "submission", "state", "version", "late", "score", "submitted" };
	int		 get = c->req->method == METHOD_GET;
	long long	 page = get && c->in[E_PAGE].s ? c->in[E_PAGE].i : 1;
	long long	 course, rows;
	struct db_param	 p[7];
	xmlNodePtr	 e, h, l;
	int		 rc;

	if (page_begin(c, "homework-edit") != 0)
		return 500;
	e = xml_add(c->root, "homework-edit", NULL);
	if ((rc = head_add(c, e, &course, &h)) != 200)
		return rc;
	if (get)
		xml_attr(e, "done", c->in[E_DONE].s);
	l = xml_add(e, "learners", NULL);
	if (get)
		xml_attr(l, "show", c->in[E_SHOW].s);
	learners_params(c, p, course);
	p[6] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rows = db_exec(&st_learners, p, 7)) != DB_OK ||
	    (rows = xml_rows(l, "learner", &st_learners, R_NAME, attrs,
	    sizeof(attrs) / sizeof(attrs[0]), PAGE_SIZE)) < 0)
		return db_http_status((int)rows);
	if (get)
		xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

/*
 * The results of every learner of the course as CSV for Excel, times
 * local. Scores are shown to builders whether published or not.
 */
int
homework_csv(struct ctx *c)
{
	static const char *const head[] = { "login", "name", "department",
	    "state", "submitted", "late", "versions", "score", "max_score",
	    "feedback" };
	static const unsigned int cols[] = { R_LOGIN, R_NAME, R_DEPT, R_STATE,
	    R_SUBMITTED, R_LATE, R_VERSION, R_SCORE, R_MAX, R_FEEDBACK };
	struct db_param	 p[6];
	xmlNodePtr	 h;
	long long	 course;
	int		 rc;

	if (page_begin(c, "homework-edit") != 0)
		return 500;
	if ((rc = head_add(c, c->root, &course, &h)) != 200)
		return rc;
	learners_params(c, p, course);
	if ((rc = db_exec(&st_csv, p, 6)) != DB_OK)
		return db_http_status(rc);
	return csv_page(c, &st_csv, head, cols, 10,
	    arena_printf(c->arena, "homework-%lld.csv", c->param[0]));
}
