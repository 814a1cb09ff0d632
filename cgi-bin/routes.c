/* routes.c - THE route table: every page, who may use it, on which surfaces. */
#include <stddef.h>

#include "pages.h"
#include "route.h"

#define PORTAL	SURF_BIT(SURF_PORTAL)
#define ADMIN	SURF_BIT(SURF_ADMIN)
#define MOBILE	SURF_BIT(SURF_MOBILE)

const struct route routes[] = {
	/* method	path		handler		capability	surfaces */
	{ METHOD_GET,	"/",		home_show,	CAP_PUBLIC,	SURF_ALL, NULL },
	{ METHOD_POST,	"/lang",	lang_set,	CAP_PUBLIC,	SURF_ALL, lang_inputs },
	{ METHOD_GET,	"/healthz",	health_show,	CAP_PUBLIC,	PORTAL, NULL },
	{ METHOD_GET,	"/bench/plain",	bench_plain,	CAP_PUBLIC,	PORTAL, bench_inputs },
};

const size_t nroutes = sizeof(routes) / sizeof(routes[0]);
