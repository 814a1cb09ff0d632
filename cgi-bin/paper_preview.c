/* paper_preview.c - a paper as a learner would see it, with the keys and explanations for its builder; a random paper's rules with samples of what they draw. */
#include "exam_office.h"
#include "pages.h"
#include "xml.h"

#define SAMPLES		3

static struct stmt st_items = { .sql =
	"SELECT pq.position, " POINTS("pq.points") "," OFFICE_QUESTION_COLS
	"FROM paper_question pq JOIN question q ON q.id = pq.question_id "
	"LEFT JOIN course qc ON qc.id = q.course_id "
	"WHERE pq.paper_id = ? ORDER BY pq.position" };
/* The first few questions each rule matches, with the rule's place in
 * the paper's order (from 1). */
static struct stmt st_samples = { .sql =
	"SELECT x.* FROM (SELECT DENSE_RANK() OVER (ORDER BY r.position) AS nth, "
	OFFICE_QUESTION_COLS ", ROW_NUMBER() OVER (PARTITION BY r.position "
	"  ORDER BY q.id) AS rn "
	" FROM paper_rule r JOIN question q ON" RULE_MATCH("r", "q")
	" LEFT JOIN course qc ON qc.id = q.course_id WHERE r.paper_id = ?) x "
	"WHERE x.rn <= 3 ORDER BY x.nth, x.rn" };	/* SAMPLES */

static int
items_add(xmlNodePtr paper, long long id)
{
	xmlNodePtr	l = xml_add(paper, "items", NULL), n;
	int		rc;

	if ((rc = db_exec(&st_items, (struct db_param[1]){ DB_INT(id) }, 1)) !=
	    DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_items)) == 1) {
		n = xml_add(l, "item", NULL);
		xml_attr(n, "position", db_col(&st_items, 0));
		xml_attr(n, "points", db_col(&st_items, 1));
		office_question_add(n, &st_items, 2);
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

static int
samples_add(xmlNodePtr paper, long long id)
{
	xmlNodePtr	rule[PAPER_MAX_RULES];
	size_t		n, nth;
	int		rc;

	if ((rc = paper_rules_add(paper, id, rule, PAPER_MAX_RULES, &n)) != 200)
		return rc;
	if ((rc = db_exec(&st_samples, (struct db_param[1]){ DB_INT(id) }, 1)) !=
	    DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_samples)) == 1)
		if ((nth = (size_t)db_col_int(&st_samples, 0)) >= 1 && nth <= n)
			office_question_add(rule[nth - 1], &st_samples, 1);
	return rc == 0 ? 200 : db_http_status(rc);
}

int
paper_preview(struct ctx *c)
{
	xmlNodePtr	paper;
	int		fixed, rc;

	if (page_begin(c, "paper-preview") != 0)
		return 500;
	if ((rc = paper_head_add(c, xml_add(c->root, "paper-preview", NULL),
	    c->param[0], &paper, &fixed)) != 200)
		return rc;
	return fixed ? items_add(paper, c->param[0]) :
	    samples_add(paper, c->param[0]);
}
