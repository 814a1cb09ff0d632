/* csv.h - reading uploaded CSV (UTF-8 or GBK, as Excel in China saves it) and writing CSV that Excel opens. */
#ifndef CSV_H
#define CSV_H
#include <stddef.h>

#include "arena.h"

#define CSV_MAX_COLS	64
/* The UTF-8 byte order mark Excel needs to read UTF-8 CSV as UTF-8. */
#define CSV_BOM		"\xEF\xBB\xBF"

/*
 * Returns the text as UTF-8 in *out (NUL-terminated, arena-owned) with any
 * UTF-8 BOM removed: valid UTF-8 is taken as is; otherwise it is converted
 * from GB18030 (a superset of GBK) with iconv. A file that starts with a
 * UTF-8 BOM is held to UTF-8. Returns 0, or -1 when it is neither, holds a
 * NUL byte, or on out of memory. outlen may be NULL.
 */
int	 csv_to_utf8(struct arena *, const char *buf, size_t len, char **out,
	    size_t *outlen);

struct csv_reader {
	const char	*p, *end;
	unsigned int	 line;	/* physical line where the next row starts, from 1 */
};

struct csv_row {
	unsigned int	 line;	/* physical line the row started on */
	unsigned int	 ncol;
	char		*col[CSV_MAX_COLS];
};

void	 csv_reader_init(struct csv_reader *, const char *text, size_t len);
/*
 * RFC 4180: fields separated by ',', rows by LF or CRLF (a lone CR also
 * ends a row); a field in double quotes may hold commas, newlines and ""
 * for a quote. Unquoted fields are trimmed of spaces and tabs; blanks
 * around a quoted field are ignored. Completely empty lines are skipped.
 * Returns 1 with a row, 0 at the end, -1 on a malformed row (unterminated
 * quote, text after a closing quote, more than CSV_MAX_COLS fields, out of
 * memory); after -1, r->line is the line of the bad row and reading must
 * stop.
 */
int	 csv_next(struct arena *, struct csv_reader *r, struct csv_row *row);
/*
 * One field for output: quoted when it holds , " CR or LF (quotes doubled).
 * A value starting with = + - @ TAB or CR is prefixed with ' so Excel does
 * not run it as a formula (CSV injection); negative numbers are prefixed
 * too, as telling them from formulas is not worth the risk. Arena-owned,
 * NULL on out of memory.
 */
char	*csv_field(struct arena *, const char *s);
/* Takes off, in place, the ' csv_field put before a formula's first
 * character, so a file written by csv_out_row reads back as it was. */
void	 csv_untick(char *s);

/* A CSV text being written for Excel: the BOM, then rows ended by CRLF. */
struct csv_out {
	struct arena	*a;
	char		*p;		/* NUL-terminated, arena-owned */
	size_t		 len, cap;
};
/* 0, or -1 when out of memory (for each). */
int	 csv_out_begin(struct csv_out *, struct arena *);
/* One row of n cells, each through csv_field; a NULL cell is empty. */
int	 csv_out_row(struct csv_out *, const char *const *cells, size_t n);
#endif
