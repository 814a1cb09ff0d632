// surfaces.mjs - every surface at desktop and phone width in Debian's Chromium: no console
// errors, nothing wider than the screen, the language switch works without JavaScript.
// Screenshots are kept in var/test-logs/screenshots as artefacts.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = `http://127.0.0.1:${process.env.PORT}`;
const shots = new URL('../../var/test-logs/screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let passed = 0, failed = 0;
async function test(name, fn) {
  try {
    await fn();
    console.log(`${name} ... ok`);
    passed++;
  } catch (e) {
    console.log(`${name} ... FAIL: ${e.message}`);
    failed++;
  }
}
function check(cond, what) {
  if (!cond) throw new Error(what);
}

// Opens a page with a fresh context and collects what the console complains about.
async function open(path, width) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const resp = await page.goto(base + path);
  return { ctx, page, errors, resp };
}

const surfaces = { portal: '/', mobile: '/m/', admin: '/admin/' };
for (const [name, path] of Object.entries(surfaces)) {
  for (const width of [1280, 375]) {
    await test(`${name} at ${width}px renders cleanly`, async () => {
      const { ctx, page, errors, resp } = await open(path, width);
      check(resp.status() === 200, `status ${resp.status()}`);
      check(await page.getAttribute('html', 'lang') === 'zh-CN', 'lang attribute');
      check(await page.locator('main').count() === 1, 'one main landmark');
      const overflow = await page.evaluate(() =>
        document.documentElement.scrollWidth - document.documentElement.clientWidth);
      check(overflow <= 0, `wider than the screen by ${overflow}px`);
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
          .filter((e) => !e.labels?.length && !e.getAttribute('aria-label')).length);
      check(unlabelled === 0, `${unlabelled} unlabelled inputs`);
      await page.screenshot({ path: `${shots}${name}-${width}.png`, fullPage: true });
      check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
      await ctx.close();
    });
  }
}

await test('mobile has no JavaScript at all', async () => {
  const { ctx, page } = await open('/m/', 375);
  check(await page.locator('script').count() === 0, 'script element on mobile');
  await ctx.close();
});

await test('language switch by keyboard, without JavaScript', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await ctx.newPage();
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
  await page.screenshot({ path: `${shots}mobile-en-375.png`, fullPage: true });
  await ctx.close();
});

await test('error page on each surface', async () => {
  for (const path of ['/nope', '/m/nope', '/admin/nope']) {
    const { ctx, page, resp } = await open(path, 1280);
    check(resp.status() === 404, `${path} status ${resp.status()}`);
    check(await page.locator('main a[href]').count() >= 1, `${path} offers a way home`);
    await ctx.close();
  }
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
