/* session.h - cookies, the CSRF token, (later) the signed-in session. */
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
#endif
