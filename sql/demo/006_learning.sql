-- demo/006_learning.sql - learners at every stage: enrolled and learning, waiting for
-- approval, declined, and completed with their credits, with the inbox that told them.
UPDATE course SET enrol_mode = 'approval'
WHERE name IN ('新任经理的第一课', '绩效面谈技巧', '谈判技巧工作坊（线下）');

-- learner1 has finished 新员工入职培训 and is half-way through 安全生产基础.
INSERT INTO enrolment (course_id, account_id, status, contact, goal, dept_id, post_id,
                       created_at, completed_at)
SELECT c.id, a.id, x.status, a.phone, x.goal, a.dept_id, a.post_id,
       UTC_TIMESTAMP() - INTERVAL x.since DAY,
       IF(x.status = 'completed', UTC_TIMESTAMP() - INTERVAL x.done DAY, NULL)
FROM (
  SELECT 'learner1' AS login, '新员工入职培训' AS course, 'completed' AS status, 20 AS since, 12 AS done, '了解公司制度' AS goal
  UNION ALL SELECT 'learner1', '安全生产基础', 'active', 6, NULL, '掌握岗位安全要求'
  UNION ALL SELECT 'learner2', '新员工入职培训', 'completed', 30, 25, NULL
  UNION ALL SELECT 'learner2', '大客户销售策略', 'active', 4, NULL, '提升大客户赢单率'
  UNION ALL SELECT 'learner3', '消防安全知识', 'active', 2, NULL, NULL
  UNION ALL SELECT 'learner4', '新任经理的第一课', 'pending', 1, NULL, '准备担任小组长'
  UNION ALL SELECT 'learner5', '绩效面谈技巧', 'pending', 1, NULL, '学习绩效沟通'
) x JOIN account a ON a.login = x.login JOIN course c ON c.name = x.course;

INSERT INTO enrolment (course_id, account_id, status, contact, dept_id, post_id,
                       decided_by, decided_at, reason)
SELECT c.id, a.id, 'rejected', a.phone, a.dept_id, a.post_id, o.id,
       UTC_TIMESTAMP() - INTERVAL 1 DAY, '本期名额已满，请报名下一期。'
FROM account a JOIN course c ON c.name = '谈判技巧工作坊（线下）'
JOIN account o ON o.login = 'teacher1' WHERE a.login = 'learner6';

-- Every required lesson of a completed course is done; learner1 has done the
-- first lesson of 安全生产基础.
INSERT INTO lesson_progress (account_id, lesson_id, done_at)
SELECT e.account_id, l.id, e.completed_at
FROM enrolment e JOIN chapter h ON h.course_id = e.course_id
JOIN lesson l ON l.chapter_id = h.id AND l.required
WHERE e.status = 'completed';
INSERT INTO lesson_progress (account_id, lesson_id, done_at)
SELECT a.id, l.id, UTC_TIMESTAMP() - INTERVAL 5 DAY
FROM account a JOIN course c ON c.name = '安全生产基础'
JOIN chapter h ON h.course_id = c.id AND h.pos = 1
JOIN lesson l ON l.chapter_id = h.id AND l.pos = 1
WHERE a.login = 'learner1';

INSERT INTO credit_ledger (account_id, course_id, credits, hours, at)
SELECT e.account_id, e.course_id, c.credits, c.hours, e.completed_at
FROM enrolment e JOIN course c ON c.id = e.course_id WHERE e.status = 'completed';

INSERT INTO message (account_id, kind, course_id, note, created_at, read_at)
SELECT e.account_id, 'enrolled', e.course_id, NULL, e.created_at, e.created_at
FROM enrolment e WHERE e.status IN ('active', 'completed')
UNION ALL
SELECT e.account_id, 'completed', e.course_id, NULL, e.completed_at, NULL
FROM enrolment e WHERE e.status = 'completed'
UNION ALL
SELECT e.account_id, 'enrol_pending', e.course_id, NULL, e.created_at, NULL
FROM enrolment e WHERE e.status = 'pending'
UNION ALL
SELECT e.account_id, 'enrol_rejected', e.course_id, e.reason, e.decided_at, NULL
FROM enrolment e WHERE e.status = 'rejected';

-- Certificates of the completed courses, under numbers a test can check.
INSERT INTO certificate (number, account_id, course_id, credits, hours, issued_at)
SELECT CONCAT(YEAR(e.completed_at), IF(a.login = 'learner1', '-DEMO-CERT-0001', '-DEMO-CERT-0002')),
       e.account_id, e.course_id, c.credits, c.hours, e.completed_at
FROM enrolment e JOIN course c ON c.id = e.course_id JOIN account a ON a.id = e.account_id
WHERE e.status = 'completed';
