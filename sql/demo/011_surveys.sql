-- demo/011_surveys.sql - surveys and votes (问卷与投票):
--  1  the finished, anonymous satisfaction survey (满意度调查) of 信息安全意识 (course 7, 16
--     enrolled learners): 12 responses with varied ratings and comments;
--  2  an open, named vote for everyone, its results shown to those who voted: 9 votes so far;
--  3  an open, named needs survey (培训需求调查) of 研发中心 run by head1: 5 responses so far.
-- Response ids are fixed random-looking numbers, as the platform draws them.
SET @now = UTC_TIMESTAMP();

INSERT INTO survey (id, title, intro, kind, course_id, dept_id, anonymous, show_results,
                    opens_at, closes_at, state, responses, created_by, created_at) VALUES
  (1, '《信息安全意识》满意度调查',
   '感谢参加本期信息安全意识培训。问卷匿名填写，结果只用于改进课程，请如实评价。',
   'satisfaction', 7, NULL, 1, 0, @now - INTERVAL 40 DAY, @now - INTERVAL 26 DAY, 'closed', 12, 5,
   @now - INTERVAL 41 DAY),
  (2, '2026 年度培训主题投票',
   '明年的公开课将按投票结果排期，每人一票，投票后可查看实时结果。',
   'vote', NULL, NULL, 0, 1, @now - INTERVAL 5 DAY, @now + INTERVAL 25 DAY, 'open', 9, 1,
   @now - INTERVAL 6 DAY),
  (3, '研发中心 2026 年培训需求调查',
   '为制定研发中心明年的培训计划，请花三分钟填写本问卷。本问卷为实名，便于按岗位安排课程。',
   'survey', NULL, 2, 0, 0, @now - INTERVAL 3 DAY, @now + INTERVAL 11 DAY, 'open', 5, 2,
   @now - INTERVAL 4 DAY);

INSERT INTO survey_question (id, survey_id, pos, kind, text, required, options, noptions) VALUES
  (1, 1, 1, 'rating', '课程内容', 1, NULL, 0),
  (2, 1, 2, 'rating', '讲师水平', 1, NULL, 0),
  (3, 1, 3, 'rating', '组织安排', 1, NULL, 0),
  (4, 1, 4, 'rating', '收获程度', 1, NULL, 0),
  (5, 1, 5, 'text', '意见建议', 0, NULL, 0),
  (6, 2, 1, 'single', '您最希望 2026 年增加哪一类公开课？', 1,
   '数字化办公技能\n管理与领导力\n专业技术进阶\n合规与信息安全\n沟通与表达', 5),
  (7, 3, 1, 'single', '您每周能投入多少时间参加培训？', 1,
   '不到 1 小时\n1–2 小时\n2–4 小时\n4 小时以上', 4),
  (8, 3, 2, 'multiple', '您希望采用哪些学习形式？（可多选）', 1,
   '线上视频课\n线下集中授课\n直播互动课\n导师带教\n读书分享会', 5),
  (9, 3, 3, 'rating', '您对今年研发中心培训的总体满意度', 1, NULL, 0),
  (10, 3, 4, 'text', '您最希望学习的具体内容', 0, NULL, 0);

-- Who has answered: names only, nothing that leads to the answers.
INSERT INTO survey_respondent (survey_id, account_id) VALUES
  (1, 6), (1, 10), (1, 14), (1, 15), (1, 16), (1, 18), (1, 22), (1, 23), (1, 26), (1, 30),
  (1, 36), (1, 38),
  (2, 6), (2, 7), (2, 9), (2, 11), (2, 13), (2, 15), (2, 19), (2, 24), (2, 35),
  (3, 6), (3, 9), (3, 13), (3, 17), (3, 21);

-- Survey 1 is anonymous: no account, no time.
INSERT INTO survey_response (id, survey_id, anonymous, account_id, submitted_at) VALUES
  (1843920175523, 1, 1, NULL, NULL), (7730112846651, 1, 1, NULL, NULL),
  (2219847310092, 1, 1, NULL, NULL), (8105569273314, 1, 1, NULL, NULL),
  (3390281746605, 1, 1, NULL, NULL), (5561093827746, 1, 1, NULL, NULL),
  (6094418253387, 1, 1, NULL, NULL), (4418820937158, 1, 1, NULL, NULL),
  (9072345518839, 1, 1, NULL, NULL), (1297754013920, 1, 1, NULL, NULL),
  (6620983471241, 1, 1, NULL, NULL), (3018845790672, 1, 1, NULL, NULL),
  (5120448379013, 2, 0, 6, @now - INTERVAL 5 DAY + INTERVAL 2 HOUR),
  (2849015376124, 2, 0, 7, @now - INTERVAL 5 DAY + INTERVAL 3 HOUR),
  (7401298365535, 2, 0, 9, @now - INTERVAL 4 DAY),
  (1168450927716, 2, 0, 11, @now - INTERVAL 4 DAY + INTERVAL 1 HOUR),
  (8839201746837, 2, 0, 13, @now - INTERVAL 3 DAY),
  (4472019836558, 2, 0, 15, @now - INTERVAL 3 DAY + INTERVAL 5 HOUR),
  (6305518274919, 2, 0, 19, @now - INTERVAL 2 DAY),
  (2957730418830, 2, 0, 24, @now - INTERVAL 1 DAY),
  (9516623084771, 2, 0, 35, @now - INTERVAL 6 HOUR),
  (3784402915562, 3, 0, 6, @now - INTERVAL 3 DAY + INTERVAL 4 HOUR),
  (8123390475823, 3, 0, 9, @now - INTERVAL 2 DAY),
  (1530928746174, 3, 0, 13, @now - INTERVAL 2 DAY + INTERVAL 3 HOUR),
  (6981274503385, 3, 0, 17, @now - INTERVAL 1 DAY),
  (4209917358266, 3, 0, 21, @now - INTERVAL 5 HOUR);

