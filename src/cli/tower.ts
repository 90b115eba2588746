// npm run -s tower -- PLAN.json : play a plan through the engine and print the result as JSON.
import { readFileSync } from 'node:fs';
import { parsePlan, playPlan } from '../model/plan';
import { fail, main } from './io';

const MAX_PLAN_CHARS = 5_000_000;

main(() => {
  const args = process.argv.slice(2);
  if (args.length !== 1) fail('usage: npm run -s tower -- PLAN.json (use - for standard input)');
  const file = args[0];
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    fail(`${file}: cannot read the file`);
  }
  // a plan within the limits is far smaller; a bigger file is not read into JSON at all
  if (text.length > MAX_PLAN_CHARS) fail(`${file}: is ${text.length} characters, a plan may have at most ${MAX_PLAN_CHARS}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const out = playPlan(parsePlan(json));
  process.stdout.write(JSON.stringify(out) + '\n');
});
