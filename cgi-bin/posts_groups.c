/* posts_groups.c - posts (platform admin) and groups/classes (within scope): list, create, rename, disable. */
#include <string.h>

#include "audit.h"
#include "pages.h"
#include "people.h"
#include "xml.h"

static const char *const actions[] = { "rename", "disable", "enable", NULL };
static const char *const kinds[] = { "group", "class", NULL };

const struct input post_new_inputs[] = {
	{ "name", IN_BODY, IN_TEXT, 1, 1, 100, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input group_new_inputs[] = {
	{ "name", IN_BODY, IN_TEXT, 1, 1, 100, NULL },
	{ "kind", IN_BODY, IN_ENUM, 1, 0, 0, kinds },
	{ "dept", IN_BODY, IN_INT, 1, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input named_change_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, actions },
	{ "name", IN_BODY, IN_TEXT, 0, 1, 100, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* Column 0 tells the list: p(ost) or g(roup); people counts the active. */
static struct stmt st_list = { .sql =
	"(SELECT 'p', p.id, p.name, p.active, NULL, NULL, "
	"  (SELECT COUNT(*) FROM account a WHERE a.post_id = p.id "
	"   AND a.status = 'active') "
	" FROM post p WHERE ? = '/' ORDER BY p.name) "
	"UNION ALL "
	"(SELECT 'g', g.id, g.name, g.active, g.kind, d.name, "
	"  (SELECT COUNT(*) FROM account_group ag WHERE ag.grp_id = g.id) "
	" FROM grp g JOIN dept d ON d.id = g.dept_id "
	" WHERE d.path LIKE CONCAT(?, '%') ORDER BY g.name)" };
static struct stmt st_post_add = { .sql =
	"INSERT INTO post (name) VALUES (?)" };
static struct stmt st_group_add = { .sql =
	"INSERT INTO grp (name, kind, dept_id) SELECT ?, ?, id FROM dept "
	"WHERE id = ? AND active AND path LIKE CONCAT(?, '%')" };
static struct stmt st_post_set = { .sql =
	"UPDATE post SET name = IF(? = 'rename', ?, name), "
	" active = CASE ? WHEN 'disable' THEN 0 WHEN 'enable' THEN 1 "
	" ELSE active END WHERE id = ?" };
static struct stmt st_group_set = { .sql =
	"UPDATE grp g JOIN dept d ON d.id = g.dept_id "
	"SET g.name = IF(? = 'rename', ?, g.name), "
	" g.active = CASE ? WHEN 'disable' THEN 0 WHEN 'enable' THEN 1 "
	" ELSE g.active END "
	"WHERE g.id = ? AND d.path LIKE CONCAT(?, '%')" };
static struct stmt st_group_reach = { .sql =
	"SELECT 1 FROM grp g JOIN dept d ON d.id = g.dept_id "
	"WHERE g.id = ? AND d.path LIKE CONCAT(?, '%')" };
static struct stmt st_post_reach = { .sql =
	"SELECT 1 FROM post WHERE id = ?" };

static int
list_show(struct ctx *c, const char *name, char which)
{
	static const char *const attrs[] = { NULL, "id", NULL, "active", "kind",
	    "dept", "people" };
	struct db_param	p[2] = { DB_TEXT(c->user.scope), DB_TEXT(c->user.scope) };
	xmlNodePtr	list, n;
	unsigned int	i;
	int		rc;

	if (page_begin(c, name) != 0)
		return 500;
	list = xml_add(c->root, name, NULL);
	if ((rc = db_exec(&st_list, p, 2)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1) {
		if (db_col(&st_list, 0)[0] != which)
			continue;
		n = xml_add(list, which == 'p' ? "post" : "group",
		    db_col(&st_list, 2));
		for (i = 0; i < 7; i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_list, i));
	}
	if (rc != 0)
		return db_http_status(rc);
	return which == 'g' ? org_lists_add(c, c->root) : 200;
}

int
posts_show(struct ctx *c)
{
	return list_show(c, "posts", 'p');
}

int
groups_show(struct ctx *c)
{
	return list_show(c, "groups", 'g');
}

/* Runs one write with its audit entry; a duplicate name is a refusal. */
static int
named_write(struct ctx *c, struct stmt *st, const struct db_param *p,
    unsigned int np, const char *action, const char *object, long long id,
    const char *back)
{
	int rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_exec(st, p, np)) != DB_OK ||
	    (id == 0 && db_affected(st) != 1)) {
		db_rollback();
		if (rc == DB_GONE)
			return 503;
		if (form_again(c) != 0)
			return 500;
		xml_error(c, rc == DB_OK ? "dept" : "name",
		    rc == DB_OK ? "unknown" : "taken");
		return rc == DB_OK ? 400 : 409;
	}
	if (id == 0)
		id = (long long)db_insert_id(st);
	if ((rc = audit_append(c, action, object, id, NULL, c->in[0].s)) != DB_OK ||
	    (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/%s", surface_bases[c->surface],
	    back);
	return 303;
}

int
post_create(struct ctx *c)
{
	struct db_param p[1] = { DB_TEXT(c->in[0].s) };

	return named_write(c, &st_post_add, p, 1, "post.create", "post", 0,
	    "posts");
}

int
group_create(struct ctx *c)
{
	struct db_param p[4] = { DB_TEXT(c->in[0].s), DB_TEXT(c->in[1].s),
	    DB_INT(c->in[2].i), DB_TEXT(c->user.scope) };

	return named_write(c, &st_group_add, p, 4, "group.create", "group", 0,
	    "groups");
}

/* 0 when the row exists within reach, else 404 (or the db status). */
static int
reachable(struct stmt *st, const struct db_param *p, unsigned int np)
{
	int rc;

	if ((rc = db_exec(st, p, np)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(st)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	db_done(st);
	return 0;
}

/* Rename needs a name; the others ignore it. */
static int
change_args(struct ctx *c, struct db_param p[4], long long id)
{
	if (strcmp(c->in[0].s, "rename") == 0 && c->in[1].s == NULL) {
		return form_refuse(c, "name", "required", 400);
	}
	p[0] = DB_TEXT(c->in[0].s);
	p[1] = DB_TEXT(c->in[1].s ? c->in[1].s : "");
	p[2] = p[0];
	p[3] = DB_INT(id);
	return 0;
}

int
post_change(struct ctx *c)
{
	struct db_param	p[4];
	int		rc;

	if ((rc = reachable(&st_post_reach, &(struct db_param){ DBP_INT,
	    c->param[0], NULL, 0 }, 1)) != 0 ||
	    (rc = change_args(c, p, c->param[0])) != 0)
		return rc;
	return named_write(c, &st_post_set, p, 4, arena_printf(c->arena,
	    "post.%s", c->in[0].s), "post", c->param[0], "posts");
}

int
group_change(struct ctx *c)
{
	struct db_param	p[5], r[2] = { DB_INT(c->param[0]), DB_TEXT(c->user.scope) };
	int		rc;

	if ((rc = reachable(&st_group_reach, r, 2)) != 0 ||
	    (rc = change_args(c, p, c->param[0])) != 0)
		return rc;
	p[4] = DB_TEXT(c->user.scope);
	return named_write(c, &st_group_set, p, 5, arena_printf(c->arena,
	    "group.%s", c->in[0].s), "group", c->param[0], "groups");
}
