/* test_conf.c - the configuration table refuses what it does not know. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf.h"
#include "harness.h"

static int
load(const char *text, struct conf *c, char *err, size_t n)
{
	char	 path[] = "/tmp/lmsconf-XXXXXX";
	int	 fd = mkstemp(path), rc;
	FILE	*f = fdopen(fd, "w");

	fputs(text, f);
	fclose(f);
	rc = conf_load(c, path, err, n);
	unlink(path);
	return rc;
}

static void
defaults_and_values(void)
{
	struct conf	c;
	char		err[512];

	CHECK(load("# c\n\nworkers = 3\ndb_name = lms_t\n", &c, err,
	    sizeof(err)) == 0);
	CHECK(c.workers == 3);
	CHECK(strcmp(c.db_name, "lms_t") == 0);
	CHECK(c.max_fields == 200);
	CHECK(!conf_is_production(&c));
}

static void
refuses_unknown_and_out_of_range(void)
{
	struct conf	c;
	char		err[512];

	CHECK(load("wokers = 3\n", &c, err, sizeof(err)) != 0);
	CHECK(strstr(err, ":1: unknown key 'wokers'") != NULL);
	CHECK(load("\nworkers = 999\n", &c, err, sizeof(err)) != 0);
	CHECK(strstr(err, ":2: workers must be an integer from 0 to 256") !=
	    NULL);
	CHECK(load("environment = staging\n", &c, err, sizeof(err)) != 0);
	CHECK(load("admin_allow = 10.0.0.0/40\n", &c, err, sizeof(err)) != 0);
	CHECK(load("just words\n", &c, err, sizeof(err)) != 0);
}

const struct test conf_tests[] = {
	{ "conf: defaults and values", defaults_and_values },
	{ "conf: unknown key and bad values refused", refuses_unknown_and_out_of_range },
	{ NULL, NULL },
};
