/* session.h - cookies, the CSRF token and the signed-in session kept in the database. */
#ifndef SESSION_H
#define SESSION_H
#include "ctx.h"

/* Adopts the browser's CSRF token or issues one; 0 or -1. */
int	csrf_establish(struct ctx *c);
/* 1 when a POST's csrf field matches the token. */
int	csrf_valid(const struct ctx *c);
/* Queues a Set-Cookie; max_age 0 means a browser-session cookie. */
void	cookie_set(struct ctx *c, const char *name, const char *value,
	    long max_age);
/* Fills buf with n random bytes as 2n hex digits; 0 or -1. */
int	random_hex(char *buf, size_t n);
/* Fills c->user from the session cookie (id stays 0 for none or an
 * expired one); DB_OK or the db error. */
int	session_load(struct ctx *c);
/* Signs account_id in: the old session (if any) ends, a new token is
 * set and the CSRF token is replaced; inside the caller's transaction. */
int	session_start(struct ctx *c, long long account_id);
/* Ends the session of the cookie, in the database and in the browser. */
int	session_end(struct ctx *c);
#endif
