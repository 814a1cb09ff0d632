-- 015_surveys.sql - surveys and votes (问卷与投票), the satisfaction survey after a course
-- (满意度调查), their questions and their answers, named or anonymous.

-- A survey belongs to a course (its builders run it, its enrolled learners
-- answer it), to a department (whoever governs that department's subtree runs
-- it, the people in the subtree answer it) or, with neither, to the whole
-- organisation (the platform admin runs it, everyone signed in answers it).
CREATE TABLE survey (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title         VARCHAR(200) NOT NULL,
  intro         TEXT NULL,
  kind          ENUM('survey','vote','satisfaction') NOT NULL DEFAULT 'survey',
  course_id     INT UNSIGNED NULL,
  dept_id       INT UNSIGNED NULL,
  -- Anonymous: the answers cannot be traced to a person (see survey_response).
  anonymous     TINYINT(1) NOT NULL DEFAULT 0,
  -- Respondents see the results once they have answered (usual for votes).
  show_results  TINYINT(1) NOT NULL DEFAULT 0,
  -- The window, UTC; either end may be open.
  opens_at      DATETIME NULL,
  closes_at     DATETIME NULL,
  state         ENUM('draft','open','closed') NOT NULL DEFAULT 'draft',
  -- How many have answered, counted in the answer's own transaction. Its
  -- row is locked by every answer and every change of the questions, so
  -- questions never change under an answer being written.
  responses     INT UNSIGNED NOT NULL DEFAULT 0,
  created_by    INT UNSIGNED NOT NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deleted_at    DATETIME NULL,
  -- What survey_response's foreign key refers to: the survey and whether
  -- it is anonymous, so that flag cannot change once someone has answered.
  UNIQUE KEY survey_anonymity (id, anonymous),
  KEY survey_course (course_id),
  KEY survey_dept (dept_id),
  KEY survey_open (state, deleted_at),
  CONSTRAINT survey_one_owner CHECK (course_id IS NULL OR dept_id IS NULL),
  CONSTRAINT survey_window CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at),
  CONSTRAINT survey_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT survey_dept FOREIGN KEY (dept_id) REFERENCES dept (id),
  CONSTRAINT survey_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The questions in order. Choices are the non-blank lines of options;
-- noptions counts them (at most 20: an answer keeps its choices as bits).
CREATE TABLE survey_question (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  survey_id  INT UNSIGNED NOT NULL,
  pos        SMALLINT UNSIGNED NOT NULL,
  kind       ENUM('single','multiple','rating','text') NOT NULL,
  text       VARCHAR(500) NOT NULL,
  required   TINYINT(1) NOT NULL DEFAULT 1,
  options    TEXT NULL,
  noptions   TINYINT UNSIGNED NOT NULL DEFAULT 0 CHECK (noptions <= 20),
  KEY survey_question_order (survey_id, pos),
  CONSTRAINT survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who has answered a survey, named or anonymous: one row per person, which
-- the primary key makes race-safe (a second answer finds it and is refused).
-- Deliberately nothing else: no response id, no time, no counter. Together
-- with survey_response having no time and a random id for anonymous surveys,
-- nothing orders or joins this table against the answers, so for an
-- anonymous survey it tells who answered but never what they answered.
-- (Rows are clustered by account, not by arrival, either.) Outside the tables
-- only the server's own logs keep the order of statements: the general query
-- log and the binary log, where enabled, must be held as tightly as the data;
-- InnoDB's hidden transaction ids on rows are reset once purged (MariaDB 10.3+).
CREATE TABLE survey_respondent (
  survey_id   INT UNSIGNED NOT NULL,
  account_id  INT UNSIGNED NOT NULL,
  PRIMARY KEY (survey_id, account_id),
  KEY survey_respondent_account (account_id),
  CONSTRAINT survey_respondent_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
  CONSTRAINT survey_respondent_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- One filled-in form. The id is random, never AUTO_INCREMENT: a counter
-- would give the order of arrival, which other time-ordered records (the
-- sessions' last activity, a points ledger) could match to people. A named
-- response carries its account and time; an anonymous one neither, which
-- the check enforces against the survey's own flag (held by the foreign key
-- to survey (id, anonymous)).
CREATE TABLE survey_response (
  id            BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  survey_id     INT UNSIGNED NOT NULL,
  anonymous     TINYINT(1) NOT NULL,
  account_id    INT UNSIGNED NULL,
  submitted_at  DATETIME NULL,
  UNIQUE KEY survey_response_once (survey_id, account_id),
  KEY survey_response_account (account_id),
  CONSTRAINT survey_response_named CHECK (
    (anonymous = 0 AND account_id IS NOT NULL AND submitted_at IS NOT NULL) OR
    (anonymous = 1 AND account_id IS NULL AND submitted_at IS NULL)),
  CONSTRAINT survey_response_survey FOREIGN KEY (survey_id, anonymous)
    REFERENCES survey (id, anonymous),
  CONSTRAINT survey_response_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- One answer per response and question, by the question's kind: the
-- choices as bits (bit 0 the first option; one bit for a single choice),
-- a rating of 1 to 5, or text. An optional question left out has no row.
CREATE TABLE survey_answer (
  response_id  BIGINT UNSIGNED NOT NULL,
  question_id  INT UNSIGNED NOT NULL,
  choices      INT UNSIGNED NULL,
  rating       TINYINT UNSIGNED NULL CHECK (rating BETWEEN 1 AND 5),
  body         TEXT NULL,
  PRIMARY KEY (response_id, question_id),
  KEY survey_answer_question (question_id),
  CONSTRAINT survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
  CONSTRAINT survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The numbers 1 to 20, one per choice or rating a bar chart counts.
CREATE TABLE survey_slot (
  n  TINYINT UNSIGNED NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO survey_slot (n) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10),
  (11), (12), (13), (14), (15), (16), (17), (18), (19), (20);

-- The standard satisfaction survey (满意度调查) a course gets in one action.
CREATE TABLE survey_template (
  template  VARCHAR(32) CHARACTER SET ascii NOT NULL,
  pos       SMALLINT UNSIGNED NOT NULL,
  kind      ENUM('single','multiple','rating','text') NOT NULL,
  text      VARCHAR(500) NOT NULL,
  required  TINYINT(1) NOT NULL,
  PRIMARY KEY (template, pos)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO survey_template (template, pos, kind, text, required) VALUES
  ('satisfaction', 1, 'rating', '课程内容', 1),
  ('satisfaction', 2, 'rating', '讲师水平', 1),
  ('satisfaction', 3, 'rating', '组织安排', 1),
  ('satisfaction', 4, 'rating', '收获程度', 1),
  ('satisfaction', 5, 'text', '意见建议', 0);
