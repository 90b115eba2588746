// Saves under stress: two tabs in one browser profile, storage that never opens, links and lists
// far longer than anyone would type, and restoring a set-aside player from the settings.
import type { Page } from '@playwright/test';
import { booted, button, expect, heading, playByKeys, test } from './helpers';
import { withApp } from './bridge';

async function addPlayer(page: Page, name: string) {
  await button(page, /^Speler/).click();
  await expect(heading(page)).toHaveText('Spelers');
  await page.locator('#a11y-controls input[type="text"]').fill(name);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Bouwstenen');
}

test('two tabs that each add a player keep both players, each with its own id', async ({ page, context }) => {
  await page.goto('/');
  await booted(page);
  const other = await context.newPage();
  await other.goto('/');
  await booted(other);
  await addPlayer(page, 'Anna');
  await addPlayer(other, 'Bert');
  await page.reload();
  await booted(page);
  const list = await withApp(page, (app) => app.profiles.list as { id: string; name: string }[]);
  expect(list.map((p) => p.name).sort()).toEqual(['Anna', 'Bert', 'Speler 1']);
  expect(new Set(list.map((p) => p.id)).size).toBe(3);
  await other.close();
});

test('an older tab that starts a new story keeps the level another tab just finished', async ({ page, context }) => {
  await page.goto('/');
  await booted(page);
  const other = await context.newPage();
  await other.goto('/?level=phase-1-safety');
  await booted(other);
  await playByKeys(other);
  await expect(heading(other)).toHaveText(/Terugblik/);
  // the first tab has not read anything since; it starts a new story
  await button(page, 'Nieuw verhaal').click();
  await expect(heading(page)).toHaveText(/Basisveiligheid/);
  await page.goto('/');
  await booted(page);
  expect(await withApp(page, (app) => app.progress.levels['phase-1-safety']?.done)).toBe(true);
  // and the other tab sees the new story when it next reads
  await other.goto('/');
  await booted(other);
  expect(await withApp(other, (app) => app.progress.inPlay?.mode)).toBe('story');
  await other.close();
});

test('storage that never opens: a homework link still plays, from memory, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    // an IndexedDB that takes the request and never answers
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
  });
  await page.goto('/?level=phase-1-safety');
  await expect(heading(page)).toHaveText(/Basisveiligheid/, { timeout: 15_000 });
  await expect(page.locator('#a11y-live')).toHaveText(/kan je voortgang niet bewaren/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y-controls button[data-id="start"]')).toHaveCount(0);
});

// (100,000 characters do not get past the web server's header limit; link.test.ts covers them)
for (const n of [12_000]) {
  // (how fast the link is read: npm run bench:limits)
  test(`a link with a ${n}-character level id is answered, cut short`, async ({ page }) => {
    await page.goto(`/?level=${'a'.repeat(n)}`);
    await booted(page);
    await expect(page.locator('#a11y-live')).toHaveText(/bestaat niet/);
    expect((await page.locator('#a11y-live').textContent())!.length).toBeLessThan(300);
  });
}

test('many players: every one can be reached, a page at a time', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await withApp(page, async (app) => {
    for (let i = 1; i <= 14; i++) await app.addProfile(`Speler nummer ${i}`);
  });
  await page.reload();
  await booted(page);
  await button(page, /^Speler/).click();
  await expect(heading(page)).toHaveText('Spelers');
  // it opens on the page with the current player (the last one added): back to the first page
  const prev = page.locator('#a11y-controls button[data-id="players-prev"]');
  await expect(prev).toBeAttached();
  while (await prev.count()) {
    const first = await page.locator('#a11y-controls button[data-id^="player-"]').first().textContent();
    await prev.click();
    await expect(page.locator('#a11y-controls button[data-id^="player-"]').first()).not.toHaveText(first!);
  }
  const seen = new Set<string>();
  for (let i = 0; i < 10; i++) {
    for (const t of await page.locator('#a11y-controls button[data-id^="player-"]').allTextContents()) seen.add(t.trim());
    const next = page.locator('#a11y-controls button[data-id="players-next"]');
    if (!(await next.count())) break;
    const first = await page.locator('#a11y-controls button[data-id^="player-"]').first().textContent();
    await next.click();
    await expect(page.locator('#a11y-controls button[data-id^="player-"]').first()).not.toHaveText(first!);
  }
  expect(seen.size).toBe(15);
});

test('a player with a name that cannot be read is set aside alone, and can be restored from the settings', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await withApp(page, async (app) => {
    // as an older version or a hand edit might leave it: one name too long
    const db: IDBDatabase = await new Promise((ok) => {
      const r = indexedDB.open('bouwstenen');
      r.onsuccess = () => ok(r.result);
    });
    const list = { version: 1, list: [...app.profiles.list, { id: 'p2', name: 'x'.repeat(41) }], current: app.profiles.current };
    await new Promise((ok) => {
      const tx = db.transaction('saves', 'readwrite');
      tx.objectStore('saves').put(list, 'profiles');
      tx.oncomplete = ok;
    });
    db.close();
  });
  await page.reload();
  await booted(page);
  await expect(page.locator('#a11y-live')).toHaveText(/speler uit de lijst kon niet worden gelezen/);
  expect(await withApp(page, (app) => app.profiles.list.length)).toBe(1);
  await button(page, 'Instellingen').click();
  await button(page, 'Opgeslagen spellen').click();
  await expect(heading(page)).toHaveText('Opgeslagen spellen');
  await page.locator('#a11y-controls button[data-id^="restore-"]').first().click();
  await expect(page.locator('#a11y-live')).toHaveText('Teruggezet.');
  await expect(page.locator('#a11y-controls button[data-id^="restore-"]')).toHaveCount(0);
  expect(await withApp(page, (app) => app.profiles.list.map((p: { id: string; name: string }) => [p.id, p.name.length]))).toContainEqual(['p2', 40]);
});
