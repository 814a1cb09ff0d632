/* assign_view.c - the assigner's pages: their assignments, and who stands where on one of them, on the page and as CSV. */
#include <string.h>
#include <time.h>

#include "assign.h"
#include "clock.h"
#include "csv_page.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const states[] = { "not_started", "in_progress",
    "on_time", "late", "overdue", NULL };
static const char *const notes[] = { "created", "ended", "removed", NULL };

const struct input assignments_inputs[] = {
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input assignment_inputs[] = {
	{ "state", IN_QUERY, IN_ENUM, 0, 0, 0, states },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* What an assignment is, to whom (names), and how many it reached. */
#define HEAD_COLS \
	"SELECT s.id, IF(s.plan_id IS NULL, 'course', 'plan'), " \
	" COALESCE(s.course_id, s.plan_id), COALESCE(c.name, pl.name), " \
	" s.required, DATE_FORMAT(s.due_at, '%Y-%m-%d %H:%i:%s'), s.due_days, " \
	" b.name, DATE_FORMAT(s.created_at, '%Y-%m-%d %H:%i:%s'), " \
	" (SELECT COUNT(*) FROM assignment_person ap WHERE ap.assignment_id = s.id), " \
	" (SELECT GROUP_CONCAT(COALESCE(d.name, po.name, g.name, a.name) " \
	"   ORDER BY t.kind, t.ref_id SEPARATOR '、') FROM assignment_target t " \
	"  LEFT JOIN dept d ON t.kind IN ('dept', 'subtree') AND d.id = t.ref_id " \
	"  LEFT JOIN post po ON t.kind = 'post' AND po.id = t.ref_id " \
	"  LEFT JOIN grp g ON t.kind = 'group' AND g.id = t.ref_id " \
	"  LEFT JOIN account a ON t.kind = 'person' AND a.id = t.ref_id " \
	"  WHERE t.assignment_id = s.id AND t.kind <> 'excluded'), " \
	" DATE_FORMAT(s.ended_at, '%Y-%m-%d %H:%i:%s'), pl.onboarding " \
	"FROM assignment s LEFT JOIN course c ON c.id = s.course_id " \
	"LEFT JOIN plan pl ON pl.id = s.plan_id " \
	"JOIN account b ON b.id = s.assigner_id WHERE" ASSIGN_READER_SQL
static struct stmt st_list = { .sql =
	HEAD_COLS "ORDER BY s.id DESC LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
static struct stmt st_one = { .sql = HEAD_COLS "AND s.id = ?" };
static struct stmt st_targets = { .sql =
	"SELECT t.kind, t.ref_id, COALESCE(d.name, po.name, g.name, a.name), "
	" a.login FROM assignment_target t "
	"LEFT JOIN dept d ON t.kind IN ('dept', 'subtree') AND d.id = t.ref_id "
	"LEFT JOIN post po ON t.kind = 'post' AND po.id = t.ref_id "
	"LEFT JOIN grp g ON t.kind = 'group' AND g.id = t.ref_id "
	"LEFT JOIN account a ON t.kind IN ('person', 'excluded') AND a.id = t.ref_id "
	"WHERE t.assignment_id = ? ORDER BY t.kind, t.ref_id" };
static struct stmt st_counts = { .sql =
	"SELECT y.state, COUNT(*) FROM (" AP_STATE("ap.assignment_id = ?")
	") y GROUP BY y.state" };
/* The states first, then their people: joined the other way round, the
 * optimizer may walk every account of the company and work out each
 * one's state, however few the assignment reached. */
#define ROWS(where) \
	"SELECT a.id, a.name, a.login, a.emp_no, d.name, y.state, y.req_done, " \
	" y.req_n, y.el_done, " \
	" DATE_FORMAT(y.due_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i:%s'), " \
	" DATE_FORMAT(y.done_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i:%s'), " \
	" DATE_FORMAT(y.exam_due_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i:%s') " \
	"FROM (" AP_STATE(where) ") y " \
	"STRAIGHT_JOIN account a ON a.id = y.account_id " \
	"JOIN dept d ON d.id = a.dept_id " \
	"WHERE (? IS NULL OR y.state = ?) ORDER BY d.path, a.id "
/* People in one state: every state is worked out to find them. */
static struct stmt st_rows = { .sql =
	ROWS("ap.assignment_id = ?") "LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
/* Everyone, a page: the page's people are picked first, in the list's
 * order, from the audience (not from every account, department by
 * department), and only their states worked out (an audience may be a
 * whole company). */
static struct stmt st_page = { .sql =
	ROWS("ap.assignment_id = ? AND ap.account_id IN (SELECT id FROM ("
	" SELECT pa.id FROM assignment_person pp STRAIGHT_JOIN account pa "
	" ON pa.id = pp.account_id JOIN dept pd ON pd.id = pa.dept_id "
	" WHERE pp.assignment_id = ? ORDER BY pd.path, pa.id "
	" LIMIT 51 OFFSET ?) t)") };	/* PAGE_SIZE + 1 */
/* The CSV holds a whole department: the largest audience we plan for. */
static struct stmt st_csv = { .sql =
	ROWS("ap.assignment_id = ?") "LIMIT 20000" };
enum { R_ID, R_NAME, R_LOGIN, R_EMP, R_DEPT, R_STATE, R_REQ_DONE, R_REQ_N,
	R_EL_DONE, R_DUE, R_DONE, R_EXAM, R__N };

static void
reader_params(const struct ctx *c, struct db_param p[3])
{
	p[0] = DB_INT(c->user.id);
	p[1] = p[2] = DB_TEXT(c->user.scope);
}

/* The parameters of ROWS: times shifted by offset seconds (0 keeps
 * them UTC), the assignment, a state or none. */
static void
rows_params(struct ctx *c, struct db_param p[6], long long offset)
{
	p[0] = p[1] = p[2] = DB_INT(offset);
	p[3] = DB_INT(c->param[0]);
	p[4] = p[5] = DB_OPT_TEXT(c->in[0].s);
}

/* One assignment's head from st (st_list or st_one) as <assignment>. */
static xmlNodePtr
head_add(xmlNodePtr parent, struct stmt *st)
{
	static const char *const attrs[] = { "id", "what", "ref", "name",
	    "required", NULL, "due-days", "by", NULL, "people", "audience",
	    NULL, "onboarding" };
	xmlNodePtr	n = xml_add(parent, "assignment", NULL);
	unsigned int	i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	xml_attr_time(n, "due", db_col(st, 5));
	xml_attr_time(n, "at", db_col(st, 8));
	xml_attr_time(n, "ended", db_col(st, 11));
	return n;
}

int
assignments_list(struct ctx *c)
{
	long long	page = c->in[0].s ? c->in[0].i : 1, rows = 0;
	struct db_param	p[4];
	xmlNodePtr	l;
	int		rc;

	if (page_begin(c, "assignments") != 0)
		return 500;
	l = xml_add(c->root, "assignments", NULL);
	reader_params(c, p);
	p[3] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(&st_list, p, 4)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1)
		if (++rows <= PAGE_SIZE)
			head_add(l, &st_list);
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

/* The assignment's head and audience, when c may read it; 200 or 404. */
static int
one_add(struct ctx *c, xmlNodePtr *out)
{
	struct db_param	p[4];
	xmlNodePtr	n, t;
	int		rc;

	reader_params(c, p);
	p[3] = DB_INT(c->param[0]);
	if ((rc = db_exec(&st_one, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_one)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	*out = head_add(c->root, &st_one);
	db_done(&st_one);
	if ((rc = db_exec(&st_targets, &p[3], 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_targets)) == 1) {
		n = xml_add(*out, "target", db_col(&st_targets, 2));
		xml_attr(n, "kind", db_col(&st_targets, 0));
		xml_attr(n, "ref", db_col(&st_targets, 1));
		xml_attr(n, "login", db_col(&st_targets, 3));
	}
	if (rc != 0)
		return db_http_status(rc);
	/* How many stand where, over everyone it reached. */
	if ((rc = db_exec(&st_counts, &p[3], 1)) != DB_OK)
		return db_http_status(rc);
	t = xml_add(*out, "counts", NULL);
	while ((rc = db_fetch(&st_counts)) == 1)
		xml_attr(t, db_col(&st_counts, 0), db_col(&st_counts, 1));
	return rc == 0 ? 200 : db_http_status(rc);
}

static void
person_row(xmlNodePtr parent, struct stmt *st)
{
	static const char *const attrs[] = { "id", NULL, "login", "emp-no",
	    "dept", "state", "req-done", "req", "elective-done" };
	xmlNodePtr	n = xml_add(parent, "person", db_col(st, R_NAME));
	unsigned int	i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	xml_attr_time(n, "due", db_col(st, R_DUE));
	xml_attr_time(n, "done", db_col(st, R_DONE));
	xml_attr_time(n, "exam-due", db_col(st, R_EXAM));
}

int
assignment_show(struct ctx *c)
{
	long long	page = c->in[1].s ? c->in[1].i : 1, rows = 0;
	struct db_param	p[8];
	struct stmt	*st = c->in[0].s != NULL ? &st_rows : &st_page;
	xmlNodePtr	n, l;
	int		rc;

	if (page_begin(c, "assignment") != 0)
		return 500;
	if ((rc = one_add(c, &n)) != 200)
		return rc;
	xml_attr(n, "done-note", c->in[2].s);
	l = xml_add(n, "people", NULL);
	xml_attr(l, "state", c->in[0].s);
	rows_params(c, p, 0);
	if (st == &st_rows)
		p[6] = DB_INT((page - 1) * PAGE_SIZE);
	else {
		/* The assignment again and the page's first row, inside
		 * AP_STATE's condition; then no state. */
		p[4] = p[3];
		p[5] = DB_INT((page - 1) * PAGE_SIZE);
		p[6] = p[7] = DB_NULLP;
	}
	if ((rc = db_exec(st, p, st == &st_rows ? 7 : 8)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(st)) == 1)
		if (++rows <= PAGE_SIZE)
			person_row(l, st);
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

/* Everyone it reached (or those in one state) as CSV Excel opens as
 * UTF-8: BOM, CRLF, each cell through csv_field, times local; the lines
 * are joined once at the end. */
int
assignment_csv(struct ctx *c)
{
	static const char *const head[] = { "name", "login", "emp_no",
	    "department", "state", "required_done", "required",
	    "elective_credits", "due", "completed", "exam_due" };
	static const unsigned int cols[] = { R_NAME, R_LOGIN, R_EMP, R_DEPT,
	    R_STATE, R_REQ_DONE, R_REQ_N, R_EL_DONE, R_DUE, R_DONE, R_EXAM };
	struct db_param	 p[6];
	xmlNodePtr	 one;
	int		 rc;

	if (page_begin(c, "assignment") != 0)
		return 500;
	if ((rc = one_add(c, &one)) != 200)	/* the reach, checked */
		return rc;
	rows_params(c, p, clock_utc_offset());
	if ((rc = db_exec(&st_csv, p, 6)) != DB_OK)
		return db_http_status(rc);
	return csv_page(c, &st_csv, head, cols, 11,
	    arena_printf(c->arena, "assignment-%lld.csv", c->param[0]));
}
