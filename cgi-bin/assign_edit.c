/* assign_edit.c - the back office's new assignment: a course or a plan, to people, departments, posts or groups within reach. */
#include <string.h>
#include <time.h>

#include "assign.h"
#include "audit.h"
#include "pages.h"
#include "people.h"
#include "xml.h"

#define MAX_TARGETS	64

static const char *const types[] = { "required", "elective", NULL };
static const char *const yes[] = { "1", NULL };

/* The order is the form's: A_COURSE .. A_SUBTREE. */
const struct input assign_inputs[] = {
	{ "course", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "plan", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "due", IN_BODY, IN_TEXT, 1, 10, 10, NULL },
	{ "type", IN_BODY, IN_ENUM, 1, 0, 0, types },
	{ "logins", IN_BODY, IN_TEXT, 0, 1, 2000, NULL },
	{ "subtree", IN_BODY, IN_ENUM, 0, 0, 0, yes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { A_COURSE, A_PLAN, A_DUE, A_TYPE, A_LOGINS, A_SUBTREE };
const struct input assign_new_inputs[] = {
	{ "course", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "plan", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* A mentor picks among their apprentices. */
static struct stmt st_apprentices = { .sql =
	"SELECT a.login, a.name FROM mentorship m "
	"JOIN account a ON a.id = m.apprentice_id "
	"WHERE m.mentor_id = ? AND a.status = 'active' ORDER BY a.login" };
/* What is assigned: 0 unknown, 1 published, 2 not (or a plan course not). */
static struct stmt st_what = { .sql =
	"SELECT CASE WHEN ? > 0 THEN (SELECT IF(status = 'published', 1, 2) "
	"  FROM course WHERE id = ? AND deleted_at IS NULL) "
	" ELSE (SELECT IF(COUNT(*) = 0, NULL, IF(COUNT(*) = SUM(c.status = "
	"  'published' AND c.deleted_at IS NULL), 1, 2)) FROM plan pl "
	"  JOIN plan_course pc ON pc.plan_id = pl.id "
	"  JOIN course c ON c.id = pc.course_id "
	"  WHERE pl.id = ? AND pl.deleted_at IS NULL) END" };
/* The audience within reach: departments and groups of the governed
 * subtree, posts for whoever governs one, people in scope (subtree or
 * apprentices); and how many of the named logins exist at all. */
static struct stmt st_reach = { .sql =
	"SELECT (SELECT COUNT(*) FROM dept d WHERE FIND_IN_SET(d.id, ?) "
	"  AND d.active AND d.path LIKE CONCAT(?, '%')), "
	" (SELECT COUNT(*) FROM post WHERE FIND_IN_SET(id, ?) AND active "
	"  AND ? <> '-'), "
	" (SELECT COUNT(*) FROM grp g JOIN dept d ON d.id = g.dept_id "
	"  WHERE FIND_IN_SET(g.id, ?) AND g.active AND d.path LIKE CONCAT(?, '%')), "
	" (SELECT COUNT(*) FROM account a JOIN dept d ON d.id = a.dept_id "
	"  WHERE FIND_IN_SET(a.login, ?) AND a.status = 'active' AND" SCOPE_SQL "), "
	" (SELECT COUNT(*) FROM account WHERE FIND_IN_SET(login, ?))" };
static struct stmt st_insert = { .sql =
	"INSERT INTO assignment (course_id, plan_id, assigner_id, scope, "
	" required, due_at) VALUES (?, ?, ?, ?, ?, ?)" };
static struct stmt st_targets = { .sql =
	"INSERT INTO assignment_target (assignment_id, kind, ref_id) "
	"SELECT ?, ?, id FROM dept WHERE FIND_IN_SET(id, ?) "
	"UNION ALL SELECT ?, 'post', id FROM post WHERE FIND_IN_SET(id, ?) "
	"UNION ALL SELECT ?, 'group', id FROM grp WHERE FIND_IN_SET(id, ?) "
	"UNION ALL SELECT ?, 'person', id FROM account WHERE FIND_IN_SET(login, ?)" };
static struct stmt st_courses = { .sql =
	"INSERT INTO assignment_course (assignment_id, course_id, pos, required) "
	"SELECT ?, id, 1, 1 FROM course WHERE id = ? "
	"UNION ALL SELECT ?, course_id, pos, required FROM plan_course "
	"WHERE plan_id = ?" };
static struct stmt st_json = { .sql =
	"SELECT JSON_OBJECT('course', s.course_id, 'plan', s.plan_id, "
	" 'required', s.required, 'due', s.due_at, 'scope', s.scope, "
	" 'targets', (SELECT GROUP_CONCAT(CONCAT(kind, ':', ref_id) "
	"  ORDER BY kind, ref_id) FROM assignment_target WHERE assignment_id = s.id), "
	" 'people', (SELECT COUNT(*) FROM assignment_person "
	"  WHERE assignment_id = s.id)) FROM assignment s WHERE s.id = ?" };

static int
apprentices_add(struct ctx *c, xmlNodePtr parent)
{
	xmlNodePtr	l = xml_add(parent, "apprentices", NULL), n;
	int		rc;

	if ((rc = db_exec(&st_apprentices, (struct db_param[1]){
	    DB_INT(c->user.id) }, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_apprentices)) == 1) {
		n = xml_add(l, "person", db_col(&st_apprentices, 1));
		xml_attr(n, "login", db_col(&st_apprentices, 0));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
assign_new(struct ctx *c)
{
	xmlNodePtr	n;
	int		rc;

	if (page_begin(c, "assign-new") != 0)
		return 500;
	n = xml_add(c->root, "assign-new", NULL);
	if (c->req->method == METHOD_GET) {
		xml_attr(n, "course", c->in[0].s);
		xml_attr(n, "plan", c->in[1].s);
	}
	xml_attr(n, "posts", strcmp(c->user.scope, "-") != 0 ? "1" : "0");
	if ((rc = assign_pickers_add(n)) != 200 ||
	    (rc = org_lists_add(c, c->root)) != 200)
		return rc;
	if (c->user.roles & ROLE_BIT(ROLE_MENTOR))
		return apprentices_add(c, n);
	return 200;
}

static const char *
utc_now(char buf[32])
{
	struct tm	tm;
	time_t		t = time(NULL);

	gmtime_r(&t, &tm);
	strftime(buf, 32, "%Y-%m-%d %H:%M:%S", &tm);
	return buf;
}

/* Logins as "a,b": blanks, commas and 、 separate them. Arena-owned. */
static char *
logins_list(struct ctx *c, const char *s)
{
	char	*out = arena_alloc(c->arena, s ? strlen(s) + 3 : 3), *o = out;
	size_t	 n;

	if (out == NULL)
		return NULL;
	*out = '\0';
	if (s == NULL)
		return out;
	*o++ = ',';	/* each login then stands as ",login," while we look */
	while (*s != '\0') {
		if (strncmp(s, "、", 3) == 0) {
			s += 3;
			continue;
		}
		if (strchr(" ,\t\r\n", *s) != NULL) {
			s++;
			continue;
		}
		for (n = 0; s[n] != '\0' && strchr(" ,\t\r\n", s[n]) == NULL &&
		    strncmp(s + n, "、", 3) != 0; n++)
			;
		memcpy(o, s, n);
		o[n] = ',';
		o[n + 1] = '\0';
		/* A login named twice counts once. */
		if (strstr(out, arena_printf(c->arena, ",%.*s,", (int)n, s)) == o - 1)
			o += n + 1;
		s += n;
	}
	if (o > out + 1)
		o--;	/* the trailing comma */
	*o = '\0';
	return out + 1;
}

/* Checks what is assigned, the deadline and the audience's reach; 0, or
 * the form again with the refusal (400, 403 out of reach, 409 not
 * published). *due gets the deadline in UTC. */
static int
assign_check(struct ctx *c, const char *const aud[4], const char **due)
{
	struct db_param	 p[10];
	const char	*what;
	char		 now[32];
	long long	 n[5];
	int		 rc, i;

	if ((c->in[A_COURSE].s == NULL) == (c->in[A_PLAN].s == NULL))
		return form_refuse(c, "course", "assign_what", 400);
	if (valid_date(c->in[A_DUE].s) != VERR_OK ||
	    (*due = assign_day_end(c->arena, c->in[A_DUE].s)) == NULL)
		return form_refuse(c, "due", "bad_format", 400);
	/* Both are UTC "YYYY-MM-DD HH:MM:SS": text order is time order. */
	if (strcmp(*due, utc_now(now)) < 0)
		return form_refuse(c, "due", "due_past", 400);
	if (!*aud[0] && !*aud[1] && !*aud[2] && !*aud[3])
		return form_refuse(c, "audience", "assign_audience", 400);
	p[0] = p[1] = DB_INT(c->in[A_COURSE].s ? c->in[A_COURSE].i : 0);
	p[2] = DB_INT(c->in[A_PLAN].s ? c->in[A_PLAN].i : 0);
	if ((what = db_text(c->arena, &st_what, p, 3)) == NULL)
		return form_refuse(c, "course", "unknown", 400);
	if (strcmp(what, "1") != 0)
		return form_refuse(c, "course", "not_published", 409);
	p[0] = DB_TEXT(aud[0]);
	p[1] = p[3] = p[5] = DB_TEXT(c->user.scope);
	p[2] = DB_TEXT(aud[1]);
	p[4] = DB_TEXT(aud[2]);
	p[6] = p[9] = DB_TEXT(aud[3]);
	scope_params(c, &p[7]);
	if ((rc = db_exec(&st_reach, p, 10)) != DB_OK ||
	    (rc = db_fetch(&st_reach)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	for (i = 0; i < 5; i++)
		n[i] = db_col_int(&st_reach, (unsigned int)i);
	db_done(&st_reach);
	if (n[4] != (long long)ids_count(aud[3]))
		return form_refuse(c, "logins", "unknown", 400);
	for (i = 0; i < 4; i++)
		if (n[i] != (long long)ids_count(aud[i]))
			return form_refuse(c, i == 3 ? "logins" : "audience",
			    "out_of_scope", 403);
	return 0;
}

/* Writes the assignment, its audience and courses, and reaches its
 * people; the new id in *id. DB_OK or the db error. */
static int
assign_write(struct ctx *c, const char *const aud[4], const char *due,
    long long *id)
{
	struct db_param	p[9];
	long long	course = c->in[A_COURSE].s ? c->in[A_COURSE].i : 0;
	long long	plan = c->in[A_PLAN].s ? c->in[A_PLAN].i : 0;
	int		rc;

	p[0] = course ? DB_INT(course) : DB_NULLP;
	p[1] = plan ? DB_INT(plan) : DB_NULLP;
	p[2] = DB_INT(c->user.id);
	p[3] = DB_TEXT(c->user.scope);
	p[4] = DB_INT(strcmp(c->in[A_TYPE].s, "required") == 0);
	p[5] = DB_TEXT(due);
	if ((rc = db_exec(&st_insert, p, 6)) != DB_OK)
		return rc;
	*id = (long long)db_insert_id(&st_insert);
	p[0] = p[3] = p[5] = p[7] = DB_INT(*id);
	p[1] = DB_TEXT(c->in[A_SUBTREE].s ? "subtree" : "dept");
	p[2] = DB_TEXT(aud[0]);
	p[4] = DB_TEXT(aud[1]);
	p[6] = DB_TEXT(aud[2]);
	p[8] = DB_TEXT(aud[3]);
	if ((rc = db_exec(&st_targets, p, 9)) != DB_OK)
		return rc;
	p[1] = DB_INT(course);
	p[2] = DB_INT(*id);
	p[3] = DB_INT(plan);
	if ((rc = db_exec(&st_courses, p, 4)) != DB_OK)
		return rc;
	return assign_resolve(*id, 0);
}

int
assign_create(struct ctx *c)
{
	const char	*aud[4], *due = NULL, *after;
	long long	 id;
	int		 rc;

	aud[0] = form_ids(c, "aud_dept", MAX_TARGETS);
	aud[1] = form_ids(c, "aud_post", MAX_TARGETS);
	aud[2] = form_ids(c, "aud_group", MAX_TARGETS);
	aud[3] = logins_list(c, c->in[A_LOGINS].s);
	if (aud[0] == NULL || aud[1] == NULL || aud[2] == NULL ||
	    aud[3] == NULL)
		return form_refuse(c, "audience", "unknown", 400);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = assign_check(c, aud, &due)) != 0) {
		db_rollback();
		return rc;
	}
	if ((rc = assign_write(c, aud, due, &id)) != DB_OK ||
	    (after = db_text(c->arena, &st_json, (struct db_param[1]){
	    DB_INT(id) }, 1)) == NULL ||
	    (rc = audit_append(c, "assignment.create", "assignment", id, NULL,
	    after)) != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc < 0 ? rc : DB_ERR);
	}
	c->location = arena_printf(c->arena, "%s/assignments/%lld?done=created",
	    surface_bases[c->surface], id);
	return 303;
}
