-- 008_learning.sql - learning: enrolment (open or with approval), progress per lesson,
-- course completion, the credits ledger, and the in-site inbox that confirms and reminds.

-- How a learner joins a course: straight away, or once approved.
ALTER TABLE course
  ADD COLUMN enrol_mode ENUM('open','approval') NOT NULL DEFAULT 'open' AFTER mode;

-- One row per learner and course: how they came, what they asked, where they are.
CREATE TABLE enrolment (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id     INT UNSIGNED NOT NULL,
  account_id    INT UNSIGNED NOT NULL,
  status        ENUM('pending','active','rejected','completed') NOT NULL,
  source        ENUM('self','assigned') NOT NULL DEFAULT 'self',
  -- The form's answers; department and post as they were when asked.
  contact       VARCHAR(100) NULL,
  goal          VARCHAR(500) NULL,
  dept_id       INT UNSIGNED NULL,
  post_id       INT UNSIGNED NULL,
  decided_by    INT UNSIGNED NULL,
  decided_at    DATETIME NULL,
  reason        VARCHAR(500) NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  completed_at  DATETIME NULL,
  UNIQUE KEY enrolment_once (course_id, account_id),
  KEY enrolment_learner (account_id, status, course_id),
  KEY enrolment_queue (status, course_id),
  CONSTRAINT enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT enrolment_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT enrolment_decider FOREIGN KEY (decided_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A lesson is done once; the row stays however often it is marked.
CREATE TABLE lesson_progress (
  account_id  INT UNSIGNED NOT NULL,
  lesson_id   INT UNSIGNED NOT NULL,
  done_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (account_id, lesson_id),
  KEY progress_lesson (lesson_id),
  CONSTRAINT progress_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE=InnoDB;

-- Credits earned: one row per learner and course, so a course pays once
-- however many requests complete it at the same moment.
CREATE TABLE credit_ledger (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  INT UNSIGNED NOT NULL,
  course_id   INT UNSIGNED NOT NULL,
  credits     DECIMAL(5,1) NOT NULL,
  hours       DECIMAL(6,1) NOT NULL,
  at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY credit_once (account_id, course_id),
  KEY credit_month (account_id, at),
  CONSTRAINT credit_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT credit_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB;

-- The in-site inbox (站内信). A message names what it is about; its words
-- come from the message catalogue in the reader's language.
CREATE TABLE message (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  INT UNSIGNED NOT NULL,
  kind        VARCHAR(32) CHARACTER SET ascii NOT NULL,
  course_id   INT UNSIGNED NULL,
  note        VARCHAR(500) NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  read_at     DATETIME NULL,
  KEY message_inbox (account_id, id),
  KEY message_unread (account_id, read_at),
  CONSTRAINT message_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT message_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
