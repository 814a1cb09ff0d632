/* org.c - the department tree editor: create, rename, move, merge, disable (platform admin). */
#include <limits.h>
#include <string.h>

#include "audit.h"
#include "pages.h"
#include "people.h"
#include "xml.h"

static const char *const dept_actions[] = { "rename", "move", "merge",
    "disable", "enable", NULL };

const struct input dept_new_inputs[] = {
	{ "name", IN_BODY, IN_TEXT, 1, 1, 100, NULL },
	{ "parent", IN_BODY, IN_INT, 1, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input dept_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, dept_actions },
	{ "name", IN_BODY, IN_TEXT, 0, 1, 100, NULL },
	{ "target", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_tree = { .sql =
	"SELECT d.id, d.name, d.path, d.active, d.merged_into, COUNT(a.id) "
	"FROM dept d LEFT JOIN account a ON a.dept_id = d.id "
	" AND a.status = 'active' GROUP BY d.id ORDER BY d.path" };
/* The department and the target, locked, with whether the target lies
 * in the department's own subtree (a move there would make a loop). */
static struct stmt st_pair = { .sql =
	"SELECT d.path, d.parent_id, t.path, t.active, "
	" t.path LIKE CONCAT(d.path, '%'), "
	" JSON_OBJECT('name', d.name, 'parent', d.parent_id, 'active', d.active) "
	"FROM dept d LEFT JOIN dept t ON t.id = ? WHERE d.id = ? FOR UPDATE" };
static struct stmt st_insert = { .sql =
	"INSERT INTO dept (parent_id, name, path) "
	"SELECT id, ?, CONCAT(path, 'x') FROM dept WHERE id = ? AND active" };
static struct stmt st_fix_path = { .sql =
	"UPDATE dept d JOIN dept p ON p.id = d.parent_id "
	"SET d.path = CONCAT(p.path, d.id, '/') WHERE d.id = ?" };
static struct stmt st_rename = { .sql =
	"UPDATE dept SET name = ? WHERE id = ?" };
/* The subtree's paths get the new prefix in one statement. */
static struct stmt st_reroot = { .sql =
	"UPDATE dept SET path = CONCAT(?, SUBSTRING(path, LENGTH(?) + 1)) "
	"WHERE path LIKE CONCAT(?, '%')" };
static struct stmt st_reparent = { .sql =
	"UPDATE dept SET parent_id = ? WHERE id = ?" };
static struct stmt st_children_to = { .sql =
	"UPDATE dept SET parent_id = ? WHERE parent_id = ?" };
static struct stmt st_people_history = { .sql =
	"INSERT INTO placement_history (account_id, kind, from_id, to_id, by_id) "
	"SELECT id, 'dept', dept_id, ?, ? FROM account WHERE dept_id = ?" };
static struct stmt st_people_to = { .sql =
	"UPDATE account SET dept_id = ? WHERE dept_id = ?" };
static struct stmt st_groups_to = { .sql =
	"UPDATE grp SET dept_id = ? WHERE dept_id = ?" };
static struct stmt st_roles_to = { .sql =
	"UPDATE IGNORE account_role SET dept_id = ? WHERE dept_id = ?" };
/* The merged department keeps its own path; only what lay below moves. */
static struct stmt st_reroot_below = { .sql =
	"UPDATE dept SET path = CONCAT(?, SUBSTRING(path, LENGTH(?) + 1)) "
	"WHERE path LIKE CONCAT(?, '%') AND path <> ?" };
static struct stmt st_merged = { .sql =
	"UPDATE dept SET active = 0, merged_into = ? WHERE id = ?" };
static struct stmt st_busy = { .sql =
	"SELECT (SELECT COUNT(*) FROM account WHERE dept_id = ? "
	"  AND status = 'active') + "
	" (SELECT COUNT(*) FROM dept WHERE parent_id = ? AND active)" };
static struct stmt st_active = { .sql =
	"UPDATE dept SET active = ? WHERE id = ? AND id <> 1" };

int
org_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "path", "active",
	    "merged-into", "people" };
	xmlNodePtr	tree;
	long long	rc;

	if (page_begin(c, "org") != 0)
		return 500;
	tree = xml_add(c->root, "org-tree", NULL);
	if ((rc = db_exec(&st_tree, NULL, 0)) != DB_OK ||
	    (rc = xml_rows(tree, "dept", &st_tree, 1, attrs, 6, LLONG_MAX)) < 0)
		return db_http_status((int)rc);
	return 200;
}

/* Audits and commits the change; the cached organisation name goes once
 * it is in. */
static int
org_done(struct ctx *c, const char *action, long long id, const char *before,
    const char *after)
{
	int rc = audit_commit(c, action, "dept", id, before, after, "/org");

	if (rc == 303)
		org_invalidate();
	return rc;
}

int
dept_create(struct ctx *c)
{
	struct db_param	p[2] = { DB_TEXT(c->in[0].s), DB_INT(c->in[1].i) };
	long long	id;
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	/* A sibling with the name already is a duplicate key: say so. */
	if ((rc = db_exec(&st_insert, p, 2)) != DB_OK)
		return form_refuse(c, "name", "taken", 409);
	if (db_affected(&st_insert) != 1)
		return form_refuse(c, "parent", "unknown", 400);
	id = (long long)db_insert_id(&st_insert);
	p[0] = DB_INT(id);
	if ((rc = db_tx_exec(&st_fix_path, p, 1)) != 0)
		return rc;
	return org_done(c, "dept.create", id, NULL, c->in[0].s);
}

