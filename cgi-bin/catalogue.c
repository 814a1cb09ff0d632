/* catalogue.c - the learner's catalogue: browse, search, filter and sort the courses meant for them. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "courses.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE 20

static const char *const kinds[] = { "external", "general", "post", NULL };
static const char *const types[] = { "required", "elective", NULL };
static const char *const sorts[] = { "new", "popular", "rating", NULL };
static const char *const yes[] = { "1", NULL };

const struct input catalogue_inputs[] = {
	{ "q", IN_QUERY, IN_TEXT, 0, 1, 64, NULL },
	{ "cat", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "kind", IN_QUERY, IN_ENUM, 0, 0, 0, kinds },
	{ "type", IN_QUERY, IN_ENUM, 0, 0, 0, types },
	{ "credits", IN_QUERY, IN_INT, 0, 0, 100, NULL },
	{ "mine", IN_QUERY, IN_ENUM, 0, 0, 0, yes },
	{ "sort", IN_QUERY, IN_ENUM, 0, 0, 0, sorts },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { Q, CAT, KIND, TYPE, CREDITS, MINE, SORT, PAGE };

/* Each filter is "? IS NULL OR ...", so one statement serves them all;
 * one statement per order, so "newest" and "popular" walk an index and
 * stop after the page. "For me" (the first ?) keeps only the courses
 * whose audience names the learner: AUDIENCE_SQL without its "no
 * audience" half, so the audience list is matched once either way. */
#define CATALOGUE(order) \
	"SELECT c.id, c.name, LEFT(c.summary, 120), c.kind, c.required, " \
	" c.credits, c.hours, c.learners, " \
	" IF(c.rating_n, ROUND(c.rating_sum / c.rating_n, 1), NULL), c.rating_n, " \
	" k.name, c.mode " \
	"FROM course c LEFT JOIN category k ON k.id = c.category_id " \
	"WHERE c.status = 'published' AND c.deleted_at IS NULL " \
	" AND ((? IS NULL AND NOT EXISTS (SELECT 1 FROM course_audience x " \
	"  WHERE x.course_id = c.id)) OR" AUDIENCE_MATCH ") " \
	" AND (? IS NULL OR c.name LIKE ? OR c.summary LIKE ?) " \
	" AND (? IS NULL OR k.path LIKE CONCAT((SELECT path FROM category " \
	"  WHERE id = ?), '%')) " \
	" AND (? IS NULL OR c.kind = ?) " \
	" AND (? IS NULL OR c.required = (? = 'required')) " \
	" AND (? IS NULL OR c.credits >= ?) " \
	"ORDER BY " order " LIMIT 21 OFFSET ?"	/* PAGE_SIZE + 1 */
static struct stmt st_new = { .sql =
	CATALOGUE("c.published_at DESC, c.id DESC") };
static struct stmt st_popular = { .sql =
	CATALOGUE("c.learners DESC, c.id DESC") };
static struct stmt st_rating = { .sql =
	CATALOGUE("c.rating_sum / GREATEST(c.rating_n, 1) DESC, c.rating_n DESC, "
	"c.id DESC") };
static struct stmt st_categories = { .sql =
	"SELECT id, name, path FROM category ORDER BY path, pos" };
static struct stmt st_visible = { .sql =
	"SELECT 1 FROM course c WHERE c.id = ? AND" VISIBLE_SQL };
/* The courses c builds, for pickers and to check a form's choice. */
static struct stmt st_built = { .sql =
	"SELECT c.id, c.name FROM course c WHERE c.deleted_at IS NULL AND"
	BUILDER_SQL "ORDER BY c.name LIMIT 1000" };
static struct stmt st_built_one = { .sql =
	"SELECT 1 FROM course c WHERE c.id = ? AND c.deleted_at IS NULL AND"
	BUILDER_SQL };

void
builder_params(const struct ctx *c, struct db_param p[3])
{
	p[0] = DB_INT((c->user.roles & ROLE_BIT(ROLE_ADMIN)) != 0);
	p[1] = p[2] = DB_INT(c->user.id);
}

void
own_or_built_params(const struct ctx *c, struct db_param p[4])
{
	p[0] = DB_INT(c->user.id);
	builder_params(c, &p[1]);
}

int
course_visible(struct ctx *c, long long id)
{
	struct db_param	p[5] = { DB_INT(id), DB_INT(c->user.id) };
	int		rc;

	builder_params(c, &p[2]);
	if ((rc = db_exec(&st_visible, p, 5)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_visible)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	db_done(&st_visible);
	return 0;
}

int
built_courses_add(struct ctx *c, xmlNodePtr parent)
{
	static const char *const attrs[] = { "id" };
	struct db_param	p[3];
	long long	rc;

	builder_params(c, p);
	if ((rc = db_exec(&st_built, p, 3)) != DB_OK ||
	    (rc = xml_rows(xml_add(parent, "courses", NULL), "course",
	    &st_built, 1, attrs, 1, 1000)) < 0)
		return db_http_status((int)rc);
	return 200;
}

int
built_course_check(struct ctx *c, long long id, const char *field)
{
	struct db_param	p[4] = { DB_INT(id) };
	int		rc;

	builder_params(c, &p[1]);
	if ((rc = db_exec(&st_built_one, p, 4)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_built_one)) != 1)
		return rc == 0 ? form_refuse(c, field, "unknown", 400) :
		    db_http_status(rc);
	db_done(&st_built_one);
	return 0;
}

