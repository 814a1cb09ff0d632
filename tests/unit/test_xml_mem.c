/* test_xml_mem.c - page memory: a block freed and handed out again is never one still in use. */
#include <string.h>

#include <libxml/parser.h>

#include "harness.h"
#include "xml.h"

#define LIVE 4000

static int
overlaps(const char *a, size_t na, const char *b, size_t nb)
{
	return a < b + nb && b < a + na;
}

/* A document that does not parse: libxml2 keeps a copy of its error. */
static void
parse_error(const char *s)
{
	xmlFreeDoc(xmlReadMemory(s, (int)strlen(s), NULL, NULL,
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

/* libxml2 frees its copy of the last error when the next one comes: a
 * copy made in an earlier request's memory must not come back as a free
 * block over this request's live ones. */
static void
last_error_does_not_outlive_the_request(void)
{
	static size_t	*live[LIVE];
	size_t		*p;
	int		 i, j, bad = 0;

	CHECK(xml_mem_init() == 0);
	xml_mem_hold(1);
	parse_error("<unclosed-one>");
	xml_mem_end();
	/* This request's blocks lie where that copy was; each word of them
	 * reads as a size a free list would take. */
	xml_mem_hold(1);
	for (i = 0; i < LIVE; i++) {
		live[i] = xmlMalloc(3 * sizeof(size_t));
		live[i][0] = live[i][1] = live[i][2] = 3 * sizeof(size_t);
	}
	parse_error("<unclosed-two>");
	for (i = 0; i < LIVE; i++) {
		p = xmlMalloc(3 * sizeof(size_t));
		for (j = 0; j < LIVE; j++)
			bad |= overlaps((char *)p, 3 * sizeof(size_t),
			    (char *)live[j], 3 * sizeof(size_t));
	}
	CHECK(!bad);
	xml_mem_end();
	xml_mem_hold(0);
}

/* A block of no bytes has no room for a free list's link: freed, it must
 * not come back as a 16-byte block over its neighbour's size, which
 * would then not find its own list when freed. */
static void
empty_block_reused_safely(void)
{
	char	*a, *b, *c;

	xml_mem_hold(1);
	a = xmlMalloc(0);
	b = xmlMalloc(16);
	xmlFree(a);
	c = xmlMalloc(16);
	memset(c, 'c', 16);
	xmlFree(b);
	CHECK(xmlMalloc(16) == b);
	xml_mem_end();
	xml_mem_hold(0);
}

const struct test xml_mem_tests[] = {
	{ "libxml2's last error does not outlive the request's memory",
	    last_error_does_not_outlive_the_request },
	{ "a freed empty block is never handed out over its neighbour",
	    empty_block_reused_safely },
	{ NULL, NULL },
};
