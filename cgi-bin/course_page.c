/* course_page.c - one course for a learner: outline, lecturers, credits, ratings and comments. */
#include <string.h>

#include "courses.h"
#include "pages.h"
#include "xml.h"

const struct input rate_inputs[] = {
	{ "stars", IN_BODY, IN_INT, 1, 1, 5, NULL },
	{ "comment", IN_BODY, IN_TEXT, 0, 1, 500, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input comment_inputs[] = {
	{ "body", IN_BODY, IN_TEXT, 1, 1, 1000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const course_notes[] = { "rated", "commented", NULL };
const struct input course_show_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, course_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_course = { .sql =
	"SELECT c.id, c.name, c.summary, c.objectives, c.outline, c.assessment, "
	" c.kind, c.required, c.credits, c.hours, c.mode, "
	" DATE_FORMAT(c.starts_at, '%Y-%m-%d %H:%i:%s'), c.place, c.live_url, "
	" c.learners, IF(c.rating_n, ROUND(c.rating_sum / c.rating_n, 1), NULL), "
	" c.rating_n, k.name, c.status, c.cover_id, "
	" (SELECT GROUP_CONCAT(a.name ORDER BY a.name SEPARATOR '、') "
	"  FROM course_lecturer l JOIN account a ON a.id = l.account_id "
	"  WHERE l.course_id = c.id), "
	" r.stars, r.comment "
	"FROM course c LEFT JOIN category k ON k.id = c.category_id "
	"LEFT JOIN course_rating r ON r.course_id = c.id AND r.account_id = ? "
	"WHERE c.id = ? AND" VISIBLE_SQL };
/* The outline in order: a chapter row (lesson columns NULL) before its
 * lessons. The course page reads it with the comments (st_lists). */
#define OUTLINE_COLS \
	" h.id, h.title, l.id, l.title, l.kind, l.minutes, l.required, l.url"
#define OUTLINE_FROM \
	" FROM chapter h LEFT JOIN lesson l ON l.chapter_id = h.id " \
	"WHERE h.course_id = ?"
static struct stmt st_outline = { .sql =
	"SELECT" OUTLINE_COLS OUTLINE_FROM " ORDER BY h.pos, h.id, l.pos, l.id" };
/* The outline and the newest comments in one round trip: a page view
 * waits for the database once less. Column 0 is the alias of the row's
 * table, h (chapter) or m (comment); the last five columns only order the
 * rows: the outline as above, then the comments newest first (a branch's
 * own ORDER BY does not order a union). */
static struct stmt st_lists = { .sql =
	"(SELECT 'h'," OUTLINE_COLS ", h.pos, h.id, l.pos, l.id, NULL"
	OUTLINE_FROM ") "
	"UNION ALL "
	"(SELECT 'm', m.id, a.name, DATE_FORMAT(m.at, '%Y-%m-%d %H:%i:%s'), "
	" m.body, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, m.id "
	" FROM course_comment m JOIN account a ON a.id = m.account_id "
	" WHERE m.course_id = ? ORDER BY m.id DESC LIMIT 30) "
	"ORDER BY 1, 10, 11, 12, 13, 14 DESC" };
/* A learner's rating replaces their earlier one; the course keeps the sums. */
static struct stmt st_rating_old = { .sql =
	"SELECT stars FROM course_rating WHERE course_id = ? AND account_id = ? "
	"FOR UPDATE" };
static struct stmt st_rate = { .sql =
	"INSERT INTO course_rating (course_id, account_id, stars, comment) "
	"VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE stars = VALUES(stars), "
	" comment = VALUES(comment), at = CURRENT_TIMESTAMP" };
static struct stmt st_rating_sum = { .sql =
	"UPDATE course SET rating_sum = rating_sum + ? - ?, "
	" rating_n = rating_n + ? WHERE id = ?" };
static struct stmt st_comment = { .sql =
	"INSERT INTO course_comment (course_id, account_id, body) VALUES (?, ?, ?)" };

static void
course_fill(xmlNodePtr n)
{
	static const char *const attrs[] = { "id", NULL, NULL, NULL, NULL, NULL,
	    "kind", "required", "credits", "hours", "mode", NULL, "place",
	    "live-url", "learners", "rating", "ratings", "category", "status",
	    "cover", "lecturers", "my-stars", NULL };
	static const char *const texts[] = { "name", "summary", "objectives",
	    "outline", "assessment" };
	unsigned int i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(&st_course, i));
	xml_attr_time(n, "starts", db_col(&st_course, 11));
	for (i = 0; i < 5; i++)
		if (db_col(&st_course, i + 1) != NULL)
			xml_add(n, texts[i], db_col(&st_course, i + 1));
	if (db_col(&st_course, 22) != NULL)
		xml_add(n, "my-comment", db_col(&st_course, 22));
}

/* Where outline rows go: the course, and the chapter being filled. */
struct outline {
	xmlNodePtr	course, chapter;
	long long	last;		/* the chapter's id */
};

/* Adds the outline row of st whose columns (OUTLINE_COLS) start at col:
 * its chapter when it is a new one, and its lesson if it has one. */
static void
outline_row(struct outline *o, struct stmt *st, unsigned int col)
{
	xmlNodePtr n;

	if (o->chapter == NULL || db_col_int(st, col) != o->last) {
		o->last = db_col_int(st, col);
		o->chapter = xml_add(o->course, "chapter", NULL);
		xml_attr(o->chapter, "id", db_col(st, col));
		xml_attr(o->chapter, "title", db_col(st, col + 1));
	}
	if (db_col(st, col + 2) == NULL)
		return;
	n = xml_add(o->chapter, "lesson", db_col(st, col + 3));
	xml_attr(n, "id", db_col(st, col + 2));
	xml_attr(n, "kind", db_col(st, col + 4));
	xml_attr(n, "minutes", db_col(st, col + 5));
	xml_attr(n, "required", db_col(st, col + 6));
	xml_attr(n, "url", db_col(st, col + 7));
}

int
outline_add(xmlNodePtr course, long long id)
{
	struct db_param	p[1] = { DB_INT(id) };
	struct outline	o = { course, NULL, 0 };
	int		rc;

	if ((rc = db_exec(&st_outline, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_outline)) == 1)
		outline_row(&o, &st_outline, 0);
	return rc == 0 ? 200 : db_http_status(rc);
}

/* One comment row of st_lists. */
static void
comment_row(xmlNodePtr comments)
{
	xmlNodePtr n;

	n = xml_add(comments, "comment", db_col(&st_lists, 4));
	xml_attr(n, "id", db_col(&st_lists, 1));
	xml_attr(n, "by", db_col(&st_lists, 2));
	xml_attr_time(n, "at", db_col(&st_lists, 3));
}

/* Adds the outline, then <comments>: the outline's rows come first. */
static int
lists_add(xmlNodePtr course, long long id)
{
	struct db_param	p[2] = { DB_INT(id), DB_INT(id) };
	struct outline	o = { course, NULL, 0 };
	xmlNodePtr	comments;
	int		rc;

	if ((rc = db_exec(&st_lists, p, 2)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_lists)) == 1 &&
	    strcmp(db_col(&st_lists, 0), "h") == 0)
		outline_row(&o, &st_lists, 1);
	comments = xml_add(course, "comments", NULL);
	for (; rc == 1; rc = db_fetch(&st_lists))
		comment_row(comments);
	return rc == 0 ? 200 : db_http_status(rc);
}

/* Adds <course> with its outline and comments, if c may see course id:
 * the course's own query asks whether they may, which saves the page a
 * round trip to the database. */
static int
course_add(struct ctx *c, long long id)
{
	struct db_param	p[6] = { DB_INT(c->user.id), DB_INT(id),
	    DB_INT(c->user.id) };
	xmlNodePtr	n;
	int		rc;

	builder_params(c, &p[3]);
	if ((rc = db_exec(&st_course, p, 6)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_course)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	n = xml_add(c->root, "course", NULL);
	course_fill(n);
	db_done(&st_course);
	return lists_add(n, id);
}

int
course_show(struct ctx *c)
{
	int rc;

	if (page_begin(c, "course") != 0)
		return 500;
	if ((rc = course_add(c, c->param[0])) != 200)
		return rc;
	if (c->req->method == METHOD_GET)
		xml_attr(xml_child(c->root, "course"), "done", c->in[0].s);
	return 200;
}

static int
back_to_course(struct ctx *c, const char *done)
{
	c->location = arena_printf(c->arena, "%s/courses/%lld?done=%s",
	    surface_bases[c->surface], c->param[0], done);
	return 303;
}

/* Only learners who can open a published course rate or discuss it. */
static int
may_speak(struct ctx *c)
{
	int rc;

	if ((rc = course_visible(c, c->param[0])) != 0)
		return rc;
	if (!c->user.muted)
		return 0;
	return form_refuse(c, "body", "muted", 403);
}

int
course_rate(struct ctx *c)
{
	struct db_param	p[4] = { DB_INT(c->param[0]), DB_INT(c->user.id) };
	long long	old = 0;
	int		rc, had;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = may_speak(c)) != 0 ||
	    (rc = db_exec(&st_rating_old, p, 2)) != DB_OK ||
	    (rc = db_fetch(&st_rating_old)) < 0) {
		db_rollback();
		return rc < 0 ? db_http_status(rc) : rc;
	}
	if ((had = rc == 1)) {
		old = db_col_int(&st_rating_old, 0);
		db_done(&st_rating_old);
	}
	p[2] = DB_INT(c->in[0].i);
	p[3] = DB_OPT_TEXT(c->in[1].s);
	if ((rc = db_exec(&st_rate, p, 4)) != DB_OK)
		goto fail;
	p[0] = DB_INT(c->in[0].i);
	p[1] = DB_INT(old);
	p[2] = DB_INT(!had);
	p[3] = DB_INT(c->param[0]);
	if ((rc = db_exec(&st_rating_sum, p, 4)) != DB_OK ||
	    (rc = db_commit()) != DB_OK)
		goto fail;
	return back_to_course(c, "rated");
fail:
	db_rollback();
	return db_http_status(rc);
}

int
course_comment(struct ctx *c)
{
	struct db_param	p[3] = { DB_INT(c->param[0]), DB_INT(c->user.id),
	    DB_TEXT(c->in[0].s) };
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = may_speak(c)) != 0) {
		db_rollback();
		return rc;
	}
	if ((rc = db_exec(&st_comment, p, 3)) != DB_OK ||
	    (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return back_to_course(c, "commented");
}
