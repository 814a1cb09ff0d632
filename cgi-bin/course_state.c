/* course_state.c - a course's lifecycle: review, publish, archive, and the recycle bin. */
#include <string.h>

#include "course_admin.h"
#include "lifecycle.h"
#include "pages.h"
#include "xml.h"

/* Every move a course can make, who may make it and whether it needs a
 * reason; anything else is refused. */
static const struct move moves[] = {
	{ "submit", "draft", "review", 0, 0 },
	{ "withdraw", "review", "draft", 0, 0 },
	{ "approve", "review", "published", 1, 0 },
	{ "return", "review", "draft", 1, 1 },
	{ "archive", "published", "archived", 1, 0 },
	{ "republish", "archived", "published", 1, 0 },
};
static const char *const actions[] = { "submit", "withdraw", "approve",
    "return", "archive", "republish", NULL };

const struct input state_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, actions },
	{ "reason", IN_BODY, IN_TEXT, 0, 1, 500, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_state = { .sql =
	"UPDATE course SET status = ?, published_at = IF(? = 'published' "
	" AND published_at IS NULL, UTC_TIMESTAMP(), published_at) WHERE id = ?" };
static struct stmt st_log = { .sql =
	"INSERT INTO course_review (course_id, by_id, from_state, to_state, reason) "
	"VALUES (?, ?, ?, ?, ?)" };
static struct stmt st_delete = { .sql =
	"UPDATE course SET deleted_at = UTC_TIMESTAMP(), deleted_by = ? "
	"WHERE id = ?" };
static struct stmt st_restore = { .sql =
	"UPDATE course SET deleted_at = NULL, deleted_by = NULL "
	"WHERE id = ? AND deleted_at IS NOT NULL" };

int
course_state(struct ctx *c)
{
	const struct move	*m;
	const char		*reason = c->in[1].s, *before, *field, *code;
	char			 status[16];
	long long		 id = c->param[0];
	int			 rc;

	if ((rc = course_write_begin(c, id, status)) != 0)
		return rc;
	m = move_find(moves, sizeof(moves) / sizeof(moves[0]), c->in[0].s,
	    status);
	if ((rc = move_check(c, m, status, reason, "bad_transition", &field,
	    &code)) != 0)
		return form_refuse(c, field, code, rc);
	if ((before = course_json(c, id)) == NULL ||
	    (rc = db_exec(&st_state, (struct db_param[3]){ DB_TEXT(m->to),
	    DB_TEXT(m->to), DB_INT(id) }, 3)) != DB_OK ||
	    (rc = db_exec(&st_log, (struct db_param[5]){ DB_INT(id),
	    DB_INT(c->user.id), DB_TEXT(m->from), DB_TEXT(m->to),
	    DB_OPT_TEXT(reason) }, 5)) != DB_OK) {
		db_rollback();
		return db_http_status(before == NULL ? DB_ERR : rc);
	}
	if ((rc = course_write_end(c, arena_printf(c->arena, "course.%s",
	    m->action), id, before)) != 0)
		return rc;
	return to_course(c, id, "state");
}

/* To the recycle bin: a lecturer's own drafts, anything for the admin.
 * Learners' records stay as they are; only the catalogue loses it. */
int
course_delete(struct ctx *c)
{
	const char	*before;
	char		 status[16];
	long long	 id = c->param[0];
	int		 rc;

	if ((rc = course_write_begin(c, id, status)) != 0)
		return rc;
	if (strcmp(status, "draft") != 0 && !cap_held(c, CAP_ADMIN))
		return form_refuse(c, "action", "reviewer_only", 403);
	if ((before = course_json(c, id)) == NULL ||
	    (rc = db_exec(&st_delete, (struct db_param[2]){ DB_INT(c->user.id),
	    DB_INT(id) }, 2)) != DB_OK) {
		db_rollback();
		return db_http_status(before == NULL ? DB_ERR : rc);
	}
	if ((rc = course_write_end(c, "course.delete", id, before)) != 0)
		return rc;
	c->location = arena_printf(c->arena, "%s/courses",
	    surface_bases[c->surface]);
	return 303;
}

int
course_restore(struct ctx *c)
{
	const char	*before;
	long long	 id = c->param[0];
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((before = course_json(c, id)) == NULL) {
		db_rollback();
		return 404;
	}
	if ((rc = db_exec(&st_restore, (struct db_param[1]){ DB_INT(id) }, 1)) !=
	    DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if (db_affected(&st_restore) == 0) {
		db_rollback();
		return 404;
	}
	if ((rc = course_write_end(c, "course.restore", id, before)) != 0)
		return rc;
	return to_course(c, id, "state");
}
