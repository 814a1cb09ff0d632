/* req.c - raw request to fields, cookies and files: pure, size-capped, fuzzable. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "req.h"

#define MP_BUF		65536	/* multipart window; one part's headers must fit */
#define MP_MAX_HDR	4096

int
utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	unsigned int	     c, need, min;

	while (p < e) {
		c = *p++;
		if (c < 0x80) {
			if (c == 0)
				return 0;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			need = 1; min = 0x80; c &= 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			need = 2; min = 0x800; c &= 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3; min = 0x10000; c &= 0x07;
		} else
			return 0;
		if ((size_t)(e - p) < need)
			return 0;
		while (need--) {
			if ((*p & 0xc0) != 0x80)
				return 0;
			c = (c << 6) | (*p++ & 0x3f);
		}
		/* Overlong forms, surrogates and values past U+10FFFF. */
		if (c < min || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
			return 0;
	}
	return 1;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes %XX and '+' of s[0..n) into the arena; 0, 400 or 500. */
static int
url_decode(struct req *r, const char *s, size_t n, const char **out,
    size_t *outlen)
{
	char	*d;
	size_t	 i, j;
	int	 hi, lo;

	if ((d = arena_alloc(r->arena, n + 1)) == NULL)
		return 500;
	for (i = j = 0; i < n; i++) {
		if (s[i] == '+')
			d[j++] = ' ';
		else if (s[i] != '%')
			d[j++] = s[i];
		else {
			if (i + 2 >= n)
				return 400;
			if ((hi = hexval(s[i + 1])) < 0 ||
			    (lo = hexval(s[i + 2])) < 0)
				return 400;
			d[j++] = (char)(hi << 4 | lo);
			i += 2;
		}
	}
	d[j] = '\0';
	if (!utf8_valid(d, j))
		return 400;
	*out = d;
	*outlen = j;
	return 0;
}

static struct field *
field_add(struct req *r, struct field_list *l)
{
	struct field	*v;
	size_t		 cap;

	if (l->n == l->cap) {
		cap = l->cap ? l->cap * 2 : 16;
		if ((v = arena_alloc(r->arena, cap * sizeof(*v))) == NULL)
			return NULL;
		if (l->n)
			memcpy(v, l->v, l->n * sizeof(*v));
		l->v = v;
		l->cap = cap;
	}
	return &l->v[l->n++];
}

/* Splits s on sep into name=value pairs, url-decoding both. */
static int
parse_pairs(struct req *r, struct field_list *l, const char *s, size_t n,
    char sep, int trim)
{
	const char	*e = s + n, *p, *eq;
	struct field	*f;
	size_t		 nlen;
	int		 rc;

	while (s < e) {
		while (trim && s < e && *s == ' ')
			s++;
		if ((p = memchr(s, sep, (size_t)(e - s))) == NULL)
			p = e;
		if (p == s) {
			s++;
			continue;
		}
		if ((size_t)(p - s) > r->lim->max_field_len * 3)
			return 413;
		if (l->n >= r->lim->max_fields)
			return 413;
		if ((f = field_add(r, l)) == NULL)
			return 500;
		eq = memchr(s, '=', (size_t)(p - s));
		if ((rc = url_decode(r, s, (size_t)((eq ? eq : p) - s),
		    &f->name, &nlen)) != 0)
			return rc;
		if (eq == NULL) {
			f->val = "";
			f->len = 0;
		} else if ((rc = url_decode(r, eq + 1, (size_t)(p - eq - 1),
		    &f->val, &f->len)) != 0)
			return rc;
		if (nlen > r->lim->max_field_len ||
		    f->len > r->lim->max_field_len)
			return 413;
		s = p + 1;
	}
	return 0;
}

int
req_parse_query(struct req *r, const char *qs)
{
	if (qs == NULL)
		return 0;
	return parse_pairs(r, &r->query, qs, strlen(qs), '&', 0);
}

int
req_parse_cookies(struct req *r, const char *hdr)
{
	if (hdr == NULL)
		return 0;
	return parse_pairs(r, &r->cookies, hdr, strlen(hdr), ';', 1);
}

const struct field *
req_get(const struct field_list *l, const char *name)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].name, name) == 0)
			return &l->v[i];
	return NULL;
}

/* Reads exactly n bytes unless the stream ends early; returns the count or -1. */
static long
read_full(req_read_fn rd, void *ctx, char *buf, size_t n)
{
	size_t	got = 0;
	long	k;

	while (got < n) {
		if ((k = rd(ctx, buf + got, n - got)) < 0)
			return -1;
		if (k == 0)
			break;
		got += (size_t)k;
	}
	return (long)got;
}

/* A urlencoded form carries text and is read whole into memory; files
 * come as multipart and stream to disk, so only they need max_body. */
#define URLENCODED_MAX	(4u << 20)

