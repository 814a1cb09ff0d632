/* test_req.c - the request parser: query, cookies, urlencoded and multipart bodies. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "req.h"

static struct arena		 A;
static struct req_limits	 L = { 1 << 20, 8, 64, "/tmp" };

static struct req *
fresh(void)
{
	static struct req r;

	if (A.buf == NULL)
		arena_init(&A, 65536);
	arena_reset(&A);
	memset(&r, 0, sizeof(r));
	r.arena = &A;
	r.lim = &L;
	return &r;
}

struct mem { const char *p; size_t n, chunk; };

/* Hands out at most chunk bytes at a time, like a slow network. */
static long
mem_read(void *arg, char *buf, size_t len)
{
	struct mem *m = arg;
	size_t n = len < m->n ? len : m->n;

	if (m->chunk && n > m->chunk)
		n = m->chunk;
	memcpy(buf, m->p, n);
	m->p += n;
	m->n -= n;
	return (long)n;
}

static void
query_decodes(void)
{
	struct req *r = fresh();

	CHECK(req_parse_query(r, "a=1&b=%E4%B8%AD+x&c&&d=") == 0);
	CHECK(r->query.n == 4);
	CHECK(strcmp(req_get(&r->query, "b")->val, "中 x") == 0);
	CHECK(strcmp(req_get(&r->query, "c")->val, "") == 0);
	CHECK(req_get(&r->query, "zz") == NULL);
}

static void
query_rejects_bad_escape(void)
{
	CHECK(req_parse_query(fresh(), "a=%4") == 400);
	CHECK(req_parse_query(fresh(), "a=%zz") == 400);
	CHECK(req_parse_query(fresh(), "a=%") == 400);
}

static void
query_rejects_bad_utf8(void)
{
	CHECK(req_parse_query(fresh(), "a=%C0%AF") == 400);	/* overlong */
	CHECK(req_parse_query(fresh(), "a=%ED%A0%80") == 400);	/* surrogate */
	CHECK(req_parse_query(fresh(), "a=%00") == 400);
	CHECK(req_parse_query(fresh(), "a=%FF") == 400);
}

static void
query_limits(void)
{
	char big[200];

	CHECK(req_parse_query(fresh(), "a&b&c&d&e&f&g&h&i") == 413);
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	big[0] = 'a';
	big[1] = '=';
	CHECK(req_parse_query(fresh(), big) == 413);
}

static void
cookies_split(void)
{
	struct req *r = fresh();

	CHECK(req_parse_cookies(r, "lms_csrf=abc; lms_lang=en;x=1") == 0);
	CHECK(r->cookies.n == 3);
	CHECK(strcmp(req_get(&r->cookies, "lms_lang")->val, "en") == 0);
}

static int
body(struct req *r, const char *ct, const char *s, size_t chunk)
{
	struct mem m = { s, strlen(s), chunk };

	return req_parse_body(r, ct, strlen(s), mem_read, &m);
}

static void
urlencoded_body(void)
{
	struct req *r = fresh();

	CHECK(body(r, "application/x-www-form-urlencoded", "csrf=x&lang=en",
	    3) == 0);
	CHECK(strcmp(req_get(&r->body, "lang")->val, "en") == 0);
	CHECK(body(fresh(), "text/plain", "x", 0) == 400);
}

static void
body_over_limit(void)
{
	struct req		*r = fresh();
	struct mem		 m = { "", 0, 0 };

	CHECK(req_parse_body(r, "application/x-www-form-urlencoded",
	    (size_t)L.max_body + 1, mem_read, &m) == 413);
}

#define MP "multipart/form-data; boundary=XyZ"

static void
multipart_fields_and_file(void)
{
	static const char s[] =
	    "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
	    "标题\r\n"
	    "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; "
	    "filename=\"../../etc/a b.txt\"\r\nContent-Type: text/plain\r\n\r\n"
	    "line1\r\n--XyY almost\r\n"
	    "\r\n--XyZ--\r\n";
	struct req	*r;
	size_t		 chunk;
	struct stat	 sb;

	for (chunk = 1; chunk < 40; chunk += 7) {
		r = fresh();
		CHECK(body(r, MP, s, chunk) == 0);
		CHECK(r->body.n == 2);
		CHECK(strcmp(req_get(&r->body, "title")->val, "标题") == 0);
		CHECK(strcmp(req_get(&r->body, "f")->val, "a b.txt") == 0);
		CHECK(req_get(&r->body, "f")->fsize == 21);
		CHECK(stat(req_get(&r->body, "f")->file, &sb) == 0 &&
		    sb.st_size == 21);
		req_cleanup(r);
		CHECK(stat(req_get(&r->body, "f")->file, &sb) != 0);
	}
}

static void
multipart_truncated(void)
{
	CHECK(body(fresh(), MP, "--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"a\"\r\n\r\nvalue without end", 5) == 400);
	CHECK(body(fresh(), "multipart/form-data", "--XyZ--\r\n", 0) == 400);
}

static void
multipart_field_too_long(void)
{
	char	s[400];

	snprintf(s, sizeof(s), "--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"a\"\r\n\r\n%0100d\r\n--XyZ--\r\n", 7);
	CHECK(body(fresh(), MP, s, 0) == 413);
}

const struct test req_tests[] = {
	{ "req: query decodes %XX and +", query_decodes },
	{ "req: query rejects bad escapes", query_rejects_bad_escape },
	{ "req: query rejects invalid UTF-8 and NUL", query_rejects_bad_utf8 },
	{ "req: query field count and length limits", query_limits },
	{ "req: cookies split on ;", cookies_split },
	{ "req: urlencoded body", urlencoded_body },
	{ "req: body over max_body is 413", body_over_limit },
	{ "req: multipart fields and streamed file", multipart_fields_and_file },
	{ "req: truncated multipart is 400", multipart_truncated },
	{ "req: multipart field over the limit is 413", multipart_field_too_long },
	{ NULL, NULL },
};
