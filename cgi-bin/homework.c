/* homework.c - what the homework pages share: a submission's hand-ins, and its files released to the learner and the course's builders. */
#include "files.h"
#include "homework.h"
#include "pages.h"
#include "xml.h"

/* Each hand-in with its files (none, or a row per file), newest first. */
static struct stmt st_versions = { .sql =
	"SELECT v.version, DATE_FORMAT(v.submitted_at, '%Y-%m-%d %H:%i:%s'), "
	" DATE_FORMAT(v.returned_at, '%Y-%m-%d %H:%i:%s'), r.name, v.reason, "
	" v.body, f.id, f.name, f.size, f.kind "
	"FROM submission_version v LEFT JOIN account r ON r.id = v.returned_by "
	"LEFT JOIN submission_file sf ON sf.submission_id = v.submission_id "
	" AND sf.version = v.version LEFT JOIN file f ON f.id = sf.file_id "
	"WHERE v.submission_id = ? ORDER BY v.version DESC, sf.pos" };
enum { V_N, V_SUBMITTED, V_RETURNED, V_RETURNER, V_REASON, V_BODY, V_FILE,
	V_NAME, V_SIZE, V_KIND };
/* A stored file of a hand-in, to its learner or a builder of its course. */
static struct stmt st_file = { .sql =
	"SELECT sf.file_id FROM submission_file sf "
	"JOIN homework_submission s ON s.id = sf.submission_id "
	"JOIN homework h ON h.id = s.homework_id JOIN course c ON c.id = h.course_id "
	"WHERE sf.submission_id = ? AND sf.file_id = ? AND h.deleted_at IS NULL "
	" AND c.deleted_at IS NULL AND (s.account_id = ? OR" BUILDER_SQL ") "
	"LIMIT 1" };

xmlNodePtr
homework_head_add(xmlNodePtr parent, struct stmt *st)
{
	static const char *const attrs[] = { "id", NULL, "course",
	    "course-name", "late-allowed", "max-score", "enrolled", "handed",
	    "late", "to-grade", "graded", "returned" };
	xmlNodePtr	n = xml_add(parent, "homework", db_col(st, 1));
	unsigned int	i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (attrs[i] != NULL)
			xml_attr(n, attrs[i], db_col(st, i));
	xml_attr_time(n, "due", db_col(st, 12));
	xml_attr_time(n, "published", db_col(st, 13));
	return n;
}

/* A <version> for the current row of st_versions. */
static xmlNodePtr
version_add(xmlNodePtr parent)
{
	struct stmt	*st = &st_versions;
	xmlNodePtr	 v = xml_add(parent, "version", NULL);

	xml_attr(v, "n", db_col(st, V_N));
	xml_attr_time(v, "submitted", db_col(st, V_SUBMITTED));
	xml_attr_time(v, "returned", db_col(st, V_RETURNED));
	xml_attr(v, "returned-by", db_col(st, V_RETURNER));
	if (db_col(st, V_REASON) != NULL)
		xml_add(v, "reason", db_col(st, V_REASON));
	if (db_col(st, V_BODY) != NULL)
		xml_add(v, "body", db_col(st, V_BODY));
	return v;
}

int
homework_versions_add(xmlNodePtr parent, long long id)
{
	struct db_param	 p[1] = { DB_INT(id) };
	struct stmt	*st = &st_versions;
	xmlNodePtr	 v = NULL, f;
	long long	 n = 0;
	int		 rc;

	if ((rc = db_exec(st, p, 1)) != DB_OK)
		return db_http_status(rc);
	while ((rc = db_fetch(st)) == 1) {
		/* The rows of one hand-in come together, one per file. */
		if (v == NULL || db_col_int(st, V_N) != n) {
			n = db_col_int(st, V_N);
			v = version_add(parent);
		}
		if (db_col(st, V_FILE) == NULL)
			continue;
		f = xml_add(v, "file", NULL);
		xml_attr(f, "id", db_col(st, V_FILE));
		xml_attr(f, "name", db_col(st, V_NAME));
		xml_attr(f, "size", db_col(st, V_SIZE));
		xml_attr(f, "kind", db_col(st, V_KIND));
	}
	return rc == 0 ? 200 : db_http_status(rc);
}

int
homework_file(struct ctx *c)
{
	struct db_param	p[6] = { DB_INT(c->param[0]), DB_INT(c->param[1]),
	    DB_INT(c->user.id) };
	int		rc;

	builder_params(c, &p[3]);
	if ((rc = db_exec(&st_file, p, 6)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_file)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	db_done(&st_file);
	/* Whatever a learner sent is offered as a download, never shown. */
	return file_send(c, c->param[1], 1);
}
