// accounts.mjs - signing in and out on every surface, by mouse and by keyboard, a wrong
// password, the forced password change of an issued account, and the back office as an
// admin sees it: every page clean at 1280px, the people filter, the CSV import.
// Screenshots are kept in var/test-logs/screenshots as artefacts.
// Run on its own with `node accounts.mjs`, or with the rest by all.mjs.
// Learner40 takes the wrong password (learner39 is the HTTP suite's to lock); everything
// this file creates has a login of its own per run, so it can run again on the same stack.
import {
  base, besides_status, check, finish, is_main, newPage, overflow, pageProblems, screenshot, test,
  unlabelled,
} from './harness.mjs';

const PW = 'demo1234';
const stamp = String(Date.now() % 100000);
const phone = `138${stamp.padStart(8, '0')}`;

// The final answer of whatever navigation action() starts, once the new page has loaded.
async function navigation(page, action) {
  const [resp] = await Promise.all([page.waitForNavigation(), action()]);
  return resp;
}

// The sign-in form: found by its labels (账号, 密码), filled and sent with a click.
async function signIn(page, path, login, password) {
  const shown = await page.goto(base + path);
  check(shown.status() === 200, `${path} status ${shown.status()}`);
  await page.getByLabel('账号', { exact: true }).fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  return navigation(page, () => page.locator('main form[action$="/login"] button[type=submit]').click());
}

// The signed-in user as the page's own XML says, asked with the page's cookies.
async function userOf(page, prefix) {
  const r = await page.request.get(`${base}${prefix}/`, { headers: { Accept: 'application/xml' } });
  const m = (await r.text()).match(/<user\b[^>]*\bname="([^"]*)"/);
  return m ? m[1] : null;
}

async function signedIn(page, prefix) {
  const name = await userOf(page, prefix);
  check(name, 'the page\'s XML names no user');
  const who = page.locator('header .who');
  check(await who.isVisible(), 'no user name in the header');
  check((await who.innerText()).trim() === name, `header shows "${await who.innerText()}", not "${name}"`);
  check(await page.locator('form[action$="/logout"] button').isVisible(), 'no logout button');
  check(await page.locator('header a.signin').count() === 0, 'sign-in link while signed in');
}

async function signedOut(page, prefix, guarded) {
  check(await page.locator('header .who').count() === 0, 'user name still shown');
  check(await page.locator('form[action$="/logout"]').count() === 0, 'logout button still shown');
  check(await page.locator('header a.signin').isVisible(), 'no sign-in link');
  check(await userOf(page, prefix) === null, 'the XML still names a user');
  await page.goto(base + guarded);
  check(new URL(page.url()).pathname === `${prefix}/login`, `${guarded} opened signed out: ${page.url()}`);
}

// The admin's cookies, signed in once and shared by the back-office tests.
let adminState = null;
async function adminPage(width = 1280) {
  if (adminState === null) {
    const { ctx, page } = await newPage({ width });
    const resp = await signIn(page, '/admin/login', 'admin', PW);
    check(resp.status() === 200, `admin sign-in answered ${resp.status()}`);
    adminState = await ctx.storageState();
  }
  return newPage({ width, storageState: adminState });
}

// The import form's own button (检查文件).
function upload(page) {
  return page.locator('main form[enctype="multipart/form-data"] button[type=submit]');
}

function csv(rows) {
  return Buffer.from(['name,emp_no,login,dept,post,phone,email,role', ...rows].join('\r\n') + '\r\n');
}

// The logins in the 账号 column of the result table; none when there is no such table.
async function listedLogins(page) {
  const tables = page.locator('main table.grid');
  for (let i = 0; i < await tables.count(); i++) {
    const col = await tables.nth(i).locator('thead th').evaluateAll((ths) =>
      ths.findIndex((th) => th.textContent.trim() === '账号'));
    if (col >= 0)
      return tables.nth(i).locator(`tbody tr td:nth-child(${col + 1})`).allInnerTexts();
  }
  return [];
}

