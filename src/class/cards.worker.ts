// Reads the answer cards in camera frames away from the page (src/services/camera.ts): a frame's
// reading never holds up the projector. The frame ends here; only the reads go back.
import { readCards, type CardRead } from './markers';

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ id: number; width: number; height: number; data: Uint8ClampedArray }>) => void) | null; postMessage: (m: unknown) => void };

scope.onmessage = (e) => {
  const { id, width, height, data } = e.data;
  let reads: CardRead[] = [];
  let error: string | undefined;
  try {
    reads = readCards({ data, width, height });
  } catch (e) {
    // a frame that cannot be read is a frame without cards; the page says why, once
    error = e instanceof Error ? e.message : String(e);
  }
  scope.postMessage({ id, reads, error });
};
