/* valid.h - pure validators for typed route inputs; each returns a field error code. */
#ifndef VALID_H
#define VALID_H
#include <stddef.h>

/* The codes name message templates err.CODE in the catalogues. */
enum verr {
	VERR_OK,
	VERR_REQUIRED,
	VERR_TOO_LONG,
	VERR_TOO_SHORT,
	VERR_BAD_UTF8,
	VERR_BAD_CHARSET,
	VERR_OUT_OF_RANGE,
	VERR_BAD_FORMAT,
	VERR_NOT_ALLOWED,
	VERR__MAX
};

const char	*verr_code(enum verr);
size_t		 utf8_chars(const char *, size_t);
enum verr	 valid_int(const char *, long long min, long long max,
		    long long *out);
enum verr	 valid_text(const char *, size_t len, size_t minchars,
		    size_t maxchars);
enum verr	 valid_enum(const char *, const char *const *allowed);
enum verr	 valid_email(const char *);
enum verr	 valid_phone(const char *);
/* Sign-in names: 2-64 of a-z 0-9 . _ -, starting with a letter or digit. */
enum verr	 valid_login(const char *);
/* Resident identity card numbers, check character included (upper X). */
enum verr	 valid_id_no(const char *);
enum verr	 valid_date(const char *);
enum verr	 valid_local_path(const char *);
enum verr	 valid_datetime(const char *);
enum verr	 valid_decimal(const char *, long long max);
enum verr	 valid_url(const char *);
/* A field holding one choice a line (a question's or a survey question's
 * options): its non-blank lines, blanks around each trimmed, at most max
 * of them as starts and lengths into line and len; the count. Callers that
 * refuse too many ask for one more than they allow. */
unsigned int	 option_lines(const char *text, const char **line, size_t *len,
		    unsigned int max);
#endif
