/* person.c - one person as XML and as JSON for the audit trail, read within scope. */
#include <stdlib.h>
#include <string.h>

#include "people.h"
#include "xml.h"

/* Column 0 tells the list: d(ept), p(ost), g(roup). */
static struct stmt st_lists = { .sql =
	"(SELECT 'd', d.id, d.name, d.path, d.active FROM dept d "
	" WHERE d.path LIKE CONCAT(?, '%') ORDER BY d.path) "
	"UNION ALL (SELECT 'p', id, name, NULL, active FROM post ORDER BY name) "
	"UNION ALL (SELECT 'g', g.id, g.name, g.kind, g.active FROM grp g "
	" JOIN dept d ON d.id = g.dept_id WHERE d.path LIKE CONCAT(?, '%') "
	" ORDER BY g.name)" };

static struct stmt st_person = { .sql =
	"SELECT a.id, a.login, a.name, a.emp_no, a.dept_id, "
	" (SELECT GROUP_CONCAT(x.name ORDER BY LENGTH(x.path) SEPARATOR ' / ') "
	"  FROM dept x WHERE d.path LIKE CONCAT(x.path, '%')), "
	" a.post_id, p.name, a.email, a.phone, a.status, a.muted, a.must_change, "
	" DATE_FORMAT(a.created_at, '%Y-%m-%d %H:%i:%s'), "
	" a.locked_until > UTC_TIMESTAMP(), "
	" (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ' ') "
	"  FROM account_role r WHERE r.account_id = a.id), "
	" (SELECT MIN(r.dept_id) FROM account_role r WHERE r.account_id = a.id), "
	" (SELECT GROUP_CONCAT(g.id ORDER BY g.id) FROM account_group ag "
	"  JOIN grp g ON g.id = ag.grp_id WHERE ag.account_id = a.id), "
	" (SELECT GROUP_CONCAT(g.name ORDER BY g.id SEPARATOR ', ') "
	"  FROM account_group ag JOIN grp g ON g.id = ag.grp_id "
	"  WHERE ag.account_id = a.id), "
	" (SELECT GROUP_CONCAT(mt.login) FROM mentorship m "
	"  JOIN account mt ON mt.id = m.mentor_id WHERE m.apprentice_id = a.id) "
	"FROM account a JOIN dept d ON d.id = a.dept_id "
	"LEFT JOIN post p ON p.id = a.post_id "
	"WHERE a.id = ? AND" SCOPE_SQL };

static struct stmt st_json = { .sql =
	"SELECT JSON_OBJECT('login', a.login, 'name', a.name, 'emp_no', a.emp_no, "
	" 'dept', a.dept_id, 'post', a.post_id, 'email', a.email, "
	" 'phone', a.phone, 'status', a.status, 'muted', a.muted, "
	" 'roles', (SELECT GROUP_CONCAT(CONCAT(r.role, IFNULL(CONCAT(':', "
	"   r.dept_id), '')) ORDER BY r.role) FROM account_role r "
	"   WHERE r.account_id = a.id), "
	" 'groups', (SELECT GROUP_CONCAT(ag.grp_id ORDER BY ag.grp_id) "
	"   FROM account_group ag WHERE ag.account_id = a.id), "
	" 'mentor', (SELECT GROUP_CONCAT(m.mentor_id) FROM mentorship m "
	"   WHERE m.apprentice_id = a.id)) "
	"FROM account a WHERE a.id = ?" };

void
scope_params(const struct ctx *c, struct db_param p[2])
{
	p[0] = DB_TEXT(c->user.scope);
	p[1] = DB_INT(c->user.roles & ROLE_BIT(ROLE_MENTOR) ? c->user.id : 0);
}

static void
person_fill(xmlNodePtr n)
{
	static const char *const attrs[] = { "id", "login", NULL, "emp-no",
	    "dept-id", "dept", "post-id", "post", "email", "phone", "status",
	    "muted", "must-change", NULL, "locked", "roles", "scope-dept",
	    "group-ids", "groups", "mentor" };
	unsigned int i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(&st_person, i));
	xml_attr_time(n, "created", db_col(&st_person, 13));
}

int
person_add(struct ctx *c, xmlNodePtr parent, long long id, const char *elem)
{
	struct db_param	p[3];
	int		rc;

	p[0] = DB_INT(id);
	scope_params(c, &p[1]);
	if (strcmp(elem, "profile") == 0)
		p[1] = DB_TEXT("/");
	if ((rc = db_exec(&st_person, p, 3)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_person)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	person_fill(xml_add(parent, elem, db_col(&st_person, 2)));
	db_done(&st_person);
	return 200;
}

char *
person_json(struct ctx *c, long long id)
{
	return db_text(c->arena, &st_json, (struct db_param[1]){ DB_INT(id) }, 1);
}

int
org_lists_add(struct ctx *c, xmlNodePtr parent)
{
	xmlNodePtr	 l[3], n;
	/* Someone registering picks a department but sees no groups. */
	struct db_param	 p[2] = { DB_TEXT(c->user.scope),
	    DB_TEXT(c->user.id ? c->user.scope : "-") };
	const char	*kind;
	int		 rc;

	l[0] = xml_add(parent, "depts", NULL);
	l[1] = xml_add(parent, "posts", NULL);
	l[2] = xml_add(parent, "groups", NULL);
	if ((rc = db_exec(&st_lists, p, 2)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_lists)) == 1) {
		kind = db_col(&st_lists, 0);
		n = xml_add(l[kind[0] == 'd' ? 0 : kind[0] == 'p' ? 1 : 2],
		    kind[0] == 'd' ? "dept" : kind[0] == 'p' ? "post" : "group",
		    db_col(&st_lists, 2));
		xml_attr(n, "id", db_col(&st_lists, 1));
		xml_attr(n, kind[0] == 'd' ? "path" : "kind", db_col(&st_lists, 3));
		xml_attr(n, "active", db_col(&st_lists, 4));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}
