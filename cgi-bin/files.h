/* files.h - uploaded files: checked, stored once under their SHA-256, released through nginx. */
#ifndef FILES_H
#define FILES_H
#include "ctx.h"
#include "sniff.h"

#define FILE_SHA_HEX	65	/* 64 hex digits and the NUL */

/*
 * Stores the upload in the multipart part named field, if its content is
 * one of kinds (KIND_BIT set) and its file name's extension agrees with
 * it, and inserts its file row (created_by: the signed-in user) inside
 * the caller's transaction. Returns 0 with *id; or records a field error
 * and returns 400 (required: no file), 413 (too_large: over upload_max,
 * or video_max for a video) or 415 (bad_type); or 500/503.
 */
int	 file_store(struct ctx *c, const char *field, unsigned int kinds,
	    long long *id);
/* Answers file_store's refusal status of the upload in field with the
 * route's form again and the reason (500s pass through); the caller has
 * rolled back and set what its form needs. */
int	 file_refuse(struct ctx *c, const char *field, int status);
/*
 * Makes the answer file id itself, inline or as an attachment, for nginx
 * to send from its internal /_files/ location (Range requests included).
 * Returns 200, or 404 when there is no such file, or 500/503. Whether the
 * user may have it is the caller's question.
 */
int	 file_send(struct ctx *c, long long id, int attachment);
/*
 * Copies the file at src into dir as ab/cd/<sha256> (directories 0750,
 * file 0640, written under a temporary name, synced, then linked into
 * place) unless that content is there already, and writes its SHA-256
 * into hex. 0, or -1 with a message on stderr. Shared with lmsctl demo.
 */
int	 file_put(const char *dir, const char *src, char hex[FILE_SHA_HEX]);
#endif
