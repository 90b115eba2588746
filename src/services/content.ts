// Content for the browser: locales load with the game, levels and handbook after the title.
import { loadContent, formatError, type Content } from '../content/load';
import nl from '../../assets/locales/nl.yaml';
import en from '../../assets/locales/en.yaml';

const levelFiles = import.meta.glob('../../assets/content/levels/*.yaml', { import: 'default' });
const handbookFile = import.meta.glob('../../assets/content/handbook.yaml', { import: 'default' });

export const localeContent = loadContent([
  { path: 'locales/nl.yaml', data: nl },
  { path: 'locales/en.yaml', data: en },
]);

let loaded: Promise<Content> | undefined;

/** Levels and handbook, validated on load; errors name file, item and field. */
export function loadGameContent(): Promise<Content> {
  loaded ??= (async () => {
    const files = await Promise.all(
      [...Object.entries(levelFiles), ...Object.entries(handbookFile)].map(async ([path, load]) => ({
        path: path.replace('../../assets/', ''),
        data: await load(),
      })),
    );
    const content = loadContent([...files, { path: 'locales/nl.yaml', data: nl }, { path: 'locales/en.yaml', data: en }]);
    for (const e of content.errors) console.error(`content error: ${formatError(e)}`);
    return content;
  })();
  return loaded;
}
