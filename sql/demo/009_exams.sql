-- demo/009_exams.sql - papers built from the bank (008_questions.sql) and three exams by teacher1:
--  * 信息安全意识 测验 (fixed paper, 12 questions, 100 points, pass 60), OPEN NOW: opened 3 days
--    ago, closes in 30 days, 30 minutes, 1 try + 2 make-ups. learner22 was graded (its short
--    answers marked by teacher1); learner29 and learner30 handed in and their short answers
--    wait in the marking queue (learner30's by time).
--  * 安全生产基础 结业考试 (random paper by five rules, 17 questions, 100 points, pass 60),
--    closed last month: learner21, 22 and 27 passed; learner23 failed, then passed a make-up;
--    learner26 failed and let the make-up period pass; learner24 failed the try and both
--    make-ups and is flagged for HR. exam_standing is derived from those attempts below.
--  * 新员工入职考试 (fixed onboarding paper of 新员工入职培训), open, no attempts yet.
-- Items follow the paper in its order; a good try answers right but every fifth item, a poor
-- one only every third; short answers are marked by teacher1. Scores are the items' sums.
SET @now = UTC_TIMESTAMP();
SET @t = (SELECT id FROM account WHERE login = 'teacher1');
SET @c1 = (SELECT id FROM course WHERE name = '安全生产基础');
SET @c2 = (SELECT id FROM course WHERE name = '新员工入职培训');
SET @c7 = (SELECT id FROM course WHERE name = '信息安全意识');

INSERT INTO paper (id, course_id, title, mode, pass_tenths, created_by, created_at) VALUES
(1, @c7, '信息安全意识测验卷', 'fixed', 600, @t, @now - INTERVAL 10 DAY),
(2, @c1, '安全生产基础结业考试（随机卷）', 'random', 600, @t, @now - INTERVAL 60 DAY),
(3, @c2, '新员工入职考试卷', 'fixed', 600, @t, @now - INTERVAL 70 DAY);

-- The fixed papers: the first questions of each kind of the course's bank, by kind, at
-- the points each kind is worth there.
INSERT INTO paper_question (paper_id, position, question_id, points)
SELECT x.paper, ROW_NUMBER() OVER (PARTITION BY x.paper ORDER BY FIELD(x.kind, 'single',
  'multiple', 'truefalse', 'fill', 'short'), x.id), x.id, x.points
FROM (SELECT p.paper, q.id, q.kind, p.points, p.n,
        ROW_NUMBER() OVER (PARTITION BY p.paper, q.kind ORDER BY q.id) AS rn
      FROM question q JOIN (
        SELECT 1 AS paper, @c7 AS course, 'single' AS kind, 4 AS n, 50 AS points
        UNION ALL SELECT 1, @c7, 'multiple', 2, 100
        UNION ALL SELECT 1, @c7, 'truefalse', 2, 50
        UNION ALL SELECT 1, @c7, 'fill', 2, 100
        UNION ALL SELECT 1, @c7, 'short', 2, 150
        UNION ALL SELECT 3, @c2, 'single', 5, 80
        UNION ALL SELECT 3, @c2, 'multiple', 2, 100
        UNION ALL SELECT 3, @c2, 'truefalse', 4, 50
        UNION ALL SELECT 3, @c2, 'short', 1, 200
      ) p ON q.course_id = p.course AND q.kind = p.kind AND q.deleted_at IS NULL) x
WHERE x.rn <= x.n;

INSERT INTO paper_rule (paper_id, position, kind, course_id, point, difficulty, n, points) VALUES
(2, 1, 'single', @c1, NULL, NULL, 6, 50),
(2, 2, 'multiple', @c1, NULL, NULL, 3, 80),
(2, 3, 'truefalse', @c1, NULL, NULL, 4, 40),
(2, 4, 'fill', @c1, NULL, NULL, 2, 50),
(2, 5, 'short', @c1, NULL, NULL, 2, 100);

INSERT INTO exam (id, paper_id, course_id, title, instructions, opens_at, closes_at, minutes,
                  attempts, makeups, makeup_days, shuffle_questions, shuffle_options, onboarding,
                  results, created_by, created_at) VALUES
(1, 1, @c7, '信息安全意识测验', '闭卷，独立完成；每道题作答后会自动保存，断网后重新打开即可继续。',
 @now - INTERVAL 3 DAY, @now + INTERVAL 30 DAY, 30, 1, 2, 14, 1, 1, 0, 'auto', @t, @now - INTERVAL 5 DAY),
(2, 2, @c1, '安全生产基础结业考试', '每人随机抽题；60 分及格，未通过可在 14 天内补考两次。',
 @now - INTERVAL 45 DAY, @now - INTERVAL 31 DAY, 45, 1, 2, 14, 0, 0, 0, 'auto', @t, @now - INTERVAL 50 DAY),
(3, 3, @c2, '新员工入职考试', '入职培训结束后一周内完成。', @now - INTERVAL 60 DAY,
 @now + INTERVAL 90 DAY, 40, 2, 1, 7, 1, 1, 1, 'auto', @t, @now - INTERVAL 60 DAY);

-- Who sat what: the try's start (days before now, with the hour), whether it went well,
-- the mark each short answer got (NULL: still waiting) and how it ended.
CREATE TEMPORARY TABLE demo_try (
  login VARCHAR(64), exam INT, seq INT, makeup INT, ago_h INT, minutes INT, good INT,
  short_mark INT NULL, by_time INT, id INT NULL);
INSERT INTO demo_try (login, exam, seq, makeup, ago_h, minutes, good, short_mark, by_time) VALUES
('learner22', 1, 1, 0, 50, 24, 1, 120, 0),
('learner29', 1, 1, 0, 3, 21, 1, NULL, 0),
('learner30', 1, 1, 0, 2, 30, 0, NULL, 1),
('learner21', 2, 1, 0, 1060, 38, 1, 90, 0),
('learner22', 2, 1, 0, 1058, 41, 1, 70, 0),
('learner27', 2, 1, 0, 1030, 35, 1, 80, 0),
('learner23', 2, 1, 0, 1056, 44, 0, 30, 0),
('learner23', 2, 2, 1, 960, 40, 1, 60, 0),
('learner26', 2, 1, 0, 1050, 45, 0, 20, 1),
('learner24', 2, 1, 0, 1054, 43, 0, 40, 0),
('learner24', 2, 2, 1, 980, 42, 0, 30, 0),
('learner24', 2, 3, 1, 860, 45, 0, 40, 1);

-- Those sitting a course's exam are enrolled on it (their lessons are not all done, so a pass
-- does not complete the course yet).
INSERT IGNORE INTO enrolment (course_id, account_id, status, source, created_at)
SELECT DISTINCT e.course_id, a.id, 'active', 'self', @now - INTERVAL 60 DAY
FROM demo_try d JOIN exam e ON e.id = d.exam JOIN account a ON a.login = d.login;

