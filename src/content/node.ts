// Read the content files from disk (command line and tests); the browser uses Vite's glob instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkComplete, loadContent, type Content, type ContentFile } from './load';

export const ASSETS = join(import.meta.dirname, '..', '..', 'assets');

export function contentFiles(root = ASSETS): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      // .yml and other near misses are passed on too, so the check can say the game will not load them
      else if (/\.(ya?ml|json)$/i.test(e.name)) out.push({ path: relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  for (const sub of ['content', 'locales']) {
    try {
      walk(join(root, sub));
    } catch {
      // a missing folder: the check then reports no levels or no handbook
    }
  }
  return out;
}

/** Check content given as YAML text (the command line and the tests). */
export function loadYaml(files: ContentFile[]): Content {
  return loadContent(files, (text) => parse(text, { prettyErrors: true }));
}

export function loadFromDisk(root = ASSETS): Content {
  return checkComplete(loadYaml(contentFiles(root)), { guide: true });
}
