/* resource_page.c - the resource library for learners: browse, search, a resource's page, its download. */
#include <string.h>

#include "courses.h"
#include "files.h"
#include "pages.h"
#include "resources.h"
#include "xml.h"

#define PAGE_SIZE	20

static const char *const sorts[] = { "new", "popular", NULL };

const struct input resource_browse_inputs[] = {
	{ "q", IN_QUERY, IN_TEXT, 0, 1, 64, NULL },
	{ "cat", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "sort", IN_QUERY, IN_ENUM, 0, 0, 0, sorts },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { B_Q, B_CAT, B_SORT, B_PAGE };

/* One statement per order, so each walks its index (resource_new,
 * resource_popular) and stops after the page. */
#define BROWSE(order) \
	"SELECT" RESOURCE_COLS("LEFT(r.summary, 120)") RESOURCE_FROM \
	"WHERE r.status = 'published' AND r.deleted_at IS NULL" FILTER_SQL \
	"ORDER BY " order " LIMIT 21 OFFSET ?"	/* PAGE_SIZE + 1 */
static struct stmt st_new = { .sql =
	BROWSE("r.published_at DESC, r.id DESC") };
static struct stmt st_popular = { .sql =
	BROWSE("r.downloads DESC, r.id DESC") };
static struct stmt st_one = { .sql =
	"SELECT" RESOURCE_COLS("r.summary") RESOURCE_FROM
	"WHERE r.id = ? AND" SEEN_SQL };
static struct stmt st_file = { .sql =
	"SELECT r.file_id FROM resource r WHERE r.id = ? AND" SEEN_SQL };
/* Only what learners download counts; previews by its owners do not. */
static struct stmt st_count = { .sql =
	"UPDATE resource SET downloads = downloads + 1 WHERE id = ? "
	"AND status = 'published' AND deleted_at IS NULL" };

void
owner_params(const struct ctx *c, struct db_param p[2])
{
	p[0] = DB_INT((c->user.roles & ROLE_BIT(ROLE_ADMIN)) != 0);
	p[1] = DB_INT(c->user.id);
}

xmlNodePtr
resource_add(xmlNodePtr parent, struct stmt *st)
{
	static const char *const attrs[] = { "id", NULL, "category-id",
	    "category", "status", "reason", "version", "downloads", "uploader",
	    "uploader-id", NULL, NULL, NULL, "version-by", NULL, "deleted-by",
	    NULL, "file-kind", "size", "file-name" };
	static const char *const times[] = { "created", "published",
	    "version-at", "deleted", "updated" };
	static const unsigned int time_cols[] = { 10, 11, 12, 14, 16 };
	xmlNodePtr	n = xml_add(parent, "resource", NULL);
	unsigned int	i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	for (i = 0; i < sizeof(times) / sizeof(times[0]); i++)
		xml_attr_time(n, times[i], db_col(st, time_cols[i]));
	xml_add(n, "title", db_col(st, 1));
	xml_add(n, "summary", db_col(st, 20));
	return n;
}

int
resource_list_read(struct ctx *c, xmlNodePtr list, struct stmt *st,
    const struct db_param *p, unsigned int np, long long page,
    long long page_size)
{
	long long	rows = 0;
	int		rc;

	if ((rc = db_exec(st, p, np)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(st)) == 1)
		if (++rows <= page_size)
			resource_add(list, st);
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, list, page, rows, page_size);
	return 200;
}

xmlNodePtr
resource_list_begin(struct ctx *c, const char *name, struct db_param p[5])
{
	const struct input	*in = c->route->inputs;
	const char		*like = NULL;
	xmlNodePtr		 list;
	unsigned int		 i;

	if (page_begin(c, name) != 0)
		return NULL;
	list = xml_add(c->root, "resources", NULL);
	for (i = 0; in[i].name != NULL && strcmp(in[i].name, "page") != 0; i++)
		xml_attr(list, in[i].name, c->in[i].s);
	if (c->in[0].s != NULL &&
	    (like = db_like(c->arena, c->in[0].s, 0)) == NULL)
		return NULL;
	p[0] = DB_OPT_TEXT(c->in[0].s);
	p[1] = p[2] = DB_OPT_TEXT(like);
	p[3] = p[4] = c->in[1].s ? DB_INT(c->in[1].i) : DB_NULLP;
	return list;
}

int
resource_browse(struct ctx *c)
{
	struct stmt	*st = &st_new;
	struct db_param	 p[6];
	long long	 page = c->in[B_PAGE].s ? c->in[B_PAGE].i : 1;
	xmlNodePtr	 list;
	int		 rc;

	if ((list = resource_list_begin(c, "resources", p)) == NULL)
		return 500;
	if (c->in[B_SORT].s != NULL && strcmp(c->in[B_SORT].s, "popular") == 0)
		st = &st_popular;
	p[5] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = resource_list_read(c, list, st, p, 6, page, PAGE_SIZE)) != 200)
		return rc;
	return categories_add(c);
}

int
resource_show(struct ctx *c)
{
	struct db_param	p[3] = { DB_INT(c->param[0]) };
	int		rc;

	if (page_begin(c, "resource") != 0)
		return 500;
	owner_params(c, &p[1]);
	if ((rc = db_exec(&st_one, p, 3)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_one)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	resource_add(c->root, &st_one);
	db_done(&st_one);
	return 200;
}

int
resource_file_send(struct ctx *c, struct stmt *st, const struct db_param *p,
    unsigned int np)
{
	long long	fid;
	int		rc;

	if ((rc = db_exec(st, p, np)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(st)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	fid = db_col_int(st, 0);
	db_done(st);
	return file_send(c, fid, 1);
}

/* The file itself, as a download through nginx, to whoever may see the
 * resource. A published one counts the download in the same request:
 * counting first is safe, as every one signed in sees a published one. */
int
resource_download(struct ctx *c)
{
	struct db_param	p[3] = { DB_INT(c->param[0]) };
	int		rc;

	/* One statement, its own transaction; HEAD fetches nothing. */
	if (c->req->method == METHOD_GET && (rc = db_exec(&st_count, p, 1)) !=
	    DB_OK)
		return db_http_status(rc);
	owner_params(c, &p[1]);
	return resource_file_send(c, &st_file, p, 3);
}
