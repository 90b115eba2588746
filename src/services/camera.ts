// The lecturer's camera reading the class's answer cards (src/class/markers.ts). Frames go from
// the camera to a canvas to a worker that reads the cards, and are dropped there: nothing is sent
// anywhere, nothing is stored, and nothing of the picture is shown (on a projector it would show
// who holds which letter). Only the cards read, and how many, come back.
import type { CardRead } from '../class/markers';

/** Why there is no camera, as class mode tells the lecturer (once) before it counts hands. */
export type CameraProblem =
  /** The browser or the lecturer said no (or the page is not allowed to ask). */
  | 'refused'
  /** No camera on this device. */
  | 'missing'
  /** Another program holds the camera. */
  | 'busy'
  /** This browser or page cannot use a camera (no getUserMedia: an old browser, or not https). */
  | 'unsupported'
  | 'failed';

export interface CardScan {
  /** Every card read in this frame, once, with the letter on top. */
  reads: CardRead[];
  /** How many cards were read (reads.length): the only thing the projector shows. */
  count: number;
}

export interface CardCamera {
  /** The size of the frames read. */
  width: number;
  height: number;
  /** Stops the camera (its light goes off) and the reading. */
  stop(): void;
}

export type CameraStart = { ok: true; camera: CardCamera } | { ok: false; problem: CameraProblem; detail?: string };

/** What getUserMedia's failure means for the lecturer. */
export function problemOf(e: unknown): CameraProblem {
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return 'busy';
  return 'failed';
}

/** Frames larger than this are scaled down before reading: 1280×720 reads 30 cards well within a frame's time. */
export const MAX_READ_WIDTH = 1280;
/** A pause between reads: the cards do not move faster than this, and the page stays smooth. */
export const READ_EVERY_MS = 150;

interface Reader {
  read(frame: ImageData): Promise<CardRead[]>;
  stop(): void;
}

/** Reading in the page: where there is no worker, or the worker failed. */
function inPage(): Reader['read'] {
  let mod: Promise<typeof import('../class/markers')> | undefined;
  return async (frame) => (await (mod ??= import('../class/markers'))).readCards(frame);
}

/** Reading in a worker, so a frame's reading never holds up the projector; in the page when there is no worker. */
function startReader(): Reader {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('../class/cards.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  const fallback = inPage();
  if (!worker) return { read: fallback, stop: () => {} };
  const w = worker;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, (reads: CardRead[]) => void>();
  w.addEventListener('message', (e: MessageEvent<{ id: number; reads: CardRead[] }>) => {
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

/**
 * Starts the camera and reads the cards in view again and again until stopped; `onScan` hears each
 * frame's reads. Resolves once the camera runs, or with the problem that stopped it.
 */
export async function startCardCamera(onScan: (scan: CardScan) => void, opts: { everyMs?: number } = {}): Promise<CameraStart> {
  const media = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
  if (!media?.getUserMedia) return { ok: false, problem: window.isSecureContext === false ? 'refused' : 'unsupported' };
  let stream: MediaStream;
  try {
    stream = await media.getUserMedia({
      audio: false,
      // a webcam on the lecturer's laptop, or a phone's back camera when the game runs on a phone
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: { ideal: 'environment' } },
    });
  } catch (e) {
    return { ok: false, problem: problemOf(e), detail: e instanceof Error ? e.message : String(e) };
  }
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  const stopTracks = () => stream.getTracks().forEach((tr) => tr.stop());
  try {
    await video.play();
    if (!video.videoWidth) await new Promise<void>((resolve) => video.addEventListener('loadedmetadata', () => resolve(), { once: true }));
  } catch (e) {
    stopTracks();
    return { ok: false, problem: 'failed', detail: e instanceof Error ? e.message : String(e) };
  }
  const scale = Math.min(1, MAX_READ_WIDTH / video.videoWidth);
  const width = Math.round(video.videoWidth * scale);
  const height = Math.round(video.videoHeight * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const reader = startReader();
  let stopped = false;
  let timer = 0;
  const every = opts.everyMs ?? READ_EVERY_MS;
  const tick = async () => {
    if (stopped) return;
    if (video.readyState >= 2) {
      ctx.drawImage(video, 0, 0, width, height);
      const reads = await reader.read(ctx.getImageData(0, 0, width, height));
      if (stopped) return;
      onScan({ reads, count: reads.length });
    }
    timer = window.setTimeout(() => void tick(), every);
  };
  void tick();
  return {
    ok: true,
    camera: {
      width,
      height,
      stop() {
        if (stopped) return;
        stopped = true;
        window.clearTimeout(timer);
        reader.stop();
        stopTracks();
        video.srcObject = null;
        // the last frame drawn is wiped too
        ctx.clearRect(0, 0, width, height);
      },
    },
  };
}
