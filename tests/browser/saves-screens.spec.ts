// Screens of the saved-games list, the settings that lead to it and a long player list, at a
// projector's and a phone's size: written to test-results/screens to be looked at.
import { booted, button, expect, heading, shot, test } from './helpers';

for (const [w, h] of [
  [1920, 1080],
  [390, 844],
] as const) {
  test(`saved games, settings and many players at ${w}x${h}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    await booted(page);
    await page.evaluate(async () => {
      const { app } = window.bouwstenen;
      for (let i = 1; i <= 12; i++) await app.addProfile(`Speler met een lange naam ${i}`);
    });
    // three set-aside saves: a damaged one, a player, a mended one
    await page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((ok) => {
        const r = indexedDB.open('bouwstenen');
        r.onsuccess = () => ok(r.result);
      });
      const tx = db.transaction('saves', 'readwrite');
      const s = tx.objectStore('saves');
      s.put({ kind: 'set-aside', from: 'settings', reason: 'damaged', at: Date.now(), data: { lang: 'xx' } }, 'set-aside:settings:1');
      s.put({ kind: 'set-aside', from: 'profiles', reason: 'player', at: Date.now(), data: { id: 'p9', name: 'y'.repeat(41) } }, 'set-aside:profiles:2');
      s.put({ kind: 'set-aside', from: 'progress:p1', reason: 'inconsistent', at: Date.now(), data: {} }, 'set-aside:progress:p1:3');
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    });
    await page.reload();
    await booted(page);
    await button(page, /^Speler/).click();
    await expect(heading(page)).toHaveText('Spelers');
    await shot(page, `players-${w}`);
    await page.keyboard.press('Escape');
    await button(page, 'Instellingen').click();
    await expect(button(page, 'Opgeslagen spellen')).toBeAttached();
    await shot(page, `settings-${w}`);
    await button(page, 'Opgeslagen spellen').click();
    await expect(page.locator('#a11y-controls button[data-id^="restore-"]').first()).toBeAttached();
    await shot(page, `saved-games-${w}`);
  });
}

test('an intro at the content limit still leaves "Beginnen" on a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await booted(page);
  const limit = await page.evaluate(async () => {
    const { app, game } = window.bouwstenen;
    const words = 'Een zin van gewone lengte met woorden die een schrijver echt zou gebruiken. ';
    const level = app.content.levels[0];
    level.intro = { nl: words.repeat(20).slice(0, 1000), en: level.intro.en };
    await app.begin(level.id, 'single');
    game.scene.getScenes(true).forEach((s) => s.scene.start('Scenario'));
    return level.intro.nl?.length;
  });
  expect(limit).toBe(1000);
  const start = page.locator('#a11y-controls button[data-id="start"]');
  await expect(start).toBeAttached();
  await shot(page, 'intro-at-limit-390');
  const box = await start.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
});
