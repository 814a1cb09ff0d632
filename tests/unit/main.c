/* main.c - runs every unit test table and prints the closing count. */
#include <stdio.h>

#include "harness.h"

int t_failed_now;

int
main(void)
{
	const struct test	*tables[] = { req_tests, valid_tests, conf_tests,
				    route_tests, render_tests, csv_tests,
				    sniff_tests, rich_tests, grade_tests,
				    answer_tests, xml_mem_tests,
				    html_out_tests };
	const struct test	*t;
	size_t			 i;
	int			 pass = 0, fail = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);

	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		for (t = tables[i]; t->name != NULL; t++) {
			t_failed_now = 0;
			t->fn();
			printf("%s ... %s\n", t->name, t_failed_now ? "FAIL" : "ok");
			if (t_failed_now)
				fail++;
			else
				pass++;
		}
	printf("%d passed, %d failed\n", pass, fail);
	return fail != 0;
}
