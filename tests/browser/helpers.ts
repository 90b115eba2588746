import { expect, test as base, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pick, type Policy } from '../../src/model/policy';
import { seededRng } from '../../src/model/random';
import type { BaseScene } from '../../src/scenes/base';
import type { Routes, SceneKey } from '../../src/scenes/routes';
import './bridge';

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
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const events = window.bouwstenen?.game.events;
        // a page that is not the game (a report, the LMS around the SCORM package): two browser frames
        if (!events) return void requestAnimationFrame(() => requestAnimationFrame(() => ok()));
        let n = 0;
        const drawn = () => {
          if (++n < 2) return;
          events.off('postrender', drawn);
          ok();
        };
        events.on('postrender', drawn);
      }),
  );
}

/** The screen generation now shown ("Scenario:17", src/services/a11y.ts), or null before the first screen. */
export const screenMark = (page: Page) => page.locator('#a11y').getAttribute('data-screen');

/**
 * Do `act` (a click, a key) and wait until a screen built after it is up (of the scene `scene`,
 * when given): the test then reads the new screen, never the old one. Returns its mark.
 */
export async function nextScreen(page: Page, act: () => Promise<unknown>, scene?: string): Promise<string> {
  const before = await screenMark(page);
  await act();
  const mark = await page.waitForFunction(
    ([before, scene]) => {
      const now = document.getElementById('a11y')?.dataset.screen;
      return now && now !== before && (!scene || now.startsWith(`${scene}:`)) ? now : false;
    },
    [before, scene] as const,
    { timeout: 20_000 },
  );
  return (await mark.jsonValue()) as string;
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
  await page.evaluate((s) => window.bouwstenen.app.saveSettings({ textScale: s, audience: 'parent' }), textScale);
  await page.reload();
  await booted(page);
}

/** The response buttons of the current scenario. */
export const responses = (page: Page) => page.locator('#a11y-controls button[data-id^="response-"]');

export type PlayState = 'debrief' | 'responses' | 'start' | 'choose' | 'next';

/** Wait until the scenario scene shows something to act on, and say what. */
export async function playState(page: Page): Promise<PlayState> {
  const h = await page.waitForFunction(
    () => {
      const heading = document.querySelector('#a11y-heading')?.textContent ?? '';
      if (/Terugblik|Looking back/.test(heading)) return 'debrief';
      const ids = [...document.querySelectorAll<HTMLButtonElement>('#a11y-controls button')].map((b) => b.dataset.id ?? '');
      if (ids.some((id) => id.startsWith('response-'))) return 'responses';
      for (const id of ['start', 'choose', 'next']) if (ids.includes(id)) return id;
      return null;
    },
    undefined,
    { timeout: 15_000 },
  );
  return (await h.jsonValue()) as PlayState;
}

/** The responses of the scenario on screen, in the order shown (shuffled by the run's seed). */
export const shownResponses = (page: Page) =>
  page.evaluate(() => {
    const { app } = window.bouwstenen;
    const beat = app.view?.next ?? null;
    if (!beat) throw new Error('no moment in play');
    return app.view!.shown.map((r) => ({ id: r.id, effects: r.effects, text: r.text, kind: 'kind' in r ? r.kind : undefined }));
  });

/** Which response (1-based, as the keys) the engine's balance policy picks in the scenario on screen. */
export async function policyPick(page: Page, policy: Policy, seed = 1): Promise<number> {
  return pick(policy, await shownResponses(page), seededRng(seed)) + 1;
}

/**
 * Play the level in play to its debrief through the session (the screens between are not the
 * point), each answer picked by the engine's balance policy.
 */
export async function playByPolicy(page: Page, policy: Policy, seed = 1) {
  const rng = seededRng(seed);
  for (let i = 0; i < 60; i++) {
    const shown = await page.evaluate(async () => {
      const { app } = window.bouwstenen;
      if (app.progress.inPlay?.step === 'result') await app.next();
      const ip = app.progress.inPlay;
      if (!ip) throw new Error('no level in play');
      if (ip.step === 'debrief') return null;
      if (ip.step !== 'choose') await app.setStep('choose');
      const beat = app.view?.next ?? null;
      if (!beat) throw new Error(`no moment at step ${ip.step}`);
      return app.view!.shown.map((r) => ({ id: r.id, effects: r.effects, text: r.text, kind: 'kind' in r ? r.kind : undefined }));
    });
    if (!shown) return;
    const id = shown[pick(policy, shown, rng)].id;
    await page.evaluate(async (id) => void (await window.bouwstenen.app.choose(id)), id);
  }
  throw new Error('the level did not end');
}

