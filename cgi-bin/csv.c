/* csv.c - reading uploaded CSV (UTF-8 or GBK, as Excel in China saves it) and writing CSV Excel opens. */
#include <iconv.h>
#include <string.h>

#include "csv.h"
#include "req.h"

int
csv_to_utf8(struct arena *a, const char *buf, size_t len, char **out)
{
	iconv_t	 cd;
	char	*in = (char *)buf, *o;
	size_t	 inleft = len, outleft = 4 * len + 1;

	if (memchr(buf, '\0', len) != NULL)
		return -1;
	if (len >= 3 && memcmp(buf, CSV_BOM, 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (utf8_valid(buf, len))
		return (*out = arena_strndup(a, buf, len)) ? 0 : -1;
	if ((*out = o = arena_alloc(a, outleft)) == NULL)
		return -1;
	if ((cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1)
		return -1;
	in = (char *)buf;
	inleft = len;
	if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
		iconv_close(cd);
		return -1;
	}
	iconv_close(cd);
	*o = '\0';
	return utf8_valid(*out, (size_t)(o - *out)) ? 0 : -1;
}

void
csv_reader_init(struct csv_reader *r, const char *text, size_t len)
{
	r->p = text;
	r->end = text + len;
	r->line = 1;
}

/* Ends a line at p (CRLF counts once); returns what follows it. */
static const char *
eol_skip(struct csv_reader *r, const char *p)
{
	if (*p == '\r' && p + 1 < r->end && p[1] == '\n')
		p++;
	r->line++;
	return p + 1;
}

static char *
field_trim(struct arena *a, const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return arena_strndup(a, s, n);
}

/* A quoted field from just after its opening quote; NULL if malformed. */
static char *
field_quoted(struct arena *a, struct csv_reader *r, const char **pp)
{
	const char	*p = *pp;
	char		*out = arena_alloc(a, (size_t)(r->end - p) + 1), *o = out;

	if (out == NULL)
		return NULL;
	for (; p < r->end; p++) {
		if (*p == '"' && p + 1 < r->end && p[1] == '"')
			*o++ = *p++;
		else if (*p == '"')
			break;
		else {
			if (*p == '\n' || (*p == '\r' && (p + 1 >= r->end ||
			    p[1] != '\n')))
				r->line++;
			*o++ = *p;
		}
	}
	if (p >= r->end)
		return NULL;
	for (p++; p < r->end && (*p == ' ' || *p == '\t'); p++)
		;
	if (p < r->end && *p != ',' && *p != '\n' && *p != '\r')
		return NULL;
	*o = '\0';
	*pp = p;
	return out;
}

int
csv_next(struct arena *a, struct csv_reader *r, struct csv_row *row)
{
	const char	*p = r->p, *s;

	while (p < r->end && (*p == '\n' || *p == '\r'))
		p = eol_skip(r, p);
	if (p >= r->end)
		return 0;
	row->line = r->line;
	row->ncol = 0;
	for (;;) {
		if (row->ncol == CSV_MAX_COLS)
			break;
		for (s = p; s < r->end && (*s == ' ' || *s == '\t'); s++)
			;
		if (s < r->end && *s == '"') {
			p = s + 1;
			if ((row->col[row->ncol] = field_quoted(a, r, &p)) == NULL)
				break;
		} else {
			for (s = p; p < r->end && *p != ',' && *p != '\n' &&
			    *p != '\r'; p++)
				;
			if ((row->col[row->ncol] = field_trim(a, s,
			    (size_t)(p - s))) == NULL)
				break;
		}
		row->ncol++;
		if (p >= r->end || *p != ',') {
			r->p = p < r->end ? eol_skip(r, p) : p;
			return 1;
		}
		p++;
	}
	/* The bad row is named by the line it started on. */
	r->line = row->line;
	return -1;
}

char *
csv_field(struct arena *a, const char *s)
{
	int	 formula = strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';
	char	*out, *o;

	if (!formula && strpbrk(s, ",\"\r\n") == NULL)
		return arena_strndup(a, s, strlen(s));
	if ((out = o = arena_alloc(a, 2 * strlen(s) + 4)) == NULL)
		return NULL;
	*o++ = '"';
	if (formula)
		*o++ = '\'';
	for (; *s != '\0'; s++) {
		if (*s == '"')
			*o++ = '"';
		*o++ = *s;
	}
	*o++ = '"';
	*o = '\0';
	return out;
}
