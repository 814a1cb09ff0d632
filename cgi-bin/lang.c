/* lang.c - switching the interface language, remembered in a cookie. */
#include "pages.h"
#include "session.h"

static const char *const langs[] = { "zh-CN", "en", NULL };

const struct input lang_inputs[] = {
	{ "lang", IN_BODY, IN_ENUM, 1, 0, 0, langs },
	{ "back", IN_BODY, IN_LOCAL_PATH, 0, 0, 0, NULL },
	{ NULL, 0, 0, 0, 0, 0, NULL },
};

int
lang_set(struct ctx *c)
{
	cookie_set(c, "lms_lang", c->in[0].s, 31536000);
	c->location = c->in[1].s ? c->in[1].s :
	    arena_printf(c->arena, "%s/", surface_bases[c->surface]);
	return 303;
}
