-- 014_homework.sql - homework (作业): set by a course's builders, handed in by its enrolled learners
-- as text and files, graded with a score and feedback or returned for rework (every hand-in
-- kept), results shown to learners once published, and reminders sent once.

-- Scores are whole points out of max_score. The deadline is the end of a
-- day (local time) stored in UTC; late_allowed takes hand-ins after it,
-- marked late. Learners see scores and feedback once published_at is set.
CREATE TABLE homework (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id     INT UNSIGNED NOT NULL,
  title         VARCHAR(200) NOT NULL,
  -- Rich text, already sanitised to the safe subset when saved (rich.h).
  instructions  MEDIUMTEXT NULL,
  due_at        DATETIME NOT NULL,
  late_allowed  TINYINT(1) NOT NULL DEFAULT 0,
  max_score     SMALLINT UNSIGNED NOT NULL CHECK (max_score BETWEEN 1 AND 1000),
  published_at  DATETIME NULL,
  created_by    INT UNSIGNED NOT NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  deleted_at    DATETIME NULL,
  KEY homework_course (course_id, due_at),
  KEY homework_due (due_at),
  CONSTRAINT homework_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT homework_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One per learner and homework: where it stands and its grade. A learner
-- hands in once, and again only after it was returned for rework; each
-- hand-in is a version (submission_version), version counts them. late:
-- the first hand-in came after the deadline.
CREATE TABLE homework_submission (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  homework_id   INT UNSIGNED NOT NULL,
  account_id    INT UNSIGNED NOT NULL,
  state         ENUM('submitted','returned','graded') NOT NULL DEFAULT 'submitted',
  version       SMALLINT UNSIGNED NOT NULL DEFAULT 1,
  submitted_at  DATETIME NOT NULL,
  late          TINYINT(1) NOT NULL DEFAULT 0,
  score         SMALLINT UNSIGNED NULL,
  feedback      VARCHAR(2000) NULL,
  graded_by     INT UNSIGNED NULL,
  graded_at     DATETIME NULL,
  UNIQUE KEY submission_once (homework_id, account_id),
  KEY submission_grading (homework_id, state),
  KEY submission_learner (account_id, homework_id),
  CONSTRAINT submission_homework FOREIGN KEY (homework_id) REFERENCES homework (id),
  CONSTRAINT submission_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT submission_grader FOREIGN KEY (graded_by) REFERENCES account (id),
  CONSTRAINT submission_graded CHECK (state <> 'graded' OR score IS NOT NULL)
) ENGINE=InnoDB;

-- Every hand-in as it was: its text, when, and, once returned, by whom,
-- when and why.
CREATE TABLE submission_version (
  submission_id  INT UNSIGNED NOT NULL,
  version        SMALLINT UNSIGNED NOT NULL,
  body           TEXT NULL,
  submitted_at   DATETIME NOT NULL,
  returned_at    DATETIME NULL,
  returned_by    INT UNSIGNED NULL,
  reason         VARCHAR(500) NULL,
  PRIMARY KEY (submission_id, version),
  CONSTRAINT version_submission FOREIGN KEY (submission_id) REFERENCES homework_submission (id),
  CONSTRAINT version_returner FOREIGN KEY (returned_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The files of a hand-in, in the form's order; the bytes are in the file
-- store (004_courses.sql), released only to the learner and the builders.
CREATE TABLE submission_file (
  submission_id  INT UNSIGNED NOT NULL,
  version        SMALLINT UNSIGNED NOT NULL,
  pos            TINYINT UNSIGNED NOT NULL,
  file_id        INT UNSIGNED NOT NULL,
  PRIMARY KEY (submission_id, version, pos),
  KEY submission_file_file (file_id),
  CONSTRAINT sf_version FOREIGN KEY (submission_id, version)
    REFERENCES submission_version (submission_id, version),
  CONSTRAINT sf_file FOREIGN KEY (file_id) REFERENCES file (id)
) ENGINE=InnoDB;

-- Reminders left in the inbox, each once per homework, learner and kind;
-- sent_at is the reminder run's own stamp.
CREATE TABLE homework_reminder (
  homework_id  INT UNSIGNED NOT NULL,
  account_id   INT UNSIGNED NOT NULL,
  kind         ENUM('due_soon','overdue') NOT NULL,
  sent_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (homework_id, account_id, kind),
  KEY reminder_run (sent_at),
  CONSTRAINT reminder_homework FOREIGN KEY (homework_id) REFERENCES homework (id),
  CONSTRAINT reminder_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;
