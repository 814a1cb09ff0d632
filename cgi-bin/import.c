/* import.c - bulk account import from CSV: a dry run that names every bad row and column,
 * then an all-or-nothing commit that hands out the initial passwords once, as CSV. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assign.h"
#include "csv_page.h"
#include "csv_import.h"
#include "db.h"
#include "pages.h"
#include "pw.h"
#include "xml.h"

/* The columns, in the order of the file. */
enum { C_NAME, C_EMP, C_LOGIN, C_DEPT, C_POST, C_PHONE, C_EMAIL, C_ROLE, C__N };
static const char *const col_names[C__N] = { "name", "emp_no", "login",
    "dept", "post", "phone", "email", "role" };
static const char *const header[] = { "name", "姓名", NULL };

struct imp {
	struct csv_import base;		/* first: the callbacks get its address */
	long long	*dept, *post;	/* resolved ids per row */
	char		*logins, *emps;	/* "a,b,c" for one lookup each */
	struct csv_out	 out;		/* the passwords */
};

static struct stmt st_depts = { .sql =
	"SELECT d.id, (SELECT GROUP_CONCAT(x.name ORDER BY LENGTH(x.path) "
	"  SEPARATOR '/') FROM dept x WHERE d.path LIKE CONCAT(x.path, '%') "
	"  AND x.id <> 1) "
	"FROM dept d WHERE d.active AND d.id <> 1" };
static struct stmt st_posts = { .sql =
	"SELECT id, name FROM post WHERE active" };
static struct stmt st_taken = { .sql =
	"SELECT login, emp_no FROM account "
	"WHERE FIND_IN_SET(login, ?) OR FIND_IN_SET(emp_no, ?)" };
static struct stmt st_insert = { .sql =
	"INSERT INTO account (login, name, emp_no, dept_id, post_id, phone, "
	" email, pw_hash, must_change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)" };
static struct stmt st_role = { .sql =
	"INSERT INTO account_role (account_id, role) VALUES (?, ?)" };

/* Role names as HR writes them; NULL for an unknown one. */
static const char *
role_of(const char *s)
{
	static const char *const map[][2] = { { "", "" }, { "learner", "" },
	    { "学员", "" }, { "lecturer", "lecturer" }, { "讲师", "lecturer" },
	    { "mentor", "mentor" }, { "师傅", "mentor" } };
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(s, map[i][0]) == 0)
			return map[i][1];
	return NULL;
}

/* "研发中心 / 软件开发部" and "研发中心/软件开发部" name the same place. */
static void
path_squeeze(char *s)
{
	char *o = s;

	for (; *s != '\0'; s++)
		if (*s != ' ' || (s[1] != '/' && (o == s || o[-1] != '/')))
			*o++ = *s;
	*o = '\0';
}

/* Looks every row's department and post up in two reads. */
static int
refs_resolve(struct imp *m)
{
	int	i, rc;

	if ((rc = db_exec(&st_depts, NULL, 0)) != DB_OK)
		return rc;
	while ((rc = db_fetch(&st_depts)) == 1)
		for (i = 0; i < m->base.nrows; i++)
			if (db_col(&st_depts, 1) != NULL && strcmp(db_col(&st_depts,
			    1), m->base.rows[i].col[C_DEPT]) == 0)
				m->dept[i] = db_col_int(&st_depts, 0);
	if (rc != 0 || (rc = db_exec(&st_posts, NULL, 0)) != DB_OK)
		return rc < 0 ? rc : DB_ERR;
	while ((rc = db_fetch(&st_posts)) == 1)
		for (i = 0; i < m->base.nrows; i++)
			if (strcmp(db_col(&st_posts, 1),
			    m->base.rows[i].col[C_POST]) == 0)
				m->post[i] = db_col_int(&st_posts, 0);
	return rc == 0 ? DB_OK : rc;
}

