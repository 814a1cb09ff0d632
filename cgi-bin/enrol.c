/* enrol.c - joining a course: the enrolment form, and the approval queue in the back office. */
#include <string.h>

#include "audit.h"
#include "courses.h"
#include "learning.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const decisions[] = { "approve", "reject", NULL };

const struct input enrol_inputs[] = {
	{ "contact", IN_BODY, IN_TEXT, 1, 1, 100, NULL },
	{ "goal", IN_BODY, IN_TEXT, 0, 1, 500, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input enrolments_inputs[] = {
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input enrol_decide_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, decisions },
	{ "reason", IN_BODY, IN_TEXT, 0, 1, 500, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* The course as the form shows it, the learner's profile to fill it in,
 * and any enrolment they have. */
static struct stmt st_form = { .sql =
	"SELECT c.id, c.name, c.enrol_mode, "
	" DATE_FORMAT(c.starts_at, '%Y-%m-%d %H:%i'), c.place, c.live_url, "
	" e.status, e.reason, COALESCE(e.contact, a.phone, a.email), e.goal, "
	" d.name, p.name "
	"FROM course c JOIN account a ON a.id = ? "
	"JOIN dept d ON d.id = a.dept_id LEFT JOIN post p ON p.id = a.post_id "
	"LEFT JOIN enrolment e ON e.course_id = c.id AND e.account_id = a.id "
	"WHERE c.id = ?" };
static struct stmt st_insert = { .sql =
	"INSERT IGNORE INTO enrolment (course_id, account_id, status, contact, "
	" goal, dept_id, post_id) "
	"SELECT c.id, a.id, IF(c.enrol_mode = 'open', 'active', 'pending'), "
	" ?, ?, a.dept_id, a.post_id FROM course c JOIN account a ON a.id = ? "
	"WHERE c.id = ? AND c.status = 'published' AND c.deleted_at IS NULL" };
/* A rejected request asked again goes back to the queue. */
static struct stmt st_again = { .sql =
	"UPDATE enrolment e JOIN course c ON c.id = e.course_id "
	"SET e.status = IF(c.enrol_mode = 'open', 'active', 'pending'), "
	" e.contact = ?, e.goal = ?, e.reason = NULL, e.decided_by = NULL, "
	" e.decided_at = NULL "
	"WHERE e.course_id = ? AND e.account_id = ? AND e.status = 'rejected' "
	"AND c.status = 'published' AND c.deleted_at IS NULL" };
static struct stmt st_status = { .sql =
	"SELECT status FROM enrolment WHERE course_id = ? AND account_id = ?" };
static struct stmt st_learners = { .sql =
	"UPDATE course SET learners = learners + 1 WHERE id = ?" };
static struct stmt st_inbox = { .sql =
	"INSERT INTO message (account_id, kind, course_id, note) "
	"VALUES (?, ?, ?, ?)" };
/* Requests waiting for c: on courses they build, or from people in the
 * part of the organisation they govern. */
#define IN_REACH \
	" e.status = 'pending' AND (" BUILDER_SQL \
	"  OR d.path LIKE CONCAT(?, '%')) "
static struct stmt st_queue = { .sql =
	"SELECT e.id, c.id, c.name, a.name, a.login, d.name, p.name, e.contact, "
	" e.goal, DATE_FORMAT(e.created_at, '%Y-%m-%d %H:%i:%s') "
	"FROM enrolment e JOIN course c ON c.id = e.course_id "
	"JOIN account a ON a.id = e.account_id JOIN dept d ON d.id = a.dept_id "
	"LEFT JOIN post p ON p.id = a.post_id "
	"WHERE" IN_REACH "ORDER BY e.id LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
static struct stmt st_pending = { .sql =
	"SELECT e.account_id, e.course_id FROM enrolment e "
	"JOIN course c ON c.id = e.course_id JOIN account a ON a.id = e.account_id "
	"JOIN dept d ON d.id = a.dept_id WHERE e.id = ? AND" IN_REACH
	"FOR UPDATE" };
static struct stmt st_decide = { .sql =
	"UPDATE enrolment SET status = ?, reason = ?, decided_by = ?, "
	" decided_at = UTC_TIMESTAMP() WHERE id = ?" };

int
inbox_send(long long account, const char *kind, long long course,
    const char *note)
{
	struct db_param p[4] = { DB_INT(account), DB_TEXT(kind),
	    course ? DB_INT(course) : DB_NULLP, DB_OPT_TEXT(note) };

	return db_exec(&st_inbox, p, 4);
}

int
enrol_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", "name", "mode", "starts",
	    "place", "live-url", "status", "reason", "contact", NULL, "dept",
	    "post" };
	struct db_param	p[2] = { DB_INT(c->user.id), DB_INT(c->param[0]) };
	xmlNodePtr	n;
	unsigned int	i;
	int		rc;

	if ((rc = course_visible(c, c->param[0])) != 0)
		return rc;
	if ((rc = db_exec(&st_form, p, 2)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_form)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	if (page_begin(c, "enrol") != 0) {
		db_done(&st_form);
		return 500;
	}
	n = xml_add(c->root, "enrol", NULL);
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(&st_form, i));
	xml_add(n, "goal", db_col(&st_form, 9));
	db_done(&st_form);
	return 200;
}

int
enrol_add(struct ctx *c, long long course, const char *contact,
    const char *goal, int *active)
{
	struct db_param	p[4] = { DB_OPT_TEXT(contact), DB_OPT_TEXT(goal),
	    DB_INT(c->user.id), DB_INT(course) };
	const char	*st;
	int		rc;

	if ((rc = db_exec(&st_insert, p, 4)) != DB_OK)
		return db_http_status(rc);
	if (db_affected(&st_insert) == 0) {
		p[2] = DB_INT(course);
		p[3] = DB_INT(c->user.id);
		if ((rc = db_exec(&st_again, p, 4)) != DB_OK)
			return db_http_status(rc);
		if (db_affected(&st_again) == 0)
			return (st = db_text(c->arena, &st_status, &p[2], 2)) !=
			    NULL ? 409 : 404;
	}
	st = db_text(c->arena, &st_status, (struct db_param[2]){
	    DB_INT(course), DB_INT(c->user.id) }, 2);
	if (st == NULL)
		return 500;
	*active = strcmp(st, "active") == 0;
	if (*active && (rc = db_exec(&st_learners,
	    (struct db_param[1]){ DB_INT(course) }, 1)) != DB_OK)
		return db_http_status(rc);
	return 0;
}

int
enrol_post(struct ctx *c)
{
	long long	id = c->param[0];
	int		rc, active;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = course_visible(c, id)) != 0 ||
	    (rc = enrol_add(c, id, c->in[0].s, c->in[1].s, &active)) != 0) {
		db_rollback();
		return rc == 409 ? form_refuse(c, "contact", "enrolled", 409) :
		    rc;
	}
	if ((rc = inbox_send(c->user.id, active ? "enrolled" : "enrol_pending",
	    id, NULL)) != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/courses/%lld/enrol",
	    surface_bases[c->surface], id);
	return 303;
}

