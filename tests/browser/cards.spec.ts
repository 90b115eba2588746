// The intro and choice cards on a phone: no card text below 14 CSS px (at 100% and 150% text), the
// intro over pages of whole sentences where it needs them ("Pagina n van m", "Beginnen" on each),
// the responses of a moment together on one screen, and the towers folded behind a button where
// the choice needs their room, still in the accessible layer.
import type { Page } from '@playwright/test';
import { booted, button, expect, openAsParent, playState, responses, shot, story, test, towers } from './helpers';
import { auditTexts, screenTexts } from './tour';

const id = (page: Page, s: string) => page.locator(`#a11y-controls button[data-id="${s}"]`);
const counter = (page: Page) => page.locator('#a11y-controls p', { hasText: /^Pagina \d+ van \d+$/ });

/** The still texts below the header (the card's, and a folded towers button), and the smallest of their sizes. */
async function cardTexts(page: Page) {
  const menu = (await button(page, 'Menu').boundingBox())!;
  const texts = (await screenTexts(page)).filter((t) => !t.live && t.y > menu.y + menu.height);
  return { texts, smallest: Math.min(...texts.map((t) => t.size)), list: texts.map((t) => `${t.size.toFixed(1)} ${t.text.slice(0, 24)}`).join(' | ') };
}

const SIZES = [
  { name: '390x844', width: 390, height: 844 },
  { name: '844x390', width: 844, height: 390 },
];

for (const size of SIZES) {
  for (const scale of [1, 1.5]) {
    test(`intro and choice cards at ${size.name}, text ${scale * 100}%: readable, pages to follow, responses together`, async ({ page }) => {
      await openAsParent(page, { width: size.width, height: size.height }, 'phase-1-safety', scale);
      await expect(id(page, 'start')).toBeAttached();
      const tag = `cards-${size.name}-${scale * 100}`;
      // a parent first reads a short intro in plain words, on one page, with the full intro behind
      // "Meer uitleg" and no homework link
      await expect(counter(page)).toHaveCount(0);
      await expect(id(page, 'copy-link')).toHaveCount(0);
      const plain = await cardTexts(page);
      expect(plain.smallest, plain.list).toBeGreaterThanOrEqual(14 * scale);
      await shot(page, `${tag}-intro-plain`);
      const short = await story(page).textContent();
      await id(page, 'theory').click();
      await expect(story(page)).not.toHaveText(short!);
      // (focus off the button just pressed: Enter is for the primary, as for a player who tapped)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // the intro, page by page where it has pages
      const paged = (await counter(page).count()) > 0;
      await expect(id(page, 'card-more')).toHaveCount(paged ? 1 : 0);
      let pages = 1;
      if (paged) {
        await expect(counter(page)).toHaveText(/^Pagina 1 van \d+$/);
        pages = Number((await counter(page).textContent())!.match(/van (\d+)/)![1]);
        expect(pages).toBeGreaterThan(1);
      }
      for (let k = 1; k <= pages; k++) {
        const shown = await cardTexts(page);
        expect(shown.smallest, shown.list).toBeGreaterThanOrEqual(14 * scale);
        await shot(page, `${tag}-intro-${k}`);
        if (!paged) break;
        await expect(counter(page)).toHaveText(`Pagina ${k} van ${pages}`);
        // back to the plain words on the last page, "Lees verder" on the others; "Beginnen" on all
        await expect(id(page, 'start')).toBeAttached();
        await expect(id(page, 'theory')).toHaveCount(k === pages ? 1 : 0);
        if (k === pages) break;
        const before = await story(page).textContent();
        await id(page, 'card-more').click();
        await expect(story(page)).toHaveText(/\S/);
        await expect(story(page)).not.toHaveText(before!);
      }
      if (paged) {
        // back a page, and Enter starts the level from there
        await id(page, 'card-back').click();
        await expect(counter(page)).toHaveText(`Pagina ${pages - 1} van ${pages}`);
        // (focus off the button just pressed: Enter is for the primary, as for a player who tapped)
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      }
      await page.keyboard.press('Enter');
      await expect(id(page, 'start')).toHaveCount(0);
      // the moment: the setting first where the responses do not fit beside it
      if ((await playState(page)) === 'choose') {
        const reading = await cardTexts(page);
        expect(reading.smallest, reading.list).toBeGreaterThanOrEqual(14 * scale);
        await shot(page, `${tag}-setting`);
        await page.keyboard.press('Enter');
        await expect(id(page, 'choose')).toHaveCount(0);
      }
      await expect(responses(page).first()).toBeAttached();
      await expect(counter(page)).toHaveCount(0);
      const n = await responses(page).count();
      expect(n).toBeGreaterThanOrEqual(2);
      // every response on screen at once, as a button of at least 44 px
      for (let i = 0; i < n; i++) {
        const b = (await responses(page).nth(i).boundingBox())!;
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height).toBeLessThanOrEqual(size.height + 1);
        expect(b.height).toBeGreaterThanOrEqual(44);
      }
      const choice = await cardTexts(page);
      expect(choice.smallest, choice.list).toBeGreaterThanOrEqual(14);
      await shot(page, `${tag}-choice`);
      // the towers stay in the accessible layer; folded away, one button shows them and comes back
      await expect(towers(page)).toContainText('Basisveiligheid');
      if (await id(page, 'towers-show').count()) {
        await id(page, 'towers-show').click();
        await expect(id(page, 'towers-hide')).toBeAttached();
        await shot(page, `${tag}-towers`);
        await page.keyboard.press('Enter');
        await expect(responses(page)).toHaveCount(n);
      }
      // 1 still picks, and the towers are back for the result
      await page.keyboard.press('1');
      await expect(id(page, 'next')).toBeAttached();
      await expect(id(page, 'towers-show')).toHaveCount(0);
      await expect(towers(page)).toContainText('Basisveiligheid');
      await shot(page, `${tag}-result`);
    });
  }
}

