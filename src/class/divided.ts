// The moments of the homework that split the class most, for "Bespreek in de klas": the class
// overview offers to open each in class mode. Computed here from the results files themselves
// (a moment is a level's scenario, or its repair moment apart), so it does not depend on how the
// overview draws its charts.
import type { AssignmentRecord } from '../trainer/record';

export interface DividedMoment {
  level: string;
  scenario: string;
  repair: boolean;
  setting: string;
  total: number;
  /** 0 when everyone chose alike, towards 1 the more the class split. */
  split: number;
}

/** The `n` most divided moments (at least two answers given, not all alike), most divided first. */
export function dividedMoments(files: readonly { results: AssignmentRecord }[], n = 3): DividedMoment[] {
  const by = new Map<string, DividedMoment & { counts: Map<string, number> }>();
  for (const f of files) {
    for (const l of f.results.levels) {
      for (const c of l.choices) {
        const key = `${l.id}\u0000${c.scenario}\u0000${c.inRepair ? 'r' : ''}`;
        let m = by.get(key);
        if (!m) by.set(key, (m = { level: l.id, scenario: c.scenario, repair: !!c.inRepair, setting: c.setting, total: 0, split: 0, counts: new Map() }));
        m.counts.set(c.response, (m.counts.get(c.response) ?? 0) + 1);
        m.total++;
      }
    }
  }
  const list = [...by.values()].map(({ counts, ...m }) => ({ ...m, split: m.total ? 1 - Math.max(...counts.values()) / m.total : 0 }));
  return list
    .filter((m) => m.total >= 2 && m.split > 0)
    .sort((a, b) => b.split - a.split || b.total - a.total || a.level.localeCompare(b.level) || a.scenario.localeCompare(b.scenario))
    .slice(0, n);
}
