// The answer cards as a page to print (A4, one card a page, cards 1–40), drawn from the card layout
// in cards.ts as SVG: the marker, the letters A–D on the four sides, the number small in a corner.
// A self-contained page (no script but its print button), opened in a new tab as the guide is.
import type { Lang } from '../content/schema';
import { esc, type Words } from '../trainer/report';
import { CARD, CARD_COUNT, CARD_LETTERS, MARKER_CELLS, markerBits } from './cards';

const U = 1000;

/** One card as SVG, 1000 units a side; `label` names it for a screen reader. */
function cardSvg(card: number, label: string): string {
  const m0 = ((1 - CARD.marker) / 2) * U;
  const cell = (CARD.marker * U) / MARKER_CELLS;
  const bits = markerBits(card);
  const white: string[] = [];
  for (let r = 0; r < 6; r++) for (let c = 0; c < 6; c++) if (bits[r]![c]) white.push(`M${(m0 + (c + 1) * cell).toFixed(1)} ${(m0 + (r + 1) * cell).toFixed(1)}h${cell}v${cell}h-${cell}z`);
  // cap height is about 0.7 of the font size: the letters are CARD.letter high, their middle CARD.letterInset from the edge
  const size = (CARD.letter * U) / 0.7;
  const letters = CARD_LETTERS.map((l, k) => `<text x="500" y="${CARD.letterInset * U}" transform="rotate(${k * 90} 500 500)">${l}</text>`).join('');
  const nSize = (CARD.number * U) / 0.7;
  return (
    `<svg class="card" viewBox="0 0 ${U} ${U}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">` +
    `<rect width="${U}" height="${U}" fill="#fff"/>` +
    `<rect x="${m0}" y="${m0}" width="${CARD.marker * U}" height="${CARD.marker * U}" fill="#000"/>` +
    `<path fill="#fff" d="${white.join('')}"/>` +
    `<g class="letters" font-size="${size.toFixed(0)}" font-weight="700" text-anchor="middle" dominant-baseline="central" fill="#000">${letters}</g>` +
    `<text class="number" x="35" y="${(35 + CARD.number * U).toFixed(0)}" font-size="${nSize.toFixed(0)}" fill="#000">${card}</text>` +
    `</svg>`
  );
}

/** The page: how to print and use the cards (on screen only), then one card a page. */
export function cardSheetHtml(t: Words, lang: Lang, count = CARD_COUNT): string {
  const cards = Array.from({ length: count }, (_, i) => i + 1)
    .map((n) => `<figure class="sheet">${cardSvg(n, t('answerCards.cardLabel', { n }))}<figcaption>${esc(t('answerCards.caption', { n }))}</figcaption></figure>`)
    .join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${esc(t('answerCards.title'))} · Bouwstenen</title>
<style>
body{font-family:"Atkinson Hyperlegible",system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.5;color:#33313d;background:#f6efe4}
.intro{max-width:44rem}
.print{font:inherit;font-weight:bold;padding:.5rem 1.1rem;margin:.5rem 0;border:2px solid #a9502f;border-radius:10px;background:#a9502f;color:#fff;cursor:pointer}
.print:focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:1rem;margin-top:1.5rem}
figure{margin:0;background:#fff;padding:.5rem;border-radius:6px}
svg.card{display:block;width:100%;height:auto;font-family:"Atkinson Hyperlegible",Arial,sans-serif}
figcaption{font-size:.85rem;color:#5c5866;text-align:center}
@page{size:A4 portrait;margin:12mm}
@media print{
  body{margin:0;max-width:none;padding:0;background:#fff}
  .intro{display:none}
  .cards{display:block;margin:0}
  figure.sheet{break-after:page;padding:0;border-radius:0}
  figure.sheet:last-child{break-after:auto}
  svg.card{width:180mm;height:180mm;margin:10mm auto 0}
  figcaption{margin-top:8mm;font-size:10pt}
}
</style></head><body>
<section class="intro">
<h1>${esc(t('answerCards.title'))}</h1>
<p>${esc(t('answerCards.intro', { n: count }))}</p>
<p>${esc(t('answerCards.how'))}</p>
<p>${esc(t('answerCards.printTips'))}</p>
<p>${esc(t('answerCards.privacy'))}</p>
<button class="print" type="button" onclick="print()">${esc(t('answerCards.print'))}</button>
</section>
<main class="cards">
${cards}
</main>
</body></html>`;
}
