/* micro_report.c - the monthly micro-course allowance report for HR, on the page and as CSV for Excel. */
#include <string.h>

#include "csv_page.h"
#include "micro.h"
#include "pages.h"
#include "xml.h"

const struct input micro_report_inputs[] = {
	{ "month", IN_QUERY, IN_TEXT, 0, 7, 7, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

enum { R_ID, R_TITLE, R_AUTHOR, R_EMP, R_DEPT, R_SCORE, R_FEN, R__N };
/* A month's published micro-courses are few (a department's staff make
 * them); the report shows the whole month, unpaged, as HR pays it. */
static struct stmt st_rows = { .sql =
	"SELECT m.id, m.title, a.name, a.emp_no, d.name, m.score_centi, "
	" m.allowance_fen FROM micro m JOIN account a ON a.id = m.author_id "
	"JOIN dept d ON d.id = m.dept_id "
	"WHERE m.pay_month = ? AND m.status = 'published' "
	"ORDER BY d.path, m.id LIMIT 5000" };
/* The department credited is the author's at upload; its points are the
 * sum of its micro-courses' final scores that month. */
static struct stmt st_depts = { .sql =
	"SELECT d.name, COUNT(*), SUM(m.score_centi), SUM(m.allowance_fen) "
	"FROM micro m JOIN dept d ON d.id = m.dept_id "
	"WHERE m.pay_month = ? AND m.status = 'published' "
	"GROUP BY d.id, d.name ORDER BY SUM(m.score_centi) DESC, d.id" };

/* The month asked for, this month when none; NULL when malformed (the
 * refusal is then recorded on c's page). */
static const char *
month_of(struct ctx *c)
{
	char *now;

	if (c->in[0].s != NULL)
		return micro_month_valid(c->in[0].s) ? c->in[0].s : NULL;
	if ((now = arena_alloc(c->arena, 8)) != NULL)
		micro_month_now(now);
	return now;
}

static int
depts_add(struct ctx *c, xmlNodePtr report, const char *month)
{
	struct db_param	p[1] = { DB_TEXT(month) };
	xmlNodePtr	n;
	int		rc;

	if ((rc = db_exec(&st_depts, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_depts)) == 1) {
		n = xml_add(report, "dept", db_col(&st_depts, 0));
		xml_attr(n, "count", db_col(&st_depts, 1));
		xml_attr(n, "points", micro_centi(c->arena,
		    db_col_int(&st_depts, 2)));
		xml_attr(n, "allowance", micro_centi(c->arena,
		    db_col_int(&st_depts, 3)));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
micro_report(struct ctx *c)
{
	const char	*month = month_of(c);
	xmlNodePtr	 report, n;
	long long	 count = 0, fen = 0, points = 0;
	int		 rc;

	if (month == NULL)
		return form_refuse(c, "month", "bad_format", 400);
	if (page_begin(c, "micro-report") != 0)
		return 500;
	report = xml_add(c->root, "micro-report", NULL);
	xml_attr(report, "month", month);
	xml_attr_int(report, "base", c->conf->micro_base);
	if ((rc = db_exec(&st_rows, (struct db_param[1]){ DB_TEXT(month) },
	    1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_rows)) == 1) {
		n = xml_add(report, "row", db_col(&st_rows, R_TITLE));
		xml_attr(n, "id", db_col(&st_rows, R_ID));
		xml_attr(n, "author", db_col(&st_rows, R_AUTHOR));
		xml_attr(n, "emp-no", db_col(&st_rows, R_EMP));
		xml_attr(n, "dept", db_col(&st_rows, R_DEPT));
		xml_attr(n, "score", micro_centi(c->arena,
		    db_col_int(&st_rows, R_SCORE)));
		xml_attr(n, "allowance", micro_centi(c->arena,
		    db_col_int(&st_rows, R_FEN)));
		count++;
		points += db_col_int(&st_rows, R_SCORE);
		fen += db_col_int(&st_rows, R_FEN);
	}
	if (rc != 0)
		return db_http_status(rc);
	xml_attr_int(report, "count", count);
	xml_attr(report, "points", micro_centi(c->arena, points));
	xml_attr(report, "total", micro_centi(c->arena, fen));
	return depts_add(c, report, month);
}

/* The report's rows as CSV Excel opens as UTF-8 (BOM, CRLF), then the
 * month's total. */
int
micro_report_csv(struct ctx *c)
{
	static const char *const head[] = { "author", "emp_no", "department",
	    "title", "score", "allowance_yuan" };
	const char	*month = month_of(c), *cells[6];
	struct csv_out	 out;
	long long	 fen = 0;
	int		 rc;

	if (month == NULL)
		return form_refuse(c, "month", "bad_format", 400);
	if (csv_out_begin(&out, c->arena) != 0 ||
	    csv_out_row(&out, head, 6) != 0)
		return 500;
	if ((rc = db_exec(&st_rows, (struct db_param[1]){ DB_TEXT(month) },
	    1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_rows)) == 1) {
		cells[0] = db_col(&st_rows, R_AUTHOR);
		cells[1] = db_col(&st_rows, R_EMP);
		cells[2] = db_col(&st_rows, R_DEPT);
		cells[3] = db_col(&st_rows, R_TITLE);
		cells[4] = micro_centi(c->arena, db_col_int(&st_rows, R_SCORE));
		cells[5] = micro_centi(c->arena, db_col_int(&st_rows, R_FEN));
		fen += db_col_int(&st_rows, R_FEN);
		if (csv_out_row(&out, cells, 6) != 0) {
			db_done(&st_rows);
			return 500;
		}
	}
	if (rc != 0)
		return db_http_status(rc);
	cells[0] = "total";
	cells[1] = cells[2] = cells[3] = cells[4] = "";
	cells[5] = micro_centi(c->arena, fen);
	if (csv_out_row(&out, cells, 6) != 0)
		return 500;
	return csv_page_answer(c, &out, arena_printf(c->arena,
	    "micro-allowance-%s.csv", month));
}
