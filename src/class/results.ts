// The class results file: what the class voted per moment in class mode (first and second vote,
// the answer the tower played, the what-if), for the class overview to read next to the homework
// results. Counts only: no names, no card numbers. JSON with a version and a SHA-256 checksum of its
// body, like the students' results files. Pure (Web Crypto only).
import type { Lang, LevelT } from '../content/schema';
import { canonical, sha256 } from '../trainer/results';
import { LETTERS, lettered, majority, type ClassState, type Counts, type Letter, type Round } from './vote';
import { nextBeat, type Choice } from '../model';
import { isLang } from '../content/langs';

const CLASS_FORMAT = 'bouwstenen-class';
const CLASS_VERSION = 1;
export const MAX_CLASS_BYTES = 500_000;

interface ClassVote {
  /** How many per answer; null when only the majority was given. */
  counts: Counts | null;
  majority: Letter | null;
}

export interface ClassMoment {
  scenario: string;
  repair: boolean;
  setting: string;
  options: { letter: Letter; id: string; text: string }[];
  first: ClassVote;
  second: ClassVote;
  played: Letter;
  by: 'majority' | 'lecturer';
  whatIf: Letter | null;
}

interface ClassRecord {
  level: string;
  levelTitle: string;
  lang: Lang;
  /** ISO time the file was saved. */
  at: string;
  moments: ClassMoment[];
  questions: string[];
}

export interface ClassFile {
  format: typeof CLASS_FORMAT;
  version: number;
  checksum: string;
  results: ClassRecord;
}

const voteOf = (r: Round): ClassVote => ({ counts: r.source === 'majority' ? null : { ...r.counts }, majority: majority(r) });

/** The record of a session, in the lecturer's language (`text` picks the language of a content text). */
export function classRecord(level: LevelT, s: ClassState, lang: Lang, at: string): ClassRecord {
  const tx = (t: Partial<Record<Lang, string>>) => t[lang] ?? t.nl ?? t.en ?? '';
  // replay the run to find each moment's beat (its setting, its answers as shown)
  let choices: Choice[] = s.choices.slice(0, s.prefix);
  const moments: ClassMoment[] = s.moments.map((m) => {
    const beat = nextBeat(level, choices)!;
    const setting = beat.kind === 'repair' ? beat.scenario.repair!.setting : beat.scenario.setting;
    const options = lettered(beat, s.seed).map((o) => ({ letter: o.letter, id: o.response.id, text: tx(o.response.text) }));
    const id = m.options[LETTERS.indexOf(m.played)];
    choices = [...choices, m.repair ? { scenario: m.scenario, response: id, repair: true } : { scenario: m.scenario, response: id }];
    return { scenario: m.scenario, repair: m.repair, setting: tx(setting), options, first: voteOf(m.first), second: voteOf(m.second), played: m.played, by: m.by, whatIf: m.whatIf };
  });
  return { level: level.id, levelTitle: tx(level.title), lang, at, moments, questions: level.questions.map(tx) };
}

export async function buildClassFile(record: ClassRecord): Promise<string> {
  // format first, so a reader can tell the file by its first bytes
  const file: ClassFile = { format: CLASS_FORMAT, version: CLASS_VERSION, checksum: await sha256(canonical(record)), results: record };
  return JSON.stringify(file, null, 1);
}

/** The file's first bytes say it is a class results file (the overview reads those itself, not in the worker). */
export const looksLikeClassFile = (head: string) => /^\uFEFF?\s*\{\s*"format"\s*:\s*"bouwstenen-class"/.test(head);

type ClassParsed = { ok: true; file: ClassFile } | { ok: false; error: 'notJson' | 'notClass' | 'otherVersion' | 'checksum' | 'fields' | 'tooBig' };

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isStr = (x: unknown, max = 2000) => typeof x === 'string' && x.length <= max;
const isLetter = (x: unknown) => typeof x === 'string' && (LETTERS as readonly string[]).includes(x);
const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100_000;
const isVote = (v: unknown) =>
  isObj(v) && (v.majority === null || isLetter(v.majority)) && (v.counts === null || (isObj(v.counts) && LETTERS.every((l) => isCount((v.counts as Record<string, unknown>)[l]))));

function goodRecord(r: unknown): r is ClassRecord {
  if (!isObj(r) || !isStr(r.level, 100) || !isStr(r.levelTitle, 500) || !isLang(r.lang) || !isStr(r.at, 40)) return false;
  if (!Array.isArray(r.questions) || r.questions.length > 20 || !r.questions.every((q) => isStr(q))) return false;
  if (!Array.isArray(r.moments) || r.moments.length > 200) return false;
  return r.moments.every(
    (m) =>
      isObj(m) &&
      isStr(m.scenario, 100) &&
      typeof m.repair === 'boolean' &&
      isStr(m.setting) &&
      Array.isArray(m.options) &&
      m.options.length <= 4 &&
      m.options.every((o) => isObj(o) && isLetter(o.letter) && isStr(o.id, 100) && isStr(o.text)) &&
      isVote(m.first) &&
      isVote(m.second) &&
      isLetter(m.played) &&
      (m.by === 'majority' || m.by === 'lecturer') &&
      (m.whatIf === null || isLetter(m.whatIf)),
  );
}

export async function parseClassFile(text: string): Promise<ClassParsed> {
  if (text.length > MAX_CLASS_BYTES) return { ok: false, error: 'tooBig' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (!isObj(raw) || raw.format !== CLASS_FORMAT) return { ok: false, error: 'notClass' };
  if (raw.version !== CLASS_VERSION) return { ok: false, error: 'otherVersion' };
  if (typeof raw.checksum !== 'string' || (await sha256(canonical(raw.results))) !== raw.checksum) return { ok: false, error: 'checksum' };
  if (!goodRecord(raw.results)) return { ok: false, error: 'fields' };
  return { ok: true, file: raw as unknown as ClassFile };
}

/** A file name for the download: bouwstenen-klas-<level>-<date>.json */
export const classFileName = (r: ClassRecord) => `bouwstenen-klas-${r.level}-${r.at.slice(0, 10)}.json`;
