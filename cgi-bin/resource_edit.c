/* resource_edit.c - the back office's resource library: list, upload, edit, new versions with history. */
#include <string.h>

#include "audit.h"
#include "courses.h"
#include "files.h"
#include "pages.h"
#include "resources.h"
#include "xml.h"

#define PAGE_SIZE	50

static const char *const statuses[] = { "draft", "review", "published",
    "returned", "deleted", NULL };
static const char *const sorts[] = { "new", "title", "downloads", NULL };

const struct input resources_inputs[] = {
	{ "q", IN_QUERY, IN_TEXT, 0, 1, 64, NULL },
	{ "cat", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "status", IN_QUERY, IN_ENUM, 0, 0, 0, statuses },
	{ "sort", IN_QUERY, IN_ENUM, 0, 0, 0, sorts },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { L_Q, L_CAT, L_STATUS, L_SORT, L_PAGE };
/* The metadata, on upload and on the editor alike. */
const struct input resource_inputs[] = {
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL },
	{ "summary", IN_BODY, IN_TEXT, 0, 1, 2000, NULL },
	{ "category", IN_BODY, IN_INT, 1, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { M_TITLE, M_SUMMARY, M_CAT };
static const char *const edit_notes[] = { "created", "saved", "replaced",
    "state", "restored", NULL };
const struct input resource_edit_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, edit_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* The status filter: "deleted" lists the deleted ones (the recycle bin),
 * any other status the live ones in it. */
#define LIST(order) \
	"SELECT" RESOURCE_COLS("LEFT(r.summary, 120)") RESOURCE_FROM \
	"WHERE" OWNER_SQL FILTER_SQL \
	" AND (IFNULL(?, '') = 'deleted') = (r.deleted_at IS NOT NULL) " \
	" AND (? IS NULL OR ? = 'deleted' OR r.status = ?) " \
	"ORDER BY " order " LIMIT 51 OFFSET ?"	/* PAGE_SIZE + 1 */
static struct stmt st_list_new = { .sql = LIST("r.id DESC") };
static struct stmt st_list_title = { .sql = LIST("r.title, r.id") };
static struct stmt st_list_downloads = { .sql =
	LIST("r.downloads DESC, r.id DESC") };
/* The editor shows a deleted one too, for the admin to restore. */
static struct stmt st_get = { .sql =
	"SELECT" RESOURCE_COLS("r.summary") RESOURCE_FROM
	"WHERE r.id = ? AND" OWNER_SQL };
static struct stmt st_versions = { .sql =
	"SELECT x.version, x.title, k.name, f.kind, f.size, f.name, m.name, "
	" DATE_FORMAT(x.made_at, '%Y-%m-%d %H:%i:%s'), b.name, "
	" DATE_FORMAT(x.replaced_at, '%Y-%m-%d %H:%i:%s') "
	"FROM resource_version x JOIN file f ON f.id = x.file_id "
	"JOIN account m ON m.id = x.made_by JOIN account b ON b.id = x.replaced_by "
	"LEFT JOIN category k ON k.id = x.category_id "
	"WHERE x.resource_id = ? ORDER BY x.version DESC" };
static struct stmt st_version_file = { .sql =
	"SELECT x.file_id FROM resource_version x "
	"JOIN resource r ON r.id = x.resource_id "
	"WHERE x.resource_id = ? AND x.version = ? AND" OWNER_SQL };
static struct stmt st_reach = { .sql =
	"SELECT r.status, r.deleted_at IS NOT NULL FROM resource r "
	"WHERE r.id = ? AND" OWNER_SQL "FOR UPDATE" };
static struct stmt st_json = { .sql =
	"SELECT JSON_OBJECT('title', title, 'summary', summary, "
	" 'category', category_id, 'file', file_id, 'uploader', uploader_id, "
	" 'status', status, 'reason', reason, 'version', version, "
	" 'published', published_at, 'deleted', deleted_at) "
	"FROM resource WHERE id = ?" };
static struct stmt st_category = { .sql =
	"SELECT 1 FROM category WHERE id = ?" };
static struct stmt st_insert = { .sql =
	"INSERT INTO resource (title, summary, category_id, file_id, uploader_id, "
	" version_by) VALUES (?, ?, ?, ?, ?, ?)" };
/*
 * A new version: the one before it kept as it was, unless nothing would
 * change (NULL keeps a field as it is). Then the row itself, counted up;
 * a published resource changed by its lecturer goes back to review, since
 * what the admin approved is no longer what it holds.
 */
static struct stmt st_keep = { .sql =
	"INSERT INTO resource_version (resource_id, version, title, summary, "
	" category_id, file_id, made_by, made_at, replaced_by) "
	"SELECT id, version, title, summary, category_id, file_id, version_by, "
	" version_at, ? FROM resource WHERE id = ? AND NOT ("
	" title <=> COALESCE(?, title) AND summary <=> COALESCE(?, summary) "
	" AND category_id <=> COALESCE(?, category_id) "
	" AND file_id <=> COALESCE(?, file_id))" };
static struct stmt st_update = { .sql =
	"UPDATE resource SET title = COALESCE(?, title), "
	" summary = COALESCE(?, summary), category_id = COALESCE(?, category_id), "
	" file_id = COALESCE(?, file_id), version = version + 1, version_by = ?, "
	" version_at = UTC_TIMESTAMP(), "
	" status = IF(status = 'published' AND NOT ?, 'review', status) "
	"WHERE id = ?" };

static char *
resource_json(struct ctx *c, long long id)
{
	return db_text(c->arena, &st_json, (struct db_param[1]){ DB_INT(id) },
	    1);
}

int
resource_lock(struct ctx *c, long long id, struct res_lock *out,
    const char **before)
{
	struct db_param	p[3] = { DB_INT(id) };
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	owner_params(c, &p[1]);
	if ((rc = db_exec(&st_reach, p, 3)) != DB_OK ||
	    (rc = db_fetch(&st_reach)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : db_http_status(rc);
	}
	snprintf(out->status, sizeof(out->status), "%s", db_col(&st_reach, 0));
	out->deleted = db_col_int(&st_reach, 1) != 0;
	db_done(&st_reach);
	if ((*before = resource_json(c, id)) == NULL) {
		db_rollback();
		return 500;
	}
	return 0;
}

int
resource_write_end(struct ctx *c, const char *action, long long id,
    const char *before)
{
	const char	*after = resource_json(c, id);
	int		 rc;

	if (after == NULL || (rc = audit_append(c, action, "resource", id,
	    before, after)) != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(after == NULL ? DB_ERR : rc);
	}
	return 0;
}

int
to_resource(struct ctx *c, long long id, const char *done)
{
	c->location = arena_printf(c->arena, "%s/resources/%lld?done=%s",
	    surface_bases[c->surface], id, done);
	return 303;
}

static struct stmt *
list_order(const char *sort)
{
	if (sort != NULL && strcmp(sort, "title") == 0)
		return &st_list_title;
	if (sort != NULL && strcmp(sort, "downloads") == 0)
		return &st_list_downloads;
	return &st_list_new;
}

int
resources_list(struct ctx *c)
{
	struct db_param	 p[12];
	long long	 page = c->in[L_PAGE].s ? c->in[L_PAGE].i : 1;
	xmlNodePtr	 list;
	int		 rc;

	if ((list = resource_list_begin(c, "resource-list", &p[2])) == NULL)
		return 500;
	owner_params(c, p);
	p[7] = p[8] = p[9] = p[10] = DB_OPT_TEXT(c->in[L_STATUS].s);
	p[11] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = resource_list_read(c, list, list_order(c->in[L_SORT].s), p,
	    12, page, PAGE_SIZE)) != 200)
		return rc;
	return categories_add(c);
}

static int
versions_add(xmlNodePtr parent, long long id)
{
	static const char *const attrs[] = { "version", NULL, "category",
	    "file-kind", "size", "file-name", "made-by", NULL, "replaced-by" };
	xmlNodePtr	l = xml_add(parent, "versions", NULL), n;
	unsigned int	i;
	int		rc;

	if ((rc = db_exec(&st_versions, (struct db_param[1]){ DB_INT(id) },
	    1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_versions)) == 1) {
		n = xml_add(l, "version", db_col(&st_versions, 1));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_versions, i));
		xml_attr_time(n, "made-at", db_col(&st_versions, 7));
		xml_attr_time(n, "replaced-at", db_col(&st_versions, 9));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
resource_edit(struct ctx *c)
{
	struct db_param	p[3] = { DB_INT(c->param[0]) };
	xmlNodePtr	edit, n;
	int		rc;

	if (page_begin(c, "resource-edit") != 0)
		return 500;
	owner_params(c, &p[1]);
	if ((rc = db_exec(&st_get, p, 3)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_get)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	edit = xml_add(c->root, "resource-edit", NULL);
	n = resource_add(edit, &st_get);
	db_done(&st_get);
	if (c->req->method == METHOD_GET)
		xml_attr(n, "done", c->in[0].s);
	if ((rc = versions_add(edit, c->param[0])) != 200)
		return rc;
	return categories_add(c);
}

int
resource_new(struct ctx *c)
{
	if (page_begin(c, "resource-edit") != 0)
		return 500;
	xml_add(c->root, "resource-edit", NULL);
	return categories_add(c);
}

/* 0 when the chosen category exists; else the form again (400) or a db
 * status, rolled back. */
static int
category_check(struct ctx *c)
{
	struct db_param	p[1] = { DB_INT(c->in[M_CAT].i) };
	int		rc;

	if ((rc = db_exec(&st_category, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_category)) < 0) {
		db_rollback();
		return db_http_status(rc);
	}
	if (rc == 1) {
		db_done(&st_category);
		return 0;
	}
	return form_refuse(c, "category", "unknown", 400);
}

/* The upload: metadata checked, file stored (its content decides its
 * kind: 415 when it is none of RESOURCE_KINDS or not what its name says,
 * 413 when too big), the row written as a draft; one transaction. */
int
resource_create(struct ctx *c)
{
	long long	fid, id;
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = category_check(c)) != 0)
		return rc;
	if ((rc = file_store(c, "file", RESOURCE_KINDS, &fid)) != 0) {
		db_rollback();
		return file_refuse(c, "file", rc);
	}
	if ((rc = db_exec(&st_insert, (struct db_param[6]){
	    DB_TEXT(c->in[M_TITLE].s), DB_TEXT(c->in[M_SUMMARY].s ?
	    c->in[M_SUMMARY].s : ""), DB_INT(c->in[M_CAT].i), DB_INT(fid),
	    DB_INT(c->user.id), DB_INT(c->user.id) }, 6)) != DB_OK ||
	    (id = (long long)db_insert_id(&st_insert)) == 0) {
		db_rollback();
		return db_http_status(rc == DB_OK ? DB_ERR : rc);
	}
	if ((rc = resource_write_end(c, "resource.create", id, NULL)) != 0)
		return rc;
	return to_resource(c, id, "created");
}

