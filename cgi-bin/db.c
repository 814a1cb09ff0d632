/* db.c - one connection per process, statements prepared once by identity, transactions. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include "arena.h"
#include "db.h"

#define COL_INIT	256	/* first buffer per column; grown on truncation */

static MYSQL		*conn;
static const struct conf *dbconf;
static unsigned int	 gen = 1;	/* bumped on every new connection */
static int		 in_tx;
static char		 lasterr[256];

static int
is_gone(unsigned int e)
{
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST ||
	    e == CR_CONNECTION_ERROR || e == CR_CONN_HOST_ERROR ||
	    e == ER_CONNECTION_KILLED || e == 4031 /* idle disconnect */ ||
	    e == ER_SERVER_SHUTDOWN || e == CR_COMMANDS_OUT_OF_SYNC;
}

static void
set_err(const char *what, const char *msg)
{
	snprintf(lasterr, sizeof(lasterr), "%s: %s", what, msg);
}

const char *
db_error(void)
{
	return lasterr;
}

static int
db_connect(void)
{
	unsigned int	 t;
	my_bool		 off = 0;

	if (dbconf == NULL) {
		set_err("connect", "no configuration");
		return DB_GONE;
	}
	if ((conn = mysql_init(NULL)) == NULL)
		return DB_GONE;
	t = (unsigned int)dbconf->db_timeout;
	mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &t);
	mysql_options(conn, MYSQL_OPT_READ_TIMEOUT, &t);
	mysql_options(conn, MYSQL_OPT_WRITE_TIMEOUT, &t);
	/* Statements die with a silent reconnect: we reconnect ourselves. */
	mysql_options(conn, MYSQL_OPT_RECONNECT, &off);
	mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(conn, MYSQL_INIT_COMMAND, "SET SESSION sql_mode="
	    "'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,"
	    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION',"
	    "time_zone='+00:00'");
	if (mysql_real_connect(conn, NULL, dbconf->db_user,
	    dbconf->db_password[0] ? dbconf->db_password : NULL,
	    dbconf->db_name, 0, dbconf->db_socket,
	    CLIENT_MULTI_STATEMENTS) == NULL) {
		set_err("connect", mysql_error(conn));
		mysql_close(conn);
		conn = NULL;
		return DB_GONE;
	}
	gen++;
	in_tx = 0;
	return DB_OK;
}

int
db_open(const struct conf *c)
{
	dbconf = c;
	return db_connect();
}

void
db_close(void)
{
	if (conn != NULL)
		mysql_close(conn);
	conn = NULL;
}

MYSQL *
db_handle(void)
{
	return conn;
}

/* Drops a dead connection; statements notice by their generation. */
static void
db_lost(void)
{
	db_close();
	in_tx = 0;
}

static void
stmt_release(struct stmt *st)
{
	unsigned int i;

	/* A statement of a closed connection still owns client memory. */
	if (st->h != NULL)
		mysql_stmt_close(st->h);
	for (i = 0; i < st->ncol; i++)
		free(st->buf[i]);
	free(st->res);
	free(st->len);
	free(st->isnull);
	free(st->buf);
	free(st->cap);
	st->h = NULL;
	st->res = NULL;
	st->len = NULL;
	st->isnull = NULL;
	st->buf = NULL;
	st->cap = NULL;
	st->ncol = 0;
	st->open = 0;
}

/* Binds one growing string buffer per result column. */
static int
stmt_bind_results(struct stmt *st)
{
	unsigned int i;

	st->ncol = mysql_stmt_field_count(st->h);
	if (st->ncol == 0)
		return 0;
	st->res = calloc(st->ncol, sizeof(*st->res));
	st->len = calloc(st->ncol, sizeof(*st->len));
	st->isnull = calloc(st->ncol, sizeof(*st->isnull));
	st->buf = calloc(st->ncol, sizeof(*st->buf));
	st->cap = calloc(st->ncol, sizeof(*st->cap));
	if (!st->res || !st->len || !st->isnull || !st->buf || !st->cap)
		return -1;
	for (i = 0; i < st->ncol; i++) {
		if ((st->buf[i] = malloc(COL_INIT)) == NULL)
			return -1;
		st->cap[i] = COL_INIT;
		st->res[i].buffer_type = MYSQL_TYPE_STRING;
		st->res[i].buffer = st->buf[i];
		st->res[i].buffer_length = COL_INIT - 1;
		st->res[i].length = &st->len[i];
		st->res[i].is_null = &st->isnull[i];
	}
	return mysql_stmt_bind_result(st->h, st->res) ? -1 : 0;
}

static int
stmt_prepare(struct stmt *st)
{
	if (st->h != NULL)
		stmt_release(st);
	if ((st->h = mysql_stmt_init(conn)) == NULL)
		return DB_ERR;
	st->gen = gen;
	if (mysql_stmt_prepare(st->h, st->sql, strlen(st->sql)) != 0) {
		unsigned int e = mysql_stmt_errno(st->h);
		set_err("prepare", mysql_stmt_error(st->h));
		stmt_release(st);
		return is_gone(e) ? DB_GONE : DB_ERR;
	}
	if (stmt_bind_results(st) != 0) {
		stmt_release(st);
		return DB_ERR;
	}
	return DB_OK;
}

