// The scenario card's layout, as pure sums: where the towers, the drawing and the card go on a
// screen of this size and text scale, which room the card takes (beside the drawing, without it,
// or with the towers folded behind a button), what goes on which page, and where each text and
// button of a card sits. No Phaser objects here: text is measured by the function given
// (src/ui/measure.ts in the game, a fake in the unit tests), so every size and text scale can be
// checked in milliseconds (tests/game/cardLayout.test.ts). src/scenes/Scenario.ts draws what it returns.
import type { Rect } from '../services/a11y';
import { baseSize, TAP } from './theme';

/** Width and height of a text as drawn at this size (wrapped at `width` when given). */
export type Measure = (text: string, o: { size: number; width?: number; bold?: boolean; head?: boolean; italic?: boolean }) => { width: number; height: number };

export type TextItem = { kind: 'text'; text: string; bold?: boolean; italic?: boolean; head?: boolean; scale?: number; color?: number; say?: boolean };
export type ButtonItem = { kind: 'button'; label: string; hint?: string; primary?: boolean; onClick: () => void; id?: string; secondary?: boolean; aside?: string };
export type Item = TextItem | ButtonItem;

/** No text on a card below this many CSS px at 100% text size (more with larger text): what a phone reads comfortably. */
export const CARD_MIN = 14;
/** The margin around the screen's panels. */
const M = 12;

/** Where a card's room comes from: beside the drawing, without it, or with the towers folded behind a button too. */
export type Room = 'art' | 'plain' | 'folded';

/** What a card shows: its items, what the story says, its smallest text, whether all of it fits (no pages, nothing left out); the keys 1-4. */
export interface CardPlan {
  items: Item[];
  story: string;
  min: number;
  full: boolean;
  numbers?: (() => void)[];
}

/** The screen a card is laid out on: its size, the player's text scale, projector mode, and the header's height above it. */
export interface CardScreen {
  W: number;
  H: number;
  textScale: number;
  projector: boolean;
  /** The header bar's height (src/scenes/base.ts header()). */
  top: number;
  /**
   * The window's own height where the page has grown taller to hold what does not fit (src/ui/page.ts):
   * the towers and the drawing keep the size the window gives them, so they do not grow with the
   * page and chase the card down it.
   */
  viewH?: number;
  /** How wide the towers must be for their labels at this text size (src/ui/tower.ts towerWidthFor), beside the card. */
  towerW?: number;
  /** How tall the towers must be for their labels at this text size (src/ui/towerLabels.ts towerTightH), above the card. */
  towerH?: number;
}

/** What the layout needs to know about a screen, worked out once. */
export interface CardEnv {
  measure: Measure;
  /** Body text size: the screen's base size times the text scale. */
  S: number;
}

/**
 * The height a screen's text size and orientation follow: the window's, never a page grown taller
 * to hold its controls (src/ui/page.ts). A grown page keeps its text size and stays on its side.
 */
export const sizingH = (s: { H: number; viewH?: number }) => Math.min(s.H, s.viewH ?? s.H);
export const bodySize = (s: CardScreen) => baseSize(s.W, sizingH(s)) * s.textScale;
export const isPortrait = (s: { W: number; H: number; viewH?: number }) => s.W < sizingH(s) * 0.9;
/** No card text below this: 14 px times the text size, or on a projector the body size itself (32 px at 1920x1080). */
export const cardMin = (s: CardScreen) => (s.projector ? bodySize(s) : CARD_MIN * s.textScale);

/**
 * How tall the towers stand above the rest on a screen held upright: taller with larger text, so
 * their labels grow too (no taller: at 150% on a phone the card would take many more pages).
 */
export function portraitTowerH(H: number, textScale: number, max: number) {
  const k = textScale - 1;
  // (never so short that a block cannot hold its name above its red letter: a small window grows the page instead)
  return Math.max(Math.min(H * (0.3 + 0.1 * k), max * (1 + 0.3 * k)), Math.min(max, 210));
}

