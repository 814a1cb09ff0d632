/* micro_review.c - the back office's micro-course review: queue, rubric score sheets, publish or return. */
#include <stdio.h>
#include <string.h>

#include "micro.h"
#include "pages.h"
#include "xml.h"

static const char *const statuses[] = { "submitted", "published", "returned",
    NULL };
const struct input micro_queue_inputs[] = {
	{ "status", IN_QUERY, IN_ENUM, 0, 0, 0, statuses },
	{ "month", IN_QUERY, IN_TEXT, 0, 7, 7, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const review_notes[] = { "scored", "published",
    "returned", NULL };
const struct input micro_review_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, review_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
/* Any integer passes the gate; the handler holds each item to its own
 * range so that the refusal names the item (err.rubric_NAME). */
#define ITEM(n)	{ n, IN_BODY, IN_INT, 0, -1000000, 1000000, NULL }
const struct input micro_score_inputs[] = {
	ITEM("goal"), ITEM("practical"), ITEM("content"), ITEM("naming"),
	ITEM("process"), ITEM("structure"), ITEM("creative"), ITEM("visual"),
	ITEM("sound"), ITEM("tech"), ITEM("material"),
	{ "comment", IN_BODY, IN_TEXT, 0, 1, 500, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
#define S_COMMENT	RUBRIC_N
static const char *const actions[] = { "publish", "return", NULL };
const struct input micro_decide_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, actions },
	{ "reason", IN_BODY, IN_TEXT, 0, 1, 500, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_queue = { .sql =
	"SELECT" MICRO_COLS ", s.total" MICRO_FROM
	"LEFT JOIN micro_sheet s ON s.micro_id = m.id AND s.reviewer_id = ? "
	"WHERE (? IS NULL OR m.status = ?) AND (? IS NULL OR m.upload_month = ?) "
	"ORDER BY m.id DESC LIMIT 51 OFFSET ?" };	/* MICRO_PAGE_SIZE + 1 */
static struct stmt st_one = { .sql =
	"SELECT" MICRO_COLS MICRO_FROM "WHERE m.id = ?" };
/* Columns 2 to 12 are the rubric's items in its order. */
static struct stmt st_sheets = { .sql =
	"SELECT s.reviewer_id, a.name, s.goal, s.practical, s.content, "
	" s.naming, s.process, s.structure, s.creative, s.visual, s.sound, "
	" s.tech, s.material, s.total, s.comment, "
	" DATE_FORMAT(s.updated_at, '%Y-%m-%d %H:%i:%s') "
	"FROM micro_sheet s JOIN account a ON a.id = s.reviewer_id "
	"WHERE s.micro_id = ? ORDER BY s.created_at, s.reviewer_id" };
static struct stmt st_lock = { .sql =
	"SELECT status, author_id, sheets, score_centi FROM micro "
	"WHERE id = ? FOR UPDATE" };
static struct stmt st_sheet_json = { .sql =
	"SELECT JSON_OBJECT('reviewer', reviewer_id, 'goal', goal, "
	" 'practical', practical, 'content', content, 'naming', naming, "
	" 'process', process, 'structure', structure, 'creative', creative, "
	" 'visual', visual, 'sound', sound, 'tech', tech, 'material', material, "
	" 'total', total, 'comment', comment) "
	"FROM micro_sheet WHERE micro_id = ? AND reviewer_id = ?" };
/* A reviewer's sheet replaces their earlier one. */
static struct stmt st_sheet_save = { .sql =
	"INSERT INTO micro_sheet (micro_id, reviewer_id, goal, practical, "
	" content, naming, process, structure, creative, visual, sound, tech, "
	" material, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
	"ON DUPLICATE KEY UPDATE goal = VALUES(goal), "
	" practical = VALUES(practical), content = VALUES(content), "
	" naming = VALUES(naming), process = VALUES(process), "
	" structure = VALUES(structure), creative = VALUES(creative), "
	" visual = VALUES(visual), sound = VALUES(sound), tech = VALUES(tech), "
	" material = VALUES(material), comment = VALUES(comment)" };
/* The final score: the mean of the sheets in hundredths, half up. */
static struct stmt st_rescore = { .sql =
	"UPDATE micro m JOIN (SELECT COUNT(*) AS n, SUM(total) AS t "
	" FROM micro_sheet WHERE micro_id = ?) s "
	"SET m.sheets = s.n, m.score_centi = (200 * s.t + s.n) DIV (2 * s.n) "
	"WHERE m.id = ?" };
static struct stmt st_publish = { .sql =
	"UPDATE micro SET status = 'published', base_yuan = ?, "
	" allowance_fen = ?, pay_month = ?, reason = NULL, decided_by = ?, "
	" decided_at = UTC_TIMESTAMP() WHERE id = ?" };
static struct stmt st_return = { .sql =
	"UPDATE micro SET status = 'returned', reason = ?, decided_by = ?, "
	" decided_at = UTC_TIMESTAMP() WHERE id = ?" };

int
micro_queue(struct ctx *c)
{
	struct db_param	 p[6];
	const char	*month = c->in[1].s;
	long long	 page = c->in[2].s ? c->in[2].i : 1;
	xmlNodePtr	 list;

	if (month != NULL && !micro_month_valid(month))
		return form_refuse(c, "month", "bad_format", 400);
	if (page_begin(c, "micro-queue") != 0)
		return 500;
	list = xml_add(c->root, "micros", NULL);
	xml_attr(list, "status", c->in[0].s);
	xml_attr(list, "month", month);
	p[0] = DB_INT(c->user.id);
	p[1] = p[2] = DB_OPT_TEXT(c->in[0].s);
	p[3] = p[4] = DB_OPT_TEXT(month);
	p[5] = DB_INT((page - 1) * MICRO_PAGE_SIZE);
	return micro_list_read(c, list, &st_queue, p, 6, page);
}

/* <sheets>, every reviewer's; mine[] gets the viewer's items (-1: none). */
static int
sheets_add(struct ctx *c, xmlNodePtr parent, long long id,
    long long mine[RUBRIC_N])
{
	struct db_param	p[1] = { DB_INT(id) };
	xmlNodePtr	l = xml_add(parent, "sheets", NULL), n;
	int		rc, i, own;

	for (i = 0; i < RUBRIC_N; i++)
		mine[i] = -1;
	if ((rc = db_exec(&st_sheets, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_sheets)) == 1) {
		own = db_col_int(&st_sheets, 0) == c->user.id;
		n = xml_add(l, "sheet", db_col(&st_sheets, 14));
		xml_attr(n, "reviewer", db_col(&st_sheets, 1));
		xml_attr(n, "total", db_col(&st_sheets, 13));
		xml_attr_time(n, "at", db_col(&st_sheets, 15));
		if (own)
			xml_attr(n, "mine", "1");
		for (i = 0; i < RUBRIC_N; i++) {
			xml_attr(n, rubric[i].name, db_col(&st_sheets, 2 + i));
			if (own)
				mine[i] = db_col_int(&st_sheets, 2 + i);
		}
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

/* <rubric>: its groups and items with their maxima and the viewer's score. */
static void
rubric_add(xmlNodePtr parent, const long long mine[RUBRIC_N])
{
	xmlNodePtr	r = xml_add(parent, "rubric", NULL), g = NULL, n;
	int		i, sum = 0;

	for (i = 0; i < RUBRIC_N; i++) {
		if (g == NULL || strcmp(rubric[i].group, rubric[i - 1].group)) {
			if (g != NULL)
				xml_attr_int(g, "max", sum);
			g = xml_add(r, "group", NULL);
			xml_attr(g, "name", rubric[i].group);
			sum = 0;
		}
		n = xml_add(g, "item", NULL);
		xml_attr(n, "name", rubric[i].name);
		xml_attr_int(n, "max", rubric[i].max);
		if (mine[i] >= 0)
			xml_attr_int(n, "value", mine[i]);
		sum += rubric[i].max;
	}
	xml_attr_int(g, "max", sum);
}

int
micro_review(struct ctx *c)
{
	struct db_param	p[1] = { DB_INT(c->param[0]) };
	long long	mine[RUBRIC_N];
	xmlNodePtr	page, n;
	int		rc;

	if (page_begin(c, "micro-review") != 0)
		return 500;
	page = xml_add(c->root, "micro-review", NULL);
	xml_attr_int(page, "base", c->conf->micro_base);
	if (c->req->method == METHOD_GET)
		xml_attr(page, "done", c->in[0].s);
	if ((rc = db_exec(&st_one, p, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_one)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	n = micro_add(c, page, &st_one);
	db_done(&st_one);
	if ((rc = micro_quiz_add(n, c->param[0])) != 200 ||
	    (rc = sheets_add(c, n, c->param[0], mine)) != 200)
		return rc;
	rubric_add(page, mine);
	return 200;
}

/* Locks micro-course id for a reviewer's change: 0 with its sheet count
 * and score, or the refusal (rolled back): 404 unknown, 403 the
 * reviewer's own, 409 no longer submitted. */
static int
micro_lock(struct ctx *c, long long id, long long *sheets, long long *score)
{
	struct db_param	 p[1] = { DB_INT(id) };
	int		 rc, own, open;

	if ((rc = db_exec(&st_lock, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_lock)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : db_http_status(rc);
	}
	own = db_col_int(&st_lock, 1) == c->user.id;
	open = strcmp(db_col(&st_lock, 0), "submitted") == 0;
	*sheets = db_col_int(&st_lock, 2);
	*score = db_col(&st_lock, 3) ? db_col_int(&st_lock, 3) : 0;
	db_done(&st_lock);
	if (own)
		return form_refuse(c, "action", "own_micro", 403);
	if (!open)
		return form_refuse(c, "action", "micro_decided", 409);
	return 0;
}

/* Every item within 0..its maximum, or the form again naming each one
 * that is not (missing, negative or over); 0 or 400. */
static int
items_check(struct ctx *c)
{
	int i, bad = 0;

	for (i = 0; i < RUBRIC_N; i++)
		if (c->in[i].s == NULL || c->in[i].i < 0 ||
		    c->in[i].i > rubric[i].max)
			bad = 1;
	if (!bad)
		return 0;
	if (form_again(c) != 0)
		return 500;
	for (i = 0; i < RUBRIC_N; i++)
		if (c->in[i].s == NULL || c->in[i].i < 0 ||
		    c->in[i].i > rubric[i].max)
			xml_error(c, rubric[i].name, arena_printf(c->arena,
			    "rubric_%s", rubric[i].name));
	return 400;
}

static char *
sheet_json(struct ctx *c, long long id)
{
	return db_text(c->arena, &st_sheet_json, (struct db_param[2]){
	    DB_INT(id), DB_INT(c->user.id) }, 2);
}

static int
to_review(struct ctx *c, long long id, const char *done)
{
	c->location = arena_printf(c->arena, "%s/micro/%lld?done=%s",
	    surface_bases[c->surface], id, done);
	return 303;
}

/* A reviewer's score sheet, new or revised, and the mean it makes. */
int
micro_score(struct ctx *c)
{
	struct db_param	 p[3 + RUBRIC_N];
	const char	*before;
	long long	 id = c->param[0], sheets, score;
	int		 rc, i;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = micro_lock(c, id, &sheets, &score)) != 0)
		return rc;
	if ((rc = items_check(c)) != 0) {
		db_rollback();
		return rc;
	}
	before = sheet_json(c, id);	/* NULL: the first sheet */
	p[0] = DB_INT(id);
	p[1] = DB_INT(c->user.id);
	for (i = 0; i < RUBRIC_N; i++)
		p[2 + i] = DB_INT(c->in[i].i);
	p[2 + RUBRIC_N] = DB_OPT_TEXT(c->in[S_COMMENT].s);
	if ((rc = db_exec(&st_sheet_save, p, 3 + RUBRIC_N)) != DB_OK ||
	    (rc = db_exec(&st_rescore, (struct db_param[2]){ DB_INT(id),
	    DB_INT(id) }, 2)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = micro_write_end(c, before ? "micro.rescore" : "micro.score",
	    id, before, sheet_json(c, id))) != 0)
		return rc;
	return to_review(c, id, "scored");
}

/* Publishing fixes the score, the allowance on today's base, and the
 * month it is paid in; returning says why. */
static int
decide_write(struct ctx *c, long long id, int publish, long long score)
{
	char	month[8];

	if (!publish)
		return db_exec(&st_return, (struct db_param[3]){
		    DB_TEXT(c->in[1].s), DB_INT(c->user.id), DB_INT(id) }, 3);
	micro_month_now(month);
	return db_exec(&st_publish, (struct db_param[5]){
	    DB_INT(c->conf->micro_base),
	    DB_INT(micro_allowance_fen(c->conf->micro_base, score)),
	    DB_TEXT(month), DB_INT(c->user.id), DB_INT(id) }, 5);
}

int
micro_decide(struct ctx *c)
{
	const char	*before;
	long long	 id = c->param[0], sheets, score;
	int		 publish = strcmp(c->in[0].s, "publish") == 0, rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = micro_lock(c, id, &sheets, &score)) != 0)
		return rc;
	if (publish && sheets == 0)
		return form_refuse(c, "action", "micro_unscored", 409);
	if (!publish && c->in[1].s == NULL)
		return form_refuse(c, "reason", "required", 400);
	if ((before = micro_json(c, id)) == NULL ||
	    (rc = decide_write(c, id, publish, score)) != DB_OK) {
		db_rollback();
		return db_http_status(before == NULL ? DB_ERR : rc);
	}
	if ((rc = micro_write_end(c, publish ? "micro.publish" :
	    "micro.return", id, before, micro_json(c, id))) != 0)
		return rc;
	return to_review(c, id, publish ? "published" : "returned");
}
