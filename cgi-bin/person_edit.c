/* person_edit.c - the back office's person editor: create, change, place, suspend, mute, reset. */
#include <stdlib.h>
#include <string.h>

#include "assign.h"
#include "audit.h"
#include "pages.h"
#include "people.h"
#include "pw.h"
#include "xml.h"

#define MAX_GROUPS 32

const struct input person_inputs[] = {
	PERSON_FIELDS,
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input person_new_inputs[] = {
	PERSON_FIELDS,
	{ "login", IN_BODY, IN_LOGIN, 1, 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const actions[] = { "suspend", "reactivate", "mute",
    "unmute", "unlock", NULL };
const struct input person_status_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, actions },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* Who may be changed: someone in scope, and for anyone but a platform
 * admin, no one who governs (admin, head, officer). */
static struct stmt st_reach = { .sql =
	"SELECT 1 FROM account a JOIN dept d ON d.id = a.dept_id "
	"WHERE a.id = ? AND" SCOPE_SQL
	" AND (? OR NOT EXISTS (SELECT 1 FROM account_role r "
	"  WHERE r.account_id = a.id AND r.role IN ('admin','head','officer'))) "
	"FOR UPDATE" };
/* The ids a form names, checked against the caller's scope at once. */
static struct stmt st_refs = { .sql =
	"SELECT (SELECT COUNT(*) FROM dept d WHERE d.id = ? AND d.active "
	"  AND d.path LIKE CONCAT(?, '%')), "
	" (? IS NULL OR EXISTS (SELECT 1 FROM post WHERE id = ? AND active)), "
	" (SELECT COUNT(*) FROM grp g JOIN dept d ON d.id = g.dept_id "
	"  WHERE FIND_IN_SET(g.id, ?) AND g.active "
	"  AND d.path LIKE CONCAT(?, '%')), "
	" (SELECT a.id FROM account a JOIN account_role r ON r.account_id = a.id "
	"  AND r.role = 'mentor' WHERE a.login = ? AND a.status = 'active')" };
static struct stmt st_taken = { .sql =
	"SELECT SUM(login = ?), SUM(emp_no <=> ?) FROM account "
	"WHERE id <> ? AND (login = ? OR emp_no = ?)" };
static struct stmt st_insert = { .sql =
	"INSERT INTO account (login, name, emp_no, dept_id, post_id, email, "
	" phone, pw_hash, must_change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)" };
static struct stmt st_moved = { .sql =
	"INSERT INTO placement_history (account_id, kind, from_id, to_id, by_id) "
	"SELECT id, 'dept', dept_id, ?, ? FROM account "
	"WHERE id = ? AND dept_id <> ? "
	"UNION ALL SELECT id, 'post', post_id, ?, ? FROM account "
	"WHERE id = ? AND NOT post_id <=> ?" };
static struct stmt st_update = { .sql =
	"UPDATE account SET name = ?, emp_no = ?, dept_id = ?, post_id = ?, "
	" email = ?, phone = ? WHERE id = ?" };
static struct stmt st_groups_out = { .sql =
	"INSERT INTO placement_history (account_id, kind, from_id, by_id) "
	"SELECT account_id, 'group_out', grp_id, ? FROM account_group "
	"WHERE account_id = ? AND NOT FIND_IN_SET(grp_id, ?)" };
static struct stmt st_groups_del = { .sql =
	"DELETE FROM account_group WHERE account_id = ? "
	"AND NOT FIND_IN_SET(grp_id, ?)" };
static struct stmt st_groups_in = { .sql =
	"INSERT INTO placement_history (account_id, kind, to_id, by_id) "
	"SELECT ?, 'group_in', g.id, ? FROM grp g WHERE FIND_IN_SET(g.id, ?) "
	"AND g.id NOT IN (SELECT grp_id FROM account_group WHERE account_id = ?)" };
static struct stmt st_groups_add = { .sql =
	"INSERT IGNORE INTO account_group (account_id, grp_id) "
	"SELECT ?, g.id FROM grp g WHERE FIND_IN_SET(g.id, ?)" };
static struct stmt st_mentor_del = { .sql =
	"DELETE FROM mentorship WHERE apprentice_id = ? AND NOT mentor_id <=> ?" };
static struct stmt st_mentor_add = { .sql =
	"INSERT IGNORE INTO mentorship (mentor_id, apprentice_id) VALUES (?, ?)" };
static struct stmt st_status = { .sql =
	"UPDATE account SET "
	" status = CASE ? WHEN 'suspend' THEN 'suspended' "
	"  WHEN 'reactivate' THEN 'active' ELSE status END, "
	" muted = CASE ? WHEN 'mute' THEN 1 WHEN 'unmute' THEN 0 ELSE muted END, "
	" failed_logins = IF(? = 'unlock', 0, failed_logins), "
	" locked_until = IF(? = 'unlock', NULL, locked_until) "
	"WHERE id = ?" };
static struct stmt st_sessions_end = { .sql =
	"DELETE FROM session WHERE account_id = ?" };
static struct stmt st_issue = { .sql =
	"UPDATE account SET pw_hash = ?, must_change = 1, failed_logins = 0, "
	" locked_until = NULL WHERE id = ?" };
static struct stmt st_link = { .sql =
	"INSERT INTO reset_token (token_hash, account_id, expires_at) "
	"VALUES (?, ?, UTC_TIMESTAMP() + INTERVAL ? SECOND)" };
static struct stmt st_history = { .sql =
	"SELECT h.kind, DATE_FORMAT(h.at, '%Y-%m-%d %H:%i:%s'), "
	" CASE h.kind WHEN 'dept' THEN fd.name WHEN 'post' THEN fp.name "
	"  ELSE fg.name END, "
	" CASE h.kind WHEN 'dept' THEN td.name WHEN 'post' THEN tp.name "
	"  ELSE tg.name END, b.name "
	"FROM placement_history h "
	"LEFT JOIN dept fd ON h.kind = 'dept' AND fd.id = h.from_id "
	"LEFT JOIN dept td ON h.kind = 'dept' AND td.id = h.to_id "
	"LEFT JOIN post fp ON h.kind = 'post' AND fp.id = h.from_id "
	"LEFT JOIN post tp ON h.kind = 'post' AND tp.id = h.to_id "
	"LEFT JOIN grp fg ON h.kind = 'group_out' AND fg.id = h.from_id "
	"LEFT JOIN grp tg ON h.kind = 'group_in' AND tg.id = h.to_id "
	"LEFT JOIN account b ON b.id = h.by_id "
	"WHERE h.account_id = ? ORDER BY h.id DESC LIMIT 50" };

/* 0 when account id may be changed by c (and locks it), else a status. */
static int
reach(struct ctx *c, long long id)
{
	struct db_param	p[4];
	int		rc;

	p[0] = DB_INT(id);
	scope_params(c, &p[1]);
	p[3] = DB_INT((c->user.roles & ROLE_BIT(ROLE_ADMIN)) != 0);
	if ((rc = db_exec(&st_reach, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_reach)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	db_done(&st_reach);
	return 0;
}

int
person_refs_check(struct ctx *c, long long id, const char *login, const char *groups,
    long long *mentor)
{
	struct db_param	 p[7];
	const char	*emp = c->in[F_EMP].s;
	int		 rc, status = 0, dept_ok, post_ok;
	long long	 ngroups;

	p[0] = DB_INT(c->in[F_DEPT].i);
	p[1] = DB_TEXT(c->user.scope);
	p[2] = p[3] = c->in[F_POST].s ? DB_INT(c->in[F_POST].i) : DB_NULLP;
	p[4] = DB_TEXT(groups);
	p[5] = DB_TEXT(c->user.scope);
	p[6] = DB_TEXT(c->in[F_MENTOR].s ? c->in[F_MENTOR].s : "");
	if ((rc = db_exec(&st_refs, p, 7)) != DB_OK ||
	    (rc = db_fetch(&st_refs)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	dept_ok = db_col_int(&st_refs, 0) == 1;
	post_ok = db_col_int(&st_refs, 1) == 1;
	ngroups = db_col_int(&st_refs, 2);
	*mentor = db_col(&st_refs, 3) ? db_col_int(&st_refs, 3) : 0;
	db_done(&st_refs);
	p[0] = DB_TEXT(login);
	p[1] = DB_OPT_TEXT(emp);
	p[2] = DB_INT(id);
	p[3] = DB_TEXT(login);
	p[4] = DB_OPT_TEXT(emp);
	if ((rc = db_exec(&st_taken, p, 5)) != DB_OK ||
	    (rc = db_fetch(&st_taken)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	if (db_col_int(&st_taken, 0) > 0 || db_col_int(&st_taken, 1) > 0)
		status = 409;
	else if (!dept_ok || !post_ok || ngroups != (long long)ids_count(groups) ||
	    (c->in[F_MENTOR].s && *mentor == 0))
		status = 400;
	if (status == 0) {
		db_done(&st_taken);
		return 0;
	}
	if (form_again(c) != 0)
		return 500;
	if (db_col_int(&st_taken, 0) > 0)
		xml_error(c, "login", "taken");
	if (db_col_int(&st_taken, 1) > 0)
		xml_error(c, "emp_no", "taken");
	db_done(&st_taken);
	if (!dept_ok)
		xml_error(c, "dept", "unknown");
	if (!post_ok)
		xml_error(c, "post", "unknown");
	if (ngroups != (long long)ids_count(groups))
		xml_error(c, "group", "unknown");
	if (c->in[F_MENTOR].s && *mentor == 0)
		xml_error(c, "mentor", "not_mentor");
	return status;
}

/* Department, post, groups and mentor as the form says, with history. */
static int
placement_write(struct ctx *c, long long id, const char *groups,
    long long mentor)
{
	struct db_param	p[8];
	int		rc;

	p[0] = DB_INT(c->in[F_DEPT].i);
	p[1] = DB_INT(c->user.id);
	p[2] = DB_INT(id);
	p[3] = p[0];
	p[4] = c->in[F_POST].s ? DB_INT(c->in[F_POST].i) : DB_NULLP;
	p[5] = p[1];
	p[6] = p[2];
	p[7] = p[4];
	if ((rc = db_exec(&st_moved, p, 8)) != DB_OK)
		return rc;
	p[0] = DB_INT(c->user.id);
	p[1] = DB_INT(id);
	p[2] = DB_TEXT(groups);
	if ((rc = db_exec(&st_groups_out, p, 3)) != DB_OK ||
	    (rc = db_exec(&st_groups_del, &p[1], 2)) != DB_OK)
		return rc;
	p[0] = DB_INT(id);
	p[1] = DB_INT(c->user.id);
	p[2] = DB_TEXT(groups);
	p[3] = DB_INT(id);
	if ((rc = db_exec(&st_groups_in, p, 4)) != DB_OK)
		return rc;
	p[1] = DB_TEXT(groups);
	if ((rc = db_exec(&st_groups_add, p, 2)) != DB_OK)
		return rc;
	p[1] = mentor ? DB_INT(mentor) : DB_NULLP;
	if ((rc = db_exec(&st_mentor_del, p, 2)) != DB_OK || mentor == 0)
		return rc;
	p[0] = DB_INT(mentor);
	p[1] = DB_INT(id);
	return db_exec(&st_mentor_add, p, 2);
}

static int
fields_write(struct ctx *c, long long id)
{
	struct db_param p[7];

	p[0] = DB_TEXT(c->in[F_NAME].s);
	p[1] = DB_OPT_TEXT(c->in[F_EMP].s);
	p[2] = DB_INT(c->in[F_DEPT].i);
	p[3] = c->in[F_POST].s ? DB_INT(c->in[F_POST].i) : DB_NULLP;
	p[4] = DB_OPT_TEXT(c->in[F_EMAIL].s);
	p[5] = DB_OPT_TEXT(c->in[F_PHONE].s);
	p[6] = DB_INT(id);
	return db_exec(&st_update, p, 7);
}

int
person_write_end(struct ctx *c, const char *action, long long id, const char *before)
{
	const char	*after = person_json(c, id);
	int		 rc;

	/* Someone new, moved or back gets what their place is assigned. */
	if (after == NULL || (rc = assign_resolve(0, id)) != DB_OK ||
	    (rc = audit_append(c, action, "account", id,
	    before, after)) != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(after == NULL ? DB_ERR : rc);
	}
	return 0;
}

static int
to_person(struct ctx *c, long long id, const char *done)
{
	c->location = arena_printf(c->arena, "%s/people/%lld?done=%s",
	    surface_bases[c->surface], id, done);
	return 303;
}

static int
history_add(struct ctx *c, long long id)
{
	static const char *const attrs[] = { "kind", NULL, "from", "to", "by" };
	struct db_param	p[1] = { DB_INT(id) };
	xmlNodePtr	h = xml_add(c->root, "history", NULL), n;
	unsigned int	i;
	int		rc;

	if ((rc = db_exec(&st_history, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_history)) == 1) {
		n = xml_add(h, "move", NULL);
		for (i = 0; i < 5; i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_history, i));
		xml_attr_time(n, "at", db_col(&st_history, 1));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

static const char *const person_notes[] = { "saved", "created", "status",
    NULL };
const struct input person_show_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, person_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

int
person_show(struct ctx *c)
{
	xmlNodePtr	n;
	int		rc;

	if (page_begin(c, "person") != 0)
		return 500;
	if ((rc = person_add(c, c->root, c->param[0], "person")) != 200 ||
	    (rc = org_lists_add(c, c->root)) != 200 ||
	    (rc = history_add(c, c->param[0])) != 200)
		return rc;
	n = xml_child(c->root, "person");
	if (c->req->method == METHOD_GET)
		xml_attr(n, "done", c->in[0].s);
	xml_attr(n, "editable", cap_held(c, CAP_PEOPLE_EDIT) ? "1" : "0");
	return 200;
}

int
person_new(struct ctx *c)
{
	if (page_begin(c, "person") != 0)
		return 500;
	xml_attr(xml_add(c->root, "person", NULL), "editable", "1");
	return org_lists_add(c, c->root);
}

int
person_save(struct ctx *c)
{
	const char	*groups = form_ids(c, "group", MAX_GROUPS), *before;
	long long	 id = c->param[0], mentor;
	int		 rc;

	if (groups == NULL)
		return 400;
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = reach(c, id)) != 0 ||
	    (rc = person_refs_check(c, id, "", groups, &mentor)) != 0) {
		db_rollback();
		return rc;
	}
	if ((before = person_json(c, id)) == NULL ||
	    (rc = placement_write(c, id, groups, mentor)) != DB_OK ||
	    (rc = fields_write(c, id)) != DB_OK) {
		db_rollback();
		return db_http_status(before == NULL ? DB_ERR : rc);
	}
	if ((rc = person_write_end(c, "account.update", id, before)) != 0)
		return rc;
	return to_person(c, id, "saved");
}

/* A new account: the form's placement, and a one-time password shown to
 * the admin once, to be replaced at first sign-in. */
int
person_create(struct ctx *c)
{
	const char	*groups = form_ids(c, "group", MAX_GROUPS), *login = c->in[F_LOGIN].s;
	char		 pw[13], hash[PW_HASH_MAX];
	struct db_param	 p[8];
	long long	 id, mentor;
	int		 rc;

	if (groups == NULL)
		return 400;
	pw_random(pw);
	if (pw_hash(pw, hash) != 0)
		return 500;
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = person_refs_check(c, 0, login, groups, &mentor)) != 0) {
		db_rollback();
		return rc;
	}
	p[0] = DB_TEXT(login);
	p[1] = DB_TEXT(c->in[F_NAME].s);
	p[2] = DB_OPT_TEXT(c->in[F_EMP].s);
	p[3] = DB_INT(c->in[F_DEPT].i);
	p[4] = c->in[F_POST].s ? DB_INT(c->in[F_POST].i) : DB_NULLP;
	p[5] = DB_OPT_TEXT(c->in[F_EMAIL].s);
	p[6] = DB_OPT_TEXT(c->in[F_PHONE].s);
	p[7] = DB_TEXT(hash);
	if ((rc = db_exec(&st_insert, p, 8)) != DB_OK ||
	    (id = (long long)db_insert_id(&st_insert)) == 0 ||
	    (rc = placement_write(c, id, groups, mentor)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = person_write_end(c, "account.create", id, NULL)) != 0)
		return rc;
	return issued_show(c, id, "password", pw);
}

int
person_status(struct ctx *c)
{
	const char	*a = c->in[0].s, *before;
	long long	 id = c->param[0];
	struct db_param	 p[5] = { DB_TEXT(a), DB_TEXT(a), DB_TEXT(a), DB_TEXT(a),
	    DB_INT(id) };
	int		 rc;

	if (id == c->user.id)
		return 403;	/* no one suspends or mutes themselves */
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = reach(c, id)) != 0) {
		db_rollback();
		return rc;
	}
	if ((before = person_json(c, id)) == NULL ||
	    (rc = db_exec(&st_status, p, 5)) != DB_OK ||
	    (strcmp(a, "suspend") == 0 &&
	    (rc = db_exec(&st_sessions_end, &p[4], 1)) != DB_OK)) {
		db_rollback();
		return db_http_status(before == NULL ? DB_ERR : rc);
	}
	if ((rc = person_write_end(c, arena_printf(c->arena, "account.%s", a), id,
	    before)) != 0)
		return rc;
	return to_person(c, id, "status");
}

/* A new one-time password, shown once; the old one and every session end. */
int
person_password(struct ctx *c)
{
	char		pw[13], hash[PW_HASH_MAX];
	long long	id = c->param[0];
	struct db_param	p[2];
	int		rc;

	pw_random(pw);
	if (pw_hash(pw, hash) != 0)
		return 500;
	p[0] = DB_TEXT(hash);
	p[1] = DB_INT(id);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = reach(c, id)) != 0) {
		db_rollback();
		return rc;
	}
	if ((rc = db_exec(&st_issue, p, 2)) != DB_OK ||
	    (rc = db_exec(&st_sessions_end, &p[1], 1)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = person_write_end(c, "account.password-reset", id, NULL)) != 0)
		return rc;
	return issued_show(c, id, "password", pw);
}

/* A reset link that works once before reset_ttl runs out, shown once. */
int
person_link(struct ctx *c)
{
	char		tok[TOKEN_HEX + 1];
	unsigned char	h[TOKEN_HASH];
	long long	id = c->param[0];
	struct db_param	p[3];
	int		rc;

	if (token_new(tok, h) != 0)
		return 500;
	p[0] = (struct db_param){ DBP_TEXT, 0, (const char *)h, TOKEN_HASH };
	p[1] = DB_INT(id);
	p[2] = DB_INT(c->conf->reset_ttl);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = reach(c, id)) != 0) {
		db_rollback();
		return rc;
	}
	if ((rc = db_exec(&st_link, p, 3)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = person_write_end(c, "account.reset-link", id, NULL)) != 0)
		return rc;
	return issued_show(c, id, "link", tok);
}

