// Saves in IndexedDB (localforage). If storage is unavailable, full, or never answers, the game
// keeps playing from memory and says so once. A save that cannot be used is set aside under a key
// that is never reused, never deleted unless the player asks. Two tabs: writes re-read and merge
// under a Web Lock, and a BroadcastChannel tells the other tabs what changed.

type StorageProblem = 'unavailable' | 'full' | null;

/** What the store needs from a storage: localforage in the game, a Map in the tests. */
interface Backend {
  getItem(key: string): Promise<unknown>;
  setItem(key: string, value: unknown): Promise<unknown>;
  removeItem(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/**
 * Why a save was set aside, for the list in the settings: unreadable ('damaged', 'inconsistent',
 * 'player'), or a copy kept before something took its place ('replaced' by a restore, 'import' by
 * a progress file, 'link' by a homework link, 'removed' player, 'student' by the next student on
 * an assignment, 'conflict' when two tabs or computers disagreed and the other's work won).
 */
export type AsideReason = 'damaged' | 'inconsistent' | 'player' | 'replaced' | 'import' | 'link' | 'removed' | 'student' | 'conflict';

/** A set-aside save as kept: where it came from, why, when, and the data as it was. */
interface AsideRecord {
  kind: 'set-aside';
  from: string;
  reason: AsideReason;
  at: number;
  data: unknown;
}
export interface AsideEntry extends Omit<AsideRecord, 'kind' | 'data'> {
  key: string;
}

const ASIDE_PREFIX = 'set-aside:';
const COUNTER = 'set-aside-counter';
/** How long storage may take to open before the game plays from memory: long enough for a slow, busy device, short enough that nobody gives up. */
const OPEN_WAIT_MS = 5000;
/** How long one read or write may take; past it storage counts as gone for this visit. */
const OP_WAIT_MS = 8000;

let db: Backend | undefined;
const memory = new Map<string, unknown>();
let usable = true;
let problem: StorageProblem = null;
const asideThisVisit: AsideEntry[] = [];
/** Keys holding a save from a newer game: kept untouched, never written in this visit. */
const frozen = new Set<string>();
let channel: BroadcastChannel | undefined;
const listeners: ((key: string) => void)[] = [];

function report(p: Exclude<StorageProblem, null>) {
  usable = false;
  if (problem) return;
  problem = p;
}

export const storageProblem = () => problem;
/** Saves set aside during this visit (the notice says so once). */
export const setAsideThisVisit = () => [...asideThisVisit];

class Timeout extends Error {}
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return new Promise<T>((ok, no) => {
    const t = setTimeout(() => no(new Timeout(`storage did not answer in ${ms} ms`)), ms);
    p.then(
      (x) => {
        clearTimeout(t);
        ok(x);
      },
      (e) => {
        clearTimeout(t);
        no(e);
      },
    );
  });
}

async function localforageBackend(): Promise<Backend> {
  const localforage = (await import('localforage')).default;
  const lf = localforage.createInstance({ name: 'bouwstenen', storeName: 'saves', driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE] });
  await lf.ready();
  return lf;
}

/** A storage in memory only (the tests, and storage that is blocked). */
export function memoryBackend(map = new Map<string, unknown>()): Backend {
  const clone = <T>(x: T): T => (x === undefined ? x : structuredClone(x));
  return {
    getItem: async (k) => (map.has(k) ? clone(map.get(k)) : null),
    setItem: async (k, v) => void map.set(k, clone(v)),
    removeItem: async (k) => void map.delete(k),
    keys: async () => [...map.keys()],
  };
}

/** Open storage and check that it works; after `waitMs` without an answer, play from memory. */
export async function initStore(opts: { backend?: Backend | (() => Promise<Backend>); waitMs?: number } = {}): Promise<void> {
  memory.clear();
  asideThisVisit.length = 0;
  frozen.clear();
  usable = true;
  problem = null;
  try {
    await within(
      opts.waitMs ?? OPEN_WAIT_MS,
      (async () => {
        const b = typeof opts.backend === 'function' ? await opts.backend() : (opts.backend ?? (await localforageBackend()));
        await b.setItem('probe', 1);
        if ((await b.getItem('probe')) !== 1) throw new Error('probe did not read back');
        db = b;
      })(),
    );
  } catch {
    db = undefined;
    report('unavailable');
  }
  if (typeof BroadcastChannel !== 'undefined' && !channel) {
    channel = new BroadcastChannel('bouwstenen-saves');
    // in Node (the tests) an open channel would keep the process alive
    (channel as BroadcastChannel & { unref?: () => void }).unref?.();
    channel.onmessage = (e: MessageEvent<{ key?: unknown }>) => {
      if (typeof e.data?.key === 'string') for (const f of listeners) f(e.data.key);
    };
  }
}

/** Called with the key another tab has just written. */
export function onOtherTabWrite(f: (key: string) => void) {
  listeners.push(f);
}

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

/** Run `f` while no other tab of this game writes (Web Locks where the browser has them). */
function exclusive<T>(f: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? (locks.request('bouwstenen-saves', f) as Promise<T>) : f();
}

