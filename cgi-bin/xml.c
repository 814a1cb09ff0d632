/* xml.c - the page envelope and safe node helpers: data goes in as text, never markup. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include <libxml/xmlerror.h>

#include "db.h"
#include "i18n.h"
#include "route.h"
#include "xml.h"

#ifndef LMS_ASSET_VER
#define LMS_ASSET_VER "dev"
#endif
#define ORG_TTL 10	/* seconds an org name may be stale in one worker */

const char *const surface_names[SURF__MAX] = { "portal", "admin", "mobile" };
const char *const surface_bases[SURF__MAX] = { "", "/admin", "/m" };
const char *const lang_names[LANG__MAX] = { "zh-CN", "en" };

/*
 * Page memory: while a request runs, libxml2 and libxslt allocate from one
 * bump region that is emptied when the request ends. A page makes tens of
 * thousands of small allocations (its document, the transform, the HTML
 * result) and frees them all at the end; through malloc that was about a
 * quarter of a worker's time. Memory allocated outside a request (compiled
 * stylesheets, catalogues) stays with malloc and free, and so does anything
 * that outgrows the region. A small block freed during the request is kept
 * on a list by size and handed out again: libxslt frees as fast as it
 * allocates, and reuse keeps a page's memory small and in the cache.
 */
#define PM_SIZE		(8 * 1024 * 1024)	/* address space; resident as used */
#define PM_KEEP		(1024 * 1024)	/* stays resident between requests */
#define PM_ALIGN	16
#define PM_CLASSES	64	/* free lists for blocks up to 1 KB */

static char	*pm_base, *pm_top, *pm_last;
static void	*pm_freed[PM_CLASSES];	/* by capacity: 16, 32, ... bytes */
static int	 pm_on;

static int
pm_owns(const void *p)
{
	return pm_base != NULL && (const char *)p >= pm_base &&
	    (const char *)p < pm_base + PM_SIZE;
}

/* The free list of blocks whose capacity holds n bytes, or -1: none for
 * an empty block, which has no room for the list's link. */
static int
pm_class(size_t n)
{
	size_t cap = (n + PM_ALIGN - 1) / PM_ALIGN;

	return cap <= PM_CLASSES ? (int)cap - 1 : -1;
}

/* Each block is preceded by its size, for realloc and the free lists. */
static void *
pm_malloc(size_t n)
{
	size_t	 need = (n + 2 * PM_ALIGN - 1) & ~(size_t)(PM_ALIGN - 1);
	char	*p;
	int	 k = pm_class(n);

	if (pm_on && k >= 0 && pm_freed[k] != NULL) {
		p = pm_freed[k];
		pm_freed[k] = *(void **)p;
		((size_t *)p)[-1] = n;
		return p;
	}
	if (!pm_on || n > PM_SIZE || (size_t)(pm_base + PM_SIZE - pm_top) < need)
		return malloc(n);
	p = pm_top + PM_ALIGN;
	((size_t *)p)[-1] = n;
	pm_last = p;
	pm_top += need;
	return p;
}

static void
pm_free(void *p)
{
	int k;

	if (!pm_owns(p)) {
		free(p);
		return;
	}
	if ((k = pm_class(((size_t *)p)[-1])) >= 0) {
		*(void **)p = pm_freed[k];
		pm_freed[k] = p;
	}
}

/* The last block grows in place: output buffers grow that way. */
static void *
pm_realloc(void *p, size_t n)
{
	size_t	 old;
	char	*q;

	if (p == NULL)
		return pm_malloc(n);
	if (!pm_owns(p))
		return realloc(p, n);
	old = ((size_t *)p)[-1];
	if (n <= old)
		return p;
	if (p == pm_last && (size_t)(pm_base + PM_SIZE - (char *)p) >= n) {
		((size_t *)p)[-1] = n;
		pm_top = (char *)p + ((n + PM_ALIGN - 1) & ~(size_t)(PM_ALIGN - 1));
		return p;
	}
	if ((q = pm_malloc(n)) != NULL) {
		memcpy(q, p, old);
		pm_free(p);
	}
	return q;
}

