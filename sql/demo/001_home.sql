-- demo/001_home.sql - the demo organisation's name, announcements and a first catalogue.
UPDATE org SET name = '示例集团网络学院' WHERE id = 1;

INSERT INTO announcement (title, body, published_at) VALUES
('2026年度培训计划发布', '各部门请于本月底前完成年度培训计划的确认。', UTC_TIMESTAMP() - INTERVAL 1 DAY),
('新员工入职学习计划开始报名', '本期入职培训于下周一开始，考试须在培训结束后一周内完成。', UTC_TIMESTAMP() - INTERVAL 2 DAY),
('微课大赛评分结果公示', '本季度微课评审结果已公布，津贴将随本月工资发放。', UTC_TIMESTAMP() - INTERVAL 5 DAY),
('积分商城上新', '积分商城新增图书与培训名额兑换。', UTC_TIMESTAMP() - INTERVAL 9 DAY),
('系统维护通知', '本周六 22:00 至 23:00 进行系统维护。', UTC_TIMESTAMP() - INTERVAL 12 DAY),
('草稿：尚未发布的公告', '此公告不应出现在首页。', NULL);

INSERT INTO course (name, summary, kind, required, credits, hours, status, published_at) VALUES
('安全生产基础', '安全生产法规与岗位安全操作规程。', 'general', 1, 2.0, 4.0, 'published', UTC_TIMESTAMP() - INTERVAL 1 DAY),
('新员工入职培训', '公司概况、制度与文化。', 'general', 1, 3.0, 8.0, 'published', UTC_TIMESTAMP() - INTERVAL 3 DAY),
('客户服务礼仪', '服务规范与沟通技巧。', 'post', 0, 1.0, 2.0, 'published', UTC_TIMESTAMP() - INTERVAL 4 DAY),
('财务报销制度解读', '报销流程、标准与常见问题。', 'general', 0, 0.5, 1.0, 'published', UTC_TIMESTAMP() - INTERVAL 6 DAY),
('项目管理实务（外部课程）', '外部机构提供的项目管理课程。', 'external', 0, 4.0, 16.0, 'published', UTC_TIMESTAMP() - INTERVAL 8 DAY),
('班组长管理技能', '班组建设与现场管理。', 'post', 1, 2.0, 6.0, 'published', UTC_TIMESTAMP() - INTERVAL 10 DAY),
('信息安全意识', '密码、钓鱼邮件与数据保护。', 'general', 1, 1.0, 2.0, 'published', UTC_TIMESTAMP() - INTERVAL 11 DAY),
('数据分析入门', 'Excel 与基础统计。', 'general', 0, 2.0, 6.0, 'draft', NULL);
