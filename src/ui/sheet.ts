// A page of real HTML over the canvas, for screens made of forms, tables and long text (trainer
// screen, class overview, assignment start, reflections): native fields, scrolling, zoom, copy
// and paste, and screen readers come for free. It sits in the accessible layer, so a new scene
// removes it with the rest of that layer. Text is only ever set as text (el()).
import type { Rect } from '../services/a11y';
import { css, getTextScale, isHighContrast, isProjector, palette, shade } from './theme';

// The colours come from the canvas's palette (ui/theme.ts), high contrast included, as CSS
// variables set on each sheet: every text reaches 4.5:1 on what it is drawn on (white on the
// accent 5.9:1, 9.5:1 in high contrast). Every control is at least 44 px high, at every text size.
const STYLE = `
#a11y .sheet { position: absolute; pointer-events: auto; overflow: auto; box-sizing: border-box; padding: 16px 20px 28px;
  font: 18px/1.45 "Atkinson Hyperlegible", system-ui, sans-serif; color: var(--ink); background: var(--card); border: 1px solid var(--line);
  border-radius: 18px; -webkit-overflow-scrolling: touch; overflow-wrap: break-word; container-type: inline-size; }
/* a heading no larger than its longest word allows on a narrow sheet (a phone at 150%, zoom) */
#a11y .sheet h2 { font: bold min(1.25em, 7cqi) Nunito, "Atkinson Hyperlegible", sans-serif; margin: 1em 0 .4em; }
#a11y .sheet h2:first-child { margin-top: .2em; }
#a11y .sheet h3 { font-size: 1.05em; margin: 1em 0 .3em; }
#a11y .sheet p { margin: .4em 0; }
#a11y .sheet .soft { color: var(--soft); }
#a11y .sheet .privacy { background: var(--calm); border-radius: 10px; padding: .5em .8em; }
#a11y .sheet .error { color: var(--crack); font-weight: bold; }
#a11y .sheet .ok { color: var(--ok); }
#a11y .sheet a { color: var(--link); }
#a11y .sheet label { display: block; margin: .5em 0 .2em; font-weight: bold; }
#a11y .sheet label.inline { display: flex; gap: .5em; align-items: center; font-weight: normal; margin: .1em 0; min-height: 44px; cursor: pointer; }
#a11y .sheet label.inline input { width: 1.2em; height: 1.2em; accent-color: var(--accent); flex: none; margin: 0; }
#a11y .sheet input[type=text], #a11y .sheet input[type=date], #a11y .sheet select, #a11y .sheet textarea {
  font: inherit; box-sizing: border-box; width: 100%; max-width: 40em; min-height: 44px; padding: .4em .6em; border: 2px solid var(--accent); border-radius: 10px;
  background: var(--field); color: var(--ink); }
#a11y .sheet textarea { min-height: 5.5em; resize: vertical; }
#a11y .sheet input[type=file] { font: inherit; max-width: 100%; min-height: 44px; color: var(--ink); }
#a11y .sheet button, #a11y .sheet input[type=file]::file-selector-button { font: bold 1em "Atkinson Hyperlegible", sans-serif; padding: .55em 1.1em; margin: .4em .5em .4em 0;
  border-radius: 12px; border: 2px solid var(--accent); background: var(--field); color: var(--ink); cursor: pointer; min-height: 44px; max-width: calc(100% - .5em); }
#a11y .sheet button.primary { background: var(--accent); color: var(--accent-ink); }
#a11y .sheet button:hover, #a11y .sheet input[type=file]:hover::file-selector-button { background: var(--tint); }
#a11y .sheet button.primary:hover { background: var(--accent-deep); }
#a11y .sheet button:focus-visible, #a11y .sheet input:focus-visible, #a11y .sheet textarea:focus-visible, #a11y .sheet select:focus-visible,
#a11y .sheet a:focus-visible, #a11y .sheet .drop:focus-visible { outline: 4px solid #1f5fbf; outline-offset: 2px; }
#a11y .sheet code { background: var(--code); padding: 0 .3em; border-radius: 4px; font-size: .9em; }
#a11y .sheet table { border-collapse: collapse; margin: .5em 0; width: 100%; }
#a11y .sheet th, #a11y .sheet td { border-bottom: 1px solid var(--line); padding: .3em .5em; text-align: left; vertical-align: top; }
#a11y .sheet th { background: var(--head); }
#a11y .sheet .scroll-x { overflow-x: auto; }
#a11y .sheet .cols { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; }
#a11y .sheet .cols > * { flex: 1 1 20em; min-width: 0; }
#a11y .sheet .qr svg { width: 220px; max-width: 100%; height: auto; aspect-ratio: 1; background: #fff; }
#a11y .sheet .link { font-family: ui-monospace, monospace; font-size: .8em; word-break: break-all; }
#a11y .sheet .drop { border: 3px dashed var(--accent); border-radius: 14px; padding: 1.2em; text-align: center; background: var(--tint); }
#a11y .sheet .drop.over { background: var(--tint-deep); }
#a11y .sheet .drop label { margin-top: .8em; }
#a11y .sheet .chart { margin: .3em 0 1em; }
#a11y .sheet .chart .row { display: grid; grid-template-columns: minmax(8em, 22em) 1fr 6em; gap: .5em; align-items: center; margin: .15em 0; }
#a11y .sheet .chart .bar { height: 1em; background: var(--accent); border-radius: 4px; min-width: 2px; }
#a11y .sheet .tower-bars .row { grid-template-columns: 10em 1fr 3.5em; }
#a11y .sheet .tower-bars .bar { background: var(--grow); }
#a11y .sheet blockquote { margin: .5em 0; padding: .4em .8em; border-left: 4px solid var(--accent); background: var(--tint); white-space: pre-wrap; }
#a11y .sheet ul.answers { padding-left: 1.2em; } #a11y .sheet ul.answers li { margin: .3em 0; white-space: pre-wrap; }
#a11y .sheet.contrast .privacy, #a11y .sheet.contrast .drop, #a11y .sheet.contrast blockquote { border: 2px solid #000; }
/* on a narrow sheet (a phone, 150%) the browser cuts its "no file chosen" beside the button to "N…en":
   there the button takes the whole row, and the list below the field says what was read */
@container (max-width: 24em) { #a11y .sheet input[type=file] { width: 100%; }
  #a11y .sheet input[type=file]::file-selector-button { width: 100%; max-width: 100%; margin-right: 0; } }
@media (max-width: 600px) { #a11y .sheet { padding: 12px 12px 24px; } #a11y .sheet .drop { padding: 1em .5em; } #a11y .sheet .chart .row { grid-template-columns: 1fr 4em 5em; } }
`;