/* Keeps the version before and writes the new one (p: title, summary,
 * category, file, NULL for unchanged); DB_OK, with *changed 0 when there
 * was nothing to change, or a db error. */
static int
version_write(struct ctx *c, long long id, const struct db_param v[4],
    int *changed)
{
	struct db_param	p[7] = { DB_INT(c->user.id), DB_INT(id) };
	int		rc;

	memcpy(&p[2], v, 4 * sizeof(*v));
	if ((rc = db_exec(&st_keep, p, 6)) != DB_OK)
		return rc;
	if ((*changed = db_affected(&st_keep) != 0) == 0)
		return DB_OK;
	memcpy(p, v, 4 * sizeof(*v));
	p[4] = DB_INT(c->user.id);
	p[5] = DB_INT((c->user.roles & ROLE_BIT(ROLE_ADMIN)) != 0);
	p[6] = DB_INT(id);
	return db_exec(&st_update, p, 7);
}

/* Locks the resource for a change of its content: 0 with *before, or the
 * answer (rolled back): 404 out of reach, 409 when deleted. */
static int
content_lock(struct ctx *c, long long id, const char **before)
{
	struct res_lock	l;
	int		rc;

	if ((rc = resource_lock(c, id, &l, before)) != 0)
		return rc;
	return l.deleted ? form_refuse(c, "action", "resource_deleted",
	    409) : 0;
}

