/* homework_admin.c - setting homework in the back office: the list with its counts, the form, changes, publishing results, removal. */
#include <time.h>

#include "audit.h"
#include "clock.h"
#include "homework.h"
#include "pages.h"
#include "rich.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const list_notes[] = { "deleted", NULL };
const struct input homework_list_inputs[] = {
	{ "course", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, list_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input homework_new_show_inputs[] = {
	{ "course", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
/* The form's fields, in the order of the insert's and update's
 * parameters; a new homework names its course too. */
#define HW_FIELDS \
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL }, \
	{ "instructions", IN_BODY, IN_TEXT, 0, 1, 20000, NULL }, \
	{ "due", IN_BODY, IN_DATETIME, 1, 0, 0, NULL }, \
	{ "late", IN_BODY, IN_INT, 0, 0, 1, NULL }, \
	{ "max_score", IN_BODY, IN_INT, 1, 1, 1000, NULL }
enum { F_TITLE, F_INSTRUCTIONS, F_DUE, F_LATE, F_MAX, F_COURSE };
const struct input homework_inputs[] = {
	HW_FIELDS,
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input homework_new_inputs[] = {
	HW_FIELDS,
	{ "course", IN_BODY, IN_INT, 1, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_list = { .sql =
	HW_HEAD("") "AND (? IS NULL OR h.course_id = ?) "
	"GROUP BY h.id ORDER BY h.due_at DESC, h.id DESC "
	"LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
/* Homework id in reach, locked, as JSON for the audit trail. */
static struct stmt st_lock = { .sql =
	"SELECT JSON_OBJECT('course', h.course_id, 'title', h.title, "
	" 'instructions', h.instructions, 'due', h.due_at, 'late_allowed', "
	" h.late_allowed, 'max_score', h.max_score, 'published', h.published_at, "
	" 'deleted', h.deleted_at) "
	"FROM homework h JOIN course c ON c.id = h.course_id "
	"WHERE h.id = ? AND" HW_BUILT "FOR UPDATE" };
static struct stmt st_insert = { .sql =
	"INSERT INTO homework (title, instructions, due_at, late_allowed, "
	" max_score, course_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)" };
static struct stmt st_update = { .sql =
	"UPDATE homework SET title = ?, instructions = ?, due_at = ?, "
	" late_allowed = ?, max_score = ? WHERE id = ?" };
static struct stmt st_top = { .sql =
	"SELECT COALESCE(MAX(score), 0) FROM homework_submission "
	"WHERE homework_id = ?" };
static struct stmt st_publish = { .sql =
	"UPDATE homework SET published_at = UTC_TIMESTAMP() "
	"WHERE id = ? AND published_at IS NULL" };
/* Publishing tells each learner graded so far. */
static struct stmt st_tell = { .sql =
	"INSERT INTO message (account_id, kind, course_id, note) "
	"SELECT s.account_id, '" HW_TOLD "', h.course_id, h.title "
	"FROM homework_submission s JOIN homework h ON h.id = s.homework_id "
	"WHERE s.homework_id = ? AND s.state = 'graded'" };
static struct stmt st_delete = { .sql =
	"UPDATE homework SET deleted_at = UTC_TIMESTAMP() WHERE id = ?" };

int
homework_list(struct ctx *c)
{
	long long	page = c->in[1].s ? c->in[1].i : 1, rows = 0;
	struct db_param	p[6];
	xmlNodePtr	l;
	int		rc;

	if (page_begin(c, "homework-admin") != 0)
		return 500;
	l = xml_add(c->root, "homeworks", NULL);
	xml_attr(l, "course", c->in[0].s);
	xml_attr(l, "done", c->in[2].s);
	builder_params(c, p);
	p[3] = p[4] = in_param(&c->in[0], 1);
	p[5] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(&st_list, p, 6)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1)
		if (++rows <= PAGE_SIZE)
			homework_head_add(l, &st_list);
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return built_courses_add(c, c->root);
}

int
homework_new(struct ctx *c)
{
	xmlNodePtr n;

	if (page_begin(c, "homework-edit") != 0)
		return 500;
	n = xml_add(c->root, "homework-edit", NULL);
	if (c->req->method == METHOD_GET)
		xml_attr(n, "course", c->in[0].s);
	return built_courses_add(c, c->root);
}

/* The form read and checked inside the transaction: the deadline in UTC
 * (in the future for new homework), the instructions cleaned to the safe
 * subset; p gets the five fields' parameters. 0 or the refusal. */
static int
form_read(struct ctx *c, int creating, struct db_param p[5])
{
	const char	*due, *rich = NULL;
	time_t		 t;

	if ((due = clock_local_utc(c->arena, c->in[F_DUE].s, &t)) == NULL)
		return form_refuse(c, "due", "bad_format", 400);
	if (creating && t <= time(NULL))
		return form_refuse(c, "due", "hw_due_past", 400);
	if (c->in[F_INSTRUCTIONS].s != NULL &&
	    (rich = rich_clean(c->arena, c->in[F_INSTRUCTIONS].s)) == NULL)
		return 500;
	p[F_TITLE] = DB_TEXT(c->in[F_TITLE].s);
	p[F_INSTRUCTIONS] = DB_OPT_TEXT(rich);
	p[F_DUE] = DB_TEXT(due);
	p[F_LATE] = DB_INT(c->in[F_LATE].s != NULL && c->in[F_LATE].i == 1);
	p[F_MAX] = DB_INT(c->in[F_MAX].i);
	return 0;
}

/* Homework id's JSON, read in c's reach (locking it); NULL when out of
 * reach or on error. */
static const char *
homework_json(struct ctx *c, long long id)
{
	struct db_param p[4] = { DB_INT(id) };

	builder_params(c, &p[1]);
	return db_text(c->arena, &st_lock, p, 4);
}

/* Audits the change of homework id, commits and goes to its page. */
static int
homework_end(struct ctx *c, const char *action, long long id,
    const char *before, const char *done)
{
	return audit_commit(c, action, "homework", id, before,
	    homework_json(c, id), arena_printf(c->arena,
	    "/homework/%lld?done=%s", id, done));
}

int
homework_create(struct ctx *c)
{
	struct db_param	p[7];
	long long	id;
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = built_course_check(c, c->in[F_COURSE].i, "course")) != 0 ||
	    (rc = form_read(c, 1, p)) != 0) {
		db_rollback();
		return rc;
	}
	p[5] = DB_INT(c->in[F_COURSE].i);
	p[6] = DB_INT(c->user.id);
	if ((rc = db_tx_exec(&st_insert, p, 7)) != 0)
		return rc;
	id = (long long)db_insert_id(&st_insert);
	return homework_end(c, "homework.create", id, NULL, "created");
}

/* Locks homework id in c's reach: 0 with its JSON in *before, or 404. */
static int
homework_lock(struct ctx *c, long long id, const char **before)
{
	return (*before = homework_json(c, id)) != NULL ? 0 : 404;
}

/* A score already given may not end above the new maximum. */
static int
max_check(struct ctx *c, long long id)
{
	struct db_param	p[1] = { DB_INT(id) };
	long long	top;
	int		rc;

	if ((rc = db_exec(&st_top, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_top)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	top = db_col_int(&st_top, 0);
	db_done(&st_top);
	return top > c->in[F_MAX].i ?
	    form_refuse(c, "max_score", "hw_max_below", 400) : 0;
}

int
homework_save(struct ctx *c)
{
	struct db_param	 p[6];
	const char	*before;
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = homework_lock(c, c->param[0], &before)) != 0 ||
	    (rc = form_read(c, 0, p)) != 0 ||
	    (rc = max_check(c, c->param[0])) != 0) {
		db_rollback();
		return rc;
	}
	p[5] = DB_INT(c->param[0]);
	if ((rc = db_tx_exec(&st_update, p, 6)) != 0)
		return rc;
	return homework_end(c, "homework.update", c->param[0], before, "saved");
}

/* Begins a change of homework id in c's reach: locks it, its JSON in
 * *before, and runs st on it. 0, or the status after rolling back. */
static int
homework_apply(struct ctx *c, struct stmt *st, const char **before)
{
	struct db_param	p[1] = { DB_INT(c->param[0]) };
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = homework_lock(c, c->param[0], before)) != 0 ||
	    (rc = db_exec(st, p, 1)) != DB_OK) {
		db_rollback();
		return rc > 0 ? rc : db_http_status(rc);
	}
	return 0;
}

/*
 * Results published: learners see their scores and feedback from now on,
 * and those graded so far are told. Publishing twice changes nothing.
 */
int
homework_publish(struct ctx *c)
{
	const char	*before;
	int		 rc;

	if ((rc = homework_apply(c, &st_publish, &before)) != 0)
		return rc;
	if (db_affected(&st_publish) > 0 && (rc = db_exec(&st_tell,
	    (struct db_param[1]){ DB_INT(c->param[0]) }, 1)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return homework_end(c, "homework.publish", c->param[0], before,
	    "published");
}

/* Removed from learners' lists and pages; the rows stay. */
int
homework_delete(struct ctx *c)
{
	const char	*before;
	int		 rc;

	if ((rc = homework_apply(c, &st_delete, &before)) != 0)
		return rc;
	return audit_commit(c, "homework.delete", "homework", c->param[0], before,
	    NULL, "/homework?done=deleted");
}
