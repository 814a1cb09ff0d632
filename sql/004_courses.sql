-- 004_courses.sql - the course catalogue: categories, courses with their lecturers and
-- audience, chapters and lessons, review and history, the recycle bin, stored files,
-- ratings and comments.

-- Stored files: the bytes live outside any served path under their SHA-256,
-- so the same upload twice is stored once.
CREATE TABLE file (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sha256      CHAR(64) CHARACTER SET ascii NOT NULL,
  size        BIGINT UNSIGNED NOT NULL,
  -- What the content is (sniffed, not believed from the name).
  kind        ENUM('pdf','office','video','image','archive','text') NOT NULL,
  mime        VARCHAR(100) CHARACTER SET ascii NOT NULL,
  name        VARCHAR(255) NOT NULL,
  -- Seconds of playing time, for videos whose length could be read.
  seconds     INT UNSIGNED NULL,
  created_by  INT UNSIGNED NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY file_sha (sha256),
  CONSTRAINT file_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Category tree, with the same materialised path as departments.
CREATE TABLE category (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parent_id   INT UNSIGNED NULL,
  name        VARCHAR(100) NOT NULL,
  path        VARCHAR(400) CHARACTER SET ascii NOT NULL,
  pos         INT NOT NULL DEFAULT 0,
  UNIQUE KEY category_sibling_name (parent_id, name),
  KEY category_path (path),
  CONSTRAINT category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE course
  ADD COLUMN category_id  INT UNSIGNED NULL AFTER id,
  ADD COLUMN objectives   TEXT NULL AFTER summary,
  ADD COLUMN outline      TEXT NULL AFTER objectives,
  ADD COLUMN assessment   TEXT NULL AFTER outline,
  ADD COLUMN cover_id     INT UNSIGNED NULL AFTER assessment,
  ADD COLUMN mode         ENUM('online','offline','live') NOT NULL DEFAULT 'online' AFTER hours,
  ADD COLUMN starts_at    DATETIME NULL AFTER mode,
  ADD COLUMN place        VARCHAR(200) NULL AFTER starts_at,
  ADD COLUMN live_url     VARCHAR(500) NULL AFTER place,
  ADD COLUMN owner_id     INT UNSIGNED NULL,
  ADD COLUMN version      INT UNSIGNED NOT NULL DEFAULT 1,
  ADD COLUMN learners     INT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN rating_sum   INT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN rating_n     INT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN deleted_at   DATETIME NULL,
  ADD COLUMN deleted_by   INT UNSIGNED NULL,
  ADD COLUMN updated_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  ADD KEY course_category (category_id, status),
  ADD KEY course_popular (status, learners),
  ADD KEY course_deleted (deleted_at),
  ADD CONSTRAINT course_category FOREIGN KEY (category_id) REFERENCES category (id),
  ADD CONSTRAINT course_cover FOREIGN KEY (cover_id) REFERENCES file (id),
  ADD CONSTRAINT course_owner FOREIGN KEY (owner_id) REFERENCES account (id),
  ADD CONSTRAINT course_deleter FOREIGN KEY (deleted_by) REFERENCES account (id);

CREATE TABLE course_lecturer (
  course_id   INT UNSIGNED NOT NULL,
  account_id  INT UNSIGNED NOT NULL,
  PRIMARY KEY (course_id, account_id),
  KEY lecturer_courses (account_id),
  CONSTRAINT lecturer_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT lecturer_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- Who a course is for; no rows means everyone. A department includes its subtree.
CREATE TABLE course_audience (
  course_id  INT UNSIGNED NOT NULL,
  kind       ENUM('dept','post','group') NOT NULL,
  ref_id     INT UNSIGNED NOT NULL,
  PRIMARY KEY (course_id, kind, ref_id),
  KEY audience_ref (kind, ref_id),
  CONSTRAINT audience_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB;

CREATE TABLE chapter (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id  INT UNSIGNED NOT NULL,
  pos        INT NOT NULL,
  title      VARCHAR(200) NOT NULL,
  KEY chapter_course (course_id, pos),
  CONSTRAINT chapter_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lesson (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  chapter_id  INT UNSIGNED NOT NULL,
  pos         INT NOT NULL,
  title       VARCHAR(200) NOT NULL,
  kind        ENUM('video','document','courseware','text','link') NOT NULL,
  file_id     INT UNSIGNED NULL,
  -- Rich text, already sanitised to the safe subset when saved.
  body        MEDIUMTEXT NULL,
  url         VARCHAR(500) NULL,
  required    TINYINT(1) NOT NULL DEFAULT 1,
  minutes     INT UNSIGNED NOT NULL DEFAULT 0,
  KEY lesson_chapter (chapter_id, pos),
  CONSTRAINT lesson_chapter FOREIGN KEY (chapter_id) REFERENCES chapter (id),
  CONSTRAINT lesson_file FOREIGN KEY (file_id) REFERENCES file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every transition of the lifecycle, with who did it and why.
CREATE TABLE course_review (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id  INT UNSIGNED NOT NULL,
  at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  by_id      INT UNSIGNED NOT NULL,
  from_state VARCHAR(16) CHARACTER SET ascii NOT NULL,
  to_state   VARCHAR(16) CHARACTER SET ascii NOT NULL,
  reason     VARCHAR(500) NULL,
  KEY review_course (course_id, id),
  CONSTRAINT review_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT review_by FOREIGN KEY (by_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The course as it was before each edit of a published version.
CREATE TABLE course_history (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id  INT UNSIGNED NOT NULL,
  version    INT UNSIGNED NOT NULL,
  at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  by_id      INT UNSIGNED NOT NULL,
  snapshot   JSON NOT NULL,
  UNIQUE KEY history_version (course_id, version),
  CONSTRAINT history_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT history_by FOREIGN KEY (by_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One rating per learner per course; the course keeps the running sum.
CREATE TABLE course_rating (
  course_id   INT UNSIGNED NOT NULL,
  account_id  INT UNSIGNED NOT NULL,
  stars       TINYINT UNSIGNED NOT NULL CHECK (stars BETWEEN 1 AND 5),
  comment     VARCHAR(500) NULL,
  at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (course_id, account_id),
  CONSTRAINT rating_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT rating_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course_comment (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id   INT UNSIGNED NOT NULL,
  account_id  INT UNSIGNED NOT NULL,
  body        VARCHAR(1000) NOT NULL,
  at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY comment_course (course_id, id),
  CONSTRAINT comment_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT comment_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
