/* lifecycle.h - the moves between the states of what is reviewed (courses, resources): one table, one check. */
#ifndef LIFECYCLE_H
#define LIFECYCLE_H
#include <stddef.h>

#include "ctx.h"

/* A move: its action, the state it starts from and the one it ends in,
 * whether only a reviewer (the platform admin) may make it, and whether
 * it needs a reason. */
struct move {
	const char	*action, *from, *to;
	int		 reviewer;
	int		 reason;
};

/* The move called action that starts from status, or else the first one
 * of that name (whose from says what it needs); NULL when none is. */
const struct move *move_find(const struct move *, size_t n,
	    const char *action, const char *status);
/* Whether c may make m from status with reason: 0, or the status that
 * refuses it with *field and *code (403 reviewer_only, 409 wrong_state,
 * 400 for a reason left out). */
int	 move_check(const struct ctx *c, const struct move *m,
	    const char *status, const char *reason, const char *wrong_state,
	    const char **field, const char **code);
#endif
