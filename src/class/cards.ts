// The printed answer cards, as numbers: one layout that the printable sheet (cardSheet.ts) draws
// and the test frames (scripts/cardScene.ts) render, so both agree on where things are.
//
// A card is a square. In its middle a fiducial marker of the ARUCO_MIP_36h12 dictionary (8×8
// cells: a black border around 6×6 bits; its id is the card's number); around it a white margin
// with the letters A–D, one on each side, each upright when its side is on top: A on the top edge,
// B on the right, C at the bottom, D on the left. A student holds the card up with the chosen letter
// on top; the camera reads the number from the marker and the letter from how the card is turned.
import aruco from 'js-aruco2';

export const CARD_LETTERS = ['A', 'B', 'C', 'D'] as const;
export type CardLetter = (typeof CARD_LETTERS)[number];

/** The printed set: cards 1–40 (a large class). Marker ids are card numbers; id 0 is not printed. */
export const CARD_COUNT = 40;
export const DICTIONARY = 'ARUCO_MIP_36h12';
/** Cells across the marker: its black border and 6×6 bits. */
export const MARKER_CELLS = 8;

/** Sizes as parts of the card's side. */
export const CARD = {
  /** The marker's side: as large as the letters leave room for, so it reads from the back row. */
  marker: 0.64,
  /** The letters' height, and how far their middle is from the card's edge. */
  letter: 0.085,
  letterInset: 0.09,
  /** The card's number, small in the top left corner. */
  number: 0.04,
} as const;

/** The marker's 6×6 bits of card `id`, row by row from the top left; true = a white cell. */
export function markerBits(id: number): boolean[][] {
  const code = aruco.AR.DICTIONARIES[DICTIONARY]!.codeList[id];
  if (code === undefined) throw new Error(`no marker ${id} in ${DICTIONARY}`);
  const bits = (typeof code === 'number' ? code : parseInt(code, 16)).toString(2).padStart(36, '0');
  return Array.from({ length: 6 }, (_, r) => Array.from({ length: 6 }, (_, c) => bits[r * 6 + c] === '1'));
}
