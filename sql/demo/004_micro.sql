-- demo/004_micro.sql - micro-courses (微课): three published ones by authors in three
-- departments, scored on the rubric (one by two reviewers, admin and teacher1), and one
-- waiting for review. All play the demo's short video (sql/demo/003_courses.sql's file row).
-- Months are this month in Asia/Shanghai (UTC+8, no daylight saving).
-- Scores and allowances follow sql/005_micro.sql with micro_base = 500:
--   1: sheets 88 and 91 → mean 89.50 → 500 × 89.50 / 100 = 447.50 yuan
--   2: sheet 82 → 410.00 yuan;  3: sheet 76 → 380.00 yuan.
SET @v = (SELECT id FROM file
          WHERE sha256 = '36cf72c716cf855244977ef2e11bbe94901c4f836de1af64d26d633f665f1741');
SET @month = DATE_FORMAT(UTC_TIMESTAMP() + INTERVAL 8 HOUR, '%Y-%m');

INSERT INTO micro (id, title, summary, author_id, dept_id, file_id, seconds, status, sheets,
                   score_centi, base_yuan, allowance_fen, upload_month, pay_month, decided_by,
                   decided_at, created_at) VALUES
(1, '代码评审的五个要点', '用五分钟讲清代码评审时最该看的五件事：正确性、可读性、测试、安全与性能。',
 4, 5, @v, 3, 'published', 2, 8950, 500, 44750, @month, @month, 1,
 UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() - INTERVAL 3 DAY),
(2, '接口测试用例设计', '从等价类与边界值出发，为一个登录接口设计测试用例。',
 6, 6, @v, 3, 'published', 1, 8200, 500, 41000, @month, @month, 5,
 UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() - INTERVAL 2 DAY),
(3, '客户异议处理三步法', '倾听、确认、回应：销售拜访中处理客户异议的三个步骤。',
 7, 7, @v, 3, 'published', 1, 7600, 500, 38000, @month, @month, 1,
 UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() - INTERVAL 2 DAY),
(4, '灭火器的正确使用', '提、拔、握、压：一分钟学会使用干粉灭火器。',
 8, 8, @v, 3, 'submitted', 0, NULL, NULL, NULL, @month, NULL, NULL,
 NULL, UTC_TIMESTAMP() - INTERVAL 1 HOUR);

INSERT INTO micro_question (micro_id, pos, question, answer) VALUES
(1, 1, '代码评审时首先要确认什么？', '改动是否正确实现了需求，没有引入新的缺陷。'),
(1, 2, '一次提交的改动多大比较合适？', '控制在评审者半小时内能读完的规模，通常不超过 400 行。'),
(1, 3, '发现安全问题时应该怎么做？', '标记为必须修改，并说明风险和修复建议。'),
(2, 1, '什么是边界值分析？', '在输入范围的边界及其两侧取值设计用例，因为错误常出现在边界上。'),
(2, 2, '登录接口至少要覆盖哪几类用例？', '正确账号密码、错误密码、不存在的账号、空值与超长输入、连续失败锁定。'),
(3, 1, '处理异议的第一步是什么？', '耐心倾听，不打断客户，弄清异议背后的真实顾虑。'),
(3, 2, '为什么要先确认再回应？', '确认能让客户感到被理解，也避免回应了并不存在的问题。'),
(4, 1, '使用干粉灭火器的四个步骤是什么？', '提起灭火器、拔掉保险销、握住喷管、压下压把对准火焰根部喷射。');

-- Sheets: goal, practical, content | naming, process, structure, creative | visual, sound |
-- tech, material.
INSERT INTO micro_sheet (micro_id, reviewer_id, goal, practical, content, naming, process,
                         structure, creative, visual, sound, tech, material, comment) VALUES
(1, 1, 5, 18, 13, 4, 9, 9, 4, 9, 8, 5, 4, '要点清晰，案例贴近日常工作。'),
(1, 5, 5, 19, 14, 5, 9, 9, 4, 9, 9, 4, 4, '结构完整，可以补充一个反例。'),
(2, 5, 4, 17, 12, 4, 8, 8, 3, 8, 8, 5, 5, '用例设计思路清楚。'),
(3, 1, 4, 15, 11, 4, 7, 8, 3, 7, 8, 4, 5, '话术实用，画面可以更丰富。');
