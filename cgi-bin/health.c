/* health.c - liveness for load balancers, and the benchmark's trivial route. */
#include <string.h>

#include "db.h"
#include "pages.h"

int
health_show(struct ctx *c)
{
	if (db_ping() != DB_OK) {
		c->text = "unavailable\n";
		return 503;
	}
	c->text = "ok\n";
	return 200;
}

const struct input bench_inputs[] = {
	{ "size", IN_QUERY, IN_INT, 0, 1, 262144, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* No database and no stylesheet: the ceiling a page is measured against.
 * Absent in production. */
int
bench_plain(struct ctx *c)
{
	size_t	 n = c->in[0].s ? (size_t)c->in[0].i : 8192;
	char	*s;

	if (conf_is_production(c->conf))
		return 404;
	if ((s = arena_alloc(c->arena, n + 1)) == NULL)
		return 500;
	memset(s, 'x', n);
	s[n - 1] = '\n';
	c->text = s;
	return 200;
}
