/* pw.c - password hashes (argon2id) and the random tokens of sessions and reset links. */
#include <ctype.h>
#include <string.h>

#include <sodium.h>

#include "pw.h"

static char dummy[PW_HASH_MAX];

int
pw_init(void)
{
	if (sodium_init() < 0)
		return -1;
	return pw_hash("not a password", dummy);
}

int
pw_hash(const char *pw, char out[PW_HASH_MAX])
{
	return crypto_pwhash_str(out, pw, strlen(pw),
	    crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0 ? 0 : -1;
}

int
pw_hash_issued(const char *pw, char out[PW_HASH_MAX])
{
	return crypto_pwhash_str(out, pw, strlen(pw), 1, 1 << 20) == 0 ? 0 : -1;
}

int
pw_verify(const char *hash, const char *pw)
{
	int ok = crypto_pwhash_str_verify(hash ? hash : dummy, pw,
	    strlen(pw)) == 0;

	return hash != NULL && ok;
}

void
pw_random(char out[13])
{
	static const char alpha[] = "abcdefghijkmnpqrstuvwxyz"
	    "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	int i;

	for (i = 0; i < 12; i++)
		out[i] = alpha[randombytes_uniform(sizeof(alpha) - 1)];
	out[12] = '\0';
}

int
token_new(char tok[TOKEN_HEX + 1], unsigned char h[TOKEN_HASH])
{
	unsigned char raw[TOKEN_HEX / 2];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2hex(tok, TOKEN_HEX + 1, raw, sizeof(raw));
	return token_hash(tok, h);
}

int
token_hash(const char *tok, unsigned char h[TOKEN_HASH])
{
	size_t i;

	if (tok == NULL || strlen(tok) != TOKEN_HEX)
		return -1;
	for (i = 0; i < TOKEN_HEX; i++)
		if (!isxdigit((unsigned char)tok[i]))
			return -1;
	crypto_hash_sha256(h, (const unsigned char *)tok, TOKEN_HEX);
	return 0;
}

void
sha256_hex(const char *s, size_t n, char out[65])
{
	unsigned char h[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(h, (const unsigned char *)s, n);
	sodium_bin2hex(out, 65, h, sizeof(h));
}
