// The page's side of the class worker (results.worker.ts): the files are read, kept and summed up
// there; the page gets one verdict per file, then the overview or the CSV rows when it asks. A
// watchdog gives up on a file that takes longer than the limit (and on its worker); a fresh worker
// is given the files already read (the class is not lost) and then the files after the stuck one.
import type { Catalogue, CsvHead, Overview } from './overview';
import type { ResultsError } from './results';

/** Far longer than a real file takes (milliseconds); past it the file is reported, not waited for. */
const PARSE_SECONDS = 10;

/** A file's verdict: read (with the student's name; `duplicate` when the same file was already in), or why not. */
export type Verdict = { ok: true; name: string; duplicate: boolean } | { ok: false; error: ResultsError };

export type ToWorker =
  | { type: 'parse'; items: { id: number; file: Blob }[] }
  | { type: 'overview'; id: number; catalogue?: Catalogue }
  | { type: 'csv'; id: number; head: CsvHead; catalogue?: Catalogue }
  | { type: 'clear' };

const fail = (why: string): Verdict => ({ ok: false, error: { code: 'unreadable', why: why.split('\n')[0].slice(0, 200) } });

/** One class of results files, read and kept in a worker. */
export class ClassReader {
  private w: Worker | undefined;
  private next = 0;
  /** Files read (their Blobs): handed to a fresh worker when one had to be stopped. */
  private kept: Blob[] = [];
  private asks = new Map<number, (out: unknown) => void>();
  /** Parse requests in the order sent: the worker answers in this order, so the first is the one being read. */
  private waiting: { id: number; file: Blob; settle: (v: Verdict) => void }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How many files are in (read and not a duplicate). */
  count = 0;

  constructor(private seconds = PARSE_SECONDS) {}

  private worker(): Worker {
    if (this.w) return this.w;
    const w = new Worker(new URL('./results.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e: MessageEvent<{ id: number; out: unknown }>) => {
      const id = e.data?.id;
      const ask = this.asks.get(id);
      if (ask) {
        this.asks.delete(id);
        ask(e.data.out);
        return;
      }
      const k = this.waiting.findIndex((x) => x.id === id);
      if (k < 0) return;
      const [x] = this.waiting.splice(k, 1);
      this.watch();
      x.settle(e.data.out as Verdict);
    });
    w.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault();
      this.giveUp(fail(e.message || 'the reader stopped'));
    });
    this.w = w;
    // the files read before: the class lives on in the fresh worker (their answers are not awaited)
    if (this.kept.length) w.postMessage({ type: 'parse', items: this.kept.map((file) => ({ id: -1, file })) } satisfies ToWorker);
    return w;
  }

  private watch() {
    clearTimeout(this.timer);
    if (this.waiting.length) this.timer = setTimeout(() => this.giveUp({ ok: false, error: { code: 'slow', seconds: this.seconds } }), this.seconds * 1000);
  }

  /** The file being read stopped or stalled the worker: report it, and read the rest in a fresh one. */
  private giveUp(verdict: Verdict) {
    clearTimeout(this.timer);
    this.w?.terminate();
    this.w = undefined;
    for (const ask of this.asks.values()) ask(undefined);
    this.asks.clear();
    const [stuck, ...rest] = this.waiting;
    this.waiting = [];
    stuck?.settle(verdict);
    if (rest.length) this.send(rest);
  }

  private send(items: { file: Blob; settle: (v: Verdict) => void }[]) {
    let w: Worker;
    try {
      w = this.worker();
    } catch (e) {
      for (const x of items) x.settle(fail(e instanceof Error ? e.message : String(e)));
      return;
    }
    const sent = items.map((x) => ({ id: ++this.next, file: x.file, settle: x.settle }));
    this.waiting.push(...sent);
    this.watch();
    w.postMessage({ type: 'parse', items: sent.map(({ id, file }) => ({ id, file })) } satisfies ToWorker);
  }

  /** Every file's verdict, in the order given; `onEach` hears of each as it is read. Never throws. */
  read(files: readonly Blob[], onEach?: (done: number) => void): Promise<Verdict[]> {
    if (!files.length) return Promise.resolve([]);
    return new Promise((resolve) => {
      const out: Verdict[] = new Array(files.length);
      let done = 0;
      this.send(
        files.map((file, i) => ({
          file,
          settle: (v: Verdict) => {
            if (out[i]) return;
            out[i] = v;
            if (v.ok && !v.duplicate) {
              this.kept.push(file);
              this.count++;
            }
            onEach?.(++done);
            if (done === files.length) resolve(out);
          },
        })),
      );
    });
  }

  private ask<T>(m: { type: 'overview'; catalogue?: Catalogue } | { type: 'csv'; head: CsvHead; catalogue?: Catalogue }): Promise<T | undefined> {
    return new Promise((resolve) => {
      const id = ++this.next;
      try {
        this.asks.set(id, resolve as (out: unknown) => void);
        this.worker().postMessage({ ...m, id } satisfies ToWorker);
      } catch {
        this.asks.delete(id);
        resolve(undefined);
      }
    });
  }

  /** The class as one picture (undefined only if the worker failed). */
  overview(catalogue?: Catalogue): Promise<Overview | undefined> {
    return this.ask<Overview>({ type: 'overview', catalogue });
  }

  csv(head: CsvHead, catalogue?: Catalogue): Promise<string[][] | undefined> {
    return this.ask<string[][]>({ type: 'csv', head, catalogue });
  }

  clear() {
    this.kept = [];
    this.count = 0;
    this.w?.postMessage({ type: 'clear' } satisfies ToWorker);
  }
}
