/* test_grade.c - automatic marking of every kind of question, with partial multiple choice and fill-in. */
#include "grade.h"
#include "harness.h"

static int
mark(enum qtype t, const char *key, const char *answer, int points)
{
	int tenths = -99;

	return grade(t, key, answer, points, &tenths) == 0 ? tenths : -1000;
}

static void
choices(void)
{
	CHECK(mark(Q_SINGLE, "B", "B", 20) == 20);
	CHECK(mark(Q_SINGLE, "B", "b", 20) == 20);
	CHECK(mark(Q_SINGLE, "B", "C", 20) == 0);
	CHECK(mark(Q_SINGLE, "B", "BC", 20) == 0);
	CHECK(mark(Q_SINGLE, "B", "", 20) == 0);
	CHECK(mark(Q_SINGLE, "B", NULL, 20) == 0);
	CHECK(mark(Q_SINGLE, "BC", "B", 20) == -1000);	/* a malformed key */
	CHECK(mark(Q_TRUEFALSE, "T", "T", 10) == 10);
	CHECK(mark(Q_TRUEFALSE, "T", "F", 10) == 0);
	CHECK(mark(Q_TRUEFALSE, "X", "T", 10) == -1000);
}

/* All of the key: all; some of it and nothing else: half; any wrong: none. */
static void
multiple(void)
{
	CHECK(mark(Q_MULTIPLE, "ACD", "DCA", 30) == 30);
	CHECK(mark(Q_MULTIPLE, "ACD", "A, C", 30) == 15);
	CHECK(mark(Q_MULTIPLE, "ACD", "A", 25) == 12);	/* 1.25 down to 1.2 */
	CHECK(mark(Q_MULTIPLE, "ACD", "AB", 30) == 0);
	CHECK(mark(Q_MULTIPLE, "ACD", "ABCD", 30) == 0);
	CHECK(mark(Q_MULTIPLE, "ACD", "", 30) == 0);
	CHECK(mark(Q_MULTIPLE, "ACD", "AA", 30) == 0);	/* a letter twice */
	CHECK(mark(Q_MULTIPLE, "", "A", 30) == -1000);
}

/* Each blank its share; any accepted answer; spacing and ASCII case free. */
static void
fill(void)
{
	CHECK(mark(Q_FILL, "北京|Beijing", "北京", 20) == 20);
	CHECK(mark(Q_FILL, "北京|Beijing", "  beijing ", 20) == 20);
	CHECK(mark(Q_FILL, "北京|Beijing", "上海", 20) == 0);
	CHECK(mark(Q_FILL, "北京|Beijing", "", 20) == 0);
	CHECK(mark(Q_FILL, "安全第一\n预防为主|预防为主，综合治理", "安全第一\n预防为主", 20) == 20);
	CHECK(mark(Q_FILL, "安全第一\n预防为主", "安全第一\n错", 20) == 10);
	CHECK(mark(Q_FILL, "a\nb\nc", "a\nx\nc", 10) == 6);	/* 2/3 of 1.0 */
	CHECK(mark(Q_FILL, "a\nb", "a", 10) == 5);		/* a blank left empty */
	CHECK(mark(Q_FILL, "fire  exit", "Fire exit", 10) == 10);
	CHECK(mark(Q_FILL, "", "x", 10) == -1000);
	CHECK(mark(Q_FILL, "a\n\nb", "a\n\nb", 10) == -1000);
}

static void
manual(void)
{
	int tenths = 7;

	CHECK(grade(Q_SHORT, "要点", "答案", 50, &tenths) == 1 && tenths == 7);
	CHECK(grade(Q_SINGLE, NULL, "A", 10, &tenths) == -1);
	CHECK(grade(Q_SINGLE, "A", "A", -1, &tenths) == -1);
}

const struct test grade_tests[] = {
	{ "grade: single choice and true/false", choices },
	{ "grade: multiple choice, half for some of the key", multiple },
	{ "grade: fill-in with several accepted answers", fill },
	{ "grade: short answers go to a person", manual },
	{ NULL, NULL },
};
