/* categories.c - the course category tree in the back office: create, rename, move, delete. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "courses.h"
#include "db.h"
#include "pages.h"
#include "xml.h"


static const char *const category_actions[] = { "rename", "move", "delete",
    NULL };

const struct input category_new_inputs[] = {
	{ "name", IN_BODY, IN_TEXT, 1, 1, 100, NULL },
	{ "parent", IN_BODY, IN_INT, 0, 0, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input category_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, category_actions },
	{ "name", IN_BODY, IN_TEXT, 0, 1, 100, NULL },
	{ "parent", IN_BODY, IN_INT, 0, 0, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { N_NAME, N_PARENT };
enum { K_ACTION, K_NAME, K_PARENT };

static struct stmt st_tree = { .sql =
	"SELECT k.id, k.name, k.path, k.parent_id, COUNT(c.id) "
	"FROM category k LEFT JOIN course c ON c.category_id = k.id "
	" AND c.deleted_at IS NULL GROUP BY k.id ORDER BY k.path, k.pos" };
/* Whether a sibling (parent ? or the top when NULL) has the name. */
static struct stmt st_taken = { .sql =
	"SELECT COUNT(*) FROM category WHERE parent_id <=> ? AND name = ? "
	"AND id <> ?" };
static struct stmt st_insert = { .sql =
	"INSERT INTO category (parent_id, name, path, pos) "
	"SELECT ?, ?, '/', COALESCE(MAX(pos), 0) + 1 FROM category "
	"WHERE parent_id <=> ?" };
static struct stmt st_fix_path = { .sql =
	"UPDATE category k LEFT JOIN category p ON p.id = k.parent_id "
	"SET k.path = CONCAT(COALESCE(p.path, '/'), k.id, '/') WHERE k.id = ?" };
/* The category, locked, and the new parent: its path and whether it lies
 * in the category's own subtree (a move there would make a loop). */
static struct stmt st_pair = { .sql =
	"SELECT k.path, k.parent_id, k.name, "
	" JSON_OBJECT('name', k.name, 'parent', k.parent_id), "
	" t.path, t.path LIKE CONCAT(k.path, '%') "
	"FROM category k LEFT JOIN category t ON t.id = ? WHERE k.id = ? "
	"FOR UPDATE" };
static struct stmt st_rename = { .sql =
	"UPDATE category SET name = ? WHERE id = ?" };
static struct stmt st_reroot = { .sql =
	"UPDATE category SET path = CONCAT(?, SUBSTRING(path, LENGTH(?) + 1)) "
	"WHERE path LIKE CONCAT(?, '%')" };
static struct stmt st_reparent = { .sql =
	"UPDATE category SET parent_id = ? WHERE id = ?" };
/* Courses and resources in the bin keep their category too: they may
 * come back. */
static struct stmt st_busy = { .sql =
	"SELECT (SELECT COUNT(*) FROM category WHERE parent_id = ?) + "
	" (SELECT COUNT(*) FROM course WHERE category_id = ?) + "
	" (SELECT COUNT(*) FROM resource WHERE category_id = ?)" };
static struct stmt st_delete = { .sql =
	"DELETE FROM category WHERE id = ?" };

int
categories_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "path", "parent",
	    "courses" };
	xmlNodePtr	l;
	long long	rc;

	if (page_begin(c, "categories") != 0)
		return 500;
	l = xml_add(c->root, "category-tree", NULL);
	if ((rc = db_exec(&st_tree, NULL, 0)) != DB_OK ||
	    (rc = xml_rows(l, "category", &st_tree, 1, attrs, sizeof(attrs) / sizeof(attrs[0]),
	    LLONG_MAX)) < 0)
		return db_http_status((int)rc);
	return 200;
}

/* Audits and commits the change; the cached tree goes once it is in. */
static int
category_done(struct ctx *c, const char *action, long long id,
    const char *before, const char *after)
{
	int rc = audit_commit(c, action, "category", id, before, after,
	    "/categories");

	if (rc == 303)
		categories_invalidate();
	return rc;
}

/* 1 when a sibling under parent (0: the top) is called name already. */
static int
name_taken(long long parent, const char *name, long long id, int *taken)
{
	struct db_param	p[3] = { parent ? DB_INT(parent) : DB_NULLP,
	    DB_TEXT(name), DB_INT(id) };
	int		rc;

	if ((rc = db_exec(&st_taken, p, 3)) != DB_OK ||
	    (rc = db_fetch(&st_taken)) != 1)
		return rc < 0 ? rc : DB_ERR;
	*taken = db_col_int(&st_taken, 0) > 0;
	db_done(&st_taken);
	return DB_OK;
}

