/* homework_learn.c - homework for learners: their list, a homework with their own hand-ins, and handing in text and files. */
#include <stdio.h>
#include <string.h>

#include "exam_office.h"
#include "files.h"
#include "homework.h"
#include "pages.h"
#include "rich.h"
#include "xml.h"

/* Files one hand-in may carry: the form's fields file1 … file3. */
#define HW_FILES	3
/* More homework than anyone has in years of courses. */
#define MINE_MAX	300
/* What a learner may hand in: documents, pictures, archives, text; each
 * at most upload_max bytes (lms.conf). */
#define HW_KINDS	(KIND_BIT(KIND_PDF) | KIND_BIT(KIND_OFFICE) | \
			 KIND_BIT(KIND_IMAGE) | KIND_BIT(KIND_ARCHIVE) | \
			 KIND_BIT(KIND_TEXT))

const struct input homework_mine_inputs[] = {
	{ "course", IN_QUERY, IN_INT, 0, 1, ID_MAX, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const notes[] = { "handed", NULL };
const struct input homework_show_inputs[] = {
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input homework_hand_inputs[] = {
	{ "body", IN_BODY, IN_TEXT, 0, 1, 10000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

/* Where the learner stands: the score only once results are published; a
 * grade not yet published reads as handed in. */
#define STAGE \
	" CASE WHEN s.state = 'graded' AND h.published_at IS NOT NULL THEN 'graded' " \
	"  WHEN s.state = 'returned' THEN 'returned' " \
	"  WHEN s.id IS NOT NULL THEN 'submitted' " \
	"  WHEN h.due_at < UTC_TIMESTAMP() THEN 'overdue' " \
	"  WHEN h.due_at < UTC_TIMESTAMP() + INTERVAL 3 DAY THEN 'due_soon' " \
	"  ELSE 'open' END, " \
	" IF(s.state = 'graded' AND h.published_at IS NOT NULL, s.score, NULL) "
/* The homework of every course the learner is enrolled on; times local,
 * ? seconds from UTC. */
static struct stmt st_mine = { .sql =
	"SELECT h.id, h.title, c.id, c.name, h.late_allowed, h.max_score, "
	" s.late, " STAGE ", "
	" DATE_FORMAT(h.due_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i'), "
	" DATE_FORMAT(s.submitted_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i') "
	"FROM enrolment e JOIN course c ON c.id = e.course_id "
	" AND c.deleted_at IS NULL "
	"JOIN homework h ON h.course_id = e.course_id AND h.deleted_at IS NULL "
	"LEFT JOIN homework_submission s ON s.homework_id = h.id "
	" AND s.account_id = e.account_id "
	"WHERE e.account_id = ? AND e.status IN ('active', 'completed') "
	" AND (? IS NULL OR e.course_id = ?) "
	"ORDER BY h.due_at, h.id LIMIT 300" };	/* MINE_MAX */
/* One homework and the learner's submission; open: they may hand in. */
static struct stmt st_one = { .sql =
	"SELECT h.id, c.id, c.name, h.late_allowed, h.max_score, s.id, "
	" s.version, s.late, " STAGE ", "
	" (s.id IS NULL AND (h.late_allowed OR h.due_at >= UTC_TIMESTAMP())) "
	"  OR s.state = 'returned', h.title, h.instructions, "
	" IF(s.state = 'graded' AND h.published_at IS NOT NULL, s.feedback, NULL), "
	" DATE_FORMAT(h.due_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(s.submitted_at, '%Y-%m-%d %H:%i:%s') "
	"FROM homework h JOIN course c ON c.id = h.course_id "
	"LEFT JOIN homework_submission s ON s.homework_id = h.id AND s.account_id = ? "
	"WHERE h.id = ? AND" HW_ENROLLED };
enum { O_ID, O_COURSE, O_COURSE_NAME, O_LATE_OK, O_MAX, O_SUB, O_VERSION,
	O_LATE, O_STAGE, O_SCORE, O_OPEN, O_TITLE, O_INSTRUCTIONS, O_FEEDBACK,
	O_DUE, O_SUBMITTED };
/* Before handing in: the learner's submission, if any, and whether the
 * deadline has passed for homework that takes nothing late. */
static struct stmt st_state = { .sql =
	"SELECT s.id, s.state, NOT h.late_allowed AND h.due_at < UTC_TIMESTAMP() "
	"FROM homework h JOIN course c ON c.id = h.course_id "
	"LEFT JOIN homework_submission s ON s.homework_id = h.id AND s.account_id = ? "
	"WHERE h.id = ? AND" HW_ENROLLED };
/* The first hand-in; the unique key turns a second one (a double click)
 * away, the deadline is checked again as it is written. */
static struct stmt st_first = { .sql =
	"INSERT IGNORE INTO homework_submission (homework_id, account_id, "
	" submitted_at, late) "
	"SELECT h.id, ?, UTC_TIMESTAMP(), h.due_at < UTC_TIMESTAMP() FROM homework h "
	"WHERE h.id = ? AND h.deleted_at IS NULL "
	" AND (h.late_allowed OR h.due_at >= UTC_TIMESTAMP())" };
/* Rework after a return: the next version, waiting to be graded again. */
static struct stmt st_again = { .sql =
	"UPDATE homework_submission SET state = 'submitted', version = version + 1, "
	" submitted_at = UTC_TIMESTAMP() WHERE id = ? AND state = 'returned'" };
static struct stmt st_version = { .sql =
	"INSERT INTO submission_version (submission_id, version, body, submitted_at) "
	"SELECT id, version, ?, submitted_at FROM homework_submission WHERE id = ?" };
static struct stmt st_file = { .sql =
	"INSERT INTO submission_file (submission_id, version, pos, file_id) "
	"SELECT id, version, ?, ? FROM homework_submission WHERE id = ?" };

int
homework_mine(struct ctx *c)
{
	static const char *const attrs[] = { "id", NULL, "course",
	    "course-name", "late-allowed", "max-score", "late", "stage",
	    "score", "due", "submitted" };
	long long	offset = clock_utc_offset(), rows;
	struct db_param	p[5] = { DB_INT(offset), DB_INT(offset),
	    DB_INT(c->user.id), in_param(&c->in[0], 1), in_param(&c->in[0], 1) };
	xmlNodePtr	l;

	if (page_begin(c, "homework-list") != 0)
		return 500;
	l = xml_add(c->root, "homework-list", NULL);
	xml_attr(l, "course", c->in[0].s);
	if ((rows = db_exec(&st_mine, p, 5)) != DB_OK ||
	    (rows = xml_rows(l, "homework", &st_mine, 1, attrs,
	    sizeof(attrs) / sizeof(attrs[0]), MINE_MAX)) < 0)
		return db_http_status((int)rows);
	return 200;
}

/* <homework> from st_one's row; the submission's id in *sub (0: none). */
static int
one_fill(struct ctx *c, xmlNodePtr n, long long *sub)
{
	static const char *const attrs[] = { "id", "course", "course-name",
	    "late-allowed", "max-score", "submission", "version", "late", "stage",
	    "score", "open" };
	struct stmt	*st = &st_one;
	unsigned int	 i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	xml_attr_time(n, "due", db_col(st, O_DUE));
	xml_attr_time(n, "submitted", db_col(st, O_SUBMITTED));
	xml_attr_int(n, "upload-max", c->conf->upload_max);
	xml_attr_int(n, "files", HW_FILES);
	xml_add(n, "title", db_col(st, O_TITLE));
	if (db_col(st, O_FEEDBACK) != NULL)
		xml_add(n, "feedback", db_col(st, O_FEEDBACK));
	*sub = db_col(st, O_SUB) ? db_col_int(st, O_SUB) : 0;
	return rich_add(n, db_col(st, O_INSTRUCTIONS));
}

int
homework_show(struct ctx *c)
{
	struct db_param	p[3] = { DB_INT(c->user.id), DB_INT(c->param[0]),
	    DB_INT(c->user.id) };
	xmlNodePtr	n;
	long long	sub;
	int		rc;

	if ((rc = db_exec(&st_one, p, 3)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_one)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	if (page_begin(c, "homework") != 0) {
		db_done(&st_one);
		return 500;
	}
	n = xml_add(c->root, "homework", NULL);
	rc = one_fill(c, n, &sub);
	db_done(&st_one);
	if (rc != 0)
		return 500;
	if (c->req->method == METHOD_GET)
		xml_attr(n, "done", c->in[0].s);
	return sub ? homework_versions_add(n, sub) : 200;
}

/* May the learner hand in now? 0 with *sub (0: a first hand-in), 404
 * when the homework is not theirs, or the refusal. */
static int
hand_check(struct ctx *c, long long *sub)
{
	struct db_param	 p[3] = { DB_INT(c->user.id), DB_INT(c->param[0]),
	    DB_INT(c->user.id) };
	const char	*state;
	int		 rc, closed;

	if ((rc = db_exec(&st_state, p, 3)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_state)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	*sub = db_col(&st_state, 0) ? db_col_int(&st_state, 0) : 0;
	state = db_col(&st_state, 1);
	closed = db_col_int(&st_state, 2) != 0;
	rc = *sub != 0 && state[0] != 'r' ? 1 : *sub == 0 && closed ? 2 : 0;
	db_done(&st_state);
	if (rc == 1)	/* handed in and not returned: waits for grading */
		return form_refuse(c, "body", "hw_handed", 409);
	if (rc == 2)
		return form_refuse(c, "body", "hw_past_due", 409);
	return 0;
}

/* The files chosen on the form, stored: their ids in fid[], the count in
 * *n; 0 or the refusal. */
static int
files_store(struct ctx *c, long long fid[HW_FILES], int *n)
{
	char	field[8];
	int	i, rc;

	for (*n = 0, i = 1; i <= HW_FILES; i++) {
		snprintf(field, sizeof(field), "file%d", i);
		/* 400 is file_store's "no file chosen": each is optional. */
		if ((rc = file_store(c, field, HW_KINDS, &fid[*n])) == 400)
			continue;
		if (rc != 0)
			return file_refuse(c, field, rc);
		++*n;
	}
	if (*n == 0 && c->in[0].s == NULL)
		return form_refuse(c, "body", "hw_empty", 400);
	return 0;
}

/* The submission's row for this hand-in: the first or the next version;
 * 0 with *sub, or 409 when another request got there first. */
static int
submission_write(struct ctx *c, long long *sub)
{
	struct stmt	*st = *sub ? &st_again : &st_first;
	int		 rc;

	if (*sub)
		rc = db_exec(st, (struct db_param[1]){ DB_INT(*sub) }, 1);
	else
		rc = db_exec(st, (struct db_param[2]){ DB_INT(c->user.id),
		    DB_INT(c->param[0]) }, 2);
	if (rc != DB_OK)
		return db_http_status(rc);
	if (db_affected(st) == 0)
		return form_refuse(c, "body", *sub ? "hw_handed" : "hw_past_due",
		    409);
	if (*sub == 0)
		*sub = (long long)db_insert_id(st);
	return 0;
}

/*
 * Hands in the text and up to HW_FILES files, in one transaction: a first
 * hand-in before the deadline (or late, marked so, when the homework takes
 * it), or again after the lecturer returned it for rework. A submission
 * waiting for its grade, or graded, is not handed in again.
 */
int
homework_hand_in(struct ctx *c)
{
	long long	fid[HW_FILES], sub = 0;
	int		rc, n, i;

	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = hand_check(c, &sub)) != 0 ||
	    (rc = files_store(c, fid, &n)) != 0 ||
	    (rc = submission_write(c, &sub)) != 0) {
		db_rollback();
		return rc;
	}
	rc = db_exec(&st_version, (struct db_param[2]){
	    DB_OPT_TEXT(c->in[0].s), DB_INT(sub) }, 2);
	for (i = 0; i < n && rc == DB_OK; i++)
		rc = db_exec(&st_file, (struct db_param[3]){ DB_INT(i + 1),
		    DB_INT(fid[i]), DB_INT(sub) }, 3);
	if (rc != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s/homework/%lld?done=handed",
	    surface_bases[c->surface], c->param[0]);
	return 303;
}
