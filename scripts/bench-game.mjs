// npm run bench [-- --json] [--runs N]: the game against an empty Phaser 4 game (the floor), both
// built and loaded cold in headless Chromium. Prints JS size (gzip, what loads before the first
// screen), first interactive (median), fps during a tower animation, and for the game the heap
// growth over 50 level restarts. A script, not a test: it prints figures and goals.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensureChromium } from './ensure-chromium.mjs';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const log = (...a) => !json && console.log(...a);

const vite = join(root, 'node_modules', '.bin', 'vite');
log('building the game and the floor…');
execFileSync(vite, ['build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
execFileSync(vite, ['build', '--logLevel', 'error', '--config', 'bench/floor/vite.config.ts'], { cwd: root, stdio: 'inherit' });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ogg': 'audio/ogg', '.mp3': 'audio/mpeg' };
function serve(dir) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
      const file = join(dir, path || 'index.html');
      if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** gzip size of the JS that index.html loads before anything else (entry and preloads). */
function startJsGzipKB(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const executablePath = ensureChromium();
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Frames per second over a window, counted with requestAnimationFrame in the page. */
const countFps = (page, ms) => page.evaluate((ms) => new Promise((ok) => {
  let frames = 0;
  const t0 = performance.now();
  const tick = () => {
    frames++;
    if (performance.now() - t0 < ms) requestAnimationFrame(tick);
    else ok((frames * 1000) / (performance.now() - t0));
  };
  requestAnimationFrame(tick);
}), ms);

async function measure(name, url, fpsAction) {
  const firsts = [];
  const fps = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__firstInteractive !== undefined, undefined, { timeout: 30_000 });
    firsts.push(await page.evaluate(() => window.__firstInteractive));
    fps.push(await fpsAction(page));
    await ctx.close();
  }
  return { firstInteractiveMs: Math.round(median(firsts)), fpsMedian: Math.round(median(fps) * 10) / 10, firstInteractiveAll: firsts.map(Math.round) };
}

const gameDir = join(root, 'dist');
const floorDir = join(root, 'bench-results', 'floor-dist');
const gameServer = await serve(gameDir);
const floorServer = await serve(floorDir);
const gameUrl = `http://127.0.0.1:${gameServer.address().port}/`;
const floorUrl = `http://127.0.0.1:${floorServer.address().port}/`;

log(`loading each ${runs} times, cold…`);
const floor = { jsGzipKB: startJsGzipKB(floorDir), ...(await measure('floor', floorUrl, (page) => countFps(page, 1500))) };
const game = {
  jsGzipKB: startJsGzipKB(gameDir),
  ...(await measure('game', gameUrl, async (page) => {
    // start a level, pick a response, and count frames while the towers animate
    await page.evaluate(async () => {
      const { app, game } = window.bouwstenen;
      await app.ready;
      await app.begin('phase-1-safety', 'single');
      await app.setStep('choose');
      game.scene.getScenes(true).forEach((s) => s.scene.start('Scenario'));
    });
    await page.waitForSelector('#a11y-controls button[data-id^="response-"]');
    await page.keyboard.press('1');
    await page.waitForTimeout(250);
    return countFps(page, 1500);
  })),
};

// heap growth over 50 level restarts, after forced garbage collection
{
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(gameUrl);
  await page.waitForFunction(() => window.__firstInteractive !== undefined);
  await page.evaluate(() => window.bouwstenen.app.ready);
  const cdp = await ctx.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
  };
  const restart = () => page.evaluate(async () => {
    const { app, game } = window.bouwstenen;
    await app.begin('phase-1-safety', 'single');
    await app.setStep('choose');
    game.scene.getScenes(true).forEach((s) => s.scene.start('Scenario'));
    await new Promise((ok) => setTimeout(ok, 60));
  });
  for (let i = 0; i < 5; i++) await restart();
  const before = await heap();
  for (let i = 0; i < 50; i++) await restart();
  const after = await heap();
  game.heapGrowthMB = Math.round((after - before) * 100) / 100;
  await ctx.close();
}
await browser.close();
gameServer.close();
floorServer.close();

const goals = {
  jsGzip: game.jsGzipKB <= floor.jsGzipKB + 150,
  firstInteractive: game.firstInteractiveMs <= 1.3 * floor.firstInteractiveMs,
  fps: game.fpsMedian >= 58,
  heap: game.heapGrowthMB <= 10,
};
if (json) {
  console.log(JSON.stringify({ runs, game, floor, goals }, null, 2));
} else {
  const row = (k, g, f, goal) => console.log(`${k.padEnd(22)} ${String(g).padStart(10)} ${String(f).padStart(10)}   ${goal}`);
  console.log('');
  row('', 'game', 'floor', 'goal');
  row('JS gzip before title kB', game.jsGzipKB, floor.jsGzipKB, `<= floor + 150 (${goals.jsGzip ? 'met' : 'NOT met'})`);
  row('first interactive ms', game.firstInteractiveMs, floor.firstInteractiveMs, `<= 1.3 x floor = ${Math.round(1.3 * floor.firstInteractiveMs)} (${goals.firstInteractive ? 'met' : 'NOT met'})`);
  row('fps median (animation)', game.fpsMedian, floor.fpsMedian, `>= 58 (${goals.fps ? 'met' : 'NOT met'})`);
  row('heap growth, 50 restarts', `${game.heapGrowthMB} MB`, '-', `<= 10 MB (${goals.heap ? 'met' : 'NOT met'})`);
  console.log(`first interactive, each run: game ${game.firstInteractiveAll.join(', ')}; floor ${floor.firstInteractiveAll.join(', ')}`);
}
