/* valid.c - pure validators for typed route inputs; each returns a field error code. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "req.h"
#include "valid.h"

static const char *const verr_codes[VERR__MAX] = {
	"ok", "required", "too_long", "too_short", "bad_utf8",
	"bad_charset", "out_of_range", "bad_format", "not_allowed",
};

const char *
verr_code(enum verr e)
{
	return (unsigned)e < VERR__MAX ? verr_codes[e] : "bad_format";
}

size_t
utf8_chars(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			c++;
	return c;
}

enum verr
valid_int(const char *s, long long min, long long max, long long *out)
{
	char		*end;
	long long	 v;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if (!(isdigit((unsigned char)*s) || (*s == '-' && s[1] != '\0')))
		return VERR_BAD_FORMAT;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end != '\0')
		return VERR_BAD_FORMAT;
	if (errno == ERANGE || v < min || v > max)
		return VERR_OUT_OF_RANGE;
	*out = v;
	return VERR_OK;
}

/* Text is UTF-8 without control characters other than tab and newlines. */
enum verr
valid_text(const char *s, size_t len, size_t minchars, size_t maxchars)
{
	size_t i, n;

	if (s == NULL || len == 0)
		return minchars ? VERR_REQUIRED : VERR_OK;
	if (!utf8_valid(s, len))
		return VERR_BAD_UTF8;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    c == 0x7f)
			return VERR_BAD_CHARSET;
	}
	n = utf8_chars(s, len);
	if (n < minchars)
		return VERR_TOO_SHORT;
	if (n > maxchars)
		return VERR_TOO_LONG;
	return VERR_OK;
}

enum verr
valid_enum(const char *s, const char *const *allowed)
{
	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	for (; *allowed != NULL; allowed++)
		if (strcmp(s, *allowed) == 0)
			return VERR_OK;
	return VERR_NOT_ALLOWED;
}

enum verr
valid_email(const char *s)
{
	const char	*at, *dot, *p;
	size_t		 n;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if ((n = strlen(s)) > 254)
		return VERR_TOO_LONG;
	for (p = s; *p; p++)
		if (!isalnum((unsigned char)*p) && strchr("._%+-@", *p) == NULL)
			return VERR_BAD_FORMAT;
	at = strchr(s, '@');
	if (at == NULL || at == s || strchr(at + 1, '@') != NULL)
		return VERR_BAD_FORMAT;
	dot = strrchr(at, '.');
	if (dot == NULL || dot == at + 1 || dot[1] == '\0' || s[n - 1] == '.')
		return VERR_BAD_FORMAT;
	return VERR_OK;
}

/* Mainland mobile numbers: 11 digits starting with 1[3-9]. */
enum verr
valid_phone(const char *s)
{
	size_t i;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if (strlen(s) != 11 || s[0] != '1' || s[1] < '3' || s[1] > '9')
		return VERR_BAD_FORMAT;
	for (i = 0; i < 11; i++)
		if (!isdigit((unsigned char)s[i]))
			return VERR_BAD_FORMAT;
	return VERR_OK;
}

/* A resident identity card number (GB 11643): 17 digits, then the ISO
 * 7064 MOD 11-2 check character (0-9 or X). */
enum verr
valid_id_no(const char *s)
{
	static const char	 check[] = "10X98765432";
	unsigned int		 i, sum = 0;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if (strlen(s) != 18)
		return VERR_BAD_FORMAT;
	for (i = 0; i < 17; i++) {
		if (!isdigit((unsigned char)s[i]))
			return VERR_BAD_FORMAT;
		/* The weight of position i is 2^(17 - i) mod 11. */
		sum += (unsigned int)(s[i] - '0') * ((1u << (17 - i)) % 11);
	}
	return s[17] == check[sum % 11] ? VERR_OK : VERR_BAD_FORMAT;
}

