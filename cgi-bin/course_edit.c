/* course_edit.c - the back office's courses: list, create, edit with history, lecturers and audience. */
#include <string.h>

#include "audit.h"
#include "course_admin.h"
#include "files.h"
#include "pages.h"
#include "people.h"
#include "xml.h"

#define PAGE_SIZE	50
#define MAX_AUDIENCE	64

#define COURSE_FIELDS \
	{ "name", IN_BODY, IN_TEXT, 1, 1, 200, NULL }, \
	{ "summary", IN_BODY, IN_TEXT, 1, 1, 2000, NULL }, \
	{ "objectives", IN_BODY, IN_TEXT, 0, 1, 4000, NULL }, \
	{ "outline", IN_BODY, IN_TEXT, 0, 1, 4000, NULL }, \
	{ "assessment", IN_BODY, IN_TEXT, 0, 1, 2000, NULL }, \
	{ "category", IN_BODY, IN_INT, 0, 1, ID_MAX, NULL }, \
	{ "kind", IN_BODY, IN_ENUM, 1, 0, 0, kinds }, \
	{ "type", IN_BODY, IN_ENUM, 1, 0, 0, types }, \
	{ "credits", IN_BODY, IN_DECIMAL, 1, 0, 100, NULL }, \
	{ "hours", IN_BODY, IN_DECIMAL, 1, 0, 1000, NULL }, \
	{ "mode", IN_BODY, IN_ENUM, 1, 0, 0, modes }, \
	{ "starts", IN_BODY, IN_DATETIME, 0, 0, 0, NULL }, \
	{ "place", IN_BODY, IN_TEXT, 0, 1, 200, NULL }, \
	{ "live_url", IN_BODY, IN_URL, 0, 0, 0, NULL }, \
	{ "lecturers", IN_BODY, IN_TEXT, 0, 1, 400, NULL }, \
	{ "enrol", IN_BODY, IN_ENUM, 0, 0, 0, enrol_modes }
/* The order of the inputs is the order of the insert's and the update's
 * parameters; the lecturers' slot carries the enrolment mode and the
 * enrolment's slot the owner (insert) or the id (update). */
enum { C_NAME, C_SUMMARY, C_OBJ, C_OUTLINE, C_ASSESS, C_CAT, C_KIND, C_TYPE,
	C_CREDITS, C_HOURS, C_MODE, C_STARTS, C_PLACE, C_LIVE, C_LECTURERS,
	C_ENROL, C__N };

static const char *const kinds[] = { "external", "general", "post", NULL };
static const char *const types[] = { "required", "elective", NULL };
static const char *const modes[] = { "online", "offline", "live", NULL };
static const char *const enrol_modes[] = { "open", "approval", NULL };
static const char *const statuses[] = { "draft", "review", "published",
    "archived", NULL };

