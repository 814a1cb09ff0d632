-- 005_micro.sql - micro-courses (微课): a staff member's short video with its quiz, the
-- reviewers' score sheets on the 100-point rubric (附件1 of the online-learning rules) and
-- the monthly allowance (个人开发微课津贴 = base × score / 100).
--
-- Lifecycle: submitted (waiting for review; reviewers add and revise their sheets)
--   → published (a reviewer publishes it once it holds at least one sheet: the final score
--     and the allowance are fixed then, and every signed-in person can watch it)
--   → or returned (a reviewer sends it back with a reason; it stays with its author).
--
-- Final score: the mean of the reviewers' sheet totals, kept in hundredths of a point and
-- rounded half up: score_centi = (200 × Σtotal + n) DIV (2n). It is recomputed with every
-- sheet saved and frozen at publication.
-- Allowance: in fen (分), computed at publication from the micro_base (yuan) then
-- configured: allowance_fen = (base × score_centi + 50) DIV 100, i.e. base × score / 100
-- yuan rounded half up to the fen; the base is kept with it so a later change of the
-- configuration does not rewrite a month already paid.
-- Month: the allowance falls in the month of publication in the configured time zone
-- (pay_month, 'YYYY-MM'); the author's department at upload (dept_id) is credited, even
-- if the author moves later.

CREATE TABLE micro (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title          VARCHAR(200) NOT NULL,
  summary        VARCHAR(2000) NOT NULL,
  author_id      INT UNSIGNED NOT NULL,
  dept_id        INT UNSIGNED NOT NULL,
  file_id        INT UNSIGNED NOT NULL,
  -- Playing time when the format tells it (MP4, MOV); NULL for MPEG.
  seconds        INT UNSIGNED NULL CHECK (seconds <= 480),
  status         ENUM('submitted','published','returned') NOT NULL DEFAULT 'submitted',
  reason         VARCHAR(500) NULL,
  sheets         INT UNSIGNED NOT NULL DEFAULT 0,
  score_centi    SMALLINT UNSIGNED NULL CHECK (score_centi <= 10000),
  base_yuan      INT UNSIGNED NULL,
  allowance_fen  INT UNSIGNED NULL,
  -- Month uploaded (the queue's filter) and month the allowance is paid in.
  upload_month   CHAR(7) CHARACTER SET ascii NOT NULL,
  pay_month      CHAR(7) CHARACTER SET ascii NULL,
  decided_by     INT UNSIGNED NULL,
  decided_at     DATETIME NULL,
  created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY micro_status (status, id),
  KEY micro_upload (upload_month, status, id),
  KEY micro_pay (pay_month, status),
  KEY micro_author (author_id, id),
  CONSTRAINT micro_author FOREIGN KEY (author_id) REFERENCES account (id),
  CONSTRAINT micro_dept FOREIGN KEY (dept_id) REFERENCES dept (id),
  CONSTRAINT micro_file FOREIGN KEY (file_id) REFERENCES file (id),
  CONSTRAINT micro_decider FOREIGN KEY (decided_by) REFERENCES account (id),
  CONSTRAINT micro_published CHECK (status <> 'published' OR (score_centi IS NOT NULL
    AND allowance_fen IS NOT NULL AND pay_month IS NOT NULL)),
  CONSTRAINT micro_returned CHECK (status <> 'returned' OR reason IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The quiz the author provides (考核试题与答案), in order.
CREATE TABLE micro_question (
  micro_id  INT UNSIGNED NOT NULL,
  pos       TINYINT UNSIGNED NOT NULL,
  question  VARCHAR(500) NOT NULL,
  answer    VARCHAR(1000) NOT NULL,
  PRIMARY KEY (micro_id, pos),
  CONSTRAINT question_micro FOREIGN KEY (micro_id) REFERENCES micro (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One sheet per reviewer per micro-course, revised in place. Each rubric item is its own
-- column bounded by its maximum; the total is derived, so it cannot disagree with them.
-- 选题内容 40 = 目标明确 5 + 选题实用 20 + 内容合理 15;
-- 教学设计 30 = 命名规范 5 + 教学过程 10 + 要点结构 10 + 创意性 5;
-- 教学呈现 20 = 画面要素 10 + 声音效果 10; 作品规范 10 = 技术规范 5 + 材料完整 5.
CREATE TABLE micro_sheet (
  micro_id     INT UNSIGNED NOT NULL,
  reviewer_id  INT UNSIGNED NOT NULL,
  goal         TINYINT UNSIGNED NOT NULL CHECK (goal <= 5),
  practical    TINYINT UNSIGNED NOT NULL CHECK (practical <= 20),
  content      TINYINT UNSIGNED NOT NULL CHECK (content <= 15),
  naming       TINYINT UNSIGNED NOT NULL CHECK (naming <= 5),
  process      TINYINT UNSIGNED NOT NULL CHECK (process <= 10),
  structure    TINYINT UNSIGNED NOT NULL CHECK (structure <= 10),
  creative     TINYINT UNSIGNED NOT NULL CHECK (creative <= 5),
  visual       TINYINT UNSIGNED NOT NULL CHECK (visual <= 10),
  sound        TINYINT UNSIGNED NOT NULL CHECK (sound <= 10),
  tech         TINYINT UNSIGNED NOT NULL CHECK (tech <= 5),
  material     TINYINT UNSIGNED NOT NULL CHECK (material <= 5),
  total        TINYINT UNSIGNED AS (goal + practical + content + naming + process
                 + structure + creative + visual + sound + tech + material) PERSISTENT,
  comment      VARCHAR(500) NULL,
  created_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (micro_id, reviewer_id),
  KEY sheet_reviewer (reviewer_id),
  CONSTRAINT sheet_micro FOREIGN KEY (micro_id) REFERENCES micro (id),
  CONSTRAINT sheet_reviewer FOREIGN KEY (reviewer_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
