// Class mode with the camera reading the printed answer cards, through Chromium's fake camera
// playing a video drawn at test time (scripts/card-frames.ts: 30 cards at ±30°, near and far,
// tilted, in uneven light, one half covered, one shown twice): the tally is exact, the screen
// shows how many cards were read, never a picture or who chose what, and the camera is off once
// the vote is. A refused camera and a missing one each say so plainly; hands are counted instead.
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeCardVideo } from '../../scripts/card-frames';
import { CARD_LETTERS } from '../../src/class/cards';
import { booted, button, expect, heading, shot, test } from './helpers';

const sheet = (page: Page) => page.locator('#a11y .sheet.klas');

/** Class mode, the camera as the way to vote, the first level, its first vote. */
async function toFirstVote(page: Page) {
  await page.goto('/');
  await booted(page);
  await button(page, 'In de klas').click();
  await expect(heading(page)).toHaveText('In de klas');
  await page.locator('#class-source').selectOption('cards');
  await page.locator('#class-level-phase-1-safety').click();
  await expect(page.locator('#a11y-controls')).toContainText('Lees de situatie');
  await page.keyboard.press('Space');
  await expect(page.locator('#a11y-controls')).toContainText('Eerste stemming');
}

test.describe('with a camera', () => {
  let browser: Browser;
  let held: { card: number; letter: string }[];
  test.beforeAll(async ({}, info) => {
    mkdirSync(info.outputDir, { recursive: true });
    const video = join(info.outputDir, 'class.y4m');
    held = writeCardVideo(video, 1, 2);
    // a browser of its own: the fake camera plays the video
    const use = info.project.use;
    browser = await chromium.launch({
      ...use.launchOptions,
      args: [...(use.launchOptions?.args ?? []), '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
  });
  test.afterAll(async () => browser?.close());

  async function open(permissions: string[]) {
    const use = test.info().project.use;
    const context = await browser.newContext({ baseURL: use.baseURL, viewport: { width: 1920, height: 1080 }, locale: 'nl-NL', serviceWorkers: 'block', permissions });
    // keep a hand on every camera stream the page opens, to see that it is closed again
    await context.addInitScript(() => {
      const streams: MediaStream[] = ((window as unknown as { __streams: MediaStream[] }).__streams = []);
      const md = navigator.mediaDevices;
      if (!md) return;
      const ask = md.getUserMedia.bind(md);
      md.getUserMedia = async (c) => {
        const s = await ask(c);
        streams.push(s);
        return s;
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors };
  }

  test('30 cards in view (one covered, one twice): the spread is exactly what the class held up', async () => {
    expect(held).toHaveLength(30);
    const { page, errors } = await open(['camera']);
    await toFirstVote(page);
    const answers = await sheet(page).locator('.answer').count();
    const want = CARD_LETTERS.slice(0, answers).map((l) => held.filter((r) => r.letter === l).length);
    const total = want.reduce((a, b) => a + b, 0);
    await expect(page.locator('#class-status')).toHaveText(`${total} kaarten gelezen`, { timeout: 60_000 });
    await expect(page.locator('#class-preview')).toContainText('Camera aan');
    // no picture of the class on the projector, and no card's letter before the spread is shown
    await expect(page.locator('video, #a11y canvas')).toHaveCount(0);
    await expect(sheet(page).locator('.spread')).toHaveCount(0);
    await shot(page, 'camera-vote-1920');

    await page.keyboard.press('PageDown');
    await expect(page.locator('#a11y-controls')).toContainText('Zo stemde de klas');
    await shot(page, 'camera-spread-1920');
    // the vote is over: the camera is off
    expect(await page.evaluate(() => (window as unknown as { __streams: MediaStream[] }).__streams.length)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __streams: MediaStream[] }).__streams.every((s) => s.getTracks().every((tr) => tr.readyState === 'ended')))).toBe(true);
    const shown = await sheet(page).locator('.answer .spread span:last-child').allTextContents();
    expect(shown.map((s) => Number(s.split(' · ')[0]))).toEqual(want);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the camera refused: class mode says so once, plainly, and hands are counted', async () => {
    const { page, errors } = await open([]);
    await toFirstVote(page);
    await expect(page.locator('#a11y-live')).toHaveText('De camera mag niet meedoen: de browser of de computer zei nee. Tel dan de handen; dat werkt ook.');
    await expect(page.locator('#class-preview')).toHaveCount(0);
    await page.keyboard.press('a');
    await page.keyboard.press('a');
    await expect(page.locator('#class-status')).toHaveText('2 stemmen geteld');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

test.describe('without a camera', () => {
  test.use({ permissions: ['camera'] });
  test('no camera at all: class mode says it is missing and hands are counted', async ({ page }) => {
    await toFirstVote(page);
    await expect(page.locator('#a11y-live')).toHaveText('Er is geen camera gevonden. Tel dan de handen; dat werkt ook.');
    await page.keyboard.press('b');
    await expect(page.locator('#class-status')).toHaveText('1 stem geteld');
  });
});
