/* ctx.h - one request in flight: what the gate established and what the handler builds. */
#ifndef CTX_H
#define CTX_H
#include <libxml/tree.h>

#include "arena.h"
#include "conf.h"
#include "req.h"

enum surface { SURF_PORTAL, SURF_ADMIN, SURF_MOBILE, SURF__MAX };
enum lang { LANG_ZH, LANG_EN, LANG__MAX };

#define SURF_BIT(s)	(1u << (s))
#define SURF_ALL	(SURF_BIT(SURF_PORTAL) | SURF_BIT(SURF_ADMIN) | \
			 SURF_BIT(SURF_MOBILE))
#define CTX_MAX_IN	16
#define CTX_MAX_PARAM	4
#define CTX_MAX_COOKIE	4

/* A typed input after validation; s is NULL when the field was absent. */
struct in_val {
	const char	*s;
	long long	 i;
};

/* Every account is a learner; the others are roles on top. */
enum role { ROLE_LEARNER, ROLE_LECTURER, ROLE_MENTOR, ROLE_OFFICER, ROLE_HEAD,
	ROLE_ADMIN, ROLE__MAX };
#define ROLE_BIT(r)	(1u << (r))

/* Who is signed in; id 0 when nobody is. */
struct user {
	long long	 id;
	const char	*login;
	const char	*name;
	unsigned int	 roles;		/* ROLE_BIT set */
	int		 must_change;	/* an issued password not yet replaced */
	int		 muted;
	/* The department subtree this person governs as a path prefix:
	 * "/" for a platform admin, "-" (matches nothing) for no one. */
	const char	*scope;
	const char	*sid;		/* the session token from the cookie */
};

struct route;

struct ctx {
	struct req		*req;
	struct arena		*arena;
	const struct conf	*conf;
	const struct route	*route;
	enum surface		 surface;
	enum lang		 lang;
	const char		*path;		/* path within the surface */
	const char		*full_path;	/* path as requested */
	const char		*query;
	const char		*remote_addr;
	const char		*csrf;
	int			 want_xml;
	long long		 param[CTX_MAX_PARAM];	/* {id} path parameters */
	struct in_val		 in[CTX_MAX_IN];	/* declared inputs, in order */
	xmlDocPtr		 doc;
	xmlNodePtr		 root;
	xmlNodePtr		 errors;
	const char		*location;	/* for 303 answers */
	const char		*cookies[CTX_MAX_COOKIE];
	int			 ncookies;
	const char		*text;		/* a plain-text answer instead of a page */
	const char		*ctype;		/* of text; text/plain when NULL */
	const char		*filename;	/* offers text as a download */
	/* A stored file nginx sends instead of a page: its internal URI
	 * (X-Accel-Redirect), served as ctype with this Content-Disposition. */
	const char		*accel;
	const char		*disposition;
	struct user		 user;
	int			 keep;		/* an error status shows c->doc, not the error page */
};

extern const char *const surface_names[SURF__MAX];
extern const char *const surface_bases[SURF__MAX];
extern const char *const lang_names[LANG__MAX];
extern const char *const role_names[ROLE__MAX];
#endif
