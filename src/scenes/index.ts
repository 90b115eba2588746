import { Boot } from './Boot';
import { Debrief } from './Debrief';
import { Explorer } from './Explorer';
import { Handbook } from './Handbook';
import { LevelMap } from './Map';
import { Menu } from './Menu';
import { Profiles } from './Profiles';
import { Scenario } from './Scenario';
import { SettingsScene } from './Settings';
import { Title } from './Title';

export const SCENES = [Boot, Title, Profiles, LevelMap, Scenario, Debrief, Menu, SettingsScene, Handbook, Explorer];
export { Boot };
