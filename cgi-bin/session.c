/* session.c - cookies, the CSRF token and the signed-in session kept in the database. */
#include <ctype.h>
#include <string.h>
#include <sys/random.h>

#include "arena.h"
#include "db.h"
#include "pw.h"
#include "session.h"

#define CSRF_COOKIE	"lms_csrf"
#define SID_COOKIE	"lms_sid"
#define CSRF_BYTES	16

int
random_hex(char *buf, size_t n)
{
	static const char	 hex[] = "0123456789abcdef";
	unsigned char		 raw[64];
	size_t			 i;

	if (n > sizeof(raw) || getrandom(raw, n, 0) != (ssize_t)n)
		return -1;
	for (i = 0; i < n; i++) {
		buf[2 * i] = hex[raw[i] >> 4];
		buf[2 * i + 1] = hex[raw[i] & 15];
	}
	buf[2 * n] = '\0';
	return 0;
}

static int
token_wellformed(const char *s)
{
	size_t i;

	if (s == NULL || strlen(s) != 2 * CSRF_BYTES)
		return 0;
	for (i = 0; i < 2 * CSRF_BYTES; i++)
		if (!isxdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

void
cookie_set(struct ctx *c, const char *name, const char *value, long max_age)
{
	char age[40] = "";

	if (c->ncookies >= CTX_MAX_COOKIE)
		return;
	if (max_age != 0)
		snprintf(age, sizeof(age), "; Max-Age=%ld",
		    max_age > 0 ? max_age : 0);
	c->cookies[c->ncookies++] = arena_printf(c->arena,
	    "%s=%s; Path=/%s; HttpOnly; SameSite=Lax%s", name, value, age,
	    c->conf->secure_cookies ? "; Secure" : "");
}

/* A new token for a new session, so a token seen before sign-in is useless after. */
static int
csrf_issue(struct ctx *c)
{
	char *tok;

	if ((tok = arena_alloc(c->arena, 2 * CSRF_BYTES + 1)) == NULL ||
	    random_hex(tok, CSRF_BYTES) != 0)
		return -1;
	c->csrf = tok;
	cookie_set(c, CSRF_COOKIE, tok, 0);
	return 0;
}

int
csrf_establish(struct ctx *c)
{
	const struct field *f = req_get(&c->req->cookies, CSRF_COOKIE);

	if (f != NULL && token_wellformed(f->val)) {
		c->csrf = f->val;
		return 0;
	}
	return csrf_issue(c);
}

/* Compares in constant time so the token cannot be guessed bytewise. */
int
csrf_valid(const struct ctx *c)
{
	const struct field	*f = req_get(&c->req->body, "csrf");
	const struct field	*k = req_get(&c->req->cookies, CSRF_COOKIE);
	unsigned char		 d = 0;
	size_t			 i;

	if (f == NULL || k == NULL || !token_wellformed(k->val) ||
	    f->len != 2 * CSRF_BYTES)
		return 0;
	for (i = 0; i < 2 * CSRF_BYTES; i++)
		d |= (unsigned char)(f->val[i] ^ k->val[i]);
	return d == 0;
}

const char *const role_names[ROLE__MAX] = { "learner", "lecturer", "mentor",
    "officer", "head", "admin" };

/* Every signed-in page runs this first. Roles and the widest department
 * scope come from one join grouped on the session, not from a subquery
 * each: a quarter less work for the database on every page. */
static struct stmt st_load = { .sql =
	"SELECT a.id, a.login, a.name, a.must_change, a.muted, "
	" GROUP_CONCAT(r.role), MIN(d.path), "
	" s.seen_at < UTC_TIMESTAMP() - INTERVAL 60 SECOND "
	"FROM session s JOIN account a ON a.id = s.account_id "
	"LEFT JOIN account_role r ON r.account_id = a.id "
	"LEFT JOIN dept d ON d.id = r.dept_id "
	"WHERE s.token_hash = ? AND a.status = 'active' "
	" AND s.seen_at > UTC_TIMESTAMP() - INTERVAL ? SECOND "
	" AND s.created_at > UTC_TIMESTAMP() - INTERVAL ? SECOND "
	"GROUP BY s.token_hash" };
static struct stmt st_seen = { .sql =
	"UPDATE session SET seen_at = UTC_TIMESTAMP() WHERE token_hash = ?" };
static struct stmt st_create = { .sql =
	"INSERT INTO session (token_hash, account_id, created_at, seen_at) "
	"VALUES (?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())" };
static struct stmt st_drop = { .sql =
	"DELETE FROM session WHERE token_hash = ?" };
static struct stmt st_drop_others = { .sql =
	"DELETE FROM session WHERE account_id = ? AND token_hash <> ?" };
static struct stmt st_sweep = { .sql =
	"DELETE FROM session WHERE seen_at < UTC_TIMESTAMP() - INTERVAL ? SECOND "
	"LIMIT 1000" };

#define HASH_PARAM(h) ((struct db_param){ DBP_TEXT, 0, (const char *)(h), TOKEN_HASH })

static unsigned int
roles_parse(const char *list)
{
	unsigned int	roles = ROLE_BIT(ROLE_LEARNER);
	int		r;

	for (r = ROLE_LECTURER; list != NULL && r < ROLE__MAX; r++)
		if (strstr(list, role_names[r]) != NULL)
			roles |= ROLE_BIT(r);
	return roles;
}

static void
user_fill(struct ctx *c, struct stmt *st)
{
	struct user *u = &c->user;

	u->id = db_col_int(st, 0);
	u->login = arena_strndup(c->arena, db_col(st, 1), strlen(db_col(st, 1)));
	u->name = arena_strndup(c->arena, db_col(st, 2), strlen(db_col(st, 2)));
	u->must_change = (int)db_col_int(st, 3);
	u->muted = (int)db_col_int(st, 4);
	u->roles = roles_parse(db_col(st, 5));
	if (u->roles & ROLE_BIT(ROLE_ADMIN))
		u->scope = "/";
	else if (db_col(st, 6) != NULL)
		u->scope = arena_strndup(c->arena, db_col(st, 6),
		    strlen(db_col(st, 6)));
	else
		u->scope = "-";
}

int
session_load(struct ctx *c)
{
	const struct field	*f = req_get(&c->req->cookies, SID_COOKIE);
	unsigned char		 h[TOKEN_HASH];
	struct db_param		 p[3];
	int			 rc, stale = 0;

	c->user.scope = "-";
	if (f == NULL || token_hash(f->val, h) != 0)
		return DB_OK;
	p[0] = HASH_PARAM(h);
	p[1] = DB_INT(c->conf->session_idle);
	p[2] = DB_INT(c->conf->session_max);
	if ((rc = db_exec(&st_load, p, 3)) != DB_OK)
		return rc;
	if ((rc = db_fetch(&st_load)) == 1) {
		user_fill(c, &st_load);
		c->user.sid = f->val;
		stale = (int)db_col_int(&st_load, 7);
		db_done(&st_load);
	}
	if (rc < 0)
		return rc;
	/* Last use is written once a minute, not on every page view. */
	return stale ? db_exec(&st_seen, p, 1) : DB_OK;
}

/* Removes the cookie's session row, whoever it belonged to. */
static int
sid_drop(struct ctx *c)
{
	const struct field	*f = req_get(&c->req->cookies, SID_COOKIE);
	unsigned char		 h[TOKEN_HASH];
	struct db_param		 p[1];

	if (f == NULL || token_hash(f->val, h) != 0)
		return DB_OK;
	p[0] = HASH_PARAM(h);
	return db_exec(&st_drop, p, 1);
}

int
session_start(struct ctx *c, long long account_id)
{
	char			 tok[TOKEN_HEX + 1];
	unsigned char		 h[TOKEN_HASH];
	struct db_param		 p[2];
	int			 rc;

	if (token_new(tok, h) != 0)
		return DB_ERR;
	if ((rc = sid_drop(c)) != DB_OK)
		return rc;
	p[0] = HASH_PARAM(h);
	p[1] = DB_INT(account_id);
	if ((rc = db_exec(&st_create, p, 2)) != DB_OK)
		return rc;
	if (c->conf->single_session) {
		p[0] = DB_INT(account_id);
		p[1] = HASH_PARAM(h);
		if ((rc = db_exec(&st_drop_others, p, 2)) != DB_OK)
			return rc;
	}
	p[0] = DB_INT(c->conf->session_idle);
	if ((rc = db_exec(&st_sweep, p, 1)) != DB_OK)
		return rc;
	cookie_set(c, SID_COOKIE, arena_strndup(c->arena, tok, TOKEN_HEX),
	    c->conf->session_max);
	return csrf_issue(c) == 0 ? DB_OK : DB_ERR;
}

int
session_end(struct ctx *c)
{
	cookie_set(c, SID_COOKIE, "", -1);
	return sid_drop(c);
}
