/* req.h - raw request to fields, cookies and files: pure, size-capped, fuzzable. */
#ifndef REQ_H
#define REQ_H
#include <stddef.h>

#include "arena.h"

enum req_method { METHOD_GET, METHOD_HEAD, METHOD_POST, METHOD__MAX };

/* One name/value pair. For a file part of a multipart body, val is the
 * client's file name and file is the path of the temporary copy. */
struct field {
	const char	*name;
	const char	*val;
	size_t		 len;
	const char	*file;
	const char	*ctype;
	size_t		 fsize;
};

struct field_list {
	struct field	*v;
	size_t		 n;
	size_t		 cap;
};

struct req_limits {
	size_t		 max_body;	/* bytes of body in all */
	size_t		 max_fields;	/* fields per list */
	size_t		 max_field_len;	/* bytes of one non-file value or name */
	const char	*tmp_dir;	/* where file parts are streamed */
};

struct req {
	enum req_method		 method;
	const char		*path;
	struct field_list	 query;
	struct field_list	 body;
	struct field_list	 cookies;
	struct arena		*arena;
	const struct req_limits	*lim;
	int			 ntmp;	/* temporary files made for file parts */
};

/* Reads up to len bytes into buf; returns the count, 0 at the end, <0 on error. */
typedef long (*req_read_fn)(void *ctx, char *buf, size_t len);

/* Each parser returns 0, or the HTTP status that refuses the input
 * (400 malformed or not UTF-8, 413 over a limit, 500 on a local failure). */
int	 req_parse_query(struct req *, const char *qs);
int	 req_parse_cookies(struct req *, const char *hdr);
int	 req_parse_body(struct req *, const char *ctype, size_t clen,
	    req_read_fn, void *);
/* Removes the temporary files of file parts. */
void	 req_cleanup(struct req *);

const struct field *req_get(const struct field_list *, const char *name);
int	 utf8_valid(const char *, size_t);
/* s percent-encoded for a query value (unreserved characters kept). */
char	*url_encode(struct arena *, const char *s);
#endif
