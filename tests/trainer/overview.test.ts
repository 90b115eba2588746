import { describe, expect, it } from 'vitest';
import { addFile, csvRows, overview } from '../../src/trainer/overview';
import { csvCell, toCsv } from '../../src/trainer/csv';
import type { ResultsFile } from '../../src/trainer/results';
import { level, record } from './fixtures';

const file = (name: string, picks: [string, string][], answer = '', checksum = name): ResultsFile => ({
  format: 'bouwstenen-results', version: 1, checksum,
  results: record(name, [level(picks, { questions: [{ question: 'Q1?', answer }], ruptures: 1, repairs: 1 })]),
});

const HEAD = { student: 'Student', number: 'Nummer', level: 'Level', minutes: 'Minuten', ruptures: 'Breuken', repairs: 'Herstel', moment: 'Keuze', question: 'Vraag', why: 'Waarom' };

describe('class overview', () => {
  const files = [
    file('Bram', [['s1', 'a'], ['s2', 'x']], 'omdat'),
    file('Anna', [['s1', 'a'], ['s2', 'y']], 'daarom'),
    file('Cem', [['s1', 'a'], ['s2', 'z']]),
  ];
  const o = overview(files);

  it('one row per student, sorted by name', () => {
    expect(o.students.map((s) => s.name)).toEqual(['Anna', 'Bram', 'Cem']);
    expect(o.students[0]).toMatchObject({ levelsDone: 1, levelsAssigned: 1, minutes: 10, ruptures: 1, repairs: 1, focus: { 'phase-1-safety': 'solid' } });
  });

  it('counts responses per scenario, the moment that split the class first', () => {
    expect(o.scenarios.map((s) => s.scenario)).toEqual(['s2', 's1']);
    expect(o.scenarios[1]).toMatchObject({ total: 3, split: 0, responses: [{ id: 'a', n: 3, text: 'text a' }] });
    expect(o.scenarios[0].split).toBeCloseTo(2 / 3);
  });

  it('charts a repair moment apart from the scenario it follows', () => {
    const withRepair = file('Dirk', [['s1', 'b'], ['s1', 'fix']]);
    withRepair.results.levels[0].choices[1].inRepair = true;
    const o2 = overview([...files, withRepair]);
    const s1 = o2.scenarios.filter((s) => s.scenario === 's1');
    expect(s1).toHaveLength(2);
    expect(s1.map((s) => s.responses.map((r) => r.id).sort())).toEqual(expect.arrayContaining([['a', 'b'], ['fix']]));
  });

  it('averages the towers of finished levels', () => {
    expect(o.averages[0]).toMatchObject({ level: 'phase-1-safety', n: 3 });
    expect(o.averages[0].growth[0]).toBeCloseTo(0.9);
  });

  it('puts the reflections side by side per question, leaving out empty answers', () => {
    expect(o.questions).toEqual([{ level: 'phase-1-safety', levelTitle: 'Basisveiligheid', question: 'Q1?', answers: [{ student: 'Anna', answer: 'daarom' }, { student: 'Bram', answer: 'omdat' }] }]);
  });

  it('notices the same file dropped twice', () => {
    const a = addFile([], files[0]);
    expect(a.duplicate).toBe(false);
    const b = addFile(a.files, files[0]);
    expect(b).toEqual({ files: a.files, duplicate: true });
  });

  it('an empty class gives an empty overview', () => {
    expect(overview([])).toEqual({ students: [], scenarios: [], averages: [], questions: [], levels: [] });
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

  it('one row per student and level with every choice and answer', () => {
    const rows = csvRows([file('=cmd', [['s1', 'a'], ['s2', 'x']], '<b>hi</b>')], HEAD);
    expect(rows[0]).toEqual(['Student', 'Nummer', 'Level', 'Minuten', 'Breuken', 'Herstel', 'Keuze 1', 'Keuze 2', 'Waarom 1', 'Waarom 2', 'Vraag 1']);
    expect(rows[1]).toEqual(['=cmd', '', 'Basisveiligheid', '10', '1', '1', 'text a', 'text x', '', '', '<b>hi</b>']);
    expect(toCsv(rows)).toContain("\r\n'=cmd;");
  });
});
