// node tests/model/plans/table.mjs OUT.json... : the age at which each block first becomes solid,
// cracked (or healing), and its status at the end, for plan outputs of `npm run -s tower`.
import { readFileSync } from 'node:fs';
const blocks = ['safety', 'trust', 'confidence', 'autonomy', 'creativity'];
for (const f of process.argv.slice(2)) {
  const out = JSON.parse(readFileSync(f, 'utf8'));
  const cells = blocks.map((b) => {
    let solid, cracked, healed;
    for (const s of out.timeline) {
      const st = s.child[b].status;
      if (solid === undefined && st === 'solid') solid = s.ageMonths;
      if (cracked === undefined && (st === 'cracked' || st === 'healing')) cracked = s.ageMonths;
      if (cracked !== undefined && healed === undefined && st !== 'cracked' && st !== 'healing') healed = s.ageMonths;
    }
    const parts = [];
    if (cracked !== undefined) parts.push(`cr ${cracked}` + (healed !== undefined ? `→ok ${healed}` : ''));
    if (solid !== undefined) parts.push(`solid ${solid}`);
    const fin = out.final.child[b];
    return `${parts.join(', ') || '-'} [${fin.status} ${fin.growth.toFixed(2)}/${fin.cracks.toFixed(2)}]`;
  });
  console.log(`${f.split('/').pop().replace('.json', '')}\t${cells.join('\t')}`);
}
// a second line per plan: caregiver red-letter events (one response vs pattern), and peak damage per block
for (const f of process.argv.slice(2)) {
  const out = JSON.parse(readFileSync(f, 'utf8'));
  const red = out.events.filter((e) => e.key === 'caregiverRedLetter' || e.key === 'caregiverLeans').map((e) => `${e.caregiver}@${e.ageMonths}`);
  const peak = blocks.map((b) => Math.max(...out.timeline.map((s) => s.child[b].cracks)).toFixed(2));
  console.log(
    `${f.split('/').pop().replace('.json', '')}\tred letters: ${red.length ? red.slice(0, 4).join(' ') + (red.length > 4 ? ` (+${red.length - 4})` : '') : 'none'}\tpeak cracks ${peak.join(' ')}`,
  );
}