/** How tall a button must be to hold this label at this width (src/ui/button.ts draws it so). */
export function buttonHeight(measure: Measure, label: string, w: number, size: number, hint = false): number {
  const pad = Math.round(size * 0.6);
  const textW = w - pad * 2 - (hint ? size * 1.6 : 0);
  const h = measure(label, { size, width: textW }).height;
  return Math.max(TAP, size * 2.4, h + pad * 1.4);
}

/** A card's items stacked: their heights and a gap of 0.6 × the text size between each two. */
export function stackHeight(hs: number[], size: number) {
  return hs.reduce((a, b) => a + b, 0) + (hs.length - 1) * size * 0.6;
}

// ---- the screen: towers, drawing, card ----------------------------------------------------

export interface Regions {
  towerR: Rect;
  artR: Rect;
  cardR: Rect;
}

/** The folded towers' button: its text size and label. */
export interface Fold {
  label: string;
  size: number;
}

export const foldSize = (s: CardScreen) => Math.max(CARD_MIN * s.textScale, bodySize(s) * 0.9);

/**
 * The screen's parts for a room: the towers (or their folded button), the drawing, and the card.
 * The card's room is the window's (never a page grown to hold it): what goes on which page stays
 * the same when the page grows, and the card grown to hold its items grows the page just so much.
 */
export function regions(s: CardScreen, measure: Measure, room: Room, fold: Fold, intro: boolean): Regions {
  const { W, H, top: hh } = s;
  const vh = sizingH(s);
  const m = M;
  const withArt = room === 'art';
  if (isPortrait(s)) {
    // folded away, the towers are one button: a row on top
    const th = room === 'folded' ? buttonHeight(measure, fold.label, W - 2 * m, fold.size) : Math.max(portraitTowerH(vh, s.textScale, 300), s.towerH ?? 0);
    const towerR = { x: m, y: hh + m, w: W - 2 * m, h: th };
    // with larger text the drawing gives its room to the words, so they can grow on a phone too
    const ah = !withArt || vh < 700 || s.textScale > 1.2 ? 0 : vh * 0.13;
    const artR = { x: m, y: towerR.y + th + m, w: W - 2 * m, h: ah };
    const cy = artR.y + (ah ? ah + m : 0);
    return { towerR, artR, cardR: { x: m, y: cy, w: W - 2 * m, h: vh - cy - m } };
  }
  // folded on a phone on its side: a strip on the left, as wide as the button's longest word needs
  const longest = Math.max(...fold.label.split(' ').map((w) => measure(w, { size: fold.size, bold: true }).width));
  // (on a projector the towers are wider: their labels are read from the back of the room)
  const tw =
    room === 'folded' ? Math.ceil(longest + Math.round(fold.size * 0.6) * 2 + 8) : s.projector ? Math.min(W * 0.36, 800) : Math.min(Math.max(W * 0.3, 280, Math.min(s.towerW ?? 0, W * 0.38)), 480);
  const towerR = { x: m + 4, y: hh + m, w: tw, h: H - hh - 2 * m };
  const rx = tw + 2 * m + 12;
  const rw = W - rx - m;
  // a phone on its side keeps its height for the text (as a phone upright does under 700 px)
  const ah = !withArt || vh < 480 ? 0 : (vh - hh) * (intro ? 0.4 : 0.3);
  const artR = { x: rx, y: hh + m, w: rw, h: ah };
  return { towerR, artR, cardR: { x: rx, y: artR.y + ah + m, w: rw, h: vh - artR.y - ah - 2 * m } };
}

/** The card's inner room, inside its padding. */
export const innerOf = (c: Rect): Rect => ({ x: c.x + 16, y: c.y + 14, w: c.w - 32, h: c.h - 28 });
const outerOf = (r: Rect): Rect => ({ x: r.x - 16, y: r.y - 14, w: r.w + 32, h: r.h + 28 });

/**
 * The card's words come first: where they do not fit at a readable size, the drawing gives its
 * room; then (where allowed) the towers give theirs too, folded behind a button. `plan` says what
 * the card shows in a room; the first room where it all fits is taken, else the last.
 */
