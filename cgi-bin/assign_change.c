/* assign_change.c - ending an assignment and taking a person off it, by those who may read it. */
#include <string.h>

#include "assign.h"
#include "audit.h"
#include "pages.h"
#include "xml.h"

/* The assignment, locked, when c may read it: whether it has ended. */
static struct stmt st_lock = { .sql =
	"SELECT s.ended_at IS NOT NULL FROM assignment s "
	"WHERE s.id = ? AND" ASSIGN_READER_SQL "FOR UPDATE" };
static struct stmt st_end = { .sql =
	"UPDATE assignment SET ended_at = UTC_TIMESTAMP() WHERE id = ?" };
static struct stmt st_person = { .sql =
	"SELECT JSON_OBJECT('account', account_id, 'due', due_at, "
	" 'exam_due', exam_due_at) FROM assignment_person "
	"WHERE assignment_id = ? AND account_id = ?" };
/* Their enrolments stay, as do the records of what they learnt: only
 * the deadline goes, and the audience no longer reaches them. */
static struct stmt st_remove = { .sql =
	"DELETE FROM assignment_person WHERE assignment_id = ? AND account_id = ?" };
static struct stmt st_exclude = { .sql =
	"INSERT IGNORE INTO assignment_target (assignment_id, kind, ref_id) "
	"VALUES (?, 'excluded', ?)" };

/* Locks assignment c->param[0] for a change; 0 with *ended set, or the
 * status to answer (404 out of reach), the transaction rolled back. */
static int
assignment_lock(struct ctx *c, int *ended)
{
	struct db_param	p[4] = { DB_INT(c->param[0]), DB_INT(c->user.id),
	    DB_TEXT(c->user.scope), DB_TEXT(c->user.scope) };
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_exec(&st_lock, p, 4)) != DB_OK ||
	    (rc = db_fetch(&st_lock)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : db_http_status(rc);
	}
	*ended = (int)db_col_int(&st_lock, 0);
	db_done(&st_lock);
	return 0;
}

/* Commits and sends the assigner back to the assignment with a note. */
static int
changed(struct ctx *c, const char *note)
{
	int rc;

	if ((rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/assignments/%lld?done=%s",
	    surface_bases[c->surface], c->param[0], note);
	return 303;
}

/* Ends it: people it reached keep their deadlines, no one joins later. */
int
assignment_end(struct ctx *c)
{
	int	ended, rc;

	if ((rc = assignment_lock(c, &ended)) != 0)
		return rc;
	if (ended)
		return form_refuse(c, "assignment", "assignment_ended", 409);
	if ((rc = db_exec(&st_end, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1)) != DB_OK ||
	    (rc = audit_append(c, "assignment.end", "assignment", c->param[0],
	    NULL, NULL)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return changed(c, "ended");
}

/* Takes person c->param[1] off it for good. */
int
assignment_remove(struct ctx *c)
{
	struct db_param	p[2] = { DB_INT(c->param[0]), DB_INT(c->param[1]) };
	const char	*before;
	int		 ended, rc;

	if ((rc = assignment_lock(c, &ended)) != 0)
		return rc;
	if ((before = db_text(c->arena, &st_person, p, 2)) == NULL) {
		db_rollback();
		return 404;
	}
	if ((rc = db_tx_exec(&st_remove, p, 2)) != DB_OK ||
	    (rc = db_exec(&st_exclude, p, 2)) != DB_OK ||
	    (rc = audit_append(c, "assignment.remove", "assignment",
	    c->param[0], before, NULL)) != 0)
		return rc;
	return changed(c, "removed");
}
