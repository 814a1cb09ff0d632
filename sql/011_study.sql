-- 011_study.sql - study time (学时): raw intervals as the pages reported them, the totals
-- they add up to, and each learner's last report, which keeps two tabs from counting twice.

-- One credited stretch of study; the intervals of one learner never overlap,
-- so their sum is the time spent and totals can always be recomputed.
CREATE TABLE study_interval (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  INT UNSIGNED NOT NULL,
  lesson_id   INT UNSIGNED NOT NULL,
  started_at  DATETIME(3) NOT NULL,
  ended_at    DATETIME(3) NOT NULL,
  -- Milliseconds credited: ended_at - started_at.
  ms          INT UNSIGNED NOT NULL,
  -- Where it came from: the portal's heartbeat or a mobile page view.
  source      ENUM('beat','view') NOT NULL,
  KEY interval_learner (account_id, lesson_id),
  CONSTRAINT interval_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT interval_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE=InnoDB;

CREATE TABLE study_time (
  account_id  INT UNSIGNED NOT NULL,
  lesson_id   INT UNSIGNED NOT NULL,
  ms          BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, lesson_id),
  KEY study_lesson (lesson_id),
  CONSTRAINT study_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT study_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE=InnoDB;

-- The end of the learner's last credited stretch, on any lesson in any tab,
-- and the lesson a phone last opened, which the next page view credits.
CREATE TABLE study_clock (
  account_id  INT UNSIGNED NOT NULL PRIMARY KEY,
  last_at     DATETIME(3) NOT NULL,
  viewed_id   INT UNSIGNED NULL,
  CONSTRAINT clock_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;
