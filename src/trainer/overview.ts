// The class overview: many results files in, a table per student, per scenario what the class
// chose (the moments that split the class most first), the class's average towers and the
// reflections side by side per question. Pure: it only reads the files' own texts.
import type { ResultsFile } from './results';
import { minutes, totalSeconds, type AssignmentRecord } from './record';

export interface StudentRow {
  name: string;
  number: string;
  levelsDone: number;
  levelsAssigned: number;
  minutes: number;
  ruptures: number;
  repairs: number;
  /** Level id → the status word of that level's focus block at its end. */
  focus: Record<string, string>;
}

export interface ScenarioCounts {
  level: string;
  levelTitle: string;
  scenario: string;
  setting: string;
  responses: { id: string; text: string; n: number }[];
  total: number;
  /** 0 when everyone chose alike, towards 1 the more the class split. */
  split: number;
}

export interface AverageTower {
  level: string;
  title: string;
  n: number;
  growth: number[];
  cracks: number[];
}

export interface QuestionAnswers {
  level: string;
  levelTitle: string;
  question: string;
  answers: { student: string; answer: string }[];
}

export interface Overview {
  students: StudentRow[];
  scenarios: ScenarioCounts[];
  averages: AverageTower[];
  questions: QuestionAnswers[];
  levels: { id: string; title: string }[];
}

const label = (r: AssignmentRecord) => r.student.name + (r.student.number ? ` (${r.student.number})` : '');

/** Add a file to the class unless the same file is already in (dropped twice). */
export function addFile(files: ResultsFile[], file: ResultsFile): { files: ResultsFile[]; duplicate: boolean } {
  if (files.some((f) => f.checksum === file.checksum)) return { files, duplicate: true };
  return { files: [...files, file], duplicate: false };
}

export function overview(files: readonly ResultsFile[]): Overview {
  const records = files.map((f) => f.results);
  // (maps, not searches in lists: a class of files stays linear in what it holds)
  const levelTitles = new Map<string, string>();
  for (const r of records) for (const l of r.levels) if (!levelTitles.has(l.id)) levelTitles.set(l.id, l.title);
  const levels = [...levelTitles].map(([id, title]) => ({ id, title }));

  const students: StudentRow[] = records
    .map((r) => ({
      name: r.student.name,
      number: r.student.number ?? '',
      levelsDone: r.levels.filter((l) => l.finishedAt).length,
      levelsAssigned: r.assignment.levels.length,
      minutes: minutes(totalSeconds(r)),
      ruptures: r.levels.reduce((s, l) => s + l.ruptures, 0),
      repairs: r.levels.reduce((s, l) => s + l.repairs, 0),
      focus: Object.fromEntries(r.levels.map((l) => {
        const i = ['safety', 'trust', 'confidence', 'autonomy', 'creativity'].indexOf(l.focus);
        return [l.id, l.end.status[i] ?? ''];
      })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.number.localeCompare(b.number));

  const byScenario = new Map<string, ScenarioCounts>();
  for (const r of records) {
    for (const l of r.levels) {
      for (const c of l.choices) {
        // a repair moment is a moment of its own: its answers are charted apart from the scenario's
        const key = `${l.id}\u0000${c.scenario}${c.inRepair ? '\u0000repair' : ''}`;
        let s = byScenario.get(key);
        if (!s) {
          s = { level: l.id, levelTitle: l.title, scenario: c.scenario, setting: c.setting, responses: [], total: 0, split: 0 };
          byScenario.set(key, s);
        }
        let resp = s.responses.find((x) => x.id === c.response);
        if (!resp) s.responses.push((resp = { id: c.response, text: c.responseText, n: 0 }));
        resp.n++;
        s.total++;
      }
    }
  }
  const scenarios = [...byScenario.values()];
  for (const s of scenarios) {
    s.responses.sort((a, b) => b.n - a.n || a.id.localeCompare(b.id));
    s.split = s.total ? 1 - s.responses[0].n / s.total : 0;
  }
  scenarios.sort((a, b) => b.split - a.split || b.total - a.total || a.level.localeCompare(b.level));

  const averages: AverageTower[] = levels.map(({ id, title }) => {
    const ends = records.flatMap((r) => r.levels.filter((l) => l.id === id && l.finishedAt).map((l) => l.end));
    const avg = (k: 'growth' | 'cracks') => [0, 1, 2, 3, 4].map((i) => (ends.length ? ends.reduce((s, e) => s + e[k][i], 0) / ends.length : 0));
    return { level: id, title, n: ends.length, growth: avg('growth'), cracks: avg('cracks') };
  });

  const byQuestion = new Map<string, QuestionAnswers>();
  for (const r of records) {
    for (const l of r.levels) {
      for (const q of l.questions) {
        if (!q.answer.trim()) continue;
        const key = `${l.id}\u0000${q.question}`;
        let qa = byQuestion.get(key);
        if (!qa) byQuestion.set(key, (qa = { level: l.id, levelTitle: l.title, question: q.question, answers: [] }));
        qa.answers.push({ student: label(r), answer: q.answer });
      }
    }
  }
  const questions = [...byQuestion.values()];
  for (const q of questions) q.answers.sort((a, b) => a.student.localeCompare(b.student));

  return { students, scenarios, averages, questions, levels };
}

/** One row per student and level, for the CSV: every choice and every answer in its own column. */
export function csvRows(files: readonly ResultsFile[], head: { student: string; number: string; level: string; minutes: string; ruptures: string; repairs: string; moment: string; question: string; why: string }): string[][] {
  const rows: { cells: string[]; choices: string[]; whys: string[]; answers: string[] }[] = [];
  for (const f of files) {
    const r = f.results;
    for (const l of r.levels) {
      rows.push({
        cells: [r.student.name, r.student.number ?? '', l.title, String(minutes(l.seconds)), String(l.ruptures), String(l.repairs)],
        choices: l.choices.map((c) => c.responseText),
        whys: l.choices.map((c) => c.why ?? ''),
        answers: l.questions.map((q) => q.answer),
      });
    }
  }
  const nc = Math.max(0, ...rows.map((r) => r.choices.length));
  const nq = Math.max(0, ...rows.map((r) => r.answers.length));
  const pad = (xs: string[], n: number) => [...xs, ...Array<string>(Math.max(0, n - xs.length)).fill('')];
  const header = [head.student, head.number, head.level, head.minutes, head.ruptures, head.repairs,
    ...Array.from({ length: nc }, (_, i) => `${head.moment} ${i + 1}`),
    ...Array.from({ length: nc }, (_, i) => `${head.why} ${i + 1}`),
    ...Array.from({ length: nq }, (_, i) => `${head.question} ${i + 1}`)];
  return [header, ...rows.map((r) => [...r.cells, ...pad(r.choices, nc), ...pad(r.whys, nc), ...pad(r.answers, nq)])];
}
