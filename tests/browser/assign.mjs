// assign.mjs - assignment (指派) in the browser: the back office's assignment list, the new-assignment
// form, one assignment's progress page, the learning plans and their editor and the monthly HR report,
// then My learning with deadlines and plans on the portal and the phone; each clean at 1280 and 375 px.
// A form refused for an audience out of reach shows its message and keeps what was chosen.
// Screenshots are kept in var/test-logs/screenshots as artefacts.
// Run on its own with `node assign.mjs`, or with the rest by all.mjs.
import { base, check, clean, finish, is_main, newPage, pageProblems, PW, screenshot, session, test }
  from './harness.mjs';


export async function run() {
  await test('assignments: list, form, progress page, plans and HR report clean in the back office', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '/admin', 'admin');
    await clean(page, errors, '/admin/assignments', [1280, 375], 'assign-list');
    await clean(page, errors, '/admin/assignments/new', [1280, 375], 'assign-new');
    await clean(page, errors, '/admin/assignments/2', [1280, 375], 'assign-view');
    await clean(page, errors, '/admin/plans', [1280, 375], 'plans');
    await clean(page, errors, '/admin/plans/1', [1280, 375], 'plan-edit');
    await clean(page, errors, '/admin/plans/new', [1280, 375], 'plan-new');
    await clean(page, errors, '/admin/hr', [1280, 375], 'hr');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/admin/assignments/2`);
    check(await page.locator('main table.grid tbody tr').count() === 10, 'ten people on 华南销售部\'s assignment');
    check(await page.getByText('按时完成').count() > 0, 'states in words');
  });

  await test('assignment form: a head refused outside their department, with what was chosen kept', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '/admin', 'head1');
    await clean(page, errors, '/admin/assignments/new', [1280, 375], 'assign-new-head');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('课程', { exact: true }).selectOption({ label: 'Word 长文档排版' });
    await page.getByLabel('截止日期').fill('2099-12-31');
    await page.getByLabel('指定人员（账号，用空格或逗号分隔）').fill('learner2');
    const [resp] = await Promise.all([page.waitForNavigation(),
      page.locator('main form button[type=submit]').click()]);
    check(resp.status() === 403, `out of scope: ${resp.status()}`);
    check(await page.locator('.errors').getByText('超出你的管理范围').count() === 1, 'the message is shown');
    check(await page.getByLabel('指定人员（账号，用空格或逗号分隔）').inputValue() === 'learner2', 'what was typed stays');
    await screenshot(page, 'assign-refused-1280');
    const problems = (await pageProblems(page, [])).filter((p) => !p.startsWith('console'));
    check(problems.length === 0, `refused form: ${problems.join('; ')}`);
  });

  await test('My learning: due soon, overdue and the onboarding plan, clean on portal and phone', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '', 'learner34');
    await clean(page, errors, '/learning', [1280, 375], 'assign-learning');
    check(await page.getByText('即将到期（3 天内）').count() === 1, 'a due-soon section');
    check(await page.getByText('新员工入职学习计划').count() >= 1, 'the onboarding plan');
    await clean(page, errors, '/messages', [1280, 375], 'assign-inbox');
    const m = await newPage({ width: 375 });
    await session(m.ctx, m.page, '/m', 'learner36');
    await clean(m.page, m.errors, '/m/learning', [375, 1280], 'assign-learning-m');
    check(await m.page.getByText('已逾期').count() >= 1, 'an overdue section on the phone');
  });
}

if (is_main(import.meta.url)) {
  await run();
  await finish();
}
