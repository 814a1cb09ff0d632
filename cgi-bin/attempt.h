/* attempt.h - what the learner's exam pages and lmsctl share: who may start, the draw, answers in shown letters, closing and settling attempts. */
#ifndef ATTEMPT_H
#define ATTEMPT_H
#include <libxml/tree.h>

#include "ctx.h"
#include "db.h"

/* At most this many options a question shows (letters A to P), the
 * length of attempt_item.options_order. */
#define ANSWER_MAX_OPTIONS	16
/* The longest answer stored (attempt_item.answer), and one blank. */
#define ANSWER_MAX_CHARS	4000
#define ANSWER_MAX_BLANK	200
/* An open attempt opened again after this many seconds without an
 * event is logged as resumed. */
#define ATTEMPT_RESUME_GAP	60

/*
 * Exam e (course c LEFT JOINed) as the learner with id ? may sit it: not
 * deleted, and when it is a course's assessment, enrolled on that course
 * (active or completed). One ?.
 */
#define EXAM_SITTABLE \
	" e.deleted_at IS NULL AND (e.course_id IS NULL OR EXISTS (SELECT 1 " \
	"  FROM enrolment en WHERE en.course_id = e.course_id " \
	"  AND en.account_id = ? AND en.status IN ('active', 'completed'))) "

/* Exam e's results are out once an attempt is graded: at once, or when
 * the exam publishes them. */
#define EXAM_RELEASED " (e.results = 'auto' OR e.published_at IS NOT NULL) "

/*
 * Where the learner stands on exam e, the columns exam_rules_read takes,
 * from: exam e, the learner's attempts by exam t, their exam_standing s
 * and their onboarding exam deadline od (EXAM_RULES_FROM, three ?, all
 * the learner's id).
 */
#define EXAM_RULES_COLS \
	" e.opens_at > UTC_TIMESTAMP(), e.closes_at <= UTC_TIMESTAMP(), " \
	" e.attempts, e.makeups, COALESCE(t.reg, 0), COALESCE(t.mk, 0), " \
	" COALESCE(t.waiting, 0), t.open_id, s.passed_at IS NOT NULL, " \
	" COALESCE(s.failed_at + INTERVAL e.makeup_days DAY > UTC_TIMESTAMP(), 0), " \
	EXAM_RELEASED ", " \
	" COALESCE(e.onboarding AND od.due < UTC_TIMESTAMP(), 0), " \
	" DATE_FORMAT(s.failed_at + INTERVAL e.makeup_days DAY, " \
	"  '%Y-%m-%d %H:%i:%s'), " \
	" IF(e.onboarding, DATE_FORMAT(od.due, '%Y-%m-%d %H:%i:%s'), NULL) "
#define EXAM_RULES_NCOLS	14
#define EXAM_RULES_FROM \
	" LEFT JOIN (SELECT exam_id, SUM(makeup = 0) AS reg, SUM(makeup) AS mk, " \
	"  SUM(state = 'submitted') AS waiting, MAX(IF(open, id, NULL)) AS open_id " \
	"  FROM attempt WHERE account_id = ? GROUP BY exam_id) t ON t.exam_id = e.id " \
	" LEFT JOIN exam_standing s ON s.exam_id = e.id AND s.account_id = ? " \
	" LEFT JOIN (SELECT MIN(ap.exam_due_at) AS due FROM assignment_person ap " \
	"  JOIN assignment sa ON sa.id = ap.assignment_id " \
	"  JOIN plan pl ON pl.id = sa.plan_id AND pl.onboarding " \
	"  WHERE ap.account_id = ?) od ON e.onboarding "

/* A fill-in's blanks: its key's lines (as grade() reads them). Only the
 * count leaves the database, never the key. */
#define ITEM_BLANKS \
	" IF(q.kind = 'fill', 1 + CHAR_LENGTH(TRIM(TRAILING '\\n' FROM " \
	"  q.answer_key)) - CHAR_LENGTH(REPLACE(TRIM(TRAILING '\\n' FROM " \
	"  q.answer_key), '\\n', '')), 0) "
/* An attempt item ai of question q as attempt_item_add reads it, then its
 * stem and options (NULL: the item in the index only). */
#define ITEM_COLS \
	" ai.position, q.kind, ai.points, ai.options_order, ai.answer, " \
	" DATE_FORMAT(ai.saved_at, '%Y-%m-%d %H:%i:%s')," ITEM_BLANKS
#define ITEM_NCOLS	7

/* How the learner may go on with an exam. */
enum exam_start { START_NONE, START_CONTINUE, START_REGULAR, START_MAKEUP };

