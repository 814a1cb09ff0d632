/* fuzz_req.c - libFuzzer target for every parser of outside input in req.c. */
#include <stdint.h>
#include <string.h>

#include "req.h"

struct mem { const uint8_t *p; size_t n; };

static long
mem_read(void *arg, char *buf, size_t len)
{
	struct mem *m = arg;
	size_t n = len < m->n ? len : m->n;

	memcpy(buf, m->p, n);
	m->p += n;
	m->n -= n;
	return (long)n;
}

/* The first byte picks the parser; the rest is its input. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena		a;
	static struct req_limits	lim = { 1 << 20, 64, 4096, "/tmp" };
	struct req			r;
	struct mem			m;
	char				s[8192];

	if (size < 1 || size > sizeof(s))
		return 0;
	if (a.buf == NULL && arena_init(&a, 65536) != 0)
		return 0;
	arena_reset(&a);
	memset(&r, 0, sizeof(r));
	r.arena = &a;
	r.lim = &lim;
	m.p = data + 1;
	m.n = size - 1;
	switch (data[0] % 4) {
	case 0:
		memcpy(s, data + 1, size - 1);
		s[size - 1] = '\0';
		req_parse_query(&r, s);
		break;
	case 1:
		memcpy(s, data + 1, size - 1);
		s[size - 1] = '\0';
		req_parse_cookies(&r, s);
		break;
	case 2:
		req_parse_body(&r, "application/x-www-form-urlencoded",
		    size - 1, mem_read, &m);
		break;
	default:
		req_parse_body(&r, "multipart/form-data; boundary=b",
		    size - 1, mem_read, &m);
		req_cleanup(&r);
		break;
	}
	return 0;
}
