/* people.h - reading people within the caller's scope, shared by the profile and the back office. */
#ifndef PEOPLE_H
#define PEOPLE_H
#include <libxml/tree.h>

#include "ctx.h"
#include "db.h"
#include "route.h"

/* The scope every query about people carries, on account a joined with
 * its department d: the caller's department subtree, or their apprentices.
 * Its two parameters come from scope_params. */
#define SCOPE_SQL \
	" (d.path LIKE CONCAT(?, '%') OR EXISTS (SELECT 1 FROM mentorship m " \
	"  WHERE m.mentor_id = ? AND m.apprentice_id = a.id)) "

/* The fields of a person's form, in this order in every route that takes
 * them (editor, create, self-registration); login follows on create. */
#define PERSON_FIELDS \
	{ "name", IN_BODY, IN_TEXT, 1, 1, 64, NULL }, \
	{ "emp_no", IN_BODY, IN_TEXT, 0, 1, 32, NULL }, \
	{ "dept", IN_BODY, IN_INT, 1, 1, ID_MAX, NULL }, \
	{ "post", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL }, \
	{ "email", IN_BODY, IN_EMAIL, 0, 0, 0, NULL }, \
	{ "phone", IN_BODY, IN_PHONE, 0, 0, 0, NULL }, \
	{ "mentor", IN_BODY, IN_LOGIN, 0, 0, 0, NULL }
enum { F_NAME, F_EMP, F_DEPT, F_POST, F_EMAIL, F_PHONE, F_MENTOR, F_LOGIN };

void	 scope_params(const struct ctx *c, struct db_param p[2]);
/* Adds <elem> describing account id, if it is in c's scope (or always,
 * when elem is "profile": one's own). 200, 404 when out of reach, or
 * the db error's status. */
int	 person_add(struct ctx *c, xmlNodePtr parent, long long id,
	    const char *elem);
/* The account as JSON for the audit trail, arena-owned; NULL on error. */
char	*person_json(struct ctx *c, long long id);
/* Checks a person form's department and post (in c's scope), groups,
 * mentor, and that login and employee number are free (for anyone but
 * account id); 0, or the form again with each refusal (400, or 409 for a
 * taken login or number). *mentor gets the mentor's id (0 for none). */
int	 person_refs_check(struct ctx *c, long long id, const char *login,
	    const char *groups, long long *mentor);
/* Ends a write on account id: the audit entry with before and after, then
 * commit; 0 or an error status (rolled back). */
int	 person_write_end(struct ctx *c, const char *action, long long id,
	    const char *before);
/* Adds <depts> (in c's scope), <posts> and <groups> for pickers. */
int	 org_lists_add(struct ctx *c, xmlNodePtr parent);
#endif
