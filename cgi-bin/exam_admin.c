/* exam_admin.c - exams (考试) in the back office: the list by state, the settings form, publishing manual results. */
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "exam_office.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const states[] = { "upcoming", "open", "closed", NULL };
static const char *const yes[] = { "1", NULL };
static const char *const results[] = { "auto", "manual", NULL };
static const char *const notes[] = { "created", "saved", "published", NULL };

const struct input exams_admin_inputs[] = {
	{ "state", IN_QUERY, IN_ENUM, 0, 0, 0, states },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input exam_show_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
/* The order is the insert's and the update's. */
const struct input exam_inputs[] = {
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL },
	{ "instructions", IN_BODY, IN_TEXT, 0, 1, 4000, NULL },
	{ "paper", IN_BODY, IN_INT, 1, 1, ID_MAX, NULL },
	{ "course", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "opens", IN_BODY, IN_DATETIME, 1, 0, 0, NULL },
	{ "closes", IN_BODY, IN_DATETIME, 1, 0, 0, NULL },
	{ "minutes", IN_BODY, IN_INT, 1, 1, 600, NULL },
	{ "attempts", IN_BODY, IN_INT, 1, 1, 10, NULL },
	{ "makeups", IN_BODY, IN_INT, 1, 0, 2, NULL },
	{ "makeup_days", IN_BODY, IN_INT, 1, 1, 365, NULL },
	{ "shuffle_questions", IN_BODY, IN_ENUM, 0, 0, 0, yes },
	{ "shuffle_options", IN_BODY, IN_ENUM, 0, 0, 0, yes },
	{ "onboarding", IN_BODY, IN_ENUM, 0, 0, 0, yes },
	{ "results", IN_BODY, IN_ENUM, 1, 0, 0, results },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { X_TITLE, X_INSTR, X_PAPER, X_COURSE, X_OPENS, X_CLOSES, X_MINUTES,
	X_ATTEMPTS, X_MAKEUPS, X_MAKEUP_DAYS, X_SHUFFLE_Q, X_SHUFFLE_O,
	X_ONBOARD, X_RESULTS, X__N };

/* Columns of an exam for the list and the form. */
#define EXAM_COLS \
	"SELECT e.id, e.title, " EXAM_STATE("e") ", e.paper_id, p.title, " \
	" e.course_id, c.name, e.minutes, e.attempts, e.makeups, e.makeup_days, " \
	" e.shuffle_questions, e.shuffle_options, e.onboarding, e.results, " \
	" (SELECT COUNT(*) FROM attempt a WHERE a.exam_id = e.id), " \
	" (SELECT COUNT(*) FROM attempt a WHERE a.exam_id = e.id " \
	"  AND a.state = 'submitted'), " \
	" DATE_FORMAT(e.opens_at, '%Y-%m-%d %H:%i:%s'), " \
	" DATE_FORMAT(e.closes_at, '%Y-%m-%d %H:%i:%s'), " \
	" DATE_FORMAT(e.published_at, '%Y-%m-%d %H:%i:%s'), e.instructions " \
	"FROM exam e JOIN paper p ON p.id = e.paper_id " \
	"LEFT JOIN course c ON c.id = e.course_id "
enum { C_OPENS = 17, C_CLOSES, C_PUBLISHED, C_INSTR };
static struct stmt st_list = { .sql =
	EXAM_COLS "WHERE" EXAM_REACH "AND (? IS NULL OR" EXAM_STATE("e") "= ?) "
	"ORDER BY e.opens_at DESC, e.id DESC LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
static struct stmt st_get = { .sql =
	EXAM_COLS "WHERE e.id = ? AND" EXAM_REACH };
/* Papers to sit: in reach, ready (questions worth at least the pass).
 * Each total is worked out once, for the papers listed only: the derived
 * table's LIMIT keeps it from being merged into the outer query. */
static struct stmt st_papers = { .sql =
	"SELECT t.id, t.title, " POINTS("t.total") "," POINTS("t.pass_tenths")
	", t.total > 0 AND t.pass_tenths <= t.total "
	"FROM (SELECT p.id, p.title, p.pass_tenths, " PAPER_TOTAL("p") "AS total "
	" FROM paper p LEFT JOIN course c ON c.id = p.course_id "
	" WHERE" PAPER_REACH "ORDER BY p.id DESC LIMIT 500) t ORDER BY t.id DESC" };
/* The same for one paper, its total written once in the derived table. */
static struct stmt st_paper_ok = { .sql =
	"SELECT t.total > 0 AND t.pass_tenths <= t.total "
	"FROM (SELECT p.pass_tenths, " PAPER_TOTAL("p") "AS total "
	" FROM paper p LEFT JOIN course c ON c.id = p.course_id "
	" WHERE p.id = ? AND" PAPER_REACH ") t" };
static struct stmt st_lock = { .sql =
	"SELECT JSON_OBJECT('title', e.title, 'paper', e.paper_id, "
	" 'course', e.course_id, 'opens', e.opens_at, 'closes', e.closes_at, "
	" 'minutes', e.minutes, 'attempts', e.attempts, 'makeups', e.makeups, "
	" 'makeup_days', e.makeup_days, 'shuffle_questions', e.shuffle_questions, "
	" 'shuffle_options', e.shuffle_options, 'onboarding', e.onboarding, "
	" 'results', e.results, 'published', e.published_at, "
	" 'instructions', e.instructions), "
	" e.paper_id, COALESCE(e.course_id, 0), e.minutes, e.attempts, "
	" EXISTS (SELECT 1 FROM attempt a WHERE a.exam_id = e.id), e.results, "
	" e.published_at IS NOT NULL "
	"FROM exam e LEFT JOIN course c ON c.id = e.course_id "
	"WHERE e.id = ? AND" EXAM_REACH "FOR UPDATE" };
static struct stmt st_insert = { .sql =
	"INSERT INTO exam (title, instructions, paper_id, course_id, opens_at, "
	" closes_at, minutes, attempts, makeups, makeup_days, shuffle_questions, "
	" shuffle_options, onboarding, results, created_by) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? IS NOT NULL, ? IS NOT NULL, "
	" ? IS NOT NULL, ?, ?)" };
static struct stmt st_update = { .sql =
	"UPDATE exam SET title = ?, instructions = ?, paper_id = ?, course_id = ?, "
	" opens_at = ?, closes_at = ?, minutes = ?, attempts = ?, makeups = ?, "
	" makeup_days = ?, shuffle_questions = ? IS NOT NULL, "
	" shuffle_options = ? IS NOT NULL, onboarding = ? IS NOT NULL, "
	" results = ? WHERE id = ?" };
static struct stmt st_publish = { .sql =
	"UPDATE exam SET published_at = UTC_TIMESTAMP() WHERE id = ?" };

/* One exam's row of st as <exam> under parent. */
static xmlNodePtr
exam_add(xmlNodePtr parent, struct stmt *st)
{
	static const char *const attrs[] = { "id", NULL, "state", "paper",
	    "paper-title", "course", "course-name", "minutes", "attempts",
	    "makeups", "makeup-days", "shuffle-questions", "shuffle-options",
	    "onboarding", "results", "sat", "waiting" };
	xmlNodePtr	n = xml_add(parent, "exam", NULL);
	unsigned int	i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	xml_add(n, "title", db_col(st, 1));
	xml_attr_time(n, "opens", db_col(st, C_OPENS));
	xml_attr_time(n, "closes", db_col(st, C_CLOSES));
	xml_attr_time(n, "published", db_col(st, C_PUBLISHED));
	return n;
}

int
exams_admin_list(struct ctx *c)
{
	long long	page = c->in[1].s ? c->in[1].i : 1, rows = 0;
	struct db_param	p[7];
	xmlNodePtr	l;
	int		rc;

	if (page_begin(c, "exam-list") != 0)
		return 500;
	l = xml_add(c->root, "exams", NULL);
	xml_attr(l, "state", c->in[0].s);
	own_or_built_params(c, p);
	p[4] = p[5] = in_param(&c->in[0], 0);
	p[6] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(&st_list, p, 7)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1)
		if (++rows <= PAGE_SIZE)
			exam_add(l, &st_list);
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

/* The form's pickers: papers and courses in reach. */
static int
pickers_add(struct ctx *c, xmlNodePtr parent)
{
	static const char *const attrs[] = { "id", NULL, "total", "pass",
	    "ready" };
	struct db_param	p[4];
	long long	rc;

	own_or_built_params(c, p);
	if ((rc = db_exec(&st_papers, p, 4)) != DB_OK ||
	    (rc = xml_rows(xml_add(parent, "papers", NULL), "paper",
	    &st_papers, 1, attrs, 5, 500)) < 0)
		return db_http_status((int)rc);
	return built_courses_add(c, parent);
}

int
exam_new(struct ctx *c)
{
	if (page_begin(c, "exam-edit") != 0)
		return 500;
	return pickers_add(c, xml_add(c->root, "exam-edit", NULL));
}

int
exam_head_add(struct ctx *c, xmlNodePtr parent, long long id,
    xmlNodePtr *exam)
{
	int		rc;

	if ((rc = office_row(c, &st_get, id)) != 0)
		return rc;
	*exam = exam_add(parent, &st_get);
	xml_add(*exam, "instructions", db_col(&st_get, C_INSTR));
	db_done(&st_get);
	return 200;
}

int
exam_edit(struct ctx *c)
{
	xmlNodePtr	ed, n;
	int		rc;

	if (page_begin(c, "exam-edit") != 0)
		return 500;
	ed = xml_add(c->root, "exam-edit", NULL);
	if ((rc = exam_head_add(c, ed, c->param[0], &n)) != 200)
		return rc;
	if (c->route->inputs == exam_show_inputs)
		xml_attr(n, "done", c->in[0].s);
	return pickers_add(c, ed);
}

/* What stands of the exam being changed (none for a new one). */
struct exam_was {
	const char	*json;
	long long	 paper, course, minutes, attempts;
	int		 sat, manual, published;
};

static int
exam_lock(struct ctx *c, long long id, struct exam_was *w)
{
	int		rc;

	if ((rc = office_row(c, &st_lock, id)) != 0)
		return rc;
	w->json = arena_strndup(c->arena, db_col(&st_lock, 0),
	    strlen(db_col(&st_lock, 0)));
	w->paper = db_col_int(&st_lock, 1);
	w->course = db_col_int(&st_lock, 2);
	w->minutes = db_col_int(&st_lock, 3);
	w->attempts = db_col_int(&st_lock, 4);
	w->sat = db_col_int(&st_lock, 5) != 0;
	w->manual = strcmp(db_col(&st_lock, 6), "manual") == 0;
	w->published = db_col_int(&st_lock, 7) != 0;
	db_done(&st_lock);
	return w->json != NULL ? 0 : 500;
}

/* Once sat, what the attempts were taken under stays. */
static int
sat_check(struct ctx *c, const struct exam_was *w)
{
	static const struct { int in; const char *field; } fixed[] = {
		{ X_PAPER, "paper" }, { X_COURSE, "course" },
		{ X_MINUTES, "minutes" }, { X_ATTEMPTS, "attempts" } };
	long long	was[4] = { w->paper, w->course, w->minutes, w->attempts },
			now;
	unsigned int	i;

	for (i = 0; w->sat && i < 4; i++) {
		now = c->in[fixed[i].in].s != NULL ? c->in[fixed[i].in].i : 0;
		if (now != was[i])
			return form_refuse(c, fixed[i].field, "exam_sat", 409);
	}
	return 0;
}

/* The window (local in the form, UTC in *t) and the references, each
 * checked when new or changed; 0 or the refusal. */
static int
exam_check(struct ctx *c, const struct exam_was *w, const char *t[2])
{
	struct db_param	 p[5] = { DB_INT(c->in[X_PAPER].i) };
	const char	*ok;
	time_t		 from, to;
	int		 rc;

	if ((t[0] = clock_local_utc(c->arena, c->in[X_OPENS].s, &from)) == NULL)
		return form_refuse(c, "opens", "bad_format", 400);
	if ((t[1] = clock_local_utc(c->arena, c->in[X_CLOSES].s, &to)) == NULL)
		return form_refuse(c, "closes", "bad_format", 400);
	if (to <= from)
		return form_refuse(c, "closes", "closes_before_opens", 400);
	if (to - from < c->in[X_MINUTES].i * 60)
		return form_refuse(c, "minutes", "minutes_window", 400);
	if (w == NULL || w->paper != c->in[X_PAPER].i) {
		own_or_built_params(c, &p[1]);
		if ((ok = db_text(c->arena, &st_paper_ok, p, 5)) == NULL)
			return form_refuse(c, "paper", "unknown", 400);
		if (strcmp(ok, "1") != 0)
			return form_refuse(c, "paper", "paper_not_ready", 400);
	}
	if (c->in[X_COURSE].s != NULL && (w == NULL ||
	    w->course != c->in[X_COURSE].i) && (rc = built_course_check(c,
	    c->in[X_COURSE].i, "course")) != 0)
		return rc;
	return w != NULL ? sat_check(c, w) : 0;
}

static void
fields_params(struct ctx *c, const char *t[2], struct db_param p[X__N])
{
	unsigned int i;

	for (i = 0; i < X__N; i++)
		p[i] = in_param(&c->in[i], i == X_PAPER || i == X_COURSE ||
		    (i >= X_MINUTES && i <= X_MAKEUP_DAYS));
	p[X_OPENS] = DB_TEXT(t[0]);
	p[X_CLOSES] = DB_TEXT(t[1]);
}

/* Audits and commits a change of exam id, back to its page with note. */
static int
exam_end(struct ctx *c, const char *action, long long id, const char *before,
    const char *note)
{
	struct exam_was	after;
	int		rc;

	if ((rc = exam_lock(c, id, &after)) != 0) {
		db_rollback();
		return rc;
	}
	return audit_commit(c, action, "exam", id, before, after.json,
	    arena_printf(c->arena, "/exams/%lld?done=%s", id, note));
}

int
exam_create(struct ctx *c)
{
	struct db_param	 p[X__N + 1];
	const char	*t[2];
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = exam_check(c, NULL, t)) != 0) {
		db_rollback();
		return rc;
	}
	fields_params(c, t, p);
	p[X__N] = DB_INT(c->user.id);
	if ((rc = db_tx_exec(&st_insert, p, X__N + 1)) != 0)
		return rc;
	return exam_end(c, "exam.create", (long long)db_insert_id(&st_insert),
	    NULL, "created");
}

int
exam_save(struct ctx *c)
{
	struct db_param	 p[X__N + 1];
	struct exam_was	 w;
	const char	*t[2];
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = exam_lock(c, c->param[0], &w)) != 0 ||
	    (rc = exam_check(c, &w, t)) != 0) {
		db_rollback();
		return rc;
	}
	fields_params(c, t, p);
	p[X__N] = DB_INT(c->param[0]);
	if ((rc = db_tx_exec(&st_update, p, X__N + 1)) != 0)
		return rc;
	return exam_end(c, "exam.update", c->param[0], w.json, "saved");
}

/* Results kept back (results manual) are released to the learners. */
int
exam_publish(struct ctx *c)
{
	struct exam_was	w;
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = exam_lock(c, c->param[0], &w)) != 0) {
		db_rollback();
		return rc;
	}
	if (!w.manual)
		return form_refuse(c, "results", "results_auto", 409);
	if (w.published)
		return form_refuse(c, "results", "results_published", 409);
	if ((rc = db_tx_exec(&st_publish, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1)) != 0)
		return rc;
	return exam_end(c, "exam.publish", c->param[0], w.json, "published");
}
