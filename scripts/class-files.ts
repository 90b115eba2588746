// Results files of a made-up class, from the real content: for the overview benchmark
// (scripts/bench-overview.ts), its browser test and screenshots. Each student plays the assigned
// levels with seeded random picks (repair moments where the content has them), answers every
// question and writes why at two moments per level, as real students hand in. Node only.
import { loadFromDisk } from '../src/content/node';
import type { LevelT, TextT } from '../src/content/schema';
import { seededRng } from '../src/model';
import type { AssignmentRecord, ChoiceRecord, LevelRecord } from '../src/trainer/record';
import { buildResults } from '../src/trainer/results';

const FIRST = [
  'Anna',
  'Bram',
  'Cem',
  'Daan',
  'Eva',
  'Fatima',
  'Gijs',
  'Hanna',
  'Ilias',
  'Jasmijn',
  'Kees',
  'Lotte',
  'Mohammed',
  'Noa',
  'Omar',
  'Puck',
  'Quinten',
  'Roos',
  'Sem',
  'Tess',
  'Umut',
  'Vera',
  'Wout',
  'Yara',
  'Zoë',
];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Yılmaz', 'El Amrani', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks'];
const WHY = [
  'Ze keek me aan en huilde, dus ik dacht dat ze honger had.',
  'Ik wilde eerst rustig blijven, anders schrikt hij nog meer.',
  'Zo zou mijn moeder het ook doen, denk ik.',
  'Het leek me het veiligst voor het kind op dat moment.',
  'Ik twijfelde tussen twee antwoorden, maar koos voor nabijheid.',
];
const ANSWER =
  'Ik merkte dat het kind vooral met zijn lijf liet zien wat het nodig had: huilen, wegkijken, de armen uitsteken. Ik weet niet altijd zeker of ik het goed lees; als het misgaat probeer ik het opnieuw en zeg ik sorry. ';

export const ASSIGNED = ['phase-1-safety', 'phase-2-trust', 'phase-3-confidence'];

const nl = (t: TextT) => t.nl ?? '';

function play(level: LevelT, rand: () => number, whyAt: Set<number>): ChoiceRecord[] {
  const out: ChoiceRecord[] = [];
  level.scenarios.forEach((s, k) => {
    const r = s.responses[Math.floor(rand() * s.responses.length)];
    out.push({
      scenario: s.id,
      response: r.id,
      setting: nl(s.setting),
      responseText: nl(r.text),
      reaction: nl(r.reaction),
      feedback: nl(r.feedback),
      ...(whyAt.has(k) ? { why: WHY[Math.floor(rand() * WHY.length)] } : {}),
    });
    if (s.repair?.after.includes(r.id)) {
      const p = s.repair.responses[Math.floor(rand() * s.repair.responses.length)];
      out.push({
        scenario: s.id,
        response: p.id,
        setting: nl(s.repair.setting),
        responseText: nl(p.text),
        reaction: nl(p.reaction),
        feedback: nl(p.feedback),
        inRepair: true,
        ...(p.kind === 'repair' ? { repair: true } : {}),
      });
    }
  });
  return out;
}

/** The record of student `i` of a class: the same i and seed give the same record. */
export function classRecord(levels: readonly LevelT[], i: number, seed = 1, assigned = ASSIGNED): AssignmentRecord {
  const rand = seededRng(seed * 100_003 + i).next;
  const day = Date.parse('2026-11-30T09:00:00Z') + i * 60_000;
  const recs: LevelRecord[] = assigned.map((id, n) => {
    const level = levels.find((l) => l.id === id)!;
    const whyAt = new Set([Math.floor(rand() * level.scenarios.length), Math.floor(rand() * level.scenarios.length)]);
    const choices = play(level, rand, whyAt);
    const g = () => Math.round(rand() * 1000) / 1000;
    const start = new Date(day + n * 3_600_000).toISOString();
    // every fifth student played the first level twice: its first attempt is kept beside the last
    const again = n === 0 && i % 5 === 0;
    const first = again ? play(level, rand, new Set()) : undefined;
    return {
      ...(first
        ? {
            attempts: 2,
            first: {
              choices: first,
              end: { growth: [g(), g(), 0, 0, 0], cracks: [0, 0, 0, 0, 0], strength: [g(), g(), g(), g(), g()], status: ['growing', 'waiting', 'locked', 'locked', 'locked'] },
              ruptures: 1,
              repairs: 0,
              seconds: 600,
            },
          }
        : {}),
      id,
      title: nl(level.title),
      focus: level.focus,
      choices,
      end: { growth: [g(), g(), g(), g(), g()], cracks: [g() / 4, 0, 0, 0, 0], strength: [g(), g(), g(), g(), g()], status: ['solid', 'growing', 'wobbly', 'locked', 'locked'] },
      ruptures: choices.filter((c) => c.inRepair).length,
      repairs: choices.filter((c) => c.repair).length,
      questions: level.questions.map((q) => ({ question: nl(q), answer: ANSWER.repeat(1 + Math.floor(rand() * 2)) })),
      startedAt: start,
      finishedAt: new Date(day + n * 3_600_000 + 900_000).toISOString(),
      reflectedAt: new Date(day + n * 3_600_000 + 1_500_000).toISOString(),
      seconds: 900 + Math.floor(rand() * 900),
    };
  });
  return {
    assignment: { id: 'klas2026', levels: [...assigned], lang: 'nl', whatIf: false, seed: 7, score: 'completion' },
    student: { name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`, number: String(400_000 + i) },
    lang: 'nl',
    startedAt: new Date(day).toISOString(),
    finishedAt: new Date(day + 3 * 3_600_000).toISOString(),
    levels: recs,
  };
}

/** `n` results files of a class, as the students' game writes them. */
export async function classFiles(n: number, seed = 1): Promise<{ name: string; text: string }[]> {
  const { levels } = loadFromDisk();
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const r = classRecord(levels, i, seed);
      return { name: `bouwstenen-${r.student.name.replace(/\W+/g, '-')}-${i}.json`, text: await buildResults(r) };
    }),
  );
}
