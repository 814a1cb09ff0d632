/* import.c - bulk account import from CSV: a dry run that names every bad row and column,
 * then an all-or-nothing commit that hands out the initial passwords once, as CSV. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assign.h"
#include "audit.h"
#include "csv.h"
#include "db.h"
#include "i18n.h"
#include "pages.h"
#include "pw.h"
#include "xml.h"

#define MAX_ROWS	20000
#define MAX_FILE	(8 << 20)
#define MAX_PROBLEMS	200
#define MAX_DEPTS	2000

/* The columns, in the order of the file. */
enum { C_NAME, C_EMP, C_LOGIN, C_DEPT, C_POST, C_PHONE, C_EMAIL, C_ROLE, C__N };
static const char *const col_names[C__N] = { "name", "emp_no", "login",
    "dept", "post", "phone", "email", "role" };

struct imp {
	struct ctx	*c;
	struct csv_row	*rows;
	long long	*dept, *post;	/* resolved ids per row */
	int		 nrows;
	int		 nproblems;
	xmlNodePtr	 report;
	char		*logins, *emps;	/* "a,b,c" for one lookup each */
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
static struct stmt st_batch_add = { .sql =
	"INSERT INTO import_batch (by_id, rows_ok, body) VALUES (?, ?, ?)" };
static struct stmt st_batch = { .sql =
	"SELECT body FROM import_batch WHERE id = ? AND by_id = ? "
	"AND done_at IS NULL FOR UPDATE" };
static struct stmt st_batch_done = { .sql =
	"UPDATE import_batch SET done_at = UTC_TIMESTAMP(), body = '' WHERE id = ?" };
static struct stmt st_insert = { .sql =
	"INSERT INTO account (login, name, emp_no, dept_id, post_id, phone, "
	" email, pw_hash, must_change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)" };
static struct stmt st_role = { .sql =
	"INSERT INTO account_role (account_id, role) VALUES (?, ?)" };

static void
problem(struct imp *m, unsigned int line, const char *col, const char *code)
{
	const char	*text = i18n_text(m->c->lang, code);
	xmlNodePtr	 n;

	if (++m->nproblems > MAX_PROBLEMS)
		return;
	n = xml_add(m->report, "problem", text ? text : code);
	xml_attr_int(n, "line", line);
	xml_attr(n, "column", col);
	xml_attr(n, "code", code);
}

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
		for (i = 0; i < m->nrows; i++)
			if (db_col(&st_depts, 1) != NULL && strcmp(db_col(&st_depts,
			    1), m->rows[i].col[C_DEPT]) == 0)
				m->dept[i] = db_col_int(&st_depts, 0);
	if (rc != 0 || (rc = db_exec(&st_posts, NULL, 0)) != DB_OK)
		return rc < 0 ? rc : DB_ERR;
	while ((rc = db_fetch(&st_posts)) == 1)
		for (i = 0; i < m->nrows; i++)
			if (strcmp(db_col(&st_posts, 1), m->rows[i].col[C_POST]) == 0)
				m->post[i] = db_col_int(&st_posts, 0);
	return rc == 0 ? DB_OK : rc;
}