/** The raw stored value (null when there is none). Never throws. */
export async function read(key: string): Promise<unknown> {
  if (usable && db) {
    try {
      return (await within(OP_WAIT_MS, db.getItem(key))) ?? null;
    } catch {
      report('unavailable');
    }
  }
  return memory.has(key) ? memory.get(key) : null;
}

async function put(key: string, value: unknown) {
  memory.set(key, value);
  if (!usable || !db) return;
  try {
    await within(OP_WAIT_MS, db.setItem(key, value));
  } catch (e) {
    report(isQuota(e) ? 'full' : 'unavailable');
  }
}

async function remove(key: string) {
  memory.delete(key);
  if (!usable || !db) return;
  try {
    await within(OP_WAIT_MS, db.removeItem(key));
  } catch {
    report('unavailable');
  }
}

async function allKeys(): Promise<string[]> {
  if (usable && db) {
    try {
      return await within(OP_WAIT_MS, db.keys());
    } catch {
      report('unavailable');
    }
  }
  return [...memory.keys()];
}

/** Every stored key (to keep new player ids clear of old ones). */
export const storedKeys = () => allKeys();

/** Keep a save from a newer game untouched for the rest of this visit. */
export function freeze(key: string) {
  frozen.add(key);
}

/** Write a value as it is (settings: this tab's choice wins). */
export async function save(key: string, value: unknown): Promise<void> {
  if (frozen.has(key)) return;
  await exclusive(() => put(key, value));
  channel?.postMessage({ key });
}

/**
 * Write after re-reading what is stored now and merging it with ours, so another tab's work is
 * kept. Returns what was written.
 */
export async function update<T>(key: string, merge: (stored: unknown) => T): Promise<T> {
  if (frozen.has(key)) return merge(null);
  const value = await exclusive(async () => {
    const v = merge(await read(key));
    await put(key, v);
    return v;
  });
  channel?.postMessage({ key });
  return value;
}

/** A key never used before: a kept counter, past every set-aside key there is. */
async function freshAsideKey(from: string): Promise<string> {
  const keys = new Set(await allKeys());
  let n = Number(await read(COUNTER)) || 0;
  for (const k of keys) {
    const m = k.startsWith(ASIDE_PREFIX) ? /:(\d+)$/.exec(k) : null;
    if (m) n = Math.max(n, Number(m[1]));
  }
  let key: string;
  do key = `${ASIDE_PREFIX}${from}:${++n}`;
  while (keys.has(key));
  await put(COUNTER, n);
  return key;
}

/**
 * Keep `data` under a new set-aside key. With `removeFrom`, the original key is cleared (its
 * content was unusable); otherwise it stays as it is (a repaired copy will be written there).
 */
export async function setAside(from: string, data: unknown, reason: AsideReason, removeFrom = false): Promise<string> {
  const key = await exclusive(async () => {
    const k = await freshAsideKey(from);
    const rec: AsideRecord = { kind: 'set-aside', from, reason, at: Date.now(), data };
    await put(k, rec);
    if (removeFrom) await remove(from);
    return k;
  });
  asideThisVisit.push({ key, from, reason, at: Date.now() });
  channel?.postMessage({ key });
  return key;
}

/** A set-aside record; saves set aside by older versions held the data itself. */
function asRecord(key: string, v: unknown): AsideRecord {
  if (v && typeof v === 'object' && (v as AsideRecord).kind === 'set-aside') return v as AsideRecord;
  const from = key.slice(ASIDE_PREFIX.length).replace(/:\d+$/, '');
  return { kind: 'set-aside', from, reason: 'damaged', at: 0, data: v };
}

/** Every set-aside save, newest first. */
export async function listSetAside(): Promise<AsideEntry[]> {
  const out: AsideEntry[] = [];
  for (const key of await allKeys()) {
    if (!key.startsWith(ASIDE_PREFIX)) continue;
    const { from, reason, at } = asRecord(key, await read(key));
    out.push({ key, from, reason, at });
  }
  const n = (k: string) => Number(/:(\d+)$/.exec(k)?.[1] ?? 0);
  return out.sort((a, b) => n(b.key) - n(a.key));
}

export async function readSetAside(key: string): Promise<AsideRecord | undefined> {
  if (!key.startsWith(ASIDE_PREFIX)) return undefined;
  const v = await read(key);
  return v === null ? undefined : asRecord(key, v);
}

export async function deleteSetAside(key: string): Promise<void> {
  if (!key.startsWith(ASIDE_PREFIX)) return;
  await exclusive(() => remove(key));
  channel?.postMessage({ key });
}

/**
 * Put a set-aside save back where it came from. What is there now is set aside in its turn
 * (reason "replaced"), so a restore never loses anything either.
 */
export async function restoreSetAside(key: string): Promise<string | undefined> {
  const rec = await readSetAside(key);
  if (!rec) return undefined;
  const now = await read(rec.from);
  if (now !== null) await setAside(rec.from, now, 'replaced');
  await exclusive(async () => {
    await put(rec.from, rec.data);
    await remove(key);
  });
  frozen.delete(rec.from);
  channel?.postMessage({ key: rec.from });
  return rec.from;
}

/** A set-aside save as a JSON file's text, to keep or to send to someone who can help. */
export async function exportSetAside(key: string): Promise<string | undefined> {
  const rec = await readSetAside(key);
  return rec && JSON.stringify(rec, null, 2);
}
