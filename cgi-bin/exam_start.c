/* exam_start.c - who may start an exam, and the start itself: one transaction that checks the rules, opens the attempt (one in progress per learner, by its unique key) and draws its paper. */
#include <string.h>

#include "attempt.h"
#include "pages.h"
#include "xml.h"

/* The exam to start with the learner's standing on it: EXAM_RULES_FROM's
 * three ?, the exam, EXAM_SITTABLE's ?. */
static struct stmt st_exam = { .sql =
	"SELECT e.paper_id, e.shuffle_questions, e.shuffle_options,"
	EXAM_RULES_COLS "FROM exam e" EXAM_RULES_FROM
	"WHERE e.id = ? AND" EXAM_SITTABLE };
static struct stmt st_open_mine = { .sql =
	"SELECT id, exam_id FROM attempt WHERE account_id = ? AND open = 1" };
/* IGNORE: a second start racing this one for the learner's one open
 * attempt (attempt_one_open) or the same try (attempt_seq) inserts
 * nothing instead of failing; the caller then finds what won. Regular
 * tries end with the window, make-ups only with their time. */
static struct stmt st_insert = { .sql =
	"INSERT IGNORE INTO attempt (exam_id, account_id, seq, makeup, "
	" started_at, ends_at) "
	"SELECT e.id, ?, ?, ?, UTC_TIMESTAMP(3), IF(?, "
	" UTC_TIMESTAMP(3) + INTERVAL e.minutes MINUTE, "
	" LEAST(UTC_TIMESTAMP(3) + INTERVAL e.minutes MINUTE, e.closes_at)) "
	"FROM exam e WHERE e.id = ?" };

void
exam_rules_read(struct stmt *st, unsigned int col, struct exam_rules *r)
{
	int *const	ints[] = { &r->upcoming, &r->closed, &r->attempts,
	    &r->makeups, &r->reg, &r->mk, &r->waiting };
	unsigned int	i;

	for (i = 0; i < sizeof(ints) / sizeof(ints[0]); i++)
		*ints[i] = (int)db_col_int(st, col + i);
	r->open_id = db_col_int(st, col + 7);
	r->passed = (int)db_col_int(st, col + 8);
	r->makeup_time = (int)db_col_int(st, col + 9);
	r->released = (int)db_col_int(st, col + 10);
	r->overdue = (int)db_col_int(st, col + 11);
	r->makeup_until = db_col(st, col + 12);
	r->due = db_col(st, col + 13);
}

enum exam_start
exam_rules_decide(const struct exam_rules *r, const char **why)
{
	*why = NULL;
	if (r->open_id > 0)
		return START_CONTINUE;
	if (r->passed)
		*why = "exam_passed";
	else if (r->waiting > 0)
		*why = "exam_waiting";
	else if (r->reg < r->attempts && !r->closed) {
		/* The regular tries: in the window, by the deadline. */
		if (r->upcoming)
			*why = "exam_not_open";
		else if (r->overdue)
			*why = "exam_overdue";
		else
			return START_REGULAR;
	} else if (r->reg == 0)
		*why = "exam_closed";
	/* The regular tries are over and the last one failed. */
	else if (r->mk >= r->makeups)
		*why = "exam_no_tries";
	else if (!r->released)
		*why = "exam_waiting";
	else if (!r->makeup_time)
		*why = "exam_makeup_over";
	else
		return START_MAKEUP;
	return START_NONE;
}

void
exam_rules_attrs(xmlNodePtr n, const struct exam_rules *r)
{
	static const char *const can[] = { "none", "continue", "regular",
	    "makeup" };
	const char	*why;
	enum exam_start	 k = exam_rules_decide(r, &why);

	xml_attr(n, "can", can[k]);
	xml_attr(n, "why", why);
	xml_attr_int(n, "attempts", r->attempts);
	xml_attr_int(n, "makeups", r->makeups);
	xml_attr_int(n, "tries-used", r->reg);
	xml_attr_int(n, "makeups-used", r->mk);
	xml_attr_int(n, "tries-left", r->closed || r->reg > r->attempts ? 0 :
	    r->attempts - r->reg);
	if (r->open_id > 0)
		xml_attr_int(n, "open-attempt", r->open_id);
	if (k == START_MAKEUP)
		xml_attr_time(n, "makeup-until", r->makeup_until);
	xml_attr_time(n, "due", r->due);
}

