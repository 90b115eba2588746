// The SCORM 1.2 package against scorm-again playing the learning platform: the trainer builds the
// zip, the test unpacks it and serves it in a frame under a page that provides `window.API`.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, BrowserContext, Frame, Page } from '@playwright/test';
import { buildPackage } from '../../src/trainer/package';
import { beatResponses } from '../../src/model/level';
import { seededRng } from '../../src/model/random';
import { answerOf } from '../fixtures/players';
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
    const type =
      { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', woff2: 'font/woff2', woff: 'font/woff', mp3: 'audio/mpeg', ogg: 'audio/ogg', xml: 'application/xml' }[
        path.split('.').pop()!
      ] ?? 'application/octet-stream';
    return route.fulfill({ contentType: type, body: Buffer.from(file) });
  });
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls) as Promise<[string, ...string[]][]>;

/** The CMI data a platform would hand the next session: what the last one left (scorm-again keeps it in api.cmi). */
const cmiAfter = (page: Page) =>
  page.evaluate(() => {
    const api = (window as any).API;
    const c = api.cmi;
    return {
      suspend_data: c.suspend_data as string,
      comments: c.comments as string,
      core: { lesson_status: c.core.lesson_status as string, score: { raw: c.core.score.raw as string }, total_time: c.core.total_time as string },
    };
  });
const setValue = (log: [string, ...string[]][], key: string) => log.filter((c) => c[0] === 'LMSSetValue' && c[1] === key).map((c) => c[2]);
const seconds = (hms: string) => hms.split(':').reduce((s, x) => s * 60 + Number(x), 0);

/**
 * Play the level in play quickly through the game's own actions (the platform is told as the
 * screens would tell it): open every repair moment with a poor answer and then repair, otherwise
 * the kindest answer; stop on the last result, then go on through the screens (the scene is drawn
 * again from the state first).
 */
async function playWithRepairs(frame: Frame, upTo = Infinity) {
  const rng = seededRng(1);
  for (let n = 0; n < upTo; n++) {
    // the moment to answer next (none after the last result)
    const beat = await frame.evaluate(async () => {
      const { app } = window.bouwstenen;
      if (app.progress.inPlay?.step === 'intro') await app.setStep('situation');
      return app.view?.next ?? null;
    });
    if (!beat) break;
    const id = beatResponses(beat)[answerOf('rupture-repair', beat, rng)].id;
    await frame.evaluate(async (id) => {
      const { app } = window.bouwstenen;
      if (app.progress.inPlay?.step === 'result') await app.next();
      const before = app.progress.inPlay?.choices.length ?? 0;
      await app.choose(id);
      if (app.progress.inPlay?.choices.length !== before + 1) throw new Error(`choice ${id} not taken at step ${app.progress.inPlay?.step}`);
    }, id);
  }
  await frame.evaluate(() => window.bouwstenen.game.scene.getScene('Scenario').scene.restart());
}

/** From the last result of a level to its questions, answered, and handed in. */
async function handIn(frame: Frame, answer: string) {
  await frame.locator('#a11y-controls button[data-id="next"]').click();
  await expect(frame.locator('#a11y-heading')).toHaveText(/Terugblik/);
  await frame.locator('#a11y-controls button', { hasText: 'Vragen beantwoorden' }).click();
  const answers = frame.locator('textarea[id^="answer-"]');
  await expect(answers.first()).toBeVisible();
  for (let i = 0; i < (await answers.count()); i++) await answers.nth(i).fill(`${answer} ${i + 1}: het kind zocht troost en ik bleef dichtbij.`);
  await frame.locator('#why-1').fill(`${answer}: omdat ze bang was en mij nodig had.`);
  await frame.locator('#why-2').fill(`${answer}: ik wilde het goedmaken na mijn fout.`);
  await frame.locator('#hand-in-level').click();
}

