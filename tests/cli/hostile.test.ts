// Issue 22, case 10: the content check and the command-line tools stop with one clear line on a
// YAML file that refers to itself and on any input that would hang them (a named pipe, a device,
// a terminal, a job far too large). Each case would hang or crash the tools as they were.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/content/node';
import { loopOrDepth, parseYaml } from '../../src/content/yamlText';
import { ROOT } from './run';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Run a tool with a deadline: a hang shows as `timedOut`, not as a test that never ends. */
function run(tool: string, args: string[], stdin: 'ignore' | 'pipe' | number = 'ignore', ms = 20_000): Promise<{ status: number | null; stderr: string; stdout: string; timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(TSX, [join(ROOT, 'src', 'cli', `${tool}.ts`), ...args], { cwd: ROOT, stdio: [stdin, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    if (stdin === 'pipe') child.stdin!.end();
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr, timedOut });
    });
  });
}

describe('YAML that refers to itself', () => {
  const loops = ['a: &x\n  b: *x\n', 'a: &x [1, *x]\n', '&top\nui:\n  again: *top\n', 'list: &l [[[*l]]]\n'];
  for (const text of loops) {
    it(`is refused with where: ${JSON.stringify(text)}`, () => {
      expect(() => parseYaml(text)).toThrow(/refers to itself at /);
    });
  }
  it('an alias used twice without a loop is fine', () => {
    expect(parseYaml('a: &x {n: 1}\nb: *x\nc: *x\n')).toEqual({ a: { n: 1 }, b: { n: 1 }, c: { n: 1 } });
    expect(loopOrDepth({ a: [1, { b: 'c' }] })).toBeNull();
  });
  it('nesting past any real content is refused too', () => {
    expect(() => parseYaml(`${'['.repeat(200)}${']'.repeat(200)}`)).toThrow(/nests deeper than 64 levels/);
  });
  it('a locale that refers to itself: the content check names the file and goes on', () => {
    const c = loadYaml([{ path: 'locales/nl.yaml', text: '&top\nui:\n  title: "Hallo"\n  loop: *top\n' }]);
    expect(c.errors.map((e) => `${e.file}: ${e.message}`)).toContainEqual(expect.stringMatching(/^locales\/nl\.yaml: not valid YAML: refers to itself at ui\.loop/));
  });
  it('npm run content on such a locale: exit 1, the error in the report, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loop-'));
    for (const sub of ['content', 'locales']) cpSync(join(ROOT, 'assets', sub), join(dir, sub), { recursive: true });
    appendFileSync(join(dir, 'locales', 'en.yaml'), '\nself: &me\n  again: *me\n');
    const r = await run('content', ['--json', '--dir', dir]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors).toContainEqual(expect.stringMatching(/locales\/en\.yaml: not valid YAML: refers to itself at self\.again/));
    expect(r.stderr).not.toMatch(/at .*:\d+:\d+|RangeError/);
  });
});

describe('inputs that would hang a tool', () => {
  it('tower with a named pipe nobody writes to: refused at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fifo-'));
    const fifo = join(dir, 'plan.json');
    execFileSync('mkfifo', [fifo]);
    const r = await run('tower', [fifo]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: ${fifo}: not a regular file (a folder, a device or a pipe cannot be read as a plan)`);
  });
  it('tower /dev/zero (never ends) and a folder: refused at once', async () => {
    for (const file of ['/dev/zero', tmpdir()]) {
      const r = await run('tower', [file]);
      expect(r.timedOut, file).toBe(false);
      expect(r.stderr.trim()).toMatch(/^error: .*: not a regular file/);
    }
  });
  it('tower - with standard input from a device: refused, not read for ever', async () => {
    const { openSync } = await import('node:fs');
    const r = await run('tower', ['-'], openSync('/dev/zero', 'r'));
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('error: -: standard input is not a file or a pipe');
  });
  it('tower - with an endless pipe: stops at the size limit', async () => {
    const child = spawn(TSX, [join(ROOT, 'src', 'cli', 'tower.ts'), '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const chunk = Buffer.alloc(1 << 16, 0x20);
    const pump = () => {
      while (child.stdin.writable && child.stdin.write(chunk));
    };
    child.stdin.on('drain', pump);
    child.stdin.on('error', () => {});
    pump();
    const status = await new Promise<number | null>((ok) => child.on('close', ok));
    expect(status).toBe(2);
    expect(stderr.trim()).toMatch(/^error: -: is more than 5000000 bytes/);
  });
  it('a content folder with a named pipe for a level: one line, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fifo-content-'));
    for (const sub of ['content', 'locales']) cpSync(join(ROOT, 'assets', sub), join(dir, sub), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'content', 'levels', 'stuck.yaml')]);
    const r = await run('content', ['--dir', dir]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('error: content/levels/stuck.yaml: not a regular file (a pipe or a device cannot be read as content)');
  });
  it('a content file of several megabytes is refused by its size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'big-content-'));
    for (const sub of ['content', 'locales']) cpSync(join(ROOT, 'assets', sub), join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'content', 'levels', 'huge.yaml'), `id: huge\nx: "${'y'.repeat(3_000_000)}"\n`);
    const r = await run('content', ['--dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^error: content\/levels\/huge\.yaml: is \d+ bytes, a content file may have at most 2000000$/);
  });
  it('simulate: every level and policy at a million runs would take an hour: refused at once with why', async () => {
    const r = await run('simulate', ['--runs', '1000000']);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^error: --runs: 1000000 runs × \d+ level\(s\) × 5 policies is \d+ playthroughs, at most 1000000/);
  });
});
