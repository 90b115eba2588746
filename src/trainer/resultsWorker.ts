// The page's side of reading results files in a worker (results.worker.ts). All files go to the
// worker at once and are read there one after the other; a watchdog gives up on a file that takes
// longer than the limit (and on its worker), and hands the files after it to a fresh worker.
import type { Parsed } from './results';

/** Far longer than a real file takes (milliseconds); past it the file is reported, not waited for. */
export const PARSE_SECONDS = 10;

type Reply = { id: number; out: Parsed };

let next = 0;

const fail = (why: string): Parsed => ({ ok: false, error: { code: 'unreadable', why: why.split('\n')[0].slice(0, 200) } });

/**
 * Every file's verdict, in the order given; `onEach` hears of each as it is read (for progress).
 * Never throws: every failure is a verdict of its own.
 */
export function parseAllInWorker(files: readonly Blob[], onEach?: (done: number) => void, seconds = PARSE_SECONDS): Promise<Parsed[]> {
  const out: (Parsed | undefined)[] = files.map(() => undefined);
  if (!files.length) return Promise.resolve([]);
  return new Promise((resolve) => {
    let done = 0;
    // ids in the order sent: the worker answers in this order, so the first is the one being read
    let waiting: { id: number; i: number }[] = [];
    let w: Worker | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const settle = (i: number, p: Parsed) => {
      if (out[i]) return;
      out[i] = p;
      onEach?.(++done);
      if (done === files.length) {
        clearTimeout(timer);
        w?.terminate();
        resolve(out as Parsed[]);
      }
    };
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => giveUp({ ok: false, error: { code: 'slow', seconds } }), seconds * 1000);
    };
    /** The file being read failed the worker: report it, and read the rest in a fresh one. */
    const giveUp = (verdict: Parsed) => {
      w?.terminate();
      w = undefined;
      const [stuck, ...rest] = waiting;
      if (stuck) settle(stuck.i, verdict);
      if (rest.length) send(rest.map((x) => x.i));
    };
    const send = (indices: number[]) => {
      try {
        w = new Worker(new URL('./results.worker.ts', import.meta.url), { type: 'module' });
      } catch (e) {
        for (const i of indices) settle(i, fail(e instanceof Error ? e.message : String(e)));
        return;
      }
      waiting = indices.map((i) => ({ id: ++next, i }));
      w.addEventListener('message', (e: MessageEvent<Reply>) => {
        const k = waiting.findIndex((x) => x.id === e.data?.id);
        if (k < 0) return;
        const [{ i }] = waiting.splice(k, 1);
        watch();
        settle(i, e.data.out);
      });
      w.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        giveUp(fail(e.message || 'the reader stopped'));
      });
      watch();
      w.postMessage(waiting.map(({ id, i }) => ({ id, file: files[i] })));
    };
    send(files.map((_, i) => i));
  });
}

/** One file's verdict, read in a worker. */
export const parseInWorker = async (file: Blob, seconds = PARSE_SECONDS): Promise<Parsed> => (await parseAllInWorker([file], undefined, seconds))[0];
