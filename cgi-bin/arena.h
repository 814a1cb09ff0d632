/* arena.h - per-request bump allocator: everything a request allocates is freed at once. */
#ifndef ARENA_H
#define ARENA_H
#include <stddef.h>

struct arena_big;

struct arena {
	char			*buf;	/* the reusable block, kept between requests */
	size_t			 cap;
	size_t			 used;
	struct arena_big	*bigs;	/* blocks too large for buf, freed on reset */
};

int	 arena_init(struct arena *, size_t cap);
void	 arena_reset(struct arena *);
void	 arena_free(struct arena *);
/* Returns zeroed memory owned by the arena, or NULL when out of memory. */
void	*arena_alloc(struct arena *, size_t);
char	*arena_strndup(struct arena *, const char *, size_t);
char	*arena_printf(struct arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
#endif
