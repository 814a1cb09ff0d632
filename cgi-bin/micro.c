/* micro.c - what the micro-course pages share: the rubric, visibility, the row as XML, scores and money. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "micro.h"
#include "route.h"
#include "xml.h"

/* 附件1 微课评分表: the maxima add up to 100 and match the CHECKs of
 * sql/005_micro.sql. */
const struct rubric_item rubric[RUBRIC_N] = {
	{ "goal", "topic", 5 },		/* 目标明确 */
	{ "practical", "topic", 20 },	/* 选题实用 */
	{ "content", "topic", 15 },	/* 内容合理 */
	{ "naming", "design", 5 },	/* 命名规范 */
	{ "process", "design", 10 },	/* 教学过程 */
	{ "structure", "design", 10 },	/* 要点结构 */
	{ "creative", "design", 5 },	/* 创意性 */
	{ "visual", "presentation", 10 },	/* 画面要素 */
	{ "sound", "presentation", 10 },	/* 声音效果 */
	{ "tech", "norms", 5 },		/* 技术规范 */
	{ "material", "norms", 5 },	/* 材料完整 */
};

static struct stmt st_visible = { .sql =
	"SELECT file_id FROM micro WHERE id = ? "
	"AND (status = 'published' OR author_id = ? OR ?)" };
static struct stmt st_quiz = { .sql =
	"SELECT pos, question, answer FROM micro_question WHERE micro_id = ? "
	"ORDER BY pos" };
static struct stmt st_json = { .sql =
	"SELECT JSON_OBJECT('title', title, 'author', author_id, "
	" 'dept', dept_id, 'file', file_id, 'seconds', seconds, "
	" 'status', status, 'reason', reason, 'sheets', sheets, "
	" 'score_centi', score_centi, 'base_yuan', base_yuan, "
	" 'allowance_fen', allowance_fen, 'pay_month', pay_month) "
	"FROM micro WHERE id = ?" };

char *
micro_centi(struct arena *a, long long v)
{
	return arena_printf(a, "%s%lld.%02lld", v < 0 ? "-" : "",
	    (v < 0 ? -v : v) / 100, (v < 0 ? -v : v) % 100);
}

long long
micro_allowance_fen(long long base_yuan, long long score_centi)
{
	/* base yuan × (score_centi / 100) / 100 = base × score_centi / 100
	 * fen; both are small (≤ 100000 × 10000), so no overflow. */
	return (base_yuan * score_centi + 50) / 100;
}

void
micro_month_now(char buf[8])
{
	struct tm	tm;
	time_t		t = time(NULL);

	if (localtime_r(&t, &tm) == NULL ||
	    strftime(buf, 8, "%Y-%m", &tm) != 7)
		snprintf(buf, 8, "1970-01");
}

int
micro_month_valid(const char *s)
{
	return s != NULL && strlen(s) == 7 && strspn(s, "0123456789") == 4 &&
	    s[4] == '-' && strspn(s + 5, "0123456789") == 2 &&
	    ((s[5] == '0' && s[6] != '0') || (s[5] == '1' && s[6] <= '2'));
}

xmlNodePtr
micro_add(struct ctx *c, xmlNodePtr parent, struct stmt *st)
{
	static const char *const attrs[] = { "id", NULL, "status", "seconds",
	    NULL, NULL, "pay-month", "upload-month", NULL, "author", "dept",
	    "sheets", NULL, NULL, "author-id" };
	xmlNodePtr	n = xml_add(parent, "micro", NULL);
	unsigned int	i;

	for (i = 0; i < MICRO_NCOLS; i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	xml_attr_time(n, "created", db_col(st, 8));
	if (db_col(st, 4) != NULL)
		xml_attr(n, "score", micro_centi(c->arena, db_col_int(st, 4)));
	if (db_col_int(st, 14) == c->user.id)
		xml_attr(n, "mine", "1");
	if (st->ncol > MICRO_NCOLS)
		xml_attr(n, "my-total", db_col(st, MICRO_NCOLS));
	xml_add(n, "title", db_col(st, 1));
	xml_add(n, "summary", db_col(st, 13));
	/* Money and a return's reason are the author's and the reviewers'. */
	if (db_col_int(st, 14) != c->user.id && !cap_held(c, CAP_TEACH))
		return n;
	if (db_col(st, 5) != NULL)
		xml_attr(n, "allowance", micro_centi(c->arena,
		    db_col_int(st, 5)));
	if (db_col(st, 12) != NULL)
		xml_add(n, "reason", db_col(st, 12));
	return n;
}

int
micro_visible(struct ctx *c, long long id, long long *file_id)
{
	struct db_param	p[3] = { DB_INT(id), DB_INT(c->user.id),
	    DB_INT(cap_held(c, CAP_TEACH)) };
	int		rc;

	if ((rc = db_exec(&st_visible, p, 3)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_visible)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	if (file_id != NULL)
		*file_id = db_col_int(&st_visible, 0);
	db_done(&st_visible);
	return 0;
}

int
micro_quiz_add(xmlNodePtr parent, long long id)
{
	struct db_param	p[1] = { DB_INT(id) };
	xmlNodePtr	quiz = xml_add(parent, "quiz", NULL), n;
	int		rc;

	if ((rc = db_exec(&st_quiz, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_quiz)) == 1) {
		n = xml_add(quiz, "item", NULL);
		xml_attr(n, "pos", db_col(&st_quiz, 0));
		xml_add(n, "question", db_col(&st_quiz, 1));
		xml_add(n, "answer", db_col(&st_quiz, 2));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

char *
micro_json(struct ctx *c, long long id)
{
	return db_text(c->arena, &st_json, (struct db_param[1]){ DB_INT(id) },
	    1);
}

int
micro_list_read(struct ctx *c, xmlNodePtr list, struct stmt *st,
    const struct db_param *p, unsigned int np, long long page)
{
	long long	rows = 0;
	int		rc;

	if ((rc = db_exec(st, p, np)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(st)) == 1)
		if (++rows <= MICRO_PAGE_SIZE)
			micro_add(c, list, st);
	if (rc != 0)
		return db_http_status(rc);
	xml_pager(c, list, page, rows, MICRO_PAGE_SIZE);
	return 200;
}

int
micro_write_end(struct ctx *c, const char *action, long long id,
    const char *before, const char *after)
{
	int rc = DB_ERR;

	if (after == NULL || (rc = audit_append(c, action, "micro", id, before,
	    after)) != DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return 0;
}
