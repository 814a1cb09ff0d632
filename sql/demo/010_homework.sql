-- demo/010_homework.sql - homework (作业) at every stage on teacher1's courses: graded and
-- published (one handed in late, one reworked after a return), waiting to be graded, returned for
-- rework, with files; learners of 信息安全意识 (learner21, learner25, learner29) and of
-- 反商业贿赂合规 (learner23, learner27). The reminders come from lmsctl remind at start.

-- Times are hours from now: due (negative: past), made (days ago), published (hours ago).
INSERT INTO homework (course_id, title, instructions, due_at, late_allowed, max_score,
                      published_at, created_by, created_at)
SELECT c.id, x.title, x.instructions, UTC_TIMESTAMP() + INTERVAL x.due HOUR, x.late, x.max_score,
       UTC_TIMESTAMP() - INTERVAL x.published HOUR, t.id, UTC_TIMESTAMP() - INTERVAL x.made DAY
FROM (
  SELECT '信息安全意识' AS course, '钓鱼邮件识别报告' AS title,
         '<p>阅读课程中的“钓鱼邮件案例”一课后，从你最近一个月收到的邮件中找出一封可疑邮件（或使用课程提供的样例），完成识别报告：</p><ol><li>列出发件人、主题和收到时间；</li><li>逐条指出可疑之处，并说明判断依据；</li><li>写出你的处置步骤（是否上报、向谁上报）。</li></ol><p>字数 300 字以上，可附邮件截图（请先遮挡个人信息）。</p>' AS instructions,
         -144 AS due, 1 AS late, 100 AS max_score, 24 AS published, 9 AS made
  UNION ALL SELECT '信息安全意识', '办公电脑安全设置检查',
         '<p>按照课程中的检查清单，逐项检查自己的办公电脑：</p><ul><li>系统更新与杀毒软件是否开启；</li><li>屏幕保护密码是否设置（不超过 10 分钟）；</li><li>是否关闭了不必要的共享文件夹。</li></ul><p>提交每一项的设置截图，并简要说明发现的问题及整改情况。</p>',
         48, 0, 20, NULL, 3
  UNION ALL SELECT '反商业贿赂合规', '廉洁从业案例分析',
         '<p>结合课程中的三个案例，选择其中一个，分析当事人在哪些环节违反了公司的廉洁从业规定，以及本可以如何避免。</p><p>要求：观点明确，引用具体条款，800 字以内。</p>',
         240, 0, 100, NULL, 1
) x JOIN course c ON c.name = x.course JOIN account t ON t.login = 'teacher1';

-- Each submission as it stands now; the hand-ins themselves follow.
INSERT INTO homework_submission (homework_id, account_id, state, version, submitted_at, late, score,
                                 feedback, graded_by, graded_at)
SELECT h.id, a.id, x.state, x.version, UTC_TIMESTAMP() - INTERVAL x.at HOUR, x.late, x.score,
       x.feedback, IF(x.score IS NULL, NULL, t.id),
       IF(x.score IS NULL, NULL, UTC_TIMESTAMP() - INTERVAL x.graded HOUR)
FROM (
  SELECT '钓鱼邮件识别报告' AS homework, 'learner21' AS login, 'graded' AS state, 1 AS version,
         170 AS at, 0 AS late, 92 AS score,
         '分析全面，准确指出了发件人域名仿冒和链接地址不一致两处破绽，处置步骤规范。建议今后同时抄送信息安全部邮箱。' AS feedback,
         100 AS graded
  UNION ALL SELECT '钓鱼邮件识别报告', 'learner29', 'graded', 2, 120, 0, 85,
         '修改后的报告判断依据清楚，截图标注得很好。', 60
  UNION ALL SELECT '钓鱼邮件识别报告', 'learner25', 'graded', 1, 72, 1, 76,
         '内容基本完整，但提交晚于截止时间；对附件风险的分析可以再深入一些。', 30
  UNION ALL SELECT '办公电脑安全设置检查', 'learner21', 'submitted', 1, 12, 0, NULL, NULL, NULL
  UNION ALL SELECT '办公电脑安全设置检查', 'learner29', 'submitted', 1, 20, 0, NULL, NULL, NULL
  UNION ALL SELECT '办公电脑安全设置检查', 'learner25', 'returned', 1, 30, 0, NULL, NULL, NULL
  UNION ALL SELECT '廉洁从业案例分析', 'learner23', 'submitted', 1, 5, 0, NULL, NULL, NULL
  UNION ALL SELECT '廉洁从业案例分析', 'learner27', 'submitted', 1, 26, 0, NULL, NULL, NULL
) x JOIN homework h ON h.title = x.homework JOIN account a ON a.login = x.login
JOIN account t ON t.login = 'teacher1';

