// After a level of an assignment: the level's questions in free text, and "why did you choose
// this?" on at least two moments the student picks. Drafts are kept as they are typed.
import { MIN_LETTERS, MIN_WORDS } from '../trainer/score';
import { assignmentPlay } from '../game/assignment';
import { t } from '../services/i18n';
import { MAX_ANSWER, whysNeeded } from '../trainer/record';
import { visible } from '../trainer/text';
import { el, openSheet } from '../ui/sheet';
import { BaseScene } from './base';
import { asRoute } from './routes';
import { failed } from '../services/failure';

export class Reflect extends BaseScene {
  private levelId = '';

  constructor() {
    super('Reflect');
  }

  protected init2(data?: { level?: string }) {
    if (data?.level) this.levelId = data.level;
  }

  protected restartData() {
    return { level: this.levelId };
  }

  title() {
    const l = assignmentPlay.levelRecordOf(this.levelId);
    return l ? `${t('trainer.reflect.title')}: ${l.title}` : t('trainer.reflect.title');
  }

  protected onEscape() {}

  build() {
    const l = assignmentPlay.levelRecordOf(this.levelId);
    if (!l) {
      this.go('Title');
      return;
    }
    assignmentPlay.beginReflect(this.levelId);
    const hh = this.header(this.title());
    const w = Math.min(this.W - 16, 860);
    const sheet = openSheet({ x: (this.W - w) / 2, y: hh + 8, w, h: this.H - hh - 16 }, this.title());
    const answers: HTMLTextAreaElement[] = [];
    const whys: HTMLTextAreaElement[] = [];
    let timer = 0;
    const collect = () => [answers.map((a) => a.value), Object.fromEntries(whys.map((x, i) => [i, x.value]))] as const;
    const draft = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void assignmentPlay.reflect(this.levelId, ...collect(), false).catch(failed), 400);
    };
    this.events.once('shutdown', () => window.clearTimeout(timer));

    sheet.append(el('p', {}, t('trainer.reflect.intro')));
    // scored on reflection: the student knows what counts
    if (assignmentPlay.assignment?.score === 'reflection') sheet.append(el('p', { class: 'soft', id: 'reflect-counts' }, t('trainer.reflect.counts', { words: MIN_WORDS, letters: MIN_LETTERS })));
    sheet.append(el('h2', {}, t('trainer.reflect.questions')));
    l.questions.forEach((q, i) => {
      const area = el('textarea', { id: `answer-${i + 1}`, maxlength: String(MAX_ANSWER), rows: '4' });
      area.value = q.answer;
      area.addEventListener('input', draft);
      answers.push(area);
      sheet.append(el('label', { for: area.id }, `${i + 1}. ${q.question}`), area);
    });

    const need = whysNeeded(l);
    sheet.append(el('h2', {}, t('trainer.reflect.whyHead')), el('p', {}, t('trainer.reflect.whyIntro', { n: need })));
    l.choices.forEach((c, i) => {
      const area = el('textarea', { id: `why-${i + 1}`, maxlength: String(MAX_ANSWER), rows: '2', 'aria-describedby': `why-${i + 1}-what` });
      area.value = c.why ?? '';
      area.addEventListener('input', draft);
      whys.push(area);
      sheet.append(
        el('h3', {}, t('trainer.reflect.moment', { n: i + 1 })),
        el('p', { id: `why-${i + 1}-what` }, c.setting, el('br'), el('strong', {}, `${t('trainer.reflect.youChose')}: `), c.responseText),
        el('label', { for: area.id }, t('trainer.reflect.why')),
        area,
      );
    });

    const error = el('p', { class: 'error', id: 'reflect-error', role: 'alert' });
    const done = el('button', { type: 'button', class: 'primary', id: 'hand-in-level' }, t('trainer.reflect.done'));
    done.addEventListener(
      'click',
      () =>
        void (async () => {
          // an answer of spaces or invisible characters only is no answer
          const empty = answers.findIndex((a) => !visible(a.value));
          const given = whys.filter((x) => visible(x.value)).length;
          if (empty >= 0) {
            error.textContent = t('trainer.reflect.answerMissing', { n: empty + 1 });
            answers[empty].focus();
            return;
          }
          if (given < need) {
            error.textContent = t('trainer.reflect.whyMissing', { n: need, given });
            (whys.find((x) => !visible(x.value)) ?? whys[0]).focus();
            return;
          }
          done.disabled = true;
          window.clearTimeout(timer);
          await assignmentPlay.reflect(this.levelId, ...collect(), true);
          const next = await assignmentPlay.route();
          this.goTo(asRoute(next));
        })(),
    );
    sheet.append(error, done);
    this.story(t('trainer.reflect.intro'));
  }
}
