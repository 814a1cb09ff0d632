/* attempt.c - an attempt's life after its start: the paper drawn into it, its close (by the learner or by time) with automatic marking, and its settling into a score, a standing and the course's completion. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attempt.h"
#include "exams.h"
#include "grade.h"
#include "learning.h"

/* Random papers are drawn rule by rule into positions from here, then
 * shuffled down to 1..n, so no position is ever taken twice. */
#define STAGE_BASE	10000
/* Open attempts past their end closed per round of the sweep. */
#define SWEEP_BATCH	1000

/* Non-blank lines of q.options, as option_lines counts them. */
#define NOPTS \
	" CHAR_LENGTH(REGEXP_REPLACE(REGEXP_REPLACE(q.options, " \
	"  '[^\\r\\n]*[^ \\t\\r\\n][^\\r\\n]*', '@'), '[^@]', '')) "

static struct stmt st_fixed = { .sql =
	"INSERT INTO attempt_item (attempt_id, position, question_id, points) "
	"SELECT ?, ROW_NUMBER() OVER (ORDER BY IF(?, RAND(), pq.position)), "
	" pq.question_id, pq.points FROM paper_question pq WHERE pq.paper_id = ?" };
static struct stmt st_mode = { .sql =
	"SELECT mode FROM paper WHERE id = ?" };
static struct stmt st_rules = { .sql =
	"SELECT position, n FROM paper_rule WHERE paper_id = ? ORDER BY position" };
static struct stmt st_rule_draw = { .sql =
	"INSERT INTO attempt_item (attempt_id, position, question_id, points) "
	"SELECT ?, ? + ROW_NUMBER() OVER (), x.id, x.points FROM (SELECT q.id, "
	" r.points FROM paper_rule r JOIN question q ON" RULE_MATCH("r", "q")
	" WHERE r.paper_id = ? AND r.position = ? AND q.id NOT IN "
	"  (SELECT question_id FROM attempt_item WHERE attempt_id = ?) "
	" ORDER BY RAND() LIMIT ?) x" };
static struct stmt st_shuffle = { .sql =
	"UPDATE attempt_item ai JOIN (SELECT position, "
	" ROW_NUMBER() OVER (ORDER BY RAND()) AS rn FROM attempt_item "
	" WHERE attempt_id = ?) x ON x.position = ai.position "
	"SET ai.position = x.rn WHERE ai.attempt_id = ?" };
/* Each choice question's letters in a random order: "CADB" shows the
 * question's C first. */
static struct stmt st_options = { .sql =
	"UPDATE attempt_item ai JOIN (SELECT i.position, "
	" GROUP_CONCAT(SUBSTR('ABCDEFGHIJKLMNOP', s.seq, 1) ORDER BY RAND() "
	"  SEPARATOR '') AS o FROM attempt_item i "
	" JOIN question q ON q.id = i.question_id AND q.kind IN ('single', 'multiple') "
	" JOIN seq_1_to_16 s ON s.seq <=" NOPTS
	" WHERE i.attempt_id = ? GROUP BY i.position) x ON x.position = ai.position "
	"SET ai.options_order = x.o WHERE ai.attempt_id = ?" };

static struct stmt st_close = { .sql =
	"UPDATE attempt SET open = NULL, state = 'submitted', "
	" submitted_at = UTC_TIMESTAMP(3), submitted_by = ? "
	"WHERE id = ? AND open = 1" };
static struct stmt st_marking = { .sql =
	"SELECT ai.position, q.kind, q.answer_key, ai.answer, ai.points "
	"FROM attempt_item ai JOIN question q ON q.id = ai.question_id "
	"WHERE ai.attempt_id = ?" };
/* The marks of all items at once, [[position, tenths], ...]. */
static struct stmt st_auto = { .sql =
	"UPDATE attempt_item ai JOIN JSON_TABLE(?, '$[*]' COLUMNS ("
	" p INT PATH '$[0]', s INT PATH '$[1]')) j ON j.p = ai.position "
	"SET ai.auto_score = j.s WHERE ai.attempt_id = ?" };
static struct stmt st_log = { .sql =
	"INSERT INTO attempt_log (attempt_id, at, event, position, detail, ip) "
	"VALUES (?, UTC_TIMESTAMP(3), ?, ?, ?, ?)" };

/* Only the attempt is locked: its exam and paper are read by everyone
 * submitting at the same time. */
