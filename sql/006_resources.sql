-- 006_resources.sql - the resource library (资源库): files shared for everyone to download,
-- classified in the course category tree, reviewed and published, updated with every
-- earlier version kept, and deleted softly to be restored by the admin.
--
-- Lifecycle (cgi-bin/resource_state.c holds the table of moves):
--   draft → review (its uploader or the admin submits) → published (the admin approves)
--   review → returned (the admin returns it with a reason) → review (submitted again)
--   review → draft (withdrawn); published → returned (the admin takes it down, with a reason).
-- Updates: every change of the metadata or the file keeps the version before it as a
-- resource_version row and counts the version up. A published resource changed by its
-- lecturer goes back to review (the approved content changed); the admin, who reviews,
-- changes a published one in place.
-- Who may see it: published and not deleted, every signed-in person (no audience); its
-- uploader and the admin always. Downloads count only for published resources.
-- For points later (SPEC §7 "share a document"): uploader_id and created_at say who shared
-- what and when; published_at when it became visible to everyone.

CREATE TABLE resource (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title        VARCHAR(200) NOT NULL,
  summary      VARCHAR(2000) NOT NULL DEFAULT '',
  -- NULL once its category is deleted (the tree editor removes only empty ones).
  category_id  INT UNSIGNED NULL,
  file_id      INT UNSIGNED NOT NULL,
  uploader_id  INT UNSIGNED NOT NULL,
  status       ENUM('draft','review','published','returned') NOT NULL DEFAULT 'draft',
  -- Why the admin returned it; kept until it is submitted again.
  reason       VARCHAR(500) NULL,
  version      INT UNSIGNED NOT NULL DEFAULT 1,
  -- Who made the current version and when (the uploader for version 1).
  version_by   INT UNSIGNED NOT NULL,
  version_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  downloads    INT UNSIGNED NOT NULL DEFAULT 0,
  published_at DATETIME NULL,
  reviewed_by  INT UNSIGNED NULL,
  deleted_at   DATETIME NULL,
  deleted_by   INT UNSIGNED NULL,
  created_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  -- The learners' lists: newest and most downloaded, walked in order.
  KEY resource_new (status, deleted_at, published_at),
  KEY resource_popular (status, deleted_at, downloads),
  KEY resource_category (category_id, status),
  -- A lecturer's own list; the back office's status filter.
  KEY resource_uploader (uploader_id, id),
  KEY resource_status (status, id),
  KEY resource_deleted (deleted_at),
  CONSTRAINT resource_category FOREIGN KEY (category_id) REFERENCES category (id)
    ON DELETE SET NULL,
  CONSTRAINT resource_file FOREIGN KEY (file_id) REFERENCES file (id),
  CONSTRAINT resource_uploader FOREIGN KEY (uploader_id) REFERENCES account (id),
  CONSTRAINT resource_version_by FOREIGN KEY (version_by) REFERENCES account (id),
  CONSTRAINT resource_reviewer FOREIGN KEY (reviewed_by) REFERENCES account (id),
  CONSTRAINT resource_deleter FOREIGN KEY (deleted_by) REFERENCES account (id),
  CONSTRAINT resource_returned CHECK (status <> 'returned' OR reason IS NOT NULL),
  CONSTRAINT resource_deleted_by CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every earlier version as it was: its file and metadata, who made it and when. The
-- current version lives in resource itself.
CREATE TABLE resource_version (
  resource_id  INT UNSIGNED NOT NULL,
  version      INT UNSIGNED NOT NULL,
  title        VARCHAR(200) NOT NULL,
  summary      VARCHAR(2000) NOT NULL,
  category_id  INT UNSIGNED NULL,
  file_id      INT UNSIGNED NOT NULL,
  made_by      INT UNSIGNED NOT NULL,
  made_at      DATETIME NOT NULL,
  -- Who replaced it by the next version, and when.
  replaced_by  INT UNSIGNED NOT NULL,
  replaced_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (resource_id, version),
  CONSTRAINT version_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
  CONSTRAINT version_category FOREIGN KEY (category_id) REFERENCES category (id)
    ON DELETE SET NULL,
  CONSTRAINT version_file FOREIGN KEY (file_id) REFERENCES file (id),
  CONSTRAINT version_made_by FOREIGN KEY (made_by) REFERENCES account (id),
  CONSTRAINT version_replaced_by FOREIGN KEY (replaced_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
