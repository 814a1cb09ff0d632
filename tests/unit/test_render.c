/* test_render.c - every stylesheet renders every fixture, in both languages, as sound HTML. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "harness.h"
#include "i18n.h"
#include "render.h"

struct buf { char *p; size_t n; };

static int
buf_write(void *arg, const char *s, int n)
{
	struct buf *b = arg;

	b->p = realloc(b->p, b->n + (size_t)n + 1);
	memcpy(b->p + b->n, s, (size_t)n);
	b->n += (size_t)n;
	b->p[b->n] = '\0';
	return n;
}

static int html_errors;

/* libxml2's HTML parser knows HTML4 only: HTML5 element names are not errors. */
static void
html_error(void *arg, const xmlError *e)
{
	(void)arg;
	if (e->code == XML_HTML_UNKNOWN_TAG)
		return;
	printf("  html: %s", e->message);
	html_errors++;
}

static int
html_sound(const struct buf *b)
{
	htmlDocPtr d;

	html_errors = 0;
	xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)html_error);
	d = htmlReadMemory(b->p, (int)b->n, NULL, "UTF-8", HTML_PARSE_NONET);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (d == NULL)
		return 0;
	xmlFreeDoc(d);
	return html_errors == 0;
}

static void
check_page(const char *name, struct ctx *c, const struct buf *b)
{
	int ok = html_sound(b);

	CHECK(ok);
	CHECK(strstr(b->p, "<html lang=\"") != NULL);
	CHECK(strstr(b->p, "<script>") == NULL);
	/* As text it is harmless; as an address it would run. */
	CHECK(strstr(b->p, "href=\"javascript:") == NULL &&
	    strstr(b->p, "src=\"javascript:") == NULL);
	CHECK(strstr(b->p, "<iframe") == NULL);
	CHECK(strstr(b->p, "onerror=alert") == NULL ||
	    strstr(b->p, "<img src=x") == NULL);
	if (c->surface == SURF_MOBILE)
		CHECK(strstr(b->p, "<script") == NULL);
	if (!ok)
		printf("  in %s, %s, %s\n", name, surface_names[c->surface],
		    lang_names[c->lang]);
}

static void
fixtures_render(void)
{
	struct dirent	**list;
	struct ctx	  c;
	struct buf	  b;
	char		  path[512];
	int		  i, n, s, l, pages = 0;

	CHECK(render_load("xsl") == 0);
	CHECK(i18n_load("xsl") == 0);
	n = scandir("tests/xsl/fixtures", &list, NULL, alphasort);
	CHECK(n > 2);
	for (i = 0; i < n; i++) {
		if (strstr(list[i]->d_name, ".xml") == NULL) {
			free(list[i]);
			continue;
		}
		snprintf(path, sizeof(path), "tests/xsl/fixtures/%s",
		    list[i]->d_name);
		memset(&c, 0, sizeof(c));
		c.doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
		CHECK(c.doc != NULL);
		for (s = 0; c.doc && s < SURF__MAX; s++)
			for (l = 0; l < LANG__MAX; l++) {
				c.surface = s;
				c.lang = l;
				xmlSetProp(xmlDocGetRootElement(c.doc),
				    BAD_CAST "surface", BAD_CAST surface_names[s]);
				memset(&b, 0, sizeof(b));
				CHECK(render_html(&c, buf_write, &b) == 0);
				if (b.p != NULL)
					check_page(list[i]->d_name, &c, &b);
				free(b.p);
				pages++;
			}
		xmlFreeDoc(c.doc);
		free(list[i]);
	}
	free(list);
	CHECK(pages >= 18);
	render_free();
	i18n_free();
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of the named templates of one catalogue, sorted, joined. */
static char *
catalogue_names(const char *path)
{
	xmlDocPtr	 d = xmlReadFile(path, NULL, XML_PARSE_NONET);
	xmlNodePtr	 n;
	char		*names[2048], *out;
	size_t		 i, k = 0, len = 1;

	for (n = d ? xmlDocGetRootElement(d)->children : NULL; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && k < 2048 &&
		    (names[k] = (char *)xmlGetProp(n, BAD_CAST "name")) != NULL)
			len += strlen(names[k++]) + 1;
	xmlFreeDoc(d);
	qsort(names, k, sizeof(names[0]), str_cmp);
	out = calloc(1, len);
	for (i = 0, len = 0; i < k; i++) {
		len += (size_t)sprintf(out + len, "%s\n", names[i]);
		xmlFree(names[i]);
	}
	return out;
}

static void
catalogues_match(void)
{
	char *zh = catalogue_names("xsl/i18n/zh-CN.xsl");
	char *en = catalogue_names("xsl/i18n/en.xsl");

	CHECK(strlen(zh) > 100);
	CHECK(strcmp(zh, en) == 0);
	free(zh);
	free(en);
}

const struct test render_tests[] = {
	{ "render: every fixture on every surface and language", fixtures_render },
	{ "render: zh-CN and en catalogues define the same messages", catalogues_match },
	{ NULL, NULL },
};
