// npm run -s simulate -- --level ID|all --policy attuned|good-enough|random|longest|worst|all --runs N --seed S [--lang nl|en] [--json]
import { loadFromDisk } from '../content/node';
import { formatError } from '../content/load';
import { POLICIES, type Policy } from '../model/policy';
import { simulate } from '../model/simulate';
import { CHILD_BLOCKS } from '../model/blocks';
import { fail, main } from './io';
import { isLang, LANGS } from '../content/langs';

/** Playthroughs in one call: about a minute and a half on a laptop (some 12,000 a second). */
const MAX_PLAYTHROUGHS = 1_000_000;

function parseArgs(argv: string[]) {
  const opts: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (['--level', '--policy', '--runs', '--seed', '--lang'].includes(a)) {
      if (argv[i + 1] === undefined) fail(`${a}: needs a value`);
      opts[a.slice(2)] = argv[++i];
    } else fail(`${a}: unknown option (expected --level, --policy, --runs, --seed, --lang, --json)`);
  }
  return { opts, json };
}

void main(() => {
  const { opts, json } = parseArgs(process.argv.slice(2));
  const runs = Number(opts.runs ?? 100);
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) fail(`--runs: "${opts.runs}" must be a whole number from 1 to 1000000`);
  const seed = Number(opts.seed ?? 1);
  if (!Number.isInteger(seed) || seed < 0) fail(`--seed: "${opts.seed}" must be a whole number, 0 or more`);
  const policyArg = opts.policy ?? 'all';
  if (policyArg !== 'all' && !(POLICIES as readonly string[]).includes(policyArg)) {
    fail(`--policy: unknown policy "${policyArg}" (expected ${POLICIES.join(', ')} or all)`);
  }
  const lang = opts.lang ?? LANGS[0];
  if (!isLang(lang)) fail(`--lang: "${lang}" must be ${LANGS.join(' or ')} (the texts the longest policy measures)`);
  const policies: Policy[] = policyArg === 'all' ? [...POLICIES] : [policyArg as Policy];
  const content = loadFromDisk();
  if (content.errors.length) fail(`content has ${content.errors.length} error(s), first: ${formatError(content.errors[0])}`);
  const levelArg = opts.level ?? 'all';
  const levels = levelArg === 'all' ? content.levels : content.levels.filter((l) => l.id === levelArg);
  if (!levels.length) fail(`--level: unknown level "${levelArg}" (expected ${content.levels.map((l) => l.id).join(', ')} or all)`);
  // a bound on the whole job, not only on --runs: every level times every policy at the most
  // runs would take the better part of an hour, which looks like a hang
  const total = runs * levels.length * policies.length;
  if (total > MAX_PLAYTHROUGHS)
    fail(
      `--runs: ${runs} runs × ${levels.length} level(s) × ${policies.length} polic${policies.length === 1 ? 'y' : 'ies'} is ${total} playthroughs, at most ${MAX_PLAYTHROUGHS} (choose one level or one policy, or fewer runs)`,
    );
  const results = levels.flatMap((l) => policies.map((p) => simulate(l, p, runs, seed, { lang })));
  if (json) {
    process.stdout.write(JSON.stringify({ runs, seed, results }, null, 2) + '\n');
    return;
  }
  const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
  console.log(`${runs} runs each, seed ${seed}. Per block: mean growth / mean cracks / solid share / cracked share`);
  for (const r of results) {
    console.log(`\n${r.level} (focus ${r.focus}), policy ${r.policy}`);
    for (const id of CHILD_BLOCKS) {
      const b = r.blocks[id];
      console.log(`  ${(id + (id === r.focus ? ' *' : '')).padEnd(13)} ${b.meanGrowth.toFixed(2)}  ${b.meanCracks.toFixed(2)} ${pct(b.solid)} solid ${pct(b.cracked)} cracked`);
    }
  }
  // the summary: per level the months one answer governs, and the focus block's cracked share per policy
  const shown = [...new Set(results.map((r) => r.policy))];
  console.log(`\nFocus block cracked share per policy; months per answer (+ background care per scene)`);
  console.log(`  ${'level'.padEnd(20)} ${'answer'.padStart(6)} ${'(+bg)'.padStart(6)} ${shown.map((p) => p.padStart(11)).join(' ')}`);
  for (const l of levels) {
    const rs = results.filter((r) => r.level === l.id);
    const first = rs[0];
    console.log(
      `  ${l.id.padEnd(20)} ${first.monthsPerAnswer.toFixed(2).padStart(6)} ${`+${first.backgroundMonths.toFixed(2)}`.padStart(6)} ${shown.map((p) => pct(rs.find((r) => r.policy === p)!.blocks[l.focus].cracked).padStart(11)).join(' ')}`,
    );
  }
});
