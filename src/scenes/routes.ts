// Every scene by key, with the data it takes in `init(data)`: `go('Menu', { from: 'Debrief' })`
// is checked by the compiler, and a scene that is renamed or gone is a type error, not a blank screen.
// The scene table (scenes/index.ts for the first two, scenes/rest.ts for the others) must list
// exactly these keys; a scene's constructor takes its key from this list too (BaseScene).
import type { TowerState } from '../model';
import type { Lang } from '../content/langs';
import type { Place } from '../game/route';

export interface Routes {
  Boot: undefined;
  Title: undefined;
  Profiles: { page?: number } | undefined;
  Map: undefined;
  /** The towers to animate from (right after a pick; the turn itself is in the view), and the theory shown. */
  Scenario: { animateFrom?: TowerState; theory?: boolean } | undefined;
  Debrief: { tab?: 'choices' | 'signals' | 'discuss' | 'whatif' } | undefined;
  Menu: { from?: SceneKey } | undefined;
  Settings: { from?: SceneKey } | undefined;
  Handbook: { section?: number; page?: number; from?: SceneKey } | undefined;
  Explorer: undefined;
  Welcome: undefined;
  /** The trainer's screens remember where they were opened from (the title, or the menu with its own way back). */
  Trainer: { back?: Route } | undefined;
  ClassOverview: { back?: Route } | undefined;
  AssignmentStart: undefined;
  Reflect: { level?: string } | undefined;
  AssignmentDone: undefined;
  /** Carrying progress to another device; the scene restarts itself with what the file held. */
  Transfer: { message?: string; error?: boolean; pending?: unknown } | undefined;
  /** The lecturer's guide: the screen it was opened from (with that screen's data), and the language to read it in. */
  Guide: { back?: Route; lang?: Lang } | undefined;
  /** Class mode: where it was opened from (with that screen's data); a level (and a moment in it) opens a new lesson there. */
  ClassMode: { back?: Route; level?: string; scenario?: string; repair?: boolean } | undefined;
  SavedGames: { from?: SceneKey; back?: SceneKey; page?: number; keep?: boolean } | undefined;
}
export type SceneKey = keyof Routes;

/** A place to go: a scene and the data it takes ("back to where I came from" is one of these). */
export type Route = { [K in SceneKey]: { key: K; data?: Routes[K] } }[SceneKey];

/** The session's destinations (src/game/route.ts, which may not know the scenes) are routes. */
export const asRoute = (p: Place): Route => p;

/** The scenes a visit starts with (scenes/index.ts); the rest load with the content (scenes/rest.ts). */
export type StartKey = 'Boot' | 'Title';
export type RestKey = Exclude<SceneKey, StartKey>;