export function chooseRoom<P extends CardPlan>(s: CardScreen, measure: Measure, rooms: Room[], fold: Fold, intro: boolean, plan: (inner: Rect) => P): Regions & { room: Room; card: P } {
  let room = rooms[0];
  let r = regions(s, measure, room, fold, intro);
  let card = plan(innerOf(r.cardR));
  for (const next of rooms.slice(1)) {
    if (card.full) break;
    room = next;
    r = regions(s, measure, room, fold, intro);
    card = plan(innerOf(r.cardR));
  }
  return { ...r, room, card };
}

// ---- a card: its items measured, fitted and placed ----------------------------------------

/** A back button with the page counter beside it: the button's width, the counter's size, and whether both share a row. */
function asideRow(env: CardEnv, r: Rect, it: ButtonItem, size: number, min: number) {
  const cs = Math.max(min, size * 0.7);
  const bw = Math.min(r.w, env.measure(it.label, { size }).width + size * 1.2 + 24);
  return { bw, cs, row: bw + 16 + env.measure(it.aside ?? '', { size: cs }).width <= r.w };
}

/** Each item's height on a card `r.w` wide at text size `size` (no text below `min`). */
export function heights(env: CardEnv, r: Rect, items: Item[], size: number, min = 0): number[] {
  const { measure } = env;
  return items.map((it) => {
    if (it.kind === 'button' && it.aside) {
      const a = asideRow(env, r, it, size, min);
      return a.row ? buttonHeight(measure, it.label, a.bw, size) : measure(it.aside, { size: a.cs }).height + size * 0.6 + buttonHeight(measure, it.label, r.w, size);
    }
    if (it.kind === 'button') return buttonHeight(measure, it.label, r.w, size, !!it.hint);
    return measure(it.text, { size: Math.max(min, size * (it.scale ?? 1)), width: r.w, bold: it.bold, head: it.head }).height;
  });
}

/**
 * A card's items as laid out: the secondary button shares the bottom row with the primary, or
 * where its label would not fit there on one line at `secSize` (large text on a narrow card), it
 * takes a row of its own just above.
 */
export function rows(env: CardEnv, r: Rect, all: Item[], secSize: number): { items: Item[]; secondary?: ButtonItem } {
  const secondary = all.find((it): it is ButtonItem => it.kind === 'button' && !!it.secondary);
  const items = all.filter((it) => it !== secondary);
  if (!secondary) return { items };
  const primary = items.findIndex((it) => it.kind === 'button' && it.primary);
  // (the room placeCard() leaves it on a narrow card: 0.6 of the width, less the gap and its padding)
  const stack = primary >= 0 && env.measure(secondary.label, { size: secSize }).width > r.w * 0.6 - 12 - secSize * 1.2;
  if (!stack) return { items, secondary };
  return { items: [...items.slice(0, primary), { ...secondary, secondary: false }, ...items.slice(primary)] };
}

/** Whether a card's items fit its room with no text below `min`. */
export function cardFits(env: CardEnv, r: Rect, all: Item[], min: number) {
  const { items } = rows(env, r, all, min);
  const hs = heights(env, r, items, min, min);
  return stackHeight(hs, min) <= r.h;
}

/** Whether a card's items fit its room at `minScale` of the body size. */
export function fitsAt(env: CardEnv, r: Rect, items: Item[], minScale: number) {
  const size = env.S * minScale;
  const hs = heights(env, r, items, size);
  return stackHeight(hs, size) <= r.h;
}

/**
 * Texts over pages of whole sentences, each page as full as `fits` lets it be (a sentence longer
 * than a page gets one of its own); each piece keeps the look of the text it comes from.
 */
