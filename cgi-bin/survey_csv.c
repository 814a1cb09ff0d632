/* survey_csv.c - a survey's answers as CSV Excel opens: one row per response, and the summary the results page shows. */
#include <stdio.h>
#include <string.h>

#include "clock.h"
#include "csv_page.h"
#include "pages.h"
#include "survey.h"
#include "xml.h"

#define NAME_COLS	4	/* name, login, department, submitted_at */

/* Every answer of every response, a response's rows together, in the
 * order they came (then by login); times shifted by ? seconds into the
 * local zone. An anonymous survey's rows have no account and no time, and
 * come in the random order of their ids. */
static struct stmt st_rows = { .sql =
	"SELECT r.id, acc.name, acc.login, d.name, "
	" DATE_FORMAT(r.submitted_at + INTERVAL ? SECOND, '%Y-%m-%d %H:%i:%s'), "
	" a.question_id, a.choices, a.rating, a.body "
	"FROM survey_response r LEFT JOIN account acc ON acc.id = r.account_id "
	"LEFT JOIN dept d ON d.id = acc.dept_id "
	"LEFT JOIN survey_answer a ON a.response_id = r.id "
	"WHERE r.survey_id = ? ORDER BY r.submitted_at, acc.login, r.id "
	"LIMIT 1000000" };

/* n's attribute attr, or its text when attr is NULL; arena-owned, NULL
 * when it has none. */
static const char *
node_text(struct ctx *c, xmlNodePtr n, const char *attr)
{
	xmlChar		*v;
	const char	*s;

	if (n == NULL || (v = attr != NULL ? xmlGetProp(n, BAD_CAST attr) :
	    xmlNodeGetContent(n)) == NULL)
		return NULL;
	s = arena_strndup(c->arena, (const char *)v, strlen((const char *)v));
	xmlFree(v);
	return s;
}

