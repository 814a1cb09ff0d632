/* paper_edit.c - a paper's editor: a fixed paper's questions from the bank with their points and order, a random paper's rules with what the bank holds for each. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exam_office.h"
#include "pages.h"
#include "questions.h"
#include "xml.h"

#define MAX_ITEMS	PAPER_MAX_ITEMS
#define MAX_RULES	PAPER_MAX_RULES
#define BANK_SHOWN	50
#define RULE_FIELDS	6

static const char *const notes[] = { "created", "saved", "copied",
    "questions", "items", "rules", NULL };

/* The bank's filters first, as the question list's: question_filter_params
 * and question_filters_add read them. */
const struct input paper_edit_inputs[] = {
	QUESTION_FILTER_INPUTS_AS("bank_"),
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { B_DONE = QUESTION_FILTERS };
/* Questions picked in the bank (fields "question") or typed by id. */
const struct input paper_add_inputs[] = {
	{ "points", IN_BODY, IN_DECIMAL, 1, 0, OFFICE_MAX_POINTS, NULL },
	{ "ids", IN_BODY, IN_TEXT, 0, 1, 2000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

#define ID_LIST	" JSON_TABLE(?, '$[*]' COLUMNS (ord FOR ORDINALITY, " \
	" id INT UNSIGNED PATH '$')) j "

/* The total, shown and compared with the pass, is written once, in the
 * derived table (MariaDB merges it; its subquery cache serves the second
 * use). */
static struct stmt st_head = { .sql =
	"SELECT t.id, t.title, t.mode, t.course_id, t.name, "
	POINTS("t.pass_tenths") "," POINTS("t.total") ", t.sat, t.exams, "
	" t.pass_tenths > t.total "
	"FROM (SELECT p.id, p.title, p.mode, p.course_id, c.name, p.pass_tenths, "
	PAPER_TOTAL("p") "AS total," PAPER_SAT("p") "AS sat, "
	" (SELECT COUNT(*) FROM exam e WHERE e.paper_id = p.id "
	"  AND e.deleted_at IS NULL) AS exams "
	" FROM paper p LEFT JOIN course c ON c.id = p.course_id "
	" WHERE p.id = ? AND" PAPER_REACH ") t" };
static struct stmt st_items = { .sql =
	"SELECT pq.position, " POINTS("pq.points") ", q.id, q.kind, "
	" q.difficulty, q.point, c.name, q.deleted_at IS NOT NULL, "
	" LEFT(q.stem, 120) FROM paper_question pq "
	"JOIN question q ON q.id = pq.question_id "
	"LEFT JOIN course c ON c.id = q.course_id "
	"WHERE pq.paper_id = ? ORDER BY pq.position" };
/* What the bank offers: matching the filters, not on the paper yet. */
static struct stmt st_bank = { .sql =
	"SELECT q.id, q.kind, q.difficulty, q.course_id, c.name, q.point, "
	" LEFT(q.stem, 120) FROM question q LEFT JOIN course c ON c.id = q.course_id "
	"WHERE" QUESTION_FILTERED "AND NOT EXISTS (SELECT 1 "
	"  FROM paper_question x WHERE x.paper_id = ? AND x.question_id = q.id) "
	"ORDER BY q.id DESC LIMIT 51" };	/* BANK_SHOWN + 1 */
/* Each rule: the bank's questions matching it, and those left for it at
 * worst: each rule before it may have drawn up to its n of the ones both
 * match. */
static struct stmt st_rules = { .sql =
	"SELECT r.position, r.kind, r.course_id, c.name, r.point, r.difficulty, "
	" r.n, " POINTS("r.points") ", x.matching, "
	" GREATEST(x.matching - x.taken, 0), GREATEST(x.matching - x.taken, 0) < r.n "
	"FROM paper_rule r LEFT JOIN course c ON c.id = r.course_id "
	"JOIN (SELECT r2.position, (SELECT COUNT(*) FROM question q WHERE"
	RULE_MATCH("r2", "q") ") AS matching, "
	" (SELECT COALESCE(SUM(LEAST(o.n, (SELECT COUNT(*) FROM question q WHERE"
	RULE_MATCH("r2", "q") "AND" RULE_MATCH("o", "q") "))), 0) "
	"  FROM paper_rule o WHERE o.paper_id = r2.paper_id "
	"  AND o.position < r2.position) AS taken "
	" FROM paper_rule r2 WHERE r2.paper_id = ?) x ON x.position = r.position "
	"WHERE r.paper_id = ? ORDER BY r.position" };
static struct stmt st_reach_ids = { .sql =
	"SELECT COUNT(*) FROM" ID_LIST "JOIN question q ON q.id = j.id "
	"LEFT JOIN course c ON c.id = q.course_id WHERE" QUESTION_REACH };
/* New questions after the paper's last, in the order given; those on it
 * already stay where they are. */
static struct stmt st_add = { .sql =
	"INSERT INTO paper_question (paper_id, position, question_id, points) "
	"SELECT ?, m.top + ROW_NUMBER() OVER (ORDER BY j.ord), j.id, ? "
	"FROM" ID_LIST "JOIN (SELECT COALESCE(MAX(position), 0) AS top "
	" FROM paper_question WHERE paper_id = ?) m "
	"WHERE NOT EXISTS (SELECT 1 FROM paper_question x WHERE x.paper_id = ? "
	" AND x.question_id = j.id)" };
static struct stmt st_count = { .sql =
	"SELECT COUNT(*) FROM paper_question WHERE paper_id = ?" };
static struct stmt st_current = { .sql =
	"SELECT question_id, points FROM paper_question WHERE paper_id = ? "
	"ORDER BY position LIMIT 151" };	/* MAX_ITEMS + 1 */
static struct stmt st_items_del = { .sql =
	"DELETE FROM paper_question WHERE paper_id = ?" };
/* [[question, tenths], ...] in their new order. */
static struct stmt st_items_put = { .sql =
	"INSERT INTO paper_question (paper_id, position, question_id, points) "
	"SELECT ?, j.ord, j.id, j.pts FROM JSON_TABLE(?, '$[*]' COLUMNS ("
	" ord FOR ORDINALITY, id INT UNSIGNED PATH '$[0]', "
	" pts INT UNSIGNED PATH '$[1]')) j" };
static struct stmt st_rules_del = { .sql =
	"DELETE FROM paper_rule WHERE paper_id = ?" };
static struct stmt st_rule_put = { .sql =
	"INSERT INTO paper_rule (paper_id, position, kind, course_id, point, "
	" difficulty, n, points) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" };

int
paper_head_add(struct ctx *c, xmlNodePtr parent, long long id,
    xmlNodePtr *paper, int *fixed)
{
	static const char *const attrs[] = { "id", NULL, "mode", "course",
	    "course-name", "pass", "total", "sat", "exams", "pass-over" };
	unsigned int	i;
	int		rc;

	if ((rc = office_row(c, &st_head, id)) != 0)
		return rc;
	*paper = xml_add(parent, "paper", NULL);
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(*paper, attrs[i], db_col(&st_head, i));
	xml_add(*paper, "title", db_col(&st_head, 1));
	*fixed = strcmp(db_col(&st_head, 2), "fixed") == 0;
	db_done(&st_head);
	return 200;
}

int
paper_rules_add(xmlNodePtr paper, long long id, xmlNodePtr *rule,
    size_t max, size_t *nrules)
{
	static const char *const attrs[] = { "position", "kind", "course",
	    "course-name", "point", "difficulty", "n", "points", "matching",
	    "available", "short" };
	xmlNodePtr	l = xml_add(paper, "rules", NULL), n;
	unsigned int	i;
	int		rc;

	*nrules = 0;
	if ((rc = db_exec(&st_rules, (struct db_param[2]){ DB_INT(id),
	    DB_INT(id) }, 2)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_rules)) == 1) {
		n = xml_add(l, "rule", NULL);
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (i != 10 || strcmp(db_col(&st_rules, i), "1") == 0)
				xml_attr(n, attrs[i], db_col(&st_rules, i));
		if (*nrules < max)
			rule[(*nrules)++] = n;
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

static int
items_add(xmlNodePtr paper, long long id)
{
	static const char *const attrs[] = { "position", "points", "question",
	    "kind", "difficulty", "point", "course-name", "deleted" };
	long long rc;

	if ((rc = db_exec(&st_items, (struct db_param[1]){ DB_INT(id) }, 1)) !=
	    DB_OK || (rc = xml_rows(xml_add(paper, "items", NULL), "item",
	    &st_items, 8, attrs, 8, MAX_ITEMS)) < 0)
		return db_http_status((int)rc);
	return 200;
}

/* The bank's questions to add, by the editor's filters (none when the
 * page shows again after a refused form). */
static int
bank_add(struct ctx *c, xmlNodePtr paper, long long id)
{
	static const char *const attrs[] = { "id", "kind", "difficulty",
	    "course", "course-name", "point" };
	int		 get = c->route->inputs == paper_edit_inputs;
	struct db_param	 p[15];
	xmlNodePtr	 b = xml_add(paper, "bank", NULL);
	long long	 rows;
	unsigned int	 i;

	/* A form's page after a refused post has no filters. */
	if (get) {
		question_filter_params(c, p);
		question_filters_add(c, b);
	} else {
		own_or_built_params(c, p);
		for (i = 4; i < 14; i++)
			p[i] = DB_NULLP;
	}
	p[14] = DB_INT(id);
	if ((rows = db_exec(&st_bank, p, 15)) != DB_OK ||
	    (rows = xml_rows(b, "question", &st_bank, 6, attrs, 6,
	    BANK_SHOWN)) < 0)
		return db_http_status((int)rows);
	if (rows > BANK_SHOWN)
		xml_attr(b, "more", "1");
	return 200;
}

int
paper_edit(struct ctx *c)
{
	xmlNodePtr	ed, paper;
	size_t		nrules;
	int		fixed, rc;

	if (page_begin(c, "paper-edit") != 0)
		return 500;
	ed = xml_add(c->root, "paper-edit", NULL);
	if ((rc = paper_head_add(c, ed, c->param[0], &paper, &fixed)) != 200)
		return rc;
	if (c->route->inputs == paper_edit_inputs)
		xml_attr(paper, "done", c->in[B_DONE].s);
	if (fixed && (rc = items_add(paper, c->param[0])) == 200)
		rc = bank_add(c, paper, c->param[0]);
	else if (!fixed)
		rc = paper_rules_add(paper, c->param[0], NULL, 0, &nrules);
	return rc != 200 ? rc : built_courses_add(c, c->root);
}

/* Locks the paper for a change of its questions or rules: in reach, of
 * the mode, never sat; 0 or the refusal. */
static int
change_lock(struct ctx *c, struct paper_locked *pl, int fixed,
    const char *field)
{
	int rc;

	if ((rc = paper_lock(c, c->param[0], pl)) != 0)
		return rc;
	if (pl->fixed != fixed)
		return 404;
	return pl->sat ? form_refuse(c, field, "paper_sat", 409) : 0;
}

/* Ids as a JSON array "[3,5]" from the ticked "question" fields and the
 * typed list (digits separated by anything else), each once. NULL when
 * there are more than max; *n their number. */
static char *
picked_ids(struct ctx *c, size_t max, size_t *n)
{
	const char	*v[MAX_ITEMS + 1], *s;
	long long	 id[MAX_ITEMS], x;
	char		*out, *end;
	size_t		 nv, i, j, len = 1;

	nv = office_fields(c, "question", v, MAX_ITEMS + 1);
	if (nv > MAX_ITEMS)
		return NULL;
	if (c->in[1].s != NULL)
		v[nv++] = c->in[1].s;
	for (*n = 0, i = 0; i < nv; i++)
		for (s = v[i]; s != NULL && *(s += strcspn(s, "0123456789"));
		    s = end) {
			x = strtoll(s, &end, 10);
			for (j = 0; j < *n && id[j] != x; j++)
				;
			if (j < *n)
				continue;
			if (*n == max || x < 1 || x > ID_MAX)
				return NULL;
			id[(*n)++] = x;
		}
	if ((out = arena_alloc(c->arena, *n * 12 + 3)) == NULL)
		return NULL;
	out[0] = '[';
	for (i = 0; i < *n; i++)
		len += (size_t)sprintf(out + len, "%s%lld", i ? "," : "", id[i]);
	strcpy(out + len, "]");
	return out;
}

int
paper_add(struct ctx *c)
{
	struct paper_locked	 pl;
	struct db_param		 p[5];
	const char		*have, *reach;
	long long		 pts;
	char			*ids;
	size_t			 n;
	int			 rc;

	tenths_read(c->in[0].s, OFFICE_MAX_POINTS, &pts);
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = change_lock(c, &pl, 1, "ids")) != 0) {
		db_rollback();
		return rc;
	}
	if (pts == 0)
		return form_refuse(c, "points", "out_of_range", 400);
	have = db_text(c->arena, &st_count, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1);
	ids = have ? picked_ids(c, MAX_ITEMS - (size_t)atoll(have), &n) : NULL;
	if (ids == NULL)
		return form_refuse(c, "ids", "paper_full", 400);
	if (n == 0)
		return form_refuse(c, "ids", "required", 400);
	p[0] = DB_TEXT(ids);
	own_or_built_params(c, &p[1]);
	if ((reach = db_text(c->arena, &st_reach_ids, p, 5)) == NULL ||
	    atoll(reach) != (long long)n)
		return form_refuse(c, "ids", "unknown", 400);
	if ((rc = db_tx_exec(&st_add, (struct db_param[5]){
	    DB_INT(c->param[0]), DB_INT(pts), DB_TEXT(ids), DB_INT(c->param[0]),
	    DB_INT(c->param[0]) }, 5)) != 0)
		return rc;
	return paper_end(c, "paper.questions", c->param[0], pl.json,
	    "questions");
}

/* The paper's questions as the form leaves them: new points
 * ("pts_QUESTION"), the ticked ones removed, one moved up or down, as
 * [[question, tenths], ...]; *total the new total. 0, ITEMS_STALE when
 * the form is not of the paper as it is, ITEMS_POINTS on a bad points
 * field, or a db error (< 0). */
enum { ITEMS_STALE = 1, ITEMS_POINTS };
static int
items_read(struct ctx *c, char **json, long long *total)
{
	const struct field	*f;
	const char		*rm[MAX_ITEMS];
	long long		 q[MAX_ITEMS + 1], t[MAX_ITEMS + 1], x, move = 0;
	/* st_current reads one more than MAX_ITEMS at most. */
	size_t			 n = 0, nrm, i, j, len = 1;
	int			 rc, dir = 0;

	if ((rc = db_exec(&st_current, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1)) != DB_OK)
		return rc;
	while ((rc = db_fetch(&st_current)) == 1)
		q[n++] = db_col_int(&st_current, 0);
	if (rc < 0)
		return rc;
	nrm = office_fields(c, "remove", rm, MAX_ITEMS);
	if ((f = req_get(&c->req->body, "up")) != NULL ||
	    (f = req_get(&c->req->body, "down")) != NULL) {
		dir = f->name[0] == 'u' ? -1 : 1;
		move = atoll(f->val);
	}
	if ((*json = arena_alloc(c->arena, n * 24 + 3)) == NULL)
		return DB_ERR;
	for (*total = 0, i = 0; i < n; i++) {
		f = req_get(&c->req->body, arena_printf(c->arena, "pts_%lld",
		    q[i]));
		if (f == NULL)
			return ITEMS_STALE;
		if (tenths_read(f->val, OFFICE_MAX_POINTS, &t[i]) != VERR_OK ||
		    t[i] == 0)
			return ITEMS_POINTS;
	}
	/* The move first (within the list as it is), then the removals. */
	for (i = 0; dir != 0 && i < n; i++)
		if (q[i] == move && (size_t)((long long)i + dir) < n) {
			j = (size_t)((long long)i + dir);
			x = q[i], q[i] = q[j], q[j] = x;
			x = t[i], t[i] = t[j], t[j] = x;
			break;
		}
	(*json)[0] = '[';
	for (i = 0; i < n; i++) {
		for (j = 0; j < nrm && j < MAX_ITEMS &&
		    (rm[j] == NULL || atoll(rm[j]) != q[i]); j++)
			;
		if (j < nrm && j < MAX_ITEMS)
			continue;
		*total += t[i];
		len += (size_t)sprintf(*json + len, "%s[%lld,%lld]",
		    len > 1 ? "," : "", q[i], t[i]);
	}
	strcpy(*json + len, "]");
	return 0;
}

int
paper_items(struct ctx *c)
{
	struct paper_locked	 pl;
	char			*json;
	long long		 total;
	int			 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = change_lock(c, &pl, 1, "items")) != 0) {
		db_rollback();
		return rc;
	}
	if ((rc = items_read(c, &json, &total)) != 0) {
		if (rc == ITEMS_STALE)
			return form_refuse(c, "items", "paper_changed", 409);
		if (rc == ITEMS_POINTS)
			return form_refuse(c, "items", "item_points", 400);
		db_rollback();
		return db_http_status(rc);
	}
	if (total > 0 && pl.pass > total)
		return form_refuse(c, "items", "pass_over_total", 400);
	if ((rc = db_tx_exec(&st_items_del, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1)) != 0 ||
	    (rc = db_tx_exec(&st_items_put, (struct db_param[2]){
	    DB_INT(c->param[0]), DB_TEXT(json) }, 2)) != 0)
		return rc;
	return paper_end(c, "paper.items", c->param[0], pl.json, "items");
}

