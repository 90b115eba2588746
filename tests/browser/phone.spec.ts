// The result card on a phone: no card text below 14 CSS px (larger at 150%), the theory readable
// in place of the plain words, and what the card shows is what the accessible layer says.
import type { Page } from '@playwright/test';
import { booted, button, cardPage, expect, lastResponse, openAsParent, openWhy, shot, story, test, toResponses } from './helpers';
import { auditTexts, screenTexts } from './tour';
import { markTerms } from '../../src/services/i18n';

/** The plain words and the theory of the response just chosen (Dutch). */
async function layers(page: Page): Promise<{ plain: string; theory: string }> {
  const r = await lastResponse(page);
  const raw = { plain: r.plain?.nl ?? '', theory: r.feedback.nl ?? '' };
  // as the player sees them: a writer's *term* shows as ‘term’
  return { plain: markTerms(raw.plain), theory: markTerms(raw.theory) };
}

/** The still texts from `top` down (the card's, below the towers), and the smallest of their sizes. */
async function cardTexts(page: Page, top: number) {
  const texts = (await screenTexts(page)).filter((t) => !t.live && t.y >= top - 1);
  return { texts, smallest: Math.min(...texts.map((t) => t.size)) };
}

/** The key (1-4) of the response shown with the longest plain words and theory together. */
async function longest(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { app } = window.bouwstenen;
    const beat = app.view?.next ?? null;
    if (!beat) throw new Error('no moment in play');
    const lengths = app.view!.shown.map((r) => (r.plain?.nl ?? '').length + (r.feedback.nl ?? '').length);
    return lengths.indexOf(Math.max(...lengths)) + 1;
  });
}

/** A text's first sentence. */
const firstSentence = (s: string) => s.split(/(?<=[.!?…])\s+/)[0];
const next = (page: Page) => page.locator('#a11y-controls button[data-id="next"]');
const topOf = async (page: Page, id: string) => (await page.locator(`#a11y-controls button[data-id="${id}"]`).boundingBox())!.y;

