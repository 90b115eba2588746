// Text at 150% on a small phone (320 px wide): the labels that used to shrink to make room grow
// with the text size instead (WCAG 1.4.4), and wrap or scroll where the room runs out: the
// explorer's buttons, the debrief's "Wat als…" moments, the tower's scale, the settings' options,
// the towers' status words, names and red letters (in play, the debrief, the what-if comparison);
// and a cracked block's red badge keeps clear of its name.
import type { Page } from '@playwright/test';
import { expect, openScene, test } from './helpers';
import { screenTexts } from './tour';

const act = (page: Page, f: string) => page.evaluate(`(async () => { const { app } = window.bouwstenen; ${f} })()`);

/** Play a level to its debrief, always the answer that does the most harm (cracked blocks, with badges). */
const playWorst = (level: string) =>
  `await app.begin('${level}', 'single'); const tot = (r) => Object.values(r.effects).reduce((a, b) => a + b, 0); while (app.progress.inPlay.step !== 'debrief') { if (app.progress.inPlay.step === 'intro') await app.setStep('situation'); else { if (app.progress.inPlay.step !== 'result') await app.choose(app.view.shown.reduce((a, r) => (tot(r) < tot(a) ? r : a)).id); await app.next(); } }`;

/** The size of each text on screen that matches, by the part that matched. */
async function sizes(page: Page, re: RegExp): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const t of await screenTexts(page)) {
    const key = re.exec(t.text)?.[0];
    if (key) out.set(key, Math.min(t.size, out.get(key) ?? Infinity));
  }
  return out;
}

/** A child block's status words (at their start: "wacht op …", "groeit, met een barstje"). */
const STATUS = /^(op slot|groeit|staat stevig|wiebelt|gebarsten|heelt|wacht op)/;
/** The blocks' names and the red letters on their badges. */
const NAMES = /^(Basisveiligheid|Toevertrouwen|Zelfvertrouwen|Zelfstandigheid|Creativiteit|Zorgen voor|Geven|Steunen|Stevig zijn|Vertrouwen|[A-Z]{4,})$/;

/** Each tower text that matches and is smaller than `min`, with its size. */
async function below(page: Page, re: RegExp, min: number, where: string) {
  return [...(await sizes(page, re))].filter(([, size]) => size < min).map(([text, size]) => `${where}: "${text}" ${size} px`);
}

const EXPLORER = /^(Afgestemd|Warm maar vaag|Angstig|Druk en afwezig|Pleegkind van 2½|\+1 maand|\+6 maanden|Pasgeboren)$/;
const LEGEND = /^(− schaadt|helpt \+)$/;
const WHATIF = /^Vanaf moment \d+/;

async function measure(page: Page) {
  await openScene(page, 'Explorer');
  const explorer = await sizes(page, EXPLORER);
  const legend = await sizes(page, LEGEND);
  await openScene(page, 'Debrief', { tab: 'whatif' });
  const whatif = await sizes(page, WHATIF);
  return { explorer, legend, whatif };
}

test('at 320 px wide, text at 150% makes labels half as large again, never smaller', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
  await page.goto('/');
  await expect(page.locator('body[data-ready="yes"]')).toBeAttached();
  await act(page, `await app.ready; ${playWorst('phase-3-confidence')}`);
  const normal = await measure(page);
  expect(normal.explorer.size).toBe(8);
  expect(normal.legend.size).toBe(2);
  expect(normal.whatif.size).toBeGreaterThan(5);

  await openScene(page, 'Settings');
  const large = page.locator('#a11y-controls button[data-id="text-1.5"]');
  await large.click();
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  // the settings' options as large as each other ("Zoals apparaat" was smaller than "Alles")
  const motion = await sizes(page, /^(Zoals apparaat|Alles|Minder)$/);
  expect(new Set(motion.values()).size, JSON.stringify([...motion])).toBe(1);

  const big = await measure(page);
  const problems: string[] = [];
  for (const [which, before, after] of [
    ['explorer', normal.explorer, big.explorer],
    ['what-if', normal.whatif, big.whatif],
  ] as const) {
    for (const [text, size] of before) {
      const now = after.get(text);
      if (!now || now < size * 1.5 - 0.5) problems.push(`${which}: "${text}" ${size} px at 100%, ${now} px at 150%`);
    }
  }
  // (the scale under "Jouw toren" is a tower label: at least theme's towerLabelMin, 11 px times the text size)
  for (const [text, size] of big.legend) if (size < 16.5) problems.push(`"${text}" ${size} px at 150%`);
  expect(problems).toEqual([]);

  // the debrief's tower: a red badge below its block's name where the two would meet, never on it;
  // its status words at 150% too (they fell to 10-11 px on short blocks)
  await openScene(page, 'Debrief', { tab: 'choices' });
  expect((await sizes(page, STATUS)).size).toBeGreaterThan(0);
  expect(await below(page, STATUS, 16.5, 'debrief')).toEqual([]);
  const clash = await page.evaluate(() => {
    type Obj = { type: string; visible: boolean; text?: string; list?: Obj[]; getBounds: () => { x: number; y: number; right: number; bottom: number } };
    const { game } = window.bouwstenen;
    const out: string[] = [];
    let badges = 0;
    const walk = (list: Obj[]) => {
      for (const o of list) {
        if (!o.list) continue;
        const texts = o.list.filter((x) => x.type === 'Text' && x.visible && x.text);
        const name = texts.find((x) => /^(Basisveiligheid|Toevertrouwen|Zelfvertrouwen|Zelfstandigheid|Creativiteit)$/.test(x.text!));
        const badge = texts.find((x) => /^[A-Z]{4,}$/.test(x.text!));
        if (name && badge) {
          badges++;
          const [n, b] = [name.getBounds(), badge.getBounds()];
          if (b.x < n.right && n.x < b.right && b.y < n.bottom + 2) out.push(`${badge.text} (top ${Math.round(b.y)}) meets ${name.text} (foot ${Math.round(n.bottom)})`);
        }
        walk(o.list);
      }
    };
    walk(game.scene.getScene('Debrief').children.list as unknown as Obj[]);
    return { out, badges };
  });
  expect(clash.badges).toBeGreaterThan(0);
  expect(clash.out).toEqual([]);
});

