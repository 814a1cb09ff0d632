/* db.h - one connection per process, statements prepared once by identity, transactions. */
#ifndef DB_H
#define DB_H
#include <stddef.h>
#include <string.h>	/* DB_TEXT measures its text */

#include <mysql.h>

#include "conf.h"

/* A statement lives in its feature's file as a static struct; db_exec
 * prepares it on first use on each connection and reuses it after. */
struct stmt {
	const char	*sql;
	MYSQL_STMT	*h;
	unsigned int	 gen;		/* connection generation it belongs to */
	unsigned int	 ncol;
	MYSQL_BIND	*res;
	unsigned long	*len;
	my_bool		*isnull;
	char		**buf;
	unsigned long	*cap;
	int		 open;		/* a result is being read */
};

enum db_ptype { DBP_INT, DBP_TEXT, DBP_NULL };

struct db_param {
	enum db_ptype	 type;
	long long	 i;
	const char	*s;
	size_t		 len;
};

#define DB_INT(v)	((struct db_param){ DBP_INT, (v), NULL, 0 })
#define DB_TEXT(v)	((struct db_param){ DBP_TEXT, 0, (v), strlen(v) })
#define DB_NULLP	((struct db_param){ DBP_NULL, 0, NULL, 0 })
/* Text, or SQL NULL when there is none (v is evaluated twice). */
#define DB_OPT_TEXT(v)	((v) != NULL ? DB_TEXT(v) : DB_NULLP)

/* Results of db calls: DB_GONE means the server is unreachable (answer 503). */
enum { DB_OK = 0, DB_ERR = -1, DB_GONE = -2 };

struct arena;
/* q as a LIKE pattern matching it anywhere (or as a prefix), its own %, _
 * and \ literal; arena-owned, NULL on out of memory. */
char	*db_like(struct arena *, const char *q, int prefix_only);

/* The first column of st's first row, copied into the arena; NULL when
 * there is no row, it is NULL, or on error. */
char	*db_text(struct arena *, struct stmt *st, const struct db_param *p,
	    unsigned int np);

int	 db_open(const struct conf *);
void	 db_close(void);
/* Runs st with params; rows are then read with db_fetch until it returns 0. */
int	 db_exec(struct stmt *st, const struct db_param *p, unsigned int np);
/* 1 with a row, 0 at the end (the result is released), or DB_ERR/DB_GONE. */
int	 db_fetch(struct stmt *st);
/* Column i of the current row: NULL for SQL NULL; valid until the next fetch. */
const char *db_col(struct stmt *st, unsigned int i);
long long db_col_int(struct stmt *st, unsigned int i);
unsigned long long db_insert_id(struct stmt *st);
unsigned long long db_affected(struct stmt *st);
/* Releases a result not read to its end. */
void	 db_done(struct stmt *st);
int	 db_begin(void);
int	 db_commit(void);
void	 db_rollback(void);
int	 db_ping(void);
/* The HTTP status for a failed db call: 503 when unreachable, else 500. */
int	 db_http_status(int rc);
/* Runs st inside the caller's transaction: 0, or the transaction rolled
 * back and the status to answer. */
int	 db_tx_exec(struct stmt *st, const struct db_param *p, unsigned int np);
/* The raw handle, for lmsctl's migration runner only. */
MYSQL	*db_handle(void);
const char *db_error(void);
#endif