int
category_create(struct ctx *c)
{
	long long	parent = c->in[N_PARENT].s ? c->in[N_PARENT].i : 0, id;
	struct db_param	p[3];
	int		rc, taken;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = name_taken(parent, c->in[N_NAME].s, 0, &taken)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if (taken)
		return form_refuse(c, "name", "name_taken", 409);
	p[0] = p[2] = parent ? DB_INT(parent) : DB_NULLP;
	p[1] = DB_TEXT(c->in[N_NAME].s);
	/* An unknown parent breaks its foreign key. */
	if (db_exec(&st_insert, p, 3) != DB_OK)
		return form_refuse(c, "parent", "unknown", 400);
	id = (long long)db_insert_id(&st_insert);
	p[0] = DB_INT(id);
	if ((rc = db_tx_exec(&st_fix_path, p, 1)) != 0)
		return rc;
	return category_done(c, "category.create", id, NULL, c->in[N_NAME].s);
}

struct category_pair {
	char		path[400], tpath[400], name[401], before[800];
	long long	parent;
	int		target_ok, inside;
};

static int
pair_read(struct ctx *c, long long id, struct category_pair *pr)
{
	struct db_param	p[2] = { DB_INT(c->in[K_PARENT].s ? c->in[K_PARENT].i : 0),
	    DB_INT(id) };
	int		rc;

	if ((rc = db_exec(&st_pair, p, 2)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_pair)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	snprintf(pr->path, sizeof(pr->path), "%s", db_col(&st_pair, 0));
	pr->parent = db_col(&st_pair, 1) ? db_col_int(&st_pair, 1) : 0;
	snprintf(pr->name, sizeof(pr->name), "%s", db_col(&st_pair, 2));
	snprintf(pr->before, sizeof(pr->before), "%s", db_col(&st_pair, 3));
	snprintf(pr->tpath, sizeof(pr->tpath), "%s",
	    db_col(&st_pair, 4) ? db_col(&st_pair, 4) : "/");
	pr->target_ok = db_col(&st_pair, 4) != NULL;
	pr->inside = (int)db_col_int(&st_pair, 5);
	db_done(&st_pair);
	return 0;
}

/* Under a new parent (0: the top): the subtree's paths move with it. */
static int
category_move(struct ctx *c, long long id, const struct category_pair *pr)
{
	long long	 to = c->in[K_PARENT].s ? c->in[K_PARENT].i : 0;
	char		*np = arena_printf(c->arena, "%s%lld/", pr->tpath, id);
	struct db_param	 p[3] = { DB_TEXT(np), DB_TEXT(pr->path),
	    DB_TEXT(pr->path) };
	int		 rc, taken;

	if (to != 0 && (!pr->target_ok || pr->inside))
		return form_refuse(c, "parent", pr->target_ok ? "cycle" :
		    "unknown", 400);
	if ((rc = name_taken(to, pr->name, id, &taken)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if (taken)
		return form_refuse(c, "name", "name_taken", 409);
	if ((rc = db_exec(&st_reroot, p, 3)) == DB_OK)
		rc = db_exec(&st_reparent, (struct db_param[2]){
		    to ? DB_INT(to) : DB_NULLP, DB_INT(id) }, 2);
	if (rc != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return 0;
}

static int
category_rename(struct ctx *c, long long id, const struct category_pair *pr)
{
	int rc, taken;

	if (c->in[K_NAME].s == NULL)
		return form_refuse(c, "name", "required", 400);
	if ((rc = name_taken(pr->parent, c->in[K_NAME].s, id, &taken)) == DB_OK &&
	    !taken)
		rc = db_exec(&st_rename, (struct db_param[2]){
		    DB_TEXT(c->in[K_NAME].s), DB_INT(id) }, 2);
	if (rc == DB_OK && taken)
		return form_refuse(c, "name", "name_taken", 409);
	if (rc != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return 0;
}

/* Only an empty category goes: no children, courses or resources, none
 * binned. */
static int
category_delete(struct ctx *c, long long id)
{
	struct db_param	p[3] = { DB_INT(id), DB_INT(id), DB_INT(id) };
	int		rc;

	if ((rc = db_exec(&st_busy, p, 3)) != DB_OK ||
	    (rc = db_fetch(&st_busy)) != 1) {
		db_rollback();
		return db_http_status(rc < 0 ? rc : DB_ERR);
	}
	rc = db_col_int(&st_busy, 0) != 0;
	db_done(&st_busy);
	if (rc)
		return form_refuse(c, "action", "in_use", 409);
	return db_tx_exec(&st_delete, p, 1);
}

int
category_change(struct ctx *c)
{
	const char		*a = c->in[K_ACTION].s;
	long long		 id = c->param[0];
	struct category_pair	 pr;
	int			 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = pair_read(c, id, &pr)) != 0) {
		db_rollback();
		return rc;
	}
	if (strcmp(a, "rename") == 0)
		rc = category_rename(c, id, &pr);
	else if (strcmp(a, "move") == 0)
		rc = category_move(c, id, &pr);
	else
		rc = category_delete(c, id);
	if (rc != 0)
		return rc;
	return category_done(c, arena_printf(c->arena, "category.%s", a), id,
	    pr.before, c->in[K_NAME].s ? c->in[K_NAME].s : a);
}
