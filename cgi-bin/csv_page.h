/* csv_page.h - a CSV text or a statement's rows as the answer's CSV download. */
#ifndef CSV_PAGE_H
#define CSV_PAGE_H
#include <stddef.h>

#include "csv.h"
#include "ctx.h"
#include "db.h"

#define CSV_PAGE_MAX_COLS	32

/* Answers c with the finished out as the CSV download filename: every
 * CSV download ends here, so its type and its attachment are said once.
 * 200. */
int	 csv_page_answer(struct ctx *c, const struct csv_out *out,
	    const char *filename);
/* Answers c with the rows left in st (executed by the caller) as the
 * CSV download filename, Excel's way (csv.h): the header row head, then
 * columns cols[0..n-1] of each row (cols NULL: its first n columns).
 * 200, or 500 / the db status. */
int	 csv_page(struct ctx *c, struct stmt *st, const char *const *head,
	    const unsigned int *cols, size_t n, const char *filename);
#endif
