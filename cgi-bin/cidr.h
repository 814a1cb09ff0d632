/* cidr.h - address ranges of the admin allow-list (IPv4 and IPv6). */
#ifndef CIDR_H
#define CIDR_H

/* 0 when every space-separated item is an address or a CIDR range. */
int	cidr_list_valid(const char *list);
/* 1 when addr falls inside one of the list's ranges. */
int	cidr_list_match(const char *list, const char *addr);
#endif
