/* exam_take.c - taking an exam: the paper (whole on the portal, one question a page on phones), answers saved with a receipt as the learner goes, and the submit; late answers refused and the attempt submitted by time. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "attempt.h"
#include "pages.h"
#include "req.h"
#include "xml.h"

/* The most items one post may answer (a paper's length). */
#define POST_MAX_ITEMS	500

/* GET: the question shown alone (phones, or the portal's autosave) and
 * the receipt of the save just made. */
const struct input attempt_show_inputs[] = {
	{ "q", IN_QUERY, IN_INT, 0, 1, 65535, NULL },
	{ "saved", IN_QUERY, IN_INT, 0, 1, 9223372036854775807LL, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
/* POST: the positions the form showed ("3" or "1,2,3"), then the question
 * to show next. The answers are fields a1, a2 … checked against their
 * questions by the handler. */
const struct input attempt_answers_inputs[] = {
	{ "shown", IN_BODY, IN_TEXT, 0, 1, 6 * POST_MAX_ITEMS, NULL },
	{ "to", IN_BODY, IN_INT, 0, 1, 65535, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};
enum { A_SHOWN, A_TO };

static struct stmt st_head = { .sql =
	"SELECT a.exam_id, e.title, a.seq, a.makeup, a.state, a.submitted_by, "
	" DATE_FORMAT(a.ends_at, '%Y-%m-%d %H:%i:%s'), "
	" GREATEST(0, TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(3), a.ends_at)), "
	" (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = a.id), "
	" (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = a.id "
	"  AND i.answer IS NOT NULL), a.open IS NOT NULL "
	"FROM attempt a JOIN exam e ON e.id = a.exam_id "
	"WHERE a.id = ? AND a.account_id = ?" };
enum { H_EXAM, H_TITLE, H_SEQ, H_MAKEUP, H_STATE, H_BY, H_ENDS, H_LEFT,
	H_ITEMS, H_ANSWERED, H_OPEN };
/* Every item, its question's text only for the one shown alone when one
 * is (two ? twice). Never the key. */
static struct stmt st_items = { .sql =
	"SELECT" ITEM_COLS ", IF(? IS NULL OR ai.position = ?, q.stem, NULL), "
	" IF(? IS NULL OR ai.position = ?, q.options, NULL) "
	"FROM attempt_item ai JOIN question q ON q.id = ai.question_id "
	"WHERE ai.attempt_id = ? ORDER BY ai.position" };
/* What checking a post needs of the items it answers. */
static struct stmt st_form_items = { .sql =
	"SELECT ai.position, q.kind, q.options, ai.options_order," ITEM_BLANKS
	"FROM attempt_item ai JOIN question q ON q.id = ai.question_id "
	"WHERE ai.attempt_id = ? AND FIND_IN_SET(ai.position, ?)" };
static struct stmt st_receipt = { .sql =
	"SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s') FROM attempt_log "
	"WHERE id = ? AND attempt_id = ? AND event = 'save'" };
static struct stmt st_resume = { .sql =
	"INSERT INTO attempt_log (attempt_id, at, event, ip) "
	"SELECT ?, UTC_TIMESTAMP(3), 'resume', ? FROM DUAL WHERE NOT EXISTS "
	" (SELECT 1 FROM attempt_log WHERE attempt_id = ? "
	"  AND at > UTC_TIMESTAMP(3) - INTERVAL 60 SECOND)" };	/* ATTEMPT_RESUME_GAP */
/* The portal's paper hidden or closed (exam.js): for the lecturer's log;
 * the clock runs on. */
static struct stmt st_leave = { .sql =
	"INSERT INTO attempt_log (attempt_id, at, event, ip) "
	"SELECT id, UTC_TIMESTAMP(3), 'leave', ? FROM attempt "
	"WHERE id = ? AND account_id = ? AND open = 1" };
/* The one read of the attempt a post makes, locked: every later write
 * waits for it. Open, closed by time, its time still running. */
static struct stmt st_lock = { .sql =
	"SELECT open IS NOT NULL, submitted_by = 'time', "
	" ends_at > UTC_TIMESTAMP(3) FROM attempt "
	"WHERE id = ? AND account_id = ? FOR UPDATE" };
enum { L_OPEN, L_BY_TIME, L_IN_TIME };
/* All the answers of a post at once: [{"p":3,"a":"AC"}, …]; an item
 * without "a" is cleared. */
static struct stmt st_save = { .sql =
	"UPDATE attempt_item ai JOIN JSON_TABLE(?, '$[*]' COLUMNS ("
	" p INT PATH '$.p', a VARCHAR(4000) PATH '$.a')) j ON j.p = ai.position "
	"SET ai.answer = j.a, ai.saved_at = UTC_TIMESTAMP(3) "
	"WHERE ai.attempt_id = ?" };

/* Letter l (upper case) among s's letters, in any case. */
static int
letter_in(const char *s, char l)
{
	for (; s != NULL && *s != '\0'; s++)
		if ((*s & ~0x20) == l)
			return 1;
	return 0;
}

/* Line n (from 0) of s, '\n' between lines, arena-owned; NULL past the
 * last. */
static char *
line_of(struct arena *a, const char *s, long long n)
{
	size_t len;

	for (; s != NULL; s += len + 1, n--) {
		len = strcspn(s, "\n");
		if (n == 0)
			return arena_strndup(a, s, len);
		if (s[len] == '\0')
			break;
	}
	return NULL;
}

/* The choices in shown order, the chosen ones and (key given) the right
 * ones marked. */
static void
options_add(struct ctx *c, xmlNodePtr item, const char *options,
    const char *order, const char *answer, const char *key)
{
	const char	*line[ANSWER_MAX_OPTIONS];
	size_t		 len[ANSWER_MAX_OPTIONS];
	unsigned int	 n = option_lines(options, line, len,
	    ANSWER_MAX_OPTIONS), i, k;
	char		 letter[2] = "A", own;
	xmlNodePtr	 o;

	for (i = 0; i < n; i++) {
		own = order != NULL ? order[i] : (char)('A' + i);
		if (own == '\0')
			break;
		if ((k = (unsigned int)(own - 'A')) >= n)
			continue;
		letter[0] = (char)('A' + i);
		o = xml_add(item, "option", arena_strndup(c->arena, line[k],
		    len[k]));
		xml_attr(o, "letter", letter);
		if (letter_in(answer, own))
			xml_attr(o, "chosen", "1");
		if (key != NULL && letter_in(key, own))
			xml_attr(o, "key", "1");
	}
}

xmlNodePtr
attempt_item_add(struct ctx *c, xmlNodePtr parent, struct stmt *st,
    const char *key)
{
	static const char *const attrs[] = { "position", "kind", "points" };
	const char	*kind = db_col(st, 1), *answer = db_col(st, 4);
	xmlNodePtr	 n = xml_add(parent, "item", NULL), b;
	long long	 i, blanks = db_col_int(st, 6);
	unsigned int	 a;

	for (a = 0; a < 3; a++)
		xml_attr(n, attrs[a], db_col(st, a));
	xml_attr_time(n, "saved", db_col(st, 5));
	if (answer != NULL)
		xml_attr(n, "answered", "1");
	if (db_col(st, ITEM_NCOLS) == NULL)
		return n;		/* in the index only */
	xml_add(n, "stem", db_col(st, ITEM_NCOLS));
	if (strcmp(kind, "single") == 0 || strcmp(kind, "multiple") == 0)
		options_add(c, n, db_col(st, ITEM_NCOLS + 1), db_col(st, 3),
		    answer, key);
	else if (strcmp(kind, "truefalse") == 0) {
		xml_attr(n, "answer", answer);
		xml_attr(n, "key", key);
	} else if (strcmp(kind, "fill") == 0) {
		for (i = 0; i < blanks; i++) {
			b = xml_add(n, "blank", line_of(c->arena, answer, i));
			xml_attr_int(b, "n", i + 1);
			if (key != NULL)
				xml_attr(b, "key", line_of(c->arena, key, i));
		}
	} else {
		xml_add(n, "answer", answer);
		if (key != NULL)
			xml_add(n, "key", key);
	}
	return n;
}

/* A UTC time as the local wall clock with seconds, for receipts. */
static const char *
local_hms(struct arena *a, const char *utc)
{
	struct tm	tm;
	time_t		t;
	char		buf[16];

	memset(&tm, 0, sizeof(tm));
	if (utc == NULL || strptime(utc, "%Y-%m-%d %H:%M:%S", &tm) == NULL)
		return NULL;
	t = timegm(&tm);
	if (localtime_r(&t, &tm) == NULL)
		return NULL;
	strftime(buf, sizeof(buf), "%H:%M:%S", &tm);
	return arena_strndup(a, buf, strlen(buf));
}

/* Runs st for the signed-in learner's attempt id (its two ?); 0 with its
 * row current, 404, or a status. */
static int
attempt_row(struct ctx *c, struct stmt *st, long long id)
{
	int rc;

	if ((rc = db_exec(st, (struct db_param[2]){ DB_INT(id),
	    DB_INT(c->user.id) }, 2)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(st)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	return 0;
}

xmlNodePtr
attempt_head(struct ctx *c, struct stmt *st, long long id, const char *name,
    const char *const *attrs, unsigned int nattrs, int *rc)
{
	xmlNodePtr	n;
	unsigned int	i;

	if ((*rc = attempt_row(c, st, id)) != 0)
		return NULL;
	if (page_begin(c, name) != 0) {
		db_done(st);
		*rc = 500;
		return NULL;
	}
	n = xml_add(c->root, name, NULL);
	xml_attr_int(n, "id", id);
	for (i = 0; i < nattrs; i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	return n;
}

/* The page with <attempt>: its exam, time left and progress; 0, 404 or
 * a status. *open tells whether answers may still come. */
static int
head_add(struct ctx *c, long long id, xmlNodePtr *out, int *open)
{
	static const char *const attrs[] = { "exam", "title", "seq", "makeup",
	    "state", "by", NULL, "left", "items", "answered" };
	int rc;

	if ((*out = attempt_head(c, &st_head, id, "attempt", attrs,
	    sizeof(attrs) / sizeof(attrs[0]), &rc)) == NULL)
		return rc;
	xml_attr_time(*out, "ends", db_col(&st_head, H_ENDS));
	*open = (int)db_col_int(&st_head, H_OPEN);
	db_done(&st_head);
	return 0;
}

/* The receipt of save entry id, when it is this attempt's. */
static void
receipt_add(struct ctx *c, xmlNodePtr n, long long attempt, long long id)
{
	const char	*at = db_text(c->arena, &st_receipt, (struct db_param[2]){
	    DB_INT(id), DB_INT(attempt) }, 2);
	xmlNodePtr	 r;

	if (at == NULL)
		return;
	r = xml_add(n, "receipt", NULL);
	xml_attr_int(r, "id", id);
	xml_attr(r, "at", local_hms(c->arena, at));
}

/* The question shown alone: the one asked for, on a refused post of one
 * question that one, and on phones the first by default; 0 for the whole
 * paper. */
static long long
current_of(struct ctx *c)
{
	const char	*s = c->in[0].s;
	long long	 q = 0;

	if (s != NULL && c->req->method == METHOD_GET)
		q = c->in[0].i;
	else if (s != NULL && strchr(s, ',') == NULL)
		q = strtoll(s, NULL, 10);
	return q > 0 || c->surface != SURF_MOBILE ? q : 1;
}

int
attempt_show(struct ctx *c)
{
	long long	q, id = c->param[0];
	xmlNodePtr	n;
	int		rc, open = 0;

	if ((rc = attempt_expire_mine(c)) != 0 ||
	    (rc = head_add(c, id, &n, &open)) != 0)
		return rc;
	if (!open)
		return 200;		/* submitted: the way to the result */
	if (c->req->method == METHOD_GET && c->in[1].s != NULL)
		receipt_add(c, n, id, c->in[1].i);
	if ((rc = db_exec(&st_resume, (struct db_param[3]){ DB_INT(id),
	    DB_OPT_TEXT(c->remote_addr), DB_INT(id) }, 3)) != DB_OK)
		return db_http_status(rc);
	q = current_of(c);
	if (q > 0)
		xml_attr_int(n, "current", q);
	if ((rc = db_exec(&st_items, (struct db_param[5]){ q ? DB_INT(q) :
	    DB_NULLP, DB_INT(q), q ? DB_INT(q) : DB_NULLP, DB_INT(q),
	    DB_INT(id) }, 5)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_items)) == 1)
		attempt_item_add(c, n, &st_items, NULL);
	return rc == 0 ? 200 : db_http_status(rc);
}

/* s as a JSON string (quotes included) into the arena. */
static char *
json_string(struct arena *a, const char *s)
{
	char	*out = arena_alloc(a, 6 * strlen(s) + 3), *o = out;

	if (out == NULL)
		return NULL;
	*o++ = '"';
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\') {
			*o++ = '\\';
			*o++ = *s;
		} else if ((unsigned char)*s < 0x20)
			o += sprintf(o, "\\u%04x", (unsigned char)*s);
		else
			*o++ = *s;
	}
	*o++ = '"';
	*o = '\0';
	return out;
}

/* The values of every field called name, in order (at most max). */
static size_t
fields_named(struct ctx *c, const char *name, const char **v, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < c->req->body.n && n < max; i++)
		if (strcmp(c->req->body.v[i].name, name) == 0)
			v[n++] = c->req->body.v[i].val;
	return n;
}

/* A fill-in's blanks, each one line, as lines; NULL when all are empty,
 * "" for an error (field error set in *e). */
static const char *
blanks_read(struct ctx *c, const char **v, size_t n, long long blanks,
    enum verr *e)
{
	size_t	i, total = 0, any = 0;
	char	*out, *o;

	if ((long long)n != blanks) {
		*e = VERR_NOT_ALLOWED;
		return "";
	}
	for (i = 0; i < n; i++) {
		if ((*e = valid_text(v[i], strlen(v[i]), 0,
		    ANSWER_MAX_BLANK)) != VERR_OK)
			return "";
		if (strpbrk(v[i], "\r\n") != NULL) {
			*e = VERR_BAD_CHARSET;
			return "";
		}
		total += strlen(v[i]) + 1;
		any |= v[i][0] != '\0';
	}
	if (!any)
		return NULL;
	if ((out = o = arena_alloc(c->arena, total + 1)) == NULL)
		return "";
	for (i = 0; i < n; i++)
		o += sprintf(o, "%s%s", i ? "\n" : "", v[i]);
	return out;
}

/*
 * The answer posted for the item in st's row (position, kind, options,
 * options_order, blanks), in the question's own letters; NULL for none.
 * "" with *e set refuses it: letters not among the shown options, a
 * choice twice, the wrong number of blanks, too long.
 */
static const char *
answer_read(struct ctx *c, struct stmt *st, enum verr *e)
{
	const char	*v[ANSWER_MAX_OPTIONS + 1], *kind = db_col(st, 1);
	const char	*line[ANSWER_MAX_OPTIONS];
	size_t		 len[ANSWER_MAX_OPTIONS];
	char		 name[16], *out;
	size_t		 n;

	snprintf(name, sizeof(name), "a%lld", db_col_int(st, 0));
	n = fields_named(c, name, v, ANSWER_MAX_OPTIONS + 1);
	*e = VERR_NOT_ALLOWED;
	if (strcmp(kind, "fill") == 0)
		return blanks_read(c, v, n, db_col_int(st, 4), e);
	if (strcmp(kind, "short") == 0) {
		if (n > 1 || (n == 1 && (*e = valid_text(v[0], strlen(v[0]), 0,
		    ANSWER_MAX_CHARS)) != VERR_OK))
			return "";
		return n == 1 && v[0][0] != '\0' ? v[0] : NULL;
	}
	if (strcmp(kind, "truefalse") == 0) {
		if (n > 1 || (n == 1 && strcmp(v[0], "T") != 0 &&
		    strcmp(v[0], "F") != 0))
			return "";
		return n == 1 ? v[0] : NULL;
	}
	if ((strcmp(kind, "single") == 0 && n > 1) ||
	    (out = arena_alloc(c->arena, ANSWER_MAX_OPTIONS + 1)) == NULL ||
	    answer_from_shown(db_col(st, 3), option_lines(db_col(st, 2),
	    line, len, ANSWER_MAX_OPTIONS), v, n, out) != 0)
		return "";
	return *out != '\0' ? out : NULL;
}

/* The items of a post as st_save's JSON into *json; 0, or the form refused
 * (400) on the first answer that does not fit its question. */
static int
answers_read(struct ctx *c, long long id, const char *shown, size_t count,
    char **json)
{
	const char	*a, **item = arena_alloc(c->arena, count * sizeof(*item));
	size_t		 n = 0, i, total = 3;
	enum verr	 e;
	int		 rc;

	if (item == NULL)
		return 500;
	if ((rc = db_exec(&st_form_items, (struct db_param[2]){ DB_INT(id),
	    DB_TEXT(shown) }, 2)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(&st_form_items)) == 1 && n < count) {
		if ((a = answer_read(c, &st_form_items, &e)) != NULL &&
		    *a == '\0') {
			a = arena_printf(c->arena, "a%lld",
			    db_col_int(&st_form_items, 0));
			db_done(&st_form_items);
			return form_refuse(c, a, e == VERR_NOT_ALLOWED ?
			    "answer_invalid" : verr_code(e), 400);
		}
		item[n] = arena_printf(c->arena, "{\"p\":%lld%s%s}",
		    db_col_int(&st_form_items, 0), a != NULL ? ",\"a\":" : "",
		    a != NULL ? json_string(c->arena, a) : "");
		if (item[n] == NULL)
			return 500;
		total += strlen(item[n++]) + 1;
	}
	db_done(&st_form_items);
	if (rc < 0)
		return db_http_status(rc);
	/* A position twice, or one that is no item of this attempt. */
	if (n != count)
		return form_refuse(c, "shown", "not_allowed", 400);
	if ((*json = arena_alloc(c->arena, total)) == NULL)
		return 500;
	strcpy(*json, "[");
	for (i = 0; i < n; i++)
		strcat(strcat(*json, i ? "," : ""), item[i]);
	strcat(*json, "]");
	return 0;
}

/* How many positions "3" or "1,2,3" lists; 0 when malformed. */
static size_t
shown_count(const char *s)
{
	size_t n = 0;

	if (s == NULL || strspn(s, "0123456789,") != strlen(s))
		return 0;
	for (; *s != '\0'; n++) {
		if (*s < '1' || *s > '9' || strspn(s, "0123456789") > 5)
			return 0;
		s += strspn(s, "0123456789");
		if (*s == ',' && *++s == '\0')
			return 0;
	}
	return n <= POST_MAX_ITEMS ? n : 0;
}

/* Answers coming after the attempt closed: logged and refused; the
 * attempt stays as it was submitted (by time: with what was saved). */
static int
answers_late(struct ctx *c, long long id, int by_time)
{
	int rc;

	if ((rc = attempt_log(id, "refused", 0, by_time ? "time" : "closed",
	    c->remote_addr, NULL)) != DB_OK)
		return db_http_status(rc);
	return form_refuse(c, "answers", by_time ? "attempt_time_up" :
	    "attempt_closed", 409);
}

/* Saves json (NULL: nothing posted) inside the transaction; the save's
 * receipt in *receipt. */
static int
answers_save(struct ctx *c, long long id, const char *json, size_t count,
    long long *receipt)
{
	char	detail[32];
	int	rc;

	*receipt = 0;
	if (json == NULL)
		return DB_OK;
	snprintf(detail, sizeof(detail), "%zu", count);
	if ((rc = db_exec(&st_save, (struct db_param[2]){ DB_TEXT(json),
	    DB_INT(id) }, 2)) != DB_OK)
		return rc;
	return attempt_log(id, "save", count == 1 ? strtoll(c->in[A_SHOWN].s,
	    NULL, 10) : 0, detail, c->remote_addr, receipt);
}

/* Where a post goes on: the result after a submit, else the paper again
 * with the receipt (and on phones the question asked for). */
static int
answers_done(struct ctx *c, long long id, int submit, long long receipt)
{
	const char *base = surface_bases[c->surface];

	if (submit)
		c->location = arena_printf(c->arena, "%s/attempts/%lld/result",
		    base, id);
	else
		c->location = arena_printf(c->arena, "%s/attempts/%lld?saved=%lld%s",
		    base, id, receipt, c->in[A_TO].s == NULL ? "" :
		    arena_printf(c->arena, "&q=%lld", c->in[A_TO].i));
	return 303;
}

/* What a post's locked read found of its attempt. */
struct held {
	int	open, by_time, in_time;
};

/* Begins the post's transaction and locks attempt id, the learner's own;
 * 0 with the transaction open, or 404 or a status with none. */
static int
attempt_hold(struct ctx *c, long long id, struct held *h)
{
	int rc;

	if ((rc = attempt_begin()) != DB_OK)
		return db_http_status(rc);
	if ((rc = attempt_row(c, &st_lock, id)) != 0) {
		db_rollback();
		return rc;
	}
	h->open = (int)db_col_int(&st_lock, L_OPEN);
	h->by_time = (int)db_col_int(&st_lock, L_BY_TIME);
	h->in_time = (int)db_col_int(&st_lock, L_IN_TIME);
	db_done(&st_lock);
	return 0;
}

/* A post to an attempt closed, or whose time ran out since
 * attempt_expire_mine looked: submitted by time now, and refused; a
 * hand-in without answers of one closed goes on to the result. */
static int
answers_closed(struct ctx *c, long long id, int submit, size_t count,
    const struct held *h)
{
	int rc;

	db_rollback();
	if (h->open && (rc = attempt_expire_mine(c)) != 0)
		return rc;
	if (!h->open && submit && count == 0)
		return answers_done(c, id, 1, 0);	/* handed in already */
	return answers_late(c, id, h->open || h->by_time);
}

/* Save (and with submit, hand in) what the form posted, reading the
 * attempt once, locked. */
static int
answers_post(struct ctx *c, int submit)
{
	long long	 id = c->param[0], receipt;
	size_t		 count = shown_count(c->in[A_SHOWN].s);
	struct held	 h = { 0, 0, 0 };
	char		*json = NULL;
	int		 rc, closed;

	if ((rc = attempt_expire_mine(c)) != 0 ||
	    (rc = attempt_hold(c, id, &h)) != 0)
		return rc;
	if (c->in[A_SHOWN].s != NULL && count == 0)
		return form_refuse(c, "shown", "bad_format", 400);
	if (!h.open || !h.in_time)
		return answers_closed(c, id, submit, count, &h);
	if (count == 0 && !submit)
		return form_refuse(c, "shown", "required", 400);
	if (count > 0 && (rc = answers_read(c, id, c->in[A_SHOWN].s, count,
	    &json)) != 0) {
		db_rollback();	/* a refused form rolled back already */
		return rc;
	}
	if ((rc = answers_save(c, id, json, count, &receipt)) != DB_OK ||
	    (submit && (rc = attempt_close(id, "learner", c->remote_addr,
	    &closed)) != DB_OK) || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	return answers_done(c, id, submit, receipt);
}

int
attempt_save(struct ctx *c)
{
	return answers_post(c, 0);
}

int
attempt_submit(struct ctx *c)
{
	return answers_post(c, 1);
}

/* One statement, so its own transaction; another's or a closed attempt
 * is not found. */
int
attempt_leave(struct ctx *c)
{
	int rc;

	if ((rc = db_exec(&st_leave, (struct db_param[3]){
	    DB_OPT_TEXT(c->remote_addr), DB_INT(c->param[0]),
	    DB_INT(c->user.id) }, 3)) != DB_OK)
		return db_http_status(rc);
	if (db_affected(&st_leave) == 0)
		return 404;
	c->location = arena_printf(c->arena, "%s/attempts/%lld",
	    surface_bases[c->surface], c->param[0]);
	return 303;
}
