// Balance runs: play levels many times with a policy and summarise how the tower ends.
import { CHILD_BLOCKS, type ChildId } from './blocks';
import { backgroundMonths, monthsPerAnswer, type LevelLike } from './level';
import { playLevel, type PickOptions, type Policy } from './policy';
import { seededRng } from './random';
import { isCracked } from './state';
import { statuses } from './status';

interface BlockSummary {
  meanGrowth: number;
  meanCracks: number;
  /** Share of runs in which the block ended solid, or cracked (healing included). */
  solid: number;
  cracked: number;
}

interface SimResult {
  level: string;
  policy: Policy;
  focus: ChildId;
  runs: number;
  /** Months one answer governs in this level, and months of background care after it (per scene). */
  monthsPerAnswer: number;
  backgroundMonths: number;
  blocks: Record<ChildId, BlockSummary>;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function simulate(level: LevelLike, policy: Policy, runs: number, seed: number, opts: PickOptions = {}): SimResult {
  const rng = seededRng(seed);
  const acc = CHILD_BLOCKS.map(() => ({ g: 0, c: 0, solid: 0, cracked: 0 }));
  for (let r = 0; r < runs; r++) {
    const s = playLevel(level, policy, rng, undefined, opts);
    const st = statuses(s);
    for (let i = 0; i < acc.length; i++) {
      acc[i].g += s.growth[i];
      acc[i].c += s.cracks[i];
      if (st[i] === 'solid') acc[i].solid++;
      if (isCracked(st[i])) acc[i].cracked++; // a healing block is still cracked (its red letter fading)
    }
  }
  const blocks = {} as Record<ChildId, BlockSummary>;
  CHILD_BLOCKS.forEach((id, i) => {
    const a = acc[i];
    blocks[id] = { meanGrowth: r4(a.g / runs), meanCracks: r4(a.c / runs), solid: r4(a.solid / runs), cracked: r4(a.cracked / runs) };
  });
  return { level: level.id, policy, focus: level.focus, runs, monthsPerAnswer: r4(monthsPerAnswer(level)), backgroundMonths: r4(backgroundMonths(level)), blocks };
}
