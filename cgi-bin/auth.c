/* auth.c - signing in and out, and replacing a password (own, issued, or by reset link). */
#include <string.h>

#include "db.h"
#include "pages.h"
#include "pw.h"
#include "session.h"
#include "xml.h"

const struct input login_inputs[] = {
	{ "username", IN_BODY, IN_TEXT, 1, 1, 64, NULL },
	{ "password", IN_BODY, IN_TEXT, 1, 1, 128, NULL },
	{ "back", IN_BODY, IN_LOCAL_PATH, 0, 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const login_notes[] = { "reset", NULL };

const struct input login_show_inputs[] = {
	{ "back", IN_QUERY, IN_LOCAL_PATH, 0, 0, 0, NULL },
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, login_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input password_inputs[] = {
	{ "current_password", IN_BODY, IN_TEXT, 1, 1, 128, NULL },
	{ "new_password", IN_BODY, IN_TEXT, 1, 8, 128, NULL },
	{ "confirm_password", IN_BODY, IN_TEXT, 1, 1, 128, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input reset_show_inputs[] = {
	{ "token", IN_QUERY, IN_TEXT, 1, 64, 64, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input reset_inputs[] = {
	{ "token", IN_BODY, IN_TEXT, 1, 64, 64, NULL },
	{ "new_password", IN_BODY, IN_TEXT, 1, 8, 128, NULL },
	{ "confirm_password", IN_BODY, IN_TEXT, 1, 1, 128, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_find = { .sql =
	"SELECT id, pw_hash, status, locked_until > UTC_TIMESTAMP(), "
	" locked_until, must_change "
	"FROM account WHERE login = ? FOR UPDATE" };
/* The lock is set from the count before this failure is added. */
static struct stmt st_fail = { .sql =
	"UPDATE account SET "
	" locked_until = IF(failed_logins + 1 >= ?, "
	"  UTC_TIMESTAMP() + INTERVAL ? SECOND, locked_until), "
	" failed_logins = IF(failed_logins + 1 >= ?, 0, failed_logins + 1) "
	"WHERE id = ?" };
static struct stmt st_locked = { .sql =
	"SELECT locked_until FROM account "
	"WHERE id = ? AND locked_until > UTC_TIMESTAMP()" };
static struct stmt st_ok = { .sql =
	"UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = ?" };
static struct stmt st_hash = { .sql =
	"SELECT pw_hash FROM account WHERE id = ? FOR UPDATE" };
static struct stmt st_set = { .sql =
	"UPDATE account SET pw_hash = ?, must_change = 0, failed_logins = 0, "
	" locked_until = NULL WHERE id = ?" };
static struct stmt st_end_all = { .sql =
	"DELETE FROM session WHERE account_id = ?" };
static struct stmt st_token = { .sql =
	"SELECT account_id FROM reset_token WHERE token_hash = ? "
	" AND used_at IS NULL AND expires_at > UTC_TIMESTAMP() FOR UPDATE" };
static struct stmt st_token_use = { .sql =
	"UPDATE reset_token SET used_at = UTC_TIMESTAMP() WHERE token_hash = ?" };

int
login_show(struct ctx *c)
{
	xmlNodePtr n;

	if (page_begin(c, "login") != 0)
		return 500;
	n = xml_add(c->root, "login", NULL);
	if (c->conf->self_register && c->surface != SURF_ADMIN)
		xml_attr(n, "register", "1");
	if (c->req->method == METHOD_POST)
		xml_attr(n, "back", c->in[2].s);
	else {
		xml_attr(n, "back", c->in[0].s);
		xml_attr(n, "done", c->in[1].s);
	}
	return 200;
}

/* The form again with one refusal; locked_until shows when to retry. */
static int
login_refuse(struct ctx *c, const char *code, const char *locked_until)
{
	if (form_again(c) != 0)
		return 500;
	xml_error(c, "password", code);
	xml_attr_time(xml_child(c->root, "login"), "locked-until",
	    locked_until);
	return 403;
}

/* A wrong password: counts it, and says so plainly when it locked. */
static int
login_failed(struct ctx *c, long long id)
{
	struct db_param	p[4] = { DB_INT(c->conf->lockout_failures),
	    DB_INT(c->conf->lockout_seconds), DB_INT(c->conf->lockout_failures),
	    DB_INT(id) };
	char		until[32] = "";
	int		rc;

	if (id != 0 && (rc = db_exec(&st_fail, p, 4)) != DB_OK)
		return db_http_status(rc);
	if (id != 0 && (rc = db_exec(&st_locked, &p[3], 1)) == DB_OK &&
	    db_fetch(&st_locked) == 1) {
		snprintf(until, sizeof(until), "%s", db_col(&st_locked, 0));
		db_done(&st_locked);
	}
	if ((rc = db_commit()) != DB_OK)
		return db_http_status(rc);
	return until[0] ? login_refuse(c, "locked", until) :
	    login_refuse(c, "bad_login", NULL);
}

/* Where to go after: the issued password first, then where they were. */
static int
login_done(struct ctx *c, int must_change)
{
	const char *b = surface_bases[c->surface];

	if (must_change)
		c->location = arena_printf(c->arena, "%s/password", b);
	else
		c->location = c->in[2].s ? c->in[2].s :
		    arena_printf(c->arena, "%s/", b);
	return 303;
}

int
login_post(struct ctx *c)
{
	struct db_param	 p[1] = { DB_TEXT(c->in[0].s) };
	char		 hash[PW_HASH_MAX] = "", status[16] = "", until[32] = "";
	long long	 id = 0;
	int		 rc, locked = 0, must = 0;

	if ((rc = db_begin()) != DB_OK || (rc = db_exec(&st_find, p, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_find)) == 1) {
		id = db_col_int(&st_find, 0);
		snprintf(hash, sizeof(hash), "%s", db_col(&st_find, 1));
		snprintf(status, sizeof(status), "%s", db_col(&st_find, 2));
		locked = (int)db_col_int(&st_find, 3);
		snprintf(until, sizeof(until), "%s",
		    locked ? db_col(&st_find, 4) : "");
		must = (int)db_col_int(&st_find, 5);
		db_done(&st_find);
	} else if (rc < 0) {
		db_rollback();
		return db_http_status(rc);
	}
	if (locked) {
		db_rollback();
		return login_refuse(c, "locked", until);
	}
	if (!pw_verify(id ? hash : NULL, c->in[1].s))
		return login_failed(c, id);
	if (strcmp(status, "active") != 0) {
		db_rollback();
		return login_refuse(c, strcmp(status, "suspended") == 0 ?
		    "suspended" : strcmp(status, "rejected") == 0 ?
		    "rejected" : "not_approved", NULL);
	}
	p[0] = DB_INT(id);
	if ((rc = db_exec(&st_ok, p, 1)) != DB_OK ||
	    (rc = session_start(c, id)) != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return login_done(c, must);
}

int
logout_post(struct ctx *c)
{
	int rc;

	if ((rc = session_end(c)) != DB_OK)
		return db_http_status(rc);
	c->location = arena_printf(c->arena, "%s/", surface_bases[c->surface]);
	return 303;
}

int
password_show(struct ctx *c)
{
	if (page_begin(c, "password") != 0)
		return 500;
	xml_add(c->root, "password", NULL);
	return 200;
}

/* The rules a new password meets beyond its length; NULL when it does. */
static const char *
pw_weak(const char *pw, const char *confirm)
{
	int letter = 0, digit = 0;

	for (; *pw != '\0'; pw++) {
		if ((*pw >= 'a' && *pw <= 'z') || (*pw >= 'A' && *pw <= 'Z'))
			letter = 1;
		else if (*pw >= '0' && *pw <= '9')
			digit = 1;
	}
	if (!letter || !digit)
		return "weak_password";
	return confirm != NULL ? "mismatch" : NULL;
}

/* Stores the new password and ends every session of the account, so a
 * stolen one dies with the old password; in the caller's transaction. */
static int
pw_store(long long id, const char *pw)
{
	char		hash[PW_HASH_MAX];
	struct db_param	p[2];
	int		rc;

	if (pw_hash(pw, hash) != 0)
		return DB_ERR;
	p[0] = DB_TEXT(hash);
	p[1] = DB_INT(id);
	if ((rc = db_exec(&st_set, p, 2)) != DB_OK)
		return rc;
	return db_exec(&st_end_all, &p[1], 1);
}

int
password_refused(struct ctx *c, const char *pw, const char *confirm)
{
	const char *why = pw_weak(pw, strcmp(pw, confirm) != 0 ? confirm : NULL);

	if (why == NULL)
		return 0;
	return form_refuse(c, strcmp(why, "mismatch") == 0 ? "confirm_password" :
	    "new_password", why, 400);
}

int
password_post(struct ctx *c)
{
	struct db_param	p[1] = { DB_INT(c->user.id) };
	int		rc, ok = 0;

	if ((rc = password_refused(c, c->in[1].s, c->in[2].s)) != 0)
		return rc;
	if ((rc = db_begin()) != DB_OK || (rc = db_exec(&st_hash, p, 1)) != DB_OK)
		return db_http_status(rc);
	if (db_fetch(&st_hash) == 1) {
		ok = pw_verify(db_col(&st_hash, 0), c->in[0].s);
		db_done(&st_hash);
	}
	if (!ok || strcmp(c->in[0].s, c->in[1].s) == 0) {
		db_rollback();
		return form_refuse(c, ok ? "new_password" : "current_password",
		    ok ? "same_password" : "wrong_password", 403);
	}
	if ((rc = pw_store(c->user.id, c->in[1].s)) != DB_OK ||
	    (rc = session_start(c, c->user.id)) != DB_OK ||
	    (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/profile?done=password",
	    surface_bases[c->surface]);
	return 303;
}

/* The account a live reset token belongs to, 0 for none; locks the token. */
static long long
token_account(const char *tok, int *rc)
{
	unsigned char	h[TOKEN_HASH];
	struct db_param	p[1] = { { DBP_TEXT, 0, (const char *)h, TOKEN_HASH } };
	long long	id = 0;

	*rc = DB_OK;
	if (token_hash(tok, h) != 0)
		return 0;
	if ((*rc = db_exec(&st_token, p, 1)) != DB_OK)
		return 0;
	if ((*rc = db_fetch(&st_token)) == 1) {
		id = db_col_int(&st_token, 0);
		db_done(&st_token);
	}
	*rc = *rc < 0 ? *rc : DB_OK;
	return id;
}

int
reset_show(struct ctx *c)
{
	const char	*tok = c->in[0].s;	/* first input of GET and POST */
	xmlNodePtr	 n;
	int		 rc;

	if (page_begin(c, "reset") != 0)
		return 500;
	n = xml_add(c->root, "reset", NULL);
	xml_attr(n, "token", tok);
	if (token_account(tok, &rc) == 0) {
		if (rc != DB_OK)
			return db_http_status(rc);
		xml_attr(n, "expired", "1");
		c->keep = 1;
		return 410;
	}
	return 200;
}

int
reset_post(struct ctx *c)
{
	struct db_param	 p[1];
	unsigned char	 h[TOKEN_HASH];
	long long	 id;
	int		 rc;

	if ((rc = password_refused(c, c->in[1].s, c->in[2].s)) != 0)
		return rc;
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((id = token_account(c->in[0].s, &rc)) == 0) {
		db_rollback();
		return rc != DB_OK ? db_http_status(rc) : reset_show(c);
	}
	token_hash(c->in[0].s, h);
	p[0] = (struct db_param){ DBP_TEXT, 0, (const char *)h, TOKEN_HASH };
	if ((rc = db_exec(&st_token_use, p, 1)) != DB_OK ||
	    (rc = pw_store(id, c->in[1].s)) != DB_OK ||
	    (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/login?done=reset",
	    surface_bases[c->surface]);
	return 303;
}
