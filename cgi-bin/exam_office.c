/* exam_office.c - what the back office's paper, exam and grading pages share: reach, points, pickers. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "attempt.h"
#include "exam_office.h"
#include "route.h"
#include "xml.h"

enum verr
tenths_read(const char *s, long long max, long long *tenths)
{
	enum verr	 e;
	const char	*dot;

	if ((e = valid_decimal(s, max)) != VERR_OK)
		return e;
	dot = strchr(s, '.');
	*tenths = atoll(s) * 10 + (dot != NULL ? dot[1] - '0' : 0);
	return VERR_OK;
}

size_t
office_fields(struct ctx *c, const char *name, const char **v, size_t max)
{
	const struct field	*f;
	size_t			 i, n = 0;

	for (i = 0; i < c->req->body.n; i++) {
		f = &c->req->body.v[i];
		if (strcmp(f->name, name) != 0)
			continue;
		if (n < max)
			v[n] = f->len > 0 ? f->val : NULL;
		n++;
	}
	return n;
}

/* Each choice as <option letter="A">, B, C … as the learner is shown
 * them (before any shuffle). */
static void
options_add(xmlNodePtr q, const char *s)
{
	const char	*line[ANSWER_MAX_OPTIONS];
	size_t		 len[ANSWER_MAX_OPTIONS];
	char		 letter[2] = "A", *text;
	unsigned int	 i, n = option_lines(s, line, len, ANSWER_MAX_OPTIONS);

	for (i = 0; i < n; i++) {
		if ((text = strndup(line[i], len[i])) == NULL)
			return;
		xml_attr(xml_add(q, "option", text), "letter", letter);
		free(text);
		letter[0]++;
	}
}

xmlNodePtr
office_question_add(xmlNodePtr parent, struct stmt *st, unsigned int col)
{
	static const char *const attrs[] = { "id", "kind", "difficulty",
	    "point", "course-name" };
	xmlNodePtr	q = xml_add(parent, "question", NULL);
	unsigned int	i;

	for (i = 0; i < 5; i++)
		xml_attr(q, attrs[i], db_col(st, col + i));
	xml_add(q, "stem", db_col(st, col + 5));
	options_add(q, db_col(st, col + 6));
	xml_add(q, "key", db_col(st, col + 7));
	if (db_col(st, col + 8) != NULL)
		xml_add(q, "explanation", db_col(st, col + 8));
	return q;
}

int
office_row(struct ctx *c, struct stmt *st, long long id)
{
	struct db_param	p[5] = { DB_INT(id) };
	int		rc;

	own_or_built_params(c, &p[1]);
	if ((rc = db_exec(st, p, 5)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(st)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	return 0;
}
