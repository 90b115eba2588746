// npm run -s card-frames -- <out.y4m> [--seed N] [--frames N]: a fake-camera video of a class
// holding up answer cards (scripts/cardScene.ts) for Chromium's
// --use-file-for-fake-video-capture, and beside it <out>.json with what the camera must read.
// The browser test writes it at test time into test-results; nothing of it is committed.
import { writeFileSync } from 'node:fs';
import { classScene, renderScene, toY4m, truth } from './cardScene';

export function writeCardVideo(out: string, seed = 1, frames = 2) {
  const scene = classScene(seed);
  // the same class in every frame, each with its own camera noise
  const pictures = Array.from({ length: frames }, (_, i) => renderScene({ ...scene, seed: seed + i * 1000 }));
  writeFileSync(out, toY4m(pictures));
  const want = truth(scene);
  writeFileSync(`${out}.json`, JSON.stringify(want));
  return want;
}

if (process.argv[1]?.endsWith('card-frames.ts')) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: card-frames <out.y4m> [--seed N] [--frames N]');
    process.exit(2);
  }
  const opt = (name: string, d: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : d;
  };
  const want = writeCardVideo(out, opt('seed', 1), opt('frames', 2));
  console.log(`${out}: ${want.length} cards to read`);
}