export async function run() {
  const surfaces = [
    { path: '/login', prefix: '', width: 1280, login: 'learner1', guarded: '/profile' },
    { path: '/login', prefix: '', width: 375, login: 'learner1', guarded: '/profile' },
    { path: '/m/login', prefix: '/m', width: 375, login: 'learner1', guarded: '/m/profile' },
    { path: '/admin/login', prefix: '/admin', width: 1280, login: 'admin', guarded: '/admin/people' },
  ];
  for (const s of surfaces) {
    await test(`sign in and out on ${s.path} at ${s.width}px as ${s.login}`, async () => {
      const { page, errors } = await newPage({ width: s.width });
      const resp = await signIn(page, s.path, s.login, PW);
      check(resp.status() === 200, `after sign-in status ${resp.status()}`);
      check(new URL(page.url()).pathname === `${s.prefix}/`, `landed on ${page.url()}`);
      await signedIn(page, s.prefix);
      const wider = await overflow(page);
      check(wider <= 0, `wider than the screen by ${wider}px`);
      const name = `signed-in${s.prefix.replace('/', '-') || '-portal'}-${s.width}`;
      await screenshot(page, name);
      const out = await navigation(page, () => page.locator('form[action$="/logout"] button').click());
      check(out.status() === 200, `after sign-out status ${out.status()}`);
      check(new URL(page.url()).pathname === `${s.prefix}/`, `signed out onto ${page.url()}`);
      await signedOut(page, s.prefix, s.guarded);
      check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    });
  }

  await test('wrong password: a visible error, the username kept, no console errors', async () => {
    const { page, errors } = await newPage({ width: 1280 });
    const resp = await signIn(page, '/login', 'learner40', 'wrong-password1');
    check(resp.status() >= 400 && resp.status() < 500, `status ${resp.status()}`);
    check(new URL(page.url()).pathname === '/login', `moved on to ${page.url()}`);
    const alert = page.locator('main [role=alert]');
    check(await alert.isVisible(), 'no visible error message');
    check((await alert.innerText()).trim().length > 0, 'the error message is empty');
    const field = page.locator('#f-password + .ferr, [id="e-password"]');
    check(await field.isVisible(), 'no message next to the password field');
    check(await page.getByLabel('账号', { exact: true }).inputValue() === 'learner40', 'username not kept');
    check(await page.getByLabel('密码', { exact: true }).inputValue() === '', 'password kept');
    check(await page.locator('header .who').count() === 0, 'signed in anyway');
    await screenshot(page, 'login-wrong-password');
    const bad = besides_status(errors, base + '/login');
    check(bad.length === 0, `console errors: ${bad.join(' | ')}`);
    // The right password clears the count of failures, so the suite can run again.
    const ok = await signIn(page, '/login', 'learner40', PW);
    check(ok.status() === 200, `right password afterwards answered ${ok.status()}`);
    await signedIn(page, '');
  });

  await test('sign-in by keyboard only', async () => {
    const { page, errors } = await newPage({ width: 1280 });
    await page.goto(base + '/login');
    await page.getByLabel('账号', { exact: true }).focus();
    await page.keyboard.type('learner1');
    await page.keyboard.press('Tab');
    check(await page.evaluate(() => document.activeElement?.name) === 'password',
      'Tab from the username does not reach the password');
    await page.keyboard.type(PW);
    const resp = await navigation(page, () => page.keyboard.press('Enter'));
    check(resp.status() === 200, `status ${resp.status()}`);
    await signedIn(page, '');
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  await test('mobile sign-in and profile pages have no script element', async () => {
    const { page, errors } = await newPage({ width: 375 });
    const resp = await signIn(page, '/m/login', 'learner1', PW);
    check(resp.status() === 200, `sign-in status ${resp.status()}`);
    await page.goto(base + '/m/login');
    check(await page.locator('script').count() === 0, 'script element on /m/login');
    const profile = await page.goto(base + '/m/profile');
    check(profile.status() === 200, `/m/profile status ${profile.status()}`);
    check(await page.locator('script').count() === 0, 'script element on /m/profile');
    check(await page.locator('main').getByText('learner1', { exact: true }).count() >= 1,
      'the profile does not show the login');
    await screenshot(page, 'mobile-profile-375');
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  const adminPages = {
    '/admin/people': 'admin-people',
    '/admin/people/1': 'admin-person',
    '/admin/people/new': 'admin-people-new',
    '/admin/import': 'admin-import',
    '/admin/org': 'admin-org',
    '/admin/posts': 'admin-posts',
    '/admin/groups': 'admin-groups',
    '/admin/audit': 'admin-audit',
    '/admin/registrations': 'admin-registrations',
    '/admin/courses': 'admin-courses',
    '/admin/courses/1': 'admin-course-edit',
    '/admin/courses/new': 'admin-course-new',
    '/admin/recycle': 'admin-recycle',
    '/admin/categories': 'admin-categories',
    '/admin/lessons/1': 'admin-lesson-edit',
    '/admin/enrolments': 'admin-enrolments',
    '/admin/teaching?login=teacher1': 'admin-teaching',
    '/admin/people/6/archive': 'admin-person-archive',
  };
  // The catalogue and a course page as a learner, on the portal and on a phone.
  const learnerPages = [['/courses', 1280], ['/courses/1', 1280], ['/courses', 375],
    ['/m/courses', 375], ['/m/courses/1', 375], ['/lessons/1', 1280], ['/m/lessons/1', 375],
    ['/learning', 1280], ['/m/learning', 375], ['/messages', 1280], ['/m/messages', 375],
    ['/courses/2/enrol', 1280], ['/m/courses/2/enrol', 375], ['/archive', 1280], ['/m/archive', 375],
    ['/certificates', 1280], ['/m/certificates', 375]];
  await test('catalogue and course page render cleanly for a learner', async () => {
    const { page, errors } = await newPage({ width: 1280 });
    await signIn(page, '/login', 'learner1', PW);
    for (const [path, width] of learnerPages) {
      await page.setViewportSize({ width, height: 900 });
      const resp = await page.goto(base + path);
      check(resp.status() === 200, `${path} status ${resp.status()}`);
      await screenshot(page, `learner${path.replaceAll('/', '-')}-${width}`);
      const problems = await pageProblems(page, errors);
      if (path.startsWith('/m/') && await page.locator('script').count())
        problems.push('script on mobile');
      check(problems.length === 0, `${path} at ${width}px: ${problems.join('; ')}`);
    }
  });

  await test('a video lesson is reached from its course and its file plays by ranges', async () => {
    const { page, errors } = await newPage({ width: 1280 });
    await signIn(page, '/login', 'learner1', PW);
    await page.goto(base + '/courses/1');
    await page.getByRole('link', { name: '课程介绍视频' }).click();
    await page.waitForLoadState('load');
    const src = await page.locator('video').getAttribute('src');
    check(src && src.endsWith('/file'), `video source ${src}`);
    const status = await page.evaluate(async (u) =>
      (await fetch(u, { headers: { Range: 'bytes=0-15' } })).status, src);
    check(status === 206, `range request answered ${status}`);
    await screenshot(page, 'learner-lesson-video-1280');
    const problems = await pageProblems(page, errors);
    check(problems.length === 0, problems.join('; '));
    await page.getByRole('link', { name: /下一课/ }).click();
    await page.waitForLoadState('load');
    check((await page.locator('h1').textContent()) === '安全生产手册', 'the next lesson follows');
  });

  await test('a certificate prints on one A4 page and verifies without signing in', async () => {
    const { page, errors } = await newPage({ width: 1280 });
    await signIn(page, '/login', 'learner1', PW);
    await page.goto(base + '/certificates');
    await page.locator('main a').first().click();
    await page.waitForLoadState('load');
    await screenshot(page, 'learner-certificate-1280');
    const problems = await pageProblems(page, errors);
    check(problems.length === 0, problems.join('; '));
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    check(pages === 1, `printed on ${pages} pages`);
    const number = (await page.locator('.certificate dd').last().textContent()).trim();
    const anon = await newPage({ width: 375 });
    await anon.page.goto(`${base}/m/verify?no=${number}`);
    check(await anon.page.locator('.certificate').count() === 1, `verified ${number} on the phone`);
  });

  for (const [path, shot] of Object.entries(adminPages)) {
    await test(`back office ${path} at 1280px renders cleanly`, async () => {
      const { page, errors } = await adminPage();
      const resp = await page.goto(base + path);
      check(resp.status() === 200, `status ${resp.status()}`);
      await screenshot(page, shot);
      const problems = await pageProblems(page, errors);
      check(problems.length === 0, problems.join('; '));
    });
  }

  await test('back office: every link in the header opens', async () => {
    const { page } = await adminPage();
    await page.goto(base + '/admin/');
    const hrefs = await page.locator('header a[href]').evaluateAll((as) =>
      [...new Set(as.map((a) => a.getAttribute('href')))]);
    check(hrefs.length >= 8, `only ${hrefs.length} links in the header`);
    const broken = [];
    for (const href of hrefs) {
      const r = await page.request.get(base + href, { maxRedirects: 0 });
      if (r.status() !== 200)
        broken.push(`${href} → ${r.status()}`);
    }
    check(broken.length === 0, `broken links: ${broken.join(', ')}`);
  });

  await test('people list: the search filters in the browser', async () => {
    const { page, errors } = await adminPage();
    await page.goto(base + '/admin/people');
    await page.locator('main form.filters input[name=q]').fill('learner1');
    const resp = await navigation(page, () =>
      page.locator('main form.filters button[type=submit]').click());
    check(resp.status() === 200, `status ${resp.status()}`);
    check(new URL(page.url()).searchParams.get('q') === 'learner1', `searched with ${page.url()}`);
    check(await page.locator('main form.filters input[name=q]').inputValue() === 'learner1',
      'the search term is not kept in the field');
    const logins = await listedLogins(page);
    check(logins.includes('learner1'), `learner1 not listed: ${logins.join(' ')}`);
    check(!logins.includes('learner2'), 'learner2 listed');
    check(!logins.includes('admin'), 'admin listed');
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  // The account the admin creates, and its one-time password, for the next test.
  const issued = { login: `bt${stamp}`, secret: null };
  await test('the admin creates an account and is shown a one-time password', async () => {
    const { page, errors } = await adminPage();
    await page.goto(base + '/admin/people/new');
    const form = page.locator('main form[action="/admin/people"]');
    await form.locator('input[name=login]').fill(issued.login);
    await form.locator('input[name=name]').fill(`浏览器测试${stamp}`);
    const dept = await form.locator('select[name=dept] option').evaluateAll((os) =>
      os.find((o) => o.textContent.trim() === '测试部')?.value);
    check(dept, 'no 测试部 to choose');
    await form.locator('select[name=dept]').selectOption(dept);
    const made = await navigation(page, () => form.locator('button[type=submit]').click());
    check(made.status() === 200, `create answered ${made.status()}`);
    const secret = (await page.locator('main code.secret').innerText()).trim();
    check(/^\S{8,}$/.test(secret), `no one-time password shown: "${secret}"`);
    check((await page.locator('main').innerText()).includes(issued.login), 'the page does not name the login');
    await screenshot(page, 'admin-issued');
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
    issued.secret = secret;
  });

  await test('an issued account must change its password first', async () => {
    check(issued.secret, 'no account was issued by the test before');
    const newPw = 'Newpass123';
    const { page, errors } = await newPage({ width: 1280 });
    const first = await signIn(page, '/login', issued.login, issued.secret);
    check(first.status() === 200, `sign-in answered ${first.status()}`);
    check(new URL(page.url()).pathname === '/password', `sent to ${page.url()}, not /password`);
    await page.goto(base + '/profile');
    check(new URL(page.url()).pathname === '/password', `/profile opened before the change: ${page.url()}`);
    check(await page.locator('main [role=alert]').isVisible(), 'no notice that the password must change');
    const bare = await unlabelled(page);
    check(bare.length === 0, `unlabelled inputs on /password: ${bare.join(', ')}`);
    await screenshot(page, 'password-must-change');
    await page.locator('input[name=current_password]').fill(issued.secret);
    await page.locator('input[name=new_password]').fill(newPw);
    await page.locator('input[name=confirm_password]').fill(newPw);
    const changed = await navigation(page, () =>
      page.locator('main form[action$="/password"] button[type=submit]').click());
    check(changed.status() === 200, `change answered ${changed.status()}`);
    const profile = await page.goto(base + '/profile');
    check(profile.status() === 200 && new URL(page.url()).pathname === '/profile',
      `/profile after the change: ${profile.status()} ${page.url()}`);
    check(await page.locator('main').getByText(issued.login, { exact: true }).count() >= 1,
      'the profile does not show the login');
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  await test('import: a bad row is reported by line and nothing is written', async () => {
    const { page, errors } = await adminPage();
    const p = `bi${stamp}`;
    await page.goto(base + '/admin/import');
    await page.locator('input[name=file]').setInputFiles({
      name: 'bad.csv', mimeType: 'text/csv', buffer: csv([
        `导入甲${stamp},${p}A1,${p}a,研发中心/软件开发部,软件工程师,${phone},${p}a@example.com,learner`,
        `导入乙${stamp},${p}A2,${p}b,研发中心/不存在的部门,测试工程师,,,学员`,
        `导入丙${stamp},${p}A3,${p}c,市场营销部/华东销售部,销售代表,,,`,
      ]),
    });
    const resp = await navigation(page, () => upload(page).click());
    check(resp.status() >= 400 && resp.status() < 500, `dry run answered ${resp.status()}`);
    const rows = await page.locator('main [role=alert] table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
    check(rows.some((r) => r[0] === '3' && r[1] === 'dept'),
      `line 3, column dept not reported: ${JSON.stringify(rows)}`);
    check(rows.length === 1, `other problems reported: ${JSON.stringify(rows)}`);
    check(await page.locator('main form[action*="/import/"] button:not([disabled])').count() === 0,
      'a confirm button is offered');
    await screenshot(page, 'admin-import-problems');
    await page.goto(`${base}/admin/people?q=${p}`);
    const logins = await listedLogins(page);
    check(logins.length === 0, `written anyway: ${logins.join(' ')}`);
    const bad = besides_status(errors, base + '/admin/import');
    check(bad.length === 0, `console errors: ${bad.join(' | ')}`);
  });

  await test('import: a good file is confirmed and answers the passwords as a CSV download', async () => {
    const { page, errors } = await adminPage();
    const p = `bg${stamp}`;
    const mine = [`${p}a`, `${p}b`, `${p}c`];
    await page.goto(base + '/admin/import');
    await page.locator('input[name=file]').setInputFiles({
      name: 'good.csv', mimeType: 'text/csv', buffer: csv([
        `导入甲${stamp},${p}A1,${mine[0]},研发中心/软件开发部,软件工程师,${phone},${mine[0]}@example.com,learner`,
        `导入乙${stamp},${p}A2,${mine[1]},研发中心 / 测试部,测试工程师,,,学员`,
        `导入丙${stamp},${p}A3,${mine[2]},市场营销部/华东销售部,销售代表,,,讲师`,
      ]),
    });
    const resp = await navigation(page, () => upload(page).click());
    check(resp.status() === 200, `dry run answered ${resp.status()}`);
    check(await page.locator('main [role=alert] table').count() === 0, 'problems reported');
    const confirm = page.locator('main form[action*="/import/"] button[type=submit]');
    check(await confirm.isEnabled(), 'no confirm button');
    await screenshot(page, 'admin-import-ready');
    const [download] = await Promise.all([page.waitForEvent('download'), confirm.click()]);
    check(/^passwords-\d+\.csv$/.test(download.suggestedFilename()),
      `download named ${download.suggestedFilename()}`);
    const chunks = [];
    for await (const c of await download.createReadStream())
      chunks.push(c);
    const lines = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    check(lines[0] === 'login,name,emp_no,password', `header ${lines[0]}`);
    check(lines.length === 4, `${lines.length - 1} rows in the download`);
    for (const login of mine)
      check(lines.some((l) => l.startsWith(`${login},`) && /,\S{8,}$/.test(l)), `no password for ${login}`);
    await page.goto(`${base}/admin/people?q=${p}`);
    const logins = (await listedLogins(page)).sort();
    check(JSON.stringify(logins) === JSON.stringify(mine), `listed after import: ${logins.join(' ')}`);
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });

  await test('?lang=en switches the back office to English', async () => {
    const { page, errors } = await adminPage();
    const resp = await page.goto(base + '/admin/people?lang=en');
    check(resp.status() === 200, `status ${resp.status()}`);
    check(await page.getAttribute('html', 'lang') === 'en', 'html lang is not en');
    check((await page.locator('main h1').first().innerText()).trim() !== '人员管理', 'heading still Chinese');
    await screenshot(page, 'admin-people-en');
    check(errors.length === 0, `console errors: ${errors.join(' | ')}`);
  });
}

if (is_main(import.meta.url)) {
  await run();
  await finish();
}
