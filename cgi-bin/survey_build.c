/* survey_build.c - a survey's questions in the back office: added, moved and removed while nobody has answered yet. */
#include <stdlib.h>
#include <string.h>

#include "pages.h"
#include "survey.h"
#include "xml.h"

static const char *const qkinds[] = { "single", "multiple", "rating", "text",
    NULL };
static const char *const yes[] = { "1", NULL };
static const char *const actions[] = { "up", "down", "remove", NULL };

/* Named q_* so they do not meet the settings form's fields on one page. */
const struct input survey_question_inputs[] = {
	{ "q_kind", IN_BODY, IN_ENUM, 1, 0, 0, qkinds },
	{ "q_text", IN_BODY, IN_TEXT, 1, 1, 500, NULL },
	{ "q_required", IN_BODY, IN_ENUM, 0, 0, 0, yes },
	{ "q_options", IN_BODY, IN_TEXT, 0, 1, 4000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { QF_KIND, QF_TEXT, QF_REQUIRED, QF_OPTIONS };
const struct input survey_move_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, actions },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* A new question goes last. */
static struct stmt st_add = { .sql =
	"INSERT INTO survey_question (survey_id, pos, kind, text, required, "
	" options, noptions) "
	"SELECT ?, COALESCE(MAX(pos), 0) + 1, ?, ?, ?, ?, ? FROM survey_question "
	"WHERE survey_id = ?" };
static struct stmt st_pos = { .sql =
	"SELECT pos FROM survey_question WHERE id = ? AND survey_id = ?" };
/* The question just before (first ? true) or after position ?. */
static struct stmt st_next = { .sql =
	"SELECT id, pos FROM survey_question WHERE survey_id = ? "
	"AND IF(?, pos < ?, pos > ?) ORDER BY IF(?, -pos, pos), id LIMIT 1" };
static struct stmt st_swap = { .sql =
	"UPDATE survey_question SET pos = IF(id = ?, ?, ?) WHERE id IN (?, ?)" };
static struct stmt st_remove = { .sql =
	"DELETE FROM survey_question WHERE id = ?" };

/* Locks the survey for a change of its questions, which only a survey
 * nobody has answered allows; 0, the refusal on field, or a status. */
static int
questions_lock(struct ctx *c, const char *field, struct survey_locked *l)
{
	int rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = survey_lock(c, l)) != 0) {
		db_rollback();
		return rc;
	}
	if (l->responses > 0)
		return form_refuse(c, field, "survey_answered", 409);
	return 0;
}

int
survey_question_add(struct ctx *c)
{
	struct survey_locked	 l;
	const char		*line[SURVEY_MAX_OPTIONS + 1];
	const char		*kind = c->in[QF_KIND].s;
	size_t			 len[SURVEY_MAX_OPTIONS + 1];
	unsigned int		 n = 0;
	int			 rc;

	if ((rc = questions_lock(c, "q_text", &l)) != 0)
		return rc;
	if (l.questions >= SURVEY_MAX_QUESTIONS)
		return form_refuse(c, "q_text", "survey_too_many", 409);
	/* Choices for the kinds that have them, at least two. */
	if (strcmp(kind, "single") == 0 || strcmp(kind, "multiple") == 0) {
		n = option_lines(c->in[QF_OPTIONS].s, line, len,
		    SURVEY_MAX_OPTIONS + 1);
		if (n < 2 || n > SURVEY_MAX_OPTIONS)
			return form_refuse(c, "q_options", "survey_options",
			    400);
	}
	if ((rc = db_exec(&st_add, (struct db_param[7]){ DB_INT(c->param[0]),
	    DB_TEXT(kind), DB_TEXT(c->in[QF_TEXT].s),
	    DB_INT(c->in[QF_REQUIRED].s != NULL),
	    n ? DB_TEXT(c->in[QF_OPTIONS].s) : DB_NULLP, DB_INT((long long)n),
	    DB_INT(c->param[0]) }, 7)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return survey_end(c, "survey.question.add", c->param[0], l.before,
	    "questions");
}

/* Swaps question id (at pos) with its neighbour before or after it;
 * none there leaves it. DB_OK or the db error. */
static int
question_move(struct ctx *c, long long id, long long pos, int up)
{
	struct db_param	p[5] = { DB_INT(c->param[0]), DB_INT(up), DB_INT(pos),
	    DB_INT(pos), DB_INT(up) };
	long long	other, other_pos;
	int		rc;

	if ((rc = db_exec(&st_next, p, 5)) != DB_OK)
		return rc;
	if ((rc = db_fetch(&st_next)) != 1)
		return rc;
	other = db_col_int(&st_next, 0);
	other_pos = db_col_int(&st_next, 1);
	db_done(&st_next);
	return db_exec(&st_swap, (struct db_param[5]){ DB_INT(id),
	    DB_INT(other_pos), DB_INT(pos), DB_INT(id), DB_INT(other) }, 5);
}

int
survey_question_change(struct ctx *c)
{
	struct survey_locked	 l;
	const char		*action = c->in[0].s, *pos;
	int			 rc;

	if ((rc = questions_lock(c, "questions", &l)) != 0)
		return rc;
	pos = db_text(c->arena, &st_pos, (struct db_param[2]){
	    DB_INT(c->param[1]), DB_INT(c->param[0]) }, 2);
	if (pos == NULL) {
		db_rollback();
		return 404;
	}
	if (strcmp(action, "remove") == 0)
		rc = db_exec(&st_remove, (struct db_param[1]){
		    DB_INT(c->param[1]) }, 1);
	else
		rc = question_move(c, c->param[1], atoll(pos),
		    strcmp(action, "up") == 0);
	if (rc != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return survey_end(c, strcmp(action, "remove") == 0 ?
	    "survey.question.remove" : "survey.question.move", c->param[0],
	    l.before, "questions");
}
