// The page's side of reading results files in a worker (results.worker.ts): one file at a time,
// each with a time limit; a file that takes longer is given up, and its worker with it.
import type { Parsed } from './results';

/** Far longer than a real file takes (tens of milliseconds); past it the file is reported, not waited for. */
export const PARSE_SECONDS = 10;

let worker: Worker | undefined;
let next = 0;

function start(): Worker {
  return (worker ??= new Worker(new URL('./results.worker.ts', import.meta.url), { type: 'module' }));
}

/** One file's verdict, read in the worker. Never throws: every failure is a verdict of its own. */
export function parseInWorker(file: Blob, seconds = PARSE_SECONDS): Promise<Parsed> {
  return new Promise((resolve) => {
    const id = ++next;
    let w: Worker;
    try {
      w = start();
    } catch (e) {
      resolve({ ok: false, error: { code: 'unreadable', why: e instanceof Error ? e.message : String(e) } });
      return;
    }
    const done = (out: Parsed) => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      resolve(out);
    };
    const onMessage = (e: MessageEvent<{ id: number; out: Parsed }>) => {
      if (e.data?.id === id) done(e.data.out);
    };
    const onError = (e: ErrorEvent) => {
      e.preventDefault();
      worker = undefined;
      w.terminate();
      done({ ok: false, error: { code: 'unreadable', why: e.message || 'the reader stopped' } });
    };
    const timer = setTimeout(() => {
      // stuck on this file: stop the worker; the next file gets a fresh one
      worker = undefined;
      w.terminate();
      done({ ok: false, error: { code: 'slow', seconds } });
    }, seconds * 1000);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, file });
  });
}
