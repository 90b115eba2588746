// A report of a played level, as a small HTML file a student can hand in and a trainer can collect.
import { app } from './app';
import { CAREGIVER_BLOCKS, CHILD_BLOCKS, responseOf, statuses, type CaregiverId } from '../model';
import { caregiverName, childName, getLang, t, tx } from '../services/i18n';
import { statusText } from '../services/towerWords';
import { momentNumbers } from './session';

export const effectsText = (effects: Partial<Record<CaregiverId, number>>) =>
  CAREGIVER_BLOCKS.filter((id) => effects[id])
    .map((id) => `${caregiverName(id)} ${effects[id]! > 0 ? '+' : '−'}${Math.abs(effects[id]!)}`)
    .join(', ');

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function reportHtml(date = new Date()): string {
  const level = app.view!.level;
  const run = app.view!.run;
  const st = statuses(run.state);
  const numbers = momentNumbers(level, run.choices);
  const rows = run.choices.map((c, i) => {
    const s = level.scenarios.find((x) => x.id === c.scenario)!;
    const r = responseOf(level, c)!;
    const where = c.repair ? s.repair! : s;
    // a repair moment belongs to the moment before it: labelled, not numbered
    return `<tr><td>${numbers[i].repair ? '↺' : numbers[i].n}</td><td>${c.repair ? `${esc(t('card.repairMoment'))}: ` : ''}${esc(tx(where.setting))}<br><em>${esc(tx(where.signal))}</em></td><td>${esc(tx(r.text))}</td><td>${esc(effectsText(r.effects))}</td></tr>`;
  });
  const child = CHILD_BLOCKS.map((id, i) => `<li>${esc(childName(id))}: ${esc(statusText(run.state, i, st))} (${Math.round(run.state.growth[i] * 100)}%)</li>`);
  const care = CAREGIVER_BLOCKS.map((id, i) => `<li>${esc(caregiverName(id))}: ${Math.round(run.state.strength[i] * 100)}</li>`);
  return `<!doctype html><html lang="${getLang()}"><meta charset="utf-8"><title>${esc(t('report.title'))}: ${esc(tx(level.title))}</title>
<style>body{font-family:sans-serif;max-width:52rem;margin:2rem auto;line-height:1.45;color:#33313d}td,th{border-bottom:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}table{border-collapse:collapse}</style>
<h1>${esc(t('report.title'))}: ${esc(tx(level.title))}</h1>
<p>${esc(t('report.player'))}: ${esc(app.currentProfile().name)} · ${esc(t(`report.mode.${app.progress.inPlay!.mode}`))} · ${date.toISOString().slice(0, 10)}</p>
<h2>${esc(t('debrief.tab.choices'))}</h2><table><tr><th>#</th><th>${esc(t('report.moment'))}</th><th>${esc(t('report.response'))}</th><th>${esc(t('report.effects'))}</th></tr>${rows.join('')}</table>
<h2>${esc(t('ui.childTower', { name: level.child.name }))}</h2><ul>${child.join('')}</ul>
<h2>${esc(t('ui.caregiverTower'))}</h2><ul>${care.join('')}</ul>
<h2>${esc(t('debrief.questions'))}</h2><ol>${level.questions.map((q) => `<li>${esc(tx(q))}</li>`).join('')}</ol>
<p><small>${esc(t('game.credit'))}</small></p></html>`;
}

/** The report's file name: the level and the player. */
export function reportFileName(): string {
  return `bouwstenen-${app.view!.level.id}-${app.currentProfile().name.replace(/[^\p{L}\p{N}-]+/gu, '_')}.html`;
}
