/* csv_import.c - the dry run and the all-or-nothing confirmation every CSV import shares. */
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "csv_import.h"
#include "db.h"
#include "i18n.h"
#include "xml.h"

#define MAX_FILE	(8 << 20)
#define MAX_PROBLEMS	200

static struct stmt st_batch_add = { .sql =
	"INSERT INTO import_batch (by_id, kind, rows_ok, body) VALUES (?, ?, ?, ?)" };
static struct stmt st_batch = { .sql =
	"SELECT body FROM import_batch WHERE id = ? AND by_id = ? AND kind = ? "
	"AND done_at IS NULL FOR UPDATE" };
static struct stmt st_batch_done = { .sql =
	"UPDATE import_batch SET done_at = UTC_TIMESTAMP(), body = '' WHERE id = ?" };

int
csv_import_begin(struct csv_import *m, struct ctx *c, const char *name,
    const char *el)
{
	m->c = c;
	m->report = NULL;
	m->text = NULL;
	m->rows = NULL;
	m->nrows = m->nproblems = 0;
	if (page_begin(c, name) != 0)
		return -1;
	m->report = xml_add(c->root, el, NULL);
	return 0;
}

void
csv_import_problem(struct csv_import *m, unsigned int line, const char *col,
    const char *code)
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

/* The uploaded file as UTF-8 into m->text; 0, or -1 with the problem
 * reported (or out of memory, none reported). */
static int
upload_read(struct csv_import *m)
{
	const struct field	*f = req_get(&m->c->req->body, "file");
	FILE			*fp;
	char			*buf;
	size_t			 n;

	if (f == NULL || f->file == NULL || f->fsize == 0) {
		csv_import_problem(m, 0, "file", "required");
		return -1;
	}
	if (f->fsize > MAX_FILE) {
		csv_import_problem(m, 0, "file", "too_long");
		return -1;
	}
	if ((buf = arena_alloc(m->c->arena, f->fsize + 1)) == NULL ||
	    (fp = fopen(f->file, "rb")) == NULL)
		return -1;
	n = fread(buf, 1, f->fsize, fp);
	fclose(fp);
	if (n != f->fsize || csv_to_utf8(m->c->arena, buf, n, &m->text,
	    NULL) != 0) {
		csv_import_problem(m, 0, "file", "bad_encoding");
		return -1;
	}
	return 0;
}

/* A header row is recognised by its first cell and skipped. */
static int
is_header(const struct csv_import *m, const struct csv_row *r)
{
	const char *const *h;

	for (h = m->header; *h != NULL; h++)
		if (strcmp(r->col[0], *h) == 0)
			return 1;
	return 0;
}

/* Cuts m->text into m->rows; 0, or -1 when out of memory. */
static int
rows_read(struct csv_import *m)
{
	struct csv_reader	 r;
	struct csv_row		 row;
	unsigned int		 i;
	int			 rc;

	m->rows = arena_alloc(m->c->arena, CSV_IMPORT_MAX_ROWS * sizeof(*m->rows));
	if (m->rows == NULL)
		return -1;
	csv_reader_init(&r, m->text, strlen(m->text));
	while ((rc = csv_next(m->c->arena, &r, &row)) == 1) {
		if ((m->nrows == 0 && is_header(m, &row)) || row.ncol == 0)
			continue;
		if (row.ncol + m->nopt < m->ncols || row.ncol > m->ncols) {
			csv_import_problem(m, row.line, "*", m->columns_code);
			continue;
		}
		if (m->nrows == CSV_IMPORT_MAX_ROWS) {
			csv_import_problem(m, row.line, "*", "too_many_rows");
			break;
		}
		for (i = row.ncol; i < m->ncols; i++)
			row.col[i] = "";
		row.ncol = m->ncols;
		m->rows[m->nrows++] = row;
	}
	if (rc < 0)
		csv_import_problem(m, r.line, "*", "bad_csv");
	if (m->nrows == 0 && m->nproblems == 0)
		csv_import_problem(m, 1, "*", "empty");
	return 0;
}

/* The rows of m->text and the importer's checks of them; DB_OK with
 * m->nproblems set, or a db error. */
static int
dry_run(struct csv_import *m)
{
	if (rows_read(m) != 0)
		return DB_ERR;
	return m->check(m);
}

int
csv_import_dry(struct csv_import *m)
{
	struct ctx	*c = m->c;
	struct db_param	 p[4];
	int		 rc;

	if (upload_read(m) != 0)
		return m->nproblems ? (c->keep = 1, 400) : 500;
	if ((rc = dry_run(m)) != DB_OK)
		return db_http_status(rc);
	xml_attr_int(m->report, "rows", m->nrows);
	xml_attr_int(m->report, "problems", m->nproblems);
	if (m->nproblems > 0) {
		c->keep = 1;
		return 400;
	}
	p[0] = DB_INT(c->user.id);
	p[1] = DB_TEXT(m->kind);
	p[2] = DB_INT(m->nrows);
	p[3] = DB_TEXT(m->text);
	if ((rc = db_exec(&st_batch_add, p, 4)) != DB_OK)
		return db_http_status(rc);
	xml_attr_int(m->report, "batch", (long long)db_insert_id(&st_batch_add));
	return 200;
}

/* Opens the transaction and takes the batch into m->text; 0, or the
 * HTTP status after rolling back. */
static int
batch_take(struct csv_import *m)
{
	struct ctx	*c = m->c;
	struct db_param	 p[3] = { DB_INT(c->param[0]), DB_INT(c->user.id),
	    DB_TEXT(m->kind) };
	const char	*body;
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_exec(&st_batch, p, 3)) != DB_OK ||
	    (rc = db_fetch(&st_batch)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : db_http_status(rc);
	}
	body = db_col(&st_batch, 0);
	m->text = arena_strndup(c->arena, body, strlen(body));
	db_done(&st_batch);
	if (m->text == NULL) {
		db_rollback();
		return 500;
	}
	return 0;
}

int
csv_import_commit(struct csv_import *m, const char *action)
{
	struct ctx	*c = m->c;
	int		 rc;

	if ((rc = batch_take(m)) != 0)
		return rc;
	if ((rc = dry_run(m)) != DB_OK || m->nproblems > 0) {
		db_rollback();
		c->keep = m->nproblems > 0;
		return m->nproblems ? 409 : db_http_status(rc);
	}
	if ((rc = m->write(m)) != DB_OK ||
	    (rc = db_exec(&st_batch_done, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1)) != DB_OK ||
	    (rc = audit_append(c, action, "import", c->param[0], NULL,
	    arena_printf(c->arena, "{\"rows\": %d}", m->nrows))) != DB_OK ||
	    (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return 0;
}
