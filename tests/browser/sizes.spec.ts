// Every screen at small sizes and browser zoom (WCAG 1.4.4 resize text, 1.4.10 reflow): 320x240
// is a 640x480 window at 200%, 320x256 a 1280x1024 one at 400%, 427x240 1280x720 at 300%. On each
// screen: no page error, every control inside the page (which may scroll up and down, never
// sideways), none covered by another, and no text that overlaps, runs off or breaks a word (on the
// canvas and on the sheets: trainer, class overview, guide, assignment pages).
// Screens are opened directly (no playing through), so the whole sweep takes seconds per size.
import type { Browser, Page } from '@playwright/test';
import { booted, expect, openScene, playByPolicy, settled, test } from './helpers';
import { encodeAssignment } from '../../src/trainer/assignment';

interface Size {
  w: number;
  h: number;
  /** The browser's zoom (device pixels per CSS px). */
  zoom: number;
  /** The game's own text size setting. */
  text?: number;
  /** Only the screens that are sheets (real HTML pages), where a size beyond 1.4.10 still must hold. */
  sheets?: boolean;
}

const SHEETS = new Set(['assignment-start', 'reflect', 'assignment-done', 'trainer', 'classoverview', 'classmode', 'guide']);

const SIZES: Size[] = [
  { w: 320, h: 240, zoom: 2 },
  { w: 320, h: 256, zoom: 4 },
  { w: 400, h: 300, zoom: 2 },
  { w: 427, h: 240, zoom: 3 },
  { w: 640, h: 360, zoom: 2 },
  { w: 400, h: 300, zoom: 2, text: 1.5 },
  // a small phone with text at 150%: the sheets' long words ("resultaatbestanden") stay whole
  { w: 320, h: 256, zoom: 4, text: 1.5, sheets: true },
];

const LINK = encodeAssignment({ id: 'sweep1234', levels: ['phase-1-safety'], lang: 'nl', whatIf: true, note: 'Lees eerst hoofdstuk 3 van het handboek.', due: '2026-12-14' });

/** What is wrong on the screen now: controls out of the page or covered, texts that clash. */
async function problems(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const out: string[] = [];
    const doc = document.documentElement;
    const vw = window.innerWidth;
    const game = document.getElementById('game')!.getBoundingClientRect();
    const pageH = Math.max(doc.scrollHeight, game.height);
    if (doc.scrollWidth > vw + 1) out.push(`${name}: the page scrolls sideways (${doc.scrollWidth} > ${vw})`);
    const label = (e: Element) => (e.getAttribute('aria-label') || e.textContent || e.id || e.tagName).slice(0, 30);
    // full tap targets (the explorer on a short, wide screen: 34 px, tests/browser/access.spec.ts)
    const min = name === 'explorer' && game.height < 480 && game.width >= game.height * 0.9 ? 34 : 44;
    for (const e of document.querySelectorAll<HTMLElement>('#a11y-controls .hit')) {
      const r = e.getBoundingClientRect();
      if (r.width < min - 0.5 || r.height < min - 0.5) out.push(`${name}: "${label(e)}" is ${Math.round(r.width)}x${Math.round(r.height)}, under ${min} px`);
    }
    // the canvas's controls and the sheets (a sheet scrolls itself to what it holds)
    const hits = [...document.querySelectorAll<HTMLElement>('#a11y-controls .hit, #a11y-controls .field, #a11y-controls > .sheet')];
    const boxes = hits.map((e) => {
      const r = e.getBoundingClientRect();
      return { e, x: r.x + scrollX, y: r.y + scrollY, w: r.width, h: r.height };
    });
    for (const b of boxes) {
      if (b.x < -1 || b.y < -1 || b.x + b.w > vw + 1 || b.y + b.h > pageH + 1) out.push(`${name}: "${label(b.e)}" out of reach`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) out.push(`${name}: "${label(a.e)}" overlaps "${label(b.e)}"`);
      }
    }
    // a tap on each control's middle reaches that control
    for (const b of boxes) {
      if (b.e.classList.contains('sheet')) continue;
      window.scrollTo(0, Math.max(0, b.y + b.h / 2 - innerHeight / 2));
      const r = b.e.getBoundingClientRect();
      const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      if (at !== b.e && !b.e.contains(at)) out.push(`${name}: "${label(b.e)}" is covered by ${at ? label(at) : 'nothing'}`);
    }
    window.scrollTo(0, 0);
    // the sheets (real HTML): nothing wider than the sheet, no word split over two lines (the
    // homework link and wide tables excepted: they break or scroll on purpose)
    for (const sheet of document.querySelectorAll<HTMLElement>('#a11y-controls > .sheet')) {
      if (sheet.scrollWidth > sheet.clientWidth + 1) out.push(`${name}: the sheet scrolls sideways (${sheet.scrollWidth} > ${sheet.clientWidth})`);
      const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('.link, .scroll-x')) continue;
        for (const m of (n.textContent ?? '').matchAll(/[^\s\-/‑–—]+/g)) {
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`${name}: "${m[0]}" breaks in the sheet`);
        }
      }
    }
    // the texts on the canvas (src/ui/bake.ts) and the live ones (the towers)
    type T = { text: string; x: number; y: number; w: number; h: number; broken?: boolean };
    type Obj = { type: string; visible: boolean; text?: string; list?: Obj[]; getBounds?: () => { x: number; y: number; width: number; height: number } };
    const w = window as unknown as { __textAudit: T[] };
    const texts: T[] = [...w.__textAudit];
    const walk = (list: Obj[]) => {
      for (const o of list) {
        if (!o.visible) continue;
        if (o.list) walk(o.list);
        else if (o.type === 'Text' && o.text && o.getBounds) {
          const r = o.getBounds();
          texts.push({ text: o.text, x: r.x, y: r.y, w: r.width, h: r.height });
        }
      }
    };
    for (const s of window.bouwstenen.game.scene.getScenes(true)) walk(s.children.list as unknown as Obj[]);
    const q = (t: T) => `"${t.text.slice(0, 30).replace(/\n/g, ' ')}"`;
    for (const t of texts) {
      if (t.broken) out.push(`${name}: ${q(t)} breaks a word`);
      if (t.x < -1 || t.y < -1 || t.x + t.w > game.width + 1 || t.y + t.h > game.height + 1) out.push(`${name}: ${q(t)} off the page`);
    }
    // (text boxes carry a little padding for line spacing)
    const pad = 3;
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const [a, b] = [texts[i], texts[j]];
        if (a.x < b.x + b.w - pad && b.x < a.x + a.w - pad && a.y < b.y + b.h - pad && b.y < a.y + a.h - pad) out.push(`${name}: ${q(a)} overlaps ${q(b)}`);
      }
    }
    return out;
  }, name);
}

