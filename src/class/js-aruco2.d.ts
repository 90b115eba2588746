// Types for the parts of js-aruco2 (CommonJS, no typings of its own) that src/class uses.
declare module 'js-aruco2' {
  export interface Point {
    x: number;
    y: number;
  }
  export interface Marker {
    id: number;
    corners: Point[];
    hammingDistance: number;
  }
  export interface GreyImage {
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  export type Quad = Point[];
  export class Detector {
    constructor(config?: { dictionaryName?: string; maxHammingDistance?: number });
    detect(image: { width: number; height: number; data: ArrayLike<number> }): Marker[];
    findCandidates(contours: Point[][], minSize: number, epsilon: number, minLength: number): Quad[];
    clockwiseCorners(candidates: Quad[]): Quad[];
    notTooNear(candidates: Quad[], minDist: number): Quad[];
    findMarkers(grey: GreyImage, candidates: Quad[], warpSize: number): Marker[];
  }
  export const DICTIONARIES: Record<string, { nBits: number; tau?: number; codeList: (number | string)[] }>;
  const aruco: { AR: { Detector: typeof Detector; DICTIONARIES: typeof DICTIONARIES } };
  export default aruco;
}
declare module 'js-aruco2/src/cv.js' {
  import type { GreyImage, Point } from 'js-aruco2';
  const cv: { CV: { findContours(image: GreyImage, binary: Int32Array): Point[][] } };
  export default cv;
}
