/* exam_grading.c - marking (阅卷): the queue of attempts waiting for a person, one attempt with its answers and log, and the marks that settle it. */
#include <string.h>

#include "attempt.h"
#include "audit.h"
#include "exam_office.h"
#include "exams.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE	50
#define LOG_SHOWN	2000
#define MAX_ITEMS	PAPER_MAX_ITEMS

static const char *const notes[] = { "marked", NULL };

const struct input grading_inputs[] = {
	{ "exam", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input attempt_admin_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* Attempt a of exam e (course c) in reach: four ?. */
#define ATTEMPT_FROM \
	"FROM attempt a JOIN exam e ON e.id = a.exam_id " \
	"LEFT JOIN course c ON c.id = e.course_id " \
	"JOIN account u ON u.id = a.account_id "
#define WAITING(a) \
	" (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = " a ".id " \
	"  AND i.mark IS NULL AND i.auto_score IS NULL) "

/* Oldest first: who waits longest is marked first. */
static struct stmt st_queue = { .sql =
	"SELECT a.id, a.exam_id, e.title, u.login, u.name, a.seq, a.makeup, "
	" DATE_FORMAT(a.submitted_at, '%Y-%m-%d %H:%i:%s')," WAITING("a")
	ATTEMPT_FROM "WHERE a.state = 'submitted' AND" EXAM_REACH
	" AND (? IS NULL OR a.exam_id = ?) "
	"ORDER BY a.submitted_at, a.id LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
static struct stmt st_one = { .sql =
	"SELECT a.id, a.exam_id, e.title, u.login, u.name, a.seq, a.makeup, "
	" a.state, a.submitted_by, " POINTS("a.score") ", a.passed, "
	" (SELECT" POINTS("SUM(i.points)") "FROM attempt_item i "
	"  WHERE i.attempt_id = a.id)," WAITING("a") ", e.results, "
	" e.published_at IS NOT NULL, "
	" DATE_FORMAT(a.started_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(a.ends_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(a.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(a.graded_at, '%Y-%m-%d %H:%i:%s') "
	ATTEMPT_FROM "WHERE a.id = ? AND" EXAM_REACH };
enum { O_STARTED = 15, O_ENDS, O_SUBMITTED, O_GRADED };
static struct stmt st_items = { .sql =
	"SELECT ai.position, " POINTS("ai.points") ", " POINTS("ai.auto_score")
	", " POINTS("ai.mark") ", m.name, ai.mark IS NULL AND ai.auto_score IS NULL, "
	" DATE_FORMAT(ai.marked_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(ai.saved_at, '%Y-%m-%d %H:%i:%s'), ai.answer, ai.comment, "
	OFFICE_QUESTION_COLS "FROM attempt_item ai "
	"JOIN question q ON q.id = ai.question_id "
	"LEFT JOIN course qc ON qc.id = q.course_id "
	"LEFT JOIN account m ON m.id = ai.marked_by "
	"WHERE ai.attempt_id = ? ORDER BY ai.position" };
enum { I_MARKED_AT = 6, I_SAVED, I_ANSWER, I_COMMENT, I_QUESTION };
/* With seconds, local: the first ? is the zone's offset. */
static struct stmt st_log = { .sql =
	"SELECT l.id, DATE_FORMAT(l.at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i:%s'), "
	" l.event, l.position, l.ip, l.detail FROM attempt_log l "
	"WHERE l.attempt_id = ? ORDER BY l.id LIMIT 2001" };	/* LOG_SHOWN + 1 */
static struct stmt st_lock = { .sql =
	"SELECT a.state, a.passed IS TRUE " ATTEMPT_FROM "WHERE a.id = ? AND"
	EXAM_REACH "FOR UPDATE" };
static struct stmt st_passed = { .sql =
	"SELECT passed IS TRUE FROM attempt WHERE id = ?" };
static struct stmt st_json = { .sql =
	"SELECT JSON_OBJECT('state', a.state, 'score', a.score, 'passed', "
	" a.passed, 'marks', (SELECT GROUP_CONCAT(CONCAT(i.position, ':', "
	"  IFNULL(i.mark, '-')) ORDER BY i.position) FROM attempt_item i "
	"  WHERE i.attempt_id = a.id)) FROM attempt a WHERE a.id = ?" };
static struct stmt st_marking = { .sql =
	"SELECT ai.position, ai.points, q.kind = 'short', ai.mark, ai.comment "
	"FROM attempt_item ai JOIN question q ON q.id = ai.question_id "
	"WHERE ai.attempt_id = ? ORDER BY ai.position LIMIT 151" };	/* MAX_ITEMS + 1 */
static struct stmt st_mark = { .sql =
	"UPDATE attempt_item SET mark = ?, comment = ?, marked_by = ?, "
	" marked_at = UTC_TIMESTAMP() WHERE attempt_id = ? AND position = ?" };

int
grading_queue(struct ctx *c)
{
	static const char *const attrs[] = { "id", "exam", "exam-title",
	    "login", NULL, "seq", "makeup", NULL, "waiting" };
	long long	page = c->in[1].s ? c->in[1].i : 1, rows = 0;
	struct db_param	p[7];
	xmlNodePtr	l, n;
	unsigned int	i;
	int		rc;

	if (page_begin(c, "grading") != 0)
		return 500;
	l = xml_add(c->root, "grading", NULL);
	xml_attr(l, "exam", c->in[0].s);
	own_or_built_params(c, p);
	p[4] = p[5] = in_param(&c->in[0], 1);
	p[6] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(&st_queue, p, 7)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_queue)) == 1) {
		if (++rows > PAGE_SIZE)
			continue;
		n = xml_add(l, "attempt", db_col(&st_queue, 4));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_queue, i));
		xml_attr_time(n, "submitted", db_col(&st_queue, 7));
	}
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

