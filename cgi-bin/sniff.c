/* sniff.c - what an uploaded file really is, from its bytes: kind, MIME type, playing time. */
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

#include "sniff.h"

const char *const kind_names[KIND__MAX] = {
	"pdf", "office", "video", "image", "archive", "text"
};

/* Each format: its kind, the MIME type it is served as and the
 * extensions (lower case, space-separated) a file of it may carry. */
static const struct {
	enum file_kind	 kind;
	const char	*mime;
	const char	*exts;
} types[ST__MAX] = {
	[ST_PDF] = { KIND_PDF, "application/pdf", "pdf" },
	[ST_DOCX] = { KIND_OFFICE, "application/vnd.openxmlformats-"
	    "officedocument.wordprocessingml.document", "docx" },
	[ST_XLSX] = { KIND_OFFICE, "application/vnd.openxmlformats-"
	    "officedocument.spreadsheetml.sheet", "xlsx" },
	[ST_PPTX] = { KIND_OFFICE, "application/vnd.openxmlformats-"
	    "officedocument.presentationml.presentation", "pptx" },
	[ST_OLE] = { KIND_OFFICE, "application/x-ole-storage", "doc xls ppt" },
	[ST_MP4] = { KIND_VIDEO, "video/mp4", "mp4 m4v mov" },
	[ST_MOV] = { KIND_VIDEO, "video/quicktime", "mp4 m4v mov" },
	[ST_MPEG] = { KIND_VIDEO, "video/mpeg", "mpg mpeg" },
	[ST_PNG] = { KIND_IMAGE, "image/png", "png" },
	[ST_JPEG] = { KIND_IMAGE, "image/jpeg", "jpg jpeg" },
	[ST_GIF] = { KIND_IMAGE, "image/gif", "gif" },
	[ST_WEBP] = { KIND_IMAGE, "image/webp", "webp" },
	[ST_ZIP] = { KIND_ARCHIVE, "application/zip", "zip" },
	[ST_TEXT] = { KIND_TEXT, "text/plain; charset=utf-8",
	    "txt csv md srt vtt" },
};

/* Legacy Office files share one container; their extension names the
 * application, and only that tells a browser what to open them with. */
static const struct {
	const char	*ext;
	const char	*mime;
} ole_mimes[] = {
	{ "doc", "application/msword" },
	{ "xls", "application/vnd.ms-excel" },
	{ "ppt", "application/vnd.ms-powerpoint" },
};

/* ISO base media brands of MP4 proper; "qt  " is QuickTime's. */
static const char *const mp4_brands[] = {
	"isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1",
	"M4V ", "dash", "mmp4",
};

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

static uint64_t
be64(const unsigned char *p)
{
	return (uint64_t)be32(p) << 32 | be32(p + 4);
}

static unsigned int
le16(const unsigned char *p)
{
	return (unsigned int)p[0] | (unsigned int)p[1] << 8;
}

static int
starts(const unsigned char *b, size_t n, const void *magic, size_t m)
{
	return n >= m && memcmp(b, magic, m) == 0;
}

/* What the ZIP entry names seen so far say about the archive. */
struct zip_names {
	int	 content_types, word, xl, ppt;
};

static void
zip_name(struct zip_names *z, const unsigned char *name, size_t n)
{
	if (n == 19 && memcmp(name, "[Content_Types].xml", 19) == 0)
		z->content_types = 1;
	else if (starts(name, n, "word/", 5))
		z->word = 1;
	else if (starts(name, n, "xl/", 3))
		z->xl = 1;
	else if (starts(name, n, "ppt/", 4))
		z->ppt = 1;
}

/*
 * Notes the name of every ZIP header with signature sig in b: a local
 * header (name at 30, its length at 26) or a central directory entry
 * (name at 46, length at 28). Scanning for signatures rather than
 * walking entry by entry also reads archives whose local headers leave
 * the sizes to a trailing data descriptor.
 */
static void
zip_scan(struct zip_names *z, const unsigned char *b, size_t n,
    const char *sig, size_t name_at, size_t len_at)
{
	const unsigned char	*p = b, *e = b + n;
	size_t			 len;

	while ((size_t)(e - p) >= name_at &&
	    (p = memmem(p, (size_t)(e - p), sig, 4)) != NULL) {
		if ((size_t)(e - p) < name_at)
			break;
		len = le16(p + len_at);
		if (len <= (size_t)(e - p) - name_at)
			zip_name(z, p + name_at, len);
		p += 4;
	}
}

/* An OOXML package is a ZIP with [Content_Types].xml and the part
 * folder of its application; any other ZIP is an archive. */
