// The class, away from the page (scenes/ClassOverview via resultsWorker.ts): dropped results files
// are read and checked here, kept here, and the overview and the CSV are made here, so the page
// only draws. A large or hostile file cannot hold up the screen, and whatever goes wrong with one
// file comes back as that file's own error. Messages are handled one after the other in the order
// they came (the page's watchdog relies on that order).
import { addFile, csvRows, overview, type Catalogue, type CsvHead } from './overview';
import { MAX_RESULTS_BYTES, parseResults, type ResultsFile } from './results';
import type { ToWorker, Verdict } from './resultsWorker';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage: (m: unknown) => void };

let files: ResultsFile[] = [];
let queue: Promise<void> = Promise.resolve();

async function one(file: Blob): Promise<Verdict> {
  try {
    // a huge file is refused by its size, before it is read
    const text = file.size > MAX_RESULTS_BYTES ? '' : await file.text();
    const p = await parseResults(text, file.size);
    if (!p.ok) return p;
    const r = addFile(files, p.file);
    files = r.files;
    return { ok: true, name: p.file.results.student.name, duplicate: r.duplicate };
  } catch (err) {
    return { ok: false, error: { code: 'unreadable', why: (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200) } };
  }
}

function handle(m: ToWorker): Promise<void> | void {
  if (m.type === 'clear') files = [];
  else if (m.type === 'parse') {
    return m.items.reduce((q, { id, file }) => q.then(async () => scope.postMessage({ id, out: await one(file) })), Promise.resolve());
  } else if (m.type === 'overview') scope.postMessage({ id: m.id, out: overview(files, m.catalogue as Catalogue | undefined) });
  else if (m.type === 'csv') scope.postMessage({ id: m.id, out: csvRows(files, m.head as CsvHead, m.catalogue as Catalogue | undefined) });
}

scope.onmessage = (e) => {
  queue = queue.then(() => handle(e.data)).catch(() => undefined);
};