/* One rule of the form, checked. */
struct rule {
	const char	*kind, *point;
	long long	 course, difficulty, n, tenths;
};

/* Row i of the rule fields (kind, course, point, difficulty, n, points)
 * into r; 1 for a blank row, 0, or -1 when it is not a rule. */
static int
rule_read(const char *const *v, struct rule *r)
{
	if (v[0] == NULL)
		return 1;
	r->kind = v[0];
	r->point = v[2];
	r->course = r->difficulty = 0;
	if (valid_enum(v[0], question_kinds) != VERR_OK ||
	    (v[1] != NULL && valid_int(v[1], 1, ID_MAX, &r->course) != VERR_OK) ||
	    (v[2] != NULL && valid_text(v[2], strlen(v[2]), 1, 100) != VERR_OK) ||
	    (v[3] != NULL && valid_int(v[3], 1, 5, &r->difficulty) != VERR_OK) ||
	    valid_int(v[4], 1, 100, &r->n) != VERR_OK ||
	    tenths_read(v[5], OFFICE_MAX_POINTS, &r->tenths) != VERR_OK ||
	    r->tenths == 0)
		return -1;
	return 0;
}

/* The form's rules in order (the ticked "remove" rows left out, one row
 * moved up or down by "up"/"down"), each checked; their number, or -1. */
