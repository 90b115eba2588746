// No key sequence can freeze a screen (issue 22, case 6): a property test. On every scene, random
// key sequences (fast-check, a fixed seed, so a failure is the same on every run) are pressed as
// fast as a person mashing keys; then the game must still answer: Phaser has no change of screen
// left hanging, exactly one screen is up with its heading and buttons, the game draws frames, the
// keyboard still reaches it (M says "sound off/on" aloud), and no error was logged. Every wait is
// for a state, never for a time.
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { booted, expect, heading, playByPolicy, settled, test } from './helpers';
import { fnv1a } from '../../src/trainer/hash';
import { withApp } from './bridge';

const KEYS = ['Enter', ' ', 'Escape', '1', '2', '3', '4', '5', 'm', 'Tab', 'Shift+Tab', 'ArrowDown', 'ArrowRight', 'a', 'Backspace'] as const;
const sequence = fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 8 });
/** Sequences per scene: each costs a few seconds of a real browser. */
const RUNS = 4;

/** Phaser has no scene change queued, nothing is being saved, one screen is up with a heading and a button. */
async function idle(page: Page) {
  await page.waitForFunction(
    () => {
      const b = window.bouwstenen;
      if (!b?.app?.isReady) return false;
      // (Phaser's own list of scene changes still to make)
      const queue = (b.game.scene as unknown as { _queue: unknown[] })._queue;
      const active = b.game.scene.getScenes(true);
      const h = document.querySelector('#a11y-heading')?.textContent ?? '';
      return queue.length === 0 && (b.app.busy ?? 0) === 0 && active.length === 1 && h.trim() !== '' && !!document.querySelector('#a11y-controls button');
    },
    undefined,
    { timeout: 20_000 },
  );
}

/** The game answers: it is idle, draws, and hears a key (M says the sound changed, out loud). */
async function answers(page: Page, errors: string[]) {
  await idle(page);
  await settled(page);
  // keys typed into a text field are the field's: the probe goes to the page
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  const live = page.locator('#a11y-live');
  const before = await page.evaluate(() => window.bouwstenen.app.settings.muted as boolean);
  await page.keyboard.press('m');
  await expect(live).toHaveText(before ? /Geluid aan|Sound on/ : /Geluid uit|Sound off/);
  await page.keyboard.press('m');
  await expect(live).toHaveText(before ? /Geluid uit|Sound off/ : /Geluid aan|Sound on/);
  expect(errors, 'console errors').toEqual([]);
}

/** Start a scene from whatever is on screen now, and wait until it is up. */
async function show(page: Page, key: string, data: object = {}) {
  await page.evaluate(
    ([k, d]) => {
      const { game } = window.bouwstenen;
      game.scene.getScenes(true)[0].scene.start(k, d);
    },
    [key, data] as const,
  );
  await page.waitForFunction(
    (k) =>
      window.bouwstenen.game.scene
        .getScenes(true)
        .map((s) => s.scene.key)
        .join() === k,
    key,
  );
  await idle(page);
}

/** An assignment link, as the trainer screen makes it (see tests/browser/assignment.spec.ts). */
function assignmentLink(o: object) {
  const json = JSON.stringify(o);
  const h = fnv1a(json);
  return `/?a=1.${Buffer.from(json).toString('base64url')}.${h.toString(36)}`;
}
const LINK = assignmentLink({ i: 'keys2345', l: ['phase-1-safety'], g: 'nl', w: 1 });

/** From a fresh page or any state: into the assignment, at its first level. */
async function intoAssignment(page: Page) {
  await page.goto(LINK);
  await booted(page);
  await expect(heading(page)).toHaveText('Opdracht');
  if (await page.locator('#student-name').count()) {
    await page.locator('#student-name').fill('Sam');
    await page.locator('#start-assignment').click();
  } else await page.locator('#continue-assignment').click();
  await page.waitForFunction(() => !/^Opdracht$/.test(document.querySelector('#a11y-heading')?.textContent ?? ''));
  await idle(page);
}