struct pair {
	char	path[400], tpath[400], before[600];
	int	has_parent, target_ok, inside;
};

/* Reads and locks department id and the form's target; 0 or a status. */
static int
pair_read(struct ctx *c, long long id, struct pair *pr)
{
	struct db_param	p[2] = { DB_INT(c->in[2].s ? c->in[2].i : 0), DB_INT(id) };
	int		rc;

	if ((rc = db_exec(&st_pair, p, 2)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_pair)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	snprintf(pr->path, sizeof(pr->path), "%s", db_col(&st_pair, 0));
	pr->has_parent = db_col(&st_pair, 1) != NULL;
	snprintf(pr->tpath, sizeof(pr->tpath), "%s",
	    db_col(&st_pair, 2) ? db_col(&st_pair, 2) : "");
	pr->target_ok = db_col(&st_pair, 2) && db_col_int(&st_pair, 3) == 1;
	pr->inside = (int)db_col_int(&st_pair, 4);
	snprintf(pr->before, sizeof(pr->before), "%s", db_col(&st_pair, 5));
	db_done(&st_pair);
	return 0;
}

/* Under a new parent: the subtree's paths move with it. */
static int
dept_move(struct ctx *c, long long id, const struct pair *pr)
{
	char		*np = arena_printf(c->arena, "%s%lld/", pr->tpath, id);
	struct db_param	 p[3] = { DB_TEXT(np), DB_TEXT(pr->path), DB_TEXT(pr->path) };
	int		 rc;

	if ((rc = db_exec(&st_reroot, p, 3)) != DB_OK)
		return rc;
	p[0] = DB_INT(c->in[2].i);
	p[1] = DB_INT(id);
	return db_exec(&st_reparent, p, 2);
}

/* Into the target: its people, children, groups and governed scopes go
 * there, with each person's move in their history; this one closes. */
static int
dept_merge(struct ctx *c, long long id, const struct pair *pr)
{
	long long	t = c->in[2].i;
	struct db_param	p[4] = { DB_INT(t), DB_INT(id) };
	int		rc;

	if ((rc = db_exec(&st_children_to, p, 2)) != DB_OK ||
	    (rc = db_exec(&st_groups_to, p, 2)) != DB_OK ||
	    (rc = db_exec(&st_roles_to, p, 2)) != DB_OK)
		return rc;
	p[0] = DB_TEXT(pr->tpath);
	p[1] = p[2] = p[3] = DB_TEXT(pr->path);
	if ((rc = db_exec(&st_reroot_below, p, 4)) != DB_OK)
		return rc;
	p[0] = DB_INT(t);
	p[1] = DB_INT(c->user.id);
	p[2] = DB_INT(id);
	if ((rc = db_exec(&st_people_history, p, 3)) != DB_OK)
		return rc;
	p[0] = DB_INT(t);
	p[1] = DB_INT(id);
	if ((rc = db_exec(&st_people_to, p, 2)) != DB_OK)
		return rc;
	p[0] = DB_INT(t);
	p[1] = DB_INT(id);
	return db_exec(&st_merged, p, 2);
}

int
dept_change(struct ctx *c)
{
	const char	*a = c->in[0].s;
	long long	 id = c->param[0];
	struct pair	 pr;
	struct db_param	 p[2];
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = pair_read(c, id, &pr)) != 0) {
		db_rollback();
		return rc;
	}
	if (strcmp(a, "rename") == 0) {
		if (c->in[1].s == NULL)
			return form_refuse(c, "name", "required", 400);
		p[0] = DB_TEXT(c->in[1].s);
		p[1] = DB_INT(id);
		if (db_exec(&st_rename, p, 2) != DB_OK)
			return form_refuse(c, "name", "taken", 409);
	} else if (strcmp(a, "move") == 0 || strcmp(a, "merge") == 0) {
		if (!pr.has_parent || !pr.target_ok)
			return form_refuse(c, "target", "unknown", 400);
		if (pr.inside)
			return form_refuse(c, "target", "cycle", 400);
		rc = a[1] == 'o' ? dept_move(c, id, &pr) : dept_merge(c, id, &pr);
		if (rc != DB_OK)
			return form_refuse(c, "name", "taken", 409);
	} else {
		p[0] = p[1] = DB_INT(id);
		if (a[0] == 'd' && ((rc = db_exec(&st_busy, p, 2)) != DB_OK ||
		    (rc = db_fetch(&st_busy)) != 1 ||
		    db_col_int(&st_busy, 0) != 0)) {
			db_done(&st_busy);
			return form_refuse(c, "action", "not_empty", 409);
		}
		p[0] = DB_INT(a[0] == 'e');
		if ((rc = db_tx_exec(&st_active, p, 2)) != 0)
			return rc;
	}
	return org_done(c, arena_printf(c->arena, "dept.%s", a), id, pr.before,
	    c->in[1].s ? c->in[1].s : c->in[2].s);
}
