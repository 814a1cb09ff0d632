/* my_learning.c - the learner's own page: their courses by stage with deadlines, their plans, credits and hours, and the inbox. */
#include <string.h>
#include <time.h>

#include "assign.h"
#include "clock.h"
#include "db.h"
#include "learning.h"
#include "pages.h"
#include "xml.h"

/* Each enrolment with its required lessons and how many are done; when
 * assigned, the earliest deadline, whether required, and its stage:
 * due_soon within ASSIGN_SOON_DAYS, overdue after. */
static struct stmt st_mine = { .sql =
	"SELECT c.id, c.name, e.status, c.credits, c.required, c.kind, "
	" DATE_FORMAT(e.created_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(e.completed_at, '%Y-%m-%d %H:%i:%s'), "
	" COUNT(l.id), COUNT(p.lesson_id), "
	" DATE_FORMAT(x.due, '%Y-%m-%d %H:%i:%s'), x.req, "
	" CASE WHEN e.status = 'completed' OR x.due IS NULL THEN NULL "
	"  WHEN x.due < UTC_TIMESTAMP() THEN 'overdue' "
	"  WHEN x.due < UTC_TIMESTAMP() + INTERVAL 3 DAY THEN 'due_soon' END "
	"FROM enrolment e JOIN course c ON c.id = e.course_id "
	"LEFT JOIN chapter h ON h.course_id = c.id "
	"LEFT JOIN lesson l ON l.chapter_id = h.id AND l.required "
	"LEFT JOIN lesson_progress p ON p.lesson_id = l.id "
	" AND p.account_id = e.account_id "
	"LEFT JOIN (SELECT ac.course_id, MIN(ap.due_at) AS due, "
	"  MAX(s.required AND ac.required) AS req FROM assignment_person ap "
	"  JOIN assignment s ON s.id = ap.assignment_id "
	"  JOIN assignment_course ac ON ac.assignment_id = ap.assignment_id "
	"  WHERE ap.account_id = ? GROUP BY ac.course_id) x ON x.course_id = c.id "
	"WHERE e.account_id = ? AND c.deleted_at IS NULL "
	"GROUP BY e.id ORDER BY e.status = 'completed', x.due IS NULL, x.due, "
	" e.id DESC "
	"LIMIT 300" };	/* more than a year of anyone's learning */
#define MAX_PLANS	50

/* My learning's sections, in the page's order; their keys name them in
 * ?section= and in the XML. */
enum learning_section { SECTION_DUE_SOON, SECTION_OVERDUE,
	SECTION_IN_PROGRESS, SECTION_PENDING, SECTION_COMPLETED, SECTION__MAX };
static const char *const section_keys[SECTION__MAX + 1] = { "due_soon",
    "overdue", "in_progress", "pending", "completed", NULL };
/* Rows of each section on the whole page: a phone shows a few, and the
 * page's cost is the rows it renders. A chosen section shows them all
 * (up to st_mine's LIMIT). */
#define LEARNING_SECTION_MAX	10

