// Localisation: interface text from assets/locales, content text from {nl, en} objects.
// Dutch is the first language; a text missing in one language falls back to the other.
import type { CaregiverId, ChildId, ModelEvent } from '../model';
import type { TextT } from '../content/schema';
import { fallbackOrder, LANGS, OTHERWISE, type Lang } from '../content/langs';

let lang: Lang = LANGS[0];
let strings: Record<string, Record<string, string>> = {};

export function setLocales(locales: Record<string, Record<string, string>>) {
  strings = locales;
}

export function getLang(): Lang {
  return lang;
}

export function setLang(next: Lang) {
  lang = next;
  document.documentElement.lang = next;
}

/** First visit: Dutch for a browser set to any Dutch variant (and so on for each language), English otherwise. */
export function detectLang(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return LANGS.find((l) => first.startsWith(l)) ?? OTHERWISE;
}

/** The text in `l`, else in the first language that has it. */
function inLang<T>(l: Lang, get: (l: Lang) => T | undefined): T | undefined {
  for (const x of fallbackOrder(l)) {
    const s = get(x);
    if (s !== undefined) return s;
  }
  return undefined;
}

function fill(template: string, params?: Record<string, string | number>) {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

/** An interface text by key, with {placeholders} filled in. */
export function t(key: string, params?: Record<string, string | number>): string {
  const s = inLang(lang, (l) => strings[l]?.[key]);
  return fill(s ?? key, params);
}

/** An interface text in a given language (the guide can be read in the other language). */
export function tIn(l: Lang, key: string, params?: Record<string, string | number>): string {
  const s = inLang(l, (x) => strings[x]?.[key]);
  return fill(s ?? key, params);
}

/**
 * Writers mark a term (a block's name used as a word) as *zorgen voor*. Canvas text has no inline
 * italics, and a screen reader would read the stars, so the mark is shown as a quoted term.
 */
export const markTerms = (s: string) => s.replace(/\*([^*\n]+)\*/g, '‘$1’');

/** A content text in the current language. */
/** A count in words: "1 student", not "1 studenten": the text under `${key}One` where n is one. */
export function tCount(key: string, params: { n: number } & Record<string, string | number>): string {
  return t(params.n === 1 ? `${key}One` : key, params);
}

export function tx(text: TextT | undefined, params?: Record<string, string | number>): string {
  if (!text) return '';
  return markTerms(fill(inLang(lang, (l) => text[l]) ?? '', params));
}

export const childName = (id: ChildId) => t(`blocks.child.${id}.name`);
export const childRedLetter = (id: ChildId) => t(`blocks.child.${id}.redLetter`);
export const caregiverName = (id: CaregiverId) => t(`blocks.caregiver.${id}.name`);
export const caregiverRedLetter = (id: CaregiverId) => t(`blocks.caregiver.${id}.redLetter`);

/** One engine event (or a result-card line of the same shape) as a sentence. */
export function describeEvent(e: ModelEvent | { key: string; block?: ChildId; below?: ChildId; caregiver?: CaregiverId }): string {
  const p: Record<string, string> = {};
  if ('block' in e && e.block) {
    p.block = childName(e.block);
    p.redLetter = childRedLetter(e.block);
  }
  if ('below' in e && e.below) p.below = childName(e.below);
  if ('caregiver' in e && e.caregiver) {
    p.caregiver = caregiverName(e.caregiver);
    p.redLetter = caregiverRedLetter(e.caregiver);
  }
  return t(`event.${e.key}`, p);
}

/** "4 months", "2 years and 3 months". */
/**
 * An age range, as a label of its own ("Pasgeboren – 3 maanden"): its first letter a capital,
 * where `ageLabel` alone stays lower case to sit inside a sentence.
 */
export function ageRange(from: number, to: number): string {
  const first = ageLabel(from);
  return `${first.charAt(0).toLocaleUpperCase(getLang())}${first.slice(1)} – ${ageLabel(to)}`;
}

export function ageLabel(months: number): string {
  const m = Math.floor(months + 1e-6);
  if (m < 1) {
    const weeks = Math.round(months * 4.35);
    return weeks < 1 ? t('ui.newborn') : weeks === 1 ? t('ui.weekOne') : t('ui.weeks', { n: weeks });
  }
  if (m < 24) return m === 1 ? t('ui.monthOne') : t('ui.months', { n: m });
  const y = Math.floor(m / 12);
  const r = m % 12;
  return r === 0 ? t('ui.years', { n: y }) : t('ui.yearsMonths', { y, m: r });
}
