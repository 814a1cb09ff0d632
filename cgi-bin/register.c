/* register.c - self-registration under one's real name, and the admin's queue that approves or rejects it. */
#include <string.h>

#include "db.h"
#include "pages.h"
#include "people.h"
#include "pw.h"
#include "xml.h"

/* The person's fields in their usual order, then what only a registrant gives. */
enum { R_ID_NO = F_LOGIN + 1, R_PW, R_CONFIRM };

const struct input register_inputs[] = {
	PERSON_FIELDS,
	{ "login", IN_BODY, IN_LOGIN, 1, 0, 0, NULL },
	{ "id_no", IN_BODY, IN_ID_NO, 1, 0, 0, NULL },
	{ "new_password", IN_BODY, IN_TEXT, 1, 8, 128, NULL },
	{ "confirm_password", IN_BODY, IN_TEXT, 1, 1, 128, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const register_notes[] = { "sent", NULL };
const struct input register_show_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, register_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const decided_notes[] = { "approve", "reject", NULL };
const struct input registrations_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, decided_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input decide_inputs[] = {
	{ "decision", IN_BODY, IN_ENUM, 1, 0, 0, decided_notes },
	{ "reason", IN_BODY, IN_TEXT, 0, 1, 200, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_id_taken = { .sql =
	"SELECT 1 FROM registration WHERE id_no = ?" };
static struct stmt st_insert = { .sql =
	"INSERT INTO account (login, name, emp_no, dept_id, post_id, email, "
	" phone, pw_hash, must_change, status) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'pending')" };
static struct stmt st_record = { .sql =
	"INSERT INTO registration (account_id, id_no, from_addr) VALUES (?, ?, ?)" };
/* The queue first (oldest first), then the latest decisions. */
static struct stmt st_queue = { .sql =
	"(SELECT a.id, a.login, a.name, a.emp_no, "
	"  (SELECT GROUP_CONCAT(x.name ORDER BY LENGTH(x.path) SEPARATOR ' / ') "
	"   FROM dept x WHERE d.path LIKE CONCAT(x.path, '%')), "
	"  p.name, a.phone, a.email, "
	"  CONCAT(LEFT(r.id_no, 6), '********', RIGHT(r.id_no, 4)), "
	"  DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s'), r.from_addr, a.status, "
	"  DATE_FORMAT(r.decided_at, '%Y-%m-%d %H:%i:%s'), b.name, r.reason "
	" FROM registration r JOIN account a ON a.id = r.account_id "
	" JOIN dept d ON d.id = a.dept_id LEFT JOIN post p ON p.id = a.post_id "
	" LEFT JOIN account b ON b.id = r.decided_by "
	" WHERE r.decided_at IS NULL ORDER BY r.created_at, r.account_id LIMIT 200) "
	"UNION ALL "
	"(SELECT a.id, a.login, a.name, a.emp_no, NULL, NULL, NULL, NULL, NULL, "
	"  DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s'), r.from_addr, a.status, "
	"  DATE_FORMAT(r.decided_at, '%Y-%m-%d %H:%i:%s'), b.name, r.reason "
	" FROM registration r JOIN account a ON a.id = r.account_id "
	" JOIN account b ON b.id = r.decided_by "
	" WHERE r.decided_at IS NOT NULL ORDER BY r.decided_at DESC LIMIT 50)" };
static struct stmt st_pending = { .sql =
	"SELECT 1 FROM registration r JOIN account a ON a.id = r.account_id "
	"WHERE r.account_id = ? AND r.decided_at IS NULL "
	"AND a.status = 'pending' FOR UPDATE" };
static struct stmt st_decide = { .sql =
	"UPDATE account SET status = IF(? = 'approve', 'active', 'rejected') "
	"WHERE id = ?" };
static struct stmt st_decided = { .sql =
	"UPDATE registration SET decided_by = ?, decided_at = UTC_TIMESTAMP(), "
	" reason = ? WHERE account_id = ?" };

int
register_show(struct ctx *c)
{
	xmlNodePtr n;

	if (!c->conf->self_register)
		return 404;
	if (page_begin(c, "register") != 0)
		return 500;
	n = xml_add(c->root, "register", NULL);
	if (c->req->method == METHOD_GET)
		xml_attr(n, "done", c->in[0].s);
	/* A registrant picks from the whole organisation. */
	c->user.scope = "/";
	return org_lists_add(c, c->root);
}

/* What the registrant must give beyond the person form's own checks. */
static int
register_refused(struct ctx *c)
{
	struct db_param	p[1] = { DB_TEXT(c->in[R_ID_NO].s) };
	int		rc, taken;

	if ((rc = db_exec(&st_id_taken, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_id_taken)) < 0)
		return db_http_status(rc);
	if ((taken = rc == 1))
		db_done(&st_id_taken);
	if (!taken && c->in[F_PHONE].s != NULL)
		return 0;
	if (form_again(c) != 0)
		return 500;
	if (taken)
		xml_error(c, "id_no", "taken");
	if (c->in[F_PHONE].s == NULL)
		xml_error(c, "phone", "required");
	return taken ? 409 : 400;
}

static int
account_insert(struct ctx *c, const char *hash, long long *id)
{
	struct db_param	p[8];
	int		rc;

	p[0] = DB_TEXT(c->in[F_LOGIN].s);
	p[1] = DB_TEXT(c->in[F_NAME].s);
	p[2] = DB_OPT_TEXT(c->in[F_EMP].s);
	p[3] = DB_INT(c->in[F_DEPT].i);
	p[4] = c->in[F_POST].s ? DB_INT(c->in[F_POST].i) : DB_NULLP;
	p[5] = DB_OPT_TEXT(c->in[F_EMAIL].s);
	p[6] = DB_TEXT(c->in[F_PHONE].s);
	p[7] = DB_TEXT(hash);
	if ((rc = db_exec(&st_insert, p, 8)) != DB_OK)
		return rc;
	if ((*id = (long long)db_insert_id(&st_insert)) == 0)
		return DB_ERR;
	p[0] = DB_INT(*id);
	p[1] = DB_TEXT(c->in[R_ID_NO].s);
	p[2] = DB_TEXT(c->remote_addr ? c->remote_addr : "");
	return db_exec(&st_record, p, 3);
}

/* A pending account with the password the person chose; it signs in only
 * once an admin approves it. */
int
register_post(struct ctx *c)
{
	char		hash[PW_HASH_MAX];
	long long	id, mentor;
	int		rc;

	if (!c->conf->self_register)
		return 404;
	c->user.scope = "/";
	if ((rc = password_refused(c, c->in[R_PW].s, c->in[R_CONFIRM].s)) != 0)
		return rc;
	if (pw_hash(c->in[R_PW].s, hash) != 0)
		return 500;
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = person_refs_check(c, 0, c->in[F_LOGIN].s, "", &mentor)) != 0 ||
	    (rc = register_refused(c)) != 0) {
		db_rollback();
		return rc;
	}
	if ((rc = account_insert(c, hash, &id)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = person_write_end(c, "account.register", id, NULL)) != 0)
		return rc;
	c->location = arena_printf(c->arena, "%s/register?done=sent",
	    surface_bases[c->surface]);
	return 303;
}

int
registrations_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", "login", NULL, "emp-no",
	    "dept", "post", "phone", "email", "id-no", NULL, "from", "status",
	    NULL, "by", "reason" };
	xmlNodePtr	l, n;
	unsigned int	i;
	int		rc;

	if (page_begin(c, "registrations") != 0)
		return 500;
	l = xml_add(c->root, "registrations", NULL);
	if (c->req->method == METHOD_GET)
		xml_attr(l, "done", c->in[0].s);
	if ((rc = db_exec(&st_queue, NULL, 0)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_queue)) == 1) {
		n = xml_add(l, "registration", db_col(&st_queue, 2));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_queue, i));
		xml_attr_time(n, "at", db_col(&st_queue, 9));
		xml_attr_time(n, "decided", db_col(&st_queue, 12));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

