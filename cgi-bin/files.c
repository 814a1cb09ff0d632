/* files.c - uploaded files: checked, stored once under their SHA-256, released through nginx. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "db.h"
#include "files.h"
#include "route.h"
#include "xml.h"

/* The column's length, in bytes here: a cut name stays a valid name. */
#define NAME_MAX_BYTES	255
#define COPY_CHUNK	65536

static struct stmt st_file_new = { .sql =
	"INSERT INTO file (sha256, size, kind, mime, name, seconds, created_by) "
	"VALUES (?, ?, ?, ?, ?, ?, ?)" };
static struct stmt st_file_get = { .sql =
	"SELECT sha256, mime, name FROM file WHERE id = ?" };

/* Reads up to n bytes at off; the count, or -1. */
static ssize_t
pread_full(int fd, unsigned char *b, size_t n, off_t off)
{
	size_t	got = 0;
	ssize_t	r;

	while (got < n) {
		r = pread(fd, b + got, n - got, off + (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

static int
write_full(int fd, const unsigned char *b, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, b, n)) < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The SHA-256 of everything in fd, as 64 lower-case hex digits. */
static int
hash_fd(int fd, char hex[FILE_SHA_HEX])
{
	crypto_hash_sha256_state	st;
	unsigned char			buf[COPY_CHUNK], sum[32];
	off_t				off = 0;
	ssize_t				n;

	crypto_hash_sha256_init(&st);
	while ((n = pread_full(fd, buf, sizeof(buf), off)) > 0) {
		crypto_hash_sha256_update(&st, buf, (unsigned long long)n);
		off += n;
	}
	if (n < 0)
		return -1;
	crypto_hash_sha256_final(&st, sum);
	sodium_bin2hex(hex, FILE_SHA_HEX, sum, sizeof(sum));
	return 0;
}

static int
copy_fd(int in, int out)
{
	unsigned char	buf[COPY_CHUNK];
	off_t		off = 0;
	ssize_t		n;

	while ((n = pread_full(in, buf, sizeof(buf), off)) > 0) {
		if (write_full(out, buf, (size_t)n) != 0)
			return -1;
		off += n;
	}
	return n < 0 ? -1 : 0;
}

static int
mkdir_once(const char *path)
{
	return mkdir(path, 0750) == 0 || errno == EEXIST ? 0 : -1;
}

/* Makes dir, dir/ab and dir/ab/cd for hex "abcd…"; sub gets the last. */
static int
dirs_make(const char *dir, const char *hex, char *sub, size_t subsz)
{
	if (mkdir_once(dir) != 0)
		return -1;
	if ((size_t)snprintf(sub, subsz, "%s/%.2s", dir, hex) >= subsz ||
	    mkdir_once(sub) != 0)
		return -1;
	if ((size_t)snprintf(sub, subsz, "%s/%.2s/%.2s", dir, hex, hex + 2) >=
	    subsz || mkdir_once(sub) != 0)
		return -1;
	return 0;
}

/* The new name must survive a crash too: sync the directory holding it. */
static void
dir_sync(const char *dir)
{
	int fd;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* Writes in's bytes to a new temporary file in sub and links it in as
 * final; another copy linked there first (the same bytes) is kept. */
static int
file_place(int in, const char *sub, const char *final)
{
	char	tmp[PATH_MAX];
	int	out, rc = -1;

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s/.tmp-XXXXXX", sub) >=
	    sizeof(tmp) || (out = mkstemp(tmp)) < 0)
		return -1;
	/* nginx reads the files, through the group when it is another user. */
	if (copy_fd(in, out) == 0 && fchmod(out, 0640) == 0 &&
	    fsync(out) == 0 && (link(tmp, final) == 0 || errno == EEXIST))
		rc = 0;
	close(out);
	unlink(tmp);
	if (rc == 0)
		dir_sync(sub);
	return rc;
}

int
file_put(const char *dir, const char *src, char hex[FILE_SHA_HEX])
{
	char	sub[PATH_MAX], final[PATH_MAX];
	int	in, rc = -1;

	if ((in = open(src, O_RDONLY | O_CLOEXEC)) < 0) {
		fprintf(stderr, "file_put: cannot read the file to store: "
		    "%s\n", strerror(errno));
		return -1;
	}
	if (hash_fd(in, hex) != 0 ||
	    dirs_make(dir, hex, sub, sizeof(sub)) != 0 ||
	    (size_t)snprintf(final, sizeof(final), "%s/%s", sub, hex) >=
	    sizeof(final))
		goto out;
	/* The same content stored before is the same file. */
	if (access(final, F_OK) == 0 || file_place(in, sub, final) == 0)
		rc = 0;
out:
	if (rc != 0)
		fprintf(stderr, "file_put: cannot store into %s: %s\n", dir,
		    strerror(errno));
	close(in);
	return rc;
}

/*
 * The name to show for an upload: its base name without control
 * characters (C0, DEL, C1), cut to NAME_MAX_BYTES on a character
 * boundary, never empty. raw is valid UTF-8 (the request parser checked).
 */
static const char *
name_clean(struct arena *a, const char *raw)
{
	const unsigned char	*p, *base = (const unsigned char *)raw;
	char			*out;
	size_t			 n = 0;

	for (p = base; *p != '\0'; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	if ((out = arena_alloc(a, strlen((const char *)base) + 1)) == NULL)
		return NULL;
	for (p = base; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7F)
			continue;
		if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
			p++;
			continue;
		}
		out[n++] = (char)*p;
	}
	if (n > NAME_MAX_BYTES) {
		n = NAME_MAX_BYTES;
		/* Back off to the first byte of the character cut in two. */
		while (n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80)
			n--;
	}
	out[n] = '\0';
	return n > 0 ? out : "file";
}

/* The largest size any of kinds may have. */
static long long
limit_of(const struct conf *cf, unsigned int kinds)
{
	long long max = 0;

	if (kinds & KIND_BIT(KIND_VIDEO))
		max = cf->video_max;
	if ((kinds & ~KIND_BIT(KIND_VIDEO)) && cf->upload_max > max)
		max = cf->upload_max;
	return max;
}

/* Sniffs fd (size bytes) from its first and last SNIFF_HEAD bytes. */
static int
sniff_fd(struct arena *a, int fd, size_t size, struct sniff *s)
{
	unsigned char	*head, *tail = NULL;
	ssize_t		 hn, tn = 0;

	if ((head = arena_alloc(a, SNIFF_HEAD)) == NULL ||
	    (hn = pread_full(fd, head, SNIFF_HEAD, 0)) < 0)
		return -1;
	if (size > SNIFF_HEAD && ((tail = arena_alloc(a, SNIFF_HEAD)) == NULL ||
	    (tn = pread_full(fd, tail, SNIFF_HEAD,
	    (off_t)(size - SNIFF_HEAD))) < 0))
		return -1;
	sniff_buf(s, head, (size_t)hn, tail, (size_t)tn);
	return 0;
}

/* Text is text to its end, not only in the head that was sniffed. */
static int
text_whole(int fd)
{
	struct sniff_text	t = { 0, 0, 0 };
	unsigned char		buf[COPY_CHUNK];
	off_t			off = 0;
	ssize_t			n;

	while ((n = pread_full(fd, buf, sizeof(buf), off)) > 0) {
		if (sniff_text_chunk(&t, buf, (size_t)n) != 0)
			return -1;
		off += n;
	}
	return n < 0 || t.need != 0 ? -1 : 0;
}

/* The playing time of a video, or -1 when it cannot be read. */
static long long
video_seconds(const struct sniff *s, const char *path)
{
	FILE		*f;
	long long	 secs;

	if ((s->type != ST_MP4 && s->type != ST_MOV) ||
	    (f = fopen(path, "rb")) == NULL)
		return -1;
	secs = sniff_mp4_seconds(f);
	fclose(f);
	return secs;
}

/* What the upload is: 0 with s filled, or the status refusing it. */
static int
upload_check(struct ctx *c, const struct field *f, const char *name,
    unsigned int kinds, struct sniff *s)
{
	int fd, rc = 0;

	if ((fd = open(f->file, O_RDONLY | O_CLOEXEC)) < 0)
		return 500;
	if (sniff_fd(c->arena, fd, f->fsize, s) != 0)
		rc = 500;
	else if (s->type == ST_UNKNOWN || !(kinds & KIND_BIT(s->kind)) ||
	    !sniff_matches_name(s, name) ||
	    (s->type == ST_TEXT && text_whole(fd) != 0))
		rc = 415;
	else if ((long long)f->fsize > (s->kind == KIND_VIDEO ?
	    c->conf->video_max : c->conf->upload_max))
		rc = 413;
	close(fd);
	return rc;
}

static int
file_insert(struct ctx *c, const char *hex, const struct field *f,
    const struct sniff *s, const char *name, long long secs, long long *id)
{
	struct db_param	 p[7];
	int		 rc;

	p[0] = DB_TEXT(hex);
	p[1] = DB_INT((long long)f->fsize);
	p[2] = DB_TEXT(kind_names[s->kind]);
	p[3] = DB_TEXT(sniff_mime(s, name));
	p[4] = DB_TEXT(name);
	p[5] = secs >= 0 ? DB_INT(secs) : DB_NULLP;
	p[6] = c->user.id ? DB_INT(c->user.id) : DB_NULLP;
	if ((rc = db_exec(&st_file_new, p, 7)) != DB_OK)
		return db_http_status(rc);
	*id = (long long)db_insert_id(&st_file_new);
	return 0;
}

int
file_store(struct ctx *c, const char *field, unsigned int kinds,
    long long *id)
{
	const struct field	*f = req_get(&c->req->body, field);
	const char		*name;
	struct sniff		 s;
	char			 hex[FILE_SHA_HEX];
	int			 rc;

	/* A form sent without choosing a file has a part with no name. */
	if (f == NULL || f->file == NULL || f->val == NULL ||
	    f->val[0] == '\0') {
		xml_error(c, field, "required");
		return 400;
	}
	/* Refused before reading a byte of it. */
	if ((long long)f->fsize > limit_of(c->conf, kinds)) {
		xml_error(c, field, "too_large");
		return 413;
	}
	if ((name = name_clean(c->arena, f->val)) == NULL)
		return 500;
	if ((rc = upload_check(c, f, name, kinds, &s)) != 0) {
		if (rc != 500)
			xml_error(c, field, rc == 413 ? "too_large" :
			    "bad_type");
		return rc;
	}
	/* The stored path comes from the content alone, never the name. */
	if (file_put(c->conf->files_dir, f->file, hex) != 0)
		return 500;
	return file_insert(c, hex, f, &s, name,
	    s.kind == KIND_VIDEO ? video_seconds(&s, f->file) : -1, id);
}

int
file_refuse(struct ctx *c, const char *field, int status)
{
	if (status >= 500)
		return status;
	return form_refuse(c, field, status == 413 ? "too_large" :
	    status == 415 ? "bad_type" : "required", status);
}

/* name with every byte but RFC 5987's attr-chars percent-encoded. */
static char *
name_ext_value(struct arena *a, const char *name)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			*out, *o;
	unsigned char		 ch;

	if ((out = o = arena_alloc(a, 3 * strlen(name) + 1)) == NULL)
		return NULL;
	for (; *name != '\0'; name++) {
		ch = (unsigned char)*name;
		if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		    (ch >= '0' && ch <= '9') || strchr("!#$&+-.^_`|~", ch))
			*o++ = (char)ch;
		else {
			*o++ = '%';
			*o++ = hex[ch >> 4];
			*o++ = hex[ch & 15];
		}
	}
	return out;
}

