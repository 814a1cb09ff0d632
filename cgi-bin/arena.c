/* arena.c - per-request bump allocator, reused so a request costs no malloc in the common case. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

struct arena_big {
	struct arena_big	*next;
	max_align_t		 data[];
};

int
arena_init(struct arena *a, size_t cap)
{
	memset(a, 0, sizeof(*a));
	if ((a->buf = malloc(cap)) == NULL)
		return -1;
	a->cap = cap;
	return 0;
}

void
arena_reset(struct arena *a)
{
	struct arena_big *b;

	while ((b = a->bigs) != NULL) {
		a->bigs = b->next;
		free(b);
	}
	a->used = 0;
}

void
arena_free(struct arena *a)
{
	arena_reset(a);
	free(a->buf);
	memset(a, 0, sizeof(*a));
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_big *b;
	size_t		  need;
	void		 *p;

	need = (n + 15) & ~(size_t)15;
	if (need < n)
		return NULL;
	if (need <= a->cap - a->used) {
		p = a->buf + a->used;
		a->used += need;
		memset(p, 0, n);
		return p;
	}
	if (n > SIZE_MAX - sizeof(*b) ||
	    (b = calloc(1, sizeof(*b) + n)) == NULL)
		return NULL;
	b->next = a->bigs;
	a->bigs = b;
	return b->data;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p;

	if ((p = arena_alloc(a, n + 1)) == NULL)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || (p = arena_alloc(a, (size_t)n + 1)) == NULL)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}
