// The SCORM 1.2 package against scorm-again playing the learning platform: the trainer builds the
// zip, the test unpacks it and serves it in a frame under a page that provides `window.API`.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { booted, button, expect, heading, playState, policyPick, shot, test } from './helpers';

// the browser build (a script that sets window.Scorm12API), read from the package itself
const scormAgain = readFileSync('node_modules/scorm-again/dist/scorm12.min.js', 'utf8');

/** The platform's page: scorm-again's SCORM 1.2 API, a log of every call, the package in a frame. */
const lmsPage = (data: object) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title>
<script>${scormAgain}</script>
<script>
  window.calls = []; window.scormLog = [];
  const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 'ERROR', onLogMessage: (l, m) => window.scormLog.push(m) });
  api.loadFromJSON(${JSON.stringify(data)});
  for (const name of ['LMSInitialize', 'LMSFinish', 'LMSCommit', 'LMSSetValue', 'LMSGetValue']) {
    const f = api[name].bind(api);
    api[name] = (...args) => { const r = f(...args); window.calls.push([name, ...args, r]); return r; };
  }
  window.API = api;
</script></head><body style="margin:0"><iframe id="sco" src="sco/index.html" style="border:0;width:100vw;height:100vh"></iframe></body></html>`;

/** Serve the unpacked zip under /lms/sco/ and the platform's page at /lms/, on the game's own origin. */
async function serve(context: BrowserContext, base: string, files: Record<string, Uint8Array>, data: object) {
  await context.route(`${base}lms/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/lms\//, '');
    if (path === '' || path === 'index.html') return route.fulfill({ contentType: 'text/html', body: lmsPage(data) });
    const file = files[path.replace(/^sco\//, '')];
    if (!path.startsWith('sco/') || !file) return route.fulfill({ status: 404, body: 'not in the package' });
    const type = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', woff2: 'font/woff2', woff: 'font/woff', mp3: 'audio/mpeg', ogg: 'audio/ogg', xml: 'application/xml' }[path.split('.').pop()!] ?? 'application/octet-stream';
    return route.fulfill({ contentType: type, body: Buffer.from(file) });
  });
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls) as Promise<[string, ...string[]][]>;

