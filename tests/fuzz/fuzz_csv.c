/* fuzz_csv.c - libFuzzer target for the CSV import's decoder and reader. */
#include <stdint.h>
#include <string.h>

#include "csv.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct arena	a;
	struct csv_reader	r;
	struct csv_row		row;
	char			*text;

	if (a.buf == NULL && arena_init(&a, 1 << 16) != 0)
		return 0;
	arena_reset(&a);
	if (csv_to_utf8(&a, (const char *)data, size, &text) == 0) {
		csv_reader_init(&r, text, strlen(text));
		while (csv_next(&a, &r, &row) == 1)
			if (row.ncol > 0)
				(void)csv_field(&a, row.col[0]);
	}
	return 0;
}