static char *
pm_strdup(const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*q = pm_malloc(n);

	return q ? memcpy(q, s, n) : NULL;
}

int
xml_mem_init(void)
{
	pm_base = mmap(NULL, PM_SIZE, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (pm_base == MAP_FAILED) {
		pm_base = NULL;
		return -1;
	}
	pm_top = pm_base;
	return xmlMemSetup(pm_free, pm_malloc, pm_realloc, pm_strdup);
}

int
xml_mem_hold(int on)
{
	int was = pm_on;

	pm_on = on && pm_base != NULL;
	return was;
}

/* A large page (a long list, a CSV) would leave its megabytes resident in
 * the worker for good; what lies above PM_KEEP goes back to the system,
 * and an ordinary page never reaches it. */
void
xml_mem_end(void)
{
	/* libxml2 keeps a copy of the last error, made in this request's
	 * memory, and frees it when the next error comes: it must not
	 * outlive the memory. */
	xmlResetLastError();
	if (pm_top > pm_base + PM_KEEP)
		madvise(pm_base + PM_KEEP, (size_t)(pm_top - pm_base) - PM_KEEP,
		    MADV_DONTNEED);
	pm_on = 0;
	pm_top = pm_base;
	pm_last = NULL;
	memset(pm_freed, 0, sizeof(pm_freed));
}

static struct stmt st_org = { .sql = "SELECT name FROM org WHERE id = 1" };
static char	org_name[256];
static time_t	org_at;

void
org_invalidate(void)
{
	org_at = 0;
}

/* Keeps the last name read if the database cannot be reached. */
static const char *
org_get(void)
{
	time_t now = time(NULL);

	if (now - org_at < ORG_TTL)
		return org_name;
	if (db_exec(&st_org, NULL, 0) != DB_OK)
		return org_name;
	if (db_fetch(&st_org) == 1) {
		snprintf(org_name, sizeof(org_name), "%s",
		    db_col(&st_org, 0) ? db_col(&st_org, 0) : "");
		org_at = now;
		db_done(&st_org);
	}
	return org_name;
}

xmlNodePtr
xml_add(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
}

xmlNodePtr
xml_child(xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	for (n = parent ? parent->children : NULL; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, BAD_CAST name))
			return n;
	return NULL;
}

void
xml_attr(xmlNodePtr n, const char *name, const char *value)
{
	if (value != NULL)
		xmlNewProp(n, BAD_CAST name, BAD_CAST value);
}

/* Shows a UTC DATETIME ("YYYY-MM-DD HH:MM:SS") in the configured zone,
 * which main() set as TZ. */
void
xml_attr_time(xmlNodePtr n, const char *name, const char *utc)
{
	struct tm	tm;
	time_t		t;
	char		buf[32];

	if (utc == NULL || n == NULL)
		return;
	memset(&tm, 0, sizeof(tm));
	if (strptime(utc, "%Y-%m-%d %H:%M:%S", &tm) == NULL)
		return;
	t = timegm(&tm);
	if (localtime_r(&t, &tm) == NULL)
		return;
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M", &tm);
	xmlNewProp(n, BAD_CAST name, BAD_CAST buf);
}

void
xml_attr_int(xmlNodePtr n, const char *name, long long value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", value);
	xmlNewProp(n, BAD_CAST name, BAD_CAST buf);
}

/* Roles as a space-separated list, so a stylesheet can ask contains(). */
static void
user_add(struct ctx *c)
{
	xmlNodePtr	n = xml_add(c->root, "user", NULL);
	char		roles[80] = "";
	int		r;

	for (r = 0; r < ROLE__MAX; r++)
		if (c->user.roles & ROLE_BIT(r)) {
			strcat(roles, roles[0] ? " " : "");
			strcat(roles, role_names[r]);
		}
	xml_attr_int(n, "id", c->user.id);
	xml_attr(n, "login", c->user.login);
	xml_attr(n, "name", c->user.name);
	xml_attr(n, "roles", roles);
	if (c->user.must_change)
		xml_attr(n, "must-change", "1");
	if (c->user.muted)
		xml_attr(n, "muted", "1");
}

