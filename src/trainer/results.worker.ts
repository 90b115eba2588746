// Reads dropped results files away from the page (scenes/ClassOverview via resultsWorker.ts): a
// large or hostile file cannot hold up the screen, and whatever goes wrong in here comes back as
// that file's own error instead of taking the other files with it. Files are read one after the
// other in the order they came (the page's watchdog relies on that order).
import { MAX_RESULTS_BYTES, parseResults, type Parsed } from './results';

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ id: number; file: Blob }[]>) => void) | null; postMessage: (m: unknown) => void };

let queue: Promise<void> = Promise.resolve();

async function one(file: Blob): Promise<Parsed> {
  try {
    // a huge file is refused by its size, before it is read
    const text = file.size > MAX_RESULTS_BYTES ? '' : await file.text();
    return await parseResults(text, file.size);
  } catch (err) {
    return { ok: false, error: { code: 'unreadable', why: (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200) } };
  }
}

scope.onmessage = (e) => {
  for (const { id, file } of e.data) {
    queue = queue.then(async () => scope.postMessage({ id, out: await one(file) }));
  }
};
