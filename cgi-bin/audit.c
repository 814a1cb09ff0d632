/* audit.c - the append-only, hash-chained record of every administrative change. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "db.h"
#include "pw.h"
#include "xml.h"

#define ZERO_HASH "0000000000000000000000000000000000000000000000000000000000000000"

static struct stmt st_head = { .sql =
	"SELECT hash, DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:%s') "
	"FROM audit_head WHERE id = 1 FOR UPDATE" };
static struct stmt st_add = { .sql =
	"INSERT INTO audit (at, actor_id, addr, action, object, object_id, "
	" before_val, after_val, prev_hash, hash) "
	"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" };
static struct stmt st_head_set = { .sql =
	"UPDATE audit_head SET hash = ? WHERE id = 1" };
static struct stmt st_all = { .sql =
	"SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), actor_id, addr, "
	" action, object, object_id, before_val, after_val, prev_hash, hash "
	"FROM audit ORDER BY id" };
static struct stmt st_head_get = { .sql =
	"SELECT hash FROM audit_head WHERE id = 1" };

/* The hash of an entry: every field, each ended by a newline, after the
 * previous entry's hash; absent values are empty. */
static void
entry_hash(const char *const f[9], char out[65])
{
	char	*buf;
	size_t	 n = 0, i;

	for (i = 0; i < 9; i++)
		n += (f[i] ? strlen(f[i]) : 0) + 1;
	if ((buf = malloc(n + 1)) == NULL) {
		memset(out, 'x', 64);
		out[64] = '\0';
		return;
	}
	buf[0] = '\0';
	for (i = 0, n = 0; i < 9; i++)
		n += (size_t)sprintf(buf + n, "%s\n", f[i] ? f[i] : "");
	sha256_hex(buf, n, out);
	free(buf);
}

int
audit_append(struct ctx *c, const char *action, const char *object,
    long long object_id, const char *before, const char *after)
{
	char		 prev[65], at[24], actor[24] = "", oid[24] = "", hash[65];
	const char	*addr = c && c->remote_addr ? c->remote_addr : "local";
	const char	*f[9];
	struct db_param	 p[10];
	int		 rc;

	if ((rc = db_exec(&st_head, NULL, 0)) != DB_OK)
		return rc;
	if ((rc = db_fetch(&st_head)) != 1)
		return rc == 0 ? DB_ERR : rc;
	snprintf(prev, sizeof(prev), "%s", db_col(&st_head, 0));
	snprintf(at, sizeof(at), "%s", db_col(&st_head, 1));
	db_done(&st_head);
	if (c != NULL && c->user.id != 0)
		snprintf(actor, sizeof(actor), "%lld", c->user.id);
	if (object_id != 0)
		snprintf(oid, sizeof(oid), "%lld", object_id);
	f[0] = prev; f[1] = at; f[2] = actor; f[3] = addr; f[4] = action;
	f[5] = object; f[6] = oid; f[7] = before; f[8] = after;
	entry_hash(f, hash);
	p[0] = DB_TEXT(at);
	p[1] = actor[0] ? DB_INT(c->user.id) : DB_NULLP;
	p[2] = DB_TEXT(addr);
	p[3] = DB_TEXT(action);
	p[4] = DB_TEXT(object);
	p[5] = object_id ? DB_INT(object_id) : DB_NULLP;
	p[6] = DB_OPT_TEXT(before);
	p[7] = DB_OPT_TEXT(after);
	p[8] = DB_TEXT(prev);
	p[9] = DB_TEXT(hash);
	if ((rc = db_exec(&st_add, p, 10)) != DB_OK)
		return rc;
	return db_exec(&st_head_set, &p[9], 1);
}

int
audit_verify(FILE *out)
{
	char		 prev[65] = ZERO_HASH, hash[65];
	const char	*f[9];
	long long	 n = 0;
	int		 rc, i, bad = 0;

	if ((rc = db_exec(&st_all, NULL, 0)) != DB_OK)
		return -1;
	while (!bad && (rc = db_fetch(&st_all)) == 1) {
		f[0] = prev;
		for (i = 1; i < 9; i++)
			f[i] = db_col(&st_all, (unsigned)i);
		entry_hash(f, hash);
		if (strcmp(db_col(&st_all, 9), prev) != 0 ||
		    strcmp(db_col(&st_all, 10), hash) != 0) {
			fprintf(out, "audit: entry %s does not match the chain\n",
			    db_col(&st_all, 0));
			bad = 1;
			db_done(&st_all);
			break;
		}
		memcpy(prev, hash, sizeof(prev));
		n++;
	}
	if (bad || rc != 0)
		return -1;
	/* Entries cut off the end leave a chain that is whole but short. */
	if (db_exec(&st_head_get, NULL, 0) != DB_OK || db_fetch(&st_head_get) != 1)
		return -1;
	bad = strcmp(db_col(&st_head_get, 0), prev) != 0;
	db_done(&st_head_get);
	if (bad) {
		fprintf(out, "audit: the newest entries are missing\n");
		return -1;
	}
	fprintf(out, "audit: %lld entries, chain intact\n", n);
	return 0;
}

int
audit_commit(struct ctx *c, const char *action, const char *object,
    long long id, const char *before, const char *after, const char *where)
{
	int rc;

	if ((rc = audit_append(c, action, object, id, before, after)) !=
	    DB_OK || (rc = db_commit()) != DB_OK) {
		db_rollback();
		return db_http_status(rc);
	}
	c->location = arena_printf(c->arena, "%s%s", surface_bases[c->surface],
	    where);
	return 303;
}
