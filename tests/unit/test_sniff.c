/* test_sniff.c - content sniffing, extension agreement, MP4 playing time, and storing by hash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"
#include "harness.h"
#include "sniff.h"

#define DEMO	"sql/demo/files/"

static struct sniff S;

/* Sniffs a literal (its size less the string's NUL). */
#define SNIFF(lit)	sniff_buf(&S, (const unsigned char *)(lit), \
			    sizeof(lit) - 1, NULL, 0)

static unsigned char	buf[4096];
static size_t		blen;

static void
put(const void *p, size_t n)
{
	if (blen + n <= sizeof(buf)) {
		memcpy(buf + blen, p, n);
		blen += n;
	}
}

static void
put16le(unsigned int v)
{
	unsigned char b[2] = { v & 255, v >> 8 & 255 };

	put(b, 2);
}

static void
put32be(unsigned long v)
{
	unsigned char b[4] = { v >> 24 & 255, v >> 16 & 255, v >> 8 & 255,
	    v & 255 };

	put(b, 4);
}

static void
put64be(unsigned long long v)
{
	put32be((unsigned long)(v >> 32));
	put32be((unsigned long)(v & 0xFFFFFFFF));
}

static void
put32le(unsigned long v)
{
	put16le((unsigned int)(v & 0xFFFF));
	put16le((unsigned int)(v >> 16));
}

/* A stored (uncompressed) ZIP entry: local header, name, data. */
static void
zip_entry(const char *name, const char *data)
{
	static const unsigned char zero[14];

	put("PK\3\4", 4);
	/* version, flags, method, time, date; a crc nobody checks here */
	put(zero, 14);
	put32le((unsigned long)strlen(data));
	put32le((unsigned long)strlen(data));
	put16le((unsigned int)strlen(name));
	put16le(0);
	put(name, strlen(name));
	put(data, strlen(data));
}

static int
sniff_built(void)
{
	return sniff_buf(&S, buf, blen, NULL, 0);
}

static void
documents_and_images(void)
{
	CHECK(SNIFF("%PDF-1.4\n%\xe2\xe3\n") == 0 && S.type == ST_PDF &&
	    S.kind == KIND_PDF && strcmp(S.mime, "application/pdf") == 0);
	CHECK(SNIFF("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0") == 0 &&
	    S.type == ST_OLE && S.kind == KIND_OFFICE);
	CHECK(SNIFF("\x89PNG\r\n\x1A\n\0\0\0\rIHDR") == 0 && S.type == ST_PNG &&
	    S.kind == KIND_IMAGE && strcmp(S.mime, "image/png") == 0);
	CHECK(SNIFF("\xFF\xD8\xFF\xE0\0\x10JFIF") == 0 && S.type == ST_JPEG);
	CHECK(SNIFF("GIF89a\1\0\1\0") == 0 && S.type == ST_GIF);
	CHECK(SNIFF("GIF87a\1\0\1\0") == 0 && S.type == ST_GIF);
	CHECK(SNIFF("RIFF\x24\0\0\0WEBPVP8 ") == 0 && S.type == ST_WEBP &&
	    strcmp(S.mime, "image/webp") == 0);
	/* RIFF that is not WebP (a WAV) is nothing we take. */
	CHECK(SNIFF("RIFF\x24\0\0\0WAVEfmt ") == -1 && S.type == ST_UNKNOWN);
}