for (const size of [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
]) {
  // (1920 px wide is a projector: its card text is 32 px, and the intro's 1000 letters then take the drawing's room and, where they must, pages: tests/browser/projector.spec.ts)
  const projector = size.width >= 1600;
  test(`a laptop and a projector at ${size.name}, text 100%: intro and choice on one page each, beside the drawing${projector ? ' (the choice; the intro readable from afar)' : ''}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await auditTexts(page);
    await page.goto('/?level=phase-1-safety');
    await booted(page);
    await expect(id(page, 'start')).toBeAttached();
    const title = (await screenTexts(page)).find((t) => t.text === 'Basisveiligheid (0–3 maanden)')!;
    if (projector) {
      // every word of the card at the body size, 32 px
      const card = (await screenTexts(page)).filter((t) => t.x >= title.x - 1 && t.y >= title.y - 1 && !t.live);
      expect(Math.min(...card.map((t) => t.size))).toBeGreaterThanOrEqual(32);
    } else {
      await expect(counter(page)).toHaveCount(0);
      // the card's title below the drawing (a third of the room above it)
      expect(title.y).toBeGreaterThan(size.height * 0.35);
    }
    await shot(page, `cards-${size.name}-intro`);
    await page.keyboard.press('Enter');
    await expect(id(page, 'start')).toHaveCount(0);
    if ((await playState(page)) === 'choose') {
      await page.keyboard.press('Enter');
      await expect(id(page, 'choose')).toHaveCount(0);
    }
    await expect(responses(page).first()).toBeAttached();
    await expect(id(page, 'towers-show')).toHaveCount(0);
    await shot(page, `cards-${size.name}-choice`);
    // the drawing above the responses
    const first = (await responses(page).first().boundingBox())!;
    expect(first.y).toBeGreaterThan(size.height * 0.3);
    await page.keyboard.press('1');
    await expect(id(page, 'next')).toBeAttached();
    if (!projector) await expect(counter(page)).toHaveCount(0);
    await shot(page, `cards-${size.name}-result`);
  });
}
