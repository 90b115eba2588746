// The trainer's whole loop: build an assignment, two students open its link in fresh browsers,
// play, reflect and download their files; the trainer loads them into the class overview.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { booted, button, expect, heading, playByKeys, playState, policyPick, shot, test } from './helpers';
import { fnv1a } from '../../src/trainer/hash';

/** A fresh browser profile that fails the test on any console error. */
async function freshPage(browser: Browser, errors: string[], viewport = { width: 1280, height: 720 }) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return page;
}

async function openTrainer(page: Page) {
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await expect(heading(page)).toHaveText('Voor docenten');
}

/** A student opens the link, gives a name, plays the level and answers the questions. */
async function student(page: Page, url: string, name: string, policy: 'attuned' | 'worst', whys: string[], reloadAfter?: number) {
  await page.goto(url);
  await booted(page);
  await expect(heading(page)).toHaveText('Opdracht');
  await expect(page.locator('#assignment-note')).toHaveText('<b>Lees</b> eerst hoofdstuk 3');
  await expect(page.locator('#assigned-levels li')).toHaveText(['Basisveiligheid (0–3 maanden)']);
  // no name: a clear message, nothing starts
  await page.locator('#start-assignment').click();
  await expect(page.locator('#name-error')).toHaveText('Vul je naam in om te beginnen.');
  await page.locator('#student-name').fill(name);
  await page.locator('#student-number').fill('s-1234');
  await page.locator('#start-assignment').click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  if (reloadAfter) {
    // part-way through, the page is reloaded: the assignment carries on where it was
    for (let played = 0; played < reloadAfter; ) {
      const state = await playState(page);
      if (state === 'responses') {
        await page.keyboard.press(String(await policyPick(page, policy)));
        played++;
        await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
      } else {
        await page.keyboard.press('Enter');
        await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
      }
    }
    await page.reload();
    await booted(page);
    await expect(page.locator('#a11y-controls h2').last()).toHaveText(`Welkom terug, ${name}`);
    await page.locator('#continue-assignment').click();
    await expect(heading(page)).toHaveText(/Basisveiligheid/);
    expect(await page.evaluate(() => window.bouwstenen.app.progress.inPlay?.choices.length)).toBe(reloadAfter);
  }
  await playByKeys(page, policy);
  await expect(heading(page)).toHaveText(/Terugblik/);
  await button(page, 'Vragen beantwoorden').click();
  await expect(heading(page)).toHaveText(/^Terugkijken/);
  const answers = page.locator('textarea[id^="answer-"]');
  const n = await answers.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await answers.nth(i).fill(`${name} antwoordt op vraag ${i + 1}`);
  // one "why" is not enough
  await page.locator('#why-3').fill(whys[0]);
  await page.locator('#hand-in-level').click();
  await expect(page.locator('#reflect-error')).toContainText('minstens 2 momenten');
  await page.locator('#why-5').fill(whys[1]);
  await page.locator('#hand-in-level').click();
  await expect(heading(page)).toHaveText('Opdracht klaar');
  const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#download-report').click()]);
  const [results] = await Promise.all([page.waitForEvent('download'), page.locator('#download-results').click()]);
  // the downloads go when the browser context closes: read them now
  return {
    reportName: report.suggestedFilename(),
    report: readFileSync((await report.path())!, 'utf8'),
    resultsName: results.suggestedFilename(),
    results: readFileSync((await results.path())!, 'utf8'),
  };
}

