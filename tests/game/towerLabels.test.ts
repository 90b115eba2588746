// The words on a tower block (src/ui/towerLabels.ts), as pure geometry with a fake measurer (each
// letter a fixed part of the size wide, 1.2 × the size a line): a caregiver's name never sits on
// its meter, and the meter stays inside its block, down to the blocks of a 320×256 window; a child
// block's status line is never below its floor, never over the name or the badge, and inside
// the block, at the block sizes of a phone at 150% and a projector.
import { describe, expect, it } from 'vitest';
import { careMeter, INSET, overlaps, placeChildLabels, towerNeedsH, towerNeedsW, towerTightH, type Fitted } from '../../src/ui/towerLabels';

const lineH = (size: number) => Math.round(size * 1.2);
const wordW = (word: string, size: number) => word.length * size * 0.5;

/** A status text wrapped whole at `width`, from `pref` down to `floor`: the fake of TowerView.fitText. */
const fitter =
  (text: string, pref: number, floor: number) =>
  (width: number, height: number): Fitted | undefined => {
    for (let size = pref; size >= floor; size--) {
      const words = text.split(' ');
      if (words.some((w) => wordW(`${w} `, size) > width)) continue;
      let lines = 1;
      let line = 0;
      let widest = 0;
      for (const w of words) {
        const add = wordW(line ? ` ${w}` : w, size);
        if (line && line + add > width) {
          lines++;
          line = wordW(w, size);
        } else line += add;
        widest = Math.max(widest, line);
      }
      if (lines * lineH(size) <= height) return { size, width: widest, height: lines * lineH(size) };
    }
    return undefined;
  };

describe('a caregiver block: its name above the meter, never on it', () => {
  // block heights from a 320×256 window's tower (25 px) to a projector's (150 px), names from 12 to 26 px
  for (const [h, size] of [
    [25, 12],
    [28, 12],
    [32, 12],
    [38, 17],
    [40, 17],
    [60, 17],
    [100, 24],
    [150, 24],
  ]) {
    {
      const nameH = lineH(size);
      const nameTop = Math.max(1, Math.min(2, h * 0.06));
      it(`${h} px tall, name ${size} px`, () => {
        const m = careMeter(h, nameTop, nameH);
        expect(m.fits).toBe(true);
        // the middle line reaches `stem` above the bar: it too keeps off the name
        expect(m.y - m.stem).toBeGreaterThanOrEqual(nameTop + nameH);
        expect(m.y + m.h + m.stem).toBeLessThanOrEqual(h);
        expect(m.h).toBeGreaterThanOrEqual(3);
      });
    }
  }
  it('the old meter at 320×256 (25 px blocks, 12 px names) sat on the name', () => {
    // (what tower.ts drew before: at the name's foot + 2, its middle line 3 px above it, 6 px tall, 4 px ticks)
    const nameTop = 1.5;
    const nameBottom = nameTop + lineH(12);
    const oldY = Math.max(25 * 0.48, nameBottom + 2);
    expect(oldY - 3 < nameBottom || oldY + 6 + 4 > 25).toBe(true);
    const m = careMeter(25, nameTop, lineH(12));
    expect(m.y - m.stem).toBeGreaterThanOrEqual(nameBottom);
    expect(m.y + m.h + m.stem).toBeLessThanOrEqual(25);
  });
  it('a note at the foot keeps its room under the meter', () => {
    const m = careMeter(100, 4, lineH(20), lineH(18) + 4);
    expect(m.y + m.h + m.stem).toBeLessThanOrEqual(100 - lineH(18) - 4);
  });
});

