/* attempt_answer.c - options and answers as the learner sees them: shown letters to the question's own and back; pure, unit-tested. */
#include <string.h>

#include "attempt.h"

char
answer_shown(const char *order, char letter)
{
	const char *at;

	if (letter < 'A' || letter >= 'A' + ANSWER_MAX_OPTIONS)
		return 0;
	if (order == NULL)
		return letter;
	at = strchr(order, letter);
	return at != NULL ? (char)('A' + (at - order)) : 0;
}

int
answer_from_shown(const char *order, unsigned int nopts,
    const char *const *shown, size_t n, char *out)
{
	unsigned int	chosen = 0, i, o = 0;
	size_t		k;
	char		letter;

	for (k = 0; k < n; k++) {
		if (strlen(shown[k]) != 1 || shown[k][0] < 'A' ||
		    (unsigned int)(shown[k][0] - 'A') >= nopts ||
		    (order != NULL && strlen(order) <= (size_t)(shown[k][0] - 'A')))
			return -1;
		/* The shown letter's place names the question's letter. */
		letter = order != NULL ? order[shown[k][0] - 'A'] :
		    shown[k][0];
		if (letter < 'A' || letter >= 'A' + ANSWER_MAX_OPTIONS ||
		    (chosen & (1u << (letter - 'A'))))
			return -1;
		chosen |= 1u << (letter - 'A');
	}
	for (i = 0; i < ANSWER_MAX_OPTIONS; i++)
		if (chosen & (1u << i))
			out[o++] = (char)('A' + i);
	out[o] = '\0';
	return 0;
}
