import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8, strToU8 } from 'fflate';
import { findApi, fitSuspend, IDLE_SECONDS, ScormSession, sessionTime, SUSPEND_LIMIT, type Scorm12Api } from '../../src/trainer/scorm';
import { ASSIGNMENT_META } from '../../src/trainer/assignment';
import { buildPackage, manifest, withAssignment } from '../../src/trainer/package';
import { decodeAssignment } from '../../src/trainer/assignment';
import { assignment } from './fixtures';

/** A small LMS: keeps values, logs calls; can be told to refuse or throw. */
function fakeLms(opts: { refuse?: RegExp; throwOn?: RegExp } = {}) {
  const data: Record<string, string> = { 'cmi.core.student_name': 'Vries, Anna de', 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0' };
  const calls: string[] = [];
  const act = (name: string, f: () => string) => {
    calls.push(name);
    if (opts.throwOn?.test(name)) throw new Error('LMS exploded');
    if (opts.refuse?.test(name)) return 'false';
    return f();
  };
  const api: Scorm12Api = {
    LMSInitialize: () => act('LMSInitialize', () => 'true'),
    LMSFinish: () => act('LMSFinish', () => 'true'),
    LMSGetValue: (k) => act(`LMSGetValue ${k}`, () => data[k] ?? ''),
    LMSSetValue: (k, v) => act(`LMSSetValue ${k}=${v}`, () => ((data[k] = v), 'true')),
    LMSCommit: () => act('LMSCommit', () => 'true'),
    LMSGetLastError: () => '101',
  };
  return { api, data, calls };
}

describe('finding the SCORM API', () => {
  it('in a parent, a grandparent, or the opener', () => {
    const { api } = fakeLms();
    const top: { API?: unknown; parent?: unknown } = { API: api };
    top.parent = top;
    const mid = { parent: top };
    const self = { parent: mid };
    expect(findApi(self as never)).toBe(api);
    expect(findApi({ parent: null, opener: { API: api } } as never)).toBe(api);
  });

  it('none: null, and a parent that cannot be read ends the search quietly', () => {
    expect(findApi({})).toBeNull();
    const blocked = {
      get parent(): never {
        throw new DOMException('cross-origin');
      },
    };
    expect(findApi(blocked as never)).toBeNull();
    expect(findApi(undefined)).toBeNull();
  });
});

describe('a SCORM session', () => {
  it('reports name, interactions, status, score, suspend data and finish', () => {
    const { api, data, calls } = fakeLms();
    const s = new ScormSession(api);
    expect(s.initialize()).toBe(true);
    expect(s.studentName()).toBe('Anna de Vries');
    s.progress('incomplete', 0);
    expect(data).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '0', 'cmi.core.score.max': '100' });
    s.recordChoice({ level: 'phase-1-safety', scenario: 'night-feed', response: 'pick-up', inRepair: false }, new Date(2026, 10, 30, 10, 5, 7));
    s.recordChoice({ level: 'phase-1-safety', scenario: 'night-feed', response: 'come-back', inRepair: true, result: 'correct' }, new Date(2026, 10, 30, 10, 6, 0));
    expect(data).toMatchObject({
      'cmi.interactions.0.id': 'phase-1-safety.night-feed',
      'cmi.interactions.0.student_response': 'pick-up',
      'cmi.interactions.0.time': '10:05:07',
      'cmi.interactions.1.type': 'choice',
      'cmi.interactions.1.id': 'phase-1-safety.night-feed.repair',
      'cmi.interactions.1.result': 'correct',
    });
    expect(data['cmi.interactions.0.result']).toBeUndefined();
    s.recordTexts([{ id: 'phase-1-safety.q1', text: 'w'.repeat(300) }], new Date(2026, 10, 30, 10, 7, 0));
    expect(data).toMatchObject({ 'cmi.interactions.2.type': 'fill-in', 'cmi.interactions.2.id': 'phase-1-safety.q1' });
    expect(data['cmi.interactions.2.student_response']).toHaveLength(255);
    s.comments('c'.repeat(5000));
    expect(data['cmi.comments']).toHaveLength(4096);
    s.suspend('{"x":1}');
    expect(data['cmi.suspend_data']).toBe('{"x":1}');
    s.progress('passed', 87.4);
    expect(data).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '87' });
    s.finish(true);
    expect(data['cmi.core.session_time']).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
    expect(calls.at(-1)).toBe('LMSFinish');
    expect(calls.filter((c) => c === 'LMSCommit').length).toBeGreaterThanOrEqual(4);
    // after finishing nothing more is sent
    s.set('cmi.core.lesson_status', 'failed');
    expect(calls.at(-1)).toBe('LMSFinish');
  });

  it('without an API: every call is a quiet no-op', () => {
    const s = new ScormSession(null);
    expect(s.initialize()).toBe(false);
    expect(s.studentName()).toBe('');
    expect(() => {
      s.recordChoice({ level: 'a', scenario: 'b', response: 'c', inRepair: false }, new Date());
      s.progress('completed', 1);
      s.finish(true);
    }).not.toThrow();
    expect(s.problems).toEqual([]);
  });

  it('an API that throws: one problem said, the game goes on', () => {
    const { api } = fakeLms({ throwOn: /LMSSetValue|LMSCommit/ });
    const said: string[] = [];
    const s = new ScormSession(api, (m) => said.push(m));
    expect(s.initialize()).toBe(true);
    expect(() => s.recordChoice({ level: 'l', scenario: 's', response: 'r', inRepair: false }, new Date())).not.toThrow();
    expect(() => s.finish(true)).not.toThrow();
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/threw: LMS exploded/);
    expect(s.problems.length).toBeGreaterThan(1);
  });

  it('an API that refuses to start: treated as no platform', () => {
    const { api, calls } = fakeLms({ refuse: /LMSInitialize/ });
    const said: string[] = [];
    const s = new ScormSession(api, (m) => said.push(m));
    expect(s.initialize()).toBe(false);
    s.recordChoice({ level: 'l', scenario: 's', response: 'r', inRepair: false }, new Date());
    expect(calls).toEqual(['LMSInitialize']);
    expect(said[0]).toMatch(/LMSInitialize refused \(101\)/);
  });

  it('an API that refuses one call: the others still go through', () => {
    const { api, data } = fakeLms({ refuse: /score/ });
    const s = new ScormSession(api);
    s.initialize();
    s.progress('completed', 50);
    expect(data['cmi.core.lesson_status']).toBe('completed');
    expect(s.problems[0]).toMatch(/score.*refused/);
  });

  it('never sends suspend data over 4,096 characters', () => {
    const { api, data } = fakeLms();
    const s = new ScormSession(api);
    s.initialize();
    s.suspend('x'.repeat(SUSPEND_LIMIT + 1));
    expect(data['cmi.suspend_data']).toBeUndefined();
    const fitted = fitSuspend((max) => JSON.stringify({ p: 'progress', a: 'y'.repeat(Math.min(max, 5000)) }));
    expect(fitted!.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(fitSuspend(() => 'z'.repeat(5000))).toBeNull();
  });

  it('session time in SCORM 1.2 format (HHHH:MM:SS.SS)', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(59.996)).toBe('0000:01:00.00');
    expect(sessionTime(3725.5)).toBe('0001:02:05.50');
  });

  it('session time is this session only: active time, each idle gap counted at most IDLE_SECONDS', () => {
    let now = 1_000_000;
    const { api, data } = fakeLms();
    data['cmi.core.total_time'] = '0005:00:00';
    const s = new ScormSession(
      api,
      () => {},
      () => now,
    );
    s.initialize();
    now += 90_000;
    s.touch();
    now += 3 * 3600_000; // a tab left open
    s.touch();
    now += 30_000;
    s.finish(false);
    expect(data['cmi.core.session_time']).toBe(sessionTime(90 + IDLE_SECONDS + 30));
    expect(data['cmi.core.exit']).toBe('suspend');
  });
});