/** The platform's page in a fresh browser context (another computer), with this CMI data. */
async function openLms(browser: Browser, baseURL: string, files: Record<string, Uint8Array>, data: object, errors: string[]) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // a file the package lacks is an error, as it is in a platform
  page.on('response', (r) => {
    if (r.status() === 404) errors.push(`404 ${r.url()}`);
  });
  await serve(context, baseURL, files, data);
  await page.goto(`${baseURL}lms/`);
  const frame = page.frame({ url: /\/lms\/sco\/index\.html/ })!;
  await expect(frame.locator('#a11y-heading')).toHaveText('Opdracht', { timeout: 20_000 });
  return { context, page, frame };
}

/** Leave the package as a platform does: the frame goes elsewhere, the session is finished. */
async function close(page: Page) {
  await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
  await expect.poll(async () => (await calls(page)).some((c) => c[0] === 'LMSFinish')).toBe(true);
}

test('the SCORM package in scorm-again: repair moments, closed and resumed on another computer, nothing lost; status, score and session time honest', async ({ page, browser, baseURL, errors }) => {
  test.setTimeout(150_000);
  // the trainer builds the package: two levels, scored by the model
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await page.locator('input[data-level="phase-1-safety"]').check();
  await page.locator('input[data-level="phase-2-trust"]').check();
  await page.locator('#score').selectOption('model');
  await expect(page.locator('#score-explain')).toContainText('dan kost die misser dus niets');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#scorm-package').click()]);
  await expect(page.locator('#trainer-status')).toHaveText(/Het SCORM-pakket is gedownload \(\d+ kB\)/);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const manifest = strFromU8(files['imsmanifest.xml']);
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).not.toContain('masteryscore');
  for (const name of Object.keys(files).filter((f) => f !== 'imsmanifest.xml')) expect(manifest).toContain(`<file href="${name}"/>`);

  // session 1: the student begins, plays level 1 with its repair moments, hands it in, starts level 2
  const began1 = Date.now();
  const one = await openLms(browser, baseURL!, files, { cmi: { core: { student_name: 'Vries, Anna de', student_id: 'avries7' } } }, errors);
  await expect(one.frame.locator('#student-name')).toHaveValue('Anna de Vries');
  await expect(one.frame.locator('#student-number')).toHaveValue('');
  await expect(one.frame.locator('#start-privacy')).toContainText('De leeromgeving krijgt je naam');
  await one.frame.locator('#start-assignment').click();
  await expect(one.frame.locator('#a11y-heading')).toHaveText(/Basisveiligheid/);
  // the first commit already says incomplete, with a score
  expect(setValue(await calls(one.page), 'cmi.core.lesson_status')[0]).toBe('incomplete');
  expect(setValue(await calls(one.page), 'cmi.core.score.raw')[0]).toBe('0');
  await playWithRepairs(one.frame);
  await handIn(one.frame, 'Sessie 1');
  await expect(one.frame.locator('#a11y-heading')).toHaveText(/Toevertrouwen/);
  await playWithRepairs(one.frame, 2);
  await expect(one.frame.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
  await close(one.page);
  const played1 = (Date.now() - began1) / 1000;
  const log1 = await calls(one.page);
  const cmi1 = await cmiAfter(one.page);
  // one level of two handed in: incomplete, and a score that is not 0 (the model: level 1's focus block stands)
  expect(cmi1.core.lesson_status).toBe('incomplete');
  expect(Number(cmi1.core.score.raw)).toBe(50);
  // interactions: the moment, the answer, a repair moment marked as one, the result; the answers as fill-in
  const ids = setValue(log1, 'cmi.interactions.0.id').concat(...Array.from({ length: 40 }, (_, n) => setValue(log1, `cmi.interactions.${n + 1}.id`)));
  expect(ids.some((id) => /^phase-1-safety\.[a-z0-9-]+\.repair$/.test(id))).toBe(true);
  expect(ids).toContain('phase-1-safety.q1');
  expect(log1.filter((c) => c[0] === 'LMSSetValue' && /^cmi\.interactions\.\d+\.result$/.test(c[1])).length).toBeGreaterThan(9);
  expect(cmi1.comments).toContain('Sessie 1: omdat ze bang was');
  const session1 = setValue(log1, 'cmi.core.session_time');
  expect(session1).toHaveLength(1);
  expect(session1[0]).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
  expect(log1.at(-1)).toEqual(['LMSFinish', '', 'true']);
  expect(setValue(log1, 'cmi.core.exit')).toEqual(['suspend']);
  expect(log1.filter((c) => c[0] === 'LMSSetValue').every((c) => c.at(-1) === 'true')).toBe(true);
  expect(await one.page.evaluate(() => (window as any).scormLog)).toEqual([]);
  await one.context.close();

  // session 2, another computer: the platform's data brings everything back
  const began2 = Date.now();
  const two = await openLms(
    browser,
    baseURL!,
    files,
    { cmi: { ...cmi1, core: { ...cmi1.core, student_name: 'Vries, Anna de', student_id: 'avries7', entry: 'resume', total_time: session1[0].replace(/\.\d\d$/, '') } } },
    errors,
  );
  await expect(two.frame.locator('#a11y-controls h2').last()).toHaveText('Welkom terug, Anna de Vries');
  await two.frame.locator('#continue-assignment').click();
  await expect(two.frame.locator('#a11y-heading')).toHaveText(/Toevertrouwen/);
  expect(await two.frame.evaluate(() => window.bouwstenen.app.progress.inPlay?.choices.length)).toBe(2);
  await playWithRepairs(two.frame);
  await handIn(two.frame, 'Sessie 2');
  await expect(two.frame.locator('#a11y-heading')).toHaveText('Opdracht klaar');
  await expect(two.frame.locator('#sent-to-platform')).toContainText('status ‘geslaagd’, score 100 van 100');
  await close(two.page);
  const played2 = (Date.now() - began2) / 1000;
  const log2 = await calls(two.page);
  const cmi2 = await cmiAfter(two.page);
  expect(cmi2.core.lesson_status).toBe('passed');
  expect(cmi2.core.score.raw).toBe('100');
  // nothing lost: level 1 as session 1 left it (its run with repair letters, times, whys, answers)
  const wire1 = JSON.parse(cmi1.suspend_data);
  const wire2 = JSON.parse(cmi2.suspend_data);
  expect(wire1.l[0].c).toMatch(/[A-Z]/);
  expect(wire2.l[0]).toEqual(wire1.l[0]);
  expect(wire2.l[1].c.slice(0, 2)).toBe(wire1.p.c);
  expect(cmi2.comments).toContain('Sessie 1: omdat ze bang was');
  expect(cmi2.comments).toContain('Sessie 2: ik wilde het goedmaken');
  // session time: each session its own, together the time played (never the running total)
  const session2 = setValue(log2, 'cmi.core.session_time');
  expect(session2).toHaveLength(1);
  const sum = seconds(session1[0]) + seconds(session2[0]);
  console.log(`session_time ${session1[0]} + ${session2[0]} = ${sum.toFixed(1)} s; played ${played1.toFixed(1)} + ${played2.toFixed(1)} s`);
  expect(sum).toBeLessThanOrEqual(played1 + played2);
  expect(sum).toBeGreaterThan((played1 + played2) * 0.6);
  expect(seconds(session2[0])).toBeLessThan(played2 + 1);
  await two.context.close();
});

