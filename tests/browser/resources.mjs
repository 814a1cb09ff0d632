// resources.mjs - the resource library (资源库): the learner's list and a resource's page on the
// portal and the phone, the back office's list and editor, each clean at 1280 and 375 px; a
// search typed into the form finds a Chinese title by a part of it.
// Screenshots are kept in var/test-logs/screenshots as artefacts.
// Run on its own with `node resources.mjs`, or with the rest by all.mjs.
import { base, check, finish, is_main, newPage, pageProblems, screenshot, test } from './harness.mjs';

const PW = 'demo1234';

// Signs in through the form (found by its labels) and keeps the cookies for later pages.
const states = {};
async function signedIn(login, prefix, width) {
  if (states[login] === undefined) {
    const { ctx, page } = await newPage({ width });
    await page.goto(`${base}${prefix}/login`);
    await page.getByLabel('账号', { exact: true }).fill(login);
    await page.getByLabel('密码', { exact: true }).fill(PW);
    await Promise.all([page.waitForNavigation(),
      page.locator('main form[action$="/login"] button[type=submit]').click()]);
    check(new URL(page.url()).pathname !== `${prefix}/login`, `${login} did not sign in`);
    states[login] = await ctx.storageState();
  }
  return newPage({ width, storageState: states[login] });
}

// The first resource the list links to, as its path.
async function firstResource(page, prefix) {
  const href = await page.locator(`main ul.resources a[href^="${prefix}/resources/"]`).first()
    .getAttribute('href');
  check(href && /\/resources\/\d+$/.test(href), `no resource link in the list: ${href}`);
  return href;
}

async function clean(page, errors, what, width) {
  await screenshot(page, `library${what.replaceAll('/', '-')}-${width}`);
  const problems = await pageProblems(page, errors);
  if (what.startsWith('/m/') && await page.locator('script').count())
    problems.push('script on mobile');
  check(problems.length === 0, `${what} at ${width}px: ${problems.join('; ')}`);
}

export async function run() {
  for (const width of [1280, 375]) {
    for (const prefix of ['', '/m']) {
      await test(`resource library ${prefix || '/'} list and page at ${width}px`, async () => {
        const { page, errors } = await signedIn('learner5', prefix, width);
        const resp = await page.goto(`${base}${prefix}/resources`);
        check(resp.status() === 200, `list status ${resp.status()}`);
        check(await page.locator('main li').count() >= 6, 'the published resources are listed');
        await clean(page, errors, `${prefix}/resources`, width);
        const one = await firstResource(page, prefix);
        const shown = await page.goto(base + one);
        check(shown.status() === 200, `${one} status ${shown.status()}`);
        check(await page.locator(`main a[href="${one}/file"]`).count() === 1, 'a download link');
        await clean(page, errors, `${prefix}/resource`, width);
      });
    }

    await test(`back-office resource list and editor at ${width}px`, async () => {
      const { page, errors } = await signedIn('admin', '/admin', width);
      const resp = await page.goto(`${base}/admin/resources`);
      check(resp.status() === 200, `list status ${resp.status()}`);
      check(await page.locator('main ul.resources li').count() >= 9, 'every live resource listed');
      await clean(page, errors, '/admin/resources', width);
      await page.goto(`${base}/admin/resources?status=review`);
      await clean(page, errors, '/admin/resources-review', width);
      // The editor of one with earlier versions: the guide has two.
      await page.goto(`${base}/admin/resources?q=${encodeURIComponent('入职指南')}`);
      const one = await firstResource(page, '/admin');
      await page.goto(base + one);
      check(await page.locator('main ol.versions li').count() === 3, 'the current version and two before');
      check(await page.locator('main form[action$="/file"] input[type=file]').count() === 1, 'a new version form');
      await clean(page, errors, '/admin/resource-edit', width);
      await page.goto(`${base}/admin/resources/new`);
      await clean(page, errors, '/admin/resource-new', width);
    });
  }

  await test('resource search by part of a Chinese title, by keyboard', async () => {
    const { page, errors } = await signedIn('learner5', '', 1280);
    await page.goto(`${base}/resources`);
    await page.getByLabel('搜索资源标题或简介').fill('速查');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const found = await page.locator('main li a.title').allInnerTexts();
    check(found.length === 1 && found[0] === 'Excel 常用函数速查表', `found ${found.join(', ')}`);
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });
}

if (is_main(import.meta.url)) {
  await run();
  await finish();
}