enum verr
valid_login(const char *s)
{
	size_t n;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if ((n = strlen(s)) > 64)
		return VERR_TOO_LONG;
	if (n < 2)
		return VERR_TOO_SHORT;
	if (strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789._-") != n ||
	    !isalnum((unsigned char)s[0]))
		return VERR_BAD_CHARSET;
	return VERR_OK;
}

/* YYYY-MM-DD, a real calendar date. */
enum verr
valid_date(const char *s)
{
	static const int mdays[] = {31,29,31,30,31,30,31,31,30,31,30,31};
	int	y, m, d, i;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return VERR_BAD_FORMAT;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return VERR_BAD_FORMAT;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return VERR_OUT_OF_RANGE;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return VERR_OUT_OF_RANGE;
	return VERR_OK;
}

/* YYYY-MM-DDTHH:MM, as a datetime-local field sends it. */
enum verr
valid_datetime(const char *s)
{
	enum verr	e;
	char		day[11];

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if (strlen(s) != 16 || s[10] != 'T' || s[13] != ':' ||
	    !isdigit((unsigned char)s[11]) || !isdigit((unsigned char)s[12]) ||
	    !isdigit((unsigned char)s[14]) || !isdigit((unsigned char)s[15]))
		return VERR_BAD_FORMAT;
	memcpy(day, s, 10);
	day[10] = '\0';
	if ((e = valid_date(day)) != VERR_OK)
		return e;
	if (atoi(s + 11) > 23 || atoi(s + 14) > 59)
		return VERR_OUT_OF_RANGE;
	return VERR_OK;
}

/* A non-negative amount with at most one decimal, up to max: credits, hours. */
enum verr
valid_decimal(const char *s, long long max)
{
	const char	*dot;
	size_t		 n;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	n = strspn(s, "0123456789");
	dot = s + n;
	if (n == 0 || n > 6 || (*dot != '\0' && (*dot != '.' ||
	    !isdigit((unsigned char)dot[1]) || dot[2] != '\0')))
		return VERR_BAD_FORMAT;
	return atoll(s) > max || (atoll(s) == max && *dot == '.' && dot[1] != '0') ?
	    VERR_OUT_OF_RANGE : VERR_OK;
}

/* An http(s) address for a link or a live room. */
enum verr
valid_url(const char *s)
{
	size_t i;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
		return VERR_BAD_FORMAT;
	for (i = 0; s[i] != '\0'; i++)
		if ((unsigned char)s[i] <= ' ' || s[i] == '"' || s[i] == '<' ||
		    s[i] == '>' || (unsigned char)s[i] == 0x7f)
			return VERR_BAD_FORMAT;
	return i > 500 ? VERR_TOO_LONG : VERR_OK;
}

/* A path on this site to send someone back to: never another host. */
enum verr
valid_local_path(const char *s)
{
	const char *p;

	if (s == NULL || *s == '\0')
		return VERR_REQUIRED;
	if (s[0] != '/' || s[1] == '/' || s[1] == '\\' || strlen(s) > 512)
		return VERR_BAD_FORMAT;
	for (p = s; *p; p++)
		if ((unsigned char)*p < 0x21 || *p == '\\' || *p == 0x7f)
			return VERR_BAD_FORMAT;
	return VERR_OK;
}

/* Blank lines are no choice, and blanks around one are not part of it. */
unsigned int
option_lines(const char *s, const char **line, size_t *len, unsigned int max)
{
	unsigned int	n = 0;
	size_t		l, lead;

	for (; s != NULL && *s != '\0' && n < max; s += l + (s[l] != '\0')) {
		l = strcspn(s, "\r\n");
		if ((lead = strspn(s, " \t")) >= l)
			continue;
		line[n] = s + lead;
		for (len[n] = l - lead; s[lead + len[n] - 1] == ' ' ||
		    s[lead + len[n] - 1] == '\t'; len[n]--)
			;
		n++;
	}
	return n;
}
