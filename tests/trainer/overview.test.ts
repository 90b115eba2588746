import { describe, expect, it } from 'vitest';
import { addFile, catalogueOf, csvRows, mergeStudents, mostDivided, overview, type Catalogue, type CsvHead } from '../../src/trainer/overview';
import { csvCell, toCsv } from '../../src/trainer/csv';
import type { ResultsFile } from '../../src/trainer/results';
import type { AssignmentRecord } from '../../src/trainer/record';
import { loadFromDisk } from '../../src/content/node';
import { level, record } from './fixtures';

/** picks: [scenario, response] or [scenario, response, 'repair'] for an answer in the repair moment after it. */
type Pick = [string, string] | [string, string, 'repair'];

const file = (name: string, picks: Pick[], answer = '', over: Partial<AssignmentRecord> = {}, checksum = `${name}${JSON.stringify(over)}`): ResultsFile => {
  const l = level(
    picks.map(([s, r]) => [s, r]),
    { questions: [{ question: 'Q1?', answer }], ruptures: 1, repairs: 1 },
  );
  picks.forEach((p, i) => {
    if (p[2]) l.choices[i].inRepair = true;
  });
  return { format: 'bouwstenen-results', version: 1, checksum, results: record(name, [l], over) };
};

const HEAD: CsvHead = {
  student: 'Student',
  number: 'Nummer',
  levelsDone: 'Levels',
  minutes: 'Minuten',
  ruptures: 'Breuken',
  repairs: 'Herstel',
  repair: 'herstelmoment',
  question: 'Vraag',
  why: 'Waarom',
  first: 'eerste poging',
  replayed: 'Opnieuw',
  score: 'Score',
};

/** The level as the fixtures have it: s1 (a, b, c) with a repair moment after b; s2 (x, y, z) with one after z. */
const CAT: Catalogue = {
  levels: [
    {
      id: 'phase-1-safety',
      title: 'Basisveiligheid',
      moments: [
        {
          level: 'phase-1-safety',
          scenario: 's1',
          repair: false,
          setting: 'setting s1',
          options: [
            { id: 'a', text: 'text a' },
            { id: 'b', text: 'text b' },
            { id: 'c', text: 'text c' },
          ],
        },
        {
          level: 'phase-1-safety',
          scenario: 's1',
          repair: true,
          setting: 'later s1',
          options: [
            { id: 'fix', text: 'text fix', kind: 'repair' },
            { id: 'on', text: 'text on', kind: 'move-on' },
          ],
        },
        {
          level: 'phase-1-safety',
          scenario: 's2',
          repair: false,
          setting: 'setting s2',
          options: [
            { id: 'x', text: 'text x' },
            { id: 'y', text: 'text y' },
            { id: 'z', text: 'text z' },
          ],
        },
        {
          level: 'phase-1-safety',
          scenario: 's2',
          repair: true,
          setting: 'later s2',
          options: [
            { id: 'fix2', text: 'text fix2', kind: 'repair' },
            { id: 'on2', text: 'text on2', kind: 'move-on' },
          ],
        },
      ],
    },
  ],
};

