/* i18n.h - the catalogue messages C needs itself (field errors), read from xsl/i18n. */
#ifndef I18N_H
#define I18N_H
#include "ctx.h"
#include "valid.h"

/* Loads the err.* messages of every language; 0 or -1 with a message on stderr. */
int		 i18n_load(const char *xsl_dir);
void		 i18n_free(void);
/* The text of err.CODE, or NULL when the catalogue has none. */
const char	*i18n_text(enum lang, const char *code);
#endif
