// The game's languages, declared once. Every language type, the language picker, link, save and
// assignment checks, the content schema, locale loading, the read-aloud voice and the date format
// follow from this table. A third language is one line here, its locale file
// (assets/locales/<code>.yaml, with `settings.lang<Code>` in every locale) and its content texts.
// Data only (no imports): the trainer's tools may read it too.

export const LANG_TABLE = {
  // Dutch first: a text missing in another language falls back to Dutch
  nl: { dateLocale: 'nl-NL', voices: ['nl-nl', 'nl-be'] },
  en: { dateLocale: 'en-GB', voices: ['en-gb', 'en-us', 'en-ie', 'en-au'] },
} as const satisfies Record<string, { dateLocale: string; voices: readonly string[] }>;

export type Lang = keyof typeof LANG_TABLE;
/** The languages in order of preference: the first is the one every text falls back to. */
export const LANGS = Object.keys(LANG_TABLE) as Lang[];
/** A browser set to a language the game does not speak gets English. */
export const OTHERWISE: Lang = 'en';

export const isLang = (x: unknown): x is Lang => typeof x === 'string' && Object.hasOwn(LANG_TABLE, x);

/** Where a text in `l` is looked for: `l` itself, then the other languages in order. */
export const fallbackOrder = (l: Lang): Lang[] => [l, ...LANGS.filter((x) => x !== l)];

/** The language after `l` (the guide's "read it in the other language" button). */
export const nextLang = (l: Lang): Lang => LANGS[(LANGS.indexOf(l) + 1) % LANGS.length];

/** The interface key of a language's name in the picker: `settings.langNl`. */
export const langNameKey = (l: Lang) => `settings.lang${l[0].toUpperCase()}${l.slice(1)}`;

/** A content text object: one optional text per language. */
export type PerLang<T> = Partial<Record<Lang, T>>;
