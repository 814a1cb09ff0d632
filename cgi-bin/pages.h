/* pages.h - the handlers the route table points at, one feature file each. */
#ifndef PAGES_H
#define PAGES_H
#include "route.h"

/* home.c */
int	home_show(struct ctx *);
/* lang.c */
extern const struct input lang_inputs[];
int	lang_set(struct ctx *);
/* health.c */
int	health_show(struct ctx *);
extern const struct input bench_inputs[];
int	bench_plain(struct ctx *);
#endif
