-- 013_exams.sql - papers, exams, attempts with every answer as it was given, the log of
-- each attempt, and each learner's standing on an exam (make-ups, the HR flag).
-- Points are in tenths throughout, as grade.h marks them.

-- A paper is fixed (its questions listed) or drawn at random per attempt by
-- its rules. Its total is the sum of its items' or rules' points.
CREATE TABLE paper (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- The course whose builders may change it (NULL: its author and the admin).
  course_id    INT UNSIGNED NULL,
  title        VARCHAR(200) NOT NULL,
  mode         ENUM('fixed','random') NOT NULL,
  pass_tenths  INT UNSIGNED NOT NULL,
  created_by   INT UNSIGNED NOT NULL,
  created_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  deleted_at   DATETIME NULL,
  KEY paper_course (course_id),
  CONSTRAINT paper_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT paper_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A fixed paper's questions in their order.
CREATE TABLE paper_question (
  paper_id     INT UNSIGNED NOT NULL,
  position     SMALLINT UNSIGNED NOT NULL,
  question_id  INT UNSIGNED NOT NULL,
  points       INT UNSIGNED NOT NULL,
  PRIMARY KEY (paper_id, position),
  UNIQUE KEY pq_question (paper_id, question_id),
  KEY pq_by_question (question_id),
  CONSTRAINT pq_paper FOREIGN KEY (paper_id) REFERENCES paper (id),
  CONSTRAINT pq_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE=InnoDB;

-- A random paper's rules: n questions of a kind, optionally of a course,
-- a knowledge point and a difficulty, each worth points. Rules are drawn
-- in order; a question drawn by one rule is not drawn again.
CREATE TABLE paper_rule (
  paper_id     INT UNSIGNED NOT NULL,
  position     SMALLINT UNSIGNED NOT NULL,
  kind         ENUM('single','multiple','truefalse','fill','short') NOT NULL,
  course_id    INT UNSIGNED NULL,
  point        VARCHAR(100) NULL,
  difficulty   TINYINT UNSIGNED NULL,
  n            SMALLINT UNSIGNED NOT NULL,
  points       INT UNSIGNED NOT NULL,
  PRIMARY KEY (paper_id, position),
  CONSTRAINT pr_paper FOREIGN KEY (paper_id) REFERENCES paper (id),
  CONSTRAINT pr_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An exam sits a paper in an open window with a time limit. With a
-- course_id it is that course's assessment: passing it completes the course.
-- attempts are the regular tries; after the last of them fails, makeups
-- (补考, at most 2) more may be started within makeup_days of that fail,
-- window or not. onboarding: each learner's deadline is the exam_due_at of
-- their onboarding plan (assignment_person) when they have one.
CREATE TABLE exam (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  paper_id         INT UNSIGNED NOT NULL,
  course_id        INT UNSIGNED NULL,
  title            VARCHAR(200) NOT NULL,
  instructions     TEXT NULL,
  opens_at         DATETIME NOT NULL,
  closes_at        DATETIME NOT NULL,
  minutes          SMALLINT UNSIGNED NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  attempts         TINYINT UNSIGNED NOT NULL DEFAULT 1 CHECK (attempts BETWEEN 1 AND 10),
  makeups          TINYINT UNSIGNED NOT NULL DEFAULT 2 CHECK (makeups <= 2),
  makeup_days      SMALLINT UNSIGNED NOT NULL DEFAULT 14,
  shuffle_questions TINYINT(1) NOT NULL DEFAULT 1,
  shuffle_options  TINYINT(1) NOT NULL DEFAULT 1,
  onboarding       TINYINT(1) NOT NULL DEFAULT 0,
  -- auto: a learner sees the result once graded; manual: once published.
  results          ENUM('auto','manual') NOT NULL DEFAULT 'auto',
  published_at     DATETIME NULL,
  -- Who sits it: the course's enrolled learners when course_id is set,
  -- else everyone signed in (an audience may narrow it later).
  created_by       INT UNSIGNED NOT NULL,
  created_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at       DATETIME NULL,
  KEY exam_window (closes_at, opens_at),
  KEY exam_course (course_id),
  CONSTRAINT exam_paper FOREIGN KEY (paper_id) REFERENCES paper (id),
  CONSTRAINT exam_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT exam_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One try. ends_at is fixed at the start (the time limit, never past the
-- window's close for regular tries): the clock runs whether the learner is
-- there or not. open is 1 while in progress and NULL after, so the unique
-- key allows one attempt in progress per learner across all exams.
CREATE TABLE attempt (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  exam_id       INT UNSIGNED NOT NULL,
  account_id    INT UNSIGNED NOT NULL,
  seq           TINYINT UNSIGNED NOT NULL,
  makeup        TINYINT(1) NOT NULL DEFAULT 0,
  started_at    DATETIME(3) NOT NULL,
  ends_at       DATETIME(3) NOT NULL,
  open          TINYINT(1) NULL DEFAULT 1,
  submitted_at  DATETIME(3) NULL,
  submitted_by  ENUM('learner','time') NULL,
  -- submitted: waits for a person to mark short answers; graded: final.
  state         ENUM('open','submitted','graded') NOT NULL DEFAULT 'open',
  score         INT UNSIGNED NULL,
  passed        TINYINT(1) NULL,
  graded_at     DATETIME NULL,
  UNIQUE KEY attempt_seq (exam_id, account_id, seq),
  UNIQUE KEY attempt_one_open (account_id, open),
  KEY attempt_state (exam_id, state),
  KEY attempt_due (open, ends_at),
  CONSTRAINT attempt_exam FOREIGN KEY (exam_id) REFERENCES exam (id),
  CONSTRAINT attempt_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- The attempt's questions in the order this learner sees them; options_order
-- lists the original option letters in shown order ("CADB": shown A is the
-- question's C). answer is kept in the question's own letters, as grade.h
-- reads it. auto_score is grade()'s mark; mark is a person's (short answers,
-- or a changed mark), with their comment.
CREATE TABLE attempt_item (
  attempt_id    INT UNSIGNED NOT NULL,
  position      SMALLINT UNSIGNED NOT NULL,
  question_id   INT UNSIGNED NOT NULL,
  points        INT UNSIGNED NOT NULL,
  options_order VARCHAR(16) NULL,
  answer        VARCHAR(4000) NULL,
  saved_at      DATETIME(3) NULL,
  auto_score    INT UNSIGNED NULL,
  mark          INT UNSIGNED NULL,
  comment       VARCHAR(1000) NULL,
  marked_by     INT UNSIGNED NULL,
  marked_at     DATETIME NULL,
  PRIMARY KEY (attempt_id, position),
  KEY ai_question (question_id),
  CONSTRAINT ai_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
  CONSTRAINT ai_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT ai_marker FOREIGN KEY (marked_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened in an attempt, for the lecturer: starts, resumes, saves
-- (with the receipt the learner saw), leaves, refusals and the submit.
CREATE TABLE attempt_log (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  attempt_id  INT UNSIGNED NOT NULL,
  at          DATETIME(3) NOT NULL,
  event       ENUM('start','resume','save','leave','refused','submit','timeout','mark') NOT NULL,
  position    SMALLINT UNSIGNED NULL,
  detail      VARCHAR(200) NULL,
  ip          VARCHAR(45) NULL,
  KEY log_attempt (attempt_id, id),
  CONSTRAINT log_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A learner's standing on an exam, kept as attempts are graded: the best
-- score, when they passed, when their last regular try or make-up failed
-- (the make-up period runs from there), and flagged_at once the last
-- make-up failed too (for HR).
CREATE TABLE exam_standing (
  exam_id      INT UNSIGNED NOT NULL,
  account_id   INT UNSIGNED NOT NULL,
  tries        TINYINT UNSIGNED NOT NULL DEFAULT 0,
  best         INT UNSIGNED NULL,
  passed_at    DATETIME NULL,
  failed_at    DATETIME NULL,
  flagged_at   DATETIME NULL,
  PRIMARY KEY (exam_id, account_id),
  KEY standing_flagged (flagged_at),
  KEY standing_learner (account_id),
  CONSTRAINT standing_exam FOREIGN KEY (exam_id) REFERENCES exam (id),
  CONSTRAINT standing_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;
