/* fuzz_csv.c - libFuzzer target for the CSV decoder, reader and writer. */
#include <stdint.h>
#include <string.h>

#include "csv.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* A field read must read back the same after csv_field, but for the ' prefix. */
static void
round_trip(struct arena *a, const char *v)
{
	struct csv_reader	 r;
	struct csv_row		 row;
	char			*s, *got;
	size_t			 n;
	int			 tick;

	/* An empty line is no row, so a lone empty field cannot come back. */
	if (v[0] == '\0' || (s = csv_field(a, v)) == NULL)
		return;
	tick = strchr("=+-@\t\r", v[0]) != NULL;
	n = strlen(s);
	csv_reader_init(&r, s, n);
	if (csv_next(a, &r, &row) != 1 || row.ncol != 1 ||
	    csv_next(a, &r, &row) != 0)
		__builtin_trap();
	got = row.col[0];
	if (tick && *got++ != '\'')
		__builtin_trap();
	/* Unquoted output loses its surrounding blanks on reading, as it should. */
	if (s[0] != '"' && (is_blank(s[0]) || is_blank(s[n - 1])))
		return;
	if (strcmp(got, v) != 0)
		__builtin_trap();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	 a;
	struct csv_reader	 r;
	struct csv_row		 row;
	char			*text, *copy;
	size_t			 n;
	unsigned int		 i;

	if (a.buf == NULL && arena_init(&a, 1 << 16) != 0)
		return 0;
	arena_reset(&a);
	if (csv_to_utf8(&a, (const char *)data, size, &text, &n) == 0) {
		if (strlen(text) != n)
			__builtin_trap();
		csv_reader_init(&r, text, n);
		while (csv_next(&a, &r, &row) == 1)
			for (i = 0; i < row.ncol; i++)
				round_trip(&a, row.col[i]);
	}
	if ((copy = arena_strndup(&a, (const char *)data, size)) != NULL)
		(void)csv_field(&a, copy);
	return 0;
}
