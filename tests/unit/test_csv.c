/* test_csv.c - the CSV reader (quotes, line numbers, GBK) and writer (quoting, formulas). */
#include <string.h>

#include "csv.h"
#include "harness.h"

static struct arena a;

static int
read_all(const char *text, struct csv_row *rows, int max, unsigned int *bad)
{
	struct csv_reader	r;
	int			n = 0, rc = 0;

	arena_init(&a, 4096);
	csv_reader_init(&r, text, strlen(text));
	while (n < max && (rc = csv_next(&a, &r, &rows[n])) == 1)
		n++;
	*bad = rc < 0 ? r.line : 0;
	return n;
}

static void
t_rows_and_quotes(void)
{
	struct csv_row	rows[4];
	unsigned int	bad;
	int		n = read_all(" 张三 ,\"a,b\",\"say \"\"hi\"\"\"\r\n\r\nx,\"two\nlines\"\ny\n",
			    rows, 4, &bad);

	CHECK(n == 3 && bad == 0);
	CHECK(rows[0].ncol == 3 && strcmp(rows[0].col[0], "张三") == 0);
	CHECK(strcmp(rows[0].col[1], "a,b") == 0);
	CHECK(strcmp(rows[0].col[2], "say \"hi\"") == 0);
	CHECK(rows[1].line == 3 && strcmp(rows[1].col[1], "two\nlines") == 0);
	CHECK(rows[2].line == 5 && strcmp(rows[2].col[0], "y") == 0);
	arena_free(&a);
}

static void
t_malformed_names_its_line(void)
{
	struct csv_row	rows[4];
	unsigned int	bad;

	CHECK(read_all("a,b\nc,\"open\n", rows, 4, &bad) == 1 && bad == 2);
	arena_free(&a);
	CHECK(read_all("a,\"q\"x\n", rows, 4, &bad) == 0 && bad == 1);
	arena_free(&a);
}

static void
t_gbk_and_bom(void)
{
	char	*out;

	arena_init(&a, 4096);
	CHECK(csv_to_utf8(&a, "\xD5\xC5\xC8\xFD,\xD1\xD0\xB7\xA2\xB2\xBF", 11, &out) == 0);
	CHECK(strcmp(out, "张三,研发部") == 0);
	CHECK(csv_to_utf8(&a, CSV_BOM "a,b", 6, &out) == 0 && strcmp(out, "a,b") == 0);
	CHECK(csv_to_utf8(&a, "a\0b", 3, &out) == -1);
	CHECK(csv_to_utf8(&a, "\x80\xFF", 2, &out) == -1);
	arena_free(&a);
}

static void
t_fields_for_excel(void)
{
	arena_init(&a, 4096);
	CHECK(strcmp(csv_field(&a, "plain"), "plain") == 0);
	CHECK(strcmp(csv_field(&a, "a,\"b\""), "\"a,\"\"b\"\"\"") == 0);
	CHECK(strcmp(csv_field(&a, "=1+1"), "\"'=1+1\"") == 0);
	CHECK(strcmp(csv_field(&a, "@SUM(A1)"), "\"'@SUM(A1)\"") == 0);
	CHECK(strcmp(csv_field(&a, ""), "") == 0);
	arena_free(&a);
}

const struct test csv_tests[] = {
	{ "csv: rows, quotes, doubled quotes, multi-line fields", t_rows_and_quotes },
	{ "csv: a malformed row names its line", t_malformed_names_its_line },
	{ "csv: GBK converted, BOM dropped, NUL and garbage refused", t_gbk_and_bom },
	{ "csv: output quoted and formulas defused", t_fields_for_excel },
	{ NULL, NULL },
};
