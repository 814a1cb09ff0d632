/* grade.h - marking an answer against its key, for every kind of question; pure, unit-tested. */
#ifndef GRADE_H
#define GRADE_H

enum qtype { Q_SINGLE, Q_MULTIPLE, Q_TRUEFALSE, Q_FILL, Q_SHORT, Q__MAX };

extern const char *const qtype_names[Q__MAX];

/*
 * Keys and answers are text:
 *   single      one option letter, "B"
 *   multiple    the option letters in any order, "ACD"
 *   truefalse   "T" or "F"
 *   fill        one line per blank; a key line lists the accepted answers
 *               separated by '|' ("北京|Beijing"); an answer line is what
 *               the learner wrote. Compared after trimming, with runs of
 *               spaces as one space, ASCII letters in any case.
 *   short       marked by a person.
 * Points are in tenths (a 2-point question is 20).
 *
 * The rules: single and true/false all or nothing; multiple choice all the
 * points for exactly the key, half (rounded down to a tenth) for some of
 * the key's options and no other, nothing when any chosen option is wrong
 * or none is chosen (少选得一半分，错选不得分); fill-in the points shared
 * equally among the blanks, each right blank earning its share (rounded
 * down to a tenth overall).
 *
 * Returns 0 with *tenths set, 1 when a person must mark it (short
 * answers), or -1 when the key itself is malformed.
 */
int	 grade(enum qtype, const char *key, const char *answer, int points,
	    int *tenths);
#endif