/** Play n moments in the frame (or all, n = Infinity) through its accessible layer. */
async function playMoments(frame: Frame, n: number) {
  let played = 0;
  for (let i = 0; i < 80 && played < n; i++) {
    const state = await frame.waitForFunction(() => {
      const h = document.querySelector('#a11y-heading')?.textContent ?? '';
      if (/Terugblik/.test(h)) return 'debrief';
      const ids = [...document.querySelectorAll<HTMLButtonElement>('#a11y-controls button')].map((b) => b.dataset.id ?? '');
      if (ids.some((id) => id.startsWith('response-'))) return 'responses';
      for (const id of ['start', 'choose', 'next']) if (ids.includes(id)) return id;
      return null;
    }).then((h) => h.jsonValue() as Promise<string>);
    if (state === 'debrief') return played;
    if (state === 'responses') {
      const pick = await frame.evaluate(() => {
        const { app } = (window as any).bouwstenen;
        const s = app.playingLevel().scenarios[app.run().choices.length];
        const totals: number[] = s.responses.map((r: any) => Object.values(r.effects).reduce((a: number, b: any) => a + b, 0));
        return s.responses[totals.indexOf(Math.max(...totals))].id as string;
      });
      await frame.locator(`#a11y-controls button[data-id="response-${pick}"]`).click();
      played++;
      await expect(frame.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
    } else {
      await frame.locator(`#a11y-controls button[data-id="${state}"]`).click();
      await expect(frame.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
    }
  }
  return played;
}

test('the SCORM package runs against scorm-again: name in, interactions, status, score, suspend, resume, finish', async ({ page, browser, baseURL, errors }) => {
  test.setTimeout(180_000);
  // the trainer builds the package
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await page.locator('input[data-level="phase-1-safety"]').check();
  await page.locator('#score').selectOption('focus');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#scorm-package').click()]);
  await expect(page.locator('#trainer-status')).toHaveText(/Het SCORM-pakket is gedownload \(\d+ kB\)/);
  expect(download.suggestedFilename()).toMatch(/^bouwstenen-scorm-[a-z0-9]+\.zip$/);
  const zipBytes = readFileSync((await download.path())!);
  console.log(`SCORM zip: ${(zipBytes.length / 1024).toFixed(0)} kB`);
  const files = unzipSync(new Uint8Array(zipBytes));
  const manifest = strFromU8(files['imsmanifest.xml']);
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  for (const name of Object.keys(files).filter((f) => f !== 'imsmanifest.xml')) expect(manifest).toContain(`<file href="${name}"/>`);
  expect(strFromU8(files['index.html'])).toContain('<meta name="bouwstenen-assignment"');
  expect(Object.keys(files).some((f) => /^assets\/index-.*\.js$/.test(f))).toBe(true);

  // a student opens it in the platform
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 720 } });
  const lms = await context.newPage();
  lms.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  lms.on('pageerror', (e) => errors.push(e.message));
  await serve(context, baseURL!, files, { cmi: { core: { student_name: 'Vries, Anna de', student_id: 'u123' } } });
  await lms.goto(`${baseURL}lms/`);
  const frame = lms.frame({ url: /\/lms\/sco\/index\.html/ })!;
  await expect(frame.locator('#a11y-heading')).toHaveText('Opdracht', { timeout: 20_000 });
  // the name comes from the platform
  await expect(frame.locator('#student-name')).toHaveValue('Anna de Vries');
  await expect(frame.locator('#student-number')).toHaveValue('u123');
  await frame.locator('#start-assignment').click();
  await expect(frame.locator('#a11y-heading')).toHaveText(/Basisveiligheid/);
  expect(await playMoments(frame, 3)).toBe(3);
  await expect.poll(async () => (await calls(lms)).filter((c) => c[0] === 'LMSSetValue' && /^cmi\.interactions\.\d+\.id$/.test(c[1])).length).toBe(3);
  const log = await calls(lms);
  expect(log[0]).toEqual(['LMSInitialize', '', 'true']);
  expect(log).toContainEqual(['LMSGetValue', 'cmi.core.student_name', 'Vries, Anna de']);
  expect(log).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'incomplete', 'true']);
  const first = log.filter((c) => c[0] === 'LMSSetValue' && c[1].startsWith('cmi.interactions.0.'));
  expect(first.map((c) => c[1])).toEqual(['cmi.interactions.0.id', 'cmi.interactions.0.type', 'cmi.interactions.0.student_response', 'cmi.interactions.0.time']);
  expect(first[0][2]).toMatch(/^phase-1-safety\.[a-z0-9-]+$/);
  expect(first[3][2]).toMatch(/^\d\d:\d\d:\d\d$/);
  expect(log.filter((c) => c[0] === 'LMSSetValue').every((c) => c.at(-1) === 'true')).toBe(true);
  expect(log.filter((c) => c[0] === 'LMSCommit').length).toBeGreaterThanOrEqual(3);
  const suspend = await lms.evaluate(() => (window as any).API.cmi.suspend_data as string);
  expect(suspend.length).toBeGreaterThan(10);
  expect(suspend.length).toBeLessThanOrEqual(4096);
  expect(JSON.parse(suspend).p.c).toHaveLength(3);
  await shot(lms, 'scorm-in-lms');

  // leaving the page finishes the session, with resume data kept
  await lms.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
  await expect.poll(async () => (await calls(lms)).some((c) => c[0] === 'LMSFinish')).toBe(true);
  const end = await calls(lms);
  expect(end.at(-1)).toEqual(['LMSFinish', '', 'true']);
  expect(end).toContainEqual(['LMSSetValue', 'cmi.core.exit', 'suspend', 'true']);
  expect(end.some((c) => c[0] === 'LMSSetValue' && c[1] === 'cmi.core.session_time')).toBe(true);
  await context.close();

  // on another computer (no local save): the platform's resume data brings the student back
  const context2 = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 720 } });
  const lms2 = await context2.newPage();
  lms2.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  lms2.on('pageerror', (e) => errors.push(e.message));
  await serve(context2, baseURL!, files, { cmi: { core: { student_name: 'Vries, Anna de', student_id: 'u123', lesson_status: 'incomplete', entry: 'resume' }, suspend_data: suspend } });
  await lms2.goto(`${baseURL}lms/`);
  const frame2 = lms2.frame({ url: /\/lms\/sco\/index\.html/ })!;
  await expect(frame2.locator('#a11y-controls h2').last()).toHaveText('Welkom terug, Anna de Vries', { timeout: 20_000 });
  await frame2.locator('#continue-assignment').click();
  await expect(frame2.locator('#a11y-heading')).toHaveText(/Basisveiligheid/);
  expect(await frame2.evaluate(() => (window as any).bouwstenen.app.inPlay.choices.length)).toBe(3);
  await playMoments(frame2, Infinity);
  await expect(frame2.locator('#a11y-heading')).toHaveText(/Terugblik/);
  await frame2.locator('#a11y-controls button', { hasText: 'Vragen beantwoorden' }).click({ force: true });
  const answers = frame2.locator('textarea[id^="answer-"]');
  for (let i = 0; i < (await answers.count()); i++) await answers.nth(i).fill('Antwoord');
  await frame2.locator('#why-1').fill('Omdat');
  await frame2.locator('#why-2').fill('Daarom');
  await frame2.locator('#hand-in-level').click();
  await expect(frame2.locator('#a11y-heading')).toHaveText('Opdracht klaar');
  await expect(frame2.locator('#sent-to-platform')).toBeVisible();
  const done = await calls(lms2);
  expect(done).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'completed', 'true']);
  // the score is how well the focus block stands: attuned play, a high score
  const score = Number(done.filter((c) => c[1] === 'cmi.core.score.raw').at(-1)![2]);
  expect(score).toBeGreaterThan(50);
  expect(score).toBeLessThanOrEqual(100);
  const suspend2 = await lms2.evaluate(() => (window as any).API.cmi.suspend_data as string);
  expect(suspend2.length).toBeLessThanOrEqual(4096);
  expect(JSON.parse(suspend2).l[0].q[0]).toBe('Antwoord');
  expect(await lms2.evaluate(() => (window as any).scormLog)).toEqual([]);
  await context2.close();
});

