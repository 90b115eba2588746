// A walk past every screen of the game, driven through the accessible layer, calling `visit` on
// each: the access checks (axe, focus, contrast, tap targets, 150% text) run on all of them.
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, playByKeys, policyPick } from './helpers';
import type { AuditedText } from '../../src/ui/bake';

export type Visit = (name: string) => Promise<void>;

/** The screens in the order the tour shows them (the title twice when a setting was changed on the way). */
export const screens = (changed = false) => ['title', 'players', 'settings', ...(changed ? ['title-again'] : []), 'handbook', 'explorer', 'map', 'intro', 'scenario', 'result', 'menu', 'debrief'];

export { auditTexts } from './helpers';

export async function tour(page: Page, visit: Visit, opts: { settings?: (page: Page) => Promise<void> } = {}) {
  await page.goto('/');
  await booted(page);
  await visit('title');
  await button(page, /^Speler:/).click();
  await expect(heading(page)).toHaveText('Spelers');
  await visit('players');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, 'Instellingen').click();
  await expect(heading(page)).toHaveText('Instellingen');
  if (opts.settings) await opts.settings(page);
  await visit('settings');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  // a setting changed (text size, contrast): the title once more, as it looks now
  if (opts.settings) await visit('title-again');
  await button(page, 'Handboek').click();
  await expect(heading(page)).toHaveText('Handboek');
  await visit('handbook');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, 'Modelverkenner').click();
  await expect(heading(page)).toHaveText('Modelverkenner');
  await button(page, /\+6 maanden/).click();
  await expect(page.locator('#a11y-story')).not.toBeEmpty();
  await visit('explorer');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, 'Levels').click();
  await expect(heading(page)).toHaveText('Levels');
  await visit('map');
  await button(page, /^Basisveiligheid/).click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await visit('intro');
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y-controls button[data-id="start"]')).toHaveCount(0);
  const choose = page.locator('#a11y-controls button[data-id="choose"]');
  if (await choose.count()) {
    await choose.click();
    await expect(choose).toHaveCount(0);
  }
  await visit('scenario');
  await page.keyboard.press(String(await policyPick(page, 'attuned')));
  await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
  await visit('result');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Menu');
  await visit('menu');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await playByKeys(page);
  await expect(heading(page)).toHaveText(/Terugblik/);
  await visit('debrief');
}

/** Choose a setting by its button's id on the settings screen, and wait for it to take. */
export async function pickSetting(page: Page, id: string) {
  const b = page.locator(`#a11y-controls button[data-id="${id}"]`);
  await b.click();
  await expect(b).toHaveAttribute('aria-pressed', 'true');
}

/** The page's size: the window's, or taller where a screen needs more room and the page scrolls (src/ui/page.ts). */
const pageSize = async (page: Page) => {
  const vw = page.viewportSize()!;
  return { width: vw.width, height: Math.max(vw.height, await page.evaluate(() => document.getElementById('game')!.getBoundingClientRect().height)) };
};

/** Every control lies inside the page and no two overlap (as tests/browser/scenes.spec.ts checks). */
export async function controlsSound(page: Page, name: string): Promise<string[]> {
  const boxes = await page.locator('#a11y-controls .hit').evaluateAll((els) =>
    els.map((b) => {
      const r = b.getBoundingClientRect();
      return { label: (b.textContent || b.getAttribute('aria-label') || '').slice(0, 30), x: r.x + scrollX, y: r.y + scrollY, w: r.width, h: r.height };
    }),
  );
  const vw = await pageSize(page);
  const out: string[] = [];
  for (const b of boxes) {
    if (b.x < -1 || b.y < -1 || b.x + b.w > vw.width + 1 || b.y + b.h > vw.height + 1) out.push(`${name}: "${b.label}" off screen`);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) out.push(`${name}: "${a.label}" overlaps "${b.label}"`);
    }
  }
  return out;
}

/** A text on screen: a still one as the bake audit gives it (src/ui/bake.ts), or a live one. */
export type SeenText = Omit<AuditedText, 'bold' | 'broken'> & { broken?: boolean; live?: boolean };

/** The still texts (src/ui/bake.ts) and the live ones (the towers), with their boxes on screen. */
export async function screenTexts(page: Page): Promise<SeenText[]> {
  return page.evaluate(() => {
    type Obj = { type: string; visible: boolean; alpha: number; text?: string; style?: { fontSize: string }; list?: Obj[]; getBounds?: () => { x: number; y: number; width: number; height: number } };
    const w = window as unknown as { __textAudit: SeenText[] };
    const live: SeenText[] = [];
    const walk = (list: Obj[]) => {
      for (const o of list) {
        if (!o.visible) continue;
        if (o.list) walk(o.list);
        else if (o.type === 'Text' && o.text && o.getBounds) {
          const b = o.getBounds();
          live.push({ text: o.text, x: b.x, y: b.y, w: b.width, h: b.height, size: parseFloat(o.style!.fontSize), live: true });
        }
      }
    };
    for (const s of window.bouwstenen.game.scene.getScenes(true)) walk(s.children.list as unknown as Obj[]);
    return [...w.__textAudit, ...live];
  });
}

/** Texts that overlap each other, run off the screen, or break a word over two lines. */
export async function textProblems(page: Page, name: string): Promise<string[]> {
  const texts = await screenTexts(page);
  const vw = await pageSize(page);
  const out: string[] = [];
  const q = (t: SeenText) => `"${t.text.slice(0, 30).replace(/\n/g, ' ')}"`;
  for (const t of texts) {
    if (t.broken) out.push(`${name}: ${q(t)} breaks a word`);
    if (t.x < -1 || t.y < -1 || t.x + t.w > vw.width + 1 || t.y + t.h > vw.height + 1) out.push(`${name}: ${q(t)} off screen`);
  }
  // text boxes carry a little padding for line spacing: allow a few pixels
  const pad = 3;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i], texts[j]];
      if (a.x < b.x + b.w - pad && b.x < a.x + a.w - pad && a.y < b.y + b.h - pad && b.y < a.y + a.h - pad) out.push(`${name}: ${q(a)} overlaps ${q(b)}`);
    }
  }
  return out;
}
