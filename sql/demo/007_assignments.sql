-- demo/007_assignments.sql - assignments (指派) for several departments, learning plans with
-- the onboarding plan (入职学习计划), and learners at every stage: not started, in progress,
-- overdue, completed on time and late. Two kinds of dates:
--  * live ones, relative to now, so My learning, reminders and the progress pages show every stage;
--  * one past month M (two calendar months ago, in Asia/Shanghai) that the HR rules
--    can be hand-computed for (tests/http/test_assign.py checks them exactly):
--      H1  反商业贿赂合规 to 华南销售部 (10 people), required, due M-20 23:59:59 local
--          learner11 done M-10 (on time), learner31 done M-15 (on time),
--          learner19 done M-25 (late), the other 7 never: missed
--      H2  plan 合规必修计划 (3 required courses, 1 elective) to learner11 and learner31,
--          due M-28: learner11 does the 3 required on M-06..M-08, learner31 none
--    => learner11 on time 4 (+5, capped), missed 0, net +5, 4.0 credits in M
--       learner31 on time 1 (+2), missed 3 (-5, capped), net -3, 1.0 credit
--       learner19 on time 0, missed 1 (-2), net -2, 1.0 credit (late still pays)
--       learner3, 7, 15, 23, 27, 35, 39: missed 1 (-2), net -2, no credits
SET @now = UTC_TIMESTAMP();
SET @m0 = CAST(DATE_FORMAT(@now - INTERVAL 2 MONTH, '%Y-%m-01') AS DATETIME);
-- Day d of M at noon in Shanghai (04:00 UTC), and the end of day d there.
SET @noon = @m0 + INTERVAL 4 HOUR - INTERVAL 1 DAY;
SET @eod = @m0 + INTERVAL 16 HOUR - INTERVAL 1 DAY - INTERVAL 1 SECOND;

-- Everyone was hired long ago but four new hires, so the onboarding plan's
-- standing assignment (from 60 days ago) reaches exactly them.
UPDATE account SET created_at = @now - INTERVAL 2 YEAR
WHERE login NOT IN ('learner10', 'learner18', 'learner34', 'learner36');
UPDATE account SET created_at = @now - INTERVAL ELT(FIELD(login, 'learner10',
  'learner18', 'learner34', 'learner36'), 3, 40, 12, 20) DAY
WHERE login IN ('learner10', 'learner18', 'learner34', 'learner36');

INSERT INTO plan (id, name, summary, min_elective, onboarding, training_days, dept_id, created_by, created_at) VALUES
(1, '新员工入职学习计划', '公司制度、信息安全与消防安全，外加一门职业技能选修；入职培训两周，培训结束后一周内参加入职考试。', 0.5, 1, 14, 1, 1, @now - INTERVAL 60 DAY),
(2, '合规必修计划', '全员合规三件套。', 0, 0, NULL, 1, 1, @m0 - INTERVAL 5 DAY),
(3, '研发工程师进阶计划', '研发中心工程师的进阶路线。', 1.0, 0, NULL, 2, 2, @now - INTERVAL 30 DAY);
INSERT INTO plan_course (plan_id, course_id, pos, required)
SELECT x.plan, c.id, x.pos, x.req FROM (
  SELECT 1 AS plan, '新员工入职培训' AS course, 1 AS pos, 1 AS req
  UNION ALL SELECT 1, '信息安全意识', 2, 1
  UNION ALL SELECT 1, '消防安全知识', 3, 1
  UNION ALL SELECT 1, '高效时间管理', 4, 0
  UNION ALL SELECT 1, '商务写作', 5, 0
  UNION ALL SELECT 2, '信息安全意识', 1, 1
  UNION ALL SELECT 2, '消防安全知识', 2, 1
  UNION ALL SELECT 2, '个人信息保护法要点', 3, 1
  UNION ALL SELECT 2, '高效时间管理', 4, 0
  UNION ALL SELECT 3, '软件工程规范', 1, 1
  UNION ALL SELECT 3, '自动化测试入门', 2, 0
  UNION ALL SELECT 3, 'Excel 数据透视表', 3, 0
) x JOIN course c ON c.name = x.course;