static int
stmt_run(struct stmt *st, const struct db_param *p, unsigned int np)
{
	MYSQL_BIND	 b[32];
	unsigned int	 i;

	if (np > 32 || np != mysql_stmt_param_count(st->h))
		abort();	/* a programming error, not bad input */
	memset(b, 0, sizeof(b));
	for (i = 0; i < np; i++) {
		switch (p[i].type) {
		case DBP_INT:
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&p[i].i;
			break;
		case DBP_TEXT:
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)p[i].s;
			b[i].buffer_length = p[i].len;
			break;
		case DBP_NULL:
			b[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		}
	}
	if ((np > 0 && mysql_stmt_bind_param(st->h, b) != 0) ||
	    mysql_stmt_execute(st->h) != 0 ||
	    (st->ncol > 0 && mysql_stmt_store_result(st->h) != 0)) {
		unsigned int e = mysql_stmt_errno(st->h);
		set_err("execute", mysql_stmt_error(st->h));
		return is_gone(e) ? DB_GONE : DB_ERR;
	}
	st->open = st->ncol > 0;
	return DB_OK;
}

int
db_exec(struct stmt *st, const struct db_param *p, unsigned int np)
{
	int rc, tries;

	if (st->open)
		db_done(st);
	for (tries = 0; tries < 2; tries++) {
		if (conn == NULL && db_connect() != DB_OK)
			return DB_GONE;
		if (st->h == NULL || st->gen != gen)
			rc = stmt_prepare(st);
		else
			rc = DB_OK;
		if (rc == DB_OK)
			rc = stmt_run(st, p, np);
		if (rc != DB_GONE)
			return rc;
		/* Retry once on a fresh connection, but never half a transaction. */
		if (in_tx) {
			db_lost();
			return DB_GONE;
		}
		db_lost();
	}
	return DB_GONE;
}

int
db_fetch(struct stmt *st)
{
	unsigned int	i;
	int		rc;

	if (!st->open)
		return 0;
	rc = mysql_stmt_fetch(st->h);
	if (rc == MYSQL_NO_DATA) {
		db_done(st);
		return 0;
	}
	if (rc == 1) {
		set_err("fetch", mysql_stmt_error(st->h));
		db_done(st);
		return DB_ERR;
	}
	for (i = 0; i < st->ncol; i++) {
		if (st->isnull[i] || st->len[i] < st->cap[i])
			continue;
		/* Truncated: grow this column's buffer for good and refetch. */
		free(st->buf[i]);
		st->cap[i] = st->len[i] + 1;
		if ((st->buf[i] = malloc(st->cap[i])) == NULL)
			abort();
		st->res[i].buffer = st->buf[i];
		st->res[i].buffer_length = st->cap[i] - 1;
		if (mysql_stmt_fetch_column(st->h, &st->res[i], i, 0) != 0)
			return DB_ERR;
	}
	if (mysql_stmt_bind_result(st->h, st->res) != 0)
		return DB_ERR;
	return 1;
}

const char *
db_col(struct stmt *st, unsigned int i)
{
	if (i >= st->ncol || st->isnull[i])
		return NULL;
	st->buf[i][st->len[i] < st->cap[i] ? st->len[i] : st->cap[i] - 1] =
	    '\0';
	return st->buf[i];
}

long long
db_col_int(struct stmt *st, unsigned int i)
{
	const char *s = db_col(st, i);

	return s ? strtoll(s, NULL, 10) : 0;
}

unsigned long long
db_insert_id(struct stmt *st)
{
	return mysql_stmt_insert_id(st->h);
}

unsigned long long
db_affected(struct stmt *st)
{
	return mysql_stmt_affected_rows(st->h);
}

void
db_done(struct stmt *st)
{
	if (st->open && st->h != NULL && st->gen == gen)
		mysql_stmt_free_result(st->h);
	st->open = 0;
}

static int
db_simple(const char *sql)
{
	if (conn == NULL && db_connect() != DB_OK)
		return DB_GONE;
	if (mysql_real_query(conn, sql, strlen(sql)) != 0) {
		unsigned int e = mysql_errno(conn);
		set_err(sql, mysql_error(conn));
		if (is_gone(e)) {
			db_lost();
			return DB_GONE;
		}
		return DB_ERR;
	}
	return DB_OK;
}

int
db_begin(void)
{
	int rc;

	/* A connection that died while idle is replaced before we begin. */
	if ((rc = db_simple("START TRANSACTION")) == DB_GONE)
		rc = db_simple("START TRANSACTION");
	in_tx = rc == DB_OK;
	return rc;
}

int
db_commit(void)
{
	int rc = db_simple("COMMIT");

	in_tx = 0;
	return rc;
}

void
db_rollback(void)
{
	if (conn != NULL && in_tx)
		(void)db_simple("ROLLBACK");
	in_tx = 0;
}

int
db_ping(void)
{
	if (conn == NULL && db_connect() != DB_OK)
		return DB_GONE;
	if (mysql_ping(conn) != 0) {
		db_lost();
		return db_connect();
	}
	return DB_OK;
}

int
db_http_status(int rc)
{
	return rc == DB_GONE ? 503 : 500;
}

int
db_tx_exec(struct stmt *st, const struct db_param *p, unsigned int np)
{
	int rc;

	if ((rc = db_exec(st, p, np)) == DB_OK)
		return 0;
	db_rollback();
	return db_http_status(rc);
}

char *
db_like(struct arena *a, const char *q, int prefix_only)
{
	char	*out = arena_alloc(a, 2 * strlen(q) + 3), *o = out;

	if (out == NULL)
		return NULL;
	if (!prefix_only)
		*o++ = '%';
	for (; *q != '\0'; q++) {
		if (*q == '%' || *q == '_' || *q == '\\')
			*o++ = '\\';
		*o++ = *q;
	}
	*o++ = '%';
	*o = '\0';
	return out;
}

char *
db_text(struct arena *a, struct stmt *st, const struct db_param *p,
    unsigned int np)
{
	const char	*v;
	char		*s = NULL;

	if (db_exec(st, p, np) != DB_OK || db_fetch(st) != 1)
		return NULL;
	if ((v = db_col(st, 0)) != NULL)
		s = arena_strndup(a, v, strlen(v));
	db_done(st);
	return s;
}
