// Rupture and repair as a move: a poor response, the repair moment that follows it, and the
// debrief that counts both.
import { booted, button, expect, heading, playByKeys, playState, shot, story, test } from './helpers';

const pickById = async (page: import('@playwright/test').Page, id: string) => {
  const b = page.locator(`#a11y-controls button[data-id="response-${id}"]`);
  await expect(b).toBeAttached();
  // keys 1-4 follow the order shown: press the number of this response's place
  const ids = await page.locator('#a11y-controls button[data-id^="response-"]').evaluateAll((bs) => bs.map((x) => (x as HTMLElement).dataset.id));
  await page.keyboard.press(String(ids.indexOf(`response-${id}`) + 1));
  await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
};

test('a rupture, its repair moment, and the debrief that counts both', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?level=phase-1-safety');
  await booted(page);
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await page.keyboard.press('Enter');
  // wait for the intro to go, or the next line reads the old screen
  await expect(page.locator('#a11y-controls button[data-id="start"]')).toHaveCount(0);
  expect(await playState(page)).toBe('responses');
  // staying in bed ten minutes: an ordinary lapse, a hairline crack, no red letter
  await pickById(page, 'wait-and-see');
  // the engine calls a fresh rupture a hairline crack ("haarscheurtje"); older wording said "barstje"
  await expect(story(page)).toContainText(/haarscheurtje|barstje/);
  await expect(story(page)).not.toContainText(/rode letter|Angst\b|Verwaarlozen/);
  await shot(page, 'result-after-poor-1280');
  await page.keyboard.press('Enter');
  // later that night: the repair moment
  await expect(story(page)).toContainText(/Herstelmoment/);
  await shot(page, 'repair-moment-1280');
  await pickById(page, 'stay-close');
  await expect(story(page)).toContainText(/herst/i);
  await shot(page, 'result-after-repair-1280');
  await page.keyboard.press('Enter');
  await playByKeys(page, 'attuned');
  await expect(heading(page)).toHaveText(/Terugblik/);
  await expect(story(page)).toContainText('1 keer breuk, 1 keer herstel');
  await expect(story(page)).toContainText(/Herstelmoment: /);
  await shot(page, 'debrief-repair-1280');
});

test('the repair moment on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?level=phase-1-safety');
  await booted(page);
  // tap through to the responses; after each tap wait until its button is gone, or a slow machine
  // reads the old screen again and waits for ever for a button that has left
  for (;;) {
    const state = await playState(page);
    if (state === 'responses') break;
    await button(page, state === 'choose' ? 'Wat doe je?' : 'Beginnen').click({ force: true });
    await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
  }
  await pickById(page, 'wait-and-see');
  await shot(page, 'result-after-poor-390');
  await page.keyboard.press('Enter');
  await expect(story(page)).toContainText(/Herstelmoment/);
  await shot(page, 'repair-moment-390');
});