int
page_begin(struct ctx *c, const char *name)
{
	xmlNodePtr n;

	page_free(c);
	if ((c->doc = xmlNewDoc(BAD_CAST "1.0")) == NULL ||
	    (c->root = xmlNewNode(NULL, BAD_CAST "page")) == NULL)
		return -1;
	xmlDocSetRootElement(c->doc, c->root);
	xml_attr(c->root, "surface", surface_names[c->surface]);
	xml_attr(c->root, "lang", lang_names[c->lang]);
	xml_attr(c->root, "csrf", c->csrf);
	xml_attr(c->root, "name", name);
	xml_attr(c->root, "base", surface_bases[c->surface]);
	xml_attr(c->root, "path", c->full_path);
	xml_attr(c->root, "asset", LMS_ASSET_VER);
	n = xml_add(c->root, "org", NULL);
	xml_attr(n, "name", org_get());
	if (c->user.id != 0)
		user_add(c);
	c->errors = NULL;
	return 0;
}

void
page_free(struct ctx *c)
{
	if (c->doc != NULL)
		xmlFreeDoc(c->doc);
	c->doc = NULL;
	c->root = NULL;
	c->errors = NULL;
}

void
xml_field_error(struct ctx *c, const char *field, enum verr e)
{
	xml_error(c, field, verr_code(e));
}

/* The errors sit right after the envelope, before the page's own data,
 * whenever the handler finds them. */
static void
errors_add(struct ctx *c)
{
	xmlNodePtr env = c->root->children;

	if (env != NULL && env->next != NULL &&
	    xmlStrEqual(env->next->name, BAD_CAST "user"))
		env = env->next;
	c->errors = xmlNewNode(NULL, BAD_CAST "errors");
	xmlAddNextSibling(env, c->errors);
}

void
xml_error(struct ctx *c, const char *field, const char *code)
{
	const char	*text = i18n_text(c->lang, code);
	xmlNodePtr	 n;

	if (c->root == NULL)
		return;
	if (c->errors == NULL)
		errors_add(c);
	n = xml_add(c->errors, "error", text ? text : code);
	xml_attr(n, "field", field);
	xml_attr(n, "code", code);
}

void
xml_pager(struct ctx *c, xmlNodePtr list, long long page, long long rows,
    long long page_size)
{
	const struct input	*in;
	const char		*q = "";
	long long		 first = (page - 1) * page_size;
	unsigned int		 i;

	for (i = 0, in = c->route->inputs; in != NULL && in[i].name != NULL;
	    i++)
		if (in[i].src == IN_QUERY && c->in[i].s != NULL &&
		    strcmp(in[i].name, "page") != 0)
			q = arena_printf(c->arena, "%s%s%s=%s", q, *q ? "&" : "",
			    in[i].name, url_encode(c->arena, c->in[i].s));
	xml_attr(list, "query", q);
	xml_attr_int(list, "page", page);
	if (rows > page_size)
		xml_attr(list, "more", "1");
	else
		xml_attr_int(list, "total", first + rows);
	if (rows > 0) {
		xml_attr_int(list, "from", first + 1);
		xml_attr_int(list, "to", first + (rows > page_size ?
		    page_size : rows));
	}
}

long long
xml_rows(xmlNodePtr parent, const char *elem, struct stmt *st, int text,
    const char *const *attrs, unsigned int nattrs, long long max)
{
	xmlNodePtr	n;
	long long	rows = 0;
	unsigned int	i;
	int		rc;

	while ((rc = db_fetch(st)) == 1) {
		if (++rows > max)
			continue;
		n = xml_add(parent, elem, text >= 0 ? db_col(st, (unsigned)text) :
		    NULL);
		for (i = 0; i < nattrs; i++)
			if (attrs[i] != NULL)
				xml_attr(n, attrs[i], db_col(st, i));
	}
	return rc == 0 ? rows : rc;
}