/* The fields of one row on their own; 1 when all are good. */
static void
row_check(struct imp *m, int i)
{
	struct csv_row	*r = &m->rows[i];
	char		**f = r->col;
	enum verr	 e;

	if ((e = valid_text(f[C_NAME], strlen(f[C_NAME]), 1, 64)) != VERR_OK)
		problem(m, r->line, "name", verr_code(e));
	if (f[C_EMP][0] && (strlen(f[C_EMP]) > 32 || strspn(f[C_EMP],
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") !=
	    strlen(f[C_EMP])))
		problem(m, r->line, "emp_no", "bad_format");
	if ((e = valid_login(f[C_LOGIN])) != VERR_OK)
		problem(m, r->line, "login", verr_code(e));
	if (m->dept[i] == 0)
		problem(m, r->line, "dept", "unknown");
	if (f[C_POST][0] && m->post[i] == 0)
		problem(m, r->line, "post", "unknown");
	if (f[C_PHONE][0] && valid_phone(f[C_PHONE]) != VERR_OK)
		problem(m, r->line, "phone", "bad_format");
	if (f[C_EMAIL][0] && valid_email(f[C_EMAIL]) != VERR_OK)
		problem(m, r->line, "email", "bad_format");
	if (role_of(f[C_ROLE]) == NULL)
		problem(m, r->line, "role", "not_allowed");
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
	struct csv_row	**v = arena_alloc(m->c->arena, m->nrows * sizeof(*v) + 1);
	int		  i;

	if (v == NULL)
		return;
	for (i = 0; i < m->nrows; i++)
		v[i] = &m->rows[i];
	qsort_r(v, (size_t)m->nrows, sizeof(*v), by_col, &col);
	for (i = 1; i < m->nrows; i++)
		if (v[i]->col[col][0] && strcmp(v[i]->col[col],
		    v[i - 1]->col[col]) == 0)
			problem(m, v[i]->line, col_names[col], "duplicate");
}

/* Logins and numbers the database already has, in one read. */
static int
taken_check(struct imp *m)
{
	struct db_param	p[2] = { DB_TEXT(m->logins), DB_TEXT(m->emps) };
	int		i, rc;

	if ((rc = db_exec(&st_taken, p, 2)) != DB_OK)
		return rc;
	while ((rc = db_fetch(&st_taken)) == 1)
		for (i = 0; i < m->nrows; i++) {
			if (strcmp(m->rows[i].col[C_LOGIN], db_col(&st_taken, 0)) == 0)
				problem(m, m->rows[i].line, "login", "taken");
			if (db_col(&st_taken, 1) && m->rows[i].col[C_EMP][0] &&
			    strcmp(m->rows[i].col[C_EMP], db_col(&st_taken, 1)) == 0)
				problem(m, m->rows[i].line, "emp_no", "taken");
		}
	return rc == 0 ? DB_OK : rc;
}

/* A header row is recognised by its first cell and skipped. */
static int
is_header(const struct csv_row *r)
{
	return strcmp(r->col[0], "name") == 0 || strcmp(r->col[0], "姓名") == 0;
}

/* Reads the rows and their lists; -1 when the file is not CSV at all. */
static int
rows_read(struct imp *m, const char *text)
{
	struct csv_reader	 r;
	struct csv_row		 row;
	size_t			 ln = 0, le = 0, cap = strlen(text) + 2;
	int			 rc;

	m->rows = arena_alloc(m->c->arena, MAX_ROWS * sizeof(*m->rows));
	m->logins = arena_alloc(m->c->arena, cap);
	m->emps = arena_alloc(m->c->arena, cap);
	if (m->rows == NULL || m->logins == NULL || m->emps == NULL)
		return -1;
	csv_reader_init(&r, text, strlen(text));
	while ((rc = csv_next(m->c->arena, &r, &row)) == 1) {
		if ((m->nrows == 0 && is_header(&row)) || row.ncol == 0)
			continue;
		if (row.ncol < C__N - 1 || row.ncol > C__N) {
			problem(m, row.line, "*", "columns");
			continue;
		}
		if (m->nrows == MAX_ROWS) {
			problem(m, row.line, "*", "too_many_rows");
			break;
		}
		if (row.ncol == C__N - 1)
			row.col[C_ROLE] = "";
		path_squeeze(row.col[C_DEPT]);
		m->rows[m->nrows++] = row;
		if (strchr(row.col[C_LOGIN], ',') == NULL)
			ln += (size_t)sprintf(m->logins + ln, "%s%s", ln ? "," : "",
			    row.col[C_LOGIN]);
		if (strchr(row.col[C_EMP], ',') == NULL && row.col[C_EMP][0])
			le += (size_t)sprintf(m->emps + le, "%s%s", le ? "," : "",
			    row.col[C_EMP]);
	}
	if (rc < 0)
		problem(m, r.line, "*", "bad_csv");
	m->dept = arena_alloc(m->c->arena, (m->nrows + 1) * sizeof(long long));
	m->post = arena_alloc(m->c->arena, (m->nrows + 1) * sizeof(long long));
	if (m->dept == NULL || m->post == NULL)
		return -1;
	if (m->nrows == 0 && m->nproblems == 0)
		problem(m, 1, "*", "empty");
	return 0;
}

/* The whole dry run over text; DB_OK with m->nproblems set, or db error. */
static int
dry_run(struct imp *m, const char *text)
{
	int i, rc;

	if (rows_read(m, text) != 0)
		return DB_ERR;
	if ((rc = refs_resolve(m)) != DB_OK)
		return rc;
	for (i = 0; i < m->nrows; i++)
		row_check(m, i);
	dup_check(m, C_LOGIN);
	dup_check(m, C_EMP);
	return taken_check(m);
}

static int
report_begin(struct ctx *c, struct imp *m)
{
	memset(m, 0, sizeof(*m));
	m->c = c;
	if (page_begin(c, "import") != 0)
		return -1;
	m->report = xml_add(c->root, "import", NULL);
	return 0;
}

int
import_show(struct ctx *c)
{
	struct imp m;

	return report_begin(c, &m) == 0 ? 200 : 500;
}

/* The uploaded file as UTF-8 text, or NULL with the problem reported. */
static char *
upload_read(struct imp *m)
{
	const struct field	*f = req_get(&m->c->req->body, "file");
	FILE			*fp;
	char			*buf, *text = NULL;
	size_t			 n;

	if (f == NULL || f->file == NULL || f->fsize == 0) {
		problem(m, 0, "file", "required");
		return NULL;
	}
	if (f->fsize > MAX_FILE) {
		problem(m, 0, "file", "too_long");
		return NULL;
	}
	if ((buf = arena_alloc(m->c->arena, f->fsize + 1)) == NULL ||
	    (fp = fopen(f->file, "rb")) == NULL)
		return NULL;
	n = fread(buf, 1, f->fsize, fp);
	fclose(fp);
	if (n != f->fsize || csv_to_utf8(m->c->arena, buf, n, &text, NULL) != 0) {
		problem(m, 0, "file", "bad_encoding");
		return NULL;
	}
	return text;
}

int
import_check(struct ctx *c)
{
	struct imp	 m;
	struct db_param	 p[3];
	char		*text;
	int		 rc;

	if (report_begin(c, &m) != 0)
		return 500;
	if ((text = upload_read(&m)) == NULL)
		return m.nproblems ? (c->keep = 1, 400) : 500;
	if ((rc = dry_run(&m, text)) != DB_OK)
		return db_http_status(rc);
	xml_attr_int(m.report, "rows", m.nrows);
	xml_attr_int(m.report, "problems", m.nproblems);
	if (m.nproblems > 0) {
		c->keep = 1;
		return 400;
	}
	p[0] = DB_INT(c->user.id);
	p[1] = DB_INT(m.nrows);
	p[2] = DB_TEXT(text);
	if ((rc = db_exec(&st_batch_add, p, 3)) != DB_OK)
		return db_http_status(rc);
	xml_attr_int(m.report, "batch", (long long)db_insert_id(&st_batch_add));
	return 200;
}

/* Inserts row i with a fresh one-time password, appended to out. */
static int
row_insert(struct imp *m, int i, char *out, size_t *len)
{
	char		**f = m->rows[i].col, pw[13], hash[PW_HASH_MAX];
	const char	 *role = role_of(f[C_ROLE]);
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
	*len += (size_t)sprintf(out + *len, "%s,%s,%s,%s\r\n", f[C_LOGIN],
	    csv_field(m->c->arena, f[C_NAME]), csv_field(m->c->arena, f[C_EMP]),
	    pw);
	return DB_OK;
}

/* Reads the batch (locked: a second confirm finds it done), runs the dry
 * run again against today's data, then writes every row or none. */
int
import_commit(struct ctx *c)
{
	struct imp	 m;
	struct db_param	 p[2] = { DB_INT(c->param[0]), DB_INT(c->user.id) };
	char		*text, *out;
	size_t		 len;
	int		 rc, i;

	if (report_begin(c, &m) != 0 || (rc = db_begin()) != DB_OK)
		return 500;
	if ((rc = db_exec(&st_batch, p, 2)) != DB_OK ||
	    (rc = db_fetch(&st_batch)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : db_http_status(rc);
	}
	text = arena_strndup(c->arena, db_col(&st_batch, 0),
	    strlen(db_col(&st_batch, 0)));
	db_done(&st_batch);
	if (text == NULL || (rc = dry_run(&m, text)) != DB_OK || m.nproblems) {
		db_rollback();
		c->keep = m.nproblems > 0;
		return m.nproblems ? 409 : db_http_status(rc);
	}
	len = strlen(CSV_BOM "login,name,emp_no,password\r\n");
	if ((out = arena_alloc(c->arena, strlen(text) * 2 + 64 * m.nrows + len)) == NULL)
		goto fail;
	strcpy(out, CSV_BOM "login,name,emp_no,password\r\n");
	for (i = 0; i < m.nrows; i++)
		if ((rc = row_insert(&m, i, out, &len)) != DB_OK)
			goto fail;
	/* The new accounts get what their places are assigned (onboarding). */
	if ((rc = db_exec(&st_batch_done, p, 1)) != DB_OK ||
	    (rc = assign_resolve(0, 0)) != DB_OK ||
	    (rc = audit_append(c, "account.import", "import", c->param[0], NULL,
	    arena_printf(c->arena, "{\"rows\": %d}", m.nrows))) != DB_OK ||
	    (rc = db_commit()) != DB_OK)
		goto fail;
	c->text = out;
	c->ctype = "text/csv; charset=utf-8";
	c->filename = arena_printf(c->arena, "passwords-%lld.csv", c->param[0]);
	return 200;
fail:
	db_rollback();
	return db_http_status(rc);
}
