/* course_admin.h - what the course builder's files share: reach, audit, redirects. */
#ifndef COURSE_ADMIN_H
#define COURSE_ADMIN_H
#include <libxml/tree.h>

#include "courses.h"
#include "route.h"

/* Locks course id for a change by c (its admin, owner or lecturer) and
 * gives its status; 0, 404 when out of reach, or a db status. */
int	 course_reach(struct ctx *c, long long id, char status[16]);
/* Begins a write on course id: a transaction with the course reached as
 * course_reach does; 0, or the status to answer (nothing left open). */
int	 course_write_begin(struct ctx *c, long long id, char status[16]);
/* The course as JSON for the audit trail and its history; arena-owned. */
char	*course_json(struct ctx *c, long long id);
/* Ends a write on course id: audit entry with before and after, commit;
 * 0 or an error status (rolled back). */
int	 course_write_end(struct ctx *c, const char *action, long long id,
	    const char *before);
/* 303 back to the course's editor with a note. */
int	 to_course(struct ctx *c, long long id, const char *done);
#endif
