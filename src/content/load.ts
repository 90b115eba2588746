// Parse and check content files. Pure: takes file names and texts, so the browser (Vite glob) and
// the command line (fs) share it. Every error names the file, the item id and the field.
import * as v from 'valibot';
import { Guide, Handbook, INTERACTION_SKILLS, LANGS, Level, LIMITS, type GuideT, type HandbookT, type LevelT } from './schema';
import { isLang } from './langs';

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
  /** The lecturer's guide (the browser loads it only when a lecturer opens it: see loadGuide). */
  guide?: GuideT;
  /** Locale strings for the interface: lang -> flat key -> text. */
  locales: Record<string, Record<string, string>>;
  errors: ContentError[];
  /** Text keys present in one language but not the other: "file#field.lang". */
  missing: string[];
}

export function formatError(e: ContentError): string {
  return `${e.file}: ${e.item ? e.item + ': ' : ''}${e.field ? e.field + ': ' : ''}${e.message}`;
}

/**
 * What names an item in a list: its id, or in the guide the level it is about, a question's number
 * or a skill.
 */
function itemKey(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if (typeof o.id === 'string') return o.id;
  if (typeof o.level === 'string') return o.level;
  if (typeof o.question === 'number') return `question-${o.question}`;
  if (typeof o.skill === 'string') return o.skill;
  return null;
}

/** Turn a valibot issue path into a field name that uses item ids where they exist. */
function describePath(issue: v.BaseIssue<unknown>): { item: string; field: string } {
  const ids: string[] = [];
  let field = '';
  for (const p of issue.path ?? []) {
    const key = (p as { key: unknown }).key;
    const value = (p as { value: unknown }).value;
    if (typeof key === 'number') {
      const itemId = itemKey(value);
      if (itemId) ids.push(itemId);
      field += `[${itemId ?? key}]`;
    } else field += (field ? '.' : '') + String(key);
  }
  return { item: ids.join('/'), field };
}

/** Turns a file's text into data; the command line passes a YAML parser, the browser needs none. */
type TextParser = (text: string) => unknown;

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
      const id = itemKey(x) ?? i;
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
  let guideFile: ContentFile | undefined;
  const levelFileIds = new Set<string>();
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const name = baseName(f.path);
    // the game loads *.yaml only: anything else in the content folders would silently be missing
    if (!/\.yaml$/.test(name)) {
      errors.push({ file: f.path, item: '', field: '', message: 'is not loaded by the game: content files must end in .yaml' });
      continue;
    }
    if (/\/locales\//.test(f.path) || isLang(name.replace(/\.ya?ml$/, ''))) {
      const lang = name.replace(/\.ya?ml$/, '');
      const data = readData(f, errors, parseText);
      if (data === undefined) continue;
      const flat: Record<string, string> = {};
      flatten(data, '', flat);
      locales[lang] = flat;
    } else if (name.startsWith('handbook')) {
      handbook = parseFile(f, Handbook, errors, parseText);
      if (handbook) missingTexts(handbook, '', f.path, missing);
    } else if (name.startsWith('guide')) {
      // checked against the levels once they are all in
      guideFile = f;
    } else {
      levelFileIds.add(name.replace(/\.yaml$/, ''));
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
  for (const a of langs)
    for (const b of langs) {
      if (a === b) continue;
      for (const key of Object.keys(locales[a])) if (!(key in locales[b])) missing.push(`locales/${b}.yaml#${key}`);
    }
  levels.sort((a, b) => a.order - b.order);
  let guide: GuideT | undefined;
  if (guideFile) {
    const g = loadGuide(guideFile, levels, parseText, levelFileIds);
    guide = g.guide;
    errors.push(...g.errors);
    missing.push(...g.missing);
  }
  return { levels, handbook, guide, locales, errors, missing: [...new Set(missing)].sort() };
}

/**
 * For the whole content (the game, the content command): at least one level that can be played,
 * and the handbook. Adds errors to `c` and returns it.
 */
