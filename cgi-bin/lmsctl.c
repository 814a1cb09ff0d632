/* lmsctl.c - the command-line tool: migrations, demo data, the route table. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "assign.h"
#include "attempt.h"
#include "audit.h"
#include "conf.h"
#include "db.h"
#include "files.h"
#include "homework.h"
#include "learning.h"
#include "pw.h"
#include "route.h"
#include "valid.h"

static struct conf cf;

/* Runs a string of SQL statements, reading every result; 0 or -1. */
static int
sql_run(const char *what, const char *sql, size_t n)
{
	MYSQL	*m = db_handle();
	int	 rc;

	rc = mysql_real_query(m, sql, (unsigned long)n);
	while (rc == 0) {
		MYSQL_RES *res = mysql_store_result(m);
		if (res != NULL)
			mysql_free_result(res);
		if ((rc = mysql_next_result(m)) == -1)
			return 0;
	}
	fprintf(stderr, "%s: %s\n", what, mysql_error(m));
	return -1;
}

static int
sql_file_run(const char *path)
{
	FILE	*f;
	char	*buf = NULL;
	long	 n;
	int	 rc = -1;

	if ((f = fopen(path, "r")) != NULL && fseek(f, 0, SEEK_END) == 0 &&
	    (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) != NULL &&
	    fread(buf, 1, (size_t)n, f) == (size_t)n)
		rc = sql_run(path, buf, (size_t)n);
	else
		fprintf(stderr, "%s: cannot read\n", path);
	free(buf);
	if (f != NULL)
		fclose(f);
	return rc;
}

static struct stmt st_applied = { .sql =
	"SELECT COUNT(*) FROM schema_migration WHERE version = ?" };
static struct stmt st_record = { .sql =
	"INSERT INTO schema_migration (version, name) VALUES (?, ?)" };
static struct stmt st_content = { .sql =
	"SELECT (SELECT COUNT(*) FROM course) + "
	"(SELECT COUNT(*) FROM announcement) + (SELECT COUNT(*) FROM account)" };

static struct stmt st_demo_pw = { .sql =
	"UPDATE account SET pw_hash = ? WHERE pw_hash = 'demo'" };
static struct stmt st_admin_new = { .sql =
	"INSERT INTO account (login, name, dept_id, pw_hash, must_change) "
	"VALUES (?, ?, 1, ?, 1)" };
static struct stmt st_admin_role = { .sql =
	"INSERT INTO account_role (account_id, role) VALUES (?, 'admin')" };

/* Accounts for the benchmark, spread over the demo's departments. */
static struct stmt st_bench_people = { .sql =
	"INSERT INTO account (login, name, emp_no, dept_id, post_id, pw_hash, "
	" must_change) "
	"SELECT CONCAT('bench', seq), CONCAT('压测员工', seq), CONCAT('B', seq), "
	" 1 + seq % (SELECT COUNT(*) FROM dept), NULL, 'x', 0 "
	"FROM seq_1_to_1000000 WHERE seq <= ? "
	" AND NOT EXISTS (SELECT 1 FROM account WHERE login = 'bench1')" };

/* Published courses for the catalogue's benchmark; every tenth one is
 * meant for 市场营销部 only, so the audience test does work. */
static struct stmt st_bench_courses = { .sql =
	"INSERT INTO course (category_id, name, summary, kind, required, credits, "
	" hours, status, published_at, owner_id, learners) "
	"SELECT 1 + seq % 6, CONCAT('压测课程', seq), CONCAT('压测课程简介 ', seq), "
	" ELT(1 + seq % 3, 'general', 'post', 'external'), seq % 4 = 0, "
	" 1 + seq % 3, 2, 'published', UTC_TIMESTAMP() - INTERVAL seq MINUTE, 5, "
	" seq % 500 "
	"FROM seq_1_to_100000 WHERE seq <= ? "
	" AND NOT EXISTS (SELECT 1 FROM course WHERE name = '压测课程1')" };
static struct stmt st_bench_audience = { .sql =
	"INSERT IGNORE INTO course_audience (course_id, kind, ref_id) "
	"SELECT id, 'dept', 3 FROM course WHERE name LIKE '压测课程%' AND id % 10 = 0" };

static long long
one_int(struct stmt *st, const struct db_param *p, unsigned int np)
{
	long long v = -1;

	if (db_exec(st, p, np) == DB_OK && db_fetch(st) == 1) {
		v = db_col_int(st, 0);
		db_done(st);
	}
	return v;
}

static int
name_is_sql(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return n > 4 && strcmp(d->d_name + n - 4, ".sql") == 0;
}

