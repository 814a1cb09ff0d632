/* html_out.c - writes an XSLT result tree as HTML5, in large chunks.
 *
 * libxml2's HTML serialiser costs a quarter of a list page's rendering:
 * it escapes each text and attribute into a fresh string and writes in
 * small pieces. The rules here are its rules for the pages we make (the
 * whole HTTP suite's pages came out byte for byte the same), but where it
 * follows HTML 4: attribute values are always in double quotes (a quote
 * inside becomes &quot;), no "server-side include" form in an attribute
 * goes out unescaped, an empty li keeps its end tag, and the doctype is
 * HTML5's whatever identifiers it was given. */
#include <string.h>

#include "html_out.h"

#define OUT_BUF	16384

struct out {
	render_write_fn	 fn;
	void		*arg;
	int		 failed;
	size_t		 len;
	char		 buf[OUT_BUF];
};

static void
flush(struct out *o)
{
	if (o->len > 0 && !o->failed &&
	    o->fn(o->arg, o->buf, (int)o->len) != (int)o->len)
		o->failed = 1;
	o->len = 0;
}

static void
put(struct out *o, const char *s, size_t n)
{
	while (n > 0) {
		size_t room = OUT_BUF - o->len, k = n < room ? n : room;

		memcpy(o->buf + o->len, s, k);
		o->len += k;
		s += k;
		n -= k;
		if (o->len == OUT_BUF)
			flush(o);
	}
}

