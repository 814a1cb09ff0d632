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

	memset(&tm, 0, sizeof(tm));
	if (local == NULL || strptime(local, "%Y-%m-%dT%H:%M", &tm) == NULL)
		return NULL;
	return clock_tm_utc(a, &tm, t);
}

char *
clock_tm_utc(struct arena *a, struct tm *tm, time_t *t)
{
	time_t	at;
	char	buf[32];

	tm->tm_isdst = -1;	/* whatever the zone's rules say that day */
	if ((at = mktime(tm)) == (time_t)-1 || gmtime_r(&at, tm) == NULL)
		return NULL;
	if (t != NULL)
		*t = at;
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", tm);
	return arena_strndup(a, buf, strlen(buf));
}

char *
clock_month_utc(struct arena *a, int year, int mon)
{
	struct tm	tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = year - 1900;
	tm.tm_mon = mon;
	tm.tm_mday = 1;
	return clock_tm_utc(a, &tm, NULL);
}