static int
migration_apply(const char *name)
{
	struct db_param	 p[2] = { DB_INT(atoi(name)), DB_TEXT(name) };
	char		 path[600];

	if (one_int(&st_applied, p, 1) != 0)
		return 0;
	snprintf(path, sizeof(path), "%s/%s", cf.sql_dir, name);
	if (sql_file_run(path) != 0 || db_exec(&st_record, p, 2) != DB_OK) {
		fprintf(stderr, "%s: not applied: %s\n", name, db_error());
		return -1;
	}
	printf("applied %s\n", name);
	return 1;
}

/* Applies sql/NNN_*.sql in order, each once, recorded in schema_migration. */
static int
cmd_migrate(void)
{
	static const char create[] = "CREATE TABLE IF NOT EXISTS "
	    "schema_migration (version INT UNSIGNED NOT NULL PRIMARY KEY, "
	    "name VARCHAR(200) NOT NULL, applied_at DATETIME NOT NULL "
	    "DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
	struct dirent	**list;
	int		  i, n, rc = 0, applied = 0, r;

	if (sql_run("schema_migration", create, sizeof(create) - 1) != 0)
		return 1;
	if ((n = scandir(cf.sql_dir, &list, name_is_sql, alphasort)) < 0) {
		fprintf(stderr, "%s: cannot list migrations\n", cf.sql_dir);
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (rc == 0 && (r = migration_apply(list[i]->d_name)) < 0)
			rc = 1;
		else if (rc == 0)
			applied += r;
		free(list[i]);
	}
	free(list);
	printf("migrations: %d applied, database up to date\n", applied);
	return rc;
}

/* Every demo account signs in with demo1234; one hash serves them all. */
static int
demo_passwords(void)
{
	char		hash[PW_HASH_MAX];
	struct db_param	p[1];

	if (pw_hash("demo1234", hash) != 0)
		return 1;
	p[0] = DB_TEXT(hash);
	return db_exec(&st_demo_pw, p, 1) == DB_OK ? 0 : 1;
}

/* The first platform admin of a new install, with a one-time password
 * that must be replaced at the first sign-in. */
static int
cmd_create_admin(const char *login)
{
	char		pw[13], hash[PW_HASH_MAX];
	struct db_param	p[3];
	long long	id;

	if (valid_login(login) != VERR_OK) {
		fprintf(stderr, "lmsctl: a login is 2-64 of a-z 0-9 . _ -, "
		    "starting with a letter or digit\n");
		return 2;
	}
	pw_random(pw);
	if (pw_hash(pw, hash) != 0)
		return 1;
	p[0] = DB_TEXT(login);
	p[1] = DB_TEXT(login);
	p[2] = DB_TEXT(hash);
	if (db_begin() != DB_OK || db_exec(&st_admin_new, p, 3) != DB_OK) {
		fprintf(stderr, "lmsctl: %s\n", db_error());
		db_rollback();
		return 1;
	}
	id = (long long)db_insert_id(&st_admin_new);
	p[0] = DB_INT(id);
	if (db_exec(&st_admin_role, p, 1) != DB_OK ||
	    audit_append(NULL, "account.create-admin", "account", id, NULL,
	    login) != DB_OK || db_commit() != DB_OK) {
		fprintf(stderr, "lmsctl: %s\n", db_error());
		db_rollback();
		return 1;
	}
	printf("platform admin %s created; one-time password: %s\n", login, pw);
	return 0;
}

static int
name_not_hidden(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

/* The demo's media (sql/demo/files/) into files_dir, where its file
 * rows, written by hash in the demo SQL, expect them. */
static int
demo_files(void)
{
	struct dirent	**list;
	char		  dir[300], path[600], hex[FILE_SHA_HEX];
	int		  i, n, rc = 0;

	snprintf(dir, sizeof(dir), "%s/demo/files", cf.sql_dir);
	if ((n = scandir(dir, &list, name_not_hidden, alphasort)) < 0) {
		fprintf(stderr, "%s: cannot list the demo files\n", dir);
		return 1;
	}
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, list[i]->d_name);
		if (rc == 0 && file_put(cf.files_dir, path, hex) != 0)
			rc = 1;
		free(list[i]);
	}
	free(list);
	return rc;
}

/* Demo data goes only into an empty development database. */
static int
cmd_demo(void)
{
	struct dirent	**list;
	char		  dir[300], path[600];
	int		  i, n, rc = 0;

	if (conf_is_production(&cf)) {
		fprintf(stderr, "lmsctl: refusing to load demo data into a "
		    "production database\n");
		return 1;
	}
	if (one_int(&st_content, NULL, 0) != 0) {
		printf("demo: database not empty, nothing loaded\n");
		return 0;
	}
	snprintf(dir, sizeof(dir), "%s/demo", cf.sql_dir);
	if ((n = scandir(dir, &list, name_is_sql, alphasort)) < 0)
		return 1;
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, list[i]->d_name);
		if (rc == 0 && sql_file_run(path) != 0)
			rc = 1;
		free(list[i]);
	}
	free(list);
	if (rc == 0)
		rc = demo_files();
	if (rc == 0)
		rc = demo_passwords();
	if (rc == 0)
		printf("demo: loaded\n");
	return rc;
}