INSERT INTO attempt (exam_id, account_id, seq, makeup, started_at, ends_at, open, submitted_at,
                     submitted_by, state)
SELECT d.exam, a.id, d.seq, d.makeup, @now - INTERVAL d.ago_h HOUR,
       @now - INTERVAL d.ago_h HOUR + INTERVAL e.minutes MINUTE, NULL,
       @now - INTERVAL d.ago_h HOUR + INTERVAL d.minutes MINUTE,
       IF(d.by_time, 'time', 'learner'), 'submitted'
FROM demo_try d JOIN exam e ON e.id = d.exam JOIN account a ON a.login = d.login;
UPDATE demo_try d JOIN account a ON a.login = d.login
JOIN attempt t ON t.exam_id = d.exam AND t.account_id = a.id AND t.seq = d.seq SET d.id = t.id;

-- Items: a fixed paper's questions in order; the random paper's rules each drawing their n
-- (a different draw per attempt), rule after rule.
INSERT INTO attempt_item (attempt_id, position, question_id, points)
SELECT d.id, pq.position, pq.question_id, pq.points
FROM demo_try d JOIN exam e ON e.id = d.exam JOIN paper_question pq ON pq.paper_id = e.paper_id;
INSERT INTO attempt_item (attempt_id, position, question_id, points)
SELECT x.id, x.base + x.rn, x.qid, x.points FROM (
  SELECT d.id, q.id AS qid, r.points, r.n,
         (SELECT COALESCE(SUM(o.n), 0) FROM paper_rule o WHERE o.paper_id = r.paper_id
          AND o.position < r.position) AS base,
         ROW_NUMBER() OVER (PARTITION BY d.id, r.position ORDER BY (q.id * 31 + d.id * 17) % 101, q.id) AS rn
  FROM demo_try d JOIN exam e ON e.id = d.exam JOIN paper_rule r ON r.paper_id = e.paper_id
  JOIN question q ON q.kind = r.kind AND q.course_id = r.course_id AND q.deleted_at IS NULL) x
WHERE x.rn <= x.n;