static int
rules_read(struct ctx *c, struct rule *r)
{
	static const char *const names[RULE_FIELDS] = { "rule_kind",
	    "rule_course", "rule_point", "rule_difficulty", "rule_n",
	    "rule_points" };
	const char		*v[RULE_FIELDS][MAX_RULES + 2], *rm[MAX_RULES + 1],
				*row[RULE_FIELDS];
	const struct field	*f;
	struct rule		 x;
	size_t			 rows = 0, n, nrm, i, j;
	int			 k = 0, rc;

	for (j = 0; j < RULE_FIELDS; j++) {
		n = office_fields(c, names[j], v[j], MAX_RULES + 2);
		if (n > MAX_RULES + 1 || (j > 0 && n != rows))
			return -1;
		rows = n;
	}
	nrm = office_fields(c, "remove", rm, MAX_RULES + 1);
	for (i = 0; i < rows; i++) {
		for (j = 0; j < RULE_FIELDS; j++)
			row[j] = v[j][i];
		for (j = 0; j < nrm && j <= MAX_RULES &&
		    (rm[j] == NULL || atoll(rm[j]) != (long long)i + 1); j++)
			;
		if (j < nrm && j <= MAX_RULES)
			continue;
		if ((rc = rule_read(row, &r[k])) < 0 || (rc == 0 && k == MAX_RULES))
			return -1;
		k += rc == 0;
	}
	/* Rows are numbered from 1 as the editor shows them. */
	if ((f = req_get(&c->req->body, "up")) != NULL ||
	    (f = req_get(&c->req->body, "down")) != NULL) {
		i = (size_t)atoll(f->val) - 1;
		j = f->name[0] == 'u' ? i - 1 : i + 1;
		if (i < (size_t)k && j < (size_t)k)
			x = r[i], r[i] = r[j], r[j] = x;
	}
	return k;
}

