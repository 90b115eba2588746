import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/**
 * The preview server's port: 4180 when it is free, else any free port, so two test runs on one
 * machine do not collide. Chosen once in the main process and passed to the workers by the
 * environment (they load this file again and must agree on the address).
 */
function freePort(): number {
  const probe = `const net=require('net');const s=net.createServer();s.once('error',()=>{const t=net.createServer();t.listen(0,'127.0.0.1',()=>{console.log(t.address().port);t.close()})});s.listen(4180,'127.0.0.1',()=>{console.log(4180);s.close()})`;
  return Number(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim());
}
process.env.BOUWSTENEN_PORT ??= String(freePort());
const PORT = Number(process.env.BOUWSTENEN_PORT);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  // a whole level at 1920x1080 in software GL took over 60 s with both cores busy; tests wait for
  // states, so a longer limit costs nothing when all is well
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 720 },
    locale: 'nl-NL',
    // the service worker downloads the whole game in the background; only the offline tests
    // need it (tests/browser/offline.spec.ts allows it), the rest are spared the extra work
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
