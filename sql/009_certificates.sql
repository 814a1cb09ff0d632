-- 009_certificates.sql - certificates (结业证书): one per learner and course, issued on
-- completion under a random number that anyone may verify.
CREATE TABLE certificate (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number      CHAR(19) CHARACTER SET ascii NOT NULL,
  account_id  INT UNSIGNED NOT NULL,
  course_id   INT UNSIGNED NOT NULL,
  credits     DECIMAL(5,1) NOT NULL,
  hours       DECIMAL(6,1) NOT NULL,
  -- The assessment's score, once courses have exams.
  score       DECIMAL(5,1) NULL,
  issued_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY certificate_number (number),
  UNIQUE KEY certificate_once (account_id, course_id),
  KEY certificate_course (course_id),
  CONSTRAINT certificate_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT certificate_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB;
