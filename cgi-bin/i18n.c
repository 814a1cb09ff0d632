/* i18n.c - the catalogue messages C needs itself (field errors), read from xsl/i18n. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "i18n.h"

static char *msgs[LANG__MAX][VERR__MAX];

/* The catalogue is an XSLT module of named templates: err.CODE holds
 * the text of field error CODE. */
static int
load_lang(const char *dir, enum lang l)
{
	char		 path[512], name[64];
	xmlDocPtr	 doc;
	xmlNodePtr	 n;
	xmlChar		*tn;
	int		 e, missing = 0;

	snprintf(path, sizeof(path), "%s/i18n/%s.xsl", dir, lang_names[l]);
	if ((doc = xmlReadFile(path, NULL, XML_PARSE_NONET)) == NULL) {
		fprintf(stderr, "%s: cannot read the catalogue\n", path);
		return -1;
	}
	for (e = 1; e < VERR__MAX; e++) {
		snprintf(name, sizeof(name), "err.%s", verr_code(e));
		for (n = xmlDocGetRootElement(doc)->children; n; n = n->next) {
			if (n->type != XML_ELEMENT_NODE)
				continue;
			tn = xmlGetProp(n, BAD_CAST "name");
			if (tn != NULL && strcmp((char *)tn, name) == 0) {
				free(msgs[l][e]);
				msgs[l][e] = (char *)xmlNodeGetContent(n);
			}
			xmlFree(tn);
		}
		if (msgs[l][e] == NULL) {
			fprintf(stderr, "%s: no template %s\n", path, name);
			missing = 1;
		}
	}
	xmlFreeDoc(doc);
	return missing ? -1 : 0;
}

int
i18n_load(const char *dir)
{
	int l;

	for (l = 0; l < LANG__MAX; l++)
		if (load_lang(dir, l) != 0)
			return -1;
	return 0;
}

void
i18n_free(void)
{
	int l, e;

	for (l = 0; l < LANG__MAX; l++)
		for (e = 0; e < VERR__MAX; e++) {
			xmlFree(msgs[l][e]);
			msgs[l][e] = NULL;
		}
}

const char *
i18n_err(enum lang l, enum verr e)
{
	if ((unsigned)l >= LANG__MAX || (unsigned)e >= VERR__MAX ||
	    msgs[l][e] == NULL)
		return verr_code(e);
	return msgs[l][e];
}