/* The route table as text, for people and for the HTTP suite to walk. */
static int
cmd_routes(void)
{
	static const char *const methods[] = { "GET", "HEAD", "POST" };
	size_t	i;
	int	s;

	for (i = 0; i < nroutes; i++) {
		printf("%s\t%s\t%s\t", methods[routes[i].method],
		    routes[i].path, cap_name(routes[i].cap));
		for (s = 0; s < SURF__MAX; s++)
			if (routes[i].surfaces & SURF_BIT(s))
				printf("%s%s", surface_names[s],
				    routes[i].surfaces >> (s + 1) ? "," : "");
		printf("\n");
	}
	return 0;
}

/* Reminders of assigned work and homework due soon or overdue, each
 * sent once. */
static int
cmd_remind(void)
{
	long long sent, homework;

	if (assign_remind(&sent) != DB_OK || homework_remind(&homework) != DB_OK)
		return 1;
	printf("remind: %lld messages\n", sent + homework);
	return 0;
}

/* Exam attempts past their end, submitted by time (a periodic job). */
static int
cmd_exams_close(void)
{
	long long closed;

	if (attempts_sweep(&closed) != DB_OK) {
		fprintf(stderr, "lmsctl: %s\n", db_error());
		return 1;
	}
	printf("exams-close: %lld attempts submitted by time\n", closed);
	return 0;
}

static int
usage(void)
{
	fprintf(stderr, "usage: lmsctl [-c lms.conf] "
	    "migrate | demo | routes | check | create-admin LOGIN | "
	    "audit-verify | study-recompute | bench-people N | "
	    "bench-courses N | assignments | remind | bench-assign N | "
	    "exams-close\n");
	return 2;
}

int
main(int argc, char *argv[])
{
	const char	*path = "conf/lms.conf", *cmd;
	char		 err[512];
	int		 ch, rc;

	while ((ch = getopt(argc, argv, "c:")) != -1) {
		if (ch != 'c')
			return usage();
		path = optarg;
	}
	if (optind == argc)
		return usage();
	cmd = argv[optind];
	if ((strcmp(cmd, "create-admin") == 0 ||
	    strcmp(cmd, "bench-people") == 0 ||
	    strcmp(cmd, "bench-courses") == 0 ||
	    strcmp(cmd, "bench-assign") == 0) != (argc - optind == 2))
		return usage();
	if (conf_load(&cf, path, err, sizeof(err)) != 0) {
		fprintf(stderr, "lmsctl: %s\n", err);
		return 1;
	}
	if (strcmp(cmd, "routes") == 0)
		return cmd_routes();
	if (strcmp(cmd, "check") == 0)
		return 0;
	if (pw_init() != 0 || db_open(&cf) != DB_OK) {
		fprintf(stderr, "lmsctl: %s\n", db_error());
		return 1;
	}
	if (strcmp(cmd, "migrate") == 0)
		rc = cmd_migrate();
	else if (strcmp(cmd, "demo") == 0)
		rc = cmd_demo();
	else if (strcmp(cmd, "create-admin") == 0)
		rc = cmd_create_admin(argv[optind + 1]);
	else if (strcmp(cmd, "bench-people") == 0 && !conf_is_production(&cf))
		rc = db_exec(&st_bench_people, &(struct db_param){ DBP_INT,
		    atoll(argv[optind + 1]), NULL, 0 }, 1) == DB_OK ? 0 : 1;
	else if (strcmp(cmd, "bench-courses") == 0 && !conf_is_production(&cf))
		rc = db_exec(&st_bench_courses, &(struct db_param){ DBP_INT,
		    atoll(argv[optind + 1]), NULL, 0 }, 1) == DB_OK &&
		    db_exec(&st_bench_audience, NULL, 0) == DB_OK ? 0 : 1;
	else if (strcmp(cmd, "audit-verify") == 0)
		rc = audit_verify(stdout) == 0 ? 0 : 1;
	else if (strcmp(cmd, "assignments") == 0)	/* a periodic job */
		rc = assign_job() == DB_OK ? 0 : 1;
	else if (strcmp(cmd, "remind") == 0)		/* a periodic job */
		rc = cmd_remind();
	else if (strcmp(cmd, "exams-close") == 0)	/* a periodic job */
		rc = cmd_exams_close();
	else if (strcmp(cmd, "bench-assign") == 0 && !conf_is_production(&cf))
		rc = assign_bench(atoll(argv[optind + 1])) == DB_OK ? 0 : 1;
	else if (strcmp(cmd, "study-recompute") == 0)
		rc = study_recompute() == DB_OK ? 0 : 1;
	else
		rc = usage();
	db_close();
	return rc;
}
