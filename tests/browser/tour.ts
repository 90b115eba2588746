// A walk past every screen of the game, driven through the accessible layer, calling `visit` on
// each: the access checks (axe, focus, contrast, tap targets, 150% text) run on all of them.
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, playByKeys, policyPick } from './helpers';

export type Visit = (name: string) => Promise<void>;

/** The screens in the order the tour shows them. */
export const SCREENS = ['title', 'players', 'settings', 'handbook', 'explorer', 'map', 'intro', 'scenario', 'result', 'menu', 'debrief'];

/** Let the tests read what the still canvas holds (see src/ui/bake.ts). */
export async function auditTexts(page: Page) {
  await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
}

export async function tour(page: Page, visit: Visit, opts: { settings?: (page: Page) => Promise<void> } = {}) {
  await page.goto('/');
  await booted(page);
  await visit('title');
  await button(page, /^Speler:/).click();
  await expect(heading(page)).toHaveText('Spelers');
  await visit('players');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, 'Instellingen').click();
  await expect(heading(page)).toHaveText('Instellingen');
  if (opts.settings) await opts.settings(page);
  await visit('settings');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, 'Handboek').click();
  await expect(heading(page)).toHaveText('Handboek');
  await visit('handbook');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, 'Modelverkenner').click();
  await expect(heading(page)).toHaveText('Modelverkenner');
  await button(page, /\+6 maanden/).click();
  await expect(page.locator('#a11y-story')).not.toBeEmpty();
  await visit('explorer');
  await button(page, 'Terug').click();
  await expect(heading(page)).toHaveText('Bouwstenen');
  await button(page, 'Levels').click();
  await expect(heading(page)).toHaveText('Levels');
  await visit('map');
  await button(page, /^Basisveiligheid/).click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await visit('intro');
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y-controls button[data-id="start"]')).toHaveCount(0);
  const choose = page.locator('#a11y-controls button[data-id="choose"]');
  if (await choose.count()) {
    await choose.click();
    await expect(choose).toHaveCount(0);
  }
  await visit('scenario');
  await page.keyboard.press(String(await policyPick(page, 'attuned')));
  await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
  await visit('result');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText('Menu');
  await visit('menu');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await playByKeys(page);
  await expect(heading(page)).toHaveText(/Terugblik/);
  await visit('debrief');
}

/** Choose a setting by its button's id on the settings screen, and wait for it to take. */
export async function pickSetting(page: Page, id: string) {
  const b = page.locator(`#a11y-controls button[data-id="${id}"]`);
  await b.click();
  await expect(b).toHaveAttribute('aria-pressed', 'true');
}