describe('a child block: name, status and badge each readable, none over another', () => {
  const cases = [
    // a phone upright / on its side at 150% (floor 16.5 → 17 px), a 320×256 window (12 px), a projector (24 px)
    { where: 'phone 150%', w: 195, h: 38, floor: 17, pref: 17 },
    { where: 'phone on its side 150%', w: 168, h: 40, floor: 17, pref: 17 },
    { where: '320×256', w: 150, h: 30, floor: 12, pref: 12 },
    { where: 'projector', w: 420, h: 150, floor: 24, pref: 26 },
    { where: 'projector, what-if', w: 260, h: 130, floor: 19, pref: 19 },
  ];
  // (name, status line, its short words, red letter)
  const words: [string, string, string, string?][] = [
    ['Basisveiligheid', 'gebarsten', 'gebarsten', 'ANGST'],
    ['Toevertrouwen', 'gebarsten', 'gebarsten', 'WANTROUWEN'],
    ['Zelfvertrouwen', 'groeit, met een barstje', 'groeit, barstje'],
    ['Creativiteit', 'wacht op Basisveiligheid', 'op slot'],
    ['Zelfstandigheid', 'staat stevig', 'stevig'],
  ];
  for (const c of cases) {
    for (const [name, status, short, red] of words) {
      it(`${c.where}: ${name}, "${status}"${red ? ` [${red}]` : ''}`, () => {
        const nameSize = Math.min(c.floor + 2, Math.max(c.floor, (c.h - 2) / 2.45));
        const nameW = wordW(name, nameSize);
        const nameH = lineH(nameSize);
        // the badge at the floor, else (as tower.ts tries next) within 55% of the block, at least 12 px
        const narrowW = Math.max(c.w * 0.3, c.w - 2 * INSET - 9 - wordW(`${short} `, c.floor));
        const narrowSize = red ? Math.max(12, Math.min(c.floor, (narrowW - 14) / (red.length * 0.5))) : 0;
        const badges = red
          ? [
              { w: Math.min(c.w - 2 * INSET, wordW(red, c.floor) + 14), h: lineH(c.floor) },
              { w: Math.min(narrowW, wordW(red, narrowSize) + 14), h: lineH(narrowSize) },
            ]
          : [undefined];
        // (the short words where the full line does not fit: as tower.ts tries them)
        let out: ReturnType<typeof placeChildLabels>;
        for (const badge of badges) for (const text of [status, short]) out ??= placeChildLabels({ w: c.w, h: c.h, nameW, nameH, badge, check: 0, fit: fitter(text, c.pref, c.floor) });
        expect(out, 'a placement').toBeDefined();
        const p = out!;
        expect(p.status.fitted.size).toBeGreaterThanOrEqual(c.floor);
        // (a status's box may reach 2 px past the foot: its descenders' room)
        const nameBox = { x: INSET, y: p.nameY, w: nameW, h: nameH };
        const statusBox = { x: p.status.x, y: p.status.y, w: p.status.fitted.width, h: p.status.fitted.height };
        const block = { x: 0, y: 0, w: c.w, h: c.h };
        // (text boxes hold their line spacing: 3 px of it may meet)
        expect(overlaps(nameBox, statusBox, 3), `${p.how}: status over name`).toBe(false);
        for (const box of [nameBox, statusBox]) {
          expect(box.x + box.w).toBeLessThanOrEqual(c.w);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.y + box.h).toBeLessThanOrEqual(c.h + 2);
        }
        if (p.badge) {
          expect(overlaps(p.badge, nameBox, 3), `${p.how}: badge over name`).toBe(false);
          expect(overlaps(p.badge, statusBox), `${p.how}: badge over status`).toBe(false);
          expect(overlaps(p.badge, block)).toBe(true);
          expect(p.badge.y + p.badge.h).toBeLessThanOrEqual(c.h + 1);
        }
      });
    }
  }
  it('a block too short and narrow for a name, status and badge side by side says so (it needs more height)', () => {
    const badge = { w: 74, h: lineH(12) };
    expect(placeChildLabels({ w: 150, h: 38, nameW: 110, nameH: 21, badge, check: 0, fit: fitter('gebarsten', 17, 17) })).toBeUndefined();
  });
});

describe('a tower panel as large as its labels need', () => {
  const child = ['Basisveiligheid', 'Toevertrouwen', 'Zelfvertrouwen', 'Zelfstandigheid', 'Creativiteit'];
  const care = ['Zorgen voor', 'Geven', 'Steunen', 'Stevig zijn', 'Vertrouwen'];
  const measure = (text: string, size: number) => wordW(text, size);
  for (const floor of [12, 16.5, 24]) {
    it(`every name fits its block on one line at ${floor} px`, () => {
      const w = towerNeedsW(measure, floor, child, care, 0.35) - 20;
      child.forEach((n, i) => expect(measure(n, floor) + 2 * INSET).toBeLessThanOrEqual(w * 0.6 * (1 - i * 0.07)));
      care.forEach((n) => expect(measure(n, floor) + 12).toBeLessThanOrEqual(w * 0.35));
    });
    it(`at ${floor} px a block in play holds two lines, tight; in the debrief, a badge under them`, () => {
      const line = lineH(floor);
      // (the panel's 16 px and the heading with the scale taken off, five blocks and their gaps share the rest)
      const inPlay = (towerTightH(floor) - 16 - 3.5 * Math.ceil(floor * 1.22) - 8) / 5 - 4;
      expect(inPlay).toBeGreaterThanOrEqual(2 * line - 5);
      const debrief = (towerNeedsH(floor) - 16 - 3.5 * Math.ceil(floor * 1.22) - 8) / 5 - 4;
      expect(debrief).toBeGreaterThanOrEqual(2.75 * line);
    });
  }
});