test('a trainer builds an assignment, two students play it, the class overview shows both', async ({ page, browser, errors }) => {
  test.setTimeout(180_000);
  await openTrainer(page);
  // every level can be chosen, with its id beside its title
  await expect(page.locator('#levels code')).toHaveText(['phase-1-safety', 'phase-2-trust', 'phase-3-confidence', 'phase-4-autonomy', 'phase-5-creativity', 'repair-foster', 'repair-adoption']);
  await expect(page.locator('#trainer-status')).toHaveText(/Kies minstens één level/);
  await page.locator('input[data-level="phase-1-safety"]').check();
  await page.locator('#note').fill('<b>Lees</b> eerst hoofdstuk 3');
  await page.locator('#due').fill('2026-12-14');
  await page.locator('#whatif').uncheck();
  await expect(page.locator('#assignment-link')).toHaveValue(/\?a=1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
  await expect(page.locator('.qr svg')).toBeVisible();
  await shot(page, 'trainer-1280');
  const url = await page.locator('#assignment-link').inputValue();

  const s1 = await freshPage(browser, errors);
  const one = await student(s1, url, '<script>alert(1)</script>Anna', 'attuned', ['Ze huilde, dus ik ging.', '=1+1 leek me goed'], 3);
  expect(one.reportName).toMatch(/^bouwstenen-script-alert-1-script-Anna-phase-1-safety-\d{4}-\d{2}-\d{2}\.html$/);
  const reportHtml = one.report;
  mkdirSync('test-results/screens', { recursive: true });
  writeFileSync('test-results/screens/assignment-report.html', reportHtml);
  writeFileSync('test-results/screens/assignment-results.json', one.results);
  expect(reportHtml).not.toContain('<script>alert(1)');
  expect(reportHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;Anna');
  // every moment played is in the report, as in the results file, each with a time
  const resultsJson = JSON.parse(one.results);
  expect(one.resultsName).toBe(one.reportName.replace(/\.html$/, '.json'));
  const played = resultsJson.results.levels[0].choices;
  expect(played.length).toBeGreaterThanOrEqual(8);
  expect(played.every((c: { at?: string }) => !!c.at)).toBe(true);
  expect(reportHtml.match(/<tr><td>\d+<\/td>/g)).toHaveLength(played.length);
  expect(reportHtml).toContain('Ze huilde, dus ik ging.');
  expect(reportHtml).toContain('antwoordt op vraag 1');
  expect(reportHtml).toContain('inleveren vóór 2026-12-14');
  const view = await s1.context().newPage();
  await view.setContent(reportHtml);
  await shot(view, 'assignment-report');
  await view.close();
  // the link again: the finished assignment is there; a second student on this computer starts afresh
  await s1.goto(url);
  await booted(s1);
  await expect(s1.locator('#a11y-controls h2').last()).toHaveText('Welkom terug, <script>alert(1)</script>Anna');
  await s1.locator('#continue-assignment').click();
  await expect(heading(s1)).toHaveText('Opdracht klaar');
  await s1.goto(url);
  await booted(s1);
  await s1.locator('#someone-else').click();
  await expect(s1.locator('#student-name')).toHaveValue('');
  // the student's own story is untouched: a fresh title offers a new story, not "continue"
  await s1.goto('/');
  await booted(s1);
  await expect(s1.locator('#a11y-controls button').first()).toHaveText('Ik ben ouder');
  await expect(s1.locator('#a11y-controls button', { hasText: 'Verder spelen' })).toHaveCount(0);
  await s1.context().close();

  const s2 = await freshPage(browser, errors, { width: 390, height: 844 });
  const two = await student(s2, url, '=HYPERLINK("http://evil")', 'worst', ['Ik was moe', 'Ik wist het niet']);
  await shot(s2, 'assignment-done-390');
  await s2.context().close();

  // the class overview: both files, a broken one and one dropped twice
  await button(page, 'Terug').click();
  await openTrainer(page);
  await page.locator('#to-overview').click();
  await expect(heading(page)).toHaveText('Klasoverzicht');
  await expect(page.locator('.privacy')).toContainText('Alles blijft op dit apparaat');
  const files = [one.results, two.results];
  await page.locator('#results-files').setInputFiles(files.map((text, i) => ({ name: `student-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(text) })));
  await expect(page.locator('#students tbody tr')).toHaveCount(2);
  await page.locator('#results-files').setInputFiles([
    { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(files[0]) },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Dit is geen JSON') },
    { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(files[1].replace('Ik was moe', 'Ik was wakker')) },
  ]);
  await expect(page.locator('#file-messages li.error')).toHaveText([
    /again\.json: dit bestand van .* was al ingelezen/,
    'notes.json: geen leesbaar resultaatbestand (geen JSON)',
    'edited.json: het controlegetal klopt niet: het bestand is beschadigd of veranderd',
  ]);
  await expect(page.locator('#students tbody tr')).toHaveCount(2);
  await expect(page.locator('#students tbody th')).toHaveText(['<script>alert(1)</script>Anna', '=HYPERLINK("http://evil")']);
  await expect(page.locator('#students tbody tr').first().locator('td').nth(4)).toHaveText('0');
  // the moment the two were most divided on: one vote each, the options nobody chose shown too
  const divided = (await page.locator('#most-divided a').first().getAttribute('href'))!;
  await expect(page.locator(`${divided} .row`, { hasText: '1× · 50%' })).toHaveCount(2);
  expect(await page.locator(`${divided} .row`).count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('ul.answers').first().locator('li')).toHaveCount(2);
  await shot(page, 'class-overview-1280');
  await page.locator(divided).scrollIntoViewIfNeeded();
  await shot(page, 'class-overview-charts-1280');
  await page.locator('ul.answers').first().scrollIntoViewIfNeeded();
  await shot(page, 'class-overview-answers-1280');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0].split(';').slice(0, 3)).toEqual(['Student', 'Studentnummer', 'Levels']);
  expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://evil"")";s-1234;`))).toBe(true);
  expect(text).toContain("'=1+1 leek me goed");
});

test('broken, unknown and newer assignment links say what is wrong and the game goes on', async ({ page }) => {
  const good = (o: object, v = 1) => {
    const json = JSON.stringify(o);
    const h = fnv1a(json);
    return `${v}.${Buffer.from(json).toString('base64url')}.${h.toString(36)}`;
  };
  const cases: [string, RegExp][] = [
    ['1.eyJpIjoiYWJj', /beschadigd of niet helemaal gekopieerd/],
    ['hallo', /geen opdrachtlink van Bouwstenen/],
    [good({ i: 'abcd2345', l: ['phase-9-magic'], g: 'nl' }), /level dat niet bestaat: “phase-9-magic”/],
    [good({ i: 'abcd2345', l: ['phase-1-safety'], g: 'nl' }, 7), /nieuwere versie van Bouwstenen \(versie 7\)/],
  ];
  for (const [param, message] of cases) {
    await page.goto(`/?a=${param}`);
    await booted(page);
    await expect(heading(page)).toHaveText('Bouwstenen');
    await expect(page.locator('#a11y-live')).toHaveText(message);
  }
  // a good link in English opens the assignment in English, whatever the browser's language
  await page.goto(`/?a=${good({ i: 'abcd2345', l: ['phase-3-confidence'], g: 'en', n: 'Read <i>chapter</i> 4' })}`);
  await booted(page);
  await expect(heading(page)).toHaveText('Assignment');
  await expect(page.locator('#assigned-levels li')).toHaveText(['Self-confidence (9–18 months)']);
  await expect(page.locator('#assignment-note')).toHaveText('Read <i>chapter</i> 4');
  // leaving it for the title: the player's own game, in their own language
  await page.goto('/');
  await booted(page);
  // the game keeps working
  await button(page, 'Nieuw verhaal').click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
});
