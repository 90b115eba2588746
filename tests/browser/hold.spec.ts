// While the towers move, what does not move is held as a copy beneath the game canvas
// (src/ui/bake.ts holdStill), so software WebGL fills only what moves. The copy must look exactly
// like what it replaces, and only the moving parts may stay on the game canvas.
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, responses, settled, test } from './helpers';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** The parts of src/ui/tower.ts this test looks at (private there; plain objects at run time). */
interface Obj {
  visible: boolean;
  type: string;
  text?: string;
  list?: Obj[];
}
interface Tower {
  rect: Rect;
  areas: { child: Rect; care: Rect };
  root: Obj;
  shown: { strength: number[]; growth: number[]; leaning: boolean[] };
  blocks: { box: Obj }[];
  care: { meter: Obj }[];
  animate(next: unknown, ms: number): Promise<void>;
}
declare global {
  interface Window {
    __towers?: { moving: boolean };
  }
}

/** Pixels differing by more than 16 in a channel between two PNGs (decoded in the page). */
const differing = (page: Page, a: Buffer, b: Buffer) =>
  page.evaluate(
    async ([a, b]) => {
      const px = async (s: string) => {
        const im = new Image();
        im.src = `data:image/png;base64,${s}`;
        await im.decode();
        const c = new OffscreenCanvas(im.width, im.height);
        const g = c.getContext('2d')!;
        g.drawImage(im, 0, 0);
        return g.getImageData(0, 0, im.width, im.height).data;
      };
      const [da, db] = [await px(a), await px(b)];
      let n = 0;
      for (let i = 0; i < da.length; i += 4) if (Math.max(Math.abs(da[i] - db[i]), Math.abs(da[i + 1] - db[i + 1]), Math.abs(da[i + 2] - db[i + 2])) > 16) n++;
      return n;
    },
    [a.toString('base64'), b.toString('base64')],
  );

/** What of the towers the game canvas still draws: the visible objects, texts with words only. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const t = (window.bouwstenen.game.scene.getScene('Scenario') as unknown as { tower: Tower }).tower;
    const live: Obj[] = [];
    const walk = (o: Obj) => {
      if (!o.visible) return;
      if (o.list) o.list.forEach(walk);
      else if (o.type !== 'Text' || o.text) live.push(o);
    };
    t.root.list!.forEach(walk);
    const meters = t.care.filter((c) => live.includes(c.meter)).length;
    const blocks = t.blocks.filter((b) => b.box.visible).length;
    return { live: live.length, meters, blocks };
  });

const freeze = (page: Page) => page.evaluate(() => window.bouwstenen.game.loop.sleep());
const thaw = (page: Page) => page.evaluate(() => window.bouwstenen.game.loop.wake());

test('the towers move: held parts look as they did, and only what moves is drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await booted(page);
  await button(page, 'Nieuw verhaal').click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await page.keyboard.press('Enter');
  await expect(responses(page).first()).toBeAttached();
  await settled(page);
  const area = await page.evaluate(() => {
    const t = (window.bouwstenen.game.scene.getScene('Scenario') as unknown as { tower: Tower }).tower;
    return t.areas.child;
  });
  const clip = (r: Rect) => ({ x: r.x, y: r.y, width: r.w, height: r.h });
  const before = await page.screenshot({ clip: clip(area) });

  // the caregiver's tower grows; the foundation grows with it, the other blocks stay as they are
  await page.evaluate(() => {
    const t = (window.bouwstenen.game.scene.getScene('Scenario') as unknown as { tower: Tower }).tower;
    const s = t.shown;
    void t.animate({ ...s, strength: s.strength.map((v) => Math.min(1, v + 0.6)), growth: s.growth.map((g, i) => (i === 0 ? Math.min(1, g + 0.4) : g)) }, 4000);
  });
  // first the meters move: the child's tower is a copy, every block of it gone from the game canvas
  await page.waitForFunction(() => window.__towers?.moving);
  await freeze(page);
  expect(await drawn(page)).toEqual({ live: 5, meters: 5, blocks: 0 });
  expect(await differing(page, before, await page.screenshot({ clip: clip(area) })), 'the held child tower').toBe(0);
  await thaw(page);
  // then the foundation moves: only it comes back beside the meters
  await page.waitForFunction(() => (window.bouwstenen.game.scene.getScene('Scenario') as unknown as { tower: Tower }).tower.blocks[0].box.visible);
  await freeze(page);
  const moving = await drawn(page);
  // (a block above may change with it: its status follows the foundation)
  expect(moving.blocks, 'blocks on the game canvas while the foundation grows').toBeGreaterThanOrEqual(1);
  expect(moving.blocks).toBeLessThan(5);
  expect(moving.meters).toBe(5);
  await thaw(page);
  await page.waitForFunction(() => window.__towers && !window.__towers.moving);
  // and once still, all of it is back on the game canvas
  expect((await drawn(page)).blocks).toBe(5);
});
