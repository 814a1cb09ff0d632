/* session.c - cookies, the CSRF token, (later) the signed-in session. */
#include <ctype.h>
#include <string.h>
#include <sys/random.h>

#include "arena.h"
#include "session.h"

#define CSRF_COOKIE	"lms_csrf"
#define CSRF_BYTES	16

int
random_hex(char *buf, size_t n)
{
	static const char	 hex[] = "0123456789abcdef";
	unsigned char		 raw[64];
	size_t			 i;

	if (n > sizeof(raw) || getrandom(raw, n, 0) != (ssize_t)n)
		return -1;
	for (i = 0; i < n; i++) {
		buf[2 * i] = hex[raw[i] >> 4];
		buf[2 * i + 1] = hex[raw[i] & 15];
	}
	buf[2 * n] = '\0';
	return 0;
}

static int
token_wellformed(const char *s)
{
	size_t i;

	if (s == NULL || strlen(s) != 2 * CSRF_BYTES)
		return 0;
	for (i = 0; i < 2 * CSRF_BYTES; i++)
		if (!isxdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

void
cookie_set(struct ctx *c, const char *name, const char *value, long max_age)
{
	char age[40] = "";

	if (c->ncookies >= CTX_MAX_COOKIE)
		return;
	if (max_age > 0)
		snprintf(age, sizeof(age), "; Max-Age=%ld", max_age);
	c->cookies[c->ncookies++] = arena_printf(c->arena,
	    "%s=%s; Path=/%s; HttpOnly; SameSite=Lax%s", name, value, age,
	    c->conf->secure_cookies ? "; Secure" : "");
}

int
csrf_establish(struct ctx *c)
{
	const struct field	*f = req_get(&c->req->cookies, CSRF_COOKIE);
	char			*tok;

	if (f != NULL && token_wellformed(f->val)) {
		c->csrf = f->val;
		return 0;
	}
	if ((tok = arena_alloc(c->arena, 2 * CSRF_BYTES + 1)) == NULL ||
	    random_hex(tok, CSRF_BYTES) != 0)
		return -1;
	c->csrf = tok;
	cookie_set(c, CSRF_COOKIE, tok, 0);
	return 0;
}

/* Compares in constant time so the token cannot be guessed bytewise. */
int
csrf_valid(const struct ctx *c)
{
	const struct field	*f = req_get(&c->req->body, "csrf");
	const struct field	*k = req_get(&c->req->cookies, CSRF_COOKIE);
	unsigned char		 d = 0;
	size_t			 i;

	if (f == NULL || k == NULL || !token_wellformed(k->val) ||
	    f->len != 2 * CSRF_BYTES)
		return 0;
	for (i = 0; i < 2 * CSRF_BYTES; i++)
		d |= (unsigned char)(f->val[i] ^ k->val[i]);
	return d == 0;
}
