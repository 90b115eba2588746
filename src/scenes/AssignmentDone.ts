// The end of an assignment: the report to print or save as PDF, and the results file to hand in
// (or, inside a learning platform, the word that the results went there too).
import { assignmentPlay } from '../game/assignment';
import { download } from '../ui/download';
import { t } from '../services/i18n';
import { minutes, totalSeconds } from '../trainer/record';
import { el, openSheet } from '../ui/sheet';
import { BaseScene } from './base';
import { failed } from '../services/failure';

export class AssignmentDone extends BaseScene {
  constructor() {
    super('AssignmentDone');
  }

  title() {
    return t('trainer.done.title');
  }

  protected onEscape() {
    void assignmentPlay
      .close()
      .then(() => this.go('Title'))
      .catch(failed);
  }

  /** What the platform received, said as it is: status, score, choices, answers (and what it did not get). */
  private sent() {
    const s = assignmentPlay.score();
    return t('trainer.done.platform', { status: t(`trainer.done.status.${s.status}`), score: s.raw });
  }

  build() {
    const r = assignmentPlay.record;
    if (!r) {
      this.go('Title');
      return;
    }
    const hh = this.header(t('trainer.done.title'), { label: t('ui.toTitle'), onClick: () => this.onEscape() });
    const w = Math.min(this.W - 16, 760);
    const sheet = openSheet({ x: (this.W - w) / 2, y: hh + 8, w, h: this.H - hh - 16 }, t('trainer.done.title'));
    const report = el('button', { type: 'button', class: 'primary', id: 'download-report' }, t('trainer.done.report'));
    report.addEventListener('click', () => download(`${assignmentPlay.fileStem()}.html`, assignmentPlay.reportHtml(), 'text/html;charset=utf-8'));
    const results = el('button', { type: 'button', class: 'primary', id: 'download-results' }, t('trainer.done.results'));
    results.addEventListener(
      'click',
      () =>
        void assignmentPlay
          .resultsText()
          .then((text) => download(`${assignmentPlay.fileStem()}.json`, text, 'application/json'))
          .catch(failed),
    );
    sheet.append(
      el('p', {}, t('trainer.done.intro', { name: r.student.name, n: r.levels.length, min: minutes(totalSeconds(r)) })),
      el('ul', {}, ...r.levels.map((l) => el('li', {}, l.title))),
      assignmentPlay.scorm ? el('p', { class: 'privacy', id: 'sent-to-platform' }, this.sent()) : el('p', {}, t('trainer.done.handIn')),
      report,
      results,
      el('p', { class: 'soft' }, t('trainer.done.reportHint')),
      el('p', { class: 'soft' }, t('trainer.done.checksum')),
    );
    this.story(t('trainer.done.intro', { name: r.student.name, n: r.levels.length, min: minutes(totalSeconds(r)) }));
  }
}