/* For browsers that ignore filename*: the name with anything but plain
 * printable ASCII (and the quote and backslash) as '_'. */
static char *
name_ascii(struct arena *a, const char *name)
{
	char	*out;
	size_t	 i;

	if ((out = arena_strndup(a, name, strlen(name))) == NULL)
		return NULL;
	for (i = 0; out[i] != '\0'; i++)
		if ((unsigned char)out[i] < 0x20 ||
		    (unsigned char)out[i] > 0x7E || out[i] == '"' ||
		    out[i] == '\\')
			out[i] = '_';
	return out;
}

/* The row's sha256 must be exactly 64 hex digits to become a path. */
static int
sha_valid(const char *s)
{
	return s != NULL && strlen(s) == 64 &&
	    strspn(s, "0123456789abcdef") == 64;
}

int
file_send(struct ctx *c, long long id, int attachment)
{
	struct db_param	 p[1] = { DB_INT(id) };
	const char	*sha, *mime, *name;
	char		*ascii, *ext;
	int		 rc;

	if ((rc = db_exec(&st_file_get, p, 1)) != DB_OK)
		return db_http_status(rc);
	if ((rc = db_fetch(&st_file_get)) != 1)
		return rc == 0 ? 404 : db_http_status(rc);
	sha = db_col(&st_file_get, 0);
	mime = db_col(&st_file_get, 1);
	name = db_col(&st_file_get, 2);
	rc = 500;
	if (sha_valid(sha) && mime != NULL && name != NULL &&
	    (c->ctype = arena_strndup(c->arena, mime, strlen(mime))) != NULL &&
	    (ascii = name_ascii(c->arena, name)) != NULL &&
	    (ext = name_ext_value(c->arena, name)) != NULL &&
	    (c->accel = arena_printf(c->arena, "/_files/%.2s/%.2s/%s", sha,
	    sha + 2, sha)) != NULL &&
	    (c->disposition = arena_printf(c->arena, "%s; filename=\"%s\"; "
	    "filename*=UTF-8''%s", attachment ? "attachment" : "inline", ascii,
	    ext)) != NULL)
		rc = 200;
	db_done(&st_file_get);
	if (rc != 200)
		c->accel = NULL;
	return rc;
}
