// harness.mjs - the browser suite's small harness: one Debian Chromium for every test file,
// test() and check(), fresh contexts that collect console errors, screenshots kept as
// artefacts in var/test-logs/screenshots, and the final "N passed, N failed" line.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const base = `http://127.0.0.1:${process.env.PORT}`;
export const shots = new URL('../../var/test-logs/screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

// No test waits longer than this for one navigation, click or load state.
// TIMES=1 in the environment adds how long each passing test took.
const TIMEOUT = 10000;

let passed = 0, failed = 0;

export let browser;
try {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
} catch (e) {
  console.log(`chromium did not start: ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The contexts the running test opened; closed when it ends, however it ends.
let open_contexts = [];

export async function test(name, fn) {
  open_contexts = [];
  const t0 = Date.now();
  try {
    await fn();
    console.log(`${name} ... ok${process.env.TIMES ? ` (${Date.now() - t0} ms)` : ''}`);
    passed++;
  } catch (e) {
    console.log(`${name} ... FAIL: ${e.message.split('\n')[0]}`);
    failed++;
  }
  for (const ctx of open_contexts)
    await ctx.close().catch(() => {});
  open_contexts = [];
}

export function check(cond, what) {
  if (!cond) throw new Error(what);
}

// Console errors and uncaught exceptions of a page, gathered into errors. Chromium
// reports a failed resource without saying which; its address is added after " @ ".
export function watch(page, errors = []) {
  page.on('console', (m) => {
    if (m.type() !== 'error')
      return;
    const where = m.location()?.url;
    errors.push(m.text().startsWith('Failed to load resource') && where ?
      `${m.text()} @ ${where}` : m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

// The errors besides Chromium's own note that the document at url answered an error status
// (a refused form answers 4xx on purpose, and the test checks the status itself).
export function besides_status(errors, url) {
  return errors.filter((e) => !(e.startsWith('Failed to load resource') && e.endsWith(` @ ${url}`)));
}

// A fresh context (no cookies) with one page, watched for console errors.
// Options: width, height and anything browser.newContext accepts.
export async function newPage({ width = 1280, height = 900, ...options } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height }, ...options });
  ctx.setDefaultTimeout(TIMEOUT);
  ctx.setDefaultNavigationTimeout(TIMEOUT);
  open_contexts.push(ctx);
  const page = await ctx.newPage();
  const errors = watch(page);
  return { ctx, page, errors };
}

// Opens a page with a fresh context and collects what the console complains about.
export async function open(path, width) {
  const { ctx, page, errors } = await newPage({ width });
  const resp = await page.goto(base + path);
  return { ctx, page, errors, resp };
}

// How many pixels the document is wider than the window (0 or less: none).
export function overflow(page) {
  return page.evaluate(() =>
    document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// Visible form controls with neither a <label> nor an aria-label, described.
export function unlabelled(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
      .filter((e) => !e.labels?.length && !e.getAttribute('aria-label'))
      .map((e) => `${e.localName}${e.id ? '#' + e.id : ''}[name=${e.name}]` +
        (e.form?.getAttribute('action') ? ` in form ${e.form.getAttribute('action')}` : '')));
}

// What keeps a page from being clean: lang, one main, labels, unique ids, alt text,
// no horizontal overflow, no console errors; empty when there is nothing.
export async function pageProblems(page, errors) {
  const problems = [];
  if (await page.getAttribute('html', 'lang') !== 'zh-CN')
    problems.push('lang attribute');
  const mains = await page.locator('main').count();
  if (mains !== 1)
    problems.push(`${mains} main landmarks`);
  const bare = await unlabelled(page);
  if (bare.length)
    problems.push(`${bare.length} unlabelled inputs: ${bare.join(', ')}`);
  const dups = await page.evaluate(() => {
    const seen = new Map();
    for (const e of document.querySelectorAll('[id]'))
      seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
  });
  if (dups.length)
    problems.push(`duplicate ids: ${dups.join(', ')}`);
  const noAlt = await page.locator('img:not([alt])').count();
  if (noAlt)
    problems.push(`${noAlt} images without alt`);
  const wider = await overflow(page);
  if (wider > 0)
    problems.push(`wider than the screen by ${wider}px`);
  if (errors.length)
    problems.push(`console errors: ${errors.join(' | ')}`);
  return problems;
}

export function screenshot(page, name) {
  return page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
}

// Closes the browser, prints the one summary line and exits 1 when anything failed.
export async function finish() {
  await browser.close().catch(() => {});
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// True when the module at url is the script node was started with.
export function is_main(url) {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
}

// The demo accounts' password.
export const PW = 'demo1234';

// Signs the context in through the sign-in form's own POST (token from the CSRF cookie).
export async function session(ctx, page, prefix, login) {
  await page.goto(`${base}${prefix}/login`);
  const csrf = (await ctx.cookies()).find((c) => c.name === 'lms_csrf').value;
  const r = await page.request.post(`${base}${prefix}/login`,
    { form: { csrf, username: login, password: PW }, maxRedirects: 0 });
  check(r.status() === 303, `${login} signs in: ${r.status()}`);
}

// Opens path at each width and asks the harness what keeps it from being clean.
export async function clean(page, errors, path, widths, shot) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    const resp = await page.goto(base + path);
    check(resp.status() === 200, `${path} status ${resp.status()}`);
    await screenshot(page, `${shot}-${width}`);
    const problems = await pageProblems(page, errors);
    if (path.startsWith('/m/') && await page.locator('script').count())
      problems.push('script on mobile');
    check(problems.length === 0, `${path} at ${width}px: ${problems.join('; ')}`);
  }
}