/* The answer to an issuing POST: the secret, once, never stored readable. */
int
issued_show(struct ctx *c, long long id, const char *kind, const char *secret)
{
	xmlNodePtr	n;
	int		rc;

	if (page_begin(c, "issued") != 0)
		return 500;
	n = xml_add(c->root, "issued", secret);
	xml_attr(n, "kind", kind);
	xml_attr_int(n, "ttl", c->conf->reset_ttl);
	if ((rc = person_add(c, n, id, "person")) != 200)
		return rc;
	return 200;
}

const struct input person_roles_inputs[] = {
	{ "scope_dept", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_roles_del = { .sql =
	"DELETE FROM account_role WHERE account_id = ?" };
static struct stmt st_role_add = { .sql =
	"INSERT INTO account_role (account_id, role, dept_id) "
	"SELECT ?, ?, IF(? IN ('head','officer'), d.id, NULL) FROM dept d "
	"WHERE d.id = IF(? IN ('head','officer'), ?, 1) AND d.active" };

/* The roles ticked on the form; head and officer govern scope_dept. */
int
person_roles(struct ctx *c)
{
	const struct field	*f;
	const char		*before;
	long long		 id = c->param[0];
	struct db_param		 p[5];
	size_t			 i;
	int			 rc, self_admin = 0;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((before = person_json(c, id)) == NULL ||
	    (p[0] = DB_INT(id), rc = db_exec(&st_roles_del, p, 1)) != DB_OK)
		goto fail;
	for (i = 0; i < c->req->body.n; i++) {
		f = &c->req->body.v[i];
		if (strcmp(f->name, "role") != 0)
			continue;
		if (valid_enum(f->val, (const char *const[]){ "lecturer",
		    "mentor", "officer", "head", "admin", NULL }) != VERR_OK) {
			db_rollback();
			return 400;
		}
		self_admin |= strcmp(f->val, "admin") == 0;
		p[1] = p[2] = p[3] = DB_TEXT(f->val);
		p[4] = c->in[0].s ? DB_INT(c->in[0].i) : DB_NULLP;
		if ((rc = db_exec(&st_role_add, p, 5)) != DB_OK)
			goto fail;
		if (db_affected(&st_role_add) != 1) {
			db_rollback();
			return form_refuse(c, "scope_dept", "unknown", 400);
		}
	}
	/* An admin cannot take their own admin role: someone must keep it. */
	if (id == c->user.id && !self_admin) {
		db_rollback();
		return 403;
	}
	if ((rc = person_write_end(c, "account.roles", id, before)) != 0)
		return rc;
	return to_person(c, id, "saved");
fail:
	db_rollback();
	return db_http_status(before == NULL ? DB_ERR : rc);
}
