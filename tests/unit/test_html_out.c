/* test_html_out.c - a result tree written as HTML5: escaping, void elements, links, SVG. */
#include <string.h>

#include <libxml/parser.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>

#include "harness.h"
#include "html_out.h"

struct sink { char s[65536]; size_t n; int calls; };

static int
sink_write(void *arg, const char *buf, int n)
{
	struct sink *k = arg;

	if (k->n + (size_t)n < sizeof(k->s)) {
		memcpy(k->s + k->n, buf, (size_t)n);
		k->n += (size_t)n;
	}
	k->s[k->n] = '\0';
	k->calls++;
	return n;
}

/* Runs body (the inside of one template matching /) as an HTML
 * stylesheet on <d a='x"y<z'>1 < 2 & 3^A</d> and writes the result with
 * html_out. */
static int
render(const char *body, struct sink *k)
{
	static const char head[] = "<xsl:stylesheet version='1.0' "
	    "xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
	    "<xsl:output method='html' doctype-system='about:legacy-compat'/>"
	    "<xsl:template match='/'>";
	static const char tail[] = "</xsl:template></xsl:stylesheet>";
	char			 xsl[2048];
	xmlDocPtr		 in = xmlNewDoc(BAD_CAST "1.0"), res;
	xmlNodePtr		 d;
	xsltStylesheetPtr	 st;
	int			 rc = -1;

	snprintf(xsl, sizeof(xsl), "%s%s%s", head, body, tail);
	memset(k, 0, sizeof(*k));
	st = xsltParseStylesheetDoc(xmlReadMemory(xsl, (int)strlen(xsl), NULL,
	    NULL, 0));
	/* Built as lmsd builds pages, so a control character can be in it. */
	d = xmlNewTextChild((xmlNodePtr)in, NULL, BAD_CAST "d",
	    BAD_CAST "1 < 2 & 3\x01");
	xmlNewProp(d, BAD_CAST "a", BAD_CAST "x\"y<z");
	if (st != NULL &&
	    (res = xsltApplyStylesheet(st, in, NULL)) != NULL) {
		rc = html_out(res, sink_write, k);
		xmlFreeDoc(res);
	}
	xmlFreeDoc(in);
	xsltFreeStylesheet(st);
	return rc;
}

static struct sink k;

/* 1 when body renders and the page holds want. */
static int
renders_as(const char *body, const char *want)
{
	return render(body, &k) == 0 && strstr(k.s, want) != NULL;
}

static void
text_and_attributes_are_escaped(void)
{
	CHECK(renders_as("<html><p title='{d/@a}'><xsl:value-of select='d'/>"
	    "</p></html>", "<!DOCTYPE html>\n<html><p title=\"x&quot;y&lt;z\">"
	    "1 &lt; 2 &amp; 3&#1;</p></html>\n"));
}

static void
void_elements_and_boolean_attributes(void)
{
	CHECK(renders_as("<p><br/><input name='n' required='required' "
	    "checked='checked'/><span></span><option selected='selected'>"
	    "o</option></p>", "<p><br><input name=\"n\" required=\"required\" "
	    "checked><span></span><option selected>o</option></p>"));
}

/* Links keep their URI characters; a space, a quote and Chinese go
 * %-encoded, an ampersand as &amp;. */
static void
links_are_encoded_as_uris(void)
{
	CHECK(renders_as("<a href=' /s?q=中 &quot;x&quot;&amp;p=2#t'>l</a>"
	    "<form action='/a b'/><img src='/i.png' alt='中 文'/>",
	    "<a href=\"/s?q=%E4%B8%AD%20%22x%22&amp;p=2#t\">l</a>"
	    "<form action=\"/a%20b\"></form><img src=\"/i.png\" alt=\"中 文\">"));
}

/* Script keeps its text raw; SVG keeps its namespace and end tags. */
static void
script_and_svg(void)
{
	CHECK(renders_as("<script>if (a &lt; b) go();</script>"
	    "<svg xmlns='http://www.w3.org/2000/svg'><rect width='1'/></svg>",
	    "<script>if (a < b) go();</script><svg "
	    "xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\"></rect>"
	    "</svg>"));
}

/* A comment is no part of our pages: the page fails rather than carry
 * one. */
static void
comments_refused(void)
{
	CHECK(render("<p><xsl:comment>c</xsl:comment></p>", &k) == -1);
}

/* A page of 30 KB leaves whole, in two writes, not one per piece. */
static void
large_pages_leave_whole_in_large_chunks(void)
{
	const char	*li;
	size_t		 n = 0;

	CHECK(render("<ul><xsl:call-template name='li'/></ul>"
	    "</xsl:template><xsl:template name='li'>"
	    "<xsl:param name='n' select='1000'/><li>one line of text</li>"
	    "<xsl:if test='$n &gt; 1'><xsl:call-template name='li'>"
	    "<xsl:with-param name='n' select='$n - 1'/></xsl:call-template>"
	    "</xsl:if>", &k) == 0);
	for (li = k.s; (li = strstr(li, "<li>one line of text</li>")); li++)
		n++;
	CHECK(n == 1000);
	CHECK(strcmp(k.s + k.n - 6, "</ul>\n") == 0);
	CHECK(k.calls == 2);
}

const struct test html_out_tests[] = {
	{ "html_out: text and attributes escaped", text_and_attributes_are_escaped },
	{ "html_out: void elements, boolean attributes",
	    void_elements_and_boolean_attributes },
	{ "html_out: links %-encoded as libxml2 does", links_are_encoded_as_uris },
	{ "html_out: script raw, SVG namespaced", script_and_svg },
	{ "html_out: a comment fails the page", comments_refused },
	{ "html_out: a large page leaves whole, in large chunks",
	    large_pages_leave_whole_in_large_chunks },
	{ NULL, NULL },
};
