// A parent on first start goes straight to their child's age, and reads the plain layer first;
// a student sees the theory at once.
import { markTerms } from '../../src/services/i18n';
import { booted, openWhy, toResponses, button, expect, heading, lastResponse, story, test } from './helpers';

test("a parent picks the child's age and gets that phase, plain words first, the theory on request", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await booted(page);
  // the title says who it is for, and asks: a parent goes on to the child's age
  await expect(page.locator('#a11y-controls p', { hasText: 'Voor ouders van jonge kinderen' })).toBeAttached();
  await page.locator('#a11y-controls button[data-id="audience-parent"]').click();
  await expect(heading(page)).toHaveText('Hoe oud is je kind?');
  // a parent said so already: the ages, and no "Ik ben student of docent"
  await expect(page.locator('#a11y-controls button[data-id^="age-"]')).toHaveCount(6);
  await expect(page.locator('#a11y-controls button[data-id="audience-student"]')).toHaveCount(0);
  await page.locator('#a11y-controls button[data-id="age-phase-4-autonomy"]').click();
  await expect(heading(page)).toHaveText(/Zelfstandigheid/);
  await toResponses(page);
  await page.keyboard.press('1');
  // on a phone the card may have pages: what happened, then why, with the theory button after the plain words
  await openWhy(page, true);
  await expect(button(page, 'Meer uitleg')).toBeAttached();
  await button(page, 'Meer uitleg').click();
  await expect(button(page, 'Meer uitleg')).toHaveCount(0);
  // the theory is shown and said: beside the plain words, or on a phone in their place (tests/browser/phone.spec.ts)
  const theory = (await lastResponse(page)).feedback.nl ?? '';
  await expect(story(page)).toContainText(markTerms(theory).split(/(?<=[.!?…])\s+/)[0]);
  // the debrief of a parent opens on the tip for home
  const audience = await page.evaluate(() => window.bouwstenen.app.settings.audience);
  expect(audience).toBe('parent');
});

test('a student sees the theory at once', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'Ik studeer of geef les').click();
  await expect(heading(page)).toHaveText('Levels');
  await button(page, /^Toevertrouwen/).click();
  await toResponses(page);
  await page.keyboard.press('1');
  await expect(button(page, 'Minder uitleg')).toBeAttached();
});