describe('class overview', () => {
  const files = [
    file(
      'Bram',
      [
        ['s1', 'a'],
        ['s2', 'x'],
      ],
      'omdat',
    ),
    file(
      'Anna',
      [
        ['s1', 'a'],
        ['s2', 'y'],
      ],
      'daarom',
    ),
    file('Cem', [
      ['s1', 'a'],
      ['s2', 'z'],
    ]),
  ];
  const o = overview(files);

  it('one row per student, sorted by name', () => {
    expect(o.students.map((s) => s.name)).toEqual(['Anna', 'Bram', 'Cem']);
    expect(o.students[0]).toMatchObject({ levelsDone: 1, levelsAssigned: 1, minutes: 10, ruptures: 1, repairs: 1, focus: { 'phase-1-safety': 'solid' }, files: 1 });
  });

  it('counts responses per moment in play order; split says how divided the class was', () => {
    expect(o.moments.map((s) => s.scenario)).toEqual(['s1', 's2']);
    expect(o.moments[0]).toMatchObject({ key: 'phase-1-safety/s1', total: 3, split: 0, options: [{ id: 'a', n: 3, text: 'text a' }] });
    expect(o.moments[1].split).toBeCloseTo(2 / 3);
  });

  it('with the catalogue: every option, also those nobody chose, and every repair moment, labelled', () => {
    const c = overview(files, CAT);
    expect(c.moments.map((m) => [m.scenario, m.repair])).toEqual([
      ['s1', false],
      ['s1', true],
      ['s2', false],
      ['s2', true],
    ]);
    expect(c.moments[0].options.map((x) => [x.id, x.n])).toEqual([
      ['a', 3],
      ['b', 0],
      ['c', 0],
    ]);
    expect(c.moments[1]).toMatchObject({
      key: 'phase-1-safety/s1/repair',
      repair: true,
      total: 0,
      options: [
        { id: 'fix', n: 0, kind: 'repair' },
        { id: 'on', n: 0 },
      ],
    });
  });

  it('a repair moment is charted apart from the scenario it follows', () => {
    const dirk = file('Dirk', [
      ['s1', 'b'],
      ['s1', 'fix', 'repair'],
      ['s2', 'x'],
    ]);
    const o2 = overview([...files, dirk], CAT);
    const s1 = o2.moments.filter((s) => s.scenario === 's1');
    expect(s1.map((s) => s.options.filter((x) => x.n).map((x) => x.id))).toEqual([['a', 'b'], ['fix']]);
    expect(s1[1].repair).toBe(true);
  });

  it('puts the students’ why beside the option they chose', () => {
    const withWhy = file('Eva', [
      ['s1', 'c'],
      ['s2', 'x'],
    ]);
    withWhy.results.levels[0].choices[0].why = 'ze huilde';
    const m = overview([...files, withWhy], CAT).moments[0];
    expect(m.options.find((x) => x.id === 'c')!.whys).toEqual([{ student: 'Eva', why: 'ze huilde' }]);
    expect(m.options.find((x) => x.id === 'a')!.whys).toEqual([]);
  });

  it('averages the towers of finished levels', () => {
    expect(o.averages[0]).toMatchObject({ level: 'phase-1-safety', n: 3 });
    expect(o.averages[0].growth[0]).toBeCloseTo(0.9);
  });

  it('puts the reflections side by side per question, leaving out empty answers', () => {
    expect(o.questions).toEqual([
      {
        level: 'phase-1-safety',
        levelTitle: 'Basisveiligheid',
        question: 'Q1?',
        answers: [
          { student: 'Anna', answer: 'daarom' },
          { student: 'Bram', answer: 'omdat' },
        ],
      },
    ]);
  });

  it('notices the same file dropped twice', () => {
    const a = addFile([], files[0]);
    expect(a.duplicate).toBe(false);
    const b = addFile(a.files, files[0]);
    expect(b).toEqual({ files: a.files, duplicate: true });
  });

  it('an empty class gives an empty overview', () => {
    expect(overview([])).toEqual({ students: [], moments: [], averages: [], questions: [], levels: [], merged: [], replays: false });
  });
});

describe('a student who hands in twice', () => {
  const early = file(
    'Anna',
    [
      ['s1', 'a'],
      ['s2', 'x'],
    ],
    'eerst',
    { savedAt: Date.parse('2026-11-30T11:00:00Z') },
  );
  const late = file(
    'anna ',
    [
      ['s1', 'b'],
      ['s2', 'y'],
    ],
    'later',
    { savedAt: Date.parse('2026-12-01T09:00:00Z') },
  );
  const bram = file('Bram', [
    ['s1', 'a'],
    ['s2', 'x'],
  ]);

  it('is one row: the newest file wins, whatever order the files came in, and the overview says so', () => {
    for (const order of [
      [early, late, bram],
      [late, bram, early],
    ]) {
      const o = overview(order, CAT);
      expect(o.students.map((s) => [s.name, s.files])).toEqual([
        ['anna ', 2],
        ['Bram', 1],
      ]);
      expect(o.merged).toEqual([{ student: 'anna ', files: 2 }]);
      // only the newest file's choices and answers count
      expect(o.moments[0].options.map((x) => x.n)).toEqual([1, 1, 0]);
      expect(o.questions[0].answers.map((a) => a.answer)).toEqual(['later']);
    }
  });

  it('another number or another assignment is another row', () => {
    const other = file('Anna', [['s1', 'c']], '', { student: { name: 'Anna', number: '222' } });
    const otherTask = file('Anna', [['s1', 'c']], '', { assignment: { id: 'zzzz9999', levels: ['phase-1-safety'], lang: 'nl', whatIf: false } });
    expect(mergeStudents([early, other, otherTask]).files).toHaveLength(3);
  });

  it('without a save time, the latest level time decides', () => {
    const a = file('Cem', [['s1', 'a']], 'oud');
    const b = file('Cem', [['s1', 'b']], 'nieuw');
    b.results.levels[0].finishedAt = '2026-12-02T10:00:00Z';
    expect(mergeStudents([b, a]).files[0]).toBe(b);
  });

  it('the CSV has one row for them too', () => {
    const rows = csvRows([early, late, bram], HEAD, CAT);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['anna ', 'Bram']);
  });
});

