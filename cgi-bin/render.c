/* render.c - compiled stylesheets per surface and language; XML or HTML out. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>

#include "html_out.h"
#include "render.h"
#include "xml.h"

#define XSLT_NS "http://www.w3.org/1999/XSL/Transform"

static xsltStylesheetPtr	 sheets[SURF__MAX][LANG__MAX];
static xsltSecurityPrefsPtr	 prefs;
static char			 root[PATH_MAX];	/* realpath of xsl/ */

/* Reads are allowed inside xsl/ only: a stylesheet cannot reach data. */
static int
read_check(xsltSecurityPrefsPtr sec, xsltTransformContextPtr t,
    const char *value)
{
	char	 path[PATH_MAX];
	size_t	 n = strlen(root);

	(void)sec;
	(void)t;
	if (strncmp(value, "file://", 7) == 0)
		value += 7;
	if (realpath(value, path) == NULL)
		return 0;
	return strncmp(path, root, n) == 0 && path[n] == '/';
}

static int
prefs_init(void)
{
	if (prefs != NULL)
		return 0;
	if ((prefs = xsltNewSecurityPrefs()) == NULL ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE,
	    xsltSecurityForbid) ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY,
	    xsltSecurityForbid) ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK,
	    xsltSecurityForbid) ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK,
	    xsltSecurityForbid) ||
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, read_check))
		return -1;
	xsltSetDefaultSecurityPrefs(prefs);
	return 0;
}

/* The surface's main.xsl with the language's catalogue included. */
static xsltStylesheetPtr
compile(const char *dir, enum surface s, enum lang l)
{
	char			 path[PATH_MAX], href[64];
	xmlDocPtr		 doc;
	xmlNodePtr		 inc;
	xsltStylesheetPtr	 st;

	snprintf(path, sizeof(path), "%s/%s/main.xsl", dir, surface_names[s]);
	if ((doc = xmlReadFile(path, NULL, XML_PARSE_NONET)) == NULL)
		return NULL;
	snprintf(href, sizeof(href), "../i18n/%s.xsl", lang_names[l]);
	inc = xmlNewChild(xmlDocGetRootElement(doc),
	    xmlSearchNsByHref(doc, xmlDocGetRootElement(doc),
	    BAD_CAST XSLT_NS), BAD_CAST "include", NULL);
	xmlNewProp(inc, BAD_CAST "href", BAD_CAST href);
	if ((st = xsltParseStylesheetDoc(doc)) == NULL) {
		fprintf(stderr, "%s (%s): does not compile\n", path,
		    lang_names[l]);
		xmlFreeDoc(doc);
	}
	return st;
}

/* Compiles every stylesheet (all) or only those compiled before. */
static int
load(const char *dir, int all)
{
	xsltStylesheetPtr	 fresh[SURF__MAX][LANG__MAX];
	int			 s, l, ok = 1;

	if (realpath(dir, root) == NULL || prefs_init() != 0) {
		fprintf(stderr, "%s: no stylesheet directory\n", dir);
		return -1;
	}
	memset(fresh, 0, sizeof(fresh));
	for (s = 0; s < SURF__MAX; s++)
		for (l = 0; l < LANG__MAX; l++)
			if ((all || sheets[s][l] != NULL) &&
			    (fresh[s][l] = compile(root, s, l)) == NULL)
				ok = 0;
	for (s = 0; s < SURF__MAX; s++)
		for (l = 0; l < LANG__MAX; l++) {
			xsltStylesheetPtr old = ok ? sheets[s][l] : fresh[s][l];
			if (ok)
				sheets[s][l] = fresh[s][l];
			if (old != NULL)
				xsltFreeStylesheet(old);
		}
	return ok ? 0 : -1;
}

int
render_load(const char *dir)
{
	return load(dir, 1);
}

int
render_reload(const char *dir)
{
	return load(dir, 0);
}

void
render_free(void)
{
	int s, l;

	for (s = 0; s < SURF__MAX; s++)
		for (l = 0; l < LANG__MAX; l++) {
			if (sheets[s][l] != NULL)
				xsltFreeStylesheet(sheets[s][l]);
			sheets[s][l] = NULL;
		}
	if (prefs != NULL) {
		xsltSetDefaultSecurityPrefs(NULL);
		xsltFreeSecurityPrefs(prefs);
		prefs = NULL;
	}
}

struct sink {
	render_write_fn	 fn;
	void		*arg;
};

static int
sink_write(void *ctx, const char *buf, int len)
{
	struct sink *s = ctx;

	return s->fn(s->arg, buf, len);
}

int
render_html(const struct ctx *c, render_write_fn fn, void *arg)
{
	xsltStylesheetPtr	*sp = &sheets[c->surface][c->lang], st;
	xsltTransformContextPtr	 t;
	xmlDocPtr		 res;
	int			 rc = -1;

	if (*sp == NULL) {
		int was = xml_mem_hold(0);	/* it outlives the request */
		*sp = compile(root, c->surface, c->lang);
		xml_mem_hold(was);
	}
	if ((st = *sp) == NULL ||
	    (t = xsltNewTransformContext(st, c->doc)) == NULL)
		return -1;
	xsltSetCtxtSecurityPrefs(prefs, t);
	res = xsltApplyStylesheetUser(st, c->doc, NULL, NULL, NULL, t);
	/* Straight into the response stream: no intermediate string. */
	if (res != NULL && t->state == XSLT_STATE_OK &&
	    (rc = html_out(res, fn, arg)) != 0)
		/* The request's own log line follows: it names the route. */
		fprintf(stderr, "render: a %s page was not written in full\n",
		    surface_names[c->surface]);
	xmlFreeDoc(res);
	xsltFreeTransformContext(t);
	return rc;
}

int
render_xml(const struct ctx *c, render_write_fn fn, void *arg)
{
	xmlOutputBufferPtr	 out;
	struct sink		 sk = { fn, arg };

	if ((out = xmlOutputBufferCreateIO(sink_write, NULL, &sk, NULL)) ==
	    NULL)
		return -1;
	return xmlSaveFormatFileTo(out, c->doc, "UTF-8", 0) < 0 ? -1 : 0;
}