static int
parse_urlencoded(struct req *r, size_t clen, req_read_fn rd, void *ctx)
{
	char *buf;

	if (clen > URLENCODED_MAX)
		return 413;
	if ((buf = arena_alloc(r->arena, clen + 1)) == NULL)
		return 500;
	if (read_full(rd, ctx, buf, clen) != (long)clen)
		return 400;
	return parse_pairs(r, &r->body, buf, clen, '&', 0);
}

/* State of one multipart body being streamed through a fixed window. */
struct mp {
	struct req	*r;
	req_read_fn	 rd;
	void		*ctx;
	size_t		 left;		/* body bytes not yet read */
	char		*buf;
	size_t		 have;
	char		 delim[80];	/* "\r\n--" boundary */
	size_t		 dlen;
	struct field	*f;		/* the part being read */
	int		 fd;		/* its temporary file, or -1 */
	char		*val;		/* its value, when not a file */
};

/* Tops up the window; returns 0, or 400 when the body ended early. */
static int
mp_fill(struct mp *m)
{
	size_t	want;
	long	k;

	want = MP_BUF - m->have;
	if (want > m->left)
		want = m->left;
	if (want == 0)
		return m->have ? 0 : 400;
	if ((k = read_full(m->rd, m->ctx, m->buf + m->have, want)) <= 0)
		return 400;
	m->have += (size_t)k;
	m->left -= (size_t)k;
	return 0;
}

static void
mp_consume(struct mp *m, size_t n)
{
	memmove(m->buf, m->buf + n, m->have - n);
	m->have -= n;
}

/* Extracts the quoted parameter key="..." from a header line. */
static const char *
hdr_param(struct req *r, const char *line, size_t n, const char *key)
{
	const char	*p, *e = line + n, *q;
	size_t		 klen = strlen(key);

	for (p = line; p + klen + 2 <= e; p++) {
		if ((p == line || p[-1] == ' ' || p[-1] == ';') &&
		    strncasecmp(p, key, klen) == 0 && p[klen] == '=' &&
		    p[klen + 1] == '"') {
			p += klen + 2;
			if ((q = memchr(p, '"', (size_t)(e - p))) == NULL)
				return NULL;
			return arena_strndup(r->arena, p, (size_t)(q - p));
		}
	}
	return NULL;
}

/* Parses the headers of a part at the window's start and opens its sink. */
static int
mp_part_begin(struct mp *m)
{
	char		*end, *line, *eol;
	const char	*fname = NULL;
	char		 path[4096];
	int		 rc;

	while ((end = memmem(m->buf, m->have, "\r\n\r\n", 4)) == NULL) {
		if (m->have >= MP_MAX_HDR || m->left == 0)
			return 400;
		if ((rc = mp_fill(m)) != 0)
			return rc;
	}
	if (m->r->body.n >= m->r->lim->max_fields)
		return 413;
	if ((m->f = field_add(m->r, &m->r->body)) == NULL)
		return 500;
	for (line = m->buf; line < end; line = eol + 2) {
		eol = memmem(line, (size_t)(end + 2 - line), "\r\n", 2);
		if (strncasecmp(line, "content-disposition:", 20) == 0) {
			m->f->name = hdr_param(m->r, line, (size_t)(eol - line),
			    "name");
			fname = hdr_param(m->r, line, (size_t)(eol - line),
			    "filename");
		} else if (strncasecmp(line, "content-type:", 13) == 0)
			m->f->ctype = arena_strndup(m->r->arena, line + 13,
			    (size_t)(eol - line - 13));
	}
	mp_consume(m, (size_t)(end + 4 - m->buf));
	if (m->f->name == NULL ||
	    !utf8_valid(m->f->name, strlen(m->f->name)) ||
	    strlen(m->f->name) > m->r->lim->max_field_len)
		return 400;
	m->f->len = 0;
	m->fd = -1;
	if (fname == NULL)
		return 0;
	/* Only the base name is kept: the client's path means nothing here. */
	if (strrchr(fname, '/'))
		fname = strrchr(fname, '/') + 1;
	if (strrchr(fname, '\\'))
		fname = strrchr(fname, '\\') + 1;
	if (!utf8_valid(fname, strlen(fname)))
		return 400;
	m->f->val = fname;
	m->f->len = strlen(fname);
	snprintf(path, sizeof(path), "%s/up-XXXXXX", m->r->lim->tmp_dir);
	if ((m->fd = mkstemp(path)) < 0)
		return 500;
	m->r->ntmp++;
	m->f->file = arena_strndup(m->r->arena, path, strlen(path));
	return m->f->file ? 0 : 500;
}

/* Appends part data to the file or the value buffer. */
static int
mp_emit(struct mp *m, const char *p, size_t n)
{
	if (m->f == NULL)
		return 0;
	if (m->fd >= 0) {
		m->f->fsize += n;
		while (n > 0) {
			ssize_t w = write(m->fd, p, n);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				return 500;
			p += w;
			n -= (size_t)w;
		}
		return 0;
	}
	if (m->f->len + n > m->r->lim->max_field_len)
		return 413;
	memcpy(m->val + m->f->len, p, n);
	m->f->len += n;
	return 0;
}

