/* audit.h - the append-only, hash-chained record of every administrative change. */
#ifndef AUDIT_H
#define AUDIT_H
#include <stdio.h>

#include "ctx.h"

/* Appends an entry inside the caller's transaction: who (c's user; none
 * for lmsctl, c NULL), from where, what, and the object before and after
 * (text, usually JSON; NULL for none). DB_OK or the db error. */
int	audit_append(struct ctx *c, const char *action, const char *object,
	    long long object_id, const char *before, const char *after);
/* Commits after auditing action on object id (before and after are JSON
 * or NULL) and answers 303 to c's surface base + where; rolls back on
 * error and answers its status. */
int	audit_commit(struct ctx *c, const char *action, const char *object,
	    long long id, const char *before, const char *after,
	    const char *where);
/* Recomputes the whole chain; 0 when intact, else -1 after naming the
 * first entry that does not match on out. */
int	audit_verify(FILE *out);
#endif
