// A projector (1920x1080, projector mode automatic from 1600 px): card text at least 32 px, tower
// labels and red letters at least 24, the what-if comparison's labels at least 18; the setting turns
// it off; the handbook draws the two towers; the explorer's towers take a large part of the screen.
import type { Page } from '@playwright/test';
import { auditTexts, booted, button, expect, heading, playByPolicy, policyPick, settled, shot, test, toResponses } from './helpers';
import { screenTexts } from './tour';

const W = 1920;
const H = 1080;

/** The still and live texts below the header, split at x: the towers on the left, the card on the right. */
async function sides(page: Page, split: number) {
  const menu = (await page
    .locator('#a11y-controls button')
    .filter({ hasText: /^(Menu|Terug)$/ })
    .first()
    .boundingBox())!;
  // (a key number on a response button is not card text)
  const texts = (await screenTexts(page)).filter((t) => t.y > menu.y + menu.height && t.text.trim().length > 1);
  const list = (ts: typeof texts) => ts.map((t) => `${t.size.toFixed(1)} ${t.text.slice(0, 24)}`).join(' | ');
  const left = texts.filter((t) => t.x + t.w <= split);
  const right = texts.filter((t) => t.x >= split);
  return { left, right, list };
}

const smallest = (ts: { size: number }[]) => Math.min(...ts.map((t) => t.size));

test('a projector at 1920x1080: large card text and tower labels, the setting, the what-if comparison', async ({ page }) => {
  await page.setViewportSize({ width: W, height: H });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await auditTexts(page);
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  await page.evaluate(() => window.bouwstenen.app.saveSettings({ audience: 'student' }));
  await page.reload();
  await booted(page);
  await toResponses(page);
  await settled(page);
  // the towers' panel ends at about a third of the width; the card starts beyond it
  const split = W * 0.37;
  const choice = await sides(page, split);
  expect(smallest(choice.right), choice.list(choice.right)).toBeGreaterThanOrEqual(32);
  expect(smallest(choice.left), choice.list(choice.left)).toBeGreaterThanOrEqual(24);
  await shot(page, 'projector-choice');
  // a poor answer: the result card, every page of it, at 32 px or more
  await page.keyboard.press(String(await policyPick(page, 'worst')));
  await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
  await settled(page);
  const result = await sides(page, split);
  expect(smallest(result.right), result.list(result.right)).toBeGreaterThanOrEqual(32);
  expect(smallest(result.left), result.list(result.left)).toBeGreaterThanOrEqual(24);
  await shot(page, 'projector-result');

  // played through poorly, then a what-if from the first moment played well: two pairs of towers side by side
  await playByPolicy(page, 'worst');
  await page.evaluate(async () => {
    const { app } = window.bouwstenen;
    await app.whatIf(0);
  });
  await playByPolicy(page, 'attuned');
  await page.evaluate(() => window.bouwstenen.game.scene.getScene('Scenario').scene.start('Debrief', {}));
  await expect(heading(page)).toHaveText(/Terugblik/);
  await settled(page);
  await expect(page.locator('#a11y-towers')).toContainText('De eerste keer');
  // the comparison takes about half the width; every label in it 18 px or more, red letters included
  const compare = await sides(page, W * 0.57);
  expect(
    compare.left.some((t) => t.text === 'WANTROUWEN' || t.text === 'Nemen'),
    compare.list(compare.left),
  ).toBe(true);
  expect(smallest(compare.left), compare.list(compare.left)).toBeGreaterThanOrEqual(18);
  await shot(page, 'projector-whatif');

  // projector mode off: the desktop's sizes again (24 px body text at most)
  const headingSize = async () => (await screenTexts(page)).filter((t) => t.text === 'Instellingen').at(-1)!.size;
  await page.evaluate(() => window.bouwstenen.game.scene.getScene('Debrief').scene.start('Settings', { from: 'Debrief' }));
  await expect(heading(page)).toHaveText('Instellingen');
  await expect(page.locator('#a11y-controls button[data-id="projector-auto"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('#a11y-controls button[data-id="projector-off"]').click();
  await expect(page.locator('#a11y-controls button[data-id="projector-off"]')).toHaveAttribute('aria-pressed', 'true');
  // the settings screen itself answers the setting: back on automatic, text grows again
  await settled(page);
  const offSize = await headingSize();
  await page.locator('#a11y-controls button[data-id="projector-auto"]').click();
  await expect(page.locator('#a11y-controls button[data-id="projector-auto"]')).toHaveAttribute('aria-pressed', 'true');
  await settled(page);
  // (24 px body text and 32: the heading 1.15 times either)
  expect(await headingSize()).toBeGreaterThan(offSize * 1.25);
});

test('a projector: the handbook draws the two towers, the explorer gives its towers half the screen', async ({ page }) => {
  await page.setViewportSize({ width: W, height: H });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await auditTexts(page);
  await page.goto('/');
  await booted(page);
  await button(page, 'Handboek').click();
  await expect(heading(page)).toHaveText('Handboek');
  // the first section: the drawing beside the text, labelled, and told to a screen reader
  await expect(page.locator('#a11y-towers')).toContainText('De twee torens: Toren van het kind');
  await expect(page.locator('#a11y-towers')).toContainText('Toevertrouwen: gebarsten');
  await expect(page.locator('#a11y-story')).toContainText('Links de toren van het kind');
  await settled(page);
  const texts = await screenTexts(page);
  const figure = texts.filter((t) => t.x > W * 0.5 && t.y > 200 && t.y < H - 200 && !/^Links de toren/.test(t.text));
  for (const label of ['Toren van het kind', 'Jouw toren', 'Basisveiligheid', 'Zorgen voor', 'WANTROUWEN', 'Nemen']) {
    const found = figure.find((t) => t.text === label);
    expect(found, label).toBeTruthy();
    expect(found!.size, label).toBeGreaterThanOrEqual(24);
  }
  // the contents beside it: every title at one size (uneven when each shrank to its own width), readable from the back
  const contents = texts.filter((t) => t.x + t.w < W * 0.27 && t.y > 90);
  expect(contents.map((t) => t.text)).toContain('Voor docenten');
  expect(contents.length).toBeGreaterThanOrEqual(11);
  expect([...new Set(contents.map((t) => t.size.toFixed(1)))], contents.map((t) => `${t.size.toFixed(1)} ${t.text}`).join(' | ')).toHaveLength(1);
  expect(contents[0].size).toBeGreaterThanOrEqual(24);
  await shot(page, 'projector-handbook');
  await button(page, 'Terug').click();
  await button(page, 'Modelverkenner').click();
  await expect(heading(page)).toHaveText('Modelverkenner');
  await settled(page);
  // the caregiver's tower (its heading) stands beyond 30% of the width: the towers have about half of it
  const care = (await screenTexts(page)).find((t) => t.text === 'Jouw toren')!;
  expect(care.x).toBeGreaterThan(W * 0.3);
  await shot(page, 'projector-explorer');
});
