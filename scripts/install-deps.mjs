// Install the project's packages when they are missing or older than the lock file, so that
// `npm test` and `npm start` each work first on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** npm writes node_modules/.package-lock.json on every install: older than the lock file means stale. */
export function depsUpToDate() {
  const hidden = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) return false;
  return statSync(hidden).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs;
}

export function ensureDeps() {
  if (depsUpToDate()) return true;
  console.log('Installing the packages (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureDeps() ? 0 : 1);
