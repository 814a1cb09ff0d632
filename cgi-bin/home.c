/* home.c - the home page of every surface: announcements and newest courses. */
#include <string.h>

#include "db.h"
#include "pages.h"
#include "xml.h"

/* Both lists in one round trip: the database's wake-up and ours cost more
 * than the rows. Column 0 says which list a row belongs to. The home page
 * is public: only courses meant for everyone show. "No audience" is an
 * anti-join, looked up per course while the newest are walked in index
 * order; as NOT EXISTS the optimiser copied every audience row into a
 * temporary table and sorted all courses on each request. */
static struct stmt st_home = { .sql =
	"(SELECT 'a', id, title, published_at, NULL, NULL, NULL, NULL "
	" FROM announcement WHERE published_at IS NOT NULL "
	" ORDER BY published_at DESC, id DESC LIMIT 10) "
	"UNION ALL "
	"(SELECT 'c', c.id, c.name, NULL, c.kind, c.required, c.credits, c.hours "
	" FROM course c FORCE INDEX (course_status_published) "
	" LEFT JOIN course_audience x ON x.course_id = c.id "
	" WHERE c.status = 'published' AND c.deleted_at IS NULL "
	" AND x.course_id IS NULL "
	" ORDER BY c.published_at DESC, c.id DESC LIMIT 10)" };

static void
course_add(xmlNodePtr list)
{
	static const char *const attrs[] = { "kind", "required", "credits",
	    "hours" };
	xmlNodePtr	n;
	unsigned int	i;

	n = xml_add(list, "course", db_col(&st_home, 2));
	xml_attr(n, "id", db_col(&st_home, 1));
	for (i = 0; i < 4; i++)
		xml_attr(n, attrs[i], db_col(&st_home, i + 4));
}

int
home_show(struct ctx *c)
{
	xmlNodePtr	home, anns, courses, n;
	int		rc;

	if (page_begin(c, "home") != 0)
		return 500;
	home = xml_add(c->root, "home", NULL);
	anns = xml_add(home, "announcements", NULL);
	courses = xml_add(home, "courses", NULL);
	if ((rc = db_exec(&st_home, NULL, 0)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_home)) == 1) {
		if (strcmp(db_col(&st_home, 0), "c") == 0) {
			course_add(courses);
			continue;
		}
		n = xml_add(anns, "announcement", db_col(&st_home, 2));
		xml_attr(n, "id", db_col(&st_home, 1));
		xml_attr_time(n, "published", db_col(&st_home, 3));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}
