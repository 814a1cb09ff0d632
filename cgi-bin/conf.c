/* conf.c - the typed configuration table: unknown keys and bad values refuse to start. */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "cidr.h"
#include "conf.h"
#include "valid.h"

enum conf_type { CT_INT, CT_STR, CT_ENUM, CT_CIDRS };

struct conf_key {
	const char	*key;
	enum conf_type	 type;
	size_t		 off;
	long long	 min, max;	/* range of CT_INT, length of CT_STR */
	const char	*def;
	const char	*const *allowed;
};

static const char *const envs[] = { "development", "production", NULL };

#define O(f) offsetof(struct conf, f)
static const struct conf_key keys[] = {
	{ "socket", CT_STR, O(socket), 1, CONF_STR - 1, "var/run/lmsd.sock", NULL },
	{ "workers", CT_INT, O(workers), 0, 256, "0", NULL },
	{ "pid_file", CT_STR, O(pid_file), 0, CONF_STR - 1, "", NULL },
	{ "log_file", CT_STR, O(log_file), 0, CONF_STR - 1, "", NULL },
	{ "db_socket", CT_STR, O(db_socket), 1, CONF_STR - 1, "var/db/mysqld.sock", NULL },
	{ "db_name", CT_STR, O(db_name), 1, 64, "lms", NULL },
	{ "db_user", CT_STR, O(db_user), 1, 80, "root", NULL },
	{ "db_password", CT_STR, O(db_password), 0, CONF_STR - 1, "", NULL },
	{ "db_timeout", CT_INT, O(db_timeout), 1, 60, "5", NULL },
	{ "xsl_dir", CT_STR, O(xsl_dir), 1, CONF_STR - 1, "xsl", NULL },
	{ "sql_dir", CT_STR, O(sql_dir), 1, CONF_STR - 1, "sql", NULL },
	{ "tmp_dir", CT_STR, O(tmp_dir), 1, CONF_STR - 1, "var/tmp", NULL },
	{ "max_body", CT_INT, O(max_body), 1024, 2147483647LL, "268435456", NULL },
	{ "max_fields", CT_INT, O(max_fields), 1, 10000, "200", NULL },
	{ "max_field_len", CT_INT, O(max_field_len), 64, 1048576, "65536", NULL },
	{ "environment", CT_ENUM, O(environment), 0, 0, "development", envs },
	{ "admin_allow", CT_CIDRS, O(admin_allow), 0, CONF_STR - 1,
	  "127.0.0.0/8 ::1/128 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16", NULL },
	{ "timezone", CT_STR, O(timezone), 1, 64, "Asia/Shanghai", NULL },
	{ "secure_cookies", CT_INT, O(secure_cookies), 0, 1, "0", NULL },
	{ "session_idle", CT_INT, O(session_idle), 60, 604800, "7200", NULL },
	{ "session_max", CT_INT, O(session_max), 300, 2592000, "43200", NULL },
	{ "single_session", CT_INT, O(single_session), 0, 1, "0", NULL },
	{ "lockout_failures", CT_INT, O(lockout_failures), 1, 100, "5", NULL },
	{ "lockout_seconds", CT_INT, O(lockout_seconds), 1, 86400, "900", NULL },
	{ "reset_ttl", CT_INT, O(reset_ttl), 60, 604800, "86400", NULL },
	{ "self_register", CT_INT, O(self_register), 0, 1, "0", NULL },
	{ "files_dir", CT_STR, O(files_dir), 1, CONF_STR - 1, "var/files", NULL },
	{ "upload_max", CT_INT, O(upload_max), 1024, 2147483647LL, "52428800", NULL },
	{ "video_max", CT_INT, O(video_max), 1024, 2147483647LL, "209715200", NULL },
	{ "micro_base", CT_INT, O(micro_base), 1, 100000, "500", NULL },
	{ "year_credits", CT_INT, O(year_credits), 0, 1000, "40", NULL },
	{ "study_beat_max", CT_INT, O(study_beat_max), 5, 600, "60", NULL },
	{ "study_view_max", CT_INT, O(study_view_max), 10, 3600, "300", NULL },
	{ "video_done_share", CT_INT, O(video_done_share), 1, 100, "90", NULL },
};
#undef O

static int
conf_set(struct conf *c, const struct conf_key *k, const char *v,
    char *err, size_t errsz, const char *where)
{
	long long	 n;
	char		*s = (char *)c + k->off;

	switch (k->type) {
	case CT_INT:
		if (valid_int(v, k->min, k->max, &n) != VERR_OK) {
			snprintf(err, errsz, "%s: %s must be an integer from "
			    "%lld to %lld, not '%s'", where, k->key, k->min,
			    k->max, v);
			return -1;
		}
		*(long long *)((char *)c + k->off) = n;
		return 0;
	case CT_ENUM:
		if (valid_enum(v, k->allowed) != VERR_OK) {
			snprintf(err, errsz, "%s: %s must be development or "
			    "production, not '%s'", where, k->key, v);
			return -1;
		}
		break;
	case CT_CIDRS:
		if (cidr_list_valid(v) != 0) {
			snprintf(err, errsz, "%s: %s must be a space-separated "
			    "list of addresses or CIDR ranges, not '%s'",
			    where, k->key, v);
			return -1;
		}
		break;
	case CT_STR:
		break;
	}
	if (k->type != CT_ENUM && ((long long)strlen(v) < k->min ||
	    (long long)strlen(v) > k->max)) {
		snprintf(err, errsz, "%s: %s must be %lld to %lld bytes long",
		    where, k->key, k->min, k->max);
		return -1;
	}
	snprintf(s, CONF_STR, "%s", v);
	return 0;
}

static const struct conf_key *
conf_find(const char *key)
{
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strcmp(keys[i].key, key) == 0)
			return &keys[i];
	return NULL;
}

static char *
trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

int
conf_load(struct conf *c, const char *path, char *err, size_t errsz)
{
	FILE			*f;
	char			 line[1024], where[300], *k, *v, *eq;
	const struct conf_key	*ck;
	size_t			 i;
	int			 lineno = 0, rc = 0;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (conf_set(c, &keys[i], keys[i].def, err, errsz, "default"))
			return -1;
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errsz, "%s: cannot open the configuration file",
		    path);
		return -1;
	}
	while (rc == 0 && fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		snprintf(where, sizeof(where), "%s:%d", path, lineno);
		k = trim(line);
		if (*k == '\0' || *k == '#')
			continue;
		if ((eq = strchr(k, '=')) == NULL) {
			snprintf(err, errsz, "%s: expected 'key = value'", where);
			rc = -1;
			break;
		}
		*eq = '\0';
		k = trim(k);
		v = trim(eq + 1);
		if ((ck = conf_find(k)) == NULL) {
			snprintf(err, errsz, "%s: unknown key '%s' (see "
			    "conf/lms.conf.example)", where, k);
			rc = -1;
		} else
			rc = conf_set(c, ck, v, err, errsz, where);
	}
	fclose(f);
	return rc;
}

int
conf_is_production(const struct conf *c)
{
	return strcmp(c->environment, "production") == 0;
}
