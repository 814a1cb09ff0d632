-- 001_foundation.sql - the organisation, announcements and the course catalogue's first shape.
CREATE TABLE org (
  id          INT UNSIGNED NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  updated_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO org (id, name) VALUES (1, '学习平台');

CREATE TABLE announcement (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title         VARCHAR(200) NOT NULL,
  body          TEXT NOT NULL,
  published_at  DATETIME NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY announcement_published (published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE course (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  summary       TEXT NOT NULL,
  kind          ENUM('external','general','post') NOT NULL DEFAULT 'general',
  required      TINYINT(1) NOT NULL DEFAULT 0,
  credits       DECIMAL(5,1) NOT NULL DEFAULT 0 CHECK (credits >= 0),
  hours         DECIMAL(6,1) NOT NULL DEFAULT 0 CHECK (hours >= 0),
  status        ENUM('draft','review','published','archived') NOT NULL DEFAULT 'draft',
  published_at  DATETIME NULL,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY course_status_published (status, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
