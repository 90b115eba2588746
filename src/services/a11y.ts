// The accessible layer over the canvas: every control the canvas draws is also a real DOM control,
// laid exactly over its picture (transparent, so the browser draws the focus ring where the player
// looks). Screen readers get the scene title as a heading, the story text in a live region and
// both towers as text. On every new screen focus moves to its heading, so a screen reader says
// where the player is; a restart of the same screen (a setting changed, the window resized) keeps
// focus on the control the player used.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

let root: HTMLElement;
let heading: HTMLHeadingElement;
let live: HTMLElement;
let story: HTMLElement;
let controls: HTMLElement;
let towers: HTMLElement;

export function initA11y(container: HTMLElement) {
  root = document.createElement('div');
  root.id = 'a11y';
  root.innerHTML = `
    <h1 id="a11y-heading" class="sr-only" tabindex="-1"></h1>
    <div id="a11y-story" class="sr-only" aria-live="polite"></div>
    <div id="a11y-live" class="sr-only" aria-live="polite"></div>
    <div id="a11y-controls"></div>
    <section id="a11y-towers" class="sr-only" aria-live="polite"></section>`;
  container.appendChild(root);
  heading = root.querySelector('#a11y-heading')!;
  story = root.querySelector('#a11y-story')!;
  live = root.querySelector('#a11y-live')!;
  controls = root.querySelector('#a11y-controls')!;
  towers = root.querySelector('#a11y-towers')!;
  // focus moved by the player (or a test) before the new screen's turn: theirs wins
  document.addEventListener(
    'focusin',
    (e) => {
      if (focusTarget && e.target !== focusTarget) cancelFocus();
    },
    true,
  );
}

/**
 * Focus moves with the next frame, not while the screen is being built: focus() makes the browser
 * lay out the page there and then, which held the title back by about 7 ms, and the frame lays it
 * out anyway. `#a11y[data-focus="pending"]` says it is on its way (the browser tests wait for it).
 */
let focusFrame = 0;
let focusTarget: HTMLElement | null = null;

function focusSoon(el: HTMLElement) {
  cancelFocus();
  focusTarget = el;
  root.dataset.focus = 'pending';
  focusFrame = requestAnimationFrame(() => {
    const target = focusTarget;
    cancelFocus();
    if (target?.isConnected) target.focus({ preventScroll: true });
  });
}

function cancelFocus() {
  cancelAnimationFrame(focusFrame);
  focusFrame = 0;
  focusTarget = null;
  delete root.dataset.focus;
}

let lastScreen = '';
/** When the last message was said: the same screen built again right after it ("Teruggezet.") keeps it. */
let announcedAt = -Infinity;
let titleFrame = 0;
/** How many screens have been built this visit. */
let generation = 0;
let lastFocus: { id?: string; label?: string } | undefined;

/** A new scene: new heading, no controls. Remembers the focused control, for a restart. */
export function resetA11y(title: string) {
  // the control about to get focus counts as focused
  const el = focusTarget ?? (document.activeElement as HTMLElement | null);
  lastFocus = el && controls?.contains(el) ? { id: el.dataset.id, label: el.getAttribute('aria-label') ?? el.textContent ?? undefined } : undefined;
  const sameScreen = heading.textContent === title;
  heading.textContent = title;
  controls.replaceChildren();
  story.textContent = '';
  // a message said just before this screen was built again stays; on another screen it is gone
  if (!sameScreen || performance.now() - announcedAt > 1000) live.textContent = '';
  towers.replaceChildren();
  // an animation cut short by leaving the screen is over too
  towers.setAttribute('aria-busy', 'false');
}

/**
 * The screen is built: on a new screen focus goes to its heading (read out by screen readers);
 * on the same screen again, to the control that had it, when it is still there.
 */
