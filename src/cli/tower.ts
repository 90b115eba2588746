// npm run -s tower -- PLAN.json : play a plan through the engine and print the result as JSON.
import { parsePlan, playPlan } from '../model/plan';
import { fail, main, readInput } from './io';

const MAX_PLAN_CHARS = 5_000_000;

void main(() => {
  const args = process.argv.slice(2);
  if (args.length !== 1) fail('usage: npm run -s tower -- PLAN.json (use - for standard input)');
  const file = args[0];
  // a plan within the limits is far smaller; a bigger file, a pipe or a device is not read at all
  const text = readInput(file, MAX_PLAN_CHARS);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const out = playPlan(parsePlan(json));
  process.stdout.write(JSON.stringify(out) + '\n');
});