const struct input course_inputs[] = {
	COURSE_FIELDS,
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input courses_inputs[] = {
	{ "q", IN_QUERY, IN_TEXT, 0, 1, 64, NULL },
	{ "status", IN_QUERY, IN_ENUM, 0, 0, 0, statuses },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const edit_notes[] = { "saved", "created", "state",
    "outline", NULL };
const struct input course_edit_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, edit_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* The list and the recycle bin: column 9 says when it was deleted. */
#define LIST(bin) \
	"SELECT c.id, c.name, c.status, c.kind, c.required, c.credits, k.name, " \
	" DATE_FORMAT(c.updated_at, '%Y-%m-%d %H:%i:%s'), c.version, " \
	" DATE_FORMAT(c.deleted_at, '%Y-%m-%d %H:%i:%s'), b.name " \
	"FROM course c LEFT JOIN category k ON k.id = c.category_id " \
	"LEFT JOIN account b ON b.id = c.deleted_by " \
	"WHERE c.deleted_at IS " bin " AND" BUILDER_SQL \
	" AND (? IS NULL OR c.name LIKE CONCAT('%', ?, '%')) " \
	" AND (? IS NULL OR c.status = ?) " \
	"ORDER BY c.id DESC LIMIT 51 OFFSET ?"	/* PAGE_SIZE + 1 */
static struct stmt st_list = { .sql = LIST("NULL") };
static struct stmt st_bin = { .sql = LIST("NOT NULL") };
static struct stmt st_get = { .sql =
	"SELECT c.id, c.name, c.summary, c.objectives, c.outline, c.assessment, "
	" c.category_id, c.kind, IF(c.required, 'required', 'elective'), "
	" c.credits, c.hours, c.mode, DATE_FORMAT(c.starts_at, '%Y-%m-%dT%H:%i'), "
	" c.place, c.live_url, "
	" (SELECT GROUP_CONCAT(a.login ORDER BY a.login SEPARATOR ' ') "
	"  FROM course_lecturer l JOIN account a ON a.id = l.account_id "
	"  WHERE l.course_id = c.id), "
	" c.status, c.version, o.name, "
	" (SELECT GROUP_CONCAT(CONCAT(x.kind, ':', x.ref_id)) "
	"  FROM course_audience x WHERE x.course_id = c.id), c.cover_id, "
	" c.enrol_mode "
	"FROM course c LEFT JOIN account o ON o.id = c.owner_id "
	"WHERE c.id = ? AND c.deleted_at IS NULL AND" BUILDER_SQL };
static struct stmt st_reviews = { .sql =
	"SELECT DATE_FORMAT(r.at, '%Y-%m-%d %H:%i:%s'), a.name, r.from_state, "
	" r.to_state, r.reason FROM course_review r "
	"JOIN account a ON a.id = r.by_id WHERE r.course_id = ? "
	"ORDER BY r.id DESC LIMIT 20" };
static struct stmt st_reach = { .sql =
	"SELECT c.status FROM course c WHERE c.id = ? AND c.deleted_at IS NULL "
	"AND" BUILDER_SQL "FOR UPDATE" };
static struct stmt st_json = { .sql =
	"SELECT JSON_OBJECT('name', name, 'summary', summary, "
	" 'objectives', objectives, 'outline', outline, 'assessment', assessment, "
	" 'category', category_id, 'kind', kind, 'required', required, "
	" 'credits', credits, 'hours', hours, 'mode', mode, 'starts', starts_at, "
	" 'place', place, 'live_url', live_url, 'status', status, "
	" 'version', version, 'deleted', deleted_at, 'cover', cover_id, "
	" 'enrol', enrol_mode, "
	" 'lecturers', (SELECT GROUP_CONCAT(account_id ORDER BY account_id) "
	"  FROM course_lecturer WHERE course_id = course.id), "
	" 'audience', (SELECT GROUP_CONCAT(CONCAT(kind, ':', ref_id) "
	"  ORDER BY kind, ref_id) FROM course_audience WHERE course_id = course.id)) "
	"FROM course WHERE id = ?" };
static struct stmt st_insert = { .sql =
	"INSERT INTO course (name, summary, objectives, outline, assessment, "
	" category_id, kind, required, credits, hours, mode, starts_at, place, "
	" live_url, enrol_mode, owner_id) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ? = 'required', ?, ?, ?, ?, ?, ?, ?, ?)" };
static struct stmt st_update = { .sql =
	"UPDATE course SET name = ?, summary = ?, objectives = ?, outline = ?, "
	" assessment = ?, category_id = ?, kind = ?, required = (? = 'required'), "
	" credits = ?, hours = ?, mode = ?, starts_at = ?, place = ?, "
	" live_url = ?, enrol_mode = ?, version = version + (status = 'published') "
	"WHERE id = ?" };
static struct stmt st_cover_set = { .sql =
	"UPDATE course SET cover_id = ? WHERE id = ?" };
/* A published course keeps what it was before each edit. */
static struct stmt st_history = { .sql =
	"INSERT INTO course_history (course_id, version, by_id, snapshot) "
	"SELECT id, version, ?, ? FROM course WHERE id = ? AND status = 'published'" };
static struct stmt st_refs = { .sql =
	"SELECT (? IS NULL OR EXISTS (SELECT 1 FROM category WHERE id = ?)), "
	" (SELECT COUNT(*) FROM account a JOIN account_role r ON "
	"  r.account_id = a.id AND r.role = 'lecturer' "
	"  WHERE FIND_IN_SET(a.login, ?) AND a.status = 'active'), "
	" (SELECT COUNT(*) FROM dept WHERE FIND_IN_SET(id, ?)) "
	"  + (SELECT COUNT(*) FROM post WHERE FIND_IN_SET(id, ?)) "
	"  + (SELECT COUNT(*) FROM grp WHERE FIND_IN_SET(id, ?))" };
static struct stmt st_lect_del = { .sql =
	"DELETE FROM course_lecturer WHERE course_id = ?" };
static struct stmt st_lect_add = { .sql =
	"INSERT INTO course_lecturer (course_id, account_id) "
	"SELECT ?, a.id FROM account a JOIN account_role r ON "
	" r.account_id = a.id AND r.role = 'lecturer' WHERE FIND_IN_SET(a.login, ?)" };
static struct stmt st_aud_del = { .sql =
	"DELETE FROM course_audience WHERE course_id = ?" };
static struct stmt st_aud_add = { .sql =
	"INSERT INTO course_audience (course_id, kind, ref_id) "
	"SELECT ?, 'dept', id FROM dept WHERE FIND_IN_SET(id, ?) "
	"UNION ALL SELECT ?, 'post', id FROM post WHERE FIND_IN_SET(id, ?) "
	"UNION ALL SELECT ?, 'group', id FROM grp WHERE FIND_IN_SET(id, ?)" };

char *
course_json(struct ctx *c, long long id)
{
	return db_text(c->arena, &st_json, (struct db_param[1]){ DB_INT(id) }, 1);
}

int
course_reach(struct ctx *c, long long id, char status[16])
{
	struct db_param	p[4] = { DB_INT(id) };
	int		rc;

	builder_params(c, &p[1]);
	if ((rc = db_exec(&st_reach, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_reach)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	snprintf(status, 16, "%s", db_col(&st_reach, 0));
	db_done(&st_reach);
	return 0;
}

int
course_write_begin(struct ctx *c, long long id, char status[16])
{
	int rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = course_reach(c, id, status)) != 0)
		db_rollback();
	return rc;
}

int
course_write_end(struct ctx *c, const char *action, long long id,
    const char *before)
{
	const char	*after = course_json(c, id);
	int		 rc;

	if (after == NULL || (rc = audit_append(c, action, "course", id,
	    before, after)) != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(after == NULL ? DB_ERR : rc);
	}
	return 0;
}

int
to_course(struct ctx *c, long long id, const char *done)
{
	c->location = arena_printf(c->arena, "%s/courses/%lld?done=%s",
	    surface_bases[c->surface], id, done);
	return 303;
}

static int
list_show(struct ctx *c, const char *name, struct stmt *st)
{
	static const char *const attrs[] = { "id", NULL, "status", "kind",
	    "required", "credits", "category", NULL, "version", NULL, "by" };
	struct db_param	p[8];
	long long	page = c->in[2].s ? c->in[2].i : 1, rows = 0;
	xmlNodePtr	list, n;
	unsigned int	i;
	int		rc;

	if (page_begin(c, name) != 0)
		return 500;
	list = xml_add(c->root, "courses", NULL);
	xml_attr(list, "q", c->in[0].s);
	xml_attr(list, "status", c->in[1].s);
	builder_params(c, p);
	p[3] = p[4] = DB_OPT_TEXT(c->in[0].s);
	p[5] = p[6] = DB_OPT_TEXT(c->in[1].s);
	p[7] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(st, p, 8)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(st)) == 1) {
		if (++rows > PAGE_SIZE)
			continue;
		n = xml_add(list, "course", db_col(st, 1));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(st, i));
		xml_attr_time(n, "updated", db_col(st, 7));
		xml_attr_time(n, "deleted", db_col(st, 9));
	}
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, list, page, rows, PAGE_SIZE);
	return 200;
}