test("damaged resume data: the student is told, and the platform's copy stays as it was until the student chooses", async ({ browser, baseURL, errors }) => {
  const files = await packageFiles(baseURL!);
  const damaged = '{"v":2,"n":"Anna de Vries","s":"mip3xk1s","l":[{"i":"phase-1-safety","k":"';
  const lms = await openLms(
    browser,
    baseURL!,
    files,
    { cmi: { core: { student_name: 'Vries, Anna de', lesson_status: 'incomplete', score: { raw: '50' }, entry: 'resume' }, suspend_data: damaged } },
    errors,
  );
  await expect(lms.frame.locator('#resume-problem h2')).toHaveText('Je opgeslagen werk kon niet helemaal gelezen worden');
  await expect(lms.frame.locator('#resume-problem')).toContainText('Er is nog niets veranderd');
  await expect(lms.frame.locator('#resume-start-over')).toBeVisible();
  // nothing written: not the resume data, not the status, not the score
  const written = (await calls(lms.page)).filter((c) => c[0] === 'LMSSetValue').map((c) => c[1]);
  expect(written).toEqual([]);
  expect(await lms.page.evaluate(() => (window as any).API.cmi.suspend_data)).toBe(damaged);
  await lms.frame.locator('#resume-start-over').click();
  await expect(lms.frame.locator('#student-name')).toHaveValue('Anna de Vries');
  expect(await lms.page.evaluate(() => (window as any).API.cmi.suspend_data)).toBe(damaged);
  // only starting again, the student's own choice, replaces it
  await lms.frame.locator('#start-assignment').click();
  await expect.poll(() => lms.page.evaluate(() => (window as any).API.cmi.suspend_data)).toMatch(/^\{"v":2,"n":"Anna de Vries"/);
  await lms.context.close();
});

/** The package as the trainer screen makes it, built here from the served game (no trainer screen needed). */
async function packageFiles(baseURL: string): Promise<Record<string, Uint8Array>> {
  const list = (await (await fetch(`${baseURL}game-files.json`)).json()) as string[];
  const files = new Map<string, Uint8Array>();
  await Promise.all(list.map(async (path) => files.set(path, new Uint8Array(await (await fetch(`${baseURL}${path}`)).arrayBuffer()))));
  const a = { id: 'dmg23456', levels: ['phase-1-safety', 'phase-2-trust'], lang: 'nl' as const, whatIf: false, score: 'completion' as const, replays: true };
  return unzipSync(buildPackage(files, a, 'Bouwstenen'));
}

test('a platform whose API throws: the student is told once and plays on', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).API = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSCommit: () => 'true',
      LMSGetLastError: () => '101',
      LMSGetValue: (k: string) => (k === 'cmi.core.student_name' ? 'Bakker, Cem' : ''),
      LMSSetValue: () => {
        throw new Error('platform down');
      },
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
  expect(await page.evaluate(() => window.bouwstenen.app.progress.inPlay?.choices.length)).toBe(1);
});

test('case 5: a platform that answers with numbers and an object: the student is asked about the resume data, then for a name (and no number), and the game plays', async ({ page }) => {
  await page.addInitScript(() => {
    const values: Record<string, unknown> = { 'cmi.core.student_name': { first: 'Cem' }, 'cmi.core.student_id': 20261234, 'cmi.suspend_data': 17, 'cmi.interactions._count': null };
    (window as any).API = {
      LMSInitialize: () => 'true',
      LMSFinish: () => 'true',
      LMSCommit: () => 'true',
      LMSGetLastError: () => 0,
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
  // a number as resume data is not the game's: said, and left alone until the student chooses
  await expect(page.locator('#resume-problem')).toBeVisible();
  expect(await page.evaluate(() => (window as any).API.LMSGetValue('cmi.suspend_data'))).toBe(17);
  await page.locator('#resume-start-over').click();
  await expect(page.locator('#student-name')).toHaveValue('');
  await expect(page.locator('#student-number')).toHaveValue('');
  await page.locator('#student-name').fill('Cem');
  await page.locator('#start-assignment').click();
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  await expect.poll(() => page.evaluate(() => (window as any).API.LMSGetValue('cmi.suspend_data'))).toMatch(/^\{"v":2,"n":"Cem"/);
});
