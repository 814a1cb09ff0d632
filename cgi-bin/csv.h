/* csv.h - reading uploaded CSV (UTF-8 or GBK, as Excel in China saves it) and writing CSV Excel opens. */
#ifndef CSV_H
#define CSV_H
#include <stddef.h>

#include "arena.h"

#define CSV_MAX_COLS	64
/* The byte order mark that makes Excel read UTF-8 as UTF-8. */
#define CSV_BOM		"\xEF\xBB\xBF"

/* The text as UTF-8 without a BOM: valid UTF-8 as is, else converted from
 * GB18030 (which contains GBK). 0, or -1 when it is neither or holds NUL. */
int	 csv_to_utf8(struct arena *, const char *buf, size_t len, char **out);

struct csv_reader {
	const char	*p, *end;
	unsigned int	 line;		/* physical line the next row starts on */
};

struct csv_row {
	unsigned int	 line;
	unsigned int	 ncol;
	char		*col[CSV_MAX_COLS];
};

void	 csv_reader_init(struct csv_reader *, const char *text, size_t len);
/* RFC 4180 rows (LF, CRLF or CR); unquoted fields trimmed; blank lines
 * skipped. 1 with a row, 0 at the end, -1 on a malformed row (r->line
 * names it; stop reading). */
int	 csv_next(struct arena *, struct csv_reader *r, struct csv_row *row);
/* One output field: quoted when needed; a leading = + - @ TAB or CR gets
 * a ' so Excel shows it instead of running it as a formula. */
char	*csv_field(struct arena *, const char *s);
#endif
