// A still screen is not drawn 60 times a second (src/ui/stillLoop.ts): the game steps a few times a
// second once nothing moves, and at full speed again with input, a scene change, a tween or a timer.
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, responses, test } from './helpers';

/** Phaser's loop, with the limit src/ui/stillLoop.ts sets (a field Phaser's types keep private). */
interface Loop {
  _limitRate: number;
}

/** Game steps and browser frames over one second, counted side by side (a loaded machine has fewer of both). */
const count = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ steps: number; frames: number }>((ok) => {
        const game = window.bouwstenen.game;
        let steps = 0;
        let frames = 0;
        const step = () => steps++;
        game.events.on('poststep', step);
        const t0 = performance.now();
        const frame = () => {
          frames++;
          if (performance.now() - t0 < 1000) requestAnimationFrame(frame);
          else {
            game.events.off('poststep', step);
            ok({ steps, frames });
          }
        };
        requestAnimationFrame(frame);
      }),
  );

const still = (page: Page) => page.waitForFunction(() => (window.bouwstenen.game.loop as unknown as Loop)._limitRate > 100, undefined, { timeout: 15_000 });

test('a still title is stepped a few times a second; a tower animation at every frame', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await still(page);
  const quiet = await count(page);
  expect(quiet.frames, 'the browser still draws frames').toBeGreaterThan(10);
  expect(quiet.steps, 'steps while still').toBeLessThanOrEqual(7);

  // a scene started from code (no input) wakes the loop at once
  const woke = await page.evaluate(() => {
    const game = window.bouwstenen.game;
    game.scene.getScene('Title').scene.start('Title');
    return (game.loop as unknown as Loop)._limitRate;
  });
  expect(woke).toBeLessThan(5);

  // into a level, choose, and count while the towers grow
  await still(page);
  await button(page, 'Nieuw verhaal').click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await page.keyboard.press('Enter');
  await expect(responses(page).first()).toBeAttached();
  await page.keyboard.press('1');
  await expect(page.locator('#a11y-towers[aria-busy="true"]')).toHaveCount(1);
  const moving = await count(page);
  expect(moving.steps, `steps ${moving.steps} for ${moving.frames} frames while the towers animate`).toBeGreaterThanOrEqual(moving.frames * 0.8);
});