static struct stmt st_lock = { .sql =
	"SELECT state, exam_id, account_id, makeup FROM attempt "
	"WHERE id = ? FOR UPDATE" };
static struct stmt st_sums = { .sql =
	"SELECT e.attempts, e.makeups, e.course_id, p.pass_tenths, "
	" (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = ? "
	"  AND i.mark IS NULL AND i.auto_score IS NULL), "
	" (SELECT COALESCE(SUM(COALESCE(i.mark, i.auto_score)), 0) "
	"  FROM attempt_item i WHERE i.attempt_id = ?), "
	" (SELECT COUNT(*) FROM attempt b WHERE b.exam_id = e.id "
	"  AND b.account_id = ? AND NOT b.makeup), "
	" (SELECT COUNT(*) FROM attempt b WHERE b.exam_id = e.id "
	"  AND b.account_id = ? AND b.makeup) "
	"FROM exam e JOIN paper p ON p.id = e.paper_id WHERE e.id = ?" };
static struct stmt st_grade = { .sql =
	"UPDATE attempt SET state = 'graded', score = ?, passed = ?, "
	" graded_at = UTC_TIMESTAMP() WHERE id = ?" };
/* tries counts graded tries, each once (its first settling); a pass
 * found later (a changed mark) clears the flag. */
static struct stmt st_standing = { .sql =
	"INSERT INTO exam_standing (exam_id, account_id, tries, best, "
	" passed_at, failed_at, flagged_at) VALUES (?, ?, ?, ?, "
	" IF(?, UTC_TIMESTAMP(), NULL), IF(?, UTC_TIMESTAMP(), NULL), "
	" IF(?, UTC_TIMESTAMP(), NULL)) "
	"ON DUPLICATE KEY UPDATE tries = tries + VALUES(tries), "
	" best = GREATEST(COALESCE(best, 0), VALUES(best)), "
	" passed_at = COALESCE(passed_at, VALUES(passed_at)), "
	" failed_at = COALESCE(VALUES(failed_at), failed_at), "
	" flagged_at = IF(VALUES(passed_at) IS NOT NULL, NULL, "
	"  COALESCE(flagged_at, VALUES(flagged_at)))" };

/* For the next transaction only. */
static struct stmt st_read_committed = { .sql =
	"SET TRANSACTION ISOLATION LEVEL READ COMMITTED" };
static struct stmt st_mine_due = { .sql =
	"SELECT id FROM attempt WHERE account_id = ? AND open = 1 "
	"AND ends_at <= UTC_TIMESTAMP(3)" };
static struct stmt st_due = { .sql =
	"SELECT id FROM attempt WHERE open = 1 AND ends_at <= UTC_TIMESTAMP(3) "
	"ORDER BY ends_at LIMIT 1000" };	/* SWEEP_BATCH */

int
attempt_begin(void)
{
	int rc;

	if ((rc = db_exec(&st_read_committed, NULL, 0)) != DB_OK)
		return rc;
	return db_begin();
}

int
attempt_log(long long attempt, const char *event, long long position,
    const char *detail, const char *ip, long long *id)
{
	struct db_param	p[5] = { DB_INT(attempt), DB_TEXT(event),
	    position > 0 ? DB_INT(position) : DB_NULLP, DB_OPT_TEXT(detail),
	    DB_OPT_TEXT(ip) };
	int		rc;

	if ((rc = db_exec(&st_log, p, 5)) == DB_OK && id != NULL)
		*id = (long long)db_insert_id(&st_log);
	return rc;
}

/* A random paper, rule by rule; *n counts what was drawn. */
static int
draw_rules(long long attempt, long long paper, int shuffle_q, long long *n)
{
	struct db_param	p[6];
	long long	base = shuffle_q ? STAGE_BASE : 0;
	int		rc;

	if ((rc = db_exec(&st_rules, (struct db_param[1]){ DB_INT(paper) },
	    1)) != DB_OK)
		return rc;
	while ((rc = db_fetch(&st_rules)) == 1) {
		p[0] = p[4] = DB_INT(attempt);
		p[1] = DB_INT(base + *n);
		p[2] = DB_INT(paper);
		p[3] = DB_INT(db_col_int(&st_rules, 0));
		p[5] = DB_INT(db_col_int(&st_rules, 1));
		if ((rc = db_exec(&st_rule_draw, p, 6)) != DB_OK) {
			db_done(&st_rules);
			return rc;
		}
		*n += (long long)db_affected(&st_rule_draw);
	}
	if (rc != 0 || !shuffle_q || *n == 0)
		return rc;
	return db_exec(&st_shuffle, (struct db_param[2]){ DB_INT(attempt),
	    DB_INT(attempt) }, 2);
}

