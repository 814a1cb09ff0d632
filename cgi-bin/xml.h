/* xml.h - the page envelope and safe node helpers: data goes in as text, never markup. */
#ifndef XML_H
#define XML_H
#include <libxml/tree.h>

#include "ctx.h"
#include "valid.h"

/* Page memory (a worker's): xml_mem_init, before any other libxml2 call,
 * routes libxml2's allocations through a region that xml_mem_hold(1)
 * turns on for a request and xml_mem_end empties once nothing of the
 * request is left. xml_mem_hold returns the previous state, for code that
 * must allocate for good inside a request (compiling a stylesheet). */
int		 xml_mem_init(void);
int		 xml_mem_hold(int on);
void		 xml_mem_end(void);
/* Starts the page document for c (root, envelope); 0 or -1. The document
 * belongs to c and is freed by page_free. */
int		 page_begin(struct ctx *c, const char *name);
void		 page_free(struct ctx *c);
/* Child element with escaped text content (text may be NULL). */
xmlNodePtr	 xml_add(xmlNodePtr parent, const char *name, const char *text);
/* The first child element called name, or NULL. */
xmlNodePtr	 xml_child(xmlNodePtr parent, const char *name);
void		 xml_attr(xmlNodePtr, const char *name, const char *value);
void		 xml_attr_int(xmlNodePtr, const char *name, long long value);
void		 xml_attr_time(xmlNodePtr, const char *name, const char *utc);
/* Records a field error with its message in the page's language. */
void		 xml_field_error(struct ctx *c, const char *field, enum verr);
/* Records a rule's refusal, err.CODE of the catalogue, against a field. */
void		 xml_error(struct ctx *c, const char *field, const char *code);
/* The paging of a list read with LIMIT page_size + 1: page, the first and
 * last row shown, "more" when that extra row came, "total" once the last
 * page shows it, and "query": the route's query inputs but page,
 * URL-encoded, for the pager's links. */
void		 xml_pager(struct ctx *c, xmlNodePtr list, long long page,
		    long long rows, long long page_size);
/* Each remaining row of st as <elem> under parent, the first max of them
 * (the others only counted): its text from column text (-1 for none),
 * attribute attrs[i] from column i (NULL skips the column). The number of
 * rows, or the db error (< 0). */
struct stmt;
long long	 xml_rows(xmlNodePtr parent, const char *elem, struct stmt *st,
		    int text, const char *const *attrs, unsigned int nattrs,
		    long long max);
/* The organisation's name, cached per worker for ORG_TTL seconds. */
void		 org_invalidate(void);
#endif
