/* papers.c - papers (试卷) in the back office: the list, a new paper, its settings, a copy of it. */
#include <string.h>

#include "audit.h"
#include "exam_office.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const modes[] = { "fixed", "random", NULL };

const struct input papers_inputs[] = {
	{ "course", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
/* The settings; a new paper also chooses its mode, for good. */
#define PAPER_FIELDS \
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL }, \
	{ "course", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL }, \
	{ "pass", IN_BODY, IN_DECIMAL, 1, 0, 10000, NULL }
enum { F_TITLE, F_COURSE, F_PASS, F_MODE };
const struct input paper_new_inputs[] = {
	PAPER_FIELDS,
	{ "mode", IN_BODY, IN_ENUM, 1, 0, 0, modes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input paper_inputs[] = {
	PAPER_FIELDS,
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input paper_copy_inputs[] = {
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_list = { .sql =
	"SELECT p.id, p.title, p.mode, p.course_id, c.name, "
	POINTS("p.pass_tenths") "," POINTS(PAPER_TOTAL("p")) ", "
	" IF(p.mode = 'fixed', (SELECT COUNT(*) FROM paper_question x "
	"  WHERE x.paper_id = p.id), (SELECT COALESCE(SUM(x.n), 0) "
	"  FROM paper_rule x WHERE x.paper_id = p.id)), "
	" (SELECT COUNT(*) FROM exam e WHERE e.paper_id = p.id "
	"  AND e.deleted_at IS NULL), " PAPER_SAT("p")
	"FROM paper p LEFT JOIN course c ON c.id = p.course_id "
	"WHERE" PAPER_REACH "AND (? IS NULL OR p.course_id = ?) "
	"ORDER BY p.id DESC LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
/* Locked: the paper in reach, what the audit keeps of it, its total,
 * its pass score and whether it was sat. */
static struct stmt st_lock = { .sql =
	"SELECT JSON_OBJECT('title', p.title, 'course', p.course_id, "
	" 'mode', p.mode, 'pass', p.pass_tenths, "
	" 'questions', (SELECT GROUP_CONCAT(CONCAT(x.question_id, ':', x.points) "
	"  ORDER BY x.position) FROM paper_question x WHERE x.paper_id = p.id), "
	" 'rules', (SELECT GROUP_CONCAT(CONCAT_WS(':', x.kind, "
	"  IFNULL(x.course_id, ''), IFNULL(x.point, ''), IFNULL(x.difficulty, ''), "
	"  x.n, x.points) ORDER BY x.position SEPARATOR ';') "
	"  FROM paper_rule x WHERE x.paper_id = p.id)), "
	PAPER_TOTAL("p") ", p.pass_tenths," PAPER_SAT("p") ", p.mode "
	"FROM paper p LEFT JOIN course c ON c.id = p.course_id "
	"WHERE p.id = ? AND" PAPER_REACH "FOR UPDATE" };
static struct stmt st_insert = { .sql =
	"INSERT INTO paper (title, course_id, pass_tenths, mode, created_by) "
	"VALUES (?, ?, ?, ?, ?)" };
static struct stmt st_update = { .sql =
	"UPDATE paper SET title = ?, course_id = ?, pass_tenths = ? WHERE id = ?" };
static struct stmt st_copy = { .sql =
	"INSERT INTO paper (title, course_id, pass_tenths, mode, created_by) "
	"SELECT ?, course_id, pass_tenths, mode, ? FROM paper WHERE id = ?" };
static struct stmt st_copy_questions = { .sql =
	"INSERT INTO paper_question (paper_id, position, question_id, points) "
	"SELECT ?, position, question_id, points FROM paper_question "
	"WHERE paper_id = ?" };
static struct stmt st_copy_rules = { .sql =
	"INSERT INTO paper_rule (paper_id, position, kind, course_id, point, "
	" difficulty, n, points) SELECT ?, position, kind, course_id, point, "
	" difficulty, n, points FROM paper_rule WHERE paper_id = ?" };

int
papers_list(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "mode", "course",
	    "course-name", "pass", "total", "count", "exams", "sat" };
	long long	page = c->in[1].s ? c->in[1].i : 1, rows;
	struct db_param	p[7];
	xmlNodePtr	l;

	if (page_begin(c, "papers") != 0)
		return 500;
	l = xml_add(c->root, "papers", NULL);
	xml_attr(l, "course", c->in[0].s);
	own_or_built_params(c, p);
	p[4] = p[5] = in_param(&c->in[0], 1);
	p[6] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rows = db_exec(&st_list, p, 7)) != DB_OK ||
	    (rows = xml_rows(l, "paper", &st_list, 1, attrs,
	    sizeof(attrs) / sizeof(attrs[0]), PAGE_SIZE)) < 0)
		return db_http_status((int)rows);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return built_courses_add(c, c->root);
}

int
paper_new(struct ctx *c)
{
	if (page_begin(c, "paper-new") != 0)
		return 500;
	xml_add(c->root, "paper-new", NULL);
	return built_courses_add(c, c->root);
}

int
paper_lock(struct ctx *c, long long id, struct paper_locked *out)
{
	int		rc;

	if ((rc = office_row(c, &st_lock, id)) != 0)
		return rc;
	out->json = arena_strndup(c->arena, db_col(&st_lock, 0),
	    strlen(db_col(&st_lock, 0)));
	out->total = db_col_int(&st_lock, 1);
	out->pass = db_col_int(&st_lock, 2);
	out->sat = db_col_int(&st_lock, 3) != 0;
	out->fixed = strcmp(db_col(&st_lock, 4), "fixed") == 0;
	db_done(&st_lock);
	return out->json != NULL ? 0 : 500;
}

int
paper_end(struct ctx *c, const char *action, long long id,
    const char *before, const char *note)
{
	struct paper_locked	after;
	int			rc;

	if ((rc = paper_lock(c, id, &after)) != 0) {
		db_rollback();
		return rc;
	}
	return audit_commit(c, action, "paper", id, before, after.json,
	    arena_printf(c->arena, "/papers/%lld?done=%s", id, note));
}

int
paper_create(struct ctx *c)
{
	struct db_param	p[5];
	long long	pass;
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if (c->in[F_COURSE].s != NULL && (rc = built_course_check(c,
	    c->in[F_COURSE].i, "course")) != 0) {
		db_rollback();
		return rc;
	}
	tenths_read(c->in[F_PASS].s, 10000, &pass);
	p[0] = DB_TEXT(c->in[F_TITLE].s);
	p[1] = in_param(&c->in[F_COURSE], 1);
	p[2] = DB_INT(pass);
	p[3] = DB_TEXT(c->in[F_MODE].s);
	p[4] = DB_INT(c->user.id);
	if ((rc = db_tx_exec(&st_insert, p, 5)) != 0)
		return rc;
	return paper_end(c, "paper.create", (long long)db_insert_id(&st_insert),
	    NULL, "created");
}

/* A pass score is refused above the total (an empty paper has none
 * yet), or changed once the paper was sat. */
static int
pass_check(struct ctx *c, const struct paper_locked *pl, long long pass)
{
	if (pl->sat && pass != pl->pass)
		return form_refuse(c, "pass", "paper_sat", 409);
	if (pl->total > 0 && pass > pl->total)
		return form_refuse(c, "pass", "pass_over_total", 400);
	return 0;
}

int
paper_save(struct ctx *c)
{
	struct paper_locked	pl;
	struct db_param		p[4];
	long long		pass;
	int			rc;

	tenths_read(c->in[F_PASS].s, 10000, &pass);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = paper_lock(c, c->param[0], &pl)) != 0 ||
	    (c->in[F_COURSE].s != NULL && (rc = built_course_check(c,
	    c->in[F_COURSE].i, "course")) != 0) ||
	    (rc = pass_check(c, &pl, pass)) != 0) {
		db_rollback();
		return rc;
	}
	p[0] = DB_TEXT(c->in[F_TITLE].s);
	p[1] = in_param(&c->in[F_COURSE], 1);
	p[2] = DB_INT(pass);
	p[3] = DB_INT(c->param[0]);
	if ((rc = db_tx_exec(&st_update, p, 4)) != 0)
		return rc;
	return paper_end(c, "paper.update", c->param[0], pl.json, "saved");
}

/* Save as a new paper: the same settings, questions and rules, the
 * caller's, free to change even when the original was sat. */
int
paper_copy(struct ctx *c)
{
	struct paper_locked	pl;
	long long		id;
	int			rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = paper_lock(c, c->param[0], &pl)) != 0) {
		db_rollback();
		return rc;
	}
	if ((rc = db_tx_exec(&st_copy, (struct db_param[3]){
	    DB_TEXT(c->in[0].s), DB_INT(c->user.id), DB_INT(c->param[0]) },
	    3)) != 0)
		return rc;
	id = (long long)db_insert_id(&st_copy);
	if ((rc = db_tx_exec(&st_copy_questions, (struct db_param[2]){
	    DB_INT(id), DB_INT(c->param[0]) }, 2)) != 0 ||
	    (rc = db_tx_exec(&st_copy_rules, (struct db_param[2]){ DB_INT(id),
	    DB_INT(c->param[0]) }, 2)) != 0)
		return rc;
	return paper_end(c, "paper.create", id, NULL, "copied");
}