static int
catalogue_query(struct ctx *c, long long page, struct stmt **out)
{
	struct stmt	*st = &st_new;
	struct db_param	 p[16];
	const char	*like = c->in[Q].s ? db_like(c->arena, c->in[Q].s, 0) : NULL;

	if (c->in[SORT].s != NULL && strcmp(c->in[SORT].s, "popular") == 0)
		st = &st_popular;
	else if (c->in[SORT].s != NULL && strcmp(c->in[SORT].s, "rating") == 0)
		st = &st_rating;
	p[0] = in_param(&c->in[MINE], 0);
	p[1] = DB_INT(c->user.id);
	p[2] = in_param(&c->in[Q], 0);
	p[3] = p[4] = DB_OPT_TEXT(like);
	p[5] = p[6] = in_param(&c->in[CAT], 1);
	p[7] = p[8] = in_param(&c->in[KIND], 0);
	p[9] = p[10] = in_param(&c->in[TYPE], 0);
	p[11] = p[12] = in_param(&c->in[CREDITS], 1);
	p[13] = DB_INT((page - 1) * PAGE_SIZE);
	*out = st;
	return db_exec(st, p, 14);
}

/*
 * The category tree changes seldom and every catalogue page shows it, so
 * each worker keeps a copy for learners' pages for CATEGORY_TTL seconds:
 * one round trip less per page.
 */
#define CATEGORY_TTL	10

struct category_row {
	char	*id, *name, *path;
};
static struct category_row	*cats;
static size_t			 ncats;
static time_t			 cats_at;

void
categories_invalidate(void)
{
	cats_at = 0;
}

static void
cats_free(void)
{
	size_t i;

	for (i = 0; i < ncats; i++) {
		free(cats[i].id);
		free(cats[i].name);
		free(cats[i].path);
	}
	free(cats);
	cats = NULL;
	ncats = 0;
}

/* Reads the tree into the cache; DB_OK or the db error (cache emptied). */
static int
cats_read(void)
{
	struct category_row	*r;
	size_t			 cap = 0;
	int			 rc;

	cats_free();
	if ((rc = db_exec(&st_categories, NULL, 0)) != DB_OK)
		return rc;
	while ((rc = db_fetch(&st_categories)) == 1) {
		if (ncats == cap) {
			cap = cap ? cap * 2 : 32;
			if ((r = realloc(cats, cap * sizeof(*r))) == NULL)
				break;
			cats = r;
		}
		r = &cats[ncats++];
		r->id = strdup(db_col(&st_categories, 0));
		r->name = strdup(db_col(&st_categories, 1));
		r->path = strdup(db_col(&st_categories, 2));
		if (r->id == NULL || r->name == NULL || r->path == NULL)
			break;
	}
	if (rc != 0) {
		db_done(&st_categories);
		cats_free();
		return rc < 0 ? rc : DB_ERR;
	}
	cats_at = time(NULL);
	return DB_OK;
}

int
categories_add(struct ctx *c)
{
	xmlNodePtr	l = xml_add(c->root, "categories", NULL), n;
	size_t		i;
	int		rc;

	/* The back office sees a change at once: it may have just made it. */
	if ((c->surface == SURF_ADMIN || time(NULL) - cats_at >= CATEGORY_TTL) &&
	    (rc = cats_read()) != DB_OK)
		return db_http_status(rc);
	for (i = 0; i < ncats; i++) {
		n = xml_add(l, "category", cats[i].name);
		xml_attr(n, "id", cats[i].id);
		xml_attr(n, "path", cats[i].path);
	}
	return 200;
}

int
catalogue_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, NULL, "kind",
	    "required", "credits", "hours", "learners", "rating", "ratings",
	    "category", "mode" };
	long long	 page = c->in[PAGE].s ? c->in[PAGE].i : 1, rows = 0;
	struct stmt	*st;
	xmlNodePtr	 list, n;
	unsigned int	 i;
	int		 rc;

	if (page_begin(c, "catalogue") != 0)
		return 500;
	list = xml_add(c->root, "catalogue", NULL);
	for (i = Q; i < PAGE; i++)
		xml_attr(list, catalogue_inputs[i].name, c->in[i].s);
	if ((rc = catalogue_query(c, page, &st)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(st)) == 1) {
		if (++rows > PAGE_SIZE)
			continue;
		n = xml_add(list, "course", NULL);
		xml_add(n, "name", db_col(st, 1));
		xml_add(n, "summary", db_col(st, 2));
		for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(st, i));
	}
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, list, page, rows, PAGE_SIZE);
	return categories_add(c);
}
