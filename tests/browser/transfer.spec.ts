// Progress you can carry: saved as a file in one browser, loaded in another; bad files change
// nothing and say what is wrong; a name with HTML in it stays text.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, playState, policyPick, responses, shot, test, towers } from './helpers';

/** From the title to the transfer screen, through the players screen. */
async function openTransfer(page: Page) {
  await button(page, /^Speler/).click();
  await expect(heading(page)).toHaveText('Spelers');
  await page.locator('#a11y-controls button[data-id="transfer"]').click();
  await expect(heading(page)).toHaveText('Voortgang meenemen');
}

async function loadFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#a11y-controls button[data-id="import"]').click();
  await (await chooser).setFiles(file);
}

const json = (o: unknown) => ({ name: 'voortgang.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(o)) });

test('progress saved as a file in one browser plays on in another', async ({ page, browser }) => {
  await page.goto('/?level=phase-2-trust');
  await booted(page);
  let picked = 0;
  while (picked < 2) {
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
  await page.keyboard.press('Enter');
  await expect(responses(page).first().or(button(page, 'Wat doe je?'))).toBeAttached();
  const towersBefore = await towers(page).textContent();
  await page.goto('/');
  await booted(page);
  await openTransfer(page);
  await shot(page, 'transfer-1280');
  const download = page.waitForEvent('download');
  await page.locator('#a11y-controls button[data-id="export"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bouwstenen-speler-1-\d{4}-\d\d-\d\d\.json$/);
  const text = readFileSync(await file.path(), 'utf8');
  const data = JSON.parse(text);
  expect(data).toMatchObject({ format: 'bouwstenen-progress', version: 1, player: { name: 'Speler 1' } });
  expect(data.progress.inPlay.level).toBe('phase-2-trust');

  // another browser: nothing saved there yet
  const other = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', hasTouch: true, isMobile: true });
  const phone = await other.newPage();
  const errors: string[] = [];
  phone.on('pageerror', (e) => errors.push(e.message));
  phone.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await phone.goto('/');
  await booted(phone);
  await openTransfer(phone);
  await loadFile(phone, { name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(phone.locator('#a11y-story')).toContainText('Speler 1');
  // the same name is there already (the default player): replacing it is offered, never the default
  await expect(phone.locator('#a11y-controls button[data-id="import-replace"]')).toHaveText('Voortgang van Speler 1 vervangen (de oude voortgang wordt bewaard)');
  await shot(phone, 'transfer-confirm-390');
  await phone.locator('#a11y-controls button[data-id="import-replace"]').click();
  await expect(heading(phone)).toHaveText('Bouwstenen');
  await button(phone, 'Verder spelen').click();
  await expect(heading(phone)).toHaveText(/Toevertrouwen/);
  expect(await towers(phone).textContent()).toBe(towersBefore);
  await other.close();
  expect(errors).toEqual([]);
});

test('a bad file changes nothing and the screen says what is wrong', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await openTransfer(page);
  await loadFile(page, { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "bouwstenen-progress", ') });
  await expect(page.locator('#a11y-story')).toHaveText('Dit bestand kan niet geladen worden (kapot.json): het is geen voortgangsbestand (geen JSON). Er is niets veranderd.');
  await shot(page, 'transfer-bad-1280');
  await loadFile(page, json({ format: 'bouwstenen-progress', version: 7, player: { name: 'X' }, progress: {} }));
  await expect(page.locator('#a11y-story')).toContainText('nieuwere versie van het spel (bestandsversie 7)');
  await loadFile(page, json({ format: 'bouwstenen-progress', version: 1, player: { name: 'X' }, progress: { version: 1, levels: { a: { done: 1 } } } }));
  await expect(page.locator('#a11y-story')).toContainText('beschadigd (bij ‘levels.a.done’)');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Spelers');
  // still one player, with no progress
  await expect(page.locator('#a11y-controls button[data-id^="player-"]')).toHaveCount(1);
});

test('a name with HTML in it is shown as text, and comes in as a new player', async ({ page }) => {
  const name = '<img src=x onerror="window.hacked=1">Mo';
  await page.goto('/');
  await booted(page);
  await openTransfer(page);
  await loadFile(page, json({ format: 'bouwstenen-progress', version: 1, exported: '', player: { name }, progress: { version: 1, levels: {}, story: { next: null, carried: null }, inPlay: null } }));
  await page.locator('#a11y-controls button[data-id="import-new"]').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await expect(button(page, /^Speler/)).toHaveText(`Speler: ${name}`);
  expect(await page.locator('#a11y img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await button(page, /^Speler/).click();
  await expect(page.locator('#a11y-controls button[data-id^="player-"]')).toHaveCount(2);
});
