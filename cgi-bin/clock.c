/* clock.c - local time (the configured zone) to and from the UTC the database keeps. */
#include <string.h>

#include "clock.h"

long long
clock_utc_offset(void)
{
	struct tm	tm;
	time_t		t = time(NULL);

	return localtime_r(&t, &tm) != NULL ? tm.tm_gmtoff : 0;
}

char *
clock_local_utc(struct arena *a, const char *local, time_t *t)
{
	struct tm	tm;
	char		buf[32];

	memset(&tm, 0, sizeof(tm));
	if (local == NULL || strptime(local, "%Y-%m-%dT%H:%M", &tm) == NULL)
		return NULL;
	tm.tm_isdst = -1;
	if ((*t = mktime(&tm)) == (time_t)-1 || gmtime_r(t, &tm) == NULL)
		return NULL;
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", &tm);
	return arena_strndup(a, buf, strlen(buf));
}