const struct input learning_inputs[] = {
	{ "section", IN_QUERY, IN_ENUM, 0, 0, 0, section_keys },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* The plans given to the learner, where they stand on each. */
static struct stmt st_plans = { .sql =
	"SELECT y.assignment_id, pl.id, pl.name, y.state, y.req_done, y.req_n, "
	" y.el_done, pl.min_elective, pl.onboarding, "
	" DATE_FORMAT(y.due_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(y.exam_due_at, '%Y-%m-%d %H:%i:%s') "
	"FROM (" AP_STATE("ap.account_id = ? AND s.plan_id IS NOT NULL") ") y "
	"JOIN assignment s ON s.id = y.assignment_id JOIN plan pl ON pl.id = s.plan_id "
	"ORDER BY y.assignment_id LIMIT 50" };	/* MAX_PLANS */
/* Their courses, in the plan's order, by the same order of plans. */
static struct stmt st_plan_courses = { .sql =
	"SELECT ap.assignment_id, c.id, c.name, ac.required, e.status "
	"FROM assignment_person ap JOIN assignment s ON s.id = ap.assignment_id "
	"JOIN assignment_course ac ON ac.assignment_id = ap.assignment_id "
	"JOIN course c ON c.id = ac.course_id "
	"LEFT JOIN enrolment e ON e.course_id = c.id AND e.account_id = ap.account_id "
	"WHERE ap.account_id = ? AND s.plan_id IS NOT NULL "
	"ORDER BY ap.assignment_id, ac.pos LIMIT 1500" };
/* Credits and hours this month and this year: the calendar is the
 * organisation's (its zone), as on the HR pages, so the first hours of a
 * month count where HR counts them. ?: the month's start, the year's,
 * both in UTC. */
static struct stmt st_credits = { .sql =
	"SELECT COALESCE(SUM(IF(at >= ?, credits, 0)), 0), "
	" COALESCE(SUM(credits), 0), COALESCE(SUM(hours), 0) "
	"FROM credit_ledger WHERE account_id = ? AND at >= ?" };
/* A reminder names its assignment: the plan, and the deadline. */
static struct stmt st_inbox = { .sql =
	"SELECT m.id, m.kind, m.course_id, c.name, m.note, "
	" DATE_FORMAT(m.created_at, '%Y-%m-%d %H:%i:%s'), m.read_at IS NULL, "
	" DATE_FORMAT(c.starts_at, '%Y-%m-%d %H:%i'), c.place, pl.name, "
	" DATE_FORMAT(ap.due_at, '%Y-%m-%d %H:%i:%s') "
	"FROM message m LEFT JOIN course c ON c.id = m.course_id "
	"LEFT JOIN assignment s ON s.id = m.assignment_id "
	"LEFT JOIN plan pl ON pl.id = s.plan_id "
	"LEFT JOIN assignment_person ap ON ap.assignment_id = m.assignment_id "
	" AND ap.account_id = m.account_id "
	"WHERE m.account_id = ? ORDER BY m.id DESC LIMIT 50" };
static struct stmt st_read = { .sql =
	"UPDATE message SET read_at = UTC_TIMESTAMP() "
	"WHERE account_id = ? AND read_at IS NULL" };

static int
credits_add(struct ctx *c, xmlNodePtr n)
{
	time_t		now = time(NULL);
	struct tm	tm;
	const char	*from_month, *from_year;
	int		rc;

	localtime_r(&now, &tm);
	if ((from_month = clock_month_utc(c->arena, tm.tm_year + 1900,
	    tm.tm_mon)) == NULL ||
	    (from_year = clock_month_utc(c->arena, tm.tm_year + 1900, 0)) ==
	    NULL)
		return 500;
	if ((rc = db_exec(&st_credits, (struct db_param[3]){
	    DB_TEXT(from_month), DB_INT(c->user.id), DB_TEXT(from_year) },
	    3)) != DB_OK ||
	    (rc = db_fetch(&st_credits)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	xml_attr(n, "month-credits", db_col(&st_credits, 0));
	xml_attr(n, "year-credits", db_col(&st_credits, 1));
	xml_attr(n, "year-hours", db_col(&st_credits, 2));
	xml_attr_int(n, "year-target", c->conf->year_credits);
	db_done(&st_credits);
	return 200;
}

/* The learner's plans (at most MAX_PLANS), each with its courses in
 * order. */
static int
plans_add(struct ctx *c, xmlNodePtr l)
{
	static const char *const attrs[] = { "assignment", "id", NULL, "state",
	    "required-done", "required", "elective-done", "min-elective",
	    "onboarding" };
	struct db_param	p[1] = { DB_INT(c->user.id) };
	xmlNodePtr	plan[MAX_PLANS], k;
	long long	id[MAX_PLANS], a;
	unsigned int	i;
	int		rc, n = 0, j;

	if ((rc = db_exec(&st_plans, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_plans)) == 1 && n < MAX_PLANS) {
		id[n] = db_col_int(&st_plans, 0);
		plan[n] = xml_add(l, "plan", db_col(&st_plans, 2));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(plan[n], attrs[i], db_col(&st_plans, i));
		xml_attr_time(plan[n], "due", db_col(&st_plans, 9));
		xml_attr_time(plan[n++], "exam-due", db_col(&st_plans, 10));
	}
	if (rc != 0 || n == 0)
		return rc == 0 ? 200 : db_http_status(rc);
	if ((rc = db_exec(&st_plan_courses, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_plan_courses)) == 1) {
		a = db_col_int(&st_plan_courses, 0);
		for (j = 0; j < n && id[j] != a; j++)
			;
		if (j == n)
			continue;
		k = xml_add(plan[j], "course", db_col(&st_plan_courses, 2));
		xml_attr(k, "id", db_col(&st_plan_courses, 1));
		xml_attr(k, "required", db_col(&st_plan_courses, 3));
		xml_attr(k, "status", db_col(&st_plan_courses, 4));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

/* The sections a row of st_mine is in, as bits (1u << section): a
 * deadline's stage, else the enrolment's status; a row may be in two (a
 * request still pending with a deadline). */
static unsigned int
sections_of(const char *status, const char *stage)
{
	unsigned int in = 0;

	if (stage != NULL && strcmp(stage, "due_soon") == 0)
		in |= 1u << SECTION_DUE_SOON;
	else if (stage != NULL && strcmp(stage, "overdue") == 0)
		in |= 1u << SECTION_OVERDUE;
	else if (stage == NULL && strcmp(status, "active") == 0)
		in |= 1u << SECTION_IN_PROGRESS;
	if (strcmp(status, "pending") == 0 || strcmp(status, "rejected") == 0)
		in |= 1u << SECTION_PENDING;
	else if (strcmp(status, "completed") == 0)
		in |= 1u << SECTION_COMPLETED;
	return in;
}

/* The current row of st_mine as a course of section s. */
static void
course_add(xmlNodePtr s)
{
	static const char *const attrs[] = { "id", NULL, "status", "credits",
	    "required", "kind", "since", "completed", "lessons", "done", NULL,
	    "assigned-required", "stage" };
	xmlNodePtr	n = xml_add(s, "course", db_col(&st_mine, 1));
	unsigned int	i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(&st_mine, i));
	xml_attr_time(n, "due", db_col(&st_mine, 10));
}

/*
 * The learner's courses by section, classified here once so the
 * stylesheet renders only what is shown:
 *   <section key="KEY" total="N"> <course .../>... </section>
 * for every section in order, with its first LEARNING_SECTION_MAX rows in
 * st_mine's order; or, when chosen is one, that section alone with all
 * its rows. A course in two sections is a row of each.
 */
static int
sections_add(struct ctx *c, xmlNodePtr l, int chosen)
{
	struct db_param	p[2] = { DB_INT(c->user.id), DB_INT(c->user.id) };
	xmlNodePtr	sec[SECTION__MAX] = { NULL };
	long long	total[SECTION__MAX] = { 0 };
	unsigned int	in;
	int		i, rc;

	for (i = 0; i < SECTION__MAX; i++)
		if (chosen < 0 || chosen == i) {
			sec[i] = xml_add(l, "section", NULL);
			xml_attr(sec[i], "key", section_keys[i]);
		}
	if ((rc = db_exec(&st_mine, p, 2)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_mine)) == 1) {
		in = sections_of(db_col(&st_mine, 2), db_col(&st_mine, 12));
		for (i = 0; i < SECTION__MAX; i++)
			if (sec[i] != NULL && (in & (1u << i)) &&
			    (total[i]++ < LEARNING_SECTION_MAX || chosen == i))
				course_add(sec[i]);
	}
	if (rc != 0)
		return db_http_status(rc);
	for (i = 0; i < SECTION__MAX; i++)
		if (sec[i] != NULL)
			xml_attr_int(sec[i], "total", total[i]);
	return 200;
}

/* GET /learning: credits and hours, the sections, the plans; with
 * ?section=KEY only that section, whole (the gate let only a key in). */
int
my_learning(struct ctx *c)
{
	const char	*key = c->in[0].s;
	xmlNodePtr	 l;
	int		 chosen, rc;

	if (page_begin(c, "learning") != 0)
		return 500;
	l = xml_add(c->root, "learning", NULL);
	xml_attr_int(l, "max", LEARNING_SECTION_MAX);
	if (key != NULL) {
		for (chosen = 0; strcmp(section_keys[chosen], key) != 0; chosen++)
			;
		xml_attr(l, "section", key);
		return sections_add(c, l, chosen);
	}
	if ((rc = credits_add(c, l)) != 200 ||
	    (rc = sections_add(c, l, -1)) != 200)
		return rc;
	return plans_add(c, l);
}

int
inbox_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", "kind", "course",
	    "course-name", NULL, "at", "unread", "starts", "place", "plan" };
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
		xml_attr_time(n, "due", db_col(&st_inbox, 10));
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
