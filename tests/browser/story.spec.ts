import { booted, button, expect, heading, playByKeys, test, towers } from './helpers';

test('story mode: the tower carries over from one age phase to the next', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'Nieuw verhaal').click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await playByKeys(page, 'worst');
  await expect(towers(page)).toContainText('Basisveiligheid: gebarsten: Angst');
  await button(page, 'Volgende fase').click();
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  // the same child: what happened with the baby shows in the next phase
  await expect(towers(page)).toContainText('Basisveiligheid: gebarsten: Angst');
  await expect(page.locator('#a11y-story')).toContainText(/vorige fase gaat mee/);
  // played on its own, the same level starts from its own, well-raised start
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  await expect(heading(page)).toHaveText(/Toevertrouwen/);
  await expect(towers(page)).toContainText('Basisveiligheid: staat stevig');
});

test('sound starts on the first gesture, and M mutes it', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  const sound = () =>
    page.evaluate(() => {
      const H = (window as unknown as { Howler?: { _howls: { playing(): boolean }[]; _muted: boolean } }).Howler;
      return H ? { howls: H._howls.length, playing: H._howls.some((h) => h.playing()), muted: H._muted } : null;
    });
  expect(await sound()).toBeNull();
  await button(page, 'Levels').click();
  await expect.poll(sound).toMatchObject({ howls: 7, playing: true, muted: false });
  await page.keyboard.press('m');
  await expect.poll(sound).toMatchObject({ muted: true });
  await expect(page.locator('#a11y-live')).toHaveText('Geluid uit');
});
