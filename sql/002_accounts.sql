-- 002_accounts.sql - departments, posts, groups, accounts with roles and scope,
-- sessions, one-time reset tokens, registrations, imports and the audit chain.

-- path is the chain of ids from the root, '/1/4/': a scope check is a
-- prefix match on an index, and a subtree move rewrites one prefix.
CREATE TABLE dept (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parent_id    INT UNSIGNED NULL,
  name         VARCHAR(100) NOT NULL,
  path         VARCHAR(400) CHARACTER SET ascii NOT NULL,
  active       TINYINT(1) NOT NULL DEFAULT 1,
  merged_into  INT UNSIGNED NULL,
  created_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY dept_sibling_name (parent_id, name),
  KEY dept_path (path),
  CONSTRAINT dept_parent FOREIGN KEY (parent_id) REFERENCES dept (id),
  CONSTRAINT dept_merged FOREIGN KEY (merged_into) REFERENCES dept (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The root is the organisation itself; every account sits somewhere below.
INSERT INTO dept (id, parent_id, name, path) VALUES (1, NULL, '总部', '/1/');

CREATE TABLE post (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  active      TINYINT(1) NOT NULL DEFAULT 1,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY post_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A group or class belongs to a department, which scopes who manages it.
CREATE TABLE grp (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  kind        ENUM('group','class') NOT NULL DEFAULT 'group',
  dept_id     INT UNSIGNED NOT NULL DEFAULT 1,
  active      TINYINT(1) NOT NULL DEFAULT 1,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY grp_name (name),
  CONSTRAINT grp_dept FOREIGN KEY (dept_id) REFERENCES dept (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login          VARCHAR(64) CHARACTER SET ascii NOT NULL,
  name           VARCHAR(64) NOT NULL,
  emp_no         VARCHAR(32) NULL,
  dept_id        INT UNSIGNED NOT NULL,
  post_id        INT UNSIGNED NULL,
  email          VARCHAR(254) NULL,
  phone          VARCHAR(20) NULL,
  email_bound_at DATETIME NULL,
  phone_bound_at DATETIME NULL,
  pw_hash        VARCHAR(160) CHARACTER SET ascii NOT NULL,
  must_change    TINYINT(1) NOT NULL DEFAULT 1,
  status         ENUM('active','suspended','pending','rejected') NOT NULL DEFAULT 'active',
  muted          TINYINT(1) NOT NULL DEFAULT 0,
  failed_logins  SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  locked_until   DATETIME NULL,
  created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY account_login (login),
  UNIQUE KEY account_emp_no (emp_no),
  KEY account_dept (dept_id, status, id),
  KEY account_post (post_id),
  KEY account_name (name),
  CONSTRAINT account_dept FOREIGN KEY (dept_id) REFERENCES dept (id),
  CONSTRAINT account_post FOREIGN KEY (post_id) REFERENCES post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every account is a learner; these are the roles on top. Head and officer
-- carry the department they govern (with its subtree).
CREATE TABLE account_role (
  account_id  INT UNSIGNED NOT NULL,
  role        ENUM('admin','head','officer','mentor','lecturer') NOT NULL,
  dept_id     INT UNSIGNED NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT role_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT role_dept FOREIGN KEY (dept_id) REFERENCES dept (id),
  CONSTRAINT role_scope CHECK ((role IN ('head','officer')) = (dept_id IS NOT NULL))
) ENGINE=InnoDB;

CREATE TABLE account_group (
  account_id  INT UNSIGNED NOT NULL,
  grp_id      INT UNSIGNED NOT NULL,
  PRIMARY KEY (account_id, grp_id),
  KEY account_group_grp (grp_id),
  CONSTRAINT ag_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ag_grp FOREIGN KEY (grp_id) REFERENCES grp (id)
) ENGINE=InnoDB;

CREATE TABLE mentorship (
  mentor_id      INT UNSIGNED NOT NULL,
  apprentice_id  INT UNSIGNED NOT NULL,
  started_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (mentor_id, apprentice_id),
  KEY mentorship_apprentice (apprentice_id),
  CONSTRAINT ms_mentor FOREIGN KEY (mentor_id) REFERENCES account (id),
  CONSTRAINT ms_apprentice FOREIGN KEY (apprentice_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- Where a person sat and when they moved: department, post, group.
CREATE TABLE placement_history (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  INT UNSIGNED NOT NULL,
  kind        ENUM('dept','post','group_in','group_out') NOT NULL,
  from_id     INT UNSIGNED NULL,
  to_id       INT UNSIGNED NULL,
  at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  by_id       INT UNSIGNED NULL,
  KEY placement_account (account_id, at),
  CONSTRAINT ph_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- Only a hash of the cookie's token is stored: a copy of this table does
-- not sign anyone in.
CREATE TABLE session (
  token_hash  BINARY(32) NOT NULL PRIMARY KEY,
  account_id  INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  seen_at     DATETIME NOT NULL,
  KEY session_account (account_id),
  KEY session_seen (seen_at),
  CONSTRAINT session_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

CREATE TABLE reset_token (
  token_hash  BINARY(32) NOT NULL PRIMARY KEY,
  account_id  INT UNSIGNED NOT NULL,
  expires_at  DATETIME NOT NULL,
  used_at     DATETIME NULL,
  CONSTRAINT reset_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- A validated upload waiting for its confirmation.
CREATE TABLE import_batch (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  by_id       INT UNSIGNED NOT NULL,
  rows_ok     INT UNSIGNED NOT NULL,
  body        MEDIUMTEXT NOT NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  done_at     DATETIME NULL,
  CONSTRAINT import_by FOREIGN KEY (by_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: each row's hash covers its content and the previous hash,
-- so a changed or removed row breaks the chain from there on.
CREATE TABLE audit (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME NOT NULL,
  actor_id    INT UNSIGNED NULL,
  addr        VARCHAR(45) CHARACTER SET ascii NOT NULL,
  action      VARCHAR(40) CHARACTER SET ascii NOT NULL,
  object      VARCHAR(20) CHARACTER SET ascii NOT NULL,
  object_id   INT UNSIGNED NULL,
  before_val  TEXT NULL,
  after_val   TEXT NULL,
  prev_hash   CHAR(64) CHARACTER SET ascii NOT NULL,
  hash        CHAR(64) CHARACTER SET ascii NOT NULL,
  KEY audit_at (at),
  KEY audit_actor (actor_id, id),
  KEY audit_object (object, object_id, id),
  KEY audit_action (action, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit is append-only';
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit is append-only';

-- The newest hash, in one row: locking it orders concurrent appends.
CREATE TABLE audit_head (
  id    TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  hash  CHAR(64) CHARACTER SET ascii NOT NULL
) ENGINE=InnoDB;
INSERT INTO audit_head (id, hash) VALUES (1, REPEAT('0', 64));
