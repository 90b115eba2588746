// A parent on first start goes straight to their child's age, and reads the plain layer first;
// a student sees the theory at once.
import { booted, button, expect, heading, playState, responses, story, test } from './helpers';

async function toResponses(page: import('@playwright/test').Page) {
  for (;;) {
    const state = await playState(page);
    if (state === 'responses') return;
    await page.locator(`#a11y-controls button[data-id="${state}"]`).click({ force: true });
    // wait until the click has taken effect, or a slow machine reads the same screen twice and
    // then waits for ever for a button that is gone
    await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
  }
}

test('a parent picks the child\'s age and gets that phase, plain words first, the theory on request', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await booted(page);
  await button(page, 'Hoe oud is je kind?').click({ force: true });
  await expect(heading(page)).toHaveText('Hoe oud is je kind?');
  await page.locator('#a11y-controls button[data-id="age-phase-4-autonomy"]').click({ force: true });
  await expect(heading(page)).toHaveText(/Zelfstandigheid/);
  await toResponses(page);
  await responses(page).first().click({ force: true });
  await expect(button(page, 'Meer uitleg')).toBeAttached();
  const plain = await story(page).textContent();
  await button(page, 'Meer uitleg').click({ force: true });
  await expect(button(page, 'Minder uitleg')).toBeAttached();
  // the theory is added to the plain layer
  const both = (await story(page).textContent())!;
  expect(both.length).toBeGreaterThan(plain!.length + 40);
  // the debrief of a parent opens on the tip for home
  const audience = await page.evaluate(() => (window as any).bouwstenen.app.settings.audience);
  expect(audience).toBe('parent');
});

test('a student sees the theory at once', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'Hoe oud is je kind?').click({ force: true });
  await page.locator('#a11y-controls button[data-id="audience-student"]').click({ force: true });
  await expect(heading(page)).toHaveText('Levels');
  await button(page, /^Toevertrouwen/).click({ force: true });
  await toResponses(page);
  await responses(page).first().click({ force: true });
  await expect(button(page, 'Minder uitleg')).toBeAttached();
});
