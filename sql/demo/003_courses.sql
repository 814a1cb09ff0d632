-- demo/003_courses.sql - a catalogue to browse: categories, 30 courses in every state and
-- kind, their lecturer, audiences, chapters and lessons, reviews, ratings and comments.
-- The demo's media, copied into the file store by lmsctl demo (sql/demo/files/).
INSERT INTO file (sha256, size, kind, mime, name, seconds, created_by) VALUES
('cc9eabe7dfed613cfb5b7c0bd0387efda7ca69ea52a628c7187d7ec38640899a', 758, 'pdf', 'application/pdf', '安全生产手册.pdf', NULL, 5),
('36cf72c716cf855244977ef2e11bbe94901c4f836de1af64d26d633f665f1741', 7002, 'video', 'video/mp4', '课程介绍.mp4', 3, 5),
('04fdddc526c0fd03bd552d396d877d4a86fd4125e981480d883ee25d7693087c', 4261, 'image', 'image/png', '课程封面.png', NULL, 5);

INSERT INTO category (id, parent_id, name, path, pos) VALUES
(1, NULL, '通用素质', '/1/', 1),
(2, NULL, '专业技能', '/2/', 2),
(3, NULL, '管理能力', '/3/', 3),
(4, NULL, '安全合规', '/4/', 4),
(5, 2, '办公软件', '/2/5/', 1),
(6, 2, '销售技巧', '/2/6/', 2);

-- The first catalogue (001_home.sql) gets its categories and its lecturer.
UPDATE course SET category_id = ELT(id, 4, 1, 6, 1, 3, 3, 4, 5), owner_id = 5
WHERE id BETWEEN 1 AND 8;

INSERT INTO course (category_id, name, summary, objectives, kind, required, credits, hours,
                    mode, starts_at, place, live_url, status, published_at, owner_id, learners)
VALUES
(5, 'Excel 数据透视表', '用数据透视表快速汇总与分析业务数据。', '能独立制作月度汇总报表。', 'general', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 12 DAY, 5, 86),
(5, 'PPT 汇报设计', '结构化表达与版式设计。', '做出清晰的工作汇报。', 'general', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 13 DAY, 5, 54),
(5, 'Word 长文档排版', '样式、目录与交叉引用。', NULL, 'general', 0, 0.5, 1.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 14 DAY, 5, 21),
(6, '大客户销售策略', '识别决策链与制定赢单计划。', '掌握大客户拜访与赢单方法。', 'post', 1, 2.0, 4.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 15 DAY, 5, 40),
(6, '电话销售话术', '开场、挖掘需求与促成。', NULL, 'post', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 16 DAY, 5, 33),
(6, '谈判技巧工作坊（线下）', '面授工作坊：让步策略与僵局处理。', NULL, 'post', 0, 2.0, 6.0, 'offline', UTC_TIMESTAMP() + INTERVAL 10 DAY, '总部 3 楼培训室', NULL, 'published', UTC_TIMESTAMP() - INTERVAL 2 DAY, 5, 12),
(3, '新任经理的第一课', '角色转变、目标管理与团队沟通。', '完成从骨干到管理者的转变。', 'general', 1, 3.0, 8.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 17 DAY, 5, 64),
(3, '绩效面谈技巧', 'GROW 模型与反馈方法。', NULL, 'general', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 18 DAY, 5, 29),
(3, '跨部门协作（直播）', '直播课：跨部门项目中的协作与冲突处理。', NULL, 'general', 0, 1.0, 1.5, 'live', UTC_TIMESTAMP() + INTERVAL 3 DAY, NULL, 'https://live.example.com/room/1024', 'published', UTC_TIMESTAMP() - INTERVAL 1 DAY, 5, 8),
(4, '消防安全知识', '火灾预防、报警与疏散。', '人人会报警、会疏散、会使用灭火器。', 'general', 1, 1.0, 2.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 20 DAY, 5, 120),
(4, '反商业贿赂合规', '合规红线与案例。', NULL, 'general', 1, 1.0, 1.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 21 DAY, 5, 98),
(4, '个人信息保护法要点', '处理个人信息的合法性基础与义务。', NULL, 'general', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 22 DAY, 5, 45),
(2, '软件工程规范', '代码评审、分支策略与发布流程。', '遵循研发中心的工程规范。', 'post', 1, 2.0, 4.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 23 DAY, 5, 37),
(2, '自动化测试入门', '单元测试、接口测试与持续集成。', NULL, 'post', 0, 2.0, 6.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 24 DAY, 5, 26),
(1, '高效时间管理', '四象限法与番茄工作法。', NULL, 'general', 0, 0.5, 1.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 25 DAY, 5, 77),
(1, '商务写作', '邮件、通知与报告的写法。', NULL, 'external', 0, 1.5, 3.0, 'online', NULL, NULL, NULL, 'published', UTC_TIMESTAMP() - INTERVAL 26 DAY, 5, 19),
(1, '职业素养与沟通', '职场沟通的基本功。', NULL, 'general', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'draft', NULL, 5, 0),
(2, '数据库设计基础', '范式、索引与事务。', NULL, 'post', 0, 2.0, 4.0, 'online', NULL, NULL, NULL, 'draft', NULL, 5, 0),
(3, '团队激励方法', '激励理论与实践。', NULL, 'general', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'review', NULL, 5, 0),
(6, '客户投诉处理', '投诉处理的流程与话术。', NULL, 'post', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'review', NULL, 5, 0),
(4, '2024 年度合规培训（已归档）', '上一年度的合规培训。', NULL, 'general', 1, 1.0, 1.0, 'online', NULL, NULL, NULL, 'archived', UTC_TIMESTAMP() - INTERVAL 400 DAY, 5, 150),
(1, '演讲与表达（已删除）', '此课程在回收站中。', NULL, 'general', 0, 1.0, 2.0, 'online', NULL, NULL, NULL, 'draft', NULL, 5, 0);

