-- 012_questions.sql - the question bank (题库): questions of five kinds, tagged by course and
-- knowledge point, with a difficulty; papers and exams draw on it.
CREATE TABLE question (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id    INT UNSIGNED NULL,
  -- The knowledge point (知识点) it tests, free text shared by questions.
  point        VARCHAR(100) NULL,
  kind         ENUM('single','multiple','truefalse','fill','short') NOT NULL,
  -- 1 easiest to 5 hardest.
  difficulty   TINYINT UNSIGNED NOT NULL DEFAULT 3 CHECK (difficulty BETWEEN 1 AND 5),
  stem         TEXT NOT NULL,
  -- Choices one per line, shown as A, B, C … in this order.
  options      TEXT NULL,
  -- As grade.h reads it: letters, T/F, one line per blank with '|' between
  -- accepted answers, or a reference answer for a person to mark by.
  answer_key   VARCHAR(2000) NOT NULL,
  explanation  TEXT NULL,
  created_by   INT UNSIGNED NOT NULL,
  created_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  deleted_at   DATETIME NULL,
  KEY question_course (course_id, kind, difficulty),
  KEY question_point (point),
  CONSTRAINT question_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT question_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
