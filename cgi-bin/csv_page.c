/* csv_page.c - a CSV text or a statement's rows as the answer's CSV download. */
#include "csv_page.h"

int
csv_page_answer(struct ctx *c, const struct csv_out *out, const char *filename)
{
	c->text = out->p;
	c->ctype = "text/csv; charset=utf-8";
	c->filename = filename;
	return 200;
}

int
csv_page(struct ctx *c, struct stmt *st, const char *const *head,
    const unsigned int *cols, size_t n, const char *filename)
{
	const char	*cells[CSV_PAGE_MAX_COLS];
	struct csv_out	 out;
	size_t		 i;
	int		 rc;

	if (n > CSV_PAGE_MAX_COLS || csv_out_begin(&out, c->arena) != 0 ||
	    csv_out_row(&out, head, n) != 0) {
		db_done(st);
		return 500;
	}
	while ((rc = db_fetch(st)) == 1) {
		for (i = 0; i < n; i++)
			cells[i] = db_col(st, cols != NULL ? cols[i] :
			    (unsigned int)i);
		if (csv_out_row(&out, cells, n) != 0) {
			db_done(st);
			return 500;
		}
	}
	if (rc != 0)
		return db_http_status(rc);
	return csv_page_answer(c, &out, filename);
}
