// The student's report of an assignment: a page made to be printed or saved as PDF. Everything
// from players, links and files is escaped: names and reflections are text, never markup. Pure:
// the words come in through `t`.
import { BLOCK_ORDER } from './score';
import { minutes, totalSeconds, type AssignmentRecord } from './record';

export type Words = (key: string, params?: Record<string, string | number>) => string;

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const para = (s: string) => esc(s).replace(/\n/g, '<br>');

/** A block's status as the tower draws it: a small crack on a block that is not cracked is named. */
function statusWord(status: string, cracks: number, t: Words, drawnDamage: number): string {
  const word = t(`status.short.${status}`);
  return status !== 'cracked' && status !== 'healing' && cracks > drawnDamage ? t('status.short.smallCrack', { status: word }) : word;
}

/**
 * `drawnDamage`: from how much damage the tower draws cracks (the model's DRAWN_DAMAGE, handed in:
 * trainer loads nothing of the game, so that the results tools stay small).
 */
export function reportHtml(r: AssignmentRecord, t: Words, blockName: (kind: 'child' | 'caregiver', i: number) => string, drawnDamage: number, date = new Date()): string {
  const a = r.assignment;
  const student = esc(r.student.name) + (r.student.number ? ` · ${esc(r.student.number)}` : '');
  const levels = r.levels
    .map((l) => {
      // numbered as in play: a repair moment belongs to the moment before it (↺), it is not counted
      let moment = 0;
      const choices = l.choices
        .map(
          (c) =>
            `<tr><td>${c.inRepair ? '↺' : ++moment}</td><td>${para(c.setting)}</td><td><strong>${para(c.responseText)}</strong>${c.repair ? ` <span class="tag">${esc(t('trainer.report.repair'))}</span>` : ''}<div class="reaction">${para(c.reaction)}</div></td><td>${para(c.feedback)}</td><td>${c.why ? para(c.why) : '<span class="none">—</span>'}</td></tr>`,
        )
        .join('');
      const child = l.end.growth
        .map(
          (g, i) =>
            `<tr><td>${esc(blockName('child', i))}</td><td>${esc(statusWord(l.end.status[i], l.end.cracks[i], t, drawnDamage))}</td><td><span class="bar"><span style="width:${Math.round(Math.max(0, Math.min(1, g)) * 100)}%"></span></span> ${Math.round(g * 100)}%</td><td>${Math.round(l.end.cracks[i] * 100)}%</td></tr>`,
        )
        .join('');
      const care = l.end.strength.map((s, i) => `<li>${esc(blockName('caregiver', i))}: ${Math.round(s * 100)}</li>`).join('');
      // a level played more than once: the first attempt beside this one (the last), choices and focus block
      const f = l.first;
      const fi = f ? (BLOCK_ORDER as readonly string[]).indexOf(l.focus) : -1;
      let fm = 0;
      const first = f
        ? `<h3>${esc(t('trainer.report.firstAttempt', { n: l.attempts ?? 2 }))}</h3>
<p class="meta">${esc(t('trainer.report.time', { min: minutes(f.seconds) }))} · ${esc(t('trainer.report.ruptures', { n: f.ruptures }))} · ${esc(t('trainer.report.repairs', { n: f.repairs }))}${fi >= 0 ? ` · ${esc(blockName('child', fi))}: ${esc(statusWord(f.end.status[fi], f.end.cracks[fi], t, drawnDamage))}` : ''}</p>
<table class="choices"><thead><tr><th>#</th><th>${esc(t('trainer.report.moment'))}</th><th>${esc(t('trainer.report.response'))}</th></tr></thead><tbody>${f.choices.map((c) => `<tr><td>${c.inRepair ? '↺' : ++fm}</td><td>${para(c.setting)}</td><td>${para(c.responseText)}${c.repair ? ` <span class="tag">${esc(t('trainer.report.repair'))}</span>` : ''}</td></tr>`).join('')}</tbody></table>`
        : '';
      const qs = l.questions.map((q) => `<dt>${esc(q.question)}</dt><dd>${q.answer ? para(q.answer) : '<span class="none">—</span>'}</dd>`).join('');
      return `<section class="level"><h2>${esc(l.title)}</h2>
<p class="meta">${esc(t('trainer.report.time', { min: minutes(l.seconds) }))} · ${esc(t('trainer.report.ruptures', { n: l.ruptures }))} · ${esc(t('trainer.report.repairs', { n: l.repairs }))}</p>
${first}
<h3>${esc(t(f ? 'trainer.report.lastAttempt' : 'trainer.report.choices'))}</h3>
<table class="choices"><thead><tr><th>#</th><th>${esc(t('trainer.report.moment'))}</th><th>${esc(t('trainer.report.response'))}</th><th>${esc(t('trainer.report.feedback'))}</th><th>${esc(t('trainer.report.why'))}</th></tr></thead><tbody>${choices}</tbody></table>
<h3>${esc(t('trainer.report.towers'))}</h3>
<table class="tower"><thead><tr><th>${esc(t('trainer.report.childBlock'))}</th><th>${esc(t('trainer.report.status'))}</th><th>${esc(t('trainer.report.growth'))}</th><th>${esc(t('trainer.report.cracks'))}</th></tr></thead><tbody>${child}</tbody></table>
<p class="care">${esc(t('trainer.report.caregiver'))}</p><ul class="care">${care}</ul>
<h3>${esc(t('trainer.report.reflections'))}</h3><dl>${qs}</dl></section>`;
    })
    .join('');
  return `<!doctype html><html lang="${r.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${esc(t('trainer.report.title'))} · ${esc(r.student.name)}</title>
<style>
body{font-family:"Atkinson Hyperlegible",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#33313d}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #a34a2b;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.35rem .4rem;vertical-align:top;text-align:left}
th{background:#f6efe4}.reaction{font-style:italic;color:#5c5866;margin-top:.2rem}.meta,.care,.none{color:#5c5866}
.tag{background:#e4f0e0;border-radius:4px;padding:0 .3rem;font-size:.85em}
.bar{display:inline-block;width:6rem;height:.6rem;background:#eee;border-radius:3px;vertical-align:middle}.bar span{display:block;height:100%;background:#7aa36b;border-radius:3px}
dt{font-weight:bold;margin-top:.6rem}dd{margin:.2rem 0 0 1rem;white-space:normal}
.print{font:inherit;padding:.4rem 1rem;margin:.5rem 0}
@media print{.print{display:none}body{margin:0;max-width:none}section.level{break-before:page}section.level:first-of-type{break-before:auto}tr{break-inside:avoid}}
</style></head><body>
<h1>${esc(t('trainer.report.title'))}</h1>
<p><strong>${student}</strong></p>
<p>${esc(t('trainer.report.assignment'))}: ${r.levels.length ? r.levels.map((l) => esc(l.title)).join(', ') : esc(a.levels.join(', '))}${a.due ? ` · ${esc(t('trainer.report.due', { date: a.due }))}` : ''}</p>
${a.note ? `<blockquote>${para(a.note)}</blockquote>` : ''}
<p class="meta">${esc(t('trainer.report.total', { min: minutes(totalSeconds(r)) }))} · ${esc(date.toISOString().slice(0, 10))}</p>
<button class="print" onclick="print()">${esc(t('trainer.report.print'))}</button>
${levels}
<p class="meta"><small>${esc(t('game.credit'))}</small></p>
</body></html>`;
}