int
courses_list(struct ctx *c)
{
	return list_show(c, "courses", &st_list);
}

int
recycle_show(struct ctx *c)
{
	return list_show(c, "recycle", &st_bin);
}

static void
edit_fill(xmlNodePtr n)
{
	static const char *const attrs[] = { "id", "name", "summary",
	    "objectives", "outline", "assessment", "category", "kind", "type",
	    "credits", "hours", "mode", "starts", "place", "live_url",
	    "lecturers", "status", "version", "owner", "audience", "cover",
	    "enrol" };
	unsigned int i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		xml_attr(n, attrs[i], db_col(&st_get, i));
}

static int
reviews_add(xmlNodePtr course, long long id)
{
	static const char *const attrs[] = { NULL, "by", "from", "to", "reason" };
	struct db_param	p[1] = { DB_INT(id) };
	xmlNodePtr	l = xml_add(course, "reviews", NULL), n;
	unsigned int	i;
	int		rc;

	if ((rc = db_exec(&st_reviews, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_reviews)) == 1) {
		n = xml_add(l, "review", NULL);
		xml_attr_time(n, "at", db_col(&st_reviews, 0));
		for (i = 1; i < 5; i++)
			xml_attr(n, attrs[i], db_col(&st_reviews, i));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

/* The editor's lists: categories and the organisation for the audience. */
static int
pickers_add(struct ctx *c)
{
	const char	*scope = c->user.scope;
	int		 rc;

	if ((rc = categories_add(c)) != 200)
		return rc;
	/* Any part of the organisation may be a course's audience. */
	c->user.scope = "/";
	rc = org_lists_add(c, c->root);
	c->user.scope = scope;
	return rc;
}

int
course_edit(struct ctx *c)
{
	struct db_param	p[4] = { DB_INT(c->param[0]) };
	xmlNodePtr	n;
	int		rc;

	if (page_begin(c, "course-edit") != 0)
		return 500;
	builder_params(c, &p[1]);
	if ((rc = db_exec(&st_get, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_get)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	n = xml_add(c->root, "course-edit", NULL);
	edit_fill(n);
	db_done(&st_get);
	if (c->req->method == METHOD_GET)
		xml_attr(n, "done", c->in[0].s);
	if ((rc = outline_add(n, c->param[0])) != 200 ||
	    (rc = reviews_add(n, c->param[0])) != 200)
		return rc;
	return pickers_add(c);
}

int
course_new(struct ctx *c)
{
	if (page_begin(c, "course-edit") != 0)
		return 500;
	xml_add(c->root, "course-edit", NULL);
	return pickers_add(c);
}

/* Lecturer logins as "a,b": spaces, commas and 、 all separate them. */
static char *
logins_of(struct ctx *c, size_t *n)
{
	const char	*s = c->in[C_LECTURERS].s ? c->in[C_LECTURERS].s : "";
	char		*out = arena_alloc(c->arena, strlen(s) + 1), *o = out;

	*n = 0;
	if (out == NULL)
		return NULL;
	while (*s != '\0') {
		size_t len = strcspn(s, " ,\t\r\n");

		if (strncmp(s, "、", 3) == 0) {
			s += 3;
			continue;
		}
		if (len == 0) {
			s++;
			continue;
		}
		if (o != out)
			*o++ = ',';
		memcpy(o, s, len);
		o += len;
		s += len;
		(*n)++;
	}
	*o = '\0';
	return out;
}

/* Checks category, lecturers and audience exist; 0 or the form again. */
static int
refs_check(struct ctx *c, const char *logins, size_t nlogins,
    const char *const aud[3])
{
	struct db_param	p[6];
	int		rc, cat_ok, lect_ok, aud_ok;

	p[0] = p[1] = c->in[C_CAT].s ? DB_INT(c->in[C_CAT].i) : DB_NULLP;
	p[2] = DB_TEXT(logins);
	p[3] = DB_TEXT(aud[0]);
	p[4] = DB_TEXT(aud[1]);
	p[5] = DB_TEXT(aud[2]);
	if ((rc = db_exec(&st_refs, p, 6)) != DB_OK ||
	    (rc = db_fetch(&st_refs)) != 1)
		return db_http_status(rc < 0 ? rc : DB_ERR);
	cat_ok = db_col_int(&st_refs, 0) == 1;
	lect_ok = db_col_int(&st_refs, 1) == (long long)nlogins;
	aud_ok = db_col_int(&st_refs, 2) == (long long)(ids_count(aud[0]) +
	    ids_count(aud[1]) + ids_count(aud[2]));
	db_done(&st_refs);
	if (cat_ok && lect_ok && aud_ok)
		return 0;
	if (form_again(c) != 0)
		return 500;
	if (!cat_ok)
		xml_error(c, "category", "unknown");
	if (!lect_ok)
		xml_error(c, "lecturers", "not_lecturer");
	if (!aud_ok)
		xml_error(c, "audience", "unknown");
	return 400;
}

static void
fields_params(struct ctx *c, struct db_param p[C__N])
{
	unsigned int i;

	for (i = 0; i < C_LECTURERS; i++)
		p[i] = DB_OPT_TEXT(c->in[i].s);
	p[C_CAT] = c->in[C_CAT].s ? DB_INT(c->in[C_CAT].i) : DB_NULLP;
	p[C_LECTURERS] = DB_TEXT(c->in[C_ENROL].s ? c->in[C_ENROL].s : "open");
}

static int
links_write(long long id, const char *logins,
    const char *const aud[3])
{
	struct db_param	p[6] = { DB_INT(id), DB_TEXT(logins) };
	int		rc;

	if ((rc = db_exec(&st_lect_del, p, 1)) != DB_OK ||
	    (rc = db_exec(&st_lect_add, p, 2)) != DB_OK ||
	    (rc = db_exec(&st_aud_del, p, 1)) != DB_OK)
		return rc;
	p[1] = DB_TEXT(aud[0]);
	p[2] = p[4] = p[0];
	p[3] = DB_TEXT(aud[1]);
	p[5] = DB_TEXT(aud[2]);
	return db_exec(&st_aud_add, p, 6);
}

/* The cover image chosen on the form, stored: 0 with *fid (0 when none
 * was chosen), or the refusal. */
static int
cover_store(struct ctx *c, long long *fid)
{
	int rc;

	*fid = 0;
	/* 400 is file_store's "no file": a cover is optional. */
	if ((rc = file_store(c, "cover", KIND_BIT(KIND_IMAGE), fid)) == 400)
		return 0;
	return rc == 0 ? 0 : file_refuse(c, "cover", rc);
}

static int
cover_set(long long id, long long fid)
{
	if (fid == 0)
		return DB_OK;
	return db_exec(&st_cover_set, (struct db_param[2]){ DB_INT(fid),
	    DB_INT(id) }, 2);
}

/* What create and save share: the form's lists, read and checked. */
static int
form_read(struct ctx *c, const char **logins, const char *aud[3])
{
	size_t n;

	aud[0] = form_ids(c, "aud_dept", MAX_AUDIENCE);
	aud[1] = form_ids(c, "aud_post", MAX_AUDIENCE);
	aud[2] = form_ids(c, "aud_group", MAX_AUDIENCE);
	if ((*logins = logins_of(c, &n)) == NULL || aud[0] == NULL ||
	    aud[1] == NULL || aud[2] == NULL)
		return 400;
	if (strcmp(c->in[C_MODE].s, "online") != 0 &&
	    c->in[strcmp(c->in[C_MODE].s, "live") == 0 ? C_LIVE : C_STARTS].s ==
	    NULL) {
		/* A live room needs its link, a classroom its time. */
		return form_refuse(c, strcmp(c->in[C_MODE].s, "live") == 0 ?
		    "live_url" : "starts", "required", 400);
	}
	return refs_check(c, *logins, n, aud);
}

int
course_create(struct ctx *c)
{
	struct db_param	 p[C__N];
	const char	*logins, *aud[3];
	long long	 id, cover;
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = form_read(c, &logins, aud)) != 0 ||
	    (rc = cover_store(c, &cover)) != 0) {
		db_rollback();
		return rc;
	}
	fields_params(c, p);
	p[C_ENROL] = DB_INT(c->user.id);
	if ((rc = db_exec(&st_insert, p, C__N)) != DB_OK ||
	    (id = (long long)db_insert_id(&st_insert)) == 0 ||
	    (rc = links_write(id, logins, aud)) != DB_OK ||
	    (rc = cover_set(id, cover)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = course_write_end(c, "course.create", id, NULL)) != 0)
		return rc;
	return to_course(c, id, "created");
}

int
course_save(struct ctx *c)
{
	struct db_param	 p[C__N];
	const char	*logins, *aud[3], *before;
	char		 status[16];
	long long	 id = c->param[0], cover;
	int		 rc;

	if ((rc = course_write_begin(c, id, status)) != 0)
		return rc;
	if ((rc = form_read(c, &logins, aud)) != 0 ||
	    (rc = cover_store(c, &cover)) != 0) {
		db_rollback();
		return rc;
	}
	fields_params(c, p);
	p[C_ENROL] = DB_INT(id);
	if ((before = course_json(c, id)) == NULL)
		rc = DB_ERR;
	else if ((rc = db_exec(&st_history, (struct db_param[3]){
	    DB_INT(c->user.id), DB_TEXT(before), DB_INT(id) }, 3)) == DB_OK &&
	    (rc = db_exec(&st_update, p, C__N)) == DB_OK &&
	    (rc = links_write(id, logins, aud)) == DB_OK)
		rc = cover_set(id, cover);
	if (rc != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = course_write_end(c, "course.update", id, before)) != 0)
		return rc;
	return to_course(c, id, "saved");
}
