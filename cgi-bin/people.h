/* people.h - reading people within the caller's scope, shared by the profile and the back office. */
#ifndef PEOPLE_H
#define PEOPLE_H
#include <libxml/tree.h>

#include "ctx.h"
#include "db.h"

/* The scope every query about people carries, on account a joined with
 * its department d: the caller's department subtree, or their apprentices.
 * Its two parameters come from scope_params. */
#define SCOPE_SQL \
	" (d.path LIKE CONCAT(?, '%') OR EXISTS (SELECT 1 FROM mentorship m " \
	"  WHERE m.mentor_id = ? AND m.apprentice_id = a.id)) "

void	 scope_params(const struct ctx *c, struct db_param p[2]);
/* Adds <elem> describing account id, if it is in c's scope (or always,
 * when elem is "profile": one's own). 200, 404 when out of reach, or
 * the db error's status. */
int	 person_add(struct ctx *c, xmlNodePtr parent, long long id,
	    const char *elem);
/* The account as JSON for the audit trail, arena-owned; NULL on error. */
char	*person_json(struct ctx *c, long long id);
/* Adds <depts> (in c's scope), <posts> and <groups> for pickers. */
int	 org_lists_add(struct ctx *c, xmlNodePtr parent);
#endif
