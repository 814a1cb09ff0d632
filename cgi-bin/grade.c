/* grade.c - marking an answer against its key, for every kind of question; pure, unit-tested. */
#include <ctype.h>
#include <string.h>

#include "grade.h"

#define MAX_OPTIONS	26	/* A to Z */
#define MAX_BLANK	512	/* bytes of one normalised blank */

const char *const qtype_names[Q__MAX] = { "single", "multiple", "truefalse",
    "fill", "short" };

/* The set of option letters in s as bits; -1 when s holds anything else
 * or a letter twice. Spaces and commas between letters are allowed. */
static long
letters(const char *s)
{
	long	set = 0, bit;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == ',')
			continue;
		if (toupper((unsigned char)*s) < 'A' ||
		    toupper((unsigned char)*s) > 'Z')
			return -1;
		bit = 1L << (toupper((unsigned char)*s) - 'A');
		if (set & bit)
			return -1;
		set |= bit;
	}
	return set;
}

static int
choice(const char *key, const char *answer, int points, int *tenths)
{
	long k = letters(key), a = letters(answer ? answer : "");

	if (k <= 0 || (k & (k - 1)) != 0)	/* exactly one letter */
		return -1;
	*tenths = a == k ? points : 0;
	return 0;
}

static int
multiple(const char *key, const char *answer, int points, int *tenths)
{
	long k = letters(key), a = letters(answer ? answer : "");

	if (k <= 0)
		return -1;
	if (a == k)
		*tenths = points;
	else if (a > 0 && (a & ~k) == 0)
		*tenths = points / 2;
	else
		*tenths = 0;
	return 0;
}

static int
truefalse(const char *key, const char *answer, int points, int *tenths)
{
	if (strcmp(key, "T") != 0 && strcmp(key, "F") != 0)
		return -1;
	*tenths = answer != NULL && toupper((unsigned char)answer[0]) ==
	    key[0] && answer[1] == '\0' ? points : 0;
	return 0;
}

/* s[0..n) trimmed, runs of spaces as one, ASCII lower-cased, into out. */
static void
normal(const char *s, size_t n, char out[MAX_BLANK])
{
	size_t	o = 0;
	int	space = 0;

	while (n > 0 && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	for (; n > 0 && o < MAX_BLANK - 1; s++, n--) {
		if (isspace((unsigned char)*s)) {
			space = 1;
			continue;
		}
		if (space && o < MAX_BLANK - 2)
			out[o++] = ' ';
		space = 0;
		out[o++] = (char)tolower((unsigned char)*s);
	}
	out[o] = '\0';
}

/* Whether the blank written (w, wn bytes) is one of the accepted answers
 * of the key line (k, kn bytes, '|' between them). */
static int
blank_right(const char *k, size_t kn, const char *w, size_t wn)
{
	char	want[MAX_BLANK], got[MAX_BLANK];
	size_t	n;

	normal(w, wn, got);
	if (got[0] == '\0')
		return 0;
	while (kn > 0) {
		for (n = 0; n < kn && k[n] != '|'; n++)
			;
		normal(k, n, want);
		if (want[0] != '\0' && strcmp(want, got) == 0)
			return 1;
		k += n + (n < kn);
		kn -= n + (n < kn);
	}
	return 0;
}

static int
fill(const char *key, const char *answer, int points, int *tenths)
{
	const char	*a = answer ? answer : "";
	size_t		 kn, an;
	int		 blanks = 0, right = 0;

	while (*key != '\0') {
		kn = strcspn(key, "\n");
		an = strcspn(a, "\n");
		if (kn == 0)
			return -1;	/* a blank nothing answers */
		blanks++;
		right += blank_right(key, kn, a, an);
		key += kn + (key[kn] != '\0');
		a += an + (a[an] != '\0');
	}
	if (blanks == 0)
		return -1;
	*tenths = points * right / blanks;
	return 0;
}

int
grade(enum qtype t, const char *key, const char *answer, int points,
    int *tenths)
{
	if (key == NULL || points < 0)
		return -1;
	switch (t) {
	case Q_SINGLE:
		return choice(key, answer, points, tenths);
	case Q_MULTIPLE:
		return multiple(key, answer, points, tenths);
	case Q_TRUEFALSE:
		return truefalse(key, answer, points, tenths);
	case Q_FILL:
		return fill(key, answer, points, tenths);
	case Q_SHORT:
		return 1;
	default:
		return -1;
	}
}