describe('the moments the class was most divided on', () => {
  it('widest spread first; unanimous moments and moments one student answered are left out', () => {
    const fs = [
      file('A', [
        ['s1', 'a'],
        ['s2', 'x'],
        ['s2', 'fix2', 'repair'],
      ]),
      file('B', [
        ['s1', 'a'],
        ['s2', 'y'],
      ]),
      file('C', [
        ['s1', 'b'],
        ['s2', 'z'],
      ]),
      file('D', [
        ['s1', 'a'],
        ['s2', 'x'],
      ]),
    ];
    const o = overview(fs, CAT);
    const top = mostDivided(o, 5);
    expect(top.map((m) => m.key)).toEqual(['phase-1-safety/s2', 'phase-1-safety/s1']);
    expect(top[0]).toMatchObject({ level: 'phase-1-safety', scenario: 's2', repair: false });
    expect(mostDivided(o, 1)).toHaveLength(1);
    expect(mostDivided(o, 0)).toEqual([]);
    expect(mostDivided(overview([]), 3)).toEqual([]);
  });

  it('on equal split, the moment with more different answers comes first', () => {
    const fs = [
      file('A', [
        ['s1', 'a'],
        ['s2', 'x'],
      ]),
      file('B', [
        ['s1', 'a'],
        ['s2', 'x'],
      ]),
      file('C', [
        ['s1', 'b'],
        ['s2', 'y'],
      ]),
      file('D', [
        ['s1', 'c'],
        ['s2', 'y'],
      ]),
    ];
    expect(mostDivided(overview(fs, CAT), 2).map((m) => m.scenario)).toEqual(['s1', 's2']);
  });
});

describe('the moments from the content', () => {
  it('every scenario, and its repair moment right after it, with every option', () => {
    const content = loadFromDisk();
    const cat = catalogueOf(content.levels, (t) => t.nl ?? '');
    const l = content.levels.find((x) => x.scenarios.some((s) => s.repair))!;
    const moments = cat.levels.find((x) => x.id === l.id)!.moments;
    const withRepair = l.scenarios.find((s) => s.repair)!;
    const i = moments.findIndex((m) => m.scenario === withRepair.id && !m.repair);
    expect(moments[i + 1]).toMatchObject({ scenario: withRepair.id, repair: true });
    expect(moments[i + 1].options.map((o) => o.id)).toEqual(withRepair.repair!.responses.map((r) => r.id));
    expect(moments.filter((m) => !m.repair)).toHaveLength(l.scenarios.length);
  });
});

describe('CSV', () => {
  it('uses ; and a UTF-8 BOM, quotes what needs it', () => {
    const csv = toCsv([['a', 'b;c', 'say "hi"', 'two\nlines']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFa;"b;c";"say ""hi""";"two\nlines"\r\n');
  });

  it('escapes cells that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+31 6', '-2', '@SUM(A1)', '\tx']) expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x";"y")')).toBe(`"'=HYPERLINK(""http://x"";""y"")"`);
    expect(csvCell('ok = fine')).toBe('ok = fine');
  });

  it('one row per student, one column per moment id with its why beside it, then the answers', () => {
    const rows = csvRows(
      [
        file(
          '=cmd',
          [
            ['s1', 'a'],
            ['s2', 'x'],
          ],
          '<b>hi</b>',
        ),
      ],
      HEAD,
    );
    expect(rows[0]).toEqual(['Student', 'Nummer', 'Levels', 'Minuten', 'Breuken', 'Herstel', 's1', 's1 · Waarom', 's2', 's2 · Waarom', 'phase-1-safety · Vraag 1']);
    expect(rows[1]).toEqual(['=cmd', '', '1', '10', '1', '1', 'text a', '', 'text x', '', '<b>hi</b>']);
    expect(toCsv(rows)).toContain("\r\n'=cmd;");
  });

  it('compares a moment across students who took different repair moments: the same column means the same moment', () => {
    // Anna met the repair moment after s1, Bram the one after s2, Cem none: before, "Keuze 2" was
    // Anna's repair answer, Bram's s2 and Cem's s2
    const anna = file('Anna', [
      ['s1', 'b'],
      ['s1', 'fix', 'repair'],
      ['s2', 'x'],
    ]);
    anna.results.levels[0].choices[2].why = 'rustig blijven';
    const bram = file('Bram', [
      ['s1', 'a'],
      ['s2', 'z'],
      ['s2', 'on2', 'repair'],
    ]);
    const cem = file('Cem', [
      ['s1', 'c'],
      ['s2', 'y'],
    ]);
    for (const cat of [CAT, undefined]) {
      const rows = csvRows([bram, cem, anna], HEAD, cat);
      const col = (h: string) => rows[0].indexOf(h);
      const cell = (who: string, h: string) => rows.find((r) => r[0] === who)![col(h)] ?? '';
      expect(rows[0].slice(6)).toEqual([
        's1',
        's1 · Waarom',
        's1 (herstelmoment)',
        's1 (herstelmoment) · Waarom',
        's2',
        's2 · Waarom',
        's2 (herstelmoment)',
        's2 (herstelmoment) · Waarom',
        'phase-1-safety · Vraag 1',
      ]);
      expect(['Anna', 'Bram', 'Cem'].map((w) => cell(w, 's2'))).toEqual(['text x', 'text z', 'text y']);
      expect(['Anna', 'Bram', 'Cem'].map((w) => cell(w, 's1 (herstelmoment)'))).toEqual(['text fix', '', '']);
      expect(['Anna', 'Bram', 'Cem'].map((w) => cell(w, 's2 (herstelmoment)'))).toEqual(['', 'text on2', '']);
      expect(cell('Anna', 's2 · Waarom')).toBe('rustig blijven');
      // every row as long as the header
      expect(new Set(rows.map((r) => r.length))).toEqual(new Set([rows[0].length]));
    }
  });

  it('the same columns whichever students are in the class, with the catalogue', () => {
    const a = csvRows([file('A', [['s1', 'a']])], HEAD, CAT)[0];
    const b = csvRows(
      [
        file('B', [
          ['s1', 'b'],
          ['s1', 'fix', 'repair'],
          ['s2', 'z'],
        ]),
      ],
      HEAD,
      CAT,
    )[0];
    expect(a).toEqual(b);
  });
});

