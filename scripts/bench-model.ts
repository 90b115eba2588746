// npm run bench:model — engine steps per second and whole-level playthroughs per second, one core.
import { loadFromDisk } from '../src/content/node';
import { ATTUNED_MONTH, newborn, playLevel, seededRng, step, type Action } from '../src/model';

function measure(label: string, unit: string, body: (n: number) => void, n: number) {
  body(Math.min(n, 1000)); // warm up
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    body(n);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    rounds.push(n / s);
  }
  rounds.sort((a, b) => a - b);
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`${label.padEnd(34)} median ${fmt(rounds[2]).padStart(11)} ${unit}/s  (min ${fmt(rounds[0])}, max ${fmt(rounds[4])})`);
  return rounds[2];
}

const rng = seededRng(1);
const actions: Action[] = Array.from({ length: 64 }, (_, i) => ({
  effects: { caring: (i % 7) - 3, giving: (i % 5) - 2, supporting: (i % 3) - 1, firmness: 2, trusting: (i % 4) - 1 },
  months: 0.5,
}));
let sink = 0;

console.log(`Bouwstenen model benchmark (node ${process.version}, one core)`);
const steps = measure(
  'engine steps (mixed care)',
  'steps',
  (n) => {
    let s = newborn();
    for (let i = 0; i < n; i++) {
      s = step(s, actions[i & 63]).state;
      if (s.ageMonths > 96) s = newborn();
    }
    sink += s.growth[0];
  },
  1_000_000,
);
measure(
  'engine steps (steady attuned care)',
  'steps',
  (n) => {
    let s = newborn();
    for (let i = 0; i < n; i++) {
      s = step(s, ATTUNED_MONTH).state;
      if (s.ageMonths > 96) s = newborn();
    }
    sink += s.growth[0];
  },
  1_000_000,
);

const { levels } = loadFromDisk();
let plays = 0;
if (levels.length) {
  plays = measure(
    `level playthroughs (${levels.length} levels, random)`,
    'plays',
    (n) => {
      for (let i = 0; i < n; i++) sink += playLevel(levels[i % levels.length], 'random', rng).growth[0];
    },
    100_000,
  );
}
console.log(`goals: >= 1,000,000 steps/s (${steps >= 1e6 ? 'met' : 'NOT met'}), >= 20,000 playthroughs/s (${plays >= 2e4 ? 'met' : 'NOT met'})`);
if (sink === -1) console.log(sink);
