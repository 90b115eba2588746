import { booted, button, expect, heading, playByKeys, playState, policyPick, responses, shot, story, test, towers } from './helpers';

test('a whole level by keyboard only, from the title to the debrief', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await expect(heading(page)).toHaveText('Bouwstenen');
  // Tab moves a visible focus to a real button: first who is playing, then "Nieuw verhaal"
  const focused = () => page.evaluate(() => document.activeElement?.tagName + ':' + document.activeElement?.textContent);
  await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/^BUTTON:Ik ben ouder/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/^BUTTON:Nieuw verhaal/);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await expect(story(page)).toContainText('Noor');
  const before = await towers(page).textContent();
  expect(before).toContain('Basisveiligheid: groeit');
  expect(before).toContain('Toevertrouwen: wacht op Basisveiligheid');
  await page.keyboard.press('Enter');
  await expect(responses(page).first()).toBeAttached();
  await shot(page, 'scenario-1280');
  await page.keyboard.press(String(await policyPick(page, 'attuned')));
  await expect(button(page, 'Verder')).toBeAttached();
  await shot(page, 'feedback-1280');
  const moments = await playByKeys(page);
  expect(moments).toBe(8);
  await expect(heading(page)).toHaveText(/Terugblik/);
  // attuned play: the base is solid, and the towers say so in words
  await expect(towers(page)).toContainText('Basisveiligheid: staat stevig');
  await shot(page, 'debrief-1280');
});

test('poor choices crack the base and the red letter is named', async ({ page }) => {
  await page.goto('/?level=phase-1-safety');
  await booted(page);
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await playByKeys(page, 'worst');
  await expect(towers(page)).toContainText(/Basisveiligheid: gebarsten: Angst/);
  await button(page, /Wat zie je/).click();
  await expect(story(page)).toContainText(/onrustig/);
  await shot(page, 'debrief-signals');
});

test('a level played by mouse clicks on the canvas', async ({ page }) => {
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  const clickButton = async (name: string | RegExp) => {
    const box = await button(page, name).first().boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  };
  let moments = 0;
  for (let i = 0; i < 40; i++) {
    const state = await playState(page);
    if (state === 'debrief') break;
    if (state === 'responses') {
      const box = await responses(page)
        .nth((await policyPick(page, 'attuned')) - 1)
        .boundingBox();
      await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      moments++;
      await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
    } else {
      const label = { start: 'Beginnen', choose: 'Wat doe je?', next: 'Verder' }[state];
      await clickButton(label);
      await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
    }
  }
  expect(moments).toBe(9);
  await expect(heading(page)).toHaveText(/Terugblik/);
  await expect(towers(page)).toContainText('Toevertrouwen: staat stevig');
});

test('what if: replay from an earlier choice and compare both towers', async ({ page }) => {
  await page.goto('/?level=phase-1-safety');
  await booted(page);
  await playByKeys(page, 'worst');
  await button(page, /Wat als/)
    .first()
    .click();
  await button(page, /^Vanaf moment 1/).click();
  // the debrief's heading names the level too: wait until it is gone, or the loop below sees the old screen
  await expect(heading(page)).not.toHaveText(/Terugblik/);
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await playByKeys(page, 'attuned');
  await expect(heading(page)).toHaveText(/Terugblik/);
  const text = await towers(page).textContent();
  // two towers: the first run (cracked) and the what-if (solid)
  expect(text).toMatch(/gebarsten: Angst/);
  expect(text).toMatch(/staat stevig/);
  await shot(page, 'debrief-whatif');
});
