// The scenario card's layout (src/ui/cardLayout.ts) at phone, desktop and projector sizes and text
// at 100/150/200%, for every shipped moment in both languages, with a fake text measurer (each
// letter a fixed part of the size wide, words wrapped whole): nothing overlaps, every response is
// on the card, nothing leaves the card or the page, no word is wider than its line.
import { beforeAll, describe, expect, it } from 'vitest';
import { plainIntro } from '../../src/game/plain';
import { levelStart } from '../../src/model';
import { setLang, setLocales, t, tx } from '../../src/services/i18n';
import type { Rect } from '../../src/services/a11y';
import {
  bodySize,
  cardFits,
  cardMin,
  chooseRoom,
  foldSize,
  isPortrait,
  placeInCard,
  resultPlan,
  sentencePages,
  type CardEnv,
  type CardScreen,
  type Item,
  type Placed,
  type ResultParts,
  type TextItem,
} from '../../src/ui/cardLayout';
import { MIN_TALL, MIN_WIDE } from '../../src/ui/page';
import { fake, content, LANGS, moments, SIZES, SCALES, noop, header, layOut, layOutIntro, type Step } from '../fixtures/cardLayout';

const boxOf = (p: Placed): Rect => (p.kind === 'button' ? p.rect : p.kind === 'note' ? { x: p.x, y: p.originY ? p.y - p.h / 2 : p.y, w: 0, h: p.h } : { x: p.x, y: p.y, w: p.w, h: p.h });
const inside = (a: Rect, b: Rect) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/** What is wrong with a laid-out card. */
function problems(l: ReturnType<typeof layOut>, m: (typeof moments)[number], step: Step): string[] {
  const out: string[] = [];
  const page: Rect = { x: 0, y: 0, w: l.W, h: l.H };
  const boxes = l.placed.map(boxOf);
  if (!inside(l.cardR, page)) out.push(`the card leaves the page (${JSON.stringify(l.cardR)} in ${l.W}x${l.H})`);
  for (const [name, r] of [
    ['towers', l.towerR],
    ['drawing', l.artR],
  ] as const) {
    if (r.h > 0 && !inside(r, page)) out.push(`the ${name} leave the page`);
    if (r.h > 0 && overlap(r, l.cardR)) out.push(`the ${name} overlap the card`);
  }
  l.placed.forEach((p, i) => {
    const label = p.kind === 'button' ? p.item.label : p.kind === 'note' ? p.text : p.item.text;
    if (!inside(boxes[i], l.inner)) out.push(`"${label.slice(0, 30)}" sits past the card (${Math.round(boxes[i].y + boxes[i].h - l.inner.y - l.inner.h)} px)`);
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) out.push(`"${label.slice(0, 30)}" overlaps item ${j}`);
    // every word on a line of its own at most: none wider than the room it wraps in
    const [text, size, room, o] =
      p.kind === 'text'
        ? [p.item.text, p.size, p.w, p.item]
        : p.kind === 'button'
          ? [p.item.label, p.size, p.rect.w - 2 * Math.round(p.size * 0.6) - (p.hint ? p.size * 1.6 : 0), { bold: p.primary }]
          : [p.text, p.size, l.inner.w, {}];
    // (a button's label shrinks to fit its button, src/ui/fit.ts fitBlock: so far as a phone still reads it)
    const least = p.kind === 'button' ? Math.min(size, 14) : size;
    for (const word of text.split(/\s+/))
      if (fake(word, { size: least, ...o }).width > room + 0.5) out.push(`"${word}" breaks (${Math.round(fake(word, { size: least, ...o }).width)} > ${Math.round(room)})`);
    if (p.kind === 'button' && fake(p.item.label, { size: least, width: room, bold: p.primary }).height > p.rect.h - 4) out.push(`"${label.slice(0, 30)}" is taller than its button`);
  });
  // every response is on the card, once (during the choice; behind "Wat doe je?" in the situation; behind "Terug" with the towers open)
  const shown = l.placed.filter((p) => p.kind === 'button' && p.item.id?.startsWith('response-')).length;
  if (step === 'choose' ? shown !== m.responses.length : shown !== 0 && shown !== m.responses.length) out.push(`${shown} of ${m.responses.length} responses shown`);
  if (step !== 'choose' && !l.placed.some((p) => p.kind === 'button' && (p.item.id === 'choose' || p.item.id === 'towers-hide' || p.item.id?.startsWith('response-'))))
    out.push('no way on to the responses');
  // no text below the readable floor
  for (const p of l.placed) if (p.kind === 'text' && p.size < Math.min(l.card.min, 14) - 0.01) out.push(`text at ${p.size.toFixed(1)} px`);
  return out;
}

