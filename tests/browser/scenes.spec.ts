import { booted, button, expect, heading, playByKeys, shot, test } from './helpers';

const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'phone-landscape-844x390', width: 844, height: 390 },
];

/** Every control lies inside the screen and no two overlap. */
async function layoutIsSound(page: import('@playwright/test').Page) {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#a11y-controls .hit')].map((b) => {
      const r = b.getBoundingClientRect();
      return { label: b.textContent || b.getAttribute('aria-label') || '', x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  const vw = page.viewportSize()!;
  for (const b of boxes) {
    expect(b.x, b.label).toBeGreaterThanOrEqual(-1);
    expect(b.y, b.label).toBeGreaterThanOrEqual(-1);
    expect(b.x + b.w, b.label).toBeLessThanOrEqual(vw.width + 1);
    expect(b.y + b.h, b.label).toBeLessThanOrEqual(vw.height + 1);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      expect(overlap, `${a.label} overlaps ${b.label}`).toBe(false);
    }
  }
}

for (const size of SIZES) {
  test(`every scene is reachable and laid out at ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/');
    await booted(page);
    const visit = async (name: string) => {
      await layoutIsSound(page);
      await shot(page, `${size.name}-${name}`);
    };
    await visit('title');
    await button(page, /^Speler:/).click();
    await expect(heading(page)).toHaveText('Spelers');
    await visit('players');
    await button(page, 'Terug').click();
    await button(page, 'Instellingen').click();
    await expect(heading(page)).toHaveText('Instellingen');
    await visit('settings');
    await button(page, 'Terug').click();
    await button(page, 'Handboek').click();
    await expect(heading(page)).toHaveText('Handboek');
    await visit('handbook');
    await button(page, 'Terug').click();
    await button(page, 'Modelverkenner').click();
    await expect(heading(page)).toHaveText('Modelverkenner');
    await button(page, /\+6 maanden/).click();
    await visit('explorer');
    await button(page, 'Terug').click();
    await button(page, 'Levels').click();
    await expect(heading(page)).toHaveText('Levels');
    await visit('map');
    await button(page, /^Basisveiligheid/).click();
    await expect(heading(page)).toHaveText(/Basisveiligheid/);
    await visit('intro');
    await page.keyboard.press('Enter');
    await expect(page.locator('#a11y-controls button[data-id="start"]')).toHaveCount(0);
    await visit('scenario');
    await page.keyboard.press('Escape');
    await expect(heading(page)).toHaveText('Menu');
    await visit('menu');
    await page.keyboard.press('Escape');
    await expect(heading(page)).toHaveText(/Basisveiligheid/);
    await playByKeys(page);
    await expect(heading(page)).toHaveText(/Terugblik/);
    await visit('debrief');
  });
}
