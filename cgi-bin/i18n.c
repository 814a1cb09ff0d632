/* i18n.c - the catalogue messages C needs itself (field errors), read from xsl/i18n. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "i18n.h"

#define MAX_ERRS 512

struct msg {
	char	*code;		/* CODE of template err.CODE */
	char	*text;
};

static struct msg	msgs[LANG__MAX][MAX_ERRS];
static int		nmsgs[LANG__MAX];

/* The catalogue is an XSLT module of named templates: err.CODE holds
 * the text of field error CODE. */
static int
load_lang(const char *dir, enum lang l)
{
	char		 path[512];
	xmlDocPtr	 doc;
	xmlNodePtr	 n;
	xmlChar		*tn;

	snprintf(path, sizeof(path), "%s/i18n/%s.xsl", dir, lang_names[l]);
	if ((doc = xmlReadFile(path, NULL, XML_PARSE_NONET)) == NULL) {
		fprintf(stderr, "%s: cannot read the catalogue\n", path);
		return -1;
	}
	for (n = xmlDocGetRootElement(doc)->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		tn = xmlGetProp(n, BAD_CAST "name");
		if (tn != NULL && strncmp((char *)tn, "err.", 4) == 0) {
			/* A message dropped here would show as its bare code. */
			if (nmsgs[l] == MAX_ERRS) {
				fprintf(stderr, "%s: more than %d err.* messages\n",
				    path, MAX_ERRS);
				xmlFree(tn);
				xmlFreeDoc(doc);
				return -1;
			}
			msgs[l][nmsgs[l]].code = strdup((char *)tn + 4);
			msgs[l][nmsgs[l]++].text = (char *)xmlNodeGetContent(n);
		}
		xmlFree(tn);
	}
	xmlFreeDoc(doc);
	return 0;
}

int
i18n_load(const char *dir)
{
	int l, e, missing = 0;

	i18n_free();
	for (l = 0; l < LANG__MAX; l++) {
		if (load_lang(dir, l) != 0)
			return -1;
		for (e = 1; e < VERR__MAX; e++)
			if (i18n_text(l, verr_code(e)) == NULL) {
				fprintf(stderr, "%s: no template err.%s\n",
				    lang_names[l], verr_code(e));
				missing = 1;
			}
	}
	return missing ? -1 : 0;
}

void
i18n_free(void)
{
	int l, i;

	for (l = 0; l < LANG__MAX; l++) {
		for (i = 0; i < nmsgs[l]; i++) {
			free(msgs[l][i].code);
			xmlFree(msgs[l][i].text);
		}
		nmsgs[l] = 0;
	}
}

const char *
i18n_text(enum lang l, const char *code)
{
	int i;

	if ((unsigned)l >= LANG__MAX)
		return NULL;
	for (i = 0; i < nmsgs[l]; i++)
		if (strcmp(msgs[l][i].code, code) == 0)
			return msgs[l][i].text;
	return NULL;
}
