// Reading the answer cards in one camera frame (pure: no DOM, no Phaser; runs in a worker or in
// node). js-aruco2 finds the square markers and their ids; this module keeps only the printed
// cards, reads each card's letter from how it is turned, and reports every card once.
//
// Why js-aruco2 with ARUCO_MIP_36h12: a pure-JS port of ArUco (the marker system OpenCV ships),
// MIT, no WebAssembly or native build, works offline in a worker; 36h12's codes differ in at least
// 12 of 36 bits, so a partly hidden or blurred marker is dropped rather than taken for another card.
import aruco, { type Detector, type GreyImage, type Marker } from 'js-aruco2';
import cv from 'js-aruco2/src/cv.js';
import { CARD_COUNT, CARD_LETTERS, DICTIONARY, type CardLetter } from './cards';

export interface CardRead {
  card: number;
  letter: CardLetter;
}

interface Frame {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * Bits a marker may differ from its card's code and still count (js-aruco2 keeps distances below
 * this). 36h12 can correct 5; 4 (up to 3 wrong bits) reads every card in the test frames and never
 * takes a covered card or a poster for one.
 */
const MAX_BIT_ERRORS = 4;
/** A card turned further than this from upright (any side on top) is between two letters: not read. */
const MAX_TILT_DEGREES = 40;

/** Only the printed cards' codes: fewer codes to compare and fewer chances to read a stray shape. */
const OWN_DICTIONARY = 'BOUWSTENEN_CARDS';
function ensureDictionary() {
  const all = aruco.AR.DICTIONARIES;
  if (!all[OWN_DICTIONARY]) {
    const full = all[DICTIONARY]!;
    all[OWN_DICTIONARY] = { nBits: full.nBits, tau: full.tau, codeList: full.codeList.slice(0, CARD_COUNT + 1) };
  }
}

interface Buffers {
  width: number;
  height: number;
  grey: GreyImage;
  thres: GreyImage;
  integral: Uint32Array;
  binary: Int32Array;
}
let detector: Detector | undefined;
let buffers: Buffers | undefined;

/**
 * The side of the square each pixel is compared with (odd): about the width of a marker's black
 * border at the size a card has in the back row, so that border comes out as one solid shape.
 */
function windowFor(height: number): number {
  return Math.max(7, Math.round(height / 48)) | 1;
}
/** How much darker than its surroundings (grey levels) a pixel must be to count as ink. */
const INK_CONTRAST = 7;

function buffersFor(width: number, height: number): Buffers {
  if (buffers?.width === width && buffers.height === height) return buffers;
  return (buffers = {
    width,
    height,
    grey: { width, height, data: new Uint8ClampedArray(width * height) },
    thres: { width, height, data: new Uint8ClampedArray(width * height) },
    integral: new Uint32Array((width + 1) * (height + 1)),
    binary: new Int32Array((width + 2) * (height + 2)),
  });
}

/**
 * Ink where a pixel is darker than the mean of the square around it: a mean over a window as wide
 * as a marker's border (by a summed-area table, one pass) keeps that border solid in dim corners and
 * on faded prints, where js-aruco2's own 5-pixel blur breaks it into pieces.
 */
function threshold(b: Buffers) {
  const { width: W, height: H, integral } = b;
  const grey = b.grey.data;
  const out = b.thres.data;
  const stride = W + 1;
  for (let y = 0; y < H; y++) {
    let row = 0;
    for (let x = 0; x < W; x++) {
      row += grey[y * W + x]!;
      integral[(y + 1) * stride + x + 1] = integral[y * stride + x + 1]! + row;
    }
  }
  const r = windowFor(H) >> 1;
  for (let y = 0; y < H; y++) {
    const y0 = y - r < 0 ? 0 : y - r;
    const y1 = y + r + 1 > H ? H : y + r + 1;
    for (let x = 0; x < W; x++) {
      const x0 = x - r < 0 ? 0 : x - r;
      const x1 = x + r + 1 > W ? W : x + r + 1;
      const sum = integral[y1 * stride + x1]! - integral[y0 * stride + x1]! - integral[y1 * stride + x0]! + integral[y0 * stride + x0]!;
      const n = (y1 - y0) * (x1 - x0);
      out[y * W + x] = grey[y * W + x]! * n < sum - INK_CONTRAST * n ? 255 : 0;
    }
  }
}

/**
 * The letter on top of a marker: corners come in the marker's own order (its top left first,
 * clockwise), so the middle of its first edge is the card's A side. The angle of that side from
 * straight up (clockwise positive) says which side the student turned to the top; null between two.
 */
export function letterOf(corners: { x: number; y: number }[]): CardLetter | null {
  const cx = (corners[0]!.x + corners[1]!.x + corners[2]!.x + corners[3]!.x) / 4;
  const cy = (corners[0]!.y + corners[1]!.y + corners[2]!.y + corners[3]!.y) / 4;
  const ux = (corners[0]!.x + corners[1]!.x) / 2 - cx;
  const uy = (corners[0]!.y + corners[1]!.y) / 2 - cy;
  const degrees = (Math.atan2(ux, -uy) * 180) / Math.PI;
  const quarter = Math.round(degrees / 90);
  if (Math.abs(degrees - quarter * 90) > MAX_TILT_DEGREES) return null;
  // A side on top: the card as printed; B on top: turned a quarter to the left (its A side points left)
  return CARD_LETTERS[((-quarter % 4) + 4) % 4]!;
}

/** The raw markers in a frame (for tests and the benchmark). */
function detectMarkers(image: Frame): Marker[] {
  if (!detector) {
    ensureDictionary();
    detector = new aruco.AR.Detector({ dictionaryName: OWN_DICTIONARY, maxHammingDistance: MAX_BIT_ERRORS });
  }
  const b = buffersFor(image.width, image.height);
  const src = image.data;
  const grey = b.grey.data;
  // luma (BT.601) in fixed point
  for (let i = 0, j = 0; j < grey.length; i += 4, j++) grey[j] = (src[i]! * 77 + src[i + 1]! * 150 + src[i + 2]! * 29) >> 8;
  threshold(b);
  b.binary.fill(0);
  const contours = cv.CV.findContours(b.thres, b.binary);
  // js-aruco2's own steps from here: four-cornered convex outlines, one per place, then the bits
  let candidates = detector.findCandidates(contours, image.width * 0.01, 0.05, 10);
  candidates = detector.clockwiseCorners(candidates);
  candidates = detector.notTooNear(candidates, 10);
  return detector.findMarkers(b.grey, candidates, 49);
}

/**
 * Every printed card fully in view, once, with the letter on top. A card seen twice with the same
 * letter (a copy, a reflection) is one read; seen twice with different letters it says nothing
 * certain and is left out.
 */
export function readCards(image: Frame): CardRead[] {
  const byCard = new Map<number, CardLetter | null>();
  for (const m of detectMarkers(image)) {
    if (m.id < 1 || m.id > CARD_COUNT) continue;
    const letter = letterOf(m.corners);
    if (!letter) continue;
    const seen = byCard.get(m.id);
    byCard.set(m.id, seen === undefined || seen === letter ? letter : null);
  }
  const reads: CardRead[] = [];
  for (const [card, letter] of byCard) if (letter) reads.push({ card, letter });
  return reads.sort((a, b) => a.card - b.card);
}
