// surveys.mjs - surveys and votes (问卷与投票) in the browser: the learner's list and answer form on
// portal and phone (a vote answered by label and then its chart), and the back office's editor
// and results page with its SVG charts, each clean at 1280px and 375px.
// Screenshots are kept in var/test-logs/screenshots as artefacts.
// Run on its own with `node surveys.mjs`, or with the rest by all.mjs.
import { base, check, clean, finish, is_main, newPage, screenshot, session, test } from './harness.mjs';

export async function run() {
  await test('survey answer form: fieldsets and labels, clean on portal and phone', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '', 'learner28');
    await clean(page, errors, '/surveys', [1280, 375], 'survey-list');
    await clean(page, errors, '/surveys/3', [1280, 375], 'survey-form');
    check(await page.locator('main form fieldset legend').count() === 4, 'a legend per question');
    await session(ctx, page, '/m', 'learner28');
    await clean(page, errors, '/m/surveys/3', [375], 'survey-form-mobile');
    // Sent without answers: each required question says so, and nothing is lost.
    await page.setViewportSize({ width: 375, height: 900 });
    await page.getByLabel('线上视频课').check();
    await page.locator('main form button[type=submit]').click();
    check(await page.locator('main .ferr').count() === 2, 'the two required questions left out say so');
    check(await page.getByLabel('线上视频课').isChecked(), 'what was chosen is kept');
    await screenshot(page, 'survey-form-refused-375');
  });

  await test('a vote answered by its labels shows its chart', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '', 'learner26');
    await page.goto(`${base}/surveys/2`);
    await page.getByLabel('专业技术进阶').check();
    await page.locator('main form button[type=submit]').click();
    check(new URL(page.url()).search === '?done=answered', `after voting: ${page.url()}`);
    check(await page.locator('main .note').isVisible(), 'no thanks');
    check(await page.locator('main svg[role=img] rect').count() === 5, 'a bar per option');
    await screenshot(page, 'survey-vote-results-1280');
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  await test('back office survey pages: list, editor and results with charts, clean', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '/admin', 'admin');
    await clean(page, errors, '/admin/surveys', [1280], 'admin-surveys');
    await clean(page, errors, '/admin/surveys/3', [1280, 375], 'admin-survey-edit');
    await clean(page, errors, '/admin/surveys/new', [1280], 'admin-survey-new');
    await clean(page, errors, '/admin/surveys/1/results', [1280, 375], 'admin-survey-results');
    check(await page.locator('main svg[role=img]').count() === 4, 'a chart per rating question');
  });
}

if (is_main(import.meta.url)) {
  await run();
  await finish();
}
