/* route.c - the gate: surface, route, allow-list, CSRF, capability, inputs, handler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cidr.h"
#include "db.h"
#include "route.h"
#include "session.h"
#include "xml.h"

static const char *const cap_names[CAP__MAX] = { "public", "self", "login",
    "staff", "people", "people-edit", "teach", "admin" };

#define R(x)	ROLE_BIT(ROLE_##x)
static const unsigned int cap_roles[CAP__MAX] = {
	[CAP_PUBLIC] = 0,
	[CAP_SELF] = R(LEARNER),
	[CAP_LOGIN] = R(LEARNER),
	[CAP_STAFF] = R(LECTURER) | R(MENTOR) | R(OFFICER) | R(HEAD) | R(ADMIN),
	[CAP_PEOPLE] = R(MENTOR) | R(OFFICER) | R(HEAD) | R(ADMIN),
	[CAP_PEOPLE_EDIT] = R(OFFICER) | R(HEAD) | R(ADMIN),
	[CAP_TEACH] = R(LECTURER) | R(ADMIN),
	[CAP_ADMIN] = R(ADMIN),
};
#undef R
static const char *const lang_values[] = { "zh-CN", "en", NULL };

const char *
cap_name(enum cap c)
{
	return cap_names[c];
}

char *
form_ids(struct ctx *c, const char *name, size_t max)
{
	const struct field	*f;
	char			*out = arena_alloc(c->arena, max * 12 + 1);
	long long		 id;
	size_t			 i, n = 0, len = 0;

	if (out == NULL)
		return NULL;
	*out = '\0';
	for (i = 0; i < c->req->body.n; i++) {
		f = &c->req->body.v[i];
		if (strcmp(f->name, name) != 0 || f->len == 0)
			continue;
		if (valid_int(f->val, 1, ID_MAX, &id) != VERR_OK ||
		    ++n > max)
			return NULL;
		len += (size_t)sprintf(out + len, "%s%lld", len ? "," : "", id);
	}
	return out;
}

size_t
ids_count(const char *list)
{
	size_t n = *list ? 1 : 0;

	for (; *list; list++)
		n += *list == ',';
	return n;
}

int
cap_held(const struct ctx *c, enum cap cap)
{
	return cap == CAP_PUBLIC || (c->user.roles & cap_roles[cap]) != 0;
}

const char *
route_name(const struct ctx *c)
{
	return c->route ? c->route->path : "-";
}

int
form_refuse(struct ctx *c, const char *field, const char *code, int status)
{
	/* A refused form writes nothing: what it began is undone first. */
	db_rollback();
	if (form_again(c) != 0)
		return 500;
	xml_error(c, field, code);
	return status;
}

/* Splits /admin/... and /m/... off the path; the rest is the portal. */
static void
surface_find(struct ctx *c)
{
	const char	*p = c->full_path;
	int		 s;

	c->surface = SURF_PORTAL;
	c->path = p;
	for (s = SURF_ADMIN; s < SURF__MAX; s++) {
		size_t n = strlen(surface_bases[s]);
		if (strncmp(p, surface_bases[s], n) == 0 &&
		    (p[n] == '/' || p[n] == '\0')) {
			c->surface = s;
			c->path = p[n] ? p + n : "/";
			return;
		}
	}
}

/* ?lang= switches and is remembered; else the cookie; else Chinese. */
static void
lang_find(struct ctx *c)
{
	const struct field *f = req_get(&c->req->query, "lang");

	if (f != NULL && valid_enum(f->val, lang_values) == VERR_OK)
		cookie_set(c, "lms_lang", f->val, 31536000);
	else
		f = req_get(&c->req->cookies, "lms_lang");
	c->lang = (f != NULL && strcmp(f->val, "en") == 0) ? LANG_EN : LANG_ZH;
}

/* Matches a pattern segment by segment; {id} takes a positive integer. */
static int
path_match(const char *pat, const char *path, long long *param)
{
	int np = 0;

	while (*pat != '\0' && *path != '\0') {
		if (strncmp(pat, "{id}", 4) == 0) {
			char *end;
			if (*path < '1' || *path > '9' || np == CTX_MAX_PARAM)
				return 0;
			param[np++] = strtoll(path, &end, 10);
			if (end - path > 15)
				return 0;
			path = end;
			pat += 4;
		} else if (*pat++ != *path++)
			return 0;
	}
	return *pat == '\0' && *path == '\0';
}

/* 0 with c->route set, or 404/405. */
static int
route_find(struct ctx *c)
{
	enum req_method	 m = c->req->method == METHOD_HEAD ? METHOD_GET :
			    c->req->method;
	size_t		 i;
	int		 seen = 0;

	for (i = 0; i < nroutes; i++) {
		if (!(routes[i].surfaces & SURF_BIT(c->surface)) ||
		    !path_match(routes[i].path, c->path, c->param))
			continue;
		if (routes[i].method == m) {
			c->route = &routes[i];
			return 0;
		}
		seen = 1;
	}
	return seen ? 405 : 404;
}

