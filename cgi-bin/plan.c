/* plan.c - learning plans (学习计划) in the back office: ordered courses with a minimum elective credit, and the onboarding plan every new hire gets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assign.h"
#include "audit.h"
#include "pages.h"
#include "xml.h"

/* Assignments of a plan resolved per pass when its courses change. */
#define PLAN_BATCH	256

#define PAGE_SIZE	50
#define MAX_COURSES	30

static const char *const yes[] = { "1", NULL };
static const char *const notes[] = { "saved", "created", NULL };

/* The order is the form's: P_NAME .. P_DAYS. */
const struct input plan_inputs[] = {
	{ "name", IN_BODY, IN_TEXT, 1, 1, 100, NULL },
	{ "summary", IN_BODY, IN_TEXT, 0, 1, 1000, NULL },
	{ "min_elective", IN_BODY, IN_DECIMAL, 0, 0, 1000, NULL },
	{ "onboarding", IN_BODY, IN_ENUM, 0, 0, 0, yes },
	{ "training_days", IN_BODY, IN_INT, 0, 1, 365, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { P_NAME, P_SUMMARY, P_MIN, P_ONBOARD, P_DAYS };
const struct input plans_inputs[] = {
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* A plan may be changed by whoever governs the department it belongs to. */
#define PLAN_COLS \
	"SELECT pl.id, pl.name, pl.min_elective, pl.onboarding, pl.training_days, " \
	" d.name, pl.summary, d.path LIKE CONCAT(?, '%'), " \
	" (SELECT COUNT(*) FROM plan_course pc WHERE pc.plan_id = pl.id), " \
	" (SELECT COUNT(*) FROM assignment s WHERE s.plan_id = pl.id) " \
	"FROM plan pl JOIN dept d ON d.id = pl.dept_id WHERE pl.deleted_at IS NULL "
static struct stmt st_list = { .sql =
	PLAN_COLS "ORDER BY pl.onboarding DESC, pl.name LIMIT 51 OFFSET ?" };
/* Only a plan in reach opens in the editor. */
static struct stmt st_get = { .sql =
	PLAN_COLS "AND pl.id = ? AND d.path LIKE CONCAT(?, '%')" };
static struct stmt st_courses = { .sql =
	"SELECT c.id, c.name, pc.required, c.credits, c.status "
	"FROM plan_course pc JOIN course c ON c.id = pc.course_id "
	"WHERE pc.plan_id = ? ORDER BY pc.pos" };
/* The form's courses: how many are published, how many distinct, the
 * elective credits on offer; another onboarding plan; the name taken. */
static struct stmt st_check = { .sql =
	"SELECT (SELECT COUNT(*) FROM course WHERE FIND_IN_SET(id, ?) "
	"  AND status = 'published' AND deleted_at IS NULL), "
	" (SELECT COALESCE(SUM(credits), 0) FROM course WHERE FIND_IN_SET(id, ?) "
	"  AND NOT FIND_IN_SET(id, ?)), "
	" (SELECT COUNT(*) FROM plan WHERE onboarding AND deleted_at IS NULL "
	"  AND id <> ?), "
	" (SELECT COUNT(*) FROM plan WHERE name = ? AND id <> ?)" };
/* Locked: the plan in c's reach (its department in the governed subtree). */
static struct stmt st_reach = { .sql =
	"SELECT 1 FROM plan pl JOIN dept d ON d.id = pl.dept_id "
	"WHERE pl.id = ? AND pl.deleted_at IS NULL "
	"AND d.path LIKE CONCAT(?, '%') FOR UPDATE" };
static struct stmt st_insert = { .sql =
	"INSERT INTO plan (name, summary, min_elective, onboarding, "
	" training_days, dept_id, created_by) "
	"VALUES (?, ?, ?, ?, ?, COALESCE((SELECT id FROM dept WHERE path = ?), 1), ?)" };
static struct stmt st_update = { .sql =
	"UPDATE plan SET name = ?, summary = ?, min_elective = ?, onboarding = ?, "
	" training_days = ? WHERE id = ?" };
static struct stmt st_pc_del = { .sql =
	"DELETE FROM plan_course WHERE plan_id = ?" };
/* pos is the course's place in the form's list. */
static struct stmt st_pc_add = { .sql =
	"INSERT INTO plan_course (plan_id, course_id, pos, required) "
	"SELECT ?, id, FIND_IN_SET(id, ?), FIND_IN_SET(id, ?) > 0 FROM course "
	"WHERE FIND_IN_SET(id, ?)" };
/* Every assignment of the plan asks for its courses as they are now. */
static struct stmt st_ac_del = { .sql =
	"DELETE ac FROM assignment_course ac JOIN assignment s "
	" ON s.id = ac.assignment_id WHERE s.plan_id = ?" };
static struct stmt st_ac_add = { .sql =
	"INSERT INTO assignment_course (assignment_id, course_id, pos, required) "
	"SELECT s.id, pc.course_id, pc.pos, pc.required FROM assignment s "
	"JOIN plan_course pc ON pc.plan_id = s.plan_id WHERE s.plan_id = ?" };
/* The plan's assignments after id ?, a batch at a time. */
static struct stmt st_assignments = { .sql =
	"SELECT id FROM assignment WHERE plan_id = ? AND id > ? ORDER BY id "
	"LIMIT 256" };	/* PLAN_BATCH */
/* The onboarding plan's standing assignment: every new hire, due when
 * their training ends (training_days after they join). */
static struct stmt st_standing = { .sql =
	"SELECT s.id FROM assignment s JOIN assignment_target t "
	" ON t.assignment_id = s.id AND t.kind = 'new_hire' "
	"WHERE s.plan_id = ? AND s.ended_at IS NULL" };
static struct stmt st_standing_new = { .sql =
	"INSERT INTO assignment (plan_id, assigner_id, scope, required, due_days) "
	"VALUES (?, ?, '/', 1, ?)" };
static struct stmt st_standing_target = { .sql =
	"INSERT INTO assignment_target (assignment_id, kind, ref_id) "
	"VALUES (?, 'new_hire', 0)" };
static struct stmt st_standing_days = { .sql =
	"UPDATE assignment SET due_days = ? WHERE id = ?" };
static struct stmt st_standing_end = { .sql =
	"UPDATE assignment SET ended_at = UTC_TIMESTAMP() WHERE id = ?" };
static struct stmt st_in_use = { .sql =
	"SELECT COUNT(*) FROM assignment s WHERE s.plan_id = ? "
	"AND (s.ended_at IS NULL OR EXISTS (SELECT 1 FROM assignment_person ap "
	" WHERE ap.assignment_id = s.id))" };
static struct stmt st_delete = { .sql =
	"UPDATE plan SET deleted_at = UTC_TIMESTAMP(), onboarding = 0 WHERE id = ?" };
static struct stmt st_json = { .sql =
	"SELECT JSON_OBJECT('name', name, 'summary', summary, 'min_elective', "
	" min_elective, 'onboarding', onboarding, 'training_days', training_days, "
	" 'courses', (SELECT GROUP_CONCAT(CONCAT(course_id, IF(required, '', 'e')) "
	"  ORDER BY pos) FROM plan_course WHERE plan_id = plan.id)) "
	"FROM plan WHERE id = ?" };

static xmlNodePtr
plan_add(xmlNodePtr parent, struct stmt *st)
{
	static const char *const attrs[] = { "id", NULL, "min-elective",
	    "onboarding", "training-days", "dept", NULL, "editable", "courses",
	    "assignments" };
	xmlNodePtr	n = xml_add(parent, "plan", db_col(st, 1));
	unsigned int	i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	return n;
}

int
plans_list(struct ctx *c)
{
	long long	page = c->in[0].s ? c->in[0].i : 1, rows = 0;
	struct db_param	p[2] = { DB_TEXT(c->user.scope),
	    DB_INT((page - 1) * PAGE_SIZE) };
	xmlNodePtr	l;
	int		rc;

	if (page_begin(c, "plans") != 0)
		return 500;
	l = xml_add(c->root, "plans", NULL);
	if ((rc = db_exec(&st_list, p, 2)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1)
		if (++rows <= PAGE_SIZE)
			plan_add(l, &st_list);
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

/* The editor: the plan (none when new), its courses in order, the
 * published courses to choose from. */
static int
editor_begin(struct ctx *c, xmlNodePtr *ed)
{
	if (page_begin(c, "plan-edit") != 0)
		return 500;
	*ed = xml_add(c->root, "plan-edit", NULL);
	xml_attr(*ed, "admin", (c->user.roles & ROLE_BIT(ROLE_ADMIN)) ? "1" : "0");
	return assign_pickers_add(*ed);
}

int
plan_new(struct ctx *c)
{
	xmlNodePtr ed;

	return editor_begin(c, &ed);
}

int
plan_edit(struct ctx *c)
{
	struct db_param	p[3] = { DB_TEXT(c->user.scope), DB_INT(c->param[0]),
	    DB_TEXT(c->user.scope) };
	xmlNodePtr	ed, n, l;
	int		rc;

	if ((rc = editor_begin(c, &ed)) != 200)
		return rc;
	if ((rc = db_exec(&st_get, p, 3)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_get)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	n = plan_add(ed, &st_get);
	xml_add(n, "summary", db_col(&st_get, 6));
	db_done(&st_get);
	if (c->req->method == METHOD_GET && c->route->inputs == plans_inputs)
		xml_attr(n, "done", c->in[1].s);
	l = xml_add(n, "items", NULL);
	if ((rc = db_exec(&st_courses, &p[1], 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_courses)) == 1) {
		n = xml_add(l, "item", db_col(&st_courses, 1));
		xml_attr(n, "id", db_col(&st_courses, 0));
		xml_attr(n, "required", db_col(&st_courses, 2));
		xml_attr(n, "credits", db_col(&st_courses, 3));
		xml_attr(n, "status", db_col(&st_courses, 4));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

/* The form's course rows in order: each "course" with the "kind" beside
 * it (every row sends both; a row without a course is skipped). *all
 * gets "3,5,9", *req the required ones; 0, or -1 on a malformed or
 * repeated course. */
static int
rows_read(struct ctx *c, char **all, char **req, size_t *n)
{
	const struct field	*f;
	const char		*kind[MAX_COURSES];
	long long		 id[MAX_COURSES];
	size_t			 i, j, nc = 0, nk = 0, la = 0, lr = 0;

	for (i = 0; i < c->req->body.n; i++) {
		f = &c->req->body.v[i];
		if (strcmp(f->name, "kind") == 0) {
			if (nk == MAX_COURSES)
				return -1;
			kind[nk++] = f->val;
		} else if (strcmp(f->name, "course") == 0) {
			if (nc == MAX_COURSES)
				return -1;
			id[nc] = 0;
			if (f->len > 0 && valid_int(f->val, 1, ID_MAX,
			    &id[nc]) != VERR_OK)
				return -1;
			nc++;
		}
	}
	*all = arena_alloc(c->arena, nc * 12 + 1);
	*req = arena_alloc(c->arena, nc * 12 + 1);
	if (*all == NULL || *req == NULL || nc != nk)
		return -1;
	for (*n = 0, i = 0; i < nc; i++) {
		for (j = 0; j < i; j++)
			if (id[i] != 0 && id[j] == id[i])
				return -1;
		if (id[i] == 0)
			continue;
		la += (size_t)sprintf(*all + la, "%s%lld", la ? "," : "", id[i]);
		if (strcmp(kind[i], "elective") != 0)
			lr += (size_t)sprintf(*req + lr, "%s%lld", lr ? "," : "",
			    id[i]);
		(*n)++;
	}
	return 0;
}

/* Checks the form against the rules of a plan; 0 or the form again. */
static int
plan_check(struct ctx *c, long long id, const char *all, const char *req,
    size_t n)
{
	struct db_param	p[6] = { DB_TEXT(all), DB_TEXT(all), DB_TEXT(req),
	    DB_INT(id), DB_TEXT(c->in[P_NAME].s), DB_INT(id) };
	double		min = c->in[P_MIN].s ? atof(c->in[P_MIN].s) : 0, offered;
	long long	published, others, taken;
	int		rc;

	if (c->in[P_ONBOARD].s && !(c->user.roles & ROLE_BIT(ROLE_ADMIN)))
		return form_refuse(c, "onboarding", "onboarding_admin", 403);
	if (c->in[P_ONBOARD].s && c->in[P_DAYS].s == NULL)
		return form_refuse(c, "training_days", "required", 400);
	if (n == 0)
		return form_refuse(c, "courses", "required", 400);
	if ((rc = db_exec(&st_check, p, 6)) != DB_OK ||
	    (rc = db_fetch(&st_check)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	published = db_col_int(&st_check, 0);
	offered = atof(db_col(&st_check, 1));
	others = db_col_int(&st_check, 2);
	taken = db_col_int(&st_check, 3);
	db_done(&st_check);
	if (taken)
		return form_refuse(c, "name", "plan_name_taken", 409);
	if (published != (long long)n)
		return form_refuse(c, "courses", "not_published", 409);
	/* Something must be asked, and what is asked must be possible. */
	if ((*req == '\0' && min <= 0) || min > offered)
		return form_refuse(c, "min_elective", "plan_min_elective", 400);
	if (c->in[P_ONBOARD].s && others)
		return form_refuse(c, "onboarding", "onboarding_taken", 409);
	return 0;
}

/* The standing assignment of an onboarding plan follows its flag: made
 * when flagged (reaching those who join from now on), its days kept in
 * step, ended when the flag goes. DB_OK or the db error. */
static int
standing_sync(struct ctx *c, long long plan)
{
	struct db_param	p[3] = { DB_INT(plan) };
	const char	*sid = db_text(c->arena, &st_standing, p, 1);
	long long	id;
	int		rc;

	if (sid != NULL) {
		p[1] = DB_INT(atoll(sid));
		if (c->in[P_ONBOARD].s == NULL)
			return db_exec(&st_standing_end, &p[1], 1);
		p[0] = DB_INT(c->in[P_DAYS].i);
		return db_exec(&st_standing_days, p, 2);
	}
	if (c->in[P_ONBOARD].s == NULL)
		return DB_OK;
	p[1] = DB_INT(c->user.id);
	p[2] = DB_INT(c->in[P_DAYS].i);
	if ((rc = db_exec(&st_standing_new, p, 3)) != DB_OK)
		return rc;
	id = (long long)db_insert_id(&st_standing_new);
	return db_exec(&st_standing_target, (struct db_param[1]){ DB_INT(id) },
	    1);
}

/* The plan's courses as the form lists them, in every assignment of it
 * too (the onboarding plan's standing one first made or ended), with the
 * people enrolled on a course newly added. */
static int
courses_write(struct ctx *c, long long plan, const char *all, const char *req)
{
	struct db_param	 p[4] = { DB_INT(plan), DB_TEXT(all), DB_TEXT(req),
	    DB_TEXT(all) };
	long long	 ids[PLAN_BATCH], last = 0;
	int		 rc, n, i;

	if ((rc = db_exec(&st_pc_del, p, 1)) != DB_OK ||
	    (rc = db_exec(&st_pc_add, p, 4)) != DB_OK ||
	    (rc = standing_sync(c, plan)) != DB_OK ||
	    (rc = db_exec(&st_ac_del, p, 1)) != DB_OK ||
	    (rc = db_exec(&st_ac_add, p, 1)) != DB_OK)
		return rc;
	do {
		p[1] = DB_INT(last);
		if ((rc = db_exec(&st_assignments, p, 2)) != DB_OK)
			return rc;
		for (n = 0; (rc = db_fetch(&st_assignments)) == 1; n++)
			ids[n] = db_col_int(&st_assignments, 0);
		if (rc < 0)
			return rc;
		for (i = 0; i < n; i++)
			if ((rc = assign_resolve(ids[i], 0)) != DB_OK)
				return rc;
		if (n > 0)
			last = ids[n - 1];
	} while (n == PLAN_BATCH);
	return DB_OK;
}

static void
fields_params(struct ctx *c, struct db_param p[5])
{
	p[0] = DB_TEXT(c->in[P_NAME].s);
	p[1] = DB_OPT_TEXT(c->in[P_SUMMARY].s);
	p[2] = DB_TEXT(c->in[P_MIN].s ? c->in[P_MIN].s : "0");
	p[3] = DB_INT(c->in[P_ONBOARD].s != NULL);
	p[4] = c->in[P_DAYS].s ? DB_INT(c->in[P_DAYS].i) : DB_NULLP;
}

/* Ends a plan write: audit, commit, back to the editor; the status. */
static int
write_end(struct ctx *c, const char *action, long long id, const char *before,
    const char *done)
{
	const char	*after = db_text(c->arena, &st_json,
			    (struct db_param[1]){ DB_INT(id) }, 1);
	int		 rc;

	if (after == NULL || (rc = audit_append(c, action, "plan", id, before,
	    after)) != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(after == NULL ? DB_ERR : rc);
	}
	c->location = done == NULL ? arena_printf(c->arena, "%s/plans",
	    surface_bases[c->surface]) : arena_printf(c->arena,
	    "%s/plans/%lld?done=%s", surface_bases[c->surface], id, done);
	return 303;
}

int
plan_create(struct ctx *c)
{
	struct db_param	 p[7];
	char		*all, *req;
	size_t		 n;
	long long	 id;
	int		 rc;

	if (rows_read(c, &all, &req, &n) != 0)
		return form_refuse(c, "courses", "plan_courses", 400);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = plan_check(c, 0, all, req, n)) != 0) {
		db_rollback();
		return rc;
	}
	fields_params(c, p);
	p[5] = DB_TEXT(c->user.scope);
	p[6] = DB_INT(c->user.id);
	if ((rc = db_exec(&st_insert, p, 7)) != DB_OK ||
	    (id = (long long)db_insert_id(&st_insert)) == 0 ||
	    (rc = courses_write(c, id, all, req)) != DB_OK) {
		db_rollback();
		return db_http_status(rc < 0 ? rc : DB_ERR);
	}
	return write_end(c, "plan.create", id, NULL, "created");
}

/* 0 when plan id is in c's reach (and locks it), else 404. */
static int
plan_reach(struct ctx *c, long long id)
{
	struct db_param	p[2] = { DB_INT(id), DB_TEXT(c->user.scope) };

	return db_text(c->arena, &st_reach, p, 2) != NULL ? 0 : 404;
}

int
plan_save(struct ctx *c)
{
	struct db_param	 p[6];
	const char	*before;
	char		*all, *req;
	size_t		 n;
	long long	 id = c->param[0];
	int		 rc;

	if (rows_read(c, &all, &req, &n) != 0)
		return form_refuse(c, "courses", "plan_courses", 400);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = plan_reach(c, id)) != 0 ||
	    (rc = plan_check(c, id, all, req, n)) != 0) {
		db_rollback();
		return rc;
	}
	fields_params(c, p);
	p[5] = DB_INT(id);
	if ((before = db_text(c->arena, &st_json, &p[5], 1)) == NULL ||
	    (rc = db_exec(&st_update, p, 6)) != DB_OK ||
	    (rc = courses_write(c, id, all, req)) != DB_OK) {
		db_rollback();
		return db_http_status(before == NULL ? DB_ERR : rc);
	}
	return write_end(c, "plan.update", id, before, "saved");
}

/* A plan still given to someone stays; one never used goes to history. */
int
plan_delete(struct ctx *c)
{
	struct db_param	 p[1] = { DB_INT(c->param[0]) };
	const char	*before, *used;
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = plan_reach(c, c->param[0])) != 0) {
		db_rollback();
		return rc;
	}
	if ((used = db_text(c->arena, &st_in_use, p, 1)) == NULL ||
	    strcmp(used, "0") != 0) {
		db_rollback();
		return used == NULL ? 500 : form_refuse(c, "plan", "plan_in_use", 409);
	}
	if ((before = db_text(c->arena, &st_json, p, 1)) == NULL ||
	    (rc = db_exec(&st_delete, p, 1)) != DB_OK) {
		db_rollback();
		return db_http_status(before == NULL ? DB_ERR : rc);
	}
	return write_end(c, "plan.delete", c->param[0], before, NULL);
}
