/* harness.h - the plain unit-test harness: one behaviour per test, "N passed, N failed". */
#ifndef HARNESS_H
#define HARNESS_H
#include <stdio.h>

extern int t_failed_now;

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		printf("  %s:%d: %s\n", __FILE__, __LINE__, #cond);	\
		t_failed_now = 1;					\
	}								\
} while (0)

typedef void (*test_fn)(void);
struct test { const char *name; test_fn fn; };

/* Each test file exports its table, ended by a NULL name. */
extern const struct test req_tests[], valid_tests[], conf_tests[],
    route_tests[], render_tests[], csv_tests[], sniff_tests[], rich_tests[],
    grade_tests[], answer_tests[], xml_mem_tests[], html_out_tests[];
#endif
