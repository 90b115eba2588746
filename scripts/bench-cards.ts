// npm run bench:cards — reading answer cards in 1280×720 camera frames of a class of 30
// (scripts/cardScene.ts): the time one frame takes, and how many of the fully visible cards are
// read right, with how many false reads (a card or letter that was not held up).
// Options: --frames N (default 20).
import { loadavg } from 'node:os';
import { classScene, renderScene, truth } from './cardScene';
import { readCards } from '../src/class/markers';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FRAMES = arg('frames', 20);
const GOAL_MS = 150;

console.log(`Bouwstenen answer-card benchmark (node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} on this machine)`);
console.log(`drawing ${FRAMES} frames of 1280×720, 30 cards each (one shown twice, one more half covered)…`);
const frames = Array.from({ length: FRAMES }, (_, i) => {
  const scene = classScene(i + 1);
  return { scene, frame: renderScene(scene) };
});

// warm up (the first frames also set up the buffers and let the JIT compile)
for (let i = 0; i < 3; i++) readCards(frames[i % FRAMES]!.frame);

const wall: number[] = [];
const cpu: number[] = [];
let visible = 0;
let right = 0;
let falseReads = 0;
const misses: string[] = [];
for (const { scene, frame } of frames) {
  for (let round = 0; round < 3; round++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const reads = readCards(frame);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (round) continue;
    const want = new Map(truth(scene).map((r) => [r.card, r.letter]));
    visible += want.size;
    for (const r of reads) {
      if (want.get(r.card) === r.letter) right++;
      else {
        falseReads++;
        misses.push(`frame ${scene.seed}: read ${r.card}${r.letter}, held up ${r.card}${want.get(r.card) ?? ' nothing'}`);
      }
    }
    for (const [card, letter] of want) if (!reads.some((r) => r.card === card)) misses.push(`frame ${scene.seed}: missed ${card}${letter}`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
console.log(`one 1280×720 frame, 30 cards: median ${median(cpu).toFixed(1)} ms CPU (90% within ${p90(cpu).toFixed(1)} ms), wall clock median ${median(wall).toFixed(1)} ms — goal under ${GOAL_MS} ms`);
console.log(`read rate: ${right} of ${visible} fully visible cards read right (${((100 * right) / visible).toFixed(1)}%), ${falseReads} false reads — goal 100%, none false`);
for (const m of misses.slice(0, 20)) console.log(`  ${m}`);
// a 1080p webcam's frame (read at full size: the back row reaches further), for information
const big = renderScene(classScene(1, 1920, 1080));
for (let i = 0; i < 2; i++) readCards(big);
const bigCpu: number[] = [];
for (let i = 0; i < 5; i++) {
  const c0 = process.cpuUsage();
  readCards(big);
  const c = process.cpuUsage(c0);
  bigCpu.push((c.user + c.system) / 1000);
}
console.log(`one 1920×1080 frame, 30 cards: median ${median(bigCpu).toFixed(1)} ms CPU (information)`);
if (right < visible || falseReads) process.exitCode = 1;
