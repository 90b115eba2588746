import type { Assignment } from '../../src/trainer/assignment';
import type { AssignmentRecord, LevelRecord } from '../../src/trainer/record';

export const LEVELS = ['phase-1-safety', 'phase-2-trust', 'repair-foster'];

export const assignment = (over: Partial<Assignment> = {}): Assignment => ({ id: 'abcd2345', levels: ['phase-1-safety'], lang: 'nl', whatIf: false, score: 'completion', replays: false, ...over });

export function level(choices: [string, string][], over: Partial<LevelRecord> = {}): LevelRecord {
  return {
    id: 'phase-1-safety',
    title: 'Basisveiligheid',
    focus: 'safety',
    choices: choices.map(([scenario, response]) => ({ scenario, response, setting: `setting ${scenario}`, responseText: `text ${response}`, reaction: 'r', feedback: 'f' })),
    end: { growth: [0.9, 0.1, 0, 0, 0], cracks: [0, 0, 0, 0, 0], strength: [0.5, 0.4, 0.3, 0.2, 0.1], status: ['solid', 'growing', 'locked', 'locked', 'locked'] },
    ruptures: 0,
    repairs: 0,
    questions: [{ question: 'Q1?', answer: '' }],
    startedAt: '2026-11-30T10:00:00Z',
    finishedAt: '2026-11-30T10:10:00Z',
    seconds: 600,
    ...over,
  };
}

export const record = (name: string, levels: LevelRecord[], over: Partial<AssignmentRecord> = {}): AssignmentRecord => ({
  assignment: assignment(),
  student: { name },
  lang: 'nl',
  startedAt: '2026-11-30T10:00:00Z',
  levels,
  ...over,
});