static enum sniff_type
sniff_zip(const unsigned char *head, size_t hlen, const unsigned char *tail,
    size_t tlen)
{
	struct zip_names z = { 0, 0, 0, 0 };

	zip_scan(&z, head, hlen, "PK\3\4", 30, 26);
	if (tail != NULL)
		zip_scan(&z, tail, tlen, "PK\1\2", 46, 28);
	if (!z.content_types)
		return ST_ZIP;
	if (z.word)
		return ST_DOCX;
	if (z.xl)
		return ST_XLSX;
	if (z.ppt)
		return ST_PPTX;
	return ST_ZIP;
}

static int
brand_is_mp4(const unsigned char *b)
{
	size_t i;

	for (i = 0; i < sizeof(mp4_brands) / sizeof(mp4_brands[0]); i++)
		if (memcmp(b, mp4_brands[i], 4) == 0)
			return 1;
	return 0;
}

/* The ftyp box opens an ISO base media file: its major brand, then the
 * compatible ones up to the box's end (as far as we hold it). */
static enum sniff_type
sniff_bmff(const unsigned char *b, size_t n)
{
	size_t	end, i;
	int	qt = 0;

	if (n < 16 || memcmp(b + 4, "ftyp", 4) != 0)
		return ST_UNKNOWN;
	if (memcmp(b + 8, "qt  ", 4) == 0)
		return ST_MOV;
	if (brand_is_mp4(b + 8))
		return ST_MP4;
	end = be32(b);
	if (end > n)
		end = n;
	for (i = 16; i + 4 <= end; i += 4) {
		if (brand_is_mp4(b + i))
			return ST_MP4;
		qt |= memcmp(b + i, "qt  ", 4) == 0;
	}
	return qt ? ST_MOV : ST_UNKNOWN;
}

int
sniff_text_chunk(struct sniff_text *t, const unsigned char *b, size_t n)
{
	size_t		i;
	unsigned char	c;

	for (i = 0; i < n; i++) {
		c = b[i];
		if (t->need > 0) {
			if (c < t->lo || c > t->hi)
				return -1;
			t->need--;
			t->lo = 0x80;
			t->hi = 0xBF;
			continue;
		}
		t->lo = 0x80;
		t->hi = 0xBF;
		/* The second byte's range rules out overlong forms,
		 * surrogates and code points past U+10FFFF. */
		if (c < 0x80) {
			if ((c < 0x20 && c != '\t' && c != '\n' &&
			    c != '\f' && c != '\r') || c == 0x7F)
				return -1;
		} else if (c >= 0xC2 && c <= 0xDF)
			t->need = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			t->need = 2;
			if (c == 0xE0)
				t->lo = 0xA0;
			else if (c == 0xED)
				t->hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			t->need = 3;
			if (c == 0xF0)
				t->lo = 0x90;
			else if (c == 0xF4)
				t->hi = 0x8F;
		} else
			return -1;
	}
	return 0;
}