describe('the scenario card at every size and text scale', () => {
  for (const [W, H] of SIZES) {
    for (const scale of SCALES) {
      it(`${W}x${H} at ${scale * 100}%: every moment fits, nothing overlaps, every response is there`, () => {
        const found: string[] = [];
        for (const m of moments) {
          for (const step of ['situation', 'choose', 'towers'] as const) {
            const l = layOut(W, H, scale, m, step);
            for (const p of problems(l, m, step)) found.push(`${m.name} ${step} (${l.W}x${l.H}, room ${l.room}): ${p}`);
          }
        }
        expect(found.slice(0, 10)).toEqual([]);
      });
    }
  }

  it('at 320x256 (1280x1024 at 400%) the fourth response stays on the card during the choice', () => {
    const m = moments.find((x) => x.name === 'phase-1-safety night-wake nl') ?? moments[0];
    const l = layOut(320, 256, 1, m, 'choose');
    const last = l.placed.filter((p) => p.kind === 'button').at(-1);
    expect(last?.kind === 'button' && last.item.id).toBe(`response-${m.responses.length - 1}`);
    expect(last && inside(boxOf(last), l.inner)).toBe(true);
    expect(l.cardR.y + l.cardR.h).toBeLessThanOrEqual(l.H);
  });

  it('folds the towers away on a small screen upright, and keeps the drawing on a large one', () => {
    const m = moments[0];
    expect(layOut(320, 256, 1, m, 'choose').room).toBe('folded');
    expect(layOut(1920, 1080, 1, m, 'situation').room).toBe('art');
    expect(isPortrait({ W: 390, H: 844 })).toBe(true);
  });

  it("a page grown taller than the window keeps the window's text size and orientation", () => {
    // (a grown 1920x1080 settings page turned upright; at 1280x720 with text at 150% its text grew)
    for (const [W, H, textScale] of [
      [1920, 1080, 1],
      [1280, 720, 1.5],
      [844, 390, 1.5],
      [390, 844, 1],
    ]) {
      const window = { W, H, textScale, projector: W >= 1600, top: 56 };
      for (const grown of [H + 100, H * 2, H * 4]) {
        const page = { ...window, H: grown, viewH: H };
        expect(bodySize(page), `${W}x${H} grown to ${grown}`).toBe(bodySize(window));
        expect(isPortrait(page), `${W}x${H} grown to ${grown}`).toBe(isPortrait(window));
      }
    }
    // the card's layout follows too: a grown 1280x720 page keeps the towers beside the card
    const grown: CardScreen = { W: 1280, H: 1600, viewH: 720, textScale: 1.5, projector: false, top: 90 };
    const r = chooseRoom(grown, fake, ['art', 'plain'], { label: 'Toon torens', size: foldSize(grown) }, false, () => ({ items: [], story: '', min: 14, full: true }));
    expect(r.towerR.x + r.towerR.w).toBeLessThan(r.cardR.x);
  });
});

