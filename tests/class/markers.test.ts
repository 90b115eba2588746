// Reading answer cards in camera frames drawn here (scripts/cardScene.ts): every fully visible card
// once with the letter on top, nothing else (a covered card, a poster, a marker of no printed card).
import { describe, expect, it } from 'vitest';
import { classScene, renderScene, truth, type Placement, type Scene } from '../../scripts/cardScene';
import { CARD_COUNT, CARD_LETTERS, markerBits } from '../../src/class/cards';
import { letterOf, readCards } from '../../src/class/markers';

/** One or a few cards on a small plain frame. */
function small(placements: Omit<Placement, 'light' | 'ink' | 'pitch' | 'yaw'>[], width = 240, height = 200): Scene {
  return { width, height, seed: 7, dim: 0.9, noise: 2, placements: placements.map((p) => ({ light: 1, ink: 10, pitch: 0, yaw: 0, ...p })) };
}

describe('which letter is on top', () => {
  // the marker's corners, top left first and clockwise, for a card turned by `deg` (clockwise)
  const corners = (deg: number) =>
    [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ].map(([x, y]) => {
      const a = (deg * Math.PI) / 180;
      return { x: 100 + x! * Math.cos(a) - y! * Math.sin(a), y: 100 + x! * Math.sin(a) + y! * Math.cos(a) };
    });
  it('reads the side turned to the top, up to 40° off', () => {
    for (const [deg, letter] of [
      [0, 'A'],
      [-90, 'B'],
      [180, 'C'],
      [90, 'D'],
      [30, 'A'],
      [-30, 'A'],
      [-120, 'B'],
      [-60, 'B'],
      [210, 'C'],
      [60, 'D'],
      [125, 'D'],
    ] as const)
      expect(letterOf(corners(deg)), `${deg}°`).toBe(letter);
  });
  it('reads nothing from a card held on its corner (between two letters)', () => {
    for (const deg of [45, -45, 135, -135, 42]) expect(letterOf(corners(deg))).toBeNull();
  });
});

// drawing a 1280×720 frame takes about half a second of CPU; on a busy machine far longer
describe('readCards', { timeout: 120_000 }, () => {
  it('reads each letter at ±30°, on cards from 1 to 40', () => {
    for (const [i, letter] of CARD_LETTERS.entries())
      for (const tilt of [-30, 0, 30]) {
        const card = 1 + ((i * 13 + tilt + 30) % CARD_COUNT);
        const frame = renderScene(small([{ card, letter, x: 120, y: 100, size: 120, tilt }]));
        expect(readCards(frame), `card ${card} ${letter} ${tilt}°`).toEqual([{ card, letter }]);
      }
    for (const card of [1, 40]) expect(readCards(renderScene(small([{ card, letter: 'C', x: 120, y: 100, size: 110, tilt: 10 }])))).toEqual([{ card, letter: 'C' }]);
  });

  it('a class of 30 in a 1280×720 frame: every visible card once, the covered one not, the copy once', () => {
    for (const seed of [1, 2]) {
      const scene = classScene(seed);
      const want = truth(scene);
      expect(want).toHaveLength(30);
      expect(scene.placements).toHaveLength(32);
      expect(readCards(renderScene(scene))).toEqual(want);
    }
  });

  it('reads no card that is half covered', () => {
    const frame = renderScene(small([{ card: 5, letter: 'B', x: 120, y: 100, size: 110, tilt: 5, covered: true }]));
    expect(readCards(frame)).toEqual([]);
  });

  it('a card shown twice with two letters says nothing certain: left out; with one letter it counts once', () => {
    const two = small(
      [
        { card: 9, letter: 'A', x: 70, y: 100, size: 100, tilt: 0 },
        { card: 9, letter: 'D', x: 200, y: 100, size: 100, tilt: 0 },
        { card: 3, letter: 'B', x: 330, y: 100, size: 100, tilt: 0 },
      ],
      400,
      200,
    );
    expect(readCards(renderScene(two))).toEqual([{ card: 3, letter: 'B' }]);
    const same = small(
      [
        { card: 9, letter: 'A', x: 70, y: 100, size: 100, tilt: 0 },
        { card: 9, letter: 'A', x: 200, y: 100, size: 100, tilt: 20 },
      ],
      280,
      200,
    );
    expect(readCards(renderScene(same))).toEqual([{ card: 9, letter: 'A' }]);
  });

  it('ignores markers of the same family that are no printed card (0, 41 and up)', () => {
    expect(() => markerBits(41)).not.toThrow();
    const frame = renderScene(
      small(
        [
          { card: 0, letter: 'A', x: 70, y: 100, size: 100, tilt: 0 },
          { card: 41, letter: 'A', x: 200, y: 100, size: 100, tilt: 0 },
          { card: 99, letter: 'A', x: 330, y: 100, size: 100, tilt: 0 },
        ],
        400,
        200,
      ),
    );
    expect(readCards(frame)).toEqual([]);
  });

  it('reads nothing in a room without cards (posters, a chessboard, marker-like squares)', () => {
    const scene = classScene(3);
    expect(readCards(renderScene({ ...scene, placements: [] }))).toEqual([]);
  });
});
