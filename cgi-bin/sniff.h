/* sniff.h - what an uploaded file really is, from its bytes: kind, MIME type, playing time. */
#ifndef SNIFF_H
#define SNIFF_H
#include <stddef.h>
#include <stdio.h>

/* The kinds of the file table's ENUM, in its order. */
enum file_kind { KIND_PDF, KIND_OFFICE, KIND_VIDEO, KIND_IMAGE, KIND_ARCHIVE,
	KIND_TEXT, KIND__MAX };
#define KIND_BIT(k)	(1u << (k))

/* The precise formats recognised; each belongs to one kind. */
enum sniff_type { ST_UNKNOWN, ST_PDF, ST_DOCX, ST_XLSX, ST_PPTX, ST_OLE,
	ST_MP4, ST_MOV, ST_MPEG, ST_PNG, ST_JPEG, ST_GIF, ST_WEBP, ST_ZIP,
	ST_TEXT, ST__MAX };

struct sniff {
	enum sniff_type	 type;
	enum file_kind	 kind;		/* meaningless for ST_UNKNOWN */
	const char	*mime;		/* static; NULL for ST_UNKNOWN */
};

/* How much of the start (and of the end) of a file sniff_buf looks at. */
#define SNIFF_HEAD	65536

extern const char *const kind_names[KIND__MAX];

/*
 * Identifies the content from its first bytes, head (hlen of them), and
 * optionally its last bytes, tail (NULL when the head is the whole file):
 * a ZIP's central directory at the end tells OOXML from a plain archive
 * when the local headers at the start do not. Text is taken as text when
 * the head is UTF-8 without control characters; its end may cut a
 * character. Returns 0, or -1 (type ST_UNKNOWN) when nothing matched.
 */
int	 sniff_buf(struct sniff *, const unsigned char *head, size_t hlen,
	    const unsigned char *tail, size_t tlen);
/* 1 when the extension of filename is one the sniffed format goes by
 * (case-insensitive: a PNG must be .png, an MP4 .mp4/.m4v/.mov); else 0. */
int	 sniff_matches_name(const struct sniff *, const char *filename);
/* The MIME type to serve: the sniffed one, except that a legacy OLE
 * document (Word, Excel, PowerPoint alike) takes it from its extension,
 * which sniff_matches_name has already checked. */
const char *sniff_mime(const struct sniff *, const char *filename);
/* Where a check of text has got to: the continuation bytes still due
 * for the character in progress and the range the next one must be in. */
struct sniff_text {
	unsigned char	 need, lo, hi;
};

/*
 * Checks the next n bytes of a stream for text: UTF-8 without NUL or
 * control characters other than tab, line ends and form feed. Start with
 * a zeroed state; chunks may cut characters anywhere. Returns 0 while the
 * stream is text, -1 once it is not. At the end, a state with need != 0
 * means the last character was cut: not text.
 */
int	 sniff_text_chunk(struct sniff_text *, const unsigned char *b,
	    size_t n);
/*
 * The playing time in whole seconds (rounded) of an MP4 or QuickTime
 * file, from the mvhd box inside the top-level moov box, wherever that
 * sits; reads f with bounded reads and believes no box size it cannot
 * check against the file's length. -1 when unknown or malformed.
 */
long long sniff_mp4_seconds(FILE *f);
#endif
