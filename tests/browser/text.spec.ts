// Text at 150% on every screen at the four sizes the tests use (no overlap, whole words, 44 px
// targets), a tower you can read on a phone, and the smaller access fixes: reduced motion that
// follows the system, the explorer's sliders, and "Nieuw verhaal" that asks before it replaces a
// level in progress.
import type Phaser from 'phaser';
import { booted, button, expect, heading, shot, test } from './helpers';
import { auditTexts, controlsSound, pickSetting, screenTexts, screens, textProblems, tour } from './tour';

const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
  { name: '844x390', width: 844, height: 390 },
];

for (const size of SIZES) {
  test(`text at 150% fits every screen at ${size.name}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    // towers drawn at once (the system asks for reduced motion), so they are measured at rest
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await auditTexts(page);
    const problems: string[] = [];
    const seen: string[] = [];
    await tour(
      page,
      async (name) => {
        seen.push(name);
        problems.push(...(await controlsSound(page, name)), ...(await textProblems(page, name)));
        // full tap targets at 150% too (the explorer on a phone on its side: 34 px, as access.spec.ts allows)
        const min = name === 'explorer' && size.height < 480 ? 34 : 44;
        for (const b of await page
          .locator('#a11y-controls .hit')
          .evaluateAll((els) =>
            els.map((e) => ({ label: (e.getAttribute('aria-label') ?? e.textContent ?? '').slice(0, 30), w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height })),
          )) {
          if (b.w < min - 0.5 || b.h < min - 0.5) problems.push(`${name}: "${b.label}" ${Math.round(b.w)}x${Math.round(b.h)} under ${min} px`);
        }
        await shot(page, `text150-${size.name}-${name}`);
      },
      { settings: (p) => pickSetting(p, 'text-1.5') },
    );
    expect(seen).toEqual(screens(true));
    expect(problems).toEqual([]);
  });
}

test('tower labels on a phone: at least 12 px, and larger at 150%', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const nameSizes = async () => {
    const texts = await screenTexts(page);
    return texts
      .filter((t) => t.live && /^(Basisveiligheid|Toevertrouwen|Zelfvertrouwen|Zelfstandigheid|Creativiteit|Zorgen voor|Geven|Steunen|Stevig zijn|Vertrouwen)$/.test(t.text))
      .map((t) => t.size);
  };
  await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  const normal = await nameSizes();
  expect(normal).toHaveLength(10);
  expect(Math.min(...normal)).toBeGreaterThanOrEqual(12);
  await page.keyboard.press('Escape');
  await button(page, 'Instellingen').click();
  await pickSetting(page, 'text-1.5');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Menu');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  const large = await nameSizes();
  expect(Math.min(...large)).toBeGreaterThan(Math.min(...normal));
  await shot(page, 'tower-150-390x844');
});

test('the system reduced-motion setting applies unless the player chose otherwise', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await booted(page);
  const reduced = () => page.evaluate(() => window.bouwstenen.app.settings.reducedMotion);
  expect(await reduced()).toBe(true);
  // a save from before the choice existed, with full motion: the system still decides
  await page.evaluate(() => window.bouwstenen.app.saveSettings({ motion: undefined, reducedMotion: false, textScale: 1.25 }));
  await page.reload();
  await booted(page);
  expect(await reduced()).toBe(true);
  await button(page, 'Instellingen').click();
  await expect(page.getByRole('button', { name: 'Beweging: Zoals apparaat' })).toHaveAttribute('aria-pressed', 'true');
  // an explicit choice wins over the system
  await pickSetting(page, 'motion-full');
  await page.reload();
  await booted(page);
  expect(await reduced()).toBe(false);
  // and back to following the system, which may change while the game is open
  await button(page, 'Instellingen').click();
  await pickSetting(page, 'motion-system');
  expect(await reduced()).toBe(true);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect.poll(reduced).toBe(false);
});

test('the explorer sliders change their number with no page error', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'Modelverkenner').click();
  await expect(heading(page)).toHaveText('Modelverkenner');
  const slider = page.getByRole('slider', { name: /^Geven/ });
  await expect(slider).toHaveAttribute('aria-valuetext', '+2');
  const numbers = () =>
    page.evaluate(() => {
      return window.bouwstenen.game.scene
        .getScene('Explorer')
        .children.list.filter((o) => o.type === 'Text')
        .map((o) => (o as Phaser.GameObjects.Text).text);
    });
  expect(await numbers()).toEqual(['+2', '+2', '+2', '+2', '+2']);
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', '−1');
  expect(await numbers()).toEqual(['+2', '−1', '+2', '+2', '+2']);
});

test('"Nieuw verhaal" asks before it replaces a level in progress', async ({ page }) => {
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y-controls button[data-id="start"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await button(page, 'Naar het begin').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, /^Nieuw verhaal$/).click();
  await expect(page.locator('#a11y')).toContainText('Je bent bezig met Toevertrouwen');
  await shot(page, 'new-story-ask');
  // keeping it is the default (Enter), and goes back to the level
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  await page.keyboard.press('Escape');
  await button(page, 'Naar het begin').click();
  await button(page, /^Nieuw verhaal$/).click();
  await button(page, /Ja, begin/).click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
});

test('a measured text is as large as the same text drawn, so layouts hold', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  const diffs = await page.evaluate(async () => {
    const b = window.bouwstenen;
    await b.app.ready;
    const scene = b.game.scene.getScenes(true)[0];
    const cases: [string, Parameters<typeof b.textStyle>[0]][] = [
      ['Basisveiligheid', { size: 16 }],
      ['Nieuw verhaal', { size: 22, bold: true }],
      ['Bouwstenen', { size: 44, bold: true, head: true }],
      ['Je tilt Noor op en wiegt haar tot ze rustig wordt. Daarna leg je haar terug.', { size: 18, width: 240 }],
      ['Een heel lang woord: kinderopvangtoeslagformulier, en nog een zin erachter', { size: 20, width: 150, bold: true }],
      ['Gemaakt naar het bouwstenenmodel van Truus Bakker-van Zeil\nTweede regel', { size: 13, width: 300, italic: true }],
      ['', { size: 16 }],
    ];
    return cases.map(([text, o]) => {
      const m = b.measureText(scene, text, o);
      const real = scene.make.text({ x: 0, y: 0, text, style: b.textStyle(o) }, false);
      const d = { text: text.slice(0, 20), dw: Math.abs(m.width - real.width), dh: Math.abs(m.height - real.height), h: m.height };
      real.destroy();
      return d;
    });
  });
  for (const d of diffs) {
    expect(d.dw, d.text).toBeLessThan(0.01);
    expect(d.dh, d.text).toBeLessThan(0.01);
  }
  // the wrapped cases really wrap (more than one line high)
  expect(diffs[3].h).toBeGreaterThan(diffs[0].h * 2);
});
