-- 010_assignments.sql - assignment (指派) of a course or a learning plan (学习计划) to people,
-- departments, posts or groups, resolved to people each with their own deadline; plans,
-- the onboarding plan (入职学习计划), and reminders sent once per kind.

-- An ordered set of courses; a learner completes it with every required
-- course done and at least min_elective credits from its elective ones.
CREATE TABLE plan (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name           VARCHAR(100) NOT NULL,
  summary        VARCHAR(1000) NULL,
  min_elective   DECIMAL(5,1) NOT NULL DEFAULT 0,
  -- The onboarding plan: every new hire gets it, due training_days after
  -- they join (the end of their onboarding training).
  onboarding     TINYINT(1) NOT NULL DEFAULT 0,
  training_days  SMALLINT UNSIGNED NULL,
  -- Whose it is: heads and officers change the plans of their subtree.
  dept_id        INT UNSIGNED NOT NULL,
  created_by     INT UNSIGNED NOT NULL,
  created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  deleted_at     DATETIME NULL,
  UNIQUE KEY plan_name (name),
  KEY plan_dept (dept_id),
  CONSTRAINT plan_dept FOREIGN KEY (dept_id) REFERENCES dept (id),
  CONSTRAINT plan_creator FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT plan_training CHECK (onboarding = 0 OR training_days IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_course (
  plan_id    INT UNSIGNED NOT NULL,
  course_id  INT UNSIGNED NOT NULL,
  pos        SMALLINT UNSIGNED NOT NULL,
  required   TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (plan_id, course_id),
  KEY plan_course_course (course_id),
  CONSTRAINT pc_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT pc_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB;

-- What was assigned, by whom, within which reach. scope is the assigner's
-- governed department path ('/' for the admin, '-' for none); with their
-- apprentices it bounds everyone the audience reaches, now and later.
-- The deadline is fixed (due_at) or, for the onboarding plan's standing
-- assignment, days from when each person gets it (due_days).
CREATE TABLE assignment (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id    INT UNSIGNED NULL,
  plan_id      INT UNSIGNED NULL,
  assigner_id  INT UNSIGNED NOT NULL,
  scope        VARCHAR(400) CHARACTER SET ascii NOT NULL,
  required     TINYINT(1) NOT NULL,
  due_at       DATETIME NULL,
  due_days     SMALLINT UNSIGNED NULL,
  created_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  -- No one else joins it after this (an onboarding plan no longer flagged).
  ended_at     DATETIME NULL,
  KEY assignment_assigner (assigner_id, id),
  KEY assignment_course (course_id),
  KEY assignment_plan (plan_id, ended_at),
  CONSTRAINT assignment_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT assignment_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT assignment_assigner FOREIGN KEY (assigner_id) REFERENCES account (id),
  CONSTRAINT assignment_what CHECK ((course_id IS NULL) <> (plan_id IS NULL)),
  CONSTRAINT assignment_due CHECK ((due_at IS NULL) <> (due_days IS NULL))
) ENGINE=InnoDB;

-- The audience as chosen: a person, a department alone or with its
-- subtree, a post, a group, or every new hire (ref_id 0).
CREATE TABLE assignment_target (
  assignment_id  INT UNSIGNED NOT NULL,
  kind           ENUM('person','dept','subtree','post','group','new_hire') NOT NULL,
  ref_id         INT UNSIGNED NOT NULL,
  PRIMARY KEY (assignment_id, kind, ref_id),
  KEY target_ref (kind, ref_id),
  CONSTRAINT target_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id)
) ENGINE=InnoDB;

-- The courses an assignment asks for: its course, or its plan's, kept in
-- step when the plan changes. required: a plan's required course (a
-- single course is always required within its assignment).
CREATE TABLE assignment_course (
  assignment_id  INT UNSIGNED NOT NULL,
  course_id      INT UNSIGNED NOT NULL,
  pos            SMALLINT UNSIGNED NOT NULL,
  required       TINYINT(1) NOT NULL,
  PRIMARY KEY (assignment_id, course_id),
  KEY ac_course (course_id),
  CONSTRAINT ac_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
  CONSTRAINT ac_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE=InnoDB;

-- Everyone an assignment reached, and by when. The deadline lives here,
-- one per person: someone already enrolled keeps their enrolment (the
-- enrolment of (course, account), unique) and gets the deadline.
-- For an onboarding plan, the training ends at the deadline and its exam
-- (issue 6) is due one week later: exam_due_at.
CREATE TABLE assignment_person (
  assignment_id    INT UNSIGNED NOT NULL,
  account_id       INT UNSIGNED NOT NULL,
  due_at           DATETIME NOT NULL,
  training_ends_at DATETIME NULL,
  exam_due_at      DATETIME NULL,
  assigned_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  -- Reminders left in the inbox, each once (the run's stamp).
  soon_sent_at     DATETIME(6) NULL,
  overdue_sent_at  DATETIME(6) NULL,
  PRIMARY KEY (assignment_id, account_id),
  KEY ap_learner (account_id, due_at),
  KEY ap_due (due_at),
  CONSTRAINT ap_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
  CONSTRAINT ap_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- The reminders name their assignment; the message still names a course
-- (a plan's first) so the inbox links somewhere.
ALTER TABLE message
  ADD COLUMN assignment_id INT UNSIGNED NULL AFTER course_id,
  ADD CONSTRAINT message_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id);
