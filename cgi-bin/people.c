/* people.c - the back office's people list: search, filters, pages, all within scope. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pages.h"
#include "people.h"
#include "xml.h"

#define PAGE_SIZE 50
#define LISTS_TTL 10

static const char *const roles[] = { "learner", "lecturer", "mentor",
    "officer", "head", "admin", NULL };
static const char *const statuses[] = { "active", "suspended", "pending",
    "rejected", NULL };

const struct input people_inputs[] = {
	{ "q", IN_QUERY, IN_TEXT, 0, 1, 64, NULL },
	{ "dept", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "post", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "group", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "role", IN_QUERY, IN_ENUM, 0, 0, 0, roles },
	{ "status", IN_QUERY, IN_ENUM, 0, 0, 0, statuses },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* Accounts are read in primary-key order and joined to their department,
 * so the page stops after its rows; left to itself the optimiser starts
 * from the departments and sorts every account in scope. Nothing counts
 * every match: one row beyond the page tells whether another follows. */
#define PEOPLE_SELECT \
	"SELECT STRAIGHT_JOIN a.id, a.login, a.name, a.emp_no, d.name, p.name, " \
	" a.status, a.muted " \
	"FROM account a JOIN dept d ON d.id = a.dept_id " \
	"LEFT JOIN post p ON p.id = a.post_id " \
	"WHERE" SCOPE_SQL
#define PEOPLE_PAGE \
	"ORDER BY a.id LIMIT 51 OFFSET ?"	/* PAGE_SIZE + 1 */

/* A filter left empty matches everyone: each test is "? IS NULL OR ...". */
#define PEOPLE_FILTERS \
	" AND (? IS NULL OR a.name LIKE ? OR a.login LIKE ? OR a.emp_no = ?) " \
	" AND (? IS NULL OR d.path LIKE CONCAT((SELECT path FROM dept " \
	"  WHERE id = ?), '%')) " \
	" AND (? IS NULL OR a.post_id = ?) " \
	" AND (? IS NULL OR EXISTS (SELECT 1 FROM account_group ag " \
	"  WHERE ag.account_id = a.id AND ag.grp_id = ?)) " \
	" AND (? IS NULL OR (? = 'learner' AND NOT EXISTS (SELECT 1 " \
	"  FROM account_role r WHERE r.account_id = a.id)) OR EXISTS (SELECT 1 " \
	"  FROM account_role r WHERE r.account_id = a.id AND r.role = ?)) " \
	" AND (? IS NULL OR a.status = ?) "

static struct stmt st_list = { .sql =
	PEOPLE_SELECT PEOPLE_FILTERS PEOPLE_PAGE };
/* The list as it first opens, unfiltered: the optimiser spends more on
 * the filters' subqueries than the page costs to read, even when every
 * filter is empty, so that case has a statement without them. */
static struct stmt st_all = { .sql =
	PEOPLE_SELECT PEOPLE_PAGE };

/*
 * The filters' lists (departments in scope, posts, groups) change seldom
 * and every page of the list shows them, so each worker keeps those of
 * the last scope it showed for LISTS_TTL seconds: one round trip less
 * per page. They are held as a document of their own, outside the
 * request's memory, and copied into each page.
 */
static xmlDocPtr	 lists;
static char		*lists_scope;
static time_t		 lists_at;

/* Reads c's lists into the cache; 200, or the db error's status (cache
 * emptied). */
static int
lists_read(struct ctx *c)
{
	int	was = xml_mem_hold(0), rc = 500;

	xmlFreeDoc(lists);
	free(lists_scope);
	lists_scope = strdup(c->user.scope);
	if ((lists = xmlNewDoc(BAD_CAST "1.0")) != NULL && lists_scope != NULL) {
		xmlDocSetRootElement(lists, xmlNewDocNode(lists, NULL,
		    BAD_CAST "lists", NULL));
		rc = org_lists_add(c, xmlDocGetRootElement(lists));
	}
	xml_mem_hold(was);
	if (rc != 200) {
		xmlFreeDoc(lists);
		lists = NULL;
		return rc;
	}
	lists_at = time(NULL);
	return 200;
}

/* Adds <depts>, <posts> and <groups> as org_lists_add does. */
static int
lists_add(struct ctx *c)
{
	xmlNodePtr	n;
	int		rc;

	if ((lists == NULL || time(NULL) - lists_at >= LISTS_TTL ||
	    strcmp(lists_scope, c->user.scope) != 0) &&
	    (rc = lists_read(c)) != 200)
		return rc;
	for (n = xmlDocGetRootElement(lists)->children; n != NULL; n = n->next)
		xmlAddChild(c->root, xmlDocCopyNode(n, c->doc, 1));
	return 200;
}

/* Logins are ASCII, and comparing one with other text is an error. */
static int
ascii(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* Runs the page's statement into *st; DB_OK or the db error. */
static int
people_query(struct ctx *c, struct stmt **st)
{
	const char	*q = c->in[0].s;
	struct db_param	 p[18];
	long long	 page = c->in[6].s ? c->in[6].i : 1;
	int		 i;

	scope_params(c, p);
	for (i = 0; i < 6 && c->in[i].s == NULL; i++)
		;
	if (i == 6) {
		*st = &st_all;
		p[2] = DB_INT((page - 1) * PAGE_SIZE);
		return db_exec(&st_all, p, 3);
	}
	*st = &st_list;
	p[2] = DB_OPT_TEXT(q);
	p[3] = q ? DB_TEXT(db_like(c->arena, q, 0)) : DB_NULLP;
	p[4] = q && ascii(q) ? DB_TEXT(db_like(c->arena, q, 1)) : DB_NULLP;
	p[5] = DB_OPT_TEXT(q);
	p[6] = p[7] = in_param(&c->in[1], 1);
	p[8] = p[9] = in_param(&c->in[2], 1);
	p[10] = p[11] = in_param(&c->in[3], 1);
	p[12] = p[13] = p[14] = DB_OPT_TEXT(c->in[4].s);
	p[15] = p[16] = DB_OPT_TEXT(c->in[5].s);
	p[17] = DB_INT((page - 1) * PAGE_SIZE);
	return db_exec(&st_list, p, 18);
}

int
people_list(struct ctx *c)
{
	static const char *const attrs[] = { "id", "login", NULL, "emp-no",
	    "dept", "post", "status", "muted" };
	struct stmt	*st;
	xmlNodePtr	 list, n;
	long long	 rows = 0;
	unsigned int	 i;
	int		 rc;

	if (page_begin(c, "people") != 0)
		return 500;
	list = xml_add(c->root, "people", NULL);
	if ((rc = people_query(c, &st)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(st)) == 1) {
		if (++rows > PAGE_SIZE)
			continue;
		n = xml_add(list, "person", db_col(st, 2));
		for (i = 0; i < 8; i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(st, i));
	}
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, list, c->in[6].s ? c->in[6].i : 1, rows, PAGE_SIZE);
	for (i = 0; i < 6; i++)
		xml_attr(list, people_inputs[i].name, c->in[i].s);
	return lists_add(c);
}