/* What the form sent, so it shows again as typed; never passwords. */
static void
posted_add(struct ctx *c)
{
	const struct field	*f;
	xmlNodePtr		 p = xml_add(c->root, "posted", NULL), n;
	size_t			 i;

	for (i = 0; i < c->req->body.n; i++) {
		f = &c->req->body.v[i];
		if (f->file != NULL || strstr(f->name, "password") != NULL ||
		    strcmp(f->name, "csrf") == 0)
			continue;
		n = xml_add(p, "field", f->val);
		xml_attr(n, "name", f->name);
	}
}

enum verr
in_check(const struct input *in, const char *s, size_t len, struct in_val *v)
{
	v->s = s;
	if (s == NULL || len == 0) {
		v->s = NULL;
		return in->required ? VERR_REQUIRED : VERR_OK;
	}
	switch (in->type) {
	case IN_INT:
		return valid_int(s, in->min, in->max, &v->i);
	case IN_TEXT:
		return valid_text(s, len, (size_t)in->min, (size_t)in->max);
	case IN_ENUM:
		return valid_enum(s, in->allowed);
	case IN_LOCAL_PATH:
		return valid_local_path(s);
	case IN_EMAIL:
		return valid_email(s);
	case IN_PHONE:
		return valid_phone(s);
	case IN_LOGIN:
		return valid_login(s);
	case IN_ID_NO:
		return valid_id_no(s);
	case IN_DATETIME:
		return valid_datetime(s);
	case IN_DECIMAL:
		return valid_decimal(s, in->max);
	case IN_URL:
		return valid_url(s);
	}
	return VERR_BAD_FORMAT;
}

static enum verr
input_check(struct ctx *c, const struct input *in, struct in_val *v)
{
	const struct field	*f;

	f = req_get(in->src == IN_QUERY ? &c->req->query : &c->req->body,
	    in->name);
	return in_check(in, f ? f->val : NULL, f ? f->len : 0, v);
}

/* Validates the route's declared inputs; 0 or 400 with field errors. */
static int
inputs_check(struct ctx *c)
{
	const struct input	*in = c->route->inputs;
	enum verr		 e[CTX_MAX_IN];
	int			 i, n, bad = 0;

	for (n = 0; in != NULL && in[n].name != NULL && n < CTX_MAX_IN; n++)
		if ((e[n] = input_check(c, &in[n], &c->in[n])) != VERR_OK)
			bad = 1;
	if (!bad)
		return 0;
	if (form_again(c) != 0)
		return 500;
	for (i = 0; i < n; i++)
		if (e[i] != VERR_OK)
			xml_field_error(c, in[i].name, e[i]);
	return 400;
}

int
form_again(struct ctx *c)
{
	if (c->route->form == NULL || c->route->form(c) != 200)
		return page_begin(c, "error");
	c->keep = 1;
	posted_add(c);
	return 0;
}

/* Someone not signed in is sent to sign in when it can come back after;
 * one who must replace an issued password is sent to do that first. */
static int
cap_check(struct ctx *c)
{
	enum cap	cap = c->route->cap;
	int		get = c->req->method != METHOD_POST;

	if (cap == CAP_PUBLIC)
		return 0;
	if (c->user.id == 0) {
		if (!get)
			return 403;
		c->location = arena_printf(c->arena, "%s/login?back=%s",
		    surface_bases[c->surface], url_encode(c->arena,
		    c->full_path));
		return 303;
	}
	if (c->user.must_change && cap != CAP_SELF) {
		if (!get)
			return 403;
		c->location = arena_printf(c->arena, "%s/password",
		    surface_bases[c->surface]);
		return 303;
	}
	return cap_held(c, cap) ? 0 : 403;
}

int
route_prepare(struct ctx *c)
{
	surface_find(c);
	lang_find(c);
	return csrf_establish(c) == 0 ? 0 : 500;
}

int
route_dispatch(struct ctx *c)
{
	int rc;

	/* The route, then whether this surface has it. */
	if ((rc = route_find(c)) != 0)
		return rc;
	/* The back office answers only inside the allow-list, whatever
	 * nginx in front of us does. */
	if (c->surface == SURF_ADMIN &&
	    !cidr_list_match(c->conf->admin_allow, c->remote_addr))
		return 403;
	/* Every POST carries the token of the page it came from. */
	if (c->req->method == METHOD_POST && !csrf_valid(c))
		return 403;
	/* Public pages too show who is signed in. */
	if ((rc = session_load(c)) != DB_OK)
		return db_http_status(rc);
	if ((rc = cap_check(c)) != 0)
		return rc;
	if ((rc = inputs_check(c)) != 0)
		return rc;
	return c->route->fn(c);
}

struct db_param
in_param(const struct in_val *v, int integer)
{
	if (v->s == NULL)
		return DB_NULLP;
	return integer ? DB_INT(v->i) : DB_TEXT(v->s);
}