int
resource_save(struct ctx *c)
{
	struct db_param	 v[4];
	const char	*before;
	long long	 id = c->param[0];
	int		 rc, changed;

	if ((rc = content_lock(c, id, &before)) != 0 ||
	    (rc = category_check(c)) != 0)
		return rc;
	v[0] = DB_TEXT(c->in[M_TITLE].s);
	v[1] = DB_TEXT(c->in[M_SUMMARY].s ? c->in[M_SUMMARY].s : "");
	v[2] = DB_INT(c->in[M_CAT].i);
	v[3] = DB_NULLP;
	if ((rc = version_write(c, id, v, &changed)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	/* Saving what is there already is no new version and no entry. */
	if (!changed) {
		db_rollback();
		return to_resource(c, id, "saved");
	}
	if ((rc = resource_write_end(c, "resource.update", id, before)) != 0)
		return rc;
	return to_resource(c, id, "saved");
}

/* A new file: always a new version, the one before kept with its file. */
int
resource_replace(struct ctx *c)
{
	struct db_param	 v[4] = { DB_NULLP, DB_NULLP, DB_NULLP };
	const char	*before;
	long long	 id = c->param[0], fid;
	int		 rc, changed;

	if ((rc = content_lock(c, id, &before)) != 0)
		return rc;
	if ((rc = file_store(c, "file", RESOURCE_KINDS, &fid)) != 0) {
		db_rollback();
		return file_refuse(c, "file", rc);
	}
	v[3] = DB_INT(fid);
	if ((rc = version_write(c, id, v, &changed)) != DB_OK || !changed) {
		db_rollback();
		return db_http_status(rc == DB_OK ? DB_ERR : rc);
	}
	if ((rc = resource_write_end(c, "resource.replace", id, before)) != 0)
		return rc;
	return to_resource(c, id, "replaced");
}

/* An earlier version's file, for those who change the resource. */
int
resource_version_file(struct ctx *c)
{
	struct db_param	p[4] = { DB_INT(c->param[0]), DB_INT(c->param[1]) };

	owner_params(c, &p[2]);
	return resource_file_send(c, &st_version_file, p, 4);
}