export function settleFocus(screen: string) {
  const same = screen === lastScreen;
  lastScreen = screen;
  // a screen generation ("Scenario:17"): every screen built (a new one, or the same again) counts
  // one up, so a test can wait for the next screen instead of for an old button to go
  root.dataset.screen = `${screen}:${++generation}`;
  // the window's title with the next frame too: setting it costs a millisecond or two
  const title = heading.textContent ? `${heading.textContent} · Bouwstenen` : 'Bouwstenen';
  cancelAnimationFrame(titleFrame);
  titleFrame = requestAnimationFrame(() => (document.title = title));
  if (same && lastFocus) {
    const all = [...controls.querySelectorAll<HTMLElement>('button, input')];
    const match = all.find((c) => lastFocus!.id && c.dataset.id === lastFocus!.id) ?? all.find((c) => !lastFocus!.id && (c.getAttribute('aria-label') ?? c.textContent) === lastFocus!.label);
    if (match) {
      focusSoon(match);
      return;
    }
  }
  if (same && !lastFocus && (focusTarget ?? document.activeElement) === heading) return;
  focusSoon(heading);
}

/** Text the canvas shows that is not a control, story or heading (a row label, a page counter), in reading order. */
export function addNote(text: string, tag: 'p' | 'h2' = 'p'): HTMLElement {
  const el = document.createElement(tag);
  el.className = 'sr-only';
  el.textContent = text;
  controls.appendChild(el);
  return el;
}

/** The scenario, feedback or page text, read out by screen readers as it changes. */
/** While the towers animate, the tower text is about to change: say so (aria-busy), and tests wait for it. */
export function setBusy(busy: boolean) {
  towers.setAttribute('aria-busy', busy ? 'true' : 'false');
}

export function setStory(text: string) {
  story.textContent = text;
}

/** A short message, read out once. */
export function announce(text: string) {
  live.textContent = '';
  announcedAt = performance.now();
  window.setTimeout(() => (live.textContent = text), 30);
}

function place(el: HTMLElement, r: Rect) {
  el.style.left = `${Math.round(r.x)}px`;
  el.style.top = `${Math.round(r.y)}px`;
  el.style.width = `${Math.round(r.w)}px`;
  el.style.height = `${Math.round(r.h)}px`;
}

interface ButtonOptions {
  label: string;
  rect: Rect;
  onClick: () => void;
  /** The name to say when the label alone says too little ("Tekstgrootte: 150%" for "150%"). */
  name?: string;
  /** Extra words for screen readers, e.g. a level's status. */
  description?: string;
  pressed?: boolean;
  disabled?: boolean;
  id?: string;
}

export function addButton(o: ButtonOptions): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'hit';
  b.textContent = o.label;
  if (o.name) b.setAttribute('aria-label', o.name);
  if (o.id) b.dataset.id = o.id;
  if (o.description) b.setAttribute('aria-description', o.description);
  if (o.pressed !== undefined) b.setAttribute('aria-pressed', String(o.pressed));
  if (o.disabled) b.setAttribute('aria-disabled', 'true');
  place(b, o.rect);
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    if (!o.disabled) o.onClick();
  });
  controls.appendChild(b);
  return b;
}

interface RangeOptions {
  label: string;
  rect: Rect;
  min: number;
  max: number;
  step: number;
  value: number;
  valueText: (v: number) => string;
  onInput: (v: number) => void;
}

/** A native slider over the canvas slider: drag, touch and arrow keys come for free. */
export function addRange(o: RangeOptions): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'range';
  input.className = 'hit';
  input.min = String(o.min);
  input.max = String(o.max);
  input.step = String(o.step);
  input.value = String(o.value);
  input.setAttribute('aria-label', o.label);
  input.setAttribute('aria-valuetext', o.valueText(o.value));
  place(input, o.rect);
  input.addEventListener('input', () => {
    const v = Number(input.value);
    input.setAttribute('aria-valuetext', o.valueText(v));
    o.onInput(v);
  });
  controls.appendChild(input);
  return input;
}

/** Both towers as text lists, updated after every change. */
export function setTowerText(groups: { title: string; items: string[] }[], append = false) {
  (append ? towers.append.bind(towers) : towers.replaceChildren.bind(towers))(
    ...groups.map((g) => {
      const div = document.createElement('div');
      const h = document.createElement('h2');
      h.textContent = g.title;
      const ul = document.createElement('ul');
      for (const item of g.items) {
        const li = document.createElement('li');
        li.textContent = item;
        ul.appendChild(li);
      }
      div.append(h, ul);
      return div;
    }),
  );
}

export const a11yRoot = () => root;
