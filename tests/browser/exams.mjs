// exams.mjs - an exam in the browser: started and answered on the portal, the page closed (the
// whole browser context gone), a new sign-in finds the same attempt with its answers; then the
// phone's one-question-a-page flow with JavaScript switched off, from start to the result.
// The exams are made with SQL on the stack under test (the back office builds them otherwise).
// learner13 sits them (no other browser test uses that account).
// Run on its own with `node exams.mjs`, or with the rest by all.mjs.
import { execFileSync } from 'node:child_process';
import { base, check, finish, is_main, newPage, pageProblems, screenshot, session, test }
  from './harness.mjs';

const sock = new URL(`../../var/${process.env.LMS_STACK ?? 'test'}/db/mysqld.sock`, import.meta.url).pathname;

function sql(query) {
  return execFileSync('mariadb', ['-S', sock, '-u', 'root', '-N', '-B', 'lms', '-e', query],
    { encoding: 'utf8' }).trim();
}

// A fixed paper of two true/false questions and its exam, open now; its id.
function exam(title) {
  const teacher = "(SELECT id FROM account WHERE login = 'teacher1')";
  const q = (stem, key) => sql(`INSERT INTO question (kind, stem, answer_key, created_by) VALUES
    ('truefalse', '${stem}', '${key}', ${teacher}); SELECT LAST_INSERT_ID()`);
  const a = q('使用灭火器时应先拔掉保险销。', 'T'), b = q('发生火灾时可以乘电梯逃生。', 'F');
  const paper = sql(`INSERT INTO paper (title, mode, pass_tenths, created_by) VALUES ('${title}', 'fixed', 20,
    ${teacher}); SELECT LAST_INSERT_ID()`);
  sql(`INSERT INTO paper_question (paper_id, position, question_id, points) VALUES
    (${paper}, 1, ${a}, 10), (${paper}, 2, ${b}, 10)`);
  return sql(`INSERT INTO exam (paper_id, title, opens_at, closes_at, minutes, shuffle_questions, created_by)
    VALUES (${paper}, '${title}', UTC_TIMESTAMP() - INTERVAL 1 HOUR, UTC_TIMESTAMP() + INTERVAL 1 DAY, 30, 0,
    ${teacher}); SELECT LAST_INSERT_ID()`);
}

export async function run() {
  await test('exam: answers saved as given survive a closed page and a new sign-in', async () => {
    const id = exam('浏览器断线测试');
    const one = await newPage();
    await session(one.ctx, one.page, '', 'learner13');
    await one.page.goto(`${base}/exams/${id}`);
    await Promise.all([one.page.waitForNavigation(), one.page.getByRole('button', { name: '开始考试' }).click()]);
    const url = one.page.url();
    check(/\/attempts\/\d+$/.test(url), `on the paper: ${url}`);
    // The script saves a question as soon as it is answered and shows the receipt.
    await one.page.getByLabel('正确').first().check();
    await one.page.locator('#receipt').getByText(/已保存 \d\d:\d\d:\d\d · 回执 #\d+/).waitFor();
    await screenshot(one.page, 'exam-portal-1280');
    const problems = await pageProblems(one.page, one.errors);
    check(problems.length === 0, `the paper: ${problems.join('; ')}`);
    await one.ctx.close();
    const two = await newPage();
    await session(two.ctx, two.page, '', 'learner13');
    await two.page.goto(`${base}/exams`);
    await Promise.all([two.page.waitForNavigation(), two.page.locator('.warn a').click()]);
    check(two.page.url() === url, `the same attempt: ${two.page.url()}`);
    check(await two.page.getByLabel('正确').first().isChecked(), 'the answer is still there');
    await Promise.all([two.page.waitForNavigation(), two.page.getByRole('button', { name: '交卷' }).click()]);
    check(two.page.url().endsWith('/result'), `handed in: ${two.page.url()}`);
    check(await two.page.getByText('已通过').count() === 0, 'one of two right is not a pass');
  });

  await test('exam on a phone without JavaScript: one question a page, saved at each step', async () => {
    const id = exam('手机答题测试');
    const { ctx, page, errors } = await newPage({ width: 375, height: 740, javaScriptEnabled: false });
    await session(ctx, page, '/m', 'learner13');
    await page.goto(`${base}/m/exams/${id}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '开始考试' }).click()]);
    check(await page.locator('fieldset').count() === 1, 'one question on the page');
    await page.getByLabel('正确').check();
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '保存并下一题' }).click()]);
    check(await page.getByText(/已保存 \d\d:\d\d:\d\d · 回执 #\d+/).count() === 1, 'the receipt');
    check(await page.locator('nav.qindex').getByText('1✓').count() === 1, 'the index marks the first answered');
    check(await page.locator('legend').getByText('第 2 题').count() === 1, 'on the second question');
    await page.getByLabel('错误').check();
    await screenshot(page, 'exam-mobile-375');
    const problems = await pageProblems(page, errors);
    if (await page.locator('script').count())
      problems.push('script on mobile');
    check(problems.length === 0, `the phone's paper: ${problems.join('; ')}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '交卷' }).click()]);
    check(page.url().endsWith('/result'), `handed in: ${page.url()}`);
    check(await page.getByText('已通过').count() === 1, 'both right: passed');
    await screenshot(page, 'exam-result-375');
  });
}

if (is_main(import.meta.url)) {
  await run();
  await finish();
}
