// The scene table, first half: the scenes a visit starts with. The rest (scenes/rest.ts) load with
// the content, once the title is up. Together they list every key of routes.ts, no more and no less.
import type Phaser from 'phaser';
import { Boot } from './Boot';
import { Title } from './Title';
import type { RestKey, StartKey } from './routes';

export type SceneClass = new () => Phaser.Scene;

export const START = { Boot, Title } satisfies Record<StartKey, SceneClass>;

/** Add scenes under their keys (a scene whose own key differs from its key here is a mistake, said at once). */
export function addScenes(game: Phaser.Game, table: Partial<Record<StartKey | RestKey, SceneClass>>) {
  for (const [key, S] of Object.entries(table)) {
    const scene = new S();
    if (scene.sys.settings.key !== key) throw new Error(`scene ${scene.sys.settings.key} is listed as ${key}`);
    game.scene.add(key, scene);
  }
}
