-- demo/005_resources.sql - the resource library (资源库): ten resources by teacher1 (5) and
-- the admin (1) across the categories and every state (published, waiting for review,
-- draft, returned with its reason, one deleted), three of them with earlier versions.
-- The files are the demo's PDF and cover image (sql/demo/003_courses.sql's file rows).
SET @pdf = (SELECT id FROM file
            WHERE sha256 = 'cc9eabe7dfed613cfb5b7c0bd0387efda7ca69ea52a628c7187d7ec38640899a');
SET @png = (SELECT id FROM file
            WHERE sha256 = '04fdddc526c0fd03bd552d396d877d4a86fd4125e981480d883ee25d7693087c');

INSERT INTO resource (id, title, summary, category_id, file_id, uploader_id, status, reason,
                      version, version_by, version_at, downloads, published_at, reviewed_by,
                      deleted_at, deleted_by, created_at) VALUES
(1, '安全生产手册（2025 版）', '岗位安全操作规程、事故报告流程与应急处置要点，供各部门日常查阅。',
 4, @pdf, 5, 'published', NULL, 2, 5, UTC_TIMESTAMP() - INTERVAL 5 DAY, 36,
 UTC_TIMESTAMP() - INTERVAL 4 DAY, 1, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 30 DAY),
(2, '消防疏散示意图', '总部大楼各楼层的疏散路线与灭火器位置。',
 4, @png, 1, 'published', NULL, 1, 1, UTC_TIMESTAMP() - INTERVAL 20 DAY, 58,
 UTC_TIMESTAMP() - INTERVAL 20 DAY, 1, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 20 DAY),
(3, 'Excel 常用函数速查表', 'VLOOKUP、SUMIFS、INDEX/MATCH 等常用函数的用法与示例。',
 5, @pdf, 5, 'published', NULL, 1, 5, UTC_TIMESTAMP() - INTERVAL 15 DAY, 120,
 UTC_TIMESTAMP() - INTERVAL 14 DAY, 1, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 15 DAY),
(4, '大客户拜访记录模板', '拜访前准备、关键人信息与跟进计划的记录表。',
 6, @pdf, 5, 'published', NULL, 1, 5, UTC_TIMESTAMP() - INTERVAL 10 DAY, 12,
 UTC_TIMESTAMP() - INTERVAL 9 DAY, 1, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 10 DAY),
(5, '新员工入职指南', '入职第一周要办的手续、常用系统与联系人。',
 1, @pdf, 1, 'published', NULL, 3, 1, UTC_TIMESTAMP() - INTERVAL 2 DAY, 80,
 UTC_TIMESTAMP() - INTERVAL 40 DAY, 1, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 40 DAY),
(6, '职场沟通案例集', '十个真实的职场沟通案例与点评。',
 1, @png, 5, 'published', NULL, 1, 5, UTC_TIMESTAMP() - INTERVAL 3 DAY, 5,
 UTC_TIMESTAMP() - INTERVAL 1 DAY, 1, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 3 DAY),
(7, '团队周会议程模板', '一页纸的周会议程：进展、问题、下周计划。',
 3, @pdf, 5, 'review', NULL, 1, 5, UTC_TIMESTAMP() - INTERVAL 1 DAY, 0,
 NULL, NULL, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 1 DAY),
(8, '销售话术练习题', '开场、挖掘需求与促成三个环节的练习题。',
 6, @pdf, 5, 'draft', NULL, 1, 5, UTC_TIMESTAMP() - INTERVAL 6 HOUR, 0,
 NULL, NULL, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 6 HOUR),
(9, '代码评审检查清单', '提交评审前逐项自查的清单。',
 2, @pdf, 5, 'returned', '请补充安全相关的检查项（输入校验、权限、日志中的个人信息）。', 1, 5,
 UTC_TIMESTAMP() - INTERVAL 4 DAY, 0, NULL, 1, NULL, NULL, UTC_TIMESTAMP() - INTERVAL 4 DAY),
(10, '旧版考勤制度说明（已删除）', '已被新制度取代，在回收站中。',
 1, @pdf, 1, 'published', NULL, 1, 1, UTC_TIMESTAMP() - INTERVAL 100 DAY, 44,
 UTC_TIMESTAMP() - INTERVAL 100 DAY, 1, UTC_TIMESTAMP() - INTERVAL 2 DAY, 1,
 UTC_TIMESTAMP() - INTERVAL 100 DAY);

-- The versions before the current ones: the handbook's first edition, and the guide's
-- first two (the second one moved it to 通用素质).
INSERT INTO resource_version (resource_id, version, title, summary, category_id, file_id,
                              made_by, made_at, replaced_by, replaced_at) VALUES
(1, 1, '安全生产手册', '岗位安全操作规程与事故报告流程。', 4, @pdf, 5,
 UTC_TIMESTAMP() - INTERVAL 30 DAY, 5, UTC_TIMESTAMP() - INTERVAL 5 DAY),
(5, 1, '新员工手册', '入职手续与常用系统。', 3, @png, 1,
 UTC_TIMESTAMP() - INTERVAL 40 DAY, 1, UTC_TIMESTAMP() - INTERVAL 12 DAY),
(5, 2, '新员工入职指南', '入职手续与常用系统。', 1, @pdf, 1,
 UTC_TIMESTAMP() - INTERVAL 12 DAY, 1, UTC_TIMESTAMP() - INTERVAL 2 DAY);
