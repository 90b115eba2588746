// npm run -s content -- [--json] [--dir ASSETS] : check every content file and report what is missing.
import { existsSync } from 'node:fs';
import { loadFromDisk } from '../content/node';
import { formatError } from '../content/load';
import { fail, main } from './io';

main(() => {
  const args = process.argv.slice(2);
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--dir') {
      dir = args[++i];
      if (!dir) fail('--dir: needs a folder (the one holding content/ and locales/)');
      if (!existsSync(dir)) fail(`--dir: ${dir}: no such folder`);
    } else if (args[i] !== '--json') fail(`${args[i]}: unknown option (expected --json)`);
  }
  const c = loadFromDisk(dir);
  const levels = c.levels.map((l) => ({
    id: l.id,
    ageMonths: l.ageMonths,
    scenarios: l.scenarios.length,
    responses: l.scenarios.reduce((n, s) => n + s.responses.length, 0),
    missing: c.missing.filter((m) => m.includes(`/${l.id}.yaml#`)),
  }));
  const report = { levels, errors: c.errors.map(formatError), missing: c.missing };
  if (args.includes('--json')) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    for (const l of levels) console.log(`${l.id.padEnd(20)} ${l.ageMonths.join('-').padEnd(8)} months  ${l.scenarios} scenarios, ${l.responses} responses, ${l.missing.length} missing`);
    console.log(`${report.errors.length} errors, ${report.missing.length} missing texts`);
    for (const e of report.errors) console.log(`error: ${e}`);
    for (const m of report.missing) console.log(`missing: ${m}`);
  }
  if (report.errors.length) process.exitCode = 1;
});
