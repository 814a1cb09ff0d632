/* csv.c - reading uploaded CSV (UTF-8 or GBK, as Excel in China saves it) and writing CSV that Excel opens. */
#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include "csv.h"
#include "req.h"

#define BOM_LEN	3

static int
has_bom(const char *s, size_t n)
{
	return n >= BOM_LEN && memcmp(s, CSV_BOM, BOM_LEN) == 0;
}

/* glibc's GB18030 at most doubles in UTF-8 (2 bytes to 3, 4 to 4); were it
 * ever more, iconv would stop with E2BIG, a -1, not overrun. */
static char *
from_gb18030(struct arena *a, const char *buf, size_t len, size_t *outlen)
{
	iconv_t	 cd;
	char	*in = (char *)buf, *out, *o;
	size_t	 inleft = len, left, rc;

	if (len > (SIZE_MAX - 1) / 2)
		return NULL;
	left = 2 * len + 1;
	if ((out = o = arena_alloc(a, left)) == NULL)
		return NULL;
	if ((cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1)
		return NULL;
	rc = iconv(cd, &in, &inleft, &o, &left);
	iconv_close(cd);
	if (rc == (size_t)-1 || inleft != 0)
		return NULL;
	*o = '\0';
	*outlen = (size_t)(o - out);
	return out;
}

int
csv_to_utf8(struct arena *a, const char *buf, size_t len, char **out,
    size_t *outlen)
{
	size_t	 n;
	char	*s;
	int	 bom;

	*out = NULL;
	if (memchr(buf, '\0', len) != NULL)
		return -1;
	if ((bom = has_bom(buf, len))) {
		buf += BOM_LEN;
		len -= BOM_LEN;
	}
	n = len;
	/* A UTF-8 BOM is proof of UTF-8: what does not decode is damage, not GBK. */
	if (utf8_valid(buf, len))
		s = arena_strndup(a, buf, len);
	else if (bom)
		return -1;
	else if ((s = from_gb18030(a, buf, len, &n)) != NULL && has_bom(s, n)) {
		/* GB18030 has a BOM of its own, which converts to the UTF-8 one. */
		s += BOM_LEN;
		n -= BOM_LEN;
	}
	if (s == NULL)
		return -1;
	*out = s;
	if (outlen != NULL)
		*outlen = n;
	return 0;
}

void
csv_reader_init(struct csv_reader *r, const char *text, size_t len)
{
	r->p = text;
	r->end = text + len;
	r->line = 1;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Only a CR not followed by LF ends a line itself; CRLF is counted at its LF. */
static int
is_eol(const struct csv_reader *r, const char *p)
{
	return *p == '\n' || (*p == '\r' && (p + 1 == r->end || p[1] != '\n'));
}

/* Steps over the line end at p, CRLF as one, and counts it. */
static const char *
eol_skip(struct csv_reader *r, const char *p)
{
	if (*p == '\r' && p + 1 < r->end && p[1] == '\n')
		p++;
	r->line++;
	return p + 1;
}

/*
 * A quoted field, *pp just after its opening quote. It is measured before
 * it is copied so a file of many quoted fields costs its own size, not the
 * rest of the file per field.
 */
static char *
field_quoted(struct arena *a, struct csv_reader *r, const char **pp)
{
	const char	*p, *q;
	char		*out, *o;
	size_t		 n = 0;
	unsigned int	 lines = 0;

	for (p = *pp; p < r->end; p++, n++) {
		if (*p == '"' && p + 1 < r->end && p[1] == '"')
			p++;
		else if (*p == '"')
			break;
		else if (is_eol(r, p))
			lines++;
	}
	if (p == r->end)
		return NULL;
	for (q = p + 1; q < r->end && is_blank(*q); q++)
		;
	if (q < r->end && *q != ',' && *q != '\n' && *q != '\r')
		return NULL;
	if ((out = arena_alloc(a, n + 1)) == NULL)
		return NULL;
	/* Every quote before the closing one is doubled. */
	for (o = out, p = *pp; o < out + n; p++)
		if ((*o++ = *p) == '"')
			p++;
	*o = '\0';
	r->line += lines;
	*pp = q;
	return out;
}

static char *
field_next(struct arena *a, struct csv_reader *r, const char **pp)
{
	const char	*s, *e, *p = *pp;

	while (p < r->end && is_blank(*p))
		p++;
	if (p < r->end && *p == '"') {
		*pp = p + 1;
		return field_quoted(a, r, pp);
	}
	for (s = p; p < r->end && *p != ',' && *p != '\n' && *p != '\r'; p++)
		;
	for (e = p; e > s && is_blank(e[-1]); e--)
		;
	*pp = p;
	return arena_strndup(a, s, (size_t)(e - s));
}

int
csv_next(struct arena *a, struct csv_reader *r, struct csv_row *row)
{
	const char	*p = r->p;

	while (p < r->end && (*p == '\n' || *p == '\r'))
		p = eol_skip(r, p);
	r->p = p;
	if (p == r->end)
		return 0;
	row->line = r->line;
	row->ncol = 0;
	for (;;) {
		if (row->ncol == CSV_MAX_COLS ||
		    (row->col[row->ncol] = field_next(a, r, &p)) == NULL) {
			/* r->p stays at the row, so asking again fails the same way. */
			r->line = row->line;
			return -1;
		}
		row->ncol++;
		if (p == r->end || *p != ',')
			break;
		p++;
	}
	r->p = p == r->end ? p : eol_skip(r, p);
	return 1;
}

/* Whether s starts with a character Excel takes for a formula's. */
static int
formula_like(const char *s)
{
	/* strchr would also match the NUL. */
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
}

char *
csv_field(struct arena *a, const char *s)
{
	const char	*p;
	char		*out, *o;
	size_t		 n = 0;
	int		 tick;

	/* ' makes Excel show the cell as text. */
	tick = formula_like(s);
	if (strpbrk(s, ",\"\r\n") == NULL)
		return arena_printf(a, "%s%s", tick ? "'" : "", s);
	for (p = s; *p != '\0'; p++)
		n += *p == '"' ? 2 : 1;
	if ((out = o = arena_alloc(a, n + (size_t)tick + 3)) == NULL)
		return NULL;
	*o++ = '"';
	if (tick)
		*o++ = '\'';
	for (p = s; *p != '\0'; p++)
		if ((*o++ = *p) == '"')
			*o++ = '"';
	*o++ = '"';
	*o = '\0';
	return out;
}

void
csv_untick(char *s)
{
	if (s[0] == '\'' && formula_like(s + 1))
		memmove(s, s + 1, strlen(s));
}

/* Room for n more bytes and the NUL; the text moves to a block twice as
 * large, so a long export costs at most twice its size. */
static int
out_room(struct csv_out *o, size_t n)
{
	char	*p;
	size_t	 cap = o->cap;

	if (o->len + n + 1 <= cap)
		return 0;
	while (o->len + n + 1 > cap)
		cap = cap ? cap * 2 : 4096;
	if ((p = arena_alloc(o->a, cap)) == NULL)
		return -1;
	memcpy(p, o->p, o->len + 1);
	o->p = p;
	o->cap = cap;
	return 0;
}

static int
out_put(struct csv_out *o, const char *s)
{
	size_t n = strlen(s);

	if (out_room(o, n) != 0)
		return -1;
	memcpy(o->p + o->len, s, n + 1);
	o->len += n;
	return 0;
}

int
csv_out_begin(struct csv_out *o, struct arena *a)
{
	o->a = a;
	o->p = "";
	o->len = o->cap = 0;
	return out_put(o, CSV_BOM);
}

int
csv_out_row(struct csv_out *o, const char *const *cells, size_t n)
{
	const char	*f;
	size_t		 i;

	for (i = 0; i < n; i++)
		if ((i > 0 && out_put(o, ",") != 0) ||
		    (f = csv_field(o->a, cells[i] ? cells[i] : "")) == NULL ||
		    out_put(o, f) != 0)
			return -1;
	return out_put(o, "\r\n");
}
