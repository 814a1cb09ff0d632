// surfaces.mjs - every surface at desktop and phone width in Debian's Chromium: no console
// errors, nothing wider than the screen, the language switch works without JavaScript.
// Screenshots are kept in var/test-logs/screenshots as artefacts.
// Run on its own with `node surfaces.mjs`, or with the rest by all.mjs.
import { base, check, finish, is_main, newPage, open, overflow, screenshot, test, unlabelled }
  from './harness.mjs';

export async function run() {
  const surfaces = { portal: '/', mobile: '/m/', admin: '/admin/' };
  for (const [name, path] of Object.entries(surfaces)) {
    for (const width of [1280, 375]) {
      await test(`${name} at ${width}px renders cleanly`, async () => {
        const { page, errors, resp } = await open(path, width);
        check(resp.status() === 200, `status ${resp.status()}`);
        check(await page.getAttribute('html', 'lang') === 'zh-CN', 'lang attribute');
        check(await page.locator('main').count() === 1, 'one main landmark');
        const wider = await overflow(page);
        check(wider <= 0, `wider than the screen by ${wider}px`);
        const bare = await unlabelled(page);
        check(bare.length === 0, `${bare.length} unlabelled inputs: ${bare.join(', ')}`);
        await screenshot(page, `${name}-${width}`);
        check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
      });
    }
  }

  await test('mobile has no JavaScript at all', async () => {
    const { page } = await open('/m/', 375);
    check(await page.locator('script').count() === 0, 'script element on mobile');
  });

  await test('language switch by keyboard, without JavaScript', async () => {
    const { page } = await newPage({ javaScriptEnabled: false, width: 375, height: 800 });
    await page.goto(base + '/m/');
    const button = page.locator('button[name=lang][value=en]');
    await button.focus();
    // The POST answers 303 and the browser follows it back to /m/.
    await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
    check(page.url() === base + '/m/', `back on /m/, not ${page.url()}`);
    check(await page.getAttribute('html', 'lang') === 'en', 'switched to English');
    await page.goto(base + '/m/');
    check(await page.getAttribute('html', 'lang') === 'en', 'English remembered');
    await screenshot(page, 'mobile-en-375');
  });

  await test('error page on each surface', async () => {
    for (const path of ['/nope', '/m/nope', '/admin/nope']) {
      const { ctx, page, resp } = await open(path, 1280);
      check(resp.status() === 404, `${path} status ${resp.status()}`);
      check(await page.locator('main a[href]').count() >= 1, `${path} offers a way home`);
      await ctx.close();
    }
  });
}

if (is_main(import.meta.url)) {
  await run();
  await finish();
}
