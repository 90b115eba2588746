// npm run bench:overview [-- --no-build] [--runs N] [--json]: the class overview with 100, 300 and
// 1,000 generated results files (scripts/class-files.ts), in headless Chromium at 1280×720. For
// each size: from the file input's change to the overview drawn (the next frame after it is built),
// split into reading (worker) and drawing, and the longest main-thread block meanwhile (long tasks
// of 50 ms and more, as Chromium reports them). Goal (issue 19): 300 files in under a second, the
// page never frozen. A script, not a test: it prints figures and goals. Median of the runs.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { classFiles } from './class-files';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Math.max(1, Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3) || 3);
const SIZES = [100, 300, 1000];
const log = (...a: unknown[]) => !json && console.log(...a);

if (!args.includes('--no-build')) {
  log('building the game…');
  execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.json': 'application/json' };
function serve(dir: string): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
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

log('making 1,000 results files…');
const all = await classFiles(Math.max(...SIZES));
const buffers = all.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) }));
log(`  ${Math.round(all.reduce((s, f) => s + f.text.length, 0) / all.length / 1000)} kB a file (3 levels, every question answered)`);

const server = await serve(join(root, 'dist'));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

interface Timing { total: number; read: number; draw: number; longest: number }

async function openOverview(page: Page) {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstInteractive?: number }).__firstInteractive !== undefined, undefined, { timeout: 60_000 });
  await page.evaluate(() => (window as unknown as { bouwstenen: { app: { ready: Promise<void> } } }).bouwstenen.app.ready);
  await page.locator('#a11y-controls button', { hasText: 'Voor docenten' }).click();
  await page.locator('#to-overview').click();
  await page.locator('#results-files').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { t0: number; read: number; shown: number; painted: number; longest: number } };
    w.__bench = { t0: 0, read: 0, shown: 0, painted: 0, longest: 0 };
    document.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).id === 'results-files') Object.assign(w.__bench, { t0: performance.now(), read: 0, shown: 0, painted: 0, longest: 0 });
    }, true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime >= w.__bench.t0 && w.__bench.t0) w.__bench.longest = Math.max(w.__bench.longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'overview-read') w.__bench.read = e.startTime;
        if (e.name === 'overview-shown' && w.__bench.t0 && !w.__bench.shown) {
          w.__bench.shown = e.startTime;
          // drawn: after the next frame's paint
          requestAnimationFrame(() => setTimeout(() => (w.__bench.painted = performance.now())));
        }
      }
    }).observe({ type: 'mark', buffered: false });
  });
}

async function once(page: Page, n: number): Promise<Timing> {
  if (await page.locator('#clear-files').count()) {
    await page.locator('#clear-files').click();
    await page.locator('#students').waitFor({ state: 'detached' });
  }
  await page.locator('#results-files').waitFor({ state: 'attached' });
  await page.locator('#results-files').setInputFiles(buffers.slice(0, n));
  await page.waitForFunction(() => (window as unknown as { __bench: { painted: number } }).__bench.painted > 0, undefined, { timeout: 120_000, polling: 50 });
  // long tasks are reported a little later than they end
  await page.waitForTimeout(200);
  const b = await page.evaluate(() => (window as unknown as { __bench: { t0: number; read: number; shown: number; painted: number; longest: number } }).__bench);
  const rows = await page.locator('#students tbody tr').count();
  if (rows !== n) throw new Error(`${n} files gave ${rows} rows`);
  return { total: b.painted - b.t0, read: b.read - b.t0, draw: b.painted - b.read, longest: b.longest };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL', serviceWorkers: 'block' });
const page = await ctx.newPage();
if (process.env.BENCH_CONSOLE) page.on('console', (m) => console.log('  [page]', m.text()));
await openOverview(page);
// one warm-up round: the worker's code and the page's first layout
await once(page, 20);
const results: Record<number, Timing & { runs: Timing[] }> = {};
for (const n of SIZES) {
  const rs: Timing[] = [];
  for (let r = 0; r < runs; r++) {
    const t = await once(page, n);
    rs.push(t);
    log(`  ${String(n).padStart(5)} files, run ${r + 1}: shown after ${Math.round(t.total)} ms (read ${Math.round(t.read)} ms in the worker, drawn ${Math.round(t.draw)} ms); longest main-thread block ${Math.round(t.longest)} ms`);
  }
  results[n] = { total: median(rs.map((x) => x.total)), read: median(rs.map((x) => x.read)), draw: median(rs.map((x) => x.draw)), longest: Math.max(...rs.map((x) => x.longest)), runs: rs };
}
await browser.close();
server.close();

const goal = { shown300: results[300].total < 1000, longest300: results[300].longest < 200 };
if (json) console.log(JSON.stringify({ runs, results, goal }, null, 2));
else {
  console.log('');
  console.log(`${'files'.padStart(6)} ${'shown ms'.padStart(9)} ${'read ms'.padStart(8)} ${'draw ms'.padStart(8)} ${'longest block ms'.padStart(17)}   (median of ${runs}; longest block: the worst run)`);
  for (const n of SIZES) {
    const r = results[n];
    console.log(`${String(n).padStart(6)} ${String(Math.round(r.total)).padStart(9)} ${String(Math.round(r.read)).padStart(8)} ${String(Math.round(r.draw)).padStart(8)} ${String(Math.round(r.longest)).padStart(17)}`);
  }
  console.log(`goal: 300 files shown in under 1,000 ms (${goal.shown300 ? 'met' : 'NOT met'}); no main-thread block of 200 ms or more with 300 files (${goal.longest300 ? 'met' : 'NOT met'})`);
}
