// The class overview: many results files in, one row per student, per moment what the class chose
// (every option, also those nobody chose, with the students' "why" beside it), the class's
// average towers and the reflections side by side per question. Pure: it reads the files' own
// texts and, for what nobody chose, a catalogue of the moments made from the content.
import type { LevelT, TextT } from '../content/schema';
import type { ResultsFile } from './results';
import { minutes, stampOf, totalSeconds, type AssignmentRecord, type ChoiceRecord, type LevelRecord } from './record';

/**
 * Results files of version 2 (issue 19) keep every attempt: a level played more than once has its
 * `first` attempt beside the last (its own fields) and counts `attempts`; the record has the
 * platform's `score`. Files of version 1 have none of these: one attempt, no score.
 */
const firstChoices = (l: LevelRecord) => l.first?.choices ?? l.choices;
const attemptsOf = (l: LevelRecord) => l.attempts ?? 1;
const scoreOf = (r: AssignmentRecord) => r.score?.raw;

interface StudentRow {
  name: string;
  number: string;
  levelsDone: number;
  levelsAssigned: number;
  minutes: number;
  ruptures: number;
  repairs: number;
  /** Level id → the status word of that level's focus block at its end. */
  focus: Record<string, string>;
  /** How many files of this student (same assignment) came in; the newest is the one shown. */
  files: number;
  /** Levels played more than once (their first attempt is kept beside the last). */
  replayed: number;
  /** The score the platform got (0–100), when the file says it. */
  score?: number;
}

interface MomentOption {
  id: string;
  text: string;
  /** A repair moment's option: what it does (repair, move-on…), from the content. */
  kind?: string;
}

/** One moment of a level as the content has it: a scenario, or the repair moment that may follow it. */
interface MomentDef {
  level: string;
  scenario: string;
  repair: boolean;
  setting: string;
  options: MomentOption[];
}

/** Every moment of every level, in play order (a repair moment right after its scenario). */
export interface Catalogue {
  levels: { id: string; title: string; moments: MomentDef[] }[];
}

export interface MomentCounts {
  /** `level/scenario`, `level/scenario/repair` for the repair moment: unique in a class. */
  key: string;
  level: string;
  levelTitle: string;
  scenario: string;
  repair: boolean;
  setting: string;
  /**
   * Every option, in the content's order, also those nobody chose (n = 0): `n` in the last attempt
   * (the one the why and the reflections are about), `first` in each student's first attempt.
   */
  options: (MomentOption & { n: number; first: number; whys: { student: string; why: string }[] })[];
  total: number;
  /** Answers in first attempts (a student who played once counts the same attempt in both). */
  totalFirst: number;
  /** Some student answered differently in the first attempt than in the last. */
  changed: boolean;
  /** 0 when everyone chose alike, towards 1 the more the class split. */
  split: number;
}

interface AverageTower {
  level: string;
  title: string;
  n: number;
  growth: number[];
  cracks: number[];
}

interface QuestionAnswers {
  level: string;
  levelTitle: string;
  question: string;
  answers: { student: string; answer: string }[];
}

export interface Overview {
  students: StudentRow[];
  /** In play order: level by level, each scenario followed by its repair moment. */
  moments: MomentCounts[];
  averages: AverageTower[];
  questions: QuestionAnswers[];
  levels: { id: string; title: string }[];
  /** Students who handed in more than one file: the newest is used, the older ones are left out. */
  merged: { student: string; files: number }[];
  /** Some student played a level more than once: the overview can show first and last attempt. */
  replays: boolean;
}

const BLOCK_ORDER = ['safety', 'trust', 'confidence', 'autonomy', 'creativity'];

const studentLabel = (r: AssignmentRecord) => r.student.name + (r.student.number ? ` (${r.student.number})` : '');

/** The moments of the levels, with their texts in the given language. */
export function catalogueOf(levels: readonly LevelT[], text: (t: TextT) => string): Catalogue {
  return {
    levels: levels.map((l) => ({
      id: l.id,
      title: text(l.title),
      moments: l.scenarios.flatMap((s) => {
        const own: MomentDef = { level: l.id, scenario: s.id, repair: false, setting: text(s.setting), options: s.responses.map((r) => ({ id: r.id, text: text(r.text) })) };
        return s.repair
          ? [own, { level: l.id, scenario: s.id, repair: true, setting: text(s.repair.setting), options: s.repair.responses.map((r) => ({ id: r.id, text: text(r.text), kind: r.kind })) }]
          : [own];
      }),
    })),
  };
}

const momentKey = (level: string, scenario: string, repair: boolean) => `${level}/${scenario}${repair ? '/repair' : ''}`;
const keyOf = (level: string, c: ChoiceRecord) => momentKey(level, c.scenario, !!c.inRepair);

