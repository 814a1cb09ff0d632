/* survey_edit.c - surveys in the back office: the list, a new survey or a course's satisfaction survey, its settings, opening, closing and removal. */
#include <string.h>

#include "clock.h"
#include "pages.h"
#include "survey.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const kinds[] = { "survey", "vote", "satisfaction", NULL };
static const char *const yes[] = { "1", NULL };
static const char *const notes[] = { "created", "saved", "questions",
    "opened", "closed", NULL };
static const char *const moves[] = { "open", "close", NULL };

/* A survey's settings, in the order of the insert's and update's
 * parameters; a new survey also names its course. */
#define SURVEY_FIELDS \
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL }, \
	{ "intro", IN_BODY, IN_TEXT, 0, 1, 2000, NULL }, \
	{ "kind", IN_BODY, IN_ENUM, 1, 0, 0, kinds }, \
	{ "anonymous", IN_BODY, IN_ENUM, 0, 0, 0, yes }, \
	{ "show_results", IN_BODY, IN_ENUM, 0, 0, 0, yes }, \
	{ "opens", IN_BODY, IN_DATETIME, 0, 0, 0, NULL }, \
	{ "closes", IN_BODY, IN_DATETIME, 0, 0, 0, NULL }
enum { SF_TITLE, SF_INTRO, SF_KIND, SF_ANON, SF_SHOW, SF_OPENS, SF_CLOSES,
	SF_COURSE };
#define SETTINGS_N	7	/* parameters of SETTINGS_VALUES */