export function sentencePages(texts: TextItem[], fits: (page: TextItem[], index: number) => boolean): TextItem[][] {
  const pages: { n: number; text: string }[][] = [[]];
  const asItems = (pg: { n: number; text: string }[]): TextItem[] => pg.map((x) => ({ ...texts[x.n], text: x.text }));
  texts.forEach((text, n) => {
    for (const sentence of text.text.split(/(?<=[.!?…])\s+/)) {
      const cur = pages[pages.length - 1];
      const tail = cur.at(-1);
      const grown = tail && tail.n === n ? [...cur.slice(0, -1), { n, text: `${tail.text} ${sentence}` }] : [...cur, { n, text: sentence }];
      if (cur.length && !fits(asItems(grown), pages.length - 1)) pages.push([{ n, text: sentence }]);
      else pages[pages.length - 1] = grown;
    }
  });
  return pages.map(asItems);
}

/** One thing placed on a card: a text, the page counter beside a back button, or a button. */
export type Placed =
  | { kind: 'text'; item: TextItem; x: number; y: number; w: number; h: number; size: number }
  | { kind: 'note'; text: string; x: number; y: number; h: number; size: number; originY: 0 | 0.5 }
  | { kind: 'button'; item: ButtonItem; rect: Rect; size: number; align: 'left' | 'center'; primary: boolean; hint?: string };

/**
 * A card's items placed in `r`: at the body size where they fit, else shrunk (no text below
 * `min`). `bottom`: where the lowest item ends (below r where even `min` does not fit).
 */
export function placeCard(env: CardEnv, r: Rect, all: Item[], min = 11): { placed: Placed[]; size: number; bottom: number } {
  const { measure, S } = env;
  // a secondary button shares the bottom row with the primary one, on the left (or has a row of its own)
  const { items, secondary } = rows(env, r, all, Math.max(min, S * 0.85));
  let size = S;
  let hs = heights(env, r, items, size, min);
  const total = () => stackHeight(hs, size);
  while (total() > r.h && size > min) {
    size = Math.max(min, size * 0.93);
    hs = heights(env, r, items, size, min);
  }
  // shrunk, it may have given up more than it had to (a step is 7%): take back what still fits
  if (size < S && total() <= r.h) {
    let lo = size;
    let hi = Math.min(S, size / 0.93);
    for (let k = 0; k < 4; k++) {
      const mid = (lo + hi) / 2;
      const h = heights(env, r, items, mid, min);
      if (stackHeight(h, mid) <= r.h) lo = mid;
      else hi = mid;
    }
    size = lo;
    hs = heights(env, r, items, size, min);
  }
  const gap = size * 0.6;
  const placed: Placed[] = [];
  let y = r.y;
  let bottom = r.y;
  items.forEach((it, i) => {
    if (it.kind === 'text') {
      placed.push({ kind: 'text', item: it, x: r.x, y, w: r.w, h: hs[i], size: Math.max(min, size * (it.scale ?? 1)) });
      bottom = Math.max(bottom, y + hs[i]);
    } else if (it.aside) {
      // "Terug" with "Pagina n van m" beside it, or above it where the two do not share a row
      const a = asideRow(env, r, it, size, min);
      const nh = measure(it.aside, { size: a.cs }).height;
      placed.push({ kind: 'note', text: it.aside, x: r.x + (a.row ? a.bw + 16 : 0), y: a.row ? y + hs[i] / 2 : y, h: nh, size: a.cs, originY: a.row ? 0.5 : 0 });
      const bh = a.row ? hs[i] : hs[i] - nh - size * 0.6;
      placed.push({ kind: 'button', item: it, rect: { x: r.x, y: y + hs[i] - bh, w: a.row ? a.bw : r.w, h: bh }, size, align: a.row ? 'center' : 'left', primary: false });
      bottom = Math.max(bottom, y + hs[i]);
    } else {
      // the primary button sits at the bottom right when there is room
      let w = it.primary ? Math.min(r.w, Math.max(200, it.label.length * size * 0.6 + 60)) : r.w;
      // on a narrow card the two share the row, so the secondary is never lost; it gets the room its label needs at its size
      const narrow = !!secondary && !!it.primary && r.w - w < 172;
      const secSize = Math.max(min, size * 0.85);
      if (narrow && secondary) w = Math.max(r.w * 0.4, r.w - Math.max(172, measure(secondary.label, { size: secSize }).width + secSize * 1.2 + 20));
      const x = it.primary ? r.x + r.w - w : r.x;
      const by = it.primary && i === items.length - 1 ? Math.max(y, r.y + r.h - hs[i]) : y;
      if (secondary && it.primary) {
        const sw = narrow ? x - r.x - 12 : Math.min(x - r.x - 12, secondary.label.length * size * 0.5 + 40);
        placed.push({ kind: 'button', item: secondary, rect: { x: r.x, y: by, w: sw, h: hs[i] }, size: secSize, align: 'center', primary: false });
      }
      placed.push({ kind: 'button', item: it, rect: { x, y: by, w, h: hs[i] }, size, align: it.primary ? 'center' : 'left', primary: !!it.primary, hint: it.hint });
      bottom = Math.max(bottom, by + hs[i]);
    }
    y += hs[i] + gap;
  });
  return { placed, size, bottom };
}

