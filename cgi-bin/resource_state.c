/* resource_state.c - a resource's lifecycle: submit, review, publish, return, delete and restore. */
#include <string.h>

#include "lifecycle.h"
#include "pages.h"
#include "resources.h"
#include "xml.h"

/* Every move a resource can make, who may make it and whether it needs a
 * reason; anything else is refused (409). */
static const struct move moves[] = {
	{ "submit", "draft", "review", 0, 0 },
	{ "submit", "returned", "review", 0, 0 },
	{ "withdraw", "review", "draft", 0, 0 },
	{ "approve", "review", "published", 1, 0 },
	{ "return", "review", "returned", 1, 1 },
	/* The admin takes a published resource down, saying why. */
	{ "unpublish", "published", "returned", 1, 1 },
};
static const char *const actions[] = { "submit", "withdraw", "approve",
    "return", "unpublish", NULL };

const struct input resource_state_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, actions },
	{ "reason", IN_BODY, IN_TEXT, 0, 1, 500, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* The reason is kept only while it is returned; a reviewer's move says
 * who reviewed it. */
static struct stmt st_state = { .sql =
	"UPDATE resource SET status = ?, reason = IF(? = 'returned', ?, NULL), "
	" published_at = IF(? = 'published' AND published_at IS NULL, "
	"  UTC_TIMESTAMP(), published_at), "
	" reviewed_by = IF(?, ?, reviewed_by) WHERE id = ?" };
static struct stmt st_delete = { .sql =
	"UPDATE resource SET deleted_at = UTC_TIMESTAMP(), deleted_by = ? "
	"WHERE id = ? AND deleted_at IS NULL" };
static struct stmt st_restore = { .sql =
	"UPDATE resource SET deleted_at = NULL, deleted_by = NULL "
	"WHERE id = ? AND deleted_at IS NOT NULL" };

int
resource_state(struct ctx *c)
{
	const struct move	*m;
	const char		*reason = c->in[1].s, *before, *field, *code;
	struct res_lock		 l;
	long long		 id = c->param[0];
	int			 rc;

	if ((rc = resource_lock(c, id, &l, &before)) != 0)
		return rc;
	m = move_find(moves, sizeof(moves) / sizeof(moves[0]), c->in[0].s,
	    l.status);
	if (l.deleted)
		return form_refuse(c, "action", "resource_deleted", 409);
	if ((rc = move_check(c, m, l.status, reason, "resource_state", &field,
	    &code)) != 0)
		return form_refuse(c, field, code, rc);
	if ((rc = db_exec(&st_state, (struct db_param[7]){ DB_TEXT(m->to),
	    DB_TEXT(m->to), DB_OPT_TEXT(reason), DB_TEXT(m->to),
	    DB_INT(m->reviewer), DB_INT(c->user.id), DB_INT(id) }, 7)) !=
	    DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = resource_write_end(c, arena_printf(c->arena, "resource.%s",
	    m->action), id, before)) != 0)
		return rc;
	return to_resource(c, id, "state");
}

/* Into the bin (deleted) or out of it, audited; 0 or the answer (409
 * when it is there already). */
static int
bin_move(struct ctx *c, int into)
{
	const char	*before;
	struct res_lock	 l;
	long long	 id = c->param[0];
	int		 rc;

	if ((rc = resource_lock(c, id, &l, &before)) != 0)
		return rc;
	if (l.deleted == into)
		return form_refuse(c, "action", into ? "resource_deleted" :
		    "resource_live", 409);
	rc = into ? db_exec(&st_delete, (struct db_param[2]){
	    DB_INT(c->user.id), DB_INT(id) }, 2) :
	    db_exec(&st_restore, (struct db_param[1]){ DB_INT(id) }, 1);
	if (rc != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return resource_write_end(c, into ? "resource.delete" :
	    "resource.restore", id, before);
}

/* Soft: the row, its versions and files stay for the admin to restore;
 * the uploader or the admin, in any state. */
int
resource_delete(struct ctx *c)
{
	int rc;

	if ((rc = bin_move(c, 1)) != 0)
		return rc;
	c->location = arena_printf(c->arena, "%s/resources?status=deleted",
	    surface_bases[c->surface]);
	return 303;
}

/* The admin brings a deleted resource back as it was, status and all. */
int
resource_restore(struct ctx *c)
{
	int rc;

	if ((rc = bin_move(c, 0)) != 0)
		return rc;
	return to_resource(c, c->param[0], "restored");
}
