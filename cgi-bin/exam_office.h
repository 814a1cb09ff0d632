/* exam_office.h - what the back office's paper, exam and grading pages share: reach, points, pickers. */
#ifndef EXAM_OFFICE_H
#define EXAM_OFFICE_H
#include <time.h>

#include <libxml/tree.h>

#include "clock.h"
#include "courses.h"
#include "ctx.h"
#include "db.h"
#include "exams.h"

/* Paper p, with its course LEFT JOINed as c, that the caller may change:
 * their own, of a course they build, or any for the admin. Four ?, see
 * own_or_built_params. */
#define PAPER_REACH \
	" p.deleted_at IS NULL AND (p.created_by = ? OR" BUILDER_SQL ") "
/* The same for exam e, its course LEFT JOINed as c. */
#define EXAM_REACH \
	" e.deleted_at IS NULL AND (e.created_by = ? OR" BUILDER_SQL ") "
/* A paper's total in tenths: its questions' points, or its rules' n
 * questions at their points. */
#define PAPER_TOTAL(p) \
	" IF(" p ".mode = 'fixed', (SELECT COALESCE(SUM(pq.points), 0) " \
	"  FROM paper_question pq WHERE pq.paper_id = " p ".id), " \
	" (SELECT COALESCE(SUM(pr.n * pr.points), 0) FROM paper_rule pr " \
	"  WHERE pr.paper_id = " p ".id)) "
/* Some exam of paper p has been sat: its questions, rules and points
 * are then what those attempts were marked against. */
#define PAPER_SAT(p) \
	" EXISTS (SELECT 1 FROM exam se JOIN attempt sa ON sa.exam_id = se.id " \
	"  WHERE se.paper_id = " p ".id) "
/* Tenths shown as points with one decimal: 45 as "4.5". */
#define POINTS(x)	" CAST((" x ") / 10 AS DECIMAL(10,1)) "
/* An exam's state by its window: upcoming, open or closed. */
#define EXAM_STATE(e) \
	" CASE WHEN " e ".opens_at > UTC_TIMESTAMP() THEN 'upcoming' " \
	"  WHEN " e ".closes_at > UTC_TIMESTAMP() THEN 'open' ELSE 'closed' END "

/* Most points one question or rule may be worth. */
#define OFFICE_MAX_POINTS	1000
/* A paper's questions and rules at most: each is a field or six of the
 * editor's form, which must stay within max_fields (200 by default). */
#define PAPER_MAX_ITEMS		150
#define PAPER_MAX_RULES		30

/* A points field ("4.5": at most one decimal, 0..max) as tenths; VERR_OK
 * or the field error. */
enum verr tenths_read(const char *s, long long max, long long *tenths);
/* The values of every body field called name, in the order sent, into
 * v (at most max; NULL for an empty one); how many there were, which
 * may be more than max. */
size_t	 office_fields(struct ctx *c, const char *name, const char **v,
	    size_t max);
/*
 * One bank question as <question> under parent, from st's columns at
 * col: id, kind, difficulty, point, course name, stem, options (one a
 * line, each shown as <option letter="A">), key, explanation. Returns
 * the element.
 */
#define OFFICE_QUESTION_COLS \
	" q.id, q.kind, q.difficulty, q.point, qc.name, q.stem, q.options, " \
	" q.answer_key, q.explanation "
#define OFFICE_QUESTION_NCOLS	9
xmlNodePtr office_question_add(xmlNodePtr parent, struct stmt *st,
	    unsigned int col);
/* A paper locked for a change (papers.c): what the audit keeps of it,
 * its total and pass score in tenths, whether it was sat, its mode. */
struct paper_locked {
	const char	*json;
	long long	 total, pass;
	int		 sat, fixed;
};
/* Locks paper id in c's reach inside the caller's transaction; 0, 404
 * or a db status. */
int	 paper_lock(struct ctx *c, long long id, struct paper_locked *);
/* Audits action on paper id (before as paper_lock read it), commits and
 * answers 303 to its editor with ?done=note. */
int	 paper_end(struct ctx *c, const char *action, long long id,
	    const char *before, const char *note);
/* paper_edit.c: <paper> under parent for paper id in c's reach (its
 * settings, total, whether it was sat), *fixed its mode; 200, 404 or a
 * db status. */
int	 paper_head_add(struct ctx *c, xmlNodePtr parent, long long id,
	    xmlNodePtr *paper, int *fixed);
/* <rules> of paper id under paper: each rule with how many bank
 * questions match it and how many are left for it at worst once the
 * rules before it drew theirs ("short" when fewer than its n). The
 * <rule> elements in order in rule[], at most max; 200 or a status. */
int	 paper_rules_add(xmlNodePtr paper, long long id, xmlNodePtr *rule,
	    size_t max, size_t *nrules);
/* exam_admin.c: <exam> under parent for exam id in c's reach, with its
 * settings, state and counts of attempts (sat) and of those waiting for
 * marks; 200, 404 or a db status. */
int	 exam_head_add(struct ctx *c, xmlNodePtr parent, long long id,
	    xmlNodePtr *exam);
/* Runs st for row id in c's reach (its parameters: id, then the four of
 * PAPER_REACH or EXAM_REACH) and fetches that row: 0 with it current
 * (the caller reads it and calls db_done), 404, or a db status. */
int	 office_row(struct ctx *c, struct stmt *st, long long id);
#endif
