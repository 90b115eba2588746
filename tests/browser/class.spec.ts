// Class mode ("In de klas", issue 21): a lecturer runs a lesson by keyboard alone with counting
// hands — two votes per moment, the spread only when shown, the discussion timer, a tie the
// lecturer breaks, the reveal with its what-if, the class debrief — saves the class results file,
// and the class overview reads it next to the homework and opens its most divided moment in class
// mode. axe on every new screen. CLASS_SHOTS=<dir> keeps screenshots (CLASS_W/CLASS_H: the size).
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildResults } from '../../src/trainer/results';
import { level, record } from '../trainer/fixtures';
import { booted, button, expect, heading, settled, test } from './helpers';

const W = Number(process.env.CLASS_W ?? 1280);
const H = Number(process.env.CLASS_H ?? 720);
test.use({ viewport: { width: W, height: H } });

async function axeClean(page: Page, name: string) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(
    r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${name}`,
  ).toEqual([]);
}
async function snap(page: Page, name: string) {
  const dir = process.env.CLASS_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await settled(page);
  await page.screenshot({ path: join(dir, `${W}x${H}-${name}.png`) });
}
const sheet = (page: Page) => page.locator('#a11y .sheet.klas');
const phase = (page: Page, text: string) => expect(page.locator('#a11y-controls')).toContainText(text);
const press = async (page: Page, ...keys: string[]) => {
  for (const k of keys) await page.keyboard.press(k);
};

test('a lesson in class mode by keyboard, its results in the class overview, and back to a divided moment', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  // keyboard only: to the title's "In de klas", then a level
  await button(page, 'In de klas').focus();
  await press(page, 'Enter');
  await expect(heading(page)).toHaveText('In de klas');
  await expect(page.locator('#class-level-phase-1-safety')).toBeVisible();
  await axeClean(page, 'class mode setup');
  await page.locator('#class-level-phase-1-safety').focus();
  await press(page, 'Enter');
  await phase(page, 'Moment 1 van');
  await phase(page, 'Lees de situatie');
  await expect(sheet(page).locator('.answer')).toHaveCount(await sheet(page).locator('.answer').count());
  const answers = await sheet(page).locator('.answer').count();
  expect(answers).toBeGreaterThanOrEqual(3);

  // first vote: hands counted with A–D (Shift takes one off); the spread stays hidden
  await press(page, 'Space');
  await phase(page, 'Eerste stemming');
  await press(page, 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'Shift+A');
  await expect(page.locator('#class-status')).toHaveText('7 stemmen geteld');
  await expect(sheet(page).locator('.spread')).toHaveCount(0);
  const px = (sel: string) =>
    sheet(page)
      .locator(sel)
      .first()
      .evaluate((e) => getComputedStyle(e).fontSize);
  console.log(`${W}x${H} vote: situation ${await px('.situation')}, answers ${await px('.answer .text')}`);
  await snap(page, '1-vote');
  await axeClean(page, 'class mode vote');

  // the spread, when the lecturer shows it (PageDown: a presenter clicker)
  await press(page, 'PageDown');
  await phase(page, 'Zo stemde de klas');
  await expect(sheet(page).locator('.spread')).toHaveCount(answers);
  await expect(sheet(page).locator('.answer.lead .spread')).toHaveText('5 · 71%');
  await snap(page, '2-spread');
  await axeClean(page, 'class mode spread');

  // talk it over, with a timer that counts down; ↑ adds 30 seconds
  await press(page, 'ArrowRight');
  await expect(page.locator('#class-timer')).toHaveText('2:00');
  await press(page, 'ArrowUp');
  await expect(page.locator('#class-timer')).toHaveText(/^2:(2\d|30)$/);
  await snap(page, '3-discuss');
  await axeClean(page, 'class mode discussion');

  // second vote; PageUp goes back and PageDown on again
  await press(page, 'Space');
  await phase(page, '· Tweede stemming');
  await press(page, 'PageUp');
  await expect(page.locator('#class-timer')).toBeVisible();
  await press(page, 'PageDown');
  await phase(page, '· Tweede stemming');
  await press(page, 'Space');
  await expect(page.locator('#class-status')).toHaveText(/Nog geen stemmen/);
  await press(page, 'b', 'b', 'b', 'b', 'b', 'b', 'a', 'a');
  await expect(page.locator('#class-status')).toHaveText('8 stemmen geteld');
  await press(page, 'Space');
  await expect(page.locator('#class-played')).toHaveText('De klas koos B');
  await expect(page.locator('aside.whatif h3').first()).toHaveText('Wat als: A');
  console.log(`${W}x${H} reveal: why ${await px('.why')}, what-if ${await px('aside.whatif p')}`);
  await snap(page, '4-reveal');
  await axeClean(page, 'class mode reveal');

  // the next moment (a repair moment when B opens one: the order is new each lesson): only the
  // majority in the first vote, a tie in the second: the lecturer picks (2)
  await press(page, 'Space');
  await phase(page, 'Lees de situatie');
  await press(page, 'Space');
  await phase(page, 'Eerste stemming');
  await press(page, '1');
  await expect(page.locator('#class-status')).toHaveText('Alleen de meerderheid geteld: A');
  await press(page, 'Space');
  await phase(page, 'Zo stemde de klas');
  await press(page, 'Space');
  await expect(page.locator('#class-timer')).toBeVisible();
  await press(page, 'Space');
  await phase(page, '· Tweede stemming');
  await press(page, 'a', 'b');
  await expect(page.locator('#class-status')).toHaveText('2 stemmen geteld');
  await press(page, 'Space');
  await expect(page.locator('#class-status')).toHaveText(/Gelijke stand/);
  await press(page, 'Space');
  await expect(page.locator('#class-status')).toHaveText(/Gelijke stand/);
  await press(page, '2');
  await expect(page.locator('#class-played')).toHaveText('De docent koos B');

  // stop after two moments: the class debrief
  await press(page, 'Space');
  await phase(page, 'Lees de situatie');
  await page.locator('#class-finish').focus();
  await press(page, 'Enter');
  await phase(page, 'Nabespreking van de klas');
  await expect(sheet(page).locator('table.moves')).toHaveCount(2);
  // how the class moved: A 2 → 2, B 5 → 6
  const rows = sheet(page).locator('table.moves').first().locator('tbody tr');
  await expect(rows.nth(0).locator('td.num')).toHaveText(['2', '2']);
  await expect(rows.nth(1).locator('td.num')).toHaveText(['5', '6']);
  await expect(rows.nth(1)).toContainText('✓ gespeeld');
  await expect(sheet(page).locator('table.moves').nth(1)).toContainText('gespeeld (De docent koos B)');
  await snap(page, '5-debrief');
  await axeClean(page, 'class debrief');
  await page.locator('#class-save').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
  const classFile = readFileSync(await download.path());
  expect(download.suggestedFilename()).toMatch(/^bouwstenen-klas-phase-1-safety-\d{4}-\d\d-\d\d\.json$/);

  // the class overview reads it next to the homework
  await press(page, 'Escape');
  await expect(page.locator('#class-level-phase-1-safety')).toBeVisible();
  await press(page, 'Escape');
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, 'Voor docenten').focus();
  await press(page, 'Enter');
  await page.locator('#to-overview').focus();
  await press(page, 'Enter');
  await expect(heading(page)).toHaveText('Klasoverzicht');
  const homework = (name: string, pick: string) =>
    buildResults(
      record(name, [
        level([
          ['night-feed', pick],
          ['nappy-change', 'x'],
        ]),
      ]),
    );
  await page.locator('#results-files').setInputFiles([
    { name: 'klas.json', mimeType: 'application/json', buffer: classFile },
    { name: 'anna.json', mimeType: 'application/json', buffer: Buffer.from(await homework('Anna', 'a')) },
    { name: 'bram.json', mimeType: 'application/json', buffer: Buffer.from(await homework('Bram', 'b')) },
  ]);
  await expect(page.locator('#students tbody tr')).toHaveCount(2);
  await expect(page.locator('#class-results')).toHaveText('In de klas');
  await expect(page.locator('.klas-moments table')).toHaveCount(2);
  await expect(page.locator('#file-messages li.ok').first()).toContainText('klasresultaten van');
  await page.locator('#most-divided').scrollIntoViewIfNeeded();
  await snap(page, '6-overview-divided');
  await page.locator('#class-results').scrollIntoViewIfNeeded();
  await snap(page, '7-overview-class');
  await axeClean(page, 'class overview with class results');

  // the most divided moment: "Bespreek in de klas" opens it in class mode
  await page.locator('#discuss-1').focus();
  await press(page, 'Enter');
  await phase(page, 'Moment 1 van 1');
  await press(page, 'Escape');
  await expect(page.locator('#class-resume')).toBeVisible();
  await press(page, 'Escape');
  await expect(heading(page)).toHaveText('Klasoverzicht');
});

test('a reload in the middle of a lesson: the lesson and its votes come back', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'In de klas').click();
  await page.locator('#class-level-phase-2-trust').click();
  await phase(page, 'Lees de situatie');
  // (a key while the screen is still being built is refused as stale: wait until it is drawn)
  await settled(page);
  await press(page, 'Space');
  await phase(page, 'Eerste stemming');
  await settled(page);
  await press(page, 'a', 'b', 'b');
  await expect(page.locator('#class-status')).toHaveText('3 stemmen geteld');
  // the lesson's log is written in the background: the reload comes once it holds the four actions
  const kept = () =>
    page.evaluate(
      () =>
        new Promise<number>((ok) => {
          const open = indexedDB.open('bouwstenen');
          open.onerror = () => ok(-1);
          open.onsuccess = () => {
            const db = open.result;
            try {
              const get = db.transaction('saves').objectStore('saves').get('class-lesson');
              get.onsuccess = () => ok((get.result as { actions?: unknown[] } | undefined)?.actions?.length ?? -1);
              get.onerror = () => ok(-1);
            } catch {
              ok(-1);
            } finally {
              db.close();
            }
          };
        }),
    );
  await expect.poll(kept).toBe(4);
  await page.reload();
  await booted(page);
  await button(page, 'In de klas').click();
  // the setup offers the lesson back, and it goes on where it was, with the hands counted
  await expect(page.locator('#class-resume')).toBeVisible();
  await expect(page.locator('#class-resume')).toContainText('Toevertrouwen');
  await page.locator('#class-resume').click();
  await phase(page, 'Eerste stemming');
  await expect(page.locator('#class-status')).toHaveText('3 stemmen geteld');
  await settled(page);
  await press(page, 'b');
  await expect(page.locator('#class-status')).toHaveText('4 stemmen geteld');
});
