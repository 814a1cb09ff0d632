/* rich.c - lesson rich text: a safe subset of HTML kept on save, put into pages as nodes. */
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "rich.h"

/* Deeper nesting than any real lesson needs; past it content is dropped,
 * so a hostile document cannot run the copy's recursion down the stack. */
#define RICH_DEPTH	64
#define HREF_MAX	500

/* Elements kept, some under the name the subset uses for them. */
static const char *const keep[][2] = {
	{ "p", "p" }, { "br", "br" }, { "strong", "strong" }, { "b", "strong" },
	{ "em", "em" }, { "i", "em" }, { "u", "u" }, { "s", "s" },
	{ "del", "s" }, { "strike", "s" }, { "sub", "sub" }, { "sup", "sup" },
	{ "ul", "ul" }, { "ol", "ol" }, { "li", "li" }, { "h1", "h2" },
	{ "h2", "h2" }, { "h3", "h3" }, { "h4", "h4" }, { "h5", "h4" },
	{ "h6", "h4" }, { "blockquote", "blockquote" }, { "pre", "pre" },
	{ "code", "code" }, { "a", "a" }, { "table", "table" },
	{ "thead", "thead" }, { "tbody", "tbody" }, { "tr", "tr" },
	{ "th", "th" }, { "td", "td" }, { "hr", "hr" },
};
/* Elements whose content is never text for a reader. */
static const char *const drop[] = { "script", "style", "iframe", "frame",
    "frameset", "object", "embed", "applet", "noscript", "noembed",
    "template", "svg", "math", "head", "title", "textarea", "select",
    "button", "form", "input", NULL };

static const char *
kept_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(keep) / sizeof(keep[0]); i++)
		if (strcasecmp(name, keep[i][0]) == 0)
			return keep[i][1];
	return NULL;
}

static int
dropped(const char *name)
{
	size_t i;

	for (i = 0; drop[i] != NULL; i++)
		if (strcasecmp(name, drop[i]) == 0)
			return 1;
	return 0;
}

/* Only addresses that leave for the web or a mail client, nothing that
 * runs (javascript:, data:) and nothing a browser would read otherwise. */
static int
href_safe(const char *h)
{
	size_t n = strlen(h), i;

	if (n == 0 || n > HREF_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)h[i] <= 0x20 || h[i] == 0x7F)
			return 0;
	return strncasecmp(h, "http://", 7) == 0 ||
	    strncasecmp(h, "https://", 8) == 0 ||
	    strncasecmp(h, "mailto:", 7) == 0;
}

static int copy_children(xmlNodePtr from, xmlNodePtr to, int depth);

static int
copy_element(xmlNodePtr n, xmlNodePtr to, int depth)
{
	const char	*name = kept_name((const char *)n->name);
	xmlChar		*href;
	xmlNodePtr	 e;

	if (dropped((const char *)n->name) || depth > RICH_DEPTH)
		return 0;
	if (name == NULL)	/* unknown wrappers leave their content */
		return copy_children(n, to, depth + 1);
	if ((e = xmlNewChild(to, NULL, BAD_CAST name, NULL)) == NULL)
		return -1;
	if (strcmp(name, "a") == 0 &&
	    (href = xmlGetProp(n, BAD_CAST "href")) != NULL) {
		if (href_safe((const char *)href))
			xmlNewProp(e, BAD_CAST "href", href);
		xmlFree(href);
	}
	return copy_children(n, e, depth + 1);
}

static int
copy_children(xmlNodePtr from, xmlNodePtr to, int depth)
{
	xmlNodePtr n;

	for (n = from->children; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (xmlAddChild(to, xmlNewText(n->content)) == NULL)
				return -1;
		} else if (n->type == XML_ELEMENT_NODE &&
		    copy_element(n, to, depth) != 0)
			return -1;
	}
	return 0;
}

/* Text without markup: one paragraph per non-empty line. */
static int
paragraphs(const char *s, xmlNodePtr to)
{
	xmlNodePtr	p;
	size_t		n;

	for (; *s != '\0'; s += n + (s[n] != '\0')) {
		n = strcspn(s, "\r\n");
		if (strspn(s, " \t") >= n)
			continue;
		if ((p = xmlNewChild(to, NULL, BAD_CAST "p", NULL)) == NULL ||
		    xmlAddChild(p, xmlNewTextLen(BAD_CAST s, (int)n)) == NULL)
			return -1;
	}
	return 0;
}

static xmlNodePtr
body_of(xmlDocPtr d)
{
	xmlNodePtr n, root = xmlDocGetRootElement(d);

	for (n = root ? root->children : NULL; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcasecmp((const char *)n->name, "body") == 0)
			return n;
	return root;
}

/* The parsed input's safe part into the element to. */
static int
html_copy(const char *html, xmlNodePtr to)
{
	htmlDocPtr	d;
	xmlNodePtr	body;
	int		rc;

	d = htmlReadMemory(html, (int)strlen(html), NULL, "UTF-8",
	    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	if (d == NULL)
		return -1;
	rc = (body = body_of(d)) != NULL ? copy_children(body, to, 0) : 0;
	xmlFreeDoc(d);
	return rc;
}

/* The children of root written out as XML, into the arena. */
static char *
fragment_of(struct arena *a, xmlDocPtr doc, xmlNodePtr root)
{
	xmlBufferPtr	 b;
	xmlNodePtr	 n;
	char		*out = NULL;

	if ((b = xmlBufferCreate()) == NULL)
		return NULL;
	for (n = root->children; n != NULL; n = n->next)
		if (xmlNodeDump(b, doc, n, 0, 0) < 0)
			goto out;
	out = arena_strndup(a, (const char *)xmlBufferContent(b),
	    (size_t)xmlBufferLength(b));
out:
	xmlBufferFree(b);
	return out;
}

char *
rich_clean(struct arena *a, const char *html)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root;
	char		*out = NULL;
	int		 rc;

	if ((doc = xmlNewDoc(BAD_CAST "1.0")) == NULL)
		return NULL;
	if ((root = xmlNewNode(NULL, BAD_CAST "rich")) == NULL) {
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlDocSetRootElement(doc, root);
	rc = strchr(html, '<') == NULL ? paragraphs(html, root) :
	    html_copy(html, root);
	if (rc == 0)
		out = fragment_of(a, doc, root);
	xmlFreeDoc(doc);
	return out;
}

int
rich_add(xmlNodePtr parent, const char *stored)
{
	xmlNodePtr	r = xmlNewChild(parent, NULL, BAD_CAST "rich", NULL);
	xmlNodePtr	list = NULL;

	if (r == NULL)
		return -1;
	if (stored == NULL || stored[0] == '\0')
		return 0;
	if (xmlParseInNodeContext(r, stored, (int)strlen(stored), XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING,
	    &list) == XML_ERR_OK) {
		xmlAddChildList(r, list);
		return 0;
	}
	xmlFreeNodeList(list);
	return paragraphs(stored, r);
}