/** Add a file to the class unless the same file is already in (dropped twice). */
export function addFile(files: ResultsFile[], file: ResultsFile): { files: ResultsFile[]; duplicate: boolean } {
  if (files.some((f) => f.checksum === file.checksum)) return { files, duplicate: true };
  return { files: [...files, file], duplicate: false };
}

const norm = (s: string | undefined) => (s ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
/** One student in one assignment: the same name (case and spaces aside), number and assignment. */
const studentKey = (r: AssignmentRecord) => `${r.assignment.id}\u0000${norm(r.student.name)}\u0000${norm(r.student.number)}`;

/** When a record last changed: its save time, or the latest of its levels' and its own times. */
function newestOf(r: AssignmentRecord): number {
  let t = Math.max(r.savedAt ?? 0, Date.parse(r.finishedAt ?? '') || 0, Date.parse(r.startedAt) || 0);
  for (const l of r.levels) t = Math.max(t, stampOf(l));
  return t;
}

/**
 * One file per student and assignment: of files from the same student, the newest wins (on a tie,
 * the one dropped last). Keeps the order in which students first came in.
 */
export function mergeStudents(files: readonly ResultsFile[]): { files: ResultsFile[]; merged: { student: string; files: number }[]; counts: Map<ResultsFile, number> } {
  const by = new Map<string, { file: ResultsFile; n: number }>();
  for (const f of files) {
    const k = studentKey(f.results);
    const had = by.get(k);
    if (!had) by.set(k, { file: f, n: 1 });
    else {
      had.n++;
      if (newestOf(f.results) >= newestOf(had.file.results)) had.file = f;
    }
  }
  const kept = [...by.values()];
  return {
    files: kept.map((x) => x.file),
    counts: new Map(kept.map((x) => [x.file, x.n])),
    merged: kept
      .filter((x) => x.n > 1)
      .map((x) => ({ student: studentLabel(x.file.results), files: x.n }))
      .sort((a, b) => a.student.localeCompare(b.student)),
  };
}

/** The catalogue's moments for the levels in these files, then any moment the files hold that it lacks. */
function momentsOf(records: readonly AssignmentRecord[], catalogue: Catalogue | undefined, levelOrder: string[]): MomentDef[] {
  const defs = new Map<string, MomentDef>();
  const byLevel = new Map((catalogue?.levels ?? []).map((l) => [l.id, l]));
  for (const id of levelOrder) for (const m of byLevel.get(id)?.moments ?? []) defs.set(momentKey(m.level, m.scenario, m.repair), { ...m, options: [...m.options] });
  for (const r of records) {
    for (const l of r.levels) {
      for (const c of firstChoices(l) === l.choices ? l.choices : [...l.choices, ...firstChoices(l)]) {
        const k = keyOf(l.id, c);
        let d = defs.get(k);
        if (!d) defs.set(k, (d = { level: l.id, scenario: c.scenario, repair: !!c.inRepair, setting: c.setting, options: [] }));
        if (!d.options.some((o) => o.id === c.response)) d.options.push({ id: c.response, text: c.responseText });
      }
    }
  }
  // play order: by level, then the catalogue's order (moments it lacks after its own)
  const pos = new Map(levelOrder.map((id, i) => [id, i]));
  const all = [...defs.values()];
  // a repair moment right after its scenario, wherever it was first met
  const first = new Map<string, number>();
  all.forEach((d, i) => first.set(`${d.level}/${d.scenario}`, Math.min(i, first.get(`${d.level}/${d.scenario}`) ?? i)));
  const rank = (d: MomentDef) => first.get(`${d.level}/${d.scenario}`)!;
  return all.sort((a, b) => (pos.get(a.level) ?? 1e9) - (pos.get(b.level) ?? 1e9) || rank(a) - rank(b) || Number(a.repair) - Number(b.repair));
}

/** The levels in the order the assignments give them (then any other level a file holds). */
function levelsOf(records: readonly AssignmentRecord[], catalogue?: Catalogue): { id: string; title: string }[] {
  const titles = new Map<string, string>();
  for (const r of records) for (const l of r.levels) if (!titles.has(l.id)) titles.set(l.id, l.title);
  const cat = new Map((catalogue?.levels ?? []).map((l) => [l.id, l.title]));
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  };
  for (const r of records) for (const id of r.assignment.levels) add(id);
  for (const r of records) for (const l of r.levels) add(l.id);
  return ids.map((id) => ({ id, title: titles.get(id) ?? cat.get(id) ?? id }));
}

/**
 * The class as one picture. `files` may hold several files of one student: the newest is used
 * (and `merged` says so). `catalogue` adds the options nobody chose.
 */
