// Parse and check content files. Pure: takes file names and texts, so the browser (Vite glob) and
// the command line (fs) share it. Every error names the file, the item id and the field.
import * as v from 'valibot';
import { Handbook, LANGS, Level, LIMITS, type HandbookT, type LevelT } from './schema';

/** A content file as text (command line) or already parsed (the browser build parses YAML at build time). */
export interface ContentFile {
  path: string;
  text?: string;
  data?: unknown;
}

export interface ContentError {
  file: string;
  item: string;
  field: string;
  message: string;
}

export interface Content {
  levels: LevelT[];
  handbook?: HandbookT;
  /** Locale strings for the interface: lang -> flat key -> text. */
  locales: Record<string, Record<string, string>>;
  errors: ContentError[];
  /** Text keys present in one language but not the other: "file#field.lang". */
  missing: string[];
}

export function formatError(e: ContentError): string {
  return `${e.file}: ${e.item ? e.item + ': ' : ''}${e.field ? e.field + ': ' : ''}${e.message}`;
}

/** Turn a valibot issue path into a field name that uses item ids where they exist. */
function describePath(issue: v.BaseIssue<unknown>): { item: string; field: string } {
  const ids: string[] = [];
  let field = '';
  for (const p of issue.path ?? []) {
    const key = (p as { key: unknown }).key;
    const value = (p as { value: unknown }).value;
    if (typeof key === 'number') {
      const itemId = value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;
      if (itemId) ids.push(itemId);
      field += `[${itemId ?? key}]`;
    } else field += (field ? '.' : '') + String(key);
  }
  return { item: ids.join('/'), field };
}

/** Turns a file's text into data; the command line passes a YAML parser, the browser needs none. */
export type TextParser = (text: string) => unknown;

