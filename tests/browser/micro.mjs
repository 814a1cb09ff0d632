// micro.mjs - micro-courses (微课) in the browser: the upload form sent with a real video, a
// micro-course page with its player and folded answers, the phone's plain link, and the back
// office's scoring page with the rubric form, each clean at 1280px and 375px.
// Screenshots are kept in var/test-logs/screenshots as artefacts.
// Run on its own with `node micro.mjs`, or with the rest by all.mjs.
import { fileURLToPath } from 'node:url';

import { base, check, clean, finish, is_main, newPage, pageProblems, PW, screenshot, session, test }
  from './harness.mjs';

const VIDEO = fileURLToPath(new URL('../../sql/demo/files/course-intro.mp4', import.meta.url));

export async function run() {
  await test('micro-course upload form: clean, and a video with its quiz goes in', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '', 'learner27');
    await clean(page, errors, '/micro/new', [1280, 375], 'micro-new');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('微课名称').fill(`浏览器上传的微课 ${Date.now() % 100000}`);
    await page.getByLabel('内容简介').fill('在浏览器里选择文件上传。');
    await page.getByLabel('视频文件').setInputFiles(VIDEO);
    await page.getByLabel('试题 1', { exact: true }).fill('这段视频有多长？');
    await page.getByLabel('答案 1', { exact: true }).fill('三秒。');
    const [resp] = await Promise.all([page.waitForNavigation(),
      page.locator('main form button[type=submit]').click()]);
    check(resp.status() === 200 && new URL(page.url()).pathname === '/micro/mine',
      `after upload: ${resp.status()} ${page.url()}`);
    check(await page.locator('main .note').isVisible(), 'no note that it was submitted');
    await screenshot(page, 'micro-mine-1280');
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  await test('micro-course page: player, answers folded until asked, clean on portal and phone', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '', 'learner27');
    await clean(page, errors, '/micro', [1280, 375], 'micro-list');
    await clean(page, errors, '/micro/1', [1280, 375], 'micro-page');
    await page.setViewportSize({ width: 1280, height: 900 });
    const src = await page.locator('main video[controls]').getAttribute('src');
    const v = await page.request.get(base + src);
    check(v.status() === 200 && v.headers()['content-type'] === 'video/mp4', `video ${v.status()}`);
    const answer = page.locator('main details p').first();
    check(!await answer.isVisible(), 'an answer shows before it is asked for');
    await page.locator('main details summary').first().click();
    check(await answer.isVisible(), 'the answer does not open');
    await session(ctx, page, '/m', 'learner27');
    await clean(page, errors, '/m/micro/1', [375], 'micro-mobile');
    check(await page.locator('main video').count() === 0, 'a player on the phone');
    check(await page.locator('main a[href="/m/micro/1/video"]').count() === 1, 'no link to the video');
  });

  await test('back office scoring page: the rubric form, clean at 1280px and 375px', async () => {
    const { ctx, page, errors } = await newPage();
    await session(ctx, page, '/admin', 'admin');
    await clean(page, errors, '/admin/micro/4', [1280, 375], 'admin-micro-review');
    check(await page.locator('main form[action$="/score"] fieldset').count() === 4, 'four rubric groups');
    check(await page.locator('main form[action$="/score"] input[type=number][max]').count() === 11,
      'eleven bounded items');
    await clean(page, errors, '/admin/micro', [1280], 'admin-micro-queue');
    await clean(page, errors, '/admin/micro/report', [1280], 'admin-micro-report');
  });
}

if (is_main(import.meta.url)) {
  await run();
  await finish();
}
