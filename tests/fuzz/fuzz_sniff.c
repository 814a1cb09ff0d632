/* fuzz_sniff.c - libFuzzer target for the content sniffer and the MP4 box walker. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "sniff.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sniff		 s;
	struct sniff_text	 t = { 0, 0, 0 };
	size_t			 half = size / 2;
	FILE			*f;

	/* As a whole file, and as a head and tail that overlap nothing. */
	if (sniff_buf(&s, data, size, NULL, 0) == 0 &&
	    (s.mime == NULL || s.type == ST_UNKNOWN || s.kind >= KIND__MAX))
		__builtin_trap();
	(void)sniff_buf(&s, data, half, data + half, size - half);
	(void)sniff_matches_name(&s, "x.mp4");
	(void)sniff_mime(&s, "x.doc");
	/* Text checked in two chunks must agree with one pass. */
	if (sniff_text_chunk(&t, data, half) == 0 &&
	    sniff_text_chunk(&t, data + half, size - half) == 0) {
		struct sniff_text one = { 0, 0, 0 };

		if (sniff_text_chunk(&one, data, size) != 0 ||
		    one.need != t.need)
			__builtin_trap();
	}
	if (size > 0 && (f = fmemopen((void *)data, size, "rb")) != NULL) {
		long long secs = sniff_mp4_seconds(f);

		if (secs < -1 || secs > INT32_MAX)
			__builtin_trap();
		fclose(f);
	}
	return 0;
}