struct exam_rules {
	int		 upcoming, closed;	/* by the window */
	int		 attempts, makeups;	/* allowed */
	int		 reg, mk;		/* regular tries and make-ups sat */
	int		 waiting;		/* tries waiting for a person */
	long long	 open_id;		/* the attempt in progress, or 0 */
	int		 passed, makeup_time, released, overdue;
	/* UTC times, valid until st's next row: */
	const char	*makeup_until;		/* the make-up period's end */
	const char	*due;			/* the onboarding deadline */
};

/* The EXAM_RULES_COLS of st's row from column col. */
void	 exam_rules_read(struct stmt *st, unsigned int col,
	    struct exam_rules *r);
/* What the learner may do: START_NONE with the err.CODE refusing a start
 * in *why, or how to go on. Regular tries only in the window (and by the
 * onboarding deadline); make-ups once the regular tries are over, the
 * last one failed (results out), up to the exam's make-ups and within
 * makeup_days of the last fail; nothing after a pass or while a try
 * waits for a person's marks. */
enum exam_start exam_rules_decide(const struct exam_rules *r,
	    const char **why);
/* The rules as attributes of an exam element: tries used and left,
 * make-ups, what may be done and why not. */
void	 exam_rules_attrs(xmlNodePtr n, const struct exam_rules *r);

/*
 * Draws paper into attempt: a fixed paper's questions, or each rule's n
 * questions at random (matching its kind, course, point and difficulty,
 * not deleted, none drawn twice), questions shuffled when shuffle_q, the
 * choice questions' options when shuffle_o. Inside the caller's
 * transaction; DB_OK with the number of items in *n, or the db error.
 */
int	 attempt_draw(long long attempt, long long paper, int shuffle_q,
	    int shuffle_o, long long *n);
/*
 * Submits open attempt id (by "learner" or "time"): closed, every item
 * the marking code can mark marked (auto_score), logged (submit or
 * timeout, from ip), then attempt_settle. Inside the caller's
 * transaction; DB_OK with *closed 1, or 0 when it was not open any more;
 * or the db error.
 */
int	 attempt_close(long long id, const char *by, const char *ip,
	    int *closed);
/*
 * Begins a transaction at READ COMMITTED: the draw, saves and hand-ins
 * then lock only the rows they touch, never the gaps between attempts,
 * so many learners starting, saving and handing in at once do not
 * deadlock on each other's items. The unique keys still guard one open
 * attempt per learner and one try per number. DB_OK or the db error.
 */
int	 attempt_begin(void);
/* Logs event (attempt_log.event) of attempt, about item position (0 for
 * none), with detail and the address (both may be NULL); the entry's id
 * in *id when id is not NULL. DB_OK or the db error. */
int	 attempt_log(long long attempt, const char *event, long long position,
	    const char *detail, const char *ip, long long *id);
/* Submits by time the signed-in learner's attempt in progress when its
 * time is over, in its own transaction; 0 or an HTTP status. Every
 * handler touching the learner's exams runs it first. */
int	 attempt_expire_mine(struct ctx *c);
/* lmsctl exams-close: every open attempt past its end submitted by time,
 * each in its own transaction; the count in *closed. DB_OK or the db
 * error. */
int	 attempts_sweep(long long *closed);

/* exam_take.c: an item of st's row (ITEM_COLS, stem, options) as
 * <item position kind points saved answered> with <stem>, choices in shown
 * order (<option letter chosen>), true/false's answer, a fill-in's
 * <blank n> or a short <answer>; with key (the question's, in its own
 * letters), the right choices (key="1"), blanks and answer marked too. */
xmlNodePtr attempt_item_add(struct ctx *c, xmlNodePtr parent,
	    struct stmt *st, const char *key);

/* exam_take.c: runs st for the signed-in learner's attempt id (its two
 * ?) and begins page name with <name id> carrying attrs[i] from column i
 * (NULL skips one); the element with st's row still current (the caller
 * reads on, then db_done), or NULL with *rc 404 or a status. */
xmlNodePtr attempt_head(struct ctx *c, struct stmt *st, long long id,
	    const char *name, const char *const *attrs, unsigned int nattrs,
	    int *rc);

/* attempt_answer.c: options and answers as the learner sees them. */
/* The question's letter shown as which letter under order (options_order,
 * NULL for the question's own order): 'A' + its place, or 0. */
char	 answer_shown(const char *order, char letter);
/* Letters the learner chose (shown, one per element of shown[], n of them)
 * as the question's letters in order ("AC") into out (ANSWER_MAX_OPTIONS
 * + 1 bytes); 0, or -1 when one is not among the nopts shown or chosen
 * twice. */
int	 answer_from_shown(const char *order, unsigned int nopts,
	    const char *const *shown, size_t n, char *out);
#endif
