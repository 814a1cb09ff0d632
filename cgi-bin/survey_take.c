/* survey_take.c - learners' surveys and votes: the ones open to them, the answer form, the answer written once. */
#include <string.h>

#include <sodium.h>

#include "pages.h"
#include "survey.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const notes[] = { "answered", NULL };

const struct input survey_list_inputs[] = {
	{ "course", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input survey_take_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* Surveys for the learner (the first ? theirs, then the audience's two):
 * those taking answers, and those they answered whose results they may
 * see. */
#define FOR_ME \
	SURVEY_HEAD_FROM "LEFT JOIN survey_respondent r ON r.survey_id = s.id " \
	" AND r.account_id = ? WHERE" SURVEY_AUDIENCE \
	" AND (" SURVEY_OPEN " OR (r.account_id IS NOT NULL AND s.show_results)) "
static struct stmt st_list = { .sql =
	"SELECT" SURVEY_HEAD_COLS ", r.account_id IS NOT NULL" FOR_ME
	" AND (? IS NULL OR s.course_id = ?) "
	"ORDER BY r.account_id IS NOT NULL, s.closes_at IS NULL, s.closes_at, "
	" s.id DESC LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1 */
static struct stmt st_one = { .sql =
	"SELECT" SURVEY_HEAD_COLS ", r.account_id IS NOT NULL" FOR_ME
	" AND s.id = ?" };
/* Taking the answer: the survey's counter (its row locked against any
 * change of its questions) while it takes answers, then the person's
 * one place among those who answered. */
static struct stmt st_count = { .sql =
	"UPDATE survey s SET s.responses = s.responses + 1 "
	"WHERE s.id = ? AND" SURVEY_OPEN };
static struct stmt st_respondent = { .sql =
	"INSERT IGNORE INTO survey_respondent (survey_id, account_id) "
	"VALUES (?, ?)" };
static struct stmt st_questions = { .sql =
	"SELECT id, kind, required, noptions FROM survey_question "
	"WHERE survey_id = ? ORDER BY pos, id" };
/* Named or not is the survey's to say, not the form's. */
static struct stmt st_response = { .sql =
	"INSERT INTO survey_response (id, survey_id, anonymous, account_id, "
	" submitted_at) "
	"SELECT ?, s.id, s.anonymous, IF(s.anonymous, NULL, ?), "
	" IF(s.anonymous, NULL, UTC_TIMESTAMP()) FROM survey s WHERE s.id = ?" };
static struct stmt st_answer = { .sql =
	"INSERT INTO survey_answer (response_id, question_id, choices, rating, "
	" body) VALUES (?, ?, ?, ?, ?)" };

/* The learner's three parameters of FOR_ME, at p. */
static void
me_params(const struct ctx *c, struct db_param p[3])
{
	p[0] = p[1] = p[2] = DB_INT(c->user.id);
}

int
surveys_open(struct ctx *c)
{
	long long	page = c->in[1].s ? c->in[1].i : 1, rows = 0;
	struct db_param	p[6];
	xmlNodePtr	l, s;
	int		rc;

	if (page_begin(c, "survey-list") != 0)
		return 500;
	l = xml_add(c->root, "survey-list", NULL);
	xml_attr(l, "course", c->in[0].s);
	me_params(c, p);
	p[3] = p[4] = in_param(&c->in[0], 1);
	p[5] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(&st_list, p, 6)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1)
		if (++rows <= PAGE_SIZE) {
			s = survey_head_add(l, &st_list);
			xml_attr(s, "answered", db_col(&st_list,
			    SURVEY_HEAD_NCOLS));
		}
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, l, page, rows, PAGE_SIZE);
	return 200;
}

/* Survey c->param[0] when it is for the learner: 0 with its row ready
 * in st_one (the caller releases it), else 404 or a db status. */
static int
mine_find(struct ctx *c)
{
	struct db_param	p[4];
	int		rc;

	me_params(c, p);
	p[3] = DB_INT(c->param[0]);
	if ((rc = db_exec(&st_one, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_one)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	return 0;
}

int
survey_take(struct ctx *c)
{
	xmlNodePtr	s;
	size_t		n;
	int		rc, answered, shown;

	if ((rc = mine_find(c)) != 0)
		return rc;
	if (page_begin(c, "survey-take") != 0) {
		db_done(&st_one);
		return 500;
	}
	s = survey_head_add(xml_add(c->root, "survey-take", NULL), &st_one);
	answered = db_col_int(&st_one, SURVEY_HEAD_NCOLS) != 0;
	xml_attr(s, "answered", answered ? "1" : "0");
	if (c->route->inputs == survey_take_inputs)
		xml_attr(s, "done", c->in[0].s);
	shown = db_col_int(&st_one, 4) != 0;	/* show_results */
	db_done(&st_one);
	/* The answered see the counts when the survey shows them (no one
	 * else's words or name), the others the form. */
	if (answered)
		return shown ? survey_results_add(c, s, c->param[0], 0) : 200;
	return survey_questions_add(c, s, c->param[0], NULL, NULL, &n);
}

/* One question's answer as the form gave it. */
struct answer {
	long long	 question;
	long long	 choices, rating;
	const char	*body;
	int		 given;
};

/* Reads field q<ID> of the form for a question of kind with nopt
 * choices into a; the refusal's code, or NULL when it is acceptable
 * (given or left out). */
static const char *
answer_read(struct ctx *c, const char *kind, long long nopt, struct answer *a)
{
	const struct field	*f;
	char			 name[32];
	long long		 v;
	size_t			 i, seen = 0;
	int			 text = strcmp(kind, "text") == 0,
				 rating = strcmp(kind, "rating") == 0;
	enum verr		 e;

	snprintf(name, sizeof(name), "q%lld", a->question);
	for (i = 0; i < c->req->body.n; i++) {
		f = &c->req->body.v[i];
		if (strcmp(f->name, name) != 0 || f->len == 0)
			continue;
		/* Only a multiple choice question takes several values. */
		if (seen++ > 0 && strcmp(kind, "multiple") != 0)
			return "survey_bad_choice";
		if (text) {
			if ((e = valid_text(f->val, f->len, 0,
			    SURVEY_TEXT_MAX)) != VERR_OK)
				return verr_code(e);
			/* Blanks alone say nothing. */
			if (strspn(f->val, " \t\r\n") == f->len)
				seen--;
			else
				a->body = f->val;
			continue;
		}
		if (valid_int(f->val, 1, rating ? 5 : nopt, &v) != VERR_OK)
			return "survey_bad_choice";
		if (rating)
			a->rating = v;
		else
			a->choices |= 1LL << (v - 1);
	}
	a->given = seen > 0;
	return NULL;
}

/*
 * The form's answers to survey c->param[0]'s questions, read inside the
 * transaction that locked the survey (so they are the questions it has
 * now) into a (SURVEY_MAX_QUESTIONS room); each refusal goes on its
 * question's field (a required one left out, a choice it does not
 * have, too long a text). The count in *n; 0, or 400 after refusing or
 * a db status, both rolled back.
 */
static int
answers_read(struct ctx *c, struct answer *a, size_t *n)
{
	const char	*field[SURVEY_MAX_QUESTIONS], *code[SURVEY_MAX_QUESTIONS];
	size_t		 i, bad = 0;
	int		 rc;

	if ((rc = db_exec(&st_questions, (struct db_param[1]){
	    DB_INT(c->param[0]) }, 1)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	for (*n = 0; (rc = db_fetch(&st_questions)) == 1 &&
	    *n < SURVEY_MAX_QUESTIONS; (*n)++) {
		memset(&a[*n], 0, sizeof(a[*n]));
		a[*n].question = db_col_int(&st_questions, 0);
		code[bad] = answer_read(c, db_col(&st_questions, 1),
		    db_col_int(&st_questions, 3), &a[*n]);
		if (code[bad] == NULL && !a[*n].given &&
		    db_col_int(&st_questions, 2))
			code[bad] = "survey_required";
		if (code[bad] != NULL)
			field[bad++] = arena_printf(c->arena, "q%lld",
			    a[*n].question);
	}
	if (rc == 1)
		db_done(&st_questions);
	else if (rc != 0) {
		db_rollback();
		return db_http_status(rc);
	}
	if (bad == 0)
		return 0;
	/* As form_refuse, with one refusal per question. */
	db_rollback();
	if (form_again(c) != 0)
		return 500;
	for (i = 0; i < bad; i++)
		xml_error(c, field[i], code[i]);
	return 400;
}

/* A random response id (53 bits, never 0): unlike a counter it says
 * nothing about who answered before whom. */
static long long
response_id(void)
{
	unsigned long long v = 0;

	while (v == 0) {
		randombytes_buf(&v, sizeof(v));
		v &= (1ULL << 53) - 1;
	}
	return (long long)v;
}

/* The response and its answers, inside the caller's transaction. */
static int
answers_write(struct ctx *c, const struct answer *a, size_t n)
{
	long long	id = response_id();
	size_t		i;
	int		rc;

	if ((rc = db_exec(&st_response, (struct db_param[3]){ DB_INT(id),
	    DB_INT(c->user.id), DB_INT(c->param[0]) }, 3)) != DB_OK)
		return rc;
	/* One row per answered question, at most SURVEY_MAX_QUESTIONS. */
	for (i = 0; i < n; i++) {
		if (!a[i].given)
			continue;
		if ((rc = db_exec(&st_answer, (struct db_param[5]){ DB_INT(id),
		    DB_INT(a[i].question),
		    a[i].choices ? DB_INT(a[i].choices) : DB_NULLP,
		    a[i].rating ? DB_INT(a[i].rating) : DB_NULLP,
		    DB_OPT_TEXT(a[i].body) }, 5)) != DB_OK)
			return rc;
	}
	return DB_OK;
}

int
survey_answer(struct ctx *c)
{
	struct answer	a[SURVEY_MAX_QUESTIONS];
	struct db_param	p[1] = { DB_INT(c->param[0]) };
	size_t		n = 0;
	int		rc;

	/* The survey must be for this learner... */
	if ((rc = mine_find(c)) != 0)
		return rc;
	db_done(&st_one);
	/* ...taking answers now, and not answered by them yet. */
	if ((rc = db_begin()) != DB_OK ||
	    (rc = db_exec(&st_count, p, 1)) != DB_OK)
		goto fail;
	if (db_affected(&st_count) == 0)
		return form_refuse(c, "survey", "survey_closed", 409);
	if ((rc = db_exec(&st_respondent, (struct db_param[2]){
	    DB_INT(c->param[0]), DB_INT(c->user.id) }, 2)) != DB_OK)
		goto fail;
	if (db_affected(&st_respondent) == 0)
		return form_refuse(c, "survey", "survey_answered_once", 409);
	if ((rc = answers_read(c, a, &n)) != 0)
		return rc;
	if ((rc = answers_write(c, a, n)) != DB_OK || (rc = db_commit()) !=
	    DB_OK)
		goto fail;
	c->location = arena_printf(c->arena, "%s/surveys/%lld?done=answered",
	    surface_bases[c->surface], c->param[0]);
	return 303;
fail:
	db_rollback();
	return db_http_status(rc);
}
