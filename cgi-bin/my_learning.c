/* my_learning.c - the learner's own page: their courses by stage, credits and hours, and the inbox. */
#include "db.h"
#include "learning.h"
#include "pages.h"
#include "xml.h"

/* Each enrolment with its required lessons and how many are done. */
static struct stmt st_mine = { .sql =
	"SELECT c.id, c.name, e.status, c.credits, c.required, c.kind, "
	" DATE_FORMAT(e.created_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(e.completed_at, '%Y-%m-%d %H:%i:%s'), "
	" COUNT(l.id), COUNT(p.lesson_id) "
	"FROM enrolment e JOIN course c ON c.id = e.course_id "
	"LEFT JOIN chapter h ON h.course_id = c.id "
	"LEFT JOIN lesson l ON l.chapter_id = h.id AND l.required "
	"LEFT JOIN lesson_progress p ON p.lesson_id = l.id "
	" AND p.account_id = e.account_id "
	"WHERE e.account_id = ? AND c.deleted_at IS NULL "
	"GROUP BY e.id ORDER BY e.status = 'completed', e.id DESC "
	"LIMIT 200" };	/* more than a year of anyone's learning */
/* Credits and hours this month and this year (UTC calendar). */
static struct stmt st_credits = { .sql =
	"SELECT COALESCE(SUM(IF(at >= DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-01'), "
	" credits, 0)), 0), COALESCE(SUM(credits), 0), COALESCE(SUM(hours), 0) "
	"FROM credit_ledger WHERE account_id = ? "
	"AND at >= DATE_FORMAT(UTC_TIMESTAMP(), '%Y-01-01')" };
static struct stmt st_inbox = { .sql =
	"SELECT m.id, m.kind, m.course_id, c.name, m.note, "
	" DATE_FORMAT(m.created_at, '%Y-%m-%d %H:%i:%s'), m.read_at IS NULL, "
	" DATE_FORMAT(c.starts_at, '%Y-%m-%d %H:%i'), c.place "
	"FROM message m LEFT JOIN course c ON c.id = m.course_id "
	"WHERE m.account_id = ? ORDER BY m.id DESC LIMIT 50" };
static struct stmt st_read = { .sql =
	"UPDATE message SET read_at = UTC_TIMESTAMP() "
	"WHERE account_id = ? AND read_at IS NULL" };

static int
credits_add(struct ctx *c, xmlNodePtr n)
{
	struct db_param	p[1] = { DB_INT(c->user.id) };
	int		rc;

	if ((rc = db_exec(&st_credits, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_credits)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	xml_attr(n, "month-credits", db_col(&st_credits, 0));
	xml_attr(n, "year-credits", db_col(&st_credits, 1));
	xml_attr(n, "year-hours", db_col(&st_credits, 2));
	xml_attr_int(n, "year-target", c->conf->year_credits);
	db_done(&st_credits);
	return 200;
}

int
my_learning(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "status", "credits",
	    "required", "kind", "since", "completed", "lessons", "done" };
	struct db_param	p[1] = { DB_INT(c->user.id) };
	xmlNodePtr	l, n;
	unsigned int	i;
	int		rc;

	if (page_begin(c, "learning") != 0)
		return 500;
	l = xml_add(c->root, "learning", NULL);
	if ((rc = credits_add(c, l)) != 200)
		return rc;
	if ((rc = db_exec(&st_mine, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_mine)) == 1) {
		n = xml_add(l, "course", db_col(&st_mine, 1));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_mine, i));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
inbox_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", "kind", "course",
	    "course-name", NULL, "at", "unread", "starts", "place" };
	struct db_param	p[1] = { DB_INT(c->user.id) };
	xmlNodePtr	l, n;
	unsigned int	i;
	int		rc;

	if (page_begin(c, "inbox") != 0)
		return 500;
	l = xml_add(c->root, "inbox", NULL);
	if ((rc = db_exec(&st_inbox, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_inbox)) == 1) {
		n = xml_add(l, "message", db_col(&st_inbox, 4));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_inbox, i));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
inbox_read(struct ctx *c)
{
	int rc;

	if ((rc = db_exec(&st_read, (struct db_param[1]){
	    DB_INT(c->user.id) }, 1)) != DB_OK)
		return db_http_status(rc);
	c->location = arena_printf(c->arena, "%s/messages",
	    surface_bases[c->surface]);
	return 303;
}
