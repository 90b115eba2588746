// Content for the browser: interface text loads with the game; levels, handbook and the
// checking code (schema library) load after the title is on screen.
import type { Content, ContentError } from '../content/load';
import type { GuideT, LevelT } from '../content/schema';
import { LANGS } from '../content/langs';

// every language's interface text loads with the game (eager: in the main script, as before)
const localeFiles = import.meta.glob('../../assets/locales/*.yaml', { eager: true, import: 'default' });
const localeOf = (l: string): unknown => localeFiles[`../../assets/locales/${l}.yaml`];

const levelFiles = import.meta.glob('../../assets/content/levels/*.yaml', { import: 'default' });
const handbookFile = import.meta.glob('../../assets/content/handbook.yaml', { import: 'default' });
// the lecturer's guide loads only when a lecturer opens it: parents on a phone never fetch it
const guideFile = import.meta.glob('../../assets/content/guide.yaml', { import: 'default' });

function flatten(node: unknown, prefix: string, out: Record<string, string>) {
  if (typeof node === 'string') out[prefix] = node;
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** Interface text, lang -> flat key -> text. */
export const locales: Record<string, Record<string, string>> = Object.fromEntries(LANGS.map((l) => [l, flatten(localeOf(l), '', {})]));

let loaded: Promise<Content> | undefined;

/** Levels and handbook, validated on load; errors name file, item and field. */
export function loadGameContent(): Promise<Content> {
  loaded ??= (async () => {
    const [{ loadContent, checkComplete, formatError }, files] = await Promise.all([
      import('../content/load'),
      Promise.all(
        [...Object.entries(levelFiles), ...Object.entries(handbookFile)].map(async ([path, load]) => ({
          path: path.replace('../../assets/', ''),
          data: await load(),
        })),
      ),
    ]);
    const content = checkComplete(loadContent([...files, ...LANGS.map((l) => ({ path: `locales/${l}.yaml`, data: localeOf(l) }))]));
    for (const e of content.errors) console.error(`content error: ${formatError(e)}`);
    return content;
  })();
  return loaded;
}

let guideLoaded: Promise<{ guide?: GuideT; errors: ContentError[] }> | undefined;

/** The lecturer's guide, checked against the levels as the content command checks it. */
export function loadGuideContent(levels: LevelT[]): Promise<{ guide?: GuideT; errors: ContentError[] }> {
  guideLoaded ??= (async () => {
    const [{ loadGuide, formatError }, data] = await Promise.all([import('../content/load'), Object.values(guideFile)[0]?.() ?? Promise.resolve(undefined)]);
    if (data === undefined) return { errors: [{ file: 'content/guide.yaml', item: '', field: '', message: 'is missing' }] };
    const { guide, errors } = loadGuide({ path: 'content/guide.yaml', data }, levels);
    for (const e of errors) console.error(`content error: ${formatError(e)}`);
    return { guide, errors };
  })();
  return guideLoaded;
}