/**
 * A card placed in its room; where even the smallest readable text does not fit (a very small
 * window, large text), the card grows down to hold it all and the page grows with it (the page
 * then scrolls, src/ui/page.ts): nothing sits past the card's edge.
 */
export function placeInCard(env: CardEnv, cardR: Rect, items: Item[], min: number): { cardR: Rect; inner: Rect; placed: Placed[]; size: number } {
  const inner = innerOf(cardR);
  const out = placeCard(env, inner, items, min);
  const grown = out.bottom > inner.y + inner.h + 0.5 ? outerOf({ ...inner, h: Math.ceil(out.bottom - inner.y) }) : cardR;
  return { cardR: grown, inner: innerOf(grown), ...out };
}

// ---- the moment's card: the setting, the signal and the responses -------------------------

/** The moment's texts and buttons, as the scene made them. */
export interface MomentParts {
  /** The setting and the signal (a repair moment's heading above them). */
  reading: Item[];
  signal: Item;
  /** "Wat doe je?" */
  head: Item;
  responses: Item[];
  /** "Wat doe je?" as the button to the choice (during the situation). */
  choose: Item;
  /** Back from the opened towers to the responses. */
  backToChoice: Item;
  /** Keys 1-4, during the choice and during the situation. */
  numbers: (() => void)[];
  numbersFromSituation: (() => void)[];
  story: { lead: string; withQuestion: string };
}

/**
 * The moment: the setting and the signal; the responses too when they fit, else behind one more
 * button ("Wat doe je?"). The responses always stay together on one card (a player compares them).
 */
export function momentPlan(env: CardEnv, r: Rect, min: number, p: MomentParts, o: { forceChoose: boolean; towersOpen: boolean }): CardPlan {
  const { reading, signal, head, responses, numbers } = p;
  const both: Item[] = [...reading, head, ...responses];
  // the towers opened from the choice: the signal, and the way back to the responses (1-4 still choose)
  // (where the two do not fit beside the drawing, it gives its room: large text on a projector)
  if (o.towersOpen && o.forceChoose) {
    const items = [signal, p.backToChoice];
    return { items, story: p.story.lead, min, full: cardFits(env, r, items, min), numbers };
  }
  if (fitsAt(env, r, both, 0.8) && cardFits(env, r, both, min)) return { items: both, story: p.story.withQuestion, min, full: true, numbers };
  if (!o.forceChoose) {
    const items = [...reading, p.choose];
    const full = cardFits(env, r, items, min);
    // (where even the last room is too small at this text size: the readable floor, 14 px)
    return { items, story: p.story.lead, min: full ? min : CARD_MIN, full, numbers: p.numbersFromSituation };
  }
  // the choice: the responses, with the signal and the question where they fit
  for (const items of [
    [signal, head, ...responses],
    [signal, ...responses],
  ]) {
    if (cardFits(env, r, items, min)) return { items, story: p.story.lead, min, full: true, numbers };
  }
  // where even the room of the towers is not enough at this text size: the readable floor (the card grows, placeInCard)
  return { items: [signal, ...responses], story: p.story.lead, min: CARD_MIN, full: false, numbers };
}