static int
is_elem(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

/* c's answer: the CSV out, offered as survey-ID-what.csv. */
static int
csv_answer(struct ctx *c, struct csv_out *out, const char *what)
{
	return csv_page_answer(c, out, arena_printf(c->arena,
	    "survey-%lld-%s.csv", c->param[0], what));
}

int
survey_summary_csv(struct ctx *c)
{
	static const char *const head[] = { "no", "question", "kind", "option",
	    "count", "percent", "answered", "average" };
	const char	*cell[8];
	struct csv_out	 out;
	xmlNodePtr	 s, q, o;
	int		 rc, no = 0, opts;

	if (page_begin(c, "survey-results") != 0)
		return 500;
	if ((rc = survey_reached_add(c, c->root, &s)) != 200 ||
	    (rc = survey_results_add(c, s, c->param[0], 0)) != 200)
		return rc;
	if (csv_out_begin(&out, c->arena) != 0 || csv_out_row(&out, head, 8))
		return 500;
	for (q = xml_child(xml_child(s, "results"), "question"); q != NULL;
	    q = q->next) {
		cell[0] = arena_printf(c->arena, "%d", ++no);
		cell[1] = node_text(c, xml_child(q, "text"), NULL);
		cell[2] = node_text(c, q, "kind");
		cell[6] = node_text(c, q, "answered");
		cell[7] = node_text(c, q, "average");
		cell[3] = cell[4] = cell[5] = NULL;
		for (opts = 0, o = q->children; o != NULL; o = o->next) {
			if (!is_elem(o, "option"))
				continue;
			cell[3] = node_text(c, o, NULL);
			cell[4] = node_text(c, o, "count");
			cell[5] = node_text(c, o, "percent");
			if (csv_out_row(&out, cell, 8) != 0)
				return 500;
			opts++;
		}
		if (opts == 0 && csv_out_row(&out, cell, 8) != 0)
			return 500;
	}
	return csv_answer(c, &out, "summary");
}

/* The questions of a survey, as the CSV's columns need them. */
struct columns {
	size_t		 n;
	long long	 id[SURVEY_MAX_QUESTIONS];
	const char	*kind[SURVEY_MAX_QUESTIONS];
	const char	*option[SURVEY_MAX_QUESTIONS][SURVEY_MAX_OPTIONS];
};

/* The questions' kinds and choices, and the header row after the first
 * cells of head; 0 or -1 when out of memory. */
static int
columns_read(struct ctx *c, struct columns *cols, xmlNodePtr *nodes,
    const char **head, size_t first)
{
	xmlNodePtr	o;
	size_t		i, k;

	for (i = 0; i < cols->n; i++) {
		cols->kind[i] = node_text(c, nodes[i], "kind");
		head[first + i] = arena_printf(c->arena, "%zu. %s", i + 1,
		    node_text(c, xml_child(nodes[i], "text"), NULL));
		for (k = 0, o = nodes[i]->children; o != NULL; o = o->next)
			if (is_elem(o, "option") && k < SURVEY_MAX_OPTIONS)
				cols->option[i][k++] = node_text(c, o, NULL);
		if (cols->kind[i] == NULL || head[first + i] == NULL)
			return -1;
	}
	return 0;
}

/* The answer in st's current row as its cell: the chosen options
 * joined by "; ", the rating, or the text. */
static const char *
answer_cell(struct ctx *c, const struct columns *cols, size_t q,
    struct stmt *st)
{
	long long	 bits = db_col_int(st, 6);
	const char	*s = NULL;
	size_t		 k;

	if (strcmp(cols->kind[q], "rating") == 0)
		return db_col(st, 7) ? arena_printf(c->arena, "%s",
		    db_col(st, 7)) : NULL;
	if (strcmp(cols->kind[q], "text") == 0)
		return db_col(st, 8) ? arena_printf(c->arena, "%s",
		    db_col(st, 8)) : NULL;
	for (k = 0; k < SURVEY_MAX_OPTIONS; k++)
		if ((bits >> k) & 1)
			s = arena_printf(c->arena, "%s%s%s", s ? s : "",
			    s ? "; " : "", cols->option[q][k] ?
			    cols->option[q][k] : "?");
	return s;
}

/* A new response's cells: the name columns (first of them) copied from
 * st_rows, the answers empty. */
static void
row_start(struct ctx *c, const char **cell, size_t n, size_t first)
{
	const char	*v;
	size_t		 i;

	for (i = 0; i < n; i++) {
		v = i < first ? db_col(&st_rows, 1 + (unsigned int)i) : NULL;
		cell[i] = v != NULL ? arena_printf(c->arena, "%s", v) : NULL;
	}
}

/* The response rows from st_rows, one CSV row each; 0, -1 when out of
 * memory, or a db status. */
static int
rows_write(struct ctx *c, struct csv_out *out, const struct columns *cols,
    size_t first)
{
	const char	*cell[NAME_COLS + SURVEY_MAX_QUESTIONS];
	size_t		 n = first + cols->n, q;
	long long	 last = -1, id;
	int		 rc;

	while ((rc = db_fetch(&st_rows)) == 1) {
		if (db_col_int(&st_rows, 0) != last) {
			if (last != -1 && csv_out_row(out, cell, n) != 0)
				break;
			last = db_col_int(&st_rows, 0);
			row_start(c, cell, n, first);
		}
		/* A response with no answers has one row, its question NULL. */
		id = db_col_int(&st_rows, 5);
		for (q = 0; q < cols->n && cols->id[q] != id; q++)
			;
		if (q < cols->n)
			cell[first + q] = answer_cell(c, cols, q, &st_rows);
	}
	if (rc == 1) {
		db_done(&st_rows);
		return -1;
	}
	if (rc != 0)
		return db_http_status(rc);
	return last != -1 && csv_out_row(out, cell, n) != 0 ? -1 : 0;
}

int
survey_responses_csv(struct ctx *c)
{
	static const char *const names[NAME_COLS] = { "name", "login",
	    "department", "submitted_at" };
	const char	*head[NAME_COLS + SURVEY_MAX_QUESTIONS];
	xmlNodePtr	 s, nodes[SURVEY_MAX_QUESTIONS];
	struct columns	*cols = arena_alloc(c->arena, sizeof(*cols));
	struct db_param	 p[2] = { DB_INT(clock_utc_offset()), DB_INT(c->param[0]) };
	struct csv_out	 out;
	size_t		 first, i;
	const char	*anonymous;
	int		 rc;

	if (cols == NULL || page_begin(c, "survey-results") != 0)
		return 500;
	if ((rc = survey_reached_add(c, c->root, &s)) != 200 ||
	    (rc = survey_questions_add(c, s, c->param[0], nodes, cols->id,
	    &cols->n)) != 200)
		return rc;
	/* An anonymous survey's file has no columns that could name anyone. */
	anonymous = node_text(c, s, "anonymous");
	first = anonymous != NULL && strcmp(anonymous, "1") == 0 ? 0 :
	    NAME_COLS;
	for (i = 0; i < first; i++)
		head[i] = names[i];
	if (columns_read(c, cols, nodes, head, first) != 0 ||
	    csv_out_begin(&out, c->arena) != 0 ||
	    csv_out_row(&out, head, first + cols->n) != 0)
		return 500;
	if ((rc = db_exec(&st_rows, p, 2)) != DB_OK)
		return db_http_status(rc);
	if ((rc = rows_write(c, &out, cols, first)) != 0)
		return rc < 0 ? 500 : rc;
	return csv_answer(c, &out, "responses");
}