function readData(file: ContentFile, errors: ContentError[], parseText?: TextParser): unknown {
  if (file.text === undefined) return file.data;
  if (!parseText) {
    errors.push({ file: file.path, item: '', field: '', message: 'was given as text, but no parser was given' });
    return undefined;
  }
  try {
    return parseText(file.text);
  } catch (e) {
    errors.push({ file: file.path, item: '', field: '', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** Valibot's default wording for missing and unknown keys, in words a writer follows. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined') return 'is missing';
  if (issue.message.startsWith('Invalid key')) return 'is not a known field (check the spelling)';
  return issue.message;
}

function parseFile<T>(file: ContentFile, schema: v.GenericSchema<unknown, T>, errors: ContentError[], parseText?: TextParser): T | undefined {
  const data = readData(file, errors, parseText);
  if (data === undefined) return undefined;
  const top = data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : '';
  const r = v.safeParse(schema, data);
  if (!r.success) {
    for (const issue of r.issues) {
      const { item, field } = describePath(issue);
      errors.push({ file: file.path, item: [top, item].filter(Boolean).join('/'), field, message: plainMessage(issue) });
    }
    return undefined;
  }
  return r.output;
}

/** Every text object ({nl, en}) in a tree, with its field path. */
function missingTexts(node: unknown, path: string, file: string, out: string[]) {
  if (Array.isArray(node)) {
    node.forEach((x, i) => {
      const id = x && typeof x === 'object' && typeof x.id === 'string' ? x.id : i;
      missingTexts(x, `${path}[${id}]`, file, out);
    });
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length > 0 && keys.every((k) => (LANGS as readonly string[]).includes(k))) {
    for (const lang of LANGS) if (typeof o[lang] !== 'string') out.push(`${file}#${path}.${lang}`);
    return;
  }
  for (const k of keys) missingTexts(o[k], path ? `${path}.${k}` : k, file, out);
}

function flatten(node: unknown, prefix: string, out: Record<string, string>) {
  if (typeof node === 'string') out[prefix] = node;
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
}

const baseName = (p: string) => p.split('/').pop() ?? p;

export function loadContent(files: ContentFile[], parseText?: TextParser): Content {
  const errors: ContentError[] = [];
  const missing: string[] = [];
  const levels: LevelT[] = [];
  let handbook: HandbookT | undefined;
  const locales: Record<string, Record<string, string>> = {};
  const pathOf = new Map<LevelT, string>();
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const name = baseName(f.path);
    // the game loads *.yaml only: anything else in the content folders would silently be missing
    if (!/\.yaml$/.test(name)) {
      errors.push({ file: f.path, item: '', field: '', message: 'is not loaded by the game: content files must end in .yaml' });
      continue;
    }
    if (/\/locales\//.test(f.path) || /^(nl|en)\.ya?ml$/.test(name)) {
      const lang = name.replace(/\.ya?ml$/, '');
      const data = readData(f, errors, parseText);
      if (data === undefined) continue;
      const flat: Record<string, string> = {};
      flatten(data, '', flat);
      locales[lang] = flat;
    } else if (name.startsWith('handbook')) {
      handbook = parseFile(f, Handbook, errors, parseText);
      if (handbook) missingTexts(handbook, '', f.path, missing);
    } else {
      const level = parseFile(f, Level, errors, parseText);
      if (!level) continue;
      if (name.replace(/\.ya?ml$/, '') !== level.id) {
        errors.push({ file: f.path, item: level.id, field: 'id', message: `must match the file name (${level.id}.yaml)` });
      }
      pathOf.set(level, f.path);
      const before = errors.length;
      checkLevel(level, f.path, errors);
      // a level with an error in itself is left out, as the game's notice says, not half-played
      if (errors.length > before) continue;
      missingTexts(level, '', f.path, missing);
      levels.push(level);
    }
  }
  const clashing = crossCheck(levels, (l) => pathOf.get(l) ?? '', errors);
  for (let i = levels.length - 1; i >= 0; i--) if (clashing.has(levels[i])) levels.splice(i, 1);
  if (levels.length > LIMITS.levels) {
    errors.push({ file: 'content/levels', item: '', field: '', message: `has ${levels.length} levels, at most ${LIMITS.levels}` });
    levels.length = LIMITS.levels;
  }
  const langs = Object.keys(locales);
  for (const a of langs) for (const b of langs) {
    if (a === b) continue;
    for (const key of Object.keys(locales[a])) if (!(key in locales[b])) missing.push(`locales/${b}.yaml#${key}`);
  }
  levels.sort((a, b) => a.order - b.order);
  return { levels, handbook, locales, errors, missing: [...new Set(missing)].sort() };
}

/**
 * For the whole content (the game, the content command): at least one level that can be played,
 * and the handbook. Adds errors to `c` and returns it.
 */
export function checkComplete(c: Content): Content {
  if (!c.levels.length) c.errors.push({ file: 'content/levels', item: '', field: '', message: 'has no level that can be played: the game needs at least one' });
  if (!c.handbook && !c.errors.some((e) => baseName(e.file).startsWith('handbook'))) {
    c.errors.push({ file: 'content/handbook.yaml', item: '', field: '', message: 'is missing: the game needs its handbook' });
  }
  return c;
}

function checkLevel(level: LevelT, file: string, errors: ContentError[]) {
  const seen = new Set<string>();
  for (const s of level.scenarios) {
    if (seen.has(s.id)) errors.push({ file, item: `${level.id}/${s.id}`, field: 'id', message: 'is used by more than one scenario' });
    seen.add(s.id);
    const rs = new Set<string>();
    for (const r of s.responses) {
      if (rs.has(r.id)) errors.push({ file, item: `${level.id}/${s.id}/${r.id}`, field: 'id', message: 'is used by more than one response in this scenario' });
      rs.add(r.id);
    }
    if (s.repair) {
      const item = `${level.id}/${s.id}/repair`;
      for (const a of s.repair.after) {
        if (!rs.has(a)) errors.push({ file, item, field: 'after', message: `names "${a}", which is not a response of this scenario` });
      }
      const ids = new Set<string>();
      for (const r of s.repair.responses) {
        if (ids.has(r.id) || rs.has(r.id)) errors.push({ file, item: `${item}/${r.id}`, field: 'id', message: 'is used by more than one response in this scenario' });
        ids.add(r.id);
      }
      if (!s.repair.responses.some((r) => r.kind === 'repair')) errors.push({ file, item, field: 'responses', message: 'must have one response of kind repair' });
    }
  }
}

/** Ids and orders that clash between levels; returns the levels that clash with one before them. */
function crossCheck(levels: LevelT[], fileOf: (l: LevelT) => string, errors: ContentError[]): Set<LevelT> {
  const clashing = new Set<LevelT>();
  const levelIds = new Map<string, LevelT>();
  const orders = new Map<number, LevelT>();
  const scenarioIds = new Map<string, LevelT>();
  for (const l of levels) {
    const other = levelIds.get(l.id);
    if (other) {
      errors.push({ file: fileOf(l), item: l.id, field: 'id', message: 'is used by another level too' });
      clashing.add(l);
    }
    levelIds.set(l.id, l);
    const o = orders.get(l.order);
    if (o) {
      errors.push({ file: fileOf(l), item: l.id, field: 'order', message: `is the same as level ${o.id}` });
      clashing.add(l);
    }
    orders.set(l.order, l);
    for (const s of l.scenarios) {
      const prev = scenarioIds.get(s.id);
      if (prev && prev !== l) {
        errors.push({ file: fileOf(l), item: `${l.id}/${s.id}`, field: 'id', message: `is used in level ${prev.id} too` });
        clashing.add(l);
      }
      scenarioIds.set(s.id, l);
    }
  }
  return clashing;
}