static void
put_str(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

/* A control character other than tab, newline and return as a numeric
 * reference, as libxml2 writes it. */
static void
put_ref(struct out *o, unsigned char ch)
{
	char ref[8] = "&#";
	size_t n = 2;

	if (ch >= 10)
		ref[n++] = (char)('0' + ch / 10);
	ref[n++] = (char)('0' + ch % 10);
	ref[n++] = ';';
	put(o, ref, n);
}

/* Text and attribute values: & < > always, " too inside an attribute. */
static void
put_escaped(struct out *o, const unsigned char *s, int attr)
{
	const unsigned char *run = s;

	for (; *s != '\0'; s++) {
		const char *rep;

		if (*s == '&')
			rep = "&amp;";
		else if (*s == '<')
			rep = "&lt;";
		else if (*s == '>')
			rep = "&gt;";
		else if (*s == '"' && attr)
			rep = "&quot;";
		else if (*s < 0x20 && *s != '\t' && *s != '\n' && *s != '\r')
			rep = NULL;
		else
			continue;
		put(o, (const char *)run, (size_t)(s - run));
		if (rep != NULL)
			put_str(o, rep);
		else
			put_ref(o, *s);
		run = s + 1;
	}
	put(o, (const char *)run, (size_t)(s - run));
}

/* A link's bytes that are neither URI characters nor markup go out
 * %-encoded (a space, a quote, Chinese in a search link), as libxml2
 * does for href, action and src; leading blanks are dropped. */
static void
put_uri(struct out *o, const unsigned char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	for (; *s != '\0'; s++) {
		char pct[3] = { '%', hex[*s >> 4], hex[*s & 15] };

		if (*s == '&')
			put_str(o, "&amp;");
		else if (*s == '<')
			put_str(o, "&lt;");
		else if (*s == '>')
			put_str(o, "&gt;");
		else if ((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') ||
		    (*s < 0x80 && strchr("-_.!~*'()@/:=?;#%,+", *s) != NULL))
			put(o, (const char *)s, 1);
		else
			put(o, pct, 3);
	}
}

/* Matches as libxml2 does, ignoring case; the first letter is compared
 * on its own first, as this runs for every element and attribute. */
static int
name_in(const xmlChar *name, const char *const *set)
{
	for (; *set != NULL; set++)
		if ((name[0] | 0x20) == (*set)[0] &&
		    xmlStrcasecmp(name, BAD_CAST *set) == 0)
			return 1;
	return 0;
}

/* Elements that have no end tag and no content: HTML5's, and HTML 4's
 * that libxml2 also wrote so. */
static const char *const void_elems[] = { "area", "base", "basefont", "br",
    "col", "embed", "frame", "hr", "img", "input", "isindex", "link", "meta",
    "param", "source", "track", "wbr", NULL };
/* Attributes written as their bare name. */
static const char *const bool_attrs[] = { "checked", "compact", "declare",
    "defer", "disabled", "ismap", "multiple", "nohref", "noresize",
    "noshade", "nowrap", "readonly", "selected", NULL };
static const char *const uri_attrs[] = { "href", "action", "src", NULL };

static void
put_qname(struct out *o, const xmlNs *ns, const xmlChar *name)
{
	if (ns != NULL && ns->prefix != NULL) {
		put_str(o, (const char *)ns->prefix);
		put(o, ":", 1);
	}
	put_str(o, (const char *)name);
}

/* XSLT gives an attribute its value as one text node. */
static int
put_attr(struct out *o, const xmlAttr *a)
{
	const xmlNode *t = a->children;

	put(o, " ", 1);
	put_qname(o, a->ns, a->name);
	if (t == NULL || name_in(a->name, bool_attrs))
		return 0;
	if (t->type != XML_TEXT_NODE || t->next != NULL || t->content == NULL)
		return -1;
	put(o, "=\"", 2);
	if (a->ns == NULL && a->parent->ns == NULL &&
	    name_in(a->name, uri_attrs))
		put_uri(o, t->content);
	else
		put_escaped(o, t->content, 1);
	put(o, "\"", 1);
	return 0;
}

static int	put_nodes(struct out *, const xmlNode *);

static int
put_element(struct out *o, const xmlNode *e)
{
	const xmlNs	*ns;
	const xmlAttr	*a;
	int		 html = e->ns == NULL;

	put(o, "<", 1);
	put_qname(o, e->ns, e->name);
	for (ns = e->nsDef; ns != NULL; ns = ns->next) {
		put_str(o, ns->prefix ? " xmlns:" : " xmlns");
		if (ns->prefix != NULL)
			put_str(o, (const char *)ns->prefix);
		put(o, "=\"", 2);
		put_escaped(o, ns->href, 1);
		put(o, "\"", 1);
	}
	for (a = e->properties; a != NULL; a = a->next)
		if (put_attr(o, a) != 0)
			return -1;
	put(o, ">", 1);
	if (html && name_in(e->name, void_elems))
		return 0;
	if (put_nodes(o, e->children) != 0)
		return -1;
	put(o, "</", 2);
	put_qname(o, e->ns, e->name);
	put(o, ">", 1);
	return 0;
}

/* Script and style hold raw text; every other text is escaped, even
 * text a stylesheet asked to leave unescaped. */
static int
raw_text(const xmlNode *t)
{
	return (t->parent != NULL && t->parent->type == XML_ELEMENT_NODE &&
	    t->parent->ns == NULL &&
	    (xmlStrcasecmp(t->parent->name, BAD_CAST "script") == 0 ||
	    xmlStrcasecmp(t->parent->name, BAD_CAST "style") == 0));
}

/* Our stylesheets make elements and text only; anything else (a comment
 * could carry "--" from data) is a stylesheet mistake, and a failed page
 * says so better than a silently different one. */
static int
put_nodes(struct out *o, const xmlNode *n)
{
	for (; n != NULL; n = n->next)
		switch (n->type) {
		case XML_ELEMENT_NODE:
			if (put_element(o, n) != 0)
				return -1;
			break;
		case XML_TEXT_NODE:
			if (n->content == NULL)
				break;
			if (raw_text(n))
				put_str(o, (const char *)n->content);
			else
				put_escaped(o, n->content, 0);
			break;
		case XML_DTD_NODE:
			break;
		default:
			return -1;
		}
	return 0;
}

int
html_out(const xmlDoc *doc, render_write_fn fn, void *arg)
{
	static struct out	o;

	o.fn = fn;
	o.arg = arg;
	o.failed = 0;
	o.len = 0;
	if (doc->intSubset != NULL) {
		put_str(&o, "<!DOCTYPE ");
		put_str(&o, (const char *)doc->intSubset->name);
		put(&o, ">\n", 2);
	}
	if (put_nodes(&o, doc->children) != 0)
		return -1;
	put(&o, "\n", 1);
	flush(&o);
	return o.failed ? -1 : 0;
}
