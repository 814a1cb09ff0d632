/* learning.h - what enrolment, progress and the learner's own pages share. */
#ifndef LEARNING_H
#define LEARNING_H
#include "ctx.h"

/* Leaves message kind (msg.inbox.KIND in the catalogues) about course for
 * account, with an optional note, inside the caller's transaction. */
int	 inbox_send(long long account, const char *kind, long long course,
	    const char *note);
/*
 * Enrols c's user on published course id with the form's answers (or
 * none): active at once for open enrolment, else pending approval; a
 * rejected request may be made again. Inside the caller's transaction;
 * 0 with *active set, 409 when enrolled already, 404 when the course
 * takes no enrolment, or a db status.
 */
int	 enrol_add(struct ctx *c, long long course, const char *contact,
	    const char *goal, int *active);
/* Marks lesson done for c's user inside the caller's transaction, joining
 * an open course on the way, completing the course (credits, certificate)
 * when nothing required is left; 0, 403 when not enrolled, 404, or a db
 * status. */
int	 progress_mark(struct ctx *c, long long lesson);
/* Completes account's active enrolment on course when nothing it requires
 * is left: every required lesson done and, when the course has an
 * assessment exam, one of them passed; pays the credits, issues the
 * certificate and says so, each once. Inside the caller's transaction;
 * DB_OK or the db error. */
int	 course_complete(long long account, long long course);
/* Issues the certificate of a completed course, once, inside the
 * caller's transaction; DB_OK or the db error. */
int	 certificate_issue(long long account, long long course);
/* A phone opened lesson: the time since its last page view is credited
 * (up to study_view_max) to the lesson that view opened. Its own
 * transaction; DB_OK or the db error. */
int	 study_view(struct ctx *c, long long lesson);
/* Every learner's study totals recomputed from the raw intervals, in one
 * transaction; DB_OK or the db error. */
int	 study_recompute(void);
#endif
