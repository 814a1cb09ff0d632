/* cidr.c - address ranges of the admin allow-list (IPv4 and IPv6). */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cidr.h"

struct range {
	int		family;
	unsigned char	addr[16];
	int		bits;
};

/* Parses "addr[/bits]"; returns 0 or -1. */
static int
range_parse(const char *s, size_t n, struct range *r)
{
	char	 buf[64], *slash, *end;
	long	 bits;
	int	 max;

	if (n == 0 || n >= sizeof(buf))
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if ((slash = strchr(buf, '/')) != NULL)
		*slash = '\0';
	if (inet_pton(AF_INET, buf, r->addr) == 1) {
		r->family = AF_INET;
		max = 32;
	} else if (inet_pton(AF_INET6, buf, r->addr) == 1) {
		r->family = AF_INET6;
		max = 128;
	} else
		return -1;
	r->bits = max;
	if (slash != NULL) {
		bits = strtol(slash + 1, &end, 10);
		if (slash[1] == '\0' || *end != '\0' || bits < 0 || bits > max)
			return -1;
		r->bits = (int)bits;
	}
	return 0;
}

static int
range_contains(const struct range *r, const struct range *a)
{
	int	i, full = r->bits / 8, rest = r->bits % 8;

	if (r->family != a->family)
		return 0;
	for (i = 0; i < full; i++)
		if (r->addr[i] != a->addr[i])
			return 0;
	if (rest == 0)
		return 1;
	return ((r->addr[full] ^ a->addr[full]) & (0xff << (8 - rest))) == 0;
}

/* Calls fn for each item; stops at the first non-zero answer. */
static int
list_each(const char *list, int (*fn)(const struct range *, void *),
    void *arg)
{
	struct range	 r;
	size_t		 n;
	int		 rc;

	for (;;) {
		list += strspn(list, " \t");
		if (*list == '\0')
			return 0;
		n = strcspn(list, " \t");
		if (range_parse(list, n, &r) != 0)
			return -1;
		if ((rc = fn(&r, arg)) != 0)
			return rc;
		list += n;
	}
}

static int
accept_any(const struct range *r, void *arg)
{
	(void)r;
	(void)arg;
	return 0;
}

static int
match_one(const struct range *r, void *arg)
{
	return range_contains(r, arg);
}

int
cidr_list_valid(const char *list)
{
	return list_each(list, accept_any, NULL);
}

int
cidr_list_match(const char *list, const char *addr)
{
	struct range a;

	if (addr == NULL || range_parse(addr, strlen(addr), &a) != 0)
		return 0;
	/* An IPv4 client seen through an IPv6 socket as ::ffff:a.b.c.d. */
	if (a.family == AF_INET6 && strncmp(addr, "::ffff:", 7) == 0 &&
	    strchr(addr, '.') != NULL &&
	    range_parse(addr + 7, strlen(addr + 7), &a) != 0)
		return 0;
	return list_each(list, match_one, &a) == 1;
}
