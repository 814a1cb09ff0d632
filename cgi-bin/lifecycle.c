/* lifecycle.c - the moves between the states of what is reviewed (courses, resources): one table, one check. */
#include <string.h>

#include "lifecycle.h"
#include "route.h"

const struct move *
move_find(const struct move *moves, size_t n, const char *action,
    const char *status)
{
	const struct move	*first = NULL;
	size_t			 i;

	for (i = 0; i < n; i++) {
		if (strcmp(moves[i].action, action) != 0)
			continue;
		if (strcmp(moves[i].from, status) == 0)
			return &moves[i];
		if (first == NULL)
			first = &moves[i];
	}
	return first;
}

int
move_check(const struct ctx *c, const struct move *m, const char *status,
    const char *reason, const char *wrong_state, const char **field,
    const char **code)
{
	*field = "action";
	if (m->reviewer && !cap_held(c, CAP_ADMIN)) {
		*code = "reviewer_only";
		return 403;
	}
	if (strcmp(status, m->from) != 0) {
		*code = wrong_state;
		return 409;
	}
	if (m->reason && reason == NULL) {
		*field = "reason";
		*code = "required";
		return 400;
	}
	return 0;
}
