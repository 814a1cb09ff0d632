/* course_outline.c - a course's chapters and lessons in the builder: add, rename, reorder, remove. */
#include <string.h>

#include "course_admin.h"
#include "files.h"
#include "pages.h"
#include "rich.h"
#include "xml.h"

static const char *const chapter_actions[] = { "rename", "up", "down",
    "delete", NULL };
static const char *const lesson_kinds[] = { "text", "link", "video",
    "document", "courseware", NULL };
/* What each file kind of lesson may hold, by content. */
#define DOCUMENT_KINDS	(KIND_BIT(KIND_PDF) | KIND_BIT(KIND_OFFICE) | \
			 KIND_BIT(KIND_TEXT))
#define COURSEWARE_KINDS (KIND_BIT(KIND_ARCHIVE) | DOCUMENT_KINDS)

const struct input chapter_new_inputs[] = {
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input outline_change_inputs[] = {
	{ "action", IN_BODY, IN_ENUM, 1, 0, 0, chapter_actions },
	{ "title", IN_BODY, IN_TEXT, 0, 1, 200, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input lesson_new_inputs[] = {
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL },
	{ "kind", IN_BODY, IN_ENUM, 1, 0, 0, lesson_kinds },
	{ "body", IN_BODY, IN_TEXT, 0, 1, 20000, NULL },
	{ "url", IN_BODY, IN_URL, 0, 0, 0, NULL },
	{ "minutes", IN_BODY, IN_INT, 0, 0, 600, NULL },
	{ "optional", IN_BODY, IN_INT, 0, 0, 1, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { LN_TITLE, LN_KIND, LN_BODY, LN_URL, LN_MINUTES, LN_OPTIONAL };

static struct stmt st_chapter_add = { .sql =
	"INSERT INTO chapter (course_id, pos, title) SELECT ?, "
	" COALESCE(MAX(pos), 0) + 1, ? FROM chapter WHERE course_id = ?" };
/* The course a chapter or lesson belongs to. */
static struct stmt st_chapter_course = { .sql =
	"SELECT course_id FROM chapter WHERE id = ?" };
static struct stmt st_lesson_course = { .sql =
	"SELECT h.course_id, h.id FROM lesson l JOIN chapter h "
	"ON h.id = l.chapter_id WHERE l.id = ?" };
static struct stmt st_lesson_add = { .sql =
	"INSERT INTO lesson (chapter_id, pos, title, kind, body, url, file_id, "
	" minutes, required) "
	"SELECT ?, COALESCE(MAX(pos), 0) + 1, ?, ?, ?, ?, ?, ?, ? FROM lesson "
	"WHERE chapter_id = ?" };
/* The neighbour above (-1) or below (+1): its id and place, and ours. */
#define NEIGHBOUR(t, parent) \
	"SELECT b.id, b.pos, a.pos FROM " t " a JOIN " t " b " \
	"ON b." parent " = a." parent " WHERE a.id = ? " \
	"AND IF(? < 0, b.pos < a.pos, b.pos > a.pos) " \
	"ORDER BY IF(? < 0, -b.pos, b.pos) LIMIT 1"
#define SWAP(t) \
	"UPDATE " t " SET pos = IF(id = ?, ?, ?) WHERE id IN (?, ?)"
static struct stmt st_chapter_next = { .sql = NEIGHBOUR("chapter", "course_id") };
static struct stmt st_lesson_next = { .sql = NEIGHBOUR("lesson", "chapter_id") };
static struct stmt st_chapter_swap = { .sql = SWAP("chapter") };
static struct stmt st_lesson_swap = { .sql = SWAP("lesson") };
static struct stmt st_chapter_rename = { .sql =
	"UPDATE chapter SET title = ? WHERE id = ?" };
static struct stmt st_lesson_rename = { .sql =
	"UPDATE lesson SET title = ? WHERE id = ?" };
static struct stmt st_chapter_delete = { .sql =
	"DELETE FROM chapter WHERE id = ? "
	"AND NOT EXISTS (SELECT 1 FROM lesson WHERE chapter_id = ?)" };
static struct stmt st_lesson_delete = { .sql =
	"DELETE FROM lesson WHERE id = ?" };
/* One lesson for its editor, when the caller builds its course. */
static struct stmt st_lesson_get = { .sql =
	"SELECT l.id, l.title, l.kind, l.minutes, l.required, l.url, "
	" h.course_id, h.title, c.name, f.name, f.size, l.body "
	"FROM lesson l JOIN chapter h ON h.id = l.chapter_id "
	"JOIN course c ON c.id = h.course_id LEFT JOIN file f ON f.id = l.file_id "
	"WHERE l.id = ? AND c.deleted_at IS NULL AND" BUILDER_SQL };
static struct stmt st_lesson_kind = { .sql =
	"SELECT kind, file_id FROM lesson WHERE id = ?" };
static struct stmt st_lesson_update = { .sql =
	"UPDATE lesson SET body = ?, url = ?, file_id = ?, title = ?, "
	" minutes = ?, required = ? WHERE id = ?" };

/* The course an outline part belongs to, locked for c's change; 0 with
 * *course, or a status. */
static int
owner_reach(struct ctx *c, struct stmt *st, long long id, long long *course)
{
	char	status[16];
	int	rc;

	if ((rc = db_exec(st, (struct db_param[1]){ DB_INT(id) }, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(st)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	*course = db_col_int(st, 0);
	db_done(st);
	return course_reach(c, *course, status);
}

static int
outline_end(struct ctx *c, long long course, const char *before, int rc)
{
	if (rc != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = course_write_end(c, "course.outline", course, before)) != 0)
		return rc;
	return to_course(c, course, "outline");
}

int
chapter_add(struct ctx *c)
{
	long long	 id = c->param[0];
	char		 status[16];
	const char	*before;
	int		 rc;

	if ((rc = course_write_begin(c, id, status)) != 0)
		return rc;
	before = course_json(c, id);
	rc = db_exec(&st_chapter_add, (struct db_param[3]){ DB_INT(id),
	    DB_TEXT(c->in[0].s), DB_INT(id) }, 3);
	return outline_end(c, id, before, rc);
}

/* Trades places with the neighbour in direction dir; none is no change. */
static int
part_move(long long id, long long dir, int lesson)
{
	struct stmt	*next = lesson ? &st_lesson_next : &st_chapter_next;
	struct db_param	 p[5] = { DB_INT(id), DB_INT(dir), DB_INT(dir) };
	long long	 other, other_pos, pos;
	int		 rc;

	if ((rc = db_exec(next, p, 3)) != DB_OK || (rc = db_fetch(next)) != 1)
		return rc < 0 ? rc : DB_OK;
	other = db_col_int(next, 0);
	other_pos = db_col_int(next, 1);
	pos = db_col_int(next, 2);
	db_done(next);
	p[0] = DB_INT(id);
	p[1] = DB_INT(other_pos);
	p[2] = DB_INT(pos);
	p[3] = DB_INT(id);
	p[4] = DB_INT(other);
	return db_exec(lesson ? &st_lesson_swap : &st_chapter_swap, p, 5);
}

/* rename, up, down or delete one chapter or lesson. */
static int
part_change(struct ctx *c, int lesson)
{
	const char	*a = c->in[0].s, *before;
	long long	 id = c->param[0], course;
	struct db_param	 p[2] = { DB_INT(id), DB_INT(id) };
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = owner_reach(c, lesson ? &st_lesson_course : &st_chapter_course,
	    id, &course)) != 0) {
		db_rollback();
		return rc;
	}
	before = course_json(c, course);
	if (strcmp(a, "rename") == 0) {
		if (c->in[1].s == NULL) {
			db_rollback();
			return 400;
		}
		rc = db_exec(lesson ? &st_lesson_rename : &st_chapter_rename,
		    (struct db_param[2]){ DB_TEXT(c->in[1].s), DB_INT(id) }, 2);
	} else if (strcmp(a, "delete") == 0) {
		rc = db_exec(lesson ? &st_lesson_delete : &st_chapter_delete, p,
		    lesson ? 1 : 2);
		if (rc == DB_OK && !lesson &&
		    db_affected(&st_chapter_delete) == 0) {
			/* Its lessons go first, one by one, on purpose. */
			db_rollback();
			c->param[0] = course;
			return form_refuse(c, "action", "has_lessons", 409);
		}
	}
	else
		rc = part_move(id, strcmp(a, "up") == 0 ? -1 : 1, lesson);
	return outline_end(c, course, before, rc);
}

int
chapter_change(struct ctx *c)
{
	return part_change(c, 0);
}

int
lesson_change(struct ctx *c)
{
	return part_change(c, 1);
}

/* A lesson's content by its kind: its sanitised text, its address or
 * its stored file (keep, when not 0, stays if none is sent), into
 * p[0..2] (body, url, file); 0 or the refusal. */
static int
lesson_content(struct ctx *c, const char *kind, long long keep,
    struct db_param p[3])
{
	const char	*body;
	long long	 fid;
	int		 rc;

	p[0] = p[1] = p[2] = DB_NULLP;
	if (strcmp(kind, "link") == 0) {
		if (c->in[LN_URL].s == NULL)
			return form_refuse(c, "url", "required", 400);
		p[1] = DB_TEXT(c->in[LN_URL].s);
		return 0;
	}
	if (strcmp(kind, "text") == 0) {
		if (c->in[LN_BODY].s == NULL)
			return form_refuse(c, "body", "required", 400);
		if ((body = rich_clean(c->arena, c->in[LN_BODY].s)) == NULL)
			return 500;
		/* Nothing left once scripts and the like are gone. */
		if (body[0] == '\0')
			return form_refuse(c, "body", "required", 400);
		p[0] = DB_TEXT(body);
		return 0;
	}
	rc = file_store(c, "file", strcmp(kind, "video") == 0 ?
	    KIND_BIT(KIND_VIDEO) : strcmp(kind, "document") == 0 ?
	    DOCUMENT_KINDS : COURSEWARE_KINDS, &fid);
	if (rc == 400 && keep != 0)	/* no new file: the old one stays */
		fid = keep;
	else if (rc != 0)
		return file_refuse(c, "file", rc);
	p[2] = DB_INT(fid);
	return 0;
}

int
lesson_add(struct ctx *c)
{
	const char	*kind = c->in[LN_KIND].s, *before;
	long long	 chapter = c->param[0], course;
	struct db_param	 p[9];
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = owner_reach(c, &st_chapter_course, chapter, &course)) != 0) {
		db_rollback();
		return rc;
	}
	c->param[0] = course;	/* a refusal shows the course's editor */
	if ((rc = lesson_content(c, kind, 0, &p[3])) != 0) {
		db_rollback();
		return rc;
	}
	before = course_json(c, course);
	p[0] = DB_INT(chapter);
	p[1] = DB_TEXT(c->in[LN_TITLE].s);
	p[2] = DB_TEXT(kind);
	p[6] = DB_INT(c->in[LN_MINUTES].s ? c->in[LN_MINUTES].i : 0);
	p[7] = DB_INT(c->in[LN_OPTIONAL].s && c->in[LN_OPTIONAL].i ? 0 : 1);
	p[8] = DB_INT(chapter);
	rc = db_exec(&st_lesson_add, p, 9);
	return outline_end(c, course, before, rc);
}

int
lesson_edit(struct ctx *c)
{
	static const char *const attrs[] = { "id", "title", "kind", "minutes",
	    "required", "url", "course", "chapter", "course-name", "file-name",
	    "size" };
	struct db_param	p[4] = { DB_INT(c->param[0]) };
	xmlNodePtr	n;
	unsigned int	i;
	int		rc;

	builder_params(c, &p[1]);
	if ((rc = db_exec(&st_lesson_get, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_lesson_get)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	if (page_begin(c, "lesson-edit") != 0) {
		db_done(&st_lesson_get);
		return 500;
	}
	n = xml_add(c->root, "lesson-edit", NULL);
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		xml_attr(n, attrs[i], db_col(&st_lesson_get, i));
	/* The stored subset as text, for the textarea to edit. */
	xml_add(n, "body", db_col(&st_lesson_get, 11));
	db_done(&st_lesson_get);
	return 200;
}

/* The lesson's kind (which stays) and its file, read in the change's
 * transaction; 0 or a status. */
static int
lesson_kind(struct ctx *c, long long id, const char **kind, long long *file)
{
	int rc;

	if ((rc = db_exec(&st_lesson_kind, (struct db_param[1]){ DB_INT(id) },
	    1)) != DB_OK || (rc = db_fetch(&st_lesson_kind)) != 1)
		return rc == 0 ? 404 : db_http_status(rc < 0 ? rc : DB_ERR);
	*kind = arena_strndup(c->arena, db_col(&st_lesson_kind, 0),
	    strlen(db_col(&st_lesson_kind, 0)));
	*file = db_col(&st_lesson_kind, 1) ? db_col_int(&st_lesson_kind, 1) : 0;
	db_done(&st_lesson_kind);
	return *kind != NULL ? 0 : 500;
}

int
lesson_save(struct ctx *c)
{
	const char	*kind = NULL, *before;
	long long	 id = c->param[0], course, file = 0;
	struct db_param	 p[7];
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = owner_reach(c, &st_lesson_course, id, &course)) != 0 ||
	    (rc = lesson_kind(c, id, &kind, &file)) != 0 ||
	    (rc = lesson_content(c, kind, file, p)) != 0) {
		db_rollback();
		return rc;
	}
	before = course_json(c, course);
	p[3] = DB_TEXT(c->in[LN_TITLE].s);
	p[4] = DB_INT(c->in[LN_MINUTES].s ? c->in[LN_MINUTES].i : 0);
	p[5] = DB_INT(c->in[LN_OPTIONAL].s && c->in[LN_OPTIONAL].i ? 0 : 1);
	p[6] = DB_INT(id);
	rc = db_exec(&st_lesson_update, p, 7);
	return outline_end(c, course, before, rc);
}
