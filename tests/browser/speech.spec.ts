// Read aloud: hidden where the browser has no voice for the game's language (headless Chromium
// here has none); with a Dutch voice, it reads the story and the feedback, and stops when the
// screen changes. The voice is a stand-in for the browser's speechSynthesis, recording calls.
import type { Page } from '@playwright/test';
import { booted, expect, playState, policyPick, shot, test } from './helpers';

const readAloud = (page: Page) => page.locator('#a11y-controls button[data-id="read-aloud"]');

/** From a homework link to the first moment's responses. */
async function toResponses(page: Page) {
  for (let i = 0; i < 6; i++) {
    const state = await playState(page);
    if (state === 'responses') return;
    await page.keyboard.press('Enter');
    await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
  }
}

test('no voice for the language: no button', async ({ page }) => {
  await page.goto('/?level=phase-1-safety');
  await booted(page);
  await toResponses(page);
  const dutch = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith('nl')).length);
  test.skip(dutch > 0, 'this Chromium has a Dutch voice; the stand-in test covers the button');
  await expect(readAloud(page)).toHaveCount(0);
});

test.describe('with a Dutch voice', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const calls: { op: string; text?: string; lang?: string; voice?: string }[] = [];
      let current: SpeechSynthesisUtterance | null = null;
      const voices = [{ lang: 'en-US', name: 'English', localService: true, default: true }, { lang: 'nl-NL', name: 'Xander', localService: true, default: false }];
      const fake = {
        get speaking() { return !!current; },
        getVoices: () => voices,
        addEventListener: () => {},
        speak(u: SpeechSynthesisUtterance) {
          current = u;
          calls.push({ op: 'speak', text: u.text, lang: u.lang, voice: (u.voice as unknown as { name: string })?.name });
        },
        cancel() {
          calls.push({ op: 'cancel' });
          const u = current;
          current = null;
          u?.onend?.(new Event('end') as SpeechSynthesisEvent);
        },
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
      // the browser's own class checks its voice: a plain stand-in keeps what the game gives it
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        voice: unknown = null; lang = ''; rate = 1; onend: unknown = null; onerror: unknown = null;
        constructor(public text: string) {}
      };
      (window as unknown as { speechCalls: typeof calls }).speechCalls = calls;
    });
  });

  const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechCalls: { op: string; text?: string; lang?: string; voice?: string }[] }).speechCalls);

  test('reads the situation, then the feedback, in Dutch; stops when the screen changes', async ({ page }) => {
    await page.goto('/?level=phase-1-safety');
    await booted(page);
    await toResponses(page);
    await expect(readAloud(page)).toHaveText('Voorlezen');
    const storyText = await page.locator('#a11y-story').textContent();
    await readAloud(page).click();
    await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'true');
    const spoken = (await calls(page)).filter((c) => c.op === 'speak');
    expect(spoken).toEqual([{ op: 'speak', text: storyText, lang: 'nl-NL', voice: 'Xander' }]);
    // choosing changes the screen: the reading stops
    const before = (await calls(page)).length;
    await page.keyboard.press(String(await policyPick(page, 'attuned')));
    await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
    expect((await calls(page)).slice(before).some((c) => c.op === 'cancel')).toBe(true);
    // the feedback is read on the result card
    await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'false');
    const feedback = await page.locator('#a11y-story').textContent();
    await readAloud(page).click();
    expect((await calls(page)).at(-1)).toMatchObject({ op: 'speak', text: feedback, lang: 'nl-NL' });
    // pressed again: it stops
    await readAloud(page).click();
    expect((await calls(page)).at(-1)).toEqual({ op: 'cancel' });
    await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'false');
    await shot(page, 'read-aloud-result-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(readAloud(page)).toBeInViewport();
    // laid out again for the phone: inside the screen, a tap target of at least 44 px
    await expect.poll(async () => {
      const b = await readAloud(page).boundingBox();
      return !!b && b.x >= 0 && b.x + b.width <= 390 && b.height >= 44;
    }).toBe(true);
    await shot(page, 'read-aloud-result-390');
  });

  test('an English game with only a Dutch voice: no button', async ({ page }) => {
    await page.addInitScript(() => {
      const s = window.speechSynthesis as unknown as { getVoices: () => unknown[] };
      s.getVoices = () => [{ lang: 'nl-NL', name: 'Xander', localService: true, default: true }];
    });
    await page.goto('/?level=phase-1-safety&lang=en');
    await booted(page);
    await toResponses(page);
    await expect(readAloud(page)).toHaveCount(0);
  });
});
