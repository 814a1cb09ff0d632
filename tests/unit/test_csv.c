/* test_csv.c - the CSV reader (quotes, line ends, line numbers, GBK) and writer (quoting, formulas, undone). */
#include <stdio.h>
#include <string.h>

#include "csv.h"
#include "harness.h"

static struct arena		A;
static struct csv_reader	R;
static struct csv_row		W;

static struct arena *
fresh(void)
{
	if (A.buf == NULL)
		arena_init(&A, 65536);
	arena_reset(&A);
	return &A;
}

static void
start(const char *text)
{
	fresh();
	csv_reader_init(&R, text, strlen(text));
}

static int
next(void)
{
	return csv_next(&A, &R, &W);
}

/* The row just read has exactly these columns, NULL-ended. */
static int
cols(const char *const *want)
{
	unsigned int i;

	for (i = 0; want[i] != NULL; i++)
		if (i >= W.ncol || strcmp(W.col[i], want[i]) != 0)
			return 0;
	return i == W.ncol;
}

#define COLS(...) cols((const char *const []){ __VA_ARGS__, NULL })

static void
plain_rows(void)
{
	start("a,b,c\nd,e,f\n");
	CHECK(next() == 1 && W.line == 1 && COLS("a", "b", "c"));
	CHECK(next() == 1 && W.line == 2 && COLS("d", "e", "f"));
	CHECK(next() == 0);
	CHECK(next() == 0);
}

static void
empty_fields_kept(void)
{
	start(",a,,\n");
	CHECK(next() == 1 && COLS("", "a", "", ""));
	CHECK(next() == 0);
}

static void
quoted_comma(void)
{
	start("\"a,b\",c\n");
	CHECK(next() == 1 && COLS("a,b", "c"));
}

static void
quoted_newline(void)
{
	start("x,\"two\nlines\",y\n");
	CHECK(next() == 1 && COLS("x", "two\nlines", "y"));
	CHECK(next() == 0);
}

static void
quoted_doubled_quote(void)
{
	start("\"say \"\"hi\"\"\",\"\",\"\"\"\"\n");
	CHECK(next() == 1 && COLS("say \"hi\"", "", "\""));
}

static void
crlf_ends_rows(void)
{
	start("a,b\r\nc,d\r\n");
	CHECK(next() == 1 && W.line == 1 && COLS("a", "b"));
	CHECK(next() == 1 && W.line == 2 && COLS("c", "d"));
	CHECK(next() == 0);
}

static void
lf_ends_rows_last_unended(void)
{
	start("a\nb");
	CHECK(next() == 1 && W.line == 1 && COLS("a"));
	CHECK(next() == 1 && W.line == 2 && COLS("b"));
	CHECK(next() == 0);
}

static void
cr_ends_rows(void)
{
	start("a,b\rc,d\r");
	CHECK(next() == 1 && W.line == 1 && COLS("a", "b"));
	CHECK(next() == 1 && W.line == 2 && COLS("c", "d"));
	CHECK(next() == 0);
}

static void
lines_counted_across_quoted_field(void)
{
	start("a\n\"x\r\ny\nz\",b\nc\n");
	CHECK(next() == 1 && W.line == 1);
	CHECK(next() == 1 && W.line == 2 && COLS("x\r\ny\nz", "b"));
	CHECK(next() == 1 && W.line == 5 && COLS("c"));
}

static void
empty_lines_skipped_and_counted(void)
{
	start("\n\r\n\ra\n\n\nb\n\n");
	CHECK(next() == 1 && W.line == 4 && COLS("a"));
	CHECK(next() == 1 && W.line == 7 && COLS("b"));
	CHECK(next() == 0);
}

static void
unterminated_quote_names_its_line(void)
{
	start("a,b\n\nc,\"open\nmore\n");
	CHECK(next() == 1);
	CHECK(next() == -1 && R.line == 3);
}

static void
text_after_closing_quote_refused(void)
{
	start("ok\n\"q\"x,1\n");
	CHECK(next() == 1);
	CHECK(next() == -1 && R.line == 2);
}

static void
refused_row_refused_again(void)
{
	start("\n\"q\" x\n");
	CHECK(next() == -1 && R.line == 2);
	CHECK(next() == -1 && R.line == 2);
}

static void
too_many_columns(void)
{
	char	buf[4 * (CSV_MAX_COLS + 1)];
	size_t	n = 0;
	int	i;

	for (i = 0; i < CSV_MAX_COLS; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%d",
		    i ? "," : "", i);
	start(buf);
	CHECK(next() == 1 && W.ncol == CSV_MAX_COLS &&
	    strcmp(W.col[CSV_MAX_COLS - 1], "63") == 0);
	snprintf(buf + n, sizeof(buf) - n, ",x");
	start(buf);
	CHECK(next() == -1 && R.line == 1);
}

static void
unquoted_fields_trimmed(void)
{
	start("  a \t,\t b  , \"  c \" ,d e\n \t \n");
	CHECK(next() == 1 && COLS("a", "b", "  c ", "d e"));
	CHECK(next() == 1 && COLS(""));
}

static void
utf8_taken_as_is(void)
{
	char	*out;
	size_t	 n;

	CHECK(csv_to_utf8(fresh(), "张三,a", 8, &out, &n) == 0);
	CHECK(n == 8 && strcmp(out, "张三,a") == 0);
}

static void
bom_stripped(void)
{
	char	*out;
	size_t	 n;

	CHECK(csv_to_utf8(fresh(), CSV_BOM "a,b\n", 7, &out, &n) == 0);
	CHECK(n == 4 && strcmp(out, "a,b\n") == 0);
}