/** The response of the last answer given, as the content has it (its plain words, its theory). */
export const lastResponse = (page: Page) =>
  page.evaluate(() => {
    const { app } = window.bouwstenen;
    const c = app.progress.inPlay?.choices.at(-1);
    const s = c && app.view!.level.scenarios.find((x) => x.id === c.scenario);
    const r = c && s && (c.repair ? s.repair?.responses : s.responses)?.find((x) => x.id === c.response);
    if (!r) throw new Error('no answer given');
    return r;
  });

/** Play the level in play to its debrief by keyboard only: Enter to go on, 1-4 to choose. Returns the moments played. */
export async function playByKeys(page: Page, policy: Policy = 'attuned') {
  let moments = 0;
  for (let i = 0; i < 60; i++) {
    const state = await playState(page);
    if (state === 'debrief') return moments;
    if (state === 'responses') {
      await page.keyboard.press(String(await policyPick(page, policy)));
      moments++;
      await expect(page.locator('#a11y-controls button[data-id="next"]')).toBeAttached();
    } else await onward(page, state);
  }
  throw new Error('the level did not end');
}

/** From an intro or a setting, go on by keyboard until the responses are on screen. */
export async function toResponses(page: Page) {
  for (let i = 0; i < 10; i++) {
    const state = await playState(page);
    if (state === 'responses') return;
    await onward(page, state);
  }
  throw new Error('no responses came on screen');
}

/**
 * Enter on a card: wait until its button is gone or the card turned a page (a result card of pages
 * has "Verder" on every page: it shows the next page, the why, before the next moment).
 */
export async function onward(page: Page, state: PlayState) {
  const before = await story(page).textContent();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([id, before]) => {
      const gone = !document.querySelector(`#a11y-controls button[data-id="${id}"]`);
      const now = document.querySelector('#a11y-story')?.textContent ?? '';
      return gone || (now !== '' && now !== before);
    },
    [state, before] as const,
    { timeout: 15_000 },
  );
}

/** Where a card has pages: the page shown and how many ("Pagina n van m"); null on a card of one page. */
export async function cardPage(page: Page): Promise<{ n: number; of: number } | null> {
  const c = page.locator('#a11y-controls p', { hasText: /^(Pagina|Page) \d+ (van|of) \d+$/ });
  if (!(await c.count())) return null;
  const [n, of] = (await c.first().textContent())!.match(/\d+/g)!.map(Number);
  return { n, of };
}

/** The card was laid out anew: its story (set after its buttons) is there again, and new. */
async function turned(page: Page, before: string | null) {
  await expect(story(page)).toHaveText(/\S/);
  await expect(story(page)).not.toHaveText(before ?? '');
}

/**
 * On a result card of pages (a phone): go on ("Verder") past what happened to the why, and with
 * `toToggle` on through the why to its last page, where the theory button is. Never past the
 * card's last page; does nothing where the card is one page.
 */
export async function openWhy(page: Page, toToggle = false) {
  const id = (s: string) => page.locator(`#a11y-controls button[data-id="${s}"]`);
  // the card is up ("Verder" is on every page) before its pages are looked at
  await expect(id('next')).toBeAttached();
  const turn = async () => {
    const at = await cardPage(page);
    if (!at || at.n >= at.of) return false;
    const before = await story(page).textContent();
    await id('next').click();
    await turned(page, before);
    return true;
  };
  // the why's first page has "Terug: wat er gebeurde"
  for (let i = 0; i < 5 && !(await id('card-happened').count()); i++) if (!(await turn())) break;
  for (let i = 0; toToggle && i < 5 && !(await id('theory').count()); i++) if (!(await turn())) break;
}

/** Open a scene directly, with its data, and wait until it is built and drawn. */
export async function openScene<K extends SceneKey>(page: Page, key: K, data?: Routes[K]) {
  await page.evaluate(
    async ([key, data]) => {
      const { game } = window.bouwstenen;
      // (the key and its data were checked against each other in this function's signature)
      const from = game.scene.getScenes(true)[0] as BaseScene;
      const mark = () => document.getElementById('a11y')?.dataset.screen ?? '';
      const generation = (m: string) => Number(m.split(':')[1] ?? 0);
      const before = generation(mark());
      (from.go as (this: BaseScene, key: string, data?: object) => void).call(from, key, data);
      // built in the next step (its accessible layer marked as a new screen of this scene); drawn once more after that
      await new Promise<void>((ok, fail) => {
        let n = 0;
        const timer = setTimeout(() => fail(new Error(`${key} was not shown (now: ${game.scene.getScenes(true).map((s) => s.scene.key)}, ${mark()})`)), 20_000);
        const drawn = () => {
          if (game.scene.isActive(key) && mark().startsWith(`${key}:`) && generation(mark()) > before && ++n >= 2) {
            game.events.off('postrender', drawn);
            clearTimeout(timer);
            ok();
          }
        };
        game.events.on('postrender', drawn);
      });
    },
    [key, data] as const,
  );
}
