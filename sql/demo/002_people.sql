-- demo/002_people.sql - the demo organisation: departments in two levels, posts, groups and
-- the demo accounts. pw_hash 'demo' is replaced by lmsctl with the hash of demo1234.
INSERT INTO dept (id, parent_id, name, path) VALUES
(2, 1, '研发中心', '/1/2/'),
(3, 1, '市场营销部', '/1/3/'),
(4, 1, '人力资源部', '/1/4/'),
(5, 2, '软件开发部', '/1/2/5/'),
(6, 2, '测试部', '/1/2/6/'),
(7, 3, '华东销售部', '/1/3/7/'),
(8, 3, '华南销售部', '/1/3/8/'),
(9, 4, '培训组', '/1/4/9/');

INSERT INTO post (id, name) VALUES
(1, '软件工程师'), (2, '测试工程师'), (3, '产品经理'), (4, '销售代表'),
(5, '客户经理'), (6, 'HR专员'), (7, '培训讲师'), (8, '部门主管');

INSERT INTO grp (id, name, kind, dept_id) VALUES
(1, '2026届新员工班', 'class', 1),
(2, '研发骨干组', 'group', 2),
(3, '销售精英组', 'group', 3);

INSERT INTO account (id, login, name, emp_no, dept_id, post_id, email, phone, pw_hash, must_change) VALUES
(1, 'admin', '系统管理员', 'E0001', 4, 6, 'admin@example.com', NULL, 'demo', 0),
(2, 'head1', '王主任', 'E0002', 2, 8, NULL, NULL, 'demo', 0),
(3, 'officer1', '李数据', 'E0003', 2, 6, NULL, NULL, 'demo', 0),
(4, 'mentor1', '张师傅', 'E0004', 5, 1, NULL, NULL, 'demo', 0),
(5, 'teacher1', '陈讲师', 'E0005', 9, 7, NULL, NULL, 'demo', 0);

-- learner1..40 spread over the leaf departments, every fourth in sales.
INSERT INTO account (login, name, emp_no, dept_id, post_id, pw_hash, must_change)
WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
SELECT CONCAT('learner', i),
       CONCAT(ELT(1 + i % 8, '赵', '钱', '孙', '李', '周', '吴', '郑', '王'),
              ELT(1 + i % 10, '伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '杰'), i),
       CONCAT('E', LPAD(100 + i, 4, '0')),
       ELT(1 + i % 4, 5, 6, 7, 8),
       ELT(1 + i % 4, 1, 2, 4, 5),
       'demo', 0
FROM n;

INSERT INTO account_role (account_id, role, dept_id) VALUES
(1, 'admin', NULL), (2, 'head', 2), (3, 'officer', 2), (4, 'mentor', NULL),
(5, 'lecturer', NULL);

INSERT INTO account_group (account_id, grp_id)
SELECT id, 1 FROM account WHERE login LIKE 'learner%' AND id % 3 = 0;
INSERT INTO account_group (account_id, grp_id)
SELECT id, 2 FROM account WHERE dept_id IN (5, 6) AND id % 2 = 0;
INSERT INTO account_group (account_id, grp_id)
SELECT id, 3 FROM account WHERE dept_id IN (7, 8) AND id % 2 = 1;

INSERT INTO mentorship (mentor_id, apprentice_id)
SELECT 4, id FROM account WHERE login IN ('learner4', 'learner8', 'learner12');
