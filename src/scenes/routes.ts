// Every scene by key, with the data it takes in `init(data)`: `go('Menu', { from: 'Debrief' })`
// is checked by the compiler, and a scene that is renamed or gone is a type error, not a blank screen.
import type { TowerState } from '../model';
import type { Lang } from '../content/langs';

export interface Routes {
  Boot: undefined;
  Title: undefined;
  Profiles: { page?: number } | undefined;
  Map: undefined;
  /** The last choice (for the result card) and the towers to animate from, when a scene restarts itself. */
  Scenario: { last?: unknown; animateFrom?: TowerState; theory?: boolean } | undefined;
  Debrief: { tab?: 'choices' | 'signals' | 'discuss' | 'whatif' } | undefined;
  Menu: { from?: SceneKey } | undefined;
  Settings: { from?: SceneKey } | undefined;
  Handbook: { section?: number; page?: number; from?: SceneKey } | undefined;
  Explorer: undefined;
  Welcome: undefined;
  /** The trainer's screens remember where they were opened from (the menu remembers its own). */
  Trainer: { from?: string; menuFrom?: string } | undefined;
  ClassOverview: { from?: string; menuFrom?: string } | undefined;
  AssignmentStart: undefined;
  Reflect: { level?: string } | undefined;
  AssignmentDone: undefined;
  /** Carrying progress to another device; the scene restarts itself with what the file held. */
  Transfer: { message?: string; error?: boolean; pending?: unknown } | undefined;
  /** The lecturer's guide: where it was opened from (and that screen's data), and the language to read it in. */
  Guide: { from?: 'Trainer' | 'Handbook' | 'ClassMode'; back?: object; lang?: Lang } | undefined;
  /** Class mode: where it was opened from (and that screen's data); a level (and a moment in it) opens a new lesson there. */
  ClassMode: { from?: 'Title' | 'Trainer' | 'ClassOverview'; back?: object; level?: string; scenario?: string; repair?: boolean } | undefined;
  SavedGames: { from?: SceneKey; back?: SceneKey; page?: number; keep?: boolean } | undefined;
}
export type SceneKey = keyof Routes;
