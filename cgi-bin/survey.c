/* survey.c - what the survey pages share: reach parameters, a survey's head, its choices and its questions as XML. */
#include <string.h>
#include <time.h>

#include "audit.h"
#include "route.h"
#include "survey.h"
#include "xml.h"

static struct stmt st_questions = { .sql =
	"SELECT q.id, q.pos, q.kind, q.required, q.noptions, q.text, q.options "
	"FROM survey_question q WHERE q.survey_id = ? ORDER BY q.pos, q.id" };
/* A survey as the audit trail keeps it, questions and all. */
#define SURVEY_JSON \
	" JSON_OBJECT('title', s.title, 'intro', s.intro, 'kind', s.kind, " \
	"  'course', s.course_id, 'dept', s.dept_id, 'anonymous', s.anonymous, " \
	"  'show_results', s.show_results, 'opens', s.opens_at, " \
	"  'closes', s.closes_at, 'state', s.state, 'questions', " \
	"  (SELECT JSON_ARRAYAGG(JSON_OBJECT('id', q.id, 'kind', q.kind, " \
	"   'text', q.text, 'required', q.required, 'options', q.options) " \
	"   ORDER BY q.pos, q.id) FROM survey_question q " \
	"   WHERE q.survey_id = s.id)) "
static struct stmt st_lock = { .sql =
	"SELECT" SURVEY_JSON ", s.responses, s.state, s.anonymous, "
	" (SELECT COUNT(*) FROM survey_question q WHERE q.survey_id = s.id), "
	" s.course_id "
	"FROM survey s WHERE s.id = ? AND" SURVEY_REACH "FOR UPDATE" };
static struct stmt st_json = { .sql =
	"SELECT" SURVEY_JSON "FROM survey s WHERE s.id = ?" };
static struct stmt st_head = { .sql =
	"SELECT" SURVEY_HEAD_COLS SURVEY_HEAD_FROM
	"WHERE s.id = ? AND" SURVEY_REACH };

void
survey_reach_params(const struct ctx *c, struct db_param p[5])
{
	builder_params(c, p);
	p[3] = DB_TEXT(c->user.scope);
	p[4] = DB_INT((c->user.roles & ROLE_BIT(ROLE_ADMIN)) != 0);
}

xmlNodePtr
survey_head_add(xmlNodePtr parent, struct stmt *st)
{
	static const char *const attrs[] = { "id", "kind", "state", "anonymous",
	    "show-results", "course", "course-name", "dept-name", NULL, NULL,
	    "responses", "open" };
	xmlNodePtr	n = xml_add(parent, "survey", NULL);
	unsigned int	i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	xml_attr_time(n, "opens", db_col(st, 8));
	xml_attr_time(n, "closes", db_col(st, 9));
	xml_add(n, "title", db_col(st, 12));
	if (db_col(st, 13) != NULL)
		xml_add(n, "intro", db_col(st, 13));
	return n;
}

/* A question's choices as <option n="1">: its lines, or 1..5 for a rating. */
static void
choices_add(struct ctx *c, xmlNodePtr q, const char *kind, const char *text)
{
	const char	*line[SURVEY_MAX_OPTIONS];
	char		 num[4];
	size_t		 len[SURVEY_MAX_OPTIONS];
	unsigned int	 i, n;
	xmlNodePtr	 o;

	if (strcmp(kind, "rating") == 0) {
		for (i = 1; i <= 5; i++) {
			snprintf(num, sizeof(num), "%u", i);
			xml_attr(xml_add(q, "option", num), "n", num);
		}
		return;
	}
	n = option_lines(text, line, len, SURVEY_MAX_OPTIONS);
	for (i = 0; i < n; i++) {
		o = xml_add(q, "option", arena_strndup(c->arena, line[i],
		    len[i]));
		xml_attr_int(o, "n", (long long)i + 1);
	}
}

int
survey_questions_add(struct ctx *c, xmlNodePtr parent, long long id,
    xmlNodePtr *nodes, long long *ids, size_t *n)
{
	static const char *const attrs[] = { "id", "pos", "kind", "required",
	    "options" };
	struct db_param	p[1] = { DB_INT(id) };
	xmlNodePtr	q;
	unsigned int	i;
	int		rc;

	*n = 0;
	if ((rc = db_exec(&st_questions, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_questions)) == 1) {
		q = xml_add(parent, "question", NULL);
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			xml_attr(q, attrs[i], db_col(&st_questions, i));
		xml_add(q, "text", db_col(&st_questions, 5));
		choices_add(c, q, db_col(&st_questions, 2),
		    db_col(&st_questions, 6));
		if (*n < SURVEY_MAX_QUESTIONS) {
			if (nodes != NULL)
				nodes[*n] = q;
			if (ids != NULL)
				ids[*n] = db_col_int(&st_questions, 0);
			(*n)++;
		}
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
survey_reached_add(struct ctx *c, xmlNodePtr parent, xmlNodePtr *out)
{
	struct db_param	p[6] = { DB_INT(c->param[0]) };
	int		rc;

	survey_reach_params(c, &p[1]);
	if ((rc = db_exec(&st_head, p, 6)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_head)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	*out = survey_head_add(parent, &st_head);
	db_done(&st_head);
	return 200;
}

int
survey_lock(struct ctx *c, struct survey_locked *l)
{
	struct db_param	p[6] = { DB_INT(c->param[0]) };
	int		rc;

	survey_reach_params(c, &p[1]);
	if ((rc = db_exec(&st_lock, p, 6)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_lock)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	l->before = arena_printf(c->arena, "%s", db_col(&st_lock, 0));
	l->responses = db_col_int(&st_lock, 1);
	snprintf(l->state, sizeof(l->state), "%s", db_col(&st_lock, 2));
	l->anonymous = (int)db_col_int(&st_lock, 3);
	l->questions = db_col_int(&st_lock, 4);
	l->course = db_col_int(&st_lock, 5);
	db_done(&st_lock);
	return 0;
}

int
survey_end(struct ctx *c, const char *action, long long id,
    const char *before, const char *done)
{
	return audit_commit(c, action, "survey", id, before, db_text(c->arena,
	    &st_json, (struct db_param[1]){ DB_INT(id) }, 1),
	    arena_printf(c->arena, "/surveys/%lld?done=%s", id, done));
}