test('a phone on its side at 150%: the debrief tabs all at one size, none shrunk to fit', async ({ page }) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
  await page.goto('/');
  await expect(page.locator('body[data-ready="yes"]')).toBeAttached();
  await act(page, `await app.ready; await app.saveSettings({ textScale: 1.5 }); ${playWorst('phase-1-safety')}`);
  await page.reload();
  await expect(page.locator('body[data-ready="yes"]')).toBeAttached();
  await openScene(page, 'Debrief', { tab: 'whatif' });
  const tabs = await sizes(page, /^(Keuzes|Wat zie je\?|Bespreken|Wat als…)$/);
  expect(tabs.size).toBe(4);
  expect(new Set(tabs.values()).size, JSON.stringify([...tabs])).toBe(1);
  // the debrief's towers: status words, names and red letters at 150% (16.5 px), none smaller
  // ("gebarsten" was 10 px, names shrank to fit narrow blocks)
  await openScene(page, 'Debrief', { tab: 'choices' });
  expect(await below(page, STATUS, 16.5, 'debrief')).toEqual([]);
  expect(await below(page, NAMES, 16.5, 'debrief')).toEqual([]);
});

test("a phone upright at 150%: the towers' words half as large again, in play, the debrief and the what-if comparison", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
  await page.goto('/');
  await expect(page.locator('body[data-ready="yes"]')).toBeAttached();
  await act(page, `await app.ready; await app.saveSettings({ textScale: 1.5 })`);
  await page.reload();
  await expect(page.locator('body[data-ready="yes"]')).toBeAttached();
  // three poor answers in: blocks locked, cracked, with a badge
  const tot = `const tot = (r) => Object.values(r.effects).reduce((a, b) => a + b, 0); const worst = () => app.view.shown.reduce((a, r) => (tot(r) < tot(a) ? r : a)).id;`;
  await act(
    page,
    `${tot} await app.begin('phase-1-safety', 'single'); await app.setStep('situation'); for (let i = 0; i < 3; i++) { await app.choose(worst()); await app.next(); } await app.choose(worst());`,
  );
  await openScene(page, 'Scenario');
  const problems = [...(await below(page, STATUS, 16.5, 'play')), ...(await below(page, NAMES, 16.5, 'play'))];
  expect((await sizes(page, STATUS)).size).toBeGreaterThan(0);
  await act(page, `${tot} while (app.progress.inPlay.step !== 'debrief') { if (app.progress.inPlay.step !== 'result') await app.choose(worst()); await app.next(); }`);
  await openScene(page, 'Debrief', { tab: 'choices' });
  problems.push(...(await below(page, STATUS, 16.5, 'debrief')), ...(await below(page, NAMES, 16.5, 'debrief')));
  // the what-if comparison: two pairs of towers (one above the other on a phone), the same sizes
  await act(
    page,
    `await app.whatIf(2); while (app.progress.inPlay.step !== 'debrief') { if (app.progress.inPlay.step === 'intro') await app.setStep('situation'); else { if (app.progress.inPlay.step !== 'result') await app.choose(app.view.shown[0].id); await app.next(); } }`,
  );
  await openScene(page, 'Debrief', { tab: 'whatif' });
  await expect(page.locator('#a11y-towers')).toContainText('De eerste keer');
  problems.push(...(await below(page, STATUS, 16.5, 'what-if')), ...(await below(page, NAMES, 16.5, 'what-if')));
  expect(problems).toEqual([]);
});

test('settings at 1280x720: text at 150% makes every label larger, the grown page keeps its size and stays on its side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
  await page.goto('/');
  await expect(page.locator('body[data-ready="yes"]')).toBeAttached();
  await openScene(page, 'Settings');
  const LABELS = /^(Taal|Tekstgrootte|Beweging|Contrast|Geluid|Muziek|Effecten|Nederlands|Zoals apparaat|Alles|Hoog contrast)$/;
  const shape = () =>
    page.evaluate(() => {
      const s = window.bouwstenen.game.scene.getScene('Settings') as unknown as { S: number; H: number; portrait: boolean };
      return { S: s.S, H: s.H, portrait: s.portrait };
    });
  const normal = await sizes(page, LABELS);
  const before = await shape();
  expect(normal.size).toBe(11);
  const large = page.locator('#a11y-controls button[data-id="text-1.5"]');
  await large.click();
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  const big = await sizes(page, LABELS);
  const after = await shape();
  // (labels were 19 px at 150% against 21 at 100%: rows shrank their text to fit the window)
  const smaller = [...normal].filter(([text, size]) => (big.get(text) ?? 0) < size * 1.5 - 0.5).map(([text, size]) => `"${text}" ${size} → ${big.get(text)}`);
  expect(smaller).toEqual([]);
  // the rows grew the page past the window; the text size and orientation stay the window's
  expect(after.H).toBeGreaterThan(720);
  expect(after.portrait).toBe(false);
  expect(after.S).toBeCloseTo(before.S * 1.5, 3);
});