/** The sheet's colours, from the canvas's palette (normal or high contrast). */
function colours(): Record<string, string> {
  const p = palette();
  const high = isHighContrast();
  return {
    '--ink': css(p.ink),
    '--soft': css(p.inkSoft),
    '--card': css(p.card),
    '--line': css(high ? p.line : shade(p.line, 1.1)),
    '--accent': css(p.accent),
    '--accent-ink': css(p.accentInk),
    '--accent-deep': css(shade(p.accent, 0.85)),
    '--crack': css(p.crack),
    '--field': '#ffffff',
    '--tint': high ? '#ffffff' : '#fbf5ec',
    '--tint-deep': high ? '#eeeeee' : '#f3e3d0',
    '--head': css(high ? 0xeeeeee : p.bg),
    '--code': high ? '#eeeeee' : '#f3ece0',
    '--calm': high ? '#ffffff' : '#eef4ea',
    '--ok': high ? '#1d4d1d' : '#2f6b2f',
    '--link': high ? '#0000cc' : '#1f5fbf',
    '--grow': high ? '#2f6b2f' : '#7aa36b',
  };
}

let styled = false;

/** Make an element with text (never HTML) and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    if (k === 'class') e.className = String(v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** A scrolling page over the given area of the screen: 18 px text, 24 on a projector (read from afar, as the canvas's text). */
export function openSheet(r: Rect, label: string): HTMLElement {
  if (!styled) {
    styled = true;
    document.head.append(el('style', { id: 'sheet-style' }, STYLE));
  }
  const sheet = el('section', { class: `sheet${isHighContrast() ? ' contrast' : ''}`, 'aria-label': label });
  for (const [k, v] of Object.entries(colours())) sheet.style.setProperty(k, v);
  Object.assign(sheet.style, {
    left: `${Math.round(r.x)}px`,
    top: `${Math.round(r.y)}px`,
    width: `${Math.round(r.w)}px`,
    height: `${Math.round(r.h)}px`,
    fontSize: sheetFont(isProjector(window.innerWidth) ? 24 : 18, r.w),
  });
  document.querySelector('#a11y-controls')!.appendChild(sheet);
  return sheet;
}

/**
 * The largest text a sheet this wide takes (never below 16 px): a long Dutch word
 * ("resultaatbestanden") still fits a line whole on a small phone at 150% or under browser zoom.
 */
export const wordCap = (width: number) => Math.max(16, (width - 24) / 12.5);

/** A sheet's text size: `base` px with the text size setting, within wordCap. */
export function sheetFont(base: number, width: number): string {
  return `${Math.round(Math.min(base * getTextScale(), wordCap(width)))}px`;
}

/** A labelled field. */
export function field(labelText: string, input: HTMLElement, hint?: string): HTMLElement {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  const parts: (Node | string)[] = [el('label', { for: id }, labelText)];
  if (hint) {
    const hid = `${id}-hint`;
    input.setAttribute('aria-describedby', hid);
    parts.push(el('p', { class: 'soft', id: hid }, hint));
  }
  parts.push(input);
  return el('div', {}, ...parts);
}
