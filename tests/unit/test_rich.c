/* test_rich.c - the rich-text subset: what is kept, what goes, and what comes back out. */
#include <string.h>

#include "harness.h"
#include "rich.h"

static struct arena a;

static const char *
clean(const char *in)
{
	const char *out = rich_clean(&a, in);

	return out ? out : "(null)";
}

static void
kept(void)
{
	arena_init(&a, 4096);
	CHECK(strcmp(clean("<p>一 <b>二</b> <i>三</i></p>"),
	    "<p>一 <strong>二</strong> <em>三</em></p>") == 0);
	CHECK(strcmp(clean("<ul><li>a</li><li>b<br>c</li></ul>"),
	    "<ul><li>a</li><li>b<br/>c</li></ul>") == 0);
	CHECK(strcmp(clean("<h1>T</h1>"), "<h2>T</h2>") == 0);
	CHECK(strcmp(clean("<a href=\"https://example.com/?a=1&amp;b=2\">x</a>"),
	    "<a href=\"https://example.com/?a=1&amp;b=2\">x</a>") == 0);
	arena_free(&a);
}

static void
removed(void)
{
	arena_init(&a, 4096);
	CHECK(strcmp(clean("<p>a<script>alert(1)</script>b</p>"),
	    "<p>ab</p>") == 0);
	CHECK(strcmp(clean("<p onclick=\"x()\" style=\"color:red\">a</p>"),
	    "<p>a</p>") == 0);
	CHECK(strcmp(clean("<img src=x onerror=alert(1)><p>t</p>"),
	    "<p>t</p>") == 0);
	CHECK(strcmp(clean("<a href=\"javascript:alert(1)\">x</a>"),
	    "<a>x</a>") == 0);
	CHECK(strcmp(clean("<a href=\" data:text/html,x\">x</a>"),
	    "<a>x</a>") == 0);
	CHECK(strcmp(clean("<div><span>keep</span></div>"), "keep") == 0);
	CHECK(strcmp(clean("<style>p{}</style><iframe src=x>i</iframe>ok"),
	    "ok") == 0);
	CHECK(strstr(clean("<p>&lt;script&gt;</p>"), "<script") == NULL);
	arena_free(&a);
}

static void
plain(void)
{
	arena_init(&a, 4096);
	CHECK(strcmp(clean("第一行\n\n第二行 & 三"),
	    "<p>第一行</p><p>第二行 &amp; 三</p>") == 0);
	CHECK(strcmp(clean(""), "") == 0);
	arena_free(&a);
}

/* The stored fragment comes back as nodes; plain older text as text. */
static void
added(void)
{
	xmlDocPtr	d = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr	root = xmlNewNode(NULL, BAD_CAST "page"), r;

	xmlDocSetRootElement(d, root);
	CHECK(rich_add(root, "<p>a<strong>b</strong></p>") == 0);
	r = root->children;
	CHECK(r != NULL && strcmp((const char *)r->name, "rich") == 0 &&
	    r->children != NULL &&
	    strcmp((const char *)r->children->name, "p") == 0);
	CHECK(rich_add(root, "a < b & c") == 0);
	r = root->last;
	CHECK(r->children != NULL &&
	    strcmp((const char *)r->children->name, "p") == 0 &&
	    r->children->children->type == XML_TEXT_NODE);
	xmlFreeDoc(d);
}

const struct test rich_tests[] = {
	{ "rich text keeps the subset", kept },
	{ "rich text drops scripts, handlers and unsafe links", removed },
	{ "plain text becomes paragraphs", plain },
	{ "stored rich text comes back as nodes", added },
	{ NULL, NULL },
};
