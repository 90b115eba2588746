// npm run -s content -- [--json] [--readability] [--drawings] [--dir ASSETS] : check every content file and report
// what is missing; --readability adds, per level, whether answers can be told apart without reading them;
// --drawings lists the moments whose drawing lacks what their text names (on your lap, in the bath…).
import { existsSync } from 'node:fs';
import { loadFromDisk } from '../content/node';
import { formatError } from '../content/load';
import { levelFigures } from '../content/readability';
import { fail, main } from './io';
import { drawingReport } from '../scenes/art/cues';

void main(() => {
  const args = process.argv.slice(2);
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--dir') {
      dir = args[++i];
      if (!dir) fail('--dir: needs a folder (the one holding content/ and locales/)');
      if (!existsSync(dir)) fail(`--dir: ${dir}: no such folder`);
    } else if (args[i] !== '--json' && args[i] !== '--readability' && args[i] !== '--drawings') fail(`${args[i]}: unknown option (expected --json, --readability, --drawings, --dir)`);
  }
  const c = loadFromDisk(dir);
  const levels = c.levels.map((l) => ({
    id: l.id,
    ageMonths: l.ageMonths,
    scenarios: l.scenarios.length,
    responses: l.scenarios.reduce((n, s) => n + s.responses.length, 0),
    missing: c.missing.filter((m) => m.includes(`/${l.id}.yaml#`)),
  }));
  const readability = args.includes('--readability') ? c.levels.map(levelFigures) : undefined;
  const drawings = args.includes('--drawings') ? drawingReport(c.levels) : undefined;
  const report = { levels, errors: c.errors.map(formatError), missing: c.missing, ...(readability ? { readability } : {}), ...(drawings ? { drawings } : {}) };
  if (args.includes('--json')) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    for (const l of levels) console.log(`${l.id.padEnd(20)} ${l.ageMonths.join('-').padEnd(8)} months  ${l.scenarios} scenarios, ${l.responses} responses, ${l.missing.length} missing`);
    console.log(`${report.errors.length} errors, ${report.missing.length} missing texts`);
    for (const e of report.errors) console.log(`error: ${e}`);
    for (const m of report.missing) console.log(`missing: ${m}`);
    if (drawings) {
      console.log(`${drawings.length} moments whose drawing lacks what the text names`);
      for (const d of drawings)
        console.log(`drawing: ${d.level} ${d.moment}: ${d.gaps.map((g) => `${g.lang} text names ${g.cue}, drawn ${g.drawn}${g.caregiver ? ` (you ${g.caregiver})` : ''} in ${g.place}`).join('; ')}`);
    }
    for (const f of readability ?? []) {
      console.log(`\n${f.level}`);
      for (const [lang, x] of Object.entries(f.lang)) {
        console.log(
          `  ${lang}: best is longest in ${x.bestLongest}/${x.scenarios} scenarios (median best/others length ${x.medianBestRatio.toFixed(2)}; by length rank ${x.bestRank.join('/')}, shortest ${x.bestShortest}), repair longest in ${x.repairLongest}/${x.repairMoments} repair moments (by length rank ${x.repairRank.join('/')}); kneels best/others ${x.kneel.join('/')}, feeling label best/others ${x.feeling.join('/')}`,
        );
      }
      console.log(`  two equal good answers: ${f.equalGood.join(', ') || 'none'}; calms later: ${f.calmsLater.join(', ') || 'none'}; feedback opening with a verdict word: ${f.verdictOpeners}`);
      for (const p of f.problems) console.log(`  problem: ${p}`);
    }
  }
  if (report.errors.length) process.exitCode = 1;
});
