/* csv_import.h - what every CSV import shares: the upload read as UTF-8 and cut into rows,
 * the dry run's report of every problem by line and column, and the checked file kept as a
 * batch until its confirmation runs the dry run again and writes every row or none. */
#ifndef CSV_IMPORT_H
#define CSV_IMPORT_H
#include <libxml/tree.h>

#include "csv.h"
#include "ctx.h"

/* The most rows a file may hold; an export for re-import holds no more. */
#define CSV_IMPORT_MAX_ROWS	20000

/* An importer embeds this first in its own state, so its callbacks may
 * take the pointer they get as theirs. */
struct csv_import {
	/* Set by the importer before csv_import_begin. */
	const char		*kind;		/* of its batches: "people" … */
	unsigned int		 ncols;		/* columns of a row */
	unsigned int		 nopt;		/* trailing ones that may be left out */
	const char *const	*header;	/* first cells of a header row, NULL-ended */
	const char		*columns_code;	/* the problem of a row of another width */
	/* Checks m->rows, reporting each problem: DB_OK or a db error. */
	int			(*check)(struct csv_import *);
	/* Writes every row, inside the transaction: DB_OK or a db error. */
	int			(*write)(struct csv_import *);
	/* Filled in. */
	struct ctx		*c;
	xmlNodePtr		 report;	/* the page's element, holding <problem>s */
	char			*text;		/* the file as UTF-8 */
	struct csv_row		*rows;		/* left-out columns are "" */
	int			 nrows;
	int			 nproblems;
};

/* Zeroes what is filled in and starts page name with the report element
 * el; 0 or -1. */
int	 csv_import_begin(struct csv_import *, struct ctx *, const char *name,
	    const char *el);
/* One problem of line's column, as err.CODE in the reader's language. */
void	 csv_import_problem(struct csv_import *, unsigned int line,
	    const char *col, const char *code);
/* The dry run of the uploaded "file": every problem reported, a good file
 * kept as a batch (the report's batch attribute); the HTTP status. */
int	 csv_import_dry(struct csv_import *);
/* Confirms the caller's batch c->param[0] of this kind: in one
 * transaction, locked so a second confirmation finds it done, the dry run
 * again against today's data, then every row written and one audit entry
 * (action, with the count). 0, or the HTTP status after rolling back
 * (409 when the file no longer passes, with the report). */
int	 csv_import_commit(struct csv_import *, const char *action);
#endif
