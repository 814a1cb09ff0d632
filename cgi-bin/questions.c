/* questions.c - the question bank in the back office: list, write, change and remove questions. */
#include <string.h>

#include "audit.h"
#include "courses.h"
#include "db.h"
#include "grade.h"
#include "pages.h"
#include "questions.h"
#include "xml.h"

#define PAGE_SIZE	50
#define MAX_OPTIONS	8

const char *const question_kinds[] = { "single", "multiple", "truefalse",
    "fill", "short", NULL };

#define QUESTION_FIELDS \
	{ "kind", IN_BODY, IN_ENUM, 1, 0, 0, question_kinds }, \
	{ "course", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL }, \
	{ "point", IN_BODY, IN_TEXT, 0, 1, 100, NULL }, \
	{ "difficulty", IN_BODY, IN_INT, 1, 1, 5, NULL }, \
	{ "stem", IN_BODY, IN_TEXT, 1, 1, 4000, NULL }, \
	{ "options", IN_BODY, IN_TEXT, 0, 1, 4000, NULL }, \
	{ "answer", IN_BODY, IN_TEXT, 0, 1, 2000, NULL }, \
	{ "explanation", IN_BODY, IN_TEXT, 0, 1, 4000, NULL }
/* The order of the fields (QF_*) is the order of the insert's and
 * update's parameters. */
