/* survey_results.c - a survey's results: counts, percents and averages for the chart pages. */
#include <stdio.h>
#include <string.h>

#include "pages.h"
#include "survey.h"
#include "xml.h"

#define TEXTS_MAX	2000	/* free-text answers shown on a page; all in the CSV */

/* How many answered, and how many it was meant for: a course's enrolled
 * learners, a department subtree's active people, or everyone active. */
static struct stmt st_totals = { .sql =
	"SELECT s.responses, CASE "
	" WHEN s.course_id IS NOT NULL THEN (SELECT COUNT(*) FROM enrolment e "
	"  WHERE e.course_id = s.course_id AND e.status IN ('active', 'completed')) "
	" WHEN s.dept_id IS NOT NULL THEN (SELECT COUNT(*) FROM account a "
	"  JOIN dept d ON d.id = a.dept_id JOIN dept sd ON sd.id = s.dept_id "
	"  WHERE a.status = 'active' AND d.path LIKE CONCAT(sd.path, '%')) "
	" ELSE (SELECT COUNT(*) FROM account a WHERE a.status = 'active') END "
	"FROM survey s WHERE s.id = ?" };
static struct stmt st_stats = { .sql =
	"SELECT q.id, COUNT(a.question_id), ROUND(AVG(a.rating), 2) "
	"FROM survey_question q LEFT JOIN survey_answer a ON a.question_id = q.id "
	"WHERE q.survey_id = ? GROUP BY q.id" };
/* Each choice (or rating) of each question with how many gave it. */
static struct stmt st_bars = { .sql =
	"SELECT q.id, n.n, COUNT(a.question_id) FROM survey_question q "
	"JOIN survey_slot n ON n.n <= IF(q.kind = 'rating', 5, q.noptions) "
	"LEFT JOIN survey_answer a ON a.question_id = q.id AND "
	" IF(q.kind = 'rating', a.rating = n.n, a.choices & (1 << (n.n - 1)) <> 0) "
	"WHERE q.survey_id = ? AND q.kind <> 'text' GROUP BY q.id, n.n" };
/* A named survey's texts carry the name; an anonymous one's have none. */
static struct stmt st_texts = { .sql =
	"SELECT a.question_id, a.body, acc.name FROM survey_question q "
	"JOIN survey_answer a ON a.question_id = q.id "
	"JOIN survey_response r ON r.id = a.response_id "
	"LEFT JOIN account acc ON acc.id = r.account_id "
	"WHERE q.survey_id = ? AND q.kind = 'text' "
	"ORDER BY q.pos, q.id, r.submitted_at, r.id LIMIT 2001" };	/* TEXTS_MAX + 1 */
/* The index of question id among the n found, n when absent. */
static size_t
question_find(const long long *ids, size_t n, long long id)
{
	size_t i;

	for (i = 0; i < n && ids[i] != id; i++)
		;
	return i;
}

/* Option k (from 1) of question q, or NULL. */
static xmlNodePtr
option_find(xmlNodePtr q, long long k)
{
	xmlNodePtr o;

	for (o = q->children; o != NULL; o = o->next)
		if (o->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)o->name, "option") == 0 && --k == 0)
			return o;
	return NULL;
}

/* count of all as a percent with one decimal, rounded half up. */
static void
percent_attr(xmlNodePtr n, long long count, long long all)
{
	char		buf[32];
	long long	tenths = all > 0 ? (count * 1000 + all / 2) / all : 0;

	snprintf(buf, sizeof(buf), "%lld.%lld", tenths / 10, tenths % 10);
	xml_attr(n, "percent", buf);
}

/* Answered and average on each question, counts and percents (of
 * those who answered it) on each option; 200 or a db status. */
static int
counts_add(xmlNodePtr *nodes, const long long *ids, size_t n, long long id)
{
	struct db_param	p[1] = { DB_INT(id) };
	long long	answered[SURVEY_MAX_QUESTIONS] = { 0 };
	xmlNodePtr	o;
	size_t		i;
	int		rc;

	if ((rc = db_exec(&st_stats, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_stats)) == 1)
		if ((i = question_find(ids, n, db_col_int(&st_stats, 0))) < n) {
			answered[i] = db_col_int(&st_stats, 1);
			xml_attr(nodes[i], "answered", db_col(&st_stats, 1));
			xml_attr(nodes[i], "average", db_col(&st_stats, 2));
		}
	if (rc != 0)
		return db_http_status(rc);
	if ((rc = db_exec(&st_bars, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_bars)) == 1) {
		if ((i = question_find(ids, n, db_col_int(&st_bars, 0))) == n ||
		    (o = option_find(nodes[i], db_col_int(&st_bars, 1))) == NULL)
			continue;
		xml_attr(o, "count", db_col(&st_bars, 2));
		percent_attr(o, db_col_int(&st_bars, 2), answered[i]);
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

static int
texts_add(xmlNodePtr results, xmlNodePtr *nodes, const long long *ids,
    size_t n, long long id)
{
	struct db_param	p[1] = { DB_INT(id) };
	xmlNodePtr	t;
	long long	rows = 0;
	size_t		i;
	int		rc;

	if ((rc = db_exec(&st_texts, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_texts)) == 1) {
		if (++rows > TEXTS_MAX || (i = question_find(ids, n,
		    db_col_int(&st_texts, 0))) == n)
			continue;
		t = xml_add(nodes[i], "answer", db_col(&st_texts, 1));
		xml_attr(t, "by", db_col(&st_texts, 2));
	}
	if (rows > TEXTS_MAX)
		xml_attr(results, "texts-cut", "1");
	return rc == 0 ? 200 : db_http_status(rc);
}

int
survey_results_add(struct ctx *c, xmlNodePtr parent, long long id, int texts)
{
	struct db_param	p[1] = { DB_INT(id) };
	xmlNodePtr	r = xml_add(parent, "results", NULL);
	xmlNodePtr	nodes[SURVEY_MAX_QUESTIONS];
	long long	ids[SURVEY_MAX_QUESTIONS];
	size_t		n;
	int		rc;

	if ((rc = db_exec(&st_totals, p, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_totals)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	xml_attr(r, "responses", db_col(&st_totals, 0));
	xml_attr(r, "audience", db_col(&st_totals, 1));
	percent_attr(r, db_col_int(&st_totals, 0), db_col_int(&st_totals, 1));
	db_done(&st_totals);
	if ((rc = survey_questions_add(c, r, id, nodes, ids, &n)) != 200 ||
	    (rc = counts_add(nodes, ids, n, id)) != 200 || !texts)
		return rc;
	return texts_add(r, nodes, ids, n, id);
}

int
survey_results(struct ctx *c)
{
	xmlNodePtr	s;
	int		rc;

	if (page_begin(c, "survey-results") != 0)
		return 500;
	if ((rc = survey_reached_add(c, c->root, &s)) != 200)
		return rc;
	return survey_results_add(c, s, c->param[0], 1);
}

