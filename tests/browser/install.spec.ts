// The install hint on phones: iPhone and iPad get "Zet op beginscherm" (Safari clears the saves of
// sites not on the home screen after a week), Android the browser's own install prompt. Gentle:
// after the title's own controls, once dismissed gone for good.
import { booted, button, expect, heading, shot, test } from './helpers';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36';

test.describe('on an iPhone', () => {
  test.use({ userAgent: IPHONE, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the title hints at the home screen, until dismissed', async ({ page }) => {
    await page.goto('/');
    await booted(page);
    const ok = page.locator('#a11y-controls button[data-id="install-dismiss"]');
    await expect(ok).toHaveText('Begrepen');
    await expect(page.locator('#a11y-story')).toContainText('Zet op beginscherm');
    await expect(page.locator('#a11y-story')).toContainText('na een week zonder bezoek');
    // the hint comes after the title's own controls
    const ids = await page.locator('#a11y-controls button').evaluateAll((bs) => bs.map((b) => (b as HTMLButtonElement).dataset.id ?? ''));
    expect(ids.at(-1)).toBe('install-dismiss');
    // the buttons above it are not pushed under it
    const hint = (await ok.boundingBox())!;
    const last = (await button(page, /^Speler/).boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(hint.y);
    expect(hint.height).toBeGreaterThanOrEqual(44);
    await shot(page, 'install-hint-iphone-390');
    await ok.click();
    await expect(ok).toHaveCount(0);
    await expect(heading(page)).toHaveText('Bouwstenen');
    // remembered
    await page.reload();
    await booted(page);
    await expect(button(page, 'Speler: Speler 1')).toBeAttached();
    await expect(page.locator('#a11y-controls button[data-id^="install"]')).toHaveCount(0);
  });

  test('not on a phone on its side: no room to spare there', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto('/');
    await booted(page);
    // the title as it is once the saves are in (it names the player)
    await expect(button(page, 'Speler: Speler 1')).toBeAttached();
    await expect(page.locator('#a11y-controls button[data-id^="install"]')).toHaveCount(0);
  });

  test('in English too', async ({ page }) => {
    await page.goto('/?lang=en');
    await booted(page);
    await expect(page.locator('#a11y-controls button[data-id="install-dismiss"]')).toHaveText('Got it');
    await expect(page.locator('#a11y-story')).toContainText('Add to Home Screen');
  });
});

test.describe('on an Android phone', () => {
  test.use({ userAgent: ANDROID, viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });

  test("the browser's install prompt behind an Install button", async ({ page }) => {
    await page.goto('/');
    await booted(page);
    await expect(page.locator('#a11y-controls button[data-id^="install"]')).toHaveCount(0);
    // Chromium offers installing (the event a real phone fires once the game is installable)
    await page.evaluate(() => {
      const e = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => Promise<void>; userChoice: Promise<unknown> };
      e.prompt = async () => void ((window as unknown as { prompted: boolean }).prompted = true);
      e.userChoice = Promise.resolve({ outcome: 'accepted' });
      window.dispatchEvent(e);
    });
    const install = page.locator('#a11y-controls button[data-id="install"]');
    await expect(install).toHaveText('Installeren');
    await expect(page.locator('#a11y-controls button[data-id="install-dismiss"]')).toHaveText('Niet nu');
    await shot(page, 'install-hint-android-412');
    await install.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
    await expect(page.locator('#a11y-controls button[data-id^="install"]')).toHaveCount(0);
  });
});

test('no hint on a desktop browser', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await expect(button(page, 'Speler: Speler 1')).toBeAttached();
  await expect(page.locator('#a11y-controls button[data-id^="install"]')).toHaveCount(0);
});
