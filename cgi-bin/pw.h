/* pw.h - password hashes (argon2id) and the random tokens of sessions and reset links. */
#ifndef PW_H
#define PW_H
#include <stddef.h>

#define PW_HASH_MAX	128	/* crypto_pwhash_STRBYTES */
#define TOKEN_HEX	64	/* characters of a token as sent to the browser */
#define TOKEN_HASH	32	/* bytes of its hash as stored */

int	 pw_init(void);
/* out gets the argon2id string; 0 or -1 (out of memory). */
int	 pw_hash(const char *pw, char out[PW_HASH_MAX]);
/* The same for a password the platform issued (12 random characters,
 * about 70 bits, replaced at first sign-in): guessing it is hopeless at
 * any hash speed, so a cheap hash lets an import of thousands finish. */
int	 pw_hash_issued(const char *pw, char out[PW_HASH_MAX]);
/* 1 when pw matches hash. Costs the same when hash is NULL (no such
 * account), so timing does not tell which logins exist. */
int	 pw_verify(const char *hash, const char *pw);
/* A readable one-time password: 12 characters without 0/O/1/l/I. */
void	 pw_random(char out[13]);
/* A fresh token as hex in tok and its hash for the database. */
int	 token_new(char tok[TOKEN_HEX + 1], unsigned char h[TOKEN_HASH]);
/* The hash of a token from a cookie or link; 0, or -1 if malformed. */
int	 token_hash(const char *tok, unsigned char h[TOKEN_HASH]);
/* SHA-256 of s as 64 hex digits. */
void	 sha256_hex(const char *s, size_t n, char out[65]);
#endif
