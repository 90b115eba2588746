// The camera reading answer cards: the camera service (src/services/camera.ts) with the card reader
// (markers.ts) in a worker, so a frame's reading never holds up the projector; in the page when
// there is no worker or it fails.
import { startCamera, type CameraStart, type FrameReader, type Scan } from '../services/camera';
import type { CardRead } from './markers';

/** Reading in the page: where there is no worker, or the worker failed. */
function inPage(): FrameReader<CardRead>['read'] {
  let mod: Promise<typeof import('./markers')> | undefined;
  return async (frame) => (await (mod ??= import('./markers'))).readCards(frame);
}

function startCardReader(): FrameReader<CardRead> {
  const fallback = inPage();
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./cards.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { read: fallback, stop: () => {} };
  }
  const w = worker;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, (reads: CardRead[]) => void>();
  let warned = false;
  w.addEventListener('message', (e: MessageEvent<{ id: number; reads: CardRead[]; error?: string }>) => {
    if (e.data.error && !warned) {
      warned = true;
      console.warn(`The card reader could not read a camera frame: ${e.data.error}`);
    }
    waiting.get(e.data.id)?.(e.data.reads);
    waiting.delete(e.data.id);
  });
  w.addEventListener('error', (e) => {
    // the worker could not start or stopped: read the next frames in the page
    e.preventDefault();
    broken = true;
    w.terminate();
    for (const done of waiting.values()) done([]);
    waiting.clear();
  });
  return {
    read: (frame) => {
      if (broken) return fallback(frame);
      return new Promise((resolve) => {
        const id = ++next;
        waiting.set(id, resolve);
        // the pixels move to the worker (transferred, not copied) and end there
        w.postMessage({ id, width: frame.width, height: frame.height, data: frame.data }, [frame.data.buffer]);
      });
    },
    stop: () => {
      w.terminate();
      for (const done of waiting.values()) done([]);
      waiting.clear();
    },
  };
}

/** Starts the camera reading cards; `onScan` hears every frame's cards and their count. */
export function startCardCamera(onScan: (scan: Scan<CardRead>) => void, opts?: { everyMs?: number }): Promise<CameraStart> {
  return startCamera(startCardReader, onScan, opts);
}
