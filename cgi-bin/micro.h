/* micro.h - what the micro-course files share: the rubric, who may watch one, the row as XML, money and scores as text. */
#ifndef MICRO_H
#define MICRO_H
#include <libxml/tree.h>

#include "ctx.h"
#include "db.h"

/* 附件1's technical rule: at most 8 minutes (3 to 6 is best, a hint only). */
#define MICRO_MAX_SECONDS	480
/* Quiz questions one upload may carry. */
#define MICRO_QUESTIONS		5
#define MICRO_PAGE_SIZE		50

/* One item of the 100-point rubric: its column and input name, its group
 * (选题内容, 教学设计, 教学呈现, 作品规范) and its maximum. */
struct rubric_item {
	const char	*name;
	const char	*group;
	int		 max;
};
#define RUBRIC_N	11
extern const struct rubric_item rubric[RUBRIC_N];

/* The columns micro_add reads, in its order, and the joins they need. */
#define MICRO_COLS \
	" m.id, m.title, m.status, m.seconds, m.score_centi, m.allowance_fen, " \
	" m.pay_month, m.upload_month, " \
	" DATE_FORMAT(m.created_at, '%Y-%m-%d %H:%i:%s'), a.name, d.name, " \
	" m.sheets, m.reason, m.summary, m.author_id "
#define MICRO_FROM \
	" FROM micro m JOIN account a ON a.id = m.author_id " \
	" JOIN dept d ON d.id = m.dept_id "
#define MICRO_NCOLS	15

/* Adds <micro> under parent from st's current row (MICRO_COLS first; a
 * column after them is the viewer's own sheet total, "my-total"). */
xmlNodePtr micro_add(struct ctx *c, xmlNodePtr parent, struct stmt *st);
/* Runs st (a list of MICRO_COLS rows with LIMIT MICRO_PAGE_SIZE + 1) and
 * adds its rows and pager to list; 200 or an error status. */
int	 micro_list_read(struct ctx *c, xmlNodePtr list, struct stmt *st,
	    const struct db_param *p, unsigned int np, long long page);
/*
 * 0 when the signed-in user may watch micro-course id: it is published,
 * or they wrote it, or they review (CAP_TEACH); else 404, or a db status.
 * *file_id, when not NULL, gets its video.
 */
int	 micro_visible(struct ctx *c, long long id, long long *file_id);
/* Adds <quiz> with micro-course id's questions and answers in order. */
int	 micro_quiz_add(xmlNodePtr parent, long long id);
/* The micro-course row as JSON for the audit trail; arena-owned or NULL. */
char	*micro_json(struct ctx *c, long long id);
/* Ends a write on micro-course id inside its transaction: the audit
 * entry of action with before and after (after NULL: its read failed),
 * then commit; 0, or the error status after rolling back. */
int	 micro_write_end(struct ctx *c, const char *action, long long id,
	    const char *before, const char *after);
/* v hundredths (of a point, or fen of a yuan) as "87.50"; arena-owned. */
char	*micro_centi(struct arena *, long long v);
/* The allowance in fen of score_centi hundredths of a point on a base of
 * base_yuan: base × score / 100 yuan, rounded half up to the fen. */
long long micro_allowance_fen(long long base_yuan, long long score_centi);
/* This month in the configured zone as "YYYY-MM" into buf[8]. */
void	 micro_month_now(char buf[8]);
/* 1 when s is a month "YYYY-MM". */
int	 micro_month_valid(const char *s);
#endif
