// Saves in IndexedDB (localforage). If storage is unavailable or full the game keeps playing from
// memory and says so once; a save that cannot be read is set aside under another key, never deleted.

export type StorageProblem = 'unavailable' | 'full' | null;

// localforage loads with the saves, after the title is on screen
let db!: LocalForage;
const memory = new Map<string, unknown>();
let usable = true;
let problem: StorageProblem = null;
const setAside: string[] = [];

function report(p: Exclude<StorageProblem, null>) {
  usable = false;
  if (problem) return;
  problem = p;
}

export const storageProblem = () => problem;
export const setAsideKeys = () => [...setAside];

/** Check once that storage works at all. */
export async function initStore(): Promise<void> {
  try {
    const localforage = (await import('localforage')).default;
    db = localforage.createInstance({ name: 'bouwstenen', storeName: 'saves', driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE] });
    await db.ready();
    await db.setItem('probe', 1);
    if ((await db.getItem('probe')) !== 1) throw new Error('probe did not read back');
  } catch {
    report('unavailable');
  }
}

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

export async function save(key: string, value: unknown): Promise<void> {
  memory.set(key, value);
  if (!usable) return;
  try {
    await db.setItem(key, value);
  } catch (e) {
    report(isQuota(e) ? 'full' : 'unavailable');
  }
}

/** Read and check a save; a damaged one is set aside (kept under another key) and reported. */
export async function load<T>(key: string, check: (raw: unknown) => T | undefined): Promise<T | undefined> {
  let raw: unknown = memory.get(key);
  if (usable) {
    try {
      raw = await db.getItem(key);
    } catch {
      report('unavailable');
    }
  }
  if (raw === null || raw === undefined) return undefined;
  const ok = check(raw);
  if (ok !== undefined) return ok;
  const aside = `set-aside:${key}:${setAside.length + 1}`;
  setAside.push(key);
  memory.delete(key);
  if (usable) {
    try {
      await db.setItem(aside, raw);
      await db.removeItem(key);
    } catch {
      report('unavailable');
    }
  }
  return undefined;
}