/* The three BUILDER_SQL parameters and the governed scope, at p. */
static void
reach_params(const struct ctx *c, struct db_param p[4])
{
	builder_params(c, p);
	p[3] = DB_TEXT(c->user.scope);
}

int
enrolments_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", "course", "course-name",
	    "name", "login", "dept", "post", "contact", NULL, "at" };
	long long	page = c->in[0].s ? c->in[0].i : 1, rows;
	struct db_param	p[5];
	xmlNodePtr	l;

	if (page_begin(c, "enrolments") != 0)
		return 500;
	l = xml_add(c->root, "enrolments", NULL);
	reach_params(c, p);
	p[4] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rows = db_exec(&st_queue, p, 5)) != DB_OK ||
	    (rows = xml_rows(l, "request", &st_queue, 8, attrs,
	    sizeof(attrs) / sizeof(attrs[0]), PAGE_SIZE)) < 0)
		return db_http_status((int)rows);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

int
enrolment_decide(struct ctx *c)
{
	const char	*a = c->in[0].s, *reason = c->in[1].s;
	int		 approve = strcmp(a, "approve") == 0, rc;
	long long	 learner, course;
	struct db_param	 p[5] = { DB_INT(c->param[0]) };

	if (!approve && reason == NULL)
		return form_refuse(c, "reason", "required", 400);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	reach_params(c, &p[1]);
	if ((rc = db_exec(&st_pending, p, 5)) != DB_OK ||
	    (rc = db_fetch(&st_pending)) != 1) {
		db_rollback();
		/* Decided already, or never in reach: nothing to decide here. */
		return rc == 0 ? 404 : db_http_status(rc < 0 ? rc : DB_ERR);
	}
	learner = db_col_int(&st_pending, 0);
	course = db_col_int(&st_pending, 1);
	db_done(&st_pending);
	p[0] = DB_TEXT(approve ? "active" : "rejected");
	p[1] = approve ? DB_NULLP : DB_TEXT(reason);
	p[2] = DB_INT(c->user.id);
	p[3] = DB_INT(c->param[0]);
	if ((rc = db_exec(&st_decide, p, 4)) != DB_OK ||
	    (approve && (rc = db_exec(&st_learners,
	    (struct db_param[1]){ DB_INT(course) }, 1)) != DB_OK) ||
	    (rc = inbox_send(learner, approve ? "enrol_approved" :
	    "enrol_rejected", course, p[1].s)) != DB_OK ||
	    (rc = audit_append(c, approve ? "enrolment.approve" :
	    "enrolment.reject", "enrolment", c->param[0], "pending",
	    approve ? "active" : reason)) != DB_OK ||
	    (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/enrolments",
	    surface_bases[c->surface]);
	return 303;
}
