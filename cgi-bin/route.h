/* route.h - the route table and the gate every request passes before its handler. */
#ifndef ROUTE_H
#define ROUTE_H
#include "ctx.h"
#include "valid.h"

enum cap {
	CAP_PUBLIC,	/* anyone, signed in or not */
	CAP_LOGIN,	/* any signed-in account */
	CAP__MAX
};

enum in_src { IN_QUERY, IN_BODY };
enum in_type { IN_INT, IN_TEXT, IN_ENUM, IN_LOCAL_PATH };

/* One declared input; the gate validates it into ctx->in[] in order. */
struct input {
	const char		*name;
	enum in_src		 src;
	enum in_type		 type;
	int			 required;
	long long		 min, max;	/* value for INT, characters for TEXT */
	const char *const	*allowed;	/* for ENUM */
};

/* A handler returns the HTTP status: 200 with c->doc built, 303 with
 * c->location, or an error status (the error page is made for it). */
typedef int (*handler_fn)(struct ctx *c);

struct route {
	enum req_method		 method;
	const char		*path;		/* within the surface; {id} = integer */
	handler_fn		 fn;
	enum cap		 cap;
	unsigned int		 surfaces;
	const struct input	*inputs;	/* ends with a NULL name */
};

extern const struct route routes[];
extern const size_t nroutes;

/* Settles surface, language and CSRF token, which even an error page
 * needs; 0 or 500. */
int	 route_prepare(struct ctx *c);
/* Finds the route and runs the gate and the handler; returns the status
 * to answer with. */
int	 route_dispatch(struct ctx *c);
const char *route_name(const struct ctx *c);
const char *cap_name(enum cap);
#endif
