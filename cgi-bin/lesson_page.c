/* lesson_page.c - a lesson for its learners, and the files a course releases to them. */
#include <string.h>

#include "courses.h"
#include "files.h"
#include "learning.h"
#include "pages.h"
#include "rich.h"
#include "xml.h"

enum { L_ID, L_TITLE, L_KIND, L_MINUTES, L_REQUIRED, L_BODY, L_URL,
	L_COURSE, L_CHAPTER, L_COURSE_NAME, L_FILE_KIND, L_MIME, L_SIZE,
	L_SECONDS, L_FILE_NAME, L_DONE, L_ENROLMENT, L_ENROL_MODE, L__N };

static struct stmt st_lesson = { .sql =
	"SELECT l.id, l.title, l.kind, l.minutes, l.required, l.body, l.url, "
	" h.course_id, h.title, c.name, f.kind, f.mime, f.size, f.seconds, f.name, "
	" DATE_FORMAT(p.done_at, '%Y-%m-%d %H:%i:%s'), e.status, c.enrol_mode "
	"FROM lesson l JOIN chapter h ON h.id = l.chapter_id "
	"JOIN course c ON c.id = h.course_id "
	"LEFT JOIN file f ON f.id = l.file_id "
	"LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.account_id = ? "
	"LEFT JOIN enrolment e ON e.course_id = c.id AND e.account_id = ? "
	"WHERE l.id = ?" };
/* What a lesson's file is and which course releases it. */
static struct stmt st_lesson_file = { .sql =
	"SELECT h.course_id, f.id, f.kind FROM lesson l "
	"JOIN chapter h ON h.id = l.chapter_id JOIN file f ON f.id = l.file_id "
	"WHERE l.id = ?" };
static struct stmt st_cover = { .sql =
	"SELECT cover_id FROM course WHERE id = ? AND cover_id IS NOT NULL" };

static void
lesson_fill(xmlNodePtr n)
{
	static const char *const attrs[L__N] = { "id", NULL, "kind", "minutes",
	    "required", NULL, "url", "course", "chapter", "course-name",
	    "file-kind", "mime", "size", "seconds", "file-name", "done",
	    "enrolment", "enrol-mode" };
	unsigned int i;

	for (i = 0; i < L__N; i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(&st_lesson, i));
	xml_add(n, "title", db_col(&st_lesson, L_TITLE));
}

int
lesson_show(struct ctx *c)
{
	struct db_param	 p[3] = { DB_INT(c->user.id), DB_INT(c->user.id),
	    DB_INT(c->param[0]) };
	xmlNodePtr	 n, course;
	long long	 cid;
	int		 rc;

	if ((rc = db_exec(&st_lesson, p, 3)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_lesson)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	if (page_begin(c, "lesson") != 0) {
		db_done(&st_lesson);
		return 500;
	}
	n = xml_add(c->root, "lesson", NULL);
	lesson_fill(n);
	cid = db_col_int(&st_lesson, L_COURSE);
	rc = strcmp(db_col(&st_lesson, L_KIND), "text") == 0 ?
	    rich_add(n, db_col(&st_lesson, L_BODY)) : 0;
	db_done(&st_lesson);
	if (rc != 0)
		return 500;
	if ((rc = course_visible(c, cid)) != 0)
		return rc;
	/* A phone has no heartbeat: its page views measure the time. */
	if (c->surface == SURF_MOBILE && c->req->method == METHOD_GET &&
	    (rc = study_view(c, c->param[0])) != DB_OK)
		return db_http_status(rc);
	/* The whole outline, for the way to the lessons before and after. */
	course = xml_add(c->root, "course", NULL);
	xml_attr_int(course, "id", cid);
	return outline_add(course, cid);
}

/* Files a browser shows itself go inline; the rest are downloads. */
static int
shown_inline(const char *kind)
{
	return strcmp(kind, "video") == 0 || strcmp(kind, "pdf") == 0 ||
	    strcmp(kind, "image") == 0;
}

int
lesson_file(struct ctx *c)
{
	struct db_param	 p[1] = { DB_INT(c->param[0]) };
	long long	 cid, fid;
	int		 rc, attach;

	if ((rc = db_exec(&st_lesson_file, p, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_lesson_file)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	cid = db_col_int(&st_lesson_file, 0);
	fid = db_col_int(&st_lesson_file, 1);
	attach = !shown_inline(db_col(&st_lesson_file, 2));
	db_done(&st_lesson_file);
	if ((rc = course_visible(c, cid)) != 0)
		return rc;
	return file_send(c, fid, attach);
}

int
course_cover(struct ctx *c)
{
	struct db_param	 p[1] = { DB_INT(c->param[0]) };
	long long	 fid;
	int		 rc;

	if ((rc = course_visible(c, c->param[0])) != 0)
		return rc;
	if ((rc = db_exec(&st_cover, p, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_cover)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	fid = db_col_int(&st_cover, 0);
	db_done(&st_cover);
	return file_send(c, fid, 0);
}