const struct input survey_new_inputs[] = {
	SURVEY_FIELDS,
	{ "course", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input survey_inputs[] = {
	SURVEY_FIELDS,
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input surveys_inputs[] = {
	{ "course", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input survey_edit_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input survey_state_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, moves },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input survey_satisfaction_inputs[] = {
	{ "course", IN_BODY, IN_INT, 1, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_list = { .sql =
	"SELECT" SURVEY_HEAD_COLS SURVEY_HEAD_FROM "WHERE" SURVEY_REACH
	" AND (? IS NULL OR s.course_id = ?) "
	"ORDER BY s.id DESC LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
/* The department c governs (their scope's top), if any. */
static struct stmt st_dept = { .sql =
	"SELECT id, name FROM dept WHERE path = ?" };
/* The form's local times go in as UTC (clock_local_utc). */
#define SETTINGS_VALUES	" ?, ?, ?, ?, ?, ?, ?"
static struct stmt st_insert = { .sql =
	"INSERT INTO survey (title, intro, kind, anonymous, show_results, "
	" opens_at, closes_at, dept_id, created_by) "
	"VALUES (" SETTINGS_VALUES ", ?, ?)" };
/* A course's survey, only of a course c builds. */
static struct stmt st_insert_course = { .sql =
	"INSERT INTO survey (title, intro, kind, anonymous, show_results, "
	" opens_at, closes_at, course_id, created_by) "
	"SELECT" SETTINGS_VALUES ", c.id, ? FROM course c "
	"WHERE c.id = ? AND c.deleted_at IS NULL AND" BUILDER_SQL };
static struct stmt st_update = { .sql =
	"UPDATE survey SET title = ?, intro = ?, kind = ?, anonymous = ?, "
	" show_results = ?, opens_at = ?, closes_at = ?"
	"WHERE id = ?" };
static struct stmt st_state = { .sql =
	"UPDATE survey SET state = ? WHERE id = ?" };
static struct stmt st_delete = { .sql =
	"UPDATE survey SET deleted_at = UTC_TIMESTAMP() WHERE id = ?" };
/* The satisfaction survey of a course: anonymous, so people say what
 * they think; its questions are the standard template's. */
static struct stmt st_satisfaction = { .sql =
	"INSERT INTO survey (title, kind, anonymous, course_id, created_by) "
	"SELECT CONCAT('《', c.name, '》满意度调查'), 'satisfaction', 1, c.id, ? "
	"FROM course c WHERE c.id = ? AND c.deleted_at IS NULL AND" BUILDER_SQL };
/* The published courses c builds, with how many satisfaction surveys
 * each has, for the pickers. */
static struct stmt st_courses = { .sql =
	"SELECT c.id, (SELECT COUNT(*) FROM survey s WHERE s.course_id = c.id "
	"  AND s.kind = 'satisfaction' AND s.deleted_at IS NULL), c.name "
	"FROM course c WHERE c.status = 'published' AND c.deleted_at IS NULL "
	"AND" BUILDER_SQL "ORDER BY c.name LIMIT 1000" };
static struct stmt st_template = { .sql =
	"INSERT INTO survey_question (survey_id, pos, kind, text, required) "
	"SELECT ?, pos, kind, text, required FROM survey_template "
	"WHERE template = 'satisfaction'" };

static int
is_admin(const struct ctx *c)
{
	return (c->user.roles & ROLE_BIT(ROLE_ADMIN)) != 0;
}

/* <courses> under parent: the published ones c builds. */
static int
courses_add(struct ctx *c, xmlNodePtr parent)
{
	static const char *const attrs[] = { "id", "satisfaction" };
	struct db_param	p[3];
	long long	rc;

	builder_params(c, p);
	if ((rc = db_exec(&st_courses, p, 3)) != DB_OK ||
	    (rc = xml_rows(xml_add(parent, "courses", NULL), "course",
	    &st_courses, 2, attrs, 2, 1000)) < 0)
		return db_http_status((int)rc);
	return 200;
}

int
surveys_list(struct ctx *c)
{
	long long	page = c->in[1].s ? c->in[1].i : 1, rows = 0;
	struct db_param	p[8];
	xmlNodePtr	l;
	int		rc;

	if (page_begin(c, "surveys") != 0)
		return 500;
	l = xml_add(c->root, "surveys", NULL);
	xml_attr(l, "course", c->in[0].s);
	survey_reach_params(c, p);
	p[5] = p[6] = in_param(&c->in[0], 1);
	p[7] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(&st_list, p, 8)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1)
		if (++rows <= PAGE_SIZE)
			survey_head_add(l, &st_list);
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	/* The courses one builds, to give one a satisfaction survey. */
	return cap_held(c, CAP_TEACH) ? courses_add(c, l) : 200;
}

/* Whose a new survey without a course is: the whole organisation's for
 * the admin, else the department c governs, in *dept (NULL for none). */
static int
own_dept(struct ctx *c, const char **dept, const char **name)
{
	struct db_param	p[1] = { DB_TEXT(c->user.scope) };
	int		rc;

	*dept = *name = NULL;
	if (is_admin(c))
		return 0;
	if ((rc = db_exec(&st_dept, p, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_dept)) != 1)
		return rc == 0 ? 0 : db_http_status(rc);
	*dept = arena_printf(c->arena, "%s", db_col(&st_dept, 0));
	*name = arena_printf(c->arena, "%s", db_col(&st_dept, 1));
	db_done(&st_dept);
	return 0;
}

int
survey_new(struct ctx *c)
{
	const char	*dept, *name;
	xmlNodePtr	 n;
	int		 rc;

	if (page_begin(c, "survey-edit") != 0)
		return 500;
	n = xml_add(c->root, "survey-edit", NULL);
	if ((rc = own_dept(c, &dept, &name)) != 0)
		return rc;
	/* Who a survey without a course reaches, for the form to say. */
	xml_attr(n, "owner", is_admin(c) ? "org" : dept ? "dept" : "course");
	xml_attr(n, "dept-name", name);
	return courses_add(c, n);
}

int
survey_edit(struct ctx *c)
{
	xmlNodePtr	n, s;
	size_t		k;
	int		rc;

	if (page_begin(c, "survey-edit") != 0)
		return 500;
	n = xml_add(c->root, "survey-edit", NULL);
	if ((rc = survey_reached_add(c, n, &s)) != 200)
		return rc;
	if (c->route->inputs == survey_edit_inputs)
		xml_attr(n, "done", c->in[0].s);
	return survey_questions_add(c, s, c->param[0], NULL, NULL, &k);
}

/* The settings' own rules: a satisfaction survey belongs to a course,
 * and a window closes after it opens. 0 or the form refused. */
static int
settings_check(struct ctx *c, int course)
{
	const char *opens = c->in[SF_OPENS].s, *closes = c->in[SF_CLOSES].s;

	if (!course && strcmp(c->in[SF_KIND].s, "satisfaction") == 0)
		return form_refuse(c, "kind", "survey_course_needed", 400);
	/* Both local and of one format: their text orders them. */
	if (opens != NULL && closes != NULL && strcmp(closes, opens) <= 0)
		return form_refuse(c, "closes", "survey_window", 400);
	return 0;
}

/* The settings as SETTINGS_VALUES' parameters, at p; how many. */
static unsigned int
settings_params(struct ctx *c, struct db_param *p)
{
	unsigned int	i;
	time_t		t;

	for (i = 0; i < SF_OPENS; i++)
		p[i] = in_param(&c->in[i], 0);
	p[SF_ANON] = DB_INT(c->in[SF_ANON].s != NULL);
	p[SF_SHOW] = DB_INT(c->in[SF_SHOW].s != NULL);
	p[i++] = DB_OPT_TEXT(clock_local_utc(c->arena, c->in[SF_OPENS].s, &t));
	p[i++] = DB_OPT_TEXT(clock_local_utc(c->arena, c->in[SF_CLOSES].s, &t));
	return i;
}

int
survey_create(struct ctx *c)
{
	struct db_param	 p[SETTINGS_N + 5];
	struct stmt	*st = &st_insert;
	const char	*dept = NULL, *name;
	unsigned int	 n;
	int		 rc, course = c->in[SF_COURSE].s != NULL;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	/* Without a course: one's department, or the organisation's. */
	if (!course && (rc = own_dept(c, &dept, &name)) == 0 &&
	    !is_admin(c) && dept == NULL)
		rc = form_refuse(c, "course", "survey_course_needed", 400);
	if (rc != 0 || (rc = settings_check(c, course)) != 0) {
		db_rollback();
		return rc;
	}
	n = settings_params(c, p);
	if (course) {
		/* Only into a course one builds. */
		st = &st_insert_course;
		p[n++] = DB_INT(c->user.id);
		p[n++] = DB_INT(c->in[SF_COURSE].i);
		builder_params(c, &p[n]);
		n += 3;
	} else {
		p[n++] = DB_OPT_TEXT(dept);
		p[n++] = DB_INT(c->user.id);
	}
	if ((rc = db_tx_exec(st, p, n)) != 0)
		return rc;
	if (db_affected(st) == 0)
		return form_refuse(c, "course", "unknown", 400);
	return survey_end(c, "survey.create", (long long)db_insert_id(st),
	    NULL, "created");
}

int
survey_save(struct ctx *c)
{
	struct survey_locked	 l;
	struct db_param		 p[SETTINGS_N + 1];
	unsigned int		 n;
	int			 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = survey_lock(c, &l)) != 0 ||
	    (rc = settings_check(c, l.course != 0)) != 0) {
		db_rollback();
		return rc;
	}
	/* Answers already given keep the anonymity they were given under. */
	if (l.responses > 0 && l.anonymous != (c->in[SF_ANON].s != NULL))
		return form_refuse(c, "anonymous", "survey_answered", 409);
	n = settings_params(c, p);
	p[n++] = DB_INT(c->param[0]);
	if ((rc = db_tx_exec(&st_update, p, n)) != 0)
		return rc;
	return survey_end(c, "survey.update", c->param[0], l.before, "saved");
}

int
survey_state(struct ctx *c)
{
	struct survey_locked	 l;
	int			 rc, open = strcmp(c->in[0].s, "open") == 0;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = survey_lock(c, &l)) != 0) {
		db_rollback();
		return rc;
	}
	if (open && l.questions == 0)
		return form_refuse(c, "action", "survey_empty", 409);
	if (open == (strcmp(l.state, "open") == 0))
		return form_refuse(c, "action", "survey_state", 409);
	if ((rc = db_exec(&st_state, (struct db_param[2]){
	    DB_TEXT(open ? "open" : "closed"), DB_INT(c->param[0]) }, 2)) !=
	    DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return survey_end(c, open ? "survey.open" : "survey.close",
	    c->param[0], l.before, open ? "opened" : "closed");
}

int
survey_delete(struct ctx *c)
{
	struct survey_locked	 l;
	int			 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = survey_lock(c, &l)) != 0 || (rc = db_exec(&st_delete,
	    (struct db_param[1]){ DB_INT(c->param[0]) }, 1)) != DB_OK) {
		db_rollback();
		return rc > 0 ? rc : db_http_status(rc);
	}
	if ((rc = survey_end(c, "survey.delete", c->param[0], l.before,
	    "saved")) == 303)
		c->location = arena_printf(c->arena, "%s/surveys",
		    surface_bases[c->surface]);
	return rc;
}

int
survey_satisfaction(struct ctx *c)
{
	struct db_param	p[5] = { DB_INT(c->user.id), DB_INT(c->in[0].i) };
	long long	id;
	int		rc;

	builder_params(c, &p[2]);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_exec(&st_satisfaction, p, 5)) != DB_OK)
		goto fail;
	if (db_affected(&st_satisfaction) == 0)
		return form_refuse(c, "course", "unknown", 400);
	id = (long long)db_insert_id(&st_satisfaction);
	if ((rc = db_exec(&st_template, (struct db_param[1]){ DB_INT(id) },
	    1)) != DB_OK)
		goto fail;
	return survey_end(c, "survey.create", id, NULL, "created");
fail:
	db_rollback();
	return db_http_status(rc);
}
