// Every scene past the title, loaded after it is on screen (see game/startup).
import { Debrief } from './Debrief';
import { Explorer } from './Explorer';
import { Handbook } from './Handbook';
import { LevelMap } from './Map';
import { Menu } from './Menu';
import { Profiles } from './Profiles';
import { Scenario } from './Scenario';
import { SettingsScene } from './Settings';
import { Transfer } from './Transfer';

export const REST = [Profiles, LevelMap, Scenario, Debrief, Menu, SettingsScene, Handbook, Explorer, Transfer];