describe('the result card over pages', () => {
  // the longest reaction and the longest why (plain words and theory) of every shipped response, per language
  const responses = content.levels.flatMap((l) => l.scenarios.flatMap((s) => s.responses.map((r) => ({ name: `${l.id} ${s.id} ${r.id}`, r }))));
  const longest = (lang: 'nl' | 'en') =>
    responses.reduce((a, b) => ((b.r.feedback[lang] ?? '').length + (b.r.plain?.[lang]?.length ?? 0) > (a.r.feedback[lang] ?? '').length + (a.r.plain?.[lang]?.length ?? 0) ? b : a));
  const button = (id: string, label: string, o: Partial<Item> = {}): Item => ({ kind: 'button', id, label, onClick: noop, ...o }) as Item;

  for (const [W, H] of SIZES) {
    for (const scale of SCALES) {
      it(`${W}x${H} at ${scale * 100}%: every page fits, "Verder" on each, every sentence of the why once`, () => {
        const found: string[] = [];
        for (const lang of LANGS) {
          const { name, r } = longest(lang);
          for (const theory of [false, true]) {
            const viewH = Math.max(H, W < 600 ? MIN_TALL : MIN_WIDE);
            const base = { W, H: viewH, textScale: scale, projector: W >= 1600, viewH };
            const screen: CardScreen = { ...base, top: header(base) };
            const env: CardEnv = { S: bodySize(screen), measure: fake };
            const next = button('next', 'Verder', { primary: true });
            const plain = r.plain?.[lang] ?? '';
            const why = (compact: boolean) => {
              const feedback = r.feedback[lang] ?? '';
              const explain = !r.plain ? [feedback] : !theory ? [plain] : compact ? [feedback] : [plain, feedback];
              const items: Item[] = explain.map((text) => ({ kind: 'text', text }));
              if (r.plain) items.push(button('theory', theory ? 'Minder uitleg' : 'Meer uitleg', { secondary: true }));
              return { items, said: explain.join(' ') };
            };
            const parts: ResultParts = {
              happened: [
                { kind: 'text', text: `Noor reageert: ${r.reaction[lang] ?? ''}`, italic: true },
                { kind: 'text', text: 'Wat dit antwoord nu deed:', bold: true, scale: 0.85 },
                { kind: 'text', text: '• Zorgen voor wordt sterker.', bold: true, scale: 0.92 },
                { kind: 'text', text: 'Waar Noor nu staat (wat vaak gebeurt, telt):', bold: true, scale: 0.85 },
                { kind: 'text', text: '• Basisveiligheid groeit.', scale: 0.92 },
              ],
              saidHappened: '',
              why,
              canCompact: theory && !!r.plain,
              next,
              onward: { ...next, id: 'onward' } as Item,
              back: button('card-back', 'Terug'),
              toHappened: button('card-happened', 'Terug: wat er gebeurde'),
              counter: (k, n) => ({ kind: 'text', text: `Pagina ${k + 1} van ${n}`, scale: 0.7 }),
            };
            const min = cardMin(screen);
            const fold = { label: 'Torens bekijken', size: foldSize(screen) };
            const first = chooseRoom(screen, fake, ['art', 'plain'], fold, false, (inner) => resultPlan(env, inner, min, parts, 0));
            const seen: string[] = [];
            for (let page = 0; page < first.card.pages; page++) {
              const l = chooseRoom(screen, fake, ['art', 'plain'], fold, false, (inner) => resultPlan(env, inner, min, parts, page));
              const tag = `${name} ${lang}${theory ? ' theory' : ''} page ${page + 1}/${first.card.pages}`;
              if (l.card.pages !== first.card.pages) found.push(`${tag}: counts ${l.card.pages} pages`);
              const placed = placeInCard(env, l.cardR, l.card.items, l.card.min);
              // (a piece longer than a page at the readable size has a page of its own, and the card grows to hold it: placeInCard)
              const pieces = l.card.items.filter((it) => it.kind === 'text' && !it.text.startsWith('Pagina')).length;
              if (placed.cardR.h > l.cardR.h + 0.5 && pieces > 1) found.push(`${tag}: does not fit its card (${Math.round(placed.cardR.h - l.cardR.h)} px over)`);
              if (!l.card.items.some((it) => it.kind === 'button' && (it.id === 'next' || it.id === 'onward'))) found.push(`${tag}: no "Verder"`);
              seen.push(...l.card.items.flatMap((it) => (it.kind === 'text' && !it.text.startsWith('Pagina') ? [it.text] : [])));
            }
            // every sentence of what happened and of the why shown (the theory alone where both do not fit)
            const shown = seen.join(' ');
            for (const t of [r.reaction[lang] ?? '', ...why(false).items.flatMap((i) => (i.kind === 'text' ? [i.text] : []))]) {
              const sentences = t.split(/(?<=[.!?…])\s+/);
              const missing = sentences.filter((x) => !shown.includes(x));
              const compactOnly = theory && !!r.plain && t === plain;
              if (missing.length && !compactOnly) found.push(`${name} ${lang}${theory ? ' theory' : ''}: "${missing[0].slice(0, 30)}" on no page`);
            }
          }
        }
        expect(found.slice(0, 10)).toEqual([]);
      });
    }
  }
});

