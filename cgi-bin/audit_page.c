/* audit_page.c - browsing the audit trail (platform admin): filters and pages. */
#include <string.h>

#include "db.h"
#include "pages.h"
#include "xml.h"

#define PAGE_SIZE 50

const struct input audit_inputs[] = {
	{ "actor", IN_QUERY, IN_LOGIN, 0, 0, 0, NULL },
	{ "action", IN_QUERY, IN_TEXT, 0, 1, 40, NULL },
	{ "object", IN_QUERY, IN_TEXT, 0, 1, 20, NULL },
	{ "object_id", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_list = { .sql =
	"SELECT e.id, DATE_FORMAT(e.at, '%Y-%m-%d %H:%i:%s'), a.login, a.name, "
	" e.addr, e.action, e.object, e.object_id, e.before_val, e.after_val, "
	" e.hash "
	"FROM audit e LEFT JOIN account a ON a.id = e.actor_id "
	"WHERE (? IS NULL OR a.login = ?) "
	" AND (? IS NULL OR e.action LIKE CONCAT(?, '%')) "
	" AND (? IS NULL OR e.object = ?) "
	" AND (? IS NULL OR e.object_id = ?) "
	"ORDER BY e.id DESC LIMIT 51 OFFSET ?" };	/* PAGE_SIZE + 1: is there more? */

int
audit_show(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "login", "name",
	    "addr", "action", "object", "object-id" };
	struct db_param	p[9];
	xmlNodePtr	list, n;
	long long	page = c->in[4].s ? c->in[4].i : 1;
	unsigned int	i;
	int		rc, rows = 0;

	if (page_begin(c, "audit") != 0)
		return 500;
	list = xml_add(c->root, "audit", NULL);
	for (i = 0; i < 4; i++) {
		p[2 * i] = p[2 * i + 1] = in_param(&c->in[i], i == 3);
		xml_attr(list, audit_inputs[i].name, c->in[i].s);
	}
	p[8] = DB_INT((page - 1) * PAGE_SIZE);
	if ((rc = db_exec(&st_list, p, 9)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_list)) == 1) {
		if (++rows > PAGE_SIZE)
			continue;
		n = xml_add(list, "entry", NULL);
		for (i = 0; i < 8; i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(&st_list, i));
		xml_attr_time(n, "at", db_col(&st_list, 1));
		xml_add(n, "before", db_col(&st_list, 8));
		xml_add(n, "after", db_col(&st_list, 9));
		xml_attr(n, "hash", db_col(&st_list, 10));
	}
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, list, page, rows, PAGE_SIZE);
	return 200;
}