/* Writes the rules in order: a few rows at most (MAX_RULES), each with
 * text of its own, so one insert each. */
static int
rules_put(long long id, const struct rule *r, int n)
{
	int i, rc;

	if ((rc = db_exec(&st_rules_del, (struct db_param[1]){ DB_INT(id) },
	    1)) != DB_OK)
		return rc;
	for (i = 0; i < n; i++)
		if ((rc = db_exec(&st_rule_put, (struct db_param[8]){ DB_INT(id),
		    DB_INT(i + 1), DB_TEXT(r[i].kind),
		    r[i].course ? DB_INT(r[i].course) : DB_NULLP,
		    DB_OPT_TEXT(r[i].point),
		    r[i].difficulty ? DB_INT(r[i].difficulty) : DB_NULLP,
		    DB_INT(r[i].n), DB_INT(r[i].tenths) }, 8)) != DB_OK)
			return rc;
	return DB_OK;
}

int
paper_rules(struct ctx *c)
{
	struct paper_locked	pl;
	struct rule		r[MAX_RULES];
	long long		total = 0, drawn = 0;
	int			n, i, j, rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = change_lock(c, &pl, 0, "rules")) != 0) {
		db_rollback();
		return rc;
	}
	if ((n = rules_read(c, r)) < 0)
		return form_refuse(c, "rules", "rule_invalid", 400);
	for (i = 0; i < n; i++) {
		total += r[i].n * r[i].tenths;
		drawn += r[i].n;
		/* Without a course a rule draws from the whole bank: the
		 * admin's alone to reach. */
		if (r[i].course == 0 && !(c->user.roles & ROLE_BIT(ROLE_ADMIN)))
			return form_refuse(c, "rules", "rule_course", 400);
		for (j = 0; j < i && r[j].course != r[i].course; j++)
			;
		if (r[i].course != 0 && j == i &&
		    (rc = built_course_check(c, r[i].course, "rules")) != 0) {
			db_rollback();
			return rc;
		}
	}
	/* Every drawn question must fit the grading and answer forms. */
	if (drawn > PAPER_MAX_ITEMS)
		return form_refuse(c, "rules", "rules_too_many", 400);
	if (total > 0 && pl.pass > total)
		return form_refuse(c, "rules", "pass_over_total", 400);
	if ((rc = rules_put(c->param[0], r, n)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return paper_end(c, "paper.rules", c->param[0], pl.json, "rules");
}