const open = openScene;

async function sweep(browser: Browser, size: Size) {
  const context = await browser.newContext({ viewport: { width: size.w, height: size.h }, deviceScaleFactor: size.zoom, locale: 'nl-NL', serviceWorkers: 'block', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
  const found: string[] = [];
  const tag = `${size.w}x${size.h}@${size.zoom}x${size.text ? `-text${size.text * 100}` : ''}`;
  const seen = async (name: string) => {
    if (size.sheets && !SHEETS.has(name)) return;
    const here = [...errors.splice(0).map((e) => `${name}: ${e}`), ...(await problems(page, name))];
    found.push(...here);
    // the whole page (scrolled parts too) where something is wrong, and a level open for the record
    if (here.length || name === 'choose') {
      await settled(page);
      await page.screenshot({ path: `test-results/screens/sizes-${tag}-${name}.png`, fullPage: true, scale: 'css' });
    }
  };
  // an assignment link: its start, a level, the debrief and the questions after it
  await page.goto(`/?a=${LINK}`);
  await booted(page);
  await page.evaluate(() => window.bouwstenen.app.ready);
  if (size.text) {
    await open(page, 'Settings');
    const b = page.locator(`#a11y-controls button[data-id="text-${size.text}"]`);
    await b.click();
    await expect(b).toHaveAttribute('aria-pressed', 'true');
    await open(page, 'AssignmentStart');
  }
  await expect(page.locator('#student-name')).toBeAttached();
  await seen('assignment-start');
  await page.locator('#student-name').fill('Sam');
  await page.locator('#start-assignment').click();
  await expect(page.locator('#a11y-controls button[data-id="start"]')).toBeAttached();
  await seen('intro');
  await page.evaluate(() => window.bouwstenen.app.setStep('situation'));
  await open(page, 'Scenario');
  await seen('situation');
  await page.evaluate(() => window.bouwstenen.app.setStep('choose'));
  await open(page, 'Scenario');
  await seen('choose');
  // the longest response, for the fullest result card
  await page.evaluate(async () => {
    const { app } = window.bouwstenen;
    const beat = app.view?.next ?? null;
    if (!beat) throw new Error('no moment in play');
    const length = (r: { feedback: { nl?: string } }) => r.feedback.nl?.length ?? 0;
    await app.choose(app.view!.shown.reduce((a, r) => (length(r) > length(a) ? r : a)).id);
  });
  await open(page, 'Scenario');
  await seen('result');
  await open(page, 'Menu', { from: 'Scenario' });
  await seen('menu');
  await playByPolicy(page, 'random');
  for (const tab of ['choices', 'signals', 'discuss', 'whatif'] as const) {
    await open(page, 'Debrief', { tab });
    await seen(`debrief-${tab}`);
  }
  await open(page, 'Reflect', { level: 'phase-1-safety' });
  await seen('reflect');
  await open(page, 'AssignmentDone');
  await seen('assignment-done');
  // the game's own screens
  for (const [key, data] of [
    ['Title'],
    ['Profiles'],
    ['Settings'],
    ['Handbook'],
    ['Handbook', { section: 2, page: 1 }],
    ['Explorer'],
    ['Map'],
    ['Welcome'],
    ['Trainer'],
    ['ClassOverview'],
    ['ClassMode'],
    ['Guide'],
    ['Transfer'],
    ['SavedGames'],
  ] as const) {
    await open(page, key, data);
    // (the guide builds itself again once its text is loaded)
    if (key === 'Guide') await expect(page.locator('#guide-print')).toBeAttached();
    const name = key.toLowerCase() + (data ? '-2' : '');
    await seen(name);
  }
  await context.close();
  return found;
}

for (const size of SIZES) {
  test(`every ${size.sheets ? 'sheet' : 'screen'} at ${size.w}x${size.h} CSS px, zoom ${size.zoom * 100}%${size.text ? `, text ${size.text * 100}%` : ''}: no error, all in reach, no text clash`, async ({
    browser,
  }) => {
    expect(await sweep(browser, size)).toEqual([]);
  });
}

for (const size of [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
]) {
  test(`a phone at ${size.width}x${size.height}, text 150%: every age in reach, and the debrief's moments never cover its buttons`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: size, locale: 'nl-NL', serviceWorkers: 'block', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
    await page.goto('/');
    await booted(page);
    await page.evaluate(() => window.bouwstenen.app.ready);
    await open(page, 'Settings');
    await page.locator('#a11y-controls button[data-id="text-1.5"]').click();
    await expect(page.locator('#a11y-controls button[data-id="text-1.5"]')).toHaveAttribute('aria-pressed', 'true');
    // a setting whose label needs two lines gets a taller button at 150%, letters as large as its row's name
    const ratio = () =>
      page.evaluate(() => {
        const texts = (window as unknown as { __textAudit: { text: string; size: number }[] }).__textAudit;
        const row = texts.find((x) => x.text === 'Uitleg');
        const option = texts.find((x) => x.text === 'Meteen de theorie');
        return row && option ? option.size / row.size : 0;
      });
    await expect.poll(ratio).toBeGreaterThanOrEqual(0.95);
    // "Hoe oud is je kind?": all seven answers, none covered, each one tap away
    await open(page, 'Welcome');
    await expect(page.locator('#a11y-controls button[data-id^="age-"], #a11y-controls button[data-id="audience-student"]')).toHaveCount(7);
    expect(await problems(page, 'welcome')).toEqual([]);
    await page.locator('#a11y-controls button[data-id="audience-student"]').click({ trial: true });
    // a level played through, then "Wat als…": every moment and every button in reach, none over another
    await page.evaluate(() => window.bouwstenen.app.begin('phase-1-safety', 'single'));
    await playByPolicy(page, 'random');
    await open(page, 'Debrief', { tab: 'whatif' });
    await expect(page.locator('#a11y-controls button[data-id^="whatif-"]')).toHaveCount(9);
    expect(await problems(page, 'debrief-whatif')).toEqual([]);
    await page.screenshot({ path: `test-results/screens/sizes-phone-${size.width}x${size.height}-150-whatif.png`, fullPage: true });
    // a real tap on "Levels" (scrolled to, as a finger would) leaves for the levels, no replay starts
    await page.locator('#a11y-controls button', { hasText: /^Levels$/ }).click();
    await expect(page.locator('#a11y-heading')).toHaveText('Levels');
    expect(await page.evaluate(() => window.bouwstenen.app.progress.inPlay)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
}