for (const scale of [1, 1.5]) {
  test(`a phone at 390x844, text ${scale * 100}%: the theory opens readable, shown and said in place of the plain words`, async ({ page }) => {
    await openAsParent(page, { width: 390, height: 844 }, 'phase-2-trust', scale);
    await toResponses(page);
    await page.keyboard.press(String(await longest(page)));
    await expect(next(page)).toBeAttached();
    const min = 14 * scale;
    const { plain, theory } = await layers(page);
    // the card as it first shows (one page, or what happened), at a readable size; "Verder" is always there, so Enter goes on as everywhere
    const reaction = (await screenTexts(page)).find((t) => /^Noor reageert: /.test(t.text))!;
    const first = await cardTexts(page, reaction.y);
    expect(first.smallest, first.texts.map((t) => `${t.size} ${t.text.slice(0, 20)}`).join(' | ')).toBeGreaterThanOrEqual(min);
    await shot(page, `phone-card-${scale}-1`);
    // where the card has pages, "Verder" turns them: what happened (a long reaction may need two),
    // then the why, the plain words, before the next moment
    const paged = !!(await cardPage(page));
    for (let i = 0; i < 4 && paged && !(await page.locator('#a11y-controls button[data-id="card-happened"]').count()); i++) {
      const before = (await story(page).textContent())!;
      await next(page).click();
      await expect(story(page)).toHaveText(/\S/);
      await expect(story(page)).not.toHaveText(before);
      const more = await cardTexts(page, await topOf(page, (await page.locator('#a11y-controls button[data-id="card-happened"]').count()) ? 'card-happened' : 'card-back'));
      expect(more.smallest).toBeGreaterThanOrEqual(min);
      await shot(page, `phone-card-${scale}-${i + 2}`);
    }
    if (paged) {
      await expect(story(page)).toContainText(firstSentence(plain));
      await expect(story(page)).not.toContainText('Wat dit antwoord nu deed');
    } else await expect(story(page)).toContainText(plain);
    await button(page, 'Meer uitleg').click();
    await expect(button(page, 'Meer uitleg')).toHaveCount(0);
    // the theory on the canvas and in the live story; where the plain words and the theory do not
    // both fit on one page at a readable size, the theory in their place
    // page by page ("Verder" where the theory is longer than a page): what the canvas shows is what is said
    const said: string[] = [];
    for (let i = 0; i < 6; i++) {
      const shown = await cardTexts(page, await topOf(page, i === 0 ? 'card-happened' : 'card-back'));
      expect(shown.smallest, shown.texts.map((t) => `${t.size} ${t.text.slice(0, 20)}`).join(' | ')).toBeGreaterThanOrEqual(min);
      const now = (await story(page).textContent())!;
      expect(shown.texts.map((t) => t.text).join(' ')).toContain(now);
      said.push(now);
      await shot(page, `phone-card-${scale}-theory-${i + 1}`);
      const at = await cardPage(page);
      if (!at || at.n >= at.of) break;
      await next(page).click();
      await expect(story(page)).toHaveText(/\S/);
      await expect(story(page)).not.toHaveText(now);
      await expect(page.locator('#a11y-controls button[data-id="card-back"]')).toBeAttached();
    }
    // the last page's button goes back to the short words: "Kort uitgelegd" where the theory took their place
    await expect(page.locator('#a11y-controls button[data-id="theory"]')).toHaveText(/^(Kort uitgelegd|Minder uitleg)$/);
    const compact = (await button(page, 'Kort uitgelegd').count()) > 0;
    if (scale > 1) expect(compact).toBe(true);
    expect(said.join(' ')).toBe(compact ? theory : `${plain} ${theory}`);
    // back to the short words, and to what happened
    await button(page, compact ? 'Kort uitgelegd' : 'Minder uitleg').click();
    await expect(story(page)).toContainText(firstSentence(plain));
    await expect(story(page)).not.toContainText(theory);
    if (await button(page, 'Terug: wat er gebeurde').count()) {
      await button(page, 'Terug: wat er gebeurde').click();
      // the first page again: what happened, no way further back, "Verder" on to the why
      await expect(page.locator('#a11y-controls button[data-id^="card-"]')).toHaveCount(0);
      expect((await cardPage(page))?.n).toBe(1);
    }
    // "Verder" on every page: Enter turns the pages (the why before the next moment), then goes on to the next moment
    for (let i = 0; i < 6; i++) {
      const at = await cardPage(page);
      const before = (await story(page).textContent())!;
      await next(page).focus();
      await page.keyboard.press('Enter');
      if (!at || at.n >= at.of) break;
      await expect(story(page)).not.toHaveText(before);
    }
    await expect(next(page)).toHaveCount(0);
  });
}

test('the theory card at 844x390 and 1280x720 (screenshots), and both layers on one page where they fit', async ({ page }) => {
  await auditTexts(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  await page.evaluate(() => window.bouwstenen.app.saveSettings({ audience: 'student' }));
  await page.reload();
  await booted(page);
  await toResponses(page);
  await page.keyboard.press('1');
  const { plain, theory } = await layers(page);
  // a laptop: one page, plain words and theory together
  await expect(story(page)).toContainText(plain);
  await expect(story(page)).toContainText(theory);
  await expect(button(page, 'Minder uitleg')).toBeAttached();
  await shot(page, 'phone-card-1280x720');
  await page.setViewportSize({ width: 844, height: 390 });
  // laid out again for the new size: the card now has pages
  await expect(page.locator('#a11y-controls p', { hasText: /^Pagina 1 van \d+$/ })).toHaveCount(1);
  await shot(page, 'phone-card-844x390-1');
  await openWhy(page);
  await expect(story(page)).toContainText(firstSentence(theory));
  // the why on a page of its own, or (where all fits at 14 px) the whole card on one
  const paged = (await page.locator('#a11y-controls button[data-id="card-happened"]').count()) > 0;
  const second = await cardTexts(page, paged ? await topOf(page, 'card-happened') : (await screenTexts(page)).find((t) => /^Noor reageert: /.test(t.text))!.y);
  expect(second.smallest).toBeGreaterThanOrEqual(14);
  await shot(page, 'phone-card-844x390-theory');
});