// ---- pages: the counter, and the result card over pages ------------------------------------

/** "Pagina n van m" as a card item (the scene gives its words and colour). */
export type Counter = (k: number, n: number) => TextItem;

/** The top of page k of n: the counter, beside the back button where the page has one. */
export function pageTop(counter: Counter, k: number, n: number, back?: Item): Item[] {
  const c = counter(k, n);
  return back?.kind === 'button' ? [{ ...back, aside: c.text }] : [c];
}

/** A page's top as pages are measured: with the widest counter ("Pagina 99 van 99"), so every page is measured alike. */
export const sizingTop = (counter: Counter, back?: Item): Item[] => pageTop(counter, 98, 99, back);

/**
 * The intro's room: beside the drawing, or without it, where all of it fits; else the room that
 * takes fewer pages, the towers folded behind a button if that is it. Upright the towers stay
 * where the intro then takes no more than two pages (they show where the child starts); with the
 * towers opened, they stay. (A small window upright took 8 pages of a sentence each beside them.)
 */
export function introRoom<P extends CardPlan & { pages: number }>(s: CardScreen, measure: Measure, fold: Fold, towersOpen: boolean, plan: (inner: Rect) => P): Regions & { room: Room; card: P } {
  const open = chooseRoom(s, measure, ['art', 'plain'], fold, true, plan);
  if (open.card.full || towersOpen || (isPortrait(s) && open.card.pages <= 2)) return open;
  const folded = chooseRoom(s, measure, ['folded'], fold, true, plan);
  return folded.card.pages < open.card.pages ? folded : open;
}

/** The level's intro card: its texts and buttons, as the scene made them. */
export interface IntroParts {
  /** The level's title, its intro, and what the story carried over. */
  texts: TextItem[];
  /** The one secondary button of the last page ("Meer uitleg", the homework link), or none. */
  link: Item[];
  /** "Beginnen", on every page; "Terug" from the second page; "Lees verder" on all but the last. */
  start: Item;
  back: Item;
  more: Item;
  counter: Counter;
}

/**
 * The level's intro: all of it on one card where it fits at the readable size, else over pages of
 * whole sentences, "Beginnen" on every page. Page `page` of them is returned.
 */
export function introPlan(env: CardEnv, r: Rect, min: number, parts: IntroParts, page: number): CardPlan & { pages: number } {
  const { texts, link, start, back, more, counter } = parts;
  const said = (items: TextItem[]) => items.map((l) => l.text).join(' ');
  const whole = [...texts, ...link, start];
  if (cardFits(env, r, whole, min)) return { items: whole, story: said(texts), min, full: true, pages: 1 };
  const label = (it: Item | undefined) => (it?.kind === 'button' ? it.label : '');
  // each page measured with its widest counter ("Pagina n van n", or "99 van 99" until the count
  // is known) and "Lees verder"; where the last page's own button (the homework link, which may
  // need a row of its own) does not fit it, every page with the wider of the two
  const paginate = (n: number) => {
    const top = (i: number) => (n ? pageTop(counter, n - 1, n, i > 0 ? back : undefined) : sizingTop(counter, i > 0 ? back : undefined));
    const fitsWith = (button: Item) => (pg: TextItem[], i: number) => cardFits(env, r, [...top(i), ...pg, button, start], min);
    const out = sentencePages(texts, fitsWith(more));
    if (!link[0] || fitsWith(link[0])(out[out.length - 1], out.length - 1)) return out;
    return sentencePages(texts, fitsWith(label(link[0]).length > label(more).length ? link[0] : more));
  };
  let pages = paginate(0);
  // (a shorter counter may share its row with "Terug" on a narrow card: fuller pages; kept only
  // where the count it was measured with is the count it gives)
  for (let tries = 0, n = pages.length; tries < 3; tries++) {
    const next = paginate(n);
    if (next.length === n) {
      pages = next;
      break;
    }
    n = next.length;
  }
  const k = Math.min(page, pages.length - 1);
  const last = k === pages.length - 1;
  const items: Item[] = [...pageTop(counter, k, pages.length, k > 0 ? back : undefined), ...pages[k], ...(last ? link : [more]), start];
  return { items, story: said(pages[k]), min, full: false, pages: pages.length };
}

