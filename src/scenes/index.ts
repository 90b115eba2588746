// The scenes a visit starts with; the rest load with the content, once the title is up.
import { Boot } from './Boot';
import { Title } from './Title';

export { Boot, Title };
