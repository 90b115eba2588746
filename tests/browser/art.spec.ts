// The figures in the scenario scene, drawn for each moment of a level at desktop and phone size:
// no errors from any pose the first level needs (cot, lying, bath, doctor's table, arms, lap, car
// seat), and the tower animation after a pick measured (an annotation: this shared machine's
// load makes a frame rate too noisy to assert). Screenshots: test-results/screens/art-*.png.
import { booted, button, expect, nextScreen, playByKeys, playState, policyPick, responses, settled, shot, test } from './helpers';

for (const [w, h] of [
  [1920, 1080],
  [390, 844],
] as const) {
  test(`the figures follow each moment and the reaction at ${w}x${h}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/?level=phase-1-safety');
    await booted(page);
    // a phone may show the situation first and the responses behind one more button
    // (the next screen, the moment, is up before that button is looked for)
    await nextScreen(page, () => button(page, 'Beginnen').click(), 'Scenario');
    if ((await playState(page)) === 'choose') await button(page, 'Wat doe je?').first().click();
    await expect(responses(page).first()).toBeAttached();
    await shot(page, `art-situation-${w}`);
    await page.keyboard.press(String(await policyPick(page, 'worst')));
    await expect(page.locator('#a11y-towers[aria-busy="true"]')).toHaveCount(1);
    const fps = await page.evaluate(
      () =>
        new Promise<number>((ok) => {
          let frames = 0;
          const t0 = performance.now();
          const tick = () => {
            frames++;
            if (performance.now() - t0 < 1000) requestAnimationFrame(tick);
            else ok((frames * 1000) / (performance.now() - t0));
          };
          requestAnimationFrame(tick);
        }),
    );
    test.info().annotations.push({ type: 'fps', description: `${fps.toFixed(1)} fps during the tower animation at ${w}x${h}` });
    await settled(page);
    await shot(page, `art-result-${w}`);
    // the rest of the level: every moment's figures are drawn without an error
    await page.keyboard.press('Enter');
    expect(await playByKeys(page, 'attuned')).toBeGreaterThan(5);
  });
}
