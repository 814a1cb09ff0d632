/* rich.h - lesson rich text: a safe subset of HTML kept on save, put into pages as nodes. */
#ifndef RICH_H
#define RICH_H
#include <libxml/tree.h>

#include "arena.h"

/*
 * The safe subset of html (valid UTF-8) as a well-formed XML fragment:
 * paragraphs, line breaks, emphasis, lists, headings h2-h4, quotes, code,
 * tables and links to http(s) or mailto; no attributes but a link's href.
 * Scripts, styles, frames and forms go with their content; any other
 * element leaves its text. Text without markup becomes one paragraph per
 * line. Arena-owned; NULL when out of memory or not parsable at all.
 */
char	*rich_clean(struct arena *, const char *html);
/*
 * Adds <rich> to parent holding stored (rich_clean's output) as nodes;
 * stored that is not such a fragment (older plain text) goes in as one
 * paragraph of text. 0, or -1 when out of memory.
 */
int	 rich_add(xmlNodePtr parent, const char *stored);
#endif
