// The lecturer's guide: reached from the trainer screen and from the handbook's page for teachers,
// every level and every debrief question under its own heading, keyboard through its contents,
// axe clean in the game and in its print view, in both languages, and readable on a phone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { auditTexts, booted, button, expect, heading, test } from './helpers';
import { controlsSound, textProblems } from './tour';

const AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeClean(page: Page, name: string) {
  const r = await new AxeBuilder({ page }).withTags(AA).analyze();
  expect(r.violations.map((v) => `${name}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const sheet = (page: Page) => page.locator('#a11y .sheet.guide');
const LEVELS = ['Basisveiligheid (0–3 maanden)', 'Toevertrouwen (3–9 maanden)', 'Zelfvertrouwen (9–18 maanden)', 'Zelfstandigheid (1,5–3 jaar)', 'Creativiteit (3–5 jaar)'];

test('from the trainer screen: every section, keyboard through the contents, print view and English', async ({ page, context }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await expect(heading(page)).toHaveText('Voor docenten');
  await page.locator('#to-guide').click();
  await expect(heading(page)).toHaveText('Handleiding voor docenten');
  const h2 = sheet(page).locator('section > h2');
  // about, the six skills, seven levels, the rubric, two lesson plans, the critical question, references
  await expect(h2).toHaveCount(14);
  for (const title of [...LEVELS, 'Rubric voor de ‘waarom’-teksten', 'Lesplan van 50 minuten', 'Lesplan van 100 minuten', 'Een kritische vraag over het model zelf', 'Literatuur']) {
    await expect(h2.filter({ hasText: title })).toHaveCount(1);
  }
  // three debrief questions per level, each with its answer indication and misconceptions
  await expect(sheet(page).locator('h3', { hasText: /^Bespreekvraag \d$/ })).toHaveCount(21);
  await expect(sheet(page).locator('h4', { hasText: 'Antwoordindicatie' })).toHaveCount(21);
  await expect(sheet(page).locator('table.rubric tbody tr')).toHaveCount(4);
  await axeClean(page, 'guide 1280x720');

  // keyboard: a contents link moves focus to its section's heading; Escape goes back
  const link = sheet(page).locator('nav a', { hasText: 'Lesplan van 100 minuten' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#guide-lesson-100')).toBeFocused();

  // the print view: a page of its own with the same headings
  const [printView] = await Promise.all([context.waitForEvent('page'), page.locator('#guide-print').click()]);
  await printView.waitForLoadState();
  await expect(printView.locator('h1')).toHaveText('Handleiding voor docenten');
  await expect(printView.locator('main section > h2')).toHaveCount(14);
  await expect(printView.locator('h3', { hasText: /^Bespreekvraag \d$/ })).toHaveCount(21);
  await expect(printView.locator('button.print')).toHaveText('Afdrukken');
  await axeClean(printView, 'print view');
  await printView.close();

  // and as a file to keep
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#guide-download').click()]);
  expect(file.suggestedFilename()).toBe('bouwstenen-handleiding-docenten-nl.html');

  // the other language, without changing the game's
  await page.locator('#guide-lang').click();
  await expect(sheet(page).locator('.page[lang="en"] h2', { hasText: 'Contents' })).toBeAttached();
  await expect(h2.filter({ hasText: 'Basic safety (0–3 months)' })).toHaveCount(1);
  await expect(sheet(page).locator('h3', { hasText: /^Discussion question \d$/ })).toHaveCount(21);
  await expect(heading(page)).toHaveText('Handleiding voor docenten');

  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Voor docenten');
});

test('from the handbook’s page for teachers, on a phone: readable, axe clean, and back to that page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await auditTexts(page);
  await page.goto('/');
  await booted(page);
  await button(page, 'Handboek').click();
  await expect(heading(page)).toHaveText('Handboek');
  await page.locator('#a11y-controls button[data-id="section-for-teachers"]').click();
  // the row that leads to the guide fits beside the page's text and navigation
  await expect(page.locator('#a11y-controls button[data-id="open-guide"]')).toBeAttached();
  expect([...(await controlsSound(page, 'for teachers')), ...(await textProblems(page, 'for teachers'))]).toEqual([]);
  await page.locator('#a11y-controls button[data-id="open-guide"]').click();
  await expect(heading(page)).toHaveText('Handleiding voor docenten');
  await expect(sheet(page).locator('section > h2')).toHaveCount(14);
  // nothing wider than the phone: the page scrolls down, never sideways
  const overflow = await sheet(page).evaluate((s) => s.scrollWidth - s.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await axeClean(page, 'guide 390x844');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Handboek');
  await expect(page.locator('#a11y-controls button[data-id="open-guide"]')).toBeAttached();
});
