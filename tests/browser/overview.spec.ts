// Issue 22, case 8: the class overview reads every dropped file in a worker; each file that is
// refused gets its own line with why, and the valid files are never dropped with it.
import { readFileSync } from 'node:fs';
import { buildResults } from '../../src/trainer/results';
import { level, record } from '../trainer/fixtures';
import { booted, button, expect, heading, test } from './helpers';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a deeply nested file and a crafted 1 MB file are refused with why; the valid files around them are all in', async ({ page }) => {
  const valid = async (name: string, pick: string) =>
    buildResults(
      record(name, [
        level(
          [
            ['s1', pick],
            ['s2', 'x'],
          ],
          { questions: [{ question: 'Q1?', answer: `${name} dacht na` }] },
        ),
      ]),
    );
  const deep = `{"format":"bouwstenen-results","version":1,"checksum":"x","results":{"student":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
  const crafted = await buildResults(
    record(
      'Mallory',
      Array.from({ length: 1300 }, (_, i) => level([[`s${i}`, `r${i}`]], { id: `l${i}`, title: `Level ${i}` })),
    ),
  );
  expect(crafted.length).toBeGreaterThan(1_000_000);
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await page.locator('#to-overview').click();
  await expect(heading(page)).toHaveText('Klasoverzicht');
  const t0 = Date.now();
  await page
    .locator('#results-files')
    .setInputFiles([
      file('anna.json', await valid('Anna', 'a')),
      file('diep.json', deep),
      file('groot.json', crafted),
      file('bram.json', await valid('Bram', 'b')),
      file('kapot.json', '{"format": "bouwstenen-results", '),
    ]);
  await expect(page.locator('#students tbody tr')).toHaveCount(2);
  const ms = Date.now() - t0;
  console.log(`five files, two valid, one of 1.1 MB and one 100,000 deep: table shown after ${ms} ms`);
  await expect(page.locator('#students tbody th')).toHaveText(['Anna', 'Bram']);
  await expect(page.locator('#file-messages li.error')).toHaveText([
    'diep.json: het bestand is dieper genest dan een resultaatbestand ooit is (meer dan 16 lagen)',
    'groot.json: het bestand heeft meer dan 12 items bij ‘levels’; zoveel heeft een opdracht nooit',
    'kapot.json: geen leesbaar resultaatbestand (geen JSON)',
  ]);
  await expect(page.locator('#file-messages li.ok')).toHaveCount(2);
  // more files later: the ones read stay, the new one joins them
  await page.locator('#results-files').setInputFiles([file('cem.json', await valid('Cem', 'a'))]);
  await expect(page.locator('#students tbody tr')).toHaveCount(3);
  await expect(page.locator('#file-messages li')).toHaveCount(6);
});

test('301 files with one broken and one student twice: the broken file is listed, one row per student, and the projector view shows no names', async ({ page }) => {
  // small files (one level, two moments): 300 of them stay quick to hand to the browser
  const rec = (i: number, saved: number) =>
    record(
      `Student ${String(i).padStart(3, '0')}`,
      [
        level(
          [
            ['s1', i % 3 ? 'a' : 'b'],
            ['s2', 'x'],
          ],
          {
            questions: [{ question: 'Q1?', answer: `antwoord van ${i}` }],
          },
        ),
      ],
      { savedAt: saved },
    );
  const texts = await Promise.all(Array.from({ length: 299 }, (_, i) => buildResults(rec(i, 1_000))));
  // student 7 hands in again, later: that file counts
  texts.push(
    await buildResults({
      ...rec(7, 2_000),
      levels: [
        level(
          [
            ['s1', 'c'],
            ['s2', 'x'],
          ],
          { questions: [{ question: 'Q1?', answer: 'tweede poging' }] },
        ),
      ],
    }),
  );
  const files = texts.map((t, i) => file(`f${i}.json`, t));
  files.splice(150, 0, file('kapot-150.json', '{"format": "bouwstenen-results", '));
  expect(files).toHaveLength(301);
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await page.locator('#to-overview').click();
  await page.locator('#results-files').setInputFiles(files);
  await expect(page.locator('#students tbody tr')).toHaveCount(299);
  await expect(page.locator('#file-summary')).toHaveText('301 bestanden: 300 ingelezen, 1 niet ingelezen.');
  await expect(page.locator('#rejected li')).toHaveText(['kapot-150.json: geen leesbaar resultaatbestand (geen JSON)']);
  await expect(page.locator('#file-messages li')).toHaveCount(301);
  await expect(page.locator('#merged-note')).toContainText('Student 007 (2)');
  await expect(page.locator('#students tbody tr', { hasText: 'Student 007' })).toHaveCount(1);
  // the moment counted from the newest files only; a moment of the level nobody met still shows every option
  const s1 = page.locator('[data-moment="phase-1-safety/s1"] .row');
  await expect(s1).toHaveText([/^text b\s*100× · 33%$/, /^text a\s*198× · 66%$/, /^text c\s*1× · 0%$/]);
  await expect(page.locator('[data-moment="phase-1-safety/night-feed"] .row')).toHaveCount(4);
  await expect(page.locator('[data-moment="phase-1-safety/night-feed"] .row').first()).toContainText('0× · 0%');
  await expect(page.locator('.sheet')).toContainText('tweede poging');
  // the CSV (made in the worker): one row per student, the moment's column the same for all
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  const lines = readFileSync((await csv.path())!, 'utf8')
    .slice(1)
    .trim()
    .split('\r\n')
    .map((l) => l.split(';'));
  expect(lines).toHaveLength(300);
  const s1col = lines[0].indexOf('s1');
  expect(lines.find((l) => l[0] === 'Student 007')![s1col]).toBe('text c');
  expect(lines.filter((l) => l[s1col] === 'text b')).toHaveLength(100);

  await page.locator('#projector').click();
  await expect(page.locator('#projector')).toHaveAttribute('aria-pressed', 'true');
  await expect(s1).toHaveCount(3);
  const wall = await page.locator('.sheet').innerText();
  expect(wall).not.toMatch(/Student \d{3}|antwoord van|tweede poging|\.json/);
  await expect(page.locator('#students, .whys, ul.answers, #file-messages')).toHaveCount(0);
  await page.locator('#projector').click();
  await expect(page.locator('#students tbody tr')).toHaveCount(299);
});
