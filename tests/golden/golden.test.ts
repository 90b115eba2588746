// Golden transcripts: every level played by every balance policy (attuned, good-enough, random with
// a fixed seed, longest, worst), written down as what the game says and shows. A change of meaning
// (engine, card words, content effects) shows here as a diff to review. After a change you meant:
//   npm run -s golden        (writes tests/golden/*.txt again; then read `git diff tests/golden`)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFromDisk } from '../../src/content/node';
import { goldenFiles } from '../../src/game/golden';

const DIR = import.meta.dirname;
const REGENERATE = 'npm run -s golden';
const files = goldenFiles(loadFromDisk());

/** A line diff (longest common subsequence), as `-` old / `+` new lines with a little context. */
export function lineDiff(a: string, b: string, context = 2, max = 80): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: [' ' | '-' | '+', string, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) ops.push([' ', x[i], i + 1]), i++, j++;
    else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', x[i], i + 1]), i++;
    else ops.push(['+', y[j], j + 1]), j++;
  }
  const keep = ops.map((_, k) => ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o[0] !== ' '));
  const out: string[] = [];
  ops.forEach((o, k) => {
    if (!keep[k]) {
      if (out.at(-1) !== '  …') out.push('  …');
      return;
    }
    out.push(`${o[0]} ${o[2].toString().padStart(4)} ${o[1]}`);
  });
  return (out.length > max ? [...out.slice(0, max), `  … and ${out.length - max} more lines`] : out).join('\n');
}

describe('golden transcripts', () => {
  it.each([...files.keys()])('%s is as written', (name) => {
    let old: string;
    try {
      old = readFileSync(join(DIR, name), 'utf8');
    } catch {
      throw new Error(`tests/golden/${name} is missing. Write it with: ${REGENERATE}`);
    }
    const now = files.get(name)!;
    if (old !== now) {
      throw new Error(
        `tests/golden/${name} differs from what the game says now (- file, + now):\n${lineDiff(old, now)}\n\nIf this change is meant, write the transcripts again with: ${REGENERATE} (and review git diff tests/golden)`,
      );
    }
  });

  it('holds no transcript of a level that is gone', () => {
    const stale = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !files.has(f));
    expect(stale, `remove them with: ${REGENERATE}`).toEqual([]);
  });

  it('the diff names the lines that changed', () => {
    const d = lineDiff('a\nb\nc\nd', 'a\nB\nc\nd\ne');
    expect(d).toContain('- ');
    expect(d).toMatch(/-\s+2 b/);
    expect(d).toMatch(/\+\s+2 B/);
    expect(d).toMatch(/\+\s+5 e/);
  });
});
