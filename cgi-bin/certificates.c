/* certificates.c - certificates: issued on completion, printable by their holder, verifiable by anyone. */
#include <limits.h>
#include <string.h>

#include <sodium.h>

#include "db.h"
#include "learning.h"
#include "pages.h"
#include "xml.h"

/* "2026-XXXX-XXXX-XXXX": the year, then 12 characters that cannot be
 * misread (no 0/O, 1/I), 60 random bits: not to be guessed or counted. */
#define CERT_NO_LEN	19

const struct input verify_inputs[] = {
	{ "no", IN_QUERY, IN_TEXT, 0, 1, 32, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

static struct stmt st_issue = { .sql =
	"INSERT IGNORE INTO certificate (number, account_id, course_id, "
	" credits, hours) "
	"SELECT CONCAT(YEAR(UTC_TIMESTAMP()), ?), ?, id, credits, hours "
	"FROM course WHERE id = ?" };
#define CERT_COLUMNS \
	"SELECT t.id, t.number, a.name, c.name, t.credits, t.hours, t.score, " \
	" DATE_FORMAT(t.issued_at, '%Y-%m-%d') FROM certificate t " \
	"JOIN account a ON a.id = t.account_id JOIN course c ON c.id = t.course_id "
static struct stmt st_mine = { .sql =
	CERT_COLUMNS "WHERE t.account_id = ? ORDER BY t.id DESC LIMIT 200" };
static struct stmt st_one = { .sql =
	CERT_COLUMNS "WHERE t.id = ? AND t.account_id = ?" };
static struct stmt st_by_number = { .sql =
	CERT_COLUMNS "WHERE t.number = ?" };

int
certificate_issue(long long account, long long course)
{
	static const char alpha[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
	char	tail[CERT_NO_LEN - 4 + 1];	/* "-XXXX-XXXX-XXXX" */
	int	i, k = 0;

	for (i = 0; i < 12; i++) {
		if (i % 4 == 0)
			tail[k++] = '-';
		tail[k++] = alpha[randombytes_uniform(sizeof(alpha) - 1)];
	}
	tail[k] = '\0';
	return db_exec(&st_issue, (struct db_param[3]){ DB_TEXT(tail),
	    DB_INT(account), DB_INT(course) }, 3);
}

/* Each certificate st gives for p, as <certificate> under parent; the
 * count, or the db error. */
static long long
certificates_add(xmlNodePtr parent, struct stmt *st, const struct db_param *p,
    unsigned int np)
{
	static const char *const attrs[] = { "id", "number", "name", "course",
	    "credits", "hours", "score", "issued" };
	int rc;

	if ((rc = db_exec(st, p, np)) != DB_OK)
		return rc;
	return xml_rows(parent, "certificate", st, -1, attrs,
	    sizeof(attrs) / sizeof(attrs[0]), LLONG_MAX);
}

/* Begins page name with st's certificates for p under <certificates>,
 * *n their count; 200 or the status to answer. */
static int
certificates_page(struct ctx *c, const char *name, struct stmt *st,
    const struct db_param *p, unsigned int np, long long *n)
{
	if (page_begin(c, name) != 0)
		return 500;
	if ((*n = certificates_add(xml_add(c->root, "certificates", NULL), st, p,
	    np)) < 0)
		return db_http_status((int)*n);
	return 200;
}

int
certificates_show(struct ctx *c)
{
	long long n;

	return certificates_page(c, "certificates", &st_mine,
	    (struct db_param[1]){ DB_INT(c->user.id) }, 1, &n);
}

int
certificate_show(struct ctx *c)
{
	long long	n;
	int		rc = certificates_page(c, "certificate", &st_one,
	    (struct db_param[2]){ DB_INT(c->param[0]), DB_INT(c->user.id) }, 2,
	    &n);

	return rc == 200 && n != 1 ? 404 : rc;
}

int
certificate_verify(struct ctx *c)
{
	const char	*no = c->in[0].s;
	xmlNodePtr	 l;
	long long	 rc;

	if (page_begin(c, "verify") != 0)
		return 500;
	l = xml_add(c->root, "verify", NULL);
	xml_attr(l, "no", no);
	if (no == NULL)
		return 200;
	if ((rc = certificates_add(l, &st_by_number,
	    (struct db_param[1]){ DB_TEXT(no) }, 1)) < 0)
		return db_http_status((int)rc);
	/* A number that is no certificate answers 404 with the form again. */
	c->keep = rc == 0;
	return rc == 1 ? 200 : 404;
}