/* The attempt's items: the question as the bank holds it (options in
 * its own letters, which the answer uses too), the answer, the marks. */
static int
items_add(xmlNodePtr attempt, long long id)
{
	static const char *const attrs[] = { "position", "points", "auto",
	    "mark", "marked-by", "waiting" };
	xmlNodePtr	l = xml_add(attempt, "items", NULL), n;
	unsigned int	i;
	int		rc;

	if ((rc = db_exec(&st_items, (struct db_param[1]){ DB_INT(id) }, 1)) !=
	    DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_items)) == 1) {
		n = xml_add(l, "item", NULL);
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			xml_attr(n, attrs[i], db_col(&st_items, i));
		xml_attr_time(n, "marked-at", db_col(&st_items, I_MARKED_AT));
		xml_attr_time(n, "saved", db_col(&st_items, I_SAVED));
		office_question_add(n, &st_items, I_QUESTION);
		if (db_col(&st_items, I_ANSWER) != NULL)
			xml_add(n, "answer", db_col(&st_items, I_ANSWER));
		if (db_col(&st_items, I_COMMENT) != NULL)
			xml_add(n, "comment", db_col(&st_items, I_COMMENT));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

static int
log_add(xmlNodePtr attempt, long long id)
{
	/* A save's id is the receipt the learner was shown. */
	static const char *const attrs[] = { "id", "at", "event", "position",
	    "ip" };
	xmlNodePtr	l = xml_add(attempt, "log", NULL);
	long long	rows;

	if ((rows = db_exec(&st_log, (struct db_param[2]){
	    DB_INT(clock_utc_offset()), DB_INT(id) }, 2)) != DB_OK ||
	    (rows = xml_rows(l, "event", &st_log, 5, attrs, 5, LOG_SHOWN)) < 0)
		return db_http_status((int)rows);
	if (rows > LOG_SHOWN)
		xml_attr(l, "more", "1");
	return 200;
}

int
attempt_admin(struct ctx *c)
{
	static const char *const attrs[] = { "id", "exam", "exam-title",
	    "login", "name", "seq", "makeup", "state", "submitted-by", "score",
	    "passed", "total", "waiting", "results", "published" };
	static const char *const times[] = { "started", "ends", "submitted",
	    "graded" };
	xmlNodePtr	n;
	unsigned int	i;
	int		rc;

	if (page_begin(c, "attempt-review") != 0)
		return 500;
	if ((rc = office_row(c, &st_one, c->param[0])) != 0)
		return rc;
	n = xml_add(c->root, "attempt", NULL);
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		xml_attr(n, attrs[i], db_col(&st_one, i));
	for (i = 0; i < 4; i++)
		xml_attr_time(n, times[i], db_col(&st_one, O_STARTED + i));
	db_done(&st_one);
	if (c->route->inputs == attempt_admin_inputs)
		xml_attr(n, "done", c->in[0].s);
	if ((rc = items_add(n, c->param[0])) != 200)
		return rc;
	return log_add(n, c->param[0]);
}

/* One item's marking as it stands and as the form leaves it. */
struct mark {
	long long	 pos, points, was, now;	/* -1: no mark */
	int		 kind_short;
	const char	*comment_was, *comment;
};

/* The attempt's items with the form's marks ("mark_N", in points, empty
 * for none) and comments ("comment_N"); an item the form leaves out
 * keeps what it has. The number of items, or a db error (< 0). */
static int
marks_read(struct ctx *c, long long id, struct mark *m)
{
	const struct field	*f;
	int			 n = 0, rc;

	if ((rc = db_exec(&st_marking, (struct db_param[1]){ DB_INT(id) }, 1)) !=
	    DB_OK)
		return rc;
	while ((rc = db_fetch(&st_marking)) == 1) {
		m[n].pos = db_col_int(&st_marking, 0);
		m[n].points = db_col_int(&st_marking, 1);
		m[n].kind_short = db_col_int(&st_marking, 2) != 0;
		m[n].was = db_col(&st_marking, 3) ? db_col_int(&st_marking, 3) : -1;
		m[n].comment_was = db_col(&st_marking, 4) ? arena_strndup(c->arena,
		    db_col(&st_marking, 4), strlen(db_col(&st_marking, 4))) : NULL;
		m[n].now = m[n].was;
		m[n].comment = m[n].comment_was;
		f = req_get(&c->req->body, arena_printf(c->arena, "comment_%lld",
		    m[n].pos));
		if (f != NULL)
			m[n].comment = f->len > 0 ? f->val : NULL;
		n++;
	}
	return rc < 0 ? rc : n;
}

/* Each mark within 0..the item's points with one decimal at most; a
 * short answer once marked keeps a mark. 0 or the refusal. */
static int
marks_check(struct ctx *c, struct mark *m, int n)
{
	const struct field	*f;
	const char		*field;
	int			 i;

	for (i = 0; i < n; i++) {
		if (m[i].comment != NULL && valid_text(m[i].comment,
		    strlen(m[i].comment), 1, 1000) != VERR_OK)
			return form_refuse(c, arena_printf(c->arena,
			    "comment_%lld", m[i].pos), "too_long", 400);
		field = arena_printf(c->arena, "mark_%lld", m[i].pos);
		if ((f = req_get(&c->req->body, field)) == NULL)
			continue;
		if (f->len == 0)
			m[i].now = -1;
		else if (tenths_read(f->val, OFFICE_MAX_POINTS, &m[i].now) !=
		    VERR_OK || m[i].now > m[i].points)
			return form_refuse(c, field, "mark_range", 400);
		if (m[i].kind_short && m[i].was >= 0 && m[i].now < 0)
			return form_refuse(c, field, "mark_required", 400);
	}
	return 0;
}

/* Writes the changed marks (a few per attempt, each its own row); how
 * many in *changed. */
static int
marks_write(struct ctx *c, long long id, const struct mark *m, int n,
    int *changed)
{
	int i, rc;

	for (*changed = 0, i = 0; i < n; i++) {
		if (m[i].now == m[i].was && (m[i].comment == m[i].comment_was ||
		    (m[i].comment != NULL && m[i].comment_was != NULL &&
		    strcmp(m[i].comment, m[i].comment_was) == 0)))
			continue;
		if ((rc = db_exec(&st_mark, (struct db_param[5]){
		    m[i].now >= 0 ? DB_INT(m[i].now) : DB_NULLP,
		    DB_OPT_TEXT(m[i].comment), DB_INT(c->user.id), DB_INT(id),
		    DB_INT(m[i].pos) }, 5)) != DB_OK)
			return rc;
		(*changed)++;
	}
	return DB_OK;
}

/* A person's marks on a submitted (or a graded) attempt, logged and
 * audited, then the attempt settled: graded once nothing waits. */
int
grading_save(struct ctx *c)
{
	struct mark	 m[MAX_ITEMS + 1];
	struct db_param	 p[5] = { DB_INT(c->param[0]) };
	const char	*before, *after, *now;
	int		 n, rc, changed, open, passed;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	own_or_built_params(c, &p[1]);
	if ((rc = db_exec(&st_lock, p, 5)) != DB_OK ||
	    (rc = db_fetch(&st_lock)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : db_http_status(rc);
	}
	open = strcmp(db_col(&st_lock, 0), "open") == 0;
	passed = (int)db_col_int(&st_lock, 1);
	db_done(&st_lock);
	if (open)
		return form_refuse(c, "marks", "attempt_open", 409);
	before = db_text(c->arena, &st_json, p, 1);
	if ((n = marks_read(c, c->param[0], m)) < 0 ||
	    (rc = marks_check(c, m, n)) != 0) {
		db_rollback();
		return n < 0 ? db_http_status(n) : rc;
	}
	if ((rc = marks_write(c, c->param[0], m, n, &changed)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	/* Nothing changed: nothing to log, audit or settle again. */
	if (changed == 0) {
		db_rollback();
		c->location = arena_printf(c->arena, "%s/attempts/%lld",
		    surface_bases[c->surface], c->param[0]);
		return 303;
	}
	if ((rc = attempt_log(c->param[0], "mark", 0, arena_printf(c->arena,
	    "%d", changed), c->remote_addr, NULL)) != DB_OK ||
	    (rc = attempt_settle(c->param[0])) != DB_OK ||
	    (now = db_text(c->arena, &st_passed, p, 1)) == NULL ||
	    (after = db_text(c->arena, &st_json, p, 1)) == NULL) {
		db_rollback();
		return db_http_status(rc != DB_OK ? rc : DB_ERR);
	}
	/* A pass has completed the course and paid its credits: a mark
	 * may not take it back below the pass score. */
	if (passed && strcmp(now, "1") != 0)
		return form_refuse(c, "marks", "mark_unpass", 409);
	return audit_commit(c, "attempt.mark", "attempt", c->param[0], before,
	    after, arena_printf(c->arena, "/attempts/%lld?done=marked",
	    c->param[0]));
}