describe('the SCORM package', () => {
  const files = new Map([
    ['index.html', strToU8('<!doctype html><html><head><title>B</title></head><body></body></html>')],
    ['assets/index-abc.js', strToU8('console.log(1)')],
    ['assets/font.woff2', new Uint8Array([1, 2, 3])],
  ]);
  const a = assignment({ levels: ['phase-1-safety', 'phase-2-trust'], note: 'Tom & Jerry <3' });

  it('zips the game, the assignment and a manifest that lists every file', () => {
    const zip = unzipSync(buildPackage(files, a, 'Bouwstenen: <Basisveiligheid>'));
    expect(Object.keys(zip).sort()).toEqual(['assets/font.woff2', 'assets/index-abc.js', 'assignment.json', 'imsmanifest.xml', 'index.html']);
    const m = strFromU8(zip['imsmanifest.xml']);
    expect(m).toContain('<schemaversion>1.2</schemaversion>');
    expect(m).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(m).toContain('<file href="assets/index-abc.js"/>');
    expect(m).toContain('Bouwstenen: &lt;Basisveiligheid&gt;');
    const index = strFromU8(zip['index.html']);
    const content = new RegExp(`<meta name="${ASSIGNMENT_META}" content="([^"]+)">`).exec(index)![1];
    expect(decodeAssignment(content, ['phase-1-safety', 'phase-2-trust'])).toEqual({ ok: true, assignment: a });
    expect(JSON.parse(strFromU8(zip['assignment.json']))).toMatchObject({ id: a.id, note: 'Tom & Jerry <3' });
  });

  it('replaces an assignment already in index.html rather than adding a second', () => {
    const once = withAssignment('<html><head></head></html>', a);
    const twice = withAssignment(once, assignment({ id: 'zzzz9999' }));
    expect(twice.match(/bouwstenen-assignment/g)).toHaveLength(1);
  });

  it('says when the game files are not there', () => {
    expect(() => buildPackage(new Map(), a, 'x')).toThrow(/index.html/);
    // no mastery score: Moodle would turn a half-done attempt with a score into "failed"
    expect(manifest(a, 'x', [])).not.toContain('masteryscore');
  });

  it('index.html refers to no file the package lacks', () => {
    const html =
      '<html><head><link rel="icon" href="data:," /><link rel="apple-touch-icon" href="./icons/a.png" /><link rel="manifest" href="./manifest.webmanifest"><script type="module" crossorigin src="./assets/index-abc.js"></script><link rel="modulepreload" href="./assets/gone.js"></head></html>';
    const zip = unzipSync(buildPackage(new Map([...files, ['index.html', strToU8(html)]]), a, 't'));
    const index = strFromU8(zip['index.html']);
    expect(index).toContain('href="data:,"');
    expect(index).toContain('src="./assets/index-abc.js"');
    for (const gone of ['icons/a.png', 'manifest.webmanifest', 'gone.js']) expect(index).not.toContain(gone);
    for (const ref of index.matchAll(/(?:href|src)="\.\/([^"]+)"/g)) expect(Object.keys(zip)).toContain(ref[1]);
  });
});