export function overview(all: readonly ResultsFile[], catalogue?: Catalogue): Overview {
  const { files, merged, counts } = mergeStudents(all);
  const records = files.map((f) => f.results);
  // (maps, not searches in lists: a class of files stays linear in what it holds)
  const levels = levelsOf(records, catalogue);

  const students: StudentRow[] = files
    .map((f) => {
      const r = f.results;
      return {
        name: r.student.name,
        number: r.student.number ?? '',
        levelsDone: r.levels.filter((l) => l.finishedAt).length,
        levelsAssigned: r.assignment.levels.length,
        minutes: minutes(totalSeconds(r)),
        ruptures: r.levels.reduce((s, l) => s + l.ruptures, 0),
        repairs: r.levels.reduce((s, l) => s + l.repairs, 0),
        focus: Object.fromEntries(r.levels.map((l) => [l.id, l.end.status[BLOCK_ORDER.indexOf(l.focus)] ?? ''])),
        files: counts.get(f) ?? 1,
        replayed: r.levels.filter((l) => attemptsOf(l) > 1).length,
        ...(scoreOf(r) !== undefined ? { score: scoreOf(r) } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.number.localeCompare(b.number));

  const titles = new Map(levels.map((l) => [l.id, l.title]));
  const moments: MomentCounts[] = momentsOf(
    records,
    catalogue,
    levels.map((l) => l.id),
  ).map((d) => ({
    key: momentKey(d.level, d.scenario, d.repair),
    level: d.level,
    levelTitle: titles.get(d.level) ?? d.level,
    scenario: d.scenario,
    repair: d.repair,
    setting: d.setting,
    options: d.options.map((o) => ({ ...o, n: 0, first: 0, whys: [] })),
    total: 0,
    totalFirst: 0,
    split: 0,
    changed: false,
  }));
  const byKey = new Map(moments.map((m) => [m.key, m]));
  // the text the students saw (the assignment's language) over the catalogue's, once per moment and option
  const textSeen = new Set<object>();
  for (const r of records) {
    const who = studentLabel(r);
    for (const l of r.levels) {
      const first = firstChoices(l);
      const once = first === l.choices;
      for (const c of l.choices) {
        const m = byKey.get(keyOf(l.id, c))!;
        const o = m.options.find((x) => x.id === c.response)!;
        if (!textSeen.has(m)) {
          textSeen.add(m);
          if (c.setting) m.setting = c.setting;
        }
        if (!textSeen.has(o)) {
          textSeen.add(o);
          if (c.responseText) o.text = c.responseText;
        }
        o.n++;
        m.total++;
        // played once: the first attempt is this one
        if (once) {
          o.first++;
          m.totalFirst++;
        }
        if (c.why?.trim()) o.whys.push({ student: who, why: c.why });
      }
      if (once) continue;
      const last = new Map(l.choices.map((c) => [keyOf(l.id, c), c.response]));
      const seen = new Set<string>();
      for (const c of first) {
        const k = keyOf(l.id, c);
        const m = byKey.get(k)!;
        m.options.find((x) => x.id === c.response)!.first++;
        m.totalFirst++;
        seen.add(k);
        if (last.get(k) !== c.response) m.changed = true;
      }
      // a repair moment met in the last attempt only is a change too
      for (const k of last.keys()) if (!seen.has(k)) byKey.get(k)!.changed = true;
    }
  }
  for (const m of moments) {
    m.split = m.total ? 1 - Math.max(...m.options.map((o) => o.n)) / m.total : 0;
    for (const o of m.options) o.whys.sort((a, b) => a.student.localeCompare(b.student));
  }

  const averages: AverageTower[] = levels
    .map(({ id, title }) => {
      const ends = records.flatMap((r) => r.levels.filter((l) => l.id === id && l.finishedAt).map((l) => l.end));
      const avg = (k: 'growth' | 'cracks') => [0, 1, 2, 3, 4].map((i) => (ends.length ? ends.reduce((s, e) => s + e[k][i], 0) / ends.length : 0));
      return { level: id, title, n: ends.length, growth: avg('growth'), cracks: avg('cracks') };
    })
    .filter((a) => a.n > 0);

  const byQuestion = new Map<string, QuestionAnswers>();
  for (const r of records) {
    for (const l of r.levels) {
      for (const q of l.questions) {
        if (!q.answer.trim()) continue;
        const key = `${l.id}\u0000${q.question}`;
        let qa = byQuestion.get(key);
        if (!qa) byQuestion.set(key, (qa = { level: l.id, levelTitle: l.title, question: q.question, answers: [] }));
        qa.answers.push({ student: studentLabel(r), answer: q.answer });
      }
    }
  }
  const questions = [...byQuestion.values()];
  for (const q of questions) q.answers.sort((a, b) => a.student.localeCompare(b.student));

  const replays = records.some((r) => r.levels.some((l) => attemptsOf(l) > 1 || firstChoices(l) !== l.choices));
  return { students, moments, averages, questions, levels: levels.filter((l) => records.some((r) => r.levels.some((x) => x.id === l.id))), merged, replays };
}

/**
 * The `n` moments the class was most divided on (widest spread of answers first; a moment fewer
 * than two students answered is no discussion). For "Bespreek in de klas": each carries its level,
 * scenario and whether it is the repair moment, enough to open that moment in class mode.
 */
export function mostDivided(o: Pick<Overview, 'moments'>, n: number): MomentCounts[] {
  const spread = (m: MomentCounts) => m.options.filter((x) => x.n > 0).length;
  return o.moments
    .filter((m) => m.total >= 2 && m.split > 0)
    .sort((a, b) => b.split - a.split || spread(b) - spread(a) || b.total - a.total || a.key.localeCompare(b.key))
    .slice(0, Math.max(0, n));
}

export interface CsvHead {
  student: string;
  number: string;
  levelsDone: string;
  minutes: string;
  ruptures: string;
  repairs: string;
  /** Put after a repair moment's id: "herstelmoment". */
  repair: string;
  /** Put after a moment's id for the first attempt's answer: "eerste poging". */
  first: string;
  /** Levels played more than once; the score the platform got. */
  replayed: string;
  score: string;
  why: string;
  question: string;
}

/**
 * One row per student (duplicates merged as in the overview), one column per moment id and one
 * per repair moment, the same columns for every student whatever repair moments they met; the
 * why of each moment in a column beside it; then each level's questions.
 */
export function csvRows(all: readonly ResultsFile[], head: CsvHead, catalogue?: Catalogue): string[][] {
  const { files } = mergeStudents(all);
  const records = files.map((f) => f.results);
  const levels = levelsOf(records, catalogue);
  const defs = momentsOf(
    records,
    catalogue,
    levels.map((l) => l.id),
  );
  // a scenario id used in two levels is told apart by its level
  const uses = new Map<string, number>();
  for (const d of defs) if (!d.repair) uses.set(d.scenario, (uses.get(d.scenario) ?? 0) + 1);
  const idOf = (d: MomentDef) => `${(uses.get(d.scenario) ?? 0) > 1 ? `${d.level}/` : ''}${d.scenario}${d.repair ? ` (${head.repair})` : ''}`;
  const nq = new Map<string, number>();
  for (const r of records) for (const l of r.levels) nq.set(l.id, Math.max(nq.get(l.id) ?? 0, l.questions.length));
  const qcols = levels.flatMap((l) => Array.from({ length: nq.get(l.id) ?? 0 }, (_, i) => ({ level: l.id, i })));

  // the first attempt's answer beside the last, once anyone in the class played a level again
  const replays = records.some((r) => r.levels.some((l) => attemptsOf(l) > 1 || firstChoices(l) !== l.choices));
  const scores = records.some((r) => scoreOf(r) !== undefined);
  const header = [
    head.student,
    head.number,
    head.levelsDone,
    head.minutes,
    head.ruptures,
    head.repairs,
    ...(replays ? [head.replayed] : []),
    ...(scores ? [head.score] : []),
    ...defs.flatMap((d) => [idOf(d), ...(replays ? [`${idOf(d)} · ${head.first}`] : []), `${idOf(d)} · ${head.why}`]),
    ...qcols.map((q) => `${q.level} · ${head.question} ${q.i + 1}`),
  ];
  const rows = records
    .map((r) => {
      const picks = new Map<string, ChoiceRecord>();
      const firsts = new Map<string, ChoiceRecord>();
      for (const l of r.levels) {
        for (const c of l.choices) picks.set(keyOf(l.id, c), c);
        for (const c of firstChoices(l)) firsts.set(keyOf(l.id, c), c);
      }
      const score = scoreOf(r);
      const answers = new Map(r.levels.map((l) => [l.id, l.questions]));
      return [
        r.student.name,
        r.student.number ?? '',
        String(r.levels.filter((l) => l.finishedAt).length),
        String(minutes(totalSeconds(r))),
        String(r.levels.reduce((s, l) => s + l.ruptures, 0)),
        String(r.levels.reduce((s, l) => s + l.repairs, 0)),
        ...(replays ? [String(r.levels.filter((l) => attemptsOf(l) > 1).length)] : []),
        ...(scores ? [score === undefined ? '' : String(score)] : []),
        ...defs.flatMap((d) => {
          const k = momentKey(d.level, d.scenario, d.repair);
          const c = picks.get(k);
          return [c?.responseText ?? '', ...(replays ? [firsts.get(k)?.responseText ?? ''] : []), c?.why ?? ''];
        }),
        ...qcols.map((q) => answers.get(q.level)?.[q.i]?.answer ?? ''),
      ];
    })
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  return [header, ...rows];
}
