// Read aloud: hidden where the browser has no voice for the game's language (headless Chromium
// here has none); with a Dutch voice, it reads the story and the feedback, and stops when the
// screen changes. The voice is a stand-in for the browser's speechSynthesis, recording calls.
import type { Page } from '@playwright/test';
import { booted, expect, openAsParent, playByPolicy, playState, policyPick, shot, test } from './helpers';

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
      const voices = [
        { lang: 'en-US', name: 'English', localService: true, default: true },
        { lang: 'nl-NL', name: 'Xander', localService: true, default: false },
      ];
      const fake = {
        get speaking() {
          return !!current;
        },
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
        voice: unknown = null;
        lang = '';
        rate = 1;
        onend: unknown = null;
        onerror: unknown = null;
        constructor(public text: string) {}
      };
      (window as unknown as { speechCalls: typeof calls }).speechCalls = calls;
    });
  });

  const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechCalls: { op: string; text?: string; lang?: string; voice?: string }[] }).speechCalls);

  test('reads the situation and the answers, then the feedback, in Dutch; stops when the screen changes', async ({ page }) => {
    await page.goto('/?level=phase-1-safety');
    await booted(page);
    await toResponses(page);
    await expect(readAloud(page)).toHaveText('Voorlezen');
    const storyText = await page.locator('#a11y-story').textContent();
    await readAloud(page).click();
    await expect(readAloud(page)).toHaveAttribute('aria-pressed', 'true');
    const spoken = (await calls(page)).filter((c) => c.op === 'speak');
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatchObject({ op: 'speak', lang: 'nl-NL', voice: 'Xander' });
    // the situation, then each answer with the key that picks it
    expect(spoken[0].text!.startsWith(storyText!)).toBe(true);
    const answers = await page.locator('#a11y-controls button[data-id^="response-"]').allTextContents();
    expect(answers.length).toBeGreaterThan(1);
    // (a response's accessible name starts with its key: "1. …")
    for (const [i, a] of answers.entries()) expect(spoken[0].text).toContain(a.trim().startsWith(`${i + 1}. `) ? a.trim() : `${i + 1}. ${a.trim()}`);
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
    await expect
      .poll(async () => {
        const b = await readAloud(page).boundingBox();
        return !!b && b.x >= 0 && b.x + b.width <= 390 && b.height >= 44;
      })
      .toBe(true);
    await shot(page, 'read-aloud-result-390');
  });

  test('a parent on a phone at 150%: read aloud on the intro, the answers, the result and the debrief', async ({ page }) => {
    await openAsParent(page, { width: 390, height: 844 }, 'phase-2-trust', 1.5);
    const reads = async (what: RegExp | string) => {
      await expect(readAloud(page)).toBeInViewport();
      const b = (await readAloud(page).boundingBox())!;
      expect(b.height).toBeGreaterThanOrEqual(44);
      await readAloud(page).click();
      const last = (await calls(page)).filter((c) => c.op === 'speak').at(-1)!;
      expect(last.text).toMatch(what);
      await readAloud(page).click();
      // (focus off the button just pressed: Enter is for the card, as for a player who tapped)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    };
    // the intro in plain words
    await expect(page.locator('#a11y-controls button[data-id="start"]')).toBeAttached();
    await reads(/^Toevertrouwen.*Dit is Noor, 3 maanden\./);
    await toResponses(page);
    const first = (await page.locator('#a11y-controls button[data-id^="response-"]').first().textContent())!.trim();
    await reads(first.startsWith('1. ') ? first : `1. ${first}`);
    await page.keyboard.press('1');
    await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
    await reads(/Noor reageert/);
    // on to the debrief (played through by the game's own actions: the screens in between are not the point)
    await playByPolicy(page, 'random');
    await page.evaluate(() => window.bouwstenen.game.scene.getScene('Scenario').scene.start('Debrief', {}));
    await expect(page.locator('#a11y-heading')).toHaveText(/Terugblik/);
    // a parent's debrief opens on the tip for home: read aloud too
    await reads(/Tip voor thuis/);
    // (the questions for class are not a parent's)
    await expect(page.locator('#a11y-story')).not.toContainText('Om te bespreken');
    await shot(page, 'read-aloud-debrief-390-150');
    // the signals: no diagnosis, and where to go with a worry
    await page.locator('#a11y-controls button[data-id="tab-signals"]').click();
    await expect(page.locator('#a11y-story')).toContainText('Dit is geen diagnose');
    await expect(page.locator('#a11y-story')).toContainText(/consultatiebureau.*huisarts.*CJG.*Oudertelefoon/);
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
