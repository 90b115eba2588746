import { booted, button, expect, heading, nextScreen, test } from './helpers';

test.describe('first visit with an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('starts in English', async ({ page }) => {
    await page.goto('/');
    await booted(page);
    await expect(heading(page)).toHaveText('Building Blocks');
    await expect(button(page, 'New story')).toBeAttached();
  });
});

test.describe('first visit with a Flemish browser', () => {
  test.use({ locale: 'nl-BE' });
  test('starts in Dutch', async ({ page }) => {
    await page.goto('/');
    await booted(page);
    await expect(heading(page)).toHaveText('Bouwstenen');
  });
});

test('switching language changes every text and is remembered', async ({ page }) => {
  await page.goto('/?level=phase-4-autonomy');
  await booted(page);
  await expect(heading(page)).toHaveText(/Zelfstandigheid/);
  await page.keyboard.press('Escape');
  await nextScreen(page, () => button(page, 'Instellingen').click(), 'Settings');
  // the settings screen is built again in English: the mark says so before the heading is read
  await nextScreen(page, () => button(page, 'English').click(), 'Settings');
  await expect(heading(page)).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await button(page, 'Back').click();
  await nextScreen(page, () => button(page, 'Back to the game').click(), 'Scenario');
  await expect(heading(page)).toHaveText(/Autonomy/);
  await expect(page.locator('#a11y-story')).toContainText('Noor');
  await expect(page.locator('#a11y-towers')).toContainText('Basic safety: solid');
  await page.goto('/');
  await booted(page);
  await expect(heading(page)).toHaveText('Building Blocks');
});