INSERT INTO submission_version (submission_id, version, body, submitted_at, returned_at,
                                returned_by, reason)
SELECT s.id, x.version, x.body, UTC_TIMESTAMP() - INTERVAL x.at HOUR,
       UTC_TIMESTAMP() - INTERVAL x.returned HOUR, IF(x.returned IS NULL, NULL, t.id), x.reason
FROM (
  SELECT '钓鱼邮件识别报告' AS homework, 'learner21' AS login, 1 AS version,
         '发件人：it-support@c0mpany-mail.com（冒充公司 IT 部门）\n主题：【紧急】您的邮箱即将停用，请立即验证\n收到时间：上周三上午 9:12\n\n可疑之处：\n1. 发件人域名把字母 o 换成了数字 0，与公司域名不一致；\n2. 邮件正文的“立即验证”按钮指向的地址不是公司域名；\n3. 以“24 小时内停用”制造紧迫感，要求输入账号和密码。\n\n处置：没有点击链接，已将邮件作为附件转发给信息安全部并在邮箱中标记为垃圾邮件。' AS body,
         170 AS at, NULL AS returned, NULL AS reason
  UNION ALL SELECT '钓鱼邮件识别报告', 'learner29', 1,
         '可疑邮件：自称财务部的“工资条更新”通知，附件为压缩包。\n可疑之处：附件需要解压密码、发件人不是财务部常用邮箱。',
         160, 150, '报告只列出了可疑特征，没有说明判断依据和处置步骤，请结合邮件截图逐条说明后重新提交。'
  UNION ALL SELECT '钓鱼邮件识别报告', 'learner29', 2,
         '可疑邮件：自称财务部的“工资条更新”通知，附件为加密压缩包。\n\n判断依据：\n1. 发件地址为外部免费邮箱，财务部通知一律使用 finance@ 公司邮箱；\n2. 正文要求“解压后启用宏查看”，正常工资条从不需要启用宏；\n3. 邮件没有落款和联系电话。\n\n处置步骤：未解压附件，截图后通过“一键上报”按钮报告信息安全部，并在部门群里提醒同事。',
         120, NULL, NULL
  UNION ALL SELECT '钓鱼邮件识别报告', 'learner25', 1,
         '收到一封“快递签收失败”的短信链接邮件，链接为短网址。判断依据：我近期没有快递；短网址隐藏了真实地址；要求填写身份证号。已删除并上报。',
         72, NULL, NULL
  UNION ALL SELECT '办公电脑安全设置检查', 'learner21', 1,
         '三项均已检查：系统更新和杀毒软件正常；屏幕保护已设为 5 分钟并需要密码；原来共享的“项目资料”文件夹已关闭共享。截图见附件。',
         12, NULL, NULL
  UNION ALL SELECT '办公电脑安全设置检查', 'learner29', 1,
         '杀毒软件病毒库已更新到最新；发现系统有 3 个待安装更新，已安装并重启；共享文件夹已全部关闭。检查清单见附件。',
         20, NULL, NULL
  UNION ALL SELECT '办公电脑安全设置检查', 'learner25', 1,
         '系统更新和杀毒软件都已开启，共享文件夹已关闭。',
         30, 10, '截图中缺少屏幕保护密码的设置一项，请补充截图后重新提交。'
  UNION ALL SELECT '廉洁从业案例分析', 'learner23', 1,
         '我选择案例二“供应商节日礼品”。当事人作为采购经理，接受了正在参与招标的供应商赠送的购物卡，违反了《廉洁从业规定》第五条“不得收受业务关联方礼金、有价证券”。\n\n本可以避免的做法：当场婉拒；无法当面退回的，按规定在 3 个工作日内上交纪检部门登记；同时主动申请回避该次招标的评审工作。',
         5, NULL, NULL
  UNION ALL SELECT '廉洁从业案例分析', 'learner27', 1,
         '案例一中，销售人员为了拿下订单，以“咨询费”名义向客户方经办人支付费用，属于商业贿赂。问题出在合同审批环节没有核实咨询服务的真实性。建议财务对“咨询费”类付款增加服务成果的核验。详细分析见附件。',
         26, NULL, NULL
) x JOIN homework h ON h.title = x.homework JOIN account a ON a.login = x.login
JOIN homework_submission s ON s.homework_id = h.id AND s.account_id = a.id
JOIN account t ON t.login = 'teacher1';

