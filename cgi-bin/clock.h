/* clock.h - local time (the configured zone) to and from the UTC the database keeps. */
#ifndef CLOCK_H
#define CLOCK_H
#include <time.h>

#include "arena.h"

/* The local zone's offset from UTC now, in seconds, for times written
 * out as text (CSV, the attempt log). */
long long	 clock_utc_offset(void);
/* A datetime-local field's local time ("YYYY-MM-DDTHH:MM") as UTC
 * "YYYY-MM-DD HH:MM:SS", arena-owned, and as *t; NULL when malformed.
 * The zone's rules of that day apply, summer time included. */
char		*clock_local_utc(struct arena *, const char *local, time_t *t);
/* Local time tm as a calendar reads it (fields past their range roll
 * over: month 12 is the next January) as UTC "YYYY-MM-DD HH:MM:SS",
 * arena-owned, and as *t unless t is NULL; NULL when out of range. The
 * zone's rules of that day apply, summer time included. */
char		*clock_tm_utc(struct arena *, struct tm *local, time_t *t);
/* Local midnight of the first of month mon (0-11, 12 rolls over) of year,
 * as UTC "YYYY-MM-DD HH:MM:SS", arena-owned; NULL when out of range. */
char		*clock_month_utc(struct arena *, int year, int mon);
#endif
