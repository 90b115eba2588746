// Read the content files from disk (command line and tests); the browser uses Vite's glob instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkComplete, loadContent, type Content, type ContentFile } from './load';
import { parseYaml } from './yamlText';

export const ASSETS = join(import.meta.dirname, '..', '..', 'assets');

/** Far larger than any content file (a level is about 60 kB). */
const MAX_CONTENT_BYTES = 2_000_000;

/**
 * A content file's text. A name that is a pipe or a device (reading it would wait forever, or
 * never end) or a file past MAX_CONTENT_BYTES stops the check with one clear line.
 */
function readContentFile(p: string, shown: string): string {
  const st = statSync(p);
  if (!st.isFile()) throw new Error(`${shown}: not a regular file (a pipe or a device cannot be read as content)`);
  if (st.size > MAX_CONTENT_BYTES) throw new Error(`${shown}: is ${st.size} bytes, a content file may have at most ${MAX_CONTENT_BYTES}`);
  return readFileSync(p, 'utf8');
}

export function contentFiles(root = ASSETS): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      // .yml and other near misses are passed on too, so the check can say the game will not load them
      else if (/\.(ya?ml|json)$/i.test(e.name)) out.push({ path: relative(root, p), text: readContentFile(p, relative(root, p)) });
    }
  };
  for (const sub of ['content', 'locales']) {
    try {
      walk(join(root, sub));
    } catch (e) {
      // a missing folder: the check then reports no levels or no handbook
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
    }
  }
  return out;
}

/** Check content given as YAML text (the command line and the tests). */
export function loadYaml(files: ContentFile[]): Content {
  return loadContent(files, parseYaml);
}

export function loadFromDisk(root = ASSETS): Content {
  return checkComplete(loadYaml(contentFiles(root)), { guide: true });
}