static void
gbk_converted(void)
{
	const char	 gbk[] = "\xD5\xC5\xC8\xFD,\xD1\xD0\xB7\xA2\xB2\xBF";
	char		*out;
	size_t		 n;

	CHECK(csv_to_utf8(fresh(), gbk, sizeof(gbk) - 1, &out, &n) == 0);
	CHECK(out != NULL && strcmp(out, "张三,研发部") == 0);
	CHECK(n == strlen("张三,研发部"));
}

/* 0x80 and 0xFF are lead bytes of nothing in GB18030 either; 0x81 alone is cut short. */
static void
neither_encoding_refused(void)
{
	char	*out;

	CHECK(csv_to_utf8(fresh(), "a,\x80\xFF", 4, &out, NULL) == -1);
	CHECK(out == NULL);
	CHECK(csv_to_utf8(fresh(), "a,\xFF", 3, &out, NULL) == -1);
	CHECK(csv_to_utf8(fresh(), "a,\xD5\xC5\x81", 5, &out, NULL) == -1);
}

static void
bom_then_gbk_refused(void)
{
	char	*out;

	CHECK(csv_to_utf8(fresh(), CSV_BOM "\xD5\xC5", 5, &out, NULL) == -1);
}

static void
nul_refused(void)
{
	char	*out;

	CHECK(csv_to_utf8(fresh(), "a\0b", 3, &out, NULL) == -1);
	CHECK(csv_to_utf8(fresh(), "\xD5\xC5\0", 3, &out, NULL) == -1);
}

static void
field_quoted_when_needed(void)
{
	struct arena *a = fresh();

	CHECK(strcmp(csv_field(a, "plain 张三"), "plain 张三") == 0);
	CHECK(strcmp(csv_field(a, ""), "") == 0);
	CHECK(strcmp(csv_field(a, "a,b"), "\"a,b\"") == 0);
	CHECK(strcmp(csv_field(a, "say \"hi\""), "\"say \"\"hi\"\"\"") == 0);
	CHECK(strcmp(csv_field(a, "a\nb"), "\"a\nb\"") == 0);
	CHECK(strcmp(csv_field(a, "a\rb"), "\"a\rb\"") == 0);
}

static void
field_formula_prefixed(void)
{
	struct arena *a = fresh();

	CHECK(strcmp(csv_field(a, "=1+1"), "'=1+1") == 0);
	CHECK(strcmp(csv_field(a, "+1"), "'+1") == 0);
	CHECK(strcmp(csv_field(a, "-5"), "'-5") == 0);
	CHECK(strcmp(csv_field(a, "@SUM(A1)"), "'@SUM(A1)") == 0);
	CHECK(strcmp(csv_field(a, "\tx"), "'\tx") == 0);
	CHECK(strcmp(csv_field(a, "\rx"), "\"'\rx\"") == 0);
	CHECK(strcmp(csv_field(a, "=HYPERLINK(\"x\",1)"),
	    "\"'=HYPERLINK(\"\"x\"\",1)\"") == 0);
	CHECK(strcmp(csv_field(a, "a=b-c"), "a=b-c") == 0);
}

static void
field_read_back(void)
{
	const char	*v = "=x,\"y\"\nz";
	char		*s = csv_field(fresh(), v);

	csv_reader_init(&R, s, strlen(s));
	CHECK(next() == 1 && W.ncol == 1 && W.col[0][0] == '\'' &&
	    strcmp(W.col[0] + 1, v) == 0);
}

static void
untick_undoes_the_guard(void)
{
	char	 s[] = "'", t[] = "'abc", u[] = "''=x";
	char	*f = csv_field(fresh(), "=x,\"y\"\nz");

	csv_reader_init(&R, f, strlen(f));
	CHECK(next() == 1);
	csv_untick(W.col[0]);
	CHECK(strcmp(W.col[0], "=x,\"y\"\nz") == 0);
	csv_untick(s);
	csv_untick(t);
	csv_untick(u);
	CHECK(strcmp(s, "'") == 0 && strcmp(t, "'abc") == 0 &&
	    strcmp(u, "''=x") == 0);
}

const struct test csv_tests[] = {
	{ "csv: plain rows", plain_rows },
	{ "csv: empty fields kept", empty_fields_kept },
	{ "csv: quoted comma", quoted_comma },
	{ "csv: quoted newline", quoted_newline },
	{ "csv: doubled quote in quoted field", quoted_doubled_quote },
	{ "csv: CRLF ends rows", crlf_ends_rows },
	{ "csv: LF ends rows, last row unended", lf_ends_rows_last_unended },
	{ "csv: lone CR ends rows", cr_ends_rows },
	{ "csv: lines counted across a quoted field", lines_counted_across_quoted_field },
	{ "csv: empty lines skipped and counted", empty_lines_skipped_and_counted },
	{ "csv: unterminated quote names its line", unterminated_quote_names_its_line },
	{ "csv: text after closing quote refused", text_after_closing_quote_refused },
	{ "csv: a refused row is refused again", refused_row_refused_again },
	{ "csv: more than CSV_MAX_COLS columns refused", too_many_columns },
	{ "csv: unquoted fields trimmed", unquoted_fields_trimmed },
	{ "csv: UTF-8 taken as is", utf8_taken_as_is },
	{ "csv: BOM stripped", bom_stripped },
	{ "csv: GBK converted to UTF-8", gbk_converted },
	{ "csv: neither UTF-8 nor GB18030 refused", neither_encoding_refused },
	{ "csv: UTF-8 BOM then GBK refused", bom_then_gbk_refused },
	{ "csv: NUL refused", nul_refused },
	{ "csv: output quoted when needed", field_quoted_when_needed },
	{ "csv: output formulas prefixed", field_formula_prefixed },
	{ "csv: output reads back", field_read_back },
	{ "csv: untick undoes the formula guard", untick_undoes_the_guard },
	{ NULL, NULL },
};
