/* exam_result.c - an attempt's result for the learner: score and pass, each answer with its mark and comment, and the key with its explanation only once the results are out. */
#include "attempt.h"
#include "pages.h"
#include "xml.h"

/* Released: graded, and the exam's results out. */
#define ATTEMPT_RELEASED " (a.state = 'graded' AND" EXAM_RELEASED ") "

static struct stmt st_head = { .sql =
	"SELECT a.exam_id, e.title, a.seq, a.makeup, a.state, a.submitted_by, "
	" DATE_FORMAT(a.submitted_at, '%Y-%m-%d %H:%i:%s')," ATTEMPT_RELEASED ", "
	" IF(" ATTEMPT_RELEASED ", a.score, NULL), "
	" IF(" ATTEMPT_RELEASED ", a.passed, NULL), p.pass_tenths, "
	" (SELECT SUM(i.points) FROM attempt_item i WHERE i.attempt_id = a.id), "
	" a.open IS NOT NULL "
	"FROM attempt a JOIN exam e ON e.id = a.exam_id "
	"JOIN paper p ON p.id = e.paper_id WHERE a.id = ? AND a.account_id = ?" };
enum { R_EXAM, R_TITLE, R_SEQ, R_MAKEUP, R_STATE, R_BY, R_SUBMITTED,
	R_RELEASED, R_SCORE, R_PASSED, R_PASS, R_TOTAL, R_OPEN };
/* Marks, comments, keys and explanations leave the database only once
 * the results are out. */
static struct stmt st_items = { .sql =
	"SELECT" ITEM_COLS ", q.stem, q.options, "
	" IF(" ATTEMPT_RELEASED ", COALESCE(ai.mark, ai.auto_score), NULL), "
	" IF(" ATTEMPT_RELEASED ", ai.comment, NULL), "
	" IF(" ATTEMPT_RELEASED ", q.answer_key, NULL), "
	" IF(" ATTEMPT_RELEASED ", q.explanation, NULL) "
	"FROM attempt_item ai JOIN question q ON q.id = ai.question_id "
	"JOIN attempt a ON a.id = ai.attempt_id JOIN exam e ON e.id = a.exam_id "
	"WHERE ai.attempt_id = ? ORDER BY ai.position" };
enum { I_SCORE = ITEM_NCOLS + 2, I_COMMENT, I_KEY, I_EXPLANATION };

/* The page with <attempt-result>; 0 with *open when the attempt is still
 * being taken, 404, or a status. */
static int
head_add(struct ctx *c, long long id, xmlNodePtr *out, int *open)
{
	static const char *const attrs[] = { "exam", "title", "seq", "makeup",
	    "state", "by", NULL, "released", "score", "passed", "pass",
	    "total" };
	int rc;

	if ((*out = attempt_head(c, &st_head, id, "attempt-result", attrs,
	    sizeof(attrs) / sizeof(attrs[0]), &rc)) == NULL)
		return rc;
	xml_attr_time(*out, "submitted", db_col(&st_head, R_SUBMITTED));
	*open = (int)db_col_int(&st_head, R_OPEN);
	db_done(&st_head);
	return 0;
}

int
attempt_result(struct ctx *c)
{
	long long	 id = c->param[0], score, points;
	xmlNodePtr	 r, n;
	int		 rc, open = 0;

	if ((rc = attempt_expire_mine(c)) != 0 ||
	    (rc = head_add(c, id, &r, &open)) != 0)
		return rc;
	if (open) {
		c->location = arena_printf(c->arena, "%s/attempts/%lld",
		    surface_bases[c->surface], id);
		return 303;
	}
	if ((rc = db_exec(&st_items, (struct db_param[1]){ DB_INT(id) }, 1)) !=
	    DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_items)) == 1) {
		n = attempt_item_add(c, r, &st_items, db_col(&st_items, I_KEY));
		if (db_col(&st_items, I_SCORE) != NULL) {
			score = db_col_int(&st_items, I_SCORE);
			points = db_col_int(&st_items, 2);
			xml_attr_int(n, "score", score);
			xml_attr(n, "right", score >= points ? "yes" :
			    score > 0 ? "part" : "no");
		}
		if (db_col(&st_items, I_COMMENT) != NULL)
			xml_add(n, "comment", db_col(&st_items, I_COMMENT));
		if (db_col(&st_items, I_EXPLANATION) != NULL)
			xml_add(n, "explanation", db_col(&st_items,
			    I_EXPLANATION));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}
