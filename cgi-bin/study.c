/* study.c - study time: an open lesson page's heartbeats and a phone's page views, counted once across tabs. */
#include <stdio.h>
#include <string.h>

#include "courses.h"
#include "learning.h"
#include "pages.h"
#include "xml.h"

const struct input beat_inputs[] = {
	/* Active seconds the page saw since its own last report. */
	{ "seconds", IN_BODY, IN_INT, 1, 0, 86400, NULL },
	/* How far a video has been watched, in percent of its length. */
	{ "watched", IN_BODY, IN_INT, 0, 0, 100, NULL },
	/* The end of a text or document was reached. */
	{ "read", IN_BODY, IN_INT, 0, 0, 1, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { B_SECONDS, B_WATCHED, B_READ };

static struct stmt st_lesson = { .sql =
	"SELECT h.course_id, l.kind FROM lesson l "
	"JOIN chapter h ON h.id = l.chapter_id WHERE l.id = ?" };
/* The row exists before it is locked, so two first reports take turns. */
static struct stmt st_clock_new = { .sql =
	"INSERT IGNORE INTO study_clock (account_id, last_at) "
	"VALUES (?, '1970-01-01')" };
static struct stmt st_clock = { .sql =
	"SELECT DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%d %H:%i:%s.%f'), "
	" TIMESTAMPDIFF(MICROSECOND, last_at, UTC_TIMESTAMP(3)) DIV 1000, "
	" viewed_id FROM study_clock WHERE account_id = ? FOR UPDATE" };
static struct stmt st_interval = { .sql =
	"INSERT INTO study_interval (account_id, lesson_id, started_at, "
	" ended_at, ms, source) VALUES (?, ?, "
	" CAST(? AS DATETIME(3)) - INTERVAL ? * 1000 MICROSECOND, "
	" CAST(? AS DATETIME(3)), ?, ?)" };
static struct stmt st_total = { .sql =
	"INSERT INTO study_time (account_id, lesson_id, ms) VALUES (?, ?, ?) "
	"ON DUPLICATE KEY UPDATE ms = ms + VALUES(ms)" };
static struct stmt st_clock_set = { .sql =
	"UPDATE study_clock SET last_at = ?, viewed_id = ? WHERE account_id = ?" };
/* Totals again from the raw intervals, for lmsctl study-recompute. */
static struct stmt st_zero = { .sql = "UPDATE study_time SET ms = 0" };
static struct stmt st_recompute = { .sql =
	"INSERT INTO study_time (account_id, lesson_id, ms) "
	"SELECT account_id, lesson_id, SUM(ms) FROM study_interval "
	"GROUP BY account_id, lesson_id ON DUPLICATE KEY UPDATE ms = VALUES(ms)" };

/* The learner's clock, locked: now (as text), milliseconds since their
 * last credited stretch, and the lesson a phone last opened. */
struct clock {
	char		now[32];
	long long	since_ms, viewed;
};

static int
clock_read(struct ctx *c, struct clock *k)
{
	struct db_param	p[1] = { DB_INT(c->user.id) };
	int		rc;

	if ((rc = db_exec(&st_clock_new, p, 1)) != DB_OK ||
	    (rc = db_exec(&st_clock, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_clock)) != 1)
		return rc < 0 ? rc : DB_ERR;
	snprintf(k->now, sizeof(k->now), "%s", db_col(&st_clock, 0));
	k->since_ms = db_col_int(&st_clock, 1);
	k->viewed = db_col(&st_clock, 2) ? db_col_int(&st_clock, 2) : 0;
	db_done(&st_clock);
	return DB_OK;
}

/* Credits ms to lesson as the stretch ending now, in its raw interval and
 * its total. */
static int
credit(struct ctx *c, long long lesson, const struct clock *k, long long ms,
    const char *source)
{
	struct db_param	p[7] = { DB_INT(c->user.id), DB_INT(lesson),
	    DB_TEXT(k->now), DB_INT(ms), DB_TEXT(k->now), DB_INT(ms),
	    DB_TEXT(source) };
	int		rc;

	if (ms <= 0)
		return DB_OK;
	if ((rc = db_exec(&st_interval, p, 7)) != DB_OK)
		return rc;
	p[2] = DB_INT(ms);
	return db_exec(&st_total, p, 3);
}

static int
clock_set(struct ctx *c, const struct clock *k, long long viewed)
{
	return db_exec(&st_clock_set, (struct db_param[3]){ DB_TEXT(k->now),
	    viewed ? DB_INT(viewed) : DB_NULLP, DB_INT(c->user.id) }, 3);
}

static long long
min2(long long a, long long b)
{
	return a < b ? a : b;
}

/* Whether this report finishes the lesson: a video watched far enough, or
 * a text or document read to its end. */
static int
report_finishes(struct ctx *c, const char *kind)
{
	if (strcmp(kind, "video") == 0)
		return c->in[B_WATCHED].s != NULL &&
		    c->in[B_WATCHED].i >= c->conf->video_done_share;
	return (strcmp(kind, "text") == 0 || strcmp(kind, "document") == 0) &&
	    c->in[B_READ].s != NULL && c->in[B_READ].i == 1;
}

/* The lesson's course and kind, if c may see it; 0 or a status. */
static int
lesson_reach(struct ctx *c, long long lesson, char kind[16])
{
	long long	course;
	int		rc;

	if ((rc = db_exec(&st_lesson, (struct db_param[1]){ DB_INT(lesson) },
	    1)) != DB_OK || (rc = db_fetch(&st_lesson)) != 1)
		return rc == 0 ? 404 : db_http_status(rc < 0 ? rc : DB_ERR);
	course = db_col_int(&st_lesson, 0);
	snprintf(kind, 16, "%s", db_col(&st_lesson, 1));
	db_done(&st_lesson);
	return course_visible(c, course);
}

/*
 * A heartbeat: the page claims its active seconds since its last report;
 * the learner is credited no more than that, no more than the time since
 * their last credited stretch in any tab (two tabs do not count twice),
 * and no more than one report's cap.
 */
int
lesson_beat(struct ctx *c)
{
	long long	 lesson = c->param[0], ms;
	struct clock	 k;
	char		 kind[16];
	int		 rc;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = lesson_reach(c, lesson, kind)) != 0 ||
	    (rc = clock_read(c, &k)) != DB_OK) {
		db_rollback();
		return rc > 0 ? rc : db_http_status(rc);
	}
	ms = min2(min2(c->in[B_SECONDS].i * 1000, k.since_ms),
	    c->conf->study_beat_max * 1000);
	if ((rc = credit(c, lesson, &k, ms, "beat")) != DB_OK ||
	    (ms > 0 && (rc = clock_set(c, &k, k.viewed)) != DB_OK)) {
		db_rollback();
		return db_http_status(rc);
	}
	/* Not enrolled on a course that asks for approval: time, no progress. */
	if (report_finishes(c, kind) && (rc = progress_mark(c, lesson)) != 0 &&
	    rc != 403) {
		db_rollback();
		return rc;
	}
	if ((rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->text = arena_printf(c->arena, "%lld\n", ms);
	return 200;
}

int
study_view(struct ctx *c, long long lesson)
{
	struct clock	k;
	int		rc;

	if ((rc = db_begin()) != DB_OK)
		return rc;
	/* The time since the last page view went to the lesson it opened. */
	if ((rc = clock_read(c, &k)) != DB_OK ||
	    (k.viewed != 0 && (rc = credit(c, k.viewed, &k, min2(k.since_ms,
	    c->conf->study_view_max * 1000), "view")) != DB_OK) ||
	    (rc = clock_set(c, &k, lesson)) != DB_OK ||
	    (rc = db_commit()) != DB_OK)
		db_rollback();
	return rc;
}

int
study_recompute(void)
{
	int rc;

	if ((rc = db_begin()) != DB_OK)
		return rc;
	if ((rc = db_exec(&st_zero, NULL, 0)) != DB_OK ||
	    (rc = db_exec(&st_recompute, NULL, 0)) != DB_OK ||
	    (rc = db_commit()) != DB_OK)
		db_rollback();
	return rc;
}
