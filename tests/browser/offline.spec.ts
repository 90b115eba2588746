// Installable and offline: the manifest and icons, a level played with the network off after one
// visit, and an update that waits for the player on the title or the map.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, playState, policyPick, responses, shot, test } from './helpers';

// the other browser tests run without the service worker (playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

/** Wait until a service worker is active for this page, with everything precached. */
async function swActive(page: Page) {
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 30_000 }).toBe('activated');
}

/** From the title: open the first level from the map and play one moment to its result card. */
async function playOneMoment(page: Page) {
  await button(page, 'Levels').click();
  await expect(heading(page)).toHaveText('Levels');
  await page.locator('#a11y-controls button[data-id="level-phase-1-safety"]').click();
  for (let i = 0; i < 6; i++) {
    const state = await playState(page);
    if (state === 'responses') break;
    await page.keyboard.press('Enter');
    await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
  }
  await expect(responses(page).first()).toBeAttached();
  await page.keyboard.press(String(await policyPick(page, 'attuned')));
  await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
}

test('the manifest names the game and has its own icons, one maskable', async ({ page, request }) => {
  await page.goto('/');
  await booted(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Bouwstenen', lang: 'nl', display: 'standalone', theme_color: '#f6efe4' });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.headers()['content-type']).toBe('image/png');
    // the PNG header says the size the manifest claims
    const png = await res.body();
    const [w, h] = icon.sizes.split('x').map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
  }
});

test('after one visit the game opens and plays a level with no network', async ({ page, context }) => {
  await page.goto('/');
  await booted(page);
  await swActive(page);
  // sounds, fonts and every level are in the cache, not only the page and its script
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  for (const ext of ['.mp3', '.ogg', '.woff2', '.png', 'manifest.webmanifest'])
    expect(
      cached.some((u) => new URL(u).pathname.endsWith(ext)),
      ext,
    ).toBe(true);
  expect(cached.filter((u) => /phase-\d|repair-/.test(u)).length).toBeGreaterThanOrEqual(7);

  await context.setOffline(true);
  await page.reload();
  await booted(page);
  await expect(heading(page)).toHaveText('Bouwstenen');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await playOneMoment(page);
  await shot(page, 'offline-result-1280');
  // a homework link opens offline too (the query is not part of the cached address)
  await page.goto('/?level=phase-2-trust&lang=en');
  await booted(page);
  await expect(heading(page)).toHaveText(/Trust/);
  await context.setOffline(false);
});

// ---- updates: served from a server of the test's own, whose service worker can change ----------

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

function serveDist(version: () => number): Promise<Server> {
  const dir = join(process.cwd(), 'dist');
  return new Promise((ok) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^\/+/, '');
      const file = join(dir, path || 'index.html');
      if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      let body = readFileSync(file);
      // a new deploy: the service worker's bytes change
      if (path === 'sw.js') body = Buffer.concat([body, Buffer.from(`\n// deploy ${version()}\n`)]);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

// Chromium starts an update check (registration.update() and its own check after a navigation)
// as a low-priority browser task (service_worker_register_job.cc: "For update, give it a lower
// priority"), and holds such tasks back while the page in front still counts as loading: until it
// is loaded and idle, or a minute after it stopped loading. The game draws every frame, and with
// software GL on a busy machine its page never counts as idle, so here the new sw.js is fetched
// about 60 s after the level opens (seen in a Chromium trace: ServiceWorkerUpdateChecker::Start
// 60.0 s after the navigation, at once when the game's loop was paused or another tab came to the
// front). A player's browser with a GPU idles sooner; either way the new version only waits.
test('a new version waits for the player: not in a scene, then "load now" on the map', async ({ page }) => {
  test.setTimeout(240_000);
  let version = 1;
  const server = await serveDist(() => version);
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  try {
    await page.goto(url);
    await booted(page);
    await swActive(page);
    // a new version is deployed; the player opens a homework link (a level). The game itself
    // looks for a new version once its service worker is registered (src/services/offline.ts)
    version = 2;
    await page.goto(`${url}?level=phase-1-safety`);
    await booted(page);
    await expect(heading(page)).toHaveText(/Basisveiligheid/);
    await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 120_000, intervals: [1000] }).toBe(true);
    // the game has heard of it (workbox-window's "waiting") by the next frames
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    // no notice in the middle of a scene
    await expect(page.locator('#a11y-controls button[data-id="load-update"]')).toHaveCount(0);
    // the menu's way to the map: there it is
    await page.keyboard.press('Escape');
    await button(page, 'Levels').click();
    await expect(heading(page)).toHaveText('Levels');
    const load = page.locator('#a11y-controls button[data-id="load-update"]');
    await expect(load).toHaveText('Nieuwe versie: nu laden');
    await shot(page, 'update-notice-map-1280');
    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
    await load.click();
    // the page reloads itself under the new version, without the notice
    await page.waitForFunction(() => !(window as unknown as { before?: boolean }).before, undefined, { timeout: 30_000 });
    await booted(page);
    await expect(page.locator('#a11y-controls button[data-id="load-update"]')).toHaveCount(0);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
  } finally {
    server.close();
  }
});