-- The hand-ins' files: the demo's PDF and picture (sql/demo/files/) under the names the learners
-- gave them.
INSERT INTO file (sha256, size, kind, mime, name, created_by, created_at)
SELECT x.sha, x.size, x.kind, x.mime, x.name, a.id, UTC_TIMESTAMP() - INTERVAL x.at HOUR
FROM (
  SELECT 'learner21' AS login, '04fdddc526c0fd03bd552d396d877d4a86fd4125e981480d883ee25d7693087c' AS sha,
         4261 AS size, 'image' AS kind, 'image/png' AS mime, '屏幕保护设置截图.png' AS name, 12 AS at
  UNION ALL SELECT 'learner29', 'cc9eabe7dfed613cfb5b7c0bd0387efda7ca69ea52a628c7187d7ec38640899a',
         758, 'pdf', 'application/pdf', '办公电脑安全检查清单.pdf', 20
  UNION ALL SELECT 'learner27', 'cc9eabe7dfed613cfb5b7c0bd0387efda7ca69ea52a628c7187d7ec38640899a',
         758, 'pdf', 'application/pdf', '案例一分析.pdf', 26
) x JOIN account a ON a.login = x.login;

INSERT INTO submission_file (submission_id, version, pos, file_id)
SELECT s.id, 1, 1, f.id
FROM (
  SELECT '办公电脑安全设置检查' AS homework, 'learner21' AS login, '屏幕保护设置截图.png' AS name
  UNION ALL SELECT '办公电脑安全设置检查', 'learner29', '办公电脑安全检查清单.pdf'
  UNION ALL SELECT '廉洁从业案例分析', 'learner27', '案例一分析.pdf'
) x JOIN homework h ON h.title = x.homework JOIN account a ON a.login = x.login
JOIN homework_submission s ON s.homework_id = h.id AND s.account_id = a.id
JOIN file f ON f.name = x.name AND f.created_by = a.id;

-- What the learners were told: the returns and the published results.
INSERT INTO message (account_id, kind, course_id, note, created_at, read_at)
SELECT s.account_id, 'hw_returned', h.course_id, CONCAT(h.title, ' — ', v.reason), v.returned_at,
       IF(v.returned_at < UTC_TIMESTAMP() - INTERVAL 1 DAY, v.returned_at + INTERVAL 1 HOUR, NULL)
FROM submission_version v JOIN homework_submission s ON s.id = v.submission_id
JOIN homework h ON h.id = s.homework_id WHERE v.returned_at IS NOT NULL
UNION ALL
SELECT s.account_id, 'hw_published', h.course_id, h.title, h.published_at, NULL
FROM homework_submission s JOIN homework h ON h.id = s.homework_id
WHERE h.published_at IS NOT NULL AND s.state = 'graded';
