-- Self-registration (实名注册): what a person gave when they asked for an
-- account, and the admin's decision. The account itself waits as 'pending'.
CREATE TABLE registration (
  account_id   INT UNSIGNED NOT NULL PRIMARY KEY,
  -- Resident identity card number, check digit verified at the edge.
  id_no        CHAR(18) CHARACTER SET ascii NOT NULL,
  created_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  from_addr    VARCHAR(45) CHARACTER SET ascii NOT NULL,
  decided_by   INT UNSIGNED NULL,
  decided_at   DATETIME NULL,
  reason       VARCHAR(200) NULL,
  UNIQUE KEY registration_id_no (id_no),
  -- The queue is the undecided ones, oldest first.
  KEY registration_queue (decided_at, created_at),
  CONSTRAINT registration_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT registration_decider FOREIGN KEY (decided_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
