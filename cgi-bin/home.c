/* home.c - the home page of every surface: announcements and newest courses. */
#include <string.h>

#include "db.h"
#include "pages.h"
#include "xml.h"

static struct stmt st_announcements = { .sql =
	"SELECT id, title, published_at "
	"FROM announcement WHERE published_at IS NOT NULL "
	"ORDER BY published_at DESC, id DESC LIMIT 10" };

static struct stmt st_courses = { .sql =
	"SELECT id, name, kind, required, credits, hours FROM course "
	"WHERE status = 'published' "
	"ORDER BY published_at DESC, id DESC LIMIT 10" };

static int
announcements_add(xmlNodePtr parent)
{
	xmlNodePtr	list, n;
	int		rc;

	if ((rc = db_exec(&st_announcements, NULL, 0)) != DB_OK)
		return rc;
	list = xml_add(parent, "announcements", NULL);
	while ((rc = db_fetch(&st_announcements)) == 1) {
		n = xml_add(list, "announcement", db_col(&st_announcements, 1));
		xml_attr(n, "id", db_col(&st_announcements, 0));
		xml_attr_time(n, "published", db_col(&st_announcements, 2));
	}
	return rc;
}

static int
courses_add(xmlNodePtr parent)
{
	static const char *const attrs[] = { "kind", "required", "credits",
	    "hours" };
	xmlNodePtr	list, n;
	unsigned int	i;
	int		rc;

	if ((rc = db_exec(&st_courses, NULL, 0)) != DB_OK)
		return rc;
	list = xml_add(parent, "courses", NULL);
	while ((rc = db_fetch(&st_courses)) == 1) {
		n = xml_add(list, "course", db_col(&st_courses, 1));
		xml_attr(n, "id", db_col(&st_courses, 0));
		for (i = 0; i < 4; i++)
			xml_attr(n, attrs[i], db_col(&st_courses, i + 2));
	}
	return rc;
}

int
home_show(struct ctx *c)
{
	xmlNodePtr	home;
	int		rc;

	if (page_begin(c, "home") != 0)
		return 500;
	home = xml_add(c->root, "home", NULL);
	if ((rc = announcements_add(home)) != 0 ||
	    (rc = courses_add(home)) != 0)
		return db_http_status(rc);
	return 200;
}
