import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booted, button, expect, heading, playState, policyPick, responses, test, towers } from './helpers';

async function playTwo(page: import('@playwright/test').Page) {
  let picked = 0;
  while (picked < 2) {
    const state = await playState(page);
    if (state === 'responses') {
      await page.keyboard.press(String(await policyPick(page, picked === 0 ? 'attuned' : 'worst')));
      picked++;
      await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
    } else {
      await page.keyboard.press('Enter');
      await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
    }
  }
  // on to the third moment
  await page.keyboard.press('Enter');
  await expect(responses(page).first().or(button(page, 'Wat doe je?'))).toBeAttached();
}

test('a reload mid-level resumes at the same moment with the same towers', async ({ page }) => {
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  await playTwo(page);
  const towersBefore = await towers(page).textContent();
  const storyBefore = await page.locator('#a11y-story').textContent();
  await page.goto('/');
  await booted(page);
  await button(page, 'Verder spelen').click();
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  await expect(page.locator('#a11y-story')).toHaveText(storyBefore!);
  expect(await towers(page).textContent()).toBe(towersBefore);
});

test('progress survives closing the browser', async ({ baseURL }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bouwstenen-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      locale: 'nl-NL',
      viewport: { width: 1280, height: 720 },
      baseURL,
    });
  let ctx = await launch();
  let page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto('/?level=phase-3-confidence');
  await booted(page);
  await playTwo(page);
  const before = await towers(page).textContent();
  await ctx.close();
  ctx = await launch();
  page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto('/');
  await booted(page);
  await button(page, 'Verder spelen').click();
  await expect(heading(page)).toHaveText(/Zelfvertrouwen/);
  expect(await towers(page).textContent()).toBe(before);
  await ctx.close();
});

test('without storage the game still plays and says so once', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get: () => {
        throw new Error('blocked');
      },
    });
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await page.goto('/');
  await booted(page);
  await expect(page.locator('#a11y-live')).toHaveText(/kan je voortgang niet bewaren/);
  await button(page, 'Nieuw verhaal').click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  // said once: the next scene does not say it again
  await expect(page.locator('#a11y-live')).not.toHaveText(/kan je voortgang niet bewaren/);
  await page.keyboard.press('Enter');
  await expect(responses(page).first().or(button(page, 'Wat doe je?'))).toBeAttached();
});

test('a damaged save is set aside, not deleted, and the player is told', async ({ page }) => {
  await page.goto('/?level=phase-1-safety');
  await booted(page);
  await playTwo(page);
  // damage this player's progress, as a broken write might
  const id = await page.evaluate(() => window.bouwstenen.app.currentProfile().id);
  await page.evaluate(async (id) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('bouwstenen');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    await new Promise((ok) => {
      const tx = db.transaction('saves', 'readwrite');
      tx.objectStore('saves').put({ version: 1, levels: 'nonsense' }, `progress:${id}`);
      tx.oncomplete = ok;
    });
    db.close();
  }, id);
  await page.goto('/');
  await booted(page);
  await expect(page.locator('#a11y-live')).toHaveText(/apart gezet/);
  const keys = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok) => {
      const r = indexedDB.open('bouwstenen');
      r.onsuccess = () => ok(r.result);
    });
    return new Promise<string[]>((ok) => {
      const req = db.transaction('saves').objectStore('saves').getAllKeys();
      req.onsuccess = () => ok(req.result.map(String));
    });
  });
  expect(keys).toContain(`set-aside:progress:${id}:1`);
  // settings and players were not lost
  expect(keys).toContain('profiles');
  await expect(button(page, 'Nieuw verhaal')).toBeAttached();
});
