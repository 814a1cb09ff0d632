/* exams.h - what the exam pages of learners and of the back office share (sql/013_exams.sql). */
#ifndef EXAMS_H
#define EXAMS_H
#include "ctx.h"

/* Question q matches paper rule r: its kind, and its course, knowledge
 * point and difficulty where the rule names them. The learner's draw
 * and the paper editor's counts both read it. */
#define RULE_MATCH(r, q) \
	" " q ".deleted_at IS NULL AND " q ".kind = " r ".kind " \
	" AND (" r ".course_id IS NULL OR " q ".course_id = " r ".course_id) " \
	" AND (" r ".point IS NULL OR " q ".point = " r ".point) " \
	" AND (" r ".difficulty IS NULL OR " q ".difficulty = " r ".difficulty) "

/*
 * Totals a submitted attempt once no item waits for a person: its score
 * (each item's mark, else its auto_score), passed against the paper's
 * pass score, state 'graded'; the learner's exam_standing (tries, best,
 * passed_at, failed_at, flagged_at when the last make-up failed); and,
 * when the exam is its course's assessment and it passed, the course's
 * completion for that learner. An attempt still waiting for a person's
 * mark is left 'submitted'. Inside the caller's transaction; DB_OK or
 * the db error.
 */
int	 attempt_settle(long long attempt);
#endif
