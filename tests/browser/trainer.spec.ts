import { readFileSync } from 'node:fs';
import { booted, button, expect, heading, playByKeys, test } from './helpers';

test('a trainer copies a homework link from a level intro', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?level=phase-4-autonomy');
  await booted(page);
  await button(page, 'Huiswerklink kopiëren').click();
  await expect(page.locator('#a11y-live')).toContainText('?level=phase-4-autonomy&lang=nl');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\?level=phase-4-autonomy&lang=nl$/);
  // the link opens that level on its own in a fresh browser
  const fresh = await context.browser()!.newPage();
  await fresh.goto(copied);
  await booted(fresh);
  await expect(heading(fresh)).toHaveText(/Zelfstandigheid/);
  await fresh.close();
});

test('a student saves a report of a played level to hand in', async ({ page }) => {
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  await playByKeys(page, 'attuned');
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Verslag opslaan').click()]);
  expect(download.suggestedFilename()).toBe('bouwstenen-phase-2-trust-Speler_1.html');
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('Toevertrouwen (3–9 maanden)');
  expect(html).toContain('Toevertrouwen: staat stevig');
  // nine moments, each with the response chosen and its effect on the caregiver's tower
  expect(html.match(/<tr><td>\d+<\/td>/g)).toHaveLength(9);
  expect(html).toMatch(/Geven \+\d/);
});
