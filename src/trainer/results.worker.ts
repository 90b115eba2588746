// Reads one dropped results file away from the page (scenes/ClassOverview via resultsWorker.ts):
// a large or hostile file cannot hold up the screen, and whatever goes wrong in here comes back
// as that file's own error instead of taking the other files with it.
import { MAX_RESULTS_BYTES, parseResults, type Parsed } from './results';

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ id: number; file: Blob }>) => void) | null; postMessage: (m: unknown) => void };

scope.onmessage = async (e) => {
  const { id, file } = e.data;
  let out: Parsed;
  try {
    // a huge file is refused by its size, before it is read
    const text = file.size > MAX_RESULTS_BYTES ? '' : await file.text();
    out = await parseResults(text, file.size);
  } catch (err) {
    out = { ok: false, error: { code: 'unreadable', why: (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200) } };
  }
  scope.postMessage({ id, out });
};
