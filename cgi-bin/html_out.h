/* html_out.h - an XSLT result tree written out as HTML5. */
#ifndef HTML_OUT_H
#define HTML_OUT_H
#include <libxml/tree.h>

#include "render.h"

/* Writes doc through fn in chunks of up to 16 KB; 0, or -1 when fn
 * failed or doc holds a node our stylesheets never make. */
int	html_out(const xmlDoc *doc, render_write_fn fn, void *arg);
#endif
