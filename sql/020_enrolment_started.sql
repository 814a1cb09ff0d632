-- 020_enrolment_started.sql - when a learner first did a lesson of a course, on their enrolment:
-- whether someone has started is then read from the row the progress pages already join, not
-- worked out from every lesson they ever did (an assignment's audience may be a whole company).

-- Set together with the first lesson_progress row of the course (progress.c), in its transaction.
ALTER TABLE enrolment ADD COLUMN started_at DATETIME NULL AFTER created_at;

-- Lessons done before: the earliest of them. Progress is only recorded on an enrolment, and
-- neither is ever deleted.
UPDATE enrolment e SET e.started_at = (SELECT MIN(lp.done_at) FROM chapter h
  JOIN lesson l ON l.chapter_id = h.id
  JOIN lesson_progress lp ON lp.lesson_id = l.id AND lp.account_id = e.account_id
  WHERE h.course_id = e.course_id);
