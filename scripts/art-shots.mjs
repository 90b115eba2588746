// Dev tool: screenshots of the art preview (art-preview.html) for looking at the figures.
//   node scripts/art-shots.mjs ['?poses=1&mood=crying' ...]   → test-results/screens/art-*.png
// Starts Vite's dev server on a free port in its own process group and stops it afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const out = join(root, 'test-results', 'screens');
mkdirSync(out, { recursive: true });
const port = await new Promise((res) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const vite = spawn(join(root, 'node_modules', '.bin', 'vite'), ['--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, detached: true, stdio: 'ignore' });
const stop = () => {
  try {
    process.kill(-vite.pid, 'SIGTERM');
  } catch {
    /* gone */
  }
};
process.on('exit', stop);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${base}/art-preview.html`)).ok) break;
  } catch {
    /* not yet */
  }
  await new Promise((r) => setTimeout(r, 250));
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = process.argv.slice(2);
const list = shots.length ? shots : ['?poses=1&mood=calm'];
for (const q of list) {
  const m = /[?&]w=(\d+)/.exec(q);
  const n = /[?&]h=(\d+)/.exec(q);
  const page = await browser.newPage({ viewport: { width: m ? Number(m[1]) : 1920, height: n ? Number(n[1]) : 1080 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/art-preview.html${q}`);
  await page.waitForFunction(() => document.querySelector('canvas') && window.performance.now() > 0);
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  const name = `art-${q
    .replace(/^\?/, '')
    .replace(/[^a-z0-9=]+/gi, '_')
    .replace(/=/g, '-')}.png`;
  await page.screenshot({ path: join(out, name) });
  console.log(join('test-results', 'screens', name), errors.length ? `ERRORS: ${errors.join('; ')}` : '');
  await page.close();
}
await browser.close();
stop();
