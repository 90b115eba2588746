// The scene table, second half: every scene past the title, loaded after it is on screen (see
// game/startup). It must list exactly the keys of routes.ts that index.ts does not.
import { Debrief } from './Debrief';
import { Explorer } from './Explorer';
import { Handbook } from './Handbook';
import { LevelMap } from './Map';
import { Menu } from './Menu';
import { Profiles } from './Profiles';
import { SavedGames } from './SavedGames';
import { Scenario } from './Scenario';
import { SettingsScene } from './Settings';
import { Transfer } from './Transfer';
import { Welcome } from './Welcome';
import { AssignmentDone } from './AssignmentDone';
import { AssignmentStart } from './AssignmentStart';
import { ClassOverview } from './ClassOverview';
import { Reflect } from './Reflect';
import { Trainer } from './Trainer';
import { Guide } from './Guide';
import { ClassMode, registerVoteSource } from './ClassMode';
import { cardVoteSource } from './answerCards';
import type { SceneClass } from './index';
import type { RestKey } from './routes';

export const REST = {
  Profiles,
  Map: LevelMap,
  Scenario,
  Debrief,
  Menu,
  Settings: SettingsScene,
  Handbook,
  Explorer,
  SavedGames,
  Welcome,
  Trainer,
  ClassOverview,
  AssignmentStart,
  Reflect,
  AssignmentDone,
  Transfer,
  Guide,
  ClassMode,
} satisfies Record<RestKey, SceneClass>;

// class mode's votes can come from the printed answer cards, read by the camera
registerVoteSource(cardVoteSource());