static void
videos(void)
{
	CHECK(SNIFF("\0\0\0\x18" "ftypisom\0\0\2\0isomiso2") == 0 &&
	    S.type == ST_MP4 && S.kind == KIND_VIDEO &&
	    strcmp(S.mime, "video/mp4") == 0);
	CHECK(SNIFF("\0\0\0\x14" "ftypmp42\0\0\0\0mp41") == 0 &&
	    S.type == ST_MP4);
	CHECK(SNIFF("\0\0\0\x14" "ftypqt  \0\0\2\0qt  ") == 0 &&
	    S.type == ST_MOV && strcmp(S.mime, "video/quicktime") == 0);
	/* An unknown major brand counts by its compatible brands. */
	CHECK(SNIFF("\0\0\0\x18" "ftypXXXX\0\0\0\0abcdavc1") == 0 &&
	    S.type == ST_MP4);
	/* HEIF is ISO media too, but a picture we do not take. */
	CHECK(SNIFF("\0\0\0\x18" "ftypheic\0\0\0\0mif1heic") == -1);
	CHECK(SNIFF("\0\0\1\xBA\x44\0\4\0\4\1") == 0 && S.type == ST_MPEG &&
	    strcmp(S.mime, "video/mpeg") == 0);
	CHECK(SNIFF("\0\0\1\xB3\x0A\0\x78\x13") == 0 && S.type == ST_MPEG);
}

static void
ooxml_and_zip(void)
{
	blen = 0;
	zip_entry("[Content_Types].xml", "<Types/>");
	zip_entry("_rels/.rels", "<Relationships/>");
	zip_entry("word/document.xml", "<w:document/>");
	CHECK(sniff_built() == 0 && S.type == ST_DOCX && S.kind == KIND_OFFICE);
	blen = 0;
	zip_entry("[Content_Types].xml", "<Types/>");
	zip_entry("xl/workbook.xml", "<workbook/>");
	CHECK(sniff_built() == 0 && S.type == ST_XLSX);
	blen = 0;
	zip_entry("[Content_Types].xml", "<Types/>");
	zip_entry("ppt/presentation.xml", "<p/>");
	CHECK(sniff_built() == 0 && S.type == ST_PPTX);
	/* A courseware package: a plain archive, even with a word/ folder. */
	blen = 0;
	zip_entry("imsmanifest.xml", "<manifest/>");
	zip_entry("word/notes.txt", "hi");
	CHECK(sniff_built() == 0 && S.type == ST_ZIP &&
	    S.kind == KIND_ARCHIVE && strcmp(S.mime, "application/zip") == 0);
}

/* When the local headers at the start do not show the parts, the
 * central directory at the end does. */
static void
ooxml_from_central_directory(void)
{
	static const unsigned char head[] = "PK\3\4\x14\0\x08\0\x08\0";
	unsigned char tail[200];
	size_t n = 0;

	memset(tail, 0, sizeof(tail));
	memcpy(tail + n, "PK\1\2", 4);
	tail[n + 28] = 19;
	memcpy(tail + n + 46, "[Content_Types].xml", 19);
	n += 46 + 19;
	memcpy(tail + n, "PK\1\2", 4);
	tail[n + 28] = 17;
	memcpy(tail + n + 46, "word/document.xml", 17);
	n += 46 + 17;
	CHECK(sniff_buf(&S, head, sizeof(head) - 1, NULL, 0) == 0 &&
	    S.type == ST_ZIP);
	CHECK(sniff_buf(&S, head, sizeof(head) - 1, tail, n) == 0 &&
	    S.type == ST_DOCX);
	/* A name running past the buffer is not read. */
	tail[n - 17 - 46 + 28] = 200;
	CHECK(sniff_buf(&S, head, sizeof(head) - 1, tail, n) == 0 &&
	    S.type == ST_ZIP);
}