/** The result card's texts and buttons, as the scene made them. */
export interface ResultParts {
  /** The reaction, what this response did now, and where the child stands. */
  happened: Item[];
  saidHappened: string;
  /** The why: its texts and the theory toggle (compact: the theory alone); `whyPage` is the page the toggle keeps. */
  why: (compact: boolean, whyPage: number) => { items: Item[]; said: string };
  /** The theory is shown and has plain words beside it: where both do not fit on a page, the theory alone. */
  canCompact: boolean;
  /** "Verder" to the next moment; "Verder" to the next page; "Terug" a page; "Terug: wat er gebeurde". */
  next: Item;
  onward: Item;
  back: Item;
  toHappened: Item;
  counter: Counter;
}

/**
 * The result card: what happened, then why. All on one card where it fits at the readable size;
 * else what happened over as many pages as it needs, then the why (the theory alone where plain
 * words and theory together do not fit; whole sentences over more pages where even that does not).
 * "Verder" is on every page; page `page` of them is returned.
 */
export function resultPlan(env: CardEnv, r: Rect, min: number, parts: ResultParts, page: number): CardPlan & { pages: number } {
  const { happened, saidHappened, next, onward, back, toHappened, counter } = parts;
  // what happened, over as many pages as it needs at a readable size (one, but for a long reaction at 150%)
  const happenedPages: Item[][] = [[]];
  for (const it of happened) {
    const cur = happenedPages[happenedPages.length - 1];
    const top = sizingTop(counter, happenedPages.length > 1 ? back : undefined);
    // (measured as laid out: "Verder" alone at the foot)
    if (cur.length && !cardFits(env, r, [...top, ...cur, it, next], min)) happenedPages.push([it]);
    else cur.push(it);
  }
  const whyPage = happenedPages.length;
  const one = parts.why(false, whyPage);
  const whole = [...happened, ...one.items, next];
  if (cardFits(env, r, whole, min)) return { items: whole, story: `${saidHappened} ${one.said}`, min, full: true, pages: 1 };
  const whyBack = page === whyPage ? toHappened : back;
  // (measured with the longer of its two back buttons, so the count of pages is the same on every page)
  const fitsPage = (texts: Item[], toggle: Item[]) => cardFits(env, r, [...sizingTop(counter, toHappened), ...texts, ...toggle, next], min);
  let w = one;
  if (
    parts.canCompact &&
    !fitsPage(
      one.items.filter((i) => i.kind === 'text'),
      [],
    )
  )
    w = parts.why(true, whyPage);
  const texts = w.items.filter((i): i is TextItem => i.kind === 'text');
  const toggle = w.items.filter((i) => i.kind === 'button');
  // (a page before the last has "Verder" alone; the last the theory toggle beside it)
  const pages = sentencePages(texts, (pg) => fitsPage(pg, toggle));
  const total = whyPage + pages.length;
  if (page < whyPage) {
    const k = page;
    const shown = happenedPages[k];
    const last = k === whyPage - 1;
    const items = [...pageTop(counter, k, total, k > 0 ? back : undefined), ...shown, onward];
    const said = shown
      .filter((i): i is TextItem => i.kind === 'text')
      .map((i) => i.text)
      .join(' ');
    return { items, story: k === 0 && last ? saidHappened : said, min, full: false, pages: total };
  }
  const k = Math.min(page - whyPage, pages.length - 1);
  const shown = pages[k];
  const items: Item[] = [...pageTop(counter, whyPage + k, total, whyBack), ...shown, ...(k === pages.length - 1 ? [...toggle, next] : [onward])];
  return { items, story: shown.map((x) => x.text).join(' '), min, full: false, pages: total };
}
