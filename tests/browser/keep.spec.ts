// Nothing a player made is overwritten without a copy (issue 22), played through the screens: a
// progress file loaded over a player, a homework link over a story in progress, the player limit.
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, playState, policyPick, shot, story, test, toResponses } from './helpers';
import { withApp } from './bridge';

/** Answer `n` moments of the level on screen by keyboard. */
async function answerMoments(page: Page, n: number) {
  for (let picked = 0; picked < n; ) {
    const state = await playState(page);
    if (state === 'responses') {
      await page.keyboard.press(String(await policyPick(page, 'attuned')));
      picked++;
      await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
    } else {
      await page.keyboard.press('Enter');
      await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
    }
  }
}

async function toSavedGames(page: Page) {
  await page.goto('/');
  await booted(page);
  await button(page, 'Instellingen').click();
  await button(page, 'Opgeslagen spellen').click();
  await expect(heading(page)).toHaveText('Opgeslagen spellen');
}

const file = (name: string) => ({
  name: 'voortgang.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'bouwstenen-progress',
      version: 1,
      exported: '',
      player: { name },
      progress: { version: 2, levels: { 'phase-5-creativity': { done: true, focusStatus: 'solid', plays: 1 } }, story: { next: null, carried: null }, inPlay: null },
    }),
  ),
});

test("case 3: a progress file with a player's name: Enter adds a new player; replacing is chosen, and keeps a copy", async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'Nieuw verhaal').click();
  await answerMoments(page, 2);
  const choices = await withApp(page, (app) => app.progress.inPlay?.choices);
  await page.goto('/');
  await booted(page);
  const load = async () => {
    await button(page, /^Speler/).click();
    await page.locator('#a11y-controls button[data-id="transfer"]').click();
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#a11y-controls button[data-id="import"]').click();
    await (await chooser).setFiles(file('Speler 1'));
    await expect(story(page)).toContainText('Er is al een speler Speler 1');
  };
  await load();
  await shot(page, 'import-same-name');
  // one Enter: the safe choice, a new player beside the old one
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Bouwstenen');
  await expect(button(page, /^Speler/)).toHaveText('Speler: Speler 1 (2)');
  expect(await withApp(page, (app) => app.profiles.list.map((p: { name: string }) => p.name))).toEqual(['Speler 1', 'Speler 1 (2)']);
  await withApp(page, (app) => app.selectProfile(app.profiles.list[0].id));
  expect(await withApp(page, (app) => app.progress.inPlay?.choices)).toEqual(choices);
  // replacing, chosen on purpose: the old progress is set aside first
  await page.reload();
  await booted(page);
  await load();
  await page.locator('#a11y-controls button[data-id="import-replace"]').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await expect(page.locator('#a11y-live')).toContainText('De oude voortgang is bewaard');
  expect(await withApp(page, (app) => app.progress.inPlay)).toBeNull();
  await toSavedGames(page);
  const row = page.locator('#a11y-controls p', { hasText: 'Voortgang van Speler 1 · vervangen door een bestand' });
  await expect(row).toHaveCount(1);
  await page.locator('#a11y-controls button[data-id^="restore-"]').first().click();
  await expect(page.locator('#a11y-live')).toHaveText('Teruggezet.');
  expect(await withApp(page, (app) => app.progress.inPlay?.choices)).toEqual(choices);
  // what the file brought stays finished
  expect(await withApp(page, (app) => app.progress.levels['phase-5-creativity']?.done)).toBe(true);
});

test('case 4: a homework link over a story level in progress keeps the story and says where', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'Nieuw verhaal').click();
  await answerMoments(page, 2);
  const choices = await withApp(page, (app) => app.progress.inPlay?.choices);
  await page.goto('/?level=phase-3-confidence');
  await booted(page);
  await expect(heading(page)).toHaveText(/Zelfvertrouwen/);
  await expect(page.locator('#a11y-live')).toContainText('Je was bezig met Basisveiligheid');
  await shot(page, 'link-kept-story');
  // the homework is played a little, then the story comes back from the saved games
  await toResponses(page);
  await toSavedGames(page);
  await expect(page.locator('#a11y-controls p', { hasText: 'bewaard voor een huiswerklink' })).toHaveCount(1);
  await page.locator('#a11y-controls button[data-id^="restore-"]').first().click();
  await expect(page.locator('#a11y-live')).toHaveText('Teruggezet.');
  expect(await withApp(page, (app) => ({ level: app.progress.inPlay?.level, mode: app.progress.inPlay?.mode, choices: app.progress.inPlay?.choices }))).toEqual({
    level: 'phase-1-safety',
    mode: 'story',
    choices,
  });
});

test('case 9: at 200 players the screen says so, a player can be removed and comes back from the saved games', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await withApp(page, async (app) => {
    for (let i = 2; i <= 200; i++) app.profiles.list.push({ id: `p-${String(i).padStart(10, '0')}`, name: `Leerling ${i}` });
    await app.selectProfile(app.profiles.current ?? '');
  });
  await button(page, /^Speler/).click();
  await expect(heading(page)).toHaveText('Spelers');
  await expect(page.locator('#a11y-controls p', { hasText: 'Er zijn al 200 spelers' })).toHaveCount(1);
  await expect(page.locator('#a11y-controls input[type="text"]')).toHaveCount(0);
  await shot(page, 'players-full');
  // remove the first player on the page (with its own name in the button's name)
  const remove = page.locator('#a11y-controls button[data-id^="remove-"]').first();
  const name = await remove.getAttribute('aria-label');
  expect(name).toMatch(/^Speler .+ weghalen$/);
  await remove.click();
  await expect(page.locator('#a11y-live')).toContainText('is weggehaald');
  await expect(page.locator('#a11y-controls input[type="text"]')).toHaveCount(1);
  expect(await withApp(page, (app) => app.profiles.list.length)).toBe(199);
  // it stays removed after a reload
  await page.reload();
  await booted(page);
  expect(await withApp(page, (app) => app.profiles.list.length)).toBe(199);
  await toSavedGames(page);
  await expect(page.locator('#a11y-controls p', { hasText: '· weggehaald ·' })).toHaveCount(1);
  await page.locator('#a11y-controls button[data-id^="restore-"]').first().click();
  await expect(page.locator('#a11y-live')).toHaveText('Teruggezet.');
  expect(await withApp(page, (app) => app.profiles.list.length)).toBe(200);
});