static void
text(void)
{
	struct sniff_text t = { 0, 0, 0 };

	CHECK(SNIFF("姓名,工号\r\n张三,1001\n") == 0 && S.type == ST_TEXT &&
	    S.kind == KIND_TEXT);
	CHECK(SNIFF("\xEF\xBB\xBFhello\tworld\n") == 0 && S.type == ST_TEXT);
	/* The head may cut the last character in two. */
	CHECK(SNIFF("abc\xE5\xA7") == 0 && S.type == ST_TEXT);
	CHECK(SNIFF("a\0b") == -1);
	CHECK(SNIFF("bell\x07") == -1);
	CHECK(SNIFF("over\xC0\xAFlong") == -1);
	CHECK(SNIFF("surrogate\xED\xA0\x80") == -1);
	CHECK(SNIFF("big\xF4\x90\x80\x80") == -1);
	CHECK(SNIFF("gbk\xD5\xC5\xC8\xFD") == -1);
	/* A stream checked in chunks that cut a character. */
	CHECK(sniff_text_chunk(&t, (const unsigned char *)"x\xE5", 2) == 0 &&
	    t.need == 2);
	CHECK(sniff_text_chunk(&t, (const unsigned char *)"\xA7", 1) == 0 &&
	    t.need == 1);
	CHECK(sniff_text_chunk(&t, (const unsigned char *)"\x93y", 2) == 0 &&
	    t.need == 0);
	CHECK(sniff_text_chunk(&t, (const unsigned char *)"\x93", 1) == -1);
}

static void
truncated_and_garbage(void)
{
	static const char *const prefixes[] = { "%PDF", "\xD0\xCF\x11",
	    "PK\3", "\0\0\0\x18" "ftyp", "\0\0\1", "\x89PNG", "\xFF\xD8",
	    "GIF8", "RIFF\0\0\0\0WEB", NULL };
	unsigned char	 junk[512];
	size_t		 i, k;

	CHECK(sniff_buf(&S, (const unsigned char *)"", 0, NULL, 0) == -1);
	for (i = 0; prefixes[i] != NULL; i++)
		for (k = 0; k <= strlen(prefixes[i]); k++)
			sniff_buf(&S, (const unsigned char *)prefixes[i], k,
			    NULL, 0);
	/* A ZIP header cut inside itself, and one claiming a long name. */
	CHECK(SNIFF("PK\3\4\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
	    "\xFF\xFF") == 0 && S.type == ST_ZIP);
	/* An ftyp box claiming more bytes than there are. */
	CHECK(SNIFF("\xFF\xFF\xFF\xFF" "ftypXXXX\0\0\0\0abcd") == -1);
	srand(7);
	for (k = 0; k < 200; k++) {
		for (i = 0; i < sizeof(junk); i++)
			junk[i] = (unsigned char)(rand() & 0xFF);
		sniff_buf(&S, junk, (size_t)(rand() % (int)sizeof(junk)), junk,
		    (size_t)(rand() % (int)sizeof(junk)));
	}
}

