import { expect, test as base, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Console errors and page errors, collected for every test; a test fails if any appear. */
export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const heading = (page: Page) => page.locator('#a11y-heading');
export const story = (page: Page) => page.locator('#a11y-story');
export const towers = (page: Page) => page.locator('#a11y-towers');
export const button = (page: Page, name: string | RegExp) => page.locator('#a11y-controls button', { hasText: name });

/** A screenshot kept as a test artifact (test-results/screens). */
export async function shot(page: Page, name: string) {
  const dir = join(process.cwd(), 'test-results', 'screens');
  mkdirSync(dir, { recursive: true });
  await settled(page);
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Wait until no tower is animating and the game has drawn two frames since (it draws few while still). */
export async function settled(page: Page) {
  await expect(page.locator('#a11y-towers[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  await page.evaluate(() => new Promise<void>((ok) => {
    const events = (window as unknown as { bouwstenen?: { game: { events: { on: (e: string, f: () => void) => void; off: (e: string, f: () => void) => void } } } }).bouwstenen?.game.events;
    // a page that is not the game (a report, the LMS around the SCORM package): two browser frames
    if (!events) return void requestAnimationFrame(() => requestAnimationFrame(() => ok()));
    let n = 0;
    const drawn = () => {
      if (++n < 2) return;
      events.off('postrender', drawn);
      ok();
    };
    events.on('postrender', drawn);
  }));
}

/** Wait until the game has booted to its first interactive screen. */
export async function booted(page: Page) {
  await expect(page.locator('body[data-ready="yes"]')).toBeAttached({ timeout: 20_000 });
  await expect(page.locator('#a11y-controls button').first()).toBeAttached();
}

/** Let the tests read what the still canvas holds (see src/ui/bake.ts). */
export async function auditTexts(page: Page) {
  await page.addInitScript(() => ((window as unknown as { __textAudit: unknown[] }).__textAudit = []));
}

/**
 * A parent on a phone: a homework link to `level` at this size, with reduced motion and the text
 * scale saved, reloaded so the level opens as a returning player sees it.
 */
export async function openAsParent(page: Page, size: { width: number; height: number }, level: string, textScale: number) {
  await page.setViewportSize(size);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await auditTexts(page);
  await page.goto(`/?level=${level}`);
  await booted(page);
  await page.evaluate((s) => (window as unknown as { bouwstenen: { app: { saveSettings: (o: object) => Promise<void> } } }).bouwstenen.app.saveSettings({ textScale: s, audience: 'parent' }), textScale);
  await page.reload();
  await booted(page);
}

/** The response buttons of the current scenario. */
export const responses = (page: Page) => page.locator('#a11y-controls button[data-id^="response-"]');

export type PlayState = 'debrief' | 'responses' | 'start' | 'choose' | 'next';

/** Wait until the scenario scene shows something to act on, and say what. */
export async function playState(page: Page): Promise<PlayState> {
  const h = await page.waitForFunction(() => {
    const heading = document.querySelector('#a11y-heading')?.textContent ?? '';
    if (/Terugblik|Looking back/.test(heading)) return 'debrief';
    const ids = [...document.querySelectorAll<HTMLButtonElement>('#a11y-controls button')].map((b) => b.dataset.id ?? '');
    if (ids.some((id) => id.startsWith('response-'))) return 'responses';
    for (const id of ['start', 'choose', 'next']) if (ids.includes(id)) return id;
    return null;
  }, undefined, { timeout: 15_000 });
  return (await h.jsonValue()) as PlayState;
}

/** Which response a policy picks in the scenario on screen: the highest or lowest total effect. */
export async function policyPick(page: Page, policy: 'attuned' | 'worst'): Promise<number> {
  return page.evaluate((policy) => {
    const { app } = (window as unknown as { bouwstenen: { app: any } }).bouwstenen;
    // the responses in the order shown (shuffled by the run's seed)
    const shown = app.shown(app.beat());
    const totals: number[] = shown.map((r: any) => Object.values(r.effects).reduce((a: number, b: any) => a + b, 0));
    const best = policy === 'attuned' ? Math.max(...totals) : Math.min(...totals);
    return totals.indexOf(best) + 1;
  }, policy);
}

/** Play the level in play to its debrief by keyboard only: Enter to go on, 1-4 to choose. Returns the moments played. */
export async function playByKeys(page: Page, policy: 'attuned' | 'worst' = 'attuned') {
  let moments = 0;
  for (let i = 0; i < 60; i++) {
    const state = await playState(page);
    if (state === 'debrief') return moments;
    if (state === 'responses') {
      await page.keyboard.press(String(await policyPick(page, policy)));
      moments++;
      await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
    } else {
      await page.keyboard.press('Enter');
      await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
    }
  }
  throw new Error('the level did not end');
}

/** From an intro or a setting, go on by keyboard until the responses are on screen. */
export async function toResponses(page: Page) {
  for (let i = 0; i < 10; i++) {
    const state = await playState(page);
    if (state === 'responses') return;
    await page.keyboard.press('Enter');
    await expect(page.locator(`#a11y-controls button[data-id="${state}"]`)).toHaveCount(0);
  }
  throw new Error('no responses came on screen');
}

/** The card was laid out anew: its story (set after its buttons) is there again, and new. */
async function turned(page: Page, before: string | null) {
  await expect(story(page)).toHaveText(/\S/);
  await expect(story(page)).not.toHaveText(before ?? '');
}

/**
 * On a result card of pages (a phone): go on past what happened ("Lees verder") to the why ("Lees
 * waarom"), and with `toToggle` on through the why to its last page, where the theory button is.
 * Does nothing where the card is one page.
 */
export async function openWhy(page: Page, toToggle = false) {
  const id = (s: string) => page.locator(`#a11y-controls button[data-id="${s}"]`);
  // the card is up ("Verder" is on every page) before its pages are looked at
  await expect(id('next')).toBeAttached();
  for (let i = 0; i < 5 && (await id('card-more').count()) && !(await id('card-why').count()); i++) {
    const before = await story(page).textContent();
    await id('card-more').click({ force: true });
    await turned(page, before);
  }
  if (await id('card-why').count()) {
    await id('card-why').click({ force: true });
    await expect(id('card-happened')).toBeAttached();
  }
  for (let i = 0; toToggle && i < 5 && !(await id('theory').count()) && (await id('card-more').count()); i++) {
    const before = await story(page).textContent();
    await id('card-more').click({ force: true });
    await turned(page, before);
  }
}

/** Open a scene directly, with its data, and wait until it is built and drawn. */
export async function openScene(page: Page, key: string, data?: object) {
  await page.evaluate(async ([key, data]) => {
    const { game } = (window as any).bouwstenen;
    game.scene.getScenes(true)[0].go(key, data);
    // built in the next step; drawn once more after that
    await new Promise<void>((ok, fail) => {
      let n = 0;
      const timer = setTimeout(() => fail(new Error(`${key} was not shown (now: ${game.scene.getScenes(true).map((s: any) => s.scene.key)})`)), 20_000);
      const drawn = () => {
        if (game.scene.isActive(key) && ++n >= 2) {
          game.events.off('postrender', drawn);
          clearTimeout(timer);
          ok();
        }
      };
      game.events.on('postrender', drawn);
    });
  }, [key, data] as const);
}