describe('a card over pages of whole sentences', () => {
  const env: CardEnv = { S: 15, measure: fake };
  const r: Rect = { x: 0, y: 0, w: 260, h: 220 };
  const long: TextItem = {
    kind: 'text',
    text: Array.from({ length: 12 }, (_, i) => `Zin ${i + 1} is een gewone zin van een paar woorden lang.`).join(' '),
  };
  const next: Item = { kind: 'button', label: 'Verder', primary: true, onClick: noop };

  it('puts every sentence on exactly one page, each page fitting at the readable size', () => {
    for (const scale of SCALES) {
      const min = 14 * scale;
      const pages = sentencePages([long], (page) => cardFits(env, r, [...page, next], min));
      expect(pages.length).toBeGreaterThan(1);
      expect(
        pages
          .flat()
          .map((p) => p.text)
          .join(' '),
      ).toBe(long.text);
      for (const page of pages) {
        // (a sentence longer than a page may have one of its own)
        if (page[0].text.split(/(?<=\.)\s+/).length > 1) expect(cardFits(env, r, [...page, next], min)).toBe(true);
      }
    }
  });
});

describe("the level's intro over pages", () => {
  beforeAll(() => {
    // (i18n marks the page's language: node has no page)
    (globalThis as unknown as { document: unknown }).document ??= { documentElement: {} };
    setLocales(content.locales);
  });
  const button = (id: string, label: string, o: Partial<Item> = {}): Item => ({ kind: 'button', id, label, onClick: noop, ...o }) as Item;
  /** A level's intro as Scenario.ts makes it: its title and its words (plain, or the full intro with its terms) and the buttons. */
  const intro = (level: (typeof content.levels)[number], theory: boolean) => ({
    texts: [
      { kind: 'text', text: tx(level.title), head: true, bold: true, scale: 1.25 },
      { kind: 'text', text: theory ? tx(level.intro) : plainIntro(level, levelStart(level)) },
    ] as TextItem[],
    link: [button('link', t(theory ? 'ui.copyLink' : 'card.theory'), { secondary: true })],
    start: button('start', t('ui.start'), { primary: true }),
    back: button('card-back', t('ui.back')),
    more: button('card-more', t('card.more'), { secondary: true }),
    fold: t('card.showTowers'),
  });

  // (320x240 pages as 320x256 does: the page's least height is the same, and every page is laid out, so it is left out for time)
  for (const [W, H] of SIZES.filter(([w, h]) => !(w === 320 && h === 240))) {
    for (const scale of SCALES) {
      it(`${W}x${H} at ${scale * 100}%: every page fits its card and the page, every sentence once`, () => {
        const found: string[] = [];
        for (const lang of LANGS) {
          setLang(lang);
          for (const level of content.levels) {
            for (const theory of [false, true]) {
              const parts = intro(level, theory);
              const tag = `${level.id} ${lang}${theory ? ' theory' : ''}`;
              const first = layOutIntro(W, H, scale, parts);
              const seen: string[] = [];
              for (let page = 0; page < first.pages; page++) {
                const l = page ? layOutIntro(W, H, scale, parts, page) : first;
                if (l.pages !== first.pages) found.push(`${tag}: ${l.pages} pages on page ${page + 1}, ${first.pages} on the first`);
                for (const p of l.placed) if (!inside(boxOf(p), l.inner)) found.push(`${tag} p${page + 1}: ${p.kind} off its card`);
                if (l.cardR.y + l.cardR.h > l.H + 0.5) found.push(`${tag} p${page + 1}: card below the page`);
                if (!l.card.items.some((it) => it.kind === 'button' && it.id === 'start')) found.push(`${tag} p${page + 1}: no "Beginnen"`);
                seen.push(...l.card.items.flatMap((it) => (it.kind === 'text' && !it.text.startsWith('Pagina') ? [it.text] : [])));
              }
              if (seen.join(' ') !== parts.texts.map((x) => x.text).join(' ')) found.push(`${tag}: the pages do not say the intro once, in order`);
            }
          }
        }
        expect(found.slice(0, 10)).toEqual([]);
      });
    }
  }

  it('at 320x256 (1280x1024 at 400%) reads in a few full pages: the towers fold away upright', () => {
    // (beside the towers it took 7 to 11 pages of a sentence or two each)
    const counts: string[] = [];
    for (const lang of LANGS) {
      setLang(lang);
      for (const level of content.levels) {
        const plain = layOutIntro(320, 256, 1, intro(level, false));
        const theory = layOutIntro(320, 256, 1, intro(level, true));
        if (plain.pages > 2 || theory.pages > 4) counts.push(`${level.id} ${lang}: ${plain.pages} pages plain, ${theory.pages} with the theory`);
        expect(theory.room).toBe('folded');
      }
    }
    expect(counts).toEqual([]);
    // a phone upright keeps its towers beside an intro of two pages or one
    setLang('nl');
    for (const level of content.levels) expect(layOutIntro(390, 844, 1, intro(level, true)).room, level.id).not.toBe('folded');
  });
});