-- Answers: right (the key; fill-in its first accepted answers) or wrong (another letter, the
-- other truth, a wrong word); each answer saved a little after the start.
UPDATE attempt_item ai JOIN demo_try d ON d.id = ai.attempt_id
JOIN attempt t ON t.id = ai.attempt_id JOIN question q ON q.id = ai.question_id
SET ai.answer = CASE
      WHEN q.kind = 'short' THEN ELT(1 + ai.position % 3,
        '按规定先报告，再按照操作规程处理，事后总结经验。',
        '要点：及时报告、保护现场、配合调查；平时做好防范。',
        '我认为应当立即处理，并提醒同事注意。')
      WHEN IF(d.good, ai.position % 5 <> 0, ai.position % 3 = 0) THEN
        IF(q.kind = 'fill', REGEXP_REPLACE(q.answer_key, '\\|[^\\n]*', ''), q.answer_key)
      WHEN q.kind = 'truefalse' THEN IF(q.answer_key = 'T', 'F', 'T')
      WHEN q.kind = 'fill' THEN '不清楚'
      ELSE COALESCE(IF(LOCATE('A', q.answer_key) = 0, 'A', NULL),
        IF(LOCATE('B', q.answer_key) = 0, 'B', NULL), IF(LOCATE('C', q.answer_key) = 0, 'C', NULL),
        IF(LOCATE('D', q.answer_key) = 0, 'D', NULL), 'E') END,
    ai.saved_at = t.started_at + INTERVAL ai.position * 90 SECOND,
    ai.auto_score = IF(q.kind = 'short', NULL,
      IF(IF(d.good, ai.position % 5 <> 0, ai.position % 3 = 0), ai.points, 0));

-- Short answers marked by teacher1 (capped at their points), half an hour after the hand-in.
UPDATE attempt_item ai JOIN demo_try d ON d.id = ai.attempt_id
JOIN attempt t ON t.id = ai.attempt_id JOIN question q ON q.id = ai.question_id
SET ai.mark = LEAST(d.short_mark, ai.points), ai.marked_by = @t,
    ai.marked_at = t.submitted_at + INTERVAL 30 MINUTE,
    ai.comment = IF(d.good, '要点基本齐全。', '要点不全，请对照参考答案复习。')
WHERE q.kind = 'short' AND d.short_mark IS NOT NULL;

-- The graded ones: the sum of their marks, against the paper's pass score.
UPDATE attempt t JOIN demo_try d ON d.id = t.id JOIN exam e ON e.id = t.exam_id
JOIN paper p ON p.id = e.paper_id
JOIN (SELECT attempt_id, SUM(COALESCE(mark, auto_score)) AS s FROM attempt_item
      GROUP BY attempt_id) x ON x.attempt_id = t.id
SET t.state = 'graded', t.score = x.s, t.passed = x.s >= p.pass_tenths,
    t.graded_at = t.submitted_at + INTERVAL 30 MINUTE
WHERE d.short_mark IS NOT NULL;

-- The log: the start, three saves (each a receipt) and the hand-in; a person's marks.
INSERT INTO attempt_log (attempt_id, at, event, position, detail, ip)
SELECT t.id, t.started_at, 'start', NULL, IF(t.makeup, 'makeup', NULL), CONCAT('10.8.', t.id % 7, '.', 20 + t.id)
FROM demo_try d JOIN attempt t ON t.id = d.id
UNION ALL
SELECT t.id, ai.saved_at, 'save', ai.position, '1', CONCAT('10.8.', t.id % 7, '.', 20 + t.id)
FROM demo_try d JOIN attempt t ON t.id = d.id JOIN attempt_item ai ON ai.attempt_id = t.id
WHERE ai.position IN (1, 5, 10)
UNION ALL
SELECT t.id, t.submitted_at, IF(t.submitted_by = 'time', 'timeout', 'submit'), NULL, NULL,
       IF(t.submitted_by = 'time', NULL, CONCAT('10.8.', t.id % 7, '.', 20 + t.id))
FROM demo_try d JOIN attempt t ON t.id = d.id
UNION ALL
SELECT t.id, t.graded_at, 'mark', NULL, '2', '10.0.0.5'
FROM demo_try d JOIN attempt t ON t.id = d.id WHERE t.state = 'graded'
ORDER BY 2;

-- Each learner's standing, as settling the attempts leaves it: graded tries, the best score,
-- the first pass, the last fail, and the flag once the last make-up failed too.
INSERT INTO exam_standing (exam_id, account_id, tries, best, passed_at, failed_at, flagged_at)
SELECT t.exam_id, t.account_id, COUNT(*), MAX(t.score), MIN(IF(t.passed, t.graded_at, NULL)),
       MAX(IF(t.passed, NULL, t.graded_at)),
       IF(MAX(t.passed) = 0 AND SUM(t.makeup) >= MAX(e.makeups), MAX(t.graded_at), NULL)
FROM attempt t JOIN exam e ON e.id = t.exam_id JOIN demo_try d ON d.id = t.id
WHERE t.state = 'graded' GROUP BY t.exam_id, t.account_id;

DROP TEMPORARY TABLE demo_try;