/* Streams one part's data up to its delimiter; sets *last at the final one. */
static int
mp_part_data(struct mp *m, int *last)
{
	char	*d;
	size_t	 keep, safe;
	int	 rc;

	for (;;) {
		d = memmem(m->buf, m->have, m->delim, m->dlen);
		if (d != NULL && (size_t)(d - m->buf) + m->dlen + 2 <= m->have)
			break;
		/* Emit what can no longer be the start of a delimiter. */
		keep = m->dlen + 2;
		safe = d ? (size_t)(d - m->buf) :
		    (m->have > keep ? m->have - keep : 0);
		if (safe > 0) {
			if ((rc = mp_emit(m, m->buf, safe)) != 0)
				return rc;
			mp_consume(m, safe);
		}
		if (m->left == 0)
			return 400;
		if ((rc = mp_fill(m)) != 0)
			return rc;
	}
	if ((rc = mp_emit(m, m->buf, (size_t)(d - m->buf))) != 0)
		return rc;
	mp_consume(m, (size_t)(d - m->buf) + m->dlen);
	if (memcmp(m->buf, "--", 2) == 0)
		*last = 1;
	else if (memcmp(m->buf, "\r\n", 2) != 0)
		return 400;
	mp_consume(m, 2);
	return 0;
}

/* Finishes the current part: closes its file or stores its value. */
static int
mp_part_end(struct mp *m)
{
	if (m->fd >= 0) {
		if (close(m->fd) != 0)
			return 500;
		m->fd = -1;
		return 0;
	}
	if (!utf8_valid(m->val, m->f->len))
		return 400;
	m->f->val = arena_strndup(m->r->arena, m->val, m->f->len);
	return m->f->val ? 0 : 500;
}

static int
parse_multipart(struct req *r, const char *ctype, size_t clen,
    req_read_fn rd, void *ctx)
{
	struct mp	 m;
	const char	*b;
	size_t		 blen;
	int		 rc, last = 0;

	if ((b = strcasestr(ctype, "boundary=")) == NULL)
		return 400;
	b += 9;
	blen = strcspn(b, "; ");
	if (blen > 2 && b[0] == '"' && b[blen - 1] == '"') {
		b++;
		blen -= 2;
	}
	if (blen == 0 || blen > 70)
		return 400;
	memset(&m, 0, sizeof(m));
	m.r = r;
	m.rd = rd;
	m.ctx = ctx;
	m.left = clen;
	m.fd = -1;
	m.dlen = (size_t)snprintf(m.delim, sizeof(m.delim), "\r\n--%.*s",
	    (int)blen, b);
	if ((m.buf = arena_alloc(r->arena, MP_BUF)) == NULL ||
	    (m.val = arena_alloc(r->arena, r->lim->max_field_len + 1)) == NULL)
		return 500;
	/* The first delimiter has no CRLF before it: supply one, and let the
	 * preamble (normally empty) be data that goes nowhere. */
	memcpy(m.buf, "\r\n", 2);
	m.have = 2;
	if ((rc = mp_part_data(&m, &last)) != 0)
		return rc;
	while (!last) {
		if ((rc = mp_part_begin(&m)) != 0 ||
		    (rc = mp_part_data(&m, &last)) != 0 ||
		    (rc = mp_part_end(&m)) != 0) {
			if (m.fd >= 0)
				close(m.fd);
			return rc;
		}
	}
	return 0;
}

int
req_parse_body(struct req *r, const char *ctype, size_t clen,
    req_read_fn rd, void *ctx)
{
	if (clen == 0)
		return 0;
	if (clen > r->lim->max_body)
		return 413;
	if (ctype == NULL)
		return 400;
	if (strncasecmp(ctype, "application/x-www-form-urlencoded", 33) == 0)
		return parse_urlencoded(r, clen, rd, ctx);
	if (strncasecmp(ctype, "multipart/form-data", 19) == 0)
		return parse_multipart(r, ctype, clen, rd, ctx);
	return 400;
}

void
req_cleanup(struct req *r)
{
	size_t i;

	for (i = 0; r->ntmp > 0 && i < r->body.n; i++)
		if (r->body.v[i].file != NULL) {
			unlink(r->body.v[i].file);
			r->ntmp--;
		}
}

char *
url_encode(struct arena *a, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			*out, *o;

	if ((out = o = arena_alloc(a, 3 * strlen(s) + 1)) == NULL)
		return NULL;
	for (; *s != '\0'; s++) {
		unsigned char ch = (unsigned char)*s;
		if (isalnum(ch) || strchr("-._~/", ch) != NULL)
			*o++ = (char)ch;
		else {
			*o++ = '%';
			*o++ = hex[ch >> 4];
			*o++ = hex[ch & 15];
		}
	}
	*o = '\0';
	return out;
}