const struct input question_inputs[] = {
	QUESTION_FIELDS,
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input questions_inputs[] = {
	QUESTION_FILTER_INPUTS,
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { L_Q, L_COURSE, L_KIND, L_DIFFICULTY, L_POINT, L_PAGE };

static struct stmt st_list = { .sql =
	"SELECT q.id, q.kind, q.difficulty, q.course_id, c.name, q.point, "
	" LEFT(q.stem, 120) FROM question q LEFT JOIN course c ON c.id = q.course_id "
	"WHERE" QUESTION_FILTERED "ORDER BY q.id DESC LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
static struct stmt st_get = { .sql =
	"SELECT q.id, q.kind, q.course_id, q.point, q.difficulty, c.name, "
	" q.stem, q.options, q.answer_key, q.explanation "
	"FROM question q LEFT JOIN course c ON c.id = q.course_id "
	"WHERE q.id = ? AND" QUESTION_REACH };
static struct stmt st_lock = { .sql =
	"SELECT JSON_OBJECT('kind', q.kind, 'course', q.course_id, 'point', "
	" q.point, 'difficulty', q.difficulty, 'stem', q.stem, 'options', "
	" q.options, 'key', q.answer_key, 'explanation', q.explanation) "
	"FROM question q LEFT JOIN course c ON c.id = q.course_id "
	"WHERE q.id = ? AND" QUESTION_REACH "FOR UPDATE" };
static struct stmt st_insert = { .sql =
	"INSERT INTO question (kind, course_id, point, difficulty, stem, "
	" options, answer_key, explanation, created_by) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" };
static struct stmt st_update = { .sql =
	"UPDATE question SET kind = ?, course_id = ?, point = ?, "
	" difficulty = ?, stem = ?, options = ?, answer_key = ?, "
	" explanation = ? WHERE id = ?" };
static struct stmt st_delete = { .sql =
	"UPDATE question SET deleted_at = UTC_TIMESTAMP() WHERE id = ?" };

void
question_filter_params(struct ctx *c, struct db_param p[14])
{
	const char *like = c->in[L_Q].s ? db_like(c->arena, c->in[L_Q].s, 0) :
	    NULL;

	own_or_built_params(c, p);
	p[4] = p[5] = DB_OPT_TEXT(like);
	p[6] = p[7] = in_param(&c->in[L_COURSE], 1);
	p[8] = p[9] = in_param(&c->in[L_KIND], 0);
	p[10] = p[11] = in_param(&c->in[L_DIFFICULTY], 1);
	p[12] = p[13] = in_param(&c->in[L_POINT], 0);
}

/* Each attribute is called as its input, less the prefix (bank_) that
 * QUESTION_FILTER_INPUTS_AS gave it. */
void
question_filters_add(struct ctx *c, xmlNodePtr n)
{
	const char	*name, *u;
	unsigned int	 i;

	for (i = 0; i < QUESTION_FILTERS; i++) {
		name = c->route->inputs[i].name;
		u = strchr(name, '_');
		xml_attr(n, u ? u + 1 : name, c->in[i].s);
	}
}

int
questions_list(struct ctx *c)
{
	static const char *const attrs[] = { "id", "kind", "difficulty",
	    "course", "course-name", "point" };
	long long	 page = c->in[L_PAGE].s ? c->in[L_PAGE].i : 1, rows;
	struct db_param	 p[15];
	xmlNodePtr	 l;

	if (page_begin(c, "questions") != 0)
		return 500;
	l = xml_add(c->root, "questions", NULL);
	question_filters_add(c, l);
	question_filter_params(c, p);
	p[14] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rows = db_exec(&st_list, p, 15)) != DB_OK ||
	    (rows = xml_rows(l, "question", &st_list, 6, attrs,
	    sizeof(attrs) / sizeof(attrs[0]), PAGE_SIZE)) < 0)
		return db_http_status((int)rows);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return built_courses_add(c, c->root);
}

int
question_new(struct ctx *c)
{
	if (page_begin(c, "question-edit") != 0)
		return 500;
	xml_add(c->root, "question-edit", NULL);
	return built_courses_add(c, c->root);
}

int
question_edit(struct ctx *c)
{
	static const char *const attrs[] = { "id", "kind", "course", "point",
	    "difficulty", "course-name" };
	static const char *const texts[] = { "stem", "options", "answer",
	    "explanation" };
	struct db_param	p[5] = { DB_INT(c->param[0]) };
	xmlNodePtr	n;
	unsigned int	i;
	int		rc;

	own_or_built_params(c, &p[1]);
	if ((rc = db_exec(&st_get, p, 5)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_get)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	if (page_begin(c, "question-edit") != 0) {
		db_done(&st_get);
		return 500;
	}
	n = xml_add(c->root, "question-edit", NULL);
	for (i = 0; i < 6; i++)
		xml_attr(n, attrs[i], db_col(&st_get, i));
	for (i = 0; i < 4; i++)
		xml_add(n, texts[i], db_col(&st_get, i + 6));
	db_done(&st_get);
	return built_courses_add(c, c->root);
}

/* The key must mark: letters among the choices there are, T or F,
 * blanks; a short answer's reference may be empty. */
int
question_key_check(const struct in_val in[QF__N], const char **field,
    const char **code)
{
	const char	*kind = in[QF_KIND].s, *key = in[QF_ANSWER].s;
	const char	*line[MAX_OPTIONS + 1];
	size_t		 len[MAX_OPTIONS + 1];
	unsigned int	 n = option_lines(in[QF_OPTIONS].s, line, len,
	    MAX_OPTIONS + 1), i;
	int		 choices = strcmp(kind, "single") == 0 ||
	    strcmp(kind, "multiple") == 0, tenths;
	enum qtype	 t = Q_SINGLE;

	*field = "answer";
	for (i = 0; i < Q__MAX; i++)
		if (strcmp(qtype_names[i], kind) == 0)
			t = (enum qtype)i;
	if (choices && (n < 2 || n > MAX_OPTIONS)) {
		*field = "options";
		*code = "options_count";
		return -1;
	}
	if (t == Q_SHORT)
		return 0;
	*code = "bad_key";
	if (key == NULL || grade(t, key, key, 10, &tenths) != 0)
		return -1;
	for (i = 0; choices && key[i] != '\0'; i++)
		if (key[i] != ' ' && key[i] != ',' &&
		    (unsigned int)((key[i] | 0x20) - 'a') >= n)
			return -1;
	return 0;
}

/* The form read and checked inside the transaction: the course one the
 * caller builds, the key right for the kind; 0 or the refusal. */
static int
form_check(struct ctx *c)
{
	const char	*field, *code;

	if (question_key_check(c->in, &field, &code) != 0)
		return form_refuse(c, field, code, 400);
	if (c->in[QF_COURSE].s == NULL)
		return 0;
	return built_course_check(c, c->in[QF_COURSE].i, "course");
}

static void
fields_params(const struct in_val in[QF__N], struct db_param p[QF__N])
{
	unsigned int i;

	for (i = 0; i < QF__N; i++)
		p[i] = in_param(&in[i], i == QF_COURSE || i == QF_DIFFICULTY);
	/* A short answer may have no reference; the column is not NULL. */
	if (in[QF_ANSWER].s == NULL)
		p[QF_ANSWER] = DB_TEXT("");
}

int
question_insert(struct ctx *c, const struct in_val in[QF__N], long long *id)
{
	struct db_param	p[QF__N + 1];
	int		rc;

	fields_params(in, p);
	p[QF__N] = DB_INT(c->user.id);
	if ((rc = db_exec(&st_insert, p, QF__N + 1)) == DB_OK)
		*id = (long long)db_insert_id(&st_insert);
	return rc;
}

static int
question_end(struct ctx *c, const char *action, long long id,
    const char *before)
{
	/* Read back as the admin would: the reach was checked already. */
	const char	*after = db_text(c->arena, &st_lock, (struct db_param[5]){
	    DB_INT(id), DB_INT(c->user.id), DB_INT(1), DB_INT(0), DB_INT(0) },
	    5);
	int		 rc;

	if ((rc = audit_append(c, action, "question", id, before, after)) !=
	    DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/questions",
	    surface_bases[c->surface]);
	return 303;
}

int
question_create(struct ctx *c)
{
	long long	id;
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = form_check(c)) != 0) {
		db_rollback();
		return rc;
	}
	if ((rc = question_insert(c, c->in, &id)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return question_end(c, "question.create", id, NULL);
}

/* Locks question id in c's reach; 0 with its JSON in *before, or 404. */
static int
question_lock(struct ctx *c, long long id, const char **before)
{
	struct db_param p[5] = { DB_INT(id) };

	own_or_built_params(c, &p[1]);
	*before = db_text(c->arena, &st_lock, p, 5);
	return *before != NULL ? 0 : 404;
}

int
question_save(struct ctx *c)
{
	struct db_param	 p[QF__N + 1];
	const char	*before;
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = question_lock(c, c->param[0], &before)) != 0 ||
	    (rc = form_check(c)) != 0) {
		db_rollback();
		return rc;
	}
	fields_params(c->in, p);
	p[QF__N] = DB_INT(c->param[0]);
	if ((rc = db_exec(&st_update, p, QF__N + 1)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return question_end(c, "question.update", c->param[0], before);
}

int
question_delete(struct ctx *c)
{
	const char	*before;
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = question_lock(c, c->param[0], &before)) != 0 ||
	    (rc = db_exec(&st_delete, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1)) != DB_OK) {
		db_rollback();
		return rc > 0 ? rc : db_http_status(rc);
	}
	return question_end(c, "question.delete", c->param[0], before);
}
