/* test_route.c - the gate: surfaces, 404/405, allow-list, CSRF, declared inputs. */
#include <string.h>

#include "harness.h"
#include "route.h"
#include "xml.h"

static struct arena		A;
static struct conf		C;
static struct req_limits	L = { 65536, 50, 1024, "/tmp" };
static struct req		R;
static struct ctx		X;

#define TOKEN "0123456789abcdef0123456789abcdef"

/* Builds a request the way main.c does, then runs the gate. */
static int
run(const char *method, const char *path, const char *query,
    const char *cookie, const char *body, const char *addr)
{
	if (A.buf == NULL) {
		arena_init(&A, 65536);
		conf_load(&C, "/dev/null", (char[200]){0}, 200);
	}
	arena_reset(&A);
	page_free(&X);
	memset(&R, 0, sizeof(R));
	memset(&X, 0, sizeof(X));
	R.arena = X.arena = &A;
	R.lim = &L;
	R.method = strcmp(method, "POST") == 0 ? METHOD_POST : METHOD_GET;
	X.req = &R;
	X.conf = &C;
	X.full_path = path;
	X.remote_addr = addr ? addr : "127.0.0.1";
	/* A body parses like a query string; move it where bodies go. */
	if (body) {
		req_parse_query(&R, body);
		R.body = R.query;
		memset(&R.query, 0, sizeof(R.query));
	}
	if (query)
		req_parse_query(&R, query);
	if (cookie)
		req_parse_cookies(&R, cookie);
	if (route_prepare(&X) != 0)
		return 500;
	return route_dispatch(&X);
}

static void
surfaces_and_paths(void)
{
	CHECK(run("GET", "/nope", NULL, NULL, NULL, NULL) == 404);
	CHECK(run("GET", "/m/nope", NULL, NULL, NULL, NULL) == 404);
	CHECK(run("GET", "/lang", NULL, NULL, NULL, NULL) == 405);
	CHECK(run("GET", "/bench/plain", NULL, NULL, NULL, NULL) == 200);
	CHECK(X.surface == SURF_PORTAL && X.text != NULL);
	/* The trivial route is portal-only. */
	CHECK(run("GET", "/m/bench/plain", NULL, NULL, NULL, NULL) == 404);
	CHECK(X.surface == SURF_MOBILE);
	CHECK(run("GET", "/mobile", NULL, NULL, NULL, NULL) == 404);
	CHECK(X.surface == SURF_PORTAL);
}

static void
admin_allow_list(void)
{
	CHECK(run("GET", "/admin/nope", NULL, NULL, NULL, "8.8.8.8") == 404);
	CHECK(run("POST", "/admin/lang", NULL, "lms_csrf=" TOKEN,
	    "csrf=" TOKEN "&lang=en", "8.8.8.8") == 403);
	CHECK(run("POST", "/admin/lang", NULL, "lms_csrf=" TOKEN,
	    "csrf=" TOKEN "&lang=en", "192.168.1.9") == 303);
	CHECK(X.location && strcmp(X.location, "/admin/") == 0);
}

static void
csrf_required(void)
{
	CHECK(run("POST", "/lang", NULL, NULL, "lang=en", NULL) == 403);
	CHECK(run("POST", "/lang", NULL, "lms_csrf=" TOKEN, "lang=en", NULL) ==
	    403);
	CHECK(run("POST", "/lang", NULL, "lms_csrf=" TOKEN,
	    "csrf=" "f123456789abcdef0123456789abcdef&lang=en", NULL) == 403);
	CHECK(run("POST", "/lang", NULL, "lms_csrf=" TOKEN,
	    "csrf=" TOKEN "&lang=en&back=/m/", NULL) == 303);
	CHECK(X.location && strcmp(X.location, "/m/") == 0);
	CHECK(X.ncookies == 1 && strstr(X.cookies[0], "lms_lang=en;"));
}

static void
inputs_validated(void)
{
	CHECK(run("POST", "/lang", NULL, "lms_csrf=" TOKEN,
	    "csrf=" TOKEN "&lang=fr&back=//evil.example/", NULL) == 400);
	CHECK(X.errors != NULL && xmlChildElementCount(X.errors) == 2);
	CHECK(run("GET", "/bench/plain", "size=0", NULL, NULL, NULL) == 400);
	page_free(&X);
}

static void
language_remembered(void)
{
	CHECK(run("GET", "/nope", "lang=en", NULL, NULL, NULL) == 404);
	CHECK(X.lang == LANG_EN);
	CHECK(X.ncookies == 2);	/* a new CSRF token and the language */
	CHECK(run("GET", "/nope", NULL, "lms_lang=en; lms_csrf=" TOKEN, NULL,
	    NULL) == 404);
	CHECK(X.lang == LANG_EN && X.ncookies == 0);
	CHECK(strcmp(X.csrf, TOKEN) == 0);
	CHECK(run("GET", "/nope", "lang=xx", NULL, NULL, NULL) == 404);
	CHECK(X.lang == LANG_ZH);
}

const struct test route_tests[] = {
	{ "route: surfaces, 404 and 405", surfaces_and_paths },
	{ "route: back office only from the allow-list", admin_allow_list },
	{ "route: POST without the CSRF token is 403", csrf_required },
	{ "route: declared inputs validated with field errors", inputs_validated },
	{ "route: ?lang= switches and the cookie remembers", language_remembered },
	{ NULL, NULL },
};