static enum sniff_type
sniff_type_of(const unsigned char *b, size_t n, const unsigned char *tail,
    size_t tlen)
{
	struct sniff_text	t = { 0, 0, 0 };
	enum sniff_type		bmff;

	if (starts(b, n, "%PDF-", 5))
		return ST_PDF;
	if (starts(b, n, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
		return ST_OLE;
	if (starts(b, n, "PK\3\4", 4))
		return sniff_zip(b, n, tail, tlen);
	if ((bmff = sniff_bmff(b, n)) != ST_UNKNOWN)
		return bmff;
	if (starts(b, n, "\0\0\1\xBA", 4) || starts(b, n, "\0\0\1\xB3", 4))
		return ST_MPEG;
	if (starts(b, n, "\x89PNG\r\n\x1A\n", 8))
		return ST_PNG;
	if (starts(b, n, "\xFF\xD8\xFF", 3))
		return ST_JPEG;
	if (starts(b, n, "GIF87a", 6) || starts(b, n, "GIF89a", 6))
		return ST_GIF;
	if (n >= 12 && starts(b, n, "RIFF", 4) && memcmp(b + 8, "WEBP", 4) == 0)
		return ST_WEBP;
	/* Only the head is seen: a character it cuts in two is fine. */
	if (n > 0 && sniff_text_chunk(&t, b, n) == 0)
		return ST_TEXT;
	return ST_UNKNOWN;
}

int
sniff_buf(struct sniff *s, const unsigned char *head, size_t hlen,
    const unsigned char *tail, size_t tlen)
{
	s->type = sniff_type_of(head, hlen, tail, tlen);
	s->kind = types[s->type].kind;
	s->mime = types[s->type].mime;
	return s->type == ST_UNKNOWN ? -1 : 0;
}

/* The extension of a file name (after the last dot of its last
 * component), or NULL when it has none. */
static const char *
extension(const char *name)
{
	const char *base = name, *dot, *p;

	for (p = name; *p != '\0'; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	if ((dot = strrchr(base, '.')) == NULL || dot == base || dot[1] == '\0')
		return NULL;
	return dot + 1;
}

/* 1 when ext is one of the space-separated words of list, ignoring case. */
static int
ext_listed(const char *ext, const char *list)
{
	size_t	n = strlen(ext), w;

	while (*list != '\0') {
		w = strcspn(list, " ");
		if (w == n && strncasecmp(list, ext, n) == 0)
			return 1;
		list += w;
		list += *list == ' ';
	}
	return 0;
}

int
sniff_matches_name(const struct sniff *s, const char *filename)
{
	const char *ext;

	if (s->type == ST_UNKNOWN || filename == NULL ||
	    (ext = extension(filename)) == NULL)
		return 0;
	return ext_listed(ext, types[s->type].exts);
}

const char *
sniff_mime(const struct sniff *s, const char *filename)
{
	const char	*ext;
	size_t		 i;

	if (s->type != ST_OLE || filename == NULL ||
	    (ext = extension(filename)) == NULL)
		return s->mime;
	for (i = 0; i < sizeof(ole_mimes) / sizeof(ole_mimes[0]); i++)
		if (strcasecmp(ext, ole_mimes[i].ext) == 0)
			return ole_mimes[i].mime;
	return s->mime;
}

/* Reads exactly n bytes at off; 0 or -1. */
static int
read_at(FILE *f, long long off, unsigned char *b, size_t n)
{
	if (fseeko(f, (off_t)off, SEEK_SET) != 0)
		return -1;
	return fread(b, 1, n, f) == n ? 0 : -1;
}

/* A box: its type and where its content starts and where it ends. */
struct box {
	char		 type[4];
	long long	 start, end;
};

/* Each box read moves on by at least 8 bytes; this caps the reads a
 * file of tiny boxes could cost. */
#define MAX_BOXES	4096

/* Reads the header of the box at off inside a parent ending at end; a
 * size that does not fit the parent is refused, not believed. */
static int
box_read(FILE *f, long long off, long long end, struct box *b)
{
	unsigned char	h[16];
	uint64_t	size;

	if (end - off < 8 || read_at(f, off, h, 8) != 0)
		return -1;
	memcpy(b->type, h + 4, 4);
	b->start = off + 8;
	size = be32(h);
	if (size == 1) {
		/* A 64-bit size follows the type. */
		if (end - off < 16 || read_at(f, off + 8, h + 8, 8) != 0)
			return -1;
		size = be64(h + 8);
		b->start = off + 16;
	} else if (size == 0)
		size = (uint64_t)(end - off);	/* runs to the parent's end */
	if (size < (uint64_t)(b->start - off) || size > (uint64_t)(end - off))
		return -1;
	b->end = off + (long long)size;
	return 0;
}

/* The first box of type among the boxes in [off, end); 0 or -1. */
static int
box_find(FILE *f, long long off, long long end, const char *type,
    struct box *b)
{
	int n;

	for (n = 0; n < MAX_BOXES && off < end; n++) {
		if (box_read(f, off, end, b) != 0)
			return -1;
		if (memcmp(b->type, type, 4) == 0)
			return 0;
		off = b->end;
	}
	return -1;
}

/* mvhd: version and flags, then (v0) 32-bit or (v1) 64-bit creation and
 * modification times, the time scale and the duration in its units. */
static int
mvhd_read(FILE *f, const struct box *b, uint64_t *scale, uint64_t *dur)
{
	unsigned char h[32];

	if (b->end - b->start < 20 || read_at(f, b->start, h, 20) != 0)
		return -1;
	if (h[0] == 0) {
		*scale = be32(h + 12);
		*dur = be32(h + 16);
		/* All ones is the format's "unknown". */
		return *dur == UINT32_MAX ? -1 : 0;
	}
	if (h[0] != 1 || b->end - b->start < 32 ||
	    read_at(f, b->start + 20, h + 20, 12) != 0)
		return -1;
	*scale = be32(h + 20);
	*dur = be64(h + 24);
	return *dur == UINT64_MAX ? -1 : 0;
}

long long
sniff_mp4_seconds(FILE *f)
{
	struct box	 moov, mvhd;
	uint64_t	 scale, dur, secs;
	long long	 size;

	if (fseeko(f, 0, SEEK_END) != 0 || (size = ftello(f)) < 0)
		return -1;
	if (box_find(f, 0, size, "moov", &moov) != 0 ||
	    box_find(f, moov.start, moov.end, "mvhd", &mvhd) != 0 ||
	    mvhd_read(f, &mvhd, &scale, &dur) != 0 || scale == 0)
		return -1;
	/* Rounded to the nearest second; the remainder is below the
	 * 32-bit scale, so doubling it cannot overflow. */
	secs = dur / scale + (dur % scale * 2 >= scale);
	/* The column is an INT; a longer "film" is a broken file. */
	return secs > INT32_MAX ? -1 : (long long)secs;
}