test('a platform whose API throws: the student is told once and plays on', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).API = {
      LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '101',
      LMSGetValue: (k: string) => (k === 'cmi.core.student_name' ? 'Bakker, Cem' : ''),
      LMSSetValue: () => { throw new Error('platform down'); },
    };
  });
  const link = await (async () => {
    await page.goto('/');
    await booted(page);
    await button(page, 'Voor docenten').click();
    await page.locator('input[data-level="phase-2-trust"]').check();
    return page.locator('#assignment-link').inputValue();
  })();
  await page.goto(link);
  await booted(page);
  await expect(page.locator('#student-name')).toHaveValue('Cem Bakker');
  await page.locator('#start-assignment').click();
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  // said once, calmly, on the first screen after the problem
  await expect(page.locator('#a11y-live')).toHaveText(/De verbinding met de leeromgeving werkt niet helemaal/);
  await shot(page, 'scorm-problem-notice');
  for (let i = 0; i < 6; i++) {
    const state = await playState(page);
    if (state === 'responses') {
      await page.keyboard.press(String(await policyPick(page, 'attuned')));
      break;
    }
    await page.keyboard.press('Enter');
    await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
  }
  // the game goes on: the choice is made and saved
  await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
  expect(await page.evaluate(() => (window as any).bouwstenen.app.inPlay.choices.length)).toBe(1);
});

test('case 5: a platform that answers with a number and an object: the start screen still asks the name, and the game plays', async ({ page }) => {
  await page.addInitScript(() => {
    const values: Record<string, unknown> = { 'cmi.core.student_name': { first: 'Cem' }, 'cmi.core.student_id': 20261234, 'cmi.suspend_data': 17, 'cmi.interactions._count': null };
    (window as any).API = {
      LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => 0,
      LMSGetValue: (k: string) => values[k] ?? '',
      LMSSetValue: (k: string, v: string) => ((values[k] = v), 'true'),
    };
  });
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await page.locator('input[data-level="phase-2-trust"]').check();
  const link = await page.locator('#assignment-link').inputValue();
  await page.goto(link);
  await booted(page);
  await expect(page.locator('#student-name')).toHaveValue('');
  await expect(page.locator('#student-number')).toHaveValue('20261234');
  await page.locator('#student-name').fill('Cem');
  await page.locator('#start-assignment').click();
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  await expect.poll(() => page.evaluate(() => (window as any).API.LMSGetValue('cmi.suspend_data'))).toMatch(/^\{"v":1,"n":"Cem"/);
});
