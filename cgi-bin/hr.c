/* hr.c - the monthly HR rules (SPEC §7): +2 per assigned required course done on time, -2 per one missed, each capped at 5 a month, who is behind the year's credits, and who failed an exam's last make-up (SPEC §5). */
#include <stdio.h>
#include <string.h>

#include "assign.h"
#include "clock.h"
#include "csv_page.h"
#include "micro.h"
#include "pages.h"
#include "people.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const yes[] = { "1", NULL };

/* The month, the page, and only those flagged on an exam. */
const struct input hr_inputs[] = {
	{ "month", IN_QUERY, IN_TEXT, 0, 7, 7, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ "flagged", IN_QUERY, IN_ENUM, 0, 0, 0, yes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/*
 * One row per active person in scope. An item is a required course of a
 * required assignment (a plan's required courses) for one person. It is
 * done on time when completed by its deadline, and counts in the month of
 * completion (or of the assignment, for a course done before it came);
 * it is missed when its deadline passed, in that month, without it done
 * by then. Year credits are those earned from 1 January to the month's
 * end; a person is behind when they are under the year's required credits
 * pro rata (year_credits x month / 12: the whole target in December).
 * A person is flagged on an exam when they failed its last allowed try
 * that month (exam_standing.flagged_at): each such exam with its local
 * date. Parameters (hr_params): the target so far; the month's bounds in
 * UTC (from, to, from, to, from, from); the year's start and the month's
 * end; the zone's offset in seconds and the month's bounds again; the two
 * of SCOPE_SQL; and 1 for the flagged only (else NULL).
 */
#define HR_ROWS \
	"SELECT a.id, a.name, a.login, a.emp_no, d.name AS dept, " \
	" COALESCE(h.on_time, 0) AS on_time, COALESCE(h.missed, 0) AS missed, " \
	" LEAST(2 * COALESCE(h.on_time, 0), 5) AS plus, " \
	" -LEAST(2 * COALESCE(h.missed, 0), 5) AS minus, " \
	" LEAST(2 * COALESCE(h.on_time, 0), 5) " \
	"  - LEAST(2 * COALESCE(h.missed, 0), 5) AS net, " \
	" COALESCE(y.credits, 0) AS credits, COALESCE(y.credits, 0) < ? AS behind, " \
	" f.flags AS exam_flags " \
	"FROM account a JOIN dept d ON d.id = a.dept_id " \
	"LEFT JOIN (SELECT ap.account_id, " \
	"  SUM(COALESCE(e.completed_at <= ap.due_at, 0) " \
	"   AND GREATEST(e.completed_at, ap.assigned_at) >= ? " \
	"   AND GREATEST(e.completed_at, ap.assigned_at) < ?) AS on_time, " \
	"  SUM(ap.due_at >= ? AND ap.due_at < ? AND ap.due_at < UTC_TIMESTAMP() " \
	"   AND COALESCE(e.completed_at <= ap.due_at, 0) = 0) AS missed " \
	" FROM assignment_person ap " \
	" JOIN assignment s ON s.id = ap.assignment_id AND s.required " \
	" JOIN assignment_course ac ON ac.assignment_id = ap.assignment_id " \
	"  AND ac.required " \
	" LEFT JOIN enrolment e ON e.course_id = ac.course_id " \
	"  AND e.account_id = ap.account_id AND e.status = 'completed' " \
	" WHERE ap.due_at >= ? OR e.completed_at >= ? " \
	" GROUP BY ap.account_id) h ON h.account_id = a.id " \
	"LEFT JOIN (SELECT account_id, SUM(credits) AS credits FROM credit_ledger " \
	" WHERE at >= ? AND at < ? GROUP BY account_id) y ON y.account_id = a.id " \
	"LEFT JOIN (SELECT st.account_id, GROUP_CONCAT(CONCAT(x.title, ' ', " \
	"  DATE_FORMAT(st.flagged_at + INTERVAL ? SECOND, '%Y-%m-%d')) " \
	"  ORDER BY st.flagged_at SEPARATOR '; ') AS flags " \
	" FROM exam_standing st JOIN exam x ON x.id = st.exam_id " \
	" WHERE st.flagged_at >= ? AND st.flagged_at < ? " \
	" GROUP BY st.account_id) f ON f.account_id = a.id " \
	"WHERE a.status = 'active' AND" SCOPE_SQL \
	" AND (? IS NULL OR f.flags IS NOT NULL) ORDER BY d.path, a.id "
static struct stmt st_rows = { .sql = HR_ROWS "LIMIT 51 OFFSET ?" };
static struct stmt st_csv = { .sql = HR_ROWS "LIMIT 20000" };
static struct stmt st_totals = { .sql =
	"SELECT COUNT(*), SUM(r.on_time), SUM(r.missed), SUM(r.plus), "
	" SUM(r.minus), SUM(r.behind), SUM(r.exam_flags IS NOT NULL) "
	"FROM (" HR_ROWS ") r" };
enum { H_ID, H_NAME, H_LOGIN, H_EMP, H_DEPT, H_ON_TIME, H_MISSED, H_PLUS,
	H_MINUS, H_NET, H_CREDITS, H_BEHIND, H_FLAGS, H__N };
#define HR_NPARAMS	15

/* The month a report is about: its bounds in UTC and the target so far. */
struct hr_month {
	const char	*month, *from, *to, *year;
	double		 target;
};

/* The month asked for (this month when none), its bounds and the year's
 * target so far; 0, or -1 when malformed. */
static int
hr_month_of(struct ctx *c, struct hr_month *m)
{
	const char	*ignored;
	char		*now;
	int		 mon, jan;

	if (c->in[0].s != NULL) {
		if (!micro_month_valid(c->in[0].s))
			return -1;
		m->month = c->in[0].s;
	} else {
		if ((now = arena_alloc(c->arena, 8)) == NULL)
			return -1;
		micro_month_now(now);
		m->month = now;
	}
	if (assign_month_bounds(c->arena, m->month, &m->from, &m->to,
	    &mon) != 0 || assign_month_bounds(c->arena, arena_printf(c->arena,
	    "%.4s-01", m->month), &m->year, &ignored, &jan) != 0)
		return -1;
	m->target = (double)c->conf->year_credits * mon / 12.0;
	return 0;
}

/* HR_ROWS's parameters at p; how many. */
static unsigned int
hr_params(struct ctx *c, const struct hr_month *m,
    struct db_param p[HR_NPARAMS])
{
	p[0] = DB_TEXT(arena_printf(c->arena, "%.2f", m->target));
	p[1] = p[3] = p[5] = p[6] = p[10] = DB_TEXT(m->from);
	p[2] = p[4] = p[8] = p[11] = DB_TEXT(m->to);
	p[7] = DB_TEXT(m->year);
	p[9] = DB_INT(clock_utc_offset());
	scope_params(c, &p[12]);
	p[14] = in_param(&c->in[2], 0);
	return HR_NPARAMS;
}

static int
totals_add(struct ctx *c, const struct hr_month *m, xmlNodePtr report)
{
	static const char *const attrs[] = { "people", "on-time", "missed",
	    "plus", "minus", "behind", "flagged" };
	struct db_param	p[HR_NPARAMS];
	unsigned int	i, np = hr_params(c, m, p);
	int		rc;

	if ((rc = db_exec(&st_totals, p, np)) != DB_OK ||
	    (rc = db_fetch(&st_totals)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		xml_attr(report, attrs[i], db_col(&st_totals, i) ?
		    db_col(&st_totals, i) : "0");
	db_done(&st_totals);
	return 200;
}

int
hr_report(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "login", "emp-no",
	    "dept", "on-time", "missed", "plus", "minus", "net", "credits",
	    "behind", "exam-flags" };
	long long	 page = c->in[1].s ? c->in[1].i : 1, rows = 0;
	struct hr_month	 m;
	struct db_param	 p[HR_NPARAMS + 1];
	xmlNodePtr	 report, n;
	unsigned int	 i, np;
	int		 rc;

	if (hr_month_of(c, &m) != 0)
		return form_refuse(c, "month", "bad_format", 400);
	if (page_begin(c, "hr") != 0)
		return 500;
	report = xml_add(c->root, "hr", NULL);
	xml_attr(report, "month", m.month);
	xml_attr(report, "flagged-only", c->in[2].s);
	xml_attr(report, "target", arena_printf(c->arena, "%.1f", m.target));
	xml_attr_int(report, "year-target", c->conf->year_credits);
	if ((rc = totals_add(c, &m, report)) != 200)
		return rc;
	np = hr_params(c, &m, p);
	p[np++] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(&st_rows, p, np)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_rows)) == 1) {
		if (++rows > PAGE_SIZE)
			continue;
		n = xml_add(report, "person", db_col(&st_rows, H_NAME));
		for (i = 0; i < H__N; i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_rows, i));
	}
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, report, page, rows, PAGE_SIZE);
	return 200;
}

/* The whole month's rows as CSV for Excel (BOM, CRLF, csv_field cells). */
int
hr_report_csv(struct ctx *c)
{
	static const char *const head[] = { "name", "login", "emp_no",
	    "department", "on_time", "missed", "plus", "minus", "net",
	    "year_credits", "behind", "exam_flagged" };
	unsigned int	 cols[12];
	struct hr_month	 m;
	struct db_param	 p[HR_NPARAMS];
	unsigned int	 i, np;
	int		 rc;

	if (hr_month_of(c, &m) != 0)
		return form_refuse(c, "month", "bad_format", 400);
	np = hr_params(c, &m, p);
	if ((rc = db_exec(&st_csv, p, np)) != DB_OK)
		return db_http_status(rc);
	for (i = 0; i < 12; i++)
		cols[i] = i + H_NAME;
	return csv_page(c, &st_csv, head, cols, 12,
	    arena_printf(c->arena, "hr-%s.csv", m.month));
}