-- 1 the onboarding plan's standing assignment; 2-3 month M (H1, H2);
-- 4 head1: 信息安全意识 to 测试部, due in 2 days; 5 officer1: 软件工程规范 to
-- 软件开发部, overdue by 5 days; 6 mentor1: 自动化测试入门 to two apprentices, elective.
INSERT INTO assignment (id, course_id, plan_id, assigner_id, scope, required, due_at, due_days, created_at) VALUES
(1, NULL, 1, 1, '/', 1, NULL, 14, @now - INTERVAL 60 DAY),
(2, (SELECT id FROM course WHERE name = '反商业贿赂合规'), NULL, 1, '/', 1, @eod + INTERVAL 20 DAY, NULL, @noon + INTERVAL 1 DAY),
(3, NULL, 2, 1, '/', 1, @eod + INTERVAL 28 DAY, NULL, @noon + INTERVAL 1 DAY),
(4, (SELECT id FROM course WHERE name = '信息安全意识'), NULL, 2, '/1/2/', 1, @now + INTERVAL 2 DAY, NULL, @now - INTERVAL 10 DAY),
(5, (SELECT id FROM course WHERE name = '软件工程规范'), NULL, 3, '/1/2/', 1, @now - INTERVAL 5 DAY, NULL, @now - INTERVAL 20 DAY),
(6, (SELECT id FROM course WHERE name = '自动化测试入门'), NULL, 4, '-', 0, @now + INTERVAL 20 DAY, NULL, @now - INTERVAL 2 DAY);
INSERT INTO assignment_target (assignment_id, kind, ref_id) VALUES
(1, 'new_hire', 0), (2, 'dept', 8), (4, 'dept', 6), (5, 'dept', 5);
INSERT INTO assignment_target (assignment_id, kind, ref_id)
SELECT x.aid, 'person', a.id FROM (
  SELECT 3 AS aid, 'learner11' AS login UNION ALL SELECT 3, 'learner31'
  UNION ALL SELECT 6, 'learner4' UNION ALL SELECT 6, 'learner8'
) x JOIN account a ON a.login = x.login;
INSERT INTO assignment_course (assignment_id, course_id, pos, required)
SELECT id, course_id, 1, 1 FROM assignment WHERE course_id IS NOT NULL
UNION ALL
SELECT s.id, pc.course_id, pc.pos, pc.required FROM assignment s
JOIN plan_course pc ON pc.plan_id = s.plan_id;

-- Who each one reached, as lmsctl assignments would have resolved them then.
INSERT INTO assignment_person (assignment_id, account_id, due_at, training_ends_at, exam_due_at, assigned_at)
SELECT s.id, a.id, COALESCE(s.due_at, a.created_at + INTERVAL s.due_days DAY),
       IF(s.plan_id = 1, a.created_at + INTERVAL s.due_days DAY, NULL),
       IF(s.plan_id = 1, a.created_at + INTERVAL s.due_days + 7 DAY, NULL),
       IF(s.plan_id = 1, a.created_at, s.created_at)
FROM assignment s JOIN assignment_target t ON t.assignment_id = s.id
JOIN account a ON (t.kind = 'dept' AND a.dept_id = t.ref_id)
  OR (t.kind = 'person' AND a.id = t.ref_id)
  OR (t.kind = 'new_hire' AND a.created_at >= s.created_at);

