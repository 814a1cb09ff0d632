/* test_answer.c - answers in the letters a learner is shown, back to the question's own. */
#include <string.h>

#include "attempt.h"
#include "harness.h"
#include "valid.h"

/* Choices are the non-blank lines, as the question bank counts them. */
static void
options_split(void)
{
	const char	*line[ANSWER_MAX_OPTIONS];
	size_t		 len[ANSWER_MAX_OPTIONS];

	CHECK(option_lines("甲\n乙\r\n\n  \n丙", line, len, ANSWER_MAX_OPTIONS) == 3);
	CHECK(len[1] == strlen("乙") && strncmp(line[2], "丙", len[2]) == 0);
	CHECK(option_lines(NULL, line, len, ANSWER_MAX_OPTIONS) == 0);
	CHECK(option_lines("a\nb\nc", line, len, 2) == 2);
	/* Blanks around a choice are not part of it. */
	CHECK(option_lines(" \t甲 \t\r\n乙", line, len, 2) == 2);
	CHECK(len[0] == strlen("甲") && strncmp(line[0], "甲", len[0]) == 0);
}

static void
shown_letters(void)
{
	CHECK(answer_shown("CADB", 'C') == 'A');
	CHECK(answer_shown("CADB", 'B') == 'D');
	CHECK(answer_shown(NULL, 'B') == 'B');
	CHECK(answer_shown("CADB", 'E') == 0);
	CHECK(answer_shown("CADB", 'a') == 0);
}

/* Shown "A" under "CADB" is the question's C; a multiple choice comes back sorted. */
static void
from_shown(void)
{
	const char	*one[] = { "A" }, *two[] = { "D", "A" }, *bad[] = { "E" },
			*twice[] = { "B", "B" }, *lower[] = { "a" }, *long_[] = { "AB" };
	char		 out[ANSWER_MAX_OPTIONS + 1];

	CHECK(answer_from_shown("CADB", 4, one, 1, out) == 0 && strcmp(out, "C") == 0);
	CHECK(answer_from_shown("CADB", 4, two, 2, out) == 0 && strcmp(out, "BC") == 0);
	CHECK(answer_from_shown(NULL, 4, two, 2, out) == 0 && strcmp(out, "AD") == 0);
	CHECK(answer_from_shown("CADB", 4, two, 0, out) == 0 && strcmp(out, "") == 0);
	CHECK(answer_from_shown("CADB", 4, bad, 1, out) == -1);	/* not shown */
	CHECK(answer_from_shown("CADB", 4, twice, 2, out) == -1);
	CHECK(answer_from_shown("CADB", 4, lower, 1, out) == -1);
	CHECK(answer_from_shown("CADB", 4, long_, 1, out) == -1);
	CHECK(answer_from_shown("CA", 4, bad, 1, out) == -1);	/* order shorter */
	CHECK(answer_from_shown("CA", 4, two, 2, out) == -1);
}

const struct test answer_tests[] = {
	{ "answer options split into choices", options_split },
	{ "answer letters as shown", shown_letters },
	{ "answer from shown letters to the question's", from_shown },
	{ NULL, NULL },
};
