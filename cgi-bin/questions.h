/* questions.h - what the question form, its list and the bank's CSV import and export share:
 * the fields of a question, their checks and their insert, the reach and the list's filters. */
#ifndef QUESTIONS_H
#define QUESTIONS_H
#include "courses.h"
#include "ctx.h"
#include "db.h"


extern const char *const question_kinds[];

/* The fields of a question as question_inputs declares them; the CSV's
 * columns are the same, in the same order. */
enum { QF_KIND, QF_COURSE, QF_POINT, QF_DIFFICULTY, QF_STEM, QF_OPTIONS,
	QF_ANSWER, QF_EXPLANATION, QF__N };

/* The list's filters, as the first inputs of a route, each name after
 * prefix (a paper's bank has its own beside the editor's fields): the
 * list adds its page. */
#define QUESTION_FILTER_INPUTS_AS(prefix) \
	{ prefix "q", IN_QUERY, IN_TEXT, 0, 1, 64, NULL }, \
	{ prefix "course", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL }, \
	{ prefix "kind", IN_QUERY, IN_ENUM, 0, 0, 0, question_kinds }, \
	{ prefix "difficulty", IN_QUERY, IN_INT, 0, 1, 5, NULL }, \
	{ prefix "point", IN_QUERY, IN_TEXT, 0, 1, 100, NULL }
#define QUESTION_FILTER_INPUTS	QUESTION_FILTER_INPUTS_AS("")
#define QUESTION_FILTERS	5	/* how many inputs that is */

/* The questions q that c may change, their own or of a course c they
 * build (the query joins it to q): four parameters, c's id and
 * builder_params. */
#define QUESTION_REACH \
	" q.deleted_at IS NULL AND (q.created_by = ? OR" BUILDER_SQL ") "
/* Those of them matching the list's filters: question_filter_params'
 * 14 parameters. */
#define QUESTION_FILTERED QUESTION_REACH \
	" AND (? IS NULL OR q.stem LIKE ?) AND (? IS NULL OR q.course_id = ?) " \
	" AND (? IS NULL OR q.kind = ?) AND (? IS NULL OR q.difficulty = ?) " \
	" AND (? IS NULL OR q.point = ?) "
void	 question_filter_params(struct ctx *c, struct db_param p[14]);
/* The filters as given, as attributes q, course, kind, difficulty and
 * point of n, for the form that shows them. */
void	 question_filters_add(struct ctx *c, xmlNodePtr n);

/* 0 when the key marks (grade.h) and a choice question has 2 to 8
 * options with the key's letters among them; else -1 with the field and
 * the code refusing it. */
int	 question_key_check(const struct in_val in[QF__N], const char **field,
	    const char **code);
/* Inserts the question in[] by c; DB_OK with *id, or the db error. */
int	 question_insert(struct ctx *c, const struct in_val in[QF__N],
	    long long *id);
#endif