export function checkComplete(c: Content, opts: { guide?: boolean } = {}): Content {
  if (!c.levels.length) c.errors.push({ file: 'content/levels', item: '', field: '', message: 'has no level that can be played: the game needs at least one' });
  if (!c.handbook && !c.errors.some((e) => baseName(e.file).startsWith('handbook'))) {
    c.errors.push({ file: 'content/handbook.yaml', item: '', field: '', message: 'is missing: the game needs its handbook' });
  }
  if (opts.guide && !c.guide && !c.errors.some((e) => baseName(e.file).startsWith('guide'))) {
    c.errors.push({ file: 'content/guide.yaml', item: '', field: '', message: 'is missing: the game needs its guide for lecturers' });
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

// ---- The lecturer's guide --------------------------------------------------------------------

/** The total of a response's effects: the best answers of a scenario have the highest. */
const total = (effects: Partial<Record<string, number | undefined>>) => Object.values(effects).reduce<number>((a, b) => a + (b ?? 0), 0);

/**
 * Parse the guide and check it against the levels: every level has an entry, every debrief
 * question an answer indication (its `cue` still in the question), every example a best answer of
 * its scenario (or a repair), lesson steps that add up. `levelFiles`: ids of level files that
 * exist but could not be loaded; their entries are not reported as unknown.
 */
export function loadGuide(file: ContentFile, levels: LevelT[], parseText?: TextParser, levelFiles: Set<string> = new Set()): { guide?: GuideT; errors: ContentError[]; missing: string[] } {
  const errors: ContentError[] = [];
  const missing: string[] = [];
  const guide = parseFile(file, Guide, errors, parseText);
  if (!guide) return { errors, missing };
  missingTexts(guide, '', file.path, missing);
  const err = (item: string, field: string, message: string) => errors.push({ file: file.path, item, field, message });

  const defined = guide.skills.map((s) => s.id);
  for (const skill of INTERACTION_SKILLS) {
    const n = defined.filter((d) => d === skill).length;
    if (n !== 1) err(skill, 'skills', n ? 'is described more than once' : 'is not described: the guide describes each of the six skills once');
  }

  const byLevel = new Map<string, (typeof guide.levels)[number]>();
  for (const entry of guide.levels) {
    if (byLevel.has(entry.level)) err(entry.level, 'levels', 'has more than one entry');
    byLevel.set(entry.level, entry);
  }
  for (const entry of guide.levels) {
    const level = levels.find((l) => l.id === entry.level);
    if (!level) {
      if (!levelFiles.has(entry.level)) err(entry.level, 'level', `names a level the game does not have (levels: ${levels.map((l) => l.id).join(', ')})`);
      continue;
    }
    const seen = new Set<number>();
    for (const q of entry.questions) {
      const item = `${level.id}/question-${q.question}`;
      if (seen.has(q.question)) err(item, 'question', 'has more than one answer indication');
      seen.add(q.question);
      const asked = level.questions[q.question - 1];
      if (!asked) {
        err(item, 'question', `names question ${q.question}, but level ${level.id} has ${level.questions.length}`);
        continue;
      }
      if (!(asked.nl ?? '').toLowerCase().includes(q.cue.toLowerCase())) {
        err(item, 'cue', `"${q.cue}" is not in question ${q.question} of level ${level.id} any more: was the question rewritten? Check the answer indication, then update the cue`);
      }
    }
    level.questions.forEach((_, i) => {
      if (!seen.has(i + 1)) err(`${level.id}/question-${i + 1}`, 'questions', `has no answer indication: level ${level.id} asks question ${i + 1} in its debrief`);
    });
    for (const s of entry.skills) {
      for (const ex of s.examples) {
        const item = `${level.id}/${s.skill}`;
        const [sid, rid] = ex.split('/');
        const scenario = level.scenarios.find((x) => x.id === sid);
        if (!scenario) {
          err(item, 'examples', `names "${ex}": level ${level.id} has no scenario "${sid}"`);
          continue;
        }
        const response = scenario.responses.find((r) => r.id === rid);
        const repair = scenario.repair?.responses.find((r) => r.id === rid);
        if (repair) {
          if (repair.kind !== 'repair') err(item, 'examples', `names "${ex}", a repair-moment option of kind ${repair.kind}: an example must be a best answer or a repair`);
        } else if (!response) {
          err(item, 'examples', `names "${ex}": scenario ${sid} has no response "${rid}"`);
        } else {
          const best = Math.max(...scenario.responses.map((r) => total(r.effects)));
          if (total(response.effects) < best)
            err(item, 'examples', `names "${ex}", which is not a best answer of its scenario (its effects add up to ${total(response.effects)}, the best to ${best})`);
        }
      }
    }
  }
  for (const level of levels) {
    if (!byLevel.has(level.id)) err(level.id, 'levels', `has no entry: every level needs learning outcomes, answer indications and interaction skills in the guide`);
  }

  const ids = (what: string, list: { id: string }[]) => {
    const seen = new Set<string>();
    for (const x of list) {
      if (seen.has(x.id)) err(x.id, what, 'is used more than once');
      seen.add(x.id);
    }
  };
  ids('rubric.levels', guide.rubric.levels);
  ids('rubric.criteria', guide.rubric.criteria);
  ids('lessons', guide.lessons);
  ids('references', guide.references);
  for (const lesson of guide.lessons) {
    const sum = lesson.steps.reduce((a, s) => a + s.minutes, 0);
    if (sum !== lesson.minutes) err(lesson.id, 'steps', `add up to ${sum} minutes, but the lesson takes ${lesson.minutes}`);
  }
  // a guide that disagrees with a level is still shown (the check reports it); one that does not parse is not
  return { guide, errors, missing };
}
