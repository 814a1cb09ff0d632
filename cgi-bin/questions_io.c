/* questions_io.c - the question bank as CSV: an import with a dry run that names every bad
 * row and column and an all-or-nothing confirmation, and the export that imports again. */
#include <stdio.h>
#include <string.h>

#include "courses.h"
#include "csv_import.h"
#include "csv_page.h"
#include "db.h"
#include "pages.h"
#include "questions.h"
#include "xml.h"

#define COURSE_ID_DIGITS	10

const struct input questions_csv_inputs[] = {
	QUESTION_FILTER_INPUTS,
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static const char *const header[] = { "kind", "题型", NULL };

/* Of the courses listed "1,5,9", those c builds. */
static struct stmt st_built = { .sql =
	"SELECT c.id FROM course c WHERE FIND_IN_SET(c.id, ?) "
	"AND c.deleted_at IS NULL AND" BUILDER_SQL };
static struct stmt st_export = { .sql =
	"SELECT q.kind, q.course_id, q.point, q.difficulty, q.stem, q.options, "
	" q.answer_key, q.explanation "
	"FROM question q LEFT JOIN course c ON c.id = q.course_id "
	"WHERE" QUESTION_FILTERED "ORDER BY q.id LIMIT 20000" };	/* CSV_IMPORT_MAX_ROWS */

struct qimp {
	struct csv_import base;		/* first: the callbacks get its address */
	struct in_val	*vals;		/* QF__N per row, as the form's */
};

/* The kind as the form names it; the Chinese names are taken too. */
static const char *
kind_of(const char *s)
{
	static const char *const map[][2] = { { "单选", "single" },
	    { "单选题", "single" }, { "多选", "multiple" },
	    { "多选题", "multiple" }, { "判断", "truefalse" },
	    { "判断题", "truefalse" }, { "填空", "fill" }, { "填空题", "fill" },
	    { "简答", "short" }, { "简答题", "short" } };
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(s, map[i][0]) == 0)
			return map[i][1];
	return s;
}

/* Row i's cells checked as the form checks its fields, its key against
 * its kind and options. */
static void
row_check(struct qimp *m, int i)
{
	struct csv_row	*r = &m->base.rows[i];
	struct in_val	*v = &m->vals[i * QF__N];
	const char	*s, *field, *code;
	unsigned int	 k, bad = 0;
	enum verr	 e;

	for (k = 0; k < QF__N; k++) {
		csv_untick(r->col[k]);
		s = k == QF_KIND ? kind_of(r->col[k]) : r->col[k];
		if ((e = in_check(&question_inputs[k], s, strlen(s), &v[k])) ==
		    VERR_OK)
			continue;
		csv_import_problem(&m->base, r->line, question_inputs[k].name,
		    verr_code(e));
		/* A refused cell holds nothing, for the checks after. */
		v[k].s = NULL;
		bad |= 1u << k;
	}
	if ((bad & (1u << QF_KIND | 1u << QF_OPTIONS | 1u << QF_ANSWER)) == 0 &&
	    question_key_check(v, &field, &code) != 0)
		csv_import_problem(&m->base, r->line, field, code);
}

/* The rows' courses must be ones c builds: all looked up in one read. */
static int
courses_check(struct qimp *m)
{
	struct ctx	*c = m->base.c;
	struct db_param	 p[4];
	char		*ids, *built;
	size_t		 len = 0;
	int		 i, rc, n = m->base.nrows;

	ids = arena_alloc(c->arena, (size_t)n * (COURSE_ID_DIGITS + 1) + 1);
	built = arena_alloc(c->arena, (size_t)n + 1);
	if (ids == NULL || built == NULL)
		return DB_ERR;
	for (i = 0; i < n; i++)
		if (m->vals[i * QF__N + QF_COURSE].s != NULL)
			len += (size_t)sprintf(ids + len, "%s%lld", len ? "," : "",
			    m->vals[i * QF__N + QF_COURSE].i);
	if (len == 0)
		return DB_OK;
	p[0] = DB_TEXT(ids);
	builder_params(c, &p[1]);
	if ((rc = db_exec(&st_built, p, 4)) != DB_OK)
		return rc;
	while ((rc = db_fetch(&st_built)) == 1)
		for (i = 0; i < n; i++)
			if (m->vals[i * QF__N + QF_COURSE].i ==
			    db_col_int(&st_built, 0))
				built[i] = 1;
	if (rc != 0)
		return rc;
	for (i = 0; i < n; i++)
		if (m->vals[i * QF__N + QF_COURSE].s != NULL && !built[i])
			csv_import_problem(&m->base, m->base.rows[i].line,
			    "course", "unknown");
	return DB_OK;
}

/* The dry run's checks of the rows; DB_OK, or a db error. */
static int
rows_check(struct csv_import *base)
{
	struct qimp	*m = (struct qimp *)base;
	int		 i;

	m->vals = arena_alloc(base->c->arena, ((size_t)base->nrows + 1) *
	    QF__N * sizeof(*m->vals));
	if (m->vals == NULL)
		return DB_ERR;
	for (i = 0; i < base->nrows; i++)
		row_check(m, i);
	return courses_check(m);
}

static int
rows_write(struct csv_import *base)
{
	struct qimp	*m = (struct qimp *)base;
	long long	 id;
	int		 i, rc;

	for (i = 0; i < base->nrows; i++)
		if ((rc = question_insert(base->c, &m->vals[i * QF__N], &id)) !=
		    DB_OK)
			return rc;
	return DB_OK;
}

static int
report_begin(struct ctx *c, struct qimp *m)
{
	*m = (struct qimp){ .base = { .kind = "questions", .ncols = QF__N,
	    .nopt = 1, .header = header, .columns_code = "question_columns",
	    .check = rows_check, .write = rows_write } };
	return csv_import_begin(&m->base, c, "question-import",
	    "question-import");
}

int
questions_import_show(struct ctx *c)
{
	struct qimp m;

	return report_begin(c, &m) == 0 ? 200 : 500;
}

int
questions_import_check(struct ctx *c)
{
	struct qimp m;

	return report_begin(c, &m) == 0 ? csv_import_dry(&m.base) : 500;
}

int
questions_import_commit(struct ctx *c)
{
	struct qimp	m;
	int		rc;

	if (report_begin(c, &m) != 0)
		return 500;
	if ((rc = csv_import_commit(&m.base, "question.import")) != 0)
		return rc;
	c->location = arena_printf(c->arena, "%s/questions",
	    surface_bases[c->surface]);
	return 303;
}

/* The questions of the list's filters, every one, in the import's
 * columns under a header of their names. */
int
questions_csv(struct ctx *c)
{
	const char	*head[QF__N];
	struct db_param	 p[14];
	unsigned int	 i;
	int		 rc;

	for (i = 0; i < QF__N; i++)
		head[i] = question_inputs[i].name;
	question_filter_params(c, p);
	if ((rc = db_exec(&st_export, p, 14)) != DB_OK)
		return db_http_status(rc);
	return csv_page(c, &st_export, head, NULL, QF__N, "questions.csv");
}
