import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Run one of the command-line tools as a user would (without npm's own output). */
export function cli(tool: 'tower' | 'simulate' | 'content', args: string[], input?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'src', 'cli', `${tool}.ts`), ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
