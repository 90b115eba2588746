// Where the player goes next: one pure selector for "the level in play, or what comes after it",
// used by the title's "carry on", a homework link and an assignment. No Phaser and no scenes: a
// place is a scene key and its data, which the scenes take as a route (scenes/routes.ts checks
// that every place is one).
import { levelsLeft, type AssignmentRecord } from '../trainer/record';
import type { Link } from './link';
import type { InPlay, Progress } from './saves';

export type Place =
  | { key: 'Title' }
  | { key: 'Map' }
  /** The level in play; with `begin`, that level is started first (nothing is in play yet). */
  | { key: 'Scenario'; begin?: { level: string; mode: 'story' | 'assignment' } }
  | { key: 'Debrief' }
  | { key: 'Reflect'; data: { level: string } }
  | { key: 'AssignmentStart' }
  | { key: 'AssignmentDone' };

/** The level in play is shown on its debrief once played through, else in the scenario. */
export const playPlace = (ip: InPlay): Place => (ip.step === 'debrief' ? { key: 'Debrief' } : { key: 'Scenario' });

/** A page opened with a link (homework or assignment) starts with the loading bar; any other with the title. */
export const opensWithLink = (link: Link): boolean => link.level !== null || link.badLevel !== null || link.assignment !== null;

/**
 * Where the player carries on. In an assignment (its record given): the level in play unless it
 * is handed in already, then a finished level's questions, then the next level, then done. Else
 * the level in play, the story's next level, or the map.
 */
export function routeFor(progress: Progress, record?: AssignmentRecord | null): Place {
  const ip = progress.inPlay;
  if (record) {
    // a level in play that is handed in already (on another computer, in another tab) is not played again
    if (ip && record.assignment.levels.includes(ip.level) && !record.levels.some((l) => l.id === ip.level && l.reflectedAt)) return playPlace(ip);
    const unanswered = record.levels.find((l) => l.finishedAt && !l.reflectedAt);
    if (unanswered) return { key: 'Reflect', data: { level: unanswered.id } };
    const next = levelsLeft(record)[0];
    return next ? { key: 'Scenario', begin: { level: next, mode: 'assignment' } } : { key: 'AssignmentDone' };
  }
  if (ip) return playPlace(ip);
  if (progress.story.next) return { key: 'Scenario', begin: { level: progress.story.next, mode: 'story' } };
  return { key: 'Map' };
}
