/* render.h - compiled stylesheets per surface and language; XML or HTML out. */
#ifndef RENDER_H
#define RENDER_H
#include "ctx.h"

/* Writes n bytes of output; returns n or -1. */
typedef int (*render_write_fn)(void *arg, const char *buf, int n);

/* Compiles every stylesheet under dir, locked to reading only inside it.
 * 0, or -1 after printing why on stderr (the old set stays in use). */
int	render_load(const char *dir);
/* A worker's: the same for the stylesheets it has compiled so far; the
 * others compile on first use, since a worker serves only some surfaces
 * and languages and each compiled set costs megabytes (RSS). */
int	render_reload(const char *dir);
void	render_free(void);
/* Streams c's page as HTML through its surface's stylesheet; 0 or -1. */
int	render_html(const struct ctx *c, render_write_fn, void *arg);
/* Streams c's page as the XML document itself; 0 or -1. */
int	render_xml(const struct ctx *c, render_write_fn, void *arg);
#endif