int
attempt_draw(long long attempt, long long paper, int shuffle_q,
    int shuffle_o, long long *n)
{
	struct db_param	 p[3] = { DB_INT(attempt), DB_INT(shuffle_q),
	    DB_INT(paper) };
	const char	*mode;
	int		 rc;

	*n = 0;
	if ((rc = db_exec(&st_mode, &p[2], 1)) != DB_OK ||
	    (rc = db_fetch(&st_mode)) != 1)
		return rc == 0 ? DB_ERR : rc;
	mode = db_col(&st_mode, 0);
	if (mode != NULL && strcmp(mode, "random") == 0) {
		db_done(&st_mode);
		rc = draw_rules(attempt, paper, shuffle_q, n);
	} else {
		db_done(&st_mode);
		if ((rc = db_exec(&st_fixed, p, 3)) == DB_OK)
			*n = (long long)db_affected(&st_fixed);
	}
	if (rc != DB_OK || !shuffle_o || *n == 0)
		return rc;
	return db_exec(&st_options, (struct db_param[2]){ DB_INT(attempt),
	    DB_INT(attempt) }, 2);
}

/* Appends "[position,tenths]" to the list opened in buf, after a comma
 * but for the first; 0 or -1. */
static int
marks_append(char **buf, size_t *len, size_t *cap, long long pos, int tenths)
{
	char	*nb;

	if (*cap - *len < 48) {
		*cap = *cap * 2 + 64;
		if ((nb = realloc(*buf, *cap)) == NULL)
			return -1;
		*buf = nb;
	}
	*len += (size_t)snprintf(*buf + *len, *cap - *len, "%s[%lld,%d]",
	    *len > 1 ? "," : "", pos, tenths);
	return 0;
}

/* The kind named s, or Q__MAX. */
static enum qtype
qtype_of(const char *s)
{
	unsigned int t;

	for (t = 0; t < Q__MAX; t++)
		if (strcmp(qtype_names[t], s) == 0)
			break;
	return (enum qtype)t;
}

/* Every item grade() can mark gets its auto_score, in one statement;
 * short answers (and a key grade() cannot read) wait for a person. */
static int
attempt_mark(long long id)
{
	size_t		 len = 1, cap = 256;
	char		*buf = malloc(cap);
	enum qtype	 t;
	int		 rc, tenths;

	if (buf == NULL)
		return DB_ERR;
	buf[0] = '[';
	if ((rc = db_exec(&st_marking, (struct db_param[1]){ DB_INT(id) },
	    1)) != DB_OK) {
		free(buf);
		return rc;
	}
	while ((rc = db_fetch(&st_marking)) == 1) {
		t = qtype_of(db_col(&st_marking, 1));
		if (t == Q__MAX || grade(t, db_col(&st_marking, 2),
		    db_col(&st_marking, 3), (int)db_col_int(&st_marking, 4),
		    &tenths) != 0)
			continue;
		if (marks_append(&buf, &len, &cap, db_col_int(&st_marking, 0),
		    tenths) != 0) {
			db_done(&st_marking);
			free(buf);
			return DB_ERR;
		}
	}
	if (rc == 0 && len > 1) {
		buf[len++] = ']';
		buf[len] = '\0';
		rc = db_exec(&st_auto, (struct db_param[2]){ DB_TEXT(buf),
		    DB_INT(id) }, 2);
	}
	free(buf);
	return rc;
}

int
attempt_close(long long id, const char *by, const char *ip, int *closed)
{
	struct db_param	p[2] = { DB_TEXT(by), DB_INT(id) };
	int		rc;

	*closed = 0;
	if ((rc = db_exec(&st_close, p, 2)) != DB_OK ||
	    db_affected(&st_close) == 0)
		return rc;
	*closed = 1;
	if ((rc = attempt_mark(id)) != DB_OK ||
	    (rc = attempt_log(id, strcmp(by, "time") == 0 ? "timeout" :
	    "submit", 0, NULL, ip, NULL)) != DB_OK)
		return rc;
	return attempt_settle(id);
}

/* What settling needs to know of an attempt. */
struct settle {
	long long	exam, account, course, score;
	int		first, makeup, attempts, makeups, pass, waiting, reg, mk;
};