UPDATE course SET deleted_at = UTC_TIMESTAMP() - INTERVAL 1 DAY, deleted_by = 1
WHERE name = '演讲与表达（已删除）';

INSERT INTO course_lecturer (course_id, account_id) SELECT id, 5 FROM course;

-- Audiences: sales courses for the sales posts, one for 市场营销部, one for 研发中心.
INSERT INTO course_audience (course_id, kind, ref_id)
SELECT id, 'post', p FROM course JOIN (SELECT 4 AS p UNION ALL SELECT 5) x
WHERE name IN ('客户服务礼仪', '大客户销售策略', '电话销售话术', '谈判技巧工作坊（线下）')
UNION ALL SELECT id, 'dept', 3 FROM course WHERE name = '班组长管理技能'
UNION ALL SELECT id, 'dept', 2 FROM course WHERE name IN ('软件工程规范', '自动化测试入门');

-- Every course opens with an introduction; three have a full outline.
INSERT INTO chapter (course_id, pos, title) SELECT id, 1, '第一章 课程介绍' FROM course;
INSERT INTO lesson (chapter_id, pos, title, kind, body, minutes)
SELECT h.id, 1, '课程导读', 'text', CONCAT(c.summary, '\n学完本课程可获得 ', c.credits, ' 学分。'), 5
FROM chapter h JOIN course c ON c.id = h.course_id;
INSERT INTO chapter (course_id, pos, title) VALUES
(1, 2, '第二章 法规与责任'), (1, 3, '第三章 岗位安全操作'),
(2, 2, '第二章 公司制度'), (2, 3, '第三章 企业文化'),
(7, 2, '第二章 常见威胁');
INSERT INTO lesson (chapter_id, pos, title, kind, body, url, minutes)
SELECT h.id, l.pos, l.title, l.kind, l.body, l.url, l.minutes
FROM chapter h JOIN (
  SELECT 1 AS course_id, 2 AS cpos, 1 AS pos, '安全生产法要点' AS title, 'text' AS kind, '安全生产法规定了生产经营单位的主体责任。\n每位员工都有权拒绝违章指挥。' AS body, NULL AS url, 15 AS minutes
  UNION ALL SELECT 1, 2, 2, '事故案例分析', 'text', '本节分析三起典型事故的原因与教训。', NULL, 20
  UNION ALL SELECT 1, 3, 1, '应急管理部官网', 'link', NULL, 'https://www.mem.gov.cn/', 10
  UNION ALL SELECT 2, 2, 1, '考勤与休假制度', 'text', '工作时间、考勤方式与各类假期。', NULL, 15
  UNION ALL SELECT 2, 3, 1, '我们的使命与价值观', 'text', '客户第一，诚信务实，持续学习。', NULL, 10
  UNION ALL SELECT 7, 2, 1, '识别钓鱼邮件', 'text', '看发件人、看链接、看附件，拿不准就问。', NULL, 15
) l ON l.course_id = h.course_id AND l.cpos = h.pos;
-- Files for lessons: a video and a document, in the first courses.
INSERT INTO lesson (chapter_id, pos, title, kind, file_id, minutes)
SELECT h.id, l.pos, l.title, l.kind, (SELECT id FROM file WHERE sha256 = l.sha), l.minutes
FROM chapter h JOIN (
  SELECT 1 AS course_id, 2 AS pos, '课程介绍视频' AS title, 'video' AS kind,
         '36cf72c716cf855244977ef2e11bbe94901c4f836de1af64d26d633f665f1741' AS sha, 1 AS minutes
  UNION ALL SELECT 1, 3, '安全生产手册', 'document', 'cc9eabe7dfed613cfb5b7c0bd0387efda7ca69ea52a628c7187d7ec38640899a', 10
  UNION ALL SELECT 2, 2, '公司介绍视频', 'video', '36cf72c716cf855244977ef2e11bbe94901c4f836de1af64d26d633f665f1741', 1
) l ON l.course_id = h.course_id AND h.pos = 1;
UPDATE course SET cover_id = (SELECT id FROM file WHERE kind = 'image' LIMIT 1) WHERE id IN (1, 2);

INSERT INTO course_review (course_id, by_id, from_state, to_state, reason)
SELECT id, 5, 'draft', 'review', NULL FROM course WHERE status IN ('review', 'published', 'archived')
UNION ALL SELECT id, 1, 'review', 'published', NULL FROM course WHERE status IN ('published', 'archived');

-- Ratings and comments from learners who can see the course (open to all).
INSERT INTO course_rating (course_id, account_id, stars, comment)
SELECT c.id, a.id, 3 + (a.id + c.id) % 3, IF(a.id % 3 = 0, '内容实用，讲解清楚。', NULL)
FROM course c JOIN account a ON a.login IN ('learner1', 'learner2', 'learner3', 'learner5', 'learner6')
WHERE c.status = 'published' AND c.id IN (1, 2, 4, 7, 10);
UPDATE course c JOIN (SELECT course_id, SUM(stars) s, COUNT(*) n FROM course_rating GROUP BY course_id) r
ON r.course_id = c.id SET c.rating_sum = r.s, c.rating_n = r.n;
INSERT INTO course_comment (course_id, account_id, body)
SELECT 1, id, '请问课后有考试吗？' FROM account WHERE login = 'learner1'
UNION ALL SELECT 1, id, '有的，学完所有章节后参加在线考试。' FROM account WHERE login = 'teacher1'
UNION ALL SELECT 7, id, '钓鱼邮件的案例很有帮助。' FROM account WHERE login = 'learner2';
