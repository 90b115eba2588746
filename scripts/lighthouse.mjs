// Lighthouse (accessibility and best practices) on the built game's pages, as a phone and as a
// desktop: the title and a student's assignment page as page loads, and the screens reached inside
// the game (trainer, class overview, guide, settings, the child's age) as snapshots, also with high
// contrast and text at 150%. Lighthouse is not a dependency of the game: install it anywhere
// outside the project (`npm i --prefix /tmp/lh lighthouse`) and say where with LIGHTHOUSE_DIR.
//
//   npx vite build && npx vite preview --port 4173 &
//   LIGHTHOUSE_DIR=/tmp/lh node scripts/lighthouse.mjs [http://127.0.0.1:4173] [out-dir]
//
// Prints one line per page and form factor with both scores and any failing audit; exits 1 when
// a score is below 100. The full reports are written to out-dir (default: bouwstenen-lighthouse in the
// system's temporary folder).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from './ensure-chromium.mjs';

const [base = 'http://127.0.0.1:4173', out = join(tmpdir(), 'bouwstenen-lighthouse')] = process.argv.slice(2);
const dir = process.env.LIGHTHOUSE_DIR;
if (!dir) {
  console.error('Set LIGHTHOUSE_DIR to a folder where lighthouse is installed (npm i --prefix /tmp/lh lighthouse).');
  process.exit(2);
}
const req = createRequire(join(resolve(dir), 'package.json'));
const load = async (name) => import(pathToFileURL(req.resolve(name)).href);
const { navigation, snapshot, desktopConfig } = await load('lighthouse');
const puppeteer = (await load('puppeteer-core')).default;
mkdirSync(out, { recursive: true });

// an assignment for phase 1 with a note and a due date (src/trainer/assignment.ts encodeAssignment)
const LINK = '1.eyJpIjoic2hlZXRzMTIzNCIsImwiOlsicGhhc2UtMS1zYWZldHkiXSwiZyI6Im5sIiwibiI6IkxlZXMgZWVyc3QgaG9vZmRzdHVrIDMuIiwiZCI6IjIwMjYtMTItMTQiLCJ3IjoxfQ.4fo2p9';
const flags = { onlyCategories: ['accessibility', 'best-practices'], output: 'json' };
const FORMS = {
  mobile: { viewport: { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, config: undefined },
  desktop: { viewport: { width: 1920, height: 1080 }, config: desktopConfig },
};
// a snapshot measures the page as it is, at the size set here
const asIs = (config) => ({ ...(config ?? { extends: 'lighthouse:default' }), settings: { ...(config?.settings ?? {}), screenEmulation: { disabled: true } } });

const low = [];
function record(name, lhr) {
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  // the audits that count in the two scores (valid-source-maps weighs nothing: the build ships no source maps on purpose)
  const fails = Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => a.id);
  console.log(`${name.padEnd(32)} accessibility ${score('accessibility')}  best practices ${score('best-practices')}${fails.length ? `  failing: ${fails.join(', ')}` : ''}`);
  if (score('accessibility') < 100 || score('best-practices') < 100) low.push(name);
  writeFileSync(join(out, `${name}.json`), JSON.stringify(lhr));
}

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  for (const [form, { viewport, config }] of Object.entries(FORMS)) {
    for (const [name, path] of [
      ['title', '/'],
      ['student', `/?a=${LINK}`],
    ]) {
      const page = await browser.newPage();
      record(`${name}-${form}`, (await navigation(page, base + path, { config, flags })).lhr);
      await page.close();
    }
    for (const look of [{}, { highContrast: true, textScale: 1.5 }]) {
      const tag = look.highContrast ? '-high-150' : '';
      const page = await browser.newPage();
      await page.setViewport(viewport);
      const ready = async () => {
        await page.waitForSelector('body[data-ready="yes"]', { timeout: 30_000 });
        await page.evaluate(() => window.bouwstenen.app.ready);
      };
      await page.goto(base + '/');
      await ready();
      await page.evaluate((s) => window.bouwstenen.app.saveSettings(s), look);
      if (tag) {
        await page.goto(`${base}/?a=${LINK}`);
        await ready();
        record(`student-${form}${tag}`, (await snapshot(page, { config: asIs(config), flags })).lhr);
        await page.goto(base + '/');
        await ready();
      }
      for (const key of ['Trainer', 'ClassOverview', 'Guide', 'Settings', 'Welcome']) {
        const before = await page.evaluate(() => document.getElementById('a11y').dataset.screen);
        await page.evaluate((k) => window.bouwstenen.game.scene.getScenes(true)[0].go(k), key);
        // the screen is up and focus has landed on it
        await page.waitForFunction(
          (b, k) => {
            const a = document.getElementById('a11y');
            return a.dataset.screen !== b && a.dataset.screen.startsWith(`${k}:`) && a.dataset.focus !== 'pending';
          },
          { timeout: 20_000 },
          before,
          key,
        );
        if (key === 'Guide') await page.waitForSelector('#guide-print', { timeout: 20_000 });
        record(`${key.toLowerCase()}-${form}${tag}`, (await snapshot(page, { config: asIs(config), flags })).lhr);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
if (low.length) {
  console.error(`below 100: ${low.join(', ')}`);
  process.exit(1);
}
