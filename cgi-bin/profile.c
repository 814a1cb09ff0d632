/* profile.c - one's own profile: where one sits, one's roles, binding email and phone. */
#include <string.h>

#include "db.h"
#include "pages.h"
#include "people.h"
#include "xml.h"

static const char *const profile_notes[] = { "password", "saved", NULL };

const struct input profile_show_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, profile_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input profile_inputs[] = {
	{ "email", IN_BODY, IN_EMAIL, 0, 0, 0, NULL },
	{ "phone", IN_BODY, IN_PHONE, 0, 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* The first binding of each is remembered: it earns points once. */
static struct stmt st_bind = { .sql =
	"UPDATE account SET email = ?, phone = ?, "
	" email_bound_at = IF(? IS NOT NULL AND email_bound_at IS NULL, "
	"  UTC_TIMESTAMP(), email_bound_at), "
	" phone_bound_at = IF(? IS NOT NULL AND phone_bound_at IS NULL, "
	"  UTC_TIMESTAMP(), phone_bound_at) "
	"WHERE id = ?" };

int
profile_show(struct ctx *c)
{
	xmlNodePtr	n;
	int		rc;

	if (page_begin(c, "profile") != 0)
		return 500;
	if ((rc = person_add(c, c->root, c->user.id, "profile")) != 200)
		return rc;
	if (c->req->method == METHOD_GET &&
	    (n = xml_child(c->root, "profile")) != NULL)
		xml_attr(n, "done", c->in[0].s);
	return 200;
}

int
profile_post(struct ctx *c)
{
	const char	*email = c->in[0].s, *phone = c->in[1].s;
	struct db_param	 p[5];
	int		 rc;

	p[0] = DB_OPT_TEXT(email);
	p[1] = DB_OPT_TEXT(phone);
	p[2] = p[0];
	p[3] = p[1];
	p[4] = DB_INT(c->user.id);
	if ((rc = db_exec(&st_bind, p, 5)) != DB_OK)
		return db_http_status(rc);
	c->location = arena_printf(c->arena, "%s/profile?done=saved",
	    surface_bases[c->surface]);
	return 303;
}