/* The learner's attempt in progress, if any: to it when it is this exam's
 * (a start racing this one won), else refused with what is in the way;
 * 0 when there is none. */
static int
start_in_progress(struct ctx *c, long long exam)
{
	int rc;

	if ((rc = db_exec(&st_open_mine, (struct db_param[1]){
	    DB_INT(c->user.id) }, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_open_mine)) != 1)
		return rc == 0 ? 0 : db_http_status(rc);
	rc = db_col_int(&st_open_mine, 1) == exam;
	c->location = arena_printf(c->arena, "%s/attempts/%lld",
	    surface_bases[c->surface], db_col_int(&st_open_mine, 0));
	db_done(&st_open_mine);
	return rc ? 303 : form_refuse(c, "exam", "exam_in_progress", 409);
}

/* The try about to start. */
struct start {
	long long	exam, paper;
	int		shuffle_q, shuffle_o, seq, makeup;
};

/* Opens the attempt and draws its paper; 303 to it, or a refusal. */
static int
start_insert(struct ctx *c, const struct start *t)
{
	struct db_param	p[5] = { DB_INT(c->user.id), DB_INT(t->seq),
	    DB_INT(t->makeup), DB_INT(t->makeup), DB_INT(t->exam) };
	long long	id, n;
	int		rc;

	if ((rc = db_exec(&st_insert, p, 5)) != DB_OK)
		return db_http_status(rc);
	if (db_affected(&st_insert) == 0) {
		/* A start racing this one won: find what it left. */
		db_rollback();
		rc = start_in_progress(c, t->exam);
		return rc != 0 ? rc : form_refuse(c, "exam", "exam_busy", 409);
	}
	id = (long long)db_insert_id(&st_insert);
	if ((rc = attempt_draw(id, t->paper, t->shuffle_q, t->shuffle_o,
	    &n)) != DB_OK)
		return db_http_status(rc);
	if (n == 0)
		return form_refuse(c, "exam", "exam_empty", 409);
	if ((rc = attempt_log(id, "start", 0, t->makeup ? "makeup" : NULL,
	    c->remote_addr, NULL)) != DB_OK || (rc = db_commit()) != DB_OK)
		return db_http_status(rc);
	c->location = arena_printf(c->arena, "%s/attempts/%lld",
	    surface_bases[c->surface], id);
	return 303;
}

/* The checks, inside the transaction; what start_insert answers. */
static int
start_checked(struct ctx *c, long long exam)
{
	struct db_param	 p[5] = { DB_INT(c->user.id), DB_INT(c->user.id),
	    DB_INT(c->user.id), DB_INT(exam), DB_INT(c->user.id) };
	struct exam_rules r;
	struct start	 t = { .exam = exam };
	enum exam_start	 k;
	const char	*why;
	int		 rc;

	if ((rc = db_exec(&st_exam, p, 5)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_exam)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	exam_rules_read(&st_exam, 3, &r);
	t.paper = db_col_int(&st_exam, 0);
	t.shuffle_q = (int)db_col_int(&st_exam, 1);
	t.shuffle_o = (int)db_col_int(&st_exam, 2);
	t.seq = r.reg + r.mk + 1;
	db_done(&st_exam);
	/* Start again while it is open: continue it. */
	if ((k = exam_rules_decide(&r, &why)) == START_CONTINUE) {
		c->location = arena_printf(c->arena, "%s/attempts/%lld",
		    surface_bases[c->surface], r.open_id);
		return 303;
	}
	if (k == START_NONE)
		return form_refuse(c, "exam", why, 409);
	/* Another exam in progress, or this one since it was read (the
	 * unique key settles a race closer still). */
	if ((rc = start_in_progress(c, exam)) != 0)
		return rc;
	t.makeup = k == START_MAKEUP;
	return start_insert(c, &t);
}

int
exam_start(struct ctx *c)
{
	int rc;

	if ((rc = attempt_expire_mine(c)) != 0)
		return rc;
	if ((rc = attempt_begin()) != DB_OK)
		return db_http_status(rc);
	rc = start_checked(c, c->param[0]);
	/* Whatever did not commit (a refusal, a continue, an error) is
	 * undone; a form refused has rolled back already. */
	db_rollback();
	return rc;
}