describe('first and last attempt (results files of version 2)', () => {
  /** Anna played the level twice: first a then x, last b (with the repair moment) then x. */
  const anna = file('Anna', [
    ['s1', 'b'],
    ['s1', 'fix', 'repair'],
    ['s2', 'x'],
  ]);
  Object.assign(anna.results.levels[0], {
    attempts: 2,
    first: {
      choices: file('Anna', [
        ['s1', 'a'],
        ['s2', 'x'],
      ]).results.levels[0].choices,
    },
  });
  Object.assign(anna.results, { score: { mode: 'completion', raw: 100, status: 'completed' } });
  const bram = file('Bram', [
    ['s1', 'a'],
    ['s2', 'y'],
  ]);
  Object.assign(bram.results.levels[0], { attempts: 1 });

  it('each option counts the last attempt and the first; one attempt counts for both', () => {
    const o = overview([anna, bram], CAT);
    expect(o.replays).toBe(true);
    const [s1, s1r, s2] = o.moments;
    expect(s1.options.map((x) => [x.id, x.n, x.first])).toEqual([
      ['a', 1, 2],
      ['b', 1, 0],
      ['c', 0, 0],
    ]);
    expect(s1).toMatchObject({ total: 2, totalFirst: 2, changed: true });
    // the repair moment came only in the last attempt
    expect(s1r).toMatchObject({ repair: true, total: 1, totalFirst: 0, changed: true });
    expect(s2).toMatchObject({ changed: false });
    expect(o.students.map((s) => [s.name, s.replayed, s.score])).toEqual([
      ['Anna', 1, 100],
      ['Bram', 0, undefined],
    ]);
  });

  it('the CSV has the first attempt beside the last, for every student', () => {
    const rows = csvRows([bram, anna], HEAD, CAT);
    const col = (h: string) => rows[0].indexOf(h);
    expect(rows[0].slice(6, 10)).toEqual(['Opnieuw', 'Score', 's1', 's1 · eerste poging']);
    const a = rows.find((r) => r[0] === 'Anna')!;
    const b = rows.find((r) => r[0] === 'Bram')!;
    expect([a[col('s1')], a[col('s1 · eerste poging')], a[col('Opnieuw')], a[col('Score')]]).toEqual(['text b', 'text a', '1', '100']);
    expect([b[col('s1')], b[col('s1 · eerste poging')], b[col('Score')]]).toEqual(['text a', 'text a', '']);
    expect([a[col('s1 (herstelmoment)')], a[col('s1 (herstelmoment) · eerste poging')]]).toEqual(['text fix', '']);
  });

  it('a class that never replayed has no first-attempt columns', () => {
    expect(csvRows([file('Cem', [['s1', 'a']])], HEAD, CAT)[0].some((h) => h.includes('eerste poging'))).toBe(false);
    expect(overview([file('Cem', [['s1', 'a']])], CAT).replays).toBe(false);
  });
});