/* Approves or rejects a pending registration once; a rejection says why. */
int
registration_decide(struct ctx *c)
{
	const char	*d = c->in[0].s, *reason = c->in[1].s, *before;
	long long	 id = c->param[0];
	struct db_param	 p[3] = { DB_INT(id) };
	int		 rc;

	if (strcmp(d, "reject") == 0 && reason == NULL)
		return form_refuse(c, "reason", "required", 400);
	if ((rc = db_begin()) != DB_OK || (rc = db_exec(&st_pending, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_pending)) != 1) {
		db_rollback();
		return rc == 0 ? form_refuse(c, "decision", "decided",
		    409) :
		    db_http_status(rc);
	}
	db_done(&st_pending);
	p[0] = DB_TEXT(d);
	p[1] = DB_INT(id);
	if ((before = person_json(c, id)) == NULL ||
	    (rc = db_exec(&st_decide, p, 2)) != DB_OK) {
		db_rollback();
		return db_http_status(before == NULL ? DB_ERR : rc);
	}
	p[0] = DB_INT(c->user.id);
	p[1] = DB_OPT_TEXT(reason);
	p[2] = DB_INT(id);
	if ((rc = db_exec(&st_decided, p, 3)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = person_write_end(c, arena_printf(c->arena, "account.%s", d),
	    id, before)) != 0)
		return rc;
	c->location = arena_printf(c->arena, "%s/registrations?done=%s",
	    surface_bases[c->surface], d);
	return 303;
}
