/* survey.h - what the survey pages share (sql/015_surveys.sql): who runs and who answers a survey, its head, questions and results. */
#ifndef SURVEY_H
#define SURVEY_H
#include <libxml/tree.h>

#include "courses.h"
#include "ctx.h"
#include "db.h"

#define SURVEY_MAX_QUESTIONS	50
#define SURVEY_MAX_OPTIONS	20	/* an answer keeps its choices as bits */
#define SURVEY_TEXT_MAX		2000	/* characters of one free-text answer */

/*
 * Survey s that c runs: one of a course they build (BUILDER_SQL), one of
 * a department in the subtree they govern (heads and officers), or, for
 * the platform admin, one of the whole organisation. Five ?, from
 * survey_reach_params.
 */
#define SURVEY_REACH \
	" s.deleted_at IS NULL AND (EXISTS (SELECT 1 FROM course c " \
	"  WHERE c.id = s.course_id AND" BUILDER_SQL ") " \
	" OR EXISTS (SELECT 1 FROM dept sd WHERE sd.id = s.dept_id " \
	"  AND sd.path LIKE CONCAT(?, '%')) " \
	" OR (? AND s.course_id IS NULL AND s.dept_id IS NULL)) "

/*
 * Survey s is for the person with id ? (twice): not a draft, and a
 * course's survey only for its enrolled learners (active or completed),
 * a department's only for the people in its subtree, any other for
 * everyone signed in.
 */
#define SURVEY_AUDIENCE \
	" s.deleted_at IS NULL AND s.state <> 'draft' " \
	" AND (s.course_id IS NULL OR EXISTS (SELECT 1 FROM enrolment e " \
	"  WHERE e.course_id = s.course_id AND e.account_id = ? " \
	"  AND e.status IN ('active', 'completed'))) " \
	" AND (s.dept_id IS NULL OR EXISTS (SELECT 1 FROM account me " \
	"  JOIN dept md ON md.id = me.dept_id JOIN dept sd ON sd.id = s.dept_id " \
	"  WHERE me.id = ? AND md.path LIKE CONCAT(sd.path, '%'))) "

/* Survey s takes answers now: open, and inside its window. */
#define SURVEY_OPEN \
	" (s.state = 'open' AND (s.opens_at IS NULL OR s.opens_at <= UTC_TIMESTAMP()) " \
	" AND (s.closes_at IS NULL OR s.closes_at > UTC_TIMESTAMP())) "

/* A survey's head, read by survey_head_add: its columns, from survey s. */
#define SURVEY_HEAD_COLS \
	" s.id, s.kind, s.state, s.anonymous, s.show_results, s.course_id, " \
	" sc.name, sdp.name, DATE_FORMAT(s.opens_at, '%Y-%m-%d %H:%i:%s'), " \
	" DATE_FORMAT(s.closes_at, '%Y-%m-%d %H:%i:%s'), s.responses, " \
	SURVEY_OPEN ", s.title, s.intro "
#define SURVEY_HEAD_FROM \
	" FROM survey s LEFT JOIN course sc ON sc.id = s.course_id " \
	" LEFT JOIN dept sdp ON sdp.id = s.dept_id "
#define SURVEY_HEAD_NCOLS	14

/* The five parameters of SURVEY_REACH for c, at p. */
void	 survey_reach_params(const struct ctx *c, struct db_param p[5]);
/* The head of st's current row (SURVEY_HEAD_COLS from column 0) as
 * <survey> under parent, with <title> and <intro>; returns it. */
xmlNodePtr survey_head_add(xmlNodePtr parent, struct stmt *st);
/* Survey c->param[0]'s head as <survey> under parent (in *out) when c
 * runs it; 200, 404 when not, or a db status. */
int	 survey_reached_add(struct ctx *c, xmlNodePtr parent, xmlNodePtr *out);
/* A survey locked for a change, as survey_lock found it. */
struct survey_locked {
	const char	*before;	/* JSON for the audit trail */
	long long	 responses, questions, course;
	char		 state[8];
	int		 anonymous;
};
/* Locks survey c->param[0] when c runs it, inside the caller's
 * transaction; 0, 404 when not, or a db status. */
int	 survey_lock(struct ctx *c, struct survey_locked *);
/* Ends a change of survey id: the audit entry (action, before and the
 * survey now), the commit, and 303 to its editor with ?done=done; or an
 * error status after rolling back. */
int	 survey_end(struct ctx *c, const char *action, long long id,
	    const char *before, const char *done);
/*
 * Survey id's questions in order as <question> under parent, each with
 * its <text> and its choices as <option n="1"> (1..5 for a rating). The
 * elements and their ids go to nodes and ids (SURVEY_MAX_QUESTIONS room
 * each, either may be NULL) and the count to *n. 200 or a db status.
 */
int	 survey_questions_add(struct ctx *c, xmlNodePtr parent, long long id,
	    xmlNodePtr *nodes, long long *ids, size_t *n);
/*
 * Survey id's results under parent as <results responses="N"
 * audience="M">: per question the answers given, for choices and ratings
 * each option's count and percent of those answers, a rating's average,
 * and with texts the free-text answers (with the respondent's name only
 * when the survey is named): for those who run it, never for the ones
 * who answered it. 200 or a db status.
 */
int	 survey_results_add(struct ctx *c, xmlNodePtr parent, long long id,
	    int texts);
#endif
