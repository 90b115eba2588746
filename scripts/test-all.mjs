// `npm test`: every suite — engine, content and CLI (Vitest), then the game in a real browser
// (Playwright with Debian's Chromium) — and one closing line: N passed, N failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDeps } from './install-deps.mjs';

const out = mkdtempSync(join(tmpdir(), 'bouwstenen-test-'));
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status;
const bin = (name) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;

// 0. On a fresh clone nothing is installed yet: install first, then type-check (counted as one test).
if (!ensureDeps()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (run(bin('tsc'), ['--noEmit']) === 0) {
  console.log('typecheck: ok');
  passed += 1;
} else failed += 1;
// the linter (Biome: layer rules as restricted imports, no floating promises), counted as one test
if (run(bin('biome'), ['lint']) === 0) {
  console.log('lint: ok');
  passed += 1;
} else failed += 1;
// the formatter's check: code in one style (`npm run format` writes it), counted as one test
if (run(bin('biome'), ['format']) === 0) {
  console.log('format: ok');
  passed += 1;
} else failed += 1;

// 1. Engine, content and command-line tests.
const unitJson = join(out, 'vitest.json');
const unitStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (existsSync(unitJson)) {
  const r = JSON.parse(readFileSync(unitJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
} else failed += 1;
if (unitStatus !== 0 && failed === 0) failed += 1;

// 2. The game in a real browser: build, then Playwright against the preview server.
const chromium = ensureChromium();
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
  console.error('The build failed: the browser tests cannot run.');
  failed += 1;
} else {
  const e2eJson = join(out, 'playwright.json');
  const e2eStatus = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson, CHROMIUM_PATH: chromium });
  if (existsSync(e2eJson)) {
    const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    if (e2eStatus !== 0 && s.unexpected === 0) failed += 1;
  } else failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