static void
extension_must_agree(void)
{
	SNIFF("\x89PNG\r\n\x1A\n\0\0\0\rIHDR");
	CHECK(sniff_matches_name(&S, "cover.png"));
	CHECK(sniff_matches_name(&S, "COVER.PNG"));
	CHECK(!sniff_matches_name(&S, "report.pdf"));
	CHECK(!sniff_matches_name(&S, "png"));
	CHECK(!sniff_matches_name(&S, "cover."));
	CHECK(!sniff_matches_name(&S, "cover.png.exe"));
	CHECK(!sniff_matches_name(&S, "a.png/b"));
	SNIFF("%PDF-1.7");
	CHECK(sniff_matches_name(&S, "讲义.pdf"));
	CHECK(!sniff_matches_name(&S, "讲义.docx"));
	SNIFF("\0\0\0\x14" "ftypqt  \0\0\2\0qt  ");
	CHECK(sniff_matches_name(&S, "clip.mp4") &&
	    sniff_matches_name(&S, "clip.mov"));
	SNIFF("\0\0\1\xBA\x44\0\4\0\4\1");
	CHECK(sniff_matches_name(&S, "clip.mpg") &&
	    !sniff_matches_name(&S, "clip.mp4"));
	blen = 0;
	zip_entry("[Content_Types].xml", "<Types/>");
	zip_entry("word/document.xml", "<w:document/>");
	sniff_built();
	CHECK(sniff_matches_name(&S, "plan.docx"));
	CHECK(!sniff_matches_name(&S, "plan.xlsx"));
	CHECK(!sniff_matches_name(&S, "plan.zip"));
	SNIFF("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
	CHECK(sniff_matches_name(&S, "old.xls") &&
	    !sniff_matches_name(&S, "old.xlsx"));
	CHECK(strcmp(sniff_mime(&S, "old.XLS"), "application/vnd.ms-excel") ==
	    0);
	CHECK(strcmp(sniff_mime(&S, "old.doc"), "application/msword") == 0);
	SNIFF("just text\n");
	CHECK(sniff_matches_name(&S, "notes.txt") &&
	    !sniff_matches_name(&S, "notes.html"));
}

/* The mvhd content written below: version and flags, times, scale,
 * duration, then three more words. */
#define MVHD_LEN(v)	((v) ? 44 : 32)

/* Top-level boxes: ftyp, a free box, an mdat, then moov holding a
 * track box and the mvhd of the version asked for. */
static void
movie(int version, unsigned long scale, unsigned long long dur, int largesize)
{
	blen = 0;
	put32be(20);
	put("ftypisom\0\0\2\0isom", 16);
	put32be(8);
	put("free", 4);
	if (largesize) {
		put32be(1);
		put("mdat", 4);
		put64be(16 + 5);
	} else {
		put32be(8 + 5);
		put("mdat", 4);
	}
	put("\1\2\3\4\5", 5);
	put32be(8 + 8 + 8 + MVHD_LEN(version));
	put("moov", 4);
	put32be(8);
	put("trak", 4);
	put32be(8 + MVHD_LEN(version));
	put("mvhd", 4);
	put32be((unsigned long)version << 24);
	if (version) {
		put64be(1);
		put64be(2);
		put32be(scale);
		put64be(dur);
	} else {
		put32be(1);
		put32be(2);
		put32be(scale);
		put32be((unsigned long)dur);
	}
	put32be(0x00010000);	/* rate: the reader need not get this far */
	put32be(0);
	put32be(0);
}

static long long
seconds_of(const unsigned char *b, size_t n)
{
	FILE		*f;
	long long	 s;

	if ((f = fmemopen((void *)b, n, "rb")) == NULL)
		return -2;
	s = sniff_mp4_seconds(f);
	fclose(f);
	return s;
}

static void
mvhd_duration(void)
{
	movie(0, 600, 600 * 42 + 299, 0);
	CHECK(seconds_of(buf, blen) == 42);
	movie(0, 600, 600 * 42 + 300, 0);
	CHECK(seconds_of(buf, blen) == 43);
	movie(1, 90000, 90000ULL * 3600 * 5, 1);
	CHECK(seconds_of(buf, blen) == 3600 * 5);
	/* Unknown duration, no time scale, a film too long to be true. */
	movie(0, 600, 0xFFFFFFFF, 0);
	CHECK(seconds_of(buf, blen) == -1);
	movie(1, 0, 100, 0);
	CHECK(seconds_of(buf, blen) == -1);
	movie(1, 1, 1ULL << 40, 0);
	CHECK(seconds_of(buf, blen) == -1);
}

static void
mvhd_broken(void)
{
	size_t n;

	movie(0, 600, 6000, 0);
	/* Cut anywhere, the file answers -1 and reads nothing past its end. */
	for (n = 0; n < blen; n++)
		CHECK(seconds_of(buf, n) == -1);
	/* The mdat claims more than the file holds. */
	movie(0, 600, 6000, 0);
	buf[20 + 8 + 3] = 0xFF;
	CHECK(seconds_of(buf, blen) == -1);
	/* A box smaller than its own header. */
	movie(0, 600, 6000, 0);
	buf[20 + 3] = 3;
	CHECK(seconds_of(buf, blen) == -1);
	/* No moov at all. */
	CHECK(seconds_of((const unsigned char *)"\0\0\0\x08" "free", 8) == -1);
	/* An mvhd of a version that does not exist. */
	movie(0, 600, 6000, 0);
	buf[blen - MVHD_LEN(0)] = 2;
	CHECK(seconds_of(buf, blen) == -1);
}

static unsigned char *
slurp(const char *path, size_t *n)
{
	FILE		*f = fopen(path, "rb");
	unsigned char	*b;

	if (f == NULL)
		return NULL;
	b = malloc(SNIFF_HEAD);
	*n = b ? fread(b, 1, SNIFF_HEAD, f) : 0;
	fclose(f);
	return b;
}

static void
demo_files(void)
{
	static const struct { const char *name; enum sniff_type type; } d[] = {
		{ "course-intro.pdf", ST_PDF },
		{ "course-intro.mp4", ST_MP4 },
		{ "course-cover.png", ST_PNG },
	};
	unsigned char	*b;
	size_t		 i, n;
	FILE		*f;

	for (i = 0; i < sizeof(d) / sizeof(d[0]); i++) {
		char path[200];

		snprintf(path, sizeof(path), DEMO "%s", d[i].name);
		CHECK((b = slurp(path, &n)) != NULL);
		if (b == NULL)
			continue;
		CHECK(sniff_buf(&S, b, n, NULL, 0) == 0 && S.type == d[i].type);
		CHECK(sniff_matches_name(&S, d[i].name));
		free(b);
	}
	CHECK((f = fopen(DEMO "course-intro.mp4", "rb")) != NULL);
	if (f != NULL) {
		CHECK(sniff_mp4_seconds(f) == 3);
		fclose(f);
	}
}

static void
put_stores_by_hash_once(void)
{
	char		 dir[] = "/tmp/lmsfiles-XXXXXX", src[300], path[400];
	char		 hex[FILE_SHA_HEX], again[FILE_SHA_HEX];
	struct stat	 sb;
	FILE		*f;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(src, sizeof(src), "%s/upload", dir);
	CHECK((f = fopen(src, "w")) != NULL && fputs("abc", f) >= 0 &&
	    fclose(f) == 0);
	CHECK(file_put(dir, src, hex) == 0);
	CHECK(strcmp(hex, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad") == 0);
	snprintf(path, sizeof(path), "%s/ba/78/%s", dir, hex);
	CHECK(stat(path, &sb) == 0 && sb.st_size == 3 &&
	    (sb.st_mode & 0777) == 0640);
	/* The same content again keeps the file there. */
	CHECK(file_put(dir, src, again) == 0 && strcmp(hex, again) == 0);
	CHECK(file_put(dir, "/nonexistent/upload", again) == -1);
	unlink(path);
	snprintf(path, sizeof(path), "%s/ba/78", dir);
	rmdir(path);
	snprintf(path, sizeof(path), "%s/ba", dir);
	rmdir(path);
	unlink(src);
	CHECK(rmdir(dir) == 0);
}

const struct test sniff_tests[] = {
	{ "sniff: documents and images", documents_and_images },
	{ "sniff: videos by ftyp brand and MPEG start codes", videos },
	{ "sniff: OOXML by its parts, other ZIPs are archives", ooxml_and_zip },
	{ "sniff: OOXML from the central directory", ooxml_from_central_directory },
	{ "sniff: UTF-8 text, refused control bytes and bad UTF-8", text },
	{ "sniff: truncated and garbage buffers are safe", truncated_and_garbage },
	{ "sniff: extension must agree with the content", extension_must_agree },
	{ "sniff: mvhd duration, v0 and v1, moov after mdat", mvhd_duration },
	{ "sniff: broken box sizes give -1", mvhd_broken },
	{ "sniff: the demo files and the demo video's length", demo_files },
	{ "files: stored once under ab/cd/<sha256>", put_stores_by_hash_once },
	{ NULL, NULL },
};
