/* courses.h - who may see which course, shared by the catalogue and the course builder. */
#ifndef COURSES_H
#define COURSES_H
#include <libxml/tree.h>

#include "ctx.h"
#include "db.h"

/* A course c is for the person with id ? when it names no audience, or
 * when one of its rows names their department (or one above it: the ids
 * on their department's path), their post or one of their groups. As an
 * IN list the matching courses are found once per query, not per course. */
#define AUDIENCE_MATCH \
	" c.id IN (SELECT x.course_id FROM course_audience x " \
	"  JOIN account me ON me.id = ? JOIN dept md ON md.id = me.dept_id " \
	"  WHERE (x.kind = 'dept' AND FIND_IN_SET(x.ref_id, " \
	"   REPLACE(TRIM(BOTH '/' FROM md.path), '/', ','))) " \
	"  OR (x.kind = 'post' AND x.ref_id = me.post_id) " \
	"  OR (x.kind = 'group' AND x.ref_id IN (SELECT g.grp_id " \
	"   FROM account_group g WHERE g.account_id = me.id))) "
#define AUDIENCE_SQL \
	" (NOT EXISTS (SELECT 1 FROM course_audience x WHERE x.course_id = c.id) " \
	"  OR" AUDIENCE_MATCH ") "

/* Who builds course c: the platform admin (first ? true), or with the
 * second ? an id, its owner or one of its lecturers. */
#define BUILDER_SQL \
	" (? OR c.owner_id = ? OR EXISTS (SELECT 1 FROM course_lecturer l " \
	"  WHERE l.course_id = c.id AND l.account_id = ?)) "

/* Course c may be opened by the learner (AUDIENCE_SQL's ?) or it is
 * built by them (BUILDER_SQL's three ?). */
#define VISIBLE_SQL \
	" c.deleted_at IS NULL AND " \
	"((c.status = 'published' AND" AUDIENCE_SQL ") OR" BUILDER_SQL ")"

/* The three parameters of BUILDER_SQL for the signed-in user. */
void	 builder_params(const struct ctx *c, struct db_param p[3]);
/* The four parameters of "their own, of a course they build, or any for
 * the admin" (QUESTION_REACH, PAPER_REACH, EXAM_REACH): the user's id,
 * then BUILDER_SQL's three. */
void	 own_or_built_params(const struct ctx *c, struct db_param p[4]);
/* 0 when the learner may open course id (published, not deleted, in
 * their audience) or builds it; 404 otherwise, or a db status. */
int	 course_visible(struct ctx *c, long long id);
/* <courses> under parent: the ones c builds, for pickers; 200 or a
 * status. */
int	 built_courses_add(struct ctx *c, xmlNodePtr parent);
/* 0 when c builds course id (not deleted), else the form refused on
 * field with err.unknown (400), or a db status. */
int	 built_course_check(struct ctx *c, long long id, const char *field);
/* Adds <categories>, the whole tree in order, for pickers and filters;
 * a worker's copy may be CATEGORY_TTL seconds old. */
int	 categories_add(struct ctx *c);
/* Forgets this worker's copy after it changed the tree. */
void	 categories_invalidate(void);
/* Adds course id's chapters, each with its lessons in order. */
int	 outline_add(xmlNodePtr course, long long id);
#endif