-- Satisfaction: content, lecturer, organisation, benefit (1-5), and a few comments.
INSERT INTO survey_answer (response_id, question_id, choices, rating, body) VALUES
  (1843920175523, 1, NULL, 5, NULL), (1843920175523, 2, NULL, 5, NULL),
  (1843920175523, 3, NULL, 4, NULL), (1843920175523, 4, NULL, 5, NULL),
  (1843920175523, 5, NULL, NULL, '钓鱼邮件的真实案例很有用，建议每年复训一次。'),
  (7730112846651, 1, NULL, 4, NULL), (7730112846651, 2, NULL, 5, NULL),
  (7730112846651, 3, NULL, 3, NULL), (7730112846651, 4, NULL, 4, NULL),
  (7730112846651, 5, NULL, NULL, '培训安排在月底项目最忙的时候，希望错开结项周。'),
  (2219847310092, 1, NULL, 5, NULL), (2219847310092, 2, NULL, 4, NULL),
  (2219847310092, 3, NULL, 4, NULL), (2219847310092, 4, NULL, 5, NULL),
  (8105569273314, 1, NULL, 3, NULL), (8105569273314, 2, NULL, 4, NULL),
  (8105569273314, 3, NULL, 2, NULL), (8105569273314, 4, NULL, 3, NULL),
  (8105569273314, 5, NULL, NULL, '会议室投影看不清，后排几乎看不到演示内容。'),
  (3390281746605, 1, NULL, 4, NULL), (3390281746605, 2, NULL, 4, NULL),
  (3390281746605, 3, NULL, 4, NULL), (3390281746605, 4, NULL, 4, NULL),
  (5561093827746, 1, NULL, 5, NULL), (5561093827746, 2, NULL, 5, NULL),
  (5561093827746, 3, NULL, 5, NULL), (5561093827746, 4, NULL, 4, NULL),
  (5561093827746, 5, NULL, NULL, '希望增加密码管理器和双因素认证的实操演示。'),
  (6094418253387, 1, NULL, 2, NULL), (6094418253387, 2, NULL, 3, NULL),
  (6094418253387, 3, NULL, 3, NULL), (6094418253387, 4, NULL, 2, NULL),
  (6094418253387, 5, NULL, NULL, '内容偏基础，对研发岗位帮助有限，可以分岗位开课。'),
  (4418820937158, 1, NULL, 4, NULL), (4418820937158, 2, NULL, 5, NULL),
  (4418820937158, 3, NULL, 4, NULL), (4418820937158, 4, NULL, 4, NULL),
  (9072345518839, 1, NULL, 5, NULL), (9072345518839, 2, NULL, 4, NULL),
  (9072345518839, 3, NULL, 5, NULL), (9072345518839, 4, NULL, 5, NULL),
  (1297754013920, 1, NULL, 4, NULL), (1297754013920, 2, NULL, 3, NULL),
  (1297754013920, 3, NULL, 4, NULL), (1297754013920, 4, NULL, 3, NULL),
  (1297754013920, 5, NULL, NULL, '讲师语速有点快，课件能否会后发给大家？'),
  (6620983471241, 1, NULL, 5, NULL), (6620983471241, 2, NULL, 5, NULL),
  (6620983471241, 3, NULL, 4, NULL), (6620983471241, 4, NULL, 5, NULL),
  (3018845790672, 1, NULL, 3, NULL), (3018845790672, 2, NULL, 4, NULL),
  (3018845790672, 3, NULL, 3, NULL), (3018845790672, 4, NULL, 4, NULL),
  (3018845790672, 5, NULL, NULL, '测验题和课程内容对应得很好，整体不错。'),
-- The vote: one choice each (bit 0 is the first option).
  (5120448379013, 6, 1, NULL, NULL), (2849015376124, 6, 2, NULL, NULL),
  (7401298365535, 6, 4, NULL, NULL), (1168450927716, 6, 1, NULL, NULL),
  (8839201746837, 6, 4, NULL, NULL), (4472019836558, 6, 2, NULL, NULL),
  (6305518274919, 6, 1, NULL, NULL), (2957730418830, 6, 16, NULL, NULL),
  (9516623084771, 6, 8, NULL, NULL),
-- The needs survey of 研发中心.
  (3784402915562, 7, 2, NULL, NULL), (3784402915562, 8, 5, NULL, NULL),
  (3784402915562, 9, NULL, 4, NULL),
  (3784402915562, 10, NULL, NULL, '自动化测试框架的进阶用法，最好结合我们自己的项目。'),
  (8123390475823, 7, 4, NULL, NULL), (8123390475823, 8, 9, NULL, NULL),
  (8123390475823, 9, NULL, 3, NULL),
  (1530928746174, 7, 1, NULL, NULL), (1530928746174, 8, 1, NULL, NULL),
  (1530928746174, 9, NULL, 4, NULL),
  (1530928746174, 10, NULL, NULL, '代码评审规范和常见安全漏洞的防范。'),
  (6981274503385, 7, 2, NULL, NULL), (6981274503385, 8, 13, NULL, NULL),
  (6981274503385, 9, NULL, 5, NULL),
  (4209917358266, 7, 8, NULL, NULL), (4209917358266, 8, 3, NULL, NULL),
  (4209917358266, 9, NULL, 2, NULL),
  (4209917358266, 10, NULL, NULL, '希望有系统的架构设计课程，而不是零散的讲座。');
