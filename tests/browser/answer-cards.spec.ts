// The printed answer cards: the page to print (one card an A4 page, 40 pages), and each printed
// card read back by the card reader at every letter, so print and reader agree on the layout.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { cardSheetHtml } from '../../src/class/cardSheet';
import { CARD_LETTERS } from '../../src/class/cards';
import { readCards } from '../../src/class/markers';
import { loadFromDisk } from '../../src/content/node';
import { booted, button, expect, heading, shot, test } from './helpers';

const locales = loadFromDisk().locales;
const words = (lang: 'nl' | 'en') => (k: string, p?: Record<string, string | number>) => (locales[lang]![k] ?? k).replace(/\{(\w+)\}/g, (m, x: string) => (p && x in p ? String(p[x]) : m));

/** A printed card as the camera sees it: drawn on a white canvas, turned so `letter` is on top and `tilt`° more. */
async function photo(page: Page, card: number, letter: string, tilt: number) {
  const px = await page.evaluate(
    async ({ card, turn }) => {
      const svg = document.querySelectorAll('svg.card')[card - 1]!;
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = 400;
      c.height = 400;
      const g = c.getContext('2d')!;
      g.fillStyle = '#c8b9a0';
      g.fillRect(0, 0, 400, 400);
      g.translate(200, 200);
      g.rotate((turn * Math.PI) / 180);
      g.drawImage(img, -130, -130, 260, 260);
      // the pixels as base64: far less to pass than a list of 640,000 numbers
      const bytes = g.getImageData(0, 0, 400, 400).data;
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(bin);
    },
    { card, turn: -CARD_LETTERS.indexOf(letter as 'A') * 90 + tilt },
  );
  return readCards({ data: new Uint8ClampedArray(Buffer.from(px, 'base64')), width: 400, height: 400 });
}

test('the printed cards: one an A4 page, 1–40, each read back with the letter on top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.setContent(cardSheetHtml(words('nl'), 'nl'));
  await expect(page.locator('svg.card')).toHaveCount(40);
  await expect(page.getByRole('img', { name: 'Kaart 12: A boven, B rechts, C onder, D links' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken of als pdf opslaan' })).toBeVisible();
  await shot(page, 'answer-cards-screen');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // on a phone: one or two cards a row, nothing wider than the screen
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, 'answer-cards-phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  for (const [card, letter, tilt] of [
    [1, 'A', 0],
    [12, 'B', 25],
    [27, 'C', -25],
    [40, 'D', 10],
  ] as const)
    expect(await photo(page, card, letter, tilt), `card ${card} ${letter}`).toEqual([{ card, letter }]);

  // print: the intro and the button stay on screen, each card fills its own A4 page
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.intro')).toBeHidden();
  await page.setViewportSize({ width: 794, height: 1123 });
  await shot(page, 'answer-cards-print');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const dir = join(process.cwd(), 'test-results', 'screens');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'answer-cards.pdf'), pdf);
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(40);
});

test('the cards to print open from the trainer screen and from class mode', async ({ page }) => {
  await page.goto('/');
  await booted(page);
  await button(page, 'Voor docenten').click();
  await expect(heading(page)).toHaveText('Voor docenten');
  await expect(page.locator('#print-cards')).toHaveAccessibleDescription(/40 kaarten, één per A4/);
  const [sheet] = await Promise.all([page.waitForEvent('popup'), page.locator('#print-cards').click()]);
  await expect(sheet.locator('svg.card')).toHaveCount(40);
  await expect(sheet.locator('h1')).toHaveText('Antwoordkaarten voor de klas');
  await sheet.close();

  await page.locator('#to-class').click();
  await expect(heading(page)).toHaveText('In de klas');
  await page.locator('#class-cards').focus();
  const [again] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
  await expect(again.locator('svg.card')).toHaveCount(40);
});
