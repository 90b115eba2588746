// Every level file broken (a trainer's bad edit): the ways into play say that no level could be
// loaded and what to do, in both languages, and nothing throws.
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, shot, story, test } from './helpers';

/**
 * Serve each level's chunk (the build puts every level file in its own, named after it) as a
 * level with only an id and a wrong order: the schema check leaves every level out.
 */
async function breakAllLevels(page: Page) {
  await page.route(/\/assets\/(phase|repair)-[^/]*\.js$/, (route) => {
    const id = new URL(route.request().url()).pathname
      .split('/')
      .pop()!
      .replace(/-[^-]+\.js$/, '');
    return route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify({ id, order: 'first' })};` });
  });
}

const WORDS = {
  nl: {
    title: 'Bouwstenen',
    newGame: 'Nieuw verhaal',
    parent: 'Ik ben ouder',
    ask: 'Hoe oud is je kind?',
    levels: 'Levels',
    back: 'Terug',
    says: /Er kon geen enkel level worden geladen.*npm run content.*Eerste fout: content\/levels\/phase-1-safety\.yaml: phase-1-safety: order/,
  },
  en: {
    title: 'Building Blocks',
    newGame: 'New story',
    parent: "I'm a parent",
    ask: 'How old is your child?',
    levels: 'Levels',
    back: 'Back',
    says: /No level could be loaded.*npm run content.*First error: content\/levels\/phase-1-safety\.yaml: phase-1-safety: order/,
  },
};

for (const lang of ['nl', 'en'] as const) {
  test(`no level loads (${lang}): new story, the age question and the map say so and what to do`, async ({ page, errors }) => {
    const w = WORDS[lang];
    await breakAllLevels(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/?lang=${lang}`);
    await booted(page);
    // the content check names each error in the console, as it does for one broken file
    await expect.poll(() => errors.filter((e) => e.includes('has no level that can be played')).length).toBe(1);
    await button(page, w.newGame).click();
    // the title stays, and says why nothing starts
    await expect(page.locator('#a11y-live')).toHaveText(w.says);
    await expect(heading(page)).toHaveText(w.title);
    await shot(page, `nolevels-${lang}-title`);
    await button(page, w.parent).click();
    await expect(heading(page)).toHaveText(w.ask);
    await expect(story(page)).toHaveText(w.says);
    await expect(page.locator('#a11y-controls button[data-id^="age-"]')).toHaveCount(0);
    await shot(page, `nolevels-${lang}-welcome`);
    await button(page, w.back).click();
    await button(page, w.levels).click();
    await expect(heading(page)).toHaveText(w.levels);
    await expect(story(page)).toHaveText(w.says);
    await expect(page.locator('#a11y-controls button[data-id^="level-"]')).toHaveCount(0);
    await shot(page, `nolevels-${lang}-map`);
    // only the content check's own lines: no page error, nothing else
    const rest = errors.filter((e) => !e.startsWith('content error: '));
    expect(rest).toEqual([]);
    errors.length = 0;
  });
}