static int
settle_read(long long id, struct settle *s)
{
	struct db_param	p[5] = { DB_INT(id) };
	int		rc;

	if ((rc = db_exec(&st_lock, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_lock)) != 1)
		return rc == 0 ? DB_ERR : rc;
	if (strcmp(db_col(&st_lock, 0), "open") == 0) {
		db_done(&st_lock);
		return DB_ERR;		/* a caller's mistake: not submitted */
	}
	s->first = strcmp(db_col(&st_lock, 0), "submitted") == 0;
	s->exam = db_col_int(&st_lock, 1);
	s->account = db_col_int(&st_lock, 2);
	s->makeup = (int)db_col_int(&st_lock, 3);
	db_done(&st_lock);
	p[1] = DB_INT(id);
	p[2] = p[3] = DB_INT(s->account);
	p[4] = DB_INT(s->exam);
	if ((rc = db_exec(&st_sums, p, 5)) != DB_OK ||
	    (rc = db_fetch(&st_sums)) != 1)
		return rc == 0 ? DB_ERR : rc;
	s->attempts = (int)db_col_int(&st_sums, 0);
	s->makeups = (int)db_col_int(&st_sums, 1);
	s->course = db_col_int(&st_sums, 2);
	s->pass = (int)db_col_int(&st_sums, 3);
	s->waiting = (int)db_col_int(&st_sums, 4);
	s->score = db_col_int(&st_sums, 5);
	s->reg = (int)db_col_int(&st_sums, 6);
	s->mk = (int)db_col_int(&st_sums, 7);
	db_done(&st_sums);
	return DB_OK;
}

int
attempt_settle(long long id)
{
	struct settle	s;
	int		rc, passed, last;

	if ((rc = settle_read(id, &s)) != DB_OK || s.waiting > 0)
		return rc;
	passed = s.score >= s.pass;
	/* The last allowed try: the last make-up, or the last regular try
	 * of an exam without make-ups. */
	last = s.makeup ? s.mk >= s.makeups :
	    s.reg >= s.attempts && s.makeups == 0;
	if ((rc = db_exec(&st_grade, (struct db_param[3]){ DB_INT(s.score),
	    DB_INT(passed), DB_INT(id) }, 3)) != DB_OK ||
	    (rc = db_exec(&st_standing, (struct db_param[7]){ DB_INT(s.exam),
	    DB_INT(s.account), DB_INT(s.first), DB_INT(s.score),
	    DB_INT(passed), DB_INT(s.first && !passed),
	    DB_INT(s.first && !passed && last) }, 7)) != DB_OK)
		return rc;
	if (passed && s.course > 0)
		return course_complete(s.account, s.course);
	return DB_OK;
}

/* Closes attempt id by time in its own transaction; *closed 1 when this
 * call closed it. */
static int
close_by_time(long long id, const char *ip, int *closed)
{
	int rc;

	if ((rc = attempt_begin()) != DB_OK)
		return rc;
	if ((rc = attempt_close(id, "time", ip, closed)) != DB_OK ||
	    (rc = db_commit()) != DB_OK) {
		db_rollback();
		return rc;
	}
	return DB_OK;
}

int
attempt_expire_mine(struct ctx *c)
{
	const char	*id;
	int		 rc, closed;

	id = db_text(c->arena, &st_mine_due, (struct db_param[1]){
	    DB_INT(c->user.id) }, 1);
	if (id == NULL)
		return 0;
	rc = close_by_time(strtoll(id, NULL, 10), c->remote_addr, &closed);
	return rc == DB_OK ? 0 : db_http_status(rc);
}

int
attempts_sweep(long long *closed)
{
	long long	ids[SWEEP_BATCH];
	int		rc, n, i, one;

	*closed = 0;
	do {
		if ((rc = db_exec(&st_due, NULL, 0)) != DB_OK)
			return rc;
		for (n = 0; n < SWEEP_BATCH && (rc = db_fetch(&st_due)) == 1;)
			ids[n++] = db_col_int(&st_due, 0);
		db_done(&st_due);
		if (rc < 0)
			return rc;
		for (i = 0; i < n; i++) {
			if ((rc = close_by_time(ids[i], NULL, &one)) != DB_OK)
				return rc;
			*closed += one;
		}
	} while (n == SWEEP_BATCH);
	return DB_OK;
}
