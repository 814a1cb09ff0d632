/* micro_learn.c - micro-courses for everyone signed in: upload with a quiz, one's own list, watch the published ones. */
#include <string.h>

#include "files.h"
#include "micro.h"
#include "pages.h"
#include "xml.h"

/* title, summary, then question and answer pairs q1 a1 … q5 a5. */
enum { U_TITLE, U_SUMMARY, U_QUIZ };
#define QA(n) \
	{ "q" #n, IN_BODY, IN_TEXT, 0, 1, 500, NULL }, \
	{ "a" #n, IN_BODY, IN_TEXT, 0, 1, 1000, NULL }
const struct input micro_upload_inputs[] = {
	{ "title", IN_BODY, IN_TEXT, 1, 1, 200, NULL },
	{ "summary", IN_BODY, IN_TEXT, 1, 1, 2000, NULL },
	QA(1), QA(2), QA(3), QA(4), QA(5),
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
const struct input micro_list_inputs[] = {
	{ "q", IN_QUERY, IN_TEXT, 0, 1, 64, NULL },
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
static const char *const mine_notes[] = { "uploaded", NULL };
const struct input micro_mine_inputs[] = {
	{ "page", IN_QUERY, IN_INT, 0, 1, 100000, NULL },
	{ "done", IN_QUERY, IN_ENUM, 0, 0, 0, mine_notes },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_published = { .sql =
	"SELECT" MICRO_COLS MICRO_FROM
	"WHERE m.status = 'published' AND (? IS NULL OR m.title LIKE ? "
	" OR m.summary LIKE ?) ORDER BY m.id DESC LIMIT 51 OFFSET ?" };
static struct stmt st_mine = { .sql =
	"SELECT" MICRO_COLS MICRO_FROM
	"WHERE m.author_id = ? ORDER BY m.id DESC LIMIT 51 OFFSET ?" };
static struct stmt st_one = { .sql =
	"SELECT" MICRO_COLS MICRO_FROM "WHERE m.id = ?" };
static struct stmt st_seconds = { .sql =
	"SELECT seconds FROM file WHERE id = ?" };
/* The author's department now is the one credited, whatever comes later. */
static struct stmt st_insert = { .sql =
	"INSERT INTO micro (title, summary, author_id, dept_id, file_id, "
	" seconds, upload_month) "
	"SELECT ?, ?, a.id, a.dept_id, f.id, f.seconds, ? FROM account a "
	"JOIN file f ON f.id = ? WHERE a.id = ?" };
#define Q_ROW(n) " SELECT " #n " AS pos, ? AS q, ? AS a"
static struct stmt st_quiz_insert = { .sql =
	"INSERT INTO micro_question (micro_id, pos, question, answer) "
	"SELECT ?, pos, q, a FROM (" Q_ROW(1) " UNION ALL" Q_ROW(2)
	" UNION ALL" Q_ROW(3) " UNION ALL" Q_ROW(4) " UNION ALL" Q_ROW(5)
	") x WHERE q IS NOT NULL" };

int
micro_list(struct ctx *c)
{
	struct db_param	 p[4];
	long long	 page = c->in[1].s ? c->in[1].i : 1;
	const char	*like = c->in[0].s ? db_like(c->arena, c->in[0].s, 0) :
			    NULL;
	xmlNodePtr	 list;

	if (page_begin(c, "micro-list") != 0)
		return 500;
	list = xml_add(c->root, "micros", NULL);
	xml_attr(list, "q", c->in[0].s);
	p[0] = DB_OPT_TEXT(c->in[0].s);
	p[1] = p[2] = DB_OPT_TEXT(like);
	p[3] = DB_INT((page - 1) * MICRO_PAGE_SIZE);
	return micro_list_read(c, list, &st_published, p, 4, page);
}

int
micro_mine(struct ctx *c)
{
	struct db_param	p[2];
	long long	page = c->in[0].s ? c->in[0].i : 1;
	xmlNodePtr	list;

	if (page_begin(c, "micro-mine") != 0)
		return 500;
	list = xml_add(c->root, "micros", NULL);
	xml_attr(list, "mine", "1");
	xml_attr(list, "done", c->in[1].s);
	p[0] = DB_INT(c->user.id);
	p[1] = DB_INT((page - 1) * MICRO_PAGE_SIZE);
	return micro_list_read(c, list, &st_mine, p, 2, page);
}

int
micro_new(struct ctx *c)
{
	xmlNodePtr n;

	if (page_begin(c, "micro-new") != 0)
		return 500;
	n = xml_add(c->root, "micro-new", NULL);
	xml_attr_int(n, "max-seconds", MICRO_MAX_SECONDS);
	xml_attr_int(n, "questions", MICRO_QUESTIONS);
	return 200;
}

/* The filled question and answer pairs, moved up to close gaps, into p
 * (2 per question, NULL for the unused); 0, or the refusing status. */
static int
quiz_read(struct ctx *c, struct db_param p[2 * MICRO_QUESTIONS])
{
	const struct in_val	*q, *a;
	int			 i, n = 0;

	for (i = 0; i < 2 * MICRO_QUESTIONS; i++)
		p[i] = DB_NULLP;
	for (i = 0; i < MICRO_QUESTIONS; i++) {
		q = &c->in[U_QUIZ + 2 * i];
		a = &c->in[U_QUIZ + 2 * i + 1];
		/* A question needs its answer and an answer its question. */
		if ((q->s == NULL) != (a->s == NULL))
			return form_refuse(c, c->route->inputs[U_QUIZ + 2 * i +
			    (q->s != NULL)].name, "required", 400);
		if (q->s == NULL)
			continue;
		p[2 * n] = DB_TEXT(q->s);
		p[2 * n++ + 1] = DB_TEXT(a->s);
	}
	/* 附件1: the author provides the test questions with answers. */
	return n > 0 ? 0 : form_refuse(c, "q1", "quiz_required", 400);
}

/* 1 when the stored video fid plays longer than 8 minutes, 0 when not
 * or when its length cannot be read (MPEG), or a db error. */
static int
too_long(long long fid)
{
	struct db_param	p[1] = { DB_INT(fid) };
	long long	secs = -1;
	int		rc;

	if ((rc = db_exec(&st_seconds, p, 1)) != DB_OK ||
	    (rc = db_fetch(&st_seconds)) != 1)
		return rc < 0 ? rc : DB_ERR;
	if (db_col(&st_seconds, 0) != NULL)
		secs = db_col_int(&st_seconds, 0);
	db_done(&st_seconds);
	return secs > MICRO_MAX_SECONDS;
}

/* The new row and its quiz; DB_OK with *id, or a db error. */
static int
micro_insert(struct ctx *c, long long fid, struct db_param *quiz,
    long long *id)
{
	struct db_param	p[1 + 2 * MICRO_QUESTIONS];
	char		month[8];
	int		rc, i;

	micro_month_now(month);
	if ((rc = db_exec(&st_insert, (struct db_param[5]){
	    DB_TEXT(c->in[U_TITLE].s), DB_TEXT(c->in[U_SUMMARY].s),
	    DB_TEXT(month), DB_INT(fid), DB_INT(c->user.id) }, 5)) != DB_OK)
		return rc;
	if ((*id = (long long)db_insert_id(&st_insert)) == 0)
		return DB_ERR;
	p[0] = DB_INT(*id);
	for (i = 0; i < 2 * MICRO_QUESTIONS; i++)
		p[1 + i] = quiz[i];
	return db_exec(&st_quiz_insert, p, 1 + 2 * MICRO_QUESTIONS);
}

/*
 * The upload: quiz checked, video stored (file_store refuses what is not
 * an MP4, MOV or MPEG by its content, 415, or too big, 413), its length
 * checked (400 over 8 minutes), the row written; one transaction. A
 * refused video's bytes may stay in the content-addressed store,
 * unreferenced; no row of it is kept.
 */
int
micro_upload(struct ctx *c)
{
	struct db_param	 quiz[2 * MICRO_QUESTIONS];
	long long	 fid, id;
	int		 rc;

	if ((rc = quiz_read(c, quiz)) != 0)
		return rc;
	if ((rc = db_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = file_store(c, "video", KIND_BIT(KIND_VIDEO), &fid)) != 0) {
		db_rollback();
		return file_refuse(c, "video", rc);
	}
	if ((rc = too_long(fid)) != 0) {
		db_rollback();
		return rc < 0 ? db_http_status(rc) :
		    form_refuse(c, "video", "video_too_long", 400);
	}
	if ((rc = micro_insert(c, fid, quiz, &id)) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	if ((rc = micro_write_end(c, "micro.upload", id, NULL,
	    micro_json(c, id))) != 0)
		return rc;
	c->location = arena_printf(c->arena, "%s/micro/mine?done=uploaded",
	    surface_bases[c->surface]);
	return 303;
}

int
micro_show(struct ctx *c)
{
	struct db_param	p[1] = { DB_INT(c->param[0]) };
	xmlNodePtr	n;
	int		rc;

	if (page_begin(c, "micro") != 0)
		return 500;
	if ((rc = micro_visible(c, c->param[0], NULL)) != 0)
		return rc;
	if ((rc = db_exec(&st_one, p, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_one)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	n = micro_add(c, c->root, &st_one);
	db_done(&st_one);
	return micro_quiz_add(n, c->param[0]);
}

/* The video itself, through nginx, to whoever may watch it. */
int
micro_video(struct ctx *c)
{
	long long	fid;
	int		rc;

	if ((rc = micro_visible(c, c->param[0], &fid)) != 0)
		return rc;
	return file_send(c, fid, 0);
}
