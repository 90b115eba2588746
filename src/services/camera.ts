// The lecturer's camera, for reading the class's answer cards (src/class/cardCamera.ts hands in the
// card reader). Frames go from the camera to a canvas to the reader (a worker) and are dropped
// there: nothing is sent anywhere, nothing is stored, and nothing of the picture is shown (on a
// projector it would show who holds which letter). Only what the reader found, and how many, come back.
import { failed } from './failure';

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

export interface Scan<R> {
  /** What the reader found in this frame (every card, once, with the letter on top). */
  reads: R[];
  /** How many (reads.length): the only thing the projector shows. */
  count: number;
}

/** Reads one frame; the frame's pixels are the reader's to keep or drop (they are never used again). */
export interface FrameReader<R> {
  read(frame: ImageData): Promise<R[]>;
  stop(): void;
}

interface CardCamera {
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

/**
 * Frames wider than this are scaled down before reading. A card reads once its black square is
 * about 32 pixels wide: a 1080p webcam's full frame reaches the back of a room half again as far as
 * 720p, at about twice the reading time (npm run bench:cards).
 */
const MAX_READ_WIDTH = 1920;
/** A pause between reads: the cards do not move faster than this, and the page stays smooth. */
const READ_EVERY_MS = 150;

/**
 * Starts the camera and reads each frame with `startReader()`'s reader again and again until
 * stopped; `onScan` hears each frame's reads. Resolves once the camera runs, or with the problem
 * that stopped it (the reader is started only once the camera runs).
 */
export async function startCamera<R>(startReader: () => FrameReader<R>, onScan: (scan: Scan<R>) => void, opts: { everyMs?: number } = {}): Promise<CameraStart> {
  const media = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
  if (!media?.getUserMedia) return { ok: false, problem: window.isSecureContext === false ? 'refused' : 'unsupported' };
  let stream: MediaStream;
  try {
    stream = await media.getUserMedia({
      audio: false,
      // a webcam on the lecturer's laptop, or a phone's back camera when the game runs on a phone
      video: { width: { ideal: 1920 }, height: { ideal: 1080 }, facingMode: { ideal: 'environment' } },
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
    timer = window.setTimeout(() => void tick().catch(failed), every);
  };
  void tick().catch(failed);
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
