/* exam_roster.c - who sat an exam: every attempt with its try, score, pass, state and the make-up and HR flags, on the page and as CSV. */
#include "csv_page.h"
#include "exam_office.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE	50

const struct input exam_attempts_inputs[] = {
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* The exam's attempts by learner and try (the attempt_seq key); times
 * are moved by the first ? seconds into local time. */
#define ROSTER \
	"SELECT a.id, u.login, u.name, d.name, a.seq, a.makeup, a.state, " \
	" a.submitted_by, " POINTS("a.score") ", a.passed, " \
	" s.flagged_at IS NOT NULL, " \
	" DATE_FORMAT(a.started_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i'), " \
	" DATE_FORMAT(a.submitted_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i'), " \
	" (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = a.id " \
	"  AND i.mark IS NULL AND i.auto_score IS NULL), a.account_id " \
	"FROM attempt a JOIN account u ON u.id = a.account_id " \
	"LEFT JOIN dept d ON d.id = u.dept_id " \
	"LEFT JOIN exam_standing s ON s.exam_id = a.exam_id " \
	" AND s.account_id = a.account_id " \
	"WHERE a.exam_id = ? ORDER BY a.account_id, a.seq "
enum { R_ID, R_LOGIN, R_NAME, R_DEPT, R_SEQ, R_MAKEUP, R_STATE, R_BY,
	R_SCORE, R_PASSED, R_FLAGGED, R_STARTED, R_SUBMITTED, R_WAITING,
	R_ACCOUNT, R__N };
static struct stmt st_page = { .sql =
	ROSTER "LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
static struct stmt st_all = { .sql = ROSTER };

int
exam_attempts(struct ctx *c)
{
	static const char *const attrs[R__N] = { "id", "login", NULL, "dept",
	    "seq", "makeup", "state", "submitted-by", "score", "passed",
	    "flagged", "started", "submitted", "waiting", "account" };
	long long	page = c->in[0].s ? c->in[0].i : 1, rows, off;
	xmlNodePtr	exam, l;
	int		rc;

	if (page_begin(c, "exam-attempts") != 0)
		return 500;
	if ((rc = exam_head_add(c, xml_add(c->root, "exam-attempts", NULL),
	    c->param[0], &exam)) != 200)
		return rc;
	l = xml_add(exam, "attempts", NULL);
	off = clock_utc_offset();
	if ((rows = db_exec(&st_page, (struct db_param[4]){ DB_INT(off),
	    DB_INT(off), DB_INT(c->param[0]),
	    DB_INT((page - 1) * PAGE_SIZE) }, 4)) != DB_OK ||
	    (rows = xml_rows(l, "attempt", &st_page, R_NAME, attrs, R__N,
	    PAGE_SIZE)) < 0)
		return db_http_status((int)rows);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

/* Every attempt as CSV Excel opens as UTF-8, times local. */
int
exam_attempts_csv(struct ctx *c)
{
	static const char *const head[] = { "login", "name", "department",
	    "try", "makeup", "state", "submitted_by", "started", "submitted",
	    "score", "passed", "flagged" };
	static const unsigned int cols[] = { R_LOGIN, R_NAME, R_DEPT, R_SEQ,
	    R_MAKEUP, R_STATE, R_BY, R_STARTED, R_SUBMITTED, R_SCORE,
	    R_PASSED, R_FLAGGED };
	xmlNodePtr	 exam;
	long long	 off = clock_utc_offset();
	int		 rc;

	if (page_begin(c, "exam-attempts") != 0)
		return 500;
	if ((rc = exam_head_add(c, c->root, c->param[0], &exam)) != 200)
		return rc;	/* the reach, checked */
	if ((rc = db_exec(&st_all, (struct db_param[3]){ DB_INT(off),
	    DB_INT(off), DB_INT(c->param[0]) }, 3)) != DB_OK)
		return db_http_status(rc);
	return csv_page(c, &st_all, head, cols, 12,
	    arena_printf(c->arena, "exam-%lld-attempts.csv", c->param[0]));
}