-- Where each learner stands: completed (when), or a lesson done (in progress).
CREATE TEMPORARY TABLE demo_done (login VARCHAR(64), course VARCHAR(200), at DATETIME, partial TINYINT);
INSERT INTO demo_done VALUES
('learner11', '反商业贿赂合规', @noon + INTERVAL 10 DAY, 0),
('learner31', '反商业贿赂合规', @noon + INTERVAL 15 DAY, 0),
('learner19', '反商业贿赂合规', @noon + INTERVAL 25 DAY, 0),
('learner11', '信息安全意识', @noon + INTERVAL 6 DAY, 0),
('learner11', '消防安全知识', @noon + INTERVAL 7 DAY, 0),
('learner11', '个人信息保护法要点', @noon + INTERVAL 8 DAY, 0),
('learner13', '信息安全意识', @now - INTERVAL 3 DAY, 0),
('learner17', '信息安全意识', @now - INTERVAL 1 DAY, 1),
('learner21', '信息安全意识', @now - INTERVAL 2 DAY, 1),
('learner16', '软件工程规范', @now - INTERVAL 8 DAY, 0),
('learner20', '软件工程规范', @now - INTERVAL 2 DAY, 0),
('learner18', '新员工入职培训', @now - INTERVAL 36 DAY, 0),
('learner18', '信息安全意识', @now - INTERVAL 34 DAY, 0),
('learner18', '消防安全知识', @now - INTERVAL 32 DAY, 0),
('learner18', '商务写作', @now - INTERVAL 30 DAY, 0),
('learner34', '新员工入职培训', @now - INTERVAL 5 DAY, 0),
('learner34', '信息安全意识', @now - INTERVAL 1 DAY, 1);

-- Every assigned course is an enrolment (source assigned), completed or active.
INSERT IGNORE INTO enrolment (course_id, account_id, status, source, dept_id, post_id, created_at, completed_at)
SELECT ac.course_id, a.id, IF(d.partial = 0, 'completed', 'active'), 'assigned',
       a.dept_id, a.post_id, MIN(ap.assigned_at), IF(d.partial = 0, d.at, NULL)
FROM assignment_person ap JOIN assignment_course ac ON ac.assignment_id = ap.assignment_id
JOIN account a ON a.id = ap.account_id JOIN course c ON c.id = ac.course_id
LEFT JOIN demo_done d ON d.login = a.login AND d.course = c.name
GROUP BY ac.course_id, a.id;

INSERT IGNORE INTO lesson_progress (account_id, lesson_id, done_at)
SELECT a.id, l.id, d.at FROM demo_done d JOIN account a ON a.login = d.login
JOIN course c ON c.name = d.course JOIN chapter h ON h.course_id = c.id
JOIN lesson l ON l.chapter_id = h.id AND l.required
WHERE d.partial = 0 OR (h.pos = 1 AND l.pos = 1);

-- A lesson done starts its enrolment (as progress.c does): these and 006_learning.sql's.
UPDATE enrolment e SET e.started_at = (SELECT MIN(lp.done_at) FROM chapter h
  JOIN lesson l ON l.chapter_id = h.id
  JOIN lesson_progress lp ON lp.lesson_id = l.id AND lp.account_id = e.account_id
  WHERE h.course_id = e.course_id);

INSERT INTO credit_ledger (account_id, course_id, credits, hours, at)
SELECT a.id, c.id, c.credits, c.hours, d.at FROM demo_done d
JOIN account a ON a.login = d.login JOIN course c ON c.name = d.course WHERE d.partial = 0;

INSERT INTO certificate (number, account_id, course_id, credits, hours, issued_at)
SELECT CONCAT(YEAR(d.at), '-DEMO-ASGN-', LPAD(ROW_NUMBER() OVER (ORDER BY d.at, a.id), 4, '0')),
       a.id, c.id, c.credits, c.hours, d.at
FROM demo_done d JOIN account a ON a.login = d.login JOIN course c ON c.name = d.course
WHERE d.partial = 0;

INSERT INTO message (account_id, kind, course_id, created_at, read_at)
SELECT a.id, 'completed', c.id, d.at, d.at FROM demo_done d
JOIN account a ON a.login = d.login JOIN course c ON c.name = d.course WHERE d.partial = 0;

DROP TEMPORARY TABLE demo_done;
