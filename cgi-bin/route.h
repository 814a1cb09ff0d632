/* route.h - the route table and the gate every request passes before its handler. */
#ifndef ROUTE_H
#define ROUTE_H
#include "ctx.h"
#include "db.h"
#include "valid.h"

/* What a route asks of the one calling it. Each capability is a set of
 * roles (route.c); what part of the organisation a role reaches is the
 * scope the handlers' queries carry (user.scope). */
enum cap {
	CAP_PUBLIC,	/* anyone, signed in or not */
	CAP_SELF,	/* signed in, even with an issued password to replace */
	CAP_LOGIN,	/* signed in */
	CAP_STAFF,	/* any role beyond learner: the back office */
	CAP_PEOPLE,	/* see people: admin, head, officer, mentor (apprentices) */
	CAP_PEOPLE_EDIT,	/* change people in scope: admin, head, officer */
	CAP_TEACH,	/* build courses: lecturers (their own), admin (all) */
	CAP_ADMIN,	/* platform admin: accounts, organisation, audit, review */
	CAP__MAX
};

enum in_src { IN_QUERY, IN_BODY };
enum in_type { IN_INT, IN_TEXT, IN_ENUM, IN_LOCAL_PATH, IN_EMAIL, IN_PHONE,
	IN_LOGIN, IN_ID_NO, IN_DATETIME, IN_DECIMAL, IN_URL };

/* The largest row id (an INT UNSIGNED column): the range of an id input. */
#define ID_MAX	4294967295LL

/* One declared input; the gate validates it into ctx->in[] in order. */
struct input {
	const char		*name;
	enum in_src		 src;
	enum in_type		 type;
	int			 required;
	long long		 min, max;	/* value for INT (and DECIMAL's max),
						 * characters for TEXT */
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
	/* For a POST, the page of its form: refused inputs are answered with
	 * the form again, its errors and what was typed, not an error page. */
	handler_fn		 form;
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
/* Builds the route's form page again for a refusal (with what was
 * posted), or the error page when it has none; 0 or -1. */
int	 form_again(struct ctx *c);
/* form_again with one refusal of field (err.CODE), after rolling back the
 * transaction in progress, if any; answers status. */
int	 form_refuse(struct ctx *c, const char *field, const char *code,
	    int status);
const char *cap_name(enum cap);
/* The ids of every non-empty field called name as "1,5,9" (at most max
 * of them), "" for none, or NULL when one is not a positive integer. */
char	*form_ids(struct ctx *c, const char *name, size_t max);
/* How many ids such a list holds. */
size_t	 ids_count(const char *list);
/* Validates the value s (len bytes, NULL when absent) as the input in
 * declares it, into v: what the gate does with each field, for values
 * that come another way (a CSV's cells). */
enum verr in_check(const struct input *in, const char *s, size_t len,
	    struct in_val *v);
/* A validated input as a statement parameter: its integer (integer set)
 * or its text, or SQL NULL when the field was absent. */
struct db_param in_param(const struct in_val *v, int integer);
/* 1 when the signed-in user holds the capability. */
int	 cap_held(const struct ctx *c, enum cap);
#endif
