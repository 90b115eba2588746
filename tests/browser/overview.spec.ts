// Issue 22, case 8: the class overview reads every dropped file in a worker; each file that is
// refused gets its own line with why, and the valid files are never dropped with it.
import { buildResults } from '../../src/trainer/results';
import { level, record } from '../trainer/fixtures';
import { booted, button, expect, heading, test } from './helpers';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a deeply nested file and a crafted 1 MB file are refused with why; the valid files around them are all in', async ({ page }) => {
  const valid = async (name: string, pick: string) => buildResults(record(name, [level([['s1', pick], ['s2', 'x']], { questions: [{ question: 'Q1?', answer: `${name} dacht na` }] })]));
  const deep = `{"format":"bouwstenen-results","version":1,"checksum":"x","results":{"student":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
  const crafted = await buildResults(record('Mallory', Array.from({ length: 1300 }, (_, i) => level([[`s${i}`, `r${i}`]], { id: `l${i}`, title: `Level ${i}` }))));
  expect(crafted.length).toBeGreaterThan(1_000_000);
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await page.locator('#to-overview').click();
  await expect(heading(page)).toHaveText('Klasoverzicht');
  const t0 = Date.now();
  await page.locator('#results-files').setInputFiles([
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