/** How to reach each scene; each is run again before every sequence. */
const SCENES: Record<string, (page: Page) => Promise<void>> = {
  Title: async (page) => {
    await page.goto('/');
    await booted(page);
    await idle(page);
  },
  Profiles: async (page) => {
    await SCENES.Title(page);
    await show(page, 'Profiles');
  },
  Transfer: async (page) => {
    await SCENES.Title(page);
    await show(page, 'Transfer');
  },
  Map: async (page) => {
    await SCENES.Title(page);
    await show(page, 'Map');
  },
  Menu: async (page) => {
    await SCENES.Title(page);
    await withApp(page, (app) => app.begin('phase-2-trust', 'single'));
    await show(page, 'Menu', { from: 'Scenario' });
  },
  Settings: async (page) => {
    await SCENES.Title(page);
    await show(page, 'Settings');
  },
  SavedGames: async (page) => {
    await SCENES.Title(page);
    await show(page, 'SavedGames');
  },
  Handbook: async (page) => {
    await SCENES.Title(page);
    await show(page, 'Handbook');
  },
  Explorer: async (page) => {
    await SCENES.Title(page);
    await show(page, 'Explorer');
  },
  Welcome: async (page) => {
    await SCENES.Title(page);
    await show(page, 'Welcome');
  },
  Trainer: async (page) => {
    await SCENES.Title(page);
    await show(page, 'Trainer');
  },
  ClassOverview: async (page) => {
    await SCENES.Title(page);
    await show(page, 'ClassOverview', { from: 'Title' });
  },
  'Scenario (intro)': async (page) => {
    await SCENES.Title(page);
    await withApp(page, (app) => app.begin('phase-2-trust', 'single'));
    await show(page, 'Scenario');
  },
  'Scenario (result)': async (page) => {
    await SCENES.Title(page);
    await withApp(page, async (app) => {
      await app.begin('phase-2-trust', 'single');
      await app.setStep('situation');
      const beat = app.view?.next ?? null;
      if (beat) await app.choose(app.view!.shown[0].id);
    });
    await show(page, 'Scenario');
  },
  'Debrief (story, next phase)': async (page) => {
    await SCENES.Title(page);
    await withApp(page, (app) => app.newStory());
    await playByPolicy(page, 'random');
    await show(page, 'Debrief');
  },
  'Debrief (single level)': async (page) => {
    await SCENES.Title(page);
    await withApp(page, (app) => app.begin('phase-1-safety', 'single'));
    await playByPolicy(page, 'random');
    await show(page, 'Debrief');
  },
  AssignmentStart: async (page) => {
    await page.goto(LINK);
    await booted(page);
    await expect(heading(page)).toHaveText('Opdracht');
    await idle(page);
  },
  'Debrief (assignment)': async (page) => {
    await intoAssignment(page);
    if (await withApp(page, (app) => !!app.progress.inPlay && app.assignmentKey !== null)) {
      await playByPolicy(page, 'random');
      await show(page, 'Debrief');
    }
  },
  Reflect: async (page) => {
    await intoAssignment(page);
    if (await withApp(page, (app) => !!app.progress.inPlay && app.progress.inPlay.step !== 'debrief')) {
      await playByPolicy(page, 'random');
      await show(page, 'Debrief');
    }
    const level = await withApp(page, (app) => app.progress.inPlay?.level);
    await show(page, 'Reflect', { level });
  },
  AssignmentDone: async (page) => {
    await SCENES.Reflect(page);
    const answers = page.locator('textarea[id^="answer-"]');
    for (let i = 0; i < (await answers.count()); i++) await answers.nth(i).fill('Een antwoord');
    await page.locator('#why-1').fill('Omdat');
    await page.locator('#why-2').fill('Daarom');
    await page.locator('#hand-in-level').click();
    await expect(heading(page)).toHaveText('Opdracht klaar');
    await idle(page);
  },
};

for (const [name, reach] of Object.entries(SCENES)) {
  test(`random keys on ${name}: the game still answers`, async ({ page, errors }) => {
    test.setTimeout(300_000);
    // a different but fixed seed per scene: the same sequences on every run
    const seed = fnv1a(name);
    await fc.assert(
      fc.asyncProperty(sequence, async (keys) => {
        await reach(page);
        errors.length = 0;
        for (const k of keys) await page.keyboard.press(k);
        await answers(page, errors);
      }),
      { numRuns: RUNS, seed, endOnFailure: true },
    );
  });
}

test('the review after a level: Enter and then a digit, as fast as typed, every way round', async ({ page, errors }) => {
  test.setTimeout(300_000);
  // the sequences that froze the game (issue 22, case 6), on the debrief of a single level and of the story
  for (const reach of [SCENES['Debrief (single level)'], SCENES['Debrief (story, next phase)']]) {
    for (const keys of [
      ['Enter', '1'],
      ['Enter', '2'],
      ['Enter', '3'],
      ['Enter', '4'],
      ['Enter', '1', '2'],
      [' ', '2'],
      ['Enter', 'Enter', '1'],
    ]) {
      await reach(page);
      for (const k of keys) await page.keyboard.press(k);
      await answers(page, errors);
    }
  }
});
