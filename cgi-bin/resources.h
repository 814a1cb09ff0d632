/* resources.h - what the resource library's files share: the row as XML, reach, audit, redirects. */
#ifndef RESOURCES_H
#define RESOURCES_H
#include <libxml/tree.h>

#include "ctx.h"
#include "db.h"
#include "sniff.h"

/* What may be shared: documents, videos, pictures, archives and text. */
#define RESOURCE_KINDS	(KIND_BIT(KIND_PDF) | KIND_BIT(KIND_OFFICE) | \
	KIND_BIT(KIND_VIDEO) | KIND_BIT(KIND_IMAGE) | KIND_BIT(KIND_ARCHIVE) | \
	KIND_BIT(KIND_TEXT))

/* Who changes resource r: the platform admin (first ? true) or, with
 * the second ? an id, its uploader. Parameters from owner_params. */
#define OWNER_SQL	" (? OR r.uploader_id = ?) "
/* Who sees resource r: everyone signed in once it is published and not
 * deleted, and those OWNER_SQL names always. */
#define SEEN_SQL \
	" ((r.status = 'published' AND r.deleted_at IS NULL) OR" OWNER_SQL ") "

/* The lists' search (title or summary) and category subtree filters, on
 * resource r and its category k; parameters from resource_list_begin. */
#define FILTER_SQL \
	" AND (? IS NULL OR r.title LIKE ? OR r.summary LIKE ?) " \
	" AND (? IS NULL OR k.path LIKE CONCAT((SELECT path FROM category " \
	"  WHERE id = ?), '%')) "

/* The columns resource_add reads, summary (an expression: lists cut it)
 * last, and the joins they need. */
#define RESOURCE_COLS(summary) \
	" r.id, r.title, r.category_id, k.name, r.status, r.reason, r.version, " \
	" r.downloads, u.name, r.uploader_id, " \
	" DATE_FORMAT(r.created_at, '%Y-%m-%d %H:%i:%s'), " \
	" DATE_FORMAT(r.published_at, '%Y-%m-%d %H:%i:%s'), " \
	" DATE_FORMAT(r.version_at, '%Y-%m-%d %H:%i:%s'), v.name, " \
	" DATE_FORMAT(r.deleted_at, '%Y-%m-%d %H:%i:%s'), d.name, " \
	" DATE_FORMAT(r.updated_at, '%Y-%m-%d %H:%i:%s'), " \
	" f.kind, f.size, f.name, " summary " "
#define RESOURCE_FROM \
	" FROM resource r JOIN file f ON f.id = r.file_id " \
	" JOIN account u ON u.id = r.uploader_id " \
	" JOIN account v ON v.id = r.version_by " \
	" LEFT JOIN account d ON d.id = r.deleted_by " \
	" LEFT JOIN category k ON k.id = r.category_id "

/* What a change needs to know of the resource it locked. */
struct res_lock {
	char	status[16];
	int	deleted;
};

/* The two parameters of OWNER_SQL for the signed-in user. */
void	 owner_params(const struct ctx *c, struct db_param p[2]);
/* Starts page name with its list <resources>, saying the route's query
 * inputs before "page" as attributes; fills the five parameters of
 * FILTER_SQL from inputs 0 (q) and 1 (cat). The list, NULL on failure. */
xmlNodePtr resource_list_begin(struct ctx *c, const char *name,
	    struct db_param p[5]);
/* Adds <resource> under parent from st's current row (RESOURCE_COLS). */
xmlNodePtr resource_add(xmlNodePtr parent, struct stmt *st);
/* Runs st, a list of RESOURCE_COLS rows with LIMIT page_size + 1 and
 * OFFSET its last parameter, into list with its pager; 200 or a status. */
int	 resource_list_read(struct ctx *c, xmlNodePtr list, struct stmt *st,
	    const struct db_param *p, unsigned int np, long long page,
	    long long page_size);
/* Sends as a download the file whose id is the first column of st's row
 * (run with p); 404 when there is none, or a db status. */
int	 resource_file_send(struct ctx *c, struct stmt *st,
	    const struct db_param *p, unsigned int np);
/* Opens the transaction of a change of resource id by c (the admin, or
 * its uploader), locks it and says where it stands and what it was (JSON
 * for the audit trail): 0, or the answer, rolled back (404 out of reach). */
int	 resource_lock(struct ctx *c, long long id, struct res_lock *out,
	    const char **before);
/* Ends a write on resource id: audit entry with before and after,
 * commit; 0 or an error status (rolled back). */
int	 resource_write_end(struct ctx *c, const char *action, long long id,
	    const char *before);
/* 303 back to the resource's editor with a note. */
int	 to_resource(struct ctx *c, long long id, const char *done);
#endif