/* The fields of one row on their own; 1 when all are good. */
static void
row_check(struct imp *m, int i)
{
	struct csv_row	*r = &m->base.rows[i];
	char		**f = r->col;
	enum verr	 e;

	if ((e = valid_text(f[C_NAME], strlen(f[C_NAME]), 1, 64)) != VERR_OK)
		csv_import_problem(&m->base, r->line, "name", verr_code(e));
	if (f[C_EMP][0] && (strlen(f[C_EMP]) > 32 || strspn(f[C_EMP],
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") !=
	    strlen(f[C_EMP])))
		csv_import_problem(&m->base, r->line, "emp_no", "bad_format");
	if ((e = valid_login(f[C_LOGIN])) != VERR_OK)
		csv_import_problem(&m->base, r->line, "login", verr_code(e));
	if (m->dept[i] == 0)
		csv_import_problem(&m->base, r->line, "dept", "unknown");
	if (f[C_POST][0] && m->post[i] == 0)
		csv_import_problem(&m->base, r->line, "post", "unknown");
	if (f[C_PHONE][0] && valid_phone(f[C_PHONE]) != VERR_OK)
		csv_import_problem(&m->base, r->line, "phone", "bad_format");
	if (f[C_EMAIL][0] && valid_email(f[C_EMAIL]) != VERR_OK)
		csv_import_problem(&m->base, r->line, "email", "bad_format");
	if (role_of(f[C_ROLE]) == NULL)
		csv_import_problem(&m->base, r->line, "role", "not_allowed");
}

static int
by_col(const void *a, const void *b, void *arg)
{
	const struct csv_row *const *x = a, *const *y = b;
	int col = *(int *)arg;

	return strcmp((*x)->col[col], (*y)->col[col]);
}

/* Logins and numbers used twice in the file: sorted, neighbours compared. */
static void
dup_check(struct imp *m, int col)
{
	int		  i, n = m->base.nrows;
	struct csv_row	**v = arena_alloc(m->base.c->arena, n * sizeof(*v) + 1);

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		v[i] = &m->base.rows[i];
	qsort_r(v, (size_t)n, sizeof(*v), by_col, &col);
	for (i = 1; i < n; i++)
		if (v[i]->col[col][0] && strcmp(v[i]->col[col],
		    v[i - 1]->col[col]) == 0)
			csv_import_problem(&m->base, v[i]->line, col_names[col],
			    "duplicate");
}

/* Logins and numbers the database already has, in one read. */
static int
taken_check(struct imp *m)
{
	struct db_param	 p[2] = { DB_TEXT(m->logins), DB_TEXT(m->emps) };
	struct csv_row	*r;
	int		 i, rc;

	if ((rc = db_exec(&st_taken, p, 2)) != DB_OK)
		return rc;
	while ((rc = db_fetch(&st_taken)) == 1)
		for (i = 0; i < m->base.nrows; i++) {
			r = &m->base.rows[i];
			if (strcmp(r->col[C_LOGIN], db_col(&st_taken, 0)) == 0)
				csv_import_problem(&m->base, r->line, "login",
				    "taken");
			if (db_col(&st_taken, 1) && r->col[C_EMP][0] &&
			    strcmp(r->col[C_EMP], db_col(&st_taken, 1)) == 0)
				csv_import_problem(&m->base, r->line, "emp_no",
				    "taken");
		}
	return rc == 0 ? DB_OK : rc;
}

/* The departments squeezed, the lists of logins and numbers to look up
 * made; -1 when out of memory. */
static int
rows_prepare(struct imp *m)
{
	struct csv_row	*row;
	size_t		 ln = 0, le = 0, cap = strlen(m->base.text) + 2;
	int		 i, n = m->base.nrows;

	m->logins = arena_alloc(m->base.c->arena, cap);
	m->emps = arena_alloc(m->base.c->arena, cap);
	m->dept = arena_alloc(m->base.c->arena, (n + 1) * sizeof(long long));
	m->post = arena_alloc(m->base.c->arena, (n + 1) * sizeof(long long));
	if (m->logins == NULL || m->emps == NULL || m->dept == NULL ||
	    m->post == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		row = &m->base.rows[i];
		path_squeeze(row->col[C_DEPT]);
		if (strchr(row->col[C_LOGIN], ',') == NULL)
			ln += (size_t)sprintf(m->logins + ln, "%s%s", ln ? "," : "",
			    row->col[C_LOGIN]);
		if (strchr(row->col[C_EMP], ',') == NULL && row->col[C_EMP][0])
			le += (size_t)sprintf(m->emps + le, "%s%s", le ? "," : "",
			    row->col[C_EMP]);
	}
	return 0;
}

/* The dry run's checks of the rows; DB_OK, or a db error. */
static int
rows_check(struct csv_import *base)
{
	struct imp	*m = (struct imp *)base;
	int		 i, rc;

	if (rows_prepare(m) != 0)
		return DB_ERR;
	if ((rc = refs_resolve(m)) != DB_OK)
		return rc;
	for (i = 0; i < m->base.nrows; i++)
		row_check(m, i);
	dup_check(m, C_LOGIN);
	dup_check(m, C_EMP);
	return taken_check(m);
}

/* Inserts row i with a fresh one-time password, appended to m->out. */
static int
row_insert(struct imp *m, int i)
{
	char		**f = m->base.rows[i].col, pw[13], hash[PW_HASH_MAX];
	const char	 *role = role_of(f[C_ROLE]);
	const char	 *cells[4] = { f[C_LOGIN], f[C_NAME], f[C_EMP], pw };
	struct db_param	  p[8];
	int		  rc;

	pw_random(pw);
	if (pw_hash_issued(pw, hash) != 0)
		return DB_ERR;
	p[0] = DB_TEXT(f[C_LOGIN]);
	p[1] = DB_TEXT(f[C_NAME]);
	p[2] = f[C_EMP][0] ? DB_TEXT(f[C_EMP]) : DB_NULLP;
	p[3] = DB_INT(m->dept[i]);
	p[4] = m->post[i] ? DB_INT(m->post[i]) : DB_NULLP;
	p[5] = f[C_PHONE][0] ? DB_TEXT(f[C_PHONE]) : DB_NULLP;
	p[6] = f[C_EMAIL][0] ? DB_TEXT(f[C_EMAIL]) : DB_NULLP;
	p[7] = DB_TEXT(hash);
	if ((rc = db_exec(&st_insert, p, 8)) != DB_OK)
		return rc;
	if (role != NULL && role[0] != '\0') {
		p[0] = DB_INT((long long)db_insert_id(&st_insert));
		p[1] = DB_TEXT(role);
		if ((rc = db_exec(&st_role, p, 2)) != DB_OK)
			return rc;
	}
	return csv_out_row(&m->out, cells, 4) == 0 ? DB_OK : DB_ERR;
}

/* Writes every row, the passwords into m->out. */
static int
rows_write(struct csv_import *base)
{
	static const char *const head[] = { "login", "name", "emp_no",
	    "password" };
	struct imp	*m = (struct imp *)base;
	int		 i, rc;

	if (csv_out_begin(&m->out, m->base.c->arena) != 0 ||
	    csv_out_row(&m->out, head, 4) != 0)
		return DB_ERR;
	for (i = 0; i < m->base.nrows; i++)
		if ((rc = row_insert(m, i)) != DB_OK)
			return rc;
	/* The new accounts get what their places are assigned (onboarding). */
	return assign_resolve(0, 0);
}

static int
report_begin(struct ctx *c, struct imp *m)
{
	*m = (struct imp){ .base = { .kind = "people", .ncols = C__N,
	    .nopt = 1, .header = header, .columns_code = "columns",
	    .check = rows_check, .write = rows_write } };
	return csv_import_begin(&m->base, c, "import", "import");
}

int
import_show(struct ctx *c)
{
	struct imp m;

	return report_begin(c, &m) == 0 ? 200 : 500;
}

int
import_check(struct ctx *c)
{
	struct imp m;

	return report_begin(c, &m) == 0 ? csv_import_dry(&m.base) : 500;
}

/* Writes every row or none, then hands the passwords out once. */
int
import_commit(struct ctx *c)
{
	struct imp	m;
	int		rc;

	if (report_begin(c, &m) != 0)
		return 500;
	if ((rc = csv_import_commit(&m.base, "account.import")) != 0)
		return rc;
	return csv_page_answer(c, &m.out, arena_printf(c->arena,
	    "passwords-%lld.csv", c->param[0]));
}
